"""Draw the sentences of the geocoding gold (`corpus/geo/batches/`), seeded and reproducible.

Two kinds of batch:
- `m*.jsonl`, place mentions: the first sentences of IndoSum articles that are not in the event
  corpus, and of the portal HTML pages' expected bodies (outlets IndoSum does not hold); the
  annotator marks every place mention and resolves it. Articles alternate dev / test.
- `e*.jsonl`, event places: the event corpus's dev and test sentences that carry events; the
  annotator says, for each gold event, where it happened when the sentence says so.

Run: `python scripts/sample_geo_gold.py --data ../shared/data`.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from corpus_files import ROOT, indosum_articles, known_splits, sentences_of, write_jsonl

OUT = ROOT / "corpus" / "geo" / "batches"
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def mention_rows(data: Path, articles: int, per_article: int, seed: int) -> list[dict]:
    known = known_splits()
    pool = [r for r in indosum_articles(data / "news-indosum-dev") if r["id"] not in known]
    random.Random(seed).shuffle(pool)
    rows = []
    for n, r in enumerate(pool[:articles]):
        split = "dev" if n % 2 == 0 else "test"
        for i, text in enumerate(sentences_of(r)[:per_article]):
            rows.append({"id": f"indosum:{r['id']}#{i}", "split": split, "text": text, "places": []})
    expected = [json.loads(line) for line in open(data / "news-html-id-portals" / "expected.jsonl", encoding="utf-8")]
    for n, page in enumerate(p for p in expected if p["kind"] == "article"):
        split = "dev" if n % 2 == 0 else "test"
        sentences = [s for para in page["content"].split("\n") for s in _SENT.split(para.strip()) if s]
        for i, text in enumerate(sentences[:per_article]):
            rows.append({"id": f"portal:{page['fixture']}#{i}", "split": split, "text": text, "places": []})
    return rows


def event_rows() -> list[dict]:
    rows = []
    for split in ("dev", "test"):
        for line in open(ROOT / "warta" / "eval" / "gold" / "events" / f"{split}.jsonl", encoding="utf-8"):
            r = json.loads(line)
            if r["events"]:
                rows.append({"id": r["id"], "split": split, "context": r["context"], "text": r["text"],
                             "events": [{"type": e["type"], "trigger": e["trigger"], "source_text": e["source_text"],
                                         "target_text": e["target_text"], "place": None} for e in r["events"]]})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--articles", type=int, default=120)
    ap.add_argument("--per-article", type=int, default=6)
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    mentions = mention_rows(args.data, args.articles, args.per_article, seed=18)
    half = len(mentions) // 2
    cut = next(i for i in range(half, len(mentions)) if mentions[i]["id"].rsplit("#", 1)[0]
               != mentions[i - 1]["id"].rsplit("#", 1)[0])
    write_jsonl(OUT / "m01.jsonl", mentions[:cut])
    write_jsonl(OUT / "m02.jsonl", mentions[cut:])
    events = event_rows()
    half = len(events) // 2
    write_jsonl(OUT / "e01.jsonl", events[:half])
    write_jsonl(OUT / "e02.jsonl", events[half:])
    print(f"mentions: {len(mentions)} sentences; event sentences: {len(events)}")


if __name__ == "__main__":
    main()
