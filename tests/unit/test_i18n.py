"""The UI catalog: both languages for every message, same placeholders, singular forms."""

import string

import pytest

from briefing_tui.tui.i18n import Translator, catalog, pick_language


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_has_english_and_vietnamese_with_the_same_placeholders():
    entries = catalog()
    assert len(entries) > 50
    for key, entry in entries.items():
        assert set(entry) == {"en", "vi"}, key
        assert entry["en"].strip() and entry["vi"].strip(), key
        assert _fields(entry["en"]) == _fields(entry["vi"]), key


def test_one_article_is_singular_in_english():
    t = Translator("en")
    assert t("status.results", count="1", ms="3") == "1 article · 3 ms"
    assert t("status.results", count="2", ms="3") == "2 articles · 3 ms"
    assert Translator("vi")("status.results", count="1", ms="3") == "1 bài · 3 ms"


def test_unknown_keys_and_languages_fall_back():
    assert Translator("fr")("status.no_results") == "No article matches."
    assert Translator("en")("no.such.key") == "no.such.key"


@pytest.mark.parametrize(
    ("setting", "env", "expected"),
    [
        ("vi", {"LANG": "en_US.UTF-8"}, "vi"),
        ("auto", {"LANG": "vi_VN.UTF-8"}, "vi"),
        ("auto", {"LC_ALL": "en_GB.UTF-8", "LANG": "vi_VN.UTF-8"}, "en"),
        ("auto", {}, "en"),
    ],
)
def test_language_comes_from_the_setting_then_the_locale(setting, env, expected):
    assert pick_language(setting, env) == expected


def test_every_front_end_words_a_date_the_same_way_in_its_language():
    from briefing_tui.search.models import Article, PublishedDate
    from briefing_tui.tui.render import date_text

    dated = Article("a", "x", "body", date=PublishedDate("2022-12-25", "10:17", "day", "25/12/2022 10:17"))
    assert date_text(dated) == '25/12/2022 10:17  (from "25/12/2022 10:17")'
    assert date_text(dated, Translator("vi")) == '25/12/2022 10:17  (theo "25/12/2022 10:17")'
    hinted = Article("b", "x", "body", date_hint=PublishedDate("2024", None, "year", "4 tháng đầu năm 2024", True))
    assert date_text(hinted).startswith("unknown (≈2024") and "4 tháng đầu năm 2024" in date_text(hinted)
    assert date_text(Article("c", "x", "body"), Translator("vi")) == "không rõ"


def test_the_catalog_reads_the_same_with_libyaml_as_with_the_pure_python_loader():
    """The app reads its catalog with libyaml's loader when PyYAML has it (~10× faster at start-up):
    it must give exactly what the reference loader gives."""
    import yaml

    from briefing_tui.tui.i18n import _parse

    if getattr(yaml, "CSafeLoader", None) is None:
        pytest.skip("this PyYAML was built without libyaml: the app uses the pure-Python loader")
    assert _parse(yaml, yaml.CSafeLoader) == _parse(yaml, yaml.SafeLoader) == catalog()
