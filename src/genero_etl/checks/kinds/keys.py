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


def _seen_before(
    table: RuleTable,
    present: tuple[str, ...],
    codes: Any,
    skip: Any,
    earlier: dict[tuple[str, ...], int],
) -> tuple[list[tuple[int, int]], Any]:
    """The rows (not skipped) whose key the rows before a piece hold, each with the row
    number of the first of those, and ``skip`` with them added: every row of such a key
    repeats that first row, the piece's first row of it too. Keys are compared by their
    cells as written (the piece's cut points compare the same cells)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    live = np.flatnonzero(~np.asarray(skip, dtype=bool))
    if not len(live):
        return [], skip
    group_codes, at = np.unique(codes[live], return_index=True)
    heads = live[at]  # each key's first row in the piece
    leading = pa.array(sorted({key[0] for key in earlier}), type=pa.string())
    first = pc.fill_null(pc.cast(table.written(present[0]).take(heads), pa.string()), "")
    wanted = np.asarray(pc.is_in(first, value_set=leading).to_numpy(zero_copy_only=False))
    heads, group_codes = heads[wanted], group_codes[wanted]
    if not len(heads):
        return [], skip
    picked = pa.array(heads, type=pa.int64())
    cells = [
        ["" if v is None else str(v) for v in table.written(name).take(picked).to_pylist()]
        for name in present
    ]
    before: dict[int, int] = {}
    for code, key in zip(group_codes.tolist(), zip(*cells, strict=True), strict=True):
        row = earlier.get(tuple(key))
        if row is not None:
            before[int(code)] = row
    if not before:
        return [], skip
    matched = np.asarray(sorted(before), dtype=np.int64)
    hit = np.isin(codes, matched) & ~np.asarray(skip, dtype=bool)
    rows = np.flatnonzero(hit)
    seen = [(i, before[c]) for i, c in zip(rows.tolist(), codes[rows].tolist(), strict=True)]
    return seen, np.asarray(skip, dtype=bool) | hit


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
    filtered = any(k in rule.params for k in ("when", "unless", "present"))
    if filtered:
        skip = skip | ~row_mask(rule, table)
    by_row = rule.params.get("report", "row") != "group"
    # a piece of a larger table: its rows whose key rows before the piece hold
    earlier = table.earlier(rule.id) if by_row and not filtered else None
    if not earlier and table.n_rows <= _FEW and _differ_already(table, present, skip):
        return []
    codes, _ = table.key_codes(present)
    seen: list[tuple[int, int]] = []
    if earlier:
        seen, skip = _seen_before(table, present, codes, skip, earlier)
    rows, firsts = duplicates(codes, skip)
    fields = ", ".join(present)
    if by_row:
        found = [
            (i, table.row_number(o)) for i, o in zip(rows.tolist(), firsts.tolist(), strict=True)
        ]
        if seen:
            found = sorted(found + seen)  # by row, as the whole table's check gives them
        return [Hit(i, present[0], {"fields": fields, "other_row": o}) for i, o in found]
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
