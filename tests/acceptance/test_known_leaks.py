"""A table set's measured, unfixed leak: printed on every run, failing when it grows."""

from __future__ import annotations

from pathlib import Path

from acceptance.corpus.run_corpus import known_leaks, leaks_fail

HERE = Path(__file__).resolve().parent


def test_a_set_without_a_known_leak_fails_on_any_leak() -> None:
    known = known_leaks(HERE / "corpus_holdout18")
    assert known == {}
    assert leaks_fail(0, 0, known) is False
    assert leaks_fail(1, 0, known) is True
    assert leaks_fail(0, 1, known) is True


def test_a_known_leak_fails_only_when_it_grows() -> None:
    known = known_leaks(HERE / "corpus_dev39")
    assert known == {"forbidden": 182, "personal": 2}
    assert leaks_fail(182, 2, known) is False
    assert leaks_fail(0, 0, known) is False
    assert leaks_fail(183, 2, known) is True
    assert leaks_fail(182, 3, known) is True


def test_only_the_former_nineteenth_held_out_set_records_a_leak() -> None:
    assert sorted(p.parent.name for p in HERE.glob("corpus_*/known_leaks.yml")) == ["corpus_dev39"]
