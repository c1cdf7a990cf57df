"""The corpus commands end to end on the bundled example corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import needs_seed
from typer.testing import CliRunner

from warta.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "warta.db"
    res = runner.invoke(app, ["ingest", "--examples", "--db", str(path), "--workers", "1"])
    assert res.exit_code == 0, res.output
    return path


def run(*args: str) -> tuple[int, str]:
    res = runner.invoke(app, list(args))
    return res.exit_code, res.output


def test_examples_ingest_and_stats(db: Path) -> None:
    code, out = run("stats", "--db", str(db), "--json")
    stats = json.loads(out)
    assert code == 0
    assert stats["articles"] == 58 and stats["errors"] == 0
    assert stats["outlets"] >= 10 and stats["languages"]["id"] >= 50
    assert stats["clusters"] == 58  # the examples hold no syndicated copies
    code, out = run("ingest", "--examples", "--db", str(db), "--workers", "1")
    assert code == 0 and "ingested 0 new, skipped 58" in out


def test_search_and_malformed_query(db: Path) -> None:
    code, out = run("search", "Zulkifli", "--db", str(db), "--json")
    hits = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and hits and hits[0]["outlet"] == "Kumparan" and "[Zulkifli]" in hits[0]["snippet"]
    code, out = run("search", '"Zulkifli', "--db", str(db))
    assert code == 2 and "unterminated string" in out and "Traceback" not in out
    assert len(out.strip().splitlines()) == 1


def test_show_quotes_entities_events(db: Path) -> None:
    code, out = run("search", "Zulkifli", "--db", str(db), "--json", "-n", "1")
    art_id = json.loads(out)["id"]
    code, out = run("show", art_id[:8], "--db", str(db))
    shown = json.loads(out)
    assert code == 0 and shown["id"] == art_id and shown["cluster_outlets"] == ["Kumparan"]
    code, out = run("show", "tidak-ada", "--db", str(db))
    assert code == 1
    code, out = run("entities", "--type", "PERSON", "--top", "3", "--db", str(db), "--json")
    ents = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(ents) == 3 and all(e["type"] == "PERSON" for e in ents)
    assert ents[0]["articles"] >= ents[-1]["articles"]
    code, out = run("quotes", "--speaker", "zulkifli", "--db", str(db), "--json")
    assert code == 0
    assert all("zulkifli" in (json.loads(line)["speaker"] or "").lower() for line in out.splitlines())
    code, out = run("events", "--db", str(db), "--json", "-n", "5")
    assert code == 0
    for command in ("events", "quotes"):
        code, out = run(command, "--since", "notadate", "--db", str(db))
        assert code == 2 and "'notadate' is not a date" in out and len(out.strip().splitlines()) == 1


def test_export_formats(db: Path, tmp_path: Path) -> None:
    code, _ = run("export", str(tmp_path / "a.parquet"), "-f", "parquet", "--db", str(db))
    assert code == 0 and pq.read_table(tmp_path / "a.parquet").num_rows == 58
    code, _ = run("export", str(tmp_path / "g.tsv"), "-f", "gkg", "--db", str(db))
    assert code == 0 and len((tmp_path / "g.tsv").read_text(encoding="utf-8").splitlines()) == 58
    code, out = run("export", str(tmp_path / "x.csv"), "-f", "csv", "-t", "nope", "--db", str(db))
    assert code == 2 and "unknown table" in out


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    code, out = run("stats", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "no database" in out


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("bukan basis data " * 100, encoding="utf-8")
    code, out = run("stats", "--db", str(bogus))
    assert code == 2 and "not a usable Warta database" in out and "Traceback" not in out


@needs_seed
def test_seed_article_quotes_and_events_by_date_and_actor(tmp_path: Path, seed_text: str) -> None:
    source = tmp_path / "seed.jsonl"
    source.write_text(json.dumps({"text": seed_text, "published": "2023-09-06", "outlet": "Republika"}) + "\n",
                      encoding="utf-8")
    db = str(tmp_path / "seed.db")
    assert run("ingest", str(source), "--db", db, "--workers", "1")[0] == 0
    code, out = run("quotes", "--speaker", "Sullivan", "--since", "2023-09-01", "--until", "2023-09-30",
                    "--db", db, "--json")
    quotes = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and quotes and all("Sullivan" in q["speaker"] for q in quotes)
    assert run("quotes", "--speaker", "Sullivan", "--until", "2023-08-31", "--db", db, "--json")[1] == ""
    code, out = run("events", "--actor", "PRK", "--target", "RUS", "--type", "CONSULT", "--since", "2023-09-01",
                    "--db", db, "--json")
    events = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and events and all(e["type"] == "CONSULT" and e["target_country"] == "RUS" for e in events)
