"""Statistical NER: a CRF (python-crfsuite) over word, shape, affix and gazetteer features.

Chosen for CPU speed and size: the model is a few MB, loads offline from
`resources/ner/ner.crfsuite`, and tags well over 20,000 tokens a second on one
core. The gazetteer feature comes from the knowledge base (`kb.py`), so a
name the KB knows is a strong hint even in a sentence the CRF never saw.
Labels are BIO over PERSON, ORG, LOC, EVENT (places become GPE or LOC later,
from the KB).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from warta.annotate import kb
from warta.doc import tokenize

_SHAPE_UPPER = re.compile(r"[A-Z]+")
_SHAPE_LOWER = re.compile(r"[a-z]+")
_SHAPE_DIGIT = re.compile(r"[0-9]+")
MODEL_NAME = "ner.crfsuite"
CLUSTERS_NAME = "clusters.tsv"
_NO_CLUSTER = ("c=-", "c=-", "c=-")
TYPES = ("PERSON", "ORG", "LOC", "EVENT")
DEFAULT_DOMAIN = "news"  # cased news text, as in IDNer-news-2k


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # char offsets into the text that was tagged
    end: int
    type: str


def shape(word: str) -> str:
    s = _SHAPE_UPPER.sub("X", word)
    s = _SHAPE_LOWER.sub("x", s)
    return _SHAPE_DIGIT.sub("d", s)


def _gazetteer(words: Sequence[str]) -> list[str]:
    """Per-token KB feature: B-/I- plus the entry type, from a match over the joined words."""
    text, spans = "", []
    for w in words:
        spans.append((len(text), len(text) + len(w)))
        text += w + " "
    return gazetteer_tags(spans, kb.find(text))


def gazetteer_tags(tokens: Sequence[tuple[int, int]], matches: Iterable[kb.KBMatch]) -> list[str]:
    """The gazetteer feature of each token (start, end) from KB matches over the same text."""
    tags = ["O"] * len(tokens)
    index = {s: i for i, (s, _) in enumerate(tokens)}
    for m in matches:
        i = index.get(m.start)
        if i is None:
            continue
        etype = "LOC" if m.entry.type == "GPE" else m.entry.type
        tags[i] = "B" + etype
        j = i + 1
        while j < len(tokens) and tokens[j][0] < m.end:
            tags[j] = "I" + etype
            j += 1
    return tags


@lru_cache(maxsize=1)
def clusters() -> dict[str, tuple[str, ...]]:
    """Word -> cluster features at three granularities (64, 256, 1024 clusters), lowercased words."""
    path = resource_dir() / CLUSTERS_NAME
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, *ids = line.split("\t")
        out[word] = tuple(f"c{i}={c}" for i, c in enumerate(ids))
    return out


def _word_features(w: str, table: dict[str, tuple[str, ...]]) -> list[str]:
    low = w.lower()
    return [
        "w=" + low,
        "sh=" + shape(w),
        "p3=" + low[:3],
        "s3=" + low[-3:],
        "s2=" + low[-2:],
        "t=" + ("T" if w[:1].isupper() else "l" if w[:1].isalpha() else "o"),
        *table.get(low, _NO_CLUSTER),
    ]


def featurize(words: Sequence[str], domain: str | None = None,
              gaz: list[str] | None = None) -> list[list[str]]:
    """CRF features for each word of one sentence.

    With a `domain` ("grit", "nerp", "news") every feature is also emitted with
    that prefix, so corpora with different guidelines share what they agree on
    and keep their own conventions apart (feature augmentation). Each word
    type's own features, and its features as a neighbour, are built once per
    process (`_typed`); a token only adds what depends on its place: the
    gazetteer tags and the word pairs. (A CRF item is a set of attributes, so
    their order does not matter.)
    """
    gaz = gaz if gaz is not None else _gazetteer(words)
    prefix = domain + ":" if domain else ""
    typed = [_typed(w, prefix) for w in words]
    lows = [t[0] for t in typed]
    n = len(words)
    out = []
    for i in range(n):
        own = typed[i]
        f = list(own[1])
        dyn = ["g=" + gaz[i]]
        if i == 0:
            dyn.append("BOS")
        else:
            f += typed[i - 1][2]
            dyn += ("-1g=" + gaz[i - 1], "-1:0=" + lows[i - 1] + "|" + lows[i])
            if i > 1:
                f += typed[i - 2][4]
        if i == n - 1:
            dyn.append("EOS")
        else:
            f += typed[i + 1][3]
            dyn += ("+1g=" + gaz[i + 1], "0:+1=" + lows[i] + "|" + lows[i + 1])
            if i < n - 2:
                f += typed[i + 2][5]
        if own[6] and i > 0 and not typed[i - 1][6]:
            dyn.append("capstart")
        f += dyn
        if prefix:
            f += [prefix + x for x in dyn]  # the cached parts carry their prefixed copies already
        out.append(f)
    return out


_TYPED: dict[tuple[str, str], tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...],
                                    tuple[str, ...], bool]] = {}
_TYPED_MAX = 200_000  # word types kept; a stream of novel words (a hostile input) empties it, not memory


def _typed(w: str, prefix: str) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...],
                                         tuple[str, ...], bool]:
    """A word type's features, built once: (lower-cased word, its own features with their `prefix`
    copies, as the word before another, as the word after, two before, two after, capitalised)."""
    key = (w, prefix)
    hit = _TYPED.get(key)
    if hit is not None:
        return hit
    base = _word_features(w, clusters())
    low = base[0][2:]
    own = ["b", *base, "p4=" + low[:4], "s4=" + low[-4:]]
    before = ["-1" + base[0], "-1" + base[1], "-1" + base[7]]
    after = ["+1" + base[0], "+1" + base[1], "+1" + base[7]]
    two_before, two_after = ["-2" + base[0]], ["+2" + base[0]]
    if prefix:
        own += [prefix + x for x in own]
        before += [prefix + x for x in before]
        after += [prefix + x for x in after]
        two_before += [prefix + x for x in two_before]
        two_after += [prefix + x for x in two_after]
    if len(_TYPED) >= _TYPED_MAX:
        _TYPED.clear()
    hit = _TYPED[key] = (low, tuple(own), tuple(before), tuple(after), tuple(two_before), tuple(two_after),
                         w[:1].isupper())
    return hit


def spans_from_bio(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, type) for each entity in a BIO sequence (a stray I- opens one)."""
    out: list[tuple[int, int, str]] = []
    start, cur = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        kind, _, typ = tag.partition("-")
        if cur and (kind != "I" or typ != cur):
            out.append((start, i, cur))
            cur = ""
        if kind == "B" or (kind == "I" and not cur):
            start, cur = i, typ
    return out


class Tagger:
    """A loaded CRF model; `tag(words)` gives BIO labels, `spans(text)` char spans."""

    def __init__(self, path: Path | str, domain: str | None = DEFAULT_DOMAIN):
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self.domain = domain

    def tag(self, words: Sequence[str], domain: str | None = None, gaz: list[str] | None = None) -> list[str]:
        if not words:
            return []
        return list(self._tagger.tag(featurize(words, domain or self.domain, gaz)))

    def spans(self, text: str, offset: int = 0, matches: Sequence[kb.KBMatch] | None = None,
              tokens: Sequence[tuple[int, int]] | None = None) -> list[Span]:
        """Entity spans of `text` as offsets + `offset`; `matches` are KB matches already found
        in the enclosing text (same offsets), which saves matching the KB again, and `tokens` the
        document's tokens of `text` (offsets + `offset`), which saves tokenising it again."""
        toks = tokenize(text) if tokens is None else [(a - offset, b - offset) for a, b in tokens]
        gaz = None
        if matches is not None:
            end = offset + len(text)
            local = [kb.KBMatch(m.start - offset, m.end - offset, m.text, m.entry)
                     for m in matches if offset <= m.start and m.end <= end]
            gaz = gazetteer_tags(toks, local)
        tags = self.tag([text[s:e] for s, e in toks], gaz=gaz)
        return [Span(toks[a][0] + offset, toks[b - 1][1] + offset, t) for a, b, t in spans_from_bio(tags)]


def resource_dir() -> Path:
    return Path(str(resources.files("warta") / "resources" / "ner"))


def model_path() -> Path:
    return resource_dir() / MODEL_NAME


@lru_cache(maxsize=1)
def load() -> Tagger | None:
    """The shipped model, or None when it has not been trained yet (KB-only linking then)."""
    path = model_path()
    return Tagger(path) if path.exists() else None


def train(sentences: Iterable[tuple[list[str], list[str], str | None]], out: Path, c1: float = 0.05,
          c2: float = 0.05, iterations: int = 300) -> Path:
    """Fit a CRF on (words, BIO labels, domain) sentences and write it to `out`."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, labels, domain in sentences:
        if words:
            trainer.append(featurize(words, domain), labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    load.cache_clear()
    return out
