"""Calendar words, lower case: months, weekdays, units of time, relative time words, numbers.

The dates stage builds its patterns from these; the quotes stage reads month
and weekday names as no part of a name ("Senin", "Juni").
"""

from __future__ import annotations

# Month names, with the older spellings ("Pebruari", "Nopember") -> month number.
MONTH_NAMES = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11, "desember": 12,
}
# Month abbreviations ("17 Agt 2017", "Sept.") -> month number.
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "ags": 8, "sep": 9,
    "sept": 9, "okt": 10, "nov": 11, "des": 12,
}
# Every written form of a month -> its number.
MONTHS = {**MONTH_NAMES, **MONTH_ABBREVIATIONS}
# Weekday names, as written ("Jum'at" too) -> Monday = 0.
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
            "ahad": 6}
# Units of time ("tiga hari lalu", "sepekan").
UNITS = frozenset({"hari", "pekan", "minggu", "bulan", "tahun", "dekade", "abad"})
# Number words -> value (None: "beberapa", some); "se-" is one ("sepekan").
NUMBERS = {
    "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12, "beberapa": None,
}
# Days named relative to the reference day -> offset in days.
DAY_WORDS = {"hari ini": 0, "kemarin": -1, "kemarin lusa": -2, "besok": 1, "esok hari": 1, "lusa": 2}
# Words of the clock ("pukul 10.00 WIB"): Indonesia's time zones WIB, WITA and WIT.
CLOCK_WORDS = frozenset({"pukul", "jam", "wib", "wita", "wit"})
# Parts of the day said relative to today ("tadi malam": last night) -> offset in days.
PART_OF_DAY_WORDS = {"tadi malam": -1, "malam tadi": -1, "semalam": -1}
# Parts of the day ("Senin pagi"; "dini hari" is before dawn).
PARTS_OF_DAY = ("pagi", "siang", "sore", "malam", "dini hari")
# Parts of a period ("awal Juni", "pertengahan tahun") -> the TIMEX3 mod.
PARTS_OF_PERIOD = {"awal": "START", "awal-awal": "START", "pertengahan": "MID", "medio": "MID", "tengah": "MID",
                   "akhir": "END", "akhir-akhir": "END"}
# Words after a unit or a name that put it in the past ("tahun lalu", "Senin kemarin").
PAST = frozenset({"lalu", "kemarin", "silam", "sebelumnya"})
# Words that put it in the future ("pekan depan", "dua hari lagi").
FUTURE = frozenset({"depan", "mendatang", "kemudian", "lagi", "nanti", "ke depan", "besok"})
# Time phrases read as the future after a predicate ("bertemu pekan depan").
FUTURE_PHRASES = (("pekan", "depan"), ("minggu", "depan"), ("bulan", "depan"), ("tahun", "depan"),
                  ("masa", "mendatang"), ("besok",), ("lusa",))
