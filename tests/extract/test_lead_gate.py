"""A pattern that opens with lookbehinds searched through its gate (``textutil.lead_gate``):
the same matches as the pattern's own ``search`` and ``finditer``, on made-up cases and on
every text of the texts corpus with the country evidence's patterns."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

import pytest

from genero_etl.extract.textutil import DeferredPattern, gated_finditer, gated_search, lead_gate

DOCS = Path(__file__).resolve().parents[1] / "acceptance" / "texts" / "docs"

CASES = [
    (r"(?<![\w])(?:ley n?[°º]?\s?21\.030)(?![\w])", re.IGNORECASE),  # "l" as [lL]
    (r"(?<![\w])(?:k(?:ilos|g)|servicios?)(?![\w])", 0),
    (r"(?i)(?<![\w])Íntegra", 0),
    (r"(?<![\w])(?:Ley n?[°º]?\s?21\.030)(?![\w])", 0),
    (r"(?<![\w])(?:(?-i:MINVU|Minvu|SERVIU|Serviu))(?![\w])", re.IGNORECASE),
    (r"(?<![\w$/])L\s?\d", 0),
    (r"(?<![\w])(?:(?<!,\s)(?<!\sy\s)(?-i:San Pedro Sula|Choloma))(?![\w])", re.IGNORECASE),
    (r"(?<!\w)(?<!San )(?P<name>María|Ana)(?:\s+[A-Z]\w+){1,2}", 0),
    (r"(?<=: )[0-9][0-9]*", 0),  # a lookbehind that must hold
    (r"(?<![0-9])([0-9][0-9])(?=[0-9])", 0),  # matches next to each other
    (r"(?i)(?<![\w])(?-i:Ana|ANA)(?![\w])", 0),  # a flag of the pattern's own
]
TEXTS = [
    "",
    "Ley N° 21.030 y la ley 21030; Foley 21.030, LEY N 21.030.",
    "MINVU, Minvu y SERVIU; minvu no; XMINVU tampoco; SERVIU.",
    "L1 y L 2, $L3, /L4, aL5, L\n6",
    "San Pedro Sula, Choloma y San Pedro Sula; en Choloma.",
    "María Pérez López y San María Gómez; Ana Ruiz, Ana",
    "total: 12, parcial:13, otro: 7",
    "123456 y 78 y 9012",
    "Ana, ana y ANA; Mariana no; ana",
    "\u212ailos y KILOS, kilos; Servicio, \u017fervicios; íntegra, ÍNTEGRA",
]


@pytest.mark.parametrize(("source", "flags"), CASES)
def test_gated_search_and_finditer_find_what_the_pattern_finds(source: str, flags: int) -> None:
    compiled = re.compile(source, flags)
    gate = lead_gate(compiled)
    assert gate is not None
    search = partial(gated_search, compiled.match, gate.search)
    finditer = partial(gated_finditer, compiled.match, gate.search)
    for text in TEXTS:
        expected = [(m.span(), m.groups()) for m in compiled.finditer(text)]
        assert [(m.span(), m.groups()) for m in finditer(text)] == expected, text
        for pos in range(len(text) + 1):
            for endpos in (len(text), max(pos, len(text) - 3)):
                want = compiled.search(text, pos, endpos)
                got = search(text, pos, endpos)
                assert (got and (got.span(), got.groups())) == (
                    want and (want.span(), want.groups())
                ), (text, pos, endpos)
            assert [m.span() for m in finditer(text, pos)] == [
                m.span() for m in compiled.finditer(text, pos)
            ]


@pytest.mark.parametrize(
    "source",
    [
        r"ley \d+",  # no lookbehind: nothing to gate
        r"(?<!\w)",  # nothing but lookbehinds
        r"(?<!\w)\d*",  # may match an empty string: ``finditer``'s own rules
        r"(?=\w)(?<!\w)\d+",  # opens with a lookahead
        r"(?<!\w)[a-zA-Z]\w+",  # then any of many letters: worth no gate
        r"(?<!\w)\w+",  # a category
        r"(?i)(?<!\w)[lL]ey \d+",  # a set of letters, case ignored: no first characters
        r"(?i)(?<!\w)(?:kilos|servicios?)",  # an alternation, case ignored: none either
    ],
)
def test_no_gate(source: str) -> None:
    assert lead_gate(re.compile(source)) is None


def test_a_deferred_pattern_is_gated_once_compiled() -> None:
    deferred = DeferredPattern(CASES[0][0], CASES[0][1])
    text = TEXTS[1]
    compiled = re.compile(*CASES[0])
    assert [m.span() for m in deferred.finditer(text)] == [
        m.span() for m in compiled.finditer(text)
    ]
    for pos in (0, 5):
        found, expected = deferred.search(text, pos), compiled.search(text, pos)
        assert (found and found.span()) == (expected and expected.span())
    assert isinstance(vars(deferred)["search"], partial)


def test_country_evidence_patterns_on_the_texts_corpus() -> None:
    """Every pattern of the country evidence and cues that opens with a lookbehind finds
    the same matches through its gate on every text of the corpus."""
    from genero_etl.countries import registry
    from genero_etl.normalize.country_guess import _cue_index, _scanner

    patterns = {id(p.regex): p.regex for p in _scanner(registry()).index.patterns}
    patterns.update({id(p.regex): p.regex for p in _cue_index(registry()).patterns})
    compiled = [re.compile(p.pattern, p.flags) for p in patterns.values()]
    gated = [(c, lead_gate(c)) for c in compiled]
    gated = [(c, g) for c, g in gated if g is not None]
    assert len(gated) > 100
    texts = [p.read_text(encoding="utf-8") for p in sorted(DOCS.glob("*.txt"))[::5]]
    assert len(texts) > 100
    for c, g in gated:
        for text in texts:
            assert [m.span() for m in gated_finditer(c.match, g.search, text)] == [
                m.span() for m in c.finditer(text)
            ], c.pattern


def test_the_letters_case_ignored_are_every_character_they_match() -> None:
    """``textutil._CASES`` against the regex engine itself, over every character."""
    from genero_etl.extract.textutil import _CASES

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    for letter, letters in _CASES.items():
        assert sorted(set(re.findall(letter, every, re.IGNORECASE))) == sorted(letters), letter
        assert sorted(set(re.findall(letter.upper(), every, re.IGNORECASE))) == sorted(letters)
