"""A list of counts that says its noun once, in its first item, its later items in words built
like it (issue 10): "24 fueron por trata de personas y siete por tentativa de violación",
"nueve fueron asesinadas con arma de fuego, cinco con objeto contundente", "998 denuncias por
violencia física, siete por económica" (``extract/piece.py:_parallel_to_led_item``): the first
item says its number, its noun or its verb, then a preposition; an item in words with the same
preposition right after it counts what the first counts. Each document case reads the real
development document as the corpus runner does and fails with the code before this round; the
guards are close sentences that must stay as they were (ages and terms, ranges, dates, shares)."""

from __future__ import annotations

from pathlib import Path

from .reports import line_values, sentence_values


def test_item_after_an_item_led_by_its_verb(tmp_path: Path) -> None:
    """mx_cdmx_fiscal_recuento_anual_2023 (dev36), line 6: "por el delito contra la intimidad
    sexual a 50; 24 fueron por trata de personas y siete por tentativa de violación"."""
    found = line_values(tmp_path, "mx_cdmx_fiscal_recuento_anual_2023", "line:6")
    assert 7.0 in found
    assert 24.0 in found


def test_item_after_an_item_led_by_verb_and_participle(tmp_path: Path) -> None:
    """pa_mp_centro_estadisticas_femicidios_2020 (dev46), line 11: "mientras que nueve fueron
    asesinadas con arma de fuego, cinco con objeto contundente y una por asfixia mecánica"."""
    found = line_values(tmp_path, "pa_mp_centro_estadisticas_femicidios_2020", "line:11")
    assert 5.0 in found
    assert 9.0 in found


def test_items_after_an_item_led_by_its_noun(tmp_path: Path) -> None:
    assert sentence_values(
        tmp_path, "Se registraron 998 denuncias por violencia física, siete por económica."
    ) == [998.0, 7.0]
    assert sentence_values(
        tmp_path, "Se impartieron 15 talleres en Lima, tres en Cusco y dos en Puno."
    ) == [15.0, 3.0, 2.0]


def test_guards_ages_terms_ranges_dates_and_shares(tmp_path: Path) -> None:
    # an age or a term goes on with years, no count
    assert sentence_values(tmp_path, "La víctima tenía 30 años de edad y dos de experiencia.") == []
    assert sentence_values(tmp_path, "Se otorgaron 15 días de licencia y tres de vacaciones.") == []
    # a number between the two items: no list of one noun
    assert sentence_values(tmp_path, "Se dictaron tres sentencias de 30 años y dos de 25.") == [
        3.0,
        25.0,
    ]
    # a range stays a range
    assert sentence_values(tmp_path, "Se atendieron entre 15 y 20 mujeres por día en Lima.") == []
    # a stop between: a new sentence, no item of the list
    assert sentence_values(
        tmp_path, "Se registraron 998 denuncias por violencia física. Dos por semana."
    ) == [998.0]
    # "una" opening an item is as often an article: the places a colon lists stay uncounted
    # (do_minmujer_casas_acogida_linea_auxilio, dev, line 8)
    assert line_values(tmp_path, "do_minmujer_casas_acogida_linea_auxilio", "line:8") == [3.0]
    # shares keep their unit
    assert sentence_values(
        tmp_path, "El 30 % fueron por violencia física y el 40 % por psicológica."
    ) == [30.0, 40.0]
