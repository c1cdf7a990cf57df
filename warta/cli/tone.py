"""`warta train tone` and `warta eval tone`: the news-tone classifier behind GDELT's tone fields."""

from __future__ import annotations

from pathlib import Path

import typer

from warta.cli._app import DATA_OPTION, data_dir, eval_app, train_app


def _smsa(data: Path) -> list[tuple[str, str]]:
    path = data_dir(data, "indonlu") / "smsa" / "train.tsv"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text, _, label = line.rpartition("\t")
        if text and label in ("negative", "neutral", "positive"):
            out.append((text, label))
    return out


@train_app.command("tone")
def train_tone(
    data: Path = DATA_OPTION,
    out: Path = typer.Option(None, "--out", help="Where to write the model (default: the shipped one)."),
) -> None:
    """Train on the tone gold's dev split and SmSA train (IndoNLU, Apache-2.0); never on the test split."""
    from warta.annotate import tone
    from warta.eval.tone import load_gold

    news = [(i["text"], i["label"]) for i in load_gold() if i["split"] == "dev"]
    reviews = _smsa(data)
    target = out or tone.model_path()
    tone.train(news, reviews, target)
    typer.echo(f"trained on {len(news)} news paragraphs and {len(reviews)} SmSA reviews -> {target}")


@eval_app.command("tone")
def eval_tone(
    split: str = typer.Option("test", "--split", help="dev (what it was trained on) or test."),
    model: Path = typer.Option(None, "--model", help="A model file (default: the shipped one)."),
) -> None:
    """Accuracy and macro-F1 of the paragraph tone label on the news-tone gold."""
    from warta.annotate import tone
    from warta.eval.tone import load_gold, score, table

    path = model or tone.model_path()
    if not path.exists():
        typer.echo(f"error: no tone model at {path} (run `warta train tone` first)", err=True)
        raise typer.Exit(2)
    m = tone.load_file(path)
    items = [i for i in load_gold() if i["split"] == split]
    typer.echo(table(split, score(items, lambda texts: [m.label(t) for t in texts])))
