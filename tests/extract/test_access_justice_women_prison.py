"""Reports on women's access to justice and on women deprived of liberty, met in the development
corpus (tests/acceptance/texts, part dev75): public defenders say their country by their own
names ("la Defensoría General de la Nación", "el Ministerio de la Defensa Pública", the CNDH,
Ecuador's penal code's offences); a count after "y" and its verb ("recibió 1.330 consultas y
atendió 469 casos") is read under that verb, not under the first count's; a span "de junio de
2024 a abril del 2025" starts in June; a public defender of victims is staff ("tres defensores
de víctimas especializados"); a prison's overcrowding rate, a time since with its noun elided
("desde hace 24") and a country's judicial circumscriptions are no values; women held with their
children are no aggressors detained. Each document case reads the real document as the corpus
runner does (its source line blanked); each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts


def test_the_nations_public_defence_says_argentina_and_its_cases_attended_are_people_assisted(
    tmp_path: Path,
) -> None:
    """ar_dgn_comision_genero_consultas_2013 (dev75): "las oficinas de atención de la Defensoría
    General de la Nación recibieron 3446 consultas y sus equipos jurídicos atendieron 1492 casos
    de violencia de género en el ámbito familiar" (line 2) gave no country, and the 1492 cases,
    its verb taken into the 3446's noun, were read as complaints."""
    found = corpus_facts(tmp_path, "ar_dgn_comision_genero_consultas_2013")
    line2 = [(f[1], f[2], f[3]) for f in found if f[0] == "line:2" and f[1] != 30.0]
    assert line2 == [
        (3446.0, "personas_asistidas", "AR"),
        (1492.0, "personas_asistidas", "AR"),
    ]


def test_a_lawyers_years_of_service_with_their_noun_elided_are_no_count(tmp_path: Path) -> None:
    """ar_dgn_comision_genero_consultas_2013 (dev75): "Daniel, que tiene 47 años y trabaja en
    ese organismo desde hace 24" (line 3) gave 24 people assisted."""
    found = corpus_facts(tmp_path, "ar_dgn_comision_genero_consultas_2013")
    assert 24.0 not in [f[1] for f in found if f[0] == "line:3"]


def test_cases_attended_after_enquiries_in_the_lead_are_people_assisted(tmp_path: Path) -> None:
    """ar_dgn_patrocinio_violencia_genero_semestre_2013 (dev75): "recibió en seis meses 1.330
    consultas y atendió 469 casos de violencia de género en el ámbito familiar" (lines 2 and 4):
    the 469 were complaints."""
    found = corpus_facts(tmp_path, "ar_dgn_patrocinio_violencia_genero_semestre_2013")
    assert [(f[0], f[2]) for f in found if f[1] == 469.0] == [
        ("line:2", "personas_asistidas"),
        ("line:4", "personas_asistidas"),
    ]


def test_paraguays_public_defence_says_paraguay_and_the_judicial_map_counts_nothing(
    tmp_path: Path,
) -> None:
    """py_defensa_publica_mujeres_victimas_2025 (dev75): "El Ministerio de la Defensa Pública ha
    consolidado su presencia ..., garantizando el acceso a la justicia en las 18 circunscripciones
    judiciales del país" (line 5): no value had a country, and 18 was a value."""
    found = corpus_facts(tmp_path, "py_defensa_publica_mujeres_victimas_2025")
    assert ("line:4", 5282.0, "personas_asistidas", "PY") in [f[:4] for f in found]
    assert [f for f in found if f[0] == "line:5"] == []


def test_a_span_from_a_month_of_one_year_to_a_month_of_the_next_starts_with_that_month(
    tmp_path: Path,
) -> None:
    """py_defensa_publica_mujeres_victimas_2025 (dev75): "se atendió a 119.298 personas ... de
    junio de 2024 a abril del 2025" (line 3) started in January 2024: "de 2024 a abril del 2025"
    was read as a year to a month, the "de" being June's. Spans from a bare year keep January."""
    found = corpus_facts(tmp_path, "py_defensa_publica_mujeres_victimas_2025")
    assert [(f[5], f[6]) for f in found if f[1] == 119298.0] == [("2024-06-01", "2025-04-30")]
    kept = text_facts(
        tmp_path,
        "Se atendieron 300 mujeres del 2022 al 15 de junio del 2024. "
        "Entre el 2021 y marzo del 2023 se recibieron 45 denuncias.",
    )
    assert [(f[1], f[5], f[6]) for f in kept] == [
        (300.0, "2022-01-01", "2024-06-15"),
        (45.0, "2021-01-01", "2023-03-31"),
    ]


def test_ecuadors_penal_code_offences_say_ecuador(tmp_path: Path) -> None:
    """ec_defensoria_publica_victimas_2020 (dev75): "14 068 fueron contravenciones de violencia
    contra la mujer ... 56 casos, por delitos contra la inviolabilidad de la vida" (line 3), the
    public defender's interview naming no country, gave its values none."""
    found = corpus_facts(tmp_path, "ec_defensoria_publica_victimas_2020")
    assert ("line:3", 14068.0, "personas_asistidas", "EC") in [f[:4] for f in found]
    assert ("line:7", 102.0, "personal_atencion", "EC") in [f[:4] for f in found]


def test_the_cndh_says_mexico_and_an_overcrowding_rate_is_no_value(tmp_path: Path) -> None:
    """mx_cndh_mujeres_reclusion_2013 (dev75): "denunció ... el presidente de la Comisión Nacional
    de los Derechos Humanos (CNDH)" (line 2) gave no country, and "haya una sobrepoblación de
    hasta 97% en las prisiones" (line 4) was a value."""
    found = corpus_facts(tmp_path, "mx_cndh_mujeres_reclusion_2013")
    assert [(f[0], f[1], f[3]) for f in found] == [
        ("line:2", 47.0, "MX"),
        ("line:2", 69.0, "MX"),
        ("line:3", 11901.0, "MX"),
        ("line:5", 377.0, "MX"),
        ("line:5", 48.0, "MX"),
    ]


def test_public_defenders_of_victims_in_words_are_staff(tmp_path: Path) -> None:
    """pe_defensa_publica_ancash_violencia_familiar_2024 (dev75): "En esta provincia, contamos
    con tres defensores de víctimas especializados" (line 5) was missed."""
    found = corpus_facts(tmp_path, "pe_defensa_publica_ancash_violencia_familiar_2024")
    assert ("line:5", 3.0, "personal_atencion", "PE", "PE-ANC") in [f[:5] for f in found]


def test_women_held_with_their_children_are_no_aggressors_detained(tmp_path: Path) -> None:
    """uy_comisionado_penitenciario_madres_hijos_2025 (dev75): "Un total de 65 mujeres se
    encuentran actualmente privadas de libertad junto a sus hijos e hijas, que suman 68 en
    total" (line 3), under the title "En estas cárcel los niños viven con sus madres detenidas",
    and the children of two prisons were read as aggressors detained."""
    found = corpus_facts(tmp_path, "uy_comisionado_penitenciario_madres_hijos_2025")
    assert [(f[0], f[1]) for f in found] == [
        ("line:3", 65.0),
        ("line:3", 68.0),
        ("line:7", 14.0),
        ("line:8", 7.0),
    ]
    assert "agresores_detenidos" not in {f[2] for f in found}


def test_counts_kept_beside_the_new_rules(tmp_path: Path) -> None:
    """A noun with "y" and another noun stays whole; a time since with its noun keeps the count
    after it; people arrested for gender violence are still aggressors detained; staff in words
    are still counted."""
    found = text_facts(
        tmp_path,
        "Se atendieron 45 mujeres y niñas en situación de violencia en 2023. "
        "La oficina funciona desde hace 18 años y atendió a 300 mujeres en 2023. "
        "La policía detuvo a 12 agresores por violencia de género en 2023.",
    )
    assert [(f[1], f[2]) for f in found] == [
        (45.0, "personas_asistidas"),
        (300.0, "personas_asistidas"),
        (12.0, "agresores_detenidos"),
    ]
