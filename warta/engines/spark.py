"""The cluster path: the same `process()` over Spark partitions, results to Parquet.

Each executor imports Warta once per Python worker (models load lazily, once),
then `mapPartitions` streams its files through `process`. A bad file becomes an
error row with its path and reason; it never fails the job. The events of every article are then
linked across articles by the rule the store uses (`warta.event_clusters`), within partitions of
one event type, source country and month (reports of one act either side of a month's end stay
apart), into
`<out>_event_clusters` (article id, event index, cluster id).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import unquote, urlparse

from warta.errors import WartaError
from warta.event_clusters import Report, cluster_reports, report
from warta.model import Article
from warta.pipeline import process
from warta.sources.path import is_article_file, raw_from_bytes

COLUMNS = ("source", "id", "outlet", "language", "title", "published", "body", "record", "error")


def process_partition(files: Iterable[tuple[str, bytes]], skip: tuple[str, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """(path, bytes) pairs -> one row per file: the article's main fields and full JSON, or the error."""
    for uri, data in files:
        # a local file is named as the local reader names it, so both give an article the same id
        path = unquote(urlparse(uri).path) if uri.startswith("file:") else uri
        try:
            art = process(raw_from_bytes(path, data), skip)
        except WartaError as err:
            yield (path, None, None, None, None, None, None, None, err.reason)
            continue
        record = json.dumps(art.to_dict(), ensure_ascii=False)
        yield (path, art.id, art.outlet, art.language, art.title, art.published, art.body, record, None)


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


def run(inputs: list[str], out: str, master: str = "local[*]", skip: tuple[str, ...] = ()) -> tuple[int, int]:
    """Process every article file under `inputs` on Spark; write Parquet to `out`. Returns (articles, errors)."""
    from pyspark.sql import SparkSession
    from pyspark.sql.types import StringType, StructField, StructType

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # local workers use this interpreter, with Warta in it

    spark = (SparkSession.builder.master(master).appName("warta")
             .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate())
    try:
        sc = spark.sparkContext
        files = sc.union([sc.binaryFiles(p) for p in inputs])
        files = files.filter(lambda kv: is_article_file(kv[0]))
        schema = StructType([StructField(c, StringType()) for c in COLUMNS])
        rows = files.mapPartitions(lambda part: process_partition(part, skip))
        df = spark.createDataFrame(rows, schema).cache()
        df.write.mode("overwrite").parquet(out)
        links = (df.filter(df.error.isNull()).rdd.flatMap(lambda row: event_reports(row.record))
                 .groupByKey().flatMap(lambda kv: link_partition(kv[1])))
        link_schema = StructType([StructField(c, StringType()) for c in ("article_id", "idx", "cluster_id")])
        spark.createDataFrame(links, link_schema).write.mode("overwrite").parquet(out.rstrip("/") + "_event_clusters")
        errors = df.filter(df.error.isNotNull()).count()
        return df.count() - errors, errors
    finally:
        spark.stop()
