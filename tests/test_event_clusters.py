"""Event clusters: reports of one act across outlets linked at ingest, other acts of the story kept
apart, plans linked to what happened, the Spark path agreeing with the store, and the counts that
queries and the GDELT export give."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta import RawDoc, process
from warta.cluster import signature
from warta.engines.spark import event_reports, link_partition
from warta.eval.event_clusters import compare, load_gold
from warta.model import Article
from warta.store.export import export
from warta.store.sqlite import Store

KLATEN = [
    ("Penyidik KPK Geledah Rumah Bupati\n\nJakarta, CNN Indonesia -- Penyidik Komisi Pemberantasan Korupsi (KPK) "
     "menggeledah rumah Bupati Klaten Sri Hartini di Klaten, Jawa Tengah, Senin (2/1/2017). Penggeledahan itu "
     "terkait kasus suap jual beli jabatan.", "2017-01-02", "https://cnnindonesia.com/a/1", "CNN Indonesia"),
    ("KPK Geledah Rumah Sri Hartini\n\nKlaten (ANTARA News) - Komisi Pemberantasan Korupsi (KPK) menggeledah rumah "
     "pribadi Bupati Klaten Sri Hartini, Senin (2/1/2017), dalam kasus suap jual beli jabatan di Klaten.",
     "2017-01-03", "https://antaranews.com/a/2", "Antara"),
    ("KPK Periksa Sekda Klaten\n\nJakarta - Komisi Pemberantasan Korupsi (KPK) memeriksa Sekretaris Daerah Klaten "
     "Jaka Sawaldi sebagai saksi kasus suap jual beli jabatan, Selasa (3/1/2017).", "2017-01-03",
     "https://kumparan.com/a/3", "Kumparan"),
]


def articles() -> list[Article]:
    return [process(RawDoc(t, kind="text", published=p, url=u, outlet=o)) for t, p, u, o in KLATEN]


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    st = Store(tmp_path / "w.db")
    for art in articles():
        st.add(art, art.url, signature(art.body))
    st.flush()
    return st


def test_one_search_reported_by_two_outlets_is_one_event(store: Store) -> None:
    rows = store.events(type_="COERCE", by="cluster")
    assert len(rows) == 1
    search = rows[0]
    assert (search["reports"], search["articles"], search["outlets"]) == (3, 2, 2)  # CNN says it twice
    assert search["modalities"] == "asserted"
    assert len(store.events(type_="COERCE", by="report")) == 3
    # the summons of another official the next day is another event of the story
    others = store.events(type_="ACCUSE", by="cluster")
    assert others and all(r["cluster_id"] != search["cluster_id"] for r in others)
    assert store.stats()["event_clusters"] == len(store.events(by="cluster", limit=1000))


def test_a_plan_and_its_report_are_one_event_with_both_modalities(tmp_path: Path) -> None:
    plan = ("KPK Akan Periksa Setya Novanto\n\nJakarta - Komisi Pemberantasan Korupsi (KPK) akan memeriksa Ketua "
            "DPR Setya Novanto sebagai saksi kasus e-KTP pada Rabu (15/11/2017).")
    done = ("KPK Periksa Setya Novanto\n\nJakarta - Komisi Pemberantasan Korupsi (KPK) memeriksa Ketua DPR Setya "
            "Novanto sebagai saksi kasus e-KTP, Rabu (15/11/2017).")
    with Store(tmp_path / "w.db") as st:
        for text, day in ((plan, "2017-11-14"), (done, "2017-11-15")):
            art = process(RawDoc(text, kind="text", published=day, url=f"https://x.id/{day}"))
            st.add(art, art.url, signature(art.body))
        st.flush()
        rows = [r for r in st.events(by="cluster") if r["reports"] == 2]
        assert rows, st.events(by="report")
        assert set(rows[0]["modalities"].split(",")) == {"planned", "asserted"}


def test_spark_links_as_the_store_does(store: Store) -> None:
    import json

    records = [row["record"] for row in store.rows("SELECT record FROM articles ORDER BY published, rowid")]
    parts: dict[str, list] = {}
    for rec in records:
        for key, item in event_reports(rec):
            parts.setdefault(key, []).append(item)
    spark = {(a, int(i)): c for items in parts.values() for a, i, c in link_partition(items)}
    stored = {(r["article_id"], r["idx"]): r["cluster_id"] for r in store.rows("SELECT * FROM event_reports")}
    assert compare({f"{k}": v for k, v in stored.items()}, {f"{k}": v for k, v in spark.items()}).bcubed_f1 == 1.0
    assert json.loads(records[0])["events"]


def test_gdelt_export_counts_reports_sources_and_articles(store: Store, tmp_path: Path) -> None:
    n = export(store, tmp_path / "e.tsv", "events")
    rows = [line.split("\t") for line in (tmp_path / "e.tsv").read_text(encoding="utf-8").splitlines()]
    assert n == len(rows) == len(store.events(by="cluster", limit=1000))
    search = next(r for r in rows if r[26].startswith("17"))  # CAMEO 17: coerce
    assert (search[31], search[32], search[33]) == ("3", "2", "2")  # NumMentions, NumSources, NumArticles


def test_scores() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    assert compare(gold, {"a": "x", "b": "x", "c": "y"}).bcubed_f1 == 1.0
    split = compare(gold, {"a": "x", "b": "y", "c": "z"})
    assert split.bcubed_p == 1.0 and split.pairwise.recall == 0.0


def test_the_bundled_gold_is_whole() -> None:
    arts = load_gold()
    reports = [r for a in arts for r in a["reports"]]
    assert len(reports) >= 300 and len(arts) >= 100
    assert all(r["sentence"] in a["text"] for a in arts for r in a["reports"])
    assert {a["split"] for a in arts} == {"dev", "test"}
