"""Sources: every input kind streams RawDocs, and a broken input yields an error, not an exception."""

from __future__ import annotations

import gzip
import http.server
import io
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import DATA, needs_data

from warta.errors import InputError
from warta.model import RawDoc
from warta.sources import open_sources
from warta.sources.feed import USER_AGENT, PoliteClient, read_feed
from warta.sources.files import read_files
from warta.sources.indosum import detokenize, read_indosum
from warta.sources.jsonl import read_jsonl
from warta.sources.warc import read_warc

HTML = """<!doctype html><html><head><title>{title}</title></head><body><nav>Beranda | Politik</nav>
<article><h1>{title}</h1>{paras}</article><footer>Hak cipta 2023</footer></body></html>"""


def page(title: str, texts: list[str]) -> str:
    return HTML.format(title=title, paras="".join(f"<p>{t}</p>" for t in texts))


def split(items: list[RawDoc | InputError]) -> tuple[list[RawDoc], list[InputError]]:
    return [i for i in items if isinstance(i, RawDoc)], [i for i in items if isinstance(i, InputError)]


# -- IndoSum ------------------------------------------------------------------
def test_detokenize_glues_punctuation_quotes_and_dates() -> None:
    paragraphs = [
        [["\"", "Tidak", "hanya", "tarif", ".", "Kan", "bisa", ",", "\"", "ucap", "Zulkifli", "di", "Jakarta", ",",
          "Senin", "(", "27", "/", "3", ")", "."]],
        [["Harga", "naik", "2,5", "%", "menjadi", "US$", "10", "dan", "terjadi", "bentrokan", "-", "bentrokan", "."]],
    ]
    assert detokenize(paragraphs) == (
        '"Tidak hanya tarif. Kan bisa," ucap Zulkifli di Jakarta, Senin (27/3).\n\n'
        "Harga naik 2,5% menjadi US$10 dan terjadi bentrokan-bentrokan."
    )


@needs_data
def test_read_indosum_streams_unique_articles_with_outlet_and_url() -> None:
    docs = list(read_indosum(DATA / "news-indosum-dev"))
    assert len(docs) == 3463  # 3743 lines, folds overlap
    assert len({d.source for d in docs}) == len(docs)
    first = docs[0]
    assert first.outlet == "Kumparan" and first.url and first.url.startswith("https://kumparan.com/")
    assert ' ,' not in str(first.data) and '( ' not in str(first.data)


# -- files --------------------------------------------------------------------
def test_files_reads_txt_html_and_gz_and_reports_corrupt_gz(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("JAKARTA - Presiden berpidato di Istana.", encoding="utf-8")
    (tmp_path / "sub" / "b.html").write_text(page("Judul", ["Isi berita yang panjang."]), encoding="utf-8")
    (tmp_path / "sub" / "c.txt.gz").write_bytes(gzip.compress(b"Berita ketiga."))
    (tmp_path / "d.html.gz").write_bytes(gzip.compress(b"<html>")[:12])
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    docs, errors = split(list(read_files(tmp_path)))
    assert sorted(Path(d.source).name for d in docs) == ["a.txt", "b.html", "c.txt.gz"]
    assert [d.kind for d in docs if d.source.endswith("b.html")] == ["html"]
    assert any(d.data == b"Berita ketiga." for d in docs)
    assert len(errors) == 1 and errors[0].source.endswith("d.html.gz") and "gzip" in errors[0].reason


# -- JSON Lines ---------------------------------------------------------------
def test_jsonl_text_html_indosum_and_bad_lines(tmp_path: Path) -> None:
    rows = [
        json.dumps({"text": "Berita satu.", "url": "https://a.id/1", "published": "2023-09-05", "outlet": "A"}),
        json.dumps({"html": page("Dua", ["Berita dua."])}),
        json.dumps({"paragraphs": [[["Halo", "dunia", "."]]], "source": "antaranews"}),
        "{not json",
        json.dumps({"url": "https://a.id/4"}),
        "",
    ]
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(rows).encode()))
    docs, errors = split(list(read_jsonl(path)))
    assert [d.kind for d in docs] == ["text", "html", "text"]
    assert (docs[0].url, docs[0].published, docs[0].outlet) == ("https://a.id/1", "2023-09-05", "A")
    assert docs[2].data == "Halo dunia." and docs[2].outlet == "Antara"
    assert [e.source.rsplit("#", 1)[1] for e in errors] == ["4", "5"]
    assert "invalid JSON" in errors[0].reason and "no 'text' or 'html'" in errors[1].reason


# -- WARC ---------------------------------------------------------------------
def write_warc(path: Path, gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        pages = [
            ("https://news.example.id/a", "200 OK", "text/html; charset=utf-8", page("A", ["Berita A."])),
            ("https://news.example.id/logo.png", "200 OK", "image/png", "PNG"),
            ("https://news.example.id/gone", "404 Not Found", "text/html", page("404", ["Tidak ada."])),
            ("https://news.example.id/b", "200 OK", "text/html", page("B", ["Berita B."])),
        ]
        for url, status, ctype, body in pages:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()),
                                               http_headers=headers)
            writer.write_record(record)
        writer.write_record(writer.create_warc_record("https://news.example.id/a", "request",
                                                      payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n")))


@pytest.mark.parametrize("gz", [False, True])
def test_warc_yields_html_responses_only(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(path, gz)
    docs, errors = split(list(read_warc(path)))
    assert not errors
    assert [d.url for d in docs] == ["https://news.example.id/a", "https://news.example.id/b"]
    assert all(d.kind == "html" and b"Berita" in bytes(d.data) for d in docs)  # type: ignore[arg-type]
    assert len({d.source for d in docs}) == 2 and all(d.source.startswith(str(path) + "#") for d in docs)


def test_truncated_warc_reports_an_error_after_the_good_records(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, True)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.7)])
    docs, errors = split(list(read_warc(path)))
    assert len(docs) >= 1 and len(errors) == 1
    assert errors[0].source == str(path) and "WARC" in errors[0].reason


# -- feeds over a real HTTP server on loopback --------------------------------
RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar Contoh</title>
<item><title>Satu</title><link>{base}/berita/satu</link><pubDate>Tue, 05 Sep 2023 10:00:00 +0700</pubDate></item>
<item><title>Dua</title><link>{base}/berita/dua</link><pubDate>Wed, 06 Sep 2023 08:30:00 +0700</pubDate></item>
<item><title>Hilang</title><link>{base}/berita/hilang</link></item>
</channel></rss>"""


class FeedServer(http.server.ThreadingHTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), FeedHandler)
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self.log: list[tuple[float, str, str]] = []
        self.flaky_left = 1


class FeedHandler(http.server.BaseHTTPRequestHandler):
    server: FeedServer

    def do_GET(self) -> None:  # noqa: N802
        self.server.log.append((time.monotonic(), self.path, self.headers.get("User-Agent", "")))
        if self.path == "/berita/dua" and self.server.flaky_left:
            self.server.flaky_left -= 1
            return self._send(503, "text/plain", "busy")
        bodies = {
            "/feed.xml": ("application/rss+xml", RSS.format(base=self.server.base)),
            "/berita/satu": ("text/html", page("Satu", ["Presiden meresmikan bendungan di Jawa Tengah."])),
            "/berita/dua": ("text/html", page("Dua", ["Menteri Luar Negeri bertemu mitranya di Jakarta."])),
        }
        if self.path not in bodies:
            return self._send(404, "text/plain", "not found")
        self._send(200, *bodies[self.path])

    def _send(self, code: int, ctype: str, body: str) -> None:
        data = body.encode()
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_feed_from_url_fetches_pages_politely(feed_server: FeedServer) -> None:
    client = PoliteClient(delay=0.3, timeout=5, retries=2, backoff=0.05)
    with client:
        docs, errors = split(list(read_feed(feed_server.base + "/feed.xml", client)))
    assert [d.url for d in docs] == [feed_server.base + "/berita/satu", feed_server.base + "/berita/dua"]
    assert docs[0].published == "2023-09-05T03:00:00" and docs[0].outlet == "Kabar Contoh"
    assert b"bendungan" in bytes(docs[0].data)  # type: ignore[arg-type]
    assert len(errors) == 1 and errors[0].source.endswith("/berita/hilang") and "404" in errors[0].reason
    paths = [p for _, p, _ in feed_server.log]
    assert paths.count("/berita/dua") == 2  # 503 once, then retried
    assert all(ua == USER_AGENT for _, _, ua in feed_server.log)
    gaps = [b[0] - a[0] for a, b in zip(feed_server.log, feed_server.log[1:], strict=False)]
    assert min(gaps) >= 0.2  # per-host delay: 0.3 s from the end of one response to the next request


def test_feed_from_file_and_unreachable_host(tmp_path: Path, feed_server: FeedServer) -> None:
    feed = tmp_path / "kabar.rss"
    feed.write_text(RSS.format(base=feed_server.base), encoding="utf-8")
    items = list(open_sources([feed], feed_delay=0.0))
    assert sum(isinstance(i, RawDoc) for i in items) == 2  # the 503 is retried
    with PoliteClient(delay=0, timeout=0.5, retries=1, backoff=0.01) as client:
        with pytest.raises(InputError, match="failed after 2 attempts"):
            client.get("http://127.0.0.1:9/nothing")


# -- dispatch -----------------------------------------------------------------
def test_open_sources_dispatches_by_suffix(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Berita A.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": "Berita B."}) + "\n", encoding="utf-8")
    write_warc(tmp_path / "c.warc.gz", True)
    items = list(open_sources([tmp_path, tmp_path / "missing"]))
    docs, errors = split(items)
    assert len(docs) == 4
    assert [e.reason for e in errors] == ["no such file or directory"]


def test_feed_skips_pages_already_stored(feed_server: FeedServer) -> None:
    satu = feed_server.base + "/berita/satu"
    with PoliteClient(delay=0, timeout=5, retries=0) as client:
        items = list(read_feed(feed_server.base + "/feed.xml", client, known=lambda link: link == satu))
    assert satu not in [getattr(i, "url", None) for i in items]
    assert "/berita/satu" not in [p for _, p, _ in feed_server.log]


def test_mistyped_json_lines_records_are_refused_by_the_reader(tmp_path: Path) -> None:
    from warta.errors import InputError
    from warta.sources.jsonl import read_jsonl

    lines = [
        '{"text": "Polisi menangkap dua pelaku di Jakarta."}',
        '{"text": ["not", "a", "string"]}',
        '{"text": "Berita", "url": {}}',
        '{"paragraphs": [[1, 2]]}',
        '{"paragraphs": 3.5}',
        "[" * 100000,
        '{"n": ' + "9" * 100000 + "}",
        '{"text": "Harga beras naik lagi pekan ini di pasar induk."}',
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = list(read_jsonl(path))
    assert [isinstance(o, InputError) for o in out] == [False, True, True, True, True, True, True, False]
    reasons = [str(o) for o in out if isinstance(o, InputError)]
    assert "field 'text' must be a string, not list" in reasons[0] and "mixed.jsonl#2" in reasons[0]
    assert "field 'url' must be a string, not dict" in reasons[1]
    assert all("field 'paragraphs'" in r for r in reasons[2:4])
    assert all(len(r) < 300 and "\n" not in r for r in reasons)


def test_jsonl_fields_can_be_mapped(tmp_path: Path) -> None:
    from warta.sources.jsonl import read_jsonl

    path = tmp_path / "x.jsonl"
    path.write_text('{"content": "Isi berita.", "link": "https://contoh.id/1", "date": "2023-09-05"}\n', encoding="utf-8")
    (err,) = read_jsonl(path)
    assert isinstance(err, InputError) and "its fields: content, link, date" in err.reason
    (raw,) = read_jsonl(path, {"text": "content", "url": "link", "published": "date"})
    assert isinstance(raw, RawDoc) and (raw.data, raw.url, raw.published) == ("Isi berita.", "https://contoh.id/1",
                                                                             "2023-09-05")
