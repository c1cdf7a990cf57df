"""A small averaged perceptron over sparse string features, saved as JSON (events, tone).

Used for the decisions the trigger tagger leaves: an event's mode, which actor
mention is its source or target, and who the source is when no mention says
it. Chosen for size, speed and transparency: a model is a dict of feature
weights, trains in seconds on thousands of examples, and scores a candidate
with a few dict lookups.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any


class Perceptron:
    """Multiclass averaged perceptron: `fit` on (features, label) pairs, then `scores` / `predict`."""

    def __init__(self, classes: Sequence[str] = (), weights: dict[str, dict[str, float]] | None = None):
        self.classes = list(classes)
        self.weights: dict[str, dict[str, float]] = weights or {}

    def scores(self, feats: Iterable[str]) -> dict[str, float]:
        out = dict.fromkeys(self.classes, 0.0)
        w = self.weights
        for f in feats:
            row = w.get(f)
            if row:
                for c, v in row.items():
                    out[c] += v
        return out

    def predict(self, feats: Iterable[str], allowed: Iterable[str] | None = None) -> str:
        s = self.scores(feats)
        keys = [c for c in (allowed if allowed is not None else self.classes) if c in s] or self.classes
        return max(keys, key=lambda c: (s[c], c))

    def fit(self, data: Sequence[tuple[list[str], str]], epochs: int = 10, seed: int = 0) -> Perceptron:
        """Train from scratch; weights are averaged over every update step (less overfit than the last)."""
        self.classes = sorted({y for _, y in data} | set(self.classes))
        w: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        total: dict[tuple[str, str], float] = defaultdict(float)
        stamp: dict[tuple[str, str], int] = defaultdict(int)
        step = 0
        order = list(range(len(data)))
        rng = random.Random(seed)

        def bump(f: str, c: str, v: float) -> None:
            key = (f, c)
            total[key] += (step - stamp[key]) * w[f][c]
            stamp[key] = step
            w[f][c] += v

        for _ in range(epochs):
            rng.shuffle(order)
            for i in order:
                feats, gold = data[i]
                step += 1
                s = dict.fromkeys(self.classes, 0.0)
                for f in feats:
                    row = w.get(f)
                    if row:
                        for c, v in row.items():
                            s[c] += v
                guess = max(self.classes, key=lambda c: (s[c], c))
                if guess != gold:
                    for f in feats:
                        bump(f, gold, 1.0)
                        bump(f, guess, -1.0)
        avg: dict[str, dict[str, float]] = {}
        for f, row in w.items():
            for c, v in row.items():
                key = (f, c)
                mean = (total[key] + (step - stamp[key]) * v) / max(step, 1)
                if abs(mean) >= 1e-3:
                    avg.setdefault(f, {})[c] = round(mean, 4)
        self.weights = avg
        return self

    def to_json(self) -> dict[str, Any]:
        return {"classes": self.classes, "weights": self.weights}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Perceptron:
        return cls(d["classes"], d["weights"])


class Ranker:
    """Averaged ranking perceptron: picks one of several candidates, each described by its features.

    Used for an event's source and target: the candidates are the mentions of
    the sentence plus "none of them"; learning to rank them against each
    other does better than judging each mention alone, since the question is
    which mention, not whether this one.
    """

    def __init__(self, weights: dict[str, float] | None = None):
        self.weights: dict[str, float] = weights or {}

    def score(self, feats: Iterable[str]) -> float:
        w = self.weights
        return sum(w.get(f, 0.0) for f in feats)

    def best(self, options: Sequence[Sequence[str]]) -> tuple[int, float]:
        """Index of the best option and its margin over the runner-up."""
        scores = [self.score(o) for o in options]
        order = sorted(range(len(scores)), key=lambda i: -scores[i])
        margin = scores[order[0]] - scores[order[1]] if len(order) > 1 else 0.0
        return order[0], margin

    def fit(self, data: Sequence[tuple[Sequence[Sequence[str]], int]], epochs: int = 10, seed: int = 0) -> Ranker:
        w: dict[str, float] = defaultdict(float)
        total: dict[str, float] = defaultdict(float)
        stamp: dict[str, int] = defaultdict(int)
        step = 0
        order = list(range(len(data)))
        rng = random.Random(seed)

        def bump(f: str, v: float) -> None:
            total[f] += (step - stamp[f]) * w[f]
            stamp[f] = step
            w[f] += v

        for _ in range(epochs):
            rng.shuffle(order)
            for i in order:
                options, gold = data[i]
                step += 1
                scores = [sum(w.get(f, 0.0) for f in o) for o in options]
                guess = max(range(len(scores)), key=lambda k: scores[k])
                if guess != gold and scores[guess] >= scores[gold]:
                    for f in options[gold]:
                        bump(f, 1.0)
                    for f in options[guess]:
                        bump(f, -1.0)
        avg = {}
        for f, v in w.items():
            mean = (total[f] + (step - stamp[f]) * v) / max(step, 1)
            if abs(mean) >= 1e-3:
                avg[f] = round(mean, 4)
        self.weights = avg
        return self

    def to_json(self) -> dict[str, Any]:
        return {"weights": self.weights}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Ranker:
        return cls(d["weights"])
