"""Cleaning quality on real portal pages, with floors: a change that lowers a score fails here."""

from __future__ import annotations

from conftest import DATA, needs_data

from warta.eval.clean import load_gold, score_gold, score_portals


@needs_data
def test_portal_pages_against_expected() -> None:
    s = score_portals(DATA)
    assert s.pages == 26
    assert s.title_ok >= 25 and s.date_ok == 26
    assert s.body.f1 >= 0.95 and s.body.recall >= 0.96  # 0.962 and 0.981
    assert s.body.f1 > s.baseline.f1  # the Indonesian cleaning adds to trafilatura, never takes away


@needs_data
def test_gold_set_floors() -> None:
    totals, failures = score_gold(DATA)
    passed, checked = sum(v[0] for v in totals.values()), sum(v[1] for v in totals.values())
    assert checked >= 300
    assert passed / checked >= 0.97, failures
    for key in ("outlet", "authors", "editors", "wire_sources", "published"):
        ok, n = totals[key]
        assert ok == n, (key, failures)


def test_gold_set_is_well_formed() -> None:
    gold = load_gold()
    assert len(gold) >= 20
    assert all(item["input"] and item["expect"] for item in gold)
