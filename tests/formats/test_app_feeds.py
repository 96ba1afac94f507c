"""The app's palette commands for feeds, through Textual's Pilot: a feed added by its address and the
configured feeds refreshed, each fetched in a worker from a real HTTP server on 127.0.0.1."""

from __future__ import annotations

from typing import Any

from app.pilot_helpers import run, until
from formats.builders import Routes, feed_items, feed_server, rss, send

from briefing_tui.search import Config, SearchService
from briefing_tui.search.config import CorpusConfig
from briefing_tui.tui.app.app import BriefingApp
from briefing_tui.tui.app.main import make_app


def test_add_a_feed_and_refresh_the_configured_ones(tmp_path):
    ix = tmp_path / "ix"
    SearchService(Config(), ix).index(None)  # the seeds
    routes = Routes({"/rss": send(rss(feed_items(2)))})
    with feed_server(routes) as base:
        config = Config(corpus=CorpusConfig(feeds=(f"{base}/rss",)))
        app = make_app(config, ix, language="en")

        async def scenario(app: BriefingApp, pilot: Any) -> None:
            app.main.action_add_feed()
            await until(pilot, lambda: app.screen.id == "add-feed", "the add-feed dialog")
            for ch in f"{base}/rss":
                await pilot.press(ch if ch not in "/:." else {"/": "slash", ":": "colon", ".": "full_stop"}[ch])
            await pilot.press("enter")
            await until(pilot, lambda: any("2 added" in n.message for n in app._notifications), "the feed indexed", 30)
            routes["/rss"] = send(rss(feed_items(3)))
            app.main.action_refresh_feeds()
            await until(pilot, lambda: any("1 added" in n.message for n in app._notifications), "the new item", 30)

        run(app, scenario)
    service = SearchService(Config(), ix)
    assert service.article("https://laichau.gov.vn/tin/3.html").origin == f"{base}/rss"
