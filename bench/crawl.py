"""Benchmark: a govnews crawl against a fetch-only ceiling and an equivalent Scrapy spider.

    python bench/crawl.py --articles 2000 [--concurrency 8]

Starts the replica ward portal (``python -m scraper.replica``) in its own process with
realistic 30-120 KB pages, then in the same run measures, each in a fresh subprocess
(wall time, user+sys CPU and peak RSS of the whole process, interpreter start included):

1. ceiling: every listing page and article fetched with one keep-alive httpx client at
   the same concurrency, no parsing, no storing (bench/common.py ``fetch``);
2. govnews: ``run_crawl(db, [Site.from_url(listing)], CrawlOptions(concurrency, delay=0,
   full=True))`` (bench/common.py ``govnews``);
3. scrapy: bench/scrapy_spider.py via ``scrapy runspider`` with the same concurrency.

Then checks the output (both databases hold every article; govnews' five fields equal the
portal's ground truth) and prints a side-by-side table, the ratios and PASS/FAIL goals.
The portal pre-renders every page before serving (``--warm``), so no contender pays for
rendering and the crawler, not the portal, is what is measured (``--cold`` to render on
every request instead).
Everything stays on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402  (bench/ is not a package)
from common import PortalProcess, ProcStats, run_measured  # noqa: E402

SPIDER = Path(__file__).resolve().parent / "scrapy_spider.py"


def scrapy_command(url: str, db: Path, concurrency: int) -> list[str]:
    settings = {
        "BENCH_DB": str(db),
        "CONCURRENT_REQUESTS": concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
        "DOWNLOAD_DELAY": 0,
        "ROBOTSTXT_OBEY": False,
        "AUTOTHROTTLE_ENABLED": False,
        "HTTPCACHE_ENABLED": False,
        "LOG_LEVEL": "ERROR",
    }
    cmd = [sys.executable, "-m", "scrapy", "runspider", str(SPIDER), "-a", f"listing={url}"]
    for key, value in settings.items():
        cmd += ["-s", f"{key}={value}"]
    return cmd


def count_rows(db: Path, table: str = "articles") -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def median_index(runs: list[ProcStats]) -> int:
    """Index of the run with the median wall time (its figures are shown, never mixed)."""
    order = sorted(range(len(runs)), key=lambda i: runs[i].wall)
    return order[(len(order) - 1) // 2]


def parse_size(text: str) -> tuple[int, int]:
    lo, _, hi = text.partition(",")
    return int(lo), int(hi or lo)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--page-size-kb", type=parse_size, default=(30, 120), metavar="LO,HI")
    ap.add_argument("--repeat", type=int, default=1, help="runs per contender (median shown)")
    ap.add_argument(
        "--cold", action="store_true", help="portal renders every request (no page cache)"
    )
    ap.add_argument("--skip-scrapy", action="store_true")
    ap.add_argument(
        "--no-diagnostic",
        action="store_true",
        help="skip the extra govnews run with the adaptive slow-down counted but not applied",
    )
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per child run")
    ap.add_argument("--workdir", type=Path, help="keep databases here (default: temp, deleted)")
    args = ap.parse_args(argv)

    work = args.workdir or Path(tempfile.mkdtemp(prefix="govnews-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        return run(args, work)
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


def run(args: argparse.Namespace, work: Path) -> int:
    n, conc = args.articles, args.concurrency
    cores = common.cores()
    load_start = os.getloadavg()[0]
    print(
        f"crawl benchmark: {n} articles, concurrency {conc}, pages {args.page_size_kb[0]}-"
        f"{args.page_size_kb[1]} KB"
    )
    print(
        f"machine: {cores} CPU core(s), SHARED by the crawler and the portal process "
        "(both run Python; the portal's CPU while each contender ran is in the table)"
    )
    print(
        f"load average at start: {load_start:.1f}"
        + (
            "  WARNING: other processes are busy on this machine; wall times are inflated, "
            "CPU figures much less so"
            if load_start > 0.5 * cores
            else ""
        )
    )

    truth = common.local_portal(n, args.page_size_kb)
    est_mb = int(common.mb((truth.page_count + n) * sum(args.page_size_kb) / 2 * 1024)) + 64
    cache_mb = 1 if args.cold else max(256, est_mb)
    with PortalProcess(n, args.page_size_kb, warm=not args.cold, cache_mb=cache_mb) as portal:
        print(f"portal: {portal.url} (pid {portal.proc.pid})")  # type: ignore[union-attr]
        if not common.check_same_portal(truth, portal.url):
            print(
                "WARNING: served listing page differs from the local model; "
                "ground-truth checks may not apply"
            )
        urls = common.all_page_urls(truth, portal.base)
        pages = len(urls)
        urls_file = work / "urls.txt"
        urls_file.write_text("\n".join(urls) + "\n", "utf-8")
        print(f"pages: {truth.page_count} listing + {n} articles = {pages}")

        def measure(label: str, make_cmd: Callable[[int], list[str]]) -> tuple[ProcStats, int]:
            runs = []
            for k in range(args.repeat):
                run = run_measured(label, make_cmd(k), timeout=args.timeout, portal=portal)
                run.check()
                runs.append(run)
                print(
                    f"  {label} run {k + 1}: {run.wall:.2f}s wall, {run.cpu:.2f}s CPU, "
                    f"{run.peak_rss_mb:.0f} MB peak RSS"
                )
            k = median_index(runs)
            return runs[k], k

        if args.cold:
            print("  portal renders every request (--cold: 1 MB page cache)")
        else:
            print("  portal pre-rendered every page (--warm): no contender pays for rendering")

        ceiling, _ = measure("ceiling", lambda k: common.fetch_command(urls_file, conc))

        def gov_cmd(k: int) -> list[str]:
            db = work / f"govnews-{k}.db"
            _remove_db(db)
            return common.govnews_command(db, portal.url, conc)

        govnews, k = measure("govnews", gov_cmd)
        gov_db = work / f"govnews-{k}.db"
        diag: ProcStats | None = None
        if not args.no_diagnostic:
            diag_db = work / "govnews-diag.db"
            _remove_db(diag_db)
            cmd = common.govnews_command(diag_db, portal.url, conc, slowdown=False)
            diag = run_measured("govnews*", cmd, timeout=args.timeout, portal=portal)
            diag.check()
            print(
                f"  govnews* (diagnostic, slow-down not applied): {diag.wall:.2f}s wall, "
                f"{diag.cpu:.2f}s CPU, {count_rows(diag_db)} articles stored"
            )
        scrapy: ProcStats | None = None
        scrapy_db = work / "scrapy-0.db"
        if not args.skip_scrapy:

            def scrapy_cmd(k: int) -> list[str]:
                db = work / f"scrapy-{k}.db"
                _remove_db(db)
                return scrapy_command(portal.url, db, conc)

            scrapy, k = measure("scrapy", scrapy_cmd)
            scrapy_db = work / f"scrapy-{k}.db"
        portal_rss = portal.rss_mb()

    # --- verify ------------------------------------------------------------------------
    g = govnews.result()
    print()
    print("correctness")
    gov_rows = count_rows(gov_db)
    check = common.compare_ground_truth(gov_db, truth)
    print(
        f"  govnews: {gov_rows} articles in the database (want {n}); "
        f"status {g.get('status')}, {g.get('failed', '?')} failed, "
        f"{g.get('incomplete', '?')} incomplete, {g.get('requests', '?')} requests, "
        f"{g.get('slowdowns', 0)} politeness slow-downs"
    )
    print(
        f"  govnews vs ground truth: {check.distinct} distinct portal articles; fields equal: "
        + ", ".join(f"{k} {v}/{check.matched_urls}" for k, v in check.equal.items())
        + f"; all five equal: {check.all_equal}/{n}"
    )
    for ex in check.examples:
        print(f"    mismatch: {ex}")
    scrapy_rows = 0
    if scrapy is not None:
        s = scrapy.result()
        scrapy_rows = count_rows(scrapy_db)
        scheck = common.compare_ground_truth(scrapy_db, truth)
        print(
            f"  scrapy:  {scrapy_rows} articles in the database (want {n}); "
            f"{s.get('responses', '?')} responses, {s.get('errors', '?')} errors; "
            f"all five fields equal to ground truth: {scheck.all_equal}/{n}"
        )
    c = ceiling.result()
    print(
        f"  ceiling: {c.get('pages')} pages fetched (want {pages}), {c.get('errors')} errors, "
        f"{common.mb(c.get('bytes', 0)):.0f} MB of HTML"
    )

    # --- table -------------------------------------------------------------------------
    rows = []
    for run in (ceiling, govnews, scrapy, diag):
        if run is None:
            continue
        r = run.result()
        rows.append(
            [
                run.label,
                str(pages),
                f"{run.wall:.2f}",
                f"{r.get('crawl_seconds', 0):.2f}",
                f"{pages / run.wall:.0f}",
                f"{run.cpu:.2f}",
                f"{1000 * run.cpu / pages:.2f}",
                f"{run.peak_rss_mb:.0f}",
                f"{run.portal_cpu:.2f}",
            ]
        )
    print()
    print(
        common.table(
            rows,
            [
                "tool",
                "pages",
                "seconds",
                "in-crawl s",
                "pages/s",
                "CPU s",
                "CPU ms/page",
                "peak RSS MB",
                "portal CPU s",
            ],
        )
    )
    if diag is not None:
        print(
            "govnews* = diagnostic run with the adaptive politeness slow-down counted but not "
            f"applied ({diag.result().get('slowdowns', 0)} would-be slow-downs); not a verdict"
        )
    print(
        "seconds, pages/s, CPU and RSS are for the whole process (interpreter start and "
        "imports included); in-crawl s is the time inside the crawl call itself."
    )
    print(
        f"portal process: {portal_rss:.0f} MB RSS at the end. govnews fetches robots.txt "
        "(1 extra request, the replica allows all); the spider has ROBOTSTXT_OBEY=False."
    )

    print(f"load average at end: {os.getloadavg()[0]:.1f} (1-minute, all processes)")

    # --- ratios and goals ----------------------------------------------------------------
    print()
    vs_ceiling = govnews.wall / ceiling.wall
    gov_ms = 1000 * govnews.cpu / pages
    goals = []
    if scrapy is not None:
        speedup = scrapy.wall / govnews.wall
        print(
            f"govnews/scrapy throughput: {speedup:.2f}x "
            f"(CPU per page: scrapy/govnews {scrapy.cpu / govnews.cpu:.2f}x, "
            f"peak RSS: govnews/scrapy {govnews.peak_rss_mb / scrapy.peak_rss_mb:.2f}x)"
        )
        goals.append(
            (
                f"govnews throughput >= 3x Scrapy at concurrency {conc}",
                speedup >= 3.0,
                f"{speedup:.2f}x",
            )
        )
    print(
        f"govnews time / ceiling time: {vs_ceiling:.2f}x "
        f"(throughput {100 / vs_ceiling:.0f}% of the fetch-only ceiling)"
    )
    goals.append(
        ("govnews within 1.5x of the fetch-only ceiling", vs_ceiling <= 1.5, f"{vs_ceiling:.2f}x")
    )
    goals.append(("govnews CPU <= 1 ms per page", gov_ms <= 1.0, f"{gov_ms:.2f} ms"))
    complete = gov_rows == n and check.all_equal == n
    goals.append(
        (
            "govnews stored all articles, fields equal to ground truth",
            complete,
            f"{check.all_equal}/{n}",
        )
    )
    if scrapy is not None:
        goals.append(("scrapy stored all articles", scrapy_rows == n, f"{scrapy_rows}/{n}"))
    print()
    for name, ok, figure in goals:
        print(f"{common.verdict(ok)}  {name}: {figure}")
    if args.workdir is not None:
        print(f"\ndatabases kept in {work}")
    return 0


def _remove_db(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(db) + suffix).unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main())
