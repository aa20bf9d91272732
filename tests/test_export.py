"""Export library: JSONL/CSV round trips, WARC records and digests, filters, atomicity, errors."""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import sqlite3
import tracemalloc
import unicodedata
import zlib
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import pytest
import sqlite_utils
from warcio.archiveiterator import ArchiveIterator

from scraper import __version__
from scraper.db import connect
from scraper.errors import StorageError, UsageError
from scraper.export import EmptySelection, ExportResult, export
from scraper.export_synth import build_archive, content_hash, insert, page_row

COLUMNS = [
    "url",
    "site",
    "title",
    "published_at",
    "author",
    "body",
    "views",
    "first_seen",
    "last_fetched",
    "content_hash",
    "profile",
]
SPECIAL_SITE = "ubnd.phuongbenthanh.gov.vn"

# A ward portal article page as served (head, menus, sidebar, scripts, footer).
WARD_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Phường Bến Thành ra quân "Ngày Chủ nhật xanh" - Cổng TTĐT phường Bến Thành</title>
<link rel="stylesheet" href="/Portals/_default/skins/benthanh/skin.css">
<script>var _paq=window._paq=window._paq||[];_paq.push(['trackPageView']);</script>
</head>
<body>
<div id="header"><img src="/images/logo.png" alt="Quốc huy">
<h1>ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH</h1></div>
<ul id="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li>
<li><a href="/thu-tuc">Thủ tục hành chính</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>
<div class="main"><div class="news-detail">
<h2 class="title">Phường Bến Thành ra quân "Ngày Chủ nhật xanh", dọn dẹp kênh rạch</h2>
<div class="date">Thứ Sáu, 01/03/2024 - 08:15 | Lượt xem: 1.234</div>
<div class="content"><p>Sáng ngày 01/3, Ủy ban nhân dân phường phối hợp Mặt trận Tổ quốc
phường tổ chức ra quân "Ngày Chủ nhật xanh" lần thứ 12, năm 2024.</p>
<p>Hơn 200 đoàn viên, hội viên và người dân tham gia; thu gom 3,5 tấn rác thải.</p></div>
<p class="author">Minh Thư</p></div>
<div class="sidebar"><h3>Tin mới</h3><ul><li><a href="/tin-tuc/1">Hội nghị tiếp xúc cử tri</a></li>
<li><a href="/tin-tuc/2">Lịch tiếp công dân tháng 3</a></li></ul></div></div>
<div id="footer">Cơ quan chủ quản: UBND phường Bến Thành, Quận 1, TP. Hồ Chí Minh<br>
Điện thoại: (028) 3822 1234</div>
<script src="/js/jquery.min.js"></script>
</body>
</html>
"""


def _fetched(day: str) -> str:
    return f"{day}T02:15:00.123456+00:00"


def _add(
    conn: sqlite3.Connection,
    url: str,
    *,
    published: str | None,
    title: str | None = "Tin hoạt động",
    author: str | None = None,
    body: str | None = "Nội dung.",
    views: int | None = None,
    profile: str | None = "generic",
    site: str = SPECIAL_SITE,
    page: dict | None = None,
    day: str = "2024-03-02",
) -> int:
    raw = WARD_PAGE.encode("utf-8")
    page_id = insert(conn, "pages", page or page_row(url, site, "article", raw, _fetched(day)))
    return insert(
        conn,
        "articles",
        {
            "url": url,
            "site": site,
            "title": title,
            "published_at": published,
            "author": author,
            "body": body,
            "views": views,
            "profile": profile,
            "first_seen": _fetched(day),
            "last_fetched": _fetched(day),
            "content_hash": content_hash(title, published, author, body),
            "page_id": page_id,
        },
    )


def make_archive(path: Path) -> sqlite_utils.Database:
    """A synthetic crawl of three sites plus hand-made edge cases on SPECIAL_SITE."""
    db = connect(path)
    build_archive(db, 24, sites=3, seed=7)
    conn = db.conn
    base = f"https://{SPECIAL_SITE}/tin-tuc"
    raw = WARD_PAGE.encode("utf-8")
    _add(
        conn,
        f"{base}/ngay-chu-nhat-xanh.html",
        published="2024-03-01T08:15:00+07:00",
        title='Phường Bến Thành ra quân "Ngày Chủ nhật xanh", dọn dẹp kênh rạch',
        author="Minh Thư",
        body="Sáng ngày 01/3, Ủy ban nhân dân phường phối hợp.\r\n\r\nHơn 200 người; 3,5 tấn rác.",
        views=1234,
    )
    # Every nullable column NULL.
    _add(conn, f"{base}/khong-co-gi.html", published=None, title=None, body=None, profile=None)
    # Decomposed (NFD) Vietnamese must come out NFC.
    _add(
        conn,
        f"{base}/nfd.html",
        published="2024-03-01",
        title=unicodedata.normalize("NFD", "Thông báo lịch tiếp công dân"),
        author=unicodedata.normalize("NFD", "Nguyễn Thị Hồng"),
    )
    _add(conn, f"{base}/truoc.html", published="2024-02-29T23:59:00+07:00", views=0)
    _add(conn, f"{base}/sau.html", published="2024-03-02")
    # Non-ASCII URL, redirect, HTTP/2 and a 404 page for the WARC.
    viet = f"https://{SPECIAL_SITE}/tin-tức/đại-hội.html"
    _add(
        conn,
        viet,
        published="2024-03-05",
        page=page_row(viet, SPECIAL_SITE, "article", raw, _fetched("2024-03-05")),
    )
    moved = f"{base}/chuyen-trang.html"
    _add(
        conn,
        moved,
        published="2024-03-06",
        page=page_row(
            moved,
            SPECIAL_SITE,
            "article",
            raw,
            _fetched("2024-03-06"),
            final_url=f"{base}/chuyen-trang-moi.html",
            http_version="HTTP/2",
        ),
    )
    insert(
        conn,
        "pages",
        page_row(
            f"{base}?trang=9",
            SPECIAL_SITE,
            "listing",
            b"<html><body><h1>404 - Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y</h1></body></html>",
            _fetched("2024-03-02"),
            status=404,
            headers={"content-type": "text/html; charset=utf-8", "content-length": "999"},
        ),
    )
    return db


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> sqlite_utils.Database:
    return make_archive(tmp_path_factory.mktemp("db") / "govnews.db")


def db_rows(db: sqlite_utils.Database, where: str = "1", params: tuple = ()) -> list[dict]:
    cur = db.conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM articles WHERE {where} ORDER BY id", params
    )
    out = []
    for row in cur:
        out.append(
            {
                c: unicodedata.normalize("NFC", v) if isinstance(v, str) else v
                for c, v in zip(COLUMNS, row, strict=True)
            }
        )
    return out


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --- JSONL / CSV ---------------------------------------------------------------------


def test_jsonl_round_trip_equals_database(archive, tmp_path):
    res = export(archive, "jsonl", tmp_path / "out")
    rows = read_jsonl(tmp_path / "out" / "articles.jsonl")
    assert rows == db_rows(archive)
    assert res.records == {"articles": len(rows)}
    assert all(list(r) == COLUMNS for r in rows)
    nulls = next(r for r in rows if r["url"].endswith("khong-co-gi.html"))
    assert nulls["title"] is None and nulls["published_at"] is None and nulls["profile"] is None
    raw = (tmp_path / "out" / "articles.jsonl").read_bytes()
    assert "Ngày Chủ nhật xanh".encode() in raw  # UTF-8, not \\u escapes
    assert raw.endswith(b"\n") and b"\r\n\r\n" not in raw.replace(b"\\r\\n", b"")


def test_text_is_exported_nfc(archive, tmp_path):
    export(archive, "jsonl", tmp_path / "out", site=SPECIAL_SITE)
    row = next(r for r in read_jsonl(tmp_path / "out" / "articles.jsonl") if "nfd" in r["url"])
    stored = archive.conn.execute("SELECT title FROM articles WHERE url LIKE '%nfd.html'")
    assert not unicodedata.is_normalized("NFC", stored.fetchone()[0])
    assert row["title"] == "Thông báo lịch tiếp công dân"
    assert unicodedata.is_normalized("NFC", row["author"])


def test_csv_round_trip_bom_crlf_quoting(archive, tmp_path):
    export(archive, "csv", tmp_path / "out")
    raw = (tmp_path / "out" / "articles.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + ",".join(COLUMNS).encode() + b"\r\n")
    assert raw.endswith(b"\r\n")
    with open(tmp_path / "out" / "articles.csv", encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        assert next(reader) == COLUMNS
        rows = list(reader)
    expected = [["" if v is None else str(v) for v in r.values()] for r in db_rows(archive)]
    assert rows == expected
    # The quoted title and the CRLF inside a body survive RFC 4180 quoting.
    special = next(r for r in rows if r[0].endswith("ngay-chu-nhat-xanh.html"))
    assert special[2].startswith('Phường Bến Thành ra quân "Ngày')
    assert "\r\n\r\n" in special[5]
    quoted = '"Phường Bến Thành ra quân ""Ngày Chủ nhật xanh"", dọn dẹp kênh rạch"'
    assert quoted.encode("utf-8") in raw
    # Byte for byte what Python's RFC 4180 writer (QUOTE_MINIMAL, CRLF) produces.
    ref = io.StringIO()
    csv.writer(ref, lineterminator="\r\n").writerows([COLUMNS, *expected])
    assert raw == b"\xef\xbb\xbf" + ref.getvalue().encode("utf-8")


# --- filters -----------------------------------------------------------------------


def test_site_filter_is_exact(archive, tmp_path):
    site = archive.conn.execute("SELECT site FROM articles ORDER BY id LIMIT 1").fetchone()[0]
    export(archive, "jsonl", tmp_path / "out", site=site)
    rows = read_jsonl(tmp_path / "out" / "articles.jsonl")
    assert rows == db_rows(archive, "site = ?", (site,))
    assert {r["site"] for r in rows} == {site}


@pytest.mark.parametrize(
    ("since", "until"),
    [
        ("2024-03-01", "2024-03-01"),
        ("2024-03-01", None),
        (None, "2024-03-01"),
        ("2024-02-29", "2024-03-02"),
    ],
)
def test_date_filters_are_inclusive_days(archive, tmp_path, since, until):
    export(archive, "jsonl", tmp_path / "out", since=since, until=until)
    got = {r["url"] for r in read_jsonl(tmp_path / "out" / "articles.jsonl")}
    expected = {
        r["url"]
        for r in db_rows(archive)
        if r["published_at"] is not None
        and (since is None or r["published_at"][:10] >= since)
        and (until is None or r["published_at"][:10] <= until)
    }
    assert got == expected and got


@pytest.mark.parametrize("bad", ["2024-13-01", "01/03/2024", "2024-3-1", "hôm qua", "2024-02-30"])
def test_bad_date_is_a_usage_error(archive, tmp_path, bad):
    with pytest.raises(UsageError) as err:
        export(archive, "jsonl", tmp_path / "out", since=bad)
    assert err.value.exit_code == 2
    assert bad in str(err.value) and "--since" in str(err.value)
    assert not (tmp_path / "out").exists()


def test_since_after_until_is_a_usage_error(archive, tmp_path):
    with pytest.raises(UsageError, match="after --until"):
        export(archive, "csv", tmp_path / "out", since="2024-05-01", until="2024-04-01")


def test_unknown_format_is_a_usage_error(archive, tmp_path):
    with pytest.raises(UsageError) as err:
        export(archive, "xml", tmp_path / "out")
    assert err.value.exit_code == 2 and "jsonl" in str(err.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "warc"])
def test_empty_selection_exit_3_nothing_written(archive, tmp_path, fmt):
    with pytest.raises(EmptySelection) as err:
        export(archive, fmt, tmp_path / "exports" / "out", site="khong-ton-tai.gov.vn")
    assert err.value.exit_code == 3
    assert "no articles match --site khong-ton-tai.gov.vn" in str(err.value)
    assert SPECIAL_SITE in str(err.value)  # names the sites that do exist
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(EmptySelection, match="--since 2030-01-01"):
        export(archive, fmt, tmp_path / "out", since="2030-01-01")


# --- output directory, atomicity -------------------------------------------------


def test_files_stay_inside_out_dir(archive, tmp_path):
    before = set(tmp_path.iterdir())
    res = export(archive, "warc", tmp_path / "nested" / "out")
    assert isinstance(res, ExportResult)
    out = (tmp_path / "nested" / "out").resolve()
    assert res.out_dir == out
    assert sorted(res.files) == sorted(out.iterdir())
    assert {p.name for p in res.files} == {"govnews.warc.gz", "datapackage.json"}
    assert all(p.resolve().parent == out for p in res.files)
    assert set(tmp_path.iterdir()) - before == {tmp_path / "nested"}
    assert list((tmp_path / "nested").iterdir()) == [tmp_path / "nested" / "out"]


def test_existing_export_needs_force_and_force_replaces(archive, tmp_path):
    out = tmp_path / "out"
    export(archive, "jsonl", out)
    first = (out / "articles.jsonl").read_bytes()
    with pytest.raises(UsageError, match="--force"):
        export(archive, "jsonl", out, site=SPECIAL_SITE)
    assert (out / "articles.jsonl").read_bytes() == first
    export(archive, "csv", out, site=SPECIAL_SITE, force=True)
    assert sorted(p.name for p in out.iterdir()) == ["articles.csv", "datapackage.json"]
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no .old / .tmp litter


def test_empty_existing_directory_is_used(archive, tmp_path):
    (tmp_path / "out").mkdir()
    export(archive, "jsonl", tmp_path / "out")
    assert (tmp_path / "out" / "datapackage.json").is_file()


def test_force_refuses_a_directory_that_is_not_an_export(archive, tmp_path):
    out = tmp_path / "notes"
    out.mkdir()
    (out / "ghi-chu.txt").write_text("quan trọng", encoding="utf-8")
    with pytest.raises(UsageError, match="not a govnews export"):
        export(archive, "jsonl", out, force=True)
    assert (out / "ghi-chu.txt").read_text(encoding="utf-8") == "quan trọng"


def test_force_refuses_to_replace_the_directory_holding_the_database(tmp_path):
    home = tmp_path / "export-with-db"
    home.mkdir()
    (home / "datapackage.json").write_text('{"govnews": {}}', encoding="utf-8")
    db = make_archive(home / "govnews.db")
    with pytest.raises(UsageError, match="contains the database"):
        export(db, "jsonl", home, force=True)
    assert (home / "govnews.db").is_file()


def test_bad_out_paths(archive, tmp_path):
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    with pytest.raises(UsageError, match="not a directory"):
        export(archive, "jsonl", a_file)
    with pytest.raises(UsageError, match="not a directory"):
        export(archive, "jsonl", a_file / "out")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "link").symlink_to(elsewhere)
    with pytest.raises(UsageError, match="symbolic link"):
        export(archive, "jsonl", tmp_path / "link", force=True)
    assert list(elsewhere.iterdir()) == []
    assert a_file.read_text() == "x"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "warc"])
@pytest.mark.parametrize("exc", [RuntimeError, KeyboardInterrupt])
def test_interrupted_export_leaves_nothing(archive, tmp_path, fmt, exc):
    calls = []

    def boom(done: int, total: int) -> None:
        calls.append(done)
        if done > 0:
            raise exc("stop here")

    with pytest.raises(exc):
        export(archive, fmt, tmp_path / "out", progress=boom)
    assert len(calls) == 2 and calls[-1] > 0
    assert list(tmp_path.iterdir()) == []


def test_interrupted_forced_export_keeps_the_old_one(archive, tmp_path):
    out = tmp_path / "out"
    export(archive, "jsonl", out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def boom(done: int, total: int) -> None:
        if done:
            raise RuntimeError("disk pulled")

    with pytest.raises(RuntimeError):
        export(archive, "warc", out, force=True, progress=boom)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_progress_reports_up_to_total(archive, tmp_path):
    seen: list[tuple[int, int]] = []
    res = export(archive, "warc", tmp_path / "out", progress=lambda d, t: seen.append((d, t)))
    dones = [d for d, _ in seen]
    assert dones == sorted(dones) and dones[0] == 0
    total = res.records["pages"] + res.records["articles"]
    assert seen[-1] == (total, total)


# --- old databases -----------------------------------------------------------------


def test_database_from_older_schema_is_named(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE articles (id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, site TEXT,"
        " title TEXT, published_at TEXT, author TEXT, body TEXT, views INTEGER,"
        " first_seen TEXT, last_fetched TEXT, content_hash TEXT)"
    )
    conn.execute(
        "INSERT INTO articles (url, site, title, first_seen, last_fetched, content_hash)"
        " VALUES ('https://a.gov.vn/1', 'a.gov.vn', 'Tin', '2024-01-01', '2024-01-01', 'x')"
    )
    conn.commit()
    conn.close()
    db = connect(path)  # migrates: adds the missing tables, not the missing columns
    with pytest.raises(StorageError) as err:
        export(db, "warc", tmp_path / "out")
    msg = str(err.value)
    assert "articles" in msg and "page_id" in msg and "profile" in msg and "older govnews" in msg
    assert not (tmp_path / "out").exists()


def test_database_without_pages_table_is_named(tmp_path):
    path = tmp_path / "bare.db"
    conn = sqlite3.connect(path)
    conn.execute(
        f"CREATE TABLE articles (id INTEGER PRIMARY KEY, page_id INTEGER, {', '.join(COLUMNS)})"
    )
    conn.commit()
    conn.close()
    db = sqlite_utils.Database(path)
    with pytest.raises(StorageError, match="lacks table pages"):
        export(db, "warc", tmp_path / "out")
    with pytest.raises(EmptySelection):  # tabular exports need only articles
        export(db, "jsonl", tmp_path / "out")


# --- datapackage.json ----------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "name"), [("jsonl", "articles.jsonl"), ("csv", "articles.csv")])
def test_datapackage_describes_tabular_export(archive, tmp_path, fmt, name):
    export(archive, fmt, tmp_path / "out", site=SPECIAL_SITE)
    desc = json.loads((tmp_path / "out" / "datapackage.json").read_text(encoding="utf-8"))
    assert desc["profile"] == "data-package" and desc["name"] and desc["title"]
    assert datetime.fromisoformat(desc["created"]) <= datetime.now(UTC)
    (res,) = desc["resources"]
    data = (tmp_path / "out" / name).read_bytes()
    assert res["path"] == name and res["format"] == fmt and res["encoding"] == "utf-8"
    assert res["bytes"] == len(data)
    assert res["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
    rows = db_rows(archive, "site = ?", (SPECIAL_SITE,))
    assert res["records"] == len(rows)
    assert [f["name"] for f in res["schema"]["fields"]] == COLUMNS
    assert {f["name"]: f["type"] for f in res["schema"]["fields"]}["views"] == "integer"
    gov = desc["govnews"]
    assert gov["version"] == __version__ and gov["sites"] == [SPECIAL_SITE]
    published = [r["published_at"] for r in rows if r["published_at"]]
    assert gov["span"]["published_at"] == {"min": min(published), "max": max(published)}
    assert gov["span"]["fetched_at"]["min"] == min(r["first_seen"] for r in rows)
    assert gov["filters"] == {"site": SPECIAL_SITE, "since": None, "until": None}


# --- WARC ----------------------------------------------------------------------------


def _warc_records(path: Path) -> list[dict]:
    out = []
    with open(path, "rb") as fh:
        for rec in ArchiveIterator(fh, check_digests=True):
            payload = rec.content_stream().read()
            out.append(
                {
                    "type": rec.rec_type,
                    "headers": rec.rec_headers,
                    "http": rec.http_headers,
                    "payload": payload,
                    "digest_ok": rec.digest_checker.passed,
                    "problems": list(rec.digest_checker.problems),
                }
            )
    return out


def _warc_date(iso: str) -> str:
    dt = datetime.fromisoformat(iso).astimezone(UTC)
    return (
        dt.strftime("%Y-%m-%dT%H:%M:%S")
        + (f".{dt.microsecond:06d}" if dt.microsecond else "")
        + "Z"
    )


def test_warc_records_digests_and_links(archive, tmp_path):
    res = export(archive, "warc", tmp_path / "out")
    recs = _warc_records(tmp_path / "out" / "govnews.warc.gz")
    pages = {
        r["id"]: r
        for r in archive.query(
            "SELECT id, url, final_url, status, fetched_at, sha256, body, http_version FROM pages"
        )
    }
    types = [r["type"] for r in recs]
    assert types[0] == "warcinfo"
    assert types.count("response") == types.count("request") == len(pages)
    assert types.count("metadata") == archive["articles"].count
    assert res.records["warc_records"] == len(recs)
    for r in recs:
        assert r["headers"].protocol == "WARC/1.1"
        assert r["digest_ok"] is True, r["problems"]
        if r["type"] != "warcinfo":
            assert r["headers"].get_header("WARC-Block-Digest").startswith("sha1:")
            assert r["headers"].get_header("WARC-Payload-Digest").startswith("sha1:")

    responses = {
        r["headers"].get_header("WARC-Record-ID"): r for r in recs if r["type"] == "response"
    }
    by_sha = {}
    for r in responses.values():
        by_sha.setdefault(hashlib.sha256(r["payload"]).hexdigest(), []).append(r)
    for page in pages.values():
        raw = zlib.decompress(page["body"])
        assert hashlib.sha256(raw).hexdigest() == page["sha256"]
        matches = [
            r
            for r in by_sha[page["sha256"]]
            if r["headers"].get_header("WARC-Date") == _warc_date(page["fetched_at"])
            and r["http"].get_statuscode() == str(page["status"])
        ]
        assert matches, page["url"]
        http = matches[0]["http"]
        assert http.get_header("Content-Encoding") is None
        assert http.get_header("Transfer-Encoding") is None
        assert http.get_header("Content-Length") == str(len(raw))
        assert http.protocol == "HTTP/1.1"
    for r in recs:
        if r["type"] == "request":
            target = responses[r["headers"].get_header("WARC-Concurrent-To")]
            uri = r["headers"].get_header("WARC-Target-URI")
            assert uri == target["headers"].get_header("WARC-Target-URI")
            assert r["http"].protocol == "GET"
    articles = {a["url"]: a for a in db_rows(archive)}
    for r in recs:
        if r["type"] != "metadata":
            continue
        assert r["headers"].get_header("Content-Type") == "application/json"
        doc = json.loads(r["payload"])
        assert doc["article"] == articles[doc["article"]["url"]]
        resp = responses[r["headers"].get_header("WARC-Refers-To")]
        page = pages[doc["page"]["id"]]
        assert (doc["page"]["url"], doc["page"]["final_url"]) == (page["url"], page["final_url"])
        assert (
            hashlib.sha256(resp["payload"]).hexdigest() == page["sha256"] == doc["page"]["sha256"]
        )
        assert r["headers"].get_header("WARC-Refers-To-Target-URI") == resp["headers"].get_header(
            "WARC-Target-URI"
        )
        assert r["headers"].get_header("WARC-Target-URI") != resp["headers"].get_header(
            "WARC-Target-URI"
        )  # own URN, so replay tools do not serve the JSON for the page URL


def test_warc_special_pages(archive, tmp_path):
    export(archive, "warc", tmp_path / "out", site=SPECIAL_SITE)
    recs = _warc_records(tmp_path / "out" / "govnews.warc.gz")
    resp = {r["headers"].get_header("WARC-Target-URI"): r for r in recs if r["type"] == "response"}
    assert all(uri.isascii() for uri in resp)
    assert f"https://{SPECIAL_SITE}{quote('/tin-tức/đại-hội.html')}" in resp
    moved = resp[f"https://{SPECIAL_SITE}/tin-tuc/chuyen-trang-moi.html"]
    assert moved["headers"].get_header("WARC-Protocol") == "h2"
    assert moved["http"].get_header("X-Govnews-Orig-Content-Encoding") == "gzip"
    missing = resp[f"https://{SPECIAL_SITE}/tin-tuc?trang=9"]
    assert missing["http"].get_statuscode() == "404"
    assert missing["http"].statusline == "404 Not Found"
    assert missing["http"].get_header("X-Govnews-Orig-Content-Length") == "999"
    assert "Không tìm thấy" in missing["payload"].decode("utf-8")


def test_warc_is_gzipped_per_record(archive, tmp_path):
    export(archive, "warc", tmp_path / "out", site=SPECIAL_SITE)
    data = (tmp_path / "out" / "govnews.warc.gz").read_bytes()
    members = 0
    while data:
        d = zlib.decompressobj(wbits=31)
        text = d.decompress(data)
        assert text.startswith(b"WARC/1.1\r\n") and text.count(b"\r\nWARC-Type: ") == 1
        data = d.unused_data
        members += 1
    assert members == len(_warc_records(tmp_path / "out" / "govnews.warc.gz"))
    assert (
        gzip.decompress((tmp_path / "out" / "govnews.warc.gz").read_bytes()).count(b"WARC/1.1\r\n")
        == members
    )


def test_warc_with_dates_takes_article_pages_and_their_sites_listings(archive, tmp_path):
    export(archive, "warc", tmp_path / "out", since="2024-03-01", until="2024-03-01")
    recs = _warc_records(tmp_path / "out" / "govnews.warc.gz")
    selected = [
        r for r in db_rows(archive) if r["published_at"] and r["published_at"][:10] == "2024-03-01"
    ]
    urls = {r["url"] for r in selected}
    sites = {r["site"] for r in selected}
    expected = {
        p["final_url"]
        for p in archive.query("SELECT url, final_url, site, kind FROM pages")
        if p["url"] in urls or (p["kind"] == "listing" and p["site"] in sites)
    }
    got = {r["headers"].get_header("WARC-Target-URI") for r in recs if r["type"] == "response"}
    assert got == expected
    meta = [json.loads(r["payload"])["article"]["url"] for r in recs if r["type"] == "metadata"]
    assert set(meta) == urls


# --- streaming ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "warc"])
def test_export_streams_with_flat_memory(tmp_path, fmt):
    db = connect(tmp_path / "big.db")
    paragraph = "Ủy ban nhân dân phường triển khai kế hoạch phòng cháy, chữa cháy mùa khô. " * 40
    raw = (WARD_PAGE.replace("</body>", paragraph * 20 + "</body>")).encode("utf-8")
    for i in range(60):
        url = f"https://{SPECIAL_SITE}/tin-tuc/{i}.html"
        _add(
            db.conn,
            url,
            published="2024-03-01",
            body=paragraph * 60,
            page=page_row(url, SPECIAL_SITE, "article", raw, _fetched("2024-03-01")),
        )
    total = sum(len(r[0].encode()) for r in db.conn.execute("SELECT body FROM articles"))
    total += 60 * len(raw) if fmt == "warc" else 0
    tracemalloc.start()
    try:
        export(db, fmt, tmp_path / "out")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total > 10_000_000
    assert peak < total / 5, (peak, total)  # fetchall() alone would hold all of it


def test_datapackage_describes_warc_export(archive, tmp_path):
    res = export(archive, "warc", tmp_path / "out", site=SPECIAL_SITE)
    desc = json.loads((tmp_path / "out" / "datapackage.json").read_text(encoding="utf-8"))
    (warc,) = desc["resources"]
    data = (tmp_path / "out" / "govnews.warc.gz").read_bytes()
    assert warc["path"] == "govnews.warc.gz" and warc["mediatype"] == "application/warc"
    assert warc["bytes"] == len(data)
    assert warc["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
    types = [r["type"] for r in _warc_records(tmp_path / "out" / "govnews.warc.gz")]
    assert warc["records"] == len(types) == res.records["warc_records"]
    assert warc["warc_records"] == {t: types.count(t) for t in set(types)}
    fetched = [
        r[0]
        for r in archive.conn.execute("SELECT fetched_at FROM pages WHERE site = ?", [SPECIAL_SITE])
    ]
    assert desc["govnews"]["span"]["fetched_at"] == {"min": min(fetched), "max": max(fetched)}
    assert desc["govnews"]["format"] == "warc" and desc["govnews"]["sites"] == [SPECIAL_SITE]
