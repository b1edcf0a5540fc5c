"""Statistical bulletins and helpline reports: changes written as differences, day spans whose
month is left out, rates "de cada 100", periods before a count, provinces listed with counts
written with thousands separators, and a helpline's number after its qualifiers; each case is
the real written form of a report, with the values a careful reader takes from it."""

from __future__ import annotations

import pytest

from genero_etl.extract.finding import DocContext
from genero_etl.extract.numbers import Convention
from genero_etl.extract.text import extract_findings
from genero_etl.extract.traps import trap_spans
from genero_etl.model import Segment
from genero_etl.normalize.codebook import load_codebook

CODEBOOK = load_codebook()


def values(text: str) -> list[float]:
    context = DocContext(convention=Convention.DECIMAL_COMMA, year=2023)
    segments = [Segment(line, f"line:{n}") for n, line in enumerate(text.split("\n"), 1)]
    return [f.value for f in extract_findings(segments, context, CODEBOOK.lexicon)]


CASES = [
    (
        "period before the count",
        "La Línea 144 destinada a prevenir y contener distintas situaciones de violencia de género "
        "recibió entre enero y agosto de este año 74.309 comunicaciones, de las cuales 53.081 "
        "corresponde al período de Aislamiento Social, Preventivo y Obligatorio (ASPO).",
        [74309, 53081],
    ),
    ("a duration still measured", "Hace 3 años se atendieron 40 mujeres.", [40]),
    (
        "provinces and their counts",
        "En el sur del país, La Pampa identificó 394 llamados, Neuquén 1.627, Río Negro 1.336, "
        "Chubut 893, Santa Cruz 346 y Tierra del Fuego 321.",
        [394, 1627, 1336, 893, 346, 321],
    ),
    ("a street and its number", "La oficina atiende en Mitre 178, Luján.", []),
    (
        "day spans, the second without its month",
        '"Hicimos dos cortes en nuestra estadística del mes: del 1 al 11 de marzo y después del 12 '
        "al 29, y estamos viendo una diferencia. Si bien, del 1 al 11 es poco y del 12 al 29 hay "
        "más días, estamos viendo una pequeña tendencia de suba. Si antes teníamos un promedio de "
        '17 llamadas de usuarias, ahora tenemos 20", indicó Pavón.',
        [17, 20],
    ),
    (
        "a rate, its whole's noun phrase before the part",
        "• De cada 100 víctimas de femicidio, 80 fueron asesinadas por sus parejas o exparejas.",
        [],
    ),
    (
        "differences against the same month of the year before",
        "En marzo 2020 se recibieron 1.124 comunicaciones menos por violencia de género que durante "
        "el mismo mes de 2019 (-19%): mientras que en abril de 2020, ya bajo los efectos del ASPO, "
        "se recibieron un total de 1.735 comunicaciones más (+23%).",
        [],
    ),
    (
        "a series of differences, the cue said once",
        "Entre mayo y agosto, la tendencia se mantuvo: en 2020 se recibieron 2.011 consultas más "
        "que en mayo de 2019 (+26%); en junio el aumento fue de 2.217 consultas (+29%); en julio de "
        "2.601 (+31%) y en agosto de 1.720 (+23%).",
        [],
    ),
    (
        "levels with their changes",
        "En 2023 se recibieron 5.478 llamadas (+12%) y 300 denuncias (+5%).",
        [5478, 300],
    ),
    (
        "a helpline's number after three qualifiers",
        "Desde su creación, en enero de 2014, la línea telefónica nacional y gratuita 144, que "
        "asesora ante situaciones de violencia de género, recibió desde Salta 2.939 llamadas.",
        [2939],
    ),
    (
        "an increase and its bound",
        "En la primera hubo un incremento superior al 20 por ciento. En total, se registraron "
        "49.712 casos, entre los cuales las más afectadas (9.544 casos) fueron las mujeres entre 20 "
        "y 24 años.",
        [49712, 9544],
    ),
]


@pytest.mark.parametrize(("kind", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_bulletin_numbers(kind: str, text: str, expected: list[float]) -> None:
    assert values(text) == expected


def test_a_day_span_without_a_month_named_in_the_text_is_not_assumed() -> None:
    """Only a span with its month ("del 1 al 11 de marzo") makes "del 12 al 29" two days."""
    text = "Las denuncias del 12 al 29 de la lista fueron revisadas."
    assert [kind for kind, _ in trap_spans(text)] == []
    named = "Del 1 al 11 de marzo hubo 20 casos y del 12 al 29, 35 casos."
    spans = [named[a:b] for kind, (a, b) in trap_spans(named) if kind == "date"]
    assert "del 12 al 29" in spans
