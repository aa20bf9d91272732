"""Sitemaps as a listing: reading them (pure) and crawling a portal from one (loopback)."""

from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

import pytest
from fault_server import ARTICLE_TITLE, article_html
from typer.testing import CliRunner

from cli import app
from scraper.errors import ParseError
from scraper.sitemap import looks_like_sitemap, parse_sitemap

HOST = "https://phuongmau.namdinh.gov.vn"
NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def urlset(locs: list[tuple[str, str | None]]) -> bytes:
    rows = "".join(
        f"<url><loc>{loc}</loc>" + (f"<lastmod>{mod}</lastmod>" if mod else "") + "</url>"
        for loc, mod in locs
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset {NS}>{rows}</urlset>'.encode()


def index(locs: list[str]) -> bytes:
    rows = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex {NS}>{rows}</sitemapindex>'.encode()
    )


POSTS = [
    (f"{HOST}/tin-tuc/2024/03/hoi-nghi-so-{n}.html", f"2024-03-{n % 28 + 1:02d}T08:30:00+07:00")
    for n in range(40)
]


def test_a_urlset_lists_its_article_shaped_pages_with_their_dates() -> None:
    static = [(f"{HOST}/", None), (f"{HOST}/gioi-thieu.html", None), (f"{HOST}/lien-he.html", None)]
    smap = parse_sitemap(urlset(static[:1] + POSTS[:20] + static[1:] + POSTS[20:]), f"{HOST}/s.xml")
    assert smap.pages == [loc for loc, _ in POSTS]
    assert smap.skipped == 3  # the home page and two static pages of a rare shape
    assert smap.lastmod[POSTS[0][0]] == "2024-03-01T08:30:00+07:00"
    assert smap.sitemaps == []


def test_an_index_names_the_sitemaps_that_hold_articles() -> None:
    names = [
        "post-sitemap.xml",
        "page-sitemap.xml",
        "category-sitemap.xml",
        "post-sitemap2.xml",
        "post_tag-sitemap.xml",
        "author-sitemap.xml",
        "sitemap-tin-tuc.xml.gz",
    ]
    smap = parse_sitemap(index([f"{HOST}/{n}" for n in names]), f"{HOST}/sitemap_index.xml")
    assert smap.sitemaps == [
        f"{HOST}/post-sitemap.xml",
        f"{HOST}/post-sitemap2.xml",
        f"{HOST}/sitemap-tin-tuc.xml.gz",
    ]
    assert (smap.pages, smap.skipped) == ([], 4)


def test_gzipped_and_relative_and_namespace_free_sitemaps_read_the_same() -> None:
    plain = urlset(POSTS)
    assert parse_sitemap(gzip.compress(plain), f"{HOST}/s.xml.gz").pages == [p for p, _ in POSTS]
    bare = b"<urlset><url><loc>/tin-tuc/a-1.html</loc></url><url><loc>/tin-tuc/a-2.html</loc></url></urlset>"
    assert parse_sitemap(bare, f"{HOST}/sitemap.xml").pages == [
        f"{HOST}/tin-tuc/a-1.html",
        f"{HOST}/tin-tuc/a-2.html",
    ]
    assert looks_like_sitemap(plain) and looks_like_sitemap(gzip.compress(plain))
    assert not looks_like_sitemap(b"<!DOCTYPE html><html><body>urlset</body></html>")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b'<?xml version="1.0"?><urlset><url><loc>/a</loc></url>',
            "not a readable sitemap (no element found",
        ),
        (
            "<html><body><p>Trang chủ</p></body></html>".encode(),
            "not a sitemap (root element <html>)",
        ),
        (b"\x1f\x8b\x08\x00garbage", "not a readable gzipped sitemap"),
        (None, "sitemap larger than 50 MB unpacked"),
    ],
    ids=["truncated", "html", "bad-gzip", "gzip-bomb"],
)
def test_a_broken_sitemap_is_one_clear_error(content: bytes | None, message: str) -> None:
    if content is None:  # a small .gz that would inflate past the protocol's 50 MB
        content = gzip.compress(b"<urlset>" + b" " * (51 * 1024 * 1024), 1)
    with pytest.raises(ParseError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_sitemap(content, f"{HOST}/sitemap.xml")


def _serve_sitemap_portal(srv) -> None:
    def posts(n: int) -> list[tuple[str, str | None]]:
        return [(srv.url(f"/tin/{i}"), f"2024-01-{10 + i:02d}") for i in range(1, n + 1)]

    srv.add_route(
        "/sitemap_index.xml",
        lambda ex: ex.respond(
            200,
            index([srv.url("/post-sitemap.xml.gz"), srv.url("/page-sitemap.xml")]),
            content_type="application/xml",
        ),
    )
    srv.add_route(
        "/post-sitemap.xml.gz",
        lambda ex: ex.respond(
            200,
            gzip.compress(urlset([(srv.url("/"), None), *posts(3)])),
            content_type="application/x-gzip",
        ),
    )
    srv.add_route("/page-sitemap.xml", lambda ex: ex.respond(500, "should not be asked"))
    for n in (1, 2, 3):
        srv.add_route(f"/tin/{n}", lambda ex: ex.respond(200, article_html()))


def test_a_crawl_seeded_with_a_sitemap_index_stores_its_articles(
    fault_server, tmp_path: Path
) -> None:
    _serve_sitemap_portal(fault_server)
    db = tmp_path / "sm.db"
    runner = CliRunner()
    seed = fault_server.url("/sitemap_index.xml")
    result = runner.invoke(app, ["crawl", seed, "--db", str(db), "--delay", "0", "-q"])
    assert result.exit_code == 0, result.stderr
    con = sqlite3.connect(db)
    titles = [t for (t,) in con.execute("SELECT title FROM articles ORDER BY url")]
    assert titles == [ARTICLE_TITLE] * 3
    listed = {u for (u,) in con.execute("SELECT url FROM pages WHERE kind='listing'")}
    assert listed == {seed, fault_server.url("/post-sitemap.xml.gz")}
    asked = [r.path for r in fault_server.requests]
    assert "/page-sitemap.xml" not in asked and "/" not in asked
    # the next run finds nothing new and says so
    again = runner.invoke(app, ["crawl", seed, "--db", str(db), "--delay", "0", "-q"])
    assert again.exit_code == 3, again.stderr


def test_a_sitemaps_modification_dates_spare_fetches_before_since(
    fault_server, tmp_path: Path
) -> None:
    _serve_sitemap_portal(fault_server)
    seed = fault_server.url("/post-sitemap.xml.gz")
    result = CliRunner().invoke(
        app,
        [
            "crawl",
            seed,
            "--db",
            str(tmp_path / "s.db"),
            "--delay",
            "0",
            "-q",
            "--since",
            "2024-01-12",
        ],
    )
    assert result.exit_code == 0, result.stderr
    asked = {r.path for r in fault_server.requests if r.path.startswith("/tin/")}
    assert asked == {"/tin/2", "/tin/3"}  # /tin/1 was last modified on 2024-01-11


def test_a_listing_without_links_points_to_the_sitemap_robots_txt_names(
    fault_server, tmp_path: Path
) -> None:
    fault_server.set_robots(
        f"User-agent: *\nDisallow:\nSitemap: {fault_server.url('/sitemap_index.xml')}\n"
    )
    fault_server.add_route(
        "/tin-tuc",
        lambda ex: ex.respond(
            200,
            "<html><body><div id='news' data-api='/api/news?page=1'></div>"
            "<script src='/js/news.js'></script></body></html>",
        ),
    )
    result = CliRunner().invoke(
        app, ["crawl", fault_server.url("/tin-tuc"), "--db", str(tmp_path / "j.db"), "-q"]
    )
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"govnews: error: no recognisable article links on listing page {fault_server.url('/tin-tuc')}"
        f"; robots.txt names a sitemap, crawl it instead: {fault_server.url('/sitemap_index.xml')}"
    )


def test_a_broken_or_empty_sitemap_seed_is_one_line_and_keeps_the_archive(
    fault_server, tmp_path: Path
) -> None:
    _serve_sitemap_portal(fault_server)
    db = tmp_path / "b.db"
    runner = CliRunner()
    ok = runner.invoke(
        app,
        ["crawl", fault_server.url("/sitemap_index.xml"), "--db", str(db), "--delay", "0", "-q"],
    )
    assert ok.exit_code == 0, ok.stderr
    con = sqlite3.connect(db)
    before = con.execute("SELECT url, title, body FROM articles ORDER BY url").fetchall()
    con.close()
    assert len(before) == 3
    fault_server.add_route(
        "/cut.xml", lambda ex: ex.respond(200, urlset(POSTS)[:300], content_type="application/xml")
    )  # truncated mid-element
    fault_server.add_route(
        "/empty.xml", lambda ex: ex.respond(200, urlset([]), content_type="application/xml")
    )
    for path, message in (
        ("/cut.xml", f"cannot read sitemap {fault_server.url('/cut.xml')}: not a readable sitemap"),
        ("/empty.xml", f"sitemap {fault_server.url('/empty.xml')} lists no article pages"),
    ):
        other = tmp_path / f"{path[1:]}.db"
        for target in (db, other):
            bad = runner.invoke(app, ["crawl", fault_server.url(path), "--db", str(target), "-q"])
            assert bad.exit_code == 1
            lines = bad.stderr.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith(f"govnews: error: {message}"), bad.stderr
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT url, title, body FROM articles ORDER BY url").fetchall() == before
