"""WARC / WARC.gz files (e.g. Common Crawl CC-NEWS): each HTTP 200 HTML response is one article."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from warta.errors import InputError
from warta.model import RawDoc

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
MAX_RECORD = 20 * 1024 * 1024


def _is_html(content_type: str | None) -> bool:
    return bool(content_type) and ("html" in content_type.lower())  # type: ignore[union-attr]


def _blank_tail(path: Path, end: int) -> bool:
    with open(path, "rb") as fh:
        fh.seek(end)
        return not fh.read(64).strip()


def _cut_member(path: Path, offset: int) -> bool:
    """Whether the file is gzip and its last member, at `offset`, stops before its end marker
    (warcio hands over what it could inflate without a word)."""
    with open(path, "rb") as fh:
        if fh.read(2) != b"\x1f\x8b":
            return False
        fh.seek(offset)
        inflate = zlib.decompressobj(wbits=31)
        while chunk := fh.read(1 << 20):
            try:
                inflate.decompress(chunk, 1 << 16)
                while inflate.unconsumed_tail and not inflate.eof:
                    inflate.decompress(inflate.unconsumed_tail, 1 << 16)
            except zlib.error:
                return True
            if inflate.eof:
                return False
        return not inflate.eof


def read_warc(path: Path | str) -> Iterator[RawDoc | InputError]:
    """Stream the HTML responses of a WARC; `source` = `<file>#<record offset>`.

    A truncated or corrupt file yields one InputError (for the file, at the
    offset reached) after the records read before the damage.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    path = Path(path)
    offset = end = 0
    try:
        with open(path, "rb") as fh:
            records = ArchiveIterator(fh)
            for record in records:
                data = record.content_stream().read(MAX_RECORD + 1)
                offset = records.get_record_offset()  # only after reading: it moves the stream on
                end = offset + records.get_record_length()
                missing = getattr(record.raw_stream, "limit", 0)
                if len(data) <= MAX_RECORD and missing > 0:  # the file ends inside this record's body
                    yield InputError(f"{path}#{offset}", f"truncated WARC: the record at offset {offset} "
                                                         f"lacks {missing} bytes of its stated length")
                    return
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                if record.http_headers.get_statuscode() != "200":
                    continue
                if not _is_html(record.http_headers.get_header("Content-Type")):
                    continue
                source = f"{path}#{offset}"
                if len(data) > MAX_RECORD:
                    yield InputError(source, "record too large for one article")
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield RawDoc(data=data, source=source, kind="html", url=url)
        size = path.stat().st_size
        if end < size and not _blank_tail(path, end):  # warcio stops quietly at a record cut in its headers
            yield InputError(str(path), f"truncated WARC: {size - end} bytes after offset {end} are not a whole record")
        elif _cut_member(path, offset):
            yield InputError(str(path), f"truncated WARC: the gzip member at offset {offset} has no end")
    except AttributeError:  # warcio fails this way on damaged or cut record headers
        yield InputError(str(path), f"corrupt or truncated WARC: damaged record headers after offset {end}")
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
        yield InputError(str(path), f"corrupt or truncated WARC after offset {end}: {_one_line(exc)}")


def _one_line(exc: BaseException, limit: int = 120) -> str:
    """warcio's messages quote raw bytes over several lines: one printable line of them."""
    text = " ".join(repr(str(exc))[1:-1].split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
