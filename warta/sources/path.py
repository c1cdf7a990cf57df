"""Read one file (plain, HTML, or gzip of either) into a RawDoc, refusing what cannot be an article."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path

from warta.errors import InputError
from warta.model import RawDoc
from warta.sources.decode import MAX_BYTES

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".txt.gz", ".html.gz", ".htm.gz")


def raw_from_bytes(name: str, data: bytes, published: str | None = None) -> RawDoc:
    """A file's bytes (decompressed if `name` ends in .gz) as a RawDoc; HTML by its suffix, else sniffed."""
    if name.endswith(".gz"):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
                data = gz.read(MAX_BYTES + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(name, f"corrupt or truncated gzip ({exc})") from exc
        if len(data) > MAX_BYTES:
            raise InputError(name, "too large for one article once decompressed")
    stem = name.removesuffix(".gz").lower()
    kind = "html" if stem.endswith((".html", ".htm", ".xhtml")) else "auto"
    return RawDoc(data=data, source=name, kind=kind, published=published)


def read_path(path: Path, published: str | None = None) -> RawDoc:
    """The bytes of `path` (decompressed if .gz) as a RawDoc; InputError with the reason otherwise."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(name, f"too large for one article ({size / 1e6:.0f} MB > {MAX_BYTES // 2**20} MiB)")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from exc
    return raw_from_bytes(name, data, published)


def is_article_file(name: str) -> bool:
    return name.lower().endswith(ARTICLE_SUFFIXES)


def iter_paths(root: Path) -> Iterator[Path]:
    """`root` itself if a file; else the article files under it, sorted, recursively."""
    if root.is_dir():
        for p in sorted(root.rglob("*")):
            if p.is_file() and is_article_file(p.name):
                yield p
    else:
        yield root
