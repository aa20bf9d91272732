"""Scheduled re-runs: only new and changed articles, revisions kept, view-count history grows."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from typer.testing import CliRunner

from cli import app
from scraper.replica import Portal, PortalServer
from scraper.urls import canonicalize


def _crawl(url: str, db: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["crawl", url, "--db", str(db), "--delay", "0", "-q", *extra])
    return result.exit_code, result.stderr


def test_second_run_finds_exactly_new_and_changed(tmp_path: Path) -> None:
    # the newest article was published yesterday: within --refresh-days 3
    portal = Portal(articles=50, per_page=10, start_date=date.today() - timedelta(days=1))
    db = tmp_path / "inc.db"
    with PortalServer(portal) as server:
        url = server.listing_url()
        code, err = _crawl(url, db, "--refresh-days", "3")
        assert code == 0, err
        first_requests = server.request_count

        edited = portal.edit_article(
            -1, title="Phường Cửa Đại điều chỉnh kế hoạch tổ chức Tết Trung thu cho thiếu nhi"
        )
        new_paths = portal.add_articles(3)
        portal.bump_views(by=7)
        server.reset_log()
        code, err = _crawl(url, db, "--refresh-days", "3")
        assert code == 0, err
        second_requests = server.request_count
        fetched = {r[2] for r in server.requests}

    con = sqlite3.connect(db)
    run = con.execute(
        "SELECT new, updated, unchanged, failed FROM runs ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert run[0] == 3  # exactly the new ones
    assert run[1] == 1  # exactly the edited one
    assert run[3] == 0
    assert second_requests < first_requests / 4
    for path in new_paths:
        assert any(path.split("?")[1].split("&")[0] in f for f in fetched)

    edited_url = canonicalize(server.base_url + edited)
    rev = con.execute(
        "SELECT changed, title FROM revisions WHERE url = ?", (edited_url,)
    ).fetchall()
    assert len(rev) == 1 and json.loads(rev[0][0]) == ["title"]
    assert rev[0][1] != "Phường Cửa Đại điều chỉnh kế hoạch tổ chức Tết Trung thu cho thiếu nhi"
    current = con.execute("SELECT title FROM articles WHERE url = ?", (edited_url,)).fetchone()[0]
    assert current == "Phường Cửa Đại điều chỉnh kế hoạch tổ chức Tết Trung thu cho thiếu nhi"
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 53


def test_view_history_grows_on_refetch_and_views_command_prints_it(tmp_path: Path) -> None:
    portal = Portal(articles=12, per_page=6, start_date=date.today() - timedelta(days=3))
    db = tmp_path / "views.db"
    with PortalServer(portal) as server:
        url = server.listing_url()
        assert _crawl(url, db)[0] == 0
        portal.bump_views(by=5)
        assert _crawl(url, db, "--refresh-days", "30")[0] in (0, 3)
        article = canonicalize(server.base_url + portal.paths()[0])
    out = CliRunner().invoke(app, ["views", article, "--db", str(db)])
    assert out.exit_code == 0
    counts = [int(line.split("\t")[1]) for line in out.stdout.splitlines()]
    assert len(counts) == 2 and counts[1] == counts[0] + 5
    missing = CliRunner().invoke(app, ["views", "http://nowhere.vn/x", "--db", str(db)])
    assert missing.exit_code == 2 and "no article http://nowhere.vn/x" in missing.stderr


def test_full_walk_refetches_listing_but_not_known_articles(tmp_path: Path) -> None:
    portal = Portal(articles=30, per_page=10)
    db = tmp_path / "full.db"
    with PortalServer(portal) as server:
        url = server.listing_url()
        assert _crawl(url, db)[0] == 0
        server.reset_log()
        assert _crawl(url, db, "--full")[0] == 3
        paths = [r[2] for r in server.requests]
    assert sum("ItemID=" in p for p in paths) == 0
    assert sum("ItemID=" not in p and "robots" not in p for p in paths) == portal.page_count
