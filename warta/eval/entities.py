"""Scoring the entities stage on the entity gold (`warta eval entities`).

The gold (`corpus/entities/`, built into `gold/entities.jsonl`) holds whole article bodies from
outlets the taggers were not trained on, with every named person, organisation and place marked and
grouped into in-article identities. Each body goes through the pipeline as one article; every
mention of a PERSON, ORG, GPE or LOC entity is compared with the gold:

- mentions: exact span and coarse type (PERSON, ORG, PLACE = GPE or LOC) for P/R/F1, and the
  same by span alone;
- boundary errors: a gold mention overlapped by a predicted one of other bounds; type errors: the
  span right, the coarse type wrong;
- identity: B-cubed F1 over the mentions both sides found, each mention's gold identity against the
  entity Warta gave it.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from warta.eval.metrics import PRF

SCORED = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE"}
Mention = dict[str, Any]  # {start, end, text, type, entity}


def gold_path() -> Path:
    return Path(str(resources.files("warta") / "eval" / "gold" / "entities.jsonl"))


def load_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def predict(text: str) -> list[Mention]:
    """The pipeline's entity mentions over `text`, in its offsets (the body may differ slightly from
    the text given: offsets are carried over through the blocks the two share)."""
    from warta.doc import Options
    from warta.model import RawDoc
    from warta.pipeline import process

    art = process(RawDoc(text, source="entity-gold", kind="text"), Options(skip=("quotes", "events", "tone")))
    shift = _offset_map(art.body, text)
    out = []
    for n, ent in enumerate(art.entities):
        if ent.type not in SCORED:
            continue
        for m in ent.mentions:
            start, end = shift(m.start), shift(m.end - 1)
            if start is not None and end is not None:
                out.append({"start": start, "end": end + 1, "text": text[start:end + 1], "type": ent.type, "entity": n})
    return out


def _offset_map(body: str, text: str) -> Any:
    if body == text:
        return lambda i: i
    blocks = difflib.SequenceMatcher(None, body, text, autojunk=False).get_matching_blocks()

    def shift(i: int) -> int | None:
        for a, b, size in blocks:
            if a <= i < a + size:
                return b + i - a
        return None

    return shift


def score_article(gold: list[Mention], pred: list[Mention]) -> dict[str, Any]:
    """Counts for one article: typed and untyped mention P/R/F1, boundary and type errors, B-cubed sums."""
    g_spans = {(m["start"], m["end"]): m for m in gold}
    p_spans = {(m["start"], m["end"]): m for m in pred}
    same = g_spans.keys() & p_spans.keys()
    typed = sum(SCORED[g_spans[s]["type"]] == SCORED[p_spans[s]["type"]] for s in same)
    fine = sum(g_spans[s]["type"] == p_spans[s]["type"] for s in same)
    boundary = sum(1 for gs in g_spans.keys() - same
                   if any(ps[0] < gs[1] and gs[0] < ps[1] for ps in p_spans))
    b_p = b_r = 0.0
    for s in same:
        g_cluster = {t for t in same if g_spans[t]["entity"] == g_spans[s]["entity"]}
        p_cluster = {t for t in same if p_spans[t]["entity"] == p_spans[s]["entity"]}
        b_p += len(g_cluster & p_cluster) / len(p_cluster)
        b_r += len(g_cluster & p_cluster) / len(g_cluster)
    return {"typed": PRF(typed, len(pred) - typed, len(gold) - typed),
            "span": PRF(len(same), len(pred) - len(same), len(gold) - len(same)),
            "boundary": boundary, "type_errors": len(same) - typed, "fine": fine, "gold": len(gold),
            "matched": len(same), "b_p": b_p, "b_r": b_r}


def total(scores: Iterable[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"typed": PRF(), "span": PRF(), "boundary": 0, "type_errors": 0, "fine": 0, "gold": 0,
                           "matched": 0, "b_p": 0.0, "b_r": 0.0, "articles": 0}
    for s in scores:
        out["typed"].add(s["typed"])
        out["span"].add(s["span"])
        for k in ("boundary", "type_errors", "fine", "gold", "matched", "b_p", "b_r"):
            out[k] += s[k]
        out["articles"] += 1
    return out


def identity_f1(t: dict[str, Any]) -> float:
    if not t["matched"]:
        return 0.0
    p, r = t["b_p"] / t["matched"], t["b_r"] / t["matched"]
    return 2 * p * r / (p + r) if p + r else 0.0


def summary(scores: Iterable[dict[str, Any]]) -> list[str]:
    t = total(scores)
    typed, span = t["typed"], t["span"]
    return [f"articles {t['articles']}, gold mentions {t['gold']}",
            f"mentions (span + type)  P {typed.precision:.3f}  R {typed.recall:.3f}  F1 {typed.f1:.3f}",
            f"mentions (span only)    P {span.precision:.3f}  R {span.recall:.3f}  F1 {span.f1:.3f}",
            f"boundary errors {t['boundary']} ({t['boundary'] / max(t['gold'], 1):.1%} of gold), "
            f"type errors {t['type_errors']} ({t['type_errors'] / max(t['matched'], 1):.1%} of spans found; "
            f"GPE and LOC told apart too: {1 - t['fine'] / max(t['matched'], 1):.1%})",
            f"identity (B-cubed over {t['matched']} mentions found)  F1 {identity_f1(t):.3f}"]


def errors(item: dict[str, Any], pred: list[Mention]) -> list[str]:
    """One line per gold mention missed or mistyped and per predicted mention not in the gold."""
    g = {(m["start"], m["end"]): m for m in item["mentions"]}
    p = {(m["start"], m["end"]): m for m in pred}
    out = []
    for s in sorted(g.keys() | p.keys()):
        if s in g and s in p:
            if SCORED[g[s]["type"]] != SCORED[p[s]["type"]]:
                out.append(f"{item['id']}: type  {g[s]['text']!r} gold {g[s]['type']}, found {p[s]['type']}")
        elif s in g:
            out.append(f"{item['id']}: miss  {g[s]['text']!r} ({g[s]['type']})")
        else:
            out.append(f"{item['id']}: extra {p[s]['text']!r} ({p[s]['type']})")
    return out
