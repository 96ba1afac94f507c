"""Where one cold search's time goes, by phase, in one fresh process (issue 14).

Run by a build's own Python, once per fresh process (``bench_cold.py`` gives the whole-process
numbers; this splits one run): importing the modules, opening the index, the hits, the facet
counts and "did you mean", the JSON, closing. Prints one JSON line of seconds.

    python benchmarks/cold_phases.py INDEX_DIR "kinh tế"
"""

from __future__ import annotations

import time

started = time.perf_counter()

import json  # noqa: E402
import sys  # noqa: E402

import briefing_tui.search.embedded.snapshot  # noqa: E402
import briefing_tui.search.query.execution  # noqa: E402, F401
from briefing_tui.search import Query, SearchService, dumps, load_config, result_to_dict  # noqa: E402


def main() -> int:
    t1 = time.perf_counter()
    service = SearchService(load_config(None), sys.argv[1])
    service.status()
    service._open()
    t2 = time.perf_counter()
    run = service.start(Query(sys.argv[2]))
    run.hits()
    t3 = time.perf_counter()
    result = run.finish()
    t4 = time.perf_counter()
    dumps(result_to_dict(result), indent=2)
    t5 = time.perf_counter()
    service.close()
    t6 = time.perf_counter()
    print(json.dumps({"imports": t1 - started, "open": t2 - t1, "hits": t3 - t2, "finish": t4 - t3, "json": t5 - t4,
                      "close": t6 - t5}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
