"""``DeferredPattern``: compiled on first use, matching what ``re.compile`` matches."""

from __future__ import annotations

import re

from genero_etl.extract.textutil import DeferredPattern


def test_compiled_only_when_first_run_and_matches_like_re() -> None:
    source = r"(?:ordenanza|ley)\s+(?:n[°º]?\s*)?(\d+)"
    deferred = DeferredPattern(source, re.IGNORECASE)
    assert "_compiled" not in vars(deferred)  # nothing compiled when the rules are built
    text = "Ordenanza N° 1234/2019 y Ley 27499; ordenanza 77."
    assert [m.span() for m in deferred.finditer(text)] == [(0, 17), (25, 34), (36, 48)]
    assert deferred.findall(text) == ["1234", "27499", "77"]
    assert deferred.findall(text) == re.compile(source, re.IGNORECASE).findall(text)
    assert deferred.compiled is deferred.compiled  # compiled once


def test_each_method_answers_as_the_compiled_pattern() -> None:
    source = r"(?<!\w)(?P<cue>m[aá]s\s+de)\s+(\d+)"
    compiled = re.compile(source, re.IGNORECASE)
    text = "Más de 40 talleres, mas de 7 y MÁS DE 1200."
    for method, args in (
        ("search", (text,)),
        ("search", (text, 20)),
        ("match", (text,)),
        ("match", (text, 20, 30)),
        ("fullmatch", ("más de 3",)),
    ):
        deferred = DeferredPattern(source, re.IGNORECASE)
        found = getattr(deferred, method)(*args)
        expected = getattr(compiled, method)(*args)
        assert (found.span(), found.groups()) == (expected.span(), expected.groups()), method
    deferred = DeferredPattern(source, re.IGNORECASE)
    assert deferred.sub(r"[\2]", text) == "[40] talleres, [7] y [1200]."
    assert deferred.sub(lambda m: m["cue"].upper(), text, 1) == compiled.sub(
        lambda m: m["cue"].upper(), text, 1
    )
    assert deferred.split(text) == compiled.split(text)
    assert (deferred.groups, dict(deferred.groupindex)) == (2, {"cue": 1})
    # once compiled, a call goes straight to the compiled pattern's own method; one that
    # opens with a lookbehind is searched through its gate (``test_lead_gate.py``)
    plain = DeferredPattern(source.removeprefix(r"(?<!\w)"), re.IGNORECASE)
    assert plain.compiled.search == plain.search  # compiled first, then its own method
    assert vars(plain)["search"] == plain.compiled.search
    assert vars(plain)["finditer"] == plain.compiled.finditer
    assert vars(deferred)["search"] == compiled.search  # case ignored: no gate
    gated = DeferredPattern(r"(?<!\w)Más\s+de")
    assert gated.compiled.match == vars(gated)["match"]
    assert vars(gated)["search"] != gated.compiled.search
