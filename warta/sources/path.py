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


def read_path(path: Path, published: str | None = None) -> RawDoc:
    """The bytes of `path` (decompressed if .gz) as a RawDoc; InputError with the reason otherwise."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(name, f"too large for one article ({size / 1e6:.0f} MB > {MAX_BYTES // 2**20} MiB)")
        data = path.read_bytes()
        if path.suffix == ".gz":
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
                data = gz.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise InputError(name, "too large for one article once decompressed")
    except InputError:
        raise
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}" if isinstance(exc, OSError) and exc.strerror
                         else f"corrupt or truncated gzip ({exc})") from exc
    stem = path.name.removesuffix(".gz").lower()
    kind = "html" if stem.endswith((".html", ".htm", ".xhtml")) else "auto"
    return RawDoc(data=data, source=name, kind=kind, published=published)


def iter_paths(root: Path) -> Iterator[Path]:
    """`root` itself if a file; else the article files under it, sorted, recursively."""
    if root.is_dir():
        for p in sorted(root.rglob("*")):
            if p.is_file() and p.name.lower().endswith(ARTICLE_SUFFIXES):
                yield p
    else:
        yield root
