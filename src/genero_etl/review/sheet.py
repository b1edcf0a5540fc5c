"""The review spreadsheet: one row per staged value with a decision column, and reading it back.

Columns a person fills: ``decision`` (aceptar/accept, rechazar/reject, corregir/correct,
deshacer/undo) and, for a correction, the ``new_*`` columns; ``note`` is free text. Every
other column is context and is ignored when read back. Rows with a stored decision come
pre-filled, so applying the same sheet twice changes nothing.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.errors import InputUnreadable, UnsupportedInput
from genero_etl.messages import texts
from genero_etl.review.decisions import CORRECT, CORRECTABLE, Decision

if TYPE_CHECKING:
    import pyarrow as pa

DECISION_COLUMNS = ["observation_id", "decision", *(f"new_{c}" for c in CORRECTABLE), "note"]
CONTEXT_COLUMNS = [
    "review_status", "confidence", "quality_flags", "source_file", "source_locator",
    "source_text", "indicator_id", "indicator_label", "value", "value_raw", "value_text", "unit",
    "value_kind", "country", "admin1", "municipality", "municipality_code", "period_label",
    "period_start", "period_end", "breakdown", "parent_observation_id",
]  # fmt: skip
HEADER = [*DECISION_COLUMNS, *CONTEXT_COLUMNS]
XLSX_MAX_ROWS = 1_048_575  # a worksheet's rows, less the header
WORDS = {"es": ("aceptar", "rechazar", "corregir", "deshacer"),
         "en": ("accept", "reject", "correct", "undo")}  # fmt: skip


def sheet_rows(
    observations: pa.Table, decisions: Mapping[str, Decision], lang: str
) -> Iterator[list[object]]:
    """Each observation as a sheet row (HEADER order), stored decisions pre-filled."""
    words = dict(zip(("accept", "reject", "correct", "undo"), WORDS[lang], strict=True))
    for batch in observations.to_batches(max_chunksize=20_000):
        for row in batch.to_pylist():
            oid = str(row["observation_id"])
            decision = decisions.get(oid)
            new: dict[str, object] = dict.fromkeys(CORRECTABLE, "")
            status = "automatic"
            if decision is not None:
                status = {"accept": "confirmed", "reject": "rejected"}.get(
                    decision.action, "corrected"
                )
                if decision.action == CORRECT:
                    new.update(_typed_back(decision.changes))
            context = {
                **{k: row.get(k) for k in CONTEXT_COLUMNS},
                "review_status": status,
                "breakdown": _breakdown(row),
            }
            yield [
                oid,
                words[decision.action] if decision else "",
                *(_cell(new[c]) for c in CORRECTABLE),
                decision.note if decision else "",
                *(_cell(context[k]) for k in CONTEXT_COLUMNS),
            ]


def _breakdown(row: Mapping[str, Any]) -> str:
    dimension, value = row.get("breakdown_dimension") or "_T", row.get("breakdown_value") or "_T"
    return "_T" if dimension == "_T" else f"{dimension}={value}"


def _typed_back(changes: Mapping[str, Any]) -> dict[str, object]:
    """Stored resolved changes -> what the new_* columns said."""
    out: dict[str, object] = {}
    if "value" in changes:
        out["value"] = changes["value"]
    if "indicator_id" in changes:
        out["indicator_id"] = changes["indicator_id"]
    if changes.get("municipality_code"):
        out["municipality_code"] = changes["municipality_code"]
    elif "admin1" in changes:
        out["admin1"] = changes["admin1"]
    if "period_label" in changes:
        out["period"] = changes["period_label"]
    if "breakdown_dimension" in changes:
        out["breakdown"] = _breakdown(changes)
    if "unit" in changes:
        out["unit"] = changes["unit"]
    return out


def _cell(value: object) -> object:
    import datetime as dt

    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def write_sheet(
    path: Path, observations: pa.Table, decisions: Mapping[str, Decision], lang: str
) -> Path:
    """review.xlsx (a dropdown on 'decision', filters, help sheet) or review.csv."""
    from genero_etl.stage import atomic_write_bytes

    rows = sheet_rows(observations, decisions, lang)
    if observations.num_rows >= XLSX_MAX_ROWS:  # more rows than a worksheet holds
        path = path.with_suffix(".csv")
    if path.suffix.lower() == ".csv":
        sink = io.StringIO()
        writer = csv.writer(sink, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows([_csv_safe(c) for c in r] for r in rows)
        atomic_write_bytes(path, sink.getvalue().encode("utf-8-sig"), durable=False)
        path.chmod(0o644)
        return path
    atomic_write_bytes(path, _xlsx_bytes(rows, observations.num_rows, lang), durable=False)
    path.chmod(0o644)
    return path


def _csv_safe(value: object) -> object:
    """A text cell a spreadsheet would run as a formula gets a leading quote."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@") and not _is_number(value):
        return "'" + value
    return value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _xlsx_bytes(rows: Iterator[list[object]], count: int, lang: str) -> bytes:
    import xlsxwriter

    sink = io.BytesIO()
    book = xlsxwriter.Workbook(
        sink,
        {
            "constant_memory": count > 200_000,  # shared strings are faster; bounded memory above
            "strings_to_formulas": False,
            "strings_to_urls": False,
        },
    )
    sheet = book.add_worksheet("review")
    head = book.add_format({"bold": True, "bg_color": "#DDE6F0", "border": 1})
    edit = book.add_format({"bold": True, "bg_color": "#FFF2CC", "border": 1})
    text = book.add_format({"num_format": "@"})
    for col, name in enumerate(HEADER):
        sheet.write_string(0, col, name, edit if name in DECISION_COLUMNS[1:] else head)
    for r, row in enumerate(rows, start=1):
        for col, value in enumerate(row):
            if value == "" or value is None:
                continue
            if isinstance(value, str):
                sheet.write_string(r, col, value)
            elif isinstance(value, bool):
                sheet.write_boolean(r, col, value)
            else:
                sheet.write_number(r, col, value)
    last = max(count, 1)
    sheet.data_validation(
        1, 1, last, 1, {"validate": "list", "source": list(WORDS[lang]), "error_type": "warning"}
    )
    sheet.freeze_panes(1, 2)
    sheet.autofilter(0, 0, last, len(HEADER) - 1)
    widths = {"observation_id": 19, "decision": 11, "note": 24, "source_text": 60}
    for col, name in enumerate(HEADER):  # typed codes stay text: 01001 is not 1001
        sheet.set_column(col, col, widths.get(name, 14), text if name in DECISION_COLUMNS else None)
    words = texts("review-sheet-help-", lang)  # "name", then the lines "0", "1", ...
    helper = book.add_worksheet(words.pop("name"))
    for r, line in enumerate(words[str(i)] for i in range(len(words))):
        helper.write_string(r, 0, line)
    helper.set_column(0, 0, 120)
    book.close()
    return sink.getvalue()


# --- reading a decisions file back -------------------------------------------------------


def read_decision_rows(path: Path, display: str) -> list[tuple[int, dict[str, object]]]:
    """(row number, {column: cell}) from xlsx/ods, CSV or YAML; new_* columns unprefixed."""
    if not path.is_file():
        raise InputUnreadable("path-not-found", path=display)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".ods", ".xls"):
        rows = _sheet_rows(path, display)
    elif suffix in (".csv", ".tsv", ".txt"):
        rows = _csv_rows(path, display)
    elif suffix in (".yaml", ".yml", ".json"):
        rows = _yaml_rows(path, display)
    else:
        raise UnsupportedInput(
            "unknown-format", path=display, suffix=suffix or "-", known=".xlsx, .csv, .yaml"
        )
    if suffix not in (".yaml", ".yml", ".json"):  # a sheet: only the columns a person fills
        rows = [(n, {k: v for k, v in c.items() if str(k) in DECISION_COLUMNS}) for n, c in rows]
    return [(n, {_key(k): v for k, v in cells.items()}) for n, cells in rows]


def _key(name: object) -> str:
    key = str(name).strip()
    return key[4:] if key.startswith("new_") else key


def _sheet_rows(path: Path, display: str) -> list[tuple[int, dict[str, object]]]:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        data = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception as err:  # calamine raises its own error types
        raise InputUnreadable("file-unreadable", path=display, reason=str(err)) from None
    if not data:
        raise InputUnreadable("file-empty", path=display)
    header = [str(h).strip() for h in data[0]]
    return [(i, dict(zip(header, row, strict=False))) for i, row in enumerate(data[1:], start=2)]


def _csv_rows(path: Path, display: str) -> list[tuple[int, dict[str, object]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_text(encoding="cp1252")
    if not text.strip():
        raise InputUnreadable("file-empty", path=display)
    first = text.splitlines()[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    return [
        (i, {k.strip(): v for k, v in row.items() if k}) for i, row in enumerate(reader, start=2)
    ]


def _yaml_rows(path: Path, display: str) -> list[tuple[int, dict[str, object]]]:
    import yaml

    from genero_etl.resources import load_yaml

    try:
        data: Any = load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise InputUnreadable(
            "metadata-invalid", path=display, reason=str(err).splitlines()[0]
        ) from None
    items = data.get("decisions") if isinstance(data, dict) else data
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise InputUnreadable(
            "metadata-invalid",
            path=display,
            reason="se esperaba 'decisions:' con una lista de mapas / expected a list of maps",
        )
    return [(i, dict(item)) for i, item in enumerate(items, start=1)]
