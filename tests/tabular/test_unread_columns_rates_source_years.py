"""A university's gender indicators and a national diagnosis of state police forces (the
tenth development set's shapes, tests/acceptance/corpus_dev10, rebuilt small; the figures are
the real files'): a long table whose rows are told apart by a text column no role names
("area_del_conocimiento"), with retention rates beside the counts; counts side by side under
headers of their own beside the first ("Homicidio | Extorsión"); a state's force of 1,919
police in the sheet's first rows, which is no year; population columns named by their source
and year ("INEGI 2020", "CONAPO 2025"), which are no place codes."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from openpyxl import Workbook

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document


def ingest(path: Path, country: str = "") -> tuple[list[SimpleNamespace], list[str]]:
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country=country)))
    rows = [SimpleNamespace(**r) for r in table_rows(staged.table())]
    return rows, [i.code for i in staged.issues]


# (year, area, enrolled, women, men, retention of women, of men) of USACH's MAT_PRE_AC
AREAS = [
    (2018, "Administración y Comercio", 2891, 1639, 1252, 86, 82),
    (2018, "Ciencias Sociales", 2288, 1374, 914, 79, 69),
    (2018, "Tecnología", 10799, 2792, 8007, 76, 73),
    (2019, "Administración y Comercio", 3029, 1724, 1305, 70, 67),
    (2019, "Ciencias Sociales", 2199, 1355, 844, 78, 77),
    (2019, "Tecnología", 10516, 2721, 7795, 75, 71),
]


def test_a_text_column_that_tells_rows_apart_is_a_breakdown_and_rates_are_never_summed(
    tmp_path: Path,
) -> None:
    book = Workbook()
    ws = book.active
    ws.title = "MAT_PRE_AC"
    ws.append(["año", "area_del_conocimiento", "mt", "mt_f", "mt_m", "tasa_ret_f", "tasa_ret_m"])
    for row in AREAS:
        ws.append(list(row))
    path = tmp_path / "usach_indicadores.xlsx"
    book.save(path)
    rows, codes = ingest(path, "CL")
    women = {
        (r.period_start[:4], r.breakdown_value): r.value
        for r in rows
        if r.indicator_label == "mt_f"
    }
    # each area its own value, never the areas summed into one a year
    assert women == {
        ("2018", "Administración y Comercio"): 1639.0,
        ("2018", "Ciencias Sociales"): 1374.0,
        ("2018", "Tecnología"): 2792.0,
        ("2019", "Administración y Comercio"): 1724.0,
        ("2019", "Ciencias Sociales"): 1355.0,
        ("2019", "Tecnología"): 2721.0,
    }
    tech = next(r for r in rows if r.indicator_label == "mt_f" and r.value == 2792.0)
    assert tech.breakdown_dimension == "area_del_conocimiento"
    assert tech.source_locator == "MAT_PRE_AC!D4"
    # a retention rate stays the area's (76), never a sum of rates (241)
    rates = sorted(r.value for r in rows if r.indicator_label == "tasa_ret_f")
    assert rates == [70.0, 75.0, 76.0, 78.0, 79.0, 86.0]
    assert all(r.value <= 100 for r in rows if r.value_kind in {"rate", "percentage"})
    assert "table-rates-not-summed" not in codes


def test_rates_of_rows_no_column_tells_apart_are_not_published(tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    ws.title = "MAT_PRE_AC"
    ws.append(["año", "observacion", "mt_f", "tasa_ret_f"])
    for year, _area, _mt, women, _men, rate, _ in AREAS:
        ws.append([year, f"nota {women}", women, rate])  # a note of each row's own: no dimension
    path = tmp_path / "usach_indicadores.xlsx"
    book.save(path)
    rows, codes = ingest(path, "CL")
    assert not [r for r in rows if r.indicator_label == "tasa_ret_f"]
    assert "table-rates-not-summed" in codes


STATES = [
    ("Aguascalientes", 1463, 1.03, 544, 919),
    ("Baja California", 1919, 0.51, 662, 1257),
    ("Chiapas", 7219, 1.3, 2012, 5207),
    ("Ciudad de México", 45608, 4.95, 15578, 30030),
    ("Guanajuato", 3929, 0.64, 1346, 2583),
    ("Jalisco", 6021, 0.72, 2288, 3733),
]
CRIMES = [("Aguascalientes", 133, 68), ("Chiapas", 670, 67), ("Guanajuato", 2120, 774),
          ("México", 1654, 1548), ("Oaxaca", 1152, 46), ("Puebla", 965, 153)]  # fmt: skip
PEOPLE = [("Aguascalientes", 1425607, 1539766), ("Chiapas", 5543828, 6068590),
          ("Oaxaca", 4132148, 4324247), ("Puebla", 6583278, 7030156)]  # fmt: skip


def _police(path: Path) -> Path:
    book = Workbook()
    ws = book.active
    ws.title = "edo fza"
    ws.append(["Entidad Federativa", "Total", "Tasa policial", "Mujeres", "Hombres"])
    for row in STATES:
        ws.append(list(row))
    crimes = book.create_sheet("delitos")
    crimes.append(["Entidad Federativa", "Homicidio", "Extorsión"])
    for row in CRIMES:
        crimes.append(list(row))
    people = book.create_sheet("poblacion")
    people.append(["Entidad Federativa", "INEGI 2020", "CONAPO 2025"])
    for row in PEOPLE:
        people.append(list(row))
    book.save(path)
    return path


def test_a_states_count_in_the_first_rows_is_no_year_and_no_period_is_invented(
    tmp_path: Path,
) -> None:
    rows, _ = ingest(_police(tmp_path / "diagnostico_policial.xlsx"))
    force = [r for r in rows if r.source_locator.startswith("edo fza!")]
    women = {r.admin1: r.value for r in force if r.breakdown_value == "mujeres"}
    assert women["MX-CMX"] == 15578.0 and women["MX-JAL"] == 2288.0
    # 1,919 police in Baja California are not the year 1919: the force has no period
    assert {(r.period_start, r.period_end) for r in force} == {("", "")}
    assert all(r.country == "MX" for r in rows)


def test_counts_beside_the_first_measure_are_each_published(tmp_path: Path) -> None:
    rows, _ = ingest(_police(tmp_path / "diagnostico_policial.xlsx"))
    crimes = {
        (r.indicator_label, r.admin1): (r.value, r.source_locator)
        for r in rows
        if r.source_locator.startswith("delitos!")
    }
    assert crimes[("Homicidio", "MX-GUA")] == (2120.0, "delitos!B4")
    assert crimes[("Extorsión", "MX-MEX")] == (1548.0, "delitos!C5")
    assert crimes[("Extorsión", "MX-OAX")] == (46.0, "delitos!C6")


def test_a_header_of_a_source_and_a_year_is_the_columns_period_not_a_place_code(
    tmp_path: Path,
) -> None:
    rows, _ = ingest(_police(tmp_path / "diagnostico_policial.xlsx"))
    people = [r for r in rows if r.source_locator.startswith("poblacion!")]
    chiapas = {(r.period_start[:4], r.value) for r in people if r.admin1 == "MX-CHP"}
    assert chiapas == {("2020", 5543828.0), ("2025", 6068590.0)}
    oaxaca = next(r for r in people if r.admin1 == "MX-OAX" and r.value == 4324247.0)
    assert (oaxaca.period_start, oaxaca.period_end) == ("2025-01-01", "2025-12-31")
    assert oaxaca.source_locator == "poblacion!C4"
    assert not any(r.municipality_code for r in people)


def test_a_population_beside_the_counts_is_never_published_as_a_measure(tmp_path: Path) -> None:
    # Rio Grande do Sul's police: cases, the municipality's population, a rate per 100,000
    path = tmp_path / "br_rs_violencia_mulheres.csv"
    path.write_text(
        "municipio,ano,tipo_crime,casos_total,populacao,taxa_por_100mil_hab\n"
        "ACEGUA,2015,Feminicídio Tentado,1,4701.0,21.27\n"
        "ACEGUA,2016,Feminicídio Tentado,0,4726.0,0.0\n"
        "AGUDO,2015,Feminicídio Tentado,2,16722.0,11.96\n"
        "AGUDO,2016,Feminicídio Tentado,1,16659.0,6.0\n",
        encoding="utf-8",
    )
    rows, _ = ingest(path)
    assert not [r for r in rows if r.value in {4701.0, 4726.0, 16722.0, 16659.0}]
    cases = {
        (r.period_start[:4], r.source_locator): r.value for r in rows if r.value_kind == "observed"
    }
    assert cases[("2015", "D4")] == 2.0


def test_a_week_number_beside_the_count_is_no_count(tmp_path: Path) -> None:
    path = tmp_path / "co_sivigila_violencia_semanas.csv"
    path.write_text(
        "departamento,año,semana,tipo_violencia,casos\n"
        "ANTIOQUIA,2018,1,Física,37\n"
        "ANTIOQUIA,2018,2,Física,41\n"
        "ANTIOQUIA,2018,1,Sexual,12\n"
        "ANTIOQUIA,2018,2,Sexual,9\n",
        encoding="utf-8",
    )
    rows, _ = ingest(path, "CO")
    assert not [r for r in rows if r.source_locator.startswith("C")]  # no week published
    # each count is its own epidemiological week of 2018 (week 1 began on 31 December 2017),
    # never summed into the year
    kinds = {(r.breakdown_value, r.admin1, r.period_start, r.period_end): r.value for r in rows}
    assert kinds[("Física", "CO-ANT", "2017-12-31", "2018-01-06")] == 37.0
    assert kinds[("Física", "CO-ANT", "2018-01-07", "2018-01-13")] == 41.0
    assert kinds[("Sexual", "CO-ANT", "2018-01-07", "2018-01-13")] == 9.0
    assert not [r for r in rows if r.period_start == "2018-01-01"]  # no whole year


def test_an_unread_column_that_follows_the_indicator_is_no_breakdown(tmp_path: Path) -> None:
    # Chile's SINIM: each "variable" has its own "ubicacion"; the column splits nothing more
    path = tmp_path / "cl_sinim_genero_comunas.csv"
    path.write_text(
        "codigo_comuna,nombre_comuna,año,variable,valor,ubicacion\n"
        "01101,Iquique,2019,Programas comunitarios,229,Comunidad\n"
        "01101,Iquique,2019,Mujeres planta,129,Municipio\n"
        "01107,Alto Hospicio,2019,Programas comunitarios,87,Comunidad\n"
        "01107,Alto Hospicio,2019,Mujeres planta,61,Municipio\n"
        "01101,Iquique,2020,Programas comunitarios,231,Comunidad\n"
        "01101,Iquique,2020,Mujeres planta,133,Municipio\n",
        encoding="utf-8",
    )
    rows, _ = ingest(path, "CL")
    iquique = next(r for r in rows if r.value == 229.0)
    assert iquique.breakdown_value in {"_T", "Iquique"}
    assert "ubicacion" not in iquique.breakdown_dimension
    assert (iquique.municipality_code, iquique.period_start) == ("01101", "2019-01-01")
