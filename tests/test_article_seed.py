"""The seed page (a real Cửa Đại ward article) parsed exactly from a full-page fixture."""

import json
import unicodedata
from pathlib import Path

from scraper.article import extract_article

FIX = Path(__file__).parent / "fixtures"
HTML = (FIX / "ward_seed_article.html").read_text(encoding="utf-8")
EXPECTED = json.loads((FIX / "ward_seed_article.json").read_text(encoding="utf-8"))


def test_seed_five_fields_exact() -> None:
    art = extract_article(HTML, EXPECTED["url"])
    assert art.title == EXPECTED["title"]
    assert art.published_at == "2022-06-17"
    assert art.author == "Trần Ngọc Thanh - CT. UBMTTQVN phường"
    assert art.views == 198
    assert art.body == EXPECTED["body"]


def test_seed_body_drops_page_furniture() -> None:
    body = extract_article(HTML, EXPECTED["url"]).body or ""
    for junk in (
        "Tin đã đưa",
        "Bản in",
        "Quay lại",
        "Xem theo ngày",
        "Trang 1 / 9",
        "Go To",
        "Lượt xem",
        "Portal Hội An",
        "Giới thiệu",
        "(17/06/2022)",
        "Trần Ngọc Thanh",
    ):
        assert junk not in body, junk
    assert body.startswith("Sáng ngày 17/6/2022")
    assert body.count("\n\n") == 3  # four paragraphs, one blank line apart


def test_seed_title_is_not_the_dated_repeat() -> None:
    art = extract_article(HTML, EXPECTED["url"])
    assert not art.title.endswith(")")
    assert "Cổng thông tin" not in art.title


def test_seed_from_nfd_page_gives_nfc_record() -> None:
    art = extract_article(unicodedata.normalize("NFD", HTML), EXPECTED["url"])
    assert art.title == EXPECTED["title"]
    assert art.author == EXPECTED["author"]
    assert art.body == EXPECTED["body"]


def test_missing_fields_are_none_not_guesses() -> None:
    stripped = (
        HTML.replace("Lượt xem:&nbsp; <span", "<span")
        .replace("<strong>Trần Ngọc Thanh - CT. UBMTTQVN phường</strong>", "")
        .replace("(17/06/2022)", "")
    )
    art = extract_article(stripped, EXPECTED["url"])
    assert art.views is None
    assert art.author is None
    assert art.published_at is None  # the body's "17/6/2022" is not the publication date
    assert art.title == EXPECTED["title"]
