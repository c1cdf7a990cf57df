"""Modality words, lower case: what makes an event planned, possible or denied rather than a fact.

Function words come from `function_words` (the conditionals, "akan", the
ability auxiliaries); the rest are the content words of hedging, planning and
denial.
"""

from __future__ import annotations

from warta.lang.id import function_words as fw

# Hedges and conditions: the event may not be real ("jika", "diduga", "wacana").
HEDGES = fw.CONDITIONALS | frozenset(
    """kemungkinan mungkin agar supaya jangan berpotensi diduga dugaan disebut-sebut dikabarkan kabarnya wacana
    mewacanakan usulan mengusulkan""".split()
)
# Weak hedges: wishes, needs and abilities, a hedge only close to the trigger.
WEAK_HEDGES = frozenset(
    """ingin menginginkan berharap harapan mempertimbangkan berniat seharusnya semestinya perlu
    bersedia""".split()
) | fw.ABILITY
# Plans and schedules: the event is to come ("akan", "berencana", "dijadwalkan").
PLANS = frozenset(
    """akan bakal hendak berencana rencana rencananya merencanakan direncanakan dijadwalkan terjadwal siap bersiap
    segera mendatang""".split()
)
# Refusals and cancellations that negate the event as negation does ("enggan", "batal").
NEGATING_VERBS = frozenset({"enggan", "batal", "membatalkan"})
# Denials: "membantah melakukan X" denies X.
DENIALS = frozenset({"membantah", "menyangkal", "menampik", "dibantah", "disangkal", "bantahan"})
# Words that, opening a sentence, set the modality of all of it ("Rencananya, Kim bertemu ...").
SENTENCE_OPENERS = frozenset({"rencananya", "kemungkinan", "mungkin"}) | fw.CONDITIONALS
# "tak pernah": negation before "pernah" denies that the event ever happened.
NEVER = (frozenset({"tak", "tidak"}), frozenset({"pernah"}))
