"""Checking one table against its Table Schema, with frictionless's error names and rows.

The order of decisions follows ``frictionless.table.Row``: missing values first, then
the type, then constraints only for cells that typed; a row whose every cell is blank
is reported once as ``blank-row`` and nothing else from its cells; unique, primary and
foreign keys are judged on typed values. Work is done on whole columns; Python runs
once per *error* to build its :class:`Finding`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from genero_etl.checks.arrays import duplicates, first_seen_codes
from genero_etl.validate.arrow import to_arrow
from genero_etl.validate.checks.types import TypedColumn, to_numeric, type_column, value_reader
from genero_etl.validate.read import RawTable
from genero_etl.validate.report import Finding
from genero_etl.validate.schema import FieldSpec, TableSchema

if TYPE_CHECKING:
    pass

# Sort order of findings within a row, as frictionless emits them.
_PHASE = {
    "cell": 0,
    "extra-cell": 1,
    "missing-cell": 2,
    "unique-error": 3,
    "primary-key": 4,
    "foreign-key": 5,
}
_BOUNDS = {
    "minimum": "ge",
    "maximum": "le",
    "exclusiveMinimum": "gt",
    "exclusiveMaximum": "lt",
}


@dataclass(slots=True)
class CheckedTable:
    """What later checks (foreign keys from other tables, domain rules) need of a table."""

    name: str
    raw: RawTable
    schema: TableSchema
    fields: list[FieldSpec]  # expected fields, by position
    typed: dict[str, TypedColumn] = field(default_factory=dict)
    findings: list[tuple[tuple[int, int, int], Finding]] = field(default_factory=list)
    blank: Any = None  # numpy bool per row

    def key_strings(self, names: tuple[str, ...]) -> tuple[Any, Any] | None:
        """Canonical text keys of the typed values of ``names`` and a mask of all-missing rows.

        Canonical means equal typed values give equal text (1, 1.0 and 1.00 all give "1"),
        so keys compare across tables whose columns are spelled differently.
        """
        import numpy as np

        if any(n not in self.typed for n in names):
            return None
        parts = []
        all_none = np.ones(self.raw.n_rows, dtype=bool)
        for name in names:
            col = self.typed[name]
            none = col.missing | col.type_error
            all_none &= none
            parts.append(np.where(none, "\x00", canonical_text(col)))
        if len(parts) == 1:
            return parts[0], all_none
        joined = parts[0].astype(object)
        for part in parts[1:]:
            joined = joined + "\x1f" + part.astype(object)
        return joined, all_none


def canonical_text(col: TypedColumn) -> Any:
    """Text of typed values, equal for equal values (see :meth:`CheckedTable.key_strings`)."""
    import json

    import numpy as np

    t = col.field.type
    values = col.values
    if t == "any" or (t == "string" and col.field.format == "default"):
        return np.asarray(values.fill_null("").to_numpy(zero_copy_only=False), dtype=object)
    if t in ("integer", "number", "year", "date"):
        arr = np.asarray(values, dtype="float64") if t != "integer" else values
        if t == "integer":
            return arr.astype(str).astype(object)
        integral = np.isfinite(arr) & (np.floor(arr) == arr) & (np.abs(arr) < 2**53)
        ints = np.where(integral, arr, 0).astype("int64").astype(str)
        return np.where(integral, ints, arr.astype(str)).astype(object)
    if t == "boolean":
        return np.where(values, "True", "False").astype(object)
    out = np.empty(len(values), dtype=object)
    for i, v in enumerate(values):
        out[i] = json.dumps(v, sort_keys=True, default=str) if v is not None else "\x00"
    return out


def _add(
    table: CheckedTable, phase: str, row_index: int | None, column: int, finding: Finding
) -> None:
    key = (-1 if row_index is None else row_index, _PHASE.get(phase, 0), column)
    if row_index is not None:
        finding.line = table.raw.line_number(row_index)
    table.findings.append((key, finding))


def _finding(
    table: CheckedTable, code: str, type_: str, row_index: int | None, **kw: Any
) -> Finding:
    return Finding(
        code=code,
        type=type_,
        file=table.raw.file,
        resource=table.name,
        sheet=table.raw.sheet,
        row=None if row_index is None else table.raw.row_number(row_index),
        **kw,
    )


def expected_fields(raw: RawTable, schema: TableSchema) -> list[FieldSpec]:
    """Fields paired with labels by position; a label beyond the schema gets an ``any`` field."""
    fields = list(schema.fields[: len(raw.labels)])
    seen = {f.name for f in fields}
    missing_values = schema.fields[0].missing_values if schema.fields else ("",)
    sm = schema.descriptor.get("missingValues")
    if isinstance(sm, list):
        missing_values = tuple(x for x in sm if isinstance(x, str))
    for label in raw.labels[len(fields) :]:
        name = label
        while name in seen:
            name += "_"
        seen.add(name)
        fields.append(FieldSpec(name=name, type="any", missing_values=missing_values))
    return fields


def check_header(table: CheckedTable) -> None:
    raw, schema = table.raw, table.schema
    labels = raw.labels
    if raw.header_missing or not labels:
        _add(table, "cell", None, 0, _finding(table, "blank-header", "blank-header", None))
        return
    for number, label in enumerate(labels[len(schema.fields) :], len(schema.fields) + 1):
        _add(
            table,
            "cell",
            None,
            number,
            _finding(
                table, "extra-label", "extra-label", None, column=number, params={"label": label}
            ),
        )
    for offset, f in enumerate(schema.fields[len(labels) :]):
        number = len(labels) + offset + 1
        _add(
            table,
            "cell",
            None,
            number,
            _finding(table, "missing-label", "missing-label", None, column=number, field=f.name),
        )
    names = {f.name.strip().lower() for f in schema.fields}
    if len(schema.fields) > 1 and not any(label.strip().lower() in names for label in labels):
        _add(
            table,
            "cell",
            None,
            0,
            _finding(
                table,
                "schema-mismatch",
                "schema-error",
                None,
                params={
                    "labels": ", ".join(labels[:6]),
                    "fields": ", ".join(f.name for f in schema.fields[:6]),
                },
            ),
        )
    for number, (f, label) in enumerate(zip(schema.fields, labels, strict=False), 1):
        # frictionless's order: a blank label, else a repeated one, else one not the field's name
        if not label:
            code, params = "blank-label", {}
        elif label in labels[: number - 1]:
            code, params = "duplicate-label", {"label": label}
        elif label != f.name:
            code, params = "incorrect-label", {"label": label}
        else:
            continue
        finding = _finding(table, code, code, None, column=number, field=f.name, params=params)
        _add(table, "cell", None, number, finding)


def _enum_mask(col: TypedColumn, ok: Any) -> Any:
    """Rows (among ``ok``) whose typed value is not in the field's enum."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    f = col.field
    reader = value_reader(f)
    allowed = [reader(v) for v in f.constraints["enum"]]
    if f.type == "any" or (f.type == "string" and f.format == "default"):
        texts = [v for v in allowed if isinstance(v, str)]
        inside = pc.is_in(col.values, value_set=pa.array(texts, pa.string()))
        return ok & ~np.asarray(pc.fill_null(inside, False).to_numpy(zero_copy_only=False), bool)
    if f.type in ("integer", "number", "date", "year", "boolean"):
        nums = [to_numeric(f, v) for v in allowed if v is not None]
        return ok & ~np.isin(col.values, np.asarray(nums, dtype=col.values.dtype))
    bad = np.zeros(len(ok), dtype=bool)
    for i in np.flatnonzero(ok):
        bad[i] = not any(col.values[i] == a for a in allowed)
    return bad


def _bound_mask(col: TypedColumn, ok: Any, name: str) -> Any:
    import operator

    import numpy as np

    f = col.field
    limit = value_reader(f)(f.constraints[name])
    compare: Callable[[Any, Any], Any] = getattr(operator, _BOUNDS[name])
    if limit is None:
        return np.zeros(len(ok), dtype=bool)
    if f.type in ("integer", "number", "date", "year"):
        lim = to_numeric(f, limit)
        with np.errstate(invalid="ignore"):
            passed = compare(col.values, lim)
        return ok & ~passed
    bad = np.zeros(len(ok), dtype=bool)
    for i in np.flatnonzero(ok):
        try:
            bad[i] = not compare(col.values[i], limit)
        except TypeError:
            bad[i] = True
    return bad


def _length_mask(col: TypedColumn, ok: Any, name: str) -> Any:
    import numpy as np
    import pyarrow.compute as pc

    f = col.field
    limit = int(f.constraints[name])
    if f.type in ("string", "any") and not isinstance(col.values, np.ndarray):
        lengths = np.asarray(
            pc.fill_null(pc.utf8_length(col.values), 0).to_numpy(zero_copy_only=False)
        )
    elif f.type == "string":
        lengths = np.asarray(
            pc.fill_null(pc.utf8_length(col.raw), 0).to_numpy(zero_copy_only=False)
        )
    else:
        lengths = np.array([len(v) if v is not None else 0 for v in col.values])
    passed = lengths >= limit if name == "minLength" else lengths <= limit
    return ok & ~passed


def _pattern_mask(col: TypedColumn, ok: Any) -> Any:
    """Python's ``re.match('^pat$')``; RE2 for ASCII cells, Python ``re`` for the rest."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    pattern = str(col.field.constraints["pattern"])
    python_re = re.compile(f"^{pattern}$")
    raw = col.raw
    passed = np.zeros(len(ok), dtype=bool)
    # RE2 and Python agree on ASCII text without newlines; everything else goes to `re`.
    simple = pc.and_(pc.string_is_ascii(raw), pc.invert(pc.match_substring(raw, "\n")))
    simple_np = np.asarray(pc.fill_null(simple, False).to_numpy(zero_copy_only=False), bool)
    try:
        matched = pc.match_substring_regex(raw, f"^(?:^{pattern}$)")
        passed = np.asarray(pc.fill_null(matched, False).to_numpy(zero_copy_only=False), bool)
        slow = ok & ~simple_np
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        slow = ok
    if slow.any():
        idx = np.flatnonzero(slow)
        cells = pc.take(raw, to_arrow(idx)).to_pylist()
        match = _linear_matcher(pattern) or python_re.match
        for i, cell in zip(idx.tolist(), cells, strict=True):
            passed[i] = match(cell) is not None
    return ok & ~passed


# Python's \\w, \\d and \\s are Unicode; RE2's are ASCII. Spelled as Unicode properties,
# RE2 matches what frictionless (Python's re) matches: "Peñalolén" is \\w+.
_OUTSIDE = {"w": "[\\p{L}\\p{N}_]", "W": "[^\\p{L}\\p{N}_]", "d": "\\p{Nd}", "D": "\\P{Nd}",
            "s": "[\\s\\p{Z}]", "S": "[^\\s\\p{Z}]"}  # fmt: skip
_INSIDE = {"w": "\\p{L}\\p{N}_", "d": "\\p{Nd}", "s": "\\s\\p{Z}"}


def _unicode_classes(pattern: str) -> str | None:
    """The pattern with Python's Unicode shorthand classes spelled for RE2; None when a
    construct has no RE2 spelling here (\\b, or a negated class inside brackets)."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            table = _INSIDE if in_class else _OUTSIDE
            if nxt in "bB" or (in_class and nxt in "WDS"):
                return None
            out.append(table.get(nxt, ch + nxt))
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            out.append(ch)
            if pattern[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                out.append("]")
                i += 1
        elif ch == "]" and in_class:
            in_class = False
            out.append(ch)
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _linear_matcher(pattern: str) -> Callable[[str], object] | None:
    """The pattern on RE2 (google-re2: linear time, no catastrophic backtracking) for the
    cells pyarrow's kernel cannot take (non-ASCII, newlines); None when RE2 cannot compile
    it (backreferences, lookarounds), and Python's ``re`` is then the only engine."""
    try:
        import re2
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    translated = _unicode_classes(pattern)
    if translated is None:
        return None
    options = re2.Options()
    options.log_errors = False
    try:
        compiled = re2.compile(f"^(?:{translated})$", options)
    except Exception:  # re2.error: a construct RE2 does not have
        return None
    matcher: Callable[[str], object] = compiled.match
    return matcher


def _cell_text(col: TypedColumn, i: int) -> str:
    value = col.raw[i].as_py()
    return "" if value is None else str(value)


def check_cells(table: CheckedTable) -> None:
    import numpy as np

    raw = table.raw
    n = raw.n_rows
    blank = np.ones(n, dtype=bool) if table.fields else np.zeros(n, dtype=bool)
    columns = []
    for number, f in enumerate(table.fields, 1):
        col = type_column(f, raw.columns[number - 1])
        table.typed[f.name] = col
        blank &= col.missing
        columns.append((number, f, col))
    table.blank = blank
    for number, f, col in columns:
        type_es, type_en = _type_names(f)
        for i in np.flatnonzero(col.type_error & ~blank).tolist():
            cell = _cell_text(col, i)
            code = "type-error"
            if (
                f.type in ("number", "integer")
                and f.decimal_char == "."
                and re.fullmatch(r"\s*-?[0-9.]*[0-9],[0-9]+\s*", cell)
            ):
                code = "type-error-decimal"
            _add(
                table,
                "cell",
                i,
                number,
                _finding(
                    table,
                    code,
                    "type-error",
                    i,
                    column=number,
                    field=f.name,
                    cell=cell,
                    params={
                        "type_es": type_es,
                        "type_en": type_en,
                        "type": f.type,
                        "format": f.format,
                    },
                ),
            )
        ok = ~(col.missing | col.type_error | blank)
        for name, limit in f.constraints.items():
            if name == "unique":
                continue
            if name == "required":
                if not limit:
                    continue
                bad = col.missing & ~blank
            elif name == "enum":
                bad = _enum_mask(col, ok)
            elif name in _BOUNDS:
                bad = _bound_mask(col, ok, name)
            elif name in ("minLength", "maxLength"):
                bad = _length_mask(col, ok, name)
            elif name == "pattern":
                bad = _pattern_mask(col, ok)
            else:
                continue
            for i in np.flatnonzero(bad).tolist():
                cell = "None" if (name == "required" and col.absent[i]) else _cell_text(col, i)
                _add(
                    table,
                    "cell",
                    i,
                    number,
                    _finding(
                        table,
                        f"constraint-{name}",
                        "constraint-error",
                        i,
                        column=number,
                        field=f.name,
                        cell=cell,
                        params={"constraint": name, "limit": _limit(limit)},
                    ),
                )


def _limit(limit: Any) -> str:
    if isinstance(limit, list):
        shown = ", ".join(str(x) for x in limit[:8])
        return shown + (", …" if len(limit) > 8 else "")
    return str(limit)


def _type_names(f: FieldSpec) -> tuple[str, str]:
    from genero_etl.validate.messages import TYPE_NAMES

    es, en = TYPE_NAMES.get(f.type, (f.type, f.type))
    values = "/".join([*f.true_values[:1], *f.false_values[:1]])
    es = es.format(values=values, format=f.format)
    en = en.format(values=values, format=f.format)
    if f.format not in ("default", "") and f.type in ("date", "datetime", "time"):
        es += f" con formato '{f.format}'"
        en += f" in format '{f.format}'"
    if f.type == "number" and f.custom_number:
        es += f" (decimal '{f.decimal_char}', miles '{f.group_char}')"
        en += f" (decimal '{f.decimal_char}', thousands '{f.group_char}')"
    return es, en


def check_structure(table: CheckedTable) -> None:
    """Missing and extra cells (suppressed on blank rows, as frictionless does)."""
    raw = table.raw
    blank = table.blank
    n_fields = len(table.fields)
    for row_index, col, cell in raw.extra_cells:
        if blank is not None and len(blank) and blank[row_index]:
            continue
        _add(
            table,
            "extra-cell",
            row_index,
            col,
            _finding(table, "extra-cell", "extra-cell", row_index, column=col, cell=cell),
        )
    for row_index, present in raw.short_rows.items():
        if blank is not None and len(blank) and blank[row_index]:
            continue
        for number in range(present + 1, n_fields + 1):
            _add(
                table,
                "missing-cell",
                row_index,
                number,
                _finding(
                    table,
                    "missing-cell",
                    "missing-cell",
                    row_index,
                    column=number,
                    field=table.fields[number - 1].name,
                    cell="",
                ),
            )
    if blank is not None:
        import numpy as np

        for i in np.flatnonzero(blank).tolist():
            _add(table, "cell", i, 0, _finding(table, "blank-row", "blank-row", i))


def value_codes(col: TypedColumn, none: Any) -> Any:
    """Codes equal exactly when typed values are equal (1, 1.0 -> same code), -1 at ``none``.

    ``none`` rows are nulled before encoding, so the codes of the other rows are numbered
    in order of first appearance among them (see :func:`duplicates`).
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    values = col.values
    if isinstance(values, np.ndarray) and values.dtype == object:
        values = canonical_text(col).astype(str)
    if isinstance(values, pa.Array | pa.ChunkedArray):
        array = pc.if_else(to_arrow(none), pa.scalar(None, values.type), values)
    else:
        array = to_arrow(values, none)
    return first_seen_codes(array)


def key_codes(table: CheckedTable, names: tuple[str, ...]) -> tuple[Any, Any] | None:
    """One int64 code per row for a (composite) key, and the mask of rows where all are missing.

    Codes are numbered in order of first appearance among the rows that are not all
    missing. A missing part gets its own code, so (x, None) equals (x, None) as in
    frictionless.
    """
    import numpy as np

    if any(n not in table.typed for n in names):
        return None
    combined: Any = None
    all_none = np.ones(table.raw.n_rows, dtype=bool)
    for name in names:
        col = table.typed[name]
        none = col.missing | col.type_error
        all_none &= none
        codes = value_codes(col, none) + 1
        combined = codes if combined is None else combined * (int(codes.max()) + 1) + codes
    if len(names) > 1:
        combined = first_seen_codes(to_arrow(np.where(all_none, -1, combined)))
    return combined, all_none


def check_unique(table: CheckedTable) -> None:
    for number, f in enumerate(table.fields, 1):
        if not f.constraints.get("unique"):
            continue
        keys = key_codes(table, (f.name,))
        if keys is None:
            continue
        codes, none = keys
        col = table.typed[f.name]
        for i, first in zip(
            *(a.tolist() for a in duplicates(codes, none, ordered=True)), strict=True
        ):
            _add(
                table,
                "unique-error",
                i,
                number,
                _finding(
                    table,
                    "unique-error",
                    "unique-error",
                    i,
                    column=number,
                    field=f.name,
                    cell=_cell_text(col, i),
                    params={"other_row": table.raw.row_number(first)},
                ),
            )


def check_primary_key(table: CheckedTable) -> None:
    import numpy as np

    pk = table.schema.primary_key
    if not pk or any(name not in table.typed for name in pk):
        return
    keys = key_codes(table, pk)
    if keys is None:
        return
    codes, none = keys
    fields = ", ".join(pk)
    for i in np.flatnonzero(none).tolist():
        _add(
            table,
            "primary-key",
            i,
            0,
            _finding(
                table,
                "primary-key",
                "primary-key",
                i,
                field=fields,
                params={"fields": fields, "pk_es": "no tiene", "pk_en": "lacks"},
            ),
        )
    for i, _first in zip(*(a.tolist() for a in duplicates(codes, none, ordered=True)), strict=True):
        cell = ", ".join(_cell_text(table.typed[name], i) for name in pk)
        _add(
            table,
            "primary-key",
            i,
            0,
            _finding(
                table,
                "primary-key",
                "primary-key",
                i,
                field=fields,
                cell=cell,
                params={"fields": fields, "pk_es": "repite", "pk_en": "repeats"},
            ),
        )


def check_foreign_keys(table: CheckedTable, tables: dict[str, CheckedTable]) -> list[Finding]:
    """Foreign keys; returns warnings for references to tables that are not available."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    unchecked: list[Finding] = []
    for fk in table.schema.foreign_keys:
        if any(name not in table.typed for name in fk.fields):
            continue
        source = table if fk.resource == "" else tables.get(fk.resource)
        fields = ", ".join(fk.fields)
        if source is None:
            unchecked.append(
                _finding(
                    table,
                    "foreign-key-unchecked",
                    "foreign-key",
                    None,
                    severity="warning",
                    field=fields,
                    params={"fields": fields, "reference": fk.resource},
                )
            )
            continue
        target = table.key_strings(fk.fields)
        ref = source.key_strings(fk.reference_fields)
        if target is None:
            continue
        text, none = target
        lookup: set[Any] = set()
        if ref is not None:
            ref_text, ref_none = ref
            lookup = set(ref_text[~ref_none].tolist())
        candidates = np.flatnonzero(~none)
        inside = pc.is_in(
            pa.array(text[candidates].astype(str).tolist(), pa.string()),
            value_set=pa.array(sorted(lookup), pa.string()),
        )
        present = np.asarray(inside.to_numpy(zero_copy_only=False), dtype=bool)
        for i in candidates[~present].tolist():
            values = str(text[i]).replace("\x1f", ", ").replace("\x00", "None")
            _add(
                table,
                "foreign-key",
                i,
                0,
                _finding(
                    table,
                    "foreign-key",
                    "foreign-key",
                    i,
                    field=fields,
                    cell=values,
                    params={
                        "fields": fields,
                        "values": values,
                        "reference": fk.resource or table.name,
                        "reference_fields": ", ".join(fk.reference_fields),
                    },
                ),
            )
    return unchecked


def check_table(name: str, raw: RawTable, schema: TableSchema) -> CheckedTable:
    """Header, cells, structure, unique and primary key; foreign keys come later."""
    table = CheckedTable(name=name, raw=raw, schema=schema, fields=expected_fields(raw, schema))
    check_header(table)
    if raw.header_missing or not raw.labels:
        return table
    check_cells(table)
    check_structure(table)
    check_unique(table)
    check_primary_key(table)
    return table


def sorted_findings(table: CheckedTable) -> list[Finding]:
    return [f for _, f in sorted(table.findings, key=lambda item: item[0])]
