"""HTML main-text extractors side by side: quality on two sets, speed on one core, and the cost of
reading each HTML page more than once in Warta's own pipeline.

    python bench/bench_extractors.py [--data ../shared/data] [--repeat 3] [--no-pipeline] [--no-profile]

About 6 minutes on a quiet machine with every candidate installed (10 on a busy 2-core one): most
of it goose3 and the trafilatura variants, each run `--repeat` times over 207 pages.

The candidates are optional and are best installed into a venv of their own:

    python3 -m venv /work/exvenv
    /work/exvenv/bin/pip install -e . resiliparse justext readability-lxml boilerpy3 goose3
    /work/exvenv/bin/python bench/bench_extractors.py

An extractor whose library is not installed is skipped with a line saying so.

Sets:
- news-html-id-portals: the 26 Indonesian article pages, scored with Warta's own measure
  (`warta.eval.metrics.token_overlap`, bag-of-words overlap summed over the pages, as
  `warta.eval.clean.score_portals` does). `text F1` is the extractor's text as it comes;
  `Warta F1` is Warta's body with that extractor plugged into the decode stage, computed by
  `score_portals` itself (the README's "body F1"), with the title and date found.
- article-extraction-benchmark: 181 English pages, `articleBody` scored as its upstream
  evaluate.py does: 4-word shingles, each page's tp/fp/fn normalised to sum to 1, precision
  and recall averaged over the pages, F1 from those averages.

Speed: extraction alone (a str in, text out), single-threaded, the best of `--repeat` passes
over each set, the candidates interleaved pass by pass so that a busy machine slows all of them
alike; `x default` is pages/s over trafilatura's default mode, measured in the same run.
`pipeline/s` is Warta's whole pipeline (every stage) over the 26 portal pages with that
extractor plugged in.

Plugging in: a non-trafilatura extractor gives only text, so the plugged decode stage takes
the text from it and the title, author, date and description from
`trafilatura.extract_metadata` (a second lxml parse of the page, plus htmldate); trafilatura
variants give both in one call. `recover_lead` is applied as usual. The plug-in is a
monkey-patch of `warta.sources.decode.extract_html` inside this process only. "(N empty)": pages
the plugged extractor found no text in, which Warta would reject (InputError); they are scored
as bodies with no word, every expected word missed.

Last, the "HTML read twice" breakdown: cProfile over Warta's pipeline on the 26 pages, and
the same pieces timed without the profiler: trafilatura (its lxml parse, metadata and
htmldate, the readability/justext fallback), `recover_lead`'s regex over the raw HTML in the
decode stage, and `page_credits`' regex pass over the raw HTML, also in decode.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import pstats
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.errors import WartaError
from warta.eval.clean import portal_pages, score_portals
from warta.eval.metrics import PRF, token_overlap
from warta.model import RawDoc
from warta.pipeline import process
from warta.sources import decode as decode_mod
from warta.sources.decode import decode_bytes

PORTALS = "news-html-id-portals"
BENCHMARK = "article-extraction-benchmark"

Extract = Callable[[str, str | None], str]  # (html, url) -> main text, one paragraph a line
ExtractHtml = Callable[[str, str, str | None], tuple[str, dict[str, Any]]]  # warta.sources.decode.extract_html


@dataclass
class Page:
    html: str
    url: str | None
    gold: str


@dataclass
class Candidate:
    name: str
    make: Callable[[str], Extract]  # language ("id" or "en") -> extractor
    trafilatura_kwargs: dict[str, Any] | None = None  # set: text and metadata from one bare_extraction call
    note: str = ""


@dataclass
class Result:
    name: str
    portal_text: PRF = field(default_factory=PRF)
    bench: tuple[float, float, float] = (0.0, 0.0, 0.0)
    errors: int = 0
    secs: dict[str, float] = field(default_factory=dict)  # set -> best pass
    warta_f1: float | None = None
    warta_empty: int = 0  # portal pages the plugged decode stage found no text in
    title_date: str = ""
    pipeline_rate: float | None = None


# ---------------------------------------------------------------- the candidates

WARTA_KWARGS: dict[str, Any] = {
    "with_metadata": True, "include_comments": False, "include_tables": False, "favor_precision": False,
}


def _trafilatura(**extra: Any) -> Callable[[str], Extract]:
    def make(_lang: str) -> Extract:
        import trafilatura

        kwargs = {**WARTA_KWARGS, **extra}

        def run(html: str, url: str | None) -> str:
            doc = trafilatura.bare_extraction(html, url=url, **kwargs)
            return (getattr(doc, "text", None) or "") if doc is not None else ""

        return run

    return make


def _resiliparse(_lang: str) -> Extract:
    from resiliparse.extract.html2text import extract_plain_text

    def run(html: str, _url: str | None) -> str:
        return extract_plain_text(html, preserve_formatting=True, main_content=True, list_bullets=False,
                                  alt_texts=False)

    return run


def _justext(lang: str) -> Extract:
    import justext

    stoplist = justext.get_stoplist("Indonesian" if lang == "id" else "English")

    def run(html: str, _url: str | None) -> str:
        paras = justext.justext(html.encode("utf-8"), stoplist, encoding="utf-8")
        return "\n".join(p.text for p in paras if not p.is_boilerplate)

    return run


_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "br", "tr", "table",
           "section", "article", "header", "footer", "figcaption")


def fragment_text(fragment: str) -> str:
    """An HTML fragment as text, a line per block element (readability-lxml returns HTML)."""
    import lxml.html

    if not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _readability(_lang: str) -> Extract:
    from readability import Document

    def run(html: str, url: str | None) -> str:
        return fragment_text(Document(html, url=url).summary(html_partial=True))

    return run


def _boilerpy3(_lang: str) -> Extract:
    from boilerpy3 import extractors

    extractor = extractors.ArticleExtractor(raise_on_failure=False)

    def run(html: str, _url: str | None) -> str:
        return extractor.get_content(html)

    return run


def _goose3(lang: str) -> Extract:
    import logging

    from goose3 import Goose

    logging.getLogger("goose3").setLevel(logging.ERROR)
    goose = Goose({"target_language": lang, "use_meta_language": False, "enable_image_fetching": False,
                   "parse_headers": False})

    def run(html: str, url: str | None) -> str:
        return goose.extract(raw_html=html).cleaned_text or ""

    return run


def _traf(name: str, note: str = "", **extra: Any) -> tuple[str, str, Candidate]:
    """trafilatura as Warta calls it, with `extra` arguments changed."""
    return "trafilatura", "trafilatura", Candidate(name, _trafilatura(**extra), {**WARTA_KWARGS, **extra}, note)


# (module to import, package to install, candidate)
CANDIDATES: tuple[tuple[str, str, Candidate], ...] = (
    _traf("trafilatura default"),
    _traf("trafilatura fast=True", fast=True),
    _traf("trafilatura favor_precision (Warta's call)", favor_precision=True),
    _traf("trafilatura precision+fast", favor_precision=True, fast=True),
    _traf("trafilatura fast, no metadata", "text only: not pluggable as is (no title or date)",
          fast=True, with_metadata=False),
    ("resiliparse", "resiliparse", Candidate("resiliparse main_content", _resiliparse)),
    ("justext", "justext", Candidate("justext", _justext)),
    ("readability", "readability-lxml", Candidate("readability-lxml", _readability)),
    ("boilerpy3", "boilerpy3", Candidate("boilerpy3 ArticleExtractor", _boilerpy3)),
    ("goose3", "goose3", Candidate("goose3", _goose3)),
)


def available() -> list[Candidate]:
    import importlib.util

    found, missing = [], set()
    for module, package, cand in CANDIDATES:
        if importlib.util.find_spec(module) is None:
            if module not in missing:
                print(f"skipped: {module} is not installed (pip install {package}); its rows are left out")
            missing.add(module)
        else:
            found.append(cand)
    return found


# ---------------------------------------------------------------- data and scores

def load_portals(data: Path) -> list[Page]:
    pages = []
    for exp, raw in portal_pages(data):
        html, _ = decode_bytes(raw.data, raw.source) if isinstance(raw.data, bytes) else (raw.data, "str")
        pages.append(Page(html, raw.url, exp["content"]))
    return pages


def load_benchmark(data: Path) -> list[Page]:
    folder = data / BENCHMARK
    truth = json.loads(gzip.decompress((folder / "ground-truth.json.gz").read_bytes()))
    pages = []
    for key in sorted(truth):
        html = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        pages.append(Page(html, truth[key].get("url"), truth[key].get("articleBody", "")))
    return pages


_TOKEN = re.compile(r"\w+", re.U)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    words = _TOKEN.findall(text or "")
    return Counter(tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1)) if words[i:i + n])


def shingle_prf(pages: list[Page], texts: list[str]) -> tuple[float, float, float]:
    """Precision, recall, F1 as the benchmark's evaluate.py computes them (see the module docstring)."""
    precisions, recalls = [], []
    for page, text in zip(pages, texts, strict=True):
        gold, pred = shingles(page.gold), shingles(text)
        tp = sum((gold & pred).values())
        fp, fn = sum(pred.values()) - tp, sum(gold.values()) - tp
        total = tp + fp + fn
        if not total:  # both empty: a perfect page
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        if tp + fp:
            precisions.append(1.0 if not (fp or fn) else tp / (tp + fp))
        if tp + fn:
            recalls.append(1.0 if not (fp or fn) else tp / (tp + fn))
    p, r = statistics.mean(precisions), statistics.mean(recalls)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ---------------------------------------------------------------- running them

def extract_all(fn: Extract, pages: list[Page]) -> tuple[list[str], float, int]:
    texts, errors = [], 0
    start = time.perf_counter()
    for page in pages:
        try:
            texts.append(fn(page.html, page.url) or "")
        except Exception:  # an extractor that gives up on a page scores it empty
            texts.append("")
            errors += 1
    return texts, time.perf_counter() - start, errors


def _meta_of(doc: Any, url: str | None) -> dict[str, Any]:
    names = ("title", "author", "sitename", "hostname", "date", "description")
    return {**{k: getattr(doc, k, None) for k in names}, "url": getattr(doc, "url", None) or url}


def plugged_extract_html(cand: Candidate, lang: str = "id") -> ExtractHtml:
    """A drop-in for `warta.sources.decode.extract_html` built on `cand`."""
    import trafilatura

    fn = cand.make(lang)

    def extract_html(html: str, source: str, url: str | None) -> tuple[str, dict[str, Any]]:
        if cand.trafilatura_kwargs is not None:
            doc = trafilatura.bare_extraction(html, url=url, **cand.trafilatura_kwargs)
            text, meta = (getattr(doc, "text", None) or "") if doc is not None else "", _meta_of(doc, url)
        else:
            try:
                text = fn(html, url)
            except Exception:
                text = ""
            meta = _meta_of(trafilatura.extract_metadata(html, default_url=url), url)
        text = text.strip()
        if not text:  # Warta would raise InputError; a body with no word scores the page as all missed
            EMPTY[cand.name] = EMPTY.get(cand.name, 0) + 1
            text = "."
        return decode_mod.recover_lead(html, text), meta

    return extract_html


EMPTY: dict[str, int] = {}  # candidate -> pages it found no text in, once plugged in


@contextmanager
def plugged(cand: Candidate) -> Iterator[None]:
    original = decode_mod.extract_html
    decode_mod.extract_html = plugged_extract_html(cand)  # type: ignore[assignment]
    try:
        yield
    finally:
        decode_mod.extract_html = original


def pipeline_pass(docs: list[RawDoc]) -> float:
    start = time.perf_counter()
    for raw in docs:
        try:
            process(raw)
        except WartaError:
            pass
    return time.perf_counter() - start


def run_candidates(cands: list[Candidate], sets: dict[str, list[Page]], repeat: int) -> list[Result]:
    fns = {c.name: {s: c.make("id" if s == "portal" else "en") for s in sets} for c in cands}
    results = {c.name: Result(c.name) for c in cands}
    for by_set in fns.values():  # first calls load stoplists, models and caches: not timed
        for set_name, fn in by_set.items():
            extract_all(fn, sets[set_name][:3])
    for rnd in range(repeat):
        for cand in cands:
            res = results[cand.name]
            for set_name, pages in sets.items():
                texts, secs, errors = extract_all(fns[cand.name][set_name], pages)
                res.secs[set_name] = min(secs, res.secs.get(set_name, secs))
                if rnd == 0:
                    res.errors += errors
                    if set_name == "portal":
                        for page, text in zip(pages, texts, strict=True):
                            res.portal_text.add(token_overlap(text, page.gold))
                    else:
                        res.bench = shingle_prf(pages, texts)
        print(f"  extraction pass {rnd + 1}/{repeat} done", file=sys.stderr, flush=True)
    return [results[c.name] for c in cands]


def run_plugged(cands: list[Candidate], results: list[Result], data: Path, repeat: int) -> None:
    docs = [raw for _, raw in portal_pages(data)]
    process(docs[0])  # models loaded before any clock
    for cand in cands:
        if cand.note:
            continue
        res = next(r for r in results if r.name == cand.name)
        EMPTY.pop(cand.name, None)
        with plugged(cand):
            score = score_portals(data)
            res.warta_f1 = score.body.f1
            res.warta_empty = EMPTY.get(cand.name, 0)
            res.title_date = f"{score.title_ok}/{score.date_ok} of {score.pages}"
    for _ in range(repeat):  # interleaved, as the extraction passes are
        for cand in cands:
            res = next(r for r in results if r.name == cand.name)
            if cand.note:
                continue
            with plugged(cand):
                rate = len(docs) / pipeline_pass(docs)
            res.pipeline_rate = max(rate, res.pipeline_rate or 0.0)


def print_table(results: list[Result], cands: list[Candidate], sets: dict[str, list[Page]]) -> None:
    base = results[0]
    n_portal, n_bench = len(sets["portal"]), len(sets["bench"])
    print(f"\n## Extractors: {n_portal} Indonesian portal pages, {n_bench} benchmark pages (one core)\n")
    print("| extractor | portal text F1 | Warta body F1 | title/date ok | bench P | bench R | bench F1 "
          "| errors | portal pages/s | bench pages/s | x default | Warta pipeline pages/s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    base_rate = (n_portal + n_bench) / (base.secs["portal"] + base.secs["bench"])
    for res in results:
        p, r, f = res.bench
        both = (n_portal + n_bench) / (res.secs["portal"] + res.secs["bench"])
        warta = f"{res.warta_f1:.3f}" if res.warta_f1 is not None else "-"
        warta += f" ({res.warta_empty} empty)" if res.warta_empty else ""
        pipe = f"{res.pipeline_rate:.1f}" if res.pipeline_rate is not None else "-"
        print(f"| {res.name} | {res.portal_text.f1:.3f} | {warta} | {res.title_date or '-'} | {p:.3f} | {r:.3f} "
              f"| {f:.3f} | {res.errors} | {n_portal / res.secs['portal']:.1f} | {n_bench / res.secs['bench']:.1f} "
              f"| {both / base_rate:.2f} | {pipe} |")
    print("\nx default: pages/s over both sets against the first row, same run. Warta body F1 and the "
          "pipeline rate for a non-trafilatura extractor include trafilatura.extract_metadata for the "
          "title and date (see the docstring).")
    for cand in cands:
        if cand.note:
            print(f"{cand.name}: {cand.note}")


# ---------------------------------------------------------------- the HTML read twice

PIECES = (
    # label, (file suffix, function name): cumulative time wherever the function is called, so rows nest
    ("decode stage (all of it)", ("warta/sources/decode.py", "decode")),
    ("  decode_bytes", ("warta/sources/decode.py", "decode_bytes")),
    ("  trafilatura.bare_extraction", ("trafilatura/core.py", "bare_extraction")),
    ("    lxml parse (load_html)", ("trafilatura/utils.py", "load_html")),
    ("    metadata (extract_metadata)", ("trafilatura/metadata.py", "extract_metadata")),
    ("      of which htmldate find_date", ("htmldate/core.py", "find_date")),
    ("    tree cleaning and tag conversion (_prepare_tree)", ("trafilatura/core.py", "_prepare_tree")),
    ("    main extractor (extract_content)", ("trafilatura/main_extractor.py", "extract_content")),
    ("    readability/justext comparison (compare_extraction; off with fast)",
     ("trafilatura/external.py", "compare_extraction")),
    ("    rescue: baseline on the raw tree", ("trafilatura/baseline.py", "baseline")),
    ("    recall escalation: page measure (html2txt)", ("trafilatura/baseline.py", "html2txt")),
    ("    recall escalation: retry (_recall_retry)", ("trafilatura/core.py", "_recall_retry")),
    ("    text output (xmltotxt)", ("trafilatura/xml.py", "xmltotxt")),
    ("  recover_lead (regex over raw HTML)", ("warta/sources/decode.py", "recover_lead")),
    ("metadata stage (all of it)", ("warta/clean/metadata.py", "strip_metadata")),
    ("  page_credits (regex over raw HTML)", ("warta/sources/decode.py", "page_credits")),
)


def profile_html(data: Path) -> None:
    import trafilatura
    from trafilatura.utils import load_html

    from warta.sources.decode import page_credits

    docs = [raw for _, raw in portal_pages(data)]
    for raw in docs:
        process(raw)  # models, stoplists and caches loaded before the profile
    prof = cProfile.Profile()
    prof.enable()
    start = time.perf_counter()
    for raw in docs:
        process(raw)
    total_prof = time.perf_counter() - start
    prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]

    def cumulative(suffix: str, func: str) -> float:
        return sum(v[3] for (fname, _, name), v in stats.items() if name == func and fname.endswith(suffix))

    print(f"\n## Where the HTML time goes: Warta's pipeline (every stage) on the {len(docs)} portal pages, cProfile\n")
    print(f"total under the profiler {total_prof:.2f} s\n")
    print("| piece | cumulative s | % of pipeline |")
    print("|---|---:|---:|")
    for label, (suffix, func) in PIECES:
        secs = cumulative(suffix, func)
        print(f"| {label} | {secs:.3f} | {100 * secs / total_prof:.1f} |")
    print("\nA row is a function's cumulative time wherever it is called: rows nest, and the recall retry "
          "runs the main extractor and the comparison again, inside their rows.")

    # the same pieces without the profiler's overhead, best of 3
    pages = load_portals(data)

    def best(fn: Callable[[], object]) -> float:
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    warta_call = _trafilatura()("id")
    texts = [warta_call(p.html, p.url) for p in pages]
    rows = (
        ("whole pipeline, every stage", lambda: [process(raw) for raw in docs]),
        ("trafilatura.bare_extraction (Warta's call)",
         lambda: [trafilatura.bare_extraction(p.html, url=p.url, **WARTA_KWARGS) for p in pages]),
        ("  of it: lxml parse alone (load_html)", lambda: [load_html(p.html) for p in pages]),
        ("  of it: extract_metadata alone (parse + metadata + htmldate)",
         lambda: [trafilatura.extract_metadata(p.html, default_url=p.url) for p in pages]),
        ("(instead: the same call with fast=True)",
         lambda: [trafilatura.bare_extraction(p.html, url=p.url, **WARTA_KWARGS, fast=True) for p in pages]),
        ("recover_lead (regex over raw HTML)",
         lambda: [decode_mod.recover_lead(p.html, t) for p, t in zip(pages, texts, strict=True)]),
        ("page_credits (regex over raw HTML)", lambda: [page_credits(p.html) for p in pages]),
    )
    timed = [(label, best(fn)) for label, fn in rows]
    whole = timed[0][1]
    html_time = timed[1][1] + timed[5][1] + timed[6][1]
    print(f"\nWithout the profiler (best of 3, {len(pages)} pages):\n")
    print("| piece | ms/page | % of pipeline | % of HTML time |")
    print("|---|---:|---:|---:|")
    for label, secs in timed:
        share = "-" if label.startswith(("whole", "(")) else f"{100 * secs / html_time:.1f}"
        print(f"| {label} | {1000 * secs / len(pages):.2f} | {100 * secs / whole:.1f} | {share} |")
    print("\nHTML time = trafilatura's call + recover_lead + html_credits (the three passes over a page's HTML).")


# ---------------------------------------------------------------- main

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best is kept")
    ap.add_argument("--no-pipeline", action="store_true", help="skip the plugged-in pipeline runs")
    ap.add_argument("--no-profile", action="store_true", help="skip the HTML-time breakdown")
    args = ap.parse_args()
    missing = [p for p in (args.data / PORTALS / "expected.jsonl", args.data / BENCHMARK / "ground-truth.json.gz",
                           args.data / BENCHMARK / "html") if not p.exists()]
    if missing:
        print(f"error: data not found: {', '.join(map(str, missing))} (pass --data PATH, the folder holding "
              f"{PORTALS}/ and {BENCHMARK}/)", file=sys.stderr)
        sys.exit(2)
    cands = available()
    if not cands or cands[0].name != "trafilatura default":
        print("error: trafilatura (the baseline, and Warta's own extractor) is not installed", file=sys.stderr)
        sys.exit(2)
    sets = {"portal": load_portals(args.data), "bench": load_benchmark(args.data)}
    results = run_candidates(cands, sets, args.repeat)
    if not args.no_pipeline:
        run_plugged(cands, results, args.data, args.repeat)
    print_table(results, cands, sets)
    if not args.no_profile:
        profile_html(args.data)


if __name__ == "__main__":
    main()
