"""`process(raw) -> Article`: the whole per-article pipeline, as a list of named stages.

Every engine (the CLI, the process pool, Spark, the API, the evaluations) calls
`process` or `process_many` and nothing else. A stage is a plain function over a
`Doc` (`warta.doc`) that declares what it reads (`requires`) and what it sets
(`assigns`); the table is checked once, at import, so a stage moved before the one
that feeds it fails at once. Stages marked Indonesian-only are skipped for articles
in other languages (they are still cleaned and stored).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields
from typing import Any

from warta.annotate.dates import decide_published, find_dates
from warta.annotate.entities import link_entities
from warta.annotate.events import code_events
from warta.annotate.language import identify_language
from warta.annotate.places import locate_places
from warta.annotate.quotes import find_quotes
from warta.annotate.tone import score_tone
from warta.clean.boilerplate import remove_boilerplate
from warta.clean.dateline import find_dateline
from warta.clean.metadata import strip_metadata
from warta.clean.segment import build_body, segment
from warta.doc import DEFAULT, ConfigError, Doc, Options
from warta.errors import InputError, StageError, WartaError
from warta.model import Article, RawDoc
from warta.sources.decode import decode


@dataclass(frozen=True, slots=True)
class Stage:
    """One step: its name, its function, what it reads and sets (Doc attributes, or `article.<field>`),
    whether a caller may leave it out, and whether it runs on Indonesian text only."""

    name: str
    run: Callable[[Doc], None]
    requires: frozenset[str]
    assigns: frozenset[str]
    optional: bool = False
    indonesian_only: bool = False


def _stage(name: str, run: Callable[[Doc], None], requires: str, assigns: str, optional: bool = False,
           indonesian_only: bool = False) -> Stage:
    return Stage(name, run, frozenset(requires.split()), frozenset(assigns.split()), optional, indonesian_only)


STAGES: tuple[Stage, ...] = (
    _stage("decode", decode, "raw", "lines page article.source article.url article.outlet"),
    _stage("metadata", strip_metadata, "lines page",
           "lines article.title article.subtitle article.authors article.editors article.wire_sources "
           "article.media article.removed article.published article.published_source"),
    _stage("boilerplate", remove_boilerplate, "lines", "lines article.removed"),
    _stage("dateline", find_dateline, "lines page article.url article.outlet",
           "lines article.dateline article.outlet article.wire_sources article.removed"),
    _stage("body", build_body, "lines raw", "lines article.body article.id"),
    _stage("language", identify_language, "article.body", "article.language", optional=True),
    _stage("segment", segment, "article.body", "paragraphs sentences tokens sentence_tokens"),
    _stage("published", decide_published, "article.body paragraphs article.published",
           "article.published article.published_source"),
    _stage("dates", find_dates, "article.body article.published article.media sentences paragraphs",
           "article.dates article.media references", optional=True),
    _stage("entities", link_entities, "article.body article.wire_sources sentences tokens options",
           "article.entities actors home", optional=True, indonesian_only=True),
    _stage("places", locate_places, "article.body article.entities article.dateline actors home",
           "article.entities article.dateline places", optional=True, indonesian_only=True),
    _stage("quotes", find_quotes, "article.body article.entities article.dates article.published paragraphs "
           "sentences home",
           "article.quotes", optional=True, indonesian_only=True),
    _stage("events", code_events, "article.body article.quotes article.dates article.published "
           "article.dateline sentences tokens actors home references places options",
           "article.events", optional=True, indonesian_only=True),
    _stage("tone", score_tone, "article.body article.quotes", "article.tone article.quotes",
           optional=True, indonesian_only=True),
)

OPTIONAL = frozenset(s.name for s in STAGES if s.optional)
_GIVEN = frozenset({"raw", "options"})  # what a Doc starts with


def check_contracts(stages: Iterable[Stage]) -> None:
    """Every name a stage reads is set by an earlier stage (or given); every name is a Doc attribute or
    an Article field; a stage that cannot be skipped reads only what stages that cannot be skipped set,
    so no `skip` can leave it without its input. Raises ValueError naming the stage."""
    doc_names = {f.name for f in fields(Doc)}
    article_names = {f"article.{f.name}" for f in fields(Article)}
    set_by: dict[str, bool] = dict.fromkeys(_GIVEN, False)  # name -> only optional stages set it
    for st in stages:
        for name in st.requires | st.assigns:
            if name not in doc_names and name not in article_names:
                raise ValueError(f"stage {st.name!r}: {name!r} is neither a Doc attribute nor an Article field")
        for name in sorted(st.requires):
            if name not in set_by:
                raise ValueError(f"stage {st.name!r} reads {name!r} before any stage sets it")
            if not st.optional and set_by[name]:
                raise ValueError(f"stage {st.name!r} cannot be skipped but reads {name!r}, which only "
                                 "skippable stages set")
        for name in st.assigns:
            set_by[name] = set_by.get(name, True) and st.optional


check_contracts(STAGES)


def check_skip(skip: Iterable[str]) -> None:
    """A `skip` that names anything but an optional stage is one ConfigError, before any article."""
    names = {s.name for s in STAGES}
    bad = sorted(set(skip) - OPTIONAL)
    if bad:
        what = "structural stage" if set(bad) <= names else "unknown stage"
        raise ConfigError(f"cannot skip {', '.join(bad)} ({what}); stages that may be skipped are "
                          f"{', '.join(sorted(OPTIONAL))}")


def process(raw: RawDoc, options: Options = DEFAULT) -> Article:
    """Run every stage over one raw document and return its Article.

    `options.skip` names stages to leave out (e.g. `Options(skip=frozenset({"entities", "quotes",
    "events"}))` for cleaning only). Raises `InputError` for unreadable input, `StageError` (naming the
    stage) for anything else, and `ConfigError` for a skip that names no optional stage.
    """
    return run(raw, options).article


def run(raw: RawDoc, options: Options = DEFAULT) -> Doc:
    """`process`, returning the whole document: the article and the working state (sentences, tokens,
    actors) that evaluation and training read."""
    check_skip(options.skip)
    doc = Doc(raw, options)
    start = time.perf_counter()
    for st in STAGES:
        if st.name in options.skip or (st.indonesian_only and not doc.indonesian):
            continue
        try:
            st.run(doc)
        except WartaError:
            raise
        except Exception as exc:
            raise StageError(raw.source, st.name, exc) from exc
        if time.perf_counter() - start > options.time_budget:
            raise StageError(raw.source, st.name,
                             TimeoutError(f"over time budget ({options.time_budget:.0f} s for one article)"))
    return doc


@dataclass(slots=True)
class Done:
    """An article out of the pipeline. `sig` is the MinHash signature its syndication cluster is found
    by (computed on first use, so a run that stores nothing never pays for it)."""

    source: str
    article: Article
    _sig: Any = None

    @property
    def sig(self) -> Any:
        """numpy uint64 array (`warta.cluster.signature`) of the body."""
        if self._sig is None:
            from warta.cluster import signature  # numpy and datasketch load only when a signature is needed

            self._sig = signature(self.article.body)
        return self._sig


@dataclass(slots=True)
class Failure:
    """An input that did not become an article: where it came from, the stage (None when the input could
    not be read at all) and the one-line reason."""

    source: str
    stage: str | None
    reason: str
    kind: str = "stage"  # "input" (unreadable), "stage" (a stage raised), "crash" or "store" (set by engines)

    @classmethod
    def of(cls, err: WartaError) -> Failure:
        if isinstance(err, StageError):
            return cls(err.source, err.stage, err.reason, "stage")
        return cls(err.source, None, err.reason, "input" if isinstance(err, InputError) else "stage")

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


Result = Done | Failure


def process_one(item: RawDoc | WartaError, options: Options = DEFAULT) -> Result:
    """One source item (a RawDoc, or the error its reader gave instead) to a Done or a Failure."""
    if isinstance(item, WartaError):
        return Failure.of(item)
    try:
        article = process(item, options)
    except WartaError as err:
        return Failure.of(err)
    return Done(item.source, article)


def process_many(items: Iterable[RawDoc | WartaError], options: Options = DEFAULT) -> Iterator[Result]:
    """`process_one` over a stream: one bad input is one Failure and the stream goes on. Every engine
    (extract, ingest's workers, Spark partitions) is this loop, run where the engine runs it."""
    for item in items:
        yield process_one(item, options)
