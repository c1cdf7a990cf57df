"""The seed article (a real Republika page as crawled) through cleaning, segmentation and dates."""

from __future__ import annotations

from warta import Article

BOILERPLATE = ["Baca Juga", "Red: Ferry", "sumber : Reuters", "Yuk koleksi", "Berita Terpopuler",
               "REPUBLIKA.CO.ID", "AP/Andrew Harnik", "Kim akan meninggalkan Pyongyang...."]


def test_header_fields(seed_article: Article) -> None:
    a = seed_article
    assert a.title == "AS Ingatkan Korut Jangan Sekali-Sekali Suplai Senjata ke Rusia"
    assert a.subtitle == "Paling cepat Kim akan berkunjung ke Rusia pekan depan."
    assert a.outlet == "Republika"
    assert a.dateline is not None and a.dateline.place == "Washington" and a.dateline.outlet == "Republika"
    assert a.editors == ["Ferry Kisihandi"]
    assert a.wire_sources == ["Reuters"]
    assert a.language == "id"
    assert a.published == "2023-09-06" and a.published_source == "given"


def test_photo_credit_and_caption(seed_article: Article) -> None:
    assert len(seed_article.media) == 1
    media = seed_article.media[0]
    assert media.credit == "AP/Andrew Harnik"
    assert media.caption is not None and media.caption.startswith("Penasihat keamanan nasional Gedung Putih, Jake Sullivan")


def test_body_has_no_boilerplate_and_keeps_every_sentence(seed_article: Article, seed_text: str) -> None:
    body = seed_article.body
    for junk in BOILERPLATE:
        assert junk not in body, junk
    assert body.startswith("Korea Utara (Korut) diingatkan agar tak memasok senjata ke Rusia")
    # the text after the page-break heading is kept, up to the last sentence
    assert "Pemimpin Korea Utara (Korut) Kim Jong Un berencana berkunjung ke Rusia bulan ini." in body
    assert body.endswith("demikian dilaporkan New York Times")
    # every paragraph of the article proper survives word for word
    start = seed_text.index("Korea Utara (Korut) diingatkan")
    for para in seed_text[start:].split("\n"):
        para = para.strip()
        if len(para) > 60 and not para.startswith(("Yuk", "Berita")):
            assert para.replace("REPUBLIKA.CO.ID, WASHINGTON – ", "") in body, para[:60]


def test_removed_lines_are_audited(seed_article: Article) -> None:
    removed = seed_article.removed
    for line in ["Baca Juga", "Red: Ferry kisihandi", "sumber : Reuters", "Kim akan meninggalkan Pyongyang....",
                 "REPUBLIKA.CO.ID, WASHINGTON –", "AP/Andrew Harnik"]:
        assert line in removed


def test_dates(seed_article: Article) -> None:
    dates = {(d.text, d.value, d.precision) for d in seed_article.dates}
    assert ("Selasa (5/9/2023)", "2023-09-05", "day") in dates
    assert ("Senin (4/9/2023)", "2023-09-04", "day") in dates
    assert ("Juli lalu", "2023-07", "month") in dates
    assert ("November tahun lalu", "2022-11", "month") in dates
    assert ("pekan depan", "2023-W37", "week") in dates  # the ISO week after 6 September 2023
    assert ("bulan ini", "2023-09", "month") in dates
    assert {d.anchor for d in seed_article.dates if d.relative} == {"published"}
    assert seed_article.media[0].date == "2022-04-04"  # the photo caption's "Senin, 4 April 2022"
    body = seed_article.body
    assert all(body[d.start:d.end] == d.text for d in seed_article.dates)


def test_sentences_respect_quotes(seed_article: Article) -> None:
    from warta.clean.segment import split_sentences

    body = seed_article.body
    sents = [body[s:e] for s, e in split_sentences(body)]
    assert "’’Kim juga berharap bantuan pangan dari Rusia,’’ demikian dilaporkan New York Times" in sents
