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
    from collections.abc import Iterator

    import numpy as np
    import pandas as pd
    import pyarrow as pa

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
    # how many there are in all, when the lists above hold only the first few (``diff_files``)
    totals: dict[str, int] | None = None

    @property
    def empty(self) -> bool:
        return not any(_counts(self).values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": self.old,
            "new": self.new,
            "summary": _counts(self),
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


# --- versions of any size: the CSVs streamed, never loaded whole --------------------------


def csv_header(path: Path) -> list[str]:
    import csv

    with open(path, encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle), [])


def csv_batches(path: Path, columns: list[str]) -> Iterator[pa.Table]:
    """Some columns of a published CSV as text (an empty cell is ''), batch by batch: the
    same cells ``read_observations`` gives, in bounded memory."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    convert = pacsv.ConvertOptions(
        column_types={c: pa.string() for c in columns},
        include_columns=columns,
        strings_can_be_null=False,
        quoted_strings_can_be_null=False,
    )
    read = pacsv.ReadOptions(block_size=1 << 24, use_threads=False)
    with pacsv.open_csv(str(path), read_options=read, convert_options=convert) as reader:
        for batch in reader:
            yield pa.Table.from_batches([batch])


def _row_hashes(table: pa.Table, columns: list[str]) -> np.ndarray:
    """A 64-bit hash of each row's cells in ``columns`` (one process: Python's str hash)."""
    import numpy as np

    from genero_etl.publish.tables import _column_hash, _mixed

    h = np.full(table.num_rows, 0x9E3779B97F4A7C15, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for name in columns:
            h = _mixed(h ^ _column_hash(table.column(name).combine_chunks()))
    return h


@dataclass(slots=True)
class _Side:
    """One version's ids (first occurrence of each) and a hash of the rest of each row."""

    ids: pa.Array
    hashes: np.ndarray


def _side(path: Path, columns: list[str]) -> _Side:
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from genero_etl.publish.tables import _column_hash

    ids: list[pa.Array] = []
    hashes: list[np.ndarray] = []
    id_hashes: list[np.ndarray] = []
    for table in csv_batches(path, ["observation_id", *columns]):
        ids += table.column("observation_id").chunks
        hashes.append(_row_hashes(table, columns))
        id_hashes.append(_column_hash(table.column("observation_id").combine_chunks()))
    all_ids = pa.chunked_array(ids, pa.string()).combine_chunks()
    all_hashes = np.concatenate(hashes) if hashes else np.empty(0, dtype=np.uint64)
    ordered = np.sort(np.concatenate(id_hashes)) if id_hashes else np.empty(0, np.uint64)
    if not (ordered[1:] == ordered[:-1]).any():
        return _Side(all_ids, all_hashes)  # distinct hashes: distinct ids
    del ordered
    first = pc.equal(
        pc.index_in(all_ids, value_set=all_ids), pa.array(np.arange(len(all_ids)))
    )  # a version forced through with repeated ids compares by the first row of each
    mask = first.to_numpy(zero_copy_only=False)
    return _Side(all_ids.filter(first), all_hashes[mask])


def _count_ids(path: Path) -> int:
    """How many distinct ids a CSV holds, without keeping them when their hashes differ."""
    import numpy as np

    from genero_etl.publish.tables import _column_hash

    hashes = [
        _column_hash(t.column("observation_id").combine_chunks())
        for t in csv_batches(path, ["observation_id"])
    ]
    ordered = np.sort(np.concatenate(hashes)) if hashes else np.empty(0, np.uint64)
    if not (ordered[1:] == ordered[:-1]).any():
        return len(ordered)
    return len(_side(path, []).ids)


def _first_rows(
    path: Path, header: list[str], wanted: pa.Array | None, keep: int
) -> list[dict[str, str]]:
    """The rows, in file order, of the first ``keep`` ids of ``wanted`` found (first of each;
    ``None``: any id)."""
    import pyarrow.compute as pc

    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for table in csv_batches(path, header):
        if wanted is None:
            repeats = len(table) - len(pc.unique(table.column("observation_id")))
            hit = table.slice(0, keep + repeats)
        else:
            hit = table.filter(pc.is_in(table.column("observation_id"), value_set=wanted))
        for row in hit.to_pylist():
            if row["observation_id"] in seen:
                continue
            seen.add(row["observation_id"])
            rows.append({str(k): str(v) for k, v in row.items()})
            if len(rows) >= keep:
                return rows
    return rows


def diff_files(
    old: Path | None, new: Path, old_label: str, new_label: str, keep: int = 200
) -> VersionDiff:
    """``diff_frames`` of two published observations CSVs of any size, streamed: the same
    counts, and the first ``keep`` rows of each list (what ``render_markdown`` shows).

    Ids are compared exactly; the other cells of a row through a 64-bit hash of them (rows
    whose hashes differ always differ; two different rows with the same hash, about one
    chance in 10^19 per row, would be missed)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    result = VersionDiff(old_label, new_label)
    new_header = csv_header(new)
    old_header = csv_header(old) if old is not None else []
    columns = [c for c in new_header if c in old_header and c != "observation_id"]
    if old is None or "observation_id" not in old_header:  # all added: no ids kept
        result.totals = {"added": _count_ids(new), "removed": 0, "changed": 0}
        result.added = _first_rows(new, new_header, None, keep)
        return result
    new_side = _side(new, columns)
    old_side = _side(old, columns)
    in_old = pc.is_in(new_side.ids, value_set=old_side.ids)
    in_new = pc.is_in(old_side.ids, value_set=new_side.ids)
    added = new_side.ids.filter(pc.invert(in_old))
    removed = old_side.ids.filter(pc.invert(in_new))
    common = new_side.ids.filter(in_old)
    at_old = pc.index_in(common, value_set=old_side.ids).to_numpy(zero_copy_only=False)
    mask = in_old.to_numpy(zero_copy_only=False)
    differs = new_side.hashes[mask] != old_side.hashes[at_old]
    changed = pc.sort_indices(common.filter(pa.array(differs)))
    changed_ids = common.filter(pa.array(differs)).take(changed)
    result.totals = {"added": len(added), "removed": len(removed), "changed": len(changed_ids)}
    result.added = _first_rows(new, new_header, added, keep)
    result.removed = _first_rows(old, old_header, removed, keep)
    shown = changed_ids.slice(0, keep)
    before = {r["observation_id"]: r for r in _first_rows(old, old_header, shown, keep)}
    after = {r["observation_id"]: r for r in _first_rows(new, new_header, shown, keep)}
    for oid in shown.to_pylist():
        left, right = before[oid], after[oid]
        fields = {c: (left[c], right[c]) for c in columns if left[c] != right[c]}
        result.changed.append(Change(oid, fields, {c: right[c] for c in columns}))
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
    if diff.totals is not None:
        return dict(diff.totals)
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
        if _listed(diff) > limit:
            out.append(f"\n… +{_listed(diff) - limit}")
        out.append("")
    if diff.changed:
        out += [
            "| observation_id | " + render_message("diff-markdown-fields", lang),
            "|---|---|---|---|",
        ]
        for c in diff.changed[:limit]:
            for k, (a, b) in c.fields.items():
                out.append(f"| {c.observation_id} | {k} | {_md(a)} | {_md(b)} |")
        if _counts(diff)["changed"] > limit:
            out.append(f"\n… +{_counts(diff)['changed'] - limit}")
        out.append("")
    return "\n".join(out) + "\n"


def _listed(diff: VersionDiff) -> int:
    counts = _counts(diff)
    return counts["added"] + counts["removed"]


def render(diff: VersionDiff, fmt: str, lang: str) -> str:
    if fmt == "json":
        return json.dumps(diff.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return render_markdown(diff, lang)
    return render_text(diff, lang)
