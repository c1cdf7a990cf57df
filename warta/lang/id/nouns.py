"""Common nouns the stages read, lower case: groups of people, institutions, areas, currencies, laws.

Where a noun is also a title (`titles.SECTORS`: "hakim", "dosen", "aktivis"), its
sector is the title's, read from there, never written twice.
"""

from __future__ import annotations

from warta.lang.id.titles import SECTORS

# Titles that also name a group of people by themselves ("para hakim", "dosen dan mahasiswa").
TITLED_GROUPS = ("penyidik", "jaksa", "hakim", "ulama", "guru", "dosen", "pengusaha", "aktivis")
# Nouns naming who acts or is acted on by what they are or did -> sector (None: the sector comes from
# what follows, or stays unknown).
GROUP_NOUNS: dict[str, str | None] = {
    "pelaku": "CVL", "tersangka": "CVL", "terdakwa": "CVL", "terpidana": "CVL", "terduga": "CVL",
    "korban": "CVL", "pengungsi": "CVL", "tahanan": "CVL", "narapidana": "CVL", "napi": "CVL",
    "pemohon": "CVL", "penggugat": "CVL", "tergugat": "CVL", "sopir": "CVL", "pengemudi": "CVL",
    "orang": "CVL", "pria": "CVL", "wanita": "CVL", "perempuan": "CVL", "pemuda": "CVL", "anak": "CVL",
    "veteran": "CVL", "blogger": "CVL", "pedagang": "CVL", "penumpang": "CVL", "keluarga": "CVL",
    "advokat": "CVL", "pengacara": "CVL", "saksi": "CVL", "teroris": "REB", "petugas": "COP",
    "personel": "COP", "majelis": "JUD", "umat": "REL", "santri": "REL", "siswa": "EDU", "pelajar": "EDU",
    "manajemen": "BUS", "organisasi": "NGO", "ormas": "NGO", "relawan": "NGO", "negara": "GOV",
    "pemerintahan": "GOV", "anggota": None, "tim": None, "pihak": None, "kelompok": None, "oknum": None,
    "pansus": "LEG", "fraksi": "LEG", "panitia": None, "peserta": "CVL",
    **{word: SECTORS[word] for word in TITLED_GROUPS},
}
# The public an appeal or an attack is directed at, crowds and those who rise against a government
# -> sector: role words of the event coder, as titles are.
PUBLICS: dict[str, str] = {
    "demonstran": "CVL", "pengunjuk rasa": "CVL", "rakyat": "CVL", "warganya": "CVL", "masyarakat": "CVL",
    "penduduk": "CVL", "pemudik": "CVL", "massa": "CVL", "pemilih": "CVL", "nelayan": "CVL", "petani": "CVL",
    "buruh": "LAB", "pekerja": "LAB", "karyawan": "LAB", "pemberontak": "REB", "militan": "REB",
    "milisi": "REB", "gerilyawan": "REB",
}
# Institutions, forces and their parts, by a common noun or a short name -> sector.
INSTITUTIONS: dict[str, str] = {
    "kementerian pertahanan": "MIL", "kemenhan": "MIL", "angkatan bersenjata": "MIL", "angkatan darat": "MIL",
    "angkatan laut": "MIL", "angkatan udara": "MIL", "aparat": "COP", "kementerian luar negeri": "GOV",
    "kemenlu": "GOV", "kementerian": "GOV", "pemerintah": "GOV", "delegasi": "GOV", "utusan": "GOV",
    "senat": "LEG", "oposisi": "OPP", "perusahaan": "BUS", "media": "MED", "kantor berita": "MED",
    "otoritas": "GOV", "rezim": "GOV", "kedutaan besar": "GOV", "kedubes": "GOV", "kedutaan": "GOV",
    "konsulat": "GOV", "badan": "GOV", "kabinet": "GOV", "serdadu": "MIL", "armada": "MIL",
    "penjaga pantai": "MIL", "jet tempur": "MIL", "kapal perang": "MIL", "aparat keamanan": "COP",
    "imigrasi": "COP", "polri": "COP", "bareskrim": "COP", "densus": "COP", "brimob": "COP", "bea cukai": "COP",
    "pasukan keamanan": "MIL",
}
# Words that name an organisation in a phrase: heads ("Kementerian", "Universitas"), short names and
# acronyms of Indonesian and international bodies ("KPK", "Kremlin", "WHO").
ORG_WORDS = frozenset(
    """kementerian kemenko dewan badan komisi partai polri universitas pt bank yayasan kantor pemerintah
    kepolisian kejagung pengadilan mahkamah dpr mpr kpk tni kremlin pentagon tbk asosiasi ikatan himpunan
    lembaga institut direktorat dinas istana sekretariat otoritas ojk bi kemenkes kemendagri who pbb persatuan
    gedung putih nasa fbi cia bnpb satgas kpu bawaslu pln pertamina kadin apindo ylki unicef imf uni bulog
    bpom bps bkkbn bmkg basarnas bnn bpjs lipi brin ombudsman kemenkeu kemenlu kemenhan""".split()
)
# Who speaks or is spoken of without a name ("sumber", "kalangan DPR", "pihak kepolisian").
SOURCE_NOUNS = frozenset({"sumber", "kalangan", "pihak"})
# Bodies and offices written capitalised as if a name ("Humas", "Redaksi", "Netizen"): no person.
BODY_NOUNS = frozenset({"humas", "redaksi", "panitia", "pemerintah", "polisi", "warga", "netizen"})
# Currencies: a name after one is a sum, not an actor ("dolar AS").
CURRENCIES = frozenset({"dolar", "rupiah", "euro", "yen", "yuan", "ringgit", "won", "poundsterling"})
# Signs of a currency before a sum ("Rp 5 juta", "US$ 10").
CURRENCY_SIGNS = frozenset({"rp", "us$"})
# Nouns for a matter, never a name though they open a sentence ("Hal itu ...", "Kasus ini ...").
GENERIC_NOUNS = frozenset({"hal", "kasus"})
# Laws and regulations: a name after one is a law ("UU Cipta Kerja", "Perpres 10").
LAW_WORDS = frozenset({"undang-undang", "uu", "ruu", "peraturan", "perppu", "perpres", "perda", "permen", "pp",
                       "pasal"})
# Programmes, campaigns, products and the like: a name after one is that thing, no person
# ("Kartu Prakerja", "Operasi Zebra", "aplikasi Gojek").
PROGRAMME_WORDS = frozenset(
    """kartu program programnya paket operasi kebijakan aplikasi proyek gerakan omnibus kampanye tagar
    festival""".split()
)
# Animals: a name after one is a pet's or a species' ("burung Macaw").
ANIMALS = frozenset(
    """burung kucing anjing macaw kakatua beo harimau singa gajah monyet orangutan beruang ular kuda sapi
    kambing panda lumba-lumba hiu paus kura-kura""".split()
)
