"""Validate's view of the one message catalogue, :mod:`genero_etl.messages`.

A data officer reads validate's messages in a CI log: every message names the file, the
row, the column (spreadsheet letter and header) and the value, and the hint says what to
change. The texts live in the catalogue (its "validate" sections); codes are stable and
documented in docs/validate.md. A validate code that another area of the catalogue already
uses with other words is keyed there as ``validate-<code>`` (``CATALOGUE_KEY``); the finding
or failure keeps its public code.
"""

from __future__ import annotations

from typing import Any

from genero_etl.messages import entry, format_entry, known, render, texts

# Validate's public codes whose catalogue entry carries the prefix "validate-".
CATALOGUE_KEY: dict[str, str] = {
    code: f"validate-{code}"
    for code in (
        "encoding-guessed",
        "file-empty",
        "unknown-format",
        "no-files",
        "file-too-large",
        "symlink-outside",
    )
}

# Codes of findings (problems in the data), in the order docs/validate.md lists them.
FINDING_CODES = (
    "type-error", "type-error-decimal", "constraint-required", "constraint-enum",
    "constraint-pattern", "constraint-minimum", "constraint-maximum",
    "constraint-exclusiveMinimum", "constraint-exclusiveMaximum", "constraint-minLength",
    "constraint-maxLength", "unique-error", "primary-key", "foreign-key",
    "foreign-key-unchecked", "blank-row", "missing-cell", "extra-cell", "blank-header",
    "blank-label", "duplicate-label", "missing-label", "extra-label", "incorrect-label",
    "hash-count", "byte-count", "encoding-error", "encoding-guessed", "schema-error",
    "schema-mismatch", "schema-not-found", "rule-error",
)  # fmt: skip

# Codes of failures (an input that cannot be validated: an exception, an exit code).
FAILURE_CODES = (
    "path-not-found", "file-empty", "file-unreadable", "bad-encoding", "binary-as-text",
    "unknown-format", "no-files", "path-refused", "package-invalid", "bad-option",
    "file-too-large", "stage-unavailable", "rules-invalid", "symlink-outside",
)  # fmt: skip


def key(code: str) -> str:
    """The catalogue entry of one of validate's public codes."""
    return CATALOGUE_KEY.get(code, code)


# code -> (es message, en message, es hint, en hint), read from the catalogue.
FINDINGS: dict[str, tuple[str, str, str, str]] = {c: entry(key(c)) for c in FINDING_CODES}
FAILURES: dict[str, tuple[str, str]] = {c: entry(key(c))[:2] for c in FAILURE_CODES}
# type name -> (es, en): what a column of that type expects, said inside "type-error".
TYPE_NAMES: dict[str, tuple[str, str]] = {
    name: (es, texts("validate-type-", "en")[name])
    for name, es in texts("validate-type-", "es").items()
}


def render_failure(code: str, lang: str = "es", **params: object) -> str:
    if known(key(code)):
        return render(key(code), lang, **params)
    found = FAILURES.get(code) or FINDINGS.get(code)  # an entry added here, not in the catalogue
    if found is None:
        return f"{code}: {params}"
    try:
        return found[1 if lang == "en" else 0].format(**params)
    except (KeyError, IndexError, ValueError):
        return f"{code}: {params}"


def render_finding(code: str, lang: str, params: dict[str, Any]) -> tuple[str, str]:
    """Message and hint for a finding code, in ``lang``; unknown params render empty.

    A code of no entry (the id of a workspace rule) renders as ``rule-error``. The texts are
    ``FINDINGS``'s, which are the catalogue's (tests/test_messages.py checks no other)."""
    return format_entry(FINDINGS.get(code, FINDINGS["rule-error"]), lang, params)


def column_letter(number: int) -> str:
    """Spreadsheet column letter of a 1-based column number (1 -> A, 27 -> AA)."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def where(lang: str, *, file: str, sheet: str, row: int | None, col: int | None, field: str) -> str:
    """'La celda C7 de 'Hoja1'' / 'Cell C7 (column 'valor') of 'data.csv''."""
    if row is None or col is None:
        return f"'{file}'"
    cell = f"{column_letter(col)}{row}"
    code = "validate-where-cell-sheet" if sheet else "validate-where-cell"
    return render(code, lang, cell=cell, sheet=sheet, file=file, row=row, field=field)
