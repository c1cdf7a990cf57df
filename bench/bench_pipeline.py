"""Throughput of `process()` (articles per second, one core) as stages are added, and peak memory.

    python bench/bench_pipeline.py [--data ../shared/data] [--limit 1000] [--repeat 2]

Corpora: IndoSum dev articles (detokenised plain text) and the 26 article pages
of news-html-id-portals. Each row adds one annotator to the one above, so the
difference between rows is the cost of that stage; each figure is the best of
`--repeat` passes, with models loaded before the clock starts. The floor is the
bare cost of reading the same inputs: decoding them and splitting them into
words, measured in the same run; `x floor` is each row's cost over it. Last, the
cost of an article with every stage on, by its length, and `warta extract` over the same
articles in one fresh process (start-up included).
"""

from __future__ import annotations

import argparse
import itertools
import resource
import sys
import time
from pathlib import Path

from warta import RawDoc, process
from warta.doc import Options
from warta.errors import WartaError

LADDER = (
    ("clean + dates", ("entities", "places", "quotes", "events", "tone")),
    ("+ entities", ("places", "quotes", "events", "tone")),
    ("+ places", ("quotes", "events", "tone")),
    ("+ quotes", ("events", "tone")),
    ("+ events", ("tone",)),
    ("+ tone (all)", ()),
)


def indosum(data: Path, limit: int) -> list[RawDoc]:
    from warta.sources.indosum import read_indosum

    return list(itertools.islice(read_indosum(data / "news-indosum-dev"), limit))


def html_pages(data: Path) -> list[RawDoc]:
    from warta.eval.clean import portal_pages

    return [raw for _, raw in portal_pages(data)]


def one_pass(docs: list[RawDoc], skip: tuple[str, ...]) -> tuple[float, dict[str, int]]:
    found = {"entities": 0, "quotes": 0, "events": 0}
    start = time.perf_counter()
    for raw in docs:
        try:
            art = process(raw, Options(skip=skip))
        except WartaError:
            continue
        found["entities"] += len(art.entities)
        found["quotes"] += len(art.quotes)
        found["events"] += len(art.events)
    return time.perf_counter() - start, found


_WORDS = __import__("re").compile(r"\w+")


def floor_pass(docs: list[RawDoc]) -> float:
    """Decoding and tokenising only: what any tool pays to read the text at all."""
    from warta.sources.decode import decode_bytes

    start = time.perf_counter()
    for raw in docs:
        text = raw.data if isinstance(raw.data, str) else decode_bytes(raw.data, raw.source)[0]
        _WORDS.findall(text)
    return time.perf_counter() - start


BUCKETS = ((0, 2_000), (2_000, 4_000), (4_000, 8_000), (8_000, 10**9))


def by_length(docs: list[RawDoc]) -> list[tuple[str, int, float]]:
    """(bucket, articles, ms per article) with every stage on, by input length in characters."""
    rows = []
    for lo, hi in BUCKETS:
        group = [d for d in docs if lo <= len(d.data) < hi]
        if group:
            secs, _ = one_pass(group, ())
            label = f"{lo // 1000}-{hi // 1000} k chars" if hi < 10**9 else f"{lo // 1000}+ k chars"
            rows.append((label, len(group), 1000 * secs / len(group)))
    return rows


def whole_process(docs: list[RawDoc]) -> tuple[float, int]:
    """`warta extract` over the articles as one JSON Lines file, in a fresh process: start-up (imports,
    models) included, as a user runs it. Returns (seconds, articles printed)."""
    import json
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "articles.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for raw in docs:
                text = raw.data if isinstance(raw.data, str) else raw.data.decode("utf-8", "replace")
                fh.write(json.dumps({"text": text, "url": raw.url, "published": raw.published}) + "\n")
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "warta", "extract", str(path)], capture_output=True, check=False)
        secs = time.perf_counter() - start
    return secs, out.stdout.count(b"\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--limit", type=int, default=1000, help="IndoSum articles to use")
    ap.add_argument("--repeat", type=int, default=2, help="passes per row; the best is reported")
    args = ap.parse_args()
    if not (args.data / "news-indosum-dev").exists():
        sys.exit(f"error: data not found at {args.data} (pass --data PATH to the corpora folder)")
    corpora = {"IndoSum text": indosum(args.data, args.limit), "portal HTML": html_pages(args.data)}
    for docs in corpora.values():
        for raw in docs[:20]:  # load every model and lexicon outside the clock
            try:
                process(raw)
            except WartaError:
                pass
    print(f"{'corpus':<13} {'stages':<15} {'articles':>8} {'art/s':>8} {'ms/art':>7} {'x floor':>7} "
          f"{'entities':>8} {'quotes':>7} {'events':>7}")
    for name, docs in corpora.items():
        floor = min(floor_pass(docs) for _ in range(args.repeat))
        print(f"{name:<13} {'floor (read)':<15} {len(docs):>8} {len(docs) / floor:>8.1f} "
              f"{1000 * floor / len(docs):>7.2f} {1.0:>7.1f}")
        for label, skip in LADDER:
            secs, found = min((one_pass(docs, skip) for _ in range(args.repeat)), key=lambda r: r[0])
            print(f"{name:<13} {label:<15} {len(docs):>8} {len(docs) / secs:>8.1f} {1000 * secs / len(docs):>7.2f} "
                  f"{secs / floor:>7.0f} {found['entities']:>8} {found['quotes']:>7} {found['events']:>7}")
    print("\nIndoSum text, every stage on, by length:")
    for label, n, ms in by_length(corpora["IndoSum text"]):
        print(f"  {label:<14} {n:>5} articles  {ms:6.2f} ms/article")
    secs, n = whole_process(corpora["IndoSum text"])
    print(f"\nwarta extract, one process, {n} IndoSum articles as JSON Lines: {secs:.1f} s, "
          f"{n / secs:.1f} articles/s including start-up")
    one = corpora["IndoSum text"][:1]
    secs1, _ = whole_process(one)
    print(f"warta extract on one article: {secs1:.2f} s (start-up)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB (whole run, models included)")


if __name__ == "__main__":
    main()
