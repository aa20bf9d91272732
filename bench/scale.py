"""Scale-out benchmark: many small portals crawled on Dask with 1 vs 2 workers, then merged.

    python bench/scale.py [--sites 200] [--articles 5] [--delay 0.05] [--servers 4]

Serves ``--sites`` replica portals (``--articles`` each) from ``--servers`` child
processes; every portal is its own host (127.1.x.y, own port), as real portals are,
so each is its own host group and its own Dask task. Then, each on a fresh
LocalCluster of single-threaded worker processes (cluster start-up not counted):

- **1 worker**, full crawl (every article is new) into its own shard directory;
- **2 workers**, full crawl into another shard directory;
- **2 workers, incremental**: the same shards crawled again (nothing new: robots.txt
  and listing page 1 per site), the daily case;
- **2 workers x 4 threads**, full crawl: four sites in flight per process, since a
  polite crawl mostly waits.

For each: sites/minute, requests and seconds per site, worker CPU seconds per site
(``getrusage`` in the workers) and worker RSS. Then ``merge_shards`` of the 2-worker
shards into one archive, and the same merge again (idempotent, nothing new). Prints
the figures side by side plus the machine's load; everything talks to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scraper.crawl import CrawlOptions, Site  # noqa: E402
from scraper.distributed import run_cluster  # noqa: E402
from scraper.merge import merge_shards  # noqa: E402

# -- portal servers (child processes) -------------------------------------------------------


def host_address(i: int) -> str:
    """Loopback address of portal ``i``: 127.1.0.1, 127.1.0.2, ... (each portal a host)."""
    return f"127.1.{i // 250}.{i % 250 + 1}"


def serve(first: int, count: int, articles: int) -> None:
    """Child mode: serve portals first..first+count-1, print their listing URLs, wait."""
    from scraper.replica import Portal, PortalServer

    servers = []
    for i in range(first, first + count):
        portal = Portal(articles=articles, per_page=10, name=f"phuong-{i}", seed=i)
        servers.append(PortalServer(portal, host=host_address(i), log_requests=False).start())
    print(json.dumps([s.listing_url() for s in servers]), flush=True)
    try:
        sys.stdin.read()  # until the parent closes our stdin or goes away
    finally:
        for s in servers:
            s.stop()


@contextlib.contextmanager
def portal_servers(sites: int, servers: int, articles: int) -> Iterator[list[str]]:
    per = -(-sites // servers)
    procs = []
    urls: list[str] = []
    try:
        for first in range(0, sites, per):
            count = min(per, sites - first)
            cmd = [sys.executable, __file__, "--serve", str(first), str(count), str(articles)]
            procs.append(
                subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            )
        for p in procs:
            assert p.stdout is not None
            line = p.stdout.readline()
            if not line:
                raise SystemExit(f"portal server exited early (code {p.wait(5)})")
            urls += json.loads(line)
        yield urls
    finally:
        for p in procs:
            with contextlib.suppress(Exception):
                assert p.stdin is not None
                p.stdin.close()
        for p in procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()


# -- one measured cluster run ----------------------------------------------------------------


def _usage() -> tuple[float, float]:
    """(CPU seconds, RSS MiB) of the calling worker process."""
    ru = resource.getrusage(resource.RUSAGE_SELF)
    rss = int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    return ru.ru_utime + ru.ru_stime, rss / (1 << 20)


def measure(
    label: str, sites: list[Site], options: CrawlOptions, shards: Path, workers: int, threads: int
) -> dict[str, Any]:
    import distributed

    events: list[tuple[float, str, dict]] = []
    with (
        distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=threads,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,
        ) as cluster,
        distributed.Client(cluster, set_as_default=False) as client,
    ):
        # Workers import govnews before the clock starts, as a long-running cluster has.
        client.run(lambda: __import__("scraper.distributed"))
        before = client.run(_usage)
        started = time.monotonic()
        code = run_cluster(
            sites,
            options,
            cluster=cluster.scheduler_address,
            shard_dir=shards,
            reporter=lambda event, **f: events.append((time.monotonic(), event, f)),
        )
        seconds = time.monotonic() - started
        after = client.run(_usage)
    done = [f for _, e, f in events if e in ("site-done", "site-failed")]
    ok = [f for f in done if f["status"] != "failed"]
    cpu = sum(after[w][0] - before[w][0] for w in after)
    return {
        "label": label,
        "workers": workers,
        "threads": threads,
        "exit": code,
        "sites": len(done),
        "failed": len(done) - len(ok),
        "seconds": seconds,
        "sites_per_min": len(ok) / seconds * 60,
        "requests_per_site": statistics.mean(f["requests"] for f in ok) if ok else 0.0,
        "new_per_site": statistics.mean(f["new"] for f in ok) if ok else 0.0,
        "site_seconds": statistics.median(f["seconds"] for f in ok) if ok else 0.0,
        "cpu_per_site": cpu / max(1, len(ok)),
        "rss_mb": max(v[1] for v in after.values()),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sites", type=int, default=200)
    ap.add_argument("--articles", type=int, default=5, help="articles per portal")
    ap.add_argument("--delay", type=float, default=0.05, help="politeness delay per host (s)")
    ap.add_argument("--servers", type=int, default=4, help="portal server processes")
    ap.add_argument("--workdir", type=Path, default=None, help="keep shards and archive here")
    ap.add_argument("--serve", nargs=3, type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.serve:
        serve(*args.serve)
        return 0
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="govnews-scale-"))
    workdir.mkdir(parents=True, exist_ok=True)
    options = CrawlOptions(delay=args.delay, concurrency=2)
    results = []
    with portal_servers(args.sites, args.servers, args.articles) as urls:
        sites = [Site(name=f"phuong-{i}", listing_urls=[u]) for i, u in enumerate(urls)]
        print(
            f"{len(sites)} portals x {args.articles} articles on {args.servers} server "
            f"processes, delay {args.delay}s, {os.cpu_count()} cores, "
            f"load {os.getloadavg()[0]:.1f}",
            file=sys.stderr,
        )
        runs = [
            ("1 worker, full", "one", 1, 1),
            ("2 workers, full", "two", 2, 1),
            ("2 workers, incremental", "two", 2, 1),
            ("2 workers x 4 threads, full", "two-x4", 2, 4),
        ]
        for label, shard_name, workers, threads in runs:
            print(f"running: {label} ...", file=sys.stderr, flush=True)
            results.append(measure(label, sites, options, workdir / shard_name, workers, threads))
    started = time.monotonic()
    merged = merge_shards(workdir / "two", workdir / "archive.db")
    merge_s = time.monotonic() - started
    started = time.monotonic()
    again = merge_shards(workdir / "two", workdir / "archive.db")
    again_s = time.monotonic() - started
    assert again.new == again.updated == 0, "a second merge of the same shards changed rows"

    head = (
        f"{'run':30} {'sites':>5} {'fail':>4} {'secs':>7} {'sites/min':>9} {'req/site':>8} "
        f"{'new/site':>8} {'s/site':>6} {'CPU s/site':>10} {'RSS MB':>6}"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        print(
            f"{r['label']:30} {r['sites']:>5} {r['failed']:>4} {r['seconds']:>7.1f} "
            f"{r['sites_per_min']:>9.1f} {r['requests_per_site']:>8.1f} {r['new_per_site']:>8.1f} "
            f"{r['site_seconds']:>6.2f} {r['cpu_per_site']:>10.3f} {r['rss_mb']:>6.0f}"
        )
    one, two = results[0], results[1]
    print(
        f"speed-up 2 workers vs 1: {two['sites_per_min'] / one['sites_per_min']:.2f}x; "
        f"2 workers x 4 threads vs 1 worker: "
        f"{results[3]['sites_per_min'] / one['sites_per_min']:.2f}x"
    )
    print(
        f"merge: {merged.merged} shards, {merged.articles} articles in {merge_s:.1f}s "
        f"({merged.merged / merge_s:.0f} shards/s); again, nothing new: {again_s:.1f}s"
        f"{'; skipped ' + str(merged.skipped) if merged.skipped else ''}"
    )
    print(f"load average at the end: {os.getloadavg()[0]:.1f}; workdir {workdir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
