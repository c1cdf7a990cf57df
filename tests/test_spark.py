"""The cluster path on a real local Spark: same process(), Parquet out, bad files as error rows."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("pyspark")
pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs a Java runtime")

TEXT = ("JAKARTA, KOMPAS.com – Pemerintah memastikan stok beras aman menjelang Lebaran, kata Menteri "
        "Perdagangan di Jakarta, Selasa (5/9/2023).\n\nEditor: Bayu Galih\n")


def test_spark_local_matches_process(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from warta import RawDoc, process
    from warta.doc import Options
    from warta.engines.spark import run
    from warta.pipeline import Done, process_many
    from warta.sources import open_sources

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    (src / "b.txt.gz").write_bytes(gzip.compress(TEXT.replace("beras", "gula").encode()))
    (src / "c.txt").write_bytes(b"")
    (src / "notes.csv").write_text("not,an,article")
    other = "Presiden Joko Widodo meresmikan Bendungan Sadawarna di Subang, Jawa Barat, Senin (4/4/2022)."
    (src / "feed.jsonl").write_text(json.dumps({"text": other, "url": "https://x.id/1"}) + "\n{broken\n",
                                    encoding="utf-8")
    out = tmp_path / "out.parquet"
    articles, errors = run([str(src)], str(out), master="local[2]", options=Options(skip=("entities", "quotes", "events")))
    assert (articles, errors) == (3, 2)
    table = pq.read_table(out).to_pylist()
    by_name = {Path(r["source"]).name: r for r in table}
    assert set(by_name) == {"a.txt", "b.txt.gz", "c.txt", "feed.jsonl#1", "feed.jsonl#2"}
    assert "Sadawarna" in by_name["feed.jsonl#1"]["body"] and by_name["feed.jsonl#2"]["error"]
    local_jsonl = next(process_many(open_sources([src / "feed.jsonl"]), Options(skip=("entities", "quotes", "events"))))
    assert isinstance(local_jsonl, Done) and by_name["feed.jsonl#1"]["id"] == local_jsonl.article.id  # same reader
    clusters = {r["article_id"]: r["cluster_id"] for r in pq.read_table(str(out) + "_clusters").to_pylist()}
    a, b, c = by_name["a.txt"]["id"], by_name["b.txt.gz"]["id"], by_name["feed.jsonl#1"]["id"]
    assert clusters[a] == clusters[b] == min(a, b) and clusters[c] == c  # one word apart: one syndication cluster
    assert by_name["c.txt"]["error"] == "empty input"
    local = process(RawDoc(TEXT, source=str(src / "a.txt")), Options(skip=("entities", "quotes", "events")))
    assert by_name["a.txt"]["source"] == str(src / "a.txt")  # as `warta ingest` names it: the same id
    assert by_name["a.txt"]["id"] == local.id and by_name["a.txt"]["outlet"] == "Kompas"
    assert "gula" in by_name["b.txt.gz"]["body"]
    links = pq.read_table(str(out) + "_event_clusters")
    assert links.column_names == ["article_id", "idx", "cluster_id"]  # no events were coded (events skipped)
