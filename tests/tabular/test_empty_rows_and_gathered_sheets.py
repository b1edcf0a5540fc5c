"""Two workbooks of the twentieth development set (tests/acceptance/corpus_dev20), their real
cells. Puerto Rico's courts list the 13 judicial regions on every sheet of Law 148 orders
archived, whatever the year: regions with nothing archived are lone labels with empty
cells, several in a row ("Fajardo", "Guayama", "Humacao", "Mayagüez", "Ponce", "San
Juan"), and they are rows of the table, not headings over the rows below them. Chile's
victim-support programme sets each sheet's "Total" column side by side in a sheet
"Totales": its numbers are read once, from the sheets they come from.
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


SERVICES = ["", "Comuna del delito", "SSR", "SIC", "CCP", "Total"]

# Concepción.xlsx of the victim-support programme, its first four communes and total
ENTERED = [
    SERVICES,
    ["1", "Concepción", 129.0, 78.0, 16.0, 223.0],
    ["2", "Coronel", 46.0, 25.0, 6.0, 77.0],
    ["3", "Talcahuano", 33.0, 34.0, 6.0, 73.0],
    ["4", "Hualpén", 12.0, 14.0, 6.0, 32.0],
    ["5", "Total", 220.0, 151.0, 34.0, 405.0],
]
ATTENDED = [
    SERVICES,
    ["1", "Concepción", 150.0, 78.0, 16.0, 244.0],
    ["2", "Coronel", 48.0, 25.0, 6.0, 79.0],
    ["3", "Talcahuano", 38.0, 34.0, 6.0, 78.0],
    ["4", "Hualpén", 15.0, 14.0, 6.0, 35.0],
    ["5", "Florida", 1.0, 0.0, 0.0, 1.0],
    ["6", "Total", 252.0, 151.0, 34.0, 437.0],
]
ATTENTIONS = [
    SERVICES,
    ["1", "Concepción", 1307.0, 216.0, 33.0, 1556.0],
    ["2", "Coronel", 332.0, 75.0, 11.0, 418.0],
    ["3", "Talcahuano", 239.0, 90.0, 17.0, 346.0],
    ["4", "Hualpén", 126.0, 34.0, 9.0, 169.0],
    ["5", "Florida", 15.0, 0.0, 1.0, 16.0],
    ["6", "Total", 2019.0, 415.0, 71.0, 2505.0],
]
TOTALS = [
    ["", "Comuna del delito", "Ingresos", "Personas atendidas", "Atenciones"],
    ["1", "Concepción", 223.0, 244.0, 1556.0],
    ["2", "Coronel", 77.0, 79.0, 418.0],
    ["3", "Talcahuano", 73.0, 78.0, 346.0],
    ["4", "Hualpén", 32.0, 35.0, 169.0],
    ["5", "Florida", 0.0, 1.0, 16.0],  # no row of Florida among the victims entered
    ["6", "Total", 405.0, 437.0, 2505.0],
]


def test_a_sheet_of_other_sheets_totals_is_read_once(tmp_path: Path) -> None:
    sheets = {"Ingresos": ENTERED, "Personas atendidas": ATTENDED, "Atenciones": ATTENTIONS}
    path = workbook(tmp_path / "concepcion.xlsx", {**sheets, "Totales": TOTALS})
    staged = staged_file(path, country="CL")
    skipped = [i for i in staged.issues if i.code == "sheet-copy-skipped"]
    assert [i.message_en for i in skipped] == [
        "Sheet 'Totales' repeats values of sheet 'Atenciones, Ingresos, Personas atendidas' (a "
        "chart's data or a copy); they are read once, from 'Atenciones, Ingresos, Personas "
        "atendidas'."
    ]
    found = rows(staged)
    assert not any(r.source_locator.startswith("Totales!") for r in found)
    # Concepción's 223 victims entered, once: from "Ingresos", its Total column
    entered = [r for r in found if r.value == 223 and r.municipality_code == "08101"]
    assert [r.source_locator for r in entered] == ["Ingresos!F2"]
    assert {r.value for r in found if r.municipality_code == "08104"} == {0.0, 1.0, 15.0, 16.0}


def test_a_sheet_of_one_other_sheets_columns_is_not_gathered(tmp_path: Path) -> None:
    # the totals of "Ingresos" alone beside a column of their own: read as a sheet of its own
    own = [
        ["", "Comuna del delito", "Ingresos", "Derivaciones"],
        ["1", "Concepción", 223.0, 12.0],
        ["2", "Coronel", 77.0, 5.0],
        ["3", "Talcahuano", 73.0, 9.0],
        ["4", "Hualpén", 32.0, 4.0],
    ]
    sheets = {"Ingresos": ENTERED, "Atenciones": ATTENTIONS, "Resumen": own}
    path = workbook(tmp_path / "concepcion.xlsx", sheets)
    staged = staged_file(path, country="CL")
    assert not [i for i in staged.issues if i.code == "sheet-copy-skipped"]
    assert any(r.source_locator == "Resumen!D2" and r.value == 12 for r in rows(staged))
