"""Directory trees of `.txt`/`.html` articles (and their `.gz`), read one file at a time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warta.errors import InputError, WartaError
from warta.model import RawDoc
from warta.sources.path import ARTICLE_SUFFIXES, is_article_file, iter_paths, read_path

__all__ = ["ARTICLE_SUFFIXES", "is_article_file", "read_files"]


def read_files(root: Path | str, published: str | None = None) -> Iterator[RawDoc | InputError]:
    """Each article file under `root` (or `root` itself) as a RawDoc; an unreadable file yields its error.

    Files are read lazily, one at a time, so memory stays flat however big the tree.
    """
    for path in iter_paths(Path(root)):
        try:
            yield read_path(path, published)
        except WartaError as err:
            yield InputError(err.source, err.reason)
