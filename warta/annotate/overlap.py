"""Finding the spans that overlap a span without comparing it with every other span.

Stages merge matches from several sources (knowledge base, tagger, patterns) and ask "is this
already covered?" for each new one; asked of a plain list that is quadratic in the number of names,
which a hostile page (100,000 capitalised words) turns into minutes. Spans are filed by the
fixed-size buckets of text they touch, so a question costs the spans nearby.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Generic, Protocol, TypeVar


class HasSpan(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=HasSpan)
_BUCKET = 64


class SpanIndex(Generic[S]):
    """A set of spans (anything with `start` and `end`), kept by identity, in insertion order."""

    def __init__(self, spans: Iterable[S] = ()) -> None:
        self._buckets: dict[int, list[S]] = {}
        self._order: dict[int, S] = {}
        self._seq: dict[int, int] = {}
        for s in spans:
            self.add(s)

    def add(self, span: S) -> None:
        self._order[id(span)] = span
        self._seq[id(span)] = len(self._seq)
        for b in range(span.start // _BUCKET, max(span.start, span.end - 1) // _BUCKET + 1):
            self._buckets.setdefault(b, []).append(span)

    def remove(self, span: S) -> None:
        if self._order.pop(id(span), None) is None:
            return
        del self._seq[id(span)]
        for b in range(span.start // _BUCKET, max(span.start, span.end - 1) // _BUCKET + 1):
            self._buckets[b] = [s for s in self._buckets[b] if s is not span]

    def overlapping(self, start: int, end: int) -> list[S]:
        """The spans sharing at least one character with [start, end), in insertion order."""
        found: dict[int, S] = {}
        for b in range(start // _BUCKET, max(start, end - 1) // _BUCKET + 1):
            for s in self._buckets.get(b, ()):
                if s.start < end and start < s.end:
                    found[id(s)] = s
        return [found[k] for k in sorted(found, key=self._seq.__getitem__)]

    def __iter__(self) -> Iterator[S]:
        return iter(list(self._order.values()))

    def __len__(self) -> int:
        return len(self._order)
