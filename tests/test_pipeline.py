"""The pipeline's shape: stage contracts, skip, options reaching every engine, one way in (process_many)."""

from __future__ import annotations

import copy
from dataclasses import fields, replace

import pytest

from warta import RawDoc, process
from warta.doc import ConfigError, Doc, Options, PageMeta, tokenize
from warta.engines.local import run_local
from warta.errors import InputError
from warta.model import Article
from warta.pipeline import OPTIONAL, STAGES, Done, Failure, check_contracts, process_many, run

TEXT = ("JAKARTA, KOMPAS.com – Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Korea Utara di "
        "Pyongyang, Selasa (5/9/2023). “Kami mendesak semua pihak menahan diri,” kata Retno.\n\n"
        "Pertemuan itu membahas Undang-Undang perdagangan dan rencana kunjungan pada 12 Oktober 2023.\n\n"
        "Editor: Bayu Galih\n")
HTML = ("<html><head><title>Retno bertemu Menlu Korut - Kompas.com</title></head><body><article>"
        "<p>JAKARTA, KOMPAS.com – Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Korea Utara di "
        "Pyongyang, Selasa (5/9/2023). Pertemuan itu membahas rencana kunjungan pada 12 Oktober 2023 dan "
        "kerja sama perdagangan kedua negara.</p><p>“Kami mendesak semua pihak menahan diri,” kata Retno kepada "
        "wartawan di Pyongyang.</p><p>Penulis: Ahmad Naufal</p></article></body></html>")


def test_the_shipped_table_keeps_its_contracts() -> None:
    check_contracts(STAGES)
    assert {s.name for s in STAGES if not s.optional} == {"decode", "metadata", "boilerplate", "dateline", "body",
                                                         "segment", "published"}


def test_a_stage_moved_before_what_feeds_it_fails_at_once() -> None:
    names = [s.name for s in STAGES]
    moved = list(STAGES)
    moved.insert(names.index("segment"), moved.pop(names.index("entities")))  # entities before sentences exist
    with pytest.raises(ValueError, match="'entities' reads 'sentences' before any stage sets it"):
        check_contracts(moved)
    structural = [replace(s, optional=False) if s.name == "quotes" else s for s in STAGES]
    with pytest.raises(ValueError, match="'quotes' cannot be skipped but reads 'article.dates'"):
        check_contracts(structural)
    typo = [replace(s, requires=s.requires | {"article.bodyy"}) if s.name == "tone" else s for s in STAGES]
    with pytest.raises(ValueError, match="neither a Doc attribute nor an Article field"):
        check_contracts(typo)


def _state(doc: Doc) -> dict[str, object]:
    out: dict[str, object] = {f.name: copy.deepcopy(getattr(doc, f.name)) for f in fields(Doc)
                              if f.name not in ("raw", "options", "article")}
    out.update({f"article.{f.name}": copy.deepcopy(getattr(doc.article, f.name)) for f in fields(Article)})
    return out


@pytest.mark.parametrize("raw", [RawDoc(TEXT, source="a.txt", kind="text"),
                                 RawDoc(HTML, source="a.html", kind="html")], ids=["text", "html"])
def test_every_stage_sets_only_what_it_declares(raw: RawDoc) -> None:
    doc = Doc(raw)
    changed_somewhere: set[str] = set()
    for st in STAGES:
        before = _state(doc)
        st.run(doc)
        after = _state(doc)
        changed = {k for k in after if after[k] != before[k]}
        assert changed <= st.assigns, f"{st.name} also sets {sorted(changed - st.assigns)}"
        changed_somewhere |= changed
    assert {"article.body", "tokens", "article.entities", "article.quotes", "article.events"} <= changed_somewhere


def test_skip_rejects_unknown_and_structural_stages_with_one_line() -> None:
    raw = RawDoc(TEXT, kind="text")
    with pytest.raises(ConfigError) as err:
        process(raw, Options(skip=("entites",)))
    assert "entites (unknown stage)" in str(err.value) and "\n" not in str(err.value)
    with pytest.raises(ConfigError, match="body \\(structural stage\\)"):
        process(raw, Options(skip=("body",)))
    with pytest.raises(ConfigError, match="unknown"):
        Options(skip=("entites",)).check()
    assert Options(skip=sorted(OPTIONAL)).check().skip == OPTIONAL


def test_published_survives_any_skip() -> None:
    text = "Presiden Joko Widodo meresmikan Bendungan Sadawarna di Subang pada Senin, 4 April 2022. Warga menyambutnya."
    every = Options(skip=OPTIONAL)
    assert process(RawDoc(text, kind="text"), every).published == "2022-04-04"  # the text's own latest date
    given = process(RawDoc(text, kind="text", published="2022-04-05"), every)
    assert (given.published, given.published_source) == ("2022-04-05", "given")
    assert process(RawDoc(text, kind="text"), Options(skip=("dates",))).dates == []


def test_tokens_are_computed_once_and_shared() -> None:
    doc = run(RawDoc(TEXT, kind="text"))
    body = doc.article.body
    assert len(doc.sentence_tokens) == len(doc.sentences)
    for (lo, hi), (a, b) in zip(doc.sentences, doc.sentence_tokens, strict=True):
        assert all(lo <= s < e <= hi for s, e in doc.tokens[a:b])
        assert doc.tokens[a:b] == tokenize(body, lo, hi)  # the sentence's own tokens, in order
    words = [body[s:e] for s, e in doc.tokens]
    assert "Undang-Undang" in words and "Korea" in words and "“" in words
    korea = next(e for e in doc.article.entities if e.id == "PRK")
    assert {m.text for m in korea.mentions} >= {"Korea Utara", "Pyongyang"}  # the knowledge base, over the same tokens


def test_html_is_read_once_into_page_metadata() -> None:
    doc = run(RawDoc(HTML, source="a.html", kind="html"), Options(skip=OPTIONAL))
    assert isinstance(doc.page, PageMeta) and doc.page.html
    assert doc.page.credits == [("authors", "Ahmad Naufal")]
    assert doc.article.title == "Retno bertemu Menlu Korut"
    assert doc.article.authors == ["Ahmad Naufal"]
    assert not hasattr(doc, "meta")


def test_process_many_gives_one_failure_per_bad_input_and_goes_on() -> None:
    items = [InputError("gone.txt", "cannot read"), RawDoc(b"", source="empty.txt"),
             RawDoc(TEXT, source="good.txt", kind="text")]
    results = list(process_many(items, Options(skip=OPTIONAL)))
    assert [type(r) for r in results] == [Failure, Failure, Done]
    assert (results[0].source, results[0].stage, results[0].kind) == ("gone.txt", None, "input")
    assert str(results[1]) == "empty.txt: empty input"
    done = results[2]
    assert isinstance(done, Done) and done.article.title is None and len(done.sig) == 128


def test_options_reach_the_pool_workers() -> None:
    raws = [RawDoc(TEXT, source=f"a{i}.txt", kind="text") for i in range(3)]
    plain = list(run_local(raws, workers=2))
    bare = list(run_local(raws, workers=2, options=Options(skip=("entities", "quotes", "events"))))
    assert all(isinstance(r, Done) and r.article.entities for r in plain)
    assert all(isinstance(r, Done) and not r.article.entities and not r.article.quotes for r in bare)
    assert all(isinstance(r, Done) and r.article.dates for r in bare)  # what was not skipped still ran


def test_no_module_is_over_600_lines() -> None:
    from pathlib import Path

    import warta

    long = {str(p): n for p in Path(warta.__file__).parent.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600}
    assert not long, long
