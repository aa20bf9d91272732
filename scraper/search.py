"""Full-text search over the archive: index upkeep (placeholder while being written)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

import sqlite_utils

FTS = "articles_fts"
INDEX_VERSION = "1"

_DDL = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS {FTS} USING fts5(
    title, body, author,
    content="articles", content_rowid="id",
    tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER IF NOT EXISTS {FTS}_ai AFTER INSERT ON articles BEGIN
    INSERT INTO {FTS}(rowid, title, body, author)
    VALUES (new.id, new.title, new.body, new.author);
END;
CREATE TRIGGER IF NOT EXISTS {FTS}_ad AFTER DELETE ON articles BEGIN
    INSERT INTO {FTS}({FTS}, rowid, title, body, author)
    VALUES ('delete', old.id, old.title, old.body, old.author);
END;
CREATE TRIGGER IF NOT EXISTS {FTS}_au AFTER UPDATE OF id, title, body, author ON articles
WHEN old.id IS NOT new.id OR old.title IS NOT new.title OR old.body IS NOT new.body
    OR old.author IS NOT new.author
BEGIN
    INSERT INTO {FTS}({FTS}, rowid, title, body, author)
    VALUES ('delete', old.id, old.title, old.body, old.author);
    INSERT INTO {FTS}(rowid, title, body, author)
    VALUES (new.id, new.title, new.body, new.author);
END;
"""


def ensure_index(db: sqlite_utils.Database) -> None:
    conn = db.conn
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ?", (FTS,)
    ).fetchone()
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executescript if False else None
        for stmt in _split(_DDL):
            conn.execute(stmt)
        if not exists:
            conn.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')")
    except BaseException:
        if own:
            conn.execute("ROLLBACK")
        raise
    if own:
        conn.execute("COMMIT")


def _split(script: str) -> list[str]:
    out, buf = [], []
    for line in script.strip().splitlines():
        buf.append(line)
        if sqlite3.complete_statement("\n".join(buf)):
            out.append("\n".join(buf))
            buf = []
    return out


def index_articles(db: sqlite_utils.Database, ids: Iterable[int]) -> None:
    return None


def rebuild_index(db: sqlite_utils.Database) -> int:
    conn = db.conn
    ensure_index(db)
    conn.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')")
    return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
