"""The crawl frontier, kept in SQLite so a killed crawl resumes where it stopped.

Rows are listing pages and article pages of a site, each ``queued``,
``done`` or ``failed``. A listing walk in progress is recognised by queued
listing rows; a finished walk deletes its listing rows so the next run walks
from page 1 again (incremental crawling). Storage only: no HTTP here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

import sqlite_utils

from .archive import now_utc

LISTING, ARTICLE = "listing", "article"
QUEUED, DONE, FAILED = "queued", "done", "failed"


def add(
    db: sqlite_utils.Database,
    urls: Iterable[str],
    *,
    site: str,
    kind: str,
    listing_url: str | None = None,
    page_nos: dict[str, int | None] | None = None,
    run_id: int | None = None,
) -> list[str]:
    """Queue URLs not yet in the frontier; returns the ones that were new."""
    stamp = now_utc()
    added = []
    for url in urls:
        cur = db.conn.execute(
            "INSERT OR IGNORE INTO frontier (url, site, kind, state, listing_url, page_no,"
            " discovered_at, updated_at, run_id) VALUES (?,?,?,?,?,?,?,?,?)",
            (url, site, kind, QUEUED, listing_url, (page_nos or {}).get(url), stamp, stamp, run_id),
        )
        if cur.rowcount:
            added.append(url)
    return added


def requeue(db: sqlite_utils.Database, urls: Iterable[str], *, site: str, kind: str) -> int:
    """Queue URLs again whatever their state (refreshes, retries)."""
    stamp = now_utc()
    n = 0
    for url in urls:
        cur = db.conn.execute(
            "INSERT INTO frontier (url, site, kind, state, discovered_at, updated_at)"
            " VALUES (?,?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET state=excluded.state,"
            " updated_at=excluded.updated_at WHERE frontier.state != 'queued'",
            (url, site, kind, QUEUED, stamp, stamp),
        )
        n += cur.rowcount
    return n


def mark(db: sqlite_utils.Database, url: str, state: str) -> None:
    db.conn.execute(
        "UPDATE frontier SET state = ?, updated_at = ? WHERE url = ?", (state, now_utc(), url)
    )


def next_listing(db: sqlite_utils.Database, site: str) -> str | None:
    """The queued listing page with the lowest page number (unnumbered ones last)."""
    row = db.conn.execute(
        "SELECT url FROM frontier WHERE site = ? AND kind = 'listing' AND state = 'queued'"
        " ORDER BY page_no IS NULL, page_no, rowid LIMIT 1",
        (site,),
    ).fetchone()
    return row[0] if row else None


def queued_articles(db: sqlite_utils.Database, site: str, limit: int = 1000) -> list[str]:
    return [
        r[0]
        for r in db.conn.execute(
            "SELECT url FROM frontier WHERE site = ? AND kind = 'article' AND state = 'queued'"
            " ORDER BY rowid LIMIT ?",
            (site, limit),
        )
    ]


def count(db: sqlite_utils.Database, site: str, kind: str, state: str) -> int:
    row = db.conn.execute(
        "SELECT count(*) FROM frontier WHERE site = ? AND kind = ? AND state = ?",
        (site, kind, state),
    ).fetchone()
    return int(row[0])


def walk_in_progress(db: sqlite_utils.Database, site: str) -> bool:
    return count(db, site, LISTING, QUEUED) > 0


def finish_walk(db: sqlite_utils.Database, site: str) -> None:
    """Forget listing pages after a complete walk: the next run starts from page 1."""
    db.conn.execute("DELETE FROM frontier WHERE site = ? AND kind = 'listing'", (site,))


def known_articles(
    db: sqlite_utils.Database, urls: list[str], *, before: str | None = None
) -> set[str]:
    """Which of ``urls`` are already archived (first seen before ``before``, when given).

    An incremental walk stops on articles known *before this run*: articles
    stored minutes ago by the same run (reached again through an alias of page
    1, say) must not end a first crawl early.
    """
    if not urls:
        return set()
    marks = ",".join("?" * len(urls))
    sql = f"SELECT url FROM articles WHERE url IN ({marks})"
    params: list[str] = list(urls)
    if before is not None:
        sql += " AND first_seen < ?"
        params.append(before)
    return {r[0] for r in db.conn.execute(sql, params).fetchall()}


def retry_failed(db: sqlite_utils.Database, site: str) -> int:
    """Queue the articles that failed in earlier runs again (they may work now)."""
    cur = db.conn.execute(
        "UPDATE frontier SET state = 'queued', updated_at = ? WHERE site = ? AND kind = 'article'"
        " AND state = 'failed'",
        (now_utc(), site),
    )
    return cur.rowcount


def recent_articles(db: sqlite_utils.Database, site: str, days: int) -> list[str]:
    """Articles published in the last ``days`` days (their view counts are still moving)."""
    if days <= 0:
        return []
    since = (datetime.now(UTC) + timedelta(hours=7) - timedelta(days=days)).date().isoformat()
    return [
        r[0]
        for r in db.conn.execute(
            "SELECT url FROM articles WHERE site = ? AND published_at >= ?", (site, since)
        )
    ]


def record_failure(
    db: sqlite_utils.Database,
    url: str,
    *,
    site: str,
    kind: str,
    reason: str,
    message: str,
    status: int | None,
    run_id: int | None,
) -> None:
    stamp = now_utc()
    db.conn.execute(
        "INSERT INTO failures (url, site, kind, reason, message, status, attempts, first_failed,"
        " last_failed, run_id) VALUES (?,?,?,?,?,?,1,?,?,?) ON CONFLICT(url) DO UPDATE SET"
        " reason=excluded.reason, message=excluded.message, status=excluded.status,"
        " attempts=failures.attempts+1, last_failed=excluded.last_failed, run_id=excluded.run_id",
        (url, site, kind, reason, message, status, stamp, stamp, run_id),
    )


def clear_failure(db: sqlite_utils.Database, url: str) -> None:
    db.conn.execute("DELETE FROM failures WHERE url = ?", (url,))
