"""Python's garbage collector around a publish: the staged files' views frozen out of its
full passes while the version is made (``model.arrow.objects_frozen``), and no collection
while objects that all live on are made (``collector_paused``); the version is the same."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from genero_etl.model.arrow import collector_paused, objects_frozen
from genero_etl.publish import package
from genero_etl.stage import load_manifest, read_staged
from genero_etl.workspace import Workspace

from .files import folder_bytes


def test_objects_frozen_for_the_block_and_handed_back() -> None:
    assert gc.get_freeze_count() == 0
    kept = [object() for _ in range(10)]
    with objects_frozen():
        assert gc.get_freeze_count() >= len(kept)
    assert gc.get_freeze_count() == 0
    # a caller's own freeze is left as it is
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with objects_frozen():
            assert gc.get_freeze_count() == frozen
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
    # and nothing is frozen when the collector is off
    gc.disable()
    try:
        with objects_frozen():
            assert gc.get_freeze_count() == 0
    finally:
        gc.enable()


def test_collector_paused_for_the_block_and_as_it_was_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("x")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # off before: left off
    finally:
        gc.enable()


def test_staging_read_with_the_collector_paused_then_on(staged_ws: Path) -> None:
    """The four sample reports' manifest and views: the same with the collector on again."""
    ws = Workspace(staged_ws)
    manifest = load_manifest(ws.staging)
    assert gc.isenabled() and len(manifest.files) == 4
    staged = read_staged(ws.staging, manifest)
    assert gc.isenabled()
    assert [s.source.source_file for s in staged] == sorted(s.source.source_file for s in staged)
    assert sum(s.count for s in staged) == sum(int(e["rows"]) for e in manifest.files.values())


def test_publish_makes_the_version_with_the_views_frozen(
    staged_ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the version is built the staged files' views are frozen; after it nothing is,
    and the version has the bytes of a publish with the collector left alone."""
    import shutil

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    other = tmp_path / "other"
    shutil.copytree(staged_ws, other)
    during: list[int] = []
    real = package.build

    def spied(*args: object, **kwargs: object) -> object:
        during.append(gc.get_freeze_count())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(package, "build", spied)
    made = package.publish(Workspace(staged_ws))
    assert len(during) == 1 and during[0] > 0 and gc.get_freeze_count() == 0
    monkeypatch.setattr(package, "objects_frozen", _left_alone)
    plain = package.publish(Workspace(other))
    assert during[1] == 0
    assert made.version == plain.version == "1.0.0"
    assert folder_bytes(made.path) == folder_bytes(plain.path)


class _left_alone:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *args: object) -> None:
        return None
