"""What the corpus scripts share: reading IndoSum's articles once each, the event corpus's splits,
writing batches of whole articles, and pairing a batch with its annotation."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _detokenised(parts: Any) -> str:
    """IndoSum tokens as text, the way the IndoSum reader joins them (imported here: the merge scripts
    need no package)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from warta.sources.indosum import _join, _sentence_tokens

    return _join(_sentence_tokens(parts))


def indosum_articles(folder: str | Path) -> Iterator[dict[str, Any]]:
    """Each IndoSum record of the dev folds in `folder` once (the folds overlap: the first copy wins)."""
    seen: set[str] = set()
    for f in sorted(Path(folder).glob("*.jsonl.gz")):
        for line in gzip.open(f, "rt", encoding="utf-8"):
            r = json.loads(line)
            if r["id"] not in seen:
                seen.add(r["id"])
                yield r


def published_of(article_id: str) -> str:
    """The day an IndoSum article id's timestamp gives, as YYYY-MM-DD."""
    return dt.datetime.fromtimestamp(int(article_id.split("-", 1)[0]), dt.UTC).date().isoformat()


def sentences_of(r: dict[str, Any]) -> list[str]:
    return [_detokenised([s]) for p in r["paragraphs"] for s in p]


def paragraphs(data: str | Path) -> Iterator[tuple[dict[str, Any], list[str], str]]:
    """(article record, its paragraphs as text, published day) for each IndoSum article, once each."""
    for r in indosum_articles(Path(data) / "news-indosum-dev"):
        yield r, [_detokenised(p) for p in r["paragraphs"]], published_of(r["id"])


def known_splits() -> dict[str, str]:
    """The event corpus's split of each IndoSum article it holds."""
    known: dict[str, str] = {}
    for split in ("train", "dev", "test"):
        for line in open(f"warta/eval/gold/events/{split}.jsonl", encoding="utf-8"):
            known[json.loads(line)["id"][8:].rsplit("#", 1)[0]] = split
    return known


def write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_article_batches(rows: list[dict[str, Any]], folder: Path, prefix: str, batches: int) -> int:
    """Deal whole articles (rows sharing the id before "#"), in order, round robin into `batches` files
    `<prefix>01.jsonl` ...; returns the number of articles."""
    articles: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        articles.setdefault(row["id"].rsplit("#", 1)[0], []).append(row)
    groups: list[list[dict[str, Any]]] = [[] for _ in range(batches)]
    for n, art_rows in enumerate(articles.values()):
        groups[n % batches].extend(art_rows)
    folder.mkdir(parents=True, exist_ok=True)
    for n, group in enumerate(groups, 1):
        write_jsonl(folder / f"{prefix}{n:02d}.jsonl", group)
    return len(articles)


def annotated(batch_folder: Path, *ann_folders: Path) -> Iterator[tuple[Path, dict[str, Any], dict[str, Any]]]:
    """(batch file, batch row, its annotation) for every annotated line; the first of `ann_folders`
    holding the batch's file is read (a second reading before the first)."""
    for batch in sorted(batch_folder.glob("*.jsonl")):
        ann_path = next((f / batch.name for f in ann_folders if (f / batch.name).exists()), None)
        if ann_path is None:
            continue
        anns = {a["id"]: a for a in (json.loads(x) for x in ann_path.read_text(encoding="utf-8").splitlines()
                                     if x.strip())}
        for line in batch.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["id"] in anns:
                yield batch, row, anns[row["id"]]
