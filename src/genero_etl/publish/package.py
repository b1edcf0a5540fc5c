"""Write a versioned Frictionless Data Package: CSV and Parquet for every table.

A version folder is written under a temporary name and renamed into place at the end,
so a reader never sees half a version, and an existing version is never replaced.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl import __version__
from genero_etl.countries import registry
from genero_etl.errors import NothingToDo, OutputConflict, StagingInvalid, UsageError
from genero_etl.knowledge import Knowledge
from genero_etl.model import Issue
from genero_etl.model.arrow import objects_frozen, release_memory, table_rows
from genero_etl.publish import csvcopy, csvsplit, dupcache, reuse
from genero_etl.publish.build import (
    Built,
    Release,
    build,
    digest,
    observations_coverage,
    partition_resources,
    partitioned,
    render,
)
from genero_etl.publish.gatecache import environment
from genero_etl.publish.portals import portals
from genero_etl.publish.portals.dcat import first_issued
from genero_etl.publish.tables import TABLES
from genero_etl.publish.versions import VERSION, existing_versions
from genero_etl.publish.writers import WRITERS
from genero_etl.stage import atomic_write_bytes, current_umask, read_staged_for_publish
from genero_etl.workspace import DatasetConfig, Workspace

if TYPE_CHECKING:
    from genero_etl.publish.scans import Scans
    from genero_etl.stage import StagedFile


def gazetteer_sources() -> list[dict[str, str]]:
    """The publishers of the gazetteers places are matched against (from the country files)."""
    return [c.as_source() for c in registry().citations()]


@dataclass(slots=True)
class PublishResult:
    dataset: str
    version: str
    path: Path
    rows: dict[str, int]
    files: dict[str, tuple[int, str]]  # relative path -> (bytes, sha256)
    notices: list[Issue] = field(default_factory=list)  # warnings from the portals
    gate: Any = None  # genero_etl.publish.gates.Gate: decisions, withheld values, validation


def next_version(dataset_dir: Path) -> str:
    versions = existing_versions(dataset_dir)
    if not versions:
        return "1.0.0"
    major, minor, _ = versions[-1]
    return f"{major}.{minor + 1}.0"


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
        for index, (fmt, writer) in enumerate(WRITERS.items()):
            rel = f"data/{table}.{fmt}"
            if rel not in files and table == "observations" and not writer.tabular:
                continue  # partitioned: the dataset's files are its Parquet resources
            size, sha = files[rel]
            resource: dict[str, Any] = {
                "name": table if index == 0 else f"{table}-{fmt}",
                "path": rel,
                "profile": "tabular-data-resource",
                "format": fmt,
                "mediatype": writer.mediatype,
                "title": schemas[table].get("title", table),
                "description": schemas[table].get("description", ""),
                "bytes": size,
                "hash": f"sha256:{sha}",
                "schema": schemas[table],
            }
            if not writer.tabular:
                # frictionless reads Parquet through pyarrow and cannot count its bytes;
                # as a "file" resource its hash and bytes are verified, and the schema
                # (the CSV's) still documents the columns.
                resource["profile"] = "data-resource"
                resource["type"] = "file"
            if fmt == "csv":
                resource["encoding"] = "utf-8"
                resource["dialect"] = {"delimiter": ",", "lineTerminator": "\n", "header": True}
            resources.append(resource)
    resources += partition_resources(files, schemas["observations"])
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
        "sources": [*gazetteer_sources(), *report_sources],
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
    force: bool = False,
    allow_stale: bool = False,
) -> PublishResult:
    staged = read_staged_for_publish(ws, allow_stale)  # refuses stale or mismatched staging
    with objects_frozen():  # the staged files' views, out of the collector's full passes
        return _publish_staged(ws, staged, dataset_name, version, force)


def _publish_staged(
    ws: Workspace,
    staged: list[StagedFile],
    dataset_name: str | None,
    version: str | None,
    force: bool,
) -> PublishResult:
    from genero_etl.publish import gates

    if not staged:
        raise NothingToDo("nothing-staged", path=ws.display(ws.staging))
    config = ws.dataset(dataset_name)
    dataset_dir = ws.published / config.name
    _read_index(dataset_dir, config.name)  # a damaged index stops publish before any work
    if version is not None and not VERSION.match(version):
        raise UsageError("bad-version", version=version)
    version = version or next_version(dataset_dir)
    target = dataset_dir / version
    if target.exists():
        raise OutputConflict("version-exists", path=ws.display(target), version=version)
    knowledge = Knowledge.of(ws.schemas).activate()  # its countries' gazetteers are credited
    memo = dupcache.Memo(dupcache.memo_path(ws.root), environment(ws.root))
    built = build(staged, knowledge, memo, covered=False)  # the duplicate hashes kept per file
    release_memory()  # what the duplicate check freed, before the writers' working set
    gate = gates.prepare(ws, built.tables, force=force)  # decisions applied, low confidence held
    # what the data cover: from the gates' pass (kept per staged file), else read again
    built.coverage = gate.scans.coverage() if gate.scans else observations_coverage(built)
    members: dict[str, set[int]] = {}  # each partition's staged files
    keys = _partition_keys(ws, staged, built, gate.min_confidence, members, gate.scans)
    kept = reuse.kept(ws, dataset_dir, config.name, keys)  # unchanged partitions: linked
    obs = built.tables["observations"]  # files' rows the latest version holds: their bytes copied
    csv_plan = csvcopy.plan(ws, dataset_dir, config.name, obs, gate.min_confidence)
    only = None  # the files whose rows are read: the others are copied and linked whole
    if keys is not None and csv_plan is not None and csv_plan.kept and kept:
        only = csv_plan.needed(members, kept)
    folder = _new_folder(dataset_dir, version)  # the data are streamed into it, then renamed
    try:
        files = render(built, folder, kept, csv_plan, only)
        # pieces a portal accepts, when it is too large (unchanged ones linked)
        previous = _latest(dataset_dir)
        copied = None  # the bytes of the CSV copied from the latest version's
        if csv_plan is not None and previous is not None and csv_plan.previous is not None:
            copied = csv_plan.regions() if csv_plan.version == previous else None
        files.update(csvsplit.split(folder, previous=previous, copied=copied))
        counts = {k: v.num_rows for k, v in built.tables.items()}
        staged.clear()  # the staged tables are written: their memory goes to the gate's checks
        built.tables["observations"].parts = []
        release_memory()
        sources = table_rows(built.tables["sources"].to_table())
        package = descriptor(config, version, built.schemas, files, sources)
        payloads = gates.finish(ws, gate, dataset_dir, version, package, folder, files, copied)
        package["resources"] = csvsplit.piece_resources(package["resources"], files)
        csv_bytes = files[csvsplit.WHOLE][0]
        _pieces_only(folder, files)  # in pieces: the version holds them, not the whole CSV
        payloads["datapackage.json"] = _json_bytes(package)
        files.update(digest({"datapackage.json": payloads["datapackage.json"]}))
        created = str(package["created"])
        release = Release(
            config, version, package, built.coverage, first_issued(dataset_dir, created), created,
            files,
        )  # fmt: skip
        notices: list[Issue] = []
        registered = portals()
        for portal in registered.values():
            extra, found = portal.version_files(release)
            payloads.update(extra)
            notices += found
        _write_version(ws, folder, target, version, payloads)
    except BaseException:
        from genero_etl.publish.csvtable import written_as

        written_as(folder / csvsplit.WHOLE, None)
        shutil.rmtree(folder, ignore_errors=True)
        raise
    _write_index(dataset_dir, version, package)
    reuse.remember(ws, config.name, version, keys, files)
    csvcopy.remember(ws, config.name, version, csv_plan, csv_bytes)
    for portal in registered.values():
        notices += portal.after_publish(ws, release)
    return PublishResult(
        config.name,
        version,
        target,
        counts,
        files,
        notices,
        gate,
    )


def _partition_keys(
    ws: Workspace,
    staged: list[StagedFile],
    built: Built,
    min_confidence: float,
    members: dict[str, set[int]] | None = None,
    scanned: Scans | None = None,
) -> dict[str, str] | None:
    """The keys of the partitions this version writes (None: no partitioned dataset);
    ``members`` is filled with each partition's staged files."""
    stream = built.tables["observations"]
    if not partitioned(stream):
        return None
    return reuse.keys(ws, staged, stream, min_confidence, members, scanned)


def _pieces_only(folder: Path, files: dict[str, tuple[int, str]]) -> None:
    """When the observations CSV was written in pieces, the whole CSV removed from the
    version being written (and from ``files``): the pieces hold its bytes, and everything
    that reads a version's table reads them as one file (``csvsplit.table_csv``). It was
    written whole for the gate, README.md and CHANGES.md, which have read it by now."""
    from genero_etl.publish.csvcopy import RENDERED
    from genero_etl.publish.csvtable import written_as

    if any(rel.startswith(csvsplit.PIECES_DIR + "/") for rel in files):
        files.pop(csvsplit.WHOLE, None)
        (folder / csvsplit.WHOLE).unlink(missing_ok=True)
    written_as(folder / csvsplit.WHOLE, None)  # held joined: the pieces hold its bytes now
    (folder / RENDERED).unlink(missing_ok=True)


def _latest(dataset_dir: Path) -> Path | None:
    versions = existing_versions(dataset_dir)
    return dataset_dir / ".".join(map(str, versions[-1])) if versions else None


def _new_folder(dataset_dir: Path, version: str) -> Path:
    """A hidden temporary folder beside the versions, renamed into place when complete."""
    dataset_dir.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{version}.", dir=dataset_dir))


def _write_version(
    ws: Workspace, tmp: Path, target: Path, version: str, payloads: dict[str, bytes]
) -> None:
    """The remaining files into the temporary folder, fsynced, then the folder renamed into place."""
    for rel, data in payloads.items():
        path = tmp / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    if target.exists():
        raise OutputConflict("version-exists", path=ws.display(target), version=version)
    _readable(tmp)  # mkdtemp makes 0700 folders: a web server must be able to serve them
    os.rename(tmp, target)


def _readable(folder: Path) -> None:
    mask = current_umask()
    for path in [folder, *folder.rglob("*")]:
        path.chmod((0o777 if path.is_dir() else 0o666) & ~mask)


_LEFTOVER = re.compile(r"^\.(\d+\.\d+\.\d+\.|gate\.)")


def remove_leftovers(ws: Workspace) -> int:
    """Hidden temporary folders that a killed publish left beside the versions; call it
    while holding the workspace lock, so no running publish owns them."""
    removed = 0
    if not ws.published.is_dir():
        return 0
    for dataset_dir in (d for d in ws.published.iterdir() if d.is_dir()):
        for path in dataset_dir.iterdir():
            if path.is_dir() and _LEFTOVER.match(path.name):
                shutil.rmtree(path, ignore_errors=True)
                removed += 1
    return removed


def _json_bytes(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _read_index(dataset_dir: Path, name: str) -> dict[str, Any]:
    """versions.json as it is; never rebuilt silently: a damaged index is the user's history."""
    index_path = dataset_dir / "versions.json"
    if not index_path.exists():
        return {"name": name, "versions": []}
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
    return index


def _write_index(dataset_dir: Path, version: str, package: dict[str, Any]) -> None:
    """versions.json: every published version, newest last, for portals that harvest."""
    index_path = dataset_dir / "versions.json"
    index = _read_index(dataset_dir, str(package["name"]))
    index["versions"] = [v for v in index.get("versions", []) if v.get("version") != version]
    index["versions"].append(
        {"version": version, "created": package["created"], "path": f"{version}/datapackage.json"}
    )
    index["latest"] = version
    atomic_write_bytes(
        index_path, (json.dumps(index, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    )
