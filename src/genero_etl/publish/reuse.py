"""Partition files of the previous version reused when what feeds them has not changed.

A partition of the observations dataset (``data/observations/country=XX/year=YYYY/
part-0.parquet``) is a function of its rows, in table order, and of the code writing them:
its row groups are cut every ``ROW_GROUP_ROWS`` rows of that partition alone (see
``build._Partition``), so the bytes do not depend on the other partitions. Its *key* is the
sha256 of everything that decides those rows and bytes:

- the environment: every file of the installed package, the shipped and the workspace's
  schemas (``gatecache.environment``), the pyarrow version, the Table Schema, the row group
  size and this module's format;
- the publish gates: the review settings' minimum confidence and the bytes of the stored
  decisions (a correction may move a row to another partition, so any decision counts for
  every partition);
- each staged file that has rows in the partition, in publish order, by where its rows are
  (the part, whose name is its content's sha256, the offset and the count) and its source
  sha256: the same place in the same part is the same rows;
- the partition's observation ids flagged as duplicates across files (a flag depends on
  other files, which the rest of the key does not see).

A publish stores the keys of the partitions it wrote, with their bytes and sha256, in
``.genero-etl/cache/partitions/<dataset>.json``. The next publish computes the keys again
(one pass over three staged columns), and a partition whose key equals the one stored for
the latest version, whose file is still there with its size, is hard-linked from that
version (copied where the file system refuses links) instead of written. Published files
are never written again: a link shares the previous file's bytes, which no step modifies.
``GENERO_ETL_PARTITION_REUSE=0`` writes every partition (the same bytes).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.publish.build import Kept, partition_labels, partition_rel

if TYPE_CHECKING:
    import pyarrow as pa

    from genero_etl.publish.scans import Scans
    from genero_etl.publish.tables import TableStream
    from genero_etl.stage import StagedFile
    from genero_etl.workspace import Workspace

REUSE_ENV = "GENERO_ETL_PARTITION_REUSE"
_FORMAT = 1  # the stored shape and the key's recipe; a change makes older stores unused


def enabled() -> bool:
    return os.environ.get(REUSE_ENV, "").strip() not in ("0", "no", "false", "off")


def store_path(ws: Workspace, dataset: str) -> Path:
    return ws.root / ".genero-etl" / "cache" / "partitions" / f"{dataset}.json"


def keys(
    ws: Workspace,
    staged: list[StagedFile],
    stream: TableStream,
    min_confidence: float,
    members: dict[str, set[int]] | None = None,
    scanned: Scans | None = None,
) -> dict[str, str] | None:
    """The key of every partition the staged rows feed (``rel -> sha256``); None when the
    rows are not all on disk in staging (then nothing is reused or stored). ``members`` is
    filled with each partition's files (their indexes among the staged files with rows);
    ``scanned``: each file's partitions from the one pass (``publish.scans``), not read again."""
    from genero_etl.stage import LazyStagedFile, StagedRows

    if not isinstance(stream.parts, StagedRows):
        return None
    identities: list[str] = []
    counts: list[int] = []
    for item in staged:
        if not isinstance(item, LazyStagedFile):
            return None
        if not item.count:
            continue  # no rows: not in the stream
        if item.located is None:
            return None
        where = item.located
        counts.append(int(item.count))
        identities.append(
            f"{where.part.name}:{where.offset}:{where.rows}:{item.source.source_sha256}"
        )
    base = _base(ws, stream, min_confidence)
    found = scanned.partitions() if scanned is not None else _membership(stream, counts)
    result: dict[str, str] = {}
    for rel, (files, flagged) in sorted(found.items()):
        if members is not None:
            members[rel] = files
        digest = hashlib.sha256(base.encode())
        digest.update(rel.encode() + b"\0")
        for index in sorted(files):
            digest.update(identities[index].encode() + b"\0")
        digest.update(b"flagged\0")
        for oid in sorted(flagged):
            digest.update(oid.encode() + b"\0")
        result[rel] = digest.hexdigest()
    return result


def _base(ws: Workspace, stream: TableStream, min_confidence: float) -> str:
    import pyarrow as pa

    from genero_etl.publish import writers
    from genero_etl.publish.gatecache import environment
    from genero_etl.review.decisions import store_path as decisions_path

    decisions = decisions_path(ws)
    stored = decisions.read_bytes() if decisions.is_file() else b""
    parts = [
        str(_FORMAT),
        environment(ws.root),
        pa.__version__,
        json.dumps(stream.schema, sort_keys=True, ensure_ascii=False),
        repr(float(min_confidence)),
        str(writers.ROW_GROUP_ROWS),
        hashlib.sha256(stored).hexdigest(),
    ]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _membership(stream: TableStream, counts: list[int]) -> dict[str, tuple[set[int], set[str]]]:
    """For each partition: the files (indexes in publish order) with rows in it, and its
    flagged observation ids."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    ends = np.cumsum(np.array(counts, dtype=np.int64))
    flagged = stream.flagged if stream.flagged is not None and len(stream.flagged) else None
    columns = ["country", "period_start", *(["observation_id"] if flagged is not None else [])]
    found: dict[str, tuple[set[int], set[str]]] = {}
    offset = 0
    for table in _tables(stream, columns):
        rows = table.num_rows
        if not rows:
            continue
        country, year = partition_labels(
            table.column("country").combine_chunks(), table.column("period_start").combine_chunks()
        )
        index = np.searchsorted(ends, np.arange(offset, offset + rows), side="right")
        offset += rows
        labelled = pa.table({"f": pa.array(index, pa.int64()), "c": country, "y": year})
        for row in labelled.group_by(["f", "c", "y"]).aggregate([]).to_pylist():
            rel = partition_rel(str(row["c"]), str(row["y"]))
            found.setdefault(rel, (set(), set()))[0].add(int(row["f"]))
        if flagged is not None:
            ids = table.column("observation_id").combine_chunks()
            if pa.types.is_dictionary(ids.type):
                ids = ids.cast(ids.type.value_type)
            hit = pc.is_in(ids, value_set=flagged)
            if pc.any(hit).as_py():
                for oid, c, y in zip(
                    ids.filter(hit).to_pylist(),
                    country.filter(hit).to_pylist(),
                    year.filter(hit).to_pylist(),
                    strict=True,
                ):
                    found.setdefault(partition_rel(str(c), str(y)), (set(), set()))[1].add(str(oid))
    return found


def _tables(stream: TableStream, columns: list[str]) -> Iterator[pa.Table]:
    """The columns in tables of about ``_MEMBERSHIP_ROWS`` rows: a few array operations in
    all, not some per staged file (``is_in`` hashes its value set on every call)."""
    from genero_etl.publish.scans import gathered

    return gathered((_plain(t) for t in stream.columns(columns)), _MEMBERSHIP_ROWS)  # type: ignore[no-any-return]


def _plain(table: pa.Table) -> pa.Table:
    """Dictionary columns as their values: files' dictionaries differ in index width."""
    import pyarrow as pa

    for i, field in enumerate(table.schema):
        if pa.types.is_dictionary(field.type):
            table = table.set_column(i, field.name, table.column(i).cast(field.type.value_type))
    return table


_MEMBERSHIP_ROWS = 1 << 20  # rows read at once to find the partitions' files and flags


def kept(
    ws: Workspace, dataset_dir: Path, dataset: str, current: dict[str, str] | None
) -> dict[str, Kept]:
    """The partitions of the latest version whose stored key equals this version's."""
    from genero_etl.publish.versions import existing_versions

    if not current or not enabled():
        return {}
    stored = read_store(store_path(ws, dataset), _FORMAT)
    versions = existing_versions(dataset_dir)
    if stored is None or not versions:
        return {}
    latest = ".".join(str(n) for n in versions[-1])
    if stored.get("version") != latest:
        return {}
    result: dict[str, Kept] = {}
    for rel, entry in stored.get("files", {}).items():
        if current.get(rel) != entry.get("key"):
            continue
        path = dataset_dir / latest / rel
        size, sha = int(entry.get("bytes", -1)), str(entry.get("sha256", ""))
        try:
            if path.stat().st_size != size:
                continue
        except OSError:
            continue
        result[rel] = Kept(path, size, sha)
    return result


def read_store(path: Path, fmt: int) -> dict[str, Any] | None:
    """A JSON store of what a version kept (its ``files`` by name), when it reads back and is
    of the format ``fmt``; None otherwise (absent, cut short, edited, of other code)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != fmt:
        return None
    if not isinstance(data.get("files"), dict):
        return None
    return data


def remember(
    ws: Workspace,
    dataset: str,
    version: str,
    current: dict[str, str] | None,
    files: dict[str, tuple[int, str]],
) -> None:
    """Store the keys of this version's partition files for the next publish."""
    from genero_etl.stage import atomic_write_bytes

    path = store_path(ws, dataset)
    if not current:
        path.unlink(missing_ok=True)
        return
    entries = {
        rel: {"key": key, "bytes": files[rel][0], "sha256": files[rel][1]}
        for rel, key in sorted(current.items())
        if rel in files
    }
    data = {"format": _FORMAT, "version": version, "files": entries}
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, (json.dumps(data, indent=1, sort_keys=True) + "\n").encode())
