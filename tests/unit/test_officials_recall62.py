"""Officials rounds of session 78 (the pooled golds' misses and blind batches 120–123): a person named, then given a post
in lower case after a comma or a dash, the post read on to where the clause goes on (``_Parser._comma_posts``), a calling
joined to it by "kiêm"; a post's body no rule read, then its holder after "là" (or "khi ấy là"); a general of a force;
a place's last word starting no name."""

from __future__ import annotations

from helpers import record_officials as officials


def test_a_post_in_lower_case_closed_by_a_comma() -> None:
    assert officials("Trong khi đó, chuyên gia Anthony Leachon, cựu cố vấn lực lượng đặc nhiệm chống Covid-19 của "
                     "Philippines, cho rằng cần thêm thời gian.") == [
        ("Anthony Leachon", "cựu cố vấn lực lượng đặc nhiệm chống Covid-19 của Philippines")]


def test_someone_elses_post_and_name_inside_the_post() -> None:
    # the president keeps his own post, the spokesman's ends before the president's name
    assert sorted(officials("Ngày 30-6, ông Ernesto Abella, người phát ngôn của Tổng thống Philippines Rodrigo Duterte, "
                            "đã phản bác.")) == [
        ("Ernesto Abella", "người phát ngôn của Tổng thống Philippines"), ("Rodrigo Duterte", "Tổng thống Philippines")]


def test_a_post_closed_by_what_the_person_says() -> None:
    assert officials("Sử gia Katia Bogea, người đứng đầu Viện Di sản quốc gia Brazil (IPHAN) bày tỏ vui mừng.") == [
        ("Katia Bogea", "người đứng đầu Viện Di sản quốc gia Brazil (IPHAN)")]
    # (mid-sentence, a verb closes no post: the clause's subject is someone else)
    assert officials("Sau khi gặp Richard Soble, giám đốc điều hành cho biết sẽ đổi cách làm.") == []
    # (nor after "theo", an outlet's name: "Theo Bangkok Post, phó cảnh sát trưởng … cho hay")
    assert officials("Theo Foreign Policy, cố vấn cấp cao của Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan cho biết "
                     "cả hai nước đều muốn vậy.") == [("Recep Tayyip Erdogan", "Tổng thống Thổ Nhĩ Kỳ")]


def test_a_list_goes_on_after_the_post() -> None:
    found = officials("Các phát ngôn của Stephen Miller, cố vấn cấp cao của Trump và Rudolph Giuliani, cựu cố vấn của "
                      "Trump, đều được trích dẫn.")
    assert ("Stephen Miller", "cố vấn cấp cao của Trump") in found
    assert ("Rudolph Giuliani", "cựu cố vấn của Trump") in found


def test_no_post_without_its_close() -> None:
    # a full stop before the clause goes on: no post is read (the name is no subject of one)
    assert officials("Cô kết hôn với Chip Harris, chủ tịch. Họ có với nhau hai con.") == []
    # a place before the comma is no person
    assert officials("Tại New York, giám đốc điều hành của quỹ, cho biết sẽ rút vốn.") == []
    # a bare post may open a list
    assert officials("Theo Khaleej Times, hiệu trưởng, tài xế xe buýt và giám thị của trường đã bị bỏ tù.") == []


def test_a_dash_before_the_post_in_lower_case() -> None:
    assert officials("Ông Patrick Harker - quan chức Cục dự trữ liên bang Mỹ (Fed) cho rằng lãi suất sẽ tăng.") == [
        ("Patrick Harker", "quan chức Cục dự trữ liên bang Mỹ (Fed)")]


def test_a_posts_body_then_its_holder_after_is() -> None:
    assert officials("Tuy nhiên, Giám đốc Marketing của Apple là Phil Schiller đã trả lời rằng như vậy.") == [
        ("Phil Schiller", "Giám đốc Marketing của Apple")]
    assert officials("Chiều 1/5, Phó Giám đốc nhà hát Kịch là Nguyễn Xuân Bắc và đồng nghiệp đã đến thăm gia đình.") == [
        ("Nguyễn Xuân Bắc", "Phó Giám đốc nhà hát Kịch")]
    # (a verb before "là": what the post's holder said, not who holds it)
    assert officials("Giám đốc Sở Y tế cho biết nguyên nhân là Nguyễn Văn Anh gây ra.") == []


def test_what_an_outlet_reports_is_no_post_of_the_outlet() -> None:
    # the comma after what was said is no close of a post the outlet's name would hold
    assert officials("Theo Bangkok Post, phó cảnh sát trưởng quốc gia Thái Lan Srivara Ransibrahmanakul cho hay, cảnh "
                     "sát nước này đã tìm thấy chiếc xe.") == [
        ("Srivara Ransibrahmanakul", "phó cảnh sát trưởng quốc gia Thái Lan")]


def test_a_spaced_dash_then_a_lower_case_word_closes_the_post() -> None:
    # (the 150k corpus spaces a name's hyphen: "Al - Aza" stays in the post)
    assert officials("Ông Mostafa Bakkour, chỉ huy của quân đội Al - Aza - một nhánh của FSA - cho biết như vậy.") == [
        ("Mostafa Bakkour", "chỉ huy của quân đội Al - Aza")]


def test_after_theo_the_sentences_end_closes_the_post() -> None:
    assert officials("Điều này nhằm gây áp lực, theo Andrew Gilholm, giám đốc phân tích rủi ro tại khu vực Bắc Á và "
                     "Trung Quốc. Ông nói thêm như vậy.") == [
        ("Andrew Gilholm", "giám đốc phân tích rủi ro tại khu vực Bắc Á và Trung Quốc")]


def test_a_calling_joined_to_a_post_after_the_comma() -> None:
    assert officials("Bà Nguyễn Thị Việt Thanh, nhà sáng lập kiêm Giám đốc điều hành Anphabe cho biết như vậy.") == [
        ("Nguyễn Thị Việt Thanh", "nhà sáng lập kiêm Giám đốc điều hành Anphabe")]


def test_a_places_last_word_starts_no_name() -> None:
    found = officials("Ông Sheldon Adelson - Chủ tịch kiêm Giám đốc điều hành (CEO) của công ty Las Vegas Sands, công ty "
                      "sở hữu khu nghỉ dưỡng - là nhà tài trợ lớn.")
    assert [name for name, _ in found] == ["Sheldon Adelson"]


def test_a_general_in_lower_case_with_the_force_and_its_country() -> None:
    assert officials("Hồi tháng 6, tướng không quân Mỹ Paul Selva thừa nhận việc đối phó mối đe doạ là khó khăn.") == [
        ("Paul Selva", "tướng không quân Mỹ")]
    # (no name after the force and its country: no one)
    assert officials("Một người giả là tướng quân đội Mỹ đã lừa hơn 600 triệu đồng.") == []


def test_then_written_khi_ay_before_the_holder() -> None:
    assert officials("Theo Bộ trưởng Quốc phòng Nhật Bản khi ấy là Tomomi Inada, quyết định này giúp phụ nữ chủ động "
                     "hơn.") == [("Tomomi Inada", "Bộ trưởng Quốc phòng Nhật Bản")]
