"""The dashboard's read queries: search with facets and paging, attention over time, an entity's page.

Every query here narrows the articles the same way (`Filters`: a full-text query, an outlet, a date
range read as intervals, a language, an entity, an event type), so the search list, its facets and
its timeline always describe the same set of articles.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from warta.store.sqlite import QueryError, Store, _date_range, fts_query

_DAY = "substr(a.published, 1, 10)"
_STORY = "COALESCE(c.cluster_id, a.id)"


@dataclass
class Filters:
    q: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    language: str | None = None
    entity: str | None = None
    event_type: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """SQL over `articles a` (joined to its cluster as `c`) and its parameters."""
        where: list[str] = ["1"]
        params: list[Any] = []
        if self.q:
            where.append("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            params.append(fts_query(self.q))
        for column, value in (("a.outlet", self.outlet), ("a.language", self.language)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if self.entity:
            where.append("a.id IN (SELECT article_id FROM entities WHERE entity_id = ?)")
            params.append(self.entity)
        if self.event_type:
            where.append("a.id IN (SELECT article_id FROM events WHERE UPPER(type) = UPPER(?))")
            params.append(self.event_type)
        _date_range("a.published", self.since, self.until, where, params)
        return " AND ".join(where), params


def _rows(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    try:
        return list(store.rows(sql, tuple(params)))
    except Exception as exc:  # a malformed FTS query surfaces here
        if "fts5" in str(exc).lower() or "syntax" in str(exc).lower():
            raise QueryError(f"cannot parse search query: {exc}") from exc
        raise


def articles(store: Store, f: Filters, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """One page of the matching articles (best match first for a query, else newest first, undated
    last), with a snippet of the match, and how many articles and stories match in all."""
    where, params = f.where()
    base = f"FROM articles a LEFT JOIN cluster_members c ON c.article_id = a.id WHERE {where}"
    total = _rows(store, f"SELECT COUNT(*) AS n, COUNT(DISTINCT {_STORY}) AS stories {base}", params)[0]
    outlets = """(SELECT COUNT(DISTINCT COALESCE(a2.outlet, a2.id)) FROM cluster_members c2
                  JOIN articles a2 ON a2.id = c2.article_id WHERE c2.cluster_id = c.cluster_id) AS outlets"""
    cols = f"a.id, a.title, substr(a.body, 1, 160) AS lead, a.outlet, a.published, a.language, c.cluster_id, {outlets}"
    if f.q:
        sql = f"""SELECT {cols}, snippet(articles_fts, -1, '[', ']', ' … ', 12) AS snippet
                  FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
                  LEFT JOIN cluster_members c ON c.article_id = a.id
                  WHERE articles_fts MATCH ? AND {where} ORDER BY bm25(articles_fts) LIMIT ? OFFSET ?"""
        hits = _rows(store, sql, [fts_query(f.q), *params, limit, offset])
    else:
        hits = _rows(store, f"""SELECT {cols} {base}
                                ORDER BY a.published IS NULL, a.published DESC, a.rowid DESC LIMIT ? OFFSET ?""",
                     [*params, limit, offset])
    return {"total": total["n"], "stories": total["stories"], "offset": offset, "hits": hits}


def _within(where: str) -> str:
    """Rows of a child table (`e`) whose article matches `where`; every row when nothing narrows."""
    if where == "1":
        return ""
    return f"JOIN articles a ON a.id = e.article_id LEFT JOIN cluster_members c ON c.article_id = a.id WHERE {where}"


def facets(store: Store, f: Filters, top: int = 10) -> dict[str, list[dict[str, Any]]]:
    """Counts of the matching articles by outlet, language, event type and most named entities."""
    where, params = f.where()
    base = f"FROM articles a LEFT JOIN cluster_members c ON c.article_id = a.id WHERE {where}"
    return {
        "outlets": _rows(store, f"SELECT a.outlet AS value, COUNT(*) AS n {base} GROUP BY 1 ORDER BY 2 DESC LIMIT ?",
                         [*params, top]),
        "languages": _rows(store, f"SELECT a.language AS value, COUNT(*) AS n {base} GROUP BY 1 ORDER BY 2 DESC",
                           params),
        "event_types": _rows(store, f"""SELECT e.type AS value, COUNT(DISTINCT e.article_id) AS n
                                        FROM events e {_within(where)} GROUP BY 1 ORDER BY 2 DESC LIMIT ?""",
                             [*params, top]),
        "entities": _rows(store, f"""SELECT e.entity_id AS value, MAX(e.name) AS name, MAX(e.type) AS type,
                                            COUNT(*) AS n
                                     FROM entities e {_within(where)} GROUP BY 1 ORDER BY 4 DESC, 1 LIMIT ?""",
                          [*params, top]),
    }


def timeline(store: Store, f: Filters) -> list[dict[str, Any]]:
    """Attention over time: articles and independent stories per day and outlet (dated articles only)."""
    where, params = f.where()
    return _rows(store, f"""SELECT {_DAY} AS day, a.outlet, COUNT(*) AS articles,
                                   COUNT(DISTINCT {_STORY}) AS stories
                            FROM articles a LEFT JOIN cluster_members c ON c.article_id = a.id
                            WHERE {where} AND a.published IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2""", params)


def entity(store: Store, entity_id: str, top: int = 15) -> dict[str, Any] | None:
    """One entity across the store: its names, where and when it is mentioned, what it said, what it
    did and had done to it, and who it appears with."""
    head = _rows(store, """SELECT entity_id, MAX(name) AS name, MAX(type) AS type, MAX(country) AS country,
                                  MAX(sector) AS sector, COUNT(*) AS articles, SUM(mentions) AS mentions,
                                  MAX(lat) AS lat, MAX(lon) AS lon
                           FROM entities WHERE entity_id = ? GROUP BY entity_id""", [entity_id])
    if not head:
        return None
    page = head[0]
    page["aliases"] = _rows(store, """SELECT text AS alias, COUNT(*) AS n FROM mentions WHERE entity_id = ?
                                      GROUP BY text ORDER BY 2 DESC LIMIT 20""", [entity_id])
    page["roles"] = _rows(store, """SELECT j.value AS role, COUNT(*) AS n FROM entities e, json_each(e.roles) j
                                    WHERE e.entity_id = ? GROUP BY 1 ORDER BY 2 DESC LIMIT 10""", [entity_id])
    page["timeline"] = timeline(store, Filters(entity=entity_id))
    page["quotes"] = _rows(store, f"""SELECT q.article_id, COALESCE(q.date, {_DAY}) AS date, q.kind, q.text, a.outlet
                                      FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id = ?
                                      ORDER BY date IS NULL, date DESC LIMIT ?""", [entity_id, top])
    page["events"] = _rows(store, f"""SELECT e.article_id, COALESCE(e.date, {_DAY}) AS date, e.type, e.modality,
                                             e.source_name, e.source_id, e.target_name, e.target_id, e.place_name,
                                             CASE WHEN e.source_id = ? THEN 'source' ELSE 'target' END AS role,
                                             e.text, a.outlet
                                      FROM events e JOIN articles a ON a.id = e.article_id
                                      WHERE e.source_id = ? OR e.target_id = ?
                                      ORDER BY date IS NULL, date DESC LIMIT ?""",
                           [entity_id, entity_id, entity_id, top])
    page["with"] = _rows(store, """SELECT o.entity_id, MAX(o.name) AS name, MAX(o.type) AS type, COUNT(*) AS articles
                                   FROM entities e JOIN entities o ON o.article_id = e.article_id
                                   WHERE e.entity_id = ? AND o.entity_id != e.entity_id
                                   GROUP BY o.entity_id ORDER BY 4 DESC, 1 LIMIT ?""", [entity_id, top])
    return page
