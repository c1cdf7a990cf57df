"""Hostile inputs, generated: the pathological text, HTML, container and record families that a
crawl produces by accident or an attacker by design. `tests/test_fuzz.py` runs a few hundred in CI;
`bench/fuzz.py` runs ten thousand and reports crashes, time-outs, memory and messages.

Each case is (family, file name, bytes): written to a file and read the way a user's input is, so
the readers, the pipeline and the store are all on the path.
"""

from __future__ import annotations

import gzip
import io
import json
import random
from collections.abc import Callable, Iterator

Case = tuple[str, str, bytes]

_LEAD = ("Jakarta, CNN Indonesia -- Presiden Joko Widodo bertemu Perdana Menteri Malaysia di Istana Bogor, "
         "Selasa (5/9/2023). \"Kami sepakat memperkuat kerja sama,\" kata Jokowi kepada wartawan. ")


def _repeat(unit: str, size: int) -> bytes:
    return (unit * (size // len(unit) + 1))[:size].encode("utf-8", "surrogatepass")


# -- text families: (name, unit repeated to the size) ---------------------------------------------
TEXT_UNITS: dict[str, str] = {
    "one-long-line": _LEAD,
    "reporter-codes": "(ant/ABC/XYZ) ",
    "kata-dia": "kata dia. ",
    "quote-cues": "\"Ya,\" kata dia, \"tidak.\" ujarnya ",
    "open-quotes": "\u201cKami ",
    "capitalised": "Budi Santoso Wijaya ",
    "quoted-words": "\"Kata\" ",
    "dots": ".",
    "dates": "Selasa (5/9/2023) kemarin pekan depan ",
    "kb-names": "Jokowi Prabowo Indonesia KPK Rusia ",
    "digits": "7",
    "brackets": "[",
    "parens": "(",
    "dashes": "-- ",
    "baca-juga": "Baca Juga: ",
    "credits": "Red: Ferry Foto: Antara ",
    "titles": "Presiden Menteri Ketua Umum ",
    "places": "di Kabupaten Garut, Jawa Barat, ",
    "urls": "https://example.com/a/b?c=d ",
    "emoji": "\U0001F600\u200d",
}


def text_cases(size: int) -> Iterator[Case]:
    for name, unit in TEXT_UNITS.items():
        yield name, f"{name}.txt", _repeat(unit, size)
        yield name + "-lines", f"{name}-lines.txt", _repeat(unit.strip() + "\n", size)
    yield "only-invisible", "invisible.txt", "\ufeff\u00a0\u200b\u200b\u00a0\n".encode()
    yield "only-bom", "bom.txt", b"\xef\xbb\xbf"
    yield "utf16-bom", "utf16.txt", ("\ufeff" + _LEAD * 3).encode("utf-16-le")
    yield "utf32-bom", "utf32.txt", ("\ufeff" + _LEAD * 3).encode("utf-32-le")


def html_cases(size: int) -> Iterator[Case]:
    body = _LEAD
    yield "html-many-p", "p.html", b"<html><body>" + _repeat(f"<p>{body[:40]}</p>", size) + b"</body></html>"
    yield "html-many-br", "br.html", b"<html><body><p>" + _repeat("x<br>", size) + b"</p></body></html>"
    depth = min(size // 10, 100_000)
    yield "html-deep", "deep.html", b"<html><body>" + b"<div>" * depth + body.encode() + b"</div>" * depth + b"</body></html>"
    yield "html-unclosed", "unclosed.html", b"<html><body>" + _repeat("<div><span><b>", size)
    yield "html-attrs", "attrs.html", b"<html><body><p " + _repeat('a="b" ', size) + b">x</p></body></html>"
    yield "html-meta", "meta.html", (b"<html><head>" + _repeat('<meta name="date" content="2023-09-05">', size)
                                     + b"</head><body><p>" + body.encode() + b"</p></body></html>")
    yield "html-script", "script.html", b"<html><body><script>" + _repeat("var a=1;", size) + b"</script></body></html>"
    yield "html-entities", "entities.html", b"<html><body><p>" + _repeat("&amp;&#xD800;&#0;&bogus;", size) + b"</p></body></html>"


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def _warc(n: int) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i in range(n):
        html = f"<html><body><article><p>{_LEAD * 3}</p><p>Nomor {i}.</p></article></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(f"https://example.com/{i}", "response", payload=io.BytesIO(html),
                                        http_headers=headers)
        writer.write_record(rec)
    return buf.getvalue()


def _feed(items: list[str]) -> bytes:
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            + "".join(items) + "</channel></rss>").encode()


BAD_RECORDS: list[object] = [
    {"text": ["a", "b"]}, {"text": 1.5}, {"text": None, "html": 3}, {"paragraphs": [[1, 2]]},
    {"paragraphs": 1.0}, {"paragraphs": [["Kata", ["x"]]]}, {"text": "Isi berita.", "url": {}},
    {"text": "Isi berita.", "published": {"a": 1}}, {"text": "Isi berita.", "published": "bukan tanggal"},
    {"text": "Isi berita.", "outlet": ["x"]}, {"html": ["<p>"]}, [1, 2], "just a string", 7, None,
    {"text": "\ud800 lone surrogate"}, {"text": "Isi berita.", "url": "http://127.0.0.1:1I765/x"},
]


def container_cases(rng: random.Random) -> Iterator[Case]:
    warc = _warc(4)
    for cut in sorted(rng.sample(range(20, len(warc) - 1), 6)):
        yield "warc-truncated", f"cut{cut}.warc.gz", warc[:cut]
    for _ in range(4):
        data = bytearray(warc)
        for _ in range(rng.randint(1, 5)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        yield "warc-bitflip", "flip.warc.gz", bytes(data)
    gz = _gzip((_LEAD * 20).encode())
    yield "gzip-truncated", "cut.txt.gz", gz[: len(gz) // 2]
    yield "gzip-not", "not.jsonl.gz", b"not gzip at all"
    items = ['<item><title>&#xD800; judul</title><link>http://127.0.0.1:1I765/x</link></item>',
             '<item><title>t</title><link>not a url</link><description>x</description></item>',
             '<item><title>t</title><link>file:///etc/passwd</link></item>']
    yield "feed-bad-items", "bad.rss", _feed(items)
    yield "feed-gz", "feed.rss.gz", _gzip(_feed(['<item><title>t</title><link>http://127.0.0.1:9/x</link></item>']))
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i else "&lol;" * 10}">' for i in range(9))
            + ']><rss><channel><item><title>&lol8;</title></item></channel></rss>')
    yield "xml-bomb", "bomb.rss", bomb.encode()
    yield "xml-xxe", "xxe.rss", (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                                  b"<rss><channel><item><title>&x;</title><link>http://127.0.0.1:9/</link></item></channel></rss>")
    lines = [json.dumps(r) for r in BAD_RECORDS] + ["[" * 100_000, "1" * 100_000, '{"text": "' + "x" * 10 + "\\ud800\"}"]
    yield "jsonl-mistyped", "bad.jsonl", ("\n".join(lines) + "\n").encode()


def jsonl_cases(rng: random.Random, n: int) -> Iterator[Case]:
    """Generated records with fields of random types: the reader must refuse each bad one by name."""
    values: list[Callable[[], object]] = [
        lambda: "Isi berita yang cukup panjang untuk dibaca.", lambda: rng.random(), lambda: rng.randint(-9, 9),
        lambda: None, lambda: [], lambda: {}, lambda: ["a", 1], lambda: [["Kata", "kata"]], lambda: True,
        lambda: "2023-09-05", lambda: "x" * rng.randint(0, 50)]
    keys = ["text", "html", "url", "published", "paragraphs", "outlet", "title", "id"]
    for i in range(n):
        rec = {k: rng.choice(values)() for k in rng.sample(keys, rng.randint(1, 5))}
        yield "jsonl-random", f"r{i}.jsonl", (json.dumps(rec) + "\n").encode()


def all_cases(size: int, seed: int = 0, records: int = 50) -> Iterator[Case]:
    rng = random.Random(seed)
    yield from text_cases(size)
    yield from html_cases(size)
    yield from container_cases(rng)
    yield from jsonl_cases(rng, records)
