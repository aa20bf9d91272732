"""``govnews demo``: crawl the bundled replica ward portal offline and show the result.

Starts the replica portal (:mod:`scraper.replica`) on 127.0.0.1 on a free
port, crawls it into ``data/demo.db`` and checks every stored row against
the portal's own ground truth, so the demo doubles as a smoke test.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from .archive import transaction
from .crawl import CrawlOptions, Site, run_crawl
from .db import connect
from .models import ARTICLE_FIELDS
from .replica import Portal, PortalServer
from .runs import EXIT_FAILED, EXIT_OK
from .urls import canonicalize

Echo = Callable[[str], None]


def compare_with_truth(db_path: Path, portal: Portal, base_url: str) -> dict[str, tuple[int, int]]:
    """Per field: (rows equal to ground truth, rows checked)."""
    db = connect(db_path)
    rows = {r["url"]: r for r in db.query("SELECT * FROM articles")}
    result = {f: (0, 0) for f in ARTICLE_FIELDS}
    for truth in portal.ground_truth():
        row = rows.get(canonicalize(base_url + truth["path"]))
        for f in ARTICLE_FIELDS:
            ok, n = result[f]
            result[f] = (ok + int(row is not None and row[f] == truth[f]), n + 1)
    db.conn.close()
    return result


def run_demo(db_path: Path, *, articles: int = 90, echo: Echo = print) -> int:
    db_path = Path(db_path)
    db = connect(db_path)  # fail early on a bad path, before starting anything
    with transaction(db):  # the demo always starts from an empty archive
        for table in (
            "view_snapshots",
            "revisions",
            "attachments",
            "articles",
            "pages",
            "frontier",
            "failures",
        ):
            db.conn.execute(f"DELETE FROM {table}")
    db.conn.close()
    # Paged like the Cửa Đại portal: "Trang 1 / 9 … Go To", postbacks only, no page URLs.
    portal = Portal(articles=articles, pager="postback")
    started = time.monotonic()
    with PortalServer(portal) as server:
        listing = server.listing_url()
        echo(
            f"replica ward portal: {listing}  ({articles} articles, "
            f"{portal.page_count} listing pages behind a postback pager)"
        )
        options = CrawlOptions(concurrency=4, delay=0.0, full=True)
        report = run_crawl(db_path, [Site.from_url(listing)], options, command="demo")
        checks = compare_with_truth(db_path, portal, server.base_url)
    seconds = time.monotonic() - started
    db = connect(db_path)
    total = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    echo(
        f"crawled {total} articles from {report.counts.listing_pages} listing pages "
        f"with {report.counts.requests} requests in {seconds:.1f}s -> {db_path}"
    )
    echo("fields found (non-NULL) and equal to the portal's ground truth:")
    for f in ARTICLE_FIELDS:
        found = db.execute(f"SELECT count(*) FROM articles WHERE {f} IS NOT NULL").fetchone()[0]
        ok, n = checks[f]
        echo(f"  {f:13} found {found:>4}/{total}   correct {ok:>4}/{n}")
    echo("a few rows:")
    for r in db.query(
        "SELECT published_at, views, author, title FROM articles ORDER BY published_at DESC, id LIMIT 5"
    ):
        echo(
            f"  {r['published_at']}  {r['views']!s:>6}  {(r['author'] or '—')[:28]:28}  {r['title'][:60]}"
        )
    db.conn.close()
    echo("look further:")
    echo(f"  govnews search 'cua dai' --db {db_path}")
    echo(f"  govnews runs --db {db_path}")
    echo(f"  govnews export --db {db_path} --format jsonl --out data/demo-export")
    echo(
        f"  sqlite-utils {db_path} 'SELECT title, published_at, views FROM articles LIMIT 10' --table"
    )
    return EXIT_OK if report.exit_code in (0, 3) and total == articles else EXIT_FAILED
