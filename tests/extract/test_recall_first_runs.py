"""Values the development parts' first runs missed (``tests/acceptance/first_runs.py``) whose
class was still open in other words: each test reads its real sentence through the whole
extraction (value, line, indicator) and a sentence of the same kind that must stay without a
value.

Numbers in words closing a series whose noun is elided:

- "25 por asesinato consumado y una por tortura": "una" built like the items before it (the
  same preposition after the number) is one more item
  (``ec_fge_denuncias_abuso_sexual_violacion_ninos_2024.txt``, dev60, line 5);
- "hubo dos sentencias condenatorias y una absolutoria": "una" after "y", then one adjective of
  the kind closing the count before ("condenatorias", "absolutoria") is one more item
  (``hn_conadeh_femicidios_judicializados_2017.txt``, dev56, line 7).
"""

from __future__ import annotations

from pathlib import Path

from genero_etl.pipeline import IngestOptions, extract_document

SERIES_BY_PREPOSITION = (
    "Solo en 120 días se receptaron en Ecuador 1.773 denuncias de abuso sexual contra menores "
    "de edad, 1.427 por violación, 145 por violencia física, 32 por tentativa de asesinato, 25 "
    "por asesinato consumado y una por tortura."
)
ADJECTIVE_ITEM = (
    "En su informe, el CONADEH sostiene que en el 2016 el Ministerio Público judicializó 112 "
    "casos, pero que de esos solo 3 fueron tipificados como femicidios, donde finalmente hubo "
    "dos sentencias condenatorias y una absolutoria."
)
# Sonora's judiciary (2023): the digits' series closed by a number in words and its own adjective
SENTENCES_SPLIT = (
    "En ese sentido, detalló que en 2022 se dictaron 52 sentencias, de las cuales 45 fueron "
    "condenatorias y siete absolutorias, mientras que en el delito de violencia familiar se "
    "dictaron 588 sentencias."
)


def values(
    tmp_path: Path, text: str, name: str = "ec_fge_prueba.txt"
) -> list[tuple[str, float, str]]:
    doc = tmp_path / name
    doc.write_text("\n" + text + "\n", encoding="utf-8")
    staged = extract_document(doc, doc.name, IngestOptions())
    return [(o.source_locator, o.value, o.indicator_id) for o in staged.observation_list()]


def test_one_built_like_the_items_before_it_closes_the_series(tmp_path: Path) -> None:
    found = values(tmp_path, SERIES_BY_PREPOSITION)
    assert [v for _, v, _ in found] == [1773.0, 1427.0, 145.0, 32.0, 25.0, 1.0]
    assert found[-1] == ("line:2", 1.0, "denuncias_violencia")


def test_one_alone_with_a_preposition_and_no_series_is_no_count(tmp_path: Path) -> None:
    found = values(tmp_path, "La fiscalía presentó una por tortura y otra por lesiones graves.")
    assert [v for _, v, _ in found] == []


def test_one_and_an_adjective_of_the_same_kind_is_one_more_item(tmp_path: Path) -> None:
    found = values(tmp_path, ADJECTIVE_ITEM, "hn_conadeh_prueba.txt")
    assert ("line:2", 2.0, "sentencias_condenatorias") in found
    assert ("line:2", 1.0, "sentencias_condenatorias") in found
    assert [v for _, v, _ in found] == [112.0, 3.0, 2.0, 1.0]


def test_a_number_in_words_and_its_own_adjective_after_digits(tmp_path: Path) -> None:
    found = values(tmp_path, SENTENCES_SPLIT, "mx_stj_prueba.txt")
    assert [v for _, v, _ in found] == [52.0, 45.0, 7.0, 588.0]


def test_one_and_a_word_of_another_kind_is_no_item(tmp_path: Path) -> None:
    # "una reunión" after "casos nuevos": no adjective of the same kind, no second count
    found = values(tmp_path, "Se atendieron 45 casos nuevos y una reunión.", "pe_prueba.txt")
    assert [v for _, v, _ in found] == [45.0]


# A number in words before "de los"/"de las", the whole's own number and a plural count noun
# is the part ("Cuatro de las 42 muertes ocurrieron en Los Ríos",
# ``cl_seremi_mujer_los_rios_fono_1455_2019.txt``, dev51, line 8, written with "casos", which the
# lexicon counts); a part of a country's units stays none ("units_share").
def test_a_number_in_words_before_the_whole_and_its_noun_is_the_part(tmp_path: Path) -> None:
    text = "Hubo 42 femicidios en el país. Cuatro de los 42 casos ocurrieron en Los Ríos."
    found = values(tmp_path, text, "cl_seremi_prueba.txt")
    assert ("line:2", 4.0, "femicidios") in found
    assert [v for _, v, _ in found].count(4.0) == 1


def test_a_number_in_words_of_the_country_units_is_no_part(tmp_path: Path) -> None:
    text = "Solo cinco de los 32 estados cuentan con refugios para mujeres."
    found = values(tmp_path, text, "mx_prueba.txt")
    assert 5.0 not in [v for _, v, _ in found]


# ``hn_conadeh_femicidios_judicializados_2017.txt`` (dev56, line 8): after "de los cuales", the
# parts in words with their own clause ("uno con ...", "siete que ...") go on counting the whole
CASES_OF_WHICH = (
    "Además, indica que en el 2017, se judicializaron 19 femicidios, de los cuales cuatro fueron "
    "resueltos con sentencia condenatoria, uno con sobreseimiento provisional y siete que todavía "
    "permanecen en proceso."
)


def test_parts_in_words_after_de_los_cuales_go_on(tmp_path: Path) -> None:
    found = values(tmp_path, CASES_OF_WHICH, "hn_conadeh_prueba.txt")
    assert [v for _, v, _ in found] == [19.0, 4.0, 1.0, 7.0]
    assert found[2] == ("line:2", 1.0, "femicidios")


def test_a_number_in_words_with_con_and_no_part_before_is_none(tmp_path: Path) -> None:
    found = values(tmp_path, "Se atendieron 45 casos, y dos con las autoridades locales.")
    assert [v for _, v, _ in found] == [45.0]
