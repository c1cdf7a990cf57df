"""Draw the paragraphs of the news-tone gold set from IndoSum.

Paragraphs of 40 to 900 characters, from every IndoSum category in proportion to
the corpus (headline news, sport, showbiz, technology, entertainment), at most
two per article. The split is the article's split in the event corpus (test for
its test articles, else the same MD5 rule), dev otherwise. Output:
``corpus/tone/batches/tNN.jsonl`` and ``corpus/tone/second/sample.jsonl`` (a
sample across the batches for an independent second annotation).

    python scripts/sample_tone_gold.py ../shared/data
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_files import known_splits, paragraphs, write_jsonl  # noqa: E402
from sample_date_gold import split_of  # noqa: E402

TOTAL = 390
BATCHES = 3
SECOND = 120


def main(data: str) -> None:
    rng = random.Random(20261208)
    known = known_splits()
    pool: list[dict] = []
    for r, paras, published in paragraphs(data):
        good = [(i, p) for i, p in enumerate(paras) if 40 <= len(p) <= 900]
        for i, text in rng.sample(good, min(2, len(good))):
            pool.append({"id": f"indosum:{r['id']}#p{i}", "split": split_of(r["id"], known),
                         "category": r["category"], "published": published, "text": text})
    rng.shuffle(pool)
    rows = pool[:TOTAL]
    out = Path("corpus/tone/batches")
    out.mkdir(parents=True, exist_ok=True)
    for n in range(BATCHES):
        write_jsonl(out / f"t{n + 1:02d}.jsonl", rows[n::BATCHES])
    second = Path("corpus/tone/second")
    second.mkdir(parents=True, exist_ok=True)
    write_jsonl(second / "sample.jsonl", rng.sample(rows, SECOND))
    print(f"{len(rows)} paragraphs in {BATCHES} batches, {SECOND} for the second annotation")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
