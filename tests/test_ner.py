"""The CRF tagger, the corpus readers, the scorer and the knowledge base, on real Indonesian text."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA, needs_data

from warta.annotate import kb, ner
from warta.eval import ner as ner_eval


def test_tokenize_gives_offsets_into_the_text() -> None:
    text = "Menhan Rusia, Sergei Shoigu, tiba di Pyongyang (25/7)."
    toks = ner.tokenize(text)
    words = [text[s:e] for s, e in toks]
    assert words[:4] == ["Menhan", "Rusia", ",", "Sergei"]
    assert "Pyongyang" in words and "(" in words


def test_bio_spans_close_on_type_change_and_open_on_stray_inside() -> None:
    tags = ["B-PERSON", "I-PERSON", "O", "I-LOC", "B-ORG", "I-ORG", "I-LOC"]
    assert ner.spans_from_bio(tags) == [(0, 2, "PERSON"), (3, 4, "LOC"), (4, 6, "ORG"), (6, 7, "LOC")]


def test_labels_of_the_three_corpora_map_to_one_scheme() -> None:
    assert ner_eval.map_label("B-PPL") == "B-PERSON"
    assert ner_eval.map_label("I-ORGANISATION") == "I-ORG"
    assert ner_eval.map_label("B-PLACE") == "B-LOC"
    assert ner_eval.map_label("I-EVT") == "I-EVENT"
    assert ner_eval.map_label("B-FNB") == "O"


def test_readers_split_nerp_on_tab_and_idner_on_spaces() -> None:
    nerp = "kepala\tO\nsalah satunya\tO\nmanado\tB-PLC\n\nia\tO\n"
    assert list(ner_eval._sentences(nerp, "\t")) == [
        (["kepala", "salah satunya", "manado"], ["O", "O", "B-LOC"]), (["ia"], ["O"])]
    idner = "Berikut PROPN O\r\nJokowi PROPN B-PER\r\n\r\n"
    assert list(ner_eval._sentences(idner, None)) == [(["Berikut", "Jokowi"], ["O", "B-PERSON"])]


def test_domain_features_are_added_not_replaced() -> None:
    words = ["Kim", "Jong", "Un", "tiba", "."]
    plain, news = ner.featurize(words), ner.featurize(words, "news")
    assert len(news[0]) == 2 * len(plain[0])
    assert "news:w=kim" in news[0] and "w=kim" in news[0]


def test_shipped_model_tags_people_and_places() -> None:
    tagger = ner.load()
    assert tagger is not None, "the NER model ships in warta/resources/ner"
    text = "Presiden Joko Widodo menerima Perdana Menteri Australia Anthony Albanese di Istana Bogor, Senin."
    spans = {(text[s.start:s.end], s.type) for s in tagger.spans(text)}
    assert ("Anthony Albanese", "PERSON") in spans
    assert ("Joko Widodo", "PERSON") in spans


def test_kb_ids_aliases_and_metonyms() -> None:
    assert kb.lookup("Korut").id == kb.lookup("Korea Utara").id == kb.lookup("Pyongyang").id == "PRK"
    assert kb.lookup("moskow").id == "RUS"
    assert kb.lookup("Tiongkok").id == kb.lookup("RRT").id == "CHN"
    assert kb.lookup("Türkiye").id == kb.lookup("Turkiye").id == "TUR"
    house = kb.lookup("Gedung Putih")
    assert (house.type, house.country, house.sector) == ("ORG", "USA", "GOV")
    assert kb.lookup("Kemenlu").id == "org:kemenlu"
    assert kb.lookup("Jawa Barat").id == "ID-JB"
    assert kb.lookup("Sumber Waras") is None
    # companies, clubs and universities; "UN" is the national exam, not the United Nations
    assert kb.lookup("Persib").id == kb.lookup("Persib Bandung").id == "org:persib"
    assert (kb.lookup("Pertamina").country, kb.lookup("Pertamina").sector) == ("IDN", "BUS")
    assert kb.lookup("UGM").id == "org:ugm"
    assert kb.lookup("UN") is None


def test_kb_find_respects_case_of_acronyms_and_names() -> None:
    text = "Pejabat AS dan pejabat Istana bertemu, tapi as roda patah di istana lama."
    found = [(m.text, m.entry.id) for m in kb.find(text)]
    assert found == [("AS", "USA"), ("Istana", "org:istana")]


def test_kb_prefers_the_longest_alias() -> None:
    found = [(m.text, m.entry.id) for m in kb.find("juru bicara Dewan Keamanan Nasional AS Adrienne Watson")]
    assert found == [("Dewan Keamanan Nasional AS", "org:nsc-as"), ("Adrienne Watson", "per:adrienne-watson")]


def test_conllu_reader_keeps_words_and_skips_multiword_ranges() -> None:
    text = ("# text = Ia pulang ke Jakarta.\n1\tIa\tia\tPRON\n2-3\tpulangnya\t_\n2\tpulang\tpulang\tVERB\n"
            "3\tnya\tnya\tDET\n4\tke\tke\tADP\n5\tJakarta\tJakarta\tPROPN\n\n1\tYa\tya\tPART\n")
    sents = ner_eval._conllu_sentences(text)
    assert sents == [["Ia", "pulang", "nya", "ke", "Jakarta"], ["Ya"]]


def test_cluster_text_comes_only_from_permitted_sets(tmp_path: Path) -> None:
    import gzip

    (tmp_path / "pos-nlp-id").mkdir()
    (tmp_path / "pos-nlp-id" / "dataset_postag.txt.gz").write_bytes(
        gzip.compress(b"Presiden\tNN\nJokowi\tNNP\n\n"))
    (tmp_path / "ud-indonesian-csui").mkdir()
    (tmp_path / "ud-indonesian-csui" / "id_csui-ud-train.conllu").write_text("1\tWarga\twarga\tNOUN\n\n")
    for name in ner_eval.TRAIN_SPLITS:
        folder, fname, delim = ner_eval.SPLITS[name]
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / fname).write_text(f"Kota{delim or ' '}B-PLACE\n\n")
    (tmp_path / "news-indosum-dev").mkdir()  # present, but must never be read
    (tmp_path / "news-indosum-dev" / "dev.01.jsonl.gz").write_bytes(b"not gzip")
    sents = ner_eval.unlabeled_sentences(tmp_path)
    assert sents[:2] == [["presiden", "jokowi"], ["warga"]]
    assert sents[2:] == [["kota"]] * len(ner_eval.TRAIN_SPLITS)


@pytest.mark.parametrize(("role", "sector"), [
    ("Menteri Pertahanan Rusia", "MIL"), ("juru bicara Kremlin", "GOV"), ("Presiden", "GOV"),
    ("wartawan senior", "JRN"), ("Kapolri", "COP"), ("hakim agung", "JUD"), ("juru bicara Polri", "COP"),
    ("Komisaris Besar Polisi", "COP"), ("Komisaris PT Telkom", "BUS"),
])
def test_role_sector(role: str, sector: str) -> None:
    assert kb.role_sector(role) == sector


def test_kb_build_script_is_deterministic_and_matches_shipped_file() -> None:
    import importlib.util
    import json

    path = Path(__file__).resolve().parent.parent / "scripts" / "build_kb.py"
    spec = importlib.util.spec_from_file_location("build_kb", path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    rows = mod.build()
    shipped = kb.load().by_id
    assert {r["id"] for r in rows} == set(shipped)
    assert len({json.dumps(r, sort_keys=True) for r in rows}) == len(rows)


@needs_data
def test_nergrit_test_scores_and_speed() -> None:
    tagger = ner.load()
    assert tagger is not None
    sents = ner_eval.read_split(DATA, "nergrit-test")
    score = ner_eval.score_split(tagger, "nergrit-test", sents, "grit")
    assert score.tokens > 6000
    assert score.overall.f1 > 0.72  # 0.731 for the shipped model
    assert score.tokens / score.seconds > 5_000  # 80,000 on an idle core; the machine may be shared
