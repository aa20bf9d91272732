"""Vietnamese full-text search over ``articles``: index upkeep, query language, ranking.

Index
-----
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

Query language
--------------
Words (implicit AND), ``"phrases"``, ``prefix*`` and ``"Cửa Đ*"``, uppercase
``AND``/``OR``/``NOT``, ``-word`` / ``-"phrase"`` to exclude, parentheses.
Diacritics are optional. Anything else is read literally: punctuation splits
words, an unbalanced quote closes at the end, unbalanced parentheses are
ignored. Input never reaches SQL as syntax: the query is parsed here and the
FTS5 expression rebuilt from quoted tokens. What cannot be understood (empty,
only operators, only exclusions, NEAR, over-long) raises :class:`QueryError`
with one line saying why. A prefix expands to the Vietnamese syllables it can
start (:func:`fold.syllables_with_prefix`); only a prefix no syllable starts
with (``covi*``, ``2024*``) is left to FTS5, so ``ma*`` does not find
"marketing".

Ranking
-------
FTS5's ``bm25()`` scores every matching row, and first counts each term's
matches over the whole table; with folded Vietnamese, where "cua" matches
của/cửa/cua in nearly every article, that takes seconds at a million rows. So
search bounds the work:

1. Candidates come from the index newest first with a LIMIT, which is cheap
   even for common words: the newest :data:`RECENT` matches, the newest
   :data:`TITLED` articles with the query in their title (title index), the
   newest matches of each OR branch, and, for queries typed with diacritics,
   the newest matches containing the exact spelling (at most
   :data:`EXACT_WINDOW` matches among the newest :data:`EXACT_SPAN` ids). The
   title pass looks at the newest :data:`TITLE_SPAN` ids. A query matching
   fewer than :data:`RECENT` rows is ranked exhaustively.
2. Candidates are scored in Python with BM25 (k1=1.2, b=0.75; title x5,
   author x2, body x1) on their folded text; document frequencies are
   estimated from a bounded sample of the index, corpus size and average
   column lengths read from FTS5's totals record.
3. Words typed with diacritics rank exact spellings first: a hit's tier is the
   number of such words it has with exactly those marks; in a column without
   the exact spelling, other spellings count a quarter towards BM25.
4. Snippets are cut from the original text of the final hits only.

The cost is bounded by the candidate counts, not by how many rows match. The
trade-off (measured by ``bench/search.py``): when a query matches more than
:data:`RECENT` rows, the ranking is BM25 among the newest matches and newest
title matches, not over all of them, so results lean to recent articles and
an old article that would win on BM25 alone is missed. One cost is not
bounded: FTS5 checks every article that holds all words of a phrase (or of a
sparse AND), so a rare phrase of common words ("Nguyễn Văn Hùng") scans those.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import product

import sqlite_utils

from . import fold as vf
from .errors import StorageError, UsageError

FTS = "articles_fts"
TITLES = "articles_title_fts"
INDEX_VERSION = "2"
_META_KEY = "search_index"
_TRIGGERS = (f"{FTS}_ai", f"{FTS}_ad", f"{FTS}_au")

# Candidate budgets (see module docstring).
RECENT = 60
TITLED = 25
EXACT_WINDOW = 500
EXACT_SPAN = 100_000
EXACT_TAKE = 40
TITLE_SPAN = 300_000
DF_SAMPLE = 400
# Prefixes expanding to more index terms than this are too common to narrow
# a phrase with, or to be worth sampling for their document frequency.
NARROW_PREFIX_TERMS = 24

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32
MAX_PHRASE_VARIANTS = 16
MAX_LIMIT = 1000

WEIGHTS = {"title": 5.0, "body": 1.0, "author": 2.0}
K1, B = 1.2, 0.75
INEXACT_SHARE = 0.25
SNIPPET_WORDS = 30
MARK_START, MARK_END = "[", "]"

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


class QueryError(UsageError):
    """A search query (or filter) that cannot be understood; the message says why."""


@dataclass(slots=True)
class SearchHit:
    """One ranked result; ``snippet`` is original text with matches in ``[...]``.

    ``score`` orders the results (higher first): its integer part counts the
    query words typed with diacritics that the article has with exactly
    those diacritics, its fraction is BM25 squashed into [0, 1).
    """

    id: int
    url: str
    site: str
    title: str | None
    published_at: str | None
    author: str | None
    snippet: str
    score: float


# ---------------------------------------------------------------------------
# Index upkeep


def ensure_index(db: sqlite_utils.Database) -> None:
    """Create the FTS table and triggers if missing (and fill them); idempotent.

    Runs in the caller's transaction when there is one, else in its own.
    """
    conn = db.conn
    if _is_ready(conn):
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


def _is_ready(conn: sqlite3.Connection) -> bool:
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


# ---------------------------------------------------------------------------
# Query language


@dataclass(frozen=True, slots=True)
class Word:
    """One query word: as typed (lower-case NFC), folded, and whether it ends in ``*``."""

    exact: str
    folded: str
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Leaf:
    """A word or a phrase (consecutive words)."""

    words: tuple[Word, ...]

    @property
    def diacritic(self) -> bool:
        return any(w.exact != w.folded for w in self.words)

    def __str__(self) -> str:
        text = " ".join(w.exact + ("*" if w.prefix else "") for w in self.words)
        return f'"{text}"' if len(self.words) > 1 else text


@dataclass(frozen=True, slots=True)
class Node:
    """``and``/``or`` of children, or ``not`` of one child (only inside ``and``)."""

    op: str
    children: tuple[Node | Leaf, ...]


Expr = Node | Leaf
_TOKEN_RE = re.compile(r'"[^"]*(?:"|$)|[()]|[^\s"()]+')
_OPERATORS = frozenset({"AND", "OR", "NOT"})


def parse_query(query: str) -> Expr:
    """Parse the user's query into an expression tree, or raise :class:`QueryError`."""
    if not isinstance(query, str):
        raise QueryError("the search query must be text")
    text = vf.nfc(query).strip()
    if not text:
        raise QueryError("empty query: type one or more words to search for")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long ({len(text)} characters; at most {MAX_QUERY_CHARS})")
    tokens = _lex(text)
    if not any(kind == "leaf" for kind, _ in tokens):
        raise QueryError(f"nothing to search for in {_quote(text)}: type some words")
    parser = _Parser(tokens)
    expr = parser.parse()
    if expr is None:
        raise QueryError(f"nothing to search for in {_quote(text)}: type some words")
    expr = _simplify(expr)
    _check(expr, text)
    leaves = list(_leaves(expr))
    if len(leaves) > MAX_TERMS:
        raise QueryError(f"too many search words ({len(leaves)}; at most {MAX_TERMS})")
    return expr


def _quote(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _lex(text: str) -> list[tuple[str, object]]:
    """Tokens: ("leaf", Leaf), ("op", "AND"|"OR"|"NOT"), ("(", None), (")", None)."""
    raw = [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
    depth, balanced = 0, True
    for tok, _, _ in raw:
        depth += (tok == "(") - (tok == ")")
        balanced = balanced and depth >= 0
    balanced = balanced and depth == 0
    out: list[tuple[str, object]] = []
    negate_next = False
    for i, (tok, _, end) in enumerate(raw):
        glued = i + 1 < len(raw) and raw[i + 1][1] == end  # no space before the next token
        if tok in ("(", ")"):
            if balanced:
                if tok == "(" and negate_next:
                    out.append(("op", "NOT"))
                out.append((tok, None))
            negate_next = False
            continue
        if tok in _OPERATORS:
            out.append(("op", tok))
            negate_next = False
            continue
        if tok.upper() == "NEAR" and glued and raw[i + 1][0] == "(":
            raise QueryError('NEAR(...) is not supported: use a "phrase" or list the words')
        negate = negate_next
        negate_next = False
        signs = len(tok) - len(tok.lstrip("-+"))
        if signs:
            negate = negate or "-" in tok[:signs]
            tok = tok[signs:]
            if not tok:  # "-" glued to a "phrase" or "(" negates it
                negate_next = negate and glued
                continue
        leaf = _phrase(tok) if tok.startswith('"') else _word_leaf(tok)
        if leaf is None:
            continue
        if negate:
            out.append(("op", "NOT"))
        out.append(("leaf", leaf))
    return out


def _word_leaf(chunk: str) -> Leaf | None:
    words = _chunk_words(chunk)
    return Leaf(words) if words else None


def _phrase(tok: str) -> Leaf | None:
    body = tok[1:-1] if len(tok) > 1 and tok.endswith('"') else tok[1:]
    words: list[Word] = []
    for chunk in body.split():
        words.extend(_chunk_words(chunk))
    if not words:
        return None
    return Leaf(tuple(words))


def _chunk_words(chunk: str) -> tuple[Word, ...]:
    prefix = chunk.endswith("*")
    parts = vf.words(chunk.rstrip("*"))
    words = [Word(p.lower(), vf.fold(p)) for p in parts]
    if words and prefix:
        last = words[-1]
        words[-1] = Word(last.exact, last.folded, True)
    return tuple(words)


class _Parser:
    """expr := and ('OR' and)* ; and := unary (['AND'] unary)* ; unary := 'NOT' unary | atom."""

    def __init__(self, tokens: list[tuple[str, object]]) -> None:
        self.tokens = tokens
        self.i = 0

    def peek(self) -> tuple[str, object] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def parse(self) -> Expr | None:
        expr = self.expr()
        while self.peek() is not None:  # stray ")" at top level cannot happen (balanced)
            self.i += 1
            more = self.expr()
            expr = _join("and", expr, more)
        return expr

    def expr(self) -> Expr | None:
        parts = [self.conj()]
        while self.peek() == ("op", "OR"):
            self.i += 1
            parts.append(self.conj())
        kept = [p for p in parts if p is not None]
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else Node("or", tuple(kept))

    def conj(self) -> Expr | None:
        parts: list[Expr] = []
        while True:
            tok = self.peek()
            if tok is None or tok == (")", None) or tok == ("op", "OR"):
                break
            if tok == ("op", "AND"):
                self.i += 1
                continue
            unary = self.unary()
            if unary is not None:
                parts.append(unary)
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Node("and", tuple(parts))

    def unary(self) -> Expr | None:
        tok = self.peek()
        if tok == ("op", "NOT"):
            self.i += 1
            nxt = self.peek()
            if nxt is None or nxt[0] == "op" or nxt == (")", None):
                return None  # a dangling NOT excludes nothing
            inner = self.unary()
            return Node("not", (inner,)) if inner is not None else None
        return self.atom()

    def atom(self) -> Expr | None:
        tok = self.peek()
        self.i += 1
        if tok is None:
            return None
        kind, value = tok
        if kind == "leaf":
            assert isinstance(value, Leaf)
            return value
        if kind == "(":
            inner = self.expr()
            if self.peek() == (")", None):
                self.i += 1
            return inner
        return None


def _join(op: str, a: Expr | None, b: Expr | None) -> Expr | None:
    if a is None or b is None:
        return a if b is None else b
    return Node(op, (a, b))


def _simplify(expr: Expr) -> Expr:
    if isinstance(expr, Leaf):
        return expr
    children = [_simplify(c) for c in expr.children]
    if expr.op == "not":
        inner = children[0]
        if isinstance(inner, Node) and inner.op == "not":
            return inner.children[0]
        return Node("not", (inner,))
    flat: list[Expr] = []
    for c in children:
        if isinstance(c, Node) and c.op == expr.op:
            flat.extend(c.children)
        else:
            flat.append(c)
    return flat[0] if len(flat) == 1 else Node(expr.op, tuple(flat))


def _check(expr: Expr, text: str) -> None:
    """Every AND needs a positive part; OR cannot take an exclusion."""
    if isinstance(expr, Leaf):
        return
    if expr.op == "not":
        raise QueryError(f"{_quote(text)} only excludes words: add a word to search for")
    for c in expr.children:
        if isinstance(c, Node) and c.op == "not":
            if expr.op == "or":
                raise QueryError(
                    f"{_quote(text)}: OR cannot be combined with an excluded word; "
                    "use parentheses, e.g. (a OR b) -c"
                )
            if isinstance(c.children[0], Node):
                _check(c.children[0], text)
        else:
            _check(c, text)
    if expr.op == "and" and all(isinstance(c, Node) and c.op == "not" for c in expr.children):
        raise QueryError(f"{_quote(text)} only excludes words: add a word to search for")


def _leaves(expr: Expr, positive: bool = True) -> Iterable[Leaf]:
    """Leaves of ``expr``; with ``positive`` only those not under a NOT."""
    if isinstance(expr, Leaf):
        yield expr
        return
    if expr.op == "not" and positive:
        return
    for c in expr.children:
        yield from _leaves(c, positive)


# ---------------------------------------------------------------------------
# Query -> FTS5 expression


def _variants(folded: str) -> list[str]:
    """Index spellings of a folded word: the index keeps a syllable-initial đ."""
    return [folded, "đ" + folded[1:]] if folded.startswith("d") else [folded]


def _fts_word(word: Word) -> tuple[str, bool]:
    """FTS5 expression for one word and whether it matches exactly what it should."""
    return _or(_word_terms(word)), True


def _word_terms(word: Word) -> list[str]:
    """The FTS5 terms a word stands for (a prefix: the syllables it can start)."""
    if not word.prefix:
        return [f'"{v}"' for v in _variants(word.folded)]
    syllables = vf.syllables_with_prefix(word.folded)
    if syllables:
        if syllables[0] != word.folded:
            syllables = [word.folded, *syllables]
        # Non-Vietnamese words under the prefix are left out: see module docstring.
        return [f'"{v}"' for s in syllables for v in _variants(s)]
    return [f'"{v}"*' for v in _variants(word.folded)]


def _or(terms: Sequence[str]) -> str:
    return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"


def _fts_leaf(leaf: Leaf) -> tuple[str, bool]:
    """FTS5 expression for a leaf and whether it is exact (False: verify in Python)."""
    if len(leaf.words) == 1:
        return _fts_word(leaf.words[0])
    if not any(w.prefix for w in leaf.words):
        phrase = _fts_phrase(leaf.words)
        if phrase is not None:
            return phrase, True
    # A prefix inside a phrase (or too many spellings): FTS5 narrows with the
    # runs of whole words as phrases and the short prefix expansions; the
    # adjacency (and any long expansion) is checked in Python.
    parts: list[str] = []
    run: list[Word] = []
    for word in (*leaf.words, None):
        if word is not None and not word.prefix:
            run.append(word)
            continue
        if len(run) == 1:
            parts.append(_fts_word(run[0])[0])
        elif run:
            phrase = _fts_phrase(run)
            parts.extend([phrase] if phrase else [_fts_word(w)[0] for w in run])
        run = []
        if word is not None and len(_word_terms(word)) <= NARROW_PREFIX_TERMS:
            parts.append(_fts_word(word)[0])
    if not parts:
        parts = [_fts_word(w)[0] for w in leaf.words]
    return "(" + " AND ".join(parts) + ")", False


def _fts_phrase(words: Sequence[Word]) -> str | None:
    """FTS5 phrase(s) for whole words, one per đ/d spelling; None if too many."""
    combos = list(product(*(_variants(w.folded) for w in words)))
    if len(combos) > MAX_PHRASE_VARIANTS:
        return None
    phrases = [" + ".join(f'"{t}"' for t in combo) for combo in combos]
    return _or(phrases if len(phrases) == 1 else [f"({p})" for p in phrases])


def _fts_expr(expr: Expr) -> tuple[str, bool]:
    if isinstance(expr, Leaf):
        return _fts_leaf(expr)
    if expr.op == "or":
        parts = [_fts_expr(c) for c in expr.children]
        return "(" + " OR ".join(p for p, _ in parts) + ")", all(e for _, e in parts)
    positive = [c for c in expr.children if not (isinstance(c, Node) and c.op == "not")]
    # A short prefix next to other words ("chuyển đổi s*") would make FTS5 merge
    # hundreds of terms; leave it out here and check it in Python.
    broad = [c for c in positive if _is_broad_prefix(c)]
    narrowing = [c for c in positive if c not in broad] or positive
    pos = [_fts_expr(c) for c in narrowing]
    neg = [_fts_expr(c.children[0]) for c in expr.children if isinstance(c, Node) and c.op == "not"]
    text = "(" + " AND ".join(p for p, _ in pos) + ")"
    exact = all(e for _, e in pos) and len(narrowing) == len(positive)
    if neg:
        # An inexact exclusion could drop rows that do match: exclude only in Python.
        if all(e for _, e in neg):
            text += " NOT (" + " OR ".join(p for p, _ in neg) + ")"
        else:
            exact = False
    return text, exact


def _positive_fts(expr: Expr) -> str:
    """FTS5 expression for the query without its exclusions (for the title index)."""
    if isinstance(expr, Leaf):
        return _fts_leaf(expr)[0]
    children = [c for c in expr.children if not (isinstance(c, Node) and c.op == "not")]
    if expr.op == "and":
        children = [c for c in children if not _is_broad_prefix(c)] or children
    joiner = " AND " if expr.op == "and" else " OR "
    return "(" + joiner.join(_positive_fts(c) for c in children) + ")"


def _is_broad_prefix(expr: Expr) -> bool:
    return (
        isinstance(expr, Leaf)
        and len(expr.words) == 1
        and len(_word_terms(expr.words[0])) > NARROW_PREFIX_TERMS
    )


# ---------------------------------------------------------------------------
# Search


def search(
    db: sqlite_utils.Database,
    query: str,
    *,
    site: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    author: str | None = None,
    limit: int = 20,
) -> list[SearchHit]:
    """Ranked hits for ``query`` (see the module docstring), best first.

    ``site`` is an exact site name, ``date_from``/``date_to`` bound
    ``published_at`` (``YYYY-MM-DD``; ``date_to`` includes that whole day),
    ``author`` is a substring of the author, diacritics and case ignored.
    Raises :class:`QueryError` for a query or filter that cannot be understood.
    """
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be a whole number from 1 to {MAX_LIMIT}, got {limit!r}")
    expr = parse_query(query)
    filters = _filters(site, date_from, date_to, author)
    conn = db.conn
    if not _is_ready(conn):
        try:
            ensure_index(db)  # an archive from before search (or this version): index it once
        except sqlite3.OperationalError as exc:
            raise StorageError(f"cannot create the search index: {exc}") from None
    if filters.needs_fold:
        conn.create_function("govnews_fold", 1, _sql_fold, deterministic=True)
    return _Search(conn, expr, filters, limit).run()


@dataclass(slots=True)
class _Filters:
    sql: str = ""  # " AND ..." over articles aliased as a
    params: tuple = ()
    needs_fold: bool = False

    @property
    def active(self) -> bool:
        return bool(self.sql)


def _filters(
    site: str | None, date_from: str | None, date_to: str | None, author: str | None
) -> _Filters:
    clauses: list[str] = []
    params: list[str] = []
    if site is not None:
        if not site.strip():
            raise QueryError("site filter is empty")
        clauses.append("a.site = ?")
        params.append(site.strip())
    low = _date_bound(date_from, "date_from") if date_from is not None else None
    if low is not None:
        clauses.append("a.published_at >= ?")
        params.append(low[0])
    high = _date_bound(date_to, "date_to") if date_to is not None else None
    if high is not None:
        # A bare date covers that whole day, whatever time follows it in published_at.
        clauses.append("a.published_at < ?" if high[1] else "a.published_at <= ?")
        params.append(high[0])
    if low is not None and high is not None and str(date_from).strip() > str(date_to).strip():
        raise QueryError(f"date_from {date_from} is after date_to {date_to}")
    needs_fold = False
    if author is not None:
        needle = vf.fold(author).strip()
        if not needle:
            raise QueryError("author filter is empty")
        clauses.append("instr(govnews_fold(a.author), ?) > 0")
        params.append(needle)
        needs_fold = True
    return _Filters("".join(f" AND {c}" for c in clauses), tuple(params), needs_fold)


def _date_bound(value: str, name: str) -> tuple[str, bool]:
    """(bound, is_whole_day): the string to compare published_at with."""
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise QueryError(f"{name} is not a real date: {text!r}") from None
        if name == "date_to":
            return (day + timedelta(days=1)).isoformat(), True
        return day.isoformat(), True
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?", text):
        try:
            date.fromisoformat(text[:10])
        except ValueError:
            raise QueryError(f"{name} is not a real date: {text!r}") from None
        return text, False
    raise QueryError(f"{name} must be a date like 2024-05-31, got {text!r}")


def _sql_fold(value: object) -> str | None:
    return vf.fold(value) if isinstance(value, str) else None


@dataclass(slots=True)
class _Stats:
    rows: int
    avgdl: dict[str, float]
    min_id: int
    max_id: int


def _corpus_stats(conn: sqlite3.Connection) -> _Stats:
    """Row count and average column lengths from FTS5's totals record (no table scan)."""
    row = conn.execute(f"SELECT block FROM {FTS}_data WHERE id = 1").fetchone()
    values = _varints(row[0]) if row and row[0] else []
    n = values[0] if values else 0
    totals = (values[1:4] + [0, 0, 0])[:3]
    avgdl = {
        col: (totals[i] / n if n and totals[i] else 1.0)
        for i, col in enumerate(("title", "body", "author"))
    }
    # Two subqueries: min() and max() together would scan the table.
    lo, hi = conn.execute(
        "SELECT (SELECT min(id) FROM articles), (SELECT max(id) FROM articles)"
    ).fetchone()
    return _Stats(n, avgdl, lo or 0, hi or 0)


def _varints(blob: bytes) -> list[int]:
    """Decode SQLite varints (what FTS5 stores its totals in)."""
    out: list[int] = []
    i = 0
    while i < len(blob):
        value = 0
        for k in range(9):
            byte = blob[i]
            i += 1
            if k == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        out.append(value)
    return out


def _folded_col(text: str | None) -> bytes:
    """A column in :func:`fold.word_string` form (``b" cua dai "``), for counting."""
    return vf.word_string(text) if text else b" "


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _ascii(word: str) -> bytes:
    return _folded_col(word).strip()


def _one_of(spellings: tuple[str, ...]) -> str:
    if len(spellings) == 1:
        return re.escape(spellings[0])  # a literal start lets the regex engine skip ahead
    return "(?:" + "|".join(map(re.escape, spellings)) + ")"


class _Matcher:
    """Counts a leaf's occurrences: folded in :func:`_folded_col` form, exact in the text."""

    def __init__(self, leaf: Leaf) -> None:
        self.leaf = leaf
        folded = [_ascii(w.folded) for w in leaf.words]
        # A word with no Latin letters (e.g. Chinese) cannot be counted: assume present.
        self.uncountable = not all(folded)
        words = leaf.words
        if any(w.prefix for w in words):
            pattern = b" ".join(
                re.escape(f) + (rb"[a-z0-9]*" if w.prefix else b"")
                for f, w in zip(folded, words, strict=True)
            )
            self.folded_re: re.Pattern[bytes] | None = re.compile(b" " + pattern + b" ")
            self.folded = b""
        else:
            self.folded_re = None
            self.folded = b" " + b" ".join(folded) + b" "
        # Starts with a literal, so the regex engine can skip ahead; the word
        # boundary before it is checked by hand (a look-behind would be slow).
        # (either tone placement of "hoà"/"hòa" is the exact spelling: portals write both)
        self.exact_re = re.compile(
            r"[\W_]+".join(
                _one_of(vf.spellings(w.exact)) + (r"[^\W_]*" if w.prefix else "") for w in words
            )
            + r"(?![^\W_])"
        )
        self.exact_first = vf.spellings(words[0].exact)

    def count(self, folded_col: bytes) -> int:
        if self.uncountable:
            return 1
        if self.folded_re is not None:
            return len(self.folded_re.findall(folded_col))
        return folded_col.count(self.folded)

    def has_exact(self, lower_text: str) -> bool:
        """Whether lower-cased NFC text has the leaf with exactly the typed diacritics."""
        if not any(first in lower_text for first in self.exact_first):
            return False
        return any(
            m.start() == 0 or not _is_word_char(lower_text[m.start() - 1])
            for m in self.exact_re.finditer(lower_text)
        )

    def word_matches(self, k: int, folded_word: str) -> bool:
        w = self.leaf.words[k]
        return folded_word.startswith(w.folded) if w.prefix else folded_word == w.folded


@dataclass(slots=True)
class _Doc:
    id: int
    row: tuple  # id, url, site, title, published_at, author, body
    folded: tuple[bytes, bytes, bytes]  # title, body, author in word_string form
    tier: int = 0
    bm25: float = 0.0
    exact: bool = False  # every diacritic query word it has, it has as typed
    lowered: dict[int, str] = field(default_factory=dict)

    def lower(self, col: int) -> str:
        """Column ``col`` (0 title, 1 body, 2 author) lower-cased, for exact matching."""
        if col not in self.lowered:
            text = self.row[(3, 6, 5)[col]]
            self.lowered[col] = vf.nfc(text).lower() if text else ""
        return self.lowered[col]


_COLUMNS = ("title", "body", "author")
_ROW_SQL = "SELECT id, url, site, title, published_at, author, body FROM articles WHERE id IN "


class _Search:
    """One search: candidates from the index, BM25 in Python, snippets for the winners."""

    def __init__(self, conn: sqlite3.Connection, expr: Expr, filters: _Filters, limit: int) -> None:
        self.conn, self.expr, self.filters, self.limit = conn, expr, filters, limit
        self.fts, self.fts_exact = _fts_expr(expr)
        self.positive = list(dict.fromkeys(_leaves(expr)))
        self.all_leaves = list(dict.fromkeys(_leaves(expr, positive=False)))
        self.matchers = {leaf: _Matcher(leaf) for leaf in self.all_leaves}
        narrowing = [leaf for leaf in self.positive if not _is_broad_prefix(leaf)]
        self.leaf_fts = {leaf: _fts_leaf(leaf)[0] for leaf in narrowing or self.positive}
        self.title_fts = _positive_fts(expr)
        self.exact_leaves = [leaf for leaf in self.positive if leaf.diacritic]

    def run(self) -> list[SearchHit]:
        self.stats = stats = _corpus_stats(self.conn)
        if stats.rows == 0:
            return []
        ids, titled, complete = self._candidates()
        docs = self._load(ids)
        docs.update(self._load(titled, verify=True))
        if not docs:
            return []
        self.idf = self._idf(stats)
        self._score(docs, stats)
        exact_docs = sum(1 for d in docs.values() if d.exact)
        if self.exact_leaves and not complete and exact_docs < self.limit:
            more = [i for i in self._exact_candidates() if i not in docs]
            extra = self._load(more)  # FTS matches: verified only if the query is inexact
            self._score(extra, stats)
            docs.update(extra)
        ranked = sorted(docs.values(), key=lambda d: (-d.tier, -d.bm25, -d.id))[: self.limit]
        return [self._hit(d) for d in ranked]

    # -- candidates

    def _ids(self, match: str, limit: int, *, table: str = FTS, min_id: int = 0) -> list[int]:
        """Newest ``limit`` rows of ``table`` matching ``match`` (and the filters)."""
        f = self.filters
        if f.active:
            sql = (
                f"SELECT f.rowid FROM {table} f JOIN articles a ON a.id = f.rowid"
                f" WHERE f.{table} MATCH ? AND f.rowid >= ?{f.sql} ORDER BY f.rowid DESC LIMIT ?"
            )
        else:
            sql = (
                f"SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid >= ?"
                " ORDER BY rowid DESC LIMIT ?"
            )
        return [r[0] for r in self.conn.execute(sql, (match, min_id, *f.params, limit))]

    def _candidates(self) -> tuple[list[int], list[int], bool]:
        """(ids matching the query, ids to check in Python, whether that is all matches)."""
        # Budgets grow with the number of hits asked for.
        want_recent, want_titled = max(RECENT, 3 * self.limit), max(TITLED, self.limit)
        recent = self._ids(self.fts, want_recent)
        if len(recent) < want_recent:
            return recent, [], True
        ids = dict.fromkeys(recent)
        if isinstance(self.expr, Node) and self.expr.op == "or":
            # Matches of each OR branch, so a rare branch is not drowned by a common one.
            share = max(10, want_recent // len(self.expr.children))
            for branch in self.expr.children:
                ids.update(dict.fromkeys(self._ids(_fts_expr(branch)[0], share)))
        # Newest articles with the query words in their title, from the small
        # title index (among the newest TITLE_SPAN ids: rare title combinations
        # would otherwise be looked for through every title); the rest of the
        # query is checked on their text.
        newest = self._ids(
            self.title_fts, want_titled, table=TITLES, min_id=self.stats.max_id - TITLE_SPAN
        )
        titled = [i for i in newest if i not in ids]
        return list(ids), titled, False

    def _exact_candidates(self) -> list[int]:
        """Newest matches containing every diacritic word as typed (substring test in SQL)."""
        clauses, params = [], []
        for leaf in self.exact_leaves:
            word = max((w.exact for w in leaf.words), key=len)
            forms = list(dict.fromkeys((word, word[:1].upper() + word[1:])))
            ors = [f"instr(a.{col}, ?)" for form in forms for col in _COLUMNS]
            clauses.append("(" + " OR ".join(ors) + ")")
            params.extend(form for form in forms for _ in _COLUMNS)
        joiner = " OR " if _has_or(self.expr) else " AND "
        # Bounded twice: at most EXACT_WINDOW matches, among the newest EXACT_SPAN ids.
        sql = (
            f"SELECT a.id FROM (SELECT rowid AS id FROM {FTS} WHERE {FTS} MATCH ?"
            f" AND rowid >= ? ORDER BY rowid DESC LIMIT ?) w JOIN articles a ON a.id = w.id"
            f" WHERE ({joiner.join(clauses)}){self.filters.sql} ORDER BY w.id DESC LIMIT ?"
        )
        args = (
            self.fts,
            self.stats.max_id - EXACT_SPAN,
            EXACT_WINDOW,
            *params,
            *self.filters.params,
            max(EXACT_TAKE, self.limit),
        )
        return [r[0] for r in self.conn.execute(sql, args)]

    def _load(self, ids: Sequence[int], *, verify: bool = False) -> dict[int, _Doc]:
        """Fetch and fold candidates; with ``verify`` (or an inexact FTS query) keep
        only those that match the whole query."""
        docs: dict[int, _Doc] = {}
        if not ids:
            return docs
        marks = ",".join("?" * len(ids))
        trusted = self.fts_exact and not verify
        for row in self.conn.execute(_ROW_SQL + f"({marks})", tuple(ids)):
            folded = (_folded_col(row[3]), _folded_col(row[6]), _folded_col(row[5]))
            doc = _Doc(row[0], row, folded)
            if trusted or self._matches(self.expr, doc):
                docs[doc.id] = doc
        return docs

    def _matches(self, expr: Expr, doc: _Doc) -> bool:
        if isinstance(expr, Leaf):
            m = self.matchers[expr]
            return any(m.count(col) for col in doc.folded)
        if expr.op == "not":
            return not self._matches(expr.children[0], doc)
        if expr.op == "or":
            return any(self._matches(c, doc) for c in expr.children)
        return all(self._matches(c, doc) for c in expr.children)

    # -- ranking

    def _idf(self, stats: _Stats) -> dict[Leaf, float]:
        cache: dict[str, float] = {}

        def word_idf(word: Word) -> float:
            terms = _word_terms(word)
            expr = _or(terms)
            if expr not in cache:
                if len(terms) > NARROW_PREFIX_TERMS:  # a prefix of half the language
                    df = float(stats.rows)
                else:
                    df = _estimate_df(self.conn, expr, stats)
                cache[expr] = math.log(1 + (stats.rows - df + 0.5) / (df + 0.5))
            return cache[expr]

        return {leaf: sum(word_idf(w) for w in leaf.words) for leaf in self.positive}

    def _score(self, docs: dict[int, _Doc], stats: _Stats) -> None:
        leaves = [(self.matchers[leaf], self.idf[leaf], leaf.diacritic) for leaf in self.positive]
        weights = [WEIGHTS[col] for col in _COLUMNS]
        avgdl = [stats.avgdl[col] for col in _COLUMNS]
        for doc in docs.values():
            # BM25's length normalisation per column, K1 folded in.
            norms = [
                K1 * (1 - B + B * max(0, doc.folded[i].count(b" ") - 1) / avgdl[i])
                for i in range(3)
            ]
            tier, score, inexact = 0, 0.0, False
            for m, idf, diacritic in leaves:
                exact_hit = False
                leaf_score = 0.0
                for i in range(3):
                    tf: float = m.count(doc.folded[i])
                    if not tf:
                        continue
                    if diacritic:
                        # Typed with marks: spellings other than the typed one weigh less.
                        if m.has_exact(doc.lower(i)):
                            exact_hit = True
                        else:
                            tf *= INEXACT_SHARE
                    leaf_score += weights[i] * tf * (K1 + 1) / (tf + norms[i])
                score += idf * leaf_score
                tier += exact_hit
                inexact = inexact or (diacritic and leaf_score > 0 and not exact_hit)
            doc.tier, doc.bm25, doc.exact = tier, score, tier > 0 and not inexact

    # -- output

    def _hit(self, doc: _Doc) -> SearchHit:
        id_, url, site, title, published_at, author, body = doc.row
        return SearchHit(
            id=id_,
            url=url,
            site=site,
            title=title,
            published_at=published_at,
            author=author,
            snippet=self._snippet(doc),
            score=round(doc.tier + doc.bm25 / (1 + doc.bm25), 6),
        )

    def _snippet(self, doc: _Doc) -> str:
        title, author, body = doc.row[3], doc.row[5], doc.row[6]
        matchers = [self.matchers[leaf] for leaf in self.positive]
        for i, text in ((1, body), (0, title), (2, author)):
            if text and any(m.count(doc.folded[i]) for m in matchers):
                return _cut_snippet(text, matchers)
        return _cut_snippet(body or title or "", [])


def _has_or(expr: Expr) -> bool:
    if isinstance(expr, Leaf):
        return False
    return expr.op == "or" or any(_has_or(c) for c in expr.children)


def _estimate_df(conn: sqlite3.Connection, match: str, stats: _Stats) -> float:
    """Rows matching ``match``: exact below DF_SAMPLE, else extrapolated from the newest ones."""
    n, low = conn.execute(
        f"SELECT count(*), min(rowid) FROM (SELECT rowid FROM {FTS} WHERE {FTS} MATCH ?"
        f" ORDER BY rowid DESC LIMIT {DF_SAMPLE})",
        (match,),
    ).fetchone()
    if n < DF_SAMPLE:
        return float(n)
    span = stats.max_id - stats.min_id + 1
    seen = max(1, stats.max_id - low + 1)
    return min(float(stats.rows), DF_SAMPLE * span / seen)


_SPACE_RE = re.compile(r"\s+")


_SPLIT_RE = re.compile(r"([^\W_]+)")
_WORD_CACHE: dict[str, str] = {}


def _fold_words(words: list[str]) -> list[str]:
    """Fold many words, cached: articles repeat a small vocabulary."""
    cache = _WORD_CACHE
    if len(cache) > 200_000:
        cache.clear()
    out = []
    for w in words:
        f = cache.get(w)
        if f is None:
            f = cache[w] = vf.fold(w)
        out.append(f)
    return out


def _cut_snippet(text: str, matchers: Sequence[_Matcher]) -> str:
    """About SNIPPET_WORDS words of ``text`` around the densest matches, one line."""
    text = vf.nfc(text)
    paragraphs = [p for p in text.split("\n") if p.strip()]
    cut_before = cut_after = False
    if len(paragraphs) > 1 and matchers:
        # Pick the paragraph with most query words (counted at C speed), then
        # work word by word on it alone.
        best, best_key = 0, (-1, -1)
        for i, para in enumerate(paragraphs):
            folded = _folded_col(para)
            counts = [m.count(folded) for m in matchers]
            key = (sum(1 for c in counts if c), sum(counts))
            if key > best_key:
                best, best_key = i, key
        text, last = paragraphs[best], best
        while last + 1 < len(paragraphs) and len(text.split()) < SNIPPET_WORDS:
            last += 1  # too short for a snippet: add what follows
            text += " " + paragraphs[last]
        cut_before, cut_after = best > 0, last + 1 < len(paragraphs)
    parts = _SPLIT_RE.split(text)
    words, gaps = parts[1::2], parts[0::2]  # gaps[i] precedes words[i]
    n = len(words)
    if not n:
        return _SPACE_RE.sub(" ", text).strip()[:200]
    folded = _fold_words(words)
    marked = [-1] * n  # which matcher claimed the word
    for k, m in enumerate(matchers):
        size = len(m.leaf.words)
        first = m.leaf.words[0]
        if size == 1 and not first.prefix:
            target = first.folded
            for i, f in enumerate(folded):
                if f == target:
                    marked[i] = k
            continue
        for i in range(n - size + 1):
            if m.word_matches(0, folded[i]) and all(
                m.word_matches(j, folded[i + j]) for j in range(1, size)
            ):
                for j in range(size):
                    marked[i + j] = k
    start = _best_window(marked, len(matchers))
    end = min(n, start + SNIPPET_WORDS)
    out = ["… "] if start > 0 or cut_before else []
    open_mark = False
    for i in range(start, end):
        if i > start:
            gap = gaps[i]
            if open_mark and not (marked[i] >= 0 and not gap.strip()):
                out.append(MARK_END)
                open_mark = False
            out.append(gap if gap == " " else _SPACE_RE.sub(" ", gap))
        if marked[i] >= 0 and not open_mark:
            out.append(MARK_START)
            open_mark = True
        out.append(words[i])
    if open_mark:
        out.append(MARK_END)
    if end < n or cut_after:
        out.append(" …")
    else:
        tail = gaps[n].strip()[:1] if len(gaps) > n else ""
        out.append(tail if tail in (".", "!", "?", "…", '"', "”", ")") else "")
    return "".join(out).strip()


def _best_window(marked: list[int], kinds: int) -> int:
    """Start of the SNIPPET_WORDS window with most distinct, then most, matched words.

    Starts a few words before the first match it covers, for context.
    """
    n = len(marked)
    size = min(SNIPPET_WORDS, n)
    counts = [0] * max(kinds, 1)
    distinct = total = 0
    for i in range(size):
        if marked[i] >= 0:
            counts[marked[i]] += 1
            distinct += counts[marked[i]] == 1
            total += 1
    best, best_start = (distinct, total), 0
    for s in range(1, n - size + 1):
        out, inc = marked[s - 1], marked[s + size - 1]
        if out >= 0:
            counts[out] -= 1
            distinct -= counts[out] == 0
            total -= 1
        if inc >= 0:
            counts[inc] += 1
            distinct += counts[inc] == 1
            total += 1
        if (distinct, total) > best:
            best, best_start = (distinct, total), s
    if best[1] == 0:
        return 0
    first = next(i for i in range(best_start, best_start + size) if marked[i] >= 0)
    return max(0, min(best_start, first - 5, n - size)) if first - best_start > 5 else best_start
