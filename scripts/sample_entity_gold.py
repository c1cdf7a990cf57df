"""Draw the articles of the entity gold (`corpus/entities/batches/`), seeded and reproducible.

Outlets the taggers were not trained on: the example corpus first (its 26 portal HTML pages and
its 32 IndoSum articles), then IndoSum articles outside the event corpus, until `--articles`.
Each article is its body as Warta cleans it, cut after the paragraph that passes `--chars`, so a
reader annotates whole paragraphs and in-article identity holds over what is shown. Within each
origin, four articles go to dev, the next four to test, and so on, so every batch holds both.

Run: `python scripts/sample_entity_gold.py --data ../shared/data`.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from corpus_files import ROOT, indosum_articles, known_splits, write_jsonl

OUT = ROOT / "corpus" / "entities" / "batches"


def _cut(body: str, chars: int) -> str:
    kept: list[str] = []
    for para in body.split("\n\n"):
        kept.append(para)
        if sum(len(p) + 2 for p in kept) > chars:
            break
    return "\n\n".join(kept)


def _bodies(paths: list[Path], skip: tuple[str, ...]) -> list[tuple[str, str]]:
    from warta.doc import Options
    from warta.errors import WartaError
    from warta.pipeline import process
    from warta.sources import open_sources

    out = []
    for raw in open_sources(paths):
        if isinstance(raw, WartaError):
            continue
        try:
            art = process(raw, Options(skip=skip))
        except WartaError:
            continue
        if art.body.strip():
            out.append((raw.source, art.body))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--articles", type=int, default=160)
    ap.add_argument("--chars", type=int, default=1800)
    ap.add_argument("--batches", type=int, default=4)
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args()
    import sys
    sys.path.insert(0, str(ROOT))
    skip = ("language", "dates", "entities", "places", "quotes", "events", "tone")
    examples = ROOT / "warta" / "examples"
    rows: list[dict] = []
    for origin, paths in (("portal", sorted((examples / "html").glob("*.html.gz"))),
                          ("example", [examples / "indosum.jsonl"])):
        for n, (source, body) in enumerate(_bodies(paths, skip)):
            name = Path(source.split("#")[0]).name.split(".")[0] + ("#" + source.split("#")[1] if "#" in source else "")
            rows.append({"id": f"{origin}:{name}", "split": "dev" if (n // 4) % 2 == 0 else "test",
                         "text": _cut(body, args.chars), "entities": []})
    known = known_splits()
    pool = [r for r in indosum_articles(args.data / "news-indosum-dev") if r["id"] not in known]
    random.Random(args.seed).shuffle(pool)
    tmp = ROOT / "corpus" / "entities" / ".pool.jsonl"
    need = args.articles - len(rows)
    write_jsonl(tmp, pool[: need + 20])
    try:
        extra = _bodies([tmp], skip)[:need]
    finally:
        tmp.unlink()
    for n, (source, body) in enumerate(extra):
        line = int(source.rsplit("#", 1)[1])
        rows.append({"id": f"indosum:{pool[line - 1]['id']}", "split": "dev" if (n // 4) % 2 == 0 else "test",
                     "text": _cut(body, args.chars), "entities": []})
    OUT.mkdir(parents=True, exist_ok=True)
    groups: list[list[dict]] = [[] for _ in range(args.batches)]
    for n, row in enumerate(rows):
        groups[n % args.batches].append(row)
    for n, group in enumerate(groups, 1):
        write_jsonl(OUT / f"n{n:02d}.jsonl", group)
    print(f"{len(rows)} articles in {args.batches} batches under {OUT}")


if __name__ == "__main__":
    main()
