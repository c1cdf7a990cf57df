"""IndoSum articles (JSON Lines, pre-tokenised) as RawDocs of plain text.

IndoSum ships no raw strings: every article is paragraphs of sentences of
tokens, with quotation marks as separate tokens. `detokenize` rebuilds readable
text (no space before punctuation, quotes glued to what they enclose) so the
cleaning and quote stages see text shaped like a real article.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from warta.errors import InputError
from warta.lang.id import outlets
from warta.model import RawDoc

# IndoSum `source` field -> the outlet's display name
OUTLETS = {source: outlets.OUTLETS[key] for source, key in outlets.INDOSUM_SOURCES.items()}

_NO_SPACE_BEFORE = frozenset({",", ".", ")", "]", "}", ":", ";", "?", "!", "%", "...", "..", "'s", "’s", "”", "’"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "“", "‘", "$", "US$", "#"})
_GLUE = frozenset({"-", "/"})  # joined without spaces between two word tokens
_TOGGLE_QUOTES = frozenset({'"', "'"})


def _word_end(tok: str) -> bool:
    return bool(tok) and tok[-1].isalnum()


def _word_start(tok: str) -> bool:
    return bool(tok) and tok[0].isalnum()


def _sentence_tokens(sentences: Sequence[Sequence[str]]) -> list[str]:
    """The paragraph's tokens, whitespace-only tokens dropped."""
    return [t.strip() for s in sentences for t in s if t.strip()]


def _join(tokens: list[str]) -> str:
    """Join one paragraph's tokens with the spacing a writer would use."""
    out: list[str] = []
    open_quote: dict[str, bool] = dict.fromkeys(_TOGGLE_QUOTES, False)
    glue_next = False
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        space = bool(out) and not glue_next
        if tok in _TOGGLE_QUOTES:
            opening = not open_quote[tok]
            open_quote[tok] = opening
            if not opening:
                space = False
            glue_next = opening
        elif tok in _GLUE and _word_end(prev) and _word_start(nxt) and (tok == "/" or not prev.isupper()):
            space, glue_next = False, True
        else:
            if tok in _NO_SPACE_BEFORE:
                space = False
            glue_next = tok in _NO_SPACE_AFTER
        if space:
            out.append(" ")
        out.append(tok)
    return "".join(out)


def detokenize(paragraphs: Iterable[Sequence[Sequence[str]]]) -> str:
    """IndoSum `paragraphs` (lists of sentences of tokens) -> text, paragraphs split by a blank line."""
    texts = (_join(_sentence_tokens(p)) for p in paragraphs)
    return "\n\n".join(t for t in texts if t)


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        yield from sorted(p for p in path.iterdir() if p.name.endswith((".jsonl", ".jsonl.gz")))
    else:
        yield path


def _open(path: Path) -> Iterator[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        yield from fh


def check_paragraphs(paragraphs: Any, source: str) -> None:
    """`paragraphs` must be a list of paragraphs, each a list of sentences, each a list of token strings."""
    ok = isinstance(paragraphs, list) and all(
        isinstance(p, list) and all(isinstance(s, list) and all(isinstance(t, str) for t in s) for s in p)
        for p in paragraphs)
    if not ok:
        raise InputError(source, "field 'paragraphs' must be a list of paragraphs of sentences of token strings")


def record_to_raw(rec: dict[str, Any], source: str) -> RawDoc:
    """One IndoSum record -> RawDoc (plain text, with url and outlet from the record); a mistyped field is
    an InputError naming it."""
    check_paragraphs(rec.get("paragraphs"), source)
    for key in ("source", "source_url"):
        if rec.get(key) is not None and not isinstance(rec[key], str):
            raise InputError(source, f"field '{key}' must be a string, not {type(rec[key]).__name__}")
    outlet = OUTLETS.get(rec.get("source") or "", rec.get("source"))
    return RawDoc(
        data=detokenize(rec["paragraphs"]), source=source, kind="text", url=rec.get("source_url"), outlet=outlet
    )


def read_indosum(path: Path | str) -> Iterator[RawDoc]:
    """Stream the IndoSum articles in `path` (a folder of dev.0N.jsonl.gz or one file), each id once.

    The dev folds overlap, so repeated ids are skipped; `source` is
    `<file>#<id>`, stable across runs.
    """
    seen: set[str] = set()
    for file in _files(Path(path)):
        for line in _open(file):
            if not line.strip():
                continue
            rec = json.loads(line)
            key = rec.get("id") or str(len(seen))
            if key in seen:
                continue
            seen.add(key)
            yield record_to_raw(rec, f"{file}#{key}")
