"""Writes ``search/data/districts.tsv``: Vietnam's districts, towns and district-level cities with their
province (issue 12, the main province; session 58).

The table is derived from the MIT-licensed ``vietnamadminunits`` 1.0.4 (© 2025 Tran Ngoc Minh Hieu), the same
source as ``provinces.csv``: its ``data/parser_legacy.json`` (``DICT_PROVINCE`` and ``DICT_PROVINCE_DISTRICT``,
the 63 provinces before the 2025 merger and their 696 districts), and a few districts dissolved since 2016
(``HISTORICAL``). Only the district's type, short name and province are kept. The package is not a dependency: fetch its wheel once and give the JSON's path:

    pip download vietnamadminunits==1.0.4 --no-deps -d /tmp/vau && unzip -o /tmp/vau/*.whl -d /tmp/vau
    python benchmarks/districts_table.py /tmp/vau/vietnamadminunits/data/parser_legacy.json
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "search" / "data" / "districts.tsv"
HEADER = """\
# type<TAB>name<TAB>province (old_short in provinces.csv): the districts (Quận, Huyện), towns (Thị xã) and
# district-level cities (Thành phố) of the 63 provinces before the 2025 merger. Derived by
# benchmarks/districts_table.py from vietnamadminunits 1.0.4, data/parser_legacy.json (MIT License,
# Copyright (c) 2025 Tran Ngoc Minh Hieu; https://github.com/tranngocminhhieu/vietnamadminunits), and seven
# districts dissolved between 2016 and 2023 (the script's HISTORICAL).
"""


HISTORICAL = (
    ("Huyện", "Kỳ Sơn", "Hòa Bình"),  # merged into the city of Hòa Bình (2020): "huyện Kỳ Sơn" is Nghệ An's only since
    ("Huyện", "Hoành Bồ", "Quảng Ninh"),  # merged into Hạ Long (2019)
    ("Huyện", "Tĩnh Gia", "Thanh Hóa"),  # the town of Nghi Sơn since 2020
    ("Huyện", "Thông Nông", "Cao Bằng"),  # Cao Bằng's mergers of 2020: into Hà Quảng,
    ("Huyện", "Trà Lĩnh", "Cao Bằng"),  # into Trùng Khánh,
    ("Huyện", "Quảng Uyên", "Cao Bằng"),  # with Phục Hòa, into Quảng Hòa
    ("Huyện", "Phục Hòa", "Cao Bằng"),
)
"""Districts dissolved between 2016 and 2023, which the corpus's years (2016–2021) still name and the 2023 tables no
longer hold (written from public knowledge of the mergers' resolutions, not from any corpus)."""


def rows(legacy: dict) -> list[tuple[str, str, str]]:
    provinces = legacy["DICT_PROVINCE"]
    out = set(HISTORICAL)
    for key, districts in legacy["DICT_PROVINCE_DISTRICT"].items():
        province = provinces[key]["provinceShort"]
        for d in districts.values():
            # "Cai Lậy (Huyện)" and "Cai Lậy (Thị xã)": the tables tell a huyện from the town of its name in brackets
            name = re.sub(r"\s*\((?:Huyện|Thị xã|Thành phố|Quận)\)$", "", d["districtShort"])
            out.add((d["districtType"], name, province))
    nfc = functools.partial(unicodedata.normalize, "NFC")
    return sorted((nfc(kind), nfc(name), nfc(province)) for kind, name, province in out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("legacy_json", type=Path, help="vietnamadminunits 1.0.4's data/parser_legacy.json")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    table = rows(json.loads(args.legacy_json.read_text(encoding="utf-8")))
    args.out.write_text(HEADER + "".join("\t".join(r) + "\n" for r in table), encoding="utf-8")
    print(f"{len(table)} districts → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
