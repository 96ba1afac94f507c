"""Figures round of session 72 (blind figures golds 1219–1221 and the pooled golds): a ratio written with a colon after
"tỷ lệ" or a compression ratio ("tỷ lệ 60:40", "tỷ số nén 12.2:1"), and no count after a clock's or a ratio's colon
("14:30 phút", "16:9 thông thường"); a wait ("đợi thêm 15 - 20 phút nữa"); "được cỡ" as about; the exam into grade 10
is no figure ("kì thi vào 10")."""

from __future__ import annotations

from helpers import figure_texts as found


def test_a_ratio_with_a_colon() -> None:
    assert found("Các ghế ngồi được gấp theo tỷ lệ 60:40, vô-lăng chỉnh nghiêng.") == ["60:40"]
    assert found("Màn hình có tỷ lệ 16:9 thông thường, độ phân giải cao.") == ["16:9"]
    assert found("Hàng ghế sau gập theo tỷ lệ 40:20:40 tùy nhu cầu.") == ["40:20:40"]
    assert found("Động cơ có tỷ số nén 12.2:1 đủ để làm nóng.") == ["12.2:1"]


def test_no_count_after_a_clocks_or_a_scores_colon() -> None:
    assert found("Sự kiện diễn ra ngày 9/4 (tức 14:30 phút theo giờ Việt Nam).") == []
    assert found("U.22 Việt Nam 0:2 hiệp 1 U.20 Argentina.") == []
    assert found("Tỷ số 2:1 nghiêng về đội khách.") == []


def test_a_wait_is_a_measured_time() -> None:
    assert found("Tới chậm chút là khách xác định đợi thêm 15 - 20 phút nữa mới có mẻ bánh mới.") == ["15 - 20 phút"]
    assert found("Du khách xếp hàng dài, đợi gần 2 giờ mới lên được thuyền.") == ["2 giờ"]
    assert found("Chờ hơn 2 tiếng rồi vẫn chưa đến lượt.") == ["2 tiếng"]
    # a time ahead with no wait before it stays none
    assert found("Chỉ còn 1 tuần nữa là đến Tết.") == []


def test_duoc_co_is_about() -> None:
    assert found("Vợ chồng làm từ sáng tới đêm, ngày cũng chỉ được cỡ 200 chiếc.") == ["200 chiếc"]
    assert found("Màn hình cỡ 5 inch.") == ["5 inch"]


def test_the_exam_into_grade_ten_is_no_figure() -> None:
    assert found("Thí sinh cần lưu ý để đạt điểm cao môn Ngữ văn trong kì thi vào 10 sắp tới.") == []
    assert found("Anh Minh là thầy giáo luyện thi vào 10 môn Toán.") == []
    assert found("Trường tuyển 200 học sinh vào 10 lớp chuyên.") == ["200 học sinh", "10 lớp chuyên"]


# second round (blind figures golds 1223–1225, batch 79)


def test_an_engines_displacement_after_phan_khoi() -> None:
    assert found("Xe Yamaha R15 được trang bị động cơ có phân khối 155 cc, còn xe của Honda có phân khối 149 cc.") == [
        "155 cc", "149 cc"]
    assert found("Học sinh khối 10 của trường đi học.") == []


def test_scores_after_a_lead_a_margin_a_rout_or_a_sealing_goal() -> None:
    assert found("Phút 33, Dzeko đã đưa AS Roma vượt lên dẫn trước 2-1. Sau đó Pellegrini chuyền bóng.") == ["2-1"]
    assert found("Khedira tung cú vô lê đẹp mắt nhân đôi cách biệt lên 2-0.") == ["2-0"]
    assert found("MU sẽ phục thù sau thảm bại 1-3 trước Watford ở lượt đi?") == ["1-3"]
    assert found("Pha đánh đầu cách cầu môn chưa đầy nửa mét để ấn định 5-0.") == ["5-0"]
    assert found("Benzema đã đưa trận đấu trở về thế quân bình 1-1.") == ["1-1"]
    assert found("Không chỉ thua đậm U20 Pháp 0-4 chiều 25-5, U20 Việt Nam còn mất cầu thủ.") == ["0-4"]
    assert found("Tỷ số cuối cùng của trận đấu là 4-1, giúp đội chủ nhà lên hạng.") == ["4-1"]


# third round (blind figures golds 1227–1229, batch 80)


def test_how_long_ago_with_da_is_no_figure() -> None:
    assert found("Danh hiệu gần nhất là FA Cup vào năm 1995, tức là cách đây đã 22 năm. Trong khi đó HLV mới đến.") == []
    assert found("Anh chạy thận đã 10 năm.") == ["10 năm"]


def test_a_runner_ups_title_is_no_count() -> None:
    assert found("Mở đầu bài diễn thuyết, Á hậu 1 cuộc thi Hoa hậu Việt Nam qua ảnh 2012 đưa ra 3 câu hỏi.") == [
        "3 câu hỏi"]


def test_a_time_and_a_half_told_as_a_period() -> None:
    assert found("Số tiền mặt này đã tăng gấp đôi trong 4 năm rưỡi qua.") == ["gấp đôi"]
    assert found("Anh làm việc ở đó trong 4 năm rưỡi, rồi về quê.") == ["4 năm rưỡi"]


def test_a_time_given_to_something() -> None:
    assert found("Nhiếp ảnh gia người Đan Mạch đã dành ra 25 năm đi khắp thế giới để chụp ảnh động vật.") == ["25 năm"]


def test_a_relationships_length() -> None:
    assert found("Hoàng Oanh cũng vừa chấm dứt mối tình 6 năm. Lúc mới quen, hai người rất hợp nhau.") == ["6 năm"]
    assert found("Cho đến nay, cuộc hôn nhân 12 năm của Triệu Vy luôn khiến người hâm mộ tò mò.") == ["12 năm"]
