"""Indonesian function words by class, lower case.

Every word sits in one class (a word with two uses is placed by the one the
stages read it for: "sejak", "hingga" are prepositions, "saat", "setelah"
conjunctions); `tests/test_lang.py` keeps the classes apart.
"""

from __future__ import annotations

# First person: in a statement they stand for its speaker ("kami akan ..." said by a minister).
SPEAKER_PRONOUNS = frozenset({"kami", "kita", "saya", "aku"})
# Second person: the one spoken to.
ADDRESSEE_PRONOUNS = frozenset({"anda", "kalian", "engkau", "kamu"})
# Third person: they point back at the latest salient person before them.
THIRD_PERSON_PRONOUNS = frozenset({"ia", "dia", "beliau", "mereka"})
# Pronominal forms with a clitic or a numeral that also point back ("pihaknya", "keduanya", "katanya" -> "nya").
REFERRING_FORMS = frozenset({"nya", "dirinya", "pihaknya", "keduanya", "ketiganya"})
# The personal pronouns (GDELT's self/group reference counts these).
PERSONAL_PRONOUNS = SPEAKER_PRONOUNS | ADDRESSEE_PRONOUNS | THIRD_PERSON_PRONOUNS
# Every pronoun and pronominal form.
PRONOUNS = PERSONAL_PRONOUNS | REFERRING_FORMS

# Prepositions, the locative and directional ones ("di", "ke", "dari") included.
PREPOSITIONS = frozenset(
    """di ke dari pada kepada oleh dengan untuk bagi terhadap tentang atas dalam antara menuju melalui lewat via
    mengenai soal terkait seperti bersama bersama-sama sebagai menurut selaku sejak hingga sampai selain tanpa
    demi secara""".split()
)
# Prepositions of capacity: "X selaku Kepala Dinas": the role of the person before it.
CAPACITY = frozenset({"selaku", "sebagai"})
# Where a place is, or whence and whither: a capitalised word after one is a place, not a person.
LOCATIVE_PREPOSITIONS = frozenset({"di", "ke", "dari", "menuju"})
# Conjunctions, coordinating and subordinating (temporal, causal, conditional, concessive).
CONJUNCTIONS = frozenset(
    """dan atau serta dan/atau tetapi tapi namun sedangkan sementara padahal maka karena sebab jika apabila bila
    kalau seandainya andai meski meskipun walau walaupun bahwa agar supaya sehingga seraya sambil sembari saat
    ketika sesaat kala usai seusai sebelum setelah sesudah selepas yakni yaitu adapun""".split()
)
# Temporal conjunctions ("saat", "setelah"): a clause of time follows.
TEMPORAL_CONJUNCTIONS = frozenset(
    {"saat", "ketika", "sesaat", "kala", "usai", "seusai", "sebelum", "setelah", "sesudah", "selepas"}
)
# The relative "yang" ("X yang juga Ketua ...").
RELATIVE = frozenset({"yang"})
# The existential "ada" ("ada korban": there are victims).
EXISTENTIAL = frozenset({"ada"})
# Copulas ("X adalah ..."): the noun before one is a subject.
COPULAS = frozenset({"adalah", "ialah", "merupakan"})
# Coordinating conjunctions that join two names or phrases.
COORDINATORS = frozenset({"dan", "serta", "atau", "dan/atau"})
# Conjunctions of apposition ("yakni", "yaitu": namely).
APPOSITIVES = frozenset({"yakni", "yaitu"})
# Conditionals: what follows them has not happened.
CONDITIONALS = frozenset({"jika", "apabila", "bila", "kalau", "seandainya", "andai"})
# Words that open a new clause (what follows is a clause of its own, not part of a phrase).
CLAUSE_OPENERS = frozenset(
    {"namun", "tetapi", "tapi", "sedangkan", "sementara", "padahal", "lalu", "kemudian", "dan", "serta", "maka",
     "yang"}
)
# Demonstratives: a noun phrase that ends in one points back ("Politikus PPP itu").
DEMONSTRATIVES = frozenset({"itu", "ini", "tersebut"})
# Determiners, quantifiers and the personal articles ("sang", "si") that open a noun phrase.
DETERMINERS = frozenset(
    """para sang si seorang sejumlah beberapa banyak semua seluruh sebagian salah setiap tiap segenap berbagai
    sekelompok""".split()
)
# Negation of a verb or an adjective ("tidak datang", "belum jelas").
VERBAL_NEGATION = frozenset({"tidak", "tak", "belum", "tiada"})
# Negation of a noun ("bukan pejabat").
NOMINAL_NEGATION = frozenset({"bukan"})
# Every negation.
NEGATION = VERBAL_NEGATION | NOMINAL_NEGATION
# Aspect and tense auxiliaries.
ASPECT = frozenset({"akan", "bakal", "telah", "sudah", "sedang", "tengah", "masih", "pernah", "sempat"})
# Auxiliaries of ability and permission.
ABILITY = frozenset({"bisa", "dapat", "boleh", "mampu", "sanggup"})
# Auxiliaries of will, need and obligation.
MODALS = frozenset({"harus", "perlu", "mau", "ingin", "hendak", "jangan"})
# Every auxiliary.
AUXILIARIES = ASPECT | ABILITY | MODALS
# Adverbs and particles that qualify a predicate or a clause.
ADVERBS = frozenset(
    """juga pun sangat lebih kembali terus segera turut ikut kini bahkan sebelumnya rencananya""".split()
)
# Adverbs that open a sentence as a whole ("Kini ...", "Bahkan ..."): no name follows in the same phrase.
SENTENCE_ADVERBS = frozenset({"kini", "bahkan", "sebelumnya", "rencananya"})
# Adverbs of sequence ("lalu", "kemudian": then), which also join clauses.
SEQUENCE = frozenset({"lalu", "kemudian"})
# English function words in names and headlines ("Bank of America", "The Jakarta Post").
ENGLISH = frozenset({"of", "and", "for", "the"})

# Every Indonesian function word.
FUNCTION_WORDS = (PRONOUNS | PREPOSITIONS | CONJUNCTIONS | RELATIVE | EXISTENTIAL | COPULAS | DEMONSTRATIVES
                  | DETERMINERS
                  | NEGATION | AUXILIARIES | ADVERBS | SEQUENCE)
