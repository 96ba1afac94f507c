"""Figures round of session 74 (blind golds 1283–1285 and the pooled golds): a score after a name's result word is
still read at the result word after it ("HLV Hữu Thắng … thua 0-5"); the sets' scores after "N set"; an engine's size
after "loại"; coaches counted ("54 HLV"), an acronym counted once; a photo credit does not run into
a date's "ngày" after it (its blanking left a fraction behind)."""

from __future__ import annotations

from helpers import figure_texts as found


def test_a_result_word_after_a_names_one() -> None:
    assert found("Huấn luyện viên Hữu Thắng không buồn về kết quả thua 0-5 trước U20 Argentina.") == ["0-5"]


def test_the_sets_after_a_count_of_sets() -> None:
    texts = found("Tay vợt trẻ đã bất ngờ hạ gục đàn anh đến từ Pháp Gilles Simon sau 3 set (6-2, 6-7 (2-7), 6-3) "
                  "trước khi giành vé.")
    assert "6-2, 6-7 (2-7), 6-3" in texts
    assert found("Cô thua 2 set đầu nhưng thắng 3 set sau.") == ["2 set", "3 set"]


def test_an_engines_size_after_its_kind() -> None:
    assert found("Tùy chọn động cơ cho Honda WR-V bao gồm loại 1,2L i-VTEC chạy xăng.") == ["1,2L"]
    assert found("Xe dùng loại 1 chạy xăng.") == []


def test_coaches_counted_once() -> None:
    assert found("Có 54 HLV bị cáo buộc, trước đó khoảng 100 HLV bị sa thải.") == ["54 HLV", "100 HLV"]
    assert found("Ngụy Lôi bị 6 HLV thể hình đánh. Sau đó anh kiện 6 HLV này.") == ["6 HLV"]


def test_a_credit_stops_before_a_dates_word() -> None:
    from briefing_tui.search.extract.clean import credit_spans
    from briefing_tui.search.extract.pipeline import enrich
    from briefing_tui.search.inputs import RawRecord

    line = "Lực lượng cứu hộ tại Indonesia. Ảnh: abc.net Giới chức Indonesia ngày 3/7 cho biết 8 người đã thiệt mạng."
    assert [line[a:b].strip() for a, b in credit_spans(line)] == ["Ảnh: abc.net Giới chức Indonesia"]
    article = enrich(RawRecord(id="t", origin="test", text=line, where="t", title="Tin", date="2017-05-01"))
    assert [f.text for f in article.figures] == ["8 người"]  # (not "3/7 cho biết": the date's "ngày" was blanked)
    # a credit's own lower-case words are still the credit's
    given = "Ảnh: LS cung cấp Sau 13 ngày tạm giam, ông về nhà."
    assert [given[a:b].strip() for a, b in credit_spans(given)] == ["Ảnh: LS cung cấp"]


def test_a_couples_time_together() -> None:
    assert found("Tôi và chồng yêu nhau 5 năm trước khi quyết định tiến tới hôn nhân.") == ["5 năm"]
    assert found("Bên nhau 16 năm, hai người có với nhau hai con.") == ["16 năm"]
    assert found("Họ gắn bó với nhau 7 năm từ phim Bóng ma học đường.") == ["7 năm"]
    assert found("Họ gặp nhau 2 năm trước ở Paris.") == []  # when they met, no time measured


def test_a_time_measured_after_more_words() -> None:
    assert found("Cây long não cổ thụ với tuổi đời trên 1.000 năm đến nay vẫn phát triển tốt.") == ["1.000 năm"]
    assert found("Cuộc hôn nhân thứ hai của nữ minh tinh chỉ kéo dài vỏn vẹn 274 ngày.") == ["274 ngày"]


def test_a_share_compared_or_of_a_total() -> None:
    assert found("Học sinh VN hiện nay học toán chỉ bằng 2/3 Thái Lan.") == ["2/3"]
    assert found("Xác suất của những người bị bệnh chỉ 1/5000.") == ["1/5000"]
    assert found("Doanh số chưa đến 37 tỷ đồng, bằng 1/3 cùng kỳ năm 2015.") == ["37 tỷ đồng", "1/3"]
    assert found("Số bệnh nhân mới chiếm tổng cộng 1/3 trong tổng số ca.") == ["1/3"]
    # a day and month before a name stay a date, unless compared; an address's numbers are no share
    assert found("Hạn chót là khoảng 2/9 Hà Nội sẽ công bố.") == []
    assert found("Cháu đang chơi trước cửa nhà (có địa chỉ 7/22, tổ dân phố Nhuệ Giang).") == []
