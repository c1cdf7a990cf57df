"""Syndication clustering: copies of one wire story across outlets share a cluster id.

MinHash (datasketch) over word 3-shingles of the body, banded LSH with the
bands kept in SQLite, so the index grows on disk, not in memory, and survives
a restart. A candidate joins a cluster only when its estimated Jaccard
similarity to a member reaches the threshold. The cluster id is the id of the
earliest member (by published date, then by arrival).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

NUM_PERM = 128
THRESHOLD = 0.5
SHINGLE = 3
BANDS, ROWS = _optimal_param(THRESHOLD, NUM_PERM, 0.5, 0.5)
_WORD = re.compile(r"\w+")

SCHEMA = """
CREATE TABLE IF NOT EXISTS cluster_members (
    article_id TEXT PRIMARY KEY, cluster_id TEXT NOT NULL, published TEXT, seq INTEGER NOT NULL, sig BLOB
);
CREATE INDEX IF NOT EXISTS cluster_members_cluster ON cluster_members(cluster_id);
CREATE INDEX IF NOT EXISTS cluster_members_seq ON cluster_members(seq);
CREATE TABLE IF NOT EXISTS lsh (
    band INTEGER NOT NULL, key INTEGER NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID;
"""


def shingles(body: str) -> set[bytes]:
    """Word 3-grams of the lower-cased body (the whole body when shorter)."""
    words = _WORD.findall(body.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def signature(body: str) -> np.ndarray:
    """The MinHash signature (NUM_PERM uint64 values) of a body."""
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch(list(shingles(body)))
    return np.asarray(mh.hashvalues, dtype=np.uint64)


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per LSH band (fits an SQLite INTEGER)."""
    keys = []
    for b in range(BANDS):
        digest = hashlib.blake2b(sig[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


class SyndicationIndex:
    """Assigns cluster ids, keeping its LSH bands and signatures in an SQLite connection."""

    def __init__(self, conn: sqlite3.Connection, threshold: float = THRESHOLD, create: bool = True) -> None:
        self.conn = conn
        self.threshold = threshold
        if create:
            conn.executescript(SCHEMA)

    def _candidates(self, keys: list[int]) -> set[str]:
        found: set[str] = set()
        for band, key in enumerate(keys):
            rows = self.conn.execute("SELECT article_id FROM lsh WHERE band = ? AND key = ?", (band, key))
            found.update(r[0] for r in rows)
        return found

    def _best_match(self, sig: np.ndarray, candidates: set[str]) -> str | None:
        best, best_sim = None, self.threshold
        for art_id in sorted(candidates):
            row = self.conn.execute("SELECT sig FROM cluster_members WHERE article_id = ?", (art_id,)).fetchone()
            if row is None or row[0] is None:
                continue
            sim = similarity(sig, np.frombuffer(row[0], dtype=np.uint64))
            if sim >= best_sim:
                best, best_sim = art_id, sim
        return best

    def add(self, article_id: str, sig: np.ndarray, published: str | None = None) -> str:
        """Place one article; returns its cluster id (idempotent for an article already placed)."""
        row = self.conn.execute("SELECT cluster_id FROM cluster_members WHERE article_id = ?", (article_id,)).fetchone()
        if row:
            return str(row[0])
        keys = band_keys(sig)
        match = self._best_match(sig, self._candidates(keys))
        cluster = article_id
        if match is not None:
            cluster = self.conn.execute(
                "SELECT cluster_id FROM cluster_members WHERE article_id = ?", (match,)
            ).fetchone()[0]
            cluster = self._maybe_relabel(cluster, article_id, published)
        seq = self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM cluster_members").fetchone()[0]
        self.conn.execute(
            "INSERT INTO cluster_members (article_id, cluster_id, published, seq, sig) VALUES (?, ?, ?, ?, ?)",
            (article_id, cluster, published, seq, sig.astype(np.uint64).tobytes()),
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO lsh (band, key, article_id) VALUES (?, ?, ?)",
            [(band, key, article_id) for band, key in enumerate(keys)],
        )
        return str(cluster)

    def _maybe_relabel(self, cluster: str, article_id: str, published: str | None) -> str:
        """A new member published before the cluster's root becomes the root (the id is the earliest)."""
        root = self.conn.execute("SELECT published FROM cluster_members WHERE article_id = ?", (cluster,)).fetchone()
        root_pub = root[0] if root else None
        if published and (root_pub is None or published < root_pub):
            self.conn.execute("UPDATE cluster_members SET cluster_id = ? WHERE cluster_id = ?", (article_id, cluster))
            return article_id
        return cluster


def cluster_texts(texts: Iterable[str], threshold: float = THRESHOLD) -> list[str]:
    """Cluster ids for a few texts in memory (ids are the texts' positions as strings)."""
    index = SyndicationIndex(sqlite3.connect(":memory:"), threshold)
    return [index.add(str(i), signature(text)) for i, text in enumerate(texts)]
