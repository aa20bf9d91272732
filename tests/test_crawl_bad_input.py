"""Bad input: each case gives one clear stderr line, a documented exit code, an intact DB."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from fault_server import ARTICLE_TITLE, article_html
from typer.testing import CliRunner

from cli import app

LISTING = """<!DOCTYPE html><html><head><title>Tin tức - Cổng TTĐT phường Bến Nghé</title>
<script>var x = 1;</script></head><body>
<div id="menu"><a href="/">Trang chủ</a> <a href="/gioi-thieu">Giới thiệu</a></div>
<div id="news"><h2>Tin tức - Sự kiện</h2>
<div class="item"><a href="/tin/1">Phường Bến Nghé tổ chức Hội nghị tổng kết công tác năm 2023</a> (12/01/2024)</div>
<div class="item"><a href="/tin/2">Ra quân tổng vệ sinh môi trường đón Tết Nguyên đán Giáp Thìn</a> (10/01/2024)</div>
<div class="item"><a href="/tin/3">Tuyên truyền cải cách hành chính và dịch vụ công trực tuyến</a> (08/01/2024)</div>
</div><div id="footer">Bản quyền thuộc về UBND phường Bến Nghé</div></body></html>"""


def _serve_portal(srv, article_status=200) -> str:
    srv.add_route("/tin-tuc", lambda ex: ex.respond(200, LISTING))
    for n in (1, 2, 3):
        srv.add_route(f"/tin/{n}", lambda ex: ex.respond(article_status, article_html()))
    return srv.url("/tin-tuc")


def _rows(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return con.execute("SELECT url, title FROM articles ORDER BY url").fetchall()
    finally:
        con.close()


def _one_error_line(stderr: str) -> str:
    errors = [line for line in stderr.splitlines() if line.startswith("govnews: error:")]
    assert len(errors) == 1, stderr
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1, stderr  # quiet runs: the one line, nothing else
    return errors[0]


def test_crawl_stores_portal_then_unreachable_url_keeps_records(
    fault_server, tmp_path: Path
) -> None:
    db = tmp_path / "a.db"
    runner = CliRunner()
    ok = runner.invoke(
        app, ["crawl", _serve_portal(fault_server), "--db", str(db), "--delay", "0", "-q"]
    )
    assert ok.exit_code == 0, ok.output
    before = _rows(db)
    assert len(before) == 3 and all(title == ARTICLE_TITLE for _, title in before)

    bad = runner.invoke(
        app, ["crawl", "http://127.0.0.1:9/tin-tuc", "--db", str(db), "--attempts", "2", "-q"]
    )
    assert bad.exit_code == 1
    line = _one_error_line(bad.stderr)
    assert "cannot fetch listing http://127.0.0.1:9/tin-tuc" in line
    assert _rows(db) == before


def test_listing_without_article_links(fault_server, tmp_path: Path) -> None:
    fault_server.add_route(
        "/empty",
        lambda ex: ex.respond(
            200, "<html><body><a href='/'>Trang chủ</a><p>Chưa có tin.</p></body></html>"
        ),
    )
    result = CliRunner().invoke(
        app,
        ["crawl", fault_server.url("/empty"), "--db", str(tmp_path / "b.db"), "--delay", "0", "-q"],
    )
    assert result.exit_code == 1
    assert "no recognisable article links on listing page" in _one_error_line(result.stderr)
    assert _rows(tmp_path / "b.db") == []


def test_listing_that_is_not_html(fault_server, tmp_path: Path) -> None:
    fault_server.add_route(
        "/list.pdf", lambda ex: ex.respond(200, b"%PDF-1.4 binary", content_type="application/pdf")
    )
    result = CliRunner().invoke(
        app,
        [
            "crawl",
            fault_server.url("/list.pdf"),
            "--db",
            str(tmp_path / "c.db"),
            "--delay",
            "0",
            "-q",
        ],
    )
    assert result.exit_code == 1
    assert "not an HTML page (application/pdf)" in _one_error_line(result.stderr)


def test_article_with_missing_fields_is_stored_with_nulls_and_reported(
    fault_server, tmp_path: Path
) -> None:
    fault_server.add_route("/tin-tuc", lambda ex: ex.respond(200, LISTING))
    fault_server.add_route("/tin/1", lambda ex: ex.respond(200, article_html()))
    fault_server.add_route("/tin/2", lambda ex: ex.respond(200, article_html()))
    fault_server.add_route(
        "/tin/3",
        lambda ex: ex.respond(200, "<html><head></head><body><div>   </div></body></html>"),
    )
    db = tmp_path / "d.db"
    result = CliRunner().invoke(
        app, ["crawl", fault_server.url("/tin-tuc"), "--db", str(db), "--delay", "0", "-q"]
    )
    assert result.exit_code == 5  # partial
    con = sqlite3.connect(db)
    row = con.execute("SELECT title, body, views FROM articles WHERE url LIKE '%/tin/3'").fetchone()
    assert row == (None, None, None)
    reason = con.execute("SELECT reason, message FROM failures WHERE url LIKE '%/tin/3'").fetchone()
    assert reason == ("incomplete", "no title and no body found")
    assert len(_rows(db)) == 3


SOFT_404 = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Thông báo - Cổng TTĐT phường Bến Nghé</title></head><body>
<div id="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a> <a href="/lien-he">Liên hệ</a></div>
<div class="main"><h2>Thông báo</h2>
<div class="alert">Bài viết không tồn tại hoặc đã bị xóa khỏi hệ thống.</div>
<a href="/">Quay về trang chủ</a></div>
<div class="sidebar"><h3>Tin mới</h3><ul><li><a href="/tin/1">Phường Bến Nghé tổ chức Hội nghị
tổng kết công tác năm 2023</a> (12/01/2024)</li></ul></div>
<div id="footer">Bản quyền thuộc về UBND phường Bến Nghé. Địa chỉ: 29 Lê Duẩn, Quận 1,
Thành phố Hồ Chí Minh. Điện thoại: 028.3829.xxxx. Tổng lượt truy cập: 1.234.567</div>
</body></html>"""


@pytest.mark.parametrize(
    ("status", "page", "reason", "said"),
    [
        (404, "<h1>Không tìm thấy</h1>", "http-404", "HTTP 404"),
        # a deleted article still listed, served with 200 and a notice (a soft 404)
        (200, SOFT_404, "gone", "the page says the article is gone ('Bài viết không tồn tại"),
    ],
    ids=["404", "soft-404"],
)
def test_a_missing_article_is_a_recorded_failure_the_others_stored(
    fault_server, tmp_path: Path, status: int, page: str, reason: str, said: str
) -> None:
    fault_server.add_route("/tin-tuc", lambda ex: ex.respond(200, LISTING))
    fault_server.add_route("/tin/1", lambda ex: ex.respond(200, article_html()))
    fault_server.add_route("/tin/2", lambda ex: ex.respond(200, article_html()))
    fault_server.add_route("/tin/3", lambda ex: ex.respond(status, page))
    db = tmp_path / "e.db"
    result = CliRunner().invoke(
        app, ["crawl", fault_server.url("/tin-tuc"), "--db", str(db), "--delay", "0", "-q"]
    )
    assert result.exit_code == 5
    assert said in result.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT reason FROM failures WHERE url LIKE '%/tin/3'").fetchone() == (
        reason,
    )
    assert [url.rsplit("/", 1)[1] for url, _ in _rows(db)] == ["1", "2"]


def test_invalid_db_path_is_a_clear_error(fault_server, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["crawl", _serve_portal(fault_server), "--db", str(tmp_path), "-q"]
    )
    assert result.exit_code == 1
    assert "is a directory" in _one_error_line(result.stderr)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(
        app, ["crawl", _serve_portal(fault_server), "--db", str(blocker / "x.db"), "-q"]
    )
    assert result.exit_code != 0
    assert "cannot" in _one_error_line(result.stderr)


def test_not_http_url_and_bad_options_are_usage_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["crawl", "ftp://example.gov.vn/", "--db", str(tmp_path / "f.db")])
    assert result.exit_code == 2
    assert "not an http(s) URL" in _one_error_line(result.stderr)
    result = runner.invoke(
        app, ["crawl", "http://127.0.0.1:9/", "--delay", "-1", "--db", str(tmp_path / "f.db")]
    )
    assert result.exit_code == 2
    assert "--delay must be zero or positive" in _one_error_line(result.stderr)
    result = runner.invoke(
        app, ["crawl", "http://127.0.0.1:9/", "--profile", "nope", "--db", str(tmp_path / "f.db")]
    )
    assert result.exit_code == 2
    assert "unknown profile 'nope'" in _one_error_line(result.stderr)
    for flags, message in (
        (["--max-pages", "0"], "--max-pages must be at least 1"),
        (["--concurrency", "0"], "--concurrency must be at least 1"),
        (["--attempts", "0"], "--attempts must be at least 1"),
        (["--batch-size", "0"], "--batch-size must be at least 1"),
        (["--parse-workers", "-2"], "--parse-workers must be zero or positive"),
        (["--refresh-days", "-1"], "--refresh-days must be zero or positive"),
        (["--since", "17/06/2022"], "--since must be a date like 2022-06-17"),
        (["--log-format", "xml"], "--log-format must be text or json"),
    ):
        result = runner.invoke(
            app, ["crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "f.db"), *flags]
        )
        assert result.exit_code == 2, flags
        assert message in _one_error_line(result.stderr)
    assert not (tmp_path / "f.db").exists()  # usage errors touch nothing


def test_dns_failure_tls_error_and_offsite_listing_redirect(fault_server, tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "g.db")
    dns = runner.invoke(
        app, ["crawl", "http://portal.invalid/tin-tuc", "--db", db, "-q", "--attempts", "1"]
    )
    assert dns.exit_code == 1
    assert "cannot fetch listing http://portal.invalid/tin-tuc" in _one_error_line(dns.stderr)
    # https to a plain-HTTP port: the TLS handshake fails
    tls = runner.invoke(
        app,
        [
            "crawl",
            fault_server.url("/tin-tuc").replace("http:", "https:"),
            "--db",
            db,
            "-q",
            "--attempts",
            "1",
        ],
    )
    assert tls.exit_code == 1
    line = _one_error_line(tls.stderr)
    assert "cannot fetch listing https://" in line and (
        "TLS" in line or "SSL" in line or "tls" in line
    )
    fault_server.add_route(
        "/di-cho-khac", lambda ex: ex.redirect(fault_server.url("/tin-tuc", host="localhost"))
    )
    off = runner.invoke(app, ["crawl", fault_server.url("/di-cho-khac"), "--db", db, "-q"])
    assert off.exit_code == 1
    assert "redirect" in _one_error_line(off.stderr)
    assert _rows(tmp_path / "g.db") == []


def test_one_bad_site_never_stops_the_others(fault_server, tmp_path: Path) -> None:
    good = _serve_portal(fault_server)
    sites = tmp_path / "sites.toml"
    sites.write_text(
        f'[defaults]\ndelay = 0\n\n[[site]]\nname = "tot"\nlisting = ["{good}"]\n\n'
        '[[site]]\nname = "hong"\nlisting = ["http://127.0.0.1:9/tin-tuc"]\n',
        encoding="utf-8",
    )
    db = tmp_path / "h.db"
    result = CliRunner().invoke(
        app, ["crawl", "--sites", str(sites), "--db", str(db), "-q", "--attempts", "1"]
    )
    assert result.exit_code == 5  # partial: one site failed, the other was stored
    assert "govnews: error: hong: cannot fetch listing http://127.0.0.1:9/tin-tuc" in result.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT site, count(*) FROM articles GROUP BY site").fetchall() == [
        ("tot", 3)
    ]


@pytest.fixture
def https_server():
    """The same fault server over HTTPS, with a certificate from a CA nobody trusts
    (what a portal with a self-signed or half-sent chain looks like to a client)."""
    import ssl

    import trustme
    from fault_server import FaultServer

    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    trustme.CA().issue_cert("127.0.0.1").configure_cert(ctx)
    with FaultServer(tls=ctx) as srv:
        yield srv


def test_untrusted_certificate_is_one_line_naming_the_way_on(https_server, tmp_path: Path) -> None:
    db = tmp_path / "tls.db"
    runner = CliRunner()
    url = _serve_portal(https_server)
    assert url.startswith("https://127.0.0.1:")
    bad = runner.invoke(app, ["crawl", url, "--db", str(db), "--delay", "0", "-q"])
    assert bad.exit_code == 1
    line = _one_error_line(bad.stderr)
    assert f"cannot fetch listing {url}" in line
    assert "TLS certificate not trusted (unable to get local issuer certificate)" in line
    assert "--insecure skips the check" in line
    assert _rows(db) == []
    assert len(https_server.requests) == 0  # refused at the handshake: nothing was asked

    ok = runner.invoke(app, ["crawl", url, "--db", str(db), "--delay", "0", "-q", "--insecure"])
    assert ok.exit_code == 0, ok.stderr
    assert [title for _, title in _rows(db)] == [ARTICLE_TITLE] * 3


def test_probe_fetches_through_a_broken_certificate_only_when_told(https_server) -> None:
    _serve_portal(https_server)
    url = https_server.url("/tin/1")
    runner = CliRunner()
    refused = runner.invoke(app, ["probe", url, "--format", "json"])
    assert refused.exit_code == 1
    assert "TLS certificate not trusted" in refused.stdout
    read = runner.invoke(app, ["probe", url, "--format", "json", "--insecure"])
    assert read.exit_code == 0, read.output
    assert f'"title": "{ARTICLE_TITLE}"' in read.stdout


def _entry(target: str) -> str:
    return (
        '<html><head><meta http-equiv="refresh" content="0;url=' + target + '">'
        "<title>Cổng TTĐT phường Bến Nghé</title></head><body><p>Đang chuyển trang…</p>"
        "</body></html>"
    )


def test_a_seed_that_only_forwards_is_followed_to_the_listing(fault_server, tmp_path: Path) -> None:
    db = tmp_path / "fwd.db"
    _serve_portal(fault_server)
    fault_server.add_route("/", lambda ex: ex.respond(200, _entry("/index.aspx")))
    fault_server.add_route(
        "/index.aspx",
        lambda ex: ex.respond(200, "<script>window.location.href = '/tin-tuc';</script>"),
    )
    result = CliRunner().invoke(
        app, ["crawl", fault_server.url("/"), "--db", str(db), "--delay", "0"]
    )
    assert result.exit_code == 0, result.stderr
    assert f"listing {fault_server.url('/')} forwards to {fault_server.url('/index.aspx')}" in (
        result.stderr
    )
    assert [title for _, title in _rows(db)] == [ARTICLE_TITLE] * 3
    con = sqlite3.connect(db)
    stored = {url for (url,) in con.execute("SELECT url FROM pages WHERE kind='listing'")}
    assert stored == {fault_server.url(p) for p in ("/", "/index.aspx", "/tin-tuc")}


def test_a_seed_forwarding_off_site_or_in_circles_is_one_clear_error(
    fault_server, tmp_path: Path
) -> None:
    db = tmp_path / "fwd.db"
    fault_server.add_route("/", lambda ex: ex.respond(200, _entry("https://portal.example/xa")))
    fault_server.add_route("/a", lambda ex: ex.respond(200, _entry("/b")))
    fault_server.add_route("/b", lambda ex: ex.respond(200, _entry("/a")))
    runner = CliRunner()
    away = runner.invoke(app, ["crawl", fault_server.url("/"), "--db", str(db), "-q"])
    assert away.exit_code == 1
    line = _one_error_line(away.stderr)
    assert "only forwards to https://portal.example/xa (another site); crawl that URL" in line
    circle = runner.invoke(
        app, ["crawl", fault_server.url("/a"), "--db", str(tmp_path / "o.db"), "--delay", "0", "-q"]
    )
    assert circle.exit_code == 1
    line = _one_error_line(circle.stderr)
    assert "no recognisable article links on listing page" in line
    assert _rows(db) == []
    assert len([r for r in fault_server.requests if r.path in ("/a", "/b")]) <= 4


BLOCK_PAGE = (
    "<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. "
    "Please consult with your administrator.<br><br>Your support ID is: 13262619812437402781"
    "<br><br><a href='javascript:history.back();'>[Go Back]</a></body></html>"
)


def _stored(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(
            "SELECT url, title, body, content_hash FROM articles ORDER BY url"
        ).fetchall()
    finally:
        con.close()


def test_a_block_page_served_with_200_never_replaces_a_stored_article(
    fault_server, tmp_path: Path
) -> None:
    db = tmp_path / "waf.db"
    runner = CliRunner()
    url = _serve_portal(fault_server)
    assert runner.invoke(app, ["crawl", url, "--db", str(db), "--delay", "0", "-q"]).exit_code == 0
    before = _stored(db)
    assert len(before) == 3
    for n in (1, 2, 3):  # the firewall now answers for the articles, with status 200
        fault_server.add_route(f"/tin/{n}", lambda ex: ex.respond(200, BLOCK_PAGE))
    again = runner.invoke(
        app, ["crawl", url, "--db", str(db), "--delay", "0", "-q", "--refresh-days", "100000"]
    )
    assert again.exit_code == 5, again.stderr
    lines = again.stderr.strip().splitlines()
    assert len(lines) == 3 and "Traceback" not in again.stderr
    assert all(
        "the server sent a block page instead of the article ('Request Rejected') [refused]" in line
        for line in lines
    )
    assert _stored(db) == before
    con = sqlite3.connect(db)
    reasons = [r for (r,) in con.execute("SELECT reason FROM failures ORDER BY url")]
    assert reasons == ["refused"] * 3


def test_block_pages_in_a_row_halt_the_site_and_keep_the_rest_queued(
    fault_server, tmp_path: Path
) -> None:
    db = tmp_path / "halt.db"
    items = "".join(
        f'<div class="item"><a href="/tin/{n}">Tin số {n}: hội nghị tổng kết công tác năm 2023 '
        f"của phường</a> (12/01/2024)</div>"
        for n in range(1, 11)
    )
    fault_server.add_route(
        "/tin-tuc",
        lambda ex: ex.respond(200, LISTING.replace('<div id="news">', f'<div id="news">{items}')),
    )
    fault_server.add_route("/tin/", lambda ex: ex.respond(200, BLOCK_PAGE), prefix=True)
    result = CliRunner().invoke(
        app,
        [
            "crawl",
            fault_server.url("/tin-tuc"),
            "--db",
            str(db),
            "--delay",
            "0",
            "-q",
            "--concurrency",
            "1",
        ],
    )
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("govnews: error:")]
    assert errors[-1] == (
        "govnews: error: the portal sent 5 block pages in a row ('Request Rejected'); stopped "
        "crawling it, the rest stays queued (try later or with a longer --delay)"
    )
    asked = [r.path for r in fault_server.requests if r.path.startswith("/tin/")]
    assert len(asked) == 5
    con = sqlite3.connect(db)
    states = dict(
        con.execute("SELECT state, count(*) FROM frontier WHERE kind='article' GROUP BY state")
    )
    assert states == {"failed": 5, "queued": 5}  # the listing's 10 items, less the 5 refused
    assert _stored(db) == []


def test_a_listing_that_is_a_block_page_is_one_clear_error(fault_server, tmp_path: Path) -> None:
    fault_server.add_route("/tin-tuc", lambda ex: ex.respond(200, BLOCK_PAGE))
    result = CliRunner().invoke(
        app, ["crawl", fault_server.url("/tin-tuc"), "--db", str(tmp_path / "l.db"), "-q"]
    )
    assert result.exit_code == 1
    assert _one_error_line(result.stderr) == (
        f"govnews: error: listing page {fault_server.url('/tin-tuc')} is a block page, not the "
        "listing ('Request Rejected'); try later or with a longer --delay"
    )


def test_a_pager_only_a_script_drives_is_a_warning_naming_the_listing(
    fault_server, tmp_path: Path
) -> None:
    more = '<button class="btn-more" onclick="loadNews(2)">Xem thêm tin</button></div><div id="footer">'
    _serve_portal(fault_server)
    fault_server.add_route(
        "/tin-tuc", lambda ex: ex.respond(200, LISTING.replace('</div><div id="footer">', more))
    )
    url = fault_server.url("/tin-tuc")
    result = CliRunner().invoke(app, ["crawl", url, "--db", str(tmp_path / "s.db"), "--delay", "0"])
    assert result.exit_code == 0, result.stderr
    assert (
        f"warning: listing {url} shows more pages ('Xem thêm tin') that only a script reaches;"
        " the walk cannot go past this page"
    ) in result.stderr.splitlines()
    assert [title for _, title in _rows(tmp_path / "s.db")] == [ARTICLE_TITLE] * 3
