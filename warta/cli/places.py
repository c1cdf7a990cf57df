"""`warta eval places`: the places stage on the geocoding gold."""

from __future__ import annotations

from pathlib import Path

import typer

from warta.cli._app import eval_app, gold_splits


@eval_app.command("places")
def eval_places(
    split: str = typer.Option("dev", "--split", help="dev, test or all (prints each split)."),
    gold: Path | None = typer.Option(None, "--gold", help="Place-mention gold JSONL (default: the bundled set)."),
    events_gold: Path | None = typer.Option(None, "--events-gold", help="Event-place gold JSONL (default: bundled)."),
    errors: bool = typer.Option(False, "--errors", help="Print every place found wrong."),
) -> None:
    """Accuracy of the gazetteer entry for place mentions, and of the place given to events."""
    from warta.eval import places as scoring

    splits = gold_splits(split, gold, events_gold)
    mentions = scoring.load_gold(gold or scoring.gold_path("places.jsonl"))
    events = scoring.load_gold(events_gold or scoring.gold_path("event_places.jsonl"))
    by_mention = {s: scoring.score_mentions(i for i in mentions if i["split"] == s) for s in splits}
    by_event = {s: scoring.score_events(i for i in events if i["split"] == s) for s in splits}
    typer.echo(scoring.table(by_mention, "place mentions"))
    typer.echo("")
    typer.echo(scoring.table(by_event, "event places"))
    if errors:
        for results in (by_mention, by_event):
            for s in splits:
                typer.echo("\n".join(results[s].errors))
