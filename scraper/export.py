"""Archival export of a govnews database: JSONL, CSV or WARC plus a datapackage.json.

``export`` validates everything first (format, dates, output path, schema, a non-empty
selection), then streams rows from one read transaction into a hidden sibling
directory, fsyncs it and renames it to ``out``. ``verify`` (from
:mod:`scraper.datapackage`) re-checks an export.

Layout of ``out``: ``articles.jsonl`` | ``articles.csv`` | ``govnews.warc.gz``, and
``datapackage.json``. Columns and encodings: :mod:`scraper.export_tabular`; WARC records:
:mod:`scraper.export_warc`.

Selection: ``site`` is exact; ``since``/``until`` are inclusive dates compared with the
date part of ``published_at`` (articles without one are left out when a date is given).
The WARC takes every stored fetch of the selected site(s); with a date filter, every
fetch of the selected articles (re-fetches included) plus all listing pages of the
sites those articles belong to.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from .datapackage import VerifyReport, descriptor, dumps, resource, verify
from .db import schema_version
from .errors import UsageError
from .export_atomic import DESCRIPTOR, AtomicDir, HashingWriter
from .export_select import (
    COLUMNS,
    EmptySelection,
    Selection,
    check_format,
    check_schema,
    count,
    empty_message,
    iter_rows,
)
from .export_tabular import write_csv, write_jsonl
from .export_warc import WARC_NAME, WarcExport

__all__ = ["EmptySelection", "ExportResult", "VerifyReport", "export", "verify"]

DATA_FILES = {"jsonl": "articles.jsonl", "csv": "articles.csv", "warc": WARC_NAME}
Progress = Callable[[int, int], None]


@dataclass
class ExportResult:
    out_dir: Path
    files: list[Path]
    records: dict[str, int]
    seconds: float


class _Span:
    """Sites and min/max times seen while streaming (no second pass over the data)."""

    def __init__(self) -> None:
        self.sites: set[str] = set()
        self.bounds: dict[str, list[str | None]] = {
            "fetched_at": [None, None],
            "published_at": [None, None],
        }

    def see(self, key: str, lo: str | None, hi: str | None = None) -> None:
        b = self.bounds[key]
        hi = lo if hi is None else hi
        if lo is not None and (b[0] is None or lo < b[0]):
            b[0] = lo
        if hi is not None and (b[1] is None or hi > b[1]):
            b[1] = hi

    def as_dict(self) -> dict[str, dict[str, str | None]]:
        return {k: {"min": v[0], "max": v[1]} for k, v in self.bounds.items()}


class _Ticker:
    """Calls ``progress(done, total)`` about a hundred times per export, and at the end."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = total
        self.done = 0
        self.step = max(1, min(500, total // 100))
        if progress:
            progress(0, total)

    def __call__(self) -> None:
        self.done += 1
        if self.progress and (self.done % self.step == 0 or self.done == self.total):
            self.progress(self.done, self.total)


def _db_file(db: sqlite_utils.Database) -> Path | None:
    for _, name, file in db.conn.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file)
    return None


def export(
    db: sqlite_utils.Database,
    fmt: str,
    out: str | Path,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Export the selected articles (and for WARC their pages) into directory ``out``.

    Raises :class:`UsageError` for a bad format, date or output path,
    :class:`EmptySelection` (exit code 3) when nothing matches, and
    :class:`StorageError` for a database lacking tables or columns. On any error,
    or an exception raised by ``progress``, nothing is left under ``out``.
    """
    started = time.perf_counter()
    fmt = check_format(fmt)
    sel = Selection.build(site, since, until)
    target = AtomicDir(out, force=force, protect=_db_file(db))
    check_schema(db, fmt)
    conn = db.conn
    own_txn = not conn.in_transaction
    if own_txn:
        conn.execute("BEGIN")  # one snapshot: counts and rows agree even while a crawl writes
    try:
        a_where = sel.article_where("a")
        n_articles = count(conn, f"SELECT count(*) FROM articles a WHERE {a_where}", sel.params)
        n_pages = 0
        if fmt == "warc":
            p_where = sel.page_where("p")
            n_pages = count(conn, f"SELECT count(*) FROM pages p WHERE {p_where}", sel.params)
        if n_articles == 0 and n_pages == 0:
            raise EmptySelection(empty_message(conn, sel))
        tmp = target.create()
        try:
            span = _Span()
            ticker = _Ticker(progress, n_articles + n_pages)
            name = DATA_FILES[fmt]
            path = target.path(name)
            with open(path, "xb") as fh:
                sink = HashingWriter(fh)
                if fmt == "warc":
                    records, extra = _write_warc(conn, sel, sink, span, ticker)
                else:
                    records, extra = _write_tabular(conn, sel, fmt, sink, span, ticker)
                fh.flush()
            res = resource(fmt, name, sink.bytes, sink.sha256.hexdigest(), records)
            res |= extra
            filters = {
                "site": sel.site,
                "since": sel.since and sel.since.isoformat(),
                "until": sel.until and sel.until.isoformat(),
            }
            desc = descriptor(
                fmt,
                [res],
                filters=filters,
                sites=sorted(span.sites),
                span=span.as_dict(),
                schema_version=schema_version(db),
            )
            with open(target.path(DESCRIPTOR), "xb") as fh:
                fh.write(dumps(desc))
            files = sorted(p.name for p in tmp.iterdir())
            target.commit()
        except OSError as exc:
            target.abort()
            raise UsageError(
                f"cannot write export to {target.final}: {exc.strerror or exc}"
            ) from None
        except BaseException:
            target.abort()
            raise
    finally:
        if own_txn and conn.in_transaction:
            conn.execute("ROLLBACK")  # read-only transaction
    counts = {"articles": n_articles}
    if fmt == "warc":
        counts |= {"pages": n_pages, "warc_records": records}
    return ExportResult(
        out_dir=target.final,
        files=[target.final / f for f in files],
        records=counts,
        seconds=time.perf_counter() - started,
    )


def _write_tabular(
    conn: Any, sel: Selection, fmt: str, sink: HashingWriter, span: _Span, ticker: _Ticker
) -> tuple[int, dict[str, Any]]:
    cols = ", ".join(f"a.{c}" for c in COLUMNS)
    sql = f"SELECT {cols} FROM articles a WHERE {sel.article_where('a')} ORDER BY a.id"

    def tick(rec: dict[str, Any]) -> None:
        span.sites.add(rec["site"])
        span.see("published_at", rec["published_at"])
        span.see("fetched_at", rec["first_seen"], rec["last_fetched"])
        ticker()

    write = write_jsonl if fmt == "jsonl" else write_csv
    return write(sink, iter_rows(conn, sql, sel.params), tick), {}


def _write_warc(
    conn: Any, sel: Selection, sink: HashingWriter, span: _Span, ticker: _Ticker
) -> tuple[int, dict[str, Any]]:
    warc = WarcExport(sink, uuid.uuid4())
    info = {
        "isPartOf": "govnews export",
        "description": (
            "Pages fetched by govnews. Bodies are stored as delivered after content and "
            "transfer decoding, so Content-Encoding/Transfer-Encoding were removed "
            "(kept as X-Govnews-Orig-*) and Content-Length is the stored length."
        ),
        "govnews-selection": sel.describe() or "all",
    }
    p_where = sel.page_where("p")
    try:
        warc.write_warcinfo(info)
        sql = f"SELECT p.* FROM pages p WHERE {p_where} ORDER BY p.id"
        for page in iter_rows(conn, sql, sel.params):
            span.sites.add(page["site"])
            span.see("fetched_at", page["fetched_at"])
            warc.write_page(page)
            ticker()
        sql = (
            "SELECT a.*, p.id AS p_id, p.url AS p_url, p.final_url AS p_final_url,"
            " p.fetched_at AS p_fetched_at,"
            f" p.sha256 AS p_sha256 FROM articles a LEFT JOIN pages p ON p.id = a.page_id"
            f" AND {p_where} WHERE {sel.article_where('a')} ORDER BY a.id"
        )
        for row in iter_rows(conn, sql, sel.params):
            span.sites.add(row["site"])
            span.see("published_at", row["published_at"])
            warc.write_article(row)
            ticker()
        warc.finish()
    except BaseException:
        warc.abort()
        raise
    total = sum(warc.counts.values())
    return total, {"warc_records": dict(warc.counts)}
