"""Incremental re-run cost: requests and time of a re-run on an unchanged portal vs. a full crawl.

    python bench/incremental.py [--articles 1000] [--per-page 10]

Starts the replica portal in its own process, crawls it once (full), then
runs the same command again on the unchanged portal, and prints both side by
side. Goal (issue "Scheduled runs"): the re-run needs <= 2% of the full
crawl's requests. Request counts are govnews' own (runs table), which count
every HTTP request including robots.txt and retries.
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scraper.replica.server import serve_in_subprocess  # noqa: E402


def crawl(url: str, db: Path, *extra: str) -> tuple[float, int, int, int]:
    started = time.perf_counter()
    proc = subprocess.run(
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
            "4",
            "--quiet",
            *extra,
        ],
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    if proc.returncode not in (0, 3):
        raise SystemExit(f"crawl failed ({proc.returncode}): {proc.stderr.strip()}")
    con = sqlite3.connect(db)
    requests, new, listing = con.execute(
        "SELECT requests, new, listing_pages FROM runs ORDER BY id DESC LIMIT 1"
    ).fetchone()
    con.close()
    return seconds, requests, new, listing


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--per-page", type=int, default=10)
    args = ap.parse_args()
    with (
        tempfile.TemporaryDirectory() as tmp,
        serve_in_subprocess(args.articles, per_page=args.per_page, warm=True) as served,
    ):
        url = served.listing_urls[0]
        db = Path(tmp) / "inc.db"
        full = crawl(url, db)
        rerun = crawl(url, db)
    ratio = rerun[1] / full[1]
    print(
        f"replica portal: {args.articles} articles, {args.per_page} per listing page (2 cores, shared)"
    )
    print(f"{'run':22} {'seconds':>8} {'requests':>9} {'new':>6} {'listing pages':>14}")
    print(f"{'full crawl':22} {full[0]:8.1f} {full[1]:9d} {full[2]:6d} {full[3]:14d}")
    print(f"{'re-run, unchanged':22} {rerun[0]:8.1f} {rerun[1]:9d} {rerun[2]:6d} {rerun[3]:14d}")
    print(f"re-run / full: {ratio:.2%} of the requests, {rerun[0] / full[0]:.1%} of the time")
    goal = ratio <= 0.02
    print(f"goal re-run <= 2% of requests: {'PASS' if goal else 'FAIL'}")
    return 0 if goal else 1


if __name__ == "__main__":
    raise SystemExit(main())
