"""Fixtures of the review tests (helpers live in helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from review.helpers import invoke


@pytest.fixture
def staged_ws(workspace: Path) -> Path:
    result = invoke("ingest", "--workspace", str(workspace))
    assert result.exit_code == 0, result.output
    return workspace
