"""The `decode` stage: raw bytes -> text lines (+ HTML metadata), with clear errors for bad input.

HTML goes through trafilatura (main text, title, author, site name, date via
htmldate); the Indonesian cleaning that follows is the same for HTML and text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from warta.errors import InputError

if TYPE_CHECKING:
    from warta.pipeline import Draft

MAX_BYTES = 20 * 1024 * 1024  # no news article is this large; a bigger input is a mistake
_HTML_SNIFF = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<\?xml|<!--)|<(?:p|div|article|body)[\s>]", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_URL_DATE = re.compile(r"/(20\d\d|19\d\d)[/-]?(\d\d)[/-]?(\d\d)(?:/|\d|-)")


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Bytes -> (text, encoding). UTF-8 first, then Windows-1252 (a superset of Latin-1 in practice)."""
    if not data.strip():
        raise InputError(source, "empty input")
    if len(data) > MAX_BYTES:
        raise InputError(source, f"too large for one article ({len(data) / 1e6:.0f} MB > {MAX_BYTES // 2**20} MiB)")
    head = data[:8192]
    if b"\x00" in head:
        raise InputError(source, "binary content (NUL bytes), not text or HTML")
    if data[:3] == b"\xef\xbb\xbf":
        data = data[3:]
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
    sample = text[:4096]
    if sample and len(_CONTROL.findall(sample)) > len(sample) * 0.01:
        raise InputError(source, "binary content (control characters), not text or HTML")
    return text, encoding


def is_html(data: bytes | str, kind: str) -> bool:
    if kind != "auto":
        return kind == "html"
    head = data[:2048] if isinstance(data, bytes) else data[:2048].encode("utf-8", "ignore")
    return bool(_HTML_SNIFF.search(head))


def extract_html(html: str, source: str, url: str | None) -> tuple[str, dict[str, Any]]:
    """Main text and metadata of an HTML page via trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=False
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        reason = "truncated or empty HTML: no article text found" if "</html>" not in html[-2048:].lower() else (
            "no article text found in HTML (an index page?)"
        )
        raise InputError(source, reason)
    meta = {
        "title": getattr(doc, "title", None),
        "author": getattr(doc, "author", None),
        "sitename": getattr(doc, "sitename", None),
        "hostname": getattr(doc, "hostname", None),
        "date": getattr(doc, "date", None),
        "description": getattr(doc, "description", None),
        "url": getattr(doc, "url", None) or url,
    }
    return text, meta


def url_date(url: str | None) -> str | None:
    """A publication date written in a URL path (/2023/09/05/ or /20230905...)."""
    m = _URL_DATE.search(url or "")
    if not m:
        return None
    y, mo, d = m.groups()
    if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
        return f"{y}-{mo}-{d}"
    return None


def decode(draft: Draft) -> None:
    """Turn `raw.data` into `draft.lines`; HTML metadata goes to `draft.meta`."""
    raw = draft.raw
    data = raw.data
    if isinstance(data, str):
        if not data.strip():
            raise InputError(raw.source, "empty input")
        text, encoding = data, "str"
    else:
        text, encoding = decode_bytes(data, raw.source)
    draft.meta["encoding"] = encoding
    art = draft.article
    art.source = raw.source
    art.url = raw.url
    art.outlet = raw.outlet
    if is_html(text if isinstance(data, str) else data, raw.kind):
        html = text
        text, meta = extract_html(html, raw.source, raw.url)
        draft.meta.update(meta)
        draft.meta["html"] = True
        draft.meta["html_source"] = html
        art.url = art.url or meta.get("url")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if draft.meta.get("html"):
        text = text.replace("\n", "\n\n")  # trafilatura puts one paragraph per line
    draft.lines = text.split("\n")
