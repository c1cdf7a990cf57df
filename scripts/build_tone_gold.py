"""Merge the tone batches into `warta/eval/gold/tone.jsonl` and print the agreement of the second annotation.

    python3 scripts/build_tone_gold.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_files import annotated, write_jsonl  # noqa: E402

OUT = Path("warta/eval/gold/tone.jsonl")
LABELS = ("negative", "neutral", "positive")


def _labels(path: Path) -> dict[str, str]:
    return {json.loads(x)["id"]: json.loads(x)["label"] for x in path.read_text(encoding="utf-8").splitlines()
            if x.strip()}


def main() -> None:
    rows = [{**row, "label": ann["label"]}
            for _, row, ann in annotated(Path("corpus/tone/batches"), Path("corpus/tone/ann"))]
    write_jsonl(OUT, rows)
    print(f"{len(rows)} paragraphs -> {OUT}: {dict(Counter(r['label'] for r in rows))}")
    second = Path("corpus/tone/second/s01.jsonl")
    if second.exists():
        first = {r["id"]: r["label"] for r in rows}
        pairs = [(first[k], v) for k, v in _labels(second).items() if k in first]
        agree = sum(a == b for a, b in pairs) / len(pairs)
        pa, pb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
        chance = sum(pa[lab] * pb[lab] for lab in LABELS) / len(pairs) ** 2
        kappa = (agree - chance) / (1 - chance) if chance < 1 else 1.0
        print(f"second annotation: {len(pairs)} paragraphs, agreement {agree:.3f}, Cohen's kappa {kappa:.3f}")
        print("confusion (first, second):", dict(Counter(pairs)))


if __name__ == "__main__":
    main()
