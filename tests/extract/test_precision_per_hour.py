"""A total restated per hour, or per day said first as the count's frame ("Cada día, 205
personas ..."), is no count of a period (issue 10, precision): the development golds list every
such figure as a trap, in three documents of two countries, while an average the body gives
("unas 133 mujeres en promedio") and a figure "por hora" they keep. Each document case reads the
real document as the corpus runner does (its source line blanked)."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts


def _lines(tmp_path: Path, name: str) -> list[tuple[str, float]]:
    return [(row[0], row[1]) for row in corpus_facts(tmp_path, name)]


def test_a_total_restated_per_hour_or_framed_per_day_is_no_value(tmp_path: Path) -> None:
    """mx_sesnsp_911_violencia_familiar_marzo_2020 (dev49): "se recibieron 64 mil 858 llamadas,
    es decir, 2 mil 092 al día, 87 llamadas de mujeres cada hora" (line 3), "significa que hubo
    30 mujeres pidiendo ayuda cada hora" (line 4); mx_sesnsp_911_violencia_mujer_enero_abril_2019
    (dev49): "en otras palabras, cada hora hay 129.5 reportes" (line 3);
    co_dijin_violencia_intrafamiliar_municipios_2017 (dev6): "Cada día, 205 personas son
    víctimas de violencia intrafamiliar en Colombia" (line 2). Each went out at 0.91-0.95; the
    totals they restate stay."""
    found = _lines(tmp_path, "mx_sesnsp_911_violencia_familiar_marzo_2020")
    assert ("line:3", 87.0) not in found
    assert ("line:4", 30.0) not in found
    assert ("line:3", 64858.0) in found
    assert ("line:4", 22628.0) in found
    found = _lines(tmp_path, "mx_sesnsp_911_violencia_mujer_enero_abril_2019")
    assert ("line:3", 129.5) not in found
    assert ("line:3", 3110.0) in found
    found = _lines(tmp_path, "co_dijin_violencia_intrafamiliar_municipios_2017")
    assert not [row for row in found if row[0] == "line:2"]


def test_an_average_a_figure_per_hour_and_a_count_before_a_clause_stay(tmp_path: Path) -> None:
    """cr_poder_judicial_medidas_proteccion_2023 (dev8): "Cada día, unas 133 mujeres en
    promedio solicitan medidas de protección" (line 3), and mx_segob_agencias_mp_especializadas_
    2020 (dev): "cada día hay 482 mujeres que acuden a denunciar violencia familiar, es decir, se
    abren 20 carpetas de investigación por hora" (line 5) are kept by the gold."""
    assert ("line:3", 133.0) in _lines(tmp_path, "cr_poder_judicial_medidas_proteccion_2023")
    found = _lines(tmp_path, "mx_segob_agencias_mp_especializadas_2020")
    assert ("line:5", 20.0) in found
    assert ("line:5", 482.0) in found  # "cada día hay 482 mujeres que acuden a denunciar"
    found = text_facts(
        tmp_path,
        "En 2023 la línea atendió 3.400 llamadas y cada hora se reciben más de 40.",
    )
    assert [row[1] for row in found][:1] == [3400.0]
