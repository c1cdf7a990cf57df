"""The `tone` stage: GDELT's tone fields for the article and each quotation.

A word-level model (an averaged perceptron over lowercased words and their
roots, three classes) is trained by `warta train tone` on the dev split of the
news-tone gold (`warta/eval/gold/tone.jsonl`, our own annotations of IndoSum
paragraphs) and on SmSA (IndoNLU, Apache-2.0; reviews, so its features are kept
in a domain of their own), with a hand-written list of news polarity words
(`resources/tone/polarity.tsv`) as features. GDELT's fields count the words of
that list (a word counts when it or its root is listed; the model's own weights
are too noisy to count words by):

- positive / negative: the share (%) of words that are positive / negative;
- score (GDELT "tone"): positive minus negative;
- polarity: positive plus negative;
- activity: the share of words that are verbs of action (meN-, ber-, di- forms);
- self/group reference: the share of words that are pronouns.

`label` is the classifier's reading of the whole text.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from warta.annotate.morphology import roots
from warta.annotate.perceptron import Perceptron
from warta.lang.id import function_words as fw
from warta.model import Tone

if TYPE_CHECKING:
    from warta.doc import Doc

MODEL_NAME = "tone.json.gz"
LABELS = ("negative", "neutral", "positive")
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
PRONOUNS = fw.PERSONAL_PRONOUNS
ACTIVE = re.compile(r"^(?:me[mnyg]?|ber|di)[a-z]{3,}")
NEWS, REVIEWS = "news", "smsa"


POLARITY = "polarity.tsv"


@lru_cache(maxsize=1)
def polar_words() -> dict[str, int]:
    """The hand-written news polarity list: word or root -> -1 / +1."""
    path = Path(str(resources.files("warta") / "resources" / "tone" / POLARITY))
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, _, sign = line.partition("\t")
            out[word.strip()] = int(sign)
    return out


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-5" if n <= 5 else "6+"


@lru_cache(maxsize=65536)
def _word(w: str) -> tuple[tuple[str, ...], int]:
    """A word's features and its polarity (+1, -1 or 0: it or its root in the list), once per word type."""
    polar = polar_words()
    rs = roots(w)
    return ("w=" + w, *("r=" + r for r in rs)), polar.get(w) or next((polar[r] for r in rs if r in polar), 0)


def analyse(text: str, domain: str = NEWS) -> tuple[list[str], list[str], int, int]:
    """One pass over the text: its words, the classifier's features (bag of words and roots, the counts
    of the polarity list's words, each also in its corpus's own domain: reviews speak differently), and
    the numbers of positive and negative words."""
    words = WORD.findall(text.lower())
    out = ["bias"]
    pos = neg = 0
    for w in words:
        feats, sign = _word(w)
        out += feats
        pos += sign > 0
        neg += sign < 0
    out += ["pos=" + _bucket(pos), "neg=" + _bucket(neg), "bal=" + ("+" if pos > neg else "-" if neg > pos else "0"),
            "pn=" + _bucket(pos) + "/" + _bucket(neg)]
    return words, out + [f"{domain}:{f}" for f in out], pos, neg


def word_features(text: str, domain: str = NEWS) -> list[str]:
    return analyse(text, domain)[1]


def train(news: Iterable[tuple[str, str]], reviews: Iterable[tuple[str, str]], out: Path, epochs: int = 3
          ) -> Perceptron:
    """Fit the classifier on (text, label) pairs and write it with its word polarities to `out`."""
    data = [(word_features(t, NEWS), y) for t, y in news] + [(word_features(t, REVIEWS), y) for t, y in reviews]
    model = Perceptron(LABELS).fit(data, epochs=epochs)
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        json.dump(model.to_json(), fh, separators=(",", ":"))
    load.cache_clear()
    return model


class ToneModel:
    def __init__(self, model: Perceptron):
        self.model = model

    def label(self, text: str) -> str:
        return self.model.predict(word_features(text))

    def tone(self, text: str) -> Tone:
        words, feats, pos, neg = analyse(text)
        n = len(words) or 1
        active = sum(1 for w in words if ACTIVE.match(w))
        selfref = sum(1 for w in words if w in PRONOUNS)
        positive, negative = 100 * pos / n, 100 * neg / n
        return Tone(score=round(positive - negative, 3), positive=round(positive, 3), negative=round(negative, 3),
                    polarity=round(positive + negative, 3), activity=round(100 * active / n, 3),
                    self_reference=round(100 * selfref / n, 3), words=len(words),
                    label=self.model.predict(feats))


def model_path() -> Path:
    return Path(str(resources.files("warta") / "resources" / "tone" / MODEL_NAME))


def load_file(path: Path) -> ToneModel:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return ToneModel(Perceptron.from_json(json.load(fh)))


@lru_cache(maxsize=1)
def load() -> ToneModel | None:
    """The shipped model, or None before `warta train tone` has written one."""
    path = model_path()
    return load_file(path) if path.exists() else None


def score_tone(doc: Doc) -> None:
    """Fill `article.tone` and each quotation's `tone`."""
    model = load()
    art = doc.article
    if model is None or not art.body.strip():
        return
    art.tone = model.tone(art.body)
    for q in art.quotes:
        q.tone = model.tone(q.text).score


def classify(texts: Sequence[str]) -> list[str]:
    model = load()
    return [model.label(t) if model else "neutral" for t in texts]
