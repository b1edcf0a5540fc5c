"""Violence against LGBTI people and the services of sexual-diversity offices and civil
registries, met in the development corpus (tests/acceptance/texts, part dev96): Argentina's
national registry of persons by its short name (Renaper), Colombia's ministry of equality and
the acronym its bodies write for people of diverse sexual orientation and gender identity
(OSIGD) name their country; an ombudsman's "atenciones por casos de violencia" are people
attended, no complaints. Each document case reads the real document as the corpus runner does
(its source line blanked); each guard reads a sentence whose reading must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts


def test_renaper_names_argentina(tmp_path: Path) -> None:
    """ar_renaper_rectificaciones_dni_identidad_genero_2012_2022 (dev96): "el Registro Nacional
    de las Personas (Renaper), organismo dependiente del Ministerio del Interior nacional,
    publicó un informe en el que precisa que desde 2012 a hoy 12.655 personas rectificaron sus
    datos" (line 2): its five values had no country."""
    found = corpus_facts(tmp_path, "ar_renaper_rectificaciones_dni_identidad_genero_2012_2022")
    assert [(f[0], f[1], f[3]) for f in found] == [
        ("line:2", 12655.0, "AR"),
        ("line:3", 62.0, "AR"),
        ("line:3", 35.0, "AR"),
        ("line:3", 354.0, "AR"),
        ("line:7", 1708.0, "AR"),
    ]


def test_the_registrys_full_name_says_no_country(tmp_path: Path) -> None:
    """Guard: "el Registro Nacional de las Personas" is also Honduras' (RNP) and Guatemala's
    (RENAP): written in full, it names no country."""
    said = text_facts(
        tmp_path,
        "El Registro Nacional de las Personas publicó que 12.655 personas rectificaron sus datos.",
    )
    assert [(f[0], f[1], f[3]) for f in said] == [("line:2", 12655.0, "")]


def test_colombias_equality_ministry_and_osigd_name_colombia(tmp_path: Path) -> None:
    """co_defensoria_violencia_prejuicio_osigd_enero_mayo_2024 (dev96): "un total de 286 casos
    de violencia contra la población con orientación sexual e identidad de género diversas
    (OSIGD)" (line 3), "la Dirección LGBTIQ+, adscrita al Ministerio de Igualdad y Equidad"
    (line 5): the Defensoría del Pueblo's seven values had no country."""
    found = corpus_facts(tmp_path, "co_defensoria_violencia_prejuicio_osigd_enero_mayo_2024")
    assert [(f[0], f[1], f[2], f[3]) for f in found] == [
        ("line:2", 290.0, "personas_asistidas", "CO"),
        ("line:3", 286.0, "personas_asistidas", "CO"),
        ("line:3", 55.0, "sin_clasificar", "CO"),
        ("line:3", 27.0, "sin_clasificar", "CO"),
        ("line:4", 480.0, "personas_asistidas", "CO"),
        ("line:4", 52.6, "sin_clasificar", "CO"),
        ("line:4", 23.0, "sin_clasificar", "CO"),
    ]


def test_other_equality_ministries_say_no_country(tmp_path: Path) -> None:
    """Guard: Spain's "Ministerio de Igualdad" and Chile's "Ministerio de la Mujer y la Equidad
    de Género" are not Colombia's ministry; a Defensoría del Pueblo alone names no country."""
    said = text_facts(
        tmp_path,
        "El Ministerio de Igualdad informó que la Defensoría del Pueblo atendió 286 casos.\n"
        "El Ministerio de la Mujer y la Equidad de Género capacitó a 120 funcionarias.",
    )
    assert [(f[0], f[1], f[3]) for f in said if f[3] == "CO"] == []


def test_attentions_for_cases_of_violence_are_people_attended(tmp_path: Path) -> None:
    """co_defensoria_duplas_genero_casos_osigd_2021_2022 (dev96): "la Delegada para los
    Derechos de las Mujeres y Asuntos de Género de la Defensoría del Pueblo tuvo un reporte de 61
    atenciones por casos de violencia hacia esta población" (line 4) was read as complaints
    (denuncias_violencia)."""
    found = corpus_facts(tmp_path, "co_defensoria_duplas_genero_casos_osigd_2021_2022")
    assert ("line:4", 61.0, "personas_asistidas", "CO") in [(f[0], f[1], f[2], f[3]) for f in found]


def test_complaints_of_cases_of_violence_stay_complaints(tmp_path: Path) -> None:
    """Guards: "se recibieron 61 denuncias por casos de violencia hacia las mujeres" and "se
    registraron 420 casos de violencia contra la mujer" (no attention said) stay complaints."""
    said = text_facts(
        tmp_path,
        "La fiscalía recibió 61 denuncias y 30 atenciones por casos de violencia hacia las mujeres.\n"
        "En el municipio se registraron 420 casos de violencia contra la mujer.",
    )
    got = [(f[0], f[1], f[2]) for f in said]
    assert ("line:2", 61.0, "denuncias_violencia") in got
    assert ("line:3", 420.0, "denuncias_violencia") in got
