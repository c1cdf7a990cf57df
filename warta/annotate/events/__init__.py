"""The `events` stage: who did what to whom, coded in PLOVER with modality, by a learned coder.

The models (`model.py`) are trained from the PLOVER-ID corpus by
`warta train events` and ship as package data. A sentence's tokens, actor
mentions and lexicon hits come from `sentences.py`; the trigger tagger finds
what happened, the argument model who did it to whom, and modality, date,
place and the reporting speaker are read around the trigger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warta.annotate.events.model import CAMEO, EventModel, Found, load
from warta.annotate.events.sentences import EvDoc, EvSentence, read
from warta.annotate.places import Context, resolve
from warta.lang.id import places as place_words
from warta.model import Actor, Article, Event, Place

if TYPE_CHECKING:
    from warta.doc import Doc

def _date(article: Article, sent: EvSentence, reference: tuple[str | None, str] | None) -> str | None:
    """The event's date: an expression in its sentence, else the day its sentence is dated (a statement
    the reporter dates), else the publication day."""
    for d in article.dates:
        if sent.start <= d.start < sent.end and d.value:
            return d.value
    if reference and reference[0] and reference[1] != "published":
        return reference[0]
    return article.published[:10] if article.published else None


def _place(sent: EvSentence, found: Found) -> str | None:
    """Where it happened: a place mention after "di" (or "ke" for a visit); failing that, capitalised
    words after "di" that the gazetteer knows ("di Jagakarsa", a district the tagger did not see)."""
    for c in sorted(sent.cands, key=lambda c: c.first < found.first):  # after the trigger first
        prev = _preposition(sent.words, c.first)
        if c.kind in ("GPE", "LOC") and (prev == "di" or (prev == "ke" and found.mode == "visit")):
            return " ".join(t.text for t in sent.tokens[c.first:c.last + 1])
    taken = {i for c in sent.cands for i in range(c.first, c.last + 1)}
    for i in range(1, len(sent.tokens)):
        if i in taken or not sent.tokens[i].text[:1].isupper() or _preposition(sent.words, i) != "di":
            continue
        j = i
        while j < len(sent.tokens) and j - i < 4 and sent.tokens[j].text[:1].isupper() and j not in taken:
            j += 1
        for k in range(j, i, -1):
            text = " ".join(t.text for t in sent.tokens[i:k])
            if resolve(text) is not None:
                return text
    return None


_AREA_NOUNS = place_words.AREA_NOUNS | place_words.DIVISIONS


def _preposition(words: list[str], at: int) -> str:
    """The preposition before token `at`, over one area noun ("di kawasan Jagakarsa")."""
    prev = words[at - 1] if at else ""
    if prev in _AREA_NOUNS and at >= 2:
        return words[at - 2]
    return prev


def _location(article: Article, place: str | None, places: Context) -> tuple[Place | None, str | None]:
    """Where it happened, on the map: the place its sentence names; failing that the dateline's,
    marked as such."""
    entry = resolve(place, places) if place else None
    if entry is not None:
        return entry.place(), "sentence"
    dateline = article.dateline.place if article.dateline else None
    entry = resolve(dateline, places) if dateline else None
    return (entry.place(), "dateline") if entry is not None else (None, None)


def to_events(doc: EvDoc, found: list[Found], places: Context | None = None) -> list[Event]:
    """The coder's findings as `Event` records."""
    article = doc.article
    places = places or Context(home=doc.home)
    out = []
    for f in found:
        sent = doc.sentences[f.sentence]
        reference = doc.references[f.sentence] if f.sentence < len(doc.references) else None
        place = _place(sent, f)
        location, place_source = _location(article, place, places)
        out.append(Event(
            type=f.type, mode=f.mode, cameo=CAMEO.get(f.type), source=f.source or Actor(), target=f.target,
            date=_date(article, sent, reference), place=place, modality=f.modality,
            text=article.body[sent.start:sent.end], start=sent.start, end=sent.end,
            trigger=" ".join(t.text for t in sent.tokens[f.first:f.last + 1]),
            reported_by=sent.speaker.name if sent.speaker else None, confidence=f.confidence,
            location=location, place_source=place_source,
        ))
    return out


def read_doc(doc: Doc) -> EvDoc:
    """The document as the event coder reads it: its sentences and their tokens (the segmentation
    stage's), the entities stage's actors, the extra predicate files the run names."""
    return read(doc.article, doc.sentences, doc.actors, doc.home, doc.references,
                [doc.tokens[a:b] for a, b in doc.sentence_tokens], doc.options.event_lexicon)


def code_events(doc: Doc, model: EventModel | None = None) -> None:
    """Fill `article.events` from the sentences, actors, quotes and dates."""
    model = model or load()
    if model is None:
        return
    ev = read_doc(doc)
    doc.article.events = to_events(ev, model.code(ev), doc.places)


__all__ = ["code_events", "read_doc", "to_events"]
