"""News outlets and agencies: site keys and display names, dateline names, wire agencies, media words.

One display name per outlet: the dateline, the page's site name and an
IndoSum `source` field all end in `OUTLETS`' value ("Goal", not "Goal
Indonesia": the dateline stage always shortened it to that).
"""

from __future__ import annotations

# An outlet's key (its site name, lower case, no spaces: "republika", "cnnindonesia") -> display name.
OUTLETS = {
    "republika": "Republika", "kompas": "Kompas", "antara": "Antara", "antaranews": "Antara",
    "liputan6": "Liputan6", "tempo": "Tempo", "detik": "Detik", "detiknews": "Detik", "okezone": "Okezone",
    "viva": "VIVA", "kapanlagi": "KapanLagi", "cnnindonesia": "CNN Indonesia", "merdeka": "Merdeka",
    "suara": "Suara", "kumparan": "Kumparan", "tribunnews": "Tribunnews", "sindonews": "Sindonews",
    "jpnn": "JPNN", "bisnis": "Bisnis Indonesia", "katadata": "Katadata", "tirto": "Tirto",
    "cnbcindonesia": "CNBC Indonesia", "beritasatu": "BeritaSatu", "mediaindonesia": "Media Indonesia",
    "jawapos": "Jawa Pos", "idntimes": "IDN Times", "inews": "iNews", "rimanews": "Rimanews",
    "poskotanews": "Poskota", "poskota": "Poskota", "dailysocial": "DailySocial", "goal": "Goal",
    "tribun": "Tribunnews", "juara": "Juara", "pos": "Poskota", "thejakartapost": "The Jakarta Post",
    "voaindonesia": "VOA Indonesia", "bbc": "BBC",
}
# Keys whose sub-sites and sections start with them ("KompasOtomotif", "detikinet", "tribunjabar"),
# tried in this order.
BRANDS = ("kompas", "detik", "tribun", "okezone", "liputan6", "republika", "tempo", "antara", "viva", "kapanlagi")
# IndoSum's `source` field -> the outlet's key.
INDOSUM_SOURCES = {
    "cnn indonesia": "cnnindonesia", "kumparan": "kumparan", "dailysocial.id": "dailysocial",
    "antaranews": "antaranews", "merdeka": "merdeka", "juara.net": "juara", "suara": "suara",
    "rimanews": "rimanews", "goal indonesia": "goal", "poskotanews": "poskotanews",
}
# Outlet names as a dateline writes them ("REPUBLIKA.CO.ID" is a domain, matched as one): each is also
# matched in capitals and with a suffix ("KOMPAS", "KompasTV", "ANTARA News").
DATELINE_NAMES = ("CNN Indonesia", "CNBC Indonesia", "Rimanews", "Pos Kota", "Kompas", "Tempo", "Antara",
                  "Republika", "Liputan6", "VIVA", "Okezone", "Tribunnews")
# News and wire agencies as credited ("(ANTARA)", "sumber: Reuters"), each spelling as written.
WIRE_AGENCIES = (
    "Antara", "Reuters", "AP", "AFP", "Xinhua", "Bernama", "Kyodo", "Yonhap", "Anadolu", "Sputnik", "TASS",
    "BBC", "CNN", "Al Jazeera", "DPA", "EFE", "UPI", "ANTARA", "Associated Press", "Agence France-Presse",
    "PRNewswire", "PR Newswire",
)
# Single words that name a news medium inside a phrase ("kantor berita Yonhap", "The New York Times"):
# the one-word agencies and these ("ria", RIA Novosti, is left out: "Ria" is a common given name).
MEDIA_WORDS = frozenset(a.lower() for a in WIRE_AGENCIES if " " not in a) | frozenset(
    """times post news journal kcna kompas tempo republika detik guardian telegraph bloomberg aljazeera cbs nbc
    abc fox nhk""".split()
)
# Outlet words that are also function words, and why both readings stay.
HOMOGRAPHS = {"antara": "the agency ANTARA, matched capitalised, and the preposition 'between'"}
# Credit labels of a news page ("Pewarta: ...", "Red: ...", "Sumber: Reuters") -> the article field.
CREDIT_LABELS = {
    "red": "editors", "redaktur": "editors", "editor": "editors", "penyunting": "editors",
    "reporter": "authors", "penulis": "authors", "pewarta": "authors", "wartawan": "authors",
    "oleh": "authors", "kontributor": "authors", "laporan wartawan": "authors", "by": "authors",
    "author": "authors", "sumber": "wire_sources",
}
# The credit labels of a byline in the text (a "Sumber:" line is a wire line, read as such).
BYLINE_LABELS = {label: field for label, field in CREDIT_LABELS.items() if field != "wire_sources"}
