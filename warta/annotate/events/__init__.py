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
from warta.model import Actor, Article, Event

if TYPE_CHECKING:
    from warta.pipeline import Draft

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
    """Where it happened: a place mention after "di" (or "ke" for a visit)."""
    for c in sent.cands:
        prev = sent.words[c.first - 1] if c.first else ""
        if c.kind in ("GPE", "LOC") and (prev == "di" or (prev == "ke" and found.mode == "visit")):
            return " ".join(t.text for t in sent.tokens[c.first:c.last + 1])
    return None


def to_events(doc: EvDoc, found: list[Found]) -> list[Event]:
    """The coder's findings as `Event` records."""
    article = doc.article
    out = []
    for f in found:
        sent = doc.sentences[f.sentence]
        reference = doc.references[f.sentence] if f.sentence < len(doc.references) else None
        out.append(Event(
            type=f.type, mode=f.mode, cameo=CAMEO.get(f.type), source=f.source or Actor(), target=f.target,
            date=_date(article, sent, reference), place=_place(sent, f), modality=f.modality,
            text=article.body[sent.start:sent.end], start=sent.start, end=sent.end,
            trigger=" ".join(t.text for t in sent.tokens[f.first:f.last + 1]),
            reported_by=sent.speaker.name if sent.speaker else None, confidence=f.confidence,
        ))
    return out


def read_draft(draft: Draft) -> EvDoc:
    """The draft as the event coder reads it (its sentences, the entities stage's actors)."""
    sentences = draft.sentences or ([(0, len(draft.article.body))] if draft.article.body else [])
    return read(draft.article, sentences, draft.actors, draft.home, draft.references)


def code_events(draft: Draft, model: EventModel | None = None) -> None:
    """Fill `article.events` from the sentences, actors, quotes and dates."""
    model = model or load()
    if model is None:
        return
    doc = read_draft(draft)
    draft.article.events = to_events(doc, model.code(doc))


__all__ = ["code_events", "read_draft", "to_events"]
