"""The `dates` stage: every date expression in the body, with an absolute ISO value.

Explicit dates ("Selasa (5/9/2023)", "5 September 2023", "Senin, 4 April 2022",
"Juli 2023") are read directly; relative ones ("kemarin", "pekan depan",
"bulan ini", "Juli lalu", "November tahun lalu", "dua hari lalu", "tahun
depan", "Senin (4/9)") are resolved against the publication date. Without a
publication date relative expressions are skipped rather than guessed; the
publication date itself is inferred here when the source gave none (HTML
metadata, URL, then the latest explicit date in the text) and
`published_source` says which.

dateparser returns None for most of the relative forms above and splits
"Juli lalu" into a wrong full date, so these are rules of our own.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from warta.lang.id import calendar, speech
from warta.model import DateExpr

if TYPE_CHECKING:
    from warta.doc import Doc

MONTHS = calendar.MONTHS
WEEKDAYS = calendar.WEEKDAYS
NUMBERS = calendar.NUMBERS
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:" + "|".join(sorted(WEEKDAYS, key=lambda w: (-len(w), w))) + r")"
_NUM = r"(?:\d{1,3}|" + "|".join(sorted((k for k in NUMBERS if k != "se"), key=len, reverse=True)) + r")"
_UNIT = r"(?:" + "|".join(sorted(calendar.UNITS, key=lambda w: (-len(w), w))) + r")"

# One pass over the text with every rule as an alternative: at each position the
# first rule that matches wins (longer, more specific forms first); matches never overlap.
_PART = r"(?P<part>" + "|".join(sorted(calendar.PARTS_OF_PERIOD, key=lambda w: (-len(w), w))) + r")"
_POD = r"(?:" + "|".join(p.replace(" ", r"\s+") for p in calendar.PARTS_OF_DAY) + r")"
_RULES: list[tuple[str, str]] = [
    ("dmy_slash", rf"\b(?:{_WEEKDAY},?\s*)?\(?(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{4}}|\d{{2}}))?\)"),
    ("dmy_slash_bare", r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}|\d{2})\b(?!/)"),
    ("d_month_y", rf"\b(?:{_WEEKDAY},?\s*)?(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH})\s+(?P<y>\d{{4}})\b"),
    ("d_month", rf"\b(?:{_WEEKDAY},?\s*)?(?:tanggal\s+)?(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH})(?!\s*\d)\b"),
    ("part_month", rf"\b{_PART}\s+(?:bulan\s+)?(?P<mon>{_MONTH})(?:\s+(?P<y>\d{{4}})|\s+(?P<rel>tahun\s+lalu|tahun\s+depan|"
                   rf"lalu|ini|depan|mendatang))?\b"),
    ("part_unit", rf"\b{_PART}\s+(?P<unit>pekan|minggu|bulan|tahun)\s+(?:yang\s+)?(?P<rel>lalu|ini|depan|mendatang|kemarin|nanti)\b"),
    ("part_year", rf"\b{_PART}\s+(?:tahun\s+)?(?P<y>(?:19|20)\d{{2}})\b"),
    ("month_rel_year", rf"\b(?P<mon>{_MONTH})\s+tahun\s+(?P<rel>lalu|kemarin|ini|depan|mendatang)\b"),
    ("month_y", rf"\b(?P<mon>{_MONTH})\s+(?P<y>\d{{4}})\b"),
    ("month_rel", rf"\b(?P<mon>{_MONTH})\s+(?P<rel>lalu|kemarin|ini|depan|mendatang|nanti)\b"),
    ("month_bare", rf"\b(?:pada|bulan|sejak|hingga|sampai|mulai|per)\s+(?:bulan\s+)?(?P<mon>{_MONTH})\b"
                   r"(?!\s*(?:\d|tahun\b|lalu\b|ini\b|depan\b|mendatang\b|kemarin\b|nanti\b))"),
    ("n_unit", rf"\b(?P<n>{_NUM}|se)\s*(?P<unit>{_UNIT})\s+(?:yang\s+)?(?P<rel>lalu|silam|kemudian|mendatang|lagi|ke\s+depan)\b"),
    ("unit_rel", rf"\b(?P<unit>{_UNIT})\s+(?:yang\s+)?(?P<rel>lalu|kemarin|ini|depan|mendatang|sebelumnya)\b"),
    ("weekday_week", rf"\b(?:(?:pada|hari|sejak|mulai)\s+(?:hari\s+)?)?(?P<wd>{_WEEKDAY})\s+(?:pada\s+)?(?P<unit>pekan|minggu)\s+(?P<rel>lalu|depan|ini|mendatang)\b"),
    ("weekday_pod", rf"\b(?:(?:pada|hari|sejak|mulai)\s+(?:hari\s+)?)?(?P<wd>{_WEEKDAY})\s+(?P<pod>{_POD})(?:\s+(?P<rel>ini|tadi|lalu|kemarin|depan|mendatang))?\b"
                    rf"(?!\s*[(,]?\s*\d)"),
    ("weekday_rel", rf"\b(?:(?:pada|hari|sejak|mulai)\s+(?:hari\s+)?)?(?P<wd>{_WEEKDAY})\s+(?P<rel>lalu|kemarin|depan|mendatang|ini|"
                    r"besok|nanti)\b"),
    ("weekday_bare", rf"(?:\b(?:pada|hari|setiap|tiap|sejak|mulai|hingga|sampai)\s+|(?<=,\s)|(?<=,))(?P<wd>{_WEEKDAY})\b"
                     rf"(?!\s*[(,]?\s*\d)"),
    ("pod_word", rf"\b(?P<w>{_POD}\s+(?:ini|tadi|nanti)|tadi\s+{_POD}|kemarin\s+{_POD}|besok\s+{_POD}|semalam)\b"),
    ("day_word", r"\b(?P<w>hari\s+ini|kemarin\s+lusa|kemarin|besok|esok\s+hari|lusa)\b"),
    ("year", r"\b(?:(?:tahun|pada|sejak|hingga|sampai|periode|era)\s+)?(?P<y>(?:19[5-9]|20[0-4])\d)\b(?![.,]\d|\s*(?:/|-\d))"),
]
def _alternation(names: tuple[str, ...] | None = None) -> re.Pattern[str]:
    """The rules (all, or those named) as one alternation; rule i's groups are prefixed "r{i}_"."""
    return re.compile("|".join(f"(?P<R{i}>{pat.replace('(?P<', f'(?P<r{i}_')})" for i, (name, pat)
                               in enumerate(_RULES) if names is None or name in names), re.I)


_ALL = _alternation()
_EXPLICIT = _alternation(("dmy_slash", "d_month_y"))  # dates written out in full, for the publication date


def _matched(m: re.Match[str]) -> tuple[str, dict[str, Any]]:
    """The rule a match of an alternation is, and its groups (lower-cased, without the prefix)."""
    i = int(next(k for k, v in m.groupdict().items() if v is not None and k.startswith("R"))[1:])
    prefix = f"r{i}_"
    return _RULES[i][0], {k[len(prefix):]: (v.lower() if v else v) for k, v in m.groupdict().items()
                          if k.startswith(prefix)}


_URL_DATE = re.compile(r"/(20\d\d|19\d\d)[/-]?(\d\d)[/-]?(\d\d)(?:/|\d|-)")
_WORD = re.compile(r"\w[\w']*")
_UNITS = calendar.UNITS
_TRIGGERS = frozenset(
    {*MONTHS, *WEEKDAYS, *_UNITS, *(w.split()[0] for w in (*NUMBERS, *calendar.DAY_WORDS, *calendar.PART_OF_DAY_WORDS,
                                                        *calendar.PARTS_OF_DAY)),
     *calendar.PARTS_OF_PERIOD, "tanggal", "pada", "sejak", "hingga", "sampai", "periode", "era", "setiap", "tiap",
     "mulai"}
)
_DAY_WORDS = calendar.DAY_WORDS
_PAST = calendar.PAST
_FUTURE = calendar.FUTURE


def _num(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBERS.get(word)


def _shift_months(d: date, months: int) -> tuple[int, int]:
    idx = d.year * 12 + d.month - 1 + months
    return idx // 12, idx % 12 + 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year(y: str | None, month: int, day: int, pub: date | None, future: bool = False) -> int | None:
    """A year for "Senin (4/9)": the one that makes it the nearest past date (unless it falls within the
    next few weeks: news announces what is coming), or the nearest future one when the text says so."""
    if y:
        return int(y) + (2000 if len(y) == 2 else 0)
    if pub is None:
        return None
    cand = _safe_date(pub.year, month, day) or _safe_date(pub.year, month, 28)
    if cand is None:
        return pub.year
    if future:  # to come: next year's, unless it is only weeks past (the cue is about something else)
        return pub.year + 1 if cand < pub - timedelta(days=UPCOMING) else pub.year
    return pub.year - 1 if cand > pub + timedelta(days=UPCOMING) else pub.year


def _month_year(month: int, rel: str, pub: date, future: bool) -> int:
    """The year of a month named without one ("Juli lalu", "awal Juni", "Oktober mendatang")."""
    if rel in _PAST:
        return pub.year if month < pub.month else pub.year - 1
    if rel in _FUTURE or (future and not rel):
        return pub.year if month > pub.month else pub.year + 1
    if rel == "ini":
        return pub.year
    return pub.year if month <= pub.month else pub.year - 1


def iso_week(d: date) -> str:
    """The ISO week of a day: 2023-W37."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def period(value: str | None) -> tuple[str, str] | None:
    """The first and last day (YYYY-MM-DD) of a date value of any precision: "2023" is the whole year,
    "2023-09" September, "2023-W37" that ISO week, "2023-09-05" (or a datetime) that day; None when
    the value is no date."""
    text = (value or "").strip()
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", text):
        try:
            monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return None
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    if m := re.fullmatch(r"(\d{4})(?:-(\d{2}))?", text):
        year, month = int(m.group(1)), m.group(2)
        if month is None:
            return f"{year:04d}-01-01", f"{year:04d}-12-31"
        if not 1 <= int(month) <= 12:
            return None
        last = (date(year + int(month) // 12, int(month) % 12 + 1, 1) - timedelta(days=1)).day
        return f"{year:04d}-{month}-01", f"{year:04d}-{month}-{last:02d}"
    day = parse_iso(text) if re.match(r"\d{4}-\d{2}-\d{2}(?:$|[T ])", text) else None
    return (day.isoformat(), day.isoformat()) if day else None


def week_as_monday(value: str | None) -> str | None:
    """A week value ("2023-W37") as its Monday, for formats that want a day (GDELT's SQLDATE); any other
    value as it is."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if m:
        return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1).isoformat()
    return value


Resolved = tuple[str, str, bool, str | None]  # value, precision, relative, mod
UPCOMING = 45  # days after the reference a day/month with no year may lie and still be this year's
MODS = calendar.PARTS_OF_PERIOD
_POD_DAYS = calendar.PART_OF_DAY_WORDS


def _step(rel: str) -> int:
    """-1, +1 or 0 periods from the reference for a past, future or present word ("lalu", "depan", "ini")."""
    return -1 if rel in _PAST else 1 if rel in _FUTURE else 0


def _wd(name: str) -> int:
    return WEEKDAYS[name.lower().replace("'", "")]


def _unit(g: dict[str, Any]) -> str:
    return "pekan" if g["unit"] == "minggu" else g["unit"]


def _weekday(pub: date, wd: int, rel: str, future: bool) -> date:
    """The nearest such weekday on the side the tense implies: past (today included) unless future."""
    if rel in _PAST:
        return pub - timedelta(days=(pub.weekday() - wd) % 7 or 7)
    if rel in _FUTURE:
        return pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
    if rel == "ini":
        return pub - timedelta(days=pub.weekday()) + timedelta(days=wd)
    if future:
        return pub + timedelta(days=(wd - pub.weekday()) % 7)
    return pub - timedelta(days=(pub.weekday() - wd) % 7)


def resolve(rule: str, g: dict[str, Any], text: str, pub: date | None, future: bool = False) -> Resolved | None:
    """(value, precision, relative, mod) for one match (its groups, lower-cased), or None when it cannot
    be made absolute. `pub` is the reference day; `future` says the clause speaks of what is to come."""
    mod = MODS.get(g.get("part") or "")
    if rule in ("dmy_slash", "dmy_slash_bare", "d_month_y", "d_month"):
        day = int(g["d"])
        month = int(g["m"]) if g.get("m") else MONTHS[g["mon"].rstrip(".")]
        year = _year(g.get("y"), month, day, pub, future)
        d = _safe_date(year, month, day) if year else None
        return (d.isoformat(), "day", not g.get("y"), None) if d else None
    if rule == "month_y":
        return f"{int(g['y']):04d}-{MONTHS[g['mon'].rstrip('.')]:02d}", "month", False, None
    if rule in ("year", "part_year"):
        return g["y"], "year", False, mod
    if pub is None:
        return None
    rel = " ".join((g.get("rel") or "").split())
    if rule == "part_month":
        month = MONTHS[g["mon"].rstrip(".")]
        if g.get("y"):
            return f"{int(g['y']):04d}-{month:02d}", "month", False, mod
        year = pub.year + (-1 if rel == "tahun lalu" else 1 if rel == "tahun depan" else 0) \
            if rel.startswith("tahun") else _month_year(month, rel, pub, future)
        return f"{year:04d}-{month:02d}", "month", True, mod
    if rule == "part_unit":
        n = 0 if rel == "nanti" else _step(rel)  # "akhir minggu nanti": this one
        res = _offset(pub, _unit(g), n)
        return (res[0], res[1], True, mod) if res else None
    if rule == "month_rel_year":
        year = pub.year + _step(rel)
        return f"{year:04d}-{MONTHS[g['mon'].rstrip('.')]:02d}", "month", True, None
    if rule in ("month_rel", "month_bare"):
        month = MONTHS[g["mon"].rstrip(".")]
        return f"{_month_year(month, rel, pub, future):04d}-{month:02d}", "month", True, None
    if rule == "day_word":
        w = " ".join(g["w"].split())
        return (pub + timedelta(days=_DAY_WORDS[w])).isoformat(), "day", True, None
    if rule == "pod_word":
        w = " ".join(g["w"].split())
        first = w.split()[0]
        days = _POD_DAYS.get(w, -1 if first == "kemarin" else 1 if first == "besok" else 0)
        return (pub + timedelta(days=days)).isoformat(), "day", True, None
    if rule == "weekday_week":  # "Jumat pekan lalu": that weekday of the week before
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=_step(rel))
        return (monday + timedelta(days=_wd(g["wd"]))).isoformat(), "day", True, None
    if rule == "weekday_rel" and g["wd"] == "minggu" and re.search(r"\bminggu\b", text):
        week = _offset(pub, "pekan", _step(rel))  # "pada minggu lalu" in lower case is last week, not a Sunday
        return (week[0], week[1], True, None) if week else None
    if rule in ("weekday_bare", "weekday_pod", "weekday_rel"):
        if text.lower().startswith(("setiap", "tiap")):
            return None
        wd = _wd(g["wd"])
        if rule == "weekday_pod" and rel in ("ini", "tadi"):
            rel = ""  # "Selasa pagi ini": the reference day's own weekday, or the nearest past
        return _weekday(pub, wd, rel, future or text.lower().startswith("mulai")).isoformat(), "day", True, None
    unit = _unit(g)
    if rule == "unit_rel":
        n = _step(rel)
    else:
        count = _num(g["n"])
        if count is None:
            return None
        n = -count if rel in _PAST else count
    res = _offset(pub, unit, n)
    return (res[0], res[1], True, None) if res else None


def _offset(pub: date, unit: str, n: int) -> tuple[str, str] | None:
    if unit == "hari":
        return (pub + timedelta(days=n)).isoformat(), "day"
    if unit == "pekan":
        return iso_week(pub + timedelta(weeks=n)), "week"
    if unit == "bulan":
        y, mo = _shift_months(pub, n)
        return f"{y:04d}-{mo:02d}", "month"
    if unit == "tahun":
        return f"{pub.year + n:04d}", "year"
    return None


def url_date(url: str | None) -> str | None:
    """A publication date written in a URL path (/2023/09/05/ or /20230905...)."""
    m = _URL_DATE.search(url or "")
    if not m:
        return None
    y, mo, d = m.groups()
    if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
        return f"{y}-{mo}-{d}"
    return None


def parse_iso(value: str | None) -> date | None:
    """The date part of an ISO date or datetime string, or None."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


_SE_UNITS = frozenset("se" + u for u in _UNITS)


_FUTURE_CUES = re.compile(r"\b(?:akan|bakal|hendak|berencana|rencananya|direncanakan|dijadwalkan|terjadwal|mulai|"
                          r"nanti|segera|hingga|sampai)\b", re.I)
_FUTURE_AFTER = re.compile(r"\s*(?:mendatang|depan|nanti|besok)\b", re.I)
_CLAUSE = re.compile(r"[.;:!?]")
FUTURE_REACH = 60  # characters before an expression searched for a future cue, within its clause


def _future(text: str, start: int) -> bool:
    before = text[max(0, start - FUTURE_REACH):start]
    before = _CLAUSE.split(before)[-1]
    return bool(_FUTURE_CUES.search(before))


def scan(text: str, pub: date | None) -> list[DateExpr]:
    """All date expressions in `text`, left to right, resolved against the reference day `pub`.

    The rules are tried only where a word could start one (a digit, a month,
    a weekday, "kemarin", "pekan" ...): most of a text is skipped by a set look-up.
    """
    found: list[DateExpr] = []
    last_end = 0
    triggers, se_units = _TRIGGERS, _SE_UNITS
    for word in _WORD.finditer(text.lower()):
        w = word.group()
        if not (w[0].isdigit() or w in triggers or w in se_units) or word.start() < last_end:
            continue
        m = _ALL.match(text, word.start())
        if m is None:
            continue
        rule, groups = _matched(m)
        future = _future(text, m.start()) or bool(_FUTURE_AFTER.match(text, m.end()))
        res = resolve(rule, groups, m.group(), pub, future)
        if res is not None:
            last_end = m.end()
            found.append(DateExpr(text=m.group(), start=m.start(), end=m.end(), value=res[0], precision=res[1],
                                  relative=res[2], mod=res[3]))
    return found


_SPEECH_VERBS = r"(?:" + "|".join(sorted(speech.AFTER_VERBS, key=lambda v: (-len(v), v))) + r")"
_SPEECH = rf"{_SPEECH_VERBS}(?:nya)?"
# the same speaker going on ("Ia mengatakan ...", "..., ucapnya.", a quotation): it keeps its statement's day
_SAME_SPEAKER = re.compile(rf"^\s*[\"“‘]|\b{_SPEECH_VERBS}nya\b|^\s*(?:ia|dia|beliau|menurutnya|pihaknya)\b", re.I)
# "..., kata Sutopo lewat keterangan tertulis, Selasa." / "..., ujarnya di Jakarta, Jumat (17/10)."
_ATTRIBUTED = re.compile(
    rf"\b{_SPEECH}\b(?:[^.!?\n]|\.(?=\w)){{0,120}}?,\s*(?:pada\s+)?(?:hari\s+)?(?P<wd>{_WEEKDAY})"
    rf"(?:\s*,?\s*\(\s*(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{4}}|\d{{2}}))?\s*\))?"
    rf"(?:\s+{_POD})?\s*[.,]?\s*[\"”’']*\s*$", re.I)
# "hari ini, Senin (20/10/2025)": the text says which day "today" is
_APPOSED = re.compile(
    rf"\b(?:hari|siang|sore|malam|pagi)\s+ini\s*,?\s*\(?(?:hari\s+)?(?:{_WEEKDAY})?\s*,?\s*\(?"
    rf"(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{4}}|\d{{2}}))?\)", re.I)
_OPENING = re.compile(r"^\s*[\"“‘]")


def _day_of(g: dict[str, str | None], pub: date) -> date | None:
    if g.get("d"):
        month, day = int(g["m"] or 0), int(g["d"] or 0)
        year = _year(g.get("y"), month, day, pub)
        return _safe_date(year, month, day) if year else None
    return _weekday(pub, _wd(g.get("wd") or ""), "", False)


def reference_times(body: str, sentences: list[tuple[int, int]], paragraphs: list[tuple[int, int]],
                    pub: date | None) -> list[tuple[date | None, str]]:
    """The reference day of each sentence and why: a date in apposition to "hari ini" ("sentence"),
    the day the reporter gives a statement, for the statement's sentences ("quote"), else the
    publication day ("published")."""
    refs: list[tuple[date | None, str]] = [(pub, "published")] * len(sentences)
    if pub is None:
        return refs
    para_of, k = [], 0
    for start, _ in sentences:  # both in body order
        while k + 1 < len(paragraphs) and paragraphs[k][1] <= start:
            k += 1
        para_of.append(k)
    for i, (lo, hi) in enumerate(sentences):
        text = body[lo:hi]
        m = _APPOSED.search(text) if " ini" in text else None
        if m:
            day = _day_of(m.groupdict(), pub)
            if day:
                refs[i] = (day, "sentence")
            continue
        m = _ATTRIBUTED.search(text)
        if not m:
            # reported speech right after a dated statement goes on with its day
            if i and refs[i - 1][1] == "quote" and para_of[i] - para_of[i - 1] <= 1 and _SAME_SPEAKER.search(text):
                refs[i] = refs[i - 1]
            continue
        day = _day_of(m.groupdict(), pub)
        if day is None:
            continue
        j = i
        # the statement's earlier sentences in the paragraph, back to the one that opens the quotation
        while j > 0 and para_of[j - 1] == para_of[i] and not _OPENING.match(body[sentences[j][0]:sentences[j][1]]) \
                and refs[j - 1][1] == "published":
            j -= 1
        if not _OPENING.match(body[sentences[j][0]:sentences[j][1]]):
            j = i
        for k in range(j, i + 1):
            refs[k] = (day, "quote")
    return refs


# A text's latest full date is taken for the publication day only when the text's other years
# agree with it: a date older than the middle (median) of the years the text names outside quotations
# by more than this is some past event's (a veteran recalling 1945 in a story about 2016), and the
# day is left unknown.
MAX_YEARS_BEHIND = 1
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def latest_explicit_day(text: str, paragraphs: list[tuple[int, int]] | None = None) -> tuple[str | None, str | None]:
    """The publication day a text gives when nothing states one: its latest date written out in full
    (with its year), outside quotations, and how it was found ("text-latest-date"); (None, why) when
    the evidence is too weak to use (only quoted dates, or a date far behind the text's own years)."""
    from warta.annotate.overlap import SpanIndex
    from warta.annotate.quote_marks import pair_marks

    quoted = SpanIndex(pair_marks(text, paragraphs or []))
    days, in_quotes = [], 0
    for m in _EXPLICIT.finditer(text):
        rule, groups = _matched(m)
        res = resolve(rule, groups, m.group(), None) if groups.get("y") else None
        if not res:
            continue
        if quoted.overlapping(m.start(), m.start() + 1):
            in_quotes += 1
            continue
        days.append(res[0])
    if not days:
        return None, "unknown: the text's only dates are quoted" if in_quotes else None
    latest = max(days)
    years = sorted(int(m.group(1)) for m in _YEAR.finditer(text)
                   if not quoted.overlapping(m.start(), m.start() + 1))
    middle = years[len(years) // 2] if years else None
    if middle is not None and middle - int(latest[:4]) > MAX_YEARS_BEHIND:
        return None, f"unknown: the text's latest date ({latest}) is far behind its years (around {middle})"
    return latest, "text-latest-date"


def stated_published(doc: Doc) -> tuple[str | None, str | None]:
    """The publication date the page or the input states, and where: its metadata first, then a date
    given with the input (`--published`, a feed, a JSONL field), then the URL; never invented. The
    metadata stage sets it; the dates stage adds the text's latest full date when nothing is stated."""
    raw, page = doc.raw, doc.page
    if page.date and parse_iso(str(page.date)):
        return str(page.date), "html-metadata"
    if raw.published and parse_iso(raw.published):
        return raw.published, "given"
    from_url = url_date(doc.article.url)
    return (from_url, "url") if from_url else (None, None)


def decide_published(doc: Doc) -> None:
    """The `published` stage: the date the page or the input states (set by the metadata stage), else
    the text's latest full date outside quotations. It cannot be skipped, so skipping the dates
    stage never loses a publication date."""
    art = doc.article
    if not art.published:
        art.published, art.published_source = latest_explicit_day(art.body, doc.paragraphs)


def find_dates(doc: Doc) -> None:
    """Every date expression of the body, each resolved against its sentence's reference day."""
    art = doc.article
    pub = parse_iso(art.published)
    body = art.body
    sentences = doc.sentences or [(0, len(body))]
    out: list[DateExpr] = []
    refs = reference_times(body, sentences, doc.paragraphs, pub)
    doc.references = [(ref.isoformat() if ref else None, why) for ref, why in refs]
    for (lo, hi), (ref, why) in zip(sentences, refs, strict=True):
        for d in scan(body[lo:hi], ref):
            d.start, d.end = d.start + lo, d.end + lo
            if d.relative:
                d.anchor, d.anchor_date = why, ref.isoformat() if ref else None
            else:  # written out in full: nothing to resolve
                d.anchor, d.anchor_date = "published", pub.isoformat() if pub else None
            out.append(d)
    art.dates = out
    for media in art.media:  # a photo caption's own date ("..., Senin, 4 April 2022.")
        found = scan(media.caption or "", pub)
        media.date = found[0].value if found else None
