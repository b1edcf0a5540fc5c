"""Classes of false values of the development corpus' first, untuned runs (tests/acceptance/
texts/first_runs) that today's rules still let through in new wordings, each read on its real
document as the corpus runner reads it (its source line blanked), and on sentences for what must
stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from genero_etl.countries import _map_counts
from genero_etl.errors import UsageError

from .reports import corpus_facts as _read
from .reports import text_facts as _text


def test_all_of_a_countrys_units_are_its_map_not_a_value(tmp_path: Path) -> None:
    """ni_comisaria_mujer_distrito_vi_denuncias_mes (dev38): "Todas las Comisarías de la Mujer
    de los 153 municipios están fortaleciendo el modelo" was published as 153 municipalities
    with a declaration, at 0.95; Nicaragua has 153 municipalities (its country file's
    ``map_counts``), so "los 153 municipios" is the country's map. The report never names its
    country: with no country, only a count of 50 units or more is read so."""
    found = _read(tmp_path, "ni_comisaria_mujer_distrito_vi_denuncias_mes")
    assert [(w, v, ind) for w, v, ind, *_ in found] == [("line:3", 64.0, "denuncias_violencia")]
    said = _text(
        tmp_path,
        "La Policía Nacional de Nicaragua informó que en los 153 municipios se atendieron "
        "1.200 denuncias. El programa llegó a 40 municipios y la red abarca 153 municipios.",
    )
    # the article makes the whole; a bare "153 municipios" says how far the network reaches
    assert [(w, v, country) for w, v, _, country, *_ in said] == [
        ("line:2", 1200.0, "NI"),
        ("line:2", 40.0, "NI"),
        ("line:2", 153.0, "NI"),
    ]
    # another country's number of units is no map of this one's
    other = _text(
        tmp_path,
        "La Policía Nacional de Nicaragua informó que en los 18 departamentos se atendieron "
        "1.200 denuncias.",
    )
    assert [(w, v) for w, v, *_ in other] == [("line:2", 18.0), ("line:2", 1200.0)]


def test_map_counts_are_whole_numbers() -> None:
    assert _map_counts({"Municipios": [339, 340]}, "bo.yaml") == {"municipios": (339, 340)}
    assert _map_counts({"departamentos": 9}, "bo.yaml") == {"departamentos": (9,)}
    with pytest.raises(UsageError):
        _map_counts({"departamentos": "nueve"}, "bo.yaml")


def test_the_shares_after_a_prevalence_are_the_same_surveys(tmp_path: Path) -> None:
    """pe_aurora_comision_mujer_congreso_feminicidios_2022 (dev38): "el 54.8% de mujeres
    comprendidas entre los 15 años a 49 años de edad han sido víctima de alguna modalidad de
    violencia por su pareja y el 73.8% prefirieron quedarse calladas": the first share was read
    as a prevalence, the second was published as a value. The shares that follow a prevalence
    in its sentence are estimates of the same survey, until an office's records are named."""
    found = _read(tmp_path, "pe_aurora_comision_mujer_congreso_feminicidios_2022")
    line5 = [(v, ind) for w, v, ind, *_ in found if w == "line:5"]
    assert line5 == [(136.0, "femicidios"), (300.0, "sin_clasificar")]
    records = _text(
        tmp_path,
        "En Lima el 30% de las mujeres ha sufrido violencia y el 45% de las denuncias fueron "
        "archivadas.",
    )
    assert [(w, v) for w, v, *_ in records] == [("line:2", 45.0)]


def test_a_rate_named_before_its_figure_is_no_count(tmp_path: Path) -> None:
    """ar_minseguridad_defensoria_femicidios_oficial_2017 (dev35): "En Santiago del Estero, por
    ejemplo, la tasa de homicidios es del 3,9, y la de femicidios del 3,15": 3,9 was published
    as a value and 3,15 as 3.15 femicides. A figure whose clause names a rate right before it
    is that rate's; the codebook has a rate of femicides, none of all homicides, so 3,9 is not
    published and 3,15 is the province's femicide rate."""
    found = _read(tmp_path, "ar_minseguridad_defensoria_femicidios_oficial_2017")
    line6 = [(v, ind, admin1) for w, v, ind, _, admin1, *_ in found if w == "line:6"]
    assert line6[0] == (3.15, "tasa_femicidios", "AR-G")
    assert 3.9 not in [v for v, *_ in line6]
    said = _text(
        tmp_path,
        "La tasa de denuncias llegó a 12,4 en el primer semestre. La tasa de violencia es "
        "alta en la provincia: se registraron 250 casos.",
    )
    # a rate of complaints is no count of them; a count with its own noun stays one
    assert [(w, v) for w, v, *_ in said] == [("line:2", 250.0)]


def test_a_courses_parts_are_no_places(tmp_path: Path) -> None:
    """ar_ley_micaela_poderes_judiciales_monitoreo_2021 and
    ar_catamarca_ley_micaela_agentes_certificados_2023 (dev34): "dividen su formación en tres y
    cuatro módulos", "Los que cumplieron con estos 4 módulos, fueron 15 mil agentes": the
    modules were published as centres of care ("módulos" names places of care too). Counted
    after a word of a course or of its completion in their sentence, they are its parts."""
    judiciaries = _read(tmp_path, "ar_ley_micaela_poderes_judiciales_monitoreo_2021")
    assert not [v for w, v, *_ in judiciaries if w == "line:9"]
    catamarca = _read(tmp_path, "ar_catamarca_ley_micaela_agentes_certificados_2023")
    assert [(v, ind) for w, v, ind, *_ in catamarca if w == "line:5"] == [
        (15000.0, "sin_clasificar")
    ]
    said = _text(
        tmp_path,
        "La capacitación se divide en cinco módulos virtuales. El diplomado constó de 10 "
        "sesiones. La oficina abrió 11 módulos distribuidos en zonas de riesgo.",
    )
    # modules with no course in their sentence are places
    assert [(w, v) for w, v, *_ in said] == [("line:2", 11.0)]


def test_what_a_legal_text_holds_is_no_count(tmp_path: Path) -> None:
    """ar_san_luis_prevencion_ley_micaela_2024 (dev7): "la Ley Lucio establece tres nuevas
    herramientas"; cu_tsp_sanciones_asesinatos_mujeres (dev28): "el Código Penal cubano
    contempla 22 figuras": a legal text, a verb of its contents, then a small count are what the
    text holds, whatever the items' noun ("12 agravantes", "35 medidas de protección que el juez
    puede dictar" were published, the latter as protection orders); money is never one."""
    lucio = _read(tmp_path, "ar_san_luis_prevencion_ley_micaela_2024")
    assert not [v for w, v, *_ in lucio if w == "line:7"]
    said = _text(
        tmp_path,
        "El Código Penal contempla 12 agravantes para el delito de femicidio. El protocolo "
        "contiene 35 medidas de protección que el juez puede dictar. La Ley 348 establece 16 "
        "formas de violencia. El decreto establece 500 millones de pesos para refugios.",
    )
    assert [(w, v, ind) for w, v, ind, *_ in said] == [
        ("line:2", 500000000.0, "presupuesto_genero")
    ]


def test_the_share_a_count_of_units_passes_is_no_value(tmp_path: Path) -> None:
    """ar_ley_micaela_poderes_judiciales_monitoreo_2021 (dev34): "Un informe reveló que sólo
    cinco provincias cuentan con más del 50% de su personal judicial capacitado en género" (the
    title and the lead): the 50 % was published as a value; it is the threshold that says which
    provinces the count counts. A share of complaints that units register stays a value."""
    found = _read(tmp_path, "ar_ley_micaela_poderes_judiciales_monitoreo_2021")
    assert [(w, v) for w, v, *_ in found if w in {"line:2", "line:3"}] == [
        ("line:2", 5.0),
        ("line:3", 5.0),
    ]
    said = _text(
        tmp_path,
        "En 2023, 12 municipios superan el 30 % de ejecución del presupuesto. Tres fiscalías "
        "registran más del 40% de las denuncias del país.",
    )
    assert [(w, v) for w, v, *_ in said] == [("line:2", 12.0), ("line:2", 3.0), ("line:2", 40.0)]


def test_municipalities_count_under_an_alert_only_where_it_is_said(tmp_path: Path) -> None:
    """ni_inifom_escuelas_oficios_protagonistas_semestre (dev26): "desde las escuelas de
    oficios que hay en 135 municipios se han capacitado más de 14 mil protagonistas": 135 was
    published as municipalities under a gender-violence alert, the codebook reading any count
    of "municipios" so. The indicator now asks for the alert in the count's sentence (codebook
    ``sentence_requires``); the count stays a value."""
    found = _read(tmp_path, "ni_inifom_escuelas_oficios_protagonistas_semestre")
    assert ("line:2", 135.0, "sin_clasificar", "NI") in [tuple(r[:4]) for r in found]
    said = _text(
        tmp_path,
        "El programa llegó a 40 municipios del estado. Los 14 municipios con alerta de género "
        "en Michoacán son los que más solicitudes hicieron.",
    )
    assert [(w, v, ind) for w, v, ind, *_ in said] == [
        ("line:2", 40.0, "sin_clasificar"),
        ("line:2", 14.0, "municipios_con_declaratoria"),
    ]


def test_argentinas_24_provinces_are_its_map(tmp_path: Path) -> None:
    """Argentina is said to have 23 provinces or, with the City of Buenos Aires, "las 24
    provincias" (its country file's ``map_counts``): the whole map, not a count of provinces
    reached; a bare number of provinces still counts."""
    said = _text(
        tmp_path,
        "El Ministerio de las Mujeres de Argentina capacitó a 3.400 agentes en las 24 "
        "provincias. El programa llegó a 12 provincias.",
    )
    assert [(w, v, country) for w, v, _, country, *_ in said] == [
        ("line:2", 3400.0, "AR"),
        ("line:2", 12.0, "AR"),
    ]
