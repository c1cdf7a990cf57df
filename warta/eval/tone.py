"""Scoring the tone classifier on the news-tone gold (`warta eval tone`): accuracy and macro-F1.

The gold is IndoSum paragraphs labelled negative / neutral / positive by hand
(`corpus/tone/`); its `dev` split trains the shipped model, `test` measures it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from warta.annotate.tone import LABELS
from warta.eval.metrics import PRF


def default_gold() -> Path:
    return Path(str(resources.files("warta") / "eval" / "gold" / "tone.jsonl"))


def load_gold(path: Path | None = None) -> list[dict[str, Any]]:
    return [json.loads(x) for x in (path or default_gold()).read_text(encoding="utf-8").splitlines() if x.strip()]


def score(items: Sequence[dict[str, Any]], classify: Callable[[Sequence[str]], list[str]]) -> dict[str, Any]:
    """Accuracy, macro-F1, per-label P/R/F1 and the confusion counts of `classify` on `items`."""
    got = classify([i["text"] for i in items])
    pairs = [(i["label"], g) for i, g in zip(items, got, strict=True)]
    per = {lab: PRF(tp=sum(1 for a, b in pairs if a == b == lab), fp=sum(1 for a, b in pairs if b == lab != a),
                    fn=sum(1 for a, b in pairs if a == lab != b)) for lab in LABELS}
    return {"n": len(pairs), "accuracy": sum(a == b for a, b in pairs) / len(pairs) if pairs else 0.0,
            "macro_f1": sum(p.f1 for p in per.values()) / len(per), "per_label": per, "confusion": Counter(pairs)}


def table(split: str, s: dict[str, Any]) -> str:
    lines = [f"{split}: {s['n']} paragraphs, accuracy {s['accuracy']:.3f}, macro-F1 {s['macro_f1']:.3f}",
             f"{'label':<9} {'P':>6} {'R':>6} {'F1':>6}"]
    for lab, p in s["per_label"].items():
        lines.append(f"{lab:<9} {p.precision:>6.3f} {p.recall:>6.3f} {p.f1:>6.3f}")
    lines.append("confusion (gold, found): " + ", ".join(f"{a}>{b} {n}" for (a, b), n in sorted(s["confusion"].items())))
    return "\n".join(lines)
