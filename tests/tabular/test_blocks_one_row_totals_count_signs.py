"""Women magistrates by court and a police register's summaries (the eleventh development
set's shapes, tests/acceptance/corpus_dev11, rebuilt small; the figures are the real files'):
two tables stacked in one sheet under the same header, each under its own heading, each a
women's row and a "TOTAL" row repeating it; the same figures long, the court in a column
right of the values; a relation's count headed only "#" beside its share "%"."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from openpyxl import Workbook

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document

APPEALS = "MAGISTRADAS DE LA SALA DE LA CORTE SUPREMA DE APELACIONES"
SUPREME = "MAGISTRADAS DE LA SALA DE LA CORTE SUPREMA DE JUSTICIA"


def ingest(path: Path, country: str = "") -> tuple[list[SimpleNamespace], list[str]]:
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country=country)))
    rows = [SimpleNamespace(**r) for r in table_rows(staged.table())]
    return rows, [i.code for i in staged.issues]


def _blocks(path: Path, totals: tuple[list[int], list[int]]) -> None:
    book = Workbook()
    ws = book.active
    ws.title = "6.4"
    ws.append(["CANTIDAD DE MUJERES MAGISTRADAS DE SALAS DE LA CORTE DE APELACIONES Y CORTE "
               "SUPREMA DE JUSTICIA, A NIVEL NACINAL, CORRESPONDIENTE AL AÑO  2018 AL 2022"])  # fmt: skip
    ws.append([])
    for heading, women, total in (
        (APPEALS, [55, 76, 78], totals[0]),
        (SUPREME, [6, 4, 4], totals[1]),
    ):
        ws.append([heading])
        ws.append(["Género", 2018, 2019, 2020])
        ws.append(["MUJERES ", *women])
        ws.append(["TOTAL", *total])
        ws.append([])
    book.save(path)


def test_stacked_tables_are_told_apart_by_their_headings_and_a_total_of_one_row_is_not_published(
    tmp_path: Path,
) -> None:
    path = tmp_path / "magistradas.xlsx"
    _blocks(path, ([55, 76, 78], [6, 4, 4]))
    rows, codes = ingest(path, "GT")
    got = {(r.source_locator, r.period_start[:4], r.breakdown_value): r.value for r in rows}
    # each court its own women, never two values for one key; no "TOTAL" of all magistrates
    assert got == {
        ("6.4!B5", "2018", f"{APPEALS} | MUJERES"): 55.0,
        ("6.4!C5", "2019", f"{APPEALS} | MUJERES"): 76.0,
        ("6.4!D5", "2020", f"{APPEALS} | MUJERES"): 78.0,
        ("6.4!B10", "2018", f"{SUPREME} | MUJERES"): 6.0,
        ("6.4!C10", "2019", f"{SUPREME} | MUJERES"): 4.0,
        ("6.4!D10", "2020", f"{SUPREME} | MUJERES"): 4.0,
    }
    assert {r.breakdown_dimension for r in rows} == {"seccion+genero"}
    assert {r.country for r in rows} == {"GT"}
    assert codes.count("total-of-one-row") == 2
    assert "table-values-collapse" not in codes


def test_a_total_larger_than_its_one_row_stays_a_total(tmp_path: Path) -> None:
    path = tmp_path / "magistradas_y_otros.xlsx"
    _blocks(path, ([60, 76, 80], [6, 4, 4]))  # the first court's total counts more than women
    rows, codes = ingest(path, "GT")
    totals = {
        (r.source_locator, r.period_start[:4], r.breakdown_value): r.value
        for r in rows
        if r.breakdown_dimension == "seccion"  # the court's total, its heading the breakdown
    }
    assert totals == {
        ("6.4!B6", "2018", APPEALS): 60.0,
        ("6.4!C6", "2019", APPEALS): 76.0,
        ("6.4!D6", "2020", APPEALS): 80.0,
    }
    assert "parts-mismatch" in codes  # 55 women of 60: the others are not in the table
    assert codes.count("total-of-one-row") == 1  # the supreme court's block only


def test_a_text_column_right_of_the_values_tells_apart_rows_of_one_year(tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    ws.title = "6.4Limpia"
    ws.append(["x", "y", "z"])
    for year, n in zip((2018, 2019, 2020), (55, 76, 78), strict=True):
        ws.append([year, n, "Corte de apelaciones"])
    for year, n in zip((2018, 2019, 2020), (6, 4, 4), strict=True):
        ws.append([year, n, "Corte Suprema de Justicia"])
    path = tmp_path / "magistradas_limpia.xlsx"
    book.save(path)
    rows, codes = ingest(path, "GT")
    got = {
        (r.source_locator, r.period_start[:4], r.breakdown_dimension, r.breakdown_value): r.value
        for r in rows
    }
    assert got == {
        ("6.4Limpia!B2", "2018", "z", "Corte de apelaciones"): 55.0,
        ("6.4Limpia!B3", "2019", "z", "Corte de apelaciones"): 76.0,
        ("6.4Limpia!B4", "2020", "z", "Corte de apelaciones"): 78.0,
        ("6.4Limpia!B5", "2018", "z", "Corte Suprema de Justicia"): 6.0,
        ("6.4Limpia!B6", "2019", "z", "Corte Suprema de Justicia"): 4.0,
        ("6.4Limpia!B7", "2020", "z", "Corte Suprema de Justicia"): 4.0,
    }
    assert "table-values-collapse" not in codes


RELATIONS = [
    ("Cohabitante", 281, 0.231086),
    ("Ex-Consensual", 269, 0.221217),
    ("Cónyuge por Acuerdo Consensual", 201, 0.165296),
    ("Ex-Cohabitante", 176, 0.144737),
    ("Cónyuge", 154, 0.126645),
    ("Ex-Cónyuge", 61, 0.050164),
]


def test_a_count_headed_only_by_its_sign_beside_its_share_is_published(tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    ws.title = "RELACION"
    ws.append(["Relación", "#", "%"])
    for row in RELATIONS:
        ws.append(list(row))
    path = tmp_path / "relacion_2023.xlsx"
    book.save(path)
    rows, _ = ingest(path, "PR")
    counts = {
        (r.source_locator, r.breakdown_dimension, r.breakdown_value): r.value
        for r in rows
        if r.unit != "%"
    }
    assert counts == {
        ("RELACION!B2", "vinculo", "Cohabitante"): 281.0,
        ("RELACION!B3", "vinculo", "Ex-Consensual"): 269.0,
        ("RELACION!B4", "vinculo", "Cónyuge por Acuerdo Consensual"): 201.0,
        ("RELACION!B5", "vinculo", "Ex-Cohabitante"): 176.0,
        ("RELACION!B6", "vinculo", "Cónyuge"): 154.0,
        ("RELACION!B7", "vinculo", "Ex-Cónyuge"): 61.0,
    }
    assert {r.period_start for r in rows} == {"2023-01-01"}  # the file name's year


def test_a_sign_over_row_numbers_stays_a_row_number(tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    ws.title = "RELACION"
    ws.append(["#", "Relación", "Casos", "%"])
    for i, (name, n, share) in enumerate(RELATIONS, start=1):
        ws.append([i, name, n, share])
    path = tmp_path / "relacion_numerada_2023.xlsx"
    book.save(path)
    rows, _ = ingest(path, "PR")
    counts = sorted(r.value for r in rows if r.unit != "%")
    assert counts == [61.0, 154.0, 176.0, 201.0, 269.0, 281.0]  # the cases, never 1..6
    assert all(r.source_locator[len("RELACION!") :][0] != "A" for r in rows)
