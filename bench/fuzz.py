"""Fuzz the readers, the pipeline and their messages with generated hostile inputs, and report.

Every case is written to a file and read the way a user's input is (`open_sources` + `process`).
Families: the pathological texts, pages, containers and records of `tests/hostile.py` at sizes from
1 KB to 1 MB, plus real-looking articles mutated at random (cue words, quote marks, dates, brackets,
control and invisible characters spliced in). Reported: crashes (anything but an Article or a
one-line WartaError), time-outs at `--limit` seconds per input, peak memory of a worker, errors
that are not one line of at most 300 characters naming their input, and the slowest family in
seconds per MB.

    python bench/fuzz.py --cases 10000 --workers 2
"""

from __future__ import annotations

import argparse
import random
import resource
import signal
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hostile import _LEAD, container_cases, html_cases, jsonl_cases, text_cases  # noqa: E402

_SPLICE = ["kata dia", "\"", "“", "’’", "‘‘", "(5/9/2023)", "pekan depan", "Baca Juga:", "[", "(", ")", "--",
           "\u200b", "\ufeff", "\x0c", "Jokowi", "KPK", "Red:", "(ant)", "...", "\n", "\n\n", "Foto: Antara", "é",
           "<p>", "&amp;", "\U0001F600", "  ", "Presiden", "ujarnya.", "1" * 30]


def _mutated(rng: random.Random, size: int) -> bytes:
    words = (_LEAD * (size // len(_LEAD) + 1)).split(" ")
    for _ in range(rng.randint(1, max(2, len(words) // 3))):
        words.insert(rng.randrange(len(words) + 1), rng.choice(_SPLICE))
    return " ".join(words)[:size].encode("utf-8", "replace")


def cases(n: int, seed: int) -> list[tuple[str, str, bytes]]:
    rng = random.Random(seed)
    out: list[tuple[str, str, bytes]] = []
    while len(out) < n:
        roll = rng.random()
        size = rng.choice([1_000] * 40 + [5_000] * 25 + [20_000] * 10 + [100_000] * 2 + [1_000_000])
        if roll < 0.35:
            out.append(("mutated", f"m{len(out)}.txt", _mutated(rng, min(size, 20_000))))
        elif roll < 0.55:
            out.append(rng.choice(list(text_cases(size))))
        elif roll < 0.65:
            out.append(rng.choice(list(html_cases(min(size, 100_000)))))
        elif roll < 0.80:
            out.append(rng.choice(list(container_cases(rng))))
        else:
            out.extend(jsonl_cases(rng, 1))
    return out[:n]


class _Timeout(Exception):
    pass


def _alarm(*_: object) -> None:
    raise _Timeout


def run_case(case: tuple[str, str, bytes], limit: float, folder: str) -> tuple[str, int, float, str, list[str], int]:
    """(family, size, seconds, outcome, bad messages, peak KB) for one case, in a worker."""
    from warta.errors import WartaError
    from warta.pipeline import process
    from warta.sources import open_sources

    family, name, data = case
    path = Path(folder) / name
    path.write_bytes(data)
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, limit)
    bad: list[str] = []
    outcome = "ok"
    t = time.perf_counter()
    try:
        for raw in open_sources([path], feed_delay=0):
            err = raw if isinstance(raw, WartaError) else None
            if err is None:
                try:
                    process(raw)  # type: ignore[arg-type]
                except WartaError as exc:
                    err = exc
            if err is not None:
                outcome = "error" if outcome == "ok" else outcome
                msg = str(err)
                if "\n" in msg or len(msg) > 300 or not (name in msg or "http" in msg):
                    bad.append(msg[:200])
    except _Timeout:
        outcome = "timeout"
    except Exception as exc:  # noqa: BLE001 - what the fuzz is for
        outcome = f"crash {type(exc).__name__}: {str(exc)[:100]}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        path.unlink(missing_ok=True)
    return family, len(data), time.perf_counter() - t, outcome, bad, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--limit", type=float, default=10.0, help="seconds per input before it counts as a time-out")
    ap.add_argument("--seed", type=int, default=20)
    args = ap.parse_args()
    todo = cases(args.cases, args.seed)
    outcomes: Counter[str] = Counter()
    crashes: list[str] = []
    bad_messages: list[str] = []
    per_mb: dict[str, list[float]] = defaultdict(list)
    peak = 0
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder, ProcessPoolExecutor(args.workers) as pool:
        futures = [pool.submit(run_case, c, args.limit, folder) for c in todo]
        for fut in futures:
            family, size, secs, outcome, bad, rss = fut.result()
            outcomes[outcome.split(" ")[0]] += 1
            if outcome.startswith(("crash", "timeout")):
                crashes.append(f"{family} ({size} bytes): {outcome}")
            bad_messages += bad
            peak = max(peak, rss)
            if size >= 50_000:
                per_mb[family].append(secs / (size / 1e6))
    wall = time.perf_counter() - start
    print(f"{len(todo)} inputs in {wall:.0f} s with {args.workers} workers ({len(todo) / wall:.1f}/s)")
    print(f"outcomes: {dict(outcomes)}")
    print(f"crashes and time-outs (limit {args.limit:.0f} s): {len(crashes)}")
    for line in crashes[:20]:
        print(f"  {line}")
    print(f"errors that are not one line of at most 300 characters naming their input: {len(bad_messages)}")
    for line in bad_messages[:10]:
        print(f"  {line}")
    print(f"peak memory of a worker: {peak / 1024:.0f} MB")
    print("seconds per MB of input, families of inputs over 50 KB (worst case of each):")
    for family, values in sorted(per_mb.items(), key=lambda kv: -max(kv[1]))[:12]:
        print(f"  {family:22s} {max(values):6.1f}  (median {sorted(values)[len(values) // 2]:.1f}, {len(values)} inputs)")


if __name__ == "__main__":
    main()
