"""Officials round of session 49 (blind officials golds 671 and 673, read after they were scored): a verb in quotes
after the holder named behind a post ("Chủ tịch tỉnh Cà Mau, ông Lê Quân "hỏa tốc" chỉ đạo"), a king named by his
country in lower case ("vua Pháp Philip II"), "Phụ trách" a body in apposition, a surname our list lacks after a
degree or with four words ("PGS.TS Văn Như Cương – Chủ tịch …", "bà Ung Thị Xuân Hương, Phó Chủ tịch …"), "X, một
nghị sĩ đảng Bảo thủ, …" (a post after "một", its body's last word in lower case); from the second pair (blind golds
679 and 681, read after they were scored): a firm's name "… Vàng Việt Nam" is no person, its chairman in apposition
before it is; "X, giữ chức phó chủ tịch …"; from the pooled golds' false hits: "Sen Vàng Phạm Thị Tân" (a school's
"gold", then the person), a caption's name before "Ông" opening the sentence. Not: "phụ trách" as the verb, a king of nothing or by his name alone."""

from __future__ import annotations

import pytest

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    text = normalize(text)
    return {o.name: o.title for o in find_officials(text, None, text)}


@pytest.mark.parametrize(("text", "name", "title"), [
    ('Trước tình hình dịch bệnh, Chủ tịch tỉnh Cà Mau, ông Lê Quân "hỏa tốc" chỉ đạo các đơn vị trong tỉnh.',
     "Lê Quân", "Chủ tịch tỉnh Cà Mau"),
    ("Dẫn đầu đoàn quân có vua Pháp Philip II và vua Anh Richard.", "Philip II", "vua Pháp"),
    ("Thạc sĩ Nguyễn Trung Nguyên, Phụ trách Trung tâm Chống độc, Bệnh viện Bạch Mai, đang điều trị cho bệnh nhân.",
     "Nguyễn Trung Nguyên", "Phụ trách Trung tâm"),
    ("Trong danh sách có bà Ung Thị Xuân Hương, Phó Chủ tịch Hội Luật gia Việt Nam tự ứng cử.", "Ung Thị Xuân Hương",
     "Phó Chủ tịch Hội Luật gia Việt Nam"),
    ("“Vật liệu phủ là thủ phạm”, Mike Penning, một nghị sĩ đảng Bảo thủ, từng là nhân viên cứu hỏa, nói.",
     "Mike Penning", "nghị sĩ đảng Bảo thủ"),
    ("Ông Trần Thanh Hải, Chủ tịch HĐQT Công ty Kinh doanh và Đầu tư Vàng Việt Nam (VGB) cho biết.", "Trần Thanh Hải",
     "Chủ tịch HĐQT Công ty Kinh doanh và Đầu tư Vàng Việt Nam"),
    ("Chồng cô là doanh nhân Hà Tổ Quang, giữ chức phó chủ tịch Ngân hàng đầu tư Salomon Brothers Hong Kong.",
     "Hà Tổ Quang", "phó chủ tịch Ngân hàng"),
    ("Hiệu trưởng trường Sen Vàng Phạm Thị Tân cho biết.", "Phạm Thị Tân", "Hiệu trưởng trường Sen Vàng"),
    ("Đó là ý kiến. Giám đốc FBI James Comey Ông Comey là người được kính trọng ở Quốc hội Mỹ.", "James Comey",
     "Giám đốc FBI"),
    ("Chiều 23/6, ông Ông Lương Ngọc Khuê, Cục trưởng Cục Quản lý Khám chữa bệnh, đã giải đáp.", "Lương Ngọc Khuê",
     "Cục trưởng Cục Quản lý Khám chữa bệnh"),  # ("ông Ông": the address twice, no surname "Ông")
    ("Liên quan đến vấn đề này, PGS.TS Văn Như Cương – Chủ tịch Hội đồng Quản trị trường THPT Lương Thế Vinh cho rằng.",
     "Văn Như Cương", "Chủ tịch Hội đồng Quản trị"),
])
def test_found(text: str, name: str, title: str) -> None:
    assert found(text).get(name, "").startswith(title)  # (a centre's lower-case words may be cut: "Trung tâm Chống")


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn An phụ trách Phòng Kế hoạch đã nghỉ hưu.",  # the verb: no post after a comma or a dash
    "Ông là vua hàng hiệu của Việt Nam.",  # a king of nothing
    "Bộ phim kể về vua George VI của nước Anh.",  # a king by his name alone, no country before it
    "Văn Như Cương là một nhà giáo được nhiều người quý trọng.",  # an unlisted surname with no degree nor post
    "Giá vàng của Công ty Kinh doanh và Đầu tư Vàng Việt Nam tăng mạnh.",  # a firm's name, no person
])
def test_not_found(text: str) -> None:
    assert found(text) == {}
