"""Provides the Textual reader app."""
