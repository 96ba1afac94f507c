"""briefing-tui's front-ends: the command line and the Textual app. Never imports whoosh."""
