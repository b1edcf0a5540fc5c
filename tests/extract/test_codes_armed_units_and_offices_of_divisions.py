"""A line's number written with a leading zero, an army's unit named by its number, a change
written with a participle and "un", a state's demonym, a city that says its department, an
offence referred back to and an office named for its division, met in the development corpus
(tests/acceptance/texts, parts dev25 and dev26): "la Línea Mujer 075 atendió 307 casos", "al
instalar en la 20 Zona Militar", "han aumentado un 35.9% desde el 1ro al 23 de marzo", "el
Instituto Colimense de la Mujer", "En San Pedro Sula, la Oficina Municipal de la Mujer",
"ingresaron un total 964 casos del citado ilícito", "la Felcv de Santa Cruz registró casi la
mitad (15.104 casos)". Each case is a real sentence; the values a careful reader publishes beside
them are asserted with their line, number, indicator, place and period."""

from __future__ import annotations

from pathlib import Path

from genero_etl.extract.traps import trap_spans
from genero_etl.normalize.country_guess import infer_country

from .reports import described

COLIMA = (
    "En un mensaje a través de su cuenta de Facebook, la gobernadora Indira Vizcaíno destacó el "
    "trabajo del Instituto Colimense de la Mujer (ICM), organismo que le reportó la atención, en "
    "este año 2024, de 1,300 mujeres con apoyo legal, psicológico, médico, trabajo social, entre "
    "otras cuestiones.\n"
    "Lo anterior, al instalar en la 20 Zona Militar, la reunión diaria de la Mesa de Coordinación "
    "Estatal para la Construcción de Paz y Seguridad.\n"
    "También informó que, en el último mes, la Línea Mujer 075 atendió 307 casos de mujeres que "
    "sufrieron algún tipo de violencia de género, siendo Manzanillo con 65 casos y Villa de "
    "Álvarez con 54, los municipios que más incidentes registraron."
)


def test_a_lines_number_with_a_leading_zero_and_an_armed_unit_are_no_values(
    tmp_path: Path,
) -> None:
    """mx_colima_icm_linea075_municipios_2024 (dev26): "075" is the helpline's number (no count
    is written with a leading zero) and "la 20 Zona Militar" an army unit; the women attended,
    the line's cases and the two municipalities' stay, in Colima (the institute's demonym), in
    2024."""
    found = described(tmp_path, "mx_colima.txt", "Informe", COLIMA, division=True)
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in found] == [
        ("line:2", 1300.0, "personas_asistidas", "MX", "MX-COL"),
        ("line:4", 307.0, "llamadas_linea_atencion", "MX", "MX-COL"),
        ("line:4", 65.0, "sin_clasificar", "MX", "MX-COL"),
        ("line:4", 54.0, "sin_clasificar", "MX", "MX-COL"),
    ]


def test_a_leading_zero_is_a_code_but_a_group_of_thousands_is_not() -> None:
    """ "mil 043 atenciones" and "16, 051 casos" write a group of thousands; "075" a code (after
    "la Línea Mujer", a women's line named by a word, the line's number too); an hour and a
    share keep their own rules."""
    assert [k for k, _ in trap_spans("la Línea Mujer 075 atendió 307 casos")] == ["code", "hotline"]
    assert trap_spans("se brindaron mil 043 atenciones") == []
    assert trap_spans("un total de 16, 051 casos") == []
    assert [k for k, _ in trap_spans("a las 08:00 horas")] == ["time"]


def test_a_participle_of_change_with_un_is_a_change(tmp_path: Path) -> None:
    """pr_opm_crias_policia_incidentes_marzo_2020 (dev26): "han aumentado un 35.9%" and "un
    7.82% menos" are changes: nothing to publish."""
    text = (
        "Mientras las víctimas de violencia doméstica que ha atendido el Centro de Respuesta "
        "Integrada de Apoyo y Servicios para la Mujer de la Oficina de la Procuradora de las "
        "Mujeres han aumentado un 35.9% desde el 1ro al 23 de marzo, en comparación con enero de "
        "este año, el Negociado de la Policía de Puerto Rico ha registrado un 7.82% menos de "
        "incidentes de violencia doméstica desde el 1ro al 25 de marzo, en comparación con el año "
        "pasado a la misma fecha."
    )
    assert described(tmp_path, "pr_opm.txt", "Cifras de marzo", text) == []


def test_a_states_demonym_says_the_state() -> None:
    """A Mexican state's demonym in an office's name says the state (and so Mexico)."""
    guess = infer_country(["el Instituto Sinaloense de las Mujeres atendió a 512 mujeres"])
    assert guess.code == "MX"
    assert ("MX", "admin1_evidence", "MX-SIN") in guess.places


def test_san_pedro_sula_says_cortes_unless_one_of_a_list(tmp_path: Path) -> None:
    """hn_juzgado_violencia_domestica_san_pedro_sula_2017 (dev26): the court of San Pedro Sula
    counts Cortés' complaints; a list of cities ("en Tegucigalpa, San Pedro Sula y Villanueva",
    dev5) says no department."""
    text = (
        "De 3,437 denuncias recibidas en 2017 se produjeron 1,351 sentencias; las mujeres siguen "
        "denunciando más y, en menor medida, los hombres.\n"
        "En San Pedro Sula, la Oficina Municipal de la Mujer (OMM), además de brindar atención por "
        "violencia doméstica, también cuenta con una casa refugio donde las afectadas pueden estar "
        "hasta tres meses.\n"
        "En lo que va de 2018, el juzgado ya cuantifica 247 denuncias por violencia doméstica."
    )
    found = described(tmp_path, "hn_juzgado.txt", "Juzgado", text, division=True)
    assert found[0][:6] == ("line:2", 3437.0, "denuncias_violencia", "denuncias", "HN", "HN-CR")
    assert found[-1][:6] == ("line:4", 247.0, "denuncias_violencia", "denuncias", "HN", "HN-CR")
    listed = infer_country(
        ["Tres nuevas capturas en Tegucigalpa, San Pedro Sula y Villanueva por violencia."]
    )
    assert not any(kind == "admin1_evidence" for _, kind, _ in listed.places)


def test_an_offence_referred_back_to_counts_complaints(tmp_path: Path) -> None:
    """py_mp_violencia_familiar_marzo_2020 (dev25): "casos del citado ilícito" that entered the
    system are complaints of the offence named before, not people attended."""
    text = (
        "Del 1 de marzo de 2020 al 11 de marzo de 2020, ingresaron 1064 causas al sistema de "
        "denuncias, mientras que del 12 de marzo de 2020 al 26 de marzo de 2020, ingresaron un "
        "total 964 casos del citado ilícito."
    )
    found = described(tmp_path, "py_mp.txt", "Ministerio Público del Paraguay", text)
    assert found[-1] == (
        "line:2",
        964.0,
        "denuncias_violencia",
        "denuncias",
        "PY",
        "2020-03-12",
        "2020-03-26",
    )


def test_an_office_named_for_its_division_gives_the_division(tmp_path: Path) -> None:
    """bo_gobernaciones_felcv_ejecucion_presupuesto_2020 (dev25): "la Felcv de Santa Cruz
    registró casi la mitad (15.104 casos)" counts Santa Cruz's complaints; the total "a nivel
    nacional" (35.360) stays Bolivia's, La Paz's and Cochabamba's their own."""
    text = (
        "Los GAD de Chuquisaca 28,4 %, Santa Cruz 27,1 % y Oruro 15 %, presentando una baja "
        "ejecución.\n"
        "Cabe mencionar que en 2020 la Felcv de Santa Cruz registró casi la mitad (15.104 casos) "
        "del total de denuncias registradas a nivel nacional por esta instancia policial (35.360), "
        "lo que representa casi el doble de La Paz (7.154 casos) y el triple de Cochabamba (4.728 "
        "casos), según el informe situación de la violencia contra las mujeres en Bolivia 2021, "
        "del Ministerio de Justicia."
    )
    title = "Gobernaciones no fortalecieron la Felcv"
    found = described(tmp_path, "bo_felcv.txt", title, text, division=True)
    assert [(r[1], r[5]) for r in found if r[0] == "line:3"] == [
        (15104.0, "BO-S"),
        (35360.0, ""),
        (7154.0, "BO-L"),
        (4728.0, "BO-C"),
    ]
