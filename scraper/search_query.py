"""The search query language: parsed here, rebuilt as a safe FTS5 expression.

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
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import product

from . import fold as vf
from .errors import UsageError

# Prefixes expanding to more index terms than this are too common to narrow
# a phrase with, or to be worth sampling for their document frequency.
NARROW_PREFIX_TERMS = 24

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32
MAX_PHRASE_VARIANTS = 16


class QueryError(UsageError):
    """A search query (or filter) that cannot be understood; the message says why."""


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
    leaves = list(query_leaves(expr))
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


def query_leaves(expr: Expr, positive: bool = True) -> Iterable[Leaf]:
    """Leaves of ``expr``; with ``positive`` only those not under a NOT."""
    if isinstance(expr, Leaf):
        yield expr
        return
    if expr.op == "not" and positive:
        return
    for c in expr.children:
        yield from query_leaves(c, positive)


# ---------------------------------------------------------------------------
# Query -> FTS5 expression


def _variants(folded: str) -> list[str]:
    """Index spellings of a folded word: the index keeps a syllable-initial đ."""
    return [folded, "đ" + folded[1:]] if folded.startswith("d") else [folded]


def _fts_word(word: Word) -> tuple[str, bool]:
    """FTS5 expression for one word and whether it matches exactly what it should."""
    return fts_or(word_terms(word)), True


def word_terms(word: Word) -> list[str]:
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


def fts_or(terms: Sequence[str]) -> str:
    return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"


def fts_leaf(leaf: Leaf) -> tuple[str, bool]:
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
        if word is not None and len(word_terms(word)) <= NARROW_PREFIX_TERMS:
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
    return fts_or(phrases if len(phrases) == 1 else [f"({p})" for p in phrases])


def fts_expr(expr: Expr) -> tuple[str, bool]:
    if isinstance(expr, Leaf):
        return fts_leaf(expr)
    if expr.op == "or":
        parts = [fts_expr(c) for c in expr.children]
        return "(" + " OR ".join(p for p, _ in parts) + ")", all(e for _, e in parts)
    positive = [c for c in expr.children if not (isinstance(c, Node) and c.op == "not")]
    # A short prefix next to other words ("chuyển đổi s*") would make FTS5 merge
    # hundreds of terms; leave it out here and check it in Python.
    broad = [c for c in positive if is_broad_prefix(c)]
    narrowing = [c for c in positive if c not in broad] or positive
    pos = [fts_expr(c) for c in narrowing]
    neg = [fts_expr(c.children[0]) for c in expr.children if isinstance(c, Node) and c.op == "not"]
    text = "(" + " AND ".join(p for p, _ in pos) + ")"
    exact = all(e for _, e in pos) and len(narrowing) == len(positive)
    if neg:
        # An inexact exclusion could drop rows that do match: exclude only in Python.
        if all(e for _, e in neg):
            text += " NOT (" + " OR ".join(p for p, _ in neg) + ")"
        else:
            exact = False
    return text, exact


def positive_fts(expr: Expr) -> str:
    """FTS5 expression for the query without its exclusions (for the title index)."""
    if isinstance(expr, Leaf):
        return fts_leaf(expr)[0]
    children = [c for c in expr.children if not (isinstance(c, Node) and c.op == "not")]
    if expr.op == "and":
        children = [c for c in children if not is_broad_prefix(c)] or children
    joiner = " AND " if expr.op == "and" else " OR "
    return "(" + joiner.join(positive_fts(c) for c in children) + ")"


def is_broad_prefix(expr: Expr) -> bool:
    return (
        isinstance(expr, Leaf)
        and len(expr.words) == 1
        and len(word_terms(expr.words[0])) > NARROW_PREFIX_TERMS
    )
