"""Kinds that compare values with reference lists: ``in_reference`` and ``pattern_by``."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from genero_etl.checks.engine import Hit, Rule, RuleTable, kind


def _reference_values(rule: Rule, table: RuleTable) -> set[str] | None:
    from genero_etl.resources import load_yaml

    ref = rule.params.get("reference", {})
    resource = ref.get("resource")
    other = table.other(resource) if resource else None
    if other is not None:
        text = other.text(ref.get("field", "id"))
        if text is not None:
            return set(text[0][text[1]].tolist())
    file = ref.get("file")
    if not file:
        return None
    for base in table.base_dirs:
        path = base / file
        if path.is_file():
            data = load_yaml(path.read_text(encoding="utf-8")) or []
            if isinstance(data, dict):
                data = data.get(ref.get("list", "indicators"), [])
            key = ref.get("key", "id")
            return {str(item[key]) for item in data if isinstance(item, dict) and key in item}
    return None


@kind("in_reference")
def in_reference(rule: Rule, table: RuleTable) -> list[Hit]:
    """Params: ``field``, ``reference: {resource, field, file, key, list}``, ``allow``: values
    present in another table of the package, else in a shipped YAML list."""
    import numpy as np

    p = rule.params
    text = table.text(p["field"])
    allowed = _reference_values(rule, table)
    if text is None or allowed is None:
        return []
    allowed |= {str(a) for a in p.get("allow", [])}
    values, ok = text
    bad = ok & ~np.isin(values, np.asarray(sorted(allowed), dtype=object))
    return [Hit(i, p["field"]) for i in np.flatnonzero(bad).tolist()]


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


@kind("pattern_by")
def pattern_by(rule: Rule, table: RuleTable) -> list[Hit]:
    """Params: ``field``, ``by``, ``patterns: {value of by: {pattern, catalogue, column}}``:
    the field's form depends on another field, optionally checked against a CSV catalogue.
    Placeholders ``{by}``, ``{pattern}``, ``{reason_es}``, ``{reason_en}``."""
    import numpy as np

    p = rule.params
    text, by = table.text(p["field"]), table.text(p["by"])
    if text is None or by is None:
        return []
    values, ok = text
    keys, key_ok = by
    out: list[Hit] = []
    for key, spec in (p.get("patterns") or {}).items():
        mask = ok & key_ok & (keys == str(key))
        if not mask.any():
            continue
        spec = spec if isinstance(spec, dict) else {"pattern": spec}
        pattern = re.compile(f"^(?:{spec['pattern']})$")
        catalogue: set[str] | None = None
        for base in table.base_dirs:
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
            params = {
                "by": key,
                "pattern": spec["pattern"],
                "reason_es": reason[0],
                "reason_en": reason[1],
            }
            out.append(Hit(i, p["field"], params))
    return out
