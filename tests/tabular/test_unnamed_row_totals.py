"""A column of numbers under no header that is each row's sum of the others is the rows'
total column, published as each row's total with its parts linked to it.

The cells are those of sheet "5_3" of ``tests/acceptance/corpus_dev42``'s
``gt_ine_datos_vcm_2022.xlsx`` (Guatemala's INE gender compendium, 2022's complaints under the
law against femicide by type and the victim's age group): "Tipo de delito", then a column with
no header (17,447 = 58 + 5,765 + 5,921 + 2,193 + 348 + 3,162 on the first row), then "0-14",
"15-29", "30-45", "45-64", "65+", "Ignorado ". Before, the blank header named nothing and its
numbers, all different, were taken for an identifier: the types' totals were not published.
(``tabular/semantic.py:_unnamed_row_totals``.)
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document

HEADER = ["Tipo de delito", None, "0-14", "15-29", "30-45", "45-64", "65+", "Ignorado "]
# sheet "5_3" of gt_ine_datos_vcm_2022.xlsx, as written
ROWS = [
    ("Psicológica", 17447, 58, 5765, 5921, 2193, 348, 3162),
    ("Física", 10332, 45, 4080, 3398, 932, 119, 1758),
    ("Física y psicológica", 9578, 35, 3841, 3011, 829, 90, 1772),
    ("VCM*", 5995, 16, 1958, 2009, 868, 149, 995),
    ("Psicológica y económica", 605, 0, 183, 221, 89, 23, 89),
    ("Física, psicológica y económica", 456, 3, 181, 143, 35, 5, 89),
    ("VCM y económica", 334, 0, 96, 124, 50, 6, 58),
    ("Femicidio", 144, 6, 44, 41, 19, 2, 32),
    ("Física y económica", 120, 1, 46, 42, 10, 0, 21),
    ("Otros tipos", 549, 17, 209, 190, 53, 7, 73),
]


def _rows(path: Path, rows: list[tuple[object, ...]]) -> list[SimpleNamespace]:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "5_3"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    staged = extract_document(
        path, path.name, IngestOptions(overrides=Overrides(country="GT"), use_cache=False)
    )
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def test_the_unnamed_column_of_row_sums_is_each_types_total(tmp_path: Path) -> None:
    rows = _rows(tmp_path / "gt_ine_datos_vcm_2022.xlsx", ROWS)
    at = {r.source_locator: r for r in rows}
    total = at["5_3!B2"]
    assert (total.value, total.period_start) == (17447.0, "2022-01-01")
    assert (total.breakdown_dimension, total.breakdown_value) == ("tipo_delito", "Psicológica")
    part = at["5_3!C2"]
    assert (part.value, part.breakdown_value) == (58.0, "Psicológica | 0-14")
    assert part.parent_observation_id == total.observation_id  # the part of its total
    assert len(rows) == 70  # 10 totals and 60 cells of the age groups


def test_a_column_that_does_not_add_up_is_never_a_total(tmp_path: Path) -> None:
    # guard: the same column with one row that is not its row's sum (17,446) is not the rows'
    # totals: nothing of it is published, as before
    broken = [(*ROWS[0][:1], 17446, *ROWS[0][2:]), *ROWS[1:]]
    rows = _rows(tmp_path / "gt_ine_datos_vcm_2022.xlsx", broken)
    assert not [r for r in rows if r.source_locator.startswith("5_3!B")]
    assert len(rows) == 60
