"""The article as the event coder reads it: sentences of tokens, with the actors in each.

Actors are the entities stage's actor spans (its mentions as country + sector
codes, `warta.annotate.actors`), plus pronouns resolved to who they stand
for: "kami", "saya" to the sentence's speaker, "dia", "mereka", "pihaknya" to
the nearest actor before them. Every candidate the argument model may pick as
a source or target is here, with its token range.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from warta.annotate.actors import (
    ACTOR_TYPES,
    GROUP_NOUNS,
    GROUP_TYPE,
    NAME_TYPE,
    NOT_NAMES,
    PLACE_TYPES,
    REGIONAL_OFFICES,
    ROLE_TYPE,
    ActorSpan,
    capital_country,
)
from warta.annotate.event_lexicon import WORD, find_triggers
from warta.annotate.overlap import SpanIndex
from warta.doc import tokenize
from warta.lang.id import function_words as fw
from warta.lang.id import nouns
from warta.model import Actor, Article, Quote

ANTI = "anti-"
PRONOUN_TYPE = "PRON"
SPEAKER_PRONOUNS = fw.SPEAKER_PRONOUNS
OTHER_PRONOUNS = fw.THIRD_PERSON_PRONOUNS | fw.REFERRING_FORMS  # not "kamu", "anda": the one spoken to
CURRENCIES = nouns.CURRENCIES
LAW_WORDS = nouns.LAW_WORDS


@dataclass(slots=True)
class Token:
    text: str
    low: str
    start: int
    end: int


@dataclass(slots=True)
class Cand:
    """A mention that may be an event's source or target: tokens [first, last], its actor, its kind."""

    first: int
    last: int
    span: ActorSpan
    kind: str  # PERSON, ORG, GPE, LOC, ROLE or PRON

    @property
    def actor(self) -> Actor:
        return self.span.actor


@dataclass
class EvSentence:
    start: int
    end: int
    tokens: list[Token]
    words: list[str]
    cands: list[Cand]
    lex: list[str]  # per token: "B-TYPE", "I-TYPE", "NONE" (a lexicon form that is no event) or "O"
    lex_modes: dict[int, tuple[str | None, str]] = field(default_factory=dict)  # first token -> (mode, voice)
    speaker: Actor | None = None


@dataclass
class EvDoc:
    article: Article
    sentences: list[EvSentence]
    home: str
    references: list[tuple[str | None, str]] = field(default_factory=list)  # per sentence, from the dates stage


def tokens(body: str, start: int, end: int, spans: list[tuple[int, int]] | None = None) -> list[Token]:
    """Word and punctuation tokens of body[start:end], from the document's tokens (`spans`) when given.
    The coder reads words finer than the document: "Jokowi's" is three tokens (the lexicon's word
    pattern splits at apostrophes), and "anti-pemerintah" is split so the name after "anti" can be an actor."""
    if spans is None:
        spans = tokenize(body, start, end)
    out = []
    for a, b in spans:
        pieces = [(a, b)] if body[a:b].isalnum() or not any(c in "’'`" for c in body[a:b]) else \
            [m.span() for m in WORD.finditer(body, a, b)]
        for ps, pe in pieces:
            word = body[ps:pe]
            if word.lower().startswith(ANTI) and len(word) > len(ANTI):
                cut = ps + len(ANTI)
                out += [Token(word[:3], "anti", ps, cut - 1), Token("-", "-", cut - 1, cut)]
                out.append(Token(word[len(ANTI):], word[len(ANTI):].lower(), cut, pe))
            else:
                out.append(Token(word, word.lower(), ps, pe))
    return out


def _token_range(toks: list[Token], start: int, end: int) -> tuple[int, int] | None:
    idx = [i for i, t in enumerate(toks) if t.start >= start and t.end <= end]
    return (idx[0], idx[-1]) if idx else None


def sub_national(span: ActorSpan) -> bool:
    """A city or region: a place whose id is not a country code, and not a capital standing for its state."""
    code = span.actor.entity_id or ""
    return span.etype in PLACE_TYPES and not (len(code) == 3 and code.isalpha() and code.isupper()) \
        and not capital_country(span.actor.name or "")


def _regional_office(toks: list[Token], first: int, last: int, span: ActorSpan) -> tuple[int, ActorSpan]:
    """ "Polres Metro Jakarta Selatan", "BNNP Bali": the office word joins the place, which then acts."""
    at = next((i for i in range(last - 1, max(first - 3, -1), -1) if toks[i].low in REGIONAL_OFFICES), None)
    if at is None or not sub_national(span) \
            or not all(t.text[:1].isupper() for t in toks[at:first] if t.text[:1].isalpha()):
        return first, span
    start = min(at, first)
    name = " ".join(t.text for t in toks[start:last + 1])
    actor = replace(span.actor, name=name, entity_id=None, sector=REGIONAL_OFFICES[toks[at].low])
    return start, replace(span, start=toks[start].start, actor=actor, etype="ORG")


def _cands(toks: list[Token], spans: list[ActorSpan], lo: int, hi: int) -> list[Cand]:
    out: list[Cand] = []
    for s in spans:
        if s.start < lo or s.end > hi:
            continue
        rng = _token_range(toks, s.start, s.end)
        # "per dolar AS", "Peraturan Pemerintah ...": a currency or a law names no actor
        if not rng or (rng[0] and toks[rng[0] - 1].low in CURRENCIES | LAW_WORDS):
            continue
        first, span = _regional_office(toks, rng[0], rng[1], s)
        prev = out[-1] if out else None
        # "di Bandara Juanda, Surabaya, Jawa Timur": a place after a region locates it, it does not act
        if prev and prev.last + 2 == first and toks[first - 1].text == "," and sub_national(prev.span) \
                and span.etype in PLACE_TYPES:
            continue
        out.append(Cand(first, rng[1], span, span.etype))
    return out


def _uncovered(cands: list[Cand], i: int) -> bool:
    return not any(c.first <= i <= c.last for c in cands)


def _extra_cands(toks: list[Token], cands: list[Cand], home_country: str) -> list[Cand]:
    """Names the entities stage left untyped (runs of capitalised words, initials) and group nouns."""
    out: list[Cand] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if t.text[:1].isupper() and t.low not in NOT_NAMES and _uncovered(cands, i) and t.text.isalpha():
            j = i
            while j + 1 < n and toks[j + 1].text[:1].isupper() and toks[j + 1].text.isalpha() \
                    and _uncovered(cands, j + 1):
                j += 1
            if j > i or i > 0:
                name = " ".join(x.text for x in toks[i:j + 1])
                actor = Actor(name, None, None, None)
                out.append(Cand(i, j, ActorSpan(t.start, toks[j].end, actor, NAME_TYPE), NAME_TYPE))
            i = j + 1
            continue
        if t.low in GROUP_NOUNS and _uncovered(cands, i):
            actor = Actor(t.text, None, home_country, GROUP_NOUNS[t.low])
            out.append(Cand(i, i, ActorSpan(t.start, t.end, actor, GROUP_TYPE), GROUP_TYPE))
        i += 1
    return out


def _lexicon(words: list[str], extra: tuple[str, ...] = ()) -> tuple[list[str], dict[int, tuple[str | None, str]]]:
    tags = ["O"] * len(words)
    modes: dict[int, tuple[str | None, str]] = {}
    for hit in find_triggers(words, blockers=True, extra=extra):
        etype = hit.predicate.type
        for i in range(hit.first, hit.last + 1):
            if tags[i] == "O":
                tags[i] = etype if etype == "NONE" else ("B-" if i == hit.first else "I-") + etype
        modes[hit.first] = (hit.predicate.mode, hit.predicate.voice)
    return tags, modes


def _speaker(quotes: list[Quote], actors: dict[str, Actor]) -> Actor | None:
    """Who the sentence is attributed to: the speaker of a quote it overlaps (`quotes`, in order),
    as the coded actor of that entity when the article has one (`actors` by entity id)."""
    for q in quotes:
        if q.speaker.name or q.speaker.entity_id:
            if q.speaker.entity_id in actors:
                return actors[q.speaker.entity_id]
            return Actor(q.speaker.name, q.speaker.entity_id, None, None)
    return None


def _pronouns(sent: EvSentence, previous: list[Cand]) -> None:
    """Add each pronoun as a candidate, resolved to its speaker or the nearest actor before it."""
    extra = []
    for i, t in enumerate(sent.tokens):
        if t.low in SPEAKER_PRONOUNS:
            actor = sent.speaker
        elif t.low in OTHER_PRONOUNS:
            before = [c for c in sent.cands if c.last < i and (c.kind in ACTOR_TYPES or c.kind == NAME_TYPE)] \
                or previous
            people = [c for c in before if c.kind in ("PERSON", NAME_TYPE)] \
                if t.low in ("ia", "dia", "beliau", "dirinya") else before
            pick = (people or before)[-1:] if (people or before) else []
            actor = pick[0].actor if pick else None
        else:
            continue
        actor = actor or Actor(t.text, None, None, None)
        extra.append(Cand(i, i, ActorSpan(t.start, t.end, replace(actor, name=actor.name or t.text), PRONOUN_TYPE),
                          PRONOUN_TYPE))
    sent.cands = sorted(sent.cands + extra, key=lambda c: (c.first, -c.last))


def read(article: Article, sentence_spans: list[tuple[int, int]], spans: list[ActorSpan], home: str,
         references: list[tuple[str | None, str]] | None = None,
         sentence_tokens: list[list[tuple[int, int]]] | None = None, lexicon: tuple[str, ...] = ()) -> EvDoc:
    """The article's sentences with tokens, candidates, lexicon hits and speakers; `spans` and `home`
    are the entities stage's actors and the country the article is about; `sentence_tokens` the
    document's tokens of each sentence (tokenised here when not given, as for gold sentences);
    `lexicon` extra predicate files."""
    body = article.body
    out: list[EvSentence] = []
    previous: list[Cand] = []
    # indexed once, so each sentence costs its own spans and quotes, not the article's
    by_span, by_quote = SpanIndex(spans), SpanIndex(article.quotes)
    coded: dict[str, Actor] = {}
    for sp in spans:
        if sp.actor.entity_id and sp.actor.country:
            coded.setdefault(sp.actor.entity_id, sp.actor)
    for n, (lo, hi) in enumerate(sentence_spans):
        toks = tokens(body, lo, hi, sentence_tokens[n] if sentence_tokens is not None else None)
        words = [t.low for t in toks]
        lex, modes = _lexicon(words, lexicon)
        cands = _cands(toks, by_span.overlapping(lo, hi), lo, hi)
        cands = sorted(cands + _extra_cands(toks, cands, home), key=lambda c: (c.first, -c.last))
        sent = EvSentence(lo, hi, toks, words, cands, lex, modes, _speaker(by_quote.overlapping(lo, hi), coded))
        _pronouns(sent, previous)
        actors = [c for c in sent.cands if c.kind in ACTOR_TYPES or c.kind == NAME_TYPE]
        previous = (previous + actors)[-6:]
        out.append(sent)
    return EvDoc(article, out, home, references or [])


__all__ = ["ACTOR_TYPES", "PLACE_TYPES", "PRONOUN_TYPE", "ROLE_TYPE", "Cand", "EvDoc", "EvSentence", "Token",
           "read", "sub_national", "tokens"]
