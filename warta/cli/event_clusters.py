"""`warta eval event-clusters`: linking the reports of one event across articles, on the cluster gold."""

from __future__ import annotations

from pathlib import Path

import typer

from warta.cli._app import eval_app, gold_splits


@eval_app.command("event-clusters")
def eval_event_clusters(
    split: str = typer.Option("dev", "--split", help="dev, test or all (prints each split)."),
    gold: Path | None = typer.Option(None, "--gold", help="Cluster gold JSONL (default: the bundled set)."),
) -> None:
    """Pairwise and B-cubed P/R/F1 of event clusters, end to end and on the gold events."""
    from warta.eval import event_clusters as scoring

    splits = gold_splits(split, gold)
    articles = scoring.load_gold(gold)
    results = {}
    for s in splits:
        part = [a for a in articles if a["split"] == s]
        results[s] = {"end to end": scoring.score_end_to_end(part), "gold events linked": scoring.score_gold_events(part)}
    typer.echo(scoring.table(results))
