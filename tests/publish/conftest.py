"""Fixtures for publishing: a staged workspace (ingested once per session, copied per test)
and, for the tests marked ``ckan``, a running CKAN from CKAN_URL / CKAN_API_TOKEN."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.publish import csvsplit, pieces
from genero_etl.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = (
    "ar_lujan_informe_2024.txt",
    "mx_juarez_avgm_2022.md",
    "mx_jocotepec_poa_2024.txt",
    "cl_plan_equidad.txt",
    "cl_plan_equidad.txt.meta.yaml",
)
PUBLISHER = """\
dataset:
  name: {name}
  publisher: Observatorio de Género de la Provincia
  contact_email: datos@observatorio.example.org
  owner_org: {org}
{extra}"""


@pytest.fixture(scope="session")
def staged_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from genero_etl.pipeline import IngestOptions, ingest_paths

    root = tmp_path_factory.mktemp("staged")
    (root / "raw").mkdir()
    for name in SAMPLES:
        shutil.copy(ROOT / "raw" / name, root / "raw" / name)
    ws = Workspace(root)
    result = ingest_paths([ws.raw], ws, IngestOptions())
    assert all(f.ok for f in result.files)
    return root


@pytest.fixture
def staged_ws(staged_template: Path, tmp_path: Path) -> Path:
    """A workspace with the four sample reports staged (no genero-etl.yaml)."""
    target = tmp_path / "ws"
    shutil.copytree(staged_template, target)
    return target


def write_config(
    ws: Path, name: str = "indicadores-genero", org: str = "", extra: str = ""
) -> None:
    text = PUBLISHER.format(name=name, org=org or "observatorio-genero", extra=extra)
    (ws / "genero-etl.yaml").write_text(text, encoding="utf-8")


@pytest.fixture
def configure() -> Callable[..., None]:
    """``configure(ws, name=..., org=..., extra=...)`` writes a genero-etl.yaml with a publisher."""
    return write_config


@pytest.fixture
def ckan_env() -> tuple[str, str]:
    """CKAN_URL and CKAN_API_TOKEN of a running CKAN. Without them the test is skipped,
    except in CI (CI=true), where .ci/run starts CKAN and a missing one is a failure."""
    url, token = os.environ.get("CKAN_URL", ""), os.environ.get("CKAN_API_TOKEN", "")
    if not (url and token):
        if os.environ.get("CI_SKIP_CKAN") == "1":  # .ci/run said so, loudly: not root
            pytest.skip("CKAN could not be started (not root): see the banner of .ci/run")
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but CKAN_URL / CKAN_API_TOKEN are not set: CKAN did not start")
        pytest.skip("no CKAN running: set CKAN_URL and CKAN_API_TOKEN (see .ci/run)")
    return url, token


def write_office_reports(raw: Path, count: int) -> None:
    """Short reports of one office and year: the same keys in every report."""
    raw.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        text = (
            "INFORME DE GESTIÓN 2024\n"
            "Municipio de Luján – Dirección de Géneros y Diversidad\n\n"
            f"- Se atendieron {100 + i} mujeres en situación de violencia.\n"
            f"- Se entregaron {20 + i} botones antipánico.\n"
            f"- Llamadas a la línea de atención: {300 + 7 * i}.\n"
        )
        (raw / f"informe_{i:03d}.txt").write_text(text, encoding="utf-8")


@pytest.fixture
def small_pieces_ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    """40 short reports of one office ingested in ``tmp_path / "ws"``, published with the
    observations CSV and the gate cut into small pieces (a few reports each) and a fixed
    SOURCE_DATE_EPOCH."""
    monkeypatch.setenv(csvsplit.PIECE_ENV, "0.004")
    monkeypatch.setenv(pieces.PIECE_ENV, "0.006")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    ws = Workspace(tmp_path / "ws")
    write_office_reports(ws.raw, 40)
    assert all(f.ok for f in ingest_paths([ws.raw], ws, IngestOptions()).files)
    return ws
