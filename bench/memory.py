"""Benchmark: peak RSS of a govnews crawl process as the portal grows from 1k to 100k articles.

    python bench/memory.py --articles 1000,10000,100000 [--concurrency 8]

For each size a fresh replica portal (``python -m scraper.replica.server``, small 8-12 KB
pages to keep the run short) serves in its own process, and a fresh subprocess runs
``run_crawl(db, [Site.from_url(listing)], CrawlOptions(concurrency, delay=0, full=True))``.
Peak RSS is the child's own ``ru_maxrss`` (os.wait4); RSS is also sampled every second to
show whether it creeps up during a run. Prints a table, the growth from the smallest to
the largest size, and PASS/FAIL for: peak RSS < 150 MB at 100k articles, and flat (the
largest size's peak within 20% of the smallest's). A size that runs past --timeout is
stopped and reported as incomplete with the figures it reached.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402  (bench/ is not a package)
from common import PortalProcess, ProcStats, run_measured  # noqa: E402

GOAL_MB = 150.0
FLAT_GROWTH = 0.20  # largest-size peak may exceed the smallest-size peak by this share


def parse_sizes(text: str) -> list[int]:
    return sorted(int(x.replace("_", "")) for x in text.split(",") if x.strip())


def parse_size(text: str) -> tuple[int, int]:
    lo, _, hi = text.partition(",")
    return int(lo), int(hi or lo)


def rss_at(samples: list[tuple[float, float]], share: float) -> float | None:
    """Sampled RSS (MB) at ``share`` of the run's duration."""
    if not samples:
        return None
    end = samples[-1][0]
    for t, rss in samples:
        if t >= share * end:
            return rss
    return samples[-1][1]


def count_articles(db: Path) -> int:
    import sqlite3

    if not db.exists():
        return 0
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def db_size_mb(db: Path) -> float:
    return sum(
        common.mb(p.stat().st_size)
        for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm"))
        if p.exists()
    )


def measure_size(
    n: int, args: argparse.Namespace, work: Path
) -> tuple[ProcStats, int, float, float, dict]:
    db = work / f"govnews-{n}.db"
    with PortalProcess(n, args.page_size_kb, cache_mb=args.portal_cache_mb) as portal:
        run = run_measured(
            f"govnews {n}",
            common.govnews_command(db, portal.url, args.concurrency, slowdown=not args.no_slowdown),
            timeout=args.timeout,
            sample_every=1.0,
            portal=portal,
        )
        portal_rss = portal.rss_mb()
    stored = count_articles(db)
    size = db_size_mb(db)
    for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        p.unlink(missing_ok=True)
    return run, stored, size, portal_rss, run.result()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=parse_sizes, default=[1000, 10000, 100000])
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--page-size-kb", type=parse_size, default=(8, 12), metavar="LO,HI")
    ap.add_argument("--portal-cache-mb", type=int, default=64, help="portal's page cache")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds allowed per size")
    ap.add_argument("--workdir", type=Path, help="scratch directory (default: temp, deleted)")
    ap.add_argument(
        "--no-slowdown",
        action="store_true",
        help="diagnostic: count but do not apply the adaptive politeness slow-down (shorter runs;"
        " memory is what is measured here)",
    )
    args = ap.parse_args(argv)
    with common.workdir(args.workdir, "govnews-mem-") as work:
        return run(args, work)


def run(args: argparse.Namespace, work: Path) -> int:
    cores = common.cores()
    print(
        f"memory benchmark: sizes {', '.join(map(str, args.articles))} articles, "
        f"concurrency {args.concurrency}, pages {args.page_size_kb[0]}-{args.page_size_kb[1]} KB"
    )
    print(
        f"machine: {cores} CPU core(s) shared by the crawler and the portal; "
        f"load average {os.getloadavg()[0]:.1f} at start"
    )
    if args.no_slowdown:
        print("diagnostic mode: adaptive politeness slow-down counted but not applied")
    rows: list[list[str]] = []
    peaks: dict[int, float] = {}
    complete: dict[int, bool] = {}
    for n in args.articles:
        run, stored, size, portal_rss, r = measure_size(n, args, work)
        pages = n + -(-n // 10)  # articles + listing pages (10 per page)
        done = run.returncode == 0 and stored == n
        complete[n] = done
        peaks[n] = run.peak_rss_mb
        quart = [rss_at(run.rss_samples, q) for q in (0.25, 0.5, 0.75)]
        status = "ok" if done else ("timeout" if run.returncode < 0 else f"exit {run.returncode}")
        print(
            f"  {n} articles: {run.wall:.0f}s, {stored} stored, peak RSS {run.peak_rss_mb:.1f} MB"
            f", {r.get('slowdowns', '?')} politeness slow-downs ({status})"
        )
        rows.append(
            [
                str(n),
                str(stored),
                f"{run.wall:.0f}",
                f"{stored / run.wall:.0f}" if run.wall else "-",
                f"{1000 * run.cpu / pages:.1f}",
                f"{run.peak_rss_mb:.1f}",
                " / ".join(f"{q:.0f}" if q is not None else "-" for q in quart),
                f"{size:.0f}",
                f"{portal_rss:.0f}",
                status,
            ]
        )
    print()
    header = ["articles", "stored", "seconds", "articles/s", "CPU ms/page", "peak RSS MB",
              "RSS at 25/50/75% MB", "DB MB", "portal MB", "status"]  # fmt: skip
    print(common.table(rows, header))
    print(
        "peak RSS: the crawl process's own ru_maxrss (interpreter, imports, SQLite page cache "
        "included); the portal runs in another process."
    )
    print(f"load average {os.getloadavg()[0]:.1f} at the end")

    sizes = [n for n in args.articles if complete[n]]
    print()
    largest = max(args.articles)
    if len(sizes) >= 2:
        lo, hi = sizes[0], sizes[-1]
        growth = peaks[hi] / peaks[lo] - 1
        print(
            f"growth {lo} -> {hi} articles: {peaks[hi] - peaks[lo]:+.1f} MB ({100 * growth:+.0f}%)"
        )
        flat_ok = growth <= FLAT_GROWTH
        print(
            f"{common.verdict(flat_ok)}  flat from {lo} to {hi} articles "
            f"(peak within {100 * FLAT_GROWTH:.0f}%): {100 * growth:+.0f}%"
        )
    else:
        print("FAIL  flat: fewer than two sizes completed")
    if complete.get(100_000):
        print(f"{common.verdict(peaks[100_000] < GOAL_MB)}  peak RSS < {GOAL_MB:.0f} MB at 100k "
              f"articles: {peaks[100_000]:.1f} MB")  # fmt: skip
    elif 100_000 in complete:
        print(f"FAIL  peak RSS < {GOAL_MB:.0f} MB at 100k articles: the 100k run did not complete "
              f"(peak {peaks[100_000]:.1f} MB when stopped)")  # fmt: skip
    else:
        print(f"(100k not run; largest size {largest}: peak {peaks[largest]:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
