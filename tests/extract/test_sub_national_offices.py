"""Sub-national offices' reports, met in the development corpus (tests/acceptance/texts, part
dev47): a Venezuelan municipal women's institute placed in Mexico by its name, a Guatemalan
municipal women's office left without a country, the boroughs of a Mexican municipality and a
shelter a city does not have counted as the body's facilities, a departmental budget said
with the verb of a spending, women who "han recibido atención psicojurídica" and a year
reported after "Resaltó que en". Each document case reads the real document as the corpus runner
does (its source line blanked) and asserts the line, the number, the indicator, the place and
the period of what is published; each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts

SOTILLO = "ve_sotillo_inmujer_denuncias_agresion"


def test_a_venezuelan_municipal_institute_is_placed_by_its_city(tmp_path: Path) -> None:
    """ve_sotillo_inmujer_denuncias_agresion (dev47): "Instituto Municipal de la Mujer
    (Inmujer) en Sotillo" is Mexican evidence, and "estado Anzoátegui" is also a municipio of
    Colombia's Tolima, so the 118 and 66 complaints (line 4) went out as Mexico's. Puerto La
    Cruz, the city of Anzoátegui's municipio Sotillo (``ve.yaml`` admin1 evidence), says the
    state."""
    found = corpus_facts(tmp_path, SOTILLO)
    assert ("line:4", 118.0, "denuncias_violencia", "VE", "VE-B", "", "") in found
    assert ("line:4", 66.0, "denuncias_violencia", "VE", "VE-B", "", "") in found


def test_a_shelter_the_city_does_not_have_is_no_count(tmp_path: Path) -> None:
    """ve_sotillo_inmujer_denuncias_agresion (dev47): "en Puerto La Cruz no cuentan con una
    casa de abrigo" (line 8) went out as one shelter; "cuentan con una sede" (line 9) is the
    institute's one seat (lexicon ``counts.facility_one_negated``)."""
    found = corpus_facts(tmp_path, SOTILLO)
    assert not [row for row in found if row[0] == "line:8"]
    assert [row[:2] for row in found if row[0] == "line:9"] == [("line:9", 1.0)]
    said = "El municipio no cuenta con una casa de abrigo para las mujeres."
    assert text_facts(tmp_path, said) == []
    found = text_facts(tmp_path, "El instituto cuenta con una casa de abrigo para las mujeres.")
    assert [row[:3] for row in found] == [("line:2", 1.0, "centros_atencion")]


def test_a_guatemalan_municipal_womens_office_is_guatemalas(tmp_path: Path) -> None:
    """gt_quetzaltenango_oficina_mujer_casos_2018 (dev47): "La Oficina de la Mujer de la
    Municipalidad de Quetzaltenango" weighed as much for Chile ("Municipalidad de", "Oficina de
    la Mujer", Chile's words) as the department for Guatemala, and the 105 cases (line 6) went
    out with no country; Guatemala's cities say both too (``gt.yaml`` words), so they say
    neither."""
    found = corpus_facts(tmp_path, "gt_quetzaltenango_oficina_mujer_casos_2018")
    assert [row[:5] for row in found] == [("line:6", 105.0, "sin_clasificar", "GT", "GT-09")]


def test_a_municipalitys_boroughs_are_no_facilities(tmp_path: Path) -> None:
    """mx_queretaro_secretaria_mujer_municipal_psicojuridica_2024_2026 (dev47): "en las siete
    delegaciones del municipio de Querétaro" (line 2) and "Las cuatro delegaciones restantes"
    (line 9) went out as counts: after "las", a number in words is a reference unless it counts
    the body's facilities, and a municipality's delegaciones are its boroughs (lexicon
    ``counts.facility_nouns``). What the body says it has still counts."""
    found = corpus_facts(
        tmp_path, "mx_queretaro_secretaria_mujer_municipal_psicojuridica_2024_2026"
    )
    assert sorted(row[1] for row in found if row[0] == "line:2") == [96.0, 1661.0]
    assert [row[1] for row in found if row[0] == "line:9"] == [11.0]
    assert all(row[3:5] == ("MX", "MX-QUE") for row in found)
    found = text_facts(tmp_path, "La secretaría cuenta con cinco delegaciones estatales.")
    assert [row[:2] for row in found] == [("line:2", 5.0)]


def test_the_verb_of_a_spending_makes_an_amount_a_budget(tmp_path: Path) -> None:
    """co_antioquia_secretaria_mujeres_linea123_homicidios_2024 (dev47): "vamos a invertir
    más de 8 mil millones en diferentes programas" (line 8), with no "pesos", went out as
    homicides of women, the label of the sentence before (lexicon ``kinds.budget``)."""
    found = corpus_facts(tmp_path, "co_antioquia_secretaria_mujeres_linea123_homicidios_2024")
    assert [row[:5] for row in found if row[0] == "line:8"] == [
        ("line:8", 8000000000.0, "presupuesto_genero", "CO", "CO-ANT")
    ]
    said = "La Gobernación va a invertir más de 8 mil millones en programas para las mujeres."
    assert [row[:3] for row in text_facts(tmp_path, said)] == [
        ("line:2", 8000000000.0, "presupuesto_genero")
    ]
    # a count of women is no amount because a spending is named in its sentence
    said = "Con la inversión del programa se atendieron 240 mujeres en 2024."
    assert [row[1:3] for row in text_facts(tmp_path, said)] == [(240.0, "personas_asistidas")]


def test_women_who_have_received_attention_are_people_assisted(tmp_path: Path) -> None:
    """mx_queretaro_secretaria_mujer_municipal_psicojuridica_2024_2026 (dev47): "Un total de
    1,661 mujeres han recibido atención psicojurídica" (line 2) went out unclassified: the
    codebook knew "recibieron atención" and "atención psicológica", not the participle nor the
    psycho-legal attention."""
    found = corpus_facts(
        tmp_path, "mx_queretaro_secretaria_mujer_municipal_psicojuridica_2024_2026"
    )
    assert ("line:2", 1661.0, "personas_asistidas", "MX", "MX-QUE") in [row[:5] for row in found]
    said = "En el semestre, 85 mujeres han recibido acompañamiento del centro."
    assert [row[1:3] for row in text_facts(tmp_path, said)] == [(85.0, "personas_asistidas")]


def test_a_verb_of_saying_before_que_en_dates_the_clause_it_reports(tmp_path: Path) -> None:
    """co_antioquia_secretaria_mujeres_linea123_homicidios_2024 (dev47): "Resaltó que en 2024 la
    Línea 123 Mujer Antioquia atendió más de 3.900 casos" (line 9) was read as "más ... que en
    2024", a year compared, and dated by the date line (2025): "resaltó" is a verb of saying like
    "señaló" (lexicon ``periods.reported_that_before``)."""
    found = corpus_facts(tmp_path, "co_antioquia_secretaria_mujeres_linea123_homicidios_2024")
    assert (
        "line:9",
        3900.0,
        "llamadas_linea_atencion",
        "CO",
        "CO-ANT",
        "2024-01-01",
        "2024-12-31",
    ) in found
    said = "Enfatizó que en 2023 la oficina atendió más de 700 casos."
    assert [row[1:2] + row[5:] for row in text_facts(tmp_path, said)] == [
        (700.0, "2023-01-01", "2023-12-31")
    ]
    # a year compared stays compared: the count is of the sentence's own year
    said = "En 2024 se atendieron 500 casos, más que en 2023."
    assert [row[1:2] + row[5:] for row in text_facts(tmp_path, said)] == [
        (500.0, "2024-01-01", "2024-12-31")
    ]
