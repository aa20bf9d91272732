"""Vietnamese folding: accents, đ, case, NFD input, words and the syllable inventory."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper import fold as vf

FIXTURE = Path(__file__).parent / "fixtures" / "ward_seed_article.json"

# Every vowel with every tone, and the marked vowels, upper and lower case.
VOWELS = {
    "a": "aàáảãạăằắẳẵặâầấẩẫậ",
    "e": "eèéẻẽẹêềếểễệ",
    "i": "iìíỉĩị",
    "o": "oòóỏõọôồốổỗộơờớởỡợ",
    "u": "uùúủũụưừứửữự",
    "y": "yỳýỷỹỵ",
}


def test_every_vietnamese_vowel_folds_to_its_base_letter() -> None:
    for base, forms in VOWELS.items():
        for ch in forms + forms.upper():
            assert vf.fold(ch) == base, ch


def test_d_with_stroke_folds_to_d_which_sqlite_does_not() -> None:
    assert vf.fold("Đại hội Đảng bộ") == "dai hoi dang bo"
    assert vf.fold("đ") == "d"
    assert vf.fold("Cửa Đại") == "cua dai"


def test_decomposed_input_folds_like_composed() -> None:
    text = "Ủy ban nhân dân phường Cửa Đại, Hội An"
    assert vf.fold(unicodedata.normalize("NFD", text)) == vf.fold(text)
    assert vf.fold(text) == "uy ban nhan dan phuong cua dai, hoi an"


def test_exact_keeps_marks_and_lowers_case() -> None:
    assert vf.exact("CỬA Đại") == "cửa đại"
    assert vf.exact(unicodedata.normalize("NFD", "Cửa")) == "cửa"


def test_has_diacritics() -> None:
    assert vf.has_diacritics("cửa")
    assert vf.has_diacritics("Đa")  # đ alone counts
    assert not vf.has_diacritics("Hoi An")
    assert not vf.has_diacritics("COVID")


def test_words_split_like_the_fts_tokenizer() -> None:
    assert vf.words("Sáng ngày 17/6/2022, UBND phường (Cửa Đại) họp_mặt.") == [
        "Sáng",
        "ngày",
        "17",
        "6",
        "2022",
        "UBND",
        "phường",
        "Cửa",
        "Đại",
        "họp",
        "mặt",
    ]
    spans = list(vf.word_spans("  Cửa Đại"))
    assert spans == [(2, 5, "Cửa"), (6, 9, "Đại")]


def test_word_string_is_the_folded_words_for_counting() -> None:
    assert vf.word_string("Cửa Đại! Ủy-ban “Nhân dân”, COVID-19") == (
        b" cua dai uy ban nhan dan covid 19 "
    )
    assert vf.word_string(unicodedata.normalize("NFD", "NGUYỄN Đức")) == b" nguyen duc "
    assert vf.word_string("Erdő 中文 x") == b" erdo x "  # other scripts become spaces
    assert vf.word_string("") == b"  "


def test_syllable_inventory_covers_a_real_article() -> None:
    article = json.loads(FIXTURE.read_text(encoding="utf-8"))
    text = article["title"] + " " + article["body"]
    words = {vf.fold(w) for w in vf.words(text) if not any(c.isdigit() for c in w)}
    # Abbreviations and loanwords are not syllables; everything else must be.
    not_syllables = {w for w in words if not vf.is_syllable(w)}
    assert not_syllables <= {"ubnd", "hdnd", "mttq", "kdc", "btv", "ct", "kl", "tw", "covid"}
    assert "phuong" in words and vf.is_syllable("phuong")


def test_syllables_with_prefix() -> None:
    mat = vf.syllables_with_prefix("mat")
    assert mat == ["mat"]  # mặt, mất, mát, mật, mắt all fold to it
    ng = vf.syllables_with_prefix("nguy")
    assert "nguyen" in ng and all(s.startswith("nguy") for s in ng)
    assert vf.syllables_with_prefix("covi") == []
    assert vf.syllables_with_prefix("2024") == []


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40))
def test_fold_is_idempotent_and_removes_every_mark(text: str) -> None:
    once = vf.fold(text)
    assert vf.fold(once) == once
    assert "đ" not in once and "Đ" not in once
    decomposed = unicodedata.normalize("NFD", once)
    assert not any(
        unicodedata.combining(c) and "LATIN" in unicodedata.name(p, "")
        for p, c in zip(decomposed, decomposed[1:], strict=False)
    )


def test_spellings_give_both_tone_placements() -> None:
    """ "hoà/hòa", "thuỷ/thủy", "khoẻ/khỏe" are one word in either tone placement;
    "quý" and "hoàn" have one placement only."""
    assert vf.spellings("Hoà") == ("hoà", "hòa")
    assert vf.spellings("hòa") == ("hòa", "hoà")
    assert vf.spellings("THUỶ") == ("thuỷ", "thủy")
    assert vf.spellings("khỏe") == ("khỏe", "khoẻ")
    assert vf.spellings("quý") == ("quý",)
    assert vf.spellings("hoàn") == ("hoàn",)
    assert vf.spellings("hỏa") == ("hỏa", "hoả")  # another tone is another word
