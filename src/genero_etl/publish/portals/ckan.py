"""CKAN: the dataset and resources a version becomes on a CKAN portal (pure mapping), the
``ckan.json`` written beside each version, and ``genero-etl push ckan`` (in ``ckan_push``).

Resources are named after the Data Package's resources (``observations``,
``observations-parquet``, ...) plus ``datapackage`` (the Table Schemas of every table: the
data dictionary); a push matches resources by name, so their ids survive new versions.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from genero_etl.messages import issue
from genero_etl.model import Issue, Severity
from genero_etl.publish.portals import Portal, PushOptions, PushResult, portal
from genero_etl.publish.portals.dcat import dataset_identifier, vocabulary

if TYPE_CHECKING:
    from genero_etl.publish.build import Release
    from genero_etl.workspace import Workspace

_PERIODICITY = {"R/P1Y": "anual", "R/P6M": "semestral", "R/P3M": "trimestral", "R/P1M": "mensual"}
DICTIONARY = "datapackage"  # the resource holding datapackage.json
# The dataset fields genero-etl sets, compared with the portal's on every push.
PACKAGE_FIELDS = (
    "title", "notes", "license_id", "version", "author", "author_email",
    "maintainer", "maintainer_email", "url",
)  # fmt: skip
RESOURCE_FIELDS = ("description", "format", "mimetype", "hash", "size", "schema")


def license_id(name: str) -> tuple[str, list[Issue]]:
    """The CKAN id of a licence given by its SPDX name (or already as a CKAN id)."""
    licenses: dict[str, dict[str, str]] = vocabulary()["licenses"]
    by_name = {k.lower(): v["ckan"] for k, v in licenses.items()}
    ckan_ids = {v["ckan"] for v in licenses.values()}
    if name.lower() in by_name:
        return by_name[name.lower()], []
    if name in ckan_ids:
        return name, []
    known = ", ".join(sorted(licenses))
    return name, [issue("ckan-license-unknown", Severity.WARNING, license=name, known=known)]


def package_fields(release: Release) -> tuple[dict[str, Any], list[Issue]]:
    """The dataset's metadata as CKAN fields (no resources)."""
    config = release.config
    licence, notices = license_id(config.license_name)
    extras = {
        "identifier": dataset_identifier(config.name),
        "issued": release.issued,
        "modified": release.modified,
        "frequency": _PERIODICITY.get(config.periodicity, config.periodicity),
        "language": "spa",
        "temporal_start": release.coverage.start,
        "temporal_end": release.coverage.end,
        "spatial_text": ", ".join(release.coverage.spatial),
        "theme": ", ".join(release.coverage.themes),
    }
    fields: dict[str, Any] = {
        "name": config.name,
        "title": config.title,
        "notes": config.description,
        "owner_org": config.owner_org,
        "license_id": licence,
        "version": release.version,
        "author": config.publisher,
        "author_email": config.contact_email,
        "maintainer": config.maintainer or config.publisher,
        "maintainer_email": config.maintainer_email or config.contact_email,
        "url": config.homepage,
        "tags": [{"name": k} for k in config.keywords],
        "extras": [{"key": k, "value": v} for k, v in extras.items() if v],
    }
    return fields, notices


def resource_specs(release: Release) -> list[dict[str, Any]]:
    """One CKAN resource per Data Package resource plus the data dictionary, in order;
    ``path`` is the file relative to the version folder (not sent to CKAN)."""
    base = release.config.base_url.rstrip("/")
    specs = []
    for r in release.package["resources"]:
        spec: dict[str, Any] = {
            "name": r["name"],
            "description": r.get("description") or r.get("title", ""),
            "format": str(r["format"]).upper(),
            "mimetype": r["mediatype"],
            "size": r["bytes"],
            "hash": r["hash"],
            "path": r["path"],
        }
        if r.get("schema") and r["format"] == "csv":
            spec["schema"] = json.dumps(r["schema"], ensure_ascii=False, sort_keys=True)
        specs.append(spec)
    size, sha = release.files.get("datapackage.json", (0, ""))
    specs.append(
        {
            "name": DICTIONARY,
            "description": "Data Package (Frictionless): Table Schema de cada tabla, con la "
            "descripción, el tipo y las restricciones de cada columna (diccionario de datos).",
            "format": "JSON",
            "mimetype": "application/json",
            "size": size,
            "hash": f"sha256:{sha}" if sha else "",
            "path": "datapackage.json",
        }
    )
    for spec in specs:
        if base:
            spec["url"] = f"{base}/{release.config.name}/{release.version}/{spec['path']}"
    return specs


def ckan_json(release: Release) -> dict[str, Any]:
    """The body of a ``package_create`` for this version (links, or file names to upload)."""
    fields, _ = package_fields(release)
    fields["resources"] = [
        {k: v for k, v in spec.items() if k != "path"} | {"url": spec.get("url", spec["path"])}
        for spec in resource_specs(release)
        if spec["name"] != DICTIONARY
    ]
    return fields


@portal("ckan")
class Ckan(Portal):
    can_push = True

    def version_files(self, release: Release) -> tuple[dict[str, bytes], list[Issue]]:
        body = json.dumps(ckan_json(release), ensure_ascii=False, indent=2) + "\n"
        return {"ckan.json": body.encode("utf-8")}, []

    def push(self, ws: Workspace, options: PushOptions) -> PushResult:
        from genero_etl.publish.portals.ckan_push import push

        return push(ws, options)
