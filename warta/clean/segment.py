"""Stage placeholder (being written)."""
from __future__ import annotations
import re
from typing import TYPE_CHECKING
from warta.model import article_id
if TYPE_CHECKING:
    from warta.pipeline import Draft
def build_body(draft: Draft) -> None:
    paras, cur = [], []
    for line in draft.lines + [""]:
        if line.strip():
            cur.append(line.strip())
        elif cur:
            paras.append(" ".join(cur)); cur = []
    draft.article.body = "\n\n".join(paras)
    draft.article.id = article_id(draft.article.body)
def segment(draft: Draft) -> None:
    body = draft.article.body
    for m in re.finditer(r"[^\n]+", body):
        draft.paragraphs.append((m.start(), m.end()))
        for s in re.finditer(r".+?(?:[.!?]['\"’”]*(?=\s)|$)", m.group()):
            draft.sentences.append((m.start() + s.start(), m.start() + s.end()))
