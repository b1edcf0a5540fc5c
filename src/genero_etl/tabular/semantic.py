"""Tables read by what their columns mean: roles, then a layout registered by decorator.

For a table with no template, each column gets a role (:mod:`.roles`); a mapping file
beside the input (:mod:`.mapping`) replaces any inferred role. Then the first layout,
in registration order, that fits the roles reads the table into cells:

- ``register``: one row per case, victim or call (identifiers, dates, attributes and no
  measure column, or a column that says how many cases a row stands for): counted by
  its own dimensions (its place, the period its dates support) with each breakdown
  column counted apart and linked to the total. No cell or row text is published.
- ``long``: measure columns beside place, period, indicator and breakdown columns;
  rows with the same dimensions are summed (exact duplicates are not dropped).
- ``wide``: numbers under headers that are periods, categories or indicators, beside
  row labels that are places, programmes or categories; total columns and rows are kept
  as totals linked to their parts, shares and cumulative columns are left out.

A table no layout fits returns ``None`` and the generic reader of :mod:`.ingest` takes it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar

from genero_etl.extract.periods import week_header
from genero_etl.extract.textutil import fold
from genero_etl.messages import issue
from genero_etl.model import Period, Severity
from genero_etl.normalize.places import lookup_admin1
from genero_etl.readers.grid import col_letter, locator
from genero_etl.tabular import layout
from genero_etl.tabular.geo import (
    Resolver,
    admin1_of_code,
    country_of_code,
    country_of_name,
    official_codes_country,
    pad_code,
    reduce_code,
    vote_country,
)
from genero_etl.tabular.lexicon import (
    Patterns,
    RoleLexicon,
    any_match,
    counts_offenders,
    first_key,
    other_subject,
)
from genero_etl.tabular.roles import (
    COORDINATE,
    ColumnRole,
    Profile,
    infer_roles,
    name_measures,
    profile_column,
    values_of_a_breakdown_across,
)

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from genero_etl.readers.grid import Grid
    from genero_etl.tabular.ingest import Cells, FileContext

T = TypeVar("T")
UNKNOWN = "_U"  # SDMX: unknown
OTHER = "_O"  # SDMX: other (a province's municipalities of too few cases each, together)
# a municipality's count of a register below this is counted with the province's others:
# a case or two of one municipality and month could point at the person (templates' min_count)
MIN_MUNICIPAL_COUNT = 3
# a register's breakdown whose cells by place and year hold fewer cases than this on average
# is counted for the whole country: many cells of one or two cases say little and expose much
MIN_CASES_PER_CELL = 5
_YEAR_SPAN = re.compile(r"\b((?:19|20)\d{2})\s*(?:-|–|/|a|al|hasta)\s*((?:19|20)\d{2})\b")
_YEAR_IN = re.compile(r"\b(?:19|20)\d{2}\b")
_HASC_VALUE = re.compile(r"^[A-Z]{2}\.[A-Z0-9]{2}$")
_INTEGER_TEXT = re.compile(r"^-?\d+(?:\.0+)?$")
LOW_CONFIDENCE = 0.6
COLLAPSE_SAMPLE = 100_000  # cells of the generic reader checked for the one-value-per-key symptom
COLLAPSE_SHARE = 0.1  # more than this share of values on an already used key: warn
PLACE_ORDER = ("country", "admin1", "intermediate", "municipality")


@dataclass(slots=True)
class TableView:
    grid: Grid
    table: layout.Table
    data: pd.DataFrame
    roles: dict[int, ColumnRole]
    lex: RoleLexicon
    ctx: FileContext
    country: str = ""
    resolver: Resolver = field(default_factory=lambda: Resolver.of(""))
    _texts: dict[int, list[str]] = field(default_factory=dict)
    _noted: dict[int, str] | None = None  # column -> the text of the note its header marks
    _weeks: bool | None = None  # whether the table counts by epidemiological week
    # columns a layout read in a role their inference did not give them (an unnamed text
    # column that tells rows apart as a breakdown, a headed count as a measure): what
    # `inspect` and the table-read note show for them
    read_as: dict[int, ColumnRole] = field(default_factory=dict)
    # place columns whose level the country's own words said (``levels`` of its file):
    # column -> admin1 | admin2 | admin3
    levels: dict[int, str] = field(default_factory=dict)
    # a label-value list in sections ("Entidad" | "Entidad_%" over its states' shares): each
    # member row's index -> (its section's heading, whether the heading says the values are %)
    sections: dict[int, tuple[str, bool]] = field(default_factory=dict)
    _words: str | None = None  # every word of the table, plain (``words``)
    # age-band columns of bare numbers whose band width cannot be known (``_age_bands``): the
    # table's counts are held for review
    unknown_bands: set[str] = field(default_factory=set)
    # rows of a table of counts by single age whose ages open bands of unsaid width (an
    # abridged table's 0, 1, 5, 10 ...; ``_single_ages_counted``): their counts are held
    abridged_ages: set[Any] = field(default_factory=set)
    # data rows whose own place cell names what no lookup finds, in a file whose region the
    # user declared (``_resolve``): their values are held for review, never that region's
    unknown_places: set[Any] = field(default_factory=set)
    _distinct: dict[int, int] = field(default_factory=dict)  # column -> its distinct texts

    def distinct(self, col: int) -> int:
        """How many different texts a column holds (asked once per row by some layouts)."""
        if col not in self._distinct:
            self._distinct[col] = len(set(self.text(col)))
        return self._distinct[col]

    def of(self, role: str, kind: str | None = None) -> list[ColumnRole]:
        return [
            r for r in self.roles.values() if r.role == role and (kind is None or r.kind == kind)
        ]

    @property
    def sheet(self) -> str:
        return self.grid.name

    @property
    def title(self) -> str:
        # a file name's words ("co_delitos_sexuales_2019.csv") read as words
        names = (self.grid.name, self.ctx.display)
        return " ".join(x for x in (self.table.title, *(n.replace("_", " ") for n in names)) if x)

    @property
    def near_title(self) -> str:
        """The table's own title and its sheet's name, without the file name: the words
        nearest the numbers, which say what they are before a name given to the whole file."""
        return " ".join(x for x in (self.table.title, self.grid.name.replace("_", " ")) if x)

    @property
    def in_weeks(self) -> bool:
        """Whether a header of the table, its own title or its sheet's name names
        epidemiological weeks ("SE 1/2025-6/2025", "Semana epidemiológica"): then a header
        that is a bare week ("6/2025", "14") is that week (the file's name is not asked)."""
        if self._weeks is None:
            from genero_etl.extract.periods import names_weeks

            texts = [self.near_title, *(" ".join(p) for p in self.table.parts.values())]
            self._weeks = any(names_weeks(t) for t in texts if t) or (
                numbered_weeks(self.grid, self.ctx.display, self.lex)
                and layout.numbered_columns(self.grid) is not None
            )  # "18 | 17 | ... | 1" in "..._semana_2017_2020.csv": weeks by the file's name
        return self._weeks

    @property
    def words(self) -> str:
        """Every word the table says of all its rows, plain: its title, sheet and file name,
        its headers and the value of its constant columns (what a codebook's
        ``table_requires`` asks of it). A breakdown's values name one part of the rows each:
        "MUJER" beside "HOMBRE" in a column of sex says the table counts both."""
        if self._words is None:
            texts = [self.title, *(layout.cell_text(h) for h in self.table.labels.values())]
            for role in self.of("constant"):
                texts.extend(dict.fromkeys(self.text(role.col)))
            self._words = fold(" ".join(t for t in texts if t))
        return self._words

    def text(self, col: int) -> list[str]:
        """A column as clean text, converted once per distinct value and kept."""
        cached = self._texts.get(col)
        if cached is None:
            import numpy as np
            import pandas as pd

            codes, uniques = pd.factorize(self.data[col], use_na_sentinel=True)
            mapped = np.array([*(layout.cell_text(u) for u in uniques), ""], dtype=object)
            cached = mapped[codes].tolist()  # a missing cell (code -1) takes the last, ""
            self._texts[col] = cached
        return cached


@dataclass(slots=True)
class TableRead:
    """How one table was read: for `ingest` (cells) and `inspect` (roles, layout, confidence)."""

    sheet: str
    header_row: int  # 1-based, 0 when the table has no header
    layout: str
    confidence: float
    roles: list[ColumnRole]
    records: list[dict[str, Any]]
    country: str = ""
    notes: list[str] = field(default_factory=list)


Layout = Callable[[TableView], list[dict[str, Any]] | None]
LAYOUTS: list[tuple[str, Callable[[TableView], bool], Layout]] = []


def table_layout(name: str, fits: Callable[[TableView], bool]) -> Callable[[Layout], Layout]:
    """Register a layout: ``fits`` decides from the roles, the function builds the records."""

    def register(func: Layout) -> Layout:
        LAYOUTS.append((name, fits, func))
        return func

    return register


# --- entry points ----------------------------------------------------------------------


def read_table(
    grid: Grid,
    table: layout.Table,
    ctx: FileContext,
    lex: RoleLexicon,
    overrides: dict[str, ColumnRole] | None = None,
) -> TableRead | None:
    """Roles and records of one table, or None when no layout fits (or it is not data)."""
    from genero_etl.tabular.ingest import _data

    data = _data(grid, table)
    if data.empty:
        return None
    data = data[[c for c in data.columns if _has_values(data[c])]]
    data = _drop_statistic_rows(data, lex)
    data, sections = _label_sections(data, ctx)
    if data.empty or data.shape[1] < 2:
        return None
    profiles = [
        profile_column(data, int(str(c)), table.labels.get(int(str(c)), ""), lex)
        for c in data.columns
    ]
    roles = {r.col: r for r in infer_roles(profiles, lex)}
    if any(f.labels for f in (overrides or {}).values()):
        data = data.copy()
    for key, forced in (overrides or {}).items():
        col = _column_for(key, table, roles)
        if col is None:
            continue
        if forced.labels:
            data[col] = _decode(data[col], forced.labels)
        if not forced.role:  # only labels: the inferred role, now over the decoded names
            again = infer_roles([profile_column(data, col, table.labels.get(col, ""), lex)], lex)[0]
            roles[col] = again if not (again.role == "place" and again.code) else roles[col]
            if roles[col].role == "place":
                roles[col].code = False
            elif roles[col].role in {"ignored", "value"}:  # decoded, yet no word of ours names it
                name = re.sub(r"[^a-z0-9]+", "_", layout.fold_label(roles[col].header)).strip("_")
                roles[col] = ColumnRole(col, roles[col].header, "category",
                                        name or col_letter(col).lower(), 0.8, "why-codebook")  # fmt: skip
            continue
        roles[col] = ColumnRole(col, table.labels.get(col, ""), forced.role, forced.kind, 1.0, "why-map",
                                forced.code and not forced.labels, forced.width or roles[col].width, "mapping")  # fmt: skip
    _unnamed_row_totals(data, roles, ctx)
    _same_header_twice(roles, grid, ctx)
    _undated_twins(roles, grid, ctx)
    _scaled_copies(data, roles, grid, ctx)
    _lone_shares_are_measures(roles, lex)
    _shares_of_the_row(data, roles, lex, ctx)
    _fractions_are_not_counts(roles, profiles)
    abridged = _single_ages_counted(data, roles, profiles, lex)
    values_of_a_breakdown_across(roles, lex)
    _row_labels_as_category(roles, lex)
    name_measures(profiles, roles, lex)
    data = _fractions_to_percent(data, roles, grid, ctx)
    view = TableView(grid, table, data, roles, lex, ctx, sections=sections)
    view.abridged_ages = abridged
    _unnamed_fractions(view, profiles)
    _sample_counts_of_a_survey(view)
    view.country = decide_country(view)
    view.resolver = Resolver.of(view.country)
    official_codes_are_places(view)
    place_levels(view)
    keys_are_no_places(view)
    flag_blocks(view)
    _countries_of_the_people(view)
    _fiscal_year(view)
    for name, fits, build in LAYOUTS:
        if not fits(view):
            continue
        records = build(view)
        if records is None:
            continue
        _programme_budgets(view, records)
        confidence = _confidence(view)
        for record in records:  # a doubtful reading shows in every value it gave
            record["confidence"] = min(float(record["confidence"]), confidence)
        _held_when_bands_unknown(view, records)
        _held_abridged_ages(view, records)
        _held_unknown_places(view, records)
        header_row = table.header_rows[-1] + 1 if table.header_rows else 0
        shown = [view.read_as.get(col, role) for col, role in roles.items()]
        return TableRead(grid.name, header_row, name, confidence, shown, records, view.country)
    # never handed to the generic reader, which publishes row text (and the ages as numbers)
    kept = view.of("personal") + [r for r in roles.values() if r.evidence == "why-single-ages"]
    if kept:
        ctx.issues.append(issue("table-personal-skipped", Severity.WARNING, source_file=ctx.display,
                                sheet=grid.name or ctx.display,
                                columns=", ".join(r.header or col_letter(r.col) for r in kept)))  # fmt: skip
        header_row = table.header_rows[-1] + 1 if table.header_rows else 0
        return TableRead(
            grid.name, header_row, "none", _confidence(view), list(roles.values()), [], view.country
        )
    return None


def _same_header_twice(roles: dict[int, ColumnRole], grid: Grid, ctx: FileContext) -> None:
    """Number columns of one table under the same header, nothing above telling them apart
    ("Casos | % | Casos | %" whose years were in a lost upper row): which is which is not
    said, so none of them is published (the user's map may name them)."""
    numbers = [r for r in roles.values() if r.role in {"value", "measure", "derived"}]
    others = Counter(layout.fold_label(r.header) for r in roles.values() if r not in numbers)
    if any(n > 1 for label, n in others.items() if label):
        return  # blocks side by side, each with its own "Mes", "Año": told apart by them
    by_label: dict[str, list[ColumnRole]] = {}
    for r in numbers:
        label = layout.fold_label(r.header)
        if label and r.source == "inferred":
            by_label.setdefault(label, []).append(r)
    twice = [r for same in by_label.values() if len(same) > 1 for r in same]
    if not twice:
        return
    for r in twice:
        roles[r.col] = ColumnRole(r.col, r.header, "ignored", "", 1.0, "why-same-header")
    ctx.issues.append(issue("table-columns-same-header", Severity.WARNING, source_file=ctx.display,
                            sheet=grid.name or ctx.display,
                            columns=", ".join(sorted({r.header for r in twice}))))  # fmt: skip


_YEAR_IN_LABEL = re.compile(r"\b(?:19|20)\d{2}\b")


def _undated_twins(roles: dict[int, ColumnRole], grid: Grid, ctx: FileContext) -> None:
    """A number column whose header is a dated column's header without its period
    ("Defunciones" beside "Defunciones en la SE 6 2025", "Casos" beside "Casos 2024") counts
    the same thing over a period the table does not name (the season's running total, another
    year): it would take the dated column's period, or the file's, that is not its own, so it
    is not published (the user's map may name it)."""
    numbers = [
        r for r in roles.values() if r.role in {"value", "measure"} and r.source == "inferred"
    ]
    labels = {r.col: layout.fold_label(r.header) for r in numbers}
    twins = [
        r
        for r in numbers
        if labels[r.col]
        and not _YEAR_IN_LABEL.search(labels[r.col])
        and any(
            other.col != r.col
            and labels[other.col].startswith(labels[r.col] + " ")
            and _YEAR_IN_LABEL.search(labels[other.col][len(labels[r.col]) :])
            for other in numbers
        )
    ]
    for r in twins:
        roles[r.col] = ColumnRole(r.col, r.header, "ignored", "", 1.0, "why-undated-twin")
    if twins:
        ctx.issues.append(issue("table-columns-undated-twin", Severity.WARNING, source_file=ctx.display,
                                sheet=grid.name or ctx.display,
                                columns=", ".join(r.header for r in twins)))  # fmt: skip


def _scaled_copies(
    data: pd.DataFrame, roles: dict[int, ColumnRole], grid: Grid, ctx: FileContext
) -> None:
    """A number column that is another's figures in thousands or millions is a copy in another
    unit (``ingest.scaled_copies``): not published twice."""
    from genero_etl.tabular.ingest import scaled_copies

    numbers = [
        r.col for r in roles.values() if r.role in {"value", "measure"} and r.source == "inferred"
    ]
    copies = scaled_copies(data, numbers) if len(numbers) > 1 else set()
    for c in sorted(copies):
        roles[c] = ColumnRole(c, roles[c].header, "ignored", "", 1.0, "why-scaled-copy")
    if copies:
        ctx.issues.append(issue("table-columns-scaled-copy", Severity.INFO, source_file=ctx.display,
                                sheet=grid.name or ctx.display,
                                columns=", ".join(roles[c].header or col_letter(c) for c in sorted(copies))))  # fmt: skip


def _fiscal_year(view: TableView) -> None:
    """A sheet per fiscal year ('2019-2020') covers the fiscal year of the table's country."""
    if not view.country or not view.ctx.facts.period.start:
        return
    from dataclasses import replace

    period = layout.fiscal_span(view.ctx.facts.period, _fiscal_start(view))
    if period is not view.ctx.facts.period:
        view.ctx.facts = replace(view.ctx.facts, period=period)


def _fiscal_start(view: TableView) -> int:
    """The month the fiscal year of the table's country begins (1 when unknown)."""
    from genero_etl.countries import registry

    reg = registry()
    return reg.get(view.country).fiscal_year_start if view.country in reg else 1


def _row_labels_as_category(roles: dict[int, ColumnRole], lex: RoleLexicon) -> None:
    """A table whose only words are its first column ("Institución que recibió la denuncia"
    down, numbers across, perhaps a "Total" column at the end) is a breakdown by that
    column, named by its header."""
    kinds = {"category", "place", "activity", "indicator", "period"}
    if any(r.role in kinds for r in roles.values()):
        return
    if not any(r.role == "value" for r in roles.values()) or any(
        r.role == "measure" and not any_match(lex.total_columns, layout.fold_label(r.header))
        for r in roles.values()
    ):
        return  # a measure beside it: the long reader names the rows itself
    first = roles[min(roles)]
    name = re.sub(r"[^a-z0-9]+", "_", layout.fold_label(first.header)).strip("_")[:40]
    if first.role == "ignored" and first.source == "inferred" and name:
        roles[first.col] = ColumnRole(first.col, first.header, "category", name, 0.5, "why-text")


def _lone_shares_are_measures(roles: dict[int, ColumnRole], lex: RoleLexicon) -> None:
    """A share is derived only beside the numbers it is computed from; alone, it is the measure."""
    if any(r.role in {"measure", "value"} for r in roles.values()):
        return
    for r in roles.values():
        if r.role == "derived" and r.source == "inferred":
            folded = layout.fold_label(r.header)
            kind = next(
                (k for k in ("percentage", "average") if any_match(lex.measure.get(k, ()), folded)),
                "count",
            )
            r.role, r.kind, r.evidence = "measure", kind, "why-lone-share"


def _shares_of_the_row(
    data: pd.DataFrame, roles: dict[int, ColumnRole], lex: RoleLexicon, ctx: FileContext
) -> None:
    """A share of one count of the row in another count of the same row ("porcentaje
    diputadas" = "cantidad diputadas" / "diputadxs", women's seats over all the seats) is an
    indicator of its own, the source's number: published as a percentage (the measure),
    not left out as derived. Only where its header names the part it is the share of (a
    word of "cantidad diputadas" after the share word) and it equals that part over another
    count of its row, rounded as written, in nearly every row; both named counts by their
    headers (measures), so the table is read as it was, one more measure beside them. A share of a column's total
    (each province's share of the country) is a distribution the counts already say: it
    stays derived."""
    from genero_etl.tabular.ingest import column_numbers

    share_words = lex.measure.get("percentage", ())
    counts = [
        r for r in roles.values()
        if r.role == "measure" and r.kind not in {"rate", "percentage"}
    ]  # fmt: skip
    if len(counts) < 2:
        return
    numbers: dict[int, list[float | None]] = {}

    def parsed(col: int) -> list[float | None]:
        if col not in numbers:
            numbers[col] = column_numbers(data[col], ctx.convention)
        return numbers[col]

    for r in list(roles.values()):
        header = layout.fold_label(r.header)
        if r.role != "derived" or r.source != "inferred" or r.kind == "fractions":
            continue
        if not any_match(share_words, header):
            continue
        named = {
            w for w in header.split() if len(w) > 3 and not any_match(share_words, w)
        }  # the words naming what it is the share of ("diputadas"), not "porcentaje", "de"
        parts = [a for a in counts if named & set(layout.fold_label(a.header).split())]
        if not named or not any(
            _row_ratio(parsed(r.col), parsed(a.col), parsed(b.col))
            for a in parts
            for b in counts
            if b is not a
        ):
            continue
        roles[r.col] = ColumnRole(
            r.col, r.header, "measure", "percentage", 0.7, "why-row-share", source=r.source
        )


def _row_ratio(
    share: list[float | None], part: list[float | None], whole: list[float | None]
) -> bool:
    """Is ``share`` 100 x part / whole in its rows (to the rounding of whole percents), the
    part never above the whole and below it somewhere, in at least three rows?"""
    rows = [
        (s, a, b)
        for s, a, b in zip(share, part, whole, strict=True)
        if s is not None and a is not None and b is not None and b > 0
    ]
    if len(rows) < 3 or any(a > b for _, a, b in rows) or all(a == b for _, a, b in rows):
        return False
    close = sum(1 for s, a, b in rows if abs(100 * a / b - s) <= 0.51)
    return close >= 0.9 * len(rows)


def _sample_counts_of_a_survey(view: TableView) -> None:
    """A survey's tabulation publishes estimates (shares of the people it stands for), each
    beside what it was computed from: its numerator and its sample size, counts of the people
    interviewed, unweighted ("recognised" / "total" beside "pct" in ENDIREH's states; "n",
    "norm" beside "pct" by age group), and the precision of the estimate (the bounds of its
    confidence interval, its standard error, its coefficient of variation). None of those is
    a count of the people of a place, nor a value of its own: they are left out (an
    attribute of the estimate), the estimate is published. A table is a survey's when a
    header names an estimate's precision or its title, sheet or file name names a survey
    (``survey_context``); its counts are the sample's when a share of the table equals one
    over another, row by row, to the decimals it is written with, in every row (two at
    least), or when the header names the unweighted sample (``sample_size``). A register's
    counts beside their shares (no survey named, no precision) are published as before."""
    lex = view.lex
    numbers = [
        r
        for r in view.roles.values()
        if r.source == "inferred"
        and (r.role == "value" or (r.role == "measure" and r.kind == "count"))
    ]
    precision = [
        r
        for r in view.roles.values()
        if r.source == "inferred"
        and r.role in {"value", "measure", "derived"}
        and any_match(lex.precision, layout.fold_label(r.header))
    ]
    if not numbers and not precision:
        return
    if not precision and not any_match(lex.survey_context, fold(view.title)):
        return
    from genero_etl.tabular.ingest import column_numbers

    def parsed(col: int) -> list[float | None]:
        return column_numbers(view.data[col], view.ctx.convention)

    sample = {r.col for r in numbers if any_match(lex.sample_size, layout.fold_label(r.header))}
    shares = [r for r in view.roles.values() if r.role == "measure" and r.kind == "percentage"]
    values = {r.col: parsed(r.col) for r in numbers}
    for share in shares:
        written = view.text(share.col)
        estimate = parsed(share.col)
        for a, b in itertools.permutations(numbers, 2):
            if _computed_from(estimate, written, values[a.col], values[b.col]):
                sample |= {a.col, b.col}
    left = [view.roles[c] for c in sorted(sample)] + [r for r in precision if r.col not in sample]
    if not left:
        return
    for r in left:
        view.roles[r.col] = ColumnRole(
            r.col, r.header, "attribute", "sample" if r.col in sample else "precision", 0.8,
            "why-sample-count" if r.col in sample else "why-precision",
        )  # fmt: skip
    view.ctx.issues.append(issue("table-survey-sample-skipped", Severity.INFO,
                                 source_file=view.ctx.display, sheet=view.grid.name or view.ctx.display,
                                 columns=", ".join(r.header or col_letter(r.col) for r in left)))  # fmt: skip


def _computed_from(
    share: list[float | None],
    written: list[str],
    part: list[float | None],
    whole: list[float | None],
) -> bool:
    """Is ``share`` 100 x part / whole in every row where the three are given (two rows at
    least), to the decimals each share is written with ("34.7": within 0.05), the part never
    above the whole and below it somewhere?"""
    rows = [
        (s, t, a, b)
        for s, t, a, b in zip(share, written, part, whole, strict=True)
        if s is not None and a is not None and b is not None and b > 0
    ]
    if len(rows) < 2 or any(a > b for *_, a, b in rows) or all(a == b for *_, a, b in rows):
        return False
    for s, text, a, b in rows:
        decimals = len(text.rsplit(".", 1)[1]) if "." in text else 0
        if abs(100 * a / b - s) > 0.5 * 10**-decimals + 1e-9:
            return False
    return True


ROW_TOTAL_MIN_ROWS = 3


def _unnamed_row_totals(data: pd.DataFrame, roles: dict[int, ColumnRole], ctx: FileContext) -> None:
    """A column of numbers under no header that is, on every row, the sum of the row's
    value columns (two or more, three rows or more, each of them written): the rows' total
    column ("Tipo de delito | (blank) | 0-14 | 15-29 | ... | Ignorado": 17,447 = 58 + 5,765 +
    ...), read as a column headed "Total", its cells each row's total. A blank header is no
    total's word, and numbers all different are no identifier when they add up so. Not beside
    years across ("2018 | ... | 2022 | (blank)"): their sums are the span's totals, which the
    generic reader dates (``tabular/ingest.py:_span_sums``)."""
    values = [r for r in roles.values() if r.role == "value" and r.header.strip()]
    loose = [
        r
        for r in roles.values()
        if not r.header.strip()
        and r.role in {"identifier", "attribute"}
        and r.evidence in {"why-unique-numbers", "why-numbers-no-header"}
    ]
    if len(values) < 2 or len(loose) != 1 or len(data) < ROW_TOTAL_MIN_ROWS:
        return
    if any(layout.header_period(r.header, None) is not None for r in values):
        return  # the sums of years across are the span's, read by the generic reader
    from genero_etl.normalize.table import column_numbers

    own = column_numbers(data[loose[0].col], ctx.convention)
    parts = [column_numbers(data[r.col], ctx.convention) for r in values]
    rows = 0
    for i, total in enumerate(own):
        cells = [p[i] for p in parts]
        if total is None and all(c is None for c in cells):
            continue
        if total is None or any(c is None for c in cells):
            return  # a row the column does not add up: not the rows' totals
        if abs(total - sum(c for c in cells if c is not None)) > 1e-6 * max(1.0, abs(total)):
            return
        rows += 1
    if rows >= ROW_TOTAL_MIN_ROWS:
        col = loose[0].col
        roles[col] = ColumnRole(col, "Total", "value", "", 0.6, "why-row-sums")


def _fractions_are_not_counts(roles: dict[int, ColumnRole], profiles: list[Profile]) -> None:
    """Numbers between 0 and 1, not whole, under a header that names no share ("ASESINATO |
    2014" over 0.005425): no count is a fraction, and of what whole they are shares no word
    says. Left out as derived, never published as counts (a share named as one, under
    "Porcentaje", is scaled to a percentage instead). So too numbers of any size none of
    which is whole under a header that names nothing, a chart's axis ("w | y" over 5.074693,
    38.123079: rates per 1,000 women the sheet never names): no count, and what they measure
    no word says."""
    for p in profiles:
        r = roles.get(p.col)
        if r is None or r.source != "inferred":
            continue
        if not (r.role == "value" or (r.role == "measure" and r.kind in {"count", "amount"})):
            continue
        shares = p.low >= 0 and p.high <= 1 and p.integer < p.numeric
        unnamed = p.integer == 0 and _names_nothing(r.header)
        if p.numeric >= 0.6 and (shares or unnamed):
            roles[p.col] = ColumnRole(p.col, r.header, "derived", "fractions", 0.7, "why-fractions")


def _names_nothing(header: str) -> bool:
    """A header of one letter and nothing else ("y", "w"): a chart's axis, which says nothing
    of what the column's numbers are. A blank header is not one (a title over the table may
    name its numbers), nor a letter under a header that names them ("Tasa | y")."""
    return re.fullmatch(r"[a-z]", layout.fold_label(header).strip()) is not None


def _unnamed_fractions(view: TableView, profiles: list[Profile]) -> None:
    """Numbers nearly all fractions (nine in ten at least not whole: 0.3507, 0.1592 ...
    1.0144, a 0 among them) under a header that says only that they are values ("value",
    "valor", "dato": roles.yaml ``bare_values``), in a table whose title, sheet and file name
    name no indicator and open on no measure (a slide's "Diapositiva 19" of states' rates per
    100,000 women the workbook never names): no count is a fraction, and of what they are a
    rate or a share no word says. Left out as derived, never published. Not when anything of
    the table names what its values are: an indicator or unit column, an indicator named by the title ("Tasa de feminicidios", "Feminicidios por entidad") or a
    measure its title opens with ("Tasa ...", "Porcentaje ..."); whole numbers under the same
    headers stay counts."""
    lex = view.lex
    bare = [
        p
        for p in profiles
        if (r := view.roles.get(p.col)) is not None
        and r.source == "inferred"
        and (r.role == "value" or (r.role == "measure" and r.kind in {"count", "amount"}))
        and any_match(lex.bare_values, layout.fold_label(p.last_label))
        and p.numeric >= 0.6
        and p.numeric - p.integer >= 0.9 * p.numeric
    ]
    if not bare or view.of("indicator") or view.of("unit"):
        return
    names = (view.table.title, view.sheet, view.ctx.display.replace("_", " "))
    for said in (*names, _constant_indicator(view)):
        if said and first_key(lex.title_measures, layout.fold_label(said)):
            return
    if _indicator(view, "")[0] != view.ctx.codebook.unclassified.id:
        return
    for p in bare:
        r = view.roles[p.col]
        view.roles[p.col] = ColumnRole(
            p.col, r.header, "derived", "fractions", 0.7, "why-unnamed-fractions"
        )


_KEY_ROLES = frozenset({"period", "place", "category", "indicator", "activity"})
_MIN_AGES = 10  # ages of one group, from birth, for a table of counts by single age


def _single_ages_counted(
    data: pd.DataFrame, roles: dict[int, ColumnRole], profiles: list[Profile], lex: RoleLexicon
) -> set[Any]:
    """A column of whole ages ("age", "edad": 0, 1, ..., 100; roles.yaml ``single_age_headers``)
    is a person's age in a register (one row per person), but in a table of counts by age it
    is the age group of one year, a breakdown. Told apart by the table itself: a column of
    counts beside it, no other personal column, each key (the period, place and breakdown
    columns with the age) on one row only, and every group of the other keys holding its
    ages from birth (0) on, ten at least. The ages are then published as written ("20") as
    the breakdown ``grupo_edad``, never as values (CELADE's deaths and population by year,
    sex and single age). Returned: the rows of groups whose ages do not step by one from birth
    (an abridged table's 0, 1, 5, 10 ...: "20" is the band up to the next age, whose width the
    age alone does not say), whose counts are held for review (``_held_abridged_ages``)."""
    ages = [
        p
        for p in profiles
        if (r := roles.get(p.col)) is not None
        and r.role == "personal"
        and r.source == "inferred"
        and any_match(lex.single_age_headers, p.last_label)
    ]
    if len(ages) != 1:
        return set()
    age = ages[0]
    if age.filled == 0 or age.numeric < 1 or age.integer < 1 or age.low < 0 or age.high > 130:
        return set()
    if any(r.role == "personal" for r in roles.values() if r.col != age.col):
        return set()  # a name, an address beside it: a register of people
    counts = [r for r in roles.values() if r.role == "measure" and r.kind == "count"]
    keys = [r.col for r in roles.values() if r.role in _KEY_ROLES]
    if not counts or not keys:
        return set()
    table = data[[*keys, age.col]].astype(str)
    if table.duplicated().any():
        return set()  # one key on several rows: people, not counts
    whole = data[age.col].map(_plain_number)
    abridged: set[Any] = set()
    for _group, found in whole.groupby([table[k] for k in keys], sort=False):
        known = sorted({int(v) for v in found.dropna()})
        if len(known) < _MIN_AGES or known[0] != 0:
            return set()
        if known[:_MIN_AGES] != list(range(_MIN_AGES)):
            abridged.update(found.index)  # 0, 1, 5, 10 ...: each age opens a band
    roles[age.col] = ColumnRole(
        age.col, age.header, "category", "grupo_edad", 0.8, "why-single-ages"
    )
    return abridged


def _fractions_to_percent(
    data: pd.DataFrame, roles: dict[int, ColumnRole], grid: Grid, ctx: FileContext
) -> pd.DataFrame:
    """A share written as a fraction (0.23 under "Porcentaje") is published as 23 %."""
    from genero_etl.tabular.ingest import column_numbers

    for col, role in roles.items():
        if role.role != "measure" or role.kind != "percentage":
            continue
        values = column_numbers(data[col], ctx.convention)
        known = [v for v in values if v is not None]
        if (
            not known
            or min(known) < 0
            or max(known) > 1
            or all(float(v).is_integer() for v in known)
        ):
            continue
        data = data.copy()
        data[col] = [None if v is None else round(v * 100, 10) for v in values]
        ctx.issues.append(issue("table-fraction-scaled", Severity.INFO, source_file=ctx.display,
                                sheet=grid.name or ctx.display, column=role.header or col_letter(col)))  # fmt: skip
    return data


def _decode(series: pd.Series[Any], labels: dict[str, str]) -> pd.Series[Any]:
    """Codes to the labels of the user's codebook (cells without a label stay as they are)."""

    def label(v: Any) -> Any:
        return labels.get(layout.cell_text(v), v)

    return series.map(label)


def fallback_tables(grid: Grid) -> list[layout.Table]:
    """A sheet whose every row reads as text (a register of words and years): its first row is the header."""
    frame = grid.frame
    for r in range(min(len(frame), layout.HEAD_SCAN)):
        cells = layout.row_cells(frame, r)
        if len(cells) >= 2:
            if len(frame) - r < 3:
                return []
            return [layout.table_from_header(grid, [r])]
    return []


def _column_for(key: str, table: layout.Table, roles: dict[int, ColumnRole]) -> int | None:
    for col, label in table.labels.items():
        if label == key or layout.fold_label(label) == layout.fold_label(key):
            return col
    if re.fullmatch(r"[A-Z]{1,3}", key):
        for col in roles:
            if col_letter(col) == key:
                return col
    return None


def _has_values(series: pd.Series[Any]) -> bool:
    return any(not layout.is_blank(v) for v in series.head(5000).tolist())


def _label_sections(
    data: pd.DataFrame, ctx: FileContext
) -> tuple[pd.DataFrame, dict[int, tuple[str, bool]]]:
    """A label-value list in sections: rows whose value cell restates their label as a heading
    ("Entidad" | "Entidad_%", "Estado Civil" | "Civil_%", "Lugar" | "%") open a section, and
    the rows below, to the next heading, are its categories ("Vía pública" | 51.3: a share of
    the place). The headings are no data; each member row keeps its section (and whether the
    heading says its values are percentages), so that one label in two sections ("No
    especificado" under "Embarazo" and under "Parentesco") is two categories, never summed.
    Rows above the first heading ("Total anual" | 7786) belong to none."""
    from genero_etl.tabular.ingest import parse_cell

    if len(data) > layout.FULL_SCAN or data.shape[1] < 2:
        return data, {}
    cols = list(data.columns)
    value_col = cols[-1]
    label_col = None
    for c in reversed(cols[:-1]):
        texts = [layout.cell_text(v) for v in data[c].tolist()]
        words = sum(1 for t in texts if t and parse_cell(t, ctx.convention).value is None)
        if texts and words >= 0.8 * len(texts):
            label_col = c
            break
    if label_col is None:
        return data, {}
    labels = [layout.cell_text(v) for v in data[label_col].tolist()]
    values = [layout.cell_text(v) for v in data[value_col].tolist()]
    heads: list[bool] = []
    numbers = 0
    for label, value in zip(labels, values, strict=True):
        if value and parse_cell(value, ctx.convention).value is not None:
            numbers += 1
            heads.append(False)
            continue
        heads.append(bool(value) and layout.heads_section(label, value))
    n = sum(heads)
    if n < 2 or numbers < n:
        return data, {}
    # the row's other cells ("2015" of a year column): a section ends where they change (a
    # column of row numbers, all distinct, says nothing of sections)
    others = [c for c in cols if c not in (label_col, value_col) and data[c].nunique() < len(data)]
    keys = list(
        zip(*[[layout.cell_text(v) for v in data[c].tolist()] for c in others], strict=True)
    ) or [()] * len(data)
    sections: dict[int, tuple[str, bool]] = {}
    current: tuple[str, bool] | None = None
    opened: tuple[str, ...] = ()
    for index, head, label, value, key in zip(data.index, heads, labels, values, keys, strict=True):
        if head:
            current = (label.strip(), "%" in value or bool(layout.SECTION_MARK.search(fold(value))))
            opened = key
        elif current is not None and key == opened:
            sections[int(index)] = current
        else:
            current = None
    return data[[not h for h in heads]], sections


def _drop_statistic_rows(data: pd.DataFrame, lex: RoleLexicon) -> pd.DataFrame:
    """'Distribución Porcentual', 'Promedio'... rows under a table are not data."""
    if len(data) > layout.FULL_SCAN:
        return data
    first = data.columns[0]
    keep = [
        not any_match(lex.statistic_rows, fold(layout.cell_text(v))) for v in data[first].tolist()
    ]
    return data[keep]


def decide_country(view: TableView) -> str:
    """Declared by the user, else from the table's places, else from the file's words."""
    ctx = view.ctx
    if ctx.country_decided is not None:
        return ctx.country_decided
    values: dict[str, list[str]] = {}
    countries: list[str] = []
    codes: list[str] = []  # a municipality-code column's values, for the codes' shape
    for r in view.roles.values():
        if r.role == "place" and not r.code:
            distinct = sorted(set(view.text(r.col)) - {""})
            if r.kind == "country":
                countries.extend(distinct[:20])
            elif r.kind in {"admin1", "municipality"}:
                values.setdefault(r.kind, []).extend(distinct)
        elif r.role == "place" and r.kind == "municipality":
            codes.extend(sorted({pad_code(v, r.width) for v in view.data[r.col].head(300)} - {""}))
        elif r.role == "identifier":
            distinct = sorted({layout.cell_text(v) for v in view.data[r.col].head(200).tolist()})[
                :50
            ]
            if r.kind == "place_code" or (distinct and all(_HASC_VALUE.match(v) for v in distinct)):
                values.setdefault("admin1", []).extend(distinct)
    headers = [
        layout.cell_text(r.header)
        for r in view.roles.values()
        if r.role in {"value", "measure"} and r.header
    ]
    headers = [h for h in headers if not any_match(view.lex.total_columns, layout.fold_label(h))]
    if (
        headers
        and not values
        and sum(1 for h in headers if lookup_admin1(h, "")) >= 0.6 * len(headers)
    ):
        values["admin1"] = headers  # places across the columns
    if not values and not countries:
        for r in view.roles.values():
            if r.role in {"category", "ignored", "constant"}:
                distinct = sorted(set(view.text(r.col)) - {""})
                if distinct and len(distinct) <= 60:
                    values.setdefault("admin1", []).extend(distinct)
    title = [view.table.title.upper() if view.table.title.isupper() else view.table.title]
    title = [t.title() if t.isupper() else t for t in title if t]
    found = vote_country(values, countries, title, codes)
    if found is None and view.sheet and not values and not countries:
        found = vote_country({}, [], [view.sheet])  # a sheet per region: "Antioquia"
    if found is None:
        return ""
    ctx.country_decided = found.code
    ctx.country_evidence = found.evidence
    return found.code


def _confidence(view: TableView) -> float:
    roles = list(view.roles.values())
    if not roles:
        return 0.0
    return round(sum(r.confidence for r in roles) / len(roles), 2)


# --- dimensions per row ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RowPlace:
    country: str = ""
    admin1: str = ""
    municipality: str = ""
    municipality_code: str = ""
    unresolved: str = ""  # the name as written, when no gazetteer knows it
    # a place the row names that no lookup finds, in a file whose region the user declared:
    # never that region's; its values are held for review (``_held_unknown_places``)
    held: bool = False
    # an attending unit named by no place ("UMEA"), in a register whose unit column names
    # municipalities, inside the declared region: published as a 'unidad' breakdown there
    unit: str = ""

    @property
    def key(self) -> str:
        return "|".join(
            (self.country, self.admin1, self.municipality_code, self.municipality, self.unresolved)
        ) + (f"|{self.unit}" if self.unit else "")


CODE_ROLES = ("identifier", "value", "measure", "attribute", "derived", "ignored")


def official_codes_are_places(view: TableView) -> None:
    """A column of official sub-national codes is the rows' place, never a value.

    A column under a code word ("Código", "Cod", "Clave": roles.yaml ``official_codes``) or
    under no header, in a table whose country is known (declared, or told by its other
    places), whose every cell is a municipality code of that country's official list
    (``geo.official_codes_country``: Peru's UBIGEO "150101", Colombia's DIVIPOLA "05001",
    INEGI's "09015", an INE code "0101"), is read as its municipality code: it resolves the
    row's place and is never published as a number. Codes shorter than four digits (Costa
    Rica's cantons, "101") are too like other numbers to be read without a level word.
    """
    from genero_etl.countries import registry

    if not view.country or view.country not in registry():
        return
    width = registry().get(view.country).municipality_code.digits
    if width < 4:
        return
    for col, r in list(view.roles.items()):
        if r.role not in CODE_ROLES or r.source == "mapping":
            continue
        folded = layout.fold_label(r.header)
        if folded and not any_match(view.lex.official_codes, folded):
            continue
        texts = view.text(col)[:5000]
        if official_codes_country(texts, view.country, bool(folded)) != view.country:
            continue
        view.roles[col] = replace(
            r, role="place", kind="municipality", code=True, width=width,
            evidence="why-place-official-codes", detail=view.country, confidence=0.85,
        )  # fmt: skip


def _countries_of_the_people(view: TableView) -> None:
    """A country column beside the regions (or municipalities) of the table's one country is
    the people's country, not the rows' place: Chile's migration service counts residence
    permits by "PAÍS" (Venezuela, Perú, Haití...) and "REGIÓN" (Antofagasta, Metropolitana),
    every count in Chile. Read as the place, each nationality's counts were folded into the
    region's; it is a breakdown of its own, named by its header."""
    if not view.country:
        return
    inner = [r for r in view.of("place") if r.kind in {"admin1", "municipality"}]
    if not inner:
        return
    for r in view.of("place", "country"):
        if r.source == "mapping" or len({t for t in view.text(r.col) if t}) < 2:
            continue
        name = re.sub(r"[^a-z0-9]+", "_", layout.fold_label(r.header)).strip("_") or "pais"
        view.roles[r.col] = ColumnRole(
            r.col, r.header, "category", name, 0.7, "why-people-country", source=r.source
        )


def place_levels(view: TableView) -> None:
    """Each place column at the level its header word has in the table's country.

    roles.yaml reads "Provincia" as a first-level division for any country; in Peru, Chile
    and Bolivia a province lies between the region and the municipal level, in Argentina a
    "Departamento" is below the province. Once the country is known, its file's ``levels``
    say which: the municipal level is read against its gazetteer (``municipality``), a level
    between (Peru's provinces) or below it (Costa Rica's districts) is ``intermediate``,
    resolved only where the gazetteer names it, never at another level. A column the user's
    map placed, a court's or a prosecution's district, and a header no word of the country
    names keep their reading.
    """
    from genero_etl.countries import registry

    reg = registry()
    if not view.country or view.country not in reg:
        return
    levels = reg.get(view.country).levels
    if not levels.words:
        return
    districts = {r.col for r in _jurisdictions(view)}
    for col, r in list(view.roles.items()):
        if r.role != "place" or r.kind == "country" or r.source == "mapping" or col in districts:
            continue
        level = levels.level_of(layout.fold_label(r.header))
        if not level:
            continue
        if level == "admin1":
            kind = "admin1"
        elif level == levels.municipal or not levels.municipal:
            kind = "municipality"
        else:
            kind = "intermediate"
        view.levels[col] = level
        if kind != r.kind:
            detail = f"{level}, {view.country}"
            view.roles[col] = replace(r, kind=kind, evidence="why-place-level", detail=detail)


def keys_are_no_places(view: TableView) -> None:
    """A place column of a database's own numbering is no place, and none of its numbers a value.

    A header naming a key (roles.yaml ``key_words``: "Id_Provincia", "id_canton") and no
    official code word may hold the country's official codes (Mexico's "id_entidad", 1-32)
    or the numbers of the database's own table of places, numbered as it was filled: a
    repository's Ecuadorian register numbers its provinces 1-26 alphabetically, so its 10 is
    Guayas where the official 10 is Imbabura. Every code read at the column's level in the
    country, it is read as official; one that is not ("25", "26": Ecuador has 24 provinces)
    shows a numbering of its own, and the column is ignored: a wrong place is worse than none.
    """
    from genero_etl.countries import registry

    if not view.country or view.country not in registry() or not view.lex.key_words:
        return
    width = registry().get(view.country).municipality_code.digits
    for col, r in list(view.roles.items()):
        if r.role != "place" or not r.code or r.kind not in ("admin1", "municipality"):
            continue
        if r.source == "mapping":
            continue
        folded = layout.fold_label(r.header)
        if not any_match(view.lex.key_words, folded) or any_match(view.lex.official_codes, folded):
            continue
        codes = {t.strip() for t in view.text(col) if t.strip()}
        codes -= {t for t in codes if fold(t) in view.lex.unknown_values}
        if r.kind == "admin1":
            unknown = [t for t in codes if view.resolver.admin1(t, code=True) is None]
        else:
            unknown = [t for t in codes if view.resolver.municipality(t, True, width) is None]
        if unknown:
            detail = ", ".join(sorted(unknown, key=lambda t: (len(t), t))[:3])
            view.roles[col] = replace(
                r, role="ignored", kind="", code=False, confidence=0.6,
                evidence="why-place-key", detail=detail,
            )  # fmt: skip


def _below_municipal(view: TableView, role: ColumnRole) -> bool:
    """A levelled column finer than the country's municipal level (Costa Rica's districts
    under its cantons): kept by name inside the municipality, never read as one."""
    from genero_etl.countries import LEVELS, registry

    level = view.levels.get(role.col, "")
    municipal = registry().get(view.country).levels.municipal if level else ""
    return bool(level and municipal) and LEVELS.index(level) > LEVELS.index(municipal)


def place_columns(view: TableView, finest: bool) -> list[ColumnRole]:
    """Place columns at the level used: the finest one (long tables) or the coarsest (registers)."""
    districts = _jurisdictions(view)
    seats = {
        r.col for r in view.of("place") if r not in districts and _dependent(view, r, districts)
    }
    found = [
        r for r in view.of("place") if r.kind in {"admin1", "municipality"} and r.col not in seats
    ]
    if districts and not any(r.kind == "municipality" for r in found):
        return districts[:1] + [r for r in found if r.kind == "admin1"]
    if not found:  # police areas, judicial districts: places by name, kept as written
        named = [r for r in view.of("place", "intermediate") if not r.code][:1]
        # a country column naming several countries (a regional body's table): each row's
        return (
            named
            or [r for r in view.of("place", "country") if len(set(view.text(r.col)) - {""}) > 1][:1]
        )
    levels = sorted({r.kind for r in found}, key=PLACE_ORDER.index)
    level = levels[-1] if finest else levels[0]
    chosen = [r for r in found if r.kind == level]
    if level == "municipality":
        chosen += [r for r in found if r.kind == "admin1"]
    # the country's own levels between or below (Peru's provinces, Costa Rica's districts):
    # beside a municipality they narrow it or name a finer place; beside a region alone,
    # the finest reading's rows are theirs, inside that region
    levelled = [
        r
        for r in view.of("place", "intermediate")
        if r.col in view.levels and r.col not in seats and r not in districts
    ]
    if levelled and (finest or level == "municipality"):
        named = [r for r in levelled if not r.code] or levelled
        chosen = (named[:1] if level != "municipality" else levelled) + chosen
    return chosen


def _jurisdictions(view: TableView) -> list[ColumnRole]:
    """A court's or a prosecution's district columns ("distrito_fiscal"), by their headers."""
    return [
        r
        for r in view.of("place", "intermediate")
        if not r.code and any_match(view.lex.jurisdictions, layout.fold_label(r.header))
    ]


def row_places(view: TableView, columns: list[ColumnRole]) -> list[RowPlace]:
    """Each row's place, resolved once per distinct combination of its place cells."""
    n = len(view.data)
    if not columns:
        doc = view.ctx.facts.place
        own = view.ctx.own_place
        if view.ctx.declared_place and doc.country == view.country:
            if view.ctx.declared_municipality:
                return [
                    RowPlace(doc.country, doc.admin1, doc.municipality, doc.municipality_code)
                ] * n
            # a region declared alone: the municipality the file's words seem to name (a
            # municipal sheet's first row, "Acatic", beside a sheet of the state's totals) is
            # no place of a sheet that names none, unless its own government heads the file
            if own is not None and own.country == doc.country and own.admin1 == doc.admin1:
                return [
                    RowPlace(own.country, own.admin1, own.municipality, own.municipality_code)
                ] * n
            return [RowPlace(doc.country, doc.admin1)] * n
        titled = title_place(view)
        # the title may name the municipality's own province ("Ayuntamiento del Municipio de
        # Moca, provincia Espaillat"): the municipality is the narrower place
        if own is not None and own.country == view.country and titled.admin1 in ("", own.admin1):
            return [RowPlace(own.country, own.admin1, own.municipality, own.municipality_code)] * n
        return [titled] * n
    texts = [view.text(r.col) for r in columns]
    written: dict[str, str] = {}  # folded name -> first spelling ("Duarte", "DUARTE ", "duarte")

    unreduced: set[str] = set()  # codes not of the country's municipality-code shape
    unplaced: dict[int, set[str]] = {}  # levelled column -> names its level's list lacks

    def resolve(cells: tuple[str, ...]) -> RowPlace:
        cells = tuple(written.setdefault(fold(t), t.strip()) for t in cells)
        return _resolve(view, columns, cells, unreduced, unplaced)

    out, distinct = per_distinct(texts, resolve)
    levelled = {name for names in unplaced.values() for name in names}  # warned below
    unknown = Counter(
        p.unresolved
        for p in distinct
        if p.unresolved
        and not p.admin1
        and not p.municipality_code
        and not p.held
        and p.unresolved != UNKNOWN  # "Sin dato": the unknown place, said as such
        and p.unresolved not in levelled
    )
    if unknown:
        view.ctx.issues.append(issue(
            "table-place-unmatched", Severity.WARNING, source_file=view.ctx.display,
            sheet=view.sheet or view.ctx.display, column=columns[0].header or col_letter(columns[0].col),
            count=len(unknown), examples=", ".join(sorted(unknown)[:5]), country=view.country or "?",
        ))  # fmt: skip
    if unreduced:
        code_col = next(r for r in columns if r.kind == "municipality" and r.code)
        view.ctx.issues.append(issue(
            "table-place-code-unreduced", Severity.WARNING, source_file=view.ctx.display,
            sheet=view.sheet or view.ctx.display, column=code_col.header or col_letter(code_col.col),
            count=len(unreduced), examples=", ".join(sorted(unreduced)[:5]), country=view.country,
        ))  # fmt: skip
    _unknown_places_held(view, columns, texts, out)
    for col, names in sorted(unplaced.items()):
        role = view.roles[col]
        view.ctx.issues.append(issue(
            "table-place-level-unmatched", Severity.WARNING, source_file=view.ctx.display,
            sheet=view.sheet or view.ctx.display, column=role.header or col_letter(col),
            level=view.levels.get(col, ""), count=len(names), examples=", ".join(sorted(names)[:5]),
            country=view.country,
        ))  # fmt: skip
    region = titled_region(view, columns)
    if region:  # districts under "..., provincia de Chiriquí, Panamá": the province's rows
        out = [
            replace(p, admin1=region) if p.country == view.country and not p.admin1 else p
            for p in out
        ]
    return out


def _unknown_places_held(
    view: TableView, columns: list[ColumnRole], texts: list[list[str]], out: list[RowPlace]
) -> None:
    """The rows whose own place cell names what no lookup of the country's gazetteer finds,
    in a file whose region the user declared (``_resolve``: ``RowPlace.held``): kept for
    their values to be held for review (``_held_unknown_places``), and said once a name, at
    its first cell."""
    first: dict[str, tuple[int, int]] = {}  # name -> (row position, column) of its first cell
    count: Counter[str] = Counter()
    for i, p in enumerate(out):
        if not p.held:
            continue
        view.unknown_places.add(view.data.index[i])
        count[p.unresolved] += 1
        if p.unresolved not in first:
            col = next(
                (r.col for r, t in zip(columns, texts, strict=True) if t[i] == p.unresolved),
                columns[0].col,
            )
            first[p.unresolved] = (i, col)
    for name, (i, col) in first.items():
        view.ctx.issues.append(issue(
            "table-place-unknown-held", Severity.WARNING, source_file=view.ctx.display,
            source_locator=locator(view.sheet, int(view.data.index[i]), col),
            sheet=view.sheet or view.ctx.display, cell=locator("", int(view.data.index[i]), col),
            name=name, count=count[name], region=declared_region(view), country=view.country,
        ))  # fmt: skip


def declared_region(view: TableView) -> str:
    """The first-level region the user declared for the file (``admin1`` in its sidecar, or
    the region of a declared municipality), when it is of the table's country; '' otherwise."""
    doc = view.ctx.facts.place
    if view.ctx.declared_place and doc.country == view.country:
        return doc.admin1
    return ""


def titled_region(view: TableView, columns: list[ColumnRole]) -> str:
    """The region a table's title names when its rows are municipalities or districts and
    nothing else ("Casos por distrito, provincia de Chiriquí, Panamá"): their region, and
    their total's, never the whole country. '' otherwise."""
    if not columns or view.ctx.declared_place:
        return ""
    if any(r.kind != "municipality" for r in columns):
        return ""
    return title_place(view).admin1


_TITLE_YEAR = re.compile(r"[\s,;:.\-–]*\b(?:19|20)\d{2}\b.*$")


def title_place(view: TableView) -> RowPlace:
    """A sheet's place where no column gives one: the region its title names, else the
    country (see ``region_in_title``)."""
    levels = view.lex.place.get("admin1", ())
    region = region_in_title(view.table.title, view.country, levels)
    region = region or own_name_region(view.table.title, view.sheet, view.country)
    # a workbook with a sheet per region ("Antioquia", "Valle del Cauca") under titles that
    # name none: the sheet's name is its region
    return RowPlace(view.country, region or region_in_title(view.sheet, view.country))


@functools.lru_cache(maxsize=256)
def own_name_region(title: str, sheet: str, country: str) -> str:
    """The region a title names by the country's own name ("México, 2016": the State of
    México, or the nation) when the sheet's name gives that region's official code ("15.
    Méx", one sheet per state beside a "Nacional" one); else ''. Without the sheet's code
    the country's name stays the country (``region_in_title``)."""
    from genero_etl.countries import registry
    from genero_etl.normalize.places import lookup_admin1

    info = registry().get(country) if country else None
    coded = _SHEET_CODE.match(sheet or "")
    if info is None or coded is None or not title:
        return ""
    own = {fold(info.name_es), fold(info.name_en)}
    by_code = {a.iso for a in lookup_admin1(coded.group(1), country)}
    for line in title.split(" / "):
        name = _TITLE_YEAR.sub("", layout.strip_marker(line) or line).strip(" ,.;:-")
        if fold(name) not in own:
            continue
        hits = {a.iso for a in lookup_admin1(name, country)}
        if len(hits) == 1 and hits == by_code:
            return hits.pop()
    return ""


_SHEET_CODE = re.compile(r"^\s*(\d{1,3})\s*[.\-_)]\s*\S")


@functools.lru_cache(maxsize=256)
def region_in_title(title: str, country: str, levels: Patterns = ()) -> str:
    """The region (ISO 3166-2) a line of a title names and nothing more but a year
    ("Veracruz de Ignacio de la Llave, 2019": one sheet per state of a report), or a part of
    it names after one of the country's words for its divisions ("..., provincia de
    Chiriquí, Panamá, 2023"), else ''.
    A name that is the country's own ("Guatemala") is the country, never its region."""
    from genero_etl.countries import registry
    from genero_etl.normalize.places import lookup_admin1

    if not country or not title:
        return ""
    info = registry().get(country)
    own = {fold(info.name_es), fold(info.name_en)} if info is not None else set()
    for line in title.split(" / "):
        name = _TITLE_YEAR.sub("", layout.strip_marker(line) or line).strip(" ,.;:-")
        if len(name) < 4 or fold(name) in own:
            continue
        hits = lookup_admin1(name, country)
        if len(hits) == 1:
            return hits[0].iso
    words = info.evidence.get("admin_words", ()) if info is not None else ()
    for part in (p for line in title.split(" / ") for p in line.split(",")):
        # "..., provincia de Chiriquí, Panamá, 2023": the region named after a word for one
        # (a region's header word, ``levels``, or one of the country's own words)
        named = _LEVEL_AND_NAME.match(part)
        if named is None or not (
            any_match(levels, fold(named.group(1)))
            or any(re.fullmatch(w, named.group(1), re.IGNORECASE) for w in words)
        ):
            continue
        name = _TITLE_YEAR.sub("", named.group(2)).strip(" .;:-")
        hits = lookup_admin1(name, country) if len(name) >= 4 and fold(name) not in own else []
        if len(hits) == 1:
            return hits[0].iso
    found = set()
    for part in (p for line in title.split(" / ") for p in line.split(",")[1:]):
        # "Casos de violencia intrafamiliar, Antioquia, 2023": a part after the first comma
        # that is one region's name and nothing more (but a year)
        name = _TITLE_YEAR.sub("", part).strip(" .;:-()")
        hits = lookup_admin1(name, country) if len(name) >= 4 and fold(name) not in own else []
        found |= {h.iso for h in hits} if len(hits) == 1 else set()
    return next(iter(found)) if len(found) == 1 else ""


_LEVEL_AND_NAME = re.compile(r"^\s*([^\W\d_]+)\s+(?:del?\s+)?(\S.*)$")


def _has_gazetteer(country: str) -> bool:
    from genero_etl.countries import registry

    reg = registry()
    return bool(country) and country in reg and bool(reg.get(country).gazetteers)


def _levelled_places(
    view: TableView,
    columns: list[ColumnRole],
    cells: tuple[str, ...],
    admin1: str,
    unplaced: dict[int, set[str]],
) -> tuple[Any, str, str]:
    """The row's places of the country's own levels between admin1 and the municipality and
    below it: (the admin2 division its gazetteer resolves, or None; the name of a place finer
    than the municipal level; the name of the finest such place as written). A name the
    gazetteer of its level does not know stays a name (``unplaced`` collects it for a
    warning), never read at another level."""
    admin2 = None
    local = ""
    written = ""  # the admin2 as the row writes it (a name before a code)
    for role, text in zip(columns, cells, strict=True):
        if role.col not in view.levels or role.kind != "intermediate":
            continue
        if not text or fold(text) in view.lex.unknown_values:
            continue
        if any_match(view.lex.total_rows, fold(text)):
            continue
        if _below_municipal(view, role):  # no gazetteer of that level: a name
            local = local or text
            unplaced.setdefault(role.col, set()).add(text)
            continue
        found = view.resolver.admin2(text, role.code, admin1)
        if found is None:
            unplaced.setdefault(role.col, set()).add(text)
        admin2 = admin2 or found
        if not role.code:
            written = written or text
        elif found is not None:
            written = written or found.name
        else:
            written = written or text
    return admin2, local, local or written


def _resolve(
    view: TableView,
    columns: list[ColumnRole],
    cells: tuple[str, ...],
    unreduced: set[str],
    unplaced: dict[int, set[str]] | None = None,
) -> RowPlace:
    unplaced = {} if unplaced is None else unplaced
    if columns[0].kind == "country":
        return _country_row(view, cells[0])
    if columns[0] in _jurisdictions(view):
        return _district_row(view, columns, cells)
    written = [t for t in cells if t]
    if written and view.country and all(any_match(view.lex.total_rows, fold(t)) for t in written):
        return RowPlace(view.country)  # "Total" in a column of cantons: no canton's
    res = view.resolver
    # the region the user declared for the file (Bogotá, CO-DC, for its localities): its rows'
    # names are looked for inside it, never as a homonym elsewhere in the country ("SAN
    # CRISTOBAL", a locality of Bogotá, is no municipality of Bolívar); a row's own region
    # column still says where that row is
    declared = admin1 = declared_region(view)
    name = ""
    region_named, region_found = "", False  # the row's own first-level division, as written
    for role, text in zip(columns, cells, strict=True):
        if role.col in view.levels and role.kind == "intermediate":
            continue  # the country's own level between or below: read once admin1 is known
        if role.kind == "admin1" and text:
            region_named = region_named or text
        if role.kind == "admin1" and text and fold(text) not in view.lex.unknown_values:
            found = res.admin1(text, role.code)
            if found is not None:
                admin1, region_found = found.admin1, True
            elif not role.code and not name:
                name = text
        elif role.kind == "intermediate" and text and not name:
            name = text
    admin2, local, named = _levelled_places(view, columns, cells, admin1, unplaced)
    if admin2 is not None:
        admin1 = admin1 or admin2.admin1
    for role, text in zip(columns, cells, strict=True):
        if role.kind != "municipality" or not text or fold(text) in view.lex.unknown_values:
            continue
        found = res.municipality(
            text, role.code, role.width, admin1, admin2.code if admin2 is not None else ""
        )
        if found is not None:
            finer = _finer_code(view, columns, cells, found.municipality_code, unreduced)
            return RowPlace(
                found.country, found.admin1, found.municipality, found.municipality_code,
                local or finer,
            )  # fmt: skip
    if declared and region_named and not region_found:
        # the row names its own first-level division and no lookup finds it: never the
        # region declared for the file
        return _unknown_of_declared(view, region_named, "")
    if named and not any(
        r.kind == "municipality" and t for r, t in zip(columns, cells, strict=True)
    ):
        # the row's place is a province (or a district under a canton) by its name, inside
        # the region it lies in; never that region itself
        return RowPlace(view.country, admin1, unresolved=named)
    muni_names = [
        t
        for r, t in zip(columns, cells, strict=True)
        if r.kind == "municipality" and not r.code and t
    ]
    written_codes = [
        pad_code(t, r.width)
        for r, t in zip(columns, cells, strict=True)
        if r.kind == "municipality" and r.code and t
    ]
    muni_codes = [c for c in (reduce_code(view.country, w) for w in written_codes) if c]
    if written_codes and not muni_codes:  # not a code of this country's shape: not guessed
        unreduced.add(written_codes[0])
    if muni_names or muni_codes:
        name = muni_names[0] if muni_names else ""
        code = muni_codes[0] if muni_codes else ""
        admin1 = admin1 or admin1_of_code(view.country, code)  # "76001" is in CO-VAC
        if (
            declared
            and admin1 == declared
            and name
            and not code
            and _has_gazetteer(view.country)
            and _locality_of(name, view.country) != declared
        ):
            # a municipality of the declared region by its name, which the region's list
            # lacks: the region's unknown or other place, else held, never the region's
            return _unknown_of_declared(view, name, declared)
        if admin1 and not _has_gazetteer(view.country):
            # No official list to check against (Guatemala, Ecuador...): the municipality as
            # the file names and codes it, inside the state or department that was matched.
            return RowPlace(view.country, admin1, name, code)
        # Not in a gazetteer: the name as written, and the code (or the name) keeps rows apart.
        return RowPlace(view.country, admin1, name, "", code or name)
    if admin1:
        # a finer place's code alone ("08758001", a populated centre): its count is that
        # place's, kept apart inside the region, never the region's own figure
        wider = [w for w in written_codes if _longer_than_municipal(view.country, w)]
        return RowPlace(view.country, admin1, unresolved=wider[0] if wider else "")
    unresolved = name or next((t for t in cells if t), "")
    if unresolved and fold(unresolved) in view.lex.unknown_values:
        return RowPlace(view.country, unresolved=UNKNOWN)
    if unresolved and view.country and any_match(view.lex.total_rows, fold(unresolved)):
        return RowPlace(view.country)  # "Nacional", "Total": the whole country
    return RowPlace(view.country, unresolved=unresolved)


def _unknown_of_declared(view: TableView, text: str, region: str) -> RowPlace:
    """A row's place cell that no lookup finds, in a file whose region the user declared:
    a value that says the place is unknown ("Sin dato") is the unknown place ('_U'), a bucket
    of places ("Otros estados", "Extranjero": roles.yaml ``place_buckets``) is published by its
    name, each inside ``region`` (the declared region for a column of its municipalities, the
    country for one of first-level divisions); any other name (a misspelling, an encoding, a
    place of another country) is held for review by its name, never the declared region's."""
    folded = fold(text)
    if any_match(view.lex.total_rows, folded):  # "Total" under the rows' places: their whole
        return RowPlace(view.country, region)
    if folded in view.lex.unknown_values:
        return RowPlace(view.country, region, unresolved=UNKNOWN)
    if folded in view.lex.place_buckets:
        return RowPlace(view.country, region, unresolved=text)
    return RowPlace(view.country, unresolved=text, held=True)


def _locality_of(name: str, country: str) -> str:
    """The division a locality of the country file's ``admin1.localities`` lies in
    (Bogotá's "Usaquén": CO-DC), '' for any other name."""
    from genero_etl.normalize.places import locality_region

    return locality_region(name, country)


def _finer_code(
    view: TableView,
    columns: list[ColumnRole],
    cells: tuple[str, ...],
    municipality_code: str,
    unreduced: set[str],
) -> str:
    """A code of the row's place finer than the municipality its name resolved to, else "".

    A row may name its municipality and give, in a code column, the code of one of its
    populated centres (DANE's "08758001", a centre of Soledad, 08758; INEGI's 9-digit
    locality code, state 2 + municipality 3 + locality 4): its count is that centre's, not
    the municipality's. The code is returned, and the row is kept apart inside its
    municipality (a "lugar" breakdown), never published as the municipality's figure nor
    summed into it. Any code that does not reduce to a municipality code is reported
    (``table-place-code-unreduced``); one of another municipality leaves the name's place."""
    finer = ""
    for role, text in zip(columns, cells, strict=True):
        if role.kind != "municipality" or not role.code or not text:
            continue
        written = pad_code(text, role.width)
        if not written.isdigit() or reduce_code(view.country, written) is not None:
            continue
        unreduced.add(written)
        inside = municipality_code and any(
            w.startswith(municipality_code) and len(w) > len(municipality_code)
            for w in (written, "0" + written)
        )
        if inside and not finer:
            finer = written
    return finer


def _longer_than_municipal(country: str, code: str) -> bool:
    """A code wider than the country's municipality code: a finer place's (a populated
    centre's, a locality's), not a state's written in a code column ("1", "14")."""
    from genero_etl.countries import registry

    reg = registry()
    digits = reg.get(country).municipality_code.digits if country in reg else 0
    return bool(digits) and code.isdigit() and len(code.lstrip("0")) > digits


def _district_row(view: TableView, columns: list[ColumnRole], cells: tuple[str, ...]) -> RowPlace:
    """A court's or a prosecution's district, kept by its name ("LAMBAYEQUE", "LIMA NORTE")
    inside the region its own name is (the district of Lambayeque lies in the department of
    Lambayeque), else the region a column of the rows' own region names; a district the
    country's regions do not name stays in no region rather than in its seat's."""
    name = cells[0]
    if not name or fold(name) in view.lex.unknown_values:
        return RowPlace(view.country, unresolved=UNKNOWN)
    if any_match(view.lex.total_rows, fold(name)):
        return RowPlace(view.country)
    found = view.resolver.admin1(name, False)
    for role, text in zip(columns[1:], cells[1:], strict=True):
        if found is None and role.kind == "admin1" and text:
            found = view.resolver.admin1(text, role.code)
    return RowPlace(view.country, found.admin1 if found is not None else "", unresolved=name)


def _country_row(view: TableView, text: str) -> RowPlace:
    """A row of a table of several countries: its country by name or ISO code ("Belize",
    "BLZ", "CR"), or the name as written, which keeps the row apart from the others."""
    if not text or fold(text) in view.lex.unknown_values:
        return RowPlace(unresolved=UNKNOWN)
    code = country_of_name(text) or country_of_code(text)
    return RowPlace(code) if code else RowPlace(unresolved=text)


def row_periods(
    view: TableView,
    *,
    register: bool,
    coarse: bool = False,
    only: list[ColumnRole] | None = None,
    by_year: bool = False,
) -> tuple[list[tuple[str, str, str]], int]:
    """Each row's (start, end, label) from its period columns; the count of unknown periods.

    ``coarse``: dates are counted by year even when they all fall in one year; ``by_year``:
    besides, month and quarter columns are not read where the year is known; ``only``:
    the period columns to read (those of one measure, in a table of side-by-side blocks).
    """
    doc = view.ctx.facts.period
    # a table's own title ("Cuadro 2. Víctimas por grupo de edad, 2022") names its period
    # better than the document's, read from the sheet's first lines (the first table's);
    # a period the user declared wins over both
    own = title_period(view) if not view.ctx.declared_period else ("", "", "")
    default = own if own[0] else (doc.start, doc.end, doc.label)
    roles = view.of("period") if only is None else only
    if not roles:
        return _section_periods(view, default), 0
    by_kind: dict[str, ColumnRole] = {}
    for kind in ("year", "month", "quarter", "date", "period", "week"):
        options = [r for r in roles if r.kind == kind]
        of_event = [
            r for r in options
            if not any_match(view.lex.record_dates, layout.fold_label(r.header))
        ]  # fmt: skip
        options = of_event or options
        event = [
            r for r in options if any_match(view.lex.prefer_event, layout.fold_label(r.header))
        ]
        if options:
            by_kind[kind] = (event or options)[-1 if not event else 0]
            if register and len(options) > 1:
                by_kind[kind] = _date_of_the_window(view, kind, by_kind[kind], options, default)
    if by_year and ("year" in by_kind or doc.start):
        by_kind.pop("month", None)  # counted by year: the months are not read
        by_kind.pop("quarter", None)
        by_kind.pop("week", None)
        if not by_kind:
            return [default] * len(view.data), 0
    if register and _a_copy_of_the_events_year(view, by_kind.get("year"), by_kind.get("date")):
        by_kind.pop("year", None)  # the event's own date dates each case
        by_kind.pop("month", None)
    if (
        not register
        and not by_year
        and "month" not in by_kind
        and _the_dates_own_year(view, by_kind.get("year"), by_kind.get("date"))
    ):
        by_kind.pop("year", None)  # "AÑO" beside "FECHA DE HECHO": the date dates the row
    month_year = (
        _month_column_year(view, by_kind["month"], by_kind["date"])
        if register and not coarse and not by_year and "year" not in by_kind
        and "month" in by_kind and "date" in by_kind
        else None
    )  # fmt: skip
    if month_year is not None:
        by_kind.pop("date")  # each case counted by its month column, in the dates' year
    year_col = by_kind.get("year")
    date_col = by_kind.get("date")
    month_col = by_kind.get("month")
    quarter_col = by_kind.get("quarter")
    text_col = by_kind.get("period")
    week_col = by_kind.get("week")
    iso = week_col is not None and _iso_weeks(week_col.header)
    cols = [
        c for c in (year_col, month_col, quarter_col, date_col, text_col, week_col) if c is not None
    ]
    texts = [
        _filled_down(view.text(c.col)) if c is year_col and not register else view.text(c.col)
        for c in cols
    ]
    if date_col is not None:  # dates whose order the weekday beside them tells
        texts[cols.index(date_col)] = dates_in_weekday_order(view, date_col.col)
    grain = "year"
    if date_col is not None and year_col is None and month_col is None:
        dates = (layout.date_of(t) for t in set(view.text(date_col.col)))
        years = {d.year for d in dates if d is not None}
        grain = "year" if (register and (len(years) > 1 or coarse)) else "month"
        if not register and _daily_series(view, date_col):
            grain = "day"
    doc_year = month_year or (int(doc.start[:4]) if doc.start else None)

    notes = layout.note_texts(view.table) if year_col is not None else {}

    def period(key: tuple[str, ...]) -> tuple[str, str, str]:
        values = dict(zip([id(c) for c in cols], key, strict=True))
        found = _period_of(
            values.get(id(year_col)) if year_col else None,
            values.get(id(month_col)) if month_col else None,
            values.get(id(quarter_col)) if quarter_col else None,
            values.get(id(date_col)) if date_col else None,
            values.get(id(text_col)) if text_col else None,
            grain, doc_year,
            values.get(id(week_col)) if week_col else None, iso,
        )  # fmt: skip
        mark = layout.mark_number(values.get(id(year_col)) or "") if notes else ""
        if mark in notes and found[0]:  # "2022 1" over "1/ Cifras preliminares primer trimestre"
            return _parts(layout.noted_period(Period(*found), notes[mark]))
        return found

    out, _ = per_distinct(texts, period)
    if register and grain == "year" and date_col is not None and month_col is None:
        out = _last_year_as_dated(texts[cols.index(date_col)], out)
    unknown = sum(1 for p in out if not p[0])
    return out, unknown


MONTH_COLUMN_YEAR_SHARE = 0.9  # of a register's dated rows, in the dates' one year at least


def _month_column_year(view: TableView, month_col: ColumnRole, date_col: ColumnRole) -> int | None:
    """The year of a register whose every row names its month ("Enero" ... "Julio") beside
    dates that are blank or fall in another month on some rows (an attention's date typed
    "0202", "1900", a case of December registered in January), no year column: the dates'
    one year (nine in ten of them), each case then counted by its month column in that year,
    never by the year of its own date. None where every date agrees with its month (those
    registers are dated by their dates as before) or the dates span several years."""
    months = [layout.MONTHS.get(fold(m).strip(" ."), 0) for m in view.text(month_col.col)]
    if not months or not all(months):
        return None
    dates = [layout.date_of(t) if t else None for t in view.text(date_col.col)]
    years = Counter(d.year for d in dates if d is not None)
    if not years:
        return None
    year, n = years.most_common(1)[0]
    if n < MONTH_COLUMN_YEAR_SHARE * sum(years.values()):
        return None
    if all(
        d is not None and (d.year, d.month) == (year, m) for d, m in zip(dates, months, strict=True)
    ):
        return None
    return year


DAILY_SERIES_DAYS = 28  # days a series of daily counts covers at least


def _daily_series(view: TableView, date_col: ColumnRole) -> bool:
    """Is a long table of counts (not a register: its numbers are counts) a series of days:
    every day from its first to its last on its rows, each day holding the same rows (one a
    zone, "Estado | Distrito 1 | Distrito 8"), no two rows of one day alike in its text
    columns? Then each row is its day's count, published for that day (a register's dated
    cases are counted by month or year; a table whose days are some days only, or whose rows
    of a day differ, is summed by month as before)."""
    numbers = [view.text(c.col) for c in view.of("measure") + view.of("value")]
    filled = [i for i in range(len(view.data)) if any(t[i] for t in numbers)]
    dates = [layout.date_of(t) if t else None for t in view.text(date_col.col)]
    known = [d for i in filled if (d := dates[i]) is not None]
    if len(known) != len(filled) or not known:
        return False  # a row of counts with no day: no series of days
    days = set(known)
    first, last = min(days), max(days)
    if len(days) < DAILY_SERIES_DAYS or (last - first).days + 1 != len(days):
        return False
    keys = [c for c in view.of("category") + view.of("place") if c.col != date_col.col]
    texts = [view.text(c.col) for c in keys]
    rows = [(dates[i], *(t[i] for t in texts)) for i in filled]
    if len(set(rows)) != len(rows):
        return False
    per_day = Counter(r[0] for r in rows)
    shapes = {frozenset(r[1:] for r in rows if r[0] == d) for d in (first, last)}
    return len(set(per_day.values())) == 1 and len(shapes) == 1


LAST_YEAR_MONTHS_SHORT = 3  # months before December a register's last case falls, at least
# cases the register's own pace puts in the rest of its last year, at least, for that rest to
# be no part of it: five expected and none written has a chance below 1 % (Poisson)
PART_YEAR_EXPECTED = 5.0


def _last_year_as_dated(
    dates: list[str], periods: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """A register counted by year whose dates stop months before its last year does (the
    femicides of 2 January to 6 July 2022, the register's last case on 6 July): that year's
    count is of January to the last case's month, not of the year, and is published as such
    ("2022-01/2022-07", the project's form of a span of months). Only where the register's own
    pace (its cases over the days from its first case to its last) would have put
    ``PART_YEAR_EXPECTED`` cases at least in the rest of the year: a register that writes
    four cases a month and none after 6 July stopped there, one of a few cases a year whose
    last is of April may be whole. A last case in the year's last ``LAST_YEAR_MONTHS_SHORT``
    months leaves the year whole; earlier years, and rows whose own date is of another year
    than the period their year column gave them, are as they were."""
    seen = {t: layout.date_of(t) for t in set(dates) if t}
    found = [d for d in seen.values() if d is not None]
    if not found:
        return periods
    first, last = min(found), max(found)
    if last.month > 12 - LAST_YEAR_MONTHS_SHORT:
        return periods
    cases = sum(1 for t in dates if t and seen.get(t) is not None)
    rest = (dt.date(last.year, 12, 31) - last).days
    pace = cases / ((last - first).days + 1)
    if pace * rest < PART_YEAR_EXPECTED:
        return periods
    whole = layout._month_period(last.year, 1, 12, str(last.year))
    label = f"{last.year:04d}-01/{last.year:04d}-{last.month:02d}"
    part = _parts(layout._month_period(last.year, 1, last.month, label))
    out = []
    for t, p in zip(dates, periods, strict=True):
        d = seen.get(t) if t else None
        own = d is not None and d.year == last.year
        out.append(part if own and (p[0], p[1]) == (whole.start, whole.end) else p)
    return out


_SLASHED_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\b")
MONTH_FIRST_SHARE = 0.95  # of the dates the weekday tells apart, month-first ones at least
MONTH_FIRST_LEAST = 20


def dates_in_weekday_order(view: TableView, date_col: int) -> list[str]:
    """A table's "dd/mm/yyyy" dates, read in the order the row's weekday confirms.

    A spreadsheet that turned the dates it could read into its own month-first dates writes
    "03/06/2017" for 6 March and keeps "15/03/2017" as day-first text: the same column holds
    both orders. A column of weekday names ("Lunes", "Miércoles", the lexicon's
    ``weekdays``) tells them apart: where, of the dates both readings allow, the weekday
    agrees with the month-first reading in nearly every row it decides, every date whose
    first number can be a month is read month-first (as ISO text). Otherwise, or with no
    weekday column, the dates are returned as written."""
    written = view.text(date_col)
    days = _weekday_column(view, date_col)
    if days is None:
        return written
    month_first = day_first = 0
    for (text, day), times in Counter(zip(written, days, strict=True)).items():
        m = _SLASHED_DATE.match(text)
        if not m or day is None:
            continue
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if a == b or a > 12 or b > 12:
            continue
        as_dmy, as_mdy = _weekday(year, b, a) == day, _weekday(year, a, b) == day
        month_first += times if as_mdy and not as_dmy else 0
        day_first += times if as_dmy and not as_mdy else 0
    decided = month_first + day_first
    if month_first < MONTH_FIRST_LEAST or month_first < MONTH_FIRST_SHARE * decided:
        return written
    out = []
    for text in written:
        m = _SLASHED_DATE.match(text)
        a, b = (int(m.group(1)), int(m.group(2))) if m else (13, 0)
        ok = a <= 12 and _weekday(int(m.group(3)), a, b) is not None if m else False
        out.append(f"{m.group(3)}-{a:02d}-{b:02d}" if m and ok else text)
    return out


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def _weekday_column(view: TableView, date_col: int) -> list[int | None] | None:
    """Each row's weekday (Monday 0) from the table's column of weekday names, if it has one:
    nine in ten of its rows or more name a day, and nothing else."""
    from genero_etl.extract.lexicon import active_lexicon

    names: dict[str, int] = {}
    for word in active_lexicon().words("weekdays"):  # Monday first, accented and plain
        names.setdefault(fold(word), len(set(names.values())))
    if len(set(names.values())) != 7:
        return None
    n = len(view.data)
    for col in view.roles:  # every column of the table, by its position
        if col == date_col:
            continue
        texts = view.text(col)
        day = {t: names.get(fold(t).strip()) for t in set(texts)}
        if any(d is None for t, d in day.items() if t.strip()):
            continue
        if n and sum(1 for t in texts if t.strip()) >= 0.9 * n:
            return [day[t] for t in texts]
    return None


COPIED_YEAR_SHARE = 0.98  # a year column agreeing this often with the event's date was made from it


def _a_copy_of_the_events_year(
    view: TableView, year_col: ColumnRole | None, date_col: ColumnRole | None
) -> bool:
    """A register's year column made from its event's date by hand ("año" added beside
    "hecho_fecha"): it agrees with the date's year in nearly every row, yet not in all (a case
    of 2014-12-03 written under 2013). The date the header names as the event's is then the
    case's period, the copy and its month column are not read. A year that disagrees more
    often is another date's (the case's registration, its sentence) and stays the year."""
    if year_col is None or date_col is None:
        return False
    lex = view.lex
    if not any_match(lex.prefer_event, layout.fold_label(date_col.header)):
        return False
    if any_match(lex.prefer_event, layout.fold_label(year_col.header)):
        return False
    same = differ = 0
    for y, d in zip(view.text(year_col.col), view.text(date_col.col), strict=True):
        date = layout.date_of(d) if d else None
        if date is None or not y or not layout.is_year(y):
            continue
        if layout.year_value(y) == date.year:
            same += 1
        else:
            differ += 1
    return differ > 0 and same >= COPIED_YEAR_SHARE * (same + differ) and same >= 100


def _the_dates_own_year(
    view: TableView, year_col: ColumnRole | None, date_col: ColumnRole | None
) -> bool:
    """A long table's year column that is its event's date's year on every row ("AÑO" beside
    "FECHA DE HECHO", Colombia's police): it says nothing the date does not, and read as the
    row's period it would count by year what the dates count by month."""
    if year_col is None or date_col is None:
        return False
    lex = view.lex
    if not any_match(lex.prefer_event, layout.fold_label(date_col.header)):
        return False
    same = 0
    for y, d in zip(view.text(year_col.col), view.text(date_col.col), strict=True):
        if not y and not d:
            continue
        date = layout.date_of(d) if d else None
        if date is None or not layout.is_year(y) or layout.year_value(y) != date.year:
            return False
        same += 1
    return same > 0


def _date_of_the_window(
    view: TableView,
    kind: str,
    chosen: ColumnRole,
    options: list[ColumnRole],
    window: tuple[str, str, str],
) -> ColumnRole:
    """The date a register's rows were chosen by, where its name or title states the span
    they cover ("... del 2018-01-01 al 2023-12-30", "registro_2018_2023"): the date the headers
    chose (the event's, "Fecha hechos") stays unless some of its values fall outside that span
    while every value of another date of the same kind ("Fecha registro") falls inside it.
    Cases registered in 2018 whose events go back to 2014 are the cases of 2018's
    registrations; counted by the events' years they would say 2014 held one case, a part of
    that year passed for the whole."""
    if not window[0] or not window[1]:
        return chosen
    low, high = int(window[0][:4]), int(window[1][:4])

    def years(role: ColumnRole) -> list[int]:
        out = []
        for t in set(view.text(role.col)):
            if kind == "year":
                y = layout.year_value(t) if t and layout.is_year(t) else None
            else:
                d = layout.date_of(t) if t else None
                y = d.year if d is not None else None
            if y is not None:
                out.append(y)
        return out

    if all(low <= y <= high for y in years(chosen)):
        return chosen
    for other in options:
        found = years(other) if other is not chosen else []
        if found and all(low <= y <= high for y in found):
            return other
    return chosen


def _section_periods(view: TableView, default: tuple[str, str, str]) -> list[tuple[str, str, str]]:
    """Each row's period where a lone label above it is one ("2019" over the rows of 2019,
    "2020-2021" over those of that fiscal year); the table's period elsewhere, and where
    the label repeats the years of the table's own period."""
    if not view.table.sections:  # most tables, and every big one (cut without sections)
        return [default] * len(view.data)
    start_month = _fiscal_start(view)
    cache: dict[str, tuple[str, str, str]] = {}
    out = []
    for r in view.data.index:
        text = view.table.sections.get(int(r), "")
        if text and text not in cache:
            p = layout.sheet_period(text)
            if p is not None:
                p = layout.fiscal_span(p, start_month)
            same = p is None or (p.start[:4], p.end[:4]) == (default[0][:4], default[1][:4])
            cache[text] = default if same or p is None else (p.start, p.end, p.label)
        out.append(cache[text] if text else default)
    return out


def _filled_down(years: list[str]) -> list[str]:
    """A year written only on the first row of its block ("2019", "", "", "2020", ""):
    each blank row takes the year above it. A column that starts blank, or that writes a
    year twice, is left as it is (its blanks are unknown years)."""
    if not years or not years[0] or all(years):
        return years
    written = [y for y in years if y]
    if len(written) != len(set(written)):  # a year repeated: blanks are unknowns, not "same"
        return years
    out: list[str] = []
    last = ""
    for y in years:
        last = y or last
        out.append(last)
    return out


def per_distinct(
    columns: list[list[str]], func: Callable[[tuple[str, ...]], T]
) -> tuple[list[T], list[T]]:
    """``func`` of each row's cells, computed once per distinct combination (vectorised keys).

    Returns the per-row results and the distinct ones.
    """
    import numpy as np
    import pandas as pd

    n = len(columns[0])
    key = np.zeros(n, dtype=np.int64)
    for column in columns:
        codes, uniques = pd.factorize(np.asarray(column, dtype=object))
        key, _ = pd.factorize(key * (len(uniques) + 1) + codes)
    size = int(key.max()) + 1 if n else 0
    first = np.full(size, -1, dtype=np.int64)
    first[key[::-1]] = np.arange(n - 1, -1, -1)
    distinct = [func(tuple(column[int(i)] for column in columns)) for i in first]
    table = np.empty(size, dtype=object)
    for i, result in enumerate(distinct):
        table[i] = result  # one by one: a tuple must stay one object, not a row
    return table[key].tolist(), distinct


def title_period(view: TableView) -> tuple[str, str, str]:
    """The period a table's title or comment lines name ("# 2009 - 2016"), if any."""
    from genero_etl.extract.periods import find_periods

    text = view.table.title.replace("#", " ")
    own = text.split(" / ")[-1].strip()
    if " / " in text and layout.is_year(own):  # a block's own year under the sheet's span
        y = layout.year_value(own)
        return f"{y}-01-01", f"{y}-12-31", own
    span = _YEAR_SPAN.search(text)
    if span and span.group(1) < span.group(2):
        return f"{span.group(1)}-01-01", f"{span.group(2)}-12-31", span.group(0)
    found = find_periods(text, None) if text.strip() else []
    if not found:
        return ("", "", "")
    best = max(found, key=lambda p: (p.strength, p.span[1] - p.span[0]))
    return best.start, best.end, text[best.span[0] : best.span[1]].strip()


def _iso_weeks(header: str) -> bool:
    """Does a week column's header say its weeks are ISO weeks ("Semana ISO")?"""
    from genero_etl.extract.periods import is_iso_week

    return is_iso_week(header)


def _period_of(
    year: str | None, month: str | None, quarter: str | None, date: str | None, text: str | None,
    grain: str, doc_year: int | None, week: str | None = None, iso: bool = False,
) -> tuple[str, str, str]:  # fmt: skip
    y: int | None = None
    if year and layout.is_year(year):
        y = layout.year_value(year)
    elif year:
        y = _marked_year(year) or layout.mid_year(year)
    if week is not None and text and (days := layout.day_span(text, y or doc_year)):
        return (days[0], days[1], text)  # a week's own days beside its number: those days
    if week is not None:
        # an epidemiological week beside its year: that week, never the whole year (a week
        # without a year is no known period)
        return _week_of(week, y or doc_year, iso)
    if date and grain == "day" and (d := layout.date_of(date)) is not None:
        return (d.isoformat(), d.isoformat(), d.isoformat())  # a daily series: its day
    if (date and y is None) or (date and month is None and quarter is None and grain == "month"):
        d = layout.date_of(date)
        if d is not None:
            if grain == "year" or (y is not None and month is None):
                y = y or d.year
                if grain == "year":
                    return _parts(layout._month_period(y, 1, 12, str(y)))
            return _parts(
                layout._month_period(d.year, d.month, d.month, f"{d.year:04d}-{d.month:02d}")
            )
        counted_by_year = grain == "year" and y is None and month is None and quarter is None
        written = layout.year_of_broken_date(date) if counted_by_year else None
        if written is not None:
            return _parts(layout._month_period(written, 1, 12, str(written)))
    if month:
        m = layout.MONTHS.get(fold(month).strip(" ."), 0)
        named = bool(m)
        if not m and re.fullmatch(r"\d{1,2}(?:\.0)?", month.strip()):
            m = int(float(month))
        yy = y or doc_year
        if yy and 1 <= m <= 12:
            # "Agosto" and 2014: "Agosto 2014"; "8" and 2014: "2014-08", not "8 2014"
            label = f"{month} {yy}" if named else f"{yy:04d}-{m:02d}"
            return _parts(layout._month_period(yy, m, m, label))
    if quarter:
        hit = re.search(r"[1-4]", quarter)
        yy = y or doc_year
        if hit and yy and len(re.sub(r"\D", "", quarter)) == 1:
            q = int(hit.group(0))
            return _parts(layout._month_period(yy, 3 * q - 2, 3 * q, f"T{q} {yy}"))
    if text:
        p = layout.header_period(text, y or doc_year)
        if p is not None:
            return _parts(p)
    if y:
        return _parts(layout._month_period(y, 1, 12, str(y)))
    return ("", "", "")


def _week_of(week: str, year: int | None, iso: bool) -> tuple[str, str, str]:
    """A week column's cell (6, "6", "SE 6", "6.0") of ``year`` as that week's dates."""
    from genero_etl.extract.periods import epi_week, week_header

    text = week.strip()
    if year is None or not text:
        return ("", "", "")
    if re.fullmatch(r"\d{1,2}(?:\.0)?", text):
        found = epi_week(year, int(float(text)), iso=iso)
    else:
        found = week_header(text, year)
    return (found.start, found.end, found.label) if found is not None else ("", "", "")


def _marked_year(text: str) -> int | None:
    """The year of a year cell with a mark after it ("2023 (p)", "2023*", "2023 p/"): a
    preliminary or footnoted figure is still that year's."""
    p = layout.header_period(text, None)
    if p is None or not (p.start.endswith("-01-01") and p.end.endswith("-12-31")):
        return None
    return int(p.start[:4]) if p.start[:4] == p.end[:4] else None


def _parts(p: Period) -> tuple[str, str, str]:
    return p.start, p.end, p.label


def category_values(view: TableView, role: ColumnRole) -> list[str]:
    # "Violencia contra la mujer2/", "Cusco 1/": the value without its note's marker
    values = [(layout.strip_marker(t) or t) if t else UNKNOWN for t in view.text(role.col)]
    return _own_region_total(view, role, _sex_codes(view, role, _age_bands(view, role, values)))


def _own_region_total(view: TableView, role: ColumnRole, values: list[str]) -> list[str]:
    """A breakdown of zones ("zona": "Estado", "Distrito 1", "Distrito 8") of a table of one
    first-level division the user declared (``admin1``: MX-JAL), one of whose values is that
    level's own word in the country and nothing else ("Estado", "Entidad": the country file's
    ``levels.admin1``): that value is the division's whole, its total (``_T``), never a zone
    beside its parts. Any other breakdown, and a table of no declared division, as written."""
    from genero_etl.countries import registry

    if not declared_region(view) or role.kind in view.lex.core_dimensions:
        return values
    reg = registry()
    if not view.country or view.country not in reg:
        return values
    levels = reg.get(view.country).levels
    distinct = {v for v in values if v != UNKNOWN}
    own = {v for v in distinct if levels.level_of(layout.fold_label(v)) == "admin1"
           and len(layout.fold_label(v).split()) == 1}  # fmt: skip
    if len(own) != 1 or len(distinct) < 2:
        return values
    if any(levels.level_of(layout.fold_label(v)) for v in distinct - own):
        return values  # "Estado | Municipio": levels of government, no zones of one region
    return ["_T" if v in own else v for v in values]


def _sex_codes(view: TableView, role: ColumnRole, values: list[str]) -> list[str]:
    """A sex column written in codes ("f" and "m", "M" and "H"; roles.yaml ``sex_codes``)
    publishes the sexes' words ("mujeres", "varones"), as its headers and rows' sexes are
    published: one vocabulary for the sex breakdown. The column's codes are read as a set
    ("m" is a woman beside "h", a man beside "f"); totals and unknowns stay as they are, and
    a column of any other codes keeps them as written."""
    if not role.kind.startswith("sexo") or not view.lex.sex_codes:
        return values
    codes = {
        fold(v)
        for v in set(values)
        if v != UNKNOWN
        and fold(v) not in view.lex.unknown_values
        and not any_match(view.lex.total_rows, fold(v))
    }
    pair = next((p for p in view.lex.sex_codes if set(p) == codes), None)
    if pair is None:
        return values
    return [pair.get(fold(v), v) for v in values]


_BARE_AGE = re.compile(r"^\d{1,3}$")


def _age_bands(view: TableView, role: ColumnRole, values: list[str]) -> list[str]:
    """An age-band column ("Rango Edad", roles.yaml ``age_band_headers``) whose values are bare
    numbers stepping regularly ("0", "10", ..., "90") writes each band as its lower bound: the
    band is published ("10-19"), never the bound alone. Numbers of no regular step leave the
    band's width unknown: the table's counts are held for review (``_held_when_bands_unknown``)."""
    if not any_match(view.lex.age_band_headers, fold(role.header or "")):
        return values
    known = [v for v in values if v != UNKNOWN]
    if not known or not all(_BARE_AGE.match(v) for v in known):
        return values
    bounds = sorted({int(v) for v in known})
    steps = {b - a for a, b in itertools.pairwise(bounds)}
    if len(bounds) < 3 or len(steps) != 1 or (step := steps.pop()) < 2 or bounds[0] % step:
        view.unknown_bands.add(role.header or col_letter(role.col))
        return values
    return [v if v == UNKNOWN else f"{int(v)}-{int(v) + step - 1}" for v in values]


def count_unknown(view: TableView, role: ColumnRole) -> int:
    unknown = view.lex.unknown_values
    counts = Counter(view.text(role.col))
    return sum(n for t, n in counts.items() if not t or fold(t) in unknown)


def _indicator(view: TableView, label: str, extra: str = "", own: bool = False) -> tuple[str, str]:
    """(indicator_id, label) from a column or row label, with the table's title as context.

    ``own``: the label is one of several measures side by side ("Feminicidio",
    "Tentativa"): it is classified alone, never by the title that names its neighbour;
    unless it only names a measure ("Número", "Tasa por 100 mil"): then the title says what.
    """
    book = view.ctx.codebook
    words = layout.header_words(label)  # "HOMICIDIOS_MUJERES" is read as two words
    if own and label and not any_match(view.lex.measure_only, fold(label)):
        return book.classify(words).id, label
    constants = " ".join(
        sorted({view.text(r.col)[0] for r in view.of("constant") if len(view.data)})
    )
    # the table's title and sheet name before the file name: a workbook named for all its
    # sheets ("femicidios_presuntos_frustrados_2016.xls") does not say what one sheet
    # titled "FEMICIDIOS 2016" counts
    for around in (view.near_title, view.title):
        context = f"{constants} {around} {extra}".strip()
        found = book.classify(words, context) if label else book.classify(context)
        if _counts_own_rows(view, found.unit):
            found = book.unclassified  # "municipios_soli" over municipalities: their rows
        if found.id != book.unclassified.id:
            break
    if not found.said_by_table(view.words) and not _topic_names_violence(view):
        # "muertes" of a table that never names women counts all persons' deaths: unclassified,
        # named by the table's own words for a person to review (a column saying what each
        # row is about, "VIOLENCIA FAMILIAR" among diagnoses, decides row by row instead:
        # ``_within_topic``)
        found = book.unclassified
        label = label or _sheet_label(view) or _file_words(view)
    if found.id == book.unclassified.id and label and any_match(view.lex.measure_only, fold(label)):
        # "Tasa" under "Tasa de Mortalidad Materna. Serie Histórica 2018-2021": the header only
        # names a measure, the table's title what is measured; a long table's indicator column
        # of one indicator ("indicador": "Porcentaje de mujeres que han experimentado ..."
        # on every row, over "valor") names it as a title would
        label = _sheet_label(view) or _constant_indicator(view) or label
    return found.id, label or found.label_es


def _constant_indicator(view: TableView) -> str:
    """The one indicator a long table's indicator column names on every row (a file per
    indicator: "indicador" over "Porcentaje de mujeres que han experimentado violencia
    física doméstica"), read as a constant column; '' when the table has none."""
    for role in view.of("constant"):
        if any_match(view.lex.indicator, layout.fold_label(role.header)) and len(view.data):
            return view.text(role.col)[0][:200]
    return ""


def _counts_own_rows(view: TableView, unit: str) -> bool:
    """Does an indicator of this unit count places of the level the table's rows are
    ("municipios" over a table by municipality)? Then the words name the rows, not what
    their numbers count."""
    units = view.lex.place_units
    return bool(unit) and any(unit in units.get(r.kind, ()) for r in view.of("place"))


def _offence_indicator(
    view: TableView, found: tuple[str, str], row: int, *, by_context: bool = False
) -> tuple[str, str]:
    """The indicator a row's offence names ("Feminicidio" under "Tipo de delito", the finest
    offence column first: "Subtipo" before "Tipo") when nothing else named the table's
    numbers; the label stays the one found. Only for a table of one measure: of two side by
    side (crime reports and victims) the offence would give both one indicator.

    ``by_context``: ``found`` came from the table's title, file name or constant columns, not
    from the numbers' own label ("cantidad"). Those say what all rows are ("delitos
    denunciados", "DENUNCIA"), never which offence: each row's offence names its indicator,
    and an offence no gender indicator names counts recorded offences."""
    book = view.ctx.codebook
    unclassified = book.unclassified.id
    columns = [c for c in view.of("category") if c.kind in view.lex.offence_dimensions]
    if found[0] != unclassified and not (by_context and columns):
        return found
    columns.sort(key=lambda c: -view.distinct(c.col))
    context = book.indicators.get(found[0])
    named = (
        found[1]
        and found[1] not in {book.unclassified.label_es, context.label_es if context else ""}
        and not any_match(view.lex.measure_only, fold(found[1]))
        # "n_delitos", "n_victimas": the offences or victims of each row's offence, unnamed
        and not any_match(view.lex.offence_counts, layout.fold_label(found[1]))
    )
    offences = [
        (col, value)
        for col in columns
        if (value := view.text(col.col)[row]) and fold(value) not in view.lex.unknown_values
    ]
    if offences and counts_offenders(view.lex, view.title):
        # "Femicidio" in a table of persons deprived of liberty: the people held for it, no
        # femicide; what the title or measure named of them, else unclassified for review
        return (
            found if found[0] != unclassified else (found[0], found[1] if named else offences[0][1])
        )
    for _col, value in offences:
        got = book.classify(value)
        if got.id != unclassified and got.id in view.lex.offence_codebook:
            return got.id, found[1] if named else value
    books = view.ctx.codebook.indicators
    for _col, value in offences:  # what the codebook does not name: the tables' own words
        key = first_key(view.lex.offence_indicators, fold(value))
        if key in books:
            return key, found[1] if named else value
    for col in columns:  # any other offence: recorded offences of its kind, named by its path
        value = view.text(col.col)[row]
        key = view.lex.offence_fallback.get(col.kind, "")
        if key in books and value and not any_match(view.lex.total_rows, fold(value)):
            return key, found[1] if named else _offence_path(view, row) or value
    return found


def _within_topic(view: TableView, found: tuple[str, str], row: int) -> tuple[str, str]:
    """A row about something no gender indicator names (a diagnosis of "ANSIEDAD" beside
    "VIOLENCIA FAMILIAR/MALTRATO INFANTIL", ``topic_dimensions``) is no value of the gender
    indicator its measure names ("Atendidos": people assisted): unclassified, its label kept.
    Only a row whose topic names gender violence (as an offence would, ``offence_codebook``,
    ``offence_indicators``) keeps it; a total or an unknown topic mixes both, and does not."""
    unclassified = view.ctx.codebook.unclassified.id
    if found[0] == unclassified:
        return found
    for col in view.of("category"):
        if col.kind in view.lex.topic_dimensions and not _names_violence(
            view, view.text(col.col)[row]
        ):
            return unclassified, found[1]
    return found


def _topic_names_violence(view: TableView) -> bool:
    """Does a column saying what each row is about (``topic_dimensions``: a diagnosis) name
    gender violence on some of its rows?"""
    return any(
        _names_violence(view, value)
        for col in view.of("category")
        if col.kind in view.lex.topic_dimensions
        for value in dict.fromkeys(view.text(col.col))
    )


def _names_violence(view: TableView, value: str) -> bool:
    """Does an offence's or a diagnosis's name say gender violence ("Feminicidio",
    "VIOLENCIA FAMILIAR/MALTRATO INFANTIL")?"""
    book = view.ctx.codebook
    if not value or fold(value) in view.lex.unknown_values:
        return False
    if book.classify(value).id in view.lex.offence_codebook:
        return True
    return first_key(view.lex.offence_indicators, fold(value)) in book.indicators


def _by_context(view: TableView, label: str) -> bool:
    """Does a measure's label say nothing the codebook names by itself ("cantidad", "Total"),
    so that its indicator, if any, came from the table's title or constant columns?"""
    book = view.ctx.codebook
    return not label or book.classify(layout.header_words(label)).id == book.unclassified.id


def _offence_path(view: TableView, row: int) -> str:
    """A row's offence as its columns write it, coarsest first ("HOMICIDIOS | DOLOSOS | CON
    ARMA DE FUEGO" under MODALIDAD, TIPO, SUBTIPO): the finest column alone ("CON ARMA DE
    FUEGO", "SIN DATOS") does not say what was committed. Breakdowns of the people (sex,
    age), unknowns and a value repeating the one before ("VIOLACION | VIOLACION") are left
    out."""
    parts: list[str] = []
    for cat in sorted(view.of("category"), key=lambda c: c.col):
        value = view.text(cat.col)[row].strip()
        if cat.kind in view.lex.core_dimensions or not value:
            continue
        if fold(value) in view.lex.unknown_values or (parts and fold(parts[-1]) == fold(value)):
            continue
        parts.append(value)
    return " | ".join(parts)


def _source_col_range(view: TableView, col: int) -> str:
    rows = view.data.index
    first, last = int(rows.min()), int(rows.max())
    ref = f"{col_letter(col)}{first + 1}:{col_letter(col)}{last + 1}"
    return f"{view.sheet}!{ref}" if view.sheet else ref


def _record(view: TableView, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "sheet": view.sheet, "row": 0, "col": 0, "indicator_id": "", "indicator_label": "",
        "period_start": "", "period_end": "", "period_label": "", "breakdown_dimension": "_T",
        "breakdown_value": "_T", "country": view.country, "admin1": "", "municipality": "",
        "municipality_code": "", "activity": "", "value_kind": "", "unit": "", "source_text": "",
        "group_key": "", "is_total": False, "link_parent": False, "method": "", "confidence": 0.8,
        "cross_key": "",
    }  # fmt: skip
    base.update(fields)
    for key in ("group_key", "cross_key"):  # "r3" of one year's sheet is not "r3" of the next
        if base[key] and view.sheet:
            base[key] = f"{view.sheet}\x1f{base[key]}"
    return base


def _place_fields(place: RowPlace) -> dict[str, str]:
    return {
        "country": place.country, "admin1": place.admin1, "municipality": place.municipality,
        "municipality_code": place.municipality_code,
    }  # fmt: skip


def _with_place_breakdown(place: RowPlace, dim: str, value: str) -> tuple[str, str]:
    """An unresolved place stays visible as a 'lugar' breakdown, never merged into another;
    an attending unit no place names, as a 'unidad' breakdown of its region."""
    if place.unit:
        if dim == "_T":
            return "unidad", place.unit
        return f"unidad+{dim}", f"{place.unit} | {value}"
    if not place.unresolved:
        return dim, value
    if dim == "_T":
        return "lugar", place.unresolved
    return f"lugar+{dim}", f"{place.unresolved} | {value}"


# --- register ------------------------------------------------------------------------


def _is_register(view: TableView) -> bool:
    measures = view.of("measure")
    values = view.of("value")
    weights = [m for m in measures if m.code]
    dims = view.of("category") + view.of("place") + view.of("period")
    if not dims:  # rows about people with nothing else: only ever counted
        return bool(view.of("personal")) and not measures and not values
    if weights and len(measures) == 1 and not values:
        attributes = view.of("category") + view.of("ignored") + view.of("personal")
        return len(attributes) >= 4 and _mostly_single_cases(view, weights[0])
    if _weight_under_a_period(view):
        return True
    if _identity_numbers(view):  # "Nombre | Cédula | Provincia | Monto": one row a person
        return True
    if (measures or values) and _cases_placed_or_timed(view):  # "Latitud", "Hora" per case
        return True
    if (measures or values) and _figures_of_the_year(view):
        return True
    if measures or values:
        return _coded_register(view)
    if _cases_in_words(view):
        return True
    signals = (
        view.of("identifier")
        + view.of("personal")
        + view.of("attribute")
        + view.of("period", "date")
    )
    # rows naming people are one row per person however few they are
    return bool(signals) and (len(view.data) >= 10 or bool(view.of("personal")))


REPEATED_AT_LEAST = 5  # rows per year (or year and place) a repeated figure stands on


def _figures_of_the_year(view: TableView) -> bool:
    """Rows of cases (the victim's sex or age group, a year, words elsewhere) whose every
    column of numbers holds one figure per year, or per year and place, written again on
    each of its rows (Chile's homicide register: "Tasa Nacional" 4.5 on every row of 2018,
    "Tasa Regional" on every row of a region and year). Each row is one case; the figure is
    its year's, never the row's: published for a month and a victim's breakdown it would
    be a rate of nothing. Those columns are left out and the cases counted."""
    if not _cases_in_words(view):
        return False
    years = [r for r in view.of("period") if r.kind == "year"]
    if len(years) != 1 or view.of("identifier"):
        return False
    numbers = view.of("measure") + view.of("value")
    year = view.text(years[0].col)
    places = [view.text(r.col) for r in view.of("place")]
    for r in numbers:
        cells = view.text(r.col)
        if len({c for c in cells if c}) < 2 or _mostly_single_cases(view, r):
            return False  # 1 on every row: each row's count of cases, no figure of its year
        keys_by: list[list[tuple[str, ...]]] = [[(y,) for y in year]]
        keys_by += [list(zip(year, place, strict=True)) for place in places]
        if not any(_one_figure_each(keys, cells) for keys in keys_by):
            return False
    for r in numbers:
        view.roles[r.col] = ColumnRole(
            r.col, r.header, "ignored", "", 0.5, "why-figure-of-the-year", source=r.source
        )
    return True


def _one_figure_each(keys: list[tuple[str, ...]], cells: list[str]) -> bool:
    """Does each key (a year, a year and a place) hold one figure in all its rows, blanks
    aside, on five rows or more each on the whole?"""
    seen: dict[tuple[str, ...], str] = {}
    for key, cell in zip(keys, cells, strict=True):
        if not cell:
            continue
        if seen.setdefault(key, cell) != cell:
            return False
    return bool(seen) and len(cells) >= REPEATED_AT_LEAST * len(seen)


def _filled_in_most_rows(view: TableView, col: int) -> bool:
    """Is the column filled in half the register's rows or more? A column most rows leave
    empty is an attribute of some cases ("Fecha_Sentencia", filled for the cases a court
    has sentenced): its header cannot say what every row is."""
    if col not in view.data.columns or not len(view.data):
        return False
    filled = sum(1 for v in view.data[col].tolist() if not layout.is_blank(v))
    return filled >= 0.5 * len(view.data)


def _cases_in_words(view: TableView) -> bool:
    """Rows of words only, a year or a month, the person's sex or age group (Panamá's
    prosecutors: "Homicidio | 2017 | Enero | Panamá | Masculino | 30-34 | Arma de Fuego"):
    no cell is a number to publish, each row is one victim, counted by its dimensions."""
    persons = [c for c in view.of("category") if c.kind in view.lex.core_dimensions]
    return bool(persons) and bool(view.of("period")) and len(view.data) >= 20


_IDENTITY_NUMBER = re.compile(r"^\d[\d.\- ]{6,}\d$")  # "1712345678", "0-912-345", "4.123.456"


def _identity_numbers(view: TableView) -> bool:
    """A column of personal data whose cells are identity numbers, one a row: the rows are
    people, and a number beside each (the amount one woman received, her age) is hers, never
    a total of her province or her year."""
    for r in view.of("personal"):
        cells = [t for t in view.text(r.col) if t]
        ids = [t for t in cells if _IDENTITY_NUMBER.match(t)]
        if cells and len(ids) >= 0.8 * len(view.data) and len(set(ids)) == len(ids):
            return True
    return False


CASES_MIN_ROWS = 30  # rows a column of each case's own spot or time must stand on
TIMES_OF_A_DAY = 48  # half hours: a table of counts by time of day has no more rows
_CLOCK = re.compile(r"(?:^|\s)\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?$", re.IGNORECASE)


def _cases_placed_or_timed(view: TableView) -> bool:
    """Columns of personal data that give each row its own spot to the metre or its own
    time to the minute (a case's latitude and longitude, "-0,155623", "-78,469475": two
    columns, one number of six decimals alone may be a difference of rates; the hour it
    happened or was recorded, "05:29", "30/12/1899 14:35:02", more times than a day has
    half hours), distinct on most rows and far finer than the table's places: the rows are cases, whatever words head the numbers beside them (a
    prosecutor's register of femicides: "NDD", the case number under the word its counts of
    crime reports are headed by; "Numero Juicio"; the victim's age). A table of counts by
    place may give its place's one centroid, never a point per row, and a table by hour of
    the day has a few hours. Each case's own numbers are hers, never counts: the register
    counts the rows, and its columns of numbers other than a weight of single cases are
    left out (``why-case-attribute``)."""
    rows = len(view.data)
    if rows < CASES_MIN_ROWS:
        return False
    finest = max((view.distinct(r.col) for r in view.of("place")), default=0)
    points = 0  # columns of coordinates: a spot is a latitude and a longitude, never one alone
    times = False
    for r in view.of("personal"):
        cells = [t for t in view.text(r.col) if t]
        if len(cells) < max(CASES_MIN_ROWS, rows / 2):
            continue
        distinct = view.distinct(r.col) - (len(cells) < rows)  # the blank is no value
        if distinct < len(cells) / 2 or distinct <= 2 * finest:
            continue
        if sum(1 for t in cells if COORDINATE.match(t)) >= 0.8 * len(cells):
            points += 1
        elif sum(1 for t in cells if _CLOCK.search(t)) >= 0.8 * len(cells):
            # more times than a day has half hours: the minute of each case, no hour's row
            times = times or distinct > TIMES_OF_A_DAY
    if points < 2 and not times:
        return False
    for r in view.of("measure") + view.of("value"):
        if r.code and _mostly_single_cases(view, r):
            continue  # how many cases the row stands for: the register's weight
        view.roles[r.col] = ColumnRole(
            r.col, r.header, "ignored", "", 0.5, "why-case-attribute", source=r.source
        )
    return True


def _weight_under_a_period(view: TableView) -> bool:
    """A register whose one column of numbers counts the row's cases ("2015" over 1, 1, 2...):
    rows about people or events (ages, hours, dates of the day) each weighing a few cases.
    The column becomes the row weight, so the cases are counted by the row's dimensions and
    no row is published by itself."""
    values = view.of("value")
    if len(values) != 1 or view.of("measure") or len(view.data) < 30:
        return False
    if not (view.of("personal") or view.of("period", "date") or view.of("identifier")):
        return False
    numbers = [
        v for v in (_small_count(x) for x in view.data[values[0].col].tolist()) if v is not None
    ]
    if len(numbers) < 0.9 * len(view.data) or numbers.count(1) < 0.6 * len(numbers):
        return False
    r = values[0]
    view.roles[r.col] = ColumnRole(
        r.col, r.header, "measure", "count", 0.7, "why-row-weight", code=True, source=r.source
    )
    return True


def _mostly_single_cases(view: TableView, weight: ColumnRole) -> bool:
    """A register's rows are cases, or a few cases alike: the column saying how many a row
    stands for holds a few (0-9) in nearly every row ("casos": 1, 1, 2, 3). Where many rows
    stand for more (a prosecution's offences by year: 14, 335, 12,059), the rows are already
    counts, one per combination of their labels: a long table, each combination its value."""
    few = sum(1 for x in view.data[weight.col].tolist() if _small_count(x) is not None)
    return few >= 0.9 * len(view.data)


def _small_count(v: Any) -> int | None:
    """A cell holding a whole number of a few cases (0-9), else None."""
    text = layout.cell_text(v)
    return int(text) if text.isdigit() and len(text) == 1 else None


def _coded_register(view: TableView) -> bool:
    """A register whose attributes are numeric codes: an identifier column, codes elsewhere.

    Without an identifier, rows about people (an age column) with three or more columns of
    small codes (0/1 flags, answers coded 1-9: "ALCOHOL_DROGAS", "SITUACION_DEL_AGRESOR")
    are a register too; then a count word in a code column's header ("agresor",
    "feminicidio") does not make it a count."""
    ids = [r for r in view.of("identifier") if r.kind == ""]
    coded = view.of("value")
    if len(view.data) < 30 and not _flag_register(view, ids, coded):
        return False
    if not ids:
        coded = coded + [m for m in view.of("measure") if not m.code]
        if not view.of("personal") or len(coded) < 3 or not all(_codes(view, r) for r in coded):
            return False
    elif view.of("measure"):
        return False
    many = [r for r in coded if len(set(view.text(r.col))) > view.lex.max_categories]
    if many and not _cases_coded(view, ids, coded):
        return False
    for r in many:  # a code of too many values to count by ("actividad": 13 occupations)
        view.roles[r.col] = ColumnRole(
            r.col, r.header, "ignored", "", 0.5, "why-many-codes", source=r.source
        )
    for r in coded:
        if r in many:
            continue
        name = (
            re.sub(r"[^a-z0-9]+", "_", layout.fold_label(r.header)).strip("_")
            or col_letter(r.col).lower()
        )
        view.roles[r.col] = ColumnRole(
            r.col, r.header, "category", name, 0.6, "why-codes", source=r.source
        )
    return True


def _cases_coded(view: TableView, ids: list[ColumnRole], coded: list[ColumnRole]) -> bool:
    """Rows of cases written in codes: a row number, a person's data (an age, the hour of the
    event) and three or more columns of codes of one or two digits, one of them with more
    codes than a breakdown has (a surveillance form's occupation, 1-33). A table of counts
    beside a row number has no person's data in it."""
    return (
        bool(ids)
        and bool(view.of("personal"))
        and len(coded) >= 3
        and all(_small_codes(view, r) for r in coded)
    )


def _small_codes(view: TableView, role: ColumnRole) -> bool:
    """A column of whole numbers of one or two digits (blanks aside)."""
    texts = [t for t in view.text(role.col) if t]
    return bool(texts) and all(t.isdigit() and len(t) <= 2 for t in texts)


def _flag_register(view: TableView, ids: list[ColumnRole], coded: list[ColumnRole]) -> bool:
    """A few records, however few: an identifier and a date in each row, and every other
    column of numbers a 0/1 flag under a header of the cases' kind ("Violencia Física":
    0, 1): the flags say which cases were of that kind, they count nothing themselves."""
    return (
        bool(ids)
        and bool(view.of("period", "date"))
        and bool(coded)
        and not view.of("measure")
        and all(_counted_flag01(view, r) for r in coded)
    )


def _counted_flag01(view: TableView, role: ColumnRole) -> bool:
    """A column of 0s and 1s (unknowns aside) under a counted flag's header ("Violencia
    Sexual"): whether each case was of that kind, a breakdown a register is counted by."""
    texts = {t for t in view.text(role.col) if t and fold(t) not in view.lex.unknown_values}
    header = layout.fold_label(role.header)
    return bool(texts) and texts <= {"0", "1"} and any_match(view.lex.counted_flags, header)


def _codes(view: TableView, role: ColumnRole) -> bool:
    """A column of small whole numbers (0-99), few of them: codes, not counts."""
    texts = [t for t in view.text(role.col) if t]
    return (
        bool(texts)
        and all(t.isdigit() and len(t) <= 2 for t in texts)
        and (len(set(texts)) <= view.lex.max_categories)
    )


@table_layout("register", _is_register)
def register_layout(view: TableView) -> list[dict[str, Any]] | None:
    import numpy as np
    import pandas as pd

    if _presumed_cases(view):
        return []
    weights = [m for m in view.of("measure") if m.code]
    weight = weights[0] if weights else None
    place_cols = place_columns(view, finest=False)
    places = _blank_places_unknown(view, place_cols, row_places(view, place_cols))
    places = _units_in_region(view, place_cols, places)
    periods, unknown_periods = row_periods(view, register=True)
    months = 0  # distinct months before the dates are counted by year (too thin by month)
    by_month: list[str] = []  # a one-place register's months, published inside its years
    if len({(id(a), b) for a, b in zip(places, periods, strict=True)}) > len(view.data) / 2:
        # most place-months would hold one case: too thin to publish, counted by year
        months = len(set(_period_keys(periods)))
        if _one_wide_place(places):
            by_month = _period_keys(periods)
        periods, unknown_periods = row_periods(view, register=True, coarse=True)
    period_keys = _period_keys(periods)
    thin = len(set(period_keys)) < months  # dates counted by year from here
    key_of: dict[int, str] = {}  # rows share their place and period objects: one key each
    place_keys = [key_of.get(id(p)) or key_of.setdefault(id(p), p.key) for p in places]
    frame = pd.DataFrame({"place": place_keys, "period": period_keys})
    if weight is not None:
        from genero_etl.tabular.ingest import column_numbers

        values = column_numbers(view.data[weight.col], view.ctx.convention)
        frame["n"] = np.array([v if v is not None else 0.0 for v in values], dtype=np.float64)
    else:
        frame["n"] = 1.0
    place_of = {p.key: p for p in {id(p): p for p in places}.values()}
    weight_label = layout.cell_text(weight.header) if weight else ""
    # a register's headers name the attributes of each case (its sentence, its court): the
    # title says what the rows are; the headers are read only when the title does not
    ind_id, ind_label = _indicator(view, weight_label)
    spanning = _spanning_title(view)  # a title row merged into the headers beats the file name
    if spanning and not weight_label:
        found = view.ctx.codebook.classify(spanning)
        if found.id != view.ctx.codebook.unclassified.id and found.said_by_table(view.words):
            ind_id, ind_label = found.id, found.label_es
    if ind_id == view.ctx.codebook.unclassified.id:
        headers = " ".join(
            layout.cell_text(h)
            for c, h in view.table.labels.items()
            if _filled_in_most_rows(view, c)
        )
        ind_id, ind_label = _indicator(view, weight_label, headers)
    if _offences_disagree(view, ind_id):
        # "homicidios femicidio violencia domestica": the file's name names one offence of
        # several its rows hold; the cases of all are no count of that one
        ind_id, ind_label = view.ctx.codebook.unclassified.id, _file_words(view)
    if ind_id != view.ctx.codebook.unclassified.id and _not_all_gender_violence(view):
        # "VIOLENCIA_DE_GENERO": no on 2,501 of a court's 3,411 resolutions: its rows are no
        # count of any gender-violence indicator, whatever another header names
        ind_id, ind_label = view.ctx.codebook.unclassified.id, _file_words(view)
    if _followed_cases(view, ind_id):
        return []
    method = "table.register"
    records: list[dict[str, Any]] = []
    totals = frame.groupby(["place", "period"], sort=True)["n"].sum()
    for key, n in totals.items():
        pk, per = _pair(key)
        records.append(_count(view, place_of[str(pk)], str(per), float(n), ind_id, ind_label,
                              "_T", "_T", True, weight.col if weight else 0, method))  # fmt: skip
    if thin and by_month:
        records += _months_within(
            view, frame, by_month, place_of, ind_id, ind_label, weight, method
        )
    records += _finer_places(view, frame, place_cols, places, ind_id, ind_label, weight, method)
    categories = _register_dimensions(view)
    unknowns: dict[str, int] = {}
    told = _told_twice(view, categories)
    for cat in categories:
        spelled = _one_spelling(category_values(view, cat))
        if cat.col in told:  # counted under the other column: rows without a group here
            spelled = np.array(
                [None if " ".join(fold(v).split()) in told[cat.col] else v for v in spelled],
                dtype=object,
            )
        frame["v"] = spelled[frame.index]
        # a value only one case of the whole register holds ("GOLPEADA Y AHORCADA", "INGLESA")
        # is that case's own words: with its place and year it would point at the person,
        # so it is counted under no value (as an unknown one), never published; an answer
        # ("SI", "NO") is nobody's own
        held = frame.groupby("v", sort=False)["n"].sum()
        alone = {
            v for v, n in held.items()
            if float(n) < 2 and fold(str(v)).strip() not in view.lex.boolean_values
        }  # fmt: skip
        if alone:
            frame["v"] = frame["v"].where(~frame["v"].isin(alone), None)
        unknowns[cat.header or col_letter(cat.col)] = count_unknown(view, cat)
        counts = frame.groupby(["place", "period", "v"], sort=True)["n"].sum()
        split = len(counts) > max(len(view.data) / 2, 2 * len(totals))
        if split:
            # it splits the register's groups into many cells of one case: counted by year
            if "year" not in frame:
                years = _period_keys(row_periods(view, register=True, coarse=True, by_year=True)[0])
                frame["year"] = np.array(years, dtype=object)[frame.index]  # rows kept only
            coarse = frame.groupby(["place", "year", "v"], sort=True)["n"].sum()
            if len(coarse) < len(counts):
                counts = coarse
                view.ctx.issues.append(issue(
                    "table-register-coarse", Severity.INFO, source_file=view.ctx.display,
                    sheet=view.sheet or view.ctx.display, dimension=cat.kind,
                ))  # fmt: skip
        if (
            (split or thin)
            and place_cols
            and float(counts.sum()) < MIN_CASES_PER_CELL * len(counts)
        ):
            # still a few cases a cell by place and year (the breakdown split the register's
            # groups, or the register itself was too thin by place and month): the whole
            # place its rows share (one state's register stays that state's), by year
            if "year" not in frame:
                years = _period_keys(row_periods(view, register=True, coarse=True, by_year=True)[0])
                frame["year"] = np.array(years, dtype=object)[frame.index]
            nation = _shared_place(view, [place_of[str(k)] for k in set(frame["place"])])
            place_of.setdefault(nation.key, nation)
            frame["nation"] = nation.key
            counts = frame.groupby(["nation", "year", "v"], sort=True)["n"].sum()
            view.ctx.issues.append(issue(
                "table-register-national", Severity.INFO, source_file=view.ctx.display,
                sheet=view.sheet or view.ctx.display, dimension=cat.kind,
                cases=MIN_CASES_PER_CELL,
            ))  # fmt: skip
        label = cat.header or cat.kind
        for key, n in counts.items():
            pk, per, value = _triple(key)
            records.append(_count(view, place_of[str(pk)], str(per), float(n), ind_id,
                                  f"{ind_label}: {label}" if ind_label else label, cat.kind, str(value),
                                  False, cat.col, method))  # fmt: skip
    records += _flag_counts(view, frame, place_of, ind_id, ind_label, method)
    view.ctx.issues.append(issue(
        "table-register-counted", Severity.INFO, source_file=view.ctx.display,
        sheet=view.sheet or view.ctx.display, rows=len(view.data), groups=len(totals),
        dimensions=", ".join(c.kind for c in categories) or "-",
        unknown_periods=unknown_periods,
        unknowns=", ".join(f"{k}={v}" for k, v in unknowns.items() if v) or "0",
    ))  # fmt: skip
    _held_when_undated(view, records, unknown_periods)
    return records


FLAG_BLOCK_MIN = 4  # neighbouring 0/1 columns a register's block of flags holds at least
FLAG_STRAY_SHARE = 0.05  # of a flag column's cells, others than 0, 1 or blank ("S/V") at most
FLAG_SEVERAL_SHARE = 0.2  # of the register's rows, those marking two flags or more, at least
FLAG_ROLES = frozenset({"measure", "value", "category", "personal", "ignored", "attribute"})
FLAG_DIMENSION = "marca"  # the one multi-valued breakdown a block of flags is read as
_ONES = frozenset({"1", "1.0"})
_ZEROS = frozenset({"0", "0.0"})


def flag_blocks(view: TableView) -> None:
    """A register's block of 0/1 flags: four or more neighbouring columns under words
    ("Psicológica | Física | ... | Casa | Calle"), each holding only 0, 1 or blank (a few
    other words aside: "S/V", "1 ESCOLAR"), two of them at least holding both 0s and 1s,
    several marked in a fifth of the rows or more,
    in a table of thirty rows or more with an identifier or a date per row. Its columns are
    one multi-valued breakdown of the cases (the types, modalities and places of each
    attention), each counted by the rows that mark it (``_flag_counts``): never measures,
    never a sex or a person's street, whatever their header's words would make them. Known
    by its shape only; headers a register is counted by as yes/no answers (roles.yaml
    ``counted_flags``: "Violencia Física" 0/1) keep their reading and break a block."""
    rows = len(view.data)
    if rows < CASES_MIN_ROWS or not (view.of("identifier") or view.of("period", "date")):
        return
    marks: dict[int, list[bool]] = {}
    both: set[int] = set()  # flags some rows mark and others not
    for col, r in sorted(view.roles.items()):
        header = layout.fold_label(r.header)
        if (
            r.role not in FLAG_ROLES
            or r.source == "mapping"
            or not re.search(r"[a-z]", header)
            or any_match(view.lex.counted_flags, header)
        ):
            continue
        texts = [t.strip() for t in view.text(col)]
        ones = [t in _ONES for t in texts]
        zeros = sum(1 for t in texts if t in _ZEROS)
        stray = sum(1 for t in texts if t and t not in _ONES and t not in _ZEROS)
        if (zeros or any(ones)) and stray <= FLAG_STRAY_SHARE * rows:
            marks[col] = ones  # a flag no row marks, or every row: still one
            if zeros and any(ones):
                both.add(col)
    runs: list[list[int]] = []
    for col in sorted(marks):
        if runs and runs[-1][-1] == col - 1:
            runs[-1].append(col)
        else:
            runs.append([col])
    for run in runs:
        if len(run) < FLAG_BLOCK_MIN or len(both.intersection(run)) < FLAG_BLOCK_MIN // 2:
            continue
        several = sum(1 for i in range(rows) if sum(marks[c][i] for c in run) >= 2)
        if several < FLAG_SEVERAL_SHARE * rows:
            continue
        for col in run:
            r = view.roles[col]
            view.roles[col] = ColumnRole(
                col, r.header, "ignored", "flag", 0.6, "why-flag-block", source=r.source
            )


def _flag_counts(
    view: TableView, frame: Any, place_of: dict[str, RowPlace], ind_id: str, ind_label: str,
    method: str,
) -> list[dict[str, Any]]:  # fmt: skip
    """A register's block of flags (``flag_blocks``) counted: under each flag's header, the
    rows that mark it, by the register's own place and period (a part of the place's and
    period's count, linked to it; a case counted under every flag it marks, so the flags do
    not add up to the cases). A flag one case alone marks in the whole register is that
    case's own, never published (as a breakdown's value one case holds); a register counted
    by year because its months are thin counts its flags in the place its rows share."""
    import numpy as np

    flags = sorted(
        (r for r in view.roles.values() if r.evidence == "why-flag-block"), key=lambda r: r.col
    )
    if not flags:
        return []
    positions = np.asarray(frame.index)
    out: list[dict[str, Any]] = []
    for r in flags:
        marked = np.array([t.strip() in _ONES for t in view.text(r.col)], dtype=bool)[positions]
        rows = frame[marked]
        if float(rows["n"].sum()) < 2:
            continue
        counts = rows.groupby(["place", "period"], sort=True)["n"].sum()
        label = layout.cell_text(r.header)
        for key, n in counts.items():
            pk, per = _pair(key)
            out.append(_count(view, place_of[str(pk)], str(per), float(n), ind_id,
                              f"{ind_label}: {label}" if ind_label else label, FLAG_DIMENSION,
                              label, False, r.col, method))  # fmt: skip
    return out


def _units_in_region(
    view: TableView, place_cols: list[ColumnRole], places: list[RowPlace]
) -> list[RowPlace]:
    """A register's attending units, under a unit's header whose values name municipalities
    (``roles._mostly_municipalities``: "Ameca", "El Grullo"), in a file whose region the user
    declared: a unit no gazetteer knows ("UMEA", "Zoquipan") is a unit of that region, its
    cases counted there under a 'unidad' breakdown, never held as an unknown place."""
    region = declared_region(view)
    if not region or not any(c.evidence == "why-place-unit" for c in place_cols):
        return places
    made: dict[str, RowPlace] = {}
    out = list(places)
    for i, p in enumerate(places):
        if p.held and p.unresolved:
            out[i] = made.setdefault(p.unresolved, RowPlace(p.country, region, unit=p.unresolved))
            view.unknown_places.discard(view.data.index[i])
    return out


def _finer_places(
    view: TableView, frame: Any, place_cols: list[ColumnRole], places: list[RowPlace],
    ind_id: str, ind_label: str, weight: ColumnRole | None, method: str,
) -> list[dict[str, Any]]:  # fmt: skip
    """A register counted by its coarsest place (a province) whose rows also name their
    municipality (Costa Rica's "Canton", Ecuador's "cod_cantón"): each municipality's count
    of each period, published inside its province's (a part of that total, linked to it),
    when those cells hold ``MIN_CASES_PER_CELL`` cases or more on average (fewer say little
    and expose much, as for a breakdown). Every row of a province counted is one
    municipality's, a name no gazetteer knows kept as written, a blank one the province's
    unknown part (``lugar`` = ``_U``), so the parts sum to the province's count; a
    municipality's count of one or two cases (below ``MIN_MUNICIPAL_COUNT``) is never
    published as its own, but with the others of its province and period so few
    (``lugar`` = ``_O``), which no reader can tell apart. A row whose
    province is itself unknown, or whose municipality lies in another province, stays its
    province's count alone: a province with such a row publishes no parts."""
    if not place_cols or any(c.kind != "admin1" for c in place_cols) or _jurisdictions(view):
        return []
    fine_cols = [r for r in view.of("place") if r.kind == "municipality"]
    if not fine_cols:
        return []
    texts = [view.text(c.col) for c in fine_cols]
    fine = row_places(view, fine_cols + place_cols)
    coarse_keys = frame["place"].tolist()
    periods = frame["period"].tolist()
    weights = frame["n"].tolist()
    part_of: dict[int, RowPlace] = {}
    refused: set[str] = set()
    for i, (row_place, own) in enumerate(zip(places, fine, strict=True)):
        if row_place.unresolved or not row_place.admin1:
            refused.add(coarse_keys[i])
        elif not any(t[i] for t in texts):
            part_of[i] = RowPlace(row_place.country, row_place.admin1, unresolved=UNKNOWN)
        elif own.admin1 != row_place.admin1 or not (own.municipality_code or own.unresolved):
            refused.add(coarse_keys[i])
        else:
            part_of[i] = own
    cells: dict[tuple[str, str, str], float] = {}
    fine_of: dict[str, RowPlace] = {}
    coarse_of: dict[str, RowPlace] = {}
    for i, own in part_of.items():
        if coarse_keys[i] in refused:
            continue
        fine_of.setdefault(own.key, own)
        coarse_of.setdefault(coarse_keys[i], places[i])
        key = (coarse_keys[i], own.key, periods[i])
        cells[key] = cells.get(key, 0.0) + float(weights[i])
    if not cells or len(fine_of) <= len(coarse_of):
        return []  # one municipality a province: the province's count says it all
    if sum(cells.values()) < MIN_CASES_PER_CELL * len(cells):
        view.ctx.issues.append(issue(
            "table-register-municipalities-thin", Severity.INFO, source_file=view.ctx.display,
            sheet=view.sheet or view.ctx.display, cases=MIN_CASES_PER_CELL,
        ))  # fmt: skip
        return []
    shown: dict[tuple[str, str, str], float] = {}
    for (coarse_key, fine_key, period), n in cells.items():
        if n < MIN_MUNICIPAL_COUNT:  # one or two cases: the province's other municipalities'
            own = coarse_of[coarse_key]
            other = RowPlace(own.country, own.admin1, unresolved=OTHER)
            fine_key = fine_of.setdefault(other.key, other).key
        key = (coarse_key, fine_key, period)
        shown[key] = shown.get(key, 0.0) + n
    out = []
    for (coarse_key, fine_key, period), n in sorted(shown.items()):
        out.append(_count(view, fine_of[fine_key], period, n, ind_id, ind_label, "_T", "_T",
                          False, weight.col if weight else 0, method,
                          within=coarse_of[coarse_key]))  # fmt: skip
    return out


def _months_within(
    view: TableView, frame: Any, by_month: list[str], place_of: dict[str, RowPlace],
    ind_id: str, ind_label: str, weight: ColumnRole | None, method: str,
) -> list[dict[str, Any]]:  # fmt: skip
    """A register of one place (``_one_wide_place``) counted by year because its months are
    thin: each month's count too, published inside its year's (a part of that total, linked
    to it), so that the year is not counted twice. Only the totals: the register's
    breakdowns stay counted by year, where a month's few cases would be split further."""
    import pandas as pd

    fine = pd.Series(by_month, index=frame.index, dtype=object)
    coarse = frame["period"]
    # a month whose year is the row's counted period (never a row dated only by its year,
    # nor one without a date: those stay in the year's count alone)
    inside = (fine != coarse) & (fine != "") & (coarse != "")
    if not inside.any():
        return []
    parts = frame[inside].assign(month=fine[inside])
    counts = parts.groupby(["place", "period", "month"], sort=True)["n"].sum()
    out = []
    for key, n in counts.items():
        pk, per, month = _triple(key)
        if not _period_inside(str(month), str(per)):
            continue
        out.append(_count(view, place_of[str(pk)], str(month), float(n), ind_id, ind_label,
                          "_T", "_T", False, weight.col if weight else 0, method,
                          group_period=str(per)))  # fmt: skip
    if out:
        view.ctx.issues.append(issue(
            "table-register-months", Severity.INFO, source_file=view.ctx.display,
            sheet=view.sheet or view.ctx.display, groups=len(out),
        ))  # fmt: skip
    return out


def _period_inside(inner: str, outer: str) -> bool:
    """Does the period key ``inner`` (start, end, label joined) lie within ``outer``, and
    is it shorter?"""
    a = inner.split("\x1f")
    b = outer.split("\x1f")
    if len(a) < 2 or len(b) < 2 or not all(a[:2]) or not all(b[:2]):
        return False
    return b[0] <= a[0] and a[1] <= b[1] and (a[0], a[1]) != (b[0], b[1])


def _one_wide_place(places: list[RowPlace]) -> bool:
    """Do all of a register's rows share one place as wide as a first-level division or the
    country (a state's register of its cases, a national one without a place column)?

    Such a register is counted by its months however few they hold: its months are the
    place's own, a state's or a country's count of one month, which points at nobody by
    itself (statistics offices publish a state's femicides by month). The thinness rule
    (most place-months one case: counted by year) is for registers split over places, whose
    place-months would publish a province's or a municipality's single cases; a register of
    one municipality keeps it."""
    shared = {p.key: p for p in {id(p): p for p in places}.values()}
    if len(shared) != 1:
        return False
    (place,) = shared.values()
    return bool(place.country) and not (
        place.municipality or place.municipality_code or place.unresolved or place.held
    )


def _presumed_cases(view: TableView) -> bool:
    """A register whose own title or sheet name says its cases are presumed killings
    ("PRESUNTO FEMICIDIO", "Femicidios Presuntos y femicidios frustrados": roles.yaml
    ``presumed``): not counted. A presumed femicide is not yet the femicide the title's
    indicator counts, nor a frustrated one, and where a sheet lists both no column tells
    which row is which. The file's name is not asked: it names every sheet of the book."""
    title = " ".join(t for t in (view.near_title, _spanning_title(view)) if t)
    if not any_match(view.lex.presumed, fold(title)):
        return False
    view.ctx.issues.append(issue(
        "table-register-presumed", Severity.WARNING, source_file=view.ctx.display,
        sheet=view.sheet or view.ctx.display, rows=len(view.data),
    ))  # fmt: skip
    return True


def _followed_cases(view: TableView, ind_id: str) -> bool:
    """A register of cases its sheet's name or own title says are followed, suspected, under
    investigation or yet to be confirmed ("Seguimientos" beside "Registro de Femicidios",
    under the same title "FEMICIDIOS 2024": deaths whose cause is investigated; roles.yaml
    ``followed``), counted as an indicator of confirmed cases (roles.yaml
    ``followed_counts``): none of its cases is one yet, so nothing of it is counted and the
    sheet is held back for a person to review. Each text is matched alone (the sheet's name
    "Seguimientos", never the words the title and the name make together), and the file's
    name is not asked: it names every sheet of the book. An office's follow-ups (its users',
    visits', calls') count no such indicator and stay values."""
    if ind_id not in view.lex.followed_counts:
        return False
    texts = (view.table.title, view.grid.name.replace("_", " "), _spanning_title(view))
    said = next((t for t in texts if t and any_match(view.lex.followed, fold(t).strip())), "")
    if not said:
        return False
    view.ctx.issues.append(issue(
        "table-register-followed", Severity.WARNING, source_file=view.ctx.display,
        sheet=view.sheet or view.ctx.display, rows=len(view.data), said=said.strip(),
        indicator=ind_id,
    ))  # fmt: skip
    return True


def _told_twice(view: TableView, categories: list[ColumnRole]) -> dict[int, set[str]]:
    """Values two of a register's breakdowns say of exactly the same rows in the same word
    ("FALLECIDO" as the missing person's situation now and as the motive, of the same 382
    people): one fact, counted once, under the column of fewer values (the situation's
    three, not the motive's eleven); left out of the other, where it is no value of its own.
    Only words that name a fact by themselves are matched: never an unknown ("SIN_DATO"), a
    "No corresponde", a yes/no or a code ("SI" under drugs and under weapons are two facts)."""
    lex = view.lex
    wordless = lex.unknown_values | lex.not_applicable_values | lex.boolean_values
    folded = {c.col: [" ".join(fold(t).split()) for t in view.text(c.col)] for c in categories}
    rows: dict[int, dict[str, frozenset[int]]] = {}
    for c in categories:
        by_value: dict[str, set[int]] = {}
        for i, v in enumerate(folded[c.col]):
            if v and not v.isdigit() and v.replace("_", " ") not in wordless:
                by_value.setdefault(v, set()).add(i)
        rows[c.col] = {v: frozenset(r) for v, r in by_value.items()}
    out: dict[int, set[str]] = {}
    for a in categories:
        for b in categories:
            if a.col >= b.col:
                continue
            for value in rows[a.col].keys() & rows[b.col].keys():
                if rows[a.col][value] != rows[b.col][value]:
                    continue
                if len(rows[a.col][value]) < 2 * MIN_CASES_PER_CELL:
                    continue  # a few rows may share a word by chance (one case's quarter)
                # left out of the column with more values (the later one when as many)
                wider = a if len(rows[a.col]) > len(rows[b.col]) else b
                out.setdefault(wider.col, set()).add(value)
    return out


def _shared_place(view: TableView, places: list[RowPlace]) -> RowPlace:
    """The widest place a register's rows all lie in: their one province or state where
    they share one (BANAVIM's cases of Veracruz, every row "Veracruz Ignacio de la Llave"),
    else the country. Counted in the country, one state's cases would pass for the
    country's."""
    regions = {(p.country, p.admin1) for p in places if p.unresolved != UNKNOWN}
    if len(regions) == 1:
        country, admin1 = next(iter(regions))
        if admin1 and country == view.country:
            return RowPlace(country, admin1)
    return RowPlace(view.country)


def _spanning_title(view: TableView) -> str:
    """The words over most of a table's columns ("FEMICIDIOS FRUSTRADOS 2016" over "Región",
    "Nombre", "Edad"...): a title row the header took in, which says what the rows are."""
    labels = [x for x in view.table.labels.values() if x]
    tops = Counter(x.split(" | ")[0].strip() for x in labels if " | " in x)
    if not tops:
        return ""
    top, n = tops.most_common(1)[0]
    return top if n >= 2 and n >= 0.5 * len(labels) else ""


def _blank_places_unknown(
    view: TableView, place_cols: list[ColumnRole], places: list[RowPlace]
) -> list[RowPlace]:
    """Each register row's place, a row whose place cells are all blank an unknown place of
    the country (``lugar`` = ``_U``, as a place written "Sin dato" is): counted as the
    country's part whose place is unknown, so the places' counts sum to the register's
    rows, and never as the country's total (which it would be alone)."""
    if not place_cols:
        return places
    texts = [view.text(c.col) for c in place_cols]
    blank = [i for i in range(len(places)) if not any(t[i] for t in texts)]
    if not blank:
        return places
    view.ctx.issues.append(issue(
        "table-register-no-place", Severity.WARNING, source_file=view.ctx.display,
        sheet=view.sheet or view.ctx.display, rows=len(blank),
        column=", ".join(c.header or col_letter(c.col) for c in place_cols),
    ))  # fmt: skip
    unknown = RowPlace(view.country, unresolved=UNKNOWN)
    out = list(places)
    for i in blank:
        out[i] = unknown
    return out


def _one_spelling(values: list[str]) -> np.ndarray[Any, Any]:
    """A register's category values with case, accents and spaces folded ("Íntimo",
    "íntimo", "Intimo " are one group), each written as its most frequent spelling."""
    import numpy as np

    keys = [" ".join(fold(v).split()) for v in values]
    spelled: dict[str, Counter[str]] = {}
    for key, value in zip(keys, values, strict=True):
        spelled.setdefault(key, Counter())[value.strip()] += 1
    best = {k: c.most_common(1)[0][0] for k, c in spelled.items()}
    return np.array([best[k] for k in keys], dtype=object)


def _held_when_undated(view: TableView, records: list[dict[str, Any]], undated: int) -> None:
    """A register whose period columns give no row a period (months, and no year written
    or declared): no period is made up; its counts are held for review (confidence 0.5)
    and the user is asked for the year."""
    columns = view.of("period")
    if not columns or undated < len(view.data):
        return
    for record in records:
        record["confidence"] = min(float(record["confidence"]), HELD_UNDATED)
    view.ctx.issues.append(issue(
        "table-register-undated", Severity.WARNING, source_file=view.ctx.display,
        sheet=view.sheet or view.ctx.display,
        columns=", ".join(c.header or col_letter(c.col) for c in columns),
    ))  # fmt: skip


HELD_UNDATED = 0.5  # below publish's default review threshold: a person confirms them


def _held_when_bands_unknown(view: TableView, records: list[dict[str, Any]]) -> None:
    """An age-band column of bare numbers whose band width cannot be known ("0", "15", "40"
    under "Rango Edad"): a bound is no band, so its counts are held for review."""
    if not view.unknown_bands or not records:
        return
    for record in records:
        record["confidence"] = min(float(record["confidence"]), HELD_UNDATED)
    view.ctx.issues.append(issue(
        "table-age-bands-unknown", Severity.WARNING, source_file=view.ctx.display,
        sheet=view.sheet or view.ctx.display, columns=", ".join(sorted(view.unknown_bands)),
    ))  # fmt: skip


def _held_unknown_places(view: TableView, records: list[dict[str, Any]]) -> None:
    """The values of rows whose own place cell names what no lookup finds, in a file whose
    region the user declared (``_unknown_places_held``): held for review, published by the
    name as written under 'lugar' once a person confirms them, never as the region's."""
    if not view.unknown_places or not records:
        return
    for record in records:
        if record.get("row") in view.unknown_places:
            record["confidence"] = min(float(record["confidence"]), HELD_UNDATED)


def _held_abridged_ages(view: TableView, records: list[dict[str, Any]]) -> None:
    """Counts of a table by single age whose group's ages step by more than one (0, 1, 5,
    10 ... beside groups of 0, 1, 2, 3 ...): "20" opens a band whose width the age does not
    say, so those counts are held for review, the band published as written."""
    if not view.abridged_ages or not records:
        return
    held = 0
    for record in records:
        if record.get("row") in view.abridged_ages:
            record["confidence"] = min(float(record["confidence"]), HELD_UNDATED)
            held += 1
    if held:
        column = next(
            (r.header for r in view.roles.values() if r.evidence == "why-single-ages"), ""
        )
        view.ctx.issues.append(issue(
            "table-age-bands-unknown", Severity.WARNING, source_file=view.ctx.display,
            sheet=view.sheet or view.ctx.display, columns=column,
        ))  # fmt: skip


def _period_keys(periods: list[Any]) -> list[str]:
    """One text key per row period (rows share their period objects: joined once each).
    Periods of the same dates written otherwise ("Febrero" and "febrero" in one register's
    month column) are one period, labelled as its first row writes it: two would be two
    figures of one place, month and group, each a part of the month's count."""
    period_of: dict[int, str] = {}
    of_dates: dict[tuple[str, str], str] = {}

    def key(p: Any) -> str:
        start, end, *_ = p
        joined = "\x1f".join(p)
        return of_dates.setdefault((start, end), joined) if start and end else joined

    return [period_of.get(id(p)) or period_of.setdefault(id(p), key(p)) for p in periods]


def _register_dimensions(view: TableView) -> list[ColumnRole]:
    """The breakdowns a register is counted by, each on its own: its own subject's and the
    case's. Left out, and said: another person's attributes ("Sexo del presunto agresor",
    or the victim's header written again with a number: "nacionalidad_2"), which would
    otherwise be counted as the victim's; columns of bare codes (0/1 flags,
    answers 1-9) that no codebook decodes ("ZONA=1" tells a reader nothing); columns unknown
    in more than half of the rows; and a column that says what a counted one says (the
    same cases under other words: "Violencia de pareja" and "Violencia de Pareja (VIF)"),
    of which the one with the fuller labels is kept. A column the user's mapping declares a
    breakdown is always counted."""
    kept: list[ColumnRole] = []
    left: dict[str, list[str]] = {"others": [], "coded": [], "unknown": [], "same": []}
    candidates = sorted(view.of("category"), key=lambda c: -_label_length(view, c))
    for cat in candidates:
        name = cat.header or col_letter(cat.col)
        if cat.source == "mapping":
            kept.append(cat)
        elif other_subject(view.lex, layout.fold_label(cat.header), cat.kind) or _repeated(
            view, cat
        ):
            left["others"].append(name)
        elif _bare_codes(view, cat) and not _counted_flag01(view, cat):
            labels = _labels_of(view, cat)
            if labels is None:
                left["coded"].append(name)
            elif not any(_same_cases(view, labels, k) for k in kept):
                view.roles[labels.col] = labels
                kept.append(labels)
        elif 2 * (count_unknown(view, cat) - _count_not_applicable(view, cat)) > len(view.data):
            left["unknown"].append(name)
        elif any(_same_cases(view, cat, k) for k in kept):
            left["same"].append(name)
        else:
            kept.append(cat)
    for coarse in _coarser_groupings(view, kept):
        kept.remove(coarse)
        left["same"].append(coarse.header or col_letter(coarse.col))
    if any(left.values()):
        view.ctx.issues.append(issue(
            "table-register-left-out", Severity.INFO, source_file=view.ctx.display,
            sheet=view.sheet or view.ctx.display, others=", ".join(left["others"]) or "-",
            coded=", ".join(left["coded"]) or "-", unknown=", ".join(left["unknown"]) or "-",
            same=", ".join(left["same"]) or "-",
        ))  # fmt: skip
    return _one_dimension_each(sorted(kept, key=lambda c: c.col))


def _one_dimension_each(kept: list[ColumnRole]) -> list[ColumnRole]:
    """A register's breakdowns, each under a dimension of its own. Two columns read as the
    same kind ("TIPO" CONSUMADO/FRUSTRADO and "TIPO_DE _AGRESIÓN" APUÑALADA/DISPARO, both
    "tipo") would publish their values as parts of one dimension, whose parts then sum to
    twice the register's total: the column whose header is the kind itself keeps it, the
    others are named by their own headers ("tipo_de_agresion")."""

    def own(c: ColumnRole) -> str:
        return re.sub(r"[^a-z0-9]+", "_", fold(c.header or "")).strip("_")[:40]

    keeper: dict[str, int] = {}  # per kind, the column that keeps it
    for c in kept:
        if c.source == "mapping" or own(c) == c.kind:
            keeper.setdefault(c.kind, c.col)
    for c in kept:
        keeper.setdefault(c.kind, c.col)
    taken = {c.kind for c in kept}
    out: list[ColumnRole] = []
    for c in kept:
        if keeper[c.kind] == c.col or c.source == "mapping":
            out.append(c)
            continue
        name = own(c) if own(c) and own(c) not in taken else f"{c.kind}_{col_letter(c.col).lower()}"
        taken.add(name)
        out.append(replace(c, kind=name))
    return out


def _labels_of(view: TableView, cat: ColumnRole) -> ColumnRole | None:
    """A code column's own labels, in a column of no role whose header names them
    ("def_naturaleza" beside "naturaleza": 1 Violencia fisica, 3 Negligencia y abandono):
    counted by those labels, each code nearly always written with the same one (a few slips
    aside) and no two codes with the same label."""
    import pandas as pd

    base = layout.fold_label(cat.header)
    if not base:
        return None
    for col, role in view.roles.items():
        if col == cat.col or role.role != "ignored":
            continue
        header = layout.fold_label(role.header)
        starts = [m.end() for p in view.lex.code_labels if (m := p.match(header))]
        if not any(header[end:] == base for end in starts):
            continue
        pairs = pd.DataFrame({"code": view.text(cat.col), "label": view.text(col)})
        pairs = pairs[(pairs["code"] != "") & (pairs["label"] != "")]
        if pairs.empty:
            continue
        counts = pairs.groupby(["code", "label"]).size()
        top = counts.groupby(level=0).max()
        firsts = counts[counts.eq(counts.groupby(level=0).transform("max"))].reset_index()
        if top.sum() >= 0.99 * len(pairs) and firsts["label"].is_unique:
            return ColumnRole(
                col, role.header, "category", cat.kind, cat.confidence, "why-code-labels",
                source=role.source,
            )  # fmt: skip
    return None


def _count_not_applicable(view: TableView, cat: ColumnRole) -> int:
    """Rows whose value says the attribute does not apply ("No Aplica" under the kind of
    sexual violence of a case that was not sexual): unknown words, but not gaps."""
    words = view.lex.not_applicable_values
    return sum(1 for t in view.text(cat.col) if t and fold(t) in words)


def _repeated(view: TableView, cat: ColumnRole) -> bool:
    """A header that repeats an earlier column's with a number after it ("nacionalidad_2"
    after "nacionalidad", "Edad.1"): a register writes the same attribute again for the
    next person of the row (the perpetrator after the victim), never the victim's twice."""
    folded = layout.fold_label(cat.header)
    found = _NUMBERED.fullmatch(folded)
    if found is None:
        return False
    base = found.group(1).strip()
    return any(
        c < cat.col and layout.fold_label(h) == base for c, h in view.table.labels.items() if h
    )


_NUMBERED = re.compile(r"(.*?\D)[ .]?\d{1,2}")


def _coarser_groupings(view: TableView, kept: list[ColumnRole]) -> list[ColumnRole]:
    """Counted columns of one dimension where one only groups the other's values
    ("FEMICIDIO | OTRAS MUERTES" beside "FEMICIDIO | ASESINATO | HOMICIDIO"): counting both
    would count each case twice under that dimension; the coarser one is left out."""
    coarse: list[ColumnRole] = []
    for a in kept:
        for b in kept:
            if (
                a is not b
                and a.kind == b.kind
                and b not in coarse
                and _dependent(view, a, [b])
                and not _dependent(view, b, [a])
            ):
                coarse.append(a)
                break
    return coarse


def _label_length(view: TableView, role: ColumnRole) -> int:
    return sum(len(t) for t in set(view.text(role.col)))


def _same_cases(view: TableView, a: ColumnRole, b: ColumnRole) -> bool:
    """Two columns whose values pair one to one over every row: one breakdown, twice."""
    pairs = set(zip(view.text(a.col), view.text(b.col), strict=True))
    return len(pairs) == len({x for x, _ in pairs}) == len({y for _, y in pairs})


def _bare_codes(view: TableView, role: ColumnRole) -> bool:
    """A column whose known values are all small numbers (codes 0-99) with no label, or a
    data frame's flags ("True"/"False" under "sex_HOMBRE", a dummy column): "sexo=True"
    tells a reader nothing."""
    texts = {t for t in view.text(role.col) if t and fold(t) not in view.lex.unknown_values}
    if texts and {fold(t) for t in texts} <= {"true", "false"}:
        return True
    return bool(texts) and all(t.isdigit() and len(t) <= 2 for t in texts)


def _pair(key: Any) -> tuple[str, str]:
    """A two-column groupby key (typed Hashable by pandas-stubs) as the pair it is."""
    return str(key[0]), str(key[1])


def _triple(key: Any) -> tuple[str, str, str]:
    return str(key[0]), str(key[1]), str(key[2])


def _count(
    view: TableView, place: RowPlace, period: str, n: float, ind_id: str, label: str,
    dim: str, value: str, total: bool, col: int, method: str, within: RowPlace | None = None,
    group_period: str = "",
) -> dict[str, Any]:  # fmt: skip
    """One count of a register's rows; ``within``: the place whose total it is a part of
    (a municipality's count inside its province's), linked to that total; ``group_period``:
    the period whose total it is a part of (a month's count inside its year's)."""
    ps, pe, pl = period.split("\x1f") if period else ("", "", "")
    dim, value = _with_place_breakdown(place, dim, value)
    gs, ge = group_period.split("\x1f")[:2] if group_period else (ps, pe)
    group = f"{(within or place).key}|{gs}|{ge}"
    count = int(n) if float(n).is_integer() else n
    where = place.admin1 or place.municipality or place.unresolved or place.country or "?"
    if within is not None:  # a municipality's part of its province's count: said by its name
        where, total_said = place.municipality or place.unresolved, ""
    else:
        total_said = "" if total else f" con {dim}={value}"
    return _record(
        view, **_place_fields(place), row=int(view.data.index.min()), col=col, raw=float(n),
        indicator_id=ind_id, indicator_label=label, period_start=ps, period_end=pe, period_label=pl,
        breakdown_dimension=dim, breakdown_value=value, group_key=group, is_total=total,
        link_parent=not total, method=method, confidence=0.8,
        source_text=f"{where} {pl or 's/f'}: {count} filas{total_said}",
        locator_override=_source_col_range(view, col),
        id_key=f"{group}|{dim}={value}" + (f"|{place.key}" if within else "")
        + (f"|{ps}|{pe}" if group_period else ""),
    )  # fmt: skip


# --- long ------------------------------------------------------------------------------


def _is_long(view: TableView) -> bool:
    measures = view.of("measure")
    if not measures or any(_column_meaning(view, m)[0] is not None for m in measures):
        return False  # a period in a measure's header: periods run across (wide)
    values = view.of("value")
    if values and any(_column_meaning(view, v)[0] is not None for v in values):
        return False  # months or years across, beside a total column
    if values and all(
        any_match(view.lex.total_columns, layout.fold_label(m.header))
        or _column_meaning(view, m)[2]  # "Causa de muerte | Total": the banner's total
        for m in measures
    ):
        return False  # the only "measure" is the total of the columns beside it
    if values and _breakdown_across(view, values, measures):
        return False  # "paciente_hombre | paciente_mujer | ... | total | tasa": sexes across
    if not (
        view.of("place") or view.of("period") or view.of("indicator") or _dated_categories(view)
    ):
        return False
    _counts_beside_rates(view)
    return True


def _breakdown_across(
    view: TableView, values: list[ColumnRole], measures: list[ColumnRole]
) -> bool:
    """Value columns that are the values of one breakdown ("paciente_hombre",
    "paciente_mujer", "paciente_sexo_no_esp"), beside measures that are only their total
    or a rate: the table runs that breakdown across, not one measure per column."""
    if not all(
        m.kind in {"rate", "percentage"}
        or any_match(view.lex.total_columns, layout.fold_label(m.header))
        for m in measures
    ):
        return False
    meanings = {v.col: _column_meaning(view, v) for v in values}
    return len(_columns_across(view, values, meanings)) >= 2


def _dated_categories(view: TableView) -> bool:
    """Rows of one breakdown (offences, stages, sexes) under measure columns, in a table
    whose period its sheet or file says ('2019-2020'): a long table read at that period."""
    return bool(view.of("category")) and bool(view.ctx.facts.period.start)


def _counts_beside_rates(view: TableView) -> None:
    """A long table whose named measures are all rates: its plain whole-number columns
    ("vio_fam_911_mensual" beside "tasa_muj_...") are the counts the rates are made of."""
    if any(m.kind not in {"rate", "percentage"} for m in view.of("measure")):
        return
    for v in view.of("value"):
        numbers = [x for x in view.text(v.col) if x]
        if numbers and all(_INTEGER_TEXT.match(x) for x in numbers):
            view.roles[v.col] = ColumnRole(
                v.col, v.header, "measure", "count", 0.6, "why-counts-beside-rates", source=v.source
            )


def _header_words(header: str) -> set[str]:
    return set(layout.fold_label(layout.cell_text(header)).split())


def _kinds_counted(
    view: TableView, cats: list[ColumnRole], indicator_cols: list[ColumnRole]
) -> ColumnRole | None:
    """A column under a header that names no dimension ("tipo") whose every value the codebook
    names as an indicator by itself ("Medidas de protección", "Órdenes de protección"), beside
    one count whose header names only a measure ("total"): the rows' values say what each
    count is, their indicator, never a breakdown of an indicator the sheet's name would give."""
    counts = [m for m in view.of("measure") if m.kind not in {"rate", "percentage"}]
    if indicator_cols or len(counts) != 1 or view.of("value"):
        return None
    if not any_match(view.lex.measure_only, layout.fold_label(counts[0].header)):
        return None
    book = view.ctx.codebook
    for c in cats:
        if c.role != "category" or c.kind not in {"tipo", "categoria"}:
            continue
        values = {v for v in view.text(c.col) if v}
        if len(values) < 2 or len(values) > view.lex.max_categories:
            continue
        if all(book.classify(layout.header_words(v)).id != book.unclassified.id for v in values):
            return c
    return None


def _a_total_column(view: TableView, m: ColumnRole) -> bool:
    return any_match(view.lex.total_columns, layout.fold_label(layout.cell_text(m.header)))


def _totals_of_parts(
    view: TableView, measures: list[ColumnRole], across: dict[int, tuple[str, str]]
) -> dict[int, int]:
    """Columns of a breakdown across that are the parts of a total column beside them: part's
    column -> its total's. "total_mujeres_canalizadas_medidas" beside "medidas_aceptadas |
    medidas_rechazadas" (granted and refused, the values of a breakdown across): the parts'
    headers, without their value, say nothing the total's does not ("medidas"), there are two
    of them at least, and on nine rows in ten at least the total is their sum. The total is
    then published as their total, linked to them, never as one more count beside them."""
    from genero_etl.tabular.ingest import parse_cell

    totals = [
        m
        for m in measures
        if m.col not in across and m.kind not in {"rate", "percentage"} and _a_total_column(view, m)
    ]
    found: dict[int, int] = {}
    for t in totals:
        words = _header_words(t.header) - {"total", "totales"}
        parts = [
            c
            for c, (_, value) in across.items()
            if c not in found
            and value != UNKNOWN
            and (rest := _header_words(view.roles[c].header) - set(fold(value).split()))
            and rest <= words
        ]
        if len(parts) < 2 or len({across[c][0] for c in parts}) != 1:
            continue
        columns = [[parse_cell(x, view.ctx.convention).value for x in view.data[c].tolist()]
                   for c in [t.col, *parts]]  # fmt: skip
        known = [row for row in zip(*columns, strict=True) if None not in row]
        agree = sum(1 for row in known if abs(float(row[0]) - sum(map(float, row[1:]))) < 1e-9)
        if len(known) < 2 or 10 * agree < 9 * len(known):
            continue
        found.update({c: t.col for c in parts})
    return found


def _dependent(view: TableView, role: ColumnRole, on: list[ColumnRole]) -> bool:
    """Is the column a function of the given columns (a description of the indicator)?"""
    if not on:
        return False
    keys = ["\x1f".join(t) for t in zip(*[view.text(r.col) for r in on], strict=True)]
    values = view.text(role.col)
    seen: dict[str, str] = {}
    return all(seen.setdefault(k, v) == v for k, v in zip(keys, values, strict=True))


@table_layout("long", _is_long)
def long_layout(view: TableView) -> list[dict[str, Any]] | None:
    from genero_etl.tabular.ingest import parse_cell

    indicator_cols = view.of("indicator")
    unit_cols = view.of("unit")
    cats = [
        c
        for c in view.of("category") + view.of("activity")
        if c.kind in view.lex.core_dimensions or not _dependent(view, c, indicator_cols)
    ] + _unread_dimensions(view)
    if (kinds := _kinds_counted(view, cats, indicator_cols)) is not None:
        indicator_cols = [kinds]  # "total" beside "tipo": "Medidas de protección" is what
        cats = [c for c in cats if c.col != kinds.col]
    places = row_places(view, place_columns(view, finest=True))
    # headed columns of numbers beside the measure ("Homicidio | Extorsión", "n_acad_total |
    # n_acad_f | n_acad_m"): each a measure of its own, never left unread
    measures = sorted(
        view.of("measure")
        + [
            v
            for v in view.of("value")
            if v.evidence == "why-numbers"
            and v.header
            and not any_match(view.lex.not_counts, layout.fold_label(v.header))
            and layout.header_period(v.header, 2000) is None  # months across: their own reading
            and layout.fold_label(v.header) not in view.lex.unknown_values  # read below, if at all
        ],
        key=lambda r: r.col,
    )
    view.read_as.update({c.col: c for c in cats if view.roles[c.col].role == "ignored"})
    view.read_as.update(
        {
            m.col: ColumnRole(m.col, m.header, "measure", m.kind, m.confidence, m.evidence)
            for m in measures
            if view.roles[m.col].role == "value"
        }
    )
    periods_of = _periods_by_measure(view, measures)
    periods = periods_of[measures[0].col]
    rows = [int(r) for r in view.data.index]
    # a column of coded items, some the totals of others ("F1_TOTAL", "F1_EXPLOTACION SEXUAL"):
    # each item is its own count, named by the item (and the group a column beside it names)
    fine = _too_fine_to_sum(view, cats)
    item_cols: list[ColumnRole] = []
    if fine is not None:
        item_cols = [c for c in cats if _dependent(view, c, [fine])] + [fine]
        cats = [c for c in cats if c not in item_cols]
        view.ctx.issues.append(issue(
            "table-items-not-summed", Severity.WARNING, source_file=view.ctx.display,
            sheet=view.sheet or view.ctx.display, column=layout.cell_text(fine.header),
        ))  # fmt: skip
    cat_values = [category_values(view, c) for c in cats]
    described = _descriptions(view, indicator_cols)
    ind_texts = [view.text(c.col) for c in indicator_cols + described]
    said = [view.text(c.col) for c in described]
    items = _item_labels(view, item_cols)
    copies = _copied_rows(view) if item_cols else set()
    unit_texts = view.text(unit_cols[0].col) if unit_cols else None
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    order: list[tuple[Any, ...]] = []
    multi = len(measures) > 1
    # one count beside its rates ("casos_total | taxa_por_100mil_hab"): the rows' offences
    # name what both measure, as they would of the count alone
    one_count = sum(1 for m in measures if m.kind not in {"rate", "percentage"}) == 1
    if multi:  # "No identificado" beside "Cantidad de menores | Cantidad de mayores"
        measures = sorted(
            measures
            + [
                v
                for v in view.of("value")
                if layout.fold_label(v.header) in view.lex.unknown_values
                and all(m.col != v.col for m in measures)
            ],
            key=lambda r: r.col,
        )
        periods_of.update(_periods_by_measure(view, measures))
    across = (
        _columns_across(
            view,
            measures,
            {  # a total column is no value of the breakdown ("total_mujeres_canalizadas_...")
                m.col: (None, layout.cell_text(m.header), _a_total_column(view, m))
                for m in measures
            },
        )
        if multi
        else {}
    )  # "Cantidad de menores | Cantidad de mayores": one indicator, broken down by age
    own_names = _across_measure_names(measures, across)
    shared = _shared_indicators(view, measures, across) if multi else set()
    cached: dict[tuple[str, str], tuple[str, str]] = {}
    totals = _total_rows(view)
    places = _place_outline(view, places, measures, totals)
    has_totals = any(totals)
    if has_totals:  # a "Total" row: the sum of the others, over their whole period
        periods_of = {c: _total_span(p, totals) for c, p in periods_of.items()}
        columns = place_columns(view, finest=True)
        # no place column: every row's place is the table's (its title's, its sheet's), the
        # total's too; else the region the title names over its municipalities, or the country
        whole = (
            RowPlace(view.country, titled_region(view, columns))
            if columns or not places
            else places[0]
        )
        places = [whole if t else p for p, t in zip(places, totals, strict=True)]
        cat_values = [
            ["_T" if t else v for v, t in zip(column, totals, strict=True)] for column in cat_values
        ]
    # "total_mujeres_canalizadas_medidas" beside "medidas_aceptadas | medidas_rechazadas": the
    # parts keep their total's indicator and are linked to it (a total row's table links its own)
    parent_of = _totals_of_parts(view, measures, across) if multi and not has_totals else {}
    of_col = {m.col: m for m in measures}
    for m in measures:
        raw = view.data[m.col].tolist()
        periods = periods_of[m.col]
        for i, r in enumerate(rows):
            parsed = parse_cell(raw[i], view.ctx.convention)
            if parsed.value is None:
                continue
            if i in copies:
                continue  # the same row written again (a block copied): counted once
            ind_text = " | ".join(t[i] for t in ind_texts) if not totals[i] else ""
            if items:
                ind_text = " | ".join(x for x in (ind_text, items[i]) if x)
            named = _named_measure(
                view, indicator_cols, ind_texts[: len(indicator_cols)], i
            ) or _described_measure(view, said, i)
            if named == "derived":
                continue  # a population, a difference: the denominator, never a value
            unit = unit_texts[i] if unit_texts is not None else named
            row_place: RowPlace = places[i]
            section: tuple[str, str] | tuple[()] = ()
            if (sect := view.sections.get(r)) is not None and ind_text:
                # a section's member: its label is a category of the section (or a place of
                # a section of places), its value a share when the heading says so
                heading, percent = sect
                where = _section_place(view, heading, ind_text)
                if where is not None:
                    row_place = where
                else:
                    section = (_dimension_name(view, heading), ind_text)
                ind_text = ""
                unit = "%" if percent else unit
            key = (m.col, row_place.key, periods[i], ind_text, unit, section,
                   *(v[i] for v in cat_values))  # fmt: skip
            g = groups.get(key)
            if g is None:
                # a part is named as its total is
                named_as = of_col[parent_of[m.col]] if m.col in parent_of else m
                label = (
                    ind_text
                    or own_names.get(named_as.col)
                    or (
                        layout.cell_text(named_as.header)
                        if (multi or not indicator_cols) and named_as.col not in across
                        else ""
                    )
                )
                ck = (label, named_as.header)
                if ck not in cached:
                    cached[ck] = _indicator(
                        view,
                        label,
                        # "Feminicidio Íntimo" among circumstances across is no indicator:
                        # one count is broken down by them (a sex across still names it)
                        ""
                        if ind_text
                        or (
                            named_as.col in across
                            and across[named_as.col][0] in view.lex.headers_across
                        )
                        else named_as.header,
                        own=multi
                        and not ind_text
                        and (named_as.col not in across or named_as.col in own_names),
                    )
                found = (
                    cached[ck]
                    if multi and not one_count
                    else _offence_indicator(
                        view, cached[ck], i, by_context=_by_context(view, label)
                    )
                )
                if found[0] in shared:  # "Atendidos" and "Atenciones": not one indicator
                    found = (view.ctx.codebook.unclassified.id, found[1])
                found = _within_topic(view, found, i)
                g = {"value": 0.0, "rows": [], "place": row_place, "period": periods[i],
                     "indicator": found, "unit": unit, "cats": [v[i] for v in cat_values],
                     "measure": m, "percent": parsed.percent, "total": totals[i],
                     "section": section}  # fmt: skip
                groups[key] = g
                order.append(key)
            g["value"] += float(parsed.value)
            g["rows"].append(r)
    if item_cols:  # one item of one key twice, told apart by no column read: not summed
        for key in [k for k in order if len(groups[k]["rows"]) > 1]:
            order.remove(key)
    _hold_colliding_rows(view, groups, order, measures)
    records: list[dict[str, Any]] = []
    seen_keys: Counter[tuple[str, ...]] = Counter()
    for key in order:
        g = groups[key]
        m = g["measure"]
        place: RowPlace = g["place"]
        dims = [(c.kind, v) for c, v in zip(cats, g["cats"], strict=True) if c.role == "category"]
        if m.col in across and not g["total"]:
            dims.append(across[m.col])
        if g["section"]:
            dims.append(g["section"])
        activity = next(
            (v for c, v in zip(cats, g["cats"], strict=True) if c.role == "activity"), ""
        )
        dims = [
            (d, "_T" if fold(v) in {"total", "ambos", "ambos sexos", "todos"} else v)
            for d, v in dims
        ]
        dims = [(d, v) for d, v in dims if v != "_T"]
        dim = "+".join(d for d, _ in dims) or "_T"
        value = " | ".join(v for _, v in dims) or "_T"
        dim, value = _with_place_breakdown(place, dim, value)
        ind_id, ind_label = g["indicator"]
        unit, kind = _unit_kind(view, m, g["unit"], g["percent"], ind_id)
        if len(g["rows"]) > 1 and kind in {"rate", "percentage", "average"}:
            # rates or shares of several rows on one key: their sum is no rate of anything
            view.ctx.issues.append(issue(
                "table-rates-not-summed", Severity.WARNING, source_file=view.ctx.display,
                sheet=view.sheet or view.ctx.display, column=layout.cell_text(m.header),
                rows=len(g["rows"]),
            ))  # fmt: skip
            continue
        first = g["rows"][0]
        extra: dict[str, Any] = {}
        if len(g["rows"]) > 1:
            cells = "+".join(f"{col_letter(m.col)}{r + 1}" for r in g["rows"][:3])
            more = "+…" if len(g["rows"]) > 3 else ""
            extra = {"locator_override": f"{view.sheet}!{cells}{more}" if view.sheet else f"{cells}{more}",
                     "id_key": "|".join(map(str, key))}  # fmt: skip
        ps, pe, pl = g["period"]
        seen_keys[(ind_id, ind_label, place.key, ps, pe, dim, value, activity)] += 1
        group_key, link = (f"t{m.col}" if has_totals else ""), has_totals and not g["total"]
        a_total = m.col in parent_of.values()
        if m.col in parent_of or a_total:  # the row's group under its total column
            group_key = "|".join(map(str, (f"c{parent_of.get(m.col, m.col)}", *key[1:])))
            link = not a_total
        records.append(_record(
            view, **_place_fields(place), row=first, col=m.col, raw=g["value"], indicator_id=ind_id,
            indicator_label=ind_label, period_start=ps, period_end=pe, period_label=pl,
            breakdown_dimension=dim, breakdown_value=value, activity=activity, unit=unit, value_kind=kind,
            method="table.long", confidence=0.8, is_total=g["total"] or a_total,
            currency=g["unit"] if kind == "budget" else "",  # a "Moneda" column's, row by row
            group_key=group_key, link_parent=link,
            source_text=" | ".join(x for x in (layout.cell_text(m.header), ind_label, pl) if x)[:300], **extra,
        ))  # fmt: skip
    _warn_collapse(view, seen_keys, len(records))
    return records


def _place_outline(
    view: TableView, places: list[RowPlace], measures: list[ColumnRole], totals: list[bool]
) -> list[RowPlace]:
    """A division's row above the rows of its parts, in one column: the parts resolved inside it.

    An outline of places ("Piura" the department, then its provinces "Piura" and "Sullana";
    INEI's "AMAZONAS", then its cities and "RESTO DE POBLACIÓN") puts rows of different
    places on one key. Read only where rows of one place repeat, and only when the whole
    table reads so: from the first row resolved to a first-level division on, each such row
    is followed by the rows of its parts (none another division's, at most one of its own
    name) whose every count sums to its own, and no row is left outside a division. Then
    the division's row is its figure and each part is published inside it under its own
    name (breakdown 'lugar'; a municipality its gazetteer knows keeps its place). A table
    that does not read so is left as it is (``_hold_colliding_rows``).
    """
    from genero_etl.tabular.ingest import parse_cell

    seen = Counter(p.key for p, t in zip(places, totals, strict=True) if not t)
    texts = _outline_names(view)
    counts = [m for m in measures if m.kind not in {"rate", "percentage", "average"}]
    if not any(n > 1 for n in seen.values()) or not counts or texts is None:
        return places
    values = [
        [parse_cell(x, view.ctx.convention).value for x in view.data[m.col].tolist()]
        for m in counts
    ]

    def division(p: RowPlace) -> bool:
        return bool(p.admin1) and not (p.municipality or p.municipality_code or p.unresolved)

    n = len(places)
    i = next((k for k in range(n) if not totals[k] and division(places[k])), n)
    if any(places[k].admin1 and not totals[k] for k in range(i)):
        return places
    out, blocks, others = list(places), 0, 0
    while i < n:
        head = places[i]
        if totals[i]:
            i += 1
            continue
        own = [column[i] for column in values]
        if not division(head) or any(v is None for v in own) or not own[0]:
            return places  # a row outside any division: no outline
        sums, j, namesakes = [0.0] * len(own), i + 1, 0
        while j < n and sums[0] < float(own[0] or 0) - 0.5:
            part = places[j]
            below = [column[j] for column in values]
            namesakes += part.key == head.key
            if (
                totals[j]
                or part.admin1 not in ("", head.admin1)
                or namesakes > 1  # one part bears its division's name, never two
                or any(v is None for v in below)
            ):
                break
            sums = [s + float(v or 0) for s, v in zip(sums, below, strict=True)]
            j += 1
        if j - i < 2 or any(abs(s - float(v or 0)) > 0.5 for s, v in zip(sums, own, strict=True)):
            return places
        for k in range(i + 1, j):  # a municipality it already knows keeps its place
            if not (places[k].municipality or places[k].municipality_code):
                out[k] = RowPlace(head.country, head.admin1, unresolved=texts[k])
        blocks += 1
        others += any(places[k].key != head.key for k in range(i + 1, j))
        i = j
    # a division's row followed only by rows written alike is a log's lines, no outline
    return out if blocks and others else places


def _levels_mixed(places: list[RowPlace], totals: list[bool]) -> bool:
    """A place column naming first-level divisions among places of a lower level (or names
    no gazetteer knows): the shape of an outline, never of a log of divisions alone."""
    rows = [p for p, t in zip(places, totals, strict=True) if not t]
    lower = [bool(p.municipality or p.municipality_code or p.unresolved) for p in rows]
    return any(p.admin1 and not low for p, low in zip(rows, lower, strict=True)) and any(lower)


def _one_row_a_key(sizes: list[int]) -> bool:
    """A table of figures, one row a key but for a few collisions (a department and its
    namesake province), never a log most of whose lines share a key with another."""
    return sum(n for n in sizes if n > 1) < 0.5 * sum(sizes)


def _outline_names(view: TableView) -> list[str] | None:
    """Each row's place as written, in the one place column an outline is written in."""
    columns = place_columns(view, finest=True)
    if len(columns) != 1:
        return None
    return view.text(columns[0].col)


def _hold_colliding_rows(
    view: TableView,
    groups: dict[tuple[Any, ...], dict[str, Any]],
    order: list[tuple[Any, ...]],
    measures: list[ColumnRole],
) -> None:
    """Rows of a table of figures on one key that no cell tells apart are held back, never
    summed.

    Rows that differ in a column left unread are the parts of one figure (a partition the
    reader drops) and are summed, and so are the lines of a log (most of its keys repeat, or
    its place column names divisions of one level alone) and lines of one municipality by
    its code. Rows written alike in every cell but the counts, in a table whose keys are
    mostly one row each, where no division stands on more than two rows, and whose place
    column mixes first-level divisions with lower or unknown places (an outline ``_place_outline`` could not read: a department and its
    namesake province, each department's "Resto"), are figures of different places on one
    key: their sum is stated by no cell, so none of them is published and a warning names
    the rows.
    """
    sizes = [len(groups[k]["rows"]) for k in order]
    if not any(n > 1 for n in sizes) or not _one_row_a_key(sizes):
        return
    if not _levels_mixed([groups[k]["place"] for k in order], [groups[k]["total"] for k in order]):
        return  # divisions alone: a log's lines of one key add up
    per_division: Counter[str] = Counter()
    for k in order:  # rows of the first measure: each row once
        g = groups[k]
        p = g["place"]
        if k[0] == measures[0].col and not g["total"] and p.admin1 and not p.unresolved:
            per_division[p.key] += len(g["rows"])
    if any(n > 2 for n in per_division.values()):
        return  # a division on many rows (by month, by circumstance): a log, no outline
    own = {m.col for m in measures}
    others = [int(c) for c in view.data.columns if int(c) not in own]
    where = {int(r): i for i, r in enumerate(view.data.index)}
    held: list[int] = []
    for key in [k for k in order if len(groups[k]["rows"]) > 1]:
        rows, place = groups[key]["rows"], groups[key]["place"]
        if place.municipality or place.municipality_code:
            continue  # a municipality its gazetteer knows: its lines add up
        written = {tuple(view.text(c)[where[r]] for c in others) for r in rows}
        if len(written) == 1:
            order.remove(key)
            held.extend(r for r in rows if r not in held)
    if held:
        held.sort()
        view.ctx.issues.append(issue(
            "table-rows-collide", Severity.WARNING, source_file=view.ctx.display,
            sheet=view.sheet or view.ctx.display, count=len(held),
            rows=", ".join(str(r + 1) for r in held[:10]) + (", …" if len(held) > 10 else ""),
        ))  # fmt: skip


def _dimension_name(view: TableView, heading: str) -> str:
    """A breakdown's name from the words that head it: the breakdown roles.yaml's header words
    name ("Parentesco c/agresor": vinculo, "Lugar": sitio_hecho), else the words themselves
    ("Estado Civil": estado_civil)."""
    folded = layout.fold_label(heading)
    named = first_key(view.lex.section_dimensions, folded) or first_key(view.lex.category, folded)
    return named or re.sub(r"[^a-z0-9]+", "_", fold(heading)).strip("_")[:40] or "seccion"


def _section_place(view: TableView, heading: str, label: str) -> RowPlace | None:
    """The place a section's member names when the section is one of places ("Entidad" over
    "México", "Guanajuato": the country's states, "México" the State of Mexico); None when
    the heading names no place level or the label is no one region of the table's country."""
    if not view.country or not any_match(
        view.lex.place.get("admin1", ()), layout.fold_label(heading)
    ):
        return None
    found = lookup_admin1(label, view.country)
    if len(found) != 1:
        return None
    return RowPlace(view.country, found[0].iso)


def _unread_dimensions(view: TableView) -> list[ColumnRole]:
    """A headed text column no role names ("area_del_conocimiento", "puesto"), of a few
    values each repeated, that tells apart rows sharing their place and period: a breakdown
    (its header names it), never rows summed across it. A column whose values are most rows'
    own (names, notes) is no dimension and stays unread."""
    # every column that already tells rows apart: places, periods, breakdowns, the indicator's
    # name, its unit, the activity, codes (a column that only follows one of them splits none)
    read = {"place", "period", "category", "indicator", "unit", "activity", "identifier"}
    keys = [view.text(c) for c, r in sorted(view.roles.items()) if r.role in read]
    found: list[ColumnRole] = []
    for col, role in sorted(view.roles.items()):
        if role.role != "ignored" or role.kind or role.evidence != "why-text":
            continue
        texts = view.text(col)
        filled = [t for t in texts if t]
        distinct = set(filled)
        if not (2 <= len(distinct) <= view.lex.max_categories and len(filled) >= 2 * len(distinct)):
            continue
        # values of a breakdown's shape ("[10 a 14]", "[15 a 19]": age bands) name it
        shaped = next(
            (
                d
                for d, shapes in view.lex.category_shapes.items()
                if all(any_match(shapes, layout.fold_label(t)) for t in distinct)
            ),
            "",
        )
        if not shaped and any(_coded(t) for t in distinct):
            continue  # codes, dates, amounts written as text: not a dimension's names
        seen: dict[tuple[str, ...], str] = {}
        splits = False
        for i, t in enumerate(texts):
            k = tuple(column[i] for column in keys)
            if seen.setdefault(k, t) != t:
                splits = True
                break
        if not splits:
            continue
        name = shaped or re.sub(r"[^a-z0-9]+", "_", fold(role.header)).strip("_")[:40]
        found.append(ColumnRole(
            col, role.header, "category", name or f"columna_{col_letter(col).lower()}",
            0.5, "why-few-values",
        ))  # fmt: skip
    return found


_WORD = re.compile(r"[^\W\d_]{3,}")


def _coded(text: str) -> bool:
    """A code, a date or an amount written as text ("F1", "2019-01", "$1,200", "D2025"): digits
    and no word. A name with a number ("ENSANUT12", "ENDIREH16": a survey and its year; "Zona
    1") is a name."""
    return any(ch.isdigit() for ch in text) and not _WORD.search(text)


def _item_labels(view: TableView, item_cols: list[ColumnRole]) -> list[str]:
    """Each row's item, with the group a column beside it names ("FINALIDAD DEL TIPO DE DELITO
    | F1_EXPLOTACION SEXUAL"); a group column that repeats the item ("F1_TOTAL") says it once."""
    if not item_cols:
        return []
    texts = [view.text(c.col) for c in item_cols]
    out: list[str] = []
    for i in range(len(view.data)):
        parts: list[str] = []
        for t in texts:
            if t[i] and fold(t[i]) not in {fold(p) for p in parts}:
                parts.append(t[i])
        out.append(" | ".join(parts))
    return out


def _copied_rows(view: TableView) -> set[int]:
    """Positions of rows that repeat an earlier row cell for cell (every column, the value's
    too): a block of a long table written twice counts its items once."""
    columns = [view.text(int(c)) for c in view.data.columns]
    seen: set[tuple[str, ...]] = set()
    copies: set[int] = set()
    for i in range(len(view.data)):
        k = tuple(column[i] for column in columns)
        if k in seen:
            copies.add(i)
        seen.add(k)
    return copies


_ITEM_TOTAL = re.compile(r"(?:^|[_\s])(?:sub ?)?totale?s?(?:$|[_\s])")


def _labels_across(view: TableView) -> set[int]:
    """Rows whose text cells all say one thing: a label written once across the table's
    columns (a grand total's "TOTAL" merged over every key column, each merged cell filled
    with it), no value of any one column."""
    number = {c for c, r in view.roles.items() if r.role in {"measure", "value"}}
    columns = [view.text(int(c)) for c in view.data.columns if int(c) not in number]
    rows: set[int] = set()
    if len(columns) < 2:
        return rows
    for i in range(len(view.data)):
        said = {column[i] for column in columns}
        if len(said) == 1 and "" not in said:
            rows.add(i)
    return rows


def _too_fine_to_sum(view: TableView, cats: list[ColumnRole]) -> ColumnRole | None:
    """A headed text column of repeated values, too many to be a breakdown (86 coded items:
    "F1_TOTAL", "F1_EXPLOTACION SEXUAL", ...), that tells apart rows sharing their place,
    period and breakdowns: the rows are different things, some the totals of others. Summed
    across it they make numbers no one counted: each item is read as a count of its own
    (``long_layout``), named by the item."""
    read = {"place", "period", "indicator", "unit", "activity", "identifier"}
    keys = [view.text(c) for c, r in sorted(view.roles.items()) if r.role in read]
    keys += [view.text(c.col) for c in cats]
    across = _labels_across(view)
    for col, role in sorted(view.roles.items()):
        if role.role != "ignored" or role.kind or role.evidence != "why-text" or not role.header:
            continue
        texts = view.text(col)
        filled = [t for t in texts if t]
        distinct = set(filled)
        if len(distinct) <= view.lex.max_categories or len(filled) < 2 * len(distinct):
            continue
        # the table's own "TOTAL" row, merged across every key column, is no item of this one
        items = {t for i, t in enumerate(texts) if t and i not in across}
        if not any(_ITEM_TOTAL.search(fold(t)) for t in items):
            continue  # no item is another's total: rows summed across it count one thing
        seen: dict[tuple[str, ...], str] = {}
        for i, t in enumerate(texts):
            k = tuple(column[i] for column in keys)
            if seen.setdefault(k, t) != t:
                return role
    return None


def _shared_indicators(
    view: TableView, measures: list[ColumnRole], across: dict[int, tuple[str, str]]
) -> set[str]:
    """Indicators the codebook gives two count columns of one table by their headers
    ("Atendidos", people attended, and "Atenciones", the attentions given them: both read as
    people assisted). Two counts side by side are two things; one indicator cannot hold both
    with different values, and the codebook cannot tell which it is: neither keeps it."""
    counts = [m for m in measures if m.col not in across and m.kind not in {"rate", "percentage"}]
    ids = Counter(_indicator(view, layout.cell_text(m.header), own=True)[0] for m in counts)
    return {i for i, n in ids.items() if n > 1} - {view.ctx.codebook.unclassified.id}


def _descriptions(view: TableView, indicator_cols: list[ColumnRole]) -> list[ColumnRole]:
    """Unread columns that describe the rows' coded indicator ("Descripcion" beside
    "Indicador": 'Egresos hospitalarios por abuso sexual' beside "egreporviolsex"): headed as
    a description (the lexicon's ``indicator_descriptions``), one description per code, each
    code on several rows. Without them a code is all a person reading the data would see."""
    if not indicator_cols:
        return []
    codes = ["\x1f".join(t) for t in zip(*[view.text(c.col) for c in indicator_cols], strict=True)]
    if len(set(codes)) * 2 > len(codes):
        return []  # one code a row: any column depends on it, none need describe it
    return [
        r
        for _, r in sorted(view.roles.items())
        if r.role == "ignored"
        and r.header
        and any_match(view.lex.indicator_descriptions, layout.fold_label(r.header))
        and _dependent(view, r, indicator_cols)
    ]


def _described_measure(view: TableView, said: list[list[str]], i: int) -> str:
    """What a row's indicator description says its value is by its opening words
    ("Porcentaje del total de mujeres ...": '%', "Tasa nacimientos por 1000 ...": 'tasa'), or
    by a statistic's word ("Edad promedio de la primera relación sexual", "Promedio de
    Primera consulta mensual": 'promedio', never a count of the year); '' for a count."""
    for texts in said:
        folded = layout.fold_label(texts[i])
        named = first_key(view.lex.title_measures, folded)
        if named == "percentage":
            return "%"
        if named == "rate":
            return "tasa"
        if any_match(view.lex.analysis, folded):
            return "promedio"
    return ""


def _named_measure(
    view: TableView, indicator_cols: list[ColumnRole], ind_texts: list[list[str]], i: int
) -> str:
    """What the row's measure-name cell says it is: 'derived', '%', 'tasa' or ''."""
    for c, texts in zip(indicator_cols, ind_texts, strict=True):
        if c.kind != "measure_name":
            continue
        folded = fold(texts[i])
        named = first_key(view.lex.measure, folded)
        if named not in {"rate", "percentage"} and any_match(view.lex.derived, folded):
            return "derived"
        if any_match(view.lex.measure.get("percentage", ()), folded):
            return "%"
        if any_match(view.lex.measure.get("rate", ()), folded):
            return "tasa"
    return ""


def _total_span(
    periods: list[tuple[str, str, str]], totals: list[bool]
) -> list[tuple[str, str, str]]:
    known = sorted(p for p, t in zip(periods, totals, strict=True) if p[0] and not t)
    span = (
        (known[0][0], max(p[1] for p in known), f"{known[0][0][:4]}-{max(p[1] for p in known)[:4]}")
        if known
        else ("", "", "")
    )
    return [span if t else p for p, t in zip(periods, totals, strict=True)]


def _periods_by_measure(
    view: TableView, measures: list[ColumnRole]
) -> dict[int, list[tuple[str, str, str]]]:
    """Each measure's row periods. Blocks side by side ("Año | Mes | Total | Mes | Total"):
    a measure reads the nearest period column of each kind on its left."""
    roles = view.of("period")
    kinds = Counter(r.kind for r in roles)
    if len(measures) < 2 or not any(n > 1 for n in kinds.values()):
        periods, _ = row_periods(view, register=False)
        return {m.col: periods for m in measures}
    out: dict[int, list[tuple[str, str, str]]] = {}
    cache: dict[tuple[int, ...], list[tuple[str, str, str]]] = {}
    for m in measures:
        own: list[ColumnRole] = []
        for kind in kinds:
            same = sorted((r for r in roles if r.kind == kind), key=lambda r: r.col)
            left = [r for r in same if r.col < m.col]
            own.append(left[-1] if left else same[0])
        key = tuple(sorted(r.col for r in own))
        if key not in cache:
            cache[key] = row_periods(view, register=False, only=own)[0]
        out[m.col] = cache[key]
    return out


def _total_rows(view: TableView) -> list[bool]:
    """Rows whose label (place, period, breakdown, indicator) says "Total"."""
    labels = [
        r
        for r in view.roles.values()
        if r.role in {"place", "period", "category", "indicator", "activity"}
    ]
    if not labels:
        return [False] * len(view.data)
    first = min(labels, key=lambda r: r.col)  # the leftmost label column
    texts = view.text(first.col)
    hits = {t for t in set(texts) if t and any_match(view.lex.total_rows, fold(t))}
    hits |= _period_labelled_whole(view, first, texts)
    return [t in hits for t in texts]


_PERIOD_ONLY = re.compile(r"^(?:19|20)\d{2}(?:\s*[-–/]\s*(?:(?:19|20)\d{2}|\d{2}))?$")


def _period_labelled_whole(view: TableView, label: ColumnRole, texts: list[str]) -> set[str]:
    """A row labelled by a period alone ("2019-2020") in a category column whose header names a
    year beside what its items are ("Año fiscal/delitos"), the other rows' labels no period
    (one row per article of a law): that row is the whole of the year's cases, the rows its
    parts, never an item named "2019-2020". A column whose header names no year keeps such a
    row as an item."""
    if label.role != "category" or not any_match(
        view.lex.period["year"], layout.fold_label(label.header)
    ):
        return set()
    periods = {t for t in set(texts) if t and _PERIOD_ONLY.match(t.strip())}
    others = {t for t in set(texts) if t and t not in periods}
    return periods if len(periods) == 1 and len(others) >= 2 else set()


def _unit_kind(
    view: TableView, m: ColumnRole, unit_text: str, percent: bool, indicator_id: str = ""
) -> tuple[str, str]:
    u = fold(unit_text)
    if percent or u in {"%", "porcentaje", "pct"} or m.kind == "percentage":
        return "%", "percentage"
    if m.kind == "rate" or u == "tasa":
        return _rate_unit(view, m, indicator_id), "rate"
    if m.kind == "average" or u == "promedio":
        return "", "average"
    if m.kind == "amount" or (m.kind in ("", "count") and _budget_table(view)):
        return "", "budget"
    if any_match(view.lex.goals, layout.fold_label(m.header)):
        return "", "target"  # "Meta" beside what was achieved: a goal, never the count
    if m.kind in ("", "count") and not u:  # "Tasa neta ..." over "2018 | Hombre": rates
        by_title = title_measure(view.lex, view.title, m.header)
        if not by_title and any_match(view.lex.measure_only, layout.fold_label(m.header)):
            # a long table's one indicator ("Porcentaje de mujeres ..." on every row) over a
            # header that only names a measure ("valor"): its opening words say what
            by_title = first_key(
                view.lex.title_measures, layout.fold_label(_constant_indicator(view))
            )
        if by_title == "percentage":
            return "%", "percentage"
        if by_title == "rate":
            return _rate_unit(view, m, indicator_id), "rate"
    return "", ""


def title_measure(lex: RoleLexicon, title: str, header: str) -> str:
    """What a table's values are by its title's opening words ("Tasa neta de escolaridad
    ...": 'rate', "Proporción de matriculados ...": 'percentage'; the lexicon's
    ``title_measures``), for a value column whose header names no measure of its own ("valor",
    "value", "dato" say only that they are values: roles.yaml ``bare_values``); '' when the
    title opens with none or the header names one ("Casos", "Total", "Tasa")."""
    head = layout.fold_label(header)
    if any(any_match(patterns, head) for patterns in lex.measure.values()) and not any_match(
        lex.bare_values, head
    ):
        return ""
    return first_key(lex.title_measures, layout.fold_label(title))


def _rate_unit(view: TableView, m: ColumnRole, indicator_id: str) -> str:
    """A rate's unit: its indicator's where the indicator is a rate ("por 100.000 mujeres"),
    else what its header says it is per ("Tasa por 100 mil habitantes" -> "por 100.000
    habitantes"), else "tasa". Never the unit of the count it is made of: a rate of 911 calls
    per 100,000 women is not a number of calls."""
    known = view.ctx.codebook.indicators.get(indicator_id)
    if known is not None and known.value_kind == "rate":
        return ""
    header = layout.fold_label(m.header)
    per = _RATE_BASE.search(header)
    if per is None:
        joined = _RATE_JOINED.search(header)  # "n_victimas_x100kmujeres"
        if joined is None:
            return "tasa"
        whom = _RATE_WHOM.get(joined.group("whom") or "", joined.group("whom") or "")
        return f"por {int(joined.group('n')) * 1000:,}".replace(",", ".") + (
            f" {whom}" if whom else ""
        )
    base = int(per.group("n").replace(".", "")) * (1000 if per.group("mil") else 1)
    whom = f" {per.group('whom')}" if per.group("whom") else ""
    return f"por {base:,}".replace(",", ".") + whom


# "por 100.000 habitantes", "x 100 mil mujeres", "por cada 1000 nacidos vivos"
_RATE_BASE = re.compile(
    r"\b(?:por|x)\s+(?:cada\s+)?(?P<n>\d+(?:\.\d{3})*)(?:\s*(?P<mil>mil)\b)?"
    r"(?:\s+(?P<whom>(?!y\b|en\b|de\b)[a-z]+(?:\s+viv[oa]s)?))?"
)


# "x100khab", "x100kmujeres": thousands written "k", joined to whom the rate is per
_RATE_JOINED = re.compile(
    r"(?:^|\s)(?:x|por|per)\s?(?P<n>\d+)\s?k(?P<whom>hab|habitantes|mujeres|hombres|personas)?\b"
)
_RATE_WHOM = {"hab": "habitantes"}


GENDER_BUDGET = "presupuesto_genero"
PROGRAMME_BUDGET = "presupuesto_programa"


def _programme_budgets(view: TableView, records: list[dict[str, Any]]) -> None:
    """A budget's amounts that name no gender: ``presupuesto_programa``, not a gender budget.

    An amount is a gender budget when its table's title, sheet or file name, its column's
    header or its row's labels (programme, budget or responsible unit) name gender (roles.yaml
    ``gender_budget``: "Prevención y Atención de la Violencia contra las Mujeres", "INSTITUTO
    JALISCIENSE DE LAS MUJERES"); a state's whole budget publishes a road's programme under
    the generic indicator, the women's institute's under the gender one."""
    words = view.lex.gender_budget
    if not words or PROGRAMME_BUDGET not in view.ctx.codebook.indicators:
        return
    if any_match(words, fold(view.title)):
        return
    own = view.ctx.codebook.indicators[GENDER_BUDGET].label_es  # a label the table never wrote
    for record in records:
        if record.get("indicator_id") != GENDER_BUDGET:
            continue
        label = str(record.get("indicator_label") or "")
        said = " ".join(
            (
                label if label != own else "",
                *(str(record.get(k) or "") for k in ("breakdown_value", "activity")),
            )
        )
        if not any_match(words, fold(said)):
            record["indicator_id"] = PROGRAMME_BUDGET


def _budget_table(view: TableView) -> bool:
    """A budget table by its title or the header of its programme/activity column."""
    headers = [r.header for r in view.of("activity")]
    return any(any_match(view.lex.budget_context, fold(t)) for t in (view.title, *headers))


def _warn_collapse(view: TableView, keys: Counter[tuple[str, ...]], total: int) -> None:
    warn_collapse(view.ctx, view.sheet, keys, total)


def warn_collapse(ctx: FileContext, sheet: str, keys: Counter[tuple[str, ...]], total: int) -> None:
    """Many values on one indicator-place-period-breakdown key: a dimension was not read."""
    repeated = sum(n - 1 for n in keys.values() if n > 1)
    if total and repeated > COLLAPSE_SHARE * total:
        ctx.issues.append(issue(
            "table-values-collapse", Severity.WARNING, source_file=ctx.display,
            sheet=sheet or ctx.display, repeated=repeated, values=total,
        ))  # fmt: skip


# (a rate or a share beside the count it is made of, of one offence and row, repeats nothing)
COLLAPSE_KEY = ("indicator_id", "indicator_label", "country", "admin1", "municipality_code", "period_start",
                "period_end", "breakdown_dimension", "breakdown_value", "activity", "value_kind",
                "unit")  # fmt: skip


def check_cells_collapse(ctx: FileContext, sheet: str, cells: Cells) -> None:
    n = min(len(cells), COLLAPSE_SAMPLE)  # the head of a huge table says enough
    keys: Counter[tuple[str, ...]] = Counter(
        tuple(cells.text_at(name, i) for name in COLLAPSE_KEY) for i in range(n)
    )
    warn_collapse(ctx, sheet, keys, n)


# --- wide ------------------------------------------------------------------------------


def _is_wide(view: TableView) -> bool:
    numbers = view.of("value") + view.of("measure") + view.of("derived")
    if not numbers:
        return False
    row_dims = view.of("place") + view.of("activity")
    totals = [r for r in numbers if any_match(view.lex.total_columns, layout.fold_label(r.header))]
    named = any(r.kind == "measure_name" for r in view.of("indicator"))
    # a breakdown down, and another named over the columns ("Tipo de delito" over the types)
    crossed = bool(view.of("category")) and any(_upper_dimension(view, r.col) for r in numbers)
    return bool(
        row_dims
        or view.of("derived")
        or totals
        or named
        or crossed
        or _values_across(view)
        or _months_down(view, numbers)
        or _places_across(view, numbers)
        or _counts_by_one_category(view)
        or _periods_across_a_breakdown(view, numbers)
    )


def _periods_across_a_breakdown(view: TableView, numbers: list[ColumnRole]) -> bool:
    """A breakdown down, its header a core dimension of the lexicon ("Género": "Femenino",
    "Masculino", "Trans", "No informó"), and the periods across, each column's own ("Cantidad
    de víctimas (enero - diciembre 2020)" ... "(enero - abril 2026)", or "2020 | 2021"),
    nothing else: each cell the count of its row's value in its column's period. Never a
    list of indicators: the rows are values of the breakdown the header names."""
    cats = view.of("category")
    # a core dimension (sex, age group, people): "Tipo" over "Mujeres" and "Violencia
    # física" lists other things, each its own indicator
    if len(cats) != 1 or cats[0].kind not in view.lex.core_dimensions or len(numbers) < 2:
        return False
    if view.of("indicator") or view.of("place") or view.of("period") or view.of("activity"):
        return False
    if any(cats[0].col > n.col for n in numbers):
        return False  # the breakdown labels the rows: it stands left of the numbers
    labels = [fold(t) for t in view.text(cats[0].col) if t]
    if len(set(labels)) < 2 or any(any_match(view.lex.total_rows, t) for t in labels):
        # a lone row with its "TOTAL" ("MUJERES 55 | TOTAL 55", stacked under each court's
        # heading): the generic reader's, which knows a total of one row and the headings
        return False
    meanings = [_column_meaning(view, n) for n in numbers]
    if any(period is None or total for period, _, total in meanings):
        return False
    # the columns differ by their period alone: "FEMENINO | 2018" beside "MASCULINO | 2018"
    # is another breakdown across, read by the readers of crossed headers
    rests = {rest for _, rest, _ in meanings}
    if len(rests) != 1:
        return False
    # and say nothing else, or name what they count ("Cantidad de víctimas"); a banner over
    # the years ("Año" over "2018 ... 20221/") is read by the generic reader
    return rests == {""} or all(n.role == "measure" for n in numbers)


def _counts_by_one_category(view: TableView) -> bool:
    """One breakdown down and one column of numbers beside it, nothing else ("Relación" over
    "Cohabitante", "Novio(a)" ... beside "NoFamiliar"): each row the count of its category's
    value, the number column's header naming what is counted. Not a list of indicators: the
    label column's header names a breakdown of the lexicon."""
    values = view.of("value")
    cats = view.of("category")
    others = [r for r in view.roles.values() if r.role not in {"value", "category", "ignored"}]
    return len(values) == 1 and len(cats) == 1 and not others and cats[0].col < values[0].col


def _values_across(view: TableView) -> bool:
    """A breakdown down and the values of another written across, with nothing else to name
    the numbers ("Nivel de riesgo" down over "Alto | Medio | Bajo", "Física | Psicológica |
    Sexual" across): a cross-tabulation of two breakdowns, each cell one count of both."""
    values = view.of("value")
    if not view.of("category") or view.of("measure") or len(values) < 2:
        return False
    meanings = {v.col: _column_meaning(view, v) for v in values}
    suffixed = _year_suffixes(view)  # "Mujeres_18": a value across and its year, both
    if any(meanings[v.col][0] is not None and v.header not in suffixed for v in values):
        return False  # periods across: read as such
    return len(_columns_across(view, values, meanings)) >= 2


def _budget_stages(
    view: TableView,
    value_cols: list[ColumnRole],
    meanings: dict[int, tuple[Period | None, str, bool]],
) -> set[int]:
    """The money columns of a budget's stages side by side ("Aprobado | Modificado |
    Devengado", "PIA | PIM"): two or more, in a table of money. Each is a breakdown of the
    budget the title names; alone, a stage's header is no indicator ("Aprobado")."""
    found = {
        r.col
        for r in value_cols
        if r.kind not in {"percentage", "rate"}
        and not meanings[r.col][2]
        and any_match(view.lex.budget_stages, layout.fold_label(meanings[r.col][1]))
    }
    money = any(r.kind == "amount" for r in value_cols if r.col in found) or _budget_table(view)
    return found if len(found) >= 2 and money else set()


def _places_across(view: TableView, numbers: list[ColumnRole]) -> bool:
    """Number columns headed by the country's subdivisions ("Lima | Arequipa | Cusco"), with
    no place column down: each column is a place (see ``_column_places``)."""
    if not view.country or view.of("place"):
        return False
    named = [h for r in numbers if (h := layout.cell_text(r.header))]
    found = sum(1 for h in named if view.resolver.admin1(h) is not None)
    return found >= 2 and found >= 0.6 * len(named)


def _months_span(
    year: str, months: list[str], total_rows: list[bool]
) -> tuple[str, str, str] | None:
    """From the first to the last month listed down a table ("Enero" to "Marzo" of 2022:
    "Enero-Marzo 2022"); None when no row names a month."""
    found = [
        (p, m)
        for m, total in zip(months, total_rows, strict=True)
        if not total and (p := _period_of(year, m, None, None, None, "year", None))[0]
    ]
    if not found:
        return None
    first, last = min(found), max(found)
    if first[0][0].endswith("-01-01") and last[0][1].endswith("-12-31"):
        return first[0][0], last[0][1], year
    return first[0][0], last[0][1], f"{first[1]}-{last[1]} {year}"


def numbered_weeks(grid: Grid, display: str, lex: RoleLexicon) -> bool:
    """Does the sheet's or the file's name say that the sheet's columns numbered in a run
    ("tipo | year | 18 | 17 | ... | 1", ``layout.numbered_columns``) are epidemiological
    weeks ("..._enfermedades_semana_2017_2020.csv"; roles.yaml ``numbered_weeks``)? Then each
    is that week of its row's year (``TableView.in_weeks``), never a sheet held for what no
    word says its numbers are."""
    name = display.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return any(
        any_match(lex.numbered_weeks, layout.fold_label(text.replace("_", " ")))
        for text in (grid.name, name)
        if text
    )


def _months_down(view: TableView, numbers: list[ColumnRole]) -> ColumnRole | None:
    """The month column of a table whose rows are months ("Mes": "Enero", "Febrero", ...)
    and whose number columns are years ("2022 | 2023 | 2024"): each cell is the month of
    its column's year. None for any other table (a year down as well, or a column that is no
    year)."""
    months = view.of("period", "month")
    if len(months) != 1 or view.of("period", "year") or view.of("period", "date"):
        return None
    headers = [layout.cell_text(r.header) for r in numbers]
    years = [h for h in headers if layout.is_year(h)]
    rest = [h for h in headers if not layout.is_year(h)]
    if len(years) < 2 or any(not any_match(view.lex.total_columns, fold(h)) for h in rest):
        return None
    return months[0]


def _column_meaning(
    view: TableView, role: ColumnRole, carried: int | None = None
) -> tuple[Period | None, str, bool]:
    """(period, rest of the header, is a total column) from a value column's header parts.

    ``carried``: the year of an earlier column ("Enero 2021 | Febrero | Marzo"), which wins
    over the file's year for a month written alone.
    """
    parts = view.table.parts.get(role.col, [role.header])
    year = carried or (
        int(view.ctx.facts.period.start[:4]) if view.ctx.facts.period.start else None
    )
    period: Period | None = None
    rest: list[str] = []
    for part in parts:
        named = layout.labelled_period(part, year) if period is None else None
        if named is not None:  # "Personas atendidas (enero - abril 2026)": both, apart
            rest.append(named[0])
            period = named[1]
            continue
        if period is None:
            p = layout.header_period(part, year)
            if p is None and view.in_weeks:  # "1/2025" beside "SE 1/2025-6/2025": week 1
                week = week_header(part, year, in_weeks=True)
                p = Period(week.start, week.end, part) if week is not None else None
            if p is None and (span := layout.sheet_period(part)) is not None:
                p = layout.fiscal_span(span, _fiscal_start(view))  # "2022-2023": a fiscal year
        else:
            # "enero-junio 2024 | Enero": a month within the span above it is the column's
            inner = layout.header_period(part, int(period.start[:4]))
            narrower = inner is not None and (inner.start, inner.end) != (period.start, period.end)
            if (
                inner is not None
                and narrower
                and period.start <= inner.start <= inner.end <= period.end
            ):
                period = inner
                continue
            p = None
        if p is not None:
            period = p
        else:
            rest.append(part)
    grouped = _month_groups(view)
    if period is None and role.header in grouped.months:  # "eneUrb": January, urban
        month, label = grouped.months[role.header]
        found = layout.header_period(month, year) if year else None
        period = Period(found.start, found.end, role.header) if found is not None else None
        rest = [label]
    suffixed = _year_suffixes(view)
    if period is None and role.header in suffixed:  # "Mujeres_18": women, 2018
        period, word = suffixed[role.header]
        rest = [word]
    if period is None:
        period = _source_year(parts)
    if period is not None:
        period = _noted_period(view, role.col, period)
    if len(rest) > 1 and _dimension_above(view.lex, rest):
        rest = rest[-1:]  # "Tipo de delito | Femicidio": the breakdown's value is the column's
    text = " ".join(rest)
    total = any_match(view.lex.total_columns, layout.fold_label(text)) if text else False
    if role.header in grouped.totals or role.header in grouped.unknown:
        # "totalUrbano" beside "eneUrb": the urban group's own total, never the row's
        text = grouped.totals.get(role.header) or grouped.unknown[role.header]
        total = False
    return period, text, total


@dataclass(frozen=True)
class _MonthGroups:
    """A wide table's headers that each join a month and a group ("eneUrb" ... "dicRur",
    "Enero Mujeres"): ``months`` maps each to (its month's word, the group's name, spelt as
    the group's total writes it where one does: "Urb" under "totalUrbano" is "Urbano");
    ``totals`` maps a group's total ("totalUrbano") to the group's name; ``unknown`` a total
    of the rows of no group ("totalSinDato") to its words."""

    months: dict[str, tuple[str, str]]
    totals: dict[str, str]
    unknown: dict[str, str]


def _group_key(grouped: _MonthGroups, header: str) -> str:
    """The group a month-and-group column or a group's total belongs to ("urbano"), or
    "unknown" for the total of no group; "" for any other column."""
    if header in grouped.months:
        return fold(grouped.months[header][1]).replace(" ", "")
    if header in grouped.totals:
        return fold(grouped.totals[header]).replace(" ", "")
    return "unknown" if header in grouped.unknown else ""


def _months_filled(view: TableView, grouped: _MonthGroups) -> dict[int, tuple[str, str]]:
    """Rows (by their index among the data) whose month-and-group columns hold figures for
    the first months of the row's year only (2026: January to April, the rest empty): the span
    of those months, which the row's totals count."""
    if not grouped.months:
        return {}
    from genero_etl.tabular.ingest import parse_cell

    columns = [
        (r.col, layout.MONTHS[grouped.months[r.header][0]])
        for r in view.roles.values()
        if r.header in grouped.months
    ]
    periods, _ = row_periods(view, register=False)
    out: dict[int, tuple[str, str]] = {}
    for i in range(len(view.data)):
        start, end, _ = periods[i]
        if not _one_year(periods[i]) or start[5:] != "01-01" or end[5:] != "12-31":
            continue
        months = {
            m
            for c, m in columns
            if parse_cell(view.data[c].iloc[i], view.ctx.convention).value is not None
        }
        if (
            months
            and max(months) < layout.MONTHS_A_YEAR
            and months == set(range(1, max(months) + 1))
        ):
            last = max(months)
            year = int(start[:4])
            out[i] = (start, f"{year:04d}-{last:02d}-{calendar.monthrange(year, last)[1]:02d}")
    return out


def _after_word(header: str, word: str) -> str:
    """The header as written after its first word ("eneUrb" after "ene": "Urb")."""
    text = header.strip()
    if fold(text[: len(word)]) != word:
        return ""
    return text[len(word) :].strip(" _-.:")


def _month_groups(view: TableView) -> _MonthGroups:
    """The month-and-group headers of a wide table (``_MonthGroups``): a header whose first
    word is a month's name or abbreviation and whose other words are no period and no total,
    each group written with three months at least (so "Mar Caribe" alone is no March)."""
    lex = view.lex
    headers = [r.header for r in sorted(view.roles.values(), key=lambda r: r.col) if r.header]
    split: dict[str, tuple[str, str]] = {}
    for h in headers:
        words = layout.fold_label(h).split()
        if len(words) < 2 or words[0] not in layout.MONTHS:
            continue
        rest = " ".join(words[1:])
        if layout.header_period(rest, 2000) is not None or any_match(lex.total_columns, rest):
            continue
        split[h] = (words[0], _after_word(h, words[0]) or rest)
    by_group: dict[str, set[str]] = {}
    for month, group in split.values():
        by_group.setdefault(fold(group).replace(" ", ""), set()).add(month)
    groups = {g for g, months in by_group.items() if len(months) >= 3}
    if not groups:
        return _MonthGroups({}, {}, {})
    totals: dict[str, str] = {}
    unknown: dict[str, str] = {}
    names: dict[str, str] = {}
    for h in headers:
        words = layout.fold_label(h).split()
        if len(words) < 2 or words[0] != "total":
            continue
        written = _after_word(h, "total") or " ".join(words[1:])
        if len(words) == 2:  # "totalUrbano": one word, the group's name in full
            group = next((g for g in groups if len(g) >= 3 and words[1].startswith(g)), "")
            if group:
                totals[h] = names.setdefault(group, written)
                continue
        if " ".join(words[1:]) in lex.unknown_values:  # "totalSinDato"
            unknown[h] = written
    months = {
        h: (month, names.get(key, group))
        for h, (month, group) in split.items()
        if (key := fold(group).replace(" ", "")) in groups
    }
    return _MonthGroups(months, totals, unknown)


# "Mujeres_18", "Hombres-22": a breakdown's value, then a year's last two digits
_YEAR_SUFFIX = re.compile(r"^(?P<word>[^\W\d_][^\d]*?)[\s_-]+(?P<yy>\d{2})$")


def _year_suffixes(view: TableView) -> dict[str, tuple[Period, str]]:
    """The headers of a wide table that each join a breakdown's value and a year's last two
    digits ("Mujeres_18 | Hombres_18 | Mujeres_22 | Hombres_22"): each mapped to its year
    (2018) and its value ("mujeres", "varones": a sex as the sex breakdown publishes it),
    which the breakdown's reading then takes. Only when they make a grid: two values or more
    of known breakdowns (a sex, roles.yaml ``sex_words``, or ``category_values``), each under
    the same two years or more, none past the file's year (or this year), so that two digits
    are a year only where nothing else they could be fits ("Edad_18" alone is no year)."""
    lex = view.lex
    split: dict[str, tuple[str, int]] = {}
    for r in view.roles.values():
        m = _YEAR_SUFFIX.match(layout.cell_text(r.header).strip()) if r.header else None
        if m is not None:
            split[r.header] = (m.group("word").strip(), 2000 + int(m.group("yy")))
    words = {fold(w) for w, _ in split.values()}
    known = set(lex.sex_words) | set().union(*lex.category_values.values())
    if len(words) < 2 or not words <= known:
        return {}
    years = {
        fold(w): {y for v, y in split.values() if fold(v) == fold(w)} for w, _ in split.values()
    }
    spans = {frozenset(ys) for ys in years.values()}
    facts = view.ctx.facts.period.end
    last = int(facts[:4]) if facts else dt.date.today().year
    if len(spans) != 1 or len(next(iter(spans))) < 2 or max(next(iter(spans))) > last:
        return {}
    out: dict[str, tuple[Period, str]] = {}
    for header, (word, year) in split.items():
        found = layout.header_period(str(year), None)
        if found is not None:  # a sex in the words its breakdown publishes ("varones")
            out[header] = (
                Period(found.start, found.end, header),
                lex.sex_words.get(fold(word), word),
            )
    return out


# "INEGI 2020", "CONAPO 2025", "Censo 2017": a few words and a year, a source's figures of
# that year; never a law's number ("Ley 1257")
_LABEL_YEAR = re.compile(r"(?P<name>[a-z][a-z .]{1,30}?)\s+(?P<year>(?:19[5-9]|20[0-4])\d)")
_LAW_NUMBER = re.compile(r"\b(ley|decreto|resolucion|articulo|art|norma|codigo|meta)\b")


def _source_year(parts: list[str]) -> Period | None:
    """The year a value column's header ends with, after a few words naming whose figures
    they are ("INEGI 2020", "CONAPO 2025"), when no part is a period of its own: the
    column's period, the header kept whole as its label."""
    for part in parts:
        text = layout.fold_label(part)
        m = _LABEL_YEAR.fullmatch(text)
        if m and not _LAW_NUMBER.search(m.group("name")):
            year = int(m.group("year"))
            return layout._month_period(year, 1, 12, str(year))
    return None


def _noted_period(view: TableView, col: int, period: Period) -> Period:
    """A period header narrowed by its footnote (``layout.noted_period``)."""
    if view._noted is None:
        view._noted = layout.column_notes(view.grid, view.table)
    return layout.noted_period(period, view._noted.get(col, ""))


def _dimension_above(lex: RoleLexicon, parts: list[str]) -> str:
    """The breakdown an upper header row names over a value ("Tipo de delito" over
    "Femicidio", "Sexo" over "Mujeres"), '' when the lowest part names one itself."""
    upper, last = layout.fold_label(" ".join(parts[:-1])), layout.fold_label(parts[-1])
    for dim, patterns in lex.category.items():
        if any_match(patterns, upper) and not any_match(patterns, last):
            return dim
    return ""


def _upper_dimension(view: TableView, col: int) -> str:
    """The breakdown named above a value column's own label, if any."""
    parts = view.table.parts.get(col, [])
    year = None
    rest = [p for p in parts if layout.header_period(p, year) is None]
    return _dimension_above(view.lex, rest) if len(rest) > 1 else ""


@table_layout("wide", _is_wide)
def wide_layout(view: TableView) -> list[dict[str, Any]] | None:
    from genero_etl.tabular.ingest import parse_cell

    lex = view.lex
    numbers = sorted(
        view.of("value") + view.of("measure") + view.of("derived"), key=lambda r: r.col
    )
    meanings: dict[int, tuple[Period | None, str, bool]] = {}
    carried: int | None = None
    for num in numbers:
        meanings[num.col] = _column_meaning(view, num, carried)
        found = meanings[num.col][0]
        if found is not None and found.start[:4] == found.end[:4] and _YEAR_IN.search(num.header):
            carried = int(found.start[:4])
    value_cols = [
        r for r in numbers if r.role != "derived" or (meanings[r.col][2] and r.kind != "fractions")
    ]
    skipped = [r for r in numbers if r not in value_cols]
    period_cols = [meanings[r.col][0] for r in value_cols if meanings[r.col][0] is not None]
    span: Period | None = None
    if period_cols:
        starts = sorted(p.start for p in period_cols if p is not None)
        ends = sorted(p.end for p in period_cols if p is not None)
        span = Period(starts[0], ends[-1], f"{starts[0][:4]}-{ends[-1][:4]}")
    places = row_places(view, place_columns(view, finest=True))
    periods, _ = row_periods(view, register=False)
    in_row_year = _months_in_row_years(view, value_cols, meanings)
    month_down = _months_down(view, value_cols)
    row_months = view.text(month_down.col) if month_down is not None else None
    month_of: dict[tuple[int, int], Period | None] = {}  # (column, row's year) -> its month
    cats = view.of("category")
    activities = view.of("activity")
    labels = view.of("ignored") + view.of("constant")
    # no place tells the rows apart (the title's country is every row's): a text column does
    if not cats and not activities and len({p.key for p in places}) <= 1 and labels:
        cats = [ColumnRole(labels[0].col, labels[0].header, "category",
                           re.sub(r"[^a-z0-9]+", "_", layout.fold_label(labels[0].header)).strip("_") or "categoria")]  # fmt: skip
    indicator_cols = view.of("indicator")
    if series := _series_down(view, cats, activities, indicator_cols, value_cols, meanings):
        cats, indicator_cols = [c for c in cats if c is not series], [series]
    cat_values = [category_values(view, c) for c in cats]
    act_values = view.text(activities[0].col) if activities else None
    row_indicators = view.text(indicator_cols[0].col) if indicator_cols else None
    indicator_texts = [view.text(c.col) for c in indicator_cols]
    firsts = activities or cats or view.of("place") or indicator_cols
    firsts = firsts or ([month_down] if month_down is not None else [])
    row_label_col = firsts[0] if firsts else None
    row_labels = (
        view.text(row_label_col.col) if row_label_col is not None else [""] * len(view.data)
    )
    total_rows = [any_match(lex.total_rows, fold(t)) for t in row_labels]
    own_rows = _totals_of_something_else(view, value_cols, total_rows, periods)
    total_rows = [t and i not in own_rows for i, t in enumerate(total_rows)]
    places = _place_outline(view, places, value_cols, total_rows)
    has_total_col = any(meanings[r.col][2] for r in value_cols)
    rests = {meanings[r.col][1] for r in value_cols if not meanings[r.col][2]}
    column_is_indicator = {
        rest: view.ctx.codebook.classify(rest).id != view.ctx.codebook.unclassified.id
        for rest in rests
        if rest
    }
    column_places = _column_places(view, value_cols, meanings)
    stages = _budget_stages(view, value_cols, meanings)
    across = _columns_across(view, value_cols, meanings)
    upper = {
        c: parts for c, (d, _) in across.items() if (parts := _header_categories(view, c, d))
    }  # "18 a 29 años" over "Mujer | Hombre": age group and sex, both breakdowns
    # "Causa de muerte | Asfixia | Total": the total of one cause's sexes is that cause's
    banner_totals = {
        r.col: banner
        for r in value_cols
        if meanings[r.col][2]
        and r.col not in across
        and (banner := _banner_values(lex, view.table.parts.get(r.col, [])))
    }
    # A total row and a total column: each part has two totals and links to one. With
    # periods across, or sexes / age groups across, it is its column's: each period's (each
    # sex's) parts sum to that column's total; the total column sums across them.
    by_column = any(total_rows) and (
        not has_total_col
        or any(meanings[r.col][0] is not None for r in value_cols if not meanings[r.col][2])
        or (bool(across) and {d for d, _ in across.values()} <= view.lex.core_dimensions)
    )
    both = any(total_rows) and has_total_col  # each part has a row total and a column total
    records: list[dict[str, Any]] = []
    seen: Counter[tuple[str, ...]] = Counter()
    rows = [int(r) for r in view.data.index]
    base_id, base_label = _indicator(view, "")
    # columns that are a breakdown's values ("Hombre | Mujer"): what they count is the title's
    unknown = base_id == view.ctx.codebook.unclassified.id
    across_label = (str(view.table.title).strip()[:200] if unknown else "") or base_label
    # a column header read as a breakdown's value names no indicator: what the table counts
    # is its title's or its sheet's name ("Ingresos" over "SSR | SIC | CCP"), when one says it
    sheet_label = _sheet_label(view)
    by_sheet = bool(sheet_label) and any(
        rest
        and not total
        and r.col not in across
        and r.col not in stages
        and r.col not in column_places
        and not _upper_dimension(view, r.col)
        and not (r.role == "measure" or column_is_indicator.get(rest, False))
        for r in value_cols
        for _, rest, total in [meanings[r.col]]
    )  # its columns are a breakdown's values: its Total column counts the same
    grouped = _month_groups(view)
    filled = _months_filled(view, grouped)
    group_dimension = next(
        (dimension_of(lex, label) for _, label in grouped.months.values()), "categoria"
    )
    for r_role in value_cols:
        period, rest, col_total = meanings[r_role.col]
        raw = view.data[r_role.col].tolist()
        in_group = _group_key(grouped, r_role.header)
        as_indicator = (
            bool(rest)
            and not in_group
            and not col_total
            and r_role.col not in across
            and r_role.col not in stages
            and not _upper_dimension(view, r_role.col)  # "Tipo de delito" over "Femicidio"
            and (r_role.role == "measure" or column_is_indicator.get(rest, False))
        )
        for i, r in enumerate(rows):
            parsed = parse_cell(raw[i], view.ctx.convention)
            if parsed.value is None:
                continue
            measure_named = _named_measure(view, indicator_cols, indicator_texts, i)
            if measure_named == "derived":
                continue  # a population row: the denominator of the rate below it
            place = column_places.get(r_role.col) or places[i]
            dims = [(c.kind, v[i]) for c, v in zip(cats, cat_values, strict=True)]
            if total_rows[i] or i in own_rows:
                dims = [(d, "_T") for d, _ in dims]
            if r_role.col in across:
                dims.extend(upper.get(r_role.col, []))
                dims.append(across[r_role.col])
            elif r_role.col in banner_totals:
                dims.extend(banner_totals[r_role.col])
            elif r_role.col in stages:
                dims.append((lex.budget_stage_dimension, rest))
            elif r_role.header in grouped.unknown:  # "totalSinDato" beside the sexes' months
                dims.append((group_dimension, UNKNOWN))
            elif rest and not as_indicator and not col_total and r_role.col not in column_places:
                dims.append((_upper_dimension(view, r_role.col) or dimension_of(lex, rest), rest))
            dims = [(d, v) for d, v in dims if v != "_T"]
            dim = "+".join(d for d, _ in dims) or "_T"
            value = " | ".join(v for _, v in dims) or "_T"
            if not total_rows[i]:
                dim, value = _with_place_breakdown(place, dim, value)
            if i in own_rows:  # "Total de víctimas mujeres" under a table of incidents
                ind_id, ind_label = _indicator(view, row_labels[i], own=True)
            elif as_indicator:
                ind_id, ind_label = _indicator(view, rest, own=len(rests) > 1)
            elif row_indicators is not None and row_indicators[i] and not total_rows[i]:
                ind_id, ind_label = _indicator(view, row_indicators[i], own=True)
            else:
                named = (
                    rest
                    and not col_total
                    and not in_group
                    and r_role.col not in upper
                    and r_role.col not in across
                )
                # the Total column beside columns that are a breakdown's values ("Total |
                # Hombre | Mujer") in a table of no category down (years or places only)
                # counts what they count: the title's, as they are named; beside a category
                # (offences down) each row's own words name it (``_offence_indicator``)
                of_across = r_role.col in across or (col_total and bool(across) and not cats)
                label = rest if named else (across_label if of_across else base_label)
                if by_sheet and (named or (col_total and r_role.col not in banner_totals)):
                    label = sheet_label  # "SSR | SIC | CCP" on a sheet "Ingresos": its services
                ind_id, ind_label = _offence_indicator(view, (base_id, label), i, by_context=True)
            ind_id, ind_label = _within_topic(view, (ind_id, ind_label), i)
            if (
                col_total
                and period is None
                and span is not None
                and in_row_year
                and _one_year(periods[i])
                and _one_year((span.start, span.end, ""))
            ):  # "Año | I Semestre | II Semestre | Total": the row's year's months
                row_year = periods[i][0][:4]
                ps, pe = row_year + span.start[4:], row_year + span.end[4:]
                pl = layout.cell_text(r_role.header)
            elif col_total and period is None and span is not None:
                ps, pe, pl = span.start, span.end, layout.cell_text(r_role.header)
            elif period is not None and r_role.col in in_row_year and _one_year(periods[i]):
                # "Enero" across, "Año" down: the month of the row's year
                year = int(periods[i][0][:4])
                if (r_role.col, year) not in month_of:
                    month_of[(r_role.col, year)] = _column_meaning(view, r_role, year)[0]
                p = month_of[(r_role.col, year)]
                ps, pe, pl = (p.start, p.end, p.label) if p else periods[i]
            elif (
                period is not None
                and row_months is not None
                and not total_rows[i]
                and layout.is_year(layout.cell_text(r_role.header))
                and (
                    month := _period_of(
                        period.start[:4], row_months[i], None, None, None, "year", None
                    )
                )[0]
            ):  # "Enero" down, "2022" across: January 2022
                ps, pe, pl = month
            elif period is not None and row_months is not None and total_rows[i]:
                # the Total row of a year's column: the months listed, the year when all are
                ps, pe, pl = _months_span(period.start[:4], row_months, total_rows) or (
                    period.start,
                    period.end,
                    period.label,
                )
            elif period is not None:
                ps, pe, pl = period.start, period.end, period.label
            else:
                ps, pe, pl = periods[i]
            unit, kind = _unit_kind(view, r_role, measure_named, parsed.percent, ind_id)
            activity = act_values[i] if act_values is not None and not total_rows[i] else ""
            is_total = col_total or total_rows[i]
            # periods down ("Mes"): a total row is the total of its own period's rows only
            dated = f"|{periods[i][0]}|{periods[i][1]}" if period is None else ""
            group = f"c{r_role.col}{dated}" if by_column or not has_total_col else f"r{r}"
            link = (
                not total_rows[i] and not col_total
                if by_column
                else (has_total_col and not col_total)
            )
            cross = ""
            if r_role.kind in {"rate", "percentage"} and not col_total:
                group, link, is_total, both_here = "", False, False, False  # a rate adds to nothing
            else:
                both_here = both
            # a row total is a part of the Total column, a column total of the Total row
            if both_here:
                is_total = total_rows[i] if by_column else col_total
                link = not is_total
                cross = _cross_key(r, r_role.col, by_column, total_rows[i], col_total)
                within = upper.get(r_role.col) or banner_totals.get(r_role.col) or []
                if by_column and within:  # each cause's sexes add up to that cause's total
                    cross = cross.replace(f"x{r}", f"x{r}|" + "|".join(v for _, v in within))
            if in_group:  # "eneUrb" ... "dicUrb" add up to "totalUrbano", not to the row's total
                group, cross = f"r{r}|{in_group}", ""
                is_total = r_role.header in grouped.totals
                link = r_role.header in grouped.months
                if r_role.header in grouped.unknown:
                    group = ""
            if (col_total or in_group) and r_role.header not in grouped.months and i in filled:
                ps, pe = filled[i]  # 2026's total of the four months it has
                pl = f"{ps[:7]}/{pe[:7]}"
            seen[(ind_id, ind_label, place.key, ps, pe, dim, value, activity)] += 1
            records.append(_record(
                view, **_place_fields(place), row=r, col=r_role.col, raw=raw[i], indicator_id=ind_id,
                indicator_label=ind_label, period_start=ps, period_end=pe, period_label=pl,
                breakdown_dimension=dim, breakdown_value=value, activity=activity[:200], unit=unit,
                value_kind=kind, method="table.wide", confidence=0.8, is_total=is_total,
                group_key=group, link_parent=link, cross_key=cross,
                source_text=" | ".join(x for x in (row_labels[i], layout.cell_text(r_role.header)) if x)[:300],
            ))  # fmt: skip
    if skipped:
        view.ctx.issues.append(issue(
            "table-columns-derived", Severity.INFO, source_file=view.ctx.display,
            sheet=view.sheet or view.ctx.display,
            columns=", ".join(r.header or col_letter(r.col) for r in skipped)[:200],
        ))  # fmt: skip
    _warn_collapse(view, seen, len(records))
    return records


_GENERIC_SHEET = re.compile(r"^(?:hoja|sheet|tabla|table|cuadro|datos|data)\s*\d*$")


def _offences_disagree(view: TableView, ind_id: str) -> bool:
    """Does a register's column of offences hold, beside cases of the indicator its title
    gave (SubDelito "FEMICIDIO"), cases of another offence ("VIOLENCIA DOMÉSTICA", homicides
    of men among them)? Then its title names a part of its rows, and neither its total nor
    its other offences' counts are that indicator's."""
    book = view.ctx.codebook
    if ind_id == book.unclassified.id:
        return False
    for col in view.of("category"):
        if col.kind not in view.lex.offence_dimensions:
            continue
        values = {
            v for v in dict.fromkeys(view.text(col.col))
            if v and fold(v) not in view.lex.unknown_values
            and not any_match(view.lex.total_rows, fold(v))
        }  # fmt: skip
        ids = {book.classify(v).id for v in values}
        if ind_id in ids and len(ids) > 1:
            return True
    return False


def _not_all_gender_violence(view: TableView) -> bool:
    """Does a register say, row by row, whether each case is gender violence
    ("VIOLENCIA_DE_GENERO": si / no), and answer no on some rows? Then its rows are not all
    cases of gender violence."""
    lex = view.lex
    for col in view.of("category"):
        if not any_match(lex.gender_violence_flags, layout.fold_label(col.header)):
            continue
        answers = {fold(v).strip() for v in view.text(col.col) if v}
        if answers & lex.negative_values and answers <= (
            lex.boolean_values | lex.unknown_values | lex.not_applicable_values
        ):
            return True
    return False


def _file_words(view: TableView) -> str:
    """A file's name as words ("ec registro muertes violentas codificado 2014 2024")."""
    name = view.ctx.display.replace("\\", "/").rsplit("/", 1)[-1]
    return " ".join(name.rsplit(".", 1)[0].replace("_", " ").split())[:200]


def _sheet_label(view: TableView) -> str:
    """What a table's own title, else its sheet's name, calls its numbers: "" when neither
    has a word ("Hoja1", "Sheet 2", a CSV's file) or the title names a period alone."""
    for text in (str(view.table.title or "").strip(), view.sheet.strip()):
        words = fold(text)
        if not text or _GENERIC_SHEET.match(words) or not re.search(r"[a-z]{3}", words):
            continue
        if layout.header_period(text, None) is not None or layout.is_year(text):
            continue
        return text[:200]
    return ""


def _series_down(
    view: TableView,
    cats: list[ColumnRole],
    activities: list[ColumnRole],
    indicator_cols: list[ColumnRole],
    value_cols: list[ColumnRole],
    meanings: dict[int, tuple[Period | None, str, bool]],
) -> ColumnRole | None:
    """A wide table's one text column under a header that names no dimension ("tipo"), whose
    values ("Asma", "Depresión", "Obesidad") each head one row of each year, under columns
    that say nothing but their period ("tipo | year | 18 | 17 | ... | 1": a bulletin's weeks):
    each row is a series of its own, and its value names what the row counts, never a
    breakdown of one count the table's title, sheet or file name would give (none does:
    the table's indicator is unknown). No total row among them."""
    if indicator_cols or activities or len(cats) != 1 or not value_cols:
        return None
    col = cats[0]
    if col.kind not in {"tipo", "categoria"} or len(layout.fold_label(col.header).split()) != 1:
        return None
    if any(meanings[r.col][0] is None or meanings[r.col][1] for r in value_cols):
        return None  # a column naming something beside its period
    book = view.ctx.codebook
    if _indicator(view, "")[0] != book.unclassified.id:
        return None
    texts = view.text(col.col)
    values = {v for v in texts if v}
    if len(values) < 2 or any(any_match(view.lex.total_rows, fold(v)) for v in values):
        return None
    periods, _ = row_periods(view, register=False)
    keys = list(zip(texts, periods, strict=True))
    if len(set(keys)) != len(keys):
        return None  # a value on two rows of one period: a breakdown of something else
    return col


def _months_in_row_years(
    view: TableView,
    value_cols: list[ColumnRole],
    meanings: dict[int, tuple[Period | None, str, bool]],
) -> set[int]:
    """Value columns headed by a month alone ("Enero" ... "Diciembre") in a table whose rows
    say their year ("Año" down): each takes its row's year. Empty when a header names a year
    itself (then the headers date the columns)."""
    if not view.of("period", "year") or any(_YEAR_IN.search(r.header) for r in value_cols):
        return set()
    return {
        r.col
        for r in value_cols
        if (found := meanings[r.col][0]) is not None
        and not meanings[r.col][2]  # a total
        and not (found.start[5:7] == "01" and found.end[5:7] == "12")  # a whole year
    }


def _one_year(period: tuple[str, str, str]) -> bool:
    start, end, _ = period
    return bool(start) and start[:4] == end[:4]


def _cross_key(row: int, col: int, by_column: bool, total_row: bool, total_col: bool) -> str:
    """The other total's group of a cell, in a table with a total row and a total column.

    The first link (``group_key``) goes to the column's total when the columns are periods
    or sexes (``by_column``), else to the row's; this key names the other one: the row when
    the first is the column, the column when it is the row. The total of the group carries
    the key with ``*`` (the Total column's cell of that row, or the Total row's cell of that
    column)."""
    if by_column:
        return f"x{row}*" if total_col else f"x{row}"
    return f"y{col}*" if total_row else f"y{col}"


def _column_places(
    view: TableView,
    value_cols: list[ColumnRole],
    meanings: dict[int, tuple[Period | None, str, bool]],
) -> dict[int, RowPlace]:
    """Places across: columns headed "Salta | Jujuy | ..." give each value its place."""
    if not view.country or view.of("place"):
        return {}
    found: dict[int, RowPlace] = {}
    for r in value_cols:
        rest = meanings[r.col][1]
        place = view.resolver.admin1(rest) if rest and not meanings[r.col][2] else None
        if place is not None:
            found[r.col] = RowPlace(place.country, place.admin1)
    named = [r for r in value_cols if meanings[r.col][1] and not meanings[r.col][2]]
    return found if named and len(found) >= 0.6 * len(named) else {}


def _totals_of_something_else(
    view: TableView,
    value_cols: list[ColumnRole],
    total_rows: list[bool],
    periods: list[tuple[str, str, str]],
) -> set[int]:
    """Rows labelled as totals that are not the sum of the rows above them.

    With two "Total ..." rows ("Total de incidentes", "Total de víctimas mujeres"), only one
    can add up the parts; a total row whose numbers differ from the sum of the other rows
    in some column counts something else and is its own indicator, not a total. Rows of
    different periods (a "Mes" column down, a "NACIONAL" row in each month) are compared
    within their own period: each month's total row is that month's total.
    """
    from genero_etl.tabular.ingest import parse_cell

    by_period: dict[tuple[str, str], list[int]] = {}
    for i, t in enumerate(total_rows):
        by_period.setdefault(periods[i][:2], []).append(i) if t else None
    if not any(len(m) > 1 for m in by_period.values()):
        return set()
    summed = [r for r in value_cols if r.kind not in {"rate", "percentage"}] or value_cols
    columns = [[parse_cell(v, view.ctx.convention).value for v in view.data[r.col]] for r in summed]
    out: set[int] = set()
    for key, marked in by_period.items():
        if len(marked) < 2:
            continue
        gap = dict.fromkeys(marked, 0.0)
        for cells in columns:
            parts = sum(
                v
                for j, v in enumerate(cells)
                if not total_rows[j] and v is not None and periods[j][:2] == key
            )
            for i in marked:
                cell = cells[i]
                gap[i] += abs(parts - float(cell)) if cell is not None else 0.0
        best = min(gap.values())
        out |= {i for i in marked if gap[i] > best + 0.5}  # the closest one is the total
    return out


def _columns_across(
    view: TableView,
    value_cols: list[ColumnRole],
    meanings: dict[int, tuple[Period | None, str, bool]],
) -> dict[int, tuple[str, str]]:
    """Columns that are the values of one breakdown ("Mujeres víctimas | Masculino | Desconocido").

    Where a column is headed by a value of a dimension (``category_values``: "Masculino"),
    its siblings belong to that dimension too: one whose header names a value among other
    words ("Cantidad de mujeres víctimas") takes that value, one headed by an unknown
    ("Desconocido", "No indica") is the dimension's unknown. Totals are left alone.

    A dimension whose values no list holds whole (the circumstances of a death: "Pasional",
    "Riña" ... and whatever else an office counts apart) is one only when its known values
    head at least three columns and half the columns: then every other count column beside
    them is one of its values, as written ("Violación Sexual", "Sicariato / Drogas").
    """
    lex = view.lex
    named: dict[int, str] = {}
    for r in value_cols:
        rest = meanings[r.col][1]
        if rest and not meanings[r.col][2]:
            named[r.col] = " ".join(fold(rest).replace("_", " ").split())  # "paciente_mujer"
    exact = {
        c: d for c, h in named.items() for d, words in lex.category_values.items() if h in words
    }
    open_exact = {  # "Pasional | Riña": values known only as headers across
        c: d for c, h in named.items() for d, words in lex.headers_across.items() if h in words
    }
    opened = _open_columns_across(view, value_cols, meanings, named, exact, open_exact)
    if opened:
        return opened
    shaped = {  # "18-29 | 30-59 | 60 o más": age groups by their shape
        c: d
        for c, h in named.items()
        for d, shapes in lex.category_shapes.items()
        if c not in exact and any_match(shapes, h)
    }
    if len(shaped) >= 2:
        exact.update(shaped)

    def inside(h: str, words: frozenset[str]) -> list[str]:
        hits = [w for w in words if re.search(rf"\b{re.escape(w)}\b", h)]
        return [w for w in hits if not any(w != o and w in o for o in hits)]  # the longest

    inner = {
        d: [c for c, h in named.items() if c not in exact and len(inside(h, words)) == 1]
        for d, words in lex.category_values.items()
    }
    dims = set(exact.values()) | {d for d, cols in inner.items() if len(cols) >= 2}
    if len(dims) != 1:
        return {}  # no dimension, or several: the headers are read one by one
    dim = dims.pop()
    words = lex.category_values[dim]
    found: dict[int, tuple[str, str]] = {c: (dim, meanings[c][1].strip()) for c in exact}
    for c, h in named.items():
        if c in found:
            continue
        hits = inside(h, words)
        if h in lex.unknown_values or (not hits and _unknown_inside(h, lex)):
            found[c] = (dim, UNKNOWN)  # "Desconocido", "paciente sexo no esp"
        elif len(hits) == 1:
            found[c] = (dim, hits[0])
    # a breakdown across has several values: columns that all take one and the same
    # ("Listas encabezadas por mujeres | Listas competitivas encabezadas por mujeres") are
    # measures of that value's people, each named by its header, not a breakdown's columns
    # (of one period: "Enero mujeres | Febrero mujeres" is one value month by month)
    values = {v for _, v in found.values() if v != UNKNOWN}
    taken = Counter((meanings[c][0], v) for c, (_, v) in found.items() if v != UNKNOWN)
    if len(values) == 1 and max(taken.values()) > 1:
        return {}
    return found


def _open_columns_across(
    view: TableView,
    value_cols: list[ColumnRole],
    meanings: dict[int, tuple[Period | None, str, bool]],
    named: dict[int, str],
    exact: dict[int, str],
    known: dict[int, str],
) -> dict[int, tuple[str, str]]:
    """The columns of a dimension known by some of its values only (``_columns_across``,
    roles.yaml ``headers_across``): its known values head three columns at least and half
    the named ones, no other dimension's value (``category_values``) heads any; the other
    count columns are its values as written."""
    lex = view.lex
    if not known or exact or len(set(known.values())) != 1:
        return {}
    dim = next(iter(known.values()))
    counts = {
        r.col
        for r in value_cols
        if r.col in named
        and r.kind not in {"rate", "percentage"}
        and not any_match(lex.total_columns, named[r.col])
        and meanings[r.col][0] is None
    }
    if len(known) < 3 or 2 * len(known) < len(counts) or not set(known) <= counts:
        return {}
    return {
        c: (dim, UNKNOWN if named[c] in lex.unknown_values else meanings[c][1].strip())
        for c in sorted(counts)
    }


def _unknown_inside(header: str, lex: RoleLexicon) -> bool:
    """A header ending in an unknown of several words ("paciente sexo no esp")."""
    return any(" " in w and re.search(rf"\b{re.escape(w)}$", header) for w in lex.unknown_values)


def _header_categories(view: TableView, col: int, skip: str) -> list[tuple[str, str]]:
    """The breakdown values written in a column's other header rows ("18 a 29 años" over
    "Mujer"), known by their shape or as a dimension's value; ``skip``: the across one."""
    lex = view.lex
    out: list[tuple[str, str]] = []
    parts = view.table.parts.get(col, [])
    for part in parts:
        folded = fold(part)
        dim = next(
            (d for d, shapes in lex.category_shapes.items() if any_match(shapes, folded)), ""
        )
        dim = dim or next((d for d, words in lex.category_values.items() if folded in words), "")
        if dim and dim != skip and dim not in {d for d, _ in out}:
            out.append((dim, part.strip()))
    out.extend(
        (dim, value)
        for dim, value in _banner_values(lex, parts)
        if dim != skip and dim not in {d for d, _ in out}
    )
    return out


def _banner_values(lex: RoleLexicon, parts: list[str]) -> list[tuple[str, str]]:
    """A value named under a banner that names its dimension, above the column's own label:
    "Causa de muerte" over "Asfixia" over "Mujer" is the cause Asfixia (and a sex, read
    apart). A total under the banner ("Causa de muerte | Total | Mujer") is no value."""
    out: list[tuple[str, str]] = []
    for k in range(len(parts) - 2):
        banner, below = layout.fold_label(parts[k]), layout.fold_label(parts[k + 1])
        if not below or any_match(lex.total_columns, below) or any_match(lex.total_rows, below):
            continue
        for dim, patterns in lex.category.items():
            if any_match(patterns, banner) and not any_match(patterns, below):
                out.append((dim, parts[k + 1].strip()))
                break
    return out


def _across_measure_names(
    measures: list[ColumnRole], across: dict[int, tuple[str, str]]
) -> dict[int, str]:
    """What each measure counts when the breakdown's value is taken out of its header:
    "Víctimas: Mujeres | Víctimas: Hombres | Ofensores: Mujeres" count victims and offenders.

    Only when two different things are counted; "Cantidad de mujeres víctimas | Masculino"
    is one indicator broken down by sex.
    """
    names: dict[int, str] = {}
    for m in measures:
        if m.col in across and across[m.col][1] != UNKNOWN:
            rest = _without_words(layout.cell_text(m.header), across[m.col][1])
            if rest:
                names[m.col] = rest
    return names if len({fold(n) for n in names.values()}) >= 2 else {}


def _without_words(header: str, value: str) -> str:
    """The header with the words of a breakdown value removed ('Víctimas: Mujeres' -> 'Víctimas')."""
    tokens = list(re.finditer(r"\w+", header))
    target = fold(value).split()
    folded = [fold(t.group()) for t in tokens]
    for i in range(len(tokens) - len(target) + 1):
        if target and folded[i : i + len(target)] == target:
            start, end = tokens[i].start(), tokens[i + len(target) - 1].end()
            return (header[:start] + " " + header[end:]).strip(" :-|/,.;()").strip()
    return ""


def dimension_of(lex: RoleLexicon, header: str) -> str:
    """The breakdown a column header names by its value ("Mujeres" is a sex), else 'categoria'."""
    folded = fold(header)
    shaped = next((d for d, shapes in lex.category_shapes.items() if any_match(shapes, folded)), "")
    return shaped or next(
        (dim for dim, words in lex.category_values.items() if folded in words), "categoria"
    )


def is_analysis_sheet(grid: Grid, lex: RoleLexicon) -> str:
    """A sheet of statistics (mean, variance, cumulative frequency): the caption, '' otherwise.
    Not a table whose one statistic's word is the header of its only column of numbers, the
    publisher's own measure ("Año | Sexo | Tipo | Promedio": the year's average of persons in
    a programme), read as an average (the lexicon's ``measure.average``)."""
    caption = _caption(grid, lex.analysis, skip=_a_row_label)
    if caption and (_average_is_the_measure(grid, lex) or _statistics_beside_counts(grid, lex)):
        return ""
    return caption


def _statistics_beside_counts(grid: Grid, lex: RoleLexicon) -> bool:
    """Every statistic's word of the sheet heads a column of one header row, beside a total's
    column and more columns of counts than of statistics ("anio | totalUrbYRur | totalUrbano |
    promedioMensualUrbano | medianaUrbana | eneUrb | ... | dicRur": each year's months and
    totals, with their average and median): a summary of counts whose statistics are derived
    columns (roles.yaml ``derived``), never a sheet of statistics ("Variable | Media | Mediana
    | Mínimo | Máximo" has no total)."""
    frame = grid.frame
    words = {
        (r, c)
        for r in range(len(frame))
        for c, v in enumerate(frame.iloc[r].tolist())
        if isinstance(v, str) and v.strip() and any_match(lex.analysis, layout.fold_label(v))
    }
    rows = {r for r, _ in words}
    if len(rows) != 1:
        return False
    (r,) = rows
    counts, total = 0, False
    for c, v in enumerate(frame.iloc[r].tolist()):
        if (r, c) in words or not (isinstance(v, str) and v.strip()):
            continue
        numbers = [_plain_number(x) for x in frame.iloc[r + 1 :, c].tolist()]
        if not any(n is not None and n not in _YEAR_LIKE for n in numbers):
            continue
        counts += 1
        total = total or any_match(lex.total_columns, layout.fold_label(v))
    return total and counts > len(words)


def _a_row_label(grid: Grid, r: int, c: int, patterns: tuple[re.Pattern[str], ...]) -> bool:
    """The cell names one row of a long table, not the sheet: its column holds ten or more
    distinct texts, fewer than half of them a statistic's ("Descripcion": 'Han estado casadas o
    unidas', 'Egresos hospitalarios por abuso sexual' ... 'Edad promedio de la primera relación
    sexual'), and most rows it names hold a number that is no year (each indicator's value;
    a row's value may be empty). A sheet of statistics names them in its title or headers, or
    lists mostly statistics in its labels."""
    frame = grid.frame
    labels = [
        i for i, v in enumerate(frame.iloc[:, c].tolist()) if isinstance(v, str) and v.strip()
    ]
    texts = {str(frame.iat[i, c]).strip() for i in labels}
    if len(texts) < 10:
        return False
    named = sum(1 for v in texts if any_match(patterns, layout.fold_label(v)))
    if named * 2 >= len(texts):
        return False
    valued = sum(
        1
        for i in labels
        if any(
            (n := _plain_number(v)) is not None and n not in _YEAR_LIKE
            for j, v in enumerate(frame.iloc[i].tolist())
            if j != c
        )
    )
    return valued * 2 > len(labels)


def _average_is_the_measure(grid: Grid, lex: RoleLexicon) -> bool:
    """One cell of the sheet names a statistic, an average's header alone in its row over a
    column of numbers, and no other column holds numbers but years."""
    frame = grid.frame
    words = [
        (r, c)
        for r in range(len(frame))
        for c, v in enumerate(frame.iloc[r].tolist())
        if isinstance(v, str) and v.strip() and any_match(lex.analysis, layout.fold_label(v))
    ]
    if len(words) != 1:
        return False
    r, c = words[0]
    if not any_match(lex.measure.get("average", ()), layout.fold_label(str(frame.iat[r, c]))):
        return False
    below = [_plain_number(v) for v in frame.iloc[r + 1 :, c].tolist()]
    if sum(n is not None for n in below) < 2:
        return False
    for other in range(frame.shape[1]):
        if other == c:
            continue
        numbers = [_plain_number(v) for v in frame.iloc[r + 1 :, other].tolist()]
        if any(n is not None and not (int(n) == n and 1900 <= n <= 2100) for n in numbers):
            return False
    return True


def pivot_caption(grid: Grid, lex: RoleLexicon) -> str:
    """A pivot table ("Etiquetas de fila", "Cuenta de ..."): the caption, '' otherwise."""
    return _caption(grid, lex.pivot)


def contents_caption(grid: Grid, lex: RoleLexicon) -> str:
    """A workbook's table of contents ("Índice" over each table's number and title): the
    caption, '' otherwise. Its only numbers are the tables' own (1, 2, 3...) and years (when
    each year's data arrived): none of them counts anything."""
    caption = _caption(grid, lex.contents)
    if not caption:
        return ""
    numbers = [n for v in grid.frame.to_numpy().ravel() if (n := _plain_number(v)) is not None]
    if any(n != int(n) for n in numbers):
        return ""
    enumerated = sorted(int(n) for n in numbers if not 1900 <= n <= 2100)
    return caption if enumerated == list(range(1, len(enumerated) + 1)) else ""


def _plain_number(value: Any) -> float | None:
    """A cell's number as the workbook stores it (a number, or digits written as text)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return None if value != value else float(value)  # NaN: a blank cell
    if isinstance(value, str) and re.fullmatch(r"\s*\d+(?:\.\d+)?\s*", value):
        return float(value)
    return None


_YEAR_LIKE = range(1900, 2101)


def copied_sheets(grids: list[Grid]) -> dict[str, str]:
    """Sheets that only repeat another sheet's numbers (a chart's data, a copy without the
    titles or the totals): sheet -> the sheet it repeats.

    Each row is known by its first text cell ("     Arma de fuego" and "Arma de fuego" are
    one label). A sheet repeats another when every number of each of its labelled rows is
    among the numbers of the other's row of the same label, and the other holds more numbers
    (or as many, and comes first). Years are left out of both sides: a header of years
    written "2022⅟" in one sheet and 2022 in the other is the same header. A sheet of fewer
    than four numbers is never called a copy. A sheet that repeats no one sheet may repeat
    the others together: every number of each of its labelled rows among the numbers of the
    rows of that label in all the other sheets (a summary sheet of each sheet's totals side by
    side); it is then a copy of those holding its rows."""
    if len(grids) < 2:  # a sheet alone repeats nothing (and a register's rows are not read)
        return {}
    rows = {g.name: _labelled_numbers(g) for g in grids}
    sizes = {name: sum(sum(c.values()) for c in by.values()) for name, by in rows.items()}
    order = {g.name: i for i, g in enumerate(grids)}
    copies: dict[str, str] = {}
    for name, own in rows.items():
        if sizes[name] < 4:
            continue
        for other, theirs in rows.items():
            if other == name or other in copies:
                continue
            bigger = sizes[other] > sizes[name] or (
                sizes[other] == sizes[name] and order[other] < order[name]
            )
            if bigger and all(not (c - theirs.get(label, Counter())) for label, c in own.items()):
                copies[name] = other
                break
        if name in copies:
            continue
        # a summary sheet ("Totales": each of "Ingresos", "Personas atendidas", "Atenciones"'s
        # Total column side by side): each row's numbers among the same row's of the others
        others = [o for o in rows if o != name and o not in copies]
        if len(others) < 2 or sum(sizes[o] for o in others) <= sizes[name]:
            continue
        together: dict[str, Counter[float]] = {}
        for other in others:
            for label, c in rows[other].items():
                together.setdefault(label, Counter()).update(c)
        if all(not (c - together.get(label, Counter())) for label, c in own.items()):
            copies[name] = ", ".join(o for o in others if set(rows[o]) & set(own))
    return copies


def value_list_sheets(grids: list[Grid]) -> dict[str, str]:
    """Sheets that list the values another sheet's columns may take (a register's
    "Listados de Validación": the register's own headers over each column's allowed
    values, every value once): sheet -> the sheet whose values it lists. Nothing in such a
    sheet counts anything; its numbers are codes ("67bis", "90": articles of a law).

    A sheet lists values when its header row (its first filled row) writes at least
    ``VALUE_LIST_MIN_HEADERS`` of the other sheet's headers, at least half of its own, and
    in nearly every column of two values or more no value repeats; the other sheet holds
    more rows."""
    return _sheets_serving(grids, lambda grid, _known: _values_listed(grid))


def field_list_sheets(grids: list[Grid]) -> dict[str, str]:
    """Sheets that list the fields of another sheet's register (a definitions sheet,
    "Campos": one row per year, the year first and that year's field names across, "Fecha |
    Lugar | Región | Nombre Víctima ..."): sheet -> the sheet whose fields it lists. Nothing
    in such a sheet counts anything: read as a register it would count one case a year.

    A sheet lists fields when its header row (its first filled row) writes at least
    ``VALUE_LIST_MIN_HEADERS`` of a longer sheet's headers, at least half of its own, it has
    two rows or more below it, and at least ``FIELD_LIST_SHARE`` of the words under its
    header are themselves headers of a sheet of the book (its own or another's): the rows
    are field names, not records."""
    return _sheets_serving(grids, _names_fields)


def _sheets_serving(
    grids: list[Grid], lists_for: Callable[[Grid, set[str]], bool]
) -> dict[str, str]:
    """Sheets whose header row writes a longer sheet's headers (``_serves``) and whose rows
    ``lists_for`` says list something of it (given every header of the book): sheet -> the
    sheet it serves."""
    if len(grids) < 2:
        return {}
    headers = {g.name: _header_labels(g) for g in grids}
    known: set[str] = set().union(*(set(h) for h in headers.values()))
    lists: dict[str, str] = {}
    for grid in grids:
        own = headers[grid.name]
        if len(own) < VALUE_LIST_MIN_HEADERS:
            continue
        served = next((o.name for o in grids if _serves(grid, own, o, headers[o.name])), None)
        # the rows are read only for a sheet that shares its headers with a longer one
        if served is not None and lists_for(grid, known):
            lists[grid.name] = served
    return lists


def repeated_row_sheets(grids: list[Grid]) -> dict[str, str]:
    """Sheets whose rows are all rows of another sheet of the book (a year's register, "FEMICIDIOS
    2010", beside the list of every year's victims that holds its 65 rows again): sheet -> the
    sheet that holds them. Read twice, each case would be counted twice.

    The two sheets' header rows (their first filled rows) share at least
    ``REPEAT_MIN_SHARED`` labels; each row of the sheet, read in those shared columns, is
    found in the other (as often as it is written), the rows so read tell the sheet's rows
    apart (nearly all distinct: the shared columns are a record's, not a few categories'), and
    there are at least ``REPEAT_MIN_ROWS`` of them. The other holds more rows, or as many and
    comes first."""
    if len(grids) < 2:
        return {}
    order = {g.name: i for i, g in enumerate(grids)}
    heads = {g.name: _header_columns(g) for g in grids}
    repeated: dict[str, str] = {}
    for grid in grids:
        start, own = heads[grid.name]
        if len(own) < REPEAT_MIN_SHARED:
            continue
        for other in grids:
            if other.name == grid.name or other.name in repeated:
                continue
            o_start, theirs = heads[other.name]
            shared = [label for label in own if label in theirs]
            if len(shared) < REPEAT_MIN_SHARED:
                continue
            mine = _rows_in(grid, start, [own[label] for label in shared])
            if len(mine) < REPEAT_MIN_ROWS or len(set(mine)) < REPEAT_DISTINCT * len(mine):
                continue
            found = Counter(_rows_in(other, o_start, [theirs[label] for label in shared]))
            bigger = sum(found.values()) > len(mine) or (
                sum(found.values()) == len(mine) and order[other.name] < order[grid.name]
            )
            if bigger and not (Counter(mine) - found):
                repeated[grid.name] = other.name
                break
    return repeated


REPEAT_MIN_SHARED = 4  # header labels two sheets share for their rows to be compared
REPEAT_MIN_ROWS = 5  # rows a sheet has for it to be called a repetition
REPEAT_DISTINCT = 0.9  # of its rows read in the shared columns, the distinct ones


def _header_columns(grid: Grid) -> tuple[int, dict[str, int]]:
    """A sheet's first filled row (its position) and its folded text labels, each at its first
    column."""
    for i, row in enumerate(grid.frame.itertuples(index=False)):
        if all(layout.is_blank(v) for v in row):
            continue
        labels: dict[str, int] = {}
        for c, v in enumerate(row):
            if isinstance(v, str) and v.strip():
                labels.setdefault(layout.fold_label(v), c)
        return i, labels
    return 0, {}


def _rows_in(grid: Grid, start: int, cols: list[int]) -> list[tuple[str, ...]]:
    """The rows under ``start`` as the texts of ``cols``, those with two filled cells or more."""
    out = []
    for row in grid.frame.iloc[start + 1 :, cols].itertuples(index=False):
        texts = tuple(" ".join(fold(layout.cell_text(v)).split()) for v in row)
        if sum(1 for t in texts if t) >= 2:
            out.append(texts)
    return out


FIELD_LIST_SHARE = 0.6  # of the words under a field list's header, those that are headers


def _names_fields(grid: Grid, known: set[str]) -> bool:
    """Two rows or more under the first filled row, most of whose words are headers."""
    start = next(
        (i for i, row in enumerate(grid.frame.itertuples(index=False))
         if any(not layout.is_blank(v) for v in row)),
        None,
    )  # fmt: skip
    if start is None:
        return False
    rows = words = headers = 0
    for row in grid.frame.iloc[start + 1 :].itertuples(index=False):
        texts = [layout.fold_label(v) for v in row if isinstance(v, str) and v.strip()]
        texts = [t for t in texts if t and not layout.is_number(t)]
        rows += bool(texts)
        words += len(texts)
        headers += sum(1 for t in texts if t in known)
    return rows >= 2 and words > 0 and headers >= FIELD_LIST_SHARE * words


def _serves(grid: Grid, own: list[str], other: Grid, theirs: list[str]) -> bool:
    """``other`` is longer than ``grid`` and writes enough of its headers."""
    if other.name == grid.name or len(other.frame) <= len(grid.frame):
        return False
    shared = len(set(own) & set(theirs))
    return shared >= VALUE_LIST_MIN_HEADERS and 2 * shared >= len(set(own))


VALUE_LIST_MIN_HEADERS = 5  # headers a list of values shares with the sheet it serves
VALUE_LIST_SHARE = 0.9  # of its columns of two values or more, those of distinct values
VALUE_LIST_WORDS = 0.6  # of its filled cells, those that are words, not numbers
VALUE_LIST_RAGGED = 3  # distinct lengths of its columns (lists end where they end)
VALUE_LIST_DISTINCT = 0.75  # a column's distinct values of all its values (lists side by side
# repeat a value where one list follows another: a conduct under each of its articles)


def _header_labels(grid: Grid) -> list[str]:
    """The folded labels of a sheet's first filled row."""
    for row in grid.frame.itertuples(index=False):
        labels = [layout.fold_label(v) for v in row if isinstance(v, str) and v.strip()]
        if labels:
            return labels
        if any(not layout.is_blank(v) for v in row):
            return []
    return []


def value_list_bands(grid: Grid) -> list[tuple[int, int]]:
    """Bands of a sheet's columns, apart from the columns before them (one or more columns
    empty over every row between), that are the lists a register's drop-down cells choose
    from, kept beside the register (the Red Chilena's 2024 sheets: "Regiones" | "Comunas" |
    ... | "Nacionalidad" in AS:BE, each list's first item in the register's header row, the
    lists down to row 335 under a register of 51 rows): first and last column of each. A
    band is such lists when, read from its first filled row, it is lists as a sheet of them
    is (``_values_listed``: distinct words down each column, the columns of different
    lengths), of three columns or more. Nothing in them is a case nor a header of the
    register: ``tabular/ingest.py`` reads the sheet without them. The first band is never
    one (the register it serves comes first), nor any band of a sheet too long to cut."""
    frame = grid.frame
    if len(frame) > layout.FULL_SCAN or frame.shape[1] < 5:
        return []
    bands: list[tuple[int, int]] = []
    for c in frame.columns:
        if not any(not layout.is_blank(v) for v in frame[c].dropna().tolist()):
            continue
        col = int(str(c))
        if bands and col == bands[-1][1] + 1:
            bands[-1] = (bands[-1][0], col)
        else:
            bands.append((col, col))
    out: list[tuple[int, int]] = []
    for first, last in bands[1:]:
        if last - first + 1 < VALUE_LIST_MIN_COLUMNS:
            continue
        band = frame.loc[:, [c for c in frame.columns if first <= int(str(c)) <= last]]
        filled = [r for r in range(len(band)) if any(not layout.is_blank(v) for v in band.iloc[r])]
        if filled and _lists_in(band.iloc[filled[0] :]):
            out.append((first, last))
    return out


VALUE_LIST_MIN_COLUMNS = 3  # columns of a band of lists beside a register


def _values_listed(grid: Grid) -> bool:
    """Nearly every column of two values or more under the first row holds distinct values
    (a value written twice where lists side by side follow one another aside), most of them
    words, and the columns end at different rows (each list as long as it is): a table of
    records, however few, has its rows filled across."""
    return _lists_in(grid.frame)


def _lists_in(whole: pd.DataFrame) -> bool:
    """``_values_listed`` of a frame whose first row heads the lists."""
    frame = whole.iloc[1:]
    lists = 0
    columns = 0
    words = 0
    cells = 0
    lengths: set[int] = set()
    for col in frame.columns:
        values = [layout.fold_label(layout.cell_text(v)) for v in frame[col].tolist()]
        values = [v for v in values if v]
        lengths.add(len(values))
        cells += len(values)
        words += sum(1 for v in values if not layout.is_number(v))
        if len(values) < 2:
            continue
        columns += 1
        lists += len(set(values)) >= VALUE_LIST_DISTINCT * len(values)
    return (
        columns > 0
        and lists >= VALUE_LIST_SHARE * columns
        and words >= VALUE_LIST_WORDS * cells
        and len(lengths - {0}) >= VALUE_LIST_RAGGED
    )


def _labelled_numbers(grid: Grid) -> dict[str, Counter[float]]:
    out: dict[str, Counter[float]] = {}
    for row in grid.frame.itertuples(index=False):
        label = next(
            (
                layout.fold_label(v)
                for v in row
                if isinstance(v, str) and _plain_number(v) is None and v.strip()
            ),
            "",
        )
        numbers = [
            n
            for v in row
            if (n := _plain_number(v)) is not None and not (n == int(n) and int(n) in _YEAR_LIKE)
        ]
        if label and numbers:
            out.setdefault(label, Counter()).update(numbers)
    return out


def _caption(
    grid: Grid,
    patterns: tuple[re.Pattern[str], ...],
    skip: Callable[[Grid, int, int, tuple[re.Pattern[str], ...]], bool] | None = None,
) -> str:
    frame = grid.frame
    for r in range(min(len(frame), layout.HEAD_SCAN)):
        for c, v in enumerate(frame.iloc[r].tolist()):
            if isinstance(v, str) and v.strip() and any_match(patterns, layout.fold_label(v)):
                if skip is not None and skip(grid, r, c, patterns):
                    continue
                return v.strip()[:60]
    return ""


def sheet_locator(grid: Grid) -> str:
    return locator(grid.name, 0, 0)
