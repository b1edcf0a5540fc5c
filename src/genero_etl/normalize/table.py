"""The one normalisation: candidates to the observations table, for text and tables.

:func:`observations_table` takes the :class:`~genero_etl.normalize.candidates.Candidates`
of one file and, in one vectorised pass that works once per *distinct* value, parses the
values still as written (tables), identifies every candidate (``normalize.ids``), locates
it, links parts to their totals (by position, or by group for tables, where sums that
disagree are reported), resolves units and currencies, sets quality flags and returns the
observations as an Arrow table with the published column order and types; repetitive
text columns stay dictionary-encoded (``conform`` at publish turns them into plain
strings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import numpy.typing as npt

from genero_etl.extract.numbers import Convention, parse_number
from genero_etl.extract.textutil import fold
from genero_etl.messages import issue
from genero_etl.model import Issue, Severity
from genero_etl.model.coded import (
    SMALL_CODED,
    Coded,
    combine,
    combine_many,
    factorize_ints,
    small_to_arrow,
)
from genero_etl.model.coded import flags as bool_column
from genero_etl.normalize.candidates import Bools, Candidates, Floats, Ints
from genero_etl.normalize.ids import CHUNK, observation_ids
from genero_etl.normalize.units import MONEY, currency_code, currency_written, without_currency
from genero_etl.readers.grid import cell_text, col_letter

if TYPE_CHECKING:
    import pyarrow as pa

    from genero_etl.model import Observation
    from genero_etl.normalize.codebook import Codebook

MAX_CELL_ISSUES = 200  # per file; the rest are summarised in one issue
MISSING_MARKERS = {
    "s/d",
    "sd",
    "s/d.",
    "-",
    "--",
    "—",
    "–",
    "n/a",
    "na",
    "n/d",
    "nd",
    "no aplica",
    "sin dato",
    "sin datos",
    "...",
    "x",
    "*",
}
FORMULA_START = ("=", "+", "-", "@")
SUPPRESSED_FLAG = "suppressed_small_count"


@dataclass(slots=True)
class SourceFile:
    """What the normalisation needs to know of the file the candidates come from."""

    display: str
    sha256: str
    office: str
    codebook: Codebook
    convention: Convention
    issues: list[Issue]  # cell and sum issues are appended here


@dataclass(frozen=True, slots=True)
class _Parsed:
    value: float | None
    status: str  # ok | blank | missing | bad | against | formula
    percent: bool = False


def parse_cell(v: Any, convention: Convention) -> _Parsed:
    if isinstance(v, bool):
        return _Parsed(None, "bad")
    if isinstance(v, int | float):
        return _Parsed(None, "blank") if v != v else _Parsed(float(v), "ok")
    if v is None:
        return _Parsed(None, "blank")
    text = " ".join(str(v).split())
    if not text:
        return _Parsed(None, "blank")
    if fold(text) in MISSING_MARKERS:
        return _Parsed(None, "missing")
    if _LISTED_YEARS.match(text):
        return _Parsed(None, "bad")  # "2006,2005": years chosen in a filter, never 2006.2005
    negative = text.startswith("-") and len(text) > 1
    core = (
        without_currency(text.lstrip("-+"))
        .replace("$", "")
        .replace("MXN", "")
        .replace("ARS", "")
        .replace("CLP", "")
        .strip()
    )
    percent = core.endswith("%")
    core = core.rstrip("%").strip()
    try:
        reading = parse_number(core, convention)
    except ValueError:
        noted = _without_note_mark(core)
        if noted is None:
            return _Parsed(None, "formula" if text.startswith(FORMULA_START) else "bad")
        return parse_cell(("-" if negative else "") + noted, convention)
    value = -reading.value if negative else reading.value
    if reading.against_convention or (
        reading.ambiguous
        and convention is not Convention.UNKNOWN
        and reading.alternative is not None
        and "," in core
        and "." in core
    ):
        return _Parsed(value, "against", percent)
    return _Parsed(value, "ok", percent)


def column_numbers(column: Any, convention: Convention) -> list[float | None]:
    """Each cell's number of a table's column (a pandas ``Series``), as ``parse_cell`` reads
    it; None where a cell holds none."""
    return [parse_cell(v, convention).value for v in column.tolist()]


def _without_note_mark(core: str) -> str | None:
    """ "48*", "12 (1)", "7¹": a number with a footnote's mark after it is the number (the raw
    cell keeps the mark); None when nothing is left to read or what is left is a year
    ("2016*": a year with its note, never a count)."""
    from genero_etl.readers.pdftables import strip_footnote

    number = strip_footnote(core)
    if number == core.strip() or not number or _MARKED_YEAR.match(number):
        return None
    return number


_MARKED_YEAR = re.compile(r"^(?:19|20)\d{2}$")
# two years or more joined by commas ("2006,2005", "2023, 2022, 2021"): a list of years, as a
# pivot export's filter block writes the years chosen, never a number with decimals
_LISTED_YEARS = re.compile(r"^(?:19|20)\d{2}(?:\s*,\s*(?:19|20)\d{2})+$")


def observations_table(cells: Candidates, ctx: SourceFile) -> pa.Table:
    """Read, identify, locate and link all candidates of a file at once.

    Consumes the candidates' columns as it converts them (a million-row spreadsheet
    never holds two copies)."""
    import pyarrow as pa

    from genero_etl.model.arrow import conform, conform_arrays, numpy_array, table_schema

    schema = table_schema("observations")
    if not len(cells):
        return conform(pa.table({}), schema)
    if cells.value is None:
        read = _parse_values(cells, ctx)
        if read is None:
            return conform(pa.table({}), schema)
        cells, values, percent, against, value_raw = read
        scaled = _declared_scale(cells, values, percent, ctx)
        if scaled is not None:
            keep, values = scaled
            if not keep.all():
                cells, values = cells.filter(keep), values[keep]
                percent, against, value_raw = (
                    percent.take(keep),
                    against.take(keep),
                    value_raw.take(keep),
                )
    else:
        values = cells.value
        percent = bool_column(cells.percent)
        against = Coded.const(False, len(cells))
        value_raw = cells.text.pop("raw").map(str)  # as written: never re-spaced
    n = len(cells)
    suppressed = bool_column(cells.suppressed)
    t = cells.text
    indicator_id, theme, unit, value_kind, quality_flags = combine_many(
        [
            t.pop("indicator_id"),
            t.pop("value_kind"),
            t.pop("unit"),
            t["country"],
            combine(  # "US$ 12.500" in a Costa Rican table: the cell's own currency
                [t.pop("currency"), value_raw],
                lambda written, raw: str(written) or currency_written(str(raw)),
            ),
            percent,
            against,
            suppressed,
            t.pop("flags"),
        ],
        _attributes(ctx.codebook),
        5,
    )
    del percent, against
    if cells.suppressed.any():
        value_raw = combine([value_raw, suppressed], lambda v, s: "" if s else v)
        values = np.where(cells.suppressed, np.nan, values)
    ids = observation_ids(cells, ctx.sha256)
    locs = cell_locators(cells)
    parent = _link_totals(cells, values, ids, locs, ctx)
    other = _link_cross_totals(cells, values, ids, locs, ctx)
    if (cells.parent >= 0).any():
        parent = np.where(cells.parent >= 0, cells.parent, parent)
    confidence = cells.confidence
    approximate, lower_bound = cells.approximate, cells.lower_bound
    cells.release()  # positions and flags are no longer needed: free them before the table grows
    columns: dict[str, pa.Array | pa.ChunkedArray | Coded] = {}
    # Built column by column, each coded column dropped as soon as it is converted; a few
    # rows' coded columns are converted together at the end (``small_to_arrow``).
    few = n <= SMALL_CODED

    def coded(column: Coded) -> pa.Array | Coded:
        return column if few else column.to_arrow()

    columns["observation_id"] = ids
    columns["indicator_id"] = coded(indicator_id)
    columns["indicator_label"] = coded(t.pop("indicator_label"))
    columns["theme"] = coded(theme)
    columns["value"] = numpy_array(values, mask=np.isnan(values))
    del values
    columns["value_text"] = coded(t.pop("value_text"))
    columns["value_raw"] = coded(value_raw)
    columns["unit"] = coded(unit)
    columns["value_kind"] = coded(value_kind)
    columns["approximate"] = numpy_array(approximate)
    columns["lower_bound"] = numpy_array(lower_bound)
    for name in ("country", "admin1", "municipality", "municipality_code"):
        columns[name] = coded(t.pop(name))
    columns["office"] = coded(Coded.const(ctx.office, n))
    columns["period_start"] = _dates(t.pop("period_start"))
    columns["period_end"] = _dates(t.pop("period_end"))
    for name in ("period_label", "breakdown_dimension", "breakdown_value"):
        columns[name] = coded(t.pop(name))
    linked = parent >= 0
    columns["parent_observation_id"] = (
        ids.take(numpy_array(parent, mask=~linked)) if linked.any() else coded(Coded.const("", n))
    )
    del parent, linked
    crossed = other >= 0
    columns["other_total_observation_id"] = (
        ids.take(numpy_array(other, mask=~crossed)) if crossed.any() else coded(Coded.const("", n))
    )
    del other, crossed
    columns["activity"] = coded(t.pop("activity"))
    columns["source_file"] = coded(Coded.const(ctx.display, n))
    columns["source_sha256"] = coded(Coded.const(ctx.sha256, n))
    columns["source_locator"] = locs
    columns["source_text"] = coded(t.pop("source_text"))
    columns["extraction_method"] = coded(t.pop("method"))
    columns["confidence"] = numpy_array(
        confidence.lookup(np.round(np.array(confidence.values, dtype=np.float64), 2))
    )
    columns["quality_flags"] = coded(quality_flags)
    pending = [name for name, column in columns.items() if isinstance(column, Coded)]
    if pending:
        converted = small_to_arrow([cast(Coded, columns[name]) for name in pending])
        columns.update(zip(pending, converted, strict=True))
    if few:  # a report's few rows: its arrays put in the schema's order and types at once
        arrays = cast(dict[str, pa.Array | pa.ChunkedArray], columns)
        return conform_arrays(arrays, schema, dictionaries=True)
    return conform(pa.table(columns), schema, dictionaries=True)


def _attributes(book: Codebook) -> Any:
    """Indicator, theme, unit, kind and flags of one distinct combination of hints.

    The kind and unit are the candidate's, else its indicator's; a percentage is "%"; an
    amount (unit ``moneda`` or kind ``budget``) takes the ISO 4217 code of its currency
    as written, read with the row's country. Flags: the number's convention, an unknown
    currency, the extractor's own, an indicator the codebook does not know, a hidden
    small count."""
    unclassified = book.unclassified

    def attributes(
        ind: Any, kind: Any, unit: Any, country: Any, written: Any, pct: Any, odd: Any,
        hidden: Any, extra: Any,
    ) -> tuple[str, ...]:  # fmt: skip
        known = book.indicators.get(str(ind))
        indicator = known or unclassified
        indicator_id = str(ind) if known is not None else unclassified.id
        kind = str(kind) or indicator.value_kind
        unit = str(unit) or indicator.unit
        marks = ["number_convention_mismatch"] if odd else []
        if pct:
            unit = "%"
        elif unit == MONEY or kind == "budget":
            unit = currency_code(str(written), str(country))
            if not unit:
                marks.append("currency_unknown")
        marks.extend(f for f in str(extra).split(";") if f)
        if indicator_id == unclassified.id:
            marks.append("unclassified")
        if hidden:
            marks.append(SUPPRESSED_FLAG)
        return indicator_id, indicator.theme, unit, kind or "observed", ";".join(marks)

    return attributes


def _parse_values(
    cells: Candidates, ctx: SourceFile
) -> tuple[Candidates, Floats, Coded, Coded, Coded] | None:
    """Values still as written (tables): parsed once per distinct cell content; cells that
    are not numbers are reported and dropped (None when none is left)."""
    raw = cells.text["raw"]
    parsed = [parse_cell(v, ctx.convention) for v in raw.values]
    status = np.array([p.status for p in parsed], dtype=object)
    _report_cells(cells, ctx, parsed, status)
    read = np.isin(status, ["ok", "against"])
    if not read.all():  # some cell is not a number (when every distinct one is, all are)
        keep = raw.lookup(read)
        if not keep.all():
            cells = cells.filter(keep)
    if not len(cells):
        return None
    raw = cells.text.pop("raw")
    values = raw.lookup(
        np.array([np.nan if p.value is None else p.value for p in parsed], dtype=np.float64)
    )
    return (
        cells,
        values,
        _flag(raw, [p.percent for p in parsed]),
        _flag(raw, status == "against"),
        raw.map(_raw_text),
    )


_SCALE_FACTORS = {"scaled_millions": 1e6, "scaled_thousands": 1e3}


def _declared_scale(
    cells: Candidates, values: Floats, percent: Coded, ctx: SourceFile
) -> tuple[Bools, Floats] | None:
    """Amounts of a table that declares their scale ("en millones de guaraníes", flagged by
    ``tabular.ingest.flag_declared_scale``) at their full value; a share stays as written
    and loses the flag's effect; a scaled cell that is not an amount (its indicator counts
    people or cases: "Casas de acogida" read as residents under "Bs MM") is left out, never
    published as a count a million times too large. None when no cell is flagged."""
    flags = cells.text["flags"]
    factor_of = [
        max((f for name, f in _SCALE_FACTORS.items() if name in str(v).split(";")), default=1.0)
        for v in flags.values
    ]
    if all(f == 1.0 for f in factor_of):
        return None
    factor = flags.lookup(np.array(factor_of, dtype=np.float64))
    shares = percent.lookup(np.array([bool(v) for v in percent.values], dtype=bool))
    factor = np.where(shares, 1.0, factor)
    book = ctx.codebook

    def amount(ind: Any, kind: Any, unit: Any) -> bool:
        known = book.indicators.get(str(ind))
        return (
            str(unit) == MONEY
            or str(kind) == "budget"
            or (known is not None and (known.unit == MONEY or known.value_kind == "budget"))
        )

    t = cells.text
    is_amount = combine([t["indicator_id"], t["value_kind"], t["unit"]], amount)
    money = is_amount.lookup(np.array([bool(v) for v in is_amount.values], dtype=bool))
    keep = (factor == 1.0) | money
    return keep, values * np.where(keep, factor, 1.0)


def _flag(raw: Coded, per_value: Any) -> Coded:
    """A per-value flag as a per-cell column (all false: no look at each cell)."""
    flags = np.asarray(per_value, dtype=bool)
    if not flags.any():
        return Coded.const(False, len(raw))
    return bool_column(raw.lookup(flags))


def _report_cells(
    cells: Candidates, ctx: SourceFile, parsed: list[_Parsed], status: npt.NDArray[Any]
) -> None:
    """Issues for cells that are not numbers (and are dropped) or need a second look."""
    raw = cells.text["raw"]
    raw_text = [_raw_text(v) for v in raw.values]
    bad = raw.lookup(np.isin(status, ["missing", "bad", "formula", "against"]))
    bad_at = np.flatnonzero(bad)
    shown = min(len(bad_at), MAX_CELL_ISSUES)
    for i in bad_at[:shown].tolist():
        code = int(raw.codes[i])
        loc, text, kind = cells.locator_at(i), raw_text[code], parsed[code].status
        if kind == "against":
            ctx.issues.append(issue("number-convention-mismatch", Severity.WARNING, source_file=ctx.display, source_locator=loc,
                                    raw=text, value=_fmt(float(parsed[code].value or 0.0)), convention=str(ctx.convention)))  # fmt: skip
        elif kind == "formula":
            ctx.issues.append(
                issue(
                    "cell-formula-text",
                    Severity.WARNING,
                    source_file=ctx.display,
                    source_locator=loc,
                    raw=text[:60],
                    char=text[:1],
                )
            )
        else:
            ctx.issues.append(issue("cell-not-number", Severity.WARNING, source_file=ctx.display, source_locator=loc,
                                    raw=text[:60], column=cells.text_at("indicator_label", i)[:80]))  # fmt: skip
    if len(bad_at) > shown:
        ctx.issues.append(
            issue(
                "cell-not-number-more",
                Severity.WARNING,
                source_file=ctx.display,
                count=len(bad_at) - shown,
                shown=shown,
            )
        )


def _dates(column: Coded) -> pa.Array:
    """ISO date strings ('' for none) to a date32 array."""
    import datetime as dt

    import pyarrow as pa

    dates = [dt.date.fromisoformat(str(v)) if v else None for v in column.values]
    if len(column) <= _SMALL_TABLE:  # a few cells: one array, built from Python
        from genero_etl.model.arrow import date_array

        return date_array([dates[c] for c in column.codes.tolist()])
    return pa.array(dates, pa.date32()).take(pa.array(column.codes))


def cell_locators(cells: Candidates) -> pa.ChunkedArray:
    """'Hoja1!C7' (or 'C7' for CSV) per cell; a register count's column range as is.

    Built by Arrow kernels a million cells at a time, so the text of twelve million
    locators is the only large allocation.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    if 0 < len(cells) <= _SMALL_TABLE:
        from genero_etl.model.arrow import string_array

        return pa.chunked_array([string_array(_locators_of(cells))])
    columns = _column_numbers(cells.col)
    sheets = cells.text["sheet"]
    if len(set(sheets.values)) == 1:  # one sheet (a CSV): the prefix is the column's
        sheet = str(sheets.values[0])
        prefix = columns.map(
            lambda c: f"{sheet}!{col_letter(int(c))}" if sheet else col_letter(int(c))
        )
    else:
        prefix = combine(
            [sheets, columns],
            lambda s, c: f"{s}!{col_letter(int(c))}" if s else col_letter(int(c)),
        )
    prefixes = prefix.to_arrow(empty_is_null=False)
    override = cells.text["locator_override"]
    grouped = ~override.equals("")
    overrides = override.to_arrow(empty_is_null=False) if grouped.any() else None
    chunks = []
    for start in range(0, len(cells), CHUNK):
        stop = min(start + CHUNK, len(cells))
        numbers = pc.cast(pa.array(cells.row[start:stop] + 1), pa.string())
        located = pc.binary_join_element_wise(prefixes[start:stop].cast(pa.string()), numbers, "")
        if overrides is not None and grouped[start:stop].any():
            ranges = overrides[start:stop].cast(pa.string())
            located = pc.if_else(pa.array(grouped[start:stop]), ranges, located)
        chunks.append(located)
    return pa.chunked_array(chunks, pa.string())


def _column_numbers(col: npt.NDArray[Any]) -> Coded:
    """Sheet columns as a coded column: a sheet's columns are few and small, so each cell's
    column number is its own code (no factorizing of millions of cells)."""
    if len(col) and int(col.min()) >= 0 and int(col.max()) < 1 << 15:
        return Coded(col, list(range(int(col.max()) + 1)))
    codes, values = factorize_ints(np.asarray(col, dtype=np.int64))
    return Coded(np.asarray(codes), [int(c) for c in values])


# Up to this many cells, per-cell work is done with Python lists (Arrow's and numpy's
# per-call overhead is larger than the work for the few rows of a text report).
_SMALL_TABLE = 1024


def _locators_of(cells: Candidates) -> list[str]:
    """:func:`cell_locators`' texts, cell by cell."""
    sheets = cells.text["sheet"].materialize().tolist()
    overrides = cells.text["locator_override"].materialize().tolist()
    located = []
    for sheet, col, row, override in zip(
        sheets, cells.col.tolist(), cells.row.tolist(), overrides, strict=True
    ):
        if override != "":  # a register count's column range, as it is
            located.append("" if override is None else str(override))
            continue
        letter = col_letter(int(col))
        located.append(f"{sheet}!{letter}{row + 1}" if sheet else f"{letter}{row + 1}")
    return located


def _raw_text(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return cell_text(v)


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _link_totals(
    cells: Candidates, values: Floats, ids: pa.Array, locs: pa.ChunkedArray, ctx: SourceFile
) -> Ints:
    """Per cell, the position of its total (-1 if none); sums that disagree are reported.

    Totals stay in the table with breakdown ``_T``; a reader who sums observations must
    filter one breakdown level, exactly as with SDMX data. Vectorised: a few bincounts.
    """
    n = len(cells)
    if not cells.is_total.any():
        return np.broadcast_to(np.int64(-1), (n,))  # no total: no memory for "none"
    parent = np.full(n, -1, dtype=np.int64)
    keys = cells.text["group_key"].map(str)  # equal keys from different tables are one group
    grouped = ~keys.equals("")
    total_mask = grouped & cells.is_total
    if not total_mask.any():
        return parent
    codes = keys.codes.astype(np.int64)
    size = len(keys.values)
    single = np.bincount(codes[total_mask], minlength=size) == 1
    total_at = np.full(size, -1, dtype=np.int64)
    at = np.flatnonzero(total_mask & single[codes])
    total_at[codes[at]] = at
    parts_mask = grouped & ~cells.is_total & single[codes]
    link = parts_mask & cells.link_parent
    parent[link] = total_at[codes[link]]
    _check_sums(cells, values, ids, locs, ctx, (codes, keys.values), parts_mask, total_at, single)
    return parent


def _check_sums(
    cells: Candidates,
    values: Floats,
    ids: pa.Array,
    locs: pa.ChunkedArray,
    ctx: SourceFile,
    grouping: tuple[Ints, list[Any]],
    parts_mask: Bools,
    total_at: Ints,
    single: Bools,
) -> None:
    """A ``parts-mismatch`` warning for each group whose parts do not add up to its total."""
    codes, names = grouping
    size = len(names)
    # Register counts (ranges as locators) are not checked: one case may count under
    # several types, parts may exceed the total. Nor are groups with a hidden small count.
    checked = parts_mask & cells.text["locator_override"].equals("")
    hidden = np.bincount(codes[cells.suppressed], minlength=size) > 0
    checked &= ~hidden[codes]
    members = np.bincount(codes[checked], minlength=size)
    sums = np.bincount(codes[checked], weights=values[checked], minlength=size)
    mismatched = []
    for g in np.flatnonzero((members > 0) & single).tolist():
        total = float(values[total_at[g]])
        if abs(float(sums[g]) - total) > 1e-6 * max(1.0, abs(total)):
            mismatched.append(g)
    mismatched.sort(key=lambda g: str(names[g]))
    for g in mismatched[:MAX_CELL_ISSUES]:
        t = int(total_at[g])
        positions = np.flatnonzero(checked & (codes == g)).tolist()
        ctx.issues.append(issue(
            "parts-mismatch", Severity.WARNING, source_file=ctx.display, source_locator=str(locs[t].as_py()),
            observation_ids=(str(ids[t].as_py()),),
            parts=", ".join(f"{locs[i].as_py()}={_fmt(float(values[i]))}" for i in positions)[:300],
            sum_parts=_fmt(float(sums[g])), total=_fmt(float(values[t])),
        ))  # fmt: skip


def _link_cross_totals(
    cells: Candidates, values: Floats, ids: pa.Array, locs: pa.ChunkedArray, ctx: SourceFile
) -> Ints:
    """Per cell of a crosstab with a total row and a total column, the position of its other
    total (-1 if none): ``parent_observation_id`` links a part to one of its two totals,
    ``other_total_observation_id`` to the other. The parts of each such group are checked
    against its total like those of the first, so a wrong total in either direction is
    reported. Keys are ``cross_key`` values; the group's total carries the key with ``*``."""
    n = len(cells)
    keys = cells.text["cross_key"].map(str)
    if not any(k.endswith("*") for k in keys.values):
        return np.broadcast_to(np.int64(-1), (n,))
    names = [str(k).rstrip("*") for k in keys.values]
    merged = sorted(set(names))
    index = {name: i for i, name in enumerate(merged)}
    to_group = np.array([index[name] for name in names], dtype=np.int64)
    codes = to_group[keys.codes.astype(np.int64)]
    is_cross_total = np.array([str(k).endswith("*") for k in keys.values], dtype=bool)[
        keys.codes.astype(np.int64)
    ]
    grouped = codes != index.get("", -1)
    total_mask = grouped & is_cross_total
    size = len(merged)
    single = np.bincount(codes[total_mask], minlength=size) == 1
    total_at = np.full(size, -1, dtype=np.int64)
    at = np.flatnonzero(total_mask & single[codes])
    total_at[codes[at]] = at
    parts_mask = grouped & ~is_cross_total & single[codes]
    other = np.full(n, -1, dtype=np.int64)
    other[parts_mask] = total_at[codes[parts_mask]]
    _check_sums(cells, values, ids, locs, ctx, (codes, merged), parts_mask, total_at, single)
    return other


def observations_from_table(table: pa.Table) -> list[Observation]:
    """Observation objects from the observations table (for code that reads rows)."""
    from genero_etl.model import Observation
    from genero_etl.model.arrow import conform, table_rows, table_schema

    out = []
    for row in table_rows(conform(table, table_schema("observations"))):
        row["value"] = None if row["value"] == "" else float(str(row["value"]))
        row["confidence"] = float(str(row["confidence"]))
        row["approximate"] = row["approximate"] is True
        row["lower_bound"] = row["lower_bound"] is True
        row["quality_flags"] = [f for f in str(row["quality_flags"]).split(";") if f]
        out.append(Observation.from_dict(row))
    return out


def add_flags(table: pa.Table, added: list[list[str]]) -> pa.Table:
    """``table`` with ``added[i]`` appended to row i's quality flags (each flag once)."""
    import pyarrow as pa

    if not any(added):
        return table
    position = table.schema.get_field_index("quality_flags")
    flags = []
    for old, extra in zip(table.column(position).to_pylist(), added, strict=True):
        marks = old.split(";") if old else []
        marks.extend(f for f in extra if f not in marks)
        flags.append(";".join(marks) or None)
    return table.set_column(position, "quality_flags", pa.array(flags, pa.string()))
