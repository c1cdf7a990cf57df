"""`warta eval clean`: cleaning and metadata scores on the portal pages and the gold set."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from warta.cli._app import DATA_OPTION, data_dir, eval_app


@eval_app.command("clean")
def eval_clean(data: Path = DATA_OPTION, verbose: bool = typer.Option(False, "--verbose", "-v", help="List failures.")) -> None:
    """Title, date and body overlap on news-html-id-portals; field accuracy on the cleaning gold set."""
    from warta.eval.clean import score_gold, score_portals

    root = data_dir(data)
    data_dir(root, "news-html-id-portals")
    console = Console()
    portals = score_portals(root)
    table = Table(title=f"news-html-id-portals: {portals.pages} article pages vs expected.jsonl", title_justify="left")
    for col in ("system", "title exact", "date", "body P", "body R", "body F1"):
        table.add_column(col, justify="right")
    table.add_row("warta", f"{portals.title_ok / portals.pages:.3f}", f"{portals.date_ok / portals.pages:.3f}",
                  f"{portals.body.precision:.3f}", f"{portals.body.recall:.3f}", f"{portals.body.f1:.3f}")
    base = portals.baseline
    table.add_row("trafilatura alone", "", "", f"{base.precision:.3f}", f"{base.recall:.3f}", f"{base.f1:.3f}")
    console.print(table)
    totals, failures = score_gold(root)
    gold = Table(title="cleaning gold set (warta/eval/gold/clean.jsonl)", title_justify="left")
    gold.add_column("field")
    gold.add_column("correct", justify="right")
    gold.add_column("accuracy", justify="right")
    for key, (ok, n) in totals.items():
        if n:
            gold.add_row(key, f"{ok}/{n}", f"{ok / n:.3f}")
    passed, checked = sum(v[0] for v in totals.values()), sum(v[1] for v in totals.values())
    gold.add_row("all checks", f"{passed}/{checked}", f"{passed / checked:.3f}")
    console.print(gold)
    if verbose:
        for line in portals.failures + failures:
            console.print(f"[dim]{line}")
