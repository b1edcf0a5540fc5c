"""Staged files to the four published tables, as rows of plain values (pure)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from genero_etl.checks import check_duplicates
from genero_etl.model import Issue, Observation
from genero_etl.normalize.codebook import load_codebook
from genero_etl.stage import StagedFile

TABLES = ("observations", "indicators", "sources", "quality_issues")


def _issue_id(i: Issue) -> str:
    key = f"{i.code}|{i.source_file}|{i.source_locator}|{'|'.join(i.observation_ids)}|{i.message_en}"
    return "q" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def observation_row(o: Observation) -> dict[str, object]:
    row = o.to_dict()
    row["quality_flags"] = ";".join(o.quality_flags)
    return row


def build_tables(staged: list[StagedFile], workspace_schemas: Path | None = None) -> dict[str, list[dict[str, object]]]:
    """Rows of every table, deterministic for the same staged inputs."""
    codebook = load_codebook(workspace_schemas if workspace_schemas and workspace_schemas.is_dir() else None)
    observations = [o for s in staged for o in s.observations]
    issues = [i for s in staged for i in s.issues]
    issues += check_duplicates(observations, across_files_only=True)
    seen: set[str] = set()
    issue_rows = []
    for i in issues:
        issue_id = _issue_id(i)
        if issue_id in seen:
            continue
        seen.add(issue_id)
        row = i.to_dict()
        row["issue_id"] = issue_id
        row["observation_ids"] = ";".join(i.observation_ids)
        issue_rows.append(row)
    sources: dict[str, dict[str, object]] = {}
    for s in staged:
        sources.setdefault(s.source.source_sha256, s.source.to_dict())
    return {
        "observations": [observation_row(o) for o in observations],
        "indicators": list(codebook.rows()),
        "sources": list(sources.values()),
        "quality_issues": issue_rows,
    }
