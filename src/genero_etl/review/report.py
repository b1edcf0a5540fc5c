"""The review report: one self-contained HTML file (no server, no network).

The observations go in as one inlined JSON document, columnar with repeated text
(files, indicators, places, periods, flags) stored once in dictionaries, so 50,000 values
stay a few megabytes; the page's script (``assets/report.js``) and style
(``assets/report.css``) are inlined too. The page renders one page of rows at a time,
so it is interactive at once whatever the number of values.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl import __version__
from genero_etl.messages import texts

if TYPE_CHECKING:
    import pyarrow as pa

    from genero_etl.review.decisions import Decision
    from genero_etl.review.staged import ReviewSettings

ASSETS = Path(__file__).resolve().parent / "assets"
# Columns sent to the page; "coded" ones go through a dictionary.
CODED = (
    "source_file", "indicator_id", "indicator_label", "unit", "value_kind", "country", "admin1",
    "municipality", "municipality_code", "period_label", "period_start", "period_end",
    "breakdown_dimension", "breakdown_value", "quality_flags", "extraction_method", "status",
)  # fmt: skip
PLAIN = ("observation_id", "source_locator", "source_text", "value", "value_raw", "value_text",
         "parent_observation_id", "confidence", "corrected")  # fmt: skip
COLUMNS = (*PLAIN, *CODED)

# The page's words are the catalogue's "review-page-*" entries (genero_etl.messages).


def report_data(
    tables: Mapping[str, pa.Table],
    decisions: Mapping[str, Decision],
    settings: ReviewSettings,
    lang: str,
) -> dict[str, Any]:
    """The page's JSON: columnar observations with dictionaries, issues and files."""
    from genero_etl.model.arrow import table_rows

    observations = tables["observations"]
    columns: dict[str, list[Any]] = {c: [] for c in COLUMNS}
    dictionaries: dict[str, dict[str, int]] = {c: {} for c in CODED}
    status_of = {"accept": "confirmed", "reject": "rejected", "correct": "corrected"}
    ids = observations.column("observation_id")
    present = set(ids.to_pylist()) if decisions else set()
    for batch in observations.to_batches(max_chunksize=20_000):
        data = batch.to_pydict()
        n = batch.num_rows
        for c in PLAIN:
            if c in data:
                columns[c].extend(data[c])
        for i in range(n):
            decision = decisions.get(data["observation_id"][i])
            data.setdefault("status", []).append(
                status_of[decision.action] if decision else "automatic"
            )
            columns["corrected"].append(
                decision.changes if decision and decision.action == "correct" else None
            )
        for c in CODED:
            table = dictionaries[c]
            values = data.get(c) or [None] * n
            columns[c].extend(table.setdefault(_text(v), len(table)) for v in values)
    for c in ("value", "confidence"):
        columns[c] = [None if v is None else round(float(v), 6) for v in columns[c]]
    issues = [
        {
            "severity": r["severity"],
            "code": r["code"],
            "file": r["source_file"],
            "where": r["source_locator"],
            "message": r["message_es"] if lang == "es" else r["message_en"],
            "ids": [i for i in str(r["observation_ids"]).split(";") if i],
        }
        for r in table_rows(tables["quality_issues"])
    ]
    files = [
        {
            "file": r["source_file"],
            "format": r["format"],
            "place": " / ".join(str(r[k]) for k in ("country", "admin1", "municipality") if r[k]),
            "period": r["period_label"],
            "observations": r["observations"],
        }
        for r in table_rows(tables["sources"])
    ]
    stale = sorted(k for k in decisions if k not in present)
    return {
        "meta": {
            "lang": lang,
            "generated": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "tool": f"genero-etl {__version__}",
            "min_confidence": settings.min_confidence,
            "rows": observations.num_rows,
            "decided": len(decisions) - len(stale),
            "stale": stale,
        },
        "text": texts("review-page-", lang),
        "columns": {c: columns[c] for c in COLUMNS},
        "dict": {c: list(dictionaries[c]) for c in CODED},
        "issues": issues,
        "files": files,
    }


def _text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _inline_json(data: dict[str, Any]) -> str:
    """JSON safe inside <script>: no '</' can close the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render_html(data: dict[str, Any]) -> str:
    template = (ASSETS / "report.html").read_text(encoding="utf-8")
    style = (ASSETS / "report.css").read_text(encoding="utf-8")
    script = (ASSETS / "report.js").read_text(encoding="utf-8")
    return (
        template.replace("{{lang}}", data["meta"]["lang"])
        .replace("{{title}}", data["text"]["title"])
        .replace("/*{{style}}*/", style)
        .replace("/*{{script}}*/", script.replace("</", "<\\/"))
        .replace("{{data}}", _inline_json(data))
    )


def write_report(
    path: Path,
    tables: Mapping[str, pa.Table],
    decisions: Mapping[str, Decision],
    settings: ReviewSettings,
    lang: str = "es",
) -> Path:
    from genero_etl.stage import atomic_write_bytes

    html = render_html(report_data(tables, decisions, settings, lang))
    atomic_write_bytes(path, html.encode("utf-8"), durable=False)
    path.chmod(0o644)  # a report to share with colleagues
    return path
