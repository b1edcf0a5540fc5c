"""Short public posts and press notes of women's offices, prosecutors and police, met in the
development corpus (tests/acceptance/texts, part dev79): a line's proper name, then its number,
in a list of the lines a note gives ("• Línea Departamental de Salud Mental 106.", "• Línea de
Orientación a Mujeres Víctimas de Violencia 155.") counts nothing; what a count so far "podría
escalar a" is a guess, not a count; a court's protective measures listed by their kind under
their total ("- 1,774 prohibiciones de acercarse o comunicarse con la víctima") are protective
measures. Each document case reads the real document as the corpus runner does (its source line
blanked); each guard case reads a real document whose count must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts


def test_lines_named_then_numbered_in_a_list_count_nothing(tmp_path: Path) -> None:
    """co_procuraduria_feminicidios_lineas_valle_2024 (dev79): "• Línea Departamental de Salud
    Mental 106. Atención las 24 horas al día." (line 12) and "• Línea de Orientación a Mujeres
    Víctimas de Violencia 155." (line 13) gave 106 as femicides and 155 as a line's calls; the
    femicides of 2023 and of 2024 so far (line 6) stay."""
    found = corpus_facts(tmp_path, "co_procuraduria_feminicidios_lineas_valle_2024")
    lines = [f[0] for f in found]
    assert "line:12" not in lines
    assert "line:13" not in lines
    assert [(f[1], f[2]) for f in found if f[0] == "line:6"] == [
        (525.0, "femicidios"),
        (21.0, "femicidios"),
    ]


def test_a_line_named_and_then_its_count_after_a_verb_stays_a_count(tmp_path: Path) -> None:
    """co_antioquia_linea123_hogares_semana_mayor_2025 (dev30, a value of its gold): "Entre el 1 de
    enero y el 28 de febrero de 2025, la Línea atendió 6 mil 621 incidentes" (line 6): a verb
    after "Línea" is no word of a line's name, so the count is kept."""
    found = corpus_facts(tmp_path, "co_antioquia_linea123_hogares_semana_mayor_2025")
    assert ("line:6", 6621.0) in [(f[0], f[1]) for f in found]


def test_what_a_count_so_far_could_rise_to_is_a_guess(tmp_path: Path) -> None:
    """py_fiscalia_observatorio_feminicidios_2025 (dev79): "Considerando que también en el mes
    de agosto y lo que va de setiembre se registraron varios hechos, esa cifra podría escalar a
    30." (line 4) gave 30 complaints; the femicides of 2025 so far (line 2) stay."""
    found = corpus_facts(tmp_path, "py_fiscalia_observatorio_feminicidios_2025")
    assert "line:4" not in [f[0] for f in found]
    assert ("line:2", 25.0, "femicidios", "PY") in [f[:4] for f in found]


def test_a_courts_prohibitions_to_approach_are_protective_measures(tmp_path: Path) -> None:
    """mx_cdmx_fgj_atlas_feminicidios_medidas_2023 (dev79): "El Tribunal Superior de Justicia de
    la Ciudad de México ha emitido 8 mil 382 medidas cautelares ...:" (line 5), then "- 1,774
    prohibiciones de acercarse o comunicarse con la víctima u ofendida." (line 6), of no
    indicator before."""
    found = corpus_facts(tmp_path, "mx_cdmx_fgj_atlas_feminicidios_medidas_2023")
    assert ("line:6", 1774.0, "medidas_proteccion", "MX", "MX-CMX") in [f[:5] for f in found]
    assert ("line:5", 8382.0, "medidas_proteccion") in [f[:3] for f in found]
