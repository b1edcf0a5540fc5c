"""The stale check of ``publish`` (``stage.stale_sources``) reads a raw file whole only when its
size or modification time differ from those it had when the check last read it and found
the staged sha256, as git's index does; what it guarantees and what it does not."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from genero_etl import stage
from genero_etl.workspace import Workspace


@pytest.fixture
def hashed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The raw files the stale check reads whole, by name, in order."""
    read: list[str] = []
    real = stage.file_sha256

    def counted(path: Path) -> str:
        read.append(path.name)
        return real(path)

    monkeypatch.setattr(stage, "file_sha256", counted)
    return read


def _age(path: Path, seconds: float) -> int:
    """Set a file's modification time ``seconds`` ago; the time set, in nanoseconds."""
    when = time.time_ns() - int(seconds * 1e9)
    os.utime(path, ns=(when, when))
    return when


def test_a_file_of_the_same_size_and_time_is_not_read_again(
    staged_ws: Path, hashed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(staged_ws)
    found = (stage.raw_path_of(ws.staging, r) for r in stage.staged_records(ws.staging))
    raws = sorted(p for p in found if p is not None)
    assert len(raws) >= 3 and all(p.is_file() for p in raws)
    for path in raws:
        _age(path, 100)
    assert stage.stale_sources(ws) == []
    assert sorted(hashed) == [p.name for p in raws]  # the first time: every file read
    assert (ws.staging.parent / "cache" / stage.RAW_STATS).is_file()
    hashed.clear()
    assert stage.stale_sources(ws) == []
    assert hashed == []  # then none

    # touched, the same bytes: read once, not stale, and recorded with its new time
    one, two, three = raws[:3]
    _age(one, 50)
    assert stage.stale_sources(ws) == [] and hashed == [one.name]
    hashed.clear()
    assert stage.stale_sources(ws) == [] and hashed == []

    # changed, the same size, a new time: found
    data = two.read_bytes()
    two.write_bytes(data[:-1] + (b"X" if data[-1:] != b"X" else b"Y"))
    _age(two, 30)
    name = _source_file(ws, two)
    assert stage.stale_sources(ws) == [stage.Stale(name, "changed")] and hashed == [two.name]
    hashed.clear()
    assert stage.stale_sources(ws) == [stage.Stale(name, "changed")]  # never recorded
    two.write_bytes(data)
    _age(two, 20)

    # changed, the same size, its time set back to the recorded one: not seen (what the
    # check does not guarantee), unless every file is read
    recorded = three.stat().st_mtime_ns
    before = three.read_bytes()
    three.write_bytes(before[:-1] + (b"X" if before[-1:] != b"X" else b"Y"))
    os.utime(three, ns=(recorded, recorded))
    hashed.clear()
    assert stage.stale_sources(ws) == [] and hashed == [two.name]  # two: its time is new
    monkeypatch.setenv(stage.RAW_STAT_ENV, "0")
    hashed.clear()
    assert stage.stale_sources(ws) == [stage.Stale(_source_file(ws, three), "changed")]
    assert sorted(hashed) == [p.name for p in raws]
    monkeypatch.delenv(stage.RAW_STAT_ENV)
    three.write_bytes(before)
    os.utime(three, ns=(recorded, recorded))

    # a file written just now is read but not recorded: a change within the clock's tick
    # would keep its time
    _age(one, 0)
    hashed.clear()
    assert stage.stale_sources(ws) == [] and hashed == [one.name]
    hashed.clear()
    assert stage.stale_sources(ws) == [] and hashed == [one.name]

    # deleted: found without reading
    one.unlink()
    hashed.clear()
    assert stage.stale_sources(ws) == [stage.Stale(_source_file(ws, one), "deleted")]
    assert hashed == []


def _source_file(ws: Workspace, raw: Path) -> str:
    for record in stage.staged_records(ws.staging):
        if stage.raw_path_of(ws.staging, record) == raw:
            return str(record["source"]["source_file"])
    raise AssertionError(raw)


def test_a_file_staged_from_outside_the_workspace_is_checked_at_its_own_path(
    staged_ws: Path, tmp_path: Path, hashed: list[str]
) -> None:
    """A file ingested from outside the workspace is staged under its absolute path, the
    others relative to the workspace: the check reads each at the path ``raw_path_of``
    gives (the sample report mx_jocotepec_poa_2024.txt copied to another folder)."""
    from genero_etl.pipeline import IngestOptions, ingest_paths

    ws = Workspace(staged_ws)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    outside = elsewhere / "jocotepec_copia.txt"
    outside.write_bytes((ws.raw / "mx_jocotepec_poa_2024.txt").read_bytes())
    result = ingest_paths([ws.raw, outside], ws, IngestOptions())
    assert all(f.ok for f in result.files)
    hashed.clear()  # what the ingest read
    records = stage.staged_records(ws.staging)
    written = [bytes.fromhex(r["raw_path"]).decode() for r in records]
    assert str(outside.absolute()) in written and any(w.startswith("raw/") for w in written)
    raws = [stage.raw_path_of(ws.staging, r) for r in records]
    assert all(p is not None and p.is_file() for p in raws)
    for path in raws:
        assert path is not None
        _age(path, 100)
    assert stage.stale_sources(ws) == []
    assert sorted(hashed) == sorted(p.name for p in raws if p is not None)
    hashed.clear()
    assert stage.stale_sources(ws) == [] and hashed == []
    name = next(
        r["source"]["source_file"]
        for r in records
        if bytes.fromhex(r["raw_path"]).decode() == str(outside.absolute())
    )
    outside.write_bytes(outside.read_bytes() + b"\nOtra linea.\n")
    assert stage.stale_sources(ws) == [stage.Stale(name, "changed")]
    assert hashed == [outside.name]
    outside.unlink()
    assert stage.stale_sources(ws) == [stage.Stale(name, "deleted")]
