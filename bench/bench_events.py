"""Cost of event coding: articles per second with the events stage on and off.

    python bench/bench_events.py [--data ../shared/data] [--limit 300]

Runs the IndoSum dev articles (plain text) through `process()` twice, once
skipping only the events stage and once with every stage, and prints the
events found per article.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from warta import RawDoc, process
from warta.errors import WartaError


def load(data: Path, limit: int) -> list[RawDoc]:
    from warta.sources.indosum import read_indosum

    docs: list[RawDoc] = []
    for raw in read_indosum(data / "news-indosum-dev"):
        docs.append(raw)
        if len(docs) >= limit:
            break
    return docs


def run(docs: list[RawDoc], skip: tuple[str, ...]) -> tuple[float, int]:
    for raw in docs[:50]:  # resources load and caches warm outside the clock
        try:
            process(raw, ())
        except WartaError:
            pass
    events, start = 0, time.perf_counter()
    for raw in docs:
        try:
            events += len(process(raw, skip).events)
        except WartaError:
            pass
    return time.perf_counter() - start, events


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--limit", type=int, default=300)
    args = ap.parse_args()
    if not (args.data / "news-indosum-dev").exists():
        sys.exit(f"error: data not found at {args.data} (pass --data PATH to the corpora folder)")
    docs = load(args.data, args.limit)
    print(f"{'events':<8} {'articles':>8} {'seconds':>8} {'art/s':>8} {'events/art':>10}")
    for label, skip in (("off", ("events",)), ("on", ())):
        secs, n = run(docs, skip)
        print(f"{label:<8} {len(docs):>8} {secs:>8.2f} {len(docs) / secs:>8.1f} {n / len(docs):>10.2f}")


if __name__ == "__main__":
    main()
