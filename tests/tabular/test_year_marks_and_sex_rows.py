"""Statistics-office sheets of the thirteenth development set (tests/acceptance/corpus_dev13),
rebuilt small with the real files' figures: a year with its footnote's number after a slash
or a space ("2022/1", "2022 1") and the note under the table saying the year is partial
("1/ Cifras Preliminares, primer semestre").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.tabular.staged import read as ingest
from tests.tabular.staged import workbook

from genero_etl.tabular import layout


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("2022/1", "2022"),
        ("2022 1", "2022"),
        ("2022 1/", "2022"),
        ("2016*", "2016"),
        ("2022/23", "2022/23"),  # a fiscal year, no mark
        ("2022", "2022"),
        ("Casos 2019", "Casos 2019"),
    ],
)
def test_a_year_with_its_notes_number_after_a_slash_or_a_space(label: str, expected: str) -> None:
    assert layout.strip_marker(label) == expected


def test_a_preliminary_half_year_column_keeps_its_own_period(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "educacion.xlsx",
        {
            "3.16": [
                [
                    "Proporción de matriculados educación superior sector público por nivel según sexo y año. Año 2021-2022/1"
                ],
                ["República de Guatemala"],
                [],
                ["Nivel", 2021, None, "2022/1", None],
                [None, "Hombre", "Mujer", "Hombre", "Mujer"],
                ["Técnico", 32.669889, 67.330111, 31.361412, 68.638588],
                ["Doctorado", 59.238522, 40.761478, 56.505102, 43.494898],
                [
                    "Fuente: Estadísticas de Educación INE, con datos proporcionados por la Universidad Pública"
                ],
                ["1/ Cifras Preliminares, primer semestre"],
            ]
        },
    )
    rows = ingest(path)
    got = {(r.source_locator, r.period_start, r.period_end) for r in rows}
    assert ("3.16!E7", "2022-01-01", "2022-06-30") in got  # 43.494898, women, doctorate
    assert ("3.16!C7", "2021-01-01", "2021-12-31") in got
    women = next(r for r in rows if r.source_locator == "3.16!E7")
    assert women.value == pytest.approx(43.494898)
    # the title says "por nivel": the rows are the levels, a breakdown with the sex across
    assert (women.breakdown_dimension, women.breakdown_value) == (
        "nivel+sexo",
        "Doctorado | mujeres",
    )
    assert "Doctorado" not in women.indicator_label


def test_rows_that_are_each_a_sex_are_the_sex_breakdown(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "escolaridad.xlsx",
        {
            "3.3": [
                [
                    "Tasa neta de escolaridad nivel primario por año según sexo. Serie Histórica 2018-2021"
                ],
                ["República de Guatemala"],
                [],
                ["Sexo", "Año", None],
                [None, 2018, 2019],
                ["Hombre", 90.197405, 95.204305],
                ["Mujer", 90.194072, 95.241087],
                [
                    "Fuente: Estadísticas de Educación INE, con datos proporcionados por el Ministerio de Educación"
                ],
            ]
        },
    )
    rows = {r.source_locator: r for r in ingest(path, country="GT")}
    women = rows["3.3!B7"]
    assert women.value == pytest.approx(90.194072)
    assert (women.breakdown_dimension, women.breakdown_value) == ("sexo", "mujeres")
    assert (women.period_start, women.period_end) == ("2018-01-01", "2018-12-31")
    assert "Mujer" not in women.indicator_label  # the sex is the breakdown, not what is counted
    men = rows["3.3!C6"]
    assert (men.value, men.breakdown_value, men.period_start) == (
        pytest.approx(95.204305),
        "varones",
        "2019-01-01",
    )


def test_rows_of_other_things_beside_a_sex_keep_their_labels(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "casos.xlsx",
        {
            "Hoja1": [
                ["Casos atendidos por tipo. Año 2022"],
                ["Tipo", 2021, 2022],
                ["Mujeres", 120, 131],
                ["Violencia física", 40, 52],
            ]
        },
    )
    rows = {r.source_locator: r for r in ingest(path, country="GT")}
    assert rows["Hoja1!C4"].value == 52
    assert rows["Hoja1!C4"].breakdown_value != "mujeres"
    assert "física" in rows["Hoja1!C4"].indicator_label


def test_a_marked_year_header_is_a_header_and_its_block_copy_is_left(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "nacimientos.xlsx",
        {
            "1.4": [
                ["Nacimientos, según grupos de edad de la madre, año 2018-2022"],
                ["Grupos de edad", 2018, 2019, 2020, 2021, "2022 1"],
                ["Todas las edades", 383263, 366855, 341212, 345149, 78718],
                ["Menos de 15", 2004, 1914, 1578, 1805, 390],
                ["20 - 24", 117125, 112059, 105610, 105003, 23924],
                ["Fuente: Estadísticas Vitales, INE."],
                ["1/ Cifras preliminares primer trimestre"],
                [],
                [],
                # the same counts again beside their shares, with no header: no year says which
                ["Todas las edades", 383263, None, 366855, None, 341212, None, 345149, None, 78718],
                [
                    "Menos de 15",
                    2004,
                    0.522879,
                    1914,
                    0.521732,
                    1578,
                    0.462469,
                    1805,
                    0.522963,
                    390,
                ],
            ]
        },
    )
    rows = ingest(path, country="GT")
    got = {r.source_locator: r for r in rows}
    assert set(got) == {f"1.4!{c}{n}" for c in "BCDEF" for n in (3, 4, 5)}
    assert [r.value for r in rows if r.value in (2018, 2019, 20221)] == []  # headers, no counts
    births = got["1.4!C5"]
    assert (births.value, births.period_start, births.period_end) == (
        112059,
        "2019-01-01",
        "2019-12-31",
    )
    first_quarter = got["1.4!F3"]
    assert (first_quarter.value, first_quarter.period_start, first_quarter.period_end) == (
        78718,
        "2022-01-01",
        "2022-03-31",
    )


def test_a_marked_year_down_the_rows_keeps_its_notes_part_of_the_year(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "atenciones.xlsx",
        {
            "1.1": [
                [
                    "Atenciones consulta externa (hospitalarias sector privado) a mujeres embarazadas edad "
                    "entre 15 - 49 años, por pueblo de pertenencia. Serie Histórica 2018-2022"
                ],
                [],
                ["Año", "Total", "Maya", "Garífuna", "Xinca"],
                ["2022 1", 12528, 2430, 363, 2],
                [2021, 49770, 10444, 37, 2],
                [2018, 56514, 8961, 4, 0],
                ["Fuente: Estadísticas Hospitalarias sector privado, INE."],
                ["1/ Cifras preliminares primer trimestre"],
            ]
        },
    )
    got = {r.source_locator: r for r in ingest(path, country="GT")}
    garifuna = got["1.1!D4"]
    assert (garifuna.value, garifuna.period_start, garifuna.period_end) == (
        363,
        "2022-01-01",
        "2022-03-31",
    )
    maya = got["1.1!C6"]
    assert (maya.value, maya.period_start, maya.period_end) == (8961, "2018-01-01", "2018-12-31")
    assert not any(r.value in (2022, 20221) for r in got.values())


def test_blocks_headed_by_a_year_alone_are_that_years(tmp_path: Path) -> None:
    block = ["Edad", "Mestizo Ladino", "Maya", "Xinca", "Garífuna", "Otros"]
    path = workbook(
        tmp_path / "vih.xlsx",
        {
            "VIHSIDA": [
                [
                    "3. Número de casos de mujeres notificadas con VIH/SIDA embarazadas entre los 15 y los "
                    "49 años con especificación por pueblo de los años 2018 al 2022"
                ],
                [],
                ["2018"],
                block,
                ["Menos de 15", 0, 0, 0, 0, 0],
                ["15 a 49 años", 112, 68, 0, 0, 0],
                [],
                ["2020"],
                block,
                ["Menos de 15", 2, 1, 0, 0, 0],
                ["15 a 49 años", 111, 35, 0, 0, 0],
            ]
        },
    )
    got = {r.source_locator: r for r in ingest(path, country="GT")}
    assert (got["VIHSIDA!B10"].value, got["VIHSIDA!B10"].period_start) == (2, "2020-01-01")
    assert (got["VIHSIDA!C11"].value, got["VIHSIDA!C11"].period_end) == (35, "2020-12-31")
    assert (got["VIHSIDA!B6"].value, got["VIHSIDA!B6"].period_start) == (112, "2018-01-01")


def test_peoples_across_are_one_breakdown_of_the_rows_age_groups(tmp_path: Path) -> None:
    # "VIHSIDA 2018 al 2022", rows 5-10 (the 2018 block, without the side table beside it),
    # 12-17 (2019) and 20-22 (2020), as the sheet has them
    block = ["Edad", "Mestizo Ladino", "Maya", "Xinca", "Garífuna", "Otros"]
    path = workbook(
        tmp_path / "vih.xlsx",
        {
            "VIHSIDA 2018 al 2022": [
                [
                    "3. Número de casos de mujeres notificadas con VIH/SIDA embarazadas entre los 15 y los "
                    "49 años con especificación por pueblo de los años 2018 al 2022"
                ],
                [],
                ["2018"],
                block,
                ["Menos de 15", 0, 0, 0, 0, 0],
                ["15 a 49 años", 112, 68, 0, 0, 0],
                ["Más de 49", 0, 0, 0, 0, 0],
                ["TOTAL", 112, 68, 0, 0, 0],
                [],
                ["2019"],
                block,
                ["Menos de 15", 0, 0, 0, 0, 0],
                ["15 a 49 años", 123, 51, 0, 0, 0],
                ["Más de 49", 0, 0, 0, 0, 0],
                ["TOTAL", 123, 51, 0, 0, 0],
                [],
                ["2020"],
                block,
                ["Menos de 15", 2, 1, 0, 0, 0],
                ["15 a 49 años", 111, 35, 0, 0, 0],
            ]
        },
    )
    got = {r.source_locator: r for r in ingest(path, country="GT")}
    ladino = got["VIHSIDA 2018 al 2022!B13"]
    assert (ladino.value, ladino.period_start, ladino.period_end) == (
        123,
        "2019-01-01",
        "2019-12-31",
    )
    assert (ladino.breakdown_dimension, ladino.breakdown_value) == (
        "grupo_edad+etnia",
        "15 a 49 años | Mestizo Ladino",
    )
    maya = got["VIHSIDA 2018 al 2022!C15"]  # the block's total: the people alone
    assert (maya.value, maya.breakdown_dimension, maya.breakdown_value) == (51, "etnia", "Maya")
    young = got["VIHSIDA 2018 al 2022!B19"]
    assert (young.value, young.period_start, young.breakdown_value) == (
        2,
        "2020-01-01",
        "Menos de 15 | Mestizo Ladino",
    )
    assert all("Maya" not in r.indicator_label for r in got.values())  # no people an indicator
