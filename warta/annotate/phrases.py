"""Finding any of a few hundred word phrases in a text in one pass over its words.

A regex alternation of every phrase (`\\b(?i:menteri|juru bicara|...)\\b`) tries each
alternative at each position: its cost is the text's length times the number of
phrases. Here the text's words are read once and each word looks up only the
phrases that begin with it, longest first, so the cost is the number of words.
Matches are those of the alternation: case-insensitive, on word boundaries,
leftmost and then longest, not overlapping; the words of a phrase are separated by
one space, as in the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_WORD = re.compile(r"\w+")


class PhraseMatcher:
    def __init__(self, phrases: Iterable[str]) -> None:
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in {p.lower() for p in phrases if p.strip()}:
            words = tuple(phrase.split(" "))
            if any(_WORD.fullmatch(w) is None for w in words):
                raise ValueError(f"a phrase is words separated by one space: {phrase!r}")
            self.by_first.setdefault(words[0], []).append(words)
        for options in self.by_first.values():
            options.sort(key=len, reverse=True)

    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of every match in `text`, left to right."""
        words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
        i, n = 0, len(words)
        while i < n:
            hit = 0
            for phrase in self.by_first.get(words[i][2], ()):
                k = len(phrase)
                if i + k <= n and all(words[i + j][2] == phrase[j] and text[words[i + j - 1][1]:words[i + j][0]] == " "
                                      for j in range(1, k)):
                    hit = k
                    break
            if hit:
                yield words[i][0], words[i + hit - 1][1]
                i += hit
            else:
                i += 1
