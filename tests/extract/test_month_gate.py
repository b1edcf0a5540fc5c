"""``WordGate`` before the month patterns of ``find_periods``: a line turned away names no
month, and the periods found are those found without the gate."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from genero_etl.extract import periods
from genero_etl.extract.cues import WordGate
from genero_etl.extract.periods import MONTH_PATTERN, MONTHS, find_periods

MONTH = re.compile(MONTH_PATTERN, re.IGNORECASE)

LINES = [
    "Durante 2024 se atendieron 1.245 mujeres en los centros de atención.",
    "Entre enero y marzo de 2024 se registraron 312 denuncias.",
    "DEL 1 DE ENERO AL 30 DE JUNIO DE 2023: 87 FEMICIDIOS",
    "noviembre 2024 - octubre 2025, 41 talleres",
    "hasta el mes de febrero de 2020 se recibieron 55 llamadas",
    "Se capacitó a 300 funcionarias en el primer semestre.",
    "Reporte de setiembre: 12 casos",  # Peru's spelling
    "ſeptiembre de 2021, 9 casos",  # a long s: case-insensitive matching takes it for "s"
]


def test_a_line_turned_away_names_no_month() -> None:
    gate = WordGate.of(MONTHS)
    assert [gate.may_hold(line) for line in LINES] == [False] + [True] * 4 + [False, True, True]
    assert all(gate.may_hold(line) for line in LINES if MONTH.search(line))
    assert MONTH.search(LINES[7]) is not None  # why a text with "ſ" is never turned away
    assert not WordGate.of([]).may_hold("enero")


def _corpus_lines() -> list[str]:
    docs = Path(__file__).resolve().parents[1] / "acceptance" / "texts" / "docs"
    lines = [line for path in sorted(docs.glob("*.txt")) for line in path.open()]
    return [*LINES, *lines]


def test_the_periods_of_the_corpus_lines_are_those_found_without_the_gate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = _corpus_lines()
    gated = [periods._periods.__wrapped__(line, 2023) for line in lines]

    class Open:
        def may_hold(self, text: str) -> bool:
            return True

    monkeypatch.setattr(periods, "_month_gate", Open)
    assert gated == [periods._periods.__wrapped__(line, 2023) for line in lines]
    months = [p for found in gated for p in found if p.strength >= 2 and MONTH.search(p.label)]
    assert len(months) > 300  # many of the periods found are months or spans of months
    found = find_periods(LINES[2])
    assert [(p.start, p.end) for p in found] == [("2023-01-01", "2023-06-30")]
