"""Provides what the side-by-side benchmarks share: the builds named on the command line, running
one measurement for each build in turns, and the header of a results file.

Why in turns: on a shared, loaded machine the builds are slowed alike only when they alternate
(``bench_cold.py``, ``bench_warm.py``); one loop for that keeps every benchmark fair the same way.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
R = TypeVar("R")
Build = tuple[Path, Path]
"""A build's Python and the index its own code built."""

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
"""Bytecode cached as an installed package has it (the warm-up run writes it): without the cache an
editable install compiles ~40 of its modules on every start."""


def parse_builds(specs: list[str]) -> dict[str, Build]:
    """``NAME=PYTHON:INDEX_DIR`` arguments → {name: (python, index)}, in the order given."""
    builds = {}
    for spec in specs:
        name, _, rest = spec.partition("=")
        python, _, index = rest.partition(":")
        builds[name] = (Path(python), Path(index))
    return builds


def in_turns(builds: dict[str, Build], times: int, run: Callable[[Path, Path], R],
             on_result: Callable[[str, R], None] | None = None) -> dict[str, list[R]]:
    """``run(python, index)`` ``times`` times per build, the builds taking turns; each build's results
    in order (``on_result`` is told each one as it comes)."""
    results: dict[str, list[R]] = {name: [] for name in builds}
    for _ in range(times):
        for name, (python, index) in builds.items():
            result = run(python, index)
            results[name].append(result)
            if on_result is not None:
                on_result(name, result)
    return results


def header(load_before: tuple[float, float, float]) -> dict:
    """When and where the run was: the date, the machine, the load average before and now."""
    return {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "load_average": {"before": [round(x, 2) for x in load_before], "after": [round(x, 2) for x in os.getloadavg()]},
    }


def warm_once(python: Path, index: Path) -> dict:
    """One warm series (``bench_search.bench_queries``) run by the build's own Python on its index."""
    code = ("import json, sys; from pathlib import Path; import bench_search; "
            "print(json.dumps(bench_search.bench_queries(Path(sys.argv[1]))))")
    out = subprocess.run([str(python), "-c", code, str(index)], cwd=ROOT / "benchmarks", capture_output=True,
                         check=True, text=True, env=ENV).stdout
    result: dict = json.loads(out.strip().splitlines()[-1])
    return result
