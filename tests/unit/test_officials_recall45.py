"""Officials round of session 64 (blind officials golds 945–949, read after their blind score): a street's, a bridge's
or a market's name after its lower-case noun is no one's, even when a post follows the comma after it ("dự án mở rộng
đường Phạm Văn Đồng, Chủ tịch Hà Nội cho biết" had titled the late prime minister the city's chairman). A foreigner's post in apposition may end in its
body's capitalised name and go on into what they say, with no closing comma ("Joe Sullivan, Giám đốc An ninh Uber cho
biết"). An artist's unlisted surname before a post ("nhạc sĩ Phó Đức Phương, giám đốc …"). A body's acronym in
brackets inside a post in apposition ("… quốc gia (FINS) của Ấn Độ, cho rằng"). A surname and a middle name that spell a
district ("Đồng Văn Tám"). A foreigner's post mid-sentence with its body in lower case, closed by a comma ("được Zhu
Yongling, giám đốc cục quản lý thi công cây cầu, xác nhận"). A communications director and a deputy adviser by their
posts; a post read on to its comma keeps another's post and name out of it."""

from __future__ import annotations

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(normalize(text))}


def test_a_streets_name_before_a_post_is_no_holder() -> None:
    assert found("Đối với dự án mở rộng đường Phạm Văn Đồng, Chủ tịch Hà Nội cho biết, nếu dự án này chậm.") == {}
    assert found("Về kế hoạch giải tỏa cây xanh trên tuyến đường Phạm Văn Đồng, Giám đốc Sở Xây dựng Hà Nội khẳng "
                 "định sẽ chỉ chặt hạ những cây có tuổi đời cao.") == {}
    assert found("Tiểu thương chợ Lương Văn Can, Trưởng ban quản lý chợ cho biết.") == {}


def test_a_person_before_a_post_is_still_its_holder() -> None:
    assert found("Đối với dự án, ông Phạm Văn Hùng, Chủ tịch UBND huyện cho biết, nếu dự án này chậm.") == {
        "Phạm Văn Hùng": "Chủ tịch UBND huyện"}
    # a street's name capitalised at a sentence's start is not this rule's (a heading may open with a person's post)
    assert found("Phạm Văn Hùng, Chủ tịch UBND huyện cho biết dự án sẽ xong.") == {"Phạm Văn Hùng": "Chủ tịch UBND huyện"}


def test_a_foreigners_post_in_apposition_then_what_they_say_with_no_comma() -> None:
    assert found("Tin mới. Joe Sullivan, Giám đốc An ninh Uber cho biết công ty sẽ điều tra.") == {
        "Joe Sullivan": "Giám đốc An ninh Uber"}
    assert found("Tin mới. Dean Wiltse, Giám đốc điều hành FoodLogiQ nhận định thị trường sẽ tăng.") == {
        "Dean Wiltse": "Giám đốc điều hành FoodLogiQ"}
    # with its closing comma, as before; a name right after the post is the post's own holder
    assert found("Tin mới. Joe Sullivan, Giám đốc An ninh Uber, cho biết.") == {"Joe Sullivan": "Giám đốc An ninh Uber"}
    assert "Joe Sullivan" not in found("Tin mới. Joe Sullivan, Giám đốc Marc Chandler cho biết.")


def test_an_artists_unlisted_surname_before_a_post() -> None:
    text = ("Điều này cũng được nhạc sĩ Phó Đức Phương, giám đốc Trung tâm Bảo vệ quyền tác giả âm nhạc Việt Nam xác "
            "nhận với phóng viên.")
    assert list(found(text)) == ["Phó Đức Phương"]  # "Phó" a surname here, not a deputy
    assert list(found("Nhạc sĩ Phó Đức Phương – Giám đốc Trung tâm Bảo vệ quyền tác giả cũng đồng thuận.")) == [
        "Phó Đức Phương"]


def test_a_bodys_acronym_in_brackets_inside_a_post_in_apposition() -> None:
    text = ("Phía TQ cũng có các điều động tương tự. Ông Seshadri Chari, Tổng Thư ký Diễn đàn Tổng hòa an ninh quốc gia "
            "(FINS) của Ấn Độ, cho rằng New Dehli sẽ thực hiện mọi biện pháp.")
    assert found(text) == {"Seshadri Chari": "Tổng Thư ký Diễn đàn Tổng hòa an ninh quốc gia (FINS) của Ấn Độ"}


def test_a_surname_and_a_middle_name_that_spell_a_district() -> None:
    # "Đồng Văn" is a district of Hà Giang, and "Đồng Văn Tám" a person
    assert found("Ông Đồng Văn Tám - Chủ tịch UBND xã Hợp Thịnh cho biết.") == {"Đồng Văn Tám": "Chủ tịch UBND xã Hợp Thịnh"}
    assert list(found("Ngày 11-6, PGS.TS Đồng Văn Hệ - Giám đốc Trung tâm Phẫu thuật Thần kinh cho biết.")) == [
        "Đồng Văn Hệ"]
    assert found("Giám đốc Sở Du lịch huyện Đồng Văn Nguyễn Văn An cho biết.") == {
        "Nguyễn Văn An": "Giám đốc Sở Du lịch huyện Đồng Văn"}


def test_a_post_ended_by_what_is_said_not_by_the_comma_after_it() -> None:
    # (test_officials_recall17 had kept this one from any post: the comma after "cho rằng" closes none; the saying
    # verb ends the post before it, session 64)
    assert found("Marc Chandler, Giám đốc điều hành Bannockburn Global Forex cho rằng, đồng USD sẽ còn tăng.") == {
        "Marc Chandler": "Giám đốc điều hành Bannockburn Global Forex"}
    assert found("Đó là điều quan trọng. Kate Hartman, giám đốc PR thương hiệu toàn cầu tại Coca-Cola cho rằng thị "
                 "trường tăng.") == {"Kate Hartman": "giám đốc PR thương hiệu toàn cầu tại Coca-Cola"}


def test_a_post_before_what_is_said_does_not_swallow_a_persons_name() -> None:
    text = ("Phát biểu trong buổi họp báo, ông Margaritis Schinas, người phát ngôn của Chủ tịch ủy ban châu Âu "
            "Jean-Claude Juncker cho biết dự luật là một thành tố thiết yếu.")
    assert found(text)["Margaritis Schinas"] == "người phát ngôn"
    assert "Jean-Claude Juncker" in found(text)


def test_a_foreigners_post_mid_sentence_with_its_body_in_lower_case() -> None:
    assert found("Tin. Thông tin này đã được Zhu Yongling, giám đốc cục quản lý thi công cây cầu, xác nhận.") == {
        "Zhu Yongling": "giám đốc cục quản lý thi công cây cầu"}
    # not when the lower-case words are no body's and no comma closes them
    assert "Zhu Yongling" not in found("Tin. Thông tin này đã được Zhu Yongling, giám đốc nói là sai.")


def test_a_communications_director_and_a_deputy_adviser_by_their_posts() -> None:
    assert found("Tin. Sean Spicer và giám đốc truyền thông Mike Dubke không ở trong văn phòng.")["Mike Dubke"] == (
        "giám đốc truyền thông")
    assert found("Tin. Phó cố vấn an ninh quốc gia Dina Powell cho biết.") == {
        "Dina Powell": "Phó cố vấn an ninh quốc gia"}  # (had been shown as the adviser herself)
    assert found("Tin. Dan Scavino, giám đốc truyền thông xã hội, cho biết.") == {
        "Dan Scavino": "giám đốc truyền thông xã hội"}  # (not "xã", a commune)


def test_a_post_read_on_to_its_comma_keeps_the_president_his_own() -> None:
    assert found("Tin. Ông Mike Dubke, giám đốc truyền thông của Tổng thống Donald Trump, đã quyết định từ chức.") == {
        "Mike Dubke": "giám đốc truyền thông", "Donald Trump": "Tổng thống"}
