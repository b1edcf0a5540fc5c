"""Week numbers in running text: after a week named with its cue ("semana epidemiológica 4 de
2024"), "las semanas 1 a 4 del presente año" are weeks of that year, and a bare number the text
refers back to a week with ("y en la 45 fueron ...") is that week; neither is ever a value.
Without such a cue a bare number after "la" is read as before. The first sentences are from a
department's surveillance committee report (Casanare, Colombia, 2024)."""

from __future__ import annotations

import pytest

from genero_etl.extract.finding import DocContext
from genero_etl.extract.numbers import Convention
from genero_etl.extract.periods import find_weeks, week_number_spans
from genero_etl.extract.text import extract_findings
from genero_etl.model import Segment
from genero_etl.normalize.codebook import load_codebook

CODEBOOK = load_codebook()

CASANARE = (
    "Luego del Comité de Vigilancia Epidemiológica – COVE para la semana epidemiológica 4 de "
    "2024, la Secretaría de Salud de Casanare informa a la comunidad sobre el seguimiento "
    "realizado durante las semanas 1 a 4 del presente año. En este período, se han notificado "
    "un total de 575 casos de eventos de interés en salud pública."
)


def values(text: str, year: int | None = 2024) -> list[tuple[float | None, str | None, str | None]]:
    ctx = DocContext(convention=Convention.DECIMAL_COMMA, year=year)
    segments = [Segment(line, f"line:{n}") for n, line in enumerate(text.split("\n"), 1)]
    found = extract_findings(segments, ctx, CODEBOOK.lexicon)
    return [
        (f.value, f.period.start if f.period else None, f.period.end if f.period else None)
        for f in found
    ]


def test_short_week_words_after_a_week_cue() -> None:
    weeks = find_weeks(CASANARE, 2023)
    assert [(w.start, w.end, w.label) for w in weeks] == [
        ("2024-01-21", "2024-01-27", "semana epidemiológica 4 de 2024"),
        # weeks 1 to 4 of the year of the week named before (week 1 of 2024 begins on 31
        # December 2023), not of the report's year
        ("2023-12-31", "2024-01-27", "semanas 1 a 4"),
    ]
    assert values(CASANARE) == [(575, None, None)]


def test_a_week_dates_its_count() -> None:
    text = (
        "Durante la última semana epidemiológica 4 de 2024, se notificaron 125 casos "
        "adicionales, siendo el 21,7% del total de eventos registrados hasta el momento."
    )
    assert values(text) == [
        (125, "2024-01-21", "2024-01-27"),
        (21.7, "2024-01-21", "2024-01-27"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the week number of "semana epidemiológica 46" is no value, and the week referred
        # back to ("y en la 45") is the next count's period
        (
            "En la semana epidemiológica 46 se notificaron 1.234 casos de violencia de género, "
            "y en la 45 fueron 1.100 casos.",
            [(1234, "2024-11-10", "2024-11-16"), (1100, "2024-11-03", "2024-11-09")],
        ),
        # "hasta la 40": weeks 1 to 40
        (
            "En la SE 46 se notificaron 1.234 casos; hasta la 40 fueron 9.800 casos.",
            [(1234, "2024-11-10", "2024-11-16"), (9800, "2023-12-31", "2024-10-05")],
        ),
        # "semana 46" without its cue dates nothing in running text, but "la 45" after it is
        # still a week number, never a value
        (
            "En la semana 46 se notificaron 1.234 casos de violencia de género, y en la 45 "
            "fueron 1.100 casos.",
            [(1234, None, None), (1100, None, None)],
        ),
        # no week in the text: "la 2" is read as before
        (
            "Una semana antes hubo 7 casos; en la 2 fueron 4.",
            [(7, None, None), (2, None, None), (4, None, None)],
        ),
    ],
)
def test_bare_week_numbers(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert values(text) == expected


def test_week_numbers_are_masked_without_a_year() -> None:
    text = "En la semana epidemiológica 46 se notificaron 1.234 casos, y en la 45 fueron 1.100."
    spans = week_number_spans(text)
    assert [text[a:b] for a, b in spans] == ["semana epidemiológica 46", "45"]
    assert values(text, None) == [(1234, None, None), (1100, None, None)]
