"""A change's two levels, then its size in brackets after "un" or a sign: "los casos
aumentaron de 12 mil 575 a 15 mil 856 (un 26 por ciento) y, en febrero, de 11 mil 134 a 14 mil
693 (un 31 por ciento)" (issue 10). The percentage is the change's size, never a share
(``extract/piece.py:_bracketed_change_of_levels``, the change's verb of lexicon
``changes.from_to_before`` said before the first pair, once for the series); a second level
written with "mil" between its digits counts what the first does (``_AFTER_LEVEL``). Each
document case reads the real development document as the corpus runner does and fails with the
code before this round; the guards are close sentences that must stay as they were."""

from __future__ import annotations

from pathlib import Path

from .reports import line_values, sentence_values

DOC = "pe_defensoria_servicio_esencial_violencia_estado_emergencia_2020"


def test_the_bracketed_sizes_of_a_change_are_no_values(tmp_path: Path) -> None:
    """pe_defensoria_servicio_esencial_violencia_estado_emergencia_2020 (dev106), line 10."""
    found = line_values(tmp_path, DOC, "line:10")
    assert 26.0 not in found
    assert 31.0 not in found


def test_the_second_level_of_the_second_pair_counts(tmp_path: Path) -> None:
    """The same line: "y, en febrero, de 11 mil 134 a 14 mil 693" gives both levels."""
    found = line_values(tmp_path, DOC, "line:10")
    assert 11134.0 in found
    assert 14693.0 in found


def test_close_sentences_stay(tmp_path: Path) -> None:
    # an age band's share in brackets, no change said: a value
    assert sentence_values(
        tmp_path,
        "La mayoría refiere a personas de entre 24 y 45 años (69%); y, por último, "
        "de 18 a 23 (13%).",
    ) == [69.0, 13.0]
    # a signed change after two levels: read as before, the levels only
    assert sentence_values(tmp_path, "Las denuncias aumentaron de 120 a 150 (+25%).") == [
        120.0,
        150.0,
    ]
    # a change in an earlier sentence says nothing of a later bracket
    assert 13.0 in sentence_values(
        tmp_path, "Las denuncias pasaron de 120 a 150. El grupo de 18 a 23 (un 13%) fue el mayor."
    )
