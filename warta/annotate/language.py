"""The `language` stage: Indonesian, Malay, English (and others) per article.

py3langid restricted to a handful of languages; Indonesian and Malay are close,
so a Malay verdict stands only when words that Malay spells or uses differently
(kerana, boleh, wang, kerajaan, bahawa ...) are there and outweigh Indonesian ones.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from warta.doc import Doc

LANGUAGES = ["id", "ms", "en", "jv", "nl", "de", "fr", "es", "ar", "zh", "ja", "ko"]
_ID_ONLY = re.compile(r"\b(?:karena|bisa|uang|kantor|sudah|tidak|dengan|mengatakan|kata|ujar|pemerintah|hingga|rupiah|saat|juga|akan|tersebut|bulan|pekan|kemarin|banyak|sebanyak)\b", re.I)
_MS_ONLY = re.compile(r"\b(?:kerana|bahawa|iaitu|sahaja|kerajaan|manakala|wang|projek|diluluskan|mahupun)\b", re.I)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import _load_identifier

    return _load_identifier(langs=LANGUAGES)


# Indonesian function words this dense, and no Malay spelling, settle it without the classifier
# (whose model takes half a second to load: most of `warta extract`'s start-up on one file)
SURE_ID_HITS = 8
SURE_ID_SHARE = 0.03


def identify(text: str) -> str | None:
    sample = text[:3000]
    if len(sample.strip()) < 20:
        return None
    id_words = len(_ID_ONLY.findall(sample))
    if id_words >= SURE_ID_HITS and id_words >= SURE_ID_SHARE * len(sample.split()) and not _MS_ONLY.search(sample):
        return "id"
    lang: str = _identifier().classify(sample)[0]
    if lang == "ms":  # the two are close: Malay only when Malay spellings outweigh Indonesian ones
        ms_words = len(_MS_ONLY.findall(sample))
        if ms_words == 0 or len(_ID_ONLY.findall(sample)) > 2 * ms_words:
            lang = "id"
    return lang


def identify_language(doc: Doc) -> None:
    art = doc.article
    art.language = identify(" ".join(filter(None, [art.title, art.body])))
