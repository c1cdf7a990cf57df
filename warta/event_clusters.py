"""Event clusters: the reports of one real-world act across articles share a cluster id.

Five outlets reporting the KPK's search of one house in their own words are five event reports and
one event. A new report joins the cluster of the most similar earlier report that is compatible
with it: the same PLOVER type (and mode, when both have one), the same source and target actors
(by entity id when both sides know it, else by country and sector code), dates whose periods fall
within `WINDOW_DAYS` of each other (a month-precision date is the whole month), places that do not
contradict (two different countries), and evidence that they tell of one act: sentences that share
enough of their content words and names (`MIN_OVERLAP`), or source and target both named entities
(the same KPK searching the same regent's house). A plan and the later report that it happened join one cluster: modality is
not compared; each report keeps its own.

The same `link` decides on any engine: `EventIndex` keeps the reports in SQLite and finds the
candidates of a new report by type and date only, so the cost of linking does not grow with the
store; `cluster_reports` does the same in memory (the Spark path, a partition of dates at a time).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from warta.annotate.dates import period
from warta.lang.id import stop_words
from warta.model import Actor, Article, Event

WINDOW_DAYS = 3
MIN_OVERLAP = 0.15  # chosen on the cluster gold dev split; see README
# A report dated only by its article's publication day (the text gives no date) tells of an act on or
# before that day: its period reaches back this far.
LOOKBACK_DAYS = 7
_WORD = re.compile(r"[A-Za-z][\w-]+")
_STOP = stop_words.EVENT_CLUSTERS

SCHEMA = """
CREATE TABLE IF NOT EXISTS event_reports (
    article_id TEXT NOT NULL, idx INTEGER NOT NULL, cluster_id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT,
    source TEXT, target TEXT, day_start TEXT, day_end TEXT, country TEXT, words TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS event_reports_when ON event_reports(type, day_start);
CREATE INDEX IF NOT EXISTS event_reports_cluster ON event_reports(cluster_id);
CREATE INDEX IF NOT EXISTS event_reports_long ON event_reports(type, day_start)
    WHERE day_end > date(day_start, '+7 days');
CREATE INDEX IF NOT EXISTS event_reports_source ON event_reports(type, source);
"""
# A stored report's period is at most a year plus the look-back (a year-precision date dated by its
# publication day). Candidates are read in two tight index ranges, not every older report of the type:
# those of at most SHORT_DAYS, which must start within SHORT_DAYS before the window, and the longer
# ones (a partial index), which must start within MAX_SPAN_DAYS before it.
SHORT_DAYS = 7
MAX_SPAN_DAYS = 400


@dataclass(frozen=True, slots=True)
class Report:
    """What linking needs of one event report."""

    key: tuple[str, int]  # (article id, index of the event in the article)
    type: str
    mode: str | None
    source: str | None  # "entity id|CCC SEC": the entity when known, and its code
    target: str | None
    day_start: str | None
    day_end: str | None
    country: str | None  # of the place it happened, when known
    words: frozenset[str]


def _actor(a: Actor | None) -> str | None:
    if a is None or not (a.entity_id or a.country or a.sector):
        return None
    return f"{a.entity_id or ''}|{a.country or ''} {a.sector or ''}"


def content_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 2)


def dated_span(day: str | None, published: str | None) -> tuple[str | None, str | None]:
    """The period a report's act falls in: its own date's, or up to the publication day when the date
    is only the publication day's."""
    span = period(day or published)
    if span is None:
        return None, None
    if not day or (published and day == published[:10]):
        return _shift(span[0], -LOOKBACK_DAYS), span[1]
    return span


def report(article: Article, idx: int, e: Event) -> Report:
    start, end = dated_span(e.date, article.published)
    return Report((article.id, idx), e.type, e.mode, _actor(e.source), _actor(e.target), start, end,
                  e.location.country if e.location and e.place_source == "sentence" else None,
                  content_words(e.text))


def _same_actor(a: str | None, b: str | None, required: bool) -> bool:
    """One actor: the same entity when both sides know it, else the same country and (when both have
    one) sector; a side with no actor matches only where one is not required."""
    if a is None or b is None:
        return not required
    id_a, code_a = a.split("|", 1)
    id_b, code_b = b.split("|", 1)
    if id_a and id_b:
        return id_a == id_b
    country_a, _, sector_a = code_a.partition(" ")
    country_b, _, sector_b = code_b.partition(" ")
    return country_a == country_b and (not sector_a or not sector_b or sector_a == sector_b)


def _overlaps(r: Report, o: Report) -> bool:
    """The two date periods, each widened by the window, meet (unknown dates do not object)."""
    if not (r.day_start and r.day_end and o.day_start and o.day_end):
        return True
    return r.day_start <= _shift(o.day_end, WINDOW_DAYS) and o.day_start <= _shift(r.day_end, WINDOW_DAYS)  # type: ignore[operator]


def link(new: Report, old: Report) -> float:
    """How alike two reports are (their word overlap), or 0.0 when they cannot be one event."""
    if new.type != old.type or (new.mode and old.mode and new.mode != old.mode):
        return 0.0
    if not _same_actor(new.source, old.source, required=True) or not _same_actor(new.target, old.target, False):
        return 0.0
    if not _overlaps(new, old):
        return 0.0
    if new.country and old.country and new.country != old.country:
        return 0.0
    overlap = len(new.words & old.words) / min(len(new.words), len(old.words)) if new.words and old.words else 0.0
    if _known(new.source) and _known(new.target) and _known(old.target):
        return max(overlap, MIN_OVERLAP)  # the same two named parties, same act, same days: evidence enough
    return overlap if overlap >= MIN_OVERLAP else 0.0


def _known(actor: str | None) -> bool:
    """An actor named as an entity (its id known), not only a code."""
    return bool(actor and not actor.startswith("|"))


def cluster_id(key: tuple[str, int]) -> str:
    return "ev:" + hashlib.sha1(f"{key[0]}#{key[1]}".encode()).hexdigest()[:12]


def cluster_reports(reports: Iterable[Report]) -> dict[tuple[str, int], str]:
    """Each report's cluster id, the reports taken in the order given (in memory)."""
    seen: list[tuple[Report, str]] = []
    out: dict[tuple[str, int], str] = {}
    for r in reports:
        best, best_score = None, 0.0
        for old, cid in seen:
            score = link(r, old)
            if score > best_score:
                best, best_score = cid, score
        out[r.key] = best or cluster_id(r.key)
        seen.append((r, out[r.key]))
    return out


def _shift(day: str | None, days: int) -> str | None:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat() if day else None


class EventIndex:
    """The event reports of a store, in its SQLite file, for linking each new article's events."""

    def __init__(self, conn: sqlite3.Connection, create: bool = True) -> None:
        self.conn = conn
        if create:
            conn.executescript(SCHEMA)

    def _candidates(self, r: Report) -> list[tuple[Report, str]]:
        if r.day_start and r.day_end:
            last, first = _shift(r.day_end, WINDOW_DAYS), _shift(r.day_start, -WINDOW_DAYS)
            short = self.conn.execute(
                "SELECT rowid, * FROM event_reports INDEXED BY event_reports_when "
                "WHERE type = ? AND day_start BETWEEN ? AND ? AND day_end >= ?",
                (r.type, _shift(first, -SHORT_DAYS), last, first)).fetchall()
            long = self.conn.execute(
                "SELECT rowid, * FROM event_reports INDEXED BY event_reports_long WHERE type = ? "
                "AND day_end > date(day_start, '+7 days') AND day_start BETWEEN ? AND ? AND day_end >= ?",
                (r.type, _shift(first, -MAX_SPAN_DAYS), last, first)).fetchall()
            # one row each, in the order a scan of (type, day_start) gives them: ties keep their winner
            rows = [row[1:] for row in sorted({row[0]: row for row in short + long}.values(),
                                              key=lambda row: (row[8], row[0]))]
        elif r.source:  # undated: only reports of the same source can match
            rows = self.conn.execute("SELECT * FROM event_reports WHERE type = ? AND source = ? LIMIT 500",
                                     (r.type, r.source)).fetchall()
        else:
            return []
        return [(Report((row[0], row[1]), row[3], row[4], row[5], row[6], row[7], row[8], row[9],
                        frozenset(row[10].split())), row[2]) for row in rows]

    def add(self, article: Article) -> list[str]:
        """Link the article's events (replacing what was stored for it); returns their cluster ids."""
        self.conn.execute("DELETE FROM event_reports WHERE article_id = ?", (article.id,))
        out = []
        for idx, e in enumerate(article.events):
            r = report(article, idx, e)
            best, best_score = None, 0.0
            for old, cid in self._candidates(r):
                score = link(r, old)
                if score > best_score:
                    best, best_score = cid, score
            cid = best or cluster_id(r.key)
            self.conn.execute("INSERT INTO event_reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              (article.id, idx, cid, r.type, r.mode, r.source, r.target, r.day_start, r.day_end,
                               r.country, " ".join(sorted(r.words))))
            out.append(cid)
        return out
