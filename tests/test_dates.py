"""Date expressions made absolute against a publication date."""

from __future__ import annotations

from datetime import date

import pytest

from warta.annotate.dates import scan
from warta.doc import Options
from warta.model import RawDoc
from warta.pipeline import process

PUB = date(2023, 9, 6)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("pada Selasa (5/9/2023) lalu", "2023-09-05", "day"),
        ("Senin, 4 April 2022", "2022-04-04", "day"),
        ("tanggal 5 September 2023", "2023-09-05", "day"),
        ("Senin (4/9) malam", "2023-09-04", "day"),
        ("kemarin", "2023-09-05", "day"),
        ("besok pagi", "2023-09-07", "day"),
        ("hari ini", "2023-09-06", "day"),
        ("pekan depan", "2023-W37", "week"),
        ("minggu lalu", "2023-W35", "week"),
        ("minggu ini", "2023-W36", "week"),
        ("Jumat malam", "2023-09-01", "day"),
        ("siang ini", "2023-09-06", "day"),
        ("tadi malam", "2023-09-05", "day"),
        ("kemarin sore", "2023-09-05", "day"),
        ("Selasa pagi ini", "2023-09-05", "day"),
        ("hari Jumat lalu", "2023-09-01", "day"),
        ("ungkapnya, Senin", "2023-09-04", "day"),
        ("mulai hari Senin", "2023-09-11", "day"),
        ("bulan ini", "2023-09", "month"),
        ("bulan lalu", "2023-08", "month"),
        ("Juli lalu", "2023-07", "month"),
        ("Oktober mendatang", "2023-10", "month"),
        ("Januari lalu", "2023-01", "month"),
        ("September lalu", "2022-09", "month"),
        ("November tahun lalu", "2022-11", "month"),
        ("Maret 2021", "2021-03", "month"),
        ("dua hari lalu", "2023-09-04", "day"),
        ("3 hari yang lalu", "2023-09-03", "day"),
        ("tiga bulan lalu", "2023-06", "month"),
        ("tahun depan", "2024", "year"),
        ("tahun lalu", "2022", "year"),
        ("sejak 2019", "2019", "year"),
        ("Selasa lalu", "2023-09-05", "day"),
        ("Rabu lalu", "2023-08-30", "day"),
        ("Jumat mendatang", "2023-09-08", "day"),
        ("pada Senin", "2023-09-04", "day"),
    ],
)
def test_expression(text: str, value: str, precision: str) -> None:
    found = scan(text, PUB)
    assert [(d.value, d.precision) for d in found] == [(value, precision)], found


@pytest.mark.parametrize(("text", "value", "precision", "mod"), [
    ("awal Juni", "2023-06", "month", "START"),
    ("akhir bulan Oktober", "2022-10", "month", "END"),  # no year and nothing says it is to come: the past one
    ("akan digelar akhir Oktober", "2023-10", "month", "END"),
    ("pertengahan 2025", "2025", "year", "MID"),
    ("awal-awal November", "2022-11", "month", "START"),
    ("akhir pekan lalu", "2023-W35", "week", "END"),
    ("akhir tahun ini", "2023", "year", "END"),
])
def test_parts_of_a_period(text: str, value: str, precision: str, mod: str) -> None:
    found = scan(text, PUB)
    assert [(d.value, d.precision, d.mod) for d in found] == [(value, precision, mod)], found


def test_a_dated_statement_is_the_reference_of_its_relative_words() -> None:
    from warta import RawDoc, process

    text = ('Presiden menerima delegasi itu di Istana. "Kami sudah bertemu kemarin dan akan bertemu lagi '
            'pekan depan," kata juru bicara istana di Jakarta, Jumat (1/9).\n\nDelegasi itu tiba di Jakarta kemarin.')
    art = process(RawDoc(text, source="t.txt", kind="text", published="2023-09-06"), Options(skip=("entities", "quotes",
                                                                                         "events")))
    got = {(d.text, d.value, d.anchor, d.anchor_date) for d in art.dates}
    assert ("kemarin", "2023-08-31", "quote", "2023-09-01") in got  # the day before the statement
    assert ("pekan depan", "2023-W36", "quote", "2023-09-01") in got
    assert ("kemarin", "2023-09-05", "published", "2023-09-06") in got  # the reporter's own "kemarin"


def test_today_in_apposition_sets_the_day() -> None:
    from warta import RawDoc, process

    text = "Unjuk rasa digelar hari ini, Senin (4/9/2023), dan berlanjut besok."
    art = process(RawDoc(text, source="t.txt", kind="text", published="2023-09-06"), Options(skip=("entities", "quotes",
                                                                                         "events")))
    got = {(d.text, d.value, d.anchor) for d in art.dates}
    assert ("besok", "2023-09-05", "sentence") in got


def test_a_day_without_a_year_is_the_nearest_past_unless_it_is_to_come() -> None:
    assert [d.value for d in scan("pada 20 November", PUB)] == ["2022-11-20"]
    assert [d.value for d in scan("akan digelar pada 20 November", PUB)] == ["2023-11-20"]
    assert [d.value for d in scan("pada 20 September", PUB)] == ["2023-09-20"]  # the coming weeks: announced
    assert [d.value for d in scan("Selasa (30/1)", date(2018, 1, 25))] == ["2018-01-30"]  # days ahead: this year's
    assert [d.value for d in scan("Kamis (7/9)", PUB)] == ["2023-09-07"]  # a day's grace for time zones


def test_relative_needs_a_publication_date() -> None:
    found = scan("Kim datang pekan depan, kata pejabat itu Selasa (5/9/2023).", None)
    assert [d.value for d in found] == ["2023-09-05"]


def test_offsets_and_no_overlap() -> None:
    text = "Pada Senin (4/9/2023), ia berkata akan datang November tahun lalu dan pekan depan."
    found = scan(text, PUB)
    assert [text[d.start:d.end] for d in found] == ["Senin (4/9/2023)", "November tahun lalu", "pekan depan"]


def test_numbers_are_not_dates() -> None:
    assert scan("Harga naik 4.000 rupiah, sekitar 5/9 dari total 120 unit.", PUB) == []


def test_date_gold_is_large_and_varied_and_keeps_its_floor() -> None:
    from warta.eval import dates as scoring

    gold = scoring.load_gold()
    exprs = [d for item in gold for d in item["dates"]]
    assert len(exprs) >= 800 and {d["kind"] for d in exprs} >= set(scoring.KINDS)
    assert sum(d["anchor"] != "published" for d in exprs) >= 190  # a quarter: all the dated statements IndoSum has
    assert {item["split"] for item in gold} == {"dev", "test"}
    dev = scoring.score(item for item in gold if item["split"] == "dev")
    assert dev.accuracy() >= 0.88 and dev.accuracy("explicit") >= 0.88 and dev.accuracy(scoring.OTHER_REFERENCE) >= 0.8


def test_publication_day_is_not_taken_from_a_quote() -> None:
    """A veteran's memory of 1945 inside a quotation does not date a story about 2016."""
    text = ("Veteran Kenang Pertempuran Surabaya\n\nSURABAYA - Peringatan Hari Pahlawan digelar di Tugu Pahlawan. "
            "\"Saya masih ingat pada 21 November 1945 kami bertahan di Jembatan Merah,\" kata Soedarmo.\n\n"
            "Wali kota mengajak warga meneladani semangat para pahlawan pada peringatan tahun 2016 ini.")
    art = process(RawDoc(text, kind="text"))
    assert art.published is None and art.published_source == "unknown: the text's only dates are quoted"
    assert all(not (e.date or "").startswith("1945") for e in art.events)
    old = "Sejarah\n\nPada 10 November 1945 rakyat Surabaya bertempur. Kini, pada 2016, 2016 dan 2017 kota itu berbenah."
    far = process(RawDoc(old, kind="text"))
    assert far.published is None and far.published_source.startswith("unknown: the text's latest date (1945-11-10)")
    dated = process(RawDoc("Banjir\n\nJakarta - Banjir melanda Jakarta pada Senin, 2 Januari 2017.", kind="text"))
    assert (dated.published, dated.published_source) == ("2017-01-02", "text-latest-date")
