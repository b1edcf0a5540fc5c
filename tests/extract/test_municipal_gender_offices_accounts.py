"""Municipal and provincial/state gender offices' accounts, met in the development corpus
(tests/acceptance/texts, part dev62): a city's numbered urban regions listed after their plural
noun ("las regiones 247, 102, 103 y 259") are no count; Bogotá's district women's secretariat
("la Secretaría Distrital de la Mujer"), named without the city, says Bogotá; the women an
office "brindó resguardo a" are sheltered. Each document case reads the real document as the
corpus runner does (its source line blanked) and asserts line, value, indicator, country,
division and period; each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts


def _lines(found: list[tuple[object, ...]], line: str) -> set[float]:
    return {f[1] for f in found if f[0] == line}  # type: ignore[misc]


def test_a_citys_numbered_regions_are_no_count(tmp_path: Path) -> None:
    """mx_imm_benito_juarez_modulos_atencion_refugio (dev62): "las regiones 247, 102, 103 y
    259, son los sectores donde se han reportado más casos" named Cancún's urban regions and
    was published as four counts of people assisted; the modules and the shelter's women
    stay."""
    found = corpus_facts(tmp_path, "mx_imm_benito_juarez_modulos_atencion_refugio")
    assert _lines(found, "line:7") == set()
    assert ("line:2", 10.0, "centros_atencion", "MX", "MX-ROO", "", "") in found
    assert ("line:6", 10.0, "refugios_personas_alojadas", "MX", "MX-ROO", "", "") in found


def test_a_count_before_the_regions_noun_stays(tmp_path: Path) -> None:
    """A count comes before its noun: "en 5 regiones" counts the regions, and women attended
    in them after the list's noun are still counted."""
    found = text_facts(
        tmp_path,
        "El instituto abrió módulos en 5 regiones de la ciudad.\n"
        "En las regiones del norte se atendieron 320 mujeres.\n",
    )
    assert _lines(found, "line:2") == {5.0}
    assert ("line:3", 320.0, "personas_asistidas", "", "", "", "") in found


def test_the_district_womens_secretariat_says_bogota(tmp_path: Path) -> None:
    """co_sdmujer_bogota_casas_refugio_primer_semestre_2015 (dev62): the secretariat's page on
    its Casas Refugio never names Bogotá; its six houses and the 1,202 people sheltered up to
    the first half of 2015 had Colombia and no division."""
    found = corpus_facts(tmp_path, "co_sdmujer_bogota_casas_refugio_primer_semestre_2015")
    half = ("2015-01-01", "2015-06-30")
    assert ("line:4", 1202.0, "refugios_personas_alojadas", "CO", "CO-DC", *half) in found
    assert ("line:5", 34.0, "refugios_personas_alojadas", "CO", "CO-DC", *half) in found
    assert {f[4] for f in found} == {"CO-DC"}


def test_women_an_office_took_in_are_sheltered(tmp_path: Path) -> None:
    """mx_immujeris_morelia_alerta_genero_acciones (dev62): "El Instituto, asimismo ha
    brindado resguardo a 42 mujeres con sus hijos e hijas, por violencia extrema" was read as
    people assisted; they are people sheltered. The 500 monthly attentions stay assisted."""
    found = corpus_facts(tmp_path, "mx_immujeris_morelia_alerta_genero_acciones")
    assert ("line:6", 42.0, "refugios_personas_alojadas", "MX", "MX-MIC", "", "") in found
    assert ("line:5", 500.0, "personas_asistidas", "MX", "MX-MIC", "", "") in found
