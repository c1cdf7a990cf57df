"""`warta` command line: a thin shell; each module registers its commands on the apps in `_app`."""

from __future__ import annotations

from warta.cli import (  # noqa: F401  (registers)
    clean,
    corpus,
    dates,
    entities,
    event_clusters,
    events,
    extract,
    ner,
    places,
    quotes,
    serve,
    spark,
    tone,
)
from warta.cli._app import app


def main() -> None:
    app()
