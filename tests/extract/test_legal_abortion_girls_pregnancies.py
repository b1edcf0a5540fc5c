"""(issue 10) Legal abortion and pregnancies of girls as health services count them (`dev102`):
a place's population said beside its count is no value, and a count "del año previo" after a
count of its sentence's year is of the year before; each case on the real document, with
guards of close sentences of other offices that keep their reading."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, line_values, text_facts


def test_the_population_of_a_place_where_people_live_is_no_value(tmp_path: Path) -> None:
    # "La incidencia de abortos en la Isla de la Juventud, donde viven unas 85,000 personas,
    # responde al “desconocimiento” ..." (lexicon ``never_values.dwellers``)
    name = "cu_isla_juventud_abortos_regulaciones_2018"
    assert line_values(tmp_path, name, "line:4") == []
    assert sorted(line_values(tmp_path, name, "line:2")) == [900.0, 1200.0]


def test_a_count_of_the_previous_year_after_one_of_the_sentences_year(tmp_path: Path) -> None:
    # "En 2024, se reportaron 2.756 embarazos de niñas de 10 a 14 años, frente a los 4.333 del
    # año previo" (lexicon ``periods.previous_year_after``)
    facts = text_facts(
        tmp_path,
        "En 2024, se reportaron 2.756 embarazos de niñas de 10 a 14 años, frente a los 4.333 "
        "del año previo.",
    )
    periods = {value: (start, end) for _, value, *_, start, end in facts}
    assert periods[2756.0] == ("2024-01-01", "2024-12-31")
    assert periods[4333.0] == ("2023-01-01", "2023-12-31")


def test_the_ecuadorian_report_dates_the_year_before(tmp_path: Path) -> None:
    facts = corpus_facts(tmp_path, "ec_msp_embarazos_ninas_10_14_anos_2024")
    (row,) = [f for f in facts if f[1] == 4333.0]
    assert row[-2:] == ("2023-01-01", "2023-12-31")


def test_guards_people_a_shelter_houses_and_the_year_before_already_read(tmp_path: Path) -> None:
    facts = text_facts(
        tmp_path,
        "El refugio municipal, donde viven 14 mujeres con sus hijos, atendió a 120 personas "
        "en 2023.\nEn 2024 se atendieron 300 casos, frente a los 250 del año anterior.",
    )
    values = {value: (indicator, start) for _, value, indicator, *_, start, _end in facts}
    assert values[14.0] == ("refugios_personas_alojadas", "2023-01-01")
    assert values[120.0][0] == "personas_asistidas"
    assert values[250.0] == ("personas_asistidas", "2023-01-01")
