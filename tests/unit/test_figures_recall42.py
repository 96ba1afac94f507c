"""Figures round of session 75 (pooled figures golds and blind batches 99–100): a custody's time ("bị tạm giam đến nay
là hơn 2 năm 3 tháng", "bắt giam 4 tháng", "chiếc xe bị tạm giữ 7 ngày") and a driving licence's time taken away
("tước GPLX 2 tháng", where "GPLX 2" is otherwise a code); the end of a time of day's range is no hours measured ("từ 20
giờ đến 24 giờ mỗi đêm"); the yuan and the Canadian dollar by their ISO codes ("891,4 tỷ CNY"); a country written in capitals
before a count is no code ("hơn UAE 5 điểm"); a defeat told as "bại trận"."""

from __future__ import annotations

from helpers import figure_texts as found


def test_a_custodys_time() -> None:
    assert found("Thời gian 2 bị cáo này bị tạm giam đến nay là hơn 2 năm 3 tháng, quá thời gian luật định.") == [
        "2 năm 3 tháng"]
    assert found("Ngoài ra, chiếc xe cũng bị tạm giữ 7 ngày.") == ["7 ngày"]
    assert found("Ông Long cho hay ông bị giam oan 4.083 ngày.") == ["4.083 ngày"]


def test_a_driving_licences_time_taken_away() -> None:
    assert found("Người điều khiển xe ô tô có cồn bị tạm giữ xe 7 ngày, tước GPLX 2 tháng và phạt tiền.") == [
        "7 ngày", "2 tháng"]
    assert found("Nghị định quy định GPLX 2 hạng.") == []  # a code's number still


def test_the_end_of_a_time_of_days_range() -> None:
    assert found("Các tổ kiểm tra từ 20 giờ đến 24 giờ mỗi đêm.") == []
    assert found("Thời gian làm việc từ 8 giờ đến 10 giờ mỗi ngày.") == []


def test_the_yuan_and_the_canadian_dollar_by_their_codes() -> None:
    assert found("Doanh thu của Huawei năm 2020 đạt 891,4 tỷ CNY (136,7 tỷ USD).") == ["891,4 tỷ CNY", "136,7 tỷ USD"]
    assert found("Toà án quyết định bồi thường cho Henry 8 triệu CAD.") == ["8 triệu CAD"]


def test_a_country_in_capitals_before_a_count() -> None:
    assert found("Việt Nam hơn Thái Lan 3 điểm và hơn UAE 5 điểm.") == ["3 điểm", "5 điểm"]
    assert found("Giống lúa OM 2517 cho năng suất cao.") == []  # a code's number still


def test_a_defeat_told_as_bai_tran() -> None:
    assert found("Sừng sỏ như Đức vẫn bại trận 0-2 trước Venezuela.") == ["0-2"]
