"""The README's "a day with Warta" commands, run as written on the example corpus: each must succeed
and show something (an example that returns nothing would be a broken promise)."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def day_commands() -> list[list[str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- day-with-warta -->", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    lines = [re.sub(r"\s+#.*$", "", line).strip() for line in block.splitlines()]
    return [shlex.split(line) for line in lines if line]


def test_a_day_with_warta(tmp_path: Path) -> None:
    commands = day_commands()
    assert len(commands) >= 6 and all(c[0] == "warta" for c in commands)
    for cmd in commands:
        res = subprocess.run([sys.executable, "-m", "warta", *cmd[1:]], cwd=tmp_path, capture_output=True,
                             text=True, timeout=300)
        out = res.stdout + res.stderr
        assert res.returncode == 0, f"{shlex.join(cmd)}: {out[-500:]}"
        assert not re.search(r"^\w[\w ']*\(0\)", res.stdout, re.M), f"{shlex.join(cmd)} found nothing"
        if cmd[1] == "ingest":
            assert "ingested 58 new" in out
        if cmd[1] == "export":
            rows = (tmp_path / "events.tsv").read_text(encoding="utf-8").splitlines()
            assert rows and all(len(r.split("\t")) == 61 for r in rows)
            assert any(r.split("\t")[56] for r in rows)  # ActionGeo_Lat
