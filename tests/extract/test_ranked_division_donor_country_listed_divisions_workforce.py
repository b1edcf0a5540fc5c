"""A division ranked in a national report's opening, a donor country, a count spread over a list
of divisions, an institution's whole workforce, and the words of shelters, calls and deaths, met
in the development corpus (tests/acceptance/texts, part dev33): "Por lugar, en el departamento
Central, el más poblado del país, registró la mayor cantidad de causas"; "los $3 millones
aportados por China-Taiwán ..., un proyecto con un costo total de $4.8 millones"; "cuatro
feminicidios en El Seibo, La Vega, San Juan de la Maguana y Monte Cristi"; "El NPPR, que tiene
unos 13,000 empleados activos"; "Solo hay 10 albergues", "unas 3,000 mujeres llaman al 911", "386
mujeres murieron". Each document case reads the real document as the corpus runner does (its
source line blanked) and asserts the line, the number, the indicator and the place of what is
published, and that what was read wrongly before is gone; each sentence case guards what must
stay."""

from __future__ import annotations

from pathlib import Path

from genero_etl.normalize.codebook import load_codebook

from .reports import extracted

DOCS = Path(__file__).parents[1] / "acceptance" / "texts" / "docs"
CODEBOOK = load_codebook()

Row = tuple[str, float, str | None, str]


def _read(tmp_path: Path, name: str) -> list[Row]:
    """Line, value, indicator and first-level division of every value of the corpus document
    ``name``."""
    text = (DOCS / f"{name}.txt").read_text(encoding="utf-8")
    return _text(tmp_path, "\n" + text.split("\n", 1)[1], f"{name}.txt")


def _text(tmp_path: Path, text: str, name: str = "x.txt") -> list[Row]:
    observations = extracted(tmp_path, text, name)
    return [
        (o.source_locator.split()[0], float(o.value), o.indicator_id, o.admin1)
        for o in observations
    ]


def test_a_division_ranked_in_the_opening_is_no_subject(tmp_path: Path) -> None:
    """py_mp_victimas_violencia_familiar_anual_2025 (dev33): the prosecutors' national figures
    opened by "Por lugar, en el departamento Central, el más poblado del país, registró la mayor
    cantidad de causas ingresadas con 16.784 casos" stay national (they were all given Central,
    PY-11); Central's own count and the other departments' keep their divisions."""
    found = _read(tmp_path, "py_mp_victimas_violencia_familiar_anual_2025")
    by_value = {(w, v): admin1 for w, v, _, admin1 in found}
    assert by_value[("line:3", 4034.0)] == ""
    assert by_value[("line:8", 34898.0)] == ""
    assert by_value[("line:6", 30898.0)] == ""
    assert by_value[("line:4", 16784.0)] == "PY-11"
    assert by_value[("line:5", 4984.0)] == "PY-ASU"
    assert by_value[("line:5", 2015.0)] == "PY-5"


def test_a_country_that_gave_the_money_is_not_the_figures_place(tmp_path: Path) -> None:
    """sv_ciudad_mujer_morazan_inauguracion_2014 (dev33): "Ortiz agradeció los $3 millones
    aportados por China-Taiwán para la construcción ... de la nueva sede, un proyecto con un costo
    total de $4.8 millones": Taiwan gave the money; the total cost is the Salvadoran centre's
    (presupuesto_genero, it was withheld as another country's)."""
    found = _read(tmp_path, "sv_ciudad_mujer_morazan_inauguracion_2014")
    assert ("line:10", 4800000.0, "presupuesto_genero", "SV-MO") in found
    assert ("line:10", 3000000.0, "presupuesto_genero", "SV-MO") in found


def test_a_count_spread_over_a_list_of_divisions_is_none_of_them(tmp_path: Path) -> None:
    """do_pgr_unidades_atencion_denuncias_cuarentena_2020 (dev33): "se han reportado cuatro
    feminicidios en El Seibo, La Vega, San Juan de la Maguana y Monte Cristi y tres intentos en
    Los Alcarrizos, ...": the four femicides are the country's, not El Seibo's (DO-08), and the
    three attempts are not Monte Cristi's (DO-15)."""
    found = _read(tmp_path, "do_pgr_unidades_atencion_denuncias_cuarentena_2020")
    assert ("line:3", 4.0, "femicidios", "") in found
    assert [admin1 for w, v, _, admin1 in found if (w, v) == ("line:3", 3.0)] == [""]
    assert ("line:5", 1437.0, "denuncias_violencia", "") in found


def test_one_division_per_count_keeps_its_count(tmp_path: Path) -> None:
    """bo_fiscalia_violencia_familiar_cuarentena_2020 (dev): "la mayor cantidad de casos se
    registraron en la ciudad de Santa Cruz con 221. El segundo lugar es ocupado por La Paz con
    105, seguido por Cochabamba (82), Beni (56), ...": one division for each count, each keeps
    its own."""
    found = _read(tmp_path, "bo_fiscalia_violencia_familiar_cuarentena_2020")
    assert ("line:5", 221.0, "denuncias_violencia", "BO-S") in found
    assert ("line:5", 105.0, "denuncias_violencia", "BO-L") in found
    assert ("line:5", 82.0, "denuncias_violencia", "BO-C") in found


def test_a_whole_institutions_workforce_is_no_value(tmp_path: Path) -> None:
    """pr_policia_querellas_violencia_domestica_agentes_2021 (dev33): "El NPPR, que tiene unos
    13,000 empleados activos, no proveyó las cifras" sizes the police, it counts no work of it
    (lexicon ``never_values.workforce``); the complaints against its agents stay."""
    found = _read(tmp_path, "pr_policia_querellas_violencia_domestica_agentes_2021")
    assert [v for w, v, _, _ in found if w == "line:4"] == []
    assert ("line:2", 26.0, "denuncias_violencia", "") in found


def test_shelters_calls_and_deaths_are_named_by_their_words(tmp_path: Path) -> None:
    """hn_mp_casas_refugio_911_san_pedro_sula_2024 (dev33): "Al mes unas 3,000 mujeres llaman al
    911" are calls, "Solo hay 10 albergues de estos" counts shelters (both were unclassified),
    "386 mujeres murieron en ese mismo año" counts deaths (it was read as the complaints of the
    clause before)."""
    found = _read(tmp_path, "hn_mp_casas_refugio_911_san_pedro_sula_2024")
    assert ("line:2", 3000.0, "llamadas_linea_atencion", "") in found
    assert ("line:4", 10.0, "centros_atencion", "") in found
    assert ("line:8", 386.0, "muertes_mujeres_violencia", "") in found
    assert ("line:8", 34221.0, "denuncias_violencia", "") in found
    assert CODEBOOK.classify("mujeres | se alojaron en los albergues").id != "centros_atencion"
    assert CODEBOOK.classify("mujeres albergadas en los refugios").id == (
        "refugios_personas_alojadas"
    )
