"""Domain rules in ``validate`` and publish gates: the check engine over validated tables.

The rule kinds are :mod:`genero_etl.checks.kinds` (one engine for ingest and validation);
here a :class:`~genero_etl.validate.checks.table.CheckedTable` is shown to them as a
:class:`~genero_etl.checks.engine.RuleTable` (typed values; cells with a type error count
as missing, they are the schema's to report) and each hit becomes a :class:`Finding` with
the rule's severity, message and hint. Rules of stage ``validate`` run here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.checks.engine import (
    KINDS,
    Rule,
    default_rules_dir,
    fill,
    load_rule_set,
    load_rules,
    rule_texts,
)
from genero_etl.checks.engine import run_rule as run_kind
from genero_etl.validate.checks.table import CheckedTable, canonical_text, key_codes
from genero_etl.validate.read import RowRef
from genero_etl.validate.report import Finding

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = [
    "KINDS",
    "Rule",
    "RuleContext",
    "default_rules_dir",
    "load_rule_set",
    "load_rules",
    "run_rule",
]


@dataclass(slots=True)
class RuleContext:
    """Where rules find reference data: the package's tables, shipped files."""

    tables: dict[str, CheckedTable]
    base_dirs: list[Path]  # searched in order for relative reference files


@dataclass(slots=True)
class CheckedView:
    """A checked table as the rule kinds see it."""

    table: CheckedTable
    ctx: RuleContext

    @property
    def n_rows(self) -> int:
        return int(self.table.raw.n_rows)

    def has(self, name: str) -> bool:
        return name in self.table.typed

    def numeric(self, name: str) -> tuple[NDArray[np.float64], NDArray[np.bool_]] | None:
        import numpy as np

        col = self.table.typed.get(name)
        if col is None:
            return None
        ok = ~(col.missing | col.type_error)
        if isinstance(col.values, np.ndarray) and col.values.dtype.kind in "fiu":
            return np.asarray(col.values, dtype="float64"), ok
        return None

    def text(self, name: str) -> tuple[NDArray[Any], NDArray[np.bool_]] | None:
        col = self.table.typed.get(name)
        if col is None:
            return None
        return canonical_text(col), ~(col.missing | col.type_error)

    def truth(self, name: str) -> NDArray[np.bool_] | None:
        import numpy as np

        col = self.table.typed.get(name)
        if col is None:
            return None
        ok = ~(col.missing | col.type_error)
        if isinstance(col.values, np.ndarray) and col.values.dtype == bool:
            return np.asarray(ok & col.values, dtype=bool)
        text = self.text(name)
        assert text is not None
        return np.asarray(ok & (text[0] == "true"), dtype=bool)

    def key_codes(self, names: tuple[str, ...]) -> tuple[NDArray[np.int64], NDArray[np.bool_]]:
        found = key_codes(self.table, names)
        assert found is not None  # kinds ask only for fields the table has
        codes, all_none = found
        return codes, all_none

    def skipped(self) -> NDArray[np.bool_]:
        import numpy as np

        if self.table.blank is None:
            return np.zeros(self.n_rows, dtype=bool)
        return np.asarray(self.table.blank, dtype=bool)

    def cell(self, row: int, name: str) -> Any:
        return self.table.typed[name].raw[row].as_py()

    def written(self, name: str) -> Any:
        return self.table.typed[name].raw

    def earlier(self, rule_id: str) -> dict[tuple[str, ...], int] | None:
        return self.table.raw.earlier.get(rule_id) or None

    def row_number(self, row: int) -> int:
        number = int(self.table.raw.row_number(row))
        return RowRef(number) if self.table.raw.relative else number

    def other(self, name: str) -> CheckedView | None:
        table = self.ctx.tables.get(name)
        return CheckedView(table, self.ctx) if table is not None else None

    @property
    def base_dirs(self) -> list[Path]:
        return self.ctx.base_dirs


def run_rule(rule: Rule, table: CheckedTable, ctx: RuleContext) -> list[Finding]:
    """Apply one rule to one checked table: a finding per hit, in the kind's order.

    What every finding of the rule shares (the column numbers, the hint's templates) is
    worked out once, and each field's cells are taken for all its hits at once: a rule can
    find hundreds of thousands of rows (a key repeated across a national year's reports)."""
    if table.raw.n_rows == 0 or not table.typed:
        return []
    hits = list(run_kind(rule, CheckedView(table, ctx)))
    if not hits:
        return []
    columns: dict[str, int] = {}
    for number, f in enumerate(table.fields, start=1):
        columns.setdefault(f.name, number)  # the first field of a name, as ``list.index``
    cells = _cells(table, hits)
    hint_es = rule.hint.get("es", "")
    hint_en = rule.hint.get("en", hint_es)
    return [
        _finding(table, rule, hit, columns.get(hit.field), cell, hint_es, hint_en)
        for hit, cell in zip(hits, cells, strict=True)
    ]


def _cells(table: CheckedTable, hits: list[Any]) -> list[str | None]:
    """Each hit's cell as text ("" for an empty one; None for a field the table has not),
    the cells of one field taken together."""
    import pyarrow as pa

    by_field: dict[str, list[int]] = {}
    for at, hit in enumerate(hits):
        by_field.setdefault(hit.field, []).append(at)
    cells: list[str | None] = [None] * len(hits)
    for name, ats in by_field.items():
        col = table.typed.get(name)
        if col is None:
            continue
        rows = pa.array([hits[at].row for at in ats], type=pa.int64())
        for at, value in zip(ats, col.raw.take(rows).to_pylist(), strict=True):
            cells[at] = "" if value is None else str(value)
    return cells


def _finding(
    table: CheckedTable,
    rule: Rule,
    hit: Any,
    column: int | None,
    cell: str | None,
    hint_es: str,
    hint_en: str,
) -> Finding:
    index, column_name = hit.row, hit.field
    finding = Finding(
        code=rule.id,
        type=rule.kind,
        severity=rule.severity,
        file=table.raw.file,
        resource=table.name,
        sheet=table.raw.sheet,
        row=table.raw.row_number(index),
        line=table.raw.line_number(index),
        column=column,
        field=column_name,
        cell=cell,
    )
    values = {
        "row": RowRef(index + table.raw.first_row) if table.raw.relative else finding.row,
        "field": column_name,
        "cell": cell,
        **rule.message_params(hit.params),
    }
    detail, detail_en = rule_texts(rule, values)
    finding.params = {
        "detail": detail,
        "detail_en": detail_en,
        "hint_es": fill(hint_es, values),
        "hint_en": fill(hint_en, values),
    }
    return finding
