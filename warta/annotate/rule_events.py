"""The `events` stage: who did what to whom, coded in PLOVER, with modality.

For each sentence the predicate lexicon finds triggers; the actor spans
around a trigger give the source and target (subject before an active verb,
object or prepositional phrase after it, within the trigger's clause; the
reverse for di- passives); a pronoun or a missing subject is resolved from
the speaker of the sentence or the previous sentence. Precision comes first:
an event noun needs an owner or a light verb ("melakukan kunjungan"), an
actor right after a verb or inside a relative clause is not a subject, place
appositions ("Surabaya, Jawa Timur") and cities do not act (their offices
do: "Polda Bali"), an outlet that reports ("Dilaporkan Reuters, ...") does not
act, and sport reports are skipped. Charges and arrests within one country
are coded (a state prosecutes its own officials), and a bare "polisi" or
"pemerintah" acts for the country the article is about. Each event carries
the modality of its clause, who reported it (the quote's speaker, "menurut X",
"X menyatakan"), the sentence's date (else the publication date) and a
confidence measured against the dev sentences.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING

from warta.annotate.event_actors import (
    ACTOR_TYPES,
    HOME,
    IDN_ROLE_ANY,
    MEDIA,
    PLACE_TYPES,
    REGIONAL_OFFICES,
    ROLE_TYPE,
    ActorSpan,
    actor_spans,
    capital_country,
)
from warta.annotate.event_lexicon import WORD, Trigger, find_triggers
from warta.annotate.event_words import (
    ADJUNCT_OPENERS,
    BREAKS,
    CASE_OF,
    CASE_WORDS,
    CLAUSE_STOPS,
    CONTROL_VERBS,
    CURRENCIES,
    DUAL,
    FRAME_PREPS,
    GRAFT_WORDS,
    INSTITUTIONS,
    LAW_WORDS,
    LIGHT_VERBS,
    LIST_WORDS,
    NAMING,
    NOT_TARGET,
    NOT_VERBS,
    OBLIQUE,
    PREVERBAL,
    PRONOUNS,
    PROTEST_FRAME,
    PURPOSE,
    REPORTED_BY,
    REPORTING,
    REQUEST_FRAME,
    SPEAKER_PRONOUNS,
    SPEECH_AFTER,
    SPEECH_SELF,
    SPORT_WORDS,
    STOP_RIGHT,
    SUSPECTS,
    UNIT_WORDS,
    WITNESS,
)
from warta.annotate.modality import modality
from warta.model import Actor, Article, Event

if TYPE_CHECKING:
    from warta.pipeline import Draft

REPORT_REACH = 6
OBLIQUE_REACH = 3
POSSESSOR_REACH = 3
AGENT_REACH = 2
ANTI = "anti-"
RELATIVE_REACH = 5  # words from a relative "yang" to an actor inside its clause
PROTEST_REACH = 3  # words from a protest to the verb saying what it is against
PAUSES = frozenset({",", ".", ";", '"', "“", "”"})  # punctuation a phrase does not reach across
RELATIVE = frozenset({"yang"})
LIST_GAP = 7
UNTARGETED = frozenset({"PROTEST", "MOBILIZE", "ASSAULT", "COERCE", "ACCUSE"})
LEGAL_MODES = frozenset({"allege", "investigate"})
PRIVATE_SECTORS = frozenset({"CVL", "LAB"})
# "X ditetapkan sebagai tersangka": with no agent named, the case is with the authority last mentioned.
AUTHORITY_SECTORS = frozenset({"COP", "JUD"})
PATIENT_TYPES = frozenset({"COERCE", "ASSAULT", "ACCUSE"})
# What a speaker can do by speaking: the source of an agentless passive of these may be who says it.
VERBAL = frozenset({"ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT", "AGREE", "CONCEDE"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", None})
AUTHORITIES = frozenset({"org:kpk"})
DOMESTIC = frozenset({"COERCE", "ASSAULT", "PROTEST", "ACCUSE", "REJECT", "REQUEST", "CONCEDE"})
TARGET_TYPES = ACTOR_TYPES | {ROLE_TYPE}
# Below this, events were mostly wrong in a read of unlabelled articles (agentless,
# targetless passives: "Jika ditangkap seperti ini ..."); none of the dev events fall there.
MIN_CONFIDENCE = 0.5
VOICE_BASE = {"active": 0.75, "passive": 0.75, "noun": 0.65, "patient": 0.6, "receive": 0.5}
UNTARGETED_NOUNS = frozenset({"PROTEST", "ASSAULT", "COERCE"})
TARGET_REACH = 12
SPORT_ARTICLE = 4  # sport words in an article that make it a sport report throughout
# A news outlet reports and comments; it does not arrest, attack or sanction.
MEDIA_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "AGREE"})
LIGHT_REACH = 3
REQUEST_REACH = 12  # words from a request to the act it asks for
NAME_GAP = 2  # words between two parts of one long name ("Salman bin Abdul Aziz")
VERB_MIN = 6
LOOKAHEAD = 2
ARG_REACH = 5


@dataclass
class Token:
    text: str
    low: str
    start: int
    end: int


@dataclass
class Sentence:
    start: int
    end: int
    tokens: list[Token]
    actors: list[tuple[int, int, ActorSpan]]  # first token, last token, span
    speaker: ActorSpan | None = None
    quotes: list[tuple[int, int, ActorSpan | None, str | None]] = field(default_factory=list)

    @cached_property
    def words(self) -> list[str]:
        """The lowercased words, built once: every rule reads them, many times per trigger."""
        return [t.low for t in self.tokens]


def _tokens(body: str, start: int, end: int) -> list[Token]:
    """Word tokens; "anti-pemerintah" is split so the name after "anti" can be an actor."""
    out = []
    for m in WORD.finditer(body, start, end):
        word = m.group()
        if word.lower().startswith(ANTI) and len(word) > len(ANTI):
            cut = m.start() + len(ANTI)
            out += [Token(word[:len(ANTI) - 1], "anti", m.start(), cut - 1), Token("-", "-", cut - 1, cut)]
            out.append(Token(word[len(ANTI):], word[len(ANTI):].lower(), cut, m.end()))
        else:
            out.append(Token(word, word.lower(), m.start(), m.end()))
    return out


def _token_range(tokens: list[Token], start: int, end: int) -> tuple[int, int] | None:
    idx = [i for i, t in enumerate(tokens) if t.start >= start and t.end <= end]
    return (idx[0], idx[-1]) if idx else None


def _sentence(body: str, span: tuple[int, int], spans: list[ActorSpan]) -> Sentence:
    tokens = _tokens(body, *span)
    actors = []
    for s in spans:
        if s.start >= span[0] and s.end <= span[1]:
            rng = _token_range(tokens, s.start, s.end)
            # "per dolar AS", "Peraturan Pemerintah Pengganti Undang-Undang": a currency or a law names no actor
            if rng and not (rng[0] and tokens[rng[0] - 1].low in CURRENCIES | LAW_WORDS):
                actors.append((rng[0], rng[1], s))
    return Sentence(span[0], span[1], tokens, _drop_place_appositions(tokens, _regional_offices(tokens, actors)))


def _regional_offices(tokens: list[Token], actors: list[tuple[int, int, ActorSpan]]
                      ) -> list[tuple[int, int, ActorSpan]]:
    """ "BNNP Bali", "Polres Metro Jakarta Selatan", "penyidik Satreskoba Polrestabes Surabaya": the office
    word joins the place, which then acts."""
    out = []
    for first, last, span in actors:
        at = next((i for i in range(last - 1, max(first - 3, -1), -1) if tokens[i].low in REGIONAL_OFFICES), None)
        if at is not None and _sub_national(span) \
                and all(t.text[:1].isupper() for t in tokens[at:first] if t.text[:1].isalpha()):
            start = min(at, first)
            name = " ".join(t.text for t in tokens[start:last + 1])
            actor = replace(span.actor, name=name, entity_id=None, sector=REGIONAL_OFFICES[tokens[at].low])
            span = replace(span, start=tokens[start].start, actor=actor, etype="ORG")
            first = start
        out.append((first, last, span))
    return out


def _drop_place_appositions(tokens: list[Token], actors: list[tuple[int, int, ActorSpan]]
                            ) -> list[tuple[int, int, ActorSpan]]:
    """ "di Bandara Juanda, Surabaya, Jawa Timur": a place after a city or region locates it, it does not act."""
    out: list[tuple[int, int, ActorSpan]] = []
    for i, (first, last, span) in enumerate(actors):
        prev = actors[i - 1] if i else None
        if prev and prev[1] + 2 == first and tokens[first - 1].text == "," and _sub_national(prev[2]) \
                and span.etype in PLACE_TYPES:
            continue
        out.append((first, last, span))
    return out


def _sub_national(span: ActorSpan) -> bool:
    """A city or region: a place whose id is not a country code, and not a capital standing for its state."""
    code = span.actor.entity_id or ""
    return span.etype in PLACE_TYPES and not (len(code) == 3 and code.isalpha() and code.isupper()) \
        and not capital_country(span.actor.name or "")


def _marked(words: list[str], first: int, reach: int, marks: frozenset[str], floor: int = 0) -> bool:
    """One of `marks` within `reach` words before token `first` (not before `floor`), with no
    punctuation between."""
    for w in reversed(words[max(floor, first - reach):first]):
        if w in PAUSES:
            return False
        if w in marks:
            return True
    return False


def _is_oblique(words: list[str], first: int, floor: int = 0) -> bool:
    """A preposition (or a reporting word: "menurut", "dilansir") shortly before the actor, after `floor`."""
    return _marked(words, first, OBLIQUE_REACH, OBLIQUE | REPORTED_BY, floor)


def _in_relative(words: list[str], first: int, trigger: int) -> bool:
    """ "milisi yang didukung Iran melancarkan ...", "Majelis Hakim yang dipimpin hakim ketua M Saptono,
    menyatakan ...": the actor sits in a relative clause."""
    return first < trigger and _marked(words, first, RELATIVE_REACH, RELATIVE)


def _left_subject(sent: Sentence, trig: Trigger) -> tuple[ActorSpan | None, str | None]:
    """Nearest non-oblique actor before the trigger, or the pronoun in its way."""
    words = sent.words
    actors = [a for a in sent.actors if a[1] < trig.first and a[2].etype in ACTOR_TYPES]
    nearest = max(actors, key=lambda a: a[1], default=None)
    for i in range(trig.first - 1, (nearest[1] if nearest else -1), -1):
        if words[i] in PRONOUNS or words[i] in DUAL:
            return None, words[i]
    ends = sorted(a[1] for a in sent.actors)
    for first, _last, span in sorted(actors, key=lambda a: -a[1]):
        floor = max((e + 1 for e in ends if e < first), default=0)
        # "dari Singapura, Amos Yee, mendapat ...": the name after the comma heads the span
        first = max((i + 1 for i in range(first, _last) if words[i] == ","), default=first)
        # "Dalam penggeledahan KPK menyita ...": right before the verb, after a noun, it is the subject
        right_before = _last == trig.first - 1 and first > 0 and words[first - 1] not in OBLIQUE
        # "... Departemen Kehakiman AS yang memerintahkan Apple": the head of the trigger's own relative clause
        heads = words[_last + 1:_last + 2] == ["yang"] and set(words[_last + 2:trig.first]) <= PREVERBAL
        if (right_before or not _is_oblique(words, first, floor)) \
                and (heads or not _in_relative(words, first, trig.first)) \
                and not _is_object(words, first) and words[first - 1:first] != ["asal"]:
            return (None, None) if _other_head(words, _last, trig.first) else (span, None)
    return None, None


def _other_head(words: list[str], last: int, trigger: int) -> bool:
    """ "AS membidik individu yang ... mendukung X": the trigger's subject is the noun before "yang"
    (unless that noun is coordinated with the actor: "Pasukan Suriah dan milisi yang didukung Iran ...")."""
    joined = words[last + 1:last + 2] in (["dan"], ["serta"])
    return any(words[i] == "yang" and i - 1 != last and not (joined and i - last <= 4) for i in range(last + 1, trigger))


def _is_object(words: list[str], first: int) -> bool:
    """ "meninggalkan Bangladesh untuk ...": an actor right after a verb is its object, not a subject
    (except after a control verb: in "meminta KPK memeriksa X" KPK is the one who questions)."""
    prev = words[first - 1] if first else ""
    return len(prev) >= VERB_MIN and prev.startswith(("me", "di")) and prev not in NOT_VERBS | CONTROL_VERBS


def _right_actors(sent: Sentence, trig: Trigger) -> list[tuple[int, ActorSpan, bool]]:
    """Actors after the trigger within reach, stopping at a speech verb: (index, span, oblique)."""
    words = sent.words
    out = []
    stop = next((i for i in range(trig.last + 1, len(words)) if words[i] in STOP_RIGHT or _purpose(words, i)),
                len(words))
    for first, _last, span in sorted(sent.actors, key=lambda a: a[0]):
        if trig.last < first < min(stop, trig.last + 1 + TARGET_REACH) and span.etype in TARGET_TYPES:
            prev = words[first - 1] if first else ""
            if prev in NOT_TARGET:
                continue
            out.append((first, span, _is_oblique(words, first)))
    return out


def _purpose(words: list[str], i: int) -> bool:
    """ "untuk mendorong resolusi ...": a purpose clause, with its own object, starts here."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return words[i] in PURPOSE and len(nxt) >= VERB_MIN and nxt.startswith(("me", "ber", "di", "ter"))


def _authority(span: ActorSpan) -> bool:
    return span.etype == "ORG" and (span.actor.sector in AUTHORITY_SECTORS or span.actor.entity_id in AUTHORITIES)


def _same(a: ActorSpan | None, b: ActorSpan | None) -> bool:
    if a is None or b is None:
        return False
    if a.actor.entity_id and a.actor.entity_id == b.actor.entity_id:
        return True
    return a.start == b.start


@dataclass
class Context:
    """What earlier (and a few later) sentences tell about who is acting and speaking."""

    sentences: list[Sentence]
    last_subject: ActorSpan | None = None
    last_speaker: ActorSpan | None = None
    last_authority: ActorSpan | None = None  # the police, prosecutor or court a case is with
    home: str = HOME  # the country the article is about
    case: bool = field(init=False)  # the article is about a criminal case: suspects, police, prosecutors
    graft: bool = field(init=False)  # ... about a corruption case, whose suspects are officials

    def __post_init__(self) -> None:
        words = set().union(*(s.words for s in self.sentences))
        self.case = bool(CASE_WORDS & words)
        self.graft = bool(GRAFT_WORDS & words)

    def note_authority(self, sent: Sentence, before: int | None = None) -> ActorSpan | None:
        """Remember the police, prosecutor or court named in `sent` (before token `before`); the latest one."""
        for first, _last, span in sent.actors:
            if (before is None or first < before) and _authority(span):
                self.last_authority = span
        return self.last_authority

    def speaker_ahead(self, index: int) -> ActorSpan | None:
        for s in self.sentences[index + 1:index + 1 + LOOKAHEAD]:
            if s.speaker:
                return s.speaker
        return None

    def previous_subject(self, index: int) -> ActorSpan | None:
        if self.last_subject:
            return self.last_subject
        if index == 0:
            return None
        prev = self.sentences[index - 1]
        firsts = [a[2] for a in prev.actors if a[2].etype in ACTOR_TYPES and not _is_oblique(prev.words, a[0])]
        return firsts[0] if firsts else None


def _speaker(sent: Sentence, ctx: Context) -> ActorSpan | None:
    """The actor the sentence is attributed to ("kata X", "menurut X", "X menyatakan", "katanya")."""
    words = sent.words
    for first, _last, span in sent.actors:
        if span.etype not in ACTOR_TYPES:
            continue
        before = words[first - 1] if first else ""
        if before in SPEECH_AFTER or _reports(words, _last):
            return span
    if SPEECH_SELF & set(words):
        return ctx.last_speaker
    return None


def _reports(words: list[str], last: int) -> bool:
    """A reporting verb follows the actor closely ("X pada November lalu menyatakan")."""
    for w in words[last + 1:last + 1 + REPORT_REACH]:
        if w in REPORTING:
            return True
        if w in (",", ".", '"', "“", "”") or w in SPEECH_AFTER:
            return False
    return False


def _quote_at(article: Article, spans: list[ActorSpan], pos: int) -> tuple[ActorSpan | None, str | None] | None:
    """The speaker of a quote covering `pos`: (actor span if known, display name)."""
    for q in article.quotes:
        if q.start <= pos < q.end:
            name = q.speaker.name
            match = [s for s in spans if q.speaker.entity_id and s.actor.entity_id == q.speaker.entity_id]
            return (match[0] if match else None), name
    return None


def _resolve(pronoun: str | None, sent: Sentence, index: int, ctx: Context, quoted: ActorSpan | None) -> ActorSpan | None:
    if pronoun in DUAL:
        return None
    if pronoun in SPEAKER_PRONOUNS:
        return quoted or sent.speaker or ctx.last_speaker
    return ctx.previous_subject(index)


def _possessor(sent: Sentence, trig: Trigger, right: list[tuple[int, ActorSpan, bool]]
               ) -> tuple[ActorSpan, list[tuple[int, ActorSpan, bool]]] | None:
    """ "kunjungan [pemimpin Korut, Kim Jong Un] ke Rusia": the actor right after a nominal owns it."""
    if _between(sent, trig) and len(right) >= 2:  # "kesepakatan antara A dan B"
        return right[0][1], right[1:]
    if trig.predicate.form[-1] in OBLIQUE:  # "kunjungan ke X": X is the destination
        return None
    gap = sent.words[trig.last + 1:right[0][0]] if right else []
    if gap[-1:] in (["asal"], ["dari"]):  # "kedatangan startup asal Malaysia": where they come from
        return None
    if right and right[0][0] - trig.last <= POSSESSOR_REACH and not _is_oblique(sent.words, right[0][0], trig.last + 1) \
            and not any(w == "yang" or w in BREAKS or _verb(w) for w in gap):
        # "penangkapan, warga ...", "Penangkapan tersebut dibenarkan Kasat ...": not its owner
        return right[0][1], right[1:]
    return None


def _between(sent: Sentence, trig: Trigger) -> bool:
    """ "pertemuan antara pimpinan KPK dengan Kapolri": a nominal between parties, the first its owner."""
    return trig.predicate.form[-1] == "antara" or sent.words[trig.last + 1:trig.last + 2] == ["antara"]


def _patient_noun(trig: Trigger) -> bool:
    """A pe-…-an nominal of a verb done to someone: the name after it is the one it is done to."""
    word = trig.predicate.form[0]
    return trig.predicate.type in PATIENT_TYPES and word.startswith("pe") and word.endswith("an") \
        and not word.startswith("per")


def _noun_target(sent: Sentence, trig: Trigger, rest: list[tuple[int, ActorSpan, bool]], source: ActorSpan
                 ) -> ActorSpan | None:
    """ "kunjungan Kim ke Rusia": the target is an argument of the nominal, after its owner."""
    if _between(sent, trig):  # "kesepakatan antara A, B dan C": the others are the parties
        return _first_target([s for _, s, _ in rest if not _same(s, source)])
    anchor = next((last for _f, last, s in sent.actors if s is source and last > trig.last), trig.last)
    # after the owner only a preposition's object is an argument: a bare name there is more of the owner's
    # ("Kunjungan Raja Arab Saudi Salman bin Abdul Aziz ke Indonesia")
    ends = {f: last for f, last, _s in sent.actors}
    for first, _s, oblique in rest:
        if first > anchor and not oblique and first - anchor <= NAME_GAP + 1:
            anchor = ends.get(first, anchor)
    rest = [r for r in rest if r[2] and r[0] > anchor]
    return _frame_target(sent, anchor, rest, source, trig.predicate.type)


def _first_target(candidates: list[ActorSpan]) -> ActorSpan | None:
    """The first coded actor; a group known only by its role when there is none."""
    return next((s for s in candidates if s.actor.country), candidates[0] if candidates else None)


def _light_verb(words: list[str], first: int) -> bool:
    """The event noun is the object of a light verb close before it."""
    for w in reversed(words[max(0, first - LIGHT_REACH):first]):
        if w in LIGHT_VERBS:
            return True
        if w in PAUSES or w in ("yang", "dan"):
            return False
    return False


def _participial(sent: Sentence, trig: Trigger, right: list[tuple[int, ActorSpan, bool]]
                 ) -> tuple[ActorSpan | None, ActorSpan | None, bool]:
    """ "Bekerja sama dengan X, Y menggarap ...": the subject of the main clause after the comma acts."""
    comma = next((i for i in range(trig.last + 1, len(sent.words)) if sent.words[i] == ","), None)
    if comma is None:
        return None, None, False
    source = next((s for f, s, obl in right if f > comma and not obl), None)
    before = [r for r in right if r[0] < comma]
    return source, _frame_target(sent, trig.last, before, source, trig.predicate.type), source is not None


def _fronted(words: list[str], first: int) -> bool:
    """ "Dalam kunjungan ke Pyongyang, Shoigu ...": an opening adjunct whose subject follows."""
    return first > 0 and all(w in ADJUNCT_OPENERS for w in words[:first])


def _adjacent(sent: Sentence, span: ActorSpan, trig: Trigger) -> bool:
    """ "bertemu Putin membahas ...": the object of one verb is not the subject of the next."""
    return sent.tokens[trig.first - 1].end == span.end if trig.first else False


def _coordinated(sent: Sentence, trig: Trigger) -> tuple[ActorSpan, ActorSpan] | None:
    """ "Kim dan Putin bertemu": the first is the source, the second the target. Only a reciprocal
    verb (ber-, agreeing, cooperating, meeting) reads so: "Anies dan Sandiaga mengunjungi klenteng" is two visitors."""
    words = sent.words
    pred = trig.predicate
    if not (pred.form[0].startswith("ber") or pred.type in ("AGREE", "COOPERATE")
            or (pred.type == "CONSULT" and pred.mode not in ("visit", "host"))):
        return None
    left = sorted((a for a in sent.actors if a[1] < trig.first and a[2].etype in ACTOR_TYPES), key=lambda a: a[0])
    if len(left) < 2:
        return None
    (f1, l1, a1), (f2, _l2, a2) = left[-2], left[-1]
    if l1 + 2 == f2 and words[l1 + 1] in ("dan", "serta", "bersama") and not _is_oblique(words, f1):
        return a1, a2
    return None


def _actors(sent: Sentence, index: int, trig: Trigger, ctx: Context, quoted: ActorSpan | None,
            prev: tuple[ActorSpan, ActorSpan | None] | None = None,
            ) -> tuple[ActorSpan | None, ActorSpan | None, bool]:
    """(source, target, source found in the sentence itself)."""
    voice = trig.predicate.voice
    left, pronoun = _left_subject(sent, trig)
    if left is None and pronoun is None:
        left = _home_institution(sent, trig, ctx.home)
    right = _right_actors(sent, trig)
    if voice == "receive":
        givers = [s for f, _l, s in sent.actors if f > trig.last and s.etype in ACTOR_TYPES and not _same(s, left)]
        return (givers[0] if givers else None), left, bool(givers)
    if voice in ("passive", "patient"):
        return _passive_actors(sent, index, trig, ctx, quoted, left, pronoun)
    if voice == "noun":
        done_by = _done_by(sent, trig)
        if done_by is not None:  # an agent named outright: the noun reads as a verb
            return done_by, None, True
        owned = _possessor(sent, trig, right)
        if owned and _patient_noun(trig):  # "penangkapan Sri Rahayu": the one arrested
            source = left if _light_verb(sent.words, trig.first) else None
            if source is None and _procedure(trig):
                source = ctx.note_authority(sent, trig.first)
            return source, owned[0], source is left and left is not None
        if owned:
            owner, rest = owned
            return owner, _noun_target(sent, trig, rest, owner), True
        if not (_light_verb(sent.words, trig.first) or _fronted(sent.words, trig.first)):
            # "daftar kunjungan terbanyak": nobody visits
            return None, None, False
    source, direct = left, left is not None
    if source is not None and prev is not None and prev[1] is source and _adjacent(sent, source, trig):
        source = prev[0]
    pair = _coordinated(sent, trig) if source is not None and voice in ("active", "noun") else None
    if pair:
        return pair[0], pair[1], direct
    if source is None and pronoun:
        source = _resolve(pronoun, sent, index, ctx, quoted)
    if source is None and pronoun is None and voice == "active" and (trig.first == 0 or _fronted(sent.words, trig.first)):
        return _participial(sent, trig, right)
    if source is None and pronoun is None and voice == "noun":  # "Dalam kunjungan ke X, Y ..."
        subj = [s for _, s, obl in right if not obl]
        source, direct = (subj[0], True) if subj else (None, False)
        right = [r for r in right if not _same(r[1], source)]
    inside = [a for f, _l, a in sent.actors if trig.first < f < trig.last and a.etype in ("PERSON", "ORG", ROLE_TYPE)]
    if inside and not _same(inside[0], source):  # "menetapkan [Zumi Zola] sebagai tersangka"
        return source, inside[0], direct
    return source, _frame_target(sent, trig.last, right, source, trig.predicate.type), direct


def _home_institution(sent: Sentence, trig: Trigger, home: str) -> ActorSpan | None:
    """ "Kepolisian menangkap ...", "polisi masih terus memeriksa ...": a bare police, prosecutor, court
    or government right before its verb (adverbs aside) is the one of the country the article is about."""
    for _first, last, span in sent.actors:
        if last < trig.first and _institution(span) and set(sent.words[last + 1:trig.first]) <= PREVERBAL:
            return _at_home(span, home)
    return None


def _institution(span: ActorSpan) -> bool:
    return span.etype == ROLE_TYPE and (span.actor.name or "").lower() in INSTITUTIONS


def _at_home(span: ActorSpan, home: str) -> ActorSpan:
    return replace(span, actor=replace(span.actor, country=home), etype="ORG")


def _done_by(sent: Sentence, trig: Trigger) -> ActorSpan | None:
    """ "Penangkapan dilakukan (oleh) Polres Lampung Timur": the agent of "dilakukan" does it."""
    words = sent.words
    if words[trig.last + 1:trig.last + 2] != ["dilakukan"]:
        return None
    return next((a for f, _l, a in sent.actors if a.etype in ACTOR_TYPES and trig.last + 1 < f <= trig.last + 6
                 and not BREAKS & set(words[trig.last + 2:f])), None)


def _passive_actors(sent: Sentence, index: int, trig: Trigger, ctx: Context, quoted: ActorSpan | None,
                    left: ActorSpan | None, pronoun: str | None) -> tuple[ActorSpan | None, ActorSpan | None, bool]:
    """A di- passive: the subject is the target; the agent follows ("oleh X", or X right after the verb).

    A bare "polisi" after the verb is the home country's police. With no agent
    named, a charge or arrest comes from the authority the article last
    mentioned, else the speaker, else the home state itself (no name); anything
    else comes from the speaker. Deployed forces ("pasukan TNI dikerahkan")
    mobilise themselves.
    """
    words = sent.words
    if left is not None and _reported(sent, left, trig):  # "Kapolri menyatakan dua pelaku ditangkap"
        left = None
    target = left or (_resolve(pronoun, sent, index, ctx, quoted) if pronoun else None)
    if trig.first and words[trig.first - 1] == "yang":  # "X yang didukung Y": only X is the target
        target = next((a for f, last, a in sent.actors if last == trig.first - 2), None)
    agent = [s for f, _l, s in sent.actors if s.etype in ACTOR_TYPES and f > trig.last
             and (words[f - 1] == "oleh" or (_agent_gap(words, trig.last, f) <= AGENT_REACH
                                             and words[f - 1] not in OBLIQUE | NAMING))
             ] if trig.predicate.voice == "passive" else []
    if not agent and trig.predicate.voice == "passive":  # "ditangkap (oleh) polisi"
        agent = [_at_home(s, ctx.home) for f, _l, s in sent.actors if _institution(s)
                 and f in (trig.last + 1, trig.last + 2) and words[f - 1] in ("oleh", "pihak", words[trig.last])]
    if agent:
        return agent[0], target, True
    if trig.predicate.type == "MOBILIZE" and target is not None:  # "pasukan TNI dikerahkan": TNI mobilises
        return target, None, True
    after = sent.tokens[trig.last + 1].text if trig.last + 1 < len(sent.tokens) else ""
    if trig.predicate.derived or after == "oleh" or after[:1].isupper():
        return None, target, False  # an agent we cannot code ("diinvestigasi FIA") is not the speaker
    abroad = any(a.etype == "GPE" and a.actor.country not in (None, ctx.home) and words[f - 1:f] == ["di"]
                 for f, _l, a in sent.actors)  # "ditahan di Washington": not by the home country
    if _procedure(trig):
        if abroad:
            return None, target, False
        authority = ctx.note_authority(sent, trig.first)
        if authority is not None:
            return authority, target, False
    elif target is None or trig.predicate.type not in VERBAL:  # "warga dibunuh, kata X": X did not do it
        return None, target, False
    source = quoted or sent.speaker or ctx.speaker_ahead(index) or ctx.last_speaker
    if source is None and _procedure(trig) and (target is not None or ctx.case):  # "Dua pelaku ditangkap di Depok."
        source = _home_state(sent, trig, ctx)
    return source, target, False


def _agent_gap(words: list[str], last: int, first: int) -> int:
    """Distance from a passive verb to its agent, not counting the unit words before a name
    ("ditangkap Tim Densus 88", "diperiksa penyidik KPK")."""
    return first - last - sum(w in UNIT_WORDS for w in words[last + 1:first])


def _home_state(sent: Sentence, trig: Trigger, ctx: Context) -> ActorSpan:
    """The state of the article's country, unnamed, placed at the trigger."""
    token = sent.tokens[trig.first]
    return ActorSpan(token.start, token.start, Actor(None, None, ctx.home, None), "ORG")


def _reported(sent: Sentence, span: ActorSpan, trig: Trigger) -> bool:
    """A reporting verb between the actor and the trigger: the actor says it, and is not its subject."""
    last = next((end for _f, end, a in sent.actors if a is span), None)
    return last is not None and any(w in REPORTING for w in sent.words[last + 1:trig.first])


def _procedure(trig: Trigger) -> bool:
    """An arrest, search, charge or investigation: what only the state does, so it may stand agentless."""
    return trig.predicate.type == "COERCE" or trig.predicate.mode in LEGAL_MODES


def _frame_target(sent: Sentence, anchor: int, right: list[tuple[int, ActorSpan, bool]],
                  source: ActorSpan | None, etype: str) -> ActorSpan | None:
    """The first actor that is an argument of the trigger ending at `anchor`; None when none clearly is."""
    words = sent.words
    governs = FRAME_PREPS | {"PROTEST": PROTEST_FRAME, "REQUEST": REQUEST_FRAME}.get(etype, frozenset())
    args = [s for f, s, _ in right if f > anchor and not _same(s, source) and _argument(words, anchor, f, governs)]
    return _first_target(args)


def _argument(words: list[str], anchor: int, first: int, governs: frozenset[str] = FRAME_PREPS) -> bool:
    """In the trigger's object phrase: close after it, with no clause break, other verb or ungoverned preposition."""
    gap = words[anchor + 1:first]
    if gap[:1] == [","] and REQUEST_FRAME <= governs:  # "ia meminta, Ketua Umum Partai Hanura ... segera":
        gap = gap[1:]  # a request's addressee after a pause
    if gap[-2:-1] in (["bekas"], ["jajahan"], ["milik"]) or gap[-1:] in (["bekas"], ["jajahan"], ["milik"]):
        return False  # "wilayah bekas jajahan Inggris": the actor only describes a place
    return len(gap) <= ARG_REACH and not any(
        (w in BREAKS and w not in governs) or (w in OBLIQUE and w not in governs and gap[i - 1:i] not in (["lebih"], ["kurang"]))
        or (_verb(w) and w not in governs) for i, w in enumerate(gap))


def _verb(word: str) -> bool:
    return len(word) >= VERB_MIN and word.startswith(("me", "ber", "di", "ter")) and word not in NOT_VERBS


def _event_date(article: Article, sent: Sentence) -> str | None:
    for d in article.dates:
        if sent.start <= d.start < sent.end and d.value:
            return d.value
    return article.published[:10] if article.published else None


def _place(sent: Sentence, trig: Trigger) -> str | None:
    words = sent.words
    for first, _last, span in sent.actors:
        prev = words[first - 1] if first else ""
        if span.etype in ("GPE", "LOC") and (prev == "di" or (prev == "ke" and trig.predicate.mode == "visit")):
            if first > trig.last or prev == "di":
                return " ".join(t.text for t in sent.tokens[first:_last + 1])
    return None


def _confidence(trig: Trigger, source: ActorSpan, target: ActorSpan | None, direct: bool) -> float:
    """Chance the event is right, from what measured reliable on the dev sentences.

    Verbs with their subject in the sentence do best; nominals, receive-phrases,
    a source taken from context, and a missing target each cost.
    """
    score = VOICE_BASE.get(trig.predicate.voice, 0.6)
    score += 0.1 if target is not None and target.actor.country else -0.15
    score += 0.05 if direct else -0.1
    score += 0.05 if len(trig.predicate.form) > 1 else 0.0
    return round(min(max(score, 0.05), 0.95), 2)


def _to_actor(span: ActorSpan | None) -> Actor | None:
    return span.actor if span else None


Quoted = tuple[ActorSpan | None, str | None] | None


def _event(article: Article, sent: Sentence, trig: Trigger, source: ActorSpan, target: ActorSpan | None,
           direct: bool, quote: Quoted) -> Event:
    reporter = quote[1] if quote and quote[1] else (sent.speaker.actor.name if sent.speaker else None)
    return Event(
        type=trig.predicate.type, mode=trig.predicate.mode, cameo=trig.predicate.cameo,
        source=source.actor, target=_to_actor(target), date=_event_date(article, sent),
        place=_place(sent, trig), modality=modality(sent.words, trig.first, trig.last),
        text=article.body[sent.start:sent.end], start=sent.start, end=sent.end,
        trigger=" ".join(t.text for t in sent.tokens[trig.first:trig.last + 1]),
        reported_by=reporter, confidence=_confidence(trig, source, target, direct),
    )


def _code_sentence(article: Article, spans: list[ActorSpan], sent: Sentence, index: int, ctx: Context) -> list[Event]:
    events: list[Event] = []
    seen: set[tuple[str, str | None, str | None]] = set()
    prev: tuple[ActorSpan, ActorSpan | None] | None = None
    requests: list[Trigger] = []
    protests: list[Trigger] = []
    for trig in find_triggers(sent.words):
        if trig.predicate.mode == "investigate" and _witness(sent.words, trig):
            continue  # questioning a witness accuses no one
        if trig.predicate.voice == "noun" and trig.first and sent.words[trig.first - 1] in CASE_OF:
            continue  # "pelaku pembunuhan": a crime named, not done here
        if trig.predicate.type != "REQUEST" and any(_requested(sent.words, r, trig) for r in requests):
            continue  # "KPAI meminta polisi mengusut ...": asked for, not done
        if trig.predicate.type == "REQUEST" and trig.predicate.voice == "active":
            requests.append(trig)
        if trig.predicate.type == "PROTEST":
            protests.append(trig)
        elif trig.predicate.type in ("REJECT", "ACCUSE") and trig.predicate.form[0] in PROTEST_FRAME \
                and any(0 < trig.first - p.last <= PROTEST_REACH for p in protests):
            continue  # "demonstran turun aksi menentang reformasi": what the protest is against, not a second event
        quote = _quote_at(article, spans, sent.tokens[trig.first].start)
        source, target, direct = _actors(sent, index, trig, ctx, quote[0] if quote else None, prev)
        if trig.predicate.type == "PROTEST" and (source is None or not source.actor.country) and _plain_protest(sent, trig):
            source, target = _protest_actors(sent, trig, ctx, source, target)
        noun = trig.predicate.voice == "noun" and _done_by(sent, trig) is None
        if target is not None and _sub_national(target):  # "menangkap pelaku di Jakarta Timur": where, not whom
            target = _host(target) if trig.predicate.mode == "visit" else None
        if target is None and source is not None and trig.predicate.mode == "visit":
            target = _visited(sent, source)
        target = _private(_domestic(source, target, trig.predicate.type), trig)
        target = _compatriot(source, target, ctx.home, trig)
        target = _officials(sent, source, target, trig, ctx)
        source = _home_source(source, target, ctx.home)
        if source is None or not _codable(source, target, trig.predicate.type, noun):
            continue
        prev = (source, target)
        for actor in [*reversed(_co_sources(sent, source, target)), source, *_co_agents(sent, source, target)]:
            key = (trig.predicate.type, actor.actor.country, target.actor.country if target else None)
            if key not in seen and _codable(actor, target, trig.predicate.type, noun):
                seen.add(key)
                events.append(_event(article, sent, trig, actor, target, direct, quote))
        if trig.predicate.voice == "active" and direct:
            ctx.last_subject = source
    return _drop_untargeted(events)


def _requested(words: list[str], request: Trigger, trig: Trigger) -> bool:
    """`trig` lies in what `request` asks for: close after it, in the same clause."""
    gap = words[request.last + 1:trig.first]
    return len(gap) <= REQUEST_REACH and not any(w in CLAUSE_STOPS or w in (".", '"', "“", "”") for w in gap)


def _witness(words: list[str], trig: Trigger) -> bool:
    """Those questioned are witnesses ("sebagai saksi untuk tersangka X"), not suspects named first
    ("memeriksa para pelaku dan saksi-saksi")."""
    at = next((i for i, w in enumerate(words) if w in WITNESS), None)
    return at is not None and not SUSPECTS & set(words[trig.last + 1:at])


def _host(place: ActorSpan) -> ActorSpan | None:
    """ "kunjungan ke Bandung": a visit to a city is a visit to its country."""
    if not place.actor.country:
        return None
    return replace(place, actor=Actor(place.actor.name, place.actor.country, place.actor.country, None), etype="GPE")


def _visited(sent: Sentence, source: ActorSpan) -> ActorSpan | None:
    """ "Setibanya di Kabul, Presiden Jokowi akan melakukan kunjungan kenegaraan ...": a visit with no
    destination named after it is to the foreign place the sentence puts it in."""
    for first, _last, span in sent.actors:
        if span.etype in PLACE_TYPES and first and sent.words[first - 1] in ("di", "ke") \
                and span.actor.country not in (None, source.actor.country):
            return _host(span)
    return None


def _compatriot(source: ActorSpan | None, target: ActorSpan | None, home: str, trig: Trigger) -> ActorSpan | None:
    """ "Partai Golkar mencabut dukungannya untuk Ridwan Kamil": in Indonesian news about Indonesia, a person
    with no known country acted on by an Indonesian actor is Indonesian. A private person arrested or
    charged (no office, no sector) is no political target: the event keeps none."""
    if source is None or target is None or target.etype not in ("PERSON", "ORG") or target.actor.country \
            or source.actor.country != home or home != HOME:
        return target
    if _procedure(trig) and not target.actor.sector:
        return None
    return replace(target, actor=replace(target.actor, country=home))


def _plain_protest(sent: Sentence, trig: Trigger) -> bool:
    """A protest word that surely is one: not a bare "mogok" (a car breaks down too) nor part of a name
    ("roket Long March 7", "Demo Day")."""
    if trig.predicate.form == ("mogok",):
        return False
    texts = [t.text for t in sent.tokens[trig.first:trig.last + 1]]
    return trig.first == 0 or not all(x[:1].isupper() for x in texts)


def _owner(sent: Sentence, trig: Trigger, span: ActorSpan) -> bool:
    """ "aksi mogok makan tahanan Palestina": the actor after a protest noun with no preposition between
    is whose protest it is."""
    first = next((f for f, _l, s in sent.actors if s is span), None)
    gap = sent.words[trig.last + 1:first] if first is not None else ["?"]
    return not any(w in FRAME_PREPS or w in PROTEST_FRAME or w in BREAKS for w in gap)


def _protest_actors(sent: Sentence, trig: Trigger, ctx: Context, source: ActorSpan | None, target: ActorSpan | None
                    ) -> tuple[ActorSpan, ActorSpan | None]:
    """Who protests against whom when no protester is named: "demonstrasi anti-pemerintah" is against the
    government; "aksi mogok makan tahanan Palestina" is the prisoners' own."""
    if source is not None and "anti" in sent.words[trig.last + 1:trig.last + 3]:
        target = target or source
    owner = target if source is None and target is not None and _owner(sent, trig, target) else None
    return _protesters(sent, trig, ctx, owner), None if owner else target


def _protesters(sent: Sentence, trig: Trigger, ctx: Context, owner: ActorSpan | None = None) -> ActorSpan:
    """ "demonstrasi anti-pemerintah di Kabul": a protest with no one named is the civilians' of its
    owner ("tahanan Palestina"), else of the place it happens in, else of the country the article is about."""
    country = owner.actor.country if owner is not None and owner.actor.country else next(
        (span.actor.country for first, _last, span in sent.actors if span.etype in PLACE_TYPES
         and span.actor.country and first and sent.words[first - 1] == "di"), ctx.home)
    token = sent.tokens[trig.first]
    return ActorSpan(token.start, token.start, Actor(None, None, country, "CVL"), "ORG")


def _home_source(source: ActorSpan | None, target: ActorSpan | None, home: str) -> ActorSpan | None:
    """ "Direktur LBH Pers mendesak Kapolda ...": an office holder or body (not a company) of no known
    country acting on the country the article is about is of that country."""
    if source is None or source.actor.country or source.etype not in ("PERSON", "ORG") \
            or source.actor.sector in (None, "BUS") or target is None or target.actor.country != home:
        return source
    return replace(source, actor=replace(source.actor, country=home))


def _officials(sent: Sentence, source: ActorSpan | None, target: ActorSpan | None, trig: Trigger, ctx: Context
               ) -> ActorSpan | None:
    """ "KPK menyita dokumen", "KPK menduga Fahd ... memainkan anggaran": in a corruption case in
    Indonesia the state acts on its own officials, named or not."""
    if target is not None or source is None or not ctx.graft or not _procedure(trig) \
            or source.actor.country != ctx.home or ctx.home != HOME:
        return target
    return _home_state(sent, trig, ctx)


def _private(target: ActorSpan | None, trig: Trigger) -> ActorSpan | None:
    """ "mengamankan tiga pekerja": people arrested or charged as private persons are no political
    target (a crowd dispersed is one)."""
    if target is not None and target.etype == ROLE_TYPE and target.actor.sector in PRIVATE_SECTORS \
            and _procedure(trig) and trig.predicate.mode != "restrict":
        return None
    return target


def _domestic(source: ActorSpan | None, target: ActorSpan | None, etype: str) -> ActorSpan | None:
    """ "Pemerintah Kenya menangkap [penasihat oposisi]": a target known only by its role is domestic."""
    if source is None or target is None or target.actor.country or etype not in DOMESTIC:
        return target
    if not source.actor.country or not target.actor.sector or target.actor.sector == source.actor.sector:
        return target
    return replace(target, actor=replace(target.actor, country=source.actor.country))


def _co_sources(sent: Sentence, source: ActorSpan, target: ActorSpan | None) -> list[ActorSpan]:
    """ "Arab Saudi, Bahrain dan Mesir memutus hubungan": every actor listed with the source acts."""
    words = sent.words
    ordered = sorted((a for a in sent.actors if a[2].etype in ACTOR_TYPES), key=lambda a: a[0])
    idx = next((i for i, a in enumerate(ordered) if a[2] is source), None)
    out: list[ActorSpan] = []
    if not idx:  # not found, or nothing listed before it
        return out
    for (f1, l1, a1), (f2, _l2, _a2) in zip(ordered[idx - 1::-1], ordered[idx:0:-1], strict=False):
        gap = words[l1 + 1:f2]
        if not gap or len(gap) > LIST_GAP or not set(gap) <= LIST_WORDS or _same(a1, target) \
                or REPORTED_BY & set(words[max(0, f1 - 2):f1]):
            break
        out.append(a1)
    return out


def _co_agents(sent: Sentence, source: ActorSpan, target: ActorSpan | None) -> list[ActorSpan]:
    """ "didukung oleh Uni Eropa, Amerika Serikat dan Meksiko": the agents listed after the first."""
    words = sent.words
    ordered = sorted((a for a in sent.actors if a[2].etype in ACTOR_TYPES), key=lambda a: a[0])
    idx = next((i for i, a in enumerate(ordered) if a[2] is source), None)
    if idx is None or not ordered[idx][0] or words[ordered[idx][0] - 1] != "oleh":
        return []
    out: list[ActorSpan] = []
    for (_f1, l1, _a1), (f2, _l2, a2) in zip(ordered[idx:], ordered[idx + 1:], strict=False):
        gap = words[l1 + 1:f2]
        if not gap or len(gap) > LIST_GAP or not set(gap) <= LIST_WORDS or _same(a2, target):
            break
        out.append(a2)
    return out


def _codable(source: ActorSpan, target: ActorSpan | None, etype: str | None = None, noun: bool = False) -> bool:
    """An event needs a source with a country, and a target other than the source or its own country.

    A city or province does not act: "Damkar Jakarta Timur", "ditangkap di Jambi"
    name where, not who (capitals standing for governments are countries here).

    Only the types that often have no one on the receiving end (a protest, a
    mobilisation, an attack on an uncoded group, an arrest, a condemnation)
    are kept without a target.
    """
    if not source.actor.country or _same(source, target) or _sub_national(source):
        return False
    if source.actor.sector in MEDIA and etype not in MEDIA_TYPES:
        return False
    if source.actor.sector == "BUS" and target is not None and target.actor.sector in (None, "BUS"):
        return False  # "Krakatau Steel bekerja sama dengan perusahaan Jepang": business, not politics
    if target is not None and not target.actor.country:  # an uncoded target is no target
        return etype in UNTARGETED
    if target is None and etype is not None and etype not in UNTARGETED:
        return False
    if target is None and noun and etype not in UNTARGETED_NOUNS:
        return False
    if etype == "COOPERATE" and target and target.actor.country == source.actor.country \
            and {source.actor.sector, target.actor.sector} <= STATE_SECTORS:
        return False  # "Polres Jember berkoordinasi dengan Brimob": one state's agencies working together
    if target and target.actor.country == source.actor.country and target.etype not in ("PERSON", "ORG") \
            and not IDN_ROLE_ANY.fullmatch(target.actor.name or ""):  # "Bupati", "Gubernur": one office holder
        # A named person or body of the same country is a target ("KPK menetapkan Gubernur Jambi ...");
        # the country itself, or an unnamed group of the same sector, is not.
        same_sector = target.actor.sector == source.actor.sector
        if target.etype == "GPE" or same_sector or not (target.actor.sector and source.actor.sector):
            return False
    return True


def _drop_untargeted(events: list[Event]) -> list[Event]:
    """A targetless event repeating a targeted one of the same sentence adds nothing."""
    targeted = {(e.type, e.source.country) for e in events if e.target and e.target.country}
    return [e for e in events if (e.target and e.target.country) or (e.type, e.source.country) not in targeted]


def _sport_words(sent: Sentence) -> int:
    return sum(w in SPORT_WORDS or w.split("-")[0] in SPORT_WORDS for w in sent.words)


def code_article(article: Article, sentence_spans: list[tuple[int, int]]) -> list[Event]:
    """Every event in the article, sentence by sentence, in body order."""
    spans, home = actor_spans(article)
    sentences = [_sentence(article.body, s, spans) for s in sentence_spans]
    ctx = Context(sentences, home=home)
    for s in sentences:
        s.speaker = _speaker(s, ctx)
        if s.speaker:
            ctx.last_speaker = s.speaker
    ctx.last_speaker = None
    events: list[Event] = []
    sport = [_sport_words(s) for s in sentences]
    if sum(sport) >= SPORT_ARTICLE:
        return events
    for i, sent in enumerate(sentences):
        ctx.last_subject = None if i == 0 else ctx.last_subject
        if sport[i] or (i and sport[i - 1]):
            continue
        events += _code_sentence(article, spans, sent, i, ctx)
        ctx.note_authority(sent)
        if sent.speaker:
            ctx.last_speaker = sent.speaker
    return events


def code_events(draft: Draft) -> None:
    """Fill `article.events` from the sentences, entities, quotes and dates."""
    sentences = draft.sentences or ([(0, len(draft.article.body))] if draft.article.body else [])
    draft.article.events = [e for e in code_article(draft.article, sentences)
                            if (e.confidence or 0.0) >= MIN_CONFIDENCE]
