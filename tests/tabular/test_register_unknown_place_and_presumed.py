"""Registers whose rows leave their place blank, and registers of presumed killings.

Rebuilt, small, from three real registers (one row per case): Puerto Rico's police incidents
of domestic violence, September-December 2023 (sheet "Export": "Fecha Incidente | Área
Policiaca | Municipio de los Hechos", cells A280:C316 of the real sheet, 7 of their 37 rows
with no municipality), and the Red Chilena contra la Violencia hacia las Mujeres' registers
of femicides of 2015 (sheet "Hoja 2", "Femicidios Presuntos y femicidios frustrados": three
presumed femicides numbered 2-4, six marked "FRUSTRADO") and 2016 (sheets "Femicidios" and
"Presuntos", "PRESUNTO FEMICIDIO" over one presumed femicide in Antofagasta). Dates, places,
regions, ages and relations are the real sheets'; the names are made up.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.pipeline import IngestOptions, extract_document


def staged(path: Path) -> tuple[list[SimpleNamespace], list[str]]:
    result = extract_document(path, path.name, IngestOptions())
    rows = [SimpleNamespace(**r) for r in table_rows(result.table())]
    return rows, [i.code for i in result.issues]


# Export!A280:C316 of the real sheet (date, police area, municipality)
INCIDENTS = [
    ("2023-11-19", "UTUADO", "UTUADO"), ("2023-11-08", "UTUADO", "UTUADO"),
    ("2023-11-05", "UTUADO", "UTUADO"), ("2023-09-17", "UTUADO", "UTUADO"),
    ("2023-11-30", "UTUADO", None), ("2023-11-13", "UTUADO", "LARES"),
    ("2023-12-14", "UTUADO", None), ("2023-12-02", "UTUADO", None),
    ("2023-12-01", "UTUADO", None), ("2023-11-29", "UTUADO", "JAYUYA"),
    ("2023-11-17", "UTUADO", "UTUADO"), ("2023-11-02", "UTUADO", "UTUADO"),
    ("2023-10-08", "UTUADO", "UTUADO"), ("2023-09-29", "UTUADO", "UTUADO"),
    ("2023-09-25", "UTUADO", "UTUADO"), ("2023-09-05", "UTUADO", "UTUADO"),
    ("2023-12-09", "UTUADO", None), ("2023-12-08", "UTUADO", "LARES"),
    ("2023-12-09", "UTUADO", None), ("2023-11-28", "UTUADO", "LARES"),
    ("2023-11-22", "UTUADO", "LARES"), ("2023-11-24", "UTUADO", "LARES"),
    ("2023-11-20", "UTUADO", "LARES"), ("2023-11-17", "UTUADO", "LARES"),
    ("2023-11-12", "UTUADO", "LARES"), ("2023-11-06", "UTUADO", "LARES"),
    ("2023-11-03", "UTUADO", "LARES"), ("2023-10-19", "UTUADO", None),
    ("2023-10-01", "UTUADO", "LARES"), ("2023-10-11", "UTUADO", "LARES"),
    ("2023-10-08", "UTUADO", "LARES"), ("2023-10-02", "UTUADO", "LARES"),
    ("2023-09-23", "UTUADO", None), ("2023-09-22", "UTUADO", "LARES"),
    ("2023-12-23", "UTUADO", "JAYUYA"), ("2023-12-18", "UTUADO", None),
    ("2023-12-11", "UTUADO", "JAYUYA"),
]  # fmt: skip


def test_incidents_without_their_municipality_are_the_countrys_unknown_place(
    tmp_path: Path,
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Export"
    sheet.append(["Fecha Incidente", "Área Policiaca", "Municipio de los Hechos"])
    for day, area, municipality in INCIDENTS:
        sheet.append([datetime.strptime(day, "%Y-%m-%d"), area, municipality])
    path = tmp_path / "pr_violencia_domestica_incidentes_2023.xlsx"
    book.save(path)
    rows, codes = staged(path)
    assert "table-register-no-place" in codes
    unknown = {
        r.period_label: (r.value, r.country, r.admin1, r.municipality, r.source_locator)
        for r in rows
        if r.breakdown_dimension == "lugar" and r.breakdown_value == "_U"
    }
    # the incident of 23 September (A312 of the real sheet) is September's unknown place
    assert unknown == {
        "2023-09": (1.0, "PR", "", "", "Export!A2:A38"),
        "2023-10": (1.0, "PR", "", "", "Export!A2:A38"),
        "2023-11": (1.0, "PR", "", "", "Export!A2:A38"),
        "2023-12": (6.0, "PR", "", "", "Export!A2:A38"),
    }
    totals = [r for r in rows if r.breakdown_dimension == "_T"]
    assert all(r.municipality for r in totals)  # never a national total of the blank rows
    september = {r.municipality: r.value for r in totals if r.period_label == "2023-09"}
    assert september == {"Utuado": 4.0, "Lares": 1.0}
    # the municipalities' months and the unknown place's sum to the register's 37 rows
    assert sum(r.value for r in totals) + sum(v[0] for v in unknown.values()) == 37.0


HEADER = ["Fecha y lugar", "Región", "Nombre", "Edad", "Sernam", "Ocupación", "Hecho",
          "Vsexual", "Tipo Femicidio", "Femicida", "Edad", "Relación", "Suicidio"]  # fmt: skip


def _case(mark: object, place: str, region: str | None, age: int, kind: str | None,
          killer_age: int | None, relation: str | None, n: int) -> list[object]:  # fmt: skip
    return [mark, place, region, f"Nombre Inventado {n}", age, None, None, None, None, kind,
            f"Otro Nombre {n}" if relation else None, killer_age, relation, None]  # fmt: skip


# "Hoja 2" of the 2015 register: presumed femicides numbered 2-4, then the frustrated ones
PRESUMED_AND_FRUSTRATED = [
    (2, "27/06 Pudahuel", "RM", 23, None, None, None),
    (3, "02/07 Cajón del Maipo", "RM", 21, None, None, None),
    (4, "12/07 Valparaíso", "V", 22, None, None, None),
    ("FRUSTRADO", "Puerto Montt", "IX", 29, None, 42, "Ex Pareja"),
    ("FRUSTRADO", "San Juan de la Costa", "X", 66, None, None, "Ex pareja"),
    ("FRUTRADO", "Casma, comuna de Frutillar", "IX", 57, "íntimo", 58, "Pareja"),
    ("FRUSTRADO", "Purranque", "Los Lagos", 49, "Íntimo", 36, "Ex cónyuge"),
    ("FRUSTRADO", "08/10/2015 Villa Alemana", "Valparaíso", 28, "Íntimo (padre)", None, "Padre"),
    ("FRUSTRADO", "29/11/2015 PAC", "Santiago", 28, None, 24, "Pareja"),
]  # fmt: skip


def test_a_register_titled_presumed_and_frustrated_femicides_is_not_counted(
    tmp_path: Path,
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Hoja 2"
    sheet.append(["Femicidios Presuntos y femicidios frustrados"])
    sheet.append([None, *HEADER])
    sheet.append([])
    for n, (mark, place, region, age, kind, killer_age, relation) in enumerate(
        PRESUMED_AND_FRUSTRATED
    ):
        sheet.append(_case(mark, place, region, age, kind, killer_age, relation, n))
    path = tmp_path / "cl_femicidios_registro_2015.xlsx"
    book.save(path)
    rows, codes = staged(path)
    # three presumed femicides and six frustrated ones, no column telling which is which:
    # not nine attempted femicides (nor three femicides)
    assert "table-register-presumed" in codes
    assert rows == []


# "Femicidios" of the 2016 register: its Antofagasta rows (II, once the region's name), the
# row whose region is blank (the commune only in "Fecha y Lugar"), and rows of other regions
FEMICIDES_2016 = [
    (1, "02/01 Recoleta", "RM", 36, "íntimo", 40, "pareja"),
    (2, "10/01 Temuco", "IX", 43, "íntimo", 45, "esposo"),
    (5, "03/03 Antofagasta", "II", 31, "íntimo", 37, "esposo"),
    (9, "14/04 Pudahuel", None, 44, "íntimo", 50, "pareja"),
    (26, "24/07 Antofagasta", "II", 15, "íntimo familiar", 54, "padrasto"),
    (27, "27/07Calama", "II", 24, "íntimo", None, "esposo"),
    (28, "27/07Calama", "II", 3, "íntimo familiar", None, "padre"),
    (30, "02/08 Puente Alto", "RM", 29, "íntimo", 33, "conviviente"),
    (51, "22/11 Calama", "Antofagasta", 57, "íntimo", 63, "ex pareja"),
]  # fmt: skip


def test_a_presumed_femicide_is_not_counted_with_the_femicides(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    femicides = book.active
    femicides.title = "Femicidios"
    femicides.append([None, "FEMICIDIOS 2016"])
    femicides.append([None, *HEADER])
    for n, (mark, place, region, age, kind, killer_age, relation) in enumerate(FEMICIDES_2016):
        femicides.append(_case(mark, place, region, age, kind, killer_age, relation, n))
    presumed = book.create_sheet("Presuntos")
    presumed.append([None, "PRESUNTO FEMICIDIO"])
    presumed.append([None, *HEADER])
    presumed.append(_case(1, "01/01 Antofagasta", "II", 67, None, 19, "desconocido", 99))
    path = tmp_path / "cl_femicidios_presuntos_frustrados_2016.xlsx"
    book.save(path)
    rows, codes = staged(path)
    assert "table-register-presumed" in codes
    totals = {
        (r.admin1, r.breakdown_dimension, r.breakdown_value): (r.value, r.source_locator)
        for r in rows
        if r.breakdown_dimension in {"_T", "lugar"}
    }
    # Antofagasta's five femicides (II four times, once by name), not six with the presumed
    assert totals[("CL-AN", "_T", "_T")] == (5.0, "Femicidios!A3:A11")
    # the femicide whose region is blank: the country's unknown place, not left out
    assert totals[("", "lugar", "_U")] == (1.0, "Femicidios!A3:A11")
    assert sum(v for v, _ in totals.values()) == 9.0
    assert {r.indicator_id for r in rows} == {"femicidios"}
    assert {(r.period_start, r.period_end) for r in rows} == {("2016-01-01", "2016-12-31")}
    assert not any(r.source_locator.startswith("Presuntos") for r in rows)
