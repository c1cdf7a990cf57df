"""Event coding: the lexicon, modality cues, the learned coder, the corpus and its quality floor."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta import RawDoc, process
from warta.annotate.event_lexicon import WORD, find_triggers, load_lexicon, parse_lexicon
from warta.annotate.events import model as event_model
from warta.annotate.events.modality import modality
from warta.annotate.morphology import roots
from warta.annotate.perceptron import Perceptron, Ranker
from warta.cli import app
from warta.doc import DEFAULT, Options
from warta.eval import event_corpus
from warta.eval.events import agreement, prepared_docs, score
from warta.model import Article, Event

# Measured on the shipped test split (see README); the floor sits a few points under it.
TEST_FLOOR_F1 = 0.32


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def trigger_types(text: str, extra: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    ws = words(text)
    return [(" ".join(ws[t.first:t.last + 1]), t.predicate.type) for t in find_triggers(ws, extra=extra)]


# -- the lexicon: features and overrides -------------------------------------------------------

def test_gap_and_longest_match() -> None:
    assert trigger_types("Iran memasok 500 pucuk senjata ke Suriah.") == [("memasok 500 pucuk senjata", "AID")]
    assert trigger_types("Jepang menjatuhkan sanksi baru.") == [("menjatuhkan sanksi", "SANCTION")]
    assert trigger_types("Harga beras naik lagi.") == []


def test_malformed_lexicon_line_is_named() -> None:
    with pytest.raises(ValueError, match="mine.tsv:2"):
        parse_lexicon("ok\tAGREE\t\t03\tactive\nbroken line", "mine.tsv")


def test_shipped_lexicon_lists_each_form_once() -> None:
    text = (resources.files("warta") / "resources" / "events" / "predicates.tsv").read_text(encoding="utf-8")
    forms = [p.form for p in parse_lexicon(text)]
    assert len(forms) == len(set(forms)) and len(forms) > 300
    assert {"mengancam", "bertemu", "menolak"} <= {" ".join(p.form) for p in load_lexicon()}


def test_user_lexicon_extends_and_a_none_form_blocks_the_model(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Polri menangkap dua terduga teroris di Bekasi."
    assert any(e.type == "COERCE" for e in coded(text))
    mine = tmp_path / "mine.tsv"
    mine.write_text("mengeksekusi\tCOERCE\t\t17\tactive\nmenangkap\tNONE\t\t\tactive\n", encoding="utf-8")
    monkeypatch.setenv("WARTA_EVENT_LEXICON", str(mine))
    options = Options.from_env()  # read at the edge, once: the environment is not consulted again below
    monkeypatch.delenv("WARTA_EVENT_LEXICON")
    assert options.event_lexicon == (str(mine),)
    assert trigger_types("Polisi mengeksekusi terpidana.", options.event_lexicon) == [("mengeksekusi", "COERCE")]
    assert trigger_types("Polisi mengeksekusi terpidana.") == [("mengeksekusi", "ASSAULT")]  # the shipped reading
    assert not any(e.trigger == "menangkap" for e in coded(text, options))  # the user's NONE form wins
    assert any(e.type == "COERCE" for e in coded(text))  # another run's options are untouched


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Kim akan berkunjung ke Rusia.", "berkunjung", "planned"),
    ("Kim berkunjung ke Rusia pekan depan.", "berkunjung", "planned"),
    ("Mereka kemungkinan membahas pasokan senjata.", "membahas", "possible"),
    ("Korut tidak akan menyerang Guam.", "menyerang", "denied"),
    ("Korut membantah telah memasok senjata.", "memasok", "denied"),
    ("Kim bertemu Putin di Vladivostok.", "bertemu", "asserted"),
    ("Zulkifli Hasan tak menyangkal, dirinya bertemu dengan Presiden Joko Widodo.", "bertemu", "asserted"),
    ("Tidak hanya ditetapkan sebagai tersangka, Alfian juga ditahan.", "ditetapkan", "asserted"),
])
def test_modality_cues(text: str, trigger: str, expected: str) -> None:
    """The cue rules, which the learned modality model reads as one of its features."""
    ws = words(text)
    i = ws.index(trigger)
    assert modality(ws, i, i) == expected


def test_roots_tie_the_forms_of_one_verb() -> None:
    for word in ("menangkap", "ditangkap", "penangkapan"):
        assert "tangkap" in roots(word)
    assert "periksa" in roots("pemeriksaan") and "sita" in roots("menyita")


# -- the learning parts ------------------------------------------------------------------------

def test_perceptron_learns_a_separable_rule() -> None:
    data = [(["w=" + w, "bias"], "EV" if w.startswith("me") else "-") for w in
            ("menangkap", "meminta", "menolak", "harga", "pasar", "mengecam", "rumah", "jalan")] * 3
    p = Perceptron().fit(data, epochs=5)
    assert p.predict(["w=menolak", "bias"]) == "EV" and p.predict(["w=rumah", "bias"]) == "-"


def test_ranker_picks_the_option_its_features_favour() -> None:
    data = [([["side=L", "kind=ORG"], ["side=R", "kind=PERSON"], ["null"]], 0),
            ([["side=R", "kind=PERSON"], ["side=L", "kind=ORG"], ["null"]], 1),
            ([["side=R", "kind=GPE"], ["null"]], 1)] * 4
    r = Ranker().fit(data, epochs=5)
    assert r.best([["side=R", "kind=PERSON"], ["side=L", "kind=ORG"], ["null"]])[0] == 1
    assert r.best([["side=R", "kind=GPE"], ["null"]])[0] == 1


# -- the shipped coder on real sentences --------------------------------------------------------

def coded(text: str, options: Options = DEFAULT, published: str = "2017-09-06") -> list[Event]:
    return process(RawDoc(text, source="t.txt", kind="text", published=published), options).events


def find(events: list[Event], etype: str, src: str | None, tgt: str | None = "any") -> list[Event]:
    return [e for e in events if e.type == etype and e.source.country == src
            and (tgt == "any" or (e.target.country if e.target else None) == tgt)]


def test_the_shipped_model_loads_offline_and_is_small() -> None:
    folder = event_model.resource_dir()
    size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
    assert event_model.load() is not None and size < 30e6


def test_a_police_arrest_with_its_target() -> None:
    hits = find(coded("Polsek Dolok Masihul menangkap KNR (40), pedagang DVD yang mengedarkan kupon togel."),
                "COERCE", "IDN", "IDN")
    assert hits and hits[0].mode == "arrest" and hits[0].source.sector == "COP"


def test_a_planned_visit_between_states() -> None:
    hits = find(coded("Presiden Joko Widodo akan berkunjung ke Arab Saudi pekan depan."), "CONSULT", "IDN")
    assert hits and hits[0].modality == "planned"


def test_criticism_between_states() -> None:
    hits = find(coded("Menteri Luar Negeri Jepang mengecam Korea Utara atas peluncuran rudal itu."),
                "ACCUSE", "JPN", "PRK")
    assert hits and hits[0].mode == "disapprove" and hits[0].modality == "asserted"


def test_sport_and_prices_are_no_events() -> None:
    assert coded("Barcelona mengalahkan Real Madrid 3-0 dalam laga semalam.") == []
    assert coded("Harga cabai di pasar naik lagi pekan ini.") == []


def test_event_date_from_the_sentence() -> None:
    hits = find(coded("KPK menahan Bupati Klaten Sri Hartini pada Selasa (5/9/2017)."), "COERCE", "IDN")
    assert hits and hits[0].date == "2017-09-05"


def test_seed_visit_planned_and_past(seed_article: Article) -> None:
    """Of the seed article's five events: Kim's planned visit to Russia and Shoigu's July visit."""
    visits = find(seed_article.events, "CONSULT", "PRK", "RUS")
    assert any(e.mode == "visit" and e.modality == "planned" for e in visits)
    back = find(seed_article.events, "CONSULT", "RUS", "PRK")
    assert any(e.mode == "visit" and e.modality == "asserted" and e.date == "2023-07" for e in back)


def test_seed_request_reported_by_its_speaker(seed_article: Article) -> None:
    """ "Kami akan terus menyeru Korut ...," ujarnya: the US calls on North Korea, as Sullivan reports."""
    hits = find(seed_article.events, "REQUEST", "USA", "PRK")
    assert any(e.trigger == "menyeru" and e.reported_by and "Sullivan" in e.reported_by for e in hits)


# -- the corpus and its scores ------------------------------------------------------------------

def test_corpus_sizes_and_splits_by_article() -> None:
    items = event_corpus.load()
    by_split = {s: [i for i in items if i.split == s] for s in event_corpus.SPLITS}
    assert len(items) >= 8000 and len({i.article for i in items}) >= 1500
    test = by_split["test"]
    assert len(test) >= 1500 and sum(len(i.events) for i in test) >= 400
    articles = [{i.article for i in by_split[s]} for s in event_corpus.SPLITS]
    assert not (articles[0] & articles[1] or articles[0] & articles[2] or articles[1] & articles[2])
    assert sum(1 for i in items if not i.events) > len(items) / 3  # the negatives of real news stay in


def test_corpus_events_are_well_formed() -> None:
    modes = event_model.MODES
    for item in event_corpus.load():
        for e in item.events:
            assert e.type in modes and (e.mode is None or e.mode in modes[e.type]), item.id
            assert e.modality in ("asserted", "planned", "possible", "denied", "requested"), item.id
            assert e.trigger and e.trigger in item.text, item.id
            for span, code in ((e.source_text, e.source), (e.target_text, e.target)):
                assert span is None or (span in item.text and code), item.id


def test_agreement_counts_what_two_annotations_share() -> None:
    gold = event_corpus.load(["dev"])[:200]
    same = agreement(gold, gold)
    assert same.prf["type+actor+target"].f1 == 1.0 and same.modality_accuracy in (0.0, 1.0)
    empty = [event_corpus.GoldSentence(g.id, g.split, g.text, g.context, []) for g in gold]
    none = agreement(gold, empty)
    assert none.prf["type"].recall == 0.0 and none.prf["type"].fn == sum(len(g.events) for g in gold)


def test_the_shipped_test_split_keeps_its_floor() -> None:
    """Scores the held-out test split with the shipped model: a regression fails here."""
    s = score(prepared_docs(event_corpus.load(["test"])))
    assert s.prf["type+actor+target"].f1 >= TEST_FLOOR_F1
    assert s.modality_accuracy >= 0.75


def test_train_and_eval_commands_on_a_small_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    base = event_corpus.default_dir()
    for split, n in (("train", 400), ("dev", 60)):
        lines = (base / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()[:n]
        (corpus / f"{split}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "model"
    runner = CliRunner()
    result = runner.invoke(app, ["train", "events", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / event_model.TRIGGER_MODEL).exists() and "calibrated" in result.output
    raw = json.loads(__import__("gzip").open(out / event_model.ARGUMENT_MODEL, "rt").read())
    assert {"mode", "args", "implicit", "modality", "calibration", "threshold"} <= set(raw)
    bad = runner.invoke(app, ["eval", "events", "--corpus", str(tmp_path / "nowhere")])
    assert bad.exit_code == 2 and "no event corpus" in bad.output
    second = tmp_path / "second.jsonl"  # a second annotation: ids and events only
    first = event_corpus.load(["dev"], corpus)[:5]
    second.write_text("".join(json.dumps({"id": g.id, "events": []}) + "\n" for g in first), encoding="utf-8")
    agree = runner.invoke(app, ["eval", "events", "--corpus", str(corpus), "--against", str(second)])
    assert agree.exit_code == 0 and "agree" in agree.output
