"""The Scrapy side of the crawl benchmark: a spider doing govnews' job on the replica portal.

Walks the listing pagination of the replica ward portal, fetches every article, extracts
the same five fields govnews stores (title, published_at, author, body, views) with CSS
and XPath selectors written for the replica's ASP.NET markup, and writes one row per
article to SQLite, committed in batches. Scrapy is a benchmark-only dependency
(``pip install scrapy``); nothing in ``scraper/`` imports it.

Run (bench/crawl.py does this in a subprocess)::

    scrapy runspider bench/scrapy_spider.py -a listing=http://127.0.0.1:PORT/Default.aspx?tabid=73 \
        -s BENCH_DB=/tmp/scrapy.db -s CONCURRENT_REQUESTS=8 -s CONCURRENT_REQUESTS_PER_DOMAIN=8

Settings mirror a tuned, fair crawl: no delay, AutoThrottle and HTTP cache off, robots.txt
not fetched (govnews does fetch it; the replica allows everything, so the work is the same
apart from that one request).
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
import unicodedata
from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.http import Response

_SPACES = re.compile(r"\s+")
_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?")
BATCH = 100

_TITLE = "#ctl00_ContentPane_ctl01_NewsDetail_lblTitle"
_DATE_SEL = "#ctl00_ContentPane_ctl01_NewsDetail_lblDate"
_LEAD = "#ctl00_ContentPane_ctl01_NewsDetail_lblSummary"
_CONTENT = "#ctl00_ContentPane_ctl01_NewsDetail_divContent"
_AUTHOR = "#ctl00_ContentPane_ctl01_NewsDetail_lblAuthor"
_VIEWS = "#ctl00_ContentPane_ctl01_NewsDetail_lblView"


def collapse(parts: list[str] | str) -> str:
    """Join text nodes, collapse whitespace (NBSP included), NFC."""
    text = "".join(parts) if isinstance(parts, list) else parts
    return unicodedata.normalize("NFC", _SPACES.sub(" ", text).strip())


def iso_date(text: str) -> str | None:
    """'(17/06/2022 08:30)' -> '2022-06-17T08:30:00+07:00'; '(17/06/2022)' -> '2022-06-17'."""
    m = _DATE.search(text)
    if not m:
        return None
    d, mo, y, h, mi = m.groups()
    day = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
    return f"{day}T{int(h):02d}:{mi}:00+07:00" if h else day


def body_paragraphs(content: Any) -> list[str]:
    """Paragraphs of the article body: <p>/<div> text, data-table rows, image captions."""
    out: list[str] = []
    for node in content.xpath("./*"):
        tag = node.root.tag
        if tag == "table":
            if "image" in (node.attrib.get("class") or "").split():
                text = collapse(node.css(".image_desc ::text").getall())
                if text:
                    out.append(text)
                continue
            for row in node.xpath(".//tr"):
                cells = [collapse(td.xpath(".//text()").getall()) for td in row.xpath("./td|./th")]
                cells = [c for c in cells if c]
                if cells:
                    out.append(" | ".join(cells))
            continue
        text = collapse(node.xpath(".//text()").getall())
        if text:
            out.append(text)
    return out


class SQLitePipeline:
    """One row per article, committed every BATCH items and at the end (``-s BENCH_DB=path``)."""

    def __init__(self, path: str) -> None:
        self.path = path

    @classmethod
    def from_crawler(cls, crawler: Any) -> SQLitePipeline:
        return cls(crawler.settings.get("BENCH_DB", "scrapy.db"))

    def open_spider(self) -> None:
        self.conn = sqlite3.connect(self.path)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS articles (url TEXT PRIMARY KEY, title TEXT,"
            " published_at TEXT, author TEXT, body TEXT, views INTEGER)"
        )
        self.rows: list[tuple] = []

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        self.rows.append(
            (item["url"], item["title"], item["published_at"], item["author"], item["body"],
             item["views"])
        )  # fmt: skip
        if len(self.rows) >= BATCH:
            self._flush()
        return item

    def _flush(self) -> None:
        self.conn.executemany("INSERT OR REPLACE INTO articles VALUES (?,?,?,?,?,?)", self.rows)
        self.conn.commit()
        self.rows.clear()

    def close_spider(self) -> None:
        self._flush()
        self.conn.close()


class ReplicaSpider(scrapy.Spider):
    """Listing pages -> article pages -> one SQLite row per article."""

    name = "replica"
    custom_settings = {
        "CONCURRENT_REQUESTS": 8,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "DOWNLOAD_DELAY": 0,
        "ROBOTSTXT_OBEY": False,
        "AUTOTHROTTLE_ENABLED": False,
        "HTTPCACHE_ENABLED": False,
        "LOG_LEVEL": "ERROR",
        "TELNETCONSOLE_ENABLED": False,
        "RETRY_ENABLED": True,
        "USER_AGENT": "govnews-bench-scrapy/1.0",
        "ITEM_PIPELINES": {SQLitePipeline: 300},
    }

    def __init__(self, listing: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if not listing:
            raise ValueError("pass -a listing=URL")
        self.start_urls = [listing]
        self.started = time.perf_counter()
        self.cpu_start = time.process_time()

    def parse(self, response: Response) -> Iterator[scrapy.Request]:
        """A listing page: follow its article links and its pager (the dupefilter dedups)."""
        for href in response.css(
            "#ctl00_ContentPane_ctl01_NewsList_dlNews a.NewsTitle::attr(href)"
        ):
            yield response.follow(href.get(), callback=self.parse_article)
        for href in response.css("td.Paging a.PagingLink::attr(href)"):
            yield response.follow(href.get(), callback=self.parse)

    def parse_article(self, response: Response) -> Iterator[dict[str, Any]]:
        lead = collapse(response.css(f"{_LEAD} ::text").getall())
        paras = ([lead] if lead else []) + body_paragraphs(response.css(_CONTENT)[0])
        author = collapse(response.css(f"{_AUTHOR} ::text").getall())
        views = re.sub(r"\D", "", response.css(f"{_VIEWS}::text").get() or "")
        yield {
            "url": response.url,
            "title": collapse(response.css(f"{_TITLE} ::text").getall()) or None,
            "published_at": iso_date(response.css(f"{_DATE_SEL}::text").get() or ""),
            "author": author or None,
            "body": "\n\n".join(paras) or None,
            "views": int(views) if views else None,
        }

    def closed(self, reason: str) -> None:
        """Print one JSON line of what was done, for bench/crawl.py."""
        stats = self.crawler.stats.get_stats()
        result = {
            "reason": reason,
            "crawl_seconds": time.perf_counter() - self.started,
            "cpu_start": self.cpu_start,
            "requests": stats.get("downloader/request_count", 0),
            "responses": stats.get("downloader/response_count", 0),
            "items": stats.get("item_scraped_count", 0),
            "errors": stats.get("log_count/ERROR", 0),
        }
        print(json.dumps(result), flush=True)
