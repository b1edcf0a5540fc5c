"""The police and security ministries' own figures, met in the development corpus
(tests/acceptance/texts, part dev65): an emergency service's name says its country ("el
Servicio Integrado de Seguridad ECU 911"), and so does the national police's acronym after an
officer's rank ("coronel PNP"), while a surname between two names that is also a city ("Ely
Villavicencio Delgado") says no place; an average worked out from a figure just given, its
thousands written with a separator ("lo que establece un promedio mensual de aproximadamente
9.500 llamadas"), is no figure of its own; "a diferencia de(l)" sets another figure against
this one, a value, never a difference, while "un 57% de crecimiento" is a change; people
"consignados al Ministerio Público" are people brought before the prosecutor; the 911 named
after its system's last word ("Emergencias y Seguridad 911") is a line, never a count. Each
document case reads the real document as the corpus runner does (its source line blanked) and
asserts line, value, indicator, country, division and period; each sentence case guards what
must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts


def test_an_emergency_services_name_says_its_country_and_its_derived_average_is_none(
    tmp_path: Path,
) -> None:
    """ec_ecu911_emergencias_vif_enero_junio_2021 (dev65): no value had a country, the text
    naming only "Quito" in its dateline and "el Servicio Integrado de Seguridad ECU 911"; the
    monthly average worked out from the daily figure ("lo que establece un promedio mensual de
    aproximadamente 9.500 llamadas") was published as calls."""
    found = corpus_facts(tmp_path, "ec_ecu911_emergencias_vif_enero_junio_2021")
    year = ("2021-01-01", "2021-12-31")
    assert ("line:4", 53123.0, "llamadas_linea_atencion", "EC", "", *year) in found
    assert ("line:5", 316.0, "llamadas_linea_atencion", "EC", "", *year) in found
    assert ("line:6", 51630.0, "llamadas_linea_atencion", "EC", "", *year) in found
    assert [f for f in found if f[1] == 9500.0] == []


def test_a_derived_average_with_a_thousands_separator_but_not_a_level(tmp_path: Path) -> None:
    """An average restating a total is no value, its thousands written with a separator too;
    a monthly figure said as such, without the restating words, stays."""
    derived = text_facts(
        tmp_path,
        "En 2023 se recibieron 114.000 llamadas por violencia, lo que representa un promedio "
        "mensual de 9.500 llamadas.\n",
    )
    assert [f[1] for f in derived] == [114000.0]
    said = text_facts(tmp_path, "En 2023 se recibieron en promedio 9.500 llamadas al mes.\n")
    assert [f[1] for f in said] == [9500.0]


def test_an_officers_rank_and_the_polices_acronym_say_peru_not_the_surname(
    tmp_path: Path,
) -> None:
    """pe_pnp_central_105_violencia_familiar (dev65): every value was Colombia's, of Meta,
    the colonel's surname "Villavicencio" read as Meta's capital, and the numbers split at the
    comma and space of "24, 691"; "coronel PNP" says Peru, whose convention reads them whole.
    "solo en Lima" is the city, Lima Metropolitana (PE-LMA, the gold's), not the region of Lima
    (test_capital_localities.py)."""
    found = corpus_facts(tmp_path, "pe_pnp_central_105_violencia_familiar")
    assert ("line:6", 24691.0, "llamadas_linea_atencion", "PE", "PE-LMA", "", "") in found
    assert ("line:2", 24000.0, "atenciones_emergencia", "PE", "PE-LMA", "", "") in found
    assert {f[3] for f in found} == {"PE"}


def test_the_city_named_as_a_place_still_says_its_country(tmp_path: Path) -> None:
    """Only a word between two capitalised words is a surname: the city where things happen
    still says Colombia and Meta."""
    found = text_facts(
        tmp_path,
        "En Villavicencio se registraron 45 denuncias por violencia intrafamiliar en 2023.\n",
    )
    assert found == [
        ("line:2", 45.0, "denuncias_violencia", "CO", "CO-MET", "2023-01-01", "2023-12-31")
    ]


def test_a_figure_set_against_another_is_a_value_and_a_growth_a_change(tmp_path: Path) -> None:
    """cl_carabineros_tarapaca_detenidos_vif_2021 (dev65): "a diferencia del 54% del 2020" and
    "a diferencia de las 2.058 denuncias del 2020" were dropped as differences; "con un 57% de
    crecimiento" was published as a share."""
    found = corpus_facts(tmp_path, "cl_carabineros_tarapaca_detenidos_vif_2021")
    values = [(f[0], f[1], f[2], f[3], f[4]) for f in found]
    assert ("line:5", 54.0, "sin_clasificar", "CL", "CL-TA") in values
    assert ("line:7", 2058.0, "denuncias_violencia", "CL", "CL-TA") in values
    assert ("line:7", 2449.0, "denuncias_violencia", "CL", "CL-TA") in values
    assert [f for f in found if f[1] == 57.0] == []


def test_a_difference_said_with_its_article_stays_a_change(tmp_path: Path) -> None:
    """ "una diferencia de 30 casos" is still a difference, no count."""
    found = text_facts(
        tmp_path,
        "En 2023 hubo una diferencia de 30 casos de violencia familiar entre Lima y Cusco.\n",
    )
    assert found == []


def test_people_brought_before_the_prosecutor_are_people_charged(tmp_path: Path) -> None:
    """mx_torreon_proteccion_vialidad_violencia_intrafamiliar_2012 (dev65): "sólo 26 fueron
    consignados al Ministerio Público" was unclassified."""
    found = corpus_facts(tmp_path, "mx_torreon_proteccion_vialidad_violencia_intrafamiliar_2012")
    assert ("line:7", 53.0, "agresores_detenidos", "", "", "", "") in found
    assert ("line:7", 26.0, "agresores_detenidos", "", "", "", "") in found


def test_figures_recorded_in_a_report_are_no_people_charged(tmp_path: Path) -> None:
    """ "consignadas" without a body after it says figures recorded."""
    found = text_facts(
        tmp_path,
        "En 2023 la Fiscalía recibió 300 denuncias por violencia familiar; las cifras "
        "consignadas en el informe anual suman 40 casos de violencia.\n",
    )
    assert [f[:3] for f in found] == [
        ("line:2", 300.0, "denuncias_violencia"),
        ("line:2", 40.0, "sin_clasificar"),
    ]


def test_the_911_after_its_systems_name_is_a_line(tmp_path: Path) -> None:
    """do_pgr_911_arrestos_violencia_domestica_2014 (dev65): "el Sistema Nacional de Atención a
    Emergencias y Seguridad 911, en el Gran Santo Domingo" published 911 as emergency
    attentions."""
    found = corpus_facts(tmp_path, "do_pgr_911_arrestos_violencia_domestica_2014")
    assert [f for f in found if f[1] == 911.0] == []
    assert ("line:2", 94.0, "agresores_detenidos", "DO", "DO-32", "", "") in found
    assert ("line:3", 72.0, "agresores_detenidos", "DO", "DO-32", "", "") in found
    calls = text_facts(
        tmp_path,
        "En 2023 la Central de Emergencias 911 recibió 500 llamadas por violencia familiar.\n",
    )
    assert calls == [
        ("line:2", 500.0, "llamadas_linea_atencion", "", "", "2023-01-01", "2023-12-31")
    ]
