"""Machine-readable page metadata: <title>, Open Graph, meta dates/authors, JSON-LD, <time>.

Read before invisible elements are stripped (JSON-LD lives in <script>).
Pure functions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser

from .normalize import clean_text, parse_date

_DATE_METAS = (
    'meta[property="article:published_time" i]',
    'meta[name="article:published_time" i]',
    'meta[property="og:published_time" i]',
    'meta[itemprop="datePublished" i]',
    'meta[name="pubdate" i]',
    'meta[name="publishdate" i]',
    'meta[name="publish-date" i]',
    'meta[name="dc.date.issued" i]',
    'meta[name="dc.date" i]',
    'meta[name="date" i]',
    'meta[name="created" i]',
)
_AUTHOR_METAS = (
    'meta[name="author" i]',
    'meta[property="article:author" i]',
    'meta[name="dc.creator" i]',
)


@dataclass(slots=True)
class PageMeta:
    doc_title: str = ""
    og_title: str = ""
    headline: str = ""  # JSON-LD headline
    published: str | None = None  # ISO, from meta/JSON-LD/<time>
    published_source: str = ""
    author: str = ""  # meta/JSON-LD author (may be an organisation)
    site_name: str = ""
    generator: str = ""
    ld_types: list[str] = field(default_factory=list)


def _content(tree: LexborHTMLParser, selectors: tuple[str, ...]) -> tuple[str, str]:
    for sel in selectors:
        node = tree.css_first(sel)
        if node is not None:
            value = node.attributes.get("content") or node.attributes.get("datetime") or ""
            if value.strip():
                return clean_text(value), sel
    return "", ""


def _walk_ld(obj: object, out: list[dict]) -> None:
    if isinstance(obj, list):
        for item in obj:
            _walk_ld(item, out)
    elif isinstance(obj, dict):
        out.append(obj)
        if "@graph" in obj:
            _walk_ld(obj["@graph"], out)


def _ld_person(value: object) -> str:
    if isinstance(value, list):
        names = [_ld_person(v) for v in value]
        return ", ".join(n for n in names if n)
    if isinstance(value, dict):
        if str(value.get("@type", "")).lower() == "organization":
            return ""
        return clean_text(str(value.get("name", "")))
    return clean_text(str(value)) if isinstance(value, str) else ""


def read_meta(tree: LexborHTMLParser) -> PageMeta:
    meta = PageMeta()
    node = tree.css_first("title")
    meta.doc_title = clean_text(node.text()) if node is not None else ""
    meta.og_title, _ = _content(
        tree, ('meta[property="og:title" i]', 'meta[name="twitter:title" i]')
    )
    meta.site_name, _ = _content(tree, ('meta[property="og:site_name" i]',))
    meta.generator, _ = _content(tree, ('meta[name="generator" i]',))
    meta.author, _ = _content(tree, _AUTHOR_METAS)

    objects: list[dict] = []
    for script in tree.css('script[type="application/ld+json" i]'):
        try:
            _walk_ld(json.loads(script.text() or "null"), objects)
        except (ValueError, RecursionError):
            continue
    for obj in objects:
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        meta.ld_types.extend(str(k) for k in kinds if k)
        if not any(str(k).endswith(("Article", "Posting", "Report")) for k in kinds):
            continue
        if not meta.headline and isinstance(obj.get("headline"), str):
            meta.headline = clean_text(obj["headline"])
        if meta.published is None and isinstance(obj.get("datePublished"), str):
            meta.published = parse_date(obj["datePublished"])
            meta.published_source = "JSON-LD datePublished"
        if not meta.author and obj.get("author"):
            meta.author = _ld_person(obj["author"])

    if meta.published is None:
        value, sel = _content(tree, _DATE_METAS)
        if value:
            meta.published = parse_date(value)
            meta.published_source = sel
    if meta.published is None:
        for sel in (
            '[itemprop="datePublished" i][datetime]',
            "article time[datetime]",
            "time[pubdate]",
        ):
            node = tree.css_first(sel)
            if node is not None:
                meta.published = parse_date(node.attributes.get("datetime"))
                if meta.published:
                    meta.published_source = sel
                    break
    return meta
