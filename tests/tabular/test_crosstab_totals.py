"""A crosstab with a total row and a total column: every cell linked to both its totals.

Rebuilt, small, from the shape of Guatemala's statistics office tables
(tests/acceptance/corpus_dev3): departments down, types of offence across, a "Total" column
before the types and a "Total" row above the departments. Each part's first total is
``parent_observation_id``, its other total ``other_total_observation_id``; the totals stay
totals (breakdown ``_T``) and the parts of each row and of each column are checked against
their total, so a wrong total in either direction is reported.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document


def ingest(path: Path) -> tuple[dict[str, SimpleNamespace], list[str]]:
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="GT")))
    cells = {str(r["source_locator"]): SimpleNamespace(**r) for r in table_rows(staged.table())}
    mismatches = [str(i.source_locator) for i in staged.issues if i.code == "parts-mismatch"]
    return cells, mismatches


def crosstab(path: Path, *, total_of_guatemala: int = 30, total_of_femicidio: int = 5) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "5.8"
    for row in (
        ["Denuncias por tipo de delito, según departamento. Año 2022"],
        ["Departamento", "Tipo de delito"],
        [None, "Total", "Violencia física", "Femicidio"],
        ["Total", 40, 35, total_of_femicidio],
        ["Guatemala", total_of_guatemala, 27, 3],
        ["Jutiapa", 10, 8, 2],
        ["Fuente: Instituto Nacional de Estadística."],
    ):
        sheet.append(row)
    book.save(path)
    return path


def test_each_cell_links_to_its_row_total_and_its_column_total(tmp_path: Path) -> None:
    cells, mismatches = ingest(crosstab(tmp_path / "denuncias.xlsx"))
    assert mismatches == []
    part = cells["5.8!D5"]  # Guatemala, Femicidio
    assert (part.value, part.admin1, part.breakdown_value) == (3, "GT-01", "Femicidio")
    row_total, column_total = cells["5.8!B5"], cells["5.8!D4"]
    assert (row_total.value, row_total.admin1, row_total.breakdown_value) == (30, "GT-01", "_T")
    assert (column_total.value, column_total.admin1, column_total.breakdown_value) == (
        5, "", "Femicidio")  # fmt: skip
    links = {part.parent_observation_id, part.other_total_observation_id}
    assert links == {row_total.observation_id, column_total.observation_id}
    # every part has both links; the totals link to the grand total, never to a part
    grand = cells["5.8!B4"]
    assert grand.value == 40 and grand.parent_observation_id == ""
    for loc in ("5.8!C5", "5.8!D5", "5.8!C6", "5.8!D6"):
        assert cells[loc].parent_observation_id and cells[loc].other_total_observation_id
    for loc in ("5.8!B5", "5.8!B6", "5.8!C4", "5.8!D4"):
        total = cells[loc]
        assert grand.observation_id in {
            total.parent_observation_id,
            total.other_total_observation_id,
        }
        assert total.breakdown_value == "_T" or total.admin1 == ""
    # no value is counted twice: the parts add up to the grand total, once
    ids = {c.observation_id for c in cells.values()}
    linked = {c.parent_observation_id for c in cells.values()} | {
        c.other_total_observation_id for c in cells.values()
    }
    leaves = [c.value for c in cells.values() if c.observation_id not in linked & ids]
    assert sorted(leaves) == [2, 3, 8, 27] and sum(leaves) == grand.value
    assert len(cells) == 9  # 4 parts, 2 row totals, 2 column totals, the grand total


def test_a_wrong_row_total_is_reported(tmp_path: Path) -> None:
    _, mismatches = ingest(crosstab(tmp_path / "denuncias.xlsx", total_of_guatemala=31))
    assert "5.8!B5" in mismatches  # Guatemala's 27 + 3 is not 31
    assert "5.8!D4" not in mismatches


def test_a_wrong_column_total_is_reported(tmp_path: Path) -> None:
    _, mismatches = ingest(crosstab(tmp_path / "denuncias.xlsx", total_of_femicidio=6))
    assert "5.8!D4" in mismatches  # Femicidio's 3 + 2 is not 6
    assert "5.8!B5" not in mismatches


def _both_links(cells: dict[str, SimpleNamespace], part: str, row: str, column: str) -> bool:
    links = {cells[part].parent_observation_id, cells[part].other_total_observation_id}
    return links == {cells[row].observation_id, cells[column].observation_id}


def test_the_generic_reader_links_each_cell_to_both_totals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from genero_etl.tabular import semantic

    monkeypatch.setattr(semantic, "read_table", lambda *a, **k: None)  # no layout fits
    cells, mismatches = ingest(crosstab(tmp_path / "denuncias.xlsx", total_of_femicidio=6))
    assert {c.extraction_method for c in cells.values()} == {"table.inferred"}
    assert _both_links(cells, "5.8!D5", "5.8!B5", "5.8!D4")  # Guatemala, Femicidio
    assert _both_links(cells, "5.8!C6", "5.8!B6", "5.8!C4")  # Jutiapa, Violencia física
    grand = cells["5.8!B4"]
    row_total = cells["5.8!B5"]
    assert grand.observation_id in {
        row_total.parent_observation_id,
        row_total.other_total_observation_id,
    }
    # the parts of the Femicidio column are checked against its total, 3 + 2 against 6;
    # the Total row's too, against the grand total (35 + 6 is not 40)
    assert sorted(mismatches) == ["5.8!B4", "5.8!D4"]


def test_the_template_path_links_each_cell_to_both_totals(tmp_path: Path) -> None:
    header = ["Año", "Clave_Ent", "Entidad", "Cve. Municipio", "Municipio",
              "Bien jurídico afectado", "Tipo de delito", "Subtipo de delito", "Modalidad",
              "Enero", "Febrero", "Total"]  # fmt: skip
    crime = ["La familia", "Violencia familiar", "Violencia familiar", "Violencia familiar"]
    lines = [
        header,
        [2024, 1, "Aguascalientes", 1001, "Aguascalientes", *crime, 4, 6, 10],
        [2024, 1, "Aguascalientes", 1005, "Jesús María", *crime, 1, 2, 3],
        [2024, 1, "Aguascalientes", "", "", "", "", "Total", "", 5, 8, 13],
    ]
    path = tmp_path / "IDM_NM_feb2024.csv"
    path.write_text("\n".join(",".join(map(str, x)) for x in lines) + "\n", encoding="utf-8")
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="MX")))
    cells = {str(r["source_locator"]): SimpleNamespace(**r) for r in table_rows(staged.table())}
    assert {c.extraction_method for c in cells.values()} == {"template:sesnsp_municipal"}
    assert _both_links(cells, "J2", "L2", "J4")  # January of Aguascalientes: 4 of 10, of 5
    assert _both_links(cells, "K3", "L3", "K4")
    grand = cells["L4"]
    assert grand.value == 13 and grand.parent_observation_id == ""
    assert cells["L2"].other_total_observation_id == grand.observation_id
    assert cells["J4"].parent_observation_id == grand.observation_id
    assert [i.source_locator for i in staged.issues if i.code == "parts-mismatch"] == []
