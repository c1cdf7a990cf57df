"""The dashboard's API queries on a database of 10,000 articles: the slowest must answer in under 200 ms.

    python bench/bench_api.py [--data ../shared/data] [--articles 1000] [--copies 10] [--db /tmp/bench-api.db]

`--articles` IndoSum articles go through the whole pipeline into a fresh database; the store is then
grown to `articles x copies` rows by copying every article and its annotations under new ids and
outlets (the same text, as syndication would store it), so the queries see a store of that size.
Each query is timed over a real HTTP server on loopback, best of 5 after one warm-up.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from serving import serving  # noqa: E402

QUERIES = (
    "/api/stats",
    "/api/articles?limit=20",
    "/api/articles?q=KPK&limit=20",
    "/api/articles?q=Jokowi&outlet=Antara&since=2017-01&limit=20&offset=20",
    "/api/facets?q=KPK",
    "/api/facets",
    "/api/timeline?q=Jokowi",
    "/api/timeline",
    "/api/entity/per:joko-widodo",
    "/api/entity/IDN",
    "/api/entities?type=PERSON&top=50",
    "/api/quotes?speaker=Jokowi&limit=20",
    "/api/quotes?limit=20&offset=100",
    "/api/events?actor=IDN&modality=asserted&limit=20",
    "/api/events/places?actor=IDN",
    "/api/search?q=korupsi&collapse=true",
)
COPIED = ("entities", "mentions", "quotes", "dates", "events")


def build(data: Path, db: Path, articles: int, copies: int) -> None:
    from warta.engines.local import ingest
    from warta.sources.indosum import read_indosum
    from warta.store.sqlite import Store

    db.unlink(missing_ok=True)
    with Store(db, batch=500) as store:
        ingest(itertools.islice(read_indosum(data / "news-indosum-dev"), articles), store, workers=2)
    with Store(db) as store:
        conn = store.conn
        cols = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in ("articles", *COPIED)}
        conn.execute("BEGIN")
        for n in range(1, copies):
            acols = [c for c in cols["articles"] if c != "rowid"]
            picked = ", ".join(f"id || '-{n}'" if c == "id" else f"COALESCE(outlet, '') || ' {n}'" if c == "outlet"
                               else c for c in acols)
            conn.execute(f"INSERT INTO articles ({', '.join(acols)}) SELECT {picked} FROM articles WHERE id NOT LIKE '%-%'")
            for t in COPIED:
                picked = ", ".join(f"article_id || '-{n}'" if c == "article_id" else f'"{c}"' for c in cols[t])
                conn.execute(f"INSERT INTO {t} SELECT {picked} FROM {t} WHERE article_id NOT LIKE '%-%'")
            conn.execute(f"""INSERT INTO cluster_members (article_id, cluster_id, published, seq)
                             SELECT article_id || '-{n}', cluster_id, published, seq FROM cluster_members
                             WHERE article_id NOT LIKE '%-%'""")
        conn.execute("COMMIT")
        conn.execute("ANALYZE")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--db", type=Path, default=Path("/tmp/bench-api.db"))
    ap.add_argument("--reuse", action="store_true", help="time an existing --db without building it")
    args = ap.parse_args()
    if not args.reuse:
        if not (args.data / "news-indosum-dev").exists():
            sys.exit(f"error: data not found at {args.data} (pass --data PATH to the corpora folder)")
        t = time.perf_counter()
        build(args.data, args.db, args.articles, args.copies)
        print(f"built {args.db} in {time.perf_counter() - t:.0f}s")
    with serving(args.db) as base, httpx.Client(base_url=base, timeout=30) as client:
        stats = client.get("/api/stats").json()
        print(f"{stats['articles']} articles, {stats['entities']} entities, {stats['quotes']} quotes, "
              f"{stats['events']} events")
        print(f"{'query':<72} {'status':>6} {'ms':>8}")
        worst = 0.0
        for q in QUERIES:
            client.get(q)
            best = float("inf")
            for _ in range(5):
                t = time.perf_counter()
                res = client.get(q)
                best = min(best, (time.perf_counter() - t) * 1000)
            worst = max(worst, best)
            print(f"{q:<72} {res.status_code:>6} {best:>8.1f}")
        print(f"slowest: {worst:.0f} ms (goal: under 200 ms)")


if __name__ == "__main__":
    main()
