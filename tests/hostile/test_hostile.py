"""Every hostile case: expected exit and message code, < 30 s, < 1 GiB, workspace consistent."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "make_hostile_corpus", ROOT / "scripts" / "make_hostile_corpus.py"
)
assert _spec is not None and _spec.loader is not None
corpus = importlib.util.module_from_spec(_spec)
sys.modules["make_hostile_corpus"] = corpus
_spec.loader.exec_module(corpus)

FULL = os.environ.get("GENERO_ETL_FUZZ") == "full"
CASES = [c for c in corpus.CASES if FULL or c.quick]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_case(case: object) -> None:
    outcome = corpus.run_case(case, ROOT / "src", max_seconds=30.0, max_mib=1024.0)
    assert outcome.problems == [], outcome.problems
    assert outcome.exit != 70
    assert outcome.seconds < 30.0
    assert outcome.peak_mib < 1024.0
