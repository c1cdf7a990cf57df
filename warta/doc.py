"""The document under construction, beside the record it becomes (`model.Article`).

`Doc` is what the pipeline's stages share: the article being filled in, the text
once (as lines while cleaning, then the body), its paragraphs, sentences and
tokens, computed once by the segmentation stage and read by every annotator,
and the page's own metadata read once from the HTML by decode. Stages import
this module, never the pipeline that runs them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from warta.model import Article, RawDoc

HOME = "IDN"  # the country Indonesian news is about unless it clearly says otherwise
ENV_LEXICON = "WARTA_EVENT_LEXICON"

# Words (with inner hyphens and apostrophes: "Undang-Undang", "Jum'at") and single punctuation marks: the
# one tokenisation of the body. A stage that needs finer pieces splits a token, never the body again.
TOKEN = re.compile(r"\w+(?:[-’'`]\w+)*|[^\w\s]")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every token of `text[start:end]`, as offsets into `text`."""
    return [m.span() for m in TOKEN.finditer(text, start, len(text) if end is None else end)]


def tokenize_sentences(text: str, sentences: list[tuple[int, int]]
                       ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The tokens of every sentence, in order (a token never crosses a sentence), and each sentence's
    range of token indices: what `Doc.tokens` and `Doc.sentence_tokens` hold."""
    tokens: list[tuple[int, int]] = []
    ranges = []
    for lo, hi in sentences:
        first = len(tokens)
        tokens += tokenize(text, lo, hi)
        ranges.append((first, len(tokens)))
    return tokens, ranges


class ConfigError(ValueError):
    """The run's configuration is wrong (a lexicon file, a stage name): one line, before any article."""


@dataclass(frozen=True, slots=True)
class Options:
    """How one run processes its articles, built once at the edge (CLI, API, Spark driver) and passed to
    every engine and worker, so nothing below reads the environment or a module-level setting.

    `skip`: stages to leave out; `home`: the country the articles are about unless they clearly say
    otherwise; `event_lexicon`: extra predicate TSV files for the event coder; `time_budget`: seconds an
    article may spend in the pipeline before it fails (one pathological input never stalls a batch).
    """

    skip: Collection[str] = frozenset()  # stage names; kept as a frozenset
    home: str = HOME
    event_lexicon: tuple[str, ...] = ()
    time_budget: float = 30.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "skip", frozenset(self.skip))
        object.__setattr__(self, "event_lexicon", tuple(self.event_lexicon))

    @classmethod
    def from_env(cls, skip: Any = (), **kw: Any) -> Options:
        """Options with the event lexicon files named by WARTA_EVENT_LEXICON (path-separated)."""
        extra = tuple(p for p in os.environ.get(ENV_LEXICON, "").split(os.pathsep) if p)
        return cls(skip=skip, event_lexicon=extra, **kw)

    def check(self) -> Options:
        """Read what this run will need (stage names, lexicon files) now: a bad one raises ConfigError."""
        from warta.annotate.event_lexicon import load_lexicon
        from warta.pipeline import check_skip

        check_skip(self.skip)
        try:
            load_lexicon(self.event_lexicon)
        except (ValueError, OSError) as exc:
            raise ConfigError(str(exc)) from None
        return self


DEFAULT = Options()


@dataclass(slots=True)
class PageMeta:
    """What decode read off an HTML page, so no later stage parses the HTML again. All None for text."""

    html: bool = False
    encoding: str | None = None
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    hostname: str | None = None
    date: str | None = None
    description: str | None = None
    url: str | None = None
    credits: list[tuple[str, str]] = field(default_factory=list)  # (field, name) printed outside the text


@dataclass
class Doc:
    """The article under construction plus the working state stages share.

    `lines` is the text as lines until the body stage joins what is left into
    `article.body`; after that, `paragraphs`, `sentences` and `tokens` are
    (start, end) spans into the body, and `sentence_tokens[i]` the range of
    token indices of sentence i.
    """

    raw: RawDoc
    options: Options = DEFAULT
    article: Article = field(default_factory=lambda: Article(id="", body=""))
    page: PageMeta = field(default_factory=PageMeta)
    lines: list[str] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[tuple[int, int]] = field(default_factory=list)
    sentence_tokens: list[tuple[int, int]] = field(default_factory=list)
    references: list[tuple[str | None, str]] = field(default_factory=list)  # per sentence: its "now" and why (dates)
    actors: list[Any] = field(default_factory=list)  # entities as event actors, `actors.ActorSpan` (entities)
    home: str = HOME  # the country the article is about (entities)
    places: Any = None  # the provinces and countries it names, `places.Context` (places)

    def __post_init__(self) -> None:
        self.home = self.options.home

    @property
    def indonesian(self) -> bool:
        return self.article.language in (None, "id")
