"""Rules as data: which rules run at each stage, how a workspace replaces or extends them,
and one rule run both at ingest (a warning and a flag) and in validate (an error)."""

from __future__ import annotations

import sys
from pathlib import Path

from genero_etl.checks import run_document_checks
from genero_etl.checks.engine import load_rule_set
from genero_etl.model import Observation
from genero_etl.validate.api import Options, validate_paths

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "validate"))
from helpers import observation, write_observations

SHIPPED_INGEST = ["parts-mismatch", "percentage-mismatch", "activity-number-repeated",
                  "duplicate-value"]  # fmt: skip
SHIPPED_VALIDATE = ["parts-sum", "percentage-range", "period-order", "one-value-per-key",
                    "indicator-in-codebook", "municipality-code"]  # fmt: skip

PARTS_AS_ERROR = """\
extend: true
rules:
  - id: parts-mismatch
    kind: sum_of_parts
    stage: [ingest, validate]
    severity: error
    flag: parts_mismatch
    id_field: observation_id
    parent_field: parent_observation_id
    value_field: value
    min_parts: 2
    placeholders: {parts: values, sum_parts: sum}
"""

BIG_VALUE = """\
rules:
  - id: big
    kind: range
    stage: ingest
    severity: warning
    flag: big_value
    field: value
    max: 1000
    message: {es: "valor {cell} mayor que {max}", en: "value {cell} above {max}"}
"""


def _rules_dir(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "schemas" / "rules"
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


def test_shipped_rules_by_stage() -> None:
    assert [r.id for r in load_rule_set(None, "ingest")] == SHIPPED_INGEST
    assert [r.id for r in load_rule_set(None, "validate")] == SHIPPED_VALIDATE


def test_workspace_rules_replace_the_stage_they_declare(tmp_path: Path) -> None:
    folder = _rules_dir(tmp_path, mine=BIG_VALUE)
    assert [r.id for r in load_rule_set(folder, "ingest")] == ["big"]
    # the workspace declares no validation rule: the shipped ones still run there
    assert [r.id for r in load_rule_set(folder, "validate")] == SHIPPED_VALIDATE


def test_extend_adds_and_replaces_by_id_in_place(tmp_path: Path) -> None:
    folder = _rules_dir(tmp_path, mine=PARTS_AS_ERROR)
    ingest = load_rule_set(folder, "ingest")
    assert [r.id for r in ingest] == SHIPPED_INGEST
    assert (ingest[0].severity, ingest[0].stages) == ("error", ("ingest", "validate"))
    assert [r.id for r in load_rule_set(folder, "validate")] == [
        *SHIPPED_VALIDATE,
        "parts-mismatch",
    ]


def _obs(oid: str, value: float, parent: str = "") -> Observation:
    return Observation(
        observation_id=oid,
        indicator_id="personas_capacitadas_genero",
        indicator_label="personas capacitadas",
        theme="prevencion",
        value=value,
        unit="personas",
        value_kind="observed",
        source_file="r.txt",
        source_sha256="0" * 64,
        source_locator="line:9",
        source_text="",
        extraction_method="t",
        confidence=0.9,
        parent_observation_id=parent,
        breakdown_dimension="modalidad" if parent else "_T",
        breakdown_value=oid if parent else "_T",
    )


def test_a_workspace_rule_at_ingest_warns_and_flags(tmp_path: Path) -> None:
    _rules_dir(tmp_path, mine="extend: true\n" + BIG_VALUE)
    observations = [_obs("o1", 1266), _obs("o2", 40, "o1"), _obs("o3", 189, "o1")]
    issues = run_document_checks("r.txt", observations, [], schemas_dir=tmp_path / "schemas")
    assert [(i.code, i.source_locator, i.observation_ids) for i in issues] == [
        ("parts-mismatch", "line:9", ("o1", "o2", "o3")),
        ("big", "line:9", ("o1",)),
    ]
    assert issues[1].message_en == "value 1266 above 1000"
    assert observations[0].quality_flags == ["parts_mismatch", "big_value"]
    assert observations[1].quality_flags == ["parts_mismatch"]


def test_an_ingest_rule_declared_for_validate_is_an_error_there(tmp_path: Path) -> None:
    _rules_dir(tmp_path, mine=PARTS_AS_ERROR)
    rows = [
        observation(1, value=266),
        observation(2, value=40, parent_observation_id=f"o{1:016x}", breakdown_value="a"),
        observation(3, value=189, parent_observation_id=f"o{1:016x}", breakdown_value="b"),
    ]
    path = write_observations(tmp_path / "obs.csv", rows)
    report = validate_paths([path], Options(workspace=tmp_path))
    (finding,) = [f for f in report.findings if f.code == "parts-mismatch"]
    assert (finding.severity, finding.row, finding.field, finding.cell) == (
        "error",
        2,
        "value",
        "266",
    )
    assert finding.message("es")[0].endswith(
        "Las partes (40 + 189) suman 229, pero el total declarado es 266."
    )
    assert not report.valid


def test_publish_gate_refuses_parts_that_do_not_add_up_when_a_rule_says_so(
    tmp_path: Path,
) -> None:
    """Luján's report: 40 + 189 people trained against a stated 266. A warning at ingest,
    and with the workspace's rule of stage validate, an error that stops publish."""
    import shutil

    from typer.testing import CliRunner

    from genero_etl.cli.app import app
    from genero_etl.countries import use_workspace

    raw = tmp_path / "raw"
    raw.mkdir()
    source = Path(__file__).resolve().parents[2] / "raw" / "ar_lujan_informe_2024.txt"
    shutil.copy(source, raw / source.name)
    _rules_dir(tmp_path, mine=PARTS_AS_ERROR)
    runner = CliRunner()
    try:
        ingest = runner.invoke(app, ["ingest", "--workspace", str(tmp_path)])
    finally:
        use_workspace(None)  # the workspace's rules and countries stay with this test
    assert ingest.exit_code == 0
    assert "line:9 [parts-mismatch]" in ingest.output
    result = runner.invoke(app, ["publish", "--workspace", str(tmp_path)])
    assert result.exit_code == 1
    assert "[parts-mismatch] " in result.output
    assert "Las partes (40 + 189) suman 229, pero el total declarado es 266." in result.output
    assert not (tmp_path / "published" / "indicadores-genero" / "1.0.0").exists()


def test_check_tables_takes_an_arrow_table_of_observations() -> None:
    """The columnar interface: the same warnings from an Arrow table, flags per row."""
    import pyarrow as pa

    from genero_etl.checks import check_tables
    from genero_etl.checks.ingest import observation_table

    observations = [_obs("o1", 266), _obs("o2", 40, "o1"), _obs("o3", 189, "o1"), _obs("o4", 32)]
    observations.append(_obs("o5", 32))
    observations[4].source_locator = "line:12"
    table = pa.table(observation_table(observations))
    activities = pa.table({"activity": ["5", "5"], "title": ["GASOLINA", "Papelería"],
                           "source_locator": ["line:79", "line:88"]})  # fmt: skip
    issues, flags = check_tables({"observations": table, "activities": activities}, "r.txt")
    assert [(i.code, i.source_file, i.source_locator, i.observation_ids) for i in issues] == [
        ("parts-mismatch", "r.txt", "line:9", ("o1", "o2", "o3")),
        ("activity-number-repeated", "r.txt", "line:88", ()),
        ("duplicate-value", "r.txt", "line:12", ("o4", "o5")),
    ]
    assert issues[2].message_en == (
        "The same value 32 of 'personas_capacitadas_genero' for the same period appears "
        "more than once (line:9, line:12)."
    )
    assert flags["observations"] == [
        ["parts_mismatch"], ["parts_mismatch"], ["parts_mismatch"],
        ["duplicate_value"], ["duplicate_value"],
    ]  # fmt: skip
    assert flags["activities"] == [[], []]


def test_a_rule_with_an_unknown_stage_or_kind_is_refused(tmp_path: Path) -> None:
    import pytest

    from genero_etl.errors import ExitCode, GeneroEtlError

    folder = _rules_dir(
        tmp_path, mine="rules:\n  - {id: x, kind: range, stage: publish, field: value, max: 1}\n"
    )
    with pytest.raises(GeneroEtlError) as stage:
        load_rule_set(folder, "ingest")
    assert stage.value.exit_code == ExitCode.USAGE
    assert "stage debe ser ingest o validate" in stage.value.message("es")
    (folder / "mine.yaml").write_text("rules:\n  - {id: x, kind: suma}\n", encoding="utf-8")
    with pytest.raises(GeneroEtlError) as kind:
        load_rule_set(folder, "validate")
    assert "sum_of_parts" in kind.value.message("en") and "mine.yaml" in kind.value.message("en")
