"""Portal conventions, one by one, on short articles written in their style."""

from __future__ import annotations

import pytest

from warta import RawDoc, process
from warta.clean.metadata import normalise_name
from warta.doc import Options

BODY = ("Pemerintah memastikan stok beras aman menjelang Lebaran. Menteri Perdagangan menyebut harga stabil "
        "di seluruh provinsi.\n\nIa meminta warga tidak panik.")


def clean(text: str, **kw: str):  # type: ignore[no-untyped-def]
    return process(RawDoc(text, source="t.txt", **kw), Options(skip=("entities", "quotes", "events")))


@pytest.mark.parametrize(
    ("opening", "place", "outlet"),
    [
        ("REPUBLIKA.CO.ID, WASHINGTON – ", "Washington", "Republika"),
        ("JAKARTA, KOMPAS.com – ", "Jakarta", "Kompas"),
        ("Jakarta (ANTARA) - ", "Jakarta", "Antara"),
        ("Mataram, NTB (ANTARA News) - ", "Mataram", "Antara"),
        ("Liputan6.com, Jakarta - ", "Jakarta", "Liputan6"),
        ("TEMPO.CO, Jakarta - ", "Jakarta", "Tempo"),
        ("Jakarta, CNN Indonesia -- ", "Jakarta", "CNN Indonesia"),
        ("LOS ANGELES, KOMPAS.com — ", "Los Angeles", "Kompas"),
        ("Suara.com - ", None, "Suara"),
    ],
)
def test_datelines(opening: str, place: str | None, outlet: str) -> None:
    a = clean(opening + BODY)
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.outlet, a.outlet) == (place, outlet, outlet)
    assert a.body.startswith("Pemerintah memastikan stok beras")
    assert opening.strip() in a.removed


@pytest.mark.parametrize(
    ("line", "authors", "editors"),
    [
        ("Red: Ferry kisihandi", [], ["Ferry Kisihandi"]),
        ("Editor: Ade Marboen", [], ["Ade Marboen"]),
        ("Reporter: Rizky Suryarandika", ["Rizky Suryarandika"], []),
        ("Penulis: NABILLA TASHANDRA | Editor: Bayu Galih", ["Nabilla Tashandra"], ["Bayu Galih"]),
        ("Pewarta: Budisantoso Budiman dan Agus S", ["Budisantoso Budiman", "Agus S"], []),
    ],
)
def test_credits(line: str, authors: list[str], editors: list[str]) -> None:
    a = clean(BODY + "\n\n" + line)
    assert (a.authors, a.editors) == (authors, editors)
    assert line not in a.body and line in a.removed
    assert a.body.endswith("Ia meminta warga tidak panik.")


@pytest.mark.parametrize(
    ("tail", "wire"),
    [("\n\nsumber : Reuters", ["Reuters"]), ("\n\nReuters/AP", ["Reuters", "AP"]), (" (Antara)", ["Antara"]),
     ("\n\nSumber: Antara", ["Antara"])],
)
def test_wire_sources(tail: str, wire: list[str]) -> None:
    a = clean(BODY + tail)
    assert a.wire_sources == wire
    assert a.body.endswith("Ia meminta warga tidak panik.")


@pytest.mark.parametrize(
    "junk",
    ["Baca Juga", "Baca juga: Harga Cabai Naik Jelang Natal", "Berita Terpopuler", "SCROLL TO CONTINUE WITH CONTENT",
     "ADVERTISEMENT", "Simak juga video berikut ini", "Lihat juga: Foto-foto banjir Jakarta", "Halaman 2",
     "Bagikan", "Yuk koleksi buku bacaan berkualitas dari buku Republika ...", "Dapatkan update berita pilihan setiap hari",
     "Kim akan meninggalkan Pyongyang...."],
)
def test_boilerplate_lines(junk: str) -> None:
    text = BODY.replace("\n\n", f"\n\n{junk}\n\n")
    a = clean(text)
    assert junk not in a.body
    assert junk.strip() in a.removed
    assert "Ia meminta warga tidak panik." in a.body and "harga stabil" in a.body


def test_article_sentences_that_look_like_boilerplate_stay() -> None:
    text = ("Baca juga pernyataan resmi pemerintah soal harga beras yang dirilis kemarin pagi, kata dia menjelaskan "
            "panjang lebar kepada wartawan yang hadir di kantornya hari itu di Jakarta Pusat bersama para pejabat.\n\n"
            + BODY + "\n\nSimak jadwal Liga 1 di bawah ini: tim tuan rumah bermain sore hari.")
    a = clean(text)
    assert "Simak jadwal Liga 1" in a.body
    assert a.body.startswith("Baca juga pernyataan resmi")


def test_title_subtitle_photo_and_caption() -> None:
    text = ("Stok Beras Aman Jelang Lebaran\n\nPemerintah menjamin harga tidak naik.\n\nANTARA FOTO/Aditya Pradana Putra\n"
            "Pekerja menata karung beras di gudang Bulog, Jakarta, Senin (3/4/2023).\nRed: Joko Sadewo\n\n"
            "JAKARTA, KOMPAS.com – " + BODY)
    a = clean(text, published="2023-04-04")
    assert a.title == "Stok Beras Aman Jelang Lebaran"
    assert a.subtitle == "Pemerintah menjamin harga tidak naik."
    assert [(m.credit, m.caption) for m in a.media] == [
        ("ANTARA FOTO/Aditya Pradana Putra", "Pekerja menata karung beras di gudang Bulog, Jakarta, Senin (3/4/2023).")]
    assert a.editors == ["Joko Sadewo"]
    assert a.body.startswith("Pemerintah memastikan")


def test_plain_text_without_header_keeps_first_paragraph() -> None:
    a = clean(BODY)
    assert a.title is None and a.body == BODY


@pytest.mark.parametrize(("raw", "norm"), [("Ferry kisihandi", "Ferry Kisihandi"), ("BAYU GALIH", "Bayu Galih"),
                                           ("Putra M. Akbar", "Putra M. Akbar"), ("ahmad bin umar", "Ahmad bin Umar")])
def test_normalise_name(raw: str, norm: str) -> None:
    assert normalise_name(raw) == norm


def test_language_identification() -> None:
    english = ("Indonesia could learn from Finland's experience in handling peatlands, the minister said on Tuesday. "
               "He said the government would work with local communities to prevent fires.")
    malay = ("Kerajaan Malaysia berkata bahawa projek itu akan diteruskan kerana ia penting kepada rakyat. "
             "Menteri berkata wang peruntukan telah diluluskan oleh pejabat berkenaan semalam.")
    assert clean(english).language == "en"
    assert clean(malay).language == "ms"
    assert clean(BODY).language == "id"


def test_english_article_skips_indonesian_annotators() -> None:
    english = "Jakarta (ANTARA) - The government said on Tuesday that rice stocks were sufficient ahead of Eid."
    a = process(RawDoc(english, published="2023-04-04"))
    assert a.language == "en" and a.entities == [] and a.quotes == [] and a.events == []
    assert a.dateline is not None and a.dateline.place == "Jakarta"


def test_same_text_same_id() -> None:
    assert clean(BODY).id == clean("  " + BODY.replace(". ", ".  ") + "\n").id != clean(BODY + " Lagi.").id


def test_paragraphs_one_per_line_and_hard_wrapped() -> None:
    one_per_line = "Harga beras naik di Jakarta.\nPedagang mengeluh karena pembeli sepi.\nPemerintah berjanji operasi pasar."
    assert clean(one_per_line).body.count("\n\n") == 2
    wrapped = "Harga beras naik di Jakarta karena\npasokan dari Jawa Tengah berkurang.\n\nPedagang mengeluh."
    assert clean(wrapped).body == ("Harga beras naik di Jakarta karena pasokan dari Jawa Tengah berkurang.\n\n"
                                   "Pedagang mengeluh.")


def test_page_date_wins_over_the_given_one() -> None:
    html = ('<html><head><title>Harga Cabai Naik</title><meta property="article:published_time" '
            'content="2023-01-02T10:00:00+07:00"></head><body><article><p>Harga cabai rawit di pasar induk naik '
            'tajam kemarin karena pasokan berkurang akibat hujan deras yang turun hampir setiap hari di sentra '
            'produksi Jawa Tengah.</p></article></body></html>')
    a = clean(html, published="2023-05-05")
    assert (a.published, a.published_source) == ("2023-01-02", "html-metadata")
    assert [d.value for d in a.dates] == ["2023-01-01"]
    b = clean("Harga cabai rawit naik tajam kemarin di pasar induk.", published="2023-05-05")
    assert (b.published, b.published_source) == ("2023-05-05", "given")


@pytest.mark.parametrize("sentence", ["Sementara Bangladesh meminta Myanmar memulangkan para pengungsi.",
                                      "Dalai Lama melarikan diri ke India setelah pemberontakan yang gagal pada 1959."])
def test_short_indonesian_is_not_malay(sentence: str) -> None:
    assert clean(sentence).language == "id"
