"""Issue 12, session 61: the one province the title and the lead name is the story's when the others come only after
the lead and score no more (a suspect's earlier job elsewhere, a comparison); before, a tie with a province named later
in the first half gave none. Every sentence here is written for the test (never corpus text)."""

from __future__ import annotations

from briefing_tui.search.extract.pipeline import enrich
from briefing_tui.search.inputs import RawRecord

NO_SECTION = "http://www.baomoi.com/a/c/1.epi"
LEAD = ("Sáng 12/5, Công an huyện Tuy Phước (Bình Định) cho biết đã bắt giữ Nguyễn Văn Tâm (32 tuổi) để điều tra về hành "
        "vi trộm cắp tài sản. Theo điều tra ban đầu, Tâm đã lấy trộm 3 xe máy của người dân trên địa bàn tỉnh Bình Định. ")
FILLER = "Vụ việc đang được cơ quan chức năng tiếp tục điều tra, làm rõ. Người dân được khuyến cáo cảnh giác, khóa xe cẩn thận. "
ELSEWHERE = "Trước đó, Tâm từng làm thuê ở Thanh Hóa và bị Công an tỉnh Thanh Hóa xử phạt hành chính vì đánh bạc. "


def main_of(body: str) -> str | None:
    return enrich(RawRecord(id="t", origin="test", text=body, where="t", title="Bắt kẻ trộm xe máy", url=NO_SECTION)).main_province


def test_the_leads_only_province_when_another_ties_it_after_the_lead() -> None:
    assert main_of(LEAD + FILLER * 2 + ELSEWHERE + FILLER * 4) == "Bình Định"


def test_no_main_province_when_the_lead_names_both() -> None:
    both = ("Sáng 12/5, Công an tỉnh Bình Định và Công an tỉnh Thanh Hóa phối hợp bắt giữ Nguyễn Văn Tâm (32 tuổi). "
            "Tâm lấy trộm xe máy ở Bình Định rồi mang ra Thanh Hóa bán. ")
    assert main_of(both + FILLER * 4) is None


def test_a_province_named_more_after_the_lead_still_wins() -> None:
    more = ELSEWHERE + "Năm 2015, Tâm bị TAND tỉnh Thanh Hóa xử phạt 2 năm tù. "
    assert main_of(LEAD + FILLER * 2 + more + FILLER * 4) == "Thanh Hóa"
