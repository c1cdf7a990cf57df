"""The cluster path: the same `process()` over Spark partitions, results to Parquet.

Each executor imports Warta once per Python worker (models load lazily, once),
then `mapPartitions` streams its files through `process`. A bad file becomes an
error row with its path and reason; it never fails the job.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import unquote, urlparse

from warta.errors import WartaError
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
        errors = df.filter(df.error.isNotNull()).count()
        return df.count() - errors, errors
    finally:
        spark.stop()
