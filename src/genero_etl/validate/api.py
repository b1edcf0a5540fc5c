"""The one entry point of validation: paths (or the staged workspace) in, a Report out.

Invalid data never raises: it becomes findings. Only what stops the command (a missing
path, an undecodable file, a refused package path, an unknown format) raises one of
:mod:`genero_etl.validate.errors`, which the CLI maps to its exit code.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from genero_etl.validate.checks.table import (
    CheckedTable,
    check_foreign_keys,
    check_table,
    sorted_findings,
)
from genero_etl.validate.errors import InputUnreadable, UnsupportedInput
from genero_etl.validate.read import (
    SHEET_SUFFIXES,
    TABLE_SUFFIXES,
    RawTable,
    read_inline_table,
    read_parquet_table,
    read_records,
    read_sheet_table,
    read_text_table,
)
from genero_etl.validate.report import FileReport, Finding, Report
from genero_etl.validate.rules import RuleContext, load_rule_set, run_rule
from genero_etl.validate.schema import SchemaProblem, TableSchema, load_schema, parse_schema

PROJECT_TABLES = ("observations", "sources", "quality_issues", "indicators")
KNOWN = ", ".join([*TABLE_SUFFIXES, "datapackage.json"])


@dataclass(slots=True)
class Options:
    schema: Path | None = None
    workspace: Path = Path(".")
    rules: bool = True
    max_bytes: int = 2 * 1024**3
    # With no paths: the staged data as the published tables' rows. Given by the caller
    # (the CLI passes publish.tables.staged_rows): validation sits below staging.
    staged: Callable[[Path], dict[str, list[dict[str, object]]]] | None = None
    # a file that is a piece of a larger one: its path (resolved) -> (first row, first line)
    first_rows: dict[str, tuple[int, int]] = field(default_factory=dict)
    # such a piece: per rule id, the keys of the rows before it and the first row of each
    # (``RawTable.earlier``: a ``unique_together`` rule then sees across the pieces)
    earlier: dict[str, dict[str, dict[tuple[str, ...], int]]] = field(default_factory=dict)
    # such pieces checked apart from where they stand (``RawTable.relative``)
    relative: set[str] = field(default_factory=set)


@dataclass(slots=True)
class _Unit:
    """One table to check, with the schema chosen for it and where that came from."""

    name: str
    raw: RawTable | None
    schema: TableSchema | None
    schema_label: str
    rule_table: str  # which rules apply ("observations"...), "" for none
    extra: list[Finding]
    declared: dict[str, Any]  # package resource descriptor (hash, bytes)


def validate_paths(paths: list[Path], options: Options | None = None) -> Report:
    """Validate files, folders or data packages; with no paths, the workspace's staged data."""
    opts = options or Options()
    started = time.perf_counter()
    report = Report()
    if not paths:
        groups = [_staged_units(opts)]
    else:
        groups = []
        for path in paths:
            groups.extend(_units_for(path, opts))
    # Rules apply to the project's tables only: read (YAML) when one of them is checked.
    wanted = opts.rules and any(unit.rule_table for units in groups for unit in units)
    rules = load_rule_set(opts.workspace / "schemas" / "rules", "validate") if wanted else []
    for units in groups:
        report.files.extend(_check_group(units, rules, opts))
    report.seconds = time.perf_counter() - started
    return report


def _units_for(path: Path, opts: Options) -> list[list[_Unit]]:
    display = str(path)
    if not path.exists():
        raise InputUnreadable("path-not-found", path=display)
    if path.is_dir():
        package = path / "datapackage.json"
        if package.is_file():
            return [_package_units(package, opts)]
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file()
            and p.suffix.lower() in TABLE_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        packages = sorted(
            p
            for p in path.rglob("datapackage.json")
            if not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not files and not packages:
            raise UnsupportedInput("no-files", path=display, known=KNOWN)
        covered: set[Path] = set()
        groups = []
        for pkg in packages:
            units = _package_units(pkg, opts)
            groups.append(units)
            covered.update(
                (pkg.parent / u.declared.get("path", "")).resolve()
                for u in units
                if isinstance(u.declared.get("path"), str)
            )
        groups.extend([_file_unit(p, opts)] for p in files if p.resolve() not in covered)
        return groups
    if path.name.endswith("datapackage.json") or path.suffix.lower() in (".json",):
        return [_package_units(path, opts)]
    if path.suffix.lower() in TABLE_SUFFIXES:
        return [[_file_unit(path, opts)]]
    raise UnsupportedInput(
        "unknown-format", path=display, suffix=path.suffix or "(sin extensión)", known=KNOWN
    )


def _check_link(path: Path, display: str, opts: Options) -> None:
    """A symlink is read only when it stays in the workspace or the current folder: a
    linked CSV must not echo another file's lines (``/etc/passwd``) into a CI log."""
    if path.resolve() == path.absolute():
        return
    target = path.resolve()
    roots = {opts.workspace.resolve(), Path.cwd().resolve()}
    if not any(target.is_relative_to(root) for root in roots):
        raise UnsupportedInput("symlink-outside", path=display, target=str(target))


def _check_dialect(dialect: Any, display: str) -> dict[str, Any]:
    """A resource's ``dialect``: an object with a one-character delimiter and a boolean
    header, or a clear refusal (never a silently ignored or crashing dialect)."""
    if dialect is None:
        return {}
    problem = ""
    if not isinstance(dialect, dict):
        problem = "'dialect' no es un objeto"
    else:
        for key in ("delimiter", "quoteChar", "escapeChar", "lineTerminator"):
            value = dialect.get(key)
            if value is not None and (not isinstance(value, str) or not value):
                problem = f"'dialect.{key}' no es un texto"
        for key in ("delimiter", "quoteChar", "escapeChar"):
            value = dialect.get(key)
            if isinstance(value, str) and len(value) != 1:
                problem = f"'dialect.{key}' debe ser un solo carácter"
        for key in ("header", "doubleQuote", "skipInitialSpace"):
            if key in dialect and not isinstance(dialect[key], bool):
                problem = f"'dialect.{key}' debe ser true o false"
    if problem:
        raise UnsupportedInput("package-invalid", path=display, reason=problem)
    assert isinstance(dialect, dict)
    return dialect


def _read(
    path: Path, display: str, opts: Options, dialect: dict[str, Any] | None = None
) -> RawTable:
    _check_link(path, display, opts)
    if path.suffix.lower() == ".parquet":
        return read_parquet_table(path, display, max_bytes=opts.max_bytes)
    if path.suffix.lower() in SHEET_SUFFIXES:
        sheet = (dialect or {}).get("sheet")
        return read_sheet_table(
            path, display, sheet if isinstance(sheet, str) else None, max_bytes=opts.max_bytes
        )
    delimiter = (dialect or {}).get("delimiter")
    raw = read_text_table(
        path,
        display,
        delimiter=delimiter if isinstance(delimiter, str) else None,
        max_bytes=opts.max_bytes,
    )
    if opts.first_rows:
        raw.first_row, raw.first_line = opts.first_rows.get(str(path.resolve()), (2, 2))
    if opts.earlier:
        raw.earlier = opts.earlier.get(str(path.resolve()), {})
    if opts.relative:
        raw.relative = str(path.resolve()) in opts.relative
    return raw


def _schema_problem_finding(file: str, err: SchemaProblem) -> list[Finding]:
    return [
        Finding(
            code="schema-error",
            type="schema-error",
            file=file,
            params={"schema": err.source, "reason": problem},
        )
        for problem in err.problems
    ]


def _file_unit(path: Path, opts: Options) -> _Unit:
    display = str(path)
    raw = _read(path, display, opts)
    if opts.schema is not None:
        try:
            schema = load_schema(opts.schema)
        except SchemaProblem as err:
            return _Unit(
                path.stem,
                raw,
                None,
                str(opts.schema),
                "",
                _schema_problem_finding(display, err),
                {},
            )
        table = _matching_project_table(raw.labels, schema.field_names) or ""
        return _Unit(path.stem, raw, schema, f"--schema {opts.schema}", table, [], {})
    declared = _declaring_package(path)
    if declared is not None:
        package, resource = declared
        units = _package_units(package, opts)
        for unit in units:
            if unit.declared is resource or unit.declared.get("name") == resource.get("name"):
                return unit
    from genero_etl.resources import schema_path

    for name in PROJECT_TABLES:
        candidate = schema_path(name, opts.workspace / "schemas")
        if not candidate.is_file():
            continue
        try:
            schema = load_schema(candidate)
        except SchemaProblem:
            continue
        if [label.strip() for label in raw.labels] == schema.field_names:
            return _Unit(name, raw, schema, f"{name} ({candidate})", name, [], {})
    # No schema: check the structure against the header itself and say so.
    inferred = parse_schema(
        {
            "fields": [
                {"name": label or f"field{i}", "type": "any"}
                for i, label in enumerate(raw.labels, 1)
            ]
        },
        "inferido",
    )
    warning = Finding(
        code="schema-not-found", type="schema-error", severity="warning", file=display
    )
    return _Unit(path.stem, raw, inferred, "ninguno (solo estructura)", "", [warning], {})


def _matching_project_table(labels: list[str], names: list[str]) -> str | None:
    from genero_etl.resources import schema_path

    for name in PROJECT_TABLES:
        try:
            schema = load_schema(schema_path(name))
        except SchemaProblem:
            continue
        if schema.field_names == names:
            return name
    return None


def _declaring_package(path: Path) -> tuple[Path, dict[str, Any]] | None:
    """The datapackage.json next to (or above) ``path`` that lists it as a resource."""
    target = path.resolve()
    for folder in [target.parent, *target.parent.parents][:3]:
        package = folder / "datapackage.json"
        if not package.is_file():
            continue
        try:
            descriptor = json.loads(package.read_text(encoding="utf-8-sig"))
        except (OSError, ValueError):
            continue
        for resource in descriptor.get("resources", []) if isinstance(descriptor, dict) else []:
            rel = resource.get("path") if isinstance(resource, dict) else None
            if isinstance(rel, str) and "\x00" not in rel and (folder / rel).resolve() == target:
                return package, resource
    return None


def _safe_resource_path(package: Path, resource: str, rel: Any) -> Path:
    """Refuse URLs, absolute paths and anything resolving outside the package folder."""
    display = str(package)
    if not isinstance(rel, str) or not rel:
        raise UnsupportedInput(
            "package-invalid",
            path=display,
            reason=f"el recurso '{resource}' no tiene un 'path' de texto",
        )
    reason = ""
    if "\x00" in rel or any(ord(ch) < 32 for ch in rel):
        reason = "contiene caracteres de control (NUL)"
    elif "://" in rel or rel.lower().startswith(("http:", "https:", "ftp:", "file:")):
        reason = "es una URL"
    elif rel.startswith(("/", "\\")) or (len(rel) > 1 and rel[1] == ":"):
        reason = "es una ruta absoluta"
    elif ".." in Path(rel).parts or ".." in rel.replace("\\", "/").split("/"):
        reason = "sube de carpeta con '..'"
    root = package.parent.resolve()
    target = root if reason else (root / rel).resolve()
    if not reason and not target.is_relative_to(root):
        reason = "sale de la carpeta del paquete"
    if reason:
        raise UnsupportedInput(
            "path-refused", path=display, resource=resource, target=rel, reason=reason
        )
    return target


def _package_units(package: Path, opts: Options) -> list[_Unit]:
    display = str(package)
    try:
        text = package.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputUnreadable("path-not-found", path=display) from None
    except (OSError, UnicodeDecodeError) as err:
        raise InputUnreadable("file-unreadable", path=display, reason=str(err)) from None
    if not text.strip():
        raise InputUnreadable("file-empty", path=display)
    try:
        descriptor = json.loads(text)
    except ValueError as err:
        raise InputUnreadable("package-invalid", path=display, reason=f"JSON: {err}") from None
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        raise UnsupportedInput("package-invalid", path=display, reason="no tiene 'resources'")
    resources = descriptor["resources"]
    # Check every path before reading anything: a refused path stops the whole package.
    targets: list[Path | None] = []
    for index, resource in enumerate(resources, 1):
        if not isinstance(resource, dict):
            raise UnsupportedInput(
                "package-invalid", path=display, reason=f"el recurso n.º {index} no es un objeto"
            )
        name = str(resource.get("name", f"recurso{index}"))
        if "data" in resource and "path" not in resource:
            targets.append(None)
        else:
            targets.append(_safe_resource_path(package, name, resource.get("path")))
        schema = resource.get("schema")
        if isinstance(schema, str):
            _safe_resource_path(package, name, schema)
    units = []
    for index, (resource, target) in enumerate(zip(resources, targets, strict=True), 1):
        name = str(resource.get("name", f"recurso{index}"))
        if opts.schema is not None:
            schema_ref: Any = str(opts.schema)
            schema_file: Path | None = opts.schema
        else:
            schema_ref = resource.get("schema")
            schema_file = package.parent / schema_ref if isinstance(schema_ref, str) else None
        file_display = (
            str(target.relative_to(package.parent.resolve())) if target else f"{display}#{name}"
        )
        if target is not None:
            file_display = str(package.parent / target.relative_to(package.parent.resolve()))
        raw = (
            _read(target, file_display, opts, _check_dialect(resource.get("dialect"), display))
            if target is not None
            else read_inline_table(file_display, resource.get("data") or [])
        )
        label = f"{display} → {name}"
        try:
            if schema_file is not None:
                schema = load_schema(schema_file)
            elif isinstance(schema_ref, dict):
                schema = parse_schema(schema_ref, label)
            else:
                schema = parse_schema(
                    {"fields": [{"name": x, "type": "any"} for x in raw.labels]}, "inferido"
                )
        except SchemaProblem as err:
            units.append(
                _Unit(
                    name, raw, None, label, "", _schema_problem_finding(file_display, err), resource
                )
            )
            continue
        rule_table = (
            name
            if name in PROJECT_TABLES
            else (_matching_project_table(raw.labels, schema.field_names) or "")
        )
        units.append(_Unit(name, raw, schema, label, rule_table, [], resource))
    return units


def _staged_units(opts: Options) -> list[_Unit]:
    from genero_etl.resources import schema_path
    from genero_etl.validate.errors import NothingToValidate

    workspace = opts.workspace
    if opts.staged is None:
        raise NothingToValidate(
            "stage-unavailable", path=str(workspace), reason="no staged-data reader given"
        )
    tables = opts.staged(workspace)
    if not (tables.get("sources") or tables.get("observations")):  # nothing staged yet
        raise NothingToValidate("stage-unavailable", path=str(workspace), reason="vacío")
    units = []
    for name, rows in tables.items():
        candidate = schema_path(name, workspace / "schemas")
        display = f"{workspace}/staged:{name}"
        try:
            schema = load_schema(candidate)
        except SchemaProblem as err:
            units.append(
                _Unit(
                    name, None, None, str(candidate), "", _schema_problem_finding(display, err), {}
                )
            )
            continue
        raw = read_records(display, rows, schema.field_names)
        units.append(_Unit(name, raw, schema, f"{name} ({candidate})", name, [], {}))
    return units


def _integrity(unit: _Unit, raw: RawTable) -> list[Finding]:
    """hash-count and byte-count for a package resource that declares them."""
    out = []
    declared_hash = unit.declared.get("hash")
    if isinstance(declared_hash, str) and declared_hash:
        algorithm, _, expected = declared_hash.partition(":")
        if not expected:
            algorithm, expected = "md5", declared_hash
        actual = raw.digest(algorithm.lower())
        if actual and actual != expected:
            out.append(
                Finding(
                    code="hash-count",
                    type="hash-count",
                    file=raw.file,
                    resource=unit.name,
                    params={"expected": expected, "actual": actual},
                )
            )
    declared_bytes = unit.declared.get("bytes")
    if isinstance(declared_bytes, int) and raw.bytes and declared_bytes != raw.bytes:
        out.append(
            Finding(
                code="byte-count",
                type="byte-count",
                file=raw.file,
                resource=unit.name,
                params={"expected": declared_bytes, "actual": raw.bytes},
            )
        )
    return out


def _check_group(units: list[_Unit], rules: list[Any], opts: Options) -> list[FileReport]:
    checked: dict[str, CheckedTable] = {}
    reports: list[tuple[_Unit, FileReport, CheckedTable | None]] = []
    for unit in units:
        file = unit.raw.file if unit.raw is not None else unit.name
        report = FileReport(
            file=file,
            resource=unit.name,
            schema=unit.schema_label,
            rows=unit.raw.n_rows if unit.raw is not None else 0,
        )
        report.findings.extend(unit.extra)
        table = None
        if unit.raw is not None:
            for code, severity, params in unit.raw.notes:
                line = params.get("line")
                report.findings.append(
                    Finding(
                        code=code,
                        type="encoding-error",
                        severity=severity,
                        file=file,
                        resource=unit.name,
                        line=line,
                        row=line,
                        params=params,
                    )
                )
            report.findings.extend(_integrity(unit, unit.raw))
        if unit.raw is not None and unit.schema is not None:
            table = check_table(unit.name, unit.raw, unit.schema)
            checked[unit.name] = table
            report.checks = ["schema", "structure", "keys"]
        reports.append((unit, report, table))
    rule_ctx = RuleContext(tables=checked, base_dirs=_rule_bases(opts))
    out = []
    for unit, report, table in reports:
        if table is not None:
            unchecked = check_foreign_keys(table, checked)
            report.findings.extend(sorted_findings(table))
            report.findings.extend(unchecked)
            for rule in rules:
                if rule.table == unit.rule_table:
                    report.checks.append(rule.id)
                    report.findings.extend(run_rule(rule, table, rule_ctx))
        out.append(report)
    return out


def _rule_bases(opts: Options) -> list[Path]:
    from genero_etl.resources import data_dir, default_schemas_dir

    return [
        opts.workspace / "schemas",
        default_schemas_dir(),
        data_dir(),
        default_schemas_dir().parent / "src" / "genero_etl" / "data",
    ]
