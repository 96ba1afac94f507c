"""The phrase index's end-of-run merge alone: its CPU time and peak memory (issue 14, build memory).

A big ``index`` run ends by merging its workers' phrase files into one (``phrase_build.merge``), in the parent
process, after the workers are gone; at 150,704 articles that merge was the build's peak (4.1 GB). This writes
``--files`` phrase files of ``--per`` articles each from the 150k corpus (two processes; the phrase terms only,
no extraction), then merges them in a fresh process that samples its own anonymous and file-backed RSS
(``/proc/self/status``: mapped input pages count in RSS too) while it runs, and the sum of its RSS and its second
process's (``--apart``: a big merge's folded table is merged by a second process, ``phrase_build._TableApart``).

    python benchmarks/bench_merge.py [--files 20] [--per 2000] [--chunk N] [--apart auto|yes|no] [--folder DIR]
                                     [--out benchmarks/results/merge.json]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from procstat import tree_rss_mb

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "vietnews-150k.jsonl.gz"


def build(folder: Path, files: int, per: int, part: int) -> None:
    """Every other file (``part`` 0 or 1) of the first ``files * per`` articles."""
    from briefing_tui.search.analysis import normalize
    from briefing_tui.search.embedded.phrase_build import PhraseIndexBuilder
    from briefing_tui.search.embedded.workers import phrase_terms

    builder = None
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for ord_, line in enumerate(itertools.islice(f, files * per)):
            k = ord_ // per
            if k % 2 != part:
                continue
            builder = builder or PhraseIndexBuilder()
            d = json.loads(line)
            builder.add(ord_, *phrase_terms(normalize(f"{d.get('title') or ''}\n\n{d.get('body') or ''}")))
            if (ord_ + 1) % per == 0:
                builder.write(folder / f"p000001-{k:04d}.bin")
                builder = None
    if builder is not None:
        builder.write(folder / f"p000001-{k:04d}.bin")


def merge_measured(folder: Path, chunk: int | None, apart: bool | None = None) -> dict[str, object]:
    """The merge in this process (and the second one it may start, ``phrase_build._TableApart``): CPU, wall time,
    this process's peak RSS and the peak of the two together, sampled every 0.1 s."""
    from briefing_tui.search.embedded import phrase_build

    if chunk:
        phrase_build.MERGE_CHUNK = chunk
    paths = sorted(folder.glob("p000001-*.bin"))
    peaks: dict[str, int] = {}
    done = threading.Event()
    me = os.getpid()

    def watch() -> None:
        while not done.is_set():
            with open("/proc/self/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith(("RssAnon", "RssFile")):
                        name, value = line.split(":")
                        peaks[name] = max(peaks.get(name, 0), int(value.split()[0]) // 1024)
            peaks["tree"] = max(peaks.get("tree", 0), round(tree_rss_mb(me)))
            done.wait(0.1)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    cpu, wall = time.process_time(), time.perf_counter()
    out = phrase_build.merge(paths, folder / "c000002-merged.bin", set(), apart=apart)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    done.set()
    watcher.join()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = {"files": len(paths), "input_mb": round(sum(p.stat().st_size for p in paths) / 1e6),
              "merged_mb": round(out.stat().st_size / 1e6), "chunk": phrase_build.MERGE_CHUNK,
              "apart": "auto" if apart is None else apart, "wall_s": round(wall, 1),
              "cpu_s": round(cpu, 1), "second_process_cpu_s": round(children.ru_utime + children.ru_stime, 1),
              "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
              "second_process_peak_rss_mb": children.ru_maxrss // 1024,
              "peak_anon_mb": peaks.get("RssAnon"), "peak_file_mb": peaks.get("RssFile"), "peak_tree_mb": peaks.get("tree")}
    out.unlink()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--per", type=int, default=2000)
    parser.add_argument("--chunk", type=int, default=None, help="MERGE_CHUNK for this run (default: the code's)")
    parser.add_argument("--folder", type=Path, default=None, help="reuse (or keep) the phrase files here")
    parser.add_argument("--apart", choices=("auto", "yes", "no"), default="auto",
                        help="the folded table in a second process (default: as an index run decides)")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "merge.json")
    parser.add_argument("--step", choices=("build", "merge"), help=argparse.SUPPRESS)
    parser.add_argument("--part", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"skipped: the corpus {CORPUS} is absent (see ../shared/README.md)", file=sys.stderr)
        return 0
    if args.step == "build":
        build(args.folder, args.files, args.per, args.part)
        return 0
    if args.step == "merge":
        print(json.dumps(merge_measured(args.folder, args.chunk, {"auto": None, "yes": True, "no": False}[args.apart])))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        me = [sys.executable, __file__, "--files", str(args.files), "--per", str(args.per), "--folder", str(folder)]
        if not any(folder.glob("p000001-*.bin")):
            workers = [subprocess.Popen([*me, "--step", "build", "--part", str(p)]) for p in (0, 1)]
            if any(w.wait() for w in workers):
                return 1
        extra = (["--chunk", str(args.chunk)] if args.chunk else []) + ["--apart", args.apart]
        line = subprocess.run([*me, "--step", "merge", *extra], check=True, capture_output=True, text=True).stdout
        result = {"date": time.strftime("%Y-%m-%d %H:%M"), "load": round(os.getloadavg()[0], 2),
                  "articles": args.files * args.per, **json.loads(line)}
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
