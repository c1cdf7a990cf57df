"""Parts of personal names, lower case: particles inside a name, common given names and name prefixes."""

from __future__ import annotations

from warta.lang.id import function_words as fw

# Particles inside a name, written in lower case ("Hasan bin Ali", "Robin van Persie").
PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "der", "da", "dos", "al", "el", "la", "le"})
# Words that join the capitalised words of one name ("Kementerian Hukum dan HAM", "Bank of America").
CONNECTORS = frozenset({"dan", "dan/atau", "serta", "untuk", "di", "atas", "pada", "bagi"}) | fw.ENGLISH
# Words that may stand inside a run of name words, lower case ("Universitas Gadjah Mada di ...",
# "Robin van Persie").
JOINERS = PARTICLES | {"dan", "di", "of"}
# Given names and name prefixes many people share ("Muhammad", "Sri", "I Made"): too common to stand
# for one person alone.
COMMON_GIVEN = frozenset(
    """muhammad mohammad muhamad mohamad moh abdul ahmad achmad siti nur sri dewi putri putra teuku cut raden
    andi tengku gusti anak agung i ni made komang ketut wayan""".split()
)
