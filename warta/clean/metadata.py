"""The `metadata` stage: title, subtitle, photo credits and captions, editor/author credits, wire sources.

Indonesian portals put these on lines of their own around the article:

    AS Ingatkan Korut ...                 <- title
    Paling cepat Kim akan berkunjung ...  <- subtitle (teaser)
    AP/Andrew Harnik                      <- photo credit
    Penasihat keamanan nasional ...       <- caption
    Red: Ferry kisihandi                  <- editor
    REPUBLIKA.CO.ID, WASHINGTON – ...     <- first body paragraph (dateline)
    ...
    sumber : Reuters                      <- wire source

Every line taken out is appended to `article.removed`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warta.annotate.dates import stated_published
from warta.clean.dateline import DATELINE_WITH_OUTLET
from warta.lang.id import outlets
from warta.model import Media

if TYPE_CHECKING:
    from warta.doc import Doc

CREDIT_ROLES = outlets.BYLINE_LABELS
_CREDIT = re.compile(
    rf"^\s*({'|'.join(sorted(CREDIT_ROLES, key=lambda label: (-len(label), label)))})"
    r"(?:\s+\w+)?\s*[:：]\s*(?P<names>[^:]{2,120})$",
    re.I,
)
AGENCIES = outlets.WIRE_AGENCIES
_AGENCY = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
_WIRE_LINE = re.compile(
    rf"^\s*(?:sumber|source)\s*:\s*(?P<names>[^.]{{2,80}})$|^\s*\(?(?P<only>(?:{_AGENCY})(?:\s*[/,&]\s*(?:{_AGENCY}))*)\)?\s*$",
    re.I,
)
_WIRE_TAIL = re.compile(rf"\s*\((?P<names>(?:{_AGENCY}|ant|rtr)(?:\s*[/,]\s*[A-Za-z]{{2,12}})*)\)\s*$", re.I)
_PHOTO_CREDIT = re.compile(
    r"^\s*(?:(?:foto|photo|fotografer|ilustrasi|dok(?:umentasi)?\.?)\s*[:.]\s*[^.]{2,60}"
    r"|[A-Z][\w.&]*(?:\s[A-Z][\w.&]*){0,2}(?:\s?FOTO)?\s*/\s*[A-Z][\w .,'’-]{1,60}(?:/[\w .-]{1,20})*)\s*$"
)
_CODE_TAIL = re.compile(r"^\s*\((?:[a-z]{2,5}/)+[a-z]{2,5}\)\s*$|^\s*\(\s*[a-z]{2,5}\s*\)\s*$", re.I)
_INLINE_CODE_TAIL = re.compile(
    r"(?:(?<=[.!?\"”’])|^)\s*[\[(]\s*[A-Za-z]{1,10}\.?(?:\s*[/.]?\s*[A-Za-z0-9]{1,10}){0,3}\s*[\])]\s*$"
)
_WIRE_CLOSING = re.compile(rf"\b(?:demikian|seperti\s+dilansir|dilansir|menurut\s+laporan)\s+(?:dilaporkan\s+|laporan\s+)?"
                           rf"(?:kantor\s+berita\s+)?(?P<name>{_AGENCY})\b[^.]*\.?\s*$")
_CAPS_BYLINE = re.compile(r"(?:(?<=[.!?\"”])\s+|^)(?!.*\b(?:LOAD|MORE|LIHAT|SEMUA|SHARE|BERITA|KOMENTAR|BACA|FOTO|VIDEO)\b)([A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3})\s*$")
_SPLIT_NAMES = re.compile(r"\s*(?:,|/|&|\bdan\b|;)\s*")
_PUBLISHER = re.compile(r"\b(?:media|cyber|pt|design|development|redaksi|admin|tim|team|news|online)\b|\.(?:com|id)\b", re.I)
_TITLE_PREFIX = re.compile(r"^(?:[\w-]+\.(?:com|co\.id|id|net))\s*:\s*(?:(?:musik|film|seleb|gaya|berita)\s+-\s+)?", re.I)
_TITLE_SUFFIX = re.compile(
    r"\s+(?:[-|–—]\s+(?:[\w-]+\.(?:com|co\.id|id|net)|antara\s+news|republika\s+online|tempo\s+\w+|okezone\s*\w*"
    r"|liputan6|viva|detik\w*)(?:\s+\w+)?|\|\s+[\w.-]+(?:\s+\w+)?)$",
    re.I,
)
_HEADLINE_END = re.compile(r"[.:;,]$")


def normalise_name(name: str) -> str:
    """'Ferry kisihandi' -> 'Ferry Kisihandi'; 'FERRY KISIHANDI' -> 'Ferry Kisihandi'; keeps 'M.' and 'bin'."""
    words = []
    for w in name.strip(" .-–").split():
        if w.isupper() and len(w) > 3:
            w = w.capitalize()
        elif w.islower() and w not in ("bin", "binti", "van", "de", "der", "al"):
            w = w[0].upper() + w[1:]
        words.append(w)
    return " ".join(words)


def split_names(text: str) -> list[str]:
    return [normalise_name(n) for n in _SPLIT_NAMES.split(text) if len(n.strip()) > 1]


def _add(target: list[str], names: list[str]) -> None:
    for n in names:
        if n and n not in target:
            target.append(n)


def take_credit(line: str, doc: Doc) -> bool:
    """A credit line ("Red: X", "Penulis: X | Editor: Y") -> editors/authors; True if it was one."""
    parts = [p for p in re.split(r"\s*\|\s*", line.strip()) if p]
    matches = [_CREDIT.match(p) for p in parts]
    if not parts or not all(matches):
        return False
    for m in matches:
        assert m is not None
        field = CREDIT_ROLES[m.group(1).lower()]
        _add(getattr(doc.article, field), split_names(m.group("names")))
    return True


def take_wire(line: str, doc: Doc) -> bool:
    m = _WIRE_LINE.match(line)
    if not m:
        return False
    names = [normalise_agency(n) for n in _SPLIT_NAMES.split(m.group("names") or m.group("only")) if n.strip()]
    _add(doc.article.wire_sources, [n for n in names if n in AGENCIES])
    return True


def normalise_agency(name: str) -> str:
    low = name.strip().lower()
    for a in AGENCIES:
        if a.lower() == low:
            return "Antara" if low == "antara" else a
    return {"ant": "Antara", "rtr": "Reuters", "antara news": "Antara"}.get(low, name.strip())


def _header_end(lines: list[str]) -> int:
    """Index of the first body line: the dateline paragraph, else the line after a credit, else 0."""
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > 12:
            break
        if DATELINE_WITH_OUTLET.match(line.strip()):
            return i
    seen = 0
    for i, line in enumerate(lines):
        if line.strip():
            seen += 1
            if seen > 8:
                break
            if _CREDIT.match(line.strip()):
                return i + 1
    return 0


def _looks_like_title(line: str) -> bool:
    return 3 <= len(line) <= 200 and not _HEADLINE_END.search(line) and len(line.split()) >= 2


def strip_header(doc: Doc) -> None:
    """Title, subtitle, photo credit/caption and credits from the lines before the body."""
    lines, art = doc.lines, doc.article
    end = _header_end(lines)
    header = [(i, ln.strip()) for i, ln in enumerate(lines[:end]) if ln.strip()]
    if not header and not doc.page.html:
        first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
        nxt = first + 1 if first is not None else 0
        if first is not None and nxt < len(lines) and not lines[nxt].strip() and _looks_like_title(lines[first].strip()):
            header = [(first, lines[first].strip())]
            end = first + 1
    keep: list[str] = []
    expect_caption = False
    for pos, (_, line) in enumerate(header):
        if pos == 0 and not doc.page.html and _looks_like_title(line):
            art.title = line
        elif take_credit(line, doc):
            expect_caption = False
        elif _PHOTO_CREDIT.match(line) and len(line) < 90:
            art.media.append(Media(credit=re.sub(r"^(?:foto|photo)\s*:\s*", "", line, flags=re.I), caption=None))
            art.removed.append(line)
            expect_caption = True
            continue
        elif expect_caption:
            art.media[-1].caption = line
        elif art.subtitle is None and len(line) <= 300:
            art.subtitle = line
        else:
            keep.append(line)
            continue
        expect_caption = False
        art.removed.append(line)
    doc.lines = [part for line in keep for part in (line, "")] + lines[end:]


def strip_credits(doc: Doc) -> None:
    """Credit, wire and code lines anywhere in the text, plus "(Antara)" at the end of a paragraph."""
    kept: list[str] = []
    for line in doc.lines:
        s = line.strip()
        if s and len(s) <= 160 and (take_credit(s, doc) or take_wire(s, doc) or _CODE_TAIL.match(s)):
            doc.article.removed.append(s)
            continue
        m = _tail(_WIRE_TAIL, line) if s else None
        if m and len(s) > len(m.group(0)) + 20:
            _add(doc.article.wire_sources, [normalise_agency(n) for n in _SPLIT_NAMES.split(m.group("names"))][:1])
            doc.article.removed.append(m.group(0).strip())
            line = line[: m.start()]
        kept.append(line)
    doc.lines = kept


TAIL_WINDOW = 300  # characters: credits and closing words are short; searching a whole line is quadratic


def _tail(pattern: re.Pattern[str], line: str) -> re.Match[str] | None:
    """`pattern` (anchored at the end) searched in the last TAIL_WINDOW characters of `line` only."""
    return pattern.search(line, max(0, len(line) - TAIL_WINDOW))


def strip_tail_credits(lines: list[str], doc: Doc) -> None:
    """Reporter/editor initials or byline closing the article: "(nat)", "[cob]", "(Uu. T008)", "DINI TEJA".

    Also credits a wire named in the closing words ("... demikian Reuters."), keeping those words.
    """
    while True:
        last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)
        if last is None:
            return
        m = _tail(_INLINE_CODE_TAIL, lines[last]) or _tail(_CAPS_BYLINE, lines[last])
        if not m:
            break
        tail = m.group(0).strip()
        doc.article.removed.append(tail)
        if m.re is _CAPS_BYLINE:  # Tempo closes with the reporter's name in capitals
            _add(doc.article.authors, [normalise_name(tail)])
        lines[last] = lines[last][: m.start()]
    w = _tail(_WIRE_CLOSING, lines[last])
    if w:
        _add(doc.article.wire_sources, [normalise_agency(w.group("name"))])


def clean_title(title: str | None) -> str | None:
    """Drop the outlet from an HTML title: "X - Kompas.com Regional", "KapanLagi.com: Musik - X", "X | Republika Online"."""
    if not title:
        return None
    t = _TITLE_PREFIX.sub("", title.strip())
    t = _TITLE_SUFFIX.sub("", t)
    return t.strip() or title.strip()


def apply_html_meta(doc: Doc) -> None:
    """Title and credits from the page; "Red Ferry kisihandi" style authors become editors."""
    page, art = doc.page, doc.article
    art.title = clean_title(page.title) or art.title
    for field, value in page.credits:
        if field == "wire_sources":
            _add(art.wire_sources, [a for a in (normalise_agency(value),) if a in AGENCIES])
        else:
            _add(getattr(art, field), split_names(value))
    author = "" if art.authors else (page.author or "").strip()
    if author:
        m = re.match(r"^(red|redaktur|editor|reporter|penulis|pewarta)\b\s*:?\s*(.+)$", author, re.I)
        if m:
            _add(getattr(art, CREDIT_ROLES[m.group(1).lower()]), split_names(m.group(2)))
        else:
            _add(art.authors, [n for n in split_names(author) if len(n) < 60 and not _PUBLISHER.search(n)])
    if page.description and not art.subtitle:
        art.subtitle = page.description.strip()


def strip_metadata(doc: Doc) -> None:
    if doc.page.html:
        apply_html_meta(doc)
    strip_header(doc)
    strip_credits(doc)
    # the date the page or the input states: kept even when the dates stage is skipped
    doc.article.published, doc.article.published_source = stated_published(doc)
