"""A real `warta serve` on loopback, for the tests and the API benches alike."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serving(db: Path) -> Iterator[str]:
    """`warta serve` on `db` at a free loopback port, once it answers: yields its base URL and stops
    it after. Its output goes to a file (a pipe nobody reads would fill and stall it) and is shown
    if it never answers."""
    port = free_port()
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen([sys.executable, "-m", "warta", "serve", "--db", str(db), "--port", str(port)],
                                stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    httpx.get(base + "/api/stats", timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.2)
            else:
                log.seek(0)
                raise RuntimeError("server did not start: " + log.read().decode(errors="replace"))
            yield base
        finally:
            proc.terminate()
            proc.wait(timeout=10)
