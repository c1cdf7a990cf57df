"""Who is speaking: a cue's speaker phrase into a name, role and entity.

Works on raw text so it does not wait for entities: the name is the last run
of capitalised words in the phrase, with leading titles ("Menteri", "Juru
bicara") and anything up to the last country, acronym or organisation word
("AS", "Rusia", "Kremlin") moved into the role. When the entities stage has
run, a PERSON (or else ORG/GPE) mention inside the phrase wins and gives the
canonical name and id. Pronouns and clitics ("katanya", "ia", "beliau")
resolve to the most recent salient person (`at_subject`) outside any
statement; a bare surname ("Menurut Sullivan") resolves to the fuller name
seen earlier, a bare office ("Panglima TNI") to its holder (`by_role`).
Descriptions ("Seorang pejabat Kementerian Pertahanan Korut", "Para
pengamat") become the name, with no entity id.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from warta.annotate.overlap import SpanIndex
from warta.annotate.quote_cues import AFTER_VERBS, PRONOUNS, SAY_VERBS
from warta.lang.id import calendar, modality, names, nouns, outlets, places, titles, verbs
from warta.lang.id import function_words as fw
from warta.model import DateExpr, Entity, Speaker

WORD = re.compile(r"[^\s,;:()“”\"«»]+")
# words that end a speaker phrase ("kata X saat ...", "kata X kepada wartawan")
STOP_WORDS = fw.PREPOSITIONS | fw.CONJUNCTIONS | fw.RELATIVE | fw.SEQUENCE | SAY_VERBS
TITLES = titles.TITLE_WORDS
# what follows a title in a role: "Menteri Luar Negeri", "Kepala Dinas Kesehatan"
PORTFOLIOS = titles.PORTFOLIOS
MEDIA_WORDS = outlets.MEDIA_WORDS
ORG_WORDS = nouns.ORG_WORDS | frozenset(places.REGIONAL_OFFICES) | MEDIA_WORDS
PLACES = places.PLACE_WORDS | frozenset(c for c in places.CAPITALS if " " not in c) | places.DIVISIONS
# "Politikus PPP itu menyebut, …": a description pointing back at someone already named
DEMONSTRATIVES = fw.DEMONSTRATIVES
# divisions and sites a role names before the name in apposition ("Camat Neglasari, Kabupaten Tangerang, X")
ADMIN_WORDS = places.DIVISIONS | frozenset(head.split()[0] for head in places.SITE_HEADS)
DESCRIPTORS = fw.DETERMINERS | nouns.SOURCE_NOUNS | titles.DESCRIPTIVE_TITLES
# capitalised words that open a clause and no name ("dan" may open the rest of a name: "dan Pelatihan ...")
FUNCTION_WORDS = (fw.PREPOSITIONS | fw.CONJUNCTIONS - fw.COORDINATORS | fw.DEMONSTRATIVES | fw.SENTENCE_ADVERBS
                  | fw.SEQUENCE | fw.ENGLISH)
CALENDAR = frozenset(calendar.WEEKDAYS) | frozenset(calendar.MONTH_NAMES)
# words after which a person is met or named in passing, not the subject
PREPOSITIONS = fw.PREPOSITIONS - {"menurut"} | fw.COORDINATORS | fw.APPOSITIVES | verbs.MEETING_VERBS
SPEAKER_MARKERS = AFTER_VERBS | frozenset(f"{v}nya" for v in AFTER_VERBS) | {"menurut"} | fw.COPULAS
VERB_PREFIXES = ("me", "ber", "ter", "di")
# words after a person that show a predicate follows ("X juga ...", "X yakin ..."); modals and "bukan"
# are left out, as they cost speaker accuracy on the PFSA-ID dev sets
PREDICATE_WORDS = (fw.ASPECT | fw.VERBAL_NEGATION | fw.ADVERBS | fw.SEQUENCE | fw.TEMPORAL_CONJUNCTIONS | fw.RELATIVE
                   | fw.CAPACITY | verbs.STANCE_WORDS | modality.NEGATING_VERBS)
AFTER_SUBJECT = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:,[^,.\n]{1,80},)?[ \t]*(?P<word>[a-z][\w-]*)")
ROLE_GLUE = frozenset({"dan", "yang", "juga", "di", "dari", "(", ")", "-", "–", "—"})
MAX_ROLE_WORDS = 14
PARTICLES = names.PARTICLES


@dataclass(slots=True)
class Parsed:
    """A speaker phrase read: the Speaker plus whether it can be an antecedent of "ia"."""

    speaker: Speaker
    person: bool
    pronoun: bool = False


@dataclass
class PersonIndex:
    """Persons seen so far by position, for pronoun and surname resolution."""

    positions: list[int] = field(default_factory=list)
    people: list[Speaker] = field(default_factory=list)

    def add(self, pos: int, speaker: Speaker) -> None:
        i = bisect.bisect_right(self.positions, pos)
        self.positions.insert(i, pos)
        self.people.insert(i, speaker)

    def latest(self, before: int) -> Speaker | None:
        i = bisect.bisect_left(self.positions, before)
        return self.people[i - 1] if i else None

    def latest_at(self, before: int) -> tuple[int, Speaker] | None:
        i = bisect.bisect_left(self.positions, before)
        return (self.positions[i - 1], self.people[i - 1]) if i else None

    def by_role(self, role: str, before: int) -> Speaker | None:
        """The latest earlier person holding `role` ("kata Panglima TNI" after "Panglima TNI Hadi Tjahjanto")."""
        role = role.lower().strip()
        if not role or role.split()[0] not in TITLES:
            return None
        i = bisect.bisect_left(self.positions, before)
        for person in reversed(self.people[:i]):
            held = (person.role or "").lower()
            if person.name and (held == role or held.startswith(role + " ")):
                return person
        return None

    def full_name(self, short: str, before: int) -> Speaker | None:
        """The latest earlier person whose name contains every word of `short`."""
        words = set(short.lower().split())
        i = bisect.bisect_left(self.positions, before)
        for person in reversed(self.people[:i]):
            name = (person.name or "").lower().split()
            if len(name) > len(words) and words <= set(name):
                return person
        return None


def is_capital(word: str) -> bool:
    return word[:1].isupper() or word.lower() in PARTICLES


def cut_phrase(body: str, start: int, end: int, dates: list[DateExpr]) -> tuple[int, int]:
    """The speaker phrase starting at `start`: words up to a stop word, punctuation or date.

    A capitalised word is never a stop word ("Menteri Dalam Negeri", "Satuan Lalu
    Lintas"), and a phrase runs on over "dan" between capitalised words, an
    enumeration ("Bidang Politik, Hukum, dan Keamanan") and a parenthesised
    acronym ("PT Kereta Commuter Indonesia (KAI Commuter) Wiwik Widayanti")."""
    last, pos = start, start
    while pos < end:
        m = WORD.search(body, pos, end)
        if m is None:
            break
        gap = body[last:m.start()]
        if gap.strip():
            joined = _joined(body, last, end)
            if joined is None:
                break
            last = pos = joined
            continue
        word = m.group()
        if word.strip(".") in STOP_WORDS and not (word == "dan" and _between_capitals(body, last, m.end(), end)):
            break
        if any(d.start <= m.start() < d.end for d in dates):
            break
        word_end = m.end() - 1 if word.endswith(".") and not _abbreviation(word) else m.end()
        last = pos = word_end
        if word_end < m.end():
            break
    s = start
    while s < last and body[s].isspace():
        s += 1
    return s, last


def _between_capitals(body: str, before: int, after: int, end: int) -> bool:
    prev = body[:before].split()
    nxt = WORD.match(body, after + 1, end) if body[after:after + 1] == " " else None
    return bool(prev) and is_capital(prev[-1]) and nxt is not None and nxt.group()[:1].isupper()


def _joined(body: str, pos: int, end: int) -> int | None:
    """Where the phrase goes on after punctuation at `pos` that only joins it, or None."""
    for pattern in (ACRONYM, ENUMERATION):
        m = pattern.match(body, pos, end)
        if m:
            return m.end()
    return None


def _abbreviation(word: str) -> bool:
    return word.lower() in TITLES or (len(word) <= 3 and word[0].isupper())


def _within(mentions: list[tuple[int, int, Entity]], lo: int, hi: int) -> list[tuple[int, int, Entity]]:
    """The mentions inside [lo, hi) of a list sorted by start: a bisection, not a scan of the article."""
    out = []
    for i in range(bisect.bisect_left(mentions, lo, key=lambda m: m[0]), len(mentions)):
        if mentions[i][0] >= hi:
            break
        if mentions[i][1] <= hi:
            out.append(mentions[i])
    return out


def parse(text: str, offset: int, mentions: list[tuple[int, int, Entity]]) -> Parsed:
    """Read a speaker phrase `text` found at body offset `offset`; `mentions` sorted by start."""
    lowered = text.lower().strip()
    if not lowered or lowered in PRONOUNS or lowered.split()[0] in PRONOUNS or lowered.split()[-1] in DEMONSTRATIVES:
        return Parsed(Speaker(), False, pronoun=True)
    inside = _within(mentions, offset, offset + len(text))
    if inside:
        return _from_entity(text, offset, inside)
    return _from_text(text)


def _from_entity(text: str, offset: int, inside: list[tuple[int, int, Entity]]) -> Parsed:
    persons = [m for m in inside if m[2].type == "PERSON"]
    start, end, ent = (persons or inside)[-1]
    if not persons and any(w[:1].isupper() for w in text[end - offset:].split()):
        return _from_text(text)  # a name the entities stage missed, after an organisation
    role = text[: start - offset].strip(" ,") or (ent.roles[0] if ent.roles else None)
    if ent.type != "PERSON" and role and role.split()[0].lower() in DESCRIPTORS:
        return Parsed(Speaker(text.strip(), None, None), False)
    # "Ketua Bawaslu Indramayu Nurhadi" read as one organisation: still a person speaking
    titled = bool(role and role.split()[0].lower() in TITLES) and end - offset >= len(text.rstrip())
    return Parsed(Speaker(ent.name, ent.id, role or None), ent.type == "PERSON" or titled)


_AFTER_ACRONYM = re.compile(r"\([A-Z][A-Za-z&.]*[A-Z][A-Za-z&.]*\)[ \t]+(?=[A-Z])")


def _from_text(text: str) -> Parsed:
    after = list(_AFTER_ACRONYM.finditer(text))
    if after:  # "Kepala Badan Nasional Penanggulangan Bencana (BNPB) Doni Monardo": the name follows the acronym
        rest = _from_text(text[after[-1].end():])
        if rest.person and rest.speaker.role is None:
            return Parsed(Speaker(rest.speaker.name, None, PARENTHESES.sub("", text[:after[-1].end()]).strip()
                                  or None), True)
    words = PARENTHESES.sub("", text).split()
    if words[0].lower() in DESCRIPTORS or not any(w[:1].isupper() for w in words[1:] + words[:1]):
        return Parsed(Speaker(text.strip(), None, None), False)
    run_end = max(i for i, w in enumerate(words) if is_capital(w)) + 1
    run_start = run_end
    while run_start > 0 and is_capital(words[run_start - 1]):
        run_start -= 1
    run = words[run_start:run_end]
    cut = _name_start(run, after_role=run_start > 0)
    cut += _after_last_title(run[cut:])
    name_words = run[cut:]
    if name_words and len(name_words[-1]) > 2:
        name_words[-1] = name_words[-1].rstrip(".")
    while len(name_words) > 1 and name_words[0].lower() in PORTFOLIOS:
        cut, name_words = cut + 1, name_words[1:]  # "Kementerian Luar Negeri Teuku Faizasyah": the portfolio
    role = " ".join(words[:run_start] + run[:cut]).strip(" ,") or None
    if not name_words:
        return Parsed(Speaker(" ".join(run), None, role), False)
    if all(w.lower() in PORTFOLIOS for w in name_words) and cut:  # "Kementerian Luar Negeri": a body, no one
        return Parsed(Speaker(" ".join(run), None, None), False)
    org = any(w.lower() in ORG_WORDS | MEDIA_WORDS for w in name_words)
    if org and cut == 0 and role is None:
        return Parsed(Speaker(" ".join(run), None, None), False)
    return Parsed(Speaker(" ".join(name_words), None, role), not org)


def _after_last_title(words: list[str]) -> int:
    """Words to skip so a name starts after its rank: "Sleman Ajun Komisaris Mega Tetuko" -> "Mega Tetuko"."""
    titles = [i for i, w in enumerate(words[:-1]) if w.lower().strip(".") in TITLES]
    return titles[-1] + 1 if titles else 0


def _name_start(run: list[str], after_role: bool = False) -> int:
    """Index in a capitalised run where the person's name starts; `after_role` when the run
    continues a role ("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD")."""
    cut = 0
    while cut < len(run) - 1 and (
        run[cut].lower().strip(".") in TITLES or ((cut or after_role) and run[cut].lower().strip("./") in PORTFOLIOS)
    ):
        cut += 1
    for i in range(len(run) - 1, cut - 1, -1):
        w = run[i]
        bare = w.lower().strip(".")
        if bare in PLACES or bare in ORG_WORDS or (w.isupper() and len(w) <= 5 and i < len(run) - 1):
            if i < len(run) - 1:
                return i + 1
            break
    return cut


def at_subject(body: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether a person mention is the subject of its clause, not an object in passing:
    it opens the clause (after at most a role: "Kepala Dinas Kesehatan X …") or a verb
    follows it ("X, warga Donggala, menyatakan …"), and no preposition precedes it."""
    prefix = body[sentence_start:start]
    before = prefix.split()
    if before and before[-1].lower() in PREPOSITIONS:
        return False
    if before and before[-1].lower() in SPEAKER_MARKERS:
        return True
    words = prefix[prefix.rfind(",") + 1:].split()
    if len(words) <= MAX_ROLE_WORDS and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLES | PORTFOLIOS | ROLE_GLUE for w in words
    ):
        return True
    m = AFTER_SUBJECT.match(body, end)
    return m is not None and (m.group("word").startswith(VERB_PREFIXES) or m.group("word") in PREDICATE_WORDS)


def is_description(speaker: Speaker) -> bool:
    return bool(speaker.name) and speaker.name.split()[0].lower() in DESCRIPTORS  # type: ignore[union-attr]


def raw_people(body: str, excluded: SpanIndex[Any]) -> list[tuple[int, int, Speaker]]:
    """Capitalised runs that look like people (two or more name words after titles), by position;
    a run that starts inside one of the `excluded` spans (the statements) is none."""
    out = []
    for m in PERSON_RUN.finditer(body):
        if excluded.overlapping(m.start(), m.start() + 1):
            continue
        words = m.group().split()
        while words and words[0].lower() in FUNCTION_WORDS:
            words = words[1:]
        if any(w.lower() in CALENDAR for w in words):
            continue
        name = words[_name_start(words):]
        if len(name) < 2 or any(w.lower() in ORG_WORDS | PLACES | MEDIA_WORDS for w in name):
            continue
        out.append((m.start(), m.end(), Speaker(" ".join(name), None, " ".join(words[: len(words) - len(name)]) or None)))
    return out


ACRONYM = re.compile(r"[ \t]*\([A-Z][\w&.’' -]{0,40}\)(?=[ \t]+[A-Z])")
ENUMERATION = re.compile(r"(?:,[ \t]*[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})+,?[ \t]+dan(?=[ \t]+[A-Z])")
PARENTHESES = re.compile(r"[ \t]*\([^()]*\)")
PERSON_RUN = re.compile(rf"(?<![\w.])[A-Z][\w’'-]*\.?(?:[ \t]+(?:[A-Z][\w’'-]*\.?|{'|'.join(sorted(PARTICLES))})){{1,6}}")
