"""The typer apps every command module registers on; kept apart to avoid import cycles."""

from __future__ import annotations

from pathlib import Path

import typer

from warta.doc import ConfigError, Options

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Warta: Indonesian news into structured knowledge.")
eval_app = typer.Typer(no_args_is_help=True, help="Measure an annotator on gold data (prints P/R/F1).")
train_app = typer.Typer(no_args_is_help=True, help="Train a model that ships in the package.")
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")

DATA_OPTION = typer.Option(Path("../shared/data"), "--data", help="Folder of the corpora (see README).")


def data_dir(path: Path, *parts: str) -> Path:
    """The data folder (or a file in it); exits with a one-line error when it is missing."""
    target = path.joinpath(*parts)
    if not target.exists():
        typer.echo(f"error: data not found at {target} (pass --data PATH to the corpora folder)", err=True)
        raise typer.Exit(2)
    return target


def gold_splits(split: str, *golds: Path | None) -> tuple[str, ...]:
    """The splits `--split` names (dev, test or all); exits with a one-line error for a bad value or a
    gold file that is not there."""
    for gold in golds:
        if gold is not None and not gold.exists():
            typer.echo(f"error: gold file not found: {gold}", err=True)
            raise typer.Exit(2)
    if split not in ("dev", "test", "all"):
        typer.echo(f"error: --split must be dev, test or all, not {split!r}", err=True)
        raise typer.Exit(2)
    return ("dev", "test") if split == "all" else (split,)


def run_options(skip: list[str] | tuple[str, ...] = ()) -> Options:
    """The run's Options, built once here at the edge: `--skip`, and the user's own lexicon files
    (WARTA_EVENT_LEXICON) read now, before any article. A bad one is one line and exit 2, not one
    error per article blamed on the article."""
    try:
        return Options.from_env(skip).check()
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
