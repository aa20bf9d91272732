"""Listing pages: which article pages a listing links to, and where its other pages are.

Pure functions. Article links are found as the largest group of links that
share a URL shape and carry headline-like anchor text, restricted to the
container that holds most of them (so sidebars of "hot news" are left out);
pagination as numbered/next links whose URL has the listing's own shape or a
page parameter. Profiles may give selectors for both.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .models import ListingPage
from .normalize import clean_text
from .profiles import Profile, detect_profile, get_profile
from .urls import canonicalize, host_of, same_site
from .vocab import ATTACHMENT_RE, NEXT_LINK_RE, PAGE_OF_RE, PAGE_PARAM_RE, PAGE_PATH_RE

_DIGITS = re.compile(r"\d+")
_PAGE_KEYS = frozenset(
    {
        "page",
        "trang",
        "p",
        "pg",
        "pageindex",
        "pagenum",
        "paged",
        "currentpage",
        "cur_page",
        "pagenumber",
        "page_no",
        "start",
        "limitstart",
    }
)


@dataclass(slots=True)
class _Link:
    url: str
    text: str
    node: LexborNode
    order: int


def listing_key(url: str) -> str:
    """Canonical URL of a listing page, the frontier's key for it.

    An explicit first page (``?page=1``) is *not* folded into the bare URL:
    Drupal and others count from 0, so ``page=1`` is the second page there.
    Fetching page 1 once more under an alias is cheaper than missing a page.
    """
    return canonicalize(url)


def url_shape(url: str) -> str:
    """A URL with numbers masked and query values dropped: links to sibling pages share it."""
    parts = urlsplit(url)
    keys = sorted({k.lower() for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    path = _DIGITS.sub("#", parts.path.lower())
    trailing = "/" if path.endswith("/") and len(path) > 1 else ""
    # Slug paths (/tin-tuc/ten-bai-viet-123.html) → keep directory and extension only.
    head, _, leaf = path.rstrip("/").rpartition("/")
    # Leaf names (slugs, ids, words) vary between sibling articles; the directory and
    # the extension are what they share. Headline-like anchor text tells articles
    # apart from menu links of the same shape.
    if leaf and leaf != "#" and not leaf.startswith("default."):
        ext = leaf.rsplit(".", 1)[1] if "." in leaf else ""
        leaf = f"*.{ext}" if ext else "*"
    return f"{parts.netloc}{head}/{leaf}{trailing}?{'&'.join(keys)}"


def _links(tree: LexborHTMLParser, base: str, selectors: tuple[str, ...] = ()) -> list[_Link]:
    nodes = []
    for sel in selectors or ("a[href]",):
        nodes.extend(tree.css(sel))
    out: list[_Link] = []
    host = host_of(base)
    for order, a in enumerate(nodes):
        if a.tag != "a":
            inner = a.css_first("a[href]")
            if inner is None:
                continue
            a = inner
        href = (a.attributes.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
            continue
        try:
            url = canonicalize(href, base)
        except ValueError:
            continue
        if not url.startswith(("http://", "https://")) or not same_site(url, host):
            continue
        if ATTACHMENT_RE.search(url):
            continue
        text = clean_text(a.text(separator=" ")) or clean_text(a.attributes.get("title") or "")
        out.append(_Link(url, text, a, order))
    return out


_PAGER_WORDS = re.compile(
    r"(?i)trang\s+\d+|\[\d+\]|\.\.\.|…|đầu|cuối|first|last|prev(?:ious)?|next|trước|sau|tiếp(?:\s+theo)?|"
    r"trang\s+(?:đầu|cuối|trước|sau|tiếp(?:\s+theo)?)|xem\s+tiếp"
)
_ARROWS = " «»‹›<>|←→"


def _is_pager_text(text: str) -> bool:
    core = text.strip(_ARROWS)
    if not core:
        return bool(text.strip())  # a bare arrow
    return (core.isdigit() and len(core) <= 4) or bool(
        NEXT_LINK_RE.match(text) or _PAGER_WORDS.fullmatch(core)
    )


def _pagination(
    links: list[_Link], page_url: str, numbers: dict[str, int]
) -> tuple[list[str], list[_Link]]:
    own_path = urlsplit(page_url).path.lower()
    own_key = listing_key(page_url)
    pages: list[str] = []
    pager_links: list[_Link] = []
    for link in links:
        if not _is_pager_text(link.text):
            continue
        parts = urlsplit(link.url)
        if not (
            parts.path.lower() == own_path
            or PAGE_PARAM_RE.search("?" + parts.query)
            or PAGE_PATH_RE.search(parts.path)
        ):
            continue
        pager_links.append(link)
        if listing_key(link.url) == own_key:
            continue
        if link.url not in pages:
            pages.append(link.url)
        if link.text.isdigit():
            numbers.setdefault(link.url, int(link.text))
    return pages, pager_links


def _headline_like(text: str) -> bool:
    return len(text) >= 20 and len(text.split()) >= 4


def _article_links(
    links: list[_Link], exclude: set[str], shape_hint: str | None = None
) -> tuple[list[str], str | None]:
    groups: dict[str, list[_Link]] = defaultdict(list)
    for link in links:
        if link.url in exclude:
            continue
        groups[url_shape(link.url)].append(link)
    best: list[_Link] = []
    best_shape: str | None = None
    if shape_hint and shape_hint in groups:
        best, best_shape = groups[shape_hint], shape_hint
    else:
        best_score = 0.0
        for shape, members in groups.items():
            urls = {m.url for m in members}
            headline_urls = {m.url for m in members if _headline_like(m.text)}
            score = len(headline_urls) + 0.1 * len(urls)
            if len(headline_urls) >= 2 and score > best_score:
                best, best_shape, best_score = members, shape, score
    if not best:
        return [], None
    chosen = _main_cluster(best) if len({m.url for m in best}) > 1 else best
    result: list[str] = []
    for m in sorted(chosen, key=lambda m: m.order):
        if m.url not in result:
            result.append(m.url)
    return result, best_shape


def _main_cluster(members: list[_Link]) -> list[_Link]:
    """Links of the group that sit in its main container (not in a sidebar copy)."""
    urls_total = len({m.url for m in members})
    counts: dict[int, set[str]] = defaultdict(set)
    nodes: dict[int, LexborNode] = {}
    depth: dict[int, int] = {}
    chains: list[list[int]] = []
    for m in members:
        chain = []
        node = m.node.parent
        level = 0
        while node is not None and level < 14:
            counts[node.mem_id].add(m.url)
            nodes[node.mem_id] = node
            chain.append(node.mem_id)
            node = node.parent
            level += 1
        chains.append(chain)
    for chain in chains:
        for d, mid in enumerate(reversed(chain)):
            depth[mid] = max(depth.get(mid, 0), d)
    need = max(2, (urls_total + 1) // 2)
    qualifying = [mid for mid, urls in counts.items() if len(urls) >= need]
    if not qualifying:
        return members
    deepest = max(depth[m] for m in qualifying)
    finalists = [m for m in qualifying if depth[m] == deepest]
    main = max(finalists, key=lambda mid: (len(counts[mid]), len(nodes[mid].text())))
    return [m for m, chain in zip(members, chains, strict=True) if main in chain]


def parse_listing(
    html: str, url: str, profile: str | Profile | None = None, *, article_shape: str | None = None
) -> ListingPage:
    """Article links and pagination of a listing page.

    ``article_shape``: the URL shape of the articles on another page of the same
    listing (``ListingPage.article_shape``), which settles a page with one item.
    """
    tree = LexborHTMLParser(html)
    if isinstance(profile, str):
        prof: Profile | None = get_profile(profile)
    elif profile is None:
        prof = detect_profile(tree, html, url).profile
    else:
        prof = profile
    base = tree.css_first("base[href]")
    url_base = canonicalize(base.attributes.get("href") or "", url) if base is not None else url
    page = ListingPage(url=url)
    all_links = _links(tree, url_base)
    pager_sel = prof.listing.get("pagination", ()) if prof else ()
    page.page_urls, pager_links = _pagination(all_links, url, page.page_numbers)
    own_key = listing_key(url)
    for sel in (*pager_sel, *(prof.listing.get("next", ()) if prof else ())):
        for link in _links(tree, url_base, (sel,)):
            if link.url not in page.page_urls and listing_key(link.url) != own_key:
                page.page_urls.append(link.url)
                pager_links.append(link)
    exclude = {link.url for link in pager_links} | {canonicalize(url)}
    item_sel = prof.listing.get("items", ()) if prof else ()
    if item_sel:
        page.article_urls = []
        for link in _links(tree, url_base, item_sel):
            if link.url not in exclude and link.url not in page.article_urls:
                page.article_urls.append(link.url)
    if not page.article_urls:
        page.article_urls, page.article_shape = _article_links(
            all_links, exclude | set(page.page_urls), article_shape
        )
    text = tree.body.text(separator=" ") if tree.body is not None else ""
    m = PAGE_OF_RE.search(text)
    if m:
        page.current_page, page.total_pages = int(m.group("cur")), int(m.group("total"))
    else:
        page.current_page = _current_number(pager_links)
    return page


def _current_number(pager_links: list[_Link]) -> int | None:
    """The page number the pager shows as text, not as a link (the current page)."""
    for link in pager_links:
        parent = link.node.parent
        while parent is not None and parent.tag in ("li", "span"):
            parent = parent.parent
        if parent is None:
            continue
        for node in parent.css("span, strong, b, li, em"):
            text = node.text(strip=True)
            if text.isdigit() and node.css_first("a") is None and not _inside_link(node):
                return int(text)
        return None
    return None


def _inside_link(node: LexborNode) -> bool:
    parent = node.parent
    for _ in range(3):
        if parent is None:
            return False
        if parent.tag == "a":
            return True
        parent = parent.parent
    return False
