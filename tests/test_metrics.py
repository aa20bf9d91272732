"""Tests for the benchmark scoring functions and for the well-formedness of the labelled corpus."""

from __future__ import annotations

import importlib.util
import json
import math
import re
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "fixtures" / "corpus"


def _load_metrics():
    # bench/ is not a package; load the module from its file so any runner finds it.
    spec = importlib.util.spec_from_file_location("bench_metrics", REPO / "bench" / "metrics.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


m = _load_metrics()


# ---------------------------------------------------------------- text fields


def test_normalize_text_composes_and_collapses_whitespace():
    decomposed = unicodedata.normalize("NFD", "Nguyễn  Thị\u00a0Thu\n")
    assert m.normalize_text(decomposed) == "Nguyễn Thị Thu"
    assert unicodedata.is_normalized("NFC", m.normalize_text(decomposed))


def test_title_matches_across_nfd_and_spacing():
    expected = "Hội An đón khách quốc tế"
    got = unicodedata.normalize("NFD", "  Hội An   đón khách\tquốc tế ")
    assert m.field_match("title", expected, got)


def test_title_differs_when_site_name_is_appended():
    assert not m.field_match("title", "Tiêu đề", "Tiêu đề - Cổng TTĐT tỉnh Quảng Nam")


def test_null_author_only_matches_none():
    assert m.field_match("author", None, None)
    assert not m.field_match("author", None, "")
    assert not m.field_match("author", None, "admin")
    assert not m.field_match("author", "Minh Hải", None)


def test_author_is_case_sensitive_and_exact():
    assert m.field_match("author", "Minh Hải (TTVH)", "Minh Hải (TTVH)")
    assert not m.field_match("author", "Minh Hải (TTVH)", "Minh Hải")
    assert not m.field_match("author", "P.V", "p.v")


def test_date_only_never_matches_datetime():
    assert m.field_match("published_at", "2022-06-17", "2022-06-17")
    assert not m.field_match("published_at", "2022-06-17", "2022-06-17T00:00:00+07:00")
    assert not m.field_match("published_at", "2022-06-17T08:30:00+07:00", "2022-06-17")
    assert not m.field_match("published_at", "2022-06-17T08:30:00+07:00", "2022-06-17T01:30:00Z")


def test_missing_date_expected_requires_none():
    assert m.field_match("published_at", None, None)
    assert not m.field_match("published_at", None, "2026-11-26")


def test_views_must_be_exact_int():
    assert m.field_match("views", 1234, 1234)
    assert not m.field_match("views", 1234, "1234")
    assert not m.field_match("views", 1234, 1234.0)
    assert not m.field_match("views", 1, True)
    assert not m.field_match("views", None, 0)
    assert m.field_match("views", None, None)


def test_unknown_field_is_rejected():
    with pytest.raises(ValueError):
        m.field_match("body", "a", "a")


# ---------------------------------------------------------------- body F1


def test_tokens_are_lowercased_nfc_words_without_punctuation():
    text = unicodedata.normalize("NFD", "Đà Nẵng: “chủ động” từ sớm, từ xa!")
    assert m.tokens(text) == ["đà", "nẵng", "chủ", "động", "từ", "sớm", "từ", "xa"]


def test_shingles_are_overlapping_runs_of_three():
    sh = m.shingles("một hai ba bốn")
    assert sh == {("một", "hai", "ba"): 1, ("hai", "ba", "bốn"): 1}
    assert m.shingles("một hai") == {("một", "hai"): 1}
    assert m.shingles("  ,.; ") == {}


def test_identical_bodies_score_one_and_disjoint_zero():
    body = "Sáng 21/5, phường ra quân tổng vệ sinh môi trường."
    assert m.body_f1(body, body) == 1.0
    assert m.body_f1(body, "Hoàn toàn khác nội dung bài viết này") == 0.0


def test_paragraph_breaks_and_case_do_not_matter():
    expected = "Đoạn một có nội dung.\n\nĐoạn hai tiếp theo."
    assert m.body_f1(expected, "đoạn một có nội dung đoạn hai tiếp theo") == 1.0


def test_partial_overlap_hand_computed():
    # expected shingles: (a b c), (b c d); extracted: (a b c), (b c x) -> P = R = 1/2
    assert m.body_f1("a b c d", "a b c x") == pytest.approx(0.5)


def test_extra_boilerplate_lowers_precision_only():
    expected = "một hai ba bốn"  # 2 shingles
    got = "một hai ba bốn năm sáu"  # 4 shingles, 2 shared -> P = 1/2, R = 1
    assert m.body_f1(expected, got) == pytest.approx(2 * 0.5 * 1 / 1.5)


def test_repeated_text_is_counted_as_a_multiset():
    # expected "x y z x y z" has 4 shingles; "x y z" has 1 shared -> P = 1, R = 1/4
    assert m.body_f1("x y z x y z", "x y z") == pytest.approx(0.4)


def test_empty_and_missing_bodies():
    assert m.body_f1("", "") == 1.0
    assert m.body_f1("có nội dung", None) == 0.0
    assert m.body_f1("", "có nội dung") == 0.0


@given(st.text(), st.text())
def test_f1_is_symmetric_and_bounded(a, b):
    f = m.body_f1(a, b)
    assert 0.0 <= f <= 1.0
    assert f == pytest.approx(m.body_f1(b, a))


@given(st.text(alphabet=st.sampled_from(list("aăâbcdđeêoôơuư ")), min_size=1))
def test_f1_of_text_with_itself_is_one(text):
    assert m.body_f1(text, unicodedata.normalize("NFD", text)) == 1.0


# ---------------------------------------------------------------- page scores


def test_failed_extraction_scores_every_field_wrong():
    expected = {"title": "T", "published_at": None, "author": None, "views": None, "body": "b"}
    score = m.score_article(expected, None)
    assert score.fields == {f: False for f in m.SCALAR_FIELDS}
    assert score.body_f1 == 0.0


def test_score_article_checks_each_field():
    expected = {
        "title": "Tiêu đề",
        "published_at": "2023-01-05",
        "author": None,
        "views": 230,
        "body": "một hai ba bốn",
    }
    got = {
        "title": "Tiêu đề",
        "published_at": "2023-01-05",
        "author": "admin",
        "views": 231,
        "body": "một hai ba bốn",
    }
    score = m.score_article(expected, got)
    assert score.fields == {"title": True, "published_at": True, "author": False, "views": False}
    assert score.body_f1 == 1.0


def test_listing_match_uses_sets_for_urls():
    expected = {
        "article_urls": ["https://a.gov.vn/1", "https://a.gov.vn/2"],
        "page_urls": ["https://a.gov.vn/?p=2"],
        "current_page": 1,
        "total_pages": None,
    }
    got = {
        "article_urls": ["https://a.gov.vn/2", "https://a.gov.vn/1"],
        "page_urls": [],
        "current_page": 1,
        "total_pages": 9,
    }
    assert m.listing_match(expected, got) == {
        "article_urls": True,
        "page_urls": False,
        "current_page": True,
        "total_pages": False,
    }
    assert not any(m.listing_match(expected, None).values())


def test_accuracy_and_mean():
    assert m.accuracy([True, False, True, True]) == 0.75
    assert math.isnan(m.accuracy([]))
    assert m.mean([0.5, 1.0]) == 0.75
    assert math.isnan(m.mean([]))


# ---------------------------------------------------------------- the corpus labels

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


def _labels() -> list[tuple[Path, dict]]:
    return [(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(CORPUS.glob("*/*.json"))]


def test_corpus_has_required_size_and_spread():
    labels = _labels()
    kinds = [d["kind"] for _, d in labels]
    assert len(labels) >= 48
    assert kinds.count("article") >= 36
    assert kinds.count("listing") >= 10
    families: dict[str, list[str]] = {}
    for path, d in labels:
        families.setdefault(path.parent.name, []).append(d["kind"])
    assert len(families) >= 6
    for fam, fam_kinds in families.items():
        assert len(fam_kinds) >= 6, fam
        assert "listing" in fam_kinds, fam


def test_every_label_has_its_page_and_sane_size():
    for path, _ in _labels():
        html = path.with_suffix(".html")
        assert html.exists(), html
        assert 15_000 <= html.stat().st_size <= 120_000, html


def test_article_labels_follow_the_conventions():
    articles = [(p, d) for p, d in _labels() if d["kind"] == "article"]
    for path, d in articles:
        assert set(d) == {"kind", "url", "title", "published_at", "author", "body", "views"}, path
        assert re.match(r"^https?://[a-z0-9.-]+\.gov\.vn/", d["url"]), path
        for key in ("title", "author", "body"):
            if d[key] is not None:
                assert unicodedata.is_normalized("NFC", d[key]), (path, key)
        assert d["title"] == " ".join(d["title"].split()), path
        assert d["published_at"] is None or ISO_DATE.match(d["published_at"]), path
        assert d["views"] is None or (type(d["views"]) is int and d["views"] >= 0), path
        paras = d["body"].split("\n\n")
        assert all(p and p == " ".join(p.split()) for p in paras), path
    # the corpus must exercise missing values, not just happy paths
    assert sum(d["author"] is None for _, d in articles) >= 4
    assert sum(d["views"] is None for _, d in articles) >= 3
    assert sum(d["published_at"] is None for _, d in articles) >= 2
    assert max(len(d["body"].split("\n\n")) for _, d in articles) >= 30
    assert min(len(d["body"].split("\n\n")) for _, d in articles) == 1


def test_listing_labels_are_absolute_and_unique():
    for path, d in _labels():
        if d["kind"] != "listing":
            continue
        assert d["article_urls"], path
        for key in ("article_urls", "page_urls"):
            assert len(set(d[key])) == len(d[key]), (path, key)
            assert all(u.startswith(("http://", "https://")) and "#" not in u for u in d[key])
        assert d["url"] not in d["page_urls"], path


def test_corpus_includes_nfd_and_windows_1258_pages():
    nfd = cp1258 = 0
    for html in CORPUS.glob("*/*.html"):
        raw = html.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            assert b"charset=windows-1258" in raw[:2048], html
            text = raw.decode("cp1258")
            cp1258 += 1
        else:
            nfd += not unicodedata.is_normalized("NFC", text)
        label = json.loads(html.with_suffix(".json").read_text(encoding="utf-8"))
        title = label.get("title")
        if title:  # the label's title is really on the page once composed
            assert title in " ".join(unicodedata.normalize("NFC", text).split()), html
    assert nfd >= 3
    assert cp1258 >= 2


def test_site_walks_totals_sum_the_corpora_site_files():
    """`bench/site_walks.py --totals` prints the README's mini-site counts without walking."""
    import subprocess

    names = ["sites1", "sites2"]
    out = subprocess.run(
        [sys.executable, str(REPO / "bench" / "site_walks.py"), "--totals", "--corpus", *names],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = {line.split()[0]: [int(n) for n in line.split()[1:]] for line in out.splitlines()[1:]}
    specs = {
        name: [
            json.loads(p.read_text("utf-8"))
            for p in (REPO / "tests" / "fixtures").glob(f"{name}/s*/site.json")
        ]
        for name in names
    }
    for name in names:
        sites, listings, addresses, articles = rows[name]
        assert sites == len(specs[name]) > 0
        assert listings == sum(len(s["expected_listing_pages"]) for s in specs[name])
        assert addresses == sum(len(s["routes"]) for s in specs[name]) >= listings
        assert articles == sum(len(s["articles"]) for s in specs[name])
    assert rows["all"] == [sum(col) for col in zip(*(rows[n] for n in names), strict=True)]
