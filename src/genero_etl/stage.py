"""Staged data: what `ingest` found, as ONE dataset per workspace, written atomically.

``.genero-etl/staging/`` (format 5) holds:

- ``part-<sha256[:16]>.parquet``: the observations of many files, columnar (zstd); one part
  per batch of an ingest run (``BATCH_FILES`` files or ``BATCH_ROWS`` rows, whichever comes
  first), each file's rows contiguous in it (files of one schema side by side, so not
  always in the order they were staged: the manifest says where each file's are), in row
  groups of ``ROW_GROUP_ROWS`` rows written one at a time;
- ``manifest.json``: per staged file (by ``stage_key``), its source record, its quality
  issues, where its raw file is, the fingerprint of the bytes and options it was extracted
  with, its indicator counts and where its rows are (part, offset, rows); per part, its
  rows and sha256.

The manifest is JSON, not SQLite: one file swapped by rename *is* the commit (SQLite would
add a second, journal-based mechanism beside the parts, and its locking is unreliable on
the network drives offices keep their folders on); any tool reads it; at 10,000 reports it
is about 20 MB and loads in a fraction of a second.

A commit (``StagingWriter.commit``) writes its part under a temporary name and renames it
to its content-hash name, then writes the manifest to a temporary file and renames it over
the old one; only then are the parts no file names any more deleted. A run killed at any
moment leaves the previous manifest and every part it names: the staging as it was (an
orphan part, from a kill between the two renames, is removed by ``clean_temporaries``).

Re-staging a file points its entry at its new rows; its old rows stay in their part,
superseded (no manifest entry names them), until compaction: when fewer than
``COMPACT_LIVE`` (half) of a part's rows are live, or there are more than ``MAX_PARTS``
parts, the live rows of those parts are rewritten into the commit's new part and the old
parts are deleted. So superseded rows never take more than the live ones.

Reading is columnar and lazy: ``read_staged`` checks every part (sha256, rows) and gives
one ``StagedFile`` view per file whose table is a zero-copy slice of its part, read once,
when first asked for; ``staged_observations`` streams the live rows part by part with only
the columns asked for. A record whose part is missing or has other bytes is refused
(``staging-mismatch``).

Format 3 (a ``<key>.json`` + ``<key>.<hash>.parquet`` pair per file) is migrated by the
next ``ingest`` (each intact pair kept with its fingerprint, so unchanged files are not
extracted again); every other reader refuses it with ``staging-format-old`` (exit 3).
Format 4 (the same dataset, whose manifest could point a file at another file's rows when
one part held files of several schemas) is refused with ``staging-old`` (exit 3); the next
``ingest`` stages every file anew.
Everything is screened for personal data on the way in (``screen_staged``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
import time
import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.errors import GeneroEtlError, OutputUnwritable, StagingInvalid, StagingStale
from genero_etl.model import Issue, Observation, SourceRecord

if TYPE_CHECKING:
    import pyarrow as pa

    from genero_etl.normalize.privacy import BatchLook
    from genero_etl.workspace import Workspace

STAGE_FORMAT = 5
MANIFEST = "manifest.json"
BATCH_FILES = 2000  # files per part (and per manifest swap) in an ingest run
BATCH_ROWS = 1_000_000  # observations per part, whichever of the two comes first
COMPACT_LIVE = 0.5  # a part with fewer live rows than this share of its rows is rewritten
MAX_PARTS = 32  # past this many parts, the smaller ones are rewritten into one
ROW_GROUP_ROWS = 1024 * 1024  # rows per row group of a part: ``pq.write_table``'s own
_PART = re.compile(r"part-[0-9a-f]{16}\.parquet")
_SMALL_COUNT = 1000  # rows up to which a file's indicators are counted in Python
_OLD = re.compile(r"[0-9a-f]{20}(\.[0-9a-f]{16})?\.(json|parquet)")  # format 2 and 3 files


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
        column = self.table().column("indicator_id")
        if len(column) <= _SMALL_COUNT:  # a report's few values: counted without a kernel
            from collections import Counter

            from genero_etl.model.arrow import cells

            return dict(Counter(str(v) for v in cells(column)))
        import pyarrow.compute as pc

        result = pc.value_counts(column.combine_chunks())
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


def screen_rows(
    original: pa.Table, look: BatchLook | None = None
) -> tuple[pa.Table, Counter[str], int, int, tuple[set[str], list[str]]]:
    """The privacy screen of a staged table's rows (``screen_staged``'s, and a block's of a
    big CSV): the rows kept, the kinds of personal data found, the rows dropped, the counts
    hidden, and the dropped rows' ids and values (``_dropped_rows``)."""
    from genero_etl.normalize.privacy import complementary_suppression, screen_observations

    if look is not None and look.nothing:
        return original, Counter[str](), 0, 0, (set(), [])  # as the screen gives
    table, kinds, dropped = screen_observations(original, look)
    table, hidden = complementary_suppression(table, look)
    gone = _dropped_rows(original, table) if dropped else (set[str](), list[str]())
    return table, kinds, dropped, hidden, gone


def screen_staged(staged: StagedFile, look: BatchLook | None = None) -> StagedFile:
    """The privacy screen (``normalize.privacy``) over everything a staged file holds.

    Every text cell of the observations, the issue messages and the source record;
    small counts' complements hidden too. Everything published was staged, so this
    one call screens everything published. ``look``: what the file's batch was found to
    hold, asked once for the batch (``privacy.batch_look``); the observations' tests it
    answers are not made again.
    """
    table, kinds, dropped, hidden, (gone, gone_values) = screen_rows(staged.table(), look)
    screened_source, issues = _screened_notes(
        staged.source, staged.issues, table.num_rows, gone, gone_values, (kinds, dropped, hidden)
    )
    return StagedFile(source=screened_source, issues=issues, frame=table)


def _part_file(staging: Path, write: Callable[[str], None]) -> tuple[str, str]:
    """A part written by ``write`` under a temporary name in ``staging``, then renamed to its
    content hash (a failed write leaves nothing); its name and sha256."""
    fd, tmp = tempfile.mkstemp(prefix=".part-", suffix=".tmp", dir=staging)
    try:
        os.fchmod(fd, 0o666 & ~current_umask())
        os.close(fd)
        write(tmp)
        digest = file_sha256(Path(tmp))
        name = f"part-{digest[:16]}.parquet"
        os.replace(tmp, staging / name)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return name, digest


def _screened_notes(
    source: SourceRecord,
    issues: Iterable[Issue],
    rows: int,
    gone: set[str],
    gone_values: list[str],
    found: tuple[Counter[str], int, int],
) -> tuple[SourceRecord, list[Issue]]:
    """The source record and issues of a screened file: their texts screened, a dropped
    row's value (``gone_values``, longest first) masked where a message quotes it, a note
    only about dropped rows (``gone``) left out, and the screen's notes added (``found``:
    the kinds of personal data, the rows dropped, the counts hidden)."""
    from genero_etl.messages import issue as make_issue
    from genero_etl.model import Severity
    from genero_etl.normalize.privacy import MASK, clean_cell, screen_cell

    kinds, dropped, hidden = found
    screened_source = SourceRecord.from_dict(
        {
            k: (screen_cell(v) if k in _SOURCE_TEXT else clean_cell(v)) if isinstance(v, str) else v
            for k, v in source.to_dict().items()
        }
        | {"observations": rows}
    )

    def unquoted(message: str) -> str:
        """``message`` screened, a dropped row's value masked where it quotes it."""
        message = screen_cell(message)
        for value in gone_values:
            message = re.sub(rf"(?<![\w.,]){re.escape(value)}(?![\w]|[.,]\d)", MASK, message)
        return message

    screened = [
        Issue(
            code=i.code,
            severity=i.severity,
            message_es=unquoted(i.message_es),
            message_en=unquoted(i.message_en),
            source_file=screen_cell(i.source_file),
            source_locator=screen_cell(i.source_locator),
            observation_ids=tuple(o for o in i.observation_ids if o not in gone),
        )
        for i in issues
        # a note about rows dropped as personal data and nothing else quotes their value
        if not (i.observation_ids and set(i.observation_ids) <= gone)
    ]
    if kinds or dropped:
        screened.append(
            make_issue(
                "personal-data-hidden",
                Severity.INFO,
                source_file=screened_source.source_file,
                kinds=", ".join(sorted(kinds)) or "-",
                dropped=dropped,
            )
        )
    if hidden:
        screened.append(
            make_issue(
                "counts-complementary",
                Severity.INFO,
                source_file=screened_source.source_file,
                count=hidden,
            )
        )
    return screened_source, screened


def _dropped_rows(original: pa.Table, kept: pa.Table) -> tuple[set[str], list[str]]:
    """The ids of the rows the privacy screen dropped (their value was personal data) and
    the values they wrote, longest first: no note may quote them."""
    from genero_etl.model.arrow import cells

    ids = cells(original.column("observation_id"))
    left = set(cells(kept.column("observation_id")))
    raws = cells(original.column("value_raw"))
    gone = {i for i in ids if i not in left}
    values = {str(r).strip() for i, r in zip(ids, raws, strict=True) if i in gone and r}
    return gone, sorted((v for v in values if v), key=len, reverse=True)


def _raw_reference(
    staging: Path,
    raw_path: Path | None,
    root: Path | None = None,
    folders: dict[Path, Path] | None = None,
) -> str:
    """Where the raw file is, to check it later: relative to the workspace (``root``, the
    resolved folder above ``staging``'s parent, when known) when inside it, as the hex of
    its bytes (file names need not be UTF-8). ``folders``: resolved folders remembered
    between calls (a file that is not a link resolves to its resolved folder and its name,
    so a batch's folder is resolved once, not once per file)."""
    if raw_path is None:
        return ""
    root = root or staging.parent.parent.resolve()
    path = raw_path.absolute()
    with contextlib.suppress(ValueError, OSError):
        path = _resolved(path, folders).relative_to(root)
    return os.fsencode(path).hex()


def _resolved(path: Path, folders: dict[Path, Path] | None) -> Path:
    """``path.resolve()``, its folder's resolution taken from ``folders`` when the file is
    not itself a link."""
    if folders is None or path.name in ("", "..") or path.is_symlink():
        return path.resolve()
    folder = folders.get(path.parent)
    if folder is None:
        folder = folders[path.parent] = path.parent.resolve()
    return folder / path.name


def raw_path_of(staging: Path, record: dict[str, Any]) -> Path | None:
    """The raw file a staged record came from (None for records staged without one)."""
    reference = record.get("raw_path", "")
    if not reference:
        return None
    return Path(_raw_location(os.fspath(staging.parent.parent), reference))


def _raw_location(root: str, reference: str) -> str:
    """The raw file a staged record's ``raw_path`` names (the hex of its path's bytes, relative
    to the workspace's ``root`` unless absolute), as a string: no ``Path`` made, for the stale
    check's 30,000 files."""
    written = os.fsdecode(bytes.fromhex(reference))
    return written if os.path.isabs(written) else os.path.join(root, written)


def write_staged(
    staging: Path,
    staged: StagedFile,
    raw_path: Path | None = None,
    options_fingerprint: str = "",
) -> Path:
    """Screen and stage one file as one commit (its own part, a new manifest); returns the
    manifest. ``staged`` is screened in place. Many files: use one ``StagingWriter``."""
    writer = StagingWriter(staging)
    writer.add(staged, raw_path, options_fingerprint)
    writer.commit()
    return staging / MANIFEST


class LazyStagedFile(StagedFile):
    """A staged file read from the dataset: its counts come from the manifest, its rows
    (a slice of its part) are read only when asked for (a re-ingest reads no Parquet)."""

    __slots__ = ("_counts", "_read", "_rows", "located")

    def __init__(
        self,
        source: SourceRecord,
        issues: list[Issue],
        rows: int,
        counts: dict[str, int],
        read: Callable[[], pa.Table],
        located: Located | None = None,
    ) -> None:
        super().__init__(source=source, issues=issues)
        self._rows, self._counts, self._read = rows, counts, read
        self.located = located  # where its rows are, for a reader that streams them

    @property
    def unread(self) -> bool:
        """Its rows are still only on disk (nothing replaced or changed them)."""
        return self.frame is None

    @property
    def count(self) -> int:
        return self._rows if self.frame is None else int(self.frame.num_rows)

    def table(self) -> pa.Table:
        if self.frame is None:
            self.frame = self._read()
        return super().table()

    def indicator_counts(self) -> dict[str, int]:
        return dict(self._counts)


@dataclass(slots=True)
class Manifest:
    """What is staged: file entries by stage key, and the parts they name."""

    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    parts: dict[str, dict[str, Any]] = field(default_factory=dict)  # name -> rows, sha256

    def to_bytes(self) -> bytes:
        data = {"format": STAGE_FORMAT, "files": self.files, "parts": self.parts}
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return text.encode("utf-8")


def _old_files(staging: Path) -> list[Path]:
    """The per-file pairs an older genero-etl staged (formats 2 and 3)."""
    if not staging.is_dir():
        return []
    with os.scandir(staging) as entries:
        return sorted(staging / e.name for e in entries if _OLD.fullmatch(e.name))


def load_manifest(staging: Path) -> Manifest:
    """The staging's manifest (empty when nothing is staged).

    Refused: a folder of format 3 pairs (``staging-format-old``: run ``ingest``, which
    converts it), a damaged manifest (``staging-invalid``), another format (``staging-old``).
    """
    path = staging / MANIFEST
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        if _old_files(staging):
            raise StagingInvalid("staging-format-old", path=str(staging)) from None
        return Manifest()
    except OSError as err:
        raise StagingInvalid("staging-invalid", path=MANIFEST, reason=str(err)) from None
    from genero_etl.model.arrow import collector_paused

    try:
        with collector_paused():  # 29 MB of JSON at national scale: objects that all live on
            data = json.loads(raw)
    except ValueError as err:
        raise StagingInvalid("staging-invalid", path=MANIFEST, reason=str(err)) from None
    if not isinstance(data, dict) or data.get("format") != STAGE_FORMAT:
        if isinstance(data, dict) and isinstance(data.get("format"), int):
            raise StagingInvalid("staging-old", path=MANIFEST)
        raise StagingInvalid("staging-invalid", path=MANIFEST, reason="format")
    files, parts = data.get("files"), data.get("parts")
    if not isinstance(files, dict) or not isinstance(parts, dict):
        raise StagingInvalid("staging-invalid", path=MANIFEST, reason="files, parts")
    return Manifest(files, parts)


def _who(entry: dict[str, Any]) -> str:
    return str(entry.get("source", {}).get("source_file", "?"))


class _Parts:
    """The parts a manifest names, each checked (sha256, rows) once and read once."""

    def __init__(self, staging: Path, manifest: Manifest) -> None:
        self.staging, self.manifest = staging, manifest
        self._checked: set[str] = set()
        self._tables: dict[str, pa.Table] = {}

    def check(self, name: str, who: str) -> None:
        """Refuse a part the manifest does not name, or with other bytes."""
        if name in self._checked:
            return
        self._named(name, who)
        try:
            digest = file_sha256(self.staging / name)
        except OSError as err:
            raise StagingInvalid("staging-mismatch", path=who, reason=str(err)) from None
        # its bytes are those the manifest was written with, so are its rows; hashing only
        # keeps a re-ingest of unchanged files free of pyarrow
        self._verified(name, who, digest)

    def _named(self, name: str, who: str) -> None:
        if name not in self.manifest.parts or not _PART.fullmatch(name):
            raise StagingInvalid("staging-mismatch", path=who, reason=f"{name}: no part")

    def _verified(self, name: str, who: str, digest: str) -> None:
        if digest != self.manifest.parts[name].get("sha256"):
            raise StagingInvalid("staging-mismatch", path=who, reason="sha256")
        self._checked.add(name)

    def table(self, name: str, who: str) -> pa.Table:
        table = self._tables.get(name)
        if table is None:
            import pyarrow as pa
            import pyarrow.parquet as pq

            source: Any = self.staging / name
            if name not in self._checked:  # read the bytes once: hash them, then parse them
                self._named(name, who)
                try:
                    data = source.read_bytes()
                except OSError as err:
                    raise StagingInvalid("staging-mismatch", path=who, reason=str(err)) from None
                self._verified(name, who, hashlib.sha256(data).hexdigest())
                source = pa.BufferReader(data)
            # Single-threaded: pyarrow 26 aborts the interpreter at exit ("terminate called
            # without an active exception") in about one run in seven after a threaded read.
            table = pq.read_table(source, use_threads=False)
            if table.num_rows != self.manifest.parts[name].get("rows"):
                raise StagingInvalid("staging-mismatch", path=who, reason="rows")
            self._tables[name] = table
        return table

    def rows_of(self, entry: dict[str, Any]) -> pa.Table:
        """A file's rows: a zero-copy slice of its part."""
        rows = int(entry["rows"])
        if not rows:
            return StagedFile(SourceRecord.from_dict(entry["source"]), []).table()
        return self.table(str(entry["part"]), _who(entry)).slice(int(entry["offset"]), rows)

    def forget(self, keep: set[str]) -> None:
        """Drop what is cached of parts not in ``keep``."""
        self._checked &= keep
        self._tables = {n: t for n, t in self._tables.items() if n in keep}


def _view(
    entry: dict[str, Any], read: Callable[[], pa.Table], located: Located | None = None
) -> LazyStagedFile:
    try:
        return LazyStagedFile(
            source=SourceRecord.from_dict(entry["source"]),
            issues=[Issue.from_dict(i) for i in entry["issues"]],
            rows=int(entry["rows"]),
            counts={str(k): int(v) for k, v in dict(entry["indicator_counts"]).items()},
            read=read,
            located=located,
        )
    except (KeyError, TypeError, ValueError) as err:
        raise StagingInvalid("staging-invalid", path=_who(entry), reason=str(err)) from None


def _used_parts(manifest: Manifest) -> dict[str, str]:
    """Each part some file's rows are in -> a file of it (named when the part is refused)."""
    used: dict[str, str] = {}
    for entry in manifest.files.values():
        if entry.get("rows"):
            used.setdefault(str(entry.get("part", "")), _who(entry))
    return used


def read_staged(staging: Path, manifest: Manifest | None = None) -> list[StagedFile]:
    """Every staged file, sorted by source file, as views of the dataset.

    Every part is checked first (a part missing or with other bytes than the manifest
    names is refused, ``StagingInvalid``: ingest again); each file's observations are read
    when first asked for, each part once, and shared by the files in it. ``manifest``: the
    staging's, when already loaded.
    """
    manifest = manifest if manifest is not None else load_manifest(staging)
    parts = _Parts(staging, manifest)
    for name, who in sorted(_used_parts(manifest).items()):
        parts.check(name, who)
    from genero_etl.model.arrow import collector_paused

    paths: dict[str, Path] = {}  # a part's path, made once for the many files in it
    with collector_paused():  # a view per staged file, all kept: nothing to collect
        staged: list[StagedFile] = [
            _view(entry, partial(parts.rows_of, entry), _located(staging, entry, paths))
            for entry in manifest.files.values()
        ]
    staged.sort(key=lambda s: s.source.source_file)
    return staged


@dataclass(frozen=True, slots=True)
class Located:
    """Where a staged file's rows are: ``rows`` rows from ``offset`` in one checked part."""

    part: Path
    offset: int
    rows: int


def _located(staging: Path, entry: dict[str, Any], paths: dict[str, Path]) -> Located | None:
    """Where ``entry``'s rows are (``paths``: the parts' paths made so far, by name)."""
    try:
        rows = int(entry["rows"])
        if not rows:
            return None
        name = str(entry["part"])
        part = paths.get(name)
        if part is None:
            part = paths[name] = staging / name
        return Located(part, int(entry["offset"]), rows)
    except (KeyError, TypeError, ValueError):
        return None


def streamable(staged: list[StagedFile]) -> StagedRows | None:
    """The rows of ``staged`` as a ``StagedRows`` stream, when they are all still on disk
    as read by ``read_staged`` (None: some file's rows are in memory, use its table)."""
    located: list[Located] = []
    for item in staged:
        if not isinstance(item, LazyStagedFile) or not item.unread:
            return None
        if item.count:
            if item.located is None:
                return None
            located.append(item.located)
    return StagedRows(located)


STREAM_CACHE = 2  # row groups of the staged parts kept while streaming (A B A costs 2 reads)


class StagedRows:
    """Staged files' rows, in the files' order, read from their parts row group by row group
    (only the columns asked for), never more than ``STREAM_CACHE`` row groups in memory.

    Each iteration reads the parts again: a pass over a national year costs a few seconds
    of Parquet decoding, and memory stays that of a row group, whatever the size staged.
    Consecutive files of one part are read as one range; a range that spans row groups
    comes out as one table per row group. The parts were checked (sha256) by ``read_staged``.
    """

    def __init__(self, located: list[Located]) -> None:
        self.ranges: list[Located] = []
        for here in located:
            last = self.ranges[-1] if self.ranges else None
            if (
                last is not None
                and last.part == here.part
                and last.offset + last.rows == here.offset
            ):
                self.ranges[-1] = Located(last.part, last.offset, last.rows + here.rows)
            else:
                self.ranges.append(here)
        self.num_rows = sum(r.rows for r in self.ranges)

    def tables(self, columns: list[str] | None = None) -> Iterator[pa.Table]:
        """The rows, range by range and row group by row group, with ``columns`` when given
        (those a part lacks left out)."""
        cache: dict[tuple[Path, int], pa.Table] = {}
        files: dict[Path, Any] = {}
        for where in self.ranges:
            yield from self._range(where, columns, cache, files)

    def _range(
        self,
        where: Located,
        columns: list[str] | None,
        cache: dict[tuple[Path, int], pa.Table],
        files: dict[Path, Any],
    ) -> Iterator[pa.Table]:
        import pyarrow.parquet as pq

        handle = files.get(where.part)
        if handle is None:
            handle = files[where.part] = pq.ParquetFile(where.part)
            if len(files) > STREAM_CACHE:
                files.pop(next(iter(files)))
        metadata = handle.metadata
        names = None
        if columns is not None:
            present = set(handle.schema_arrow.names)
            names = [c for c in columns if c in present]
        start, end = where.offset, where.offset + where.rows
        first = 0
        for group in range(metadata.num_row_groups):
            size = metadata.row_group(group).num_rows
            low, high = max(start, first), min(end, first + size)
            if low < high:
                key = (where.part, group)
                table = cache.pop(key, None)
                if table is None:
                    # a range that runs on into this row group is done with the one before
                    # (a large file: never two of its row groups held, about 90 MB each)
                    if low == first and group and start < first:
                        cache.pop((where.part, group - 1), None)
                    # single-threaded, as every staged read (pyarrow aborts at exit otherwise)
                    table = handle.read_row_group(group, columns=names, use_threads=False)
                cache[key] = table  # most recent last
                if len(cache) > STREAM_CACHE:
                    cache.pop(next(iter(cache)))
                yield table.slice(low - first, high - low)
            first += size
            if first >= end:
                break


def staged_observations(staging: Path, columns: list[str] | None = None) -> Iterator[pa.Table]:
    """The live observations, part by part, with only ``columns`` (default all): superseded
    rows left out, nothing per file materialised, one part in memory at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    manifest = load_manifest(staging)
    parts = _Parts(staging, manifest)
    ranges: dict[str, list[tuple[int, int]]] = {}
    for entry in manifest.files.values():
        if entry.get("rows"):
            ranges.setdefault(str(entry["part"]), []).append(
                (int(entry["offset"]), int(entry["rows"]))
            )
    for name, who in sorted(_used_parts(manifest).items()):
        parts.check(name, who)
        table = pq.read_table(staging / name, columns=columns, use_threads=False)
        slices = [table.slice(offset, rows) for offset, rows in sorted(ranges[name])]
        yield slices[0] if len(slices) == 1 else pa.concat_tables(slices)


def _unify(tables: list[pa.Table]) -> tuple[pa.Table, list[int]]:
    """One table of many files' observations: the observation schema, a text column
    dictionary-encoded when any file's is (a million-row spreadsheet stays small).

    Tables of the same schema (most files of a run) are concatenated first and conformed
    once per schema, not once per file, so the result holds them grouped by schema: the
    second value is the order it holds them in (indices into ``tables``), from which the
    manifest says where each file's rows are."""
    import pyarrow as pa

    from genero_etl.model.arrow import conform

    schema = _observations_schema()
    groups: list[tuple[pa.Schema, list[int]]] = []
    for index, table in enumerate(tables):
        found = table.schema
        # a few distinct schemas: compared, which costs less than hashing each file's
        group = next((g for s, g in groups if s.equals(found, check_metadata=True)), None)
        if group is None:
            groups.append((found, [index]))
        else:
            group.append(index)
    order = [index for _, group in groups for index in group]
    conformed = [
        conform(pa.concat_tables([tables[i] for i in group]), schema, dictionaries=True)
        for _, group in groups
    ]
    # many small files' chunks are combined (the writer is faster on a few long ones), each
    # schema's first (then a column's indices are widened once, not chunk by chunk); a big
    # table already has long chunks and is not copied
    small = sum(t.num_rows for t in conformed) <= BATCH_ROWS
    if small:
        conformed = [_one_chunk(t) for t in conformed]
    encoded = {f.name for t in conformed for f in t.schema if pa.types.is_dictionary(f.type)}
    if len(conformed) > 1 and encoded:
        conformed = [_wide_indices(t, encoded) for t in conformed]
    table = pa.concat_tables(conformed)
    if not small:
        return table, order
    try:
        return table.combine_chunks(), order
    except pa.ArrowInvalid:  # the files' dictionaries together outgrow their 8-bit indices
        return _wide_indices(table, encoded).combine_chunks(), order


def _screened_together(tables: list[pa.Table]) -> bool:
    """Whether ``tables`` may be screened as a batch (``StagingWriter._screen_batch``): each
    of at most ``privacy._SMALL_COLUMN`` rows (a longer table is screened with pyarrow's
    kernels) in one chunk a column (one record batch), as the screen's tests of a short
    table assume."""
    from genero_etl.normalize.privacy import _SMALL_COLUMN

    return all(t.num_rows <= _SMALL_COLUMN and len(t.to_batches()) == 1 for t in tables)


def _one_chunk(table: pa.Table) -> pa.Table:
    """``table`` combined into one chunk per column; a column whose files' dictionaries
    together outgrow their indices is left in its chunks (they are widened first). Column
    by column: the other columns are combined anyway, so each is widened once, not chunk by
    chunk (combining then widening gives what widening then combining gives: the same
    dictionary, unified in the chunks' order, and the same codes)."""
    import pyarrow as pa

    try:
        return table.combine_chunks()
    except pa.ArrowInvalid:
        pass
    for position, column in enumerate(table.columns):
        if column.num_chunks <= 1:
            continue
        try:
            combined = pa.chunked_array([column.combine_chunks()], column.type)
        except pa.ArrowInvalid:
            continue
        table = table.set_column(position, table.schema.field(position), combined)
    return table


def _wide_indices(table: pa.Table, encoded: set[str]) -> pa.Table:
    """The ``encoded`` columns dictionary-encoded with 32-bit indices."""
    import pyarrow as pa
    import pyarrow.compute as pc

    for name in encoded:
        position = table.schema.get_field_index(name)
        column = table.column(position)
        if pa.types.is_dictionary(column.type):
            target = pa.dictionary(pa.int32(), column.type.value_type)
            column = column.cast(target) if column.type != target else column
        else:
            target = pa.dictionary(pa.int32(), column.type)
            column = pc.dictionary_encode(column)
        table = table.set_column(position, pa.field(name, target), column)
    return table


def _row_groups(table: pa.Table) -> Iterator[pa.Table]:
    """``table`` as the slices ``pq.write_table`` makes its row groups of (an empty table
    is one empty slice, as it writes one)."""
    if not table.num_rows:
        yield table
    for offset in range(0, table.num_rows, ROW_GROUP_ROWS):
        yield table.slice(offset, ROW_GROUP_ROWS)


def row_groups_of(blocks: Iterable[pa.Table]) -> Iterator[pa.Table]:
    """Blocks of rows (of any sizes, in order, with the whole table's dictionaries) as the
    row groups ``pq.write_table`` would cut their concatenation into, each one chunk: a row
    group written from several chunks is cut into other pages (other bytes) when the chunks
    are short (a few thousand rows), so the chunks of a group are combined."""
    import pyarrow as pa

    pending: list[pa.Table] = []
    held = 0
    for block in blocks:
        while block.num_rows:
            take = min(block.num_rows, ROW_GROUP_ROWS - held)
            pending.append(block.slice(0, take))
            held += take
            block = block.slice(take)
            if held == ROW_GROUP_ROWS:
                yield pa.concat_tables(pending).combine_chunks()
                pending, held = [], 0
    if pending:
        yield pa.concat_tables(pending).combine_chunks()


def write_row_groups(schema: pa.Schema, groups: Iterable[pa.Table], path: str | Path) -> None:
    """A part written through one ``pq.ParquetWriter``, a row group per table of ``groups``
    (each of ``ROW_GROUP_ROWS`` rows but the last): the bytes of ``pq.write_table`` of
    their concatenation when each holds its rows' chunks and dictionaries as that table
    does (``tests/reliability/test_staged_row_groups.py``), so rows made a block at a time
    can be staged without the whole table in memory."""
    import pyarrow.parquet as pq

    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for group in groups:
            writer.write_table(group, row_group_size=ROW_GROUP_ROWS)


class SpilledStagedFile(StagedFile):
    """A big CSV's file staged block by block (``tabular/blocks.py``): its rows already
    screened, held on disk as blocks (Arrow IPC files in ``folder``) with the whole
    file's dictionaries (``dictionaries``: each text column's values, in the order the
    whole-file path gives them), its indicator counts added up. ``StagingWriter.add``
    writes it as a part of its own, a row group at a time (``write_spilled``)."""

    spills: list[str]
    folder: str
    dictionaries: dict[str, list[str]]
    counts: dict[str, int]
    rows: int
    screened: tuple[Any, ...]
    finalizer: weakref.finalize[Any, Any]

    @classmethod
    def made(
        cls,
        *,
        source: SourceRecord,
        issues: list[Issue],
        spills: list[str],
        folder: str,
        dictionaries: dict[str, list[str]],
        counts: dict[str, int],
        screen: tuple[Any, ...],
    ) -> SpilledStagedFile:
        made = cls(source=source, issues=issues, frame=None)
        made.spills, made.folder = spills, folder
        made.dictionaries, made.counts, made.screened = dictionaries, counts, screen
        made.rows = int(source.observations)
        # the blocks are removed with the last reference to them (a copy sent from a
        # worker process keeps them: ``__reduce__``)
        made.finalizer = weakref.finalize(made, shutil.rmtree, folder, True)
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        self.finalizer.detach()  # the copy made from this one removes them
        return (_spilled, (self.source, self.issues, self.spills, self.folder,
                           self.dictionaries, self.counts, self.screened))  # fmt: skip

    @property
    def count(self) -> int:
        return self.rows

    def table(self) -> pa.Table:
        """Every block's rows at once (for callers that want the table, not staging)."""
        import pyarrow as pa

        if self.frame is None:
            blocks = list(self._blocks())
            self.frame = pa.concat_tables(blocks).combine_chunks() if blocks else super().table()
        return self.frame

    def indicator_counts(self) -> dict[str, int]:
        return dict(self.counts)

    def _blocks(self) -> Iterator[pa.Table]:
        import pyarrow as pa

        from genero_etl.model.coded import index_dtype

        whole = {name: pa.array(values, pa.string()) for name, values in self.dictionaries.items()}
        types = {
            name: pa.from_numpy_dtype(index_dtype(len(values)))
            for name, values in self.dictionaries.items()
        }
        for name in self.spills:
            with pa.OSFile(name) as source:  # read into memory, a record batch at a time
                spilled = pa.ipc.open_file(source)
                places: dict[str, pa.Array] = {}  # a block's batches share its dictionaries
                for index in range(spilled.num_record_batches):
                    batch = pa.Table.from_batches([spilled.get_batch(index)])
                    yield self._encoded(batch, whole, types, places)

    @staticmethod
    def _encoded(
        block: pa.Table, whole: dict[str, Any], types: dict[str, Any], places: dict[str, Any]
    ) -> pa.Table:
        """A block's rows with the whole file's dictionaries (``places``: where each value
        of the block's own dictionary is in the whole file's, found once per block)."""
        import pyarrow as pa
        import pyarrow.compute as pc

        for position, spot in enumerate(block.schema):
            if spot.name not in whole:
                continue
            column = block.column(position).combine_chunks()
            where = places.get(spot.name)
            if where is None or len(where) != len(column.dictionary):
                where = pc.index_in(column.dictionary, value_set=whole[spot.name])
                places[spot.name] = where
            indices = pc.take(where, column.indices).cast(types[spot.name])
            encoded = pa.DictionaryArray.from_arrays(indices, whole[spot.name])
            block = block.set_column(
                position, pa.field(spot.name, encoded.type, spot.nullable), encoded
            )
        return block

    def write_part(self, path: str | Path) -> None:
        """The part's bytes: those ``StagingWriter`` writes for the whole table alone."""
        blocks = self._blocks()
        first = next(blocks, None)
        if first is None:
            write_row_groups(self.table().schema, _row_groups(self.table()), path)
            return

        def every() -> Iterator[pa.Table]:
            yield first
            yield from blocks

        write_row_groups(first.schema, row_groups_of(every()), path)

    def screen_issues(self) -> None:
        """``screen_staged``'s screen of the source record and issues (the rows were
        screened block by block, what was found added up in ``screened``)."""
        kinds, dropped, hidden, gone_ids, gone_values = self.screened
        gone = set(gone_ids)
        values = sorted(gone_values, key=len, reverse=True)
        self.source, self.issues = _screened_notes(
            self.source, self.issues, self.rows, gone, values, (kinds, dropped, hidden)
        )

    def discard(self) -> None:
        self.finalizer()


def _spilled(*fields: Any) -> SpilledStagedFile:
    source, issues, spills, folder, dictionaries, counts, screen = fields
    return SpilledStagedFile.made(source=source, issues=issues, spills=spills, folder=folder,
                                  dictionaries=dictionaries, counts=counts, screen=screen)  # fmt: skip


class StagingWriter:
    """Stages files into the dataset: ``add`` screens and buffers a file (or, ``later``,
    buffers it for the commit to screen with the batch's other files), ``commit`` (by
    itself when a batch is full) writes one part and swaps the manifest.

    Hold the workspace lock while it lives; what is not committed is not staged.
    """

    def __init__(
        self, staging: Path, *, batch_files: int = BATCH_FILES, batch_rows: int = BATCH_ROWS
    ) -> None:
        self.staging = staging
        self.batch_files, self.batch_rows = batch_files, batch_rows
        self._pending: dict[str, tuple[dict[str, Any], pa.Table]] = {}
        self._pending_rows = 0
        # added with ``later``, in order: key, file, raw file's reference, fingerprint
        self._unscreened: list[tuple[str, StagedFile, str, str]] = []
        self._unscreened_keys: set[str] = set()
        self._unscreened_rows = 0
        self._dropped: set[str] = set()
        self._migrating = False
        self._workspace: Path | None = None  # resolved when the first raw file is staged
        self._folders: dict[Path, Path] = {}  # raw files' folders, resolved once per writer
        self.migrated = 0  # files converted from format 3 pairs
        try:
            self.manifest = load_manifest(staging)
        except StagingInvalid as err:
            self.manifest = Manifest()  # damaged or another format: everything is staged anew
            if err.code == "staging-format-old":
                self._parts = _Parts(staging, self.manifest)
                self._migrate()
        self._parts = _Parts(staging, self.manifest)

    @property
    def full(self) -> bool:
        if self._unscreened and (
            self._pending_rows + self._unscreened_rows >= self.batch_rows
        ):  # the screen may drop rows: the batch's rows are known once it has run
            self._screen_each()
        files = len(self._pending) + len(self._unscreened)  # no key twice (see ``add``)
        return files >= self.batch_files or self._pending_rows >= self.batch_rows

    def current(self, source_file: str, fingerprint: str) -> StagedFile | None:
        """The staged file of ``source_file`` when staged with ``fingerprint`` and intact
        (its part has the bytes the manifest names); None: extract it again."""
        key = stage_key(source_file)
        entry = self.manifest.files.get(key)
        if entry is None or not fingerprint or entry.get("options_fingerprint") != fingerprint:
            return None
        try:
            if entry.get("rows"):
                self._parts.check(str(entry["part"]), source_file)
            return _view(entry, partial(self._rows_now, key))
        except (GeneroEtlError, OSError, KeyError, TypeError, ValueError):
            return None  # damaged: extracted again

    def committed(self, source_file: str) -> LazyStagedFile | None:
        """``source_file`` as the last commit staged it: a view whose rows are read from its
        part when asked for (so a run need not hold what it has written); None when not
        staged."""
        key = stage_key(source_file)
        entry = self.manifest.files.get(key)
        if entry is None:
            return None
        return _view(entry, partial(self._rows_now, key))

    def _rows_now(self, key: str) -> pa.Table:
        """A file's rows where they are now (a compaction may have moved them)."""
        return self._parts.rows_of(self.manifest.files[key])

    def add(
        self,
        staged: StagedFile,
        raw_path: Path | None = None,
        options_fingerprint: str = "",
        *,
        later: bool = False,
    ) -> None:
        """Screen ``staged`` (in place: its frame, issues and source become what is staged)
        and buffer it for the next commit. ``later``: screened at the commit, with the other
        files added so (``_screen_batch``: their rows asked once as one table), until then
        held as it is; what is staged is the same."""
        key = stage_key(staged.source.source_file)
        reference = _raw_reference(self.staging, raw_path, self._root(), self._folders)
        if isinstance(staged, SpilledStagedFile):
            self._add_spilled(key, staged, reference, options_fingerprint)
            return
        if not later or key in self._pending or key in self._unscreened_keys:
            self._screen_each()  # a file added again replaces the earlier in their order
            self._screen_one(key, staged, reference, options_fingerprint)
            return
        self._unscreened.append((key, staged, reference, options_fingerprint))
        self._unscreened_keys.add(key)
        self._unscreened_rows += staged.table().num_rows

    def _add_spilled(
        self, key: str, staged: SpilledStagedFile, reference: str, fingerprint: str
    ) -> None:
        """A file staged block by block: the files buffered before it are committed, then
        its part is written from its blocks and committed alone (its rows are never held
        at once). Its rows are those of the whole-file path; its part holds no other
        file's (the whole-file path may share it with files buffered before it)."""
        if self._pending or self._unscreened or self._dropped:
            self.commit()
        staged.screen_issues()
        entry = {
            "source": staged.source.to_dict(),
            "raw_path": reference,
            "issues": [i.to_dict() for i in staged.issues],
            "options_fingerprint": fingerprint,
            "indicator_counts": staged.indicator_counts(),
        }
        try:
            self.staging.mkdir(parents=True, exist_ok=True)
            files = dict(self.manifest.files)
            parts = dict(self.manifest.parts)
            placed = entry | {"offset": 0, "part": "", "rows": staged.rows}
            if staged.rows:
                name, digest = _part_file(self.staging, staged.write_part)
                parts[name] = {"rows": staged.rows, "sha256": digest}
                placed["part"] = name
            files[key] = placed
            live = set(_used_parts(Manifest(files, parts)))
            manifest = Manifest(files, {n: m for n, m in parts.items() if n in live})
            atomic_write_bytes(self.staging / MANIFEST, manifest.to_bytes(), durable=False)
            self.manifest = self._parts.manifest = manifest
            self._parts.forget(live)
            _remove_unnamed(self.staging, manifest, old=not self._migrating)
        except OSError as err:
            raise OutputUnwritable(
                "output-unwritable", path=str(self.staging), reason=err.strerror or str(err)
            ) from None
        finally:
            staged.discard()
        staged.frame = None
        staged.spills = []

    def _screen_one(
        self,
        key: str,
        staged: StagedFile,
        reference: str,
        fingerprint: str,
        look: BatchLook | None = None,
    ) -> None:
        """Screen one file (``look``: what its batch was found to hold) and buffer it."""
        screened = screen_staged(staged, look)
        staged.source, staged.issues, staged.frame = (
            screened.source,
            screened.issues,
            screened.frame,
        )
        entry = {
            "source": staged.source.to_dict(),
            "raw_path": reference,
            "issues": [i.to_dict() for i in staged.issues],
            # the raw bytes and options it was extracted with (ingest skips it while equal)
            "options_fingerprint": fingerprint,
            "indicator_counts": staged.indicator_counts(),  # its summary, without its rows
        }
        self._put(key, entry, staged.table())

    def _screen_each(self) -> None:
        """The files added with ``later`` screened one by one, in the order they came."""
        waiting, self._unscreened = self._unscreened, []
        self._unscreened_keys.clear()
        self._unscreened_rows = 0
        for key, staged, reference, fingerprint in waiting:
            self._screen_one(key, staged, reference, fingerprint)

    def _screen_batch(self) -> None:
        """The files added with ``later`` screened. When each is a short table of one chunk
        a column (``_screened_together``), the screen's
        tests of each distinct text are asked once of all their rows
        (``privacy.batch_look``) and each file is screened with what was found: a column
        whose texts all pass in the batch is not looked at again, file by file, and a batch
        whose texts all pass leaves every file's rows as they are. Otherwise each file is
        screened by itself."""
        from genero_etl.normalize.privacy import batch_look

        if not self._unscreened:
            return
        tables = [staged.table() for _, staged, _, _ in self._unscreened]
        rows = [t for t in tables if t.num_rows]
        if len(rows) < 2 or not _screened_together(rows):
            self._screen_each()
            return
        look = batch_look(rows)
        waiting, self._unscreened = self._unscreened, []
        self._unscreened_keys.clear()
        self._unscreened_rows = 0
        for key, staged, reference, fingerprint in waiting:
            self._screen_one(key, staged, reference, fingerprint, look)

    def _root(self) -> Path:
        """The workspace folder, resolved once per writer (not once per staged file)."""
        if self._workspace is None:
            self._workspace = self.staging.parent.parent.resolve()
        return self._workspace

    def _put(self, key: str, entry: dict[str, Any], table: pa.Table) -> None:
        previous = self._pending.pop(key, None)
        if previous is not None:
            self._pending_rows -= previous[1].num_rows
        self._pending[key] = (entry, table)
        self._pending_rows += table.num_rows
        self._dropped.discard(key)

    def remove(self, key: str) -> None:
        """Unstage a file at the next commit."""
        if key in self._unscreened_keys:
            self._screen_each()
        previous = self._pending.pop(key, None)
        if previous is not None:
            self._pending_rows -= previous[1].num_rows
        self._dropped.add(key)

    def discard(self) -> None:
        """Forget what was buffered since the last commit."""
        self._pending.clear()
        self._pending_rows = 0
        self._dropped.clear()
        self._unscreened.clear()
        self._unscreened_keys.clear()
        self._unscreened_rows = 0

    def commit(self, *, always: bool = False) -> None:
        """Write the buffered files as one part and swap the manifest (nothing to do: no
        write, unless ``always``)."""
        if not (self._pending or self._unscreened or self._dropped or always):
            return
        from genero_etl.model.arrow import collector_paused

        with collector_paused():  # each file's screened record, issues and entry live on
            self._screen_batch()
        try:
            self.staging.mkdir(parents=True, exist_ok=True)
            self._commit()
        except OSError as err:
            raise OutputUnwritable(
                "output-unwritable", path=str(self.staging), reason=err.strerror or str(err)
            ) from None

    def _commit(self) -> None:
        files = dict(self.manifest.files)
        for key in self._dropped:
            files.pop(key, None)
        pieces: list[tuple[str, pa.Table]] = []  # the files written into the new part
        placed: dict[str, dict[str, Any]] = {}  # key -> its entry in the new part
        for key, (entry, table) in self._pending.items():
            placed[key] = entry | {"offset": 0, "part": "", "rows": table.num_rows}
            if table.num_rows:
                pieces.append((key, table))
        files.update(placed)
        for key in self._to_compact(files, placed):
            moved = files[key]
            try:
                table = self._parts.rows_of(moved)
            except StagingInvalid:
                del files[key]  # its part is damaged: extracted again by the next ingest
                continue
            placed[key] = moved
            pieces.append((key, table))
        parts = dict(self.manifest.parts)
        if pieces:
            name, digest, order = self._write_part([table for _, table in pieces])
            offset = 0
            for index in order:  # where the part holds each file's rows, in its own order
                key, table = pieces[index]
                placed[key] = placed[key] | {"offset": offset}
                offset += table.num_rows
            parts[name] = {"rows": offset, "sha256": digest}
            self._parts.manifest = Manifest(files, parts)
            for key, entry in placed.items():
                files[key] = entry | {"part": name if entry["rows"] else ""}
        live = set(_used_parts(Manifest(files, parts)))
        manifest = Manifest(files, {n: m for n, m in parts.items() if n in live})
        atomic_write_bytes(self.staging / MANIFEST, manifest.to_bytes(), durable=False)
        self.manifest = self._parts.manifest = manifest
        self._parts.forget(live)
        self._pending.clear()
        self._pending_rows = 0
        self._dropped.clear()
        _remove_unnamed(self.staging, manifest, old=not self._migrating)

    def _to_compact(self, files: dict[str, dict[str, Any]], placed: dict[str, Any]) -> list[str]:
        """Keys whose rows move into the new part: those of parts mostly superseded, and of
        the smaller parts when there are too many."""
        live: dict[str, int] = {}
        for key, entry in files.items():
            if key not in placed and entry.get("rows"):
                part = str(entry.get("part", ""))
                live[part] = live.get(part, 0) + int(entry["rows"])
        parts = self.manifest.parts
        fold = {n for n, m in parts.items() if live.get(n, 0) < COMPACT_LIVE * int(m["rows"])}
        kept = sorted((int(parts[n]["rows"]), n) for n in parts if n not in fold)
        if len(kept) + 1 > MAX_PARTS:
            fold.update(n for _, n in kept[: len(kept) + 1 - MAX_PARTS // 2])
        return sorted(
            key
            for key, entry in files.items()
            if key not in placed and entry.get("rows") and entry.get("part") in fold
        )

    def _write_part(self, tables: list[pa.Table]) -> tuple[str, str, list[int]]:
        """Write a part under a temporary name, then rename it to its content hash; returns
        its name, its sha256 and the order in which it holds ``tables`` (see :func:`_unify`)."""
        table, order = _unify(tables)
        name, digest = _part_file(
            self.staging, lambda tmp: write_row_groups(table.schema, _row_groups(table), tmp)
        )
        return name, digest, order

    def _migrate(self) -> None:
        """Convert format 3 pairs: each intact pair becomes a file of the dataset with its
        fingerprint; a damaged or older one is left out (the next ingest extracts it)."""
        self._migrating = True
        for path in _old_files(self.staging):
            if path.suffix != ".json":
                continue
            migrated = _old_pair(self.staging, path)
            if migrated is not None:
                self._put(path.stem, *migrated)
                self.migrated += 1
                if self.full:
                    self.commit()
        self.commit(always=True)
        self._migrating = False
        _remove_unnamed(self.staging, self.manifest, old=True)


def merge_staging(target: Path, sources: list[Path]) -> int:
    """Add the files other staging folders hold to ``target`` (one ingest job per office,
    one publish): a file staged in several takes the last source's entry. Returns how many
    files were added; each source is checked like any reader checks it. Hold the lock of
    ``target``'s workspace."""
    writer = StagingWriter(target)
    merged = 0
    for source in sources:
        manifest = load_manifest(source)
        parts = _Parts(source, manifest)
        for name, who in sorted(_used_parts(manifest).items()):
            parts.check(name, who)
        for key in sorted(manifest.files):
            entry = manifest.files[key]
            kept = {k: v for k, v in entry.items() if k not in ("part", "offset", "rows")}
            writer._put(key, kept, parts.rows_of(entry))
            merged += 1
            if writer.full:
                writer.commit()
        parts.forget(set())
    writer.commit()
    return merged


def _old_pair(staging: Path, path: Path) -> tuple[dict[str, Any], pa.Table] | None:
    """A format 3 record and its observations, when its Parquet has the bytes it names."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        record = json.loads(path.read_bytes())
        if record.get("format") != 3:
            return None
        data = (staging / Path(str(record["observations_file"])).name).read_bytes()
        if hashlib.sha256(data).hexdigest() != record["observations_sha256"]:
            return None
        table = pq.read_table(pa.BufferReader(data), use_threads=False)
        if table.num_rows != record["observations"]:
            return None
        entry = {k: record[k] for k in ("source", "raw_path", "issues", "indicator_counts")}
        entry["options_fingerprint"] = str(record.get("options_fingerprint", ""))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, pa.ArrowException):
        return None
    return entry, table


def _remove_unnamed(staging: Path, manifest: Manifest, *, old: bool) -> int:
    """Remove parts the manifest does not name and temporary files (and, with ``old``, the
    pairs of format 3); call it only while holding the workspace lock."""
    removed = 0
    with os.scandir(staging) as entries:
        names = [e.name for e in entries if e.is_file(follow_symlinks=False)]
    for name in names:
        leftover = name.startswith(".") and name.endswith(".tmp")
        orphan = _PART.fullmatch(name) is not None and name not in manifest.parts
        if leftover or orphan or (old and _OLD.fullmatch(name)):
            (staging / name).unlink(missing_ok=True)
            removed += 1
    return removed


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


RAW_STAT_ENV = "GENERO_ETL_RAW_STAT"  # "0": every raw file hashed by the stale check
RAW_STATS = "raw-stat.json"  # under .genero-etl/cache/: what the stale check last hashed


def stale_sources(ws: Workspace, manifest: Manifest | None = None) -> list[Stale]:
    """Staged files whose raw file changed (another sha256) or is gone since `ingest`.

    As git's index does, a raw file whose size and modification time (``st_mtime_ns``) are
    those it had when this check last read it whole and found the staged sha256 is not read
    again (``.genero-etl/cache/raw-stat.json``: per raw file, its size, time and sha256). A
    file is recorded only when its time is more than two seconds older than the moment it
    was read and the same after reading it, so a change written later, even of the same
    size and within a coarse clock's tick, gives it another time. What is not seen: a
    change that keeps the size and sets the time back to the recorded one (``touch -d``,
    a copy keeping times); ``ingest`` reads every file whole and finds it, and
    ``GENERO_ETL_RAW_STAT=0`` makes this check read every file too."""
    found = []
    staging = ws.staging  # a property making a path: once, not once per staged file
    trusted = os.environ.get(RAW_STAT_ENV, "").strip() not in ("0", "no", "false", "off")
    stats_path = staging.parent / "cache" / RAW_STATS
    known = _raw_stats(stats_path) if trusted else {}
    seen: dict[str, list[Any]] = {}
    root = os.fspath(staging.parent.parent)  # the workspace, as ``_raw_location`` joins it
    for record in staged_records(staging, manifest):
        source = record.get("source", {})
        reference = str(record.get("raw_path", ""))
        if not reference:
            continue  # staged through the library, without a raw file to compare
        name = str(source.get("source_file", ""))
        staged_sha = source.get("source_sha256")
        try:
            raw = _raw_location(root, reference)
            before = os.stat(raw)
            if not stat.S_ISREG(before.st_mode):
                found.append(Stale(name, "deleted"))
                continue
            said = [before.st_size, before.st_mtime_ns, staged_sha]
            if trusted and known.get(reference) == said:
                seen[reference] = said
                continue  # as last read whole: not read again
            if file_sha256(Path(raw)) != staged_sha:
                found.append(Stale(name, "changed"))
                continue
            after = os.stat(raw)
            settled = time.time_ns() - before.st_mtime_ns > 2_000_000_000
            if settled and (after.st_size, after.st_mtime_ns) == (said[0], said[1]):
                seen[reference] = said
        except OSError:
            found.append(Stale(name, "deleted"))
    if trusted and seen != known:
        _write_raw_stats(stats_path, seen)
    return found


def _raw_stats(path: Path) -> dict[str, list[Any]]:
    """The stale check's record (``stale_sources``); empty when missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_raw_stats(path: Path, stats: dict[str, list[Any]]) -> None:
    """Write the stale check's record atomically; one that cannot be written costs time only."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, scratch = tempfile.mkstemp(prefix=".tmp.", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(stats, out, sort_keys=True, separators=(",", ":"))
        os.replace(scratch, path)
    except OSError:
        return


def read_staged_for_publish(ws: Workspace, allow_stale: bool = False) -> list[StagedFile]:
    """What `publish` publishes: refused when a raw file changed or was deleted since it was
    staged, unless ``allow_stale``; then each stale file is recorded as a quality issue."""
    from genero_etl.messages import issue as make_issue
    from genero_etl.model import Severity

    manifest = load_manifest(ws.staging)  # read once (29 MB of JSON at national scale)
    stale = stale_sources(ws, manifest)
    if stale and not allow_stale:
        raise StagingStale(
            "staging-stale",
            path=", ".join(f"{s.source_file} ({s.reason})" for s in stale[:10])
            + (f" (+{len(stale) - 10})" if len(stale) > 10 else ""),
        )
    staged = read_staged(ws.staging, manifest)
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


def staged_records(staging: Path, manifest: Manifest | None = None) -> list[dict[str, Any]]:
    """Every staged file's manifest entry, sorted by stage key (no part is read)."""
    manifest = manifest if manifest is not None else load_manifest(staging)
    return [manifest.files[key] for key in sorted(manifest.files)]


def clean_temporaries(staging: Path) -> int:
    """Remove what an interrupted run left in staging: temporary files, parts the manifest
    does not name and the pairs of an interrupted conversion from format 3. Call it only
    while holding the workspace lock; a damaged manifest leaves everything as it is."""
    if not staging.is_dir() or not (staging / MANIFEST).exists():
        return 0  # nothing staged, or format 3 pairs (the next StagingWriter converts them)
    try:
        manifest = load_manifest(staging)
    except StagingInvalid:
        return 0
    return _remove_unnamed(staging, manifest, old=True)


def drop_removed(
    ws: Workspace, folders: list[Path], writer: StagingWriter | None = None
) -> list[str]:
    """Unstage files that were staged from one of ``folders`` and are gone from it (through
    ``writer``, committed by its next commit; without one, committed here)."""
    roots = [folder.resolve() for folder in folders if folder.is_dir()]
    own = writer is None
    writer = writer or StagingWriter(ws.staging)
    dropped = []
    for key, entry in sorted(writer.manifest.files.items()):
        raw = raw_path_of(ws.staging, entry)
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
        writer.remove(key)
        dropped.append(_who(entry))
    if own:
        writer.commit()
    return dropped
