"""Domain rules beyond Table Schema, declared as data in ``schemas/rules/*.yaml``.

Code here knows a small generic vocabulary of rule *kinds*; which fields a rule
applies to, its severity and its message are data, so an observatory can add or
relax a rule without touching Python. Kinds:

- ``sum_of_parts``: rows pointing at a total through ``parent_field`` must add up to it.
- ``range``: a numeric field within ``[min, max]``, optionally only ``when`` a field equals a value.
- ``compare_fields``: ``left op right`` on two fields of the same row (dates or numbers).
- ``unique_together``: one row per combination of ``fields``.
- ``in_reference``: values present in another table of the package or a shipped YAML list.
- ``pattern_by``: a field's form depends on another field (municipality code by country),
  optionally also checked against a shipped CSV catalogue.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from genero_etl.validate.checks.table import CheckedTable, canonical_text, duplicates, key_codes
from genero_etl.validate.errors import UsageError
from genero_etl.validate.report import Finding

KINDS = ("sum_of_parts", "range", "compare_fields", "unique_together", "in_reference", "pattern_by")


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    kind: str
    table: str
    severity: str
    params: dict[str, Any] = field(default_factory=dict)
    message: dict[str, str] = field(default_factory=dict)
    hint: dict[str, str] = field(default_factory=dict)


def default_rules_dir() -> Path:
    from genero_etl.resources import default_schemas_dir

    return default_schemas_dir() / "rules"


def load_rules(directory: Path) -> list[Rule]:
    """Every rule of every ``*.yaml`` in ``directory``; a malformed file is a usage error."""
    import yaml

    rules: list[Rule] = []
    if not directory.is_dir():
        return rules
    for path in sorted(directory.glob("*.y*ml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as err:
            raise UsageError("rules-invalid", path=str(path), reason=str(err)) from None
        for raw in data.get("rules", []) if isinstance(data, dict) else []:
            if not isinstance(raw, dict) or raw.get("kind") not in KINDS or not raw.get("id"):
                raise UsageError(
                    "rules-invalid",
                    path=str(path),
                    reason=f"regla {raw!r}: necesita 'id' y 'kind' (uno de {', '.join(KINDS)})",
                )
            severity = raw.get("severity", "error")
            if severity not in ("error", "warning"):
                raise UsageError(
                    "rules-invalid",
                    path=str(path),
                    reason=f"regla '{raw['id']}': severity debe ser error o warning",
                )
            params = {
                k: v
                for k, v in raw.items()
                if k not in ("id", "kind", "table", "severity", "message", "hint")
            }
            rules.append(
                Rule(
                    id=str(raw["id"]),
                    kind=raw["kind"],
                    table=str(raw.get("table", "observations")),
                    severity=severity,
                    params=params,
                    message=dict(raw.get("message", {})),
                    hint=dict(raw.get("hint", {})),
                )
            )
    return rules


@dataclass(slots=True)
class RuleContext:
    """Where rules find reference data: the package's tables, shipped files."""

    tables: dict[str, CheckedTable]
    base_dirs: list[Path]  # searched in order for relative reference files


def _numeric(table: CheckedTable, name: str) -> tuple[Any, Any] | None:
    import numpy as np

    col = table.typed.get(name)
    if col is None:
        return None
    ok = ~(col.missing | col.type_error)
    if isinstance(col.values, np.ndarray) and col.values.dtype.kind in "fiu":
        return np.asarray(col.values, dtype="float64"), ok
    return None


def _text(table: CheckedTable, name: str) -> tuple[Any, Any] | None:
    col = table.typed.get(name)
    if col is None:
        return None
    return canonical_text(col), ~(col.missing | col.type_error)


def _emit(table: CheckedTable, rule: Rule, index: int, column_name: str, **params: Any) -> Finding:
    fields = [f.name for f in table.fields]
    column = fields.index(column_name) + 1 if column_name in fields else None
    col = table.typed.get(column_name)
    cell = None
    if col is not None:
        value = col.raw[index].as_py()
        cell = "" if value is None else str(value)
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
    values = {"row": finding.row, "field": column_name, "cell": cell, **params}
    finding.params = {
        "detail": _fmt(rule.message.get("es", rule.id), values),
        "detail_en": _fmt(rule.message.get("en", rule.message.get("es", rule.id)), values),
        "hint_es": _fmt(rule.hint.get("es", ""), values),
        "hint_en": _fmt(rule.hint.get("en", rule.hint.get("es", "")), values),
    }
    return finding


def _fmt(template: str, values: dict[str, Any]) -> str:
    class _D(dict[str, Any]):
        def __missing__(self, key: str) -> str:
            return "{" + key + "}"

    try:
        return template.format_map(_D(values))
    except (ValueError, IndexError):
        return template


def _when_mask(table: CheckedTable, rule: Rule) -> Any:
    import numpy as np

    mask = np.ones(table.raw.n_rows, dtype=bool)
    when = rule.params.get("when") or {}
    for name, expected in when.items():
        text = _text(table, name)
        if text is None:
            return np.zeros(table.raw.n_rows, dtype=bool)
        values, ok = text
        allowed = expected if isinstance(expected, list) else [expected]
        mask &= ok & np.isin(values, np.asarray([str(a) for a in allowed], dtype=object))
    return mask


def run_rule(rule: Rule, table: CheckedTable, ctx: RuleContext) -> list[Finding]:
    """Apply one rule to one checked table; cells with a type error are left to the schema."""
    handler = {
        "sum_of_parts": _sum_of_parts,
        "range": _range,
        "compare_fields": _compare_fields,
        "unique_together": _unique_together,
        "in_reference": _in_reference,
        "pattern_by": _pattern_by,
    }[rule.kind]
    if table.raw.n_rows == 0 or not table.typed:
        return []
    return handler(rule, table, ctx)


def _sum_of_parts(rule: Rule, table: CheckedTable, ctx: RuleContext) -> list[Finding]:
    import numpy as np

    p = rule.params
    ids, parents, value = (
        _text(table, p["id_field"]),
        _text(table, p["parent_field"]),
        _numeric(table, p["value_field"]),
    )
    if ids is None or parents is None or value is None:
        return []
    tolerance = float(p.get("tolerance", 0))
    values, value_ok = value
    is_part = parents[1] & value_ok
    if not is_part.any():
        return []
    names, inverse = np.unique(parents[0][is_part].astype(str), return_inverse=True)
    sums = np.bincount(inverse, weights=values[is_part], minlength=len(names))
    counts = np.bincount(inverse, minlength=len(names))
    row_of: dict[str, int] = {}
    for i in np.flatnonzero(ids[1]).tolist():
        row_of.setdefault(str(ids[0][i]), i)
    out = []
    for parent, total_of_parts, count in zip(
        names.tolist(), sums.tolist(), counts.tolist(), strict=True
    ):
        total_row = row_of.get(parent)
        if total_row is None or not value_ok[total_row]:
            continue
        if abs(values[total_row] - total_of_parts) > tolerance:
            out.append(
                _emit(
                    table,
                    rule,
                    total_row,
                    p["value_field"],
                    total=_num(values[total_row]),
                    sum=_num(total_of_parts),
                    parts=int(count),
                )
            )
    return out


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _range(rule: Rule, table: CheckedTable, ctx: RuleContext) -> list[Finding]:
    import numpy as np

    p = rule.params
    value = _numeric(table, p["field"])
    if value is None:
        return []
    values, ok = value
    mask = ok & _when_mask(table, rule)
    bad = np.zeros(len(values), dtype=bool)
    if "min" in p:
        bad |= values < float(p["min"])
    if "max" in p:
        bad |= values > float(p["max"])
    return [
        _emit(table, rule, i, p["field"], min=p.get("min"), max=p.get("max"))
        for i in np.flatnonzero(bad & mask).tolist()
    ]


def _compare_fields(rule: Rule, table: CheckedTable, ctx: RuleContext) -> list[Finding]:
    import operator

    import numpy as np

    p = rule.params
    left, right = _numeric(table, p["left"]), _numeric(table, p["right"])
    if left is None or right is None:
        return []
    ops = {
        ">=": operator.ge,
        ">": operator.gt,
        "<=": operator.le,
        "<": operator.lt,
        "==": operator.eq,
        "!=": operator.ne,
    }
    compare = ops[str(p.get("op", ">="))]
    ok = left[1] & right[1]
    with np.errstate(invalid="ignore"):
        bad = ok & ~compare(left[0], right[0])
    right_col = table.typed[p["right"]]
    out = []
    for i in np.flatnonzero(bad).tolist():
        other = right_col.raw[i].as_py()
        out.append(_emit(table, rule, i, p["left"], other=other, other_field=p["right"]))
    return out


def _unique_together(rule: Rule, table: CheckedTable, ctx: RuleContext) -> list[Finding]:
    import numpy as np

    present = tuple(n for n in rule.params["fields"] if n in table.typed)
    keys = key_codes(table, present) if present else None
    if keys is None:
        return []
    codes, _ = keys
    skip = (
        np.asarray(table.blank, dtype=bool)
        if table.blank is not None
        else np.zeros(len(codes), dtype=bool)
    )
    rows, firsts = duplicates(codes, skip)
    return [
        _emit(
            table, rule, i, present[0], fields=", ".join(present), other_row=table.raw.row_number(o)
        )
        for i, o in zip(rows.tolist(), firsts.tolist(), strict=True)
    ]


def _reference_values(rule: Rule, ctx: RuleContext) -> set[str] | None:
    import yaml

    ref = rule.params.get("reference", {})
    resource = ref.get("resource")
    if resource and resource in ctx.tables:
        other = ctx.tables[resource]
        text = _text(other, ref.get("field", "id"))
        if text is not None:
            return set(text[0][text[1]].tolist())
    file = ref.get("file")
    if not file:
        return None
    for base in ctx.base_dirs:
        path = base / file
        if path.is_file():
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
            if isinstance(data, dict):
                data = data.get(ref.get("list", "indicators"), [])
            key = ref.get("key", "id")
            return {str(item[key]) for item in data if isinstance(item, dict) and key in item}
    return None


def _in_reference(rule: Rule, table: CheckedTable, ctx: RuleContext) -> list[Finding]:
    import numpy as np

    p = rule.params
    text = _text(table, p["field"])
    allowed = _reference_values(rule, ctx)
    if text is None or allowed is None:
        return []
    allowed |= {str(a) for a in p.get("allow", [])}
    values, ok = text
    bad = ok & ~np.isin(values, np.asarray(sorted(allowed), dtype=object))
    return [_emit(table, rule, i, p["field"]) for i in np.flatnonzero(bad).tolist()]


def _gazetteer(path: Path, column: str | None) -> set[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        index = 0
        names = [h.strip().lower() for h in header]
        for candidate in (column, "cvegeo", "id", "codigo", "code", "cut"):
            if candidate and candidate.lower() in names:
                index = names.index(candidate.lower())
                break
        return {row[index].strip() for row in reader if len(row) > index}


def _pattern_by(rule: Rule, table: CheckedTable, ctx: RuleContext) -> list[Finding]:
    import numpy as np

    p = rule.params
    text, by = _text(table, p["field"]), _text(table, p["by"])
    if text is None or by is None:
        return []
    values, ok = text
    keys, key_ok = by
    out: list[Finding] = []
    for key, spec in (p.get("patterns") or {}).items():
        mask = ok & key_ok & (keys == str(key))
        if not mask.any():
            continue
        spec = spec if isinstance(spec, dict) else {"pattern": spec}
        pattern = re.compile(f"^(?:{spec['pattern']})$")
        catalogue: set[str] | None = None
        for base in ctx.base_dirs:
            if spec.get("catalogue") and (base / spec["catalogue"]).is_file():
                catalogue = _gazetteer(base / spec["catalogue"], spec.get("column"))
                break
        uniques = {v: pattern.match(v) is not None for v in set(values[mask].tolist())}
        for i in np.flatnonzero(mask).tolist():
            value = values[i]
            if not uniques[value]:
                reason = ("no tiene la forma", "is malformed")
            elif catalogue is not None and value not in catalogue:
                reason = ("no está en el catálogo oficial", "is not in the official catalogue")
            else:
                continue
            out.append(
                _emit(
                    table,
                    rule,
                    i,
                    p["field"],
                    by=key,
                    pattern=spec["pattern"],
                    reason_es=reason[0],
                    reason_en=reason[1],
                )
            )
    return out
