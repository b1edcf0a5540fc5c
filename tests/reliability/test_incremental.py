"""Incremental ingest (unchanged files kept) and ingest in worker processes (--jobs)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from genero_etl import pipeline
from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.workspace import Workspace

RAW = Path(__file__).resolve().parent.parent.parent / "raw"


def _snapshot(staging: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(staging.iterdir())}


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the files extracted (in this process) from now on."""
    seen: list[str] = []
    real = pipeline.extract_document

    def spy(path: Path, display: str, options: IngestOptions) -> pipeline.StagedFile:
        seen.append(display)
        return real(path, display, options)

    monkeypatch.setattr(pipeline, "extract_document", spy)
    return seen


def test_unchanged_files_are_not_extracted_again(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(workspace)
    first = ingest_paths([ws.raw], ws, IngestOptions())
    before = _snapshot(ws.staging)
    seen = _spy(monkeypatch)
    second = ingest_paths([ws.raw], ws, IngestOptions())
    assert seen == []
    assert second.unchanged == 4 and [f.unchanged for f in second.files] == [True] * 4
    assert [f.source_file for f in second.files] == [f.source_file for f in first.files]
    assert second.observation_count == first.observation_count > 0
    assert second.per_indicator() == first.per_indicator()
    assert _snapshot(ws.staging) == before
    # a kept file's observations are read from its staging when asked for
    assert [o.to_dict() for o in second.observations] == [o.to_dict() for o in first.observations]
    kept = [f.staged for f in second.files if f.staged]
    assert [k.table().num_rows for k in kept] == [k.count for k in kept]
    # a part with other bytes is not trusted: the files in it are extracted again, and
    # (extraction being deterministic) staged as the same bytes under the same name
    (damaged,) = sorted(ws.staging.glob("part-*.parquet"))
    damaged.write_bytes(damaged.read_bytes() + b"x")
    third = ingest_paths([ws.raw], ws, IngestOptions())
    assert sorted(seen) == sorted(f.source_file for f in first.files) and third.unchanged == 0
    assert _snapshot(ws.staging) == before


def test_a_changed_file_or_sidecar_is_extracted_again(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(workspace)
    ingest_paths([ws.raw], ws, IngestOptions())
    before = _snapshot(ws.staging)
    seen = _spy(monkeypatch)
    sidecar = ws.raw / "cl_plan_equidad.txt.meta.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8") + "\n# revisado\n", encoding="utf-8")
    again = ingest_paths([ws.raw], ws, IngestOptions())
    assert seen == []  # a comment changes no option: the sidecar's values are the same
    sidecar.write_text(
        sidecar.read_text(encoding="utf-8").replace("\n# revisado\n", "\noffice: Otra oficina\n"),
        encoding="utf-8",
    )
    seen.clear()
    again = ingest_paths([ws.raw], ws, IngestOptions())
    assert seen == ["raw/cl_plan_equidad.txt"]
    assert again.unchanged == 3
    cl = next(f for f in again.files if f.source_file == "raw/cl_plan_equidad.txt")
    assert cl.staged is not None and cl.staged.source.office == "Otra oficina"
    assert _snapshot(ws.staging) != before


def test_changed_bytes_are_extracted_again(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(workspace)
    ingest_paths([ws.raw], ws, IngestOptions())
    seen = _spy(monkeypatch)
    report = ws.raw / "mx_jocotepec_poa_2024.txt"
    report.write_bytes(report.read_bytes() + b"\nOtra linea.\n")
    again = ingest_paths([ws.raw], ws, IngestOptions())
    assert seen == ["raw/mx_jocotepec_poa_2024.txt"]
    assert again.unchanged == 3


def test_no_cache_old_records_and_schemas_force_extraction(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(workspace)
    ingest_paths([ws.raw], ws, IngestOptions())
    before = _snapshot(ws.staging)
    seen = _spy(monkeypatch)
    forced = ingest_paths([ws.raw], ws, IngestOptions(use_cache=False))
    assert len(seen) == 4 and forced.unchanged == 0
    assert _snapshot(ws.staging) == before  # same bytes: extraction is deterministic
    # a file staged without a fingerprint is extracted again
    manifest_path = ws.staging / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    first_key = sorted(manifest["files"])[0]
    del manifest["files"][first_key]["options_fingerprint"]
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    seen.clear()
    assert ingest_paths([ws.raw], ws, IngestOptions()).unchanged == 3
    assert seen == [manifest["files"][first_key]["source"]["source_file"]]
    # a file under schemas/ changes extraction: everything is extracted again
    ws.schemas.mkdir(exist_ok=True)
    (ws.schemas / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    seen.clear()
    assert ingest_paths([ws.raw], ws, IngestOptions()).unchanged == 0
    assert len(seen) == 4


def _sample_workspace(root: Path) -> Workspace:
    shutil.copytree(RAW, root / "raw")
    (root / "raw" / "roto.txt").write_bytes(b"\x00\x01\x02" * 400)  # fails on its own
    return Workspace(root)


@pytest.mark.parametrize("here_bytes", [pipeline.EXTRACT_HERE_BYTES, 4_000])
def test_jobs_give_the_same_staging_as_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, here_bytes: int
) -> None:
    """Also when the bigger files (here: above 4 kB, some text reports and the sheets) are
    extracted in the main process and the others in workers."""
    monkeypatch.setattr(pipeline, "EXTRACT_HERE_BYTES", here_bytes)
    if here_bytes < 10_000:
        sizes = [p.stat().st_size for p in RAW.rglob("*") if p.is_file()]
        assert any(n > here_bytes for n in sizes) and any(n <= here_bytes for n in sizes)
    one = _sample_workspace(tmp_path / "one")
    two = _sample_workspace(tmp_path / "two")
    counted: list[tuple[int, int, str]] = []
    single = ingest_paths([one.raw], one, IngestOptions(jobs=1))
    double = ingest_paths(
        [two.raw],
        two,
        IngestOptions(jobs=2),
        on_file=lambda i, n, name: counted.append((i, n, name)),
    )
    assert [(f.source_file, f.ok) for f in double.files] == [
        (f.source_file, f.ok) for f in single.files
    ]
    failed = [f for f in double.files if not f.ok]
    assert [f.source_file for f in failed] == ["raw/roto.txt"]
    assert failed[0].error is not None
    assert failed[0].error.code == next(f for f in single.files if not f.ok).error.code  # type: ignore[union-attr]
    assert _snapshot(two.staging) == _snapshot(one.staging)
    names = sorted(_snapshot(one.staging))  # one part (a single batch) and the manifest
    assert len(names) == 2 and names[0] == "manifest.json" and names[1].startswith("part-")
    staged = json.loads((one.staging / "manifest.json").read_text(encoding="utf-8"))["files"]
    assert len(staged) == len(single.files) - 1 >= 7  # every file but roto.txt
    assert [c[0] for c in counted] == list(range(len(double.files)))
    assert [c[2] for c in counted] == [f.source_file for f in double.files]
    assert {c[1] for c in counted} == {len(double.files)}
    assert double.observation_count == single.observation_count


def test_the_time_budget_applies_in_worker_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing
    import time

    # the patched extractor reaches the workers only when they are forked
    monkeypatch.setattr(pipeline, "pool_context", lambda: multiprocessing.get_context("fork"))
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw, ignore=shutil.ignore_patterns("*.pdf", "*.docx", "planillas"))
    (raw / "lento.txt").write_bytes((RAW / "ar_lujan_informe_2024.txt").read_bytes())
    real = pipeline.extract_document

    def slow(path: Path, display: str, options: IngestOptions) -> pipeline.StagedFile:
        if path.name == "lento.txt":
            time.sleep(30)
        return real(path, display, options)

    monkeypatch.setattr(pipeline, "extract_document", slow)
    started = time.monotonic()
    result = ingest_paths([raw], Workspace(tmp_path), IngestOptions(jobs=2, timeout=3))
    assert time.monotonic() - started < 25
    by_name = {f.source_file: f for f in result.files}
    error = by_name["raw/lento.txt"].error
    assert error is not None and error.code == "file-timeout" and int(error.exit_code) == 4
    assert all(f.ok for name, f in by_name.items() if name != "raw/lento.txt")


def test_a_dead_worker_fails_its_files_not_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing
    import os

    # the patched extractor reaches the workers only when they are forked
    monkeypatch.setattr(pipeline, "pool_context", lambda: multiprocessing.get_context("fork"))
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("a.txt", "muere.txt", "z.txt"):
        (raw / name).write_bytes((RAW / "ar_lujan_informe_2024.txt").read_bytes())
    real = pipeline.extract_document

    def dying(path: Path, display: str, options: IngestOptions) -> pipeline.StagedFile:
        if path.name == "muere.txt":
            os._exit(9)
        return real(path, display, options)

    monkeypatch.setattr(pipeline, "extract_document", dying)
    result = ingest_paths([raw], Workspace(tmp_path), IngestOptions(jobs=2))
    assert [f.source_file for f in result.files] == ["raw/a.txt", "raw/muere.txt", "raw/z.txt"]
    error = result.files[1].error
    assert error is not None and error.code == "file-internal"
    assert "BrokenProcessPool" in str(error.params["reason"])
    assert int(result.exit_code) == int(error.exit_code)


def test_cli_reports_unchanged_files_and_accepts_jobs(workspace: Path) -> None:
    from typer.testing import CliRunner

    from genero_etl.cli.app import app

    runner = CliRunner()
    args = ["ingest", "--workspace", str(workspace), "--format", "json", "--jobs", "2"]
    first = json.loads(runner.invoke(app, args).stdout)
    second = json.loads(runner.invoke(app, args).stdout)
    assert first["unchanged"] == 0 and second["unchanged"] == 4
    assert [f["unchanged"] for f in second["files"]] == [True] * 4
    assert second["observations"] == first["observations"] > 0
    assert second["per_indicator"] == first["per_indicator"]
    forced = json.loads(runner.invoke(app, [*args, "--no-cache"]).stdout)
    assert forced["unchanged"] == 0 and forced["observations"] == first["observations"]


def test_the_second_run_counts_unchanged_files_without_listing_them(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from genero_etl.cli.app import app

    _sample_workspace(tmp_path)
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", "-w", str(tmp_path), "--lang", "en"])
    second = runner.invoke(app, ["ingest", "-w", str(tmp_path), "--lang", "en"])
    assert first.exit_code == second.exit_code  # roto.txt fails both times (exit 4)
    listed = [line for line in first.output.splitlines() if " values; " in line]
    assert listed and "unchanged: 0" in first.output
    assert f"unchanged: {len(listed)}" in second.output
    assert not [line for line in second.output.splitlines() if " values; " in line]


def test_the_options_fingerprint_reads_the_overrides_as_asdict_does(tmp_path: Path) -> None:
    """The fingerprint a staging keeps is unchanged by reading the overrides field by field:
    the same facts, in the same order, as ``dataclasses.asdict``."""
    import hashlib
    from dataclasses import asdict

    from genero_etl import __version__
    from genero_etl.normalize.document import Overrides
    from genero_etl.stage import file_sha256

    report = tmp_path / "informe.txt"
    report.write_text("Se atendieron 12 mujeres.\n", encoding="utf-8")
    for overrides in (Overrides(), Overrides(country="AR", period="2024", origin="metadata")):
        options = IngestOptions(overrides=overrides)
        facts = {
            "sha256": file_sha256(report),
            "overrides": asdict(overrides),
            "reader": None,
            "template": None,
            "max_bytes": options.read.max_bytes,
            "ocr": options.read.ocr,
            "version": __version__,
            "schemas": "abc",
        }
        expected = hashlib.sha256(json.dumps(facts, sort_keys=True).encode("utf-8")).hexdigest()
        assert pipeline._options_fingerprint(report, options, "abc") == expected


def test_one_changed_file_is_extracted_here_without_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A re-ingest with ``--jobs 2`` where one file changed starts no worker process (it would
    load everything again for one file): the file is extracted in this process, and staging
    is that of the same re-ingest with one job."""
    one, two = Workspace(tmp_path / "one"), Workspace(tmp_path / "two")
    for ws in (one, two):
        shutil.copytree(RAW, ws.raw)
    first = ingest_paths([one.raw], one, IngestOptions(jobs=1))
    assert all(f.ok for f in first.files) and len(first.files) >= 8
    ingest_paths([two.raw], two, IngestOptions(jobs=2))
    for ws in (one, two):
        report = ws.raw / "mx_jocotepec_poa_2024.txt"
        report.write_bytes(report.read_bytes() + b"\nOtra linea.\n")

    def no_pool() -> None:
        raise AssertionError("a worker pool was started for one file")

    seen = _spy(monkeypatch)
    monkeypatch.setattr(pipeline, "pool_context", no_pool)
    again = ingest_paths([two.raw], two, IngestOptions(jobs=2))
    assert seen == ["raw/mx_jocotepec_poa_2024.txt"]
    monkeypatch.undo()
    single = ingest_paths([one.raw], one, IngestOptions(jobs=1))
    assert again.unchanged == single.unchanged == len(single.files) - 1
    assert [(f.source_file, f.ok, f.unchanged) for f in again.files] == [
        (f.source_file, f.ok, f.unchanged) for f in single.files
    ]
    assert _snapshot(two.staging) == _snapshot(one.staging)
