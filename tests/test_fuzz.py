"""Hostile input, for real: generated pathological texts, pages, containers and records through the
readers, the pipeline and the store. Each must end in an article or in one short line naming its
input, in bounded time; a batch with bad records in it stores every good one; a full disk, a
second writer and a killed parent each end cleanly. (`bench/fuzz.py` runs the same families by the
ten thousand.)"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile import _LEAD, BAD_RECORDS, _warc, all_cases
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta import RawDoc, process
from warta.errors import WartaError
from warta.sources import open_sources

SIZE = 20_000  # bytes per pathological case here; bench/fuzz.py goes to 1 MB
PER_CASE_S = 10.0


def _outcomes(path: Path) -> list[object]:
    out: list[object] = []
    for raw in open_sources([path], feed_delay=0):
        if isinstance(raw, WartaError):
            out.append(raw)
            continue
        try:
            out.append(process(raw))
        except WartaError as err:
            out.append(err)
    return out


def _one_line_naming(err: WartaError, *names: str) -> None:
    msg = str(err)
    assert "\n" not in msg and len(msg) <= 300, msg
    assert any(n in msg for n in names), f"{msg!r} names none of {names}"


def test_every_hostile_family_ends_in_an_article_or_one_line(tmp_path: Path) -> None:
    slow = []
    cases = list(all_cases(SIZE, seed=7, records=60))
    assert len(cases) > 100
    for family, name, data in cases:
        path = tmp_path / name
        path.write_bytes(data)
        t = time.perf_counter()
        for result in _outcomes(path):  # anything but an Article or a WartaError fails the test here
            if isinstance(result, WartaError):
                # a feed's entry is named by its link (or the feed and the entry), the rest by the file
                _one_line_naming(result, name, *(["http"] if family.startswith(("feed", "xml")) else []))
        if time.perf_counter() - t > PER_CASE_S:
            slow.append(family)
        path.unlink()
    assert not slow, f"over {PER_CASE_S} s: {slow}"


def test_pathological_text_grows_linearly() -> None:
    """Ten times the text costs about ten times the time (not a hundred): the cases that hung."""
    from hostile import TEXT_UNITS, _repeat

    process(RawDoc("Presiden Joko Widodo berbicara di Jakarta.", kind="text"))  # models loaded
    for family in ("kata-dia", "kb-names", "quoted-words", "dots", "one-long-line"):
        times = []
        for size in (10_000, 100_000):
            text = _repeat(TEXT_UNITS[family], size).decode()
            t = time.perf_counter()
            process(RawDoc(text, source=family, kind="text"))
            times.append(time.perf_counter() - t)
        assert times[1] < 25 * max(times[0], 0.02), f"{family}: {times[0]:.2f} s -> {times[1]:.2f} s"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(list(' .,"“”‘’()[]-\n')), max_size=400))
def test_any_text_is_an_article_or_an_input_error(text: str) -> None:
    try:
        art = process(RawDoc(text, source="hyp.txt", kind="text"))
    except WartaError as err:
        _one_line_naming(err, "hyp.txt")
        return
    assert art.body == art.body.strip()
    json.dumps(art.to_dict() if hasattr(art, "to_dict") else art.id)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(["text", "html", "url", "published", "paragraphs", "outlet", "title"]),
                       st.recursive(st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=30),
                                    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=5), kids,
                                                                                              max_size=2),
                                    max_leaves=6), max_size=5))
def test_a_record_of_any_shape_is_read_or_refused_by_name(tmp_path_factory: pytest.TempPathFactory,
                                                          record: dict[str, object]) -> None:
    path = tmp_path_factory.mktemp("rec") / "r.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    for result in _outcomes(path):
        if isinstance(result, WartaError):
            _one_line_naming(result, "r.jsonl#1")


def _ingest(db: Path, *inputs: Path | str, workers: int = 1) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "warta", "ingest", *map(str, inputs), "--db", str(db),
                           "--workers", str(workers), "--feed-delay", "0"],
                          capture_output=True, text=True, timeout=300)


def _count(db: Path, table: str = "articles") -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_a_batch_with_one_bad_record_of_each_kind_stores_every_good_one(tmp_path: Path) -> None:
    good = [{"text": f"{_LEAD} Berita nomor {i} tentang banjir di Kabupaten Garut.", "url": f"https://a.id/{i}"}
            for i in range(6)]
    lines = []
    for i, bad in enumerate(BAD_RECORDS):
        lines.append(json.dumps(good[i % 6] if i < 6 else {"text": f"{_LEAD} Lain {i}.", "url": f"https://b.id/{i}"}))
        lines.append(json.dumps(bad))
    lines += ["[" * 100_000, "1" * 100_000]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    warc = _warc(3)
    (tmp_path / "in" / "cut.warc.gz").write_bytes(warc[: len(warc) - 40])
    (tmp_path / "in" / "bad.rss").write_text('<rss><channel><item><title>&#xD800;</title>'
                                             '<link>http://127.0.0.1:1I765/x</link></item></channel></rss>')
    (tmp_path / "in" / "bom.txt").write_bytes(("\ufeff" + _LEAD).encode("utf-16-le"))
    (tmp_path / "in" / "blank.txt").write_bytes("\ufeff\u200b\u00a0\n".encode())
    res = _ingest(tmp_path / "w.db", tmp_path / "in")
    assert res.returncode == 1 and "Traceback" not in res.stderr, res.stderr
    # a good line before each bad one, the 3 "bad" records that are only odd (a date that is no date,
    # a lone surrogate, a malformed URL string: stored, the oddity cleaned), the 2 whole WARC records
    # before the cut, the UTF-16 file
    assert _count(tmp_path / "w.db") == len(BAD_RECORDS) + 3 + 2 + 1
    errors = {r[0]: r[1] for r in sqlite3.connect(tmp_path / "w.db").execute("SELECT source, reason FROM errors")}
    assert any("truncated WARC" in r for r in errors.values())
    assert any("only spaces or invisible" in r for r in errors.values())
    assert any("not a valid URL" in r for r in errors.values())
    assert any(s.endswith("mixed.jsonl#4") and "field 'text'" in r for s, r in errors.items())


def test_a_full_disk_is_one_line_keeps_what_was_committed_and_a_rerun_completes(tmp_path: Path) -> None:
    from warta.engines.local import ingest
    from warta.store.sqlite import Store, StoreError

    raws = [RawDoc(f"{_LEAD} Berita {i}: {'kata panjang ' * 300}", source=f"doc{i}", kind="text")
            for i in range(60)]
    db = tmp_path / "full.db"
    with Store(db, batch=5) as store:
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 40}")  # a disk that fills up
        with pytest.raises(StoreError) as err:
            ingest(raws, store, workers=1)
    msg = str(err.value)
    assert "\n" not in msg and "full" in msg and "run the same command again" in msg
    kept = _count(db)
    assert 0 < kept < 60 and _count(db, "sources") == kept
    with Store(db) as store:  # space freed: the same run resumes and completes, nothing doubled
        stats = ingest(raws, store, workers=1)
    assert stats.skipped == kept and _count(db) == 60 and _count(db, "sources") == 60


def test_a_second_writer_is_refused_clearly_and_the_first_keeps_going(tmp_path: Path) -> None:
    from warta.store.sqlite import sole_writer

    src = tmp_path / "a.txt"
    src.write_text(_LEAD, encoding="utf-8")
    db = tmp_path / "two.db"
    with sole_writer(db):  # what a running `warta ingest` holds
        res = _ingest(db, src)
    assert res.returncode == 1 and "another `warta ingest` is writing" in res.stderr and "Traceback" not in res.stderr
    res = _ingest(db, src)
    assert res.returncode == 0 and _count(db) == 1
    res = _ingest(tmp_path / "no" / "such" / "dir.db", src)  # a database that cannot be created: one line
    assert res.returncode == 1 and "cannot open the database" in res.stderr and "Traceback" not in res.stderr


def test_a_source_is_known_by_its_real_path(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for i in range(3):
        (tmp_path / "in" / f"{i}.txt").write_text(f"{_LEAD} Nomor {i}.", encoding="utf-8")
    db = tmp_path / "p.db"
    assert _ingest(db, tmp_path / "in").returncode == 0
    res = subprocess.run([sys.executable, "-m", "warta", "ingest", "in", "--db", str(db), "--workers", "1"],
                         capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert "ingested 0 new, skipped 3" in res.stderr and _count(db, "sources") == 3


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads children from /proc")
def test_workers_exit_when_their_parent_is_killed(tmp_path: Path) -> None:
    rng = random.Random(3)
    lines = [json.dumps({"text": f"{_LEAD} " + " ".join(rng.choice(["Jokowi", "KPK", "kata", "dia"]) for _ in range(3000)),
                         "url": f"https://c.id/{i}"}) for i in range(400)]
    (tmp_path / "many.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "warta", "ingest", str(tmp_path / "many.jsonl"), "--db",
                             str(tmp_path / "k.db"), "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    children: set[int] = set()
    deadline = time.time() + 60
    while len(children) < 2 and time.time() < deadline:
        time.sleep(0.5)
        for task in Path(f"/proc/{proc.pid}/task").glob("*"):
            children |= {int(c) for c in (task / "children").read_text().split()}
    assert len(children) >= 2, "the pool did not start"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.time() + 15
    while time.time() < deadline and any(Path(f"/proc/{c}").exists() and "zombie" not in _state(c) for c in children):
        time.sleep(0.5)
    assert not [c for c in children if Path(f"/proc/{c}").exists() and "zombie" not in _state(c)]


def _state(pid: int) -> str:
    try:
        return next(line for line in Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith("State"))
    except (OSError, StopIteration):
        return "zombie"
