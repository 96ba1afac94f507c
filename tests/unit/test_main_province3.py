"""Issue 12, session 21: with no section in the address, the genre read from the text sets how sure the main
province must be.

Every sentence here is written for the test (never corpus text). Each test fails without the rule it names
(``genre.away_chance`` and ``genre.text_threshold``, the model ``search/data/genre_words.json``, their use in
``local_news.is_local_news`` and ``provinces.main_province``); docs/extraction.md §9, "Main province, genre from the
text (session 21)".
"""

from __future__ import annotations

import json
import re
from importlib import resources

from briefing_tui.search.extract.genre import away_chance, text_genre_chances, text_threshold
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
"""A singer's album launch with the city as the venue: the local-news model alone keeps the city (chance above
0.5); the words read as showbiz (about 0.95), so it needs about 0.9 and the article becomes national."""

LOCAL_THEFT = (
    "Ngày 3/6, Công an huyện Diễn Châu, tỉnh Nghệ An cho biết đã bắt giữ hai đối tượng trộm cắp tài sản tại xã Diễn "
    "Hồng. Theo cơ quan điều tra, đêm 1/6 hai đối tượng đột nhập nhà ông Nguyễn Văn Bình ở xã Diễn Hồng lấy trộm xe máy. "
    "Công an tỉnh Nghệ An đang mở rộng điều tra vụ việc."
)
"""A province's police report: its words read as no away genre (about 0.07), nothing changes."""

MATCH_REPORT = (
    "Tối 8/6, đội tuyển U23 Việt Nam thắng 2-0 trong trận giao hữu. Huấn luyện viên cho biết ông muốn thử nghiệm đội hình "
    "trước vòng loại. Tiền đạo ghi bàn mở tỷ số ở phút 30, hậu vệ nâng tỷ số ở hiệp hai. Các cầu thủ sẽ tập luyện thêm "
    "hai tuần trước khi lên đường dự giải đấu khu vực."
)


def main(text: str, url: str | None = NO_SECTION) -> str | None:
    return enrich(RawRecord(id="t", origin="t.txt", text=text, where="t.txt", url=url)).main_province


def test_showbiz_words_make_a_venue_no_main_province():
    assert away_chance(SHOWBIZ_EVENT) > 0.9
    assert main(SHOWBIZ_EVENT) is None


def test_local_news_keeps_its_province():
    assert away_chance(LOCAL_THEFT) < 0.5
    assert main(LOCAL_THEFT) == "Nghệ An"


def test_a_section_in_the_address_wins_over_the_words():
    # a society section says local: the words are not read, the venue stays
    assert main(SHOWBIZ_EVENT, "https://dantri.com.vn/xa-hoi/ra-mat-album-20210101.htm") == "Hồ Chí Minh"


def test_the_threshold_rises_with_the_away_chance():
    assert text_threshold(0.3) is None
    assert text_threshold(0.5) is None
    assert abs((text_threshold(0.75) or 0) - 0.715) < 1e-9
    assert abs((text_threshold(1.0) or 0) - 0.93) < 1e-9


def test_the_model_reads_the_genre():
    chances = text_genre_chances(MATCH_REPORT)
    assert max(chances, key=chances.__getitem__) == "sport"
    assert abs(sum(chances.values()) - 1) < 1e-9


def test_the_model_file_is_small_and_holds_syllables_only():
    doc = json.loads(resources.files("briefing_tui.search").joinpath("data/genre_words.json").read_text("utf-8"))
    genres = doc["genres"]
    assert {"world", "sport", "entertainment", "science", "society", "travel"} <= set(genres)
    assert 100 <= len(doc["weights"]) * len(genres) <= 5000
    syllable = re.compile(r"[^\W\d_]+")
    assert all(syllable.fullmatch(w) and len(ws) == len(genres) for w, ws in doc["weights"].items())
