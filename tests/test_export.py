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
    assert first[9] == "1#Rusia#RS#RS#52.6563#81.2305#RS"  # V1Locations: type, name, FIPS, ADM1, lat, long, id
    assert first[10] == "1#Rusia#RS#RS##52.6563#81.2305#RS#49"
    assert first[22] == "83|35|kata|Kami sepakat memperkuat kerja sama,"
    assert export(store, tmp_path / "e.tsv", "events") == 1
    ev = open(tmp_path / "e.tsv", encoding="utf-8").read().rstrip("\n").split("\t")
    assert len(ev) == 61
    assert ev[1:4] == ["20230905", "202309", "2023"]
    assert (ev[5], ev[7], ev[15], ev[17]) == ("IDNGOV", "IDN", "RUSGOV", "RUS")
    assert (ev[26], ev[28], ev[29]) == ("040", "04", "1")  # EventCode, EventRootCode, QuadClass


# GDELT 2.0 Events, as its codebook names the 61 columns (the names a GDELT reader loads the file with).
GDELT_EVENT_COLUMNS = (
    "GlobalEventID Day MonthYear Year FractionDate "
    + " ".join(f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code"))
    + " IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources"
    " NumArticles AvgTone "
    + " ".join(f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"))
    + " DATEADDED SOURCEURL").split()
INTS = ("GlobalEventID", "Day", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions", "NumSources",
        "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type", "DATEADDED")
FLOATS = ("FractionDate", "Actor1Geo_Lat", "Actor1Geo_Long", "ActionGeo_Lat", "ActionGeo_Long")


def test_gdelt_events_read_with_the_codebook_columns(store: Store, tmp_path: Path) -> None:
    export(store, tmp_path / "e.tsv", "events")
    assert len(GDELT_EVENT_COLUMNS) == 61
    with open(tmp_path / "e.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, fieldnames=GDELT_EVENT_COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE))
    row = rows[0]
    assert None not in row and all(v is not None for v in row.values())  # exactly 61 fields
    for name in INTS:
        int(row[name])
    for name in FLOATS:
        float(row[name])
    assert row["Day"] == "20230905" and len(row["DATEADDED"]) == 14
    assert (row["ActionGeo_Type"], row["ActionGeo_CountryCode"], row["ActionGeo_ADM1Code"]) == ("4", "ID", "ID04")
    assert row["ActionGeo_FullName"] == "Jakarta, DKI Jakarta, Indonesia" and row["ActionGeo_FeatureID"] == "1642911"
    assert abs(float(row["ActionGeo_Lat"]) + 6.2146) < 1e-3 and abs(float(row["ActionGeo_Long"]) - 106.8451) < 1e-3
    assert (row["Actor1Geo_Type"], row["Actor1Geo_CountryCode"]) == ("1", "ID")  # the actor's country, FIPS
    assert (row["Actor2Geo_Type"], row["Actor2Geo_CountryCode"]) == ("1", "RS")


def test_gkg_row_escapes_delimiters() -> None:
    art = make_article(title="Judul\tdengan tab", outlet="A;B")
    row = gkg_row(art, 0)
    assert "\t" not in "".join(row) and row[3] == "A B"
