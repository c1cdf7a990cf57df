"""Agreement of two independent annotations of the geocoding gold's samples (`corpus/geo/second/`).

Place mentions: which mentions both marked (text and occurrence), and of those, whether they name
the same place at the same level (the scoring rule of `warta eval places`, one annotator as gold).
Event places: whether both gave the event a place or both none, and the same place when both did.

Run: `python scripts/geo_agreement.py`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from corpus_files import ROOT

sys.path.insert(0, str(ROOT))
from warta.eval.places import right  # noqa: E402
from warta.model import Place  # noqa: E402

GEO = ROOT / "corpus" / "geo"


def _rows(path: Path) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def _as_place(p: dict) -> Place:
    kind = {"local": "adm3"}.get(p["kind"], p["kind"])
    return Place(id=p.get("province") if p["kind"] == "adm1" and p.get("province") else str(p.get("geonameid")),
                 name=p["name"], kind=kind, country=p["country"], lat=p.get("lat"), lon=p.get("lon"))


def same(a: dict, b: dict) -> bool:
    """Both readings name one place (symmetric: each taken as gold in turn)."""
    if {a["kind"], b["kind"]} & {"region", "site"}:
        return a["kind"] == b["kind"] and a["name"].lower() == b["name"].lower()
    return right(a, _as_place(b)) or right(b, _as_place(a))


def mentions() -> None:
    first, second = _rows(GEO / "ann" / "m02.jsonl"), _rows(GEO / "second" / "m02-second.jsonl")
    both = only_a = only_b = agree = kind_agree = 0
    for sid, b in second.items():
        a = {(p["text"], p["occurrence"]): p for p in first[sid]["places"]}
        bb = {(p["text"], p["occurrence"]): p for p in b["places"]}
        for k in a.keys() & bb.keys():
            both += 1
            agree += same(a[k], bb[k])
            kind_agree += a[k]["kind"] == bb[k]["kind"]
        only_a += len(a.keys() - bb.keys())
        only_b += len(bb.keys() - a.keys())
    f1 = 2 * both / (2 * both + only_a + only_b)
    print(f"place mentions ({len(second)} sentences): marked by both {both}, only first {only_a}, only second "
          f"{only_b}: mention F1 {f1:.3f}; same place {agree}/{both} = {agree / both:.3f}; "
          f"same kind {kind_agree}/{both} = {kind_agree / both:.3f}")


def events() -> None:
    first, second = _rows(GEO / "ann" / "e01.jsonl"), _rows(GEO / "second" / "e01-second.jsonl")
    n = agree = both = same_place = placed_a = placed_b = 0
    for sid, b in second.items():
        for ea, eb in zip(first[sid]["events"], b["events"], strict=True):
            n += 1
            pa, pb = ea["place"], eb["place"]
            placed_a += pa is not None
            placed_b += pb is not None
            if pa is None and pb is None:
                agree += 1
            elif pa is not None and pb is not None:
                both += 1
                ok = same(pa, pb)
                same_place += ok
                agree += ok
    print(f"event places ({n} events): placed by first {placed_a}, by second {placed_b}, by both {both}; "
          f"same place when both placed {same_place}/{both}; overall agreement (same place or both none) "
          f"{agree}/{n} = {agree / n:.3f}")


if __name__ == "__main__":
    mentions()
    events()
