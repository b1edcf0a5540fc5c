"""Observations added, removed and changed between two published versions.

Versions are compared through their ``data/observations.csv`` read as text (codes keep
their leading zeros, numbers compare as written), matched by ``observation_id``.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.errors import NothingToDo, UsageError
from genero_etl.messages import render as render_message

if TYPE_CHECKING:
    import pandas as pd

SHOWN = ("indicator_id", "value", "unit", "admin1", "municipality_code", "period_label",
         "breakdown_value", "source_file", "source_locator")  # fmt: skip


@dataclass(slots=True)
class Change:
    observation_id: str
    fields: dict[str, tuple[str, str]]  # field -> (before, after)
    row: dict[str, str]  # the new row


@dataclass(slots=True)
class VersionDiff:
    old: str  # version label ("" when there is no previous version)
    new: str
    added: list[dict[str, str]] = field(default_factory=list)
    removed: list[dict[str, str]] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": self.old,
            "new": self.new,
            "summary": {
                "added": len(self.added),
                "removed": len(self.removed),
                "changed": len(self.changed),
            },
            "added": self.added,
            "removed": self.removed,
            "changed": [
                {
                    "observation_id": c.observation_id,
                    "fields": {k: {"old": a, "new": b} for k, (a, b) in c.fields.items()},
                }
                for c in self.changed
            ],
        }


def read_observations(data: bytes | Path) -> pd.DataFrame:
    import pandas as pd

    source = io.BytesIO(data) if isinstance(data, bytes) else data
    return pd.read_csv(source, dtype=str, keep_default_na=False, encoding="utf-8")


def diff_frames(
    old: pd.DataFrame, new: pd.DataFrame, old_label: str, new_label: str
) -> VersionDiff:
    result = VersionDiff(old_label, new_label)
    # ids are unique in a valid version; a version forced through with repeats compares by
    # the first row of each id
    old = old.drop_duplicates("observation_id") if "observation_id" in old else old
    new = new.drop_duplicates("observation_id")
    old_ids = set(old["observation_id"]) if "observation_id" in old else set()
    new_ids = set(new["observation_id"])
    result.added = _records(new[~new["observation_id"].isin(old_ids)])
    result.removed = _records(old[~old["observation_id"].isin(new_ids)]) if len(old) else []
    common = sorted(old_ids & new_ids)
    if not common:
        return result
    columns = [c for c in new.columns if c in old.columns and c != "observation_id"]
    left = old.set_index("observation_id").loc[common, columns]
    right = new.set_index("observation_id").loc[common, columns]
    differs = left.ne(right)
    for oid in differs.index[differs.any(axis=1)]:
        fields = {
            c: (str(left.at[oid, c]), str(right.at[oid, c])) for c in columns if differs.at[oid, c]
        }
        result.changed.append(Change(str(oid), fields, right.loc[oid].to_dict()))
    return result


def _records(frame: pd.DataFrame) -> list[dict[str, str]]:
    return [{str(k): str(v) for k, v in row.items()} for row in frame.to_dict("records")]


def _versions(dataset_dir: Path) -> list[str]:
    from genero_etl.publish.versions import existing_versions

    return [".".join(map(str, v)) for v in existing_versions(dataset_dir)]


def diff_versions(dataset_dir: Path, old: str | None, new: str | None) -> VersionDiff:
    """``new`` defaults to the latest version, ``old`` to the one before ``new``."""
    versions = _versions(dataset_dir)
    if not versions:
        raise NothingToDo("diff-no-versions", path=str(dataset_dir))
    for label in (old, new):
        if label is not None and label not in versions:
            raise UsageError(
                "diff-unknown-version", version=label, known=", ".join(versions) or "-"
            )
    new = new or versions[-1]
    if old is None:
        before = [v for v in versions if versions.index(v) < versions.index(new)]
        if not before:
            raise UsageError("diff-no-previous", version=new, known=", ".join(versions))
        old = before[-1]
    return diff_frames(
        read_observations(dataset_dir / old / "data" / "observations.csv"),
        read_observations(dataset_dir / new / "data" / "observations.csv"),
        old,
        new,
    )


def _summary_line(row: dict[str, str]) -> str:
    return " · ".join(f"{k}={row[k]}" for k in SHOWN if row.get(k))


def render_text(diff: VersionDiff, lang: str, limit: int = 50) -> str:
    counts = _counts(diff)
    out = [render_message("diff-summary", lang, old=diff.old, new=diff.new, **counts)]
    for code, rows, mark in (("diff-added", diff.added, "+"), ("diff-removed", diff.removed, "-")):
        if rows:
            out.append(render_message(code, lang))
            out += [f"  {mark} {r['observation_id']} {_summary_line(r)}" for r in rows[:limit]]
            if len(rows) > limit:
                out.append(f"  … +{len(rows) - limit}")
    if diff.changed:
        out.append(render_message("diff-changed", lang))
        for c in diff.changed[:limit]:
            fields = "; ".join(f"{k}: {a!r} → {b!r}" for k, (a, b) in c.fields.items())
            out.append(f"  ~ {c.observation_id} {fields}")
        if len(diff.changed) > limit:
            out.append(f"  … +{len(diff.changed) - limit}")
    return "\n".join(out) + "\n"


def _counts(diff: VersionDiff) -> dict[str, int]:
    return {"added": len(diff.added), "removed": len(diff.removed), "changed": len(diff.changed)}


def _md(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(diff: VersionDiff, lang: str, limit: int = 200) -> str:
    old = diff.old or render_message("diff-none", lang)
    out = [
        f"## {diff.new} ← {old}",
        "",
        render_message("diff-markdown-counts", lang, **_counts(diff)),
        "",
    ]
    head = "| | observation_id | " + " | ".join(SHOWN) + " |"
    rule = "|---|---|" + "---|" * len(SHOWN)
    listed = [("+", r) for r in diff.added] + [("-", r) for r in diff.removed]
    if listed:
        out += [head, rule]
        for mark, r in listed[:limit]:
            cells = " | ".join(_md(r.get(k, "")) for k in SHOWN)
            out.append(f"| {mark} | {r['observation_id']} | {cells} |")
        if len(listed) > limit:
            out.append(f"\n… +{len(listed) - limit}")
        out.append("")
    if diff.changed:
        out += [
            "| observation_id | " + render_message("diff-markdown-fields", lang),
            "|---|---|---|---|",
        ]
        for c in diff.changed[:limit]:
            for k, (a, b) in c.fields.items():
                out.append(f"| {c.observation_id} | {k} | {_md(a)} | {_md(b)} |")
        if len(diff.changed) > limit:
            out.append(f"\n… +{len(diff.changed) - limit}")
        out.append("")
    return "\n".join(out) + "\n"


def render(diff: VersionDiff, fmt: str, lang: str) -> str:
    if fmt == "json":
        return json.dumps(diff.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return render_markdown(diff, lang)
    return render_text(diff, lang)
