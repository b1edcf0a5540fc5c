"""Staging as one dataset: parts + one manifest, atomic commits, superseded rows and
compaction, columnar reads, the conversion of format 3 pairs."""

from __future__ import annotations

import collections
import dataclasses
import hashlib
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from genero_etl import pipeline, stage
from genero_etl.cli.app import app
from genero_etl.errors import StagingInvalid
from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.stage import (
    StagedFile,
    StagingWriter,
    clean_temporaries,
    read_staged,
    stage_key,
    staged_observations,
)
from genero_etl.workspace import Workspace


def _manifest(staging: Path) -> dict:  # type: ignore[type-arg]
    return json.loads((staging / "manifest.json").read_text(encoding="utf-8"))


def _parts(staging: Path) -> list[str]:
    return sorted(p.name for p in staging.glob("part-*.parquet"))


def _views(staging: Path) -> dict[str, pa.Table]:
    return {s.source.source_file: s.table() for s in read_staged(staging)}


@pytest.fixture
def base(workspace: Path) -> StagedFile:
    """One real staged report (Luján), to copy under other names and sizes."""
    ws = Workspace(workspace)
    path = ws.raw / "ar_lujan_informe_2024.txt"
    return pipeline.extract_document(path, "raw/ar_lujan_informe_2024.txt", IngestOptions())


def _copy(base: StagedFile, name: str, rows: int) -> StagedFile:
    table = base.table().slice(0, rows)
    index = table.column_names.index("source_file")
    table = table.set_column(index, "source_file", pa.array([name] * rows, pa.string()))
    source = dataclasses.replace(base.source, source_file=name, observations=rows)
    return StagedFile(source=source, issues=[], frame=table)


def test_an_interrupted_commit_leaves_the_previous_staging(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(workspace)
    ingest_paths([ws.raw], ws, IngestOptions())
    manifest = (ws.staging / "manifest.json").read_bytes()
    (first_part,) = _parts(ws.staging)
    before = _views(ws.staging)
    report = ws.raw / "mx_jocotepec_poa_2024.txt"
    report.write_bytes(report.read_bytes() + b"\nSe entregaron 777 botones.\n")

    def killed(path: Path, data: bytes, *, durable: bool = True) -> None:
        raise KeyboardInterrupt  # the run dies after its part, before its manifest

    monkeypatch.setattr(stage, "atomic_write_bytes", killed)
    with pytest.raises(KeyboardInterrupt):
        ingest_paths([ws.raw], ws, IngestOptions())
    monkeypatch.undo()
    assert (ws.staging / "manifest.json").read_bytes() == manifest
    assert len(_parts(ws.staging)) == 2  # the new part, orphaned
    after = _views(ws.staging)
    assert sorted(after) == sorted(before)
    assert all(after[name].equals(table) for name, table in before.items())
    assert clean_temporaries(ws.staging) == 1
    assert _parts(ws.staging) == [first_part]
    again = ingest_paths([ws.raw], ws, IngestOptions())
    assert again.unchanged == 3
    values = _views(ws.staging)["raw/mx_jocotepec_poa_2024.txt"].column("value").to_pylist()
    assert 777 in values


def test_superseded_rows_are_compacted_when_they_outnumber_the_live(
    tmp_path: Path, base: StagedFile
) -> None:
    staging = tmp_path / "staging"
    assert base.count >= 10
    writer = StagingWriter(staging)
    for name in "abcd":
        writer.add(_copy(base, f"raw/{name}.txt", 10))
    writer.commit()
    (first,) = _parts(staging)
    assert _manifest(staging)["parts"][first]["rows"] == 40
    original_d = _views(staging)["raw/d.txt"]

    writer = StagingWriter(staging)
    writer.add(_copy(base, "raw/a.txt", 5))
    writer.commit()
    parts = _manifest(staging)["parts"]
    assert len(parts) == 2 and parts[first]["rows"] == 40  # 30 of its 40 rows live: kept
    (second,) = set(parts) - {first}
    a = _manifest(staging)["files"][stage_key("raw/a.txt")]
    assert (a["part"], a["offset"], a["rows"]) == (second, 0, 5)

    writer = StagingWriter(staging)
    writer.add(_copy(base, "raw/b.txt", 5))
    writer.add(_copy(base, "raw/c.txt", 5))
    writer.commit()
    # 10 of the first part's 40 rows live: d's rows move into the new part, the part goes
    parts = _manifest(staging)["parts"]
    assert first not in parts and first not in _parts(staging)
    assert sorted(parts) == _parts(staging) and second in parts
    (third,) = set(parts) - {second}
    assert parts[third]["rows"] == 5 + 5 + 10
    d = _manifest(staging)["files"][stage_key("raw/d.txt")]
    assert (d["part"], d["offset"], d["rows"]) == (third, 10, 10)
    views = _views(staging)
    assert {name: t.num_rows for name, t in views.items()} == {
        "raw/a.txt": 5,
        "raw/b.txt": 5,
        "raw/c.txt": 5,
        "raw/d.txt": 10,
    }
    assert views["raw/d.txt"].equals(original_d)
    # the dataset read lazily, by column: live rows only, the same ids as the file views
    chunks = list(staged_observations(staging, ["observation_id", "value"]))
    assert [c.column_names for c in chunks] == [["observation_id", "value"]] * 2
    ids = sorted(i for c in chunks for i in c.column("observation_id").to_pylist())
    assert ids == sorted(i for t in views.values() for i in t.column("observation_id").to_pylist())
    assert sum(c.num_rows for c in chunks) == 25


def test_too_many_parts_are_folded(
    tmp_path: Path, base: StagedFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stage, "MAX_PARTS", 4)
    staging = tmp_path / "staging"
    for index in range(7):
        writer = StagingWriter(staging)
        writer.add(_copy(base, f"raw/{index}.txt", 3))
        writer.commit()
        assert len(_parts(staging)) <= 4
    assert {n: t.num_rows for n, t in _views(staging).items()} == {
        f"raw/{i}.txt": 3 for i in range(7)
    }
    assert sum(m["rows"] for m in _manifest(staging)["parts"].values()) == 21  # none superseded


def test_a_batch_is_a_part(tmp_path: Path, base: StagedFile) -> None:
    staging = tmp_path / "staging"
    writer = StagingWriter(staging, batch_files=2)
    for index in range(5):
        writer.add(_copy(base, f"raw/{index}.txt", 2))
        if writer.full:
            writer.commit()
    writer.commit()
    parts = _manifest(staging)["parts"]
    assert sorted(m["rows"] for m in parts.values()) == [2, 4, 4]
    assert len(read_staged(staging)) == 5


def _to_format3(staging: Path) -> None:
    """Rewrite a staging as the pairs genero-etl wrote before the dataset (format 3)."""
    manifest = _manifest(staging)
    for key, entry in manifest["files"].items():
        table = pq.read_table(staging / entry["part"]).slice(entry["offset"], entry["rows"])
        sink = io.BytesIO()
        pq.write_table(table, sink, compression="zstd")
        data = sink.getvalue()
        digest = hashlib.sha256(data).hexdigest()
        (staging / f"{key}.{digest[:16]}.parquet").write_bytes(data)
        record = {k: entry[k] for k in ("source", "raw_path", "issues", "indicator_counts")}
        record |= {
            "format": 3,
            "options_fingerprint": entry["options_fingerprint"],
            "observations": entry["rows"],
            "observations_file": f"{key}.{digest[:16]}.parquet",
            "observations_sha256": digest,
        }
        (staging / f"{key}.json").write_text(json.dumps(record), encoding="utf-8")
    for name in [*manifest["parts"], "manifest.json"]:
        (staging / name).unlink()


def test_format3_staging_is_refused_by_readers_and_converted_by_ingest(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(workspace)
    ingest_paths([ws.raw], ws, IngestOptions())
    before = _views(ws.staging)
    _to_format3(ws.staging)
    assert len(list(ws.staging.glob("*.json"))) == 4
    runner = CliRunner()
    result = runner.invoke(app, ["publish", "-w", str(workspace), "--lang", "en"])
    assert result.exit_code == 3
    assert "old format (a pair of files per report)" in result.output
    assert "genero-etl ingest" in result.output
    # one pair damaged: that file alone is extracted again
    luj = ws.staging / f"{stage_key('raw/ar_lujan_informe_2024.txt')}.json"
    parquet = ws.staging / json.loads(luj.read_text(encoding="utf-8"))["observations_file"]
    parquet.write_bytes(parquet.read_bytes() + b"x")
    seen: list[str] = []
    real = pipeline.extract_document

    def spy(path: Path, display: str, options: IngestOptions) -> StagedFile:
        seen.append(display)
        return real(path, display, options)

    monkeypatch.setattr(pipeline, "extract_document", spy)
    again = ingest_paths([ws.raw], ws, IngestOptions())
    assert seen == ["raw/ar_lujan_informe_2024.txt"] and again.unchanged == 3
    assert again.converted == 3  # the damaged pair was not kept
    assert [p.name for p in ws.staging.glob("*.json")] == ["manifest.json"]  # pairs gone
    assert len(_parts(ws.staging)) == 2  # the kept files' part, the re-extracted file's
    after = _views(ws.staging)
    assert sorted(after) == sorted(before)
    for name, table in before.items():
        assert pc.all(pc.equal(after[name].column("value"), table.column("value"))).as_py()
        assert after[name].column("observation_id").equals(table.column("observation_id"))
    result = runner.invoke(app, ["publish", "-w", str(workspace)])
    assert result.exit_code == 0, result.output


def test_a_damaged_manifest_is_refused_and_restaged_by_ingest(workspace: Path) -> None:
    ws = Workspace(workspace)
    ingest_paths([ws.raw], ws, IngestOptions())
    (part,) = _parts(ws.staging)
    (ws.staging / "manifest.json").write_text("{half", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["publish", "-w", str(workspace), "--lang", "en"])
    assert result.exit_code == 3 and "manifest.json" in result.output
    assert clean_temporaries(ws.staging) == 0 and _parts(ws.staging) == [part]
    again = ingest_paths([ws.raw], ws, IngestOptions())
    assert again.unchanged == 0 and len(read_staged(ws.staging)) == 4
    assert _parts(ws.staging) == [part]  # the same extraction, the same bytes


def test_staging_of_several_jobs_merges_into_one(tmp_path: Path, workspace: Path) -> None:
    from genero_etl.stage import merge_staging

    whole = Workspace(workspace)
    ingest_paths([whole.raw], whole, IngestOptions())
    jobs = []
    for index, names in enumerate([["ar_lujan_informe_2024.txt"], ["mx_juarez_avgm_2022.md"]]):
        job = Workspace(tmp_path / f"job{index}")
        (job.raw).mkdir(parents=True)
        for name in names:
            (job.raw / name).write_bytes((whole.raw / name).read_bytes())
        ingest_paths([job.raw], job, IngestOptions())
        jobs.append(job.staging)
    central = tmp_path / "central" / ".genero-etl" / "staging"
    assert merge_staging(central, jobs) == 2
    merged = _views(central)
    assert sorted(merged) == ["raw/ar_lujan_informe_2024.txt", "raw/mx_juarez_avgm_2022.md"]
    alone = _views(whole.staging)
    for name, table in merged.items():
        assert table.column("observation_id").equals(alone[name].column("observation_id"))
        assert table.column("value").equals(alone[name].column("value"))
    assert len(_parts(central)) == 1
    assert merge_staging(central, jobs[:1]) == 1  # again: replaced, not added twice
    assert len(read_staged(central)) == 2


def test_a_batch_that_cannot_be_written_fails_its_files_only(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    ws = Workspace(workspace)
    ingest_paths([ws.raw], ws, IngestOptions())
    manifest = (ws.staging / "manifest.json").read_bytes()
    report = ws.raw / "cl_plan_equidad.txt"
    report.write_bytes(report.read_bytes() + b"\nSe atendieron 55 mujeres.\n")

    def full(self: StagingWriter, tables: list[pa.Table]) -> tuple[str, str, list[int]]:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(StagingWriter, "_write_part", full)
    result = ingest_paths([ws.raw], ws, IngestOptions())
    by_name = {f.source_file: f for f in result.files}
    error = by_name["raw/cl_plan_equidad.txt"].error
    assert error is not None and error.code == "output-unwritable" and int(error.exit_code) == 3
    assert "No space left" in str(error.params["reason"])
    assert [f.unchanged for n, f in sorted(by_name.items()) if n != "raw/cl_plan_equidad.txt"] == [
        True
    ] * 3
    assert (ws.staging / "manifest.json").read_bytes() == manifest


def test_a_manifest_of_another_format_is_refused(workspace: Path) -> None:
    ws = Workspace(workspace)
    ingest_paths([ws.raw], ws, IngestOptions())
    manifest = _manifest(ws.staging)
    manifest["format"] = 3
    (ws.staging / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(StagingInvalid) as err:
        read_staged(ws.staging)
    assert err.value.code == "staging-old" and int(err.value.exit_code) == 3


def test_a_format_4_staging_is_refused_and_staged_anew_by_ingest(workspace: Path) -> None:
    """Format 4 manifests could point a file at another file's rows: publish refuses them
    and the next ingest extracts every file again, each pointing at its own rows."""
    ws = Workspace(workspace)
    ingest_paths([ws.raw], ws, IngestOptions())
    manifest = _manifest(ws.staging)
    manifest["format"] = 4
    (ws.staging / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(StagingInvalid) as err:
        read_staged(ws.staging)
    assert err.value.code == "staging-old" and int(err.value.exit_code) == 3
    result = ingest_paths([ws.raw], ws, IngestOptions())
    assert not any(f.unchanged for f in result.files)
    assert _manifest(ws.staging)["format"] == 5
    for source_file, table in _views(ws.staging).items():
        assert set(table.column("source_file").to_pylist()) == {source_file}


def test_ingest_says_it_converted_an_old_staging(workspace: Path) -> None:
    ws = Workspace(workspace)
    ingest_paths([ws.raw], ws, IngestOptions())
    _to_format3(ws.staging)
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", "-w", str(workspace), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "converted to the single dataset: 4 files" in result.output
    assert "unchanged: 4" in result.output
    again = runner.invoke(app, ["ingest", "-w", str(workspace), "--format", "json"])
    assert json.loads(again.stdout)["converted"] == 0


def test_each_files_rows_are_where_the_manifest_says_in_a_part_of_mixed_schemas(
    workspace: Path,
) -> None:
    """Text reports and spreadsheets staged in one part have tables of different schemas;
    the part holds them grouped by schema, and each manifest entry still points at its own
    file's rows, before and after one report is changed and compacted in again."""
    import shutil

    ws = Workspace(workspace)
    sheets = Path(__file__).resolve().parents[2] / "raw" / "planillas"
    for name in ("sesnsp_idm_2024.csv", "indicadores_anuales_2024.xlsx"):
        shutil.copy(sheets / name, ws.raw / name)
    shutil.copy(sheets / "indicadores_anuales_2024.xlsx.meta.yaml", ws.raw)
    ingest_paths([ws.raw], ws, IngestOptions())
    first = _views(ws.staging)
    assert len(first) == 6
    for source_file, table in first.items():
        assert table.num_rows > 0
        assert set(table.column("source_file").to_pylist()) == {source_file}
    assert first["raw/sesnsp_idm_2024.csv"].num_rows == 240

    report = ws.raw / "cl_plan_equidad.txt"
    report.write_bytes(report.read_bytes() + b"\nSe atendieron 55 mujeres.\n")
    ingest_paths([ws.raw], ws, IngestOptions())
    second = _views(ws.staging)
    for source_file, table in second.items():
        assert set(table.column("source_file").to_pylist()) == {source_file}
        if source_file != "raw/cl_plan_equidad.txt":
            assert table.equals(first[source_file])
    changed = second["raw/cl_plan_equidad.txt"]
    assert 55.0 in changed.column("value").to_pylist()
    assert changed.num_rows == first["raw/cl_plan_equidad.txt"].num_rows + 1


def test_ingest_holds_views_of_what_it_staged_not_the_rows(workspace: Path) -> None:
    """Once a batch is written, each file's result is a view of its staged rows, read from
    its part only when asked for: a run does not hold every file's rows to its end."""
    from genero_etl.stage import LazyStagedFile

    ws = Workspace(workspace)
    result = ingest_paths([ws.raw], ws, IngestOptions())
    staged = {f.source_file: f.staged for f in result.files if f.staged is not None}
    assert len(staged) == 4
    on_disk = _views(ws.staging)
    for source_file, view in staged.items():
        assert isinstance(view, LazyStagedFile) and view.unread
        assert view.count == on_disk[source_file].num_rows > 0
        assert view.table().equals(on_disk[source_file])
    assert result.observation_count == sum(t.num_rows for t in on_disk.values())
    lujan = staged["raw/ar_lujan_informe_2024.txt"]
    assert lujan.indicator_counts() == dict(
        collections.Counter(lujan.table().column("indicator_id").to_pylist())
    )
