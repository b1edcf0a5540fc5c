"""Registers whose person columns are named the way each country names its ID card, phone
and birth date ("C.I. N°", "DPI", "Identidad", "Tel.", "F. de nacimiento"): those columns are
personal data, never values nor the register's period, and the register is counted."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from test_roles import role_of  # the same reading of one column as test_roles.py

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document


@pytest.mark.parametrize(
    ("header", "values"),
    [
        ("C.I. N°", ["4567.123", "1234.567", "3321.908"]),  # Paraguay, Bolivia, Uruguay
        ("CI", [4567123, 1234567, 3321908]),
        ("C.I.", ["4.567.123", "1.234.567", "3.321.908"]),
        ("DPI", ["2345 67890 0101", "1987 65432 1601", "3011 22334 0501"]),  # Guatemala
        ("CUI", [2345678900101, 1987654321601, 3011223340501]),
        ("DUI", ["01234567-8", "04567890-1", "07654321-0"]),  # El Salvador
        ("Identidad", ["0801-1990-12345", "0501-1985-00321", "0101-2001-04567"]),  # Honduras
        ("Nro. de identidad", [801199012345, 501198500321, 101200104567]),
        ("Pasaporte", ["A1234567", "B7654321", "C1122334"]),
        ("Tel.", ["0981 123456", "0982 654321", "0971 111222"]),
        ("Fono", [912345678, 987654321, 956781234]),
        ("Fecha Nac.", ["12/03/1985", "01/07/1990", "23/11/2001"]),
        ("F. de nacimiento", ["12/03/1985", "01/07/1990", "23/11/2001"]),
        ("fecha_nacimiento", ["1985-03-12", "1990-07-01", "2001-11-23"]),
        ("Apellidos y Nombres", ["Pérez Ana", "Gómez Rosa", "Quispe Juana"]),
    ],
)
def test_a_persons_id_phone_birth_date_or_name_is_personal(
    header: str, values: list[object]
) -> None:
    assert role_of(header, values) == ("personal", "")


@pytest.mark.parametrize(
    ("header", "values", "expected"),
    [
        ("Identidad de género", ["Mujer trans", "Mujer cis", "No binaria"], "category"),
        ("Nacimientos", [1204, 1187, 1310], "value"),
    ],
)
def test_words_near_them_keep_their_role(header: str, values: list[object], expected: str) -> None:
    assert role_of(header, values)[0] == expected


# A Paraguayan register: one row per complaint; each person's CI written "4567.123" (a
# decimal number to a reader of numbers), a birth date before the complaint's date.
ROWS = [
    ("1", "4567.123", "Pérez Ana", "12/03/1985", "34", "Central", "05/01/2022", "0981 123456"),
    ("2", "1234.567", "Gómez Rosa", "01/07/1990", "31", "Central", "17/01/2022", "0982 654321"),
    ("3", "3321.908", "Quispe Juana", "23/11/2001", "20", "Itapúa", "02/02/2022", "0971 111222"),
    ("4", "5512.004", "Ramos Lucía", "09/09/1979", "42", "Central", "28/02/2022", "0983 222333"),
    ("5", "2209.871", "Cruz Elena", "30/05/1995", "26", "Itapúa", "14/03/2022", "0984 333444"),
    ("6", "6120.355", "Choque Sofía", "11/12/1988", "33", "Central", "21/03/2022", "0985 444555"),
]


def test_a_register_with_its_ids_written_as_decimals_is_counted_not_published(
    tmp_path: Path,
) -> None:
    path = tmp_path / "denuncias_py.csv"
    header = (
        "N°,C.I. N°,Apellidos y Nombres,F. de nacimiento,Edad,Departamento,Fecha de denuncia,Tel."
    )
    path.write_text("\n".join([header, *(",".join(r) for r in ROWS)]) + "\n", encoding="utf-8")
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="PY")))
    rows = [SimpleNamespace(**r) for r in table_rows(staged.table())]
    assert rows, "the register is counted"
    ids = {float(r[1]) for r in ROWS} | {float(r[1].replace(".", "")) for r in ROWS}
    assert not [r.value for r in rows if r.value in ids]
    totals = {(r.admin1, r.period_start): r.value for r in rows if r.breakdown_dimension == "_T"}
    # by the complaint's date (every row in 2022), never the birth dates (1979-2001)
    assert {p[:4] for _, p in totals} == {"2022"}
    assert sum(totals.values()) == 6
    assert sum(v for (a, _), v in totals.items() if a == "PY-11") == 4  # Central
    assert sum(v for (a, _), v in totals.items() if a == "PY-7") == 2  # Itapúa
    text = " ".join(str(r.source_text) for r in rows)
    assert "Pérez" not in text and "4567" not in text and "0981" not in text


def test_a_column_of_names_without_a_header_is_personal(tmp_path: Path) -> None:
    # a register saved without its header row: row number, DPI, name, age, department, date
    import openpyxl

    names = ["María López", "Ana Pérez", "Rosa Quispe", "Juana Mamani", "Carla Gómez"]
    departments = ["Guatemala", "Escuintla", "Petén"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Casos"
    for i in range(15):
        ws.append([i + 1, f"2345 6789{i % 10} 0101", names[i % 5], 20 + i,
                   departments[i % 3], f"2022-0{1 + i % 9}-1{i % 10}"])  # fmt: skip
    path = tmp_path / "casos_gt.xlsx"
    wb.save(path)
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="GT")))
    rows = [SimpleNamespace(**r) for r in table_rows(staged.table())]
    assert not [r for r in rows if r.breakdown_dimension != "_T"]  # no breakdown by name
    totals = {r.admin1: r.value for r in rows}
    assert totals == {"GT-01": 5, "GT-05": 5, "GT-17": 5}
    assert all(r.period_start == "2022-01-01" for r in rows)
