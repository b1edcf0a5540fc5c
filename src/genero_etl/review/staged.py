"""What review reads: the staged tables as they would be published, and the review settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from genero_etl.errors import NothingToDo, UsageError
from genero_etl.messages import Text

if TYPE_CHECKING:
    import pyarrow as pa

    from genero_etl.workspace import Workspace

DEFAULT_MIN_CONFIDENCE = 0.6  # as ReviewConfig in genero_etl.workspace


@dataclass(frozen=True, slots=True)
class ReviewSettings:
    """``review:`` in genero-etl.yaml."""

    min_confidence: float = DEFAULT_MIN_CONFIDENCE


def review_settings(ws: Workspace) -> ReviewSettings:
    """``review:`` of genero-etl.yaml, read (and its keys checked) with the rest of the file."""
    section = ws.config_data().get("review") or {}
    if "min_confidence" not in section:
        return ReviewSettings()
    raw = section["min_confidence"]
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not 0 <= raw <= 1:
        raise UsageError(
            "bad-option",
            option="review.min_confidence",
            value=raw,
            reason=Text("reason-zero-to-one"),
        )
    return ReviewSettings(min_confidence=float(raw))


def staged_tables(ws: Workspace) -> dict[str, pa.Table]:
    """The four tables publish would build from what is staged (before any decision)."""
    from genero_etl.knowledge import Knowledge
    from genero_etl.publish.tables import build_tables
    from genero_etl.stage import read_staged

    staged = read_staged(ws.staging)
    if not staged:
        raise NothingToDo("nothing-staged", path=ws.display(ws.staging))
    return build_tables(staged, Knowledge.of(ws.schemas))


def rows_by_id(table: pa.Table, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The rows of ``ids`` as plain dicts (dates as ISO text), without converting the rest."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from genero_etl.model.arrow import table_rows

    if not ids or table.num_rows == 0:
        return {}
    mask = pc.is_in(table.column("observation_id"), value_set=pa.array(sorted(set(ids))))
    rows = table_rows(table.filter(mask))
    for row in rows:
        row["value"] = None if row["value"] == "" else row["value"]
    return {str(r["observation_id"]): r for r in rows}
