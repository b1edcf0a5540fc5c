"""DCAT-AR ``data.json``: the catalogue that Argentina's portals (and Andino, CKAN's DCAT
harvester) read, in the profile that ``pydatajson`` validates.

Each version folder gets a ``data.json`` with that version as its one dataset; after every
publish ``published/data.json`` is rebuilt with every dataset at its latest version, the
one stable address a harvester needs. A dataset keeps one identifier across versions (a
UUID5 of its name) and the date it was first published (``issued``); ``modified`` is the
version's date.
"""

from __future__ import annotations

import json
import uuid
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.messages import issue
from genero_etl.model import Issue, Severity
from genero_etl.publish.portals import Portal, portal

if TYPE_CHECKING:
    from genero_etl.publish.build import Release
    from genero_etl.workspace import Workspace

SUPER_THEME_TAXONOMY = "http://datos.gob.ar/superThemeTaxonomy.json"
CATALOGUE = "data.json"
# Dataset identifiers are UUID5s of "genero-etl:dataset:<name>" in the URL namespace.
_ID_PREFIX = "genero-etl:dataset:"
_FIELD_TYPES = {"number": "number", "integer": "integer", "boolean": "boolean", "date": "date"}


@cache
def vocabulary() -> dict[str, Any]:

    from genero_etl.resources import load_yaml

    path = Path(__file__).with_name("vocabulary.yaml")
    data: dict[str, Any] = load_yaml(path.read_text(encoding="utf-8"))
    return data


def dataset_identifier(name: str) -> str:
    """The same for every version of a dataset, different for every dataset name."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, _ID_PREFIX + name))


def missing_publisher(release: Release) -> list[str]:
    config = release.config
    fields = {"dataset.publisher": config.publisher, "dataset.contact_email": config.contact_email}
    return [key for key, value in fields.items() if not value.strip()]


def url(release: Release, rel: str) -> str:
    """Absolute under ``base_url`` (``<base>/<name>/<version>/<rel>``), else relative to
    the version folder."""
    base = release.config.base_url.rstrip("/")
    return f"{base}/{release.config.name}/{release.version}/{rel}" if base else rel


def _fields(schema: dict[str, Any]) -> list[dict[str, str]]:
    return [
        {
            "title": f["name"],
            "type": _FIELD_TYPES.get(f.get("type", "string"), "string"),
            "description": f.get("description", ""),
        }
        for f in schema.get("fields", [])
    ]


def distribution(release: Release, resource: dict[str, Any], dataset_id: str) -> dict[str, Any]:
    fmt = str(resource["format"])
    title = str(resource.get("title") or resource["name"])
    return {
        "identifier": f"{dataset_id}-{resource['name']}",
        "title": title + (" (Parquet)" if fmt == "parquet" else ""),
        "description": resource.get("description") or title,
        "format": fmt.upper(),
        "mediaType": resource["mediatype"],
        "fileName": Path(resource["path"]).name,
        "downloadURL": url(release, resource["path"]),
        "accessURL": url(release, "datapackage.json"),
        "byteSize": resource["bytes"],
        "hash": resource["hash"],
        "license": license_title(release.config.license_name, release.config.license_title),
        "issued": release.modified,
        "modified": release.modified,
        "field": _fields(resource.get("schema", {})),
    }


def license_title(name: str, configured: str) -> str:
    known = vocabulary()["licenses"].get(name)
    return str(known["title"]) if known else configured or name


def landing_page(release: Release) -> str:
    config = release.config
    if config.homepage:
        return config.homepage
    base = config.base_url.rstrip("/")
    return f"{base}/{config.name}/" if base else ""


def dataset_entry(release: Release) -> dict[str, Any]:
    """The DCAT-AR dataset of one version."""
    config = release.config
    identifier = dataset_identifier(config.name)
    publisher = {"name": config.publisher, "mbox": config.contact_email}
    entry: dict[str, Any] = {
        "identifier": identifier,
        "title": config.title,
        "description": config.description,
        "publisher": publisher,
        "contactPoint": {
            "fn": config.maintainer or config.publisher,
            "hasEmail": config.maintainer_email or config.contact_email,
        },
        "superTheme": list(config.super_themes),
        "theme": list(release.coverage.themes),
        "keyword": list(config.keywords),
        "issued": release.issued,
        "modified": release.modified,
        "accrualPeriodicity": config.periodicity,
        "language": ["spa"],
        "license": license_title(config.license_name, config.license_title),
        "version": release.version,
        "distribution": [
            distribution(release, r, identifier) for r in release.package["resources"]
        ],
    }
    if release.coverage.temporal:
        entry["temporal"] = release.coverage.temporal
    if release.coverage.spatial:
        entry["spatial"] = release.coverage.spatial
    if landing_page(release):
        entry["landingPage"] = landing_page(release)
    return entry


def theme_taxonomy(themes: list[str]) -> list[dict[str, str]]:
    labels: dict[str, dict[str, str]] = vocabulary()["themes"]
    out = []
    for theme in sorted(set(themes)):
        known = labels.get(theme, {})
        label = known.get("label") or theme.replace("_", " ").capitalize()
        out.append({"id": theme, "label": label, "description": known.get("description", label)})
    return out


def catalog(
    datasets: list[dict[str, Any]], publisher: dict[str, str], homepage: str = ""
) -> dict[str, Any]:
    """A DCAT-AR catalogue of ``datasets``; ``publisher`` is the catalogue's."""
    themes = [t for d in datasets for t in d.get("theme", [])]
    issued = min((str(d["issued"]) for d in datasets if d.get("issued")), default="")
    modified = max((str(d["modified"]) for d in datasets if d.get("modified")), default="")
    licenses = {str(d.get("license", "")) for d in datasets}
    spatial = sorted({str(p) for d in datasets for p in d.get("spatial", [])})
    out: dict[str, Any] = {
        "title": f"Datos abiertos de género: {publisher['name']}",
        "description": (
            "Indicadores de las oficinas de género, publicados como datos abiertos con genero-etl: "
            "cada valor con su lugar, periodo y procedencia."
        ),
        "publisher": publisher,
        "superThemeTaxonomy": SUPER_THEME_TAXONOMY,
        "themeTaxonomy": theme_taxonomy(themes),
        "language": ["spa"],
        "dataset": datasets,
    }
    optional = {
        "issued": issued,
        "modified": modified,
        "homepage": homepage,
        "license": licenses.pop() if len(licenses) == 1 else "",
        "spatial": spatial,
    }
    out.update({k: v for k, v in optional.items() if v})
    return out


def homepage(release: Release) -> str:
    return release.config.homepage or release.config.base_url


def _json(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def rebase(entry: dict[str, Any], prefix: str) -> dict[str, Any]:
    """A dataset entry whose relative URLs (relative to its version folder) are made
    relative to the folder ``prefix`` names, e.g. ``<name>/<version>/``."""
    moved: dict[str, Any] = json.loads(json.dumps(entry))
    for dist in moved.get("distribution", []):
        for key in ("downloadURL", "accessURL"):
            value = str(dist.get(key, ""))
            if value and "://" not in value:
                dist[key] = prefix + value
    return moved


def latest_entries(published: Path) -> list[dict[str, Any]]:
    """Each dataset's entry at its latest version (from the version folders' data.json)."""
    entries = []
    for index_path in sorted(published.glob("*/versions.json")):
        try:
            index = json.loads(index_path.read_text(encoding="utf-8"))
        except ValueError:
            continue
        latest = str(index.get("latest", ""))
        version_catalog = index_path.parent / latest / CATALOGUE
        if not latest or not version_catalog.is_file():
            continue
        for entry in json.loads(version_catalog.read_text(encoding="utf-8")).get("dataset", []):
            entries.append(rebase(entry, f"{index_path.parent.name}/{latest}/"))
    return entries


def first_issued(dataset_dir: Path, fallback: str) -> str:
    """The ``created`` of the dataset's first published version (versions.json), else
    ``fallback`` (this is the first)."""
    index_path = dataset_dir / "versions.json"
    if index_path.is_file():
        try:
            versions = json.loads(index_path.read_text(encoding="utf-8")).get("versions", [])
        except ValueError:
            versions = []
        dates = [str(v["created"]) for v in versions if v.get("created")]
        if dates:
            return min(dates)
    return fallback


@portal("dcat")
class Dcat(Portal):
    """DCAT-AR data.json, per version and as the stable ``published/data.json``."""

    def version_files(self, release: Release) -> tuple[dict[str, bytes], list[Issue]]:
        missing = missing_publisher(release)
        if missing:
            return {}, [
                issue("dcat-publisher-missing", Severity.WARNING, missing=", ".join(missing))
            ]
        publisher = {"name": release.config.publisher, "mbox": release.config.contact_email}
        notices = []
        if not release.config.base_url:
            notices.append(issue("dcat-no-base-url", Severity.WARNING))
        body = catalog([dataset_entry(release)], publisher, homepage(release))
        return {CATALOGUE: _json(body)}, notices

    def after_publish(self, ws: Workspace, release: Release) -> list[Issue]:
        from genero_etl.stage import atomic_write_bytes

        if missing_publisher(release):
            return []
        entries = latest_entries(ws.published)
        publisher = {"name": release.config.publisher, "mbox": release.config.contact_email}
        path = ws.published / CATALOGUE
        atomic_write_bytes(path, _json(catalog(entries, publisher, homepage(release))))
        return [
            issue("catalogue-written", Severity.INFO, count=len(entries), path=ws.display(path))
        ]
