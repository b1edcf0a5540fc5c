"""A headerless column of numbers beside years across: dated as the span of the years whose
columns it sums, with the breakdown of those columns; left out when it sums nothing.

Rebuilt, small, from the shape of Guatemala's statistics office report sheets
(tests/acceptance/corpus_dev3): years written over sexes, a column with no header before
the years that holds each row's women over all the years, and a copy of it after them.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document


def sheet(path: Path, check: list[int]) -> dict[str, SimpleNamespace]:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = "5.7"
    body = [
        ["Institución", None, 2018, None, None, 2019, None, None],
        [None, None, "Ambos sexos", "Hombres", "Mujeres", "Ambos sexos", "Hombres", "Mujeres"],
        ["Total", check[0], 50, 10, 40, 70, 20, 50],
        ["Ministerio Público", check[1], 30, 5, 25, 40, 10, 30],
        ["Policía Nacional Civil", check[2], 20, 5, 15, 30, 10, 20],
    ]
    ws.append(["Víctimas de violencia intrafamiliar por sexo, según institución"])
    ws.append([])
    for i, row in enumerate(body):
        ws.append([*row, check[i - 2] if i >= 2 else None])  # the copy after the years
    book.save(path)
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="GT")))
    return {str(r["source_locator"]): SimpleNamespace(**r) for r in table_rows(staged.table())}


def test_a_headerless_sum_of_the_womens_columns_is_their_span_total(tmp_path: Path) -> None:
    cells = sheet(tmp_path / "victimas.xlsx", [90, 55, 35])
    police = cells["5.7!B7"]
    assert police.value == 35  # 15 women in 2018 + 20 in 2019
    assert (police.period_start, police.period_end) == ("2018-01-01", "2019-12-31")
    assert police.breakdown_value.endswith("mujeres")  # not both sexes: the women's sum
    assert "Policía Nacional Civil" in police.breakdown_value
    total = cells["5.7!B5"]
    assert (total.value, total.breakdown_value) == (90, "mujeres")
    assert not [loc for loc in cells if loc.startswith("5.7!I")]  # the copy, once


def test_a_headerless_column_that_sums_nothing_is_left_out(tmp_path: Path) -> None:
    cells = sheet(tmp_path / "victimas.xlsx", [91, 55, 36])  # not any label's sum
    assert not [loc for loc in cells if loc.startswith(("5.7!B", "5.7!I"))]
    assert cells["5.7!E7"].value == 15
