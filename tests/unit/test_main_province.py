"""Issue 12 (third round): the main province is where the article happens, not every province it names.

Every sentence here is written for the test (never corpus text). Each test reproduces one kind of error
the audit of the 20k corpus showed (benchmarks/audit, docs/extraction.md §9) and fails without its rule
in search/extract/provinces.py.
"""

from __future__ import annotations

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.pipeline import enrich
from briefing_tui.search.extract.provinces import distinct, find_provinces, main_province
from briefing_tui.search.inputs import RawRecord

FILLER = "Các chuyên gia khuyên mọi người nên đi khám sức khỏe định kỳ mỗi năm một lần. "
"""A sentence that names no place, to push a mention past the lead (400 characters) or into the second half."""


def article(text: str, **kw):  # type: ignore[no-untyped-def]
    return enrich(RawRecord(id="t", origin="t.txt", text=text, where="t.txt", **kw))


def provinces(text: str) -> list[str]:
    return list(distinct(find_provinces(normalize(text))))


def test_a_club_written_with_its_suffix_or_initial_is_not_the_city():
    assert provinces("Hai cầu thủ của Hà Nội T&T và Quảng Nam FC được gọi lên tuyển.") == []
    assert provinces("Trận đấu giữa S.Khánh Hòa và XSKT. Cần Thơ kết thúc với tỷ số hòa.") == []
    # the city itself still counts
    assert provinces("Đội bóng đã về tới Hà Nội vào tối qua.") == ["Hà Nội"]


def test_a_persons_home_province_is_not_where_the_story_happens():
    raw = "Nữ diễn viên Mai Lan (sinh năm 1995, Thanh Hóa) vừa nhận vai chính trong bộ phim mới.\n" + FILLER * 3
    a = article(raw)
    assert a.provinces == ("Thanh Hóa",) and a.main_province is None
    # the offender's registered home does not outweigh the city where the police act
    raw = ("Công an quận 5 (TP.HCM) vừa bắt một thanh niên (24 tuổi, hộ khẩu thường trú tại huyện Gò Quao, "
           "Kiên Giang) về hành vi cướp giật.\n")
    assert article(raw).main_province == "Hồ Chí Minh"
    # where a singer was born is not where the story is
    raw = ("Nam ca sĩ sinh ra ở Cần Thơ, nay đi hát khắp nơi và vừa ra album mới.\n" + FILLER * 3)
    assert article(raw).main_province is None
    # where a person lives now still counts
    raw = "Ông Lê Văn Nam (52 tuổi, quê Nghệ An, hiện sống ở Biên Hòa, Đồng Nai) đã được đưa đi cấp cứu.\n"
    assert article(raw).main_province == "Đồng Nai"


def test_the_ends_of_a_road_are_not_the_articles_place():
    # a fire on an expressway named after the city, on the stretch in another province
    raw = "Một xe khách bốc cháy trên cao tốc TP.HCM - Trung Lương, đoạn qua tỉnh Long An, không ai bị thương.\n"
    assert article(raw).main_province == "Long An"
    # a tunnel joining two provinces speaks for neither end
    raw = ("Hầm đường bộ nối Đà Nẵng - Thừa Thiên Huế sẽ đóng cửa 30 phút mỗi ngày. Các xe qua hầm nối "
           "Đà Nẵng - Thừa Thiên Huế nên đi sớm.\n")
    assert article(raw).main_province is None
    # a match between two clubs speaks for neither city
    raw = ("Cầu thủ bị treo giò 8 trận sau pha vào bóng trong trận Hà Nội - Hải Phòng. Ban kỷ luật đã họp. "
           + FILLER * 5 + "Cổ động viên Hải Phòng đốt pháo sáng.\n")
    assert article(raw).main_province is None
    # a school with a dash in its name is not a road
    raw = "Thí sinh thi tại trường THPT Chuyên Hà Nội - Amsterdam cho biết đề thi vừa sức.\n"
    assert article(raw).main_province == "Hà Nội"


def test_an_address_that_repeats_the_province_counts_once():
    # "TP Vĩnh Long, tỉnh Vĩnh Long" is one address: Vĩnh Long does not lead TP.HCM by half again
    raw = ("Nhiều quán cơm giá rẻ ở TP.HCM bị kiểm tra; một cơ sở ở TP Vĩnh Long, tỉnh Vĩnh Long bị phạt. "
           "Ở TP.HCM đã có vài vụ ngộ độc. Học sinh ở Vĩnh Long phải nhập viện.\n" + FILLER * 3)
    assert article(raw).main_province is None


def test_a_lone_late_mention_must_name_the_place_not_an_institution():
    # a general health article quoting a doctor of a hospital named after the city
    raw = FILLER * 6 + "Bác sĩ Trần Minh, Bệnh viện Việt Pháp Hà Nội, cho biết bệnh có thể phòng được.\n"
    assert article(raw).main_province is None
    raw = FILLER * 6 + "Một dự án là Nhà máy Ethanol Phú Thọ, đã dừng hoạt động nhiều năm.\n"
    assert article(raw).main_province is None
    # written as the place (an address, a public body, its delegates): the article's province
    raw = FILLER * 6 + "Gia đình bà Hoa (ngụ xã Xuân Hải, huyện Nghi Xuân, tỉnh Hà Tĩnh) đã nhận thi hài.\n"
    assert article(raw).main_province == "Hà Tĩnh"
    raw = FILLER * 6 + "Nhóm thợ săn ở xã Tân Dương, huyện Bảo Yên, Lào Cai vào rừng lúc nửa đêm.\n"
    assert article(raw).main_province == "Lào Cai"
    # a reader's signature, a hometown, a passing "ở Hà Nội": not the article's place
    for tail in ("Tôi nên làm gì để giữ gia đình? (Thu Hà, Hà Nội)", "Anh Tâm (27 tuổi, Gia Lộc, Hải Dương) kể lại.",
                 "Cảnh xếp hàng cũng thấy ở Hà Nội trong buổi chiều."):
        assert article(FILLER * 6 + tail + "\n").main_province is None, tail
    raw = FILLER * 6 + "Sở GD&ĐT Hà Nội quy định thêm một số trường hợp được đổi khu vực tuyển sinh.\n"
    assert article(raw).main_province == "Hà Nội"


def test_a_province_first_named_late_after_another_is_not_the_subject():
    # national personnel news: one province early, another three times in the last third
    raw = ("Ủy ban Thường vụ Quốc hội đã cho một đại biểu của tỉnh Hà Tĩnh thôi nhiệm vụ.\n" + FILLER * 6
           + "Một đại biểu chuyển từ Trà Vinh về TP.HCM; đoàn TP.HCM đón thêm người; "
           "một đại biểu khác rời TP.HCM.\n")
    assert article(raw).main_province is None


def test_a_deputys_constituency_is_not_the_articles_province():
    raw = ("Quốc hội thảo luận về tình hình kinh tế - xã hội. ĐB Trần Thị Lan (TPHCM) đề nghị làm rõ trách nhiệm. "
           "ĐB Lê Văn Hòa (TPHCM) đồng tình.\n")
    assert article(raw).main_province is None
    raw = FILLER * 6 + "Theo đại biểu tỉnh Bến Tre, người dân còn nhiều nỗi lo.\n"
    assert article(raw).main_province is None


def test_held_at_tp_is_a_venue_like_held_at_thanh_pho():
    # "tại TP Cần Thơ" is a venue (like "tại thành phố Cần Thơ"): a stock report naming it once has no province
    raw = "Thị trường chứng khoán giảm mạnh đầu phiên sáng. " * 8 + "Bộ trưởng có buổi làm việc tại TP Cần Thơ.\n"
    assert article(raw).main_province is None


def test_a_time_zone_a_chinese_homonym_and_a_club_initial_are_not_places():
    assert provinces("Chuyên cơ hạ cánh lúc 17 giờ 50 theo giờ Hà Nội tại sân bay quốc tế.") == []
    assert provinces("Vụ tai nạn xảy ra ở một ngã tư tại Hà Nam, Trung Quốc.") == []
    assert provinces("Tiền đạo của HA Gia Lai ghi hai bàn.") == []
    assert provinces("Tỉnh Hà Nam vừa khánh thành một cây cầu.") == ["Hà Nam"]


def test_a_chinese_city_named_like_a_province_with_its_chinese_province_after_it():
    # session 57: "thành phố Thái Nguyên, tỉnh Sơn Tây, Trung Quốc" is Taiyuan, every mention of it after that too
    assert provinces("Vụ việc xảy ra tại một nhà hàng ở thành phố Thái Nguyên, tỉnh Sơn Tây, Trung Quốc. Nhà hàng ở "
                     "Thái Nguyên đã bị đóng cửa.") == []
    assert provinces("Cảnh sát TP Thái Nguyên (tỉnh Sơn Tây, Trung Quốc) cho biết.") == []
    assert provinces("Tại TP Thái Nguyên, tỉnh Thái Nguyên, lễ hội trà khai mạc.") == ["Thái Nguyên"]


def test_a_singers_roots_and_a_deputy_written_db_tinh_do_not_count():
    raw = "Giọng ca gốc Thái Bình gặp gỡ người hâm mộ trong buổi tối sinh nhật.\n" + FILLER * 3
    assert article(raw).main_province is None
    raw = FILLER * 6 + "Góp ý về dự thảo luật, ĐB tỉnh Bắc Kạn cho rằng cần làm rõ trách nhiệm.\n"
    assert article(raw).main_province is None
    raw = ("Luật sư Trần Văn Nam, đoàn ĐBQH thành phố Hồ Chí Minh, nêu ý kiến. Luật sư Lê Hòa, đoàn ĐBQH tỉnh "
           "Khánh Hòa, phản biện. Ông Nam, đoàn ĐBQH thành phố Hồ Chí Minh, nói thêm.\n")
    assert article(raw).main_province is None


def test_national_news_that_names_a_city_in_passing_has_no_main_province():
    # a national rule (Chính phủ, Bộ, cả nước) with two users from the capital quoted far down the article;
    # the city stays in the province list, only the main province goes
    raw = ("Chính phủ vừa ban hành nghị định mới về thuê bao di động áp dụng trên cả nước. Bộ Thông tin và "
           "Truyền thông yêu cầu các nhà mạng chuẩn hóa thông tin từ tháng sau. Thủ tướng giao các bộ kiểm tra.\n"
           + FILLER * 8 + "Một khách hàng ở Hà Nội kể đã xếp hàng cả buổi. Một người khác cũng ở Hà Nội nói tôi "
           "không muốn đổi số.\n")
    a = article(raw, title="Nhà mạng chuẩn hóa thuê bao theo nghị định mới")
    assert a.provinces == ("Hà Nội",) and a.main_province is None


def test_a_showbiz_story_is_not_filed_under_the_city_it_happens_to_name():
    raw = ("Nữ ca sĩ kể với khán giả về những năm đầu đi hát, khi tôi còn chưa có album nào. Cô nói sân khấu "
           "là ngôi nhà thứ hai, còn các bộ phim chỉ là chuyện tay trái.\n" + FILLER * 6
           + "Hiện cô sống cùng con gái ở Sài Gòn và vẫn nhận lời diễn ở Sài Gòn mỗi cuối tuần.\n")
    a = article(raw, title="Nữ ca sĩ nói về quãng đời đi hát")
    assert a.provinces == ("Hồ Chí Minh",) and a.main_province is None


def test_local_news_keeps_its_province_under_the_local_news_check():
    # the same words about a place, but written as local news: where it happens, at once, with its bodies
    raw = ("Công an huyện Đức Trọng (Lâm Đồng) vừa bắt giữ hai người trộm cắp tại xã Hiệp An. UBND huyện "
           "đã chỉ đạo lực lượng chức năng rà soát.\n" + FILLER * 8)
    assert article(raw, title="Bắt hai người trộm cắp ở Lâm Đồng").main_province == "Lâm Đồng"
    # a national body acting in one province is still that province's news
    raw = ("Bộ Công an phối hợp với Công an tỉnh Quảng Bình khám xét một kho hàng ở xã Võ Ninh, huyện Quảng "
           "Ninh. Chính phủ đã chỉ đạo xử lý nghiêm.\n" + FILLER * 4)
    assert article(raw).main_province == "Quảng Bình"


# Fifth round (audit sample 9): four more ways a province is named without being the article's place.


def test_a_stock_exchange_named_after_the_city_is_not_the_city():
    assert provinces("Sở Giao dịch Chứng khoán Hà Nội vừa tổ chức phiên đấu thầu trái phiếu.") == []
    assert provinces("Cổ phiếu này niêm yết trên Sở Giao dịch Chứng khoán TP.HCM từ năm ngoái.") == []
    # the city's own department of the same shape is still the city
    assert provinces("Sở Xây dựng Hà Nội vừa kiểm tra công trình.") == ["Hà Nội"]


def test_teams_in_a_result_or_a_fixture_list_are_not_places():
    assert provinces("Kết quả vòng 1/8: Quảng Nam 2-1 Hải Phòng, SLNA 1-1 Đà Nẵng (4-3), Long An 0-2 HAGL.") == []
    assert provinces("Lịch thi đấu: 17:30 Long An ? - ? Hải Phòng; 18:00 Sài Gòn ? - ? Becamex.") == []
    assert provinces("Trên sân nhà, T.Quảng Ninh thắng dễ.") == []
    # a count or a date next to the name is no score
    assert provinces("Mỗi tháng chị lên Sài Gòn 1-2 lần để thăm con.") == ["Hồ Chí Minh"]
    assert provinces("Dịp lễ 2-9 Hà Nội rợp cờ hoa.") == ["Hà Nội"]


def test_a_birthplace_written_with_its_date_is_not_where_it_happens():
    raw = ("Công an quận 5 (TP.HCM) vừa bắt Lê Văn An (sinh năm 1994 tại Kiên Giang) và Trần Văn Bình (sinh ngày "
           "2/3/1995 tại Kiên Giang) về hành vi cướp giật.\n")
    assert article(raw).main_province == "Hồ Chí Minh"
    # where one lives ("sinh sống tại") is not a birthplace
    raw = "Bà Lan sinh sống tại xã Tân Phú, huyện Đồng Phú, tỉnh Bình Phước đã nhiều năm.\n"
    assert article(raw).main_province == "Bình Phước"


def test_a_deputy_written_with_the_assemblys_abbreviation_in_brackets():
    raw = ("Đại biểu Quốc hội (ĐBQH) Nguyễn Thị Hoa (Gia Lai) đề nghị sửa luật. ĐBQH Nguyễn Thị Hoa (Gia Lai) "
           "nói rừng cần được giữ.\n" + FILLER * 3)
    assert article(raw).main_province is None
    raw = "Đại biểu Quốc hội Lê Văn Nam (Bến Tre) đề nghị bổ sung một điều riêng.\n" + FILLER * 3
    assert article(raw).main_province is None
    raw = ("Đại biểu Quốc hội Lê Văn Nam (Thành phố Đà Nẵng) đặt câu hỏi tại nghị trường chiều qua. Vị đại biểu "
           "đoàn Đà Nẵng cho rằng cần làm rõ trách nhiệm.\n" + FILLER * 3)
    assert article(raw).main_province is None


def test_thanh_pho_before_a_city_is_the_city_not_a_street():
    # "phố" alone is a street ("phố Huế" in the capital), "thành phố" is the city
    assert provinces("UBND thành phố Đà Nẵng vừa họp với Thành phố Cần Thơ.") == ["Đà Nẵng", "Cần Thơ"]
    assert provinces("Quán nằm trên phố Huế.") == []
    # a pupil or a mother giving birth there is no birthplace
    raw = "Học sinh ở Quảng Trị đi học lại. Sản phụ sinh tại Bệnh viện Đa khoa tỉnh Quảng Trị đã xuất viện.\n"
    assert article(raw).main_province == "Quảng Trị"


def test_a_range_of_degrees_after_the_city_is_no_score():
    assert provinces("Nhiệt độ Hà Nội 25-30°C, Đà Nẵng 27-32 độ C.") == ["Hà Nội", "Đà Nẵng"]


def test_a_departments_name_with_a_business_word_is_still_the_province():
    # "Vận tải" and "Đầu tư" end a company's name, but these are the city's own departments
    assert provinces("Sở Giao thông Vận tải TPHCM khởi công hai cầu vượt.") == ["Hồ Chí Minh"]
    assert provinces("Sở Kế hoạch và Đầu tư Hà Nội đã cấp phép cho dự án.") == ["Hà Nội"]
    assert provinces("Công ty Cổ phần Vận tải Hà Nội tăng giá vé.") == []


def test_a_highway_named_after_a_city_is_a_road():
    raw = "Kẹt xe kéo dài trên Xa lộ Hà Nội, đoạn qua TP Thủ Đức, TP.HCM chiều qua; xe nối đuôi trên xa lộ Hà Nội.\n"
    assert provinces(raw) == ["Hồ Chí Minh"]
    assert article(raw).main_province == "Hồ Chí Minh"


# Sixth round (audit sample 11): each test fails without its rule.


def test_a_second_city_joined_to_a_venue_is_a_venue_too():
    # a product shown in two cities: neither is the subject
    raw = "Mẫu điện thoại gập mới vừa ra mắt tại TP.HCM và Hà Nội trong hai ngày cuối tuần, giá từ 30 triệu đồng.\n"
    assert article(raw).main_province is None
    raw = ("Người phát ngôn cho biết Chính phủ đã họp về ùn tắc giao thông tại Thủ đô Hà Nội và Hải Phòng. Các giải "
           "pháp cho ùn tắc tại TP. Hà Nội và TP. Hải Phòng sẽ được trình sớm.\n")
    assert article(raw).main_province is None
    # one city held as the venue and named again as the place still wins
    raw = "Hội chợ nông sản khai mạc tại TP.HCM và kéo dài ba ngày. UBND TP.HCM cho biết hội chợ có 300 gian hàng.\n"
    assert article(raw).main_province == "Hồ Chí Minh"


def test_a_short_quoted_title_ending_with_the_city_is_a_work_not_the_city():
    raw = ("'Món ngon Hải Phòng' bị thu hồi\nCuốn sách “Món ngon Hải Phòng” bị in sai một đoạn nên nhà xuất bản đã "
           "thu hồi toàn bộ. Cục Xuất bản yêu cầu rà soát quy trình liên kết in sách.\n")
    a = article(raw)
    assert a.provinces == ("Hải Phòng",) and a.main_province is None
    # the rule itself, not the local-news check: the title's mentions score nothing
    text = normalize(raw)
    title_end = text.index("\n")
    assert main_province(find_provinces(text), text, {}, None, title_end=title_end, check_local=False) is None
    # a quoted sentence that names the city is no title
    raw = "“Giao thông ở Đà Nẵng đã tốt hơn nhiều so với Hải Phòng”, ông Nam nói tại cuộc họp của UBND TP Đà Nẵng.\n"
    assert article(raw).main_province == "Đà Nẵng"


def test_an_experts_university_named_after_the_city_is_an_affiliation():
    raw = ("Hội thảo về tích tụ ruộng đất diễn ra hôm qua tại TP.HCM. Nhiều chuyên gia cho rằng nên để thị trường tự "
           "điều tiết. " + FILLER * 4 + "TS Lê Văn An, Trường Đại học Kinh tế TP.HCM, cho rằng không nên ép.\n")
    assert article(raw).main_province is None
    # a story about the school itself, or a unit of it, is still the city's
    raw = ("Sinh viên Trường Cao đẳng Nghề Hải Phòng đoạt giải nhất kỳ thi tay nghề. Em Lê Văn An, trường Cao đẳng "
           "Nghề Hải Phòng, cho biết em đã ôn luyện nhiều tháng.\n")
    assert article(raw).main_province == "Hải Phòng"
    raw = "Chương trình kỹ sư mới mở tại Khoa Luật, ĐH Quốc gia Hà Nội, sẽ tuyển 60 sinh viên trong năm nay.\n"
    assert article(raw).main_province == "Hà Nội"


def test_a_trips_starting_point_is_not_where_the_story_happens():
    # a ride from one province to another: the start does not make the story the start's
    raw = ("Chàng trai đi taxi từ Quảng Trị vào Đà Lạt\nMột chàng trai đã đi taxi từ Quảng Trị vào Đà Lạt, Lâm Đồng để "
           "kịp tiễn bạn gái. Anh thuê xe từ Quảng Trị đến Huế rồi đi tiếp.\n")
    assert article(raw).main_province != "Quảng Trị"
    # two runaways found by the capital's police: the capital, not the home they left
    raw = ("Hai em nhỏ bỏ nhà đi từ Nghệ An ra Hà Nội. CSGT Hà Nội đã phát hiện hai em đi bộ trên đường và đưa về trụ "
           "sở. Công an Hà Nội đã liên hệ với gia đình.\n")
    assert article(raw).main_province == "Hà Nội"


def test_a_registered_home_and_an_advertorials_address_field_do_not_count():
    raw = ("Bộ GD-ĐT yêu cầu một trường đại học tuyển sinh trên toàn quốc, thay vì chỉ nhận thí sinh có hộ khẩu "
           "TP.HCM như thông báo mới đây. " + FILLER * 6 + "Quy chế tuyển sinh áp dụng cho mọi trường.\n")
    assert article(raw).main_province is None
    raw = ("Hết ho nhờ thảo dược\nBé Lê Văn An, sinh 2015. Địa chỉ: ấp Tân Hòa, xã Phước Long, huyện Gò Công, tỉnh "
           "Tiền Giang. " + FILLER * 5 + "Sản phẩm được bán tại nhiều nhà thuốc trên toàn quốc.\n")
    assert article(raw).main_province is None
    # an admissions fair held "tuyển sinh năm 2021 tại" the city is no birthplace
    raw = "Ngày hội tuyển sinh năm 2021 tại Hà Nội thu hút 15.000 thí sinh. Sở GD&ĐT Hà Nội cho biết sẽ tổ chức thêm.\n"
    assert article(raw).main_province == "Hà Nội"


def test_a_quoted_event_named_after_its_host_is_still_the_province():
    raw = "“Lễ hội Hoa Đà Lạt” sẽ khai mạc vào cuối tháng. Ban tổ chức “Festival Biển Khánh Hòa” chuẩn bị 50 gian hàng.\n"
    text = normalize(raw)
    assert main_province(find_provinces(text), text, {}, None, check_local=False) == "Khánh Hòa"


def test_a_dash_spaced_on_one_side_still_joins_the_two_part_names():
    for raw in ("Công an tỉnh Bà Rịa- Vũng Tàu cho biết.", "UBND tỉnh Thừa Thiên -Huế họp."):
        (m,) = find_provinces(normalize(raw))
        assert m.written.startswith(("Bà Rịa", "Thừa Thiên"))


def test_held_at_thanh_pho_x_is_a_venue():
    # "tại thành phố X" loses its point like "tại TP X" (the old check looked for "tại thành" right before X)
    raw = "Hội nghị ngành thủy sản toàn quốc diễn ra hôm qua tại thành phố Cần Thơ.\n"
    text = normalize(raw)
    assert main_province(find_provinces(text), text, {}, None, check_local=False) is None
    raw = "UBND thành phố Cần Thơ họp bàn chống ngập tại thành phố Cần Thơ.\n"
    text = normalize(raw)
    assert main_province(find_provinces(text), text, {}, None, check_local=False) == "Cần Thơ"


# Seventh round (sample 14's wrong provinces and dev sample 19): each test fails on the code before its rule.


def test_once_written_as_the_chinese_province_every_mention_is_chinese():
    raw = ("Một người đàn ông ở Hà Nam, Trung Quốc đã nuôi 200 con rùa trong nhà.\n"
           "Anh cho biết chợ gần nhất ở tỉnh Hà Nam bán rùa rất đắt.\n")
    assert provinces(raw) == []
    assert provinces("Công an tỉnh Hà Nam vừa bắt hai đối tượng trộm cắp.") == ["Hà Nam"]


def test_a_direction_of_travel_is_not_where_the_crash_happens():
    raw = ("Chiều qua, một xe tải lưu thông theo hướng từ Bình Dương đi Đồng Nai thì tông vào xe máy. "
           "Công an thị xã Thuận An, tỉnh Bình Dương đang điều tra.\n")
    text = normalize(raw)
    assert main_province(find_provinces(text), text, {}, None, check_local=False) == "Bình Dương"


def test_a_route_written_with_an_unspaced_dash_spans_both_ends():
    raw = ("Ba ô tô va chạm trên cao tốc TP Hồ Chí Minh-Trung Lương, đoạn qua tỉnh Long An, sáng nay. "
           "Lực lượng chức năng đã phân luồng.\n")
    text = normalize(raw)
    assert main_province(find_provinces(text), text, {}, None, check_local=False) == "Long An"


def test_a_readers_signature_in_brackets_files_a_column_under_the_readers_province():
    # (session 64: sample 19dev's labels had called it where the reader lives, no place of the story; the blind golds'
    # readers file an advice column or a reader's question under the writer's province)
    for raw, want in (("Độc giả Nguyễn Văn Bình (Bắc Giang): Tôi muốn hỏi về điều kiện thi vào trường công an.\n", "Bắc Giang"),
                      ("Con tôi 10 tháng tuổi chưa mọc răng, có sao không? Trần Thị Mai (Nam Định)\nTrẻ mọc răng sớm muộn "
                       "khác nhau.\n", "Nam Định")):
        text = normalize(raw)
        assert main_province(find_provinces(text), text, {}, None, check_local=False) == want
    # a district named after a person is a place ("Hà Đông (Hà Nội)"), as is a hospital's city
    raw = "Mưa lớn gây ngập nhiều tuyến phố ở Hà Đông (Hà Nội) trong sáng nay.\n"
    text = normalize(raw)
    assert main_province(find_provinces(text), text, {}, None, check_local=False) == "Hà Nội"


def test_a_result_line_with_a_colon_is_a_team():
    assert provinces("Kết quả vòng 15: Cao Bằng - Sanna Khánh Hòa: 2-3 Hải Phương Nam - Thái Sơn Bắc: 2-2.") == ["Cao Bằng"]
    assert provinces("Nhiệt độ ở Hà Nội: 25-30 độ C.") == ["Hà Nội"]


def test_a_national_piece_with_a_middling_chance_is_not_local_news():
    # chance between the old threshold (0.4) and 0.5: a national policy piece naming the city once, late
    raw = (FILLER * 12 + "Bộ Tài chính vừa trả lời kiến nghị của một doanh nghiệp ở TP.HCM về thuế thu nhập. Theo Bộ, "
           "Chính phủ đã ban hành nghị định mới áp dụng trên toàn quốc; Quốc hội cũng đã thông qua luật sửa đổi.\n")
    from briefing_tui.search.extract import local_news
    text = normalize(raw)
    mine = [m for m in find_provinces(text) if m.name == "Hồ Chí Minh"]
    chance = local_news.local_chance(local_news.features([m.start for m in mine], 1, text, 0))
    assert 0.4 <= chance < 0.5, chance
    assert main_province(find_provinces(text), text, {}, None) is None
    # the same chance in the province's own press ("UBND tỉnh" with no name after it) keeps it
    assert local_news.own_press("Phó Chủ tịch UBND tỉnh Hoàng Văn An dự họp.", frozenset({"Tuyên"}))
    assert not local_news.own_press("UBND tỉnh Tuyên Quang họp.", frozenset({"Tuyên"}))


def test_a_city_of_two_words_opening_a_line_is_not_a_signature():
    raw = "Phan Thiết (Bình Thuận) nổi tiếng với những bãi biển dài và món ăn từ hải sản.\nUBND tỉnh Bình Thuận vừa công bố lễ hội.\n"
    text = normalize(raw)
    assert main_province(find_provinces(text), text, {}, None, check_local=False) == "Bình Thuận"


def test_a_club_named_after_the_province_in_a_sports_piece_is_not_the_place():
    raw = ("Thanh Hóa thắng Đà Nẵng 3-2, tạm dẫn đầu V-League\nTrận đấu diễn ra kịch tính. Tiền đạo mới của Thanh Hóa "
           "ghi bàn ngay phút thứ 10, HLV hai đội đều hài lòng. Các cầu thủ Thanh Hóa chơi đầy quyết tâm.\n")
    a = article(raw)
    assert "Thanh Hóa" in a.provinces and a.main_province is None
    # a sports piece that writes the province as a place keeps it (a local festival's buffalo fights, a stadium built by the province)
    raw = ("UBND tỉnh Thanh Hóa khởi công sân vận động mới\nUBND tỉnh Thanh Hóa cho biết sân sẽ phục vụ đội bóng địa phương. "
           "HLV và cầu thủ Thanh Hóa dự lễ; trận đấu đầu tiên dự kiến vào năm sau, ghi bàn đầu tiên sẽ được thưởng.\n")
    assert article(raw).main_province == "Thanh Hóa"
    # "SHB.Đà Nẵng", "ST.Khánh Hòa": a club's initials
    assert provinces("HLV của SHB.Đà Nẵng và ST.Khánh Hòa bắt tay nhau.") == []


def test_a_quoted_title_written_again_without_quotes_is_still_the_work():
    raw = ("Nhà sách bị phạt vì in sai cuốn “Món ngon Hà Nội”\nCục Xuất bản cho biết bản in “Món ngon Hà Nội” bị sửa nhiều "
           "đoạn. Món ngon Hà Nội của nhà văn được in lại nhiều lần; lần này Món ngon Hà Nội bị thu hồi.\n")
    text = normalize(raw)
    assert main_province(find_provinces(text), text, {}, None, check_local=False) is None


def test_the_stock_exchange_in_lower_case_or_short_is_not_the_city():
    assert provinces("Sở Giao dịch chứng khoán TP. HCM chấp thuận niêm yết; Sở GDCK Hà Nội thử nghiệm hệ thống mới.") == []
    assert provinces("Sở Giao thông Vận tải TP.HCM họp.") == ["Hồ Chí Minh"]


def test_a_province_followed_by_an_english_brand_word_is_a_name():
    assert provinces("Chủ đầu tư dự án Hòa Bình Green City xây chùa trên tầng thượng.") == []
    assert provinces("Khách sạn ở Sài Gòn vẫn kín phòng; Hòa Bình đón mưa lớn.") == ["Hồ Chí Minh", "Hòa Bình"]


# Eighth round (dev sample 22dev and the labels left wrong): each test fails on the code before its rule.


def _main(raw: str) -> str | None:
    text = normalize(raw)
    return main_province(find_provinces(text), text, {}, None, check_local=False)


def test_a_related_headline_teaser_is_not_where_the_story_happens():
    raw = ("Cách làm món canh chua ngọt dịu cho bữa tối mùa hè. Nguyên liệu gồm cá, dứa, cà chua và rau thơm.\n"
           "Xem thêm: Cách nấu phở bò gia truyền Hà Nội  Cá làm sạch, cắt khúc vừa ăn rồi ướp với chút muối.\n")
    assert _main(raw) is None
    raw = ("Mùa này hồ nước trong xanh, du khách đến cắm trại rất đông. >> Đọc thêm: Vịnh đẹp ngay cạnh TP.HCM - "
           "Chiều về, người dân tỉnh Đồng Nai chèo thuyền ra giữa hồ.\n")
    assert _main(raw) == "Đồng Nai"
    raw = "Đội chủ nhà thắng sát nút trên sân nhà.\nTin liên quan Hà Nội FC mất trụ cột Bình Dương gặp khó trước vòng 5\n"
    assert _main(raw) is None


def test_a_patients_home_in_brackets_is_not_where_the_story_happens():
    for raw in ("Bệnh viện Bạch Mai vừa cứu sống một nữ bệnh nhân 43 tuổi (Quảng Ninh) bị bỏng thực quản do uống nhầm hóa chất.\n",
                "Các bác sĩ đã phẫu thuật cho bệnh nhân Lê Văn Tám (70 tuổi, ở Nghệ An) bị hóc xương cá đâm thủng thực quản.\n"):
        assert _main(raw) is None
    # a patient's bracket in a story the province's own hospital tells still leaves its other mentions
    raw = ("Bệnh viện Đa khoa tỉnh Quảng Ninh vừa cứu sống bệnh nhân 43 tuổi (Quảng Ninh) bị ngộ độc nấm rừng.\n")
    assert _main(raw) == "Quảng Ninh"


def test_a_quoted_experts_school_or_bar_is_not_where_the_story_happens():
    for raw in ("Nhiều học sinh được lên lớp dù chưa biết đọc. Thầy Nguyễn Văn Hùng, Hiệu trưởng Trường THPT Ban Mai "
                "(Hà Nội) cho rằng cần đánh giá thực chất hơn.\n",
                "Đăng ảnh trẻ em lên mạng xã hội có thể bị phạt. Luật sư Trần Văn Nam, Đoàn Luật sư TP. Hà Nội cho biết "
                "quy định này đã có từ lâu.\n",
                "Gợi ý bài giải môn Toán do cô Lê Thị Hoa (giáo viên Toán, Trường Ánh Dương, Hà Nội) thực hiện.\n"):
        assert _main(raw) is None, raw
    # a public body or a district's office of the province still speaks for it
    for raw in ("Hố sâu xuất hiện giữa ruộng lúa. Ông Lê Văn An, Phó Chủ tịch UBND xã Tân Hòa (huyện Chương Mỹ, Hà Nội) "
                "cho biết đã cắm biển cảnh báo.\n",
                "Lễ hội hoa bị hủy vì hoa chưa nở. Bà Trần Thị Lan, Giám đốc Sở Văn hóa Lâm Đồng cho biết sẽ tổ chức lại.\n"):
        assert _main(raw) is not None, raw


def test_the_city_paper_opening_a_sentence_is_the_paper():
    # held-out sample 22: the paper introducing a foreign law, named after the city at a sentence's start
    assert provinces("Luật mới vẫn còn gây tranh cãi. Pháp Luật TP.HCM giới thiệu quy định của Nhật Bản.") == []
    assert provinces("Vụ việc gây xôn xao. Công an TP.HCM đã vào cuộc.") == ["Hồ Chí Minh"]
