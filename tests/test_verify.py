"""verify(): passes on fresh exports and names file, check, expected and actual on damage."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zlib
from pathlib import Path

import pytest
import sqlite_utils

from scraper.datapackage import verify as verify_dp
from scraper.db import connect
from scraper.errors import UsageError
from scraper.export import export, verify
from scraper.export_synth import build_archive

NAMES = {"jsonl": "articles.jsonl", "csv": "articles.csv", "warc": "govnews.warc.gz"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> sqlite_utils.Database:
    db = connect(tmp_path_factory.mktemp("db") / "govnews.db")
    build_archive(db, 12, sites=2, seed=3)
    return db


@pytest.fixture(scope="module")
def exports(db, tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("exports")
    return {fmt: export(db, fmt, root / fmt).out_dir for fmt in NAMES}


@pytest.fixture
def copy(exports, tmp_path):
    """A private copy of a fresh export, to damage."""

    def make(fmt: str) -> Path:
        dst = tmp_path / fmt
        dst.mkdir()
        for p in exports[fmt].iterdir():
            (dst / p.name).write_bytes(p.read_bytes())
        return dst

    return make


def _desc(d: Path) -> dict:
    return json.loads((d / "datapackage.json").read_text(encoding="utf-8"))


def _rewrite_desc(d: Path, **changes) -> None:
    desc = _desc(d)
    desc["resources"][0].update(changes)
    (d / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")


def _resync(d: Path, name: str) -> None:
    """Make the descriptor's hash and size match the file, to isolate record-level checks."""
    data = (d / name).read_bytes()
    _rewrite_desc(d, bytes=len(data), hash="sha256:" + hashlib.sha256(data).hexdigest())


@pytest.mark.parametrize("fmt", list(NAMES))
def test_fresh_export_verifies(db, exports, fmt):
    report = verify(exports[fmt])
    assert report.ok, report.problems
    assert report.problems == []
    n_articles = db["articles"].count
    expected = n_articles if fmt != "warc" else 1 + 2 * db["pages"].count + n_articles
    assert report.checked["records"] == expected
    assert report.checked["files"] == 1
    assert report.checked["bytes"] == (exports[fmt] / NAMES[fmt]).stat().st_size


def test_verify_accepts_the_descriptor_path(exports):
    assert verify_dp(exports["csv"] / "datapackage.json").ok


@pytest.mark.parametrize("fmt", list(NAMES))
def test_flipped_byte_is_named(copy, fmt):
    d = copy(fmt)
    path = d / NAMES[fmt]
    data = bytearray(path.read_bytes())
    expected = hashlib.sha256(data).hexdigest()
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    report = verify(d)
    assert not report.ok
    got = hashlib.sha256(data).hexdigest()
    assert (
        f"{NAMES[fmt]}: sha256 mismatch (expected {expected[:12]}…, got {got[:12]}…)"
        in report.problems
    )
    assert all(p.startswith(NAMES[fmt]) for p in report.problems)


def test_corrupt_gzip_member_is_located(copy):
    d = copy("warc")
    path = d / "govnews.warc.gz"
    data = bytearray(path.read_bytes())
    rest, starts = bytes(data), []
    while rest:
        starts.append(len(data) - len(rest))
        dec = zlib.decompressobj(wbits=31)
        dec.decompress(rest)
        rest = dec.unused_data
    start = starts[4]
    data[start + 40] ^= 0x10  # inside the deflate data of record 5, past its gzip header
    path.write_bytes(bytes(data))
    problems = verify(d).problems
    assert any(
        p.startswith(f"govnews.warc.gz: record 5: gzip member at byte {start} is corrupt")
        for p in problems
    ), problems
    path.write_bytes(bytes(data[: start + 100]))
    problems = verify(d).problems
    assert any(p.startswith("govnews.warc.gz: record 5: gzip member at byte") for p in problems)


def test_removed_jsonl_line_is_counted(db, copy):
    d = copy("jsonl")
    path = d / "articles.jsonl"
    lines = path.read_bytes().splitlines(keepends=True)
    del lines[3]
    path.write_bytes(b"".join(lines))
    n = db["articles"].count
    problems = verify(d).problems
    assert f"articles.jsonl: {n - 1} records, datapackage.json says {n}" in problems
    assert any(p.startswith("articles.jsonl: size mismatch (expected ") for p in problems)
    assert any("sha256 mismatch" in p for p in problems)


def test_removed_csv_row_is_counted(db, copy):
    d = copy("csv")
    path = d / "articles.csv"
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    del rows[5]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    _resync(d, "articles.csv")
    n = db["articles"].count
    assert verify(d).problems == [f"articles.csv: {n - 1} records, datapackage.json says {n}"]


def test_truncated_jsonl_line_is_reported(copy):
    d = copy("jsonl")
    path = d / "articles.jsonl"
    path.write_bytes(path.read_bytes()[:-40])
    _resync(d, "articles.jsonl")
    problems = verify(d).problems
    last = len(path.read_bytes().splitlines())
    assert f"articles.jsonl: line {last} is not terminated by a newline (truncated file?)" in (
        problems
    )
    assert any(
        p.startswith(f"articles.jsonl: line {last} is not valid UTF-8 JSON") for p in problems
    )


def _warc_members(data: bytes) -> list[bytes]:
    out = []
    while data:
        d = zlib.decompressobj(wbits=31)
        out.append(d.decompress(data))
        data = d.unused_data
    return out


def _gzip(raw: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, 31)
    return c.compress(raw) + c.flush()


def test_warc_payload_tampering_fails_record_digests(copy):
    d = copy("warc")
    path = d / "govnews.warc.gz"
    members = _warc_members(path.read_bytes())
    idx = next(i for i, m in enumerate(members) if b"WARC-Type: response" in m)
    uri = next(
        line.split(b": ", 1)[1].decode()
        for line in members[idx].split(b"\r\n")
        if line.startswith(b"WARC-Target-URI: ")
    )
    # Same length, so the record still parses; only the digests can tell.
    members[idx] = members[idx].replace("Ủy ban".encode(), "Uỷ ban".encode(), 1)
    assert "Uỷ ban".encode() in members[idx]
    path.write_bytes(b"".join(_gzip(m) for m in members))
    _resync(d, "govnews.warc.gz")
    problems = verify(d).problems
    where = f"govnews.warc.gz: record {idx + 1} (response {uri})"
    assert f"{where}: payload digest mismatch" in problems
    assert f"{where}: block digest mismatch" in problems
    assert len(problems) == 2


def test_removed_warc_record_is_counted(copy):
    d = copy("warc")
    path = d / "govnews.warc.gz"
    members = _warc_members(path.read_bytes())
    idx = next(i for i, m in enumerate(members) if b"WARC-Type: metadata" in m)
    del members[idx]
    path.write_bytes(b"".join(_gzip(m) for m in members))
    _resync(d, "govnews.warc.gz")
    problems = verify(d).problems
    n = len(members) + 1
    assert f"govnews.warc.gz: {n - 1} records, datapackage.json says {n}" in problems
    meta = _desc(d)["resources"][0]["warc_records"]["metadata"]
    assert f"govnews.warc.gz: {meta - 1} metadata records, datapackage.json says {meta}" in (
        problems
    )


def test_dangling_concurrent_to_is_reported(copy):
    d = copy("warc")
    path = d / "govnews.warc.gz"
    members = _warc_members(path.read_bytes())
    idx = next(i for i, m in enumerate(members) if b"WARC-Type: response" in m)
    del members[idx]
    path.write_bytes(b"".join(_gzip(m) for m in members))
    _resync(d, "govnews.warc.gz")
    problems = verify(d).problems
    assert any("WARC-Concurrent-To" in p and "names no response record" in p for p in problems)
    assert any("WARC-Refers-To" in p for p in problems)


def test_missing_file_and_unlisted_file(copy):
    d = copy("csv")
    (d / "articles.csv").unlink()
    (d / "ghi-chú.txt").write_text("thêm", encoding="utf-8")
    problems = verify(d).problems
    assert "articles.csv: missing (listed in datapackage.json)" in problems
    assert "ghi-chú.txt: file not listed in datapackage.json" in problems


def test_resource_path_escaping_the_export_is_not_read(copy, tmp_path):
    d = copy("jsonl")
    secret = tmp_path / "secret.jsonl"
    secret.write_text("{}\n")
    _rewrite_desc(d, path="../secret.jsonl")
    problems = verify(d).problems
    assert "../secret.jsonl: path escapes the export directory; not read" in problems
    assert "articles.jsonl: file not listed in datapackage.json" in problems
    _rewrite_desc(d, path=str(secret))
    assert any("escapes the export directory" in p for p in verify(d).problems)


def test_bad_descriptor(copy, tmp_path):
    d = copy("jsonl")
    (d / "datapackage.json").write_text("{not json", encoding="utf-8")
    report = verify(d)
    assert not report.ok and report.problems[0].startswith("datapackage.json: not valid JSON")
    (d / "datapackage.json").unlink()
    assert verify(d).problems == [f"datapackage.json: missing in {d}"]
    with pytest.raises(UsageError, match="no such export"):
        verify(tmp_path / "khong-co")


def test_wrong_type_in_jsonl_is_reported(copy):
    d = copy("jsonl")
    path = d / "articles.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    row = json.loads(lines[0])
    row["views"] = "nhiều"
    row["url"] = None
    lines[0] = json.dumps(row, ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _resync(d, "articles.jsonl")
    problems = verify(d).problems
    assert "articles.jsonl: line 1: url is empty but required" in problems
    assert "articles.jsonl: line 1: views is not an integer ('nhiều')" in problems


def test_warc_not_gzipped_per_record_is_reported(copy):
    d = copy("warc")
    path = d / "govnews.warc.gz"
    raw = b"".join(_warc_members(path.read_bytes()))
    path.write_bytes(_gzip(raw))  # one gzip stream for the whole file
    _resync(d, "govnews.warc.gz")
    assert verify(d).problems[0] == (
        "govnews.warc.gz: record 2: cannot read (ArchiveLoadFailed: its gzip member holds "
        "several records; expected one member per record)"
    )
    path.write_bytes(raw)  # not compressed at all
    _resync(d, "govnews.warc.gz")
    assert verify(d).problems == [
        "govnews.warc.gz: not gzip-compressed (expected one gzip member per record)"
    ]
