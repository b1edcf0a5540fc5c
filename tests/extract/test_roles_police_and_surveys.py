"""Numbers that are never values, met in reports of police units, municipal offices and
secretariats (phones written in groups, a survey's prevalence, what a law or a chamber is
numbered, peaks, kinds of violence), and the values written beside them that must survive."""

from __future__ import annotations

import pytest

from genero_etl.extract.finding import DocContext
from genero_etl.extract.numbers import Convention
from genero_etl.extract.text import extract_findings
from genero_etl.extract.traps import trap_spans
from genero_etl.model import Segment
from genero_etl.normalize.codebook import load_codebook

CODEBOOK = load_codebook()


def values(text: str, convention: Convention = Convention.DECIMAL_COMMA) -> list[float | None]:
    context = DocContext(convention=convention, year=2023)
    segments = [Segment(line, f"line:{n}") for n, line in enumerate(text.split("\n"), 1)]
    return [f.value for f in extract_findings(segments, context, CODEBOOK.lexicon)]


def kinds(text: str) -> dict[str, str]:
    """The text each trap kind covers."""
    return {kind: text[a:b] for kind, (a, b) in trap_spans(text)}


# (kind of trap, text, the values a careful reader takes from it)
CASES = [
    (
        "phone",
        "Puede llamar a la línea púrpura 018000112137. En 2020 recibió 35.000 llamadas.",
        [35000],
    ),
    (
        "phone",
        "Llamar a los números de emergencia del 911, 656 737 05 15 UNEVID o al 656 629 33 00 "
        "extensión 56806 de la Fiscalía de la Mujer.",
        [],
    ),
    (
        "phone",
        "Agende una hora con un mensaje de whatsapp al +56 9 9920 0028. Se atendieron 242 mujeres.",
        [242],
    ),
    (
        "prevalence",
        "De acuerdo con cifras del INEI, el 59,3% de las mujeres de Tacna ha sufrido algún tipo "
        "de violencia. En tanto, los cuatro Centros Emergencia Mujer de la región han atendido "
        "256 casos.",
        [4, 256],
    ),
    (
        "prevalence",
        "Inauguró una oficina para las víctimas de la violencia machista, que afecta a más del 67 "
        "por ciento de las salvadoreñas.",
        [],
    ),
    (
        "prevalence",
        "En el primer semestre de 2009, 65 mil mujeres sufrieron algún tipo de violencia "
        "intrafamiliar, de ellas, sólo 15 mil pusieron la respectiva denuncia.",
        [15000],
    ),
    (
        "legal_types",
        "De enero a julio la unidad registra 117 denuncias de 33 diferentes tipos de violencia.",
        [117],
    ),
    ("law", "Durante una vista pública sobre la Resolución del Senado 624 de su autoría.", []),
    (
        "peak",
        "La oficina tramitó 1.620 oficios judiciales, con picos de hasta 170 denuncias en meses "
        "puntuales.",
        [1620],
    ),
    # a rate's base, its population named or left unsaid; the rates stay values (dev8, Costa
    # Rica's health ministry)
    (
        "rate_base",
        "Según los datos de las atenciones por el ente de Salud, pasaron de ser 170 por cada "
        "100.000 habitantes en el 2020 a un total de 420 por cada 100.000 durante este 2023, en "
        "un periodo de tiempo que finalizó su corte al 11 de noviembre.",
        [170, 420],
    ),
    # what a law contains (dev8, Costa Rica)
    (
        "legal_types",
        "Los procesos en cuestión se encuentran regulados en el artículo 3 de la Ley contra la "
        "Violencia Doméstica. Allí se establecen 10 disposiciones que el órgano jurisdiccional "
        "puede dictar.",
        [],
    ),
    # a conditional guess at the year's figure, beside a counted one (dev8, Costa Rica)
    (
        "guess",
        "El más bajo fue en 2022 (45.789 expedientes ingresados). La jefa de la Secretaría "
        "Técnica de Género del Poder Judicial, Jeannette Arias, apuntó que este año la cifra "
        "rondaría los 50.000 casos.",
        [45789],
    ),
    # a world figure quoted from an international agency before the office's own (dev9, Chile's
    # Fiscalía Nacional)
    (
        "world",
        "El documento analiza los delitos cometidos entre los años 2020 y 2022, para lo que "
        "comienza -a modo de introducción- describiendo el panorama internacional respecto del "
        "año 2021, con datos de la Agencia Internacional contra las Drogas y el Crimen "
        "Organizado, el cual determinó que 81.000 mujeres en todo el orbe fueron asesinadas, y "
        "de ese universo el 56% fue ultimada por sus parejas o familiares.",
        [],
    ),
    ("world", "En 2021 fueron asesinadas 81.000 mujeres en el mundo y 55 en el país.", [55]),
    # an emergency line named after "sistema" (dev8, Honduras' police)
    (
        "emergency_line",
        "Establecida en 2005 y perfeccionada en 2015 con su integración al sistema 911.",
        [],
    ),
]


@pytest.mark.parametrize(("kind", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_numbers_that_are_not_values(kind: str, text: str, expected: list[float]) -> None:
    assert kind in kinds(text)
    assert values(text) == expected


def test_a_peak_year_keeps_its_total() -> None:
    """dev9 (Bolivia's security observatory): the peak year's total is that year's count, a
    number written with its thousands is never cut at its first digit, and a busiest month's
    figure stays out."""
    text = (
        "El análisis histórico muestra que, tras alcanzar un pico de 36.470 casos en 2022, las "
        "denuncias han presentado una leve disminución en los últimos dos años."
    )
    assert "peak" not in kinds(text)
    assert values(text) == [36470]
    assert values("Tras alcanzar un pico de 360 casos en 2022, las denuncias bajaron.") == [360]
    assert kinds("Se registró un pico de 45 llamadas en marzo.")["peak"] == "un pico de 45"
    assert values("La oficina recibió 1.620 denuncias, con un pico de 45 llamadas en marzo.") == [
        1620
    ]


def test_the_traps_cover_the_whole_number() -> None:
    assert kinds("del 911, 656 737 05 15 UNEVID")["phone"] == "656 737 05 15"
    assert kinds("la línea púrpura 018000112137.")["phone"] == "018000112137"
    assert kinds("afecta a más del 67 por ciento de las salvadoreñas")["prevalence"].endswith(
        "67 por ciento de las salvadoreñas"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of those who lived violence, among the office's data: a value
        (
            "El 57% de las mujeres que han sufrido algún tipo de violencia no han recibido apoyo.",
            [57],
        ),
        # a count of women attended who lived violence
        ("Se atendieron 45 mujeres que han sufrido violencia física.", [45]),
        ("En 2023, 45 mujeres sufrieron lesiones graves.", [45]),
        # a space-grouped thousand is no phone
        ("El programa alcanzó a 317 942 personas.", [317942]),
        # rates per inhabitants listed with "respectivamente" stay the published figures, and
        # "una por cada 3 días" holds no rate's numerator
        (
            "Los estados que encabezan estos casos son Colima, Querétaro y Coahuila, con 548.7, "
            "292.2 y 252.5, respectivamente y por cada 10 mil mujeres.",
            [548.7, 292.2, 252.5],
        ),
        ("En 2023 se atendieron 35 mujeres, una por cada 3 días.", [35]),
    ],
)
def test_values_beside_these_words_survive(text: str, expected: list[float]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cue word of a file number used as a verb, then a count
        (
            "A 31 de enero de 2019 se habían radicado 7 querellas de violencia doméstica, 99 "
            "querellas fueron reportadas para el 2017 y 88 en el 2018.",
            [7, 99, 88],
        ),
        # a court named as a place, then a count
        ("Las mujeres pidieron a los juzgados 50.000 medidas de protección.", [50000]),
        # the same words naming a file, a law, a court: no value
        ("Radicado 20231234 del juzgado. Ley 26.485 de Protección Integral.", []),
    ],
)
def test_a_cue_word_before_a_count_of_its_plural_noun(text: str, expected: list[float]) -> None:
    assert values(text) == expected


def nouns(text: str) -> list[tuple[float | None, str]]:
    context = DocContext(convention=Convention.DECIMAL_COMMA, year=2023)
    found = extract_findings([Segment(text, "line:3")], context, CODEBOOK.lexicon)
    return [(f.value, f.noun_phrase) for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the line's first count is a part of a total given on the line before
        (
            "Según la portavoz, 100 de estas detenciones corresponden a casos de violencia "
            "doméstica, mientras que 50 están vinculadas a maltrato familiar.",
            [(100, "detenciones"), (50, "detenciones")],
        ),
        (
            "La jefa detalló que cuatro de los casos se encuentran en proceso penal, mientras "
            "que dos corresponden a asistencia familiar.",
            [(4, "casos"), (2, "casos")],
        ),
        (
            "Se atendieron 40 casos. Cuatro de los casos siguen abiertos.",
            [(40, "casos"), (4, "casos")],
        ),
        # "de las 32 entidades": a number after the partitive, no noun taken
        ("Tres de las 32 entidades no informaron.", [(32, "entidades no informaron")]),
    ],
)
def test_a_count_takes_the_noun_after_de_estas_or_de_los(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert nouns(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Se conmemora el Día del Hombre, en homenaje a la muerte de Túpac Katari en 1781, una "
            "fecha para reflexionar.",
            [],
        ),
        ("La casa, fundada en 1875, atendió 230 mujeres.", [230]),
        # a count after all
        ("La línea recibió en 1781 casos de violencia.", [1781]),
        ("El programa llegó a 1650 mujeres.", [1650]),
    ],
)
def test_an_earlier_centurys_year_is_not_a_value(text: str, expected: list[float]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Entre siete a nueve mujeres pueden llegar a una comisaría en un día cualquiera.", []),
        ("Entre cuatro y cinco denuncias por hora.", []),
        ("Se abrieron nueve casas; entre ellas, dos refugios.", [9, 2]),
    ],
)
def test_a_range_in_words_joined_by_a_or_y_is_not_a_count(text: str, expected: list[float]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the total was given on the paragraph before: "De ellas" opens this one
        ("De ellas, dos fueron asesinadas por sus parejas.", [2]),
        ("Dos de ellas fueron asesinadas por sus parejas.", [2]),
        ("Tres de ellos ya cuentan con sentencia.", [3]),
        # within the paragraph the subset takes the total's noun as before
        ("Se atendieron 42 mujeres; cinco de ellas, víctimas de feminicidio.", [42, 5]),
        ("De ellos, tres fueron archivados y cuatro siguen abiertos.", [3, 4]),
        # no verb after the number: nothing says it counts
        ("De ellas, las tres instituciones firmaron el convenio.", []),
    ],
)
def test_a_number_in_words_after_de_ellas_counts_part_of_the_total(
    text: str, expected: list[float]
) -> None:
    assert values(text) == expected
