"""`warta train ner` and `warta eval ner`: fit the shipped CRF and score it on the test splits."""

from __future__ import annotations

import time
from pathlib import Path

import typer

from warta.annotate import ner
from warta.cli._app import DATA_OPTION, data_dir, eval_app, train_app
from warta.eval import ner as ner_eval


@train_app.command("ner")
def train_ner(
    data: Path = DATA_OPTION,
    out: Path = typer.Option(None, "--out", help="Where to write the model (default: the shipped one)."),
    nerp: bool = typer.Option(True, "--nerp/--no-nerp", help="Include the lowercased NERP train/valid sets."),
    c1: float = typer.Option(0.05, help="L1 regularisation (chosen on NERGrit valid)."),
    c2: float = typer.Option(0.05, help="L2 regularisation (chosen on NERGrit valid)."),
    iterations: int = typer.Option(300, help="L-BFGS iterations (chosen on NERGrit valid)."),
    clusters: bool = typer.Option(
        False, "--clusters", help="Rebuild the word clusters first, from permitted text only (`train` extra)."),
) -> None:
    """Train the CRF tagger on NERGrit, NERP and IDNer-news-2k train (+valid); never on a test split."""
    data = data_dir(data, "indonlu").parent
    if clusters:
        path = ner.resource_dir() / ner.CLUSTERS_NAME
        n = ner_eval.build_clusters(ner_eval.unlabeled_sentences(data), path)
        ner.clusters.cache_clear()
        typer.echo(f"clustered {n} words -> {path}")
    names = [n for n in ner_eval.TRAIN_SPLITS if nerp or not n.startswith("nerp")]
    sentences = [(w, labels, ner_eval.domain_of(name)) for name in names
                 for w, labels in ner_eval.read_split(data, name)]
    target = out or ner.model_path()
    t0 = time.perf_counter()
    ner.train(sentences, target, c1=c1, c2=c2, iterations=iterations)
    size = target.stat().st_size / 1e6
    typer.echo(f"trained on {len(sentences)} sentences ({', '.join(names)}) in "
               f"{time.perf_counter() - t0:.0f}s -> {target} ({size:.1f} MB)")


@eval_app.command("ner")
def eval_ner(
    data: Path = DATA_OPTION,
    model: Path = typer.Option(None, "--model", help="A model file (default: the shipped one)."),
) -> None:
    """P/R/F1 per type and overall on NERGrit test, NERP test and IDNer-news-2k dev, with tokens/second.

    Each corpus is tagged with its own feature domain (see `ner.featurize`);
    the pipeline tags news with the IDNer-news domain.
    """
    data = data_dir(data, "indonlu").parent
    path = model or ner.model_path()
    if not path.exists():
        typer.echo(f"error: no NER model at {path} (run `warta train ner` first)", err=True)
        raise typer.Exit(2)
    tagger = ner.Tagger(path)
    scores = [ner_eval.score_split(tagger, name, ner_eval.read_split(data, name), ner_eval.domain_of(name))
              for name in ner_eval.EVAL_SPLITS]
    typer.echo(ner_eval.format_table(scores))
