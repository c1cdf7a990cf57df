"""`warta extract`: one article (or many) in, the Article record out as JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import typer

from warta.cli._app import app, run_options
from warta.errors import WartaError
from warta.model import Article, RawDoc
from warta.pipeline import Done, process_many
from warta.sources import CONTAINERS
from warta.sources.decode import MAX_BYTES


def _inputs(paths: list[str], published: str | None) -> Iterator[RawDoc | WartaError]:
    """What `warta ingest` reads (files, folders, WARC, JSON Lines, feeds) and '-' for stdin; the
    `--published` date goes to every article whose source gives none."""
    from warta.sources import open_sources

    for arg in paths:
        if arg == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)  # enough to tell "too large" without reading it all
            yield RawDoc(data=data, source="<stdin>", published=published)
            continue
        for item in open_sources([arg]):
            yield item if isinstance(item, WartaError) or item.published else replace(item, published=published)


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help="Files or folders of .txt/.html(.gz) articles, .warc(.gz), "
                                       ".jsonl(.gz), feed files or URLs; '-' reads stdin."),
    published: str | None = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) when the input lacks one."),
    fmt: str = typer.Option("json", "--format", "-f", help="json (JSON Lines for several inputs) or pretty."),
    skip: list[str] = typer.Option([], "--skip", help="Stage to leave out (repeatable), e.g. --skip events."),
) -> None:
    """Clean and annotate articles; print the Article record(s)."""
    if fmt not in ("json", "pretty"):
        raise typer.BadParameter("use json or pretty", param_hint="--format")
    options = run_options(skip)
    results: list[Article] = []
    failed = 0
    several = len(inputs) > 1 or any(p != "-" and (Path(p).is_dir() or p.lower().endswith((*CONTAINERS, ".xml"))
                                                   or p.startswith(("http://", "https://"))) for p in inputs)
    for res in process_many(_inputs(inputs, published), options):
        if not isinstance(res, Done):
            failed += 1
            typer.echo(f"error: {res}", err=True)
            continue
        article = res.article
        if fmt == "pretty":
            from warta.cli.render import render_article

            render_article(article)
        elif several:
            typer.echo(json.dumps(article.to_dict(), ensure_ascii=False))
        else:
            results.append(article)
    for article in results:
        typer.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
    if failed:
        raise typer.Exit(1)
