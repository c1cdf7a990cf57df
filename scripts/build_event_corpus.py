"""Merge the annotated batches into the PLOVER-ID corpus files, one per split.

Reads `corpus/batches/*.jsonl` (the sentences) with their annotation: the
reviewed file `corpus/review/<batch>.jsonl` where the second reading pass has
written one, else `corpus/ann/<batch>.jsonl`. Only annotated lines are kept.
Writes `warta/eval/gold/events/{train,dev,test}.jsonl`. The re-aligned first
gold (batches g1, g2) keeps its own dev/test split; its dev lines go to train,
since the learned coder is chosen on the new dev split.

    python3 scripts/build_event_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_files import annotated, write_jsonl  # noqa: E402

OUT = Path("warta/eval/gold/events")
KEYS = ("type", "mode", "trigger", "source", "source_text", "target", "target_text", "modality", "date")


def main() -> None:
    rows: dict[str, list[dict]] = {"train": [], "dev": [], "test": []}
    for batch, b, ann in annotated(Path("corpus/batches"), Path("corpus/review"), Path("corpus/ann")):
        split = b["split"]
        if batch.name.startswith("g") and split == "dev":
            split = "train"
        rows[split].append({
            "id": b["id"], "split": split, "url": b.get("url"), "published": b.get("published"),
            "context": b.get("context", ""), "text": b["text"],
            "events": [{k: e.get(k) for k in KEYS} for e in ann["events"]],
        })
    OUT.mkdir(parents=True, exist_ok=True)
    for split, items in rows.items():
        write_jsonl(OUT / f"{split}.jsonl", items)
        n_art = len({r["id"].rsplit("#", 1)[0] for r in items})
        print(f"{split}: {len(items)} sentences, {n_art} articles, {sum(len(r['events']) for r in items)} events")


if __name__ == "__main__":
    main()
