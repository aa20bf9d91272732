"""Extraction in worker processes: same records as in-process, a dying worker costs one page."""

from __future__ import annotations

import asyncio
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from fault_server import ARTICLE_TITLE, article_html
from typer.testing import CliRunner

from cli import app
from scraper.crawl import CrawlOptions, CrawlReport, Site, SiteCrawl, SiteError, run_crawl
from scraper.db import connect
from scraper.errors import ParseError
from scraper.fetch import Fetcher, FetchPolicy
from scraper.listing import listing_key
from scraper.models import ARTICLE_FIELDS
from scraper.pagework import PageWork, Prepared, PreparedListing, prepare_article, prepare_listing
from scraper.replica import Portal, PortalServer
from scraper.runs import RunCounts, start_run

ROOT = Path(__file__).parent.parent


def crash_on_boom(
    content: bytes, content_type: str | None, url: str, profile: object, site: str
) -> Prepared:
    """A parser that dies (like a segfault) on one URL; runs in the worker process."""
    if "boom" in url:
        os._exit(3)
    return prepare_article(content, content_type, url, profile, site)  # type: ignore[arg-type]


def listing_crash_on_boom(
    content: bytes, content_type: str | None, base: str, profile: object, shape: str | None
) -> PreparedListing:
    """A listing parser that dies on one URL; runs in the worker process."""
    if "boom" in base:
        os._exit(3)
    return prepare_listing(content, content_type, base, profile, shape)  # type: ignore[arg-type]


def listing_bug_on_page_2(
    content: bytes, content_type: str | None, base: str, profile: object, shape: str | None
) -> PreparedListing:
    """A listing parser with a bug that only page 2 triggers."""
    if "page=2" in base:
        raise KeyError("pager")
    return prepare_listing(content, content_type, base, profile, shape)  # type: ignore[arg-type]


def test_prepare_article_extracts_and_packs_the_raw_page() -> None:
    raw = article_html().encode("utf-8")
    prep = prepare_article(raw, "text/html; charset=utf-8", "http://x.vn/bai/1.aspx", None, "x.vn")
    assert prep.error is None and prep.article is not None
    assert prep.article.title == ARTICLE_TITLE and prep.encoding == "utf-8"
    assert zlib.decompress(prep.packed) == raw
    assert prep.sha256 == hashlib.sha256(raw).hexdigest()


def test_prepare_article_returns_a_failure_instead_of_raising() -> None:
    prep = prepare_article(b"<html>", None, "http://x.vn/bai/1.aspx", "no-such-profile", "x.vn")
    assert prep.article is None
    assert prep.error is not None
    assert prep.error.startswith("http://x.vn/bai/1.aspx: unknown profile 'no-such-profile'")
    assert "known:" in prep.error and zlib.decompress(prep.packed) == b"<html>"


def _rows(db: Path) -> dict[str, tuple]:
    con = sqlite3.connect(db)
    try:
        cols = ", ".join(ARTICLE_FIELDS)
        return {r[0]: r[1:] for r in con.execute(f"SELECT url, {cols} FROM articles")}
    finally:
        con.close()


def test_crawl_with_parse_workers_stores_the_same_records(tmp_path: Path) -> None:
    portal = Portal(articles=40, per_page=10)
    with PortalServer(portal) as server:
        site = Site.from_url(server.listing_url())
        inline = run_crawl(
            tmp_path / "inline.db", [site], CrawlOptions(delay=0), handle_signals=False
        )
        pooled = run_crawl(
            tmp_path / "pooled.db",
            [site],
            CrawlOptions(delay=0, concurrency=6, parse_workers=2),
            handle_signals=False,
        )
    assert inline.counts.new == pooled.counts.new == 40 and pooled.exit_code == 0
    assert _rows(tmp_path / "pooled.db") == _rows(tmp_path / "inline.db")
    con = sqlite3.connect(tmp_path / "pooled.db")
    body, size, digest = con.execute("SELECT body, size, sha256 FROM pages LIMIT 1").fetchone()
    raw = zlib.decompress(body)
    assert len(raw) == size and hashlib.sha256(raw).hexdigest() == digest


def test_a_dying_worker_fails_only_its_page() -> None:
    page = article_html().encode("utf-8")
    urls = [f"http://x.vn/bai/{n}.aspx" for n in ("a", "b", "boom", "c", "d", "e")]

    async def main() -> list[Prepared]:
        async with PageWork(2, job=crash_on_boom) as work:
            return await asyncio.gather(
                *(work.article(page, "text/html", u, None, "x.vn") for u in urls)
            )

    results = dict(zip(urls, asyncio.run(main()), strict=True))
    boom = results.pop("http://x.vn/bai/boom.aspx")
    assert boom.article is None
    assert (
        boom.error == "http://x.vn/bai/boom.aspx: cannot parse page (the parser process died on it)"
    )
    # The pages in flight when it died were retried one by one in a fresh pool.
    assert all(r.article and r.article.title == ARTICLE_TITLE for r in results.values())


def test_parse_workers_do_not_combine_with_a_cluster() -> None:
    result = CliRunner().invoke(
        app,
        ["crawl", "http://127.0.0.1:9/tin", "--cluster", "local:2", "--parse-workers", "1"],
    )
    assert result.exit_code == 2
    assert "--parse-workers does not combine with --cluster" in result.stderr


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().split(") ", 1)[1][:1] not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_killed_crawl_leaves_no_worker_behind_and_a_sound_database(tmp_path: Path) -> None:
    db = tmp_path / "kill.db"
    with PortalServer(Portal(articles=600, per_page=10), latency=0.02) as server:
        cmd = [sys.executable, str(ROOT / "cli.py"), "crawl", server.listing_url()]
        cmd += ["--db", str(db), "--delay", "0", "--parse-workers", "2", "--quiet"]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        workers: list[int] = []
        while time.monotonic() < deadline and server.request_count < 40:
            workers = _children(proc.pid) or workers
            time.sleep(0.05)
        workers = _children(proc.pid) or workers
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    assert workers  # the crawl had started its worker processes
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.1)
    assert not [w for w in workers if _alive(w)]
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    orphans = con.execute(
        "SELECT count(*) FROM articles a LEFT JOIN pages p ON p.id = a.page_id WHERE p.id IS NULL"
    ).fetchone()[0]
    assert orphans == 0


def test_a_listing_that_kills_its_worker_is_a_parse_error_and_the_pool_goes_on() -> None:
    page = article_html().encode("utf-8")
    listing = b"<html><body><a href='/tin/bai-1.aspx'>Bai mot</a></body></html>"

    async def main() -> tuple[BaseException | PreparedListing, list[Prepared]]:
        async with PageWork(1, job=crash_on_boom, listing_job=listing_crash_on_boom) as work:
            died = await asyncio.gather(
                work.listing(listing, "text/html", "http://x.vn/boom?page=2", None, None),
                return_exceptions=True,
            )
            after = [
                await work.article(page, "text/html", f"http://x.vn/bai/{n}.aspx", None, "x.vn")
                for n in range(3)
            ]
            return died[0], after

    died, after = asyncio.run(main())
    assert isinstance(died, ParseError)
    assert str(died) == "cannot parse page (the parser process died on it)"
    assert all(r.article and r.article.title == ARTICLE_TITLE for r in after)


def _walk_site(db_path: Path, listing_url: str, job) -> tuple[CrawlReport, BaseException | None]:
    """Crawl one site with ``job`` as the listing parser (in this process)."""
    db = connect(db_path)
    report = CrawlReport(start_run(db, "crawl", ["x"]), RunCounts(), "running", 0, 0.0)
    options = CrawlOptions(delay=0, concurrency=2)

    async def main() -> BaseException | None:
        async with Fetcher(FetchPolicy(delay=0)) as fetcher, PageWork(listing_job=job) as pages:
            site = Site.from_url(listing_url)
            crawl = SiteCrawl(
                db,
                site,
                fetcher,
                options,
                report,
                report.run_id,
                lambda *a, **k: None,
                asyncio.Event(),
                pages=pages,
            )
            try:
                await crawl.run()
            except SiteError as exc:
                return exc
        return None

    error = asyncio.run(main())
    db.conn.close()
    return report, error


def test_a_listing_page_the_parser_fails_on_is_recorded_and_the_walk_goes_on(
    tmp_path: Path,
) -> None:
    with PortalServer(Portal(articles=30, per_page=10)) as server:
        url = server.listing_url()
        report, error = _walk_site(tmp_path / "g.db", url, listing_bug_on_page_2)
    assert error is None
    page2 = url.replace("?", "?page=2&")
    assert [(u, r) for u, r, _ in report.failures] == [(page2, "parse")]
    assert report.failures[0][2] == f"{page2}: cannot parse page (KeyError: 'pager')"
    con = sqlite3.connect(tmp_path / "g.db")
    # pages 1 and 3 were read; page 2's ten articles are not reachable from them
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 20 == report.counts.new
    failed = con.execute("SELECT url, kind, reason FROM failures").fetchall()
    assert failed == [(listing_key(page2), "listing", "parse")]


def test_a_first_listing_page_the_parser_fails_on_fails_the_site(tmp_path: Path) -> None:
    with PortalServer(Portal(articles=30, per_page=10)) as server:
        url = server.listing_url().replace("?", "?page=2&")
        report, error = _walk_site(tmp_path / "f.db", url, listing_bug_on_page_2)
    assert isinstance(error, SiteError)
    assert str(error) == f"cannot parse listing {url}: cannot parse page (KeyError: 'pager')"
    con = sqlite3.connect(tmp_path / "f.db")
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
