"""Epidemiological weeks as written (extract/periods.py): headers of surveillance tables
("SE 6 2025", "S.E. 52", "SE1", "Semana 14", "SE 1/2025-6/2025", "1/2025" in a table of
weeks) and sentences of bulletins ("semana epidemiológica 10 de 2024", "hasta la SE 52")."""

from __future__ import annotations

import pytest

from genero_etl.extract.periods import (
    epi_week,
    epi_week_label,
    find_periods,
    names_weeks,
    parse_period_option,
    week_header,
    weeks_in_year,
)


@pytest.mark.parametrize(
    ("year", "week", "start", "end"),
    [
        (2025, 1, "2024-12-29", "2025-01-04"),  # week 1 holds 4 January
        (2025, 6, "2025-02-02", "2025-02-08"),
        (2020, 1, "2019-12-29", "2020-01-04"),
        (2020, 53, "2020-12-27", "2021-01-02"),
        (2021, 1, "2021-01-03", "2021-01-09"),
        (2017, 1, "2017-01-01", "2017-01-07"),
        (2011, 52, "2011-12-25", "2011-12-31"),
    ],
)
def test_epi_week_dates(year: int, week: int, start: str, end: str) -> None:
    found = epi_week(year, week)
    assert found is not None and (found.start, found.end) == (start, end)
    assert found.label == epi_week_label(year, week)


def test_weeks_in_a_year_and_a_week_the_year_lacks() -> None:
    assert (weeks_in_year(2020), weeks_in_year(2024), weeks_in_year(2025)) == (53, 52, 53)
    assert epi_week(2024, 53) is None and epi_week(2024, 0) is None


@pytest.mark.parametrize(
    ("text", "year", "start", "end"),
    [
        ("SE 6 2025", None, "2025-02-02", "2025-02-08"),
        ("S.E. 52", 2024, "2024-12-22", "2024-12-28"),
        ("SE1", 2024, "2023-12-31", "2024-01-06"),
        ("Semana 14", 2024, "2024-03-31", "2024-04-06"),
        ("semana epidemiológica 10 de 2024", None, "2024-03-03", "2024-03-09"),
        ("SE 1/2025-6/2025", None, "2024-12-29", "2025-02-08"),
    ],
)
def test_week_headers(text: str, year: int | None, start: str, end: str) -> None:
    found = week_header(text, year)
    assert found is not None and (found.start, found.end, found.label) == (start, end, text)


def test_a_bare_week_only_in_a_table_of_weeks() -> None:
    assert week_header("1/2025", None) is None  # alone: a month's or a week's?
    found = week_header("1/2025", None, in_weeks=True)
    assert found is not None and (found.start, found.end) == ("2024-12-29", "2025-01-04")
    assert week_header("Semana", 2024) is None  # the column's name, no week
    assert names_weeks("SE 1/2025-6/2025") and names_weeks("semana_epi")
    assert not names_weeks("Provincia") and not names_weeks("Semanal")


def test_weeks_in_sentences() -> None:
    text = "En la semana epidemiológica 10 de 2024 se notificaron 120 casos de violencia."
    (week,) = find_periods(text)
    assert (week.start, week.end, week.label) == (
        "2024-03-03",
        "2024-03-09",
        "semana epidemiológica 10 de 2024",
    )
    # "hasta la SE 52": weeks 1 to 52 of the year, never week 52 alone
    (through,) = find_periods("Hasta la SE 52 de 2023 se notificaron 130.000 casos")
    assert (through.start, through.end) == ("2023-01-01", "2023-12-30")
    # "se" in lower case is a pronoun, "una semana" seven days: no week
    assert all(p.strength == 1 for p in find_periods("Una semana antes, en 2023, se 12 casos"))


def test_the_canonical_form_is_read_back() -> None:
    found = parse_period_option("2025-SE06")
    assert found is not None and (found.start, found.end) == ("2025-02-02", "2025-02-08")
    iso = parse_period_option("2026-W53")
    assert iso is not None and (iso.start, iso.end) == ("2026-12-28", "2027-01-03")
    assert parse_period_option("2024-SE53") is None
