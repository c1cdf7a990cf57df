"""`warta extract` as a user runs it: real files, real process, exit codes and one-line errors."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = ("Stok Beras Aman Jelang Lebaran\n\nJAKARTA, KOMPAS.com – Pemerintah memastikan stok beras aman menjelang "
           "Lebaran, kata Menteri Perdagangan di Jakarta, Selasa (5/9/2023). Harga naik Juli lalu.\n\nEditor: Bayu Galih\n")


def warta(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "warta", *args], input=stdin, capture_output=True, timeout=120)


def test_one_file_prints_one_json_object(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    out = warta("extract", str(f), "--published", "2023-09-06")
    assert out.returncode == 0, out.stderr
    art = json.loads(out.stdout)
    assert art["title"] == "Stok Beras Aman Jelang Lebaran"
    assert art["editors"] == ["Bayu Galih"] and art["outlet"] == "Kompas"
    assert {d["value"] for d in art["dates"]} == {"2023-09-05", "2023-07"}


def test_stdin_and_published_inferred_from_text() -> None:
    out = warta("extract", "-", stdin=ARTICLE.encode())
    art = json.loads(out.stdout)
    assert art["published"] == "2023-09-05" and art["published_source"] == "text-latest-date"
    assert art["source"] == "<stdin>"


def test_unknown_date_is_not_invented() -> None:
    out = warta("extract", "-", stdin=b"Pemerintah memastikan stok beras aman pekan depan, kata menteri.")
    art = json.loads(out.stdout)
    assert art["published"] is None and art["published_source"] is None and art["dates"] == []


def test_pretty_format(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    out = warta("extract", str(f), "--format", "pretty")
    assert out.returncode == 0
    assert "Stok Beras Aman Jelang Lebaran" in out.stdout.decode() and "Kompas" in out.stdout.decode()


def test_bad_inputs_each_get_one_line_and_the_rest_go_on(tmp_path: Path) -> None:
    d = tmp_path / "batch"
    d.mkdir()
    (d / "01-good.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "02-empty.txt").write_bytes(b"")
    (d / "03-binary.txt").write_bytes(bytes(range(256)) * 20)
    (d / "04-corrupt.txt.gz").write_bytes(gzip.compress(ARTICLE.encode())[:40])
    (d / "05-truncated.html").write_bytes(b"<!DOCTYPE html><html><head><title>Berita</title></head><body><div class=")
    with open(d / "06-huge.txt", "wb") as fh:  # sparse: 200 MB on paper, nothing read
        fh.truncate(200 * 1024 * 1024)
    (d / "07-cp1252.txt").write_bytes("Kafe \u201cMerdeka\u201d di Bandung menjual kopi seharga Rp 5.000 \u2013 murah.".encode("cp1252"))
    (d / "08-good.html.gz").write_bytes(gzip.compress(
        b"<html><head><title>Harga Cabai Naik</title></head><body><article><h1>Harga Cabai Naik</h1>"
        b"<p>Liputan6.com, Jakarta - Harga cabai rawit di pasar induk naik tajam pekan ini karena pasokan dari "
        b"sentra produksi di Jawa Tengah berkurang akibat hujan deras yang turun hampir setiap hari.</p>"
        b"<p>Pedagang mengatakan kenaikan harga sudah terasa sejak awal bulan dan diperkirakan berlanjut.</p>"
        b"</article></body></html>"))
    out = warta("extract", str(d))
    assert out.returncode == 1
    errors = out.stderr.decode().strip().splitlines()
    assert len(errors) == 5, errors
    reasons = {Path(line.split(": ")[1]).name: line for line in errors}
    assert "empty" in reasons["02-empty.txt"]
    assert "binary" in reasons["03-binary.txt"]
    assert "gzip" in reasons["04-corrupt.txt.gz"]
    assert "truncated" in reasons["05-truncated.html"]
    assert "too large" in reasons["06-huge.txt"]
    assert all(line.startswith("error: ") and "Traceback" not in line for line in errors)
    arts = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert [Path(a["source"]).name for a in arts] == ["01-good.txt", "07-cp1252.txt", "08-good.html.gz"]
    assert "\u201cMerdeka\u201d" in arts[1]["body"] and "\u2013" in arts[1]["body"]
    assert arts[2]["outlet"] == "Liputan6" and arts[2]["dateline"]["place"] == "Jakarta"


def test_missing_path() -> None:
    out = warta("extract", "/no/such/file.txt")
    assert out.returncode == 1
    assert out.stderr.decode().strip() == "error: /no/such/file.txt: no such file or directory"


@pytest.mark.parametrize("fmt", ["xml"])
def test_bad_format_option(fmt: str) -> None:
    out = warta("extract", "-", "--format", fmt, stdin=b"x")
    assert out.returncode == 2


def test_a_misspelt_skip_is_one_error_before_any_article(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from warta.cli import app

    page = tmp_path / "a.txt"
    page.write_text("Polisi menangkap dua pelaku di Jakarta.", encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(page), "--skip", "entites"])
    assert res.exit_code == 2 and "cannot skip entites" in res.output and "Traceback" not in res.output


def test_an_article_over_the_time_budget_fails_naming_the_stage() -> None:
    from warta import pipeline
    from warta.doc import Options
    from warta.errors import StageError

    with pytest.raises(StageError, match="over time budget") as err:
        pipeline.process(pipeline.RawDoc("Jakarta - Harga beras naik pekan ini.", source="slow.txt"),
                         Options(time_budget=0.0))
    assert err.value.source == "slow.txt" and err.value.stage == "decode"


def test_extract_reads_what_ingest_reads(tmp_path: Path) -> None:
    """A WARC and a JSON Lines file: one JSON line per article; `--published` where the source gives no
    date (the page's own date still wins over it)."""
    from hostile import _warc

    (tmp_path / "crawl.warc.gz").write_bytes(_warc(2))
    (tmp_path / "dump.jsonl").write_text(json.dumps({"text": ARTICLE, "url": "https://kompas.com/a"}) + "\n",
                                         encoding="utf-8")
    out = warta("extract", str(tmp_path / "crawl.warc.gz"), "--skip", "events", "--published", "2023-09-01")
    arts = [json.loads(line) for line in out.stdout.splitlines()]
    assert out.returncode == 0 and [a["url"] for a in arts] == ["https://example.com/0", "https://example.com/1"]
    assert all(a["published_source"] == "html-metadata" for a in arts)
    out = warta("extract", str(tmp_path / "dump.jsonl"), "--published", "2023-09-06")
    [art] = [json.loads(line) for line in out.stdout.splitlines()]
    assert art["url"] == "https://kompas.com/a" and art["title"] == "Stok Beras Aman Jelang Lebaran"
    assert art["published"] == "2023-09-06"


def test_a_malformed_user_lexicon_is_one_error_before_any_article(tmp_path: Path) -> None:
    import os

    bad = tmp_path / "mine.tsv"
    bad.write_text("serbu\n", encoding="utf-8")  # no type column
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    for cmd in (["extract", str(f)], ["ingest", str(f), "--db", str(tmp_path / "x.db")]):
        res = subprocess.run([sys.executable, "-m", "warta", *cmd], capture_output=True, text=True, timeout=120,
                             env={**os.environ, "WARTA_EVENT_LEXICON": str(bad)})
        assert res.returncode == 2 and res.stderr.strip() == f"error: {bad}:1: expected forms<TAB>TYPE<TAB>mode<TAB>cameo<TAB>voice"
    assert not (tmp_path / "x.db").exists()
