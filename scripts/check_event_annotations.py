"""Check an event annotation file against its batch: one line per sentence, in order, valid codes and spans.

    python3 scripts/check_event_annotations.py corpus/batches/b01.jsonl corpus/ann/b01.jsonl

Prints one line per problem (line number, id, what is wrong) and a summary; exits 1 on any problem.
"""

from __future__ import annotations

import json
import re
import sys

MODES = {
    "AGREE": set(), "CONSULT": {"visit", "meet", "phone", "mediate"}, "SUPPORT": {"sign", "praise", "endorse"},
    "CONCEDE": {"resign"}, "COOPERATE": {"military", "judicial", "diplomatic", "intelligence", "economic"},
    "AID": {"economic", "military", "humanitarian", "asylum"}, "RETREAT": {"release", "withdraw", "ceasefire", "ease"},
    "REQUEST": set(), "ACCUSE": {"investigate", "allege", "disapprove"}, "REJECT": set(), "THREATEN": {"ultimatum"},
    "PROTEST": {"demo", "obstruct", "strike", "boycott", "hunger"},
    "SANCTION": {"convict", "expel", "discontinue", "withdraw"}, "MOBILIZE": {"police", "troops", "weapons"},
    "COERCE": {"arrest", "seize", "deport", "restrict", "withhold", "martial-law"},
    "ASSAULT": {"beat", "firearms", "explosives", "aerial", "kill", "abduct", "targeted"},
}
MODALITIES = {"asserted", "planned", "possible", "denied", "requested"}
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "BUS", "EDU", "CVL", "MED", "REB", "OPP", "NGO", "LAB", "REL"}
ACTOR = re.compile(r"^[A-Z]{3}( [A-Z]{3})?$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")
KEYS = {"type", "mode", "trigger", "source", "source_text", "target", "target_text", "modality", "date"}


def problems(batch: dict, ann: dict) -> list[str]:
    out = []
    if ann.get("id") != batch["id"]:
        return [f"id {ann.get('id')!r} where the batch has {batch['id']!r}"]
    events = ann.get("events")
    if not isinstance(events, list):
        return ["'events' must be a list"]
    text = batch["text"]
    for n, ev in enumerate(events):
        where = f"event {n}"
        if not isinstance(ev, dict):
            out.append(f"{where}: not an object")
            continue
        if set(ev) != KEYS:
            out.append(f"{where}: keys must be exactly {sorted(KEYS)} (missing {sorted(KEYS - set(ev))}, extra {sorted(set(ev) - KEYS)})")
        t = ev.get("type")
        if t not in MODES:
            out.append(f"{where}: unknown type {t!r}")
        elif ev.get("mode") is not None and ev.get("mode") not in MODES[t]:
            out.append(f"{where}: mode {ev.get('mode')!r} is not one of {t}'s {sorted(MODES[t])} or null")
        if ev.get("modality") not in MODALITIES:
            out.append(f"{where}: modality {ev.get('modality')!r}")
        for role in ("source", "target"):
            code = ev.get(role)
            if code is not None:
                if not isinstance(code, str) or not ACTOR.match(code):
                    out.append(f"{where}: {role} {code!r} is not 'CCC' or 'CCC SEC'")
                elif " " in code and code.split()[1] not in SECTORS:
                    out.append(f"{where}: {role} sector {code.split()[1]!r} unknown")
            span = ev.get(f"{role}_text")
            if span is not None and (not isinstance(span, str) or span not in text):
                out.append(f"{where}: {role}_text {span!r} is not in the sentence")
            if span is not None and code is None:
                out.append(f"{where}: {role}_text given but {role} code is null")
        trig = ev.get("trigger")
        if not isinstance(trig, str) or not trig or trig not in text:
            out.append(f"{where}: trigger {trig!r} is not in the sentence")
        d = ev.get("date")
        if d is not None and (not isinstance(d, str) or not DATE.match(d)):
            out.append(f"{where}: date {d!r} is not YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www")
    return out


def main(batch_path: str, ann_path: str) -> int:
    batch = [json.loads(x) for x in open(batch_path, encoding="utf-8") if x.strip()]
    anns = []
    bad = 0
    for n, line in enumerate(open(ann_path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            anns.append(json.loads(line))
        except json.JSONDecodeError as exc:
            print(f"{ann_path}:{n}: not JSON ({exc})")
            bad += 1
            anns.append({})
    for n, (b, a) in enumerate(zip(batch, anns, strict=False), 1):
        for p in problems(b, a):
            print(f"{ann_path}:{n}: {b['id']}: {p}")
            bad += 1
    if len(anns) != len(batch):
        print(f"{ann_path}: {len(anns)} lines for {len(batch)} sentences")
        bad += 1
    events = sum(len(a.get("events") or []) for a in anns if isinstance(a, dict))
    print(f"{len(anns)}/{len(batch)} sentences, {events} events, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
