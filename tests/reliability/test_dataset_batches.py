"""A batch of many small files staged as one part: their columns' dictionaries merged."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pyarrow as pa
import pytest

from genero_etl import pipeline
from genero_etl.pipeline import IngestOptions
from genero_etl.stage import StagedFile, StagingWriter, read_staged
from genero_etl.workspace import Workspace


def _labelled(base: StagedFile, name: str, label: str) -> StagedFile:
    """``base``'s first two rows as the file ``name``, their label ``label``; the text
    columns dictionary-encoded with 8-bit indices, as a small report's are."""
    table = base.table().slice(0, 2)
    small = pa.dictionary(pa.int8(), pa.string())
    for column, value in (("source_file", name), ("indicator_label", label)):
        index = table.column_names.index(column)
        cells = pa.array([value] * table.num_rows, pa.string()).dictionary_encode().cast(small)
        table = table.set_column(index, pa.field(column, small), cells)
    source = dataclasses.replace(base.source, source_file=name, observations=table.num_rows)
    return StagedFile(source=source, issues=[], frame=table)


def test_many_files_of_one_schema_outgrowing_8_bit_indices_stage_as_one_part(
    workspace: Path,
) -> None:
    ws = Workspace(workspace)
    path = ws.raw / "ar_lujan_informe_2024.txt"
    base = pipeline.extract_document(path, "raw/ar_lujan_informe_2024.txt", IngestOptions())
    files = [_labelled(base, f"raw/informe_{i:03d}.txt", f"Talleres {i}") for i in range(200)]
    assert len({f.table().schema.to_string() for f in files}) == 1  # one schema for all
    writer = StagingWriter(ws.staging)
    for staged in files:
        writer.add(staged)
    writer.commit()  # 200 distinct file names: more than an 8-bit index can number
    assert len(list(ws.staging.glob("part-*.parquet"))) == 1
    staged = {s.source.source_file: s for s in read_staged(ws.staging)}
    assert len(staged) == 200
    table = staged["raw/informe_137.txt"].table()
    assert table.column("source_file").to_pylist() == ["raw/informe_137.txt"] * 2
    assert table.column("indicator_label").to_pylist() == ["Talleres 137"] * 2
    assert table.column("value").to_pylist() == base.table().column("value").to_pylist()[:2]


def test_a_run_freezes_what_its_first_file_loaded_and_hands_it_back(workspace: Path) -> None:
    import gc

    ws = Workspace(workspace)
    frozen_during: list[int] = []

    def seen(index: int, total: int, name: str) -> None:
        frozen_during.append(gc.get_freeze_count())

    assert gc.get_freeze_count() == 0
    result = pipeline.ingest_paths([ws.raw], ws, IngestOptions(), on_file=seen)
    assert len(frozen_during) == 4 and all(count > 0 for count in frozen_during)
    assert gc.get_freeze_count() == 0  # handed back when the run ends
    assert sorted(r.source_file for r in result.files if r.staged is not None) == [
        "raw/ar_lujan_informe_2024.txt",
        "raw/cl_plan_equidad.txt",
        "raw/mx_jocotepec_poa_2024.txt",
        "raw/mx_juarez_avgm_2022.md",
    ]
    # one file: nothing frozen; objects the caller froze stay frozen
    one: list[int] = []
    pipeline.ingest_paths(
        [ws.raw / "ar_lujan_informe_2024.txt"],
        ws,
        IngestOptions(use_cache=False),
        on_file=lambda *_: one.append(gc.get_freeze_count()),
    )
    assert one == [0]
    gc.freeze()
    try:
        mine = gc.get_freeze_count()
        again: list[int] = []
        pipeline.ingest_paths(
            [ws.raw],
            ws,
            IngestOptions(use_cache=False),
            on_file=lambda *_: again.append(gc.get_freeze_count()),
        )
        # none added, none handed back (a few of the caller's are freed as they go)
        assert len(again) == 4 and all(0 < count <= mine for count in again)
        assert 0 < gc.get_freeze_count() <= mine
    finally:
        gc.unfreeze()


def test_a_worker_freezes_after_its_first_file_only_and_never_counts_the_frozen(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``gc.get_freeze_count`` walks every frozen object: asked once per file it had made a
    worker's files a half slower. The worker keeps a flag instead."""
    import gc

    ws = Workspace(workspace)
    tasks = [
        pipeline._Task(ws.raw / name, f"raw/{name}", IngestOptions())
        for name in ("ar_lujan_informe_2024.txt", "cl_plan_equidad.txt")
    ]
    monkeypatch.setitem(pipeline._WORKER_STATE, "frozen", False)
    assert gc.get_freeze_count() == 0
    try:
        kind, first = pipeline._extract_in_worker(tasks[0])
        assert kind == "staged" and isinstance(first, StagedFile)
        assert first.source.source_file == "raw/ar_lujan_informe_2024.txt"
        assert pipeline._WORKER_STATE["frozen"] is True
        frozen = gc.get_freeze_count()
        assert frozen > 0

        def counted() -> int:
            raise AssertionError("a worker counted the frozen objects")

        monkeypatch.setattr(gc, "get_freeze_count", counted)
        kind, second = pipeline._extract_in_worker(tasks[1])
        monkeypatch.undo()
        assert kind == "staged" and isinstance(second, StagedFile)
        assert second.source.source_file == "raw/cl_plan_equidad.txt"
        assert 0 < gc.get_freeze_count() <= frozen  # nothing frozen again
    finally:
        gc.unfreeze()


def test_columns_that_fit_are_combined_before_widening_and_give_the_same_part() -> None:
    import io

    import pyarrow.parquet as pq

    from genero_etl.stage import _one_chunk, _wide_indices

    small = pa.dictionary(pa.int8(), pa.string())

    def chunk(i: int) -> pa.Table:  # "name": 200 distinct values in all, "kind": 3
        names = pa.array([f"informe {i}", None, f"informe {i}"]).dictionary_encode().cast(small)
        kinds = pa.array(["b", "a", ["a", "c", "b"][i % 3]]).dictionary_encode().cast(small)
        return pa.table({"name": names, "kind": kinds, "n": pa.array([i, i, None])})

    table = pa.concat_tables([chunk(i) for i in range(200)])
    encoded = {"name", "kind"}
    one = _one_chunk(table)
    assert one.column("kind").num_chunks == 1 and one.column("name").num_chunks == 200
    assert one.column("n").num_chunks == 1
    before = _wide_indices(table, encoded).combine_chunks()  # every chunk widened, then combined
    after = _wide_indices(one, encoded).combine_chunks()
    assert after.equals(before)
    for name in encoded:
        assert (
            after.column(name).chunk(0).dictionary.equals(before.column(name).chunk(0).dictionary)
        )
        assert after.column(name).chunk(0).indices.equals(before.column(name).chunk(0).indices)
    assert after.column("kind").chunk(0).dictionary.to_pylist() == ["b", "a", "c"]
    written = []
    for t in (before, after):
        sink = io.BytesIO()
        pq.write_table(t, sink, compression="zstd")
        written.append(sink.getvalue())
    assert written[0] == written[1]


def test_a_worker_freezes_what_its_first_file_loaded_once(workspace: Path) -> None:
    import gc

    ws = Workspace(workspace)
    assert gc.get_freeze_count() == 0
    try:
        shipped = []
        for name in ("ar_lujan_informe_2024.txt", "mx_jocotepec_poa_2024.txt"):
            task = pipeline._Task(ws.raw / name, f"raw/{name}", IngestOptions())
            shipped.append(pipeline._extract_in_worker(task))
            if len(shipped) == 1:
                first = gc.get_freeze_count()
                assert first > 0
        assert 0 < gc.get_freeze_count() <= first  # the second file froze nothing more
        kinds = [kind for kind, _ in shipped]
        assert kinds == ["staged", "staged"]
        staged = pipeline._unpack(shipped[1])
        assert isinstance(staged, StagedFile)
        assert staged.source.source_file == "raw/mx_jocotepec_poa_2024.txt"
    finally:
        gc.unfreeze()
