"""Domain rules declared in schemas/rules/*.yaml, applied to observation tables."""

from __future__ import annotations

from pathlib import Path

from helpers import observation, write_observations

from genero_etl.validate.api import Options, validate_paths
from genero_etl.validate.rules import KINDS, default_rules_dir, load_rules


def _codes(path: Path, workspace: Path) -> list[tuple[str, str, int | None, str]]:
    report = validate_paths([path], Options(workspace=workspace))
    return [
        (f.code, f.severity, f.row, f.field)
        for f in report.findings
        if f.code != "foreign-key-unchecked"
    ]


def test_shipped_rules_are_data_of_known_kinds() -> None:
    rules = load_rules(default_rules_dir())
    assert {r.id for r in rules} >= {
        "parts-sum",
        "percentage-range",
        "period-order",
        "one-value-per-key",
        "indicator-in-codebook",
        "municipality-code",
    }
    assert all(r.kind in KINDS for r in rules)


def _codebook(workspace: Path, *ids: str) -> None:
    (workspace / "schemas" / "codebook").mkdir(parents=True, exist_ok=True)
    (workspace / "schemas" / "codebook" / "indicators.yaml").write_text(
        "".join(f"- id: {i}\n" for i in ids), encoding="utf-8"
    )


def test_valid_observations_pass_and_say_which_schema(tmp_path: Path) -> None:
    _codebook(tmp_path, "capacitaciones", "otro")
    path = write_observations(
        tmp_path / "obs.csv", [observation(1), observation(2, indicator_id="otro")]
    )
    report = validate_paths([path], Options(workspace=tmp_path))
    assert report.valid
    assert report.files[0].schema.startswith("observations")


def test_parts_must_sum_to_total(tmp_path: Path) -> None:
    rows = [
        observation(1, value=266),
        observation(
            2,
            value=40,
            parent_observation_id=f"o{1:016x}",
            breakdown_dimension="modalidad",
            breakdown_value="presencial",
        ),
        observation(
            3,
            value=189,
            parent_observation_id=f"o{1:016x}",
            breakdown_dimension="modalidad",
            breakdown_value="virtual",
        ),
        observation(4, value=1009, indicator_id="otro"),
        observation(
            5,
            value=512,
            indicator_id="otro",
            parent_observation_id=f"o{4:016x}",
            breakdown_dimension="modalidad",
            breakdown_value="presencial",
        ),
        observation(
            6,
            value=497,
            indicator_id="otro",
            parent_observation_id=f"o{4:016x}",
            breakdown_dimension="modalidad",
            breakdown_value="virtual",
        ),
    ]
    path = write_observations(tmp_path / "obs.csv", rows)
    report = validate_paths([path], Options(workspace=tmp_path))
    found = [(f.code, f.row, f.field) for f in report.findings if f.code == "parts-sum"]
    assert found == [("parts-sum", 2, "value")]
    message, hint = next(f for f in report.findings if f.code == "parts-sum").message("es")
    assert "266" in message and "229" in message
    assert "parent_observation_id" in hint


def test_percentage_period_and_duplicates(tmp_path: Path) -> None:
    rows = [
        observation(1, value_kind="percentage", value=134, unit="%"),
        observation(2, value_kind="percentage", value=34, unit="%", indicator_id="b"),
        observation(3, period_start="2024-06-30", period_end="2024-01-01", indicator_id="c"),
        observation(4, indicator_id="d"),
        observation(5, indicator_id="d"),
        observation(6, value=200, indicator_id="e"),
    ]
    path = write_observations(tmp_path / "obs.csv", rows)
    codes = _codes(path, tmp_path)
    assert ("percentage-range", "error", 2, "value") in codes
    assert not [c for c in codes if c[0] == "percentage-range" and c[2] in (3, 7)]
    assert ("period-order", "error", 4, "period_end") in codes
    assert (
        "one-value-per-key",
        "warning",
        6,
        "indicator_id",
    ) in codes  # declared a warning in schemas/rules
    assert len([c for c in codes if c[0] == "one-value-per-key"]) == 1


def test_codebook_and_municipality_codes(tmp_path: Path) -> None:
    _codebook(tmp_path, "capacitaciones")
    (tmp_path / "schemas" / "gazetteers").mkdir()
    (tmp_path / "schemas" / "gazetteers" / "mx_municipios.csv").write_text(
        "CVEGEO,NOM_MUN\n14039,Guadalajara\n08037,Juárez\n", encoding="utf-8"
    )
    rows = [
        observation(1),
        observation(2, indicator_id="inventado"),
        observation(3, indicator_id="sin_clasificar", municipality_code="99999"),
        observation(4, country="AR", admin1="AR-B", municipality_code="06497"),
        observation(5, municipality_code="08037", breakdown_value="x", breakdown_dimension="x"),
    ]
    path = write_observations(tmp_path / "obs.csv", rows)
    codes = _codes(path, tmp_path)
    assert ("indicator-in-codebook", "error", 3, "indicator_id") in codes
    assert ("municipality-code", "error", 4, "municipality_code") in codes
    # 06497 (Luján, AR) is checked against the shipped Argentine catalogue.
    assert [c for c in codes if c[0] == "indicator-in-codebook"] == [
        ("indicator-in-codebook", "error", 3, "indicator_id")
    ]
    assert [c for c in codes if c[0] == "municipality-code"] == [
        ("municipality-code", "error", 4, "municipality_code")
    ]


def test_malformed_municipality_code_from_schema_and_rule(tmp_path: Path) -> None:
    """No country's code has 2 digits (the schema); 3 digits is a Costa Rican canton's code and
    4 an Ecuadorian or Dominican one, not a Mexican one (the country's rule)."""
    rows = [
        observation(1, municipality_code="14"),
        observation(2, municipality_code="140"),
        observation(3, municipality_code="1403"),
    ]
    path = write_observations(tmp_path / "obs.csv", rows)
    codes = _codes(path, tmp_path)
    assert ("constraint-pattern", "error", 2, "municipality_code") in codes
    assert ("constraint-pattern", "error", 3, "municipality_code") not in codes
    assert ("municipality-code", "error", 3, "municipality_code") in codes
    assert ("constraint-pattern", "error", 4, "municipality_code") not in codes
    assert ("municipality-code", "error", 4, "municipality_code") in codes
    # the DTA code of Zarcero, the canton the Costa Rican gazetteer ships as "211"
    costa_rica = observation(1, country="CR", admin1="CR-A", municipality_code="211")
    path = write_observations(tmp_path / "cr.csv", [costa_rica])
    assert not [c for c in _codes(path, tmp_path) if c[3] == "municipality_code"]
    ecuador = observation(1, country="EC", admin1="EC-A", municipality_code="0101")
    path = write_observations(tmp_path / "ec.csv", [ecuador])
    assert not [c for c in _codes(path, tmp_path) if c[3] == "municipality_code"]


def test_warning_rule_alone_exits_valid(tmp_path: Path) -> None:
    rules = tmp_path / "schemas" / "rules"
    rules.mkdir(parents=True)
    (rules / "r.yaml").write_text(
        "rules:\n  - id: big\n    kind: range\n    table: observations\n    severity: warning\n"
        "    field: value\n    max: 5\n    message: {es: 'grande {cell}', en: 'big {cell}'}\n",
        encoding="utf-8",
    )
    path = write_observations(tmp_path / "obs.csv", [observation(1, value=10)])
    report = validate_paths([path], Options(workspace=tmp_path))
    assert report.valid
    warning = next(f for f in report.findings if f.code == "big")
    assert warning.severity == "warning"
    assert warning.message("en")[0].endswith("big 10")


def test_published_package_validates_including_parquet(tmp_path: Path) -> None:
    """genero-etl's own published package passes its validator: CSV and Parquet resources."""
    import shutil

    from typer.testing import CliRunner

    from genero_etl.cli.app import app

    raw = tmp_path / "raw"
    raw.mkdir()
    source = Path(__file__).resolve().parents[2] / "raw" / "mx_jocotepec_poa_2024.txt"
    shutil.copy(source, raw / source.name)
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "--workspace", str(tmp_path)]).exit_code == 0
    assert runner.invoke(app, ["publish", "--workspace", str(tmp_path)]).exit_code == 0
    package = tmp_path / "published" / "indicadores-genero" / "1.0.0" / "datapackage.json"
    report = validate_paths([package], Options(workspace=tmp_path))
    files = {Path(f.file).name for f in report.files}
    assert {"observations.csv", "observations.parquet", "sources.parquet"} <= files
    assert [f for f in report.findings if f.severity == "error"] == []


def test_rules_are_read_only_for_the_tables_they_apply_to(tmp_path: Path) -> None:
    """A plain table (no project schema) does not read schemas/rules; an observations
    table does, so a malformed rules file stops that run with the usage error (code 2)."""
    import pytest

    from genero_etl.errors import ExitCode, UsageError

    rules = tmp_path / "schemas" / "rules"
    rules.mkdir(parents=True)
    (rules / "r.yaml").write_text("rules: [unclosed\n", encoding="utf-8")
    plain = tmp_path / "plain.csv"
    plain.write_text("a,b\n1,2\n", encoding="utf-8")
    report = validate_paths([plain], Options(workspace=tmp_path))
    assert report.valid and report.files[0].rows == 1
    assert [f.code for f in report.findings] == ["schema-not-found"]
    path = write_observations(tmp_path / "obs.csv", [observation(1)])
    with pytest.raises(UsageError) as raised:
        validate_paths([path], Options(workspace=tmp_path))
    assert raised.value.code == "rules-invalid"
    assert raised.value.exit_code == ExitCode.USAGE


def test_many_findings_carry_their_own_cell_column_and_row(tmp_path: Path) -> None:
    """A rule's cells are taken for all its findings at once: each finding still says the
    cell, column and row of its own hit, across fields and rules."""
    rows = [
        observation(i, value_kind="percentage", value=100 + i, unit="%", indicator_id=f"p{i}")
        for i in range(1, 41)
    ] + [
        observation(i, period_start="2024-06-30", period_end=f"2024-01-{i - 40:02d}")
        for i in range(41, 61)
    ]
    path = write_observations(tmp_path / "obs.csv", rows)
    report = validate_paths([path], Options(workspace=tmp_path))
    header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
    found = {(f.code, f.row): f for f in report.findings}
    for i in range(1, 41):
        finding = found["percentage-range", i + 1]
        assert (finding.field, finding.cell) == ("value", f"{100 + i}")
        assert finding.column == header.index("value") + 1
    for i in range(41, 61):
        finding = found["period-order", i + 1]
        assert (finding.field, finding.cell) == ("period_end", f"2024-01-{i - 40:02d}")
        assert finding.column == header.index("period_end") + 1
        assert f"2024-01-{i - 40:02d}" in finding.params["detail"]
