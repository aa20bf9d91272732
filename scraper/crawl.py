"""Crawl orchestration: walk listings, fetch articles, extract and store them.

One asyncio event loop drives every site of a run. Per site, one walker
fetches listing pages in page order (so an incremental run can stop early)
and queues unseen article URLs in the SQLite frontier; a feeder streams
queued URLs from the database to a small pool of article workers. Memory
stays flat: the frontier lives in SQLite, not in Python lists.

Fetching (politeness, retries) is :mod:`scraper.fetch`; parsing is pure
(:mod:`scraper.listing`, :mod:`scraper.article`); storage is
:mod:`scraper.archive` / :mod:`scraper.frontier`.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import re
import signal
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from . import archive, frontier
from .batch import WriteBatch
from .db import connect
from .errors import FetchError, GovnewsError, UsageError
from .fetch import Fetcher, FetchPolicy
from .listing import listing_key
from .models import Article, FetchResult, PostbackStep
from .pagework import PageWork, Prepared, read_listing
from .postback import parse_postback_key, postback_key, previous_key
from .profiles import Profile, get_profile
from .runs import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_NOTHING,
    EXIT_OK,
    EXIT_PARTIAL,
    RunCounts,
    RunLock,
    finish_run,
    start_run,
)
from .sitemap import looks_like_sitemap, parse_sitemap
from .urls import canonicalize, host_of, is_http_url, on_portal, on_site
from .vocab import PAGE_PARAM_RE, PAGE_PATH_RE

Reporter = Callable[..., None]  # reporter(event: str, **fields)


def _silent(event: str, **fields: Any) -> None:
    return None


_MAX_FORWARDS = 3  # entry pages followed before a seed counts as having no articles
_MAX_REFUSALS = 5  # block pages in a row that halt a site


@dataclass
class Site:
    """One portal to crawl: a name and its listing URLs (plus per-site settings)."""

    name: str
    listing_urls: list[str]
    profile: str | None = None
    delay: float | None = None
    concurrency: int | None = None
    extra_hosts: list[str] = field(default_factory=list)

    @classmethod
    def from_url(cls, url: str, profile: str | None = None) -> Site:
        return cls(name=host_of(url), listing_urls=[url], profile=profile)


@dataclass
class CrawlOptions:
    concurrency: int = 4
    delay: float = 0.5
    max_pages: int | None = None  # listing pages per site
    full: bool = False
    known_stop: int | None = None  # consecutive known articles ending an incremental walk
    since: str | None = None
    until: str | None = None
    refresh_days: int = 0
    profile: str | None = None
    ignore_robots: bool = False
    insecure: bool = False  # skip TLS certificate checks (portals with broken chains)
    contact: str | None = None
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    attempts: int = 4
    attachments: bool = True
    batch_size: int = 64  # articles per commit (1: commit each article on its own)
    parse_workers: int = 0  # processes extracting articles (0: in the event loop's process)

    def validate(self) -> None:
        if self.delay < 0:
            raise UsageError(f"--delay must be zero or positive, got {self.delay}")
        if self.concurrency < 1:
            raise UsageError(f"--concurrency must be at least 1, got {self.concurrency}")
        if self.max_pages is not None and self.max_pages < 1:
            raise UsageError(f"--max-pages must be at least 1, got {self.max_pages}")
        if self.batch_size < 1:
            raise UsageError(f"--batch-size must be at least 1, got {self.batch_size}")
        if self.parse_workers < 0:
            raise UsageError(f"--parse-workers must be zero or positive, got {self.parse_workers}")
        if self.attempts < 1:
            raise UsageError(f"--attempts must be at least 1, got {self.attempts}")
        if self.refresh_days < 0:
            raise UsageError(f"--refresh-days must be zero or positive, got {self.refresh_days}")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise UsageError(f"--{name} must be a date like 2022-06-17, got {value!r}")
        if self.profile:
            get_profile(self.profile)

    def policy(self) -> FetchPolicy:
        policy = FetchPolicy(
            concurrency_per_host=self.concurrency,
            delay=self.delay,
            connect_timeout=self.connect_timeout,
            read_timeout=self.read_timeout,
            attempts=self.attempts,
            obey_robots=not self.ignore_robots,
            verify_tls=not self.insecure,
        )
        if self.contact:
            policy.contact = self.contact
        return policy


@dataclass
class CrawlReport:
    run_id: int
    counts: RunCounts
    status: str
    exit_code: int
    seconds: float
    site_errors: dict[str, str] = field(default_factory=dict)
    site_retryable: dict[str, bool] = field(default_factory=dict)  # site -> may work later
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # url, reason, message
    incomplete: list[tuple[str, str]] = field(default_factory=list)  # url, missing fields
    skipped: int = 0
    commits: int = 0  # article batches committed (see scraper.batch)

    @property
    def message(self) -> str:
        c = self.counts
        return (
            f"{c.new} new, {c.updated} updated, {c.unchanged} unchanged, {c.failed} failed "
            f"({c.listing_pages} listing pages, {c.requests} requests, {self.seconds:.1f}s)"
        )


class SiteError(GovnewsError):
    """A site could not be crawled at all (its listing is unusable).

    ``retryable``: whether a later attempt may succeed (a timeout or a 503, not a 404
    or a robots.txt disallow); distributed runs retry those sites.
    """

    def __init__(self, message: str, *, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable


def _page_no(url: str) -> int | None:
    m = PAGE_PARAM_RE.search("?" + url.partition("?")[2]) or PAGE_PATH_RE.search(url)
    if not m:
        return None
    digits = re.findall(r"\d+", m.group(0))
    return int(digits[-1]) if digits else None


class SiteCrawl:
    """The walk of one site within a run."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        site: Site,
        fetcher: Fetcher,
        options: CrawlOptions,
        report: CrawlReport,
        run_id: int,
        reporter: Reporter,
        stop: asyncio.Event,
        batch: WriteBatch | None = None,
        pages: PageWork | None = None,
    ) -> None:
        self.db, self.site, self.fetcher, self.options = db, site, fetcher, options
        self.batch = WriteBatch(db, max_items=1) if batch is None else batch
        self.pages = PageWork() if pages is None else pages
        self.report, self.run_id, self.reporter, self.stop = report, run_id, reporter, stop
        self.profile = options.profile or site.profile
        self.counts = report.counts
        self.walk_done = asyncio.Event()
        self.queue: asyncio.Queue[str | None] = asyncio.Queue(maxsize=options.concurrency * 4)
        self.hosts = {host_of(u) for u in site.listing_urls} | set(site.extra_hosts)
        # Seeds without a page number are first pages: pager links to "1" are aliases.
        self.seed_is_first = all(_page_no(u) is None for u in site.listing_urls)
        self.started_at = archive.now_utc()
        self.seen_lists: set[int] = set()
        self.article_shape: str | None = None
        self.detected: Profile | None = None
        self.fatal: list[Exception] = []  # what stopped a worker (a failing database)
        self.postbacks: dict[str, PostbackStep] = {}  # queued postback pages' requests
        self.refusals = 0  # block pages in a row (see scraper.standin)
        self.halt: str | None = None  # why this site stopped early (the others go on)

    def stopping(self) -> bool:
        """The run is stopping (Ctrl-C, a failing archive) or this site was halted."""
        return self.stop.is_set() or self.halt is not None

    def _refused(
        self, url: str, kind: str, notice: str, status: int | None, *, announce: bool = True
    ) -> None:
        """A block page instead of ``url``: a failure; many in a row halt the site, since
        the portal is refusing the crawler (the rest stays queued for the next run)."""
        what = "article" if kind == frontier.ARTICLE else "listing page"
        msg = f"{url}: the server sent a block page instead of the {what} ({notice[:80]!r})"
        self._fail(url, kind, "refused", msg, status, announce=announce)
        self.refusals += 1
        if self.refusals >= _MAX_REFUSALS and self.halt is None:
            self.halt = (
                f"the portal sent {self.refusals} block pages in a row ({notice[:80]!r}); "
                "stopped crawling it, the rest stays queued (try later or with a longer --delay)"
            )

    # -- setup ---------------------------------------------------------------
    def prepare(self) -> None:
        name = self.site.name
        with archive.transaction(self.db):
            if not frontier.walk_in_progress(self.db, name):
                seeds = [listing_key(u) for u in self.site.listing_urls]
                frontier.add(
                    self.db,
                    seeds,
                    site=name,
                    kind=frontier.LISTING,
                    page_nos=dict.fromkeys(seeds, 1),
                    run_id=self.run_id,
                )
                # a seed left 'failed' by an earlier run (site unreachable) is tried again
                frontier.requeue(self.db, seeds, site=name, kind=frontier.LISTING)
            else:
                self.reporter("resume", site=name)
            frontier.retry_failed(self.db, name)
            recent = frontier.recent_articles(self.db, name, self.options.refresh_days)
            if recent:
                frontier.requeue(self.db, recent, site=name, kind=frontier.ARTICLE)

    # -- listing walk ----------------------------------------------------------
    async def walk(self) -> None:
        opts = self.options
        walked = 0
        stopped_early = False  # --max-pages reached: the walk resumes on the next run
        try:
            while not self.stopping():
                url = frontier.next_listing(self.db, self.site.name)
                if url is None:
                    break
                if opts.max_pages is not None and walked >= opts.max_pages:
                    stopped_early = True
                    break
                walked += 1
                if not await self.walk_page(url, first=walked == 1):
                    break  # incremental stop: finish_walk below forgets the rest
            if not self.stopping() and not stopped_early:
                with archive.transaction(self.db):
                    frontier.finish_walk(self.db, self.site.name)
        finally:
            self.walk_done.set()

    async def walk_page(self, url: str, first: bool, forwards: int = 0) -> bool:
        """Fetch and queue one listing page; False when the incremental walk should stop.

        ``forwards``: entry pages already followed to reach ``url`` (see ``scraper.standin``).
        """
        name = self.site.name
        step: PostbackStep | None = None
        if parse_postback_key(url) is not None:
            step = self.postbacks.pop(url, None) or self._replay_postback(url)
            if step is None:
                msg = f"{url}: the page before it is not in the archive, so no form to post"
                self._fail(url, frontier.LISTING, "postback", msg, None)
                return True
        try:
            if step is None:
                result = await self.fetcher.fetch(url)
            else:
                result = await self.fetcher.fetch(step.action, form=step.fields)
                result.url = url  # stored under its frontier key: "page N of that listing"
        except FetchError as exc:
            self._fail(url, frontier.LISTING, exc.reason, str(exc), exc.status, announce=not first)
            if first:
                raise SiteError(
                    f"cannot fetch listing {url}: {_reason_text(exc)}", retryable=exc.retryable
                ) from None
            return True
        if looks_like_sitemap(result.content):
            return self._walk_sitemap(url, result, first)
        if not result.is_html:
            msg = f"{url}: not an HTML page ({result.content_type or 'unknown type'})"
            self._fail(url, frontier.LISTING, "not-html", msg, result.status, announce=not first)
            if first:
                raise SiteError(f"listing {msg.partition(': ')[2]}: {url}")
            return True
        try:
            prep = await self.pages.listing(
                result.content,
                result.headers.get("content-type"),
                canonicalize(result.final_url),
                self.profile,
                self.article_shape,
            )
        except GovnewsError as exc:
            self._fail(
                url, frontier.LISTING, "parse", f"{url}: {exc}", result.status, announce=not first
            )
            if first:
                raise SiteError(f"cannot parse listing {url}: {exc}") from None
            return True
        page = prep.page
        if page.refused:
            self._refused(url, frontier.LISTING, page.refused, result.status, announce=not first)
            if first:
                raise SiteError(
                    f"listing page {url} is a block page, not the listing ({page.refused[:80]!r});"
                    " try later or with a longer --delay",
                    retryable=True,
                )
            return True
        if step is not None and page.current_page not in (None, step.page_no):
            msg = f"{url}: posting the pager back showed page {page.current_page}"
            self._fail(url, frontier.LISTING, "postback", msg, result.status)
            return True

        def store_listing() -> None:  # the raw page, and the listing marked done
            archive.store_page(
                self.db,
                result,
                site=name,
                kind=frontier.LISTING,
                encoding=prep.encoding,
                packed=(prep.packed, prep.sha256),
            )
            frontier.mark(self.db, url, frontier.DONE)

        self.article_shape = self.article_shape or page.article_shape
        page.article_urls = [u for u in page.article_urls if on_portal(host_of(u), self.hosts)]
        if first and not page.article_urls and page.forward and forwards < _MAX_FORWARDS:
            # An entry page in front of the portal: walk the page it forwards to instead.
            target = page.forward
            if not on_site(host_of(target), self.hosts):
                raise SiteError(
                    f"listing page {url} only forwards to {target} (another site); "
                    "crawl that URL instead"
                )
            with archive.transaction(self.db):
                store_listing()
                frontier.add(
                    self.db,
                    [target],
                    site=name,
                    kind=frontier.LISTING,
                    listing_url=url,
                    run_id=self.run_id,
                )
            self.reporter("forward", site=name, url=url, to=target)
            return await self.walk_page(target, first=True, forwards=forwards + 1)
        if first and not page.article_urls:
            self._fail(
                url,
                frontier.LISTING,
                "no-articles",
                "no article links found",
                result.status,
                announce=False,
            )
            hint = ""
            with contextlib.suppress(FetchError):
                sitemaps = (await self.fetcher.robots(url)).sitemaps
                if sitemaps:  # a script-built listing; the sitemap lists the articles
                    hint = f"; robots.txt names a sitemap, crawl it instead: {sitemaps[0]}"
            raise SiteError(f"no recognisable article links on listing page {url}{hint}")
        # The same list under another URL (page 1 as "?page=1") is an alias: nothing to queue.
        signature = hash(tuple(page.article_urls))
        if signature in self.seen_lists:
            with archive.transaction(self.db):
                store_listing()
            return True
        self.seen_lists.add(signature)
        self.counts.listing_pages += 1
        if first and page.current_page not in (None, 1):
            # Pages numbered from the oldest: the seed is page n, and "1" is the last page.
            self.seed_is_first = False
        known = frontier.known_articles(self.db, page.article_urls, before=self.started_at)
        more = True
        if not self.options.full:
            stop_after = self.options.known_stop or max(1, len(page.article_urls))
            run = 0
            for u in page.article_urls:
                run = run + 1 if u in known else 0
                if run >= stop_after:
                    more = False
                    break
        with archive.transaction(self.db):
            store_listing()
            frontier.clear_failure(self.db, url)
            new = frontier.add(
                self.db,
                [u for u in page.article_urls if u not in known],
                site=name,
                kind=frontier.ARTICLE,
                listing_url=url,
                run_id=self.run_id,
            )
            if more:
                this_no = page.current_page or _page_no(url) or 1
                shown = {listing_key(u): n for u, n in page.page_numbers.items()}
                pages = [
                    key
                    for key in dict.fromkeys(listing_key(u) for u in page.page_urls)
                    if on_site(host_of(key), self.hosts)
                    # a link showing "1" is the first page again when we started there
                    and not (shown.get(key) == 1 and self.seed_is_first)
                ]
                numbers = {
                    u: shown.get(u) or _page_no(u) or this_no + i + 1 for i, u in enumerate(pages)
                }
                if page.postback is not None and not pages:
                    # No URL to page N+1, only the form: keep the request until it is walked.
                    base = (parse_postback_key(url) or (listing_key(url), 1))[0]
                    key = postback_key(base, page.postback.page_no)
                    pages, numbers = [key], {key: page.postback.page_no}
                    self.postbacks[key] = page.postback
                frontier.add(
                    self.db,
                    pages,
                    site=name,
                    kind=frontier.LISTING,
                    listing_url=url,
                    page_nos=numbers,
                    run_id=self.run_id,
                )
        self.reporter("listing", site=name, url=url, articles=len(page.article_urls), new=len(new))
        if page.script_pager:
            self.reporter("script-pager", site=name, url=url, control=page.script_pager)
        return more

    def _walk_sitemap(self, url: str, result: FetchResult, first: bool) -> bool:
        """Queue the articles (and child sitemaps) a sitemap lists; it is read whole, as
        a listing with every article on one page."""
        name = self.site.name
        try:
            smap = parse_sitemap(result.content, canonicalize(result.final_url))
        except GovnewsError as exc:
            msg = f"{url}: {exc}"
            self._fail(url, frontier.LISTING, "parse", msg, result.status, announce=not first)
            if first:
                raise SiteError(f"cannot read sitemap {url}: {exc}") from None
            return True
        since = self.options.since
        pages = [
            u
            for u in smap.pages
            if on_site(host_of(u), self.hosts)
            # modified before --since: published before it too
            and not (since and smap.lastmod.get(u) and smap.lastmod[u][:10] < since)
        ]
        children = [u for u in smap.sitemaps if on_site(host_of(u), self.hosts)]
        if first and not pages and not children:
            msg = "no article pages listed"
            self._fail(url, frontier.LISTING, "no-articles", msg, result.status, announce=False)
            raise SiteError(f"sitemap {url} lists no article pages")
        packed = archive.pack_page(result.content)  # compressed outside the transaction
        with archive.transaction(self.db):
            archive.store_page(
                self.db, result, site=name, kind=frontier.LISTING, encoding=None, packed=packed
            )
            frontier.mark(self.db, url, frontier.DONE)
            frontier.clear_failure(self.db, url)
            new = frontier.add(
                self.db,
                pages,
                site=name,
                kind=frontier.ARTICLE,
                listing_url=url,
                run_id=self.run_id,
            )
            frontier.add(
                self.db,
                children,
                site=name,
                kind=frontier.LISTING,
                listing_url=url,
                run_id=self.run_id,
            )
        self.counts.listing_pages += 1
        self.reporter("listing", site=name, url=url, articles=len(pages), new=len(new))
        return True

    def _replay_postback(self, key: str) -> PostbackStep | None:
        """The form post for ``key`` read again off the stored page before it (a resumed walk)."""
        before = previous_key(key)
        stored = archive.latest_page(self.db, before) if before else None
        parsed = parse_postback_key(key)
        if stored is None or parsed is None:
            return None
        row, raw = stored
        content_type = json.loads(row["headers"] or "{}").get("content-type")
        page, _ = read_listing(
            raw, content_type, row["final_url"], self.profile, self.article_shape
        )
        step = page.postback
        return step if step is not None and step.page_no == parsed[1] else None

    # -- articles --------------------------------------------------------------
    async def feed(self) -> None:
        """Stream queued article URLs from the frontier to the workers."""
        last_rowid = 0
        name = self.site.name
        try:
            while not self.stopping():
                rows = self.db.conn.execute(
                    "SELECT rowid, url FROM frontier WHERE site=? AND kind='article'"
                    " AND state='queued' AND rowid > ? ORDER BY rowid LIMIT 256",
                    (name, last_rowid),
                ).fetchall()
                if not rows:
                    if self.walk_done.is_set():
                        # One more look: the walker may have queued more before finishing.
                        again = self.db.conn.execute(
                            "SELECT 1 FROM frontier WHERE site=? AND kind='article'"
                            " AND state='queued' AND rowid > ? LIMIT 1",
                            (name, last_rowid),
                        ).fetchone()
                        if not again:
                            break
                        continue
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self.walk_done.wait(), 0.05)
                    continue
                for rowid, url in rows:
                    last_rowid = rowid
                    await self.queue.put(url)
                    if self.stopping():
                        break
        finally:
            for _ in range(self.options.concurrency):
                await self.queue.put(None)

    async def work(self) -> None:
        while True:
            url = await self.queue.get()
            if url is None:
                return
            if self.stopping():
                continue  # stays queued in the frontier for the next run
            try:
                await self.article(url)
            except Exception as exc:  # the archive (or govnews) failed: every site winds down
                self.fatal.append(exc)
                self.stop.set()

    async def article(self, url: str) -> None:
        name = self.site.name
        try:
            result = await self.fetcher.fetch(url)
        except FetchError as exc:
            self._fail(url, frontier.ARTICLE, exc.reason, str(exc), exc.status)
            return
        if not result.is_html:
            with archive.transaction(self.db):
                archive.record_attachment(
                    self.db,
                    url,
                    url,
                    content_type=result.content_type,
                    size=len(result.content),
                    status=result.status,
                    fetched_at=result.fetched_at,
                )
            self._fail(
                url,
                frontier.ARTICLE,
                "not-html",
                f"{url}: not an HTML page ({result.content_type or 'unknown type'})",
                result.status,
            )
            return
        prep = await self.pages.article(
            result.content,
            result.headers.get("content-type"),
            url,
            self.profile or self.detected,
            name,
        )
        art = prep.article
        if art is None:
            self._fail(url, frontier.ARTICLE, "parse", prep.error or url, result.status)
            return
        if art.refused:
            self._refused(url, frontier.ARTICLE, art.refused, result.status)
            return
        self.refusals = 0
        if art.gone:
            msg = f"{url}: the page says the article is gone ({art.gone[:80]!r})"
            self._fail(url, frontier.ARTICLE, "gone", msg, result.status)
            return
        if self.detected is None and not self.profile:
            # One portal, one CMS: detect once, then spare every later page the fingerprinting.
            self.detected = get_profile(art.profile)
        if not self._in_range(art):
            self.batch.add(lambda: frontier.mark(self.db, url, frontier.DONE), self._skipped)
            return
        self._store(result, art, prep)
        if self.options.attachments and art.attachments:
            await self._attachments(art)

    def _skipped(self, _: object) -> None:
        self.report.skipped += 1

    def _store(self, result: FetchResult, art: Article, prep: Prepared) -> None:
        """Queue the article's rows for the next batch commit (all of them or none)."""
        missing = [k for k in ("title", "body") if getattr(art, k) is None]

        def write() -> str:
            page_id = archive.store_page(
                self.db,
                result,
                site=self.site.name,
                kind=frontier.ARTICLE,
                encoding=prep.encoding,
                packed=(prep.packed, prep.sha256),
            )
            _, outcome = archive.upsert_article(
                self.db, art, page_id=page_id, fetched_at=result.fetched_at
            )
            frontier.mark(self.db, art.url, frontier.DONE)
            frontier.clear_failure(self.db, art.url)
            if missing:
                frontier.record_failure(
                    self.db,
                    art.url,
                    site=self.site.name,
                    kind=frontier.ARTICLE,
                    reason="incomplete",
                    message=f"no {' and no '.join(missing)} found",
                    status=result.status,
                    run_id=self.run_id,
                )
            return outcome

        def stored(outcome: str) -> None:
            setattr(self.counts, outcome, getattr(self.counts, outcome) + 1)
            if missing:
                self.report.incomplete.append((art.url, ", ".join(missing)))
                self.reporter("incomplete", site=self.site.name, url=art.url, missing=missing)
            self.reporter(
                "article", site=self.site.name, url=art.url, outcome=outcome, title=art.title
            )

        self.batch.add(write, stored, size=len(result.content) + len(prep.packed))

    async def _attachments(self, art: Article) -> None:
        for link in art.attachments[:20]:
            ctype = size = status = fetched = None
            if on_site(host_of(link), self.hosts) and is_http_url(link):
                try:
                    res = await self.fetcher.fetch(link, want_body=False)
                    ctype, status, fetched = res.content_type, res.status, res.fetched_at
                    length = res.headers.get("content-length", "")
                    size = int(length) if length.isdecimal() else None
                except FetchError as exc:
                    status = exc.status
            self.batch.add(
                functools.partial(
                    archive.record_attachment,
                    self.db,
                    art.url,
                    link,
                    content_type=ctype,
                    size=size,
                    status=status,
                    fetched_at=fetched,
                )
            )

    def _in_range(self, art: Article) -> bool:
        day = (art.published_at or "")[:10]
        if not day:
            return True
        if self.options.since and day < self.options.since:
            return False
        return not (self.options.until and day > self.options.until)

    def _fail(
        self,
        url: str,
        kind: str,
        reason: str,
        message: str,
        status: int | None,
        *,
        announce: bool = True,
    ) -> None:
        with archive.transaction(self.db):
            frontier.record_failure(
                self.db,
                url,
                site=self.site.name,
                kind=kind,
                reason=reason,
                message=message,
                status=status,
                run_id=self.run_id,
            )
            frontier.mark(self.db, url, frontier.FAILED)
        self.counts.failed += 1
        if len(self.report.failures) < 1000:
            self.report.failures.append((url, reason, message))
        if announce:  # a site-level failure is reported once, by the caller
            self.reporter("failure", site=self.site.name, url=url, reason=reason, message=message)

    async def run(self) -> None:
        self.prepare()
        self.reporter("site-start", site=self.site.name, url=self.site.listing_urls[0])
        workers = [asyncio.create_task(self.work()) for _ in range(self.options.concurrency)]
        feeder = asyncio.create_task(self.feed())
        try:
            await self.walk()
        except SiteError:
            raise
        except BaseException:
            self.stop.set()  # as in work(): a failing archive stops the whole run
            raise
        finally:
            await feeder
            await asyncio.gather(*workers)
        if self.fatal:
            raise self.fatal[0]
        self.batch.flush()
        if self.halt is not None:
            raise SiteError(self.halt, retryable=True)
        self.reporter("site-done", site=self.site.name)


def _reason_text(exc: FetchError) -> str:
    return str(exc).partition(": ")[2] or exc.reason


async def crawl_sites(
    db: sqlite_utils.Database,
    sites: list[Site],
    options: CrawlOptions,
    report: CrawlReport,
    reporter: Reporter = _silent,
    stop: asyncio.Event | None = None,
) -> None:
    """Crawl several sites concurrently with one fetcher; a failing site never stops the others."""
    stop = stop or asyncio.Event()
    policy = options.policy()
    # Redirects may not leave the crawled sites (their hosts and any hosts a sites file adds).
    policy.scope_hosts = frozenset(
        {host_of(u) for s in sites for u in s.listing_urls}
        | {h for s in sites for h in s.extra_hosts}
    )
    # Articles are committed in batches (see scraper.batch): uncommitted ones stay queued.
    batch = WriteBatch(db, max_items=options.batch_size)
    async with Fetcher(policy) as fetcher, PageWork(options.parse_workers) as pages:
        for site in sites:
            for host in {host_of(u) for u in site.listing_urls}:
                if site.delay is not None or site.concurrency is not None:
                    fetcher.set_host_policy(host, delay=site.delay, concurrency=site.concurrency)

        async def one(site: Site) -> None:
            crawl = SiteCrawl(
                db, site, fetcher, options, report, report.run_id, reporter, stop, batch, pages
            )
            try:
                await crawl.run()
            except SiteError as exc:
                report.site_errors[site.name] = str(exc)
                report.site_retryable[site.name] = exc.retryable
                reporter("site-failed", site=site.name, message=str(exc))

        failed: list[BaseException] = []

        async def flush_old() -> None:  # a slow site must not hold finished work for long
            while True:
                await asyncio.sleep(batch.max_age)
                try:
                    batch.flush_if_due()
                except Exception as exc:  # the database is failing: stop, then report it
                    failed.append(exc)
                    stop.set()
                    return

        ticker = asyncio.create_task(flush_old())
        try:
            # Every site winds down before anything is raised: they share fetcher and pool.
            outcomes = await asyncio.gather(*(one(s) for s in sites), return_exceptions=True)
            failed.extend(o for o in outcomes if isinstance(o, BaseException))
            if failed:
                raise failed[0]
        except BaseException:
            # Complete records fetched before a crash are kept; if the database itself is
            # failing, the original error is the one worth reporting.
            with contextlib.suppress(GovnewsError, sqlite3.Error):
                batch.flush()
            raise
        finally:
            ticker.cancel()
            report.counts.requests = fetcher.requests
        batch.flush()
        report.commits = batch.commits


def _exit_status(report: CrawlReport, sites: list[Site], interrupted: bool) -> tuple[str, int]:
    c = report.counts
    if interrupted:
        return "interrupted", EXIT_INTERRUPTED
    if report.site_errors and len(report.site_errors) == len(sites):
        return "failed", EXIT_FAILED
    if report.site_errors or c.failed or report.incomplete:
        return "partial", EXIT_PARTIAL
    if c.new == 0 and c.updated == 0:
        return "nothing", EXIT_NOTHING
    return "ok", EXIT_OK


def run_crawl(
    db_path: str | Path,
    sites: list[Site],
    options: CrawlOptions | None = None,
    *,
    reporter: Reporter = _silent,
    command: str = "crawl",
    handle_signals: bool = True,
) -> CrawlReport:
    """Crawl ``sites`` into the database at ``db_path`` under the run lock.

    Ctrl-C (SIGINT) or SIGTERM stops after the pages in flight; the frontier
    keeps the rest for the next run. Returns the run's report; the exit code
    is in ``report.exit_code``.
    """
    options = options or CrawlOptions()
    options.validate()
    for site in sites:
        for url in site.listing_urls:
            if not is_http_url(url):
                raise UsageError(f"not an http(s) URL: {url!r}")
    started = time.monotonic()
    with RunLock(db_path):
        db = connect(db_path)
        run_id = start_run(db, command, [s.name for s in sites])
        report = CrawlReport(run_id, RunCounts(), "running", 0, 0.0)
        interrupted = False

        async def main() -> None:
            nonlocal interrupted
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()

            def on_signal() -> None:
                nonlocal interrupted
                interrupted = True
                stop.set()
                reporter("stopping")

            if handle_signals:
                for sig in (signal.SIGINT, signal.SIGTERM):
                    with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                        loop.add_signal_handler(sig, on_signal)
            await crawl_sites(db, sites, options, report, reporter, stop)

        try:
            asyncio.run(main())
        except BaseException as exc:
            report.seconds = time.monotonic() - started
            # A full disk may refuse this row too; the error that stopped the run matters more.
            with contextlib.suppress(GovnewsError, sqlite3.Error):
                finish_run(
                    db,
                    run_id,
                    status="failed",
                    exit_code=EXIT_FAILED,
                    counts=report.counts,
                    message=str(exc) if isinstance(exc, GovnewsError) else "crashed",
                )
            raise
        report.seconds = time.monotonic() - started
        report.status, report.exit_code = _exit_status(report, sites, interrupted)
        message = "; ".join(report.site_errors.values()) or report.message
        finish_run(
            db,
            run_id,
            status=report.status,
            exit_code=report.exit_code,
            counts=report.counts,
            message=message,
        )
        db.conn.close()
    return report
