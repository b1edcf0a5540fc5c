"""A court's table of cases by stage whose first row is labelled by the fiscal year alone,
above one row per article of the law, rebuilt from ``tests/acceptance/corpus_dev44``'s
workbooks (Puerto Rico's Rama Judicial, the cases under the domestic-violence law, Ley 54, of
2019-2020 and 2020-2021), their cells as written there.

The label column is headed "Año fiscal/delitos": it holds the year and the offences. The row
"2019-2020" counts all the year's cases of the law; the articles' rows are its parts (in
2019-2020 they add up to less: the law's other cases are in no row). That row is the total of
the rows (``_T``), never an offence named "2019-2020" (`tabular/semantic.py:_total_rows`,
`_period_labelled_whole`). A label column whose header names no year keeps a row labelled
by a year as one of its items.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document

HEADER = [
    "Año fiscal/delitos", "Pendiente al inicio", "Casos presentados", "Casos a resolver",
    "Casos resueltos: Condenas", "Casos resueltos: Absoluciones", "Casos resueltos: Archivos",
    "Casos resueltos: Traslados", "Casos resueltos: Otros**", "Casos resueltos: Total",
    "Pendiente al final",
]  # fmt: skip
N = None
# tribCasosCrim20.xlsx (fiscal year 2020-2021), as written
ROWS_2020 = [
    ("2020-2021", 1061, 2175, 3236, 1324, 187, 596, 6, 20, 2133, 1103),
    ("Agresión sexual conyugal Art. 3.5", 19, 23, 42, 2, 2, 1, N, N, 5, 37),
    ("Maltrato agravado Art. 3.2", 82, 391, 473, 75, 28, 78, 1, N, 182, 291),
    ("Maltrato Art 3.1", 148, 1025, 1173, 600, 100, 319, 2, 12, 1033, 140),
    ("Maltrato mediante amenaza Art 3.3", 176, 528, 704, 142, 42, 121, 3, N, 308, 396),
    ("Maltrato mediante restricción de libertad Art. 3.4", 18, 23, 41, 9, 2, 6, N, 1, 18, 23),
    ("Tentativa de maltrato agravado Art 3.2", 11, 2, 13, 10, N, 2, N, 1, 13, N),
    ("Tentativa de maltrato Art 3.1", 468, 2, 470, 425, N, 39, N, 6, 470, N),
    ("Tentativa de maltrato mediante amenaza Art 3.3", 59, N, 59, 54, N, 5, N, N, 59, N),
    ("Violanción orden de protección Art 2.8", 80, 181, 261, 7, 13, 25, N, N, 45, 216),
]


def _rows(path: Path) -> list[SimpleNamespace]:
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="PR")))
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def _write(path: Path, rows: list[tuple[object, ...]], header: list[str]) -> None:
    pd.DataFrame(rows, columns=header).to_excel(path, sheet_name="Sheet1", index=False)


def test_a_row_labelled_by_the_fiscal_year_is_the_whole_of_the_offences(tmp_path: Path) -> None:
    path = tmp_path / "pr_tribunales_casos_ley54_articulo_2020_2021.xlsx"
    _write(path, ROWS_2020, HEADER)
    at = {r.source_locator: r for r in _rows(path)}
    filed = at["Sheet1!C2"]
    assert filed.value == 2175
    assert filed.breakdown_value == "_T"
    assert (filed.period_start, filed.period_end) == ("2020-07-01", "2021-06-30")
    part = at["Sheet1!C5"]
    assert (part.value, part.breakdown_value) == (1025, "Maltrato Art 3.1")
    assert (part.period_start, part.period_end) == ("2020-07-01", "2021-06-30")
    assert not [r for r in at.values() if "2020-2021" in r.breakdown_value]
    assert len(at) == 82


def test_a_year_among_the_items_of_a_column_that_names_no_year_stays_an_item(
    tmp_path: Path,
) -> None:
    path = tmp_path / "pr_tribunales_casos_ley54_articulo_2020_2021.xlsx"
    _write(path, ROWS_2020, ["Delitos", *HEADER[1:]])
    at = {r.source_locator: r for r in _rows(path)}
    assert at["Sheet1!C2"].breakdown_value != "_T"
