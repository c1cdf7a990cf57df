"""Commands of the events work: `warta eval events`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from warta.cli._app import eval_app

if TYPE_CHECKING:
    from warta.eval.events import GoldSentence
    from warta.model import Event

GOLD_OPTION = typer.Option(None, "--gold", help="Gold JSONL (default: the bundled set).")
SPLIT_OPTION = typer.Option("all", "--split", help="dev, test or all (prints each split and the total).")
ERRORS_OPTION = typer.Option(False, "--errors", help="Print the sentences where the coder and the gold differ.")
MIN_CONF_OPTION = typer.Option(0.0, "--min-confidence", help="Count only events at or above this confidence.")
CALIBRATION_OPTION = typer.Option(False, "--calibration", help="Print how often events are right per confidence.")
AGAINST_OPTION = typer.Option(None, "--against", help="Score a second annotation of the gold sentences (same "
                              "JSONL shape) instead of the coder: agreement between annotators.")


@eval_app.command("events")
def eval_events(gold: Path | None = GOLD_OPTION, split: str = SPLIT_OPTION, errors: bool = ERRORS_OPTION,
                min_confidence: float = MIN_CONF_OPTION, calibration: bool = CALIBRATION_OPTION,
                against: Path | None = AGAINST_OPTION) -> None:
    """Precision, recall and F1 of PLOVER event coding (type, actor, target) and modality accuracy."""
    from warta.eval.events import annotation, calibration_table, code_sentence, load_gold, score, table

    for path in (gold, against):
        if path is not None and not path.exists():
            typer.echo(f"error: gold file not found: {path}", err=True)
            raise typer.Exit(2)
    items = load_gold(gold)
    predict: Callable[[GoldSentence], list[Event]] = code_sentence
    if against is not None:  # only the sentences both annotations cover
        second = load_gold(against)
        ids = {item.id for item in second}
        items, predict = [i for i in items if i.id in ids], annotation(second)
    splits = ("dev", "test") if split == "all" else (split,)
    results = {s: score((i for i in items if i.split == s), min_confidence, predict) for s in splits}
    if split == "all":
        results["all"] = score(items, min_confidence, predict)
    typer.echo(table(results))
    if calibration:
        for s in splits:
            typer.echo(f"{s}:\n{calibration_table(results[s])}")
    if errors:
        for s in splits:
            for e in results[s].errors:
                typer.echo(e)
