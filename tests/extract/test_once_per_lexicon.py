"""Patterns built from the lexicon are built once per set of lexicon files and answers about a
text are remembered, yet a workspace's lexicon still changes what is found."""

from __future__ import annotations

import os
from pathlib import Path

from genero_etl.countries import use_workspace
from genero_etl.extract.lexicon import active_lexicon, default_lexicon
from genero_etl.extract.text import SurveyNote, _survey_words
from genero_etl.extract.traps import _from_to, trap_spans
from genero_etl.knowledge import Knowledge
from genero_etl.normalize.observations import near_trap

RANGE = "Las denuncias escalaron de 45 a 75 durante el año."
NEAR = "El casillero 317 quedó asignado a la oficina."


def _workspace(tmp_path: Path, text: str) -> Path:
    schemas = tmp_path / "schemas"
    (schemas / "lexicon").mkdir(parents=True)
    (schemas / "lexicon" / "oficina.yaml").write_text(text, encoding="utf-8")
    return schemas


def test_the_change_cues_before_a_range_are_compiled_once_per_lexicon(tmp_path: Path) -> None:
    sources = default_lexicon().sources
    assert _from_to(sources) is _from_to(sources)
    # shipped: "escalaron de" is no change's cue, so "45 a 75" is a range
    assert [(k, RANGE[a:b]) for k, (a, b) in trap_spans(RANGE)] == [("range", "45 a 75")]
    schemas = _workspace(tmp_path, "changes:\n  from_to_before: [escalaron de]\n")
    try:
        Knowledge.of(schemas).activate()
        lexicon = active_lexicon()
        assert lexicon.sources != sources
        assert _from_to(lexicon.sources).search("escalaron de ") is not None
        # the workspace's cue: two levels, not a range
        assert trap_spans(RANGE, lexicon) == []
    finally:
        use_workspace(None)
    assert [(k, RANGE[a:b]) for k, (a, b) in trap_spans(RANGE)] == [("range", "45 a 75")]


def test_a_cue_before_a_number_is_judged_once_per_text_and_per_lexicon(tmp_path: Path) -> None:
    assert near_trap(NEAR, "317", 317.0, "") is False
    assert near_trap(NEAR, "317", 317.0, "") is False  # remembered, the same answer
    assert near_trap("Comisaría número 317 de la ciudad.", "317", 317.0, "") is True
    schemas = _workspace(tmp_path, "never_values:\n  locker:\n    before: [casillero]\n")
    try:
        Knowledge.of(schemas).activate()
        assert near_trap(NEAR, "317", 317.0, "") is True
    finally:
        use_workspace(None)
    assert near_trap(NEAR, "317", 317.0, "") is False


PIECES = [
    "INFORME DE GESTIÓN 2023",
    "Según la ENDIREH 2016, el 66,1% de las mujeres de 15 años y más vivió violencia.",
    "La encuesta arrojó que 30,7 millones de mujeres sufrieron violencia.",
    "Las mujeres de 15 años y más que respondieron: 44%.",
    "Se atendieron 120 mujeres en situación de violencia.",
    "Talleres: 12 talleres con 300 estudiantes.",
    "Endes 2019: 58,9%.",
    "",
]


def test_a_survey_is_named_where_its_gate_lets_it_be_looked_for() -> None:
    lexicon = default_lexicon()
    words = _survey_words(lexicon.sources)
    for piece in PIECES:
        plain = any(p.search(piece) for p in words.named)
        assert SurveyNote(lexicon, [piece]).active is plain
        for pattern, gates in zip(words.named, words.gates, strict=True):
            if pattern.search(piece):
                assert all(gate.may_hold(piece) for gate in gates)
    # "mujeres" alone does not call for the population's phrase: its ages are not there
    population = words.gates[-1]
    assert [g.may_hold(PIECES[4]) for g in population] == [True, False]
    assert [SurveyNote(lexicon, [p]).active for p in PIECES] == [
        False,
        True,
        True,
        True,
        False,
        False,
        True,
        False,
    ]
    assert SurveyNote(lexicon, PIECES[4:6]).active is False
    assert SurveyNote(lexicon, PIECES).active is True
    # each piece's answer is remembered with the lexicon's survey words, and read back the same
    assert words.memo[PIECES[1]] is True and words.memo[PIECES[4]] is False
    assert SurveyNote(lexicon, PIECES[1:2]).active is True
    assert SurveyNote(lexicon, PIECES[4:5]).active is False


def test_a_workspace_lexicon_edited_while_the_process_runs_is_read_again(tmp_path: Path) -> None:
    schemas = _workspace(tmp_path, "never_values:\n  locker:\n    before: [casillero]\n")
    drawer = "La gaveta 317 quedó asignada a la oficina."
    try:
        Knowledge.of(schemas).activate()
        assert near_trap(NEAR, "317", 317.0, "") is True
        assert [NEAR[a:b] for _, (a, b) in trap_spans(NEAR, active_lexicon())] == ["casillero 317"]
        edited = schemas / "lexicon" / "oficina.yaml"
        edited.write_text("never_values:\n  locker:\n    before: [gaveta]\n", encoding="utf-8")
        stat = edited.stat()
        os.utime(edited, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        Knowledge.of(schemas).activate()  # the edit is noticed: every lexicon cache emptied
        assert near_trap(NEAR, "317", 317.0, "") is False
        assert trap_spans(NEAR, active_lexicon()) == []
        assert near_trap(drawer, "317", 317.0, "") is True
        assert [drawer[a:b] for _, (a, b) in trap_spans(drawer, active_lexicon())] == ["gaveta 317"]
    finally:
        use_workspace(None)
