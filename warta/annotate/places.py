"""The places stage: every place entity resolved to a gazetteer entry with coordinates.

The gazetteer (`resources/geo/gazetteer.tsv.gz`, built by `scripts/build_gazetteer.py` from
GeoNames and Indonesia's list of regencies) holds countries, Indonesia's provinces and US states,
Indonesia's regencies and cities, every Indonesian populated place in GeoNames and the world's
towns of 15,000 people or more. A name is looked up by a key that ignores case, accents, spaces
and hyphens ("Pangkal Pinang" = "Pangkalpinang"); when several entries share it, the article
decides: a place in a province or country the article names elsewhere wins ("Garut, Jawa Barat"),
then Indonesia (these are Indonesian news), then the bigger place. A country the knowledge base
knows keeps its entry, but a mention that names its capital ("Pyongyang" for North Korea) is
located at the city, on the mention. Seas, mountains, islands and buildings are not resolved.
"""

from __future__ import annotations

import gzip
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from warta.annotate import kb
from warta.lang.id import places as place_words
from warta.model import Article, Entity, Place

if TYPE_CHECKING:
    from warta.doc import Doc

PLACE_TYPES = frozenset({"GPE", "LOC"})

_SHORT = frozenset(place_words.DIVISION_ABBREVIATIONS) | {"jl"}  # written with or without a full stop


def _heads(words: Iterable[str]) -> str:
    """Head words and phrases as a regex alternation, longest first (any white space inside a phrase)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") + (r"\.?" if w in _SHORT else "")
                    for w in sorted(words, key=lambda w: (-len(w), w)))


_PREFIX_WORDS = place_words.DIVISIONS | place_words.DIVISION_ABBREVIATIONS.keys() | place_words.COUNTRY_NOUNS
_PREFIX = re.compile(rf"^({_heads(_PREFIX_WORDS)})\s+", re.I)
_PREFIX_KIND = place_words.DIVISION_KINDS
# Heads of names that are not gazetteer places: nature, regions and sites.
_NOT_PLACE_HEADS = (*place_words.NATURE_HEADS, *place_words.STREET_HEADS, *place_words.SITE_HEADS,
                    *place_words.LANDMARK_HEADS, *place_words.AREA_HEADS, *place_words.REGIONS)
_NOT_PLACE = re.compile(rf"^({_heads(_NOT_PLACE_HEADS)})\b", re.I)
_SITE = re.compile(rf"^({_heads(place_words.SITE_HEADS)})\s+", re.I)
_KEY = re.compile(r"[\s\-'’.]+")
_KIND_BASE = {"country": 9.0, "adm1": 8.0, "adm2": 3.0, "adm3": 1.0}  # a city scores log10 of its population
FOREIGN_ADM1 = 3.5  # below a big city of the same name ("Washington", "New York")


def key(name: str) -> str:
    """Lookup key: case, accents, spaces, hyphens and dots ignored."""
    if not name.isascii():
        name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return _KEY.sub("", name.lower())


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    kind: str  # country, adm1, adm2 (regency), adm3 (district), city
    name: str
    country: str | None
    fips: str | None
    adm1: str | None
    province: str | None
    lat: float | None
    lon: float | None
    population: int
    feature: str

    def place(self) -> Place:
        return Place(id=self.id, name=self.name, kind=self.kind, country=self.country, fips=self.fips,
                     adm1=self.adm1, lat=self.lat, lon=self.lon, feature=self.feature)


class Gazetteer:
    """The entries by id and by lookup key; a line is parsed into an `Entry` when first asked for."""

    def __init__(self, lines: list[str], keys: dict[str, str]) -> None:
        self._lines = lines
        self._entries: dict[int, Entry] = {}
        self._keys = keys  # key -> "3,17": the entries it names
        self._by_id: dict[str, int] | None = None
        self._kinds: dict[tuple[str, str], int] | None = None  # (kind, country or ADM1 code) -> entry

    def _row(self, n: int) -> list[str]:
        return self._lines[n].split("\t")

    def _index(self) -> None:
        self._by_id, self._kinds = {}, {}
        for n, line in enumerate(self._lines):
            eid, kind, _, country, _, adm1 = line.split("\t", 6)[:6]
            self._by_id[eid] = n
            if kind == "country":
                self._kinds[("country", country)] = n
            elif kind == "adm1":
                self._kinds[("adm1", adm1)] = n

    def entry(self, n: int) -> Entry:
        hit = self._entries.get(n)
        if hit is None:
            eid, kind, name, country, fips, adm1, province, lat, lon, population, feature = self._row(n)
            hit = self._entries[n] = Entry(eid, kind, name, country or None, fips or None, adm1 or None,
                                           province or None, _float(lat), _float(lon), int(population or 0),
                                           feature)
        return hit

    def get(self, entry_id: str) -> Entry | None:
        if self._by_id is None:
            self._index()
        n = self._by_id.get(entry_id)  # type: ignore[union-attr]
        return None if n is None else self.entry(n)

    def _kind(self, kind: str, code: str) -> Entry | None:
        if self._kinds is None:
            self._index()
        n = self._kinds.get((kind, code))  # type: ignore[union-attr]
        return None if n is None else self.entry(n)

    def adm1(self, code: str) -> Entry | None:
        """The first-level division with this GDELT ADM1 code ("ID30"), when the gazetteer has it."""
        return self._kind("adm1", code)

    def country(self, iso3: str) -> Entry | None:
        return self._kind("country", iso3)

    def lookup(self, name: str) -> list[Entry]:
        hit = self._keys.get(key(name))
        return [self.entry(int(n)) for n in hit.split(",")] if hit else []

    def named(self, entry: Entry, text_key: str) -> bool:
        """Whether `text_key` is the key of the entry's own name (not only of an alias)."""
        return key(entry.name) == text_key


def _float(v: str) -> float | None:
    return float(v) if v else None


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The shipped gazetteer (read once per process, on first use)."""
    path = resources.files("warta") / "resources" / "geo" / "gazetteer.tsv.gz"
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").split("\n")
    cut = lines.index("#keys")
    keys = dict(line.split("\t", 1) for line in lines[cut + 1:] if line)
    return Gazetteer(lines[1:cut], keys)


@dataclass
class Context:
    """What the article has already placed: the provinces (ADM1 codes) and countries it names."""

    adm1: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    home: str = "IDN"
    names: set[str] = field(default_factory=set)  # keys of the towns and regencies it names

    def add(self, entry: Entry) -> None:
        if entry.country:
            self.countries.add(entry.country)
        if entry.adm1 and entry.kind != "country":
            self.adm1.add(entry.adm1)
        if entry.kind in ("adm2", "city"):
            self.names.add(key(_PREFIX.sub("", entry.name)))


def _regency_key(entry: Entry) -> str | None:
    """The key of a district's regency ("ID-JB:kabupaten-sukabumi:baros" -> "sukabumi")."""
    parts = entry.id.split(":")
    return key(re.sub(r"^(kabupaten|kota)-", "", parts[1])) if entry.kind == "adm3" and len(parts) == 3 else None


def _score(gaz: Gazetteer, entry: Entry, text_key: str, want: str | None, ctx: Context) -> float:
    if entry.kind == "adm1" and entry.country != ctx.home:
        score = FOREIGN_ADM1
    else:
        score = _KIND_BASE.get(entry.kind) or math.log10(entry.population + 10)
    if gaz.named(entry, text_key):
        score += 3  # "Jakarta" is the city Jakarta, not the province whose alias it also is
    if want and (entry.kind == want or (want in ("adm2", "adm3") and entry.kind == "city")):
        score += 6
    if entry.adm1 in ctx.adm1 and entry.kind != "adm1":
        score += 4
    if ctx.names and _regency_key(entry) in ctx.names:
        score += 3  # "Kecamatan Baros, Sukabumi": the Baros of that regency
    if entry.country in ctx.countries:
        score += 2
    if entry.country == ctx.home:
        score += 1.5
    return score


def resolve(text: str, ctx: Context | None = None, country: str | None = None,
            want: str | None = None) -> Entry | None:
    """The gazetteer entry a place name stands for, in the article's context; None when the name is
    a sea, mountain, region or site, or not in the gazetteer. `country` (ISO3) restricts the
    candidates when the knowledge base knows the place's country; `want` favours a kind (a dateline
    names a city)."""
    ctx = ctx or Context()
    text = text.strip()
    if not text:
        return None
    site = _SITE.match(text)
    if site:  # "Istana Bogor", "Bandara Juanda Surabaya": the site is in the place its name ends with
        words = text[site.end():].split()
        for n in range(min(3, len(words)), 0, -1):
            entry = resolve(" ".join(words[-n:]), ctx, country, want)
            if entry is not None and entry.kind != "country":
                return entry
        return None
    if _NOT_PLACE.match(text):
        return None
    gaz = load()
    hits = gaz.lookup(text)
    prefix = _PREFIX.match(text)
    if prefix:
        want = _PREFIX_KIND.get(prefix.group(1).lower(), "city")
        hits = hits or gaz.lookup(text[prefix.end():])
    if country:
        hits = [e for e in hits if e.country == country] or hits
    if not hits:
        return None
    text_key = key(text[prefix.end():] if prefix and want != "adm2" else text)
    return max(hits, key=lambda e: (_score(gaz, e, text_key, want, ctx), -len(e.id), e.id))


def _entity_entry(ent: Entity, body: str, ctx: Context) -> Entry | None:
    gaz = load()
    if ent.id.startswith("ID-") and gaz.get(ent.id):  # the KB's province ids are the gazetteer's
        return gaz.get(ent.id)
    if ent.country and ent.id == ent.country:
        return gaz.country(ent.id)
    if ent.type == "LOC" and kb.get(ent.id) is not None:
        return None  # the KB's seas, regions and islands
    return resolve(ent.name, ctx, ent.country)


def locate(article: Article, ctx: Context) -> None:
    """Set `place` on each place entity, and on a mention that names another place than its
    entity (a capital standing for its country)."""
    ents = [e for e in article.entities if e.type in PLACE_TYPES]
    # unambiguous places first (the KB's countries and provinces), so they can inform the rest
    ents.sort(key=lambda e: (not (e.country and e.id == e.country) and not e.id.startswith("ID-")))
    for ent in ents:
        entry = _entity_entry(ent, article.body, ctx)
        if entry is None:
            continue
        ctx.add(entry)
        ent.place = entry.place()
        for m in ent.mentions:
            if key(m.text) == key(ent.name):
                continue
            own = resolve(m.text, ctx, ent.country)
            if own is not None and own.id != entry.id and own.kind == "city":
                m.place = own.id


def locate_places(doc: Doc) -> None:
    """The stage: place entities located; the context is kept for the events stage."""
    doc.places = Context(home=doc.home)
    if doc.article.dateline and doc.article.dateline.place:
        entry = resolve(doc.article.dateline.place, doc.places)
        if entry is not None:
            doc.places.add(entry)
            doc.article.dateline.location = entry.place()
    locate(doc.article, doc.places)


def full_name(place: Place) -> str:
    """GDELT's FullName: the place, its first-level division and its country ("Bogor, Jawa Barat, Indonesia")."""
    gaz = load()
    parts = [place.name]
    if place.kind not in ("country", "adm1") and place.adm1:
        adm1 = gaz.adm1(place.adm1)
        if adm1 is not None and adm1.name != place.name:
            parts.append(adm1.name)
    country = gaz.country(place.country) if place.country else None
    if place.kind != "country" and country is not None:
        parts.append(country.name)
    return ", ".join(parts)


def geo_type(place: Place) -> int:
    """GDELT's geographic type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    if place.kind == "country":
        return 1
    if place.kind == "adm1":
        return 2 if place.country == "USA" else 5
    return 3 if place.country == "USA" else 4


def place_of(entry_id: str | None) -> Place | None:
    """The Place record of a gazetteer id (a mention's `place`)."""
    entry = load().get(entry_id) if entry_id else None
    return entry.place() if entry else None
