"""Machine-readable metadata: <meta> keys in any attribute and case, JSON-LD, <time>."""

from __future__ import annotations

from scraper.htmltext import parse
from scraper.metadata import read_meta


def _page(head: str, body: str = "<p>Nội dung</p>") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


def test_meta_keys_are_read_from_name_property_or_itemprop_in_any_case() -> None:
    meta = read_meta(
        parse(
            _page(
                "<title>Tin tức - Cổng TTĐT phường Cửa Đại</title>"
                '<meta name="Generator" content="DotNetNuke ">'
                '<meta property="OG:Title" content="  Hội nghị   tổng kết ">'
                '<meta name="DC.Creator" content="Trần Ngọc Thanh">'
                '<meta itemprop="datePublished" content="17/06/2022 08:30">'
            )
        )
    )
    assert meta.doc_title == "Tin tức - Cổng TTĐT phường Cửa Đại"
    assert meta.generator == "DotNetNuke"
    assert meta.og_title == "Hội nghị tổng kết"
    assert meta.author == "Trần Ngọc Thanh"
    assert meta.published == "2022-06-17T08:30:00+07:00"
    assert meta.published_source == "meta datepublished"


def test_more_trusted_date_key_wins_and_empty_values_are_skipped() -> None:
    meta = read_meta(
        parse(
            _page(
                '<meta name="date" content="01/01/2020">'
                '<meta property="article:published_time" content="">'
                '<meta property="article:published_time" content="2022-06-17T01:30:00Z">'
            )
        )
    )
    assert meta.published == "2022-06-17T08:30:00+07:00"
    assert meta.published_source == "meta article:published_time"


def test_json_ld_beats_meta_and_time_element_is_the_last_resort() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tiêu đề",'
        ' "datePublished": "2023-05-23T07:00:00+07:00", "author": {"@type": "Person",'
        ' "name": "Lê Thị Hoa"}}</script>'
    )
    meta = read_meta(parse(_page(ld + '<meta name="date" content="01/01/2020">')))
    assert (meta.headline, meta.published, meta.author) == (
        "Tiêu đề",
        "2023-05-23T07:00:00+07:00",
        "Lê Thị Hoa",
    )
    only_time = read_meta(
        parse(_page("", '<article><time datetime="2021-03-04">x</time></article>'))
    )
    assert only_time.published == "2021-03-04"
    assert read_meta(parse(_page(""))).published is None
