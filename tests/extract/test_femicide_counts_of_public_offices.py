"""Femicides and violent deaths of women as public offices count them, met in the development
corpus (tests/acceptance/texts, part dev61): a count padded to two digits before its noun ("08
víctimas de Feminicidios") and a month, "de" and a count ("en el mes de marzo de 3 víctimas")
are counts, no code or date; Panama's "Fiscalía de Descarga", Argentina's "Corte Suprema de
Justicia de la Nación" and Ecuador's "Ministerio de la Mujer y Derechos Humanos" say their
countries, and a victim's nationality ("una de nacionalidad chilena") says no country; a court
register's "tasa de víctimas directas de femicidio" is the femicide rate and its "víctimas
letales de violencia de género" are femicides; a joint count "femicidios y muertes violentas de
mujeres" is no count of femicides in either order; deaths that "podrían ser tipificadas como
feminicidio" were not qualified as femicides; a civil-society association's count of "un
periodo similar" goes on quoting it; the last division of a series with "ningún caso" counts
its zero; and the figures under a heading "Datos nacionales" are the country's. Each document
case reads the real document as the corpus runner does (its source line blanked) and asserts
line, value, indicator, country, division and period; each sentence case guards what must
stay."""

from __future__ import annotations

from pathlib import Path

from genero_etl.normalize.country_guess import infer_country

from .reports import corpus_facts, text_facts


def test_a_padded_count_and_a_count_after_a_month_are_values(tmp_path: Path) -> None:
    """py_minmujer_observatorio_feminicidios_primer_trimestre_2020 (dev61): "hubo un total de 08
    víctimas de Feminicidios" was masked as a code (a leading zero) and "en el mes de marzo de 3
    víctimas de feminicidio" as a date ("marzo de 3"); the women's ministry's observatory names
    no place but Paraguay's departments."""
    found = corpus_facts(tmp_path, "py_minmujer_observatorio_feminicidios_primer_trimestre_2020")
    assert found == [
        ("line:3", 8.0, "femicidios", "PY", "", "2020-01-01", "2020-03-31"),
        ("line:5", 3.0, "femicidios", "PY", "", "2020-01-01", "2020-03-31"),
        ("line:5", 2.0, "femicidios", "PY", "", "2020-01-01", "2020-03-31"),
    ]


def test_a_line_number_and_a_day_after_its_month_stay_no_counts(tmp_path: Path) -> None:
    """A zero-padded line's number ("Línea Mujer 075") and "marzo 3" (a day) stay masked; a
    padded count before a count noun is read."""
    found = text_facts(
        tmp_path,
        "En Paraguay la Línea Mujer 075 atendió 120 llamadas.\n"
        "En Paraguay, el informe de marzo 3 registró 45 denuncias por violencia familiar.\n"
        "En Paraguay, en marzo se registraron 05 casos por violencia familiar.",
    )
    assert [(f[0], f[1], f[2]) for f in found] == [
        ("line:2", 120.0, "llamadas_linea_atencion"),
        ("line:3", 45.0, "denuncias_violencia"),
        ("line:4", 5.0, "denuncias_violencia"),
    ]


def test_the_descarga_prosecutors_say_panama(tmp_path: Path) -> None:
    """pa_mp_femicidio_baja_2019 (dev61): the public prosecution service's note names its
    "Fiscalía de Descarga" and "Fiscal Superior de Descarga de Homicidio/Femicidio", never
    Panama; its seven values had no country."""
    found = corpus_facts(tmp_path, "pa_mp_femicidio_baja_2019")
    assert [(f[0], f[1], f[2], f[3]) for f in found] == [
        ("line:2", 14.0, "femicidios", "PA"),
        ("line:2", 20.0, "femicidios", "PA"),
        ("line:2", 18.0, "femicidios", "PA"),
        ("line:2", 19.0, "femicidios", "PA"),
        ("line:2", 29.0, "femicidios", "PA"),
        ("line:2", 25.0, "femicidios", "PA"),
        ("line:3", 16.0, "sentencias_condenatorias", "PA"),
    ]


def test_the_supreme_courts_register_says_argentina_and_its_rate(tmp_path: Path) -> None:
    """ar_csjn_om_registro_femicidios_cordoba_2022 (dev61): "una de nacionalidad chilena" (a
    victim's nationality) outweighed "Justicia Argentina", so no value had a country or
    Córdoba's division; the "tasa de víctimas directas de femicidio cada 100.000 mujeres" was
    read as femicides, and the "252 víctimas letales de violencia de género" as nothing."""
    found = corpus_facts(tmp_path, "ar_csjn_om_registro_femicidios_cordoba_2022")
    assert {(f[3], f[4]) for f in found if f[0] != "line:9"} == {("AR", "AR-X")}
    assert ("line:4", 0.92, "tasa_femicidios") in [f[:3] for f in found]
    assert ("line:9", 252.0, "femicidios") in [f[:3] for f in found]
    assert ("line:9", 26.0, "femicidios") in [f[:3] for f in found]


def test_a_victims_nationality_says_no_country() -> None:
    """The words after "nacionalidad" or "de origen" describe a person, not the report."""
    guess = infer_country(
        ["En Córdoba hubo 18 víctimas directas: 17 de nacionalidad argentina y una de "
         "nacionalidad chilena, y dos mujeres de origen boliviano."]
    )  # fmt: skip
    assert guess.scores == {"AR": 1.5}
    assert guess.code == ""


def test_an_official_joint_count_beside_a_civil_society_one(tmp_path: Path) -> None:
    """ec_judicatura_fiscalia_femicidios_aldea_septiembre_2024 (dev61): the judiciary council's
    and prosecution service's "360 víctimas de femicidios y muertes violentas de mujeres" (a
    joint count) went out as femicides with no country, and ALDEA's "En 2024, en un periodo
    similar, ... se reportaron 180 muertes" (the association's count, a trap) as the office's."""
    found = corpus_facts(tmp_path, "ec_judicatura_fiscalia_femicidios_aldea_septiembre_2024")
    assert found == [
        ("line:7", 360.0, "muertes_mujeres_violencia", "EC", "", "2024-01-01", "2024-12-31"),
    ]


def test_deaths_that_could_be_classed_as_femicides_are_deaths(tmp_path: Path) -> None:
    """pe_defensoria_reporte_igualdad_no_violencia_febrero_2020 (dev61): "10 muertes violentas
    de mujeres aún no esclarecidas que podrían ser tipificadas como feminicidio" were published
    as femicides; the 12 femicides before them stay femicides."""
    found = corpus_facts(tmp_path, "pe_defensoria_reporte_igualdad_no_violencia_febrero_2020")
    line7 = [(f[1], f[2], f[3]) for f in found if f[0] == "line:7"]
    assert line7 == [
        (12.0, "femicidios", "PE"),
        (5.0, "sin_clasificar", "PE"),
        (10.0, "muertes_mujeres_violencia", "PE"),
    ]


def test_deaths_qualified_as_femicides_stay_femicides(tmp_path: Path) -> None:
    """What the count's clause says it was qualified as still decides."""
    found = text_facts(
        tmp_path,
        "En Paraguay, en marzo de 2020 se registraron 11 mujeres asesinadas, asesinatos "
        "calificados como feminicidio.",
    )
    assert [(f[0], f[1], f[2]) for f in found] == [("line:2", 11.0, "femicidios")]


def test_the_last_division_of_a_series_with_no_case_counts_a_zero(tmp_path: Path) -> None:
    """bo_fiscalia_feminicidios_infanticidios_noviembre_2024 (dev61): "La Paz con 21 víctimas,
    Cochabamba 17, ..., Beni 2 y Pando ningún caso": Pando's zero was dropped (a zero in words
    stood only after a negation or a list item's colon)."""
    found = corpus_facts(tmp_path, "bo_fiscalia_feminicidios_infanticidios_noviembre_2024")
    line6 = [(f[1], f[2], f[4]) for f in found if f[0] == "line:6"]
    assert line6 == [
        (21.0, "femicidios", "BO-L"),
        (17.0, "femicidios", "BO-C"),
        (14.0, "femicidios", "BO-S"),
        (7.0, "femicidios", "BO-T"),
        (7.0, "femicidios", "BO-O"),
        (7.0, "femicidios", "BO-P"),
        (3.0, "femicidios", "BO-H"),
        (2.0, "femicidios", "BO-B"),
        (0.0, "femicidios", "BO-N"),
    ]


def test_no_after_a_count_without_a_name_stays_no_zero(tmp_path: Path) -> None:
    """ "ninguna" right after "y", with no item's name between, is a subject, no zero."""
    found = text_facts(
        tmp_path,
        "En Bolivia se registraron 21 víctimas de feminicidio y ninguna mujer debe sufrir más.",
    )
    assert [(f[0], f[1], f[2]) for f in found] == [("line:2", 21.0, "femicidios")]


def test_figures_under_a_national_heading_are_the_countrys(tmp_path: Path) -> None:
    """ar_csjn_om_registro_femicidios_cordoba_2022 (dev61): under the heading "Datos
    nacionales", "El año pasado se registraron 252 víctimas letales de violencia de género" and
    the figures after it were placed in Córdoba, the province the note is about."""
    found = corpus_facts(tmp_path, "ar_csjn_om_registro_femicidios_cordoba_2022")
    assert [(f[1], f[3], f[4]) for f in found if f[0] == "line:9"] == [
        (252.0, "AR", ""),
        (226.0, "AR", ""),
        (219.0, "AR", ""),
        (7.0, "AR", ""),
        (26.0, "AR", ""),
    ]
    assert [(f[1], f[4]) for f in found if f[0] == "line:7"] == [(2.0, "AR-X")]


def test_a_heading_that_only_names_a_place_keeps_the_division(tmp_path: Path) -> None:
    """Only a heading made of the national words alone scopes the figures under it."""
    found = text_facts(
        tmp_path,
        "Datos de la provincia de Córdoba\n"
        "La Oficina de la Mujer de la Corte Suprema de Justicia de la Nación registró 18 "
        "víctimas de femicidio en la provincia de Córdoba.",
    )
    assert [(f[0], f[1], f[3], f[4]) for f in found] == [("line:3", 18.0, "AR", "AR-X")]
