"""Periods as reports write them, and what is not a period."""

from __future__ import annotations

import pytest

from genero_etl.extract.periods import find_periods, parse_period_option
from genero_etl.normalize.document import infer_period


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Respuesta a la AVGM Ene-Jun 2022", "2022-01-01", "2022-06-30"),
        ("del 01 de enero de 2024 al 31 de diciembre de 2024", "2024-01-01", "2024-12-31"),
        ("1ero de enero de 2024 al 31 de diciembre 2024", "2024-01-01", "2024-12-31"),
        ("Informe enero a junio de 2023", "2023-01-01", "2023-06-30"),
        ("1er trimestre 2023", "2023-01-01", "2023-03-31"),
        ("segundo semestre de 2021", "2021-07-01", "2021-12-31"),
        ("Datos abiertos 2024", "2024-01-01", "2024-12-31"),
        ("del 1 de febrero al 29 de febrero de 2024", "2024-02-01", "2024-02-29"),
    ],
)
def test_periods(text: str, start: str, end: str) -> None:
    best = max(find_periods(text), key=lambda p: p.strength)
    assert (best.start, best.end) == (start, end)


def test_quarter_label_keeps_its_months() -> None:
    (period,) = find_periods("Trimestre ene-abr:", 2022)
    assert (period.start, period.end) == ("2022-01-01", "2022-04-30")


@pytest.mark.parametrize(
    "text",
    ["Administración 2021 -2024", "PLADECO 2018 - 2025", "Fecha: 03/11/2023", "Programa 2013-2018"],
)
def test_terms_horizons_and_dates_are_not_the_document_period(text: str) -> None:
    assert infer_period([text]) is None


def test_document_period_from_title_zone() -> None:
    lines = [
        "INSTITUTO MUNICIPAL",
        "H. AYUNTAMIENTO 2021 -2024",
        "Informe de corte Ene-Jun 2022",
        "texto 2019",
    ]
    period = infer_period(lines)
    assert period is not None and (period.start, period.end, period.label) == (
        "2022-01-01",
        "2022-06-30",
        "Ene-Jun 2022",
    )


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # "del año" before the year: before, only "año 2024" was read, the whole year
        (
            "Durante el primer semestre del año 2024, la Línea 114 recibió",
            "2024-01-01",
            "2024-06-30",
        ),
        ("en el tercer trimestre del año 2023", "2023-07-01", "2023-09-30"),
        # Roman numerals and ordinal signs, as Central American offices write them
        ("Informe de gestión I Semestre 2024", "2024-01-01", "2024-06-30"),
        ("Boletín estadístico IV trimestre 2023", "2023-10-01", "2023-12-31"),
        ("Datos del 2° trimestre 2024", "2024-04-01", "2024-06-30"),
        ("quinto bimestre de 2023", "2023-09-01", "2023-10-31"),
    ],
)
def test_parts_of_a_year_as_offices_number_them(text: str, start: str, end: str) -> None:
    best = max(find_periods(text), key=lambda p: p.strength)
    assert (best.start, best.end) == (start, end)


@pytest.mark.parametrize("text", ["Mi semestre 2023", "el V trimestre de 2023"])
def test_a_part_a_year_does_not_have_is_no_part(text: str) -> None:
    assert [(p.start, p.end) for p in find_periods(text)] == [("2023-01-01", "2023-12-31")]


def test_a_paragraphs_period_of_another_year_is_not_the_reports() -> None:
    """The title says 2023; a sentence in the body speaks of the first half of 2024."""
    lines = [
        "GOBIERNO AUTÓNOMO MUNICIPAL DE SUCRE",
        "INFORME DE RENDICIÓN PÚBLICA DE CUENTAS - GESTIÓN 2023",
        "El SLIM atendió 1.248 casos de violencia en el municipio.",
        "En el departamento de Potosí, la FELCV reportó 2.315 denuncias en el primer semestre de 2024.",
    ]
    found = infer_period(lines)
    assert found is not None and (found.start, found.end) == ("2023-01-01", "2023-12-31")
    # months of the title's own year narrow it, as before
    lines[-1] = "Entre enero y agosto de 2023, la FELCV reportó 2.315 denuncias en el departamento."
    found = infer_period(lines)
    assert found is not None and (found.start, found.end) == ("2023-01-01", "2023-08-31")
    # a date's year is not a title's: "Redacción - 18 Jul 2024" then the lead's months
    found = infer_period(
        ["Redacción: Redacción Comercial - 18 Jul 2024 | 15:41 h",
         "El ministerio ha proporcionado 67,603 atenciones de enero a mayo de 2023 a mujeres."]
    )  # fmt: skip
    assert found is not None and (found.start, found.end) == ("2023-01-01", "2023-05-31")


@pytest.mark.parametrize(
    ("option", "start", "end"),
    [
        ("2024", "2024-01-01", "2024-12-31"),
        ("2024-S2", "2024-07-01", "2024-12-31"),
        ("2023-Q2", "2023-04-01", "2023-06-30"),
        ("2024-01-01/2024-03-31", "2024-01-01", "2024-03-31"),
    ],
)
def test_period_option(option: str, start: str, end: str) -> None:
    parsed = parse_period_option(option)
    assert parsed is not None and (parsed.start, parsed.end) == (start, end)


@pytest.mark.parametrize(
    ("lines", "start"),
    [
        (["PROGRAMA MUNICIPAL DE LA MUJER", "AÑO DE INICIO: 2011", "Informe de gestión 2023"],
         "2023-01-01"),
        (["Ley 26.485 de 2009", "Informe anual 2022 de la Dirección de Género"], "2022-01-01"),
        (["Publicado el 3 de mayo de 2019", "Memoria 2018 de la Oficina de la Mujer"],
         "2018-01-01"),
        (["Administración 2021-2024", "Informe del primer semestre de 2023"], "2023-01-01"),
    ],
)  # fmt: skip
def test_the_reports_period_is_not_a_start_a_laws_or_a_publication_year(
    lines: list[str], start: str
) -> None:
    from genero_etl.normalize.document import infer_period

    found = infer_period(lines)
    assert found is not None and found.start == start
