"""Staged data: what `ingest` found, per report: a JSON record and a Parquet table.

``<key>.json`` holds the source record, the quality issues, where the raw file is and the
name and sha256 of ``<key>.<hash>.parquet``, the observations, columnar, so a million-row
spreadsheet stages as cheaply as a short report. The Parquet file is written first and
the JSON last, each atomically: a staged report is complete when its JSON exists, and a
reader refuses a JSON whose Parquet is missing or has other bytes. Re-ingesting a report
replaces both; a report that fails to ingest leaves what was staged before untouched.
Everything is screened for personal data on the way in (``screen_staged``).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.errors import OutputUnwritable, StagingInvalid, StagingStale
from genero_etl.model import Issue, Observation, SourceRecord

if TYPE_CHECKING:
    import pyarrow as pa

    from genero_etl.workspace import Workspace

STAGE_FORMAT = 3


@dataclass(slots=True)
class StagedFile:
    """One file's findings: its source record, its quality issues and its observations,
    one Arrow table with the observation schema (text and tables alike)."""

    source: SourceRecord
    issues: list[Issue]
    frame: pa.Table | None = field(default=None)  # None only while a kept file is unread

    @property
    def count(self) -> int:
        return int(self.table().num_rows)

    def table(self) -> pa.Table:
        """The observations as an Arrow table with the published schema."""
        if self.frame is None:
            import pyarrow as pa

            from genero_etl.model.arrow import conform

            self.frame = conform(pa.table({}), _observations_schema())
        return self.frame

    def observation_list(self) -> list[Observation]:
        """The observations as objects (for library callers and the document checks)."""
        from genero_etl.normalize.table import observations_from_table

        return observations_from_table(self.table())

    def indicator_counts(self) -> dict[str, int]:
        import pyarrow.compute as pc

        result = pc.value_counts(self.table().column("indicator_id").combine_chunks())
        return {str(item["values"]): int(item["counts"]) for item in result.to_pylist()}


def _observations_schema() -> dict[str, Any]:
    from genero_etl.model.arrow import table_schema

    return table_schema("observations")


def atomic_write_bytes(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write to a temporary file in the same folder, then rename over the target.

    Readers never see a half-written file; ``durable`` also fsyncs, so the bytes survive
    a power cut (published files), which staged files, re-creatable by ingest, skip.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~current_umask())  # as open() would: a web server can read it
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def stage_key(source_file: str) -> str:
    return hashlib.sha1(source_file.encode("utf-8", "surrogateescape")).hexdigest()[:20]


_SOURCE_TEXT = {"source_file", "office", "municipality", "period_label"}


def screen_staged(staged: StagedFile) -> StagedFile:
    """The privacy screen (``normalize.privacy``) over everything a staged file holds.

    Every text cell of the observations, the issue messages and the source record;
    small counts' complements hidden too. Everything published was staged, so this
    one call screens everything published.
    """
    from genero_etl.messages import issue as make_issue
    from genero_etl.model import Severity
    from genero_etl.normalize.privacy import (
        clean_cell,
        complementary_suppression,
        screen_cell,
        screen_observations,
    )

    original = staged.table()
    table, kinds, dropped = screen_observations(original)
    table, hidden = complementary_suppression(table)
    source = staged.source
    screened_source = SourceRecord.from_dict(
        {
            k: (screen_cell(v) if k in _SOURCE_TEXT else clean_cell(v)) if isinstance(v, str) else v
            for k, v in source.to_dict().items()
        }
        | {"observations": table.num_rows}
    )
    issues = [
        Issue(
            code=i.code,
            severity=i.severity,
            message_es=screen_cell(i.message_es),
            message_en=screen_cell(i.message_en),
            source_file=screen_cell(i.source_file),
            source_locator=screen_cell(i.source_locator),
            observation_ids=i.observation_ids,
        )
        for i in staged.issues
    ]
    if kinds or dropped:
        issues.append(
            make_issue(
                "personal-data-hidden",
                Severity.INFO,
                source_file=screened_source.source_file,
                kinds=", ".join(sorted(kinds)) or "-",
                dropped=dropped,
            )
        )
    if hidden:
        issues.append(
            make_issue(
                "counts-complementary",
                Severity.INFO,
                source_file=screened_source.source_file,
                count=hidden,
            )
        )
    return StagedFile(source=screened_source, issues=issues, frame=table)


def _raw_reference(staging: Path, raw_path: Path | None) -> str:
    """Where the raw file is, to check it later: relative to the workspace when inside it,
    as the hex of its bytes (file names need not be UTF-8)."""
    if raw_path is None:
        return ""
    root = staging.parent.parent.resolve()
    path = raw_path.absolute()
    with contextlib.suppress(ValueError, OSError):
        path = path.resolve().relative_to(root)
    return os.fsencode(path).hex()


def raw_path_of(staging: Path, record: dict[str, Any]) -> Path | None:
    """The raw file a staged record came from (None for records staged without one)."""
    reference = record.get("raw_path", "")
    if not reference:
        return None
    path = Path(os.fsdecode(bytes.fromhex(reference)))
    return path if path.is_absolute() else staging.parent.parent / path


@dataclass(slots=True)
class _Listing:
    mtime_ns: int  # the folder's modification time when ``by_key`` was last true
    by_key: dict[str, set[str]]  # report key -> names of its ``<key>.<hash>.parquet`` files


_LISTINGS: dict[Path, _Listing] = {}


def _parquet_listing(staging: Path) -> _Listing:
    """The staged Parquet files per report key, from one listing of the folder.

    Each write updates it, so staging N reports lists the folder once, not N times (a
    listing per report would make a run of 10,000 reports quadratic); it is listed again
    whenever the folder has changed since this module last wrote to it.
    """
    mtime = staging.stat().st_mtime_ns
    listing = _LISTINGS.get(staging)
    if listing is None or listing.mtime_ns != mtime:
        by_key: dict[str, set[str]] = {}
        with os.scandir(staging) as entries:
            for entry in entries:
                key, dot, rest = entry.name.partition(".")
                if dot and rest.endswith(".parquet") and not entry.name.startswith("."):
                    by_key.setdefault(key, set()).add(entry.name)
        listing = _LISTINGS[staging] = _Listing(mtime, by_key)
    return listing


def write_staged(
    staging: Path,
    staged: StagedFile,
    raw_path: Path | None = None,
    options_fingerprint: str = "",
) -> Path:
    """Screen and stage one file as one unit: its Parquet, then the JSON that names it.

    The Parquet file's name carries its content hash, so the JSON record (renamed into
    place last) always names the exact bytes it was written with: a kill at any moment
    leaves either the old pair or the new one, never a mix. Older Parquet files of the
    same report are removed after the switch. ``staged`` is screened in place (its frame,
    issues and source become what was staged).
    """
    import pyarrow.parquet as pq

    key = stage_key(staged.source.source_file)
    screened = screen_staged(staged)
    staged.source, staged.issues, staged.frame = screened.source, screened.issues, screened.frame
    try:
        staging.mkdir(parents=True, exist_ok=True)
        listing = _parquet_listing(staging)  # before this call's own writes change the folder
        sink = io.BytesIO()
        pq.write_table(staged.table(), sink, compression="zstd")
        data = sink.getvalue()
        digest = hashlib.sha256(data).hexdigest()
        parquet_path = staging / f"{key}.{digest[:16]}.parquet"
        atomic_write_bytes(parquet_path, data, durable=False)
        record = {
            "format": STAGE_FORMAT,
            "source": staged.source.to_dict(),
            "raw_path": _raw_reference(staging, raw_path),
            "issues": [i.to_dict() for i in staged.issues],
            "observations_file": parquet_path.name,
            "observations_sha256": digest,
            "observations": staged.count,
            # the raw bytes and options it was extracted with (ingest skips it while equal)
            "options_fingerprint": options_fingerprint,
            "indicator_counts": staged.indicator_counts(),  # its summary, without the Parquet
        }
        path = staging / f"{key}.json"
        payload = json.dumps(record, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
        atomic_write_bytes(path, payload, durable=False)
        names = listing.by_key.setdefault(key, set())
        for name in sorted(names - {parquet_path.name}):
            (staging / name).unlink(missing_ok=True)
        names.clear()
        names.add(parquet_path.name)
        (staging / f"{key}.parquet").unlink(missing_ok=True)  # staged by format 2
        listing.mtime_ns = staging.stat().st_mtime_ns
    except OSError as err:
        raise OutputUnwritable(
            "output-unwritable", path=str(staging), reason=err.strerror or str(err)
        ) from None
    return path


def _read_record(path: Path) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as err:
        raise StagingInvalid("staging-invalid", path=path.name, reason=str(err)) from None
    if not isinstance(data, dict):
        raise StagingInvalid("staging-invalid", path=path.name, reason="not an object")
    return data


def staged_records(staging: Path, strict: bool = True) -> list[tuple[Path, dict[str, Any]]]:
    """Every staged JSON record with its path, sorted by path (nothing else is read).

    ``strict``: a damaged record raises ``StagingInvalid``; otherwise it is left out.
    """
    if not staging.is_dir():
        return []
    records = []
    for path in sorted(staging.glob("*.json")):
        try:
            records.append((path, _read_record(path)))
        except StagingInvalid:
            if strict:
                raise
    return records


def _read_frame(staging: Path, path: Path, record: dict[str, Any]) -> pa.Table:
    """A record's observations, refused unless they are the exact bytes it names."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    source = str(record.get("source", {}).get("source_file", path.name))
    if record.get("format") != STAGE_FORMAT:
        raise StagingInvalid("staging-old", path=source)
    name = str(record.get("observations_file", ""))
    try:
        data = (staging / Path(name).name).read_bytes()
    except OSError as err:
        raise StagingInvalid("staging-mismatch", path=source, reason=str(err)) from None
    if hashlib.sha256(data).hexdigest() != record.get("observations_sha256"):
        raise StagingInvalid("staging-mismatch", path=source, reason="sha256")
    # Single-threaded: pyarrow 26 aborts the interpreter at exit ("terminate called
    # without an active exception") in about one run in seven after a threaded read.
    frame = pq.read_table(pa.BufferReader(data), use_threads=False)
    if frame.num_rows != record.get("observations"):
        raise StagingInvalid("staging-mismatch", path=source, reason="rows")
    return frame


def read_staged(staging: Path) -> list[StagedFile]:
    """Every staged report, sorted by source file; observations come back columnar.

    A record whose data file is missing or differs from the hash it names, or that an
    older genero-etl staged, is refused (``StagingInvalid``): ingest that file again.
    """
    staged = []
    for path, record in staged_records(staging):
        frame = _read_frame(staging, path, record)
        staged.append(
            StagedFile(
                source=SourceRecord.from_dict(record["source"]),
                issues=[Issue.from_dict(i) for i in record["issues"]],
                frame=frame,
            )
        )
    staged.sort(key=lambda s: s.source.source_file)
    return staged


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Stale:
    source_file: str
    reason: str  # "changed" or "deleted"


def stale_sources(ws: Workspace) -> list[Stale]:
    """Staged files whose raw file changed (another sha256) or is gone since `ingest`."""
    found = []
    for _, record in staged_records(ws.staging):
        source = record.get("source", {})
        raw = raw_path_of(ws.staging, record)
        if raw is None:
            continue  # staged through the library, without a raw file to compare
        name = str(source.get("source_file", ""))
        try:
            if not raw.is_file():
                found.append(Stale(name, "deleted"))
            elif file_sha256(raw) != source.get("source_sha256"):
                found.append(Stale(name, "changed"))
        except OSError:
            found.append(Stale(name, "deleted"))
    return found


def read_staged_for_publish(ws: Workspace, allow_stale: bool = False) -> list[StagedFile]:
    """What `publish` publishes: refused when a raw file changed or was deleted since it was
    staged, unless ``allow_stale``; then each stale file is recorded as a quality issue."""
    from genero_etl.messages import issue as make_issue
    from genero_etl.model import Severity

    stale = stale_sources(ws)
    if stale and not allow_stale:
        raise StagingStale(
            "staging-stale",
            path=", ".join(f"{s.source_file} ({s.reason})" for s in stale[:10])
            + (f" (+{len(stale) - 10})" if len(stale) > 10 else ""),
        )
    staged = read_staged(ws.staging)
    reasons = {s.source_file: s.reason for s in stale}
    for item in staged:
        reason = reasons.get(item.source.source_file)
        if reason:
            item.issues.append(
                make_issue(
                    "source-stale",
                    Severity.WARNING,
                    source_file=item.source.source_file,
                    reason=reason,
                    reason_es="cambió" if reason == "changed" else "se borró",
                )
            )
    return staged


def clean_temporaries(staging: Path) -> int:
    """Remove what an interrupted run left in staging: temporary files and Parquet files no
    record names. Call it only while holding the workspace lock."""
    if not staging.is_dir():
        return 0
    records = staged_records(staging, strict=False)
    if len(records) != len(list(staging.glob("*.json"))):
        return 0  # a damaged record: its Parquet may be named there; leave it all
    named = {str(record.get("observations_file", "")) for _, record in records}
    removed = 0
    for path in staging.iterdir():
        leftover = path.name.startswith(".") and path.name.endswith(".tmp")
        orphan = path.suffix == ".parquet" and path.name not in named
        if path.is_file() and (leftover or orphan):
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def drop_removed(ws: Workspace, folders: list[Path]) -> list[str]:
    """Unstage files that were staged from one of ``folders`` and are gone from it."""
    roots = [folder.resolve() for folder in folders if folder.is_dir()]
    dropped = []
    for path, record in staged_records(ws.staging, strict=False):
        raw = raw_path_of(ws.staging, record)
        if raw is None or raw.exists():
            continue
        absolute = raw.absolute()
        inside = False
        for root in roots:
            with contextlib.suppress(ValueError, OSError):
                absolute.parent.resolve().relative_to(root)
                inside = True
        if not inside:
            continue
        path.unlink(missing_ok=True)
        (ws.staging / Path(str(record.get("observations_file", ""))).name).unlink(missing_ok=True)
        dropped.append(str(record.get("source", {}).get("source_file", path.stem)))
    return dropped
