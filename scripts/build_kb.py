"""Build the entity knowledge base shipped in `warta/resources/kb/kb.jsonl`.

Sources (each entry records which one it came from, in its `source` field):
- `pycountry`: ISO 3166-1 countries (alpha-3 ids, English names) with the
  Indonesian names of pycountry's bundled iso-codes translations, and the
  ISO 3166-2:ID provinces (Indonesian names, codes such as ID-JB);
- `warta`: the hand-written tables below (Indonesian short forms, capitals used
  as metonyms, seats of government, state institutions, international
  organisations, media, major cities, regions), written for this project from
  general knowledge of Indonesian news usage; no third-party list was copied.

Run: `python scripts/build_kb.py` (deterministic; rewrites the file).
"""

from __future__ import annotations

import gettext
import json
import re
import unicodedata
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "warta" / "resources" / "kb" / "kb.jsonl"

# Display name (Indonesian news usage) and extra aliases per country, beyond pycountry's.
COUNTRY_NAMES: dict[str, tuple[str, list[str]]] = {
    "USA": ("Amerika Serikat", ["AS", "Amerika", "USA", "United States", "Paman Sam"]),
    "PRK": ("Korea Utara", ["Korut", "North Korea", "DPRK", "Republik Demokratik Rakyat Korea"]),
    "KOR": ("Korea Selatan", ["Korsel", "South Korea", "Republik Korea"]),
    "CHN": ("Tiongkok", ["China", "Cina", "RRT", "RRC", "Republik Rakyat China", "Republik Rakyat Cina"]),
    "RUS": ("Rusia", ["Russia", "Federasi Rusia"]),
    "GBR": ("Inggris", ["Britania Raya", "Britania", "UK", "United Kingdom", "Kerajaan Inggris"]),
    "IDN": ("Indonesia", ["RI", "NKRI", "Republik Indonesia", "Tanah Air"]),
    "TWN": ("Taiwan", []),
    "TLS": ("Timor Leste", ["Timor Timur", "Timor-Leste", "Timtim"]),
    "PSE": ("Palestina", ["Negara Palestina", "Palestine"]),
    "SYR": ("Suriah", ["Syria", "Syiria"]),
    "IRN": ("Iran", []),
    "FRA": ("Prancis", ["Perancis", "France"]),
    "DEU": ("Jerman", ["Germany"]),
    "NLD": ("Belanda", ["Netherlands"]),
    "JPN": ("Jepang", ["Japan"]),
    "SAU": ("Arab Saudi", ["Saudi", "Saudi Arabia"]),
    "ARE": ("Uni Emirat Arab", ["UEA", "UAE"]),
    "PHL": ("Filipina", ["Philippines"]),
    "SGP": ("Singapura", ["Singapore"]),
    "MYS": ("Malaysia", ["Negeri Jiran"]),
    "THA": ("Thailand", []),
    "VNM": ("Vietnam", ["Viet Nam"]),
    "MMR": ("Myanmar", ["Burma"]),
    "KHM": ("Kamboja", ["Cambodia"]),
    "LAO": ("Laos", []),
    "BRN": ("Brunei", ["Brunei Darussalam"]),
    "AUS": ("Australia", ["Negeri Kanguru"]),
    "NZL": ("Selandia Baru", ["New Zealand"]),
    "UKR": ("Ukraina", ["Ukraine"]),
    "BLR": ("Belarus", ["Belarusia"]),
    "IND": ("India", []),
    "PAK": ("Pakistan", []),
    "AFG": ("Afghanistan", ["Afganistan"]),
    "IRQ": ("Irak", ["Iraq"]),
    "TUR": ("Turki", ["Turkiye", "Türkiye", "Turkey"]),
    "EGY": ("Mesir", ["Egypt"]),
    "ISR": ("Israel", []),
    "JOR": ("Yordania", []),
    "LBN": ("Lebanon", ["Libanon"]),
    "YEM": ("Yaman", ["Yemen"]),
    "QAT": ("Qatar", []),
    "KWT": ("Kuwait", []),
    "CAN": ("Kanada", ["Canada"]),
    "MEX": ("Meksiko", ["Mexico"]),
    "BRA": ("Brasil", ["Brazil"]),
    "ZAF": ("Afrika Selatan", ["Afsel", "South Africa"]),
    "PNG": ("Papua Nugini", ["PNG", "Papua New Guinea"]),
    "VAT": ("Vatikan", ["Takhta Suci", "Vatican"]),
    "CZE": ("Ceko", ["Republik Ceko"]),
    "POL": ("Polandia", ["Poland"]),
    "ITA": ("Italia", ["Italy"]),
    "ESP": ("Spanyol", ["Spain"]),
    "VEN": ("Venezuela", []),
    "BOL": ("Bolivia", []),
    "MDA": ("Moldova", []),
    "TZA": ("Tanzania", []),
    "HKG": ("Hong Kong", ["Hongkong"]),
}

# Aliases too ambiguous in Indonesian text (person names, common words, US states).
AMBIGUOUS = {"Jordan", "Chad", "Georgia", "Jersey", "Man", "Guinea", "Niger", "Dominika", "Congo",
             "Mali", "Papua"}

# Foreign capitals and seats used in news as metonyms for their country (same id).
CAPITALS: dict[str, list[str]] = {
    "USA": ["Washington", "Washington DC", "Washington D.C."],
    "RUS": ["Moskow", "Moscow", "Moskwa"],
    "PRK": ["Pyongyang"],
    "KOR": ["Seoul"],
    "CHN": ["Beijing", "Peking"],
    "JPN": ["Tokyo"],
    "GBR": ["London"],
    "FRA": ["Paris"],
    "DEU": ["Berlin"],
    "UKR": ["Kiev", "Kyiv", "Kiyv"],
    "IRN": ["Teheran", "Tehran"],
    "AUS": ["Canberra"],
    "MYS": ["Kuala Lumpur", "Putrajaya"],
    "PHL": ["Manila"],
    "THA": ["Bangkok"],
    "VNM": ["Hanoi"],
    "MMR": ["Naypyidaw", "Naypyitaw"],
    "KHM": ["Phnom Penh"],
    "LAO": ["Vientiane"],
    "TLS": ["Dili"],
    "IND": ["New Delhi"],
    "PAK": ["Islamabad"],
    "AFG": ["Kabul"],
    "SYR": ["Damaskus", "Damascus"],
    "IRQ": ["Baghdad"],
    "TUR": ["Ankara"],
    "EGY": ["Kairo", "Cairo"],
    "SAU": ["Riyadh"],
    "CAN": ["Ottawa"],
    "TWN": ["Taipei"],
    "BLR": ["Minsk"],
    "POL": ["Warsawa", "Warsaw"],
    "QAT": ["Doha"],
    "ARE": ["Abu Dhabi"],
    "JOR": ["Amman"],
    "LBN": ["Beirut"],
    "NZL": ["Wellington"],
    "PNG": ["Port Moresby"],
    "ISR": ["Tel Aviv"],
    "BRN": ["Bandar Seri Begawan"],
}

# (id, type, name, country, sector, aliases)
Row = tuple[str, str, str, str | None, str | None, list[str]]

SEATS: list[Row] = [
    ("org:gedung-putih", "ORG", "Gedung Putih", "USA", "GOV", ["White House"]),
    ("org:kremlin", "ORG", "Kremlin", "RUS", "GOV", []),
    ("org:istana", "ORG", "Istana Kepresidenan", "IDN", "GOV",
     ["Istana", "Istana Negara", "Istana Merdeka", "Istana Bogor", "Istana Presiden"]),
    ("org:pentagon", "ORG", "Pentagon", "USA", "MIL", ["Departemen Pertahanan AS", "Dephan AS"]),
    ("org:downing-street", "ORG", "Downing Street", "GBR", "GOV", []),
    ("org:elysee", "ORG", "Istana Elysee", "FRA", "GOV", ["Elysee"]),
    ("org:deplu-as", "ORG", "Departemen Luar Negeri AS", "USA", "GOV",
     ["Deplu AS", "Departemen Luar Negeri Amerika Serikat", "State Department", "Kemenlu AS"]),
    ("org:nsc-as", "ORG", "Dewan Keamanan Nasional AS", "USA", "GOV",
     ["Dewan Keamanan Nasional Amerika Serikat", "National Security Council"]),
    ("org:kongres-as", "ORG", "Kongres AS", "USA", "LEG", ["Kongres Amerika Serikat", "Capitol Hill"]),
    ("org:senat-as", "ORG", "Senat AS", "USA", "LEG", ["Senat Amerika Serikat"]),
    ("org:cia", "ORG", "CIA", "USA", "SPY", []),
    ("org:fbi", "ORG", "FBI", "USA", "COP", []),
    ("org:hamas", "ORG", "Hamas", "PSE", "REB", []),
    ("org:hizbullah", "ORG", "Hizbullah", "LBN", "REB", ["Hezbollah"]),
    ("org:taliban", "ORG", "Taliban", "AFG", "REB", []),
]

INDONESIA: list[Row] = [
    ("org:dpr", "ORG", "Dewan Perwakilan Rakyat", "IDN", "LEG", ["DPR", "DPR RI", "Senayan"]),
    ("org:mpr", "ORG", "Majelis Permusyawaratan Rakyat", "IDN", "LEG", ["MPR", "MPR RI"]),
    ("org:dpd", "ORG", "Dewan Perwakilan Daerah", "IDN", "LEG", ["DPD", "DPD RI"]),
    ("org:kpk", "ORG", "Komisi Pemberantasan Korupsi", "IDN", "GOV", ["KPK"]),
    ("org:tni", "ORG", "Tentara Nasional Indonesia", "IDN", "MIL", ["TNI"]),
    ("org:tni-ad", "ORG", "TNI Angkatan Darat", "IDN", "MIL", ["TNI AD"]),
    ("org:tni-al", "ORG", "TNI Angkatan Laut", "IDN", "MIL", ["TNI AL"]),
    ("org:tni-au", "ORG", "TNI Angkatan Udara", "IDN", "MIL", ["TNI AU"]),
    ("org:polri", "ORG", "Kepolisian Negara Republik Indonesia", "IDN", "COP",
     ["Polri", "Kepolisian RI", "Mabes Polri", "Kepolisian Republik Indonesia"]),
    ("org:densus-88", "ORG", "Densus 88", "IDN", "COP", ["Densus 88 Antiteror"]),
    ("org:bareskrim", "ORG", "Badan Reserse Kriminal Polri", "IDN", "COP", ["Bareskrim", "Bareskrim Polri"]),
    ("org:brimob", "ORG", "Korps Brimob Polri", "IDN", "COP", ["Brimob", "Korps Brimob"]),
    ("org:polda-metro-jaya", "ORG", "Polda Metro Jaya", "IDN", "COP", []),
    ("org:satpol-pp", "ORG", "Satuan Polisi Pamong Praja", "IDN", "COP", ["Satpol PP"]),
    ("org:kostrad", "ORG", "Komando Cadangan Strategis Angkatan Darat", "IDN", "MIL", ["Kostrad"]),
    ("org:kopassus", "ORG", "Komando Pasukan Khusus", "IDN", "MIL", ["Kopassus"]),
    ("org:ombudsman", "ORG", "Ombudsman Republik Indonesia", "IDN", "GOV", ["Ombudsman RI", "Ombudsman"]),
    ("org:ppatk", "ORG", "Pusat Pelaporan dan Analisis Transaksi Keuangan", "IDN", "GOV", ["PPATK"]),
    ("org:mkd", "ORG", "Mahkamah Kehormatan Dewan", "IDN", "LEG", ["MKD", "MKD DPR"]),
    ("org:pengadilan-tipikor", "ORG", "Pengadilan Tindak Pidana Korupsi", "IDN", "JUD",
     ["Pengadilan Tipikor", "Pengadilan Tipikor Jakarta"]),
    ("org:bi", "ORG", "Bank Indonesia", "IDN", "GOV", ["BI"]),
    ("org:mk", "ORG", "Mahkamah Konstitusi", "IDN", "JUD", ["MK"]),
    ("org:ma", "ORG", "Mahkamah Agung", "IDN", "JUD", ["MA"]),
    ("org:ky", "ORG", "Komisi Yudisial", "IDN", "JUD", ["KY"]),
    ("org:kejagung", "ORG", "Kejaksaan Agung", "IDN", "JUD", ["Kejagung", "Kejaksaan Agung RI"]),
    ("org:bpk", "ORG", "Badan Pemeriksa Keuangan", "IDN", "GOV", ["BPK"]),
    ("org:bin", "ORG", "Badan Intelijen Negara", "IDN", "SPY", ["BIN"]),
    ("org:bnpb", "ORG", "Badan Nasional Penanggulangan Bencana", "IDN", "GOV", ["BNPB"]),
    ("org:bmkg", "ORG", "Badan Meteorologi, Klimatologi, dan Geofisika", "IDN", "GOV", ["BMKG"]),
    ("org:bps", "ORG", "Badan Pusat Statistik", "IDN", "GOV", ["BPS"]),
    ("org:ojk", "ORG", "Otoritas Jasa Keuangan", "IDN", "GOV", ["OJK"]),
    ("org:kpu", "ORG", "Komisi Pemilihan Umum", "IDN", "GOV", ["KPU"]),
    ("org:bawaslu", "ORG", "Badan Pengawas Pemilihan Umum", "IDN", "GOV", ["Bawaslu"]),
    ("org:komnas-ham", "ORG", "Komisi Nasional Hak Asasi Manusia", "IDN", "GOV", ["Komnas HAM"]),
    ("org:bnn", "ORG", "Badan Narkotika Nasional", "IDN", "COP", ["BNN"]),
    ("org:bnpt", "ORG", "Badan Nasional Penanggulangan Terorisme", "IDN", "GOV", ["BNPT"]),
    ("org:basarnas", "ORG", "Badan SAR Nasional", "IDN", "GOV", ["Basarnas"]),
    ("org:bakamla", "ORG", "Badan Keamanan Laut", "IDN", "MIL", ["Bakamla"]),
    ("org:bpom", "ORG", "Badan Pengawas Obat dan Makanan", "IDN", "GOV", ["BPOM"]),
    ("org:bappenas", "ORG", "Kementerian PPN/Bappenas", "IDN", "GOV", ["Bappenas"]),
    ("org:ksp", "ORG", "Kantor Staf Presiden", "IDN", "GOV", ["KSP"]),
    ("org:pertamina", "ORG", "Pertamina", "IDN", "BUS", ["PT Pertamina"]),
    ("org:pln", "ORG", "Perusahaan Listrik Negara", "IDN", "BUS", ["PLN", "PT PLN"]),
    ("org:mui", "ORG", "Majelis Ulama Indonesia", "IDN", "REL", ["MUI"]),
    ("org:nu", "ORG", "Nahdlatul Ulama", "IDN", "REL", ["NU", "PBNU"]),
    ("org:muhammadiyah", "ORG", "Muhammadiyah", "IDN", "REL", ["PP Muhammadiyah"]),
    ("org:pdip", "ORG", "PDI Perjuangan", "IDN", "PTY", ["PDIP", "PDI-P", "Partai Demokrasi Indonesia Perjuangan"]),
    ("org:golkar", "ORG", "Partai Golkar", "IDN", "PTY", ["Golkar"]),
    ("org:gerindra", "ORG", "Partai Gerindra", "IDN", "PTY", ["Gerindra"]),
    ("org:pkb", "ORG", "Partai Kebangkitan Bangsa", "IDN", "PTY", ["PKB"]),
    ("org:nasdem", "ORG", "Partai NasDem", "IDN", "PTY", ["NasDem", "Nasdem"]),
    ("org:pks", "ORG", "Partai Keadilan Sejahtera", "IDN", "PTY", ["PKS"]),
    ("org:demokrat", "ORG", "Partai Demokrat", "IDN", "PTY", []),
    ("org:pan", "ORG", "Partai Amanat Nasional", "IDN", "PTY", ["PAN"]),
    ("org:ppp", "ORG", "Partai Persatuan Pembangunan", "IDN", "PTY", ["PPP"]),
    ("org:psi", "ORG", "Partai Solidaritas Indonesia", "IDN", "PTY", ["PSI"]),
    ("org:perindo", "ORG", "Partai Perindo", "IDN", "PTY", ["Perindo"]),
    ("org:hanura", "ORG", "Partai Hanura", "IDN", "PTY", ["Hanura"]),
]

# Ministries: (slug, full name after "Kementerian", short forms, sector).
MINISTRIES: list[tuple[str, str, list[str], str]] = [
    ("kemenlu", "Luar Negeri", ["Kemenlu", "Kemlu", "Kemenlu RI", "Deplu"], "GOV"),
    ("kemhan", "Pertahanan", ["Kemhan", "Kemenhan", "Dephan"], "MIL"),
    ("kemenkeu", "Keuangan", ["Kemenkeu"], "GOV"),
    ("kemendagri", "Dalam Negeri", ["Kemendagri", "Kemdagri"], "GOV"),
    ("kemenkumham", "Hukum dan HAM", ["Kemenkumham", "Kementerian Hukum dan Hak Asasi Manusia"], "GOV"),
    ("kemenag", "Agama", ["Kemenag"], "GOV"),
    ("kemendikbudristek", "Pendidikan, Kebudayaan, Riset, dan Teknologi",
     ["Kemendikbudristek", "Kemendikbud", "Kementerian Pendidikan dan Kebudayaan"], "GOV"),
    ("kemenkes", "Kesehatan", ["Kemenkes"], "GOV"),
    ("kemendag", "Perdagangan", ["Kemendag"], "GOV"),
    ("kemenperin", "Perindustrian", ["Kemenperin"], "GOV"),
    ("kementan", "Pertanian", ["Kementan"], "GOV"),
    ("kemenhub", "Perhubungan", ["Kemenhub"], "GOV"),
    ("kementerian-bumn", "Badan Usaha Milik Negara", ["Kementerian BUMN"], "GOV"),
    ("kementerian-esdm", "Energi dan Sumber Daya Mineral", ["Kementerian ESDM"], "GOV"),
    ("kementerian-pupr", "Pekerjaan Umum dan Perumahan Rakyat", ["Kementerian PUPR", "Kemen PUPR"], "GOV"),
    ("kemensos", "Sosial", ["Kemensos"], "GOV"),
    ("kemnaker", "Ketenagakerjaan", ["Kemnaker", "Kemenaker"], "GOV"),
    ("kemenkominfo", "Komunikasi dan Informatika", ["Kemenkominfo", "Kominfo"], "GOV"),
    ("kemenkop-ukm", "Koperasi dan Usaha Kecil dan Menengah", ["Kemenkop UKM", "KemenkopUKM"], "GOV"),
    ("kemenparekraf", "Pariwisata dan Ekonomi Kreatif", ["Kemenparekraf"], "GOV"),
    ("klhk", "Lingkungan Hidup dan Kehutanan", ["KLHK"], "GOV"),
    ("kkp", "Kelautan dan Perikanan", ["KKP"], "GOV"),
    ("kementerian-atr-bpn", "Agraria dan Tata Ruang", ["Kementerian ATR/BPN"], "GOV"),
    ("kemendes-pdtt", "Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi", ["Kemendes PDTT", "Kemendes"], "GOV"),
    ("kemensetneg", "Sekretariat Negara", ["Kemensetneg", "Setneg"], "GOV"),
    ("kemenpan-rb", "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", ["KemenPAN-RB", "Kemenpan RB"], "GOV"),
    ("kemenpora", "Pemuda dan Olahraga", ["Kemenpora"], "GOV"),
    ("kemenpppa", "Pemberdayaan Perempuan dan Perlindungan Anak", ["KemenPPPA", "Kemen PPPA"], "GOV"),
    ("kementerian-investasi", "Investasi", ["Kementerian Investasi/BKPM", "BKPM"], "GOV"),
    ("kemenko-polhukam", "Koordinator Bidang Politik, Hukum, dan Keamanan", ["Kemenko Polhukam"], "GOV"),
    ("kemenko-perekonomian", "Koordinator Bidang Perekonomian", ["Kemenko Perekonomian"], "GOV"),
    ("kemenko-pmk", "Koordinator Bidang Pembangunan Manusia dan Kebudayaan", ["Kemenko PMK"], "GOV"),
    ("kemenko-marves", "Koordinator Bidang Kemaritiman dan Investasi", ["Kemenko Marves"], "GOV"),
]

INTERNATIONAL: list[Row] = [
    ("org:pbb", "ORG", "Perserikatan Bangsa-Bangsa", None, "IGO", ["PBB", "United Nations"]),  # "UN": the national exam
    ("org:dk-pbb", "ORG", "Dewan Keamanan PBB", None, "IGO", ["DK PBB", "Dewan Keamanan Perserikatan Bangsa-Bangsa"]),
    ("org:majelis-umum-pbb", "ORG", "Majelis Umum PBB", None, "IGO", ["Sidang Majelis Umum PBB"]),
    ("org:nato", "ORG", "NATO", None, "IGO", ["Pakta Pertahanan Atlantik Utara"]),
    ("org:asean", "ORG", "ASEAN", None, "IGO", ["Perhimpunan Bangsa-Bangsa Asia Tenggara"]),
    ("org:ue", "ORG", "Uni Eropa", None, "IGO", ["UE", "EU", "European Union"]),
    ("org:who", "ORG", "Organisasi Kesehatan Dunia", None, "IGO", ["WHO", "World Health Organization"]),
    ("org:imf", "ORG", "Dana Moneter Internasional", None, "IGO", ["IMF"]),
    ("org:bank-dunia", "ORG", "Bank Dunia", None, "IGO", ["World Bank"]),
    ("org:wto", "ORG", "Organisasi Perdagangan Dunia", None, "IGO", ["WTO"]),
    ("org:oki", "ORG", "Organisasi Kerja Sama Islam", None, "IGO", ["OKI", "OIC"]),
    ("org:g20", "ORG", "G20", None, "IGO", ["G-20", "Kelompok 20"]),
    ("org:g7", "ORG", "G7", None, "IGO", ["G-7"]),
    ("org:apec", "ORG", "APEC", None, "IGO", []),
    ("org:brics", "ORG", "BRICS", None, "IGO", []),
    ("org:unesco", "ORG", "UNESCO", None, "IGO", []),
    ("org:unicef", "ORG", "UNICEF", None, "IGO", []),
    ("org:unhcr", "ORG", "UNHCR", None, "IGO", ["Badan Pengungsi PBB"]),
    ("org:iaea", "ORG", "Badan Energi Atom Internasional", None, "IGO", ["IAEA"]),
    ("org:opec", "ORG", "OPEC", None, "IGO", []),
    ("org:icc", "ORG", "Mahkamah Pidana Internasional", None, "IGO", ["ICC"]),
    ("org:icj", "ORG", "Mahkamah Internasional", None, "IGO", ["ICJ"]),
    ("org:icrc", "ORG", "Komite Internasional Palang Merah", None, "NGO", ["ICRC", "Palang Merah Internasional"]),
    ("org:interpol", "ORG", "Interpol", None, "IGO", []),
    ("org:uni-afrika", "ORG", "Uni Afrika", None, "IGO", ["African Union"]),
    ("org:liga-arab", "ORG", "Liga Arab", None, "IGO", []),
    ("org:adb", "ORG", "Bank Pembangunan Asia", None, "IGO", ["ADB"]),
    ("org:fifa", "ORG", "FIFA", None, "NGO", []),
    ("org:amnesty", "ORG", "Amnesty International", None, "NGO", []),
    ("org:hrw", "ORG", "Human Rights Watch", None, "NGO", ["HRW"]),
]

MEDIA: list[Row] = [
    ("org:reuters", "ORG", "Reuters", "GBR", "JRN", []),
    ("org:ap", "ORG", "Associated Press", "USA", "JRN", ["AP"]),
    ("org:afp", "ORG", "AFP", "FRA", "JRN", ["Agence France-Presse"]),
    # "Antara" alone is also the word "between": only unambiguous forms match in text.
    ("org:antara", "ORG", "Kantor Berita Antara", "IDN", "JRN", ["LKBN Antara", "ANTARA", "Antara News", "AntaraNews"]),
    ("org:bbc", "ORG", "BBC", "GBR", "JRN", ["BBC News"]),
    ("org:cnn", "ORG", "CNN", "USA", "JRN", []),
    ("org:cnn-indonesia", "ORG", "CNN Indonesia", "IDN", "JRN", []),
    ("org:al-jazeera", "ORG", "Al Jazeera", "QAT", "JRN", ["Aljazeera"]),
    ("org:nyt", "ORG", "New York Times", "USA", "JRN", ["The New York Times", "NYT"]),
    ("org:washington-post", "ORG", "Washington Post", "USA", "JRN", ["The Washington Post"]),
    ("org:wsj", "ORG", "Wall Street Journal", "USA", "JRN", ["The Wall Street Journal", "WSJ"]),
    ("org:bloomberg", "ORG", "Bloomberg", "USA", "JRN", []),
    ("org:cbs", "ORG", "CBS", "USA", "JRN", ["CBS News"]),
    ("org:nbc", "ORG", "NBC", "USA", "JRN", ["NBC News"]),
    ("org:fox-news", "ORG", "Fox News", "USA", "JRN", []),
    ("org:guardian", "ORG", "The Guardian", "GBR", "JRN", ["Guardian"]),
    ("org:financial-times", "ORG", "Financial Times", "GBR", "JRN", []),
    ("org:xinhua", "ORG", "Xinhua", "CHN", "JRN", []),
    ("org:global-times", "ORG", "Global Times", "CHN", "JRN", []),
    ("org:yonhap", "ORG", "Yonhap", "KOR", "JRN", []),
    ("org:kyodo", "ORG", "Kyodo", "JPN", "JRN", ["Kyodo News"]),
    ("org:kcna", "ORG", "KCNA", "PRK", "JRN", ["Kantor Berita Pusat Korea"]),
    ("org:tass", "ORG", "TASS", "RUS", "JRN", []),
    ("org:ria-novosti", "ORG", "RIA Novosti", "RUS", "JRN", []),
    ("org:anadolu", "ORG", "Anadolu", "TUR", "JRN", ["Anadolu Agency"]),
    ("org:scmp", "ORG", "South China Morning Post", "HKG", "JRN", ["SCMP"]),
    ("org:straits-times", "ORG", "The Straits Times", "SGP", "JRN", ["Straits Times"]),
    ("org:kompas", "ORG", "Kompas", "IDN", "JRN", ["Kompas.com", "Harian Kompas"]),
    ("org:tempo", "ORG", "Tempo", "IDN", "JRN", ["Tempo.co", "Majalah Tempo"]),
    ("org:republika", "ORG", "Republika", "IDN", "JRN", ["Republika.co.id"]),
    ("org:detik", "ORG", "Detik", "IDN", "JRN", ["detikcom", "Detik.com", "detikNews"]),
    ("org:kumparan", "ORG", "kumparan", "IDN", "JRN", ["Kumparan"]),
    ("org:liputan6", "ORG", "Liputan6", "IDN", "JRN", ["Liputan6.com"]),
    ("org:jakarta-post", "ORG", "The Jakarta Post", "IDN", "JRN", ["Jakarta Post"]),
    ("org:tvri", "ORG", "TVRI", "IDN", "JRN", []),
    ("org:rri", "ORG", "RRI", "IDN", "JRN", []),
]

# Companies, football clubs and universities often named in Indonesian news (general knowledge).
COMPANIES: list[Row] = [
    ("org:telkom", "ORG", "Telkom Indonesia", "IDN", "BUS", ["PT Telkom", "Telkom"]),
    ("org:garuda-indonesia", "ORG", "Garuda Indonesia", "IDN", "BUS", ["PT Garuda Indonesia"]),
    ("org:bank-mandiri", "ORG", "Bank Mandiri", "IDN", "BUS", []),
    ("org:bri", "ORG", "Bank Rakyat Indonesia", "IDN", "BUS", ["BRI", "Bank BRI"]),
    ("org:bni", "ORG", "Bank Negara Indonesia", "IDN", "BUS", ["BNI", "Bank BNI"]),
    ("org:bca", "ORG", "Bank Central Asia", "IDN", "BUS", ["BCA", "Bank BCA"]),
    ("org:btn", "ORG", "Bank Tabungan Negara", "IDN", "BUS", ["BTN", "Bank BTN"]),
    ("org:kai", "ORG", "Kereta Api Indonesia", "IDN", "BUS", ["PT KAI", "PT Kereta Api Indonesia"]),
    ("org:jasa-marga", "ORG", "Jasa Marga", "IDN", "BUS", ["PT Jasa Marga"]),
    ("org:pelindo", "ORG", "Pelindo", "IDN", "BUS", ["PT Pelindo"]),
    ("org:bulog", "ORG", "Perum Bulog", "IDN", "BUS", ["Bulog"]),
    ("org:antam", "ORG", "Aneka Tambang", "IDN", "BUS", ["Antam", "PT Antam"]),
    ("org:krakatau-steel", "ORG", "Krakatau Steel", "IDN", "BUS", ["PT Krakatau Steel"]),
    ("org:semen-indonesia", "ORG", "Semen Indonesia", "IDN", "BUS", ["PT Semen Indonesia"]),
    ("org:pindad", "ORG", "Pindad", "IDN", "BUS", ["PT Pindad"]),
    ("org:pt-pal", "ORG", "PT PAL Indonesia", "IDN", "BUS", ["PT PAL"]),
    ("org:pt-di", "ORG", "PT Dirgantara Indonesia", "IDN", "BUS", ["PTDI"]),
    ("org:freeport-indonesia", "ORG", "Freeport Indonesia", "IDN", "BUS", ["PT Freeport Indonesia", "PTFI"]),
    ("org:indosat", "ORG", "Indosat Ooredoo", "IDN", "BUS", ["Indosat"]),
    ("org:xl-axiata", "ORG", "XL Axiata", "IDN", "BUS", []),
    ("org:astra", "ORG", "Astra International", "IDN", "BUS", ["PT Astra International"]),
    ("org:indofood", "ORG", "Indofood", "IDN", "BUS", ["PT Indofood Sukses Makmur"]),
    ("org:lion-air", "ORG", "Lion Air", "IDN", "BUS", []),
    ("org:gojek", "ORG", "Gojek", "IDN", "BUS", ["Go-Jek", "GoJek"]),
    ("org:tokopedia", "ORG", "Tokopedia", "IDN", "BUS", []),
    ("org:bukalapak", "ORG", "Bukalapak", "IDN", "BUS", []),
    ("org:traveloka", "ORG", "Traveloka", "IDN", "BUS", []),
    ("org:grab", "ORG", "Grab", "SGP", "BUS", []),
    ("org:google", "ORG", "Google", "USA", "BUS", []),
    ("org:facebook", "ORG", "Facebook", "USA", "BUS", []),
    ("org:twitter", "ORG", "Twitter", "USA", "BUS", []),
    ("org:apple", "ORG", "Apple", "USA", "BUS", []),
    ("org:microsoft", "ORG", "Microsoft", "USA", "BUS", []),
    ("org:uber", "ORG", "Uber", "USA", "BUS", []),
    ("org:netflix", "ORG", "Netflix", "USA", "BUS", []),
    ("org:boeing", "ORG", "Boeing", "USA", "BUS", []),
    ("org:samsung", "ORG", "Samsung", "KOR", "BUS", []),
    ("org:huawei", "ORG", "Huawei", "CHN", "BUS", []),
    ("org:alibaba", "ORG", "Alibaba", "CHN", "BUS", ["Alibaba Group"]),
    ("org:toyota", "ORG", "Toyota", "JPN", "BUS", []),
    ("org:airbus", "ORG", "Airbus", None, "BUS", []),
]
CLUBS: list[Row] = [
    ("org:persib", "ORG", "Persib Bandung", "IDN", None, ["Persib"]),
    ("org:persija", "ORG", "Persija Jakarta", "IDN", None, ["Persija"]),
    ("org:arema", "ORG", "Arema FC", "IDN", None, ["Arema"]),
    ("org:persebaya", "ORG", "Persebaya Surabaya", "IDN", None, ["Persebaya"]),
    ("org:psm", "ORG", "PSM Makassar", "IDN", None, []),
    ("org:bali-united", "ORG", "Bali United", "IDN", None, []),
    ("org:madura-united", "ORG", "Madura United", "IDN", None, []),
    ("org:persipura", "ORG", "Persipura Jayapura", "IDN", None, ["Persipura"]),
    ("org:sriwijaya-fc", "ORG", "Sriwijaya FC", "IDN", None, []),
    ("org:bhayangkara-fc", "ORG", "Bhayangkara FC", "IDN", None, []),
    ("org:borneo-fc", "ORG", "Borneo FC", "IDN", None, []),
    ("org:barito-putera", "ORG", "Barito Putera", "IDN", None, []),
    ("org:psis", "ORG", "PSIS Semarang", "IDN", None, ["PSIS"]),
    ("org:persela", "ORG", "Persela Lamongan", "IDN", None, ["Persela"]),
    ("org:psms", "ORG", "PSMS Medan", "IDN", None, ["PSMS"]),
    ("org:pss-sleman", "ORG", "PSS Sleman", "IDN", None, []),
    ("org:semen-padang-fc", "ORG", "Semen Padang FC", "IDN", None, []),
    ("org:mitra-kukar", "ORG", "Mitra Kukar", "IDN", None, []),
    ("org:pssi", "ORG", "Persatuan Sepak Bola Seluruh Indonesia", "IDN", None, ["PSSI"]),
    ("org:manchester-united", "ORG", "Manchester United", "GBR", None, ["Man United", "MU"]),
    ("org:manchester-city", "ORG", "Manchester City", "GBR", None, ["Man City"]),
    ("org:liverpool-fc", "ORG", "Liverpool FC", "GBR", None, []),
    ("org:chelsea-fc", "ORG", "Chelsea FC", "GBR", None, []),
    ("org:arsenal", "ORG", "Arsenal", "GBR", None, []),
    ("org:tottenham", "ORG", "Tottenham Hotspur", "GBR", None, ["Tottenham"]),
    ("org:real-madrid", "ORG", "Real Madrid", "ESP", None, []),
    ("org:fc-barcelona", "ORG", "FC Barcelona", "ESP", None, ["Barca"]),
    ("org:atletico-madrid", "ORG", "Atletico Madrid", "ESP", None, []),
    ("org:juventus", "ORG", "Juventus", "ITA", None, []),
    ("org:ac-milan", "ORG", "AC Milan", "ITA", None, []),
    ("org:inter-milan", "ORG", "Inter Milan", "ITA", None, ["Inter Milano"]),
    ("org:as-roma", "ORG", "AS Roma", "ITA", None, []),
    ("org:napoli", "ORG", "Napoli", "ITA", None, []),
    ("org:bayern-muenchen", "ORG", "Bayern Muenchen", "DEU", None, ["Bayern Munich", "Bayern Munchen"]),
    ("org:borussia-dortmund", "ORG", "Borussia Dortmund", "DEU", None, ["Dortmund"]),
    ("org:psg", "ORG", "Paris Saint-Germain", "FRA", None, ["PSG"]),
    ("org:ajax", "ORG", "Ajax Amsterdam", "NLD", None, ["Ajax"]),
]
UNIVERSITIES: list[Row] = [
    ("org:ui", "ORG", "Universitas Indonesia", "IDN", "EDU", []),  # "UI" is also a user interface
    ("org:itb", "ORG", "Institut Teknologi Bandung", "IDN", "EDU", ["ITB"]),
    ("org:ugm", "ORG", "Universitas Gadjah Mada", "IDN", "EDU", ["UGM"]),
    ("org:ipb", "ORG", "Institut Pertanian Bogor", "IDN", "EDU", ["IPB"]),
    ("org:its", "ORG", "Institut Teknologi Sepuluh Nopember", "IDN", "EDU", ["ITS"]),
    ("org:unair", "ORG", "Universitas Airlangga", "IDN", "EDU", ["Unair"]),
    ("org:unpad", "ORG", "Universitas Padjadjaran", "IDN", "EDU", ["Unpad"]),
    ("org:undip", "ORG", "Universitas Diponegoro", "IDN", "EDU", ["Undip"]),
    ("org:ub", "ORG", "Universitas Brawijaya", "IDN", "EDU", []),
    ("org:unhas", "ORG", "Universitas Hasanuddin", "IDN", "EDU", ["Unhas"]),
    ("org:uin-jakarta", "ORG", "UIN Syarif Hidayatullah Jakarta", "IDN", "EDU", ["UIN Jakarta"]),
    ("org:trisakti", "ORG", "Universitas Trisakti", "IDN", "EDU", []),
]
PERSONS: list[Row] = [
    ("per:joko-widodo", "PERSON", "Joko Widodo", "IDN", "GOV", ["Jokowi"]),
    ("per:susilo-bambang-yudhoyono", "PERSON", "Susilo Bambang Yudhoyono", "IDN", "GOV", ["SBY"]),
    ("per:basuki-tjahaja-purnama", "PERSON", "Basuki Tjahaja Purnama", "IDN", "GOV", ["Ahok"]),
    ("per:megawati-soekarnoputri", "PERSON", "Megawati Soekarnoputri", "IDN", "PTY", ["Megawati Sukarnoputri"]),
    ("per:soekarno", "PERSON", "Soekarno", "IDN", "GOV", ["Sukarno", "Bung Karno"]),
    ("per:soeharto", "PERSON", "Soeharto", "IDN", "GOV", ["Suharto"]),
    # Indonesian officials and politicians news often names without a title
    ("per:jusuf-kalla", "PERSON", "Jusuf Kalla", "IDN", "GOV", ["JK", "Kalla"]),
    ("per:jk-rowling", "PERSON", "J. K. Rowling", "GBR", None, ["JK Rowling", "J.K. Rowling"]),  # not "JK" Kalla
    ("per:maruf-amin", "PERSON", "Ma'ruf Amin", "IDN", "GOV", ["Maruf Amin", "Ma’ruf Amin"]),
    ("per:prabowo-subianto", "PERSON", "Prabowo Subianto", "IDN", "GOV", ["Prabowo"]),
    ("per:gibran-rakabuming-raka", "PERSON", "Gibran Rakabuming Raka", "IDN", "GOV", ["Gibran"]),
    ("per:retno-marsudi", "PERSON", "Retno Marsudi", "IDN", "GOV", ["Retno LP Marsudi"]),
    ("per:sri-mulyani-indrawati", "PERSON", "Sri Mulyani Indrawati", "IDN", "GOV", ["Sri Mulyani"]),
    ("per:wiranto", "PERSON", "Wiranto", "IDN", "GOV", []),
    ("per:luhut-binsar-pandjaitan", "PERSON", "Luhut Binsar Pandjaitan", "IDN", "GOV", ["Luhut"]),
    ("per:tito-karnavian", "PERSON", "Tito Karnavian", "IDN", "COP", []),
    ("per:gatot-nurmantyo", "PERSON", "Gatot Nurmantyo", "IDN", "MIL", []),
    ("per:hadi-tjahjanto", "PERSON", "Hadi Tjahjanto", "IDN", "MIL", []),
    ("per:ryamizard-ryacudu", "PERSON", "Ryamizard Ryacudu", "IDN", "GOV", ["Ryamizard"]),
    ("per:yasonna-laoly", "PERSON", "Yasonna Laoly", "IDN", "GOV", ["Yasonna H Laoly", "Yasonna"]),
    ("per:tjahjo-kumolo", "PERSON", "Tjahjo Kumolo", "IDN", "GOV", []),
    ("per:pramono-anung", "PERSON", "Pramono Anung", "IDN", "GOV", []),
    ("per:susi-pudjiastuti", "PERSON", "Susi Pudjiastuti", "IDN", "GOV", []),
    ("per:budi-gunawan", "PERSON", "Budi Gunawan", "IDN", "GOV", []),
    ("per:airlangga-hartarto", "PERSON", "Airlangga Hartarto", "IDN", "GOV", ["Airlangga"]),
    ("per:puan-maharani", "PERSON", "Puan Maharani", "IDN", "GOV", []),
    ("per:anies-baswedan", "PERSON", "Anies Baswedan", "IDN", "GOV", ["Anies Rasyid Baswedan", "Anies"]),
    ("per:sandiaga-uno", "PERSON", "Sandiaga Uno", "IDN", "GOV", ["Sandiaga Salahuddin Uno", "Sandiaga"]),
    ("per:djarot-saiful-hidayat", "PERSON", "Djarot Saiful Hidayat", "IDN", "GOV", ["Djarot"]),
    ("per:ridwan-kamil", "PERSON", "Ridwan Kamil", "IDN", "GOV", []),
    ("per:ganjar-pranowo", "PERSON", "Ganjar Pranowo", "IDN", "GOV", []),
    ("per:khofifah-indar-parawansa", "PERSON", "Khofifah Indar Parawansa", "IDN", "GOV", ["Khofifah"]),
    ("per:agus-rahardjo", "PERSON", "Agus Rahardjo", "IDN", "GOV", []),
    ("per:setya-novanto", "PERSON", "Setya Novanto", "IDN", "LEG", ["Setnov"]),
    ("per:fahri-hamzah", "PERSON", "Fahri Hamzah", "IDN", "LEG", []),
    ("per:fadli-zon", "PERSON", "Fadli Zon", "IDN", "LEG", []),
    ("per:bambang-soesatyo", "PERSON", "Bambang Soesatyo", "IDN", "LEG", ["Bamsoet"]),
    ("per:zulkifli-hasan", "PERSON", "Zulkifli Hasan", "IDN", "LEG", []),
    ("per:oesman-sapta-odang", "PERSON", "Oesman Sapta Odang", "IDN", "LEG", ["OSO"]),
    ("per:agus-harimurti-yudhoyono", "PERSON", "Agus Harimurti Yudhoyono", "IDN", "PTY", ["AHY"]),
    ("per:muhaimin-iskandar", "PERSON", "Muhaimin Iskandar", "IDN", "PTY", ["Cak Imin"]),
    ("per:surya-paloh", "PERSON", "Surya Paloh", "IDN", "PTY", []),
    ("per:rizieq-shihab", "PERSON", "Rizieq Shihab", "IDN", "REL", ["Habib Rizieq", "Rizieq"]),
    # heads of state and government, ministers and spokespeople of Indonesian world news
    ("per:donald-trump", "PERSON", "Donald Trump", "USA", "GOV", ["Trump", "Donald J. Trump"]),
    ("per:barack-obama", "PERSON", "Barack Obama", "USA", "GOV", ["Obama"]),
    ("per:joe-biden", "PERSON", "Joe Biden", "USA", "GOV", ["Biden"]),
    ("per:mike-pence", "PERSON", "Mike Pence", "USA", "GOV", ["Pence"]),
    ("per:rex-tillerson", "PERSON", "Rex Tillerson", "USA", "GOV", ["Tillerson"]),
    ("per:mike-pompeo", "PERSON", "Mike Pompeo", "USA", "GOV", ["Pompeo"]),
    ("per:hillary-clinton", "PERSON", "Hillary Clinton", "USA", "GOV", []),
    ("per:vladimir-putin", "PERSON", "Vladimir Putin", "RUS", "GOV", ["Putin"]),
    ("per:sergei-lavrov", "PERSON", "Sergei Lavrov", "RUS", "GOV", ["Lavrov", "Sergey Lavrov"]),
    ("per:dmitry-peskov", "PERSON", "Dmitry Peskov", "RUS", "GOV", ["Peskov"]),
    ("per:dmitry-medvedev", "PERSON", "Dmitry Medvedev", "RUS", "GOV", ["Medvedev"]),
    ("per:xi-jinping", "PERSON", "Xi Jinping", "CHN", "GOV", []),
    ("per:li-keqiang", "PERSON", "Li Keqiang", "CHN", "GOV", []),
    ("per:kim-jong-un", "PERSON", "Kim Jong Un", "PRK", "GOV", ["Kim Jong-un"]),
    ("per:moon-jae-in", "PERSON", "Moon Jae-in", "KOR", "GOV", ["Moon Jae In"]),
    ("per:shinzo-abe", "PERSON", "Shinzo Abe", "JPN", "GOV", []),
    ("per:narendra-modi", "PERSON", "Narendra Modi", "IND", "GOV", ["Modi"]),
    ("per:recep-tayyip-erdogan", "PERSON", "Recep Tayyip Erdogan", "TUR", "GOV", ["Erdogan", "Erdoğan", "Tayyip Erdogan"]),
    ("per:bashar-al-assad", "PERSON", "Bashar al-Assad", "SYR", "GOV", ["Bashar al Assad", "Bashar Assad", "Assad"]),
    ("per:hassan-rouhani", "PERSON", "Hassan Rouhani", "IRN", "GOV", ["Rouhani"]),
    ("per:ali-khamenei", "PERSON", "Ali Khamenei", "IRN", "GOV", ["Khamenei"]),
    ("per:benjamin-netanyahu", "PERSON", "Benjamin Netanyahu", "ISR", "GOV", ["Netanyahu"]),
    ("per:mahmoud-abbas", "PERSON", "Mahmoud Abbas", "PSE", "GOV", []),
    ("per:salman-bin-abdulaziz", "PERSON", "Salman bin Abdulaziz", "SAU", "GOV", ["Raja Salman", "Salman bin Abdul Aziz"]),
    ("per:mohammed-bin-salman", "PERSON", "Mohammed bin Salman", "SAU", "GOV", ["Mohammad bin Salman"]),
    ("per:rodrigo-duterte", "PERSON", "Rodrigo Duterte", "PHL", "GOV", ["Duterte"]),
    ("per:najib-razak", "PERSON", "Najib Razak", "MYS", "GOV", ["Najib Tun Razak"]),
    ("per:mahathir-mohamad", "PERSON", "Mahathir Mohamad", "MYS", "GOV", ["Mahathir"]),
    ("per:lee-hsien-loong", "PERSON", "Lee Hsien Loong", "SGP", "GOV", []),
    ("per:aung-san-suu-kyi", "PERSON", "Aung San Suu Kyi", "MMR", "GOV", ["Suu Kyi"]),
    ("per:prayuth-chan-o-cha", "PERSON", "Prayuth Chan-o-cha", "THA", "GOV", ["Prayuth"]),
    ("per:hun-sen", "PERSON", "Hun Sen", "KHM", "GOV", []),
    ("per:malcolm-turnbull", "PERSON", "Malcolm Turnbull", "AUS", "GOV", ["Turnbull"]),
    ("per:julie-bishop", "PERSON", "Julie Bishop", "AUS", "GOV", []),
    ("per:theresa-may", "PERSON", "Theresa May", "GBR", "GOV", []),
    ("per:boris-johnson", "PERSON", "Boris Johnson", "GBR", "GOV", []),
    ("per:emmanuel-macron", "PERSON", "Emmanuel Macron", "FRA", "GOV", ["Macron"]),
    ("per:angela-merkel", "PERSON", "Angela Merkel", "DEU", "GOV", ["Merkel"]),
    ("per:justin-trudeau", "PERSON", "Justin Trudeau", "CAN", "GOV", ["Trudeau"]),
    ("per:nicolas-maduro", "PERSON", "Nicolas Maduro", "VEN", "GOV", ["Maduro", "Nicolás Maduro"]),
    ("per:jacob-zuma", "PERSON", "Jacob Zuma", "ZAF", "GOV", ["Zuma"]),
    ("per:ashraf-ghani", "PERSON", "Ashraf Ghani", "AFG", "GOV", []),
    ("per:volodymyr-zelensky", "PERSON", "Volodymyr Zelensky", "UKR", "GOV", ["Zelensky", "Zelenskyy", "Volodymyr Zelenskyy"]),
]

# Indonesian cities and towns (country IDN), and foreign places that are not capitals.
CITIES_ID = [
    "Jakarta Pusat", "Jakarta Selatan", "Jakarta Utara", "Jakarta Barat", "Jakarta Timur",
    "Surabaya", "Bandung", "Medan", "Semarang", "Makassar", "Palembang", "Tangerang",
    "Tangerang Selatan", "Depok", "Bekasi", "Bogor", "Batam", "Pekanbaru", "Padang", "Malang",
    "Denpasar", "Balikpapan", "Samarinda", "Banjarmasin", "Pontianak", "Manado", "Jayapura",
    "Kupang", "Mataram", "Ambon", "Surakarta", "Solo", "Cirebon", "Tasikmalaya", "Serang",
    "Cilegon", "Sukabumi", "Banda Aceh", "Lhokseumawe", "Bandar Lampung", "Pangkalpinang",
    "Tanjungpinang", "Palu", "Kendari", "Mamuju", "Sorong", "Manokwari", "Ternate", "Sofifi",
    "Palangka Raya", "Tarakan", "Merauke", "Timika", "Nabire", "Jember", "Kediri", "Madiun",
    "Probolinggo", "Pasuruan", "Tegal", "Pekalongan", "Magelang", "Salatiga", "Binjai",
    "Pematangsiantar", "Bukittinggi", "Dumai", "Bontang", "Parepare", "Bitung", "Labuan Bajo",
    "Ibu Kota Nusantara", "Natuna", "Sleman", "Bantul", "Banyuwangi", "Garut", "Karawang", "Cianjur",
]
ALIASES_ID = {"Surakarta": ["Solo"], "Palangka Raya": ["Palangkaraya"], "Ibu Kota Nusantara": ["IKN"]}

FOREIGN_PLACES: list[Row] = [
    ("loc:vladivostok", "GPE", "Vladivostok", "RUS", None, []),
    ("loc:new-york", "GPE", "New York", "USA", None, []),
    ("loc:sydney", "GPE", "Sydney", "AUS", None, []),
    ("loc:mekkah", "GPE", "Mekkah", "SAU", None, ["Makkah", "Mekah"]),
    ("loc:madinah", "GPE", "Madinah", "SAU", None, []),
    ("loc:jeddah", "GPE", "Jeddah", "SAU", None, []),
    ("loc:gaza", "GPE", "Gaza", "PSE", None, ["Jalur Gaza"]),
    ("loc:tepi-barat", "GPE", "Tepi Barat", "PSE", None, []),
    ("loc:yerusalem", "GPE", "Yerusalem", None, None, ["Jerusalem", "Al-Quds"]),
    ("loc:krimea", "GPE", "Krimea", "UKR", None, ["Crimea"]),
    ("loc:donbas", "GPE", "Donbas", "UKR", None, ["Donbass"]),
    ("loc:shanghai", "GPE", "Shanghai", "CHN", None, []),
    ("loc:xinjiang", "GPE", "Xinjiang", "CHN", None, []),
    ("loc:uni-soviet", "GPE", "Uni Soviet", None, None, ["Soviet"]),
    ("loc:laut-china-selatan", "LOC", "Laut China Selatan", None, None,
     ["Laut Cina Selatan", "LCS", "Laut Tiongkok Selatan", "Laut Natuna Utara"]),
    ("loc:selat-malaka", "LOC", "Selat Malaka", None, None, []),
    ("loc:semenanjung-korea", "LOC", "Semenanjung Korea", None, None, []),
    ("loc:pasifik", "LOC", "Pasifik", None, None, ["Samudra Pasifik", "Samudera Pasifik"]),
    ("loc:samudra-hindia", "LOC", "Samudra Hindia", None, None, ["Samudera Hindia"]),
    ("loc:timur-tengah", "LOC", "Timur Tengah", None, None, []),
    ("loc:asia-tenggara", "LOC", "Asia Tenggara", None, None, []),
    ("loc:asia", "LOC", "Asia", None, None, []),
    ("loc:eropa", "LOC", "Eropa", None, None, ["Europe"]),
    ("loc:afrika", "LOC", "Afrika", None, None, []),
    ("loc:amerika-latin", "LOC", "Amerika Latin", None, None, []),
    ("loc:jawa", "LOC", "Jawa", "IDN", None, ["Pulau Jawa"]),
    ("loc:sumatera", "LOC", "Sumatera", "IDN", None, ["Sumatra", "Pulau Sumatera"]),
    ("loc:kalimantan", "LOC", "Kalimantan", "IDN", None, ["Borneo"]),
    ("loc:sulawesi", "LOC", "Sulawesi", "IDN", None, []),
]

PROVINCE_ALIASES = {
    "ID-JK": ("DKI Jakarta", ["Jakarta", "Jakarta Raya", "Ibu Kota Jakarta"]),
    "ID-YO": ("DI Yogyakarta", ["Yogyakarta", "Yogya", "Jogja", "Jogjakarta", "DIY", "Daerah Istimewa Yogyakarta"]),
    "ID-JB": ("Jawa Barat", ["Jabar"]),
    "ID-JT": ("Jawa Tengah", ["Jateng"]),
    "ID-JI": ("Jawa Timur", ["Jatim"]),
    "ID-SU": ("Sumatera Utara", ["Sumut"]),
    "ID-SB": ("Sumatera Barat", ["Sumbar"]),
    "ID-SS": ("Sumatera Selatan", ["Sumsel"]),
    "ID-SN": ("Sulawesi Selatan", ["Sulsel"]),
    "ID-SA": ("Sulawesi Utara", ["Sulut"]),
    "ID-ST": ("Sulawesi Tengah", ["Sulteng"]),
    "ID-SG": ("Sulawesi Tenggara", ["Sultra"]),
    "ID-SR": ("Sulawesi Barat", ["Sulbar"]),
    "ID-KB": ("Kalimantan Barat", ["Kalbar"]),
    "ID-KT": ("Kalimantan Tengah", ["Kalteng"]),
    "ID-KS": ("Kalimantan Selatan", ["Kalsel"]),
    "ID-KI": ("Kalimantan Timur", ["Kaltim"]),
    "ID-KU": ("Kalimantan Utara", ["Kaltara"]),
    "ID-NB": ("Nusa Tenggara Barat", ["NTB"]),
    "ID-NT": ("Nusa Tenggara Timur", ["NTT"]),
    "ID-BB": ("Kepulauan Bangka Belitung", ["Bangka Belitung", "Babel"]),
    "ID-KR": ("Kepulauan Riau", ["Kepri"]),
    "ID-AC": ("Aceh", ["Nanggroe Aceh Darussalam", "NAD"]),
    "ID-PA": ("Papua", []),
    "ID-PB": ("Papua Barat", []),
    "ID-PE": ("Papua Pegunungan", ["Papua Pengunungan"]),
    "ID-MU": ("Maluku Utara", ["Malut"]),
}
PROVINCE_TYPES = {"Province", "Capital district", "Special region"}


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def entry(row: Row, source: str) -> dict[str, object]:
    eid, etype, name, country, sector, aliases = row
    uniq = [a for a in dict.fromkeys([name, *aliases]) if a]
    return {"id": eid, "type": etype, "name": name, "country": country, "sector": sector,
            "aliases": uniq, "source": source}


def countries() -> list[dict[str, object]]:
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    out = []
    for c in pycountry.countries:
        names = [tr.gettext(c.name), c.name]
        for attr in ("common_name", "official_name"):
            if hasattr(c, attr):
                names += [tr.gettext(getattr(c, attr)), getattr(c, attr)]
        display, extra = COUNTRY_NAMES.get(c.alpha_3, (names[0], []))
        aliases = [n for n in [*names, *extra, *CAPITALS.get(c.alpha_3, [])]
                   if "," not in n and "(" not in n and n not in AMBIGUOUS]
        source = "pycountry+warta" if c.alpha_3 in COUNTRY_NAMES or c.alpha_3 in CAPITALS else "pycountry"
        out.append(entry((c.alpha_3, "GPE", display, c.alpha_3, None, aliases), source))
    return out


def provinces() -> list[dict[str, object]]:
    out = []
    for sub in sorted(pycountry.subdivisions.get(country_code="ID"), key=lambda s: s.code):
        if sub.type not in PROVINCE_TYPES:
            continue
        name, extra = PROVINCE_ALIASES.get(sub.code, (sub.name, []))
        aliases = [sub.name, f"Provinsi {name}", *extra]
        out.append(entry((sub.code, "GPE", name, "IDN", None, aliases), "pycountry+warta"))
    return out


def ministries() -> list[Row]:
    rows: list[Row] = []
    for key, field, short, sector in MINISTRIES:
        name = f"Kementerian {field}"
        rows.append((f"org:{key}", "ORG", name, "IDN", sector, [*short, f"{name} RI"]))
    return rows


def cities() -> list[Row]:
    return [(f"loc:{slug(c)}", "GPE", c, "IDN", None, ALIASES_ID.get(c, [])) for c in CITIES_ID if c != "Solo"]


def build() -> list[dict[str, object]]:
    rows = countries() + provinces()
    for table in (SEATS, INDONESIA, ministries(), INTERNATIONAL, MEDIA, COMPANIES, CLUBS, UNIVERSITIES, PERSONS,
                  cities(), FOREIGN_PLACES):
        rows += [entry(r, "warta") for r in table]
    seen: set[str] = set()
    for r in rows:
        assert r["id"] not in seen, r["id"]
        seen.add(str(r["id"]))
    return rows


def main() -> None:
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} entries to {OUT}")


if __name__ == "__main__":
    main()
