"""Readings done once per distinct text give what reading it again would."""

from __future__ import annotations

import pytest

from genero_etl.extract import cues as cues_module
from genero_etl.extract.cues import cues
from genero_etl.extract.finding import DocContext
from genero_etl.extract.lexicon import default_lexicon
from genero_etl.extract.numbers import Convention
from genero_etl.extract.periods import find_periods
from genero_etl.extract.piece import findings_in_piece, noun_phrase, tidy_label
from genero_etl.normalize.codebook import load_codebook


def test_a_label_and_a_noun_phrase_read_twice_are_the_same() -> None:
    found = cues()
    after = " mujeres en situación de violencia, derivadas al área legal."
    first = noun_phrase(after, found)
    assert first == ("mujeres", 8)
    assert noun_phrase(after, found) == first
    assert found.memo[("noun", after)] == first
    label = "Aproximadamente (en total) personas atendidas ...... "
    assert tidy_label(label, found) == "Aproximadamente personas atendidas"
    assert tidy_label(label, found) == "Aproximadamente personas atendidas"
    assert found.memo[("label", label)] == "Aproximadamente personas atendidas"


def test_the_memo_stops_growing_at_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    found = cues()
    monkeypatch.setattr(cues_module, "MEMO_LIMIT", len(found.memo))
    text = " talleres dictados en escuelas rurales del distrito norte"
    assert noun_phrase(text, found) == ("talleres dictados", 18)
    assert ("noun", text) not in found.memo  # read, not kept


def test_periods_found_once_are_a_new_list_each_time() -> None:
    line = "Informe de gestión enero-junio 2023"
    first = find_periods(line, None)
    assert [(p.start, p.end) for p in first] == [("2023-01-01", "2023-06-30")]
    first.clear()  # a caller's list is its own
    again = find_periods(line, None)
    assert [(p.start, p.end, p.label) for p in again] == [
        ("2023-01-01", "2023-06-30", "enero-junio 2023")
    ]


def test_a_report_line_read_twice_gives_the_same_values() -> None:
    lexicon = load_codebook().lexicon
    ctx = DocContext(Convention.DECIMAL_COMMA, 2023, lexicon=default_lexicon())
    line = "- Talleres de prevención en escuelas: 34 talleres con 1.250 estudiantes."
    first = findings_in_piece(line, "line:4", ctx, lexicon)
    second = findings_in_piece(line, "line:4", ctx, lexicon)
    assert [(f.value, f.noun_phrase, f.label_before) for f in first] == [
        (34.0, "talleres", "Talleres de prevención en escuelas"),
        (1250.0, "estudiantes", ""),
    ]
    assert [(f.value, f.noun_phrase, f.label_before) for f in second] == [
        (f.value, f.noun_phrase, f.label_before) for f in first
    ]
