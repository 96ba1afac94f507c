"""Issue 12: a province's common names resolve in filters, through the real CLI and a real index."""

from __future__ import annotations

import json

from helpers import write_articles

from briefing_tui.tui.cli import main


def test_province_filter_by_an_old_or_common_name(tmp_path, capsys):
    folder = write_articles(tmp_path / "in", {
        "hcm.txt": "Giá nhà tăng\n\nGiá nhà ở TP.HCM tăng mạnh trong quý này. Người mua nhà ở TP.HCM chờ đợi.\n",
        "byline.txt": "Giá lúa tăng\n\nNông dân phấn khởi vì giá lúa tăng.\nTheo Thái Bình (Công an nhân dân)\n",
    })
    index_dir = tmp_path / "ix"
    assert main(["--index-dir", str(index_dir), "index", str(folder), "--quiet"]) == 0
    capsys.readouterr()
    for name in ('"Sài Gòn"', "TPHCM", '"TP.HCM"'):
        assert main(["--index-dir", str(index_dir), "search", f"province:{name}", "--format", "json"]) == 0
        out, err = capsys.readouterr()
        data = json.loads(out)
        assert [h["id"] for h in data["hits"]] == ["hcm"], name
        assert err == ""
    # a byline's reporter is not the province: nothing is about Thái Bình
    assert main(["--index-dir", str(index_dir), "search", 'province:"Thái Bình"', "--format", "json"]) == 1  # none
    assert json.loads(capsys.readouterr().out)["total"] == 0
