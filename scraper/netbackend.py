"""A lean asyncio-native network backend for httpcore, and an httpx transport using it.

Why: httpx's default backend goes through anyio, which costs CPU on every request.
httpcore's pool asks every pooled connection ``has_expired()`` for every request,
and for an idle HTTP/1.1 connection that calls
``get_extra_info("is_readable")``: anyio builds a dict of lambdas and httpcore
issues a ``poll()`` syscall, per connection, per request. Every read and write
also opens an ``anyio.fail_after`` cancel scope, and every read yields to the
loop even when data is already there. ``python bench/netbackend.py`` measures the
difference (CPU ms per page, same process, same portal).

This backend is an :class:`asyncio.Protocol` feeding a small buffer of chunks:

- reads take buffered bytes without a syscall and only create a future (plus one
  ``call_later`` timer when a timeout is set) when they must wait;
- ``is_readable`` is answered from that state (bytes buffered, EOF, or closed),
  so the pool still discards keep-alive connections the server has closed;
- flow control both ways: reading pauses when too much is buffered and resumes as
  the consumer drains it; writes wait for ``resume_writing`` when the transport's
  buffer is over its high-water mark;
- failures map to httpcore's exceptions (ConnectError, ConnectTimeout, ReadError,
  ReadTimeout, WriteError, WriteTimeout) raised ``from`` the original OSError, so
  ``socket.gaierror``, ``ConnectionRefusedError`` and ``ssl.SSLError`` stay in the
  cause chain that :func:`scraper.fetch.transport_error` walks.

It is asyncio-only (govnews runs on ``asyncio.run``). Use :func:`make_transport`
to get an ``httpx.AsyncHTTPTransport`` whose pool runs on it.

:class:`FairConnectionPool` fixes a scheduling flaw of httpcore's pool (1.0.x) that
this backend makes more frequent: the pool hands an idle HTTP/1.1 connection to
every queued request in the same pass, and to each new request, until one of them
marks it busy; the others get ``ConnectionNotAvailable`` and go round again. A
request can lose that race over and over (seen: 0.5-3.7 s with either backend,
8 concurrent requests on loopback), which also trips govnews' adaptive politeness.
The fair pool never hands out a connection already promised to another request.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
from collections import deque
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

__all__ = ["AsyncioBackend", "AsyncioStream", "FairConnectionPool", "make_transport"]

SocketOption = (
    tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]
)

# Reading pauses past this many buffered bytes and resumes below a quarter of it.
# httpcore reads 64 KiB at a time and asyncio receives up to 256 KiB per recv().
DEFAULT_READ_HIGH_WATER = 1024 * 1024
# Same stagger between address attempts as anyio's connect_tcp (RFC 6555).
HAPPY_EYEBALLS_DELAY = 0.25


def _caused(exc: Exception, cause: BaseException | None) -> Exception:
    """``exc`` with ``cause`` as both cause and context: httpcore's pool re-raises with
    ``raise exc from None``, which drops ``__cause__`` but keeps ``__context__``."""
    exc.__cause__ = cause
    exc.__context__ = cause
    return exc


def _expire(waiter: asyncio.Future[bool]) -> None:
    if not waiter.done():
        waiter.set_result(False)


class _Protocol(asyncio.Protocol):
    """Connection state shared by a plain stream and the TLS stream that replaces it."""

    __slots__ = (
        "transport",
        "chunks",
        "offset",
        "size",
        "high_water",
        "low_water",
        "eof",
        "lost",
        "error",
        "closed_locally",
        "reading_paused",
        "writing_paused",
        "read_waiter",
        "drain_waiter",
    )

    def __init__(self, high_water: int) -> None:
        self.transport: asyncio.Transport | None = None
        self.chunks: deque[bytes] = deque()
        self.offset = 0  # bytes of chunks[0] already handed out
        self.size = 0  # bytes buffered and not yet handed out
        self.high_water = high_water
        self.low_water = high_water // 4
        self.eof = False  # the peer finished sending (FIN or TLS close_notify)
        self.lost = False  # connection_lost was called
        self.error: BaseException | None = None  # why it was lost, if abnormally
        self.closed_locally = False  # aclose() was called
        self.reading_paused = False
        self.writing_paused = False
        self.read_waiter: asyncio.Future[bool] | None = None
        self.drain_waiter: asyncio.Future[bool] | None = None

    # -- asyncio.Protocol callbacks ---------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.chunks.append(data)
        self.size += len(data)
        if self.size > self.high_water and not self.reading_paused:
            self.reading_paused = True
            self.transport.pause_reading()  # type: ignore[union-attr]
        self.wake_reader()

    def eof_received(self) -> bool:
        self.eof = True
        self.wake_reader()
        return False  # let the transport close itself; HTTP/1.1 never half-closes

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        self.error = exc
        self.wake_reader()
        waiter = self.drain_waiter
        if waiter is not None:
            self.drain_waiter = None
            if not waiter.done():
                waiter.set_result(True)

    def pause_writing(self) -> None:
        self.writing_paused = True

    def resume_writing(self) -> None:
        self.writing_paused = False
        waiter = self.drain_waiter
        if waiter is not None:
            self.drain_waiter = None
            if not waiter.done():
                waiter.set_result(True)

    # -- helpers for the stream ---------------------------------------------------------

    def wake_reader(self) -> None:
        waiter = self.read_waiter
        if waiter is not None:
            self.read_waiter = None
            if not waiter.done():
                waiter.set_result(True)

    def take(self, max_bytes: int) -> bytes:
        """Up to ``max_bytes`` buffered bytes (at least one chunk's worth is buffered)."""
        chunks = self.chunks
        first = chunks[0]
        start = self.offset
        end = start + max_bytes
        n = len(first)
        if end < n:  # part of a big chunk
            data = first[start:end]
            self.offset = end
        elif start:  # the rest of a partly read chunk
            data = first[start:]
            chunks.popleft()
            self.offset = 0
        elif n == max_bytes or len(chunks) == 1 or n + len(chunks[1]) > max_bytes:
            data = chunks.popleft()  # a whole chunk, no copy
        else:  # several small chunks: hand them out together
            parts = [chunks.popleft()]
            total = n
            while chunks and total + len(chunks[0]) <= max_bytes:
                total += len(chunks[0])
                parts.append(chunks.popleft())
            data = b"".join(parts)
        self.size -= len(data)
        if self.reading_paused and self.size <= self.low_water and not self.lost:
            self.reading_paused = False
            self.transport.resume_reading()  # type: ignore[union-attr]
        return data


class AsyncioStream(httpcore.AsyncNetworkStream):
    """One TCP (or TLS, or Unix socket) connection, as httpcore's connections use it."""

    __slots__ = ("_transport", "_protocol", "_loop")

    def __init__(
        self,
        transport: asyncio.Transport,
        protocol: _Protocol,
        loop: asyncio.AbstractEventLoop,
    ) -> None:
        self._transport = transport
        self._protocol = protocol
        self._loop = loop

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        p = self._protocol
        if p.size:
            return p.take(max_bytes)
        while not (p.size or p.eof or p.lost or p.closed_locally):
            waiter: asyncio.Future[bool] = self._loop.create_future()
            p.read_waiter = waiter
            if timeout is None:
                try:
                    await waiter
                finally:
                    p.read_waiter = None
                continue
            # A plain timer on the future: no cancel scope, no task cancellation.
            timer = self._loop.call_later(timeout, _expire, waiter)
            try:
                woken = await waiter
            finally:
                timer.cancel()
                p.read_waiter = None
            if not woken:
                raise httpcore.ReadTimeout(f"no data received within {timeout:g}s")
        if p.size:
            return p.take(max_bytes)
        if p.closed_locally:
            raise httpcore.ReadError("read from a closed connection")
        if p.error is not None and not p.eof:
            raise _caused(httpcore.ReadError(str(p.error) or type(p.error).__name__), p.error)
        return b""

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        p = self._protocol
        transport = self._transport
        if p.lost or p.closed_locally or transport.is_closing():
            raise _caused(httpcore.WriteError("write to a closed connection"), p.error)
        transport.write(buffer)
        if transport.is_closing():  # send() failed at once; asyncio closed the transport
            raise httpcore.WriteError("connection lost while writing")
        if p.writing_paused:
            await self._drain(timeout)

    async def _drain(self, timeout: float | None) -> None:
        p = self._protocol
        while p.writing_paused and not p.lost:
            waiter: asyncio.Future[bool] = self._loop.create_future()
            p.drain_waiter = waiter
            timer = None if timeout is None else self._loop.call_later(timeout, _expire, waiter)
            try:
                woken = await waiter
            finally:
                if timer is not None:
                    timer.cancel()
                p.drain_waiter = None
            if not woken:
                raise httpcore.WriteTimeout(f"could not send within {timeout:g}s")
        if p.lost:
            raise _caused(httpcore.WriteError("connection lost while writing"), p.error)

    async def aclose(self) -> None:
        p = self._protocol
        if p.closed_locally:
            return
        p.closed_locally = True
        p.wake_reader()
        # abort(), not close(): like closing the socket in httpcore's anyio backend.
        # close() would keep the socket open until a stuck write buffer drained, and
        # on TLS would wait (up to 30 s) for the peer's close_notify.
        self._transport.abort()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> AsyncioStream:
        try:
            async with asyncio.timeout(timeout):  # once per connection: cost is irrelevant
                tls_transport = await self._loop.start_tls(
                    self._transport, self._protocol, ssl_context, server_hostname=server_hostname
                )
        except TimeoutError as exc:  # before OSError: TimeoutError is one
            self._transport.abort()
            raise httpcore.ConnectTimeout(f"TLS handshake timed out after {timeout}s") from exc
        except (OSError, ssl.SSLError, EOFError) as exc:
            self._transport.abort()
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        if tls_transport is None:  # the connection closed during the handshake
            self._transport.abort()
            raise httpcore.ConnectError("connection closed during the TLS handshake")
        self._protocol.transport = tls_transport
        return AsyncioStream(tls_transport, self._protocol, self._loop)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            # Asked for each idle pooled connection on every request: no syscall here.
            # An idle HTTP/1.1 connection with bytes, EOF or a close pending is dead.
            p = self._protocol
            return bool(p.size or p.eof or p.lost or p.closed_locally)
        if info == "ssl_object":
            return self._transport.get_extra_info("ssl_object")
        if info == "socket":
            # asyncio hands out a TransportSocket: a socket look-alike without I/O.
            return self._transport.get_extra_info("socket")
        if info == "client_addr":
            return _address(self._transport.get_extra_info("sockname"))
        if info == "server_addr":
            return _address(self._transport.get_extra_info("peername"))
        return None


def _address(addr: Any) -> Any:
    """(host, port) as anyio reports it: IPv6 flowinfo/scope dropped unless scoped."""
    if isinstance(addr, tuple) and len(addr) == 4:
        host, port, _flow, scope = addr
        return (f"{host}%{scope}" if scope else host, port)
    return addr


def _family_of(address: str) -> int:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return socket.AF_UNSPEC
    return socket.AF_INET6 if ip.version == 6 else socket.AF_INET


def _apply_socket_options(
    transport: asyncio.Transport, socket_options: Iterable[SocketOption] | None
) -> None:
    if not socket_options:
        return
    sock = transport.get_extra_info("socket")
    try:
        for option in socket_options:
            sock.setsockopt(*option)
    except OSError as exc:
        transport.abort()
        raise httpcore.ConnectError(f"cannot set socket option: {exc}") from exc


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """httpcore network backend on plain asyncio transports and protocols."""

    def __init__(self, *, read_high_water: int = DEFAULT_READ_HIGH_WATER) -> None:
        if read_high_water < 1:
            raise ValueError(f"read_high_water must be positive, got {read_high_water}")
        self.read_high_water = read_high_water

    def _protocol(self) -> _Protocol:
        return _Protocol(self.read_high_water)

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> AsyncioStream:
        loop = asyncio.get_running_loop()
        family = socket.AF_UNSPEC
        local_addr = None
        if local_address:
            # httpcore: local_address="0.0.0.0" / "::" also picks the address family.
            family = _family_of(local_address)
            local_addr = (local_address, 0)
        try:
            async with asyncio.timeout(timeout):
                transport, protocol = await loop.create_connection(
                    self._protocol,
                    host,
                    port,
                    family=family,
                    local_addr=local_addr,
                    happy_eyeballs_delay=HAPPY_EYEBALLS_DELAY,
                )
        except TimeoutError as exc:  # before OSError: TimeoutError is one
            raise httpcore.ConnectTimeout(f"connect timed out after {timeout}s") from exc
        except OSError as exc:  # refused, unreachable, gaierror (DNS), ...
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        _apply_socket_options(transport, socket_options)
        return AsyncioStream(transport, protocol, loop)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> AsyncioStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport, protocol = await loop.create_unix_connection(self._protocol, path)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(f"connect timed out after {timeout}s") from exc
        except OSError as exc:
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        _apply_socket_options(transport, socket_options)
        return AsyncioStream(transport, protocol, loop)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class FairConnectionPool(httpcore.AsyncConnectionPool):
    """httpcore's pool, except that an idle connection promised to one request is not
    handed to another (nor closed to make room) until that request has started.

    Overrides the private ``_assign_requests_to_connections`` of httpcore 1.0.x, same
    logic otherwise; :func:`make_transport` only uses it where that method exists.
    """

    def _assign_requests_to_connections(self) -> list[Any]:
        if self._http2:  # one HTTP/2 connection may serve several requests at once
            return super()._assign_requests_to_connections()
        # Connections some request already holds: busy, or idle but promised to it.
        claimed = {id(r.connection) for r in self._requests if r.connection is not None}
        closing: list[Any] = []
        for connection in list(self._connections):
            if connection.is_closed():
                self._connections.remove(connection)
            elif connection.has_expired() or (
                connection.is_idle()
                and id(connection) not in claimed
                # (sic) httpcore compares the count of ALL connections here; kept as is.
                and len(self._connections) > self._max_keepalive_connections
            ):
                self._connections.remove(connection)
                closing.append(connection)

        for pool_request in [r for r in self._requests if r.is_queued()]:
            origin = pool_request.request.url.origin
            available = idle = None
            for connection in self._connections:
                if id(connection) in claimed:
                    continue
                if (
                    available is None
                    and connection.can_handle_request(origin)
                    and connection.is_available()
                ):
                    available = connection
                if idle is None and connection.is_idle():
                    idle = connection
            if available is None:
                if len(self._connections) >= self._max_connections:
                    if idle is None:
                        continue  # stays queued until a connection frees up
                    self._connections.remove(idle)
                    closing.append(idle)
                available = self.create_connection(origin)
                self._connections.append(available)
            pool_request.assign_to_connection(available)
            claimed.add(id(available))
        return closing


def _fair_pool_usable() -> bool:
    """The override relies on httpcore 1.0.x pool internals; check they are there."""
    pool_cls = httpcore.AsyncConnectionPool
    return (
        httpcore.__version__.startswith("1.0.")
        and callable(getattr(pool_cls, "_assign_requests_to_connections", None))
        and callable(getattr(pool_cls, "create_connection", None))
    )


def make_transport(
    *,
    limits: httpx.Limits,
    verify: ssl.SSLContext | bool,
    http2: bool = False,
    backend: httpcore.AsyncNetworkBackend | None = None,
    fair_pool: bool = True,
) -> httpx.AsyncHTTPTransport:
    """An httpx transport with httpx's own settings whose pool runs on :class:`AsyncioBackend`.

    ``limits``/``verify``/``http2`` mean what they mean to ``httpx.AsyncClient``; retries
    stay 0. ``fair_pool`` uses :class:`FairConnectionPool` (when this httpcore has the
    internals it needs). Pass the transport as ``httpx.AsyncClient(transport=...)``.
    If httpx's internals ever differ from what this expects, the stock transport
    comes back.
    """
    ssl_context = httpx.create_ssl_context(verify=verify)  # an SSLContext comes back as is
    transport = httpx.AsyncHTTPTransport(
        verify=ssl_context, limits=limits, http1=True, http2=http2, retries=0
    )
    # httpx (0.28, 0.29) has no network_backend parameter, so swap the private pool
    # for one built with exactly the arguments AsyncHTTPTransport.__init__ passes
    # (no proxy, uds, local_address or socket_options here) plus network_backend.
    # Only when the pool is the plain httpcore pool we expect: a changed httpx keeps
    # its stock (slower, correct) transport instead of breaking.
    if type(getattr(transport, "_pool", None)) is not httpcore.AsyncConnectionPool:
        return transport
    pool_cls = (
        FairConnectionPool if fair_pool and _fair_pool_usable() else (httpcore.AsyncConnectionPool)
    )
    transport._pool = pool_cls(
        ssl_context=ssl_context,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        http1=True,
        http2=http2,
        uds=None,
        local_address=None,
        retries=0,
        socket_options=None,
        network_backend=backend or AsyncioBackend(),
    )
    return transport
