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
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
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
    ap.add_argument(
        "--repeat", type=int, default=1, help="rounds of all contenders (median run shown)"
    )
    ap.add_argument(
        "--cold", action="store_true", help="portal renders every request (no page cache)"
    )
    ap.add_argument("--skip-scrapy", action="store_true")
    ap.add_argument(
        "--parse-workers",
        type=int,
        default=1,
        help="also run govnews with N extraction processes (0: skip that run)",
    )
    ap.add_argument(
        "--no-diagnostic",
        action="store_true",
        help="skip the extra govnews run with the adaptive slow-down counted but not applied",
    )
    ap.add_argument("--timeout", type=float, default=900, help="time budget per run (then SIGTERM)")
    ap.add_argument("--workdir", type=Path, help="keep databases here (default: temp, deleted)")
    args = ap.parse_args(argv)

    with common.workdir(args.workdir, "govnews-bench-") as work:
        return run(args, work)


def run(args: argparse.Namespace, work: Path) -> int:
    n, conc = args.articles, args.concurrency
    cores = common.cores()
    load_start = os.getloadavg()[0]
    print(
        f"crawl benchmark: {n} articles, concurrency {conc}, pages {args.page_size_kb[0]}-"
        f"{args.page_size_kb[1]} KB, time budget {args.timeout:.0f}s per run"
    )
    busy = "  WARNING: other processes are busy; wall times are inflated, CPU figures much less"
    print(
        f"machine: {cores} CPU cores, SHARED by the crawler and the portal process (both "
        f"Python); load average at start {load_start:.1f}" + (busy if load_start > 1 else "")
    )

    truth = common.local_portal(n, args.page_size_kb)
    est_mb = int(common.mb((truth.page_count + n) * sum(args.page_size_kb) / 2 * 1024)) + 64
    cache_mb = 1 if args.cold else max(256, est_mb)
    with PortalProcess(n, args.page_size_kb, warm=not args.cold, cache_mb=cache_mb) as portal:
        print(f"portal: {portal.url} (pid {portal.proc.pid})")  # type: ignore[union-attr]
        if not common.check_same_portal(truth, portal.url):
            print("WARNING: served listing page differs from the local model; "
                  "ground-truth checks may not apply")  # fmt: skip
        if args.cold:
            print("  portal renders every request (--cold: 1 MB page cache)")
        else:
            print("  portal pre-rendered every page (--warm): no contender pays for rendering")
        urls = common.all_page_urls(truth, portal.base)
        pages = len(urls)
        urls_file = work / "urls.txt"
        urls_file.write_text("\n".join(urls) + "\n", "utf-8")
        print(f"pages: {truth.page_count} listing + {n} articles = {pages}")

        def db_in(name: str) -> Path:
            db = work / name
            _remove_db(db)
            return db

        def ceiling_cmd(k: int) -> tuple[list[str], Path | None]:
            return common.fetch_command(urls_file, conc), None

        def govnews_cmd(k: int) -> tuple[list[str], Path | None]:
            db = db_in(f"govnews-{k}.db")
            return common.govnews_command(db, portal.url, conc), db

        def pooled_cmd(k: int) -> tuple[list[str], Path | None]:
            db = db_in(f"govnews-pw-{k}.db")
            return common.govnews_command(
                db, portal.url, conc, parse_workers=args.parse_workers
            ), db

        def diag_cmd(k: int) -> tuple[list[str], Path | None]:
            db = db_in(f"govnews-diag-{k}.db")
            return common.govnews_command(db, portal.url, conc, slowdown=False), db

        def scrapy_cmd(k: int) -> tuple[list[str], Path | None]:
            db = db_in(f"scrapy-{k}.db")
            return scrapy_command(portal.url, db, conc), db

        makers: dict[str, Callable[[int], tuple[list[str], Path | None]]] = {
            "ceiling": ceiling_cmd,
            "govnews": govnews_cmd,
        }
        pooled_label = f"govnews -p{args.parse_workers}"
        if args.parse_workers:
            makers[pooled_label] = pooled_cmd
        if not args.no_diagnostic:
            makers["govnews*"] = diag_cmd
        if not args.skip_scrapy:
            makers["scrapy"] = scrapy_cmd
        # Rounds (ceiling, govnews, ..., then again) so every contender sees the same mix
        # of background load; the median run of each is reported.
        runs: dict[str, list[Contender]] = {label: [] for label in makers}
        for k in range(args.repeat):
            for label, make in makers.items():
                cmd, db = make(k)
                # worker processes: sample the RSS of the whole process tree
                every = 0.1 if label == pooled_label else None
                run = run_measured(
                    label, cmd, timeout=args.timeout, portal=portal, sample_every=every
                )
                run.check()
                runs[label].append(Contender(run, db))
                stopped = f" (stopped at the {args.timeout:.0f}s budget)" if run.timed_out else ""
                print(f"  round {k + 1} {label}: {run.wall:.2f}s wall, {run.cpu:.2f}s CPU, "
                      f"{run.peak_rss_mb:.0f} MB peak RSS, load {os.getloadavg()[0]:.1f}"
                      f"{stopped}")  # fmt: skip
        chosen = {label: rs[median_index([c.run for c in rs])] for label, rs in runs.items()}
        ceiling, govnews = chosen["ceiling"], chosen["govnews"]
        diag, scrapy = chosen.get("govnews*"), chosen.get("scrapy")
        pooled = chosen.get(pooled_label)
        portal_rss = portal.rss_mb()

    # --- verify ------------------------------------------------------------------------
    print("\ncorrectness")
    g = govnews.result
    gov_rows = count_rows(govnews.db)
    check = common.compare_ground_truth(govnews.db, truth)
    print(f"  govnews: {gov_rows} articles in the database (want {n}); status "
          f"{g.get('status', 'killed')}, {g.get('failed', '?')} failed, "
          f"{g.get('incomplete', '?')} incomplete, {g.get('requests', '?')} requests, "
          f"{g.get('slowdowns', '?')} politeness slow-downs")  # fmt: skip
    print(f"  govnews vs ground truth: {check.distinct} distinct portal articles; fields equal: "
          + ", ".join(f"{k} {v}/{check.matched_urls}" for k, v in check.equal.items())
          + f"; all five equal: {check.all_equal}/{n}")  # fmt: skip
    for ex in check.examples:
        print(f"    mismatch: {ex}")
    pcheck = None
    if pooled is not None:
        pcheck = common.compare_ground_truth(pooled.db, truth)
        print(f"  {pooled_label}: {count_rows(pooled.db)} articles; all five fields equal to "
              f"ground truth: {pcheck.all_equal}/{n}")  # fmt: skip
    if diag is not None:
        dcheck = common.compare_ground_truth(diag.db, truth)
        print(f"  govnews*: {count_rows(diag.db)} articles; all five fields equal to ground "
              f"truth: {dcheck.all_equal}/{n}")  # fmt: skip
    scrapy_rows = 0
    if scrapy is not None:
        scrapy_rows = count_rows(scrapy.db)
        scheck = common.compare_ground_truth(scrapy.db, truth)
        print(f"  scrapy:  {scrapy_rows} articles in the database (want {n}); "
              f"{scrapy.result.get('responses', '?')} responses, "
              f"{scrapy.result.get('errors', '?')} errors; all five fields equal to ground "
              f"truth: {scheck.all_equal}/{n}")  # fmt: skip
    c = ceiling.result
    print(f"  ceiling: {c.get('pages')} pages fetched (want {pages}), {c.get('errors')} errors, "
          f"{common.mb(c.get('bytes', 0)):.0f} MB of HTML")  # fmt: skip

    # --- table -------------------------------------------------------------------------
    ceiling.done = int(c.get("pages", 0))
    for cont in (govnews, pooled, diag):
        if cont is not None:
            cont.done = count_rows(cont.db, "pages")  # listing + article pages stored
    if scrapy is not None:
        scrapy.done = int(scrapy.result.get("responses", 0)) or scrapy_rows
    rows = [cont.row() for cont in (ceiling, govnews, pooled, scrapy, diag) if cont is not None]
    print()
    print(common.table(rows, ["tool", "pages done", "seconds", "pages/s", "CPU s",
                              "CPU ms/page", "in-crawl CPU ms/page", "peak RSS MB",
                              "portal CPU s"]))  # fmt: skip
    print("seconds, pages/s, CPU and RSS: whole process, interpreter start and imports "
          "included; in-crawl CPU leaves start-up out.")  # fmt: skip
    if pooled is not None:
        print(f"{pooled_label} = govnews crawl --parse-workers {args.parse_workers}: CPU includes "
              "the worker processes, RSS is the sampled sum over the process tree")  # fmt: skip
    if diag is not None:
        print("govnews* = diagnostic run with the adaptive politeness slow-down counted but not "
              f"applied ({diag.result.get('slowdowns', '?')} would-be slow-downs); no verdict "
              "uses it")  # fmt: skip
    print(f"portal process: {portal_rss:.0f} MB RSS at the end. govnews fetches robots.txt "
          "(1 extra request; the replica allows all); the spider has ROBOTSTXT_OBEY=False.")  # fmt: skip
    print(f"load average at end: {os.getloadavg()[0]:.1f} (1-minute, all processes)")

    # --- ratios and goals ----------------------------------------------------------------
    print()
    gov_rate, ceil_rate = govnews.rate, ceiling.rate
    vs_ceiling = ceil_rate / gov_rate if gov_rate else float("inf")
    gov_ms = govnews.cpu_ms
    goals = []
    if scrapy is not None:
        speedup = gov_rate / scrapy.rate
        print(f"govnews/scrapy throughput: {speedup:.2f}x; CPU per page scrapy/govnews "
              f"{scrapy.cpu_ms / gov_ms:.2f}x; peak RSS govnews/scrapy "
              f"{govnews.run.peak_rss_mb / scrapy.run.peak_rss_mb:.2f}x")  # fmt: skip
        if diag is not None:
            print(f"govnews*/scrapy throughput: {diag.rate / scrapy.rate:.2f}x")
        goals.append((f"govnews throughput >= 3x Scrapy at concurrency {conc}", speedup >= 3.0,
                      f"{speedup:.2f}x"))  # fmt: skip
        if pooled is not None:
            p_speedup = pooled.rate / scrapy.rate
            print(f"{pooled_label}/scrapy throughput: {p_speedup:.2f}x")
            goals.append((f"{pooled_label} throughput >= 3x Scrapy at concurrency {conc}",
                          p_speedup >= 3.0, f"{p_speedup:.2f}x"))  # fmt: skip
    print(f"ceiling/govnews time per page: {vs_ceiling:.2f}x "
          f"(govnews at {100 / vs_ceiling:.0f}% of the fetch-only ceiling's pages/s)")  # fmt: skip
    if diag is not None:
        print(f"ceiling/govnews* time per page: {ceil_rate / diag.rate:.2f}x")
    print(f"the fetch-only ceiling alone costs {ceiling.cpu_ms:.2f} ms CPU per page here "
          f"({ceiling.crawl_cpu_ms:.2f} in-crawl)")  # fmt: skip
    goals.append(("govnews within 1.5x of the fetch-only ceiling", vs_ceiling <= 1.5,
                  f"{vs_ceiling:.2f}x"))  # fmt: skip
    if pooled is not None:
        p_vs = ceil_rate / pooled.rate if pooled.rate else float("inf")
        print(f"ceiling/{pooled_label} time per page: {p_vs:.2f}x")
        goals.append((f"{pooled_label} within 1.5x of the fetch-only ceiling", p_vs <= 1.5,
                      f"{p_vs:.2f}x"))  # fmt: skip
    goals.append(("govnews CPU <= 1 ms per page", gov_ms <= 1.0, f"{gov_ms:.2f} ms"))
    complete = gov_rows == n and check.all_equal == n
    goals.append(("govnews stored all articles, fields equal to ground truth", complete,
                  f"{check.all_equal}/{n}"))  # fmt: skip
    if pooled is not None and pcheck is not None:
        ok = count_rows(pooled.db) == n and pcheck.all_equal == n
        goals.append((f"{pooled_label} stored all articles, fields equal to ground truth", ok,
                      f"{pcheck.all_equal}/{n}"))  # fmt: skip
    if scrapy is not None:
        goals.append(("scrapy stored all articles", scrapy_rows == n, f"{scrapy_rows}/{n}"))
    print()
    for name, ok, figure in goals:
        print(f"{common.verdict(ok)}  {name}: {figure}")
    if args.workdir is not None:
        print(f"\ndatabases kept in {work}")
    return 0


@dataclass
class Contender:
    """One measured run and what it produced."""

    run: ProcStats
    db: Path | None
    done: int = 0  # pages actually fetched and processed

    @property
    def result(self) -> dict:
        return self.run.result()

    @property
    def rate(self) -> float:
        return self.done / self.run.wall if self.run.wall else 0.0

    @property
    def cpu_ms(self) -> float:
        return 1000 * self.run.cpu / max(1, self.done)

    @property
    def crawl_cpu_ms(self) -> float:
        start = float(self.result.get("cpu_start", 0.0))
        return 1000 * (self.run.cpu - start) / max(1, self.done)

    def row(self) -> list[str]:
        r = self.run
        label = r.label + (" (stopped)" if r.timed_out else "")
        in_crawl = f"{self.crawl_cpu_ms:.2f}" if "cpu_start" in self.result else "-"
        return [label, str(self.done), f"{r.wall:.2f}", f"{self.rate:.1f}", f"{r.cpu:.2f}",
                f"{self.cpu_ms:.2f}", in_crawl, f"{r.peak_rss_mb:.0f}",
                f"{r.portal_cpu:.2f}"]  # fmt: skip


def _remove_db(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(db) + suffix).unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main())
