"""The stored form drops the figures' derivable strings and rebuilds them exactly."""

from __future__ import annotations

import json
import zlib

import pytest
from helpers import ROOT

from briefing_tui.search.embedded import records
from briefing_tui.search.embedded.records import load, pack, unpack
from briefing_tui.search.errors import IndexCorruptError
from briefing_tui.search.extract.pipeline import enrich
from briefing_tui.search.inputs import RawRecord


def test_pack_and_unpack_round_trip_on_a_seed():
    path = ROOT / "seeds" / "002_fa295b22799041cc.txt"
    article = enrich(RawRecord(id="s", origin=str(path), text=path.read_text("utf-8"), where=str(path)))
    packed = pack(article)
    plain = json.dumps(load(packed), ensure_ascii=False, separators=(",", ":")).encode()
    assert b'"sentence"' not in plain and len(plain) < len(json.dumps(article.to_dict(), ensure_ascii=False).encode())
    assert unpack(packed) == article
    # deflated against the preset dictionary: smaller than deflating the same JSON without it
    assert len(packed) < len(zlib.compress(plain, 9)) * 0.95


def test_the_preset_dictionary_is_pinned():
    """Old records inflate only with the very same dictionary: a changed file must fail loudly."""
    import hashlib

    assert hashlib.sha256(records.dictionary()).hexdigest() == records.DICTIONARY_SHA256


@pytest.mark.parametrize(
    "blob",
    [b"", b"not deflate at all", zlib.compress(b"[1, 2]"), zlib.compress(b'{"id": ')[:-3], None],
    ids=["empty", "garbage", "not-a-record", "truncated", "bomb"],
)
def test_a_damaged_record_is_an_error_that_names_the_cure(blob, monkeypatch):
    if blob is None:  # inflates past the cap: refused, not allocated
        monkeypatch.setattr(records, "MAX_RECORD", 1000)
        deflate = zlib.compressobj(9, zlib.DEFLATED, 15, 9, zlib.Z_DEFAULT_STRATEGY, records.dictionary())
        blob = deflate.compress(b"[" + b"0," * 10_000 + b"0]") + deflate.flush()
    with pytest.raises(IndexCorruptError, match="--rebuild"):
        load(blob)


def test_to_dict_is_asdict_on_every_seed():
    from dataclasses import asdict

    for path in sorted((ROOT / "seeds").glob("*.txt")):
        article = enrich(RawRecord(id=path.stem, origin=str(path), text=path.read_text("utf-8"), where=str(path)))
        assert article.to_dict() == asdict(article) and article.figures and article.officials
