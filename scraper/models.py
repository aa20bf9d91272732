"""Plain records passed between fetching, parsing, storage and crawl orchestration."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# The fields extracted from every article, in the order users see them.
ARTICLE_FIELDS = ("title", "published_at", "author", "body", "views")


@dataclass(slots=True)
class Article:
    """One extracted article. A field that is not found is ``None``, never a guess."""

    url: str
    site: str
    title: str | None = None
    published_at: str | None = None
    author: str | None = None
    body: str | None = None
    views: int | None = None
    profile: str = "generic"
    # Links to attached files (PDF, Word, images) found in the body.
    attachments: list[str] = field(default_factory=list)
    # Human-readable notes on how each field was found (shown by `govnews probe`).
    evidence: dict[str, str] = field(default_factory=dict)
    # The notice of a page served with 200 that says its article is gone ("Bài viết
    # không tồn tại"): a soft 404, not an article.
    gone: str | None = None
    # The words of a page sent instead of the article: a firewall's block page, a bot
    # check, a maintenance screen (see scraper.standin). Never stored as the article.
    refused: str | None = None

    def fields(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ARTICLE_FIELDS}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class PostbackStep:
    """The form POST that fetches listing page ``page_no`` (see scraper.postback)."""

    action: str  # absolute URL the form posts to
    fields: tuple[tuple[str, str], ...]  # form fields, event target and argument set
    page_no: int


@dataclass(slots=True)
class ListingPage:
    """What a listing page links to."""

    url: str
    article_urls: list[str] = field(default_factory=list)
    page_urls: list[str] = field(default_factory=list)  # other listing pages (pagination)
    # The page number a pager link shows ("2"), by URL: zero-based ?page=1 still shows "2".
    page_numbers: dict[str, int] = field(default_factory=dict)
    # URL shape of the article links (see listing.url_shape): later pages of the same
    # listing reuse it, so a last page with one article is still read right.
    article_shape: str | None = None
    current_page: int | None = None  # "Trang N / M" when shown
    total_pages: int | None = None
    # The next page when the pager has no links, only __doPostBack calls.
    postback: PostbackStep | None = None
    # Where a page without links of its own sends the visitor (meta refresh, script,
    # frameset): an entry page in front of the portal.
    forward: str | None = None
    # The words of a block, bot-check or maintenance page served in the listing's place.
    refused: str | None = None
    # What shows more pages that no URL leads to ("Trang 1 / 9", a "Xem thêm" button a
    # script drives): the walk cannot go on from here, and says so.
    script_pager: str | None = None


@dataclass(slots=True)
class FetchResult:
    """One HTTP response as fetched (body bytes untouched)."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]
    content: bytes
    fetched_at: str  # ISO 8601 UTC
    elapsed: float = 0.0
    http_version: str = "HTTP/1.1"
    request_headers: dict[str, str] = field(default_factory=dict)
    request_body: bytes | None = None  # the form, when the page was POSTed (a postback)

    @property
    def content_type(self) -> str:
        """Lower-cased MIME type without parameters ('' when absent)."""
        raw = self.headers.get("content-type", "")
        return raw.split(";", 1)[0].strip().lower()

    @property
    def is_html(self) -> bool:
        ct = self.content_type
        if ct in ("text/html", "application/xhtml+xml"):
            return True
        if ct in ("", "text/plain", "application/octet-stream"):
            head = self.content[:1024].lstrip().lower()
            return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head
        return False
