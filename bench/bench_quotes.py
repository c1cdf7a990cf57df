"""Throughput of `process()` with the quotes stage on and off (articles per second, one core).

    python bench/bench_quotes.py [--data ../shared/data] [--limit 500]

Corpus: IndoSum dev articles (detokenised plain text; about half carry a
quotation with a speech verb). Entities and dates run in both passes, so the
difference is the cost of the quotes stage alone; each is the best of two passes.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

from warta import RawDoc, process
from warta.errors import WartaError


def load(data: Path, limit: int) -> list[RawDoc]:
    from warta.sources.indosum import read_indosum

    docs = []
    for raw in read_indosum(data / "news-indosum-dev"):
        docs.append(raw)
        if len(docs) >= limit:
            break
    return docs


def run(docs: list[RawDoc], skip: tuple[str, ...]) -> tuple[int, int, float]:
    process(docs[0], skip)  # load models once, outside the clock
    gc.collect()
    quotes, start = 0, time.perf_counter()
    for raw in docs:
        try:
            quotes += len(process(raw, skip).quotes)
        except WartaError:
            pass
    return len(docs), quotes, time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--limit", type=int, default=500, help="IndoSum articles to use")
    args = ap.parse_args()
    if not (args.data / "news-indosum-dev").exists():
        sys.exit(f"error: data not found at {args.data} (pass --data PATH to the corpora folder)")
    docs = load(args.data, args.limit)
    print(f"{'quotes':<8} {'articles':>8} {'quotes found':>12} {'seconds':>8} {'art/s':>8}")
    for label, skip in (("off", ("quotes", "events")), ("on", ("events",))):
        n, found, secs = min((run(docs, skip) for _ in range(2)), key=lambda r: r[2])  # best of two passes
        print(f"{label:<8} {n:>8} {found:>12} {secs:>8.2f} {n / secs:>8.1f}")


if __name__ == "__main__":
    main()
