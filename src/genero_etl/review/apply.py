"""`genero-etl review --apply FILE`: read decisions, validate them, store them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from genero_etl.review.decisions import (
    Decision,
    DecisionsInvalid,
    Problem,
    load_decisions,
    parse_rows,
    save_decisions,
    stale_decisions,
    successors,
)
from genero_etl.review.sheet import read_decision_rows
from genero_etl.review.staged import rows_by_id, staged_tables

if TYPE_CHECKING:
    import pyarrow as pa

    from genero_etl.workspace import Workspace

# Columns a YAML ``select:`` may match on (equality; several are all required).
SELECTABLE = ("source_file", "indicator_id", "extraction_method", "unit", "value_kind",
              "country", "admin1", "municipality_code", "period_label", "breakdown_dimension",
              "breakdown_value", "value_raw")  # fmt: skip


@dataclass(slots=True)
class ApplyResult:
    path: Path
    stored: Counter[str] = field(default_factory=Counter)  # action -> rows taken from the file
    undone: list[str] = field(default_factory=list)
    total: int = 0  # decisions in the store after applying
    stale: list[Decision] = field(default_factory=list)  # stored decisions with no observation
    successors: dict[str, tuple[str, str]] = field(default_factory=dict)  # stale id -> (id, where)


def apply_file(ws: Workspace, path: Path) -> ApplyResult:
    """Validate every row first; store only if all are valid (else DecisionsInvalid)."""
    display = ws.display(path)
    rows = read_decision_rows(path, display)
    observations = staged_tables(ws)["observations"]
    rows, problems = expand_selections(rows, observations)
    if problems:
        raise DecisionsInvalid(display, problems)
    ids = [str(cells.get("observation_id") or "").strip() for _, cells in rows]
    current = rows_by_id(observations, [i for i in ids if i])
    from genero_etl.normalize.codebook import load_codebook

    codebook = load_codebook(ws.schemas if ws.schemas.is_dir() else None)
    decided, undone, problems = parse_rows(rows, current, codebook)
    if problems:
        raise DecisionsInvalid(display, problems)
    store = load_decisions(ws)
    for oid in undone:
        store.pop(oid, None)
    for decision in decided:
        store[decision.observation_id] = decision
    saved = save_decisions(ws, store)
    stale = stale_decisions(store, observations.column("observation_id"))
    return ApplyResult(
        path=saved,
        stored=Counter(d.action for d in decided),
        undone=undone,
        total=len(store),
        stale=stale,
        successors=successors(stale, observations),
    )


def expand_selections(
    rows: list[tuple[int, dict[str, object]]], observations: pa.Table
) -> tuple[list[tuple[int, dict[str, object]]], list[Problem]]:
    """A YAML row with ``select: {column: value, ...}`` becomes one row per staged match.

    Decisions are still stored one per observation id (so they persist and go stale one
    by one); ``select`` only saves typing them. A selection that matches nothing, or names
    a column that cannot be selected on, is a problem like any other.
    """
    import pyarrow.compute as pc

    out: list[tuple[int, dict[str, object]]] = []
    problems: list[Problem] = []
    for number, cells in rows:
        select = cells.get("select")
        if select is None:
            out.append((number, cells))
            continue
        if not isinstance(select, dict) or not select:
            problems.append(Problem(number, "select", "review-bad-select", {"columns": "-"}))
            continue
        unknown = [str(k) for k in select if k not in SELECTABLE]
        if unknown:
            problems.append(
                Problem(number, "select", "review-bad-select", {"columns": ", ".join(unknown)})
            )
            continue
        mask = None
        for column, wanted in select.items():
            hit = pc.fill_null(pc.equal(observations.column(column), str(wanted)), False)
            mask = hit if mask is None else pc.and_(mask, hit)
        ids = observations.filter(mask).column("observation_id").to_pylist()
        if not ids:
            shown = ", ".join(f"{k}={v}" for k, v in select.items())
            problems.append(Problem(number, "select", "review-select-empty", {"select": shown}))
            continue
        rest = {k: v for k, v in cells.items() if k not in ("select", "observation_id")}
        out.extend((number, {**rest, "observation_id": oid}) for oid in ids)
    return out, problems
