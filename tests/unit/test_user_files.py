"""The small files kept for a user: history, the draft briefing, saved searches. Checked on reading,
written atomically, a damaged one set aside (nothing lost) with one line saying so."""

from __future__ import annotations

import json

import pytest

from briefing_tui.search.briefing import Pick
from briefing_tui.search.drafts import Draft
from briefing_tui.search.history import CAP, QueryHistory
from briefing_tui.search.saved import SavedSearch, SavedSearches, SavedSearchesError


def test_history_keeps_the_latest_without_repeats_and_survives_a_restart(tmp_path):
    history = QueryHistory(tmp_path / "history.json")
    for q in ("Đề án 06", "  chuyển đổi số ", "", "Đề án 06"):
        history.add(q)
    assert history.newest_first() == ["Đề án 06", "chuyển đổi số"]
    assert QueryHistory(tmp_path / "history.json").newest_first() == ["Đề án 06", "chuyển đổi số"]
    for i in range(CAP + 10):
        history.add(f"q{i}")
    assert len(history.queries) == CAP and history.newest_first()[0] == f"q{CAP + 9}"
    history.clear()
    assert QueryHistory(tmp_path / "history.json").queries == []


@pytest.mark.parametrize("content", [b"{not json", b'{"version": 1, "queries": [1, 2]}', b"[]", b"\xff\xfe"])
def test_a_damaged_history_is_set_aside_and_a_new_one_started(tmp_path, content):
    path = tmp_path / "history.json"
    path.write_bytes(content)
    history = QueryHistory(path)
    assert history.queries == [] and "was damaged" in (history.problem or "")
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("history.json.broken-")]
    assert len(kept) == 1 and kept[0].read_bytes() == content  # nothing the user had is lost
    history.add("mới")
    assert json.loads(path.read_text("utf-8"))["queries"] == ["mới"]


def test_draft_picks_articles_and_figures(tmp_path):
    draft = Draft(tmp_path / "draft.json")
    assert draft.toggle("a", figure=2) is True  # picking a figure picks its article
    assert draft.is_picked("a") and draft.is_picked("a", 2) and not draft.is_picked("a", 1)
    assert draft.toggle("b") is True and draft.toggle("a", figure=1) is True
    assert draft.picks == [Pick("a", (2, 1)), Pick("b")]
    assert draft.toggle("a", figure=2) is False and draft.picks[0] == Pick("a", (1,))
    draft.move(1, -1)
    assert [p.article_id for p in Draft(tmp_path / "draft.json").picks] == ["b", "a"]  # kept across restarts
    assert draft.toggle("a") is False  # unpicking an article drops its figures
    assert draft.picks == [Pick("b")]
    draft.remove(0)
    assert Draft(tmp_path / "draft.json").picks == []


def test_a_damaged_draft_is_set_aside(tmp_path):
    path = tmp_path / "draft.json"
    path.write_text(json.dumps({"version": 1, "picks": [{"article": "a", "figures": ["x"]}]}))
    draft = Draft(path)
    assert draft.picks == [] and "figure number" in (draft.problem or "")
    assert any(p.name.startswith("draft.json.broken-") for p in tmp_path.iterdir())


def saved(tmp_path):  # type: ignore[no-untyped-def]
    return SavedSearches(tmp_path / "config" / "saved-searches.yaml", tmp_path / "data" / "saved-state.json")


def test_saved_searches_round_trip_through_a_file_a_person_can_edit(tmp_path):
    store = saved(tmp_path)
    assert store.load() == []
    store.save(SavedSearch("Đề án 06 ở Hà Nội", '"Đề án 06"', {"province": ("Hà Nội",), "date": ("2022",)}, "date"))
    store.save(SavedSearch("CSDL", "CSDL"))
    text = store.path.read_text("utf-8")
    assert text.startswith("# briefing-tui saved searches") and "Đề án 06 ở Hà Nội:" in text  # readable, UTF-8
    assert [s.name for s in store.load()] == ["Đề án 06 ở Hà Nội", "CSDL"]
    assert store.load()[0] == SavedSearch("Đề án 06 ở Hà Nội", '"Đề án 06"', {"province": ("Hà Nội",), "date": ("2022",)}, "date")
    store.path.write_text(text + "Tay:\n  query: thuế\n  official: Tô Lâm\n", encoding="utf-8")  # edited by hand
    assert store.load()[-1] == SavedSearch("Tay", "thuế", {"official": ("Tô Lâm",)})
    store.mark_run("CSDL", "ix-000001:41")
    assert store.last_watermark("CSDL") == "ix-000001:41" and store.last_watermark("Tay") is None
    assert store.delete("CSDL") and not store.delete("CSDL")
    assert store.last_watermark("CSDL") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: [unclosed\n", r"not valid YAML \(line"),
        ("- a\n- b\n", "must map names to searches"),
        ("x:\n  qurey: thuế\n", "unknown key 'qurey'"),
        ("x:\n  sort: newest\n", "'sort' must be relevance or date"),
        ("x:\n  province: {a: 1}\n", "'province' must be a list"),
    ],
)
def test_a_broken_saved_searches_file_is_one_clear_message_and_never_overwritten(tmp_path, text, message):
    store = saved(tmp_path)
    store.path.parent.mkdir(parents=True)
    store.path.write_text(text, encoding="utf-8")
    with pytest.raises(SavedSearchesError, match=message) as caught:
        store.load()
    assert str(store.path) in caught.value.message and "\n" not in caught.value.message
    with pytest.raises(SavedSearchesError):
        store.save(SavedSearch("new", "thuế"))
    assert store.path.read_text("utf-8") == text
