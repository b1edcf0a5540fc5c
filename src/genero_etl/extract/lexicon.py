"""The Spanish lexicon: the words extraction keys on, as data.

The shipped ``schemas/lexicon/es.yaml`` is read first, then every
``schemas/lexicon/*.yaml`` of a workspace in name order. Lists are appended to the
lists read before them and mappings are merged key by key (the later file wins), so a
workspace adds cue words without copying the shipped file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from genero_etl.countries import active_workspace
from genero_etl.resources import default_schemas_dir, workspace_cache

LEXICON_DIR = "lexicon"
SHIPPED = "es.yaml"


@dataclass(frozen=True, slots=True)
class SpanishLexicon:
    """The merged lexicon; ``section('numbers')`` and ``words('currency', 'words')`` read it."""

    data: Mapping[str, Any]
    sources: tuple[str, ...]

    def section(self, *path: str) -> Mapping[str, Any]:
        node: Any = self.data
        for key in path:
            node = node.get(key, {}) if isinstance(node, Mapping) else {}
        return node if isinstance(node, Mapping) else {}

    def words(self, *path: str) -> tuple[str, ...]:
        node: Any = self.data
        for key in path:
            node = node.get(key, []) if isinstance(node, Mapping) else []
        if isinstance(node, Mapping):
            return tuple(str(k) for k in node)
        return tuple(str(w) for w in node or [])


def lexicon_files(workspace_schemas: Path | None = None) -> tuple[str, ...]:
    if workspace_schemas is None:
        return _shipped_files()
    files = [default_schemas_dir() / LEXICON_DIR / SHIPPED]
    if (workspace_schemas / LEXICON_DIR).is_dir():
        files.extend(sorted((workspace_schemas / LEXICON_DIR).glob("*.yaml")))
    return tuple(str(f) for f in files)


@cache
def _shipped_files() -> tuple[str, ...]:
    """The shipped lexicon's file, named once (``cues()`` asks for it per sentence)."""
    return (str(default_schemas_dir() / LEXICON_DIR / SHIPPED),)


def load_lexicon(workspace_schemas: Path | None = None) -> SpanishLexicon:
    """The shipped lexicon extended by a workspace's ``schemas/lexicon/*.yaml``."""
    return _load(lexicon_files(workspace_schemas))


def default_lexicon() -> SpanishLexicon:
    return _load(lexicon_files(None))


def active_lexicon() -> SpanishLexicon:
    """The lexicon of the active workspace (``Knowledge.activate``): the shipped one extended
    by its ``schemas/lexicon/*.yaml``; the shipped one alone when no workspace is active
    (``active_workspace`` imported with the module: this runs about a hundred times per
    report, and an import statement costs more than the rest of it)."""
    return _active(active_workspace())


@workspace_cache
@cache
def _active(workspace: Path | None) -> SpanishLexicon:
    return _load(lexicon_files(workspace))


_T = TypeVar("_T")


def per_active_lexicon(build: Callable[[SpanishLexicon], _T]) -> Callable[[], _T]:
    """``build`` (patterns compiled from lexicon words) run once per set of lexicon files and
    called on the active one: a workspace's lexicon gives its own, the shipped one is reused,
    and an edited workspace file builds it again (the cache is a workspace cache)."""
    built = workspace_cache(cache(lambda sources: build(_load(sources))))
    # and by active workspace (about a hundred calls per report): one lookup, emptied with
    # the others when a workspace's files change
    of_workspace = workspace_cache(cache(lambda workspace: built(_active(workspace).sources)))

    def current() -> _T:
        return of_workspace(active_workspace())

    current.__doc__ = build.__doc__
    return current


@workspace_cache
@cache
def _load(files: tuple[str, ...]) -> SpanishLexicon:
    from genero_etl.resources import load_yaml

    merged: dict[str, Any] = {}
    for file in files:
        with open(file, encoding="utf-8") as handle:
            data = load_yaml(handle) or {}
        if not isinstance(data, dict):
            raise ValueError(f"{file}: a lexicon file must be a mapping")
        _merge(merged, data)
    return SpanishLexicon(merged, files)


def _merge(into: dict[str, Any], extra: Mapping[str, Any]) -> None:
    for key, value in extra.items():
        current = into.get(key)
        if isinstance(current, dict) and isinstance(value, Mapping):
            _merge(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(v for v in value if v not in current)
        elif isinstance(value, Mapping):
            into[key] = {}
            _merge(into[key], value)
        else:
            into[key] = list(value) if isinstance(value, list) else value
