"""Article fields in layouts the generic extractor must read without a profile.

Each page is a whole portal page (menu, breadcrumb, sidebars of dated headlines,
footer with a visitor counter); one layout rule is varied at a time.
"""

from __future__ import annotations

from scraper.article import extract_article

URL = "https://portal.bacninh.gov.vn/news/2024/03/hoi-nghi-xuc-tien-dau-tu"
TITLE = "Bắc Ninh tổ chức hội nghị xúc tiến đầu tư vào các khu công nghiệp năm 2024"
PARAS = [
    "Sáng 14/3, UBND tỉnh tổ chức hội nghị xúc tiến đầu tư vào các khu công nghiệp với sự "
    "tham dự của hơn 200 doanh nghiệp trong và ngoài nước, các sở, ngành và địa phương.",
    "Phát biểu tại hội nghị, đồng chí Chủ tịch UBND tỉnh khẳng định tỉnh luôn đồng hành cùng "
    "doanh nghiệp, cải cách thủ tục hành chính và bảo đảm quỹ đất sạch cho nhà đầu tư.",
    "Dịp này, tỉnh trao giấy chứng nhận đăng ký đầu tư cho 12 dự án với tổng vốn đăng ký "
    "hơn 850 triệu USD, tập trung vào lĩnh vực điện tử, cơ khí chính xác và logistics.",
]


def _page(before_title: str, after_title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{TITLE} - Cổng thông tin điện tử tỉnh Bắc Ninh</title>
<script>window.dataLayer = window.dataLayer || [];</script></head>
<body><div class="header"><span class="clock">Thứ Sáu, 15/03/2024</span>
<div class="logo">Cổng thông tin điện tử tỉnh Bắc Ninh</div></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/news">Tin tức</a></li>
<li><a href="/van-ban">Văn bản</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>
<div class="main"><div class="portlet">{before_title}
<div class="news-detail"><h2 class="news-title">{TITLE}</h2>{after_title}
<div class="news-content">{body}</div>
<div class="tools"><a href="javascript:window.print()">In trang</a> | <a href="javascript:history.back()">Quay lại</a></div>
</div></div>
<div class="sidebar"><h4>Tin mới</h4><ul>
<li><a href="/news/2024/03/a">Khai mạc hội chợ thương mại làng nghề truyền thống</a> (12/03/2024)</li>
<li><a href="/news/2024/03/b">Tập huấn chuyển đổi số cho cán bộ cấp xã năm 2024</a> (10/03/2024)</li>
</ul></div></div>
<div class="footer">Tổng lượt truy cập: 5.230.114 - Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh</div>
</body></html>"""


def _body(extra: str = "") -> str:
    return "".join(f"<p>{p}</p>" for p in PARAS[:2]) + extra + f"<p>{PARAS[2]}</p>"


def test_a_date_at_the_end_of_the_breadcrumb_is_the_publication_date() -> None:
    crumb = (
        '<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/news">Tin tức - Sự kiện</a>'
        ' › <a href="/news/kinh-te">Kinh tế</a> <span class="crumb-date">| 14/03/2024</span></div>'
    )
    art = extract_article(_page(crumb, "", _body()), URL)
    assert art.published_at == "2024-03-14"


def test_a_dated_headline_above_the_title_is_not_the_date() -> None:
    other = (
        '<div class="hot"><a href="/news/2024/02/c">Hội nghị tổng kết công tác năm 2023'
        "</a> (19/02/2024)</div>"
    )
    art = extract_article(_page(other, "", _body()), URL)
    assert art.published_at is None  # one linked headline with its date: another article's


def test_a_byline_stops_where_the_next_field_starts() -> None:
    info = '<div class="news-info">Bài, ảnh: Thanh Nga - Lượt xem: 3.517</div>'
    art = extract_article(_page("", info, _body()), URL)
    assert (art.author, art.views) == ("Thanh Nga", 3517)


def test_an_intertitle_after_an_inline_see_also_box_is_body() -> None:
    box = (
        '<div class="box-xemthem"><strong>Xem thêm:</strong><ul>'
        '<li><a href="/news/2024/01/d">Bắc Ninh thu hút FDI dẫn đầu cả nước</a></li>'
        '<li><a href="/news/2023/12/e">Khởi công khu công nghiệp Gia Bình II</a></li></ul></div>'
        "<h3>Tập trung tháo gỡ khó khăn cho nhà đầu tư</h3>"
    )
    art = extract_article(_page("", "", _body(box)), URL)
    assert art.body.split("\n\n") == [
        PARAS[0],
        PARAS[1],
        "Tập trung tháo gỡ khó khăn cho nhà đầu tư",
        PARAS[2],
    ]
