"""Merge the annotated date batches into `warta/eval/gold/dates.jsonl` (read by `warta eval dates`).

    python3 scripts/build_date_gold.py
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path("warta/eval/gold/dates.jsonl")


def main() -> None:
    rows = []
    for batch in sorted(Path("corpus/dates/batches").glob("*.jsonl")):
        ann = Path("corpus/dates/ann") / batch.name
        if not ann.exists():
            continue
        dates = {json.loads(x)["id"]: json.loads(x)["dates"] for x in ann.read_text(encoding="utf-8").splitlines()
                 if x.strip()}
        for line in batch.read_text(encoding="utf-8").splitlines():
            b = json.loads(line)
            if b["id"] in dates:
                rows.append({**b, "dates": dates[b["id"]]})
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(r["dates"]) for r in rows)
    other = sum(1 for r in rows for d in r["dates"] if d["anchor"] != "published")
    print(f"{len(rows)} paragraphs, {n} expressions ({other} with another reference time) -> {OUT}")


if __name__ == "__main__":
    main()
