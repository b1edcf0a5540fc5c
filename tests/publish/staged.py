"""Test helper: a staged report copied under another name and hash."""

from __future__ import annotations

import dataclasses

import pyarrow as pa

from genero_etl.stage import StagedFile


def copy_staged(base: StagedFile, name: str, rows: int, sha: str, bump: int = -1) -> StagedFile:
    """``rows`` rows of ``base`` under another name and hash (ids made distinct by the hash's
    first character); the value of row ``bump`` one more (so it leaves its duplicate group)."""
    table = base.table().slice(0, rows)
    for column, value in (("source_file", name), ("source_sha256", sha)):
        index = table.column_names.index(column)
        table = table.set_column(index, column, pa.array([value] * rows, pa.string()))
    ids = [f"o{sha[0]}{oid[2:]}" for oid in table.column("observation_id").to_pylist()]
    index = table.column_names.index("observation_id")
    table = table.set_column(index, "observation_id", pa.array(ids, pa.string()))
    if bump >= 0:
        values = table.column("value").to_pylist()
        values[bump] = float(values[bump]) + 1
        index = table.column_names.index("value")
        table = table.set_column(index, "value", pa.array(values, table.schema.field(index).type))
    source = dataclasses.replace(
        base.source, source_file=name, source_sha256=sha, observations=rows
    )
    return StagedFile(source=source, issues=list(base.issues), frame=table)
