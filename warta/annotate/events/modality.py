"""Modality of an event: asserted, planned, possible or denied.

Dictionary coders code every verb as a fact; news is full of plans ("akan",
"berencana", "pekan depan"), conditions and hedges ("jika", "kemungkinan")
and denials ("tak pernah", "membantah"). The cues are read in the clause of
the trigger, from the nearest clause boundary before it to the trigger; time
words for the future are also read after it. Hypothetical beats denied
("agar tak memasok" is a warning, not a denial), denied beats planned
("tak akan").
"""

from __future__ import annotations

from warta.lang.id import calendar
from warta.lang.id import function_words as fw
from warta.lang.id import modality as cues

ASSERTED, PLANNED, POSSIBLE, DENIED = "asserted", "planned", "possible", "denied"

POSSIBLE_CUES = cues.HEDGES
# Weak cues count only close to the trigger ("bisa" three clauses back says nothing).
NEAR_POSSIBLE_CUES = cues.WEAK_HEDGES
NEAR = 4
PLANNED_CUES = cues.PLANS
NEGATION_CUES = fw.NEGATION | cues.NEGATING_VERBS
DENIAL_VERBS = cues.DENIALS
FUTURE_AFTER = calendar.FUTURE_PHRASES
BOUNDARIES = frozenset({",", ";", ":", "(", ")", "\"", "“", "”", "‘", "’"}) | fw.CLAUSE_OPENERS
NEGATION_REACH = 3
ABILITY = fw.ABILITY
# Two-word denials: "tak dapat mengusut" (a negated ability, not a hedge), "tak pernah memasok".
CANNOT = (NEGATION_CUES, ABILITY)
NEVER = cues.NEVER
# Sentence adverbs that scope over the whole sentence ("Rencananya, Kim bertemu ...").
OPENERS = cues.SENTENCE_OPENERS


def clause_before(words: list[str], first: int) -> list[str]:
    """The words from the last clause boundary up to the trigger."""
    start = first
    while start > 0 and words[start - 1] not in BOUNDARIES:
        start -= 1
    return words[start:first]


def clause_after(words: list[str], last: int) -> list[str]:
    end = last + 1
    while end < len(words) and words[end] not in BOUNDARIES:
        end += 1
    return words[last + 1:end]


def _future_after(after: list[str]) -> bool:
    return any(tuple(after[i:i + len(f)]) == f for f in FUTURE_AFTER for i in range(len(after)))


def modality(words: list[str], first: int, last: int) -> str:
    """Modality of the event whose trigger spans tokens [first, last] of `words` (lowercased)."""
    before = _not_only(clause_before(words, first))
    if words and words[0] in OPENERS and first > 0:
        before = [words[0], *before]
    if _pair(before[-NEAR:], *CANNOT):
        return DENIED
    if POSSIBLE_CUES & set(before) or NEAR_POSSIBLE_CUES & set(before[-NEAR:]):
        return POSSIBLE
    if NEGATION_CUES & set(before[-NEGATION_REACH:]) or _denies(words) or _pair(before, *NEVER):
        return DENIED
    if PLANNED_CUES & set(before) or _future_after(clause_after(words, last)):
        return PLANNED
    return ASSERTED


def _pair(before: list[str], first: frozenset[str], second: frozenset[str]) -> bool:
    """A word of `first` right before a word of `second`."""
    return any(w in first and nxt in second for w, nxt in zip(before, before[1:], strict=False))


def _denies(words: list[str]) -> bool:
    """A denial verb that is not itself negated ("tak menyangkal" admits)."""
    return any(w in DENIAL_VERBS and (i == 0 or words[i - 1] not in NEGATION_CUES) for i, w in enumerate(words))


def _not_only(before: list[str]) -> list[str]:
    """ "Tidak hanya ditetapkan sebagai tersangka, ...": "not only" negates nothing."""
    return [w for i, w in enumerate(before)
            if not (w in NEGATION_CUES and before[i + 1:i + 2] in (["hanya"], ["cuma"], ["sekadar"]))]
