"""Benchmark: httpx's stock (anyio) network backend vs scraper.netbackend's asyncio one.

    python bench/netbackend.py --articles 2000 [--concurrency 8] [--rounds 3] [--fetcher]

Starts the replica ward portal in its own process (30-120 KB pages, pre-rendered with
``--warm`` so the portal's own work is small and steady), then in THIS process fetches
every listing page and article with one keep-alive ``httpx.AsyncClient`` at the given
concurrency, once with httpx's stock transport and once with
:func:`scraper.netbackend.make_transport`, in rotating order, ``--rounds`` times each. Every
round is a fresh client in a fresh ``asyncio.run``; all use the same limits and
timeouts, so only the transport's backend (and pool) differ. Prints CPU ms/page (this
process's user+sys) and pages/s per round, the medians, and the ratios; checks that
every round saw every page with status 200 and the same number of bytes. A third
contender, ``asyncio-plainpool``, is the same backend with httpcore's own pool
(``make_transport(..., fair_pool=False)``), to separate what the backend and the fair
pool each contribute.

``--fetcher`` also runs the same comparison through :class:`scraper.fetch.Fetcher`
(robots, politeness with delay 0, streaming), passing the transport explicitly.
Everything stays on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import os
import ssl
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402  (bench/ is not a package)
from common import PortalProcess  # noqa: E402

from scraper.netbackend import make_transport  # noqa: E402

TransportFactory = Callable[[httpx.Limits], httpx.AsyncBaseTransport]


@functools.cache
def ssl_context() -> ssl.SSLContext:
    """One CA bundle load per process (~40 ms), as Fetcher does; not charged to a round."""
    return httpx.create_ssl_context()


def stock_transport(limits: httpx.Limits) -> httpx.AsyncBaseTransport:
    return httpx.AsyncHTTPTransport(limits=limits, verify=ssl_context())


def asyncio_transport(limits: httpx.Limits) -> httpx.AsyncBaseTransport:
    return make_transport(limits=limits, verify=ssl_context())


def asyncio_plain_pool_transport(limits: httpx.Limits) -> httpx.AsyncBaseTransport:
    return make_transport(limits=limits, verify=ssl_context(), fair_pool=False)


# "asyncio" is make_transport as shipped; "asyncio-plainpool" is the same backend with
# httpcore's own pool, to show what the backend and the fair pool each contribute.
CONTENDERS: dict[str, TransportFactory] = {
    "stock": stock_transport,
    "asyncio": asyncio_transport,
    "asyncio-plainpool": asyncio_plain_pool_transport,
}


@dataclass
class Round:
    name: str
    pages: int
    errors: int
    bytes: int
    cpu: float
    wall: float
    portal_cpu: float

    @property
    def cpu_ms_per_page(self) -> float:
        return 1000 * self.cpu / max(1, self.pages)

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.wall if self.wall else 0.0


async def _fetch_all_httpx(
    urls: list[str], concurrency: int, factory: TransportFactory
) -> tuple[int, int, int]:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    queue: asyncio.Queue[str] = asyncio.Queue()
    for u in urls:
        queue.put_nowait(u)
    pages = errors = size = 0
    async with httpx.AsyncClient(transport=factory(limits), timeout=60) as client:

        async def worker() -> None:
            nonlocal pages, errors, size
            while not queue.empty():
                url = queue.get_nowait()
                try:
                    r = await client.get(url)
                except httpx.HTTPError:
                    errors += 1
                    continue
                if r.status_code == 200:
                    pages += 1
                    size += len(r.content)
                else:
                    errors += 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return pages, errors, size


async def _fetch_all_fetcher(
    urls: list[str], concurrency: int, factory: TransportFactory
) -> tuple[int, int, int]:
    from scraper.errors import FetchError
    from scraper.fetch import Fetcher, FetchPolicy

    # The Fetcher's own limits, so its pool is what a crawl would use.
    limits = httpx.Limits(max_connections=None, max_keepalive_connections=100, keepalive_expiry=5)
    queue: asyncio.Queue[str] = asyncio.Queue()
    for u in urls:
        queue.put_nowait(u)
    pages = errors = size = 0
    policy = FetchPolicy(concurrency_per_host=concurrency, delay=0)
    async with Fetcher(policy, transport=factory(limits)) as fetcher:

        async def worker() -> None:
            nonlocal pages, errors, size
            while not queue.empty():
                url = queue.get_nowait()
                try:
                    res = await fetcher.fetch(url)
                except FetchError:
                    errors += 1
                    continue
                pages += 1
                size += len(res.content)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return pages, errors, size


def run_round(
    name: str,
    urls: list[str],
    concurrency: int,
    portal: PortalProcess,
    *,
    through_fetcher: bool,
) -> Round:
    fetch_all = _fetch_all_fetcher if through_fetcher else _fetch_all_httpx
    portal_before = portal.cpu_seconds()
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    pages, errors, size = asyncio.run(fetch_all(urls, concurrency, CONTENDERS[name]))
    wall = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    return Round(name, pages, errors, size, cpu, wall, portal.cpu_seconds() - portal_before)


def compare(
    label: str,
    urls: list[str],
    args: argparse.Namespace,
    portal: PortalProcess,
    *,
    through_fetcher: bool,
) -> bool:
    print(f"\n== {label}: {len(urls)} pages, concurrency {args.concurrency} ==")
    # One short untimed pass each: imports, first connections, code paths warmed.
    for name in CONTENDERS:
        run_round(name, urls[:200], args.concurrency, portal, through_fetcher=through_fetcher)
    rounds: dict[str, list[Round]] = {name: [] for name in CONTENDERS}
    rows = []
    for i in range(args.rounds):
        names = list(CONTENDERS)
        order = names[i % len(names) :] + names[: i % len(names)]  # rotate who goes first
        for name in order:
            r = run_round(name, urls, args.concurrency, portal, through_fetcher=through_fetcher)
            rounds[name].append(r)
            rows.append(
                [
                    f"{i + 1} {name}",
                    str(r.pages),
                    str(r.errors),
                    f"{common.mb(r.bytes):.1f}",
                    f"{r.wall:.2f}",
                    f"{r.pages_per_s:.0f}",
                    f"{r.cpu:.2f}",
                    f"{r.cpu_ms_per_page:.3f}",
                    f"{r.portal_cpu:.2f}",
                ]
            )
    header = ["round", "pages", "errors", "MB", "wall s", "pages/s", "CPU s", "CPU ms/page"]
    print(common.table(rows, [*header, "portal CPU s"]))

    med = {
        name: (
            statistics.median(r.cpu_ms_per_page for r in rs),
            statistics.median(r.pages_per_s for r in rs),
        )
        for name, rs in rounds.items()
    }
    print("\nmedian of rounds:")
    print(
        common.table(
            [[name, f"{cpu:.3f}", f"{pps:.0f}"] for name, (cpu, pps) in med.items()],
            ["backend", "CPU ms/page", "pages/s"],
        )
    )
    s_cpu, s_pps = med["stock"]
    for name, (a_cpu, a_pps) in med.items():
        if name != "stock":
            print(
                f"{name}/stock: CPU per page x{a_cpu / s_cpu:.3f} "
                f"({100 * (1 - a_cpu / s_cpu):.1f}% saved), throughput x{a_pps / s_pps:.3f}"
            )
    everything = [r for rs in rounds.values() for r in rs]
    ok = all(r.errors == 0 and r.pages == len(urls) for r in everything)
    same_bytes = len({r.bytes for r in everything}) == 1
    print(f"every page fetched with 200 in every round: {common.verdict(ok)}")
    print(f"same bytes in every round: {common.verdict(same_bytes)}")
    return ok and same_bytes


def parse_size(text: str) -> tuple[int, int]:
    lo, hi = (int(x) for x in text.split(","))
    return lo, hi


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds per backend")
    ap.add_argument("--page-size-kb", type=parse_size, default=(30, 120), metavar="LO,HI")
    ap.add_argument("--fetcher", action="store_true", help="also compare through Fetcher")
    args = ap.parse_args(argv)

    print(
        f"httpx {httpx.__version__}, python {sys.version.split()[0]}, "
        f"{common.cores()} cores, load {os.getloadavg()[0]:.1f}"
    )
    print(f"starting the replica portal ({args.articles} articles, warm) ...", flush=True)
    with PortalProcess(args.articles, args.page_size_kb, warm=True) as portal:
        urls = common.all_page_urls(
            common.local_portal(args.articles, args.page_size_kb), portal.base
        )
        ok = compare("plain httpx.AsyncClient", urls, args, portal, through_fetcher=False)
        if args.fetcher:
            ok &= compare("scraper.fetch.Fetcher", urls, args, portal, through_fetcher=True)
    print(f"\nload average at end: {os.getloadavg()[0]:.1f} (1-minute, all processes)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
