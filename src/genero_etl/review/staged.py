"""What review reads: the staged tables as they would be published, and the review settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from genero_etl.errors import NothingToDo, UsageError

if TYPE_CHECKING:
    import pyarrow as pa

    from genero_etl.workspace import Workspace

DEFAULT_MIN_CONFIDENCE = 0.75  # ambiguous numbers, unlabelled and unclassified values fall below


@dataclass(frozen=True, slots=True)
class ReviewSettings:
    """``review:`` in genero-etl.yaml."""

    min_confidence: float = DEFAULT_MIN_CONFIDENCE


def review_settings(ws: Workspace) -> ReviewSettings:
    from genero_etl.workspace import CONFIG_NAME

    path = ws.root / CONFIG_NAME
    if not path.is_file():
        return ReviewSettings()
    import yaml

    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise UsageError(
            "metadata-invalid", path=str(path), reason=str(err).splitlines()[0]
        ) from None
    section = data.get("review") if isinstance(data, dict) else None
    if not isinstance(section, dict) or "min_confidence" not in section:
        return ReviewSettings()
    raw = section["min_confidence"]
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not 0 <= raw <= 1:
        raise UsageError(
            "bad-option", option="review.min_confidence", value=raw, reason="0 a 1 / 0 to 1"
        )
    return ReviewSettings(min_confidence=float(raw))


def staged_tables(ws: Workspace) -> dict[str, pa.Table]:
    """The four tables publish would build from what is staged (before any decision)."""
    from genero_etl.publish.tables import build_tables
    from genero_etl.stage import read_staged

    staged = read_staged(ws.staging)
    if not staged:
        raise NothingToDo("nothing-staged", path=ws.display(ws.staging))
    return build_tables(staged, ws.schemas if ws.schemas.is_dir() else None)


def rows_by_id(table: pa.Table, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The rows of ``ids`` as plain dicts (dates as ISO text), without converting the rest."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from genero_etl.publish.arrow import table_rows

    if not ids or table.num_rows == 0:
        return {}
    mask = pc.is_in(table.column("observation_id"), value_set=pa.array(sorted(set(ids))))
    rows = table_rows(table.filter(mask))
    for row in rows:
        row["value"] = None if row["value"] == "" else row["value"]
    return {str(r["observation_id"]): r for r in rows}
