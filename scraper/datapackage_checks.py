"""Record-level checks used by ``verify``: re-read JSONL lines, CSV rows and WARC records.

Each checker streams its file, appends readable problems (file name first) and returns
the number of records it counted, so the caller can compare with the descriptor.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from .export_select import COLUMNS

MAX_DETAILS = 5  # per file; the rest are summed up in one line


@dataclass
class Counted:
    total: int
    extra: dict[str, int] = field(default_factory=dict)


class _Problems:
    """Collects per-file problems, capping the detailed ones."""

    def __init__(self, name: str, sink: list[str]) -> None:
        self.name = name
        self.sink = sink
        self.dropped = 0
        self.details = 0

    def add(self, msg: str, *, detail: bool = True) -> None:
        if detail:
            self.details += 1
            if self.details > MAX_DETAILS:
                self.dropped += 1
                return
        self.sink.append(f"{self.name}: {msg}")

    def close(self) -> None:
        if self.dropped:
            self.sink.append(f"{self.name}: … and {self.dropped} more problems of the same kind")


def _fields(res: dict[str, Any]) -> list[dict[str, Any]]:
    schema = res.get("schema")
    if isinstance(schema, dict) and isinstance(schema.get("fields"), list):
        return [f for f in schema["fields"] if isinstance(f, dict)]
    return [{"name": c, "type": "string"} for c in COLUMNS]


def _value_problem(f: dict[str, Any], value: Any) -> str | None:
    required = bool((f.get("constraints") or {}).get("required"))
    if value is None or value == "":
        return "is empty but required" if required else None
    kind = f.get("type", "string")
    if kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int | str):
            return f"is not an integer ({value!r})"
        if isinstance(value, str) and not value.lstrip("-").isdecimal():
            return f"is not an integer ({value!r})"
    elif not isinstance(value, str):
        return f"is not a string ({value!r})"
    return None


def check_jsonl(path: Path, res: dict[str, Any], sink: list[str]) -> Counted:
    fields = _fields(res)
    names = [f["name"] for f in fields]
    probs = _Problems(res["path"], sink)
    n = 0
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            n += 1
            if not raw.endswith(b"\n"):
                probs.add(f"line {lineno} is not terminated by a newline (truncated file?)")
            try:
                obj = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError) as exc:
                probs.add(f"line {lineno} is not valid UTF-8 JSON ({exc})")
                continue
            if not isinstance(obj, dict):
                probs.add(f"line {lineno} is not a JSON object")
                continue
            if list(obj) != names:
                probs.add(f"line {lineno} has fields {list(obj)}, expected {names}")
                continue
            for f in fields:
                why = _value_problem(f, obj[f["name"]])
                if why:
                    probs.add(f"line {lineno}: {f['name']} {why}")
    probs.close()
    return Counted(n)


def check_csv(path: Path, res: dict[str, Any], sink: list[str]) -> Counted:
    fields = _fields(res)
    names = [f["name"] for f in fields]
    probs = _Problems(res["path"], sink)
    with open(path, "rb") as fh:
        has_bom = fh.read(3) == b"\xef\xbb\xbf"
    if res.get("bom") and not has_bom:
        probs.add("no UTF-8 byte order mark at the start", detail=False)
    n = 0
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh, strict=True)
            header = next(reader, None)
            if header != names:
                probs.add(f"header is {header}, expected {names}", detail=False)
            for row in reader:
                n += 1
                if len(row) != len(names):
                    probs.add(f"row {n} has {len(row)} fields, expected {len(names)}")
                    continue
                for f, value in zip(fields, row, strict=True):
                    why = _value_problem(f, value)
                    if why:
                        probs.add(f"row {n}: {f['name']} {why}")
    except UnicodeDecodeError as exc:
        probs.add(f"not valid UTF-8 after row {n} ({exc.reason})", detail=False)
    except csv.Error as exc:
        probs.add(f"malformed CSV after row {n} ({exc})", detail=False)
    probs.close()
    return Counted(n)


def _digest_problem(msg: str) -> str:
    if msg.startswith("payload digest failed"):
        return "payload digest mismatch"
    if msg.startswith("block digest failed"):
        return "block digest mismatch"
    return msg


def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(2) == b"\x1f\x8b"


def _gzip_members(path: Path, probs: _Problems) -> int | None:
    """Count gzip members by streaming through them; report the first corrupt one.

    warcio only logs a corrupt member to stderr and stops, so this walk is what
    turns a damaged byte into a located problem."""
    members = 0
    pos = start = 0
    d = zlib.decompressobj(wbits=31)
    fed = False
    if not _is_gzip(path):
        probs.add("not gzip-compressed (expected one gzip member per record)", detail=False)
        return None
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            buf = chunk
            while buf:
                try:
                    d.decompress(buf, 1 << 20)  # output is discarded; bounded per call
                except zlib.error as exc:
                    probs.add(
                        f"record {members + 1}: gzip member at byte {start} is corrupt ({exc})",
                        detail=False,
                    )
                    return None
                fed = True
                if d.eof:
                    members += 1
                    pos += len(buf) - len(d.unused_data)
                    start, buf = pos, d.unused_data
                    d, fed = zlib.decompressobj(wbits=31), False
                elif d.unconsumed_tail:
                    pos += len(buf) - len(d.unconsumed_tail)
                    buf = d.unconsumed_tail
                else:
                    pos += len(buf)
                    buf = b""
    if fed:
        probs.add(f"record {members + 1}: gzip member at byte {start} is truncated", detail=False)
        return None
    return members


def check_warc(path: Path, res: dict[str, Any], sink: list[str]) -> Counted:
    probs = _Problems(res["path"], sink)
    types: Counter[str] = Counter()
    responses: set[str] = set()
    refs: list[tuple[int, str, str, str]] = []  # (record no, uri, header, referenced id)
    n = 0
    failed = ""
    log = io.StringIO()
    with open(path, "rb") as fh, contextlib.redirect_stderr(log):
        it = ArchiveIterator(fh, check_digests=True)
        try:
            for rec in it:
                n += 1
                h = rec.rec_headers
                rtype = rec.rec_type
                types[rtype] += 1
                uri = h.get_header("WARC-Target-URI") or ""
                where = f"record {n} ({rtype}{' ' + uri if uri else ''})"
                while rec.raw_stream.read(1 << 16):
                    pass  # reading to the end runs the digest checks
                if h.protocol != "WARC/1.1":
                    probs.add(f"{where}: version {h.protocol}, expected WARC/1.1")
                if rtype in ("response", "request", "metadata"):
                    if not h.get_header("WARC-Block-Digest"):
                        probs.add(f"{where}: no WARC-Block-Digest")
                    if not h.get_header("WARC-Payload-Digest"):
                        probs.add(f"{where}: no WARC-Payload-Digest")
                for msg in rec.digest_checker.problems:
                    probs.add(f"{where}: {_digest_problem(msg)}")
                rid = h.get_header("WARC-Record-ID") or ""
                if rtype == "response":
                    responses.add(rid)
                elif rtype == "request":
                    refs.append((n, uri, "WARC-Concurrent-To", h.get_header("WARC-Concurrent-To")))
                elif rtype == "metadata" and h.get_header("WARC-Refers-To"):
                    refs.append((n, uri, "WARC-Refers-To", h.get_header("WARC-Refers-To")))
        except Exception as exc:  # noqa: BLE001 - any read failure is reported, not raised
            why = " ".join(str(exc).split())
            if "non-chunked gzip" in why:
                why = "its gzip member holds several records; expected one member per record"
            failed = f"record {n + 1}: cannot read ({type(exc).__name__}: {why})"
        end = it.offset
    if path.name.endswith(".gz") and n and not _is_gzip(path):
        probs.add("not gzip-compressed (expected one gzip member per record)", detail=False)
    # warcio only logs a corrupt gzip member and stops; a second pass locates it.
    if failed or log.getvalue().strip() or end != path.stat().st_size:
        located = _gzip_members(path, probs) is None
        if failed:
            probs.add(failed, detail=False)
        elif not located:
            why = " ".join(log.getvalue().split()) or f"stopped at byte {end}"
            probs.add(f"unreadable after record {n} ({why})", detail=False)
    for no, uri, header, target in refs:
        if target not in responses:
            probs.add(f"record {no} ({uri}): {header} {target} names no response record")
    expected = res.get("warc_records")
    if isinstance(expected, dict):
        for rtype, want in sorted(expected.items()):
            if types.get(rtype, 0) != want:
                probs.add(
                    f"{types.get(rtype, 0)} {rtype} records, datapackage.json says {want}",
                    detail=False,
                )
    probs.close()
    return Counted(n, {"warc_records": n})


def check_records(path: Path, res: dict[str, Any], sink: list[str]) -> Counted | None:
    fmt = res.get("format")
    if fmt == "jsonl":
        return check_jsonl(path, res, sink)
    if fmt == "csv":
        return check_csv(path, res, sink)
    if fmt == "warc":
        return check_warc(path, res, sink)
    sink.append(f"{res.get('path')}: unknown format {fmt!r}; records not checked")
    return None
