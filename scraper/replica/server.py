"""Loopback HTTP/1.1 server for replica portals (asyncio, keep-alive, request log, faults).

``PortalServer`` runs an asyncio event loop in a background thread and serves one or
more :class:`~scraper.replica.portal.Portal` objects, each under its own path prefix
when several share the host. Rendered pages are kept in a bounded LRU keyed on the
portal's version, so mutations show up on the next request.

Run in its own process (for benchmarks)::

    python -m scraper.replica.server --articles 20000 --portals 2 --port 0

prints the listing URL(s) on its first stdout line and serves until killed.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import hashlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from email.utils import formatdate
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from ..errors import UsageError
from .content import phrases
from .portal import Portal, Resource, Route, robots_txt

_REASONS = {
    200: "OK",
    206: "Partial Content",
    301: "Moved Permanently",
    302: "Found",
    304: "Not Modified",
    400: "Bad Request",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    410: "Gone",
    413: "Payload Too Large",
    429: "Too Many Requests",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}
_MAX_HEAD = 64 * 1024
_MAX_BODY = 1024 * 1024
_IDLE_TIMEOUT = 60.0


@dataclass(slots=True)
class Request:
    """One parsed request as a handler sees it (header names lower-cased)."""

    method: str
    target: str  # path and query as sent
    path: str
    query: str
    headers: dict[str, str]
    body: bytes
    client: tuple[str, int]
    version: str = "HTTP/1.1"


@dataclass(slots=True)
class Response:
    """What a handler returns. Setting a Content-Length header that does not match the
    body, or ``close=True``, makes the server close the connection after writing (a way
    to simulate truncated bodies). ``delay`` seconds pass before anything is sent."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = "text/html; charset=utf-8"
    delay: float = 0.0
    close: bool = False


Handler = Callable[[Request], "Response | None"]


@dataclass(slots=True)
class Faults:
    """Failure injection for tests.

    flaky: the first ``flaky`` requests of each distinct target answer ``flaky_status``
        (with ``Retry-After: retry_after`` when set), later ones are served normally.
    slow: seconds added before every response.
    paths: only targets starting with one of these prefixes are affected (empty = all).
    """

    flaky: int = 0
    flaky_status: int = 503
    retry_after: int | None = None
    slow: float = 0.0
    paths: tuple[str, ...] = ()

    def applies(self, target: str) -> bool:
        return not self.paths or target.startswith(self.paths)


class _Cache:
    """Bounded LRU of rendered resources, by total body size."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self.items: OrderedDict[tuple, Resource] = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key: tuple) -> Resource | None:
        res = self.items.get(key)
        if res is None:
            self.misses += 1
            return None
        self.hits += 1
        self.items.move_to_end(key)
        return res

    def put(self, key: tuple, res: Resource) -> None:
        if len(res.body) > self.max_bytes:
            return
        old = self.items.pop(key, None)
        if old is not None:
            self.size -= len(old.body)
        self.items[key] = res
        self.size += len(res.body)
        while self.size > self.max_bytes:
            _, dropped = self.items.popitem(last=False)
            self.size -= len(dropped.body)


class PortalServer:
    """Serve portals on loopback. Use as a context manager or call start()/stop().

    ``portals``: one Portal (served at the site root) or ``{name: Portal}``; with a
    mapping each portal is mounted under ``/name`` (use the key ``""`` for the root).
    Mounting sets the portal's prefix, so its paths and ground truth include it.
    """

    def __init__(
        self,
        portals: Mapping[str, Portal] | Portal,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        latency: float = 0.0,
        faults: Faults | None = None,
        cache_mb: int = 256,
        log_requests: bool = True,
        robots: str | None = None,
        gzip: bool = False,
    ) -> None:
        mounts = {"": portals} if isinstance(portals, Portal) else dict(portals)
        if not mounts:
            raise UsageError("PortalServer needs at least one portal")
        self._mounts: list[tuple[str, Portal]] = []
        for name, portal in mounts.items():
            prefix = "/" + name.strip("/") if name.strip("/") else ""
            portal.mount(prefix)
            self._mounts.append((prefix.lower(), portal))
        self._mounts.sort(key=lambda m: -len(m[0]))
        self.portals = mounts
        self.host = host
        self.port = port
        self.latency = latency
        self._faults = faults or Faults()
        self._fault_counts: dict[str, int] = {}
        self._handlers: list[tuple[str, Handler]] = []
        self._cache = _Cache(cache_mb * 1024 * 1024)
        self._log_enabled = log_requests
        self._log: list[tuple[float, str, str, tuple[str, int], dict[str, str]]] = []
        self._log_lock = threading.Lock()
        self._count = 0
        self._robots = robots
        self._gzip = gzip
        self._sessions = 0
        self._date = ("", 0.0)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.base_events.Server | None = None
        self._transports: set[asyncio.Transport] = set()
        self._ready = threading.Event()
        self._error: BaseException | None = None

    # --- lifecycle ------------------------------------------------------------------

    def __enter__(self) -> PortalServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> PortalServer:
        """Bind and serve in a background thread; returns once the port is open."""
        if self._thread is not None:
            return self
        self._thread = threading.Thread(target=self._run, name="replica-server", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise UsageError(
                f"replica server could not listen on {self.host}:{self.port}: {self._error}"
            )
        return self

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._open())
        except OSError as err:
            self._error = err
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(self._close())
            loop.close()

    async def _open(self) -> None:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(
            lambda: _Connection(self), self.host, self.port, reuse_address=True, backlog=512
        )
        self.port = self._server.sockets[0].getsockname()[1]

    async def _close(self) -> None:
        if self._server is not None:
            self._server.close()
        for transport in list(self._transports):
            transport.close()
        if self._server is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)

    def stop(self) -> None:
        """Close every connection and stop the background thread."""
        if self._thread is None or self._loop is None:
            return
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._thread = None

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (used by the CLI entry point)."""
        self.start()
        assert self._thread is not None
        try:
            while self._thread.is_alive():
                self._thread.join(0.5)
        finally:
            self.stop()

    # --- public helpers ---------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def listing_url(self, name: str | None = None) -> str:
        """Absolute URL of listing page 1 of portal ``name`` (the only/first one if None)."""
        return self.base_url + self._portal(name).listing_url

    def listing_urls(self) -> list[str]:
        return [self.base_url + p.listing_url for p in self.portals.values()]

    def url(self, path: str) -> str:
        return self.base_url + path

    def _portal(self, name: str | None) -> Portal:
        if name is None:
            return next(iter(self.portals.values()))
        try:
            return self.portals[name]
        except KeyError:
            raise UsageError(f"no portal named {name!r} on this server") from None

    @property
    def requests(self) -> list[tuple[float, str, str, tuple[str, int], dict[str, str]]]:
        """(monotonic time, method, target, client address, headers) of each request."""
        with self._log_lock:
            return list(self._log)

    @property
    def request_count(self) -> int:
        return self._count

    def reset_log(self) -> None:
        with self._log_lock:
            self._log.clear()
            self._count = 0

    @property
    def faults(self) -> Faults:
        return self._faults

    @faults.setter
    def faults(self, value: Faults | None) -> None:
        self._faults = value or Faults()
        self._fault_counts = {}

    def set_handler(self, path_prefix: str, handler: Handler | None) -> None:
        """Answer targets starting with ``path_prefix`` with ``handler(request)``.

        The handler runs on the server thread; returning None falls through to the
        portal. ``handler=None`` removes the hook. Longest prefix wins.
        """
        self._handlers = [(p, h) for p, h in self._handlers if p != path_prefix]
        if handler is not None:
            self._handlers.append((path_prefix, handler))
            self._handlers.sort(key=lambda ph: -len(ph[0]))

    def warm(self, name: str | None = None) -> int:
        """Render every listing and article page of one portal (all if None) into the
        cache, so later requests cost no rendering; returns the number of pages cached.

        Runs on the server thread (requests wait meanwhile). Size the cache with
        ``cache_mb`` first: pages beyond it are rendered and dropped again."""
        if self._loop is None or self._thread is None:
            raise UsageError("start the server before warming its cache")
        targets = list(self.portals.values()) if name is None else [self._portal(name)]

        async def fill() -> int:
            count = 0
            for portal in targets:
                routes = [Route("listing", n) for n in range(1, portal.page_count + 1)]
                routes += [Route("article", i) for i in range(len(portal))]
                for route in routes:
                    self._render(portal, route, "")
                    count += 1
                    if count % 200 == 0:
                        await asyncio.sleep(0)  # let waiting requests through
            return count

        return asyncio.run_coroutine_threadsafe(fill(), self._loop).result()

    @property
    def cache_stats(self) -> dict[str, int]:
        return {"hits": self._cache.hits, "misses": self._cache.misses, "bytes": self._cache.size}

    # --- request handling -----------------------------------------------------------

    def _record(self, req: Request) -> None:
        self._count += 1
        if self._log_enabled:
            entry = (time.monotonic(), req.method, req.target, req.client, req.headers)
            with self._log_lock:
                self._log.append(entry)

    def _http_date(self) -> str:
        text, when = self._date
        now = time.time()
        if now - when >= 1.0:
            text = formatdate(now, usegmt=True)
            self._date = (text, now)
        return text

    def respond(self, req: Request) -> Response:
        """The response to one request (faults, hooks, then the portals)."""
        faults = self._faults
        delay = self.latency
        if faults.applies(req.target):
            delay += faults.slow
            if faults.flaky:
                seen = self._fault_counts.get(req.target, 0)
                if seen < faults.flaky:
                    self._fault_counts[req.target] = seen + 1
                    headers = (
                        {"Retry-After": str(faults.retry_after)}
                        if faults.retry_after is not None
                        else {}
                    )
                    body = _error_html(faults.flaky_status)
                    return Response(faults.flaky_status, body, headers, delay=delay)
        for prefix, handler in self._handlers:
            if req.target.startswith(prefix):
                res = handler(req)
                if res is not None:
                    return replace(res, delay=res.delay + delay)  # hooks may reuse one
                break
        res = self._portal_response(req)
        res.delay += delay
        return res

    def _portal_response(self, req: Request) -> Response:
        if req.method not in ("GET", "HEAD", "POST"):
            return Response(405, _error_html(405), {"Allow": "GET, HEAD, POST"})
        path = req.path
        lower = path.lower()
        if lower == "/robots.txt":
            text = (
                self._robots
                if self._robots is not None
                else robots_txt([p for _, p in self._mounts])
            )
            return Response(200, text.encode("utf-8"), content_type="text/plain")
        for prefix, portal in self._mounts:
            if prefix and not (lower == prefix or lower.startswith(prefix + "/")):
                continue
            local = path[len(prefix) :]
            route = portal.resolve(local, req.query)
            if req.method == "POST":
                form = dict(parse_qsl(req.body.decode("latin-1"), keep_blank_values=True))
                route = portal.postback(route, form)
            res = self._render(portal, route, path)
            headers = dict(res.headers)
            if (
                res.content_type.startswith("text/html")
                and "asp.net_sessionid" not in req.headers.get("cookie", "").lower()
            ):
                self._sessions += 1
                headers["Set-Cookie"] = (
                    f"ASP.NET_SessionId={_session_id(self._sessions)}; path=/; HttpOnly"
                )
            return Response(res.status, res.body, headers, res.content_type)
        return Response(404, _error_html(404))

    def _render(self, portal: Portal, route: Route, path: str) -> Resource:
        key = (id(portal), portal.version, route, path if route.kind == "notfound" else "")
        res = self._cache.get(key)
        if res is None:
            res = portal.render(route, path)
            self._cache.put(key, res)
        return res


def _session_id(n: int) -> str:
    digest = hashlib.md5(f"replica-session-{n}".encode(), usedforsecurity=False).digest()
    return base64.b32encode(digest).decode("ascii")[:24].lower()


def _error_html(status: int) -> bytes:
    reason = _REASONS.get(status, "Error")
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN""http://www.w3.org/TR/html4/strict.dtd">\r\n'
        f"<HTML><HEAD><TITLE>{reason}</TITLE>\r\n"
        '<META HTTP-EQUIV="Content-Type" Content="text/html; charset=us-ascii"></HEAD>\r\n'
        f"<BODY><h2>{reason}</h2>\r\n<hr><p>HTTP Error {status}. {reason}.</p>\r\n"
        "</BODY></HTML>\r\n"
    ).encode("ascii")


class _Connection(asyncio.Protocol):
    """One keep-alive connection: parses pipelined requests and answers them in order."""

    def __init__(self, server: PortalServer) -> None:
        self.server = server
        self.buf = bytearray()
        self.transport: asyncio.Transport | None = None
        self.client: tuple[str, int] = ("", 0)
        self.busy = False
        self.closing = False
        self.idle: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        peer = transport.get_extra_info("peername") or ("", 0)
        self.client = (str(peer[0]), int(peer[1]))
        self.server._transports.add(transport)
        self._arm_idle()

    def connection_lost(self, exc: Exception | None) -> None:
        self.closing = True
        if self.transport is not None:
            self.server._transports.discard(self.transport)
        if self.idle is not None:
            self.idle.cancel()

    def pause_writing(self) -> None:
        if self.transport is not None:
            self.transport.pause_reading()

    def resume_writing(self) -> None:
        if self.transport is not None and not self.closing:
            self.transport.resume_reading()

    def _arm_idle(self) -> None:
        if self.idle is not None:
            self.idle.cancel()
        loop = self.server._loop
        if loop is not None:
            self.idle = loop.call_later(_IDLE_TIMEOUT, self._close)

    def _close(self) -> None:
        self.closing = True
        if self.transport is not None:
            self.transport.close()

    def data_received(self, data: bytes) -> None:
        self.buf += data
        if not self.busy:
            self._process()

    def _process(self) -> None:
        while not self.closing:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buf) > _MAX_HEAD:
                    self._send_simple(431)
                return
            try:
                req, length, keep = self._parse(bytes(self.buf[:end]))
            except ValueError:
                self._send_simple(400)
                return
            if length > _MAX_BODY:
                self._send_simple(413)
                return
            if len(self.buf) < end + 4 + length:
                return  # wait for the rest of the body
            req.body = bytes(self.buf[end + 4 : end + 4 + length])
            del self.buf[: end + 4 + length]
            self.server._record(req)
            try:
                res = self.server.respond(req)
            except Exception as err:  # a broken hook must not kill the server
                res = Response(500, _error_html(500), {"X-Error": type(err).__name__})
            if res.delay > 0:
                self.busy = True
                assert self.server._loop is not None
                self.server._loop.call_later(res.delay, self._finish, req, res, keep)
                return
            if not self._write(req, res, keep):
                return
        return

    def _finish(self, req: Request, res: Response, keep: bool) -> None:
        self.busy = False
        if self.closing:
            return
        if self._write(req, res, keep):
            self._process()

    def _parse(self, head: bytes) -> tuple[Request, int, bool]:
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ")
        if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
            raise ValueError("bad request line")
        method, target, version = parts
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, sep, value = line.partition(":")
            if not sep:
                raise ValueError("bad header")
            headers[name.strip().lower()] = value.strip()
        if target.startswith(("http://", "https://")):
            split = urlsplit(target)
            target = (split.path or "/") + (f"?{split.query}" if split.query else "")
        path, _, query = target.partition("?")
        if "transfer-encoding" in headers:
            raise ValueError("chunked request bodies are not supported")
        length = int(headers.get("content-length", "0") or 0)
        conn = headers.get("connection", "").lower()
        keep = ("close" not in conn) if version == "HTTP/1.1" else ("keep-alive" in conn)
        req = Request(method, target, path, query, headers, b"", self.client, version)
        return req, length, keep

    def _write(self, req: Request, res: Response, keep: bool) -> bool:
        """Send one response; returns False once the connection is closing."""
        transport = self.transport
        if transport is None or transport.is_closing():
            return False
        body = res.body
        server = self.server
        explicit = {k.lower(): v for k, v in res.headers.items()}
        encoding = None
        if (
            server._gzip
            and len(body) > 256
            and "content-encoding" not in explicit
            and "gzip" in req.headers.get("accept-encoding", "")
        ):
            import gzip as _gzip

            body = _gzip.compress(body, compresslevel=1, mtime=0)
            encoding = "gzip"
        declared = explicit.get("content-length")
        close = not keep or res.close or (declared is not None and int(declared) != len(body))
        lines = [f"HTTP/1.1 {res.status} {_REASONS.get(res.status, 'Unknown')}"]
        if res.content_type and "content-type" not in explicit:
            lines.append(f"Content-Type: {res.content_type}")
        if "server" not in explicit:
            lines.append("Server: Microsoft-IIS/8.5")
        lines.append(f"Date: {server._http_date()}")
        if encoding:
            lines.append(f"Content-Encoding: {encoding}")
            lines.append("Vary: Accept-Encoding")
        for name, value in res.headers.items():
            if name.lower() != "content-length":
                lines.append(f"{name}: {value}")
        lines.append(f"Content-Length: {declared if declared is not None else len(body)}")
        lines.append("Connection: close" if close else "Connection: keep-alive")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        if req.method == "HEAD" or res.status in (204, 304):
            transport.write(head)
        else:
            transport.write(head + body)
        if close:
            self.closing = True
            transport.close()
            return False
        self._arm_idle()
        return True

    def _send_simple(self, status: int) -> None:
        if self.transport is None:
            return
        body = _error_html(status)
        head = (
            f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}\r\nContent-Type: text/html\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        ).encode("latin-1")
        self.transport.write(head + body)
        self.closing = True
        self.transport.close()


# --- several portals, subprocess mode ---------------------------------------------------------


def make_portals(count: int, **kwargs: Any) -> dict[str, Portal]:
    """``count`` portals named after Hội An wards (then ``phuong-N``), different seeds.

    Only the Cửa Đại portal carries the real seed article unless
    ``include_seed_article`` is given explicitly."""
    slugs = [w["slug"] for w in phrases()["wards"]]
    names = [slugs[n] if n < len(slugs) else f"phuong-{n + 1}" for n in range(count)]
    base_seed = kwargs.pop("seed", 0)
    seeded = kwargs.pop("include_seed_article", None)
    return {
        name: Portal(
            name=name,
            seed=base_seed + n,
            include_seed_article=(name == "cuadai") if seeded is None else seeded,
            **kwargs,
        )
        for n, name in enumerate(names)
    }


@dataclass(slots=True)
class ServedProcess:
    """A replica server running in a child process."""

    process: subprocess.Popen
    listing_urls: list[str]

    @property
    def base_url(self) -> str:
        parts = urlsplit(self.listing_urls[0])
        return f"{parts.scheme}://{parts.netloc}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


@contextlib.contextmanager
def serve_in_subprocess(
    articles: int = 90,
    *,
    portals: int = 1,
    per_page: int = 10,
    port: int = 0,
    seed: int = 0,
    page_size_kb: tuple[int, int] | None = None,
    latency: float = 0.0,
    encoding: str = "utf-8",
    warm: bool = False,
    cache_mb: int = 256,
) -> Iterator[ServedProcess]:
    """Run ``python -m scraper.replica.server`` and yield once it listens (and, with
    ``warm``, once every page is rendered into its ``cache_mb`` cache)."""
    cmd = [
        sys.executable, "-m", "scraper.replica.server",
        "--articles", str(articles), "--portals", str(portals), "--per-page", str(per_page),
        "--port", str(port), "--seed", str(seed), "--latency", str(latency),
        "--encoding", encoding,
    ]  # fmt: skip
    if page_size_kb:
        cmd += ["--page-size-kb", f"{page_size_kb[0]},{page_size_kb[1]}"]
    if warm:
        cmd += ["--warm", "--cache-mb", str(cache_mb)]
    # Make the package importable from the child whatever its working directory.
    root = str(Path(__file__).resolve().parents[2])
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])),
    }
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    served = None
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline().split()
        if not first:
            raise UsageError(f"replica server process exited early (code {proc.wait(5)})")
        served = ServedProcess(proc, first)
        yield served
    finally:
        if served is not None:
            served.stop()
        elif proc.poll() is None:
            proc.kill()
            proc.wait(5)


def _parse_size(text: str) -> tuple[int, int]:
    lo, _, hi = text.partition(",")
    return int(lo), int(hi or lo)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: serve replica portals until killed."""
    ap = argparse.ArgumentParser(
        prog="python -m scraper.replica.server", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--articles", type=int, default=90, help="articles per portal")
    ap.add_argument(
        "--portals", type=int, default=1, help="portals on this host (mounted under /name)"
    )
    ap.add_argument("--per-page", type=int, default=10)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--page-size-kb", type=_parse_size, default=None, help="LOW,HIGH page sizes in KB"
    )
    ap.add_argument("--latency", type=float, default=0.0, help="seconds added to every response")
    ap.add_argument("--encoding", default="utf-8", choices=("utf-8", "cp1258"))
    ap.add_argument(
        "--pager",
        default="links",
        choices=("links", "postback"),
        help="listing pager: links with URLs, or __doPostBack only (ASP.NET ward portals)",
    )
    ap.add_argument("--no-log", action="store_true", help="do not keep the request log")
    ap.add_argument("--cache-mb", type=int, default=256, help="rendered-page cache size")
    ap.add_argument("--warm", action="store_true", help="render every page before serving")
    args = ap.parse_args(argv)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print("error: the replica only listens on loopback", file=sys.stderr)
        return 2
    common = dict(articles=args.articles, per_page=args.per_page, page_size_kb=args.page_size_kb,
                  encoding=args.encoding, pager=args.pager)  # fmt: skip
    try:
        if args.portals <= 1:
            portals: Mapping[str, Portal] | Portal = Portal(seed=args.seed, **common)
        else:
            portals = make_portals(args.portals, seed=args.seed, **common)
        server = PortalServer(portals, host=args.host, port=args.port, latency=args.latency,
                              log_requests=not args.no_log, cache_mb=args.cache_mb)  # fmt: skip
        server.start()
        if args.warm:
            server.warm()
    except UsageError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, interrupted)
    print(" ".join(server.listing_urls()), flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
