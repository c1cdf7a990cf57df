"""The record types: one schema for everything Warta reads, computes and stores.

Offsets (`start`, `end`) are Python ``str`` indices into ``Article.body``.
Unknown values are ``None`` or ``[]``, never invented.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass(slots=True)
class RawDoc:
    """What a source hands to the pipeline: the bytes (or text) plus hints.

    `kind` is "text", "html" or "auto" (sniffed from the content).
    `published` and `outlet` are hints from the source (a feed, a JSONL field,
    the `--published` option); the pipeline prefers what the article says.
    """

    data: bytes | str
    source: str = "<memory>"
    kind: str = "auto"
    url: str | None = None
    published: str | None = None
    outlet: str | None = None


@dataclass(slots=True)
class Place:
    """A gazetteer entry: where a place is. `kind` is country, adm1 (a province or state), adm2 (a
    regency or city as an administrative area) or city; `country` is ISO 3166-1 alpha-3, `fips` its
    FIPS 10-4 code and `adm1` the GDELT ADM1 code (FIPS country + first-level code, "ID30")."""

    id: str
    name: str
    kind: str
    country: str | None = None
    fips: str | None = None
    adm1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None  # GeoNames feature class and code: A.PCLI, A.ADM1, A.ADM2, A.ADM3, P.PPL, P.PPLC


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    place: str | None = None  # gazetteer id, when this mention names another place than its entity


@dataclass(slots=True)
class Entity:
    """One canonical thing an article talks about, with every mention of it.

    `country` is ISO 3166 alpha-3 where known; `sector` a PLOVER/CAMEO sector
    code (GOV, MIL, JRN, ...); `roles` the titles seen with a person
    ("Presiden", "juru bicara Kremlin").
    """

    id: str
    type: str  # PERSON, ORG, GPE, LOC, EVENT, OTHER
    name: str
    country: str | None = None
    sector: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    place: Place | None = None  # where it is, for a place entity


@dataclass(slots=True)
class Speaker:
    name: str | None = None
    entity_id: str | None = None
    role: str | None = None


@dataclass(slots=True)
class Quote:
    kind: str  # "direct" or "indirect"
    text: str
    start: int
    end: int
    speaker: Speaker = field(default_factory=Speaker)
    verb: str | None = None
    date: str | None = None
    tone: float | None = None  # GDELT tone of the quotation's words


@dataclass(slots=True)
class DateExpr:
    text: str
    start: int
    end: int
    value: str  # ISO: YYYY, YYYY-MM, YYYY-Www (an ISO week) or YYYY-MM-DD
    precision: str  # "year", "month", "week", "day"
    relative: bool = False
    mod: str | None = None  # START, MID or END of the period ("awal Juni", "pertengahan 2025")
    anchor: str | None = None  # what it was resolved against: published, quote, sentence or paragraph
    anchor_date: str | None = None  # that reference day


@dataclass(slots=True)
class Actor:
    """An event participant as event coders want it: country + sector codes."""

    name: str | None = None
    entity_id: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(slots=True)
class Event:
    type: str  # PLOVER event type
    mode: str | None
    cameo: str | None
    source: Actor
    target: Actor | None
    date: str | None
    place: str | None
    modality: str  # asserted, planned, possible, denied
    text: str
    start: int
    end: int
    trigger: str | None = None
    reported_by: str | None = None
    confidence: float = 0.5
    location: Place | None = None  # where it happened
    place_source: str | None = None  # "sentence" (named with the event) or "dateline" (nothing else given)


@dataclass(slots=True)
class Dateline:
    place: str | None = None
    outlet: str | None = None
    location: Place | None = None  # the place, on the map


@dataclass(slots=True)
class Media:
    credit: str | None = None
    caption: str | None = None
    date: str | None = None  # the date the caption gives, when it gives one


@dataclass(slots=True)
class Tone:
    """GDELT's tone fields (percentages of the words; score = positive - negative) and the text's label."""

    score: float = 0.0
    positive: float = 0.0
    negative: float = 0.0
    polarity: float = 0.0
    activity: float = 0.0
    self_reference: float = 0.0
    words: int = 0
    label: str | None = None  # negative, neutral or positive


@dataclass(slots=True)
class Article:
    """The contract: what `warta extract` prints and the store keeps."""

    id: str
    body: str
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    title: str | None = None
    subtitle: str | None = None
    published: str | None = None
    published_source: str | None = None
    dateline: Dateline | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    wire_sources: list[str] = field(default_factory=list)
    media: list[Media] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    tone: Tone | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        """Rebuild an Article from `to_dict()` output (or its JSON)."""
        known = {f.name for f in fields(cls)}
        d = {k: v for k, v in d.items() if k in known}
        if d.get("dateline"):
            loc = d["dateline"].get("location")
            d["dateline"] = Dateline(**{**d["dateline"], "location": Place(**loc) if loc else None})
        d["tone"] = Tone(**d["tone"]) if d.get("tone") else None
        d["media"] = [Media(**m) for m in d.get("media") or []]
        d["dates"] = [DateExpr(**x) for x in d.get("dates") or []]
        d["entities"] = [
            Entity(**{**e, "mentions": [Mention(**m) for m in e.get("mentions") or []],
                      "place": Place(**e["place"]) if e.get("place") else None})
            for e in d.get("entities") or []
        ]
        d["quotes"] = [Quote(**{**q, "speaker": Speaker(**(q.get("speaker") or {}))}) for q in d.get("quotes") or []]
        d["events"] = [
            Event(**{**e, "source": Actor(**e["source"]), "target": Actor(**e["target"]) if e.get("target") else None,
                     "location": Place(**e["location"]) if e.get("location") else None})
            for e in d.get("events") or []
        ]
        return cls(**d)


_WS = re.compile(r"\s+")


def article_id(body: str, origin: str | None = None) -> str:
    """Stable id: a hash of where the article came from (its URL, else its source: a file, a JSON Lines
    line, a WARC record) and of its whitespace- and case-normalised body. Two outlets running one wire
    story word for word are two articles (one syndication cluster); the same source read again is the
    same article."""
    norm = _WS.sub(" ", body).strip().lower()
    key = f"{origin}\n{norm}" if origin else norm
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
