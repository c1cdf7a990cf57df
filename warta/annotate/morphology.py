"""Indonesian word shape: the candidate roots of an affixed word, for the models that share what a verb means
whichever form it takes (events, tone)."""

from __future__ import annotations

from functools import lru_cache

VOWELS = frozenset("aeiou")
# meN-/peN- nasal prefixes and the first letter of the root they swallowed (menangkap <- tangkap)
NASALS = (("meny", "s"), ("peny", "s"), ("meng", "k"), ("peng", "k"), ("mem", "p"), ("pem", "p"),
          ("men", "t"), ("pen", "t"))
PLAIN_PREFIXES = ("di", "ber", "be", "ter", "per", "ke", "se", "me", "pe")
ROOT_SUFFIXES = ("kannya", "annya", "nya", "kan", "an", "i", "lah")


@lru_cache(maxsize=65536)
def roots(low: str) -> tuple[str, ...]:
    """Candidate roots of an Indonesian word ("ditangkap", "menangkap", "penangkapan" -> "tangkap"): the
    word without its affixes, with the first letter a nasal prefix swallowed put back."""
    stems = {low}
    for suffix in ROOT_SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 4:
            stems.add(low[: -len(suffix)])
            break
    out = set()
    for stem in stems:
        for prefix, letter in NASALS:
            if stem.startswith(prefix) and len(stem) - len(prefix) >= 3:
                rest = stem[len(prefix):]
                out.add(rest)
                if rest[0] in VOWELS:
                    out.add(letter + rest)
                break
        else:
            for prefix in PLAIN_PREFIXES:
                if stem.startswith(prefix) and len(stem) - len(prefix) >= 4:
                    out.add(stem[len(prefix):])
                    break
    return tuple(sorted(out - {low})) if out else ()
