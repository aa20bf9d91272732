"""Fetcher behaviour against a real loopback server injecting faults (no httpx mocks)."""

from __future__ import annotations

import asyncio
import socket
import time
from datetime import datetime, timedelta

import httpx
import pytest
from fault_server import PDF_BYTES, Exchange, FaultServer, article_html

from scraper.errors import FetchError
from scraper.fetch import Fetcher, FetchPolicy, transport_error
from scraper.models import FetchResult
from scraper.urls import on_site

PAGE = article_html().encode("utf-8")
# Server-side timestamps include thread wake-up jitter on a loaded 2-core box, and
# the first request on a new connection is seen late (the server starts a thread).
JITTER = 0.03  # still far from the ~0 s gaps of an impolite client
NEW_CONNECTION_SLACK = 0.06


def fast_policy(**overrides: object) -> FetchPolicy:
    base: dict[str, object] = {
        "delay": 0.02,
        "connect_timeout": 1.0,
        "read_timeout": 0.3,
        "total_timeout": 3.0,
        "attempts": 2,
        "backoff_initial": 0.02,
        "backoff_max": 0.1,
    }
    base.update(overrides)
    return FetchPolicy(**base)  # type: ignore[arg-type]


def fetch_one(
    url: str, policy: FetchPolicy | None = None, *, want_body: bool = True
) -> tuple[FetchResult | FetchError, int]:
    """Fetch with a fresh Fetcher; returns (result or error, requests sent)."""

    async def go() -> tuple[FetchResult | FetchError, int]:
        async with Fetcher(policy or fast_policy()) as f:
            try:
                return await f.fetch(url, want_body=want_body), f.requests
            except FetchError as err:
                return err, f.requests

    return asyncio.run(go())


def expect_error(outcome: FetchResult | FetchError) -> FetchError:
    assert isinstance(outcome, FetchError), f"expected a FetchError, got {outcome!r}"
    return outcome


def message(err: FetchError) -> str:
    return str(err).removeprefix(f"{err.url}: ")


def gaps_ok(srv: FaultServer, delay: float) -> list[tuple[float, float]]:
    """(gap, allowed minimum) between consecutive request starts, as the server saw them."""
    reqs = sorted(srv.requests, key=lambda r: r.start)
    first_on_conn = {}
    for r in reqs:
        first_on_conn.setdefault(r.connection_id, r)
    out = []
    for prev, cur in zip(reqs, reqs[1:], strict=False):
        slack = NEW_CONNECTION_SLACK if first_on_conn[prev.connection_id] is prev else JITTER
        out.append((cur.start - prev.start, delay - slack))
    return out


def assert_spaced(srv: FaultServer, delay: float) -> None:
    gaps = gaps_ok(srv, delay)
    assert gaps, "expected several requests"
    assert all(gap >= minimum for gap, minimum in gaps), gaps


# -- success ---------------------------------------------------------------------------


def test_ok_page_fields(fault_server: FaultServer) -> None:
    url = fault_server.url("/ok")
    result, sent = fetch_one(url, fast_policy(contact="ops@example.vn"))
    assert isinstance(result, FetchResult)
    assert result.status == 200
    assert result.url == result.final_url == url
    assert result.content == PAGE
    assert result.headers["content-type"] == "text/html; charset=utf-8"
    assert all(k == k.lower() for k in result.headers)
    assert result.http_version == "HTTP/1.1"
    assert result.request_headers["user-agent"].endswith("contact: ops@example.vn)")
    fetched = datetime.fromisoformat(result.fetched_at)
    assert (
        fetched.utcoffset() == timedelta(0) and fetched.microsecond % 1000 == 0
    )  # millisecond precision
    assert result.is_html
    assert sent == 2  # robots.txt + page
    seen = fault_server.requests
    assert [r.path for r in seen] == ["/robots.txt", "/ok"]
    assert seen[1].headers["user-agent"] == result.request_headers["user-agent"]
    assert "vi" in seen[1].headers["accept-language"]


def test_keep_alive_reuses_one_connection(fault_server: FaultServer) -> None:
    async def go() -> None:
        async with Fetcher(fast_policy(delay=0)) as f:
            for i in range(5):
                await f.fetch(fault_server.url(f"/tin-tuc/{i}"))

    asyncio.run(go())
    assert len({r.connection_id for r in fault_server.requests}) == 1


def test_gzip_body_is_decompressed(fault_server: FaultServer) -> None:
    result, _ = fetch_one(fault_server.url("/gzip"))
    assert isinstance(result, FetchResult)
    assert result.content == PAGE
    assert result.headers["content-encoding"] == "gzip"


# -- retries ---------------------------------------------------------------------------


def test_503_then_200_succeeds_after_retries(fault_server: FaultServer) -> None:
    result, sent = fetch_one(fault_server.url("/flaky-503"), fast_policy(attempts=4))
    assert isinstance(result, FetchResult) and result.content == PAGE
    assert fault_server.hits("/flaky-503") == 3
    assert sent == 4  # robots.txt + 503 + 503 + 200


def test_persistent_503_gives_up_after_all_attempts(fault_server: FaultServer) -> None:
    err = expect_error(fetch_one(fault_server.url("/always-503"), fast_policy(attempts=3))[0])
    assert err.reason == "http-503" and err.status == 503 and err.retryable
    assert message(err) == "HTTP 503 Service Unavailable (3 attempts)"
    assert fault_server.hits("/always-503") == 3


@pytest.mark.parametrize(
    ("code", "phrase"), [(404, "Not Found"), (410, "Gone"), (403, "Forbidden")]
)
def test_client_errors_are_not_retried(fault_server: FaultServer, code: int, phrase: str) -> None:
    err = expect_error(fetch_one(fault_server.url(f"/status/{code}"), fast_policy(attempts=4))[0])
    assert err.reason == f"http-{code}" and err.status == code and not err.retryable
    assert message(err) == f"HTTP {code} {phrase}"
    assert fault_server.hits(f"/status/{code}") == 1


def test_429_retry_after_pauses_the_whole_host(fault_server: FaultServer) -> None:
    async def go() -> FetchResult:
        async with Fetcher(fast_policy(attempts=3, concurrency_per_host=4)) as f:
            await f.fetch(fault_server.url("/ok"))  # robots.txt out of the way
            limited = asyncio.create_task(f.fetch(fault_server.url("/rate-limited?after=1")))
            await asyncio.sleep(0.1)  # the 429 is in; now other pages queue up
            others = [f.fetch(fault_server.url(f"/tin-tuc/{i}")) for i in range(3)]
            await asyncio.gather(*others)
            return await limited

    result = asyncio.run(go())
    assert result.status == 200
    reqs = fault_server.requests
    first_429 = next(r.start for r in reqs if r.path == "/rate-limited")
    later = [r.start for r in reqs if r.start > first_429]
    assert later, "nothing was requested after the 429"
    assert min(later) - first_429 >= 1.0 - JITTER
    assert fault_server.hits("/rate-limited") == 2


def test_stall_before_headers_times_out(fault_server: FaultServer) -> None:
    t0 = time.monotonic()
    err = expect_error(fetch_one(fault_server.url("/stall?s=3"))[0])
    assert err.reason == "timeout" and err.retryable
    assert message(err) == "read timed out after 0.3s (2 attempts)"
    assert fault_server.hits("/stall") == 2
    assert 0.6 <= time.monotonic() - t0 < 2.5


def test_stall_mid_body_times_out(fault_server: FaultServer) -> None:
    err = expect_error(fetch_one(fault_server.url("/stall-body?s=3"))[0])
    assert err.reason == "timeout"
    assert message(err) == "read timed out after 0.3s (2 attempts)"


def test_total_timeout_caps_a_trickling_body(fault_server: FaultServer) -> None:
    # The PDF trickles out for ~2 s: every read is fast, the whole is too slow.
    policy = fast_policy(total_timeout=0.4, read_timeout=1.0, attempts=1)
    t0 = time.monotonic()
    err = expect_error(fetch_one(fault_server.url("/DownloadFile.aspx?FileID=42"), policy)[0])
    assert err.reason == "timeout"
    assert message(err) == "no complete response within 0.4s"
    assert time.monotonic() - t0 < 1.5


def test_connection_reset(fault_server: FaultServer) -> None:
    err = expect_error(fetch_one(fault_server.url("/reset"), fast_policy(attempts=3))[0])
    assert err.reason == "reset" and err.retryable
    assert message(err).endswith("(3 attempts)")
    assert fault_server.hits("/reset") == 3


def test_reset_then_success(fault_server: FaultServer) -> None:
    result, _ = fetch_one(fault_server.url("/flaky-reset"))
    assert isinstance(result, FetchResult) and result.content == PAGE
    assert fault_server.hits("/flaky-reset") == 2


def test_truncated_body(fault_server: FaultServer) -> None:
    err = expect_error(fetch_one(fault_server.url("/truncated"))[0])
    assert err.reason == "truncated" and err.retryable
    expected = f"body truncated: received {len(PAGE) // 2} of {len(PAGE)} bytes (2 attempts)"
    assert message(err) == expected
    assert fault_server.hits("/truncated") == 2


def test_truncated_then_complete(fault_server: FaultServer) -> None:
    result, _ = fetch_one(fault_server.url("/flaky-truncated"))
    assert isinstance(result, FetchResult) and result.content == PAGE


def test_connection_refused() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed when the block ends: nobody listens
    url = f"http://127.0.0.1:{port}/tin-tuc/1"
    err = expect_error(fetch_one(url, fast_policy(obey_robots=False))[0])
    assert err.reason == "connect" and err.retryable
    assert message(err) == "connection refused (2 attempts)"
    # With robots on, robots.txt is what fails, and the error says so.
    err, sent = fetch_one(url, fast_policy())
    err = expect_error(err)
    assert err.reason == "connect"
    assert message(err) == "cannot fetch robots.txt: connection refused (2 attempts)"
    assert sent == 2


def test_tls_failure_is_reported_not_retried(fault_server: FaultServer) -> None:
    url = fault_server.url("/ok").replace("http://", "https://")
    err, sent = fetch_one(url, fast_policy(obey_robots=False, attempts=3))
    err = expect_error(err)
    assert err.reason == "tls" and not err.retryable
    assert message(err).startswith("TLS handshake failed")
    assert sent == 1
    # Through robots.txt the same failure keeps its reason and stays non-retryable.
    err, sent = fetch_one(url, fast_policy(attempts=3))
    err = expect_error(err)
    assert err.reason == "tls" and not err.retryable and sent == 1
    assert message(err).startswith("cannot fetch robots.txt: TLS handshake failed")


def test_dns_failure_classification() -> None:
    # Resolving a name would leave the machine; classify a real gaierror instead.
    exc = httpx.ConnectError("[Errno -2] Name or service not known")
    exc.__cause__ = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    err = transport_error("http://xa-khong-ton-tai.gov.vn/", exc, FetchPolicy(), "xa.gov.vn")
    assert err.reason == "dns" and not err.retryable
    assert str(err) == "http://xa-khong-ton-tai.gov.vn/: cannot resolve host xa.gov.vn"
    exc.__cause__ = socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
    assert transport_error("http://x/", exc, FetchPolicy(), "x").retryable


# -- redirects -------------------------------------------------------------------------


def test_redirect_chain_within_cap(fault_server: FaultServer) -> None:
    result, _ = fetch_one(fault_server.url("/chain/3"))
    assert isinstance(result, FetchResult)
    assert result.final_url == fault_server.url("/chain/0")
    assert result.url == fault_server.url("/chain/3")


def test_too_many_redirects(fault_server: FaultServer) -> None:
    err = expect_error(fetch_one(fault_server.url("/chain/9"), fast_policy(max_redirects=3))[0])
    assert err.reason == "too-many-redirects" and not err.retryable
    assert message(err) == "more than 3 redirects"
    # 9 -> 8 -> 7 -> 6 are the 3 allowed hops; the hop to 5 is refused unsent.
    assert fault_server.hits("/chain/6") == 1 and fault_server.hits("/chain/5") == 0


def test_redirect_loop(fault_server: FaultServer) -> None:
    err = expect_error(fetch_one(fault_server.url("/loop-a"))[0])
    assert err.reason == "redirect-loop"
    assert message(err) == f"redirect loop at {fault_server.url('/loop-a')}"
    assert fault_server.hits("/loop-a") == 1 and fault_server.hits("/loop-b") == 1


def test_self_redirect_setting_a_session_cookie_is_not_a_loop(fault_server: FaultServer) -> None:
    result, _ = fetch_one(fault_server.url("/session"))
    assert isinstance(result, FetchResult) and result.status == 200
    second = [r for r in fault_server.requests if r.path == "/session"][1]
    assert "ASP.NET_SessionId=abc123" in second.headers["cookie"]


def test_offsite_redirect_refused_in_scope_mode(fault_server: FaultServer) -> None:
    policy = fast_policy(scope_hosts=frozenset({"127.0.0.1"}))
    err = expect_error(fetch_one(fault_server.url("/offsite"), policy)[0])
    assert err.reason == "offsite-redirect"
    assert message(err) == f"redirected off-site to {fault_server.url('/ok', host='localhost')}"
    assert not any(r.host.startswith("localhost") for r in fault_server.requests)


def test_offsite_redirect_followed_without_scope(fault_server: FaultServer) -> None:
    result, _ = fetch_one(fault_server.url("/offsite"))
    assert isinstance(result, FetchResult)
    assert result.final_url == fault_server.url("/ok", host="localhost")


def test_scope_treats_www_as_the_same_site() -> None:
    scope = frozenset({"phuongbennghe.gov.vn"})
    assert on_site("www.phuongbennghe.gov.vn", scope)
    assert on_site("phuongbennghe.gov.vn", frozenset({"www.phuongbennghe.gov.vn"}))
    assert not on_site("quan1.hochiminhcity.gov.vn", scope)
    assert not on_site("evil-phuongbennghe.gov.vn", scope)


def test_redirect_to_non_http_url(fault_server: FaultServer) -> None:
    err = expect_error(fetch_one(fault_server.url("/to-ftp"))[0])
    assert err.reason == "invalid-url"
    assert "ftp://127.0.0.1/file.pdf" in message(err)


@pytest.mark.parametrize(
    "url",
    ["ftp://example.gov.vn/a.pdf", "mailto:ubnd@example.gov.vn", "javascript:void(0)", "http:///x"],
)
def test_invalid_urls_fail_without_a_request(url: str) -> None:
    err, sent = fetch_one(url)
    err = expect_error(err)
    assert err.reason == "invalid-url" and not err.retryable
    assert sent == 0


# -- size limits and attachments --------------------------------------------------------


def test_huge_page_with_content_length(fault_server: FaultServer) -> None:
    err = expect_error(fetch_one(fault_server.url("/huge"), fast_policy(max_bytes=1 << 20))[0])
    assert err.reason == "too-large" and not err.retryable
    assert message(err) == "body of 40 MiB is over the 1 MiB limit"
    assert fault_server.hits("/huge") == 1


def test_huge_page_streamed_without_length(fault_server: FaultServer) -> None:
    t0 = time.monotonic()
    policy = fast_policy(max_bytes=1 << 20)
    err = expect_error(fetch_one(fault_server.url("/huge-chunked"), policy)[0])
    assert err.reason == "too-large"
    assert message(err) == "body is over the 1 MiB limit"
    assert time.monotonic() - t0 < 2.0


def test_pdf_behind_aspx_link_headers_only(fault_server: FaultServer) -> None:
    t0 = time.monotonic()
    result, _ = fetch_one(fault_server.url("/DownloadFile.aspx?FileID=42"), want_body=False)
    assert isinstance(result, FetchResult)
    assert result.content == b""
    assert result.content_type == "application/pdf"
    assert result.headers["content-length"] == str(4 * 1024 * 1024)
    assert "QD-42-UBND.pdf" in result.headers["content-disposition"]
    assert time.monotonic() - t0 < 1.0  # the body would take ~2 s to arrive


def test_pdf_with_body(fault_server: FaultServer) -> None:
    result, _ = fetch_one(fault_server.url("/van-ban/quyet-dinh.pdf"))
    assert isinstance(result, FetchResult)
    assert result.content == PDF_BYTES and not result.is_html


# -- robots.txt ------------------------------------------------------------------------

ROBOTS = """# robots.txt cho Cổng thông tin điện tử
User-agent: *
Disallow: /private/
Disallow: /*?print=
Crawl-delay: 0.3
Sitemap: /sitemap.xml
"""


def test_robots_disallow_obeyed_and_fetched_once(fault_server: FaultServer) -> None:
    fault_server.set_robots(ROBOTS)

    async def go() -> list[FetchResult | BaseException]:
        async with Fetcher(fast_policy(concurrency_per_host=4)) as f:
            urls = [
                fault_server.url("/private/ho-so.aspx"),
                fault_server.url("/tin-tuc/1?print=1"),
                fault_server.url("/tin-tuc/1"),
                fault_server.url("/tin-tuc/2"),
            ]
            return await asyncio.gather(*(f.fetch(u) for u in urls), return_exceptions=True)

    out = asyncio.run(go())
    for blocked in out[:2]:
        assert isinstance(blocked, FetchError)
        assert blocked.reason == "robots" and message(blocked) == "disallowed by robots.txt"
    assert all(isinstance(r, FetchResult) for r in out[2:])
    assert fault_server.hits("/robots.txt") == 1
    assert [r.path for r in fault_server.requests].count("/private/ho-so.aspx") == 0
    # Crawl-delay 0.3 is bigger than the policy's 0.02: it becomes the gap.
    assert len(fault_server.requests) == 3
    assert_spaced(fault_server, 0.3)


def test_robots_ignored_when_asked(fault_server: FaultServer) -> None:
    fault_server.set_robots("User-agent: *\nDisallow: /\n")
    result, sent = fetch_one(fault_server.url("/private/a"), fast_policy(obey_robots=False))
    assert isinstance(result, FetchResult)
    assert sent == 1 and fault_server.hits("/robots.txt") == 0


def test_robots_404_allows_everything(fault_server: FaultServer) -> None:
    result, sent = fetch_one(fault_server.url("/private/a"))
    assert isinstance(result, FetchResult) and sent == 2


def test_robots_for_our_agent_overrides_star(fault_server: FaultServer) -> None:
    fault_server.set_robots(
        "User-agent: *\nDisallow: /\n\nUser-agent: govnews\nDisallow: /van-ban/\n"
    )
    assert isinstance(fetch_one(fault_server.url("/tin-tuc/1"))[0], FetchResult)
    err = expect_error(fetch_one(fault_server.url("/van-ban/qd-1"))[0])
    assert err.reason == "robots"


def test_robots_5xx_retried_then_disallows(fault_server: FaultServer) -> None:
    fault_server.set_robots("<h1>Service Unavailable</h1>", status=503)

    async def go() -> tuple[FetchError, FetchError]:
        async with Fetcher(fast_policy(attempts=2)) as f:
            errs = []
            for path in ("/ok", "/tin-tuc/1"):
                with pytest.raises(FetchError) as info:
                    await f.fetch(fault_server.url(path))
                errs.append(info.value)
            return errs[0], errs[1]

    first, second = asyncio.run(go())
    assert first.reason == "robots" and first.retryable
    assert message(first) == (
        "robots.txt answered HTTP 503 Service Unavailable (2 attempts); site treated as disallowed"
    )
    assert second.reason == "robots"
    assert fault_server.hits("/robots.txt") == 2  # both tries, then cached
    assert fault_server.hits("/ok") == 0 and fault_server.hits("/tin-tuc/1") == 0


def test_redirect_into_disallowed_path_is_refused(fault_server: FaultServer) -> None:
    fault_server.set_robots("User-agent: *\nDisallow: /private/\n")
    fault_server.add_route("/old-link", lambda ex: ex.redirect("/private/secret"))
    err = expect_error(fetch_one(fault_server.url("/old-link"))[0])
    assert err.reason == "robots"
    assert fault_server.hits("/private/secret") == 0


# -- politeness measured at the server ---------------------------------------------------


def test_gap_between_request_starts(fault_server: FaultServer) -> None:
    async def go() -> None:
        async with Fetcher(fast_policy(delay=0.1, concurrency_per_host=3)) as f:
            await asyncio.gather(*(f.fetch(fault_server.url(f"/tin-tuc/{i}")) for i in range(7)))

    asyncio.run(go())
    assert len(fault_server.requests) == 8  # robots.txt + 7 pages, all spaced
    assert_spaced(fault_server, 0.1)


def test_in_flight_limit_per_host(fault_server: FaultServer) -> None:
    async def go(concurrency: int | None) -> None:
        async with Fetcher(fast_policy(delay=0, concurrency_per_host=2)) as f:
            if concurrency is not None:
                f.set_host_policy("127.0.0.1", concurrency=concurrency)
            urls = [fault_server.url(f"/hold/{i}?ms=100") for i in range(6)]
            await asyncio.gather(*(f.fetch(u) for u in urls))

    asyncio.run(go(None))
    assert fault_server.max_in_flight() == 2
    fault_server.clear()
    asyncio.run(go(3))
    assert fault_server.max_in_flight() == 3


def test_set_host_policy_delay(fault_server: FaultServer) -> None:
    async def go() -> None:
        async with Fetcher(fast_policy(delay=0)) as f:
            f.set_host_policy(fault_server.url("/"), delay=0.15)
            await asyncio.gather(*(f.fetch(fault_server.url(f"/tin-tuc/{i}")) for i in range(3)))

    asyncio.run(go())
    assert len(fault_server.requests) == 4
    assert_spaced(fault_server, 0.15)


def test_host_slows_down_after_503(fault_server: FaultServer) -> None:
    async def go() -> tuple[float, float]:
        async with Fetcher(fast_policy(attempts=4)) as f:
            await f.fetch(fault_server.url("/ok"))
            before = f.politeness.current_delay("127.0.0.1")
            await f.fetch(fault_server.url("/flaky-503"))
            return before, f.politeness.current_delay("127.0.0.1")

    before, after = asyncio.run(go())
    assert after > before
    starts = [r.start for r in fault_server.requests if r.path == "/flaky-503"]
    # After the second 503 the host's delay has doubled twice from its floor.
    assert starts[2] - starts[1] >= 0.5 - JITTER


def test_custom_route_and_request_log(fault_server: FaultServer) -> None:
    def answer(ex: Exchange) -> None:
        ex.respond(200, f"<html><body>lần {ex.hit}</body></html>")

    fault_server.add_route("/dem", answer)
    result, _ = fetch_one(fault_server.url("/dem?x=1"), fast_policy(obey_robots=False))
    assert isinstance(result, FetchResult)
    assert "lần 1".encode() in result.content
    (req,) = fault_server.requests
    assert (req.path, req.query, req.method) == ("/dem", "x=1", "GET")
    assert req.end is not None and req.end >= req.start
