"""Shared fixtures. Paths are anchored on this folder, never on the working directory."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests judge results, not speed: on a loaded 2-core machine one example can take
# longer than hypothesis' default 200 ms deadline, which would fail a correct run.
settings.register_profile("genero-etl", deadline=None)
settings.load_profile("genero-etl")

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A fresh workspace with the project's sample text reports in raw/."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in (
        "ar_lujan_informe_2024.txt",
        "mx_juarez_avgm_2022.md",
        "mx_jocotepec_poa_2024.txt",
        "cl_plan_equidad.txt",
        "cl_plan_equidad.txt.meta.yaml",
    ):
        shutil.copy(RAW / name, raw / name)
    return tmp_path
