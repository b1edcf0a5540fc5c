"""Court statistics, protection orders, rates beside populations, written dates, footnotes.

Each case rebuilds, small, a shape met in real tables of offices the project had not read
(tests/acceptance/corpus_dev2): Puerto Rico's courts (cases by offence and stage, one sheet
per fiscal year; protection orders by the sex of each party), the Women's Advocate's murders
and rates beside populations, the violent-death system's age groups by year; and shapes the
held-out sets are known to have (a measure named in a column, months written as
abbreviations, footnotes under a table). Figures are the real files' where given.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.tabular.staged import read as ingest
from tests.tabular.staged import workbook

from genero_etl.model import Period
from genero_etl.tabular import layout

COURT_HEAD = ["Año fiscal/delitos", "Pendiente al inicio", "Casos presentados",
              "Casos resueltos: Condenas", "Casos resueltos: Absoluciones",
              "Casos resueltos: Total", "Pendiente al final"]  # fmt: skip


def court_book(path: Path) -> Path:
    return workbook(path, {
        "2019-2020": [COURT_HEAD, ["Agresión sexual conyugal", 17, 43, 2, 1, 3, 53],
                      ["Maltrato", 1004, 2626, 1944, 281, 2225, 754]],
        "2023-2024": [COURT_HEAD, ["Agresión sexual conyugal", 11, 43, 10, 0, 10, 18],
                      ["Maltrato", 856, 2836, 2095, 284, 2379, 1094]],
    })  # fmt: skip


def test_court_cases_by_offence_and_stage_one_sheet_per_fiscal_year(tmp_path: Path) -> None:
    out = ingest(court_book(tmp_path / "casos_criminales.xlsx"), country="PR")
    filed = next(o for o in out if o.value == 2626)
    assert (filed.period_start, filed.period_end) == ("2019-07-01", "2020-06-30")
    assert filed.breakdown_dimension == "tipo_delito" and filed.breakdown_value == "Maltrato"
    assert filed.indicator_label == "Casos presentados"
    assert filed.source_locator == "2019-2020!C3"
    # the stages with no measure word in their header are counts too
    pending = {(o.source_locator, o.value) for o in out if "Pendiente" in o.indicator_label}
    assert ("2019-2020!B3", 1004) in pending and ("2023-2024!G3", 1094) in pending
    late = next(o for o in out if o.source_locator == "2023-2024!C2")
    assert (late.value, late.period_start, late.breakdown_value) == (
        43, "2023-07-01", "Agresión sexual conyugal")  # fmt: skip
    assert len(out) == 2 * 2 * 6  # sheets x offences x stages, nothing else


def test_without_a_country_a_two_year_sheet_keeps_both_calendar_years(tmp_path: Path) -> None:
    out = ingest(court_book(tmp_path / "casos_criminales.xlsx"))
    filed = next(o for o in out if o.value == 2626)
    assert (filed.period_start, filed.period_end) == ("2019-01-01", "2020-12-31")


@pytest.mark.parametrize(
    ("label", "month", "expected"),
    [
        ("2019-2020", 7, ("2019-07-01", "2020-06-30")),
        ("2019-20", 10, ("2019-10-01", "2020-09-30")),
        ("2019-2020", 1, ("2019-01-01", "2020-12-31")),  # a calendar fiscal year: unchanged
        ("2019", 7, ("2019-01-01", "2019-12-31")),  # one year is not a fiscal span
    ],
)
def test_fiscal_span(label: str, month: int, expected: tuple[str, str]) -> None:
    first = int(label[:4])
    last = first + 1 if "-" in label else first
    period = Period(f"{first}-01-01", f"{last}-12-31", label)
    found = layout.fiscal_span(period, month)
    assert (found.start, found.end) == expected


def test_protection_orders_by_sex_of_each_party_with_an_empty_row(tmp_path: Path) -> None:
    path = workbook(tmp_path / "ordenes_proteccion_genero.xlsx", {
        "2020-2021": [["Sexo", "Parte peticionaria", "Parte peticionada"], ["Hombre ", 7, 122],
                      ["Mujer", 122, 6], ["Intersexo"], ["No informa", 33, 34],
                      ["Total", 162, 162]],
    })  # fmt: skip
    out = ingest(path, country="PR")
    unknown = next(o for o in out if o.source_locator == "2020-2021!B5")
    assert unknown.value == 33 and unknown.breakdown_value == "No informa"
    assert "Intersexo" not in unknown.indicator_label  # an empty row is no section heading
    women = sorted(o.value for o in out if o.breakdown_value == "mujeres")
    assert women == [6, 122]
    assert {o.period_start for o in out} == {"2020-07-01"}


def test_counts_beside_rates_populations_and_their_difference(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Año", "Asesinatos", "Tasa_OPM", "POP_FEM", "POP_TOTAL",
                                 "Tasa_IE", "DIFF"]]  # fmt: skip
    rows += [[1990, 15, 0.81, 1819482, 3527593, 0.8244, 0.0144],
             [1991, 32, 1.71, 1832190, 3550566, 1.7465, 0.0365],
             [2018, 23, 1.37, 1676342, 3193354, 1.3720, 0.0020]]  # fmt: skip
    out = ingest(workbook(tmp_path / "tasas.xlsx", {"Sheet1": rows}), country="PR")
    murders = {o.period_start[:4]: o.value for o in out if o.indicator_label == "Asesinatos"}
    assert murders == {"1990": 15, "1991": 32, "2018": 23}
    rates = [o for o in out if o.indicator_label == "Tasa_OPM"]
    assert {o.value_kind for o in rates} == {"rate"} and len(rates) == 3
    assert not [o for o in out if o.value in (1819482, 3527593, 1676342, 0.0144, 0.0365)]
    assert len(out) == 9


def test_years_across_with_a_total_row_and_column_link_each_year_to_its_total(
    tmp_path: Path,
) -> None:
    path = workbook(tmp_path / "homicidios_edad.xlsx", {"Sheet1": [
        ["Grupo de edad", 2023, 2024, "Total "],
        ["20 a 24", 3, 6, 9], ["60 años o más", 23, 22, 45], ["Desconocido", 0, 0, 0],
        ["Total ", 26, 28, 54],
    ]})  # fmt: skip
    out = ingest(path)
    total_2024 = next(o for o in out if o.source_locator == "Sheet1!C5")
    assert total_2024.value == 28 and total_2024.breakdown_dimension == "_T"
    parts = [o for o in out if o.period_start == "2024-01-01" and o.breakdown_dimension != "_T"]
    assert sorted(o.value for o in parts) == [0, 6, 22]
    assert {o.parent_observation_id for o in parts} == {total_2024.observation_id}


def test_a_measure_named_in_a_column_drops_populations_and_reads_rates(tmp_path: Path) -> None:
    path = tmp_path / "homicidios_tasas_sexo.csv"
    path.write_text(
        "Año,Sexo,Tipo,Valor\n"
        "2017,Mujeres,Homicidios,45\n2017,Mujeres,Población,1700000\n"
        "2017,Mujeres,Tasa por 100 mil,2.65\n2017,Hombres,Homicidios,600\n"
        "2017,Hombres,Población,1500000\n2017,Hombres,Tasa por 100 mil,40.0\n",
        encoding="utf-8",
    )
    out = ingest(path, country="PR")
    assert not [o for o in out if o.value >= 1_000_000]
    by = {(o.breakdown_value, o.indicator_label): (o.value, o.value_kind) for o in out}
    assert by == {
        ("mujeres", "Homicidios"): (45, "observed"),
        ("mujeres", "Tasa por 100 mil"): (2.65, "rate"),
        ("varones", "Homicidios"): (600, "observed"),
        ("varones", "Tasa por 100 mil"): (40.0, "rate"),
    }
    assert {o.breakdown_dimension for o in out} == {"sexo"}  # "Tipo" is no breakdown


def test_event_names_in_a_type_column_stay_a_breakdown(tmp_path: Path) -> None:
    path = tmp_path / "tipos.csv"
    path.write_text(
        "Año,Tipo,Casos\n2019,Femicidio,10\n2019,Homicidio,30\n2020,Femicidio,12\n"
        "2020,Homicidio,25\n",
        encoding="utf-8",
    )
    out = ingest(path, country="CR")
    assert {(o.breakdown_value, o.value) for o in out if o.period_start == "2020-01-01"} == {
        ("Femicidio", 12), ("Homicidio", 25)}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("28 dic. 2018", dt.date(2018, 12, 28)),
        ("3-ene-2019", dt.date(2019, 1, 3)),
        ("03/Feb/19", dt.date(2019, 2, 3)),
        ("5 de marzo de 2020", dt.date(2020, 3, 5)),
        ("1 sept 2021", dt.date(2021, 9, 1)),
        ("12-Ene-2019 1:12 Am", dt.date(2019, 1, 12)),
        ("31 feb 2020", None),
        ("diciembre 2018", None),  # a month, not a date
        ("2 de mayo", None),
    ],
)
def test_dates_with_written_months(text: str, expected: dt.date | None) -> None:
    assert layout.date_of(text) == expected


def test_a_register_dated_with_abbreviated_months_counts_by_month(tmp_path: Path) -> None:
    days = ["28 dic. 2018", "3 ene. 2019", "15 ene. 2019", "2 feb. 2019", "20 feb. 2019",
            "27 feb. 2019", "5 mar. 2019", "9 mar. 2019", "30 mar. 2019", "1 abr. 2019",
            "12 abr. 2019", "28 abr. 2019"]  # fmt: skip
    rows = ["Fecha,Nombre,Edad,Departamento,Tipo"]
    for i, day in enumerate(days):
        rows.append(f'"{day}",Nombre{i} Apellido{i},{20 + i},Montevideo,Feminicidio íntimo')
    path = tmp_path / "feminicidios_registro.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = ingest(path, country="UY")
    # a few cases a month: counted by year, each case in the year of its own date; the last
    # case is of 28 April and the register's pace (twelve in four months) would put some
    # 24 in the rest of 2019: its count is of January-April, not of the year
    by_year = {(o.period_start, o.period_end): o.value for o in out}
    assert by_year == {("2018-01-01", "2018-12-31"): 1, ("2019-01-01", "2019-04-30"): 11}
    assert {(o.admin1, o.source_locator) for o in out} == {("UY-MO", "A2:A13")}
    published = " ".join(f"{o.source_text} {o.breakdown_value}" for o in out)
    assert "Nombre" not in published and "dic." not in published
    assert not [o for o in out if o.value in range(20, 32)]  # ages are never values


@pytest.mark.parametrize(
    ("cells", "kind"),
    [
        ({0: "1/ Incluye tentativas de femicidio."}, "note"),
        ({0: "(1) Datos preliminares"}, "note"),
        ({0: "1/", 1: "Incluye tentativas"}, "note"),
        ({0: "a/ Cifras sujetas a revisión"}, "note"),
        ({0: "Lima 1/", 1: 25, 2: 30}, "data"),
        ({0: 1, 1: "Violencia física"}, "data"),  # a code and its label, in a codebook
        ({0: "Casos"}, "single"),
    ],
)
def test_footnote_rows(cells: dict[int, object], kind: str) -> None:
    assert layout.classify_row(cells) == kind


def test_footnotes_under_a_table_are_not_values_and_markers_leave_labels(
    tmp_path: Path,
) -> None:
    path = workbook(tmp_path / "denuncias_departamento_2019.xlsx", {"Hoja1": [
        ["Departamento", "Denuncias"],
        ["Cusco 1/", 120], ["Piura", 85], ["Callao (2)", 64],
        ["1/", "Incluye las denuncias de la comisaría de familia."],
        ["(2) Datos preliminares al 31 de diciembre."],
    ]})  # fmt: skip
    out = ingest(path, country="PE")
    assert {(o.admin1, o.value) for o in out} == {("PE-CUS", 120), ("PE-PIU", 85), ("PE-CAL", 64)}
    assert layout.strip_marker("Callao (2)") == "Callao"


def test_victims_and_offenders_by_sex_in_one_header_row_are_two_indicators(
    tmp_path: Path,
) -> None:
    head = ["Región", "Víctimas: Mujeres", "Víctimas: Hombres", "Ofensores: Mujeres",
            "Ofensores: Hombres"]  # fmt: skip
    path = workbook(tmp_path / "delitos_sexuales_region.xlsx", {
        "2019": [head, ["San Juan", 81, 24, 14, 88], ["Ponce", 143, 51, 12, 179]],
    })  # fmt: skip
    out = ingest(path, country="PR")
    by = {(o.indicator_label, o.breakdown_value): o.value for o in out}
    assert by[("Víctimas", "Ponce | mujeres")] == 143
    assert by[("Ofensores", "Ponce | varones")] == 179
    assert by[("Ofensores", "San Juan | mujeres")] == 14
    assert len(out) == 8 and {o.period_start for o in out} == {"2019-01-01"}


def test_an_exported_header_with_fillers_and_age_groups_under_a_sex_word(
    tmp_path: Path,
) -> None:
    path = workbook(tmp_path / "sobrevivientes_2023.xlsx", {"Table002 (Page 1)": [
        [None, "Edad y Género de Sobreviviente 2023"],
        [None, "Genero", "Femenino", "Masculino", "No informado", "Total "],
        [None, "Edad", "#", "#", "#", "#"],
        [None, "Column1", "Column2", "Column3", "Column4", "Column5"],
        [None, "21-24", 817, 125, None, 942], [None, "25-29", 1169, 218, 2, 1389],
        [None, "65+", 18, 7, None, 25], [None, "Desconocido", 149, 48, 1, 198],
        [None, "Total", 2153, 398, 3, 2554],
    ]})  # fmt: skip
    out = ingest(path, country="PR")
    cell = next(o for o in out if o.source_locator == "Table002 (Page 1)!C5")
    assert cell.value == 817 and cell.breakdown_dimension == "grupo_edad+sexo"
    assert cell.breakdown_value == "21-24 | mujeres"  # the sex is the breakdown
    assert cell.indicator_label == "Edad y Género de Sobreviviente 2023"  # what the title counts
    assert cell.period_start == "2023-01-01"
    # each part links to its sex's total (the Total row), so women sum once
    women_total = next(o for o in out if o.source_locator == "Table002 (Page 1)!C9")
    women = [o for o in out if o.breakdown_value.endswith("| mujeres")]
    assert {o.parent_observation_id for o in women} == {women_total.observation_id}
    assert sum(o.value for o in women) == women_total.value == 2153
    assert not [o for o in out if "Column" in o.indicator_label or "#" in o.indicator_label]


@pytest.mark.parametrize(
    ("header", "values", "kind"),
    [
        ("Genero | Edad", ["00-05", "21-24", "65+", "Desconocido"], "grupo_edad"),
        ("Sexo", ["Mujer", "Hombre"], "sexo"),
        ("Sexo", ["Mujer", "20-24", "25-29", "30-34"], "sexo"),  # a sex word among them
    ],
)
def test_values_shaped_like_age_groups_overrule_a_sex_header(
    header: str, values: list[str], kind: str
) -> None:
    import pandas as pd

    from genero_etl.tabular.lexicon import load_lexicon
    from genero_etl.tabular.roles import infer_roles, profile_column

    data = pd.DataFrame({0: values, 1: list(range(len(values)))})
    lex = load_lexicon()
    roles = infer_roles([profile_column(data, 0, header, lex)], lex)
    assert (roles[0].role, roles[0].kind) == ("category", kind)


def test_a_period_written_over_its_rows_dates_them(tmp_path: Path) -> None:
    head = ["Delitos", "Casos presentados", "Casos resueltos"]
    path = workbook(tmp_path / "casos.xlsx", {"Hoja1": [
        head, ["2019"], ["Maltrato", 2626, 2876], ["Amenaza", 40, 38],
        ["2020"], ["Maltrato", 1971, 2083], ["Amenaza", 35, 30],
    ]})  # fmt: skip
    out = ingest(path, country="CR")
    filed = {(o.breakdown_value, o.period_start, o.period_end): o.value
             for o in out if o.indicator_label == "Casos presentados"}  # fmt: skip
    assert filed == {
        ("Maltrato", "2019-01-01", "2019-12-31"): 2626, ("Amenaza", "2019-01-01", "2019-12-31"): 40,
        ("Maltrato", "2020-01-01", "2020-12-31"): 1971, ("Amenaza", "2020-01-01", "2020-12-31"): 35,
    }  # fmt: skip


def test_a_sheet_per_fiscal_year_whose_first_row_repeats_it(tmp_path: Path) -> None:
    path = workbook(tmp_path / "casos_fiscal.xlsx", {"2020-2021": [
        COURT_HEAD, ["2020-2021"], ["Agresión sexual conyugal", 19, 23, 2, 2, 4, 37],
        ["Maltrato", 962, 1971, 1315, 172, 1487, 850],
    ]})  # fmt: skip
    out = ingest(path, country="PR")
    filed = next(o for o in out if o.value == 1971)
    assert (filed.period_start, filed.period_end) == ("2020-07-01", "2021-06-30")
    assert filed.breakdown_value == "Maltrato" and filed.indicator_label == "Casos presentados"
    assert len(out) == 12


def deck(path: Path, rows: list[list[str]]) -> Path:
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "Femicidios y tentativas por año, Ministerio de la Mujer (Paraguay)"
    table = slide.shapes.add_table(
        len(rows), len(rows[0]), Inches(1), Inches(2), Inches(6), Inches(2)
    ).table
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    prs.save(str(path))
    return path


def test_a_slide_table_with_series_across_keeps_every_series(tmp_path: Path) -> None:
    path = deck(tmp_path / "informe.pptx", [
        ["Año", "Femicidios", "Tentativas de femicidio", "Denuncias por violencia familiar"],
        ["2019", "37", "52", "1200"], ["2020", "36", "48", "1100"],
    ])  # fmt: skip
    out = ingest(path, country="PY")
    by = {(o.indicator_label, o.period_start[:4]): (o.value, o.source_locator) for o in out}
    assert by == {
        ("Femicidios", "2019"): (37, "slide:1/shape:2!B2"),
        ("Femicidios", "2020"): (36, "slide:1/shape:2!B3"),
        ("Tentativas de femicidio", "2019"): (52, "slide:1/shape:2!C2"),
        ("Tentativas de femicidio", "2020"): (48, "slide:1/shape:2!C3"),
        ("Denuncias por violencia familiar", "2019"): (1200, "slide:1/shape:2!D2"),
        ("Denuncias por violencia familiar", "2020"): (1100, "slide:1/shape:2!D3"),
    }
    assert {o.indicator_id for o in out if o.indicator_label == "Femicidios"} == {"femicidios"}


def test_a_slide_table_with_years_across_stays_text_rows(tmp_path: Path) -> None:
    from genero_etl.readers.registry import ReadOptions
    from genero_etl.readers.slides import read_pptx

    path = deck(tmp_path / "informe.pptx", [
        ["Tipo", "2019", "2020"], ["Femicidios", "37", "36"], ["Tentativas", "52", "48"],
    ])  # fmt: skip
    document = read_pptx(path, path.name, ReadOptions())
    assert document.tables == []
    assert "Femicidios\t37\t36" in [s.text for s in document.segments]


def test_requests_by_region_with_age_groups_over_sexes(tmp_path: Path) -> None:
    book = tmp_path / "ordenes_edad_sexo.xlsx"
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "2021-2022"
    ws.append(["Región judicial", "Menos de 18 años", None, "18 a 29 años", None, "Total"])
    ws.append([None, "Mujer", "Hombre", "Mujer", "Hombre", None])
    ws.merge_cells("B1:C1")
    ws.merge_cells("D1:E1")
    ws.append(["Aguadilla", 3, 1, 40, 5, 49])
    ws.append(["Bayamón", 5, 2, 80, 9, 96])
    ws.append(["Total", 8, 3, 120, 14, 145])
    wb.save(book)
    out = ingest(book, country="PR")
    cell = next(o for o in out if o.source_locator == "2021-2022!D3")
    assert cell.value == 40 and cell.breakdown_dimension == "lugar+grupo_edad+sexo"
    assert cell.breakdown_value == "Aguadilla | 18 a 29 años | mujeres"
    assert (cell.period_start, cell.period_end) == ("2021-07-01", "2022-06-30")
    total = next(o for o in out if o.source_locator == "2021-2022!D5")
    assert total.breakdown_value == "18 a 29 años | mujeres" and total.value == 120
    assert cell.parent_observation_id == total.observation_id
    assert len(out) == 15  # 2 regions x 4 + their totals, 4 column totals and the grand total


def test_requests_by_region_with_age_groups_across_and_their_unknown(tmp_path: Path) -> None:
    path = workbook(tmp_path / "ordenes_edad.xlsx", {"2021-2022": [
        ["Región judicial", "Menos de 18", "18-29", "60 o más", "No informa", "Total"],
        ["Aguadilla", 3, 40, 6, 2, 51], ["Bayamón", 5, 80, 10, 0, 95], ["Total", 8, 120, 16, 2, 146],
    ]})  # fmt: skip
    out = ingest(path, country="PR")
    ages = {
        (o.breakdown_value, o.value) for o in out if o.breakdown_dimension == "lugar+grupo_edad"
    }
    assert ("Aguadilla | 18-29", 40) in ages and ("Bayamón | _U", 0) in ages
    assert ("Aguadilla | 60 o más", 6) in ages and len(ages) == 8


def test_number_and_rate_named_under_each_sex(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = tmp_path / "homicidios_sexo.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Homicidios"
    ws.append(["Homicidios por sexo de la víctima, número y tasa por 100 mil habitantes"])
    ws.append(["Año", "Mujeres", None, "Hombres", None, "Total", None])
    ws.append([None, "Número", "Tasa por 100 mil", "Número", "Tasa por 100 mil", "Número",
               "Tasa por 100 mil"])  # fmt: skip
    for cells in ("B2:C2", "D2:E2", "F2:G2"):
        ws.merge_cells(cells)
    ws.append([2017, 45, 2.6, 600, 38.1, 645, 19.9])
    ws.append([2018, 50, 2.9, 580, 37.5, 630, 19.6])
    wb.save(book)
    out = ingest(book, country="PR")
    by = {o.source_locator: (o.value, o.value_kind, o.breakdown_value, o.period_start) for o in out}
    assert by["Homicidios!B4"] == (45, "observed", "mujeres", "2017-01-01")
    assert by["Homicidios!C5"] == (2.9, "rate", "mujeres", "2018-01-01")
    assert by["Homicidios!E4"] == (38.1, "rate", "varones", "2017-01-01")
    assert by["Homicidios!G4"] == (19.9, "rate", "_T", "2017-01-01")  # the total's rate
    assert by["Homicidios!F5"] == (630, "observed", "_T", "2018-01-01")
    assert len(out) == 12


def test_a_measure_named_in_a_column_with_years_across(tmp_path: Path) -> None:
    path = tmp_path / "homicidios_tasas_anos.csv"
    path.write_text(
        "Sexo,Tipo,2017,2018\n"
        "Mujeres,Homicidios,45,50\nMujeres,Población,1700000,1690000\n"
        "Mujeres,Tasa por 100 mil,2.65,2.96\nHombres,Homicidios,600,580\n"
        "Hombres,Población,1500000,1490000\nHombres,Tasa por 100 mil,40.0,38.93\n",
        encoding="utf-8",
    )
    out = ingest(path, country="PR")
    assert not [o for o in out if o.value >= 1_000_000]
    by = {o.source_locator: (o.value, o.value_kind, o.indicator_label, o.breakdown_value,
                             o.period_start) for o in out}  # fmt: skip
    assert by["C2"] == (45, "observed", "Homicidios", "mujeres", "2017-01-01")
    assert by["D4"] == (2.96, "rate", "Tasa por 100 mil", "mujeres", "2018-01-01")
    assert by["C7"] == (40.0, "rate", "Tasa por 100 mil", "varones", "2017-01-01")
    assert len(out) == 8
