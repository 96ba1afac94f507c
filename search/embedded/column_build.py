"""Provides the writing of a generation's column file (``columns.py``): facets, dates and stories at index time.

The indexing run that commits a generation reads what every search of it needs
from the new segments, in bulk (``reads.py``: one read per field and segment),
groups the near-duplicates (``similarity.stories``), and writes the result
before the manifest seals the generation. Measured on the 20k corpus: about
0.5 s of a ~100 s build (the facet fields 0.3 s, the sketches and the grouping
0.2 s), which every cold search and the first search of the app used to pay.

It is written whole by every committing run, because docnums change when
Whoosh merges segments; a run that changes nothing writes nothing.
"""

from __future__ import annotations

import array
import os
import sys
from collections import Counter, deque
from itertools import accumulate
from pathlib import Path
from typing import Any

from ..query.official_aliases import official_aliases, usual_titles
from ..query.source import OFFICIAL, OFFICIAL_TITLE
from ..similarity import stories
from ..wordbreak import lexicon, lexicon_bytes
from . import reads
from .columns import (
    FACET_FIELDS,
    HEADER,
    MAGIC,
    ROW_FIELDS,
    ROW_MAX,
    ROW_SHARE,
    SECTIONS,
    TALLIED,
    VERSION,
    relative_name,
    value_owners,
)
from .schema import APPROX_DATE, DATE, ORD, SKETCH


def write(reader: Any, folder: Path, generation: int) -> str:
    """Write the column file of ``generation`` from ``reader`` (the generation's segments, not yet
    visible); returns its name relative to ``folder``, for the manifest."""
    data = gather(reader)
    name = relative_name(generation)
    path = folder / name
    path.parent.mkdir(exist_ok=True)
    lengths = [len(data[s]) for s in SECTIONS]
    with open(path, "wb") as f:
        f.write(HEADER.pack(MAGIC, VERSION, 1 if sys.byteorder == "little" else 0, data["doc_count_all"], *lengths))
        for section in SECTIONS:
            value = data[section]
            f.write(value if isinstance(value, (bytes, bytearray)) else value.tobytes())
        f.flush()
        os.fsync(f.fileno())
    return name


def gather(reader: Any) -> dict[str, Any]:
    """Every section's data (``array("I")``, UTF-8 ``bytes`` or frequency rows' ``bytearray``) and ``doc_count_all``."""
    n = reader.doc_count_all()
    deleted = reads.deleted_docnums(reader)
    live = set(range(n)) - deleted
    dates = reads.read_numeric_column(reader, DATE)
    approx = reads.read_numeric_column(reader, APPROX_DATE)
    dated = [k or a for k, a in zip(dates, approx)]
    story = stories(reads.read_varbytes_column(reader, SKETCH), live, dated)
    sizes = Counter(story[d] for d in live)
    out: dict[str, Any] = {
        "doc_count_all": n,
        "ords": _u32(reads.read_numeric_column(reader, ORD)),
        "dates": _u32(dates),
        "dated": _u32(dated),
        "approximate": _u32(d for d in sorted(live) if approx[d] and not dates[d]),
        "stories": _u32(story),
        "grouped": _u32(d for d in sorted(live) if sizes[story[d]] > 1),
    }
    out["lexicon.text"] = lexicon_bytes(lexicon())
    read = {field: reads.read_field(reader, field) for field in FACET_FIELDS}  # live docnums, ascending per value
    for field in FACET_FIELDS:
        values = read[field]
        starts, docs, offsets, text = [0], array.array("I"), [0], bytearray()
        for value in sorted(values):
            docs.extend(values[value])
            starts.append(len(docs))
            text += value.encode("utf-8")
            offsets.append(len(text))
        out[f"{field}.starts"], out[f"{field}.docs"] = _u32(starts), docs
        out[f"{field}.offsets"], out[f"{field}.text"] = _u32(offsets), bytes(text)
        if field in TALLIED:
            out[f"{field}.by_doc_starts"], out[f"{field}.by_doc"] = _by_doc(starts, docs, n)
    out[f"{OFFICIAL}.aliases"] = _aliases(read[OFFICIAL], read[OFFICIAL_TITLE])
    for field in ROW_FIELDS:
        out.update(_rows(reader, field, n, len(live)))
    return out


def _rows(reader: Any, field: str, n: int, live: int) -> dict[str, Any]:
    """The frequency rows of ``field``'s terms held by at least ``1 / ROW_SHARE`` of the ``live`` documents
    (``columns.ROW_SHARE``): each a byte per docnum, the term's frequency there. Terms are picked by Whoosh's
    counts (deleted documents included, so none is missed) and kept by their live postings. At 20k articles:
    567 rows, ~1 s of the run (reading 4.8 million postings)."""
    counts = reads.term_counts(reader, field)
    terms, df, offsets, data = bytearray(), array.array("I"), array.array("I", [0]), bytearray()
    for term in sorted(t for t, k in counts.items() if k * ROW_SHARE >= live > 0):
        ids, weights = reads.read_postings(reader, field, term)
        freqs = list(map(int, weights))
        if len(ids) * ROW_SHARE < live or freqs != weights or max(freqs) > ROW_MAX:
            continue  # below the line once deletions are left out; or a frequency a byte cannot hold
        row = bytearray(n)
        deque(map(row.__setitem__, ids, freqs), 0)
        data += row
        df.append(len(ids))
        terms += term.encode("utf-8")
        offsets.append(len(terms))
    return {f"rows.{field}.df": df, f"rows.{field}.offsets": offsets,
            f"rows.{field}.text": bytes(terms), f"rows.{field}.bytes": data}


def _aliases(officials: dict[str, Any], titles: dict[str, Any]) -> array.array[int]:
    """The officials' short names and the full names they are filed under (``official_aliases``), as pairs
    of value indexes in string order, each official's title its usual one (``usual_titles``)."""
    usual = usual_titles({key: len(docs) for key, docs in titles.items()})
    aliases = official_aliases({name: len(docs) for name, docs in officials.items()}, usual.get)
    index = {name: i for i, name in enumerate(sorted(officials))}
    return _u32(i for short in sorted(aliases) for i in (index[short], index[aliases[short]]))


def _by_doc(starts: list[int], docs: array.array[int], n: int) -> tuple[array.array[int], array.array[int]]:
    """A field's postings by document: each of the ``n`` docnums' start in the second array, which lists
    every document's value indexes in value order (a stable sort by docnum of the postings by value)."""
    owners = value_owners(starts)
    order = sorted(range(len(docs)), key=docs.__getitem__)
    held = Counter(docs)
    return _u32(accumulate(map(held.__getitem__, range(n)), initial=0)), _u32(map(owners.__getitem__, order))


def _u32(values: Any) -> array.array[int]:
    return array.array("I", values)
