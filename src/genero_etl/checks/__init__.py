"""Consistency checks: pure functions from observations to warnings. Never fatal."""

from genero_etl.checks.consistency import (
    check_activity_numbers,
    check_duplicates,
    check_parts,
    check_percentages,
    run_document_checks,
)

__all__ = [
    "check_activity_numbers",
    "check_duplicates",
    "check_parts",
    "check_percentages",
    "run_document_checks",
]
