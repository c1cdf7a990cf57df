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

from warta.lang.id import function_words as fw
from warta.lang.id import speech

AFTER_VERBS = speech.AFTER_VERBS  # short cue verbs used after a statement ("kata", "ujar")
SAY_VERBS = speech.SAY_VERBS  # prefixed speech verbs with the speaker as subject ("X mengatakan, …")
PASSIVE_CUES = speech.PASSIVE_CUES

_AFTER_ALT = "|".join(sorted(AFTER_VERBS, key=lambda v: (-len(v), v)))
_SAY_ALT = "|".join(sorted(SAY_VERBS, key=lambda v: (-len(v), v)))
_PASSIVE_ALT = "|".join(sorted(PASSIVE_CUES))

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
SAY_BARE = re.compile(rf"\b(?P<verb>{'|'.join(sorted(speech.BARE_SAY_VERBS))})[ \t]+(?=\w)")
ACCORDING = re.compile(r"\b(?P<verb>[Mm]enurut)[ \t]+(?P<who>[^,.;\n]{1,80}?)[ \t]*,[ \t]*")
# `…, kata X.` / `…, demikian dilaporkan X.` ending a sentence with no quotation marks
TRAIL = re.compile(
    rf",[ \t]*(?:(?:demikian|begitu)[ \t]+)?(?P<verb>(?:{_AFTER_ALT})(?P<nya>nya)?|(?:{_PASSIVE_ALT}))\b"
    rf"(?P<who>[^,.;:\n]{{0,80}})(?:[,.;][^.\n]{{0,60}})?[.!?]?[ \t]*$",
    re.IGNORECASE,
)
QUOTING = re.compile(rf"\b(?:{'|'.join(sorted(speech.QUOTING_VERBS))})\b")
COLON_INTRO = re.compile(r"[:,][ \t]*$")

# a speaker phrase that is a pronoun ("ia", "katanya" -> "nya", "ia pun"): the latest salient person
PRONOUNS = fw.THIRD_PERSON_PRONOUNS | fw.REFERRING_FORMS | {f"{p} pun" for p in fw.THIRD_PERSON_PRONOUNS}
