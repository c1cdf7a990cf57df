"""Scoring the places stage on the geocoding gold (`warta eval places`).

Two gold sets, annotated from the text and GeoNames by hand (`corpus/geo/`):
- place mentions in the lead sentences of IndoSum articles and portal pages: each article's
  annotated sentences run through the pipeline as one article, and each gold mention is compared
  with the place of the entity mention that covers it (or the dateline's, for a dateline);
- the places of the event corpus's gold events: each event's sentence, with the gold trigger,
  goes through the events stage's place step, as the coder would place an event it found there.

A country is right when the country is; a province or state when it is the same one; a regency,
city or smaller place when the entry found is a regency or city of the same country within 25 km of
the gold point (a district counts as its town). Seas, regions and sites are counted apart: the
gazetteer does not hold them.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from warta.annotate.places import key, place_of
from warta.eval.event_corpus import locate
from warta.model import Article, Place, RawDoc

SCORED = ("country", "adm1", "adm2", "city", "local")
NEAR_KM = 25.0


@dataclass
class PlaceScores:
    right: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)  # gold places the pipeline placed at all
    errors: list[str] = field(default_factory=list)

    def accuracy(self, kind: str = "all", of_found: bool = False) -> float:
        n = self.found[kind] if of_found else self.total[kind]
        return self.right[kind] / n if n else 0.0


def gold_path(name: str) -> Path:
    return Path(str(resources.files("warta") / "eval" / "gold" / name))


def load_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def right(gold: dict[str, Any], pred: Place | None) -> bool:
    """Whether `pred` is the place the gold names, at the gold's level."""
    if pred is None:
        return False
    kind = gold["kind"]
    if kind == "country":
        return pred.kind == "country" and pred.country == gold["country"]
    if kind == "adm1":
        if gold.get("province"):
            return pred.kind == "adm1" and pred.id == gold["province"]
        return pred.kind == "adm1" and pred.country == gold["country"] and key(pred.name) == key(gold["name"])
    if pred.kind not in ("adm2", "adm3", "city") or pred.country != gold["country"]:
        return False
    if gold.get("lat") is None or pred.lat is None or pred.lon is None:
        return key(pred.name) in (key(gold["name"]), key(gold["text"]))
    return km(gold["lat"], gold["lon"], pred.lat, pred.lon) <= NEAR_KM


def _count(scores: PlaceScores, gold: dict[str, Any], pred: Place | None, where: str) -> None:
    kind = gold["kind"] if gold["kind"] in SCORED else "other"
    for k in (kind, "all") if kind != "other" else (kind,):
        scores.total[k] += 1
        scores.found[k] += pred is not None
        scores.right[k] += right(gold, pred) if kind != "other" else 0
    if kind != "other" and not right(gold, pred):
        got = f"{pred.kind} {pred.name} ({pred.country}, {pred.lat}, {pred.lon})" if pred else "nothing"
        scores.errors.append(f"{where}: {gold['text']!r} is {gold['kind']} {gold['name']} "
                             f"({gold['country']}, {gold.get('lat')}, {gold.get('lon')}); got {got}")


def _articles(items: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        out.setdefault(item["id"].rsplit("#", 1)[0], []).append(item)
    return out


def _place_at(art: Article, start: int, end: int) -> Place | None:
    """The place of the entity mention that covers most of [start, end)."""
    best, best_overlap = None, 0
    for ent in art.entities:
        for m in ent.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > best_overlap:
                best, best_overlap = (place_of(m.place) or ent.place), overlap
    return best


def _sentence_span(body: str, text: str, pos: int) -> tuple[int, int] | None:
    """Where the sentence lies in the body: its (start, end), the start being where the body's copy
    begins when the cleaning cut a dateline off its front."""
    span = locate(body, text, pos)
    if span is not None:
        return span
    for cut in (i + 1 for i, ch in enumerate(text[:120]) if ch == " "):
        at = body.find(text[cut:], pos)
        if at >= 0:
            return at, at + len(text) - cut
    return None


def score_mentions(items: Iterable[dict[str, Any]]) -> PlaceScores:
    from warta.doc import Options
    from warta.pipeline import process

    scores = PlaceScores()
    for doc_id, sentences in _articles(items).items():
        text = "\n\n".join(s["text"] for s in sentences)
        art = process(RawDoc(text, source=doc_id, kind="text"), Options(skip=("language", "quotes", "events", "tone")))
        pos = 0
        dateline = art.dateline.location if art.dateline else None
        for s in sentences:
            span = _sentence_span(art.body, s["text"], pos)
            if span:
                pos = span[1]
            for g in s["places"]:
                rel = -1
                for _ in range(g["occurrence"]):
                    rel = s["text"].find(g["text"], rel + 1)
                pred = None
                if span is not None:
                    start = span[1] - (len(s["text"]) - rel)
                    pred = _place_at(art, start, start + len(g["text"])) if start >= span[0] else dateline
                _count(scores, g, pred, s["id"])
    return scores


def score_events(items: Iterable[dict[str, Any]]) -> PlaceScores:
    """The place step on gold events: the gold trigger's tokens stand for what the coder found."""
    from warta.annotate.events import to_events
    from warta.annotate.events.model import Found
    from warta.annotate.events.train import prepare
    from warta.eval.event_corpus import documents, load

    wanted = {item["id"]: item for item in items}
    corpus = load(sorted({item["split"] for item in wanted.values()}))
    scores = PlaceScores()
    for doc in documents(s for s in corpus if s.id in wanted):
        p = prepare(doc, gold_boundaries=True)
        for s in doc.sentences:
            item, at = wanted[s.id], p.index.get(s.id)
            if at is None:
                continue
            sent = p.ev.sentences[at]
            for g in item["events"]:
                first = _trigger_token(sent.tokens, g["trigger"])
                if first is None:
                    continue
                found = Found(at, first, first, g["type"], None, None, None, 1.0, "asserted")
                event = to_events(p.ev, [found], p.places)[0]
                pred = event.location if event.place_source == "sentence" else None
                if g["place"] is None:
                    scores.total["none"] += 1
                    scores.right["none"] += pred is None
                    if pred is not None:
                        scores.errors.append(f"{s.id}: {g['type']} {g['trigger']!r} has no place; got {pred.name}")
                    continue
                _count(scores, g["place"], pred, f"{s.id} {g['type']} {g['trigger']!r}")
    return scores


def _trigger_token(tokens: list[Any], trigger: str | None) -> int | None:
    words = (trigger or "").lower().split()
    for i, t in enumerate(tokens):
        if words and t.text.lower() == words[0]:
            return i
    return None


def table(results: dict[str, PlaceScores], title: str) -> str:
    rows = [f"{title:<22} {'split':<6} {'right':>6} {'all':>5} {'acc':>6} {'acc|found':>10}"]
    for split, sc in results.items():
        for kind in ("all", *SCORED):
            if sc.total[kind]:
                rows.append(f"{kind:<22} {split:<6} {sc.right[kind]:>6} {sc.total[kind]:>5} "
                            f"{sc.accuracy(kind):>6.3f} {sc.accuracy(kind, of_found=True):>10.3f}")
        for kind, label in (("other", "regions and sites"), ("none", "no place: none given")):
            if sc.total[kind]:
                note = f"{sc.found[kind]} placed" if kind == "other" else f"{sc.right[kind]} right"
                rows.append(f"{label:<22} {split:<6} {note:>12} of {sc.total[kind]}")
    return "\n".join(rows)
