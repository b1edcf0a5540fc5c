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


def test_a_known_leak_fails_only_when_it_grows(tmp_path: Path) -> None:
    # the leak corpus_dev39 recorded while it was the held-out corpus_holdout19, until its fix
    (tmp_path / "known_leaks.yml").write_text("forbidden: 182\npersonal: 2\n", encoding="utf-8")
    known = known_leaks(tmp_path)
    assert known == {"forbidden": 182, "personal": 2}
    assert leaks_fail(182, 2, known) is False
    assert leaks_fail(0, 0, known) is False
    assert leaks_fail(183, 2, known) is True
    assert leaks_fail(182, 3, known) is True


def test_no_set_records_a_leak() -> None:
    # corpus_dev39's (182 forbidden, 2 personal) went with its fix: every set fails on any leak
    assert sorted(p.parent.name for p in HERE.glob("corpus_*/known_leaks.yml")) == []
    assert known_leaks(HERE / "corpus_dev39") == {}
