"""`warta eval quotes`: statement, cue and speaker scores on PFSA-ID."""

from __future__ import annotations

from pathlib import Path

import typer

from warta.cli._app import DATA_OPTION, data_dir, eval_app


@eval_app.command("quotes")
def eval_quotes(
    data: Path = DATA_OPTION,
    entities: bool = typer.Option(True, "--entities/--no-entities", help="Run the entities stage first."),
    limit: int = typer.Option(0, help="Articles per corpus file (0 = all)."),
) -> None:
    """Direct-quotation spans, cues and speakers against PFSA-ID (read from --data, never shipped)."""
    from warta.eval.quotes import evaluate, table

    folder = data_dir(data, "quotes-pfsa-id")
    typer.echo(table(evaluate(folder, entities=entities, limit=limit)))
