"""Vietnamese text folding for search: case, diacritics and đ/Đ, without I/O.

``fold("Cửa Đại")`` is ``"cua dai"``. SQLite's ``unicode61 remove_diacritics 2``
tokenizer folds every Vietnamese diacritic but keeps ``đ`` (it is a letter of
its own in Unicode, not ``d`` plus a mark), so the search module folds ``đ``
itself; these functions are the single definition of "the same word, ignoring
accents" that queries, ranking and snippets share.

Words are runs of letters and digits (Unicode categories L* and N*), the same
rule as the FTS5 ``unicode61`` tokenizer: punctuation, spaces and ``_`` split.

:func:`syllables_with_prefix` lists the folded Vietnamese syllables that start
with a prefix, from an inventory generated as onset x rhyme (it over-generates
a little, never misses a syllable): search expands ``mat*`` to those words
instead of asking SQLite to merge every term under the prefix.
"""

from __future__ import annotations

import bisect
import codecs
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
    # Stray combining marks (text that escaped NFC, or marks of other scripts on a
    # Latin letter) carry no letter of their own. Every mark Unicode defines lies
    # below U+20000; the scan costs a few milliseconds once per process.
    for cp in range(0x0300, 0x20000):
        if unicodedata.combining(chr(cp)):
            table[cp] = None
    return table


_TABLE = _build_table()


# Counting form: text encoded through a one-byte code page whose upper half is
# the lower-case Vietnamese (then other Latin) letters, then each byte mapped to
# its base letter or a space. Two C passes instead of NFD plus a regex.
_VIETNAMESE = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"


def _build_codepage() -> tuple[object, bytes]:
    others = [c for c in map(chr, range(0xC0, 0x250)) if c.islower() and c not in _VIETNAMESE]
    upper_half = (list(_VIETNAMESE) + others)[:128]
    upper_half += [chr(0xE000 + i) for i in range(128 - len(upper_half))]  # never in text
    decoding = "".join(map(chr, range(128))) + "".join(upper_half)
    to_base = bytearray(256)
    for byte, ch in enumerate(decoding):
        base = ch.translate(_TABLE) if byte >= 128 else ch
        to_base[byte] = ord(base) if len(base) == 1 and base.isascii() and base.isalnum() else 32
    return codecs.charmap_build(decoding), bytes(to_base)


_CODEPAGE, _TO_BASE = _build_codepage()
_SPACE_RUNS = re.compile(rb"  +")


def word_string(text: str) -> bytes:
    """The folded words of ``text`` as ASCII, one space apart and one at each end.

    ``b" cua dai "`` for "Cửa Đại!". Made for counting with ``bytes.count``:
    ``b" cua "`` finds the word, ``b" cua dai "`` the phrase. Letters outside
    the Latin script become spaces.
    """
    raw, _ = codecs.charmap_encode(nfc(text).lower(), "replace", _CODEPAGE)
    return b" " + _SPACE_RUNS.sub(b" ", raw.translate(_TO_BASE)).strip() + b" "


def nfc(text: str) -> str:
    """``text`` in Unicode NFC (cheap when it already is)."""
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case ``text`` and strip Vietnamese diacritics, mapping đ/Đ to d."""
    return nfc(text).lower().translate(_TABLE)


def fold_lower(word: str) -> str:
    """:func:`fold` for text already in NFC and lower case (the fast path)."""
    return word.translate(_TABLE)


def _tone_spellings() -> dict[str, str]:
    pairs = {}
    for v1, v2 in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in "\u0300\u0301\u0309\u0303\u0323":  # huyền, sắc, hỏi, ngã, nặng
            second = v1 + unicodedata.normalize("NFC", v2 + tone)
            first = unicodedata.normalize("NFC", v1 + tone) + v2
            pairs[second], pairs[first] = first, second
    return pairs


# One word, two spellings in use (often on one portal): "hoà, thuỷ, khoẻ" with the tone
# on the second vowel of an open oa/oe/uy, "hòa, thủy, khỏe" on the first. "quý" is
# spelled one way ("qu" is the onset); "hoàn" too (a final consonant).
_TONE_SPELLINGS = _tone_spellings()
_OPEN_TONED = re.compile(rf"(?<!q)(?:{'|'.join(_TONE_SPELLINGS)})(?![^\W_])")


def exact(text: str) -> str:
    """Lower-cased NFC ``text`` with its diacritics kept (the "exact" form)."""
    return nfc(text).lower()


def spellings(word: str) -> tuple[str, ...]:
    """``word`` in :func:`exact` form, and in the other tone placement if it has one:
    ``spellings("Hoà")`` is ``("hoà", "hòa")``."""
    low = exact(word)
    other = _OPEN_TONED.sub(lambda m: _TONE_SPELLINGS[m.group()], low)
    return (low,) if other == low else (low, other)


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


# Folded onsets and rhymes of Vietnamese syllables ("qu" and "gi" count as onsets).
_ONSETS = (
    "", "b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
    "nh", "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x",
)  # fmt: skip
# Nuclei that may take a final consonant, and those that end the syllable themselves.
_NUCLEI_CLOSED = (
    "a", "e", "i", "o", "u", "y", "ie", "oa", "oe", "oo", "ua", "ue", "uo", "uy", "ye", "uye",
)  # fmt: skip
_NUCLEI_OPEN = (
    "ai", "ao", "au", "ay", "eo", "eu", "ia", "iu", "oi", "ui", "uu", "oai", "oay",
    "oao", "oeo", "uay", "uoi", "uou", "uya", "uyu", "ieu", "yeu", "uai", "uau", "uao", "uey",
)  # fmt: skip
_CODAS = ("", "c", "ch", "m", "n", "ng", "nh", "p", "t")


def _build_syllables() -> list[str]:
    rhymes = {n + c for n in _NUCLEI_CLOSED for c in _CODAS} | set(_NUCLEI_OPEN)
    return sorted({o + r for o in _ONSETS for r in rhymes})


_SYLLABLES = _build_syllables()


def syllables_with_prefix(prefix: str) -> list[str]:
    """Folded Vietnamese syllables starting with the folded ``prefix`` (``[]`` if none can)."""
    start = bisect.bisect_left(_SYLLABLES, prefix)
    end = bisect.bisect_left(_SYLLABLES, prefix + "\uffff")
    return _SYLLABLES[start:end]


def is_syllable(word: str) -> bool:
    """True when the folded ``word`` has the shape of a Vietnamese syllable."""
    i = bisect.bisect_left(_SYLLABLES, word)
    return i < len(_SYLLABLES) and _SYLLABLES[i] == word
