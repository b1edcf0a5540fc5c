"""Each registered pass of piece extraction, on its own table of pieces."""

from __future__ import annotations

from typing import Any

import pytest

from genero_etl.extract.finding import DocContext, Finding
from genero_etl.extract.numbers import Convention
from genero_etl.extract.piece import STEPS, findings_in_piece
from genero_etl.normalize.codebook import load_codebook

LEXICON = load_codebook().lexicon


def piece(
    text: str, convention: Convention = Convention.DECIMAL_COMMA, **ctx: Any
) -> list[Finding]:
    return findings_in_piece(text, "line:1", DocContext(convention, 2023, **ctx), LEXICON)


def fields(text: str, *names: str, **ctx: Any) -> list[tuple[Any, ...]]:
    return [(f.value, *(getattr(f, n) for n in names)) for f in piece(text, **ctx)]


def test_steps_run_in_the_documented_order() -> None:
    assert [name for name, _ in STEPS] == [
        "other body", "noun phrase", "refers back", "bounds", "change", "label before", "parenthetical part",
        "table cell", "list part", "keep", "month label", "method", "kind",
        "sentence period", "place",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Se atendieron 342 mujeres en situación de violencia.", [(342, "mujeres")]),
        ("Se entregaron 108 botones antipánico.", [(108, "botones antipánico")]),
        ("Participaron 500 personas aproximadamente.", [(500, "personas")]),
        ("Se recibieron 120 llamadas a la línea.", [(120, "llamadas")]),
        ("Equipo con 10 años de experiencia.", []),  # a measure, not a count
        ("Se atendieron 18 mil 300 personas.", [(18300, "personas")]),
    ],
)
def test_noun_phrase(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert fields(text, "noun_phrase") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Se registraron 1.532 atenciones, de las cuales 987 correspondieron a violencia psicológica.",
            [(1532, None, ""), (987, 0, "violencia psicológica")],
        ),
        (
            "Se capacitaron 250 personas; 85 de ellas finalizaron el curso.",
            [(250, None, ""), (85, None, "")],
        ),
    ],
)
def test_refers_back(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert fields(text, "parent", "part_label") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Más de 300 personas participaron.", [(300, False, True, False)]),
        ("Alrededor de 150 vecinas asistieron.", [(150, True, False, False)]),
        ("Hasta 50 mujeres por grupo.", [(50, False, False, True)]),
        ("Cerca de 11 mil casos al año.", [(11000, True, False, False)]),
        ("Se atendieron 45 mujeres.", [(45, False, False, False)]),
    ],
)
def test_bounds(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert fields(text, "approximate", "lower_bound", "upper_bound") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mujeres atendidas: 245", [(245, "Mujeres atendidas")]),
        ("Mujeres atendidas ........ 245", [(245, "Mujeres atendidas")]),
        ("Inversión total: $ 700.000", [(700000, "Inversión total")]),
        ("Hace 3 años se creó el área.", []),
    ],
)
def test_label_before(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert fields(text, "label_before") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Se capacitaron 1.009 personas (612 de forma presencial, 497 de manera virtual).",
            [(1009, None, ""), (612, 0, "presencial"), (497, 0, "virtual")],
        ),
        ("Se hicieron 45 talleres (ver anexo).", [(45, None, "")]),
        # a percentage is not the total of the counts after it
        (
            "El 75 % del presupuesto (124 mujeres y 45 hombres).",
            [(75, None, ""), (124, None, ""), (45, None, "")],
        ),
    ],
)
def test_parenthetical_part(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert fields(text, "parent", "part_label") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Violencia Familiar\t7", [(7, 1, "Violencia Familiar", "text.table_row")]),
        (
            "Salud\t12\t15",
            [(12, 1, "Salud", "text.table_row"), (15, 2, "Salud", "text.table_cell")],
        ),
        ("1\tTalleres\tInversión: $30,000.00", [(30000, -1, "Inversión", "text.table_row")]),
        # a row of statistics (the ages of a study's victims: Cuadro 16 of Uruguay's study of
        # partner homicides, page 52): its numbers are ages, never counts
        ("Máximo\t89\t40\t75", []),
        ("Mediana\t45\t40\t37", []),
        ("Promedio\t12\t15", []),
        # a label that only starts with a statistic's word is a row like any other
        ("Medias lunas\t12", [(12, 1, "Medias lunas", "text.table_row")]),
    ],
)
def test_table_cell(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert (
        fields(text, "cell", "label_before", "method", convention=Convention.DECIMAL_POINT)
        == expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "4.512 servicios: 2.100 psicológicos, 1.850 jurídicos y 562 de trabajo social.",
            [(4512, None), (2100, 0), (1850, 0), (562, 0)],
        ),
        ("Talleres: 45. Charlas: 12.", [(45, None), (12, None)]),
    ],
)
def test_list_part(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert fields(text, "parent") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Se atendieron 45 mujeres.", [(45,)]),
        ("45", []),  # nothing says what it counts
        ("$ 1.500", [(1500,)]),  # money says what it is
        ("cuatro", []),
    ],
)
def test_keep(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Enero: 45", [(45, "2023-01-01", "Enero")]),
        ("Sep.: 12", [(12, "2023-09-01", "Sep.")]),
        ("Talleres: 45", [(45, None, "")]),
    ],
)
def test_month_label(text: str, expected: list[tuple[Any, ...]]) -> None:
    found = piece(text)
    assert [
        (f.value, f.period.start if f.period else None, f.period_label) for f in found
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mujeres atendidas: 245", [(245, "text.label_colon")]),
        ("Se atendieron 245 mujeres.", [(245, "text.noun_phrase")]),
        ("Salud\t245 consultas", [(245, "text.table_row")]),
        ("Se registraron dos femicidios.", [(2, "text.number_words")]),
    ],
)
def test_method(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert fields(text, "method") == expected


@pytest.mark.parametrize(
    ("text", "plan", "expected"),
    [
        ("Inversión: 700.000", False, [(700000, "budget", "$")]),
        ("Se destinaron S/ 20 millones.", False, [(20_000_000, "budget", "$")]),
        ("Meta anual: 40 talleres", False, [(40, "target", "")]),
        ("Beneficiarias: 300 mujeres", True, [(300, "target", "")]),
        ("Beneficiarias: 300 mujeres", False, [(300, "observed", "")]),
        ("Un avance del 85 % en las metas.", False, [(85, "percentage", "%")]),
    ],
)
def test_kind(text: str, plan: bool, expected: list[tuple[Any, ...]]) -> None:
    assert fields(text, "kind_hint", "unit_hint", is_plan=plan) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El estado de Chihuahua recibió 119 solicitudes.", [(119, "Chihuahua")]),
        ("En la provincia de Buenos Aires se atendieron 3.000 casos.", [(3000, "Buenos Aires")]),
        ("Se atendieron 45 mujeres en el municipio.", [(45, "")]),
    ],
)
def test_place(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert fields(text, "scope_admin1_name") == expected


def test_long_pieces_keep_their_sentence_as_source_text() -> None:
    sentence = "Se atendieron 342 mujeres en situación de violencia. "
    long_piece = sentence * 40
    found = piece(long_piece)
    assert len(found) == 40
    assert all(f.text == sentence.strip() for f in found)
    assert all(long_piece[f.text_start : f.text_start + len(f.text)] == f.text for f in found)
    short = piece(sentence * 2)
    assert short[0].text == sentence * 2 and short[0].text_start == 0


# --- series and differences (real sentences from other offices) ------------------------


def _found(text: str) -> list[tuple[float, str]]:
    from genero_etl.extract.finding import DocContext
    from genero_etl.extract.numbers import Convention
    from genero_etl.extract.text import extract_findings
    from genero_etl.model import Segment
    from genero_etl.normalize.codebook import load_codebook

    context = DocContext(convention=Convention.DECIMAL_COMMA, year=2023)
    segments = [Segment(line, f"line:{n}") for n, line in enumerate(text.split("\n"), 1)]
    found = extract_findings(segments, context, load_codebook().lexicon)
    return [(f.value, f.noun_phrase or f.label_before) for f in found]


def test_word_numbers_continue_a_series() -> None:
    text = (
        "El departamento con más víctimas es Santa Cruz, con un total de 15 casos, "
        "seguido por La Paz con 11, Cochabamba con ocho, Potosí con siete."
    )
    assert [v for v, _ in _found(text)] == [15, 11, 8, 7]
    assert {noun for _, noun in _found(text)[2:]} == {"casos"}


def test_later_items_of_a_series_count_the_first_items_noun() -> None:
    text = "Se reportó 28.589 llamadas de adultos, 10.815 de niñas y niños y 6.088 de adolescentes."
    found = _found(text)
    assert [v for v, _ in found] == [28589, 10815, 6088]
    assert found[1][1].startswith("llamadas")


def test_a_word_number_alone_without_a_series_is_not_a_value() -> None:
    assert _found("Lo dijo en tres ocasiones, y luego volvió.") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Hubo un incremento de cuatro casos (26 contra 30, respectivamente).", [26, 30]),
        ("Las denuncias aumentaron en un 17% respecto de 2016.", []),
        ("La cifra de denuncias se ha elevado cerca de 50 por ciento.", []),
        ("Se comprará un 50% más de tobilleras y se llegará a 1.500 dispositivos.", [1500]),
        ("Representa 2 millones de pesos menos en comparación con el año pasado.", []),
        ("Solicitó un aumento de recursos de al menos cinco millones de pesos.", []),
        # "siete más": seven more offices, not a difference
        ("Cuenta con una sede central y siete más en los departamentos.", [1, 7]),
        ("La cifra representa un aumento del 15% respecto al año anterior.", []),
        ("Se atendieron 1.450 casos, una reducción del 12,5 % frente a 2022.", [1450]),
    ],
)
def test_differences_and_changes_are_not_values(text: str, values: list[float]) -> None:
    assert [v for v, _ in _found(text)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Se ha atendido aproximadamente a mil 358 mujeres.", 1358),
        ("El proyecto fue aproximadamente de 7 millones de pesos.", 7000000),
        ("Se colocaron al rededor de 380 detectores.", 380),
        ("El femicidio se mantiene en alrededor del 1% del total.", 1),
    ],
)
def test_an_approximation_may_reach_the_number_through_a_preposition(
    text: str, value: float
) -> None:
    from genero_etl.extract.finding import DocContext
    from genero_etl.extract.numbers import Convention
    from genero_etl.extract.text import extract_findings
    from genero_etl.model import Segment

    context = DocContext(convention=Convention.DECIMAL_COMMA, year=2023)
    found = extract_findings([Segment(text, "line:1")], context, load_codebook().lexicon)
    assert [(f.value, f.approximate) for f in found] == [(value, True)]


def test_a_name_then_its_number_in_parentheses_is_that_names_value() -> None:
    from genero_etl.extract.finding import DocContext
    from genero_etl.extract.numbers import Convention
    from genero_etl.extract.text import extract_findings
    from genero_etl.model import Segment

    text = (
        "La mayor cantidad de llamadas provino de las regiones de Lima (43.234), "
        "Callao (4.163), La Libertad (3.021) y Piura (2.992) entre otras regiones."
    )
    context = DocContext(convention=Convention.DECIMAL_COMMA, year=2023)
    found = extract_findings([Segment(text, "line:1")], context, load_codebook().lexicon)
    assert [(f.value, f.row_label, f.parent) for f in found] == [
        (43234, "Lima", None),
        (4163, "Callao", None),
        (3021, "La Libertad", None),
        (2992, "Piura", None),
    ]
    assert "llamadas" in found[0].label_before


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "El número de muertes violentas (455) y de violaciones (siete mil 840) disminuyó.",
            [455, 7840],
        ),
        ("El programa dura tres años (36) y atendió a 120 mujeres.", [120]),
    ],
)
def test_a_number_alone_in_parentheses_after_words_is_their_value(
    text: str, values: list[float]
) -> None:
    assert [v for v, _ in _found(text)] == values


def test_a_count_after_a_full_date_is_not_the_dates_year() -> None:
    text = "Informó que hasta el 17 de diciembre 65 mujeres habían sido asesinadas."
    assert [v for v, _ in _found(text)] == [65]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a Peruvian prosecutor's bulletin (2010): a table heading, then its text
        ("Enero - Diciembre 2010\tmujeres por razones de género", []),
        ("En diciembre 2010 mujeres víctimas fueron atendidas.", []),
        ("Entre enero de 2010 y diciembre del 2011, 254 mujeres fueron víctimas.", [254]),
    ],
)
def test_a_year_after_a_month_is_a_date_whatever_follows(text: str, values: list[float]) -> None:
    assert [v for v, _ in _found(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Se mantiene el presupuesto: 123,940,472.00 pesos (ciento veintitrés millones "
         "novecientos cuarenta mil cuatrocientos setenta y dos pesos).", [123940472]),
        ("Ofrece alojamiento (89.7 %), alimentación (87.9 %) y apoyo psicológico (87.9 %).",
         [89.7, 87.9, 87.9]),
        ("No llegó ni un peso al refugio.", []),
        ("Se realizó una denuncia de violencia doméstica cada 13 minutos.", []),
        ("Una de cada 3 mujeres sufrió violencia.", []),
        ("La tasa fue de 1.2 femicidios por cada 100 mil mujeres.", [1.2]),
        ("Este mes se brindaron 2,024 asistencias a mujeres.", [2024]),
    ],
)  # fmt: skip
def test_restatements_negations_frequencies_are_not_values(text: str, values: list[float]) -> None:
    from genero_etl.extract.finding import DocContext
    from genero_etl.extract.numbers import Convention
    from genero_etl.extract.text import extract_findings
    from genero_etl.model import Segment

    context = DocContext(convention=Convention.DECIMAL_POINT, year=2023)
    found = extract_findings([Segment(text, "line:1")], context, load_codebook().lexicon)
    assert [f.value for f in found] == values


def test_the_count_behind_a_percentage_in_parentheses_is_a_value() -> None:
    text = (
        "Se acogió a 1,383 personas, de las cuales el 48.5 % (671) son mujeres "
        "y el 51.5 % (712) son menores de 13 años."
    )
    from genero_etl.extract.finding import DocContext
    from genero_etl.extract.numbers import Convention
    from genero_etl.extract.text import extract_findings
    from genero_etl.model import Segment

    context = DocContext(convention=Convention.DECIMAL_POINT, year=2018)
    found = extract_findings([Segment(text, "line:1")], context, load_codebook().lexicon)
    assert [f.value for f in found] == [1383, 48.5, 671, 51.5, 712]
    assert found[2].noun_phrase == found[0].noun_phrase


def test_word_numbers_before_a_verb_continue_a_series() -> None:
    text = (
        "Del total de feminicidios, dos casos están en etapa preliminar, cuatro tienen "
        "sentencia condenatoria y diez están en etapa preparatoria."
    )
    assert [v for v, _ in _found(text)] == [2, 4, 10]


def test_a_sentence_opening_on_de_estas_takes_a_part_of_the_value_before() -> None:
    from genero_etl.extract.finding import DocContext
    from genero_etl.extract.numbers import Convention
    from genero_etl.extract.text import extract_findings
    from genero_etl.model import Segment

    text = "La Línea Púrpura ha atendido 238.075 llamadas. De éstas, 16.690 se han transferido."
    context = DocContext(convention=Convention.DECIMAL_COMMA, year=2023)
    found = extract_findings([Segment(text, "line:1")], context, load_codebook().lexicon)
    assert [(f.value, f.parent) for f in found] == [(238075, None), (16690, 0)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Santa Cruz encabeza con cuatro casos, seguido por La Paz y Cochabamba con tres "
         "cada uno. Beni y Tarija no han registrado ningún caso de infanticidio.", [4, 3, 0]),
        ("Ninguna institución cuenta con protocolo.", []),
        ("No se registró ningún caso en el periodo.", []),
    ],
)  # fmt: skip
def test_a_zero_in_words_counts_only_inside_a_series(text: str, values: list[float]) -> None:
    assert [v for v, _ in _found(text)] == values


def test_a_semicolon_keeps_a_series_going() -> None:
    assert [v for v, _ in _found("En 2023 se atendieron 345 mujeres; en 2022, 298.")] == [345, 298]


def test_a_word_number_built_like_the_item_before_it_continues_the_series() -> None:
    text = (
        "Se han colocado dos mil 648 denuncias (998 por violencia física, siete por "
        "económica y mil 459 por psicológica)."
    )
    assert [v for v, _ in _found(text)] == [2648, 998, 7, 1459]
    assert _found("Lo dijo tres por semana.") == []
