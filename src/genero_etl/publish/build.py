"""The pure build step: staged data -> typed tables -> file bytes. Nothing is written here.

``build`` gives the four tables with their schemas and what the data cover (periods,
places, themes) for the portals' metadata; ``render`` turns them into the bytes of every
registered format. ``publish.package`` writes the result; portals describe it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.publish.arrow import neutralise_formulas, table_schema
from genero_etl.publish.tables import TABLES, build_tables
from genero_etl.publish.writers import WRITERS

if TYPE_CHECKING:
    import pyarrow as pa

    from genero_etl.stage import StagedFile
    from genero_etl.workspace import DatasetConfig


@dataclass(frozen=True, slots=True)
class Coverage:
    """What the published observations cover, read from the data, never configured."""

    start: str = ""  # first period_start, ISO date
    end: str = ""  # last period_end, ISO date
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-2
    admin1: tuple[str, ...] = ()  # ISO 3166-2
    themes: tuple[str, ...] = ()  # indicator themes with at least one value

    @property
    def temporal(self) -> str:
        """ISO 8601 interval ``start/end``, or '' without dated values."""
        return f"{self.start}/{self.end}" if self.start and self.end else ""

    @property
    def spatial(self) -> list[str]:
        """The most precise common description: the ISO 3166-2 subdivisions, else countries."""
        return list(self.admin1 or self.countries)


@dataclass(slots=True)
class Built:
    tables: dict[str, pa.Table]
    schemas: dict[str, dict[str, Any]]
    coverage: Coverage


@dataclass(slots=True)
class Release:
    """One published version as the portals see it: its metadata and its files."""

    config: DatasetConfig
    version: str
    package: dict[str, Any]  # the datapackage.json descriptor
    coverage: Coverage
    issued: str  # when the dataset was first published (first version's ``created``)
    modified: str  # this version's ``created``
    files: dict[str, tuple[int, str]] = field(default_factory=dict)  # rel -> (bytes, sha256)


def build(staged: list[StagedFile], schemas_dir: Path | None = None) -> Built:
    tables = build_tables(staged, schemas_dir)
    schemas = {name: table_schema(name, schemas_dir) for name in TABLES}
    return Built(tables, schemas, coverage(tables["observations"]))


def coverage(observations: pa.Table) -> Coverage:
    import pyarrow.compute as pc

    def distinct(name: str) -> tuple[str, ...]:
        values = pc.unique(observations.column(name).combine_chunks()).to_pylist()
        return tuple(sorted(str(v) for v in values if v not in (None, "")))

    if observations.num_rows == 0:
        return Coverage()
    start = pc.min(observations.column("period_start")).as_py()
    end = pc.max(observations.column("period_end")).as_py()
    themes = tuple(t for t in distinct("theme") if t != "sin_clasificar")
    return Coverage(
        start=start.isoformat() if start else "",
        end=end.isoformat() if end else "",
        countries=distinct("country"),
        admin1=distinct("admin1"),
        themes=themes,
    )


def render(built: Built) -> dict[str, bytes]:
    """``data/<table>.<format>`` -> bytes, for every table and every registered writer.

    Text cells that a spreadsheet would run as a formula are neutralised first."""
    files: dict[str, bytes] = {}
    for name in TABLES:
        safe = neutralise_formulas(built.tables[name])
        for fmt, writer in WRITERS.items():
            files[f"data/{name}.{fmt}"] = writer.write(safe, built.schemas[name])
    return files


def digest(files: dict[str, bytes]) -> dict[str, tuple[int, str]]:
    return {rel: (len(data), hashlib.sha256(data).hexdigest()) for rel, data in files.items()}
