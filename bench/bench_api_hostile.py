"""The API under hostile requests, over a real server on loopback.

    python bench/bench_api_hostile.py [--db /tmp/hostile-api.db] [--seconds 30]

1. Probes (negative and huge limits and offsets, an 800-term and a 20 KB query, a 20 KB NEAR(),
   a 50 MB body, a foreign Host): each must be a 4xx with a one-line reason in under 1 s.
2. A load test: 20 connections asking the dashboard's queries for `--seconds`, before and after
   the probes: errors and latency.
3. Responsiveness: the latency of `/api/stats` while one `POST /api/extract` of a 1 MB article
   runs (the extraction takes its worker thread; the others must keep answering).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hostile import TEXT_UNITS, _repeat  # noqa: E402
from serving import serving  # noqa: E402

QUERIES = ["/api/stats", "/api/articles?limit=20", "/api/articles?q=KPK&limit=20", "/api/facets?q=Jokowi",
           "/api/quotes?limit=20", "/api/events?limit=20", "/api/entities?type=PERSON"]


def probes(base: str) -> list[tuple[str, int, float, str]]:
    big_q = " ".join(f"kata{i}" for i in range(800))
    near = "NEAR(" + " ".join(["kpk"] * 4000) + ")"
    cases: list[tuple[str, dict]] = [
        ("negative limit", {"url": "/api/articles", "params": {"limit": -1}}),
        ("limit 2**63", {"url": "/api/articles", "params": {"limit": 2**63}}),
        ("collapse limit 2**62", {"url": "/api/search", "params": {"q": "kpk", "collapse": "true", "limit": 2**62}}),
        ("negative offset", {"url": "/api/quotes", "params": {"offset": -5}}),
        ("800-term query", {"url": "/api/search", "params": {"q": big_q}}),
        ("20 KB query", {"url": "/api/search", "params": {"q": "a" * 20_000}}),
        ("20 KB NEAR()", {"url": "/api/search", "params": {"q": near}}),
        ("bad date", {"url": "/api/events", "params": {"since": "notadate"}}),
        ("foreign Host", {"url": "/api/stats", "headers": {"Host": "evil.example"}}),
    ]
    out = []
    with httpx.Client(base_url=base, timeout=30) as client:
        for name, kw in cases:
            t = time.perf_counter()
            res = client.get(kw.pop("url"), **kw)
            out.append((name, res.status_code, time.perf_counter() - t, res.text[:120].replace("\n", " ")))
        t = time.perf_counter()
        body = b'{"text": "' + b"a" * (50 * 2**20) + b'"}'
        res = client.post("/api/extract", content=body, headers={"Content-Type": "application/json"})
        out.append(("50 MB body", res.status_code, time.perf_counter() - t, res.text[:120]))
    return out


def load(base: str, seconds: float, connections: int = 20) -> tuple[int, int, list[float]]:
    stop = time.time() + seconds
    counts = {"ok": 0, "errors": 0}
    latencies: list[float] = []
    lock = threading.Lock()

    def worker(n: int) -> None:
        with httpx.Client(base_url=base, timeout=30) as client:
            i = n
            while time.time() < stop:
                t = time.perf_counter()
                try:
                    ok = client.get(QUERIES[i % len(QUERIES)]).status_code == 200
                except httpx.HTTPError:
                    ok = False
                with lock:
                    counts["ok" if ok else "errors"] += 1
                    latencies.append(time.perf_counter() - t)
                i += 1

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(connections)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return counts["ok"], counts["errors"], latencies


def print_load(when: str, ok: int, errors: int, latencies: list[float]) -> None:
    p99 = sorted(latencies)[int(len(latencies) * 0.99)]
    print(f"load {when}: {ok} answered, {errors} errors, median {statistics.median(latencies) * 1000:.0f} ms, "
          f"p99 {p99 * 1000:.0f} ms")


def responsiveness(base: str) -> tuple[float, list[float]]:
    text = _repeat(TEXT_UNITS["one-long-line"], 1_000_000).decode()
    done: dict[str, float] = {}

    def extract() -> None:
        t = time.perf_counter()
        httpx.post(base + "/api/extract", json={"text": text}, timeout=120)
        done["secs"] = time.perf_counter() - t

    th = threading.Thread(target=extract)
    th.start()
    time.sleep(0.5)
    lat = []
    with httpx.Client(base_url=base, timeout=30) as client:
        while th.is_alive():
            t = time.perf_counter()
            client.get("/api/stats")
            lat.append(time.perf_counter() - t)
            time.sleep(0.2)
    th.join()
    return done.get("secs", float("nan")), lat


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/hostile-api.db"))
    ap.add_argument("--seconds", type=float, default=30.0)
    args = ap.parse_args()
    if not args.db.exists():
        subprocess.run([sys.executable, "-m", "warta", "ingest", "--examples", "--db", str(args.db)], check=True,
                       capture_output=True)
    with serving(args.db) as base:
        print_load("before", *load(base, args.seconds))
        print(f"{'probe':24s} status  seconds  reason")
        for name, status, secs, reason in probes(base):
            try:
                reason = json.loads(reason).get("error", reason) if reason.startswith("{") else reason
            except ValueError:
                pass
            print(f"{name:24s} {status:6d}  {secs:7.3f}  {str(reason)[:70]}")
        print_load("after", *load(base, args.seconds))
        secs, lat = responsiveness(base)
        print(f"while a 1 MB article was extracted ({secs:.1f} s): /api/stats answered {len(lat)} times, "
              f"median {statistics.median(lat) * 1000:.0f} ms, worst {max(lat) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
