"""What linking event reports costs at ingest, on a store that already holds many articles.

    python bench/bench_event_clusters.py [--data ../shared/data] [--db /tmp/bench-api.db] [--new 300]

`--db` is a store built by `bench/bench_api.py` (10,000 articles by default); opening it with this
version links its stored events once (timed). Then `--new` IndoSum articles not in it are processed
(not timed) and stored twice into copies of it, with event linking on and off; the table gives the
store's cost per article each way, beside the pipeline's cost per article, so the share of ingest
that linking takes is read off one run.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import sys
import time
from pathlib import Path

from warta.cluster import signature
from warta.errors import WartaError
from warta.pipeline import process
from warta.sources.indosum import read_indosum
from warta.store.sqlite import Store


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--db", type=Path, default=Path("/tmp/bench-api.db"))
    ap.add_argument("--new", type=int, default=300)
    args = ap.parse_args()
    if not args.db.exists() or not (args.data / "news-indosum-dev").exists():
        sys.exit(f"error: need {args.db} (python bench/bench_api.py) and the data at {args.data}")
    t = time.perf_counter()
    with Store(args.db) as store:
        stored = store.stats()
        known = {r["source"] for r in store.rows("SELECT source FROM sources")}
    print(f"{stored['articles']} articles, {stored['events']} events stored; opened (and linked once, if the "
          f"store predates event clusters) in {time.perf_counter() - t:.1f}s")
    raws = [r for r in itertools.islice(read_indosum(args.data / "news-indosum-dev"), 5000) if r.source not in known]
    arts = []
    t = time.perf_counter()
    for raw in raws[:args.new]:
        try:
            arts.append(process(raw))
        except WartaError:
            continue
    pipeline_ms = 1000 * (time.perf_counter() - t) / max(1, len(arts))
    results = {}
    for linking in (False, True):
        copy = args.db.with_name(args.db.stem + f"-copy{int(linking)}.db")
        shutil.copyfile(args.db, copy)
        with Store(copy) as store:
            if not linking:
                store.event_index.add = lambda article: []  # type: ignore[method-assign]
            t = time.perf_counter()
            for art in arts:
                store.add(art, f"bench:{art.id}", signature(art.body))
            store.flush()
            results[linking] = 1000 * (time.perf_counter() - t) / len(arts)
        copy.unlink()
        for suffix in ("-wal", "-shm"):
            Path(str(copy) + suffix).unlink(missing_ok=True)
    off, on = results[False], results[True]
    print(f"{len(arts)} new articles, {sum(len(a.events) for a in arts)} events")
    print(f"{'':<28} {'ms/article':>10}")
    print(f"{'pipeline (process)':<28} {pipeline_ms:>10.2f}")
    print(f"{'store, linking off':<28} {off:>10.2f}")
    print(f"{'store, linking on':<28} {on:>10.2f}")
    print(f"ingest cost with linking / without: {(pipeline_ms + on) / (pipeline_ms + off):.3f}")


if __name__ == "__main__":
    main()
