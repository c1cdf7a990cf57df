"""Actors from the entities: country plus sector codes, as event coders want them (entities stage).

Entities give names, canonical ids, countries and sometimes sectors; event
coding needs one actor per noun phrase ("Menteri Pertahanan Rusia Sergei
Shoigu" is one actor, RUS MIL, not a country and a person). This module
turns entity mentions into actor spans: a role phrase before a country
("penasihat keamanan nasional AS", "pejabat Kementerian Pertahanan Korut")
sets the sector, adjacent mentions merge ("Korea Utara (Korut) Kim Jong Un"),
and a person's affiliation seen once is carried to the person's other mentions.
Knowledge-base names and capitals ("Beijing", "Madrid": the government) that
the entities stage missed are added, "X dari Jerman" gives X its country, and
role phrases outside any name ("penasihat oposisi") become uncoded groups an
event may target. A person or body with no country whose office exists only
in Indonesia ("Kapolri", "Gubernur", "Menteri Keuangan" named without a
country) acts for IDN.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from warta.annotate import kb
from warta.annotate.offices import office_holder
from warta.annotate.overlap import SpanIndex
from warta.annotate.phrases import PhraseMatcher
from warta.doc import HOME
from warta.lang.id import calendar, nouns, places, titles
from warta.lang.id import function_words as fw
from warta.model import Actor, Article

ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE"})
MEDIA = frozenset({"JRN", "MED"})  # news outlets and journalists
INDONESIA = "IDN"  # the country whose offices ("Gubernur", "Jaksa Agung") the tables below know
HOME_MIN = 2  # mentions another country needs, and more than Indonesia's, to be what an article is about
PLACE_TYPES = frozenset({"GPE", "LOC"})

# Indonesian regional offices, named by their place ("Polda Bali", "Pemkot Surabaya"): each acts for
# Indonesia, in the sector given here.
REGIONAL_OFFICES = places.REGIONAL_OFFICES
# Role words the event coder needs beyond the person titles of the knowledge base (kb.ROLE_SECTORS).
EVENT_ROLES: tuple[tuple[str, str], ...] = (
    *nouns.INSTITUTIONS.items(), *nouns.PUBLICS.items(), *REGIONAL_OFFICES.items(),
)
NAME_TYPE = "NAME"  # a capitalised name no finder typed: the model learns how far to trust it
GROUP_TYPE = "GROUP"  # a common noun naming who acts or is acted on ("pelaku", "petugas", "pengungsi")
# Group nouns and the sector they stand for (None: the sector comes from what follows, or stays unknown).
GROUP_NOUNS = nouns.GROUP_NOUNS
# Capitalised words that open a sentence or clause without naming anyone (every title word in place of
# the bare titles costs events dev score, and "Sekretaris" event-cluster score: a capitalised title
# alone is still a candidate there).
NOT_NAMES = (fw.FUNCTION_WORDS | titles.BARE_TITLES | nouns.GENERIC_NOUNS | nouns.CURRENCY_SIGNS
             | calendar.CLOCK_WORDS | frozenset(places.STREET_HEADS))

# Capitals stand for their governments ("Beijing menyebut Taiwan ...", "dukungan kepada Madrid").
CAPITALS = places.CAPITALS
_EVENT_ROLES_LONGEST_FIRST = tuple(sorted(EVENT_ROLES, key=lambda kv: -len(kv[0])))
# Every role word, longest first: the knowledge base's titles and the event coder's, less the bare heads
# ("kepala", "ketua", "direktur") that name no group by themselves.
GENERIC_HEADS = titles.GENERIC_HEADS
ROLES: tuple[tuple[str, str], ...] = tuple(sorted(
    ((word, sector) for word, sector in {**dict(kb.ROLE_SECTORS), **dict(EVENT_ROLES)}.items()
     if word not in GENERIC_HEADS),
    key=lambda kv: -len(kv[0])))
_ROLE_WORDS = "|".join(re.escape(r) for r, _ in ROLES)
# Words of a title between its role word and the name: portfolios, modifiers, grades, sites ("juru bicara
# Istana"), "asal" ("warga asal Jerman"), and any capitalised word.
TITLE_WORDS = "|".join(sorted(
    titles.PORTFOLIOS | titles.MODIFIERS | titles.GRADES | titles.GENERIC_HEADS | {"gedung", "istana"} | places.ORIGIN_WORDS
)) + "|[A-Z][\\w-]*"
# A role word, then up to four title words, right before the mention.
ROLE_BEFORE = re.compile(
    rf"\b(?:[Ss]eorang\s+|[Pp]ara\s+|[Ss]ejumlah\s+)?((?i:{_ROLE_WORDS}))\b((?:\s+(?:{TITLE_WORDS})){{0,4}}?)\s*$"
)
ROLE_ONLY = PhraseMatcher(r for r, _ in ROLES)  # one pass over the words, not a 200-way alternation
ROLE_TYPE = "ROLE"  # a group known only by its role ("penasihat oposisi"): a target, never a source
ROLE_AFTER = re.compile(rf"(?i)^\s*,\s*({_ROLE_WORDS})\b")
ALIAS_GAP = re.compile(r"^\s*[()]?\s*[()]?\s*$")
ORIGIN_GAP = re.compile(r"^\s*(?:dari|asal)\s*$")
APPOSITION_GAP = re.compile(r"^\s*,\s*$")
ROLE_WINDOW = 60
# International organisations get their CAMEO actor code in place of a country.
IGO_CODES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "UN" alone is the school exam (Ujian Nasional) in Indonesian news, never the United Nations.
    (re.compile(r"\b(PBB|Perserikatan Bangsa|United Nations|UNODC|UNHCR|UNICEF|Dewan Keamanan)\b"), "UNO"),
    (re.compile(r"\b(Uni Eropa|European Union|UE|EU)\b"), "EUR"),
    (re.compile(r"\b(Uni Afrika|African Union)\b"), "AFR"),
    (re.compile(r"\b(NATO|Pakta Pertahanan Atlantik Utara)\b"), "NAT"),
    (re.compile(r"\bASEAN\b"), "ASN"),
    (re.compile(r"\bLiga Arab\b"), "ARL"),
)


# Offices that exist only in Indonesia (titles.INDONESIAN_OFFICES) and regional offices.
IDN_ROLES = "|".join(sorted(
    (re.escape(office) for office in (*titles.INDONESIAN_OFFICES, *REGIONAL_OFFICES)
     if office not in ("kejaksaan", "pengadilan")), key=lambda o: (-len(o), o)))
# the office, then at most three capitalised words (its place or unit: "Gubernur Jawa Barat", "Kapolres Metro
# Jakarta Selatan") right before the name; a lower-case word between ("Kapolri menerima kunjungan John
# Smith") means the office is someone else's
IDN_ROLE_BEFORE = re.compile(rf"\b(?i:{IDN_ROLES})\b(?:\s+[A-Z0-9][\w-]*){{0,3}}\s*$")
IDN_ROLE_ANY = re.compile(rf"(?i)\b(?:{IDN_ROLES})\b")
ROLE_HEAD = 20
IDN_WINDOW = 40
SENTENCE_BREAK = re.compile(r'[.;:!?"“”\n]')


@dataclass(frozen=True, slots=True)
class ActorSpan:
    start: int
    end: int
    actor: Actor
    etype: str


def role_sector(role: str) -> str | None:
    """PLOVER/CAMEO sector of a role phrase: longest event role word, else the knowledge base's reading."""
    low = " " + " ".join(role.lower().split()) + " "
    for word, sector in _EVENT_ROLES_LONGEST_FIRST:
        if f" {word} " in low:
            return sector
    return kb.role_sector(role)


def igo_code(*names: str | None) -> str | None:
    """CAMEO code of an international organisation named by any of `names`."""
    for name in filter(None, names):
        for pattern, code in IGO_CODES:
            if pattern.search(name):
                return code
    return None

CAPITAL_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(c.title()) for c in CAPITALS), key=len, reverse=True))
                        + r")\b")


def capital_country(text: str) -> str | None:
    """The country a capital city stands for, by its name."""
    return CAPITALS.get(" ".join(text.lower().split()))


def _actor(name: str, entity_id: str, country: str | None, sector: str | None, mention: str) -> Actor:
    if country is None:
        igo = igo_code(name, mention)
        if igo:
            return Actor(name, entity_id, igo, sector or "IGO")
    # "Polres Sukabumi", "Kejaksaan Negeri Madiun": an office named by its kind has that kind's sector
    return Actor(name, entity_id, country, sector or _office_sector(name))


def _office_sector(name: str) -> str | None:
    first = name.split()[0].lower() if name.split() else ""
    return REGIONAL_OFFICES.get(first)


def mention_spans(article: Article, matches: list[kb.KBMatch] | None = None) -> list[ActorSpan]:
    """One span per entity mention of an actor or place type, in body order; `matches` are the
    knowledge-base matches the entities stage already found (found again when not given)."""
    spans = [
        ActorSpan(m.start, m.end, _actor(e.name, e.id, e.country, e.sector, m.text), e.type)
        for e in article.entities
        for m in e.mentions
        if e.type in ACTOR_TYPES | PLACE_TYPES
    ]
    spans = _fill_gaps(spans, _kb_spans(matches if matches is not None else kb.find(article.body))
                       + _capital_spans(article.body))
    return sorted((_capital(s, article.body) for s in spans), key=lambda s: (s.start, -s.end))


def _fill_gaps(spans: list[ActorSpan], extra: list[ActorSpan]) -> list[ActorSpan]:
    """Add the knowledge-base and capital matches the entities stage missed (no overlap)."""
    out = SpanIndex(spans)
    for x in sorted(extra, key=lambda s: s.start - s.end):
        if (x.actor.country or x.etype in PLACE_TYPES) and not out.overlapping(x.start, x.end):
            out.add(x)
    return list(out)


def _capital_spans(body: str) -> list[ActorSpan]:
    return [ActorSpan(m.start(), m.end(), Actor(m.group(), None, CAPITALS[m.group().lower()], None), "GPE")
            for m in CAPITAL_RE.finditer(body)]


def _capital(span: ActorSpan, body: str) -> ActorSpan:
    if span.actor.country or span.etype not in PLACE_TYPES:
        return span
    country = capital_country(body[span.start:span.end])
    return replace(span, actor=replace(span.actor, country=country), etype="GPE") if country else span


def _kb_spans(matches: list[kb.KBMatch]) -> list[ActorSpan]:
    """Knowledge-base aliases in the body, for the names the entities stage missed."""
    return [
        ActorSpan(m.start, m.end, _actor(m.entry.name, m.entry.id, m.entry.country, m.entry.sector, m.text),
                  m.entry.type)
        for m in matches
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
    if APPOSITION_GAP.match(gap):  # "Diberitakan Reuters, Aaron ...": an outlet lends no one its country
        return right.etype == "PERSON" and left.etype != "PERSON" and not right.actor.country \
            and left.actor.sector not in MEDIA
    if ORIGIN_GAP.match(gap):  # "Angela Merkel dari Jerman"
        return left.etype == "PERSON" and right.etype == "GPE" and not left.actor.country
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


def domestic_officials(body: str, spans: list[ActorSpan]) -> list[ActorSpan]:
    """A person or body with no country whose role is an Indonesian office acts for Indonesia (IDN)."""
    return [_domestic_official(body, s) for s in spans]


def _domestic_official(body: str, span: ActorSpan) -> ActorSpan:
    if span.actor.country or span.etype not in ("PERSON", "ORG"):
        return span
    before = body[max(0, span.start - IDN_WINDOW):span.start]
    before = SENTENCE_BREAK.split(before)[-1]
    head = body[span.start:min(span.end, span.start + ROLE_HEAD)]  # an office inside the name ("Polda Bali")
    if not (IDN_ROLE_BEFORE.search(before) or IDN_ROLE_ANY.search(head)):
        return span
    role = body[span.start:span.end] + " " + before
    return replace(span, actor=replace(span.actor, country="IDN", sector=span.actor.sector or role_sector(role)))


def role_spans(body: str, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Role phrases outside every actor span: uncoded groups that an event may target."""
    out: list[ActorSpan] = []
    taken = SpanIndex(spans)
    for start, end in ROLE_ONLY.finditer(body):
        if taken.overlapping(start, end):
            continue
        actor = Actor(body[start:end], None, None, role_sector(body[start:end]))
        if out and not body[out[-1].end:start].strip():  # "penasihat oposisi": the modifier tells the side
            out[-1] = ActorSpan(out[-1].start, end, replace(actor, name=body[out[-1].start:end]), ROLE_TYPE)
        else:
            out.append(ActorSpan(start, end, actor, ROLE_TYPE))
    return out


def home_country(spans: list[ActorSpan], default: str = HOME) -> str:
    """The country the article is about: `default` (the run's home, Indonesia unless configured
    otherwise), unless another one is clearly named more (news outlets, which only report, do not count)."""
    countries = Counter(s.actor.country for s in spans
                        if s.etype in ACTOR_TYPES and s.actor.country and s.actor.sector not in MEDIA)
    top, n = max(countries.items(), key=lambda kv: kv[1], default=(default, 0))
    return top if n >= HOME_MIN and n > countries[default] else default


def actor_spans(article: Article, matches: list[kb.KBMatch] | None = None, default_home: str = HOME
                ) -> tuple[list[ActorSpan], str]:
    """Actor and place spans of the article, roles applied, merged, affiliations carried; and the
    country the article is about (`default_home` unless another is clearly named more).

    Indonesian offices ("Gubernur", "Jaksa Agung") make a person Indonesian only
    in news about Indonesia: in an article about Iran, "Wakil Gubernur Golestan" is not.
    """
    spans = with_roles(article.body, mention_spans(article, matches))
    spans = carry_affiliations(merged_spans(article.body, sorted(spans, key=lambda s: (s.start, -s.end))))
    roles = role_spans(article.body, spans)
    home = home_country(spans, default_home)
    if home == INDONESIA:
        spans = carry_affiliations(domestic_officials(article.body, spans))
        roles = [_as_holder(article, _domestic_role(r)) for r in roles]
    return sorted(spans + roles, key=lambda s: (s.start, -s.end)), home


def _as_holder(article: Article, span: ActorSpan) -> ActorSpan:
    """An office named alone ("Presiden", "Wapres", "Kapolri") is the person holding it (`offices`)."""
    who = office_holder(span.actor.name or "", article)
    if who is None:
        return span
    eid, name, sector = who
    return replace(span, actor=replace(span.actor, entity_id=eid, name=name, country=INDONESIA,
                                       sector=span.actor.sector or sector))


def _domestic_role(span: ActorSpan) -> ActorSpan:
    """ "saya minta kepada Bapak Gubernur, Wali kota, Camat ...": an office only Indonesia has is Indonesian."""
    if span.actor.country or not IDN_ROLE_ANY.fullmatch(span.actor.name or ""):
        return span
    return replace(span, actor=replace(span.actor, country=INDONESIA))
