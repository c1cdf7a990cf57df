"""Corpus commands: ingest sources into SQLite, then search, query, show, count and export."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import IO, Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from warta.cli._app import app, run_options

DB_OPTION = typer.Option(Path("warta.db"), "--db", help="SQLite database file.")
JSON_OPTION = typer.Option(False, "--json", help="Print JSON Lines instead of a table.")
console = Console()
err_console = Console(stderr=True)


def examples_dir() -> Path:
    """The example corpus bundled with the package."""
    return Path(str(resources.files("warta") / "examples"))


def _open_store(db: Path, must_exist: bool = True, batch: int = 200) -> Any:
    from warta.store.sqlite import Store

    if must_exist and not db.exists():
        typer.echo(f"error: no database at {db} (run `warta ingest SOURCE --db {db}` first)", err=True)
        raise typer.Exit(2)
    try:
        return Store(db, batch=batch)
    except sqlite3.DatabaseError as exc:
        typer.echo(f"error: {db} is not a usable Warta database ({exc})", err=True)
        raise typer.Exit(2) from None


def _emit(rows: Iterable[dict[str, Any]], as_json: bool, title: str, columns: list[str]) -> None:
    rows = list(rows)
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table(title=f"{title} ({len(rows)})", title_justify="left")
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    console.print(table)


def _cell(value: Any, width: int = 160) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


SHOW_FAILURES = 5  # failed inputs named after an ingest; --errors FILE keeps them all


class _Progress:
    """Rich progress line: articles done, articles per second, skipped, errors; errors also to a file."""

    def __init__(self, progress: Progress, errors_out: IO[str] | None) -> None:
        self.progress, self.errors_out = progress, errors_out
        self.task = progress.add_task("ingest", total=None, rate=0.0, errors=0, skipped=0)
        self.start = time.perf_counter()
        self.done = self.errors = self.skipped = 0
        self.first_failures: list[str] = []

    def __call__(self, res: Any) -> None:
        from warta.pipeline import Failure

        if res is None:
            self.skipped += 1
        elif isinstance(res, Failure):
            self.errors += 1
            if len(self.first_failures) < SHOW_FAILURES:
                self.first_failures.append(f"{res.source}: {res.stage + ': ' if res.stage else ''}{res.reason}")
            if self.errors_out:
                self.errors_out.write(json.dumps(
                    {"source": res.source, "kind": res.kind, "stage": res.stage, "reason": res.reason},
                    ensure_ascii=False) + "\n")
        else:
            self.done += 1
        rate = self.done / max(time.perf_counter() - self.start, 1e-9)
        self.progress.update(self.task, completed=self.done, rate=rate, errors=self.errors, skipped=self.skipped)


@app.command()
def ingest(
    sources: list[str] = typer.Argument(None, help="Folders, .txt/.html(.gz), .warc(.gz), .jsonl(.gz), feed files or URLs."),
    db: Path = DB_OPTION,
    workers: int = typer.Option(os.cpu_count() or 1, "--workers", "-w", help="Worker processes."),
    errors: Path | None = typer.Option(None, "--errors", help="Also write errors here as JSON Lines."),
    examples: bool = typer.Option(False, "--examples", help="Ingest the example corpus bundled with Warta."),
    batch: int = typer.Option(200, "--batch", help="Articles per transaction."),
    feed_delay: float = typer.Option(1.0, "--feed-delay", help="Seconds between two requests to one host."),
    text_field: str = typer.Option("text", "--text-field", help="JSON Lines field holding the article text."),
    html_field: str = typer.Option("html", "--html-field", help="JSON Lines field holding the page HTML."),
    url_field: str = typer.Option("url", "--url-field", help="JSON Lines field holding the URL."),
    date_field: str = typer.Option("published", "--date-field", help="JSON Lines field holding the publication date."),
    outlet_field: str = typer.Option("outlet", "--outlet-field", help="JSON Lines field holding the outlet's name."),
) -> None:
    """Process sources on all cores into a SQLite database (idempotent, resumable)."""
    from warta.engines.local import ingest as run_ingest
    from warta.sources import open_sources

    inputs = list(sources or []) + ([str(examples_dir())] if examples else [])
    if not inputs:
        raise typer.BadParameter("give at least one SOURCE or --examples", param_hint="SOURCE")
    options = run_options()
    start = time.perf_counter()
    errors_out = open(errors, "w", encoding="utf-8") if errors else None
    columns = (SpinnerColumn(), TextColumn("{task.completed} articles"), TextColumn("{task.fields[rate]:.1f}/s"),
               TextColumn("skipped {task.fields[skipped]}"), TextColumn("[red]errors {task.fields[errors]}"),
               TimeElapsedColumn())
    from warta.store.sqlite import StoreError, sole_writer

    try:
        with sole_writer(db), _open_store(db, must_exist=False, batch=batch) as store, \
                Progress(*columns, console=err_console) as progress:
            fields = {"text": text_field, "html": html_field, "url": url_field, "published": date_field,
                      "outlet": outlet_field}
            items = open_sources(inputs, feed_delay, known=store.has_source,
                                 fields={k: v for k, v in fields.items() if k != v})
            seen = _Progress(progress, errors_out)
            stats = run_ingest(items, store, workers, seen, options=options)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    finally:
        if errors_out:
            errors_out.close()
    secs = time.perf_counter() - start
    typer.echo(f"ingested {stats.done} new, skipped {stats.skipped} already stored, {stats.failed} errors "
               f"in {secs:.1f}s ({stats.done / max(secs, 1e-9):.1f} articles/s) -> {db}", err=True)
    for line in seen.first_failures:
        typer.echo(f"  failed: {line}", err=True)
    if stats.failed > len(seen.first_failures):
        more = stats.failed - len(seen.first_failures)
        where = f"all are in {errors}" if errors else "--errors FILE lists them all"
        typer.echo(f"  ... and {more} more ({where}; `warta export errors.csv -f csv -t errors` too)", err=True)
    if stats.failed:
        raise typer.Exit(1)


@app.command()
def search(
    query: str = typer.Argument(..., help='FTS5 query: words, "a phrase", prefix*, AND/OR/NOT, NEAR(a b).'),
    db: Path = DB_OPTION, limit: int = typer.Option(20, "--limit", "-n", help="Most articles to list."),
    as_json: bool = JSON_OPTION,
    collapse: bool = typer.Option(False, "--collapse", help="One hit per story: copies of a wire story fold."),
) -> None:
    """Full-text search over titles, bodies and quotations (best first), with outlets per story."""
    from warta.store.sqlite import QueryError

    with _open_store(db) as store:
        try:
            rows = store.search(query, limit, collapse)
        except QueryError as exc:
            typer.echo(f"error: {exc} (quote words with special characters, e.g. '\"covid-19\"')", err=True)
            raise typer.Exit(2) from None
    _emit(rows, as_json, f"search {query!r}", ["id", "outlet", "published", "outlets", "title", "snippet"])


def _query(run: Callable[[], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Run a store query; a bad filter value is one line on stderr and exit 2."""
    from warta.store.sqlite import QueryError

    try:
        return run()
    except QueryError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


@app.command()
def quotes(
    speaker: str | None = typer.Option(None, "--speaker", help="Speaker name (substring) or entity id."),
    since: str | None = typer.Option(None, "--since", help="YYYY-MM-DD"),
    until: str | None = typer.Option(None, "--until", help="YYYY-MM-DD"),
    db: Path = DB_OPTION, limit: int = typer.Option(50, "--limit", "-n", help="Most rows to list."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Quotations by speaker and date (quote date, else the article's published date)."""
    with _open_store(db) as store:
        rows = _query(lambda: store.quotes(speaker, since, until, limit))
    _emit(rows, as_json, "quotes", ["date", "speaker", "kind", "text", "outlet", "article_id"])


@app.command()
def entities(
    type_: str | None = typer.Option(None, "--type", help="PERSON, ORG, GPE, LOC, EVENT or OTHER."),
    top: int = typer.Option(20, "--top", help="How many entities, most mentioned first."), db: Path = DB_OPTION, as_json: bool = JSON_OPTION,
) -> None:
    """The most mentioned entities, with articles, mentions, outlets and independent stories."""
    with _open_store(db) as store:
        rows = store.entities(type_, top)
    _emit(rows, as_json, "entities", ["entity_id", "name", "type", "articles", "mentions", "outlets", "stories"])


@app.command()
def events(
    actor: str | None = typer.Option(None, "--actor", help="Source actor: country/sector code, id or name."),
    target: str | None = typer.Option(None, "--target", help="Target actor: country/sector code, id or name."),
    type_: str | None = typer.Option(None, "--type", help="PLOVER event type, e.g. CONSULT."),
    since: str | None = typer.Option(None, "--since", help="Events on or after this day (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Events on or before this day (YYYY-MM-DD)."),
    modality: str | None = typer.Option(None, "--modality", help="asserted, planned, possible or denied."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", help="Leave out events the coder is less "
                                         "sure of (0-1; see `warta eval events --calibration`)."),
    db: Path = DB_OPTION, limit: int = typer.Option(50, "--limit", "-n", help="Most rows to list."),
    as_json: bool = JSON_OPTION,
    by: str = typer.Option("cluster", "--by", help="cluster: one row per event, its reports across articles "
                           "counted; report: one row per report."),
) -> None:
    """Coded events by actor, target, type, date, modality and confidence; one row per event by default."""
    with _open_store(db) as store:
        rows = _query(lambda: store.events(actor, target, type_, since, until, limit, modality, min_confidence,
                                           by=by))
    for row in rows:
        row["source"] = f"{row['source_country'] or ''}{row['source_sector'] or ''}" or row["source_name"]
        row["target"] = f"{row['target_country'] or ''}{row['target_sector'] or ''}" or row["target_name"]
    if by == "cluster":
        _emit(rows, as_json, "events", ["date", "type", "source", "target", "modalities", "reports", "outlets", "text"])
    else:
        _emit(rows, as_json, "events", ["date", "type", "source", "target", "modality", "text", "outlet"])


@app.command()
def show(
    article_id: str = typer.Argument(..., help="Article id (or a unique prefix, or the input's source key)."),
    db: Path = DB_OPTION, fmt: str = typer.Option("json", "--format", "-f", help="json or pretty."),
) -> None:
    """Print one stored article, with the outlets that ran the same story."""
    with _open_store(db) as store:
        article = store.get(article_id)
        if article is None:
            typer.echo(f"error: no article {article_id!r} in {db}", err=True)
            raise typer.Exit(1)
        cluster = store.cluster_of(article.id)
        outlets = store.cluster_outlets(cluster) if cluster else []
    if fmt == "pretty":
        from warta.cli.render import render_article

        render_article(article)
        console.print(f"[dim]cluster {cluster} · outlets: {', '.join(outlets) or '-'}")
    else:
        typer.echo(json.dumps({**article.to_dict(), "cluster_id": cluster, "cluster_outlets": outlets},
                              ensure_ascii=False, indent=2))


@app.command()
def stats(db: Path = DB_OPTION, as_json: bool = typer.Option(False, "--json", help="Print the counts as JSON.")) -> None:
    """Counts: articles, outlets, languages, entities, quotes, events, clusters, errors."""
    with _open_store(db) as store:
        counts = store.stats()
    if as_json:
        typer.echo(json.dumps(counts, ensure_ascii=False))
        return
    table = Table(title=str(db), title_justify="left", show_header=False)
    for key, value in counts.items():
        shown = ", ".join(f"{k} {v}" for k, v in value.items()) if isinstance(value, dict) else str(value)
        table.add_row(key, shown)
    console.print(table)


@app.command()
def export(
    out: Path = typer.Argument(..., help="Output file."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv, parquet, gkg (GDELT GKG 2.1) or events."),
    table: str = typer.Option("records", "--table", "-t", help="records (jsonl only), articles, entities, "
                              "mentions, quotes, dates, events, clusters or errors."),
    db: Path = DB_OPTION,
) -> None:
    """Export the store: full records, one table as CSV/Parquet/JSONL, or GDELT GKG / Events TSV."""
    from warta.store.export import FORMATS
    from warta.store.export import export as run_export

    if fmt not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    if table == "records" and fmt in ("csv", "parquet"):
        table = "articles"
    with _open_store(db) as store:
        try:
            n = run_export(store, out, fmt, table)
        except ValueError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
    typer.echo(f"wrote {n} rows to {out}", err=True)
