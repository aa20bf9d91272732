"""JSONL and CSV encodings of article rows (one record per article, documented columns).

JSONL: UTF-8, one JSON object per line ending in LF, NULL as ``null``.
CSV: UTF-8 with a byte order mark (so spreadsheet software reads Vietnamese right),
RFC 4180 quoting, CRLF row ends, a header row; NULL becomes an empty cell.
Text is NFC-normalised on the way out.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from .export_atomic import HashingWriter
from .export_select import COLUMNS

BOM = b"\xef\xbb\xbf"


def nfc(value: Any) -> Any:
    if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
        return unicodedata.normalize("NFC", value)
    return value


def record(row: Any) -> dict[str, Any]:
    """One article row as an ordered dict of the documented columns."""
    return {c: nfc(row[c]) for c in COLUMNS}


def write_jsonl(
    out: HashingWriter, rows: Iterable[Any], tick: Callable[[dict[str, Any]], None]
) -> int:
    n = 0
    for row in rows:
        rec = record(row)
        line = json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n"
        out.write(line.encode("utf-8"))
        n += 1
        tick(rec)
    return n


def write_csv(
    out: HashingWriter, rows: Iterable[Any], tick: Callable[[dict[str, Any]], None]
) -> int:
    buf = io.StringIO()
    # QUOTE_MINIMAL quotes fields holding a comma, quote, CR or LF (RFC 4180).
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    out.write(BOM)
    writer.writerow(COLUMNS)
    n = 0
    for row in rows:
        rec = record(row)
        writer.writerow(["" if rec[c] is None else rec[c] for c in COLUMNS])
        n += 1
        tick(rec)
        if buf.tell() > 1 << 16:
            out.write(buf.getvalue().encode("utf-8"))
            buf.seek(0)
            buf.truncate()
    out.write(buf.getvalue().encode("utf-8"))
    return n
