"""Training the event models from the corpus: `warta train events`.

Every training document is run through the pipeline up to the events stage
(so mentions, countries, sectors, quotes and dates are the real ones the coder
will see), read as event sentences, and matched to its annotation: gold
triggers become the tagger's labels, each (gold trigger, mention) pair an
argument example, each event whose source no mention names an example of who
the implicit source is.
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pycrfsuite

from warta.annotate.events.features import (
    candidates,
    implicit_features,
    modality_features,
    mode_features,
    option_features,
    sector_features,
    seen,
    seen_actors,
    trigger_features,
)
from warta.annotate.events.modality import modality as rule_modality
from warta.annotate.events.model import (
    ARGUMENT_MODEL,
    IMPLICIT_HOME,
    IMPLICIT_LAST,
    IMPLICIT_NONE,
    IMPLICIT_SPEAKER,
    NO_MODE,
    SRC,
    TGT,
    TRIGGER_MODEL,
)
from warta.annotate.events.sentences import EvDoc, EvSentence, read
from warta.annotate.perceptron import Perceptron, Ranker
from warta.annotate.places import Context
from warta.clean.segment import sentence_spans
from warta.eval.event_corpus import GoldDoc, locate
from warta.model import Actor, RawDoc


@dataclass
class Prepared:
    """One corpus document after the pipeline: its event sentences, and which is each gold sentence."""

    doc: GoldDoc
    ev: EvDoc
    index: dict[str, int]  # gold sentence id -> index into ev.sentences
    places: Context = field(default_factory=Context)  # what the places stage knew of the article


def prepare(doc: GoldDoc, gold_boundaries: bool = True) -> Prepared:
    """Run the pipeline (all but events) over the document and read it for the event models.

    With `gold_boundaries` the annotated sentences are the sentences (training);
    without, the pipeline's own segmentation is used and each gold sentence is
    mapped to the sentence holding most of it (evaluation, as a user runs it).
    """
    from warta.doc import Options
    from warta.pipeline import run

    draft = run(RawDoc(doc.text, source=doc.sentences[0].id, kind="text", published=doc.published,
                       url=doc.sentences[0].url), Options(skip=("language", "events")))
    article = draft.article
    body = article.body
    located: list[tuple[str, tuple[int, int]]] = []
    pos = 0
    for s in doc.sentences:
        span = locate(body, s.text, pos)
        if span:
            located.append((s.id, span))
            pos = span[1]
    if gold_boundaries:
        spans = []
        first = located[0][1][0] if located else len(body)
        if first > 0:
            spans += sentence_spans(body[:first])
        spans += [span for _, span in located]
        index = {sid: len(spans) - len(located) + i for i, (sid, _) in enumerate(located)}
    else:
        spans = draft.sentences
        index = {}
        for sid, (lo, hi) in located:
            overlaps = [(min(hi, e) - max(lo, s), i) for i, (s, e) in enumerate(spans)]
            best = max(overlaps, default=(0, -1))
            if best[0] > 0:
                index[sid] = best[1]
    refs = draft.references if not gold_boundaries else []
    return Prepared(doc, read(article, spans, draft.actors, draft.home, refs), index, draft.places)


def _char_span(sent: EvSentence, body: str, text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    at = body.find(text, sent.start, sent.end)
    if at < 0:
        low = body.lower()
        at = low.find(text.lower(), sent.start, sent.end)
    return (at, at + len(text)) if at >= 0 else None


# Words a trigger phrase may open with that do not say what happened ("akan menangkap", "tidak menolak").
NOT_HEADS = frozenset("""akan tidak tak belum sudah telah masih sedang sangat jangan agar supaya untuk yang dan
    juga pun kembali segera berencana ingin hendak bisa dapat harus perlu mau turut ikut sempat terus secara
    dengan kepada terhadap oleh di ke dari para sejumlah " “ ” , (""".split())


def _token_span(sent: EvSentence, span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is None:
        return None
    idx = [i for i, t in enumerate(sent.tokens) if t.start < span[1] and span[0] < t.end]
    return (idx[0], idx[-1]) if idx else None


def head(sent: EvSentence, span: tuple[int, int]) -> tuple[int, int]:
    """The trigger phrase's head: its first word that says what happened, with a verb's particle or object
    noun left out ("akan mengunjungi Arab Saudi" -> "mengunjungi"). Annotators mark phrases of many shapes;
    the tagger learns one token per event, which it can find again."""
    first, last = span
    for i in range(first, last + 1):
        if sent.words[i] not in NOT_HEADS:
            return i, i
    return first, first


@dataclass
class Examples:
    crf: list[tuple[list[list[str]], list[str]]]
    modes: list[tuple[list[str], str]]
    args: list[tuple[list[list[str]], int]]
    implicit: list[tuple[list[str], str]]
    implicit_target: list[tuple[list[str], str]]
    modality: list[tuple[list[str], str]]
    sector: list[tuple[list[str], str]]


def _parts(code: str | None) -> tuple[str | None, str | None]:
    """A gold actor code "IDN COP" as (country, sector); (None, None) for no actor."""
    if not code:
        return None, None
    country, _, sector = code.partition(" ")
    return country, sector or None


def _implicit_label(code: str | None, home: str, last: str | None, speaker: Actor | None = None) -> str:
    """What the implicit-actor model should say for a gold actor no mention names: nobody, the
    sentence's speaker (sources only), the article's last one, or the home country in a sector."""
    country, sector = _parts(code)
    if not country:
        return IMPLICIT_NONE
    if speaker and speaker.country == country:
        return IMPLICIT_SPEAKER
    if last and _parts(last)[0] == country:
        return IMPLICIT_LAST
    if country == home:
        return IMPLICIT_HOME + (sector or "")
    return IMPLICIT_NONE


def _overlapping(sent: EvSentence, cands: list, span: tuple[int, int] | None) -> int | None:
    if span is None:
        return None
    for i, c in enumerate(cands):
        if sent.tokens[c.first].start < span[1] and span[0] < sent.tokens[c.last].end:
            return i
    return None


def examples(prepared: Iterable[Prepared]) -> Examples:
    out = Examples([], [], [], [], [], [], [])
    for p in prepared:
        body = p.ev.article.body
        by_sent = {p.index[s.id]: s for s in p.doc.sentences if s.id in p.index}
        recent: list[str] = []
        last_source: str | None = None
        last_target: str | None = None
        for i, sent in enumerate(p.ev.sentences):
            gold = by_sent.get(i)
            if gold is None:  # context only
                recent += seen_actors(sent)
                continue
            labels = ["O"] * len(sent.tokens)
            heads = {}
            for e in gold.events:
                trig = _token_span(sent, _char_span(sent, body, e.trigger))
                if trig is not None:
                    heads[id(e)] = head(sent, trig)
            requests = [heads[id(e)][0] for e in gold.events if e.type == "REQUEST" and id(e) in heads]
            for e in gold.events:
                if id(e) not in heads:
                    continue
                first, last = heads[id(e)]
                if all(labels[k] == "O" for k in range(first, last + 1)):
                    labels[first] = "B-" + e.type
                    for k in range(first + 1, last + 1):
                        labels[k] = "I-" + e.type
                out.modes.append((mode_features(sent, first, last, e.type), f"{e.type}/{e.mode or NO_MODE}"))
                rule = rule_modality(sent.words, first, last)
                out.modality.append((modality_features(sent, first, last, e.type, rule,
                                                       any(r < first for r in requests)), e.modality))
                src = _char_span(sent, body, e.source_text) if e.source else None
                tgt = _char_span(sent, body, e.target_text) if e.target else None
                cands = candidates(sent, first, last)
                src_at = _overlapping(sent, cands, src)
                home = p.ev.home
                if src is None or src_at is not None:  # a named source no mention covers teaches nothing
                    options = [*cands, None]
                    gold_at = src_at if src_at is not None else len(cands)
                    out.args.append(([option_features(SRC, sent, first, last, e.type, c, home) for c in options],
                                     gold_at))
                rest = [c for k, c in enumerate(cands) if k != src_at]
                tgt_at = _overlapping(sent, rest, tgt)
                if tgt is None or tgt_at is not None:
                    options = [*rest, None]
                    gold_at = tgt_at if tgt_at is not None else len(rest)
                    out.args.append(([option_features(TGT, sent, first, last, e.type, c, home) for c in options],
                                     gold_at))
                for role, cand, code in ((SRC, cands[src_at] if src_at is not None else None, e.source),
                                         (TGT, rest[tgt_at] if tgt_at is not None else None, e.target)):
                    if cand is not None and not cand.actor.sector:
                        label = _parts(code)[1] or NO_MODE
                        out.sector.append((sector_features(sent, cand, role, e.type, first), label))
                feats = implicit_features(sent, first, last, e.type, e.mode, recent, home)
                if src_at is None:
                    out.implicit.append((feats, _implicit_label(e.source, home, last_source, sent.speaker)))
                if tgt_at is None:
                    out.implicit_target.append((feats, _implicit_label(e.target, home, last_target)))
                if e.source:
                    last_source = e.source
                    recent.append(seen("src", _parts(e.source)[1]))
                if e.target:
                    last_target = e.target
                    recent.append(seen("tgt", _parts(e.target)[1]))
            out.crf.append((trigger_features(sent), labels))
            recent += seen_actors(sent)
    return out


def fit(ex: Examples, folder: Path, c1: float = 0.1, c2: float = 0.01, iterations: int = 150,
        epochs: int = 12) -> dict[str, float]:
    """Train every part from `ex` and write them to `folder`; returns seconds per part."""
    folder.mkdir(parents=True, exist_ok=True)
    times = {}
    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    for feats, labels in ex.crf:
        trainer.append(feats, labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    trainer.train(str(folder / TRIGGER_MODEL))
    times["trigger"] = time.perf_counter() - t0
    parts = {}
    for name, data in (("mode", ex.modes), ("implicit", ex.implicit), ("implicit_target", ex.implicit_target),
                       ("modality", ex.modality), ("sector", ex.sector)):
        t0 = time.perf_counter()
        parts[name] = Perceptron().fit(data or [(["bias"], IMPLICIT_NONE)], epochs=epochs).to_json()
        times[name] = time.perf_counter() - t0
    t0 = time.perf_counter()
    parts["args"] = Ranker().fit(ex.args, epochs=epochs).to_json()
    times["args"] = time.perf_counter() - t0
    with gzip.open(folder / ARGUMENT_MODEL, "wt", encoding="utf-8") as fh:
        json.dump(parts, fh, ensure_ascii=False, separators=(",", ":"))
    return times


def train(prepared: Sequence[Prepared], folder: Path, share: float = 1.0) -> tuple[int, dict[str, float]]:
    """Train on the first `share` of the prepared training documents; returns documents used and timings."""
    docs = prepared[:max(1, round(len(prepared) * share))]
    return len(docs), fit(examples(docs), folder)


def set_threshold(folder: Path, threshold: float) -> None:
    """Write the trigger threshold chosen on dev into the model in `folder`."""
    _update(folder, "threshold", threshold)


def _update(folder: Path, key: str, value: object) -> None:
    path = folder / ARGUMENT_MODEL
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        raw = json.load(fh)
    raw[key] = value
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump(raw, fh, ensure_ascii=False, separators=(",", ":"))


def calibrate(folder: Path, right: dict[float, list[int]]) -> dict[str, float]:
    """Write the confidence calibration into the model in `folder`: per band of the raw score, the share
    of events right on the dev split, made to rise with the score (adjacent bands that disagree are
    pooled), so a higher confidence never means a lower chance of being right."""
    pools: list[list[float]] = []  # [right, all, first band, last band]
    for band, (r, n) in sorted(right.items()):
        pools.append([float(r), float(n), band, band])
        while len(pools) > 1 and pools[-2][0] / pools[-2][1] >= pools[-1][0] / pools[-1][1]:
            r2, n2, _, last = pools.pop()
            pools[-1][0] += r2
            pools[-1][1] += n2
            pools[-1][3] = last
    table: dict[str, float] = {}
    for hits, total, lo, hi in pools:
        for band in sorted(right):
            if lo <= band <= hi:
                table[f"{band:.1f}"] = round(hits / total, 3)
    _update(folder, "calibration", table)
    return table
