"""Programmes for rural and indigenous women, met in the development corpus
(tests/acceptance/texts, part dev53): a press note's stamp with its clock time ("15 de octubre
de 2018 - 4:09 p. m.") still dates the note, and "entre los meses de enero y setiembre del
presente año" spans those months of its year; the areas a report singles out ("se destacan
seis áreas con impacto directo") are no count; Paraguay's rural women's law (Ley 5446/15)
says the country; officials advised on the route ("se brindó asistencia a 88 autoridades
comunales, jueces de paz, subprefectos") are no people assisted. Each document case reads the
real document as the corpus runner does (its source line blanked) and asserts line, value,
indicator, country, division and period; each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from genero_etl.extract.periods import find_periods

from .reports import corpus_facts, text_facts


def _lines(found: list[tuple[object, ...]], line: str) -> set[float]:
    return {f[1] for f in found if f[0] == line}  # type: ignore[misc]


def test_a_rural_strategys_note_is_dated_by_its_stamp_and_spans_its_months(
    tmp_path: Path,
) -> None:
    """pe_mimp_estrategia_rural_enero_setiembre_2018 (dev53): the note's stamp "15 de octubre
    de 2018 - 4:09 p. m." gave no year (the dash and a digit after it read as a range), so the
    1,215 cases "entre los meses de enero y setiembre del presente año" had no period; they are
    January to September 2018 now, and the note's other counts are of 2018."""
    found = corpus_facts(tmp_path, "pe_mimp_estrategia_rural_enero_setiembre_2018")
    assert (
        "line:4",
        72701.0,
        "participantes_actividades",
        "PE",
        "",
        "2018-01-01",
        "2018-12-31",
    ) in found
    assert ("line:9", 110.0, "personal_atencion", "PE", "", "2018-01-01", "2018-12-31") in found
    cases = [f for f in found if f[0] == "line:6"]
    assert [(f[1], f[3], f[4], f[5], f[6]) for f in cases] == [
        (1215.0, "PE", "", "2018-01-01", "2018-09-30")
    ]
    assert _lines(found, "line:5") == set()  # the stamp's day, year and time


def test_a_clock_time_after_a_year_keeps_the_year_and_a_range_stays_none() -> None:
    """A dash and a clock time after a date's year is a press note's time; a dash and a
    number is still a range or a code, no year alone."""
    assert [p.label for p in find_periods("22 de octubre de 2024 - 6:00 PM")] == ["2024"]
    assert find_periods("en 2018 - 4 casos") == []
    assert find_periods("2018-19") == []


def test_months_between_named_as_months_span_them(tmp_path: Path) -> None:
    """ "Entre los meses de enero y septiembre de 2018" spans the months as "entre enero y
    septiembre" does; two months joined by "y" without "entre" are still not a span."""
    found = text_facts(
        tmp_path,
        "Entre los meses de enero y septiembre de 2018 se atendieron 1215 casos de violencia.\n"
        "En enero y marzo de 2018 se atendieron 40 casos de violencia.\n",
    )
    assert ("line:2", 1215.0, "personas_asistidas", "", "", "2018-01-01", "2018-09-30") in found
    assert ("line:3", 40.0, "personas_asistidas", "", "", "2018-01-01", "2018-12-31") in found


def test_a_reports_areas_are_no_count_and_the_rural_womens_law_says_paraguay(
    tmp_path: Path,
) -> None:
    """py_minmujer_informe_ley_5446_mujeres_rurales (dev53): "se destacan seis áreas con
    impacto directo" was read as six people (a trap); the 782,000 rural women had no country
    (the report names the Ministerio de la Mujer and the Ley Nº 5.446/15, never Paraguay)."""
    found = corpus_facts(tmp_path, "py_minmujer_informe_ley_5446_mujeres_rurales")
    assert _lines(found, "line:3") == set()
    assert [(f[0], f[1], f[3], f[4], f[5]) for f in found] == [("line:5", 782000.0, "PY", "", "")]


def test_items_a_plan_sets_out_in_words_are_no_count_but_people_stay(tmp_path: Path) -> None:
    """A plan's items in words ("comprende seis ejes") are no count; people trained in a
    number of areas are still counted, and so is that number (no item a plan sets out)."""
    found = text_facts(
        tmp_path,
        "El plan comprende seis ejes.\nSe capacitó a 300 mujeres en seis áreas productivas.\n",
    )
    assert _lines(found, "line:2") == set()
    assert ("line:3", 300.0, "personas_capacitadas_genero", "", "", "", "") in found


def test_officials_advised_on_the_route_are_no_people_assisted(tmp_path: Path) -> None:
    """pe_mimp_aurora_estrategia_rural_cuarentena_2020 (dev53): the 88 communal authorities,
    justices of the peace and officers given assistance were published as people assisted;
    the 58 victims attended stay, dated by the note's stamp ("19 de abril de 2020 - 2:00 p.
    m.")."""
    found = corpus_facts(tmp_path, "pe_mimp_aurora_estrategia_rural_cuarentena_2020")
    assert ("line:9", 88.0, "sin_clasificar", "PE", "", "2020-01-01", "2020-12-31") in found
    assert ("line:8", 58.0, "personas_asistidas", "PE", "", "2020-01-01", "2020-12-31") in found
    assert (
        "line:8",
        2.0,
        "refugios_personas_alojadas",
        "PE",
        "",
        "2020-01-01",
        "2020-12-31",
    ) in found
    women = text_facts(
        tmp_path, "En el periodo se brindó asistencia a 88 mujeres víctimas de violencia.\n"
    )
    assert women == [("line:2", 88.0, "personas_asistidas", "", "", "", "")]
