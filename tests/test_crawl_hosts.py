"""Which hosts a crawl stays on: a portal is one site under ``x`` and ``www.x``.

Host names are the point here, so the replica portal is reached through a small
forward proxy on loopback (httpx honours ``HTTP_PROXY``): ``ward.test`` redirects
every request to ``www.ward.test``, which the proxy serves from the replica, and
``other.test`` is a different site. Real HTTP all the way, no mocks.
"""

from __future__ import annotations

import sqlite3
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from scraper.crawl import CrawlOptions, Site, run_crawl
from scraper.replica import Portal, PortalServer

_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@contextmanager
def proxy_to(origin: str) -> Iterator[str]:
    """A forward proxy: ward.test → 301 to www.ward.test; www.ward.test → ``origin``."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            parts = urlsplit(self.path)
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            if parts.hostname == "ward.test":
                self._reply(301, b"", {"Location": f"http://www.ward.test{path}"})
                return
            if parts.hostname != "www.ward.test":
                self._reply(502, b"unknown host", {"Content-Type": "text/plain"})
                return
            try:
                with _DIRECT.open(origin + path, timeout=10) as resp:
                    status, body, ctype = resp.status, resp.read(), resp.headers["Content-Type"]
            except urllib.error.HTTPError as exc:
                status, body, ctype = exc.code, exc.read(), exc.headers["Content-Type"]
            self._reply(status, body, {"Content-Type": ctype or "text/html"})

        def _reply(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def proxied(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Portal, str]]:
    portal = Portal(articles=12, per_page=5)
    with PortalServer(portal) as server, proxy_to(server.base_url) as proxy:
        for name in ("HTTP_PROXY", "http_proxy"):
            monkeypatch.setenv(name, proxy)
        for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.delenv(name, raising=False)
        yield portal, server.listing_url().removeprefix(server.base_url)


def test_a_seed_redirecting_to_its_www_twin_is_crawled_there(
    proxied: tuple[Portal, str], tmp_path: Path
) -> None:
    portal, listing_path = proxied
    db = tmp_path / "hosts.db"
    site = Site.from_url(f"http://ward.test{listing_path}")
    report = run_crawl(db, [site], CrawlOptions(delay=0), handle_signals=False)
    assert report.exit_code == 0, report.site_errors
    assert report.counts.new == 12 and report.counts.failed == 0
    with sqlite3.connect(db) as con:
        hosts = {urlsplit(u).hostname for (u,) in con.execute("SELECT url FROM articles")}
    assert hosts == {"www.ward.test"}
    assert len(list(portal.ground_truth())) == 12
