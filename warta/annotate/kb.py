"""The entity knowledge base: canonical ids, names, aliases, country and sector codes.

Ids: countries by ISO 3166-1 alpha-3 (`PRK`), Indonesian provinces by
ISO 3166-2 (`ID-JB`), everything else a stable slug with a type prefix
(`org:kremlin`, `loc:vladivostok`, `per:joko-widodo`). Foreign capitals are
aliases of their country (news uses "Pyongyang" for North Korea), seats of
government are organisations with the country's GOV/MIL sector ("Gedung
Putih" -> USA GOV). The table ships in `resources/kb/kb.jsonl`, built by
`scripts/build_kb.py`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from warta.lang.id import titles

TOKEN = re.compile(r"\w+|[^\w\s]")
_ROLE_SPLIT = re.compile(r"[\s,]+")


@dataclass(frozen=True, slots=True)
class KBEntry:
    id: str
    type: str  # PERSON, ORG, GPE, LOC, EVENT
    name: str
    country: str | None
    sector: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class KBMatch:
    start: int
    end: int
    text: str
    entry: KBEntry


def fold(text: str) -> str:
    """Case- and diacritic-insensitive key ("Türkiye" -> "turkiye")."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


_fold_token = lru_cache(maxsize=1 << 16)(fold)


def alias_key(text: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(fold(text)))


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass
class KnowledgeBase:
    by_id: dict[str, KBEntry]
    by_key: dict[tuple[str, ...], tuple[KBEntry, bool]]  # key -> (entry, alias is an acronym)
    prefixes: set[tuple[str, ...]]  # every proper prefix of a key: the token trie matching walks

    def lookup(self, name: str) -> KBEntry | None:
        hit = self.by_key.get(alias_key(name))
        return hit[0] if hit else None

    def find(self, text: str, spans: Iterable[tuple[int, int]] | None = None) -> list[KBMatch]:
        """Every alias in `text`, longest match first, on token boundaries, in one pass over the tokens.

        `spans` are the document's tokens (`warta.doc.tokenize`) when the caller has them; a word the
        document keeps whole ("Undang-Undang", "Jum'at") is matched by its parts, as aliases are keyed.
        Acronyms ("AS", "MA") match only in capitals; other aliases only when their first letter is a
        capital ("Istana", not "istana").
        """
        if spans is None:
            toks = [(m.start(), m.end(), _fold_token(m.group())) for m in TOKEN.finditer(text)]
        else:
            toks = []
            for a, b in spans:
                if b - a > 1 and not text[a:b].isalnum():
                    toks += [(m.start(), m.end(), _fold_token(m.group())) for m in TOKEN.finditer(text, a, b)]
                else:
                    toks.append((a, b, _fold_token(text[a:b])))
        out: list[KBMatch] = []
        i = 0
        while i < len(toks):
            hit = self._match_at(text, toks, i)
            if hit is None:
                i += 1
                continue
            n, entry = hit
            start, end = toks[i][0], toks[i + n - 1][1]
            out.append(KBMatch(start, end, text[start:end], entry))
            i += n
        return out

    def _match_at(self, text: str, toks: list[tuple[int, int, str]], i: int) -> tuple[int, KBEntry] | None:
        """The longest alias starting at token i: walk the key trie while the tokens so far begin a key."""
        first = text[toks[i][0]]
        if not first.isupper() and not first.isdigit():
            return None
        found: list[int] = []
        key: tuple[str, ...] = ()
        for n in range(1, len(toks) - i + 1):
            key += (toks[i + n - 1][2],)
            if key in self.by_key:
                found.append(n)
            if key not in self.prefixes:
                break
        for n in reversed(found):
            entry, acronym = self.by_key[tuple(t[2] for t in toks[i:i + n])]
            if acronym and not _is_acronym(text[toks[i][0]:toks[i + n - 1][1]]):
                continue
            return n, entry
        return None


@lru_cache(maxsize=1)
def load() -> KnowledgeBase:
    """The shipped knowledge base (read once per process)."""
    path = resources.files("warta") / "resources" / "kb" / "kb.jsonl"
    by_id: dict[str, KBEntry] = {}
    by_key: dict[tuple[str, ...], tuple[KBEntry, bool]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        entry = KBEntry(row["id"], row["type"], row["name"], row["country"], row["sector"], tuple(row["aliases"]))
        by_id[entry.id] = entry
        for alias in entry.aliases:
            by_key.setdefault(alias_key(alias), (entry, _is_acronym(alias)))
    prefixes = {key[:n] for key in by_key for n in range(1, len(key))}
    return KnowledgeBase(by_id, by_key, prefixes)


def lookup(name: str) -> KBEntry | None:
    """The entry whose name or alias is `name` (case- and diacritic-insensitive)."""
    return load().lookup(name)


def get(entity_id: str) -> KBEntry | None:
    return load().by_id.get(entity_id)


def find(text: str, spans: Iterable[tuple[int, int]] | None = None) -> list[KBMatch]:
    """Every KB alias in `text` (longest match, word boundaries); `spans`: its tokens, when known."""
    return load().find(text, spans)


# Role words -> PLOVER/CAMEO sector; the first (longest) match in a role wins.
ROLE_SECTORS: tuple[tuple[str, str], ...] = tuple(titles.SECTORS.items())
_ROLE_INDEX = sorted(ROLE_SECTORS, key=lambda kv: -len(kv[0]))


def role_sector(role: str) -> str | None:
    """Sector of a title or role: "Menteri Pertahanan Rusia" -> MIL, "juru bicara" -> GOV.

    An organisation named in the role gives its own sector first when it has
    one ("juru bicara Kremlin" -> GOV via the Kremlin entry; "wartawan Reuters" -> JRN).
    """
    for m in find(role):
        if m.entry.type == "ORG" and m.entry.sector:
            return m.entry.sector
    key = " " + " ".join(_ROLE_SPLIT.split(fold(role))) + " "
    for word, sector in _ROLE_INDEX:
        if f" {word} " in key:
            return sector
    return None
