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
from typing import TYPE_CHECKING

from warta.annotate import kb, ner
from warta.annotate.actors import actor_spans
from warta.annotate.entity_identity import (
    CONNECTORS,
    ROLE_WORDS,
    TITLE_WORDS,
    VERBISH,
    WORD,
    Cand,
    country_of,
    join_declared_aliases,
    propagate,
    resolve_entities,
    wire_source_entities,
)
from warta.annotate.overlap import SpanIndex
from warta.lang.id import function_words as fw
from warta.lang.id import names, nouns, places, titles

if TYPE_CHECKING:
    from warta.doc import Doc

_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")
_DEFINED = re.compile(r"\(([A-Z]{2,8})\)")
_HONORIFICS = titles.HONORIFICS
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


def link_entities(doc: Doc) -> None:
    """Fill `article.entities`: every name with one id, its type, country, sector, roles and mentions."""
    art = doc.article
    body = art.body
    if not body.strip():
        return
    matches = kb.find(body, doc.tokens)
    lower = set(re.findall(r"\b[a-z][\w-]*\b", body))
    cands = [Cand(m.start, m.end, m.entry.type, m.entry) for m in matches
             if not (m.entry.type == "PERSON" and _inside_longer_name(body, m.start, m.end, lower))]
    tagger = ner.load()
    if tagger is not None:
        index, found = SpanIndex(cands), SpanIndex(matches)
        for (start, end), (a, b) in zip(doc.sentences, doc.sentence_tokens, strict=True):
            _merge_ner(body, index, tagger.spans(body[start:end], start, found.overlapping(start, end),
                                                 doc.tokens[a:b]))
        cands = list(index)
    cands = _split_glued(body, cands, lower)
    cands = _places_by_context(body, cands)
    cands = _head_orgs(body, cands)
    cands = _acronym_definitions(body, cands)
    cands = _affiliate_orgs(body, sorted(cands, key=lambda c: c.start))
    entities, declared = join_declared_aliases(body, resolve_entities(body, cands))
    propagate(body, entities, lower, declared)
    entities += wire_source_entities(art.wire_sources, entities)
    art.entities = entities
    doc.actors, doc.home = actor_spans(art, matches, doc.options.home)


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
        if w not in TITLE_WORDS and w not in ROLE_WORDS and w not in _RANKS and w not in _HONORIFICS \
                and w not in lower and w not in CONNECTORS and kb.lookup(m.group(1)) is None:
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
    if low in TITLE_WORDS or low in ROLE_WORDS or low in _OFFICE_WORDS:
        return True
    return low in lower and _opens_sentence(body, c.start)


_OFFICE_WORDS = nouns.BODY_NOUNS


_LIST_GAP = re.compile(r",\s*(?:dan\s+|serta\s+|atau\s+)?|\s+(?:dan|serta|atau)\s+")
_HEAD_BEFORE = re.compile(r"\b(" + _LOC_HEADS.pattern.lstrip("^").removesuffix(r"\b") + "|"
                          + _GPE_HEADS.pattern.lstrip("^").removesuffix(r"\b") + r")\s$")


def _places_by_context(body: str, cands: list[Cand]) -> list[Cand]:
    """Single words the tagger took for persons that their context says are places:
    - a member of a list whose other members are mostly places ("Stasiun Klaten, Ceper, Delanggu,
      Gawok, Purwosari, dan Solo Balapan": Gawok is a station too);
    - a word right after a place head ("Kampung Tangguh", "Desa Sukamaju"), which joins the name.
    A name the knowledge base knows keeps its type."""
    cands = sorted(cands, key=lambda c: c.start)
    run: list[Cand] = []

    def settle() -> None:
        places = sum(c.type in ("GPE", "LOC") for c in run)
        persons = [c for c in run if c.type == "PERSON" and c.entry is None and " " not in body[c.start:c.end]]
        if len(run) >= 3 and persons and places > len(run) // 2:
            for c in persons:
                c.type = "LOC"

    for i, c in enumerate(cands):
        prev = cands[i - 1] if i else None
        gap = body[prev.end:c.start] if prev else ""
        if prev is not None and _LIST_GAP.fullmatch(gap):
            run.append(c)
        else:
            settle()
            run = [c]
        if c.type == "PERSON" and c.entry is None and " " not in body[c.start:c.end]:
            head = _HEAD_BEFORE.search(body, max(0, c.start - 20), c.start)
            if head and not (prev and prev.end > head.start()):
                c.start, c.type = head.start(), "GPE" if _GPE_HEADS.match(head.group(1)) else "LOC"
    settle()
    return cands


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
    words = list(WORD.finditer(body, c.start, c.end))
    text = body[c.start:c.end]
    if len(words) > 1 and words[0].group().lower() == "timnas":  # a common word: the country is the name
        return _pieces(body, Cand(words[1].start(), c.end, "GPE"))
    for i, w in enumerate(words[1:], 1):
        low = w.group().lower()
        if (low in _RANKS or low in TITLE_WORDS and w.group()[:1].isupper()) and i < len(words) - 1 \
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
        if w.group()[:1].isupper() and len(low) >= 7 and VERBISH.match(low) and kb.lookup(w.group()) is None:
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
    words = list(WORD.finditer(body, max(0, pos - 160), pos))
    letters = list(acronym)
    start = None
    while words and letters:
        w = words.pop()
        if w.group().lower() in CONNECTORS:
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
    words = list(WORD.finditer(body, start, end))
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
    for m in WORD.finditer(body, start, end):
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
    words = list(WORD.finditer(body, start, end))
    for i in range(len(words) - 2, 0, -1):
        w = words[i].group().lower()
        if (w in TITLE_WORDS or w in _RANKS) and words[i + 1].group()[:1].isupper():
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
        country = country_of(cands[i + 1]) if i + 1 < len(cands) else None
        own = c.entry.country if c.entry else None
        if c.type == "ORG" and country and country != own and body[c.end:cands[i + 1].start] == " ":
            sector = c.entry.sector if c.entry else c.sector
            out.append(Cand(c.start, cands[i + 1].end, "ORG", None, country, sector))
            i += 2
            continue
        out.append(c)
        i += 1
    return out
