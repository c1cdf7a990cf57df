"""The learned event coder: a CRF trigger tagger, a ranker and perceptrons, shipped as package data.

1. The trigger tagger (python-crfsuite) labels trigger heads B-<PLOVER type>;
   a token is a trigger when its chance of one reaches the threshold chosen on dev.
2. A perceptron picks the mode of each trigger among its type's modes.
3. A ranking perceptron picks the source among the sentence's mentions and
   "none of them", then the target among the rest.
4. When no mention is the source (or the target), a perceptron says who it is
   from context: nobody, the sentence's speaker, the article's last one, or
   the home country in one sector (an agentless "ditangkap" in a police story
   is the police).
5. Perceptrons give a sector to an actor no table knows, and the modality.
A predicate lexicon form typed NONE still blocks what it overlaps, so a user's
lexicon overrides the model where they want it to.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pycrfsuite

from warta.annotate.events.features import (
    candidates,
    implicit_features,
    modality_features,
    mode_features,
    option_features,
    sector_features,
    seen,
    seen_actors,
    trigger_features,
)
from warta.annotate.events.modality import modality as rule_modality
from warta.annotate.events.sentences import Cand, EvDoc, EvSentence
from warta.annotate.ner import spans_from_bio
from warta.annotate.perceptron import Perceptron, Ranker
from warta.model import Actor

TRIGGER_MODEL = "trigger.crfsuite"
ARGUMENT_MODEL = "arguments.json.gz"
SRC, TGT = "SRC", "TGT"
NO_MODE = "-"
THRESHOLD = 0.35  # chance of a trigger a token needs (chosen on dev)
HOMELESS = frozenset({"PERSON", "NAME", "PRON", "ROLE", "ORG", "GROUP"})
IMPLICIT_NONE, IMPLICIT_SPEAKER, IMPLICIT_LAST, IMPLICIT_HOME = "NONE", "SPEAKER", "LAST", "HOME_"
MODES: dict[str, tuple[str, ...]] = {
    "AGREE": (), "CONSULT": ("visit", "meet", "phone", "mediate"), "SUPPORT": ("sign", "praise", "endorse"),
    "CONCEDE": ("resign",), "COOPERATE": ("military", "judicial", "diplomatic", "intelligence", "economic"),
    "AID": ("economic", "military", "humanitarian", "asylum"), "RETREAT": ("release", "withdraw", "ceasefire", "ease"),
    "REQUEST": (), "ACCUSE": ("investigate", "allege", "disapprove"), "REJECT": (), "THREATEN": ("ultimatum",),
    "PROTEST": ("demo", "obstruct", "strike", "boycott", "hunger"),
    "SANCTION": ("convict", "expel", "discontinue", "withdraw"), "MOBILIZE": ("police", "troops", "weapons"),
    "COERCE": ("arrest", "seize", "deport", "restrict", "withhold", "martial-law"),
    "ASSAULT": ("beat", "firearms", "explosives", "aerial", "kill", "abduct", "targeted"),
}
# CAMEO root of each PLOVER type, for comparison with GDELT (a lexicon hit gives a finer one)
CAMEO = {
    "REQUEST": "02", "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "ACCUSE": "11", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
    "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "18",
}


@dataclass
class Found:
    """One coded event before it becomes an `Event`: where it is and who takes part."""

    sentence: int
    first: int
    last: int
    type: str
    mode: str | None
    source: Actor | None
    target: Actor | None
    confidence: float
    modality: str


def _at_home(actor: Actor | None, cand: Cand | None, home: str) -> Actor | None:
    """A person or name of no known country, in news about `home`, is of `home`."""
    if actor is not None and actor.country is None and cand is not None and cand.kind in HOMELESS:
        return replace(actor, country=home)
    return actor


def home_actor(home: str, sector: str | None) -> Actor:
    return Actor(None, None, home, sector)


class EventModel:
    """The trained parts, loaded once; `code(doc)` finds every event of an article."""

    def __init__(self, trigger_path: Path | str, raw: dict[str, Any]):
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(trigger_path))
        self.labels = [y for y in self.tagger.labels() if y != "O"]
        self.modes = Perceptron.from_json(raw["mode"])
        self.args = Ranker.from_json(raw["args"])
        self.implicit = Perceptron.from_json(raw["implicit"])
        self.implicit_target = Perceptron.from_json(raw["implicit_target"])
        self.modality = Perceptron.from_json(raw["modality"])
        self.sector = Perceptron.from_json(raw["sector"])
        self.calibration: dict[str, float] = raw.get("calibration", {})
        self.threshold: float = float(raw.get("threshold", THRESHOLD))

    @classmethod
    def load(cls, folder: Path) -> EventModel:
        with gzip.open(folder / ARGUMENT_MODEL, "rt", encoding="utf-8") as fh:
            raw = json.load(fh)
        return cls(folder / TRIGGER_MODEL, raw)

    def triggers(self, sent: EvSentence) -> list[tuple[int, int, str, float]]:
        """(first, last, type, probability) of each trigger: tokens whose chance of being part of one is at
        least `threshold` (the CRF's marginals, not only its best path: recall matters here)."""
        if not sent.tokens:
            return []
        tagger = self.tagger
        tagger.set(trigger_features(sent))
        tags = []
        probs = []
        for i, tok in enumerate(sent.tokens):
            p_event = 1.0 - tagger.marginal("O", i) if tok.text[0].isalnum() else 0.0  # punctuation is no trigger
            if p_event < self.threshold:
                tags.append("O")
                probs.append(0.0)
                continue
            best = max(self.labels, key=lambda y: tagger.marginal(y, i))
            tags.append(best)
            probs.append(p_event)
        out = []
        for first, end, etype in spans_from_bio(tags):
            last = end - 1
            if any(sent.lex[i] == "NONE" for i in range(first, last + 1)):
                continue  # a lexicon form typed NONE is never an event
            out.append((first, last, etype, max(probs[first:last + 1])))
        return out

    def mode(self, sent: EvSentence, first: int, last: int, etype: str) -> str | None:
        allowed = [f"{etype}/{m}" for m in MODES.get(etype, ())] + [f"{etype}/{NO_MODE}"]
        label = self.modes.predict(mode_features(sent, first, last, etype), allowed)
        mode = label.split("/", 1)[1] if "/" in label else NO_MODE
        return None if mode == NO_MODE else mode

    def arguments(self, sent: EvSentence, first: int, last: int, etype: str, home: str
                  ) -> tuple[Cand | None, Cand | None]:
        """The source and target mentions (None where "no mention" ranks first)."""
        cands = candidates(sent, first, last)
        options = [*cands, None]
        src = options[self.args.best([option_features(SRC, sent, first, last, etype, c, home) for c in options])[0]]
        rest = [c for c in cands if c is not src] + [None]
        return src, rest[self.args.best([option_features(TGT, sent, first, last, etype, c, home) for c in rest])[0]]

    def implicit_actor(self, model: Perceptron, feats: list[str], home: str, speaker: Actor | None,
                       last: Actor | None) -> Actor | None:
        """Who an implicit source or target is, by `model`'s reading of the context `feats`."""
        label = model.predict(feats)
        if label == IMPLICIT_SPEAKER:
            return speaker
        if label == IMPLICIT_LAST:
            return last
        if label.startswith(IMPLICIT_HOME):
            return home_actor(home, label[len(IMPLICIT_HOME):] or None)
        return None

    def with_sector(self, actor: Actor | None, cand: Cand | None, sent: EvSentence, role: str, etype: str,
                    first: int) -> Actor | None:
        """An actor no table gives a sector gets the one the sector model reads from its words and role."""
        if actor is None or cand is None or actor.sector or not actor.country:
            return actor
        sector = self.sector.predict(sector_features(sent, cand, role, etype, first))
        return replace(actor, sector=sector) if sector != NO_MODE else actor

    def calibrated(self, raw: float) -> float:
        """The raw score (trigger chance, lowered for a source or target no mention names) as the share of
        events right at that score on the dev split, once the model is calibrated."""
        band = f"{min(int(raw * 10) / 10, 0.9):.1f}"
        return self.calibration.get(band, raw)

    def code(self, doc: EvDoc) -> list[Found]:
        out: list[Found] = []
        recent: list[str] = []
        last_source: Actor | None = None
        last_target: Actor | None = None
        for index, sent in enumerate(doc.sentences):
            requests: list[int] = []
            for first, last, etype, p in self.triggers(sent):
                mode = self.mode(sent, first, last, etype)
                src, tgt = self.arguments(sent, first, last, etype, doc.home)
                feats = implicit_features(sent, first, last, etype, mode, recent, doc.home)
                source = src.actor if src else self.implicit_actor(self.implicit, feats, doc.home, sent.speaker,
                                                                    last_source)
                target = tgt.actor if tgt else self.implicit_actor(self.implicit_target, feats, doc.home, None,
                                                                    last_target)
                source, target = _at_home(source, src, doc.home), _at_home(target, tgt, doc.home)
                source = self.with_sector(source, src, sent, SRC, etype, first)
                target = self.with_sector(target, tgt, sent, TGT, etype, first)
                conf = self.calibrated(p * (0.9 if src else 0.7) * (1.0 if tgt else 0.85))
                rule = rule_modality(sent.words, first, last)
                mod = self.modality.predict(modality_features(sent, first, last, etype, rule, bool(requests)))
                if etype == "REQUEST":
                    requests.append(first)
                out.append(Found(index, first, last, etype, mode, source, target, round(conf, 3), mod))
                if source is not None and source.country:
                    last_source = source
                    recent.append(seen("src", source.sector))
                if target is not None and target.country:
                    last_target = target
                    recent.append(seen("tgt", target.sector))
            recent += seen_actors(sent)
        return out


def resource_dir() -> Path:
    return Path(str(resources.files("warta") / "resources" / "events"))


@lru_cache(maxsize=1)
def load() -> EventModel | None:
    """The shipped model, or None before `warta train events` has written one."""
    folder = resource_dir()
    if not (folder / TRIGGER_MODEL).exists() or not (folder / ARGUMENT_MODEL).exists():
        return None
    return EventModel.load(folder)
