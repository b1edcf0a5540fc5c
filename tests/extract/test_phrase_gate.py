"""``PhraseGate``: a text it turns away cannot match the phrases' pattern."""

from __future__ import annotations

import re

from genero_etl.extract.cues import PhraseGate, cues, phrase_pattern
from genero_etl.extract.piece import quotes_other_body

PHRASES = ["según", "de acuerdo con", "Organización Mundial de la Salud", "fiscal*", "fuente:"]
LINES = [
    "Según datos de la Fiscalía, 238 casos.",
    "SEGUN la ORGANIZACION MUNDIAL DE LA SALUD, 1 de cada 3.",
    "De acuerdo con el registro, 40 talleres.",
    "Fiscalías: 12 denuncias.",
    "Fuente : elaboración propia, 2023.",
    "Se atendieron 120 mujeres en situación de violencia.",
    "Talleres de prevención en escuelas: 35 talleres con 900 estudiantes.",
    "ſegún el informe, 7 casos.",  # a long s: case-insensitive matching takes it for "s"
]


def test_a_line_turned_away_never_matches_and_every_match_passes() -> None:
    gate = PhraseGate.of(PHRASES)
    pattern = re.compile(phrase_pattern(PHRASES), re.IGNORECASE)
    passed = [line for line in LINES if gate.may_hold(line)]
    assert passed == LINES[:5] + LINES[7:]
    assert all(gate.may_hold(line) for line in LINES if pattern.search(line))
    assert pattern.search(LINES[7]) is not None  # why a text with "ſ" is never turned away
    assert not PhraseGate.of([]).may_hold("según")


def test_quotes_of_other_bodies_unchanged_behind_the_gate() -> None:
    found = cues()
    quoting = (
        "Se han registrado 238 casos, según datos de la Asociación Civil La Casa del Encuentro."
    )
    plain = "Se atendieron 120 mujeres en situación de violencia."
    assert found.other_body_gate.may_hold(quoting)
    assert quotes_other_body(quoting, found)
    assert not found.other_body_gate.may_hold(plain)
    assert not quotes_other_body(plain, found)
    assert found.other_body.search(plain) is None
