"""Folding per-site shard databases (from ``crawl --cluster``) into one archive.

A cluster crawl writes one SQLite shard per site (``<shards>/<site>.db``, the
ordinary govnews schema). :func:`merge_shards` folds every shard into one
archive database:

- ``articles`` are upserted by canonical URL; the most recently fetched
  version stays current, the other one goes to ``revisions``.
- ``pages``, ``revisions`` and ``view_snapshots`` are copied under natural
  keys — pages by (url, fetched_at, sha256), revisions by (article, content
  hash, replaced_at), snapshots by their primary key — with article and page
  ids remapped, so merging the same shards twice yields the same rows.
- ``attachments`` and ``failures`` keep the newest observation; failures a
  shard has since cleared are dropped from the archive too.
- the search index is updated for every article whose content changed.

Merges are incremental: the archive remembers, per shard, the start of the
last crawl it merged (``meta`` key ``merge-watermark:<shard>``) and next time
reads only rows stamped from a day before it on, so a daily merge of
thousands of grown shards reads what is new, not everything again.

A shard that is corrupt, half-written (no govnews schema) or still being
crawled (its ``<shard>.lock`` is held) is reported and skipped, never merged.
Each shard is merged in one transaction of the archive, so an interrupted
merge leaves no partial shard behind. The archive's run lock is held
throughout, and the merge is recorded as one row of ``runs``.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import sqlite_utils

from . import search
from .archive import HASHED_FIELDS, transaction
from .db import SCHEMA_VERSION, connect
from .errors import UsageError
from .runs import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PARTIAL,
    RunCounts,
    RunLock,
    finish_run,
    start_run,
    try_flock,
)

# Tables a shard must have to be merged.
REQUIRED_TABLES = frozenset(
    {
        "meta",
        "articles",
        "pages",
        "revisions",
        "view_snapshots",
        "attachments",
        "failures",
        "frontier",
        "runs",
    }
)
# meta key (plus shard name) of the start of the last crawl merged from that shard.
WATERMARK_KEY = "merge-watermark:"
# Cluster nodes' clocks may disagree: rows up to this much older than the watermark
# are read again on the next merge (natural keys make that harmless).
WATERMARK_MARGIN = timedelta(days=1)
_ARTICLE_COLS = (
    "url, site, title, published_at, author, body, views, profile,"
    " first_seen, last_fetched, content_hash, page_id"
)
_PAGE_COLS = (
    "url, final_url, site, kind, status, headers, request_headers, request_body,"
    " http_version, fetched_at, content_type, encoding, size, sha256, body"
)


@dataclass
class MergeResult:
    """What a merge did: shards merged, shard articles folded in, shards skipped and why."""

    merged: int = 0
    articles: int = 0
    skipped: dict[str, str] = field(default_factory=dict)  # shard name -> problem
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    seconds: float = 0.0


class ShardProblem(Exception):
    """A shard that must not be merged; ``str()`` says why in a few words."""


@dataclass
class _Stats:
    articles: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0


def shard_paths(shard_dir: Path, target: Path) -> list[Path]:
    """The shard databases in ``shard_dir`` (sorted), never the target archive itself."""
    found = []
    for p in sorted(shard_dir.glob("*.db")):
        if not p.is_file():
            continue
        if target.exists() and os.path.samefile(p, target):
            continue
        found.append(p)
    return found


def merge_shards(shard_dir: str | Path, db_path: str | Path, *, full: bool = False) -> MergeResult:
    """Fold every shard ``shard_dir/*.db`` into the archive at ``db_path`` (see module doc).

    Each shard is read from its watermark on (``full`` reads every row again).
    """
    started = time.monotonic()
    shard_dir, target = Path(shard_dir), Path(db_path)
    if not shard_dir.is_dir():
        raise UsageError(f"shard directory {shard_dir} does not exist or is not a directory")
    shards = shard_paths(shard_dir, target)
    if not shards:
        raise UsageError(f"no shard databases (*.db) in {shard_dir}")
    result = MergeResult()
    with RunLock(target):
        db = connect(target)
        try:
            search.ensure_index(db)
            run_id = start_run(db, "merge", [p.stem for p in shards])
            try:
                for path in shards:
                    _merge_path(db, path, result, full)
            except BaseException as exc:
                interrupted = isinstance(exc, KeyboardInterrupt)
                finish_run(
                    db,
                    run_id,
                    status="interrupted" if interrupted else "failed",
                    exit_code=EXIT_INTERRUPTED if interrupted else EXIT_FAILED,
                    counts=_counts(result),
                    message=f"stopped after {result.merged} shards: {type(exc).__name__}",
                )
                raise
            result.seconds = time.monotonic() - started
            finish_run(
                db,
                run_id,
                status="partial" if result.skipped else "ok",
                exit_code=EXIT_PARTIAL if result.skipped else EXIT_OK,
                counts=_counts(result),
                message=f"merged {result.merged} shards ({result.articles} articles), "
                f"skipped {len(result.skipped)}",
            )
        finally:
            db.conn.close()
    return result


def _merge_path(db: sqlite_utils.Database, path: Path, result: MergeResult, full: bool) -> None:
    """Merge one shard in one transaction, or record why it was skipped."""
    stats = _Stats()
    key = f"{WATERMARK_KEY}{path.stem}"
    try:
        with _shard(path) as src, transaction(db):
            since = None if full else _since(db.conn, key)
            mark = _last_run_start(src)
            _merge_one(db, src, stats, since)
            if mark:
                db.conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, mark)
                )
    except ShardProblem as exc:
        result.skipped[path.stem] = str(exc)
        return
    result.merged += 1
    result.articles += stats.articles
    result.new += stats.new
    result.updated += stats.updated
    result.unchanged += stats.unchanged


def _since(conn: sqlite3.Connection, key: str) -> str | None:
    """Where to start reading a shard: its watermark less the clock-skew margin."""
    row = conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    try:
        stamp = datetime.fromisoformat(row[0]) if row else None
    except (TypeError, ValueError):
        return None
    if stamp is None or stamp.tzinfo is None:
        return None
    return (stamp - WATERMARK_MARGIN).isoformat(timespec="seconds")


def _counts(result: MergeResult) -> RunCounts:
    return RunCounts(
        new=result.new,
        updated=result.updated,
        unchanged=result.unchanged,
        failed=len(result.skipped),
    )


# -- opening and checking a shard ---------------------------------------------------


@contextmanager
def _shard(path: Path) -> Iterator[sqlite3.Connection]:
    """A checked, read-only connection to a shard, holding off crawls while open.

    Raises :class:`ShardProblem` when the shard is being crawled, is not a
    SQLite database, fails ``PRAGMA quick_check`` or lacks the govnews schema.
    """
    lock_fd = _share_lock(path)
    try:
        if path.stat().st_size == 0:
            raise ShardProblem("empty file (no govnews schema; crawl never got going?)")
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        except sqlite3.Error as exc:
            raise ShardProblem(f"cannot open: {exc}") from None
        try:
            _check(conn)
            yield conn
        finally:
            conn.close()
    finally:
        if lock_fd is not None:
            os.close(lock_fd)  # closing the descriptor drops the flock


def _share_lock(path: Path) -> int | None:
    """Take a shared flock on the shard's run lock file, if there is one.

    A crawl holds it exclusively (:class:`scraper.runs.RunLock`), so failing
    means a crawl is writing the shard; holding it keeps a crawl from starting
    mid-merge. No lock file means no crawl has ever locked the shard.
    """
    lock = Path(f"{path}.lock")
    try:
        fd = os.open(lock, os.O_RDONLY)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ShardProblem(f"cannot read lock file {lock.name}: {exc.strerror}") from None
    holder = try_flock(fd, fcntl.LOCK_SH)
    if holder is not None:
        raise ShardProblem(f"crawl in progress (pid {holder} holds {lock.name})")
    return fd


def _check(conn: sqlite3.Connection) -> None:
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            detail = "; ".join(str(r[0]) for r in rows[:3])
            raise ShardProblem(f"corrupt database (quick_check: {detail})")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise ShardProblem(f"corrupt or not a SQLite database ({exc})") from None
    missing = REQUIRED_TABLES - tables
    if missing:
        raise ShardProblem(
            f"no govnews schema (missing tables: {', '.join(sorted(missing))}); half-written shard?"
        )
    row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    version = int(row[0]) if row and str(row[0]).isdecimal() else 0
    # Version 1 differs only by a column added since (read as NULL: see _PageMap).
    if not 1 <= version <= SCHEMA_VERSION:
        raise ShardProblem(
            f"schema version {version or 'missing'}, this govnews merges versions 1 to "
            f"{SCHEMA_VERSION}"
        )


# -- merging one shard (inside one transaction of the archive) ----------------------------


def _rows(src: sqlite3.Connection, sql: str, params: tuple = ()) -> Iterator[tuple]:
    """Rows read from a shard; damage quick_check missed becomes a ShardProblem."""
    try:
        yield from src.execute(sql, params)
    except sqlite3.DatabaseError as exc:
        raise ShardProblem(f"corrupt database while reading ({exc})") from None


def _one(src: sqlite3.Connection, sql: str, params: tuple = ()) -> tuple | None:
    return next(_rows(src, sql, params), None)


def _merge_one(
    db: sqlite_utils.Database, src: sqlite3.Connection, stats: _Stats, since: str | None
) -> None:
    """Fold one shard's rows (those stamped at or after ``since``; all when None)."""
    pages = _PageMap(db.conn, src)
    pages.copy(since)
    art_map, touched = _merge_articles(db, src, pages, stats, since)
    _copy_revisions(db, src, art_map, pages, since)
    _copy_view_snapshots(db, src, art_map, since)
    _merge_attachments(db, src, since)
    _merge_failures(db, src)
    if touched:
        search.index_articles(db, sorted(touched))


def _window(sql: str, column: str, since: str | None) -> tuple[str, tuple]:
    """``sql`` limited to rows whose ``column`` is at or after ``since`` (if given)."""
    if since is None:
        return sql, ()
    return f"{sql} WHERE {column} >= ?", (since,)


class _PageMap:
    """Shard page id -> archive page id, copying the pages the archive lacks."""

    def __init__(self, conn: sqlite3.Connection, src: sqlite3.Connection) -> None:
        self.conn, self.src = conn, src
        self.ids: dict[int, int] = {}
        # Shards of an older govnews have no request_body column: their pages were GETs.
        have = {r[1] for r in src.execute("PRAGMA table_info(pages)")}
        self.select = ", ".join(
            c if c in have else f"NULL AS {c}" for c in _PAGE_COLS.replace(" ", "").split(",")
        )

    def copy(self, since: str | None) -> None:
        sql, params = _window("SELECT id, url, fetched_at, sha256 FROM pages", "fetched_at", since)
        for pid, url, fetched_at, sha in _rows(self.src, sql + " ORDER BY id", params):
            self.ids[pid] = self._resolve(pid, url, fetched_at, sha)

    def get(self, pid: int | None) -> int | None:
        """The archive id of shard page ``pid`` (copied now if it was outside the window)."""
        if pid is None:
            return None
        if pid not in self.ids:
            row = _one(self.src, "SELECT url, fetched_at, sha256 FROM pages WHERE id=?", (pid,))
            if row is None:
                return None
            self.ids[pid] = self._resolve(pid, *row)
        return self.ids[pid]

    def _resolve(self, pid: int, url: str, fetched_at: str, sha: str) -> int:
        row = self.conn.execute(
            "SELECT id FROM pages WHERE url=? AND fetched_at=? AND sha256=?",
            (url, fetched_at, sha),
        ).fetchone()
        if row is not None:
            return int(row[0])
        values = _one(self.src, f"SELECT {self.select} FROM pages WHERE id=?", (pid,))
        cur = self.conn.execute(
            f"INSERT INTO pages ({_PAGE_COLS}) VALUES ({','.join('?' * len(values))})", values
        )
        return int(cur.lastrowid or 0)


def _article_id(
    conn: sqlite3.Connection, src: sqlite3.Connection, art_map: dict[int, int], sid: int
) -> int | None:
    """The archive id of shard article ``sid`` (by URL when it was outside the window)."""
    if sid not in art_map:
        row = _one(src, "SELECT url FROM articles WHERE id=?", (sid,))
        found = row and conn.execute("SELECT id FROM articles WHERE url=?", (row[0],)).fetchone()
        if not found:
            return None
        art_map[sid] = int(found[0])
    return art_map[sid]


_LAST_REPLACED = "SELECT max(replaced_at) FROM revisions WHERE article_id=?"


def _current_since(last_replaced: tuple | None, first_seen: str) -> str:
    """When an article's current version was first seen (its last revision's replaced_at)."""
    return max((last_replaced and last_replaced[0]) or first_seen, first_seen)


def _changed(old: dict, new: dict) -> str:
    return json.dumps([k for k in HASHED_FIELDS if old.get(k) != new.get(k)])


def _add_revision(
    conn: sqlite3.Connection,
    article_id: int,
    version: dict,
    *,
    replaced_at: str,
    seen_at: str,
    changed: str,
    page_id: int | None,
) -> None:
    """Keep ``version`` (seen current at ``seen_at``) as a revision unless already known.

    Known means a revision of the same content that was still current at
    ``seen_at`` or later: the observation then adds nothing.
    """
    known = conn.execute(
        "SELECT 1 FROM revisions WHERE article_id=? AND content_hash=? AND replaced_at>=? LIMIT 1",
        (article_id, version["content_hash"], seen_at),
    ).fetchone()
    if known:
        return
    conn.execute(
        "INSERT INTO revisions (article_id, url, replaced_at, changed, title, published_at,"
        " author, body, content_hash, page_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            article_id,
            version["url"],
            replaced_at,
            changed,
            version["title"],
            version["published_at"],
            version["author"],
            version["body"],
            version["content_hash"],
            page_id,
        ),
    )


def _merge_articles(
    db: sqlite_utils.Database,
    src: sqlite3.Connection,
    pages: _PageMap,
    stats: _Stats,
    since: str | None,
) -> tuple[dict[int, int], set[int]]:
    """Upsert the shard's articles; returns shard id -> archive id and ids to re-index."""
    conn = db.conn
    names = [c.strip() for c in _ARTICLE_COLS.split(",")]
    mapping: dict[int, int] = {}
    touched: set[int] = set()
    sql, params = _window(f"SELECT id, {_ARTICLE_COLS} FROM articles", "last_fetched", since)
    for values in _rows(src, sql + " ORDER BY id", params):
        sid, new = values[0], dict(zip(names, values[1:], strict=True))
        stats.articles += 1
        new_page = pages.get(new["page_id"])
        cur_values = conn.execute(
            f"SELECT id, {_ARTICLE_COLS} FROM articles WHERE url=?", (new["url"],)
        ).fetchone()
        if cur_values is None:
            row = {**new, "page_id": new_page}
            cursor = conn.execute(
                f"INSERT INTO articles ({_ARTICLE_COLS}) VALUES ({','.join('?' * len(names))})",
                [row[n] for n in names],
            )
            aid = int(cursor.lastrowid or 0)
            mapping[sid] = aid
            touched.add(aid)
            stats.new += 1
            _clear_stale_failure(conn, new["url"], new["last_fetched"])
            continue
        aid, cur = int(cur_values[0]), dict(zip(names, cur_values[1:], strict=True))
        mapping[sid] = aid
        first_seen = min(cur["first_seen"], new["first_seen"])
        shard_newer = (new["last_fetched"], new["content_hash"]) > (
            cur["last_fetched"],
            cur["content_hash"],
        )
        same = new["content_hash"] == cur["content_hash"]
        if shard_newer:
            if not same:
                began = _current_since(_one(src, _LAST_REPLACED, (sid,)), new["first_seen"])
                _add_revision(
                    conn,
                    aid,
                    cur,
                    replaced_at=max(began, cur["last_fetched"]),
                    seen_at=cur["last_fetched"],
                    changed=_changed(cur, new),
                    page_id=cur["page_id"],
                )
                touched.add(aid)
                stats.updated += 1
            else:
                stats.unchanged += 1
            conn.execute(
                "UPDATE articles SET site=?, title=?, published_at=?, author=?, body=?, views=?,"
                " profile=?, first_seen=?, last_fetched=?, content_hash=?,"
                " page_id=COALESCE(?, page_id) WHERE id=?",
                (
                    new["site"],
                    new["title"],
                    new["published_at"],
                    new["author"],
                    new["body"],
                    new["views"],
                    new["profile"],
                    first_seen,
                    new["last_fetched"],
                    new["content_hash"],
                    new_page,
                    aid,
                ),
            )
            _clear_stale_failure(conn, new["url"], new["last_fetched"])
        else:
            # The archive's version is the newer one: the shard's is history.
            if not same:
                began = _current_since(
                    conn.execute(_LAST_REPLACED, (aid,)).fetchone(), cur["first_seen"]
                )
                _add_revision(
                    conn,
                    aid,
                    new,
                    replaced_at=max(began, new["last_fetched"]),
                    seen_at=new["last_fetched"],
                    changed=_changed(new, cur),
                    page_id=new_page,
                )
                stats.updated += 1
            else:
                stats.unchanged += 1
            if first_seen != cur["first_seen"]:
                conn.execute("UPDATE articles SET first_seen=? WHERE id=?", (first_seen, aid))
    return mapping, touched


def _copy_revisions(
    db: sqlite_utils.Database,
    src: sqlite3.Connection,
    art_map: dict[int, int],
    pages: _PageMap,
    since: str | None,
) -> None:
    conn = db.conn
    sql, params = _window(
        "SELECT article_id, url, replaced_at, changed, title, published_at, author, body,"
        " content_hash, page_id FROM revisions",
        "replaced_at",
        since,
    )
    for row in _rows(src, sql + " ORDER BY id", params):
        aid = _article_id(conn, src, art_map, row[0])
        if aid is None:  # the shard no longer has the article: find it by URL
            found = conn.execute("SELECT id FROM articles WHERE url=?", (row[1],)).fetchone()
            if found is None:
                continue
            aid = int(found[0])
        exists = conn.execute(
            "SELECT 1 FROM revisions WHERE article_id=? AND content_hash=? AND replaced_at=?",
            (aid, row[8], row[2]),
        ).fetchone()
        if exists:
            continue
        conn.execute(
            "INSERT INTO revisions (article_id, url, replaced_at, changed, title, published_at,"
            " author, body, content_hash, page_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (aid, *row[1:9], pages.get(row[9])),
        )


def _copy_view_snapshots(
    db: sqlite_utils.Database, src: sqlite3.Connection, art_map: dict[int, int], since: str | None
) -> None:
    conn = db.conn
    sql, params = _window(
        "SELECT article_id, fetched_at, views FROM view_snapshots", "fetched_at", since
    )
    for article_id, fetched_at, views in _rows(src, sql, params):
        aid = _article_id(conn, src, art_map, article_id)
        if aid is not None:
            conn.execute(
                "INSERT OR IGNORE INTO view_snapshots (article_id, fetched_at, views)"
                " VALUES (?,?,?)",
                (aid, fetched_at, views),
            )


def _merge_attachments(
    db: sqlite_utils.Database, src: sqlite3.Connection, since: str | None
) -> None:
    conn = db.conn
    sql = "SELECT article_url, url, content_type, size, status, fetched_at FROM attachments"
    params: tuple = ()
    if since is not None:  # links that could not be fetched have no time: always look
        sql, params = sql + " WHERE fetched_at IS NULL OR fetched_at >= ?", (since,)
    for row in _rows(src, sql, params):
        conn.execute(
            "INSERT INTO attachments (article_url, url, content_type, size, status, fetched_at)"
            " VALUES (?,?,?,?,?,?) ON CONFLICT(article_url, url) DO UPDATE SET"
            " content_type=excluded.content_type, size=excluded.size, status=excluded.status,"
            " fetched_at=excluded.fetched_at"
            " WHERE COALESCE(excluded.fetched_at, '') > COALESCE(attachments.fetched_at, '')",
            row,
        )


def _clear_stale_failure(conn: sqlite3.Connection, url: str, fetched_at: str) -> None:
    conn.execute("DELETE FROM failures WHERE url=? AND last_failed<?", (url, fetched_at))


def _merge_failures(db: sqlite_utils.Database, src: sqlite3.Connection) -> None:
    """Newest failure per URL wins; failures the shard has since cleared are dropped.

    The shard is the authority on its own sites: a failure the archive holds
    for one of them that the shard no longer has (it succeeded on a later
    run) and that is not newer than the shard's last run is stale.
    """
    conn = db.conn
    shard_urls: set[str] = set()
    for row in _rows(
        src,
        "SELECT url, site, kind, reason, message, status, attempts, first_failed, last_failed"
        " FROM failures",
    ):
        shard_urls.add(row[0])
        conn.execute(
            "INSERT INTO failures (url, site, kind, reason, message, status, attempts,"
            " first_failed, last_failed, run_id) VALUES (?,?,?,?,?,?,?,?,?,NULL)"
            " ON CONFLICT(url) DO UPDATE SET site=excluded.site, kind=excluded.kind,"
            " reason=excluded.reason, message=excluded.message, status=excluded.status,"
            " attempts=max(failures.attempts, excluded.attempts),"
            " first_failed=min(failures.first_failed, excluded.first_failed),"
            " last_failed=excluded.last_failed WHERE excluded.last_failed > failures.last_failed",
            row,
        )
    latest = _last_run_start(src)
    if latest is None:
        return
    sites = _shard_sites(src)
    if not sites:
        return
    marks = ",".join("?" * len(sites))
    stale = [
        url
        for (url,) in conn.execute(
            f"SELECT url FROM failures WHERE site IN ({marks}) AND last_failed < ?",
            [*sites, latest],
        )
        if url not in shard_urls
    ]
    for url in stale:
        conn.execute("DELETE FROM failures WHERE url=?", (url,))


def _last_run_start(src: sqlite3.Connection) -> str | None:
    row = _one(src, "SELECT max(started_at) FROM runs")
    return row[0] if row else None


def _shard_sites(src: sqlite3.Connection) -> list[str]:
    sites: set[str] = set()
    for table in ("articles", "failures", "frontier"):
        sites.update(r[0] for r in _rows(src, f"SELECT DISTINCT site FROM {table}"))
    return sorted(sites)
