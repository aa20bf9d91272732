"""Scoring functions for the extraction-accuracy benchmark (pure functions, no I/O).

Field accuracy is exact: title and author compare after NFC + whitespace collapse,
published_at as exact strings (a date-only value never matches a datetime), views as
exact ints. An expected ``None`` is only matched by ``None``.

Body quality is an F1 score over word shingles: both texts are NFC-normalised and
lower-cased, split into word tokens (``\\w+``, so punctuation and paragraph breaks are
ignored), and turned into the multiset of overlapping runs of ``SHINGLE_SIZE`` (3) tokens.
Precision is the share of extracted shingles found in the expected ones, recall the share
of expected shingles found in the extraction (multiset intersection), F1 their harmonic
mean. Texts shorter than one shingle count as a single shingle of all their tokens.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

SHINGLE_SIZE = 3
# The scalar article fields scored for exact accuracy, in report order.
SCALAR_FIELDS = ("title", "published_at", "author", "views")
LISTING_FIELDS = ("article_urls", "page_urls", "current_page", "total_pages")

_WORD = re.compile(r"\w+")


def normalize_text(text: str) -> str:
    """NFC, with every run of whitespace (nbsp included) collapsed to one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def text_field_match(expected: str | None, got: object) -> bool:
    """Title/author equality after normalisation; ``None`` only matches ``None``."""
    if expected is None:
        return got is None
    if not isinstance(got, str):
        return False
    return normalize_text(expected) == normalize_text(got)


def date_match(expected: str | None, got: object) -> bool:
    """Exact ISO string equality: '2022-06-17' != '2022-06-17T00:00:00+07:00'."""
    if expected is None:
        return got is None
    return isinstance(got, str) and got == expected


def views_match(expected: int | None, got: object) -> bool:
    """Exact int equality; strings and bools never match."""
    if expected is None:
        return got is None
    return type(got) is int and got == expected


def field_match(name: str, expected: Any, got: Any) -> bool:
    """Score one scalar article field by its rule."""
    if name in ("title", "author"):
        return text_field_match(expected, got)
    if name == "published_at":
        return date_match(expected, got)
    if name == "views":
        return views_match(expected, got)
    raise ValueError(f"unknown field {name!r}")


def tokens(text: str) -> list[str]:
    """Lower-cased NFC word tokens."""
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of overlapping token runs of ``size``."""
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < size:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + size]) for i in range(len(toks) - size + 1))


def body_f1(expected: str | None, got: str | None, size: int = SHINGLE_SIZE) -> float:
    """Shingle F1 of an extracted body against the expected one (1.0 when both empty)."""
    exp = shingles(expected or "", size)
    ext = shingles(got or "", size)
    if not exp and not ext:
        return 1.0
    overlap = sum((exp & ext).values())
    if overlap == 0:
        return 0.0
    precision = overlap / sum(ext.values())
    recall = overlap / sum(exp.values())
    return 2 * precision * recall / (precision + recall)


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """Per-page result: which scalar fields matched, and the body F1."""

    fields: dict[str, bool] = field(default_factory=dict)
    body_f1: float = 0.0


def score_article(expected: Mapping[str, Any], got: Mapping[str, Any] | None) -> ArticleScore:
    """Score one extraction; ``got=None`` (extractor failed) scores every field wrong."""
    if got is None:
        return ArticleScore({name: False for name in SCALAR_FIELDS}, 0.0)
    return ArticleScore(
        {name: field_match(name, expected.get(name), got.get(name)) for name in SCALAR_FIELDS},
        body_f1(expected.get("body"), got.get("body")),
    )


def _url_set(urls: Iterable[str] | None) -> set[str]:
    """URLs as one page is one URL: parameter order, fragments and tracking parameters
    do not make two pages (govnews' canonical form, applied to both sides)."""
    from scraper.urls import canonicalize

    return {canonicalize(u) for u in urls or ()}


def listing_match(expected: Mapping[str, Any], got: Mapping[str, Any] | None) -> dict[str, bool]:
    """URL lists as exact set matches; page numbers as exact values."""
    if got is None:
        return {name: False for name in LISTING_FIELDS}
    return {
        "article_urls": _url_set(expected["article_urls"]) == _url_set(got.get("article_urls")),
        "page_urls": _url_set(expected["page_urls"]) == _url_set(got.get("page_urls")),
        "current_page": expected.get("current_page") == got.get("current_page"),
        "total_pages": expected.get("total_pages") == got.get("total_pages"),
    }


def accuracy(results: Iterable[bool]) -> float:
    """Share of True; NaN for no results (nothing was measured)."""
    values = list(results)
    return sum(values) / len(values) if values else math.nan


def mean(values: Iterable[float]) -> float:
    """Arithmetic mean; NaN for no values."""
    vals = list(values)
    return sum(vals) / len(vals) if vals else math.nan
