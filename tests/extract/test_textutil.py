"""extract/textutil.py: the folding every pattern matches on."""

from __future__ import annotations

import pytest

from genero_etl.extract.textutil import fold, plain


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Niñas y ADOLESCENTES  atendidas", "ninas y adolescentes atendidas"),
        ("Región de Ñuble", "region de nuble"),
        ("BOGOTÁ,\tD. C.", "bogota, d. c."),
        ("Güemes", "guemes"),
    ],
)
def test_fold_lowercases_strips_accents_and_collapses_spaces(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    "written",
    ["trabajadoras", "trabajadores", "trabajadorxs", "trabajador@s", "trabajador/as"],
)
def test_inclusive_spellings_keep_the_stem_a_pattern_matches(written: str) -> None:
    assert "trabajador" in plain(written)
