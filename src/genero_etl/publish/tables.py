"""Staged files to the four published tables, as typed Arrow tables (pure, deterministic)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from genero_etl.messages import issue
from genero_etl.model import Issue, Severity
from genero_etl.normalize.codebook import load_codebook
from genero_etl.publish.arrow import conform, rows_table, table_schema
from genero_etl.stage import StagedFile

if TYPE_CHECKING:
    import pyarrow as pa

TABLES = ("observations", "indicators", "sources", "quality_issues")
_DUPLICATE_KEY = [
    "indicator_id", "country", "admin1", "municipality_code", "period_start", "period_end",
    "breakdown_dimension", "breakdown_value", "activity", "value_kind", "unit", "value",
]  # fmt: skip


def _issue_id(i: Issue) -> str:
    key = (
        f"{i.code}|{i.source_file}|{i.source_locator}|{'|'.join(i.observation_ids)}|{i.message_en}"
    )
    return "q" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def cross_file_duplicates(observations: pa.Table) -> tuple[pa.Table, list[Issue]]:
    """The same value of the same indicator, place, period and breakdown from two files."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if observations.num_rows == 0:
        return observations, []
    keep = pc.and_(
        pc.is_valid(observations.column("value")),
        pc.not_equal(observations.column("indicator_id"), "sin_clasificar"),
    )
    frame = (
        observations.select(
            [*_DUPLICATE_KEY, "source_sha256", "observation_id", "source_file", "source_locator"]
        )
        .filter(keep)
        .to_pandas()
    )
    if frame.empty:
        return observations, []
    frame = frame.fillna({c: "" for c in _DUPLICATE_KEY if c != "value"})
    spread = frame.groupby(_DUPLICATE_KEY, dropna=False)["source_sha256"].transform("nunique")
    dupes = frame[spread > 1]
    if dupes.empty:
        return observations, []
    issues: list[Issue] = []
    for _, group in dupes.groupby(_DUPLICATE_KEY, dropna=False, sort=True):
        group = group.sort_values(["source_file", "source_locator"])
        first = group.iloc[0]
        value = float(first["value"])
        issues.append(
            issue(
                "duplicate-value",
                Severity.WARNING,
                source_file=str(first["source_file"]),
                source_locator=str(group.iloc[1]["source_locator"]),
                observation_ids=tuple(group["observation_id"]),
                value=str(int(value)) if value.is_integer() else f"{value:g}",
                indicator=str(first["indicator_id"]),
                locators=", ".join(
                    f"{r.source_file}:{r.source_locator}" for r in group.itertuples()
                ),
            )
        )
    flagged = pa.array(
        observations.column("observation_id").to_pandas().isin(set(dupes["observation_id"]))
    )
    flags = observations.column("quality_flags")
    joined = pc.binary_join_element_wise(pc.fill_null(flags, ""), "duplicate_value", ";")
    joined = pc.utf8_ltrim(joined, ";")
    new_flags = pc.if_else(flagged, joined, flags)
    index = observations.column_names.index("quality_flags")
    return observations.set_column(index, "quality_flags", new_flags), issues


def build_tables(
    staged: list[StagedFile], workspace_schemas: Path | None = None
) -> dict[str, pa.Table]:
    """Every table, typed by its schema, the same for the same staged inputs."""
    import pyarrow as pa

    schemas_dir = workspace_schemas if workspace_schemas and workspace_schemas.is_dir() else None
    codebook = load_codebook(schemas_dir)
    obs_schema = table_schema("observations", schemas_dir)
    parts = [conform(s.table(), obs_schema) for s in staged]
    observations = pa.concat_tables(parts) if parts else rows_table([], obs_schema)
    observations, duplicate_issues = cross_file_duplicates(observations)
    issue_rows = []
    seen: set[str] = set()
    for i in [*(i for s in staged for i in s.issues), *duplicate_issues]:
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
        "observations": observations,
        "indicators": rows_table(
            [dict(r) for r in codebook.rows()], table_schema("indicators", schemas_dir)
        ),
        "sources": rows_table(list(sources.values()), table_schema("sources", schemas_dir)),
        "quality_issues": rows_table(issue_rows, table_schema("quality_issues", schemas_dir)),
    }
