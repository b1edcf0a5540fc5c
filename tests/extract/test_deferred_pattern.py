"""``DeferredPattern``: compiled on first use, matching what ``re.compile`` matches."""

from __future__ import annotations

import re

from genero_etl.extract.textutil import DeferredPattern


def test_compiled_only_when_first_run_and_matches_like_re() -> None:
    source = r"(?:ordenanza|ley)\s+(?:n[°º]?\s*)?(\d+)"
    deferred = DeferredPattern(source, re.IGNORECASE)
    assert deferred._compiled is None  # nothing compiled when the rules are built
    text = "Ordenanza N° 1234/2019 y Ley 27499; ordenanza 77."
    assert [m.span() for m in deferred.finditer(text)] == [(0, 17), (25, 34), (36, 48)]
    assert deferred.findall(text) == ["1234", "27499", "77"]
    assert deferred.findall(text) == re.compile(source, re.IGNORECASE).findall(text)
    assert deferred.compiled is deferred.compiled  # compiled once
