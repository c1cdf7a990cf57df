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

import datetime as dt
import gzip
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from warta.sources.indosum import _join, _sentence_tokens  # noqa: E402

WINDOW = 8
BATCHES = 6
TARGET = 6000


def main(data: str) -> None:
    rng = random.Random(20261204)
    arts: dict[str, dict] = {}
    for f in sorted(Path(data).glob("*.jsonl.gz")):
        for line in gzip.open(f, "rt", encoding="utf-8"):
            r = json.loads(line)
            arts.setdefault(r["id"], r)
    done: dict[str, set[int]] = {}
    split: dict[str, str] = {}
    for f in sorted(Path("corpus/batches").glob("*.jsonl")):
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
        sents = [_join(_sentence_tokens([s])) for p in r["paragraphs"] for s in p]
        start = max(done[aid]) + 1
        if start >= len(sents):
            continue
        published = dt.datetime.fromtimestamp(int(aid.split("-", 1)[0]), dt.UTC).date().isoformat()
        for i in range(start, min(start + WINDOW, len(sents))):
            if sents[i].strip() and i not in done[aid]:
                rows.append({"id": f"indosum:{aid}#{i}", "split": "train", "category": r["category"],
                             "url": r.get("source_url"), "published": published,
                             "context": " ".join(sents[max(0, i - 2):i]) if i == start else "", "text": sents[i]})
    articles: dict[str, list[dict]] = {}
    for row in rows:
        articles.setdefault(row["id"].rsplit("#", 1)[0], []).append(row)
    groups: list[list[dict]] = [[] for _ in range(BATCHES)]
    for n, art_rows in enumerate(articles.values()):
        groups[n % BATCHES].extend(art_rows)
    for n, group in enumerate(groups, 1):
        with open(Path("corpus/batches") / f"c{n:02d}.jsonl", "w", encoding="utf-8") as fh:
            for row in group:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(articles)} articles, {len(rows)} sentences, {BATCHES} batches")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/news-indosum-dev")
