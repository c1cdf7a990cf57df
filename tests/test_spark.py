"""The cluster path on a real local Spark: same process(), Parquet out, bad files as error rows."""

from __future__ import annotations

import gzip
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
    from warta.engines.spark import run

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    (src / "b.txt.gz").write_bytes(gzip.compress(TEXT.replace("beras", "gula").encode()))
    (src / "c.txt").write_bytes(b"")
    (src / "notes.csv").write_text("not,an,article")
    out = tmp_path / "out.parquet"
    articles, errors = run([str(src)], str(out), master="local[2]", skip=("entities", "quotes", "events"))
    assert (articles, errors) == (2, 1)
    table = pq.read_table(out).to_pylist()
    by_name = {Path(r["source"]).name: r for r in table}
    assert set(by_name) == {"a.txt", "b.txt.gz", "c.txt"}
    assert by_name["c.txt"]["error"] == "empty input"
    local = process(RawDoc(TEXT, source=str(src / "a.txt")), skip=("entities", "quotes", "events"))
    assert by_name["a.txt"]["source"] == str(src / "a.txt")  # as `warta ingest` names it: the same id
    assert by_name["a.txt"]["id"] == local.id and by_name["a.txt"]["outlet"] == "Kompas"
    assert "gula" in by_name["b.txt.gz"]["body"]
    links = pq.read_table(str(out) + "_event_clusters")
    assert links.column_names == ["article_id", "idx", "cluster_id"]  # no events were coded (events skipped)
