"""The replica portal model: articles by index, listing order, URL routing, ground truth
and cheap mutations for incremental-crawl tests.

Article ``i`` (0 = oldest, ``len(portal) - 1`` = newest) is regenerated from ``(name,
seed, i)`` whenever it is needed; only edits, the view-count bump and a few small caches
are stored, so a 100,000-article portal costs almost no memory.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..errors import UsageError
from . import pages
from .content import (
    ArticleText,
    Attachment,
    Headline,
    Para,
    TextGen,
    collapse,
    mix,
    phrases,
    seed_article,
    seed_text,
    stable_hash,
    ward_for,
)
from .pages import ARTICLE_TAB, HOME_TAB, ArticleView, Doc, ListItem, Site

SEED_DATE = date(2022, 6, 17)
SECTION_TABS = (53, 75, 80, 85, 90)
_BLOCK = 16  # articles per date block (see _generated_day)
_ENCODINGS = {"utf-8": "utf-8", "utf8": "utf-8", "cp1258": "cp1258", "windows-1258": "cp1258"}
_PDF_ITEM = re.compile(r"_(\d+)\.pdf$")
_HTML = "text/html; charset="
_ASPX_HEADERS = (
    ("Cache-Control", "private"),
    ("X-AspNet-Version", "4.0.30319"),
    ("X-Powered-By", "ASP.NET"),
)
_STATIC_HEADERS = (
    ("Last-Modified", "Fri, 17 Jun 2022 02:15:08 GMT"),
    ("Accept-Ranges", "bytes"),
    ("X-Powered-By", "ASP.NET"),
)


@dataclass(frozen=True, slots=True)
class Route:
    """What a request path names: ``kind`` plus an argument (page, index, tab, URL...)."""

    kind: str
    arg: Any = None


@dataclass(frozen=True, slots=True)
class Resource:
    """A rendered response body with its status and headers (no transport details)."""

    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


class Portal:
    """A deterministic Vietnamese ward news portal (same arguments -> same bytes).

    URLs (under the mount :attr:`prefix`): listing page 1 ``/Default.aspx?tabid=73``,
    page N ``/Default.aspx?tabid=73&page=N``, article ``/Default.aspx?tabid=73&ItemID=K``,
    attachments ``/Portals/0/files/...pdf``; the home page ``/Default.aspx`` and menu
    tabs (53, 75, 80, 85, 90) are static pages. Query parameter order and case, extra
    parameters (``utm_*``) and fragments do not matter, as on IIS.

    Article index ``i``: 0 is the oldest, ``len(portal) - 1`` the newest; indexes never
    change when articles are added. ``start_date`` is the date of the newest *initial*
    article; older ones go back in time (a few per day for large portals) and added ones
    go forward. With ``include_seed_article`` the real Cửa Đại article (17/06/2022) is
    the newest initial article dated on or before 2022-06-17 (the newest by default).
    """

    def __init__(
        self,
        articles: int = 90,
        per_page: int = 10,
        seed: int = 0,
        name: str = "cuadai",
        include_seed_article: bool = True,
        page_size_kb: tuple[int, int] | None = None,
        start_date: date = SEED_DATE,
        *,
        ward: str | None = None,
        encoding: str = "utf-8",
        robots_disallow: Sequence[str] = (),
        prefix: str = "",
        pager: str = "links",
    ) -> None:
        if not isinstance(articles, int) or articles < 0:
            raise UsageError(f"articles must be a whole number >= 0, not {articles!r}")
        if not isinstance(per_page, int) or per_page < 1:
            raise UsageError(f"per_page must be a whole number >= 1, not {per_page!r}")
        if page_size_kb is not None:
            lo, hi = page_size_kb
            if not 0 < lo <= hi:
                raise UsageError(
                    f"page_size_kb must be (low, high) with 0 < low <= high: {page_size_kb!r}"
                )
        if encoding.lower() not in _ENCODINGS:
            raise UsageError(f"encoding must be utf-8 or cp1258, not {encoding!r}")
        if pager not in ("links", "postback"):
            raise UsageError(f"pager must be 'links' or 'postback', not {pager!r}")
        if not re.fullmatch(r"[A-Za-z0-9._-]+", name):
            raise UsageError(f"portal name must be letters, digits, '.', '_' or '-': {name!r}")
        self.name = name
        self.seed = seed
        self.per_page = per_page
        self.start_date = start_date
        self.encoding = _ENCODINGS[encoding.lower()]
        self.robots_disallow = tuple(robots_disallow)
        self.ward = ward_for(name, ward)
        self._key = f"{name}:{seed}"
        self._salt = stable_hash(self._key)
        self._n0 = articles
        self._count = articles
        # Articles per day grows with portal size so 100k articles span ~17 years, not 500.
        per_day = 0.5 if articles <= 2000 else articles / 4000
        self._days_per_block = max(1, round(_BLOCK / per_day))
        self._text = TextGen(self.ward, self._key)
        self._site = Site(
            prefix="",
            ward=self.ward,
            key=self._key,
            encoding=self.encoding,
            page_size_kb=tuple(page_size_kb) if page_size_kb else None,
            visitors=1_000_000 + stable_hash(self._key, "visitors") % 900_000,
            postback_pager=pager == "postback",
        )
        self._day_blocks: OrderedDict[int, list[int]] = OrderedDict()
        self._headline = lru_cache(maxsize=4096)(self._generate_headline)
        self._published = lru_cache(maxsize=8192)(self._generate_published)
        self._list_items = lru_cache(maxsize=4096)(self._generate_list_item)
        self._titles: dict[int, str] = {}
        self._bodies: dict[int, tuple[str, ...]] = {}
        self._bump = 0
        self._lock = threading.RLock()
        self.version = 0  # bumped by every mutation; caches key on it
        self._seed_index = self._place_seed() if include_seed_article and articles else None
        self.mount(prefix)

    def __repr__(self) -> str:
        return f"Portal(name={self.name!r}, articles={self._count}, prefix={self.prefix!r})"

    def __len__(self) -> int:
        return self._count

    # --- mounting and URLs ----------------------------------------------------------

    @property
    def prefix(self) -> str:
        return self._site.prefix

    def mount(self, prefix: str) -> None:
        """Serve the portal under ``prefix`` (e.g. '/phuong-a'); '' is the site root."""
        prefix = "/" + prefix.strip("/") if prefix.strip("/") else ""
        if not re.fullmatch(r"(/[A-Za-z0-9._-]+)*", prefix):
            raise UsageError(f"mount prefix must look like '/name': {prefix!r}")
        with self._lock:
            self._site.prefix = prefix
            self._site._chrome.clear()
            self._site._chrome_bytes.clear()
            if hasattr(self, "_list_items"):
                self._list_items.cache_clear()
            self.version += 1

    @property
    def listing_url(self) -> str:
        """Path (with query) of listing page 1."""
        return f"{self.prefix}/Default.aspx?tabid={ARTICLE_TAB}"

    @property
    def page_count(self) -> int:
        return -(-self._count // self.per_page)

    def page_path(self, page: int) -> str:
        """Canonical path of listing page ``page`` (page 1 is :attr:`listing_url`)."""
        return self.listing_url if page == 1 else pages.page_link(self._site, page)

    def item_id(self, i: int) -> int:
        """The ASP.NET ItemID of article ``i``: increasing, with gaps."""
        return 1000 + 3 * i + mix(self._salt, 1, i) % 3

    def _index_of_item(self, item_id: int) -> int | None:
        i = (item_id - 1000) // 3
        if 0 <= i < self._count and self.item_id(i) == item_id:
            return i
        return None

    def article_path(self, i: int) -> str:
        return (
            f"{self.prefix}/Default.aspx?tabid={ARTICLE_TAB}&ItemID={self.item_id(self._check(i))}"
        )

    def index_of(self, path: str) -> int | None:
        """Article index named by a path (any spelling the portal accepts), else None."""
        local = self._strip_prefix(_split(path)[0])
        if local is None:
            return None
        route = self.resolve(local, _split(path)[1])
        return route.arg if route.kind == "article" else None

    def _check(self, i: int) -> int:
        if not 0 <= i < self._count:
            raise UsageError(f"article index {i} out of range (portal has {self._count})")
        return i

    def _strip_prefix(self, path: str) -> str | None:
        if not self.prefix:
            return path
        head = path[: len(self.prefix)]
        rest = path[len(self.prefix) :]
        if head.lower() == self.prefix.lower() and (not rest or rest[0] in "/?"):
            return rest
        return None

    # --- dates, ids, views --------------------------------------------------------------

    def _offsets(self, block: int) -> list[int]:
        offsets = self._day_blocks.get(block)
        if offsets is None:
            rng = self._text.rng(block, "dayblock")
            offsets = sorted(rng.randrange(self._days_per_block) for _ in range(_BLOCK))
            offsets[0] = 0
            self._day_blocks[block] = offsets
            if len(self._day_blocks) > 256:
                self._day_blocks.popitem(last=False)
        return offsets

    def _generated_day(self, i: int) -> date:
        # Ranks count from the initial newest article, dated start_date. Each block of 16
        # ranks covers its own run of days, so dates never decrease as i grows.
        block, slot = divmod(i - (self._n0 - 1), _BLOCK)
        days = block * self._days_per_block + self._offsets(block)[slot]
        return self.start_date + timedelta(days=days)

    def _place_seed(self) -> int:
        """Index of the newest initial article dated on or before the seed's date."""
        lo, hi = 0, self._n0 - 1
        if self._generated_day(lo) > SEED_DATE:
            return 0
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._generated_day(mid) <= SEED_DATE:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def published(self, i: int) -> tuple[date, time | None]:
        """Publication day of article ``i`` and its time of day when the page shows one."""
        return self._published(self._check(i))

    def _generate_published(self, i: int) -> tuple[date, time | None]:
        if i == self._seed_index:
            return SEED_DATE, None
        day = self._generated_day(i)
        h = mix(self._salt, 2, i)
        if h % 100 < 30:
            slot = (i - (self._n0 - 1)) % _BLOCK
            minutes = 420 + slot * 38 + (h >> 8) % 30  # later slots later in the day
            return day, time(minutes // 60, minutes % 60)
        return day, None

    def _date_text(self, i: int) -> str:
        day, at = self.published(i)
        text = f"{day.day:02d}/{day.month:02d}/{day.year}"
        return f"{text} {at.hour:02d}:{at.minute:02d}" if at else text

    def published_at(self, i: int) -> str:
        day, at = self.published(i)
        return f"{day.isoformat()}T{at.isoformat()}+07:00" if at else day.isoformat()

    def views(self, i: int) -> int:
        self._check(i)
        if i == self._seed_index:
            return int(seed_article()["views"]) + self._bump
        h = mix(self._salt, 3, i)
        if h % 100 < 22:
            base = 1000 + (h >> 8) % 14000
        else:
            age = max(0, self._n0 - 1 - i)
            base = 15 + (h >> 8) % 400 + min(age, 500)
        return base + self._bump

    # --- text ---------------------------------------------------------------------------------

    def _event_day(self, i: int) -> date:
        day, at = self.published(i)
        return day if at else day - timedelta(days=mix(self._salt, 4, i) % 3)

    def _generate_headline(self, i: int) -> Headline:
        if i == self._seed_index:
            s = seed_text()
            return Headline(s.topic, s.title, s.lead)
        return self._text.headline(i, self._event_day(i))

    def title(self, i: int) -> str:
        self._check(i)
        return self._titles.get(i) or self._headline(i).title

    def _lead(self, i: int) -> str:
        body = self._bodies.get(i)
        return body[0] if body else self._headline(i).lead

    def text(self, i: int) -> ArticleText:
        """Title, lead, body blocks and byline of article ``i`` (edits applied)."""
        self._check(i)
        if i == self._seed_index:
            base = seed_text()
        else:
            base = self._text.article(i, self._event_day(i), self.item_id(i), self._headline(i))
        body = self._bodies.get(i)
        return ArticleText(
            topic=base.topic,
            title=self._titles.get(i) or base.title,
            lead=body[0] if body else base.lead,
            blocks=tuple(Para(p) for p in body[1:]) if body else base.blocks,
            author=base.author,
        )

    def _thumb(self, i: int) -> str | None:
        if mix(self._salt, 5, i) % 10 < 3:
            return None
        day, _ = self.published(i)
        return f"/Portals/0/News/Thumbs/{day.year}/{self.item_id(i)}.jpg"

    # --- ground truth -----------------------------------------------------------------

    def article(self, i: int) -> dict[str, Any]:
        """Ground truth of article ``i`` (see :meth:`ground_truth`)."""
        text = self.text(i)
        return {
            "path": self.article_path(i),
            "title": collapse(text.title),
            "published_at": self.published_at(i),
            "author": collapse(text.author) if text.author else None,
            "body": "\n\n".join(text.paragraphs()),
            "views": self.views(i),
            "attachments": [
                quote(self.prefix + b.href, safe="/")
                for b in text.blocks
                if isinstance(b, Attachment)
            ],
        }

    def ground_truth(self) -> Iterator[dict[str, Any]]:
        """What a perfect scraper extracts, newest article first.

        Keys: path, title, published_at ('YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM:SS+07:00'),
        author (None when absent), body (paragraphs joined by one blank line; lead, table
        rows as 'a | b | c', image captions and attachment lines included; whitespace
        collapsed, NFC), views, attachments (percent-encoded paths of linked files).
        """
        for position in range(self._count):
            yield self.article(self._count - 1 - position)

    def paths(self) -> list[str]:
        """Canonical article paths, newest first."""
        return [self.article_path(self._count - 1 - p) for p in range(self._count)]

    # --- mutations --------------------------------------------------------------------

    def add_articles(self, n: int = 1) -> list[str]:
        """Publish ``n`` new articles (newest first on page 1); returns their paths."""
        if n < 0:
            raise UsageError(f"cannot add {n} articles")
        with self._lock:
            start = self._count
            self._count += n
            self.version += 1
        return [self.article_path(i) for i in range(start + n - 1, start - 1, -1)]

    def edit_article(
        self,
        index_or_path: int | str,
        title: str | None = None,
        body: str | Sequence[str] | None = None,
    ) -> str:
        """Change an article's title and/or body; returns its path.

        ``index_or_path``: article index (0 = oldest, negative counts from the newest) or
        any path naming it. ``body``: paragraphs separated by blank lines, or a list of
        paragraphs; the first becomes the lead.
        """
        i = self._resolve_index(index_or_path)
        with self._lock:
            if title is not None:
                clean = collapse(title)
                if not clean:
                    raise UsageError("an article title cannot be empty")
                self._titles[i] = clean
            if body is not None:
                parts = re.split(r"\n\s*\n", body) if isinstance(body, str) else list(body)
                paras = tuple(unicodedata.normalize("NFC", p.strip()) for p in parts if collapse(p))
                if not paras:
                    raise UsageError("an article body needs at least one paragraph")
                self._bodies[i] = paras
            self._list_items.cache_clear()
            self.version += 1
        return self.article_path(i)

    def bump_views(self, by: int = 1) -> None:
        """Every article's view count grows by ``by``."""
        if by < 0:
            raise UsageError("view counts only grow")
        with self._lock:
            self._bump += by
            self.version += 1

    def _resolve_index(self, index_or_path: int | str) -> int:
        if isinstance(index_or_path, int):
            i = index_or_path + self._count if index_or_path < 0 else index_or_path
            return self._check(i)
        i = self.index_of(index_or_path)
        if i is None:
            raise UsageError(f"no article at {index_or_path!r}")
        return i

    # --- routing and rendering --------------------------------------------------------

    def robots_rules(self) -> list[str]:
        return [self.prefix + rule for rule in self.robots_disallow]

    def resolve(self, path: str, query: str = "") -> Route:
        """Route a portal-relative path (prefix already removed) and raw query string."""
        lower = unquote(path).lower()
        params = {k.lower(): v for k, v in parse_qsl(query, keep_blank_values=True)}
        if lower in ("", "/", "/default.aspx"):
            return self._resolve_tab(params)
        if lower.startswith("/portals/0/files/") and lower.endswith(".pdf"):
            return self._resolve_pdf(lower)
        ext = lower.rsplit(".", 1)[-1]
        if ext in ("jpg", "jpeg", "gif", "png", "swf", "ico"):
            return Route("image", ext)
        if lower.endswith(".css"):
            return Route("css")
        if lower.endswith(".js") or lower in ("/webresource.axd", "/scriptresource.axd"):
            return Route("js")
        if lower == "/linkclick.aspx":
            link = params.get("link", "")
            return (
                Route("linkclick", link)
                if link.startswith(("http://", "https://"))
                else Route("notfound")
            )
        return Route("notfound")

    def _resolve_tab(self, params: dict[str, str]) -> Route:
        tab = _int(params.get("tabid", str(HOME_TAB)))
        if tab == HOME_TAB:
            return Route("home")
        if tab in SECTION_TABS:
            return Route("section", tab)
        if tab != ARTICLE_TAB:
            return Route("notfound")
        if "itemid" in params:
            item = _int(params["itemid"])
            i = self._index_of_item(item) if item is not None else None
            return Route("article", i) if i is not None else Route("notfound")
        page = _int(params.get("page", "1"))
        return Route("listing", max(1, page or 1))

    def postback(self, route: Route, form: dict[str, str]) -> Route:
        """The page a form POST shows: with ``pager="postback"``, listing page N is the
        listing's form posted back with the pager as event target and N as argument;
        a POST without the page's view state is answered like a GET."""
        if (
            route.kind == "listing"
            and self._site.postback_pager
            and form.get("__EVENTTARGET") == pages.LIST_PAGER_TARGET
            and form.get("__VIEWSTATE")
            and form.get("__EVENTARGUMENT", "").isdecimal()
        ):
            return Route("listing", max(1, int(form["__EVENTARGUMENT"])))
        return route

    def _resolve_pdf(self, lower: str) -> Route:
        if re.fullmatch(r"/portals/0/files/vanban/vb_[123]\.pdf", lower):
            return Route("pdf", lower)
        m = _PDF_ITEM.search(lower)
        i = self._index_of_item(int(m.group(1))) if m else None
        if i is not None:
            for block in self.text(i).blocks:
                if isinstance(block, Attachment) and block.href.lower() == lower:
                    return Route("pdf", block.label)
        return Route("notfound")

    def render(self, route: Route, path: str = "") -> Resource:
        """The response for a resolved route; ``path`` is the request path (for forms)."""
        kind = route.kind
        html = _HTML + pages.charset_label(self.encoding)
        if kind == "article":
            return Resource(200, html, self._article_page(route.arg), _ASPX_HEADERS)
        if kind == "listing":
            return Resource(200, html, self._listing_page(route.arg), _ASPX_HEADERS)
        if kind == "home":
            items = [self._list_item(self._count - 1 - p) for p in range(min(6, self._count))]
            return Resource(
                200,
                html,
                pages.home_page(self._site, self.prefix + "/Default.aspx", items),
                _ASPX_HEADERS,
            )
        if kind == "section":
            return Resource(200, html, self._section_page(route.arg), _ASPX_HEADERS)
        if kind == "pdf":
            label = route.arg if not route.arg.startswith("/") else f"Van ban {route.arg[-5]}"
            return Resource(200, "application/pdf", pages.pdf_bytes(label), _STATIC_HEADERS)
        if kind == "image":
            ext = route.arg
            if ext == "gif":
                return Resource(200, "image/gif", pages.GIF, _STATIC_HEADERS)
            if ext == "ico":
                return Resource(200, "image/x-icon", pages.ICO, _STATIC_HEADERS)
            if ext == "swf":
                return Resource(200, "application/x-shockwave-flash", b"FWS\x06", _STATIC_HEADERS)
            return Resource(200, "image/jpeg", pages.JPEG, _STATIC_HEADERS)
        if kind == "css":
            return Resource(200, "text/css", pages.STATIC_CSS, _STATIC_HEADERS)
        if kind == "js":
            return Resource(200, "application/x-javascript", pages.STATIC_JS, _STATIC_HEADERS)
        if kind == "linkclick":
            return Resource(302, html, b"", (("Location", route.arg),) + _ASPX_HEADERS)
        body = pages.not_found_page(self._site, self.prefix + (path or "/"))
        return Resource(404, html, body, _ASPX_HEADERS)

    def _list_item(self, i: int) -> ListItem:
        return self._list_items(i)

    def _generate_list_item(self, i: int) -> ListItem:
        return ListItem(
            item_id=self.item_id(i),
            path=self.article_path(i),
            title=self.title(i),
            date_text=self._date_text(i)[:10],
            summary=self._lead(i),
            thumb=self._thumb(i),
        )

    def _article_page(self, i: int) -> bytes:
        text = self.text(i)
        view = ArticleView(
            item_id=self.item_id(i),
            path=self.article_path(i),
            title=text.title,
            date_text=self._date_text(i),
            lead=text.lead,
            blocks=text.blocks,
            author=text.author,
            views=self.views(i),
        )
        older = [self._list_item(j) for j in range(i - 1, max(-1, i - 11), -1)]
        older_pages = -(-i // 10)
        seed_style = i == self._seed_index and i not in self._bodies
        return pages.article_page(self._site, view, older, older_pages, seed_style)

    def _listing_page(self, page: int) -> bytes:
        first = (page - 1) * self.per_page
        positions = range(first, min(self._count, first + self.per_page))
        items = [self._list_item(self._count - 1 - p) for p in positions]
        # Postback-paged listings have one URL: every page's form posts back to it.
        path = self.listing_url if self._site.postback_pager else self.page_path(page)
        return pages.listing_page(self._site, path, items, page, self.page_count)

    def _section_page(self, tab: int) -> bytes:
        spec = phrases()["sections"][str(tab)]
        paragraphs = self._text.section_paragraphs(spec["paragraphs"], str(tab))
        docs = []
        if tab == 80:
            labels = (
                "Kế hoạch phát triển kinh tế - xã hội",
                "Quy chế làm việc của UBND",
                "Quy chế dân chủ ở cơ sở",
            )
            docs = [
                Doc(f"/Portals/0/files/vanban/VB_{n}.pdf", label, "05/01/2022")
                for n, label in enumerate(labels, 1)
            ]
        path = f"{self.prefix}/Default.aspx?tabid={tab}"
        return pages.section_page(self._site, path, tab, spec["title"], paragraphs, docs)

    def robots_txt(self) -> str:
        """robots.txt for this portal alone at a site root."""
        return robots_txt([self])


def robots_txt(portals: Sequence[Portal]) -> str:
    """One robots.txt for every portal sharing a host (each rule carries its mount prefix)."""
    rules = [rule for p in portals for rule in p.robots_rules()]
    lines = ["User-agent: *"] + ([f"Disallow: {r}" for r in rules] if rules else ["Disallow:"])
    return "\n".join(lines) + "\n"


def _int(value: str) -> int | None:
    try:
        return int(value.strip())
    except ValueError:
        return None


def _split(target: str) -> tuple[str, str]:
    """(path, query) of a path or absolute URL, fragment dropped."""
    parts = urlsplit(target)
    return parts.path or "/", parts.query
