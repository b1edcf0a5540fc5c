"""Statistical bulletins with many figures per paragraph, met in the development corpus
(tests/acceptance/texts, part dev49): a trend's change ("tendencia hacia la baja en un 25 %",
"se dispararon un 23%"), the emergency telephone's number ("el teléfono de emergencias 911"),
a total restated per day with its thousands in words ("es decir, 2 mil 092 al día"), states
compared by the share they concentrate ("10 estados concentran 60.9%") and the rest of the map
("en las otras 21 entidades"), a ratio per call ("por cada llamada que es captada, dos"), a
second source's acronym ("de organizaciones feministas y del Sistema Estadístico Policial en
Línea, (SEPOL)"), an association's count reported with "aseguró", a plan's items ("contiene 22
acciones"), and Jalisco's equality ministry (SISEMH) as evidence of Mexico. Each document case
reads the real document as the corpus runner does (its source line blanked) and asserts the
line, the number and the indicator of what is published, and that what was read wrongly before
is gone; each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import extracted

DOCS = Path(__file__).parents[1] / "acceptance" / "texts" / "docs"

Row = tuple[str, float, str | None]


def _observations(tmp_path: Path, name: str) -> list:  # type: ignore[type-arg]
    text = (DOCS / f"{name}.txt").read_text(encoding="utf-8")
    return extracted(tmp_path, "\n" + text.split("\n", 1)[1], f"{name}.txt")


def _read(tmp_path: Path, name: str) -> list[Row]:
    """Line, value and indicator of every value of the corpus document ``name``."""
    return [
        (o.source_locator.split()[0], float(o.value), o.indicator_id)
        for o in _observations(tmp_path, name)
    ]


def _text(tmp_path: Path, text: str) -> list[Row]:
    return [
        (o.source_locator.split()[0], float(o.value), o.indicator_id)
        for o in extracted(tmp_path, text, "x.txt")
    ]


def test_a_trend_towards_a_fall_is_a_change(tmp_path: Path) -> None:
    """do_pgr_feminicidios_enero_noviembre_2019 (dev49): "este año 2019 continúa con igual
    tendencia hacia la baja en un 25 %" is a fall (it was a share), and the plan that "contiene
    22 acciones" sets them out; the 62 femicides of 2019 and the 1,295 of 2005-2019 stay."""
    found = _read(tmp_path, "do_pgr_feminicidios_enero_noviembre_2019")
    assert ("line:3", 25.0) not in {(line, value) for line, value, _ in found}
    # "el Plan Nacional Contra la Violencia de Género ... contiene 22 acciones de prevención":
    # what the plan sets out (it was 22 activities done)
    assert not [row for row in found if row[0] == "line:5"]
    assert ("line:2", 62.0, "femicidios") in found
    assert ("line:6", 1295.0, "femicidios") in found


def test_a_sharp_rise_and_a_daily_restatement_in_thousands_are_no_values(
    tmp_path: Path,
) -> None:
    """mx_sesnsp_911_violencia_familiar_marzo_2020 (dev49): "se dispararon un 23% en todo el
    país en marzo de 2020 respecto a febrero" is a rise, and "se recibieron 64 mil 858 llamadas,
    es decir, 2 mil 092 al día" restates the total per day (both were values); the calls and
    the femicides stay."""
    found = _read(tmp_path, "mx_sesnsp_911_violencia_familiar_marzo_2020")
    values = {(line, value) for line, value, _ in found}
    assert ("line:2", 23.0) not in values
    assert ("line:3", 2092.0) not in values
    assert ("line:3", 64858.0, "llamadas_linea_atencion") in found
    assert ("line:4", 22628.0, "llamadas_linea_atencion") in found
    assert ("line:5", 26171.0, "llamadas_linea_atencion") in found
    assert {("line:7", 91.0, "femicidios"), ("line:7", 76.0, "femicidios")} <= set(found)


def test_the_emergency_telephone_and_states_compared_are_no_counts(tmp_path: Path) -> None:
    """mx_sesnsp_911_violencia_mujer_enero_abril_2019 (dev49): "el teléfono de emergencias 911
    registró" names the line (911 was a count of panic buttons) and "10 estados concentran
    60.9% de estos pedidos de auxilio" compares states (10 was a count of complaints); the share
    and the calls by state stay."""
    found = _read(tmp_path, "mx_sesnsp_911_violencia_mujer_enero_abril_2019")
    values = {(line, value) for line, value, _ in found}
    assert ("line:2", 911.0) not in values
    assert ("line:5", 10.0) not in values
    assert ("line:5", 60.9) in values
    assert ("line:5", 32174.0, "llamadas_linea_atencion") in found
    assert ("line:6", 29886.0, "llamadas_linea_atencion") in found
    assert ("line:4", 216686.0, "llamadas_linea_atencion") in found


def test_a_second_sources_acronym_is_not_the_first_ones(tmp_path: Path) -> None:
    """hn_sepol_muertes_violentas_mujeres_2024 (dev49): "según cifras de los observatorios de
    organizaciones feministas y del Sistema Estadístico Policial en Línea, (SEPOL)" took SEPOL
    for the feminist observatories' acronym, so the police's own 231 and 409 deaths "según los
    datos ... del Sistema Estadístico Policial en Línea, (SEPOL)" were dropped as quoted; and
    the association whose director "aseguró ... que dicha organización contabilizó 234 muertes
    violentas" quotes its own count (234, 28 and 20 were values)."""
    found = _read(tmp_path, "hn_sepol_muertes_violentas_mujeres_2024")
    assert ("line:7", 231.0, "muertes_mujeres_violencia") in found
    assert ("line:7", 409.0, "muertes_mujeres_violencia") in found
    assert not [row for row in found if row[0] == "line:8"]


def test_an_acronym_right_after_the_quoted_body_still_names_it(tmp_path: Path) -> None:
    """The second source's rule reads "y del"/"y de la" between the body and the acronym only:
    the association named with its acronym is still quoted by it in the next paragraph."""
    text = (
        "\nSegún la Asociación Latinoamericana para el Desarrollo Alternativo (Aldea), Honduras"
        " cerró 2020 con 118 feminicidios.\nEl informe de Aldea registró 850 feminicidios en"
        " Honduras.\nLa Secretaría de Seguridad de Honduras registró 231 muertes violentas de"
        " mujeres.\n"
    )
    found = _text(tmp_path, text)
    assert found == [("line:4", 231.0, "muertes_mujeres_violencia")]


def test_jaliscos_equality_ministry_is_evidence_of_mexico(tmp_path: Path) -> None:
    """mx_jal_sisemh_911_violencia_razon_genero_2019_2025 (dev49): the Secretaría de Igualdad
    Sustantiva Entre Mujeres y Hombres (SISEMH) and the Guadalajara metropolitan area name
    neither Mexico nor Jalisco in words: its calls, complaints and protection measures had no
    country; they are Jalisco's (the 6 mil 840 calls a month of no indicator: a rate is no count
    of its period)."""
    observations = _observations(tmp_path, "mx_jal_sisemh_911_violencia_razon_genero_2019_2025")
    by_value = {float(o.value): o for o in observations}
    for value in (6840.0, 410412.0, 129387.0, 11900.0):
        assert (by_value[value].country, by_value[value].admin1) == ("MX", "MX-JAL")
    assert by_value[6840.0].indicator_id == "sin_clasificar"


def test_a_rise_to_a_level_and_a_daily_average_said_by_the_office_stay(tmp_path: Path) -> None:
    """What must stay: a trend's new level is written "a" ("la cifra subió a 3.210 denuncias"),
    and an average the office states is a value ("un promedio diario de 3 mil 110 llamadas")."""
    found = _text(
        tmp_path,
        "\nEn México la cifra subió a 3.210 denuncias en 2023.\nSegún el Secretariado Ejecutivo"
        " del Sistema Nacional de Seguridad Pública (SESNSP), se recibió un promedio diario de"
        " 3 mil 110 llamadas por agresiones contra mujeres.\n",
    )
    values = {(line, value) for line, value, _ in found}
    assert ("line:2", 3210.0) in values
    assert ("line:3", 3110.0) in values


def test_the_rest_of_the_map_and_a_ratio_per_call_are_no_counts(tmp_path: Path) -> None:
    """mx_sesnsp_911_violencia_mujer_enero_abril_2019 (dev49): "En las otras 21 entidades la
    incidencia ronda las 10 mil llamadas o menos" is the rest of the map (21 was a count of
    agencies); mx_sesnsp_911_violencia_mujeres_enero_septiembre_2022 (dev49): "por cada llamada
    que es captada, dos mujeres optan por no pedir ayuda" is a ratio (two was a count of calls);
    the calls by state stay."""
    found = _read(tmp_path, "mx_sesnsp_911_violencia_mujer_enero_abril_2019")
    assert ("line:7", 21.0) not in {(line, value) for line, value, _ in found}
    found = _read(tmp_path, "mx_sesnsp_911_violencia_mujeres_enero_septiembre_2022")
    assert not [row for row in found if row[0] == "line:7"]
    assert ("line:8", 464450.0, "llamadas_linea_atencion") in found
    assert ("line:8", 27064.0, "llamadas_linea_atencion") in found


def test_other_units_a_programme_reached_and_a_ratio_of_a_whole_stay(tmp_path: Path) -> None:
    """What must stay: "los otros 5 municipios" may be the ones a programme reached (only
    states, provinces, departments and regions are a map's rest), and a count after a comma that
    no "por cada" opens is a count."""
    found = _text(
        tmp_path,
        "\nEn Jalisco el Instituto Estatal de las Mujeres capacitó a los otros 5 municipios de la"
        " región.\nEn Jalisco, por la mañana, 40 mujeres fueron atendidas en el Centro de"
        " Justicia para las Mujeres.\n",
    )
    values = {(line, value) for line, value, _ in found}
    assert ("line:2", 5.0) in values
    assert ("line:3", 40.0) in values


def test_cues_that_need_their_noun_do_not_lower_a_counts_confidence() -> None:
    """ "las restantes" and "contiene" are trap cues only with the nouns after the number ("las
    otras 21 entidades", "contiene 22 acciones"): "de las restantes 27 se desconoce el móvil"
    (pr_policia_mujeres_asesinadas_2018, dev) is not a number a trap rule nearly masked, while
    "comisaría número 317" still is."""
    from genero_etl.normalize.observations import near_trap

    line = "De las 51 mujeres asesinadas, de las restantes 27 se desconoce el móvil."
    assert not near_trap(line, "27", 27.0, "")
    assert not near_trap("El Plan contiene 300 acciones.", "300", 300.0, "")
    assert near_trap("La comisaría número 317 abrió ayer.", "317", 317.0, "")
