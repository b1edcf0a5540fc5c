"""Births to girls and adolescents, reparations for the families of femicide victims and the
bodies that say Bolivia and Mexico, met in the development corpus (tests/acceptance/texts, part
dev43, girls and adolescents and the families of femicide victims): Guatemala's reproductive
health observatory ("18 mil 219 nacimientos en niñas y adolescentes"), Jalisco's support
programme for victims of feminicide, Sucre's municipal child defence office, the federal
spokesman on Mexico's ENAPEA and Uruguay's social security bank ("Dos leyes diferentes
otorgan pensiones"). Each document case reads the real document as the corpus runner does (its
source line blanked) and asserts the line, the number, the indicator and the place of what is
published; each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts


def test_births_say_whose_in_the_words_after_them(tmp_path: Path) -> None:
    """gt_osar_nacimientos_ninas_primer_cuatrimestre_2025 (dev43): "la entidad reportó 18 mil
    219 nacimientos en niñas y adolescentes entre los 10 y los 19" (line 3) and "un total de 56
    mil 568 nacimientos en niñas y adolescentes" (line 6) were left unclassified: the noun
    phrase stops before "en niñas", so the births are read in their sentence."""
    found = {
        row[:4]
        for row in corpus_facts(tmp_path, "gt_osar_nacimientos_ninas_primer_cuatrimestre_2025")
    }
    assert ("line:3", 18219.0, "nacimientos_ninas_adolescentes", "GT") in found
    assert ("line:6", 56568.0, "nacimientos_ninas_adolescentes", "GT") in found
    assert ("line:5", 681.0, "nacimientos_ninas_adolescentes", "GT") in found


def test_births_of_no_girls_stay_unclassified(tmp_path: Path) -> None:
    """All the births of a country are no births to girls or adolescents."""
    found = text_facts(
        tmp_path, "En 2023 se registraron 405.674 nacimientos en el país, según el registro civil."
    )
    assert [row[:3] for row in found] == [("line:2", 405674.0, "sin_clasificar")]
    found = text_facts(tmp_path, "Paraguay registró 233 embarazos en niñas de 10 a 14 años.")
    assert [row[:3] for row in found] == [("line:2", 233.0, "nacimientos_ninas_adolescentes")]


def test_a_support_programme_for_victims_of_feminicide_pays_reparations(tmp_path: Path) -> None:
    """mx_jalisco_apoyo_victimas_feminicidio_orfandad_2023 (dev43): "en Jalisco hay 392
    personas registradas en el programa de apoyo para Víctimas del Feminicidio" (line 6) went
    out as 392 femicides."""
    found = corpus_facts(tmp_path, "mx_jalisco_apoyo_victimas_feminicidio_orfandad_2023")
    rows = [row[:5] for row in found if row[0] == "line:6"]
    assert ("line:6", 392.0, "reparacion_economica_personas", "MX", "MX-JAL") in rows
    assert ("line:6", 18.0, "huerfanos_femicidio", "MX", "MX-JAL") in rows
    assert not [row for row in rows if row[2] == "femicidios"]


def test_a_number_of_laws_is_no_value(tmp_path: Path) -> None:
    """uy_bps_pensiones_hijos_victimas_violencia_domestica_2021 (dev43): "Dos leyes diferentes
    otorgan pensiones económicas especiales" (line 2) went out as a value."""
    found = corpus_facts(tmp_path, "uy_bps_pensiones_hijos_victimas_violencia_domestica_2021")
    assert not [row for row in found if row[0] == "line:2"]
    found = text_facts(tmp_path, "El Congreso aprobó dos leyes sobre violencia y 3 protocolos.")
    assert [row[1] for row in found] == [3.0]


def test_the_municipal_child_defence_office_says_bolivia(tmp_path: Path) -> None:
    """bo_sucre_defensoria_ninez_delitos_sexuales_2019 (dev43): Sucre is also a department of
    Colombia and a state of Venezuela, and the page's "Defensoría Municipal de la Niñez y
    Adolescencia" and "Código Niña, Niño y Adolescente" are Bolivia's (Ley 548); its values went
    out without a country, and Sucre, Chuquisaca's capital, said no department."""
    found = corpus_facts(tmp_path, "bo_sucre_defensoria_ninez_delitos_sexuales_2019")
    assert ("line:6", 101.0, "personas_asistidas", "BO", "BO-H") in [row[:5] for row in found]
    assert {row[3:5] for row in found} == {("BO", "BO-H")}
    found = text_facts(
        tmp_path, "La Defensoría Municipal de la Niñez y Adolescencia atendió 45 casos en marzo."
    )
    assert [(row[1], row[3]) for row in found] == [(45.0, "BO")]


def test_the_strategy_against_adolescent_pregnancy_says_mexico(tmp_path: Path) -> None:
    """mx_presidencia_enapea_embarazos_ninas_2016 (dev43): the federal spokesman names the
    Estrategia Nacional para la Prevención del Embarazo en Adolescentes (ENAPEA) but never
    Mexico, and its values went out without a country."""
    found = corpus_facts(tmp_path, "mx_presidencia_enapea_embarazos_ninas_2016")
    assert ("line:4", 9500.0, "nacimientos_ninas_adolescentes", "MX") in [row[:4] for row in found]
    assert {row[3] for row in found} == {"MX"}


def test_numbered_districts_are_no_counts(tmp_path: Path) -> None:
    """bo_sucre_defensoria_ninez_delitos_sexuales_2019 (dev43): "los distritos 2 y 3 son los que
    presentan la mayor cantidad de casos" (line 10) went out as 2 and 3 complaints; a count of
    districts comes before its noun and stays."""
    found = corpus_facts(tmp_path, "bo_sucre_defensoria_ninez_delitos_sexuales_2019")
    assert not [row for row in found if row[0] == "line:10"]
    found = text_facts(tmp_path, "La defensoría abrió oficinas en 12 distritos de la ciudad.")
    assert [row[1] for row in found] == [12.0]


def test_thousands_in_words_given_respectively(tmp_path: Path) -> None:
    """gt_osar_nacimientos_ninas_primer_cuatrimestre_2025 (dev43): "Le siguen Alta Verapaz,
    Huehuetenango y Quiché con dos mil 216, dos mil 33 y mil 552, respectivamente" (line 4)
    put all three under Quiché, the last department named: the k-th number is the k-th
    department, its thousands written in words."""
    found = corpus_facts(tmp_path, "gt_osar_nacimientos_ninas_primer_cuatrimestre_2025")
    assert [(row[1], row[4]) for row in found if row[0] == "line:4"] == [
        (2216.0, "GT-16"),
        (2033.0, "GT-13"),
        (1552.0, "GT-14"),
    ]


def test_a_noun_after_the_last_number_given_respectively(tmp_path: Path) -> None:
    """The last number's noun may stand before "respectivamente"."""
    found = text_facts(
        tmp_path,
        "Alta Verapaz, Huehuetenango y Quiché registraron 216, 33 y 552 casos, respectivamente.",
    )
    assert [(row[1], row[4]) for row in found] == [
        (216.0, "GT-16"),
        (33.0, "GT-13"),
        (552.0, "GT-14"),
    ]


def test_what_each_beneficiary_receives_is_no_value(tmp_path: Path) -> None:
    """What each child receives is not listed (the corpus' convention, as "RD$10,000
    mensuales"): uy_bps_pensiones_hijos_victimas_violencia_domestica_2021 (dev43) "se accede a
    una pensión de 13.035 pesos y una asignación familiar especial de 1.993 pesos" (line 4),
    mx_jalisco_apoyo_victimas_feminicidio_orfandad_2023 "a un apoyo único de 35 mil pesos en
    Michoacán" (line 4) and pe_inabif_asistencia_economica_orfandad_2022 "otorga 400 soles
    bimensuales" (lines 3 and 5) went out as budgets, and so did the Uruguayan "que aumenta a
    2.593 pesos si el beneficiario está cursando enseñanza media" (line 4)."""
    found = corpus_facts(tmp_path, "uy_bps_pensiones_hijos_victimas_violencia_domestica_2021")
    assert not {13035.0, 1993.0, 2593.0} & {row[1] for row in found}
    found = corpus_facts(tmp_path, "mx_jalisco_apoyo_victimas_feminicidio_orfandad_2023")
    assert 35000.0 not in [row[1] for row in found]
    found = corpus_facts(tmp_path, "pe_inabif_asistencia_economica_orfandad_2022")
    assert 400.0 not in [row[1] for row in found]
    assert ("line:4", 5000.0, "beneficiarios_directos", "PE") in [row[:4] for row in found]
    found = text_facts(tmp_path, "El programa tuvo un presupuesto de 35 mil pesos en 2023.")
    assert [row[1:3] for row in found] == [(35000.0, "presupuesto_genero")]
