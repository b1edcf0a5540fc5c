"""Portals that publish or harvest what `publish` writes, registered by decorator.

A portal may add files to each version folder (``version_files``: DCAT's ``data.json``,
CKAN's ``ckan.json``), update something after a version is in place (``after_publish``:
the stable ``published/data.json`` catalogue), and send a version to a server (``push``:
CKAN). Adding a portal is one module with one decorated class, imported in ``_MODULES``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from genero_etl.errors import UsageError

if TYPE_CHECKING:
    from genero_etl.model import Issue
    from genero_etl.publish.build import Release
    from genero_etl.workspace import Workspace

_MODULES = ("genero_etl.publish.portals.dcat", "genero_etl.publish.portals.ckan")


@dataclass(slots=True)
class PushOptions:
    dataset: str | None = None  # default: genero-etl.yaml's dataset name
    version: str | None = None  # default: the latest published version
    dry_run: bool = False
    create_org: bool = False


@dataclass(slots=True)
class PushResult:
    portal: str
    dataset: str
    version: str
    url: str
    action: str  # "create", "update" or "unchanged"
    resources: dict[str, str] = field(default_factory=dict)  # name -> created/updated/unchanged
    resource_ids: dict[str, str] = field(default_factory=dict)  # name -> portal's id
    changes: list[str] = field(default_factory=list)  # metadata fields that change
    dry_run: bool = False
    notices: list[Issue] = field(default_factory=list)

    def count(self, state: str) -> int:
        return sum(1 for s in self.resources.values() if s == state)

    def to_dict(self) -> dict[str, Any]:
        return {
            "portal": self.portal,
            "dataset": self.dataset,
            "version": self.version,
            "url": self.url,
            "action": self.action,
            "dry_run": self.dry_run,
            "changes": self.changes,
            "resources": self.resources,
            "resource_ids": self.resource_ids,
            "notices": [n.to_dict() for n in self.notices],
        }


class Portal:
    """Base of every portal; each hook does nothing unless the portal overrides it."""

    name: ClassVar[str] = ""
    can_push: ClassVar[bool] = False

    def version_files(self, release: Release) -> tuple[dict[str, bytes], list[Issue]]:
        """Files to write inside the version folder, and warnings about them."""
        return {}, []

    def after_publish(self, ws: Workspace, release: Release) -> list[Issue]:
        """Run once the version folder is in place; returns warnings."""
        return []

    def push(self, ws: Workspace, options: PushOptions) -> PushResult:
        raise UsageError("portal-no-push", name=self.name, known=", ".join(pushable()))


PORTALS: dict[str, type[Portal]] = {}


def portal(name: str) -> Callable[[type[Portal]], type[Portal]]:
    def register(cls: type[Portal]) -> type[Portal]:
        cls.name = name
        PORTALS[name] = cls
        return cls

    return register


def portals() -> dict[str, Portal]:
    """Every registered portal, instantiated, in registration order."""
    for module in _MODULES:
        importlib.import_module(module)
    return {name: cls() for name, cls in PORTALS.items()}


def pushable() -> list[str]:
    return [name for name, p in portals().items() if p.can_push]


def get_portal(name: str) -> Portal:
    found = portals()
    if name not in found:
        raise UsageError("unknown-name", name=name, family="portal", known=", ".join(found))
    return found[name]
