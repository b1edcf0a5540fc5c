"""Numbers that name a bill, a code's offences, a system's members or the cantons a service covers,
counts another body verified, a change closed by its year and round numbers in words restating a
count, met in the development corpus (tests/acceptance/texts, parts dev28 and dev27): "El
Proyecto del Senado 1588", "el Código Penal cubano contempla 22 figuras", "las 22 instituciones
que integran el Sistema", "atendiendo a los 39 cantones", "62 feminicidios que habían sido
verificados por las organizaciones independientes", "y 13% más en 2015", "más de doscientas
mujeres", "casi quinientos ingresos", "cinco prisiones perpetuas". Each case reads the real
document as the corpus runner does (its source line blanked) and asserts the line and the number
of what is published, and that the number read wrongly before is gone."""

from __future__ import annotations

from pathlib import Path

from genero_etl.model import Observation
from genero_etl.normalize.country_guess import infer_country

from .reports import extracted

DOCS = Path(__file__).parents[1] / "acceptance" / "texts" / "docs"


def _read(tmp_path: Path, name: str) -> list[tuple[str, float, str | None]]:
    """Line, value and indicator of every value of the corpus document ``name``."""
    text = (DOCS / f"{name}.txt").read_text(encoding="utf-8")
    observations = extracted(tmp_path, "\n" + text.split("\n", 1)[1], f"{name}.txt")
    return [(o.source_locator.split()[0], float(o.value), o.indicator_id) for o in observations]


def _on(found: list[tuple[str, float, str | None]], line: int) -> list[float]:
    return [value for where, value, _ in found if where == f"line:{line}"]


def test_a_bill_named_by_its_number_is_no_value(tmp_path: Path) -> None:
    """pr_senado_911_opm_incidentes_violencia_domestica_2010_2019 (dev28): "El Proyecto del
    Senado 1588, de la autoría de la senadora" names a bill (lexicon ``never_values.law``); the
    incidents the senator quotes are still read."""
    found = _read(tmp_path, "pr_senado_911_opm_incidentes_violencia_domestica_2010_2019")
    assert _on(found, 3) == []
    assert ("line:6", 17701.0, "denuncias_violencia") in found
    assert ("line:7", 8227.0, "denuncias_violencia") in found


def test_the_offences_a_code_defines_are_no_count_but_the_sentences_are(tmp_path: Path) -> None:
    """cu_tsp_sanciones_asesinatos_mujeres_2023 (dev28): "el Código Penal cubano contempla 22
    figuras en las cuales se agravan las penas" is what a code contains (``legal_types``), while
    "se aplicaron también cinco prisiones perpetuas" counts sentences (``counts.nouns``)."""
    found = _read(tmp_path, "cu_tsp_sanciones_asesinatos_mujeres_2023")
    assert _on(found, 4) == []
    assert 5.0 in _on(found, 3)
    assert 70.0 in _on(found, 3)


def test_a_count_another_body_verified_is_not_the_courts(tmp_path: Path) -> None:
    """cu_tsp_prohibiciones_acercamiento_prision_provisional_2023 (dev28): "De los 62
    feminicidios que habían sido verificados por las organizaciones independientes ..., nueve
    víctimas habían denunciado" quotes the independent observatories (``sources``); the court's
    402 restraining orders and 2,481 requests stay."""
    found = _read(tmp_path, "cu_tsp_prohibiciones_acercamiento_prision_provisional_2023")
    assert _on(found, 6) == []
    assert _on(found, 2) == [402.0]
    assert sorted(_on(found, 7)) == [304.0, 2481.0]


def test_a_change_closed_by_its_year_is_no_value(tmp_path: Path) -> None:
    """uy_minterior_denuncias_homicidios_tobilleras_2015 (dev28): "Pasaron de ser 6.853 en 2005
    a 29.122 en 2014, y 13% más en 2015" ends with the change, not a share of 13%
    (``changes.year_lead``)."""
    found = _read(tmp_path, "uy_minterior_denuncias_homicidios_tobilleras_2015")
    line = _on(found, 2)
    assert 13.0 not in line
    assert {31172.0, 10760.0, 6853.0, 29122.0, 20.0, 45.0} <= set(line)


def test_a_round_number_in_words_restating_a_count_is_no_second_value(tmp_path: Path) -> None:
    """py_mp_observatorio_tentativas_feminicidio_2020_2025 (dev28): "investigó un total de 216
    denuncias por tentativa de feminicidio ..., lo que evidencia que más de doscientas mujeres"
    restates 216 in round words; cl_fiscalia_coquimbo_ingresos_vif_semestre_2025 (dev27): "...
    seguida por Desacato ... con 499." then, two paragraphs on, "la presencia de Desacato en casi
    quinientos ingresos" restates 499."""
    found = _read(tmp_path, "py_mp_observatorio_tentativas_feminicidio_2020_2025")
    assert _on(found, 2) == [216.0]
    found = _read(tmp_path, "cl_fiscalia_coquimbo_ingresos_vif_semestre_2025")
    assert 499.0 in _on(found, 3)
    assert _on(found, 5) == []


def test_system_members_and_cantons_served_are_the_map_not_counts(tmp_path: Path) -> None:
    """ec_sdh_zonal7_loja_registro_unico_violencia (dev27): "atendiendo a los 39 cantones, que
    conforman las tres provincias" names every canton the offices serve
    (``never_values.territory_served``); "articular políticas públicas con las 22 instituciones
    que integran el Sistema" how many bodies the system has (``system_members``)."""
    found = _read(tmp_path, "ec_sdh_zonal7_loja_registro_unico_violencia")
    assert 39.0 not in _on(found, 6)
    assert _on(found, 10) == []


def _observations(tmp_path: Path, name: str) -> list[Observation]:
    text = (DOCS / f"{name}.txt").read_text(encoding="utf-8")
    return extracted(tmp_path, "\n" + text.split("\n", 1)[1], f"{name}.txt")


def test_an_approximation_with_an_article_and_a_centre_the_service_will_have(
    tmp_path: Path,
) -> None:
    """cu_tsp_sanciones_asesinatos_mujeres_2023 (dev28): "Casi el 80 por ciento de los autores"
    is approximate (``cues.approximate_before``: the article between); and
    cl_sernameg_centros_especializados_autonomias_2024 (dev28): "este año contaremos con 24
    Centros de Atención Especializada" is what the service will have, a target
    (``kinds.target``), beside the 3,600 women it has attended."""
    share = [o for o in _observations(tmp_path, "cu_tsp_sanciones_asesinatos_mujeres_2023")
             if o.source_locator.split()[0] == "line:2"]  # fmt: skip
    assert [(float(o.value), o.approximate) for o in share] == [(80.0, True)]
    centres = _observations(tmp_path, "cl_sernameg_centros_especializados_autonomias_2024")
    kinds = {float(o.value): o.value_kind for o in centres}
    assert kinds[24.0] == "target"
    assert kinds[3600.0] == "observed"


def test_a_surname_and_a_newspaper_named_like_divisions_say_no_place() -> None:
    """ve_mara_fundamas_defensoria_mujer_2014 (dev28): "la abogada Aura Vargas" then "Vargas
    informó que ..." name the lawyer, not the state of Vargas; with the laminated identity card
    (``ve.yaml`` evidence) and "venezolana" the text is Venezuela's.
    cu_tsp_prohibiciones_acercamiento_prision_provisional_2023 (dev28): "citada por el medio
    estatal Granma" names a newspaper, not the province."""
    text = (DOCS / "ve_mara_fundamas_defensoria_mujer_2014.txt").read_text(encoding="utf-8")
    guess = infer_country([text.split("\n", 1)[1]])
    assert guess.code == "VE"
    assert not any("Vargas" in e for e in guess.evidence)
    text = (DOCS / "cu_tsp_prohibiciones_acercamiento_prision_provisional_2023.txt").read_text(
        encoding="utf-8"
    )
    guess = infer_country([text.split("\n", 1)[1]])
    assert not any("Granma" in e for e in guess.evidence)
