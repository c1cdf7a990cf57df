"""Every `warta` command and subcommand documents itself: `--help` exits 0 with a usage line and a
description, and every option says what it is for. The commands are read from the Typer app, so a
new command is covered without touching this file."""

from __future__ import annotations

import re
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from warta.cli import app

runner = CliRunner()
BOX = re.compile(r"[│╭╮╰╯─┃━┏┓┗┛]")  # the frame rich draws round the help panels


def _walk(command: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    """(path, command) for the root and every command under it, groups included, depth first."""
    out = [(path, command)]
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        out += _walk(sub, (*path, name))
    return out


ROOT = typer.main.get_command(app)
COMMANDS = _walk(ROOT)
IDS = [" ".join(path) or "warta" for path, _ in COMMANDS]


def _flat(text: str) -> str:
    return " ".join(BOX.sub(" ", text).split())


def test_the_walk_finds_the_documented_commands() -> None:
    """The discovery itself works: the README's commands and both command groups are in it."""
    paths = {path for path, _ in COMMANDS}
    for expected in [("ingest",), ("search",), ("extract",), ("serve",), ("export",), ("eval", "quotes"),
                     ("eval", "events"), ("train", "events")]:
        assert expected in paths
    assert len(paths) >= 20


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=IDS)
def test_help_exits_zero_with_usage_and_description(path: tuple[str, ...], command: Any) -> None:
    result = runner.invoke(app, [*path, "--help"], terminal_width=100)
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    usage = next(line for line in result.output.splitlines() if "Usage:" in line)
    assert " ".join(path) in usage
    description = " ".join((command.help or command.short_help or "").split())
    assert description, f"{' '.join(path) or 'warta'} has no description"
    first_words = " ".join(description.split()[:5])
    assert first_words in _flat(result.output)


OPTION_CASES = [pytest.param(path, command, id=name) for (path, command), name in zip(COMMANDS, IDS, strict=True)]


@pytest.mark.parametrize(("path", "command"), OPTION_CASES)
def test_every_option_has_help_text(path: tuple[str, ...], command: Any) -> None:
    options = [p for p in command.params if getattr(p, "param_type_name", None) == "option"]
    missing = [p.opts[0] for p in options if not (getattr(p, "help", None) or "").strip()]
    assert not missing, f"{' '.join(path) or 'warta'}: options without help: {missing}"


@pytest.mark.parametrize(("path", "command"), [c for c in COMMANDS if c[0]], ids=IDS[1:])
def test_every_option_is_shown_in_help(path: tuple[str, ...], command: Any) -> None:
    result = runner.invoke(app, [*path, "--help"], terminal_width=200)
    shown = _flat(result.output)
    for p in command.params:
        if getattr(p, "param_type_name", None) == "option" and not getattr(p, "hidden", False):
            assert p.opts[0] in shown, f"{p.opts[0]} missing from `{' '.join(path)} --help`"


def test_unknown_command_exits_non_zero_with_one_line_error() -> None:
    result = runner.invoke(app, ["frobnicate"])
    assert result.exit_code == 2
    said = [line for line in result.output.splitlines() if "frobnicate" in line]
    assert len(said) == 1 and "No such command" in said[0]


def test_unknown_subcommand_exits_non_zero_with_one_line_error() -> None:
    result = runner.invoke(app, ["eval", "frobnicate"])
    assert result.exit_code == 2
    said = [line for line in result.output.splitlines() if "frobnicate" in line]
    assert len(said) == 1 and "No such command" in said[0]


def test_unknown_option_exits_non_zero() -> None:
    result = runner.invoke(app, ["stats", "--no-such-option"])
    assert result.exit_code == 2
    assert "--no-such-option" in result.output
