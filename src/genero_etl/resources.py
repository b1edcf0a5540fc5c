"""Where the shipped schemas, codebook and gazetteers live, and how a workspace overrides them."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import IO, Any, Protocol, TypeVar


class _Clearable(Protocol):
    def cache_clear(self) -> None: ...

    def __call__(self, *args: Any, **kwargs: Any) -> Any: ...


_Cached = TypeVar("_Cached", bound=_Clearable)

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
    # not a FileNotFoundError: a reader that treats a missing input as data must not swallow
    # it, and the command must say what is broken (exit 70), not that a file is unwritable
    raise RuntimeError(
        f"genero_etl schemas are missing from the installation (looked in {packaged} and "
        f"{checkout})"
    )


def data_dir() -> Path:
    return _PACKAGE_DIR / "data"


def schema_path(name: str, workspace_schemas: Path | None = None) -> Path:
    """A workspace's ``schemas/<name>.schema.json`` overrides the shipped one."""
    filename = f"{name}.schema.json"
    if workspace_schemas is not None and (workspace_schemas / filename).is_file():
        return workspace_schemas / filename
    return default_schemas_dir() / filename


_WORKSPACE_CACHES: list[Callable[[], None]] = []


def workspace_cache(loader: _Cached) -> _Cached:
    """Mark a cached loader of workspace files: when a workspace's files change, every
    marked cache is emptied (``genero_etl.knowledge.Knowledge.of`` notices the change)."""
    _WORKSPACE_CACHES.append(loader.cache_clear)
    return loader


def forget_workspace_files() -> None:
    """Empty the caches of everything read from workspace files."""
    for clear in _WORKSPACE_CACHES:
        clear()


def load_yaml(text: str | IO[str]) -> Any:
    """``yaml.safe_load`` through the C parser when libyaml is there (about 8x faster on the
    shipped lexicon and codebook); a document only the pure parser accepts is read by it, so
    what is loaded never depends on which parser ran."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", None)
    if loader is not None:
        if not isinstance(text, str):
            text = text.read()
        try:
            return yaml.load(text, Loader=loader)
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)
