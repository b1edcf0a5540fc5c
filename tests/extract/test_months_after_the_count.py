"""A month, or a span of months, written after a count in its own clause dates that count ("Dos
mujeres fueron asesinadas en enero de 2024"), not the year around it; a month of another
clause, a law's, a publication's or a term's dates nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.extract.found import Dated
from tests.extract.found import periods as found_periods

from genero_etl.extract.periods import single_months
from genero_etl.pipeline import IngestOptions, extract_document


def periods(text: str, year: int | None = 2021) -> Dated:
    return found_periods(text, year)


CASES = [
    # the month and its year, after the verb of the count's clause
    ("Dos mujeres fueron asesinadas en enero de 2024.", [(2, "2024-01-01", "2024-01-31")]),
    # each count its own month, in a report of another year
    (
        "Se registraron 12 feminicidios en febrero de 2024 y 9 en marzo de 2024.",
        [(12, "2024-02-01", "2024-02-29"), (9, "2024-03-01", "2024-03-31")],
    ),
    # a month closing its clause with "y" is still a month
    (
        "La fiscal detalló que se abrieron 45 carpetas de investigación en enero de 2021 y "
        "agregó que la cifra disminuyó respecto del mes anterior.",
        [(45, "2021-01-01", "2021-01-31")],
    ),
    # spans of months after their counts
    (
        "Se registraron 12 feminicidios entre enero y marzo de 2024 y 9 entre abril y junio "
        "de 2024.",
        [(12, "2024-01-01", "2024-03-31"), (9, "2024-04-01", "2024-06-30")],
    ),
    (
        "Un total de 300 mujeres fueron atendidas de enero a marzo de 2024.",
        [(300, "2024-01-01", "2024-03-31")],
    ),
    # without its year: the year the sentence names before it, else the report's
    (
        "En 2020 se registraron 45 casos en febrero y 30 casos en marzo.",
        [(45, "2020-02-01", "2020-02-29"), (30, "2020-03-01", "2020-03-31")],
    ),
    ("Se atendieron 41 mujeres durante el mes de marzo.", [(41, "2021-03-01", "2021-03-31")]),
    # the year compared with, in the count's own month
    (
        "Se registraron 22 femicidios, frente a 24 en enero de 2020.",
        [(22, None, None), (24, "2020-01-01", "2020-01-31")],
    ),
    # a founding's, a term's, a law's month dates nothing
    ("La Línea 100 atendió 500 llamadas desde su creación en marzo de 2019.", [(500, None, None)]),
    (
        "Se registraron 33 denuncias durante la administración iniciada en enero de 2019.",
        [(33, None, None)],
    ),
    (
        "Según la Ley 30364 publicada en noviembre de 2015, se registraron 70 denuncias.",
        [(70, None, None)],
    ),
    # the month of another clause
    ("Se atendieron 300 mujeres y se inauguró el centro en marzo.", [(300, None, None)]),
    ("Se atendieron 200 mujeres que llegaron al refugio en abril.", [(200, None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_month_after_a_count_dates_it(
    text: str, expected: list[tuple[float, str | None, str | None]]
) -> None:
    assert periods(text) == expected


def test_a_month_before_its_clause_ends_with_y() -> None:
    found = single_months("en enero de 2021 y agregó que", 2020)
    assert [(m.label, m.start, m.end) for m in found] == [
        ("en enero de 2021", "2021-01-01", "2021-01-31")
    ]
    assert single_months("en enero y febrero se atendieron", 2020) == ()
    assert single_months("en enero de 2021 y 2022 se atendieron", 2020) == ()
    # the first month of "en enero y en febrero" is no single month: the second is
    assert [m.label for m in single_months("en enero y en febrero", 2020)] == ["en febrero"]


def test_a_month_closing_its_clause_dates_no_count_after_it() -> None:
    assert periods("En enero de 2021 y agregó que se abrieron 45 carpetas de investigación.") == [
        (45, "2021-01-01", "2021-12-31")
    ]


def test_in_a_report_of_another_year(tmp_path: Path) -> None:
    report = tmp_path / "informe.txt"
    report.write_text(
        "Informe anual de feminicidios 2021\n"
        "La Fiscalía General de Justicia presentó el informe sobre violencia contra las "
        "mujeres del estado de Jalisco.\n"
        "Durante 2021 se registraron 80 feminicidios.\n"
        "Se registraron 12 feminicidios en febrero de 2024 y 9 en marzo de 2024.\n",
        encoding="utf-8",
    )
    found = extract_document(report, report.name, IngestOptions()).observation_list()
    assert [
        (o.value, o.indicator_id, o.period_start, o.period_end, o.admin1, o.source_locator)
        for o in found
    ] == [
        (80.0, "femicidios", "2021-01-01", "2021-12-31", "MX-JAL", "line:3"),
        (12.0, "femicidios", "2024-02-01", "2024-02-29", "MX-JAL", "line:4"),
        (9.0, "femicidios", "2024-03-01", "2024-03-31", "MX-JAL", "line:4"),
    ]
