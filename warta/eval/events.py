"""Scoring the event coder on the bundled gold sentences.

Each gold line is one sentence from a real article (IndoSum, CC BY-SA 4.0)
with the sentence before it as context, and the events a reader finds in it:
type, mode, source and target as "CCC SEC" codes, modality. The sentence is
run through the whole pipeline (so entities, quotes and dates are the real
ones) and the events in it are matched to the gold ones. Actors match on the
country code. The gold is split by article into a `dev` part, which may be
read while working on the lexicon, and a held-out `test` part.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from warta.eval.metrics import PRF
from warta.model import Actor, Event, RawDoc
from warta.pipeline import process

LEVELS = ("type", "type+actor", "type+actor+target")


@dataclass
class GoldEvent:
    type: str
    source: str | None
    target: str | None
    modality: str
    mode: str | None = None


@dataclass
class GoldSentence:
    id: str
    split: str
    text: str
    context: str
    events: list[GoldEvent]


@dataclass
class Scores:
    prf: dict[str, PRF] = field(default_factory=lambda: {lvl: PRF() for lvl in LEVELS})
    modality_right: int = 0
    modality_total: int = 0
    sentences: int = 0
    errors: list[str] = field(default_factory=list)
    # confidence of each predicted event -> [right at type+actor+target, all]
    calibration: dict[float, list[int]] = field(default_factory=dict)

    @property
    def modality_accuracy(self) -> float:
        return self.modality_right / self.modality_total if self.modality_total else 0.0


def default_gold() -> Path:
    return Path(str(resources.files("warta") / "eval" / "gold" / "events.jsonl"))


def load_gold(path: Path | None = None) -> list[GoldSentence]:
    out = []
    for line in (path or default_gold()).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row: dict[str, Any] = json.loads(line)
            events = [GoldEvent(e["type"], e.get("source"), e.get("target"), e["modality"], e.get("mode"))
                      for e in row["events"]]
            out.append(GoldSentence(row["id"], row.get("split", ""), row["text"], row.get("context", ""), events))
    return out


def code_sentence(item: GoldSentence) -> list[Event]:
    """The pipeline's events for the gold sentence (its context sentence before it)."""
    text = f"{item.context} {item.text}".strip()
    # The gold sentences come from Indonesian articles; language identification
    # on a two-sentence snippet is not what is measured here (it calls some Malay).
    article = process(RawDoc(text, source=item.id, kind="text"), skip=("language",))
    at = article.body.rfind(item.text[:40])
    cut = at if at >= 0 else len(article.body) - len(item.text)
    return [e for e in article.events if e.end > cut]


def _country(code: str | None) -> str | None:
    return code.split()[0] if code else None


def _actor(actor: Actor | None) -> str | None:
    return actor.country if actor else None


def _agrees(gold: GoldEvent, pred: Event, level: str) -> bool:
    if gold.type != pred.type:
        return False
    if level != "type" and _country(gold.source) != _actor(pred.source):
        return False
    return level != "type+actor+target" or _country(gold.target) == _actor(pred.target)


def _match(gold: list[GoldEvent], pred: list[Event], level: str) -> list[tuple[GoldEvent, Event]]:
    pairs, used = [], set()
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and _agrees(g, p, level):
                pairs.append((g, p))
                used.add(i)
                break
    return pairs


def annotation(second: Iterable[GoldSentence]) -> Callable[[GoldSentence], list[Event]]:
    """A second annotation of the gold sentences, read as if it were the coder's output.

    Scoring it against the gold measures how far two annotators agree: the ceiling
    any coder can reach on this gold.
    """
    other = {item.id: item for item in second}

    def actor(code: str | None) -> Actor | None:
        parts = (code or "").split()
        return Actor(code, None, parts[0], parts[1] if len(parts) > 1 else None) if parts else None

    def events(item: GoldSentence) -> list[Event]:
        found = other.get(item.id)
        return [Event(e.type, e.mode, None, actor(e.source) or Actor(), actor(e.target), None, None, e.modality,
                      item.text, 0, len(item.text), confidence=1.0) for e in (found.events if found else [])]

    return events


def score(items: Iterable[GoldSentence], min_confidence: float = 0.0,
          predict: Callable[[GoldSentence], list[Event]] = code_sentence) -> Scores:
    """Scores over `items` of the events `predict` finds (the coder's, by default), counting only those
    at or above `min_confidence`."""
    scores = Scores()
    for item in items:
        pred = [e for e in predict(item) if (e.confidence or 0.0) >= min_confidence]
        scores.sentences += 1
        right = {id(p) for _, p in _match(item.events, pred, "type+actor+target")}
        for p in pred:
            cell = scores.calibration.setdefault(p.confidence or 0.0, [0, 0])
            cell[0] += id(p) in right
            cell[1] += 1
        for level in LEVELS:
            n = len(_match(item.events, pred, level))
            scores.prf[level].add(PRF(tp=n, fp=len(pred) - n, fn=len(item.events) - n))
        for g, p in _match(item.events, pred, "type+actor"):
            scores.modality_total += 1
            scores.modality_right += g.modality == p.modality
        if len(_match(item.events, pred, "type+actor+target")) != max(len(pred), len(item.events)):
            scores.errors.append(_describe(item, pred))
    return scores


def _describe(item: GoldSentence, pred: list[Event]) -> str:
    def fmt(t: str, s: str | None, g: str | None, m: str) -> str:
        return f"{t} {s}>{g} {m}"
    gold = "; ".join(fmt(e.type, _country(e.source), _country(e.target), e.modality) for e in item.events) or "-"
    got = "; ".join(fmt(e.type, _actor(e.source), _actor(e.target), e.modality) for e in pred) or "-"
    return f"{item.id}\n  {item.text}\n  gold: {gold}\n  got:  {got}"


def calibration_table(s: Scores) -> str:
    """Share of predicted events right (type+actor+target) at each confidence, and P/R from it up."""
    lines = [f"{'conf':>5} {'right':>5} {'all':>4} {'share':>6}  {'P>=':>6} {'R>=':>6}"]
    gold = s.prf["type+actor+target"].tp + s.prf["type+actor+target"].fn
    for c in sorted(s.calibration, reverse=True):
        right, n = s.calibration[c]
        up = [v for k, v in s.calibration.items() if k >= c]
        tp, total = sum(v[0] for v in up), sum(v[1] for v in up)
        lines.append(f"{c:>5.2f} {right:>5} {n:>4} {right / n:>6.2f}  {tp / total:>6.3f} {tp / gold if gold else 0:>6.3f}")
    return "\n".join(lines)


def table(results: dict[str, Scores]) -> str:
    """The scores as a plain text table, one block per split."""
    lines = [f"{'split':<6} {'level':<18} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for split, s in results.items():
        for level, prf in s.prf.items():
            lines.append(f"{split:<6} {level:<18} {prf.precision:>6.3f} {prf.recall:>6.3f} {prf.f1:>6.3f} "
                         f"{prf.tp:>4.0f} {prf.fp:>4.0f} {prf.fn:>4.0f}")
        lines.append(f"{split:<6} {'modality acc.':<18} {s.modality_accuracy:>6.3f} "
                     f"({s.modality_right}/{s.modality_total} matched events, {s.sentences} sentences)")
    return "\n".join(lines)
