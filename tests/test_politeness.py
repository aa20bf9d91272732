"""Politeness (pure asyncio) and robots.txt parsing/caching, without any network."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

import pytest

from scraper.politeness import MIN_BACKOFF_DELAY, Politeness, parse_retry_after
from scraper.robots import ALLOW_ALL, RobotsCache, RobotsRules, normalize_path, parse_robots

# -- Retry-After -----------------------------------------------------------------------

NOW = datetime(2024, 1, 12, 7, 28, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        (" 3 ", 3.0),
        ("1.5", 1.5),
        ("-5", 0.0),
        ("Fri, 12 Jan 2024 07:29:00 GMT", 60.0),
        ("Fri, 12 Jan 2024 07:00:00 GMT", 0.0),
        ("Friday, 12-Jan-24 07:28:30 GMT", 30.0),
        ("soon", None),
        ("", None),
        (None, None),
        ("nan", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == expected


# -- spacing and concurrency -------------------------------------------------------------


def test_request_starts_are_spaced_by_delay() -> None:
    async def go() -> list[float]:
        pol = Politeness(delay=0.05, concurrency=4)
        starts: list[float] = []

        async def one() -> None:
            async with pol.slot("ubnd.example.gov.vn"):
                starts.append(time.monotonic())

        await asyncio.gather(*(one() for _ in range(6)))
        return starts

    starts = sorted(asyncio.run(go()))
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert min(gaps) >= 0.05 - 1e-3, gaps
    assert starts[-1] - starts[0] < 0.05 * 5 + 0.1  # spaced, not serialised further


def test_hosts_do_not_wait_for_each_other() -> None:
    async def go() -> float:
        pol = Politeness(delay=0.5, concurrency=1)
        t0 = time.monotonic()
        for host in ("a.gov.vn", "b.gov.vn", "c.gov.vn"):
            async with pol.slot(host):
                pass
        return time.monotonic() - t0

    assert asyncio.run(go()) < 0.1


def test_concurrency_limit_and_raise() -> None:
    async def go(limit_later: int | None) -> int:
        pol = Politeness(delay=0, concurrency=2)
        active = peak = 0

        async def one() -> None:
            nonlocal active, peak
            async with pol.slot("h"):
                active += 1
                peak = max(peak, active)
                await asyncio.sleep(0.03)
                active -= 1

        tasks = [asyncio.create_task(one()) for _ in range(8)]
        if limit_later is not None:
            await asyncio.sleep(0.01)
            pol.configure("h", concurrency=limit_later)  # wakes queued waiters
        await asyncio.gather(*tasks)
        return peak

    assert asyncio.run(go(None)) == 2
    assert asyncio.run(go(4)) == 4


def test_cancelled_waiter_does_not_leak_a_slot() -> None:
    async def go() -> float:
        pol = Politeness(delay=0, concurrency=1)
        holder = await pol.acquire("h")
        waiter = asyncio.create_task(pol.acquire("h"))
        await asyncio.sleep(0.01)
        waiter.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiter
        pol.release(holder)
        t0 = time.monotonic()
        st = await asyncio.wait_for(pol.acquire("h"), 1.0)
        assert st.active == 1
        return time.monotonic() - t0

    assert asyncio.run(go()) < 0.05


def test_cancel_during_spacing_wait_releases_the_slot() -> None:
    async def go() -> int:
        pol = Politeness(delay=1.0, concurrency=1)
        st = await pol.acquire("h")
        pol.release(st)
        task = asyncio.create_task(pol.acquire("h"))  # must wait ~1 s for its turn
        await asyncio.sleep(0.02)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return pol.host("h").active

    assert asyncio.run(go()) == 0


# -- adaptive slow-down ------------------------------------------------------------------


def test_429_and_503_double_the_delay_up_to_the_cap() -> None:
    pol = Politeness(delay=0.5, concurrency=2, max_delay=3.0)
    st = pol.host("h")
    pol.record_response(st, 503, 0.1)
    assert st.delay == 1.0
    pol.record_response(st, 429, 0.1)
    assert st.delay == 2.0
    for _ in range(5):
        pol.record_response(st, 503, 0.1)
    assert st.delay == 3.0


def test_zero_delay_host_still_backs_off() -> None:
    pol = Politeness(delay=0.0, concurrency=2)
    st = pol.host("h")
    pol.record_response(st, 503, 0.1)
    assert st.delay == MIN_BACKOFF_DELAY


def test_delay_decays_gently_on_fast_successes_but_not_below_base() -> None:
    pol = Politeness(delay=0.5, concurrency=2)
    st = pol.host("h")
    pol.record_response(st, 503, 0.1)
    pol.record_response(st, 503, 0.1)
    assert st.delay == 2.0
    pol.record_response(st, 200, 0.1)
    assert 1.5 < st.delay < 2.0  # gently, not straight back
    for _ in range(200):
        pol.record_response(st, 200, 0.1)
    assert st.delay == 0.5


def test_slow_answers_slow_the_host_down() -> None:
    pol = Politeness(delay=0.5, concurrency=2)
    st = pol.host("h")
    for _ in range(10):
        pol.record_response(st, 200, 0.6)
    assert st.delay == 0.5
    pol.record_response(st, 200, 1.1)  # < 2x the 0.6 median: normal variation
    assert st.delay == 0.5
    pol.record_response(st, 200, 1.5)  # > 2x the median, and over a second
    assert st.delay == 1.0


def test_slowness_needs_an_absolute_floor() -> None:
    pol = Politeness(delay=0.5, concurrency=2)
    st = pol.host("h")
    for _ in range(10):
        pol.record_response(st, 200, 0.001)
    pol.record_response(st, 200, 0.01)  # 10x the median but only 10 ms
    assert st.delay == 0.5
    for _ in range(10):
        pol.record_response(st, 200, 0.1)
    pol.record_response(st, 200, 0.6)  # 6x the median, but a busy machine, not a slow portal
    assert st.delay == 0.5


def test_timeouts_slow_the_host_down() -> None:
    pol = Politeness(delay=0.5, concurrency=2)
    st = pol.host("h")
    pol.record_timeout(st)
    assert st.delay == 1.0


def test_crawl_delay_raises_the_floor_and_configure_overrides() -> None:
    pol = Politeness(delay=0.5, concurrency=2)
    pol.set_min_delay("h", 2.0)
    assert pol.current_delay("h") == 2.0
    pol.configure("h", delay=1.0)  # lower than Crawl-delay: Crawl-delay wins
    assert pol.current_delay("h") == 2.0
    pol.configure("h", delay=3.0)
    assert pol.current_delay("h") == 3.0


def test_retry_after_pauses_the_host() -> None:
    async def go() -> float:
        pol = Politeness(delay=0, concurrency=2)
        st = await pol.acquire("h")
        pol.record_response(st, 429, 0.01, retry_after=0.2)
        pol.release(st)
        t0 = time.monotonic()
        async with pol.slot("h"):
            return time.monotonic() - t0

    assert asyncio.run(go()) >= 0.2 - 1e-3


def test_retry_after_is_capped() -> None:
    async def go() -> float:
        pol = Politeness(delay=0, concurrency=2, max_retry_after=0.1)
        st = pol.host("h")
        pol.record_response(st, 503, 0.01, retry_after=86400)
        t0 = time.monotonic()
        async with pol.slot("h"):
            return time.monotonic() - t0

    assert 0.1 - 1e-3 <= asyncio.run(go()) < 0.5


def test_retry_after_reaches_requests_already_waiting() -> None:
    # The waiting request is booked far enough ahead (0.3 s) that a loaded machine
    # cannot let it through before the 429 arrives.
    async def go() -> float:
        pol = Politeness(delay=0.3, concurrency=2)
        first = await pol.acquire("h")
        waiting = asyncio.create_task(pol.acquire("h"))  # booked for t+0.3
        await asyncio.sleep(0.01)
        assert not waiting.done()
        told = time.monotonic()
        pol.record_response(first, 429, 0.01, retry_after=0.6)
        pol.release(first)
        st = await waiting
        pol.release(st)
        return time.monotonic() - told

    assert asyncio.run(go()) >= 0.6 - 1e-3


def test_retry_after_ignored_on_success() -> None:
    pol = Politeness(delay=0, concurrency=2)
    st = pol.host("h")
    pol.record_response(st, 200, 0.01, retry_after=100)
    assert st.not_before == 0.0


# -- robots.txt parsing --------------------------------------------------------------------


def test_longest_match_wins_not_first() -> None:
    rules = parse_robots("User-agent: *\nDisallow: /\nAllow: /tin-tuc\n")
    assert rules.allowed("/tin-tuc/ra-quan-mua-he-xanh")
    assert not rules.allowed("/van-ban/qd-12")


def test_equal_length_allow_wins() -> None:
    rules = parse_robots("User-agent: *\nDisallow: /tin\nAllow: /tin\n")
    assert rules.allowed("/tin/1")


def test_wildcards_and_end_anchor() -> None:
    rules = parse_robots(
        "User-agent: *\nDisallow: /*?print=\nDisallow: /*.pdf$\nDisallow: /**/admin\n"
    )
    assert not rules.allowed("/tin-tuc/1?print=1")
    assert rules.allowed("/tin-tuc/1?page=2")
    assert not rules.allowed("/files/qd.pdf")
    assert rules.allowed("/files/qd.pdf?download=1")
    assert not rules.allowed("/portal/admin/login")


def test_user_agent_matched_by_exact_token() -> None:
    # robotparser would apply "go" to "govnews" (substring match).
    assert parse_robots("User-agent: go\nDisallow: /\n").allowed("/tin-tuc/1")
    rules = parse_robots("User-agent: GovNews/2.0\nDisallow: /van-ban\n")
    assert not rules.allowed("/van-ban/1")
    custom = parse_robots("User-agent: mybot\nDisallow: /\n", agent="MyBot/1.0 (+x)")
    assert not custom.allowed("/")


def test_star_groups_are_merged_and_blank_lines_do_not_end_groups() -> None:
    text = (
        "User-agent: *\n\nDisallow: /private/\n\n"
        "User-agent: Googlebot\nDisallow: /nothing-for-google/\n\n"
        "User-agent: *\nDisallow: /tmp/\n"
    )
    rules = parse_robots(text)
    assert not rules.allowed("/private/a")
    assert not rules.allowed("/tmp/a")
    assert rules.allowed("/nothing-for-google/a")


def test_bom_and_comments_and_typos() -> None:
    text = "\ufeffUser-agent: * # tất cả\nDissallow: /admin/ # lỗi chính tả thường gặp\n"
    rules = parse_robots(text)
    assert not rules.allowed("/admin/x")


def test_crawl_delay_fraction_cap_and_garbage() -> None:
    assert parse_robots("User-agent: *\nCrawl-delay: 0.5\n").crawl_delay == 0.5
    assert parse_robots("User-agent: *\nCrawl-delay: 3600\n").crawl_delay == 60.0
    assert parse_robots("User-agent: *\nCrawl-delay: nhanh\n").crawl_delay is None
    # The specific group's delay applies, not the star group's.
    text = "User-agent: *\nCrawl-delay: 10\n\nUser-agent: govnews\nCrawl-delay: 2\n"
    assert parse_robots(text).crawl_delay == 2.0


def test_percent_encoding_is_normalised() -> None:
    rules = parse_robots("User-agent: *\nDisallow: /tin-tức/\n")
    assert not rules.allowed("/tin-t%E1%BB%A9c/abc")
    assert not rules.allowed("/tin-t%e1%bb%a9c/abc")
    assert not rules.allowed("/tin-tức/abc")
    assert rules.allowed("/tin-tuc/abc")
    assert normalize_path("/%7Euser/%2fx") == "/~user/%2Fx"


def test_empty_disallow_rules_outside_groups_and_robots_txt_itself() -> None:
    assert parse_robots("User-agent: *\nDisallow:\n").allowed("/anything")
    assert parse_robots("Disallow: /\nUser-agent: *\nAllow: /\n").allowed("/x")
    assert parse_robots("User-agent: *\nDisallow: /\n").allowed("/robots.txt")
    assert parse_robots("User-agent: *\nDisallow: admin\n").allowed("/tin") is True
    assert not parse_robots("User-agent: *\nDisallow: admin\n").allowed("/admin")


def test_sitemaps_collected() -> None:
    rules = parse_robots("Sitemap: https://x.gov.vn/sitemap.xml\nUser-agent: *\nDisallow:\n")
    assert rules.sitemaps == ("https://x.gov.vn/sitemap.xml",)


def test_html_soft_404_allows_everything() -> None:
    page = "<!DOCTYPE html><html><body><h1>Trang không tồn tại</h1></body></html>"
    rules = parse_robots(page)
    assert rules.allowed("/private/") and not rules.rules


def test_unavailable_rules_disallow_everything() -> None:
    rules = RobotsRules.unavailable("robots.txt answered HTTP 503")
    assert not rules.allowed("/")
    assert not rules.allowed("/robots.txt")


# -- robots cache ----------------------------------------------------------------------------


def test_cache_loads_each_origin_once_even_concurrently() -> None:
    calls: list[str] = []

    async def loader(origin: str) -> RobotsRules:
        calls.append(origin)
        await asyncio.sleep(0.02)
        return parse_robots("User-agent: *\nDisallow: /x\n")

    async def go() -> list[RobotsRules]:
        cache = RobotsCache(loader)
        got = await asyncio.gather(*(cache.get("http://a.gov.vn") for _ in range(10)))
        got.append(await cache.get("http://b.gov.vn"))
        assert cache.cached("http://a.gov.vn") is got[0]
        return got

    got = asyncio.run(go())
    assert calls == ["http://a.gov.vn", "http://b.gov.vn"]
    assert all(not r.allowed("/x/1") for r in got)


def test_cache_expires_failures_sooner() -> None:
    now = [1000.0]
    calls: list[str] = []

    async def loader(origin: str) -> RobotsRules:
        calls.append(origin)
        if origin.startswith("http://down"):
            return RobotsRules.unavailable("robots.txt answered HTTP 503")
        return ALLOW_ALL

    async def go() -> None:
        cache = RobotsCache(loader, ttl=3600, failure_ttl=60, clock=lambda: now[0])
        await cache.get("http://down.gov.vn")
        await cache.get("http://up.gov.vn")
        now[0] += 120
        await cache.get("http://down.gov.vn")  # failure expired: asked again
        await cache.get("http://up.gov.vn")  # still fresh

    asyncio.run(go())
    assert calls == ["http://down.gov.vn", "http://up.gov.vn", "http://down.gov.vn"]


def test_slow_answers_arriving_together_slow_down_once() -> None:
    now = [100.0]
    pol = Politeness(delay=0.5, concurrency=8, clock=lambda: now[0])
    st = pol.host("h")
    for _ in range(10):
        pol.record_response(st, 200, 0.6)
    for _ in range(8):  # a stall: all requests in flight answer late at once
        pol.record_response(st, 200, 2.0)
    assert st.delay == 1.0 and st.slowdowns == 1
    now[0] += 1.5  # a window later, slowness counts again
    pol.record_response(st, 200, 2.0)
    assert st.delay == 2.0 and st.slowdowns == 2
