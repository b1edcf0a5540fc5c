"""Vectorised Table Schema checks: typing columns, constraints, keys, structure."""
