"""Cron safety: one run per database (lock with its own exit code), runs listed with counts."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from cli import app
from scraper.replica import Portal, PortalServer
from scraper.runs import EXIT_LOCKED

ROOT = Path(__file__).parent.parent


def test_second_run_on_same_database_exits_locked(tmp_path: Path) -> None:
    db = tmp_path / "lock.db"
    portal = Portal(articles=20, per_page=10)
    with PortalServer(portal, latency=0.25) as server:  # the first run lasts seconds
        url = server.listing_url()
        first = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "cli.py"),
                "crawl",
                url,
                "--db",
                str(db),
                "--delay",
                "0",
                "--concurrency",
                "1",
                "--quiet",
            ],
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 20
        while server.request_count < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        second = subprocess.run(
            [sys.executable, str(ROOT / "cli.py"), "crawl", url, "--db", str(db), "--quiet"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert first.wait(timeout=120) == 0, first.stderr.read()
    assert second.returncode == EXIT_LOCKED
    assert second.stderr.startswith("govnews: error: another govnews run (pid ")
    assert "Traceback" not in second.stderr
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 20
    assert con.execute("SELECT count(*), min(status) FROM runs").fetchone() == (1, "ok")


def test_runs_command_lists_counts_and_second_run_is_nothing_to_do(replica, tmp_path: Path) -> None:
    server, portal = replica
    db = tmp_path / "runs.db"
    runner = CliRunner()
    first = runner.invoke(
        app, ["crawl", server.listing_url(), "--db", str(db), "--delay", "0", "-q"]
    )
    assert first.exit_code == 0, first.stderr
    second = runner.invoke(
        app, ["crawl", server.listing_url(), "--db", str(db), "--delay", "0", "-q"]
    )
    assert second.exit_code == 3  # nothing new
    out = runner.invoke(app, ["runs", "--db", str(db), "--format", "json"])
    rows = [__import__("json").loads(line) for line in out.stdout.splitlines()]
    assert [r["status"] for r in rows] == ["nothing", "ok"]
    assert rows[1]["new"] == len(list(portal.ground_truth())) and rows[0]["new"] == 0
    assert rows[0]["requests"] < rows[1]["requests"] / 5
    table = runner.invoke(app, ["runs", "--db", str(db)])
    assert "nothing" in table.stdout and "ok" in table.stdout


def test_json_log_format_is_one_object_per_line(replica, tmp_path: Path) -> None:
    server, _ = replica
    result = CliRunner().invoke(
        app,
        [
            "crawl",
            server.listing_url(),
            "--db",
            str(tmp_path / "j.db"),
            "--delay",
            "0",
            "--log-format",
            "json",
            "--max-pages",
            "1",
        ],
    )
    events = [
        __import__("json").loads(line)
        for line in result.stderr.splitlines()
        if line.startswith("{")
    ]
    kinds = {e["event"] for e in events}
    assert {"site-start", "listing", "article", "run-finished"} <= kinds
    assert all("time" in e for e in events)
    assert events[-1]["event"] == "run-finished" and events[-1]["new"] >= 1
