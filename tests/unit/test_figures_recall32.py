"""Figures round of session 66 (blind figures golds 1003–1011, read after their blind score): a world ranking with no
verb before it ("tay vợt hạng 61 thế giới", "(Tunisia, hạng 114 thế giới)") is a rank, a club's or a hospital's grade
("bệnh viện hạng 2") still is not; micrometres written with the Greek mu or the micro sign ("kích cỡ 0,7μm") are a
measure."""

from __future__ import annotations

from briefing_tui.search.extract.figures import find_figures


def found(body: str) -> dict[str, float]:
    return {f.text: f.value for f in find_figures(body, body)}


def test_a_world_ranking_without_a_verb() -> None:
    assert found("Ở điểm 19-20, tay vợt hạng 61 thế giới đã liên tục điều khiển thế trận.").get("hạng 61") == 61
    assert found("Ons Jabeur (Tunisia, hạng 114 thế giới) đã trở thành tay vợt đầu tiên.").get("hạng 114") == 114
    assert "thứ hạng 47" in found("Tay vợt 19 tuổi người Latvia thứ hạng 47 thế giới bị loại.")
    # a grade is no rank
    assert not any("hạng" in k for k in found("Bệnh viện hạng 2 được thanh toán 35.000 đồng."))


def test_micrometres() -> None:
    got = found("Cảm biến gộp 9 điểm ảnh ở kích cỡ 0,7μm thành một điểm ảnh có kích cỡ lên tới 2,1μm.")
    assert got.get("0,7μm") == 0.7 and got.get("2,1μm") == 2.1
    assert "50µm" in found("Các hạt bụi có đường kính 50µm bị giữ lại.")


def test_a_cameras_zoom() -> None:
    got = found("Cụm camera hỗ trợ zoom quang học 3x và zoom lai kỹ thuật số 30x. Tính năng Space Zoom 100x rất mạnh.")
    assert got.get("3x") == 3 and got.get("30x") == 30 and got.get("100x") == 100
    # a size written with an x is no zoom
    assert "3x" not in found("Căn phòng rộng 3x4 mét.")


def test_more_than_or_nearly_so_many_years_closing_their_clause() -> None:
    assert found("Cặp đôi sống chung hơn 20 năm nhưng không có con.").get("20 năm") == 20
    assert found("Yêu nhau hơn 8 năm, hai người quyết định tổ chức đám cưới.").get("8 năm") == 8
    assert found("Những hộ dân ở đây chịu cảnh ngập này đã hơn 15 năm.").get("15 năm") == 15
    # how long ago says when
    assert "1 tháng" not in found("Mặt đường đã bị trồi nhựa cách đây hơn 1 tháng.")
    # a time the clause goes on after says when, not how long ("hơn 2 năm trước")
    assert "2 năm" not in found("Hơn 2 năm trước, nhà mạng đã ra mắt gói cước này.")


def test_a_trading_sessions_date_is_no_ratio() -> None:
    assert found("Trên thị trường trong nước phiên 7/7 tỷ giá USD tăng 5 đồng.") == {"5 đồng": 5}


def test_a_storms_place_in_degrees() -> None:
    # sample 12 (our own early labels) had called a map coordinate no figure; the blind readers list a storm's place
    # (pooled figures golds: 7 listed, 18 optional, none unlisted)
    body = "Vị trí tâm áp thấp nhiệt đới ở vào khoảng 15,8 độ vĩ bắc; 112,8 độ kinh đông. Rãnh áp thấp có trục ở 22-24 độ Vĩ Bắc."
    got = {f.text: (f.value, f.value_max, f.context) for f in find_figures(body, body)}
    assert got["15,8 độ vĩ bắc"] == (15.8, None, "vĩ độ")
    assert got["112,8 độ kinh đông"] == (112.8, None, "kinh độ")
    assert got["22-24 độ Vĩ Bắc"] == (22, 24, "vĩ độ")


def test_a_least_time_and_a_bans_length() -> None:
    assert found("Chấn thương của anh phải đợi ít nhất 3 tháng mới tự lành.").get("3 tháng") == 3
    assert found("Hành khách bị hãng hàng không cấm bay 5 năm vì mở cửa thoát hiểm.").get("5 năm") == 5


def test_a_score_after_ty_so_whatever_follows() -> None:
    assert "2-1" in found("U20 Nhật Bản đánh bại Nam Phi với tỷ số 2-1 trận ra quân.")
    # a range of matches is no score
    assert "2-3" not in found("Đội bóng chỉ thắng 2-3 trận mỗi mùa.")


def test_a_pixel_density_against_its_number() -> None:
    assert found("Màn hình 6,5 inch cho mật độ điểm ảnh lên đến 643ppi.").get("643ppi") == 643
