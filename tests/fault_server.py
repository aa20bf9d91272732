"""A fault-injecting HTTP/1.1 server on 127.0.0.1 for fetch and end-to-end crawl tests.

``FaultServer`` runs ``http.server.ThreadingHTTPServer`` (keep-alive) in a
background thread on a free port and records every request with a monotonic
timestamp, so tests can check politeness (gaps between request starts,
requests in flight) at the server. Built-in routes inject the faults real
Vietnamese government portals show: 503 then 200, 429 with Retry-After, stalls,
resets, truncated bodies, wrong or missing charsets (windows-1258, TCVN3),
redirect loops, off-site redirects, huge pages, PDFs behind ``.aspx`` links.
Add your own with ``add_route(path, handler)``; a handler gets an
:class:`Exchange` and answers through it.

    with FaultServer() as srv:
        srv.set_robots("User-agent: *\\nDisallow: /private/\\n")
        url = srv.url("/ok")
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import ssl
import struct
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def encode_cp1258(text: str) -> bytes:
    """Encode Vietnamese text as windows-1258: base letter + combining tone byte."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        out += base.encode("cp1258", "replace") + tones.encode("cp1258")
    return bytes(out)


ARTICLE_TITLE = "Phường Bến Nghé tổ chức Hội nghị tổng kết công tác năm 2023"
ARTICLE_PARAGRAPHS = (
    "Sáng ngày 12/01/2024, Ủy ban nhân dân phường Bến Nghé đã tổ chức Hội nghị tổng kết "
    "công tác năm 2023 và triển khai nhiệm vụ năm 2024. Đến dự có đồng chí Nguyễn Văn Hùng, "
    "Phó Chủ tịch Ủy ban nhân dân Quận 1.",
    "Năm 2023, phường đã hoàn thành vượt mức 15/16 chỉ tiêu; thu ngân sách đạt 112% kế hoạch. "
    "Công tác cải cách thủ tục hành chính được đẩy mạnh, người dân được hướng dẫn nộp hồ sơ "
    "trực tuyến qua Cổng dịch vụ công quốc gia.",
    "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch đề nghị phường tiếp tục giữ vững an ninh chính "
    "trị, trật tự an toàn xã hội, chăm lo đời sống các hộ gia đình chính sách và hộ nghèo.",
)


def article_html(
    title: str = ARTICLE_TITLE,
    paragraphs: tuple[str, ...] = ARTICLE_PARAGRAPHS,
    *,
    meta_charset: str | None = "utf-8",
    extra_head: str = "",
) -> str:
    """A full ward-portal article page (header, menu, sidebar, scripts, footer)."""
    meta = (
        f'<meta http-equiv="Content-Type" content="text/html; charset={meta_charset}">'
        if (meta_charset)
        else ""
    )
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
{meta}
<title>{title} - Cổng thông tin điện tử Phường Bến Nghé</title>
<meta name="keywords" content="Bến Nghé, Quận 1, tin tức, sự kiện">
<link rel="stylesheet" type="text/css" href="/Portals/_default/default.css">
<script type="text/javascript" src="/Resources/Shared/Scripts/jquery/jquery.min.js"></script>
{extra_head}
</head>
<body>
<form method="post" action="/tin-tuc/tabid/85/Default.aspx" id="Form">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk">
<div id="header">
  <a href="/"><img src="/Portals/0/banner.jpg" alt="ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ"></a>
  <div class="date">Thứ sáu, 12/01/2024</div>
</div>
<ul id="menu">
  <li><a href="/">Trang chủ</a></li>
  <li><a href="/gioi-thieu">Giới thiệu</a></li>
  <li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
  <li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li>
  <li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li>
  <li><a href="/lien-he">Liên hệ</a></li>
</ul>
<div id="content">
  <div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức</a></div>
  <h1 class="title">{title}</h1>
  <div class="meta">Ngày đăng: 12/01/2024 09:30 | Lượt xem: 1.245</div>
  <div class="article-body">
{body}
  <p style="text-align:right"><strong>Văn phòng UBND phường</strong></p>
  </div>
  <div class="attachments"><a href="/DownloadFile.aspx?FileID=42">Tải báo cáo (PDF)</a></div>
</div>
<div id="sidebar">
  <h3>Tin mới</h3>
  <ul>
    <li><a href="/tin-tuc/ra-quan-chien-dich-mua-he-xanh">Ra quân chiến dịch Mùa hè xanh</a></li>
    <li><a href="/tin-tuc/tiep-cong-dan-dinh-ky">Lịch tiếp công dân định kỳ tháng 01</a></li>
  </ul>
  <h3>Liên kết website</h3>
  <select onchange="window.open(this.value)">
    <option value="https://dichvucong.gov.vn">Cổng dịch vụ công quốc gia</option>
  </select>
</div>
<div id="footer">
  <p>Cơ quan chủ quản: Ủy ban nhân dân phường Bến Nghé, Quận 1, TP. Hồ Chí Minh</p>
  <p>Địa chỉ: 29 Nguyễn Thị Minh Khai, phường Bến Nghé, Quận 1 - Điện thoại: (028) 3829 3060</p>
  <p>&copy; Bản quyền thuộc về UBND phường Bến Nghé</p>
</div>
</form>
<script type="text/javascript">
  var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-000000-1']); _gaq.push(['_trackPageview']);
  $(function () {{ $('#menu li').hover(function () {{ $(this).addClass('hover'); }}); }});
</script>
</body>
</html>
"""


# A small but well-formed PDF (one page, "Quyet dinh" text), as ASP.NET download
# handlers send them.
PDF_BYTES = (
    b"%PDF-1.4\n"
    b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
    b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
    b"4 0 obj << /Length 44 >> stream\nBT /F1 12 Tf 72 770 Td (Quyet dinh so 42) Tj ET\n"
    b"endstream endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF\n"
)


@dataclass
class RecordedRequest:
    """One request as the server saw it."""

    start: float  # time.monotonic() once the request head was read
    method: str
    path: str  # without the query
    query: str
    headers: dict[str, str]  # lower-cased names
    host: str  # the Host header
    connection_id: int  # same id = same TCP connection (keep-alive reuse)
    # time.monotonic() when the answer was complete but for its last write (so a
    # client's next request never overlaps it in the in-flight count), or when a
    # handler that wrote by hand returned.
    end: float | None = None


@dataclass
class _Route:
    handler: Callable[[Exchange], None]
    prefix: bool = False
    hits: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


class Exchange:
    """What a route handler gets: the request and ways to answer (or misbehave)."""

    def __init__(self, handler: _Handler, record: RecordedRequest, hit: int) -> None:
        self._h = handler
        self.request = record
        self.hit = hit  # 1 for the first request to this route, 2 for the second...
        self.server: FaultServer = handler.server.fault  # type: ignore[attr-defined]
        self._finished = False

    @property
    def query(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.request.query).items()}

    def respond(
        self,
        status: int = 200,
        body: bytes | str = b"",
        *,
        content_type: str | None = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        h = self._h
        h.send_response(status)
        if content_type:
            h.send_header("Content-Type", content_type)
        h.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            h.send_header(name, value)
        h.end_headers()
        self.finish()  # before the last write: the client may go on as soon as it lands
        if self.request.method != "HEAD":
            h.wfile.write(data)
        h.wfile.flush()

    def finish(self) -> None:
        """Mark the request as answered (end time, in-flight count); idempotent."""
        if self._finished:
            return
        self._finished = True
        fault = self.server
        self.request.end = time.monotonic()
        with fault._lock:
            fault._in_flight[self.request.host] -= 1

    def redirect(
        self, location: str, status: int = 302, headers: dict[str, str] | None = None
    ) -> None:
        body = f'<html><body>Object moved to <a href="{location}">here</a>.</body></html>'
        self.respond(status, body, headers={"Location": location, **(headers or {})})

    def send_head(self, status: int, headers: dict[str, str]) -> None:
        """Status line and headers only; write the body yourself with :meth:`write`."""
        h = self._h
        h.send_response(status)
        for name, value in headers.items():
            h.send_header(name, value)
        h.end_headers()
        h.wfile.flush()

    def write(self, data: bytes) -> None:
        self._h.wfile.write(data)
        self._h.wfile.flush()

    def stall(self, seconds: float) -> None:
        """Say nothing for ``seconds`` (cut short when the server stops)."""
        self.server._stopping.wait(seconds)

    def close(self) -> None:
        """Close the connection after this exchange (e.g. after a short body)."""
        self._h.close_connection = True

    def reset(self) -> None:
        """Abort the TCP connection with RST instead of answering."""
        sock = self._h.connection
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self._h.close_connection = True
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Head and body go out in separate writes: without this, Nagle + delayed ACK
    # add 40 ms to every keep-alive response.
    disable_nagle_algorithm = True
    server_version = "Microsoft-IIS/8.5"
    sys_version = ""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # keep test output clean

    def do_GET(self) -> None:  # noqa: N802
        self._dispatch()

    def do_HEAD(self) -> None:  # noqa: N802
        self._dispatch()

    def _dispatch(self) -> None:
        fault: FaultServer = self.server.fault  # type: ignore[attr-defined]
        parts = urlsplit(self.path)
        headers: dict[str, str] = {}
        for name, value in self.headers.items():
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        record = RecordedRequest(
            start=time.monotonic(),
            method=self.command,
            path=parts.path,
            query=parts.query,
            headers=headers,
            host=headers.get("host", ""),
            connection_id=id(self.connection),
        )
        route = fault._find(parts.path)
        with fault._lock:
            fault._requests.append(record)
            fault._in_flight[record.host] = fault._in_flight.get(record.host, 0) + 1
            fault._max_in_flight[record.host] = max(
                fault._max_in_flight.get(record.host, 0), fault._in_flight[record.host]
            )
        exchange = Exchange(self, record, 1)
        try:
            if route is None:
                exchange.respond(404, _not_found_page(parts.path))
                return
            with route.lock:
                route.hits += 1
                exchange.hit = route.hits
            route.handler(exchange)
        except (BrokenPipeError, ConnectionResetError, OSError):
            self.close_connection = True  # the client went away: fine for a fault server
        finally:
            exchange.finish()


def _not_found_page(path: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>404 - File or directory not found.</title></head>"
        f"<body><h2>404 - File or directory not found.</h2><p>{path}</p></body></html>"
    )


class FaultServer:
    """Threaded HTTP/1.1 server on 127.0.0.1 with fault routes and a request log."""

    def __init__(self, tls: ssl.SSLContext | None = None, *, default_routes: bool = True) -> None:
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        if tls is not None:  # HTTPS: the handshake runs in accept(), on the server's thread
            self._httpd.socket = tls.wrap_socket(self._httpd.socket, server_side=True)
        self.scheme = "https" if tls is not None else "http"
        self._httpd.daemon_threads = True
        self._httpd.fault = self  # type: ignore[attr-defined]
        self.port: int = self._httpd.server_address[1]
        self.host = "127.0.0.1"
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._in_flight: dict[str, int] = {}
        self._max_in_flight: dict[str, int] = {}
        self._routes: dict[str, _Route] = {}
        self._prefix_routes: list[tuple[str, _Route]] = []
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.robots_txt: str | None = None
        self.robots_status = 200
        if default_routes:
            _install_default_routes(self)

    # -- lifecycle -----------------------------------------------------------------

    def start(self) -> FaultServer:
        # (shutdown waits out one poll: at 0.05 s that was a fifth of each mini-site walk)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.005}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- routes --------------------------------------------------------------------

    def url(self, path: str = "/", *, host: str | None = None) -> str:
        """Absolute URL of ``path``; ``host="localhost"`` gives a different host name."""
        return f"{self.scheme}://{host or self.host}:{self.port}{path}"

    def add_route(
        self, path: str, handler: Callable[[Exchange], None], *, prefix: bool = False
    ) -> None:
        """Serve ``path`` (or every path starting with it) with ``handler``."""
        route = _Route(handler, prefix)
        with self._lock:
            if prefix:
                self._prefix_routes.append((path, route))
                self._prefix_routes.sort(key=lambda item: -len(item[0]))
            else:
                self._routes[path] = route

    def set_robots(self, text: str | None, status: int = 200) -> None:
        """robots.txt body (``None``: answer 404), and the status to answer with."""
        self.robots_txt = text
        self.robots_status = status

    def _find(self, path: str) -> _Route | None:
        route = self._routes.get(path)
        if route is not None:
            return route
        for prefix, r in self._prefix_routes:
            if path.startswith(prefix):
                return r
        return None

    # -- what happened -------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def hits(self, path: str) -> int:
        """How many requests asked for ``path`` (exact, query ignored)."""
        return sum(1 for r in self.requests if r.path == path)

    def starts(self, *, host: str | None = None, exclude: tuple[str, ...] = ()) -> list[float]:
        """Sorted start times, optionally of one Host header, leaving out some paths."""
        return sorted(
            r.start
            for r in self.requests
            if (host is None or r.host == host) and r.path not in exclude
        )

    def max_in_flight(self, host: str | None = None) -> int:
        """Most requests the server was handling at once (for one Host, or any)."""
        with self._lock:
            if host is not None:
                return self._max_in_flight.get(host, 0)
            return max(self._max_in_flight.values(), default=0)

    def clear(self) -> None:
        with self._lock:
            self._requests.clear()
            self._max_in_flight.clear()


# -- built-in routes -------------------------------------------------------------------


def _install_default_routes(srv: FaultServer) -> None:
    page = article_html()
    page_bytes = page.encode("utf-8")

    def robots(ex: Exchange) -> None:
        if ex.server.robots_txt is None:
            ex.respond(404, _not_found_page("/robots.txt"))
        else:
            ex.respond(ex.server.robots_status, ex.server.robots_txt, content_type="text/plain")

    def ok(ex: Exchange) -> None:
        ex.respond(200, page_bytes)

    def hold(ex: Exchange) -> None:
        # /hold/<anything>?ms=N : a normal page that takes N ms to produce
        ex.stall(int(ex.query.get("ms", "100")) / 1000)
        ex.respond(200, page_bytes)

    def status(ex: Exchange) -> None:
        code = int(ex.request.path.rsplit("/", 1)[1])
        ex.respond(code, _not_found_page(ex.request.path) if code >= 400 else page_bytes)

    def flaky_503(ex: Exchange) -> None:
        # 503 twice (as an overloaded IIS says it), then the page.
        if ex.hit <= 2:
            ex.respond(503, "<h1>Service Unavailable</h1>", headers={"Retry-After": "0"})
        else:
            ex.respond(200, page_bytes)

    def always_503(ex: Exchange) -> None:
        ex.respond(503, "<h1>Service Unavailable</h1>")

    def rate_limited(ex: Exchange) -> None:
        if ex.hit == 1:
            after = ex.query.get("after", "1")
            ex.respond(429, "<h1>Too Many Requests</h1>", headers={"Retry-After": after})
        else:
            ex.respond(200, page_bytes)

    def rate_limited_date(ex: Exchange) -> None:
        if ex.hit == 1:
            when = formatdate(time.time() + 2, usegmt=True)
            ex.respond(429, "<h1>Too Many Requests</h1>", headers={"Retry-After": when})
        else:
            ex.respond(200, page_bytes)

    def stall(ex: Exchange) -> None:
        ex.stall(float(ex.query.get("s", "5")))
        ex.respond(200, page_bytes)

    def stall_body(ex: Exchange) -> None:
        ex.send_head(200, {"Content-Type": "text/html", "Content-Length": str(len(page_bytes))})
        ex.write(page_bytes[:1000])
        ex.stall(float(ex.query.get("s", "5")))
        ex.close()

    def reset(ex: Exchange) -> None:
        ex.reset()

    def flaky_reset(ex: Exchange) -> None:
        if ex.hit == 1:
            ex.reset()
        else:
            ex.respond(200, page_bytes)

    def truncated(ex: Exchange) -> None:
        ex.send_head(
            200,
            {"Content-Type": "text/html; charset=utf-8", "Content-Length": str(len(page_bytes))},
        )
        ex.write(page_bytes[: len(page_bytes) // 2])
        ex.close()

    def flaky_truncated(ex: Exchange) -> None:
        if ex.hit == 1:
            truncated(ex)
        else:
            ex.respond(200, page_bytes)

    cp1258_page = encode_cp1258(article_html(meta_charset=None))
    utf8_page_no_meta = article_html(meta_charset=None).encode("utf-8")

    def cp1258_labelled_utf8(ex: Exchange) -> None:
        ex.respond(200, cp1258_page, content_type="text/html; charset=utf-8")

    def utf8_labelled_latin1(ex: Exchange) -> None:
        ex.respond(200, utf8_page_no_meta, content_type="text/html; charset=iso-8859-1")

    def cp1258_undeclared(ex: Exchange) -> None:
        ex.respond(200, cp1258_page, content_type="text/html")

    def nfd(ex: Exchange) -> None:
        ex.respond(200, unicodedata.normalize("NFD", page).encode("utf-8"))

    def gzipped(ex: Exchange) -> None:
        ex.respond(200, gzip.compress(page_bytes), headers={"Content-Encoding": "gzip"})

    def loop_a(ex: Exchange) -> None:
        ex.redirect("/loop-b")

    def loop_b(ex: Exchange) -> None:
        ex.redirect(ex.server.url("/loop-a"))

    def chain(ex: Exchange) -> None:
        # /chain/N redirects N more times, then serves the page.
        n = int(ex.request.path.rsplit("/", 1)[1])
        if n <= 0:
            ex.respond(200, page_bytes)
        else:
            ex.redirect(f"/chain/{n - 1}", status=301)

    def session_cookie(ex: Exchange) -> None:
        # ASP.NET: first visit sets a session cookie and redirects to the same URL.
        if "ASP.NET_SessionId" in ex.request.headers.get("cookie", ""):
            ex.respond(200, page_bytes)
        else:
            ex.redirect(
                "/session",
                headers={"Set-Cookie": "ASP.NET_SessionId=abc123; path=/; HttpOnly"},
            )

    def offsite(ex: Exchange) -> None:
        ex.redirect(ex.server.url("/ok", host="localhost"))

    def to_ftp(ex: Exchange) -> None:
        ex.redirect("ftp://127.0.0.1/file.pdf")

    def huge(ex: Exchange) -> None:
        # A 40 MiB listing page with an honest Content-Length.
        size = 40 * 1024 * 1024
        ex.send_head(200, {"Content-Type": "text/html", "Content-Length": str(size)})
        chunk = b"<tr><td>" + b"x" * 1016 + b"</td></tr>"
        for _ in range(size // len(chunk)):
            ex.write(chunk)
        ex.write(b" " * (size % len(chunk)))

    def huge_chunked(ex: Exchange) -> None:
        # Same, but with no Content-Length (chunked, as dynamic ASP pages send).
        ex.send_head(200, {"Content-Type": "text/html", "Transfer-Encoding": "chunked"})
        chunk = b"<tr><td>" + b"x" * 65000 + b"</td></tr>"
        for _ in range(640):
            ex.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        ex.write(b"0\r\n\r\n")

    def pdf_download(ex: Exchange) -> None:
        # /DownloadFile.aspx?FileID=N : a 4 MiB PDF trickled out over ~2 s.
        size = 4 * 1024 * 1024
        ex.send_head(
            200,
            {
                "Content-Type": "application/pdf",
                "Content-Disposition": 'attachment; filename="QD-42-UBND.pdf"',
                "Content-Length": str(size),
                "Cache-Control": "private",
            },
        )
        ex.write(PDF_BYTES)
        sent = len(PDF_BYTES)
        block = b"\x00" * 65536
        while sent < size:
            n = min(len(block), size - sent)
            ex.write(block[:n])
            sent += n
            ex.stall(0.03)

    def small_pdf(ex: Exchange) -> None:
        ex.respond(200, PDF_BYTES, content_type="application/pdf")

    def private(ex: Exchange) -> None:
        ex.respond(200, page_bytes)

    routes: dict[str, Callable[[Exchange], None]] = {
        "/robots.txt": robots,
        "/ok": ok,
        "/": ok,
        "/flaky-503": flaky_503,
        "/always-503": always_503,
        "/rate-limited": rate_limited,
        "/rate-limited-date": rate_limited_date,
        "/stall": stall,
        "/stall-body": stall_body,
        "/reset": reset,
        "/flaky-reset": flaky_reset,
        "/truncated": truncated,
        "/flaky-truncated": flaky_truncated,
        "/cp1258-labelled-utf8": cp1258_labelled_utf8,
        "/utf8-labelled-latin1": utf8_labelled_latin1,
        "/cp1258-undeclared": cp1258_undeclared,
        "/nfd": nfd,
        "/gzip": gzipped,
        "/loop-a": loop_a,
        "/loop-b": loop_b,
        "/session": session_cookie,
        "/offsite": offsite,
        "/to-ftp": to_ftp,
        "/huge": huge,
        "/huge-chunked": huge_chunked,
        "/DownloadFile.aspx": pdf_download,
        "/van-ban/quyet-dinh.pdf": small_pdf,
    }
    for path, handler in routes.items():
        srv.add_route(path, handler)
    srv.add_route("/hold/", hold, prefix=True)
    srv.add_route("/status/", status, prefix=True)
    srv.add_route("/chain/", chain, prefix=True)
    srv.add_route("/private/", private, prefix=True)
    srv.add_route("/tin-tuc/", ok, prefix=True)
