"""Exports read back: Parquet with pyarrow, CSV with csv, JSON Lines, and the GDELT TSV column counts."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from test_store import make_article

from warta.cluster import signature
from warta.model import Article
from warta.store.export import export, gkg_row
from warta.store.sqlite import Store


@pytest.fixture()
def store(tmp_path: Path, example_texts: list[str]) -> Store:
    st = Store(tmp_path / "w.db")
    art = make_article()
    st.add(art, "retno", signature(art.body))
    for i, text in enumerate(example_texts[:4]):
        plain = Article(id=f"ex{i}", body=text, outlet="Contoh", language="id")
        st.add(plain, f"ex{i}", signature(text))
    st.flush()
    return st


def test_parquet_tables_read_back(store: Store, tmp_path: Path) -> None:
    n = export(store, tmp_path / "a.parquet", "parquet", "articles")
    table = pq.read_table(tmp_path / "a.parquet")
    assert n == table.num_rows == 5
    assert table.column("title").to_pylist()[0] == "Retno bertemu Lavrov"
    assert set(table.column("cluster_id").to_pylist()) >= {"ex0", "ex1"}
    export(store, tmp_path / "q.parquet", "parquet", "quotes")
    quotes = pq.read_table(tmp_path / "q.parquet").to_pylist()
    assert quotes[0]["speaker"] == "Retno Marsudi" and quotes[0]["start"] == 83
    export(store, tmp_path / "e.parquet", "parquet", "events")
    assert pq.read_table(tmp_path / "e.parquet").column("confidence").to_pylist() == [0.8]


def test_csv_and_jsonl_read_back(store: Store, tmp_path: Path) -> None:
    export(store, tmp_path / "m.csv", "csv", "mentions")
    with open(tmp_path / "m.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["text"], r["start"]) for r in rows] == [("Retno Marsudi", "19"), ("Rusia", "49"), ("Retno", "138")]
    assert export(store, tmp_path / "r.jsonl", "jsonl", "records") == 5
    records = [json.loads(line) for line in open(tmp_path / "r.jsonl", encoding="utf-8")]
    assert Article.from_dict(records[0]) == make_article()
    assert records[0]["cluster_id"] == records[0]["id"]


def test_gdelt_gkg_and_events_columns(store: Store, tmp_path: Path) -> None:
    assert export(store, tmp_path / "g.tsv", "gkg") == 5
    rows = [line.rstrip("\n").split("\t") for line in open(tmp_path / "g.tsv", encoding="utf-8")]
    assert all(len(r) == 27 for r in rows)
    first = rows[0]
    assert first[1] == "20230905000000" and first[3] == "Kabar"
    assert first[11] == "Retno Marsudi" and first[12] == "Retno Marsudi,19;Retno Marsudi,138"
    assert first[9] == "1#Rusia#RUS####RUS"
    assert first[22] == "83|35|kata|Kami sepakat memperkuat kerja sama,"
    assert export(store, tmp_path / "e.tsv", "events") == 1
    ev = open(tmp_path / "e.tsv", encoding="utf-8").read().rstrip("\n").split("\t")
    assert len(ev) == 61
    assert ev[1:4] == ["20230905", "202309", "2023"]
    assert (ev[5], ev[7], ev[15], ev[17]) == ("IDNGOV", "IDN", "RUSGOV", "RUS")
    assert (ev[26], ev[28], ev[29]) == ("040", "04", "1")  # EventCode, EventRootCode, QuadClass


def test_gkg_row_escapes_delimiters() -> None:
    art = make_article(title="Judul\tdengan tab", outlet="A;B")
    row = gkg_row(art, 0)
    assert "\t" not in "".join(row) and row[3] == "A B"
