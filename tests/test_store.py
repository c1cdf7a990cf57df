"""SQLite store: round trip, idempotent upserts, FTS5 search and the query helpers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from warta.model import Actor, Article, Entity, Event, Mention, Place, Quote, Speaker, article_id
from warta.store.sqlite import QueryError, Store

BODY = (
    "Menteri Luar Negeri Retno Marsudi bertemu Menlu Rusia Sergei Lavrov di Jakarta.\n\n"
    "\u201cKami sepakat memperkuat kerja sama,\u201d kata Retno, Selasa (5/9/2023)."
)


def make_article(body: str = BODY, **kw: object) -> Article:
    retno = Entity("per:retno-marsudi", "PERSON", "Retno Marsudi", "IDN", "GOV",
                   [Mention(19, 32, "Retno Marsudi"), Mention(138, 143, "Retno")], ["Menteri Luar Negeri"])
    rusia = Entity("RUS", "GPE", "Rusia", "RUS", None, [Mention(49, 54, "Rusia")],
                   place=Place("gn:2017370", "Rusia", "country", "RUS", "RS", "RS", 52.6563, 81.2305))
    quote = Quote("direct", "Kami sepakat memperkuat kerja sama,", 83, 118,
                  Speaker("Retno Marsudi", "per:retno-marsudi", "Menteri Luar Negeri"), "kata", "2023-09-05")
    event = Event("CONSULT", None, "040", Actor("Retno Marsudi", "per:retno-marsudi", "IDN", "GOV"),
                  Actor("Sergei Lavrov", None, "RUS", "GOV"), "2023-09-05", "Jakarta", "asserted",
                  BODY.split("\n")[0], 0, 80, "bertemu", None, 0.8,
                  Place("gn:1642911", "Jakarta", "city", "IDN", "ID", "ID04", -6.21462, 106.84513), "sentence")
    fields: dict[str, object] = {"id": article_id(body), "body": body, "title": "Retno bertemu Lavrov",
                                 "outlet": "Kabar", "language": "id", "published": "2023-09-05",
                                 "entities": [retno, rusia], "quotes": [quote], "events": [event]}
    fields.update(kw)
    return Article(**fields)  # type: ignore[arg-type]


def counts(store: Store) -> dict[str, int]:
    tables = ("articles", "sources", "entities", "mentions", "quotes", "events", "articles_fts")
    return {t: store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def test_round_trip_and_wal(tmp_path: Path) -> None:
    art = make_article()
    with Store(tmp_path / "w.db") as store:
        store.add(art, "kabar/1.txt")
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(tmp_path / "w.db") as store:
        back = store.get(art.id)
        assert back == art
        assert store.get(art.id[:6]) == art and store.get("kabar/1.txt") == art
        assert store.get("nothing") is None


def test_same_article_twice_is_stored_once(tmp_path: Path) -> None:
    with Store(tmp_path / "w.db") as store:
        store.add(make_article(), "a.txt")
        first = counts(store)
        store.add(make_article(), "a.txt")
        store.add(make_article(title="Judul baru"), "copy-of-a.txt")
        again = counts(store)
    assert first == {"articles": 1, "sources": 1, "entities": 2, "mentions": 3, "quotes": 1, "events": 1,
                     "articles_fts": 1}
    assert again == {**first, "sources": 2}


def test_batches_commit_and_uncommitted_rows_are_not_visible(tmp_path: Path) -> None:
    store = Store(tmp_path / "w.db", batch=2)
    store.add(make_article("Berita satu tentang banjir di Bekasi."), "1")
    other = sqlite3.connect(tmp_path / "w.db")
    assert other.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0
    store.add(make_article("Berita dua tentang gempa di Cianjur."), "2")
    assert other.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 2
    store.close()


def test_search_ranks_and_snippets_and_explains_bad_syntax(tmp_path: Path) -> None:
    with Store(tmp_path / "w.db") as store:
        store.add(make_article(), "a")
        store.add(make_article("Banjir merendam ratusan rumah di Bekasi, Jawa Barat.", title="Banjir Bekasi",
                               entities=[], quotes=[], events=[]), "b")
        hits = store.search("lavrov")
        assert [h["title"] for h in hits] == ["Retno bertemu Lavrov"]
        assert "[Lavrov]" in hits[0]["snippet"]
        assert [h["title"] for h in store.search('"kerja sama"')] == ["Retno bertemu Lavrov"]
        assert [h["title"] for h in store.search("banjir OR gempa")] == ["Banjir Bekasi"]
        with pytest.raises(QueryError, match="unterminated"):
            store.search('"kerja sama')


def test_quotes_entities_events_queries(tmp_path: Path) -> None:
    with Store(tmp_path / "w.db") as store:
        store.add(make_article(), "a")
        assert [q["speaker"] for q in store.quotes("retno")] == ["Retno Marsudi"]
        assert len(store.quotes("per:retno-marsudi", since="2023-09-01", until="2023-09-30")) == 1
        assert store.quotes("retno", since="2023-09-06") == []
        assert store.quotes("lavrov") == []
        top = store.entities("PERSON", 5)
        assert [(e["entity_id"], e["mentions"], e["outlets"]) for e in top] == [("per:retno-marsudi", 2, 1)]
        assert len(store.events(actor="IDN", target="RUS", type_="consult", since="2023-09-01")) == 1
        assert store.events(actor="RUS") == []
        assert len(store.events(modality="asserted", min_confidence=0.8)) == 1
        assert store.events(modality="planned") == store.events(min_confidence=0.9) == []
        stats = store.stats()
    assert (stats["articles"], stats["quotes"], stats["events"], stats["errors"]) == (1, 1, 1, 0)


def test_quotes_by_a_name_the_article_used(tmp_path: Path) -> None:
    body = "Presiden Jokowi meresmikan jalan tol.\n\n\u201cIni untuk rakyat,\u201d kata Jokowi."
    jokowi = Entity("per:joko-widodo", "PERSON", "Joko Widodo", "IDN", "GOV",
                    [Mention(9, 15, "Jokowi"), Mention(body.rindex("Jokowi"), body.rindex("Jokowi") + 6, "Jokowi")])
    quote = Quote("direct", "Ini untuk rakyat,", body.index("Ini"), body.index("Ini") + 17,
                  Speaker("Joko Widodo", "per:joko-widodo", "Presiden"), "kata", None)
    art = Article(id=article_id(body), body=body, published="2023-09-05", entities=[jokowi], quotes=[quote])
    with Store(tmp_path / "w.db") as store:
        store.add(art, "j")
        assert [q["speaker"] for q in store.quotes("jokowi")] == ["Joko Widodo"]
        assert store.quotes("prabowo") == []


def test_date_filters_read_a_date_as_the_interval_it_stands_for(tmp_path: Path) -> None:
    art = make_article()
    art.events[0].date = "2023-09"  # a month-precision date ("bulan ini")
    week = make_article(BODY + " Pekan depan mereka bertemu lagi.")
    week.events[0].date = "2023-W37"
    with Store(tmp_path / "w.db") as store:
        store.add(art, "a.txt")
        store.add(week, "b.txt")
        store.flush()
        dates = lambda **kw: sorted(r["date"] for r in store.events(**kw))  # noqa: E731
        assert dates(since="2023-09-01") == ["2023-09", "2023-W37"]
        assert dates(since="2023-09-30") == ["2023-09"]  # the month reaches the 30th; that week does not
        assert dates(until="2023-09-01") == ["2023-09"]
        assert dates(since="2023-09-12", until="2023-09-12") == ["2023-09", "2023-W37"]
        assert dates(since="2023-10") == [] and dates(until="2023-08") == []
        for bad in ("notadate", "2023-13", "2023-W60"):
            with pytest.raises(QueryError, match="is not a date"):
                store.events(since=bad)
