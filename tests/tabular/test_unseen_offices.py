"""Shapes of real tables from offices the development corpus does not hold.

Each case rebuilds, small, a layout met in a real file (Puerto Rico's police and violent-death
system, a Chilean register of femicides, Mexico's 911 family-violence calls, evidence kits
reported in side-by-side blocks) and checks the values, places and periods published.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from tests.tabular.staged import read as ingest
from tests.tabular.staged import workbook

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.tabular.layout import sheet_period


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2022", ("2022-01-01", "2022-12-31")),
        ("2020-2021", ("2020-01-01", "2021-12-31")),
        ("2024-2025*", ("2024-01-01", "2025-12-31")),
        ("Enero 2023", ("2023-01-01", "2023-01-31")),
        ("Homicidios 2016", None),
        ("2015-2020", None),  # six years: a range of data, not one sheet's period
        ("Sheet1", None),
    ],
)
def test_a_sheet_named_by_a_period(name: str, expected: tuple[str, str] | None) -> None:
    found = sheet_period(name)
    assert (None if found is None else (found.start, found.end)) == expected


def test_sheets_per_year_with_sexes_across_one_of_them_inside_a_measure_header(
    tmp_path: Path,
) -> None:
    head_2021 = [
        "Grupos de Edad",
        "Total",
        "Cantidad de mujeres víctimas",
        "Masculino",
        "Desconocido",
    ]
    head_2022 = [
        "Grupos de Edad",
        "Cantidad de mujeres víctimas",
        "Masculino",
        "Desconocido",
        "Total",
    ]
    path = workbook(tmp_path / "victimas_edad.xlsx", {
        "2021": [head_2021, ["20-24", 1086, 963, 123, 0], ["25-29", 1361, 1180, 181, 0],
                 ["30-34", 1221, 1031, 190, 0]],
        "2022": [head_2022, ["20-24", 792, 112, 0, 904], ["25-29", 985, 150, 0, 1135],
                 ["30-34", 872, 150, 0, 1022]],
    })  # fmt: skip
    out = ingest(path)
    women_2022 = {
        o.breakdown_value: o.value
        for o in out
        if o.period_start == "2022-01-01" and o.breakdown_value.endswith("| mujeres")
    }
    assert women_2022 == {"20-24 | mujeres": 792, "25-29 | mujeres": 985, "30-34 | mujeres": 872}
    men_2021 = [o for o in out if o.source_locator == "2021!D2"]
    assert men_2021[0].value == 123 and men_2021[0].period_end == "2021-12-31"
    assert men_2021[0].breakdown_dimension.endswith("sexo")
    unknown = [o for o in out if o.source_locator == "2022!D3"]
    assert unknown[0].breakdown_value == "25-29 | _U"  # "Desconocido" beside the sexes
    total_2022 = next(o for o in out if o.source_locator == "2022!E3")  # the Total column, last
    assert (
        total_2022.value == 1135 and unknown[0].parent_observation_id == total_2022.observation_id
    )
    total_2021 = next(o for o in out if o.source_locator == "2021!B3")  # the Total column, first
    women_2021 = next(o for o in out if o.source_locator == "2021!C3")
    assert women_2021.parent_observation_id == total_2021.observation_id  # each sheet its own
    assert not [o for o in out if o.value in (2021, 2022)]


def test_police_areas_by_month_beside_a_population_column(tmp_path: Path) -> None:
    path = workbook(tmp_path / "incidentes_2023.xlsx", {
        "Sheet1": [
            ["Áreas Policiacas", "Estimados Anuales de Población por Área Policíaca 2022",
             "Enero 2023", "Febrero 2023"],
            ["Aguadilla", 225915, 54, 57], ["Bayamón", 619485, 84, 64], ["Utuado", 87709, 15, 17],
            ["Total", 933109, 153, 138],
        ],
    })  # fmt: skip
    out = ingest(path)
    assert not [o for o in out if o.value in (225915, 619485, 87709, 933109)]  # a denominator
    feb = {o.breakdown_value: o.value for o in out if o.period_start == "2023-02-01"}
    assert feb["Aguadilla"] == 57 and feb["Bayamón"] == 64 and feb["Utuado"] == 17
    assert {o.breakdown_dimension for o in out if o.breakdown_value == "Bayamón"} == {"lugar"}
    jan_total = [o for o in out if o.period_start == "2023-01-01" and o.breakdown_value == "_T"]
    assert [o.value for o in jan_total] == [153]


def test_a_register_with_names_counts_by_region_and_year_and_publishes_no_age(
    tmp_path: Path,
) -> None:
    head = ["id", "fecha", "region", "nombre_victima", "edad", "nacionalidad",
            "categorias_red_chilena", "nombre_femicida", "edad_2", "sentencia",
            "ultima_fecha_de_modificacion"]  # fmt: skip
    regions = ["Metropolitana", "Los Lagos", "Metropolitana", "Valparaíso", "Maule"]
    rows: list[list[object]] = [head]
    for i in range(40):
        category = "Femicidio íntimo" if i % 4 else "Femicidio no íntimo"
        rows.append([i + 1, f"2019-{i % 12 + 1:02d}-{i % 27 + 1:02d}", regions[i % 5],
                     f"Nombre{i} Apellido{i}", 20 + i, "Chilena", category, f"Autor{i} Apellido",
                     31 + i, "Condenado" if i % 3 else None, "2023-08-01"])  # fmt: skip
    path = workbook(tmp_path / "femicidios_registro_2019.xlsx", {"Sheet1": rows})
    out = ingest(path)
    totals = {o.admin1: o.value for o in out if o.breakdown_dimension == "_T"}
    assert totals["CL-RM"] == 16 and totals["CL-LL"] == 8 and sum(totals.values()) == 40
    assert {(o.period_start, o.period_end) for o in out} == {("2019-01-01", "2019-12-31")}
    intimate = [o for o in out if o.breakdown_value == "Femicidio íntimo"]
    assert sum(o.value for o in intimate) == 30
    assert {o.indicator_id for o in out} == {"femicidios"}  # the title, not "sentencia"
    published = " ".join(f"{o.source_text} {o.breakdown_value}" for o in out)
    assert "Nombre1 " not in published and "Autor" not in published
    assert not [o for o in out if o.value in range(31, 71) and o.breakdown_dimension != "_T"]


def test_counts_beside_rates_and_a_national_row(tmp_path: Path) -> None:
    path = tmp_path / "llamadas_911.csv"
    path.write_text(
        "cve_entidad,entidad,año,mes,viol_fam_911_acum,vio_fam_911_mensual,pob_muj_mit_año,"
        "tasa_muj_vio_fam_911_mensual\n"
        "14,Jalisco,2019,enero,2921,2921,4220564,69.21\n"
        "14,Jalisco,2019,febrero,5849,2928,4220564,69.37\n"
        "9,Ciudad de México,2019,enero,4045,4045,4699999,86.06\n"
        "9,Ciudad de México,2019,febrero,7020,2975,4699999,63.30\n"
        "33,Nacional,2019,enero,6966,6966,8920563,78.09\n"
        "33,Nacional,2019,febrero,12869,5903,8920563,66.17\n",
        encoding="utf-8",
    )
    out = ingest(path)
    counts = {
        (o.admin1, o.period_start): o.value
        for o in out
        if o.unit != "por 100.000" and o.value > 100
    }
    assert counts[("MX-JAL", "2019-02-01")] == 2928  # the month's calls, not the running total
    assert counts[("", "2019-01-01")] == 6966  # "Nacional": the whole country, no state
    jalisco = next(o for o in out if o.value == 2928)
    assert jalisco.indicator_id == "llamadas_linea_atencion"  # "911" in the header: calls
    assert not [o for o in out if o.value in (5849, 7020, 12869, 4220564, 8920563)]
    rates = [o for o in out if o.admin1 == "MX-CMX" and o.value == pytest.approx(86.06)]
    assert rates and rates[0].period_start == "2019-01-01"


def test_two_blocks_side_by_side_each_measure_reads_its_own_month(tmp_path: Path) -> None:
    block = ["Año", "Mes", "Total recibidos", "Mes", "Total recibidos"]
    path = workbook(tmp_path / "kits.xlsx", {
        "Resumen": [
            ["Kit con querella", None, None, None, None],
            block,
            [2019, "Enero", 10, "Julio", 14], [None, "Febrero", 10, "Agosto", 13],
            [None, "Marzo", 19, "Septiembre", 11],
            [2020, "Enero", 15, "Julio", 5], [None, "Febrero", 13, "Agosto", 12],
            [None, "Marzo", 2, "Septiembre", 16],
        ],
    })  # fmt: skip
    out = ingest(path)
    by_month = {o.period_start: o.value for o in out}
    assert by_month["2019-03-01"] == 19 and by_month["2019-09-01"] == 11
    assert by_month["2020-07-01"] == 5 and by_month["2020-08-01"] == 12
    assert len(out) == 12


def test_a_second_total_row_that_counts_something_else_is_its_own_indicator(
    tmp_path: Path,
) -> None:
    path = workbook(tmp_path / "incidentes.xlsx", {
        "Sheet1": [
            ["Tipo de Incidente", 2017, 2018],
            ["Suicidio único", 51, 37], ["Homicidio único", 26, 29], ["Homicidio múltiple", 4, 13],
            ["Total de incidentes", 81, 79],
            ["Total de víctimas mujeres", 90, 97],
        ],
    })  # fmt: skip
    out = ingest(path)
    victims = [o for o in out if o.value in (90, 97)]
    assert {o.indicator_label for o in victims} == {"Total de víctimas mujeres"}
    assert all(o.parent_observation_id == "" for o in victims)  # not a sum of the types
    incidents = [o for o in out if o.value == 81]
    assert incidents and incidents[0].breakdown_dimension == "_T"


def test_age_groups_named_inside_measure_headers_are_one_breakdown(tmp_path: Path) -> None:
    path = workbook(tmp_path / "kits_edades.xlsx", {
        "Edades": [
            ["Año", "Cantidad de menores", "Cantidad de mayores", "No identificado"],
            [2023, 68, 77, 1], [2024, 98, 91, 0], [2025, 89, 102, 0],
        ],
    })  # fmt: skip
    out = ingest(path)
    minors = {o.period_start[:4]: o.value for o in out if o.breakdown_value == "menores"}
    assert minors == {"2023": 68, "2024": 98, "2025": 89}
    assert {o.breakdown_dimension for o in out} == {"grupo_edad"}
    assert [o.value for o in out if o.breakdown_value == "_U"] == [1, 0, 0]
    assert len({o.indicator_label for o in out}) == 1  # one indicator, not one per column


def test_months_across_take_the_year_of_the_file_name_when_no_cell_names_one(
    tmp_path: Path,
) -> None:
    path = workbook(tmp_path / "denuncias_comisaria_31_diciembre_2021.xlsx", {
        "Hoja1": [
            ["Tipo de violencia", "Enero", "Febrero", "Marzo", "Total"],
            ["Física", 12, 9, 14, 35], ["Psicológica", 20, 17, 22, 59],
        ],
    })  # fmt: skip
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides()))
    out = [SimpleNamespace(**r) for r in table_rows(staged.table())]
    march = {o.breakdown_value: o.value for o in out if o.period_start == "2021-03-01"}
    assert march == {"Física": 14, "Psicológica": 22}
    codes = [i.code for i in staged.issues]
    assert "period-from-file-name" in codes and "period-not-inferred" not in codes


@pytest.mark.parametrize(
    ("years", "expected"),
    [
        (["2019", "", "", "2020", ""], ["2019", "2019", "2019", "2020", "2020"]),
        (["2019", "", "2019", ""], ["2019", "", "2019", ""]),  # written twice: blanks unknown
        (["", "2019", ""], ["", "2019", ""]),  # starts blank: nothing to carry
    ],
)
def test_a_year_written_once_per_block_is_carried_down(
    years: list[str], expected: list[str]
) -> None:
    from genero_etl.tabular.semantic import _filled_down

    assert _filled_down(years) == expected
