"""Tables of services to victims, rebuilt from ``tests/acceptance/corpus_dev38``: Puerto Rico's
women's ombudsman's victims attended by gender (``pr_opm_victimas_genero_2020_2026.xlsx``), its
cells as written there.

- a breakdown down (its header a dimension: "Género") and the periods across, each in its
  column's header, nothing else: each cell the count of its row's value in its column's period,
  never a list of indicators, one per gender."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import openpyxl

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document

# "Sheet1" of pr_opm_victimas_genero_2020_2026.xlsx, whole
OPM_HEADER = [
    "Género",
    "Cantidad de víctimas (enero - diciembre 2020)",
    "Cantidad de víctimas (enero - diciembre 2021)",
    "Cantidad de víctimas (enero - diciembre 2022)",
    "Cantidad de víctimas (enero - diciembre 2023)",
    "Cantidad de víctimas (enero - diciembre 2024)",
    "Cantidad de víctimas (enero - diciembre 2025)",
    "Cantidad de víctimas (enero - abril 2026)",
]
OPM_ROWS = [
    ["Femenino", 920, 1182, 1318, 984, 1369, 1540, 335],
    ["Masculino", 36, 45, 79, 33, 94, 103, 15],
    ["Trans", 2, 1, 2, 0, 0, 1, 1],
    ["No informó", 7, 14, 55, 21, 32, 82, 36],
]


def _book(path: Path, header: list[object], rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sheet1"
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _out(path: Path) -> list[SimpleNamespace]:
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="PR")))
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def test_genders_down_and_periods_across_are_a_breakdown_not_indicators(tmp_path: Path) -> None:
    rows = _out(_book(tmp_path / "pr_opm_victimas_genero.xlsx", OPM_HEADER, OPM_ROWS))
    assert len(rows) == 28
    by_cell = {r.source_locator: r for r in rows}
    first = by_cell["Sheet1!B2"]
    assert first.value == 920
    assert (first.period_start, first.period_end) == ("2020-01-01", "2020-12-31")
    assert (first.breakdown_dimension, first.breakdown_value) == ("sexo", "mujeres")
    assert first.indicator_label == "Cantidad de víctimas"
    assert first.extraction_method == "table.wide"
    # the last column counts January to April 2026, not the year
    last = by_cell["Sheet1!H5"]
    assert last.value == 36
    assert (last.period_start, last.period_end) == ("2026-01-01", "2026-04-30")
    assert (last.breakdown_dimension, last.breakdown_value) == ("sexo", "No informó")
    # no gender is an indicator of its own: one label for the whole table
    assert {r.indicator_label for r in rows} == {"Cantidad de víctimas"}
    assert {r.breakdown_value for r in rows} == {"mujeres", "varones", "Trans", "No informó"}
    # the years of the headers are periods, never values
    assert not {2020, 2021, 2022, 2023, 2024, 2025, 2026} & {r.value for r in rows}


def test_a_label_column_that_names_no_dimension_stays_a_list_of_indicators(
    tmp_path: Path,
) -> None:
    """The same cells under a header that is no breakdown of the lexicon ("Indicador"): the
    rows stay the indicators they name, read as before."""
    rows = _out(_book(tmp_path / "indicadores.xlsx", ["Indicador", *OPM_HEADER[1:]], OPM_ROWS))
    assert len(rows) == 28
    assert {r.breakdown_value for r in rows} == {"_T"}
    assert "Femenino" in {r.indicator_label.split(" | ")[0] for r in rows}
