"""Provides the hostile cases: terminal escape sequences and Rich markup in every field a front-end shows.

One hand-written JSONL record per payload, each findable by its own keyword
(``alpha``, ``bravo``, …). The payload sits in the id, the title, the body (in a
figure's sentence and on the "Nguồn:" line, which becomes the source) and the URL.
conftest.py builds one real index of all the records per session.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from briefing_tui.search.sanitize import visible

OSC_TITLE = "\x1b]2;PWNED\x1b\\"
"""Sets the terminal's window (tmux: pane) title."""
OSC_CLIPBOARD = "\x1b]52;c;cHduZWQ=\x07"
"""Writes "pwned" to the clipboard (tmux: a paste buffer)."""


@dataclass(frozen=True)
class Case:
    name: str
    raw: str
    """The payload, as stored in the article."""
    shown: str
    """What a terminal front-end must show of it (its inert form)."""
    keyword: str
    """A word only this case's record holds: searching it finds the record."""

    @property
    def id(self) -> str:
        return f"{self.keyword}-{self.raw}"

    @property
    def title(self) -> str:
        return f"Tiêu đề {self.keyword} {self.raw} kết thúc"

    def record(self) -> dict[str, str]:
        body = (
            f"Thân bài {self.keyword} mở đầu {self.raw} tiếp theo.\n\n"
            f"Tỷ lệ hộ nghèo giảm còn 10,2% {self.raw} trong năm {self.keyword}.\n\n"
            f"Nguồn: {self.raw}"
        )
        return {"id": self.id, "title": self.title, "date": "2022-06-01", "body": body,
                "url": f"https://x.vn/{self.keyword}/{self.raw}"}


_KEYWORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo"]
_PAYLOADS = [
    ("osc-title", OSC_TITLE, None),
    ("osc52-clipboard", OSC_CLIPBOARD, None),
    ("csi-clear", "\x1b[2J", None),
    ("c1-csi", "\x9b31m", None),
    ("dcs", "\x1bP1$qm\x1b\\", None),
    ("bidi-override", "\u202eabc\u202c", None),
    ("close-tag", "[/]", None),
    ("click-quit", "[@click=app.quit]báo[/]", None),
    ("bold-tag", "[bold]", None),
    ("brackets", "[tên cũ là Hà Giang]", None),
    ("html-newlines", "tag\n# heading\n- item <img src=x onerror=alert(1)> &amp; |", "<img src=x onerror=alert(1)>"),
]
CASES = [Case(name, raw, shown or visible(raw), kw) for (name, raw, shown), kw in zip(_PAYLOADS, _KEYWORDS, strict=True)]

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
"""What must never reach a terminal from data: C0 (but TAB, LF), ESC, DEL, C1, bidi controls, surrogates."""


def write_jsonl(path: Path, cases: list[Case]) -> Path:
    path.write_text("".join(json.dumps(c.record(), ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
    return path
