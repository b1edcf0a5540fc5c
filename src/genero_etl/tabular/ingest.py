"""Spreadsheet cells to candidates: template or inferred layout; then the one normalisation.

Every mapping (template or inference) produces
:class:`~genero_etl.normalize.candidates.Candidates`: one entry per value cell with its
sheet position, raw content and the attributes its row and column give it (indicator,
period, place, breakdown, a group and whether it is the group's total). The cells of the
whole file then go through ``normalize.table.observations_table``, which parses,
identifies (``normalize.ids``), locates and links them at once and returns the Arrow
observations table.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from genero_etl import __version__
from genero_etl.extract.numbers import Convention
from genero_etl.extract.textutil import fold
from genero_etl.messages import issue
from genero_etl.model import Issue, Period, Place, Severity, SourceRecord
from genero_etl.model.coded import Coded, combine, combine_many, index_dtype
from genero_etl.model.coded import flags as bool_column
from genero_etl.normalize.candidates import Bools, Candidates
from genero_etl.normalize.codebook import Codebook
from genero_etl.normalize.document import DocumentFacts, document_facts
from genero_etl.normalize.places import (
    Admin1,
    gazetteer,
    lookup_admin1,
    names_own_municipality,
    place_from_code,
)
from genero_etl.normalize.table import (
    FORMULA_START,
    MISSING_MARKERS,
    SourceFile,
    observations_table,
)
from genero_etl.normalize.table import column_numbers as column_numbers  # read by tabular.semantic
from genero_etl.normalize.table import parse_cell as parse_cell  # read by tabular.semantic
from genero_etl.readers.grid import Grid, col_letter, locator
from genero_etl.stage import StagedFile
from genero_etl.tabular import layout
from genero_etl.tabular.geo import reduce_code, vote_country
from genero_etl.tabular.templates import Template, find_column, score

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from genero_etl.pipeline import IngestOptions
    from genero_etl.tabular.lexicon import RoleLexicon

Cells = Candidates  # the name tabular.semantic uses


def _sexes(lex: RoleLexicon | None = None) -> dict[str, str]:
    """The sexes as tables write them (folded) -> as published: the role lexicon's
    ``sex_words`` ("Femenino": mujeres, "Hombre": varones)."""
    return (lex or _lexicon()).sex_words


@dataclass(slots=True)
class FileContext:
    display: str
    sha256: str
    facts: DocumentFacts
    codebook: Codebook
    convention: Convention
    issues: list[Issue] = field(default_factory=list)
    row_places: bool = False  # some sheet gave each row its own place (codes or names in a column)
    suppressed: int = 0  # register counts published as "<min_count>"
    min_count: int = 0
    country_decided: str | None = None  # from evidence, once per file ("" = none found)
    country_evidence: str = ""
    reads: list[Any] = field(default_factory=list)  # semantic.TableRead of each table read
    declared_place: bool = False  # the user named the file's admin1 or municipality
    declared_municipality: bool = False  # ... and the municipality, not only its region
    # the municipality whose own government heads the file ("Municipio de Mérida"): the place
    # of a table whose rows name none
    own_place: Place | None = None
    declared_period: bool = False  # the user named the file's period: no sheet's title wins
    mapping: Any = None  # mapping.Mapping beside the file, if any
    roles: RoleLexicon | None = None  # the workspace's column-role words


@dataclass(slots=True)
class TabularResult:
    """What a spreadsheet yields before staging: the observations as an Arrow table."""

    table: pa.Table
    issues: list[Issue]
    source: SourceRecord
    reads: list[Any] = field(default_factory=list)  # how each inferred table was read

    @property
    def frame(self) -> pa.Table:  # the name the benchmark and older callers use
        return self.table


def ingest_table(
    path: Path, display: str, options: IngestOptions, codebook: Codebook
) -> StagedFile:
    """Pipeline entry point (``reader.kind == "table"``): observations staged columnar;
    a CSV above ``blocks.BLOCK_LINES`` lines a block of rows at a time where it can be."""
    from genero_etl.tabular import blocks

    if blocks.BLOCK_LINES is not None:
        staged = blocks.ingest_blocks(path, display, options, codebook)
        if staged is not None:
            return staged
    result = ingest_frame(path, display, options, codebook)
    return StagedFile(source=result.source, issues=result.issues, frame=result.table)


def ingest_frame(
    path: Path, display: str, options: IngestOptions, codebook: Codebook
) -> TabularResult:
    from genero_etl.readers.spreadsheet import load_spreadsheet

    loaded = load_spreadsheet(path, display, options.read)
    book = loaded.book
    knowledge = options.knowledge  # templates and column-role words: shipped + workspace
    templates = knowledge.templates
    forced = knowledge.template(options.template) if options.template else None
    issues: list[Issue] = []
    if loaded.disguised:
        issues.append(
            issue(
                "sheet-disguised",
                Severity.INFO,
                source_file=display,
                suffix=loaded.suffix,
                actual=loaded.disguised.upper(),
            )
        )
    if book.dialect is not None:
        d = book.dialect
        issues.append(issue("csv-dialect", Severity.INFO, source_file=display, encoding=d.encoding,
                            delimiter="\\t" if d.delimiter == "\t" else d.delimiter, decimal=d.decimal))  # fmt: skip
    head = _head_lines(book.grids)
    facts = document_facts(head, options.overrides, display)
    _period_from_file_name(facts, display)
    convention = facts.convention
    if (
        book.dialect is not None
        and book.dialect.decimal == ","
        and not options.overrides.number_convention
    ):
        convention = Convention.DECIMAL_COMMA
    ctx = file_context(display, loaded.sha256, facts, codebook, convention, issues, options)
    if names_own_municipality("\n".join(head), facts.place):
        ctx.own_place = facts.place
    ctx.mapping = _mapping_for(path, display, book.grids)
    if ctx.mapping is not None and ctx.mapping.country:
        ctx.country_decided = ctx.mapping.country
    parts = _book_cells(book.grids, templates, forced, ctx, knowledge.roles)
    book.grids.clear()  # the cells hold what is needed; let the sheets go
    cells = Candidates.concat(parts)
    parts.clear()
    _flag_damaged_text(cells, ctx)
    _flag_preliminary(cells, knowledge.roles or _lexicon())
    _sexes_as_published(cells, knowledge.roles or _lexicon())
    labels = cells.text["indicator_label"]
    cells.text["indicator_label"] = labels.map(lambda s: str(s)[:200])
    of_file = SourceFile(display, ctx.sha256, facts.office, codebook, convention, ctx.issues)
    table = observations_table(cells, of_file)  # consumes the cells' columns as it converts them
    del cells
    if table.num_rows == 0:
        issues.append(issue("no-values", Severity.INFO, source_file=display))
    if ctx.suppressed:
        issues.append(
            issue(
                "counts-suppressed",
                Severity.INFO,
                source_file=display,
                count=ctx.suppressed,
                min_count=ctx.min_count,
            )
        )
    if ctx.reads:
        _country_issues(ctx)
    place = file_place(table, facts.place) if ctx.row_places else facts.place
    source = SourceRecord(
        source_file=display, source_sha256=loaded.sha256, bytes=loaded.bytes, format=loaded.format,
        encoding=book.encoding or "binary", place=place, period=file_period(table, facts.period),
        office=facts.office,
        observations=table.num_rows, reader="spreadsheet", ingested_with=__version__,
    )  # fmt: skip
    file_issues = facts.issues
    if ctx.row_places:
        # Each row carries its own place (SESNSP, Línea 144): the file has no single municipality.
        file_issues = [
            i for i in file_issues if i.code not in {"place-not-inferred", "place-ambiguous"}
        ]
    if ctx.reads:  # tables say their own places; the header guess is not the file's place
        file_issues = [
            i for i in file_issues if i.code not in {"place-not-inferred", "place-ambiguous"}
        ]
    return TabularResult(table, [*file_issues, *ctx.issues], source, ctx.reads)


PRELIMINARY = "preliminary"  # quality flag: a period whose note says its figures are preliminary


def _flag_preliminary(cells: Candidates, lex: RoleLexicon) -> None:
    """Values of a period whose footnote says its figures are preliminary ("2022/1" over
    "1/ Cifras Preliminares, primer semestre": the note is in the period's label): each
    keeps its period and is flagged ``preliminary`` (the lexicon's ``preliminary``)."""
    from genero_etl.tabular.lexicon import any_match

    column = cells.text["period_label"]
    said = np.array(
        [any_match(lex.preliminary, layout.fold_label(str(v))) for v in column.values], dtype=bool
    )
    if not said.any():
        return
    cells.text["flags"] = combine(
        [cells.text["flags"], bool_column(column.lookup(said))],
        lambda flags, hit: ";".join(f for f in (str(flags), PRELIMINARY if hit else "") if f),
    )


def _sexes_as_published(cells: Candidates, lex: RoleLexicon) -> None:
    """A sex breakdown's value written as a sex's word ("Mujer", "Hombre", "FEMENINO",
    "Masculino": roles.yaml ``sex_words``) is published as that sex ("mujeres", "varones"),
    whichever reading found it, so that one breakdown has one vocabulary in every file. Only
    the parts of a breakdown whose dimension is a sex ("sexo" in "sexo+etnia") change; a
    letter ("F", "M": ``sex_codes`` reads a column's letters together) and a word that is a
    sex only beside another (``sex_beside``: "Otros") stay as written."""
    words = {
        written: sex
        for written, sex in lex.sex_words.items()
        if len(written) > 1 and sex not in lex.sex_beside
    }
    if not words:
        return
    dims, values = cells.text["breakdown_dimension"], cells.text["breakdown_value"]
    if not any(str(d).split("+")[0].startswith("sexo") or "+sexo" in str(d) for d in dims.values):
        return

    def published(dim: Any, value: Any) -> str:
        names, parts = str(dim).split("+"), str(value).split(" | ")
        if len(names) != len(parts):
            return str(value)
        return " | ".join(
            words.get(fold(part), part) if name.startswith("sexo") else part
            for name, part in zip(names, parts, strict=True)
        )

    cells.text["breakdown_value"] = combine([dims, values], published)


DAMAGED_TEXT = "damaged_text"  # quality flag: a place or breakdown written with U+FFFD


def _flag_damaged_text(
    cells: Candidates, ctx: FileContext, found: dict[str, Any] | None = None
) -> None:
    """A place or a breakdown the file writes with U+FFFD, the mark of a letter its maker's
    encoding lost ("CA\ufffdARIS", "FERRE\ufffdAFE"): published as written, the letter never
    guessed, each value flagged ``damaged_text`` and the file's warning naming a few.
    ``found``: the warning not made, its count and examples added there (a big CSV's
    blocks, ``tabular/blocks.py``, say it once for the file)."""
    hit = np.zeros(len(cells), dtype=bool)
    examples: set[str] = set()
    for name in ("admin1", "municipality", "breakdown_value"):
        column = cells.text[name]
        bad = np.array(["\ufffd" in str(v) for v in column.values], dtype=bool)
        if bad.any():
            hit |= column.lookup(bad)
            examples.update(str(v) for v, b in zip(column.values, bad, strict=True) if b)
    if not hit.any():
        return
    cells.text["flags"] = combine(
        [cells.text["flags"], bool_column(hit)],
        lambda flags, damaged: ";".join(
            f for f in (str(flags), DAMAGED_TEXT if damaged else "") if f
        ),
    )
    if found is not None:
        found["count"] = found.get("count", 0) + int(hit.sum())
        found.setdefault("examples", set()).update(examples)
        return
    ctx.issues.append(issue("table-text-damaged", Severity.WARNING, source_file=ctx.display,
                            count=int(hit.sum()), examples=", ".join(sorted(examples)[:5])))  # fmt: skip


def _head_lines(grids: list[Grid]) -> list[str]:
    """The first twelve rows of each visible sheet as text lines, and the sheets' names
    (what the document's facts are read from). No slice of a sheet outlives the call: a
    slice of a big CSV would keep its whole columns alive."""
    lines: list[str] = []
    for grid in grids:
        if not grid.hidden and not grid.frame.empty:
            lines.extend(
                "\t".join(layout.cell_text(v) for v in _worded(row))
                for row in grid.frame.head(12).itertuples(index=False)
            )
            if grid.name:
                lines.append(grid.name)
    return lines


_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)*")


def _worded(row: tuple[Any, ...]) -> list[Any]:
    """A row's filled cells as a title line: a data row's numbers after its label (a state's
    1,919 police beside 0.51 per thousand and 662 women) are counts, not years, and are left
    out; a row whose only numbers are years ("Región | 2008 | 2009") keeps them, and so does
    a row that starts with its year ("2017 | 1 | Aguascalientes | 0 | 4")."""
    cells = [v for v in row if not layout.is_blank(v)]
    numeric = [bool(_NUMBER.fullmatch(layout.cell_text(v).strip())) for v in cells]
    numbers = [v for v, n in zip(cells, numeric, strict=True) if n]
    if len(numbers) < 2 or all(layout.is_year(v) for v in numbers):
        return cells
    worded = next((i for i, n in enumerate(numeric) if not n), len(cells))
    return [v for i, v in enumerate(cells) if not numeric[i] or (i < worded and layout.is_year(v))]


def _book_cells(
    grids: list[Grid],
    templates: dict[str, Template],
    forced: Template | None,
    ctx: FileContext,
    roles: RoleLexicon,
) -> list[Candidates]:
    """The candidates of every visible sheet (pivot tables last); hidden sheets and
    formulas saved without a value are reported."""
    from genero_etl.tabular import semantic

    parts: list[Candidates] = []
    shown = [g for g in grids if not g.hidden and not g.frame.empty]
    copies = semantic.copied_sheets(shown)
    lists = semantic.value_list_sheets(shown)
    fields = semantic.field_list_sheets(shown)
    repeated = semantic.repeated_row_sheets([g for g in shown if g.name not in fields])
    for grid in _pivots_last(grids, roles):
        if grid.hidden:
            ctx.issues.append(
                issue("sheet-hidden", Severity.INFO, source_file=ctx.display, sheet=grid.name)
            )
            continue
        if grid.frame.empty:
            continue
        if grid.name in copies:  # a chart's data: the values are read once, from the other
            ctx.issues.append(issue("sheet-copy-skipped", Severity.INFO, source_file=ctx.display,
                                    sheet=grid.name, other=copies[grid.name]))  # fmt: skip
            continue
        if grid.name in lists:  # the values another sheet's columns may take: no data
            ctx.issues.append(issue("sheet-value-list-skipped", Severity.INFO,
                                    source_file=ctx.display, sheet=grid.name,
                                    other=lists[grid.name]))  # fmt: skip
            continue
        if grid.name in fields:  # each year's field names: a definitions sheet, no data
            ctx.issues.append(issue("sheet-field-list-skipped", Severity.INFO,
                                    source_file=ctx.display, sheet=grid.name,
                                    other=fields[grid.name]))  # fmt: skip
            continue
        if grid.name in repeated:  # its rows are the other's: each case is read once, there
            ctx.issues.append(issue("sheet-rows-repeated-skipped", Severity.INFO,
                                    source_file=ctx.display, sheet=grid.name,
                                    other=repeated[grid.name]))  # fmt: skip
            continue
        for ref in grid.uncached_formulas:
            ctx.issues.append(
                issue(
                    "formula-no-value",
                    Severity.WARNING,
                    source_file=ctx.display,
                    source_locator=f"{grid.name}!{ref}",
                )
            )
        layout.fill_merged(grid)
        parts.extend(_sheet_cells(grid, templates, forced, ctx))
    _sheets_told_apart(parts, ctx)
    return parts


_KEY_COLUMNS = (
    "indicator_id", "indicator_label", "period_start", "period_end", "breakdown_dimension",
    "breakdown_value", "admin1", "municipality", "municipality_code", "unit",
)  # fmt: skip
_REGISTER = "table.register"
_APART_AT_MOST = 200_000  # cells: a register's rows are one sheet's, never told apart here


def _sheets_told_apart(parts: list[Candidates], ctx: FileContext) -> None:
    """Sheets of one workbook whose values say the same things with other numbers (the
    same indicator, period, place and breakdown: "municipios_soli" and "municipios_asig",
    homes requested and homes assigned, each by municipality and year) are told apart by
    their names: each sheet's name becomes a breakdown (``hoja``) of its values, after their
    place. Without it two values would say one thing twice, differently. Sheets whose
    values agree, or share few of their keys, are left as they are."""
    if len(parts) < 2 or sum(len(p) for p in parts) > _APART_AT_MOST:
        return
    keys: dict[str, dict[tuple[Any, ...], str]] = {}
    read = [(part.text["sheet"].materialize(), part.text["method"].materialize()) for part in parts]
    for part, (sheets, methods) in zip(parts, read, strict=True):
        columns = [part.text[c].materialize() for c in _KEY_COLUMNS]
        raw = part.text["raw"].materialize()
        for i in range(len(part)):
            if methods[i] == _REGISTER:
                continue  # a register's counts: its sheets are lists of cases, not figures
            own = keys.setdefault(str(sheets[i]), {})
            own[tuple(str(c[i]) for c in columns)] = str(raw[i])
    if len(keys) < 2:
        return
    apart: set[str] = set()
    names = list(keys)
    for a, first in enumerate(names):
        for second in names[a + 1 :]:
            x, y = keys[first], keys[second]
            shared = x.keys() & y.keys()
            if len(shared) * 2 >= min(len(x), len(y)) and any(x[k] != y[k] for k in shared):
                apart |= {first, second}
    for part, (sheets, methods) in zip(parts, read, strict=True):
        if not any(str(s) in apart for s in sheets):
            continue
        dims = part.text["breakdown_dimension"].materialize()
        values = part.text["breakdown_value"].materialize()
        told = [
            _with_sheet(str(d), str(v), str(s))
            if str(s) in apart and m != _REGISTER
            else (str(d), str(v))
            for d, v, s, m in zip(dims, values, sheets, methods, strict=True)
        ]
        part.text["breakdown_dimension"] = Coded.of([d for d, _ in told])
        part.text["breakdown_value"] = Coded.of([v for _, v in told])
    for sheet in sorted(apart):
        others = ", ".join(sorted(apart - {sheet}))
        ctx.issues.append(issue("sheets-told-apart", Severity.INFO, source_file=ctx.display,
                                sheet=sheet, others=others))  # fmt: skip


def _with_sheet(dimension: str, value: str, sheet: str) -> tuple[str, str]:
    """A value's breakdown with its sheet's name after its place ("lugar"), before the rest."""
    if dimension == "_T":
        return "hoja", sheet
    dims, values = dimension.split("+"), value.split(" | ")
    at = 1 if dims[0] == "lugar" else 0
    dims.insert(at, "hoja")
    values.insert(at, sheet)
    return "+".join(dims), " | ".join(values)


_NAME_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _period_from_file_name(facts: DocumentFacts, display: str) -> None:
    """A table that names no period anywhere takes the one year (or span) of its file name
    ("homicidios_31_diciembre_2016.xlsx"), said as an info rather than a warning."""
    if facts.period.start:
        return
    years = sorted({int(y) for y in _NAME_YEAR.findall(Path(display).stem)})
    if not years or len(years) > 2:
        return
    facts.period = Period(
        f"{years[0]:04d}-01-01", f"{years[-1]:04d}-12-31", "-".join(map(str, years))
    )
    facts.year = years[0] if len(years) == 1 else None
    facts.issues = [i for i in facts.issues if i.code != "period-not-inferred"]
    facts.issues.append(
        issue(
            "period-from-file-name", Severity.INFO, source_file=display, period=facts.period.label
        )
    )


def file_context(
    display: str,
    sha256: str,
    facts: DocumentFacts,
    codebook: Codebook,
    convention: Convention,
    issues: list[Issue],
    options: IngestOptions,
) -> FileContext:
    """What every table of a file is read with: its facts, the workspace's column roles and
    what the user declared (a country or place given wins over any evidence)."""
    ctx = FileContext(display, sha256, facts, codebook, convention, issues)
    ctx.roles = options.knowledge.roles
    o = options.overrides
    declared = o.country.upper() or o.admin1.upper()[:2]
    if re.fullmatch(r"[A-Z]{2}", declared):
        ctx.country_decided = declared
    ctx.declared_place = bool(o.admin1 or o.municipality or o.municipality_code)
    ctx.declared_municipality = bool(o.municipality or o.municipality_code)
    ctx.declared_period = bool(o.period)
    return ctx


def _mapping_for(path: Path, display: str, grids: list[Grid]) -> Any:
    """The user's ``<file>.map.yaml`` beside the input, checked against the file's sheets."""
    from genero_etl.tabular.mapping import load_mapping, map_path

    found = map_path(path)
    if not found.is_file():
        return None
    mapping = load_mapping(found)
    mapping.check_sheets(display, [g.name for g in grids if not g.hidden])
    return mapping


def _country_issues(ctx: FileContext) -> None:
    if ctx.country_decided:
        if ctx.country_evidence:
            ctx.issues.append(issue("table-country-inferred", Severity.INFO, source_file=ctx.display,
                                    country=ctx.country_decided, evidence=ctx.country_evidence))  # fmt: skip
        return
    if ctx.country_decided is None or not ctx.country_decided:
        ctx.issues.append(issue("table-country-unknown", Severity.WARNING, source_file=ctx.display))


def file_place(table: pa.Table, header_place: Place) -> Place:
    """The place common to every row of a file whose rows carry their own places.

    A SESNSP or Línea 144 file covers many municipalities or provinces; what the header
    seems to name is a guess, so the file's place keeps only what all rows share.
    """

    def common(name: str) -> str:
        values = table.column(name).unique().to_pylist()
        return str(values[0]) if len(values) == 1 and values[0] else ""

    if table.num_rows == 0:
        return Place(country=header_place.country, method=header_place.method)
    return place_shared(common)


def place_shared(common: Callable[[str], str]) -> Place:
    """The place of what ``common`` says every row shares, field by field ("" where the rows
    differ), each level only under the one above it."""
    country = common("country")
    admin1 = common("admin1") if country else ""
    code = common("municipality_code") if admin1 else ""
    municipality = common("municipality") if code else ""
    admin = gazetteer().admin1_by_iso(admin1) if admin1 else None
    return Place(
        country,
        admin1,
        admin.name if admin else "",
        municipality,
        code,
        "inferred" if country else "",
    )


def file_period(table: pa.Table, header_period: Period) -> Period:
    """The file's period: the one its header names, unless its rows reach outside it.

    A long table of 2005-2021 whose first lines mention 2005 covers 2005-2021; the file's
    period then spans its rows' periods, so it never claims less than the file holds.
    """
    return period_spanning(row_period_ends(table), header_period)


def row_period_ends(table: pa.Table) -> tuple[str, str] | None:
    """The first period start and the last period end of a table's rows (None: none)."""
    if table.num_rows == 0:
        return None
    starts = [s for s in table.column("period_start").unique().to_pylist() if s]
    ends = [e for e in table.column("period_end").unique().to_pylist() if e]
    return (str(min(starts)), str(max(ends))) if starts and ends else None


def period_spanning(ends: tuple[str, str] | None, header_period: Period) -> Period:
    """:func:`file_period` from the rows' first start and last end."""
    if ends is None:
        return header_period
    start, end = ends
    if header_period.known and header_period.start <= start and end <= header_period.end:
        return header_period
    return Period(start, end, f"{start[:4]}-{end[:4]}" if start[:4] != end[:4] else start[:4])


# --- sheets ---------------------------------------------------------------------------


def match_template(
    grid: Grid, templates: dict[str, Template], forced: Template | None
) -> tuple[Template, list[int], float] | None:
    """The best template for this sheet and its header rows, by header labels alone."""
    candidates = layout.header_candidates(grid.frame)
    pool = [forced] if forced is not None else list(templates.values())
    best: tuple[Template, list[int], float] | None = None
    for last, rows in candidates:
        for size in range(1, len(rows) + 1):
            header = rows[-size:]
            _, parts = layout.compose_header(grid.frame, header)
            labels = [layout.fold_label(" ".join(p)) for p in parts.values()]
            for template in pool:
                if template.sheet is not None and not template.sheet.search(grid.name or ""):
                    continue
                s = score(template, labels)
                if best is None or s > best[2]:
                    best = (template, header, s)
        del last
    if best is None:
        return None
    if forced is None and best[2] < 1.0:
        return None
    return best


def _sheet_cells(
    grid: Grid, templates: dict[str, Template], forced: Template | None, ctx: FileContext
) -> list[Candidates]:
    """The cells of one sheet; a sheet named by a period ('2022'), or whose own title names
    one ("Año 2022" in a workbook whose first sheet says "Año 2018"), is read with it."""
    own = layout.sheet_period(grid.name)
    if own is None and not ctx.declared_period:
        own = _title_period(grid, ctx.facts.period)
    if own is None:
        return _sheet_cells_of(grid, templates, forced, ctx)
    from dataclasses import replace

    saved = ctx.facts
    ctx.facts = replace(saved, period=own)
    try:
        return _sheet_cells_of(grid, templates, forced, ctx)
    finally:
        ctx.facts = saved


def _title_period(grid: Grid, document: Period) -> Period | None:
    """The period a sheet's own first lines name, where it is not the document's: the
    document's is read from every sheet's first lines, and the first sheet's year wins
    there."""
    from genero_etl.normalize.document import infer_period

    own = infer_period(_head_lines([grid]))
    if own is None or (own.start, own.end) == (document.start, document.end):
        return None
    return own


def _sheet_cells_of(
    grid: Grid, templates: dict[str, Template], forced: Template | None, ctx: FileContext
) -> list[Candidates]:
    matched = match_template(grid, templates, forced)
    sheet_label = grid.name or ctx.display
    if matched is not None:
        template, header, s = matched
        if s < 1.0:
            folded = [
                layout.fold_label(" ".join(p))
                for p in layout.compose_header(grid.frame, header)[1].values()
            ]
            missing = [p.pattern for p in template.required if not any(p.search(x) for x in folded)]
            ctx.issues.append(
                issue(
                    "template-forced-mismatch",
                    Severity.WARNING,
                    source_file=ctx.display,
                    template=template.name,
                    sheet=sheet_label,
                    missing=", ".join(missing),
                )
            )
        table = layout.table_from_header(grid, header)
        ctx.issues.append(
            issue(
                "template-used",
                Severity.INFO,
                source_file=ctx.display,
                source_locator=locator(grid.name, header[-1], 0),
                template=template.name,
                title=template.title,
                sheet=sheet_label,
                row=header[-1] + 1,
            )
        )
        _notes(table, ctx)
        return [apply_template(grid, table, template, ctx)]
    from genero_etl.tabular import semantic

    lex = ctx.roles or _lexicon()
    caption = semantic.is_analysis_sheet(grid, lex)
    pivot = semantic.pivot_caption(grid, lex)
    if caption or (pivot and any(r.sheet != grid.name and r.records for r in ctx.reads)):
        # statistics, or a pivot of a sheet of this workbook already read: never data twice
        ctx.issues.append(issue("sheet-analysis-skipped", Severity.INFO, source_file=ctx.display,
                                sheet=sheet_label, caption=caption or pivot))  # fmt: skip
        return []
    contents = semantic.contents_caption(grid, lex)
    if contents:  # the tables' numbers and titles: nothing in it is a count
        ctx.issues.append(issue("sheet-contents-skipped", Severity.INFO, source_file=ctx.display,
                                sheet=sheet_label, caption=contents))  # fmt: skip
        return []
    mapped = ctx.mapping is not None and ctx.mapping.columns_for(grid.name) is not None
    numbered = None if mapped else layout.numbered_columns(grid)
    weeks_row: int | None = None
    if numbered is not None and semantic.numbered_weeks(grid, ctx.display, lex):
        numbered = None  # weeks, by the sheet's or the file's name: each of its row's year
        weeks_row = layout.numbered_header(grid)
    if numbered is not None:  # "18 | 17 | ... | 1": weeks? days? states by their code?
        ctx.issues.append(issue("sheet-numbered-columns", Severity.WARNING, source_file=ctx.display,
                                sheet=sheet_label, first=numbered[0], last=numbered[1]))  # fmt: skip
        return []
    grid = _without_value_lists(grid, ctx, sheet_label)
    values = frozenset().union(*lex.category_values.values())
    tables = layout.find_tables(grid, values, weeks_row) or semantic.fallback_tables(grid)
    frames = []
    if tables and templates:
        ctx.issues.append(
            issue(
                "template-no-match",
                Severity.INFO,
                source_file=ctx.display,
                sheet=sheet_label,
                known=", ".join(sorted(templates)),
            )
        )
    overrides = ctx.mapping.columns_for(grid.name) if ctx.mapping is not None else None
    headings = _block_headings(tables)
    for table in tables:
        _notes(table, ctx)
        if overrides is not None:
            ctx.mapping.check_columns(grid.name, table.labels, ctx.display)
        if layout.band_repeats(grid, table):  # a side table copying the sheet's figures
            first, last = table.columns or (0, 0)
            ctx.issues.append(issue("table-band-repeats", Severity.WARNING, source_file=ctx.display,
                                    sheet=sheet_label, columns=f"{col_letter(first)}:{col_letter(last)}"))  # fmt: skip
            continue
        own = layout.band_grid(grid, table)  # a band of the sheet's columns: the band alone
        read = semantic.read_table(own, table, ctx, lex, overrides)
        if read is not None:
            _report_read(read, ctx, sheet_label)
            if read.records:
                frames.append(
                    flag_declared_scale(Candidates.from_records(read.records), table, lex)
                )
            continue
        cells = infer_cells(own, table, ctx, headings.get(id(table), ""))
        if cells is not None:
            semantic.check_cells_collapse(ctx, sheet_label, cells)
            frames.append(flag_declared_scale(cells, table, lex))
    if not frames:
        ctx.issues.append(
            issue("sheet-no-table", Severity.WARNING, source_file=ctx.display, sheet=sheet_label)
        )
    return frames


def _without_value_lists(grid: Grid, ctx: FileContext, sheet_label: str) -> Grid:
    """The sheet without the lists its register's drop-down cells choose from, kept in a band
    of columns beside it (``semantic.value_list_bands``): their cells blank, so they are
    neither the register's columns nor its header, and every other cell where it was."""
    from genero_etl.tabular import semantic

    bands = semantic.value_list_bands(grid)
    if not bands:
        return grid
    frame = grid.frame.copy()
    listed = [c for c in frame.columns if any(a <= int(str(c)) <= b for a, b in bands)]
    frame.loc[:, listed] = None
    spans = ", ".join(f"{col_letter(a)}:{col_letter(b)}" for a, b in bands)
    ctx.issues.append(issue("sheet-value-lists-skipped", Severity.INFO, source_file=ctx.display,
                            sheet=sheet_label, columns=spans))  # fmt: skip
    return replace(grid, frame=frame)


def _block_headings(tables: list[layout.Table]) -> dict[int, str]:
    """Tables of one sheet stacked under the same header, each under a heading of its own
    ("MAGISTRADAS DE LA SALA DE LA CORTE SUPREMA DE APELACIONES" over "Género | 2018 ...",
    then "... DE JUSTICIA" over the same header): each table's heading (the last line of its
    title), by ``id(table)``. Tables whose headings are missing or alike get none."""
    groups: dict[tuple[str, ...], list[layout.Table]] = {}
    for table in tables:
        shape = tuple(layout.fold_label(table.labels.get(c, "")) for c in sorted(table.labels))
        groups.setdefault(shape, []).append(table)
    out: dict[int, str] = {}
    for group in groups.values():
        own = [" ".join(t.title.split(" / ")[-1].split()) for t in group]
        if len(group) < 2 or not all(own) or len({fold(h) for h in own}) < len(own):
            continue
        out.update({id(t): h for t, h in zip(group, own, strict=True)})
    return out


_TRAILING_NUMBER = re.compile(r"\d\s*$")


def declared_scale(text: str, lex: RoleLexicon) -> str:
    """The scale ``text`` declares for amounts ("millions", "thousands"; lexicon ``scales``),
    or ''; a number right before the words makes them an amount, not a scale ("se
    invirtieron 45 millones de pesos")."""
    folded = fold(text)
    for name, patterns in lex.scales.items():
        for pattern in patterns:
            for m in pattern.finditer(folded):
                if not _TRAILING_NUMBER.search(folded, 0, m.start()):
                    return name
    return ""


def flag_declared_scale(cells: Candidates, table: layout.Table, lex: RoleLexicon) -> Candidates:
    """Flag the cells whose amounts a scale declared over their table (its title or notes)
    or in their column's header multiplies (``scaled_millions``, ``scaled_thousands``);
    a scale said over the whole table does not reach columns of counts or shares (lexicon
    ``scale_exempt``). ``normalize.table`` multiplies the flagged amounts."""
    if not lex.scales or not len(cells):
        return cells
    over = declared_scale(" ".join([table.title, *(t for _, _, t in table.notes)]), lex)
    columns = np.asarray(cells.col)
    scale_of: dict[int, str] = {}
    for c in np.unique(columns).tolist():
        own = declared_scale(table.labels.get(c, ""), lex)
        if own:
            scale_of[c] = own
        elif over and not any(p.search(table.folded.get(c, "")) for p in lex.scale_exempt):
            scale_of[c] = over
    if not scale_of:
        return cells
    flags = cells.text["flags"].materialize().astype(object)
    for c, name in scale_of.items():
        at = np.flatnonzero(columns == c)
        flags[at] = [f"{f};scaled_{name}" if f else f"scaled_{name}" for f in flags[at]]
    cells.text["flags"] = Coded.of(flags)
    return cells


def _pivots_last(grids: list[Grid], lex: RoleLexicon) -> list[Grid]:
    """Pivot-table sheets after the sheets they may summarise (stable otherwise)."""
    from genero_etl.tabular import semantic

    if len(grids) < 2:
        return grids
    return sorted(grids, key=lambda g: bool(not g.hidden and semantic.pivot_caption(g, lex)))


def _report_read(read: Any, ctx: FileContext, sheet_label: str) -> None:
    """Say how a table was read; a doubtful reading is a warning the summary lists."""
    ctx.reads.append(read)
    if any(
        r.kind in {"admin1", "municipality"} or r.evidence == "why-place-level"
        for r in read.roles
        if r.role == "place"
    ):  # a province the country's levels placed between region and municipality, too
        ctx.row_places = True
    roles = ", ".join(
        f"{r.header or col_letter(r.col)}={r.role}{'/' + r.kind if r.kind else ''}"
        for r in read.roles
        if r.role not in {"ignored", "constant"}
    )
    from genero_etl.tabular.pdfgrids import table_place

    where = table_place(read.sheet)  # a PDF's table is no sheet: its page and number
    ctx.issues.append(issue("table-read-pdf" if where else "table-read", Severity.INFO,
                            source_file=ctx.display,
                            source_locator=locator(read.sheet, max(read.header_row - 1, 0), 0),
                            sheet=sheet_label, row=read.header_row, layout=read.layout,
                            confidence=read.confidence, roles=roles[:400],
                            page=where[0] if where else "", table=where[1] if where else ""))  # fmt: skip
    if read.confidence < 0.6:
        ctx.issues.append(issue("table-low-confidence", Severity.WARNING, source_file=ctx.display,
                                sheet=sheet_label, confidence=read.confidence))  # fmt: skip


def _notes(table: layout.Table, ctx: FileContext) -> None:
    """Notes under a table are kept for source_text; nothing to report."""
    del table, ctx


def _data(grid: Grid, table: layout.Table, large: bool | None = None) -> pd.DataFrame:
    """The table's data rows that hold something. ``large``: read as a sheet of more than
    ``layout.FULL_SCAN`` rows whatever this grid's length (a block of a big CSV's rows,
    ``tabular/blocks.py``); None: by its length."""
    frame = grid.frame
    start = table.header_rows[-1] + 1 if table.header_rows else 0
    if table.data_rows is None:
        data = frame.iloc[start : table.end_row]
    else:
        data = frame.loc[table.data_rows]
    if (len(data) > layout.FULL_SCAN) if large is None else large:
        nonblank = (data != "").any(axis=1)
    else:
        nonblank = data.map(lambda v: not layout.is_blank(v)).any(axis=1)
    note_rows = {r for r, _, _ in table.notes}
    keep = nonblank & ~data.index.isin(list(note_rows))
    return data[keep]


def _text_column(data: pd.DataFrame, col: int | None) -> Coded:
    """A column as clean text (numbers without '.0'), coded; '' when the column is absent."""
    if col is None or col not in data.columns:
        return Coded.const("", len(data))
    return Coded.from_series(data[col]).map(layout.cell_text)


def _row_places(
    data: pd.DataFrame, cols: dict[str, int | None], template: Template | None, ctx: FileContext
) -> dict[str, Coded]:
    """country/admin1/municipality/municipality_code per data row (codes read as text)."""
    doc = ctx.facts.place
    country = (template.country if template and template.country else "") or doc.country
    n = len(data)
    code_col = cols.get("municipality_code")
    if code_col is not None:
        ctx.row_places = True
        codes = _text_column(data, code_col)
        width = 5 if template is not None and template.place_code == "inegi_municipio" else 0
        places: list[Place | None] = []
        for i, code in enumerate(codes.values):
            clean = re.sub(r"\D", "", str(code))
            padded = clean.zfill(width) if width and clean else clean
            reduced = reduce_code(country, padded) if padded else ""  # "08758000" -> "08758"
            found = place_from_code(country, reduced) if reduced else None
            if found is None and padded:
                r = int(data.index[int(np.argmax(codes.codes == i))])
                ctx.issues.append(issue("place-code-unknown", Severity.WARNING, source_file=ctx.display,
                                        source_locator=locator(_sheet_of(data), r, code_col), place_code=str(code), country=country or "?"))  # fmt: skip
            places.append(found)
        out: dict[str, Coded] = {}
        for key in ("country", "admin1", "municipality", "municipality_code"):
            values = [
                getattr(p, key) if p is not None else ("" if key != "country" else country)
                for p in places
            ]
            out[key] = Coded(codes.codes, values)
        return out
    admin_col = cols.get("admin1_code") or cols.get("admin1_name")
    if admin_col is not None:
        ctx.row_places = True
        names = _text_column(data, admin_col)
        by_code = {(a.country, a.code): a for a in gazetteer().admin1}
        admins: list[Admin1 | None] = []
        for name in names.values:
            text = str(name)
            admin: Admin1 | None = None
            if text.isdigit():
                admin = by_code.get((country, text.zfill(2))) or by_code.get((country, text))
            else:
                hits = lookup_admin1(text, country)
                admin = hits[0] if hits else None
            admins.append(admin)
        return {
            "country": Coded.const(country, n),
            "admin1": Coded(names.codes, [a.iso if a is not None else "" for a in admins]),
            "municipality": Coded.const("", n),
            "municipality_code": Coded.const("", n),
        }
    base = {
        "country": country or doc.country,
        "admin1": doc.admin1,
        "municipality": doc.municipality,
        "municipality_code": doc.municipality_code,
    }
    return {key: Coded.const(value, n) for key, value in base.items()}


def flag_formula_text(data: pd.DataFrame, cols: list[int], grid: Grid, ctx: FileContext) -> None:
    """Text cells a spreadsheet would run as formulas (=, +, -, @): reported, kept as text."""
    for c in cols:
        if c not in data.columns:
            continue
        for r, v in data[c].items():
            if (
                isinstance(v, str)
                and v.strip().startswith(FORMULA_START)
                and not layout.is_number(v)
            ):
                ctx.issues.append(issue("cell-formula-text", Severity.WARNING, source_file=ctx.display,
                                        source_locator=locator(grid.name, _int(r), int(c)), raw=v.strip()[:60], char=v.strip()[:1]))  # fmt: skip


def _int(value: Any) -> int:
    """A pandas index label (typed Hashable) that is a sheet row or column number."""
    return int(value)


def _sheet_of(data: pd.DataFrame) -> str:
    return str(data.attrs.get("sheet", ""))


def _period_parts(period: Period) -> tuple[str, str, str]:
    return period.start, period.end, period.label


def _row_years(data: pd.DataFrame, cols: dict[str, int | None], ctx: FileContext) -> Coded:
    """The year of each row (the document's year where the row has none), as int values."""
    default = int(ctx.facts.period.start[:4]) if ctx.facts.period.start else 0
    col = cols.get("year")
    if col is None:
        return Coded.const(default, len(data))

    def year(text: Any) -> int:
        try:
            return int(float(str(text)))
        except (ValueError, OverflowError):
            return default

    return _text_column(data, col).map(year)


def _indicator_of(template: Template, ctx: FileContext, labels: Coded) -> Coded:
    def indicator(label: Any) -> str:
        folded = fold(str(label))
        found = next((ind for pattern, ind in template.indicator_map if pattern.search(folded)), "")
        return found or template.indicator_default or ctx.codebook.classify(str(label)).id

    return labels.map(indicator)


def _resolve(template: Template, table: layout.Table) -> dict[str, int | None]:
    folded = table.folded
    return {role: find_column(pattern, folded) for role, pattern in template.columns.items()}


@dataclass(frozen=True, slots=True)
class _Spec:
    col: int
    indicator: str = ""
    value_kind: str = ""
    unit: str = ""
    is_total: bool = False


def _item(i: int) -> Callable[[Any], Any]:
    """The i-th element of a (start, end, label) period tuple."""

    def get(value: Any) -> Any:
        return value[i]

    return get


@functools.lru_cache(maxsize=256)
def _title_country(title: str) -> str:
    """The country a table's title names ("Indicadores de violencia basada en género,
    Uruguay") where the file's words name none, as the semantic reader reads its titles."""
    if not title:
        return ""
    found = vote_country({}, [], [title.title() if title.isupper() else title])
    return found.code if found is not None else ""


def _raw_cells(data: pd.DataFrame, value_cols: list[int]) -> Coded:
    """The value cells, row-major (row i, value column j at i*k+j), coded column by column."""
    return Coded.interleave([Coded.from_series(data[c]) for c in value_cols])


def _value_specs(
    template: Template, table: layout.Table, cols: dict[str, int | None]
) -> list[_Spec]:
    """Which columns hold values, and what each means: the template's value columns (long),
    or the period and total columns across (wide)."""
    folded = table.folded
    specs: list[_Spec] = []
    if template.layout == "long":
        for spec in template.values:
            col = find_column(spec.column, folded)
            if col is not None:
                specs.append(_Spec(col, spec.indicator, spec.value_kind, spec.unit))
        return specs
    for col, label in sorted(folded.items()):
        if col in cols.values():
            continue
        if label in {"total", "total anual", "anual"}:
            specs.append(_Spec(col, is_total=True))
            continue
        if template.melt == "months" and label not in layout.MONTHS:
            continue
        if layout.header_period(label, 2000) is not None:
            specs.append(_Spec(col))
    return specs


def _long_indicators(
    template: Template, table: layout.Table, specs: list[_Spec], n: int
) -> dict[str, Coded]:
    """A long table's indicator, label, kind and unit: one per value column, cell by cell."""
    kind = template.constants.get("value_kind", "")
    unit = template.constants.get("unit", "")
    per_spec: dict[str, list[Coded]] = {
        "indicator_id": [],
        "indicator_label": [],
        "value_kind": [],
        "unit": [],
    }
    for s in specs:
        per_spec["indicator_id"].append(Coded.const(s.indicator, n))
        per_spec["indicator_label"].append(Coded.const(table.labels[s.col], n))
        per_spec["value_kind"].append(Coded.const(s.value_kind or kind, n))
        per_spec["unit"].append(Coded.const(s.unit or unit, n))
    return {key: Coded.interleave(parts) for key, parts in per_spec.items()}


def _month_periods(
    table: layout.Table, value_cols: list[int], years: Coded, n: int, has_total: bool, index: Any
) -> dict[str, Coded]:
    """A wide table's period per cell: the column's month of the row's year (or the year)."""
    folded = table.folded
    month_of = {c: layout.MONTHS.get(folded[c], 0) for c in value_cols}
    label_of = {
        m: layout.cell_text(table.labels[c]) for c, m in reversed(month_of.items())
    }  # first column per month

    def month_period(m: int) -> Callable[[Any], tuple[str, str, str]]:
        def period(y: Any) -> tuple[str, str, str]:
            year = int(y)
            if not year:
                return ("", "", "")
            if m:
                return _period_parts(layout._month_period(year, m, m, f"{label_of[m]} {year}"))
            return _period_parts(layout._month_period(year, 1, 12, str(year)))

        return period

    periods = Coded.interleave([years.map(month_period(month_of[c])) for c in value_cols])
    text = {
        key: periods.map(_item(i))
        for i, key in enumerate(("period_start", "period_end", "period_label"))
    }
    if has_total:
        text["group_key"] = Coded(
            np.arange(n, dtype=index_dtype(n)), [str(r) for r in index]
        ).repeat(len(value_cols))
    return text


def _long_totals(
    text: dict[str, Coded], activity: Coded, source_text: Coded, value_cols: list[int], n: int
) -> tuple[Bools, Bools] | None:
    """A long table's "Total" rows: kept as breakdown _T, their column's other rows are their
    parts. Returns (is_total, link_parent) and marks ``text``, or None with no total row."""
    k = len(value_cols)
    row_text = combine([activity, source_text], lambda a, s: a if a != "" else s)
    row_totals = row_text.map(lambda t: bool(layout.TOTAL.match(str(t))))
    totals = row_totals.repeat(k).materialize().astype(bool)
    if not totals.any():
        return None
    text["group_key"] = Coded.interleave([Coded.const(f"c{c}", n) for c in value_cols])
    total_col = bool_column(totals)
    for key in ("breakdown_dimension", "breakdown_value"):
        text[key] = combine([text[key], total_col], lambda v, t: "_T" if t else v)
    text["activity"] = combine([text["activity"], total_col], lambda v, t: "" if t else v)
    return totals, ~totals


def _wide_cross_totals(
    text: dict[str, Coded],
    labels: Coded,
    activity: Coded,
    specs: list[_Spec],
    n: int,
    sheet: str,
) -> Bools | None:
    """A wide table with a Total column and "Total" rows (a crosstab): each cell is a part
    of its row's total (the Total column's cell: its group, ``group_key``) and of its
    column's (the Total row's cell: ``cross_key``, the total's ending in ``*``). Returns
    which cells link to their row's total, and marks ``text``; None with no total row."""
    k = len(specs)
    row_text = combine([activity, labels], lambda a, s: a if a != "" else s)
    row_totals = row_text.map(lambda t: bool(layout.TOTAL.match(str(t))))
    total_rows = row_totals.repeat(k).materialize().astype(bool)
    if not total_rows.any():
        return None
    text["cross_key"] = Coded.interleave(
        [row_totals.map(_column_key(f"{sheet}|y{s.col}")) for s in specs]
    )
    total_row = bool_column(total_rows)
    for key in ("breakdown_dimension", "breakdown_value"):
        text[key] = combine([text[key], total_row], lambda v, t: "_T" if t else v)
    return ~np.tile(np.array([s.is_total for s in specs], dtype=bool), n)


def _column_key(key: str) -> Callable[[Any], str]:
    """The cross key of a column's cell: the Total row's cell carries it with ``*``."""

    def of(total_row: Any) -> str:
        return f"{key}*" if total_row else key

    return of


def _template_breakdowns(
    template: Template,
    data: pd.DataFrame,
    table: layout.Table,
    cols: dict[str, int | None],
    indicator: Coded,
    activity: Coded,
    k: int,
) -> tuple[Coded, Coded]:
    """Breakdown dimension and value per cell (several dimensions join as "a+b" / "x | y")."""
    dims: list[tuple[str, bool, Coded]] = []
    for b in template.breakdowns:
        col = find_column(b.column, table.folded)
        if col is not None:
            dims.append((b.dimension, b.only_default, _text_column(data, col)))
    by_activity = template.name.startswith("poa") or (
        template.layout == "long" and cols.get("activity") is not None
    )
    per_cell = template.layout == "long"  # the indicator, hence "only_default", varies by column
    breakdown = _breakdown(
        template,
        [(name, only) for name, only, _ in dims],
        by_activity,
        indicator,
        [d[2].repeat(k) if per_cell else d[2] for d in dims],
        activity.repeat(k) if per_cell else activity,
    )
    if per_cell:
        return breakdown
    return breakdown[0].repeat(k), breakdown[1].repeat(k)


def apply_template(
    grid: Grid,
    table: layout.Table,
    template: Template,
    ctx: FileContext,
    large: bool | None = None,
) -> Candidates:
    """The template's cells of ``table``. ``large``: see :func:`_data`."""
    data = _data(grid, table, large)
    data.attrs["sheet"] = grid.name
    cols = _resolve(template, table)
    if template.layout == "register":
        return _register_cells(grid, data, table, template, cols, ctx)
    places = _row_places(data, cols, template, ctx)
    years = _row_years(data, cols, ctx)
    if not ((len(data) > layout.FULL_SCAN) if large is None else large):
        flag_formula_text(data, [c for c in cols.values() if c is not None], grid, ctx)
    folded = table.folded
    indicator_col = (
        find_column(template.indicator_column, folded) if template.indicator_column else None
    )
    label_cols = [
        c for c in (cols.get("label"), cols.get("activity"), indicator_col) if c is not None
    ]
    source_text = _source_text(
        data, [c for c in sorted(folded) if c in label_cols or c in cols.values()][:6]
    )
    activity = _text_column(data, cols.get("activity"))
    specs = _value_specs(template, table, cols)
    if not specs or data.empty:
        return Candidates.empty()
    n = len(data)
    k = len(specs)
    value_cols = [s.col for s in specs]
    is_total = np.tile(np.array([s.is_total for s in specs], dtype=bool), n)
    text: dict[str, Coded] = {
        "sheet": Coded.const(grid.name, n * k),
        "raw": _raw_cells(data, value_cols),
        "method": Coded.const(f"template:{template.name}", n * k),
    }
    if template.layout == "long":
        text.update(_long_indicators(template, table, specs, n))
        indicator = text["indicator_id"]
    else:  # from an indicator column, row by row
        labels = _text_column(data, indicator_col)
        indicator = _indicator_of(template, ctx, labels)
        text["indicator_id"] = indicator.repeat(k)
        text["indicator_label"] = labels.repeat(k)
        text["value_kind"] = Coded.const(template.constants.get("value_kind", ""), n * k)
        text["unit"] = Coded.const(template.constants.get("unit", ""), n * k)
    if template.layout == "wide":
        has_total = any(s.is_total for s in specs)
        text.update(_month_periods(table, value_cols, years, n, has_total, data.index))
    else:
        row_period = _row_period(data, cols, years, ctx)
        for i, key in enumerate(("period_start", "period_end", "period_label")):
            text[key] = row_period.map(_item(i)).repeat(k)
    text["breakdown_dimension"], text["breakdown_value"] = _template_breakdowns(
        template, data, table, cols, indicator, activity, k
    )
    text.update({key: places[key].repeat(k) for key in places})
    text["activity"] = activity.repeat(k)
    text["source_text"] = source_text.repeat(k)
    link_parent = np.zeros(n * k, dtype=bool)
    if template.layout == "long":
        linked = _long_totals(text, activity, source_text, value_cols, n)
        if linked is not None:
            is_total, link_parent = linked
    elif is_total.any():
        labels = _text_column(data, cols.get("label"))
        crossed = _wide_cross_totals(text, labels, activity, specs, n, grid.name)
        if crossed is not None:
            link_parent = crossed
    return Candidates.build(
        n * k,
        text,
        row=np.repeat(data.index.to_numpy(dtype=np.int32), k),
        col=np.tile(np.array(value_cols, dtype=np.int32), n),
        confidence=0.95,
        is_total=is_total,
        link_parent=link_parent,
    )


def _breakdown(
    template: Template,
    dims: list[tuple[str, bool]],
    by_activity: bool,
    indicator: Coded,
    values: list[Coded],
    activity: Coded,
) -> tuple[Coded, Coded]:
    """Breakdown dimension and value columns from the template's breakdown columns."""
    if dims:
        default = template.indicator_default

        def join(ind: Any, *vals: Any) -> tuple[str, str]:
            names: list[str] = []
            parts: list[str] = []
            for (name, only_default), value in zip(dims, vals, strict=True):
                text = str(value)
                if only_default and ind != default:
                    text = ""
                if text != "":
                    names.append(name)
                    parts.append(text)
            return ("+".join(names) or "_T", " | ".join(parts) or "_T")

        dimension, value = combine_many([indicator, *values], join, 2)
        return dimension, value
    n = len(indicator)
    if by_activity:
        return activity.map(lambda a: "actividad" if a != "" else "_T"), activity.map(
            lambda a: a if a != "" else "_T"
        )
    return Coded.const("_T", n), Coded.const("_T", n)


def _row_period(
    data: pd.DataFrame, cols: dict[str, int | None], years: Coded, ctx: FileContext
) -> Coded:
    """Per row, (start, end, label) of its period column, with its year; the document's otherwise."""
    doc = _period_parts(ctx.facts.period)
    col = cols.get("period")
    if col is None:
        return Coded.const(doc, len(data))
    texts = _text_column(data, col)

    def period(text: Any, year: Any) -> tuple[str, str, str]:
        text, year = str(text), int(year)
        p = layout.header_period(text, year or None) if text else None
        if p is None and text and year:
            p = layout.header_period(f"{text} {year}", year)
        return _period_parts(p) if p is not None else doc

    return combine([texts, years], period)


def _source_text(data: pd.DataFrame, cols: list[int]) -> Coded:
    """The row's label cells joined with ' | ' (trailing empty ones dropped), at most 300 characters."""
    if not cols:
        return Coded.const("", len(data))

    def joined(*parts: Any) -> str:
        text = " | ".join(map(str, parts))
        if "\n" in text:  # '$' also matches before a final newline
            return re.sub(r"( \| )+$", "", text)[:300]
        while text.endswith(" | "):
            text = text[:-3]
        return text[:300]

    return combine([_text_column(data, c) for c in cols], joined)


def _register_cells(
    grid: Grid,
    data: pd.DataFrame,
    table: layout.Table,
    template: Template,
    cols: dict[str, int | None],
    ctx: FileContext,
) -> Candidates:
    """A case register (one row per case) to counts by the template's grouping.

    Counts below the template's ``min_count`` (default 3) could point at a person (two
    calls from one province in one month): they are published without their value, as
    ``value_text`` '<3' with the quality flag ``suppressed_small_count``.
    """
    import pandas as pd

    folded = table.folded
    places = _row_places(data, cols, template, ctx)
    keys = pd.DataFrame(index=data.index)
    keys["admin1"] = places["admin1"].materialize()
    keys["country"] = places["country"].materialize()
    date_col = cols.get("date")
    if date_col is not None and "month" in template.count_group:
        dates = data[date_col].map(layout.date_of)
        keys["month"] = dates.map(lambda d: f"{d.year:04d}-{d.month:02d}" if d else "")
    else:
        keys["month"] = ""
    group = ["country", "admin1", "month"]
    first_row, last_row = int(data.index.min()), int(data.index.max())
    min_count = template.min_count
    ctx.min_count = min_count
    out: list[dict[str, Any]] = []

    months = sorted(m for m in keys["month"].unique() if m)
    span = ""  # the register's whole span, "2023-01/2023-03", for breakdowns counted once
    if months:
        span = f"{months[0]}/{months[-1]}"

    # A register of several provinces whose breakdowns are too thin by province is also
    # counted for the country: by month, or, where a breakdown is too thin by month too, over
    # the span. Each province's monthly total is then a part of the country's (its other
    # total, so no sum counts a call twice), and rows whose province is blank or unknown are
    # counted there only, never as a total of their own.
    placed = bool(months) and bool((keys["admin1"] != "").any())
    nation = keys.assign(admin1="")
    counted_nation = False

    def cross_of(country: str, admin1: str, month: str, is_total: bool) -> str:
        if not (placed and is_total):
            return ""
        if "/" in month:  # the span's total: the months without a country total are its parts
            return f"|{span}*"
        if nation_month(country, month):  # the country's month is its provinces' total
            return f"|{month}" + ("" if admin1 else "*")
        return f"|{span}" + ("" if admin1 else "*")

    def emit(
        g: tuple[Any, ...], count: int, col: int | None, dim: str, val: str, is_total: bool
    ) -> None:
        country, admin1, month = (str(x) for x in g[:3])
        if "/" in month:
            (y0, m0), (y1, m1) = (tuple(int(x) for x in p.split("-")) for p in month.split("/"))
            first = layout._month_period(y0, m0, m0, month)
            last = layout._month_period(y1, m1, m1, month)
            ps, pe, pl = first.start, last.end, month.replace("/", " - ")
        elif month:
            y, m = (int(x) for x in month.split("-"))
            p = layout._month_period(y, m, m, month)
            ps, pe, pl = p.start, p.end, p.label
        else:
            ps, pe, pl = _period_parts(ctx.facts.period)
        c0 = col if col is not None else 0
        suppressed = count < min_count
        ctx.suppressed += suppressed
        shown = f"<{min_count}" if suppressed else str(count)
        out.append({
            "sheet": grid.name, "row": first_row, "col": c0,
            "raw": float(count), "indicator_id": template.count_indicator,
            "indicator_label": template.title if is_total else f"{table.labels.get(col, dim) if col is not None else dim}: {val}",
            "period_start": ps, "period_end": pe, "period_label": pl,
            "breakdown_dimension": "_T" if is_total else dim, "breakdown_value": "_T" if is_total else val,
            "country": country, "admin1": admin1,
            "value_kind": template.constants.get("value_kind", "observed"),
            "unit": template.constants.get("unit", ""),
            "value_text": shown if suppressed else "", "suppressed": suppressed,
            "source_text": f"{admin1 or '?'} {month}: {shown} filas" + ("" if is_total else f" con {dim}={val}"),
            "group_key": f"{admin1}|{month}", "is_total": is_total,
            "link_parent": not is_total, "method": f"template:{template.name}", "confidence": 0.9,
            "cross_key": cross_of(country, admin1, month, is_total),
            "range": f"{col_letter(c0)}{first_row + 1}:{col_letter(c0)}{last_row + 1}",
            "id_key": f"{admin1}|{month}|{dim}={val}",
        })  # fmt: skip

    lex = ctx.roles or _lexicon()
    whole = keys.assign(admin1="", month=span)  # the country over the register's span
    counted_whole = False

    def thin(counts: list[pd.Series]) -> bool:
        """A breakdown with a count too small to publish in too many of its place-month
        groups (``thin_share``) would hide those counts and, with them, the groups' totals
        (a total less its other parts tells the hidden one): it is counted for the country
        by month instead, or, still too thin, for the country and the span."""
        groups: set[tuple[Any, ...]] = set()
        hidden: set[tuple[Any, ...]] = set()
        for c in counts:
            for key, size in c.items():
                g = _key(key)[:3]
                groups.add(g)
                if int(size) < min_count:
                    hidden.add(g)
        return bool(span and groups) and len(hidden) > lex.thin_share * len(groups)

    def level(counts_of: Callable[[pd.DataFrame], list[pd.Series]]) -> int:
        """Where a breakdown can be counted: 0 by place and month, 1 by month for the
        country, 2 for the country over the span (the first not too thin)."""
        if not thin(counts_of(keys)):
            return 0
        return 1 if placed and not thin(counts_of(nation)) else 2

    truthy = template.true_values
    # each breakdown: its counts on a frame, and how each count is emitted
    breakdowns: list[tuple[Callable[[pd.DataFrame], list[pd.Series]], Callable[[list[pd.Series]], None]]] = []  # fmt: skip
    for flag in template.flags:
        flagged = [(c, v) for p, v in flag.columns if (c := find_column(p, folded)) is not None]
        hits = {c: data[c].map(lambda v: fold(layout.cell_text(v)) in truthy) for c, _ in flagged}

        def flag_counts(
            f: pd.DataFrame, hits: Any = hits, flagged: Any = flagged
        ) -> list[pd.Series]:
            return [f[hits[c]].groupby(group, sort=True).size() for c, _ in flagged]

        def flag_emit(counts: list[pd.Series], flagged: Any = flagged, dim: str = flag.dimension) -> None:  # fmt: skip
            for (fcol, value), c in zip(flagged, counts, strict=True):
                for g, count in c.items():
                    emit(_key(g), int(count), fcol, dim, value, False)

        breakdowns.append((flag_counts, flag_emit))
    for cat in template.categories:
        col = find_column(cat.column, folded)
        if col is None:
            continue
        text = _text_column(data, col).materialize()

        def by_value(f: pd.DataFrame, text: Any = text) -> list[pd.Series]:
            framed = f.assign(_v=text)
            return [framed[framed["_v"] != ""].groupby([*group, "_v"], sort=True).size()]

        def value_emit(counts: list[pd.Series], col: int = col, dim: str = cat.dimension) -> None:
            for g, count in counts[0].items():
                key = _key(g)
                emit(key, int(count), col, dim, str(key[3]), False)

        breakdowns.append((by_value, value_emit))
    # Each breakdown at its own grain: by place and month, for the country by month, or for
    # the country over the span (a thin modality does not take the others with it).
    levels = [level(counts_of) for counts_of, _ in breakdowns]
    counted_whole = 2 in levels
    counted_nation = 1 in levels  # every month counted for the country
    # Per country and month, the calls the provinces' published totals leave out (no
    # province, or a province's count below ``min_count``): one more part of the country's
    # month (``other_places`` in roles.yaml), so the month's published parts sum to its
    # total. Only where the calls without a province reach ``min_count``: else the part
    # tells nothing its provinces do not (or, all hidden provinces, less than they would).
    other = lex.other_places
    rest = {
        k: left
        for k, (left, unplaced) in _register_rest(keys, group, min_count).items()
        if placed and other.get("code") and other.get("dimension") and unplaced >= min_count
    }

    def nation_month(country: str, month: str) -> bool:
        """Whether the country's month is published: every month where a breakdown is
        counted by month for the country, else only the months with an other part."""
        return counted_nation or (country, month) in rest

    code, odim = other.get("code", ""), other.get("dimension", "")
    for (counts_of, emit_counts), lv in zip(breakdowns, levels, strict=True):
        start = len(out)
        emit_counts(counts_of((keys, nation, whole)[lv]))
        if lv or not (placed and code and odim):
            continue
        for r in out[start:]:  # by province: the calls without one are not the country's
            if not r["admin1"]:  # but named as the other places ("_O | Mujer")
                r.update(
                    breakdown_dimension=f"{odim}+{r['breakdown_dimension']}",
                    breakdown_value=f"{code} | {r['breakdown_value']}",
                    group_key="", link_parent=False,
                )  # fmt: skip
    for g, count in keys.groupby(group, sort=True).size().items():
        country, admin1, month = (str(x) for x in _key(g)[:3])
        if placed and not admin1 and (counted_nation or counted_whole or (code and odim)):
            continue  # no province: counted in the country's total or its other part only
        emit(_key(g), int(count), None, "", "", True)
        if int(count) < min_count and (country, month) in rest:
            out[-1]["cross_key"] = ""  # counted in the month's other part, not a second time
    country = str(keys["country"].mode().iloc[0]) if len(keys) else ""
    whole_at = -1
    if counted_whole:  # the total of the breakdowns counted once for the country (its
        # parts: the country's months, and the provinces' of months without one)
        whole_at = len(out)
        emit((country, "", span), len(data), None, "", "", True)
    unit = template.constants.get("unit", "") or other.get("unit_es", "")
    for g, count in nation.groupby(group, sort=True).size().items():
        g = _key(g)
        at, month = str(g[0]), str(g[2])
        if not nation_month(at, month):
            continue
        emit(g, int(count), None, "", "", True)  # the country by month, the breakdowns' total
        if whole_at >= 0:
            out[-1]["parent"] = whole_at
        if (at, month) in rest:
            label = other.get("label_es", code).format(min_count=min_count, unit=unit)
            emit(g, rest[(at, month)], None, odim, code, False)
            out[-1].update(
                indicator_label=f"{template.title}: {label}",
                link_parent=False, group_key=f"{code}|{month}",
                cross_key=f"|{month}", id_key=f"{code}|{month}",
            )  # fmt: skip
    # For counts the locator is the counted column's range, not one cell.
    for r in out:
        r["locator_override"] = f"{grid.name}!{r['range']}" if grid.name else r["range"]
    return Candidates.from_records(out)


def _register_rest(
    keys: pd.DataFrame, group: list[str], min_count: int
) -> dict[tuple[str, str], tuple[int, int]]:
    """Per country and month, the register's rows its provinces' published monthly totals
    leave out (those without a province and those of a province with fewer than
    ``min_count`` that month, published without their value), and how many of them have
    no province."""
    rest: dict[tuple[str, str], tuple[int, int]] = {}
    for g, count in keys.groupby(group, sort=True).size().items():
        country, admin1, month = (str(x) for x in _key(g)[:3])
        left, unplaced = rest.get((country, month), (0, 0))
        n = int(count)
        rest[(country, month)] = (
            left + (n if (not admin1 or n < min_count) else 0),
            unplaced + (0 if admin1 else n),
        )
    return rest


def _key(group: Any) -> tuple[Any, ...]:
    """A groupby key (typed Hashable by pandas-stubs) as the tuple it is."""
    return tuple(group) if isinstance(group, tuple) else (group,)


# --- inference ---------------------------------------------------------------------


def _value_and_label_columns(
    data: pd.DataFrame, table: layout.Table
) -> tuple[list[int], list[int]]:
    """Columns that are mostly numbers (values) and the rest (labels), read on 500 rows; a
    column of years labels rows, and a headerless first column with words labels them too."""
    sample = data.head(500)
    value_cols: list[int] = []
    label_cols: list[int] = []
    first_col = min(_int(c) for c in sample.columns)
    for column in sample.columns:
        c = _int(column)
        filled = [v for v in sample[column] if not layout.is_blank(v)]
        if not filled:
            continue
        numeric = sum(
            1 for v in filled if layout.is_number(v) or fold(layout.cell_text(v)) in MISSING_MARKERS
        )
        years = sum(1 for v in filled if layout.is_year(v))
        if years < 0.8 * numeric and _names_a_period(table.labels.get(c, "")):
            years += sum(1 for v in filled if layout.mid_year(v) is not None)  # "date_ref"
        if numeric / len(filled) >= 0.5 and not (
            (c == first_col and not table.header_rows and numeric < len(filled))
            or years >= 0.8 * numeric  # a column of years labels rows; years are never values
        ):
            value_cols.append(c)
        else:
            label_cols.append(c)
    value_cols = [c for c in value_cols if not label_cols or c > min(label_cols)] or value_cols
    labelled = [c for c in value_cols if table.labels.get(c, "").strip()]
    if table.header_rows and labelled:  # a headerless column of numbers beside named ones
        value_cols = labelled  # (a report's unlabelled check sums): its meaning is unknown
    label_cols = (
        [c for c in label_cols if c < max(value_cols, default=0)] if value_cols else label_cols
    )
    return value_cols, label_cols


def _names_a_period(header: str) -> bool:
    """Does a column's header name a year, a date or a period ("date_ref", "mid_year")?"""
    from genero_etl.tabular.lexicon import first_key

    label = layout.fold_label(header.strip())
    return bool(label) and bool(first_key(_lexicon().period, label))


def _mid_year_periods(
    data: pd.DataFrame, table: layout.Table, label_cols: list[int]
) -> dict[int, Period | None]:
    """The rows' years from a label column of years written as their middle ("date_ref":
    1990.5 is 1990) under a header naming a period: each row is that year. Empty when no
    label column is one."""
    numbers = [_int(r) for r in data.index]
    for c in label_cols:
        if not _names_a_period(table.labels.get(c, "")):
            continue
        cells = data[c].tolist()
        years = [layout.mid_year(v) if not layout.is_blank(v) else None for v in cells]
        filled = sum(1 for v in cells if not layout.is_blank(v))
        if filled and sum(y is not None for y in years) >= 0.95 * filled:
            return {
                r: layout._month_period(y, 1, 12, str(y))
                for r, y in zip(numbers, years, strict=True)
                if y is not None
            }
    return {}


def _lexicon() -> RoleLexicon:
    from genero_etl.tabular.lexicon import load_lexicon

    return load_lexicon()


def _without_identifiers(
    value_cols: list[int], table: layout.Table, ctx: FileContext, data: pd.DataFrame | None = None
) -> list[int]:
    """Value columns whose header names ids or codes ("id", "Código", "Folio") hold no values,
    unless the header also names a measure ("Número de casos"); nor does a column, under a
    code word or no header, of official municipality codes; nor a column under no measure's
    word that numbers the rows, 1 to n or 0 to n - 1 in order ("t": 0, 1 ... 300 beside a
    week's reports, an export's index: ``roles.row_index``)."""
    from genero_etl.tabular.geo import official_codes_country
    from genero_etl.tabular.lexicon import any_match, first_key
    from genero_etl.tabular.roles import cell_number, row_index

    lex = ctx.roles or _lexicon()
    kept = []
    for c in value_cols:
        label = layout.fold_label(table.labels.get(c, "").strip())
        if label and any_match(lex.identifier, label) and not first_key(lex.measure, label):
            continue
        if data is not None and not (label and first_key(lex.measure, label)):
            cells = data[c].tolist()  # an index starts at 0 or 1: only then read every cell
            if len(cells) >= 5 and cell_number(cells[0]) in (0.0, 1.0):
                numbers = [cell_number(v) for v in cells]
                if row_index(numbers, [layout.cell_text(v) for v in cells]):
                    continue  # the rows' index, never a count
        if data is not None and ((label and any_match(lex.official_codes, label)) or not label):
            texts = [layout.cell_text(v) for v in data[c].head(5000).tolist()]
            if official_codes_country(texts, ctx.country_decided or "", bool(label)):
                continue  # official municipality codes (UBIGEO, DIVIPOLA): a place, never a value
        kept.append(c)
    return kept


SPAN_SUM_ROWS = 5_000  # report sheets; a big table's headerless columns are not summed


def _span_sums(
    data: pd.DataFrame,
    table: layout.Table,
    value_cols: list[int],
    label_cols: list[int],
    year: int | None,
    convention: Convention,
) -> dict[int, _Column]:
    """Headerless columns of numbers that are, row by row, the sum of one label's columns
    over every period across ("2018 | Mujeres" + ... + "2022 | Mujeres"): that label's
    total over the span of those periods. A second such column equal to the first (a copy
    after the years) is left out, as is any headerless column whose sum is not found."""
    if not table.header_rows or len(data) > SPAN_SUM_ROWS:
        return {}
    named = set(value_cols) | set(label_cols)
    loose = [
        c for c in (_int(x) for x in data.columns) if c not in named and c != min(named, default=c)
    ]
    if not loose:
        return {}
    groups: dict[str, list[tuple[int, Period]]] = {}
    for c in value_cols:
        col = _column_of(table, c, year)
        if col.period is not None and not col.total:
            groups.setdefault(col.label, []).append((c, col.period))
    groups = {k: v for k, v in groups.items() if len({p.start for _, p in v}) >= 2}
    if not groups:
        return {}

    def numbers(c: int) -> list[float | None]:
        return column_numbers(data[c], convention)

    found: dict[int, _Column] = {}
    seen: list[list[float | None]] = []
    for c in loose:
        own = numbers(c)
        if sum(v is not None for v in own) < 2 or own in seen:
            continue
        for label, members in groups.items():
            parts = [numbers(m) for m, _ in members]
            sums = [
                None if None in row else sum(v for v in row if v is not None)
                for row in zip(*parts, strict=True)
            ]
            pairs = [
                (a, b) for a, b in zip(own, sums, strict=True) if a is not None and b is not None
            ]
            if len(pairs) >= 2 and all(abs(a - b) < 1e-6 * max(1.0, abs(b)) for a, b in pairs):
                start = min(p.start for _, p in members)
                end = max(p.end for _, p in members)
                span = Period(start, end, f"{start[:4]}-{end[:4]}")
                found[c] = _Column(span, label, False, _sexes().get(fold(label)))
                seen.append(own)
                break
    return found


@dataclass(slots=True)
class _Rows:
    """What the label columns say of each row: its label, its period, whether it is a total."""

    numbers: list[int]
    labels: dict[int, str]
    periods: dict[int, Period | None]
    total: set[int]
    dimension: str  # the breakdown the row labels name ("categoria" when unnamed)
    metadata: set[int] = field(default_factory=set)  # rows that describe the data, not values
    sexes: dict[int, str] = field(default_factory=dict)  # rows that are each a sex, and which
    # rows that are each a value of one breakdown by their shape ("0-4", "100+": age groups)
    shaped: tuple[str, dict[int, str]] = ("", {})
    # the breakdown the label column's header names, whose values the rows' labels are
    # ("Tipo de violencia": tipo_violencia), '' when it names none of roles.yaml's
    # ``row_breakdowns``
    named: str = ""


def _sex_rows(labels: dict[int, str], total: set[int], lex: RoleLexicon) -> dict[int, str]:
    """Rows whose labels are all sexes ("Hombre", "Mujer" under "Sexo"), two at least: each
    row's sex ("varones", "mujeres"), the breakdown its values belong to. A table whose rows
    are other things besides ("Mujeres" among offences) has none."""
    named = {r: str(t).split(" | ")[0].strip() for r, t in labels.items() if r not in total}
    named = {r: t for r, t in named.items() if t}
    sexes = {r: lex.sex_words.get(fold(t)) for r, t in named.items()}
    if len(sexes) < 2 or any(v is None for v in sexes.values()) or len(set(sexes.values())) < 2:
        return {}
    return {r: v for r, v in sexes.items() if v is not None}


def _shaped_rows(
    labels: dict[int, str], total: set[int], lex: RoleLexicon
) -> tuple[str, dict[int, str]]:
    """Rows whose labels all have one breakdown's shape (roles.yaml ``category_shapes``: "0-4",
    "5-9" ... "100+", the age groups of a population table with no total row), three at
    least: the breakdown and each row's value, what the row's values are broken down by,
    never what is counted. A table whose rows are other things besides has none."""
    from genero_etl.tabular.lexicon import any_match

    if total:
        return "", {}
    named = {r: str(t).split(" | ")[0].strip() for r, t in labels.items()}
    named = {r: t for r, t in named.items() if t}
    if len(named) < 3:
        return "", {}
    for dimension, shapes in lex.category_shapes.items():
        if all(any_match(shapes, layout.fold_label(t)) for t in named.values()):
            return dimension, named
    return "", {}


def _rows_of(
    data: pd.DataFrame,
    table: layout.Table,
    label_cols: list[int],
    year: int | None,
    lex: RoleLexicon,
) -> _Rows:
    numbers = [_int(r) for r in data.index]
    texts = (
        _source_text(data, label_cols).materialize()
        if label_cols
        else np.full(len(data), "", dtype=object)
    )
    labels = {  # "Violencia contra la mujer2/": the label without its note's marker
        r: layout.strip_marker(str(t)) or str(t) for r, t in zip(numbers, texts, strict=True)
    }
    periods = (
        {r: layout.header_period(str(t).split(" | ")[0], year) for r, t in labels.items()}
        if label_cols
        else {}
    )
    if not (
        bool(periods) and sum(p is not None for p in periods.values()) >= max(2, len(periods) // 2)
    ):
        periods = {}  # a few rows that look like periods do not make a series
    if not periods and label_cols:
        periods = _mid_year_periods(data, table, label_cols)
    notes = layout.note_texts(table) if periods else {}
    for r, t in zip(numbers, texts, strict=True):  # "2022 1" over "1/ ... primer trimestre"
        mark = layout.mark_number(str(t).split(" | ")[0].strip()) if notes else ""
        if mark in notes and (p := periods.get(r)) is not None:
            periods[r] = layout.noted_period(p, notes[mark])
    from genero_etl.tabular.lexicon import any_match

    total = {  # "Total", "Todas las edades", "Todos los sexos": the lexicon's total rows
        r for r, t in labels.items()
        if layout.TOTAL.match(str(t)) or any_match(lex.total_rows, layout.fold_label(str(t)))
    }  # fmt: skip
    dimension = fold(table.labels.get(label_cols[0], "")) if label_cols else ""
    dimension = re.sub(r"[^a-z0-9]+", "_", dimension).strip("_")[:40] or "categoria"
    statistics = {  # "Promedio", "Resta": computed from the rows, no value of their own
        r for r, t in labels.items() if any_match(lex.statistic_rows, layout.fold_label(str(t).split(" | ")[0]))
    }  # fmt: skip
    return _Rows(
        numbers, labels, periods, total, dimension, _metadata_rows(labels, lex) | statistics,
        _sex_rows(labels, total, lex), _shaped_rows(labels, total, lex) if not periods else ("", {}),
        _named_breakdown(table, label_cols, lex) if not periods else "",
    )  # fmt: skip


def _named_breakdown(table: layout.Table, label_cols: list[int], lex: RoleLexicon) -> str:
    """The breakdown the one label column's header names (roles.yaml ``category``), when it
    is one of ``row_breakdowns`` ("Tipo de violencia", "Tipo de delito"): each row's label is
    a value of it. '' for several label columns, a header naming another or none."""
    from genero_etl.tabular.lexicon import first_key

    if len(label_cols) != 1 or not lex.row_breakdowns:
        return ""
    header = layout.fold_label(table.labels.get(label_cols[0], ""))
    kind = first_key(lex.category, header) if header else ""
    return kind if kind in lex.row_breakdowns else ""


def _metadata_rows(labels: dict[int, str], lex: RoleLexicon) -> set[int]:
    """Rows of a label-value list that describe the data ("decimals | 2", "indicator_id |
    2780", "Unidad de medida"): their numbers are no values."""
    from genero_etl.tabular.lexicon import any_match

    if not lex.metadata_labels:
        return set()
    return {
        r
        for r, t in labels.items()
        if any_match(lex.metadata_labels, layout.fold_label(str(t).split(" | ")[0]))
    }


@dataclass(slots=True)
class _Column:
    """What a value column's header says: its period, its words, total, sex."""

    period: Period | None
    label: str
    total: bool
    sex: str | None


def _column_of(
    table: layout.Table, c: int, year: int | None, lex: RoleLexicon | None = None
) -> _Column:
    parts = table.parts.get(c, [])
    period: Period | None = None
    rest: list[str] = []
    months = layout.numbered_months(table)
    for part in parts:
        named = layout.labelled_period(part, year) if period is None else None
        if named is not None:  # "Personas atendidas (enero - abril 2026)": both, apart
            rest.append(named[0])
            period = named[1]
            continue
        p = layout.header_period(part, year)
        if period is not None and (months or period.label.isdigit()):
            p = _within(period, part, months)
        if p is not None and period is None:
            period = p
        elif p is not None and period is not None:
            period = p  # "2005 | TRIM 1 | 1": the year, its quarter, its month
        else:
            rest.append(part)
    if period is None and len(rest) > 1:
        period = _block_title_year(rest[:-1], year)
    if period is not None and len(parts) > 1 and period.label.isdigit():
        period = layout._month_period(int(period.label), 1, 12, period.label)
    label = " ".join(rest)
    total = bool(layout.TOTAL.match(label)) or bool(rest and layout.TOTAL.match(rest[-1].strip()))
    sexes = _sexes(lex)
    sex = sexes.get(fold(label))
    if sex is None and len(rest) > 1:  # "Casos VIH positivos año 2018 | Femenino"
        sex = sexes.get(fold(rest[-1]))
    return _Column(period, label, total, sex)  # "Tipo | Total": a total


def _within(period: Period, part: str, months: bool) -> Period | None:
    """The part of ``period`` a lower header part names: the quarter "TRIM 1" under the year
    "2005", the month "1" under that quarter where the header numbers the months
    (``layout.numbered_months``). None where it names nothing inside the period."""
    year = int(period.start[:4])
    if period.end[:4] != period.start[:4]:
        return None
    text = part.strip()
    if months and re.fullmatch(r"\d{1,2}", text) and 1 <= int(text) <= layout.MONTHS_A_YEAR:
        m = int(text)
        p: Period | None = layout._month_period(year, m, m, f"{year:04d}-{m:02d}")
    else:
        p = layout.header_period(text, year)
    if p is None or not (period.start <= p.start and p.end <= period.end):
        return None
    return None if (p.start, p.end) == (period.start, period.end) else p


def _sex_beside(columns: dict[int, _Column], lex: RoleLexicon) -> dict[int, _Column]:
    """ "Otros" is a sex beside a column of another sex ("Femenino | Masculino | Otros"); beside
    peoples ("Maya | Xinca | Otros") it is their other ones, no sex (lexicon ``sex_beside``)."""
    if any(col.sex and col.sex not in lex.sex_beside for col in columns.values()):
        return columns
    return {
        c: replace(col, sex=None) if col.sex in lex.sex_beside else col
        for c, col in columns.items()
    }


def _values_across(columns: dict[int, _Column], lex: RoleLexicon) -> dict[int, tuple[str, str]]:
    """Value columns headed by the values of one breakdown ("Mestizo Ladino | Maya | Xinca |
    Garífuna | Otros" beside a column of years): each column's cells are that value of the
    breakdown, as the semantic reader reads them. Only where every column that is no total
    and no sex is such a value (two at least), or an "Otros" beside them (``sex_beside``)."""
    named = {c: fold(col.label).strip() for c, col in columns.items() if not col.total}
    if any(columns[c].sex and h not in lex.sex_beside for c, h in named.items()):
        return {}
    dims = {
        c: d for c, h in named.items() for d, words in lex.category_values.items() if h in words
    }
    if len(dims) < 2 or len(set(dims.values())) != 1:
        return {}
    dim = next(iter(dims.values()))
    if any(c not in dims and h not in lex.sex_beside for c, h in named.items()):
        return {}
    return {c: (dim, columns[c].label.strip()) for c in named}


def _block_title_year(upper: list[str], year: int | None) -> Period | None:
    """The year an upper header row's title names over its block of columns ("Casos VIH
    positivos año 2018" over "Femenino | Masculino", and "... año 2019" over the block beside
    it): each block's columns are that year's. Only a title naming one year and no month."""
    from genero_etl.extract.periods import find_periods

    for text in upper:
        if len(set(_YEAR_IN_TEXT.findall(text))) != 1 or _MONTH_IN_TEXT.search(fold(text)):
            continue
        found = find_periods(text, year)
        if len(found) == 1 and (found[0].start[5:], found[0].end[5:]) == ("01-01", "12-31"):
            y = int(found[0].start[:4])
            return layout._month_period(y, 1, 12, str(y))
    return None


_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_MONTH_IN_TEXT = re.compile(rf"\b(?:{'|'.join(layout.MONTHS)})\b")


def _goal_kind(header: str, ctx: FileContext) -> str:
    """'target' for a goal's column ("Meta" beside what was achieved), '' otherwise."""
    from genero_etl.tabular.lexicon import any_match

    lex = ctx.roles or _lexicon()
    return "target" if any_match(lex.goals, layout.fold_label(header)) else ""


def _inferred_record(
    grid: Grid,
    table: layout.Table,
    ctx: FileContext,
    rows: _Rows,
    col: _Column,
    r: int,
    c: int,
    raw: Any,
    crossed: bool = False,
    extra: tuple[tuple[str, str], ...] = (),
) -> dict[str, Any]:
    """One value cell of an inferred table as a candidate record. ``crossed``: the table
    has a total row and a total column, so each cell has a second total, its row's.
    ``extra``: breakdowns the row holds besides its label (its block's heading, a text
    column that tells rows apart), outermost first."""
    label = rows.labels.get(r, "")
    section = table.sections.get(r, "")
    is_total_row = r in rows.total
    if rows.total and not is_total_row:
        bd_dim, bd_val = rows.dimension, label
        primary = f"{col.label} {table.title}"
    else:
        bd_dim, bd_val = "_T", "_T"
        primary = f"{label} {col.label}".strip()
    row_sex = rows.sexes.get(r) if not col.sex else None
    if row_sex:  # "Sexo" over "Hombre", "Mujer": the row is a sex, not what is counted
        bd_dim, bd_val = "sexo", row_sex
        primary = f"{col.label} {table.title}".strip()
    shaped_dim, shaped = rows.shaped
    row_shaped = shaped.get(r) if not row_sex else None
    if row_shaped:  # "0-4", "5-9" ... "100+": the row is an age group, not what is counted
        bd_dim, bd_val = shaped_dim, row_shaped
        primary = f"{col.label} {table.title}".strip()
    row_named = row_sex or row_shaped  # the row's label is a breakdown's value, not what is counted
    if rows.named and label and not row_named and bd_dim == "_T" and not is_total_row:
        # "Tipo de violencia" over "Psicológica": the row's label is also its breakdown's value
        bd_dim, bd_val = rows.named, label
    book = ctx.codebook
    row_dim = (
        _title_row_dimension(table.title, ctx.roles or _lexicon())
        if col.sex and label and not rows.total and not row_named and not rows.periods
        else ""
    )
    if row_dim and book.classify(primary, table.title).id == book.unclassified.id:
        # "... por sector según sexo" over "Público", "Privado": the rows are the sectors
        bd_dim, bd_val = row_dim, label
        primary = table.title
    else:
        row_dim = ""
    if col.sex and not col.total:
        bd_dim, bd_val = (
            ("sexo", col.sex) if bd_dim == "_T" else (f"{bd_dim}+sexo", f"{bd_val} | {col.sex}")
        )
    for dim, value in reversed(extra):
        bd_dim, bd_val = (
            (dim, value) if bd_dim == "_T" else (f"{dim}+{bd_dim}", f"{value} | {bd_val}")
        )
    title = " ".join([table.title, *(fold(x) for x in [grid.name])])
    indicator = book.classify(primary, f"{section} {title}")
    if label and not row_named and not row_dim and _counts_offenders(table, grid, ctx):
        # "Femicidio" down a table of persons deprived of liberty: the people held for it, no
        # femicide. Only the title's words may name them; else unclassified, for review
        indicator = book.classify(f"{section} {title}".strip())
    if rows.total and indicator.id == book.unclassified.id:
        indicator = book.classify(f"{table.title} {section}")
    period = col.period or rows.periods.get(r) or _section_year(section)
    if period is None:  # a stacked block's heading that is a year alone: the block's year
        period = next((p for _, v in extra if (p := _section_year(v)) is not None), None)
    ps, pe, pl = _period_parts(period) if period is not None else _period_parts(ctx.facts.period)
    from genero_etl.tabular.semantic import own_name_region, region_in_title, title_measure

    measure_kind = title_measure(ctx.roles or _lexicon(), table.title, table.labels.get(c, ""))

    place = ctx.facts.place
    inferred = not ctx.declared_place  # as in the semantic reader: a place the file's words
    country = place.country or (_title_country(table.title) if inferred else "")
    return {  # suggest is no row's place (a data row's "Guatemala" is not the whole table's)
        "sheet": grid.name,
        "row": int(r),
        "col": int(c),
        "raw": raw,
        "indicator_id": indicator.id,
        "indicator_label": " | ".join(
            x
            for x in (
                (section, table.title)
                if row_dim
                else (section, "" if row_named else label, col.label)
            )
            if x
        )
        or table.labels.get(c, "")
        or indicator.label_es,  # an age group's row of a sheet with no header nor title
        "period_start": ps,
        "period_end": pe,
        "period_label": pl,
        "breakdown_dimension": bd_dim,
        "breakdown_value": bd_val,
        "country": country,
        "admin1": (
            region_in_title(table.title, country)
            or own_name_region(table.title, grid.name, country)
            if inferred
            else place.admin1
        ),
        # a region declared alone keeps no municipality the file's words seem to name
        "municipality": place.municipality if ctx.declared_municipality else "",
        "municipality_code": place.municipality_code if ctx.declared_municipality else "",
        "activity": "",
        "value_kind": _goal_kind(table.labels.get(c, ""), ctx) or measure_kind,
        "unit": {"percentage": "%", "rate": "tasa"}.get(measure_kind, ""),
        "source_text": " | ".join(x for x in (section, label, table.labels.get(c, "")) if x)[:300],
        "group_key": (
            f"col{c}|{indicator.id}"
            if rows.total
            else (f"row{r}|{ps}" if col.sex or col.total else "")
        )
        + (
            f"|{'|'.join(v for _, v in extra)}"
            if extra and (rows.total or col.sex or col.total)
            else ""
        ),
        "is_total": is_total_row or (col.total and not rows.total),
        "link_parent": bool(rows.total) or bool(col.sex),
        # the row's total (its Total column cell, which carries the key with "*")
        "cross_key": (f"{grid.name}|x{r}" + ("*" if col.total else "")) if crossed else "",
        "method": "table.inferred",
        "confidence": 0.75 if indicator.id != book.unclassified.id else 0.55,
    }


def _title_row_dimension(title: str, lex: RoleLexicon) -> str:
    """The breakdown a table's title names for its rows ("Proporción de matriculados ... por
    sector según sexo y año": "sector"); '' when it names none but years, sexes or places
    (the lexicon's ``title_breakdown`` and ``title_breakdown_not``)."""
    folded = layout.fold_label(title)
    for pattern in lex.title_breakdown:
        for m in pattern.finditer(folded):
            dim = m.group("dim")
            if dim not in lex.title_breakdown_not:
                return dim
    return ""


def _section_year(section: str) -> Period | None:
    """A block's heading that is a year alone ("2020" over its rows): the rows' year."""
    if not section or not layout.is_year(section.strip()):
        return None
    y = layout.year_value(section.strip())
    return layout._month_period(y, 1, 12, str(y))


SCALES = (1_000.0, 1_000_000.0)


def scaled_copies(data: pd.DataFrame, cols: list[int]) -> set[int]:
    """Number columns that are another's figures divided by a thousand or a million, row by row
    (three rows at least; "=B2/1000": the same population in thousands beside it): a copy in
    another unit, not published twice."""
    import pandas as pd

    parsed = {c: pd.to_numeric(data[c], errors="coerce") for c in cols if c in data.columns}
    copies: set[int] = set()
    for small, a in parsed.items():
        for big, b in parsed.items():
            if small == big or big in copies:
                continue
            both = a.notna() & b.notna() & (a != 0) & (b != 0)
            if int(both.sum()) < 3:
                continue
            ratio = (b[both] / a[both]).astype(float)
            if any(bool(((ratio - k).abs() <= k * 1e-6).all()) for k in SCALES):
                copies.add(small)
                break
    return copies


def _counts_offenders(table: layout.Table, grid: Grid, ctx: FileContext) -> bool:
    """Do the table's title, its sheet's or its file's name say it counts people held
    (``lexicon.counts_offenders``)? Then a row's offence is no indicator."""
    from genero_etl.tabular.lexicon import counts_offenders

    words = " ".join((table.title, grid.name, ctx.display)).replace("_", " ")
    return counts_offenders(ctx.roles or _lexicon(), words)


def infer_cells(
    grid: Grid, table: layout.Table, ctx: FileContext, heading: str = ""
) -> Candidates | None:
    """A table with no template: label columns, value columns, periods from headers or rows.
    ``heading``: the table's own heading when the sheet stacks tables of the same header
    (one block per court, per council): a breakdown that tells their values apart."""
    data = _data(grid, table)
    if data.empty:
        return None
    value_cols, label_cols = _value_and_label_columns(data, table)
    value_cols = _without_identifiers(value_cols, table, ctx, data)
    copies = scaled_copies(data, value_cols)
    if copies:
        value_cols = [c for c in value_cols if c not in copies]
        ctx.issues.append(issue("table-columns-scaled-copy", Severity.INFO, source_file=ctx.display,
                                sheet=grid.name or ctx.display,
                                columns=", ".join(table.labels.get(c) or col_letter(c) for c in sorted(copies))))  # fmt: skip
    if not value_cols:
        return None
    year = int(ctx.facts.period.start[:4]) if ctx.facts.period.start else None
    sums = _span_sums(data, table, value_cols, label_cols, year, ctx.convention)
    flag_formula_text(data, label_cols, grid, ctx)
    rows = _rows_of(data, table, label_cols, year, ctx.roles or _lexicon())
    out: list[dict[str, Any]] = []
    kinds: set[str] = set()
    lex = ctx.roles or _lexicon()
    columns = _sex_beside({c: _column_of(table, c, year, lex) for c in value_cols}, lex) | sums
    notes = layout.column_notes(grid, table)
    for c, col in columns.items():
        if col.period is not None and c in notes:  # "2022⅟": the note may say "1er. semestre"
            columns[c] = replace(col, period=layout.noted_period(col.period, notes[c]))
    crossed = bool(rows.total) and any(col.total for col in columns.values())
    repeats = _rows_repeating_total(data, rows, value_cols, ctx.convention)
    for r, t in repeats.items():  # "Total de causa 570 | Homicidios 570": one total, once
        ctx.issues.append(issue("row-repeats-total", Severity.INFO, source_file=ctx.display,
                                sheet=grid.name or ctx.display, label=rows.labels.get(r, ""),
                                total=rows.labels.get(t, "")))  # fmt: skip
    for t, r in _total_of_one_row(data, rows, value_cols, ctx.convention).items():
        repeats[t] = r  # "MUJERES 55 | TOTAL 55": the total of the women alone, not of all
        ctx.issues.append(issue("total-of-one-row", Severity.INFO, source_file=ctx.display,
                                sheet=grid.name or ctx.display, label=rows.labels.get(r, ""),
                                total=rows.labels.get(t, "")))  # fmt: skip
    splitting = _splitting_columns(data, table, value_cols, label_cols, rows, ctx)
    own = (("seccion", heading),) if heading else ()
    across = _values_across(columns, lex)
    for c, col in columns.items():
        kinds.add("ancha (periodos en columnas)" if col.period else "larga")
        for i, (r, raw) in enumerate(zip(rows.numbers, data[c].tolist(), strict=True)):
            if not layout.is_blank(raw) and r not in rows.metadata and r not in repeats:
                extra = own + tuple((d, v[i]) for d, v in splitting if v[i])
                extra += (across[c],) if c in across else ()
                out.append(_inferred_record(grid, table, ctx, rows, col, r, c, raw, crossed, extra))
    if not out:
        return None
    _columns_apart(out, columns, ctx.roles or _lexicon(), ctx.codebook.unclassified.id)
    penalty = 0.1 if not table.header_rows else 0.0
    confidence = round(sum(float(o["confidence"]) for o in out) / len(out) - penalty, 2)
    for o in out:
        o["confidence"] = float(o["confidence"]) - penalty
    _report_inferred(
        grid, table, ctx, kinds, value_cols + label_cols, rows, len(value_cols), confidence
    )
    return Candidates.from_records(out)


def _columns_apart(
    out: list[dict[str, Any]], columns: dict[int, _Column], lex: RoleLexicon, unclassified: str
) -> None:
    """Value columns whose cells of one row fall on one key (indicator, period, breakdown):
    "Mes | Solicitadas | Otorgadas | Vigentes" under a title on protection orders. Each
    column's header joins its cells' breakdown, as the semantic reader does, so that no two
    numbers of a row are published as the same value."""
    from genero_etl.tabular.semantic import dimension_of

    cols: dict[tuple[Any, ...], set[int]] = {}
    for o in out:
        if o["indicator_id"] == unclassified:
            continue  # told apart by its label, which stays its indicator's
        key = (o["row"], o["indicator_id"], o["period_start"], o["period_end"],
               o["breakdown_dimension"], o["breakdown_value"])  # fmt: skip
        cols.setdefault(key, set()).add(int(o["col"]))
    apart = {c for found in cols.values() if len(found) > 1 for c in found}
    for o in out:
        col = columns.get(int(o["col"]))
        if int(o["col"]) not in apart or col is None or not col.label:
            continue
        dim, value = dimension_of(lex, col.label), col.label
        if o["breakdown_dimension"] != "_T":
            dim, value = f"{o['breakdown_dimension']}+{dim}", f"{o['breakdown_value']} | {value}"
        o["breakdown_dimension"], o["breakdown_value"] = dim, value


def _total_of_one_row(
    data: pd.DataFrame, rows: _Rows, value_cols: list[int], convention: Convention
) -> dict[int, int]:
    """A "Total" row under one row only, equal to it in every value column ("MUJERES 55 |
    TOTAL 55", a formula repeating it): the total of that row, not of everyone; no man is
    counted, so a total of all would be false. Returned as {total row: the row}: the total is
    not published, the row keeps its breakdown."""
    if len(rows.total) != 1 or not value_cols:
        return {}
    t = next(iter(rows.total))
    at = {r: i for i, r in enumerate(rows.numbers)}
    cells = {c: column_numbers(data[c], convention) for c in value_cols}
    others = [
        r
        for r in rows.numbers
        if r != t
        and r not in rows.metadata
        and any(cells[c][at[r]] is not None for c in value_cols)
    ]
    if len(others) != 1:
        return {}
    line = [cells[c][at[others[0]]] for c in value_cols]
    total = [cells[c][at[t]] for c in value_cols]
    if any(v is None for v in total) or line != total:
        return {}
    return {t: others[0]}


def _splitting_columns(
    data: pd.DataFrame,
    table: layout.Table,
    value_cols: list[int],
    label_cols: list[int],
    rows: _Rows,
    ctx: FileContext,
) -> list[tuple[str, list[str]]]:
    """Headed text columns no label reading took (right of the values: "x | y | z"), of a few
    words each repeated, that tell apart rows sharing their label and period ("2018 | 55 |
    Corte de apelaciones", "2018 | 6 | Corte Suprema de Justicia"): each a breakdown named by
    its header, its value per row. Without it the rows' values would say the same thing
    twice, differently. A column of each row's own words (names, notes) splits nothing. A
    column of sexes is the sex breakdown whatever its header, written as ``_sex_rows`` writes
    the sexes of rows."""
    lex = ctx.roles or _lexicon()
    found: list[tuple[str, list[str]]] = []
    keys = [f"{rows.labels.get(r, '')}\x00{rows.periods.get(r)}" for r in rows.numbers]
    for column in data.columns:
        c = _int(column)
        header = table.labels.get(c, "").strip()
        if c in value_cols or c in label_cols or not header:
            continue
        texts = [" ".join(layout.cell_text(v).split()) for v in data[column].tolist()]
        filled = [t for t in texts if t]
        distinct = set(filled)
        if not (2 <= len(distinct) <= lex.max_categories and len(filled) >= 2 * len(distinct)):
            continue
        if any(any(ch.isdigit() for ch in t) for t in distinct):
            continue  # codes, dates, amounts written as text: not a breakdown's names
        seen: dict[str, str] = {}
        if not any(t and seen.setdefault(k, t) != t for k, t in zip(keys, texts, strict=True)):
            continue
        sexes = {t: lex.sex_words.get(fold(t)) for t in distinct}
        if len(set(sexes.values())) >= 2 and None not in sexes.values():
            # "Hombre", "Mujer" under a header that names nothing ("z"): the rows' sexes, in
            # the words the sex breakdown of this reading publishes ("varones", "mujeres")
            found.append(("sexo", [sexes.get(t) or "" for t in texts]))
            continue
        name = re.sub(r"[^a-z0-9]+", "_", layout.fold_label(header)).strip("_")[:40]
        found.append((name or f"columna_{col_letter(c).lower()}", texts))
    return found


def _rows_repeating_total(
    data: pd.DataFrame, rows: _Rows, value_cols: list[int], convention: Convention
) -> dict[int, int]:
    """Rows that repeat the table's one "Total" row in every value column while the other
    rows add up to that total as well ("Total de causa 570 | Homicidios 570 | Arma de fuego
    386 | Arma blanca 73 | ..."): a sub-total spanning every part, the same total under a
    second name. Each is returned with the total's row; it is published once, as the total.
    A row that only happens to equal the total (the women of a table whose men are all 0)
    is kept: the others do not add up to the total beside it."""
    if len(rows.total) != 1 or not value_cols:
        return {}
    t = next(iter(rows.total))
    at = {r: i for i, r in enumerate(rows.numbers)}
    cells = {c: column_numbers(data[c], convention) for c in value_cols}

    def line(r: int) -> list[float | None]:
        return [cells[c][at[r]] for c in value_cols]

    total = line(t)
    if any(v is None for v in total) or not any(total):
        return {}
    others = [
        r
        for r in rows.numbers
        if r != t and r not in rows.metadata and any(v is not None for v in line(r))
    ]
    found: dict[int, int] = {}
    for r in others:
        if line(r) != total:
            continue
        rest = [line(o) for o in others if o != r]
        if len(rest) < 2:
            continue
        sums = [sum(v or 0.0 for v in column) for column in zip(*rest, strict=True)]
        if all(
            abs(a - float(b or 0.0)) < 1e-6 * max(1.0, abs(float(b or 0.0)))
            for a, b in zip(sums, total, strict=True)
        ):
            found[r] = t
    return found


def _report_inferred(
    grid: Grid,
    table: layout.Table,
    ctx: FileContext,
    kinds: set[str],
    columns: list[int],
    rows: _Rows,
    values: int,
    confidence: float,
) -> None:
    """Say how an inferred table was read (layout, header row, value columns, confidence)."""
    layout_es = "de rótulo/valor" if not table.header_rows else " y ".join(sorted(kinds))
    layout_en = (
        "label/value"
        if not table.header_rows
        else ("wide (periods as columns)" if any("ancha" in k for k in kinds) else "long")
    )
    header_row = table.header_rows[-1] + 1 if table.header_rows else min(rows.numbers) + 1
    ctx.issues.append(
        issue(
            "layout-inferred",
            Severity.INFO,
            source_file=ctx.display,
            source_locator=locator(grid.name, header_row - 1, min(columns)),
            sheet=grid.name or ctx.display,
            layout=layout_es,
            layout_en=layout_en,
            row=header_row,
            values=values,
            confidence=confidence,
        )
    )
