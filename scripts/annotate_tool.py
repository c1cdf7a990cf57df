"""Small helpers for annotating a batch by hand: show sentences, append annotations.

    python3 scripts/annotate_tool.py show corpus/batches/b01.jsonl 1 40
        prints lines 1-40: number, article (when it changes: url, published, category, context), text
        (and the earlier annotation's events, for a file that carries `old_events`)
    python3 scripts/annotate_tool.py add corpus/batches/b01.jsonl corpus/ann/b01.jsonl <<'END'
    1: -
    2: [{"type": "COERCE", "mode": "arrest", "trigger": "menangkap", "source": "IDN COP", "source_text": "Polsek X", "target": "IDN CVL", "target_text": "KNR", "modality": "asserted"}]
    END
        appends one full line per number ("-" or "[]" for no event); keys left out are null;
        the numbers must continue exactly where the file ends.
    python3 scripts/annotate_tool.py show corpus/batches/b01.jsonl 1 40 corpus/review/b01.jsonl
        as show, with each sentence's events from that annotation file under it (for a second reading)
    python3 scripts/annotate_tool.py set corpus/review/b01.jsonl 17 '[{"type": ...}]'
        replaces the events of line 17 of an annotation file ('-' or '[]' for none)
"""

from __future__ import annotations

import json
import sys

KEYS = ("type", "mode", "trigger", "source", "source_text", "target", "target_text", "modality", "date")


def show(batch: str, start: int, end: int, ann: str | None = None) -> None:
    rows = [json.loads(x) for x in open(batch, encoding="utf-8") if x.strip()]
    if ann:
        anns = [json.loads(x) for x in open(ann, encoding="utf-8") if x.strip()]
        for r, a in zip(rows, anns, strict=False):
            r["events"] = a["events"]
    last = None
    for n in range(start, min(end, len(rows)) + 1):
        r = rows[n - 1]
        art = r["id"].rsplit("#", 1)[0]
        if art != last:
            print(f"\n=== {art}  [{r.get('category')}] published {r.get('published')}  {r.get('split')}")
            print(f"    url: {r.get('url')}")
            if r.get("context"):
                print(f"    context: {r['context']}")
            last = art
        print(f"{n}: {r['text']}")
        if "old_events" in r:
            print(f"    old: {json.dumps(r['old_events'], ensure_ascii=False)}")
        if "events" in r:
            print(f"    ann: {json.dumps(r['events'], ensure_ascii=False)}")
    print(f"\n({len(rows)} lines in {batch})")


def add(batch: str, out: str) -> None:
    rows = [json.loads(x) for x in open(batch, encoding="utf-8") if x.strip()]
    try:
        done = sum(1 for x in open(out, encoding="utf-8") if x.strip())
    except FileNotFoundError:
        done = 0
    lines = []
    for raw in sys.stdin.read().splitlines():
        if not raw.strip():
            continue
        num, _, rest = raw.partition(":")
        n = int(num.strip())
        if n != done + len(lines) + 1:
            sys.exit(f"line {n} given where {done + len(lines) + 1} was expected; nothing written")
        rest = rest.strip()
        events = [] if rest in ("-", "", "[]") else json.loads(rest)
        if isinstance(events, dict):
            events = [events]
        events = [{k: ev.get(k) for k in KEYS} for ev in events]
        lines.append(json.dumps({"id": rows[n - 1]["id"], "events": events}, ensure_ascii=False))
    with open(out, "a", encoding="utf-8") as fh:
        fh.write("".join(line + "\n" for line in lines))
    print(f"wrote {len(lines)} lines; {done + len(lines)}/{len(rows)} done")


def set_line(path: str, n: int, events_json: str) -> None:
    lines = [x for x in open(path, encoding="utf-8").read().splitlines() if x.strip()]
    row = json.loads(lines[n - 1])
    events = [] if events_json.strip() in ("-", "", "[]") else json.loads(events_json)
    if isinstance(events, dict):
        events = [events]
    row["events"] = [{k: ev.get(k) for k in KEYS} for ev in events]
    lines[n - 1] = json.dumps(row, ensure_ascii=False)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("".join(x + "\n" for x in lines))
    print(f"line {n}: {len(row['events'])} events")


if __name__ == "__main__":
    if sys.argv[1] == "show":
        show(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5] if len(sys.argv) > 5 else None)
    elif sys.argv[1] == "set":
        set_line(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        add(sys.argv[2], sys.argv[3])
