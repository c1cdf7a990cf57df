"""Scores for the cleaning stages: the portal pages' expected values and the hand-written gold set.

Two measurements:
- `score_portals`: the 26 pages of `news-html-id-portals` against `expected.jsonl`
  (title exact, publication date, body bag-of-words overlap with the expected text);
- `score_gold`: `gold/clean.jsonl`, real articles (HTML pages and IndoSum texts),
  each with the fields a human read off the page: title, outlet, dateline
  place, credits, wire sources, publication date, how the body starts and
  ends, text that must stay and boilerplate that must go.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import trafilatura

from warta.doc import Options
from warta.eval.metrics import PRF, token_overlap
from warta.model import Article, RawDoc
from warta.pipeline import process

WIB = timezone(timedelta(hours=7))
CHECKS = ("title", "outlet", "dateline_place", "authors", "editors", "wire_sources", "published",
          "body_starts", "body_ends", "present", "absent")


def gold_path() -> Path:
    return Path(str(resources.files("warta.eval") / "gold" / "clean.jsonl"))


@dataclass
class PortalScore:
    pages: int = 0
    title_ok: int = 0
    date_ok: int = 0
    body: PRF = field(default_factory=PRF)
    baseline: PRF = field(default_factory=PRF)  # trafilatura's text alone, before Indonesian cleaning
    failures: list[str] = field(default_factory=list)


def portal_pages(data: Path) -> Iterator[tuple[dict[str, Any], RawDoc]]:
    folder = data / "news-html-id-portals"
    for line in (folder / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        exp = json.loads(line)
        if exp.get("kind") != "article":
            continue
        html = gzip.decompress((folder / "html" / exp["fixture"]).read_bytes())
        yield exp, RawDoc(data=html, source=exp["fixture"], kind="html", url=exp["url"])


def score_portals(data: Path) -> PortalScore:
    score = PortalScore()
    for exp, raw in portal_pages(data):
        art = process(raw, Options(skip=("entities", "quotes", "events")))
        score.pages += 1
        if (art.title or "").strip() == exp["title"].strip():
            score.title_ok += 1
        else:
            score.failures.append(f"{exp['fixture']}: title {art.title!r} != {exp['title']!r}")
        instant = datetime.fromtimestamp(exp["date"] / 1000, tz=UTC)
        accepted = {instant.date().isoformat(), instant.astimezone(WIB).date().isoformat()}
        if (art.published or "")[:10] in accepted:
            score.date_ok += 1
        else:
            score.failures.append(f"{exp['fixture']}: published {art.published} not in {sorted(accepted)}")
        score.body.add(token_overlap(art.body, exp["content"]))
        html = raw.data.decode("utf-8", "replace") if isinstance(raw.data, bytes) else raw.data
        score.baseline.add(token_overlap(trafilatura.extract(html) or "", exp["content"]))
    return score


def load_gold(path: Path | None = None) -> list[dict[str, Any]]:
    text = (path or gold_path()).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip() and not line.startswith("//")]


def gold_input(item: dict[str, Any], data: Path) -> RawDoc:
    """The RawDoc a gold item names: a file under the data folder or an IndoSum article id."""
    src = item["input"]
    if src.startswith("indosum:"):
        from warta.sources.indosum import read_indosum

        wanted = src.split(":", 1)[1]
        for raw in read_indosum(data / "news-indosum-dev"):
            if raw.source.endswith(wanted):
                return raw
        raise FileNotFoundError(f"IndoSum article {wanted} not found under {data}")
    blob = (data / src).read_bytes()
    if src.endswith(".gz"):
        blob = gzip.decompress(blob)
    return RawDoc(data=blob, source=src, url=item.get("url"), published=item.get("published_hint"))


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})


def _plain(text: str) -> str:
    """Curly quotes made straight: the expected texts were normalised by their scraper."""
    return text.translate(_QUOTES)


def check(art: Article, want: dict[str, Any]) -> dict[str, bool]:
    """Which of the gold fields the article gets right (only the fields the gold gives)."""
    got: dict[str, Any] = {
        "title": art.title, "outlet": art.outlet, "dateline_place": art.dateline.place if art.dateline else None,
        "authors": art.authors, "editors": art.editors, "wire_sources": art.wire_sources,
        "published": (art.published or "")[:10] or None,
    }
    out: dict[str, bool] = {}
    for key, value in want.items():
        if key in ("authors", "editors", "wire_sources"):
            out[key] = sorted(got[key]) == sorted(value)
        elif key in got:
            out[key] = got[key] == value
        elif key == "body_starts":
            out[key] = _plain(art.body).startswith(_plain(value))
        elif key == "body_ends":
            out[key] = _plain(art.body).rstrip().endswith(_plain(value))
        elif key == "present":
            out[key] = all(v in art.body for v in value)
        elif key == "absent":
            out[key] = not any(v in art.body for v in value)
    return out


def score_gold(data: Path, path: Path | None = None) -> tuple[dict[str, list[int]], list[str]]:
    """Per check: [passed, total]; plus one line per failed check."""
    totals: dict[str, list[int]] = {k: [0, 0] for k in CHECKS}
    failures: list[str] = []
    for item in load_gold(path):
        art = process(gold_input(item, data), Options(skip=("entities", "quotes", "events")))
        for key, ok in check(art, item["expect"]).items():
            totals[key][0] += ok
            totals[key][1] += 1
            if not ok:
                failures.append(f"{item['input']}: {key}")
    return totals, failures
