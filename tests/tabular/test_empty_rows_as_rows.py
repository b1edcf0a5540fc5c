"""Two workbooks of the twentieth development set (tests/acceptance/corpus_dev20), their real
cells. Puerto Rico's courts list the 13 judicial regions on every sheet of Law 148 orders
archived, whatever the year: regions with nothing archived are lone labels with empty
cells, several in a row ("Fajardo", "Guayama", "Humacao", "Mayagüez", "Ponce", "San
Juan"), and they are rows of the table, not headings over the rows below them.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import rows, staged_file, workbook

HEADER = ["Región", "Total", "A solicitud de la parte peticionaria", "Otra razón"]

# the sheet "2023-2024" of OP_LEY148Archivadas.xlsx
ARCHIVED_2023 = [
    HEADER,
    ["Aguadilla", None, None, None],
    ["Aibonito", None, None, None],
    ["Arecibo", 1, None, 1],
    ["Bayamón", 6, 2, 4],
    ["Caguas", 1, None, 1],
    ["Carolina", None, None, None],
    ["Fajardo", 2, None, 2],
    ["Guayama", 1, None, 1],
    ["Humacao", None, None, None],
    ["Mayagüez", None, None, None],
    ["Ponce", 1, 1, None],
    ["San Juan", None, None, None],
    ["Utuado", 1, None, 1],
    ["No indica", None, None, None],
    ["Total", 13, 3, 10],
]

# the sheet "2021-2022": three regions with nothing, then rows again
ARCHIVED_2021 = [
    HEADER,
    ["Aguadilla", None, None, None],
    ["Aibonito", 1, None, 1],
    ["Arecibo", 1, 1, None],
    ["Bayamón ", 5, 2, 3],
    ["Caguas", None, None, None],
    ["Carolina", None, None, None],
    ["Fajardo", 1, None, 1],
    ["Guayama", None, None, None],
    ["Humacao", None, None, None],
    ["Mayagüez", None, None, None],
    ["Ponce", None, None, None],
    ["San Juan ", 1, None, 1],
    ["Utuado", None, None, None],
    ["No indica", 1, None, 1],
    ["Total", 10, 3, 7],
]


def _by_place(path: Path) -> dict[tuple[str, str, str], float]:
    """(fiscal year's start, place or total, reason) -> value."""
    out = {}
    for r in rows(staged_file(path, country="PR")):
        parts = r.breakdown_value.split(" | ")
        place = parts[0] if r.breakdown_dimension.startswith("lugar") else "_T"
        reason = parts[-1] if "categoria" in r.breakdown_dimension else "_T"
        assert "seccion" not in r.breakdown_dimension
        out[(r.period_start, place.strip(), reason)] = r.value
    return out


def test_regions_with_empty_cells_are_rows_not_headings(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "archivadas.xlsx", {"2021-2022": ARCHIVED_2021, "2023-2024": ARCHIVED_2023}
    )
    values = _by_place(path)
    assert values[("2023-07-01", "Bayamón", "_T")] == 6
    assert values[("2023-07-01", "Bayamón", "Otra razón")] == 4
    assert values[("2023-07-01", "Ponce", "A solicitud de la parte peticionaria")] == 1
    assert values[("2023-07-01", "Utuado", "_T")] == 1
    assert values[("2023-07-01", "_T", "_T")] == 13
    assert values[("2021-07-01", "Fajardo", "_T")] == 1
    assert values[("2021-07-01", "San Juan", "_T")] == 1
    assert values[("2021-07-01", "_T", "Otra razón")] == 7
    # the regions with nothing archived have no value, not a zero
    assert not any(
        k[1] in {"Humacao", "Mayagüez", "San Juan"} for k in values if k[0] == "2023-07-01"
    )
    assert not any(k[1] in {"Guayama", "Humacao", "Ponce"} for k in values if k[0] == "2021-07-01")
