"""``read_staged_for_publish`` reads the staging manifest once (it was parsed twice: for the
stale check and for the staged files), with the same staged files and stale issues."""

from __future__ import annotations

from pathlib import Path

import pytest

from genero_etl import stage
from genero_etl.workspace import Workspace


def test_the_manifest_is_read_once_for_publish(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(staged_ws)
    expected = stage.read_staged(ws.staging)
    path = ws.root / "raw" / "mx_juarez_avgm_2022.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # now stale
    loads: list[Path] = []
    real = stage.load_manifest

    def counted(staging: Path) -> stage.Manifest:
        loads.append(staging)
        return real(staging)

    monkeypatch.setattr(stage, "load_manifest", counted)
    with pytest.raises(stage.StagingStale):
        stage.read_staged_for_publish(ws)
    loads.clear()
    staged = stage.read_staged_for_publish(ws, allow_stale=True)
    assert loads == [ws.staging]
    assert [s.source.source_file for s in staged] == [s.source.source_file for s in expected]
    assert len(staged) == len(expected) > 1
    stale = [
        (s.source.source_file, i.code) for s in staged for i in s.issues if i.code == "source-stale"
    ]
    changed = [s.source.source_file for s in expected if "juarez" in s.source.source_file]
    assert len(changed) == 1 and stale == [(changed[0], "source-stale")]
    assert [len(s.issues) for s in staged] == [
        len(e.issues) + ("juarez" in e.source.source_file) for e in expected
    ]
