"""Kinds on keys shared by several rows: ``unique_together`` and ``one_name_per_key``."""

from __future__ import annotations

from typing import Any

from genero_etl.checks.engine import Hit, Rule, RuleTable, kind, number_text, row_mask


def _shown(table: RuleTable, row: int, name: str) -> str:
    """A key cell for a message: numbers as people write them, text as written."""
    number = table.numeric(name)
    if number is not None and number[1][row]:
        return number_text(float(number[0][row]))
    text = table.text(name)
    return "" if text is None else str(text[0][row])


def _locators(table: RuleTable, rows: list[int], field: str) -> str:
    text = table.text(field)
    if text is None:
        return ", ".join(str(table.row_number(i)) for i in rows)
    return ", ".join(str(text[0][i]) for i in rows)


_FEW = 4096  # rows: up to this many, a key whose first fields already differ is not read on


def _differ_already(table: RuleTable, present: tuple[str, ...], skip: Any) -> bool:
    """Whether the rows not skipped differ on some of the key's fields alone, numbers first
    (then no row repeats the whole key, and the other fields are never decoded): a report's
    few values usually differ in their value. Exact: two rows whose codes differ on one field
    differ on the whole key."""
    import numpy as np

    rows = np.flatnonzero(~np.asarray(skip, dtype=bool)).tolist()
    if len(rows) < 2:
        return True
    keys: list[tuple[int, ...]] = [()] * len(rows)
    for name in sorted(present, key=lambda n: table.numeric(n) is None):
        codes = table.key_codes((name,))[0].tolist()
        keys = [(*k, codes[i]) for k, i in zip(keys, rows, strict=True)]
        if len(set(keys)) == len(keys):
            return True
    return False


@kind("unique_together", min_rows=2)
def unique_together(rule: Rule, table: RuleTable) -> list[Hit]:
    """Params: ``fields``, the row filters (``when``, ``unless``, ``present``), ``report``.

    ``report: row`` (default): a hit on each row repeating an earlier one, placeholders
    ``{fields}``, ``{other_row}``. ``report: group``: one hit per repeated key, on its second
    row, involving every row of the group; placeholders ``{fields}``, ``{count}``,
    ``{locators}`` (``locator_field``, default ``source_locator``) and each key field's
    value by its name (``{value}``, ``{indicator_id}``...)."""
    from genero_etl.checks.arrays import duplicates

    present = tuple(str(n) for n in rule.params["fields"] if table.has(str(n)))
    if not present:
        return []
    skip = table.skipped()
    if any(k in rule.params for k in ("when", "unless", "present")):
        skip = skip | ~row_mask(rule, table)
    if table.n_rows <= _FEW and _differ_already(table, present, skip):
        return []
    codes, _ = table.key_codes(present)
    rows, firsts = duplicates(codes, skip)
    fields = ", ".join(present)
    if rule.params.get("report", "row") != "group":
        return [
            Hit(i, present[0], {"fields": fields, "other_row": table.row_number(o)})
            for i, o in zip(rows.tolist(), firsts.tolist(), strict=True)
        ]
    groups: dict[int, list[int]] = {}
    for i, o in zip(rows.tolist(), firsts.tolist(), strict=True):
        groups.setdefault(o, [o]).append(i)
    locator = str(rule.params.get("locator_field", "source_locator"))
    out = []
    for first in sorted(groups):
        members = groups[first]
        params: dict[str, Any] = {name: _shown(table, first, name) for name in present}
        params.update(
            fields=fields, count=len(members), locators=_locators(table, members, locator)
        )
        out.append(Hit(members[1], present[0], params, tuple(members), seq=first))
    return out


@kind("one_name_per_key", min_rows=2)
def one_name_per_key(rule: Rule, table: RuleTable) -> list[Hit]:
    """Params: ``field`` (the key), ``name_field``, ``locator_field`` (``source_locator``).

    Rows sharing a key must name one thing: a key used on rows whose names differ
    (compared without case, accents or inclusive spellings) is a hit on its second row.
    Placeholders ``{key}`` and the key by its field name (``{activity}``), ``{count}``,
    ``{locators}``."""
    import numpy as np

    from genero_etl.extract.textutil import plain

    p = rule.params
    key, names = table.text(str(p["field"])), table.text(str(p["name_field"]))
    if key is None or names is None:
        return []
    codes, _ = table.key_codes((str(p["field"]),))
    usable = np.flatnonzero(key[1] & ~table.skipped())
    order = usable[np.argsort(codes[usable], kind="stable")]
    cuts = np.flatnonzero(np.diff(codes[order])) + 1
    out = []
    for group in np.split(order, cuts):
        rows = group.tolist()
        if len(rows) < 2 or len({plain(str(names[0][i])) for i in rows}) < 2:
            continue
        value = str(key[0][rows[0]])
        params = {
            "key": value,
            str(p["field"]): value,
            "count": len(rows),
            "locators": _locators(table, rows, str(p.get("locator_field", "source_locator"))),
        }
        out.append(Hit(rows[1], str(p["field"]), params, tuple(rows), seq=rows[0]))
    return sorted(out, key=lambda h: h.order)
