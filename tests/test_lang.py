"""The language tables (warta.lang.id): one class per word, one sector per title, no empty or mis-cased table.

`conflicts()` lists every word that sits in two classes that exclude each other; the last tests put a
conflicting word in on purpose and check that it is caught.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import warta.lang.id as lang_id
from warta.annotate import kb
from warta.lang.id import (
    calendar,
    modality,
    names,
    nouns,
    outlets,
    places,
    speech,
    stop_words,
    titles,
)
from warta.lang.id import function_words as fw

MODULES = [importlib.import_module(f"warta.lang.id.{m.name}") for m in pkgutil.iter_modules(lang_id.__path__)]
# Tables matched as written (display names, dateline forms), not lower-cased.
CASED = {"outlets.DATELINE_NAMES", "outlets.WIRE_AGENCIES"}
# PLOVER/CAMEO sector codes the tables may give.
SECTOR_CODES = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "JRN", "EDU", "BUS", "REL", "PTY", "CVL", "NGO", "MED",
                "REB", "OPP", "LAB"}
# The function-word classes: every function word is in exactly one.
FUNCTION_CLASSES = {
    "SPEAKER_PRONOUNS": fw.SPEAKER_PRONOUNS, "ADDRESSEE_PRONOUNS": fw.ADDRESSEE_PRONOUNS,
    "THIRD_PERSON_PRONOUNS": fw.THIRD_PERSON_PRONOUNS, "REFERRING_FORMS": fw.REFERRING_FORMS,
    "PREPOSITIONS": fw.PREPOSITIONS, "CONJUNCTIONS": fw.CONJUNCTIONS, "RELATIVE": fw.RELATIVE,
    "EXISTENTIAL": fw.EXISTENTIAL,
    "COPULAS": fw.COPULAS, "DEMONSTRATIVES": fw.DEMONSTRATIVES, "DETERMINERS": fw.DETERMINERS,
    "VERBAL_NEGATION": fw.VERBAL_NEGATION, "NOMINAL_NEGATION": fw.NOMINAL_NEGATION, "ASPECT": fw.ASPECT,
    "ABILITY": fw.ABILITY, "MODALS": fw.MODALS, "ADVERBS": fw.ADVERBS, "SEQUENCE": fw.SEQUENCE,
}
# Tables that give a word a sector: a word in two of them has one sector.
SECTOR_TABLES = {
    "titles.SECTORS": titles.SECTORS, "nouns.GROUP_NOUNS": nouns.GROUP_NOUNS, "nouns.PUBLICS": nouns.PUBLICS,
    "nouns.INSTITUTIONS": nouns.INSTITUTIONS, "places.REGIONAL_OFFICES": places.REGIONAL_OFFICES,
}
# Named subsets and the table they are part of.
SUBSETS = [
    ("fw.LOCATIVE_PREPOSITIONS", fw.LOCATIVE_PREPOSITIONS, fw.PREPOSITIONS),
    ("fw.CAPACITY", fw.CAPACITY, fw.PREPOSITIONS),
    ("fw.COORDINATORS", fw.COORDINATORS, fw.CONJUNCTIONS),
    ("fw.APPOSITIVES", fw.APPOSITIVES, fw.CONJUNCTIONS),
    ("fw.CONDITIONALS", fw.CONDITIONALS, fw.CONJUNCTIONS),
    ("fw.TEMPORAL_CONJUNCTIONS", fw.TEMPORAL_CONJUNCTIONS, fw.CONJUNCTIONS),
    ("fw.CLAUSE_OPENERS", fw.CLAUSE_OPENERS, fw.FUNCTION_WORDS),
    ("fw.SENTENCE_ADVERBS", fw.SENTENCE_ADVERBS, fw.ADVERBS),
    ("speech.BARE_SAY_VERBS", speech.BARE_SAY_VERBS, speech.SAY_VERBS),
    ("titles.RANKS", titles.RANKS, frozenset(titles.SECTORS)),
    ("titles.GENERIC_HEADS", titles.GENERIC_HEADS, frozenset(titles.SECTORS)),
    ("titles.BARE_TITLES", titles.BARE_TITLES, frozenset(titles.SECTORS) | titles.MODIFIERS),
    ("titles.NAME_OPENERS", titles.NAME_OPENERS, frozenset(titles.SECTORS)),
    ("titles.DESCRIPTIVE_TITLES", titles.DESCRIPTIVE_TITLES, frozenset(titles.SECTORS)),
    ("titles.INSTITUTIONS", titles.INSTITUTIONS, frozenset(titles.SECTORS)),
    ("titles.OFFICES_OF_PLACE", titles.OFFICES_OF_PLACE, frozenset(titles.SECTORS) | titles.MODIFIERS),
    ("titles.STYLES", titles.STYLES, titles.HONORIFICS),
    ("titles.SPORTS_TITLES", titles.SPORTS_TITLES, titles.OTHER_TITLES),
    ("titles.DOTTED_HONORIFICS", frozenset(h.rstrip(".") for h in titles.DOTTED_HONORIFICS), titles.HONORIFICS),
    ("nouns.TITLED_GROUPS", frozenset(nouns.TITLED_GROUPS), frozenset(titles.SECTORS)),
    ("modality.SENTENCE_OPENERS", modality.SENTENCE_OPENERS, modality.HEDGES | modality.PLANS),
    ("places.DIVISION_KINDS", frozenset(places.DIVISION_KINDS),
     places.DIVISIONS | {f"{a}{d}" for a in places.DIVISION_ABBREVIATIONS for d in ("", ".")} | places.COUNTRY_NOUNS),
    ("names.JOINERS", names.JOINERS - {"dan", "di", "of"}, names.PARTICLES),
    ("stop_words.EVENT_CLUSTERS", stop_words.EVENT_CLUSTERS,
     fw.FUNCTION_WORDS | speech.SPEECH_VERBS | frozenset(calendar.WEEKDAYS) | calendar.UNITS | calendar.PAST),
    ("outlets.BRANDS", frozenset(outlets.BRANDS), frozenset(outlets.OUTLETS)),
    ("outlets.INDOSUM_SOURCES", frozenset(outlets.INDOSUM_SOURCES.values()), frozenset(outlets.OUTLETS)),
]


def tables() -> Iterator[tuple[str, object]]:
    """Every public table of every language module (imported names of other modules left out)."""
    for module in MODULES:
        short = module.__name__.rsplit(".", 1)[1]
        for name, value in vars(module).items():
            if name.startswith("_") or isinstance(value, ModuleType) or not isinstance(value, frozenset | dict | tuple):
                continue
            if name in _imported(module):
                continue
            yield f"{short}.{name}", value


def _imported(module: ModuleType) -> set[str]:
    tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
    return {a.asname or a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for a in node.names}


def _words(value: object) -> Iterator[str]:
    """The words a table matches: set members, dict keys, tuple items (nested ones too)."""
    items = value.keys() if isinstance(value, dict) else value
    for item in items:  # type: ignore[attr-defined]
        if isinstance(item, str):
            yield item
        elif isinstance(item, tuple | frozenset):
            yield from _words(item)


def _title_words() -> frozenset[str]:
    return titles.TITLE_WORDS | {w for phrase in titles.SECTORS for w in phrase.split()} - titles.MODIFIERS


def _outlet_words() -> frozenset[str]:
    return (frozenset(outlets.OUTLETS) | outlets.MEDIA_WORDS | frozenset(outlets.BRANDS)
            | {a.lower() for a in outlets.WIRE_AGENCIES})


def _calendar_words() -> frozenset[str]:
    return frozenset(calendar.MONTHS) | frozenset(calendar.WEEKDAYS)


def conflicts() -> list[str]:
    """Every word in two classes that exclude each other, as a message."""
    out = []
    classes = list(FUNCTION_CLASSES.items())
    for i, (a, first) in enumerate(classes):
        for b, second in classes[i + 1:]:
            out += [f"{w!r}: function words {a} and {b}" for w in sorted(first & second)]
    seen: dict[str, tuple[str, str | None]] = {}
    for table, mapping in SECTOR_TABLES.items():
        for word, sector in mapping.items():
            if word in seen and seen[word][1] != sector:
                out.append(f"{word!r}: sector {seen[word][1]} in {seen[word][0]}, {sector} in {table}")
            seen.setdefault(word, (table, sector))
    speech_words = speech.SPEECH_VERBS - speech.HOMOGRAPHS.keys()
    pairs = [
        ("pronoun", fw.PRONOUNS, "title", _title_words()),
        ("function word", fw.FUNCTION_WORDS, "title", _title_words()),
        ("function word", fw.FUNCTION_WORDS, "speech verb", speech_words),
        ("title", _title_words(), "speech verb", speech.SPEECH_VERBS),
        ("month or weekday", _calendar_words(), "outlet", _outlet_words()),
        ("month or weekday", _calendar_words(), "title", _title_words()),
        ("month or weekday", _calendar_words(), "function word", fw.FUNCTION_WORDS),
        ("outlet", _outlet_words() - outlets.HOMOGRAPHS.keys(), "function word", fw.FUNCTION_WORDS),
        ("outlet", _outlet_words(), "title", _title_words()),
    ]
    for a, first, b, second in pairs:
        out += [f"{w!r}: {a} and {b}" for w in sorted(first & second)]
    return out


def duplicate_keys(source: str) -> list[str]:
    """Keys written twice in one dict literal of `source` (Python keeps the last without a word)."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
            out += sorted({k for k in keys if keys.count(k) > 1})
    return out


def test_no_word_in_two_exclusive_classes() -> None:
    assert conflicts() == []


def test_no_key_twice_in_a_table() -> None:
    for module in MODULES:
        assert duplicate_keys(Path(module.__file__ or "").read_text(encoding="utf-8")) == [], module.__name__


def test_tables_are_non_empty_and_lower_case() -> None:
    found = dict(tables())
    assert len(found) > 60
    for name, value in found.items():
        assert value, f"{name} is empty"
        if name not in CASED:
            assert all(w == w.lower() for w in _words(value)), f"{name} has a word not in lower case"


def test_named_subsets_lie_inside_their_table() -> None:
    for name, subset, parent in SUBSETS:
        assert subset <= parent, f"{name}: {sorted(subset - parent)}"


def test_unions_are_their_classes() -> None:
    assert fw.FUNCTION_WORDS == frozenset().union(*FUNCTION_CLASSES.values())
    assert fw.PRONOUNS == fw.PERSONAL_PRONOUNS | fw.REFERRING_FORMS
    assert speech.HOMOGRAPHS.keys() <= speech.AFTER_VERBS & fw.FUNCTION_WORDS


def test_sectors_are_known_codes() -> None:
    for table, mapping in SECTOR_TABLES.items():
        assert {s for s in mapping.values() if s is not None} <= SECTOR_CODES, table


def test_capitals_agree_with_the_knowledge_base() -> None:
    for city, country in places.CAPITALS.items():
        entry = kb.lookup(city)
        if entry is not None and entry.type == "GPE" and entry.country and len(entry.id) == 3:
            assert entry.id == country, f"{city}: {country} here, {entry.id} in the knowledge base"


def test_the_resolved_conflicts_stay_resolved() -> None:
    assert titles.SECTORS["mahasiswa"] == "EDU"  # PLOVER-ID: EDU is "universities, schools, students"
    assert titles.SECTORS["aktivis"] == nouns.GROUP_NOUNS["aktivis"] == "NGO"


@pytest.mark.parametrize(("table", "word", "value"), [
    (nouns.GROUP_NOUNS, "mahasiswa", "CVL"),  # a title with one sector and a group noun with another
    (nouns.PUBLICS, "dosen", "LAB"),
])
def test_a_conflicting_sector_is_caught(monkeypatch: pytest.MonkeyPatch, table: dict[str, str | None], word: str,
                                        value: str) -> None:
    monkeypatch.setitem(table, word, value)
    assert any(repr(word) in c and "sector" in c for c in conflicts())


@pytest.mark.parametrize(("module", "name", "word"), [
    (fw, "PREPOSITIONS", "kami"),  # a pronoun that is also a preposition
    (titles, "TITLE_WORDS", "saya"),  # a pronoun that is also a title
    (outlets, "MEDIA_WORDS", "juni"),  # a month that is also an outlet
    (speech, "SPEECH_VERBS", "tetapi"),  # a speech verb that is also a function word
])
def test_a_word_in_two_classes_is_caught(monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str,
                                         word: str) -> None:
    monkeypatch.setattr(module, name, getattr(module, name) | {word})
    if module is fw:
        monkeypatch.setitem(FUNCTION_CLASSES, name, getattr(module, name))
        monkeypatch.setattr(fw, "FUNCTION_WORDS", fw.FUNCTION_WORDS | {word})
    assert any(repr(word) in c for c in conflicts())


def test_a_key_written_twice_is_caught() -> None:
    assert duplicate_keys('SECTORS = {"mahasiswa": "EDU", "dosen": "EDU", "mahasiswa": "CVL"}') == ["mahasiswa"]
