"""Errors that carry their input, so every message names the file and the reason.

    WartaError
     +-- InputError   the input cannot be read as an article (empty, binary, too big ...)
     +-- StageError   a pipeline stage failed on this input (a bug, reported with its stage)
"""

from __future__ import annotations


class WartaError(Exception):
    """Base class; `str(err)` is the one-line message shown to users."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class InputError(WartaError):
    """The input is not an article we can read."""


class StageError(WartaError):
    """A stage raised on this input; names the stage so the bug can be found."""

    def __init__(self, source: str, stage: str, exc: BaseException) -> None:
        super().__init__(source, f"stage '{stage}' failed: {type(exc).__name__}: {exc}")
        self.stage = stage
