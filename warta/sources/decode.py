"""Stage placeholder (being written)."""
from __future__ import annotations
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    from warta.pipeline import Draft
def decode(draft: Draft) -> None:
    data = draft.raw.data
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    draft.lines = text.splitlines()
