"""RSS/Atom feeds (a file or a URL) and the articles they link, fetched politely.

The fetcher is deliberately slow and predictable: a User-Agent that names the
tool, a timeout on every request, a few retries with back-off on network errors,
429 and 5xx, and a minimum delay between the end of one request to a host and
the start of the next (so a slow server gets more rest, not less).
"""

from __future__ import annotations

import gzip
import re
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from warta import __version__
from warta.errors import InputError
from warta.model import RawDoc

FEED_SUFFIXES = (".rss", ".atom", ".xml", ".rss.gz")
USER_AGENT = f"warta/{__version__} (+https://github.com/warta-id/warta; news research)"
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


class PoliteClient:
    """An httpx client with timeouts, retries, a per-host delay and a User-Agent."""

    def __init__(
        self, delay: float = 1.0, timeout: float = 15.0, retries: int = 2, backoff: float = 1.0,
        user_agent: str = USER_AGENT,
    ) -> None:
        self.delay, self.retries, self.backoff = delay, retries, backoff
        self._last: dict[str, float] = {}
        self._client = httpx.Client(
            timeout=timeout, follow_redirects=True, headers={"User-Agent": user_agent}
        )

    def _wait_for(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = self.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)

    def get(self, url: str) -> httpx.Response:
        """GET `url`; raises InputError(url, reason) for a link that is no http(s) URL and once the
        retries are spent."""
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 - a malformed port ("127.0.0.1:1I765") raises here
        except ValueError as exc:
            raise InputError(url, f"not a valid URL ({exc})") from None
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InputError(url, "not an http(s) URL: only web pages are fetched")
        host = parts.netloc
        reason = "no attempt made"
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            self._wait_for(host)
            try:
                resp = self._client.get(url)
            except httpx.InvalidURL as exc:
                raise InputError(url, f"not a valid URL ({exc})") from None
            except httpx.HTTPError as exc:
                reason = f"{type(exc).__name__}: {exc}"
                continue
            finally:
                self._last[host] = time.monotonic()
            if resp.status_code in _RETRY_STATUS:
                reason = f"HTTP {resp.status_code}"
                continue
            if resp.status_code >= 400:
                raise InputError(url, f"HTTP {resp.status_code}")
            return resp
        raise InputError(url, f"failed after {self.retries + 1} attempts ({reason})")

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_url(loc: str) -> bool:
    return loc.startswith(("http://", "https://"))


def _published(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%S", parsed)


# a character reference to a UTF-16 surrogate ("&#xD800;") is no character; feedparser raises on it
_SURROGATE_REF = re.compile(
    rb"&#(?:[xX]0*[dD][89a-fA-F][0-9a-fA-F]{2}|0*(?:5529[6-9]|553\d\d|55[4-9]\d\d|56\d{3}|57[0-2]\d\d|573[0-3]\d|5734[0-3]));")


def _parse(loc: str, client: PoliteClient) -> Any:
    import feedparser

    data = client.get(loc).content if _is_url(loc) else Path(loc).read_bytes()
    if data[:2] == b"\x1f\x8b":  # a gzipped feed (.rss.gz, or served so)
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(loc, f"corrupt or truncated gzip ({exc})") from None
    data = _SURROGATE_REF.sub(b"&#xFFFD;", data)
    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # feedparser's parsers raise more than they document
        raise InputError(loc, f"not a readable RSS/Atom feed ({type(exc).__name__}: {exc})") from None
    if parsed.bozo and not parsed.entries:
        raise InputError(loc, f"not a readable RSS/Atom feed ({parsed.get('bozo_exception')})")
    return parsed


def read_feed(
    loc: str | Path, client: PoliteClient | None = None, known: Callable[[str], bool] | None = None
) -> Iterator[RawDoc | InputError]:
    """Each entry of the feed at `loc` (file or URL) with its linked page fetched; errors per entry.

    `known(link)` true means the page is already stored: it is not fetched again.
    """
    loc = str(loc)
    own = client is None
    client = client or PoliteClient()
    try:
        try:
            parsed = _parse(loc, client)
        except (OSError, InputError) as exc:
            yield exc if isinstance(exc, InputError) else InputError(loc, f"cannot read: {exc}")
            return
        outlet = parsed.feed.get("title") or None
        for entry in parsed.entries:
            link = entry.get("link")
            if not link:
                yield InputError(f"{loc}#{entry.get('id', '?')}", "feed entry has no link")
                continue
            if known is not None and known(link):
                continue
            try:
                resp = client.get(link)
            except InputError as err:
                yield err
                continue
            yield RawDoc(
                data=resp.content, source=link, kind="auto", url=str(resp.url),
                published=_published(entry), outlet=outlet,
            )
    finally:
        if own:
            client.close()
