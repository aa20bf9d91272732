"""Full-text search: folding, ranking, snippets, filters, hostile input, index upkeep."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper import archive, search
from scraper.db import connect
from scraper.errors import UsageError
from scraper.models import Article
from scraper.search import QueryError, SearchHit

FIXTURE = Path(__file__).parent / "fixtures" / "ward_seed_article.json"
NOW = "2024-05-01T08:00:00+00:00"

CORPUS = [
    {
        "url": "https://cuadai.hoian.gov.vn/tin/ngu-dan-duoc-mua",
        "site": "cuadai.hoian.gov.vn",
        "title": "Ngư dân Cửa Đại được mùa cua biển",
        "published_at": "2023-03-31T23:30:00+07:00",
        "author": "Lê Văn Đức",
        "body": (
            "Những ngày cuối tháng 3, bà con ngư dân phường Cửa Đại phấn khởi vì mùa cua "
            "biển năm nay được giá.\n\nTheo ông Lê Văn Đức, Tổ trưởng tổ dân phố Tân Thành, "
            "mỗi ghe thu về từ 20 đến 30 ký cua, bán tại chợ cá với giá cao hơn năm trước. "
            "Hội Nông dân phường đã hỗ trợ bà con vốn vay để sửa chữa ngư cụ."
        ),
    },
    {
        "url": "https://cuadai.hoian.gov.vn/tin/sua-chua-cua-hang",
        "site": "cuadai.hoian.gov.vn",
        "title": "Hỗ trợ hộ kinh doanh sửa chữa mặt bằng sau bão",
        "published_at": "2023-04-01",
        "author": "Nguyễn Thị Vân",
        "body": (
            "Sau cơn bão số 9, nhiều cửa hàng ven biển bị tốc mái, hư hỏng cửa kính.\n\n"
            "Ủy ban nhân dân phường đã cử cán bộ đến từng hộ kiểm tra, lập danh sách hỗ trợ. "
            "Các hộ kinh doanh được miễn phí thuê mặt bằng trong ba tháng."
        ),
    },
    {
        "url": "https://minhan.hoian.gov.vn/tin/hoi-nghi-dang-uy",
        "site": "minhan.hoian.gov.vn",
        "title": "Đảng ủy phường Minh An tổ chức hội nghị sơ kết giữa nhiệm kỳ",
        "published_at": "2022-11-20T09:15:00+07:00",
        "author": "Trương Công Định - VP. Đảng ủy",
        "body": (
            "Sáng ngày 20/11, Đảng ủy phường Minh An tổ chức hội nghị sơ kết giữa nhiệm kỳ "
            "thực hiện Nghị quyết Đại hội Đảng bộ phường lần thứ XIII.\n\n"
            "Hội nghị đánh giá kết quả lãnh đạo của Đảng ủy trong công tác xây dựng Đảng, "
            "phát triển kinh tế du lịch và giữ gìn an ninh trật tự trên địa bàn."
        ),
    },
    {
        "url": "https://minhan.hoian.gov.vn/tin/khuyen-hoc",
        "site": "minhan.hoian.gov.vn",
        "title": "Trao học bổng khuyến học cho học sinh nghèo vượt khó",
        "published_at": "2023-09-05",
        "author": None,
        "body": (
            "Nhân dịp khai giảng năm học mới, Hội Khuyến học phường Minh An đã trao 25 suất "
            "học bổng cho học sinh có hoàn cảnh khó khăn.\n\nMỗi suất trị giá một triệu "
            "đồng, do các nhà hảo tâm đóng góp."
        ),
    },
    {
        "url": "https://camchau.hoian.gov.vn/tin/dai-hoi-chi-bo",
        "site": "camchau.hoian.gov.vn",
        "title": "Cẩm Châu ra quân làm sạch môi trường biển",
        "published_at": "2024-01-14",
        "author": "Phạm Hữu Lộc",
        "body": (
            "Sáng chủ nhật, hơn 200 đoàn viên thanh niên và hội viên phụ nữ phường Cẩm Châu "
            "ra quân thu gom rác thải nhựa dọc bờ biển.\n\nTại buổi ra quân, đồng chí Bí "
            "thư Đoàn phường phát động phong trào khuyến học và chống rác thải nhựa trong "
            "trường học. Ban công tác Mặt trận khu phố 5 cùng tham gia."
        ),
    },
    {
        "url": "https://camchau.hoian.gov.vn/tin/ban-giao-nha",
        "site": "camchau.hoian.gov.vn",
        "title": "Bàn giao nhà tình nghĩa cho gia đình chính sách",
        "published_at": "2024-02-02T15:00:00+07:00",
        "author": "Phạm Hữu Lộc",
        "body": (
            "Ủy ban Mặt trận Tổ quốc phường Cẩm Châu bàn giao nhà tình nghĩa cho bà Trần "
            "Thị Mai.\n\nBan công tác mặt trận, bà con và bạn bè đã góp công sức; chính "
            "quyền mất hai tháng để hoàn thành. Mật độ dân cư khu vực này còn thấp."
        ),
    },
]


def _article(row: dict) -> Article:
    return Article(
        url=row["url"],
        site=row["site"],
        title=row["title"],
        published_at=row["published_at"],
        author=row["author"],
        body=row["body"],
    )


def _seed_article() -> dict:
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return {**data, "site": "cuadai.hoian.gov.vn"}


def _archive(path: Path) -> sqlite_utils.Database:
    """The corpus written the way the crawler writes: one article per transaction."""
    database = connect(path)
    search.ensure_index(database)
    for row in [*CORPUS, _seed_article()]:
        with archive.transaction(database):
            archive.upsert_article(database, _article(row), page_id=None, fetched_at=NOW)
    return database


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> sqlite_utils.Database:
    """Shared by the tests that only read."""
    return _archive(tmp_path_factory.mktemp("corpus") / "archive.db")


@pytest.fixture
def db(tmp_path: Path) -> sqlite_utils.Database:
    """A private copy for tests that write."""
    return _archive(tmp_path / "archive.db")


def titles(hits: list[SearchHit]) -> list[str | None]:
    return [h.title for h in hits]


def found(db: sqlite_utils.Database, query: str, **kw: object) -> set[str]:
    return {h.url for h in search.search(db, query, **kw)}


def url_of(title_start: str) -> str:
    for row in [*CORPUS, _seed_article()]:
        if row["title"].startswith(title_start):
            return row["url"]
    raise KeyError(title_start)


# --- folding -----------------------------------------------------------------


def test_query_without_diacritics_matches_text_with_them(corpus: sqlite_utils.Database) -> None:
    assert url_of("Ngư dân Cửa Đại") in found(corpus, "cua dai")
    assert url_of("Ngư dân Cửa Đại") in found(corpus, "ngu dan duoc mua")
    # đ/Đ: SQLite's tokenizer keeps đ, search must still find it from a plain d.
    assert url_of("Đảng ủy phường Minh An") in found(corpus, "dang uy")
    assert url_of("Đảng ủy phường Minh An") in found(corpus, "dai hoi")
    assert url_of("Đảng ủy phường Minh An") in found(corpus, "DAI")


def test_query_with_diacritics_also_matches_other_spellings(corpus: sqlite_utils.Database) -> None:
    # "Đại" typed with marks still finds folded variants (dài, dại...) after exact ones.
    hits = found(corpus, "Cửa Đại")
    assert url_of("Ngư dân Cửa Đại") in hits
    assert url_of("Mặt trận Cửa Đại") in hits


def test_exact_diacritic_matches_rank_first(corpus: sqlite_utils.Database) -> None:
    # cửa (door, shop) vs của (of) vs cua (crab): all fold to "cua".
    cua = search.search(corpus, "cua")
    assert len(cua) >= 4  # every spelling matches a query typed without marks
    shop = search.search(corpus, "cửa")
    assert shop[0].url in {url_of("Hỗ trợ hộ kinh doanh"), url_of("Ngư dân Cửa Đại")}
    first_inexact = next(i for i, h in enumerate(shop) if h.score < 1)
    exact_urls = {h.url for h in shop[:first_inexact]}
    assert url_of("Hỗ trợ hộ kinh doanh") in exact_urls  # "cửa hàng", "cửa kính"
    assert url_of("Đảng ủy phường Minh An") not in exact_urls  # has only "của"
    crab = search.search(corpus, "cua biển")
    assert crab[0].url == url_of("Ngư dân Cửa Đại")  # the only "cua biển" with both exact
    # Scores are in result order and tell exact matches apart.
    assert [h.score for h in shop] == sorted((h.score for h in shop), reverse=True)
    assert shop[0].score >= 1 > shop[-1].score


def test_old_and_new_tone_placement_are_one_exact_spelling(db: sqlite_utils.Database) -> None:
    """Portals write "Khánh Hoà, thuỷ lợi" (tone on the second vowel) and "Khánh Hòa, thủy
    lợi" (on the first), often both: each spelling finds the other in the exact tier,
    above a text with one of the words in other marks ("thùy")."""
    rows = {
        "old": "Khánh Hoà nạo vét kênh thuỷ lợi trước mùa mưa",
        "new": "Khánh Hòa nạo vét kênh thủy lợi trước mùa mưa",
        "other": "Khánh Hòa nạo vét kênh Thùy Lợi trước mùa mưa",
    }
    for key, title in rows.items():
        row = {**CORPUS[0], "url": f"https://khanhhoa.gov.vn/tin/{key}", "title": title}
        with archive.transaction(db):
            archive.upsert_article(db, _article(row), page_id=None, fetched_at=NOW)
    for query in ("Khánh Hòa thủy lợi", "khánh hoà thuỷ lợi"):
        ranked = [h.url.rsplit("/", 1)[1] for h in search.search(db, query)]
        assert set(ranked[:2]) == {"old", "new"}
        assert ranked[2] == "other"


def test_title_match_outranks_body_match(corpus: sqlite_utils.Database) -> None:
    hits = search.search(corpus, "khuyến học")
    assert hits[0].url == url_of("Trao học bổng khuyến học")  # in the title
    assert url_of("Cẩm Châu ra quân") in {h.url for h in hits[1:]}  # only in the body
    hits = search.search(corpus, "ban giao")
    assert hits[0].url == url_of("Bàn giao nhà tình nghĩa")


# --- query language ----------------------------------------------------------


def test_phrase_query_needs_the_words_together(corpus: sqlite_utils.Database) -> None:
    phrase = found(corpus, '"ban công tác mặt trận"')
    assert url_of("Mặt trận Cửa Đại") in phrase
    assert url_of("Cẩm Châu ra quân") in phrase
    assert url_of("Bàn giao nhà tình nghĩa") in phrase  # "Ban công tác mặt trận," lower case
    assert url_of("Đảng ủy phường Minh An") not in phrase
    # Folded phrase, and a phrase whose words exist but apart.
    assert found(corpus, '"ban cong tac mat tran"') == phrase
    assert url_of("Ngư dân Cửa Đại") not in found(corpus, '"cua mua"')


def test_prefix_queries(corpus: sqlite_utils.Database) -> None:
    mat = found(corpus, "mat*")  # mặt, mất, mật...
    assert url_of("Hỗ trợ hộ kinh doanh") in mat  # mặt bằng
    assert url_of("Bàn giao nhà tình nghĩa") in mat  # mất, mật
    assert url_of("Trao học bổng khuyến học") not in mat
    door = found(corpus, '"Cửa Đ*"')
    assert url_of("Ngư dân Cửa Đại") in door
    assert url_of("Hỗ trợ hộ kinh doanh") not in door  # "cửa hàng", "cửa kính"
    assert url_of("Đảng ủy phường Minh An") in found(corpus, "Nghị quy*")
    assert found(corpus, "khuy*") >= found(corpus, "khuyến")


def test_boolean_operators(corpus: sqlite_utils.Database) -> None:
    both = found(corpus, "rác AND biển")
    assert both == {url_of("Cẩm Châu ra quân")}
    either = found(corpus, '"học bổng" OR "ngư dân"')
    assert either == {url_of("Trao học bổng khuyến học"), url_of("Ngư dân Cửa Đại")}
    assert url_of("Cẩm Châu ra quân") not in found(corpus, "khuyến học NOT rác")
    assert url_of("Cẩm Châu ra quân") not in found(corpus, "khuyến học -rác")
    assert url_of("Trao học bổng khuyến học") in found(corpus, 'khuyến học -"rác thải"')
    assert found(corpus, '("học bổng" OR "ngư dân") -cua') == {url_of("Trao học bổng khuyến học")}
    # Lower-case operators are words.
    assert found(corpus, "and") == set()


# --- snippets ----------------------------------------------------------------


def test_snippets_show_original_text_with_matches_marked(corpus: sqlite_utils.Database) -> None:
    hit = next(h for h in search.search(corpus, "cua bien") if h.url == url_of("Ngư dân Cửa Đại"))
    assert "[cua biển]" in hit.snippet or "[cua] [biển]" in hit.snippet
    assert "\n" not in hit.snippet
    words = hit.snippet.replace("[", "").replace("]", "").split()
    assert len([w for w in words if w != "…"]) <= search.SNIPPET_WORDS
    hit = search.search(corpus, '"ban cong tac mat tran"', site="cuadai.hoian.gov.vn")[0]
    assert "[Ban Công tác Mặt trận]" in hit.snippet or "[Ban công tác Mặt trận]" in hit.snippet
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")  # long body, cut
    hit = search.search(corpus, "Đảng ủy", site="minhan.hoian.gov.vn")[0]
    assert "[Đảng ủy]" in hit.snippet


# --- filters -----------------------------------------------------------------


def test_site_filter(corpus: sqlite_utils.Database) -> None:
    hits = search.search(corpus, "phường", site="camchau.hoian.gov.vn")
    assert {h.site for h in hits} == {"camchau.hoian.gov.vn"}
    assert len(hits) == 2
    assert search.search(corpus, "phường", site="nowhere.gov.vn") == []


def test_date_filters_include_the_whole_last_day(corpus: sqlite_utils.Database) -> None:
    # 2023-03-31T23:30+07:00 is on the 31st: date_to=2023-03-31 must include it.
    march = found(corpus, "phường", date_from="2023-03-31", date_to="2023-03-31")
    assert march == {url_of("Ngư dân Cửa Đại")}
    april = found(corpus, "phường", date_from="2023-04-01", date_to="2023-04-01")
    assert april == {url_of("Hỗ trợ hộ kinh doanh")}
    since = found(corpus, "phường", date_from="2024-01-01")
    assert since == {url_of("Cẩm Châu ra quân"), url_of("Bàn giao nhà tình nghĩa")}
    until = found(corpus, "phường", date_to="2022-12-31")
    assert until == {url_of("Đảng ủy phường Minh An"), url_of("Mặt trận Cửa Đại")}


def test_author_filter_is_a_substring_ignoring_diacritics(corpus: sqlite_utils.Database) -> None:
    assert found(corpus, "phường", author="ngoc thanh") == {url_of("Mặt trận Cửa Đại")}
    assert found(corpus, "phường", author="Hữu Lộc") == {
        url_of("Cẩm Châu ra quân"),
        url_of("Bàn giao nhà tình nghĩa"),
    }
    assert found(corpus, "phường", author="DUC") == {url_of("Ngư dân Cửa Đại")}  # Đức
    assert found(corpus, "phường", author="đảng ủy", site="minhan.hoian.gov.vn") == {
        url_of("Đảng ủy phường Minh An")
    }


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"date_from": "31/12/2023"}, "date_from must be a date like"),
        ({"date_to": "2023-02-30"}, "not a real date"),
        ({"date_from": "2024-01-02", "date_to": "2024-01-01"}, "is after"),
        ({"author": "  "}, "author filter is empty"),
        ({"site": ""}, "site filter is empty"),
        ({"limit": 0}, "limit must be"),
    ],
)
def test_bad_filters_are_query_errors(
    corpus: sqlite_utils.Database, kwargs: dict, message: str
) -> None:
    with pytest.raises(QueryError, match=message):
        search.search(corpus, "phường", **kwargs)


def test_limit(corpus: sqlite_utils.Database) -> None:
    assert len(search.search(corpus, "phường", limit=2)) == 2


# --- hostile input -----------------------------------------------------------

HOSTILE = [
    '"',
    '"cửa đại',
    'cửa "đại',
    "*",
    "**",
    "mat**",
    "NEAR(",
    "NEAR(cửa đại, 3)",
    "'; DROP TABLE articles; --",
    "\"'; DROP TABLE articles; --",
    "x" * 10_240,
    "đại " * 3000,
    "",
    "   \n\t ",
    "AND OR NOT",
    "NOT cửa",
    "-cửa",
    "cửa OR -đại",
    "(",
    ")",
    "((cửa)",
    "cửa)) OR ((",
    "{title}: cửa",
    "title:cửa",
    "^cửa",
    "cửa + đại",
    "\x00",
    "'",
    "cửa AND",
    "OR cửa",
    "ứ" * 500,
    "🙂",
    "中文",
    '" đại đại) mat đại+ đại đại+',  # found by hypothesis: 32 đ/d spellings of a phrase
]


@pytest.mark.parametrize("query", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_queries_fail_cleanly_or_search_literally(
    corpus: sqlite_utils.Database, query: str
) -> None:
    before = corpus.execute("SELECT count(*) FROM articles").fetchone()[0]
    try:
        hits = search.search(corpus, query)
    except QueryError as exc:
        message = str(exc)
        assert message and "\n" not in message and len(message) < 200
        assert isinstance(exc, UsageError)
    else:
        assert all(isinstance(h, SearchHit) for h in hits)
    assert corpus.execute("SELECT count(*) FROM articles").fetchone()[0] == before
    assert corpus.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "empty query"),
        ("AND OR NOT", "nothing to search for"),
        ("*", "nothing to search for"),
        ("x" * 10_240, "query too long"),
        ("-cửa", "only excludes words"),
        ("NOT cửa", "only excludes words"),
        ("cửa OR -đại", "OR cannot be combined"),
        ("NEAR(cửa đại, 3)", "NEAR"),
    ],
)
def test_unusable_queries_say_why(corpus: sqlite_utils.Database, query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        search.search(corpus, query)


def test_injection_is_searched_as_words(corpus: sqlite_utils.Database) -> None:
    assert search.search(corpus, "'; DROP TABLE articles; --") == []
    assert search.search(corpus, '" OR 1=1 --') == []
    assert corpus.execute("SELECT count(*) FROM articles").fetchone()[0] == len(CORPUS) + 1
    # Unbalanced quotes and brackets are read literally.
    assert url_of("Ngư dân Cửa Đại") in found(corpus, '"cua bien')
    assert url_of("Ngư dân Cửa Đại") in found(corpus, "(cua bien")


QUERY_ALPHABET = st.sampled_from(
    list("\"()*-+:^{}'; ") + ["AND", "OR", "NOT", "NEAR", " cửa", " đại", " mat", "Đ", "x"]
)


@settings(max_examples=120, deadline=None)
@given(st.lists(QUERY_ALPHABET, max_size=12).map("".join))
def test_any_query_gives_hits_or_query_error(corpus: sqlite_utils.Database, query: str) -> None:
    try:
        hits = search.search(corpus, query)
    except QueryError:
        return
    assert isinstance(hits, list)


# --- keeping the index in step -----------------------------------------------


def _fts_ok(db: sqlite_utils.Database) -> None:
    # FTS5's own check that the index matches the articles table (rank 1: content too).
    db.execute(f"INSERT INTO {search.FTS}({search.FTS}, rank) VALUES ('integrity-check', 1)")


def test_index_follows_inserts_updates_and_deletes(db: sqlite_utils.Database) -> None:
    url = url_of("Trao học bổng khuyến học")
    changed = {**CORPUS[3], "body": "Hội Khuyến học trao tặng xe đạp cho học sinh vùng biển."}
    with archive.transaction(db):
        _, outcome = archive.upsert_article(db, _article(changed), page_id=None, fetched_at=NOW)
    assert outcome == "updated"
    assert url in found(db, "xe dap")
    assert url not in found(db, "nha hao tam")  # the old body's words are gone
    _fts_ok(db)
    (article_id,) = db.execute("SELECT id FROM articles WHERE url = ?", [url]).fetchone()
    for table in ("revisions", "view_snapshots"):
        db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM articles WHERE id = ?", [article_id])
    assert url not in found(db, "khuyen hoc")
    assert article_id not in _title_ids(db, '"hoc bong"')
    assert found(db, "xe dap") == set()
    _fts_ok(db)


def test_rows_written_with_plain_sql_are_indexed(db: sqlite_utils.Database) -> None:
    # Like merge or a sqlite3 shell: no Python hook is called.
    db.execute(
        "INSERT INTO articles (url, site, title, body, first_seen, last_fetched, content_hash)"
        " VALUES ('https://x.gov.vn/1', 'x.gov.vn', 'Lễ khánh thành cầu Cửa Đại mới',"
        " 'Cây cầu dài 1,5 km nối hai bờ sông.', ?, ?, 'h')",
        [NOW, NOW],
    )
    db.execute(
        "UPDATE articles SET title = 'Khánh thành cầu Cẩm Kim' WHERE url = 'https://x.gov.vn/1'"
    )
    assert "https://x.gov.vn/1" in found(db, "cam kim")
    assert "https://x.gov.vn/1" not in found(db, "cua dai moi")
    _fts_ok(db)
    # The title index (contentless, so FTS5 cannot check it) follows too.
    assert _title_ids(db, '"cam kim"') == _ids_of(db, "https://x.gov.vn/1")
    assert _title_ids(db, '"đai moi"') == []


def _title_ids(db: sqlite_utils.Database, match: str) -> list[int]:
    return [
        r[0]
        for r in db.execute(
            f"SELECT rowid FROM {search.TITLES} WHERE {search.TITLES} MATCH ?", [match]
        )
    ]


def _ids_of(db: sqlite_utils.Database, url: str) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM articles WHERE url = ?", [url])]


def test_unchanged_refetch_does_not_touch_the_index(db: sqlite_utils.Database) -> None:
    def index_blocks() -> list:
        return db.execute(f"SELECT id, block FROM {search.FTS}_data ORDER BY id").fetchall()

    before = index_blocks()
    with archive.transaction(db):
        _, outcome = archive.upsert_article(
            db, _article(CORPUS[0]), page_id=None, fetched_at="2024-06-01T00:00:00+00:00"
        )
    assert outcome == "unchanged"
    db.execute("UPDATE articles SET views = 99, last_fetched = 'later'")
    assert index_blocks() == before


def test_index_articles_runs_inside_the_writer_transaction(db: sqlite_utils.Database) -> None:
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    cur = conn.execute(
        "INSERT INTO articles (url, site, title, body, first_seen, last_fetched, content_hash)"
        " VALUES ('https://x.gov.vn/2', 'x.gov.vn', 'Tiêm chủng mở rộng', 'Vắc xin sởi.', ?, ?, 'h')",
        (NOW, NOW),
    )
    search.index_articles(db, [cur.lastrowid])
    search.remove_articles(db, [])
    assert conn.in_transaction  # neither committed nor began anything
    assert "https://x.gov.vn/2" in found(db, "vac xin")  # visible inside the transaction
    conn.execute("ROLLBACK")
    assert found(db, "vac xin") == set()
    _fts_ok(db)


def test_ensure_index_indexes_an_existing_archive_once(tmp_path: Path) -> None:
    database = connect(tmp_path / "old.db")
    for row in CORPUS:
        with archive.transaction(database):
            archive.upsert_article(database, _article(row), page_id=None, fetched_at=NOW)
    database.execute(f"DROP TABLE IF EXISTS {search.FTS}")  # an archive from before search
    for name in ("ai", "ad", "au"):
        database.execute(f"DROP TRIGGER IF EXISTS {search.FTS}_{name}")
    database.execute("DELETE FROM meta WHERE key = 'search_index'")
    search.ensure_index(database)
    search.ensure_index(database)
    assert url_of("Ngư dân Cửa Đại") in found(database, "cua dai")
    _fts_ok(database)


def test_search_indexes_an_archive_that_never_had_an_index(tmp_path: Path) -> None:
    raw = sqlite3.connect(tmp_path / "bare.db")
    raw.close()
    database = connect(tmp_path / "bare.db")
    database.execute(
        "INSERT INTO articles (url, site, title, body, first_seen, last_fetched, content_hash)"
        " VALUES ('https://y.gov.vn/1', 'y.gov.vn', 'Đêm phố cổ', 'Thả đèn hoa đăng.', ?, ?, 'h')",
        [NOW, NOW],
    )
    assert found(database, "den hoa dang") == {"https://y.gov.vn/1"}


def _bypass_insert(db: sqlite_utils.Database, url: str, title: str) -> None:
    db.execute(
        "INSERT INTO articles (url, site, title, body, first_seen, last_fetched, content_hash)"
        " VALUES (?, 'z.gov.vn', ?, 'Phố cổ.', ?, ?, 'h')",
        [url, title, NOW, NOW],
    )


def _raw_match(db: sqlite_utils.Database, match: str) -> list[int]:
    sql = f"SELECT rowid FROM {search.FTS} WHERE {search.FTS} MATCH ?"
    return [r[0] for r in db.execute(sql, [match])]


def test_rebuild_index_repairs_writes_that_bypassed_the_triggers(
    db: sqlite_utils.Database,
) -> None:
    db.execute(f"DROP TRIGGER {search.FTS}_ai")
    _bypass_insert(db, "https://z.gov.vn/1", "Lễ hội đèn lồng")
    assert _raw_match(db, '"đen long"') == []  # not indexed
    assert search.rebuild_index(db) == len(CORPUS) + 2
    assert found(db, '"den long"') == {"https://z.gov.vn/1"}
    _fts_ok(db)
    _bypass_insert(db, "https://z.gov.vn/2", "Hội thi gói bánh tét")
    assert found(db, "banh tet") == {"https://z.gov.vn/2"}  # triggers are back


def test_a_missing_trigger_is_noticed_and_the_index_rebuilt(db: sqlite_utils.Database) -> None:
    db.execute(f"DROP TRIGGER {search.FTS}_ai")
    _bypass_insert(db, "https://z.gov.vn/3", "Hội thi gói bánh chưng")
    assert _raw_match(db, '"banh chung"') == []
    # The next writer hook (or search) sees the trigger gone and reindexes.
    search.index_articles(db, [])
    assert len(_raw_match(db, '"banh chung"')) == 1
    _fts_ok(db)


def test_term_statistics_come_from_the_fts_totals(corpus: sqlite_utils.Database) -> None:
    stats = search._corpus_stats(corpus.conn)
    assert stats.rows == corpus.execute("SELECT count(*) FROM articles").fetchone()[0]
    titles = corpus.execute("SELECT title FROM articles").fetchall()
    words = sum(len(search.vf.words(t)) for (t,) in titles)
    assert stats.avgdl["title"] == pytest.approx(words / stats.rows)


def test_an_empty_archive_finds_nothing(tmp_path: Path) -> None:
    database = connect(tmp_path / "empty.db")
    assert search.search(database, "cua dai") == []


def test_datasette_detects_the_index_and_searches_with_it(corpus: sqlite_utils.Database) -> None:
    # Datasette 0.65 detect_fts(): a virtual table whose SQL names content="<table>".
    detected = corpus.execute(
        "SELECT name FROM sqlite_master WHERE rootpage = 0"
        " AND sql LIKE '%VIRTUAL TABLE%USING FTS%content=\"articles\"%'"
    ).fetchall()
    assert detected == [(search.FTS,)]
    # ...and the SQL its table view runs for ?_search= (terms quoted by escape_fts).
    rows = corpus.execute(
        "SELECT url FROM articles WHERE rowid IN (SELECT rowid FROM articles_fts"
        " WHERE articles_fts MATCH ?)",
        ['"Cửa" "Đại"'],
    ).fetchall()
    assert (url_of("Ngư dân Cửa Đại"),) in rows
    rows = corpus.execute(
        "SELECT highlight(articles_fts, 0, '<b>', '</b>') FROM articles_fts"
        " WHERE articles_fts MATCH ?",
        ['"ngu dan"'],  # a phrase, as ?_searchmode=raw passes it
    ).fetchall()
    assert rows == [("<b>Ngư dân</b> Cửa Đại được mùa cua biển",)]


# --- bounded ranking on larger result sets -----------------------------------


def test_broad_queries_still_surface_title_and_exact_matches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = connect(tmp_path / "many.db")
    search.ensure_index(database)
    rows = [
        ("Tàu thuyền về bến an toàn", "Tàu thuyền neo đậu ở cửa biển an toàn."),
        ("Hội nghị tổng kết", "Báo cáo của Ủy ban về kết quả công tác."),
        ("Giá cua biển tăng", "Cua biển được giá, bà con phấn khởi."),
    ]
    rows += [
        (f"Bản tin số {i}", f"Công tác của tổ dân phố số {i}: hội viên góp ý nghị quyết.")
        for i in range(40)
    ]
    for i, (title, body) in enumerate(rows):
        database.execute(
            "INSERT INTO articles (url, site, title, body, first_seen, last_fetched,"
            " content_hash) VALUES (?, 's', ?, ?, ?, ?, 'h')",
            [f"https://s/{i}", title, body, NOW, NOW],
        )
    monkeypatch.setattr(search, "RECENT", 5)
    monkeypatch.setattr(search, "TITLED", 3)
    # Only the 5 newest matches are scored in full; limit=1 keeps the budgets small.
    # "cua": every article matches; the one with it in the title is old but wins.
    assert search.search(database, "cua", limit=1)[0].url == "https://s/2"
    # Every article has "hội" and "nghị"; the old one titled "Hội nghị" wins.
    assert search.search(database, "hoi nghi", limit=1)[0].url == "https://s/1"
    # Exact "cửa" is only in an old body: found by the diacritics pass.
    assert search.search(database, "cửa", limit=1)[0].url == "https://s/0"
    assert search.search(database, "cua", limit=1)[0].url != "https://s/0"
