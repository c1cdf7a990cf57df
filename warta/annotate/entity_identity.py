"""One identity per thing an article names: mentions found by the entities stage grouped into
entities, with ids (the knowledge base's, else a slug), types made consistent, short forms of a
name joined to it, roles and bare acronyms added.

Split from `entities.py`, which finds the mentions; this module decides which mentions are one thing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from warta.annotate import kb
from warta.annotate.kb import KBEntry
from warta.annotate.overlap import SpanIndex
from warta.lang.id import function_words as fw
from warta.lang.id import names, speech, titles
from warta.model import Entity, Mention

WORD = re.compile(r"\w+(?:[-’']\w+)*")
_SLUG = re.compile(r"[^a-z0-9]+")
_LEFT_STOP = re.compile(r"[,.;:!?\"“”‘’]|\n|(?:^|\s)'|'(?:\s|$)")
_RIGHT_ROLE = re.compile(r"\s*,\s*([^,.;:!?\"“”‘’\n]{3,80})")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]*[A-Z][A-Za-z]*(?: [A-Z][a-z]+)?)\)")
CONNECTORS = names.CONNECTORS
VERBISH = re.compile(r"^(me|mem|men|meng|meny|di|ber|ter)[a-z]{3,}$")
# words a role phrase never holds ("dalam" is kept: "menteri dalam negeri")
_BREAKERS = (fw.CONJUNCTIONS | fw.RELATIVE | fw.DEMONSTRATIVES | fw.PREPOSITIONS - {"dalam"} | speech.AFTER_VERBS
             | fw.VERBAL_NEGATION | fw.ASPECT)
ROLE_WORDS = frozenset(w for phrase, _ in kb.ROLE_SECTORS for w in phrase.split())
TITLE_WORDS = frozenset(p.split()[0] for p, _ in kb.ROLE_SECTORS) - titles.NAME_OPENERS
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


def country_of(c: Cand) -> str | None:
    """The ISO code when the candidate is a country itself ("Korut", "AS"), else None."""
    if c.entry is not None and c.entry.type == "GPE" and c.entry.id == c.entry.country:
        return c.entry.country
    return None


def resolve_entities(body: str, cands: list[Cand]) -> list[Entity]:
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


# "Angelina Sondakh (Angie)", "Basuki Tjahaja Purnama alias Ahok", "..., yang akrab disapa BTM": the
# article says which short name it will use for the person just named
_DECLARED_ALIAS = re.compile(
    r"\s*(?:\((?P<paren>[A-Z][\w’'-]{1,20}(?: [A-Z][\w’'-]{1,20})?)\)"
    r"|,?\s+(?:alias|(?:(?:yang|atau)\s+)?(?:(?:lebih\s+)?(?:akrab|biasa|kerap|sering|populer)\s+)?"
    r"(?:disapa|dipanggil|disebut|dikenal(?:\s+dengan\s+(?:nama|sebutan))?)(?:\s+dengan)?)\s+"
    r"(?P<word>[A-Z][\w’'-]{1,20}(?: [A-Z][\w’'-]{1,20})?)(?![\w’'-]))")


def _nickname(alias: str, name: str) -> bool:
    """A short name in parentheses is a nickname when it is one word that begins like a word of the
    name ("Angelina Sondakh (Angie)", "Julia Perez (Jupe)"); a team, a role, a place or an actor's
    name in parentheses does not."""
    low = alias.lower()
    return " " not in alias and not alias.isupper() and len(low) >= 3 and \
        any(w.lower()[:2] == low[:2] for w in name.split())


def join_declared_aliases(body: str, entities: list[Entity]) -> tuple[list[Entity], dict[str, Entity]]:
    """A short name the article declares for a person right after naming them is that person: a
    separate entity under that name joins them, and the name is theirs for the rest of the article
    (returned for `propagate`, which finds its other occurrences): "alias Ahok", "yang akrab disapa
    Risma", or a nickname in parentheses."""
    declared: dict[str, Entity] = {}
    for ent in entities:
        if ent.type != "PERSON":
            continue
        for m in ent.mentions:
            d = _DECLARED_ALIAS.match(body, m.end)
            if not d:
                continue
            alias = d.group("paren") or d.group("word")
            known = kb.lookup(alias)
            if alias.lower() in TITLE_WORDS or alias in m.text.split() or (known and known.type != "PERSON"):
                continue
            if d.group("paren") and not _nickname(alias, m.text):
                continue  # "Lorenzo (Ducati)", "Daenerys Targaryen (Emilia Clarke)", "Budi (PDIP)": no alias
            declared.setdefault(alias, ent)
    if not declared:
        return entities, declared
    gone: set[int] = set()
    for other in entities:
        owner = declared.get(other.mentions[0].text) if other.mentions else None
        if owner is not None and other is not owner and other.type in ("PERSON", "OTHER") \
                and all(m.text == other.mentions[0].text for m in other.mentions):  # known only by that name
            owner.mentions = sorted(owner.mentions + other.mentions, key=lambda m: m.start)
            gone.add(id(other))
    return [e for e in entities if id(e) not in gone], declared


_NAME_TOKEN = re.compile(r"[\w’'.-]*\w")
_COMMON_GIVEN = names.COMMON_GIVEN
MAX_FORM_TOKENS = 8


def propagate(body: str, entities: list[Entity], lower: set[str], declared: dict[str, Entity] | None = None) -> None:
    """One sense per article: every other occurrence of a name a person was found under, and of the
    first or last word of their full name ("Ford" after "Harrison Ford"), is that person too, where
    no mention covers it already. A word two persons share names neither; a word the article also
    writes in lower case (`lower`) is a common word, capitalised where a sentence starts. Token
    lookups, so the cost is linear in the body. `declared`: short names the article gave a person."""
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
            if len(w) >= 3 and w[0].isupper() and w.lower() not in _COMMON_GIVEN | TITLE_WORDS | ROLE_WORDS:
                parts[(w,)] = ent if parts.get((w,), ent) is ent else None
    for key, owner in parts.items():
        if key not in forms:
            forms[key] = owner
    for alias, owner in (declared or {}).items():  # the short names the article declared
        forms[tuple(_NAME_TOKEN.findall(alias))] = owner
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
    return tuple(kb.fold(w) for w in WORD.findall(body[c.start:c.end]))


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
    for c in sorted(persons, key=lambda c: (-len(WORD.findall(body[c.start:c.end])), c.start)):
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
    words = WORD.findall(role)
    if not words or len(words) > MAX_ROLE_WORDS:
        return False
    for i, w in enumerate(words):
        low = w.lower()
        if low in ROLE_WORDS or w[:1].isupper():
            continue
        joins_names = low in CONNECTORS and 0 < i < len(words) - 1 and words[i + 1][:1].isupper()
        if not joins_names and (low in _BREAKERS or VERBISH.match(low)):
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


def wire_source_entities(wires: list[str], entities: list[Entity]) -> list[Entity]:
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
