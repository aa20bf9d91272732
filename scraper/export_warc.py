"""WARC 1.1 encoding of stored fetches, for replay (pywb, ReplayWeb.page) and audit.

Each stored page becomes a ``response`` record (HTTP status line, stored headers, the
stored body) and a ``request`` record linked by ``WARC-Concurrent-To``; each article a
``metadata`` record (``application/json``, the extracted fields, target
``urn:govnews:article:<url>``) that ``WARC-Refers-To`` the response it was extracted from. Every record is its own gzip member.

The stored body is the payload as the client returned it: content- and transfer-coding
already removed. So ``Content-Encoding`` and ``Transfer-Encoding`` are dropped (replay
tools would otherwise try to decode a plain body) and ``Content-Length`` is set to the
real length; the original values are kept as ``X-Govnews-Orig-*`` headers. HTTP/2 and
HTTP/3 fetches are written with an ``HTTP/1.1`` status line (what replay tools parse)
and a ``WARC-Protocol`` field naming the real protocol.
"""

from __future__ import annotations

import json
import os
import uuid
import zlib
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import warcio
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from . import __version__
from .errors import StorageError
from .export_atomic import HashingWriter
from .export_tabular import record

WARC_NAME = "govnews.warc.gz"
# pywb indexes application/json metadata records under their WARC-Target-URI; with the
# page URL there it would replay the JSON instead of the page (as Browsertrix does with
# urn:text:, the record gets a URN of its own; WARC-Refers-To-Target-URI names the page).
METADATA_URI_PREFIX = "urn:govnews:article:"
# Headers describing the wire encoding of a body we store decoded.
_WIRE_HEADERS = ("content-encoding", "transfer-encoding", "content-length")
GZIP_LEVEL = 6  # level 9 costs much more CPU for ~1% smaller HTML
_URI_SAFE = "/%:@!$&'()*+,;=-._~?#[]"


def to_uri(url: str) -> str:
    """ASCII URI for WARC-Target-URI and request lines: IDNA host, %-encoded non-ASCII."""
    if url.isascii():
        return url
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = parts.netloc
    if host and not host.isascii():
        netloc = netloc.replace(host, host.encode("idna").decode("ascii"))
    return urlunsplit(
        (
            parts.scheme,
            quote(netloc, safe=_URI_SAFE),
            quote(parts.path, safe=_URI_SAFE),
            quote(parts.query, safe=_URI_SAFE),
            quote(parts.fragment, safe=_URI_SAFE),
        )
    )


def warc_date(value: str, what: str) -> str:
    """WARC-Date (UTC, 'Z', microseconds when present) from a stored ISO 8601 time."""
    try:
        dt = datetime.fromisoformat(value.strip())
    except (AttributeError, ValueError):
        raise StorageError(f"{what}: time {value!r} is not ISO 8601") from None
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return datetime_to_iso_date(dt, use_micros=True)


def _header_items(raw: str | None, what: str) -> list[tuple[str, str]]:
    if not raw:
        return []
    try:
        obj = json.loads(raw)
    except ValueError:
        raise StorageError(f"{what}: stored headers are not JSON") from None
    pairs = obj.items() if isinstance(obj, dict) else obj
    items: list[tuple[str, str]] = []
    for name, value in pairs:
        if str(name).startswith(":"):  # HTTP/2 pseudo-headers have no HTTP/1 form
            continue
        values = value if isinstance(value, list) else [value]
        items.extend((str(name), " ".join(str(v).splitlines())) for v in values)
    return items


def _protocol(http_version: str | None) -> tuple[str, str | None]:
    v = (http_version or "HTTP/1.1").strip().upper()
    if v in ("HTTP/1.0", "HTTP/1.1"):
        return v, None
    real = {"HTTP/2": "h2", "HTTP/2.0": "h2", "HTTP/3": "h3", "HTTP/3.0": "h3"}.get(v, v.lower())
    return "HTTP/1.1", real


def response_headers(page: Any, body_len: int) -> StatusAndHeaders:
    try:
        phrase = HTTPStatus(page["status"]).phrase
    except ValueError:
        phrase = ""
    protocol, _ = _protocol(page["http_version"])
    headers: list[tuple[str, str]] = []
    for name, value in _header_items(page["headers"], f"page {page['id']}"):
        low = name.lower()
        if low in _WIRE_HEADERS:
            if low != "content-length" or value.strip() != str(body_len):
                headers.append((f"X-Govnews-Orig-{name.title()}", value))
            continue
        headers.append((name, value))
    headers.append(("Content-Length", str(body_len)))
    return StatusAndHeaders(f"{page['status']} {phrase}".strip(), headers, protocol=protocol)


def request_headers(page: Any, uri: str) -> StatusAndHeaders:
    """The request line and headers; a page fetched by posting a form is a POST."""
    parts = urlsplit(uri)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = _header_items(page["request_headers"], f"page {page['id']}")
    if not any(n.lower() == "host" for n, _ in headers):
        headers.insert(0, ("Host", parts.netloc))
    protocol, _ = _protocol(page["http_version"])
    method = "POST" if page["request_body"] is not None else "GET"
    return StatusAndHeaders(f"{method} {target} {protocol}", headers, is_http_request=True)


def gzip_member(data: bytes) -> bytes:
    gz = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    return gz.compress(data) + gz.flush()


class GzipMembers:
    """Writes one gzip member per record, in order, compressing on worker threads.

    zlib releases the GIL, so the second core compresses while the main thread
    decompresses the next stored page and computes digests. At most ~8 MiB of records
    wait in flight, so memory stays flat."""

    LIMIT = 8 << 20

    def __init__(self, out: HashingWriter) -> None:
        self.out = out
        workers = min(4, os.cpu_count() or 1)
        self.pool = ThreadPoolExecutor(workers, "warc-gzip") if workers > 1 else None
        self.queue: deque[tuple[Future[bytes], int]] = deque()
        self.inflight = 0

    def add(self, data: bytes) -> None:
        if self.pool is None:
            self.out.write(gzip_member(data))
            return
        self.queue.append((self.pool.submit(gzip_member, data), len(data)))
        self.inflight += len(data)
        while self.inflight > self.LIMIT:
            self._write_oldest()

    def _write_oldest(self) -> None:
        fut, size = self.queue.popleft()
        self.out.write(fut.result())
        self.inflight -= size

    def finish(self) -> None:
        while self.queue:
            self._write_oldest()
        if self.pool:
            self.pool.shutdown()

    def abort(self) -> None:
        self.queue.clear()
        if self.pool:
            self.pool.shutdown(cancel_futures=True)


class WarcExport:
    """Streams WARC records, one gzip member each, into a :class:`HashingWriter`."""

    def __init__(self, out: HashingWriter, namespace: uuid.UUID) -> None:
        self.members = GzipMembers(out)
        self.ns = namespace
        self.writer = WARCWriter(None, gzip=False, warc_version="1.1")
        self.counts = {"warcinfo": 0, "response": 0, "request": 0, "metadata": 0}
        self.warcinfo_id = ""

    def record_id(self, key: str) -> str:
        return f"<urn:uuid:{uuid.uuid5(self.ns, key)}>"

    def _emit(self, rec: Any) -> None:
        buf = BytesIO()
        self.writer.out = buf
        self.writer.write_record(rec)
        self.members.add(buf.getvalue())
        self.counts[rec.rec_type] += 1

    def finish(self) -> None:
        self.members.finish()

    def abort(self) -> None:
        self.members.abort()

    def write_warcinfo(self, info: dict[str, str]) -> None:
        base = {
            "software": f"govnews/{__version__} (warcio/{_warcio_version()})",
            "format": "WARC File Format 1.1",
            "conformsTo": (
                "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"
            ),
        }
        rec = self.writer.create_warcinfo_record(WARC_NAME, base | info)
        self.warcinfo_id = rec.rec_headers.get_header("WARC-Record-ID")
        self._emit(rec)

    def write_page(self, page: Any) -> None:
        try:
            body = zlib.decompress(page["body"])
        except (zlib.error, TypeError):
            raise StorageError(f"page {page['id']}: stored body is not zlib data") from None
        uri = to_uri(page["final_url"] or page["url"])
        date = warc_date(page["fetched_at"], f"page {page['id']}")
        resp_id = self.record_id(f"page:{page['id']}:response")
        _, real_protocol = _protocol(page["http_version"])
        common = {"WARC-Date": date, "WARC-Warcinfo-ID": self.warcinfo_id}
        if real_protocol:
            common["WARC-Protocol"] = real_protocol
        resp = self.writer.create_warc_record(
            uri,
            "response",
            payload=BytesIO(body),
            length=len(body),
            warc_headers_dict={"WARC-Type": "response", "WARC-Record-ID": resp_id, **common},
            http_headers=response_headers(page, len(body)),
        )
        form = page["request_body"]
        req = self.writer.create_warc_record(
            uri,
            "request",
            payload=BytesIO(form) if form is not None else None,
            length=len(form) if form is not None else None,
            warc_headers_dict={
                "WARC-Type": "request",
                "WARC-Record-ID": self.record_id(f"page:{page['id']}:request"),
                "WARC-Concurrent-To": resp_id,
                **common,
            },
            http_headers=request_headers(page, uri),
        )
        self._emit(resp)
        self._emit(req)

    def write_article(self, row: Any) -> None:
        """``row``: an article joined with its exported page (``p_*`` columns, NULL if none)."""
        doc: dict[str, Any] = {"type": "govnews-article", "govnews_version": __version__}
        doc["article"] = record(row)
        headers = {"WARC-Type": "metadata", "WARC-Warcinfo-ID": self.warcinfo_id}
        if row["p_id"] is not None:
            doc["page"] = {
                "id": row["p_id"],
                "url": row["p_url"],
                "final_url": row["p_final_url"],
                "fetched_at": row["p_fetched_at"],
                "sha256": row["p_sha256"],
            }
            headers["WARC-Date"] = warc_date(row["p_fetched_at"], f"page {row['p_id']}")
            headers["WARC-Refers-To"] = self.record_id(f"page:{row['p_id']}:response")
            headers["WARC-Refers-To-Target-URI"] = to_uri(row["p_final_url"])
            headers["WARC-Refers-To-Date"] = headers["WARC-Date"]
        else:
            headers["WARC-Date"] = warc_date(row["last_fetched"], f"article {row['id']}")
        headers["WARC-Record-ID"] = self.record_id(f"article:{row['id']}")
        payload = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        rec = self.writer.create_warc_record(
            METADATA_URI_PREFIX + to_uri(row["url"]),
            "metadata",
            payload=BytesIO(payload),
            length=len(payload),
            warc_content_type="application/json",
            warc_headers_dict=headers,
        )
        self._emit(rec)


def _warcio_version() -> str:
    try:
        from importlib.metadata import version

        return version("warcio")
    except Exception:  # noqa: BLE001 - version is informative only
        return getattr(warcio, "__version__", "?")
