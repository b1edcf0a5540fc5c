"""The scorer compares a breakdown's sex by the sex it names (roles.yaml ``sex_words``): a gold
written in a file's words ("Mujer", "femenino") and a value published in the words tables
publish ("mujeres") are one sex; another sex, or a letter, is not."""

from __future__ import annotations

from acceptance.corpus.run_corpus import _matches


def _row(value: str, dimension: str = "sexo") -> dict[str, str]:
    return {"breakdown_dimension": dimension, "breakdown_value": value}


def test_a_sex_in_the_files_words_matches_the_published_sex() -> None:
    assert _matches(_row("mujeres"), {"breakdown": ["Mujer"]}, within=False)
    assert _matches(_row("mujeres"), {"breakdown": ["femenino"]}, within=False)
    assert _matches(
        _row("varones | Maya", "sexo+etnia"), {"breakdown": ["hombres", "maya"]}, within=False
    )
    assert _matches(_row("Mujer"), {"breakdown": ["mujeres"]}, within=False)


def test_another_sex_or_a_letter_does_not() -> None:
    assert not _matches(_row("varones"), {"breakdown": ["mujeres"]}, within=False)
    assert not _matches(_row("F"), {"breakdown": ["mujeres"]}, within=False)
    assert not _matches(_row("otros"), {"breakdown": ["mujeres"]}, within=False)


def test_a_gender_identitys_word_is_compared_as_written() -> None:
    # "genero": FEMENINO beside "sexo": MUJER in one register (Guayaquil's violent deaths):
    # a gold's "mujer" asks for the sex, never the gender identity's rows as well
    assert not _matches(_row("FEMENINO", "genero"), {"breakdown": ["mujer"]}, within=False)
    assert _matches(_row("FEMENINO", "genero"), {"breakdown": ["femenino"]}, within=False)
    assert _matches(_row("Guayas | mujeres", "lugar+sexo"), {"breakdown": ["mujer"]}, within=False)
