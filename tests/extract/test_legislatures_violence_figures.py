"""Legislatures' texts citing violence figures, met in the development corpus
(tests/acceptance/texts, part dev72): a legislature's votes ("Con 76 votos", "luego de que 76
diputados votaron a favor") and its members ("54 mujeres miembros de la Cámara de
Representantes") count nothing a violence figure counts; Colombia's constitutional bills are
named by their number ("el proyecto de acto legislativo 407 de 2024"); the women of a country
named by their demonym ("17 millones de mujeres peruanas") are its population; women missing
are no attempted femicide though the sentence counted attempts before them; Colombia's
political parties say the country ("Partido de la U" is no Argentine partido). Each document
case reads the real document as the corpus runner does (its source line blanked); each
sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from genero_etl.normalize.country_guess import infer_country

from .reports import corpus_document, corpus_facts, text_facts

_DOCS = Path(__file__).parents[1] / "acceptance" / "texts" / "docs"


def test_a_legislatures_votes_count_nothing(tmp_path: Path) -> None:
    """sv_asamblea_feminicidio_imprescriptible_2023 (dev72): "Con 76 votos, los diputados ...
    aprobaron" (line 2), "luego de que 76 diputados votaron a favor" (line 3) and "avalaron con
    70 votos" (line 4) were read as values, the second as femicides."""
    found = corpus_facts(tmp_path, "sv_asamblea_feminicidio_imprescriptible_2023")
    assert [f[:2] for f in found if f[0] in {"line:2", "line:3", "line:4"}] == []


def test_a_count_before_votes_of_people_stays(tmp_path: Path) -> None:
    """A count of women whose noun is not a vote keeps its value (the cue needs "votos" or a
    legislators' noun and "votaron" right after the number)."""
    found = text_facts(
        tmp_path,
        "La Fiscalía registró 76 denuncias de violencia contra la mujer en 2023, y la Asamblea "
        "aprobó la reforma con 70 votos.\n",
    )
    assert [(f[0], f[1]) for f in found] == [("line:2", 76.0)]


def test_a_legislatures_members_and_a_constitutional_bills_number(tmp_path: Path) -> None:
    """co_camara_jurisdiccion_especial_mujer_2024 (dev72): "54 mujeres miembros de la Cámara de
    Representantes" and "el proyecto de acto legislativo 407 de 2024" (line 2) were read as
    values; the Fiscalía's 32 women murdered (line 5) had no country, "Partido de la U" weighing
    for Argentina's partidos against "Colombia" named twice."""
    found = corpus_facts(tmp_path, "co_camara_jurisdiccion_especial_mujer_2024")
    assert [f[:2] for f in found if f[0] == "line:2"] == []
    assert ("line:5", 32.0, "homicidios_mujeres", "CO") in [f[:4] for f in found]


def test_colombian_parties_say_the_country() -> None:
    """The parties a Colombian legislator belongs to are evidence of Colombia."""
    text = (_DOCS / "co_camara_jurisdiccion_especial_mujer_2024.txt").read_text(encoding="utf-8")
    assert infer_country([text.split("\n", 1)[1]]).code == "CO"
    assert (
        infer_country(["Intervino la diputada de Cambio Radical y del Pacto Histórico."]).code
        == "CO"
    )


def test_the_women_of_a_country_are_its_population(tmp_path: Path) -> None:
    """pe_congreso_dictamen_ministerio_familia_2022 (dev72): "la espalda a 17 millones de
    mujeres peruanas" (line 3) was read as a value; the MIMP's figures (line 5) stay."""
    found = corpus_facts(tmp_path, "pe_congreso_dictamen_ministerio_familia_2022")
    assert [f[:2] for f in found if f[0] == "line:3"] == []
    assert [(f[0], f[1], f[2]) for f in found if f[0] == "line:5"][:2] == [
        ("line:5", 100.0, "intentos_femicidio"),
        ("line:5", 82088.0, "llamadas_linea_atencion"),
    ]


def test_women_missing_are_no_attempted_femicide(tmp_path: Path) -> None:
    """pe_congreso_retiro_agresor_violacion_2021 (dev72): after "174 casos de feminicidio,
    tentativa de feminicidio y otras muertes violentas de mujeres", "la Defensoría del Pueblo
    reportó 5,521 casos de mujeres desaparecidas" (line 3) was read as attempted femicides."""
    observations = corpus_document(tmp_path, "pe_congreso_retiro_agresor_violacion_2021")
    missing = [o for o in observations if o.source_locator.startswith("line:3") and o.value == 5521]
    assert len(missing) == 1
    assert missing[0].indicator_id != "intentos_femicidio"
    attempts = text_facts(
        tmp_path,
        "En 2023 se registraron 40 tentativas de feminicidio, y una de las víctimas había "
        "estado desaparecida.\n",
    )
    assert ("line:2", 40.0, "intentos_femicidio") in [f[:3] for f in attempts]
