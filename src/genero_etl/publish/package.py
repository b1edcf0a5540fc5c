"""Write a versioned Frictionless Data Package: CSV and Parquet for every table.

A version folder is written under a temporary name and renamed into place at the end,
so a reader never sees half a version, and an existing version is never replaced.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl import __version__
from genero_etl.errors import NothingToDo, OutputConflict, StagingInvalid, UsageError
from genero_etl.publish.arrow import neutralise_formulas, table_rows, table_schema
from genero_etl.publish.tables import TABLES, build_tables
from genero_etl.stage import atomic_write_bytes, read_staged_for_publish
from genero_etl.workspace import DatasetConfig, Workspace

if TYPE_CHECKING:
    import pyarrow as pa

VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")

GAZETTEER_SOURCES = [
    {
        "title": "INEGI, Catálogo Único de Claves de Áreas Geoestadísticas Estatales, Municipales y Localidades (corte 2026/06)",
        "path": "https://www.inegi.org.mx/app/ageeml/",
    },
    {
        "title": "Georef / IGN, datos.gob.ar: Unidades territoriales (provincias y departamentos)",
        "path": "https://datos.gob.ar/dataset/jgm-servicio-normalizacion-datos-geograficos",
    },
    {
        "title": "SUBDERE, Códigos Únicos Territoriales (CUT 2018)",
        "path": "https://www.subdere.gov.cl/documentacion/c%C3%B3digos-%C3%BAnicos-territoriales-actualizados-al-06-de-septiembre-2018",
    },
]


@dataclass(slots=True)
class PublishResult:
    dataset: str
    version: str
    path: Path
    rows: dict[str, int]
    files: dict[str, tuple[int, str]]  # relative path -> (bytes, sha256)


def existing_versions(dataset_dir: Path) -> list[tuple[int, int, int]]:
    if not dataset_dir.is_dir():
        return []
    found = []
    for child in dataset_dir.iterdir():
        m = VERSION.match(child.name)
        if m and child.is_dir():
            found.append((int(m.group(1)), int(m.group(2)), int(m.group(3))))
    return sorted(found)


def next_version(dataset_dir: Path) -> str:
    versions = existing_versions(dataset_dir)
    if not versions:
        return "1.0.0"
    major, minor, _ = versions[-1]
    return f"{major}.{minor + 1}.0"


def csv_bytes(table: pa.Table) -> bytes:
    """CSV as frictionless reads it: numbers without a trailing '.0', booleans true/false."""
    import pyarrow as pa
    import pyarrow.csv as pcsv

    columns = []
    for column in table.columns:
        if (
            pa.types.is_floating(column.type)
            or pa.types.is_boolean(column.type)
            or pa.types.is_date(column.type)
        ):
            column = column.cast(pa.string())
        columns.append(column)
    as_text = pa.Table.from_arrays(columns, names=table.column_names)
    sink = io.BytesIO()
    pcsv.write_csv(as_text, sink, pcsv.WriteOptions(include_header=True, quoting_style="needed"))
    return sink.getvalue()


def parquet_bytes(table: pa.Table) -> bytes:
    import pyarrow.parquet as pq

    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def _created() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def descriptor(
    config: DatasetConfig,
    version: str,
    schemas: dict[str, dict[str, Any]],
    files: dict[str, tuple[int, str]],
    sources: list[dict[str, Any]],
) -> dict[str, Any]:
    resources = []
    for table in TABLES:
        for fmt in ("csv", "parquet"):
            rel = f"data/{table}.{fmt}"
            size, sha = files[rel]
            resource: dict[str, Any] = {
                "name": table if fmt == "csv" else f"{table}-parquet",
                "path": rel,
                "profile": "tabular-data-resource",
                "format": fmt,
                "mediatype": "text/csv" if fmt == "csv" else "application/vnd.apache.parquet",
                "title": schemas[table].get("title", table),
                "description": schemas[table].get("description", ""),
                "bytes": size,
                "hash": f"sha256:{sha}",
                "schema": schemas[table],
            }
            if fmt == "parquet":
                # frictionless reads Parquet through pyarrow and cannot count its bytes;
                # as a "file" resource its hash and bytes are verified, and the schema
                # (the CSV's) still documents the columns.
                resource["profile"] = "data-resource"
                resource["type"] = "file"
            if fmt == "csv":
                resource["encoding"] = "utf-8"
                resource["dialect"] = {"delimiter": ",", "lineTerminator": "\n", "header": True}
            resources.append(resource)
    contributors: list[dict[str, str]] = []
    if config.publisher:
        contributors.append({"title": config.publisher, "role": "publisher"})
    offices = sorted({str(s.get("office")) for s in sources if s.get("office")})
    contributors += [{"title": office, "role": "author"} for office in offices]
    contributors.append({"title": f"genero-etl {__version__}", "role": "wrangler"})
    report_sources = [
        {"title": f"{s['source_file']} (sha256 {str(s['source_sha256'])[:12]}…)"} for s in sources
    ]
    package: dict[str, Any] = {
        "profile": "data-package",
        "name": config.name,
        "title": config.title,
        "description": config.description,
        "version": version,
        "created": _created(),
        "keywords": config.keywords,
        "licenses": [
            {
                "name": config.license_name,
                "title": config.license_title,
                "path": config.license_path,
            }
        ],
        "sources": [*GAZETTEER_SOURCES, *report_sources],
        "contributors": contributors,
        "resources": resources,
    }
    if config.homepage:
        package["homepage"] = config.homepage
    return package


def publish(
    ws: Workspace,
    dataset_name: str | None = None,
    version: str | None = None,
    allow_stale: bool = False,
) -> PublishResult:
    staged = read_staged_for_publish(ws, allow_stale)  # refuses stale or mismatched staging
    if not staged:
        raise NothingToDo("nothing-staged", path=ws.display(ws.staging))
    config = ws.dataset(dataset_name)
    dataset_dir = ws.published / config.name
    if version is not None and not VERSION.match(version):
        raise UsageError("bad-version", version=version)
    version = version or next_version(dataset_dir)
    target = dataset_dir / version
    if target.exists():
        raise OutputConflict("version-exists", path=ws.display(target), version=version)
    schemas_dir = ws.schemas if ws.schemas.is_dir() else None
    tables = build_tables(staged, schemas_dir)
    schemas = {name: table_schema(name, schemas_dir) for name in TABLES}
    files: dict[str, tuple[int, str]] = {}
    payloads: dict[str, bytes] = {}
    for name in TABLES:
        safe = neutralise_formulas(tables[name])
        for fmt, data in (("csv", csv_bytes(safe)), ("parquet", parquet_bytes(safe))):
            rel = f"data/{name}.{fmt}"
            payloads[rel] = data
            files[rel] = (len(data), hashlib.sha256(data).hexdigest())
    package = descriptor(config, version, schemas, files, table_rows(tables["sources"]))
    payloads["datapackage.json"] = _json_bytes(package)
    payloads["data.json"] = _json_bytes(dcat_catalog(config, package))
    payloads["ckan.json"] = _json_bytes(ckan_dataset(config, package))
    dataset_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{version}.", dir=dataset_dir))
    try:
        for rel, data in payloads.items():
            path = tmp / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        if target.exists():
            raise OutputConflict("version-exists", path=ws.display(target), version=version)
        os.rename(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _write_index(dataset_dir, version, package)
    return PublishResult(
        config.name, version, target, {k: v.num_rows for k, v in tables.items()}, files
    )


def _json_bytes(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _url(config: DatasetConfig, version: str, rel: str) -> str:
    base = config.base_url.rstrip("/")
    return f"{base}/{config.name}/{version}/{rel}" if base else rel


_PERIODICITY = {"R/P1Y": "anual", "R/P6M": "semestral", "R/P3M": "trimestral", "R/P1M": "mensual"}


def dcat_catalog(config: DatasetConfig, package: dict[str, Any]) -> dict[str, Any]:
    """A DCAT-AR ``data.json`` with this version as its one dataset, for portals that harvest."""
    version = package["version"]
    identifier = f"{config.name}-{version}"
    distributions = []
    for resource in package["resources"]:
        fields = [
            {
                "title": f["name"],
                "type": f.get("type", "string"),
                "description": f.get("description", ""),
            }
            for f in resource["schema"]["fields"]
        ]
        distributions.append(
            {
                "identifier": f"{identifier}-{resource['name']}",
                "title": resource["title"]
                + (" (Parquet)" if resource["format"] == "parquet" else ""),
                "description": resource.get("description", ""),
                "format": resource["format"].upper(),
                "mediaType": resource["mediatype"],
                "downloadURL": _url(config, version, resource["path"]),
                "accessURL": _url(config, version, "datapackage.json"),
                "byteSize": resource["bytes"],
                "hash": resource["hash"],
                "license": config.license_name,
                "issued": package["created"],
                "fields": fields,
            }
        )
    publisher = {"name": config.publisher or "genero-etl", "mbox": config.contact_email}
    return {
        "title": config.title,
        "description": config.description,
        "publisher": publisher,
        "superThemes": ["SOCI", "JUST"],
        "dataset": [
            {
                "identifier": identifier,
                "title": config.title,
                "description": config.description,
                "publisher": publisher,
                "contactPoint": {"fn": config.publisher, "hasEmail": config.contact_email},
                "superTheme": ["SOCI", "JUST"],
                "keyword": config.keywords,
                "issued": package["created"],
                "modified": package["created"],
                "accrualPeriodicity": config.periodicity,
                "language": ["SPA"],
                "license": config.license_name,
                "version": version,
                "distribution": distributions,
            }
        ],
    }


def ckan_dataset(config: DatasetConfig, package: dict[str, Any]) -> dict[str, Any]:
    """The body of a CKAN ``package_create`` call for this version."""
    version = package["version"]
    return {
        "name": config.name,
        "title": config.title,
        "notes": config.description,
        "owner_org": config.owner_org,
        "license_id": config.license_name.lower(),
        "version": version,
        "tags": [{"name": k} for k in config.keywords],
        "extras": [
            {"key": "frequency", "value": _PERIODICITY.get(config.periodicity, config.periodicity)}
        ],
        "resources": [
            {
                "name": r["name"],
                "description": r.get("description", ""),
                "url": _url(config, version, r["path"]),
                "format": r["format"].upper(),
                "mimetype": r["mediatype"],
                "size": r["bytes"],
                "hash": r["hash"],
            }
            for r in package["resources"]
        ],
    }


def _write_index(dataset_dir: Path, version: str, package: dict[str, Any]) -> None:
    """versions.json: every published version, newest last, for portals that harvest."""
    index_path = dataset_dir / "versions.json"
    index: dict[str, Any] = {"name": package["name"], "versions": []}
    if index_path.exists():  # never rebuilt silently: a damaged index is the user's history
        try:
            index = json.loads(index_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise StagingInvalid(
                "versions-index-invalid", path=str(index_path), reason=str(err)
            ) from None
        if (
            not isinstance(index, dict)
            or not isinstance(index.get("versions", []), list)
            or not all(isinstance(v, dict) for v in index.get("versions", []))
        ):
            raise StagingInvalid(
                "versions-index-invalid", path=str(index_path), reason="forma inesperada"
            )
    index["versions"] = [v for v in index.get("versions", []) if v.get("version") != version]
    index["versions"].append(
        {"version": version, "created": package["created"], "path": f"{version}/datapackage.json"}
    )
    index["latest"] = version
    atomic_write_bytes(
        index_path, (json.dumps(index, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    )
