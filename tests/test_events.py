"""Event coding: lexicon, modality, actors and the seed article's events."""

from __future__ import annotations

import pytest

from warta import RawDoc, process
from warta.annotate.event_lexicon import WORD, find_triggers, load_lexicon, parse_lexicon
from warta.annotate.modality import modality
from warta.eval.events import load_gold, score
from warta.model import Article, Event


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def trigger_types(text: str) -> list[tuple[str, str]]:
    ws = words(text)
    return [(" ".join(ws[t.first:t.last + 1]), t.predicate.type) for t in find_triggers(ws)]


def test_lexicon_covers_the_issue_predicates() -> None:
    forms = {" ".join(p.form) for p in load_lexicon()}
    for verb in ("mengingatkan", "memperingatkan", "mengancam", "berkunjung", "bertemu", "membahas",
                 "memasok senjata", "menjatuhkan sanksi", "membekukan", "menyerang", "mengecam", "menuduh",
                 "menolak", "menandatangani", "sepakat", "berunding", "berdemonstrasi"):
        assert verb in forms, verb


def test_gap_and_longest_match() -> None:
    assert trigger_types("Iran memasok 500 pucuk senjata ke Suriah.") == [("memasok 500 pucuk senjata", "AID")]
    assert trigger_types("Jepang menjatuhkan sanksi baru.") == [("menjatuhkan sanksi", "SANCTION")]
    assert trigger_types("Harga beras naik lagi.") == []


def test_malformed_lexicon_line_is_named() -> None:
    with pytest.raises(ValueError, match="mine.tsv:2"):
        parse_lexicon("ok\tAGREE\t\t03\tactive\nbroken line", "mine.tsv")


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Kim akan berkunjung ke Rusia.", "berkunjung", "planned"),
    ("Kim berencana berkunjung ke Rusia.", "berkunjung", "planned"),
    ("Kim berkunjung ke Rusia pekan depan.", "berkunjung", "planned"),
    ("Mereka kemungkinan membahas pasokan senjata.", "membahas", "possible"),
    ("Jika tetap bersikeras, Korut akan membayar harga tinggi.", "membayar", "possible"),
    ("Pyongyang tak pernah melakukan kesepakatan senjata.", "kesepakatan", "denied"),
    ("Korut tidak akan menyerang Guam.", "menyerang", "denied"),
    ("Korut membantah telah memasok senjata.", "memasok", "denied"),
    ("Korut diingatkan agar tak memasok senjata.", "memasok", "possible"),
    ("Kim bertemu Putin di Vladivostok.", "bertemu", "asserted"),
])
def test_modality(text: str, trigger: str, expected: str) -> None:
    ws = words(text)
    i = ws.index(trigger)
    assert modality(ws, i, i) == expected


def coded(text: str, published: str = "2023-09-06") -> list[Event]:
    return process(RawDoc(text, source="t.txt", kind="text", published=published)).events


def find(events: list[Event], etype: str, src: str, tgt: str | None) -> list[Event]:
    return [e for e in events if e.type == etype and e.source.country == src
            and (e.target.country if e.target else None) == tgt]


def test_active_sentence_with_role_actor() -> None:
    events = coded("Menteri Luar Negeri Jepang mengecam Korea Utara atas peluncuran rudal itu.")
    hit = find(events, "ACCUSE", "JPN", "PRK")
    assert hit and hit[0].source.sector == "GOV" and hit[0].modality == "asserted"


def test_passive_agent_after_oleh() -> None:
    events = coded("Korea Utara dikecam oleh Jepang karena uji coba rudal.")
    assert find(events, "ACCUSE", "JPN", "PRK")


def test_no_event_without_actors() -> None:
    assert coded("Harga cabai di pasar naik dan warga menolak membeli.") == []


def test_event_date_from_the_sentence() -> None:
    events = coded("Jepang menjatuhkan sanksi terhadap Korea Utara pada Selasa (5/9/2023).")
    hit = find(events, "SANCTION", "JPN", "PRK")
    assert hit and hit[0].date == "2023-09-05"


def test_gold_set_is_split_and_scores() -> None:
    gold = load_gold()
    assert len(gold) >= 100 and {g.split for g in gold} == {"dev", "test"}
    assert sum(1 for g in gold if not g.events) >= 20  # negatives keep precision honest
    s = score(gold[:15])
    assert s.sentences == 15 and s.prf["type"].tp + s.prf["type"].fn > 0


def seed_events(article: Article, etype: str, src: str, tgt: str | None) -> list[Event]:
    return find(article.events, etype, src, tgt)


def test_seed_usa_threatens_prk(seed_article: Article) -> None:
    hits = seed_events(seed_article, "THREATEN", "USA", "PRK")
    assert any(e.modality == "asserted" and e.date == "2023-09-05" for e in hits)


def test_seed_kim_plans_visit(seed_article: Article) -> None:
    hits = seed_events(seed_article, "CONSULT", "PRK", "RUS")
    assert any(e.mode == "visit" and e.modality == "planned" for e in hits)


def test_seed_shoigu_visited_pyongyang(seed_article: Article) -> None:
    hits = seed_events(seed_article, "CONSULT", "RUS", "PRK")
    assert any(e.mode == "visit" and e.modality == "asserted" and e.date == "2023-07"
               and e.source.sector == "MIL" for e in hits)


def test_seed_arms_supply_possible_and_denied(seed_article: Article) -> None:
    hits = [e for e in seed_events(seed_article, "AID", "PRK", "RUS") if e.mode == "military"]
    assert {"possible", "denied"} <= {e.modality for e in hits}
    denied = [e for e in hits if e.modality == "denied"]
    assert denied[0].reported_by and "Korut" in denied[0].reported_by


def test_seed_usa_sanctions_russia(seed_article: Article) -> None:
    hits = seed_events(seed_article, "SANCTION", "USA", "RUS")
    assert hits and hits[0].trigger and hits[0].trigger.lower() == "membekukan"
