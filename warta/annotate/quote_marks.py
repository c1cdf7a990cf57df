"""Pair the quotation marks of an article body into direct-quotation spans.

Indonesian outlets use many marks: “…”, "…", «…», Republika's ‘’…’’ and
’’…’’, and Kompas often opens with a closing-shaped ”. Because the shapes are
unreliable, symmetric marks are paired by parity inside a paragraph (first
opens, second closes); this also handles an opening mark glued to the end of
the previous sentence (`nuklir.’’Kim juga ...’’`). A quotation that opens at a
paragraph start and is not closed continues when the next paragraph opens
with a mark again (the multi-paragraph convention). The body is never
normalised: every span is an offset into it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

MARK = re.compile(r"‘’|’’|‘‘|''|``|“|”|„|\"|«|»")
OPENING_ONLY = frozenset({"“", "„", "«", "‘’", "‘‘", "``"})
CLOSING_ONLY = frozenset({"»"})
# single quotes: only a word-initial ' or ‘ opens and a word-final one closes
SINGLE = re.compile(r"(?<![\w’'])['‘](?=[A-Za-z])(?P<text>[^'‘’\n]{3,400}?[\w.,!?])['’](?![\w’'])")
_TRIM_END = " \t\n,;–—-"


@dataclass(frozen=True, slots=True)
class Marked:
    """One quotation: `start`/`end` bound its words, `open`/`close` its marks."""

    open: int
    start: int
    end: int
    close: int
    closed: bool = True


def _paragraph_of(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1


def _at_paragraph_start(body: str, para_start: int, pos: int) -> bool:
    return not body[para_start:pos].strip(" \t\n-–—")


def _span(body: str, open_m: re.Match[str], close_pos: int, close_end: int, closed: bool) -> Marked | None:
    start, end = open_m.end(), close_pos
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1] in _TRIM_END:
        end -= 1
    if end - start < 2:
        return None
    return Marked(open_m.start(), start, end, close_end, closed)


def _para_end(body: str, paragraphs: list[tuple[int, int]], index: int) -> int:
    return paragraphs[index][1] if index < len(paragraphs) else len(body)


def pair_marks(body: str, paragraphs: list[tuple[int, int]]) -> list[Marked]:
    """Every double-mark quotation in reading order (see module docstring)."""
    paragraphs = paragraphs or [(0, len(body))]
    starts = [s for s, _ in paragraphs]
    found: list[Marked] = []
    opened: re.Match[str] | None = None
    open_para = 0
    for m in MARK.finditer(body):
        mark, para = m.group(), _paragraph_of(starts, m.start())
        if opened is not None and para != open_para:
            continues = _at_paragraph_start(body, starts[open_para], opened.start()) and _at_paragraph_start(
                body, starts[para], m.start()
            )
            if continues and mark not in CLOSING_ONLY:
                open_para = para
                continue
            _close_dangling(body, paragraphs, starts, opened, open_para, found)
            opened = None
        if opened is None:
            if mark not in CLOSING_ONLY:
                opened, open_para = m, para
            continue
        if mark in OPENING_ONLY:
            opened, open_para = m, para
            continue
        span = _span(body, opened, m.start(), m.end(), True)
        if span:
            found.append(span)
        opened = None
    if opened is not None:
        _close_dangling(body, paragraphs, starts, opened, open_para, found)
    return found


def _close_dangling(
    body: str,
    paragraphs: list[tuple[int, int]],
    starts: list[int],
    opened: re.Match[str],
    para: int,
    found: list[Marked],
) -> None:
    """An unclosed quotation that opened a paragraph runs to the paragraph end."""
    first_para = _paragraph_of(starts, opened.start())
    if not _at_paragraph_start(body, starts[first_para], opened.start()):
        return
    end = _para_end(body, paragraphs, para)
    span = _span(body, opened, end, end, False)
    if span:
        found.append(span)


def single_quoted(body: str, taken: list[Marked]) -> list[Marked]:
    """'…' and ‘…’ quotations outside the double-mark ones (callers demand a cue)."""
    out = []
    for m in SINGLE.finditer(body):
        if any(t.open <= m.start() < t.close for t in taken):
            continue
        end = m.end("text")
        while body[end - 1] in _TRIM_END:
            end -= 1
        out.append(Marked(m.start(), m.start("text"), end, m.end(), True))
    return out
