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

ASSERTED, PLANNED, POSSIBLE, DENIED = "asserted", "planned", "possible", "denied"

POSSIBLE_CUES = frozenset({
    "kemungkinan", "mungkin", "jika", "apabila", "bila", "kalau", "seandainya", "andai", "agar", "supaya",
    "jangan", "berpotensi", "diduga", "dugaan", "disebut-sebut", "dikabarkan", "kabarnya",
    "wacana", "mewacanakan", "usulan", "mengusulkan",
})
# Weak cues count only close to the trigger ("bisa" three clauses back says nothing).
NEAR_POSSIBLE_CUES = frozenset({
    "ingin", "menginginkan", "berharap", "harapan", "mempertimbangkan", "berniat", "bisa", "dapat", "boleh",
    "seharusnya", "semestinya", "perlu", "bersedia",
})
NEAR = 4
PLANNED_CUES = frozenset({
    "akan", "bakal", "hendak", "berencana", "rencana", "rencananya", "merencanakan", "direncanakan",
    "dijadwalkan", "terjadwal", "siap", "bersiap", "segera", "mendatang",
})
NEGATION_CUES = frozenset({"tidak", "tak", "bukan", "belum", "tiada", "enggan", "batal", "membatalkan"})
DENIAL_VERBS = frozenset({"membantah", "menyangkal", "menampik", "dibantah", "disangkal", "bantahan"})
FUTURE_AFTER = (("pekan", "depan"), ("minggu", "depan"), ("bulan", "depan"), ("tahun", "depan"),
                ("masa", "mendatang"), ("besok",), ("lusa",))
BOUNDARIES = frozenset({",", ";", ":", "(", ")", "\"", "“", "”", "‘", "’", "namun", "tetapi", "tapi",
                        "sedangkan", "sementara", "padahal", "lalu", "kemudian", "dan", "serta", "maka", "yang"})
NEGATION_REACH = 3
ABILITY = frozenset({"bisa", "dapat", "boleh", "mampu", "sanggup"})
# Two-word denials: "tak dapat mengusut" (a negated ability, not a hedge), "tak pernah memasok".
CANNOT = (NEGATION_CUES, ABILITY)
NEVER = (frozenset({"tak", "tidak"}), frozenset({"pernah"}))
# Sentence adverbs that scope over the whole sentence ("Rencananya, Kim bertemu ...").
OPENERS = frozenset({"rencananya", "kemungkinan", "jika", "apabila", "bila", "kalau", "seandainya", "mungkin"})


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
