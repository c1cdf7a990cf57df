"""The cluster path: the same `process()` over Spark partitions, results to Parquet.

Each executor imports Warta once per Python worker (models load lazily, once),
then `mapPartitions` streams its files through `process_many`, read by the same
readers as `warta ingest` (article files, WARC, JSON Lines, feeds), so an article
gets the same id on either path. A bad input becomes an error row with its source
and reason; it never fails the job. Two link tables follow:

- `<out>_clusters` (article id, cluster id): syndication, by the store's MinHash
  signatures and LSH bands: articles whose estimated similarity reaches the
  threshold are linked, and each connected group takes the id of its earliest
  member (by published date, then id);
- `<out>_event_clusters` (article id, event index, cluster id): the events of every
  article linked across articles by the rule the store uses (`warta.event_clusters`),
  within partitions of one event type, source country and month (reports of one
  act either side of a month's end stay apart).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from warta.doc import DEFAULT, Options
from warta.errors import InputError, WartaError
from warta.event_clusters import Report, cluster_reports, report
from warta.model import Article, RawDoc
from warta.pipeline import Done, process_many
from warta.sources import CONTAINERS, open_sources
from warta.sources.path import is_article_file, raw_from_bytes

COLUMNS = ("source", "id", "outlet", "language", "title", "published", "body", "record", "error")


def readable(name: str) -> bool:
    """A file Spark should read: an article file or a container of articles."""
    return is_article_file(name) or name.lower().endswith(CONTAINERS)


def items(uri: str, data: bytes) -> Iterator[RawDoc | WartaError]:
    """One file's articles, read by the readers `warta ingest` uses. A local file is named as the local
    reader names it (its path), so both paths give an article the same id; a container is read from a
    temporary copy, its items renamed after the file."""
    path = unquote(urlparse(uri).path) if uri.startswith("file:") else uri
    if is_article_file(path):
        try:
            yield raw_from_bytes(path, data)
        except InputError as err:
            yield err
        return
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder) / Path(path).name
        tmp.write_bytes(data)
        prefix = str(tmp.resolve())
        for item in open_sources([tmp]):
            name = item.source.replace(prefix, path, 1)
            if isinstance(item, WartaError):
                yield InputError(name, item.reason)
            else:
                item.source = name
                yield item


def process_partition(files: Iterable[tuple[str, bytes]], options: Options = DEFAULT) -> Iterator[tuple[Any, ...]]:
    """(path, bytes) pairs -> one row per article: its main fields, its full JSON and its MinHash
    signature, or the error."""
    for res in process_many((item for uri, data in files for item in items(uri, data)), options):
        if not isinstance(res, Done):
            yield (res.source, None, None, None, None, None, None, None, res.reason, None)
            continue
        art = res.article
        record = json.dumps(art.to_dict(), ensure_ascii=False)
        sig = res.sig.tobytes()
        yield (res.source, art.id, art.outlet, art.language, art.title, art.published, art.body, record, None, sig)


def band_rows(article_id: str, published: str | None, sig: bytes) -> Iterator[tuple[tuple[int, int], tuple[str, str, bytes]]]:
    """An article under each of its LSH band keys, as the store's syndication index files it."""
    import numpy as np

    from warta.cluster import band_keys

    for band, key in enumerate(band_keys(np.frombuffer(sig, dtype=np.uint64))):
        yield (band, key), (published or "9999", article_id, sig)


def similar_pairs(members: Iterable[tuple[str, str, bytes]]) -> Iterator[tuple[str, str]]:
    """Pairs of one band bucket whose estimated similarity reaches the store's threshold."""
    import numpy as np

    from warta.cluster import THRESHOLD, similarity

    group = sorted(set(members))
    for i, (_, a, sa) in enumerate(group):
        for _, b, sb in group[i + 1:]:
            if similarity(np.frombuffer(sa, dtype=np.uint64), np.frombuffer(sb, dtype=np.uint64)) >= THRESHOLD:
                yield a, b


def syndication_clusters(pairs: Iterable[tuple[str, str]], order: dict[str, str]) -> dict[str, str]:
    """Connected groups of linked articles -> the id of each group's earliest member (`order`: an
    article's published date, for sorting); articles linked to nothing are their own cluster."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            first, second = sorted((ra, rb), key=lambda x: (order.get(x, "9999"), x))
            parent[second] = first
    return {x: find(x) for x in parent}


def event_reports(record: str) -> Iterator[tuple[str, tuple[str, Report]]]:
    """An article's events as (partition, (published, report)): a partition holds one event type, one
    source country and one month (of the end of the act's period), so reports that could link share
    one, except across a month's end."""
    art = Article.from_dict(json.loads(record))
    for idx, e in enumerate(art.events):
        r = report(art, idx, e)
        country = (r.source or "|").split("|", 1)[1].split(" ")[0]
        yield f"{r.type}:{country}:{(r.day_end or 'undated')[:7]}", (art.published or "", r)


def link_partition(items: Iterable[tuple[str, Report]]) -> Iterator[tuple[str, str, str]]:
    """One partition's reports linked, oldest first, by the rule the store uses."""
    ordered = [r for _, r in sorted(items, key=lambda x: (x[0], x[1].key))]
    for (article_id, idx), cid in cluster_reports(ordered).items():
        yield article_id, str(idx), cid


def run(inputs: list[str], out: str, master: str = "local[*]", options: Options = DEFAULT) -> tuple[int, int]:
    """Process every article under `inputs` on Spark; write Parquet to `out` and the link tables beside
    it. Returns (articles, errors)."""
    from pyspark.sql import SparkSession
    from pyspark.sql.types import BinaryType, StringType, StructField, StructType

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # local workers use this interpreter, with Warta in it

    spark = (SparkSession.builder.master(master).appName("warta")
             .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate())
    try:
        sc = spark.sparkContext
        files = sc.union([sc.binaryFiles(p) for p in inputs])
        files = files.filter(lambda kv: readable(kv[0]))
        schema = StructType([*(StructField(c, StringType()) for c in COLUMNS), StructField("sig", BinaryType())])
        rows = files.mapPartitions(lambda part: process_partition(part, options))
        df = spark.createDataFrame(rows, schema).cache()
        df.drop("sig").write.mode("overwrite").parquet(out)
        ok = df.filter(df.error.isNull())
        base = out.rstrip("/")
        pairs = (ok.rdd.flatMap(lambda row: band_rows(row.id, row.published, row.sig))
                 .groupByKey().flatMap(lambda kv: similar_pairs(kv[1])).distinct().collect())
        order = dict(ok.filter(ok.id.isin(sorted({x for p in pairs for x in p}))).select("id", "published")
                     .rdd.map(lambda r: (r.id, r.published or "9999")).collect()) if pairs else {}
        clusters = sc.broadcast(syndication_clusters(pairs, order))
        cluster_schema = StructType([StructField(c, StringType()) for c in ("article_id", "cluster_id")])
        spark.createDataFrame(ok.rdd.map(lambda row: (row.id, clusters.value.get(row.id, row.id))),
                              cluster_schema).write.mode("overwrite").parquet(base + "_clusters")
        links = (ok.rdd.flatMap(lambda row: event_reports(row.record))
                 .groupByKey().flatMap(lambda kv: link_partition(kv[1])))
        link_schema = StructType([StructField(c, StringType()) for c in ("article_id", "idx", "cluster_id")])
        spark.createDataFrame(links, link_schema).write.mode("overwrite").parquet(base + "_event_clusters")
        errors = df.filter(df.error.isNotNull()).count()
        return df.count() - errors, errors
    finally:
        spark.stop()
