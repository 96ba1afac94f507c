"""Provides the Textual reader: a thin ``App`` (app.py), the main screen that owns the state and
the workers (main_screen.py), its layouts (layout.py), one widget per file, the messages they post."""
