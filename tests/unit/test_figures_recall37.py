"""Figures round of session 71 (blind figures golds 1191–1205): kilohertz; a team's results counted from one ("1 chiến
thắng và hai trận hòa", the other count in words); goals after "cả" ("Cả 4 bàn thắng của Chile"), where other things
known stay no count ("cả 2 bàn tay"); a number a flattened report glued to the verb before it ("doanh thu đạt1.885 tỷ
đồng", blind gold 1171); a list of totals its semicolons split; a temperature after "ban đêm"; a gearbox's speeds in
"tốc độ"; international units; and what is none: a car's registration after its province number and series ("BS 57M -
2271")."""

from __future__ import annotations

from helpers import figure_texts as found


def test_kilohertz() -> None:
    assert found("Ở tần số cao, chó nghe được tới 70-100kHz, tốt hơn nhiều so với người chỉ ở tần số 20kHz.") == [
        "70-100kHz", "20kHz"]


def test_one_win_is_a_result_not_an_article() -> None:
    assert found("U20 Mỹ chơi tốt ở vòng bảng với thành tích bất bại: 1 chiến thắng và hai trận hòa.") == [
        "1 chiến thắng"]
    assert found("Đội bóng mới có 1 trận thắng sau mùa giải.") == ["1 trận thắng"]
    # the article "a" before other nouns stays none
    assert found("Đây là 1 xu hướng mới.") == []


def test_goals_after_ca_are_a_tally() -> None:
    assert found("Cả 4 bàn thắng của Chile ở giải đấu này được thực hiện bởi Vargas.") == ["4 bàn thắng"]
    assert found("Cả 2 bàn tay đều lạnh.") == []
    assert found("Cả 3 phiên bản đều dùng chung động cơ.") == []


def test_a_registration_after_its_province_number_and_series() -> None:
    assert found("Tại bãi container lạnh, xe container BS 57M - 2271 đậu sai quy định, gây ách tắc.") == []
    assert found("Tàu HP - 4356 vi phạm vùng biển.") == []


def test_a_number_glued_to_the_verb_before_it() -> None:
    assert found("Doanh thu quý 3 đạt1.885 tỷ đồng, tăng5% so với cùng kỳ.") == ["1.885 tỷ đồng", "5%"]
    assert found("Dân số thế giới hơn7 tỷ dân.") == ["7 tỷ dân"]
    # a model's name glued to its number stays none
    assert found("Mẫu iPhone7 và Galaxy S8 bán chạy nhất.") == []


def test_a_list_of_totals_split_by_semicolons() -> None:
    text = ("Tổng số thí sinh đăng kí dự thi: Bài thi KHTN: 418.521; Bài thi Ngoại Ngữ: 759.965; Tổng số thí sinh đến dự "
            "thi: Bài thi Vật lí: 409.980, đạt tỷ lệ 99,49%.")
    assert found(text) == ["418.521", "759.965", "409.980", "99,49%"]
    # a list's steps and a lottery's draw stay none
    assert found("Bài 2: 3; Bài 3: 5.") == []
    assert found("Kết quả xổ số thần tài 4 là 3781; xổ số điện toán 6x36 là 07 08.") == []


def test_a_temperature_after_a_time_of_days_word() -> None:
    assert found("Nhiệt độ cao nhất 29-32 độ, ban đêm 22-25 độ C.") == ["29-32 độ", "22-25 độ C"]
    # "đêm 22" alone stays a date
    assert found("Đêm 22 tháng 6, trời mưa to.") == []


def test_a_gearboxs_speeds() -> None:
    assert found("Động cơ 137 mã lực, kết hợp với hộp số tay 6 tốc độ.") == ["137 mã lực", "6 tốc độ"]
    assert found("Hộp số tự động 5 tốc độ là tiêu chuẩn.") == ["5 tốc độ"]
    # a chip's speed's name stays no count
    assert found("Chip Exynos 7570 tốc độ 1,4 GHz.") == ["1,4 GHz"]


def test_international_units() -> None:
    assert found("Chỉ số men gan lên gần 1000UI/L trong khi người bình thường dưới 40UI/L.") == ["1000UI", "40UI"]


def test_one_as_the_article_after_vao_and_an_opening_theo() -> None:
    assert found("Theo 1 nghiên cứu khoa học đã chứng minh, mỗi ngày nên ngủ đủ giấc.") == []
    assert found("Bước 2: Cho nước vào 1 chiếc nồi, đun thật sôi.") == []
    # after a verb it may be an amount ("cầm theo 1 cây kéo", labelled a figure in earlier samples)
    assert found("Hắn cầm theo 1 cây kéo và 2 con dao.") == ["1 cây kéo", "2 con dao"]
