"""Vietnamese text folding for search: case, diacritics and đ/Đ, without I/O.

``fold("Cửa Đại")`` is ``"cua dai"``. SQLite's ``unicode61 remove_diacritics 2``
tokenizer folds every Vietnamese diacritic but keeps ``đ`` (it is a letter of
its own in Unicode, not ``d`` plus a mark), so the search module folds ``đ``
itself; these functions are the single definition of "the same word, ignoring
accents" that queries, ranking and snippets share.

Words are runs of letters and digits (Unicode categories L* and N*), the same
rule as the FTS5 ``unicode61`` tokenizer: punctuation, spaces and ``_`` split.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# Runs of letters/digits: \w without the underscore.
WORD_RE = re.compile(r"[^\W_]+")


def _build_table() -> dict[int, int | None]:
    table: dict[int, int | None] = {}
    ranges = (range(0x00C0, 0x0250), range(0x1E00, 0x1F00))
    for block in ranges:
        for cp in block:
            ch = chr(cp)
            base = "".join(
                c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)
            )
            if len(base) == 1 and base != ch:
                table[cp] = ord(base.lower())
    # đ/Đ have no Unicode decomposition, which is why SQLite keeps them.
    for ch in "đĐ":
        table[ord(ch)] = ord("d")
    # Stray combining marks (text that escaped NFC) carry no letter of their own.
    for cp in range(0x0300, 0x0370):
        table[cp] = None
    return table


_TABLE = _build_table()


def nfc(text: str) -> str:
    """``text`` in Unicode NFC (cheap when it already is)."""
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case ``text`` and strip Vietnamese diacritics, mapping đ/Đ to d."""
    return nfc(text).lower().translate(_TABLE)


def exact(text: str) -> str:
    """Lower-cased NFC ``text`` with its diacritics kept (the "exact" form)."""
    return nfc(text).lower()


def has_diacritics(text: str) -> bool:
    """True when folding changes ``text`` beyond case (ă, ơ, tone marks, đ...)."""
    low = exact(text)
    return fold(low) != low


def words(text: str) -> list[str]:
    """The words of ``text`` in order, as written (no folding)."""
    return WORD_RE.findall(text)


def word_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, word)`` for each word of ``text``, offsets into ``text``."""
    for m in WORD_RE.finditer(text):
        yield m.start(), m.end(), m.group()
