"""Opening a govnews archive database: connection settings, schema and migrations.

The schema is documented in README.md ("Database schema"). Every table is
created here and nowhere else; other modules read and write through
:mod:`scraper.archive`, :mod:`scraper.frontier` and :mod:`scraper.runs`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from .errors import StorageError

SCHEMA_VERSION = 2

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,          -- canonical URL
    site TEXT NOT NULL,                -- site name (host unless a sites file names it)
    title TEXT,
    published_at TEXT,                 -- YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+07:00
    author TEXT,
    body TEXT,                         -- paragraphs separated by one blank line
    views INTEGER,
    profile TEXT,                      -- extraction profile that produced the record
    first_seen TEXT NOT NULL,          -- ISO 8601 UTC
    last_fetched TEXT NOT NULL,        -- ISO 8601 UTC
    content_hash TEXT NOT NULL,        -- sha256 of title/published_at/author/body
    page_id INTEGER REFERENCES pages(id)  -- raw page the record was extracted from
);
CREATE INDEX IF NOT EXISTS articles_site_published ON articles(site, published_at);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published_at);

CREATE TABLE IF NOT EXISTS pages (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,                 -- canonical URL that was requested
    final_url TEXT NOT NULL,           -- URL after redirects
    site TEXT NOT NULL,
    kind TEXT NOT NULL,                -- 'listing' | 'article'
    status INTEGER NOT NULL,
    headers TEXT NOT NULL,             -- JSON object of response headers
    request_headers TEXT,              -- JSON object of request headers
    request_body BLOB,                 -- the form of a POST (postback pages), else NULL
    http_version TEXT,
    fetched_at TEXT NOT NULL,          -- ISO 8601 UTC
    content_type TEXT,
    encoding TEXT,                     -- charset used to decode the body
    size INTEGER NOT NULL,             -- raw body size in bytes
    sha256 TEXT NOT NULL,              -- of the raw (uncompressed) body
    body BLOB NOT NULL                 -- zlib-compressed raw body bytes
);
CREATE INDEX IF NOT EXISTS pages_url ON pages(url);

CREATE TABLE IF NOT EXISTS revisions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    url TEXT NOT NULL,
    replaced_at TEXT NOT NULL,         -- when this version stopped being current
    changed TEXT NOT NULL,             -- JSON list of changed field names
    title TEXT,
    published_at TEXT,
    author TEXT,
    body TEXT,
    content_hash TEXT NOT NULL,
    page_id INTEGER
);
CREATE INDEX IF NOT EXISTS revisions_article ON revisions(article_id);

CREATE TABLE IF NOT EXISTS view_snapshots (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    fetched_at TEXT NOT NULL,
    views INTEGER,
    PRIMARY KEY (article_id, fetched_at)
);

CREATE TABLE IF NOT EXISTS attachments (
    article_url TEXT NOT NULL,
    url TEXT NOT NULL,
    content_type TEXT,
    size INTEGER,
    status INTEGER,
    fetched_at TEXT,
    PRIMARY KEY (article_url, url)
);

CREATE TABLE IF NOT EXISTS frontier (
    url TEXT PRIMARY KEY,              -- canonical URL
    site TEXT NOT NULL,
    kind TEXT NOT NULL,                -- 'listing' | 'article'
    state TEXT NOT NULL,               -- 'queued' | 'done' | 'failed'
    listing_url TEXT,                  -- the listing this page belongs to / was found on
    page_no INTEGER,                   -- listing page number when known
    discovered_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    run_id INTEGER
);
CREATE INDEX IF NOT EXISTS frontier_state ON frontier(site, state, kind);

CREATE TABLE IF NOT EXISTS failures (
    url TEXT PRIMARY KEY,
    site TEXT NOT NULL,
    kind TEXT NOT NULL,
    reason TEXT NOT NULL,              -- short token, e.g. http-404, timeout
    message TEXT NOT NULL,
    status INTEGER,
    attempts INTEGER NOT NULL DEFAULT 1,
    first_failed TEXT NOT NULL,
    last_failed TEXT NOT NULL,
    run_id INTEGER
);

CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    status TEXT NOT NULL,              -- running | ok | partial | nothing | failed | interrupted
    exit_code INTEGER,
    command TEXT,
    sites TEXT,                        -- JSON list of site names
    requests INTEGER NOT NULL DEFAULT 0,
    listing_pages INTEGER NOT NULL DEFAULT 0,
    new INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    message TEXT
);
"""


def connect(path: str | Path, *, create: bool = True) -> sqlite_utils.Database:
    """Open (and if needed create) an archive, apply pragmas and the schema.

    Raises :class:`StorageError` with one readable line when the path is not
    usable (missing directory, not writable, not a SQLite file).
    """
    p = Path(path)
    if p.is_dir():
        raise StorageError(f"database path {p} is a directory, expected a file")
    if not p.exists():
        if not create:
            raise StorageError(f"database {p} does not exist")
        if not p.parent.exists():
            try:
                p.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(
                    f"cannot create directory for database {p}: {exc.strerror}"
                ) from None
    try:
        conn = sqlite3.connect(str(p), timeout=30, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=30000")
        db = sqlite_utils.Database(conn)
        migrate(db)
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"cannot use database {p}: {exc}") from None
    return db


# (table, column, declaration) added since schema version 1, added on migration.
ADDED_COLUMNS: tuple[tuple[str, str, str], ...] = (("pages", "request_body", "BLOB"),)


def schema_version(db: sqlite_utils.Database) -> int:
    if "meta" not in db.table_names():
        return 0
    row = db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(db: sqlite_utils.Database) -> None:
    """Bring the schema to :data:`SCHEMA_VERSION` (idempotent)."""
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise StorageError(
            f"database schema version {version} is newer than this govnews "
            f"(supports {SCHEMA_VERSION}); upgrade govnews"
        )
    if version == SCHEMA_VERSION:
        return
    db.conn.executescript("BEGIN;" + SCHEMA + "COMMIT;")
    for table, column, decl in ADDED_COLUMNS:  # columns added to tables of older versions
        if table in db.table_names() and column not in {c.name for c in db[table].columns}:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")
    db.execute(
        "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)",
        [str(SCHEMA_VERSION)],
    )
