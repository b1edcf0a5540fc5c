"""A workbook of registers, one sheet per kind of case (the tenth development set's shape,
tests/acceptance/corpus_dev10, rebuilt small; the figures are the real file's): the Red
Chilena's register of 2016 keeps its femicides in a sheet titled "FEMICIDIOS 2016" and its
frustrated femicides in one titled "FEMICIDIOS FRUSTRADOS". A file name that names both kinds
("..._femicidios_frustrados_2016.xlsx") says what the workbook holds, not what one sheet
counts: each sheet's own title and name say that first."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from openpyxl import Workbook

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document

HEADER = ["", "Fecha y Lugar", "Región", "Nombre", "Edad", "Tipo Femicidio", "Relación"]
# (region, kind, relation) per woman; names are made up
KILLED = [
    ("RM", "íntimo", "Conviviente"), ("IX", "íntimo", "Ex Pareja"), ("RM", "íntimo", "matrimonio"),
    ("XIV", "íntimo", "esposo"), ("II", "íntimo", "esposo"), ("RM", "íntimo", "pareja"),
    ("II", "íntimo", "padre"), ("Antofagasta", "íntimo", "ex pareja"),
    ("IX", "intimo", "pareja"), ("Araucanía", "no íntimo", "conocido"),
]  # fmt: skip
FRUSTRATED = [
    ("VIII", "", "ex pareja"), ("XII", "Íntimo", "Pareja"), ("V", "", ""), ("XIV", "íntimo", "pareja"),
    ("VIII", "", "pareja"), ("IV", "", "matrimonio"), ("RM", "", ""),
]  # fmt: skip


def _sheet(
    book: Workbook, name: str, title: str, rows: list[tuple[str, str, str]], month: int
) -> None:
    ws = book.create_sheet(name)
    ws.append(["", title])
    ws.append(HEADER)
    for n, (region, kind, relation) in enumerate(rows, 1):
        ws.append(
            [n, f"{n:02d}/{month:02d} Comuna {month}", region, f"Nombre Apellido{month}{n}",
             15 + 3 * n + month, kind, relation]
        )  # fmt: skip


def _workbook(path: Path) -> Path:
    book = Workbook()
    book.remove(book.active)
    _sheet(book, "Femicidios", "FEMICIDIOS 2016", KILLED, 3)
    _sheet(book, "Fru", "FEMICIDIOS FRUSTRADOS 2016", FRUSTRATED, 7)
    book.save(path)
    return path


def test_each_sheet_counts_what_its_title_names_not_what_the_file_name_names(
    tmp_path: Path,
) -> None:
    path = _workbook(tmp_path / "cl_femicidios_frustrados_2016.xlsx")
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="CL")))
    rows = [SimpleNamespace(**r) for r in table_rows(staged.table())]
    totals = [r for r in rows if r.breakdown_value == "_T"]
    killed = {r.admin1: r.value for r in totals if r.source_locator.startswith("Femicidios!")}
    frustrated = {r.admin1: r.value for r in totals if r.source_locator.startswith("Fru!")}
    # the sheet titled "FEMICIDIOS 2016": femicides, never attempts, whatever the file's name
    assert {r.indicator_id for r in totals if r.source_locator.startswith("Femicidios!")} == {
        "femicidios"
    }
    assert killed == {"CL-RM": 3.0, "CL-AR": 3.0, "CL-AN": 3.0, "CL-LR": 1.0}
    assert {r.indicator_id for r in totals if r.source_locator.startswith("Fru!")} == {
        "intentos_femicidio"
    }
    assert frustrated == {
        "CL-BI": 2.0,
        "CL-MA": 1.0,
        "CL-VS": 1.0,
        "CL-LR": 1.0,
        "CL-CO": 1.0,
        "CL-RM": 1.0,
    }
    assert all(r.period_start == "2016-01-01" and r.period_end == "2016-12-31" for r in totals)
    # no cell of a register is published: the made-up names appear nowhere
    assert not any("Apellido" in str(v) for r in rows for v in vars(r).values())


def test_a_sheet_whose_title_and_name_say_nothing_takes_the_file_name(tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    ws.title = "Hoja1"
    ws.append(HEADER)
    for n, (region, kind, relation) in enumerate(FRUSTRATED, 1):
        ws.append([n, f"{n:02d}/01 Comuna", region, f"Nombre Apellido{n}", 30 + n, kind, relation])
    path = tmp_path / "cl_femicidios_frustrados_2016.xlsx"
    book.save(path)
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="CL")))
    rows = [SimpleNamespace(**r) for r in table_rows(staged.table())]
    totals = {r.admin1: (r.indicator_id, r.value) for r in rows if r.breakdown_value == "_T"}
    assert totals["CL-BI"] == ("intentos_femicidio", 2.0)
    assert totals["CL-MA"] == ("intentos_femicidio", 1.0)
    assert {i for i, _ in totals.values()} == {"intentos_femicidio"}
