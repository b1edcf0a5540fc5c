"""Number roles met in reports of further offices (prosecutors, police units, women's
ministries, municipal services): what is a value, on which line, in which role, and what is
not (dates, names, laws, frequencies, changes)."""

from __future__ import annotations

import pytest

from genero_etl.extract.finding import DocContext, Finding
from genero_etl.extract.numbers import Convention
from genero_etl.extract.text import extract_findings
from genero_etl.extract.traps import trap_spans
from genero_etl.model import Segment
from genero_etl.normalize.codebook import load_codebook

CODEBOOK = load_codebook()


def findings(text: str, convention: Convention = Convention.DECIMAL_COMMA) -> list[Finding]:
    context = DocContext(convention=convention, year=2023)
    segments = [Segment(line, f"line:{n}") for n, line in enumerate(text.split("\n"), 1)]
    return list(extract_findings(segments, context, CODEBOOK.lexicon))


def read(text: str, convention: Convention = Convention.DECIMAL_COMMA) -> list[tuple[float, str]]:
    return [(f.value, f.locator) for f in findings(text, convention)]


def trap_kinds(text: str, number: str) -> set[str]:
    """The kinds of trap whose span holds ``number`` (its last occurrence in ``text``)."""
    at = text.rindex(number)
    return {kind for kind, (a, b) in trap_spans(text) if a <= at and at + len(number) <= b}


def test_a_change_verb_then_a_gives_the_new_level() -> None:
    text = (
        "En 2020 se presupuestó Bs 119.800 para el SLIM.\n"
        "El presupuesto proyectado para 2021 bajó a Bs 59.600, y es probable que sea menor.\n"
        "Las denuncias bajaron en 20 casos respecto del año anterior."
    )
    found = findings(text)
    assert [(f.value, f.locator) for f in found] == [(119800, "line:1"), (59600, "line:2")]
    assert found[1].currency_symbol == "Bs"
    assert found[1].kind_hint == "budget"


def test_a_second_count_after_y_is_no_change() -> None:
    found = findings(
        "Cerca de 10 mil familias y más de 16 mil mujeres y niñas viven en situación de "
        "violencia, según el registro."
    )
    assert [(f.value, f.locator, f.approximate, f.lower_bound) for f in found] == [
        (10000, "line:1", True, False),
        (16000, "line:1", False, True),
    ]
    assert found[0].noun_phrase == "familias"
    assert found[1].noun_phrase.startswith("mujeres y niñas")


def test_a_percentage_smaller_than_another_is_a_change() -> None:
    text = "Opera con un presupuesto de $11.450.911, apenas un 3,16% menor al asignado en 2024."
    assert read(text, Convention.DECIMAL_POINT) == [(11450911, "line:1")]


def test_a_quoted_statement_counts_but_a_quoted_name_does_not() -> None:
    text = (
        "Se identificó a “9579 familias, afectando a más de 16 000 mujeres y niñas” en esta "
        "situación.\n"
        "El programa “Mujeres 4 a 7” atendió a 300 niñas."
    )
    found = findings(text)
    assert [(f.value, f.locator, f.noun_phrase) for f in found] == [
        (9579, "line:1", "familias"),
        (16000, "line:1", "mujeres y niñas"),
        (300, "line:2", "niñas"),
    ]
    assert found[1].lower_bound
    assert "quoted" in trap_kinds(text.split("\n")[1], "4 a 7")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arrests, a body's premises: nouns a number in words counts
        (
            "De ellas, 107 fueron por violencia doméstica, incluyendo cuatro detenciones "
            "recientes por agresiones graves.",
            [(107, "line:1"), (4, "line:1")],
        ),
        (
            "La primera dama, impulsora del plan, cuyas primeras de sus cuatro instalaciones "
            "se abrieron en 2011.",
            [(4, "line:1")],
        ),
        # "las cinco localidades" names where, not what the body has
        ("Las jornadas se realizaron en las cinco localidades del municipio.", []),
    ],
)
def test_counts_written_in_words(text: str, expected: list[tuple[float, str]]) -> None:
    assert read(text) == expected


def test_a_series_goes_on_after_the_first_items_noun() -> None:
    text = (
        "En esa semana, el departamento con mayor incidencia es Nueva Segovia con cinco "
        "casos; en segundo lugar, están Masaya y Chinandega con tres; Granada y León con dos "
        "casos."
    )
    found = findings(text)
    assert [(f.value, f.locator) for f in found] == [(5, "line:1"), (3, "line:1"), (2, "line:1")]
    assert found[1].value_raw == "tres" and found[1].method == "text.number_words"


def test_a_unit_named_by_its_acronym_and_number_is_no_value() -> None:
    text = (
        "Según datos del SNE 911, se reciben aproximadamente 700 llamadas mensuales.\n"
        "El subcomandante de la unidad de Copán (UDEP 4), informó que reciben 25 denuncias.\n"
        "Con un aporte de USD 500, se compraron 30 kits."
    )
    assert read(text) == [(700, "line:1"), (25, "line:2"), (500, "line:3"), (30, "line:3")]
    assert "acronym" in trap_kinds(text.split("\n")[0], "911")
    assert "acronym" in trap_kinds(text.split("\n")[1], "4")


def test_laws_named_in_parentheses_stay_laws() -> None:
    text = "Atiende casos en el marco de la Ley 548 (Código Niña, Niño y Adolescente) y 348."
    assert read(text) == []
    assert "law" in trap_kinds(text, "348")


def test_a_free_line_glued_to_its_name_is_no_value() -> None:
    text = "Activó la línea telefónica 0800-6853767 ( 0800-mujermp), para denunciar."
    assert read(text) == []
    assert "code" in trap_kinds(text, "0800")


def test_both_days_of_a_span_joined_by_y() -> None:
    text = "Al menos 8 feminicidios fueron registrados entre el 1 y 5 de mayo."
    assert read(text) == [(8, "line:1")]
    assert "date" in trap_kinds(text, "1 y 5")


@pytest.mark.parametrize(
    "text",
    [
        "Pese a que al menos una mujer fallece al mes como víctima de femicidio.",
        "Hay de dos a tres comisarías, y cada semana se inaugura una comisaría nueva.",
    ],
)
def test_one_per_period_is_a_frequency(text: str) -> None:
    assert [f.value for f in findings(text) if f.value == 1] == []


def test_one_counted_after_its_verb_stays() -> None:
    assert read("En marzo se registró un femicidio en la provincia.") == [(1, "line:1")]


def test_parts_after_de_las_cuales_share_their_total() -> None:
    text = (
        "En 2018, la Demi brindó asistencia jurídica a 3 mil 486 mujeres, de las cuales 2 mil "
        "986 son mayas, 369 xinkas y 19 garífunas, de acuerdo con la responsable."
    )
    found = findings(text)
    assert [(f.value, f.locator) for f in found] == [
        (3486, "line:1"),
        (2986, "line:1"),
        (369, "line:1"),
        (19, "line:1"),
    ]
    assert [f.parent for f in found] == [None, 0, 0, 0]
    assert found[2].part_label.startswith("xinkas")
