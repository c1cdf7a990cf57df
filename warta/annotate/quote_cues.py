"""Speech cues: the words that tie a statement to whoever made it.

Three shapes cover Indonesian news reporting:
- after the statement: `"…," kata X`, `"…," ujarnya`, `…, demikian dilaporkan X`;
- before it, with the speaker as subject: `X mengatakan, …`, `X menegaskan bahwa …`,
  `X mengutip Y melaporkan, …`, `X mengatakan: "…"`;
- `Menurut X, …`.
The patterns only find the cue and the raw speaker phrase; `quote_speakers`
turns the phrase into a name, role and entity.
"""

from __future__ import annotations

import re

# short cue verbs used after a statement ("kata", "ujarnya")
AFTER_VERBS = (
    "kata", "ujar", "ucap", "tutur", "tegas", "ungkap", "jelas", "imbuh", "tambah", "sebut", "terang",
    "papar", "lanjut", "pungkas", "tandas", "sambung", "kilah", "tulis", "seru", "timpal", "cetus",
    "tukas", "beber", "jawab", "tanya", "aku", "urai", "bilang", "pesan", "harap", "sergah",
)
# prefixed speech verbs with the speaker as subject ("X mengatakan, …")
SAY_VERBS = (
    "mengatakan", "menyatakan", "menegaskan", "menyebutkan", "menyebut", "mengungkapkan", "menilai",
    "menjelaskan", "menuturkan", "menambahkan", "mengakui", "menyampaikan", "menerangkan", "memaparkan",
    "berpendapat", "mengingatkan", "melaporkan", "memberitakan", "mengklaim", "membantah", "menandaskan",
    "mengimbau", "berharap", "memperkirakan", "menekankan", "mengemukakan", "berkata", "bilang",
    "mengaku", "menyebutkan", "mengungkap", "membeberkan", "menjawab", "menanggapi", "mencontohkan",
    "menduga", "meyakini", "menganggap", "memastikan", "menyampaikan", "mengeklaim", "menyatakan",
)
PASSIVE_CUES = ("dilaporkan", "dikatakan", "disampaikan", "ditegaskan", "dijelaskan", "diungkapkan", "ditambahkan")

_AFTER_ALT = "|".join(sorted(AFTER_VERBS, key=len, reverse=True))
_SAY_ALT = "|".join(sorted(set(SAY_VERBS), key=len, reverse=True))
_PASSIVE_ALT = "|".join(PASSIVE_CUES)

# right after a closing mark: `," kata X`, `," ujarnya`, `" demikian dilaporkan X`, `," kata X menegaskan`
CUE_AFTER = re.compile(
    rf"[ \t]*[,.]?[ \t]*(?:(?:demikian|begitu)[ \t]+)?"
    rf"(?P<verb>(?:{_AFTER_ALT})(?P<nya>nya)?|(?:{_PASSIVE_ALT})|menurut(?P<nya2>nya)?)\b",
    re.IGNORECASE,
)
# `," Jokowi menegaskan` (subject then verb after the statement)
CUE_AFTER_SUBJECT = re.compile(
    rf"[ \t]*,?[ \t]*(?P<who>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){{0,4}})[ \t]+(?P<verb>{_SAY_ALT})\b"
)
# `X mengatakan, …` / `X menegaskan bahwa …` / `X mengatakan kepada wartawan, …` / `X mengatakan: …`
SAY = re.compile(
    rf"\b(?P<verb>{_SAY_ALT})\b(?P<aside>[^,.:;“”\"\n]{{0,60}}?)(?P<sep>[ \t]*[,:]|[ \t]+bahwa\b)[ \t]*",
)
# strong verbs may take their content with no comma: `Kremlin menegaskan tak ada …`
SAY_BARE = re.compile(r"\b(?P<verb>menegaskan|menyatakan|mengatakan|membantah|mengklaim|mengakui)[ \t]+(?=\w)")
ACCORDING = re.compile(r"\b(?P<verb>[Mm]enurut)[ \t]+(?P<who>[^,.;\n]{1,80}?)[ \t]*,[ \t]*")
# `…, kata X.` / `…, demikian dilaporkan X.` ending a sentence with no quotation marks
TRAIL = re.compile(
    rf",[ \t]*(?:(?:demikian|begitu)[ \t]+)?(?P<verb>(?:{_AFTER_ALT})(?P<nya>nya)?|(?:{_PASSIVE_ALT}))\b"
    rf"(?P<who>[^,.;:\n]{{0,80}})(?:[,.;][^.\n]{{0,60}})?[.!?]?[ \t]*$",
    re.IGNORECASE,
)
QUOTING = re.compile(r"\b(?:mengutip|dikutip)\b")
COLON_INTRO = re.compile(r"[:,][ \t]*$")

PRONOUNS = frozenset({"ia", "dia", "beliau", "mereka", "nya", "dirinya", "ia pun", "dia pun"})
