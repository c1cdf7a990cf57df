"""Place words, lower case: capitals and their countries, Indonesia's regional offices, divisions, heads.

Capitals stand for their governments in the news ("Beijing menyebut ...");
a regional office is named by its place ("Polda Bali", "Pemkot Surabaya") and
acts for Indonesia in its sector.
"""

from __future__ import annotations

# Capitals (and seats of government) -> ISO 3166-1 alpha-3 of the country they stand for.
CAPITALS: dict[str, str] = {
    "madrid": "ESP", "doha": "QAT", "riyadh": "SAU", "riyad": "SAU", "teheran": "IRN", "tehran": "IRN",
    "ankara": "TUR", "kabul": "AFG", "damaskus": "SYR", "damascus": "SYR", "baghdad": "IRQ", "bagdad": "IRQ",
    "kairo": "EGY", "london": "GBR", "paris": "FRA", "berlin": "DEU", "roma": "ITA", "canberra": "AUS",
    "ottawa": "CAN", "tokyo": "JPN", "seoul": "KOR", "pyongyang": "PRK", "beijing": "CHN", "moskow": "RUS",
    "moskwa": "RUS", "moscow": "RUS", "manila": "PHL", "kuala lumpur": "MYS", "putrajaya": "MYS",
    "hanoi": "VNM", "bangkok": "THA", "naypyidaw": "MMR", "naypyitaw": "MMR", "dhaka": "BGD",
    "islamabad": "PAK", "new delhi": "IND", "wellington": "NZL", "den haag": "NLD", "stockholm": "SWE",
    "oslo": "NOR", "kiev": "UKR", "kyiv": "UKR", "warsawa": "POL", "athena": "GRC", "havana": "CUB",
    "caracas": "VEN", "pretoria": "ZAF", "nairobi": "KEN", "abu dhabi": "ARE", "manama": "BHR",
    "muscat": "OMN", "sanaa": "YEM", "amman": "JOR", "beirut": "LBN", "khartoum": "SDN", "jakarta": "IDN",
    "dili": "TLS", "vientiane": "LAO", "phnom penh": "KHM", "bandar seri begawan": "BRN", "taipei": "TWN",
    "tel aviv": "ISR", "kathmandu": "NPL", "colombo": "LKA", "ramallah": "PSE", "wina": "AUT",
    "ulan bator": "MNG", "ulaanbaatar": "MNG", "tripoli": "LBY", "kuwait city": "KWT",
}
# Indonesian regional offices, named by their place ("Polda Bali") -> the sector they act in.
REGIONAL_OFFICES: dict[str, str] = {
    "polda": "COP", "polres": "COP", "polresta": "COP", "polrestabes": "COP", "polsek": "COP", "bnnp": "COP",
    "kejati": "JUD", "kejari": "JUD", "kejaksaan": "JUD", "pengadilan": "JUD", "pemprov": "GOV", "pemkot": "GOV", "pemkab": "GOV",
    "bpbd": "GOV", "dprd": "LEG", "kodam": "MIL", "korem": "MIL", "kodim": "MIL", "lanud": "MIL",
    "lantamal": "MIL",
}
# The word of origin ("warga asal Jerman", "pria asal Bandung"): a place follows.
ORIGIN_WORDS = frozenset({"asal"})
# Administrative divisions, province down to village ("Kecamatan Nisam", "Desa Alue Papeun").
DIVISIONS = frozenset({"provinsi", "kabupaten", "kota", "kecamatan", "kelurahan", "desa", "dusun", "kampung",
                       "distrik", "nagari"})
# Short forms of the divisions ("Kab. Garut", "Kec. Nisam").
DIVISION_ABBREVIATIONS = {"kab": "kabupaten", "kec": "kecamatan", "kel": "kelurahan", "prov": "provinsi"}
# Words that say a name is a country's ("negara Jepang", "negeri Sakura").
COUNTRY_NOUNS = frozenset({"negara", "negeri"})
# The gazetteer kind a division or country word asks for -> kind (written with or without its full stop).
DIVISION_KINDS = {
    **{w: k for w, k in (("kabupaten", "adm2"), ("kota", "adm2"), ("provinsi", "adm1"), ("kecamatan", "adm3"))},
    **{f"{a}{dot}": k for a, k in (("kab", "adm2"), ("prov", "adm1"), ("kec", "adm3")) for dot in ("", ".")},
    **{w: "country" for w in COUNTRY_NOUNS},
}
# Nouns for an area around or in a place ("di kawasan Jagakarsa", "wilayah Aceh", "negara Jepang").
AREA_NOUNS = frozenset({"kawasan", "wilayah", "daerah", "sekitar", "seputar"}) | COUNTRY_NOUNS
# Heads of an area named by a place ("wilayah Aceh", "perairan Natuna"): no gazetteer place of its own.
AREA_HEADS = ("wilayah", "kawasan", "perairan")
# Heads of the names of nature: mountains, waters, coasts, islands, forests.
NATURE_HEADS = ("gunung", "pegunungan", "sungai", "kali", "danau", "laut", "selat", "teluk", "samudra", "samudera",
                "pantai", "pulau", "kepulauan", "semenanjung", "tanjung", "hutan")
# Heads of street names ("Jalan Sudirman", "Jl. Thamrin").
STREET_HEADS = ("jalan", "jl")
# World regions that are no country ("Timur Tengah", "Amerika Latin").
REGIONS = ("asia", "eropa", "afrika", "timur tengah", "amerika latin")
# Heads of the names of places of worship, monuments and parks.
LANDMARK_HEADS = ("gereja", "pura", "candi", "taman")
# Heads of the names of sites and buildings ("Bandara Soekarno-Hatta", "Rumah Sakit Fatmawati").
SITE_HEADS = ("bandara", "bandar udara", "pelabuhan", "stasiun", "terminal", "pasar", "masjid", "gedung", "istana",
              "stadion", "hotel", "rumah sakit", "rs", "kampus", "lapas", "rutan", "kantor", "wisma")
# Countries, regions, provinces and big cities, and the compass words of their names, as they stand in
# a speaker's title ("Menteri Luar Negeri AS", "Gubernur Jawa Barat").
PLACE_WORDS = frozenset(
    """as ri rusia korut korsel korea utara selatan china tiongkok jepang indonesia amerika serikat inggris
    ukraina iran israel palestina prancis perancis jerman india australia malaysia singapura filipina
    thailand vietnam myanmar arab saudi turki mesir eropa asia afrika washington kanada brasil
    meksiko jawa barat tengah timur sumatera kalimantan sulawesi papua bali ntt ntb dki aceh riau jambi
    bengkulu lampung banten yogyakarta diy maluku gorontalo surabaya bandung medan semarang makassar""".split()
)
