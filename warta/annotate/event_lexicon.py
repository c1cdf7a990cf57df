"""The predicate lexicon: Indonesian verbs and phrases mapped to PLOVER types.

It ships as data (`resources/events/predicates.tsv`) so a user can extend it
without touching code: add lines there, or point `WARTA_EVENT_LEXICON` at
TSV files of the same shape. Matching is on lowercased word tokens, longest
form first; "~" in a form allows a gap of up to three words ("memasok ~
senjata" matches "memasok 500 pucuk senjata"). The last word of a form also
matches with the possessive "-nya" ("bantuannya"), and every one-word meN-
verb brings its di- passive ("mengecam" -> "dikecam") unless listed itself.
A form listed with the type NONE is never an event: it blocks the readings it
overlaps ("diduga" is a hedge, not the passive of "menduga").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

WORD = re.compile(r"\w+(?:-\w+)*|[^\w\s]")
GAP = "~"
MAX_GAP = 3
VOICES = ("active", "passive", "patient", "noun", "receive")
ENV_VAR = "WARTA_EVENT_LEXICON"
POSSESSIVE = "nya"
REFLEXIVE = "diri"
NO_EVENT = "NONE"  # the type of a form that is never an event


@dataclass(frozen=True, slots=True)
class Predicate:
    form: tuple[str, ...]
    type: str
    mode: str | None
    cameo: str | None
    voice: str
    derived: bool = False  # a di- passive made from a listed active verb: trusted only with its agent


@dataclass(frozen=True, slots=True)
class Trigger:
    """A lexicon hit: token indices [first, last] and the predicate."""

    first: int
    last: int
    predicate: Predicate


def parse_lexicon(text: str, origin: str = "<lexicon>") -> list[Predicate]:
    """Predicates from TSV text; a malformed line raises ValueError naming it."""
    out: list[Predicate] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 5)[:5]
        forms, etype, mode, cameo, voice = (c.strip() for c in cols)
        voice = voice or "active"
        if not forms or not etype.isupper() or voice not in VOICES:
            raise ValueError(f"{origin}:{n}: expected forms<TAB>TYPE<TAB>mode<TAB>cameo<TAB>voice")
        for form in forms.split("|"):
            toks = tuple(WORD.findall(form.lower()))
            if toks:
                out.append(Predicate(toks, etype, mode or None, cameo or None, voice))
    return out


# meN- prefix -> the roots it may hide (the nasal replaces k, t, s, p).
_PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("memper", ("per",)), ("meng", ("k", "")), ("meny", ("s",)), ("mem", ("p", "")), ("men", ("t", "")),
    ("me", ("",)),
)


def passive_forms(verb: str) -> set[str]:
    """The di- passives an active meN- verb may have: "mengecam" -> "dikecam", "menyerang" -> "diserang"."""
    for prefix, restores in _PREFIXES:
        rest = verb[len(prefix):]
        if verb.startswith(prefix) and len(rest) > 2:
            vowel = rest[0] in "aeiou"
            return {"di" + r + rest for r in restores if vowel or not r or prefix == "memper"}
    return set()


def with_passives(preds: list[Predicate]) -> list[Predicate]:
    """Add the di- passive of every one-word active verb that the lexicon does not list itself."""
    known = {p.form for p in preds}
    extra = []
    for p in preds:
        if p.voice == "active" and len(p.form) == 1:
            for form in sorted(passive_forms(p.form[0])):
                if (form,) not in known:
                    known.add((form,))
                    extra.append(Predicate((form,), p.type, p.mode, p.cameo, "passive", derived=True))
    return preds + extra


@lru_cache(maxsize=8)
def load_lexicon(extra: tuple[str, ...] = ()) -> tuple[Predicate, ...]:
    """The shipped lexicon plus the user's files `extra` (`Options.event_lexicon`, from
    WARTA_EVENT_LEXICON at the command line) and derived passives, longest forms first (read once)."""
    path = resources.files("warta") / "resources" / "events" / "predicates.tsv"
    preds = parse_lexicon(path.read_text(encoding="utf-8"), "predicates.tsv")
    for name in extra:
        try:
            text = Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"{ENV_VAR}: cannot read {name} ({exc})") from None
        preds += parse_lexicon(text, name)
    latest = {p.form: p for p in preds}  # a form listed again (in a user's file) takes the later reading
    # most literal words first: "melancarkan serangan verbal" before "melancarkan ~ serangan"
    return tuple(sorted(with_passives(list(latest.values())), key=lambda p: (p.form.count(GAP) - len(p.form),
                                                                              p.form.count(GAP))))


@lru_cache(maxsize=8)
def _by_first_word(extra: tuple[str, ...] = ()) -> dict[str, tuple[Predicate, ...]]:
    index: dict[str, list[Predicate]] = {}
    for pred in load_lexicon(extra):
        index.setdefault(pred.form[0], []).append(pred)
    return {k: tuple(v) for k, v in index.items()}


def reload() -> None:
    """Read the lexicon files again (after editing them)."""
    load_lexicon.cache_clear()
    _by_first_word.cache_clear()


def _match(words: list[str], i: int, form: tuple[str, ...]) -> int | None:
    """Index of the last token when `form` matches at `i`, else None."""
    j = i
    gap = False
    for k, part in enumerate(form):
        if part == GAP:
            gap = True
            continue
        limit = j + (MAX_GAP + 1 if gap else 1) if k else j + 1
        found = next((x for x in range(j, min(limit, len(words))) if _same_word(words[x], part)), None)
        if found is None:
            return None
        j, gap = found + 1, False
    return j - 1


def _same_word(word: str, part: str) -> bool:
    """The form's word, or it with the possessive "-nya" ("bantuannya", "kunjungannya")."""
    return word == part or (len(part) > 3 and word == part + POSSESSIVE)


def find_triggers(words: list[str], blockers: bool = False, extra: tuple[str, ...] = ()) -> list[Trigger]:
    """Non-overlapping lexicon hits in lowercased tokens, longest first, left to right; with `blockers`,
    the hits of forms typed NONE too (which the event coder must not code); `extra` the user's files."""
    index = _by_first_word(extra)
    out: list[Trigger] = []
    i = 0
    while i < len(words):
        hit = None
        word = words[i]
        stem = word[:-len(POSSESSIVE)] if word.endswith(POSSESSIVE) else None
        for pred in index.get(word, ()) + (index.get(stem, ()) if stem else ()):
            last = _match(words, i, pred.form)
            if last is not None:
                hit = Trigger(i, last, pred)
                break
        if hit is None or _reflexive(words, hit):
            i += 1
            continue
        if blockers or hit.predicate.type != NO_EVENT:
            out.append(hit)
        i = hit.last + 1
    return out


def _reflexive(words: list[str], hit: Trigger) -> bool:
    """ "membubarkan diri", "menyerahkan diri": with "diri" as object the verb acts on no one else."""
    return hit.predicate.voice == "active" and words[hit.last + 1:hit.last + 2] == [REFLEXIVE]
