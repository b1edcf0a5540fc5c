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
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.errors import ExitCode, GeneroEtlError
from genero_etl.messages import render
from genero_etl.publish.csvtable import JoinedCsv, source

if TYPE_CHECKING:
    import pyarrow as pa

    from genero_etl.publish.gatecache import Cache as GateCache
    from genero_etl.publish.pieces import Memo, Piece
    from genero_etl.publish.scans import Scans
    from genero_etl.review.decisions import Decision
    from genero_etl.validate.report import FileReport, Finding, Report
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
    scans: Scans | None = None  # the one pass over the staged rows (None: not made)

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


_HELD = ["observation_id", "source_file", "source_locator", "indicator_id", "value",
         "value_raw", "confidence"]  # fmt: skip
_SCANNED = [*_HELD, "review_status", "breakdown_value"]


def prepare(ws: Workspace, tables: dict[str, Any], *, force: bool = False) -> Gate:
    """Apply decisions and withhold low-confidence values; ``tables`` is updated in place.

    ``tables`` holds ``pa.Table`` or streamed tables (``publish.tables.TableStream``). A
    stream is never gathered: one pass over a few of its columns counts the decisions and
    finds the withheld values, and the stream then applies both batch by batch as it is
    written (``TableStream.transform``)."""
    import pyarrow as pa

    from genero_etl.publish import scans
    from genero_etl.publish.tables import TableStream
    from genero_etl.review.decisions import successors
    from genero_etl.review.staged import review_settings

    settings = review_settings(ws)
    decisions = _decisions(ws)
    gate = Gate(force, settings.min_confidence)
    stream = tables["observations"]
    if isinstance(stream, TableStream):
        # one pass for the gates, the coverage and the partitions, kept per staged file
        gate.scans = scans.scan(ws, stream, settings.min_confidence, decisions, _stored(ws))
    if gate.scans is not None:
        found = _counted(gate.scans.decided(), decisions, gate)
        gate.withheld = gate.scans.withheld()
    else:
        if isinstance(stream, TableStream):
            scanned = stream.columns(_SCANNED)
        else:
            scanned = iter([stream.select([n for n in _SCANNED if n in stream.column_names])])
        found = _scan(scanned, decisions, gate)
    stale = [d for k, d in sorted(decisions.items()) if k not in found]
    gate.stale = stale
    if stale:
        files = pa.array(sorted({str(d.original.get("source_file") or "") for d in stale}))
        parts = stream.columns(_SCANNED) if isinstance(stream, TableStream) else iter([stream])
        near = [_near(t, files) for t in parts]
        gate.successors = successors(stale, pa.concat_tables(near, promote_options="permissive"))
    keep = partial(_gated, decisions, settings.min_confidence)
    if isinstance(stream, TableStream):
        stream.transform = keep
        stream.dropped = gate.rejected + len(gate.withheld)
    else:
        tables["observations"] = keep(stream)[0]
    return gate


def _stored(ws: Workspace) -> bytes:
    """The stored decisions' bytes (what the kept scans are named by)."""
    from genero_etl.review.decisions import store_path

    path = store_path(ws)
    return path.read_bytes() if path.is_file() else b""


def _counted(decided: list[str], decisions: dict[str, Decision], gate: Gate) -> set[str]:
    """Count the decisions that apply, from the decided ids found (``_scan``'s counts)."""
    from genero_etl.review.decisions import CORRECT, REJECT

    for oid in decided:
        action = decisions[oid].action
        gate.rejected += action == REJECT
        gate.corrected += action == CORRECT
        gate.confirmed += action not in (REJECT, CORRECT)
    return set(decided)


def _decisions(ws: Workspace) -> dict[str, Decision]:
    from genero_etl.review.decisions import load_decisions

    return load_decisions(ws)


def _near(table: pa.Table, files: pa.Array) -> pa.Table:
    """The rows of some source files, text decoded (for ``successors``)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    near = table.filter(pc.is_in(table.column("source_file"), value_set=files))
    columns = [
        c.cast(c.type.value_type) if pa.types.is_dictionary(c.type) else c for c in near.columns
    ]
    return pa.Table.from_arrays(columns, names=near.column_names)


def _low(table: pa.Table, decided: Any, min_confidence: float) -> Any:
    """Automatic values below ``min_confidence`` that no decision covers."""
    import pyarrow as pa
    import pyarrow.compute as pc

    low = pc.less(pc.fill_null(table.column("confidence"), 0.0), min_confidence)
    if "review_status" in table.column_names:
        status = pc.fill_null(table.column("review_status").cast(pa.string()), "automatic")
        low = pc.and_(low, pc.equal(status, "automatic"))
    if decided is not None:
        low = pc.and_(low, pc.invert(decided))
    return low


def _scan(tables: Iterator[pa.Table], decisions: dict[str, Decision], gate: Gate) -> set[str]:
    """Count the decisions that apply and gather the withheld values; the decided ids found."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from genero_etl.model.arrow import table_rows
    from genero_etl.review.decisions import CORRECT, REJECT

    keys = pa.array(sorted(decisions), pa.string())
    found: set[str] = set()
    for table in tables:
        decided = None
        if decisions:
            decided = pc.is_in(table.column("observation_id").cast(pa.string()), value_set=keys)
            for oid in table.column("observation_id").filter(decided).to_pylist():
                action = decisions[str(oid)].action
                gate.rejected += action == REJECT
                gate.corrected += action == CORRECT
                gate.confirmed += action not in (REJECT, CORRECT)
                found.add(str(oid))
        held = table.filter(_low(table, decided, gate.min_confidence)).select(_HELD)
        if held.num_rows:
            gate.withheld += table_rows(_decoded(held))
    return found


def _decoded(table: pa.Table) -> pa.Table:
    import pyarrow as pa

    columns = [
        c.cast(c.type.value_type) if pa.types.is_dictionary(c.type) else c for c in table.columns
    ]
    return pa.Table.from_arrays(columns, names=table.column_names)


def _gated(
    decisions: dict[str, Decision], min_confidence: float, table: pa.Table
) -> tuple[pa.Table, bool]:
    """One typed batch with the decisions applied and the withheld values out; whether a
    decision changed it."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from genero_etl.review.decisions import apply_decisions

    columns = table.column_names  # a workspace schema may lack review_*
    ids = table.column("observation_id")
    here: dict[str, Decision] = {}
    if decisions:
        keys = pa.array(sorted(decisions), pa.string())
        hits = ids.filter(pc.is_in(ids, value_set=keys)).to_pylist()
        here = {str(k): decisions[str(k)] for k in hits}
    observations, _ = apply_decisions(table, here)
    decided = None
    if here:
        decided = pc.is_in(
            observations.column("observation_id"), value_set=pa.array(sorted(here), pa.string())
        )
    kept = observations.filter(pc.invert(_low(observations, decided, min_confidence)))
    return kept.select(columns), bool(here)


def finish(
    ws: Workspace,
    gate: Gate,
    dataset_dir: Path,
    version: str,
    package: dict[str, Any],
    folder: Path,
    files: dict[str, tuple[int, str]],
    copied: list[tuple[int, int, int]] | None = None,
) -> dict[str, bytes]:
    """Refuse a no-op or invalid version; return the extra files; annotate ``package``.

    ``folder`` holds the data files as written, ``files`` their sizes and hashes;
    ``copied``: the bytes of the observations CSV copied from the latest version's
    (``csvcopy.Plan.regions``), whose cut points and reports the gate keeps."""
    from genero_etl.publish.gatecache import environment
    from genero_etl.publish.summaries import observations_summary
    from genero_etl.publish.versions import existing_versions
    from genero_etl.review import docs
    from genero_etl.review.diff import csv_header, diff_files

    versions = [".".join(map(str, v)) for v in existing_versions(dataset_dir)]
    previous = versions[-1] if versions else ""
    gate.previous = previous
    if previous and not gate.force and _same_data(dataset_dir / previous, files):
        raise PublishUnchanged("publish-unchanged", version=previous)
    extra: dict[str, bytes] = {}
    package["review"] = gate.summary()
    shown = ws.display(dataset_dir / version)
    latest = dataset_dir / previous if previous else None
    report = _validate(ws, package, folder, shown, files, (latest, copied) if latest else None)
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
    from genero_etl.publish.csvsplit import PIECES_DIR, table_csv

    new_csv = source(folder / "data" / "observations.csv")  # or its bytes held joined
    # the previous version's table: its whole CSV, or its pieces read as one file
    old_csv = table_csv(dataset_dir / previous) if previous else None
    has_old = old_csv is not None
    ranges = _shared_pieces(dataset_dir / previous, folder, files, report) if has_old else None
    diff = diff_files(old_csv, new_csv, previous, version, ranges=ranges)
    header = csv_header(new_csv)
    summary, _ = observations_summary(  # kept per CSV piece: only new pieces are read
        ws.root, environment(ws.root), new_csv, files, [c for c in docs.SUMMARISED if c in header]
    )
    rows = {
        rel[5:-4]: _csv_rows(folder / rel) if rel != "data/observations.csv" else summary.rows
        for rel in files
        if rel.startswith("data/") and rel.endswith(".csv") and rel.count("/") == 1
    }
    pieces = sorted((r for r in files if r.startswith(PIECES_DIR + "/")), key=lambda r: (len(r), r))
    listed = [(rel, files[rel][0]) for rel in pieces]  # the version holds these, not the whole
    readme = docs.readme(package, summary, package["review"], rows, listed)
    extra["README.md"] = readme.encode("utf-8")
    extra["CHANGES.md"] = docs.changes(diff).encode("utf-8")
    return extra


def _shared_pieces(
    previous_dir: Path, folder: Path, files: dict[str, tuple[int, str]], report: Report
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """The byte ranges of each version's observations CSV that CHANGES.md must read: the
    rows outside the CSV pieces the two versions share (``csvsplit.unchanged_ranges``), when
    ids are unique in both (both passed the gate); None: every row is read."""
    from genero_etl.publish.csvsplit import unchanged_ranges

    if not report.valid:
        return None
    try:
        descriptor = json.loads((previous_dir / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    validation = descriptor.get("validation") if isinstance(descriptor, dict) else None
    if isinstance(validation, dict) and validation.get("valid") is False:
        return None  # published with errors: its ids may repeat
    return unchanged_ranges(previous_dir, folder, files)


def _csv_rows(path: Path) -> int:
    from genero_etl.review.diff import csv_batches, csv_header

    header = csv_header(path)
    return sum(t.num_rows for t in csv_batches(path, header[:1])) if header else 0


def _same_data(previous_dir: Path, files: dict[str, tuple[int, str]]) -> bool:
    """The previous version's CSV tables have exactly these bytes."""
    try:
        descriptor = json.loads((previous_dir / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    declared = {
        r.get("path"): r.get("hash") for r in descriptor.get("resources", []) if isinstance(r, dict)
    }
    from genero_etl.publish.csvsplit import PIECES_DIR, WHOLE

    ours = {rel: sha for rel, (_, sha) in files.items() if rel.endswith(".csv")}
    if any(rel.startswith(PIECES_DIR + "/") for rel in ours):
        ours.pop(WHOLE, None)  # listed as its pieces, which hold the same rows
    return bool(ours) and all(declared.get(rel) == "sha256:" + sha for rel, sha in ours.items())


def _validate(
    ws: Workspace,
    package: dict[str, Any],
    written: Path,
    shown: str,
    files: dict[str, tuple[int, str]] | None = None,
    copied: tuple[Path, list[tuple[int, int, int]] | None] | None = None,
) -> Report:
    """Run `validate` (schemas, keys, domain rules, hashes) over the files about to be published.

    Findings name the files where they will be published (``shown``), not the scratch copy.
    A CSV too large to check in memory is checked in pieces (``publish.pieces``), with the
    same findings, numbered as in the whole file. With ``files`` (the version's files, sizes
    and sha256) holding the observations CSV's pieces (``publish.csvsplit``), its cut points
    start from those of the version before (``pieces.Memo``), kept in the gate cache.
    """
    from genero_etl.publish.gatecache import Cache
    from genero_etl.publish.pieces import split
    from genero_etl.validate.report import Report

    # The Parquet files hold the same Arrow tables as the CSVs: checking the CSVs (what
    # portals and spreadsheets read) checks both, in half the time.
    csv_only = {**package, "resources": [r for r in package["resources"] if r["format"] == "csv"]}
    rules = _rules(ws)
    referenced = {
        str((fk.get("reference") or {}).get("resource") or "")
        for r in csv_only["resources"]
        if isinstance(r.get("schema"), dict)
        for fk in r["schema"].get("foreignKeys", []) or []
    }
    cache = Cache(ws.root)
    memos: dict[str, Memo] = {}
    cut: dict[str, list[Piece]] = {}
    for resource in csv_only["resources"]:
        name = str(resource.get("name", ""))
        if name in referenced or not isinstance(resource.get("schema"), dict):
            continue  # another table points into it: it is checked whole
        path = source(written / str(resource["path"]))  # the file, or its bytes held joined
        memo = _memo(cache, str(resource["path"]), files, copied)
        pieces = split(path, resource["schema"], rules, name, memo)
        from genero_etl.model.arrow import release_memory

        release_memory()  # the cut points' arrays, before the pieces are validated
        if memo is not None:
            memos[name] = memo
            cache.pieces.update({(path, *k): v for k, v in memo.sha256.items()})
            cache.distinct.update({(path, *k): v for k, v in memo.distinct.items()})
        if len(pieces) > 1:
            cut[name] = pieces
    whole = _hashed([r for r in csv_only["resources"] if r.get("name") not in cut], written, cache)
    if not cut:
        for memo in memos.values():
            memo.discard()
        return _validate_run(ws, {**csv_only, "resources": whole}, written, shown, {})
    report = Report()
    first = True
    if _apart(whole, set(cut), rules):
        # the tables checked whole in a run of their own (stored by their bytes): a change of
        # theirs (``sources.csv`` changes with any source) leaves every piece's report as it
        # was, and no piece is validated with tables its checks do not read
        alone = _validate_run(ws, {**csv_only, "resources": whole}, written, shown, {}, cache)
        report.files += alone.files
        report.seconds += alone.seconds
        first = False
    for name, pieces in cut.items():
        resource = next(r for r in csv_only["resources"] if r.get("name") == name)
        # the tables checked whole are reported from the first run; the later runs need only
        # those the piece's checks look into (its foreign keys, its rules' references)
        needed = _referenced(resource, rules)
        keyed = _keyed_only(resource, csv_only["resources"], rules)
        parts: list[Report] = []
        for piece in pieces:
            others = whole if first else [r for r in whole if r.get("name") in needed]
            run = {**csv_only, "resources": [*others, resource]}
            own = None if first else keyed  # later runs: only the piece's own report is used
            parts.append(_validate_run(ws, run, written, shown, {name: piece}, cache, own))
            if first:  # the tables checked whole: from the first run only
                report.files += [f for f in parts[0].files if f.resource != name]
                first = False
        report.files.append(_merged(parts, name, rules))
        report.seconds += sum(p.seconds for p in parts)
    for name, memo in memos.items():
        resource = next(r for r in csv_only["resources"] if r.get("name") == name)
        path = source(written / str(resource["path"]))
        named = {(s, e): v for (p, s, e), v in cache.pieces.items() if p == path}
        fields = [
            field for field, _ in _keyed_only(resource, csv_only["resources"], rules).values()
        ]
        memo.distinct = {(s, e, f): v for (p, s, e, f), v in cache.distinct.items() if p == path}
        if name in cut:
            memo.save(named, fields)
        else:
            memo.discard()
    cache.prune()
    order = {str(r.get("name")): i for i, r in enumerate(csv_only["resources"])}
    report.files.sort(key=lambda f: order.get(f.resource, len(order)))
    return report


def _hashed(
    resources: list[dict[str, Any]], written: Path, cache: GateCache
) -> list[dict[str, Any]]:
    """The resources checked whole, a CSV held joined (``csvcopy.write_joined``: its sha256
    not taken as it was written, since its pieces are what is published) with its sha256, as
    the file would have declared it."""
    found = []
    for resource in resources:
        held = source(written / str(resource["path"]))
        if isinstance(held, JoinedCsv):
            resource = {**resource, "hash": "sha256:" + cache.file_sha256(held)}
        found.append(resource)
    return found


def _apart(whole: list[dict[str, Any]], cut: set[str], rules: list[Any]) -> bool:
    """Whether the tables checked whole can be checked without the cut ones: none of them
    reads a cut table (by a foreign key or a rule), and each is one of the project's tables
    (the rules that apply to it are those naming it)."""
    from genero_etl.validate.api import PROJECT_TABLES

    if not whole:
        return False
    for resource in whole:
        if str(resource.get("name")) not in PROJECT_TABLES:
            return False
        if _referenced(resource, rules) & cut:
            return False
    return True


def _memo(
    cache: GateCache,
    rel: str,
    files: dict[str, tuple[int, str]] | None,
    copied: tuple[Path, list[tuple[int, int, int]] | None] | None = None,
) -> Memo | None:
    """Where the observations CSV's cut points are kept between versions: with the gate's
    reports, when those are kept and the CSV is also written in pieces (their sha256 say
    which bytes the version before had; ``copied``, the latest version and the bytes of
    its CSV this one copied, say it to the byte)."""
    from genero_etl.publish.csvsplit import PIECES_DIR, WHOLE, declared_pieces
    from genero_etl.publish.pieces import Memo as Kept

    if not cache.on or rel != WHOLE or not files:
        return None
    listed = sorted((r for r in files if r.startswith(PIECES_DIR + "/")), key=lambda r: (len(r), r))
    if not listed:
        return None
    memo = Kept(cache.folder, cache.environment, [files[r] for r in listed])
    if copied is not None and copied[1]:
        latest, regions = copied
        memo.copied = (declared_pieces(latest), list(regions or []))
    return memo


def _referenced(resource: dict[str, Any], rules: list[Any]) -> set[str]:
    """The other resources a table's checks read: its foreign keys' and its rules'."""
    found: set[str] = set()

    def visit(value: Any) -> None:
        if isinstance(value, dict):
            target = value.get("resource")
            if isinstance(target, str) and target:
                found.add(target)
            for item in value.values():
                visit(item)
        elif isinstance(value, list):
            for item in value:
                visit(item)

    schema = resource.get("schema")
    if isinstance(schema, dict):
        visit(schema.get("foreignKeys", []))
    for rule in rules:
        if rule.table == resource.get("name"):
            visit(rule.params)
    return found


def _rules(ws: Workspace) -> list[Any]:
    """The rules `validate` runs (the workspace's, else the shipped ones)."""
    from genero_etl.validate.rules import default_rules_dir, load_rules

    return load_rules(ws.root / "schemas" / "rules") or load_rules(default_rules_dir())


def _validate_run(
    ws: Workspace,
    package: dict[str, Any],
    written: Path,
    shown: str,
    pieces: dict[str, Piece],
    cache: GateCache | None = None,
    own: dict[str, tuple[str, str]] | None = None,
) -> Report:
    """One `validate` run over a scratch package beside the version being written: its CSVs
    hard links (copies where the file system has none) of the written files, or a piece.

    With ``cache``, a run of pieces whose report is stored (``publish.gatecache``) is not
    made again, and a run made is stored. With ``own`` (a later run of a table's pieces),
    only the piece's own report is kept, and the tables it reaches only through a text
    foreign key (``own``: table -> (the piece's field, the table's field)) count in the
    report's name by which of the piece's values they hold, not by their bytes: a source
    added or removed elsewhere leaves the piece's report as it was."""
    from genero_etl.publish import gatecache
    from genero_etl.publish.pieces import write_piece
    from genero_etl.validate.api import Options, validate_paths

    resources = [_described(r, pieces) for r in package["resources"]]
    # a piece with the cache on is checked apart from where it stands (``gatecache.placed``)
    relative = cache is not None and cache.on and bool(pieces)
    name = _run_name(cache, resources, written, pieces, own, relative) if cache else None
    if cache is not None and name is not None and own is not None and relative:
        kept = _deferred(cache, name, shown, pieces)
        if kept is not None:
            return kept
    if cache is not None and name is not None:
        stored = cache.get(name)
        if stored is not None:
            stored = gatecache.said(stored, gatecache.PLACEHOLDER, shown)
            try:
                return _placed(gatecache.load(stored), pieces, relative)
            except (ValueError, TypeError, KeyError, AttributeError, IndexError):
                cache.unreadable(name)  # cut short, edited, of another shape: made again
            del stored
    folder = Path(tempfile.mkdtemp(prefix=".gate.", dir=written.parent))
    first_rows: dict[str, tuple[int, int]] = {}
    earlier: dict[str, dict[str, dict[tuple[str, ...], int]]] = {}
    try:
        for resource in resources:
            rel = str(resource["path"])
            target = folder / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            piece = pieces.get(str(resource.get("name")))
            held = source(written / rel)
            if piece is not None:
                write_piece(held, piece, target)
                if relative and _holds_nul(target):  # a mark begins with NUL: where it stands
                    relative, name = False, None
                first_rows[str(target.resolve())] = (piece.first_row, piece.first_line)
                if piece.earlier:  # keys of the rows before the piece (``pieces._across``)
                    by_rule: dict[str, dict[tuple[str, ...], int]] = {}
                    for rule_id, key, row in piece.earlier:
                        by_rule.setdefault(rule_id, {})[key] = row
                    earlier[str(target.resolve())] = by_rule
            elif isinstance(held, JoinedCsv):  # written joined: its bytes, once
                with held.open() as reading, open(target, "wb") as out:
                    shutil.copyfileobj(reading, out, 1 << 24)
            else:
                try:
                    os.link(written / rel, target)
                except OSError:
                    shutil.copyfile(written / rel, target)
        if relative:  # the piece counted from itself, the earlier keys' rows as marks
            from genero_etl.validate.read import RowRef

            first_rows = {k: (2, 2) for k in first_rows}
            for path, by_rule in earlier.items():
                piece = next(iter(pieces.values()))
                at = {(r, k): RowRef(j, "e") for j, (r, k, _) in enumerate(piece.earlier)}
                earlier[path] = {
                    rule_id: {key: at[rule_id, key] for key in keys}
                    for rule_id, keys in by_rule.items()
                }
        (folder / "datapackage.json").write_bytes(_json({**package, "resources": resources}))
        options = Options(
            workspace=ws.root,
            first_rows=first_rows,
            earlier=earlier,
            relative=set(first_rows) if relative else set(),
        )
        report = validate_paths([folder / "datapackage.json"], options)
        if own is not None:
            report.files = [f for f in report.files if f.resource in pieces]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if pieces:
            from genero_etl.model.arrow import release_memory

            release_memory()
    if cache is not None and name is not None:
        text, plain = gatecache.dumped(report)
        if text is not None:
            text = gatecache.said(text, str(folder), gatecache.PLACEHOLDER)
            if not gatecache.traces(text, str(folder)):  # no other trace of the scratch
                cache.put(name, text, report, str(folder))
                if plain:  # the report as the stored text gives it back, without parsing it
                    del text
                    report = gatecache.said_in(report, str(folder), shown)
                    return _placed(report, pieces, relative)
                del report  # the stored text gives it back: one copy of its findings at a time
                text = gatecache.said(text, gatecache.PLACEHOLDER, shown)
                return _placed(gatecache.load(text), pieces, relative)
    for file_report in report.files:
        file_report.file = file_report.file.replace(str(folder), shown)
        file_report.schema = file_report.schema.replace(str(folder), shown)
        for finding in file_report.findings:
            finding.file = finding.file.replace(str(folder), shown)
    return _placed(report, pieces, relative)


def _deferred(cache: GateCache, name: str, shown: str, pieces: dict[str, Piece]) -> Report | None:
    """A later run's stored report (of a piece checked apart from where it stands) with its
    findings read only when they are shown (``DeferredFileReport``): their counts by code and
    severity come from the stored report's first line. None (read it whole) when that line is
    not there, or a finding of no row (said once across pieces by ``_merged``) is in it."""
    from genero_etl.publish import gatecache
    from genero_etl.validate.report import DeferredFileReport, Report

    head = cache.head(name, shown)
    if head is None or any(h["rowless"] for h in head["files"]):
        if head is not None:  # read whole below, counted there
            cache.used.discard(name)
            cache.hits -= 1
        return None
    made: list[Report] = []

    def findings(number: int) -> Callable[[], list[Finding]]:
        def make() -> list[Finding]:
            if not made:
                text = gatecache.said(cache.text(name), gatecache.PLACEHOLDER, shown)
                made.append(_placed(gatecache.load(text), pieces, True))
            return made[0].files[number].findings

        return make

    files: list[FileReport] = [
        DeferredFileReport(
            file=h["file"],
            resource=h["resource"],
            schema=h["schema"],
            rows=h["rows"],
            checks=list(h["checks"]),
            make=findings(number),
            tally=Counter({(c, s): n for c, s, n in h["tally"]}),
        )
        for number, h in enumerate(head["files"])
    ]
    return Report(files=files, seconds=float(head["seconds"]))


def _placed(report: Report, pieces: dict[str, Piece], relative: bool) -> Report:
    """A run's report numbered as in the whole file (``gatecache.placed``) when its piece
    was checked apart from where it stands."""
    from genero_etl.publish.gatecache import placed

    if not relative:
        return report
    for name, piece in pieces.items():
        earlier = [row for _, _, row in piece.earlier]
        placed(report, name, piece.first_row, piece.first_line, earlier)
    return report


def _holds_nul(path: Path) -> bool:
    """Whether a file's bytes hold a NUL character."""
    with open(path, "rb") as handle:
        while block := handle.read(1 << 24):
            if b"\x00" in block:
                return True
    return False


def _described(resource: dict[str, Any], pieces: dict[str, Piece]) -> dict[str, Any]:
    """A resource as the scratch package describes it: a piece has no declared size."""
    if str(resource.get("name")) in pieces:
        return {k: v for k, v in resource.items() if k not in ("hash", "bytes")}
    return resource


def _run_name(
    cache: GateCache,
    resources: list[dict[str, Any]],
    written: Path,
    pieces: dict[str, Piece],
    own: dict[str, tuple[str, str]] | None,
    relative: bool = False,
) -> str:
    """What a run of pieces reads, as the name of its report (``gatecache.key``). With
    ``relative`` (the piece checked apart from where it stands) not where the piece starts,
    nor where the keys before it were first seen: only which keys those are."""
    from genero_etl.publish import gatecache

    contents: dict[str, str] = {}
    described: list[Any] = []
    for resource in resources:
        rel = str(resource["path"])
        name = str(resource.get("name"))
        if name in pieces:
            contents[rel] = cache.piece_sha256(source(written / rel), pieces[name])
        elif own and name in own:
            (table, piece), *_ = pieces.items()
            path = next(written / str(r["path"]) for r in resources if r.get("name") == table)
            field, target = own[name]
            contents[rel] = cache.held(source(path), piece, field, written / rel, target)
            resource = {k: v for k, v in resource.items() if k not in ("hash", "bytes")}
        else:
            contents[rel] = cache.file_sha256(source(written / rel))
        described.append(resource)
    where = {
        k: (
            ["relative", *([_earlier_digest(p, rows=False)] if p.earlier else [])]
            if relative
            else [p.first_row, p.first_line, *([_earlier_digest(p)] if p.earlier else [])]
        )
        for k, p in sorted(pieces.items())
    }
    return gatecache.key(cache.environment, [own is not None, described], contents, where)


def _earlier_digest(piece: Piece, rows: bool = True) -> str:
    """What a piece's check knows of the rows before it, as part of its report's name
    (without ``rows``: the keys in their order, not the rows they were first seen on)."""
    import hashlib

    said = [[r, list(k), *([n] if rows else [])] for r, k, n in piece.earlier]
    text = json.dumps(said, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _keyed_only(
    resource: dict[str, Any], resources: list[dict[str, Any]], rules: list[Any]
) -> dict[str, tuple[str, str]]:
    """The tables a table's checks read only through a one-field foreign key between text
    fields (compared as written), not through a rule: table -> (field, its field)."""
    by_name = {str(r.get("name")): r for r in resources}
    ruled: set[str] = set()
    for rule in rules:
        if rule.table == resource.get("name"):
            ruled |= _referenced({"name": rule.table}, [rule])
    found: dict[str, tuple[str, str]] = {}
    for fk in (resource.get("schema") or {}).get("foreignKeys", []) or []:
        reference = fk.get("reference") or {}
        target = str(reference.get("resource") or "")
        fields, targets = _listed(fk.get("fields")), _listed(reference.get("fields"))
        if not target or target in ruled or target not in by_name or len(fields) != 1:
            continue
        if len(targets) != 1 or _type(resource, fields[0]) != "string":
            continue
        if _type(by_name[target], targets[0]) == "string":
            found[target] = (fields[0], targets[0])
    for target in [t for t in found if sum(1 for _ in _fks_to(resource, t)) > 1]:
        del found[target]  # two keys into one table: kept by its bytes
    return found


def _listed(value: Any) -> list[str]:
    return [str(v) for v in (value if isinstance(value, list) else [value] if value else [])]


def _type(resource: dict[str, Any], field: str) -> str:
    schema = resource.get("schema")
    fields = schema.get("fields", []) if isinstance(schema, dict) else []
    found = (f for f in fields if isinstance(f, dict) and f.get("name") == field)
    return next((str(f.get("type") or "string") for f in found), "")  # no type: string


def _fks_to(resource: dict[str, Any], target: str) -> Iterator[Any]:
    for fk in (resource.get("schema") or {}).get("foreignKeys", []) or []:
        if (fk.get("reference") or {}).get("resource") == target:
            yield fk


def _merged(parts: list[Report], name: str, rules: list[Any]) -> FileReport:
    """One table's report from the reports of its pieces, in the order a whole run gives:
    the schema's findings by row, then each rule's; a finding of no row said once."""
    from genero_etl.validate.report import DeferredFileReport, FileReport

    reports = [f for part in parts for f in part.files if f.resource == name]
    merged = FileReport(
        file=reports[0].file,
        resource=name,
        schema=reports[0].schema,
        rows=sum(r.rows for r in reports),
        checks=list(reports[0].checks),
    )
    rule_order = {rule.id: i for i, rule in enumerate(rules)}
    if any(isinstance(r, DeferredFileReport) and r.pending for r in reports):
        # some pieces' findings not read: their counts now, the findings when shown (a
        # deferred piece has no finding of no row, so the ones said once are the others')
        tally: Counter[tuple[str, str]] = Counter()
        said: set[tuple[str, str, str]] = set()
        for part in reports:
            if isinstance(part, DeferredFileReport) and part.pending:
                tally.update(part.tally())
                continue
            for finding in part.findings:
                if finding.row is None:
                    key = (finding.code, finding.field, repr(sorted(finding.params.items())))
                    if key in said:
                        continue
                    said.add(key)
                tally[finding.code, finding.severity] += 1
        return DeferredFileReport(
            file=merged.file,
            resource=name,
            schema=merged.schema,
            rows=merged.rows,
            checks=merged.checks,
            make=lambda: _merged_findings(reports, rule_order),
            tally=tally,
        )
    merged.findings = _merged_findings(reports, rule_order)
    return merged


def _merged_findings(reports: list[FileReport], rule_order: dict[str, int]) -> list[Finding]:
    """The pieces' findings in the order a whole run gives (``_merged``)."""
    schema_findings: list[Finding] = []
    by_rule: list[Finding] = []
    said: set[tuple[str, str, str]] = set()
    for finding in (f for r in reports for f in r.findings):
        if finding.row is None:
            key = (finding.code, finding.field, repr(sorted(finding.params.items())))
            if key in said:
                continue
            said.add(key)
        (by_rule if finding.code in rule_order else schema_findings).append(finding)
    by_rule.sort(key=lambda f: rule_order[f.code])  # stable: rows stay in order per rule
    return schema_findings + by_rule


def _json(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
