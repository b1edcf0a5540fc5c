"""Extraction: pure functions from text to findings. No file access here."""
