"""A census' population, a change's verb right after its percentage and what a figure might
reach, met in the development corpus (tests/acceptance/texts, part dev20): "según proyecciones
del Censo de Población y Vivienda del DANE (2018), en el 2025 hay 4.221.731 mujeres", "En un 30%
se habría incrementado los casos", "el que podría llegar a un 100% de lo que antes atendía".
Each case is a real sentence; the values a careful reader publishes beside them are asserted
with their line, number, indicator and unit, and the numbers that are not values are absent."""

from __future__ import annotations

from pathlib import Path

from genero_etl.extract.traps import trap_spans

from .reports import titled

Row = tuple[str, float, str, str]  # line, value, indicator, unit


def rows(tmp_path: Path, name: str, title: str, text: str) -> list[Row]:
    """(line, value, indicator, unit) of every observation of ``text`` saved as the report
    ``name`` (its country's code first) whose first line is ``title`` (its lines numbered
    from 2)."""
    return [
        (o.source_locator.split()[0], float(o.value), o.indicator_id, o.unit)
        for o in titled(tmp_path, title, text, name)
    ]


def test_a_census_population_and_its_share_are_no_values_the_district_counts_are(
    tmp_path: Path,
) -> None:
    """co_bogota_veeduria_violencias_mujeres_2024: the census projection's women and their share
    of the inhabitants describe the city; the femicides and the police's family-violence cases
    are values."""
    text = (
        "175 mujeres fueron víctimas de feminicidio, durante el 2024, según datos de la Fiscalía "
        "General de la Nación.\n"
        "En Bogotá, según proyecciones del Censo de Población y Vivienda del DANE (2018), en el "
        "2025 hay 4.221.731 mujeres, lo que representa un 52,1 % del total de habitantes en la "
        "ciudad.\n"
        "En 2024, la violencia intrafamiliar aumentó de manera alarmante, afectando principalmente "
        "a las mujeres, durante esa vigencia se reportaron 29.947 casos, superando los 21.704 del "
        "año inmediatamente anterior, según datos del Sistema de Información Estadística "
        "Delincuencial, Contravencional y Operativo de la Policía Nacional de Colombia (SIEDCO)."
    )
    found = rows(tmp_path, "co_veeduria.txt", "Veeduría Distrital de Bogotá", text)
    assert [(r[0], r[1]) for r in found] == [
        ("line:2", 175.0),
        ("line:4", 29947.0),
        ("line:4", 21704.0),
    ]
    assert found[0][2] == "femicidios"


def test_a_percentage_then_the_change_verb_is_a_change_the_shares_stay(tmp_path: Path) -> None:
    """pe_puno_cem_casos_violencia_incremento: "En un 30% se habría incrementado" is a change;
    the shares of the cases by sex and referred to complaints are values."""
    text = (
        "Puno: En un 30% se habría incrementado los casos de violencia familiar\n"
        "Lamentó que el 90% de los casos atendidos, son víctimas de violencia las mujeres y el 10% "
        "son los varones de acuerdo a los CEM en la región de Puno.\n"
        "Adelantó que en el CEM Puno de todos los casos atendidos el 80% se ha derivado a denuncias "
        "y posteriormente un proceso judicial."
    )
    found = rows(tmp_path, "pe_cem_puno.txt", "Centro Emergencia Mujer de Puno", text)
    assert [(r[0], r[1], r[3]) for r in found] == [
        ("line:3", 90.0, "%"),
        ("line:3", 10.0, "%"),
        ("line:4", 80.0, "%"),
    ]


def test_what_a_figure_might_reach_is_no_value_the_months_cases_are(tmp_path: Path) -> None:
    """pe_trujillo_cem_la_esperanza_enero_2012: "podría llegar a un 100% de lo que antes atendía"
    is a guess; the CEM's cases of the month are values (personas_asistidas)."""
    text = (
        "Del total de estos casos, 23 (96%) corresponden a mujeres víctimas de la violencia "
        "familiar y sexual.\n"
        "En Trujillo, desde su transferencia, se experimentó un notorio incremento en la atención "
        "de los casos, el que podría llegar a un 100% de lo que antes atendía."
    )
    found = rows(
        tmp_path,
        "pe_cem_trujillo.txt",
        "Municipalidad Provincial de Trujillo, CEM La Esperanza",
        text,
    )
    assert [r for r in found if r[0] == "line:3"] == []
    assert ("line:2", 96.0, "%") in [(r[0], r[1], r[3]) for r in found]
    sentence = "el que podría llegar a un 100% de lo que antes atendía."
    assert [sentence[a:b] for kind, (a, b) in trap_spans(sentence) if kind == "guess"] == [
        "podría llegar a un 100"
    ]


def test_an_index_levels_below_one_are_no_values_a_share_beside_them_is(tmp_path: Path) -> None:
    """co_medellin_secretaria_mujeres_concejo_2024: the gender inequality index "pasó de 0.17 a
    0.19" (two levels of an index, no count); the 34 % of women victims whose protection route
    was activated is a value; "0,5 millones" after an index's noun stays an amount."""
    text = (
        '"Solo el 34% de las mujeres víctimas logran activación efectiva de rutas de protección", '
        "expresó la concejala.\n"
        "De igual manera, el concejal de Medellín cuestionó el aumento en el índice de desigualdad "
        "de género, que pasó de 0.17 a 0.19, así como la tasa de deserción en mujeres en Educación "
        "Superior, que supera la de los hombres."
    )
    found = rows(tmp_path, "co_concejo_medellin.txt", "Concejo de Medellín", text)
    assert [(r[0], r[1], r[3]) for r in found] == [("line:2", 34.0, "%")]
    sentence = "en el índice de desigualdad de género, que pasó de 0.17 a 0.19, así como"
    assert [(k, sentence[a:b]) for k, (a, b) in trap_spans(sentence)] == [
        ("index_level", "índice de desigualdad de género, que pasó de 0.17 a 0.19")
    ]
    amount = "el índice de casos subió y el fondo llegó a 0,5 millones de pesos"
    assert [k for k, _ in trap_spans(amount)] == []


def test_a_share_whose_whole_is_given_with_its_bound_is_no_change(tmp_path: Path) -> None:
    """ec_fge_violencia_psicologica_denuncias_2021: "lo que representa el 10,4 % de las más de
    295.000 causas ingresadas" is a share of a whole bounded below, not "10,4 % más"; a
    percentage then "más de lo esperado" stays a change."""
    text = (
        "Solo en el 2021, las denuncias por violencia psicológica contra la mujer o miembros de la "
        "familia fueron 30.707, lo que representa el 10,4 % de las más de 295.000 causas "
        "ingresadas.\n"
        "Las denuncias subieron un 12% más de lo esperado."
    )
    found = rows(tmp_path, "ec_fiscalia.txt", "Fiscalía General del Estado", text)
    assert [(r[0], r[1], r[3]) for r in found] == [
        ("line:2", 30707.0, "denuncias"),
        ("line:2", 10.4, "%"),
        ("line:2", 295000.0, "causas"),
    ]
    assert found[0][2] == "denuncias_violencia"


def test_women_assessed_for_femicide_risk_are_no_femicides(tmp_path: Path) -> None:
    """co_bogota_veeduria_violencias_mujeres_2024: "En cuanto a riesgos de feminicidio ..., se
    habían valorado 2.590 mujeres" counts risk assessments (codebook ``femicidios.excludes``);
    the femicides counted on the line before keep their label."""
    text = (
        "175 mujeres fueron víctimas de feminicidio, durante el 2024, según datos de la Fiscalía "
        "General de la Nación.\n"
        "En cuanto a riesgos de feminicidio en Bogotá, para 2024 con corte a noviembre, según el "
        "Observatorio de Mujeres y Equidad de Género de la Secretaría Distrital de la Mujer, se "
        "habían valorado 2.590 mujeres."
    )
    found = rows(tmp_path, "co_veeduria.txt", "Veeduría Distrital de Bogotá", text)
    assert [(r[0], r[1]) for r in found] == [("line:2", 175.0), ("line:3", 2590.0)]
    assert found[0][2] == "femicidios"
    assert found[1][2] != "femicidios"
