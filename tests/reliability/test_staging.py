"""Staging that cannot lie: atomic units, stale sources, dropped files, the lock, the index."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from genero_etl.cli.app import app
from genero_etl.errors import WorkspaceBusy
from genero_etl.workspace import Workspace, workspace_lock

runner = CliRunner()


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def ingest(ws: Path, *extra: str):  # type: ignore[no-untyped-def]
    return invoke("ingest", "--workspace", str(ws), "--format", "json", *extra)


def publish(ws: Path, *extra: str):  # type: ignore[no-untyped-def]
    return invoke("publish", "--workspace", str(ws), "--format", "json", *extra)


def test_changed_raw_file_is_not_published_without_allow_stale(workspace: Path) -> None:
    assert ingest(workspace).exit_code == 0
    report = workspace / "raw" / "ar_lujan_informe_2024.txt"
    report.write_text(report.read_text(encoding="utf-8") + "\nSe atendieron 999 mujeres.\n")
    result = publish(workspace)
    assert result.exit_code == 6
    assert "raw/ar_lujan_informe_2024.txt (changed)" in result.output
    assert "ingest" in result.output
    assert not (workspace / "published").exists()

    result = publish(workspace, "--allow-stale")
    assert result.exit_code == 0, result.output
    issues = (workspace / "published/indicadores-genero/1.0.0/data/quality_issues.csv").read_text()
    rows = [r for r in csv.DictReader(io.StringIO(issues)) if r["code"] == "source-stale"]
    assert [r["source_file"] for r in rows] == ["raw/ar_lujan_informe_2024.txt"]
    assert "--allow-stale" in rows[0]["message_en"]


def test_deleted_raw_file_blocks_publish_and_is_dropped_on_next_ingest(workspace: Path) -> None:
    assert ingest(workspace).exit_code == 0
    (workspace / "raw" / "mx_juarez_avgm_2022.md").unlink()
    result = publish(workspace)
    assert result.exit_code == 6
    assert "raw/mx_juarez_avgm_2022.md (deleted)" in result.output

    result = ingest(workspace)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["dropped"] == ["raw/mx_juarez_avgm_2022.md"]
    result = publish(workspace)
    assert result.exit_code == 0, result.output
    sources = (workspace / "published/indicadores-genero/1.0.0/data/sources.csv").read_text()
    assert "mx_juarez_avgm_2022.md" not in sources
    assert "ar_lujan_informe_2024.txt" in sources


def test_a_mismatched_staged_pair_is_refused(workspace: Path) -> None:
    assert ingest(workspace).exit_code == 0
    staging = workspace / ".genero-etl" / "staging"
    parquet = sorted(staging.glob("*.parquet"))[0]
    parquet.write_bytes(parquet.read_bytes()[:-20] + b"\0" * 20)  # another run's bytes
    result = publish(workspace)
    assert result.exit_code == 3
    assert "sha256" in result.output and "ingest" in result.output
    assert not (workspace / "published").exists()


def test_reingest_of_a_changed_file_replaces_exactly_its_rows(workspace: Path) -> None:
    from genero_etl.stage import read_staged

    assert ingest(workspace).exit_code == 0
    staging = workspace / ".genero-etl" / "staging"
    before = {s.source.source_file: s.table() for s in read_staged(staging)}
    report = workspace / "raw" / "ar_lujan_informe_2024.txt"
    report.write_text(report.read_text(encoding="utf-8") + "\nSe atendieron 999 mujeres.\n")
    assert ingest(workspace).exit_code == 0
    after = {s.source.source_file: s for s in read_staged(staging)}
    assert sorted(after) == sorted(before)
    for name, table in before.items():
        if name != "raw/ar_lujan_informe_2024.txt":
            assert after[name].table().equals(table), name
    changed = after["raw/ar_lujan_informe_2024.txt"].table()
    assert 999 in changed.column("value").to_pylist()
    assert 999 not in before["raw/ar_lujan_informe_2024.txt"].column("value").to_pylist()
    manifest = json.loads((staging / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["files"]) == 4
    assert sorted(manifest["parts"]) == sorted(p.name for p in staging.glob("part-*.parquet"))
    assert not list(staging.glob(".*"))  # no temporary file left


def test_workspace_lock_makes_a_second_run_fail_cleanly(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    with workspace_lock(ws), pytest.raises(WorkspaceBusy) as err, workspace_lock(ws, wait=0.2):
        pass
    assert err.value.code == "workspace-busy"
    assert int(err.value.exit_code) == 6
    with workspace_lock(ws, wait=0.2):  # released
        pass


def test_corrupt_versions_index_is_never_rebuilt(workspace: Path) -> None:
    assert ingest(workspace).exit_code == 0
    assert publish(workspace).exit_code == 0
    index = workspace / "published" / "indicadores-genero" / "versions.json"
    index.write_text("{not json")
    result = publish(workspace)
    assert result.exit_code == 3
    assert "versions.json" in result.output
    assert index.read_text() == "{not json"


def test_billion_laughs_metadata_is_refused(workspace: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [{', '.join('*' + prev for _ in range(9))}]")
    (workspace / "raw" / "ar_lujan_informe_2024.txt.meta.yaml").write_text("\n".join(lines))
    result = ingest(workspace)
    summary = json.loads(result.stdout)
    failed = [f for f in summary["files"] if not f["ok"]]
    assert [f["source_file"] for f in failed] == ["raw/ar_lujan_informe_2024.txt"]
    assert failed[0]["error"]["code"] == "metadata-invalid"
    assert "alias" in failed[0]["error"]["message"]
    assert sum(f["ok"] for f in summary["files"]) == 3


def test_personal_data_never_reaches_the_published_files(workspace: Path) -> None:
    (workspace / "raw" / "caso.txt").write_text(
        "Informe 2024 de la Oficina de la Mujer de Luján.\n"
        "Víctima: María Pérez, DNI 30.123.456, domicilio: Belgrano 567, tel 1145678901.\n"
        "Se atendieron 45 mujeres; contacto maria.perez@gmail.com.\n"
        "CUIT 20-12345678-6: se pagaron $ 120.000 al proveedor.\n",
        encoding="utf-8",
    )
    (workspace / "raw" / "tabla.csv").write_text(
        "nombre,atenciones\nSra. Ana López,3\n＝HYPERLINK(1),4\n", encoding="utf-8"
    )
    assert ingest(workspace).exit_code in (0, 4)
    result = publish(workspace)
    assert result.exit_code == 0, result.output
    published = workspace / "published" / "indicadores-genero" / "1.0.0"
    text = "".join(p.read_text(encoding="utf-8") for p in published.rglob("*.csv"))
    text += "".join(p.read_text(encoding="utf-8") for p in published.glob("*.json"))
    for secret in (
        "María Pérez", "30.123.456", "Belgrano 567", "1145678901", "maria.perez@gmail.com",
        "20-12345678-6", "Ana López",
    ):  # fmt: skip
        assert secret not in text
    assert "[dato personal oculto]" in text
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            assert cell[:1] not in set("=+-@\t\r＝＋－＠"), cell


def test_concurrent_publishes_all_reach_the_index(workspace: Path) -> None:
    import os
    import subprocess
    import sys

    assert ingest(workspace).exit_code == 0
    env = os.environ | {"PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    versions = ["2.0.0", "2.1.0", "2.2.0", "2.3.0"]
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "genero_etl", "publish", "--workspace", str(workspace),
             "--version", version, "--force"],  # the same data each time: forced, not a no-op
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        for version in versions
    ]  # fmt: skip
    assert [run.wait(timeout=120) for run in runs] == [0, 0, 0, 0]
    index = json.loads((workspace / "published/indicadores-genero/versions.json").read_text())
    assert sorted(v["version"] for v in index["versions"]) == versions


def test_published_folders_are_readable_by_a_web_server(workspace: Path) -> None:
    import os
    import stat

    assert ingest(workspace).exit_code == 0
    assert publish(workspace).exit_code == 0
    dataset = workspace / "published" / "indicadores-genero"
    mask = os.umask(0o022)
    os.umask(mask)
    version = dataset / "1.0.0"
    assert stat.S_IMODE(version.stat().st_mode) == 0o777 & ~mask
    assert stat.S_IMODE((version / "data" / "observations.csv").stat().st_mode) == 0o666 & ~mask
    assert stat.S_IMODE((dataset / "versions.json").stat().st_mode) == 0o666 & ~mask


def test_a_killed_publish_leaves_nothing_the_next_one_keeps(workspace: Path) -> None:
    assert ingest(workspace).exit_code == 0
    dataset = workspace / "published" / "indicadores-genero"
    leftover = dataset / ".1.0.0.k1ll3d"  # what a kill between mkdtemp and rename leaves
    (leftover / "data").mkdir(parents=True)
    (leftover / "data" / "observations.csv").write_text("half", encoding="utf-8")
    assert publish(workspace).exit_code == 0
    assert not leftover.exists()
    assert sorted(p.name for p in dataset.iterdir()) == ["1.0.0", "versions.json"]


def test_a_part_left_by_a_killed_run_is_removed_by_the_next_ingest(workspace: Path) -> None:
    """A part written and renamed, then the run killed before its manifest: the staging is
    as it was, and the next ingest removes the orphan and the temporary files."""
    from genero_etl.stage import read_staged

    assert ingest(workspace).exit_code == 0
    staging = workspace / ".genero-etl" / "staging"
    manifest = (staging / "manifest.json").read_bytes()
    orphan = staging / "part-0123456789abcdef.parquet"
    orphan.write_bytes(b"written by a run killed before its manifest")
    (staging / ".manifest.json.x1.tmp").write_bytes(b"{half")
    assert len(read_staged(staging)) == 4  # readers see only what the manifest names
    assert ingest(workspace).exit_code == 0
    assert not orphan.exists() and not list(staging.glob(".*"))
    assert (staging / "manifest.json").read_bytes() == manifest


def test_raw_references_with_folders_resolved_once_are_the_same(tmp_path: Path) -> None:
    """A raw file's reference is the same whether its folder's resolution is remembered or
    not: a plain file, a file that links elsewhere, a file in a linked folder, a path with
    '..', a file outside the workspace, a missing file."""
    from genero_etl.stage import _raw_reference

    root = tmp_path / "ws"
    staging = root / ".genero-etl" / "staging"
    raw = root / "raw"
    (raw / "sub").mkdir(parents=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (raw / "a.txt").write_text("a")
    (elsewhere / "b.txt").write_text("b")
    (raw / "link.txt").symlink_to(raw / "sub" / "c.txt")
    (raw / "sub" / "c.txt").write_text("c")
    (root / "linked").symlink_to(raw / "sub")
    paths = [
        raw / "a.txt",
        raw / "link.txt",
        root / "linked" / "c.txt",
        raw / "sub" / ".." / "a.txt",
        elsewhere / "b.txt",
        raw / "missing.txt",
    ]
    folders: dict[Path, Path] = {}
    resolved = root.resolve()
    once = [_raw_reference(staging, p, resolved, folders) for p in paths]
    each = [_raw_reference(staging, p, resolved) for p in paths]
    assert once == each
    shown = [bytes.fromhex(r).decode() for r in once]
    assert shown == [
        "raw/a.txt",
        "raw/sub/c.txt",
        "raw/sub/c.txt",
        "raw/a.txt",
        str((elsewhere / "b.txt").absolute()),
        "raw/missing.txt",
    ]
    assert folders[raw] == raw.resolve()  # remembered: its three files resolved it once
    assert folders[root / "linked"] == (raw / "sub").resolve()
