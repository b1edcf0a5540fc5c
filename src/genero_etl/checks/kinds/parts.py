"""``sum_of_parts``: rows pointing at a total through a parent field add up to it."""

from __future__ import annotations

from typing import Any

from genero_etl.checks.engine import Hit, Rule, RuleTable, kind, number_text


@kind("sum_of_parts", min_rows=2)
def sum_of_parts(rule: Rule, table: RuleTable) -> list[Hit]:
    """Params: ``id_field``, ``parent_field``, ``value_field``, ``tolerance`` (0),
    ``min_parts`` (1: groups with fewer parts are not judged), ``complete`` (false: when
    true, a group with a part without a value is not judged), ``skip_total_if`` (a boolean
    field: a total where it is true, an approximation, is not judged).

    A hit is on the total's value; placeholders ``{total}``, ``{sum}``, ``{parts}`` (how
    many) and ``{values}`` (the parts, ``40 + 189``). Groups come in order of parent id."""
    import numpy as np

    p = rule.params
    parents, value = table.text(p["parent_field"]), table.numeric(p["value_field"])
    if parents is None or value is None:
        return []
    values, value_ok = value
    linked = parents[1]
    is_part = linked & value_ok
    if not is_part.any():
        return []  # no part: the ids are not read
    ids = table.text(p["id_field"])
    if ids is None:
        return []
    tolerance = float(p.get("tolerance", 0))
    names, inverse = np.unique(parents[0][is_part].astype(str), return_inverse=True)
    sums = np.bincount(inverse, weights=values[is_part], minlength=len(names))
    counts = np.bincount(inverse, minlength=len(names))
    incomplete: set[str] = set()
    if p.get("complete"):
        incomplete = set(parents[0][linked & ~value_ok].astype(str).tolist())
    exempt = table.truth(str(p["skip_total_if"])) if p.get("skip_total_if") else None
    row_of: dict[str, int] = {}
    for i in np.flatnonzero(ids[1]).tolist():
        row_of.setdefault(str(ids[0][i]), i)
    part_rows = np.flatnonzero(is_part)
    out = []
    for g, (parent, total_of_parts, count) in enumerate(
        zip(names.tolist(), sums.tolist(), counts.tolist(), strict=True)
    ):
        total_row = row_of.get(parent)
        if total_row is None or not value_ok[total_row] or count < int(p.get("min_parts", 1)):
            continue
        if parent in incomplete or (exempt is not None and exempt[total_row]):
            continue
        if abs(values[total_row] - total_of_parts) <= tolerance:
            continue
        members = part_rows[inverse == g].tolist()
        params: dict[str, Any] = {
            "total": number_text(values[total_row]),
            "sum": number_text(total_of_parts),
            "parts": int(count),
            "values": " + ".join(number_text(values[i]) for i in members),
        }
        out.append(Hit(total_row, p["value_field"], params, (total_row, *members), seq=members[0]))
    return out
