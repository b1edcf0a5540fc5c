"""Statistical workbooks of a national office, read as a careful person would (the shapes of
INE Guatemala's compendium, tests/acceptance/corpus_dev5): a table of contents, chart sheets
that repeat a report sheet's numbers, a banner naming the breakdown over its values over the
sexes, a sheet per year titled with its year, and a footnote that narrows a year."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import openpyxl

from genero_etl.extract.periods import find_periods
from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.stage import StagedFile


def ingest(path: Path, **overrides: str) -> StagedFile:
    return extract_document(path, path.name, IngestOptions(overrides=Overrides(**overrides)))


def rows(staged: StagedFile) -> list[SimpleNamespace]:
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def codes(staged: StagedFile) -> list[str]:
    return [i.code for i in staged.issues]


def _causes_sheet(wb: openpyxl.Workbook, name: str, source: str, rows_: list[list[object]]) -> None:
    """A report sheet of women killed by cause, as INE writes it: a title block, the years
    with a footnote mark on the last, "Mujeres" under them, indented causes, source, note."""
    ws = wb.create_sheet(name)
    ws.append([None, "Regresar"])
    ws.append(
        [None, "Víctimas mujeres, por muertes violentas con hechos delictivos, según tipo de causa"]
    )
    ws.append([None, "Período 2018 - 2022"])
    ws.append([])
    ws.append([])
    ws.append([None, "Tipo de causa", 2018, 2019, 2020, 2021, "2022⅟"])
    ws.append([None, None, "Mujeres"])
    ws.append([])
    for row in rows_:
        ws.append([None, *row])
    ws.append(
        [
            None,
            f"Fuente: Elaboración del Instituto Nacional de Estadística, INE, con datos {source}",
        ]
    )
    return None


def _report_book(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    index = wb.active
    index.title = "Índice"
    index.append([])
    index.append([None, "HECHOS DELICTIVOS"])
    index.append([])
    index.append([None, "Número", "Índice"])
    index.append([None, "Policía Nacional Civil - Víctimas"])
    index.append(
        [
            None,
            1,
            "Víctimas mujeres, por muertes violentas con hechos delictivos, según tipo de causa. Período 2018-2022",
        ]
    )
    index.append([None, "Ministerio Público - Personas Agraviadas"])
    index.append(
        [
            None,
            2,
            "Víctimas mujeres, por muertes violentas con hechos delictivos, según tipo de causa. Período 2018-2022",
        ]
    )
    police = [
        ["Total de causa", 570, 552, 358, 413, 437],
        ["     Arma de fuego", 386, 372, 238, 299, 341],
        ["     Arma blanca", 73, 79, 51, 55, 52],
        ["     Estrangulamiento", 70, 63, 1, 42, 27],
        ["     Linchamiento", 41, 38, 68, 17, 17],
    ]
    _causes_sheet(wb, "5.14_PNC", "de la Policía Nacional Civil -PNC-", police)
    wb["5.14_PNC"].append([None, "Nota:           1/Cifras preliminares"])
    prosecutor = [
        ["Total de causa", 1122, 2567, 1519, 2017, 1096],
        ["Homicidio", 586, 1093, 642, 842, 432],
        ["Homicidio culposo", 536, 1474, 877, 1175, 664],
    ]
    _causes_sheet(wb, "5.14_MP", "del Ministerio Público, MP", prosecutor)
    wb["5.14_MP"].append(
        [None, "Nota:           1/Cifras preliminares, corresponden solo al 1er. Semestre 2022"]
    )
    chart = wb.create_sheet("PNC")  # the chart's data: the causes' values again, no totals
    chart.append(["Tipo de causa", 2018, 2019, 2020, 2021, 2022])
    for label, *values in police[1:]:
        chart.append([label.strip(), *values])
    path = tmp_path / "muertes_violentas_mujeres_2018_2022.xlsx"
    wb.save(path)
    return path


def test_contents_and_chart_sheets_are_not_data_and_a_note_narrows_its_year(
    tmp_path: Path,
) -> None:
    staged = ingest(_report_book(tmp_path), country="GT")
    out = rows(staged)
    sheets = {o.source_locator.split("!")[0] for o in out}
    assert sheets == {"5.14_PNC", "5.14_MP"}  # nothing from the index nor the chart's copy
    assert "sheet-contents-skipped" in codes(staged) and "sheet-copy-skipped" in codes(staged)
    assert not [o for o in out if o.value in (1.0, 2.0) and o.source_locator.startswith("Í")]
    fire = next(o for o in out if o.source_locator == "5.14_PNC!G10")  # "2022⅟", 341
    assert fire.value == 341 and "Arma de fuego" in fire.breakdown_value
    # the police's note only says "preliminary": its 2022 is the whole year
    assert (fire.period_start, fire.period_end) == ("2022-01-01", "2022-12-31")
    # the prosecutor's note says its 2022 is the first half only
    first_half = next(o for o in out if o.source_locator == "5.14_MP!G10")
    assert first_half.value == 432
    assert (first_half.period_start, first_half.period_end) == ("2022-01-01", "2022-06-30")
    earlier = next(o for o in out if o.source_locator == "5.14_MP!F10")
    assert (earlier.period_start, earlier.period_end) == ("2021-01-01", "2021-12-31")


def test_a_row_that_repeats_the_total_and_spans_every_part_is_published_once(
    tmp_path: Path,
) -> None:
    """INE's PNC sheet: "Total de causa" then "Homicidios" (=SUM of the causes under it, the
    same five numbers), then the indented causes. One total, published once, as the total."""
    wb = openpyxl.Workbook()
    police = [
        ["Total de causa", 570, 552, 358, 413, 437],
        ["Homicidios", 570, 552, 358, 413, 437],
        ["     Arma de fuego", 386, 372, 238, 299, 341],
        ["     Arma blanca", 73, 79, 51, 55, 52],
        ["     Arma contundente", 41, 37, 25, 17, 14],
        ["     Estrangulamiento", 70, 63, 1, 42, 27],
        ["     Linchamiento", 0, 1, 40, 0, 3],
        ["     Artefacto explosivo", 0, 0, 3, 0, 0],
    ]
    _causes_sheet(wb, "5.14_PNC", "de la Policía Nacional Civil -PNC-", police)
    del wb["Sheet"]
    path = tmp_path / "muertes_violentas_pnc.xlsx"
    wb.save(path)
    staged = ingest(path, country="GT")
    out = rows(staged)
    assert len(out) == 35  # 5 totals + 6 causes x 5 years; no "Homicidios" row
    assert not [o for o in out if "Homicidios" in o.breakdown_value]
    totals_2018 = [o for o in out if o.value == 570 and o.period_start == "2018-01-01"]
    assert [o.source_locator for o in totals_2018] == ["5.14_PNC!C9"]  # "Total de causa"
    assert "row-repeats-total" in codes(staged)
    fire = next(o for o in out if o.source_locator == "5.14_PNC!C11")
    assert fire.value == 386 and "Arma de fuego" in fire.breakdown_value


def test_a_row_equal_to_the_total_whose_siblings_do_not_add_up_to_it_is_kept(
    tmp_path: Path,
) -> None:
    """Women equal to the total because the men are all 0: a breakdown, not a second total."""
    wb = openpyxl.Workbook()
    victims = [
        ["Total", 12, 15, 9, 11, 10],
        ["Mujeres", 12, 15, 9, 11, 10],
        ["Hombres", 0, 0, 0, 0, 0],
        ["Sin dato", 0, 0, 0, 0, 0],
    ]
    _causes_sheet(wb, "Victimas", "de la Policía Nacional Civil -PNC-", victims)
    del wb["Sheet"]
    path = tmp_path / "victimas_sexo.xlsx"
    wb.save(path)
    staged = ingest(path, country="GT")
    women = [o for o in rows(staged) if o.value == 15 and o.period_start == "2019-01-01"]
    assert sorted(o.source_locator for o in women) == ["Victimas!D10", "Victimas!D9"]
    assert "row-repeats-total" not in codes(staged)


def test_an_abbreviated_ordinal_with_a_dot_names_the_half_year() -> None:
    found = find_periods("Cifras preliminares, corresponden solo al 1er. Semestre 2022", 2022)
    assert [(p.start, p.end) for p in found if p.strength >= 2] == [("2022-01-01", "2022-06-30")]
    found = find_periods("datos del 2do. trimestre 2021", 2021)
    assert ("2021-04-01", "2021-06-30") in [(p.start, p.end) for p in found]


def _autopsies_sheet(wb: openpyxl.Workbook, year: int, body: list[list[object]]) -> None:
    """INACIF's autopsies by cause of death, sex and age: "Causa de muerte" merged over the
    causes, each merged over Total | Hombre | Mujer, a "Total ambos sexos" row."""
    ws = wb.create_sheet(f"5.13_{year}")
    ws.append([None, "Regresar"])
    ws.append(
        [None, "Servicios médico de necropsias por causa de muerte, según sexo y edad quinquenal"]
    )
    ws.append([None, f"Año {year}"])
    ws.append([])
    ws.append([])
    ws.append([None, "Sexo y edad quinquenal", "Causa de muerte"])
    ws.append(
        [
            None,
            None,
            "Total",
            None,
            None,
            None,
            "Asfixia",
            None,
            None,
            None,
            "Herida de arma de fuego",
        ]
    )
    ws.append([None, None, *(["Total", "Hombre", "Mujer", "Ignorado"] * 3)])
    ws.merge_cells("B6:B8")
    ws.merge_cells("C6:N6")
    ws.merge_cells("C7:F7")
    ws.merge_cells("G7:J7")
    ws.merge_cells("K7:N7")
    ws.append([])
    for label, *n in body:  # each group: total, men, women, and no one of unknown sex
        ws.append([None, label, *n[0:3], 0, *n[3:6], 0, *n[6:9], 0])
    ws.append(
        [
            None,
            "Fuente:  Elaboración del INE con los datos del Instituto Nacional de Ciencias Forenses, INACIF",
        ]
    )


def test_a_banner_names_the_breakdown_of_the_values_over_the_sexes_and_each_sheet_its_year(
    tmp_path: Path,
) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    _autopsies_sheet(wb, 2018, [
        ["Total ambos sexos", 1655, 1320, 335, 420, 264, 156, 1235, 1056, 179],
        ["Menor de 15", 304, 181, 123, 210, 112, 98, 94, 69, 25],
        ["15-19", 682, 568, 114, 140, 100, 40, 542, 468, 74],
        ["20-24", 669, 571, 98, 70, 52, 18, 599, 519, 80],
    ])  # fmt: skip
    _autopsies_sheet(wb, 2022, [
        ["Total ambos sexos", 1486, 1193, 293, 419, 293, 126, 1067, 900, 167],
        ["Menor de 15", 198, 123, 75, 146, 88, 58, 52, 35, 17],
        ["15-19", 460, 372, 88, 129, 85, 44, 331, 287, 44],
        ["20-24", 828, 698, 130, 144, 120, 24, 684, 578, 106],
    ])  # fmt: skip
    path = tmp_path / "necropsias_causa_sexo_2018_y_2022.xlsx"
    wb.save(path)
    out = rows(ingest(path, country="GT"))
    by = {o.source_locator: o for o in out}
    asphyxia_women = by["5.13_2018!I10"]  # Asfixia | Mujer, all ages
    assert asphyxia_women.value == 156
    assert asphyxia_women.breakdown_dimension == "causa_muerte+sexo"
    assert asphyxia_women.breakdown_value == "Asfixia | mujeres"
    young = by["5.13_2018!I11"]
    assert young.value == 98 and young.breakdown_value == "Menor de 15 | Asfixia | mujeres"
    assert young.breakdown_dimension == "grupo_edad+causa_muerte+sexo"
    cause_total = by["5.13_2018!G10"]  # Asfixia | Total: the cause, both sexes
    assert cause_total.value == 420 and cause_total.breakdown_value == "Asfixia"
    grand = by["5.13_2018!C10"]
    assert grand.value == 1655 and grand.breakdown_dimension == "_T"
    women = by["5.13_2018!E10"]
    assert women.value == 335 and women.breakdown_value == "mujeres"
    # "Causa de muerte" is the cause, never a court case's number
    assert len([o for o in out if o.source_locator.startswith("5.13_2018!")]) == 48
    # the second sheet's title says 2022: its values are 2022's, not the first sheet's year
    later = by["5.13_2022!M10"]
    assert later.value == 167 and later.breakdown_value == "Herida de arma de fuego | mujeres"
    assert (later.period_start, later.period_end) == ("2022-01-01", "2022-12-31")
    assert (by["5.13_2018!M10"].period_start, by["5.13_2018!M10"].period_end) == (
        "2018-01-01",
        "2018-12-31",
    )


def test_the_banner_with_no_unknown_sex_column_is_read_the_same(tmp_path: Path) -> None:
    """Without "Ignorado" columns, "Causa de muerte | Total | Hombre" is still the men of all
    causes (a value like its siblings), not a measure of its own for the word "Total"."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "5.13_2018"
    ws.append([None, "Servicios médico de necropsias por causa de muerte, según sexo y edad"])
    ws.append([None, "Año 2018"])
    ws.append([])
    ws.append([None, "Sexo y edad quinquenal", "Causa de muerte"])
    ws.append([None, None, "Total", None, None, "Asfixia", None, None, "Herida de arma de fuego"])
    ws.append([None, None, *(["Total", "Hombre", "Mujer"] * 3)])
    for merged in ("B4:B6", "C4:K4", "C5:E5", "F5:H5", "I5:K5"):
        ws.merge_cells(merged)
    for row in (
        ["Total ambos sexos", 1655, 1320, 335, 420, 264, 156, 1235, 1056, 179],
        ["Menor de 15", 304, 181, 123, 210, 112, 98, 94, 69, 25],
        ["15-19", 682, 568, 114, 140, 100, 40, 542, 468, 74],
        ["20-24", 669, 571, 98, 70, 52, 18, 599, 519, 80],
    ):
        ws.append([None, *row])
    path = tmp_path / "necropsias_2018.xlsx"
    wb.save(path)
    by = {o.source_locator: o for o in rows(ingest(path, country="GT"))}
    assert len(by) == 36
    assert (by["5.13_2018!E7"].value, by["5.13_2018!E7"].breakdown_value) == (335, "mujeres")
    assert by["5.13_2018!C7"].breakdown_dimension == "_T"
    fire_women_young = by["5.13_2018!K8"]
    assert fire_women_young.value == 25
    assert fire_women_young.breakdown_value == "Menor de 15 | Herida de arma de fuego | mujeres"
