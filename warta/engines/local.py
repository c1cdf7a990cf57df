"""The local engine: `process()` on every core, results written by one process.

Workers run the same `warta.pipeline.process_one` as every other engine and
compute the MinHash signature the store's syndication index needs. At most a small window
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

from warta.doc import DEFAULT, Options
from warta.errors import InputError, WartaError
from warta.model import RawDoc
from warta.pipeline import Done, Failure, Result, process_one
from warta.store.sqlite import StoreError


@dataclass
class IngestStats:
    done: int = 0
    skipped: int = 0
    failed: int = 0


def work(raw: RawDoc, options: Options = DEFAULT) -> Result:
    """One document through the pipeline, signed for the syndication index (runs in a worker process,
    so the signature is computed there, in parallel)."""
    res = process_one(raw, options)
    if isinstance(res, Done):
        res.sig  # noqa: B018 - computed here, on the worker's core, and sent back with the article
    return res


def run_local(raws: Iterable[RawDoc], workers: int = 1, window: int = 0, options: Options = DEFAULT
              ) -> Iterator[Result]:
    """Results for `raws` (in completion order when parallel), never more than `window` in flight."""
    if workers <= 1:
        yield from (work(raw, options) for raw in raws)
        return
    window = window or workers * 4
    with ProcessPoolExecutor(max_workers=workers, initializer=_watch_parent, initargs=(os.getpid(),)) as pool:
        pending: dict[Future[Result], str] = {}
        for raw in raws:
            pending[pool.submit(work, raw, options)] = raw.source
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
            yield Failure(source, None, f"worker failed: {type(exc).__name__}: {exc}", "crash")


def ingest(
    items: Iterable[RawDoc | InputError], store: Any, workers: int | None = None,
    on_result: Callable[[Result | None], None] | None = None, batch_window: int = 0, options: Options = DEFAULT,
) -> IngestStats:
    """Process `items` into `store`, skipping inputs already stored; errors recorded, never fatal.

    `on_result` is called once per result (None for a skipped input), for progress display.
    """
    stats = IngestStats()
    notify = on_result or (lambda _r: None)
    source_errors: list[Failure] = []

    def todo() -> Iterator[RawDoc]:
        for item in items:
            if isinstance(item, WartaError):
                source_errors.append(Failure.of(item))
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
                res = Failure(res.source, None, f"cannot store: {type(exc).__name__}: {exc}", "store")
        store.add_error(res.source, res.kind, res.reason, res.stage)
        stats.failed += 1
        notify(res)

    for res in run_local(todo(), workers or os.cpu_count() or 1, batch_window, options):
        while source_errors:
            record(source_errors.pop(0))
        record(res)
    while source_errors:
        record(source_errors.pop(0))
    store.flush()
    return stats
