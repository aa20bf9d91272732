"""XML sitemaps as a listing: every article a portal lists there, pagination or not.

Some portals build their listing with scripts (items loaded by XHR, a "Xem
thêm" button) that a crawler cannot follow, but publish ``/sitemap.xml``
(often named in ``robots.txt``). A crawl seeded with a sitemap reads it instead
of walking pages: a ``<sitemapindex>`` names more sitemaps, a ``<urlset>``
names pages. Sitemaps name every page of a site, so only the article-shaped
ones are kept: child sitemaps named for pages, categories, tags or authors are
skipped, and within one sitemap URLs of a rare shape (the home page, a few
static pages among thousands of posts) are dropped.

Pure functions, no I/O. Gzipped sitemaps (``.xml.gz``) are read too.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from xml.etree import ElementTree

from .errors import ParseError
from .listing import url_shape
from .normalize import parse_date
from .urls import absolute_http_url

MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own limit, uncompressed
# Child sitemaps that hold no articles (WordPress/Yoast, Rank Math, Joomla, Drupal names).
_NOT_ARTICLES = re.compile(
    r"(?:^|[/_\-])(?:page|pages|category|categories|tag|tags|post_tag|author|authors|"
    r"attachment|media|image|video|product|static|menu|taxonomy|term|users?|danh-muc|"
    r"chuyen-muc|the)(?:[_\-]?sitemap)?(?:[_\-]?\d+)?\.xml(?:\.gz)?$",
    re.IGNORECASE,
)
_MIN_SHARE = 0.05  # a URL shape rarer than this within one sitemap is no article's


@dataclass(slots=True)
class Sitemap:
    """What one sitemap file lists."""

    url: str
    pages: list[str] = field(default_factory=list)  # article-shaped page URLs, in order
    sitemaps: list[str] = field(default_factory=list)  # child sitemaps worth reading
    skipped: int = 0  # page URLs and child sitemaps left out as no articles
    lastmod: dict[str, str] = field(default_factory=dict)  # page URL → ISO date, when given


def looks_like_sitemap(content: bytes, content_type: str | None = None) -> bool:
    """Whether a response body is a sitemap (XML or gzipped), not an HTML page."""
    if content[:2] == b"\x1f\x8b":
        return True
    head = content[:2048].lstrip().lower()
    return b"<urlset" in head or b"<sitemapindex" in head


def parse_sitemap(content: bytes, url: str) -> Sitemap:
    """The article pages and child sitemaps a sitemap lists. Raises ParseError."""
    kind, entries = _entries(_inflate(content), url)
    out = Sitemap(url=url)
    if kind == "sitemapindex":
        for loc, _ in entries:
            if _NOT_ARTICLES.search(urlsplit(loc).path):
                out.skipped += 1
            elif loc not in out.sitemaps:
                out.sitemaps.append(loc)
        return out
    shapes = Counter(url_shape(loc) for loc, _ in entries)
    floor = _MIN_SHARE * len(entries)
    for loc, lastmod in entries:
        if shapes[url_shape(loc)] < floor or urlsplit(loc).path in ("", "/"):
            out.skipped += 1
            continue
        if loc not in out.lastmod:
            out.pages.append(loc)
            out.lastmod[loc] = (parse_date(lastmod) or "") if lastmod else ""
    return out


def _entries(xml: bytes, base: str) -> tuple[str, list[tuple[str, str | None]]]:
    """The root's kind and each entry's absolute <loc> and <lastmod>, read element by
    element (a 50,000-URL sitemap never becomes a tree in memory)."""
    kind = ""
    entries: list[tuple[str, str | None]] = []
    loc: str | None = None
    lastmod: str | None = None
    try:
        for event, elem in ElementTree.iterparse(io.BytesIO(xml), events=("start", "end")):
            name = _local(elem.tag)
            if event == "start":
                if not kind:
                    kind = name
                    if kind not in ("urlset", "sitemapindex"):
                        raise ParseError(f"not a sitemap (root element <{kind}>)")
                continue
            if name == "loc":
                loc = (elem.text or "").strip()
            elif name == "lastmod":
                lastmod = (elem.text or "").strip()
            elif name in ("url", "sitemap"):
                absolute = absolute_http_url(loc, base) if loc else None
                if absolute:
                    entries.append((absolute, lastmod))
                loc = lastmod = None
                elem.clear()
    except ElementTree.ParseError as exc:
        raise ParseError(f"not a readable sitemap ({exc})") from None
    if not kind:
        raise ParseError("not a readable sitemap (empty)")
    return kind, entries


def _inflate(content: bytes) -> bytes:
    if content[:2] != b"\x1f\x8b":
        return content[:MAX_SITEMAP_BYTES]
    # Read at most the protocol's limit: a small .gz may inflate to gigabytes.
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(content, MAX_SITEMAP_BYTES)
    except (zlib.error, gzip.BadGzipFile) as exc:
        raise ParseError(f"not a readable gzipped sitemap ({exc})") from None
    if inflater.unconsumed_tail:
        raise ParseError(f"sitemap larger than {MAX_SITEMAP_BYTES // 1024 // 1024} MB unpacked")
    if not inflater.eof:
        raise ParseError("not a readable gzipped sitemap (truncated)")
    return data


def _local(tag: str) -> str:
    """An element's name without its XML namespace."""
    return tag.rpartition("}")[2].lower()
