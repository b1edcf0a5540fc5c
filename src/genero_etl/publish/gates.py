"""What stands between staged data and a published version.

``prepare`` (before the files are written): a person's decisions applied (rejected values
out, corrections in, ``review_status`` / ``review_original`` set) and values below
``review.min_confidence`` withheld until someone reviews them.

``finish`` (the files are built, nothing is written yet): publishing what the latest
version already holds makes no version (:class:`PublishUnchanged`); the shipped schemas
and rules run over exactly the bytes about to be published and any error refuses the
version (:class:`PublishRefused`, exit 1) unless ``force``, which records the failures
in the package (``validation.json`` and ``validation`` in ``datapackage.json``); and the
version gets its ``README.md`` and ``CHANGES.md``.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.errors import ExitCode, GeneroEtlError
from genero_etl.messages import render

if TYPE_CHECKING:
    from genero_etl.review.decisions import Decision
    from genero_etl.validate.report import Report
    from genero_etl.workspace import Workspace

SHOW_PROBLEMS = 20


class PublishRefused(GeneroEtlError):
    """The data about to be published fails the shipped schemas or rules."""

    exit_code = ExitCode.INVALID_DATA

    def __init__(self, report: Report) -> None:
        self.report = report
        super().__init__("publish-refused", errors=report.errors, warnings=report.warnings)

    def message(self, lang: str = "es") -> str:
        errors = [f for f in self.report.findings if f.severity == "error"]
        lines = []
        for finding in errors[:SHOW_PROBLEMS]:
            text, hint = finding.message(lang)
            lines.append(f"  ✗ [{finding.code}] {text}" + (f"\n      → {hint}" if hint else ""))
        if len(errors) > SHOW_PROBLEMS:
            lines.append(f"  … +{len(errors) - SHOW_PROBLEMS}")
        return render(self.code, lang, **self.params) + "\n" + "\n".join(lines)


class PublishUnchanged(GeneroEtlError):
    """Nothing changed since the latest version: no version is made (not an error)."""

    exit_code = ExitCode.OK


@dataclass(slots=True)
class Gate:
    force: bool
    min_confidence: float
    confirmed: int = 0
    corrected: int = 0
    rejected: int = 0
    withheld: list[dict[str, Any]] = field(default_factory=list)
    stale: list[Decision] = field(default_factory=list)
    successors: dict[str, tuple[str, str]] = field(default_factory=dict)  # stale id -> (id, where)
    report: Report | None = None  # validation of what was published (None: not run)
    previous: str = ""  # the version compared against

    def validation(self) -> dict[str, Any] | None:
        """Counts of what validation found in the published files (None: it did not run)."""
        if self.report is None:
            return None
        return {
            "valid": self.report.valid,
            "errors": self.report.errors,
            "warnings": self.report.warnings,
            "by_code": self.report.counts(),
        }

    def summary(self) -> dict[str, Any]:
        return {
            "min_confidence": self.min_confidence,
            "confirmed": self.confirmed,
            "corrected": self.corrected,
            "rejected": self.rejected,
            "withheld": len(self.withheld),
            "stale_decisions": [d.observation_id for d in self.stale],
        }


def prepare(ws: Workspace, tables: dict[str, Any], *, force: bool = False) -> Gate:
    """Apply decisions and withhold low-confidence values; ``tables`` is updated in place.

    ``tables`` holds ``pa.Table`` or streamed tables (``publish.tables.TableStream``); the
    observations are read whole here, the other tables stay streamed."""
    import pyarrow.compute as pc

    from genero_etl.model.arrow import table_rows
    from genero_etl.publish.tables import TableStream
    from genero_etl.review.decisions import apply_decisions, load_decisions, successors
    from genero_etl.review.staged import review_settings

    settings = review_settings(ws)
    decisions = load_decisions(ws)
    stream = tables["observations"]
    table = stream.to_table() if isinstance(stream, TableStream) else stream
    columns = table.column_names  # a workspace schema may lack review_*
    observations, applied = apply_decisions(table, decisions)
    gate = Gate(force, settings.min_confidence, applied.confirmed, applied.corrected)
    gate.rejected, gate.stale = applied.rejected, applied.stale
    gate.successors = successors(applied.stale, observations)
    low = pc.and_(
        pc.less(pc.fill_null(observations.column("confidence"), 0.0), settings.min_confidence),
        pc.equal(observations.column("review_status"), "automatic"),
    )
    held = observations.filter(low).select(
        ["observation_id", "source_file", "source_locator", "indicator_id", "value",
         "value_raw", "confidence"]
    )  # fmt: skip
    gate.withheld = table_rows(held)
    kept = observations.filter(pc.invert(low)).select(columns)
    tables["observations"] = (
        TableStream.of(kept, stream.schema) if isinstance(stream, TableStream) else kept
    )
    return gate


def finish(
    ws: Workspace,
    gate: Gate,
    dataset_dir: Path,
    version: str,
    package: dict[str, Any],
    folder: Path,
    files: dict[str, tuple[int, str]],
) -> dict[str, bytes]:
    """Refuse a no-op or invalid version; return the extra files; annotate ``package``.

    ``folder`` holds the data files as written, ``files`` their sizes and hashes."""
    from genero_etl.publish.versions import existing_versions
    from genero_etl.review import docs
    from genero_etl.review.diff import diff_frames, read_observations

    versions = [".".join(map(str, v)) for v in existing_versions(dataset_dir)]
    previous = versions[-1] if versions else ""
    gate.previous = previous
    if previous and not gate.force and _same_data(dataset_dir / previous, files):
        raise PublishUnchanged("publish-unchanged", version=previous)
    extra: dict[str, bytes] = {}
    package["review"] = gate.summary()
    report = _validate(ws, package, folder, ws.display(dataset_dir / version))
    gate.report = report
    if not report.valid:
        if not gate.force:
            raise PublishRefused(report)
        extra["validation.json"] = _json(report.to_dict("es"))
        package["validation"] = {
            "valid": False,
            "forced": True,
            "errors": report.errors,
            "warnings": report.warnings,
            "report": "validation.json",
        }
    new = read_observations(folder / "data" / "observations.csv")
    old_csv = dataset_dir / previous / "data" / "observations.csv"
    old = read_observations(old_csv) if previous and old_csv.is_file() else new.iloc[0:0]
    diff = diff_frames(old, new, previous, version)
    rows = {
        rel[5:-4]: len(read_observations(folder / rel))
        if rel != "data/observations.csv"
        else len(new)
        for rel in files
        if rel.startswith("data/") and rel.endswith(".csv") and rel.count("/") == 1
    }
    extra["README.md"] = docs.readme(package, new, package["review"], rows).encode("utf-8")
    extra["CHANGES.md"] = docs.changes(diff).encode("utf-8")
    return extra


def _same_data(previous_dir: Path, files: dict[str, tuple[int, str]]) -> bool:
    """The previous version's CSV tables have exactly these bytes."""
    try:
        descriptor = json.loads((previous_dir / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    declared = {
        r.get("path"): r.get("hash") for r in descriptor.get("resources", []) if isinstance(r, dict)
    }
    ours = {rel: sha for rel, (_, sha) in files.items() if rel.endswith(".csv")}
    return bool(ours) and all(declared.get(rel) == "sha256:" + sha for rel, sha in ours.items())


def _validate(ws: Workspace, package: dict[str, Any], written: Path, shown: str) -> Report:
    """Run `validate` (schemas, keys, domain rules, hashes) over the files about to be published.

    Findings name the files where they will be published (``shown``), not the scratch copy.
    """
    from genero_etl.validate.api import Options, validate_paths

    # The Parquet files hold the same Arrow tables as the CSVs: checking the CSVs (what
    # portals and spreadsheets read) checks both, in half the time.
    csv_only = {**package, "resources": [r for r in package["resources"] if r["format"] == "csv"]}
    # A scratch package beside the version being written, its CSVs hard links (copies where
    # the file system has none) of the written files.
    folder = Path(tempfile.mkdtemp(prefix=".gate.", dir=written.parent))
    try:
        for resource in csv_only["resources"]:
            rel = str(resource["path"])
            target = folder / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(written / rel, target)
            except OSError:
                shutil.copyfile(written / rel, target)
        (folder / "datapackage.json").write_bytes(_json(csv_only))
        report = validate_paths([folder / "datapackage.json"], Options(workspace=ws.root))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for file_report in report.files:
        file_report.file = file_report.file.replace(str(folder), shown)
        for finding in file_report.findings:
            finding.file = finding.file.replace(str(folder), shown)
    return report


def _json(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
