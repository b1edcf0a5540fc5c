"""Test helper: the files under a folder, by relative path, as bytes."""

from __future__ import annotations

from pathlib import Path


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (relative POSIX path -> its bytes), in path order."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def table_bytes(version: Path) -> bytes:
    """A published version's observations CSV, whole: its ``data/observations.csv``, or its
    pieces read as one file (``csvsplit.table_csv``)."""
    from genero_etl.publish.csvsplit import table_csv

    table = table_csv(version)
    assert table is not None, f"no observations CSV in {version}"
    if isinstance(table, Path):
        return table.read_bytes()
    with table.open() as handle:
        return handle.read()
