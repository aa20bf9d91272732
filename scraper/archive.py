"""Writing and reading archived articles, raw pages, revisions and view snapshots.

Everything a fetched article changes is written in one transaction: its raw
page, the article row (insert, or update with the old version kept in
``revisions``), a view-count snapshot, the search index and its frontier
state. A killed process therefore leaves either all of it or none of it.
Knows nothing of HTTP: it stores :class:`~scraper.models.FetchResult` values.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Literal

import sqlite_utils

from . import search
from .errors import StorageError
from .models import ARTICLE_FIELDS, Article, FetchResult

try:  # a dependency where wheels exist: ISA-L writes the same zlib format ~10x faster
    from isal import isal_zlib as _isal_zlib
except ImportError:  # pragma: no cover - platforms without an isal wheel
    _isal_zlib = None

Outcome = Literal["new", "updated", "unchanged"]
HASHED_FIELDS = ("title", "published_at", "author", "body")


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (autocommit connection).

    SQLite failures (disk full, read-only file, lock timeout) come out as one-line
    :class:`StorageError`; nothing written inside the block is kept.
    """
    conn = db.conn
    if conn.in_transaction:  # nested use joins the outer transaction
        yield conn
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:  # SQLite may already have rolled back (disk full)
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        # Disk full, read-only file, locked too long, a corrupt page: nothing of this
        # transaction was kept, and the user gets one line instead of a traceback.
        raise StorageError(f"cannot write to the database: {exc}") from exc


def content_hash(fields: dict) -> str:
    """sha256 over the fields that make a revision (views excluded: they change daily)."""
    payload = json.dumps([fields.get(k) for k in HASHED_FIELDS], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def compress(raw: bytes) -> bytes:
    """zlib-format bytes of ``raw`` (read back with :func:`zlib.decompress`).

    Pages full of random ``__VIEWSTATE`` cost zlib ~2.4 ms per 78 KB page even at
    level 1; ISA-L level 2, when installed, produces the same format ~10x faster
    for a few percent more bytes. Level 1 with plain zlib: a crawl spends its CPU
    budget per page, disk is cheap.
    """
    if _isal_zlib is not None:
        return _isal_zlib.compress(raw, 2)
    return zlib.compress(raw, 1)


def pack_page(raw: bytes) -> tuple[bytes, str]:
    """A raw page as stored: its compressed bytes and the sha256 of the original."""
    return compress(raw), hashlib.sha256(raw).hexdigest()


def decompress(blob: bytes) -> bytes:
    return zlib.decompress(blob)


def store_page(
    db: sqlite_utils.Database,
    result: FetchResult,
    *,
    site: str,
    kind: str,
    encoding: str | None,
    packed: tuple[bytes, str],
) -> int:
    """Insert one raw fetched page; returns its id. Call inside a transaction.

    ``packed``: :func:`pack_page` of the body, computed before (in a parse worker,
    when there are any), so that no compression runs inside the transaction.
    """
    body, digest = packed
    cur = db.conn.execute(
        "INSERT INTO pages (url, final_url, site, kind, status, headers, request_headers,"
        " request_body, http_version, fetched_at, content_type, encoding, size, sha256, body)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            result.url,
            result.final_url,
            site,
            kind,
            result.status,
            json.dumps(result.headers, ensure_ascii=False),
            json.dumps(result.request_headers, ensure_ascii=False),
            result.request_body,
            result.http_version,
            result.fetched_at,
            result.content_type,
            encoding,
            len(result.content),
            digest,
            body,
        ),
    )
    return int(cur.lastrowid or 0)


def upsert_article(
    db: sqlite_utils.Database, art: Article, *, page_id: int | None, fetched_at: str
) -> tuple[int, Outcome]:
    """Insert or update the article by canonical URL, keeping old versions. In a transaction."""
    conn = db.conn
    fields = art.fields()
    digest = content_hash(fields)
    row = conn.execute(
        "SELECT id, title, published_at, author, body, content_hash, page_id, last_fetched"
        " FROM articles WHERE url = ?",
        (art.url,),
    ).fetchone()
    outcome: Outcome
    record = (art.site, art.title, art.published_at, art.author, art.body, art.views, art.profile)
    if row is None:
        cur = conn.execute(
            "INSERT INTO articles (site, title, published_at, author, body, views, profile,"
            " url, first_seen, last_fetched, content_hash, page_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (*record, art.url, fetched_at, fetched_at, digest, page_id),
        )
        article_id, outcome = int(cur.lastrowid or 0), "new"
    else:
        article_id = int(row[0])
        old = dict(zip(HASHED_FIELDS, row[1:5], strict=True))
        old_digest = content_hash(old)
        # Compare the stored fields themselves, not the stored hash: a row edited by
        # other tools (or an older govnews) must still be seen as changed.
        outcome = "unchanged" if old_digest == digest else "updated"
        if outcome == "updated":
            changed = [k for k in HASHED_FIELDS if old[k] != fields[k]]
            conn.execute(
                "INSERT INTO revisions (article_id, url, replaced_at, changed, title, published_at,"
                " author, body, content_hash, page_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    article_id,
                    art.url,
                    fetched_at,
                    json.dumps(changed),
                    *row[1:5],
                    old_digest,
                    row[6],
                ),
            )
        conn.execute(
            "UPDATE articles SET site=?, title=?, published_at=?, author=?, body=?, views=?,"
            " profile=?, last_fetched=?, content_hash=?, page_id=COALESCE(?, page_id) WHERE id=?",
            (*record, fetched_at, digest, page_id, article_id),
        )
    conn.execute(
        "INSERT OR REPLACE INTO view_snapshots (article_id, fetched_at, views) VALUES (?,?,?)",
        (article_id, fetched_at, art.views),
    )
    if outcome != "unchanged":
        search.index_articles(db, [article_id])
    return article_id, outcome


def record_attachment(
    db: sqlite_utils.Database,
    article_url: str,
    url: str,
    *,
    content_type: str | None,
    size: int | None,
    status: int | None,
    fetched_at: str | None,
) -> None:
    db.conn.execute(
        "INSERT OR REPLACE INTO attachments (article_url, url, content_type, size, status, fetched_at)"
        " VALUES (?,?,?,?,?,?)",
        (article_url, url, content_type, size, status, fetched_at),
    )


def article_by_url(db: sqlite_utils.Database, url: str) -> dict | None:
    rows = list(db.query("SELECT * FROM articles WHERE url = ?", [url]))
    return rows[0] if rows else None


def view_series(db: sqlite_utils.Database, url: str) -> list[tuple[str, int | None]]:
    """(fetched_at, views) snapshots of one article, oldest first."""
    return [
        (r["fetched_at"], r["views"])
        for r in db.query(
            "SELECT s.fetched_at, s.views FROM view_snapshots s JOIN articles a"
            " ON a.id = s.article_id WHERE a.url = ? ORDER BY s.fetched_at",
            [url],
        )
    ]


def raw_page(db: sqlite_utils.Database, page_id: int) -> tuple[dict, bytes] | None:
    """A stored page's row (without body) and its raw bytes."""
    rows = list(db.query("SELECT * FROM pages WHERE id = ?", [page_id]))
    if not rows:
        return None
    row = rows[0]
    body = decompress(row.pop("body"))
    return row, body


def latest_page(db: sqlite_utils.Database, url: str) -> tuple[dict, bytes] | None:
    """The most recently stored page fetched as ``url``: its row and raw bytes."""
    row = db.conn.execute(
        "SELECT id FROM pages WHERE url = ? ORDER BY id DESC LIMIT 1", (url,)
    ).fetchone()
    return raw_page(db, row[0]) if row else None


__all__ = [
    "ARTICLE_FIELDS",
    "Outcome",
    "transaction",
    "content_hash",
    "store_page",
    "upsert_article",
    "record_attachment",
    "article_by_url",
    "view_series",
    "raw_page",
    "latest_page",
    "now_utc",
]
