"""The `language` stage: Indonesian, Malay, English (and others) per article.

py3langid restricted to a handful of languages; Indonesian and Malay are close,
so a Malay verdict is checked against words whose spelling differs between the
two (karena/kerana, bisa/boleh, uang/wang ...).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from warta.pipeline import Draft

LANGUAGES = ["id", "ms", "en", "jv", "nl", "de", "fr", "es", "ar", "zh", "ja", "ko"]
_ID_ONLY = re.compile(r"\b(?:karena|bisa|uang|kantor|sudah|tidak|dengan|mengatakan|kata|ujar|pemerintah|hingga|rupiah|saat|juga|akan|tersebut|bulan|pekan|kemarin|banyak|sebanyak)\b", re.I)
_MS_ONLY = re.compile(r"\b(?:kerana|boleh|wang|pejabat|beliau|ialah|daripada|sahaja|kerajaan|telah|bahawa|ringgit|iaitu|semasa|manakala|mahkamah|berkata)\b", re.I)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import _load_identifier

    return _load_identifier(langs=LANGUAGES)


def identify(text: str) -> str | None:
    sample = text[:3000]
    if len(sample.strip()) < 20:
        return None
    lang: str = _identifier().classify(sample)[0]
    if lang == "ms" and len(_ID_ONLY.findall(sample)) > 2 * len(_MS_ONLY.findall(sample)):
        lang = "id"
    return lang


def identify_language(draft: Draft) -> None:
    art = draft.article
    art.language = identify(" ".join(filter(None, [art.title, art.body])))
