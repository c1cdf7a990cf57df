"""Ingest throughput (articles/s, 1 and 2 workers), the cost of an article as the store grows, and
memory on a long synthesised stream.

    python bench/bench_ingest.py [--data ../shared/data] [--limit 1000] [--workers 1 2]
                                 [--big 100000] [--fresh 200] [--filler same past] [--stream 5000]
    python bench/bench_ingest.py --limit 3463 --stream 100000 --big 0  # the memory figures in the README

About 17 minutes with the defaults on a busy 2-core machine (less on a quiet one): the two
1,000-article throughput runs ~2.5 min, each 100k filler ~4 min, the fresh and profiled articles
~3 min, the 5,000-article stream ~4 min (`--stream 0` leaves it out, `--big 0` the store-size
runs); each 100k database takes ~2.6 GB in the temporary folder (`--tmp`).

Throughput: the IndoSum dev articles (detokenised), every pipeline stage, into a
fresh SQLite file, timed end to end (reading, processing, clustering, writing).

Store size: the 1-worker throughput run leaves a database of `--limit` articles (the small store).
The big store (`--big` articles) is a copy of it filled by copying its rows in SQL, round after
round, each round with fresh ids, sources and URLs (every table: articles and their full-text
index, sources, entities, mentions, quotes, dates, events, event reports, syndication members);
each copy gets random LSH band keys, so copies do not form syndication clusters, as distinct
articles would not; the JSON `record` column, which ingest never reads, is copied as it is. Two
fillers (`--filler`): `same`, the copies keep their dates (a store with 100x the articles over
the same two years, as if from 100x the outlets); `past`, copy k is moved
4k years back (an archive that grew over time at the corpus's density; the fresh articles are the
newest). Then `--fresh` IndoSum articles that are in neither store are ingested (1 worker, every
stage) into the small and the big store, in `--repeat` interleaved parts, and, apart, the same
number of other articles processed beforehand are written with `Store.add` alone (the store's
share of the cost). Each is printed per article, with the big/small ratio; then where the time of
`Store.add` goes in each store (cProfile over 40 more articles: the article row and its full-text
index, the annotation rows, event linking, syndication, commits).

Memory: a stream of `--stream` articles made by repeating the corpus with
changes (a paragraph dropped in turn, a numbered line added), so every article
is new to the store; the resident memory of the ingest process and its workers
is sampled as the stream goes by and must stay flat.
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import os
import pstats
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from warta.engines.local import ingest, work
from warta.model import RawDoc
from warta.pipeline import Done
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


def throughput(docs: list[RawDoc], workers: int, db: Path) -> tuple[float, int]:
    start = time.perf_counter()
    with Store(db) as store:
        stats = ingest(iter(docs), store, workers)
    secs = time.perf_counter() - start
    return stats.done / secs, stats.failed


# ---------------------------------------------------------------- store size

# Per table, the columns a copy changes: an id gets the copy's suffix, a date is moved back (filler
# "past"); every other column is copied as it is. `articles.rowid` is left to SQLite.
_ID = "{col} || '#c{k}'"
_DATE = ("CASE WHEN {col} GLOB '[0-9][0-9][0-9][0-9]*' "
         "THEN printf('%04d', CAST(substr({col}, 1, 4) AS INTEGER) - {years}) || substr({col}, 5) ELSE {col} END")
COPY_IDS = {
    "articles": ("id", "url", "source"), "sources": ("source", "article_id"), "entities": ("article_id",),
    "mentions": ("article_id",), "quotes": ("article_id",), "dates": ("article_id",), "events": ("article_id",),
    "event_reports": ("article_id", "cluster_id"), "cluster_members": ("article_id", "cluster_id"),
    "lsh": ("article_id",),
}
COPY_DATES = {
    "articles": ("published",), "quotes": ("date",), "dates": ("value",), "events": ("date",),
    "event_reports": ("day_start", "day_end"), "cluster_members": ("published",),
}


def _copy_sql(conn: sqlite3.Connection, table: str, k: int, years: int, seq_step: int, ids: str) -> str:
    cols = [row[1] for row in conn.execute(f"PRAGMA base.table_info({table})") if row[1] != "rowid"]
    exprs = []
    for col in cols:
        if col in COPY_IDS[table]:
            exprs.append(_ID.format(col=col, k=k))
        elif years and col in COPY_DATES.get(table, ()):
            exprs.append(_DATE.format(col=f'"{col}"', years=years))
        elif table == "lsh" and col == "key":
            exprs.append("random()")
        elif table == "cluster_members" and col == "seq":
            exprs.append(f"seq + {k * seq_step}")
        else:
            exprs.append(f'"{col}"')
    key = "id" if table == "articles" else "article_id"
    names = ", ".join(f'"{c}"' for c in cols)
    return f"INSERT INTO main.{table} ({names}) SELECT {', '.join(exprs)} FROM base.{table} WHERE {key} IN ({ids})"


def fill(small: Path, big: Path, target: int, filler: str) -> tuple[int, float]:
    """`big`: a copy of `small` with its rows copied in until it holds `target` articles (see the
    docstring). Returns (articles, seconds)."""
    start = time.perf_counter()
    shutil.copyfile(small, big)
    with Store(big):  # opened once by Warta itself: schema and indexes as ingest finds them
        pass
    conn = sqlite3.connect(big, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("ATTACH ? AS base", (str(small),))
    base_n = conn.execute("SELECT COUNT(*) FROM base.articles").fetchone()[0]
    seq_step = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM base.cluster_members").fetchone()[0]
    have, k = base_n, 0
    while have < target and base_n:
        k += 1
        take = min(base_n, target - have)
        ids = f"SELECT id FROM base.articles ORDER BY rowid LIMIT {take}"
        conn.execute("BEGIN")
        for table in COPY_IDS:
            conn.execute(_copy_sql(conn, table, k, 4 * k if filler == "past" else 0, seq_step, ids))
        conn.execute("COMMIT")
        have += take
    conn.execute("DETACH base")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return have, time.perf_counter() - start


def ingest_secs(db: Path, docs: list[RawDoc]) -> tuple[float, int]:
    start = time.perf_counter()
    with Store(db) as store:
        stats = ingest(iter(docs), store, 1)
    return time.perf_counter() - start, stats.done


def store_secs(db: Path, done: list[Done]) -> tuple[float, int]:
    start = time.perf_counter()
    with Store(db) as store:  # the batch size ingest uses
        for res in done:
            store.add(res.article, res.source, res.sig)
    return time.perf_counter() - start, len(done)


# Where Store.add's time goes: (label, file, function), each a cumulative time (rows nest)
STORE_PARTS = (
    ("Store.add, all of it", "warta/store/sqlite.py", "add"),
    ("  article row, full-text index, sources (Store._add itself)", "warta/store/sqlite.py", "_add"),
    ("  entities, mentions, quotes, dates, events rows", "warta/store/sqlite.py", "_add_children"),
    ("  event linking (EventIndex.add)", "warta/event_clusters.py", "add"),
    ("    candidate reports query (EventIndex._candidates)", "warta/event_clusters.py", "_candidates"),
    ("    scoring candidates (link)", "warta/event_clusters.py", "link"),
    ("  syndication (SyndicationIndex.add)", "warta/cluster.py", "add"),
    ("    LSH band lookups (SyndicationIndex._candidates)", "warta/cluster.py", "_candidates"),
    ("commits (Store.flush)", "warta/store/sqlite.py", "flush"),
)


PROBE = 40  # articles written under the profiler, apart from the timed ones


def profile_adds(path: Path, done: list[Done]) -> dict[str, float]:
    """Seconds per article of each of STORE_PARTS while `done` is written to the store at `path`."""
    prof = cProfile.Profile()
    prof.enable()
    store_secs(path, done)
    prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    out = {}
    for label, suffix, func in STORE_PARTS:
        secs = sum(v[3] for (fname, _, name), v in stats.items() if name == func and fname.endswith(suffix))
        out[label] = secs / max(1, len(done))
    out["  article row, full-text index, sources (Store._add itself)"] -= sum(
        out[label] for label in ("  entities, mentions, quotes, dates, events rows", "  event linking (EventIndex.add)",
                                 "  syndication (SyndicationIndex.add)"))
    return out


def store_size(small: Path, tmp: Path, fresh: list[RawDoc], other: list[RawDoc], probe: list[RawDoc], big: int,
               fillers: list[str], parts: int) -> None:
    n_small = sqlite3.connect(small).execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    stores: list[tuple[str, Path]] = [(f"{n_small:,} (small)", tmp / "small.db")]
    shutil.copyfile(small, stores[0][1])
    print(f"\n## Cost of an article as the store grows: {len(fresh)} fresh IndoSum articles, 1 worker\n")
    for filler in fillers:
        path = tmp / f"big-{filler}.db"
        n, secs = fill(small, path, big, filler)
        size = path.stat().st_size / 2**20
        how = (f"dates kept ({n / n_small:.0f}x the articles over the same period)" if filler == "same"
               else "copy k moved 4k years back (an archive grown over time)")
        print(f"filler `{filler}`: {n:,} articles, {secs:.0f} s, {size:,.0f} MiB: the small store's rows copied in SQL "
              f"with fresh ids and random LSH keys (the JSON record column as it is), {how}", flush=True)
        stores.append((f"{n:,} ({filler})", path))
    pre = [res for res in map(work, other) if isinstance(res, Done)]  # processed before any clock
    e2e = {name: [0.0, 0] for name, _ in stores}
    add = {name: [0.0, 0] for name, _ in stores}
    step = max(1, -(-len(fresh) // parts))
    for part in range(0, len(fresh), step):  # interleaved: a busy spell slows every store alike
        for name, path in stores:
            for acc, (secs, n) in ((e2e, ingest_secs(path, fresh[part:part + step])),
                                   (add, store_secs(path, pre[part:part + step]))):
                acc[name][0] += secs
                acc[name][1] += n
    base_e2e = e2e[stores[0][0]][0] / max(1, e2e[stores[0][0]][1])
    base_add = add[stores[0][0]][0] / max(1, add[stores[0][0]][1])
    print("\n| articles in the store | ingest ms/article (all stages) | x small | store.add ms/article | x small |")
    print("|---:|---:|---:|---:|---:|")
    for name, _ in stores:
        per_e2e = e2e[name][0] / max(1, e2e[name][1])
        per_add = add[name][0] / max(1, add[name][1])
        print(f"| {name} | {1000 * per_e2e:.1f} | {per_e2e / base_e2e:.2f} | {1000 * per_add:.2f} "
              f"| {per_add / base_add:.2f} |")
    probed = [res for res in map(work, probe) if isinstance(res, Done)]
    parts_of = {name: profile_adds(path, probed) for name, path in stores}
    print(f"\nWhere store.add's time goes (cProfile, {len(probed)} more articles into each store, ms/article):\n")
    print(f"| part | {' | '.join(name for name, _ in stores)} |")
    print(f"|---|{'---:|' * len(stores)}")
    for label, _, _ in STORE_PARTS:
        print(f"| {label} | {' | '.join(f'{1000 * parts_of[name][label]:.2f}' for name, _ in stores)} |")


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
    ap.add_argument("--limit", type=int, default=1000, help="IndoSum articles for the throughput runs (the small store)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--big", type=int, default=100_000, help="articles in the big store (0: skip the store-size runs)")
    ap.add_argument("--fresh", type=int, default=200, help="new articles timed into each store")
    ap.add_argument("--filler", nargs="+", choices=("same", "past"), default=["same", "past"])
    ap.add_argument("--repeat", type=int, default=4, help="interleaved parts the fresh articles are timed in")
    ap.add_argument("--tmp", type=Path, default=None, help="folder for the databases (default: the system's)")
    ap.add_argument("--stream", type=int, default=5000, help="articles in the memory stream (0: skip)")
    ap.add_argument("--stream-workers", type=int, default=2)
    ap.add_argument("--every", type=float, default=2.0, help="seconds between memory samples")
    args = ap.parse_args()
    if not (args.data / "news-indosum-dev").exists():
        print(f"error: IndoSum not found at {args.data / 'news-indosum-dev'} (pass --data PATH)", file=sys.stderr)
        sys.exit(2)
    sized = bool(args.big and args.limit)
    docs = corpus(args.data, args.limit + (2 * args.fresh + PROBE if sized else 0))
    if sized and len(docs) < args.limit + 2 * args.fresh + PROBE:
        print(f"store-size runs skipped: the corpus has {len(docs)} articles, fewer than --limit + 2 x --fresh "
              f"+ {PROBE} (lower --limit or --fresh)\n")
        sized = False
    base, fresh = docs[:args.limit], docs[args.limit:args.limit + args.fresh]
    other, probe = docs[args.limit + args.fresh:-PROBE], docs[-PROBE:]
    workers = sorted(set(args.workers) | ({1} if sized else set()))
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp_name:
        tmp = Path(tmp_name)
        if args.limit:
            print(f"## Ingest throughput: {len(base)} IndoSum articles, all stages, into SQLite "
                  f"({os.cpu_count()} cores)\n")
            print(f"| workers | articles/s | x {workers[0]} worker{'s' * (workers[0] > 1)} | errors |")
            print("|---:|---:|---:|---:|")
            first = None
            for n in workers:
                rate, failed = throughput(base, n, tmp / f"workers-{n}.db")
                first = first or rate
                print(f"| {n} | {rate:.1f} | {rate / first:.2f} | {failed} |", flush=True)
        if sized:
            store_size(tmp / "workers-1.db", tmp, fresh, other, probe, args.big, args.filler, args.repeat)
        if args.stream:
            memory(corpus(args.data, 10**9), args.stream, args.stream_workers, args.every)


if __name__ == "__main__":
    main()
