"""`process(raw) -> Article`: the whole per-article pipeline, as a list of named stages.

Every engine (the CLI loop, the process pool, Spark) calls `process` and nothing
else. A stage is a plain function over a `Draft`; it reads what earlier stages
set and writes its own fields. Stages marked Indonesian-only are skipped for
articles in other languages (they are still cleaned and stored).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from warta.annotate.actors import HOME, ActorSpan
from warta.annotate.dates import find_dates
from warta.annotate.entities import link_entities
from warta.annotate.events import code_events
from warta.annotate.language import identify_language
from warta.annotate.places import Context, locate_places
from warta.annotate.quotes import find_quotes
from warta.annotate.tone import score_tone
from warta.clean.boilerplate import remove_boilerplate
from warta.clean.dateline import find_dateline
from warta.clean.metadata import strip_metadata
from warta.clean.segment import build_body, segment
from warta.errors import StageError, WartaError
from warta.model import Article, RawDoc
from warta.sources.decode import decode


@dataclass
class Draft:
    """The article under construction plus the working state stages share.

    `lines` is the text as lines until `build_body` joins what is left into
    `article.body`; after that, `paragraphs` and `sentences` are (start, end)
    spans into the body.
    """

    raw: RawDoc
    article: Article = field(default_factory=lambda: Article(id="", body=""))
    lines: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    references: list[tuple[str | None, str]] = field(default_factory=list)  # per sentence: its "now" and why (dates)
    actors: list[ActorSpan] = field(default_factory=list)  # entities as event actors (entities stage)
    home: str = HOME  # the country the article is about (entities stage)
    places: Context = field(default_factory=Context)  # the provinces and countries it names (places stage)

    @property
    def indonesian(self) -> bool:
        return self.article.language in (None, "id")


Stage = Callable[[Draft], None]

# (name, function, Indonesian-only)
STAGES: tuple[tuple[str, Stage, bool], ...] = (
    ("decode", decode, False),
    ("metadata", strip_metadata, False),
    ("boilerplate", remove_boilerplate, False),
    ("dateline", find_dateline, False),
    ("body", build_body, False),
    ("language", identify_language, False),
    ("segment", segment, False),
    ("dates", find_dates, False),
    ("entities", link_entities, True),
    ("places", locate_places, True),
    ("quotes", find_quotes, True),
    ("events", code_events, True),
    ("tone", score_tone, True),
)


# An article still in the pipeline after this long fails (checked after each stage), so one pathological
# input costs a bounded time and the batch goes on.
TIME_BUDGET_S = 30.0

# Stages a caller may leave out; the others build the article itself (decode, body, segment ...).
OPTIONAL = frozenset({"language", "dates", "entities", "places", "quotes", "events", "tone"})


def process(raw: RawDoc, skip: Iterable[str] = ()) -> Article:
    """Run every stage over one raw document and return its Article.

    `skip` names stages to leave out (e.g. `("entities", "quotes", "events")`
    for cleaning only). Raises `InputError` for unreadable input and
    `StageError` (naming the stage) for anything else.
    """
    return run(raw, skip).article


def run(raw: RawDoc, skip: Iterable[str] = ()) -> Draft:
    """`process`, returning the whole draft: the article and the working state (sentences, actors)
    that evaluation and training read."""
    skipped = set(skip)
    unknown = skipped - OPTIONAL
    if unknown:
        raise ValueError(f"cannot skip {', '.join(sorted(unknown))}: stages that may be skipped are "
                         f"{', '.join(sorted(OPTIONAL))}")
    draft = Draft(raw)
    start = time.perf_counter()
    for name, run, indonesian_only in STAGES:
        if name in skipped or (indonesian_only and not draft.indonesian):
            continue
        try:
            run(draft)
        except WartaError:
            raise
        except Exception as exc:
            raise StageError(raw.source, name, exc) from exc
        if time.perf_counter() - start > TIME_BUDGET_S:
            raise StageError(raw.source, name, TimeoutError(f"over time budget ({TIME_BUDGET_S:.0f} s for one article)"))
    return draft
