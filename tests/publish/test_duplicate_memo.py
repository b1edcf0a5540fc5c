"""The duplicate check's key hashes kept per staged file (``publish.dupcache``): the same
flags and issues as a check of every row, and a publish again that writes the same bytes."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from genero_etl import pipeline
from genero_etl.pipeline import IngestOptions
from genero_etl.publish import csvcopy, dupcache, tables
from genero_etl.publish.package import publish
from genero_etl.stage import StagedFile, StagingWriter, read_staged, streamable
from genero_etl.workspace import Workspace

from .files import folder_bytes
from .staged import copy_staged

SCHEMA = tables.table_schema("observations")


@pytest.fixture
def base(workspace: Path) -> StagedFile:
    path = Workspace(workspace).raw / "ar_lujan_informe_2024.txt"
    return pipeline.extract_document(path, "raw/ar_lujan_informe_2024.txt", IngestOptions())


def _stage(ws: Workspace, files: list[StagedFile]) -> None:
    writer = StagingWriter(ws.staging, batch_files=2)
    for staged in files:
        writer.add(staged)
        if writer.full:
            writer.commit()
    writer.commit()


def _three(base: StagedFile) -> list[StagedFile]:
    rows = base.table().num_rows
    assert rows >= 12
    return [
        copy_staged(base, f"raw/informe_{i}.txt", size, sha)
        for i, (size, sha) in enumerate([(rows, "a" * 64), (rows, "b" * 64), (5, "c" * 64)])
    ]


def _issues(found: list[object]) -> list[dict[str, object]]:
    return [i.to_dict() for i in found]  # type: ignore[attr-defined]


def test_key_hashes_are_the_same_in_every_process() -> None:
    """Hashes are kept between publishes, so they may not depend on the process."""
    words = ["abc", "", None, "Ciudad Autónoma de Buenos Aires"]
    here = tables._column_hash(pa.array(words)).tolist()
    assert here[1] == here[2] != here[0]  # a missing cell hashes like ''
    code = (
        "import pyarrow as pa; from genero_etl.publish.tables import _column_hash; "
        f"print(_column_hash(pa.array({words!r})).tolist())"
    )
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        assert json.loads(out.stdout) == here


def test_the_memo_gives_the_flags_and_issues_of_the_whole_check(
    tmp_path: Path, base: StagedFile
) -> None:
    ws = Workspace(tmp_path / "ws")
    _stage(ws, _three(base))
    staged = read_staged(ws.staging)
    parts, files = streamable(staged), tables.file_rows(staged)
    assert parts is not None and files is not None and len(files) == 3
    flagged, issues = tables.find_duplicates(parts, SCHEMA)
    # the report's 17 values (each its own key) in a and b, its first 5 in c too
    assert base.table().num_rows == 17
    assert flagged is not None and len(issues) == 17 and len(flagged) == 17 * 2 + 5
    assert [len(i.observation_ids) for i in issues].count(3) == 5
    memo = dupcache.Memo(tmp_path / "memo.npz", "code")
    first = tables.find_duplicates(parts, SCHEMA, files, memo)
    assert (memo.reused, memo.read) == (0, 3)
    assert (memo.rows_reused, memo.rows_read) == (0, 3)
    again = tables.find_duplicates(parts, SCHEMA, files, memo)
    assert (memo.reused, memo.read) == (3, 0)
    assert (memo.rows_reused, memo.rows_read) == (3, 0)  # every row compared was kept
    for flags, found in (first, again):
        assert flags is not None and flags.to_pylist() == flagged.to_pylist()
        assert _issues(found) == _issues(issues)
    # a memo of other code is not read; nor one cut short
    other = dupcache.Memo(tmp_path / "memo.npz", "other code")
    assert other.load() == {}
    data = (tmp_path / "memo.npz").read_bytes()
    (tmp_path / "memo.npz").write_bytes(data[: len(data) // 2])
    assert memo.load() == {}
    assert _issues(tables.find_duplicates(parts, SCHEMA, files, memo)[1]) == _issues(issues)
    assert (memo.reused, memo.read) == (0, 3)


def test_stored_pairs_are_each_files_distinct_hashes_and_sources(
    tmp_path: Path, base: StagedFile
) -> None:
    ws = Workspace(tmp_path / "ws")
    _stage(ws, _three(base))
    staged = read_staged(ws.staging)
    files = tables.file_rows(staged)
    assert files is not None
    memo = dupcache.Memo(tmp_path / "memo.npz", "code")
    tables.find_duplicates(streamable(staged) or [], SCHEMA, files, memo)
    stored = memo.load()
    assert list(stored) == [f.name for f in files]
    a, b, c = (stored[f.name] for f in files)
    # the same rows under other hashes: the same key hashes, each file its own source
    assert np.array_equal(np.sort(a.hashes), np.sort(b.hashes))
    assert {a.names[i] for i in a.sources} == {"a" * 64}
    assert {c.names[i] for i in c.sources} == {"c" * 64}
    assert set(c.hashes.tolist()) < set(a.hashes.tolist()) and len(c.hashes) == 5
    assert len(set(a.hashes.tolist())) == len(a.hashes)  # distinct


def test_publish_again_with_the_memo_writes_what_a_publish_without_it_writes(
    tmp_path: Path, base: StagedFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    ws = Workspace(tmp_path / "ws")
    _stage(ws, _three(base))
    first = publish(ws)
    assert dupcache.memo_path(ws.root).is_file()
    rows = base.table().num_rows
    # file b changed: one of its values leaves the group it shared with a and c, and it
    # loses its last two rows (the rows after it move)
    _stage(ws, [copy_staged(base, "raw/informe_1.txt", rows - 2, "f" * 64, bump=1)])
    other = tmp_path / "other"
    shutil.copytree(ws.root, other)
    shutil.rmtree(other / ".genero-etl" / "cache")  # every kept result gone
    read: list[int] = []
    real = tables._file_pairs

    def spied(files: list[tables.FileRows], schema: dict[str, object]) -> object:
        read.append(len(files))
        return real(files, schema)

    monkeypatch.setattr(tables, "_file_pairs", spied)
    plans: list[csvcopy.Plan | None] = []
    real_plan = csvcopy.plan

    def planned(*args: object) -> csvcopy.Plan | None:
        plans.append(real_plan(*args))  # type: ignore[arg-type]
        return plans[-1]

    monkeypatch.setattr(csvcopy, "plan", planned)
    owned: list[list[str]] = []
    real_owned = tables._owned_rows

    def rows_read(files: list[tables.FileRows], *args: object) -> object:
        owned.append([f.name.rsplit(":", 1)[-1][:1] for f in files])
        return real_owned(files, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(tables, "_owned_rows", rows_read)
    again = publish(ws)
    assert read == [1]  # only the changed file's rows read for its hashes
    # and for the rows compared: b's value left the group, none became one, so a's and
    # c's rows kept from 1.0.0's check are used
    assert owned == [["f"]]
    # the CSV: a's flags changed (its rows 15 and 16 left their groups), b is new; c's 5
    # rows are all still flagged, so its bytes are copied from 1.0.0
    made = plans[0]
    assert made is not None and (made.copied, made.rendered) == (1, rows + rows - 2)
    read.clear()
    owned.clear()
    plain = publish(Workspace(other))
    assert read == [3] and owned == [["a", "f", "c"]]
    assert again.version == plain.version == "1.1.0" != first.version
    assert folder_bytes(again.path) == folder_bytes(plain.path)
    assert again.gate.report.files == plain.gate.report.files
    # the groups now: row 0 and rows 2-4 in a, b and c; row 1 in a and c (b's is one
    # more); rows 5-14 in a and b; a's rows 15 and 16 alone (b lost them)
    for version, expected in ((first, [3] * 5 + [2] * 12), (again, [3] * 4 + [2] * 11)):
        with open(version.path / "data" / "quality_issues.csv", encoding="utf-8") as handle:
            found = [r for r in csv.DictReader(handle) if r["code"] == "duplicate-value"]
        sizes = sorted((len(r["observation_ids"].split(";")) for r in found), reverse=True)
        assert sizes == expected


def test_a_file_holding_a_hash_that_becomes_a_candidate_is_read_again(
    tmp_path: Path, base: StagedFile
) -> None:
    """Kept rows hold a file's candidates of the last check only: a hash that a new file
    makes a candidate sends the files holding it back to their rows."""
    rows = base.table().num_rows
    ws = Workspace(tmp_path / "ws")
    # a and b share their first 5 rows (the candidates); then e, a copy of a but for its
    # first value, makes a's other 12 keys candidates too
    a = copy_staged(base, "raw/informe_a.txt", rows, "a" * 64)
    b = copy_staged(base, "raw/informe_b.txt", 5, "b" * 64)
    _stage(ws, [a, b])
    staged = read_staged(ws.staging)
    files = tables.file_rows(staged)
    assert files is not None
    memo = dupcache.Memo(tmp_path / "memo.npz", "code")
    first = tables.find_duplicates(streamable(staged) or [], SCHEMA, files, memo)
    assert first[0] is not None and len(first[1]) == 5
    assert (memo.rows_reused, memo.rows_read) == (0, 2)  # a and b hold candidates
    _stage(ws, [copy_staged(base, "raw/informe_e.txt", rows, "e" * 64, bump=0)])
    staged = read_staged(ws.staging)
    files = tables.file_rows(staged)
    assert files is not None and len(files) == 3
    kept = tables.find_duplicates(streamable(staged) or [], SCHEMA, files, memo)
    # a holds new candidates and is read again, with e; b's are among its last ones: kept
    assert (memo.reused, memo.read) == (2, 1)
    assert (memo.rows_reused, memo.rows_read) == (1, 2)
    whole = tables.find_duplicates(streamable(staged) or [], SCHEMA)
    assert kept[0] is not None and whole[0] is not None
    assert kept[0].to_pylist() == whole[0].to_pylist()
    assert _issues(kept[1]) == _issues(whole[1]) and len(whole[1]) == rows


def test_pairs_spread_over_buckets_on_disk_are_those_of_one_sort(
    tmp_path: Path, base: StagedFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file of many rows has its pairs made distinct bucket by bucket (the top bits of
    the hash), on disk: the same pairs, in the same order, as sorted in one piece."""
    ws = Workspace(tmp_path / "ws")
    _stage(ws, _three(base))
    files = tables.file_rows(read_staged(ws.staging))
    assert files is not None and sum(f.located.rows for f in files) == 17 + 17 + 5
    whole = tables._file_pairs(files, SCHEMA)
    monkeypatch.setattr(tables, "_PAIR_BUCKET_ROWS", 4)  # 39 rows: 10 buckets, made 16
    assert tables._PairBuckets(39).bits == 4
    spilled: list[Path] = []
    real_enter = tables._PairBuckets.__enter__

    def entered(self: tables._PairBuckets) -> tables._PairBuckets:
        got = real_enter(self)
        assert self.folder is not None
        spilled.append(self.folder)
        return got

    monkeypatch.setattr(tables._PairBuckets, "__enter__", entered)
    bucketed = tables._file_pairs(files, SCHEMA)
    assert len(spilled) == 1 and not spilled[0].exists()  # the buckets' folder removed
    assert list(bucketed) == list(whole) == [f.name for f in files]
    for name in whole:
        assert bucketed[name].hashes.tolist() == whole[name].hashes.tolist()
        assert bucketed[name].sources.tolist() == whole[name].sources.tolist()
        assert bucketed[name].names == whole[name].names == ("a" * 64, "b" * 64, "c" * 64)
    assert [len(p.hashes) for p in bucketed.values()] == [17, 17, 5]


def test_pair_buckets_give_every_pair_once_sorted_by_hash_then_tag(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = np.random.default_rng(5)
    batches = []
    for _ in range(20):  # hashes over the whole 64-bit range, some repeated across batches
        hashes = rng.integers(0, 2**63, 300, dtype=np.uint64) * np.uint64(2)
        hashes[:50] = np.uint64(12345) << np.uint64(40)  # one bucket's hash, many times
        tags = rng.integers(0, 3, 300, dtype=np.uint64)
        batches.append(tables._distinct_pairs(hashes, tags))
    every = np.concatenate(batches)
    expected = tables._distinct_pairs(every[:, 0], every[:, 1])
    monkeypatch.setattr(tables, "_PAIR_BUCKET_ROWS", 100)
    with tables._PairBuckets(len(every)) as buckets:
        assert buckets.bits == 6  # 6,000 rows / 100: 60 buckets, made 64
        for pairs in batches:
            buckets.add(pairs)
        hashes, tags = buckets.distinct()
    assert len(hashes) == len(expected) < len(every)
    assert hashes.tolist() == expected[:, 0].tolist()
    assert tags.tolist() == expected[:, 1].tolist()
    # fewer rows announced than added: the arrays grow
    with tables._PairBuckets(10) as buckets:
        for pairs in batches:
            buckets.add(pairs)
        hashes, tags = buckets.distinct()
    assert hashes.tolist() == expected[:, 0].tolist()
