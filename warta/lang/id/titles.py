"""Titles, ranks and offices of people, with their PLOVER/CAMEO sector; honorifics; title modifiers.

`SECTORS` is the one table of a role's sector: the knowledge base reads a
role's sector from it, the entities stage strips its words from names, the
actors stage codes a role phrase by it, and the quotes stage reads its words
as titles before a speaker's name. A word is in one sector only; where the
stages once disagreed the choice is the PLOVER one (warta's PLOVER-ID.md):
"mahasiswa" is EDU ("universities, schools, students"), not CVL; "aktivis" is
NGO, as the group noun always had it (the knowledge base had CVL).
"""

from __future__ import annotations

# Titles, offices and roles of people (one word or a phrase) -> sector. Longest match wins in a role.
SECTORS: dict[str, str] = {
    "menteri pertahanan": "MIL", "menhan": "MIL", "panglima": "MIL", "jenderal": "MIL", "laksamana": "MIL",
    "marsekal": "MIL", "tentara": "MIL", "prajurit": "MIL", "komandan": "MIL", "militer": "MIL",
    "pasukan": "MIL", "kasad": "MIL", "kasal": "MIL", "kasau": "MIL", "pangdam": "MIL",
    "kapolri": "COP", "kapolda": "COP", "kapolres": "COP", "polisi": "COP", "kepolisian": "COP",
    "kabareskrim": "COP", "penyidik": "COP",
    "hakim": "JUD", "jaksa": "JUD", "mahkamah": "JUD", "pengadilan": "JUD",
    "anggota dpr": "LEG", "ketua dpr": "LEG", "ketua mpr": "LEG", "legislator": "LEG", "anggota dprd": "LEG",
    "ketua dprd": "LEG", "wakil ketua dprd": "LEG", "ketua dpd": "LEG", "senator": "LEG",
    "anggota dewan": "LEG", "anggota komisi": "LEG", "parlemen": "LEG",
    "intelijen": "SPY",
    "wartawan": "JRN", "jurnalis": "JRN", "reporter": "JRN", "pemimpin redaksi": "JRN", "koresponden": "JRN",
    "pengamat": "EDU", "analis": "EDU", "peneliti": "EDU", "akademisi": "EDU", "dosen": "EDU",
    "guru besar": "EDU", "profesor": "EDU", "rektor": "EDU", "ekonom": "EDU",
    "direktur utama": "BUS", "dirut": "BUS", "ceo": "BUS", "pengusaha": "BUS", "komisaris": "BUS",
    "komisaris besar": "COP", "komisaris polisi": "COP", "ajun komisaris": "COP",
    "ulama": "REL", "imam": "REL", "paus": "REL", "uskup": "REL",
    "ketua umum partai": "PTY", "ketum": "PTY", "sekjen partai": "PTY", "politikus": "PTY", "politisi": "PTY",
    "aktivis": "NGO", "warga": "CVL", "mahasiswa": "EDU",
    "presiden direktur": "BUS", "presdir": "BUS", "direktur jenderal": "GOV", "dirjen": "GOV",
    "direktur eksekutif": "NGO", "kapolsek": "COP", "kasatreskrim": "COP", "kombes": "COP", "akbp": "COP",
    "akp": "COP", "brigjen": "MIL", "mayjen": "MIL", "letjen": "MIL", "irjen": "COP", "komjen": "COP",
    "kolonel": "MIL", "letkol": "MIL", "kapten": "MIL",
    "kajari": "JUD", "kajati": "JUD", "dandim": "MIL", "danrem": "MIL",
    "presiden": "GOV", "wakil presiden": "GOV", "wapres": "GOV", "perdana menteri": "GOV", "pm": "GOV",
    "menteri": "GOV", "menlu": "GOV", "menkeu": "GOV", "mendagri": "GOV", "juru bicara": "GOV", "jubir": "GOV",
    "penasihat": "GOV", "pejabat": "GOV", "gubernur": "GOV", "bupati": "GOV", "wali kota": "GOV",
    "walikota": "GOV", "kanselir": "GOV", "raja": "GOV", "ratu": "GOV", "pemimpin": "GOV",
    "duta besar": "GOV", "dubes": "GOV", "diplomat": "GOV", "sekretaris": "GOV", "kepala negara": "GOV",
    "kepala pemerintahan": "GOV", "diktator": "GOV", "camat": "GOV", "kepala desa": "GOV", "lurah": "GOV",
    "kepala": "GOV", "ketua": "GOV", "direktur": "GOV", "deputi": "GOV", "staf": "GOV",
    # short forms and offices the quotes stage knew as titles
    "wagub": "GOV", "wabup": "GOV", "menko": "GOV", "mensos": "GOV", "menkes": "GOV", "wamen": "GOV",
    "sekda": "GOV", "kades": "GOV", "kadis": "GOV", "kabid": "GOV", "kabag": "GOV", "kasubdit": "GOV",
    "kadiv": "GOV", "kasi": "GOV", "pangeran": "GOV", "sekjen": "GOV", "wakapolri": "COP", "kapolresta": "COP",
    "kasat": "COP", "kanit": "COP", "pakar": "EDU", "pengajar": "EDU", "guru": "EDU", "dekan": "EDU",
    "manajer": "BUS", "komut": "BUS",
    # police ranks
    "kompol": "COP", "iptu": "COP", "ipda": "COP", "aiptu": "COP", "aipda": "COP", "bripka": "COP",
    "brigadir": "COP", "briptu": "COP", "bripda": "COP", "bharada": "COP",
    # military ranks
    "mayor": "MIL", "sersan": "MIL", "serka": "MIL", "sertu": "MIL", "serda": "MIL", "kopda": "MIL",
    "praka": "MIL", "prada": "MIL", "letda": "MIL", "lettu": "MIL",
}
# Police and military ranks (all in SECTORS): a rank inside a tagged run opens a person's name.
RANKS = frozenset(
    """kompol iptu ipda aiptu aipda bripka brigadir briptu bripda bharada akp akbp kombes irjen komjen brigjen
    mayjen letjen jenderal laksamana marsekal kolonel letkol mayor kapten lettu letda sersan serka sertu serda
    kopda praka prada""".split()
)
# Heads of a title that name no group of their own ("kepala", "ketua": of what is in what follows).
GENERIC_HEADS = frozenset({"kepala", "ketua", "direktur", "deputi", "staf", "sekretaris"})
# Titles that often open a sentence alone and name no one by themselves ("Presiden mengatakan ...").
BARE_TITLES = frozenset({"presiden", "menteri", "gubernur", "bupati", "wali", "kota", "ketua", "kepala", "direktur"})
# Titles that also open a name ("Imam", "Ratu", "Raja" are given names; "Warga" opens a place's name):
# never stripped from the front of a name.
NAME_OPENERS = frozenset({"imam", "ratu", "raja", "paus", "warga"})
# Titles that describe someone rather than name an office: a phrase they open is a description
# ("pejabat Kementerian Pertahanan", "warga Donggala"), not a named speaker.
DESCRIPTIVE_TITLES = frozenset({"warga", "pejabat", "pengamat"})
# Offices held over an area ("Kapolres Lhokseumawe", "Bupati Garut"): the name after one is a place.
OFFICES_OF_PLACE = frozenset(
    """kapolsek kapolres kapolresta kapolda kajari kajati dandim danrem pangdam bupati gubernur camat lurah
    kades wali walikota kadis""".split()
)
# Portfolios and units that follow a title in a role ("Menteri Luar Negeri", "Kepala Dinas Kesehatan").
PORTFOLIOS = frozenset(
    """perdagangan pertahanan keuangan luar negeri dalam agama kesehatan pendidikan sosial perhubungan
    pertanian perindustrian koordinator bidang politik hukum keamanan perekonomian energi sumber daya
    mineral kelautan perikanan ketenagakerjaan kebudayaan riset teknologi pariwisata bumn investasi
    lingkungan hidup kehutanan desa agraria tata ruang pemuda olahraga komunikasi informatika negara
    kabinet pekerjaan umum perumahan rakyat ham pemberdayaan perempuan anak dinas badan bagian divisi
    humas operasional pemasaran eksekutif nasional daerah pusat manusia pembangunan inovasi ekonomi
    kreatif koperasi ukm umkm kehakiman kepresidenan pemerintahan polhukam pmk marves maritim kemaritiman
    ekuin kesra""".split()
)
# Titles with no sector of their own.
OTHER_TITLES = frozenset({"dokter", "koordinator", "asisten", "pendiri", "humas", "pelatih", "plt"})
# Titles of sport before a name ("pelatih Shin Tae-yong").
SPORTS_TITLES = frozenset({"pelatih"})
# Words inside a title that are no title alone ("Wakil Ketua", "Staf Khusus", "Pelaksana Tugas", "Wali Kota").
MODIFIERS = frozenset({"wakil", "utama", "juru", "bicara", "perdana", "wali", "kota", "besar", "khusus",
                       "pelaksana", "tugas", "anggota"})
# Honorifics and forms of address before a name, in the form they are matched (no full stop).
HONORIFICS = frozenset(
    """bapak pak ibu bu saudara sdr tuan nyonya dr drs ir prof h hj kh mr mrs ms dato datuk""".split()
)
# Styles of address that open a name even inside a longer run of names ("... Dato Sri Najib").
STYLES = frozenset({"tuan", "nyonya", "dato", "datuk"})
# Grades inside a title ("Komisaris Tinggi", "Jaksa Agung", "penasihat senior").
GRADES = frozenset({"tinggi", "senior", "agung", "tertinggi"})
# Honorifics the quotes stage also reads with their full stop ("Dr.", "H.").
DOTTED_HONORIFICS = frozenset(f"{h}." for h in ("dr", "prof", "ir", "h", "hj"))
# Institutions that stand for a role ("pengadilan", "kepolisian"): a sector, but no title before a name.
INSTITUTIONS = frozenset({"mahkamah", "pengadilan", "kepolisian", "parlemen", "militer", "pasukan", "intelijen"})
# Offices that exist only in Indonesia, and ministers named without a country: in Indonesian news
# "Menteri Keuangan Sri Mulyani" is Indonesia's (a foreign one is "Menteri Keuangan Jepang ...").
INDONESIAN_OFFICES = (
    "wakil presiden", "wapres", "kapolri", "wakapolri", "kapolda", "kapolres", "kapolsek", "kabareskrim",
    "gubernur", "wakil gubernur", "bupati", "wali kota", "walikota", "camat", "lurah", "menko", "menkeu", "menlu",
    "menhan", "mendagri", "menkumham", "menkopolhukam", "menteri koordinator",
    *(f"menteri {p}" for p in (
        "luar negeri", "dalam negeri", "keuangan", "pertahanan", "perdagangan", "perindustrian", "pertanian",
        "kesehatan", "sosial", "agama", "hukum", "perhubungan", "pariwisata", "kelautan", "tenaga kerja",
        "ketenagakerjaan", "badan usaha milik negara", "bumn", "energi", "pendidikan", "sekretaris negara",
        "komunikasi", "luar")),
    "jaksa agung", "panglima tni", "kasad", "kasal", "kasau", "kepala staf kepresidenan",
    *(f"ketua {b}" for b in ("dpr", "mpr", "kpk", "dpd", "ma", "mk", "kpu", "bawaslu")),
    *(f"kepala {b}" for b in ("bnn", "bin", "bnpt", "bnpb", "basarnas", "bkpm", "polri")),
    "anggota dpr", "wakil ketua dpr", "dpr ri", "kejaksaan negeri", "kejaksaan tinggi",
    *(f"kepolisian {k}" for k in ("daerah", "resor", "resort", "sektor", "wilayah")),
    "pengadilan negeri", "pengadilan tinggi",
)
# Every word that may open or sit in a person's title before the name ("Wakil Ketua DPR", "Kombes",
# "H."): the first words of the titles of people, their modifiers, ranks, other titles and honorifics.
TITLE_WORDS = (frozenset(p.split()[0] for p in SECTORS) - INSTITUTIONS | MODIFIERS | RANKS | OTHER_TITLES
               | HONORIFICS | DOTTED_HONORIFICS)
