"""The entity gold: check an annotation against its batch, resolve forms to mention spans, build
`warta/eval/gold/entities.jsonl`, and measure agreement between two readings.

  python scripts/entity_gold.py check corpus/entities/batches/n01.jsonl corpus/entities/ann/n01.jsonl
  python scripts/entity_gold.py build
  python scripts/entity_gold.py agree corpus/entities/second/sample-ann.jsonl

An annotation lists each entity's surface forms (see `corpus/entities/GUIDE.md`); every whole-word
occurrence of a form is a mention, the longest form winning where they overlap; the n-th
occurrence of a form belongs to the first entity listing it that does not name n in `except`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TYPES = ("PERSON", "ORG", "GPE", "LOC")
OUT = ROOT / "warta" / "eval" / "gold" / "entities.jsonl"
# drawn and annotated, left out of the gold: Warta finds entities in Indonesian text only
NOT_INDONESIAN = {"portal:tempoen-singlepage"}


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def resolve(text: str, entities: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """Mentions as {start, end, text, type, entity} in text order, and the problems found."""
    problems: list[str] = []
    cands = []
    for k, ent in enumerate(entities):
        if ent.get("type") not in TYPES:
            problems.append(f"entity {ent.get('name')!r}: type {ent.get('type')!r} is not one of {', '.join(TYPES)}")
        for form in ent.get("forms", []):
            if form != form.strip() or not form:
                problems.append(f"form {form!r}: leading or trailing space, or empty")
                continue
            hits = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)]
            if not hits:
                problems.append(f"form {form!r} of {ent.get('name')!r} does not occur in the text")
            cands += [(s, e, k, form) for s, e in hits]
    owners: dict[str, list[int]] = {}
    for _, _, k, form in cands:
        if k not in owners.setdefault(form, []):
            owners[form].append(k)
    spans = sorted({(s_, e_, form) for s_, e_, _, form in cands}, key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int, str]] = []
    for s, e, form in spans:
        if all(e <= ts or s >= te for ts, te, _ in taken):
            taken.append((s, e, form))
    taken.sort()
    seen: dict[str, int] = {}
    mentions = []
    for s, e, form in taken:
        n = seen[form] = seen.get(form, 0) + 1
        # the first entity listing this form that does not except this occurrence owns it
        owner = next((k for k in owners[form] if n not in entities[k].get("except", {}).get(form, [])), None)
        if owner is not None:
            mentions.append({"start": s, "end": e, "text": text[s:e], "type": entities[owner]["type"], "entity": owner})
    for k, ent in enumerate(entities):
        for form in ent.get("except", {}):
            if form not in ent.get("forms", []):
                problems.append(f"except names {form!r}, which is not a form of {ent.get('name')!r}")
        if ent.get("forms") and not any(m["entity"] == k for m in mentions):
            problems.append(f"entity {ent.get('name')!r} has no mention left (inside longer forms, or all excepted)")
    return mentions, problems


def check(batch: Path, ann: Path) -> int:
    rows = {r["id"]: r for r in _read(batch)}
    bad = 0
    annotated = _read(ann)
    missing = set(rows) - {a["id"] for a in annotated}
    for a in annotated:
        if a["id"] not in rows:
            print(f"{a['id']}: not in {batch.name}")
            bad += 1
            continue
        _, problems = resolve(rows[a["id"]]["text"], a.get("entities", []))
        for p in problems:
            print(f"{a['id']}: {p}")
        bad += len(problems)
    for i in sorted(missing):
        print(f"{i}: not annotated yet")
    print(f"{len(annotated)} of {len(rows)} articles annotated, {bad} problems")
    return 1 if bad else 0


def build() -> None:
    out = []
    for batch in sorted((ROOT / "corpus" / "entities" / "batches").glob("n*.jsonl")):
        ann_path = _final(batch)
        if ann_path is None:
            continue
        ann = {a["id"]: a for a in _read(ann_path)}
        for row in _read(batch):
            if row["id"] not in ann or row["id"] in NOT_INDONESIAN:
                continue
            ents = ann[row["id"]]["entities"]
            mentions, _ = resolve(row["text"], ents)
            out.append({"id": row["id"], "split": row["split"], "text": row["text"],
                        "entities": [{"type": e["type"], "name": e["name"]} for e in ents],
                        "mentions": mentions})
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(r["mentions"]) for r in out)
    print(f"{len(out)} articles, {sum(len(r['entities']) for r in out)} entities, {n} mentions -> {OUT}")


def _final(batch: Path) -> Path | None:
    """The reading a batch's gold is built from: its review, else its first reading."""
    for folder in ("review", "ann"):
        path = ROOT / "corpus" / "entities" / folder / batch.name
        if path.exists():
            return path
    return None


def agree(reading: Path) -> None:
    """An independent reading of some articles against the gold built for them."""
    sys.path.insert(0, str(ROOT))
    from warta.eval.entities import score_article, summary

    texts: dict[str, str] = {}
    gold: dict[str, list[dict[str, Any]]] = {}
    for batch in sorted((ROOT / "corpus" / "entities" / "batches").glob("n*.jsonl")):
        texts.update({r["id"]: r["text"] for r in _read(batch)})
        final = _final(batch)
        if final:
            gold.update({a["id"]: a["entities"] for a in _read(final)})
    scores = []
    for b in _read(reading):
        if b["id"] in gold:
            mine, _ = resolve(texts[b["id"]], gold[b["id"]])
            other, _ = resolve(texts[b["id"]], b["entities"])
            scores.append(score_article(mine, other))
    print(f"{len(scores)} articles read twice ({reading.name} against the gold)")
    for line in summary(scores):
        print(line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("check")
    c.add_argument("batch", type=Path)
    c.add_argument("annotation", type=Path)
    sub.add_parser("build")
    g = sub.add_parser("agree")
    g.add_argument("reading", type=Path)
    args = ap.parse_args()
    if args.cmd == "check":
        sys.exit(check(args.batch, args.annotation))
    if args.cmd == "build":
        build()
    else:
        agree(args.reading)


if __name__ == "__main__":
    main()
