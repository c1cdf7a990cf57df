"""The entities stage: find names, give each one canonical id, keep roles apart from names.

Two finders feed it: the knowledge base (aliases, short forms and metonyms,
longest match) and the CRF tagger (names the KB does not know). The KB wins
where both see the same text. Within the article, a person's later short
mentions ("Sullivan", "Kim") join the earlier full name ("Jake Sullivan",
"Kim Jong Un"); titles before or after a name ("Presiden Rusia", ", juru
bicara Kremlin") go to `roles` and give the person a country and sector.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from warta.annotate import kb, ner
from warta.annotate.actors import actor_spans
from warta.annotate.kb import KBEntry
from warta.annotate.overlap import SpanIndex
from warta.lang.id import function_words as fw
from warta.lang.id import names, nouns, places, speech, titles
from warta.model import Entity, Mention

if TYPE_CHECKING:
    from warta.pipeline import Draft

_WORD = re.compile(r"\w+(?:[-’']\w+)*")
_SLUG = re.compile(r"[^a-z0-9]+")
_LEFT_STOP = re.compile(r"[,.;:!?\"“”‘’]|\n|(?:^|\s)'|'(?:\s|$)")
_RIGHT_ROLE = re.compile(r"\s*,\s*([^,.;:!?\"“”‘’\n]{3,80})")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]*[A-Z][A-Za-z]*(?: [A-Z][a-z]+)?)\)")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")
_DEFINED = re.compile(r"\(([A-Z]{2,8})\)")
_CONNECTORS = names.CONNECTORS
_VERBISH = re.compile(r"^(me|mem|men|meng|meny|di|ber|ter)[a-z]{3,}$")
# words a role phrase never holds ("dalam" is kept: "menteri dalam negeri")
_BREAKERS = (fw.CONJUNCTIONS | fw.RELATIVE | fw.DEMONSTRATIVES | fw.PREPOSITIONS - {"dalam"} | speech.AFTER_VERBS
             | fw.VERBAL_NEGATION | fw.ASPECT)
_HONORIFICS = titles.HONORIFICS
ROLE_WORDS = frozenset(w for phrase, _ in kb.ROLE_SECTORS for w in phrase.split())
# Title words stripped from the front of a tagged name; not those that are also given names.
_TITLE_WORDS = frozenset(p.split()[0] for p, _ in kb.ROLE_SECTORS) - titles.NAME_OPENERS
_LOC_HEADS = re.compile(r"^(Gunung|Pulau|Sungai|Danau|Selat|Teluk|Jalan|Jl|Bandara|Pelabuhan|Tanjung|Pantai|Pasar|"
                        r"Stasiun|Terminal|Masjid|Gereja|Pura|Vihara|Candi|Stadion|Gedung|Taman|Monas)\b")
_GPE_HEADS = re.compile(rf"^({'|'.join(sorted(d.capitalize() for d in places.DIVISIONS))})\b")
_ORG_HEADS = re.compile(
    r"^(PT|CV|Partai|Universitas|Institut|Kementerian|Badan|Komisi|Dewan|Lembaga|Yayasan|Polres|Polda|"
    r"Polsek|Polresta|Kodam|Kodim|Korem|Pengadilan|Kejaksaan|Kejari|Kejati|Bank|Rumah Sakit|RSUD|RS|Dinas|"
    r"Pemkot|Pemkab|Pemprov|DPRD|Pemerintah|Majelis|Mahkamah|Persatuan|Perhimpunan|Asosiasi|Ikatan)\b")
_CAP = r"(?:[A-Z][\w.&’'-]*|\d+)"
_HEAD_ORG = re.compile(_ORG_HEADS.pattern.lstrip("^") + r"(?:\s+(?:dan|untuk|dan/atau|serta)\s+(?!"
                       + _ORG_HEADS.pattern.lstrip("^") + ")" + _CAP
                       + r"|\s+" + _CAP + r")+")
_NAME_JOINERS = names.JOINERS
_ROLE_HEADS = tuple(sorted({p for p, _ in kb.ROLE_SECTORS}, key=len, reverse=True))
_ROLE_HEAD = re.compile(r"\b(" + "|".join(re.escape(p) for p in _ROLE_HEADS) + r")\b", re.I)
_ID_PREFIX = {"PERSON": "per", "ORG": "org", "LOC": "loc", "GPE": "loc", "EVENT": "evt"}
MAX_ROLE_WORDS = 9


@dataclass
class Cand:
    """A mention before resolution: a span, a type and, when the KB knows it, its entry."""

    start: int
    end: int
    type: str
    entry: KBEntry | None = None
    country: str | None = None
    sector: str | None = None


def link_entities(draft: Draft) -> None:
    """Fill `article.entities`: every name with one id, its type, country, sector, roles and mentions."""
    art = draft.article
    body = art.body
    if not body.strip():
        return
    matches = kb.find(body)
    lower = set(re.findall(r"\b[a-z][\w-]*\b", body))
    cands = [Cand(m.start, m.end, m.entry.type, m.entry) for m in matches
             if not (m.entry.type == "PERSON" and _inside_longer_name(body, m.start, m.end, lower))]
    tagger = ner.load()
    if tagger is not None:
        index, found = SpanIndex(cands), SpanIndex(matches)
        for start, end in draft.sentences or [(0, len(body))]:
            _merge_ner(body, index, tagger.spans(body[start:end], start, found.overlapping(start, end)))
        cands = list(index)
    cands = _split_glued(body, cands, lower)
    cands = _head_orgs(body, cands)
    cands = _acronym_definitions(body, cands)
    cands = _affiliate_orgs(body, sorted(cands, key=lambda c: c.start))
    entities = _resolve(body, cands)
    _propagate(body, entities, lower)
    entities += _wire_sources(art.wire_sources, entities)
    art.entities = entities
    draft.actors, draft.home = actor_spans(art, matches)


_WORD_BEFORE = re.compile(r"([A-Z][\w’'-]*)\.? $")
_WORD_AFTER = re.compile(r" ([A-Z][\w’'-]*)")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?\n\"”“]\s*)\b", re.M)


def _opens_sentence(body: str, pos: int) -> bool:
    """Whether the word at `pos` is the first of its sentence (capitalised for that alone)."""
    return _SENTENCE_OPEN.search(body, max(0, pos - 3), pos + 1) is not None


def _inside_longer_name(body: str, start: int, end: int, lower: set[str]) -> bool:
    """A known person's name that is only part of a longer name ("Prabowo" in "Kombes Raden Prabowo
    Argo Yuwono") is somebody else: a capitalised word that is no title, rank or common word
    (`lower`: the words the article writes in lower case) stands right before or after it."""
    before = _WORD_BEFORE.search(body, max(0, start - 30), start)
    after = _WORD_AFTER.match(body, end)
    if before is not None and _opens_sentence(body, before.start()):
        before = None  # "Kemarin Prabowo ...": the sentence's first word, capitalised for that
    for m in (before, after):
        if m is None:
            continue
        w = m.group(1).lower()
        if w not in _TITLE_WORDS and w not in ROLE_WORDS and w not in _RANKS and w not in _HONORIFICS \
                and w not in lower and w not in _CONNECTORS and kb.lookup(m.group(1)) is None:
            return True
    return False


def _merge_ner(body: str, index: SpanIndex[Cand], spans: list[ner.Span]) -> None:
    """Add the tagger's spans the KB did not cover; a tagged ORG/EVENT/LOC containing KB names wins
    ("Kabupaten Bogor", "Pemerintah Indonesia"), other overlaps keep the KB match."""
    for span in spans:
        start, end = _cut_lowercase(body, span.start, span.end)
        span = ner.Span(start, end, span.type)
        if span.type == "PERSON":
            start, end = _trim_person(body, span)
            head = _ACRONYM.fullmatch(body, span.start, start - 1) if start > span.start else None
            if head and not any(c.start < start for c in index.overlapping(span.start, start)):
                index.add(_ner_cand(body, head.start(), head.end(), "ORG"))
            before, start = _split_at_title(body, start, end)
            if before and not index.overlapping(*before):
                index.add(_affiliation(body, *before))
        if start >= end or not any(ch.isupper() for ch in body[start:end]):
            continue
        inside = index.overlapping(start, end)
        if not inside:
            index.add(_ner_cand(body, start, end, span.type))
            continue
        if any(c.start == start and c.end == end for c in inside):
            continue
        covers = all(start <= c.start and c.end <= end for c in inside)
        if covers and span.type in ("ORG", "EVENT", "LOC"):
            new = _ner_cand(body, start, end, span.type)
            new.country = _inner_country(inside)
            if span.type == "ORG":
                new.sector = next((c.entry.sector for c in inside if c.entry and c.entry.type == "ORG"), None)
            for c in inside:
                index.remove(c)
            index.add(new)
            continue
        for lo, hi in _outside(start, end, inside):
            lo, hi = _strip(body, lo, hi)
            if hi > lo and body[lo].isupper():
                index.add(_ner_cand(body, lo, hi, span.type))


_MODEL_AFTER = re.compile(r"\s?-\s?[A-Z]*\d|\s\d{2,4}\b(?!\s*(?:tahun|juta|miliar|orang|persen))")
_ANIMALS = nouns.ANIMALS


# words that open or precede the name of a programme, law, card or operation, never of a person
_THING_HEADS = nouns.PROGRAMME_WORDS | nouns.LAW_WORDS


def _near_words(body: str, start: int, before: int) -> list[str]:
    """The `before` words ahead of `start` and the word at it, lower-cased, punctuation stripped."""
    ahead, first = body[max(0, start - 30):start].split(), body[start:start + 30].split()
    return [w.lower().strip(",.;:()\"“”") for w in ahead[len(ahead) - before:] + first[:1]]


def _thing_named(body: str, start: int) -> bool:
    return any(w in _THING_HEADS for w in _near_words(body, start, 1))


def _animal_before(body: str, start: int) -> bool:
    return any(w in _ANIMALS for w in _near_words(body, start, 2))  # "burung Macaw", "kakatua dan Macaw"


_LEGAL_END = frozenset({"Tbk", "Tbk.", "Ltd", "Ltd.", "Inc", "Inc.", "Corp", "Corp.", "Co.", "LLC", "AG", "GmbH"})
_LOCATIVE = fw.LOCATIVE_PREPOSITIONS | places.ORIGIN_WORDS | places.AREA_NOUNS | places.DIVISIONS


def _common_word(body: str, c: Cand, lower: set[str]) -> bool:
    """A single capitalised word tagged as a person that is an office word ("Presiden", "Humas") or
    that opens its sentence and is written in lower case elsewhere in the article ("Bibit vaksin
    ...", "bibit" later) is no name."""
    text = body[c.start:c.end]
    if " " in text:
        return False
    low = text.lower()
    if low in _TITLE_WORDS or low in ROLE_WORDS or low in _OFFICE_WORDS:
        return True
    return low in lower and _opens_sentence(body, c.start)


_OFFICE_WORDS = nouns.BODY_NOUNS


def _split_glued(body: str, cands: list[Cand], lower: set[str]) -> list[Cand]:
    """Tagged runs that hold more than one name, cut apart (the knowledge base's own names are left whole):
    - two names joined by "dan" ("Sunderland dan Middlesbrough"), unless an organisation word opens
      the run ("Kementerian Hukum dan HAM");
    - a headline's capitalised verb ends a name ("Selena Gomez Pamer ...", "Real Madrid Diperingan");
    - a company's legal form ends it ("PT Astra Otoparts Tbk Yusak Kristian");
    - an acronym opening a run that goes on with a person's name ("KOI Raja Parlindungan Pane").
    And a single word tagged as a place that no gazetteer knows, after no locative word, is a name
    ("Loudi", "Doyool")."""
    from warta.annotate import places

    out: list[Cand] = []
    for c in cands:
        if c.entry is not None:
            out.append(c)
            continue
        if _MODEL_AFTER.match(body, c.end) or c.type != "ORG" and _animal_before(body, c.start) \
                or c.type == "PERSON" and (_thing_named(body, c.start) or _common_word(body, c, lower)):
            out.append(Cand(c.start, c.end, "OTHER"))  # "Suzuki GSX - R150", "burung Macaw", "UU Cipta Kerja"
            continue
        pieces = _pieces(body, c)
        for lo, hi, typ in pieces:
            lo, hi = _strip(body, lo, hi)
            if hi <= lo:
                continue
            new = c if (lo, hi, typ) == (c.start, c.end, c.type) else _ner_cand(body, lo, hi, typ)
            text = body[lo:hi]
            if new.type in ("GPE", "LOC") and new.entry is None and " " not in text and not places.load().lookup(text):
                before = body[max(0, lo - 12):lo].split()
                if not (before and before[-1].lower() in _LOCATIVE):
                    new.type = "PERSON"
            out.append(new)
    return out


def _pieces(body: str, c: Cand) -> list[tuple[int, int, str]]:
    words = list(_WORD.finditer(body, c.start, c.end))
    text = body[c.start:c.end]
    if len(words) > 1 and words[0].group().lower() == "timnas":  # a common word: the country is the name
        return _pieces(body, Cand(words[1].start(), c.end, "GPE"))
    for i, w in enumerate(words[1:], 1):
        low = w.group().lower()
        if (low in _RANKS or low in _TITLE_WORDS and w.group()[:1].isupper()) and i < len(words) - 1 \
                and words[i + 1].group()[:1].isupper() and c.type != "PERSON":
            # "Polda Metro Jaya Kombes Raden Prabowo Argo Yuwono": a body, a rank, a person
            return [(c.start, words[i - 1].end(), _affiliation(body, c.start, words[i - 1].end()).type),
                    (words[i + 1].start(), c.end, "PERSON")]
        if _GPE_HEADS.match(w.group()) and i < len(words) - 1 and not _ORG_HEADS.match(text):
            # "Desa Alue Papeun Kecamatan Nisam": each division word opens a place of its own
            return _pieces(body, Cand(c.start, words[i - 1].end(), c.type)) + \
                _pieces(body, Cand(w.start(), c.end, "GPE"))
        if low == "dan" and i < len(words) - 1 and not _ORG_HEADS.match(text):
            return _pieces(body, Cand(c.start, words[i - 1].end(), c.type)) + \
                _pieces(body, Cand(words[i + 1].start(), c.end, c.type))
        if w.group()[:1].isupper() and len(low) >= 7 and _VERBISH.match(low) and kb.lookup(w.group()) is None:
            return [(c.start, words[i - 1].end(), c.type)]
        if w.group() in _LEGAL_END and i < len(words) - 1:
            return [(c.start, w.end(), "ORG"), (words[i + 1].start(), c.end, "PERSON")]
    if len(words) >= 3 and _ACRONYM.fullmatch(words[0].group()) and c.type in ("ORG", "PERSON") \
            and not _ORG_HEADS.match(text) and all(_NAME_TOKEN_RE.fullmatch(w.group()) for w in words[1:]):
        return [(c.start, words[0].end(), "ORG"), (words[1].start(), c.end, "PERSON")]
    return [(c.start, c.end, c.type)]


_NAME_TOKEN_RE = re.compile(r"[A-Z][a-z]+")


def _head_orgs(body: str, cands: list[Cand]) -> list[Cand]:
    """Capitalised names opened by an organisation word ("Lembaga Bantuan Hukum Jakarta") are ORGs."""
    for m in _HEAD_ORG.finditer(body):
        start, end = _strip(body, m.start(), m.end())
        inside = [c for c in cands if c.start < end and start < c.end]
        if any(c.start <= start or c.type == "PERSON" for c in inside):
            continue  # a known name opens it (its country joins later) or a person closes it
        if all(c.end <= end for c in inside):
            new = _ner_cand(body, start, end, "ORG")
            if new.entry is None:
                new.country = _inner_country(inside)
                new.sector = next((c.entry.sector for c in inside if c.entry and c.entry.type == "ORG"), None)
            cands = [c for c in cands if c not in inside] + [new]
    return cands


def _acronym_definitions(body: str, cands: list[Cand]) -> list[Cand]:
    """ "Badan Riset dan Inovasi Nasional (BRIN)": capitalised words whose initials spell the acronym are an ORG."""
    for m in _DEFINED.finditer(body):
        start = _initials_start(body, m.start(), m.group(1))
        if start is None:
            continue
        end = len(body[:m.start()].rstrip())
        inside = [c for c in cands if c.start < end and start < c.end]
        if any(c.start <= start and end <= c.end for c in inside):
            continue
        if all(start <= c.start and c.end <= end for c in inside):
            cands = [c for c in cands if c not in inside] + [_ner_cand(body, start, end, "ORG")]
    return cands


def _initials_start(body: str, pos: int, acronym: str) -> int | None:
    """Where the run of capitalised words right before `pos` spelling `acronym` begins, or None."""
    words = list(_WORD.finditer(body, max(0, pos - 160), pos))
    letters = list(acronym)
    start = None
    while words and letters:
        w = words.pop()
        if w.group().lower() in _CONNECTORS:
            continue
        if not w.group()[0].isupper() or w.group()[0] != letters[-1]:
            return None
        letters.pop()
        start = w.start()
    return start if not letters else None


def _inner_country(inside: list[Cand]) -> str | None:
    """The country a longer name is about: its last country or place, else an organisation's."""
    places = [c.entry.country for c in inside if c.entry and c.entry.type in ("GPE", "LOC") and c.entry.country]
    if places:
        return places[-1]
    return next((c.entry.country for c in inside if c.entry and c.entry.country), None)


def _cut_lowercase(body: str, start: int, end: int) -> tuple[int, int]:
    """Keep the first run of capitalised words of a tagged span ("Polres Aceh melimpahkan Faisal" -> "Polres Aceh")."""
    words = list(_WORD.finditer(body, start, end))
    while words and not words[0].group()[0].isupper() and not words[0].group()[0].isdigit():
        words.pop(0)
    if not words:
        return start, start
    last = words[0]
    for w in words[1:]:
        first = w.group()[0]
        if not (first.isupper() or first.isdigit() or w.group().lower() in _NAME_JOINERS):
            break
        last = w
    while last is not words[0] and last.group().lower() in _NAME_JOINERS:
        last = words[words.index(last) - 1]
    return words[0].start(), last.end()


def _outside(start: int, end: int, inside: list[Cand]) -> list[tuple[int, int]]:
    """The parts of [start, end) not covered by the KB candidates."""
    parts, pos = [], start
    for c in sorted(inside, key=lambda c: c.start):
        if c.start > pos:
            parts.append((pos, c.start))
        pos = max(pos, c.end)
    if pos < end:
        parts.append((pos, end))
    return parts


def _strip(body: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and not body[lo].isalnum():
        lo += 1
    while hi > lo and not body[hi - 1].isalnum():
        hi -= 1
    return lo, hi


def _trim_person(body: str, span: ner.Span) -> tuple[int, int]:
    """Drop leading titles and honorifics from a tagged person ("Presiden Joko Widodo" -> "Joko Widodo")."""
    start, end = span.start, span.end
    for m in _WORD.finditer(body, start, end):
        word = m.group().lower()
        inner = m.end() < end
        if (word in ROLE_WORDS or word in _HONORIFICS or inner and kb.lookup(m.group()) is not None
                or inner and _ACRONYM.fullmatch(m.group())):
            start = m.end()
            continue
        break
    return _strip(body, start, end)


# ranks and forms of address that open a name inside a longer tagged run, besides the KB's titles
_RANKS = titles.RANKS | titles.STYLES | titles.SPORTS_TITLES


def _split_at_title(body: str, start: int, end: int) -> tuple[tuple[int, int] | None, int]:
    """A run tagged as one person with a title or rank inside ("Polres Lhokseumawe AKP Yasir",
    "Simpang Kramat Ipda Abdul Azis") is what comes before it, then the person after it: returns
    the span before (None when there is nothing) and where the person starts."""
    words = list(_WORD.finditer(body, start, end))
    for i in range(len(words) - 2, 0, -1):
        w = words[i].group().lower()
        if (w in _TITLE_WORDS or w in _RANKS) and words[i + 1].group()[:1].isupper():
            lo, hi = _strip(body, start, words[i].start())
            return ((lo, hi) if hi > lo and body[lo].isupper() else None), words[i + 1].start()
    return None, start


def _affiliation(body: str, start: int, end: int) -> Cand:
    """What stood before a title in a person's run: an organisation by its head word or an acronym,
    a place when the gazetteer knows it, else an organisation."""
    from warta.annotate import places

    text = body[start:end]
    typ = _retype(text, "ORG")
    before = body[max(0, start - 20):start].split()
    if typ == "ORG" and not _ORG_HEADS.match(text) and not _ACRONYM.fullmatch(text) and (
            places.load().lookup(text) or before and before[-1].lower() in _OFFICE_OF_PLACE):
        typ = "GPE"  # "Kapolsek Simpang Kramat Ipda ...": the office is that of a place
    return _ner_cand(body, start, end, typ)


# offices named by the area they run: the name after them is a place
_OFFICE_OF_PLACE = titles.OFFICES_OF_PLACE


def _ner_cand(body: str, start: int, end: int, typ: str) -> Cand:
    text = body[start:end]
    entry = kb.lookup(text)
    if entry is not None and _compatible(entry.type, typ):
        return Cand(start, end, entry.type, entry)
    return Cand(start, end, _retype(text, typ))


_EVENT_NAME = re.compile(
    r"^(?:Liga|La Liga|Serie A|Ligue|Bundesliga|Premier League|Piala|Olimpiade|Paralimpiade|Kejuaraan|Festival|"
    r"Pekan Olahraga|Konferensi|KTT|Grand Prix|Tour de|Idul|Hari Raya|Ibadah|Salat|Shalat|Natal|Imlek|Lebaran|"
    r"Ramadan|Ramadhan|Nyepi|Waisak|Tahun Baru|Hari Kemerdekaan|HUT)\b"
    r"|\b(?:Games|Cup|Open|Terbuka|Masters|Championships?|Awards?|Festival|Fest|Expo|Summit|Week|Tour)$")
# a site named in English ("John Wayne Airport", "National Squash Centre"); a club by its usual form
_SITE_TAIL = re.compile(r"\s(?:Airport|Stadium|Arena|Centre|Center|Hotel|Mall|Plaza|Park|Square|Tower|Hall|Museum)$")
_CLUB_NAME = re.compile(r"^(?:Deportivo|Real|Atletico|Atlético|Sporting|Olympique|Borussia|Bayern|Inter|Dynamo|Dinamo)\s"
                        r"|\s(?:FC|CF|SC|United|Calcio|Hotspur|Wanderers|Rovers)$")
_MODEL_WORD = re.compile(r"\b(?=[\w-]*\d)[A-Za-z][\w-]*\b|^\S+ - \S+$")  # "A6", "R150", "HR - V": a model


def _retype(text: str, typ: str) -> str:
    """Head words overrule the tagger ("Gunung Rinjani" is a place, "PT Pertamina" an organisation,
    "Piala Presiden" an event); a "person" named like a model ("Audi A6", "GSX - R150") is a product."""
    if _GPE_HEADS.match(text):
        return "GPE"
    if _LOC_HEADS.match(text) or _SITE_TAIL.search(text):
        return "LOC"
    if _ORG_HEADS.match(text) or _CLUB_NAME.search(text):
        return "ORG"
    if _EVENT_NAME.search(text):
        return "EVENT"
    if typ == "PERSON" and _MODEL_WORD.search(text):
        return "OTHER"
    if typ == "PERSON" and _ACRONYM.fullmatch(text):
        return "ORG"
    return typ


def _compatible(kb_type: str, ner_type: str) -> bool:
    return kb_type == ner_type or {kb_type, ner_type} <= {"GPE", "LOC"}


def _affiliate_orgs(body: str, cands: list[Cand]) -> list[Cand]:
    """An organisation directly followed by a country belongs to it ("Kementerian Pertahanan Korut")."""
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        country = _country_of(cands[i + 1]) if i + 1 < len(cands) else None
        own = c.entry.country if c.entry else None
        if c.type == "ORG" and country and country != own and body[c.end:cands[i + 1].start] == " ":
            sector = c.entry.sector if c.entry else c.sector
            out.append(Cand(c.start, cands[i + 1].end, "ORG", None, country, sector))
            i += 2
            continue
        out.append(c)
        i += 1
    return out


def _country_of(c: Cand) -> str | None:
    """The ISO code when the candidate is a country itself ("Korut", "AS"), else None."""
    if c.entry is not None and c.entry.type == "GPE" and c.entry.id == c.entry.country:
        return c.entry.country
    return None


def _resolve(body: str, cands: list[Cand]) -> list[Entity]:
    """Group mentions into entities: KB ids, person name chains, acronyms in parentheses, then slugs."""
    entities: dict[str, Entity] = {}
    acronyms: dict[str, str] = {}
    _harmonise_types(body, cands)
    person_ids = _person_ids(body, [c for c in cands if c.type == "PERSON"])
    for c in cands:
        text = body[c.start:c.end]
        eid = _entity_id(c, text, person_ids, acronyms)
        ent = entities.get(eid)
        if ent is None:
            ent = entities[eid] = _new_entity(eid, c, text)
        ent.mentions.append(Mention(c.start, c.end, text))
        if c.type == "PERSON":
            _add_roles(body, c, ent)
        if c.entry is None and c.type == "ORG":
            m = _ACRONYM_AFTER.match(body, c.end)
            if m:
                acronyms[m.group(1)] = eid
    _add_bare_acronyms(body, acronyms, entities)
    entities = {k: e for k, e in entities.items() if e.mentions}
    for eid, ent in entities.items():
        if ent.type == "PERSON" and eid in person_ids.values() and kb.get(eid) is None:
            ent.name = _person_name([m.text for m in ent.mentions])
    return sorted(entities.values(), key=lambda e: e.mentions[0].start if e.mentions else len(body))


_NAME_TOKEN = re.compile(r"[\w’'.-]*\w")
_COMMON_GIVEN = names.COMMON_GIVEN
MAX_FORM_TOKENS = 8


def _propagate(body: str, entities: list[Entity], lower: set[str]) -> None:
    """One sense per article: every other occurrence of a name a person was found under, and of the
    first or last word of their full name ("Ford" after "Harrison Ford"), is that person too, where
    no mention covers it already. A word two persons share names neither; a word the article also
    writes in lower case (`lower`) is a common word, capitalised where a sentence starts. Token
    lookups, so the cost is linear in the body."""
    forms: dict[tuple[str, ...], Entity | None] = {}
    parts: dict[tuple[str, ...], Entity | None] = {}
    for ent in entities:
        if ent.type != "PERSON":
            continue
        for m in ent.mentions:
            key = tuple(_NAME_TOKEN.findall(m.text))
            if key and len(key) <= MAX_FORM_TOKENS and any(ch.isupper() for ch in m.text):
                forms[key] = ent if forms.get(key, ent) is ent else None
        words = _NAME_TOKEN.findall(max((m.text for m in ent.mentions), key=len))
        for w in {words[0], words[-1]} if len(words) > 1 else ():
            if len(w) >= 3 and w[0].isupper() and w.lower() not in _COMMON_GIVEN | _TITLE_WORDS | ROLE_WORDS:
                parts[(w,)] = ent if parts.get((w,), ent) is ent else None
    for key, owner in parts.items():
        if key not in forms:
            forms[key] = owner
    forms = {k: e for k, e in forms.items() if not any(w.lower() in lower for w in k)}
    if not forms:
        return
    covered = SpanIndex([m for e in entities for m in e.mentions])
    toks = [(t.start(), t.end(), t.group()) for t in _NAME_TOKEN.finditer(body)]
    lengths: dict[str, list[int]] = {}  # first word -> the lengths of the forms it opens, longest first
    for k in forms:
        lengths.setdefault(k[0], []).append(len(k))
    for n_list in lengths.values():
        n_list.sort(reverse=True)
    i = 0
    while i < len(toks):
        for n in lengths.get(toks[i][2], ()):
            if i + n > len(toks):
                continue
            found = forms.get(tuple(t[2] for t in toks[i:i + n]))
            start, end = toks[i][0], toks[i + n - 1][1]
            if found is not None and not covered.overlapping(start, end) and \
                    (start == 0 or not body[start - 1].isalnum()) and (end == len(body) or not body[end].isalnum()):
                mention = Mention(start, end, body[start:end])
                found.mentions.append(mention)
                covered.add(mention)
                i += n - 1
                break
        i += 1
    for ent in entities:
        ent.mentions.sort(key=lambda m: m.start)


def _person_name(texts: list[str]) -> str:
    """The longest name the article writes for a person, of at most four words (a run once glued to
    it, "Taylor Swift Selena Gomez Rate", is no name)."""
    return max(texts, key=lambda t: (len(t.split()) <= 4, len(t)))


def _harmonise_types(body: str, cands: list[Cand]) -> None:
    """One type per name in an article: a name that opens or closes a tagged person's full name
    is that person ("Butland" after "Jack Butland"); the same text takes its most frequent type."""
    free = [c for c in cands if c.entry is None]
    names = [_fold_words(body, c) for c in free if c.type == "PERSON"]
    # every proper head and tail of a tagged full name, as one set: one lookup per candidate
    parts = {n[:k] for n in names for k in range(1, len(n))} | {n[-k:] for n in names for k in range(1, len(n))}
    votes: dict[str, Counter[str]] = {}
    for c in free:
        words = _fold_words(body, c)
        if c.type != "PERSON" and words in parts:
            c.type = "PERSON"
        votes.setdefault(body[c.start:c.end], Counter())[c.type] += 1
    for c in free:
        c.type = votes[body[c.start:c.end]].most_common(1)[0][0]


def _fold_words(body: str, c: Cand) -> tuple[str, ...]:
    return tuple(kb.fold(w) for w in _WORD.findall(body[c.start:c.end]))


def _entity_id(c: Cand, text: str, person_ids: dict[tuple[int, int], str], acronyms: dict[str, str]) -> str:
    if c.entry is not None:
        return c.entry.id
    if c.type == "PERSON":
        return person_ids[(c.start, c.end)]
    if text in acronyms:
        return acronyms[text]
    return f"{_ID_PREFIX.get(c.type, 'oth')}:{slug(text)}"


def _new_entity(eid: str, c: Cand, text: str) -> Entity:
    if c.entry is not None:
        e = c.entry
        return Entity(eid, e.type, e.name, e.country, e.sector)
    return Entity(eid, c.type, text, c.country, c.sector or _org_sector(text) if c.type == "ORG" else c.sector)


def _org_sector(name: str) -> str | None:
    low = kb.fold(name)
    if low.startswith(("partai ",)):
        return "PTY"
    if low.startswith(("universitas ", "institut ", "sekolah ")):
        return "EDU"
    if low.startswith(("pt ", "bank ")) or low.endswith(" tbk"):
        return "BUS"
    if low.startswith(("kementerian ", "badan ", "dewan ", "komisi ", "pemerintah ", "departemen ")):
        return kb.role_sector(name) or "GOV"
    return None


def slug(text: str) -> str:
    return _SLUG.sub("-", kb.fold(text)).strip("-")


def _person_ids(body: str, persons: list[Cand]) -> dict[tuple[int, int], str]:
    """Map each person mention to the id of the fullest name it is part of ("Kim" -> Kim Jong Un),
    the knowledge base's id where that name is a known person."""
    names: list[tuple[tuple[str, ...], str, int]] = []  # (folded tokens, id, first offset)
    for c in sorted(persons, key=lambda c: (-len(_WORD.findall(body[c.start:c.end])), c.start)):
        toks = _fold_words(body, c)
        if not any(_contains(full, toks) for full, _, _ in names):
            names.append((toks, c.entry.id if c.entry else "per:" + slug(body[c.start:c.end]), c.start))
    out: dict[tuple[int, int], str] = {}
    for c in persons:
        toks = _fold_words(body, c)
        owners = [(full, eid, first) for full, eid, first in names if _contains(full, toks)]
        before = [o for o in owners if o[2] <= c.start]
        best = max(before, key=lambda o: o[2]) if before else owners[0]
        out[(c.start, c.end)] = best[1]
    return out


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return n > 0 and any(full[i:i + n] == part for i in range(len(full) - n + 1))


def _add_roles(body: str, c: Cand, ent: Entity) -> None:
    for role in (_role_before(body, c.start), _role_after(body, c.end)):
        if not role or role in ent.roles:
            continue
        ent.roles.append(role)
        if ent.country is None:
            ent.country = _role_country(role)
        if ent.sector is None:
            ent.sector = kb.role_sector(role)


def _role_before(body: str, start: int) -> str | None:
    """The title right before a name: "kata penasihat keamanan nasional AS [Jake Sullivan]"."""
    lo = max(0, start - 120)
    window = body[lo:start]
    cut = max((m.end() for m in _LEFT_STOP.finditer(window)), default=0)
    window = window[cut:]
    for m in _ROLE_HEAD.finditer(window):
        role = window[m.start():].strip()
        if _role_ok(role):
            return role
    return None


def _role_after(body: str, end: int) -> str | None:
    """An apposition after a name: "[Jake Sullivan], penasihat keamanan nasional AS,"."""
    m = _RIGHT_ROLE.match(body, end)
    if not m:
        return None
    role = m.group(1).strip()
    head = _ROLE_HEAD.match(role)
    return role if head and _role_ok(role) else None


def _role_ok(role: str) -> bool:
    words = _WORD.findall(role)
    if not words or len(words) > MAX_ROLE_WORDS:
        return False
    for i, w in enumerate(words):
        low = w.lower()
        if low in ROLE_WORDS or w[:1].isupper():
            continue
        joins_names = low in _CONNECTORS and 0 < i < len(words) - 1 and words[i + 1][:1].isupper()
        if not joins_names and (low in _BREAKERS or _VERBISH.match(low)):
            return False
    return True


def _role_country(role: str) -> str | None:
    for m in kb.find(role):
        if m.entry.country:
            return m.entry.country
    return None


def _add_bare_acronyms(body: str, acronyms: dict[str, str], entities: dict[str, Entity]) -> None:
    """Untagged later uses of an acronym introduced in parentheses join its entity."""
    for acr, eid in acronyms.items():
        ent = entities[eid]
        seen = {(m.start, m.end) for m in ent.mentions}
        for m in re.finditer(r"\b" + re.escape(acr) + r"\b", body):
            if (m.start(), m.end()) in seen:
                continue
            _drop_inside(entities, m.start(), m.end())
            if not _covered(entities, m.start(), m.end()):
                ent.mentions.append(Mention(m.start(), m.end(), acr))
        ent.mentions.sort(key=lambda x: x.start)


def _drop_inside(entities: dict[str, Entity], start: int, end: int) -> None:
    """Remove mentions lying strictly inside [start, end) ("Jakarta" inside "LBH Jakarta")."""
    for ent in entities.values():
        ent.mentions = [m for m in ent.mentions
                        if not (start <= m.start and m.end <= end and (m.start, m.end) != (start, end))]


def _covered(entities: dict[str, Entity], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for e in entities.values() for m in e.mentions)


def _wire_sources(wires: list[str], entities: list[Entity]) -> list[Entity]:
    """Credited agencies ("sumber : Reuters") are entities of the article even when cleaning took the line out."""
    have = {e.id for e in entities}
    out = []
    for name in wires:
        entry = kb.lookup(name)
        eid = entry.id if entry else "org:" + slug(name)
        if eid in have:
            continue
        have.add(eid)
        if entry:
            out.append(Entity(eid, entry.type, entry.name, entry.country, entry.sector))
        else:
            out.append(Entity(eid, "ORG", name, None, "JRN"))
    return out
