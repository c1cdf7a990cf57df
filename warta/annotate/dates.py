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

from warta.model import DateExpr

if TYPE_CHECKING:
    from warta.pipeline import Draft

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "nopember": 11,
    "desember": 12, "des": 12,
}
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6, "ahad": 6}
NUMBERS = {
    "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12, "beberapa": None,
}
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"
_NUM = r"(?:\d{1,3}|" + "|".join(sorted((k for k in NUMBERS if k != "se"), key=len, reverse=True)) + r")"
_UNIT = r"(?:hari|pekan|minggu|bulan|tahun|dekade|abad)"

# One pass over the text with every rule as an alternative: at each position the
# first rule that matches wins (longer, more specific forms first); matches never overlap.
_RULES: list[tuple[str, str]] = [
    ("dmy_slash", rf"\b(?:{_WEEKDAY}\s*)?\(?(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{4}}|\d{{2}}))?\)"),
    ("dmy_slash_bare", r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\b"),
    ("d_month_y", rf"\b(?:{_WEEKDAY},?\s*)?(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH})\s+(?P<y>\d{{4}})\b"),
    ("d_month", rf"\b(?:{_WEEKDAY},?\s*)?(?:tanggal\s+)?(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH})(?!\s*\d)\b"),
    ("month_rel_year", rf"\b(?P<mon>{_MONTH})\s+tahun\s+(?P<rel>lalu|kemarin|ini|depan|mendatang)\b"),
    ("month_y", rf"\b(?P<mon>{_MONTH})\s+(?P<y>\d{{4}})\b"),
    ("month_rel", rf"\b(?P<mon>{_MONTH})\s+(?P<rel>lalu|kemarin|ini|depan|mendatang|nanti)\b"),
    ("n_unit", rf"\b(?P<n>{_NUM}|se)\s*(?P<unit>{_UNIT})\s+(?:yang\s+)?(?P<rel>lalu|silam|kemudian|mendatang|lagi|ke\s+depan)\b"),
    ("unit_rel", rf"\b(?P<unit>{_UNIT})\s+(?P<rel>lalu|kemarin|ini|depan|mendatang|sebelumnya)\b"),
    ("weekday_rel", rf"\b(?P<wd>{_WEEKDAY})\s+(?P<rel>lalu|kemarin|depan|mendatang|ini)\b"),
    ("weekday_bare", rf"\b(?:pada|hari|setiap|tiap|sejak)\s+(?P<wd>{_WEEKDAY})\b(?!\s*[(,]?\s*\d)"),
    ("day_word", r"\b(?P<w>hari\s+ini|kemarin\s+lusa|kemarin|kemarin\s+malam|besok|esok\s+hari|lusa|tadi\s+malam|semalam)\b"),
    ("year", r"\b(?:tahun|pada|sejak|hingga|sampai|akhir|awal|pertengahan|medio|periode|era)\s+(?P<y>(?:19|20)\d{2})\b"),
]
_ALL = re.compile("|".join(f"(?P<R{i}>{pat.replace('(?P<', f'(?P<r{i}_')})" for i, (_, pat) in enumerate(_RULES)), re.I)


_URL_DATE = re.compile(r"/(20\d\d|19\d\d)[/-]?(\d\d)[/-]?(\d\d)(?:/|\d|-)")
_WORD = re.compile(r"\w[\w']*")
_UNITS = frozenset({"hari", "pekan", "minggu", "bulan", "tahun", "dekade", "abad"})
_TRIGGERS = frozenset(
    {*MONTHS, *WEEKDAYS, "jum'at", *_UNITS, *(w.split()[0] for w in NUMBERS), "kemarin", "besok", "esok", "lusa",
     "tadi", "semalam", "tanggal", "tahun", "pada", "sejak", "hingga", "sampai", "akhir", "awal", "pertengahan",
     "medio", "periode", "era", "setiap", "tiap"}
)
_DAY_WORDS = {"hari ini": 0, "kemarin": -1, "kemarin malam": -1, "tadi malam": -1, "semalam": -1,
              "kemarin lusa": -2, "besok": 1, "esok hari": 1, "lusa": 2}
_PAST = {"lalu", "kemarin", "silam", "sebelumnya"}
_FUTURE = {"depan", "mendatang", "kemudian", "lagi", "nanti", "ke depan"}


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


def _year(y: str | None, month: int, day: int, pub: date | None) -> int | None:
    """A year for "Senin (4/9)": the one that puts the date closest before (or just after) publication."""
    if y:
        return int(y) + (2000 if len(y) == 2 else 0)
    if pub is None:
        return None
    cand = _safe_date(pub.year, month, day)
    if cand and cand > pub + timedelta(days=31):
        return pub.year - 1
    return pub.year


def resolve(rule: str, g: dict[str, Any], text: str, pub: date | None) -> tuple[str, str, bool] | None:
    """(value, precision, relative) for one match (its groups, lower-cased), or None when it cannot be made absolute."""
    if rule in ("dmy_slash", "dmy_slash_bare", "d_month_y", "d_month"):
        day = int(g["d"])
        month = int(g["m"]) if g.get("m") else MONTHS[g["mon"].rstrip(".")]
        year = _year(g.get("y"), month, day, pub)
        d = _safe_date(year, month, day) if year else None
        return (d.isoformat(), "day", not g.get("y")) if d else None
    if rule == "month_y":
        return f"{int(g['y']):04d}-{MONTHS[g['mon'].rstrip('.')]:02d}", "month", False
    if rule == "year":
        return g["y"], "year", False
    if pub is None:
        return None
    rel = " ".join((g.get("rel") or "").split())
    if rule == "month_rel_year":
        year = pub.year + (-1 if rel in _PAST else 1 if rel in _FUTURE else 0)
        return f"{year:04d}-{MONTHS[g['mon'].rstrip('.')]:02d}", "month", True
    if rule == "month_rel":
        month = MONTHS[g["mon"].rstrip(".")]
        if rel in _PAST:
            year = pub.year if month < pub.month else pub.year - 1
        elif rel in _FUTURE:
            year = pub.year if month > pub.month else pub.year + 1
        else:
            year = pub.year
        return f"{year:04d}-{month:02d}", "month", True
    if rule == "day_word":
        w = " ".join(g["w"].split())
        return (pub + timedelta(days=_DAY_WORDS[w])).isoformat(), "day", True
    if rule == "weekday_bare":
        if text.lower().startswith(("setiap", "tiap")):
            return None
        wd = WEEKDAYS[g["wd"].replace("'", "")]
        return (pub - timedelta(days=(pub.weekday() - wd) % 7)).isoformat(), "day", True
    if rule == "weekday_rel":
        wd = WEEKDAYS[g["wd"].replace("'", "")]
        delta = (pub.weekday() - wd) % 7
        if rel in _PAST:
            d = pub - timedelta(days=delta or 7)
        elif rel in _FUTURE:
            d = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
        else:
            d = pub - timedelta(days=pub.weekday()) + timedelta(days=wd)
        return d.isoformat(), "day", True
    unit = "pekan" if g["unit"] == "minggu" else g["unit"]
    if rule == "unit_rel":
        n = -1 if rel in _PAST else 1 if rel in _FUTURE else 0
    else:
        count = _num(g["n"])
        if count is None:
            return None
        n = -count if rel in _PAST else count
    return _offset(pub, unit, n)


def _offset(pub: date, unit: str, n: int) -> tuple[str, str, bool] | None:
    if unit == "hari":
        return (pub + timedelta(days=n)).isoformat(), "day", True
    if unit == "pekan":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=n)
        return monday.isoformat(), "week", True
    if unit == "bulan":
        y, mo = _shift_months(pub, n)
        return f"{y:04d}-{mo:02d}", "month", True
    if unit == "tahun":
        return f"{pub.year + n:04d}", "year", True
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


def _is_trigger(token: str) -> bool:
    return token[0].isdigit() or token in _TRIGGERS or (token.startswith("se") and token[2:] in _UNITS)


def scan(text: str, pub: date | None) -> list[DateExpr]:
    """All date expressions in `text`, left to right.

    The rules are tried only where a word could start one (a digit, a month,
    a weekday, "kemarin", "pekan" ...): most of a text is skipped by a set look-up.
    """
    found: list[DateExpr] = []
    last_end = 0
    for word in _WORD.finditer(text):
        if word.start() < last_end or not _is_trigger(word.group().lower()):
            continue
        m = _ALL.match(text, word.start())
        if m is None:
            continue
        i = int(next(k for k, v in m.groupdict().items() if v is not None and k.startswith("R"))[1:])
        prefix = f"r{i}_"
        groups = {k[len(prefix):]: (v.lower() if v else v) for k, v in m.groupdict().items() if k.startswith(prefix)}
        res = resolve(_RULES[i][0], groups, m.group(), pub)
        if res is not None:
            last_end = m.end()
            found.append(DateExpr(text=m.group(), start=m.start(), end=m.end(), value=res[0], precision=res[1],
                                  relative=res[2]))
    return found


def infer_published(draft: Draft) -> tuple[str | None, str | None]:
    """The publication date and how it was found; never invented.

    What the page says (its metadata) comes first; a date given with the input
    (`--published`, a feed, a JSONL field) fills in when the page has none.
    """
    raw, meta = draft.raw, draft.meta
    if meta.get("date") and parse_iso(str(meta["date"])):
        return str(meta["date"]), "html-metadata"
    if raw.published and parse_iso(raw.published):
        return raw.published, "given"
    from_url = url_date(draft.article.url)
    if from_url:
        return from_url, "url"
    explicit = [d.value for d in scan(draft.article.body, None) if d.precision == "day" and not d.relative]
    if explicit:
        return max(explicit), "text-latest-date"
    return None, None


def find_dates(draft: Draft) -> None:
    art = draft.article
    art.published, art.published_source = infer_published(draft)
    art.dates = scan(art.body, parse_iso(art.published))
