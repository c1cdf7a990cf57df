"""Build the example corpus bundled in `warta/examples/` from `../shared/data`.

    python scripts/make_examples.py [--data ../shared/data] [--per-outlet 4]

Only data whose license allows redistribution is used: IndoSum articles
(CC BY-SA 4.0, detokenised to JSON Lines with url and outlet) and the
news-html-id-portals article pages (MIT, gzip HTML; index pages left out).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from collections import Counter
from pathlib import Path

from warta.sources.indosum import read_indosum

OUT = Path(__file__).resolve().parent.parent / "warta" / "examples"
_SPEECH = re.compile(r"\"[^\"]{20,}\"\s*,?\s*(?:kata|ujar|ucap|tutur|ungkap|jelas)", re.I)

README = """# Example corpus

A small corpus of real Indonesian news for trying Warta:

    warta ingest --examples --db warta.db && warta stats --db warta.db

- `indosum.jsonl`: {n_indosum} articles from IndoSum (Kurniawan & Louvan, 2018,
  "IndoSum: A New Benchmark Dataset for Indonesian Text Summarization",
  https://github.com/kata-ai/indosum), licensed **CC BY-SA 4.0**
  (https://creativecommons.org/licenses/by-sa/4.0/). Changes: the pre-tokenised
  text was detokenised to plain text; only `text`, `url` and `outlet` are kept.
  This file is shared under the same license.
- `html/`: {n_html} article pages from Indonesian news portals (2015-2017), test
  fixtures of https://github.com/anpandu/indonesian-news-scraper, **MIT License**,
  Copyright (c) 2015 Pandu; the license text is in `html/LICENSE`.

The articles remain the work of their publishers ({outlets}).
"""


def write_indosum(data: Path, per_outlet: int) -> tuple[int, list[str]]:
    taken: Counter[str] = Counter()
    rows = []
    for raw in read_indosum(data / "news-indosum-dev"):
        outlet = raw.outlet or "?"
        text = str(raw.data)
        if taken[outlet] >= per_outlet or not _SPEECH.search(text) or len(text) > 6000:
            continue
        taken[outlet] += 1
        rows.append({"text": text, "url": raw.url, "outlet": outlet})
    with open(OUT / "indosum.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows), sorted(taken)


def copy_html(data: Path) -> int:
    src = data / "news-html-id-portals"
    dest = OUT / "html"
    dest.mkdir(parents=True, exist_ok=True)
    n = 0
    for line in open(src / "expected.jsonl", encoding="utf-8"):
        rec = json.loads(line)
        if rec.get("kind") == "article":
            shutil.copyfile(src / "html" / rec["fixture"], dest / rec["fixture"])
            n += 1
    shutil.copyfile(src / "LICENSE", dest / "LICENSE")
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--per-outlet", type=int, default=4)
    args = ap.parse_args()
    if not args.data.exists():
        raise SystemExit(f"error: data not found at {args.data} (pass --data PATH)")
    OUT.mkdir(parents=True, exist_ok=True)
    n_indosum, outlets = write_indosum(args.data, args.per_outlet)
    n_html = copy_html(args.data)
    portals = "Antara, Detik, KapanLagi, Kompas, Liputan6, Okezone, Republika, Tempo, Viva"
    (OUT / "README.md").write_text(
        README.format(n_indosum=n_indosum, n_html=n_html, outlets=", ".join(outlets) + "; " + portals),
        encoding="utf-8")
    print(f"wrote {n_indosum} IndoSum articles and {n_html} HTML pages to {OUT}")


if __name__ == "__main__":
    main()
