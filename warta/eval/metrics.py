"""Small scoring helpers shared by every `warta eval` command."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_WORD = re.compile(r"\w+", re.U)


@dataclass
class PRF:
    """Counts of true positives, false positives and false negatives, with P/R/F1."""

    tp: float = 0
    fp: float = 0
    fn: float = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


def token_overlap(predicted: str, gold: str) -> PRF:
    """Bag-of-words overlap of two texts (the usual article-body extraction score)."""
    p = Counter(w.lower() for w in _WORD.findall(predicted))
    g = Counter(w.lower() for w in _WORD.findall(gold))
    common = sum((p & g).values())
    return PRF(tp=common, fp=sum(p.values()) - common, fn=sum(g.values()) - common)
