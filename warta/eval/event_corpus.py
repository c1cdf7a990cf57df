"""The PLOVER-ID event corpus: annotated IndoSum sentences, read as articles again.

Each line of `warta/eval/gold/events/{train,dev,test}.jsonl` is one sentence
(`id` = `indosum:<article>#<sentence>`) with the sentences before it as
`context` where its window starts, and its events with trigger and actor
spans. Consecutive sentences of one article are read back as one document,
so the coder sees them as it would see a real article: pronouns and
implicit actors resolve across sentences.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

SPLITS = ("train", "dev", "test")


@dataclass
class GoldEvent:
    type: str
    source: str | None
    target: str | None
    modality: str
    mode: str | None = None
    trigger: str | None = None
    source_text: str | None = None
    target_text: str | None = None
    date: str | None = None


@dataclass
class GoldSentence:
    id: str
    split: str
    text: str
    context: str
    events: list[GoldEvent]
    url: str | None = None
    published: str | None = None

    @property
    def article(self) -> str:
        return self.id.rsplit("#", 1)[0]

    @property
    def index(self) -> int:
        tail = self.id.rsplit("#", 1)[-1]
        return int(tail) if tail.isdigit() else -1


@dataclass
class GoldDoc:
    """Consecutive sentences of one article, with the context before the first."""

    sentences: list[GoldSentence] = field(default_factory=list)

    @property
    def text(self) -> str:
        parts = [self.sentences[0].context] if self.sentences[0].context else []
        return " ".join(parts + [s.text for s in self.sentences])

    @property
    def published(self) -> str | None:
        return self.sentences[0].published


def default_dir() -> Path:
    return Path(str(resources.files("warta") / "eval" / "gold" / "events"))


def _event(e: dict[str, Any]) -> GoldEvent:
    return GoldEvent(e["type"], e.get("source"), e.get("target"), e.get("modality") or "asserted", e.get("mode"),
                     e.get("trigger"), e.get("source_text"), e.get("target_text"), e.get("date"))


def read_lines(path: Path) -> Iterator[GoldSentence]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row: dict[str, Any] = json.loads(line)
            yield GoldSentence(row["id"], row.get("split", ""), row.get("text", ""), row.get("context", ""),
                               [_event(e) for e in row.get("events") or []], row.get("url"), row.get("published"))


def load(splits: Iterable[str] = SPLITS, folder: Path | None = None) -> list[GoldSentence]:
    """The corpus sentences of `splits`, in file order."""
    base = folder or default_dir()
    out: list[GoldSentence] = []
    for split in splits:
        path = base / f"{split}.jsonl"
        if path.exists():
            out += read_lines(path)
    return out


def documents(items: Iterable[GoldSentence]) -> list[GoldDoc]:
    """Group consecutive sentences of one article (contiguous sentence numbers) into documents."""
    docs: list[GoldDoc] = []
    for item in items:
        last = docs[-1].sentences[-1] if docs else None
        if last is not None and last.article == item.article and item.index == last.index + 1 and not item.context:
            docs[-1].sentences.append(item)
        else:
            docs.append(GoldDoc([item]))
    return docs


def locate(body: str, text: str, pos: int) -> tuple[int, int] | None:
    """Where sentence `text` sits in `body` at or after `pos` (the cleaning may have cut a dateline off
    its front): its (start, end), or None."""
    at = body.find(text, pos)
    if at >= 0:
        return at, at + len(text)
    tail = text[-min(40, len(text)):]
    at = body.find(tail, pos)
    if at < 0:
        return None
    end = at + len(tail)
    return max(pos, end - len(text)), end
