"""The full-text index of ``articles`` and its upkeep.

``articles_fts`` is an FTS5 table over ``title``, ``body`` and ``author`` with
*external content* (``content="articles"``): it stores only the inverted index,
never a second copy of the text; SQLite reads the original text from
``articles`` when it needs it. Datasette recognises it by that
``content="articles"`` clause and puts a search box on the ``articles`` table.
The tokenizer is ``unicode61 remove_diacritics 2``: lower case, every
Vietnamese tone and vowel mark removed, except ``đ``, which Unicode treats as a
letter of its own. Queries therefore spell a syllable-initial ``d`` both ways
(``dai`` -> ``dai OR đai``): "cua dai" finds "Cửa Đại", and the index stays
exactly what a plain FTS5 client (Datasette, the sqlite3 shell) expects.
``articles_title_fts`` indexes titles alone (contentless, a few per cent of
the main index) so that "newest articles with these words in the title" is
cheap even for words common in bodies.

SQL triggers on ``articles`` keep both in step with every insert, delete and
change of title/body/author, whoever writes the row: the archive writer,
``merge``, ``reparse``, or someone in the sqlite3 shell. They are plain SQL (no
Python functions), so they work in any SQLite client, and they run inside the
writer's statement, so they never begin or commit. The update trigger fires
only when an indexed column really changed: re-fetching an unchanged article
(``last_fetched``/``views`` only) costs nothing. :func:`index_articles` and
:func:`remove_articles` remain for the writers' sake and only make sure the
index exists; :func:`rebuild_index` recreates everything from ``articles``.

External content was chosen over a contentless table fed with Python-folded
text because it keeps the writer's cost to FTS5's own tokenizing (measured by
``bench/search.py``), stores no second copy of 5 KB bodies, and lets Datasette
and ``highlight()`` show the original text. The price: FTS5's ``delete`` needs
the old text, which only triggers reliably have (``rebuild_index`` repairs an
index that writes with the triggers removed have left behind).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

import sqlite_utils

FTS = "articles_fts"
TITLES = "articles_title_fts"
INDEX_VERSION = "2"
_META_KEY = "search_index"
_TRIGGERS = (f"{FTS}_ai", f"{FTS}_ad", f"{FTS}_au")

_DDL = (
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS} USING fts5(
    title, body, author,
    content="articles", content_rowid="id",
    tokenize="unicode61 remove_diacritics 2"
)""",
    # Titles alone, so "newest articles with the words in the title" is cheap
    # even when the words are common in bodies. Contentless: Datasette ignores it.
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {TITLES} USING fts5(
    title, content='', columnsize=0,
    tokenize="unicode61 remove_diacritics 2"
)""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS}_ai AFTER INSERT ON articles BEGIN
    INSERT INTO {FTS}(rowid, title, body, author)
    VALUES (new.id, new.title, new.body, new.author);
    INSERT INTO {TITLES}(rowid, title) VALUES (new.id, new.title);
END""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS}_ad AFTER DELETE ON articles BEGIN
    INSERT INTO {FTS}({FTS}, rowid, title, body, author)
    VALUES ('delete', old.id, old.title, old.body, old.author);
    INSERT INTO {TITLES}({TITLES}, rowid, title) VALUES ('delete', old.id, old.title);
END""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS}_au AFTER UPDATE OF id, title, body, author
ON articles
WHEN old.id IS NOT new.id OR old.title IS NOT new.title OR old.body IS NOT new.body
    OR old.author IS NOT new.author
BEGIN
    INSERT INTO {FTS}({FTS}, rowid, title, body, author)
    VALUES ('delete', old.id, old.title, old.body, old.author);
    INSERT INTO {FTS}(rowid, title, body, author)
    VALUES (new.id, new.title, new.body, new.author);
    INSERT INTO {TITLES}({TITLES}, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO {TITLES}(rowid, title) VALUES (new.id, new.title);
END""",
)


def ensure_index(db: sqlite_utils.Database) -> None:
    """Create the FTS table and triggers if missing (and fill them); idempotent.

    Runs in the caller's transaction when there is one, else in its own.
    """
    conn = db.conn
    if index_ready(conn):
        return
    with _write(conn):
        _install(conn, fill=True)


def index_articles(db: sqlite_utils.Database, ids: Iterable[int]) -> None:
    """Bring these rows' index entries up to date (triggers already did: only checks).

    Safe inside the writer's open transaction: never begins or commits one
    unless the index has to be created first.
    """
    del ids  # the triggers indexed them as they were written
    ensure_index(db)


def remove_articles(db: sqlite_utils.Database, ids: Iterable[int]) -> None:
    """Drop these rows from the index (the delete trigger already did: only checks)."""
    del ids
    ensure_index(db)


def rebuild_index(db: sqlite_utils.Database, *, optimize: bool = True) -> int:
    """Recreate the whole index from ``articles``; returns the number of rows indexed.

    For after bulk changes made with triggers disabled or by older versions.
    ``optimize`` merges the index into one segment, which makes searches faster.
    """
    conn = db.conn
    with _write(conn):
        _install(conn, fill=False)
        _fill(conn)
        if optimize:
            for table in (FTS, TITLES):
                conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
        count = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    return int(count)


def _fill(conn: sqlite3.Connection) -> None:
    """Index every article afresh (the caller holds a transaction)."""
    conn.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')")
    conn.execute(f"INSERT INTO {TITLES}({TITLES}) VALUES ('delete-all')")
    conn.execute(f"INSERT INTO {TITLES}(rowid, title) SELECT id, title FROM articles")


class _write:
    """BEGIN IMMEDIATE ... COMMIT unless the caller already holds a transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.own = not conn.in_transaction

    def __enter__(self) -> None:
        if self.own:
            self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self.own:
            self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


def index_ready(conn: sqlite3.Connection) -> bool:
    try:
        row = conn.execute(
            "SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN"
            " (?, ?, ?)), (SELECT value FROM meta WHERE key = ?)",
            (*_TRIGGERS, _META_KEY),
        ).fetchone()
    except sqlite3.OperationalError:  # no meta table: not a govnews archive yet
        return False
    return row[0] == len(_TRIGGERS) and row[1] == INDEX_VERSION


def _install(conn: sqlite3.Connection, *, fill: bool) -> None:
    """Create (or replace an outdated) index table and triggers; optionally fill it."""
    version = conn.execute("SELECT value FROM meta WHERE key = ?", (_META_KEY,)).fetchone()
    existing = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (FTS,)).fetchone()
    stale = existing is not None and (version is None or version[0] != INDEX_VERSION)
    (triggers,) = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?, ?)",
        _TRIGGERS,
    ).fetchone()
    # Rows written while a trigger was missing are not (or wrongly) indexed.
    refill = existing is None or stale or triggers < len(_TRIGGERS)
    # Triggers of other tools (e.g. sqlite-utils enable-fts) would index twice.
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles'"
        " AND sql LIKE ? AND name NOT IN (?, ?, ?)",
        (f"%{FTS}%", *_TRIGGERS),
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    if stale:
        for name in _TRIGGERS:
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        conn.execute(f"DROP TABLE IF EXISTS {FTS}")
        conn.execute(f"DROP TABLE IF EXISTS {TITLES}")
    for statement in _DDL:
        conn.execute(statement)
    if fill and refill:
        _fill(conn)
    conn.execute(
        "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (_META_KEY, INDEX_VERSION)
    )
