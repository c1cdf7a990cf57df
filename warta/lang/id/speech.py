"""Speech and reporting verbs, lower case: the one set, and the named subsets stages read.

`SAY_VERBS` are the prefixed verbs with the speaker as subject ("X
mengatakan, ..."); `AFTER_VERBS` the bare stems that follow a statement,
alone or with "-nya" ("kata X", "ujarnya"); `PASSIVE_CUES` the di- forms
("demikian dilaporkan X"). One stem is also a pronoun: after a statement,
`"…," aku Stephens` is "Stephens admitted" (from "mengaku"); it is listed in
`HOMOGRAPHS`, the one word the function-word tables may share.
"""

from __future__ import annotations

# Stems of speech verbs that follow a statement, bare or with -nya ("…," kata X / "…," ujarnya).
AFTER_VERBS = frozenset(
    """kata ujar ucap tutur tegas ungkap jelas imbuh tambah sebut terang papar lanjut pungkas tandas sambung
    kilah tulis seru timpal cetus tukas beber jawab tanya aku urai bilang pesan harap sergah""".split()
)
# Speech verbs that are also function words, and why both readings stay.
HOMOGRAPHS = {"aku": "the pronoun 'I', and after a statement the stem of 'mengaku' ('…,\" aku Stephens')"}
# Prefixed speech and stance verbs with the speaker as subject ("X mengatakan, …", "X menilai …").
SAY_VERBS = frozenset(
    """mengatakan menyatakan menegaskan menyebutkan menyebut mengungkapkan menilai menjelaskan menuturkan
    menambahkan mengakui menyampaikan menerangkan memaparkan berpendapat mengingatkan melaporkan memberitakan
    mengklaim membantah menandaskan mengimbau berharap memperkirakan menekankan mengemukakan berkata bilang
    mengaku mengungkap membeberkan menjawab menanggapi mencontohkan menduga meyakini menganggap memastikan
    mengeklaim""".split()
)
# The speech verbs that take their content with no comma ("Kremlin menegaskan tak ada …").
BARE_SAY_VERBS = frozenset({"menegaskan", "menyatakan", "mengatakan", "membantah", "mengklaim", "mengakui"})
# Passive report verbs ("…, demikian dilaporkan X").
PASSIVE_CUES = frozenset(
    {"dilaporkan", "dikatakan", "disampaikan", "ditegaskan", "dijelaskan", "diungkapkan", "ditambahkan"}
)
# Verbs of quoting another source ("mengutip Reuters", "dikutip dari").
QUOTING_VERBS = frozenset({"mengutip", "dikutip"})
# Every speech verb form.
SPEECH_VERBS = AFTER_VERBS | SAY_VERBS | PASSIVE_CUES | QUOTING_VERBS
