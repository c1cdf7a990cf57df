"""Storage: the embedded SQLite store (`Store`) and its exports (`warta.store.export`)."""

from warta.store.sqlite import QueryError, Store

__all__ = ["QueryError", "Store"]
