"""Draw the IndoSum articles and sentences of the PLOVER-ID event corpus.

Every IndoSum article not already in the first gold (the 1,930 sentences of six earlier
batches, kept as ``corpus/batches/g1.jsonl`` and ``g2.jsonl``) is a candidate. All remaining headline-news articles are taken, and a share of
the other categories (sport, technology, showbiz, entertainment, inspiration)
so the corpus keeps the real mix of Indonesian news and its negatives. From each
article one contiguous window of sentences is annotated (the lead half the time,
else a random window), with the two sentences before it as context.

The split is by article and fixed by the article id's MD5: 20 % test, 10 % dev,
70 % train. Output: ``corpus/batches/bNN.jsonl`` (one line per sentence) for the
annotators. Deterministic (seeded).

    python scripts/sample_event_corpus.py ../shared/data/news-indosum-dev
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_files import indosum_articles, published_of, sentences_of, write_article_batches  # noqa: E402

PER_ARTICLE = {"tajuk utama": 7}
OTHER_PER_ARTICLE = 5
OTHER_SHARE = {"olahraga": 150, "teknologi": 85, "showbiz": 85, "hiburan": 70, "inspirasi": 20}
BATCHES = 6


def split_of(article_id: str) -> str:
    h = int(hashlib.md5(article_id.encode()).hexdigest(), 16) % 20
    return "test" if h < 4 else "dev" if h < 6 else "train"


def main(data: str) -> None:
    rng = random.Random(20261203)
    arts = {r["id"]: r for r in indosum_articles(data)}
    used = {json.loads(line)["id"][8:].rsplit("#", 1)[0]
            for g in ("g1", "g2") for line in open(f"corpus/batches/{g}.jsonl", encoding="utf-8")}
    by_cat: dict[str, list[str]] = {}
    for aid in sorted(arts):
        if aid not in used:
            by_cat.setdefault(arts[aid]["category"], []).append(aid)
    chosen = list(by_cat.get("tajuk utama", []))
    for cat, n in OTHER_SHARE.items():
        pool = by_cat.get(cat, [])
        chosen += rng.sample(pool, min(n, len(pool)))
    rng.shuffle(chosen)
    rows = []
    for aid in chosen:
        r = arts[aid]
        sents = sentences_of(r)
        k = PER_ARTICLE.get(r["category"], OTHER_PER_ARTICLE)
        start = 0 if rng.random() < 0.5 or len(sents) <= k else rng.randint(0, len(sents) - k)
        published = published_of(aid)
        for i in range(start, min(start + k, len(sents))):
            if not sents[i].strip():
                continue
            rows.append({
                "id": f"indosum:{aid}#{i}", "split": split_of(aid), "category": r["category"],
                "url": r.get("source_url"), "published": published,
                "context": " ".join(sents[max(0, i - 2):i]) if i == start else "",
                "text": sents[i],
            })
    n_articles = write_article_batches(rows, Path("corpus/batches"), "b", BATCHES)  # whole articles per batch
    print(f"{n_articles} articles, {len(rows)} sentences, {BATCHES} batches")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/news-indosum-dev")
