"""A monthly report's title names its month ("Informe mensual ..., marzo 2024"): that month
is the report's period, not its year. Months of two years ("entre marzo de 2024 y febrero de
2025") are one period. Sentences from the text corpus (tests/acceptance/texts/docs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from genero_etl.extract.periods import find_periods, title_month
from genero_etl.normalize.document import infer_period
from genero_etl.pipeline import IngestOptions, extract_document


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        # co_cali_personeria_declaraciones_victimas_2025.txt, line 6
        (
            "según datos revelados por la Personería Distrital en la capital del Valle del "
            "Cauca, entre marzo de 2024 y febrero de 2025, se reportaron 7702 declaraciones",
            "2024-03-01",
            "2025-02-28",
            "marzo de 2024 y febrero de 2025",
        ),
        # uy_montevideo_comuna_mujer_2025.txt, line 4
        (
            "Datos del periodo noviembre 2024 - octubre 2025",
            "2024-11-01",
            "2025-10-31",
            "noviembre 2024 - octubre 2025",
        ),
        # uy_paysandu_servicio_atencion_2011.txt, line 7
        (
            "entre agosto de 2010 y enero de 2011 este servicio atendió las consultas de 180",
            "2010-08-01",
            "2011-01-31",
            "agosto de 2010 y enero de 2011",
        ),
        (
            "de julio de 2023 a junio de 2024",
            "2023-07-01",
            "2024-06-30",
            "de julio de 2023 a junio de 2024",
        ),
    ],
)
def test_months_of_two_years_are_one_period(text: str, start: str, end: str, label: str) -> None:
    found = [p for p in find_periods(text) if p.strength == 2]
    assert [(p.start, p.end, p.label) for p in found] == [(start, end, label)]


def test_two_months_compared_are_not_a_period() -> None:
    found = find_periods("marzo de 2023 y marzo de 2024")
    assert [(p.start, p.end, p.strength) for p in found] == [
        ("2023-01-01", "2023-12-31", 1),
        ("2024-01-01", "2024-12-31", 1),
    ]


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("Informe mensual del Observatorio de Violencia de Género de Salta, marzo 2024",
         ("2024-03-01", "2024-03-31")),
        ("BOLETÍN ESTADÍSTICO MARZO DE 2024", ("2024-03-01", "2024-03-31")),
        ("Boletín N° 3 - Febrero 2024", ("2024-02-01", "2024-02-29")),
        ("Informe correspondiente al mes de marzo de 2024", ("2024-03-01", "2024-03-31")),
        # a cumulative figure: from January to that month
        ("Acumulado hasta marzo 2024", ("2024-01-01", "2024-03-31")),
        # a date, a publication, a sentence's own month: the year
        ("Lima, 5 de marzo de 2024", ("2024-01-01", "2024-12-31")),
        ("Publicado: marzo 2024", ("2024-01-01", "2024-12-31")),
        ("En marzo de 2024 la línea atendió 300 llamadas", ("2024-01-01", "2024-12-31")),
    ],
)  # fmt: skip
def test_a_titles_month_is_the_reports_period(title: str, period: tuple[str, str]) -> None:
    found = infer_period([title])
    assert found is not None and (found.start, found.end) == period


def test_a_title_month_is_one_month_of_one_line() -> None:
    assert title_month("Reporte | Marzo - 2024") is not None
    assert title_month("marzo 2024 y abril 2024") is None  # two months
    assert title_month("miércoles, 21 septiembre de 2022 | 12:13") is None  # a date


def test_a_monthly_reports_values_take_its_month(tmp_path: Path) -> None:
    report = tmp_path / "boletin.txt"
    report.write_text(
        "Boletín mensual de la Línea 144, marzo 2024\n"
        "La línea atendió 1.245 llamadas y se entregaron 37 botones antipánico.\n",
        encoding="utf-8",
    )
    found = extract_document(report, report.name, IngestOptions()).observation_list()
    assert [(o.value, o.source_locator, o.period_start, o.period_end) for o in found] == [
        (1245.0, "line:2", "2024-03-01", "2024-03-31"),
        (37.0, "line:2", "2024-03-01", "2024-03-31"),
    ]
