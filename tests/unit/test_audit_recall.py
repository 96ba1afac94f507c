"""The officials' recall audit (benchmarks/audit_extract.py recall / gold / score-recall): matching only,
on made-up text (the sub-commands themselves read the corpus)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "audit_extract.py"
_spec = importlib.util.spec_from_file_location("audit_extract", _PATH)
assert _spec and _spec.loader
audit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(audit)


def test_a_name_written_over_a_gold_span_matches_it() -> None:
    text = "Bộ trưởng Trần Văn An nói. Ông An, Bộ trưởng, cho biết."
    gold = [[10, 21]]
    found, right = audit.match_officials(text, gold, ["Trần Văn An"])
    assert found == [True] and right == [True]


def test_another_mention_or_the_folded_name_matches() -> None:
    text = "Tổng thống Nga Vladimir Putin nói. Ông Vladimir Putin cho biết."
    second = text.rindex("Vladimir")
    gold = [[second, second + len("Vladimir Putin")]]
    assert audit.match_officials(text, gold, ["Vladimir Putin"]) == ([True], [True])  # its other mention
    assert audit.match_officials("Trần Văn An đến.", [[0, 11]], ["TRAN VAN AN"]) == ([True], [True])


def test_a_miss_and_a_false_hit_are_counted_apart() -> None:
    text = "Chủ tịch Lê Thị Bình và Giám đốc Hà Văn Cường."
    found, right = audit.match_officials(text, [[9, 20]], ["Hà Văn Cường"])
    assert found == [False] and right == [False]


def test_the_subcommands_are_wired(capsys: object) -> None:
    import pytest

    with pytest.raises(SystemExit):
        audit.main(["score-recall", "--help"])


def test_figures_gold_spans_match_by_overlap_and_optional_ones_do_not_count() -> None:
    gold, optional = [[10, 16], [30, 36]], [[50, 55]]
    found, right = audit.match_spans(gold, optional, [(12, 18), (50, 54), (70, 75)])
    assert found == [True, False]  # the second gold figure was missed
    assert right == [True, None, False]  # over gold; over an optional one (not counted); a false hit


def test_a_figures_gold_text_starts_a_number_not_inside_one() -> None:
    body = "giá 4,7 triệu đồng và 7 triệu đồng"
    starts = [at for at in audit._find_all(body, "7 triệu đồng") if audit._starts_a_number(body, at)]
    assert [body[at - 4 : at] for at in starts] == [" và "]


def test_a_figure_opening_a_body_that_ends_in_a_number_starts_one() -> None:
    body = "Hai cầu thủ bị treo giò 3 trận, mức phạt 12,5"
    assert audit._starts_a_number(body, 0)  # not read as after the body's last "12,5"
    assert not audit._starts_a_number(body, body.index("5"))  # the decimal's last digit


def test_a_gold_surname_matches_the_full_name_that_ends_in_it() -> None:
    # the reader met "Tổng thống Trump" first and wrote "Trump"; extraction files him under the full name
    text = "Lệnh cấm của Tổng thống Trump\nTổng thống Mỹ Donald Trump nói rằng lệnh cấm sẽ được khôi phục."
    gold = [[text.index("Trump"), text.index("Trump") + 5]]
    assert audit.match_officials(text, gold, ["Donald Trump"]) == ([True], [True])
    assert audit.match_officials(text, gold, ["Donald Trumpet"]) == ([False], [False])  # whole words only


def test_a_figure_told_again_is_optional_after_its_first_mention() -> None:
    # the seeds' convention: "4 quan điểm" is key where first said, optional where said again
    body = "Nghị quyết nêu 4 quan điểm và 15 nguyên tắc. Trong 4  Quan điểm đó, 2 quan điểm mới; thêm 15 nguyên tắc."
    spans = [[body.index(t, at), body.index(t, at) + len(t)] for t, at in
             (("4 quan điểm", 0), ("4  Quan điểm", 0), ("15 nguyên tắc", 0), ("15 nguyên tắc", 40))]
    two = [body.index("2 quan"), body.index("2 quan") + len("2 quan điểm")]
    first, again = audit.told_again(body, [spans[0], spans[1], spans[3]], [spans[2], two])
    assert first == [spans[0]]  # case and spaces folded: the second "4 quan điểm" is the same figure
    assert again == [spans[1], spans[3]]  # told again after a key or an optional mention
    # a figure whose first mention the extractor found is not missed where it is said again
    found, _ = audit.match_spans(first, [spans[2], two] + again, [(spans[0][0], spans[0][1])])
    assert found == [True]


def test_a_time_told_as_how_long_ago_ahead_or_left_is_optional() -> None:
    # the seed gold's not-figures ("5-10 năm tới", "chỉ còn 1 tuần nữa"): periods, not measured quantities
    def told(body: str, said: str) -> bool:
        at = body.index(said)
        return audit.time_told(body, at, at + len(said))

    assert told("Trong 5-10 năm tới, nước ta sẽ thiếu nước.", "5-10 năm tới")
    assert told("Hạn hán tồi tệ nhất trong hơn 50 năm qua.", "hơn 50 năm")
    assert told("Tôi lấy chồng cách đây 6 năm, anh ấy hơn tôi.", "6 năm")
    assert told("Chỉ còn 1 tuần nữa là tới hạn.", "1 tuần")
    assert told("Họ di cư khoảng 200.000 năm trước.", "200.000 năm")
    # a duration measured stays key: added, before an event, cut to, or none of those words
    assert not told("Hấp thêm 2 phút nữa rồi tắt bếp.", "2 phút")
    assert not told("Không ăn uống ít nhất 6 giờ trước phẫu thuật.", "6 giờ")
    assert not told("Thời hạn giảm từ 15 ngày xuống còn 10 ngày.", "10 ngày")
    assert not told("Thời gian thi công 18 tháng.", "18 tháng")
    assert not told("Anh bị phạt 3 năm tù.", "3 năm tù")


def test_a_main_province_is_written_by_any_of_its_names() -> None:
    names = audit.province_names()
    assert len(set(names.values())) == 63  # the provinces before the 2025 merger
    assert names["tp.hcm"] == names["thanh pho ho chi minh"] == names["ho chi minh"] == "Hồ Chí Minh"
    assert names["thua thien hue"] == "Huế" and names["ha giang"] == "Hà Giang"
    assert "sai gon" in names and "thai binh duong" not in names


def test_a_main_province_gold_line_is_refused_for_no_province(tmp_path: Path, capsys: object) -> None:
    import gzip
    import json

    import pytest

    corpus = tmp_path / "c.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "a1", "title": "Hà Giang", "body": "Tỉnh Hà Giang mở đường."}) + "\n")
    gold = tmp_path / "g.jsonl"
    base = ["--corpus", str(corpus), "--main-gold", str(gold)]
    assert audit.main(base + ["pgold", "a1", "Thái Bình Dương"]) == 2 and not gold.exists()
    assert audit.main(base + ["pgold", "a1", "ha giang"]) == 0
    assert audit.main(base + ["pgold", "a1", "TP.HCM"]) == 0  # a rerun replaces the line
    assert [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines()] == [
        {"id": "a1", "main_province": "Hồ Chí Minh"}]
    with pytest.raises(SystemExit):
        audit.main(["score-main", "--help"])
