"""Kinds on the values of one row: ``range`` and ``compare_fields``."""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

from genero_etl.checks.engine import Hit, Rule, RuleTable, kind, row_mask

_OPS: dict[str, Callable[[Any, Any], Any]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
    "!=": operator.ne,
}


@kind("range")
def value_range(rule: Rule, table: RuleTable) -> list[Hit]:
    """Params: ``field``, ``min``, ``max``, and the row filters (``when``...). A hit per
    value outside; placeholders ``{min}``, ``{max}``."""
    import numpy as np

    p = rule.params
    value = table.numeric(p["field"])
    if value is None:
        return []
    values, ok = value
    bad = np.zeros(len(values), dtype=bool)
    if "min" in p:
        bad |= values < float(p["min"])
    if "max" in p:
        bad |= values > float(p["max"])
    params = {"min": p.get("min"), "max": p.get("max")}
    return [
        Hit(i, p["field"], dict(params))
        for i in np.flatnonzero(bad & ok & row_mask(rule, table)).tolist()
    ]


@kind("compare_fields")
def compare_fields(rule: Rule, table: RuleTable) -> list[Hit]:
    """Params: ``left``, ``op`` (``>=`` ``>`` ``<=`` ``<`` ``==`` ``!=``), ``right``: dates or
    numbers of the same row. Placeholders ``{other}`` (the right cell), ``{other_field}``."""
    import numpy as np

    p = rule.params
    left, right = table.numeric(p["left"]), table.numeric(p["right"])
    if left is None or right is None:
        return []
    compare = _OPS[str(p.get("op", ">="))]
    with np.errstate(invalid="ignore"):
        bad = left[1] & right[1] & ~compare(left[0], right[0])
    return [
        Hit(i, p["left"], {"other": table.cell(i, p["right"]), "other_field": p["right"]})
        for i in np.flatnonzero(bad).tolist()
    ]
