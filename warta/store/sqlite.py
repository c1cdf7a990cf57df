"""The embedded store: one SQLite file (WAL), batched transactions, FTS5 search.

Idempotent by design: an article is keyed by its id (a hash of the body), a
re-ingested article replaces its own rows, and every input's `source` key is
recorded in the same transaction as its article, so a run killed half-way
loses at most the batch in flight and a rerun skips what is already stored.
The store only writes and reads; it never analyses.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from warta.annotate.dates import period
from warta.cluster import SyndicationIndex
from warta.event_clusters import EventIndex
from warta.model import Article, Place

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, url TEXT, outlet TEXT, language TEXT,
    title TEXT, subtitle TEXT, published TEXT, published_source TEXT, dateline_place TEXT,
    authors TEXT, wire_sources TEXT, tone REAL, body TEXT NOT NULL, quotes_text TEXT,
    source TEXT, record TEXT NOT NULL, ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
CREATE TABLE IF NOT EXISTS sources (source TEXT PRIMARY KEY, article_id TEXT NOT NULL, ingested_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS errors (
    source TEXT PRIMARY KEY, kind TEXT NOT NULL, stage TEXT, reason TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL, entity_id TEXT NOT NULL, type TEXT, name TEXT, country TEXT, sector TEXT,
    mentions INTEGER NOT NULL, roles TEXT, place_id TEXT, lat REAL, lon REAL, PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX IF NOT EXISTS entities_entity ON entities(entity_id);
CREATE INDEX IF NOT EXISTS entities_counts ON entities(entity_id, type, name, mentions);  -- top lists from the index alone
CREATE INDEX IF NOT EXISTS entities_by_type ON entities(type, entity_id, name, mentions);
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL, entity_id TEXT NOT NULL, start INTEGER, "end" INTEGER, text TEXT
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE TABLE IF NOT EXISTS quotes (
    article_id TEXT NOT NULL, idx INTEGER NOT NULL, kind TEXT, text TEXT, start INTEGER, "end" INTEGER,
    speaker TEXT, speaker_id TEXT, role TEXT, verb TEXT, date TEXT, PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_id);
CREATE TABLE IF NOT EXISTS dates (
    article_id TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT, start INTEGER, "end" INTEGER,
    value TEXT, precision TEXT, relative INTEGER, PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS events (
    article_id TEXT NOT NULL, idx INTEGER NOT NULL, type TEXT, mode TEXT, cameo TEXT,
    source_name TEXT, source_id TEXT, source_country TEXT, source_sector TEXT,
    target_name TEXT, target_id TEXT, target_country TEXT, target_sector TEXT,
    date TEXT, place TEXT, modality TEXT, text TEXT, start INTEGER, "end" INTEGER,
    trigger TEXT, reported_by TEXT, confidence REAL, place_id TEXT, place_name TEXT, place_kind TEXT,
    place_country TEXT, place_fips TEXT, place_adm1 TEXT, lat REAL, lon REAL, place_source TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, body, quotes_text, content='articles', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body, quotes_text) VALUES (new.rowid, new.title, new.body, new.quotes_text);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body, quotes_text)
    VALUES ('delete', old.rowid, old.title, old.body, old.quotes_text);
END;
CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body, quotes_text)
    VALUES ('delete', old.rowid, old.title, old.body, old.quotes_text);
    INSERT INTO articles_fts(rowid, title, body, quotes_text) VALUES (new.rowid, new.title, new.body, new.quotes_text);
END;
"""

CHILD_TABLES = ("entities", "mentions", "quotes", "dates", "events")  # event_reports: the EventIndex's own
# The schema's version (PRAGMA user_version) and what each version added, so an older database is
# brought forward on open: version 2 gave entities and events their places; from version 3 an
# article's id includes its source, so copies of one text from two outlets are two rows (rows stored
# before keep their ids; ingest their sources again into a new database to recover merged copies);
# version 4 links event reports across articles (stored events are linked when it first opens).
SCHEMA_VERSION = 4
ADDED_COLUMNS: dict[int, dict[str, tuple[str, ...]]] = {
    2: {"entities": ("place_id TEXT", "lat REAL", "lon REAL"),
        "events": ("place_id TEXT", "place_name TEXT", "place_kind TEXT", "place_country TEXT", "place_fips TEXT",
                   "place_adm1 TEXT", "lat REAL", "lon REAL", "place_source TEXT")},
}
_EVENT_COLS = 31
_EVENT_DAY = "COALESCE(e.date, substr(a.published, 1, 10))"
_ARTICLE_COLS = (
    "id", "url", "outlet", "language", "title", "subtitle", "published", "published_source", "dateline_place",
    "authors", "wire_sources", "tone", "body", "quotes_text", "source", "record", "ingested_at",
)


class QueryError(ValueError):
    """A user query the store cannot run (e.g. malformed FTS syntax); the message says why."""


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _article_row(art: Article, source: str | None) -> tuple[Any, ...]:
    return (
        art.id, art.url, art.outlet, art.language, art.title, art.subtitle, art.published, art.published_source,
        art.dateline.place if art.dateline else None, json.dumps(art.authors, ensure_ascii=False),
        json.dumps(art.wire_sources, ensure_ascii=False), art.tone.score if art.tone else None, art.body,
        "\n".join(q.text for q in art.quotes), source or art.source,
        json.dumps(art.to_dict(), ensure_ascii=False), _now(),
    )


MAX_TERMS = 64
_FTS_CHARS = re.compile(r"^[\w*():^+]+$")  # a term FTS5 reads as written (words, prefix*, NEAR(, col:)
_TERM = re.compile(r'"[^"]*"|\S+')


MAX_QUERY_CHARS = 2_000


def fts_query(query: str) -> str:
    """A user's query as FTS5 reads it: a word with hyphens, apostrophes, dots or commas ("e-KTP",
    "Jokowi's", "U.S.", "Jokowi,") is quoted as a phrase, so plain words just work; FTS syntax (AND, OR, NOT,
    NEAR, "phrases", prefix*) is left as written. Too many terms is a QueryError (the cost of a
    query grows with them)."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"search query is {len(query):,} characters long; at most {MAX_QUERY_CHARS:,} are allowed")
    terms = _TERM.findall(query)
    if len(terms) > MAX_TERMS:
        raise QueryError(f"search query has {len(terms)} terms; at most {MAX_TERMS} are allowed")
    return " ".join(t if t.startswith('"') or _FTS_CHARS.match(t) else '"' + t.replace('"', '""') + '"'
                    for t in terms)


def _location_row(p: Place | None) -> tuple[Any, ...]:
    if p is None:
        return (None,) * 8
    return p.id, p.name, p.kind, p.country, p.fips, p.adm1, p.lat, p.lon


def _bound(name: str, value: str, end: bool) -> str:
    span = period(value)
    if span is None:
        raise QueryError(f"{name} {value!r} is not a date (use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www)")
    return span[1] if end else span[0]


def _date_range(day: str, since: str | None, until: str | None, where: list[str], params: list[Any]) -> None:
    """Add since/until filters on the SQL date expression `day`, each date read as the interval it stands
    for: a month-precision "2023-09" is found by --since 2023-09-01, and --until 2023-09 includes all of
    September. A bad filter value is a QueryError."""
    if since:
        where.append(f"period_end({day}) >= ?")
        params.append(_bound("since", since, end=False))
    if until:
        where.append(f"period_start({day}) <= ?")
        params.append(_bound("until", until, end=True))


def _period_start(value: str | None) -> str | None:
    span = period(value)
    return span[0] if span else None


def _period_end(value: str | None) -> str | None:
    span = period(value)
    return span[1] if span else None


class StoreError(sqlite3.DatabaseError):
    """A database this Warta cannot use; the message names it and says why."""


def migrate(conn: sqlite3.Connection, path: str) -> int:
    """Bring a database made by an older Warta to this schema (columns added, rows kept; the new
    columns of stored rows stay empty until their articles are ingested again). Returns the version
    the database had."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path}: made by a newer Warta (schema {version}, this one knows {SCHEMA_VERSION})")
    if version == SCHEMA_VERSION:
        return version
    for step in range(version + 1, SCHEMA_VERSION + 1):
        for table, columns in ADDED_COLUMNS.get(step, {}).items():
            have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            for column in columns:
                if column.split()[0] not in have:
                    conn.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return version


@contextlib.contextmanager
def sole_writer(path: str | Path) -> Iterator[None]:
    """Hold the database for one writing process: a second `warta ingest` on the same file is
    refused at once with the reason, instead of dying later on "database is locked" mid-batch.
    (An advisory lock on the file itself, released by the kernel when the process ends however it
    ends; SQLite's own locks are of another kind and unaffected.)"""
    try:
        import fcntl
    except ImportError:  # no advisory locks here: SQLite's busy timeout is all there is
        yield
        return
    try:
        fh = open(path, "ab")
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the database for writing ({exc.strerror or exc})") from None
    with fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(f"{path}: another `warta ingest` is writing to this database; "
                             "run this one when it ends (one writer per database)") from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


class Store:
    """An open Warta database. Writes are grouped `batch` to a transaction; call `flush()` or `close()`."""

    def __init__(self, path: str | Path, batch: int = 200, read_only: bool = False) -> None:
        """Open (and create, or bring forward) the database at `path`. `read_only` opens it for reading
        only, as `warta serve` does: nothing is written, a read-only mount works, and a file that is
        not a Warta database of this version is refused with the reason."""
        self.path = str(path)
        # one Store per user (a request, a process), but a request may hop threads between setup and use
        if read_only:
            uri = Path(self.path).resolve().as_uri() + "?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30, check_same_thread=False)
        else:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30, check_same_thread=False)
        self.conn.create_function("period_start", 1, _period_start, deterministic=True)
        self.conn.create_function("period_end", 1, _period_end, deterministic=True)
        self.batch = max(1, batch)
        self._pending = 0
        if read_only:
            self._check_readable()
            self.clusters = SyndicationIndex(self.conn, create=False)
            self.event_index = EventIndex(self.conn, create=False)
            return
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.executescript(SCHEMA)
        before = migrate(self.conn, self.path)
        self.clusters = SyndicationIndex(self.conn)
        self.event_index = EventIndex(self.conn)
        if before < 4 and self.conn.execute("SELECT 1 FROM events LIMIT 1").fetchone():
            self._link_stored_events()

    def _check_readable(self) -> None:
        try:
            version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable Warta database ({exc})") from None
        if not {"articles", "events", "event_reports", "cluster_members"} <= tables:
            raise StoreError(f"{self.path}: not a Warta database (no Warta tables in it)")
        if version != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {version}, this Warta reads {SCHEMA_VERSION} "
                             f"(run `warta stats --db {self.path}` once to bring it forward)")

    # -- transactions -------------------------------------------------------
    def _begin(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")

    def _wrote(self) -> None:
        self._pending += 1
        if self._pending >= self.batch:
            self.flush()

    def flush(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")
        self._pending = 0

    def close(self) -> None:
        self.flush()
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _link_stored_events(self) -> None:
        """Link the events of every stored article, oldest first (a database from before version 4)."""
        self._begin()
        for row in self.rows("SELECT record FROM articles ORDER BY published IS NULL, published, rowid"):
            self.event_index.add(Article.from_dict(json.loads(row["record"])))
        self.flush()

    # -- writes -------------------------------------------------------------
    def has_source(self, source: str) -> bool:
        return self.conn.execute("SELECT 1 FROM sources WHERE source = ?", (source,)).fetchone() is not None

    def add(self, art: Article, source: str | None = None, sig: np.ndarray | None = None) -> str:
        """Store (or replace) one article and its annotations; returns its cluster id (or its own id).
        All or nothing: an article that cannot be stored leaves no row behind (a savepoint)."""
        self._begin()
        self.conn.execute("SAVEPOINT article")
        try:
            cluster = self._add(art, source, sig)
        except BaseException:
            try:
                self.conn.execute("ROLLBACK TO article")
                self.conn.execute("RELEASE article")
            except sqlite3.Error:
                pass  # the transaction itself is gone (a full disk): nothing of it was committed
            raise
        self.conn.execute("RELEASE article")
        self._wrote()
        return cluster

    def _add(self, art: Article, source: str | None, sig: np.ndarray | None) -> str:
        row = _article_row(art, source)
        exists = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (art.id,)).fetchone()
        if exists:
            sets = ", ".join(f"{c} = ?" for c in _ARTICLE_COLS[1:])
            self.conn.execute(f"UPDATE articles SET {sets} WHERE id = ?", (*row[1:], art.id))
            for table in CHILD_TABLES:
                self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (art.id,))
        else:
            cols = ", ".join(_ARTICLE_COLS)
            self.conn.execute(f"INSERT INTO articles ({cols}) VALUES ({', '.join('?' * len(row))})", row)
        self._add_children(art)
        self.event_index.add(art)
        key = source or art.source or art.id
        self.conn.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, ?)", (key, art.id, _now()))
        self.conn.execute("DELETE FROM errors WHERE source = ?", (key,))
        return self.clusters.add(art.id, sig, art.published) if sig is not None else art.id

    def _add_children(self, art: Article) -> None:
        aid, ex = art.id, self.conn.executemany
        ex("INSERT OR REPLACE INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (aid, e.id, e.type, e.name, e.country, e.sector, len(e.mentions), json.dumps(e.roles, ensure_ascii=False),
             e.place.id if e.place else None, e.place.lat if e.place else None, e.place.lon if e.place else None)
            for e in art.entities])
        ex('INSERT INTO mentions VALUES (?, ?, ?, ?, ?)',
           [(aid, e.id, m.start, m.end, m.text) for e in art.entities for m in e.mentions])
        ex("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (aid, i, q.kind, q.text, q.start, q.end, q.speaker.name, q.speaker.entity_id, q.speaker.role, q.verb, q.date)
            for i, q in enumerate(art.quotes)])
        ex("INSERT INTO dates VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
            (aid, i, d.text, d.start, d.end, d.value, d.precision, int(d.relative)) for i, d in enumerate(art.dates)])
        ex(f"INSERT INTO events VALUES ({', '.join('?' * _EVENT_COLS)})", [
            (aid, i, e.type, e.mode, e.cameo, e.source.name, e.source.entity_id, e.source.country, e.source.sector,
             e.target.name if e.target else None, e.target.entity_id if e.target else None,
             e.target.country if e.target else None, e.target.sector if e.target else None,
             e.date, e.place, e.modality, e.text, e.start, e.end, e.trigger, e.reported_by, e.confidence,
             *_location_row(e.location), e.place_source)
            for i, e in enumerate(art.events)])

    def add_error(self, source: str, kind: str, reason: str, stage: str | None = None) -> None:
        """Record one failed input (replacing an earlier error for the same input)."""
        self._begin()
        self.conn.execute("INSERT OR REPLACE INTO errors VALUES (?, ?, ?, ?, ?)", (source, kind, stage, reason, _now()))
        self._wrote()

    # -- reads --------------------------------------------------------------
    def get(self, article_id: str) -> Article | None:
        """The stored Article for an id (or a unique id prefix, or a source key)."""
        row = self.conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            row = self.conn.execute(
                "SELECT a.record FROM sources s JOIN articles a ON a.id = s.article_id WHERE s.source = ?",
                (article_id,)).fetchone()
        if row is None and len(article_id) >= 4:
            rows = self.conn.execute(
                "SELECT record FROM articles WHERE id LIKE ? || '%' LIMIT 2", (article_id,)).fetchall()
            row = rows[0] if len(rows) == 1 else None
        return Article.from_dict(json.loads(row[0])) if row else None

    def cluster_of(self, article_id: str) -> str | None:
        row = self.conn.execute("SELECT cluster_id FROM cluster_members WHERE article_id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> Iterator[dict[str, Any]]:
        """Stream a read query as dicts."""
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        for values in cur:
            yield dict(zip(names, values, strict=True))

    def search(self, query: str, limit: int = 20, collapse: bool = False) -> list[dict[str, Any]]:
        """FTS5 search over titles, bodies and quotations, best first (bm25), with a snippet.

        Each hit carries its cluster and the number of independent outlets that
        ran the story; `collapse` keeps only the best hit per cluster.
        """
        sql = """
            SELECT a.id, a.title, a.outlet, a.published, c.cluster_id,
                   (SELECT COUNT(DISTINCT COALESCE(a2.outlet, a2.id)) FROM cluster_members c2
                    JOIN articles a2 ON a2.id = c2.article_id WHERE c2.cluster_id = c.cluster_id) AS outlets,
                   snippet(articles_fts, -1, '[', ']', ' … ', 12) AS snippet, bm25(articles_fts) AS score
            FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
            LEFT JOIN cluster_members c ON c.article_id = a.id
            WHERE articles_fts MATCH ? ORDER BY score LIMIT ?"""
        try:
            rows = list(self.rows(sql, (fts_query(query), limit * 10 if collapse else limit)))
        except sqlite3.OperationalError as exc:
            raise QueryError(f"cannot parse search query {query!r}: {exc}") from exc
        if collapse:
            best: dict[str, dict[str, Any]] = {}
            for row in rows:
                best.setdefault(row["cluster_id"] or row["id"], row)
            rows = list(best.values())[:limit]
        return rows

    def quotes(
        self, speaker: str | None = None, since: str | None = None, until: str | None = None, limit: int = 50,
        outlet: str | None = None, offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Quotations by speaker (name substring, case-insensitive, entity id, or a name the article used),
        date and outlet, newest first."""
        where, params = ["1"], []
        if outlet:
            where.append("a.outlet = ?")
            params.append(outlet)
        if speaker:
            # by name, by id, or by any name an article used for that speaker ("Jokowi" for Joko Widodo):
            # the ids are found once, in the mentions, not per quotation
            ids = [r[0] for r in self.conn.execute(
                "SELECT DISTINCT entity_id FROM mentions WHERE LOWER(text) LIKE '%' || LOWER(?) || '%' LIMIT 200",
                (speaker,))]
            where.append(f"(LOWER(q.speaker) LIKE '%' || LOWER(?) || '%' OR q.speaker_id IN "
                         f"({', '.join('?' * (len(ids) + 1))}))")
            params += [speaker, speaker, *ids]
        day = "COALESCE(q.date, substr(a.published, 1, 10))"
        _date_range(day, since, until, where, params)
        sql = f"""SELECT q.article_id, q.kind, q.speaker, q.speaker_id, q.role, q.verb, {day} AS date, q.text,
                         a.outlet, a.title FROM quotes q JOIN articles a ON a.id = q.article_id
                  WHERE {' AND '.join(where)} ORDER BY date IS NULL, date DESC, q.article_id, q.idx LIMIT ? OFFSET ?"""
        return list(self.rows(sql, (*params, limit, offset)))

    def entities(self, type_: str | None = None, top: int = 20) -> list[dict[str, Any]]:
        """The most mentioned entities: articles, mentions and independent outlets per entity. The top
        entities are picked from the entities table alone; outlets and stories are counted for those only."""
        where = "WHERE type = ?" if type_ else ""
        params: tuple[Any, ...] = (type_.upper(), top) if type_ else (top,)
        head = list(self.rows(f"""SELECT entity_id, MAX(name) AS name, MAX(type) AS type, COUNT(*) AS articles,
                                         SUM(mentions) AS mentions FROM entities {where}
                                  GROUP BY entity_id ORDER BY articles DESC, mentions DESC LIMIT ?""", params))
        for row in head:
            row["outlets"], row["stories"] = self.conn.execute(
                """SELECT COUNT(DISTINCT a.outlet), COUNT(DISTINCT COALESCE(c.cluster_id, a.id))
                   FROM entities e JOIN articles a ON a.id = e.article_id
                   LEFT JOIN cluster_members c ON c.article_id = a.id WHERE e.entity_id = ?""",
                (row["entity_id"],)).fetchone()
        return head

    def _event_filter(
        self, actor: str | None, target: str | None, type_: str | None, since: str | None, until: str | None,
        modality: str | None, min_confidence: float, outlet: str | None = None,
    ) -> tuple[str, list[Any]]:
        where = ["COALESCE(e.confidence, 0) >= ?"]
        params: list[Any] = [min_confidence]
        if outlet:
            where.append("a.outlet = ?")
            params.append(outlet)
        for side, code in (("source", actor), ("target", target)):
            if code:
                where.append(f"(UPPER(?) IN (UPPER(e.{side}_country), UPPER(e.{side}_sector), UPPER(e.{side}_id), "
                             f"UPPER(e.{side}_name), UPPER(COALESCE(e.{side}_country, '') || e.{side}_sector)))")
                params.append(code)
        for column, value in (("type", type_), ("modality", modality)):
            if value:
                where.append(f"UPPER(e.{column}) = UPPER(?)")
                params.append(value)
        _date_range(_EVENT_DAY, since, until, where, params)
        return " AND ".join(where), params

    def events(
        self, actor: str | None = None, target: str | None = None, type_: str | None = None,
        since: str | None = None, until: str | None = None, limit: int = 50,
        modality: str | None = None, min_confidence: float = 0.0, outlet: str | None = None, offset: int = 0,
        by: str = "report",
    ) -> list[dict[str, Any]]:
        """Coded events filtered by source/target actor code (country, sector, id or name), type, date,
        modality ("asserted" leaves out plans, possibilities and denials), the coder's confidence and
        outlet, newest first. `by="cluster"` gives one row per event (its reports linked across
        articles: `reports`, `articles`, `outlets`, and `independent` stories, syndicated copies once)."""
        if by not in ("report", "cluster"):
            raise QueryError(f"by must be 'report' or 'cluster', not {by!r}")
        where, params = self._event_filter(actor, target, type_, since, until, modality, min_confidence, outlet)
        if by == "cluster":
            sql = f"""SELECT r.cluster_id, MIN({_EVENT_DAY}) AS date, MAX(e.type) AS type, MAX(e.mode) AS mode,
                             MAX(e.source_name) AS source_name, MAX(e.source_country) AS source_country,
                             MAX(e.source_sector) AS source_sector, MAX(e.target_name) AS target_name,
                             MAX(e.target_country) AS target_country, MAX(e.target_sector) AS target_sector,
                             GROUP_CONCAT(DISTINCT e.modality) AS modalities, MAX(e.place_name) AS place_name,
                             COUNT(*) AS reports, COUNT(DISTINCT e.article_id) AS articles,
                             COUNT(DISTINCT a.outlet) AS outlets,
                             COUNT(DISTINCT COALESCE(cm.cluster_id, a.id)) AS independent,
                             MAX(e.confidence) AS confidence, MIN(e.article_id) AS article_id, MIN(e.text) AS text
                      FROM events e JOIN articles a ON a.id = e.article_id
                      JOIN event_reports r ON r.article_id = e.article_id AND r.idx = e.idx
                      LEFT JOIN cluster_members cm ON cm.article_id = a.id
                      WHERE {where} GROUP BY r.cluster_id
                      ORDER BY date IS NULL, date DESC, reports DESC LIMIT ? OFFSET ?"""
            return list(self.rows(sql, (*params, limit, offset)))
        sql = f"""SELECT e.article_id, {_EVENT_DAY} AS date, e.type, e.mode, e.cameo,
                         e.source_name, e.source_id, e.source_country, e.source_sector,
                         e.target_name, e.target_id, e.target_country,
                         e.target_sector, e.modality, e.place, e.place_name, e.place_country, e.lat, e.lon,
                         e.place_source, e.text, e.confidence, a.outlet, r.cluster_id
                  FROM events e JOIN articles a ON a.id = e.article_id
                  LEFT JOIN event_reports r ON r.article_id = e.article_id AND r.idx = e.idx
                  WHERE {where} ORDER BY date IS NULL, date DESC, e.article_id, e.idx LIMIT ? OFFSET ?"""
        return list(self.rows(sql, (*params, limit, offset)))

    def event_places(
        self, actor: str | None = None, target: str | None = None, type_: str | None = None,
        since: str | None = None, until: str | None = None, limit: int = 500,
        modality: str | None = None, min_confidence: float = 0.0,
    ) -> list[dict[str, Any]]:
        """The places events happened, with how many (filtered as `events`), for a map; a place known
        only from the dateline is counted apart (`from_dateline`)."""
        where, params = self._event_filter(actor, target, type_, since, until, modality, min_confidence)
        sql = f"""SELECT e.place_id, e.place_name, e.place_kind, e.place_country, e.lat, e.lon,
                         COUNT(*) AS events, SUM(e.place_source = 'dateline') AS from_dateline,
                         GROUP_CONCAT(DISTINCT e.type) AS types
                  FROM events e JOIN articles a ON a.id = e.article_id
                  WHERE {where} AND e.lat IS NOT NULL
                  GROUP BY e.place_id ORDER BY events DESC, e.place_name LIMIT ?"""
        return list(self.rows(sql, (*params, limit)))

    def stats(self) -> dict[str, Any]:
        """Counts of everything stored."""
        one = self._scalar
        return {
            "articles": one("SELECT COUNT(*) FROM articles"),
            "inputs": one("SELECT COUNT(*) FROM sources"),
            "outlets": one("SELECT COUNT(DISTINCT outlet) FROM articles"),
            "languages": dict(self.conn.execute(
                "SELECT COALESCE(language, '?'), COUNT(*) FROM articles GROUP BY 1 ORDER BY 2 DESC").fetchall()),
            "entities": one("SELECT COUNT(DISTINCT entity_id) FROM entities"),
            "mentions": one("SELECT COUNT(*) FROM mentions"),
            "quotes": one("SELECT COUNT(*) FROM quotes"),
            "dates": one("SELECT COUNT(*) FROM dates"),
            "events": one("SELECT COUNT(*) FROM events"),
            "clusters": one("SELECT COUNT(DISTINCT cluster_id) FROM cluster_members"),
            "event_clusters": one("SELECT COUNT(DISTINCT cluster_id) FROM event_reports"),
            "syndicated": one("SELECT COUNT(*) FROM (SELECT cluster_id FROM cluster_members "
                              "GROUP BY cluster_id HAVING COUNT(*) > 1)"),
            "errors": one("SELECT COUNT(*) FROM errors"),
        }

    def _scalar(self, sql: str) -> Any:
        return self.conn.execute(sql).fetchone()[0]

    def cluster_outlets(self, cluster_id: str) -> list[str]:
        """The distinct outlets that ran the story of one cluster."""
        rows = self.conn.execute(
            """SELECT DISTINCT COALESCE(a.outlet, a.url, a.id) FROM cluster_members c
               JOIN articles a ON a.id = c.article_id WHERE c.cluster_id = ? ORDER BY 1""", (cluster_id,))
        return [r[0] for r in rows]
