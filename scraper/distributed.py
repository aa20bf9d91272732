"""Scale-out crawling on a Dask cluster: one SQLite shard per site, merged afterwards.

``govnews crawl --sites FILE --cluster local:8`` (or ``slurm``, ``pbs``,
``tcp://scheduler:8786``) crawls every site into its own shard
``<shards>/<site>.db`` (the ordinary govnews schema, frontier included), so a
site's crawl resumes from its own shard wherever it runs next;
``govnews merge <shards> --db archive.db`` then folds the shards into one
archive (:mod:`scraper.merge`).

Politeness across the cluster: one Dask task per *host group*. Sites that
share a server — the same host name, or a host name that resolves to the same
IP address (port included when it is not 80/443) — form one group
(:func:`host_groups`), and one task crawls the group's sites one after another,
pausing the politeness delay between two sites. Only one task per group exists,
so no two workers ever talk to the same server at once, and inside the task
the ordinary per-host politeness of :mod:`scraper.fetch` spaces the requests.
Why not one task per site guarded by a ``distributed.Semaphore``/``Lock`` named
after the group: a task waiting for the lock occupies a worker slot doing
nothing (with one thread per worker, a whole worker), and a lock held by a
worker that dies is only freed after its lease times out. One task per group
needs no coordination service at all, and loses nothing in speed: a polite
crawler's time on a server is bounded by its request count times the delay,
whether its sites are crawled one by one or side by side. (A CDN address
shared by unrelated sites over-groups them: slower, never impolite.)

Failures: a site whose listing cannot be fetched for a reason that may pass
(connection refused, 5xx, timeout, robots.txt unreachable) makes
:func:`crawl_site` raise :class:`SiteUnavailable`; the group task finishes its
other sites and then raises, so Dask retries it (``retries=2``); sites already
crawled in this run are skipped on the retry (found in their shard's ``runs``
table by the run tag). Permanent failures (robots.txt disallows the listing,
HTTP 404, no article links) are reported without retrying. A task whose worker
dies is rescheduled by Dask on another worker and resumes from the shard.

Dask is imported only inside :func:`run_cluster` (and the worker-side event
hook), so commands that do not use ``--cluster`` pay nothing for it.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import queue
import socket
import sqlite3
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from . import frontier
from .archive import transaction
from .crawl import CrawlOptions, Site, run_crawl
from .db import connect
from .errors import GovnewsError, LockedError, UsageError
from .listing import listing_key
from .runs import EXIT_FAILED, EXIT_NOTHING, EXIT_OK, EXIT_PARTIAL, RunLock
from .urls import is_http_url

Reporter = Callable[..., None]

EVENT_TOPIC = "govnews-crawl"
PROGRESS_EVERY = 10.0  # seconds between progress lines while nothing finishes
RESOLVE_TIMEOUT = 2.0  # seconds per DNS lookup in host_groups
DASK_MISSING = "Dask is not installed: pip install 'govnews[dask]'"
JOBQUEUE_MISSING = "dask-jobqueue is not installed: pip install 'govnews[slurm]'"

# Reasons (FetchError tokens) for which a failed listing will not work on a retry.
_PERMANENT = {
    "no-articles",
    "not-html",
    "invalid-url",
    "offsite-redirect",
    "redirect-loop",
    "too-many-redirects",
    "too-large",
    "tls",
}


class SiteUnavailable(GovnewsError):
    """A site's listing could not be fetched for a reason that may pass: retry the task."""

    def __init__(self, site: str, error: str) -> None:
        super().__init__(site, error)
        self.site, self.error = site, error

    def __str__(self) -> str:
        return f"{self.site}: {self.error}"


class GroupIncomplete(Exception):
    """Some sites of a host group must be retried; carries every site's summary so far."""

    def __init__(self, results: list[dict]) -> None:
        super().__init__(results)
        self.results = results

    def __str__(self) -> str:
        bad = [r for r in self.results if r.get("retry")]
        return f"{len(bad)} site(s) to retry: " + "; ".join(
            f"{r['site']}: {r['error']}" for r in bad
        )


# -- one site -----------------------------------------------------------------------------


def shard_path(shard_dir: str | Path, site: Site) -> Path:
    """Where ``site``'s shard lives: ``shard_dir/<site.name>.db``."""
    name = site.name
    if not name or "/" in name or "\\" in name or name in (".", "..") or "\x00" in name:
        raise UsageError(f"site name {name!r} cannot name a shard file")
    return Path(shard_dir) / f"{name}.db"


def _process_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _summary(site: Site, **fields: Any) -> dict:
    base = {
        "site": site.name,
        "status": "failed",
        "exit_code": EXIT_FAILED,
        "new": 0,
        "updated": 0,
        "unchanged": 0,
        "failed": 0,
        "requests": 0,
        "listing_pages": 0,
        "seconds": 0.0,
        "error": None,
        "process": _process_id(),
    }
    base.update(fields)
    return base


def _is_transient(reason: str, message: str) -> bool:
    if reason in _PERMANENT:
        return False
    if reason == "robots":  # disallowed for good, or robots.txt unreachable for now
        return "disallowed by robots.txt" not in message
    if reason.startswith("http-"):
        status = reason[5:]
        return not status.startswith("4") or status in ("408", "429")
    return True  # timeout, connect, reset, truncated, dns...: worth another try


def crawl_site(
    site: Site,
    shard_dir: str | Path,
    options: CrawlOptions | None = None,
    *,
    command: str = "crawl-site",
) -> dict:
    """Crawl one portal into its own shard ``shard_dir/<site.name>.db`` and summarise.

    Idempotent: the frontier lives in the shard, so calling it again resumes an
    interrupted crawl or, after a finished one, runs an incremental crawl.
    Raises :class:`SiteUnavailable` when the listing failed for a reason that
    may pass (so a Dask retry is worth it) and :class:`~scraper.errors.LockedError`
    when another crawl holds the shard. Returns a small dict: site, status,
    exit_code, new, updated, unchanged, failed, requests, listing_pages,
    seconds, error, process (host:pid that crawled it).
    """
    shard = shard_path(shard_dir, site)
    shard.parent.mkdir(parents=True, exist_ok=True)
    options = replace(options) if options else CrawlOptions()
    started = time.monotonic()
    _requeue_failed_seeds(shard, site)
    report = run_crawl(shard, [site], options, command=command, handle_signals=False)
    error = report.site_errors.get(site.name)
    summary = _summary(
        site,
        status=report.status,
        exit_code=report.exit_code,
        **report.counts.as_dict(),
        seconds=round(time.monotonic() - started, 3),
        error=error,
    )
    if error is not None:
        cause = next((f for f in report.failures if f[0] in error), None)
        reason, message = (cause[1], cause[2]) if cause else ("unknown", error)
        if _is_transient(reason, message):
            raise SiteUnavailable(site.name, error)
    return summary


def _requeue_failed_seeds(shard: Path, site: Site) -> None:
    """Queue the site's first listing page again when it failed in an earlier run.

    The crawl adds its seed pages with INSERT OR IGNORE, so a seed left
    'failed' by a site-level failure would never be walked again and the
    retry would find nothing to do.
    """
    if not shard.exists():
        return
    seeds = [listing_key(u) for u in site.listing_urls]
    marks = ",".join("?" * len(seeds))
    with RunLock(shard):
        db = connect(shard)
        try:
            failed = [
                r[0]
                for r in db.conn.execute(
                    f"SELECT url FROM frontier WHERE kind='listing' AND state='failed'"
                    f" AND url IN ({marks})",
                    seeds,
                )
            ]
            if failed:
                with transaction(db):
                    frontier.requeue(db, failed, site=site.name, kind=frontier.LISTING)
        finally:
            db.conn.close()


def _finished_in_run(shard: Path, site: Site, command: str) -> dict | None:
    """The outcome of this run's earlier crawl of ``site``, when there is no point in another.

    A finished crawl counts, and so does one that failed for good (robots.txt,
    404...); a transient failure, a crash or a killed crawl does not.
    """
    if not shard.exists():
        return None
    seeds = [listing_key(u) for u in site.listing_urls]
    try:
        conn = sqlite3.connect(f"{shard.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            row = conn.execute(
                "SELECT status, exit_code, new, updated, unchanged, failed, requests,"
                " listing_pages, message FROM runs WHERE command=?"
                " AND status NOT IN ('running', 'interrupted') ORDER BY id DESC LIMIT 1",
                (command,),
            ).fetchone()
            cause = conn.execute(
                f"SELECT reason, message FROM failures WHERE url IN ({','.join('?' * len(seeds))})",
                seeds,
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    if row[0] == "failed" and (cause is None or _is_transient(cause[0], cause[1])):
        return None
    keys = ("status", "exit_code", "new", "updated", "unchanged", "failed", "requests")
    done = {**dict(zip(keys, row[:7], strict=True)), "listing_pages": row[7]}
    if row[0] == "failed":
        done["error"] = row[8]
    return done


def _log_event(kind: str, **fields: Any) -> None:
    """Tell the client (if any) what this worker is doing; best effort."""
    if "distributed" not in sys.modules:  # not on a Dask worker: nobody to tell
        return
    try:
        from distributed import get_worker

        get_worker().log_event(EVENT_TOPIC, {"event": kind, **fields})
    except Exception:  # outside a task, or events unavailable: progress only
        pass


def crawl_group(
    sites: list[Site], shard_dir: str | Path, options: CrawlOptions, run_tag: str
) -> list[dict]:
    """The Dask task of one host group: crawl its sites one after another.

    Between two sites it waits out the politeness delay, since each crawl
    starts a fresh fetcher that does not know when the last request went out.
    Raises :class:`GroupIncomplete` (after trying every site) when a site is
    worth retrying; sites finished under ``run_tag`` are skipped on the retry.
    """
    command = f"cluster {run_tag}"
    results: list[dict] = []
    last_request = 0.0
    for site in sites:
        shard = shard_path(shard_dir, site)
        done = _finished_in_run(shard, site, command)
        if done is not None:
            results.append(_summary(site, **done, resumed=True))
            continue
        pause = max(options.delay, site.delay or 0.0) - (time.monotonic() - last_request)
        if last_request and pause > 0:
            time.sleep(pause)
        _log_event("site-start", site=site.name, url=site.listing_urls[0], process=_process_id())
        started = time.monotonic()
        try:
            summary = crawl_site(site, shard_dir, options, command=command)
        except SiteUnavailable as exc:
            summary = _summary(site, error=exc.error, retry=True)
        except (LockedError, OSError) as exc:
            summary = _summary(site, error=str(exc), retry=True)
        except Exception as exc:  # a bug or a broken shard: report it, don't retry blindly
            summary = _summary(site, error=f"{type(exc).__name__}: {exc}")
        summary["seconds"] = round(time.monotonic() - started, 3)
        last_request = time.monotonic()
        results.append(summary)
        _log_event("site-done", **summary)
    if any(r.get("retry") for r in results):
        raise GroupIncomplete(results)
    return results


# -- grouping sites by server --------------------------------------------------------------


def _endpoints(site: Site) -> set[tuple[str, int | None]]:
    """(host, port) of every host the site's crawl touches; port None for 80/443."""
    found: set[tuple[str, int | None]] = set()
    for item in [*site.listing_urls, *site.extra_hosts]:
        parts = urlsplit(item if "://" in item else f"http://{item}")
        host = (parts.hostname or "").lower().rstrip(".")
        if not host:
            continue
        try:
            port = parts.port
        except ValueError:
            port = None
        found.add((host, None if port in (None, 80, 443) else port))
    return found


def _ip_literal(host: str) -> str | None:
    try:
        addr = ipaddress.ip_address(host)
    except ValueError:
        return None
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    return str(addr)


def resolve_hosts(hosts: set[str], timeout: float = RESOLVE_TIMEOUT) -> dict[str, set[str]]:
    """IP addresses of each host name; names that do not answer in time are left out.

    getaddrinfo has no timeout of its own, so lookups run on daemon threads and
    whatever has not answered by the deadline is abandoned.
    """
    results: dict[str, set[str]] = {}
    names = sorted(h for h in hosts if _ip_literal(h) is None)
    for h in hosts - set(names):
        results[h] = {_ip_literal(h) or h}
    if not names:
        return results
    todo: queue.SimpleQueue[str] = queue.SimpleQueue()
    for name in names:
        todo.put(name)
    lock = threading.Lock()

    def work() -> None:
        while True:
            try:
                name = todo.get_nowait()
            except queue.Empty:
                return
            try:
                infos = socket.getaddrinfo(name, None, type=socket.SOCK_STREAM)
            except (OSError, UnicodeError):
                continue
            ips = {
                _ip_literal(str(info[4][0]).split("%", 1)[0]) or str(info[4][0]) for info in infos
            }
            with lock:
                results[name] = ips

    n_threads = min(64, len(names))
    threads = [threading.Thread(target=work, daemon=True) for _ in range(n_threads)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + timeout * max(1, -(-len(names) // n_threads))
    for t in threads:
        t.join(max(0.0, deadline - time.monotonic()))
    with lock:
        return {k: set(v) for k, v in results.items()}


def host_groups(
    sites: list[Site], *, resolve: bool = True, timeout: float = RESOLVE_TIMEOUT
) -> dict[str, list[Site]]:
    """Group sites that share a server, so one task at a time talks to each server.

    Two sites share a server when they share a host name, or host names that
    resolve (``socket.getaddrinfo``, ``timeout`` seconds) to a common IP
    address — ``localhost`` and ``127.0.0.1`` are one server. A port other
    than 80/443 is part of the server's identity. Groups are named after the
    first host of their first site and keep the sites' order; groups come in
    the order of their first site.
    """
    endpoints = [_endpoints(s) for s in sites]
    addresses: dict[str, set[str]] = {}
    if resolve:
        addresses = resolve_hosts({h for eps in endpoints for h, _ in eps}, timeout)
    parent = list(range(len(sites)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, eps in enumerate(endpoints):
        for host, port in eps:
            suffix = f":{port}" if port else ""
            keys = {f"name:{host}{suffix}"}
            keys |= {f"ip:{ip}{suffix}" for ip in addresses.get(host, ())}
            for key in keys:
                if key in owner:
                    a, b = find(owner[key]), find(i)
                    if a != b:
                        parent[max(a, b)] = min(a, b)
                else:
                    owner[key] = i
    groups: dict[int, list[Site]] = {}
    for i, site in enumerate(sites):
        groups.setdefault(find(i), []).append(site)
    named: dict[str, list[Site]] = {}
    for members in groups.values():
        host, port = min(_endpoints(members[0]) or {(members[0].name, None)})
        name = f"{host}:{port}" if port else host
        while name in named:
            name += "+"
        named[name] = members
    return named


# -- the cluster ----------------------------------------------------------------------------


def _import_dask() -> Any:
    try:
        import distributed
    except ImportError:
        raise UsageError(DASK_MISSING) from None
    return distributed


def _positive(text: str, what: str) -> int:
    if not text.isdecimal() or int(text) < 1:
        raise UsageError(f"{what} must be a whole number >= 1, got {text!r}")
    return int(text)


def _env(name: str) -> str | None:
    value = os.environ.get(f"GOVNEWS_JOBQUEUE_{name}", "").strip()
    return value or None


def jobqueue_settings(kind: str, jobs_text: str | None = None) -> tuple[dict[str, Any], int]:
    """Keyword arguments for SLURMCluster/PBSCluster, and the number of jobs to start.

    From ``GOVNEWS_JOBQUEUE_{CORES,MEMORY,WALLTIME,QUEUE,ACCOUNT,PROCESSES,INTERFACE,
    LOCAL_DIRECTORY,JOB_EXTRA,JOBS}``; what is not set there comes from dask's own
    jobqueue configuration (``~/.config/dask/jobqueue.yaml``), else from defaults
    (4 cores, 8GB, 4 jobs); the walltime is 4 hours unless WALLTIME says otherwise. Each job runs one single-threaded worker
    process per core unless PROCESSES says otherwise (a polite crawl mostly
    waits, so more processes than cores pays off).
    """
    import dask

    def configured(key: str) -> bool:
        return dask.config.get(f"jobqueue.{kind}.{key}", None) is not None

    jobs = _positive(jobs_text or _env("JOBS") or "4", f"--cluster {kind}:JOBS")
    kwargs: dict[str, Any] = {}
    cores = _env("CORES") or (None if configured("cores") else "4")
    if cores:
        kwargs["cores"] = _positive(cores, "GOVNEWS_JOBQUEUE_CORES")
        kwargs["processes"] = kwargs["cores"]
    memory = _env("MEMORY") or (None if configured("memory") else "8GB")
    if memory:
        kwargs["memory"] = memory
    # dask-jobqueue ships a 30-minute default walltime: too short for a crawl, so ours wins.
    kwargs["walltime"] = _env("WALLTIME") or "04:00:00"
    for env, key in (
        ("QUEUE", "queue"),
        ("ACCOUNT", "account"),
        ("INTERFACE", "interface"),
        ("LOCAL_DIRECTORY", "local_directory"),
    ):
        if _env(env):
            kwargs[key] = _env(env)
    if _env("PROCESSES"):
        kwargs["processes"] = _positive(_env("PROCESSES") or "", "GOVNEWS_JOBQUEUE_PROCESSES")
    if _env("JOB_EXTRA"):
        extra = (_env("JOB_EXTRA") or "").split(";")
        kwargs["job_extra_directives"] = [d.strip() for d in extra if d.strip()]
    return kwargs, jobs


def _jobqueue_cluster(kind: str, jobs_text: str | None) -> Any:
    """A SLURMCluster or PBSCluster (see :func:`jobqueue_settings`), scaled to its jobs."""
    try:
        import dask_jobqueue
    except ImportError:
        raise UsageError(JOBQUEUE_MISSING) from None
    cls = dask_jobqueue.SLURMCluster if kind == "slurm" else dask_jobqueue.PBSCluster
    kwargs, jobs = jobqueue_settings(kind, jobs_text)
    try:
        cluster = cls(**kwargs)
    except (ValueError, TypeError, OSError) as exc:
        raise UsageError(f"cannot set up the {kind} cluster: {exc}") from None
    cluster.scale(jobs=jobs)
    return cluster


@contextmanager
def open_client(spec: str) -> Iterator[Any]:
    """A Dask client for ``--cluster SPEC``; a cluster started here is closed on exit."""
    distributed = _import_dask()
    import logging

    kind, _, arg = spec.partition(":")
    cluster = None
    if kind == "local":
        n = _positive(arg, "--cluster local:N") if arg else (os.cpu_count() or 2)
        cluster = distributed.LocalCluster(
            n_workers=n,
            threads_per_worker=1,
            processes=True,
            dashboard_address=os.environ.get("GOVNEWS_DASK_DASHBOARD") or None,
            silence_logs=logging.CRITICAL,  # retried tasks are expected, not news
        )
    elif kind in ("slurm", "pbs"):
        cluster = _jobqueue_cluster(kind, arg or None)
    elif "://" not in spec:
        raise UsageError(
            f"--cluster must be local, local:N, slurm[:JOBS], pbs[:JOBS] or tcp://HOST:PORT, "
            f"got {spec!r}"
        )
    try:
        if cluster is not None:
            client = distributed.Client(cluster)
        else:
            try:
                client = distributed.Client(spec, timeout=30)
            except (OSError, TimeoutError, ValueError) as exc:
                raise UsageError(f"cannot reach the Dask scheduler at {spec}: {exc}") from None
        try:
            yield client
        finally:
            client.close()
    finally:
        if cluster is not None:
            cluster.close()


class _Progress:
    """Progress for people (plain lines) or for machines (reporter events)."""

    def __init__(self, reporter: Reporter | None) -> None:
        self.reporter = reporter
        self.write: Callable[[str], None] | None = None
        self.quiet = False
        from .progress import LineReporter, RichReporter

        if reporter is None:
            self.write = lambda line: print(line, file=sys.stderr, flush=True)
        elif isinstance(reporter, LineReporter) and reporter.fmt == "text":
            stream = reporter.stream
            self.quiet = reporter.quiet

            def write(line: str) -> None:
                stream.write(line + "\n")
                stream.flush()

            self.write = write
        elif isinstance(reporter, RichReporter):
            console = reporter.console
            self.write = lambda line: console.print(line, markup=False, highlight=False)

    def __call__(self, event: str, line: str, /, *, alert: bool = False, **fields: Any) -> None:
        if self.write is None:
            if self.reporter is not None:
                self.reporter(event, **fields)
        elif alert or not self.quiet:
            self.write(line)


def _site_line(r: dict) -> str:
    return (
        f"done     {r['site']} {r['status']}: {r['new']} new, {r['updated']} updated, "
        f"{r['unchanged']} unchanged, {r['failed']} failed ({r['requests']} requests, "
        f"{r['seconds']:.1f}s) [{r.get('process', '?')}]"
    )


class _Tracker:
    """What the client knows of a cluster run: per-site outcomes, who is running what."""

    def __init__(self, progress: _Progress, total: int) -> None:
        self.progress = progress
        self.total = total
        self.started = time.monotonic()
        self.results: dict[str, dict] = {}
        self.running: dict[str, str] = {}  # site -> host:pid crawling it
        self.events: queue.SimpleQueue[dict] = queue.SimpleQueue()

    def on_event(self, event: tuple[float, Any]) -> None:
        """Dask event handler (runs on the client's event loop): just queue it."""
        self.events.put(event[1])

    def drain(self) -> bool:
        """Apply the workers' live events; True when something changed."""
        changed = False
        while True:
            try:
                ev = self.events.get_nowait()
            except queue.Empty:
                return changed
            if not isinstance(ev, dict):
                continue
            site = ev.get("site")
            if ev.get("event") == "site-start" and site not in self.results:
                self.running[site] = ev.get("process", "?")
                changed = True
            elif ev.get("event") == "site-done":
                self.running.pop(site, None)
                # A site to retry is only final with its task; show the others at once.
                if not ev.get("retry") and site not in self.results:
                    self.record({k: v for k, v in ev.items() if k != "event"})
                changed = True

    def record(self, r: dict) -> None:
        site = r["site"]
        self.running.pop(site, None)
        known = self.results.get(site)
        if known is not None and r["status"] == "failed" and known["status"] != "failed":
            return  # the task died after this site was crawled: the site stays done
        self.results[site] = r
        if known is not None:
            return
        if r["status"] == "failed":
            line = f"error: {site}: {r['error']}"
            self.progress("site-failed", line, alert=True, **{**r, "message": r["error"]})
        else:
            self.progress("site-done", _site_line(r), **r)

    def line(self, workers: int) -> None:
        failed = sum(1 for r in self.results.values() if r["status"] == "failed")
        elapsed = time.monotonic() - self.started
        rate = len(self.results) / elapsed * 60 if elapsed > 0 else 0.0
        waiting = "" if workers else ", waiting for workers to join"
        self.progress(
            "cluster-progress",
            f"progress: {len(self.results)}/{self.total} sites done, {failed} failed, "
            f"{len(self.running)} running on {workers} workers "
            f"({elapsed:.0f}s, {rate:.1f} sites/min{waiting})",
            done=len(self.results),
            failed=failed,
            running=len(self.running),
            total=self.total,
            workers=workers,
            seconds=round(elapsed, 3),
        )

    def finish(self, shards: Path) -> int:
        """The closing summary (failed sites listed one per line); returns the exit code."""
        results = self.results
        failed = [r for r in results.values() if r["status"] == "failed"]
        if results and len(failed) == len(results):
            status, code = "failed", EXIT_FAILED
        elif failed or any(r["status"] == "partial" for r in results.values()):
            status, code = "partial", EXIT_PARTIAL
        elif results and all(r["status"] == "nothing" for r in results.values()):
            status, code = "nothing", EXIT_NOTHING
        else:
            status, code = "ok", EXIT_OK
        seconds = time.monotonic() - self.started
        errors = {r["site"]: r["error"] or r["status"] for r in failed}
        self.progress(
            "cluster-done",
            f"{status}: {len(results) - len(failed)} sites crawled, {len(failed)} failed in "
            f"{seconds:.1f}s -> {shards} (next: govnews merge {shards} --db ARCHIVE)",
            alert=bool(failed),
            status=status,
            exit_code=code,
            sites=len(results),
            failed=errors,
            seconds=round(seconds, 3),
            new=sum(r["new"] for r in results.values()),
            requests=sum(r["requests"] for r in results.values()),
        )
        if errors and self.progress.write is not None:  # events carry them in "failed"
            self.progress.write("failed sites:")
            for site, message in sorted(errors.items()):
                self.progress.write(f"  {site}: {message}")
        return code


def _check_sites(sites: list[Site], options: CrawlOptions) -> None:
    options.validate()
    if not sites:
        raise UsageError("no sites to crawl")
    seen: set[str] = set()
    for site in sites:
        if site.name in seen:
            raise UsageError(f"duplicate site name {site.name!r}: each site needs its own shard")
        seen.add(site.name)
        shard_path(".", site)
        for url in site.listing_urls:
            if not is_http_url(url):
                raise UsageError(f"not an http(s) URL: {url!r}")


def _group_results(future: Any, members: list[Site]) -> list[dict]:
    """Per-site summaries of a finished task, whatever way it finished."""
    if future.status == "finished":
        return list(future.result())
    if future.status == "cancelled":
        return [_summary(s, error="cancelled", process="?") for s in members]
    exc = future.exception()
    if isinstance(exc, GroupIncomplete):
        return [{**r, "retry": False} for r in exc.results]
    message = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return [_summary(s, error=f"task failed: {message}", process="?") for s in members]


def run_cluster(
    sites: list[Site],
    options: CrawlOptions,
    *,
    cluster: str,
    shard_dir: str | Path,
    reporter: Reporter | None = None,
) -> int:
    """Crawl ``sites`` on a Dask cluster, one shard per site; returns an exit code.

    ``cluster``: ``local`` / ``local:N`` (a LocalCluster of N single-threaded
    worker processes), ``slurm[:JOBS]`` / ``pbs[:JOBS]`` (dask-jobqueue; cores,
    memory, walltime, queue, account from ``GOVNEWS_JOBQUEUE_*`` or dask's
    jobqueue config) or a scheduler address ``tcp://host:port``. Progress goes
    to ``reporter(event, **fields)`` or, for text reporters and None, plain
    lines on stderr. Exit code: 0 ok, 3 nothing new anywhere, 5 some sites
    failed or partial, 1 every site failed (see :mod:`scraper.runs`).
    """
    _check_sites(sites, options)
    distributed = _import_dask()
    shards = Path(shard_dir).resolve()
    try:
        shards.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create shard directory {shards}: {exc.strerror}") from None
    progress = _Progress(reporter)
    groups = host_groups(sites)
    track = _Tracker(progress, len(sites))
    with open_client(cluster) as client:
        run_tag = uuid.uuid4().hex[:12]
        workers, counted = len(client.nthreads()), time.monotonic()
        progress(
            "cluster-start",
            f"cluster {cluster} ({client.scheduler.address}, {workers} workers now): "
            f"{len(sites)} sites in {len(groups)} host groups, shards in {shards}",
            cluster=cluster,
            address=client.scheduler.address,
            workers=workers,
            sites=len(sites),
            groups=len(groups),
            shards=str(shards),
        )
        # Live per-site events; without them, results still arrive with their tasks.
        with contextlib.suppress(Exception):
            client.subscribe_topic(EVENT_TOPIC, track.on_event)
        # Biggest groups first: they take longest, so they must not start last.
        ordered = sorted(groups.items(), key=lambda kv: -len(kv[1]))
        futures = {
            client.submit(
                crawl_group,
                members,
                str(shards),
                options,
                run_tag,
                key=f"govnews-crawl-{name}-{run_tag}",
                retries=2,
                pure=False,
            ): members
            for name, members in ordered
        }
        pending, last_line = set(futures), time.monotonic()
        try:
            while pending:
                try:
                    done, pending = distributed.wait(
                        pending, timeout=PROGRESS_EVERY, return_when="FIRST_COMPLETED"
                    )
                except TimeoutError:
                    done = set()
                changed = track.drain()
                for future in done:
                    group = _group_results(future, futures.pop(future))
                    # Forget the result at once: were it kept in a worker's memory, that
                    # worker's death would make Dask crawl the group again.
                    future.release()
                    for r in group:
                        track.record(r)
                    changed = True
                if changed or time.monotonic() - last_line >= PROGRESS_EVERY:
                    if time.monotonic() - counted >= 2.0:
                        workers, counted = len(client.nthreads()), time.monotonic()
                    track.line(workers)
                    last_line = time.monotonic()
        except KeyboardInterrupt:
            progress(
                "stopping", "stopping: cancelling the cluster's tasks (shards keep their frontier)"
            )
            client.cancel(list(futures), force=True)
            raise
    return track.finish(shards)
