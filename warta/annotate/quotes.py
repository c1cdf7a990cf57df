"""The `quotes` stage: every statement in an article, direct and reported, with its speaker.

Direct quotations come from paired quotation marks (`quote_marks`), reported
speech from sentence cues (`quote_cues`); speakers are read and resolved by
`quote_speakers`. All candidates are resolved in reading order so a pronoun
("katanya", "Ia menyatakan") or an anaphoric description ("Politikus itu")
points at the latest salient person before it: a speaker, or a person who
opens a clause as its subject, not one named in passing ("bertemu dengan X").
A bare office ("kata Panglima TNI") goes to the last person holding it. A quotation with no cue of its own takes the speaker of the
reported-speech sentence it sits in (a mixed quotation) or of the quotation
it continues (`"…," kata X, "…"`). The statement date is the date expression
in the cue clause ("kata ... Selasa (5/9/2023)").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from warta.annotate import quote_cues as cues
from warta.annotate import quote_speakers as spk
from warta.annotate.offices import office_holder
from warta.annotate.overlap import SpanIndex
from warta.annotate.quote_marks import Marked, pair_marks, single_quoted
from warta.model import Article, DateExpr, Entity, Quote, Speaker

if TYPE_CHECKING:
    from warta.doc import Doc

CLAUSE_END = re.compile(r"\n|[“”\"«»]|‘’|’’|[.!?](?=[\s“”\"’]|$)")
SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?=\s)|$)", re.M)
WORDS = re.compile(r"\w+")
APPOSITION = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]+(?:dari|di)[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})?"
    r",[ \t]*(?P<name>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'.-]*){0,4})(?=[ \t]*[,.(]|[ \t]*$|[ \t]+[a-z])"
)
MIN_UNCUED_WORDS = 5
TITLE_SHARE = 0.75
MAX_SUBJECT_WORDS = 14


@dataclass
class Candidate:
    """A statement before its speaker is resolved; `who` is the raw speaker phrase span."""

    kind: str
    start: int
    end: int
    cue: tuple[int, int] | None = None
    who: tuple[int, int] | None = None
    pronoun: bool = False
    clause: tuple[int, int] = (0, 0)
    parent: Candidate | None = None
    speaker: Speaker | None = None
    name: tuple[int, int] | None = None  # a name in apposition after a role phrase


def find_quotes(doc: Doc) -> None:
    """Fill `article.quotes` (see the module docstring)."""
    art = doc.article
    found = extract(art.body, doc.paragraphs, doc.sentences, art.entities, art.dates)
    art.quotes = to_quotes(art, found, doc.home == "IDN")


def to_quotes(art: Article, found: list[Candidate], indonesia: bool = True) -> list[Quote]:
    """The statements found as Quote records; a speaker named only by an office ("kata Presiden") is
    its holder: the person the article names with that office, else, in news about Indonesia
    (`indonesia`), the holder of the Indonesian office on the article's date."""
    return [_office_holder(to_quote(art.body, c, art.dates), art, indonesia) for c in found]


def _office_holder(q: Quote, art: Article, indonesia: bool) -> Quote:
    sp = q.speaker
    who = office_holder(sp.name or "", art, indonesia) if sp.entity_id is None else None
    if who is not None:
        q.speaker = Speaker(who[1], who[0], sp.role or sp.name)
    return q


def extract(
    body: str,
    paragraphs: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
    entities: list[Entity],
    dates: list[DateExpr],
) -> list[Candidate]:
    """Every statement with its resolved speaker, in reading order."""
    marked = pair_marks(body, paragraphs)
    marked += [m for m in single_quoted(body, marked) if _cue_after(body, m, dates)]
    direct = [c for c in (_direct(body, m, dates) for m in marked) if c]
    sentences = sentences or [(m.start(), m.end()) for m in SENTENCE.finditer(body)]
    indirect = [c for c in (_reported(body, s, e, marked, dates) for s, e in sentences) if c]
    found = _link(body, direct, indirect)
    _resolve(body, found, entities, sentences)
    return found


def to_quote(body: str, c: Candidate, dates: list[DateExpr]) -> Quote:
    verb = body[c.cue[0]:c.cue[1]].lower() if c.cue else None
    date = next((d.value for d in dates if c.clause[0] <= d.start and d.end <= c.clause[1]), None)
    return Quote(c.kind, body[c.start:c.end], c.start, c.end, c.speaker or Speaker(), verb, date)


# ---- direct quotations -------------------------------------------------------------------------


def _clause_end(body: str, pos: int) -> int:
    m = CLAUSE_END.search(body, pos)
    return m.end() if m and m.group() in ".!?" else (m.start() if m else len(body))


def _cue_after(body: str, m: Marked, dates: list[DateExpr]) -> Candidate | None:
    end = _clause_end(body, m.close)
    cm = cues.CUE_AFTER.match(body, m.close, end)
    if cm:
        verb = cm.span("verb")
        if cm.group("nya") or cm.group("nya2"):
            return Candidate("direct", m.start, m.end, verb, None, True, (m.close, end))
        who = spk.cut_phrase(body, cm.end(), end, dates)
        pronoun = who[0] == who[1] or body[who[0]:who[1]].lower() in cues.PRONOUNS
        found = Candidate("direct", m.start, m.end, verb, None if pronoun else who, pronoun, (m.close, end))
        if not pronoun:
            found.name = _apposition(body, who, end, dates)
        return found
    sm = cues.CUE_AFTER_SUBJECT.match(body, m.close, end)
    if sm and m.closed:
        return Candidate("direct", m.start, m.end, sm.span("verb"), sm.span("who"), False, (m.close, end))
    return None


_LOCATIVE_AFTER = re.compile(r"[ \t]+(?:dari|di)[ \t]")


def _apposition(body: str, who: tuple[int, int], end: int, dates: list[DateExpr]) -> tuple[int, int] | None:
    """`kata juru bicara Gugus Tugas, Alamsyah,`: the name after a phrase that is only a role.

    Places and institutions in the chain are skipped: `kata Camat Neglasari, Kabupaten
    Tangerang, Ubaidillah Ansar, Sabtu` gives Ubaidillah Ansar."""
    first = body[who[0]:who[1]].split()[0]
    if first[:1].isupper() and first.lower() not in spk.TITLES:
        return None
    found, pos = None, who[1]
    while (m := APPOSITION.match(body, pos, end)) is not None:
        if any(d.start <= m.start("name") < d.end for d in dates):
            break
        if found is not None and _LOCATIVE_AFTER.match(body, pos):
            break  # "..., Wahyu Wibowo di Kabupaten Sleman, Daerah Istimewa Yogyakarta": where he spoke
        head = m.group("name").split()[0].lower()
        if head in spk.CALENDAR | spk.FUNCTION_WORDS:
            break
        if head not in spk.PLACES | spk.ORG_WORDS | spk.ADMIN_WORDS:
            found = m.span("name")
        pos = m.end("name")
    return found


def _direct(body: str, m: Marked, dates: list[DateExpr]) -> Candidate | None:
    found = _cue_after(body, m, dates)
    if found:
        return found
    words = WORDS.findall(body, m.start, m.end)
    if len(words) < MIN_UNCUED_WORDS or _title_case(words):
        return None  # a term, name or title in quotation marks, not a statement
    return Candidate("direct", m.start, m.end, clause=(m.open, m.open))


def _title_case(words: list[str]) -> bool:
    """A quoted title ("Peluncuran Katalog UMKM dan Pelatihan Go Digital"): nearly every content word capitalised."""
    content = [w for w in words if len(w) > 3]
    return bool(content) and sum(w[0].isupper() for w in content) >= TITLE_SHARE * len(content)


# ---- reported speech ---------------------------------------------------------------------------


def _inside_marks(pos: int, marked: list[Marked]) -> bool:
    return any(m.open <= pos < m.close for m in marked)


def _content(body: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and body[start] in " \t,:":
        start += 1
    while end > start and body[end - 1] in " \t\n.":
        end -= 1
    return (start, end) if len(WORDS.findall(body, start, end)) >= 3 else None


def _reported(body: str, s: int, e: int, marked: list[Marked], dates: list[DateExpr]) -> Candidate | None:
    """One reported statement of the sentence body[s:e], cue before or after, if any."""
    for finder in (_according, _trailing, _say):
        found = finder(body, s, e, dates)
        if found and not _inside_marks(found.cue[0] if found.cue else found.start, marked):
            return found
    return None


def _according(body: str, s: int, e: int, dates: list[DateExpr]) -> Candidate | None:
    m = cues.ACCORDING.search(body, s, e)
    if not m or len(WORDS.findall(body, s, m.start())) > 3:
        return None
    content = _content(body, m.end(), e)
    if not content:
        return None
    pronoun = body[m.start("who"):m.end("who")].lower() in cues.PRONOUNS
    who = None if pronoun else m.span("who")
    return Candidate("indirect", *content, m.span("verb"), who, pronoun, (s, m.end()))


def _trailing(body: str, s: int, e: int, dates: list[DateExpr]) -> Candidate | None:
    m = cues.TRAIL.search(body, s, e)
    if not m:
        return None
    content = _content(body, s, m.start())
    if not content:
        return None
    if m.group("nya"):
        return Candidate("indirect", *content, m.span("verb"), None, True, (m.start(), e))
    who = spk.cut_phrase(body, m.start("who"), e, dates)
    pronoun = who[0] == who[1]
    return Candidate("indirect", *content, m.span("verb"), None if pronoun else who, pronoun, (m.start(), e))


def _say(body: str, s: int, e: int, dates: list[DateExpr]) -> Candidate | None:
    m = cues.SAY.search(body, s, e)
    if m is None:
        m = cues.SAY_BARE.search(body, s, e)
        if m is None or len(WORDS.findall(body, s, m.start())) > 4:
            return None
    who = _subject(body, s, m.start(), dates)
    if who is None:
        return None
    content = _content(body, m.end(), e)
    if content is None:
        return None
    pronoun = body[who[0]:who[1]].lower() in cues.PRONOUNS
    return Candidate("indirect", *content, m.span("verb"), None if pronoun else who, pronoun, (s, m.end()))


def _subject(body: str, s: int, verb: int, dates: list[DateExpr]) -> tuple[int, int] | None:
    """The speaker phrase before a speech verb: the last named comma segment, trimmed."""
    segments, pos = [], s
    for part in body[s:verb].split(","):
        segments.append((pos, pos + len(part)))
        pos += len(part) + 1
    keep = [(a, b) for a, b in segments if _is_subject_segment(body, a, b, dates)]
    if not keep:
        return None
    named = [seg for seg in keep if any(w[:1].isupper() for w in body[seg[0]:seg[1]].split())]
    a, b = _name_before_role(body, named) if len(named) > 1 else (named or keep)[-1]
    a, b = _trim_subject(body, a, b, dates)
    words = body[a:b].split()
    if not words or len(words) > MAX_SUBJECT_WORDS:
        return None
    return a, b


def _name_before_role(body: str, named: list[tuple[int, int]]) -> tuple[int, int]:
    """`Riza Patria, Wakil Gubernur DKI Jakarta, …, menyampaikan`: the name, not its role."""
    last, prev = body[named[-1][0]:named[-1][1]].split(), body[named[-2][0]:named[-2][1]].split()
    role_only = last[0].lower() in spk.TITLES or (last[0][:1].islower() and last[0] not in ("dan", "serta"))
    name_like = len(prev) <= 4 and all(spk.is_capital(w) for w in prev) and prev[0].lower() not in spk.TITLES
    return named[-2] if role_only and name_like else named[-1]


def _is_subject_segment(body: str, a: int, b: int, dates: list[DateExpr]) -> bool:
    words = body[a:b].split()
    if not words or words[0].lower() in spk.FUNCTION_WORDS | spk.CALENDAR:
        return False
    return not any(d.start <= a + len(body[a:b]) - len(body[a:b].lstrip()) and b <= d.end + 1 for d in dates)


def _trim_subject(body: str, a: int, b: int, dates: list[DateExpr]) -> tuple[int, int]:
    for d in dates:
        if a < d.start < b:
            b = d.start
    for m in spk.WORD.finditer(body, a, b):
        word = m.group()
        if m.start() > a and (word in spk.STOP_WORDS or word in ("mengutip", "dikutip")):
            b = m.start()
            break
    while a < b and body[a].isspace():
        a += 1
    while b > a and body[b - 1] in " \t,":
        b -= 1
    words = body[a:b].split()
    if words and words[-1] in spk.STOP_WORDS:
        b = a + body[a:b].rfind(words[-1])
        while b > a and body[b - 1] == " ":
            b -= 1
    return a, b


# ---- linking and resolution ----------------------------------------------------------------------


def _link(body: str, direct: list[Candidate], indirect: list[Candidate]) -> list[Candidate]:
    """Give cue-less quotations a parent; drop reported speech that is only a quotation's cue."""
    dropped: set[int] = set()
    for i, d in enumerate(direct):
        if d.cue is not None:
            continue
        host = next((r for r in indirect if r.start <= d.start - 1 <= r.end + 1), None)
        prev = direct[i - 1] if i else None
        if host is not None:
            d.parent = host
            d.clause = host.clause
            if abs(host.start - d.start) <= 2:
                dropped.add(id(host))
        elif prev is not None and prev.cue and prev.clause[1] + 3 >= d.start - 2 and _after_comma(body, d.start):
            d.parent = prev
            d.clause = prev.clause
    near = SpanIndex(direct)
    kept = [r for r in indirect if id(r) not in dropped and not _overlaps_direct(r, near.overlapping(r.start, r.end))]
    out = [c for c in direct if c.cue is not None or c.parent is not None] + kept
    return sorted(out, key=lambda c: c.start)


def _after_comma(body: str, start: int) -> bool:
    return body[:start].rstrip(" \t“”\"‘’«").endswith(",")


def _overlaps_direct(r: Candidate, direct: list[Candidate]) -> bool:
    """`direct`: the direct quotations overlapping `r`."""
    return any(d.start <= r.start < d.end or r.start <= d.start and d.end <= r.end and d.cue for d in direct)


def _resolve(body: str, found: list[Candidate], entities: list[Entity], sentences: list[tuple[int, int]]) -> None:
    mentions = sorted(((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda x: x[0])
    statements = SpanIndex(found)
    index = spk.PersonIndex()
    subjects = spk.PersonIndex()
    persons = [(s, e, ent) for s, e, ent in mentions if ent.type == "PERSON"]
    if persons:
        people = [(s, e, Speaker(ent.name, ent.id, ent.roles[0] if ent.roles else None)) for s, e, ent in persons]
        people = [(s, e, p) for s, e, p in people if not statements.overlapping(s, s + 1)]
    else:
        people = spk.raw_people(body, statements)
    starts = [s for s, _ in sentences]
    for pos, end, person in people:
        index.add(pos, person)
        if spk.at_subject(body, _sentence_start(starts, pos), pos, end):
            subjects.add(pos, person)
    for c in sorted(found, key=lambda c: c.cue[0] if c.cue else c.start):
        c.speaker = _speaker(body, c, mentions, index, subjects)


def _sentence_start(starts: list[int], pos: int) -> int:
    i = bisect.bisect_right(starts, pos)
    return starts[i - 1] if i else 0


def _antecedent(before: int, index: spk.PersonIndex, subjects: spk.PersonIndex) -> Speaker | None:
    """Who "ia"/"katanya" means: the latest person made a subject (a speaker, or a person
    opening a clause), not one merely mentioned in passing; else the latest person."""
    found = subjects.latest(before) or index.latest(before)
    return replace(found) if found else None


def _speaker(
    body: str, c: Candidate, mentions: list[tuple[int, int, Entity]], index: spk.PersonIndex, subjects: spk.PersonIndex
) -> Speaker:
    if c.parent is not None:
        return replace(c.parent.speaker) if c.parent.speaker else Speaker()
    at = c.cue[0] if c.cue else c.start
    if c.pronoun or c.who is None:
        return _antecedent(min(at, c.start), index, subjects) or Speaker()
    text = body[c.who[0]:c.who[1]]
    if c.name is not None:
        parsed = spk.parse(body[c.name[0]:c.name[1]], c.name[0], mentions)
        parsed.speaker.role = text
    else:
        parsed = spk.parse(text, c.who[0], mentions)
    speaker = parsed.speaker
    if parsed.pronoun:
        return _antecedent(min(at, c.start, c.who[0]), index, subjects) or Speaker()
    if c.name is None and not parsed.person:
        holder = index.by_role(text, c.who[0])
        if holder is not None:
            return Speaker(holder.name, holder.entity_id, text)
    if speaker.entity_id is None and speaker.name and parsed.person:
        full = index.full_name(speaker.name, c.who[0])
        if full is not None:
            speaker = Speaker(full.name, full.entity_id, speaker.role or full.role)
    if parsed.person:
        index.add(c.who[0], speaker)
        subjects.add(c.who[0], speaker)
    return speaker
