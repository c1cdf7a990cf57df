"""Placeholder stage: filled in by the quotes work."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warta.pipeline import Draft


def find_quotes(draft: Draft) -> None:
    """Not implemented yet: leaves `article.quotes` empty."""
