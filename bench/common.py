"""Shared helpers of the crawl benchmarks: the replica portal, measured children, runners.

- :class:`PortalProcess` starts ``python -m scraper.replica.server`` in its own process
  and reads the listing URL from its first stdout line; its CPU time is read with psutil.
- :func:`run_measured` runs one command as a child and returns wall time, user/sys CPU
  and peak RSS of that child alone (``os.wait4`` rusage, not RUSAGE_CHILDREN, which
  would mix every child ever waited for), optionally sampling its RSS over time.
- Child runners, run as ``python bench/common.py govnews|fetch ...``: a govnews crawl
  through :func:`scraper.crawl.run_crawl` and the fetch-only httpx ceiling. Each prints
  one JSON line with what it saw.
- :func:`compare_ground_truth` checks an articles table against the portal's ground truth.

Everything talks to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import select
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FIELDS = ("title", "published_at", "author", "body", "views")
PORTAL_START_TIMEOUT = 600.0  # --warm renders every page before the URL is printed


def cores() -> int:
    """CPUs this process may run on (the figure the crawler and the portal share)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - non-Linux
        return os.cpu_count() or 1


@contextlib.contextmanager
def workdir(given: Path | None, prefix: str):  # noqa: ANN201
    """``given`` (created, kept), else a temporary directory removed afterwards."""
    work = given or Path(tempfile.mkdtemp(prefix=prefix))
    work.mkdir(parents=True, exist_ok=True)
    try:
        yield work
    finally:
        if given is None:
            shutil.rmtree(work, ignore_errors=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def mb(n_bytes: float) -> float:
    return n_bytes / (1024 * 1024)


# --- the replica portal ---------------------------------------------------------------


class PortalProcess:
    """The replica portal serving on loopback in its own process (context manager)."""

    def __init__(
        self,
        articles: int,
        page_size_kb: tuple[int, int] | None,
        *,
        port: int | None = None,
        warm: bool = False,
        cache_mb: int = 256,
    ) -> None:
        self.articles = articles
        self.page_size_kb = page_size_kb
        self.port = port or free_port()
        self.warm = warm  # render every page before serving: no contender pays for rendering
        self.cache_mb = cache_mb
        self.url = ""  # listing URL, from the portal's first stdout line
        self.proc: subprocess.Popen[bytes] | None = None
        self._ps: Any = None
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the portal

    @property
    def command(self) -> list[str]:
        cmd = [sys.executable, "-m", "scraper.replica.server", "--articles", str(self.articles)]
        cmd += ["--port", str(self.port), "--no-log", "--cache-mb", str(self.cache_mb)]
        if self.page_size_kb:
            cmd += ["--page-size-kb", f"{self.page_size_kb[0]},{self.page_size_kb[1]}"]
        if self.warm:
            cmd.append("--warm")
        return cmd

    @property
    def base(self) -> str:
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"

    def __enter__(self) -> PortalProcess:
        import psutil

        self.proc = subprocess.Popen(
            self.command, cwd=ROOT, stdout=subprocess.PIPE, stderr=self._stderr
        )
        assert self.proc.stdout is not None
        line = _read_line(self.proc.stdout, PORTAL_START_TIMEOUT)
        if not line.startswith(("http://", "https://")):
            self.close()
            self._stderr.seek(0)
            err = self._stderr.read().decode("utf-8", "replace").strip().splitlines()
            detail = err[-1] if err else f"first stdout line was {line!r}"
            raise RuntimeError(f"replica portal did not start: {detail}")
        self.url = line.split()[0]
        # Keep draining stdout so a chatty portal never blocks on a full pipe.
        threading.Thread(target=_drain, args=(self.proc.stdout,), daemon=True).start()
        self._ps = psutil.Process(self.proc.pid)
        return self

    def cpu_seconds(self) -> float:
        """user+sys CPU the portal (and its children, if any) has used so far."""
        if self._ps is None:
            return 0.0
        t = self._ps.cpu_times()
        return t.user + t.system + t.children_user + t.children_system

    def rss_mb(self) -> float:
        return mb(self._ps.memory_info().rss) if self._ps is not None else 0.0

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def __exit__(self, *exc: object) -> None:
        self.close()


def _read_line(stream: Any, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    buf = b""
    fd = stream.fileno()
    while b"\n" not in buf:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            break
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        buf += chunk
    return buf.split(b"\n", 1)[0].decode("utf-8", "replace").strip()


def _drain(stream: Any) -> None:
    try:
        while os.read(stream.fileno(), 65536):
            pass
    except (OSError, ValueError):
        pass


def local_portal(articles: int, page_size_kb: tuple[int, int] | None) -> Any:
    """The same portal model in this process (ground truth, URL lists; nothing served)."""
    from scraper.replica.portal import Portal

    return Portal(articles=articles, page_size_kb=page_size_kb)


def all_page_urls(portal: Any, base: str) -> list[str]:
    """Every listing page and every article of ``portal``, as absolute URLs."""
    listing = [base + portal.page_path(p) for p in range(1, portal.page_count + 1)]
    return listing + [base + path for path in portal.paths()]


def check_same_portal(portal: Any, url: str) -> bool:
    """Does the served listing page 1 equal the local model's (same arguments)?"""
    import httpx

    served = httpx.get(url, timeout=30).content
    route = portal.resolve(*_path_query(portal.listing_url))
    return served == portal.render(route).body


def _path_query(path: str) -> tuple[str, str]:
    head, _, query = path.partition("?")
    return head, query


# --- measured children ------------------------------------------------------------------


@dataclass
class ProcStats:
    """One child process, measured from spawn to exit."""

    label: str
    wall: float
    user: float
    sys: float
    peak_rss_kb: int
    returncode: int
    stdout: str
    stderr: str
    rss_samples: list[tuple[float, float]] = field(default_factory=list)  # (seconds, MB)
    portal_cpu: float = 0.0  # CPU the portal spent while this child ran
    timed_out: bool = False  # stopped at the time budget (SIGTERM, then SIGKILL)

    @property
    def cpu(self) -> float:
        return self.user + self.sys

    @property
    def peak_rss_mb(self) -> float:
        # ru_maxrss (KiB on Linux) is the largest single process of the tree; with worker
        # processes the sampled sum over the whole tree is the honest peak.
        sampled = max((mb for _, mb in self.rss_samples), default=0.0)
        return max(self.peak_rss_kb / 1024, sampled)

    def result(self) -> dict[str, Any]:
        """The JSON object the child printed last ({} if none)."""
        for line in reversed(self.stdout.strip().splitlines()):
            if line.startswith("{"):
                try:
                    return json.loads(line)
                except ValueError:
                    break
        return {}

    def check(self) -> None:
        if self.returncode != 0 and not self.timed_out:
            tail = "\n".join(self.stderr.strip().splitlines()[-15:])
            raise RuntimeError(f"{self.label} exited with {self.returncode}:\n{tail}")


def run_measured(
    label: str,
    cmd: list[str],
    *,
    timeout: float = 3600.0,
    sample_every: float | None = None,
    portal: PortalProcess | None = None,
    grace: float = 30.0,
) -> ProcStats:
    """Run ``cmd`` to completion; wall, CPU and peak RSS of that child alone.

    Past ``timeout`` seconds the child gets SIGTERM (a crawl stops and reports), and
    SIGKILL ``grace`` seconds later; the result then has ``timed_out`` set.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        portal_before = portal.cpu_seconds() if portal else 0.0
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=err)
        samples: list[tuple[float, float]] = []
        stop = threading.Event()
        if sample_every:
            args = (proc.pid, t0, sample_every, samples, stop)
            threading.Thread(target=_sample_rss, args=args, daemon=True).start()
        stopped = threading.Event()

        def stop_child() -> None:
            stopped.set()
            proc.terminate()
            if not stop.wait(grace):
                proc.kill()

        killer = threading.Timer(timeout, stop_child)
        killer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            stop.set()
            killer.cancel()
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)  # wait4 reaped it, not Popen
        portal_cpu = (portal.cpu_seconds() - portal_before) if portal else 0.0
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    return ProcStats(
        label,
        wall,
        usage.ru_utime,
        usage.ru_stime,
        usage.ru_maxrss,
        proc.returncode,
        stdout,
        stderr,
        samples,
        portal_cpu,
        stopped.is_set(),
    )


def _sample_rss(
    pid: int, t0: float, every: float, samples: list[tuple[float, float]], stop: threading.Event
) -> None:
    import psutil

    try:
        p = psutil.Process(pid)
        while not stop.wait(every):
            rss = p.memory_info().rss
            for child in p.children(recursive=True):  # worker processes count too
                with contextlib.suppress(psutil.Error):
                    rss += child.memory_info().rss
            samples.append((time.perf_counter() - t0, mb(rss)))
    except psutil.Error:
        pass  # the child has exited


def govnews_command(
    db: Path,
    url: str,
    concurrency: int,
    *,
    profile: Path | None = None,
    slowdown: bool = True,
    parse_workers: int = 0,
) -> list[str]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "govnews", "--db", str(db)]
    cmd += ["--url", url, "--concurrency", str(concurrency)]
    if parse_workers:
        cmd += ["--parse-workers", str(parse_workers)]
    if profile is not None:
        cmd += ["--profile", str(profile)]
    if not slowdown:
        cmd.append("--no-slowdown")
    return cmd


def fetch_command(urls_file: Path, concurrency: int, *, client: str = "httpx") -> list[str]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "fetch", "--urls", str(urls_file)]
    return cmd + ["--concurrency", str(concurrency), "--client", client]


# --- ground truth -----------------------------------------------------------------------


@dataclass
class TruthCheck:
    rows: int = 0
    matched_urls: int = 0  # rows whose URL names a portal article
    distinct: int = 0  # distinct portal articles among them
    equal: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    all_equal: int = 0
    examples: list[str] = field(default_factory=list)  # first mismatches, for the reader


def compare_ground_truth(db_path: Path, portal: Any, *, table: str = "articles") -> TruthCheck:
    """Compare every row of ``table`` (url + the five fields) with the portal's truth."""
    check = TruthCheck()
    seen: set[int] = set()
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        cur = conn.execute(f"SELECT url, {', '.join(FIELDS)} FROM {table}")
        for url, *values in cur:
            check.rows += 1
            i = portal.index_of(url)
            if i is None:
                continue
            check.matched_urls += 1
            seen.add(i)
            truth = portal.article(i)
            ok = True
            for name, value in zip(FIELDS, values, strict=True):
                if value == truth[name]:
                    check.equal[name] += 1
                else:
                    ok = False
                    if len(check.examples) < 5:
                        check.examples.append(
                            f"{url} {name}: got {_short(value)} want {_short(truth[name])}"
                        )
            check.all_equal += ok
    finally:
        conn.close()
    check.distinct = len(seen)
    return check


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 90 else text[:87] + "..."


# --- printing ----------------------------------------------------------------------------


def table(rows: list[list[str]], header: list[str]) -> str:
    """A plain aligned text table (first column left, the rest right)."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(
            str(c).ljust(w) if i == 0 else str(c).rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    sep = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), sep, *(line(r) for r in rows)])


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


# --- child runners ------------------------------------------------------------------------


def child_govnews(
    db: str,
    url: str,
    concurrency: int,
    profile: str | None = None,
    slowdown: bool = True,
    parse_workers: int = 0,
) -> dict[str, Any]:
    """One govnews crawl of ``url`` (run_crawl, delay 0, full walk) in this process.

    ``slowdown=False`` is a diagnostic: the adaptive politeness slow-down is counted but
    not applied (to show what it costs on a loaded loopback); the benchmarks' verdicts
    always use the crawler as shipped.
    """
    t0 = time.perf_counter()
    from scraper import politeness
    from scraper.crawl import CrawlOptions, Site, run_crawl

    imported = time.perf_counter() - t0
    slowdowns = [0]
    original: Callable[..., None] = politeness.Politeness._slow_down

    # diagnostics: how often pacing kicked in
    def counting(self: Any, st: Any, **kwargs: Any) -> None:
        slowdowns[0] += 1
        if slowdown:
            original(self, st, **kwargs)

    politeness.Politeness._slow_down = counting  # type: ignore[method-assign]
    options = CrawlOptions(concurrency=concurrency, delay=0, full=True, parse_workers=parse_workers)
    cpu_start = time.process_time()
    t1 = time.perf_counter()
    if profile:
        import cProfile

        prof = cProfile.Profile()
        report = prof.runcall(run_crawl, db, [Site.from_url(url)], options)
        prof.dump_stats(profile)
    else:
        report = run_crawl(db, [Site.from_url(url)], options)
    c = report.counts
    return {
        "import_seconds": imported,
        "cpu_start": cpu_start,
        "crawl_seconds": time.perf_counter() - t1,
        "status": report.status,
        "exit_code": report.exit_code,
        "new": c.new,
        "updated": c.updated,
        "unchanged": c.unchanged,
        "failed": c.failed,
        "listing_pages": c.listing_pages,
        "requests": c.requests,
        "incomplete": len(report.incomplete),
        "slowdowns": slowdowns[0],
        "slowdown_applied": slowdown,
        "failures": report.failures[:3],
    }


def child_fetch(urls_file: str, concurrency: int, client: str = "httpx") -> dict[str, Any]:
    """Fetch-only ceiling: GET every URL with one keep-alive httpx client, nothing else.

    ``client="govnews"`` fetches through :class:`scraper.fetch.Fetcher` instead (robots,
    politeness with delay 0, retries, streaming), to show what that layer costs.
    """
    import asyncio

    import httpx

    urls = Path(urls_file).read_text("utf-8").split()
    if client == "govnews":
        return _fetch_with_fetcher(urls, concurrency)

    async def main() -> dict[str, Any]:
        queue: asyncio.Queue[str] = asyncio.Queue()
        for u in urls:
            queue.put_nowait(u)
        stats = {"pages": 0, "bytes": 0, "errors": 0}
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        async with httpx.AsyncClient(limits=limits, timeout=60) as client:

            async def worker() -> None:
                while not queue.empty():
                    url = queue.get_nowait()
                    try:
                        r = await client.get(url)
                    except httpx.HTTPError:
                        stats["errors"] += 1
                        continue
                    stats["pages"] += r.status_code == 200
                    stats["errors"] += r.status_code != 200
                    stats["bytes"] += len(r.content)

            await asyncio.gather(*(worker() for _ in range(concurrency)))
        return stats

    cpu_start = time.process_time()
    t0 = time.perf_counter()
    stats = asyncio.run(main())
    stats["crawl_seconds"] = time.perf_counter() - t0
    stats["cpu_start"] = cpu_start
    return stats


def _fetch_with_fetcher(urls: list[str], concurrency: int) -> dict[str, Any]:
    import asyncio

    from scraper.errors import FetchError
    from scraper.fetch import Fetcher, FetchPolicy

    async def main() -> dict[str, Any]:
        queue: asyncio.Queue[str] = asyncio.Queue()
        for u in urls:
            queue.put_nowait(u)
        stats = {"pages": 0, "bytes": 0, "errors": 0}
        policy = FetchPolicy(concurrency_per_host=concurrency, delay=0)
        async with Fetcher(policy) as fetcher:

            async def worker() -> None:
                while not queue.empty():
                    url = queue.get_nowait()
                    try:
                        res = await fetcher.fetch(url)
                    except FetchError:
                        stats["errors"] += 1
                        continue
                    stats["pages"] += 1
                    stats["bytes"] += len(res.content)

            await asyncio.gather(*(worker() for _ in range(concurrency)))
            stats["requests"] = fetcher.requests
        return stats

    cpu_start = time.process_time()
    t0 = time.perf_counter()
    stats = asyncio.run(main())
    stats["crawl_seconds"] = time.perf_counter() - t0
    stats["cpu_start"] = cpu_start
    return stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="benchmark child runners (used by bench/*.py)")
    sub = ap.add_subparsers(dest="role", required=True)
    g = sub.add_parser("govnews", help="one govnews crawl (run_crawl)")
    g.add_argument("--db", required=True)
    g.add_argument("--url", required=True)
    g.add_argument("--concurrency", type=int, default=8)
    g.add_argument("--profile", help="write cProfile stats here")
    g.add_argument("--no-slowdown", action="store_true", help="diagnostic: no adaptive slow-down")
    g.add_argument("--parse-workers", type=int, default=0, help="extraction processes")
    f = sub.add_parser("fetch", help="fetch-only ceiling with httpx")
    f.add_argument("--urls", required=True, help="file with one URL per line")
    f.add_argument("--concurrency", type=int, default=8)
    f.add_argument("--client", choices=("httpx", "govnews"), default="httpx")
    args = ap.parse_args(argv)
    if args.role == "govnews":
        result = child_govnews(
            args.db,
            args.url,
            args.concurrency,
            args.profile,
            slowdown=not args.no_slowdown,
            parse_workers=args.parse_workers,
        )
    else:
        result = child_fetch(args.urls, args.concurrency, args.client)
    print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
