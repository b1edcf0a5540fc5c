"""Where the shipped schemas, codebook and gazetteers live, and how a workspace overrides them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def default_schemas_dir() -> Path:
    """The schemas shipped with the package.

    In a wheel they are copied to ``genero_etl/schemas``; in a source checkout
    (editable install, tests) they are the project's top-level ``schemas/``.
    """
    packaged = _PACKAGE_DIR / "schemas"
    if packaged.is_dir():
        return packaged
    checkout = _PACKAGE_DIR.parent.parent / "schemas"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("genero_etl schemas are missing from the installation")


def data_dir() -> Path:
    return _PACKAGE_DIR / "data"


def schema_path(name: str, workspace_schemas: Path | None = None) -> Path:
    """A workspace's ``schemas/<name>.schema.json`` overrides the shipped one."""
    filename = f"{name}.schema.json"
    if workspace_schemas is not None and (workspace_schemas / filename).is_file():
        return workspace_schemas / filename
    return default_schemas_dir() / filename
