"""Scoring the dates stage on the date gold (`warta eval dates`).

Each gold line is a paragraph of a real article (IndoSum or a portal page) with
the paragraph before it, its publication day and every date expression in it,
resolved by hand against its reference time. The two paragraphs run through
the pipeline as an article published that day; a gold expression is right when
a found expression overlapping it has the same value and precision (and the
same START/MID/END modifier). Accuracy is given per kind of expression and for
the expressions whose reference time is not the publication day.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from warta.eval.event_corpus import locate
from warta.model import DateExpr, RawDoc

KINDS = ("explicit", "relative", "weekday", "part-of-day", "part-of-period", "week")
OTHER_REFERENCE = "reference≠published"


@dataclass
class DateScores:
    right: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    spurious: int = 0
    errors: list[str] = field(default_factory=list)

    def accuracy(self, kind: str = "all") -> float:
        return self.right[kind] / self.total[kind] if self.total[kind] else 0.0


def default_gold() -> Path:
    return Path(str(resources.files("warta") / "eval" / "gold" / "dates.jsonl"))


def load_gold(path: Path | None = None) -> list[dict[str, Any]]:
    return [json.loads(x) for x in (path or default_gold()).read_text(encoding="utf-8").splitlines() if x.strip()]


def found_dates(item: dict[str, Any]) -> tuple[list[DateExpr], str, tuple[int, int] | None]:
    """The pipeline's dates for the item's text (its paragraph before as context), the cleaned body, and
    where the paragraph lies in it (None when the cleaning dropped it)."""
    from warta.doc import Options
    from warta.pipeline import process

    before = item.get("before") or ""
    text = f"{before}\n\n{item['text']}" if before else item["text"]
    art = process(RawDoc(text, source=item["id"], kind="text", published=item.get("published")),
                  Options(skip=("language", "entities", "quotes", "events")))
    pos = art.body.find(before[-40:]) + min(len(before), 40) if before and before[-40:] in art.body else 0
    return art.dates, art.body, locate(art.body, item["text"], pos)


def _occurrences(text: str, part: str) -> list[int]:
    out, at = [], text.find(part)
    while at >= 0:
        out.append(at)
        at = text.find(part, at + 1)
    return out


def _gold_span(body: str, region: tuple[int, int], text: str, expr: dict[str, Any]) -> tuple[int, int] | None:
    """Where the gold expression lies in the cleaned body: its n-th occurrence in the paragraph, counted
    in the part of the paragraph the cleaning kept (a dateline cut off its front holds none)."""
    part = expr["text"]
    in_text = _occurrences(text, part)
    in_body = [region[0] + k for k in _occurrences(body[region[0]:region[1]], part)]
    n = int(expr.get("n") or 0) - (len(in_text) - len(in_body))
    return (in_body[n], in_body[n] + len(part)) if 0 <= n < len(in_body) else None


def score(items: Iterable[dict[str, Any]]) -> DateScores:
    s = DateScores()
    for item in items:
        dates, body, region = found_dates(item)
        used: set[int] = set()
        for expr in item["dates"]:
            kinds = ["all", expr.get("kind") or "explicit"]
            if expr.get("anchor") not in (None, "published"):
                kinds.append(OTHER_REFERENCE)
            for k in kinds:
                s.total[k] += 1
            span = _gold_span(body, region, item["text"], expr) if region else None
            got = None
            if span:
                got = next((d for d in dates if d.start < span[1] and span[0] < d.end), None)
            if got is not None:
                used.add(id(got))
            ok = got is not None and got.value == expr["value"] and got.precision == expr["precision"] \
                and (got.mod or None) == (expr.get("mod") or None)
            for k in kinds:
                s.right[k] += ok
            if not ok:
                have = f"{got.value} {got.precision} {got.mod or ''}" if got else "-"
                s.errors.append(f"{item['id']} [{expr.get('kind')}, {expr.get('anchor')} {expr.get('anchor_date')}] "
                                f"{expr['text']!r}: gold {expr['value']} {expr['precision']} {expr.get('mod') or ''}"
                                f"; found {have}")
        s.spurious += sum(1 for d in dates if id(d) not in used and region and d.start >= region[0])
    return s


def table(results: dict[str, DateScores]) -> str:
    lines = [f"{'split':<6} {'kind':<22} {'right':>6} {'all':>5} {'accuracy':>9}"]
    for split, s in results.items():
        for kind in ("all", *KINDS, OTHER_REFERENCE):
            if s.total[kind]:
                lines.append(f"{split:<6} {kind:<22} {s.right[kind]:>6} {s.total[kind]:>5} {s.accuracy(kind):>9.3f}")
        lines.append(f"{split:<6} {'found, not in gold':<22} {s.spurious:>6}")
    return "\n".join(lines)
