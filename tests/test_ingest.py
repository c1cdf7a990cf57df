"""Ingest: parallel processing into the store, errors recorded, idempotent reruns, SIGKILL and resume."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from warta.engines.local import ingest, run_local
from warta.model import RawDoc
from warta.pipeline import Done, Failure
from warta.sources import open_sources
from warta.store.sqlite import Store

TABLES = ("articles", "sources", "entities", "mentions", "quotes", "dates", "events", "cluster_members", "lsh",
          "errors", "articles_fts")


def table_counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def write_corpus(folder: Path, texts: list[str], n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        body = f"{texts[i % len(texts)]}\n\nLaporan nomor {i} dari meja redaksi."
        (folder / f"{i:04d}.txt").write_text(body, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG" * 50)
    return folder


def test_run_local_same_results_with_one_and_two_workers(example_texts: list[str]) -> None:
    raws = [RawDoc(t, source=f"ex{i}", kind="text") for i, t in enumerate(example_texts[:8])]
    raws.append(RawDoc("", source="empty"))
    one = {r.source: r for r in run_local(raws, workers=1)}
    two = {r.source: r for r in run_local(iter(raws), workers=2, window=3)}
    assert one.keys() == two.keys()
    assert isinstance(one["empty"], Failure) and one["empty"].kind == "input"
    for key, res in one.items():
        if isinstance(res, Done):
            other = two[key]
            assert isinstance(other, Done) and other.article == res.article


def test_ingest_records_errors_and_is_idempotent(tmp_path: Path, example_texts: list[str]) -> None:
    folder = write_corpus(tmp_path / "in", example_texts, 12)
    db = tmp_path / "w.db"
    with Store(db) as store:
        stats = ingest(open_sources([folder, tmp_path / "missing"]), store, workers=2)
    assert (stats.done, stats.failed, stats.skipped) == (12, 3, 0)
    first = table_counts(db)
    assert first["articles"] == 12 and first["errors"] == 3
    conn = sqlite3.connect(db)
    reasons = dict(conn.execute("SELECT source, reason FROM errors").fetchall())
    conn.close()
    assert reasons[str(folder / "empty.txt")] == "empty input"
    assert "binary" in reasons[str(folder / "binary.txt")]
    assert reasons[str(tmp_path / "missing")] == "no such file or directory"
    with Store(db) as store:
        again = ingest(open_sources([folder]), store, workers=1)
    assert (again.done, again.skipped, again.failed) == (0, 12, 2)
    assert table_counts(db) == first


def _ingest_cmd(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "warta", "ingest", str(folder), "--db", str(db), "--workers", "2", "--batch", "10"]


def test_sigkill_half_way_then_resume_loses_and_doubles_nothing(tmp_path: Path, example_texts: list[str]) -> None:
    n = 120
    folder = write_corpus(tmp_path / "in", example_texts, n)
    db = tmp_path / "killed.db"
    proc = subprocess.Popen(_ingest_cmd(folder, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    stored = 0
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    stored = table_counts(db)["articles"]
                except sqlite3.OperationalError:
                    stored = 0
                if stored >= 20:
                    break
            time.sleep(0.02)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the ingest process and its workers
        proc.wait()
    assert 20 <= stored < n, "the run must be killed half-way for this test to mean anything"
    assert table_counts(db)["articles"] < n
    resumed = subprocess.run(_ingest_cmd(folder, db), capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 1  # the two bad files still fail
    assert "skipped" in resumed.stderr
    clean_db = tmp_path / "clean.db"
    with Store(clean_db) as store:
        ingest(open_sources([folder]), store, workers=1)
    after, clean = table_counts(db), table_counts(clean_db)
    assert after["articles"] == n and after["sources"] == n and after["errors"] == 2
    assert after == clean


def test_ingest_cli_exit_code_and_errors_file(tmp_path: Path, example_texts: list[str]) -> None:
    folder = write_corpus(tmp_path / "in", example_texts, 3)
    errors = tmp_path / "errors.jsonl"
    cmd = [sys.executable, "-m", "warta", "ingest", str(folder), "--db", str(tmp_path / "w.db"),
           "--workers", "2", "--errors", str(errors)]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert res.returncode == 1
    assert "ingested 3 new" in res.stderr and "2 errors" in res.stderr
    lines = errors.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and all('"reason"' in line for line in lines)
    # without --errors the failed inputs are still named
    res = subprocess.run(cmd[:-2] + ["--db", str(tmp_path / "w2.db")], capture_output=True, text=True, timeout=120)
    assert f"failed: {folder / 'empty.txt'}: empty input" in res.stderr
    assert f"failed: {folder / 'binary.txt'}: " in res.stderr


def test_one_wire_story_from_two_outlets_keeps_both_copies(tmp_path: Path, example_texts: list[str]) -> None:
    """The same text run word for word by two outlets: two rows, one story, two outlets; again: the same."""
    import json

    feed = tmp_path / "wire.jsonl"
    rows = [{"text": example_texts[3], "url": f"https://{site}/berita/1", "outlet": outlet}
            for site, outlet in (("republika.co.id", "Republika"), ("antaranews.com", "Antara"))]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "w.db"
    for _ in range(2):
        with Store(db) as store:
            ingest(open_sources([feed]), store, workers=1)
            stats = store.stats()
            ids = [r["id"] for r in store.rows("SELECT id FROM articles")]
            assert len(ids) == 2 and stats["clusters"] == 1 and stats["outlets"] == 2
            assert store.cluster_outlets(store.cluster_of(ids[0]) or "") == ["Antara", "Republika"]
