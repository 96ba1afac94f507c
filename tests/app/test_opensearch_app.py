"""The reader on the OpenSearch backend: the same screen on a real cluster, and a refusing cluster
as a notification (the app's error dialog), never a traceback."""

from __future__ import annotations

import threading
from http.server import ThreadingHTTPServer
from typing import Any

import pytest
from app.pilot_helpers import run, until
from conftest import os_config

from briefing_tui.tui.app.main import make_app


@pytest.mark.opensearch
def test_the_reader_searches_the_cluster(os_seed_service):
    app = make_app(os_config(os_seed_service.config.opensearch.index), language="en")

    async def scenario(app: Any, pilot: Any) -> None:
        assert app.main.result.total == 5
        await pilot.press("slash", *"CSDL", "enter")
        await until(pilot, lambda: app.main.result is not None and app.main.result.query.text == "CSDL", "CSDL")
        assert app.main.result.total == 4 and not app._notifications

    run(app, scenario)


def test_a_refusing_cluster_is_a_notification_not_a_crash(monkeypatch):
    from integration.test_opensearch_faults import _Refusing  # a real local server answering 401 for everything

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Refusing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    app = make_app(os_config("briefing", hosts=(url,)), language="en")

    async def scenario(app: Any, pilot: Any) -> None:
        await until(pilot, lambda: any("refused our credentials" in n.message for n in app._notifications),
                    "the cluster's refusal")
        notice = next(n for n in app._notifications if "refused" in n.message)
        assert notice.title == "Search cluster" and "\n" not in notice.message
        assert app.is_running

    try:
        run(app, scenario, ready=False)
    finally:
        server.shutdown()
        server.server_close()
