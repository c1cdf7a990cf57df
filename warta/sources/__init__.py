"""Readers that turn inputs into RawDocs. They read and decode; they never analyse.

`open_sources` picks the reader by what each argument is: a URL is a feed; a
folder is walked and every file dispatched by its suffix.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from warta.errors import InputError
from warta.model import RawDoc

_WARC = (".warc", ".warc.gz", ".arc", ".arc.gz")
_JSONL = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
_FEED = (".rss", ".atom", ".rss.gz")
# the suffixes of files that hold many articles
CONTAINERS = _WARC + _JSONL + _FEED


Known = Callable[[str], bool] | None


def _read_file(path: Path, explicit: bool, feed_delay: float, known: Known,
               fields: dict[str, str] | None = None) -> Iterator[RawDoc | InputError]:
    from warta.sources.feed import PoliteClient, read_feed
    from warta.sources.files import is_article_file, read_files
    from warta.sources.jsonl import read_jsonl
    from warta.sources.warc import read_warc

    name = path.name.lower()
    if name.endswith(_WARC):
        yield from read_warc(path)
    elif name.endswith(_JSONL):
        yield from read_jsonl(path, fields)
    elif name.endswith(_FEED) or (explicit and name.endswith(".xml")):
        with PoliteClient(delay=feed_delay) as client:
            yield from read_feed(path, client, known)
    elif explicit or is_article_file(path.name):
        yield from read_files(path)


def open_sources(
    paths: Iterable[str | Path], feed_delay: float = 1.0, known: Known = None, fields: dict[str, str] | None = None,
) -> Iterator[RawDoc | InputError]:
    """Every article in `paths` (files, folders, feed URLs), streamed; unreadable inputs yield InputError.

    `known(source)` lets a feed skip fetching pages that are already stored; `fields` names the
    JSON Lines fields that hold the text, html, url, published day and outlet, when they are not so called.
    """
    from warta.sources.feed import PoliteClient, read_feed

    for arg in paths:
        loc = str(arg)
        if loc.startswith(("http://", "https://")):
            with PoliteClient(delay=feed_delay) as client:
                yield from read_feed(loc, client, known)
            continue
        root = Path(loc)
        if not root.exists():
            yield InputError(loc, "no such file or directory")
            continue
        root = root.resolve()  # a source is known by its real path, however it was spelt
        if root.is_dir():
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                yield from _read_file(path, False, feed_delay, known, fields)
        else:
            yield from _read_file(root, True, feed_delay, known, fields)
