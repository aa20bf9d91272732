"""Vietnamese full-text search over ``articles``: ranking and snippets.

The index lives in :mod:`scraper.search_index`, the query language in
:mod:`scraper.search_query`; this module ranks what they find.

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
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlite_utils

from . import fold as vf
from .errors import StorageError
from .search_index import (
    FTS,
    TITLES,
    ensure_index,
    index_articles,
    index_ready,
    rebuild_index,
    remove_articles,
)
from .search_query import (
    NARROW_PREFIX_TERMS,
    Expr,
    Leaf,
    Node,
    QueryError,
    Word,
    fts_expr,
    fts_leaf,
    fts_or,
    is_broad_prefix,
    parse_query,
    positive_fts,
    query_leaves,
    word_terms,
)

__all__ = [
    "FTS",
    "TITLES",
    "QueryError",
    "SearchHit",
    "ensure_index",
    "index_articles",
    "rebuild_index",
    "remove_articles",
    "search",
]

# Candidate budgets (see module docstring).
RECENT = 60
TITLED = 25
EXACT_WINDOW = 500
EXACT_SPAN = 100_000
EXACT_TAKE = 40
TITLE_SPAN = 300_000
DF_SAMPLE = 400
MAX_LIMIT = 1000

WEIGHTS = {"title": 5.0, "body": 1.0, "author": 2.0}
K1, B = 1.2, 0.75
INEXACT_SHARE = 0.25
SNIPPET_WORDS = 30
MARK_START, MARK_END = "[", "]"


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
    if not index_ready(conn):
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
        self.fts, self.fts_exact = fts_expr(expr)
        self.positive = list(dict.fromkeys(query_leaves(expr)))
        self.all_leaves = list(dict.fromkeys(query_leaves(expr, positive=False)))
        self.matchers = {leaf: _Matcher(leaf) for leaf in self.all_leaves}
        narrowing = [leaf for leaf in self.positive if not is_broad_prefix(leaf)]
        self.leaf_fts = {leaf: fts_leaf(leaf)[0] for leaf in narrowing or self.positive}
        self.title_fts = positive_fts(expr)
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
                ids.update(dict.fromkeys(self._ids(fts_expr(branch)[0], share)))
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
            terms = word_terms(word)
            expr = fts_or(terms)
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
