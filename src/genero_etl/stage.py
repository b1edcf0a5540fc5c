"""Staged data: what `ingest` found, one JSON file per report, written atomically.

Re-ingesting a report replaces its staged file; a report that fails to ingest leaves
what was staged before untouched.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from genero_etl.model import Issue, Observation, SourceRecord

STAGE_FORMAT = 1


@dataclass(slots=True)
class StagedFile:
    source: SourceRecord
    observations: list[Observation]
    issues: list[Issue]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": STAGE_FORMAT,
            "source": self.source.to_dict(),
            "observations": [o.to_dict() for o in self.observations],
            "issues": [i.to_dict() for i in self.issues],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StagedFile:
        return cls(
            source=SourceRecord.from_dict(data["source"]),
            observations=[Observation.from_dict(o) for o in data["observations"]],
            issues=[Issue.from_dict(i) for i in data["issues"]],
        )


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def stage_key(source_file: str) -> str:
    return hashlib.sha1(source_file.encode("utf-8")).hexdigest()[:20]


def write_staged(staging: Path, staged: StagedFile) -> Path:
    path = staging / f"{stage_key(staged.source.source_file)}.json"
    data = json.dumps(staged.to_dict(), ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    atomic_write_bytes(path, data)
    return path


def read_staged(staging: Path) -> list[StagedFile]:
    if not staging.is_dir():
        return []
    staged = []
    for path in sorted(staging.glob("*.json")):
        with open(path, encoding="utf-8") as handle:
            staged.append(StagedFile.from_dict(json.load(handle)))
    staged.sort(key=lambda s: s.source.source_file)
    return staged


def load_staged_tables(workspace: Path) -> dict[str, list[dict[str, object]]]:
    """The staged data as the published tables' rows (for `validate` with no path)."""
    from genero_etl.publish.tables import build_tables
    from genero_etl.workspace import Workspace

    ws = Workspace(workspace)
    tables = build_tables(read_staged(ws.staging), ws.schemas)
    return {name: rows for name, rows in tables.items()}
