"""Colombia's police's yearly homicide workbooks, on real cells of tests/acceptance/corpus_dev34.

The DIJIN's files as the police publishes them (reynellbadillo/homicidios_Colombia_2003_2024,
raw_data/): the letterhead and a title naming the period above the header, one row per
municipality, day and (from 2011) means, gender and age group with a count, and below the
table the source and the officers who made it. Three classes of error of the first run:

- 2015: the "TOTAL" row is merged across the seven key columns (A:G), each merged cell
  filled with "TOTAL": the column of means seemed to hold a "TOTAL" item, the total of the
  others, and the means were read as items never summed (4,134 of 12,460 victims published);
- 2015: "ARMAS MEDIOS" lists 16 means, more than a breakdown by count of values: its header
  says it is the weapon (roles.yaml ``category.arma``);
- 2003-2010: "AÑO", the date's year on every row, dated the rows by year beside "FECHA DE
  HECHO"; and "Bogotá D.C. (CT)" under "CUNDINAMARCA" is Bogotá (CO-DC, 11001), the capital
  district, never a place of Cundinamarca.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from openpyxl import Workbook
from tests.tabular.staged import read

from genero_etl.normalize import places

LETTERHEAD = [
    "MINISTERIO DE DEFENSA NACIONAL",
    "POLICÍA NACIONAL",
    None,
    None,
    None,
    "DIRECCIÓN DE INVESTIGACIÓN CRIMINAL E INTERPOL",
    "GRUPO DE INFORMACION DE CRIMINALIDAD",
    "HOMICIDIOS ",
]
HEADER_2015 = [
    "DEPARTAMENTO", "MUNICIPIO", "CODIGO DANE", "ARMAS MEDIOS", "FECHA HECHO", "GENERO",
    "AGRUPA EDAD PERSONA", "CANTIDAD",
]  # fmt: skip
# co_policia_homicidios_2015.xlsx, rows 12-7865: the first row of each of the 16 means, and
# Medellín's homicides by firearm of 1-17 January (rows 64, 117, 301, 396, 426, 448, 499, 523)
ROWS_2015 = [
    ("ANTIOQUIA", "AMAGÁ", 5030000, "ARMA BLANCA / CORTOPUNZANTE", "2015-01-01", "MASCULINO", "ADULTOS", 1),
    ("ANTIOQUIA", "MEDELLÍN (CT)", 5001000, "ARMA DE FUEGO", "2015-01-01", "MASCULINO", "ADULTOS", 2),
    ("ANTIOQUIA", "MEDELLÍN (CT)", 5001000, "CONTUNDENTES", "2015-01-01", "MASCULINO", "ADULTOS", 1),
    ("ANTIOQUIA", "MEDELLÍN (CT)", 5001000, "ARMA DE FUEGO", "2015-01-02", "MASCULINO", "ADULTOS", 2),
    ("CALDAS", "VICTORIA", 17867000, "CUERDA/SOGA/CADENA", "2015-01-01", "FEMENINO", "ADULTOS", 1),
    ("META", "MESETAS", 50330000, "MINA ANTIPERSONA", "2015-01-03", "MASCULINO", "ADULTOS", 1),
    ("ANTIOQUIA", "MEDELLÍN (CT)", 5001000, "ARMA DE FUEGO", "2015-01-09", "MASCULINO", "ADULTOS", 1),
    ("ANTIOQUIA", "MEDELLÍN (CT)", 5001000, "ARMA DE FUEGO", "2015-01-12", "MASCULINO", "ADULTOS", 1),
    ("ANTIOQUIA", "MEDELLÍN (CT)", 5001000, "ARMA DE FUEGO", "2015-01-13", "MASCULINO", "ADULTOS", 3),
    ("ANTIOQUIA", "MEDELLÍN (CT)", 5001000, "ARMA DE FUEGO", "2015-01-14", "MASCULINO", "ADULTOS", 1),
    ("ANTIOQUIA", "CONCORDIA", 5209000, "BOLSA PLASTICA", "2015-01-15", "MASCULINO", "ADULTOS", 1),
    ("ANTIOQUIA", "MEDELLÍN (CT)", 5001000, "ARMA DE FUEGO", "2015-01-16", "MASCULINO", "ADULTOS", 1),
    ("ANTIOQUIA", "MEDELLÍN (CT)", 5001000, "ARMA DE FUEGO", "2015-01-17", "MASCULINO", "ADULTOS", 1),
    ("NORTE DE SANTANDER", "CÚCUTA (CT)", 54001000, "COMBUSTIBLE", "2015-01-26", "MASCULINO", "ADULTOS", 1),
    ("ANTIOQUIA", "CÁCERES", 5120000, "ARTEFACTO EXPLOSIVO/CARGA DINAMITA", "2015-02-05", "MASCULINO", "ADOLESCENTES", 1),
    ("VALLE", "EL ÁGUILA", 76243000, "ALMOHADA", "2015-03-08", "MASCULINO", "ADULTOS", 1),
    ("CAUCA", "CALOTO", 19142000, "NO REPORTADO", "2015-03-25", "MASCULINO", "ADULTOS", 1),
    ("NORTE DE SANTANDER", "OCAÑA", 54498000, "GRANADA DE MANO", "2015-04-10", "MASCULINO", "ADULTOS", 1),
    ("QUINDÍO", "ARMENIA (CT)", 63001000, "VENENO", "2015-04-19", "FEMENINO", "MENORES", 2),
    ("ANTIOQUIA", "MEDELLÍN (CT)", 5001000, "CINTAS/CINTURON", "2015-06-07", "MASCULINO", "ADULTOS", 1),
    ("CESAR", "CHIMICHAGUA", 20175000, "POLVORA(FUEGOS PIROTECNICOS)", "2015-08-08", "MASCULINO", "MENORES", 1),
    ("VALLE", "BUENAVENTURA", 76109000, "SUSTANCIAS TOXICAS", "2015-08-10", "FEMENINO", "ADULTOS", 1),
    ("NORTE DE SANTANDER", "SANTIAGO", 54680000, "ARTEFACTO INCENDIARIO", "2015-10-10", "MASCULINO", "ADULTOS", 1),
]  # fmt: skip
OFFICERS_2015 = [
    "Elaborado: PT Javier Andres Lozano Rodríguez",
    "Revisado: ST Jhon Albarracin",
]


def _book_2015(tmp_path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "CH2138_20200715_131455"
    for line in [*LETTERHEAD, "PERÍODO DEL 01 DE ENERO AL 31 DE DICIEMBRE AÑO 2015", None]:
        sheet.append([line])
    sheet.append(HEADER_2015)
    for row in ROWS_2015:
        day = dt.datetime.fromisoformat(row[4])
        sheet.append([*row[:4], day, *row[5:]])
    total = sheet.max_row + 1
    sheet.append(["TOTAL", None, None, None, None, None, None, sum(r[7] for r in ROWS_2015)])
    sheet.merge_cells(f"A{total}:G{total}")  # as the police's file merges it
    sheet.append(
        ["FUENTE: DIJIN-POLICÍA NACIONAL. DATOS EXTRAIDOS EL DIA 15 DE JULIO DEL AÑO 2020."]
    )
    for line in OFFICERS_2015:
        sheet.append([line])
    path = tmp_path / "co_policia_homicidios_2015.xlsx"
    book.save(path)
    return path


def test_a_total_merged_across_the_keys_is_no_item_of_the_means(tmp_path: Path) -> None:
    out = read(_book_2015(tmp_path), country="CO")
    parts = [o for o in out if o.breakdown_dimension != "_T" or o.municipality_code]
    # every victim counted: the 28 of the 23 rows, in their municipalities' months
    assert sum(o.value for o in parts) == 28
    # the means are a breakdown, never an indicator named by each means (first run:
    # "ARMA DE FUEGO" the label of its own unclassified count)
    assert not any(o.indicator_label in {"ARMA DE FUEGO", "ALMOHADA"} for o in out)
    by_means: dict[str, float] = defaultdict(float)
    for o in parts:
        assert "arma" in o.breakdown_dimension.split("+")
        by_means[o.breakdown_value.split(" | ")[0]] += o.value
    assert len(by_means) == 16
    assert by_means["ARMA DE FUEGO"] == 12  # Medellín's 12 of 1-17 January
    assert by_means["VENENO"] == 2  # Armenia's two girls of 19 April
    medellin = [
        o for o in parts if o.municipality_code == "05001" and o.period_start == "2015-01-01"
    ]
    assert {o.period_end for o in medellin} == {"2015-01-31"}
    assert sum(o.value for o in medellin) == 13  # 12 by firearm and one by a blunt object
    # the officers who made the table are no one's data to publish
    assert not any(
        "Lozano" in f"{o.indicator_label} {o.breakdown_value} {o.source_text}" for o in out
    )


def test_the_weapons_header_makes_a_breakdown_of_any_number_of_means() -> None:
    import pandas as pd

    from genero_etl.tabular.lexicon import load_lexicon
    from genero_etl.tabular.roles import infer_roles, profile_column

    lex = load_lexicon()
    means = [r[3] for r in ROWS_2015]  # 16 means, more than a breakdown by its values alone
    data = pd.DataFrame({0: means})
    found = infer_roles([profile_column(data, 0, "ARMAS MEDIOS", lex)], lex)[0]
    assert (found.role, found.kind) == ("category", "arma")
    # a kind of weapon ("tipo_arma": PISTOLA, CUCHILLO) stays the kind it was read as, and a
    # column headed "Arma" alone is read by its values, as before
    data = pd.DataFrame({0: ["PISTOLA", "CUCHILLO", "PISTOLA", "REVOLVER"] * 3})
    assert infer_roles([profile_column(data, 0, "tipo_arma", lex)], lex)[0].kind != "arma"
    data = pd.DataFrame({0: means})
    assert infer_roles([profile_column(data, 0, "arma", lex)], lex)[0].role == "ignored"


HEADER_0310 = ["DEPARTAMENTO ", "MUNICIPIO ", "FECHA DE HECHO ", "DIA SEMANA ", "AÑO ", "CANTIDAD "]
# co_policia_homicidios_2003_2010.xlsx, rows 36061-36064 (Bogotá) and 40700-40702 (Soacha)
ROWS_0310 = [
    ("CUNDINAMARCA", "Bogotá D.C. (CT)", "2003-01-01", "Miércoles", 2003, 15),
    ("CUNDINAMARCA", "Bogotá D.C. (CT)", "2003-01-02", "Jueves", 2003, 2),
    ("CUNDINAMARCA", "Bogotá D.C. (CT)", "2003-01-03", "Viernes", 2003, 1),
    ("CUNDINAMARCA", "Bogotá D.C. (CT)", "2003-01-04", "Sábado", 2003, 1),
    ("CUNDINAMARCA", "Soacha", "2003-01-01", "Miércoles", 2003, 1),
    ("CUNDINAMARCA", "Soacha", "2003-01-05", "Domingo", 2003, 1),
    ("CUNDINAMARCA", "Soacha", "2003-01-08", "Miércoles", 2003, 1),
]


def _book_0310(tmp_path: Path, rows: list[tuple[object, ...]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    for line in [
        *LETTERHEAD[:7],
        "HOMICIDIOS PAIS ",
        "PERIODO COMPRENDIDO DEL 01 DE ENERO AL 31 DE DICIEMBRE DE 2003-2010",
        None,
    ]:
        sheet.append([line])
    sheet.append(HEADER_0310)
    for row in rows:
        sheet.append([row[0], row[1], dt.datetime.fromisoformat(str(row[2])), *row[3:]])
    sheet.append(["Elaborado: IT Cesar Marquez"])
    path = tmp_path / "co_policia_homicidios_2003_2010.xlsx"
    book.save(path)
    return path


def test_the_dates_own_year_dates_no_row(tmp_path: Path) -> None:
    # the real rows, and one of each other January the police's file holds (rows of Soacha of
    # 2004-2010 written alike), so the year column is a span's, not one year's
    later = [("CUNDINAMARCA", "Soacha", f"{y}-01-05", "Lunes", y, 1) for y in range(2004, 2011)]
    out = read(_book_0310(tmp_path, ROWS_0310 + later), country="CO")
    # by month of the date, never by the year column (first run: 2003 ... 2010)
    assert {(o.period_start, o.period_end) for o in out} == {
        (f"{y}-01-01", f"{y}-01-31") for y in range(2003, 2011)
    }
    assert not any(o.value == 2003 for o in out)


def test_bogota_under_cundinamarca_is_the_capital_district(tmp_path: Path) -> None:
    out = read(_book_0310(tmp_path, ROWS_0310), country="CO")
    got = {(o.admin1, o.municipality_code): o.value for o in out if o.breakdown_dimension == "_T"}
    # Bogotá's 19 victims of 1-4 January 2003 are Bogotá's (first run: inside CO-CUN, no code)
    assert got[("CO-DC", "11001")] == 19
    assert got[("CO-CUN", "25754")] == 3  # Soacha stays Cundinamarca's
    assert ("CO-CUN", "") not in got


def test_only_a_division_of_one_municipality_is_a_capital_district() -> None:
    assert [m.code for m in places.lookup_district("Bogotá D.C.", "CO")] == ["11001"]
    # a municipality of a department of many is found inside its own department only
    assert places.lookup_district("Soacha", "CO") == []
    assert places.lookup_district("Medellín", "CO") == []


def test_a_merged_total_row_makes_no_item_a_total() -> None:
    """The 2015 file's rows with its means column as a column of too many items no header
    names (as it was read before ``category.arma``), and its "TOTAL" row merged over A:G, each
    merged cell filled: the total is the table's, no means' item, so the means are never
    read as items that are totals of others."""
    from types import SimpleNamespace

    import pandas as pd

    from genero_etl.tabular.lexicon import load_lexicon
    from genero_etl.tabular.roles import ColumnRole
    from genero_etl.tabular.semantic import _labels_across, _too_fine_to_sum

    twice = [row for row in ROWS_2015 for _ in range(2)]  # each of the 16 means on two rows
    cells = [[*r[:4], r[4], r[5], r[6], r[7]] for r in twice]
    cells.append(["TOTAL"] * 7 + [2 * sum(r[7] for r in ROWS_2015)])
    data = pd.DataFrame(cells)
    roles = {
        0: ColumnRole(0, "DEPARTAMENTO", "place", "admin1"),
        1: ColumnRole(1, "MUNICIPIO", "place", "municipality"),
        2: ColumnRole(2, "CODIGO DANE", "place", "municipality", code=True),
        3: ColumnRole(3, "ARMAS MEDIOS", "ignored", evidence="why-text"),
        4: ColumnRole(4, "FECHA HECHO", "period", "date"),
        5: ColumnRole(5, "GENERO", "category", "sexo"),
        6: ColumnRole(6, "AGRUPA EDAD PERSONA", "category", "grupo_edad"),
        7: ColumnRole(7, "CANTIDAD", "measure", "count"),
    }
    texts = {c: ["" if v is None else str(v) for v in data[c]] for c in data.columns}
    view = SimpleNamespace(
        data=data, roles=roles, lex=load_lexicon(), text=lambda col: texts[int(col)]
    )
    assert _labels_across(view) == {len(cells) - 1}  # the total row, and no other
    assert _too_fine_to_sum(view, [roles[5], roles[6]]) is None
    # a "TOTAL" among the means themselves (a total of the others written as an item) is one
    cells[-1] = ["ANTIOQUIA", "MEDELLÍN (CT)", "5001000", "TOTAL", "2015-01-01", "MASCULINO",
                 "ADULTOS", 12]  # fmt: skip
    texts.update({c: [str(row[c]) for row in cells] for c in range(8)})
    assert _too_fine_to_sum(view, [roles[5], roles[6]]) == roles[3]
