"""Indonesian words the event coder reads: prepositions, speech and light verbs, clause breaks.

Kept apart from the coder's logic (`events.py`) so the vocabulary can be read,
and extended, in one place. Each set says in its comment what it stops or
starts.
"""

from __future__ import annotations

OBLIQUE = frozenset({
    "ke", "di", "dari", "dengan", "kepada", "terhadap", "bagi", "untuk", "atas", "oleh", "antara", "pada",
    "mengenai", "tentang", "menuju", "soal", "melawan", "dalam", "sejak", "tanpa", "seperti", "bersama",
})
# "per dolar AS", "juta yen": an actor named after a currency is none.
CURRENCIES = frozenset({"dolar", "dollar", "rupiah", "yen", "yuan", "euro", "ringgit", "won", "peso", "rupee", "pound",
                        "poundsterling", "franc", "riyal", "dinar", "baht"})
# "Peraturan Pemerintah ...", "Peraturan Presiden ...": an actor named after these is part of a law's name.
LAW_WORDS = frozenset({"peraturan", "undang-undang", "perppu", "permen", "perpres"})
# Words right before an actor that make it no target: an agent, a place, a source of speech
# (an actor after a currency is dropped before targets are looked for).
NOT_TARGET = frozenset({"oleh", "di", "dari", "bersama", "menurut", "kata", "ujar", "tutur", "ucap", "katanya",
                        "ujarnya"})
# Pronouns a subject may be (resolved from the speaker or the previous sentence).
PRONOUNS = frozenset({"ia", "dia", "beliau", "mereka", "pihaknya", "kami", "kita", "saya", "aku"})
SPEAKER_PRONOUNS = frozenset({"kami", "kita", "saya", "aku"})
DUAL = frozenset({"kedua", "keduanya"})
# Speech verbs after a quote ("..., kata X") and their -nya forms.
SPEECH_AFTER = frozenset({"kata", "ujar", "tutur", "ucap", "jelas", "tegas", "imbuh", "tambah", "papar", "menurut"})
SPEECH_SELF = frozenset({"katanya", "ujarnya", "tuturnya", "ucapnya", "jelasnya", "tegasnya", "imbuhnya"})
# A target lies in the trigger's clause: these words open another one.
CLAUSE_STOPS = frozenset({";", "karena", "sehingga", "namun", "tetapi", "tapi", "sementara", "sedangkan", "padahal",
                          "setelah", "sebelum", "ketika", "saat", "meski", "meskipun", "walaupun", "sejak"})
STOP_RIGHT = SPEECH_AFTER | SPEECH_SELF | CLAUSE_STOPS | {"demikian", "dilaporkan", "seperti", "sebagaimana"}
REPORTING = frozenset({
    "mengatakan", "menyatakan", "menegaskan", "menyebutkan", "menyebut", "mengungkapkan", "menjelaskan",
    "melaporkan", "mengklaim", "mengumumkan", "menuturkan", "memastikan", "membantah", "menyangkal",
})
# "Dilaporkan Reuters, polisi India menahan ...": the outlet reports, it does not act.
REPORTED_BY = frozenset({"dilaporkan", "dilansir", "dikutip", "diberitakan", "mengutip", "melansir", "menurut"})
# "Ketiga pelaku yang ditangkap yakni AG ...": what follows names the target, it is no agent.
NAMING = frozenset({"yakni", "yaitu", "adalah", "ialah"})
LIST_WORDS = frozenset({",", "dan", "serta", "bahkan", "termasuk", "seperti", "juga", "maupun", "atau",
                        "sejumlah", "beberapa", "negara", "negara-negara", "para", "sekutunya", "sekutu",
                        "pendukungnya", "lainnya", "lain", "timur", "tengah", "barat", "teluk", "arab", "eropa"})
# Sport reports use the words of war ("serangan Fiji", "menekan Malaysia"): countries are teams there.
SPORT_WORDS = frozenset({
    "gol", "skor", "laga", "pertandingan", "babak", "timnas", "turnamen", "klasemen", "liga", "klub",
    "pemain", "pelatih", "semifinal", "perempat", "kualifikasi", "striker", "gelandang", "kiper", "wasit",
    "piala", "olimpiade", "atlet", "pebulu", "petenis", "pebalap", "bermain", "tandang", "suporter", "medali",
    "sepak", "sepakbola", "bulu", "tenis", "motogp", "sirkuit", "balapan", "stadion", "unggul", "imbang",
    "penalti", "gawang", "tendangan", "skuat", "skuad",
})
# Verbs whose object is the event noun: "melakukan kunjungan", "menggelar pertemuan".
LIGHT_VERBS = frozenset({
    "melakukan", "menggelar", "mengadakan", "melancarkan", "memulai", "melanjutkan", "menghadiri",
    "mengikuti", "mengumumkan", "menjatuhkan", "memberlakukan", "menerapkan", "memberikan", "memberi",
    "menyampaikan", "melayangkan", "mengirimkan", "mengirim", "menjalin", "menyelenggarakan", "lakukan",
    "gelar", "adakan", "menyatakan", "meluncurkan", "menerima",
})
PURPOSE = frozenset({"untuk", "agar", "supaya", "guna"})
ADJUNCT_OPENERS = frozenset({"dalam", "saat", "selama", "usai", "seusai", "setelah", "sesudah", "sebelum",
                             "menyusul", "pada", "di", "sela", "ketika", "sewaktu", "jelang", "menjelang"})
NOT_VERBS = frozenset({"mereka", "meski", "meskipun", "memang", "mendatang", "menurut", "dimana", "disini",
                       "dirinya", "diantaranya", "diantara", "mengapa", "mengenai", "menjelang", "melalui",
                       "menuju", "diri"})
CONTROL_VERBS = frozenset({"meminta", "mengharapkan", "mendesak", "memerintahkan", "menyuruh", "mengajak", "menugaskan",
                           "mempersilakan", "mengizinkan", "membiarkan", "mendorong", "menginstruksikan",
                           "membuat"})
# A target is an argument of the trigger: its direct object (close after an active verb) or the
# object of a preposition the trigger governs ("ke X", "kepada X", "dengan X"), close after it.
FRAME_PREPS = frozenset({"ke", "kepada", "terhadap", "dengan", "atas", "pada", "untuk", "bagi", "antara",
                         "melawan", "menuju", "bersama", "soal", "tentang", "mengenai"})
# A protest is against someone: "demonstrasi menentang X", "aksi anti-X".
PROTEST_FRAME = frozenset({"menentang", "melawan", "memprotes", "menolak", "anti", "mengecam", "menuntut"})
# A request is to someone: "meminta, X segera ...", "mengimbau agar X ...".
REQUEST_FRAME = frozenset({"agar", "supaya"})
# Unit words between a passive verb and its agent: "ditangkap tim Densus 88", "diperiksa penyidik KPK".
UNIT_WORDS = frozenset({"tim", "pihak", "petugas", "anggota", "personel", "aparat", "jajaran", "penyidik", "satuan",
                        "unit", "satgas", "penyelidik", "jaksa"})
# Adverbs and auxiliaries that may stand between a subject and its verb.
PREVERBAL = frozenset({"masih", "terus", "juga", "pun", "telah", "sudah", "akan", "bakal", "sedang", "tengah",
                       "langsung", "segera", "kembali", "belum", "tidak", "tak", "lalu", "kemudian", "pernah"})
CASE_WORDS = frozenset({"tersangka", "pelaku", "terdakwa", "terduga", "terpidana", "polisi", "kepolisian",
                        "penyidik", "jaksa", "hakim", "pengadilan", "narkoba", "teroris", "korupsi", "pencurian"})
# A corruption case: its suspects are officials, so an arrest or charge in it acts on the state's own.
GRAFT_WORDS = frozenset({"kpk", "korupsi", "suap", "tipikor", "gratifikasi", "rasuah"})
WITNESS = frozenset({"saksi", "kesaksian", "saksi-saksi"})
SUSPECTS = frozenset({"tersangka", "pelaku", "terdakwa", "terlapor", "terduga"})
# "pelaku pembunuhan", "kasus penganiayaan", "korban penembakan": an event noun after a role or a case
# names a crime; it reports no act of the sentence's actors.
CASE_OF = SUSPECTS | frozenset({"kasus", "korban", "perkara", "terpidana"})
INSTITUTIONS = frozenset({"polisi", "kepolisian", "aparat", "aparat keamanan", "pemerintah", "tentara", "militer",
                          "jaksa", "pengadilan", "hakim", "imigrasi", "otoritas", "pasukan keamanan", "penyidik"})
BREAKS = frozenset({",", ".", ";", ":", '"', "“", "”", "(", ")", "yang", "dan", "serta", "atau", "agar"})
