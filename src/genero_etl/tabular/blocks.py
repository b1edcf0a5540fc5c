"""A big CSV ingested a block of rows at a time (issue 14: bounded memory).

Above ``BLOCK_LINES`` lines (1,200,000; ``None``: never) a CSV that a template reads as a
wide table with no total column is read, built, screened and spilled a block of
``BLOCK_ROWS`` rows at a time, then written as its part a row group at a time
(``stage.SpilledStagedFile``), so no step holds the whole file's observations. Below it the
file is read whole, as ever: that path needs about 1.1 GB per million rows of the national
file's shape (12 values a row) and about half the CPU (docs/scale.md, "Ingest of one big
CSV in row blocks: built"), so a file it reads within 2 GiB keeps its speed. What the
whole-file path (``ingest.ingest_frame``) decides on the whole file is decided once:

- the encoding on all the bytes, the dialect, that Arrow reads the bytes as they are
  (``readers.grid.csv_rows``);
- the document's facts, the sheet's own period, the template and its header on the first
  block (which holds the file's first ``layout.HEAD_SCAN`` rows and more); every later
  block is read under the same header rows;
- the sheet's size class (``layout.FULL_SCAN``): the file's, never a block's;
- the notes under the table: the last block's tail, as the whole file's.

Issues are said once: the template's, the unknown place codes (the first row of each),
the damaged text (its count summed, its examples merged), the cells that are no numbers
(the first ``MAX_CELL_ISSUES`` in the file's order, the rest counted). The source record's
count, place (what every row shares) and period (first start, last end) are carried
from block to block. Each text column's dictionary is the whole file's, in the build's
order: each block tells whether its own dictionary is in the order of the values' first
cell row by row or value column by value column, and the file's is made in that order.

Anything else (another layout, a total column or row, another issue, a block whose
order is neither, a sheet of fewer rows than ``layout.FULL_SCAN``) is read by the
whole-file path: ``None`` is returned before anything is staged.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from genero_etl.messages import issue
from genero_etl.model import Severity

if TYPE_CHECKING:
    import pyarrow as pa

    from genero_etl.normalize.codebook import Codebook
    from genero_etl.pipeline import IngestOptions
    from genero_etl.stage import StagedFile

BLOCK_LINES: int | None = 1_200_000  # lines above which a CSV is read in blocks; None: never
BLOCK_ROWS = 262_144  # rows of a block (12 values a row: about 3 million observations)
_TEMPLATE_CODES = {"csv-dialect", "sheet-disguised", "template-used", "template-forced-mismatch"}
_SPILL_ROWS = 65_536  # rows of a record batch of a spilled block (read back one at a time)
_CELL_CODES = ("number-convention-mismatch", "cell-formula-text", "cell-not-number")


class _Declined(Exception):
    """The file is not one the block path reads as the whole-file path does."""


def ingest_blocks(
    path: Path, display: str, options: IngestOptions, codebook: Codebook
) -> StagedFile | None:
    """The file staged block by block, or None: read it whole."""
    if BLOCK_LINES is None or path.suffix.lower() != ".csv":
        return None
    try:
        if path.stat().st_size <= BLOCK_LINES:  # fewer bytes than lines: not read twice
            return None
    except OSError:
        return None  # the whole-file path says why
    from genero_etl.readers.files import read_bytes
    from genero_etl.readers.grid import csv_rows
    from genero_etl.readers.safety import sniff_spreadsheet

    read = options.read
    data, sha = read_bytes(path, display, read.limit())
    sniffed = sniff_spreadsheet(data, display, path.suffix.lower())
    if sniffed.kind != "csv" or sniffed.note:
        return None
    from genero_etl.readers.encoding import check_shape

    check_shape(data, display, table=True)
    rows = csv_rows(data, display, max(BLOCK_LINES, 0), path, sha)
    size = len(data)
    del data  # the blocks are read from the file again, a block at a time
    if rows is None:
        return None
    spill = Path(tempfile.mkdtemp(prefix="genero-etl-blocks-"))
    try:
        return _staged(rows, sha, size, path, display, options, codebook, spill)
    except _Declined:
        shutil.rmtree(spill, ignore_errors=True)
        return None
    except BaseException:
        shutil.rmtree(spill, ignore_errors=True)
        raise


def _staged(
    rows: Any,
    sha: str,
    size: int,
    path: Path,
    display: str,
    options: IngestOptions,
    codebook: Codebook,
    spill: Path,
) -> StagedFile:

    from genero_etl import __version__
    from genero_etl.extract.numbers import Convention
    from genero_etl.model import SourceRecord
    from genero_etl.model.arrow import release_memory
    from genero_etl.normalize.document import document_facts
    from genero_etl.normalize.places import names_own_municipality
    from genero_etl.normalize.table import MAX_CELL_ISSUES, SourceFile, observations_table
    from genero_etl.readers.grid import Grid, locator
    from genero_etl.stage import SpilledStagedFile
    from genero_etl.tabular import ingest as ti
    from genero_etl.tabular import layout

    knowledge = options.knowledge
    templates = knowledge.templates
    forced = knowledge.template(options.template) if options.template else None
    frames = _frames(rows, BLOCK_ROWS)
    first = _next(frames)
    # the first block holds the rows the header is searched in and the facts read from
    while first is not None and len(first) < layout.HEAD_SCAN + 12:
        more = _next(frames)
        if more is None:
            break
        first = _with_head(first, more)
    if first is None:
        raise _Declined
    d = rows.dialect
    issues = [issue("csv-dialect", Severity.INFO, source_file=display, encoding=d.encoding,
                    delimiter="\\t" if d.delimiter == "\t" else d.delimiter, decimal=d.decimal)]  # fmt: skip
    head = ti._head_lines([Grid("", first)])
    facts = document_facts(head, options.overrides, display)
    ti._period_from_file_name(facts, display)
    convention = facts.convention
    if d.decimal == "," and not options.overrides.number_convention:
        convention = Convention.DECIMAL_COMMA
    ctx = ti.file_context(display, sha, facts, codebook, convention, issues, options)
    if names_own_municipality("\n".join(head), facts.place):
        ctx.own_place = facts.place
    grid = Grid("", first)
    ctx.mapping = ti._mapping_for(path, display, [grid])
    if ctx.mapping is not None:
        raise _Declined
    own = None if ctx.declared_period else ti._title_period(grid, facts.period)
    if own is not None:
        ctx.facts = replace(facts, period=own)
    matched = ti.match_template(grid, templates, forced)
    if matched is None:
        raise _Declined
    template, header, score = matched
    if score < 1.0 or template.layout != "wide":
        raise _Declined
    if rows.lines - (header[-1] + 1) <= layout.FULL_SCAN:
        raise _Declined  # a small sheet is read with other rules (the whole file's)
    table = _table(grid, header, len(first))
    cols = ti._resolve(template, table)
    specs = ti._value_specs(template, table, cols)
    if not specs or any(s.is_total for s in specs):
        raise _Declined
    ctx.issues.append(issue("template-used", Severity.INFO, source_file=display,
                            source_locator=locator("", header[-1], 0), template=template.name,
                            title=template.title, sheet=display, row=header[-1] + 1))  # fmt: skip
    said = len(ctx.issues)
    head_frame = first.iloc[: header[-1] + 1]
    of_file = SourceFile(display, sha, facts.office, codebook, convention, [])
    damaged: dict[str, Any] = {}
    codes_said: dict[str, Any] = {}  # place codes: the first row's issue of each
    cell_issues: list[Any] = []
    bad = 0  # cells that are no numbers, in all
    order = _Orders()
    spills: list[str] = []
    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    dropped = hidden = total = data_rows = 0
    gone: set[str] = set()
    gone_values: set[str] = set()
    places: list[Any] = []
    periods: list[Any] = []
    offset = 0
    frame: Any = first
    upcoming = _next(frames)
    end = _table_end(rows, head_frame, header)
    while frame is not None:
        if offset:
            frame = _with_head(head_frame, frame)
        grid = Grid("", frame)
        block = _table(grid, header, end)
        before = len(ctx.issues)
        cells = ti.apply_template(grid, block, template, ctx, large=True)
        del grid, block, frame
        data_rows += len(np.unique(cells.row)) if len(cells) else 0
        ti._flag_damaged_text(cells, ctx, damaged)
        ti._flag_preliminary(cells, knowledge.roles or ti._lexicon())
        ti._sexes_as_published(cells, knowledge.roles or ti._lexicon())
        labels = cells.text["indicator_label"]
        cells.text["indicator_label"] = labels.map(lambda s: str(s)[:200])
        of_file.issues = []
        built = observations_table(cells, of_file)
        del cells
        for found in ctx.issues[before:]:
            if found.code != "place-code-unknown":
                raise _Declined
            codes_said.setdefault(found.message_es, found)
        del ctx.issues[before:]
        for found in of_file.issues:
            if found.code in _CELL_CODES:
                cell_issues.append(found)
                bad += 1
            elif found.code == "cell-not-number-more":
                bad += _count_of(found)
            else:
                raise _Declined
        cell_issues = cell_issues[:MAX_CELL_ISSUES]
        order.add(built, offset_rows=total)
        total += built.num_rows
        if built.num_rows:
            if ctx.row_places:
                places.append(ti.file_place(built, facts.place))
            periods.append(ti.row_period_ends(built))
        screened, block_kinds, block_dropped, block_hidden, block_gone = _screen(built)
        del built
        kinds.update(block_kinds)
        dropped += block_dropped
        hidden += block_hidden
        if block_gone is not None:
            gone |= block_gone[0]
            gone_values |= set(block_gone[1])
        counts.update(_indicator_counts(screened))
        name = str(spill / f"block-{len(spills):06d}.arrow")
        _spill(screened, name)
        spills.append(name)
        offset += 1
        del screened
        release_memory()  # the block's buffers handed back before the next is read
        frame, upcoming = upcoming, (_next(frames) if upcoming is not None else None)
    if data_rows <= layout.FULL_SCAN:
        raise _Declined
    dictionaries = order.dictionaries()
    # the issues, in the whole file's order
    shown = cell_issues
    more = bad - len(shown)
    block_issues = [*ctx.issues[:said], *codes_said.values()]
    if damaged.get("count"):
        block_issues.append(issue("table-text-damaged", Severity.WARNING, source_file=display,
                                  count=int(damaged["count"]),
                                  examples=", ".join(sorted(damaged["examples"])[:5])))  # fmt: skip
    block_issues.extend(shown)
    if more:
        block_issues.append(issue("cell-not-number-more", Severity.WARNING, source_file=display,
                                  count=more, shown=len(shown)))  # fmt: skip
    if total == 0:
        block_issues.append(issue("no-values", Severity.INFO, source_file=display))
    place = _common_place(places, facts.place) if ctx.row_places else facts.place
    period = _span(periods, facts.period)
    source = SourceRecord(
        source_file=display, source_sha256=sha, bytes=size, format="csv",
        encoding=rows.encoding or "binary", place=place, period=period, office=facts.office,
        observations=total, reader="spreadsheet", ingested_with=__version__,
    )  # fmt: skip
    file_issues = facts.issues
    if ctx.row_places:
        file_issues = [
            i for i in file_issues if i.code not in {"place-not-inferred", "place-ambiguous"}
        ]
    return SpilledStagedFile.made(
        source=source,
        issues=[*file_issues, *block_issues],
        spills=spills,
        folder=str(spill),
        dictionaries=dictionaries,
        counts=dict(counts),
        screen=(dict(kinds), dropped, hidden, sorted(gone), sorted(gone_values)),
    )


def _next(frames: Any) -> Any:
    return next(frames, None)


def _count_of(found: Any) -> int:
    import re

    hit = re.search(r"(\d+)", found.message_en)
    if hit is None:
        raise _Declined
    return int(hit.group(1))


def _with_head(head: Any, frame: Any) -> Any:
    import pandas as pd

    return pd.concat([head, frame])


def _table_end(rows: Any, head: Any, header: list[int]) -> int:
    """The sheet row where the whole file's table ends (``layout._trim_tail``: notes and
    blank rows under it, scanned up from the file's end), from a first pass over the
    rows that keeps the last 50 (``_trim_tail`` looks at no more); declined when the
    sheet has no more than ``layout.FULL_SCAN`` rows under its header, as Arrow reads it."""

    import pyarrow as pa

    from genero_etl.tabular import layout

    try:
        tail, count = rows.tail(50)
    except (pa.ArrowInvalid, pa.ArrowException) as err:  # rows of another width
        raise _Declined from err
    if count - (header[-1] + 1) <= layout.FULL_SCAN:
        raise _Declined  # a small sheet is read with other rules (the whole file's)
    start = header[-1] + 1
    kept = tail[tail.index >= start] if len(tail) else head.iloc[:0]
    frame = _with_head(head, kept)
    labels = frame.index
    frame = frame.reset_index(drop=True)  # ``_trim_tail`` reads rows by their labels
    table = layout.Table("", header, {}, {}, data_rows=None, end_row=len(frame))
    layout._trim_tail(frame, table)
    if table.end_row >= len(frame):
        return int(labels[-1]) + 1 if len(frame) else 0
    return int(labels[table.end_row])


def _frames(rows: Any, size: int) -> Any:
    import pyarrow as pa

    try:
        yield from rows.frames(size)
    except (pa.ArrowInvalid, pa.ArrowException) as err:  # rows of another width
        raise _Declined from err


def _table(grid: Any, header: list[int], end: int) -> Any:
    """``layout.table_from_header`` of the whole file's sheet (more than ``FULL_SCAN``
    rows) for a block of it, its rows ending at the sheet's row ``end`` (``_table_end``)."""
    from genero_etl.tabular import layout

    frame = grid.frame
    labels, parts = layout.compose_header(frame, header)
    n = len(frame)
    table = layout.Table(grid.name, header, labels, parts, data_rows=None, end_row=n)
    title = [
        layout.title_line(layout.cell_text(v))
        for r in range(0, header[0])
        for v in layout.row_cells(frame, r).values()
    ]
    table.title = " / ".join(dict.fromkeys(t for t in title if t))[:300]
    table.end_row = int((frame.index < end).sum())
    return table


def _screen(table: pa.Table) -> tuple[pa.Table, Counter[str], int, int, Any]:
    """``stage.screen_staged``'s screen of the rows, for a block."""
    from genero_etl.stage import screen_rows

    screened, kinds, dropped, hidden, gone = screen_rows(table)
    return screened, kinds, dropped, hidden, gone if dropped else None


def _indicator_counts(table: pa.Table) -> Counter[str]:
    import pyarrow.compute as pc

    if not table.num_rows:
        return Counter()
    result = pc.value_counts(table.column("indicator_id").combine_chunks())
    return Counter({str(i["values"]): int(i["counts"]) for i in result.to_pylist()})


def _spill(table: pa.Table, name: str) -> None:
    import pyarrow as pa

    options = pa.ipc.IpcWriteOptions(compression="lz4")
    with pa.OSFile(name, "wb") as sink, pa.ipc.new_file(sink, table.schema, options=options) as w:
        w.write_table(table, max_chunksize=_SPILL_ROWS)


def _common_place(places: list[Any], header: Any) -> Any:
    """``ingest.file_place`` of the whole file from each block's."""
    from genero_etl.model import Place
    from genero_etl.tabular.ingest import place_shared

    if not places:
        return Place(country=header.country, method=header.method)

    def common(name: str) -> str:
        values = {getattr(p, name) for p in places}
        return next(iter(values)) if len(values) == 1 else ""

    return place_shared(common)


def _span(periods: list[Any], header: Any) -> Any:
    """``ingest.file_period`` of the whole file from each block's first start and last end
    (``ingest.row_period_ends``)."""
    from genero_etl.tabular.ingest import period_spanning

    known = [p for p in periods if p is not None]
    if not known:
        return header
    return period_spanning((min(p[0] for p in known), max(p[1] for p in known)), header)


class _Orders:
    """Each dictionary column's values with the first cell each is in, row by row (the
    table's order) and value column by value column, to give the file's dictionary in
    the order its blocks' dictionaries keep."""

    def __init__(self) -> None:
        self.kinds: dict[str, set[str]] = {}
        self.first: dict[str, dict[str, tuple[int, int, int]]] = {}
        self.names: list[str] | None = None

    def add(self, table: pa.Table, offset_rows: int) -> None:
        import pyarrow as pa

        names = [f.name for f in table.schema if pa.types.is_dictionary(f.type)]
        if self.names is None:
            self.names = names
        elif names != self.names:
            raise _Declined
        if not table.num_rows:
            return
        rows, cols = _cells_of(table.column("source_locator"))
        n = table.num_rows
        # the cells value column by value column, each column's in the rows' order
        across = np.argsort(cols, kind="stable")
        column_marks = (cols[across] << 32) | rows[across]
        for name in names:
            column = table.column(name).combine_chunks()
            dictionary = column.dictionary.to_pylist()
            size = len(dictionary)
            codes = column.indices.to_numpy(zero_copy_only=False)
            if column.null_count:
                valid = np.asarray(column.is_valid().to_numpy(zero_copy_only=False), dtype=bool)
                codes = np.where(valid, codes, size).astype(np.int64)
            else:
                codes = codes.astype(np.int64)
            table_order = _first(codes, np.arange(n), size)  # -1: not used
            column_order = _first(codes[across], column_marks, size)  # col << 32 | row
            used = np.flatnonzero(table_order >= 0)
            table_order, column_order = table_order[used], column_order[used]
            kinds = set()
            if np.all(np.diff(table_order) > 0):
                kinds.add("rows")
            if np.all(np.diff(column_order) > 0):
                kinds.add("columns")
            if len(used) != size:
                kinds = set()  # values no cell uses: where the whole file puts them is unknown
            known = self.kinds.get(name)
            self.kinds[name] = kinds if known is None else known & kinds
            if not self.kinds[name]:
                raise _Declined
            seen = self.first.setdefault(name, {})
            for code, t, c in zip(
                used.tolist(), table_order.tolist(), column_order.tolist(), strict=True
            ):
                value = dictionary[code]
                mark = (offset_rows + t, int(c >> 32), int(c & 0xFFFFFFFF))
                old = seen.get(value)
                seen[value] = mark if old is None else (
                    min(old[0], mark[0]),
                    *min((old[1], old[2]), (mark[1], mark[2])),
                )  # fmt: skip

    def dictionaries(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for name in self.names or []:
            seen = self.first.get(name, {})
            kinds = self.kinds.get(name, {"rows"})
            by_rows = sorted(seen, key=lambda v: seen[v][0])
            by_columns = sorted(seen, key=lambda v: (seen[v][1], seen[v][2]))
            if "rows" in kinds and "columns" in kinds and by_rows != by_columns:
                raise _Declined  # both orders fit every block, and they differ
            out[name] = by_rows if "rows" in kinds else by_columns
        return out


def _first(codes: np.ndarray, marks: np.ndarray, size: int) -> np.ndarray:
    """Per code below ``size``, the mark of its first cell (-1: none); codes are in the
    cells' order (the last of repeated assignments wins, so they are made in reverse)."""
    first = np.full(size + 1, -1, dtype=np.int64)
    first[codes[::-1]] = marks[::-1]
    return first[:size]


def _cells_of(locators: Any) -> tuple[np.ndarray, np.ndarray]:
    """Each observation's sheet row and column, from its A1 locator."""
    import pyarrow.compute as pc

    from genero_etl.readers.grid import column_index

    parts = pc.extract_regex(locators.combine_chunks(), r"^(?P<c>[A-Z]+)(?P<r>[0-9]+)$")
    if parts.null_count:
        raise _Declined
    rows = pc.cast(parts.field("r"), "int64").to_numpy(zero_copy_only=False)
    letters = pc.dictionary_encode(parts.field("c"))
    numbers = [column_index(text) for text in letters.dictionary.to_pylist()]
    cols = np.asarray(numbers, dtype=np.int64)[letters.indices.to_numpy(zero_copy_only=False)]
    return rows.astype(np.int64), cols
