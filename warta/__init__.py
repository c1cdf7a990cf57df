"""Warta: Indonesian news into structured, searchable knowledge."""

from warta.errors import InputError, StageError, WartaError
from warta.model import Article, RawDoc
from warta.pipeline import process

__version__ = "0.1.0"
__all__ = ["Article", "InputError", "RawDoc", "StageError", "WartaError", "process"]
