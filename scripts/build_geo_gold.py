"""Build the geocoding gold (`warta/eval/gold/places.jsonl`, `warta/eval/gold/event_places.jsonl`)
from the annotated batches in `corpus/geo/ann/`, checking each against its batch.

Run: `python scripts/build_geo_gold.py` (deterministic; rewrites both files).
"""

from __future__ import annotations

import json

from corpus_files import ROOT, write_jsonl

GEO = ROOT / "corpus" / "geo"
GOLD = ROOT / "warta" / "eval" / "gold"
KINDS = {"country", "adm1", "adm2", "city", "local", "region", "site"}
FIELDS = ("text", "occurrence", "kind", "name", "country", "province", "geonameid", "lat", "lon")


def _check(place: dict, text: str, where: str) -> dict:
    missing = [f for f in FIELDS if f not in place]
    if missing or place["kind"] not in KINDS or text.count(place["text"]) < place["occurrence"]:
        raise SystemExit(f"{where}: bad place {place}")
    return {f: place[f] for f in (*FIELDS, "note") if f in place}


def _pairs(prefix: str) -> list[tuple[dict, dict]]:
    rows = []
    for batch in sorted((GEO / "batches").glob(f"{prefix}*.jsonl")):
        ann = GEO / "ann" / batch.name
        b = [json.loads(x) for x in batch.read_text(encoding="utf-8").splitlines()]
        a = [json.loads(x) for x in ann.read_text(encoding="utf-8").splitlines()]
        if [r["id"] for r in b] != [r["id"] for r in a]:
            raise SystemExit(f"{ann}: ids differ from {batch}")
        rows += list(zip(b, a, strict=True))
    return rows


def main() -> None:
    mentions = []
    for b, a in _pairs("m"):
        places = [_check(p, b["text"], a["id"]) for p in a["places"]]
        mentions.append({"id": b["id"], "split": b["split"], "text": b["text"], "places": places})
    events = []
    for b, a in _pairs("e"):
        if len(a["events"]) != len(b["events"]):
            raise SystemExit(f"{a['id']}: events differ from the batch")
        evs = [{**e, "place": _check(x["place"], b["text"], a["id"]) if x["place"] else None}
               for e, x in zip(b["events"], a["events"], strict=True)]
        events.append({**{k: b[k] for k in ("id", "split", "context", "text")}, "events": evs})
    write_jsonl(GOLD / "places.jsonl", mentions)
    write_jsonl(GOLD / "event_places.jsonl", events)
    n = sum(len(r["places"]) for r in mentions)
    m = sum(1 for r in events for e in r["events"] if e["place"])
    print(f"places.jsonl: {len(mentions)} sentences, {n} places; event_places.jsonl: {m} events with a place")


if __name__ == "__main__":
    main()
