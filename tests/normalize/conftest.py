"""Fixtures of the normalize tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from genero_etl.countries import use_workspace

from .workspace_gazetteers import add_pe_co_gazetteers


@pytest.fixture
def pe_co_workspace(tmp_path: Path) -> Iterator[Path]:
    """A workspace (``tmp_path``) that replaces the PE and CO municipal lists with samples."""
    use_workspace(add_pe_co_gazetteers(tmp_path / "schemas"))
    try:
        yield tmp_path
    finally:
        use_workspace(None)
