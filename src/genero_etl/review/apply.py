"""`genero-etl review --apply FILE`: read decisions, validate them, store them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from genero_etl.review.decisions import (
    Decision,
    DecisionsInvalid,
    load_decisions,
    parse_rows,
    save_decisions,
    stale_decisions,
    successors,
)
from genero_etl.review.sheet import read_decision_rows
from genero_etl.review.staged import rows_by_id, staged_tables

if TYPE_CHECKING:
    from genero_etl.workspace import Workspace


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
