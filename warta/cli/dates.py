"""`warta eval dates`: the dates stage on the date-expression gold."""

from __future__ import annotations

from pathlib import Path

import typer

from warta.cli._app import eval_app, gold_splits


@eval_app.command("dates")
def eval_dates(
    gold: Path | None = typer.Option(None, "--gold", help="Gold JSONL (default: the bundled set)."),
    split: str = typer.Option("all", "--split", help="dev, test or all (prints each split)."),
    errors: bool = typer.Option(False, "--errors", help="Print every expression found wrong."),
) -> None:
    """Accuracy of the resolved date expressions, per kind and for those with another reference time."""
    from warta.eval import dates as scoring

    splits = gold_splits(split, gold)
    items = scoring.load_gold(gold)
    results = {s: scoring.score(i for i in items if i.get("split") == s) for s in splits}
    typer.echo(scoring.table(results))
    if errors:
        for s in splits:
            typer.echo("\n".join(results[s].errors))
