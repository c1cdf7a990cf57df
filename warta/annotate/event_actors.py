"""Event actors from the entities: country plus sector codes, as coders want them.

Entities give names, canonical ids, countries and sometimes sectors; event
coding needs one actor per noun phrase ("Menteri Pertahanan Rusia Sergei
Shoigu" is one actor, RUS MIL, not a country and a person). This module
turns entity mentions into actor spans: a role phrase before a country
("penasihat keamanan nasional AS", "pejabat Kementerian Pertahanan Korut")
sets the sector, adjacent mentions merge ("Korea Utara (Korut) Kim Jong Un"),
and a person's affiliation seen once is carried to the person's other mentions.
When the entities stage gave nothing, the knowledge base is searched directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from warta.model import Actor, Article

ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE"})
PLACE_TYPES = frozenset({"GPE", "LOC"})

# Role words the event coder needs beyond the person titles of the knowledge base.
EVENT_ROLES: tuple[tuple[str, str], ...] = (
    ("kementerian pertahanan", "MIL"), ("kemenhan", "MIL"), ("angkatan bersenjata", "MIL"),
    ("angkatan darat", "MIL"), ("angkatan laut", "MIL"), ("angkatan udara", "MIL"), ("tentara", "MIL"),
    ("militer", "MIL"), ("pasukan", "MIL"), ("menteri pertahanan", "MIL"), ("menhan", "MIL"),
    ("panglima", "MIL"), ("kepolisian", "COP"), ("polisi", "COP"), ("aparat", "COP"),
    ("kementerian luar negeri", "GOV"), ("kemenlu", "GOV"), ("kementerian", "GOV"), ("pemerintah", "GOV"),
    ("presiden", "GOV"), ("perdana menteri", "GOV"), ("menteri", "GOV"), ("menlu", "GOV"),
    ("juru bicara", "GOV"), ("jubir", "GOV"), ("penasihat", "GOV"), ("pejabat", "GOV"),
    ("duta besar", "GOV"), ("dubes", "GOV"), ("diplomat", "GOV"), ("pemimpin", "GOV"), ("kanselir", "GOV"),
    ("raja", "GOV"), ("delegasi", "GOV"), ("utusan", "GOV"), ("parlemen", "LEG"), ("senat", "LEG"),
    ("intelijen", "SPY"), ("pengadilan", "JUD"), ("jaksa", "JUD"), ("hakim", "JUD"),
    ("demonstran", "CVL"), ("pengunjuk rasa", "CVL"), ("warga", "CVL"), ("rakyat", "CVL"),
    ("pemberontak", "REB"), ("militan", "REB"), ("oposisi", "OPP"), ("perusahaan", "BUS"),
    ("pengamat", "EDU"), ("media", "MED"), ("kantor berita", "MED"),
)
_ROLE_WORDS = "|".join(re.escape(r) for r, _ in sorted(EVENT_ROLES, key=lambda kv: -len(kv[0])))
TITLE_WORDS = (
    "keamanan|nasional|luar|negeri|dalam|pertahanan|besar|tinggi|senior|utama|agung|tertinggi|khusus|"
    "ekonomi|perdagangan|keuangan|kehakiman|hukum|gedung|istana|kepresidenan|pemerintahan|wakil|kepala|[A-Z][\\w-]*"
)
# A role word, then up to four title words, right before the mention.
ROLE_BEFORE = re.compile(
    rf"\b(?:[Ss]eorang\s+|[Pp]ara\s+|[Ss]ejumlah\s+)?((?i:{_ROLE_WORDS}))\b((?:\s+(?:{TITLE_WORDS})){{0,4}}?)\s*$"
)
ROLE_AFTER = re.compile(rf"(?i)^\s*,\s*({_ROLE_WORDS})\b")
ALIAS_GAP = re.compile(r"^\s*[()]?\s*[()]?\s*$")
APPOSITION_GAP = re.compile(r"^\s*,\s*$")
ROLE_WINDOW = 60
# International organisations get their CAMEO actor code in place of a country.
IGO_CODES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(PBB|Perserikatan Bangsa|United Nations|UN|UNODC|UNHCR|UNICEF|Dewan Keamanan)\b"), "UNO"),
    (re.compile(r"\b(Uni Eropa|European Union|UE|EU)\b"), "EUR"),
    (re.compile(r"\b(Uni Afrika|African Union)\b"), "AFR"),
    (re.compile(r"\b(NATO|Pakta Pertahanan Atlantik Utara)\b"), "NAT"),
    (re.compile(r"\bASEAN\b"), "ASN"),
    (re.compile(r"\bLiga Arab\b"), "ARL"),
)


@dataclass(frozen=True, slots=True)
class ActorSpan:
    start: int
    end: int
    actor: Actor
    etype: str


def role_sector(role: str) -> str | None:
    """PLOVER/CAMEO sector of a role phrase: longest known role word wins."""
    low = " " + " ".join(role.lower().split()) + " "
    for word, sector in sorted(EVENT_ROLES, key=lambda kv: -len(kv[0])):
        if f" {word} " in low:
            return sector
    return _kb_role_sector(role)


def _kb_role_sector(role: str) -> str | None:
    try:
        from warta.annotate import kb
    except ImportError:  # pragma: no cover - knowledge base not installed
        return None
    fn = getattr(kb, "role_sector", None)
    return fn(role) if fn else None


def igo_code(*names: str | None) -> str | None:
    """CAMEO code of an international organisation named by any of `names`."""
    for name in filter(None, names):
        for pattern, code in IGO_CODES:
            if pattern.search(name):
                return code
    return None


def _actor(name: str, entity_id: str, country: str | None, sector: str | None, mention: str) -> Actor:
    if country is None:
        igo = igo_code(name, mention)
        if igo:
            return Actor(name, entity_id, igo, sector or "IGO")
    return Actor(name, entity_id, country, sector)


def mention_spans(article: Article) -> list[ActorSpan]:
    """One span per entity mention of an actor or place type, in body order."""
    spans = [
        ActorSpan(m.start, m.end, _actor(e.name, e.id, e.country, e.sector, m.text), e.type)
        for e in article.entities
        for m in e.mentions
        if e.type in ACTOR_TYPES | PLACE_TYPES
    ]
    if not article.entities:
        spans = _kb_spans(article.body)
    return sorted(spans, key=lambda s: (s.start, -s.end))


def _kb_spans(body: str) -> list[ActorSpan]:
    """Fallback when no entities were found: knowledge-base aliases in the body."""
    try:
        from warta.annotate import kb
    except ImportError:  # pragma: no cover
        return []
    return [
        ActorSpan(m.start, m.end, _actor(m.entry.name, m.entry.id, m.entry.country, m.entry.sector, m.text),
                  m.entry.type)
        for m in kb.find(body)
    ]


def with_roles(body: str, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Extend each actor span left over its role phrase and take the role's sector."""
    out = []
    for span in spans:
        if span.etype not in ACTOR_TYPES:
            out.append(span)
            continue
        window = body[max(0, span.start - ROLE_WINDOW):span.start]
        m = ROLE_BEFORE.search(window)
        if m and "\n" not in m.group(0):
            role = m.group(1) + m.group(2)
            start = span.start - len(window) + m.start(0)
            sector = span.actor.sector or role_sector(role)
            span = ActorSpan(start, span.end, replace(span.actor, sector=sector or span.actor.sector), span.etype)
        out.append(span)
    return out


def _mergeable(body: str, left: ActorSpan, right: ActorSpan) -> bool:
    gap = body[left.end:right.start]
    if right.start < left.end:
        return True
    if ALIAS_GAP.match(gap):
        return not (left.etype == right.etype == "GPE" and left.actor.country != right.actor.country)
    if APPOSITION_GAP.match(gap):
        return right.etype == "PERSON" and left.etype != "PERSON" and not right.actor.country
    return False


def _merge(left: ActorSpan, right: ActorSpan, body: str) -> ActorSpan:
    person = right if right.etype == "PERSON" else left if left.etype == "PERSON" else None
    head = person or left
    actor = Actor(
        name=head.actor.name,
        entity_id=head.actor.entity_id,
        country=left.actor.country or right.actor.country,
        sector=left.actor.sector or right.actor.sector,
    )
    etype = "PERSON" if person else left.etype
    return ActorSpan(min(left.start, right.start), max(left.end, right.end), actor, etype)


def merged_spans(body: str, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Adjacent mentions of one noun phrase become one actor span."""
    out: list[ActorSpan] = []
    for span in spans:
        if out and out[-1].etype in ACTOR_TYPES and span.etype in ACTOR_TYPES and _mergeable(body, out[-1], span):
            out[-1] = _merge(out[-1], span, body)
        else:
            out.append(span)
    return [_role_after(body, s) for s in out]


def _role_after(body: str, span: ActorSpan) -> ActorSpan:
    """ "Jake Sullivan, penasihat keamanan nasional AS": the apposition gives sector and country."""
    if span.etype != "PERSON" or span.actor.sector:
        return span
    m = ROLE_AFTER.match(body[span.end:span.end + 40])
    return replace(span, actor=replace(span.actor, sector=role_sector(m.group(1)))) if m else span


def carry_affiliations(spans: list[ActorSpan]) -> list[ActorSpan]:
    """A person's country and sector seen in one mention apply to all of them."""
    known: dict[str, Actor] = {}
    for s in spans:
        if s.etype == "PERSON" and s.actor.entity_id and s.actor.country:
            known.setdefault(s.actor.entity_id, s.actor)
    out = []
    for s in spans:
        ref = known.get(s.actor.entity_id or "")
        if ref and not s.actor.country:
            s = replace(s, actor=replace(s.actor, country=ref.country, sector=s.actor.sector or ref.sector))
        out.append(s)
    return out


def actor_spans(article: Article) -> list[ActorSpan]:
    """Actor and place spans of the article, roles applied, merged, affiliations carried."""
    spans = with_roles(article.body, mention_spans(article))
    return carry_affiliations(merged_spans(article.body, sorted(spans, key=lambda s: (s.start, -s.end))))
