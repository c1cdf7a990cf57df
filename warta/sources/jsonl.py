"""JSON Lines of articles: `text` or `html`, plus optional `url`, `published`, `outlet`.

IndoSum-style records (`paragraphs` of tokens) are accepted too and detokenised.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from warta.errors import InputError
from warta.model import RawDoc
from warta.sources.decode import MAX_BYTES
from warta.sources.indosum import record_to_raw

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


STRING_FIELDS = ("text", "html", "url", "published", "outlet")


def _check(rec: dict[str, Any], source: str) -> None:
    """Refuse a record whose fields have the wrong type, naming the field: nothing mistyped reaches a stage."""
    for key in STRING_FIELDS:
        value = rec.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(source, f"field '{key}' must be a string, not {type(value).__name__}")
    for key in ("text", "html"):
        if isinstance(rec.get(key), str) and len(rec[key]) > MAX_BYTES:
            raise InputError(source, f"field '{key}' too large for one article (over {MAX_BYTES // 2**20} MiB)")


def _record(rec: Any, source: str, fields: dict[str, str] | None = None) -> RawDoc:
    if not isinstance(rec, dict):
        raise InputError(source, "a JSON Lines record must be an object")
    if fields:  # the input's own names: {"text": "content", "url": "link", "published": "date"}
        rec = {**rec, **{ours: rec[theirs] for ours, theirs in fields.items() if theirs in rec}}
    _check(rec, source)
    if "paragraphs" in rec and not (rec.get("text") or rec.get("html")):
        return record_to_raw(rec, source)
    html, text = rec.get("html"), rec.get("text")
    data = html or text
    if not isinstance(data, str) or not data.strip():
        keys = ", ".join(list(rec)[:8])
        raise InputError(source, f"record has no 'text' or 'html' string (its fields: {keys}; name yours with "
                                 "--text-field / --html-field)")
    return RawDoc(
        data=data,
        source=source,
        kind="html" if html else "text",
        url=rec.get("url"),
        published=rec.get("published"),
        outlet=rec.get("outlet"),
    )


def _open(path: Path) -> IO[str]:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def read_jsonl(path: Path | str, fields: dict[str, str] | None = None) -> Iterator[RawDoc | InputError]:
    """One RawDoc per line (`source` = `<file>#<line number>`); a bad line yields its error, the rest go on.
    `fields` maps Warta's field names (text, html, url, published, outlet) to the input's."""
    path = Path(path)
    try:
        with _open(path) as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                source = f"{path}#{n}"
                try:
                    yield _record(json.loads(line), source, fields)
                except json.JSONDecodeError as exc:
                    yield InputError(source, f"invalid JSON: {exc.msg} at column {exc.colno}")
                except (RecursionError, ValueError) as exc:  # 100,000 nested brackets, a 100,000-digit number
                    yield InputError(source, f"invalid JSON: {type(exc).__name__}: {str(exc)[:120]}")
                except InputError as err:
                    yield err
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as exc:
        yield InputError(str(path), f"cannot read: {exc}")
