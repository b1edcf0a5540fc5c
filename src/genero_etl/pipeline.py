"""The stages in order: read -> extract -> normalise -> check -> stage; staged -> publish.

Each public function returns a result object; the CLI only renders it.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl import __version__
from genero_etl.checks import check_tables
from genero_etl.checks.ingest import activity_table
from genero_etl.errors import ExitCode, GeneroEtlError, InputUnreadable
from genero_etl.extract.text import DocContext, extract_findings
from genero_etl.knowledge import Knowledge
from genero_etl.messages import issue
from genero_etl.model import Document, Issue, Observation, Severity, SourceRecord
from genero_etl.normalize.codebook import Codebook
from genero_etl.normalize.document import SIDECAR_SUFFIX, Overrides, document_facts, read_sidecar
from genero_etl.normalize.observations import (
    DocFacts,
    normalise_findings,
    opening_without_violence,
)
from genero_etl.readers import ReadOptions, known_suffixes, reader_for
from genero_etl.stage import StagedFile, StagingWriter
from genero_etl.workspace import Workspace

if TYPE_CHECKING:
    import pyarrow as pa


@dataclass(slots=True)
class IngestOptions:
    overrides: Overrides = field(default_factory=Overrides)
    reader: str | None = None
    read: ReadOptions = field(default_factory=ReadOptions)
    dry_run: bool = False  # extract and report, stage nothing
    schemas_dir: Path | None = None  # a workspace's schemas/ (codebook overrides)
    template: str | None = None  # force a spreadsheet template by name
    timeout: float | None = None  # seconds per file; past it the file fails with file-timeout
    follow_symlinks: bool = False  # read symlinks that leave the workspace and the given paths
    jobs: int = 1  # worker processes extracting files; output identical for any number
    use_cache: bool = True  # keep the staging of a file whose bytes and options are unchanged

    @property
    def knowledge(self) -> Knowledge:
        """The shipped knowledge with ``schemas_dir`` over it; rebuilt from the path in each
        worker process (the options travel, the object does not)."""
        return Knowledge.of(self.schemas_dir)


@dataclass(slots=True)
class FileResult:
    source_file: str
    staged: StagedFile | None = None
    error: GeneroEtlError | None = None
    unchanged: bool = False  # bytes and options as when staged: kept, not extracted again

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(slots=True)
class IngestResult:
    files: list[FileResult]
    skipped: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # unstaged: gone from their folder
    converted: int = 0  # files kept from a staging of the older format (pairs per file)

    @property
    def observations(self) -> list[Observation]:
        return [o for f in self.files if f.staged for o in f.staged.observation_list()]

    @property
    def issues(self) -> list[Issue]:
        return [i for f in self.files if f.staged for i in f.staged.issues]

    @property
    def unchanged(self) -> int:
        return sum(1 for f in self.files if f.unchanged)

    @property
    def exit_code(self) -> ExitCode:
        codes = [f.error.exit_code for f in self.files if f.error is not None]
        return max(codes) if codes else ExitCode.OK

    @property
    def observation_count(self) -> int:
        return sum(f.staged.count for f in self.files if f.staged)

    def per_indicator(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for f in self.files:
            if f.staged:
                counts.update(f.staged.indicator_counts())
        return counts


def _is_candidate(path: Path) -> bool:
    name = path.name
    return not name.startswith((".", "~$")) and not name.endswith((SIDECAR_SUFFIX, ".map.yaml"))


def _inside(path: Path, roots: list[Path]) -> bool:
    for root in roots:
        try:
            path.relative_to(root)
            return True
        except ValueError:
            continue
    return False


def _check_link(
    path: Path, ws: Workspace, roots: list[Path], follow_symlinks: bool
) -> GeneroEtlError | None:
    """Why a symlink found in a folder is not read (dangling, a loop, leaves the workspace)."""
    from genero_etl.errors import UnsupportedInput

    display = ws.display(path)
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return InputUnreadable("symlink-dangling", path=display)
    except (RuntimeError, OSError):
        return InputUnreadable("symlink-loop", path=display)
    if not follow_symlinks and not _inside(target, roots):
        return UnsupportedInput("symlink-outside", path=display, target=str(target))
    return None


def collect_inputs(
    paths: Iterable[Path], ws: Workspace, follow_symlinks: bool = False
) -> tuple[list[Path], list[str], list[FileResult]]:
    """Expand folders (recursively, sorted); a named file is always taken, a folder's
    files only when some reader knows their suffix.

    Returns the files, the files skipped for their format, and what could not be looked
    at, each with its reason: an unreadable sub-folder, a dangling symlink, a symlink
    loop, a symlink out of the workspace and the given paths (unless ``follow_symlinks``).
    """

    files: list[Path] = []
    skipped: list[str] = []
    refused: list[FileResult] = []
    suffixes = set(known_suffixes())
    roots = [ws.root.resolve(), *(p.resolve() for p in paths if p.exists())]

    def walk_error(err: OSError) -> None:
        where = Path(err.filename) if err.filename else ws.root
        display = ws.display(where)
        reason = err.strerror or str(err)
        refused.append(
            FileResult(
                display, error=InputUnreadable("folder-unreadable", path=display, reason=reason)
            )
        )

    for path in paths:
        if path.is_dir():
            found: list[Path] = []
            for folder, dirs, names in os.walk(path, onerror=walk_error):
                here = Path(folder)
                for d in list(dirs):
                    if (here / d).is_symlink():
                        dirs.remove(d)  # never walk into linked folders
                        problem = _check_link(here / d, ws, roots, follow_symlinks)
                        if problem is not None:
                            refused.append(FileResult(ws.display(here / d), error=problem))
                dirs.sort()
                found.extend(here / n for n in names if _is_candidate(here / n))
            for p in sorted(found):
                if p.is_symlink():
                    problem = _check_link(p, ws, roots, follow_symlinks)
                    if problem is not None:
                        refused.append(FileResult(ws.display(p), error=problem))
                        continue
                if p.suffix.lower() in suffixes:
                    files.append(p)
                else:
                    skipped.append(ws.display(p))
        elif path.exists() or path.is_symlink():
            files.append(path)
        else:
            raise InputUnreadable("path-not-found", path=ws.display(path))
    return files, skipped, refused


def extract_document(path: Path, display: str, options: IngestOptions) -> StagedFile:
    """Read one report and turn it into observations, quality issues and a source record."""
    reader = reader_for(path, options.reader)
    knowledge = options.knowledge.activate()  # the workspace's countries, if it has any
    codebook = knowledge.codebook
    if reader.kind == "table":
        # Spreadsheets are read cell by cell into observations by the tabular stage.
        from genero_etl.tabular.ingest import ingest_table

        return ingest_table(path, display, options, codebook)
    document = reader.read(path, display, options.read)
    staged = normalise_document(document, reader.name, options, codebook)
    if document.tables:  # a PDF's ruled tables with periods across: read like sheets
        from genero_etl.tabular.pdfgrids import with_tables

        staged = with_tables(staged, document, options, codebook)
    return staged


def normalise_document(
    document: Document, reader_name: str, options: IngestOptions, codebook: Codebook
) -> StagedFile:
    """A read document to a staged file; pure: no file is opened here."""
    from genero_etl.normalize.table import add_flags

    knowledge = options.knowledge  # its files are checked for changes once per document
    lines = [s.text for s in document.segments]
    overrides = options.overrides
    facts = document_facts(lines, overrides, document.path, prose=True)
    ctx = DocContext(
        convention=facts.convention,
        year=facts.year,
        is_plan=facts.is_plan,
        lexicon=knowledge.lexicon,
    )
    set_aside: list[tuple[str, str, str]] = []
    findings = extract_findings(document.segments, ctx, codebook.lexicon, set_aside)
    doc_facts = DocFacts(
        document.path,
        document.sha256,
        facts.place,
        facts.period,
        facts.office,
        facts.national,
        opening_without_violence((s.text, s.locator) for s in document.segments),
    )
    table, issues = normalise_findings(findings, doc_facts, codebook)
    checked, flags = check_tables(
        {
            "observations": table,
            "activities": activity_table(document.path, ctx.activities),
        },
        document.path,
        rules=knowledge.rules("ingest"),
        schemas_dir=options.schemas_dir,
    )
    table = add_flags(table, flags["observations"])  # the checks flag what they find
    issues = [
        *facts.issues,
        *issues,
        *checked,
        *(
            issue(
                "text-range-not-a-value",
                Severity.INFO,
                source_file=document.path,
                source_locator=locator,
                text=text,
            )
            for _kind, locator, text in set_aside
        ),
    ]
    if not table.num_rows:
        issues.append(issue("no-values", Severity.INFO, source_file=document.path))
    issues.extend(_unclassified_issues(table, codebook.unclassified.id))
    source = SourceRecord(
        source_file=document.path,
        source_sha256=document.sha256,
        bytes=document.bytes,
        format=document.format,
        encoding=document.encoding,
        place=facts.place,
        period=facts.period,
        office=facts.office,
        observations=table.num_rows,
        reader=reader_name,
        ingested_with=__version__,
    )
    return StagedFile(source=source, issues=issues, frame=table)


def _unclassified_issues(table: pa.Table, unclassified: str) -> list[Issue]:
    """One note per value the codebook could not name, pointing at its sentence."""
    from genero_etl.model.arrow import cells

    if not table.num_rows:
        return []
    names = ("indicator_id", "source_file", "source_locator", "observation_id",
             "value_raw", "indicator_label")  # fmt: skip
    if table.num_rows <= 4096:  # a report's few rows: each column decoded once, no kernel
        indicators = cells(table.column("indicator_id"))
        if unclassified not in indicators:
            return []  # every value named: no other column is read
        columns = [indicators, *(cells(table.column(n)) for n in names[1:])]
        rows = [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]
    else:
        rows = table.select(list(names)).to_pylist()
    return [
        issue(
            "unclassified-indicator",
            Severity.INFO,
            source_file=str(r["source_file"]),
            source_locator=str(r["source_locator"]),
            observation_ids=(str(r["observation_id"]),),
            value=r["value_raw"],
            label=r["indicator_label"],
        )
        for r in rows
        if r["indicator_id"] == unclassified
    ]


def extract_file(path: Path, overrides: Overrides | None = None) -> list[Observation]:
    """Library entry point: the observations of one file, nothing staged."""
    options = IngestOptions(overrides=overrides or Overrides())
    sidecar = read_sidecar(path, str(path))
    options.overrides = sidecar.merged(options.overrides)
    return extract_document(path, path.name, options).observation_list()


def ingest_paths(
    paths: list[Path],
    ws: Workspace,
    options: IngestOptions,
    on_file: Callable[[int, int, str], None] | None = None,
) -> IngestResult:
    """Ingest files and folders into the workspace's staged dataset, batch by batch, each
    batch committed atomically (``stage.StagingWriter``).

    A file that cannot be read is reported with its error; the others are still
    staged, and nothing staged before for the failing file is touched. The workspace
    is locked while staging, so a concurrent ingest or publish waits.
    """
    from contextlib import nullcontext

    from genero_etl.workspace import workspace_lock

    with nullcontext() if options.dry_run else workspace_lock(ws):
        return _ingest_locked(paths, ws, options, on_file)


def _ingest_locked(
    paths: list[Path],
    ws: Workspace,
    options: IngestOptions,
    on_file: Callable[[int, int, str], None] | None,
) -> IngestResult:
    from genero_etl.stage import clean_temporaries, drop_removed

    # the workspace's countries here too: files extracted in worker processes are screened
    # (their national IDs hidden) in this one when they are staged
    knowledge = Knowledge.of(ws.schemas).activate()
    writer = None
    if not options.dry_run:
        clean_temporaries(ws.staging)  # what a killed run left behind
        writer = StagingWriter(ws.staging)  # converts a staging of format 3
    files, skipped, refused = collect_inputs(paths, ws, options.follow_symlinks)
    if not files and not refused and paths and all(p.is_dir() for p in paths):
        raise InputUnreadable(
            "no-files",
            path=", ".join(ws.display(p) for p in paths),
            known=", ".join(known_suffixes()),
        )
    results: list[FileResult] = list(refused)
    schemas = knowledge.fingerprint
    batch: list[int] = []  # where in ``results`` the files buffered since the last commit are
    with _loaded_frozen(len(files) > 1) as freeze:
        # Neither ``enumerate`` (its tuple, kept for reuse, holds the last item until the next
        # one is made) nor the loop's name may hold a file's result past its turn: committed,
        # its rows are no longer needed (``results`` holds a view), and the next file's
        # extraction would otherwise run with two files' tables in memory.
        index = -1
        for result in _results_in_order(files, ws, writer, options, schemas):
            index += 1
            freeze()
            if on_file is not None:
                on_file(index, len(files), result.source_file)
            results.append(result)
            if writer is not None and result.staged is not None and not result.unchanged:
                batch.append(len(results) - 1)
                if writer.full:
                    _commit(writer, results, batch)
            del result
    dropped: list[str] = []
    if writer is not None:
        dropped = drop_removed(ws, [p for p in paths if p.is_dir()], writer)
        if not _commit(writer, results, batch):
            dropped = []
    return IngestResult(results, skipped, dropped, writer.migrated if writer else 0)


@contextmanager
def _loaded_frozen(wanted: bool) -> Iterator[Callable[[], None]]:
    """A callable that, the first time it is called (once the first file is done), moves
    what that file loaded (the lexicon, the gazetteers, the compiled patterns, the answers
    remembered) out of the garbage collector's generations (``gc.freeze``): each full
    collection of a long run would otherwise walk those objects again, though they live
    until the run ends. Objects are still freed when no longer referenced; only cycles
    among them wait for the end of the run, when they are handed back (``gc.unfreeze``).
    Nothing is done when not ``wanted`` (a single file) or when the caller froze objects
    of its own (theirs are not handed back here)."""
    import gc

    state = {"done": not wanted or gc.get_freeze_count() > 0, "frozen": False}

    def freeze() -> None:
        if not state["done"]:
            state["done"] = True
            gc.collect()  # the first file's garbage is collected, not frozen
            gc.freeze()
            state["frozen"] = True

    try:
        yield freeze
    finally:
        if state["frozen"]:
            gc.unfreeze()


def _commit(writer: StagingWriter, results: list[FileResult], batch: list[int]) -> bool:
    """Commit a batch; when staging cannot be written, each of its files fails with that
    error (nothing of the batch is staged; what was staged before stays). Once written, a
    file's result holds a view of its staged rows, not the rows themselves."""
    try:
        writer.commit()
    except GeneroEtlError as err:
        writer.discard()
        for index in batch:
            results[index] = FileResult(results[index].source_file, error=err)
        return False
    else:
        for index in batch:  # what is written is read back only if asked for, not held
            staged = results[index].staged
            view = writer.committed(staged.source.source_file) if staged is not None else None
            if view is not None:
                results[index] = FileResult(results[index].source_file, staged=view)
    finally:
        batch.clear()
    return True


def _options_fingerprint(path: Path, options: IngestOptions, schemas: str) -> str:
    """What decides a file's staging: its bytes, its effective options, the version."""
    import hashlib
    import json
    from dataclasses import fields

    from genero_etl.stage import file_sha256

    overrides = options.overrides  # flat (text fields): what ``asdict`` gives, without its copies
    facts = {
        "sha256": file_sha256(path),
        "overrides": {f.name: getattr(overrides, f.name) for f in fields(overrides)},
        "reader": options.reader,
        "template": options.template,
        "max_bytes": options.read.max_bytes,
        "ocr": options.read.ocr,
        "version": __version__,
        "schemas": schemas,
    }
    return hashlib.sha256(json.dumps(facts, sort_keys=True).encode("utf-8")).hexdigest()


@dataclass(slots=True)
class _Task:
    path: Path
    display: str
    options: IngestOptions  # with the sidecar merged
    fingerprint: str = ""
    result: FileResult | None = None  # known without extracting (unchanged, or failed early)


def pool_context() -> Any:
    """How worker processes start: the platform's default (tests choose ``fork`` so that a
    patched extractor reaches the workers)."""
    import multiprocessing

    return multiprocessing.get_context()


def _prepare(
    path: Path, ws: Workspace, writer: StagingWriter | None, options: IngestOptions, schemas: str
) -> _Task:
    """A file's own options (its sidecar merged) and, when its staging is current, its result."""
    display = ws.display(path)
    task = _Task(path, display, options)
    try:
        sidecar = read_sidecar(path, display)
        task.options = IngestOptions(
            overrides=sidecar.merged(options.overrides),
            reader=options.reader,
            read=options.read,
            schemas_dir=ws.schemas if ws.schemas.is_dir() else None,
            template=options.template,
            timeout=options.timeout,
        )
        if writer is None:
            return task
        from genero_etl.readers.files import check_regular

        check_regular(path, display)  # never hash a device or a FIFO (/dev/zero has no end)
        task.fingerprint = _options_fingerprint(path, task.options, schemas)
        if options.use_cache:
            staged = writer.current(display, task.fingerprint)
            if staged is not None:
                task.result = FileResult(display, staged=staged, unchanged=True)
    except GeneroEtlError as err:
        task.result = FileResult(display, error=err)
    except OSError:
        pass  # unreadable here: the extraction reports it with its own error
    except Exception as err:  # a bug in one sidecar must not stop the batch
        from genero_etl.errors import FileFailed

        reason = f"{type(err).__name__}: {err}"[:300]
        task.result = FileResult(
            display, error=FileFailed("file-internal", path=display, reason=reason)
        )
    return task


def _results_in_order(
    files: list[Path],
    ws: Workspace,
    writer: StagingWriter | None,
    options: IngestOptions,
    schemas: str,
) -> Iterator[FileResult]:
    """Each file's result in input order; extraction in ``options.jobs`` processes,
    staging here (through ``writer``; None: a dry run), one file at a time, so the output
    is the same for any number of jobs."""
    tasks = (_prepare(path, ws, writer, options, schemas) for path in files)
    if options.jobs <= 1 or len(files) < 2:
        for task in tasks:
            yield task.result or _stage(task, writer, _extract_one(task))
        return
    from concurrent.futures import ProcessPoolExecutor

    from genero_etl.model.arrow import collector_paused

    with collector_paused():  # each kept file's view, all kept to the end: nothing to collect
        prepared = list(tasks)
    todo = [t for t in prepared if t.result is None]
    if not todo:
        yield from (t.result for t in prepared if t.result is not None)
        return
    from genero_etl.errors import FileFailed

    here = {id(t) for t in todo if _extract_here(t.path)}
    if len(todo) - len(here) <= 1:
        # one file (or none) for the workers: this process extracts it itself, as with one
        # job, rather than start a process that loads everything again (the re-ingest of one
        # changed report among thousands kept: a few seconds of CPU in the worker's start)
        for task in prepared:
            yield task.result or _stage(task, writer, _extract_one(task))
        return
    workers = min(options.jobs, len(todo) - len(here))
    with ProcessPoolExecutor(max_workers=workers, mp_context=pool_context()) as pool:
        shipped = [
            _Task(t.path, t.display, _portable(t.options)) for t in todo if id(t) not in here
        ]
        extracted = pool.map(_extract_in_worker, shipped, chunksize=4)
        broken = ""  # a worker that died (killed, out of memory) fails the files left
        for task in prepared:
            if task.result is not None:
                yield task.result
                continue
            if id(task) in here:  # the workers go on with the small files meanwhile
                yield _stage(task, writer, _extract_one(task))
                continue
            outcome: StagedFile | GeneroEtlError | None = None
            if not broken:
                try:
                    outcome = _unpack(next(extracted))
                except Exception as err:
                    broken = f"{type(err).__name__}: {err}"[:300] or "worker"
            if outcome is None:
                outcome = FileFailed("file-internal", path=task.display, reason=broken)
            yield _stage(task, writer, outcome)


# A file this big is extracted in the main process, not in a worker: its observations would
# otherwise be held twice more (pickled, then rebuilt here), which for a million-row table
# is gigabytes; the workers go on with the smaller files meanwhile.
EXTRACT_HERE_BYTES = 32 * 1024 * 1024


def _extract_here(path: Path) -> bool:
    try:
        return path.stat().st_size > EXTRACT_HERE_BYTES
    except OSError:
        return False  # the extraction reports it with its own error


def _portable(options: IngestOptions) -> IngestOptions:
    """Options a worker process can receive (no progress callback: it lives here)."""
    from dataclasses import replace

    return replace(options, read=replace(options.read, on_progress=None))


# Whether this worker process has frozen what its first file loaded. A flag, not
# ``gc.get_freeze_count()``: that walks every frozen object (milliseconds a call once the
# lexicon, patterns and gazetteers are frozen), which asked once per file had made a
# worker's files a half slower.
_WORKER_STATE = {"frozen": False}


def _extract_in_worker(task: _Task) -> tuple[str, object]:
    """Run in a worker's main thread (so the SIGALRM time budget applies); errors travel
    as their class, code and parameters (exceptions with keyword arguments do not pickle).
    After a worker's first file, what it loaded is frozen out of the garbage collector's
    generations, as in the main process (``_loaded_frozen``); the worker ends with the run."""
    import gc

    result = _extract_one(task)
    if not _WORKER_STATE["frozen"]:  # this worker's first file
        _WORKER_STATE["frozen"] = True
        gc.collect()
        gc.freeze()
    if isinstance(result, GeneroEtlError):
        return "error", (type(result), result.code, result.params)
    return "staged", result


def _unpack(shipped: tuple[str, object]) -> StagedFile | GeneroEtlError:
    kind, payload = shipped
    if kind == "staged":
        assert isinstance(payload, StagedFile)
        return payload
    assert isinstance(payload, tuple)
    cls: type[GeneroEtlError] = payload[0]
    params: dict[str, Any] = dict(payload[2])
    path = str(params.pop("path", ""))
    return cls(str(payload[1]), path=path, **params)


def _extract_one(task: _Task) -> StagedFile | GeneroEtlError:
    """One file, within its time budget; any failure is this file's, never the batch's."""
    from genero_etl.errors import FileFailed, UnsupportedInput
    from genero_etl.readers.files import time_budget

    display = task.display
    try:
        with time_budget(task.options.timeout, display):
            return extract_document(task.path, display, task.options)
    except GeneroEtlError as err:
        return err
    except (MemoryError, RecursionError) as err:
        return UnsupportedInput("file-too-complex", path=display, reason=type(err).__name__)
    except Exception as err:  # a bug in one reader must not stop the batch
        reason = f"{type(err).__name__}: {err}"[:300]
        return FileFailed("file-internal", path=display, reason=reason)


def _stage(
    task: _Task, writer: StagingWriter | None, extracted: StagedFile | GeneroEtlError
) -> FileResult:
    """Screen and buffer one extracted file for the writer's next commit (None: dry run)."""
    if isinstance(extracted, GeneroEtlError):
        return FileResult(task.display, error=extracted)
    try:
        if writer is not None:
            # screened at the commit, with the batch's other files (``StagingWriter.add``)
            writer.add(
                extracted, raw_path=task.path, options_fingerprint=task.fingerprint, later=True
            )
    except GeneroEtlError as err:
        return FileResult(task.display, error=err)
    return FileResult(task.display, staged=extracted)
