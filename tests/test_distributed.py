"""Crawling many portals on a real Dask LocalCluster (2 worker processes), then merging.

One cluster run over ten replica portals on 127.0.0.1 is shared by the tests below:
plain portals, two portals mounted on one server (one of them addressed as
``localhost``), a flaky portal whose server answers 503 at first, a slow portal, one
whose robots.txt forbids everything, and one whose worker process is SIGKILLed by the
test in the middle of its crawl.
"""

from __future__ import annotations

import io
import logging
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

from scraper.crawl import CrawlOptions, Site, run_crawl
from scraper.distributed import (
    SiteUnavailable,
    crawl_site,
    host_groups,
    jobqueue_settings,
    run_cluster,
)
from scraper.errors import UsageError
from scraper.merge import merge_shards
from scraper.progress import LineReporter
from scraper.replica import Portal, PortalServer, Response
from scraper.runs import EXIT_NOTHING, EXIT_PARTIAL

pytestmark = pytest.mark.slow

DELAY = 0.05  # politeness delay of the run
SHARED_DELAY = 0.3  # per-site delay of the two portals sharing a server
# The crawler spaces request starts, the server stamps arrivals. On a busy 2-core machine
# an arrival lags its start by up to a few tens of ms on a kept-alive connection, and by
# up to ~0.1 s for the first request on a new connection (handshake, first-use setup in a
# fresh worker); the gap after a late arrival looks that much shorter.
JITTER = 0.05
NEW_CONNECTION_JITTER = 0.15
ROOT = Path(__file__).resolve().parent.parent
OPTIONS = CrawlOptions(delay=DELAY, attempts=2, concurrency=2)


def portal(name: str, seed: int, articles: int = 6) -> Portal:
    return Portal(articles=articles, per_page=5, name=name, seed=seed)


@dataclass
class Farm:
    """The portals, their servers and what the cluster run produced."""

    servers: dict[str, PortalServer] = field(default_factory=dict)
    sites: list[Site] = field(default_factory=list)
    events: list[tuple[str, dict]] = field(default_factory=list)
    killed: list[int] = field(default_factory=list)
    requests: dict[str, list[tuple]] = field(default_factory=dict)  # server -> its log
    code: int = -1
    address: str = ""
    shards: Path = Path()
    workdir: Path = Path()

    def summaries(self) -> dict[str, dict]:
        out: dict[str, dict] = {}
        for event, f in self.events:
            if event in ("site-done", "site-failed"):
                out[f["site"]] = f
        return out

    def site(self, name: str) -> Site:
        return next(s for s in self.sites if s.name == name)


def shard_rows(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def warm_up(url: str) -> int:
    """Use the HTTP stack once in a worker: its first use imports a lot, and that lag
    between a request's politeness slot and the wire would show up as a short gap."""
    import asyncio

    import httpx

    async def get() -> int:
        async with httpx.AsyncClient() as client:
            return (await client.get(url)).status_code

    return asyncio.run(get())


def kill_mid_crawl(farm: Farm, client: Any, pids: dict[str, int], done: threading.Event) -> None:
    """SIGKILL the worker process crawling the 'killer' portal once it is fetching articles."""
    server = farm.servers["killer"]
    port = f"-{server.host}:{server.port}-"
    deadline = time.monotonic() + 40
    while not done.is_set() and time.monotonic() < deadline:
        articles = [r for r in server.requests if "ItemID" in r[2]]
        if len(articles) >= 3:
            for address, keys in client.processing().items():
                if any(port in str(k) for k in keys) and address in pids:
                    os.kill(pids[address], signal.SIGKILL)
                    farm.killed.append(pids[address])
                    return
        time.sleep(0.01)


@pytest.fixture(scope="module")
def farm(tmp_path_factory: pytest.TempPathFactory) -> Any:
    distributed = pytest.importorskip("distributed")
    farm = Farm()
    farm.workdir = tmp_path_factory.mktemp("cluster")
    farm.shards = farm.workdir / "shards"
    # Each portal is its own host (127.0.0.x), as real portals are; two share 127.0.0.1.
    for i in range(4):
        farm.servers[f"plain-{i}"] = PortalServer(
            portal(f"plain-{i}", 20 + i), host=f"127.0.0.{10 + i}"
        )
    farm.servers["shared"] = PortalServer(
        {"an-hoi": portal("an-hoi", 30, articles=4), "cam-nam": portal("cam-nam", 31, articles=4)}
    )
    farm.servers["flaky"] = PortalServer(portal("flaky", 40), host="127.0.0.20")
    farm.servers["slow"] = PortalServer(portal("slow", 41), host="127.0.0.21", latency=0.1)
    farm.servers["robots"] = PortalServer(
        Portal(articles=6, name="robots", robots_disallow=["/"]), host="127.0.0.22"
    )
    farm.servers["killer"] = PortalServer(portal("killer", 42, articles=12), host="127.0.0.23")
    for server in farm.servers.values():
        server.start()

    failures = {"left": 2}

    def unavailable_at_first(req: object) -> Response | None:
        if failures["left"] > 0:
            failures["left"] -= 1
            return Response(503, b"<html><body><h1>Service Unavailable</h1></body></html>")
        return None

    farm.servers["flaky"].set_handler("/", unavailable_at_first)
    for name, server in farm.servers.items():
        if name == "shared":
            farm.sites.append(
                Site(name="an-hoi", listing_urls=[server.listing_url("an-hoi")], delay=SHARED_DELAY)
            )
            localhost = server.listing_url("cam-nam").replace("127.0.0.1", "localhost")
            farm.sites.append(Site(name="cam-nam", listing_urls=[localhost], delay=SHARED_DELAY))
        else:
            delay = 0.12 if name == "killer" else None  # a longer crawl to kill it in
            farm.sites.append(Site(name=name, listing_urls=[server.listing_url()], delay=delay))

    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    client = distributed.Client(cluster, set_as_default=False)
    pids = client.run(os.getpid)
    robots_txt = farm.servers["robots"].url("/robots.txt")
    warm = [client.submit(warm_up, robots_txt, workers=[a], pure=False) for a in pids]
    assert client.gather(warm) == [200, 200]
    done = threading.Event()
    killer = threading.Thread(target=kill_mid_crawl, args=(farm, client, pids, done), daemon=True)
    killer.start()
    farm.address = cluster.scheduler_address
    try:
        farm.code = run_cluster(
            farm.sites,
            OPTIONS,
            cluster=cluster.scheduler_address,
            shard_dir=farm.shards,
            reporter=lambda event, **f: farm.events.append((event, f)),
        )
        done.set()
        killer.join(5)
        farm.requests = {name: server.requests for name, server in farm.servers.items()}
        yield farm
    finally:
        done.set()
        client.close()
        cluster.close()
        for server in farm.servers.values():
            server.stop()


def test_one_shard_per_site_and_partial_exit(farm: Farm) -> None:
    assert sorted(p.name for p in farm.shards.glob("*.db")) == sorted(
        f"{s.name}.db" for s in farm.sites
    )
    for site in farm.sites:
        assert shard_rows(
            farm.shards / f"{site.name}.db", "SELECT DISTINCT site FROM articles"
        ) in (
            [(site.name,)],
            [],  # the robots-forbidden portal archives nothing
        )
    assert farm.code == EXIT_PARTIAL  # one site failed, the others did not


def test_merged_shards_equal_a_single_machine_crawl(farm: Farm) -> None:
    merged, single = farm.workdir / "merged.db", farm.workdir / "single.db"
    result = merge_shards(farm.shards, merged)
    assert result.skipped == {} and result.merged == len(farm.sites)
    # The same portals crawled by one process into one database, as without --cluster.
    plain = [replace(s, delay=None) for s in farm.sites]
    run_crawl(single, plain, CrawlOptions(delay=0.0, attempts=2), handle_signals=False)
    query = "SELECT url, title, published_at, author, body, views FROM articles ORDER BY url"
    rows = shard_rows(merged, query)
    assert len(rows) >= 8 * 5
    assert rows == shard_rows(single, query)


def test_flaky_site_fails_its_first_attempt_and_is_retried(farm: Farm) -> None:
    runs = shard_rows(farm.shards / "flaky.db", "SELECT status, message FROM runs ORDER BY id")
    assert [r[0] for r in runs] == ["failed", "ok"]
    assert "robots.txt" in runs[0][1] and "503" in runs[0][1]
    summary = farm.summaries()["flaky"]
    assert summary["status"] == "ok" and summary["new"] >= 5
    targets = [r[2] for r in farm.requests["flaky"]]
    assert targets[:3] == ["/robots.txt"] * 3  # two 503s, then the retried task's request


def test_robots_forbidden_site_is_reported_and_not_retried(farm: Farm) -> None:
    summary = farm.summaries()["robots"]
    assert summary["status"] == "failed"
    assert "disallowed by robots.txt" in summary["message"]
    runs = shard_rows(farm.shards / "robots.db", "SELECT status FROM runs")
    assert runs == [("failed",)]
    done = farm.events[-1]
    assert done[0] == "cluster-done"
    assert set(done[1]["failed"]) == {"robots"}
    others = {n: s["status"] for n, s in farm.summaries().items() if n != "robots"}
    assert "failed" not in others.values(), others


def test_slow_portal_is_crawled_completely(farm: Farm) -> None:
    summary = farm.summaries()["slow"]
    assert summary["status"] == "ok" and summary["failed"] == 0
    count = shard_rows(farm.shards / "slow.db", "SELECT count(*) FROM articles")[0][0]
    assert count == summary["new"] >= 5
    # Every response took at least the server's latency.
    assert summary["seconds"] >= 0.1 * summary["requests"] / OPTIONS.concurrency


def test_shared_server_is_crawled_politely_across_the_cluster(farm: Farm) -> None:
    log = sorted(farm.requests["shared"])
    owners = [r[2].split("/")[1] for r in log if r[2] != "/robots.txt"]
    assert set(owners) == {"an-hoi", "cam-nam"}
    # One task at a time on the shared server: the two sites' requests never interleave.
    first = owners[0]
    switch = owners.index("cam-nam" if first == "an-hoi" else "an-hoi")
    assert set(owners[switch:]) == {owners[switch]}
    # Between the two sites the group task waits out the delay after the last response.
    boundary = next(i for i, r in enumerate(log) if r[2].startswith(f"/{owners[switch]}/"))
    assert log[boundary - 1][2] == "/robots.txt"  # the second site starts with robots.txt
    assert log[boundary - 1][0] - log[boundary - 2][0] >= SHARED_DELAY
    seen_ports: set[int] = set()
    kept_alive, new_connection = [], []
    for a, b in zip(log, log[1:], strict=False):
        fresh = a[3][1] not in seen_ports
        seen_ports.add(a[3][1])
        (new_connection if fresh else kept_alive).append(b[0] - a[0])
    assert len(kept_alive) > 8
    assert min(kept_alive) >= SHARED_DELAY - JITTER, sorted(kept_alive)[:5]
    assert min(new_connection) >= SHARED_DELAY - NEW_CONNECTION_JITTER, sorted(new_connection)
    summaries = farm.summaries()
    assert summaries["an-hoi"]["status"] != "failed" and summaries["cam-nam"]["status"] != "failed"


def test_killed_worker_site_is_finished_by_another_worker(farm: Farm) -> None:
    assert len(farm.killed) == 1, "the test never caught the killer site mid-crawl"
    summary = farm.summaries()["killer"]
    assert summary["status"] == "ok"
    assert not summary["process"].endswith(f":{farm.killed[0]}")
    shard = farm.shards / "killer.db"
    runs = shard_rows(shard, "SELECT status FROM runs ORDER BY id")
    assert runs[0] == ("interrupted",) and runs[-1] == ("ok",)
    # Nothing lost and nothing doubled: every article once, none left in the frontier.
    assert shard_rows(shard, "SELECT count(*) FROM articles")[0][0] >= 12
    assert shard_rows(
        shard, "SELECT count(*) FROM frontier WHERE kind='article' AND state!='done'"
    ) == [(0,)]


def test_progress_events_cover_every_site(farm: Farm) -> None:
    kinds = [e for e, _ in farm.events]
    assert kinds[0] == "cluster-start" and kinds[-1] == "cluster-done"
    assert "cluster-progress" in kinds
    assert set(farm.summaries()) == {s.name for s in farm.sites}
    last = [f for e, f in farm.events if e == "cluster-progress"][-1]
    assert last["done"] == len(farm.sites) and last["running"] == 0


def test_host_groups_share_servers_not_ports() -> None:
    a = Site(name="a", listing_urls=["http://127.0.0.1:8001/a/Default.aspx?tabid=73"])
    b = Site(name="b", listing_urls=["http://localhost:8001/b/Default.aspx?tabid=73"])
    c = Site(name="c", listing_urls=["http://127.0.0.1:8002/Default.aspx?tabid=73"])
    d = Site(name="d", listing_urls=["http://127.0.0.1:8003/"], extra_hosts=["127.0.0.1:8002"])
    groups = host_groups([a, b, c, d])
    assert sorted(sorted(s.name for s in g) for g in groups.values()) == [["a", "b"], ["c", "d"]]
    assert list(groups) == ["127.0.0.1:8001", "127.0.0.1:8002"]
    # Without DNS, only identical host names group.
    assert len(host_groups([a, b, c], resolve=False)) == 3


def test_run_cluster_rejects_bad_arguments(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = Site(name="x", listing_urls=["http://127.0.0.1:9/Default.aspx?tabid=73"])
    with pytest.raises(UsageError, match="--cluster must be"):
        run_cluster([site], CrawlOptions(), cluster="yarn", shard_dir=tmp_path)
    with pytest.raises(UsageError, match="duplicate site name"):
        run_cluster([site, site], CrawlOptions(), cluster="local:1", shard_dir=tmp_path)
    with pytest.raises(UsageError, match="local:N"):
        run_cluster([site], CrawlOptions(), cluster="local:zero", shard_dir=tmp_path)
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if Dask were not installed
    with pytest.raises(UsageError, match=r"pip install 'govnews\[dask\]'"):
        run_cluster([site], CrawlOptions(), cluster="local:1", shard_dir=tmp_path)


def test_cli_help_does_not_import_dask() -> None:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "cli.py", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    imported = [line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines()]
    assert "typer" in imported
    assert not [m for m in imported if m.split(".")[0] in ("dask", "distributed")]


def test_text_progress_lines_and_nothing_new_exit(farm: Farm) -> None:
    out = io.StringIO()
    again = [farm.site("plain-0"), farm.site("plain-1")]
    code = run_cluster(
        again, OPTIONS, cluster=farm.address, shard_dir=farm.shards, reporter=LineReporter(out)
    )
    lines = out.getvalue().splitlines()
    assert code == EXIT_NOTHING  # an incremental run that found nothing new anywhere
    assert (
        lines[0].startswith(f"cluster {farm.address} (") and "2 sites in 2 host groups" in lines[0]
    )
    assert {line.split()[1] for line in lines if line.startswith("done ")} == {"plain-0", "plain-1"}
    assert any(line.startswith("progress: 2/2 sites done, 0 failed, 0 running") for line in lines)
    assert lines[-1].startswith("nothing: 2 sites crawled, 0 failed")


def test_crawl_site_raises_for_a_portal_that_may_come_back(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port nobody listens on: connection refused
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    site = Site(name="down", listing_urls=[f"http://127.0.0.1:{port}/Default.aspx?tabid=73"])
    with pytest.raises(SiteUnavailable, match="down: cannot fetch listing"):
        crawl_site(site, tmp_path, CrawlOptions(attempts=1, delay=0.0))
    runs = shard_rows(tmp_path / "down.db", "SELECT status FROM runs")
    assert runs == [("failed",)]


def test_jobqueue_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {
        "CORES": "8",
        "MEMORY": "16GB",
        "WALLTIME": "01:30:00",
        "QUEUE": "batch",
        "ACCOUNT": "govnews",
        "PROCESSES": "16",
        "JOB_EXTRA": "--qos=low; --exclusive",
    }.items():
        monkeypatch.setenv(f"GOVNEWS_JOBQUEUE_{name}", value)
    kwargs, jobs = jobqueue_settings("slurm", "6")
    assert jobs == 6
    assert kwargs == {
        "cores": 8,
        "processes": 16,
        "memory": "16GB",
        "walltime": "01:30:00",
        "queue": "batch",
        "account": "govnews",
        "job_extra_directives": ["--qos=low", "--exclusive"],
    }
    monkeypatch.setenv("GOVNEWS_JOBQUEUE_CORES", "many")
    with pytest.raises(UsageError, match="GOVNEWS_JOBQUEUE_CORES"):
        jobqueue_settings("pbs")


def test_slurm_job_script(monkeypatch: pytest.MonkeyPatch) -> None:
    dask_jobqueue = pytest.importorskip("dask_jobqueue")
    monkeypatch.setenv("GOVNEWS_JOBQUEUE_QUEUE", "crawl")
    monkeypatch.setenv("GOVNEWS_JOBQUEUE_CORES", "4")
    kwargs, _ = jobqueue_settings("slurm")
    # Only the job script is looked at: the scheduler listens on loopback, no job starts.
    local = {"host": "127.0.0.1", "dashboard_address": "127.0.0.1:0"}
    with dask_jobqueue.SLURMCluster(**kwargs, scheduler_options=local) as cluster:
        script = cluster.job_script()
    assert "#SBATCH -p crawl" in script
    assert "#SBATCH -t 04:00:00" in script
    assert "--nworkers 4" in script and "--nthreads 1" in script


def test_missing_jobqueue_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask_jobqueue", None)
    site = Site(name="x", listing_urls=["http://127.0.0.1:9/Default.aspx?tabid=73"])
    with pytest.raises(UsageError, match=r"pip install 'govnews\[slurm\]'"):
        run_cluster([site], CrawlOptions(), cluster="slurm:2", shard_dir=tmp_path)
