"""Patterns skipped because their required strings are absent are patterns that would not
have matched: the gate changes how often they are searched, never an answer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from genero_etl.extract.literals import LiteralGate, required_literals
from genero_etl.extract.textutil import plain
from genero_etl.normalize import codebook as codebook_module
from genero_etl.normalize.codebook import _MatchGate, load_codebook
from genero_etl.pipeline import IngestOptions, extract_document

TEXTS = Path(__file__).resolve().parents[1] / "acceptance" / "texts"


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        ("ley micaela", {"ley micaela"}),
        (r"capacit(o|aron|amos)\b", {"capacit"}),
        (r"\bcertific(ad[oa]s|an)\b", {"certific"}),
        ("se (formaron|sensibilizaron)", {"formaron", "sensibilizaron"}),
        ("personas? formad", {"persona"}),  # "persona" and " formad" are as long: the first
        ("(?:ab)+cd", {"ab"}),  # "ab" and "cd" as long: the first, in a repeat run once at least
        ("(?:abc)+d", {"abc"}),
        ("(?:abc)*de", {"de"}),  # a part that may not be there is not required
        ("a?bc", {"bc"}),
        ("(?:abc)?", None),
        ("[ab]c", None),  # one character passes nearly every text
        ("(?=abc)d", None),  # a lookahead is not taken
        ("x(?:ab|c)y", None),  # a branch of one character: the branch needs no string
        ("(?i)abc", None),  # case ignored: the string could be written otherwise
        ("a(?i:bcd)e", None),
    ],
)
def test_required_literals(pattern: str, literals: set[str] | None) -> None:
    found = required_literals(re.compile(pattern))
    assert (None if found is None else set(found)) == literals


_ATOMS = ["a", "b", "c", "ab", "bc", "abc", "[ab]", ".", r"\b", " "]


@st.composite
def _patterns(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.integers(0, 5 if depth < 2 else 1))
        if kind <= 1:
            part = draw(st.sampled_from(_ATOMS))
        elif kind == 2:
            part = f"(?:{draw(_patterns(depth + 1))})"
        elif kind == 3:
            branches = [draw(_patterns(depth + 1)) for _ in range(draw(st.integers(2, 3)))]
            part = f"(?:{'|'.join(branches)})"
        elif kind == 4:
            part = f"({draw(_patterns(depth + 1))})"
        else:
            part = f"(?:{draw(_patterns(depth + 1))})"
        if part != r"\b" and draw(st.booleans()):
            part += draw(st.sampled_from(["?", "*", "+", "{2}", "{0,2}", "+?"]))
        parts.append(part)
    return "".join(parts)


@settings(max_examples=600, deadline=None)
@given(_patterns(), st.lists(st.text(alphabet="abc d", max_size=12), min_size=1, max_size=8))
def test_every_match_holds_a_required_string(pattern: str, texts: list[str]) -> None:
    compiled = re.compile(pattern)
    literals = required_literals(compiled)
    gate = LiteralGate([compiled])
    for text in texts:
        if compiled.search(text) is not None:
            assert literals is None or any(literal in text for literal in literals), (
                pattern,
                text,
            )
            assert 0 in gate.possible(text)


def _lines() -> list[str]:
    lines = []
    for path in sorted((TEXTS / "docs").glob("*.txt")):
        lines.extend(plain(line) for line in path.read_text(encoding="utf-8").splitlines())
    return list(dict.fromkeys(line for line in lines if line))


def test_the_codebook_finds_the_same_indicators_with_and_without_the_gate() -> None:
    codebook = load_codebook()
    gate = _MatchGate(codebook.indicators.values())
    lines = _lines()
    found = 0
    for line in lines:
        each = frozenset(
            i.id for i in codebook.indicators.values() if i.found(line, codebook.negation)
        )
        assert gate.found(line, codebook.negation) == each, line
        found += len(each)
    assert len(lines) > 4000 and found > 3000  # the texts name indicators on many lines
    line = plain("Se capacitaron 40 personas en la Ley Micaela")
    assert "ley_micaela_personas_capacitadas" in gate.found(line, codebook.negation)
    # a negated mention does not count, gated or not
    negated = plain("mujeres asesinadas que no son femicidio")
    assert "femicidios" not in gate.found(negated, codebook.negation)
    assert "femicidios" in gate.found(plain("mujeres asesinadas: femicidio"), codebook.negation)


def _dev_documents(count: int) -> list[Path]:
    split = yaml.safe_load((TEXTS / "SPLIT.yaml").read_text(encoding="utf-8"))
    names = sorted(split["dev"])[:count]
    return [TEXTS / "docs" / (name if name.endswith(".txt") else f"{name}.txt") for name in names]


def _observations(path: Path) -> list[dict[str, object]]:
    staged = extract_document(path, path.name, IngestOptions())
    return staged.table().to_pylist()


def test_real_reports_give_the_same_observations_gated_and_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    codebook = IngestOptions().knowledge.activate().codebook
    paths = _dev_documents(6)
    assert len(paths) == 6 and all(p.exists() for p in paths)

    def forget() -> None:
        codebook._memo.clear()
        codebook._parts.clear()
        codebook._by_label.clear()

    forget()
    gated = [_observations(p) for p in paths]
    assert sum(map(len, gated)) > 20
    assert any(
        row["indicator_id"] != codebook_module.UNCLASSIFIED for rows in gated for row in rows
    )

    def each_indicator(_self: _MatchGate, text: str, negation: re.Pattern[str] | None) -> object:
        return frozenset(i.id for i in codebook.indicators.values() if i.found(text, negation))

    monkeypatch.setattr(_MatchGate, "found", each_indicator)
    forget()
    try:
        assert [_observations(p) for p in paths] == gated
    finally:
        monkeypatch.undo()
        forget()


def _fold_one_by_one(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.lower())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def test_fold_drops_the_same_characters_as_asking_each_one() -> None:
    import sys

    from genero_etl.extract.textutil import fold

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for start in range(0, len(every), 4096):
        chunk = every[start : start + 4096]
        assert fold.__wrapped__(chunk) == _fold_one_by_one(chunk)
    assert fold("  Señoras  Ñandú ÁRBOL ") == "senoras nandu arbol"


def test_plain_rewrites_only_where_its_characters_are() -> None:
    from genero_etl.extract import textutil

    def every_rewrite(text: str) -> str:
        folded = textutil.fold(text)
        for pattern, repl, _needs in textutil._INCLUSIVE:
            folded = pattern.sub(repl, folded)
        return folded

    for pattern, _repl, needs in textutil._INCLUSIVE:
        for code in range(0x30000):  # every character that matches one of them, case ignored
            ch = chr(code)
            if needs and any(re.fullmatch(re.escape(n), ch, re.IGNORECASE) for n in needs):
                assert ch in needs, (pattern.pattern, ch)
    examples = [
        "Las(os) abogadas(os) trabajadorxs aprobadXs l@s niñ@s todes les personas mayores",
        "los/as usuarios/as",
        "℻ todxs",  # compatibility characters decompose to capitals: FAX
    ]
    lines = examples + [
        line
        for path in sorted((TEXTS / "docs").glob("*.txt"))[:200]
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    for line in lines:
        assert textutil.plain.__wrapped__(line) == every_rewrite(line)
    assert textutil.plain.__wrapped__(examples[0]) == (
        "los abogados trabajadoros aprobados los ninos todos les personas mayores"
    )
    assert textutil.plain.__wrapped__(examples[1]) == "los usuarios"
