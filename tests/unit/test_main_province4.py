"""Issue 12, session 21: the local-news model refitted on all main-province labels: a correction for national
signs (national bodies, national events) added to its log-odds, and the threshold 0.55 chosen by cross-validation.

Every sentence here is written for the test (never corpus text). Each test fails without the change it names
(``local_news.national_features``, ``NATIONAL_WEIGHTS``, ``chance_with_national``, ``THRESHOLD``, the own-press
chance before the correction); docs/extraction.md §9, "Main province, the local-news model refitted (session 21)".
Session 57 removed the text genre's raise of the bar: only the address's section moves it.
"""

from __future__ import annotations

from helpers import record_main_province as main

from briefing_tui.search.extract import local_news

NATIONAL_CONFERENCE = (
    "Sáng 10/5, ở thành phố Hà Nội, Thủ tướng Chính phủ chủ trì hội nghị trực tuyến toàn quốc về phát triển nông nghiệp. Tham "
    "dự hội nghị có lãnh đạo các Bộ Nông nghiệp, Bộ Tài chính, Bộ Công Thương và đại diện Quốc hội. Phát biểu tại hội "
    "nghị, Thủ tướng yêu cầu các bộ ngành rà soát chính sách hỗ trợ nông dân, Bộ trưởng Bộ Nông nghiệp báo cáo kết quả "
    "sản xuất quý I. Diễn đàn doanh nghiệp nông nghiệp cũng sẽ được tổ chức vào tháng sau với sự tham gia của các tổ "
    "chức quốc tế. Theo Tổng cục Thống kê, giá trị xuất khẩu nông sản tăng so với cùng kỳ."
)
"""A national conference held in the capital (chance 0.82 before the correction, 0.54 after; session 65's refit: 0.56,
under the capital's 0.6): government, ministries and a national department named again and again,
"hội nghị", "Diễn đàn", "quốc tế": national news with the capital as the venue."""

LOCAL_FIRE = (
    "Ngày 4/6, Công an huyện Thạch Thất, Hà Nội cho biết đang điều tra vụ cháy xưởng gỗ tại xã Bình Yên. Ngọn lửa bùng "
    "lên lúc rạng sáng, lực lượng cảnh sát phòng cháy của Công an thành phố Hà Nội đã dập tắt đám cháy sau hai giờ. "
    "UBND xã Bình Yên đã đến hỗ trợ gia đình chủ xưởng."
)
"""A district's fire: no national sign, the capital stays."""


def test_national_signs_are_counted_in_the_same_pass():
    counts = local_news._counts(NATIONAL_CONFERENCE)
    nat = local_news.national_features(counts)
    assert nat["national_bodies"] > 1.5 and nat["events"] > 1.0
    assert local_news.national_features(local_news._counts(LOCAL_FIRE)) == {"national_bodies": 0.0, "events": 0.0}
    # the national bodies still count for the old ``national`` feature (the eight weights' meaning is unchanged)
    assert local_news.features([0], 1, NATIONAL_CONFERENCE, 0)["national"] >= nat["national_bodies"] - 1e-9


def test_the_correction_lowers_the_chance_of_a_national_event_in_a_city():
    feats = local_news.features([12], 1, NATIONAL_CONFERENCE, 0)
    nat = local_news.national_features(local_news._counts(NATIONAL_CONFERENCE))
    assert local_news.chance_with_national(feats, nat) < local_news.local_chance(feats) - 0.1
    assert local_news.NATIONAL_WEIGHTS["national_bodies"] < 0 and local_news.NATIONAL_WEIGHTS["events"] < 0
    assert local_news.NATIONAL_BIAS == 0.0  # no sign, no change: the section thresholds keep their meaning


def test_a_national_conference_held_in_the_capital_is_national():
    assert main(NATIONAL_CONFERENCE, "Thủ tướng chủ trì hội nghị toàn quốc về nông nghiệp") is None


def test_a_local_fire_keeps_its_city():
    assert main(LOCAL_FIRE, "Cháy xưởng gỗ ở ngoại thành") == "Hà Nội"


def test_the_threshold_is_the_one_the_band_golds_chose():
    # session 62: 0.55 → 0.4, chosen on blind golds drawn from each band of the chance; session 65: 0.45 with the
    # weights refitted on every blind gold (local_news.THRESHOLD, local_news.WEIGHTS)
    assert local_news.THRESHOLD == 0.45
    assert local_news.needed_chance(None) == 0.45
    # a chance between 0.45 and 0.55 is enough; below 0.45 it is not
    assert local_news.decide(0.47, local_news.needed_chance(None), "Không có gì.", frozenset())
    assert not local_news.decide(0.43, local_news.needed_chance(None), "Không có gì.", frozenset())


def test_only_the_address_section_moves_the_bar():
    assert local_news.needed_chance("sport") == 0.93
    assert local_news.needed_chance("health") == 0.45  # (session 62: was 0.75; session 65: the model's 0.45)
    assert local_news.needed_chance("law") == 0.45
    assert local_news.needed_chance("travel") == local_news.needed_chance(None) == local_news.THRESHOLD


OWN_PORTAL = (
    "Chiều 2/6, Phó Chủ tịch UBND tỉnh Lê Văn Hải dự hội nghị trực tuyến của Chính phủ về phòng chống thiên tai tại điểm "
    "cầu UBND tỉnh. Thủ tướng yêu cầu các địa phương chủ động ứng phó mưa lũ. Sau hội nghị, tỉnh Quảng Trị giao các sở "
    "triển khai kế hoạch."
)


def test_own_press_is_judged_on_the_chance_before_the_correction():
    # the province's portal reports the government's orders to it: the national signs do not make it national
    assert local_news.own_press(OWN_PORTAL, frozenset({"Quảng"}))
    needed = local_news.needed_chance(None)
    # (session 65: the own press's bar 0.4 → 0.2 with the refitted weights, which put seed 004, a province's portal
    # reporting a national meeting, at 0.21 before the correction)
    assert local_news.decide(0.15, needed, OWN_PORTAL, frozenset({"Quảng"}), own_chance=0.25)
    assert not local_news.decide(0.15, needed, OWN_PORTAL, frozenset({"Quảng"}))
    assert not local_news.decide(0.15, needed, OWN_PORTAL, frozenset({"Quảng"}), own_chance=0.18)
