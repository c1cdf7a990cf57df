"""Syndication clustering: lightly edited copies of one story share a cluster; other stories do not."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from warta.cluster import SyndicationIndex, cluster_texts, signature, similarity
from warta.model import Article, article_id
from warta.store.sqlite import Store


def copies(text: str) -> list[str]:
    """What portals do to a wire story: another dateline, a sentence changed, boilerplate added."""
    paras = text.split("\n\n")
    redated = "JAKARTA, KOMPAS.com - " + text
    edited = "\n\n".join([paras[0], "Kalimat ini ditulis ulang oleh redaksi portal lain sebelum terbit.",
                          *paras[2:]])
    padded = text + "\n\nBaca juga: Harga cabai naik menjelang Lebaran\n\nEditor: Dewi Sartika\n\nIkuti kami di media sosial"
    return [redated, edited, padded]


def test_edited_copies_cluster_and_other_stories_stay_apart(example_texts: list[str]) -> None:
    stories = example_texts[:20]
    story = next(t for t in stories if t.count("\n\n") >= 4)
    texts = stories + copies(story)
    ids = cluster_texts(texts)
    root = ids[stories.index(story)]
    assert ids[-3:] == [root] * 3
    assert root == str(stories.index(story))  # the earliest member names the cluster
    assert len(set(ids[:20])) == 20  # twenty different stories, twenty clusters


def test_similarity_estimates_jaccard(example_texts: list[str]) -> None:
    a, b = example_texts[0], example_texts[1]
    assert similarity(signature(a), signature(a)) == 1.0
    assert similarity(signature(a), signature(b)) < 0.2
    assert similarity(signature(a), signature(copies(a)[2])) > 0.7


def test_earliest_published_member_names_the_cluster(example_texts: list[str]) -> None:
    index = SyndicationIndex(sqlite3.connect(":memory:"))
    text = example_texts[3]
    late, early = copies(text)[0], copies(text)[2]
    assert index.add("late", signature(late), "2023-09-06") == "late"
    assert index.add("early", signature(early), "2023-09-05") == "early"
    rows = index.conn.execute("SELECT article_id, cluster_id FROM cluster_members ORDER BY article_id").fetchall()
    assert rows == [("early", "early"), ("late", "early")]
    assert index.add("late", signature(late), "2023-09-06") == "early"  # idempotent


def test_store_counts_independent_outlets(tmp_path: Path, example_texts: list[str]) -> None:
    text = example_texts[5]
    versions = [(text, "Antara"), *zip(copies(text), ["Kompas", "Republika", "Kompas"], strict=True),
                (example_texts[6], "Antara")]
    with Store(tmp_path / "w.db") as store:
        clusters = [store.add(Article(id=article_id(body), body=body, outlet=outlet), outlet, signature(body))
                    for body, outlet in versions]
        assert len(set(clusters[:4])) == 1 and clusters[4] != clusters[0]
        assert store.cluster_outlets(clusters[0]) == ["Antara", "Kompas", "Republika"]
        assert store.stats()["clusters"] == 2 and store.stats()["syndicated"] == 1


def test_search_counts_outlets_and_collapses_copies(tmp_path: Path, example_texts: list[str]) -> None:
    text = next(t for t in example_texts if "Zulkifli" in t)
    with Store(tmp_path / "w.db") as store:
        for body, outlet in zip([text, *copies(text)], ["Kumparan", "Kompas", "Antara", "Kompas"], strict=True):
            store.add(Article(id=article_id(body), body=body, outlet=outlet), outlet + body[:9], signature(body))
        hits = store.search("Zulkifli")
        folded = store.search("Zulkifli", collapse=True)
    assert len(hits) == 4 and {h["outlets"] for h in hits} == {3}
    assert len(folded) == 1 and folded[0]["outlets"] == 3
