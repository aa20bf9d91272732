"""Per-host politeness: concurrency limit, spacing of request starts, adaptive slow-down.

Pure asyncio (no HTTP library). The fetcher asks :meth:`Politeness.acquire` before
every request to a host and calls :meth:`Politeness.release` afterwards, reporting
how the host answered with :meth:`Politeness.record_response` or
:meth:`Politeness.record_timeout`. The host's delay then grows when it answers
429/503 or gets slow, decays gently back on fast successes, and a ``Retry-After``
pauses the whole host.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

# Growth factor applied on 429/503/slow answers, and the gentle decay on fast 2xx.
SLOW_DOWN = 2.0
DECAY = 0.95
# A response is "slow" when it took SLOW_FACTOR x the host's running median AND
# more than the floor: loopback medians of 1 ms must not make 5 ms "slow", and a
# busy crawler machine must not mistake its own CPU contention (answers of a few
# hundred ms) for a struggling portal.
SLOW_FACTOR = 2.0
SLOW_FLOOR = 1.0
# Delay used as the starting point when a host with delay 0 must be slowed down.
MIN_BACKOFF_DELAY = 0.25
LATENCY_WINDOW = 21
_EPSILON = 1e-4  # timer wake-up slack when re-checking a reserved start
LATENCY_MIN_SAMPLES = 5


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP-date).

    Returns ``None`` when the header is absent or unreadable, ``0.0`` for dates in
    the past. Fractional seconds are accepted (some servers send them).
    """
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if seconds == seconds else None  # NaN guard
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())


class HostState:
    """Mutable politeness state of one host (exposed read-only for stats)."""

    __slots__ = (
        "host",
        "limit",
        "active",
        "waiters",
        "configured_delay",
        "min_delay",
        "delay",
        "next_start",
        "last_start",
        "not_before",
        "latencies",
        "slowdowns",
        "last_slowdown",
    )

    def __init__(self, host: str, delay: float, limit: int) -> None:
        self.host = host
        self.limit = max(1, limit)
        self.active = 0
        self.waiters: deque[asyncio.Future[None]] = deque()
        self.configured_delay = max(0.0, delay)
        self.min_delay = 0.0  # e.g. robots.txt Crawl-delay
        self.delay = self.configured_delay
        self.next_start = 0.0  # monotonic time the next request may start
        self.last_start = float("-inf")  # when the latest request started
        self.not_before = 0.0  # monotonic time set by Retry-After
        self.latencies: deque[float] = deque(maxlen=LATENCY_WINDOW)
        self.slowdowns = 0
        self.last_slowdown = float("-inf")

    @property
    def base_delay(self) -> float:
        return max(self.configured_delay, self.min_delay)


class Politeness:
    """Politeness state for every host, created lazily on first use."""

    def __init__(
        self,
        delay: float = 0.5,
        concurrency: int = 2,
        *,
        max_delay: float = 30.0,
        max_retry_after: float = 300.0,
        slow_floor: float = SLOW_FLOOR,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.default_delay = delay
        self.default_concurrency = concurrency
        self.max_delay = max_delay
        self.max_retry_after = max_retry_after
        self.slow_floor = slow_floor
        self._clock = clock
        self._hosts: dict[str, HostState] = {}

    def host(self, host: str) -> HostState:
        """The state of ``host`` (created with the defaults when new)."""
        st = self._hosts.get(host)
        if st is None:
            st = self._hosts[host] = HostState(host, self.default_delay, self.default_concurrency)
        return st

    def configure(
        self, host: str, *, delay: float | None = None, concurrency: int | None = None
    ) -> None:
        """Per-host override of the configured delay and/or concurrency."""
        st = self.host(host)
        if delay is not None:
            st.configured_delay = max(0.0, delay)
            st.delay = max(st.delay, st.base_delay) if st.slowdowns else st.base_delay
        if concurrency is not None:
            st.limit = max(1, concurrency)
            self._wake(st)

    def set_min_delay(self, host: str, seconds: float) -> None:
        """Raise the host's floor delay (robots.txt ``Crawl-delay``); never lowers it."""
        st = self.host(host)
        st.min_delay = max(0.0, seconds)
        st.delay = max(st.delay, st.base_delay)

    def current_delay(self, host: str) -> float:
        return self.host(host).delay

    # -- slots -------------------------------------------------------------------------

    async def acquire(self, host: str) -> HostState:
        """Wait for a free slot on ``host`` and for its turn to start a request."""
        st = self.host(host)
        if st.active < st.limit and not st.waiters:
            st.active += 1
        else:
            fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            st.waiters.append(fut)
            try:
                await fut  # release() hands its slot over: active already counts us
            except asyncio.CancelledError:
                if fut.done() and not fut.cancelled():
                    self.release(st)
                else:
                    with suppress(ValueError):
                        st.waiters.remove(fut)
                raise
        try:
            await self._wait_turn(st)
        except BaseException:
            self.release(st)
            raise
        return st

    def release(self, st: HostState) -> None:
        st.active -= 1
        self._wake(st)

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[HostState]:
        st = await self.acquire(host)
        try:
            yield st
        finally:
            self.release(st)

    def _wake(self, st: HostState) -> None:
        while st.waiters and st.active < st.limit:
            fut = st.waiters.popleft()
            if not fut.done():
                st.active += 1
                fut.set_result(None)

    async def _wait_turn(self, st: HostState) -> None:
        clock = self._clock
        now = clock()
        # Reserve a start time before sleeping so concurrent waiters queue up behind
        # each other instead of all waking at the same instant.
        start = max(now, st.next_start, st.not_before, st.last_start + st.delay)
        st.next_start = start + st.delay
        while start > now:
            await asyncio.sleep(start - now)
            now = clock()
            # The rule itself, re-checked on waking: the delay may have grown
            # (429/503, Crawl-delay) or a Retry-After come in while we slept.
            start = max(now, st.not_before - _EPSILON, st.last_start + st.delay - _EPSILON)
        st.last_start = now
        # A request that leaves late (busy loop, new connection) pushes the next one
        # back too: the gap is measured from real starts, not from reservations.
        st.next_start = max(st.next_start, now + st.delay)

    # -- feedback ----------------------------------------------------------------------

    def record_response(
        self, st: HostState, status: int, latency: float, retry_after: float | None = None
    ) -> None:
        """Adapt the host's pace to one answer (``latency``: seconds to headers)."""
        if retry_after is not None and (status == 429 or status >= 500):
            until = self._clock() + min(retry_after, self.max_retry_after)
            if until > st.not_before:
                st.not_before = until
        lat = st.latencies
        slow = False
        if len(lat) >= LATENCY_MIN_SAMPLES and latency > self.slow_floor:
            median = sorted(lat)[len(lat) // 2]
            slow = latency > SLOW_FACTOR * median
        lat.append(latency)
        if status == 429 or status == 503:
            self._slow_down(st)
        elif slow:
            self._slow_down(st, windowed=True)
        elif 200 <= status < 300 and st.delay > st.base_delay:
            st.delay = max(st.base_delay, st.delay * DECAY)

    def record_timeout(self, st: HostState) -> None:
        """A request to the host timed out: the slowest possible answer."""
        self._slow_down(st)

    def _slow_down(self, st: HostState, *, windowed: bool = False) -> None:
        if windowed:
            # One latency slow-down per window: the requests in flight when a host (or
            # our own event loop) stalls all answer late together, and must not double
            # the delay once each.
            now = self._clock()
            if now - st.last_slowdown < max(st.delay, 1.0):
                return
            st.last_slowdown = now
        cap = max(self.max_delay, st.base_delay)
        st.delay = min(cap, max(st.delay * SLOW_DOWN, MIN_BACKOFF_DELAY, st.base_delay))
        st.slowdowns += 1
