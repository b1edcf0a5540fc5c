"""The indicator a value names: a clause's own words over its neighbours' (issue 10), met in
the development corpus (tests/acceptance/texts): a part of a whole said after "de los cuales"
whose own clause says what it was declared ("diez fueron declarados femicidios") counts that,
not the whole's killings; the words right after a count with no noun of its own, opening on an article ("797 la cantidad de individuos contra los
cuales se han radicado cargos"), name what it counts over the list it seems to go on; a whole
said first ("De las 241 sentencias ..., 31 contemplan ...", "De un total de 968 personas
condenadas ..., 103 fueron responsabilizadas por delitos sexuales") gives its part its noun,
the offence after "por" saying only for which offence. Each document case reads the real
document as the corpus runner does (its source line blanked); each guard reads a real
document or sentence whose value must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts


def _labels(tmp_path: Path, name: str, line: str) -> list[tuple[float, str | None]]:
    return [(f[1], f[2]) for f in corpus_facts(tmp_path, name) if f[0] == line]


def test_a_part_declared_femicides_counts_femicides(tmp_path: Path) -> None:
    """cr_pj_comision_permanente_femicidios_junio_2024 (dev91), line 4: "se registraron 29
    asesinatos de mujeres, de los cuales diez fueron declarados femicidios": the ten were
    homicides of women, the whole's noun; the 29 stay killings of women."""
    found = _labels(tmp_path, "cr_pj_comision_permanente_femicidios_junio_2024", "line:4")
    assert found[:2] == [(29.0, "homicidios_mujeres"), (10.0, "femicidios")]


def test_a_part_only_said_to_be_femicides_is_left_as_it_was(tmp_path: Path) -> None:
    """pr_ie_asesinatos_mujeres_incidentes_2024 (dev63), line 2: "23 asesinatos de mujeres en la
    Isla, de los cuales 10 han sido feminicidios": a copula alone ("han sido", "fueron") was
    tried as a qualification and dropped (it made "226 fueron víctimas directas" of dev61
    direct beneficiaries): the ten stay homicides of women, the whole's noun."""
    found = _labels(tmp_path, "pr_ie_asesinatos_mujeres_incidentes_2024", "line:2")
    assert found[:2] == [(23.0, "homicidios_mujeres"), (10.0, "homicidios_mujeres")]


def test_a_copula_before_a_participle_or_a_preposition_qualifies_nothing(tmp_path: Path) -> None:
    """Guard: parts whose copula opens a participle or whose words open a preposition keep what
    they counted: "En total, en 2015 fueron asesinadas 45 mujeres; 23 de ellas en circunstancias
    de violencia doméstica. De esas 23, ..." of Uruguay's Ministry of the Interior (dev28) and
    "de esos 34 casos, 14 fueron atendidos de manera presencial ... y 20 mediante
    coordinaciones" of the CEM of La Libertad (dev23) are read as before."""
    assert _labels(tmp_path, "uy_minterior_denuncias_homicidios_tobilleras_2015", "line:2")[
        -3:
    ] == [(45.0, "homicidios_mujeres"), (23.0, "homicidios_mujeres"), (23.0, "homicidios_mujeres")]
    la_libertad = _labels(tmp_path, "pe_cem_la_libertad_estado_emergencia_marzo_2020", "line:7")
    assert la_libertad[1:] == [(14.0, "personas_asistidas"), (20.0, "personas_asistidas")]


def test_the_whole_keeps_its_own_noun_before_its_qualified_part(tmp_path: Path) -> None:
    """Guard: "11 mujeres asesinadas, asesinatos calificados como femicidio" (the whole's own
    clause) stays femicides; "40 mujeres asesinadas y 12 de ellas calificadas como femicidio"
    keeps 40 as homicides."""
    found = text_facts(
        tmp_path,
        "En 2023 hubo 11 mujeres asesinadas, asesinatos calificados como femicidio.\n"
        "Se contabilizaron 40 mujeres asesinadas y 12 de ellas calificadas como femicidio.",
    )
    assert [(f[0], f[1], f[2]) for f in found] == [
        ("line:2", 11.0, "femicidios"),
        ("line:3", 40.0, "homicidios_mujeres"),
        ("line:3", 12.0, "femicidios"),
    ]


def test_people_charged_are_no_convictions(tmp_path: Path) -> None:
    """pr_justicia_ley54_acusados_convictos_programa_desvio_2019 (dev91), line 2: "elevó ayer a
    317 el número de personas convictas ..., y señaló en 797 la cantidad de individuos contra
    los cuales se han radicado cargos": the 797 people charged were convictions, as the next
    item of the 317's list (and of its year to date). The 317 stay convictions; the 2,091
    cases "en los que el fiscal ordenó la radicación de cargos" (line 3) are no people."""
    found = _labels(tmp_path, "pr_justicia_ley54_acusados_convictos_programa_desvio_2019", "line:2")
    assert found == [(317.0, "sentencias_condenatorias"), (797.0, "agresores_detenidos")]
    line3 = _labels(tmp_path, "pr_justicia_ley54_acusados_convictos_programa_desvio_2019", "line:3")
    assert line3 == [(2091.0, "sin_clasificar"), (48.0, "sentencias_condenatorias")]


def test_a_list_item_qualified_by_its_offence_keeps_the_list(tmp_path: Path) -> None:
    """Guard: ni_policia_detenidos_julio_2025 (dev), line 2: an item with no noun whose words
    open on a preposition ("ha capturado a 270 sujetos por el delito de violación y a 221 por
    abuso sexual") is the next item of its list, whatever offence its words name."""
    assert _labels(tmp_path, "ni_policia_detenidos_julio_2025", "line:2") == [
        (270.0, "agresores_detenidos"),
        (221.0, "agresores_detenidos"),
    ]


def test_a_part_said_after_its_whole_takes_the_wholes_noun(tmp_path: Path) -> None:
    """ar_mpf_pcch_violencia_sexual_sentencias_lesa_humanidad_2020 (dev87): "de las 241
    sentencias dictadas en causas de lesa humanidad, 31 contemplan delitos por violencia
    sexual" (lines 2 and 7: unclassified, read with "contemplan" as its noun, and complaints)
    and "De un total de 968 personas condenadas por crímenes de lesa humanidad, 103 fueron
    responsabilizadas por delitos sexuales" (line 9: complaints) count sentences and people
    convicted."""
    name = "ar_mpf_pcch_violencia_sexual_sentencias_lesa_humanidad_2020"
    assert _labels(tmp_path, name, "line:2") == [
        (241.0, "sentencias_condenatorias"),
        (31.0, "sentencias_condenatorias"),
    ]
    assert _labels(tmp_path, name, "line:7")[:2] == [
        (241.0, "sentencias_condenatorias"),
        (31.0, "sentencias_condenatorias"),
    ]
    assert _labels(tmp_path, name, "line:9") == [
        (968.0, "sentencias_condenatorias"),
        (103.0, "sentencias_condenatorias"),
    ]


def test_a_borrowed_noun_still_gives_way_to_a_qualification(tmp_path: Path) -> None:
    """Guard: "11 homicidios de mujeres, y 3 de ellos ya han sido clasificados como
    feminicidios" (a count that borrows its noun counts what its own words say) stays."""
    found = text_facts(
        tmp_path,
        "Este año hubo 11 homicidios de mujeres, y 3 de ellos ya han sido clasificados como "
        "feminicidios.",
    )
    assert [(f[1], f[2]) for f in found] == [
        (11.0, "homicidios_mujeres"),
        (3.0, "femicidios"),
    ]
