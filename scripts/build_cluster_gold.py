"""Build the event-cluster gold (`warta/eval/gold/event_clusters.jsonl`) from `corpus/clusters/ann/`.

Each annotated batch names its reports by article and sentence; the gold keeps every article those
reports come from, whole (IndoSum, CC BY-SA 4.0), with its reports. Batch c01 is the dev split, c02
the test split (they cover different months, so no story is in both). Each report's sentence is
checked to be a sentence of its article.

Run: `python scripts/build_cluster_gold.py --data ../shared/data` (deterministic).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from corpus_files import ROOT, indosum_articles, published_of, sentences_of, write_jsonl

ANN = ROOT / "corpus" / "clusters" / "ann"
OUT = ROOT / "warta" / "eval" / "gold" / "event_clusters.jsonl"
SPLITS = {"c01": "dev", "c02": "test"}
FIELDS = ("report", "cluster", "sentence", "type", "mode", "source", "target", "date", "place", "modality")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    records = {r["id"]: r for r in indosum_articles(args.data / "news-indosum-dev")}
    by_article: dict[str, dict] = {}
    for batch, split in SPLITS.items():
        for line in (ANN / f"{batch}.jsonl").read_text(encoding="utf-8").splitlines():
            rep = json.loads(line)
            rec = records[rep["article"]]
            if rep["sentence"] not in sentences_of(rec):
                raise SystemExit(f"{batch} {rep['report']}: the sentence is not in {rep['article']}")
            art = by_article.setdefault(rep["article"], {
                "article": rep["article"], "split": split, "outlet": rec["source"], "url": rec["source_url"],
                "published": published_of(rep["article"]), "text": "\n\n".join(" ".join(
                    sentences_of({"paragraphs": [p]})) for p in rec["paragraphs"]), "reports": []})
            if art["split"] != split:
                raise SystemExit(f"{rep['article']} is in both splits")
            art["reports"].append({k: rep.get(k) for k in FIELDS})
    rows = sorted(by_article.values(), key=lambda a: (a["split"], a["published"], a["article"]))
    write_jsonl(OUT, rows)
    n = sum(len(a["reports"]) for a in rows)
    clusters = {r["cluster"] for a in rows for r in a["reports"]}
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} articles, {n} reports, {len(clusters)} clusters")


if __name__ == "__main__":
    main()
