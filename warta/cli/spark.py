"""`warta spark`: clean and annotate a folder of articles on a Spark cluster (or local cores)."""

from __future__ import annotations

import typer

from warta.cli._app import app, run_options


@app.command("spark")
def spark_cmd(
    inputs: list[str] = typer.Argument(..., help="Folders or globs (any Hadoop path) of .txt/.html(.gz) articles, "
                                       ".warc(.gz), .jsonl(.gz) and feed files."),
    out: str = typer.Option(..., "--out", help="Parquet folder to write (one row per article or error); "
                            "<out>_clusters and <out>_event_clusters beside it."),
    master: str = typer.Option("local[*]", "--master", help="Spark master URL."),
    skip: list[str] = typer.Option([], "--skip", help="Stage to leave out (repeatable)."),
) -> None:
    """Run process() on every file with Spark's mapPartitions; errors become rows, not failures."""
    options = run_options(skip)
    try:
        from warta.engines.spark import run
    except ImportError:  # pragma: no cover - depends on the environment
        typer.echo("error: pyspark is not installed (pip install 'warta[spark]')", err=True)
        raise typer.Exit(2) from None
    articles, errors = run(inputs, out, master, options)
    typer.echo(f"{articles} articles, {errors} errors -> {out}")
    if errors:
        raise typer.Exit(1)
