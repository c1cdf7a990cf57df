"""Sentence splitting that respects Indonesian abbreviations, initials, numbers and quote marks."""

from __future__ import annotations

from warta.clean.segment import split_sentences
from warta.doc import Options


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_abbreviations_and_titles_do_not_end_sentences() -> None:
    text = ("Menurut dr. Wismandari dan Prof. Budi, pasien di Jl. Sudirman No. 5 dirawat oleh H. Ahmad dll. "
            "Ia lahir di Bandung. Ibu Hj. Siti menyusul.")
    # "dll." before a capital is a real end: lists close sentences
    assert sentences(text) == [
        "Menurut dr. Wismandari dan Prof. Budi, pasien di Jl. Sudirman No. 5 dirawat oleh H. Ahmad dll.",
        "Ia lahir di Bandung.",
        "Ibu Hj. Siti menyusul.",
    ]


def test_numbers_and_dates_stay_whole() -> None:
    text = "Harga naik menjadi Rp 4.000 pada 5/9/2023 pukul 10.30 WIB. Angka 2,5 persen tercatat."
    assert sentences(text) == ["Harga naik menjadi Rp 4.000 pada 5/9/2023 pukul 10.30 WIB.", "Angka 2,5 persen tercatat."]


def test_initials_in_names() -> None:
    assert sentences("Foto oleh Putra M. Akbar di Jakarta. Lalu pulang.") == [
        "Foto oleh Putra M. Akbar di Jakarta.", "Lalu pulang."]


def test_quotes_close_and_open() -> None:
    text = "“Kami siap,” katanya. “Tidak ada masalah.” Lalu ia pergi.nuklir.’’Kim juga datang,’’ ujarnya."
    assert sentences(text) == [
        "“Kami siap,” katanya.", "“Tidak ada masalah.”", "Lalu ia pergi.nuklir.", "’’Kim juga datang,’’ ujarnya."]


def test_offsets_are_shifted() -> None:
    text = "Satu. Dua."
    assert split_sentences(text, 100) == [(100, 105), (106, 110)]


def test_skip_names_only_stages_that_may_be_left_out() -> None:
    import pytest

    from warta import RawDoc, process

    raw = RawDoc("Polisi menangkap dua pelaku di Jakarta, Senin (4/9/2023).", source="t.txt", kind="text")
    art = process(raw, Options(skip=("entities", "quotes", "events", "tone")))
    assert art.body and art.dates and not art.entities and not art.events
    for bad in (("entites",), ("body",), ("decode",)):
        with pytest.raises(ValueError, match="cannot skip"):  # a ConfigError
            process(raw, Options(skip=bad))


def test_a_given_publication_date_survives_skipping_the_dates_stage() -> None:
    from warta import RawDoc, process

    raw = RawDoc("Polisi menangkap dua pelaku di Jakarta.", source="t.txt", kind="text", published="2023-09-06")
    art = process(raw, Options(skip=("dates",)))
    assert (art.published, art.published_source) == ("2023-09-06", "given") and art.dates == []
