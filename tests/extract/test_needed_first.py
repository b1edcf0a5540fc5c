"""What a pattern cannot match without, looked for before the pattern runs: the trap rules'
needs, the periods' year and part of the year, the privacy prefilter's cue openings. Each
must let through every text its pattern matches (a superset), so the results are those of
the pattern run alone."""

from __future__ import annotations

import random
import re

import pytest

from genero_etl.extract import periods, traps
from genero_etl.extract.lexicon import default_lexicon
from genero_etl.normalize.privacy import (
    _country_identifiers,
    _cue_alternation,
    _cue_openings,
    policy,
)
from genero_etl.resources import data_dir, load_yaml

# Pieces the trap rules and the periods are made of, cases and look-alikes included ("ſ" and
# the Kelvin sign match "s" and "k" when case is ignored).
PIECES = [
    *"0123456789",
    *" -.:/,()°ºª_",
    *"aAmMpPhHsSkKeErRoOdDtTvVnNxXcC",
    *"ÁÑñé",
    "ſ",
    "\u212a",
    "hs",
    "a.m.",
    "p. m.",
    "er ",
    "DNI ",
    "el ",
    "(UDEP ",
    "mil ",
    " a ",
    "trimestre",
    "SEMESTRE",
    "marzo",
    "enero de ",
    "2024",
    "1999",
    "15-03-24",
    "18 a 29",
    "(UDEP 4)",
    "el SNE 911,",
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(2, 12))) for _ in range(count)]


@pytest.mark.parametrize("rule", list(traps._NEEDS), ids=lambda p: p.pattern[:30])
def test_a_rule_never_matches_a_text_its_need_finds_nothing_in(rule: re.Pattern[str]) -> None:
    need = traps._NEEDS[rule]
    matched = 0
    for text in _texts(20000, seed=len(rule.pattern)):
        if rule.search(text):
            matched += 1
            assert need.search(text), (rule.pattern, text)
    assert matched >= 10  # the generated texts do reach the rule


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Atención de 8:30 a 14 hs en la sede.", "time"),
        ("De 8 a. m. a 4 p. m. se atendió.", "time"),
        ("El 15-03-2024 se firmó el convenio.", "date"),
        ("Llamá a la Línea Mujer 075 cuando lo necesites.", "code"),
        ("Casos de Covid-19 en la comisaría.", "code"),
        ("Se realizó el 3er encuentro regional.", "ordinal"),
        ("Participaron de 18 a 29 jóvenes.", "range"),
        ("La denuncia llegó a (UDEP 4).", "acronym"),
        ("Titular DNI 12.345.678-9 en el registro.", "personal_id"),
    ],
)
def test_a_trap_behind_a_need_is_still_found(line: str, kind: str) -> None:
    spans = traps._trap_spans.__wrapped__(line, default_lexicon().sources)  # type: ignore[attr-defined]
    assert kind in {k for k, _ in spans}


def test_a_line_of_counts_runs_none_of_the_rules_behind_a_need() -> None:
    line = "- Se atendieron 1234 mujeres en situación de violencia."
    assert not any(need.search(line) for need in traps._NEEDS.values())
    assert traps.trap_spans(line, default_lexicon()) == []


@pytest.mark.parametrize(
    "name", ["_FULL_RANGE", "_MONTHS_OF_YEARS", "_YEAR_ALONE", "_ORDINAL_PART"]
)
def test_every_period_a_gated_pattern_finds_holds_what_it_is_gated_by(name: str) -> None:
    pattern = getattr(periods, name)
    gate = periods._ANY_PART if name == "_ORDINAL_PART" else periods._ANY_YEAR
    matched = 0
    texts = [*_texts(20000, seed=7), "del 1 de enero de 2024 al 31 de marzo de 2024"]
    texts += ["marzo de 2023 a junio de 2024", "Primer SEMESTRE", "2° trimestre del año 2023"]
    for text in texts:
        for m in pattern.finditer(text):
            matched += 1
            assert gate.search(m.group(0)), (name, text)
    assert matched


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("Primer SEMESTRE: 40 talleres.", 2024, ("2024-01-01", "2024-06-30")),
        ("2° trimestre del año 2023", None, ("2023-04-01", "2023-06-30")),
        ("del 1 de enero de 2024 al 31 de marzo de 2024", None, ("2024-01-01", "2024-03-31")),
        ("Entre enero y marzo se atendieron 1234 mujeres.", 2022, ("2022-01-01", "2022-03-31")),
    ],
)
def test_periods_are_found_behind_their_gates(
    text: str, year: int | None, expected: tuple[str, str]
) -> None:
    found = periods._periods.__wrapped__(text, year)  # type: ignore[attr-defined]
    assert [(p.start, p.end) for p in found][:1] == [expected]


def test_the_prefilter_opens_with_the_first_characters_of_its_cues() -> None:
    data = load_yaml((data_dir() / "privacy.yaml").read_text("utf-8"))
    words = [*data["id_cues"], *data["person_cues"], *data["street_cues"], *data["phone_cues"]]
    gated = policy().prefilter.parts[-1]  # type: ignore[union-attr]
    body = gated.pattern.removeprefix(r"(?<![\w])")
    at = body.index(")(?:(?=") + 1  # the openings' lookahead, then the cues by opening
    openings, rest = body[:at], body[at:]
    assert openings.startswith("(?=") and "C" in openings and "(?i:[" in openings
    alone = re.compile(r"(?<![\w])" + rest)
    cues = [*words, *(c for _, found in _country_identifiers(None) for c in found)]
    plain = re.compile(r"(?<![\w])" + _cue_alternation(cues))  # every cue, one by one
    rng = random.Random(11)
    pieces = [*words, *(w.upper() for w in words), *(w.title() for w in words), " ", "x", "9"]
    pieces += ["ſr", "\u0130dentidad", "\u0131dentidad", ",", "\n", "\u212a"]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))) for _ in range(5000)]
    for text in [*texts, *words]:
        assert (alone.search(text) is None) == (gated.search(text) is None), text
        assert (plain.search(text) is None) == (gated.search(text) is None), text
    assert gated.search("Tel. 2323") and gated.search("la víctima") and not gated.search("9 x")


def test_a_cue_opening_with_a_sign_leaves_the_prefilter_without_openings() -> None:
    assert _cue_openings(["#tel", "dni"]) == ""
    assert _cue_openings(["DNI", "calle"]) == "(?=[D]|(?i:[c]))"
