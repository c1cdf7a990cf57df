"""Commands of the events work (placeholder)."""

from __future__ import annotations

from warta.cli._app import app, eval_app, train_app  # noqa: F401
