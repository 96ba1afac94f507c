"""Issue 12, main province: with no section in the address, the words do not raise the bar (session 57).

Session 21 read the genre from the text (a naive Bayes model over syllables) and made an article whose words read
as showbiz, sport, world news or science need a surer local-news chance; session 57 removed it: on the blind
main-province golds it dropped more right answers than wrong ones (docs/extraction.md §9, "Main province, judged on
blind golds (session 57)"). Every sentence here is written for the test (never corpus text).
"""

from __future__ import annotations

from briefing_tui.search.extract.pipeline import enrich
from briefing_tui.search.inputs import RawRecord

NO_SECTION = "http://www.baomoi.com/a/c/1.epi"

SHOWBIZ_EVENT = (
    "Tối 12/5, nữ ca sĩ Minh Thư xuất hiện rạng rỡ tại buổi ra mắt album mới ở TP.HCM. Người đẹp diện bộ váy dạ hội "
    "màu đỏ do nhà thiết kế riêng thực hiện, thu hút sự chú ý của người hâm mộ. Trên sân khấu, nữ ca sĩ thể hiện ca khúc "
    "chủ đề của album và chia sẻ về quá trình sáng tác. Khán giả tại TP.HCM dành nhiều tràng pháo tay cho giọng hát của "
    "cô. Được biết, album gồm mười ca khúc, trong đó có bản tình ca được nhạc sĩ nổi tiếng viết tặng riêng cho cô. Nữ ca "
    "sĩ cho biết sẽ tổ chức liveshow vào cuối năm và đang chuẩn bị quay MV mới."
)
"""A singer's album launch in the city: where its news happens, so the city (session 21's text-genre model read
the words as showbiz, about 0.95, asked for a chance of about 0.9 and made the article national)."""

LOCAL_THEFT = (
    "Ngày 3/6, Công an huyện Diễn Châu, tỉnh Nghệ An cho biết đã bắt giữ hai đối tượng trộm cắp tài sản tại xã Diễn "
    "Hồng. Theo cơ quan điều tra, đêm 1/6 hai đối tượng đột nhập nhà ông Nguyễn Văn Bình ở xã Diễn Hồng lấy trộm xe máy. "
    "Công an tỉnh Nghệ An đang mở rộng điều tra vụ việc."
)
"""A province's police report."""

def main(text: str, url: str | None = NO_SECTION) -> str | None:
    return enrich(RawRecord(id="t", origin="t.txt", text=text, where="t.txt", url=url)).main_province


def test_a_showbiz_event_keeps_its_city():
    assert main(SHOWBIZ_EVENT) == "Hồ Chí Minh"


def test_local_news_keeps_its_province():
    assert main(LOCAL_THEFT) == "Nghệ An"


SHOWBIZ_EVENT_ONCE = SHOWBIZ_EVENT.replace("Khán giả tại TP.HCM", "Khán giả")
"""The launch with the city named once (a chance of about 0.89 with session 65's weights, which put the launch named
twice at about 0.94, over even a showbiz section's bar: the blind golds' readers file such launches under the city)."""


def test_a_section_in_the_address_still_sets_the_bar():
    # a society section says local: the venue stays; a showbiz section asks for a plainly local report
    assert main(SHOWBIZ_EVENT_ONCE, "https://dantri.com.vn/xa-hoi/ra-mat-album-20210101.htm") == "Hồ Chí Minh"
    assert main(SHOWBIZ_EVENT_ONCE, "https://dantri.com.vn/giai-tri/ra-mat-album-20210101.htm") is None
    assert main(LOCAL_THEFT, "https://dantri.com.vn/phap-luat/bat-trom-20210101.htm") == "Nghệ An"
