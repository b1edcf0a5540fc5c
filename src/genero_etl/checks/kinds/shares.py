"""``share_of``: a stated percentage against the numbers it is computed from."""

from __future__ import annotations

import re
from typing import Any

from genero_etl.checks.engine import Hit, Rule, RuleTable, kind, number_text


def _column(table: RuleTable, name: str) -> list[str]:
    text = table.text(name)
    return [""] * table.n_rows if text is None else [str(v) for v in text[0].tolist()]


@kind("share_of", min_rows=2)
def share_of(rule: Rule, table: RuleTable) -> list[Hit]:
    """A percentage must match its own numbers, when the same source gives them.

    The numerator is the last number of another unit at the percentage's place
    (``place_field``, default ``source_locator``: the same sentence); the denominator is a
    larger number of the numerator's unit in the same ``group_field`` (``source_file``),
    preferring one whose ``label_field`` or ``text_field`` holds the word the
    ``reference`` pattern takes from the percentage's text ("34 % de lo programado" ->
    "program", the first ``stem_length`` letters), then the one closest to the stated
    share. A gap above ``tolerance`` (0.5 points) and up to ``max_gap`` (10: beyond, not
    the same quantity) is a hit on the percentage, involving its two numbers.
    Placeholders ``{reported}``, ``{numerator}``, ``{denominator}``, ``{computed}``."""
    import numpy as np

    from genero_etl.extract.textutil import plain

    p = rule.params
    value_field = str(p.get("value_field", "value"))
    number = table.numeric(value_field)
    units = table.text(str(p.get("unit_field", "unit")))
    if number is None or units is None:
        return []
    values, present = number
    percent = str(p.get("percent_unit", "%"))
    unit = [
        str(u) if ok else "" for u, ok in zip(units[0].tolist(), units[1].tolist(), strict=True)
    ]
    if not any(u == percent and ok for u, ok in zip(unit, present.tolist(), strict=True)):
        return []  # no stated percentage: nothing to judge (no other column is read)
    group = _column(table, str(p.get("group_field", "source_file")))
    place = _column(table, str(p.get("place_field", "source_locator")))
    text = _column(table, str(p.get("text_field", "source_text")))
    label = _column(table, str(p.get("label_field", "indicator_label")))
    ids = _column(table, str(p.get("id_field", "observation_id")))
    counted = present & (values != 0)  # a count that can be a numerator or denominator
    by_place: dict[tuple[str, str], list[int]] = {}
    by_unit: dict[tuple[str, str], list[int]] = {}
    for i in np.flatnonzero(counted).tolist():
        if unit[i] not in (percent, ""):
            by_place.setdefault((group[i], place[i]), []).append(i)
        by_unit.setdefault((group[i], unit[i]), []).append(i)
    reference = re.compile(str(p.get("reference", r"$^")), re.IGNORECASE)
    stem_length = int(p.get("stem_length", 6))
    tolerance, max_gap = float(p.get("tolerance", 0.5)), float(p.get("max_gap", 10))
    out = []
    for pct in np.flatnonzero(present).tolist():
        same_text = by_place.get((group[pct], place[pct])) if unit[pct] == percent else None
        if not same_text:
            continue
        numerator = same_text[-1]
        share, stated = float(values[numerator]), float(values[pct])
        candidates = [
            o
            for o in by_unit.get((group[pct], unit[numerator]), [])
            if values[o] > share and ids[o] != ids[numerator]
        ]
        found = reference.search(text[pct])
        stem = plain(found.group(1))[:stem_length] if found and found.groups() else ""
        if stem:
            preferred = [o for o in candidates if stem in plain(label[o] + " " + text[o])]
            candidates = preferred or candidates
        if not candidates:
            continue
        denominator = min(candidates, key=lambda o: abs(share / values[o] * 100 - stated))
        computed = share / float(values[denominator]) * 100
        gap = abs(computed - stated)
        if gap <= tolerance or gap > max_gap:
            continue  # consistent, or not the same quantity at all
        params: dict[str, Any] = {
            "reported": number_text(stated),
            "numerator": number_text(share),
            "denominator": number_text(float(values[denominator])),
            "computed": computed,
        }
        out.append(Hit(pct, value_field, params, (pct, numerator, denominator)))
    return out
