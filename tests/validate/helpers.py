"""Builders of observation tables with the project's header, for rule and CLI tests."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


def observation_fields() -> list[str]:
    schema = json.loads((SCHEMAS / "observations.schema.json").read_text(encoding="utf-8"))
    return [f["name"] for f in schema["fields"]]


def observation(n: int, **values: Any) -> dict[str, str]:
    row = {name: "" for name in observation_fields()}
    row.update(
        {
            "observation_id": f"o{n:016x}",
            "indicator_id": "capacitaciones",
            "indicator_label": "Capacitaciones",
            "theme": "prevencion",
            "value": "10",
            "value_kind": "observed",
            "approximate": "false",
            "lower_bound": "false",
            "country": "MX",
            "admin1": "MX-JAL",
            "municipality_code": "14039",
            "period_start": "2024-01-01",
            "period_end": "2024-12-31",
            "breakdown_dimension": "_T",
            "breakdown_value": "_T",
            "source_file": "raw/informe.txt",
            "source_sha256": "a" * 64,
            "source_locator": f"line:{n}",
            "source_text": "texto",
            "extraction_method": "regla",
            "confidence": "0.9",
        }
    )
    row.update({k: str(v) for k, v in values.items()})
    return row


def write_observations(path: Path, rows: list[dict[str, str]]) -> Path:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=observation_fields(), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path
