"""A noun excluded only with the words after it ("órdenes de gobierno"), tested against every
entry of several words at once."""

from __future__ import annotations

from genero_etl.extract.finding import Lexicon


def _lexicon() -> Lexicon:
    excluded = frozenset({"mes", "ordenes de gobierno", "nivel de riesgo alto"})
    return Lexicon(count_nouns=frozenset({"orden", "persona"}), excluded_nouns=excluded)


def test_an_entry_of_several_words_excludes_only_when_the_words_after_complete_it() -> None:
    lexicon = _lexicon()
    assert lexicon.is_excluded("meses") is False  # not "mes": entries are whole words
    assert lexicon.is_excluded("Mes:") is True
    assert lexicon.is_excluded("órdenes", "de gobierno municipal") is True
    assert lexicon.is_excluded("órdenes", "de gobierno") is True
    assert lexicon.is_excluded("órdenes", "de protección") is False
    assert lexicon.is_excluded("órdenes", "de gobiernos") is False  # whole words only
    assert lexicon.is_excluded("órdenes") is False
    assert lexicon.is_excluded("nivel", "de riesgo alto, 3 casos") is False  # comma kept
    assert lexicon.is_excluded("nivel", "de riesgo alto") is True
    assert lexicon.is_excluded("nivel", "de riesgo") is False
