"""`warta train events` and `warta eval events`: the learned PLOVER coder, trained and scored on the corpus."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import typer

from warta.cli._app import eval_app, train_app

THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)  # trigger chance cut-offs tried on dev
CORPUS_OPTION = typer.Option(None, "--corpus", help="Folder of train/dev/test JSONL (default: the bundled corpus).")


def _corpus(path: Path | None) -> Path:
    from warta.eval.event_corpus import default_dir

    folder = path or default_dir()
    if not (folder / "train.jsonl").exists():
        typer.echo(f"error: no event corpus at {folder} (train.jsonl missing)", err=True)
        raise typer.Exit(2)
    return folder


@train_app.command("events")
def train_events(
    corpus: Path | None = CORPUS_OPTION,
    out: Path = typer.Option(None, "--out", help="Model folder to write (default: the shipped one)."),
) -> None:
    """Train the event coder on the corpus's train split, calibrate its confidence on dev; never on test."""
    from warta.annotate.events import model as event_model
    from warta.annotate.events.train import calibrate, prepare, set_threshold, train
    from warta.eval import events as scoring
    from warta.eval.event_corpus import documents, load

    folder = _corpus(corpus)
    target = out or event_model.resource_dir()
    t0 = time.perf_counter()
    prepared = [prepare(d) for d in documents(load(["train"], folder))]
    typer.echo(f"read {len(prepared)} training documents in {time.perf_counter() - t0:.0f}s")
    n, times = train(prepared, target)
    typer.echo(f"trained on {n} documents: " + ", ".join(f"{k} {v:.0f}s" for k, v in times.items()))
    model = event_model.EventModel.load(target)
    dev = scoring.prepared_docs(load(["dev"], folder))
    f1 = {}
    for threshold in THRESHOLDS:
        model.threshold = threshold
        f1[threshold] = scoring.score(dev, scoring.coder(model)).prf["type+actor+target"].f1
    best = max(f1.values())
    # the highest cut-off within half a point of the best F1: at equal F1, fewer wrong events
    model.threshold = max(k for k, v in f1.items() if v >= best - 0.005)
    set_threshold(target, model.threshold)
    typer.echo("trigger threshold on dev: " + ", ".join(f"{k:.2f} F1 {v:.3f}" for k, v in f1.items())
               + f"; kept {model.threshold:.2f}")
    table = calibrate(target, scoring.raw_bands(dev, model))
    event_model.load.cache_clear()
    size = sum(p.stat().st_size for p in target.iterdir() if p.is_file()) / 1e6
    typer.echo(f"calibrated on {len(dev)} dev documents: {table}")
    typer.echo(f"wrote {target} ({size:.1f} MB) in {time.perf_counter() - t0:.0f}s")


@eval_app.command("events")
def eval_events(
    corpus: Path | None = CORPUS_OPTION,
    split: str = typer.Option("dev", "--split", help="dev or test (test: for reporting, never for tuning)."),
    errors: bool = typer.Option(False, "--errors", help="Print the sentences where the coder and the gold differ."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", help="Count only events at or above this."),
    calibration: bool = typer.Option(False, "--calibration", help="Print the share right per confidence band."),
    curve: bool = typer.Option(False, "--learning-curve", help="Also train on 25 %, 50 % and 100 % of train "
                               "and score each (minutes)."),
    against: Path | None = typer.Option(None, "--against", help="Score a second annotation of the same sentences "
                                        "(corpus JSONL shape) instead of the coder: agreement between annotators."),
) -> None:
    """Type, type+actor and type+actor+target P/R/F1 on the corpus, modality accuracy and a per-type table."""
    from warta.annotate.events.model import EventModel
    from warta.annotate.events.train import prepare, train
    from warta.eval import events as scoring
    from warta.eval.event_corpus import documents, load, read_lines

    folder = _corpus(corpus)
    if split not in ("dev", "test"):
        typer.echo(f"error: --split must be dev or test, not {split!r}", err=True)
        raise typer.Exit(2)
    items = load([split], folder)
    if against is not None:
        if not against.exists():
            typer.echo(f"error: annotation file not found: {against}", err=True)
            raise typer.Exit(2)
        s = scoring.agreement(load(folder=folder), list(read_lines(against)))
        typer.echo(scoring.table({"agree": s}))
        return
    prepared = scoring.prepared_docs(items)
    results = scoring.score(prepared, min_confidence=min_confidence)
    typer.echo(scoring.table({split: results}))
    typer.echo(scoring.type_table(results))
    if calibration:
        typer.echo(scoring.calibration_table(results))
    if errors:
        typer.echo("\n".join(results.errors))
    if curve:
        train_docs = [prepare(d) for d in documents(load(["train"], folder))]
        typer.echo(f"{'train share':<12} {'docs':>5} {'type F1':>8} {'t+a+t P':>8} {'t+a+t R':>8} {'t+a+t F1':>9}")
        for share in (0.25, 0.5, 1.0):
            with tempfile.TemporaryDirectory() as tmp:
                n, _ = train(train_docs, Path(tmp), share)
                s = scoring.score(prepared, scoring.coder(EventModel.load(Path(tmp))))
            full = s.prf["type+actor+target"]
            typer.echo(f"{share:<12.0%} {n:>5} {s.prf['type'].f1:>8.3f} {full.precision:>8.3f} "
                       f"{full.recall:>8.3f} {full.f1:>9.3f}")
