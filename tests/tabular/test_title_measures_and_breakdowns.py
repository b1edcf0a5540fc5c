"""Education sheets of the thirteenth development set (tests/acceptance/corpus_dev13), rebuilt
small with the real file's cells: a title that opens with its values' measure ("Tasa neta de
escolaridad ...", "Proporción de matriculados ...") over headers that name none (years over
"Hombre" | "Mujer"); a title naming its rows' breakdown ("... por sector según sexo"); a
year whose note says its figures are preliminary ("2022/1" over "1/ Cifras Preliminares,
primer semestre").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.tabular.staged import read as ingest
from tests.tabular.staged import workbook

from genero_etl.tabular import layout
from genero_etl.tabular.ingest import _lexicon, _title_row_dimension
from genero_etl.tabular.semantic import title_measure

SOURCE = (
    "Fuente: Estadísticas de Educación INE, con datos proporcionados por el Ministerio de Educación"
)


def test_shares_by_sector_are_percentages_of_each_sector_and_sex(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "superior.xlsx",
        {
            "3.15": [
                [
                    "Proporción de matriculados educación superior por sector según sexo y año. Año 2021-2022/1"
                ],
                ["República de Guatemala"],
                [],
                ["Sexo", 2021, None, None, "2022/1", None, None],
                [None, "Hombre", "Mujer", "Ignorado", "Hombre", "Mujer", "Ignorado"],
                ["Público", 43.848077, 56.151923, 0, 43.157895, 56.842105, 0],
                ["Privado", 45.52696, 51.813792, 2.659248, 45.606814, 52.046192, 2.346994],
                [SOURCE],
                ["1/ Cifras Preliminares, primer semestre"],
            ]
        },
    )
    rows = {r.source_locator: r for r in ingest(path, country="GT")}
    women = rows["3.15!F6"]
    assert women.value == pytest.approx(56.842105)
    assert (women.breakdown_dimension, women.breakdown_value) == (
        "sector+sexo",
        "Público | mujeres",
    )
    assert (women.unit, women.value_kind) == ("%", "percentage")  # a share, never a count
    assert (women.period_start, women.period_end) == ("2022-01-01", "2022-06-30")
    assert "preliminary" in women.quality_flags  # the note says so; the year stays 2022
    assert "Cifras Preliminares" in women.period_label
    assert "Público" not in women.indicator_label
    private_2021 = rows["3.15!C7"]
    assert (private_2021.value, private_2021.period_start) == (
        pytest.approx(51.813792),
        "2021-01-01",
    )
    assert private_2021.breakdown_value == "Privado | mujeres"
    assert "preliminary" not in private_2021.quality_flags
    assert not any(r.value == 1 for r in rows.values())  # the note's "1" is no value


def test_rates_by_department_and_sex_are_rates(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "escolaridad.xlsx",
        {
            "3.4": [
                [
                    "Tasa neta de escolaridad nivel primario por departamento, por sexo y año. Serie Histórica 2018-2021"
                ],
                ["República de Guatemala"],
                [],
                ["Departamento", 2018, None, 2019, None],
                [None, "Hombre", "Mujer", "Hombre", "Mujer"],
                ["Guatemala", 99.242041, 100.05969, 105.609103, 106.361887],
                ["El Progreso", 94.761185, 92.730225, 105.235556, 100.81761],
                ["Sacatepéquez", 93.933275, 94.842834, 99.325853, 99.618173],
                ["Quetzaltenango", 92.339515, 90.620569, 97.811269, 96.646286],
                [SOURCE],
            ]
        },
    )
    rows = {r.source_locator: r for r in ingest(path, country="GT")}
    women = rows["3.4!C9"]
    assert (women.value, women.admin1, women.period_start) == (
        pytest.approx(90.620569),
        "GT-09",
        "2018-01-01",
    )
    assert women.value_kind == "rate" and women.unit == "tasa"  # a rate, never a count
    assert women.indicator_label.startswith(
        "Tasa neta de escolaridad nivel primario"
    )  # not "Mujer"
    over_100 = rows["3.4!E6"]
    assert (over_100.value, over_100.value_kind) == (pytest.approx(106.361887), "rate")


@pytest.mark.parametrize(
    ("title", "dimension"),
    [
        (
            "Proporción de matriculados educación superior por sector según sexo y año. Año 2021-2022/1",
            "sector",
        ),
        (
            "Proporción de graduados educación superior sector público por nivel según sexo y año",
            "nivel",
        ),
        ("Tasa neta de escolaridad nivel primario por departamento, por sexo y año", ""),
        ("Tasa de homicidios por 100.000 habitantes por año", ""),
    ],
)
def test_the_rows_breakdown_a_title_names(title: str, dimension: str) -> None:
    assert _title_row_dimension(title, _lexicon()) == dimension


@pytest.mark.parametrize(
    ("title", "header", "kind"),
    [
        ("Tasa neta de deserción escolar nivel básico por año según sexo", "2018 Hombre", "rate"),
        ("Proporción de graduados educación superior por sector", "Mujer", "percentage"),
        ("Tasa de homicidios y casos", "Casos", ""),  # the header names its own measure
        ("Casos VIH positivos año 2018", "Femenino", ""),
    ],
)
def test_a_title_opening_with_its_measure(title: str, header: str, kind: str) -> None:
    assert title_measure(_lexicon(), title, header) == kind


def test_a_preliminary_note_stays_in_the_period_label() -> None:
    year = layout.header_period("2022", None)
    assert year is not None
    noted = layout.noted_period(year, "1/ Cifras Preliminares, primer semestre")
    assert (noted.start, noted.end) == ("2022-01-01", "2022-06-30")
    assert noted.label == "2022 (Cifras Preliminares, primer semestre)"
    other = layout.noted_period(year, "1/ Incluye los casos del departamento de Petén")
    assert (other.start, other.end, other.label) == ("2022-01-01", "2022-12-31", "2022")
    whole = layout.noted_period(year, "1/ Cifras preliminares")
    assert (whole.start, whole.end, whole.label) == (
        "2022-01-01",
        "2022-12-31",
        "2022 (Cifras preliminares)",
    )
