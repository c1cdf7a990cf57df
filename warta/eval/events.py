"""Scoring the event coder on the PLOVER-ID corpus (`warta eval events`).

Each corpus document (consecutive annotated sentences of one IndoSum article)
runs through the whole pipeline as a user's article would: its own cleaning,
segmentation, entities, quotes, dates and events. Each coded event is given to
the gold sentence it lies in and matched to the gold events there: on type, on
type and source, and on type, source and target. Actors match on the country
part of the code (`"IDN COP"` matches any IDN actor), as event-data users
aggregate them; `full` also asks the sector to agree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from warta.annotate.events import to_events
from warta.annotate.events.model import EventModel, load
from warta.annotate.events.train import Prepared, prepare
from warta.eval.event_corpus import GoldEvent, GoldSentence, documents
from warta.eval.metrics import PRF
from warta.model import Actor, Event

LEVELS = ("type", "type+actor", "type+actor+target", "full")


@dataclass
class Scores:
    prf: dict[str, PRF] = field(default_factory=lambda: {lvl: PRF() for lvl in LEVELS})
    by_type: dict[str, PRF] = field(default_factory=dict)
    modality_right: int = 0
    modality_total: int = 0
    sentences: int = 0
    errors: list[str] = field(default_factory=list)
    # confidence band -> [right at type+actor+target, all]
    calibration: dict[float, list[int]] = field(default_factory=dict)

    @property
    def modality_accuracy(self) -> float:
        return self.modality_right / self.modality_total if self.modality_total else 0.0


def _country(code: str | None) -> str | None:
    return code.split()[0] if code else None


def _code(actor: Actor | None) -> str | None:
    if actor is None or not actor.country:
        return None
    return f"{actor.country} {actor.sector}" if actor.sector else actor.country


def _agrees(gold: GoldEvent, pred: Event, level: str) -> bool:
    if gold.type != pred.type:
        return False
    if level == "type":
        return True
    if _country(gold.source) != (pred.source.country if pred.source else None):
        return False
    if level == "type+actor":
        return True
    if _country(gold.target) != (pred.target.country if pred.target else None):
        return False
    if level == "full":
        return (gold.source or None) == _code(pred.source) and (gold.target or None) == _code(pred.target)
    return True


def _match(gold: list[GoldEvent], pred: list[Event], level: str) -> list[tuple[GoldEvent, Event]]:
    pairs, used = [], set()
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and _agrees(g, p, level):
                pairs.append((g, p))
                used.add(i)
                break
    return pairs


def prepared_docs(items: Sequence[GoldSentence]) -> list[Prepared]:
    """Every document of `items` through the pipeline once (reused by each model scored)."""
    return [prepare(d, gold_boundaries=False) for d in documents(items)]


def coder(model: EventModel | None = None) -> Callable[[Prepared], dict[str, list[Event]]]:
    """Events per gold sentence id from `model` (the shipped one by default)."""
    def predict(p: Prepared) -> dict[str, list[Event]]:
        m = model or load()
        out: dict[str, list[Event]] = {s.id: [] for s in p.doc.sentences}
        if m is None:
            return out
        found = m.code(p.ev)
        by_index: dict[int, list[GoldSentence]] = {}
        for s in p.doc.sentences:
            if s.id in p.index:
                by_index.setdefault(p.index[s.id], []).append(s)
        for f, e in zip(found, to_events(p.ev, found), strict=True):
            golds = by_index.get(f.sentence, [])
            pick = next((g for g in golds if e.trigger and e.trigger in g.text), golds[0] if golds else None)
            if pick is not None:
                out[pick.id].append(e)
        return out
    return predict


def score(prepared: Iterable[Prepared], predict: Callable[[Prepared], dict[str, list[Event]]] | None = None,
          min_confidence: float = 0.0) -> Scores:
    """Scores of the events `predict` finds (the shipped coder by default), counting those at or above
    `min_confidence`."""
    predict = predict or coder()
    scores = Scores()
    for p in prepared:
        found = predict(p)
        for item in p.doc.sentences:
            add(scores, item, [e for e in found.get(item.id, []) if (e.confidence or 0.0) >= min_confidence])
    return scores


def add(scores: Scores, item: GoldSentence, pred: list[Event]) -> None:
    """Count one sentence's coded events against its gold events."""
    scores.sentences += 1
    right = {id(e) for _, e in _match(item.events, pred, "type+actor+target")}
    for e in pred:
        cell = scores.calibration.setdefault(_band(e.confidence), [0, 0])
        cell[0] += id(e) in right
        cell[1] += 1
    for level in LEVELS:
        n = len(_match(item.events, pred, level))
        scores.prf[level].add(PRF(tp=n, fp=len(pred) - n, fn=len(item.events) - n))
    for t in {g.type for g in item.events} | {e.type for e in pred}:
        g_t = [g for g in item.events if g.type == t]
        p_t = [e for e in pred if e.type == t]
        n = len(_match(g_t, p_t, "type+actor+target"))
        scores.by_type.setdefault(t, PRF()).add(PRF(tp=n, fp=len(p_t) - n, fn=len(g_t) - n))
    for g, e in _match(item.events, pred, "type+actor"):
        scores.modality_total += 1
        scores.modality_right += g.modality == e.modality
    if len(right) != max(len(pred), len(item.events)):
        scores.errors.append(_describe(item, pred))


def agreement(first: Iterable[GoldSentence], second: Iterable[GoldSentence]) -> Scores:
    """How far two annotations of the same sentences agree: the second scored as if it were a coder
    against the first (P and R swap when the two are exchanged; F1 does not)."""
    other = {s.id: s for s in second}
    scores = Scores()
    for item in first:
        if item.id in other:
            add(scores, item, [_as_event(e, item.text) for e in other[item.id].events])
    return scores


def _actor(code: str | None) -> Actor | None:
    parts = (code or "").split()
    return Actor(code, None, parts[0], parts[1] if len(parts) > 1 else None) if parts else None


def _as_event(e: GoldEvent, text: str) -> Event:
    return Event(e.type, e.mode, None, _actor(e.source) or Actor(), _actor(e.target), e.date, None, e.modality,
                 text, 0, len(text), trigger=e.trigger, confidence=1.0)


def _band(confidence: float | None) -> float:
    return min(int((confidence or 0.0) * 10) / 10, 0.9)


def raw_bands(prepared: Iterable[Prepared], model: EventModel) -> dict[float, list[int]]:
    """Per band of the model's uncalibrated score, [right at type+actor+target, all] (for calibration)."""
    table, model.calibration = model.calibration, {}
    try:
        return score(prepared, coder(model)).calibration
    finally:
        model.calibration = table


def _describe(item: GoldSentence, pred: list[Event]) -> str:
    gold = "; ".join(f"{e.type} {e.source}>{e.target} {e.modality} [{e.trigger}]" for e in item.events) or "-"
    got = "; ".join(f"{e.type} {_code(e.source)}>{_code(e.target)} {e.modality} [{e.trigger}]" for e in pred) or "-"
    return f"{item.id}\n  {item.text}\n  gold: {gold}\n  got:  {got}"


def calibration_table(s: Scores) -> str:
    """Share of coded events right (type+actor+target) per confidence band, and P/R from the band up."""
    lines = [f"{'band':>5} {'right':>5} {'all':>5} {'share':>6}  {'P>=':>6} {'R>=':>6}"]
    gold = s.prf["type+actor+target"].tp + s.prf["type+actor+target"].fn
    for c in sorted(s.calibration, reverse=True):
        right, n = s.calibration[c]
        up = [v for k, v in s.calibration.items() if k >= c]
        tp, total = sum(v[0] for v in up), sum(v[1] for v in up)
        lines.append(f"{c:>5.1f} {right:>5} {n:>5} {right / n:>6.2f}  {tp / total:>6.3f} "
                     f"{tp / gold if gold else 0:>6.3f}")
    return "\n".join(lines)


def table(results: dict[str, Scores]) -> str:
    """The scores as a plain text table, one block per split."""
    lines = [f"{'split':<6} {'level':<18} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for split, s in results.items():
        for level, prf in s.prf.items():
            lines.append(f"{split:<6} {level:<18} {prf.precision:>6.3f} {prf.recall:>6.3f} {prf.f1:>6.3f} "
                         f"{prf.tp:>5.0f} {prf.fp:>5.0f} {prf.fn:>5.0f}")
        lines.append(f"{split:<6} {'modality acc.':<18} {s.modality_accuracy:>6.3f} "
                     f"({s.modality_right}/{s.modality_total} matched events, {s.sentences} sentences)")
    return "\n".join(lines)


def type_table(s: Scores) -> str:
    """Type+actor+target P/R/F1 per PLOVER type, most frequent in the gold first."""
    lines = [f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}"]
    gold = Counter({t: p.tp + p.fn for t, p in s.by_type.items()})
    for t, n in gold.most_common():
        p = s.by_type[t]
        lines.append(f"{t:<10} {p.precision:>6.3f} {p.recall:>6.3f} {p.f1:>6.3f} {n:>5.0f}")
    return "\n".join(lines)

