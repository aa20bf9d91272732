"""End to end: crawl the replica ward portal over loopback and check every row against its ground truth."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from cli import app
from scraper.crawl import CrawlOptions, Site, run_crawl
from scraper.models import ARTICLE_FIELDS
from scraper.replica import Portal, PortalServer
from scraper.urls import canonicalize


def test_crawl_matches_ground_truth_and_recrawl_adds_no_duplicates(tmp_path: Path) -> None:
    portal = Portal(articles=90, per_page=10)
    db = tmp_path / "e2e.db"
    with PortalServer(portal) as server:
        site = Site.from_url(server.listing_url())
        report = run_crawl(db, [site], CrawlOptions(delay=0, concurrency=4), handle_signals=False)
        assert report.exit_code == 0 and report.counts.new == 90 and report.counts.failed == 0
        assert report.counts.listing_pages == portal.page_count == 9
        again = run_crawl(db, [site], CrawlOptions(delay=0, full=True), handle_signals=False)
        truth = {canonicalize(server.base_url + t["path"]): t for t in portal.ground_truth()}

    assert again.counts.new == 0 and again.exit_code == 3
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    rows = {r["url"]: r for r in con.execute("SELECT * FROM articles")}
    assert set(rows) == set(truth)  # every article once, nothing else
    for url, expected in truth.items():
        for field in ARTICLE_FIELDS:
            assert rows[url][field] == expected[field], (url, field)
    seed = [r for r in rows.values() if r["views"] == 198 and r["published_at"] == "2022-06-17"]
    assert len(seed) == 1 and seed[0]["author"] == "Trần Ngọc Thanh - CT. UBMTTQVN phường"
    # raw pages kept, compressed, one per fetch; every article points at its own page
    assert con.execute("SELECT count(*) FROM pages WHERE kind='article'").fetchone()[0] == 90
    # every listing fetch is kept too (9 pages, plus page 1 reached again as "?page=1")
    assert 18 <= con.execute("SELECT count(*) FROM pages WHERE kind='listing'").fetchone()[0] <= 20
    assert (
        con.execute(
            "SELECT count(*) FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.url = a.url"
        ).fetchone()[0]
        == 90
    )
    # attachments linked from bodies were recorded with their type, not parsed as HTML
    kinds = {r[0] for r in con.execute("SELECT DISTINCT content_type FROM attachments")}
    assert kinds <= {"application/pdf"} and kinds


def test_demo_command_prints_summary(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = CliRunner().invoke(app, ["demo", "--db", str(db), "--articles", "30"])
    assert result.exit_code == 0, result.stdout + result.stderr
    out = result.stdout
    assert "crawled 30 articles from 3 listing pages" in out
    for field in ARTICLE_FIELDS:
        assert f"{field}" in out
    assert "correct   30/30" in out
    assert "govnews search" in out
