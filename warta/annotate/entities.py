"""Placeholder stage: filled in by the entities work."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warta.pipeline import Draft


def link_entities(draft: Draft) -> None:
    """Not implemented yet: leaves `article.entities` empty."""
