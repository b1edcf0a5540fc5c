""" "En el mismo período de 2022" in a report of one quarter is that quarter of 2022, not the
whole year; in a report of a whole year it is the year."""

from __future__ import annotations

from pathlib import Path

from genero_etl.pipeline import IngestOptions, extract_document


def _periods(tmp_path: Path, text: str) -> list[tuple[float | None, str, str, str]]:
    report = tmp_path / "informe.txt"
    report.write_text(text, encoding="utf-8")
    found = extract_document(report, report.name, IngestOptions()).observation_list()
    return [(o.value, o.period_start, o.period_end, o.source_locator) for o in found]


def test_the_same_months_of_another_year(tmp_path: Path) -> None:
    found = _periods(
        tmp_path,
        "Informe de actividades, tercer trimestre 2023\n"
        "Durante el trimestre se brindaron 3 mil 412 asesorías a mujeres.\n"
        "En el mismo periodo de 2022 se atendieron 2 mil 980 mujeres.\n",
    )
    assert found == [
        (3412.0, "2023-07-01", "2023-09-30", "line:2"),
        (2980.0, "2022-07-01", "2022-09-30", "line:3"),
    ]


def test_a_leap_days_month_of_another_year(tmp_path: Path) -> None:
    found = _periods(
        tmp_path,
        "Boletín de la Línea 144, febrero 2024\nEn igual mes de 2023 se atendieron 980 llamadas.\n",
    )
    assert found == [(980.0, "2023-02-01", "2023-02-28", "line:2")]


def test_a_whole_years_report_keeps_the_year(tmp_path: Path) -> None:
    found = _periods(
        tmp_path,
        "Informe anual 2023\nEn el mismo período de 2022 se atendieron 2 mil 980 mujeres.\n",
    )
    assert found == [(2980.0, "2022-01-01", "2022-12-31", "line:2")]


def test_the_same_months_said_after_a_count(tmp_path: Path) -> None:
    found = _periods(
        tmp_path,
        "Secretaría de las Mujeres - Rendición de cuentas 2023\n"
        "Entre enero y septiembre se registraron 14 feminicidios en la ciudad, frente a 18 en "
        "igual periodo de 2022.\n"
        "La Línea atendió 52.310 llamadas, un 12 % más que en el mismo período de 2022.\n",
    )
    assert found == [
        (14.0, "2023-01-01", "2023-09-30", "line:2"),
        (18.0, "2022-01-01", "2022-09-30", "line:2"),
        (52310.0, "2023-01-01", "2023-12-31", "line:3"),
    ]
