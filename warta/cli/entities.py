"""`warta eval entities`: the entities stage on the entity gold (whole articles, in-article identity)."""

from __future__ import annotations

from pathlib import Path

import typer

from warta.cli._app import eval_app, gold_splits


@eval_app.command("entities")
def eval_entities(
    split: str = typer.Option("dev", "--split", help="dev, test or all (prints each split)."),
    gold: Path | None = typer.Option(None, "--gold", help="Entity gold JSONL (default: the bundled set)."),
    errors: bool = typer.Option(False, "--errors", help="Print every mention missed, extra or mistyped."),
) -> None:
    """Mention P/R/F1 (span and type), boundary and type errors, and identity (B-cubed) on whole articles."""
    from warta.eval import entities as scoring

    splits = gold_splits(split, gold)
    items = scoring.load_gold(gold or scoring.gold_path())
    for s in splits:
        scores, wrong = [], []
        for item in (i for i in items if i["split"] == s):
            pred = scoring.predict(item["text"])
            scores.append(scoring.score_article(item["mentions"], pred))
            wrong += scoring.errors(item, pred)
        typer.echo(f"== {s} ==")
        typer.echo("\n".join(scoring.summary(scores)))
        if errors:
            typer.echo("\n".join(wrong))
