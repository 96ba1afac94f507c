"""briefing-tui's front-ends: the command line (cli.py) and the Textual app (app/), with the Rich
renderings (render.py), the key map (keys.py) and the UI text (i18n.py) they share.

They reach search/ only through its public face, ``briefing_tui.search`` (tests/test_boundaries.py
holds them to it), and never import whoosh.
"""
