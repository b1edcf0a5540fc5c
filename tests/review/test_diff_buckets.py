"""CHANGES.md of two versions of any size: the ids compared one bucket at a time give the same
document as the whole-version comparison they replace (commit 4a4f404's ``diff_files``, kept
below as the reference) and as ``diff_frames``, with ids whose hashes collide."""

from __future__ import annotations

import csv
import json
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from genero_etl.review import diff
from genero_etl.review.diff import (
    Change,
    VersionDiff,
    csv_batches,
    csv_header,
    diff_files,
    diff_frames,
    read_observations,
)
from genero_etl.review.docs import changes

if TYPE_CHECKING:
    from collections.abc import Callable

# --- the reference: diff_files as it was at commit 4a4f404 (every id of both versions held) --


@dataclass(slots=True)
class _Side:
    ids: pa.Array
    hashes: np.ndarray


def _side(path: Path, columns: list[str]) -> _Side:
    from genero_etl.publish.tables import _column_hash

    ids: list[pa.Array] = []
    hashes: list[np.ndarray] = []
    id_hashes: list[np.ndarray] = []
    for table in csv_batches(path, ["observation_id", *columns]):
        ids += table.column("observation_id").chunks
        hashes.append(diff._row_hashes(table, columns))
        id_hashes.append(_column_hash(table.column("observation_id").combine_chunks()))
    all_ids = pa.chunked_array(ids, pa.string()).combine_chunks()
    all_hashes = np.concatenate(hashes) if hashes else np.empty(0, dtype=np.uint64)
    ordered = np.sort(np.concatenate(id_hashes)) if id_hashes else np.empty(0, np.uint64)
    if not (ordered[1:] == ordered[:-1]).any():
        return _Side(all_ids, all_hashes)
    first = pc.equal(pc.index_in(all_ids, value_set=all_ids), pa.array(np.arange(len(all_ids))))
    mask = first.to_numpy(zero_copy_only=False)
    return _Side(all_ids.filter(first), all_hashes[mask])


def _first_rows(
    path: Path, header: list[str], wanted: pa.Array | None, keep: int
) -> list[dict[str, str]]:
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


def reference_diff(old: Path, new: Path, old_label: str, new_label: str, keep: int) -> VersionDiff:
    result = VersionDiff(old_label, new_label)
    new_header, old_header = csv_header(new), csv_header(old)
    columns = [c for c in new_header if c in old_header and c != "observation_id"]
    new_side, old_side = _side(new, columns), _side(old, columns)
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


# --- a generated pair of versions ------------------------------------------------------------

COLUMNS = ["observation_id", "indicator_id", "value", "unit", "admin1", "municipality_code",
           "period_label", "breakdown_value", "source_file", "source_locator"]  # fmt: skip


def _cell(rng: random.Random, column: str, i: int) -> str:
    if column == "value":
        return rng.choice(["", "0", str(i % 97), f"{i / 7:.3f}"])
    if column == "municipality_code":
        return rng.choice(["", f"{i % 2500:05}"])
    if column == "breakdown_value":
        return rng.choice(["", "mujeres", "a | b", 'dice "sí"', "dos\nlíneas"])
    return f"{column[:3]}-{rng.randrange(40)}"


def _pair(folder: Path, rows: int, seed: int) -> tuple[Path, Path]:
    """Two versions: some rows removed, added, changed (one field or several), moved; ids
    repeated in both (a version forced through); a column dropped and one added."""
    rng = random.Random(seed)
    ids = [f"o{rng.getrandbits(64):016x}" for _ in range(rows)]
    old = [{c: ids[i] if c == "observation_id" else _cell(rng, c, i) for c in COLUMNS}
           for i in range(rows)]  # fmt: skip
    for row in old:
        row["dropped"] = "x"
    new: list[dict[str, str]] = []
    for i, row in enumerate(old):
        fate = rng.random()
        if fate < 0.06:
            continue  # removed
        row = {k: v for k, v in row.items() if k != "dropped"} | {"added_col": "y"}
        if fate < 0.16:
            row["value"] = row["value"] + "1"
        elif fate < 0.19:
            row["admin1"], row["source_locator"] = "MX-CMX", f"line:{i}"
        new.append(row)
        if fate > 0.995:
            new.append({**row, "value": "repeated"})  # the first of each id counts
    for i in range(rows // 20):
        new.insert(rng.randrange(len(new) + 1), {
            c: f"o{rng.getrandbits(64):016x}" if c == "observation_id" else _cell(rng, c, i)
            for c in COLUMNS} | {"added_col": "z"})  # fmt: skip
    old.insert(rows // 2, {**old[3], "value": "again"})
    rng.shuffle(new[: len(new) // 3])
    return _write(folder / "old.csv", old), _write(folder / "new.csv", new)


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    fields = list(dict.fromkeys(k for row in rows for k in row))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return path


def _documents(result: VersionDiff) -> tuple[str, str, Any]:
    summary = [(c.observation_id, c.fields, c.row) for c in result.changed]
    return changes(result, "es"), changes(result, "en"), (result.totals, result.added, summary)


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The buckets' temporary folder, to check it is left empty."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.mark.parametrize("bucket_bytes", [diff.BUCKET_BYTES, 50_000, 1])
@pytest.mark.parametrize("keep", [200, 7])
def test_changes_md_is_the_same_as_the_whole_version_comparison(
    tmp_path: Path,
    scratch: Path,
    monkeypatch: pytest.MonkeyPatch,
    bucket_bytes: int,
    keep: int,
) -> None:
    monkeypatch.setattr(diff, "BUCKET_BYTES", bucket_bytes)
    old, new = _pair(tmp_path, 4000, seed=bucket_bytes + keep)
    size = max(old.stat().st_size, new.stat().st_size)
    assert 300_000 < size < 400_000
    expected = {50_000: 7, 1: diff.MAX_BUCKETS}.get(bucket_bytes, 1)
    assert diff._buckets(old.stat().st_size, new.stat().st_size) == expected
    result = diff_files(old, new, "1.0.0", "1.1.0", keep=keep)
    assert _documents(result) == _documents(reference_diff(old, new, "1.0.0", "1.1.0", keep))
    totals = result.totals
    assert totals is not None
    assert 150 < totals["added"] < 250 and 170 < totals["removed"] < 320
    assert 400 < totals["changed"] < 800
    assert len(result.added) == len(result.removed) == min(keep, 200)
    assert len(result.changed) == keep
    assert list(scratch.iterdir()) == []
    # and what the in-memory comparison (the `diff` command) finds, first rows included
    frames = diff_frames(read_observations(old), read_observations(new), "1.0.0", "1.1.0")
    assert totals == {k: len(getattr(frames, k)) for k in ("added", "removed", "changed")}
    assert result.added == frames.added[:keep] and result.removed == frames.removed[:keep]
    assert [(c.observation_id, c.fields) for c in result.changed] == [
        (c.observation_id, c.fields) for c in frames.changed[:keep]
    ]


def _colliding(kind: str) -> Callable[[pa.Array], np.ndarray]:
    """Id hashes that collide: every id the same, or ids alike in their last hex digit."""

    def hashed(ids: pa.Array) -> np.ndarray:
        if kind == "constant":
            return np.full(len(ids), 42, dtype=np.uint64)
        last = pc.utf8_slice_codeunits(ids, -1).to_pylist()
        return np.array([int(c or "0", 16) for c in last], dtype=np.uint64)

    return hashed


@pytest.mark.parametrize("kind", ["constant", "last digit"])
def test_ids_whose_hashes_collide_are_still_told_apart(
    tmp_path: Path, scratch: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    old, new = _pair(tmp_path, 1500, seed=3)
    expected = _documents(reference_diff(old, new, "1.0.0", "1.1.0", 200))
    first = diff_files(None, new, "", "1.0.0")
    monkeypatch.setattr(diff, "BUCKET_BYTES", 20_000)
    monkeypatch.setattr(diff, "_id_hash", _colliding(kind))
    assert _documents(diff_files(old, new, "1.0.0", "1.1.0")) == expected
    # a first version: its ids counted exactly although their hashes are equal
    again = diff_files(None, new, "", "1.0.0")
    assert again.totals == first.totals
    assert again.totals is not None and again.totals["added"] == len(
        set(read_observations(new)["observation_id"])
    )
    assert changes(again, "es") == changes(first, "es")
    assert list(scratch.iterdir()) == []


def test_versions_with_nothing_in_common_or_nothing_changed(tmp_path: Path, scratch: Path) -> None:
    old, new = _pair(tmp_path, 600, seed=5)
    alone = _write(tmp_path / "other.csv", [{"observation_id": "z1", "value": "1"}])
    for a, b in ((old, alone), (alone, new), (new, new)):
        assert _documents(diff_files(a, b, "1", "2")) == _documents(
            reference_diff(a, b, "1", "2", 200)
        )
    same = diff_files(new, new, "1", "2")
    assert same.totals == {"added": 0, "removed": 0, "changed": 0} and same.empty


def _published(tmp_path: Path, old: Path, new: Path) -> Path:
    """Two versions of a dataset folder, as ``publish`` lays them out."""
    dataset = tmp_path / "published" / "indicadores"
    for version, source in (("1.0.0", old), ("1.1.0", new)):
        data = dataset / version / "data"
        data.mkdir(parents=True)
        (data / "observations.csv").write_bytes(source.read_bytes())
    return dataset


@pytest.mark.parametrize("fmt", ["json", "text", "markdown"])
def test_the_diff_command_compares_in_buckets_with_the_frames_output(
    tmp_path: Path, scratch: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    from genero_etl.review.diff import diff_versions, render

    monkeypatch.setattr(diff, "BUCKET_BYTES", 50_000)  # seven buckets
    old, new = _pair(tmp_path, 3000, seed=11)
    dataset = _published(tmp_path, old, new)
    frames = diff_frames(read_observations(old), read_observations(new), "1.0.0", "1.1.0")
    monkeypatch.setattr(diff, "diff_frames", None)  # the command must not load the versions
    streamed = diff_versions(dataset, None, None)
    assert (streamed.old, streamed.new) == ("1.0.0", "1.1.0")
    assert render(streamed, fmt, "es") == render(frames, fmt, "es")
    assert render(streamed, fmt, "en") == render(frames, fmt, "en")
    assert list(scratch.iterdir()) == []
    # fewer rows listed: the counts and the "… +N" lines still count every change
    short = diff_versions(dataset, "1.0.0", "1.1.0", keep=10)
    assert short.totals == {k: len(getattr(frames, k)) for k in ("added", "removed", "changed")}
    assert len(short.added) == len(short.removed) == len(short.changed) == 10
    if fmt == "text":
        text = render(short, "text", "en")
        assert f"  … +{len(frames.changed) - 10}" in text
        assert f"  … +{len(frames.added) - 10}" in text
    elif fmt == "json":
        data = json.loads(render(short, "json", "en"))
        assert data["summary"] == short.totals and len(data["changed"]) == 10
