"""Batched commits: many articles per transaction, still all-or-nothing per batch."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from fault_server import Exchange, article_html

from scraper import frontier
from scraper.batch import WriteBatch
from scraper.crawl import CrawlOptions, Site, run_crawl
from scraper.db import connect
from scraper.errors import StorageError
from scraper.replica import Portal, PortalServer


def _queue(db, urls: list[str]) -> None:
    frontier.add(db, urls, site="s", kind=frontier.ARTICLE, run_id=None)


def _states(path: Path) -> dict[str, str]:
    con = sqlite3.connect(path)
    try:
        return dict(con.execute("SELECT url, state FROM frontier"))
    finally:
        con.close()


def test_writes_wait_for_a_full_batch_then_commit_together(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    db = connect(path)
    urls = [f"http://x.vn/bai/{i}" for i in range(5)]
    _queue(db, urls)
    told: list[str] = []
    batch = WriteBatch(db, max_items=3, max_age=60)
    for url in urls:
        batch.add(lambda u=url: frontier.mark(db, u, frontier.DONE) or u, told.append)
    # Three committed as one batch; two wait (another connection does not see them).
    assert batch.commits == 1 and len(batch) == 2 and told == urls[:3]
    assert sorted(_states(path).values()) == ["done"] * 3 + ["queued"] * 2
    batch.flush()
    assert batch.commits == 2 and told == urls and set(_states(path).values()) == {"done"}


def test_a_failing_write_keeps_none_of_its_batch(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    db = connect(path)
    urls = ["http://x.vn/bai/1", "http://x.vn/bai/2"]
    _queue(db, urls)
    told: list[object] = []
    batch = WriteBatch(db, max_items=10, max_age=60)
    batch.add(lambda: frontier.mark(db, urls[0], frontier.DONE), told.append)

    def broken() -> None:
        frontier.mark(db, urls[1], frontier.DONE)
        db.conn.execute("INSERT INTO no_such_table VALUES (1)")

    batch.add(broken, told.append)
    with pytest.raises(StorageError, match="^cannot write to the database: no such table"):
        batch.flush()
    # Rolled back as a whole: both stay queued for the next run, nobody was told "stored".
    assert _states(path) == dict.fromkeys(urls, "queued")
    assert told == [] and len(batch) == 0 and not db.conn.in_transaction


def test_a_crawl_commits_many_articles_at_once(tmp_path: Path) -> None:
    with PortalServer(Portal(articles=60, per_page=10)) as server:
        report = run_crawl(
            tmp_path / "many.db",
            [Site.from_url(server.listing_url())],
            CrawlOptions(delay=0, concurrency=4, batch_size=25),
            handle_signals=False,
        )
    assert report.counts.new == 60
    # 60 articles, 25 per batch (plus any the 0.5 s age rule committed early)
    assert 3 <= report.commits < 10


def test_old_writes_commit_without_waiting_for_a_full_batch(tmp_path: Path) -> None:
    db = connect(tmp_path / "c.db")
    _queue(db, ["http://x.vn/bai/1"])
    batch = WriteBatch(db, max_items=100, max_age=0.05)
    batch.add(lambda: frontier.mark(db, "http://x.vn/bai/1", frontier.DONE))
    batch.flush_if_due()
    assert len(batch) == 1  # too young
    time.sleep(0.06)
    batch.flush_if_due()
    assert len(batch) == 0 and batch.commits == 1


def test_a_slow_article_does_not_hold_back_finished_ones(fault_server, tmp_path: Path) -> None:
    """While one article stalls, the ones already fetched are committed by the age rule."""
    db_path = tmp_path / "slow.db"
    seen_while_stalled: list[int] = []
    names = ["mot", "hai", "ba", "bon", "cham"]
    listing = "".join(
        f'<li><a href="/bai/{n}.aspx">Phường Cửa Đại tổ chức hoạt động {n} trong tháng này</a></li>'
        for n in names
    )
    fault_server.add_route(
        "/tin-tuc",
        lambda ex: ex.respond(200, f"<html><body><ul class='news'>{listing}</ul></body></html>"),
    )
    page = article_html()

    def fast(ex: Exchange) -> None:
        ex.respond(200, page)

    def slow(ex: Exchange) -> None:
        time.sleep(1.5)  # the batch (64 articles) is far from full: only its age commits
        con = sqlite3.connect(db_path)
        seen_while_stalled.append(con.execute("SELECT count(*) FROM articles").fetchone()[0])
        con.close()
        ex.respond(200, page)

    for n in names:
        fault_server.add_route(f"/bai/{n}.aspx", slow if n == "cham" else fast)
    report = run_crawl(
        db_path,
        [Site.from_url(fault_server.url("/tin-tuc"))],
        CrawlOptions(delay=0, concurrency=5),
        handle_signals=False,
    )
    assert seen_while_stalled == [4]
    assert report.counts.new == 5 and report.exit_code == 0
    assert report.commits == 2  # the four fast articles together, then the slow one
    assert set(_states(db_path).values()) == {"done"}


_DISK_FULL = (
    "CREATE TRIGGER disk_full BEFORE INSERT ON articles"
    " WHEN (SELECT count(*) FROM articles) >= 5"
    " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
)


@pytest.mark.parametrize("batch_size", [5, 1000])
def test_a_database_that_stops_taking_writes_ends_the_crawl_in_one_line(
    cli, tmp_path: Path, batch_size: int
) -> None:
    """Disk full mid-crawl: exit 1, one stderr line, committed batches intact, run recorded.

    With 5 per batch the failing batch is flushed by a worker; with 1000 only the
    age rule commits, so the failure surfaces in the background flush.
    """
    from cli import app

    path = tmp_path / "full.db"
    connect(path).conn.execute(_DISK_FULL)  # a stand-in for ENOSPC, raised by SQLite itself
    with PortalServer(Portal(articles=200, per_page=10), latency=0.01) as server:
        url = server.listing_url()
        res = cli.invoke(
            app,
            ["crawl", url, "--db", str(path), "--delay", "0", "-q"]
            + ["--batch-size", str(batch_size)],
        )
        assert res.exit_code == 1
        assert (
            res.stderr == "govnews: error: cannot write to the database: database or disk is full\n"
        )
        con = sqlite3.connect(path)
        kept = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert 0 < kept <= 5  # whole batches only: the one that hit the wall is not kept
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        run = con.execute("SELECT status, exit_code, message FROM runs").fetchone()
        assert run == ("failed", 1, "cannot write to the database: database or disk is full")
        # every stored article is whole: its raw page and its done frontier row are there
        assert (
            con.execute(
                "SELECT count(*) FROM articles a JOIN pages p ON p.id = a.page_id"
                " JOIN frontier f ON f.url = a.url AND f.state = 'done'"
            ).fetchone()[0]
            == kept
        )
        # space freed: the next run picks up where this one stopped
        con.execute("DROP TRIGGER disk_full")
        con.commit()
        con.close()
        again = cli.invoke(app, ["crawl", url, "--db", str(path), "--delay", "0", "-q"])
    assert again.exit_code == 0, again.stderr
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 200
