"""The classes of a number's context (normalize/context.py), optional confidence evidence."""

from __future__ import annotations

from genero_etl.normalize.context import context_features
from genero_etl.normalize.observations import confidence_uses_context, features_of


def test_the_words_next_to_a_number_are_classed() -> None:
    # a count after a counting verb, followed by a plural noun not in the word list
    assert context_features("La fiscalía atendió 353 investigaciones en 2016.", "353", 353.0) == [
        "ctx:<:counting_verb",
        "ctx:>:plural",
    ]
    found = context_features("Solo en este 2024, se contabilizaron 37 feminicidios.", "37", 37.0)
    assert found == ["ctx:<:counting_verb", "ctx:>:count_noun"]
    # the ends of a range: a range word two back, a connective after
    assert context_features(
        "Tarija: Representa entre el 7% y el 9% del total de denuncias.", "7%", 7.0
    ) == ["ctx:<:article", "ctx:<<:range", "ctx:>:connective"]
    # a date: a preposition then a month after the number
    assert context_features("Hasta el 1 de mayo se recibieron 40 denuncias.", "1", 1.0) == [
        "ctx:<:article",
        "ctx:<<:range",
        "ctx:>:date",
    ]


def test_where_the_number_stands_and_its_shape() -> None:
    # first in its text, round, the only number
    assert context_features("300 mujeres fueron atendidas", "300", 300.0) == [
        "ctx:round",
        "ctx:first",
        "ctx:>:count_noun",
        "ctx:short_text",
        "ctx:alone",
    ]
    # in brackets after another count; a decimal share
    assert context_features("Se registraron 243 casos (77,5%) en mujeres.", "77,5%", 77.5) == [
        "ctx:decimal",
        "ctx:in_brackets",
        "ctx:closes_bracket",
    ]
    # a line of a table of contents
    assert context_features("Capítulo 3. Resultados ........ 12", "12", 12.0) == [
        "ctx:last",
        "ctx:dot_leaders",
        "ctx:short_text",
    ]
    # a list item after a colon
    assert "ctx:after_colon" in context_features("Casos atendidos: 54 en total.", "54", 54.0)
    assert "ctx:list_item" in context_features("1. Alta Verapaz con 518 casos", "518", 518.0)


def test_a_number_is_looked_for_where_it_stands_on_its_own() -> None:
    # "1" is not inside "317": only a number of its own is read
    assert context_features("la comisaría número 317 abrió; hubo 1 caso.", "1", 1.0)[:2] == [
        "ctx:<:counting_verb",
        "ctx:>:count_noun",
    ]
    assert context_features("la comisaría número 317 abrió.", "1", 1.0) == ["ctx:inside_number"]
    assert context_features("la comisaría abrió.", "12", 12.0) == ["ctx:not_found"]


def test_the_context_is_off_unless_confidence_yaml_turns_it_on() -> None:
    assert confidence_uses_context() is False
    common = {
        "method": "text.noun_phrase",
        "flags": set(),
        "label": "feminicidios",
        "raw": "37",
        "unit": "casos",
        "kind": "observed",
        "approximate": False,
        "lower_bound": False,
        "part": False,
        "value": 37.0,
        "breakdown": "_T",
        "text": "Solo en este 2024, se contabilizaron 37 feminicidios.",
    }
    assert features_of(**common) == ["method:text.noun_phrase"]
    assert features_of(**common, context=True) == [
        "method:text.noun_phrase",
        "ctx:<:counting_verb",
        "ctx:>:count_noun",
    ]
