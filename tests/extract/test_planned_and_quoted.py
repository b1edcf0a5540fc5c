"""Quantities hoped for or still to come ("esperan ampliar a 35 el número de oficinas",
"generará al menos 800 empleos") and figures a human-rights NGO gives of a country
("considerado por Amnistía Internacional ... registró tasas de 16 y 12") are not the office's
values; the counts written beside them are. Lines from a national police's note on a new
women's office (El Salvador, 2018) and a government's note on a shelter's building (2019)."""

from __future__ import annotations

from genero_etl.extract.finding import DocContext, Finding
from genero_etl.extract.numbers import Convention
from genero_etl.extract.text import extract_findings
from genero_etl.extract.traps import trap_spans
from genero_etl.model import Segment
from genero_etl.normalize.codebook import load_codebook

CODEBOOK = load_codebook()


def findings(text: str) -> list[Finding]:
    context = DocContext(convention=Convention.DECIMAL_POINT, year=2018)
    segments = [Segment(line, f"line:{n}") for n, line in enumerate(text.split("\n"), 1)]
    return extract_findings(segments, context, CODEBOOK.lexicon)


def test_a_planned_level_is_not_a_value_but_the_count_beside_it_is() -> None:
    found = findings(
        "Informe de la Policía.\n"
        "En 2018 la Policía abrió 12 oficinas de atención a mujeres. Las autoridades esperan "
        "ampliar a 35 el número de estas oficinas al cierre de 2018 y llevarlo a 40 en 2019."
    )
    assert [(f.value, f.locator) for f in found] == [(12.0, "line:2")]
    assert found[0].period is not None and found[0].period.start == "2018-01-01"
    assert found[0].period.end == "2018-12-31"


def test_what_a_work_will_create_is_not_a_value() -> None:
    found = findings(
        "En 2019 el refugio alojó a 212 mujeres.\n"
        "La construcción generará al menos 800 empleos directos e indirectos."
    )
    assert [(f.value, f.locator) for f in found] == [(212.0, "line:1")]


def test_the_planned_cues_mask_the_number_only() -> None:
    text = "esperan ampliar a 35 el número y llevarlo a 40 en 2019"
    planned = [text[a:b] for kind, (a, b) in trap_spans(text) if kind == "planned"]
    assert planned == ["ampliar a 35", "llevarlo a 40"]


def test_a_level_reached_in_the_past_is_still_a_value() -> None:
    found = findings("En 2018 las denuncias aumentaron a 420 casos.")
    assert [(f.value, f.locator) for f in found] == [(420.0, "line:1")]


def test_rates_an_ngo_gives_of_a_country_are_not_the_office_values() -> None:
    found = findings(
        "En 2018 la unidad recibió 3,120 denuncias.\n"
        "El Salvador es considerado por Amnistía Internacional (AI) como uno de los países más "
        "peligrosos del mundo para las mujeres, ya que solo en 2016 y 2017 registró tasas de "
        "feminicidios de 16 y 12 por cada 100.000 habitantes, respectivamente."
    )
    assert [(f.value, f.locator) for f in found] == [(3120.0, "line:1")]


def test_a_paragraph_may_open_on_a_number_in_words_then_a_verb_in_the_past() -> None:
    found = findings(
        "Durante enero y febrero de 2024 fueron asesinadas 42 mujeres en el estado.\n"
        "De acuerdo con las estadísticas, ocho ocurrieron en la Zona Centro, la cual contempla "
        "la ciudad de Chihuahua.\n"
        "Así mismo, en la Zona Occidente se contabilizó un hecho de esta magnitud."
    )
    assert [(f.value, f.locator) for f in found] == [
        (42.0, "line:1"),
        (8.0, "line:2"),
        (1.0, "line:3"),
    ]


def test_a_number_in_words_before_a_noun_or_a_present_verb_alone_stays_out() -> None:
    found = findings(
        "Se atendieron 300 mujeres en 2023.\n"
        "Dos son los ejes del programa.\n"
        "Es un hecho que la violencia aumentó."
    )
    assert [(f.value, f.locator) for f in found] == [(300.0, "line:1")]


def test_parts_after_a_whole_named_at_the_sentence_opening_count_its_noun() -> None:
    found = findings(
        "Del total de feminicidios registrados en esos cinco años; 492 son atribuidos a las "
        "pandillas, 145 vinculadas a la violencia social y sin definir 446 muertes."
    )
    assert [(f.value, f.locator) for f in found] == [
        (492.0, "line:1"),
        (145.0, "line:1"),
        (446.0, "line:1"),
    ]
    assert found[0].noun_phrase == "feminicidios"


def test_a_count_with_a_verb_and_no_whole_named_before_it_stays_out() -> None:
    found = findings("En el informe; 492 son atribuidos a las pandillas.")
    assert found == []


def test_whom_a_programme_will_benefit_is_its_reach_and_stays_a_value() -> None:
    found = findings(
        "El presidente informó que la sede de San Miguel beneficiará a más de 157 mujeres de "
        "esa ciudad."
    )
    assert [(f.value, f.locator, f.lower_bound) for f in found] == [(157.0, "line:1", True)]


def test_an_average_worked_out_from_the_total_is_not_a_second_value() -> None:
    found = findings(
        "En 2025 la oficina recibió 1.850 consultas, lo que representa un promedio superior a "
        "las 154 intervenciones mensuales."
    )
    assert [(f.value, f.locator) for f in found] == [(1850.0, "line:1")]
    assert found[0].period is not None and found[0].period.start == "2025-01-01"


def test_the_national_budget_is_the_base_and_the_office_budget_its_value() -> None:
    found = findings(
        "El presupuesto del Ministerio de la Mujer fue de $11.8 millones en 2025, en un Estado "
        "con un presupuesto nacional de $34 mil millones."
    )
    assert [(f.value, f.locator, f.unit_hint) for f in found] == [(11800000.0, "line:1", "$")]
    assert found[0].period is not None and found[0].period.end == "2025-12-31"


def test_una_then_a_verb_after_parts_of_a_whole_is_one_more_part() -> None:
    found = findings(
        "De las 51 mujeres asesinadas, 23 de estas muertes están bajo la clasificación de "
        "violencia de género, una le fue adjudicada al trasiego de drogas y de las restantes 27 "
        "se desconoce el móvil."
    )
    assert [(f.value, f.locator) for f in found] == [
        (51.0, "line:1"),
        (23.0, "line:1"),
        (1.0, "line:1"),
        (27.0, "line:1"),
    ]


def test_una_then_a_verb_with_no_part_counted_before_is_a_pronoun() -> None:
    found = findings("En 2023 la oficina atendió 30 casos, una fue la más grave del año.")
    assert [(f.value, f.locator) for f in found] == [(30.0, "line:1")]


def test_a_number_in_words_closing_a_list_then_where_it_is_counts_the_same_noun() -> None:
    found = findings(
        "En la región Piura hay 18 Centros de Emergencia Mujer, de los cuales 10 se encuentran "
        "en comisaría. Ocho funcionan en convenio con los gobiernos regionales y uno en un "
        "centro de salud."
    )
    assert [(f.value, f.locator) for f in found] == [
        (18.0, "line:1"),
        (10.0, "line:1"),
        (8.0, "line:1"),
        (1.0, "line:1"),
    ]


def test_a_number_in_words_then_en_with_no_count_before_it_stays_out() -> None:
    found = findings("La ministra y dos en representación del Congreso firmaron el acuerdo.")
    assert found == []


def test_the_last_item_of_a_list_may_say_in_what_state_it_is() -> None:
    found = findings(
        "Cuando el Gobierno asumió, solo habían tres casas operando en condiciones deplorables "
        "y dos en construcción."
    )
    assert [(f.value, f.locator) for f in found] == [(3.0, "line:1"), (2.0, "line:1")]
    assert found[1].noun_phrase == found[0].noun_phrase
