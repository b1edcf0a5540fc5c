"""The command line end to end: files and exit codes, not printed text."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from genero_etl.cli.app import app

runner = CliRunner()


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def staged(ws: Path) -> list[dict]:  # type: ignore[type-arg]
    """Each staged report: its JSON record plus its observations read back from Parquet."""
    from genero_etl.model.arrow import table_rows
    from genero_etl.stage import read_staged

    records = []
    for item in read_staged(ws / ".genero-etl" / "staging"):
        records.append(
            {
                "source": item.source.to_dict(),
                "observations": table_rows(item.table()),
                "issues": [i.to_dict() for i in item.issues],
            }
        )
    return records


def test_ingest_then_publish_writes_a_valid_data_package(workspace: Path) -> None:
    raw_before = {p.name: sha(p) for p in (workspace / "raw").iterdir()}
    result = invoke("ingest", "--workspace", str(workspace), "--format", "json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["exit_code"] == 0
    assert {f["source_file"] for f in summary["files"]} == {
        "raw/ar_lujan_informe_2024.txt",
        "raw/mx_juarez_avgm_2022.md",
        "raw/mx_jocotepec_poa_2024.txt",
        "raw/cl_plan_equidad.txt",
    }
    assert summary["per_indicator"]["femicidios"] == 2  # Luján and the Chilean commune
    assert len(staged(workspace)) == 4

    result = invoke("publish", "--workspace", str(workspace), "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert (out["dataset"], out["version"]) == ("indicadores-genero", "1.0.0")
    version_dir = workspace / "published" / "indicadores-genero" / "1.0.0"
    package = json.loads((version_dir / "datapackage.json").read_text(encoding="utf-8"))
    names = [r["name"] for r in package["resources"]]
    assert names == [
        "observations",
        "observations-parquet",
        "indicators",
        "indicators-parquet",
        "sources",
        "sources-parquet",
        "quality_issues",
        "quality_issues-parquet",
    ]
    for resource in package["resources"]:
        data = (version_dir / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data)
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    assert any("INEGI" in s["title"] for s in package["sources"])
    # raw files are never modified
    assert {p.name: sha(p) for p in (workspace / "raw").iterdir()} == raw_before

    from frictionless import validate

    report = validate(str(version_dir / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])[
        :10
    ]


def test_published_rows_carry_values_lines_and_places(workspace: Path) -> None:
    # every staged value goes out here, whatever its confidence: the rows are under test
    (workspace / "genero-etl.yaml").write_text("review:\n  min_confidence: 0\n", "utf-8")
    assert invoke("ingest", "--workspace", str(workspace)).exit_code == 0
    assert invoke("publish", "--workspace", str(workspace)).exit_code == 0
    path = workspace / "published" / "indicadores-genero" / "1.0.0" / "data" / "observations.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    by_key = {(r["source_file"], r["source_locator"], r["value"]): r for r in rows}
    femicide = by_key[("raw/ar_lujan_informe_2024.txt", "line:24", "1.0")]
    assert (
        femicide["indicator_id"],
        femicide["municipality_code"],
        femicide["admin1"],
        femicide["period_start"],
    ) == ("femicidios", "06497", "AR-B", "2024-01-01")
    budget = by_key[("raw/mx_jocotepec_poa_2024.txt", "line:8", "30000.0")]
    assert (budget["unit"], budget["value_kind"], budget["breakdown_dimension"]) == (
        "MXN",
        "budget",
        "actividad",
    )
    state = by_key[("raw/mx_juarez_avgm_2022.md", "line:7", "119.0")]
    assert (state["admin1"], state["municipality_code"]) == ("MX-CHH", "")
    commune = by_key[("raw/cl_plan_equidad.txt", "line:5", "85.0")]
    assert (commune["municipality"], commune["municipality_code"], commune["office"]) == (
        "Valparaíso",
        "05101",
        "Oficina de la Mujer",
    )
    issues = list(csv.DictReader((path.parent / "quality_issues.csv").open(encoding="utf-8")))
    codes = {(i["code"], i["source_file"], i["source_locator"]) for i in issues}
    assert ("parts-mismatch", "raw/ar_lujan_informe_2024.txt", "line:9") in codes
    assert ("percentage-mismatch", "raw/mx_juarez_avgm_2022.md", "line:8") in codes
    assert ("activity-number-repeated", "raw/mx_jocotepec_poa_2024.txt", "line:23") in codes


def test_same_inputs_give_same_rows_and_ids(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert invoke("ingest", "--workspace", str(workspace)).exit_code == 0
    assert invoke("publish", "--workspace", str(workspace)).exit_code == 0
    assert invoke("ingest", "--workspace", str(workspace)).exit_code == 0
    # nothing changed: only --force makes a second version (tests/review covers the no-op)
    assert invoke("publish", "--workspace", str(workspace), "--force").exit_code == 0
    base = workspace / "published" / "indicadores-genero"
    first, second = base / "1.0.0" / "data", base / "1.1.0" / "data"
    for name in ("observations.csv", "sources.csv", "quality_issues.csv", "observations.parquet"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    index = json.loads((base / "versions.json").read_text(encoding="utf-8"))
    assert [v["version"] for v in index["versions"]] == ["1.0.0", "1.1.0"] and index[
        "latest"
    ] == "1.1.0"


def test_published_version_is_never_overwritten(workspace: Path) -> None:
    assert invoke("ingest", "--workspace", str(workspace)).exit_code == 0
    assert invoke("publish", "--workspace", str(workspace), "--version", "2.0.0").exit_code == 0
    package = workspace / "published" / "indicadores-genero" / "2.0.0" / "datapackage.json"
    before = package.read_bytes()
    result = invoke("publish", "--workspace", str(workspace), "--version", "2.0.0")
    assert result.exit_code == 6
    assert "2.0.0" in result.stderr and "sobrescriben" in result.stderr
    assert package.read_bytes() == before
    assert not [
        p for p in package.parent.parent.iterdir() if p.name.startswith(".")
    ]  # no half-written temp dir


def test_publish_with_nothing_staged_exits_5(tmp_path: Path) -> None:
    result = invoke("publish", "--workspace", str(tmp_path))
    assert result.exit_code == 5
    assert "genero-etl ingest" in result.stderr


def test_bad_version_and_dataset_name_are_usage_errors(workspace: Path) -> None:
    assert invoke("ingest", "--workspace", str(workspace)).exit_code == 0
    assert invoke("publish", "--workspace", str(workspace), "--version", "v1").exit_code == 2
    assert (
        invoke("publish", "--workspace", str(workspace), "--dataset", "Mi Conjunto").exit_code == 2
    )


@pytest.mark.parametrize(
    ("name", "content", "code", "message_part"),
    [
        ("vacio.txt", b"", 3, "vacío"),
        ("binario.txt", b"\x00\x01\x02\x03binary\x00\x00" * 50, 4, "binarios"),
        ("planilla.xyz", b"a,b\n1,2\n", 4, ".xyz"),
        ("disfrazado.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", 4, "PDF"),
    ],
    ids=["empty", "binary", "unknown-extension", "pdf-named-txt"],
)
def test_bad_files_get_their_exit_code_and_name(
    tmp_path: Path, name: str, content: bytes, code: int, message_part: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = invoke("ingest", str(path), "--workspace", str(tmp_path))
    assert result.exit_code == code, result.output
    assert name in result.stderr and message_part in result.stderr
    assert not (tmp_path / ".genero-etl" / "staging").exists() or not list(
        (tmp_path / ".genero-etl" / "staging").iterdir()
    )


def test_missing_path_exits_3(tmp_path: Path) -> None:
    result = invoke("ingest", str(tmp_path / "no-existe.txt"), "--workspace", str(tmp_path))
    assert result.exit_code == 3
    assert "no-existe.txt" in result.stderr


def test_english_messages(tmp_path: Path) -> None:
    result = invoke(
        "ingest", str(tmp_path / "missing.txt"), "--workspace", str(tmp_path), "--lang", "en"
    )
    assert result.exit_code == 3
    assert "does not exist" in result.stderr


def test_too_large_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "grande.txt"
    path.write_bytes(b"Se atendieron 12 mujeres.\n" * 50_000)  # 1.3 MB
    result = invoke("ingest", str(path), "--workspace", str(tmp_path), "--max-mb", "1")
    assert result.exit_code == 4
    assert "grande.txt" in result.stderr and "--max-mb" in result.stderr


def test_windows_1252_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "informe.txt"
    path.write_bytes(
        "Informe 2023 de la Dirección de Género\nSe atendieron 45 mujeres en situación de violencia.\n".encode(
            "cp1252"
        )
    )
    result = invoke(
        "ingest", str(path), "--workspace", str(tmp_path), "--format", "json", "--country", "AR"
    )
    assert result.exit_code == 0
    (record,) = staged(tmp_path)
    assert record["source"]["encoding"] in {"cp1252", "latin-1"}
    (obs,) = record["observations"]
    assert (obs["value"], obs["indicator_id"], obs["source_locator"]) == (
        45,
        "personas_asistidas",
        "line:2",
    )
    assert "Dirección" in (tmp_path / "informe.txt").read_bytes().decode("cp1252")


def test_file_without_numbers_is_fine_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(
        "Plan de igualdad de la comuna.\nObjetivo: políticas locales de género.\n", encoding="utf-8"
    )
    result = invoke("ingest", str(path), "--workspace", str(tmp_path), "--format", "json")
    assert result.exit_code == 0
    codes = [i["code"] for i in json.loads(result.stdout)["issues"]]
    assert "no-values" in codes


def test_one_bad_file_does_not_lose_the_others(workspace: Path) -> None:
    (workspace / "raw" / "roto.txt").write_bytes(b"")
    result = invoke("ingest", "--workspace", str(workspace), "--format", "json")
    assert result.exit_code == 3
    summary = json.loads(result.stdout)
    assert [f["source_file"] for f in summary["files"] if not f["ok"]] == ["raw/roto.txt"]
    assert len(staged(workspace)) == 4


def test_failed_reingest_keeps_what_was_staged(tmp_path: Path) -> None:
    path = tmp_path / "informe.txt"
    path.write_text("Se entregaron 30 botones antipánico en 2023.\n", encoding="utf-8")
    assert (
        invoke("ingest", str(path), "--workspace", str(tmp_path), "--country", "AR").exit_code == 0
    )
    path.write_bytes(b"")
    assert invoke("ingest", str(path), "--workspace", str(tmp_path)).exit_code == 3
    (record,) = staged(tmp_path)
    assert record["observations"][0]["value"] == 30


def test_sidecar_metadata_overrides_inference(tmp_path: Path) -> None:
    path = tmp_path / "informe.txt"
    path.write_text("Se atendieron 1.200 mujeres.\n", encoding="utf-8")
    (tmp_path / "informe.txt.meta.yaml").write_text(
        "country: AR\nmunicipality_code: '06497'\nperiod: 2023-S1\n", encoding="utf-8"
    )
    assert invoke("ingest", str(path), "--workspace", str(tmp_path)).exit_code == 0
    (record,) = staged(tmp_path)
    obs = record["observations"][0]
    assert (obs["value"], obs["municipality"], obs["period_start"], obs["period_end"]) == (
        1200,
        "Luján",
        "2023-01-01",
        "2023-06-30",
    )
    assert record["source"]["place_method"] == "metadata"


def test_invalid_sidecar_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "informe.txt"
    path.write_text("Se atendieron 12 mujeres.\n", encoding="utf-8")
    (tmp_path / "informe.txt.meta.yaml").write_text("pais: AR\n", encoding="utf-8")
    result = invoke("ingest", str(path), "--workspace", str(tmp_path))
    assert result.exit_code == 2
    assert "informe.txt.meta.yaml" in result.stderr and "pais" in result.stderr


def test_every_command_has_help() -> None:
    for command in ("ingest", "publish"):
        result = invoke(command, "--help")
        assert result.exit_code == 0 and "--workspace" in result.output


def test_portal_metadata_is_published_beside_the_package(workspace: Path) -> None:
    (workspace / "genero-etl.yaml").write_text(
        "dataset:\n  name: genero-lujan\n  publisher: Observatorio\n  base_url: https://datos.example.org/genero\n"
        "  owner_org: observatorio\n  contact_email: datos@observatorio.example.org\n",
        encoding="utf-8",
    )
    assert invoke("ingest", "--workspace", str(workspace)).exit_code == 0
    assert invoke("publish", "--workspace", str(workspace)).exit_code == 0
    version_dir = workspace / "published" / "genero-lujan" / "1.0.0"
    package = json.loads((version_dir / "datapackage.json").read_text(encoding="utf-8"))
    dcat = json.loads((version_dir / "data.json").read_text(encoding="utf-8"))
    (dataset,) = dcat["dataset"]
    assert (dataset["identifier"], dataset["accrualPeriodicity"], dataset["publisher"]["name"]) == (
        "96370c34-522a-5956-a366-40a629f538c2",  # uuid5 of the name: every version
        "R/P1Y",
        "Observatorio",
    )
    first = dataset["distribution"][0]
    assert (
        first["downloadURL"]
        == "https://datos.example.org/genero/genero-lujan/1.0.0/data/observations.csv"
    )
    assert (first["byteSize"], first["hash"]) == (
        package["resources"][0]["bytes"],
        package["resources"][0]["hash"],
    )
    assert {"title": "value", "type": "number"}.items() <= next(
        f for f in first["field"] if f["title"] == "value"
    ).items()
    ckan = json.loads((version_dir / "ckan.json").read_text(encoding="utf-8"))
    assert (ckan["name"], ckan["owner_org"], len(ckan["resources"])) == (
        "genero-lujan",
        "observatorio",
        8,
    )


def test_workspace_codebook_extends_the_shipped_one(tmp_path: Path) -> None:
    codebook = tmp_path / "schemas" / "codebook"
    codebook.mkdir(parents=True)
    (codebook / "indicators.yaml").write_text(
        "indicators:\n"
        "  - id: puntos_violeta\n"
        "    label_es: Puntos violeta instalados\n"
        "    theme: prevencion\n"
        "    unit: puntos\n"
        "    definition: Puntos de información y auxilio en espacios públicos.\n"
        "    match: ['puntos? violeta']\n"
        "    priority: 90\n",
        encoding="utf-8",
    )
    report = tmp_path / "raw" / "informe.txt"
    report.parent.mkdir()
    report.write_text(
        "Se instalaron 12 Puntos Violeta en plazas.\nSe atendieron 40 mujeres.\n", encoding="utf-8"
    )
    assert invoke("ingest", "--workspace", str(tmp_path), "--country", "AR").exit_code == 0
    (record,) = staged(tmp_path)
    assert [(o["value"], o["indicator_id"]) for o in record["observations"]] == [
        (12, "puntos_violeta"),
        (40, "personas_asistidas"),
    ]
    assert invoke("publish", "--workspace", str(tmp_path)).exit_code == 0
    indicators = (
        tmp_path / "published" / "indicadores-genero" / "1.0.0" / "data" / "indicators.csv"
    ).read_text(encoding="utf-8")
    assert "puntos_violeta" in indicators and "personas_asistidas" in indicators


def test_a_full_disk_while_publishing_names_the_published_folder(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write that fails with no file name (ENOSPC in the middle of a file) still says where."""
    import errno

    from genero_etl.publish import package

    assert invoke("ingest", "-w", str(workspace)).exit_code == 0

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(package, "render", full)
    result = invoke("publish", "-w", str(workspace))
    assert result.exit_code == 3
    expected = f"No se pudo escribir en '{workspace / 'published'}': No space left on device."
    assert expected in result.output
    dataset = workspace / "published" / "indicadores-genero"
    assert [p.name for p in dataset.iterdir()] == []  # the half-written version removed
