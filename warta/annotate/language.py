"""Stage placeholder (being written)."""
from __future__ import annotations
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    from warta.pipeline import Draft
def identify_language(draft: Draft) -> None:
    pass
