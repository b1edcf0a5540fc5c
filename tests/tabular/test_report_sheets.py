"""Report sheets of a statistics office and a register without identifiers.

Rebuilt, small, from the third development set (tests/acceptance/corpus_dev3): Guatemala's
statistics office prints each table under a title, with a breakdown named over its columns
("Tipo de delito" over the types), blank rows under the header, footnote markers glued to
labels and years ("Violencia contra la mujer2/", "20221/"), notes under the table
("1/: Información preliminar..."), "República de Guatemala" over the title, and columns of
check sums with no header. Peru's emergency centres keep one feminicide per row with the
victim's age and answers coded 0-9, and no case number. Figures are the real files'.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.tabular import layout


def ingest(path: Path, **overrides: str) -> list[SimpleNamespace]:
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(**overrides)))
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def workbook(path: Path, rows: list[list[object]], merged: tuple[str, ...] = ()) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "5.9"
    for row in rows:
        sheet.append(row)
    for cells in merged:
        sheet.merge_cells(cells)
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Violencia contra la mujer2/", "Violencia contra la mujer"),
        ("20221/", "2022"),
        ("2022⅟", "2022"),
        ("Serie histórica 2018-20221/", "Serie histórica 2018-2022"),
        ("2022", "2022"),
        ("Casos 2019", "Casos 2019"),
        ("Bufetes Populares2", "Bufetes Populares2"),  # no slash: not surely a marker
    ],
)
def test_markers_glued_to_labels_and_years(label: str, expected: str) -> None:
    assert layout.strip_marker(label) == expected


def test_a_report_sheet_with_a_breakdown_named_over_its_columns(tmp_path: Path) -> None:
    path = workbook(tmp_path / "denuncias_edad.xlsx", [
        ["Denuncias por tipo de delito, según grupos quinquenales de edad. Año 20221/"],
        [],
        ["Grupos quinquenales de edad", "Tipo de delito"],
        [None, "Total", "Violencia física", "Violencia contra la mujer2/", "Femicidio"],
        [],
        ["Total", 16471, 10332, 5995, 144],
        [],
        ["20 a 24 ", 2518, 1699, 800, 19],
        ["25 a 29 ", 2679, 1810, 853, 16],
        ["Fuente: Instituto Nacional de Estadística, con datos del Ministerio Público."],
        ["1/: Información preliminar, 2022 según el Ministerio Público."],
        ["2/: Incluye casos que no reportaron desagregación por tipo de violencia."],
    ], merged=("A3:A4", "B3:E3"))  # fmt: skip
    out = ingest(path, country="GT")
    cells = {o.source_locator: o for o in out}
    femicides = cells["5.9!E8"]
    assert (femicides.value, femicides.period_start, femicides.period_end) == (
        19, "2022-01-01", "2022-12-31")  # fmt: skip
    assert femicides.breakdown_value == "20 a 24 | Femicidio"
    assert cells["5.9!D8"].breakdown_value == "20 a 24 | Violencia contra la mujer"
    assert cells["5.9!B8"].breakdown_value == "20 a 24"  # the Total column: all types
    assert cells["5.9!E6"].breakdown_value == "Femicidio"  # the Total row: all ages
    assert cells["5.9!E8"].parent_observation_id and cells["5.9!E8"].other_total_observation_id
    assert len(out) == 12  # 3 rows x 4 columns; the notes' 2022 is no value
    assert {o.admin1 for o in out} == {""}


def test_republica_de_guatemala_over_a_national_table_is_no_department(tmp_path: Path) -> None:
    path = workbook(tmp_path / "violencia_intrafamiliar.xlsx", [
        ["República de Guatemala"],
        ["Población víctima de violencia intrafamiliar por sexo, según institución"],
        ["Institución que recibió la denuncia", None, 2018, None, None, 2019, None, None],
        [None, None, "Ambos sexos", "Hombres", "Mujeres", "Ambos sexos", "Hombres", "Mujeres"],
        ["Total", 61890, 29992, 3738, 26254, 31898, 4289, 27609],
        ["Ministerio Público", 3943, 1749, 28, 1721, 2194, 59, 2135],
        ["Policía Nacional Civil", 23944, 10670, 1527, 9143, 13274, 2077, 11197],
        ["1/Cifras preliminares."],
    ])  # fmt: skip
    out = ingest(path)
    assert {(o.country, o.admin1) for o in out} == {("GT", "")}
    police_women_2019 = next(o for o in out if o.source_locator == "5.9!H7")
    assert police_women_2019.value == 11197 and police_women_2019.period_start == "2019-01-01"
    assert "Policía Nacional Civil" in police_women_2019.breakdown_value
    # column B has no header, but each of its values is the sum of the row's "Ambos sexos"
    # over 2018 and 2019 (61890 = 29992 + 31898): both sexes over those two years
    sums = {o.source_locator: o for o in out if o.source_locator.startswith("5.9!B")}
    assert {loc: o.value for loc, o in sums.items()} == {
        "5.9!B5": 61890, "5.9!B6": 3943, "5.9!B7": 23944}  # fmt: skip
    assert {(o.period_start, o.period_end) for o in sums.values()} == {
        ("2018-01-01", "2019-12-31")}  # fmt: skip
    assert sums["5.9!B5"].breakdown_value == "_T"


def test_a_register_of_people_with_coded_answers_and_no_case_number(tmp_path: Path) -> None:
    head = "MES_FEMINICIDIO,VICTIMA_EDAD,VICTIMA_NRO_HIJOS,DPTO_OCURRIO,AGRESOR_EDAD,VINCULO,"
    head += "ALCOHOL_DROGAS,AGRESOR_TRABAJA,LUGAR_DEL_FEMINICIDIO,SITUACION_DEL_AGRESOR"
    rows = [head]
    for k in range(40):  # 40 feminicides over the twelve months, in two departments
        dept = "PUNO" if k % 5 == 0 else "CUSCO"
        rows.append(
            f"{1 + k % 12},{20 + k},{k % 4},{dept},{71 + k % 9},CONVIVIENTE,{k % 2},1,{k % 9},2"
        )
    path = tmp_path / "casos_feminicidio.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = ingest(path, country="PE", period="2019")  # the file does not say its year
    totals = [o for o in out if o.breakdown_dimension == "_T"]
    assert sum(o.value for o in totals) == 40
    puno = sum(o.value for o in totals if o.admin1 == "PE-PUN")
    assert puno == 8 and {o.admin1 for o in totals} == {"PE-PUN", "PE-CUS"}
    january = sum(o.value for o in totals if o.period_start == "2019-01-01")
    assert january == 4  # rows 0, 12, 24 and 36
    values = {o.value for o in out}
    assert not values & set(range(71, 80))  # the aggressors' ages are never values
    assert not [o for o in out if "EDAD" in o.indicator_label or "edad" in o.breakdown_dimension]
