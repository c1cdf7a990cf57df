"""Articles per second of `process()` with the entities stage on, against the same pipeline without it.

Run: `python bench/bench_entities.py [--data ../shared/data] [--repeat 3]`. Quotes and
events are skipped in both runs so the difference is the entities stage alone
(knowledge-base matching, CRF tagging, resolution). Corpora: the seed article,
the portal HTML pages and up to 200 IndoSum articles (tokens re-joined with spaces).
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from warta import RawDoc, process
from warta.annotate import kb, ner
from warta.eval.clean import portal_pages

BASE = ("quotes", "events")


def seed(shared: Path) -> list[RawDoc]:
    path = shared / "seed" / "000_6d8d7629fed82d19.txt"
    return [RawDoc(path.read_text(encoding="utf-8"), source=path.name)] if path.exists() else []


def portals(data: Path) -> list[RawDoc]:
    return [raw for _, raw in portal_pages(data)]


def indosum(data: Path, limit: int = 200) -> list[RawDoc]:
    path = data / "news-indosum-dev" / "dev.01.jsonl.gz"
    docs: list[RawDoc] = []
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()[:limit]:
        row = json.loads(line)
        paras = ["\n".join(" ".join(sent) for sent in para) for para in row["paragraphs"]]
        docs.append(RawDoc("\n\n".join(paras), source=row["id"], kind="text"))
    return docs


def rate(docs: list[RawDoc], skip: tuple[str, ...], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for doc in docs:
            process(doc, skip)
        best = min(best, time.perf_counter() - t0)
    return len(docs) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    kb.load(), ner.load(), ner.clusters()  # load once, outside the timing
    corpora = {"seed": seed(args.data.parent), "portal HTML": portals(args.data), "IndoSum": indosum(args.data)}
    print(f"{'corpus':<12} {'docs':>5} {'no entities/s':>14} {'entities/s':>11} {'ms/doc added':>13}")
    for name, docs in corpora.items():
        if not docs:
            continue
        off = rate(docs, (*BASE, "entities"), args.repeat)
        on = rate(docs, BASE, args.repeat)
        print(f"{name:<12} {len(docs):>5} {off:>14.1f} {on:>11.1f} {1000 / on - 1000 / off:>13.2f}")


if __name__ == "__main__":
    main()
