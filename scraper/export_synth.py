"""Synthetic govnews archives for export tests and the export benchmark.

Builds realistic Vietnamese government portal pages (head with CSS and scripts, mega
menu, breadcrumb, article, sidebar, footer), stores them the way the crawler does
(zlib-compressed raw bytes, sha256 of the raw body, JSON headers) and the articles
extracted from them. Deterministic for a given seed; no network.
"""

from __future__ import annotations

import hashlib
import html
import json
import random
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import sqlite_utils

_SUBJECTS = (
    "Ủy ban nhân dân phường",
    "Ban Chỉ huy Quân sự phường",
    "Hội Liên hiệp Phụ nữ",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Công an phường",
    "Mặt trận Tổ quốc Việt Nam phường",
    "Trạm Y tế phường",
    "Hội Cựu chiến binh",
    "Ban Quản lý chợ",
    "Tổ dân phố số 5",
    "Đảng ủy phường",
    "Hội đồng nhân dân quận",
)
_VERBS = (
    "tổ chức",
    "triển khai",
    "phối hợp thực hiện",
    "tuyên truyền về",
    "ra quân hưởng ứng",
    "sơ kết công tác",
    "tổng kết",
    "kiểm tra việc thực hiện",
    "phát động",
    "trao quyết định về",
)
_OBJECTS = (
    "chiến dịch vệ sinh môi trường, phòng chống dịch sốt xuất huyết",
    "công tác cải cách hành chính năm 2024",
    "chương trình chuyển đổi số và dịch vụ công trực tuyến toàn trình",
    "phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
    "công tác tuyển chọn và gọi công dân nhập ngũ",
    "kế hoạch phòng cháy, chữa cháy trong mùa khô",
    "hội nghị tiếp xúc cử tri trước kỳ họp thứ bảy",
    "chính sách bảo hiểm y tế hộ gia đình và bảo hiểm xã hội tự nguyện",
    "ngày hội đại đoàn kết toàn dân tộc",
    "công tác quản lý trật tự đô thị, lòng lề đường",
    "việc cấp giấy chứng nhận quyền sử dụng đất",
    "chương trình hỗ trợ hộ nghèo, hộ cận nghèo đón Tết Nguyên đán",
)
_TAILS = (
    "với sự tham gia của đông đảo cán bộ và nhân dân trên địa bàn.",
    "nhằm nâng cao chất lượng phục vụ người dân và doanh nghiệp.",
    "theo đúng chỉ đạo của Thành ủy và Ủy ban nhân dân Thành phố.",
    "góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội.",
    "đạt và vượt các chỉ tiêu đề ra trong nghị quyết.",
    "tại hội trường trụ sở, số 12 đường Nguyễn Trãi.",
    "qua đó ghi nhận nhiều ý kiến đóng góp thiết thực của bà con.",
    "đồng thời biểu dương các tập thể, cá nhân tiêu biểu.",
)
_MENU = (
    "Trang chủ",
    "Giới thiệu",
    "Tin tức - Sự kiện",
    "Chỉ đạo điều hành",
    "Văn bản pháp luật",
    "Thủ tục hành chính",
    "Dịch vụ công trực tuyến",
    "Lịch công tác",
    "Hỏi đáp",
    "Liên hệ",
)
_SUBMENU = (
    "Tin hoạt động",
    "Kinh tế",
    "Văn hóa - Xã hội",
    "Quốc phòng - An ninh",
    "Cải cách hành chính",
    "Y tế - Giáo dục",
    "Thông báo",
    "Tuyên truyền pháp luật",
    "Gương người tốt việc tốt",
    "Chuyển đổi số",
    "Quy hoạch - Kế hoạch",
    "Tài nguyên - Môi trường",
    "Lao động - Thương binh và Xã hội",
    "Thống kê",
    "Tiếp công dân",
)

_CSS = "".join(
    f".gn-{i}{{margin:{i % 7}px {i % 5}px;padding:{i % 3}px;color:#{(i * 2654435761) & 0xFFFFFF:06x};"
    f"font:{12 + i % 6}px/1.5 'Roboto',Arial,sans-serif}}\n"
    for i in range(100)
)
_SCRIPT = (
    "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
    "gtag('js',new Date());gtag('config','G-GOVNEWS01');\n"
    "document.addEventListener('DOMContentLoaded',function(){var m=document.querySelectorAll"
    "('.menu-item');for(var i=0;i<m.length;i++){m[i].addEventListener('mouseenter',function()"
    "{this.classList.add('open')});m[i].addEventListener('mouseleave',function(){this.classList"
    ".remove('open')})}var f=document.getElementById('font-size');if(f){f.onchange=function()"
    "{document.body.style.fontSize=this.value+'px'}}});\n"
) * 6


def sentence_pool(rng: random.Random, n: int = 4000) -> list[str]:
    return [
        f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_TAILS)}"
        for _ in range(n)
    ]


def _chrome(site: str) -> tuple[str, str]:
    """Everything around the main content of a page of ``site`` (header/menus, footer)."""
    esc = html.escape
    menu = []
    for i, top in enumerate(_MENU):
        subs = "".join(
            f'<li class="menu-item gn-{(i * 15 + j) % 100}"><a href="/{i}/{j}/'
            f'{esc(s.lower().replace(" ", "-"))}">{esc(s)}</a></li>'
            for j, s in enumerate(_SUBMENU)
        )
        menu.append(f'<li class="menu-item top"><a href="/{i}">{esc(top)}</a><ul>{subs}</ul></li>')
    head = (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>{title} - Cổng thông tin điện tử " + esc(site) + "</title>\n"
        f"<style>\n{_CSS}</style>\n<script>{_SCRIPT}</script>\n</head>\n<body>\n"
        '<div id="top-bar"><span>Thứ Hai, ngày 01/07/2024</span> | '
        '<select id="font-size"><option>14</option><option>16</option></select></div>\n'
        f'<header><div class="banner"><img src="/images/quoc-huy.png" alt="Quốc huy">'
        f"<h2>CỔNG THÔNG TIN ĐIỆN TỬ</h2><h1>{esc(site.upper())}</h1></div>\n"
        f'<nav id="main-menu"><ul>{"".join(menu)}</ul></nav>\n'
        '<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm...">'
        "</form></header>\n"
    )
    foot = (
        '<footer><div class="footer-info"><p>Cơ quan chủ quản: Ủy ban nhân dân '
        f"{esc(site)}</p><p>Địa chỉ: Số 12 đường Nguyễn Trãi, Phường Bến Thành, Quận 1, "
        "Thành phố Hồ Chí Minh</p><p>Điện thoại: (028) 3829 1234 - Email: "
        "ubnd@example.gov.vn</p><p>Trưởng Ban biên tập: Chủ tịch Ủy ban nhân dân</p>"
        "<p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin điện tử này.</p>"
        f'</div><div class="links">{"".join(f"<a href=/l/{i}>{esc(m)}</a>" for i, m in enumerate(_MENU))}'
        "</div></footer>\n"
        '<script src="/js/jquery.min.js"></script><script src="/js/site.js?v=20240701"></script>\n'
        "</body>\n</html>\n"
    )
    return head, foot


def _sidebar(rng: random.Random, pool: list[str], n: int = 12) -> str:
    items = "".join(
        f'<li><a href="/tin-tuc/{rng.randrange(10**6)}.html">{html.escape(s[:90])}</a>'
        f'<span class="date">{rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/2024</span></li>'
        for s in rng.choices(pool, k=n)
    )
    return f'<aside class="sidebar"><h3>Tin mới nhất</h3><ul>{items}</ul></aside>\n'


def article_html(
    chrome: tuple[str, str],
    rng: random.Random,
    pool: list[str],
    *,
    title: str,
    paragraphs: list[str],
    published: str | None,
    author: str | None,
    views: int | None,
) -> str:
    esc = html.escape
    head, foot = chrome
    meta = f'<span class="date">Ngày đăng: {esc(published or "")}</span>'
    if views is not None:
        meta += f' <span class="views">Lượt xem: {views}</span>'
    body = "".join(f"<p>{esc(p)}</p>\n" for p in paragraphs)
    byline = f'<p class="author"><strong>{esc(author)}</strong></p>' if author else ""
    main = (
        '<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; '
        '<a href="/tin-tuc">Tin tức - Sự kiện</a></div>\n'
        f'<main><article class="news-detail"><h1 class="title">{esc(title)}</h1>\n'
        f'<div class="meta">{meta}</div>\n<div class="content">{body}</div>{byline}'
        '<div class="share"><a href="#">Chia sẻ</a> <a href="#">In bài</a></div>'
        "</article></main>\n"
    )
    return head.replace("{title}", esc(title)) + main + _sidebar(rng, pool) + foot


def listing_html(
    chrome: tuple[str, str], rng: random.Random, pool: list[str], links: list[tuple[str, str]]
) -> str:
    head, foot = chrome
    items = "".join(
        f'<div class="news-item"><a href="{html.escape(u)}"><h3>{html.escape(t)}</h3></a>'
        f"<p>{html.escape(rng.choice(pool))}</p></div>\n"
        for u, t in links
    )
    pager = '<div class="pager">' + "".join(f'<a href="?p={i}">{i}</a>' for i in range(1, 11))
    main = f'<main class="news-list"><h2>Tin tức - Sự kiện</h2>{items}{pager}</div></main>\n'
    return head.replace("{title}", "Tin tức - Sự kiện") + main + _sidebar(rng, pool) + foot


def content_hash(title: Any, published: Any, author: Any, body: Any) -> str:
    parts = ["" if v is None else str(v) for v in (title, published, author, body)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


RESPONSE_HEADERS = {
    "content-type": "text/html; charset=utf-8",
    "content-encoding": "gzip",
    "transfer-encoding": "chunked",
    "server": "Microsoft-IIS/10.0",
    "x-powered-by": "ASP.NET",
    "cache-control": "private",
    "vary": "Accept-Encoding",
}
REQUEST_HEADERS = {
    "user-agent": "govnews/0.1.0 (+https://example.org/govnews)",
    "accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
    "accept-encoding": "gzip, deflate",
    "accept-language": "vi-VN,vi;q=0.9,en;q=0.5",
}


def page_row(
    url: str,
    site: str,
    kind: str,
    raw: bytes,
    fetched_at: str,
    *,
    status: int = 200,
    final_url: str | None = None,
    headers: dict[str, str] | None = None,
    http_version: str = "HTTP/1.1",
    level: int = 6,
) -> dict[str, Any]:
    """A ``pages`` row as the crawler stores it."""
    hdrs = dict(RESPONSE_HEADERS if headers is None else headers)
    hdrs.setdefault("date", format_datetime(datetime.fromisoformat(fetched_at), usegmt=True))
    return {
        "url": url,
        "final_url": final_url or url,
        "site": site,
        "kind": kind,
        "status": status,
        "headers": json.dumps(hdrs),
        "request_headers": json.dumps(REQUEST_HEADERS),
        "http_version": http_version,
        "fetched_at": fetched_at,
        "content_type": hdrs.get("content-type", "").split(";")[0] or None,
        "encoding": "utf-8",
        "size": len(raw),
        "sha256": hashlib.sha256(raw).hexdigest(),
        "body": zlib.compress(raw, level),
    }


def insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
    cols = ", ".join(row)
    marks = ", ".join(f":{c}" for c in row)
    cur = conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", row)
    return int(cur.lastrowid or 0)


def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def generate(
    n_articles: int, *, sites: int = 8, seed: int = 1, per_listing: int = 20
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ('pages'|'articles', row) pairs; an article row's ``page_id`` is filled in
    by the caller from the page inserted just before it (key ``_page``)."""
    rng = random.Random(seed)
    pool = sentence_pool(rng)
    names = [f"phuong{i}.quan{i % 12 + 1}.hochiminhcity.gov.vn" for i in range(1, sites + 1)]
    chromes = {s: _chrome(s) for s in names}
    start = datetime(2023, 1, 1, tzinfo=UTC)
    pending: dict[str, list[tuple[str, str]]] = {s: [] for s in names}
    for i in range(n_articles):
        site = names[i % sites]
        fetched = start + timedelta(seconds=i * 517 + rng.randrange(300))
        pub_local = fetched + timedelta(hours=7) - timedelta(days=rng.randrange(3))
        published = (
            pub_local.strftime("%Y-%m-%d")
            if i % 3 == 0
            else pub_local.strftime("%Y-%m-%dT%H:%M:00+07:00")
        )
        title = f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
        paragraphs = rng.choices(pool, k=rng.randrange(5, 150))
        author = (
            None if i % 7 == 0 else rng.choice(("Minh Anh", "Thu Hà", "Quốc Bảo", "Lê Văn Đức"))
        )
        views = None if i % 5 == 0 else rng.randrange(10, 50000)
        url = f"https://{site}/tin-tuc/{i:07d}-tin-hoat-dong.html"
        raw = article_html(
            chromes[site],
            rng,
            pool,
            title=title,
            paragraphs=paragraphs,
            published=published,
            author=author,
            views=views,
        ).encode("utf-8")
        yield "pages", page_row(url, site, "article", raw, _iso(fetched))
        body = "\n\n".join(paragraphs)
        yield (
            "articles",
            {
                "url": url,
                "site": site,
                "title": title,
                "published_at": published,
                "author": author,
                "body": body,
                "views": views,
                "profile": "generic",
                "first_seen": _iso(fetched),
                "last_fetched": _iso(fetched),
                "content_hash": content_hash(title, published, author, body),
            },
        )
        pending[site].append((url, title))
        if len(pending[site]) >= per_listing:
            page_no = i // (per_listing * sites) + 1
            lurl = f"https://{site}/tin-tuc?p={page_no}"
            raw = listing_html(chromes[site], rng, pool, pending[site]).encode("utf-8")
            yield "pages", page_row(lurl, site, "listing", raw, _iso(fetched))
            pending[site] = []


def build_archive(
    db: sqlite_utils.Database,
    n_articles: int,
    *,
    sites: int = 8,
    seed: int = 1,
    progress: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Fill ``db`` (from :func:`scraper.db.connect`) with a synthetic crawl."""
    conn = db.conn
    counts = {"pages": 0, "articles": 0}
    last_page = 0
    conn.execute("BEGIN")
    try:
        for table, row in generate(n_articles, sites=sites, seed=seed):
            if table == "pages":
                last_page = insert(conn, "pages", row)
                if row["kind"] != "article":
                    counts["pages"] += 1
                    continue
            else:
                row["page_id"] = last_page
                insert(conn, "articles", row)
            counts[table] += 1
            if table == "articles" and counts["articles"] % 1000 == 0:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
                if progress:
                    progress(counts["articles"])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return counts
