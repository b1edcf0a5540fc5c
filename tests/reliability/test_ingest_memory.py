"""Ingest of many files holds one file's rows at a time once each is committed: a file's
staged table is freed before the next file is extracted (a CSV of a million rows split
into files had held two files' tables at once: the loop's ``enumerate`` tuple and name)."""

from __future__ import annotations

import shutil
import weakref
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from genero_etl import pipeline
from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.stage import StagedFile, StagingWriter, read_staged
from genero_etl.workspace import Workspace

SESNSP = Path(__file__).parent.parent / "fixtures" / "spreadsheets" / "sesnsp_idm_2024.csv"


def test_a_committed_files_rows_are_freed_before_the_next_file_is_extracted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("a", "b", "c"):  # SESNSP's municipal layout, 20 rows of 12 months each
        shutil.copyfile(SESNSP, raw / f"sesnsp_idm_2024_{name}.csv")
    # a commit after every file, as a file of a million rows makes one (``BATCH_ROWS``)
    monkeypatch.setattr(pipeline, "StagingWriter", partial(StagingWriter, batch_rows=1))
    staged: list[weakref.ref[Any]] = []
    alive: list[list[bool]] = []  # at each extraction, which staged tables are still alive
    add, extract = StagingWriter.add, pipeline._extract_one

    def added(self: StagingWriter, file: StagedFile, *args: Any, **kwargs: Any) -> None:
        add(self, file, *args, **kwargs)
        staged.append(weakref.ref(file.frame))

    def extracting(task: Any) -> Any:
        alive.append([ref() is not None for ref in staged])
        return extract(task)

    monkeypatch.setattr(StagingWriter, "add", added)
    monkeypatch.setattr(pipeline, "_extract_one", extracting)
    ws = Workspace(tmp_path)
    result = ingest_paths([raw], ws, IngestOptions())
    assert [(f.source_file, f.error) for f in result.files] == [
        ("raw/sesnsp_idm_2024_a.csv", None),
        ("raw/sesnsp_idm_2024_b.csv", None),
        ("raw/sesnsp_idm_2024_c.csv", None),
    ]
    assert alive == [[], [False], [False, False]]
    assert [f.table().num_rows for f in read_staged(ws.staging)] == [240, 240, 240]
