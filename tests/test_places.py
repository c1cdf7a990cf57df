"""The places stage: gazetteer lookups, the article as context, event places, the geocoding gold floor
and the store's migration to the schema that holds places."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from warta.annotate.places import Context, full_name, resolve
from warta.eval import places as scoring
from warta.model import Article, RawDoc
from warta.pipeline import process
from warta.store.sqlite import SCHEMA_VERSION, Store, StoreError


def test_levels_and_names() -> None:
    garut = resolve("Kabupaten Garut")
    assert garut is not None and (garut.kind, garut.province, garut.adm1) == ("adm2", "ID-JB", "ID30")
    bandung = resolve("Bandung")
    assert bandung is not None and bandung.kind == "city" and abs(bandung.lat + 6.92) < 0.05  # not the village in Jatim
    jabar = resolve("Jabar")
    assert jabar is not None and (jabar.kind, jabar.id) == ("adm1", "ID-JB")
    assert resolve("Jakarta").kind == "city"  # type: ignore[union-attr]  # the city, not only DKI's alias
    assert resolve("Pangkal Pinang").name == "Pangkalpinang"  # type: ignore[union-attr]
    assert resolve("Moskow").country == "RUS"  # type: ignore[union-attr]  # the KB's Indonesian name
    assert resolve("Wina").country == "AUT"  # type: ignore[union-attr]
    dc = resolve("Washington")
    assert dc is not None and dc.kind == "city" and dc.adm1 == "USDC"  # the capital, not the state
    assert resolve("Cengkareng").kind == "adm3"  # type: ignore[union-attr]  # a district of Jakarta Barat
    for nature in ("Gunung Merapi", "Laut China Selatan", "Sungai Ciliwung", ""):
        assert resolve(nature) is None
    istana = resolve("Istana Bogor")
    assert istana is not None and istana.name == "Bogor"  # a site is placed in the town it names


def test_the_article_decides_between_namesakes() -> None:
    # two villages called Muara, in Sumatera Utara (ID26) and Jawa Tengah (ID07)
    assert resolve("Muara", Context(adm1={"ID26"})).adm1 == "ID26"  # type: ignore[union-attr]
    assert resolve("Muara", Context(adm1={"ID07"})).adm1 == "ID07"  # type: ignore[union-attr]


def test_full_names_for_gdelt() -> None:
    bogor = resolve("Bogor")
    assert bogor is not None and full_name(bogor.place()) == "Bogor, Jawa Barat, Indonesia"
    assert full_name(resolve("Rusia").place()) == "Rusia"  # type: ignore[union-attr]


def test_seed_places(seed_article: Article) -> None:
    by_id = {e.id: e for e in seed_article.entities}
    prk = by_id["PRK"].place
    assert prk is not None and (prk.kind, prk.fips) == ("country", "KN")
    capital = [m for m in by_id["PRK"].mentions if m.text == "Pyongyang"]
    assert capital and all(m.place == "gn:1871859" for m in capital)  # the city, on the mention
    vlad = by_id["loc:vladivostok"].place
    assert vlad is not None and abs(vlad.lat - 43.1) < 0.1 and vlad.adm1 == "RS59"
    assert seed_article.dateline is not None and seed_article.dateline.location is not None
    assert seed_article.dateline.location.adm1 == "USDC"
    in_text = [e for e in seed_article.events if e.place_source == "sentence"]
    assert any(e.location and e.location.name == "Pyongyang" for e in in_text)
    # an event whose sentence names no place is placed at the dateline, and says so
    assert all(e.location and e.location.adm1 == "USDC" for e in seed_article.events if e.place_source == "dateline")
    assert all(e.place is None for e in seed_article.events if e.place_source == "dateline")


def test_event_place_from_an_untagged_district() -> None:
    art = process(RawDoc("Polisi menangkap dua pelaku pencurian di kawasan Jagakarsa, Jakarta Selatan, Senin "
                         "(4/9/2023).", kind="text", published="2023-09-05"))
    placed = [e for e in art.events if e.location is not None and e.place_source == "sentence"]
    assert placed, art.events
    assert placed[0].location.adm1 == "ID04"  # type: ignore[union-attr]


def test_geocoding_gold_floor() -> None:
    """The bundled geocoding gold (dev split): the entry found for each place mention."""
    items = scoring.load_gold(scoring.gold_path("places.jsonl"))
    scores = scoring.score_mentions(i for i in items if i["split"] == "dev")
    assert scores.total["all"] >= 150
    assert scores.accuracy() >= 0.80
    assert scores.accuracy(of_found=True) >= 0.95


OLD_EVENTS = """CREATE TABLE events (
    article_id TEXT NOT NULL, idx INTEGER NOT NULL, type TEXT, mode TEXT, cameo TEXT,
    source_name TEXT, source_id TEXT, source_country TEXT, source_sector TEXT,
    target_name TEXT, target_id TEXT, target_country TEXT, target_sector TEXT,
    date TEXT, place TEXT, modality TEXT, text TEXT, start INTEGER, "end" INTEGER,
    trigger TEXT, reported_by TEXT, confidence REAL, PRIMARY KEY (article_id, idx));
CREATE TABLE entities (
    article_id TEXT NOT NULL, entity_id TEXT NOT NULL, type TEXT, name TEXT, country TEXT, sector TEXT,
    mentions INTEGER NOT NULL, roles TEXT, PRIMARY KEY (article_id, entity_id));
INSERT INTO events (article_id, idx, type) VALUES ('old', 0, 'CONSULT');"""


def test_an_older_database_is_brought_forward(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.executescript(OLD_EVENTS)
    conn.close()
    with Store(db) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        cols = {r[1] for r in store.conn.execute("PRAGMA table_info(events)")}
        assert {"place_id", "lat", "lon", "place_source"} <= cols
        assert store.conn.execute("SELECT type, lat FROM events").fetchall() == [("CONSULT", None)]
        store.add(process(RawDoc("Presiden Joko Widodo bertemu Perdana Menteri Malaysia di Bogor, Jawa Barat.",
                                 kind="text", published="2023-09-05")), "new")
        store.flush()
        assert store.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] >= 1


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer Warta"):
        Store(db)
