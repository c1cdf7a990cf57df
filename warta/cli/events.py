"""Commands of the events work: `warta eval events`."""

from __future__ import annotations

from pathlib import Path

import typer

from warta.cli._app import eval_app

GOLD_OPTION = typer.Option(None, "--gold", help="Gold JSONL (default: the bundled set).")
SPLIT_OPTION = typer.Option("all", "--split", help="dev, test or all (prints each split and the total).")
ERRORS_OPTION = typer.Option(False, "--errors", help="Print the sentences where the coder and the gold differ.")
MIN_CONF_OPTION = typer.Option(0.0, "--min-confidence", help="Count only events at or above this confidence.")
CALIBRATION_OPTION = typer.Option(False, "--calibration", help="Print how often events are right per confidence.")


@eval_app.command("events")
def eval_events(gold: Path | None = GOLD_OPTION, split: str = SPLIT_OPTION, errors: bool = ERRORS_OPTION,
                min_confidence: float = MIN_CONF_OPTION, calibration: bool = CALIBRATION_OPTION) -> None:
    """Precision, recall and F1 of PLOVER event coding (type, actor, target) and modality accuracy."""
    from warta.eval.events import calibration_table, load_gold, score, table

    if gold is not None and not gold.exists():
        typer.echo(f"error: gold file not found: {gold}", err=True)
        raise typer.Exit(2)
    items = load_gold(gold)
    splits = ("dev", "test") if split == "all" else (split,)
    results = {s: score((i for i in items if i.split == s), min_confidence) for s in splits}
    if split == "all":
        results["all"] = score(items, min_confidence)
    typer.echo(table(results))
    if calibration:
        for s in splits:
            typer.echo(f"{s}:\n{calibration_table(results[s])}")
    if errors:
        for s in splits:
            for e in results[s].errors:
                typer.echo(e)
