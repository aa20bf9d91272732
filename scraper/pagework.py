"""The CPU work on each fetched page, in this process or in worker processes.

Decoding, extraction (articles) or link parsing (listings) and packing the raw
page for storage (zlib + sha256) are pure CPU and make up most of a crawl's cost
per page. :class:`PageWork` runs them inline (``workers=0``, the default) or in a
pool of worker processes, so that on a machine with spare cores the event loop
keeps fetching and storing while other cores parse. Workers never touch the database or the network: they get bytes
and return a :class:`Prepared` record, and the crawl stores it as before.

A worker that dies (a hostile page crashing the parser, the OOM killer) fails
every page in flight; a fresh pool retries those pages one at a time, so only the
page that kills a worker on its own is recorded as failed.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from .archive import pack_page
from .article import extract_article
from .encoding import decode_html
from .errors import GovnewsError, ParseError
from .listing import parse_listing
from .models import Article, ListingPage
from .profiles import Profile


@dataclass(slots=True)
class Prepared:
    """One article page, extracted and packed for storage; ``error`` when unusable."""

    article: Article | None
    encoding: str
    packed: bytes  # the raw page, zlib-compressed (see archive.compress)
    sha256: str  # of the raw page
    error: str | None = None  # one readable line when extraction failed


@dataclass(slots=True)
class PreparedListing:
    """One listing page, parsed and packed for storage."""

    page: ListingPage
    encoding: str
    packed: bytes
    sha256: str


def prepare_listing(
    content: bytes,
    content_type: str | None,
    base: str,
    profile: str | Profile | None,
    article_shape: str | None,
) -> PreparedListing:
    """Decode, parse and pack one listing page (errors propagate: see PageWork.listing)."""
    page, encoding = read_listing(content, content_type, base, profile, article_shape)
    return PreparedListing(page, encoding, *pack_page(content))


def read_listing(
    content: bytes,
    content_type: str | None,
    base: str,
    profile: str | Profile | None,
    article_shape: str | None,
) -> tuple[ListingPage, str]:
    """Decode and parse one listing page's raw bytes: the page and the charset used."""
    text, encoding = decode_html(content, content_type)
    return parse_listing(text, base, profile, article_shape=article_shape), encoding


def _cannot_parse(exc: Exception) -> str:
    return f"cannot parse page ({type(exc).__name__}: {str(exc)[:120]})"


def prepare_article(
    content: bytes,
    content_type: str | None,
    url: str,
    profile: str | Profile | None,
    site: str,
) -> Prepared:
    """Decode, extract and pack one article page. Never raises: failures are returned."""
    packed, digest = pack_page(content)
    text, encoding = decode_html(content, content_type)
    try:
        art = extract_article(text, url, profile, site=site)
    except GovnewsError as exc:
        return Prepared(None, encoding, packed, digest, f"{url}: {exc}")
    except Exception as exc:  # noqa: BLE001 - one hostile page never stops a crawl
        return Prepared(None, encoding, packed, digest, f"{url}: {_cannot_parse(exc)}")
    return Prepared(art, encoding, packed, digest)


def _worker_init(parent: int) -> None:
    """Ctrl-C and SIGTERM reach the whole process group; the crawl, not its workers,
    decides how to stop. A worker exits when the crawl closes the pool, or when the
    crawl itself dies (SIGKILL, OOM): the pool's queues would keep it waiting forever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    # ``parent`` comes from the crawl: it may have died while this worker was starting.

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="govnews-parent-watch", daemon=True).start()


DIED = "cannot parse page (the parser process died on it)"
Job = Callable[[bytes, str | None, str, str | Profile | None, str], Prepared]
ListingJob = Callable[[bytes, str | None, str, str | Profile | None, str | None], PreparedListing]


class PageWork:
    """Runs :func:`prepare_article` / :func:`prepare_listing` inline or in ``workers``
    processes (async context manager)."""

    def __init__(
        self, workers: int = 0, *, job: Job | None = None, listing_job: ListingJob | None = None
    ) -> None:
        self.workers = max(0, workers)
        # module-level functions: the workers import them
        self.job: Job = job or prepare_article
        self.listing_job: ListingJob = listing_job or prepare_listing
        self._pool: ProcessPoolExecutor | None = None
        self._suspects = 0  # pages in flight when a worker died, not yet retried alone
        self._solo = asyncio.Lock()

    async def __aenter__(self) -> PageWork:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn: a fork of a process running an event loop and threads is unsafe
            ctx = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=ctx, initializer=_worker_init, initargs=(os.getpid(),)
            )
        return self._pool

    async def article(
        self,
        content: bytes,
        content_type: str | None,
        url: str,
        profile: str | Profile | None,
        site: str,
    ) -> Prepared:
        args = (content, content_type, url, profile, site)
        if not self.workers:
            return self.job(*args)
        suspect = False
        if not self._suspects:
            try:
                return await self._run(args)
            except BrokenProcessPool:
                # Every page in flight fails with the one that killed its worker.
                suspect = True
                self._suspects += 1
        try:
            # Suspects (and, meanwhile, new pages) run alone: a crash now names the culprit.
            async with self._solo:
                try:
                    return await self._run(args)
                except BrokenProcessPool:
                    return Prepared(None, "", b"", "", f"{url}: {DIED}")
        finally:
            self._suspects -= suspect

    async def listing(
        self,
        content: bytes,
        content_type: str | None,
        base: str,
        profile: str | Profile | None,
        article_shape: str | None,
    ) -> PreparedListing:
        """Raises :class:`ParseError`, one readable line, for a page that cannot be read:
        the walk records it as a failure of that page."""
        args = (content, content_type, base, profile, article_shape)
        try:
            if not self.workers:
                return self.listing_job(*args)
            try:
                return await self._run(args, self.listing_job)
            except BrokenProcessPool:
                pass  # maybe another page killed the worker: try once more, alone
            async with self._solo:
                try:
                    return await self._run(args, self.listing_job)
                except BrokenProcessPool:
                    raise ParseError(DIED) from None
        except GovnewsError:
            raise
        except Exception as exc:  # noqa: BLE001 - one hostile page never stops a crawl
            raise ParseError(_cannot_parse(exc)) from None

    async def _run(self, args: tuple, job: Callable[..., Any] | None = None) -> Any:
        pool = self._executor()
        try:
            return await asyncio.get_running_loop().run_in_executor(pool, job or self.job, *args)
        except BrokenProcessPool:
            if self._pool is pool:  # the first page to notice starts a fresh pool
                self._pool = None
                pool.shutdown(wait=False)
            raise
