"""Wrong facts a careful reader would not publish: a share stated with its category is that
category's share, not the total's; "22 femicidios (24 en 2022)" compares two years, 24 is no
part of 22; a count over a span of years ("entre 2020 y 2023") is dated by the span. Every
sentence is from a report of the text corpus
(tests/acceptance/texts) or written the way those reports write."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.extract.reports import extracted


def _rows(tmp_path: Path, text: str) -> list[tuple[float, str, str, str, str, str]]:
    return [
        (
            o.value,
            o.unit,
            o.breakdown_dimension,
            o.breakdown_value,
            o.period_label,
            o.source_locator,
        )
        for o in extracted(tmp_path, text)
    ]


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        # a share right after "de las cuales": the share of a part of the count
        (
            "En 2023 se registraron 1.250 denuncias, de las cuales el 62 % correspondió a "
            "violencia intrafamiliar y el 20 % a violencia psicológica.",
            [(62.0, "grupo", "violencia intrafamiliar"), (20.0, "grupo", "violencia psicológica")],
        ),
        # the count of the share in parentheses, then the part's words (DO, Casas de Acogida)
        (
            "Mientras, en las Casas de Acogida se acogió a 1,383 personas hasta noviembre de "
            "2018, de las cuales el 48.5 % (671) son mujeres, y el 51.5 % (712) son menores de "
            "13 años y adolescentes.",
            [(48.5, "sexo", "mujeres"), (51.5, "grupo", "menores de 13 años y adolescentes")],
        ),
        # "De estos," opening the next sentence (PE, Programa Aurora in Cusco)
        (
            "Entre enero y septiembre de 2024, se han atendido 8,222 casos en los Centros de "
            "Emergencia Mujer (CEM) de la región. De estos, el 52.5% corresponden a maltrato "
            "psicológico, el 34.8% a maltrato físico y el 11.8% a violencia sexual.",
            [
                (52.5, "grupo", "maltrato psicológico"),
                (34.8, "grupo", "maltrato físico"),
                (11.8, "grupo", "violencia sexual"),
            ],
        ),
        # the verb names the category (lexicon phrases.share_category), no count before it
        (
            "En 2023 se registraron 1.250 denuncias. El 45,3 % correspondió a violencia "
            "psicológica.",
            [(45.3, "grupo", "violencia psicológica")],
        ),
        (
            "Del total de consultas de 2025, el 81,2 % correspondió a mujeres y el 18,8 % a "
            "hombres.",
            [(81.2, "sexo", "mujeres")],
        ),
    ],
)
def test_a_share_with_its_category_is_that_categorys(
    tmp_path: Path, text: str, shares: list[tuple[float, str, str]]
) -> None:
    rows = _rows(tmp_path, text)
    got = [(v, dim, val) for v, unit, dim, val, _, _ in rows if unit == "%"]
    for share in shares:
        assert share in got, got
    assert all(line == "line:1" for *_, line in rows)
    assert all(
        val != "_T" for v, unit, _, val, _, _ in rows if (v, unit) in {(s[0], "%") for s in shares}
    )


def test_a_listed_category_is_not_read_as_one(tmp_path: Path) -> None:
    """ "el 55% de las alertas corresponden a Quito, capital del país, y a Guayaquil": the
    share is of two cities; it is not published as Quito's."""
    rows = _rows(
        tmp_path,
        "En 2020, aproximadamente el 55% de las alertas corresponden a Quito, capital del país, "
        "y a Guayaquil (oeste).",
    )
    assert all(val != "Quito" for _, _, _, val, _, _ in rows), rows


def test_the_count_of_a_share_is_of_the_same_part(tmp_path: Path) -> None:
    """ "el 51.5 % (712) son menores de 13 años y adolescentes": 712 is that part's count."""
    rows = _rows(
        tmp_path,
        "Mientras, en las Casas de Acogida se acogió a 1,383 personas hasta noviembre de 2018, "
        "de las cuales el 48.5 % (671) son mujeres, y el 51.5 % (712) son menores de 13 años y "
        "adolescentes.",
    )
    # "hasta noviembre de 2018": January to November, the period of every count of the sentence
    assert (671.0, "personas", "sexo", "mujeres", "hasta noviembre de 2018", "line:1") in rows
    assert (
        712.0,
        "personas",
        "grupo",
        "menores de 13 años y adolescentes",
        "hasta noviembre de 2018",
        "line:1",
    ) in rows


def test_a_share_in_parentheses_after_a_count_referred_back_is_kept(tmp_path: Path) -> None:
    """ "de los 24 casos ..., solo 4 de ellos (17%) son reincidentes" (PE, CEM La Esperanza):
    "de ellos" refers the count 4 back to the 24; the 17 % in parentheses is that count's
    share, not a part of 4, and stays a value."""
    rows = _rows(
        tmp_path,
        "De acuerdo a los informes mensuales del CEM La Esperanza, de los 24 casos presentados "
        "por violencia familiar y sexual en enero del presente año, 20 (83%) son nuevos y solo "
        "4 de ellos (17%) son reincidentes.",
    )
    assert [v for v, unit, *_ in rows if unit == "%"] == [83.0, 17.0]


def test_the_count_keeps_its_total(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        "En 2023 se registraron 1.250 denuncias, de las cuales el 62 % correspondió a "
        "violencia intrafamiliar.",
    )
    assert (1250.0, "denuncias", "_T", "_T", "2023", "line:1") in rows


@pytest.mark.parametrize(
    ("text", "compared"),
    [
        (
            "En 2023 se registraron 22 femicidios (24 en 2022).",
            (24.0, "femicidios", "_T", "_T", "2022", "line:1"),
        ),
        (
            "En 2023 se registraron 22 femicidios (24 femicidios en el 2022).",
            (24.0, "femicidios", "_T", "_T", "2022", "line:1"),
        ),
        (
            "Entre enero y junio de 2023 se registraron 22 femicidios (24 en el mismo periodo de "
            "2022).",
            (24.0, "femicidios", "_T", "_T", "en el mismo periodo de 2022", "line:1"),
        ),
    ],
)
def test_a_year_in_parentheses_is_a_comparison_not_a_part(
    tmp_path: Path, text: str, compared: tuple[float, str, str, str, str, str]
) -> None:
    """ "22 femicidios (24 en 2022)": 24 is the same count in 2022, not a part of the 22."""
    rows = _rows(tmp_path, text)
    assert compared in rows, rows
    assert rows[0][:4] == (22.0, "femicidios", "_T", "_T")


def test_parts_in_parentheses_stay_parts(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "En 2023 se realizaron 45 talleres (30 presenciales y 15 virtuales).")
    assert (30.0, "talleres", "modalidad", "presenciales", "2023", "line:1") in rows
    assert (15.0, "talleres", "modalidad", "virtuales", "2023", "line:1") in rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Entre 2020 y 2023 se registraron 400 denuncias por violencia de género.",
            [(400.0, "2020-01-01", "2023-12-31", "Entre 2020 y 2023")],
        ),
        (
            "En el periodo 2022-2023 se registraron 400 denuncias por violencia de género.",
            [(400.0, "2022-01-01", "2023-12-31", "periodo 2022-2023")],
        ),
        # CR, Inamu: "del 2012 al 2016"
        (
            "Según los datos, que van del 2012 al 2016, inclusive, los Centros Especializados de "
            "Atención y Albergue Temporal para Mujeres recibieron a 1.860 mujeres y sus hijos.",
            [(1860.0, "2012-01-01", "2016-12-31", "del 2012 al 2016")],
        ),
        # a change over the span: the level it starts from is the first year's
        (
            "De 2020 a 2023 las denuncias aumentaron de 300 a 450.",
            [
                (300.0, "2020-01-01", "2020-12-31", "2020"),
                (450.0, "2023-01-01", "2023-12-31", "2023"),
            ],
        ),
        # BO, Policía: the same with "Desde ... hasta"
        (
            "Desde 2015 hasta 2019, el número total de denuncias aumentó de 33,522 a 35,576.",
            [
                (33522.0, "2015-01-01", "2015-12-31", "2015"),
                (35576.0, "2019-01-01", "2019-12-31", "2019"),
            ],
        ),
        # UY, Ministerio del Interior: two levels, "respectivamente"
        (
            "En cuanto a la cantidad total de femicidios desde 2015 a 2018, hubo un incremento de "
            "cuatro casos (26 contra 30, respectivamente).",
            [
                (26.0, "2015-01-01", "2015-12-31", "2015"),
                (30.0, "2018-01-01", "2018-12-31", "2018"),
            ],
        ),
        # a share of a count over the span is over the span too (MX, San Luis Potosí)
        (
            "De las 8800 mujeres atendidas entre el año 2015 y 2018, el 14 por ciento procede del "
            "municipio de Soledad.",
            [
                (8800.0, "2015-01-01", "2018-12-31", "entre el año 2015 y 2018"),
                (14.0, "2015-01-01", "2018-12-31", "entre el año 2015 y 2018"),
            ],
        ),
    ],
)
def test_a_count_over_a_span_of_years_carries_the_span(
    tmp_path: Path, text: str, expected: list[tuple[float, str, str, str]]
) -> None:
    got = [
        (o.value, o.period_start, o.period_end, o.period_label, o.source_locator)
        for o in extracted(tmp_path, text)
    ]
    for value, start, end, label in expected:
        assert (value, start, end, label, "line:1") in got, got


def test_a_term_of_office_is_no_span(tmp_path: Path) -> None:
    """ "Administración 2021-2024": a term's years, not the period of the count."""
    got = [
        (o.value, o.period_start)
        for o in extracted(tmp_path, "Administración 2021-2024: se atendieron 300 mujeres.")
    ]
    assert got == [(300.0, "")]
