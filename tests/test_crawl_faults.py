"""A crawl through a fault-injecting portal: everything reachable is stored, the rest is named."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fault_server import ARTICLE_TITLE, PDF_BYTES, Exchange, article_html, encode_cp1258

from scraper.crawl import CrawlOptions, Site, run_crawl

FAULTS = [
    "ok",
    "flaky",
    "ratelimited",
    "reset",
    "truncated",
    "cp1258",
    "stall",
    "loop",
    "huge",
    "pdf",
    "gone",
]


def _listing() -> str:
    items = "\n".join(
        f'<li><a href="/bai/{name}.aspx">Phường Bến Nghé tổ chức hoạt động số {n} trong tháng</a></li>'
        for n, name in enumerate(FAULTS)
    )
    return f"""<html><head><title>Tin tức - Phường Bến Nghé</title></head><body>
<div id="menu"><a href="/">Trang chủ</a> <a href="/lien-he">Liên hệ</a></div>
<ul class="news-list">{items}</ul><div id="footer">UBND phường Bến Nghé</div></body></html>"""


def _install(srv) -> None:
    page = article_html()

    def ok(ex: Exchange) -> None:
        ex.respond(200, page)

    def flaky(ex: Exchange) -> None:
        ex.respond(503, "bận") if ex.hit == 1 else ok(ex)

    def ratelimited(ex: Exchange) -> None:
        if ex.hit == 1:
            ex.respond(429, "chậm lại", headers={"Retry-After": "1"})
        else:
            ok(ex)

    def reset(ex: Exchange) -> None:
        ex.reset() if ex.hit == 1 else ok(ex)

    def truncated(ex: Exchange) -> None:
        if ex.hit == 1:
            data = page.encode()
            ex.send_head(
                200, {"Content-Type": "text/html; charset=utf-8", "Content-Length": str(len(data))}
            )
            ex.write(data[: len(data) // 2])
            ex.close()
        else:
            ok(ex)

    def cp1258(ex: Exchange) -> None:  # legacy bytes under a wrong utf-8 label
        ex.respond(
            200,
            encode_cp1258(article_html(meta_charset=None)),
            content_type="text/html; charset=utf-8",
        )

    def stall(ex: Exchange) -> None:
        ex.stall(3)

    def loop(ex: Exchange) -> None:
        ex.redirect(
            "/bai/loop.aspx?again=1" if "again" not in ex.request.query else "/bai/loop.aspx"
        )

    def huge(ex: Exchange) -> None:
        ex.respond(200, b"<html><body>" + b"x" * (3 * 1024 * 1024))

    def pdf(ex: Exchange) -> None:
        ex.respond(200, PDF_BYTES, content_type="application/pdf")

    def gone(ex: Exchange) -> None:
        ex.respond(404, "<h1>Không tìm thấy</h1>")

    srv.add_route("/tin-tuc", lambda ex: ex.respond(200, _listing()))
    for name, handler in locals().copy().items():
        if name in FAULTS:
            srv.add_route(f"/bai/{name}.aspx", handler)


def test_crawl_gets_every_reachable_article_and_names_the_rest(
    fault_server, tmp_path: Path
) -> None:
    _install(fault_server)
    db = tmp_path / "faults.db"
    options = CrawlOptions(delay=0, concurrency=3, read_timeout=0.5, attempts=3)
    options_policy = options.policy
    options.policy = lambda: _small(options_policy())  # type: ignore[method-assign]
    report = run_crawl(
        db, [Site.from_url(fault_server.url("/tin-tuc"))], options, handle_signals=False
    )

    con = sqlite3.connect(db)
    stored = {
        r[0].rsplit("/", 1)[1].removesuffix(".aspx"): r[1]
        for r in con.execute("SELECT url, title FROM articles")
    }
    assert set(stored) == {"ok", "flaky", "ratelimited", "reset", "truncated", "cp1258"}
    assert all(title == ARTICLE_TITLE for title in stored.values())  # cp1258 decoded to NFC too
    failed = {
        r[0].rsplit("/", 1)[1].removesuffix(".aspx"): r[1]
        for r in con.execute("SELECT url, reason FROM failures")
    }
    assert failed == {
        "stall": "timeout",
        "loop": "redirect-loop",
        "huge": "too-large",
        "pdf": "not-html",
        "gone": "http-404",
    }
    assert con.execute(
        "SELECT content_type FROM attachments WHERE url LIKE '%pdf.aspx'"
    ).fetchone() == ("application/pdf",)
    assert report.exit_code == 5 and report.counts.new == 6 and report.counts.failed == 5
    assert fault_server.hits("/bai/flaky.aspx") == 2 and fault_server.hits("/bai/ok.aspx") == 1


def _small(policy):
    policy.max_bytes = 2 * 1024 * 1024
    policy.backoff_initial = 0.05
    return policy
