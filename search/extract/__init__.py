"""Provides article understanding: cleaning, title, date, source, provinces, officials, figures."""
