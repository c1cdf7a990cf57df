"""Exports of a store: JSON Lines records, flat tables (CSV, Parquet, JSONL), GDELT GKG 2.1 and Events 2.0 TSV.

Everything streams from SQLite in batches, so an export of any size runs in
flat memory. The GDELT files follow the published column orders (no header, tab
separated) so existing GDELT tooling can read them; fields Warta does not
compute (themes, GCAM, Goldstein scale, ADM2 codes) are left empty. Places carry GeoNames
coordinates and FIPS country codes, as GDELT's do; an event's date falls back to the article's
publication day, then to the day it was stored, so SQLDATE is never blank.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from warta.annotate.dates import week_as_monday
from warta.annotate.places import full_name, geo_type, place_of
from warta.annotate.places import load as load_gazetteer
from warta.model import Article, Place
from warta.store.sqlite import Store

BATCH = 1000
TABLES: dict[str, str] = {
    "articles": """SELECT a.id, c.cluster_id, a.url, a.outlet, a.language, a.title, a.subtitle, a.published,
                          a.dateline_place, a.authors, a.wire_sources, a.tone, a.source, a.body
                   FROM articles a LEFT JOIN cluster_members c ON c.article_id = a.id ORDER BY a.rowid""",
    "entities": "SELECT * FROM entities ORDER BY article_id, entity_id",
    "mentions": "SELECT * FROM mentions ORDER BY article_id, start",
    "quotes": "SELECT * FROM quotes ORDER BY article_id, idx",
    "dates": "SELECT * FROM dates ORDER BY article_id, idx",
    "events": "SELECT * FROM events ORDER BY article_id, idx",
    "clusters": "SELECT article_id, cluster_id, published FROM cluster_members ORDER BY cluster_id, seq",
    "errors": "SELECT * FROM errors ORDER BY source",
}
_INT_COLS = frozenset({"start", "end", "idx", "mentions", "relative", "seq"})
_FLOAT_COLS = frozenset({"tone", "confidence"})
_GDELT_BAD = re.compile(r"[\t\r\n|#;]+")


def export_records(store: Store, out: IO[str]) -> int:
    """Full Article records as JSON Lines (plus `cluster_id`); returns the count."""
    n = 0
    for row in store.rows("""SELECT a.record, c.cluster_id FROM articles a
                             LEFT JOIN cluster_members c ON c.article_id = a.id ORDER BY a.rowid"""):
        record = json.loads(row["record"])
        record["cluster_id"] = row["cluster_id"]
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def _table_rows(store: Store, table: str) -> Iterator[dict[str, Any]]:
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    return store.rows(TABLES[table])


def export_csv(store: Store, table: str, out: IO[str]) -> int:
    writer: csv.DictWriter[str] | None = None
    n = 0
    for row in _table_rows(store, table):
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)
        n += 1
    return n


def export_table_jsonl(store: Store, table: str, out: IO[str]) -> int:
    n = 0
    for row in _table_rows(store, table):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def _arrow_schema(names: list[str]) -> Any:
    import pyarrow as pa

    def kind(name: str) -> Any:
        return pa.int64() if name in _INT_COLS else pa.float64() if name in _FLOAT_COLS else pa.string()

    return pa.schema([(n, kind(n)) for n in names])


def export_parquet(store: Store, table: str, path: Path) -> int:
    """One table as a zstd Parquet file, written in batches."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    cur = store.conn.execute(TABLES[table])
    names = [d[0] for d in cur.description]
    schema = _arrow_schema(names)
    n = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        while rows := cur.fetchmany(BATCH):
            cols = [[r[i] if r[i] is None or schema.field(i).type != pa.string() else str(r[i]) for r in rows]
                    for i in range(len(names))]
            writer.write_table(pa.Table.from_arrays(cols, schema=schema))
            n += len(rows)
    return n


# -- GDELT ------------------------------------------------------------------
def _clean(text: str | None) -> str:
    return _GDELT_BAD.sub(" ", text or "").strip()


def _stamp(value: str | None) -> str:
    """ISO date/datetime -> GDELT YYYYMMDDHHMMSS ('' when unknown)."""
    digits = re.sub(r"\D", "", value or "")[:14]
    return digits.ljust(14, "0") if len(digits) >= 8 else ""


_PRECISION = {"year": "1", "month": "2", "week": "4", "day": "4"}
_PLACES = frozenset({"GPE", "LOC"})


def _geo(place: Place | None) -> list[str]:
    """A place as GDELT's 8 geography columns: type, full name, FIPS country, ADM1, ADM2, lat, long, feature id."""
    if place is None:
        return [""] * 8
    feature = place.id[3:] if place.id.startswith("gn:") and place.kind not in ("country", "adm1") else (
        place.adm1 or place.fips or "")
    return [str(geo_type(place)), _clean(full_name(place)), place.fips or "", place.adm1 or "", "",
            _coord(place.lat), _coord(place.lon), feature]


def _coord(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _names(art: Article, types: set[str]) -> tuple[str, str]:
    ents = [e for e in art.entities if e.type in types]
    v1 = ";".join(_clean(e.name) for e in ents)
    v2 = ";".join(f"{_clean(e.name)},{m.start}" for e in ents for m in e.mentions)
    return v1, v2


def _locations(art: Article) -> tuple[str, str]:
    """V1Locations (one per place) and V2EnhancedLocations (one per mention, with its offset)."""
    v1, v2 = [], []
    for e in art.entities:
        if e.type not in _PLACES or e.place is None:
            continue
        t, name, fips, adm1, _, lat, lon, feature = _geo(e.place)
        v1.append(f"{t}#{name}#{fips}#{adm1}#{lat}#{lon}#{feature}")
        for m in e.mentions:
            t, name, fips, adm1, adm2, lat, lon, feature = _geo(place_of(m.place) or e.place)
            v2.append(f"{t}#{name}#{fips}#{adm1}#{adm2}#{lat}#{lon}#{feature}#{m.start}")
    return ";".join(dict.fromkeys(v1)), ";".join(v2)


def _tone(art: Article) -> str:
    if art.tone is None:
        return ""
    t = art.tone
    words = t.words or len(art.body.split())
    return (f"{t.score:.4f},{t.positive:.4f},{t.negative:.4f},{t.polarity:.4f},{t.activity:.4f},"
            f"{t.self_reference:.4f},{words}")


def _dates(art: Article) -> str:
    out = []
    for d in art.dates:
        parts = ((week_as_monday(d.value) or "").split("-") + ["0", "0"])[:3]
        if not all(p.isdigit() for p in parts):
            continue
        year, month, day = parts[0], int(parts[1]), int(parts[2])
        out.append(f"{_PRECISION.get(d.precision, '4')}#{month}#{day}#{year}#{d.start}")
    return ";".join(out)


def _quotations(art: Article) -> str:
    return "#".join(f"{q.start}|{q.end - q.start}|{_clean(q.verb)}|{_clean(q.text)}" for q in art.quotes)


def gkg_row(art: Article, n: int, ingested: str | None = None) -> list[str]:
    """One article as the 27 columns of a GDELT GKG 2.1 record."""
    date = _stamp(art.published) or _stamp(ingested)
    persons, persons2 = _names(art, {"PERSON"})
    orgs, orgs2 = _names(art, {"ORG"})
    locs, locs2 = _locations(art)
    allnames = ";".join(f"{_clean(e.name)},{m.start}" for e in art.entities if e.type in {"EVENT", "OTHER"}
                        for m in e.mentions)
    lang = "srclc:ind" if art.language == "id" else (f"srclc:{art.language}" if art.language else "")
    extras = f"<PAGE_TITLE>{_clean(art.title)}</PAGE_TITLE>" if art.title else ""
    return [
        f"{date}-{n}", date, "1", _clean(art.outlet), art.url or art.source or art.id,
        "", "", "", "", locs, locs2, persons, persons2, orgs, orgs2, _tone(art), _dates(art),
        "", "", "", "", "", _quotations(art), allnames, "", lang, extras,
    ]


def export_gkg(store: Store, out: IO[str]) -> int:
    """Every article as a GDELT GKG 2.1 row (tab separated, no header)."""
    n = 0
    for row in store.rows("SELECT record, ingested_at FROM articles ORDER BY rowid"):
        art = Article.from_dict(json.loads(row["record"]))
        out.write("\t".join(gkg_row(art, n, row["ingested_at"])) + "\n")
        n += 1
    return n


def _quad(cameo: str | None) -> str:
    if not cameo or not cameo[:2].isdigit():
        return ""
    root = int(cameo[:2])
    return "1" if root <= 5 else "2" if root <= 8 else "3" if root <= 13 else "4"


def _actor(name: str | None, country: str | None, sector: str | None) -> list[str]:
    code = f"{country or ''}{sector or ''}"
    return [code, _clean(name).upper(), country or "", "", "", "", "", sector or "", "", ""]


def event_row(ev: dict[str, Any], n: int) -> list[str]:
    """One stored event as the 61 columns of a GDELT Events 2.0 record."""
    day = re.sub(r"\D", "", ev["day"] or "")[:8]
    year, month = day[:4], day[4:6]
    fraction = f"{int(year) + (int(month or 1) - 1) / 12:.4f}" if year else ""
    cameo = ev["cameo"] or ""
    action = Place(id=ev["place_id"], name=ev["place_name"], kind=ev["place_kind"], country=ev["place_country"],
                   fips=ev["place_fips"], adm1=ev["place_adm1"], lat=ev["lat"], lon=ev["lon"]) if ev["place_id"] else None
    return [
        str(n), day.ljust(8, "0") if day else "", day[:6], year, fraction,
        *_actor(ev["source_name"], ev["source_country"], ev["source_sector"]),
        *_actor(ev["target_name"], ev["target_country"], ev["target_sector"]),
        "1", cameo, cameo[:3], cameo[:2], _quad(cameo), "", str(ev["mentions"]), str(ev["sources"]),
        str(ev["articles"]),
        f"{ev['tone']:.4f}" if ev["tone"] is not None else "",
        *_geo(_country_place(ev["source_country"])), *_geo(_country_place(ev["target_country"])), *_geo(action),
        _stamp(ev["ingested_at"]), ev["url"] or ev["source"] or "",
    ]


def _country_place(iso3: str | None) -> Place | None:
    """An actor's geography: its country (GDELT's ActorGeo is the place tied to the actor)."""
    entry = load_gazetteer().country(iso3) if iso3 else None
    return entry.place() if entry else None


def export_gdelt_events(store: Store, out: IO[str]) -> int:
    """One GDELT Events 2.0 row per event: its first report stands for it, and NumMentions,
    NumSources and NumArticles count its reports, outlets and articles across the store."""
    sql = """WITH clusters AS (
                 SELECT r.cluster_id, COUNT(*) AS mentions, COUNT(DISTINCT a.outlet) AS sources,
                        COUNT(DISTINCT r.article_id) AS articles, MIN(a.rowid * 100000 + r.idx) AS first
                 FROM event_reports r JOIN articles a ON a.id = r.article_id GROUP BY r.cluster_id)
             SELECT e.*, COALESCE(e.date, substr(a.published, 1, 10), substr(a.ingested_at, 1, 10)) AS day,
                    a.tone, a.url, a.source, a.ingested_at, k.mentions, k.sources, k.articles
             FROM clusters k JOIN articles a ON a.rowid = k.first / 100000
             JOIN events e ON e.article_id = a.id AND e.idx = k.first % 100000
             ORDER BY a.rowid, e.idx"""
    n = 0
    for ev in store.rows(sql):
        ev["day"] = week_as_monday(ev["day"])  # a week-precision date: its Monday
        n += 1
        out.write("\t".join(event_row(ev, n)) + "\n")
    return n


FORMATS = ("jsonl", "csv", "parquet", "gkg", "events")


def export(store: Store, path: Path, fmt: str, table: str = "articles") -> int:
    """Write `path` in `fmt` (jsonl = full records unless a table is named); returns the rows written."""
    if fmt == "parquet":
        return export_parquet(store, table, path)
    with open(path, "w", encoding="utf-8", newline="") as out:
        if fmt == "jsonl":
            return export_records(store, out) if table == "records" else export_table_jsonl(store, table, out)
        if fmt == "csv":
            return export_csv(store, table, out)
        if fmt == "gkg":
            return export_gkg(store, out)
        if fmt == "events":
            return export_gdelt_events(store, out)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
