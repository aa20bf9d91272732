"""The asyncio network backend against real loopback servers: bodies, keep-alive, faults, TLS.

Every server here is real and listens on 127.0.0.1 (pytest-httpserver in a thread,
asyncio servers in the test's own loop, or blocking sockets in a thread where the
test needs to see what the kernel accepted). Nothing mocks httpx or httpcore.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import ipaddress
import socket
import ssl
import struct
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import httpcore
import httpx
import pytest
from pytest_httpserver import HTTPServer

from scraper.fetch import FetchPolicy, _causes, transport_error
from scraper.netbackend import AsyncioBackend, FairConnectionPool, make_transport

LIMITS = httpx.Limits(max_connections=None, max_keepalive_connections=100, keepalive_expiry=5.0)
TIMEOUT = httpx.Timeout(connect=2.0, read=2.0, write=2.0, pool=5.0)
PAGE = (
    "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Tin tức</title></head>"
    "<body><nav>Trang chủ | Tin tức</nav><h1>Phường Bến Nghé họp tổng kết năm 2023</h1>"
    "<p>Ủy ban nhân dân phường đã tổ chức hội nghị tổng kết công tác năm 2023.</p>"
    "<footer>Cổng thông tin điện tử phường Bến Nghé</footer></body></html>"
).encode()


def client(verify: ssl.SSLContext | bool = True, **kwargs: Any) -> httpx.AsyncClient:
    transport = make_transport(limits=LIMITS, verify=verify)
    return httpx.AsyncClient(transport=transport, timeout=kwargs.pop("timeout", TIMEOUT), **kwargs)


def pseudo_random(n: int) -> bytes:
    """n bytes that do not compress or repeat (so a misplaced chunk changes the hash)."""
    out = bytearray()
    block = 0
    while len(out) < n:
        out += hashlib.sha512(block.to_bytes(8, "big")).digest()
        block += 1
    return bytes(out[:n])


def response_head(length: int, extra: str = "") -> bytes:
    return (
        f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {length}\r\n{extra}\r\n"
    ).encode()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- an HTTP/1.1 server in the test's own event loop ---------------------------------------

Respond = Callable[[bytes, asyncio.StreamWriter], Awaitable[bool]]


async def send_page(head: bytes, writer: asyncio.StreamWriter) -> bool:
    writer.write(response_head(len(PAGE)) + PAGE)
    await writer.drain()
    return True  # keep the connection open


class LoopServer:
    """Keep-alive HTTP/1.1 server on 127.0.0.1 counting connections and requests."""

    def __init__(self, respond: Respond = send_page, ssl_context: ssl.SSLContext | None = None):
        self.respond = respond
        self.ssl_context = ssl_context
        self.connections = 0
        self.requests = 0
        self.peers: list[tuple[str, int]] = []
        self._writers: list[asyncio.StreamWriter] = []
        self._tasks: list[asyncio.Task[None]] = []

    async def __aenter__(self) -> LoopServer:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0, ssl=self.ssl_context)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    def url(self, path: str = "/", scheme: str = "http") -> str:
        return f"{scheme}://127.0.0.1:{self.port}{path}"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self.peers.append(writer.get_extra_info("peername")[:2])
        self._writers.append(writer)
        self._tasks.append(asyncio.current_task())  # type: ignore[arg-type]
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                self.requests += 1
                if not await self.respond(head, writer):
                    return
        except asyncio.CancelledError:
            # Stopped by __aexit__: end quietly (3.11's start_server logs a cancelled
            # handler task as an error).
            return
        finally:
            writer.close()

    async def __aexit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        for writer in self._writers:
            writer.transport.abort()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self.server.close()
        await self.server.wait_closed()


# -- success ------------------------------------------------------------------------------


@pytest.fixture
def httpserver() -> Iterator[HTTPServer]:
    server = HTTPServer(host="127.0.0.1", port=0)  # never "localhost": it may be ::1 first
    server.start()
    yield server
    server.clear()
    server.stop()


def test_large_body_arrives_intact(httpserver: HTTPServer) -> None:
    body = pseudo_random(6 * 1024 * 1024 + 123)
    httpserver.expect_request("/tai-lieu/bao-cao.pdf").respond_with_data(
        body, content_type="application/pdf"
    )
    url = httpserver.url_for("/tai-lieu/bao-cao.pdf")

    async def go() -> tuple[list[str], int]:
        digests = []
        async with client() as c:
            r = await c.get(url)
            digests.append(hashlib.sha256(r.content).hexdigest())
            biggest = 0
            async with c.stream("GET", url) as r:  # streamed: many reads, one hash
                h = hashlib.sha256()
                async for chunk in r.aiter_raw():
                    biggest = max(biggest, len(chunk))
                    h.update(chunk)
                digests.append(h.hexdigest())
        return digests, biggest

    digests, biggest = asyncio.run(go())
    assert digests == [hashlib.sha256(body).hexdigest()] * 2
    assert 0 < biggest <= 64 * 1024  # httpcore asks for 64 KiB per read; never more


def test_keep_alive_reuses_one_connection() -> None:
    async def go() -> tuple[LoopServer, list[bytes], Any, Any]:
        async with LoopServer() as srv, client() as c:
            bodies = []
            for i in range(5):
                r = await c.get(srv.url(f"/tin-tuc/{i}"))
                bodies.append(r.content)
            stream = r.extensions["network_stream"]
            return (
                srv,
                bodies,
                stream.get_extra_info("server_addr"),
                stream.get_extra_info("client_addr"),
            )

    srv, bodies, server_addr, client_addr = asyncio.run(go())
    assert bodies == [PAGE] * 5
    assert (srv.connections, srv.requests) == (1, 5)
    assert server_addr == ("127.0.0.1", srv.port)
    assert client_addr == srv.peers[0]


async def close_after_answer(head: bytes, writer: asyncio.StreamWriter) -> bool:
    # Answer as keep-alive, then drop the idle connection, like an IIS idle timeout.
    await send_page(head, writer)
    await asyncio.sleep(0.02)
    return False


def test_server_closing_idle_connection_is_not_reused() -> None:
    async def go() -> tuple[LoopServer, list[bytes], bool]:
        async with LoopServer(close_after_answer) as srv, client() as c:
            r = await c.get(srv.url("/tin-tuc/1"))
            await asyncio.sleep(0.15)  # the server has closed its end by now
            dead = r.extensions["network_stream"].get_extra_info("is_readable")
            r2 = await c.get(srv.url("/tin-tuc/2"))
            return srv, [r.content, r2.content], dead

    srv, bodies, dead = asyncio.run(go())
    assert dead is True
    assert bodies == [PAGE, PAGE]
    assert (srv.connections, srv.requests) == (2, 2)


# -- connect failures -------------------------------------------------------------------


def test_connection_refused_keeps_its_cause() -> None:
    port = free_port()  # nobody listens there any more

    async def go() -> httpx.ConnectError:
        async with client() as c:
            with pytest.raises(httpx.ConnectError) as info:
                await c.get(f"http://127.0.0.1:{port}/")
            return info.value

    exc = asyncio.run(go())
    assert any(isinstance(c, ConnectionRefusedError) for c in _causes(exc))
    err = transport_error("http://x/", exc, FetchPolicy())
    assert (err.reason, str(err)) == ("connect", "http://x/: connection refused")


def test_dns_failure_keeps_gaierror(monkeypatch: pytest.MonkeyPatch) -> None:
    # Resolving a real name would leave the machine: the loop's resolver fails instead.
    async def no_such_host(*args: Any, **kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    async def go() -> httpx.ConnectError:
        monkeypatch.setattr(asyncio.get_running_loop(), "getaddrinfo", no_such_host)
        async with client() as c:
            with pytest.raises(httpx.ConnectError) as info:
                await c.get("http://xa-khong-ton-tai.gov.vn/")
            return info.value

    exc = asyncio.run(go())
    err = transport_error("http://xa-khong-ton-tai.gov.vn/", exc, FetchPolicy(), "xa.gov.vn")
    assert (err.reason, err.retryable) == ("dns", False)


def test_connect_timeout_when_the_backlog_is_full() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)  # never accepts: once the queue is full, SYNs are dropped
    port = listener.getsockname()[1]
    fillers = []
    try:
        for _ in range(4):
            s = socket.socket()
            s.setblocking(False)
            s.connect_ex(("127.0.0.1", port))
            fillers.append(s)
        time.sleep(0.05)
        probe = socket.socket()
        probe.settimeout(0.2)
        try:
            probe.connect(("127.0.0.1", port))
            pytest.skip("this kernel accepts connections past a full backlog")
        except TimeoutError:
            pass
        finally:
            probe.close()

        async def go() -> float:
            timeout = httpx.Timeout(2.0, connect=0.3)
            async with client(timeout=timeout) as c:
                t0 = time.monotonic()
                with pytest.raises(httpx.ConnectTimeout):
                    await c.get(f"http://127.0.0.1:{port}/")
                return time.monotonic() - t0

        elapsed = asyncio.run(go())
        assert 0.25 < elapsed < 2.0
    finally:
        for s in fillers:
            s.close()
        listener.close()


# -- read failures ------------------------------------------------------------------------


async def never_answer(head: bytes, writer: asyncio.StreamWriter) -> bool:
    await asyncio.sleep(30)
    return False


def test_read_timeout() -> None:
    async def go() -> float:
        timeout = httpx.Timeout(5.0, read=0.25)
        async with LoopServer(never_answer) as srv, client(timeout=timeout) as c:
            t0 = time.monotonic()
            with pytest.raises(httpx.ReadTimeout):
                await c.get(srv.url("/cham"))
            return time.monotonic() - t0

    elapsed = asyncio.run(go())
    assert 0.2 < elapsed < 2.0


def half_body(reset: bool) -> Respond:
    async def respond(head: bytes, writer: asyncio.StreamWriter) -> bool:
        body = pseudo_random(400_000)
        writer.write(response_head(len(body)) + body[:150_000])
        await writer.drain()
        await asyncio.sleep(0.05)
        if reset:  # RST instead of FIN
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
        return False

    return respond


@pytest.mark.parametrize(
    ("reset", "expected", "cause"),
    [(False, httpx.RemoteProtocolError, None), (True, httpx.ReadError, ConnectionResetError)],
)
def test_server_closing_mid_body(reset: bool, expected: type, cause: type | None) -> None:
    async def go() -> tuple[BaseException, int]:
        async with LoopServer(half_body(reset)) as srv, client() as c:
            received = 0
            with pytest.raises(httpx.HTTPError) as info:
                async with c.stream("GET", srv.url("/tin-tuc/dai")) as r:
                    async for chunk in r.aiter_raw():
                        received += len(chunk)
            return info.value, received

    exc, received = asyncio.run(go())
    assert isinstance(exc, expected), repr(exc)
    assert received == 150_000  # everything sent before the close is handed out first
    if cause is not None:
        assert any(isinstance(c, cause) for c in _causes(exc))


# -- TLS ----------------------------------------------------------------------------------


def _make_certs(directory: Path) -> tuple[Path, Path, Path]:
    """A CA and a leaf for 127.0.0.1/localhost signed by it: (ca.pem, leaf.pem, key.pem)."""
    x509 = pytest.importorskip(
        "cryptography.x509", reason="needs the 'cryptography' package to make a test cert"
    )
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "govnews test CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .add_extension(x509.ExtendedKeyUsage([x509.OID_SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    paths = directory / "ca.pem", directory / "leaf.pem", directory / "key.pem"
    paths[0].write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return paths


@pytest.fixture
def tls(tmp_path: Path) -> Iterator[tuple[ssl.SSLContext, ssl.SSLContext]]:
    """(server context, client context trusting the test CA)."""
    ca, leaf, key = _make_certs(tmp_path)
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(leaf, key)
    yield server, ssl.create_default_context(cafile=str(ca))


def test_https_get_and_keep_alive(tls: tuple[ssl.SSLContext, ssl.SSLContext]) -> None:
    server_ctx, client_ctx = tls

    async def go() -> tuple[LoopServer, list[bytes], str, bool]:
        async with LoopServer(ssl_context=server_ctx) as srv, client(client_ctx) as c:
            bodies = []
            for i in range(3):
                r = await c.get(srv.url(f"/tin-tuc/{i}", scheme="https"))
                bodies.append(r.content)
            stream = r.extensions["network_stream"]
            ssl_object = stream.get_extra_info("ssl_object")
            return srv, bodies, ssl_object.version(), stream.get_extra_info("is_readable")

    srv, bodies, version, readable = asyncio.run(go())
    assert bodies == [PAGE] * 3
    assert (srv.connections, srv.requests) == (1, 3)
    assert version.startswith("TLS")
    assert readable is False  # idle and healthy: must stay in the pool


def test_https_server_closing_idle_connection(tls: tuple[ssl.SSLContext, ssl.SSLContext]) -> None:
    server_ctx, client_ctx = tls

    async def go() -> tuple[LoopServer, list[bytes]]:
        async with (
            LoopServer(close_after_answer, ssl_context=server_ctx) as srv,
            client(client_ctx) as c,
        ):
            r = await c.get(srv.url("/a", scheme="https"))
            await asyncio.sleep(0.15)
            r2 = await c.get(srv.url("/b", scheme="https"))
            return srv, [r.content, r2.content]

    srv, bodies = asyncio.run(go())
    assert bodies == [PAGE, PAGE]
    assert srv.connections == 2


def test_https_untrusted_certificate_is_a_tls_error(
    tls: tuple[ssl.SSLContext, ssl.SSLContext],
) -> None:
    server_ctx, _ = tls

    async def go() -> httpx.ConnectError:
        async with LoopServer(ssl_context=server_ctx) as srv, client(True) as c:
            with pytest.raises(httpx.ConnectError) as info:
                await c.get(srv.url("/", scheme="https"))
            return info.value

    exc = asyncio.run(go())
    assert any(isinstance(c, ssl.SSLCertVerificationError) for c in _causes(exc))
    assert transport_error("https://x/", exc, FetchPolicy()).reason == "tls"


# -- the stream itself: flow control, EOF, options, unix sockets -------------------------


class StallingSender(threading.Thread):
    """Accepts one connection and sends ``total`` bytes; records how much went out
    before the peer stopped taking data for ``stall`` seconds (None: it never did)."""

    def __init__(self, total: int, stall: float = 0.4) -> None:
        super().__init__(daemon=True)
        self.data = pseudo_random(total)
        self.stall = stall
        self.stalled_at: int | None = None
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 64 * 1024)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(1)
        self.port = self.listener.getsockname()[1]

    def run(self) -> None:
        conn, _ = self.listener.accept()
        with conn, self.listener:
            view = memoryview(self.data)
            sent = 0
            conn.settimeout(self.stall)
            while sent < len(view):
                try:
                    sent += conn.send(view[sent : sent + 65536])
                except TimeoutError:
                    if self.stalled_at is None:
                        self.stalled_at = sent
                    conn.settimeout(5.0)


def test_reading_pauses_when_the_buffer_is_full_and_resumes() -> None:
    total = 8 * 1024 * 1024
    sender = StallingSender(total)
    sender.start()
    small_rcvbuf = [(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)]

    async def go() -> bytes:
        backend = AsyncioBackend(read_high_water=64 * 1024)
        stream = await backend.connect_tcp("127.0.0.1", sender.port, socket_options=small_rcvbuf)
        await asyncio.sleep(0.8)  # a slow consumer: the sender must stall
        parts = []
        while chunk := await stream.read(65536, timeout=5.0):
            parts.append(chunk)
        await stream.aclose()
        return b"".join(parts)

    received = asyncio.run(go())
    sender.join(5)
    assert sender.stalled_at is not None and sender.stalled_at < total // 2
    assert hashlib.sha256(received).digest() == hashlib.sha256(sender.data).digest()


def _silent_listener() -> socket.socket:
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    return listener


def test_write_waits_for_the_peer_and_times_out() -> None:
    listener = _silent_listener()  # accepts (kernel backlog) but never reads
    port = listener.getsockname()[1]

    async def go() -> float:
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", port)
        t0 = time.monotonic()
        with pytest.raises(httpcore.WriteTimeout):
            await stream.write(b"x" * (16 * 1024 * 1024), timeout=0.3)
        elapsed = time.monotonic() - t0
        await stream.aclose()
        return elapsed

    try:
        assert 0.25 < asyncio.run(go()) < 3.0
    finally:
        listener.close()


def test_write_completes_when_the_peer_reads() -> None:
    payload = pseudo_random(4 * 1024 * 1024)
    got = hashlib.sha256()

    async def go() -> None:
        done = asyncio.Event()

        async def sink(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            size = 0
            while size < len(payload):
                chunk = await reader.read(65536)
                if not chunk:
                    break
                got.update(chunk)
                size += len(chunk)
            writer.close()
            done.set()

        server = await asyncio.start_server(sink, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", port)
        await stream.write(payload, timeout=5.0)
        await asyncio.wait_for(done.wait(), 5.0)
        await stream.aclose()
        server.close()
        await server.wait_closed()

    asyncio.run(go())
    assert got.digest() == hashlib.sha256(payload).digest()


def test_eof_then_close_semantics() -> None:
    async def go() -> list[Any]:
        async def hello_bye(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            writer.write("xin chào".encode())
            await writer.drain()
            writer.close()

        server = await asyncio.start_server(hello_bye, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", port)
        seen: list[Any] = [stream.get_extra_info("is_readable")]  # nothing yet (or data)
        seen.append(await stream.read(1024, timeout=2.0))
        seen.append(await stream.read(1024, timeout=2.0))
        seen.append(await stream.read(1024, timeout=2.0))  # still EOF, not an error
        seen.append(stream.get_extra_info("is_readable"))
        await stream.aclose()
        with pytest.raises(httpcore.ReadError):
            await stream.read(1024)
        with pytest.raises(httpcore.WriteError):
            await stream.write(b"GET / HTTP/1.1\r\n\r\n")
        server.close()
        await server.wait_closed()
        return seen

    seen = asyncio.run(go())
    assert seen[1:] == ["xin chào".encode(), b"", b"", True]


def test_socket_options_are_applied() -> None:
    async def go() -> tuple[int, int]:
        accepted: list[asyncio.StreamWriter] = []
        server = await asyncio.start_server(lambda r, w: accepted.append(w), "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        backend = AsyncioBackend()
        plain = await backend.connect_tcp("127.0.0.1", port)
        option = [(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)]
        tuned = await backend.connect_tcp("127.0.0.1", port, socket_options=option)
        values = tuple(
            s.get_extra_info("socket").getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE)
            for s in (plain, tuned)
        )
        for s in (plain, tuned):
            await s.aclose()
        for w in accepted:
            w.close()
        server.close()
        await server.wait_closed()
        return values  # type: ignore[return-value]

    plain, tuned = asyncio.run(go())
    assert plain == 0 and tuned != 0


def test_local_address_is_used() -> None:
    try:
        with socket.socket() as s:
            s.bind(("127.0.0.2", 0))
    except OSError:
        pytest.skip("127.0.0.2 is not a usable loopback address here")

    async def go() -> tuple[LoopServer, bytes]:
        async with LoopServer() as srv:
            pool = httpcore.AsyncConnectionPool(
                local_address="127.0.0.2", network_backend=AsyncioBackend()
            )
            async with pool:
                r = await pool.request("GET", srv.url("/tin-tuc/1"))
            return srv, r.content

    srv, body = asyncio.run(go())
    assert body == PAGE
    assert srv.peers[0][0] == "127.0.0.2"


def test_unix_socket_http(tmp_path: Path) -> None:
    path = str(tmp_path / "portal.sock")

    async def go() -> tuple[int, bytes]:
        connections = 0

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            nonlocal connections
            connections += 1
            while True:
                try:
                    await reader.readuntil(b"\r\n\r\n")
                except asyncio.IncompleteReadError:
                    break
                writer.write(response_head(len(PAGE)) + PAGE)
            writer.close()
            finished.set()

        finished = asyncio.Event()

        server = await asyncio.start_unix_server(handle, path)
        pool = httpcore.AsyncConnectionPool(uds=path, network_backend=AsyncioBackend())
        async with pool:
            bodies = [(await pool.request("GET", "http://phuong.local/")).content for _ in "ab"]
        await asyncio.wait_for(finished.wait(), 2.0)  # the server saw our close
        server.close()
        await server.wait_closed()
        assert bodies == [PAGE, PAGE]
        return connections, bodies[0]

    connections, body = asyncio.run(go())
    assert connections == 1 and body == PAGE


# -- the fair pool -------------------------------------------------------------------------


@pytest.mark.parametrize("pool_cls", [httpcore.AsyncConnectionPool, FairConnectionPool])
def test_an_idle_connection_is_promised_to_one_request_only(pool_cls: type) -> None:
    from httpcore._async.connection_pool import AsyncPoolRequest

    async def go() -> tuple[int, int]:
        async with LoopServer() as srv, pool_cls(network_backend=AsyncioBackend()) as pool:
            await pool.request("GET", srv.url("/"))  # leaves one idle connection
            idle = pool.connections[0]
            # Two requests queued at once, as when several workers ask together.
            queued = [AsyncPoolRequest(httpcore.Request("GET", srv.url(f"/{i}"))) for i in "ab"]
            pool._requests.extend(queued)
            pool._assign_requests_to_connections()
            given = [r.connection for r in queued]
            for r in queued:
                pool._requests.remove(r)
            return sum(c is idle for c in given), len({id(c) for c in given})

    on_idle, distinct = asyncio.run(go())
    if pool_cls is FairConnectionPool:
        assert (on_idle, distinct) == (1, 2)  # the second one gets a new connection
    else:
        assert (on_idle, distinct) == (2, 1)  # httpcore's own pool: both race for it


def test_concurrent_requests_through_a_small_pool() -> None:
    async def go(max_connections: int) -> tuple[LoopServer, list[bytes]]:
        limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=8)
        transport = make_transport(limits=limits, verify=False)
        async with LoopServer() as srv, httpx.AsyncClient(transport=transport) as c:
            queue = [srv.url(f"/tin-tuc/{i}") for i in range(120)]
            bodies: list[bytes] = []

            async def worker() -> None:
                while queue:
                    bodies.append((await c.get(queue.pop())).content)

            await asyncio.wait_for(asyncio.gather(*(worker() for _ in range(8))), 10)
            return srv, bodies

    for max_connections in (1, 3, 8):
        srv, bodies = asyncio.run(go(max_connections))
        assert bodies == [PAGE] * 120
        assert srv.connections <= max_connections  # queued requests waited, none churned


# -- make_transport -------------------------------------------------------------------------


def test_make_transport_uses_the_asyncio_backend() -> None:
    transport = make_transport(limits=LIMITS, verify=False)
    assert isinstance(transport._pool, FairConnectionPool)
    assert isinstance(transport._pool._network_backend, AsyncioBackend)
    plain = make_transport(limits=LIMITS, verify=False, fair_pool=False)
    assert type(plain._pool) is httpcore.AsyncConnectionPool
    assert isinstance(plain._pool._network_backend, AsyncioBackend)


def test_make_transport_falls_back_without_a_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    original_init = httpx.AsyncHTTPTransport.__init__
    stock_pools: list[Any] = []

    def renamed_pool(self: httpx.AsyncHTTPTransport, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        stock_pools.append(self.__dict__.pop("_pool"))
        self._connections = stock_pools[-1]  # a future httpx keeping it elsewhere

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "__init__", renamed_pool)
    transport = make_transport(limits=LIMITS, verify=False)
    assert not hasattr(transport, "_pool")
    assert transport._connections is stock_pools[0]


def test_make_transport_leaves_an_unexpected_pool_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    original_init = httpx.AsyncHTTPTransport.__init__

    class OtherPool(httpcore.AsyncConnectionPool):
        pass

    def other_pool(self: httpx.AsyncHTTPTransport, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        self._pool = OtherPool()

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "__init__", other_pool)
    transport = make_transport(limits=LIMITS, verify=False)
    assert type(transport._pool) is OtherPool


def test_fetcher_uses_the_asyncio_backend_unless_a_proxy_is_configured(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from scraper.fetch import Fetcher

    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    lean = Fetcher()
    assert isinstance(lean._client._transport._pool._network_backend, AsyncioBackend)
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    proxied = Fetcher()  # httpx builds its own transports, so the proxy is honoured
    assert not isinstance(
        getattr(proxied._client._transport._pool, "_network_backend", None), AsyncioBackend
    )
    assert any(
        isinstance(getattr(t, "_pool", None), httpcore.AsyncHTTPProxy)
        for t in proxied._client._mounts.values()
    )
    asyncio.run(lean.aclose())
    asyncio.run(proxied.aclose())
