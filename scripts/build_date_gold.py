"""Merge the annotated date batches into `warta/eval/gold/dates.jsonl` (read by `warta eval dates`).

    python3 scripts/build_date_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_files import annotated, write_jsonl  # noqa: E402

OUT = Path("warta/eval/gold/dates.jsonl")


def main() -> None:
    rows = [{**row, "dates": ann["dates"]}
            for _, row, ann in annotated(Path("corpus/dates/batches"), Path("corpus/dates/ann"))]
    write_jsonl(OUT, rows)
    n = sum(len(r["dates"]) for r in rows)
    other = sum(1 for r in rows for d in r["dates"] if d["anchor"] != "published")
    print(f"{len(rows)} paragraphs, {n} expressions ({other} with another reference time) -> {OUT}")


if __name__ == "__main__":
    main()
