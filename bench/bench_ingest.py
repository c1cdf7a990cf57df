"""Ingest throughput (articles/s, 1 and 2 workers) and memory on a long synthesised stream.

    python bench/bench_ingest.py [--data ../shared/data] [--limit 1000] [--stream 5000] [--workers 1 2]
    python bench/bench_ingest.py --limit 3463 --stream 100000     # the numbers in the README

Throughput: the IndoSum dev articles (detokenised), every pipeline stage, into a
fresh SQLite file, timed end to end (reading, processing, clustering, writing).
Memory: a stream of `--stream` articles made by repeating the corpus with
changes (a paragraph dropped in turn, a numbered line added), so every article
is new to the store; the resident memory of the ingest process and its workers
is sampled as the stream goes by and must stay flat.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from warta.engines.local import ingest
from warta.model import RawDoc
from warta.sources.indosum import read_indosum
from warta.store.sqlite import Store


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children(pid: int) -> list[int]:
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                kids.append(int(entry))
    return kids


class Sampler(threading.Thread):
    """Samples (articles done, parent RSS, workers' RSS) every `every` seconds."""

    def __init__(self, every: float) -> None:
        super().__init__(daemon=True)
        self.every, self.done = every, 0
        self.samples: list[tuple[int, float, float]] = []
        self._halt = threading.Event()

    def run(self) -> None:
        me = os.getpid()
        while not self._halt.wait(self.every):
            self.samples.append((self.done, rss_mb(me), sum(rss_mb(k) for k in children(me))))

    def stop(self) -> None:
        self._halt.set()
        self.join()


def corpus(data: Path, limit: int) -> list[RawDoc]:
    return list(itertools.islice(read_indosum(data / "news-indosum-dev"), limit))


def synthesise(docs: list[RawDoc], n: int) -> Iterator[RawDoc]:
    """`n` distinct articles: the corpus repeated, each copy with a paragraph dropped and a numbered line."""
    for i in range(n):
        raw = docs[i % len(docs)]
        rnd = i // len(docs)
        paras = str(raw.data).split("\n\n")
        if rnd and len(paras) > 2:
            del paras[rnd % len(paras)]
        body = "\n\n".join([*paras, f"Laporan {i} dari meja redaksi."])
        yield RawDoc(body, source=f"synth#{i}", kind="text", url=raw.url, outlet=raw.outlet)


def throughput(docs: list[RawDoc], workers: int) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        with Store(Path(tmp) / "bench.db") as store:
            stats = ingest(iter(docs), store, workers)
        secs = time.perf_counter() - start
    return stats.done / secs, stats.failed


def memory(docs: list[RawDoc], n: int, workers: int, every: float) -> None:
    sampler = Sampler(every)

    def count(_res: object) -> None:
        sampler.done += 1

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "stream.db"
        sampler.start()
        start = time.perf_counter()
        with Store(db, batch=500) as store:
            stats = ingest(synthesise(docs, n), store, workers, on_result=count)
        secs = time.perf_counter() - start
        sampler.stop()
        size = db.stat().st_size / 2**20
    print(f"\n## Memory on a {n:,}-article stream ({workers} workers, {secs:.0f}s, "
          f"{stats.done / secs:.1f} articles/s, {stats.failed} errors, database {size:,.0f} MiB)\n")
    print("| articles done | ingest process RSS (MiB) | workers RSS (MiB) |")
    print("|---:|---:|---:|")
    step = max(1, len(sampler.samples) // 10)
    for done, parent, kids in sampler.samples[::step] + sampler.samples[-1:]:
        print(f"| {done:,} | {parent:.0f} | {kids:.0f} |")
    if sampler.samples:
        half = sampler.samples[len(sampler.samples) // 2 :]
        peak = max(p + k for _, p, k in sampler.samples)
        print(f"\npeak total RSS {peak:.0f} MiB; second half of the run: "
              f"{min(p + k for _, p, k in half):.0f}-{max(p + k for _, p, k in half):.0f} MiB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--limit", type=int, default=1000, help="IndoSum articles for the throughput runs")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--stream", type=int, default=5000, help="articles in the memory stream (0: skip)")
    ap.add_argument("--stream-workers", type=int, default=2)
    ap.add_argument("--every", type=float, default=2.0, help="seconds between memory samples")
    args = ap.parse_args()
    if not (args.data / "news-indosum-dev").exists():
        sys.exit(f"error: IndoSum not found at {args.data / 'news-indosum-dev'} (pass --data PATH)")
    docs = corpus(args.data, args.limit)
    if args.limit:
        print(f"## Ingest throughput: {len(docs)} IndoSum articles, all stages, into SQLite ({os.cpu_count()} cores)\n")
        print("| workers | articles/s | errors |")
        print("|---:|---:|---:|")
        for workers in args.workers:
            rate, failed = throughput(docs, workers)
            print(f"| {workers} | {rate:.1f} | {failed} |", flush=True)
    if args.stream:
        memory(corpus(args.data, 10**9), args.stream, args.stream_workers, args.every)


if __name__ == "__main__":
    main()
