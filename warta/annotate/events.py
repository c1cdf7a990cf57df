"""Placeholder stage: filled in by the events work."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warta.pipeline import Draft


def code_events(draft: Draft) -> None:
    """Not implemented yet: leaves `article.events` empty."""
