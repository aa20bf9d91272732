"""Crash safety: a crawl killed with SIGKILL at random moments resumes without loss or duplicates."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from scraper.replica import Portal, PortalServer
from scraper.urls import canonicalize

ROOT = Path(__file__).parent.parent
KILLS = 10


def _crawl_cmd(url: str, db: Path) -> list[str]:
    return [
        sys.executable,
        str(ROOT / "cli.py"),
        "crawl",
        url,
        "--db",
        str(db),
        "--delay",
        "0",
        "--concurrency",
        "2",
        "--quiet",
        "--batch-size",
        "3",  # small batches: killed runs have committed some articles and lost others
    ]


def _stored(db: Path) -> set[str]:
    if not db.exists():
        return set()
    con = sqlite3.connect(db)
    try:
        return {r[0] for r in con.execute("SELECT url FROM articles")}
    except sqlite3.OperationalError:  # killed before the schema was written
        return set()
    finally:
        con.close()


def _wait_for_requests(server: PortalServer, n: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while server.request_count < n and time.monotonic() < deadline:
        time.sleep(0.005)


def test_sigkill_at_random_moments_then_resume(tmp_path: Path) -> None:
    rng = random.Random(20221706)
    portal = Portal(articles=30, per_page=10, seed=3)
    db = tmp_path / "kill.db"
    with PortalServer(portal, latency=0.01) as server:
        url = server.listing_url()
        kills = 0
        snapshots: list[tuple[int, set[str]]] = []  # (requests so far, articles committed)
        for _ in range(KILLS):
            proc = subprocess.Popen(
                _crawl_cmd(url, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
            )
            _wait_for_requests(server, server.request_count + rng.randint(1, 6))
            time.sleep(rng.uniform(0.0, 0.08))
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                kills += 1
            proc.wait(timeout=30)
            snapshots.append((server.request_count, _stored(db)))
        final = subprocess.run(_crawl_cmd(url, db), capture_output=True, text=True, timeout=120)
        assert final.returncode in (0, 3), final.stderr
        requests = server.requests
        base = server.base_url

    assert kills >= 5  # most runs really were killed mid-crawl
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    urls = [r[0] for r in con.execute("SELECT url FROM articles")]
    expected = {canonicalize(server.base_url + t["path"]) for t in portal.ground_truth()}
    assert len(urls) == len(set(urls)) == len(expected)
    assert set(urls) == expected
    # no half-written record: every article points at its stored raw page and has content
    orphans = con.execute(
        "SELECT count(*) FROM articles a LEFT JOIN pages p ON p.id = a.page_id WHERE p.id IS NULL"
        " OR a.title IS NULL OR a.body IS NULL OR a.content_hash IS NULL"
    ).fetchone()[0]
    assert orphans == 0
    assert (
        con.execute(
            "SELECT count(*) FROM frontier WHERE kind='article' AND state!='done'"
        ).fetchone()[0]
        == 0
    )
    # A killed run loses only work it had not committed (pages in flight and its open
    # batch): an article committed before a kill is never fetched again.
    for seen, committed in snapshots:
        again = {canonicalize(base + r[2]) for r in requests[seen:] if "ItemID=" in r[2]}
        assert not again & committed
    assert sum(len(c) for _, c in snapshots) > 0  # some runs did commit before being killed


def test_ctrl_c_stops_after_pages_in_flight_and_next_run_resumes(tmp_path: Path) -> None:
    portal = Portal(articles=30, per_page=10, seed=5)
    db = tmp_path / "int.db"
    with PortalServer(portal, latency=0.1) as server:
        url = server.listing_url()
        proc = subprocess.Popen(
            _crawl_cmd(url, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        _wait_for_requests(server, 8)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 130
        assert "Traceback" not in err
        con = sqlite3.connect(db)
        assert con.execute("SELECT status, exit_code FROM runs").fetchall() == [
            ("interrupted", 130)
        ]
        stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        queued = con.execute(
            "SELECT count(*) FROM frontier WHERE kind='article' AND state='queued'"
        ).fetchone()[0]
        con.close()
        assert 0 < stored < 30 and queued > 0  # stopped part-way, the rest kept for later
        before = server.request_count
        final = subprocess.run(_crawl_cmd(url, db), capture_output=True, text=True, timeout=120)
        assert final.returncode == 0, final.stderr
        fetched_again = sum(1 for r in server.requests[before:] if "ItemID=" in r[2])
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(DISTINCT url), count(*) FROM articles").fetchone() == (30, 30)
    assert fetched_again <= 30 - stored + 2  # finished pages are not fetched again
