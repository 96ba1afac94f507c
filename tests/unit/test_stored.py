"""The stored form drops the figures' derivable strings and rebuilds them exactly."""

from __future__ import annotations

import json

from helpers import ROOT

from briefing_tui.search.embedded.records import pack, unpack
from briefing_tui.search.extract.pipeline import enrich
from briefing_tui.search.inputs import RawRecord


def test_pack_and_unpack_round_trip_on_a_seed():
    path = ROOT / "seeds" / "002_fa295b22799041cc.txt"
    article = enrich(RawRecord(id="s", origin=str(path), text=path.read_text("utf-8"), where=str(path)))
    packed = pack(article)
    assert '"sentence"' not in packed and len(packed) < len(json.dumps(article.to_dict(), ensure_ascii=False))
    assert unpack(packed) == article


def test_to_dict_is_asdict_on_every_seed():
    from dataclasses import asdict

    for path in sorted((ROOT / "seeds").glob("*.txt")):
        article = enrich(RawRecord(id=path.stem, origin=str(path), text=path.read_text("utf-8"), where=str(path)))
        assert article.to_dict() == asdict(article) and article.figures and article.officials
