"""Run frictionless and genero-etl on the same file and schema, and compare what they report."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from genero_etl.validate.api import Options, validate_paths

ROW_LEVEL = {"primary-key", "foreign-key", "blank-row"}
HEADER_LEVEL = {
    "blank-label",
    "duplicate-label",
    "missing-label",
    "extra-label",
    "incorrect-label",
    "blank-header",
}


def frictionless_errors(csv_path: Path, schema: dict[str, Any]) -> Counter[tuple[str, Any, Any]]:
    from frictionless import Resource, Schema

    resource = Resource(
        path=csv_path.name, basepath=str(csv_path.parent), schema=Schema.from_descriptor(schema)
    )
    report = resource.validate(limit_errors=10**9)
    found: Counter[tuple[str, Any, Any]] = Counter()
    for task in report.tasks:
        for error in task.errors:
            row = getattr(error, "row_number", None)
            field = getattr(error, "field_name", None) or None
            if error.type in ROW_LEVEL:
                field = None
            found[(error.type, row, field)] += 1
    return found


def our_errors(
    path: Path, schema: dict[str, Any] | None = None, tmp: Path | None = None
) -> Counter[tuple[str, Any, Any]]:
    schema_file = None
    if schema is not None:
        schema_file = (tmp or path.parent) / "schema.json"
        schema_file.write_text(json.dumps(schema), encoding="utf-8")
    report = validate_paths([path], Options(schema=schema_file, rules=False))
    found: Counter[tuple[str, Any, Any]] = Counter()
    for f in report.findings:
        if f.severity != "error":
            continue
        field = f.field or None
        if f.type in ROW_LEVEL or f.type == "extra-cell" or f.type == "extra-label":
            field = None
        found[(f.type, f.row, field)] += 1
    return found


def compare(csv_path: Path, schema: dict[str, Any]) -> tuple[Counter[Any], Counter[Any]]:
    theirs = frictionless_errors(csv_path, schema)
    ours = our_errors(csv_path, schema, csv_path.parent)
    return theirs, ours
