"""Throughput of `process()` (articles per second, one core) and peak memory.

    python bench/bench_pipeline.py [--data ../shared/data] [--limit 1000]

Corpora: the IndoSum dev articles (detokenised plain text) and the
news-html-id-portals article pages. Each is run with the cleaning stages only
and with every stage, so the cost of each annotator shows.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from warta import RawDoc, process
from warta.errors import WartaError

ANNOTATORS = ("entities", "quotes", "events")


def indosum(data: Path, limit: int) -> list[RawDoc]:
    from warta.sources.indosum import read_indosum

    docs = []
    for raw in read_indosum(data / "news-indosum-dev"):
        docs.append(raw)
        if len(docs) >= limit:
            break
    return docs


def html_pages(data: Path, limit: int) -> list[RawDoc]:
    from warta.eval.clean import portal_pages

    return [raw for _, raw in portal_pages(data)][:limit]


def run(docs: Iterable[RawDoc], skip: tuple[str, ...], repeat: int) -> tuple[int, float]:
    docs = list(docs)
    process(docs[0], skip)  # load models once, outside the clock
    gc.collect()
    n, start = 0, time.perf_counter()
    for _ in range(repeat):
        for raw in docs:
            try:
                process(raw, skip)
            except WartaError:
                pass
            n += 1
    return n, time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--limit", type=int, default=1000, help="IndoSum articles to use")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the HTML pages (there are only 26)")
    args = ap.parse_args()
    if not (args.data / "news-indosum-dev").exists():
        sys.exit(f"error: data not found at {args.data} (pass --data PATH to the corpora folder)")
    corpora: list[tuple[str, Callable[[], list[RawDoc]], int]] = [
        ("IndoSum text", lambda: indosum(args.data, args.limit), 1),
        ("portal HTML", lambda: html_pages(args.data, 1000), args.repeat),
    ]
    print(f"{'corpus':<14} {'stages':<10} {'articles':>8} {'seconds':>8} {'art/s':>8}")
    for name, load, repeat in corpora:
        docs = load()
        for label, skip in (("clean", ANNOTATORS), ("all", ())):
            n, secs = run(docs, skip, repeat)
            print(f"{name:<14} {label:<10} {n:>8} {secs:>8.2f} {n / secs:>8.1f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB (whole run, models included)")


if __name__ == "__main__":
    main()
