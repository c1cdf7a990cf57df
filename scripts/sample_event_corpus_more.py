"""Draw more training sentences for the PLOVER-ID event corpus: the rest of the train-split articles.

After the first draw (`sample_event_corpus.py`), the articles whose split is
`train` (by the same MD5 rule; the first gold's dev articles count as train) have
sentences nobody annotated yet. This takes, per article, the next window of up
to eight sentences after the annotated ones (with two sentences of context), so
the learned coder gets more training text; dev and test articles are never
drawn. Output: ``corpus/batches/cNN.jsonl``.

    python scripts/sample_event_corpus_more.py ../shared/data/news-indosum-dev
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_files import indosum_articles, published_of, sentences_of, write_article_batches  # noqa: E402

WINDOW = 8
BATCHES = 6
TARGET = 6000


def main(data: str) -> None:
    rng = random.Random(20261204)
    arts = {r["id"]: r for r in indosum_articles(data)}
    done: dict[str, set[int]] = {}
    split: dict[str, str] = {}
    # the first draw and the first gold (not this script's own batches, so a rerun gives the same draw)
    for f in sorted(Path("corpus/batches").glob("[bg]*.jsonl")):
        for line in open(f, encoding="utf-8"):
            b = json.loads(line)
            aid, i = b["id"][8:].rsplit("#", 1)
            done.setdefault(aid, set()).add(int(i))
            s = b["split"]
            split[aid] = "train" if f.name.startswith("g") and s == "dev" else s
    train = sorted(a for a, s in split.items() if s == "train" and arts[a]["category"] == "tajuk utama")
    rng.shuffle(train)
    rows = []
    for aid in train:
        if len(rows) >= TARGET:
            break
        r = arts[aid]
        sents = sentences_of(r)
        start = max(done[aid]) + 1
        if start >= len(sents):
            continue
        published = published_of(aid)
        for i in range(start, min(start + WINDOW, len(sents))):
            if sents[i].strip() and i not in done[aid]:
                rows.append({"id": f"indosum:{aid}#{i}", "split": "train", "category": r["category"],
                             "url": r.get("source_url"), "published": published,
                             "context": " ".join(sents[max(0, i - 2):i]) if i == start else "", "text": sents[i]})
    n_articles = write_article_batches(rows, Path("corpus/batches"), "c", BATCHES)
    print(f"{n_articles} articles, {len(rows)} sentences, {BATCHES} batches")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/news-indosum-dev")
