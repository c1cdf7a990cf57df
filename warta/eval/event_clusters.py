"""Scoring event clusters on the hand-made cluster gold (`warta eval event-clusters`).

The gold (`corpus/clusters/`) holds whole IndoSum articles about stories several outlets covered,
and in them the reports of each event (the sentence that states it, its PLOVER type and actors),
grouped by hand into same-event clusters, with near misses (other acts of the same story) kept
apart. Two scores:

- **end to end**: the articles of a split are ingested into a fresh store, oldest first, as a user
  would; each gold report is the coded event of the same type in its sentence (else any coded event
  there); a gold report the coder did not find counts as a cluster of its own;
- **linking the gold events**: the same linking rule on the gold reports themselves (their gold
  type, actor codes and sentence), which measures the rule apart from the coder.

Both give pairwise and B-cubed precision, recall and F1 over the gold reports.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from itertools import combinations
from pathlib import Path
from typing import Any

from warta.eval.event_corpus import locate
from warta.eval.metrics import PRF
from warta.event_clusters import Report, cluster_reports, content_words, dated_span
from warta.model import RawDoc


def gold_path() -> Path:
    return Path(str(resources.files("warta") / "eval" / "gold" / "event_clusters.jsonl"))


def load_gold(path: Path | None = None) -> list[dict[str, Any]]:
    return [json.loads(x) for x in (path or gold_path()).read_text(encoding="utf-8").splitlines() if x.strip()]


@dataclass
class ClusterScores:
    pairwise: PRF
    bcubed_p: float
    bcubed_r: float
    reports: int
    gold_clusters: int
    found: int = 0  # gold reports matched to a coded event (end to end)

    @property
    def bcubed_f1(self) -> float:
        p, r = self.bcubed_p, self.bcubed_r
        return 2 * p * r / (p + r) if p + r else 0.0


def compare(gold: dict[str, str], pred: dict[str, str]) -> ClusterScores:
    """Pairwise and B-cubed scores of `pred` against `gold` (item -> cluster), over gold's items."""
    items = sorted(gold)
    by_gold: dict[str, set[str]] = defaultdict(set)
    by_pred: dict[str, set[str]] = defaultdict(set)
    for i in items:
        by_gold[gold[i]].add(i)
        by_pred[pred[i]].add(i)
    p_sum = r_sum = 0.0
    for i in items:
        same = len(by_gold[gold[i]] & by_pred[pred[i]])
        p_sum += same / len(by_pred[pred[i]])
        r_sum += same / len(by_gold[gold[i]])
    prf = PRF()
    for a, b in combinations(items, 2):
        g, p = gold[a] == gold[b], pred[a] == pred[b]
        prf.tp += g and p
        prf.fp += p and not g
        prf.fn += g and not p
    n = len(items) or 1
    return ClusterScores(prf, p_sum / n, r_sum / n, len(items), len(by_gold))


def _gold_clusters(articles: list[dict[str, Any]]) -> dict[str, str]:
    return {r["report"]: r["cluster"] for a in articles for r in a["reports"]}


def _ordered(articles: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(articles, key=lambda a: (a["published"] or "", a["article"]))


def score_gold_events(articles: list[dict[str, Any]]) -> ClusterScores:
    """The linking rule over the gold reports (gold type, actor codes, sentence), oldest article first."""
    reports = []
    for a in _ordered(articles):
        for r in a["reports"]:
            start, end = dated_span(r.get("date"), a["published"])
            reports.append(Report((r["report"], 0), r["type"], r.get("mode"),
                                  f"|{r['source']}" if r.get("source") else None,
                                  f"|{r['target']}" if r.get("target") else None,
                                  start, end, None, content_words(r["sentence"])))
    linked = cluster_reports(reports)
    return compare(_gold_clusters(articles), {k[0]: v for k, v in linked.items()})


def score_end_to_end(articles: list[dict[str, Any]]) -> ClusterScores:
    """Ingest the articles into a fresh store and read each gold report's cluster off its coded event."""
    from warta.cluster import signature
    from warta.pipeline import process
    from warta.store.sqlite import Store

    pred: dict[str, str] = {}
    found = 0
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "clusters.db") as store:
        for a in _ordered(articles):
            art = process(RawDoc(a["text"], source=f"indosum:{a['article']}", kind="text", url=a.get("url"),
                                 published=a["published"], outlet=a.get("outlet")))
            store.add(art, art.source, signature(art.body))
            clusters = dict(((row["idx"]), row["cluster_id"]) for row in store.rows(
                "SELECT idx, cluster_id FROM event_reports WHERE article_id = ?", (art.id,)))
            for r in a["reports"]:
                span = locate(art.body, r["sentence"], 0)
                hits = [(i, e) for i, e in enumerate(art.events)
                        if span is not None and e.start < span[1] and e.end > span[0]]
                hit = next((i for i, e in hits if e.type == r["type"]), hits[0][0] if hits else None)
                if hit is None:
                    pred[r["report"]] = "missed:" + r["report"]
                else:
                    pred[r["report"]] = clusters[hit]
                    found += 1
    scores = compare(_gold_clusters(articles), pred)
    scores.found = found
    return scores


def table(results: dict[str, dict[str, ClusterScores]]) -> str:
    rows = [f"{'split':<6} {'scored':<22} {'reports':>7} {'clusters':>8} {'found':>6} "
            f"{'pairwise P / R / F1':>22} {'B-cubed P / R / F1':>22}"]
    for split, by in results.items():
        for name, sc in by.items():
            found = f"{sc.found}" if name == "end to end" else ""
            rows.append(f"{split:<6} {name:<22} {sc.reports:>7} {sc.gold_clusters:>8} {found:>6} "
                        f"{sc.pairwise.precision:>6.3f} / {sc.pairwise.recall:.3f} / {sc.pairwise.f1:.3f} "
                        f"{sc.bcubed_p:>6.3f} / {sc.bcubed_r:.3f} / {sc.bcubed_f1:.3f}")
    return "\n".join(rows)


def sizes(articles: list[dict[str, Any]]) -> Counter[int]:
    """How many gold clusters have 1, 2, 3 ... reports."""
    return Counter(Counter(_gold_clusters(articles).values()).values())
