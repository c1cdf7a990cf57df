"""Date expressions made absolute against a publication date."""

from __future__ import annotations

from datetime import date

import pytest

from warta.annotate.dates import scan

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
        ("pekan depan", "2023-09-11", "week"),
        ("minggu lalu", "2023-08-28", "week"),
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


def test_relative_needs_a_publication_date() -> None:
    found = scan("Kim datang pekan depan, kata pejabat itu Selasa (5/9/2023).", None)
    assert [d.value for d in found] == ["2023-09-05"]


def test_offsets_and_no_overlap() -> None:
    text = "Pada Senin (4/9/2023), ia berkata akan datang November tahun lalu dan pekan depan."
    found = scan(text, PUB)
    assert [text[d.start:d.end] for d in found] == ["Senin (4/9/2023)", "November tahun lalu", "pekan depan"]


def test_numbers_are_not_dates() -> None:
    assert scan("Harga naik 4.000 rupiah, sekitar 5/9 dari total 120 unit.", PUB) == []
