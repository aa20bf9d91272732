"""HTTP fetching: one shared keep-alive client, per-host politeness, robots.txt, retries, limits.

:class:`Fetcher` is the only place that talks HTTP. Every request (including
robots.txt and retries) goes through :class:`~scraper.politeness.Politeness`;
redirects are followed by hand so each hop is checked (loop, cap, scope,
robots); retryable failures are retried with tenacity and exponential backoff
with jitter; bodies are streamed and cut off past ``max_bytes``. Failures come
out as :class:`~scraper.errors.FetchError` with a short ``reason`` token and one
readable line.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import random
import socket
import ssl
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from types import TracebackType
from typing import NamedTuple
from urllib.parse import SplitResult, urlencode, urljoin, urlsplit

import httpx
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt

from .errors import FetchError
from .models import FetchResult
from .netbackend import make_transport
from .politeness import HostState, Politeness, parse_retry_after
from .robots import ALLOW_ALL, MAX_ROBOTS_BYTES, RobotsCache, RobotsRules, parse_robots
from .urls import on_portal

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "govnews/0.1 (+https://github.com/govnews/govnews; contact: unset)"
ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
ACCEPT_LANGUAGE = "vi-VN,vi;q=0.9,en;q=0.5"

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Error and redirect bodies up to this size are read so the connection can be reused.
_DRAIN_LIMIT = 64 * 1024
_ROBOTS_MAX_REDIRECTS = 5


@dataclass
class FetchPolicy:
    """How to fetch: identity, politeness, timeouts, limits, retries, scope."""

    user_agent: str = DEFAULT_USER_AGENT
    contact: str | None = None  # when set, replaces 'unset' in the UA
    concurrency_per_host: int = 2  # max requests in flight per host
    delay: float = 0.5  # min seconds between request STARTS to one host
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 90.0  # whole request incl. body, per attempt
    max_bytes: int = 20 * 1024 * 1024  # bigger bodies -> FetchError(reason="too-large")
    max_redirects: int = 5
    attempts: int = 4  # total tries per URL for retryable failures
    backoff_initial: float = 0.5
    backoff_max: float = 30.0
    obey_robots: bool = True
    scope_hosts: frozenset[str] | None = None  # redirects elsewhere -> "offsite-redirect"
    verify_tls: bool = True  # False: --insecure, for portals whose certificate is broken

    @property
    def effective_user_agent(self) -> str:
        if self.contact:
            return self.user_agent.replace("unset", self.contact)
        return self.user_agent


class _Target(NamedTuple):
    url: str
    parts: SplitResult
    host: str  # lower-case hostname: the politeness key
    origin: str  # scheme://host[:port]: the robots.txt key


class _Ask(NamedTuple):
    """One request as every retry repeats it."""

    asked: str  # the URL the caller asked for (errors name it)
    target: _Target
    want_body: bool
    max_bytes: int
    truncate: bool
    form: Sequence[tuple[str, str]] | None = None  # POSTed url-encoded when given


@dataclass(slots=True)
class _Hop:
    """One answered request: a 2xx (body read as asked) or a redirect."""

    response: httpx.Response
    content: bytes
    started: float
    finished: float
    fetched_at: str


@functools.cache
def _ssl_context(verify: bool) -> ssl.SSLContext:
    """One SSL context per process: loading the CA bundle costs ~40 ms each time."""
    return httpx.create_ssl_context(verify=verify)


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _secs(value: float) -> str:
    return f"{value:g}s"


def _size(n: int) -> str:
    for unit, factor in (("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= factor:
            return f"{n / factor:.3g} {unit}"
    return f"{n} bytes"


def message_of(err: FetchError) -> str:
    """The message of a FetchError without its ``url: `` prefix."""
    text = str(err)
    prefix = f"{err.url}: "
    return text[len(prefix) :] if text.startswith(prefix) else text


def _header_dict(headers: httpx.Headers) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in headers.multi_items():  # keys come lower-cased
        prev = out.get(key)
        out[key] = value if prev is None else f"{prev}, {value}"
    return out


def _content_length(response: httpx.Response) -> int | None:
    raw = response.headers.get("content-length")
    if raw is None:
        return None
    raw = raw.split(",", 1)[0].strip()  # duplicated headers get joined
    return int(raw) if raw.isdecimal() else None


def _split(asked: str, url: str, *, redirected: bool = False) -> _Target:
    """Check that ``url`` is a usable http(s) URL; FetchError("invalid-url") if not."""
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        host = parts.hostname
        port = parts.port
    except ValueError as exc:
        raise FetchError(asked, "invalid-url", f"invalid URL {url!r}: {exc}") from None
    if scheme not in ("http", "https"):
        what = "redirected to a non-HTTP URL" if redirected else "not an http(s) URL"
        raise FetchError(asked, "invalid-url", f"{what}: {url!r}")
    if not host:
        raise FetchError(asked, "invalid-url", f"URL has no host: {url!r}")
    origin = f"{scheme}://{host}" if port is None else f"{scheme}://{host}:{port}"
    return _Target(url, parts, host, origin)


def _causes(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in seen and len(seen) < 10:
        seen.append(cur)
        cur = cur.__cause__ or cur.__context__
    return seen


def transport_error(url: str, exc: Exception, policy: FetchPolicy, host: str = "") -> FetchError:
    """Map an httpx transport exception to a FetchError with a reason token."""
    if isinstance(exc, httpx.ConnectTimeout):
        return FetchError(
            url,
            "timeout",
            f"connect timed out after {_secs(policy.connect_timeout)}",
            retryable=True,
        )
    if isinstance(exc, httpx.ReadTimeout):
        return FetchError(
            url, "timeout", f"read timed out after {_secs(policy.read_timeout)}", retryable=True
        )
    if isinstance(exc, httpx.TimeoutException):
        return FetchError(url, "timeout", f"timed out ({type(exc).__name__})", retryable=True)
    if isinstance(exc, httpx.ConnectError):
        causes = _causes(exc)
        for cause in causes:
            if isinstance(cause, socket.gaierror):
                temporary = cause.errno == socket.EAI_AGAIN
                return FetchError(
                    url, "dns", f"cannot resolve host {host or '?'}", retryable=temporary
                )
            if isinstance(cause, ssl.SSLCertVerificationError):
                # Common on .gov.vn (self-signed, expired, intermediate missing): say how
                # to go on rather than only that it failed.
                detail = cause.verify_message or cause.reason or "not trusted"
                return FetchError(
                    url,
                    "tls",
                    f"TLS certificate not trusted ({detail}); --insecure skips the check",
                )
            if isinstance(cause, ssl.SSLError | ssl.CertificateError):
                detail = getattr(cause, "reason", None) or type(cause).__name__
                return FetchError(url, "tls", f"TLS handshake failed: {detail}")
            if isinstance(cause, ConnectionRefusedError):
                return FetchError(url, "connect", "connection refused", retryable=True)
        text = str(exc)
        if "getaddrinfo" in text or "Name or service not known" in text:
            return FetchError(url, "dns", f"cannot resolve host {host or '?'}")
        return FetchError(
            url, "connect", f"cannot connect: {text or 'unknown error'}", retryable=True
        )
    if isinstance(exc, httpx.ReadError | httpx.WriteError | httpx.CloseError):
        return FetchError(url, "reset", "connection reset by the server", retryable=True)
    if isinstance(exc, httpx.RemoteProtocolError):
        text = str(exc)
        if "without sending" in text or "disconnected" in text:
            msg = "server closed the connection without a response"
        else:
            msg = f"malformed response: {text}"
        return FetchError(url, "reset", msg, retryable=True)
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return FetchError(url, "invalid-url", f"invalid URL: {exc}")
    if isinstance(exc, httpx.DecodingError):
        return FetchError(url, "decoding", f"cannot decode the compressed body: {exc}")
    if isinstance(exc, httpx.ProxyError):
        return FetchError(url, "connect", f"proxy error: {exc}", retryable=True)
    return FetchError(url, "connect", f"{type(exc).__name__}: {exc}", retryable=True)


def status_error(url: str, response: httpx.Response, retry_after: float | None) -> FetchError:
    status = response.status_code
    try:
        phrase = response.reason_phrase or HTTPStatus(status).phrase
    except ValueError:
        phrase = ""
    message = f"HTTP {status} {phrase}".rstrip()
    if status in _REDIRECT_STATUSES:
        message += " without a Location header"
    retryable = status in (408, 429) or (500 <= status <= 599 and status not in (501, 505))
    return FetchError(
        url,
        f"http-{status}",
        message,
        status=status,
        retryable=retryable,
        retry_after=retry_after,
    )


def _is_retryable(exc: BaseException) -> bool:
    return isinstance(exc, FetchError) and exc.retryable


def _with_attempts(err: FetchError, attempts: int) -> FetchError:
    return FetchError(
        err.url,
        err.reason,
        f"{message_of(err)} ({attempts} attempts)",
        status=err.status,
        retryable=err.retryable,
        retry_after=err.retry_after,
    )


class Fetcher:
    """Polite, robust GET of web pages through one shared connection pool.

    Use as ``async with Fetcher(policy) as f: result = await f.fetch(url)``.
    ``requests`` counts HTTP requests actually sent (retries and robots.txt included).
    """

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.policy = policy = policy or FetchPolicy()
        self.user_agent = policy.effective_user_agent
        self.requests = 0
        self.politeness = Politeness(delay=policy.delay, concurrency=policy.concurrency_per_host)
        self._robots = RobotsCache(self._load_robots)
        self._scope = (
            None if policy.scope_hosts is None else frozenset(h.lower() for h in policy.scope_hosts)
        )
        limits = httpx.Limits(
            max_connections=None, max_keepalive_connections=100, keepalive_expiry=5.0
        )
        # The lean asyncio backend (see scraper.netbackend), unless a test passes its own
        # transport or the environment names a proxy (httpx reads proxies only when it
        # builds the transport itself).
        if transport is None and not urllib.request.getproxies():
            transport = make_transport(limits=limits, verify=_ssl_context(policy.verify_tls))
        self._client = httpx.AsyncClient(
            transport=transport,
            headers={
                "User-Agent": self.user_agent,
                "Accept": ACCEPT,
                "Accept-Language": ACCEPT_LANGUAGE,
            },
            timeout=httpx.Timeout(
                connect=policy.connect_timeout,
                read=policy.read_timeout,
                write=policy.read_timeout,
                pool=policy.total_timeout,
            ),
            limits=limits,
            follow_redirects=False,
            verify=_ssl_context(policy.verify_tls),
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        self._robots.close()
        await self._client.aclose()

    def set_host_policy(
        self, host: str, *, delay: float | None = None, concurrency: int | None = None
    ) -> None:
        """Per-site overrides (from a sites file). ``host`` may also be a URL."""
        key = (urlsplit(host).hostname if "://" in host else host.split(":", 1)[0]) or host
        self.politeness.configure(key.lower(), delay=delay, concurrency=concurrency)

    async def robots(self, url: str) -> RobotsRules:
        """The robots.txt rules for ``url``'s origin (loaded once; sitemaps, crawl-delay)."""
        return await self._robots.get(_split(url, url).origin)

    async def fetch(
        self,
        url: str,
        *,
        want_body: bool = True,
        form: Sequence[tuple[str, str]] | None = None,
    ) -> FetchResult:
        """GET ``url`` politely; a 2xx FetchResult or FetchError (see module doc).

        With ``form``, POST it url-encoded instead (an ASP.NET postback); a redirect
        after the POST is followed with a GET, as browsers do.
        """
        p = self.policy
        return await self._fetch(
            url,
            form=form,
            want_body=want_body,
            max_bytes=p.max_bytes,
            truncate=False,
            obey_robots=p.obey_robots,
            scope=self._scope,
            max_redirects=p.max_redirects,
        )

    # -- internals ---------------------------------------------------------------------

    async def _fetch(
        self,
        url: str,
        *,
        want_body: bool,
        max_bytes: int,
        truncate: bool,
        obey_robots: bool,
        scope: frozenset[str] | None,
        max_redirects: int,
        form: Sequence[tuple[str, str]] | None = None,
    ) -> FetchResult:
        target = _split(url, url)
        visited = {url}
        redirects = 0
        while True:
            if obey_robots:
                await self._check_robots(url, target)
            hop = await self._request(_Ask(url, target, want_body, max_bytes, truncate, form))
            response = hop.response
            if response.status_code not in _REDIRECT_STATUSES:
                break
            form = None  # POST, redirect, GET
            location = response.headers["location"].strip()
            nxt = _split(url, urljoin(target.url, location).split("#", 1)[0], redirected=True)
            redirects += 1
            if nxt.url in visited and "set-cookie" not in response.headers:
                # A redirect to itself that sets a cookie is the ASP.NET session dance.
                raise FetchError(url, "redirect-loop", f"redirect loop at {nxt.url}")
            if redirects > max_redirects:
                raise FetchError(url, "too-many-redirects", f"more than {max_redirects} redirects")
            if scope is not None and not on_portal(nxt.host, scope):
                raise FetchError(url, "offsite-redirect", f"redirected off-site to {nxt.url}")
            visited.add(nxt.url)
            target = nxt
        return FetchResult(
            url=url,
            final_url=target.url,
            status=response.status_code,
            headers=_header_dict(response.headers),
            content=hop.content,
            fetched_at=hop.fetched_at,
            elapsed=hop.finished - hop.started,
            http_version=response.http_version,
            request_headers=_header_dict(response.request.headers),
            request_body=response.request.content if response.request.method == "POST" else None,
        )

    async def _check_robots(self, asked: str, target: _Target) -> None:
        rules = self._robots.cached(target.origin)
        if rules is None:
            rules = await self._robots.get(target.origin)
        parts = target.parts
        path = parts.path or "/"
        if parts.query:
            path = f"{path}?{parts.query}"
        if not rules.allowed(path):
            if rules.failure is not None:
                raise FetchError(
                    asked, rules.failure_reason, rules.failure, retryable=rules.failure_retryable
                )
            raise FetchError(asked, "robots", "disallowed by robots.txt")

    async def _load_robots(self, origin: str) -> RobotsRules:
        url = origin + "/robots.txt"
        try:
            result = await self._fetch(
                url,
                want_body=True,
                max_bytes=MAX_ROBOTS_BYTES,
                truncate=True,
                obey_robots=False,
                scope=None,  # RFC 9309: follow robots.txt redirects, even off-site
                max_redirects=_ROBOTS_MAX_REDIRECTS,
            )
        except FetchError as err:
            status = err.status
            if status is not None and 400 <= status < 500 and status not in (408, 429):
                return ALLOW_ALL  # RFC 9309: "unavailable" means no restrictions
            if err.reason in ("redirect-loop", "too-many-redirects", "invalid-url"):
                return ALLOW_ALL
            if status is not None:  # 5xx, 429: RFC 9309 says assume complete disallow
                return RobotsRules.unavailable(
                    f"robots.txt answered {message_of(err)}; site treated as disallowed"
                )
            return RobotsRules.unavailable(
                f"cannot fetch robots.txt: {message_of(err)}", err.reason, retryable=err.retryable
            )
        rules = parse_robots(result.content.decode("utf-8", "replace"), self.user_agent)
        if rules.crawl_delay:
            self.politeness.set_min_delay(_split(url, url).host, rules.crawl_delay)
        return rules

    async def _request(self, ask: _Ask) -> _Hop:
        attempts = max(1, self.policy.attempts)
        # First try outside tenacity: building its machinery costs ~80 us per call on
        # a slow core, and nearly every request succeeds first time.
        try:
            return await self._attempt(ask)
        except FetchError as err:
            if not err.retryable or attempts == 1:
                raise
            self._log_retry_error(1, err)
            await asyncio.sleep(self._backoff(1))
        retrying = AsyncRetrying(
            stop=stop_after_attempt(attempts - 1),
            wait=lambda state: self._backoff(state.attempt_number + 1),
            retry=retry_if_exception(_is_retryable),
            before_sleep=lambda state: self._log_retry_error(
                state.attempt_number + 1, state.outcome.exception() if state.outcome else None
            ),
            reraise=True,
        )
        tries = 1
        try:
            async for attempt in retrying:
                with attempt:
                    tries += 1
                    return await self._attempt(ask)
        except FetchError as err:
            if err.retryable:
                raise _with_attempts(err, tries) from None
            raise
        raise AssertionError("tenacity stopped without an outcome")  # pragma: no cover

    def _backoff(self, failures: int) -> float:
        """Seconds to wait after the ``failures``-th failed attempt."""
        p = self.policy
        cap = min(p.backoff_max, p.backoff_initial * 2 ** (failures - 1))
        # "Equal jitter": never retry at once, never all clients in lock-step.
        return cap / 2 + random.random() * cap / 2

    @staticmethod
    def _log_retry_error(failures: int, err: BaseException | None) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug("attempt %d failed, retrying: %s", failures, err)

    async def _attempt(self, ask: _Ask) -> _Hop:
        polite = self.politeness
        st = await polite.acquire(ask.target.host)
        try:
            async with asyncio.timeout(self.policy.total_timeout):
                return await self._exchange(st, ask)
        except TimeoutError:
            polite.record_timeout(st)
            raise FetchError(
                ask.asked,
                "timeout",
                f"no complete response within {_secs(self.policy.total_timeout)}",
                retryable=True,
            ) from None
        finally:
            polite.release(st)

    async def _exchange(self, st: HostState, ask: _Ask) -> _Hop:
        asked, target, form = ask.asked, ask.target, ask.form
        client = self._client
        polite = self.politeness
        try:
            if form is None:
                request = client.build_request("GET", target.url)
            else:
                request = client.build_request(
                    "POST",
                    target.url,
                    content=urlencode(form).encode("ascii"),
                    headers={"content-type": "application/x-www-form-urlencoded"},
                )
        except (httpx.InvalidURL, httpx.UnsupportedProtocol, ValueError) as exc:
            raise FetchError(asked, "invalid-url", f"invalid URL {target.url!r}: {exc}") from None
        self.requests += 1
        started = time.monotonic()
        try:
            response = await client.send(request, stream=True)
        except httpx.HTTPError as exc:
            if isinstance(exc, httpx.TimeoutException):
                polite.record_timeout(st)
            raise transport_error(asked, exc, self.policy, target.host) from None
        try:
            latency = time.monotonic() - started
            fetched_at = _now_iso()
            status = response.status_code
            if 200 <= status < 300:
                polite.record_response(st, status, latency)
                content = b""
                if ask.want_body:
                    content = await self._read_body(
                        st, asked, response, ask.max_bytes, ask.truncate
                    )
                return _Hop(response, content, started, time.monotonic(), fetched_at)
            retry_after = None
            if status == 429 or status >= 500:
                retry_after = parse_retry_after(response.headers.get("retry-after"))
            polite.record_response(st, status, latency, retry_after)
            await self._drain(response)
            if status in _REDIRECT_STATUSES and response.headers.get("location", "").strip():
                return _Hop(response, b"", started, time.monotonic(), fetched_at)
            raise status_error(asked, response, retry_after)
        finally:
            await response.aclose()

    async def _read_body(
        self,
        st: HostState,
        asked: str,
        response: httpx.Response,
        max_bytes: int,
        truncate: bool,
    ) -> bytes:
        expected = _content_length(response)
        if expected is not None and expected > max_bytes and not truncate:
            raise FetchError(
                asked,
                "too-large",
                f"body of {_size(expected)} is over the {_size(max_bytes)} limit",
            )
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    if truncate:
                        chunks.append(chunk[: len(chunk) - (size - max_bytes)])
                        return b"".join(chunks)
                    raise FetchError(
                        asked, "too-large", f"body is over the {_size(max_bytes)} limit"
                    )
                chunks.append(chunk)
        except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
            got = response.num_bytes_downloaded
            if expected is not None:
                msg = f"body truncated: received {got} of {expected} bytes"
            else:
                msg = f"connection closed mid-body after {got} bytes ({type(exc).__name__})"
            raise FetchError(asked, "truncated", msg, retryable=True) from None
        except httpx.HTTPError as exc:
            if isinstance(exc, httpx.TimeoutException):
                self.politeness.record_timeout(st)
            raise transport_error(asked, exc, self.policy) from None
        got = response.num_bytes_downloaded
        if expected is not None and got < expected:
            msg = f"body truncated: received {got} of {expected} bytes"
            raise FetchError(asked, "truncated", msg, retryable=True)
        return b"".join(chunks)

    @staticmethod
    async def _drain(response: httpx.Response) -> None:
        """Read a small error/redirect body so the keep-alive connection survives."""
        length = _content_length(response)
        if length is not None and length <= _DRAIN_LIMIT:
            with contextlib.suppress(httpx.HTTPError):  # the status already says it all
                await response.aread()
