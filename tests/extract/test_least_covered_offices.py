"""The gender offices, prosecutors, courts and police of the countries the corpus has least
of, met in the development corpus (tests/acceptance/texts, part dev91): a part of the country
named by the country's name ("las féminas del centro de Cuba") is no national scope, so a
provincial plenum's count keeps its province; the Costa Rican Judiciary's standing commission
on domestic violence and its gender secretariat name their country, so the women killed and
the femicides they count get it. Each document case reads the real document as the corpus
runner does (its source line blanked); each guard reads a real document or sentence whose
place must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts


def test_a_plenum_in_central_cuba_keeps_its_province(tmp_path: Path) -> None:
    """cu_fmc_villa_clara_defensorias_casos_violencia_2025 (dev91): "La Federación de Mujeres
    Cubanas (FMC) en la central provincia de Villa Clara" (line 2), then "la féminas del centro
    de Cuba resaltaron la importancia de atender en las Defensorías más de 800 casos" (line 3):
    the 800 cases were the country's; they are Villa Clara's (CU-05)."""
    found = corpus_facts(tmp_path, "cu_fmc_villa_clara_defensorias_casos_violencia_2025")
    assert [(f[0], f[1], f[3], f[4]) for f in found] == [("line:3", 800.0, "CU", "CU-05")]


def test_the_country_named_alone_stays_the_countrys_figure(tmp_path: Path) -> None:
    """Guard: "Los tribunales cubanos registraron en 2024 un total de 230 procesos" and "en
    Cuba se registraron 230 procesos" stay Cuba's (no division)."""
    found = corpus_facts(tmp_path, "cu_tribunales_violencia_sexual_2024")
    assert ("line:2", 230.0, "CU", "") in [(f[0], f[1], f[3], f[4]) for f in found]
    said = text_facts(
        tmp_path,
        "La FMC en la provincia de Villa Clara presentó su balance.\n"
        "En Cuba se registraron 230 procesos judiciales por violencia de género.",
    )
    assert [(f[0], f[1], f[3], f[4]) for f in said] == [("line:3", 230.0, "CU", "")]


def test_a_region_of_panama_is_left_as_it_was(tmp_path: Path) -> None:
    """Guard: "las cifras indican específicamente en esta región de Panamá, que existen 1,707,
    casos receptados" (pa_mp_chiriqui_casos_violencia_domestica_2025, line 3) stays the
    country's: "región" is not read as a part of the country, since the report's own place
    reads "Panamá" as the province (PA-8), which would be worse."""
    found = corpus_facts(tmp_path, "pa_mp_chiriqui_casos_violencia_domestica_2025")
    assert [(f[0], f[1], f[3], f[4]) for f in found] == [("line:3", 1707.0, "PA", "")]


def test_the_costa_rican_judiciarys_commission_names_its_country(tmp_path: Path) -> None:
    """cr_pj_comision_permanente_femicidios_junio_2024 (dev91): "la Comisión Permanente para el
    Seguimiento de la Atención y Prevención de la Violencia Intrafamiliar" (line 3), "Al 13 de
    junio se registraron 29 asesinatos de mujeres, de los cuales diez fueron declarados
    femicidios y en nueve de ellos ..." (line 4): no country before;
    cr_pj_comision_violencia_intrafamiliar_muertes_mujeres_2014 (dev91): "solo uno de los casos
    se ha tipificado como femicidio" (line 3), no country either."""
    found = corpus_facts(tmp_path, "cr_pj_comision_permanente_femicidios_junio_2024")
    assert [(f[0], f[1], f[3]) for f in found] == [
        ("line:4", 29.0, "CR"),
        ("line:4", 10.0, "CR"),
        ("line:4", 9.0, "CR"),
    ]
    found = corpus_facts(tmp_path, "cr_pj_comision_violencia_intrafamiliar_muertes_mujeres_2014")
    assert ("line:3", 1.0, "femicidios", "CR") in [f[:4] for f in found]


def test_the_judiciarys_gender_secretariat_names_costa_rica(tmp_path: Path) -> None:
    """ "la Secretaría Técnica de Género del Poder Judicial" is Costa Rica's; a judiciary's
    gender office of another name says no country (guard)."""
    said = text_facts(
        tmp_path,
        "La Secretaría Técnica de Género del Poder Judicial informó que capacitó a 120 "
        "funcionarias judiciales.",
    )
    assert [(f[1], f[3]) for f in said] == [(120.0, "CR")]
    said = text_facts(
        tmp_path,
        "La Secretaría de Género del Poder Judicial informó que capacitó a 120 "
        "funcionarias judiciales.",
    )
    assert [(f[1], f[3]) for f in said] == [(120.0, "")]
