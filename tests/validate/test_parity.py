"""Parity with frictionless: same error type, row and field on the same file and schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from parity import compare

BASE: dict[str, Any] = {
    "fields": [
        {"name": "id", "type": "integer", "constraints": {"required": True}},
        {"name": "valor", "type": "number", "constraints": {"minimum": 0, "maximum": 1000}},
        {
            "name": "codigo",
            "type": "string",
            "constraints": {"pattern": "[0-9]{5}", "unique": True, "maxLength": 5},
        },
        {"name": "tipo", "type": "string", "constraints": {"enum": ["observed", "target"]}},
        {"name": "fecha", "type": "date", "constraints": {"minimum": "2000-01-01"}},
        {"name": "ok", "type": "boolean"},
    ],
    "primaryKey": ["id"],
    "missingValues": ["", "NA"],
}
HEADER = "id,valor,codigo,tipo,fecha,ok"
GOOD = "1,10.5,01001,observed,2024-01-31,true"

CASES: dict[str, tuple[str, dict[str, Any] | None]] = {
    "type-integer": ("x,10,01001,observed,2024-01-01,true", None),
    "type-number-decimal-comma": ('2,"1,5",01002,observed,2024-01-01,true', None),
    "type-date": ("2,1,01002,observed,2024-02-30,true", None),
    "type-boolean": ("2,1,01002,observed,2024-02-03,si", None),
    "minimum": ("2,-1,01002,observed,2024-02-03,true", None),
    "maximum": ("2,1001,01002,observed,2024-02-03,true", None),
    "pattern": ("2,1,1002,observed,2024-02-03,true", None),
    "pattern-and-maxlength": ("2,1,010020,observed,2024-02-03,true", None),
    "enum": ("2,1,01002,Observed,2024-02-03,true", None),
    "date-minimum": ("2,1,01002,observed,1999-12-31,true", None),
    "required": (",1,01002,observed,2024-02-03,true", None),
    "missing-value-na": ("NA,NA,NA,NA,NA,NA", None),
    "unique": ("2,1,01001,observed,2024-02-03,true", None),
    "primary-key-dup": ("1,1,01002,observed,2024-02-03,true", None),
    "blank-row": (",,,,,", None),
    "empty-line": ("", None),
    "missing-cell": ("2,1,01002", None),
    "extra-cell": ("2,1,01002,observed,2024-02-03,true,9", None),
    "spaces": (" 2 ,1 , 01002,observed,2024-02-03,true", None),
    "plus-sign": ("+2,+1,01002,observed,2024-02-03,1", None),
    "exponent": ("2,1e2,01002,observed,2024-02-03,0", None),
}


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "datos.csv"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("row", [v[0] for v in CASES.values()], ids=list(CASES))
def test_injected_error_matches_frictionless(tmp_path: Path, row: str) -> None:
    path = _write(tmp_path, f"{HEADER}\n{GOOD}\n{row}\n3,2,01003,target,2024-03-01,false\n")
    theirs, ours = compare(path, BASE)
    assert ours == theirs


HEADER_CASES = {
    "incorrect-label": "id,value,codigo,tipo,fecha,ok",
    "duplicate-label": "id,id,codigo,tipo,fecha,ok",
    "blank-label": "id,,codigo,tipo,fecha,ok",
    "missing-label": "id,valor,codigo,tipo,fecha",
    "extra-label": "id,valor,codigo,tipo,fecha,ok,extra",
    "swapped": "valor,id,codigo,tipo,fecha,ok",
}


@pytest.mark.parametrize("header", list(HEADER_CASES.values()), ids=list(HEADER_CASES))
def test_header_errors_match_frictionless(tmp_path: Path, header: str) -> None:
    path = _write(tmp_path, f"{header}\n{GOOD}\n2,3,01002,target,2024-03-01,false\n")
    theirs, ours = compare(path, BASE)
    assert ours == theirs
    assert any(key[0] in (header and key[0]) for key in ours)


TYPED_SCHEMAS: dict[str, tuple[dict[str, Any], list[str]]] = {
    "decimal-char": (
        {"name": "x", "type": "number", "decimalChar": ",", "groupChar": "."},
        ["1.234,5", "1234.5", "12,5", "a"],
    ),
    "bare-number": (
        {"name": "x", "type": "number", "bareNumber": False},
        ["$12", "12 %", "€", "1"],
    ),
    "integer-bare": ({"name": "x", "type": "integer", "bareNumber": False}, ["$12", "12%", "x"]),
    "date-format": (
        {"name": "x", "type": "date", "format": "%d/%m/%Y"},
        ["31/01/2024", "2024-01-31"],
    ),
    "date-any": ({"name": "x", "type": "date", "format": "any"}, ["31 Jan 2024", "nope"]),
    "datetime": ({"name": "x", "type": "datetime"}, ["2024-01-01T10:00:00Z", "2024-01-01", "x"]),
    "time": ({"name": "x", "type": "time"}, ["10:00:00", "10:00", "25:00:00"]),
    "year": (
        {"name": "x", "type": "year", "constraints": {"minimum": 2000}},
        ["2024", "99", "1999"],
    ),
    "yearmonth": ({"name": "x", "type": "yearmonth"}, ["2024-01", "2024-13"]),
    "duration": ({"name": "x", "type": "duration"}, ["P1Y2M", "1 year"]),
    "geopoint": ({"name": "x", "type": "geopoint"}, ['"10.5, 20"', '"200, 1"', "x"]),
    "object": (
        {"name": "x", "type": "object", "constraints": {"minLength": 1}},
        ['"{""a"": 1}"', '"{}"', '"[1]"'],
    ),
    "array": (
        {"name": "x", "type": "array", "constraints": {"maxLength": 1}},
        ['"[1]"', '"[1,2]"', "x"],
    ),
    "email": ({"name": "x", "type": "string", "format": "email"}, ["a@b.org", "a@"]),
    "uuid": (
        {"name": "x", "type": "string", "format": "uuid"},
        ["6ba7b810-9dad-11d1-80b4-00c04fd430c8", "123"],
    ),
    "uri": ({"name": "x", "type": "string", "format": "uri"}, ["https://x.org/a", "x.org"]),
    "boolean-custom": (
        {"name": "x", "type": "boolean", "trueValues": ["sí"], "falseValues": ["no"]},
        ["sí", "no", "true"],
    ),
    "field-missing-values": (
        {"name": "x", "type": "integer", "missingValues": ["-"], "constraints": {"required": True}},
        ["-", "", "1"],
    ),
    "min-length": ({"name": "x", "type": "string", "constraints": {"minLength": 2}}, ["a", "ab"]),
    "number-enum": (
        {"name": "x", "type": "number", "constraints": {"enum": [1, 2.5]}},
        ["1.0", "2.50", "3"],
    ),
    "unicode-pattern": (
        {"name": "x", "type": "string", "constraints": {"pattern": "\\w+"}},
        ["Peñalolén", "a b"],
    ),
    "any": ({"name": "x", "type": "any", "constraints": {"required": True}}, ["", "x"]),
}


@pytest.mark.parametrize("spec", list(TYPED_SCHEMAS.values()), ids=list(TYPED_SCHEMAS))
def test_types_and_formats_match_frictionless(
    tmp_path: Path, spec: tuple[dict[str, Any], list[str]]
) -> None:
    field, values = spec
    schema = {
        "$schema": "https://datapackage.org/profiles/2.0/tableschema.json",
        "fields": [{"name": "n", "type": "integer"}, field],
    }
    body = "\n".join(f"{i},{v}" for i, v in enumerate(values, 1))
    path = _write(tmp_path, f"n,x\n{body}\n")
    theirs, ours = compare(path, schema)
    assert ours == theirs


def test_composite_primary_key_and_unique_keys(tmp_path: Path) -> None:
    schema = {
        "fields": [{"name": "a", "type": "string"}, {"name": "b", "type": "integer"}],
        "primaryKey": ["a", "b"],
    }
    path = _write(tmp_path, "a,b\nx,1\nx,2\nx,1\n,\ny,\ny,\n")
    theirs, ours = compare(path, schema)
    assert ours == theirs
    assert ours[("primary-key", 4, None)] == 1


def test_self_referencing_foreign_key(tmp_path: Path) -> None:
    schema = {
        "fields": [{"name": "id", "type": "integer"}, {"name": "parent", "type": "integer"}],
        "foreignKeys": [{"fields": ["parent"], "reference": {"resource": "", "fields": ["id"]}}],
    }
    path = _write(tmp_path, "id,parent\n1,\n2,1\n3,9\n4,x\n")
    theirs, ours = compare(path, schema)
    assert ours == theirs
    assert ours[("foreign-key", 4, None)] == 1


CELL = st.sampled_from(
    [
        "1",
        "2",
        "-3",
        "x",
        "",
        "NA",
        "01001",
        "1.5",
        "1,5",
        "observed",
        "target",
        "2024-01-31",
        "2024-13-01",
        "true",
        "0",
        "1001",
        "ab",
    ]
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(st.lists(CELL, min_size=4, max_size=8), min_size=1, max_size=12))
def test_random_tables_match_frictionless(tmp_path: Path, rows: list[list[str]]) -> None:
    import csv
    import io

    # frictionless takes as header the first row whose width is near the average width;
    # genero-etl always reads row 1 as the header (documented). Compare where they agree.
    widths = [6, *(len(r) for r in rows)]
    width = round(sum(widths) / len(widths))
    assume(abs(6 - width) <= max(round(width * 0.1), 1))

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER.split(","))
    writer.writerows(rows)
    path = _write(tmp_path, buffer.getvalue())
    theirs, ours = compare(path, BASE)
    assert ours == theirs


def test_exclusive_bounds(tmp_path: Path) -> None:
    """frictionless refuses exclusive bounds outside datapackage v2; we check them (documented)."""
    from parity import our_errors

    schema = {
        "fields": [
            {
                "name": "x",
                "type": "number",
                "constraints": {"exclusiveMinimum": 0, "exclusiveMaximum": 10},
            }
        ]
    }
    path = _write(tmp_path, "x\n0\n5\n10\n")
    ours = our_errors(path, schema, tmp_path)
    assert ours == {("constraint-error", 2, "x"): 1, ("constraint-error", 4, "x"): 1}


def test_header_is_always_row_one(tmp_path: Path) -> None:
    """Where frictionless would guess that a data row is the header, we keep row 1 (documented)."""
    from parity import our_errors

    path = _write(tmp_path, f"{HEADER}\n1,1,01001,observed\n2,1,01002,target\n")
    ours = our_errors(path, BASE, tmp_path)
    assert ours == {
        ("missing-cell", 2, "fecha"): 1,
        ("missing-cell", 2, "ok"): 1,
        ("missing-cell", 3, "fecha"): 1,
        ("missing-cell", 3, "ok"): 1,
    }
