"""The local engine: `process()` on every core, results written by one process.

Workers run the same `warta.pipeline.process` as every other engine, plus the
MinHash signature the store's syndication index needs. At most a small window
of documents is in flight, so memory stays flat on any input size; the parent
alone writes to SQLite, in batched transactions.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from warta.cluster import signature
from warta.errors import InputError, StageError, WartaError
from warta.model import Article, RawDoc
from warta.pipeline import process
from warta.store.sqlite import StoreError


@dataclass(slots=True)
class Done:
    source: str
    article: Article
    sig: Any  # numpy uint64 array


@dataclass(slots=True)
class Failed:
    source: str
    kind: str  # "input" or "stage" (or "crash" for a worker that died)
    reason: str
    stage: str | None = None


Result = Done | Failed


@dataclass
class IngestStats:
    done: int = 0
    skipped: int = 0
    failed: int = 0


def _failed(err: WartaError) -> Failed:
    kind = "stage" if isinstance(err, StageError) else "input"
    return Failed(err.source, kind, err.reason, getattr(err, "stage", None))


def work(raw: RawDoc) -> Result:
    """One document through the pipeline (runs in a worker process)."""
    try:
        article = process(raw)
    except WartaError as err:
        return _failed(err)
    return Done(raw.source, article, signature(article.body))


def run_local(raws: Iterable[RawDoc], workers: int = 1, window: int = 0) -> Iterator[Result]:
    """Results for `raws` (in completion order when parallel), never more than `window` in flight."""
    if workers <= 1:
        yield from map(work, raws)
        return
    window = window or workers * 4
    with ProcessPoolExecutor(max_workers=workers, initializer=_watch_parent, initargs=(os.getpid(),)) as pool:
        pending: dict[Future[Result], str] = {}
        for raw in raws:
            pending[pool.submit(work, raw)] = raw.source
            if len(pending) >= window:
                yield from _drain(pending, FIRST_COMPLETED)
        yield from _drain(pending, None)


def _watch_parent(parent: int) -> None:
    """In each worker: exit when the process that started it is gone (killed, not only stopped),
    so no orphan keeps working for nobody."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _drain(pending: dict[Future[Result], str], when: str | None) -> Iterator[Result]:
    done, _ = wait(pending, return_when=when or "ALL_COMPLETED")
    for fut in done:
        source = pending.pop(fut)
        try:
            yield fut.result()
        except Exception as exc:  # a worker died (e.g. out of memory): report, go on
            yield Failed(source, "crash", f"worker failed: {type(exc).__name__}: {exc}")


def ingest(
    items: Iterable[RawDoc | InputError], store: Any, workers: int | None = None,
    on_result: Callable[[Result | None], None] | None = None, batch_window: int = 0,
) -> IngestStats:
    """Process `items` into `store`, skipping inputs already stored; errors recorded, never fatal.

    `on_result` is called once per result (None for a skipped input), for progress display.
    """
    stats = IngestStats()
    notify = on_result or (lambda _r: None)
    source_errors: list[Failed] = []

    def todo() -> Iterator[RawDoc]:
        for item in items:
            if isinstance(item, WartaError):
                source_errors.append(_failed(item))
                continue
            if store.has_source(item.source):
                stats.skipped += 1
                notify(None)
                continue
            yield item

    def record(res: Result) -> None:
        if isinstance(res, Done):
            try:
                store.add(res.article, res.source, res.sig)
                stats.done += 1
                notify(res)
                return
            except sqlite3.OperationalError as exc:  # a full disk, an I/O error: nothing more can be written
                raise StoreError(f"{store.path}: cannot write ({exc}); every batch committed before is kept: "
                                 "make room and run the same command again to resume") from None
            except (sqlite3.Error, TypeError, ValueError, OverflowError) as exc:  # this article only
                res = Failed(res.source, "store", f"cannot store: {type(exc).__name__}: {exc}")
        store.add_error(res.source, res.kind, res.reason, res.stage)
        stats.failed += 1
        notify(res)

    for res in run_local(todo(), workers or os.cpu_count() or 1, batch_window):
        while source_errors:
            record(source_errors.pop(0))
        record(res)
    while source_errors:
        record(source_errors.pop(0))
    store.flush()
    return stats
