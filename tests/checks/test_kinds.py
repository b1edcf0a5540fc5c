"""Every rule kind on small real tables: the row and field of each hit, its values, the rows
it involves; the same kind seen through an Arrow table (ingest) and a validated CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from genero_etl.checks.engine import Hit, Rule, kind_names, run_rule
from genero_etl.checks.frame import ColumnTable

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


def _rule(kind: str, **params: Any) -> Rule:
    return Rule(id="r", kind=kind, table="observations", severity="warning", params=params)


def _hits(kind: str, columns: dict[str, list[Any]], **params: Any) -> list[Hit]:
    table = ColumnTable.of(pa.table(columns), bases=[SCHEMAS])
    return run_rule(_rule(kind, **params), table)


def _found(hits: list[Hit], *names: str) -> list[tuple[Any, ...]]:
    return [(h.row, h.field, h.involved, *(h.params[n] for n in names)) for h in hits]


PARTS = {
    "observation_id": ["o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8"],
    "parent_observation_id": ["", "o1", "o1", "", "o4", "o4", "", "o7"],
    "value": [266.0, 40.0, 189.0, 1009.0, 512.0, 497.0, 300.0, 120.0],
    "approximate": [False, False, False, False, False, False, True, False],
}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        # 40 + 189 = 229, not 266; 512 + 497 = 1009 is quiet; o7 has one part only.
        (
            {},
            [(0, "value", (0, 1, 2), "266", "229", 2, "40 + 189"),
             (6, "value", (6, 7), "300", "120", 1, "120")],
        ),
        ({"min_parts": 2}, [(0, "value", (0, 1, 2), "266", "229", 2, "40 + 189")]),
        ({"skip_total_if": "approximate"}, [(0, "value", (0, 1, 2), "266", "229", 2, "40 + 189")]),
        ({"tolerance": 40}, [(6, "value", (6, 7), "300", "120", 1, "120")]),
    ],
)  # fmt: skip
def test_sum_of_parts(params: dict[str, Any], expected: list[tuple[Any, ...]]) -> None:
    hits = _hits(
        "sum_of_parts",
        PARTS,
        id_field="observation_id",
        parent_field="parent_observation_id",
        value_field="value",
        **params,
    )
    assert _found(hits, "total", "sum", "parts", "values") == expected


def test_sum_of_parts_with_a_part_without_value_is_not_judged_when_complete() -> None:
    columns = {
        "observation_id": ["t", "a", "b"],
        "parent_observation_id": ["", "t", "t"],
        "value": [50.0, 20.0, None],
    }
    params = {"id_field": "observation_id", "parent_field": "parent_observation_id"}
    hits = _hits("sum_of_parts", columns, value_field="value", **params)
    assert _found(hits, "total", "sum") == [(0, "value", (0, 1), "50", "20")]
    assert _hits("sum_of_parts", columns, value_field="value", complete=True, **params) == []


@pytest.mark.parametrize(
    ("params", "rows"),
    [
        ({"min": 0, "max": 100}, [1, 3]),  # 134 and -2
        ({"min": 0, "max": 100, "when": {"value_kind": "percentage"}}, [1]),
        ({"max": 100, "unless": {"value_kind": "percentage"}}, []),
        ({"min": 0}, [3]),
    ],
)
def test_range(params: dict[str, Any], rows: list[int]) -> None:
    columns = {
        "value": [34.0, 134.0, None, -2.0],
        "value_kind": ["percentage", "percentage", "percentage", "observed"],
    }
    hits = _hits("range", columns, field="value", **params)
    assert [(h.row, h.field, h.params["min"], h.params["max"]) for h in hits] == [
        (r, "value", params.get("min"), params.get("max")) for r in rows
    ]


@pytest.mark.parametrize(
    ("op", "rows"),
    [(">=", [1]), (">", [1, 2]), ("<", [0, 2]), ("==", [0, 1]), ("!=", [2])],
)
def test_compare_fields(op: str, rows: list[int]) -> None:
    columns = {"gasto": [120.0, 80.0, 90.0, None], "presupuesto": [100.0, 90.0, 90.0, 5.0]}
    hits = _hits("compare_fields", columns, left="gasto", op=op, right="presupuesto")
    assert [(h.row, h.field, h.params["other_field"]) for h in hits] == [
        (r, "gasto", "presupuesto") for r in rows
    ]
    assert [h.params["other"] for h in hits] == [columns["presupuesto"][r] for r in rows]


DUPLICATES = {
    "indicator_id": ["capacitaciones", "capacitaciones", "capacitaciones", "sin_clasificar",
                     "sin_clasificar", "capacitaciones"],
    "breakdown_value": ["_T", "_T", "mujeres", "_T", "_T", "_T"],
    "value": [32.0, 32.0, 32.0, 7.0, 7.0, 32.5],
    "source_locator": ["line:83", "line:96", "line:97", "line:5", "line:6", "line:99"],
}  # fmt: skip


def test_unique_together_by_row() -> None:
    hits = _hits("unique_together", DUPLICATES, fields=["indicator_id", "breakdown_value"])
    # row 1 repeats row 0; row 4 repeats row 3; row 5 repeats row 0 (value is not in the key)
    assert [(h.row, h.field, h.params["other_row"]) for h in hits] == [
        (1, "indicator_id", 1),
        (4, "indicator_id", 4),
        (5, "indicator_id", 1),
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            {},
            [(1, "indicator_id", (0, 1), "capacitaciones", "32", 2, "line:83, line:96"),
             (4, "indicator_id", (3, 4), "sin_clasificar", "7", 2, "line:5, line:6")],
        ),
        (
            {"unless": {"indicator_id": "sin_clasificar"}},
            [(1, "indicator_id", (0, 1), "capacitaciones", "32", 2, "line:83, line:96")],
        ),
    ],
)  # fmt: skip
def test_unique_together_by_group(params: dict[str, Any], expected: list[Any]) -> None:
    fields = ["indicator_id", "breakdown_value", "value"]
    hits = _hits("unique_together", DUPLICATES, fields=fields, report="group", **params)
    assert _found(hits, "indicator_id", "value", "count", "locators") == expected
    assert [h.order for h in hits] == [e[2][0] for e in expected]


def test_one_name_per_key() -> None:
    columns = {
        "activity": ["5", "6", "5", "6", "7"],
        "title": ["GASOLINA", "Talleres", "Papelería", "TALLERES", "Foro"],
        "source_locator": ["line:79", "line:80", "line:88", "line:90", "line:95"],
    }
    hits = _hits("one_name_per_key", columns, field="activity", name_field="title")
    # "6" names "Talleres" twice (case aside): not a repeat.
    assert _found(hits, "activity", "key", "count", "locators") == [
        (2, "activity", (0, 2), "5", "5", 2, "line:79, line:88")
    ]


PERCENTAGES = {
    "observation_id": ["o1", "o2", "o3", "o4", "o5"],
    "unit": ["recomendaciones", "recomendaciones", "%", "recomendaciones", "%"],
    "value": [51.0, 18.0, 34.0, 60.0, 36.0],
    "source_locator": ["line:43", "line:44", "line:44", "line:50", "line:44"],
    "source_file": ["poa.txt"] * 5,
    "source_text": ["", "", "un avance del 34% de lo programado", "", "el 36% del total"],
    "indicator_label": ["programó trabajar: recomendaciones", "", "", "recibidas", ""],
}
REFERENCE = r"%\s*(?:de|del)\s+(?:lo|la|las|los)?\s*(\w+)"


def test_share_of() -> None:
    hits = _hits("share_of", PERCENTAGES, reference=REFERENCE)
    # 18 of 51 is 35.3 %: 34 % is 1.3 points off, the denominator chosen by "programado";
    # 36 % is compared with 18 of 51 too (the closest share) and is 0.7 points off.
    assert _found(hits, "reported", "numerator", "denominator") == [
        (2, "value", (2, 1, 0), "34", "18", "51"),
        (4, "value", (4, 1, 0), "36", "18", "51"),
    ]
    assert round(hits[0].params["computed"], 2) == 35.29


@pytest.mark.parametrize(
    ("params", "rows"),
    [
        ({"tolerance": 1.0}, [2]),  # 36 % is within a point of 35.3 %
        ({"max_gap": 1.0}, [4]),  # 34 % is more than a point away: another quantity
        ({"percent_unit": "por ciento"}, []),
    ],
)
def test_share_of_thresholds(params: dict[str, Any], rows: list[int]) -> None:
    hits = _hits("share_of", PERCENTAGES, reference=REFERENCE, **params)
    assert [h.row for h in hits] == rows


def test_in_reference_and_pattern_by() -> None:
    codebook = ColumnTable.of(pa.table({"indicator_id": ["capacitaciones", "denuncias"]}))
    table = ColumnTable.of(
        pa.table(
            {
                "indicator_id": ["capacitaciones", "inventado", "sin_clasificar"],
                "country": ["MX", "MX", "AR"],
                "municipality_code": ["14039", "1403", "06497"],
            }
        ),
        others={"indicators": codebook},
        bases=[SCHEMAS, SCHEMAS.parent / "src" / "genero_etl" / "data"],
    )
    reference = _rule(
        "in_reference",
        field="indicator_id",
        allow=["sin_clasificar"],
        reference={"resource": "indicators", "field": "indicator_id"},
    )
    assert [(h.row, h.field) for h in run_rule(reference, table)] == [(1, "indicator_id")]
    pattern = _rule(
        "pattern_by",
        field="municipality_code",
        by="country",
        patterns={"MX": "[0-9]{5}", "AR": {"pattern": "[0-9]{5}"}},
    )
    assert [(h.row, h.params["by"], h.params["reason_en"]) for h in run_rule(pattern, table)] == [
        (1, "MX", "is malformed")
    ]


def test_a_pandas_frame_is_a_table_too() -> None:
    import pandas as pd

    frame = pd.DataFrame(PARTS)
    hits = run_rule(
        _rule(
            "sum_of_parts",
            id_field="observation_id",
            parent_field="parent_observation_id",
            value_field="value",
            min_parts=2,
        ),
        ColumnTable.of(frame),
    )
    assert _found(hits, "values") == [(0, "value", (0, 1, 2), "40 + 189")]


def test_every_kind_is_registered() -> None:
    assert kind_names() == [
        "compare_fields",
        "in_reference",
        "one_name_per_key",
        "pattern_by",
        "range",
        "share_of",
        "sum_of_parts",
        "unique_together",
    ]


def test_large_tables_code_keys_in_columns_as_small_ones_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """6,000 rows: (indicator, value) repeats every 3,000 rows; missing values count as one."""
    from genero_etl.checks import frame

    n = 6000
    columns = {
        "indicator_id": ["a", "b", "c"] * (n // 3),
        "value": [None if i % 1000 == 7 else float(i % 1000) for i in range(n)],
    }
    fields = ["indicator_id", "value"]
    vectorised = _hits("unique_together", columns, fields=fields)
    monkeypatch.setattr(frame, "SMALL", 10**6)
    in_python = _hits("unique_together", columns, fields=fields)
    found = [(h.row, h.params["other_row"]) for h in vectorised]
    assert found == [(h.row, h.params["other_row"]) for h in in_python]
    # row 3000 + i repeats row i (other_row counts from 1); rows 7 and 1007, 2007... share
    # (indicator, missing) when their indicator is the same: 7 -> "b", 3007 -> "b".
    assert found[:2] == [(3000, 1), (3001, 2)]
    assert (3007, 8) in found
    assert len(found) == 3000


def test_row_comparing_kinds_skip_a_one_row_table() -> None:
    from genero_etl.checks.engine import KINDS, MIN_ROWS, _registered

    _registered()
    assert {k for k, n in MIN_ROWS.items() if n == 2} == {
        "unique_together",
        "one_name_per_key",
        "sum_of_parts",
        "share_of",
    }
    assert set(MIN_ROWS) == set(KINDS)
    rule = _rule("unique_together", fields=["a"])
    assert run_rule(rule, ColumnTable.of({"a": ["x"]})) == []
    hits = run_rule(rule, ColumnTable.of({"a": ["x", "x"]}))
    assert [(h.row, h.field) for h in hits] == [(1, "a")]


def test_short_date_and_boolean_columns_read_as_the_kernels_read_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import datetime as dt

    from genero_etl.checks import frame

    table = pa.table(
        {
            "period_start": pa.array([dt.date(2024, 1, 1), None, dt.date(999, 12, 31)]),
            "approximate": pa.array([True, None, False]),
        }
    )
    short = ColumnTable.of(table)
    dates, present = short.text("period_start")
    assert dates.tolist() == ["2024-01-01", "", "0999-12-31"] and present.tolist() == [1, 0, 1]
    assert short.truth("approximate").tolist() == [True, False, False]
    monkeypatch.setattr(frame, "SMALL", -1)  # Arrow's casts
    long = ColumnTable.of(table)
    assert long.text("period_start")[0].tolist() == dates.tolist()
    assert long.truth("approximate").tolist() == [True, False, False]


def test_short_integer_codes_renumbered_as_arrow_does(monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    from genero_etl.checks import arrays

    codes = np.array([7, 3, 7, 9, 3, 0], dtype=np.int64)
    short = arrays.first_seen_codes(codes)
    monkeypatch.setattr(arrays, "_SMALL", -1)
    assert short.tolist() == arrays.first_seen_codes(codes).tolist() == [0, 1, 0, 2, 1, 3]
    assert short.dtype == np.int64


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        # every value differs: no other field is needed to tell the rows apart
        (
            {"indicator_id": ["a", "a", "a"], "unit": ["", "", ""], "value": [1.0, 2.0, 3.0]},
            [],
        ),
        # the values repeat, the indicators tell rows 0 and 1 apart, not 1 and 2
        (
            {"indicator_id": ["a", "b", "b"], "unit": ["", "%", "%"], "value": [5.0, 5.0, 5.0]},
            [(2, "indicator_id", 2)],
        ),
        # the value and the indicator repeat; only the unit differs
        (
            {"indicator_id": ["a", "a", "a"], "unit": ["", "%", ""], "value": [5.0, 5.0, 5.0]},
            [(2, "indicator_id", 1)],
        ),
        # missing values are one value, as in the full key
        (
            {"indicator_id": ["a", "a", "b"], "unit": ["", "", ""], "value": [None, None, 4.0]},
            [(1, "indicator_id", 1)],
        ),
    ],
)  # fmt: skip
def test_unique_together_stops_when_some_fields_tell_rows_apart(
    monkeypatch: pytest.MonkeyPatch, columns: dict[str, list[Any]], expected: list[Any]
) -> None:
    """Rows that differ on a few of the key's fields are not read on; the hits are those of
    the whole key read at once (the shortcut turned off)."""
    from genero_etl.checks.kinds import keys

    fields = ["indicator_id", "unit", "value"]
    read: list[tuple[str, ...]] = []
    original = ColumnTable.key_codes

    def recording(self: ColumnTable, names: tuple[str, ...]) -> Any:
        read.append(names)
        return original(self, names)

    monkeypatch.setattr(ColumnTable, "key_codes", recording)
    hits = _hits("unique_together", columns, fields=fields)
    assert [(h.row, h.field, h.params["other_row"]) for h in hits] == expected
    if not expected and len(set(columns["value"])) == 3:
        assert read == [("value",)]  # the number first, and nothing else
    monkeypatch.setattr(keys, "_FEW", 0)
    read.clear()
    whole = _hits("unique_together", columns, fields=fields)
    assert read == [tuple(fields)]
    assert [(h.row, h.params["other_row"]) for h in whole] == [(e[0], e[2]) for e in expected]
