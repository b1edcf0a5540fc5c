"""A person's decisions on staged values: accept, reject or correct, kept in the workspace.

Decisions are stored in ``.genero-etl/decisions.json`` (written atomically and durably:
unlike staged data, ingest cannot re-create them), keyed by the stable ``observation_id``,
so re-ingesting the same report keeps them. A decision whose observation is gone (the
report changed) is *stale*: it is kept and reported every time, never silently dropped.

A correction is validated like any input before anything is stored: a value must be a
number, an indicator must be in the codebook, a place code in the official catalogue, a
period readable; one bad row and nothing changes.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.errors import UsageError
from genero_etl.messages import render

if TYPE_CHECKING:
    import pyarrow as pa

    from genero_etl.normalize.codebook import Codebook
    from genero_etl.workspace import Workspace

STORE_FORMAT = 1
ACCEPT, REJECT, CORRECT, UNDO = "accept", "reject", "correct", "undo"
# What a person may type in the decision column, in either language.
ACTION_WORDS = {
    "accept": ACCEPT, "aceptar": ACCEPT, "acepto": ACCEPT, "confirm": ACCEPT, "confirmar": ACCEPT,
    "ok": ACCEPT, "si": ACCEPT, "sí": ACCEPT, "yes": ACCEPT,
    "reject": REJECT, "rechazar": REJECT, "rechazo": REJECT, "no": REJECT,
    "correct": CORRECT, "corregir": CORRECT, "corrijo": CORRECT, "fix": CORRECT,
    "undo": UNDO, "deshacer": UNDO, "borrar": UNDO, "clear": UNDO,
}  # fmt: skip
# The fields a correction may change, in the order the spreadsheet shows them.
CORRECTABLE = (
    "value", "indicator_id", "admin1", "municipality_code", "period", "breakdown", "unit",
)  # fmt: skip


@dataclass(slots=True)
class Decision:
    observation_id: str
    action: str  # accept | reject | correct
    changes: dict[str, Any] = field(default_factory=dict)  # resolved published columns
    original: dict[str, Any] = field(default_factory=dict)  # the reading decided on
    note: str = ""
    decided_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Decision:
        return cls(
            observation_id=str(data["observation_id"]),
            action=str(data["action"]),
            changes=dict(data.get("changes") or {}),
            original=dict(data.get("original") or {}),
            note=str(data.get("note") or ""),
            decided_at=str(data.get("decided_at") or ""),
        )


@dataclass(slots=True)
class Problem:
    """One refused row of a decisions file: where, and the message code with its values."""

    row: int
    column: str
    code: str
    params: dict[str, object]

    def text(self, lang: str) -> str:
        return render(self.code, lang, **{**self.params, "row": self.row, "column": self.column})


class DecisionsInvalid(UsageError):
    """A decisions file with bad rows: every problem listed, nothing stored."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("review-decisions-invalid", path=path, count=len(problems))

    def message(self, lang: str = "es") -> str:
        head = render(self.code, lang, **self.params)
        shown = self.problems[:50]
        lines = [f"  - {p.text(lang)}" for p in shown]
        if len(self.problems) > len(shown):
            lines.append(f"  … +{len(self.problems) - len(shown)}")
        return head + "\n" + "\n".join(lines)


# --- the store -----------------------------------------------------------------------


def store_path(ws: Workspace) -> Path:
    return ws.root / ".genero-etl" / "decisions.json"


def load_decisions(ws: Workspace) -> dict[str, Decision]:
    path = store_path(ws)
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise UsageError(
            "review-store-invalid", path=ws.display(path), reason=str(err).splitlines()[0]
        ) from None
    items = data.get("decisions", []) if isinstance(data, dict) else []
    return {d.observation_id: d for d in (Decision.from_dict(i) for i in items)}


def save_decisions(ws: Workspace, decisions: Mapping[str, Decision]) -> Path:
    from genero_etl.stage import atomic_write_bytes

    path = store_path(ws)
    payload = {
        "format": STORE_FORMAT,
        "decisions": [decisions[k].to_dict() for k in sorted(decisions)],
    }
    data = (json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
    atomic_write_bytes(path, data, durable=True)
    return path


# --- corrections: one validator per field, filled by a decorator ------------------------

Resolver = Callable[[Any, Mapping[str, Any], "Codebook"], dict[str, Any]]
_RESOLVERS: dict[str, Resolver] = {}


class _Refused(Exception):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def resolver(name: str) -> Callable[[Resolver], Resolver]:
    def register(fn: Resolver) -> Resolver:
        _RESOLVERS[name] = fn
        return fn

    return register


def parse_value(raw: object, country: str) -> float:
    """A corrected value: a number cell as is; typed text read with the country's convention.

    ``1109``, ``12,5`` (AR) or ``12.5`` (MX) are clear; ``1.009`` or ``1,009`` could be a
    thousand or one: it is refused as ambiguous rather than guessed, since a correction
    must say exactly what to publish.
    """
    from genero_etl.extract.numbers import COUNTRY_CONVENTION, Convention, parse_number

    if isinstance(raw, int | float) and not isinstance(raw, bool):
        value = float(raw)
    else:
        text = str(raw).strip().removesuffix("%").strip()
        convention = COUNTRY_CONVENTION.get(country, Convention.UNKNOWN)
        reading = parse_number(text, convention)  # ValueError when not a number
        if reading.ambiguous:
            raise _Refused(
                "review-ambiguous-value", value=raw, a=_g(reading.value), b=_g(reading.alternative)
            )
        value = reading.value
    if not math.isfinite(value):
        raise ValueError(raw)
    return value


def _g(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


SUPPRESSED = "suppressed_small_count"  # privacy: a count too small to publish


@resolver("value")
def _value(raw: object, row: Mapping[str, Any], codebook: Codebook) -> dict[str, Any]:
    if SUPPRESSED in str(row.get("quality_flags") or "").split(";"):
        raise _Refused("review-suppressed", shown=row.get("value_text") or "")
    try:
        value = parse_value(raw, str(row.get("country") or ""))
    except ValueError:
        raise _Refused("review-bad-value", value=raw) from None
    if row.get("value_kind") == "percentage" and not 0 <= value <= 100:
        raise _Refused("review-bad-percentage", value=raw)
    return {"value": value}


@resolver("indicator_id")
def _indicator(text: str, row: Mapping[str, Any], codebook: Codebook) -> dict[str, Any]:
    key = text.strip()
    if key == codebook.unclassified.id:
        return {"indicator_id": key, "theme": codebook.unclassified.theme}
    found = codebook.indicators.get(key)
    if found is None:
        known = ", ".join(sorted(codebook.indicators)[:12]) + ", …"
        raise _Refused("review-unknown-indicator", indicator=key, known=known)
    return {"indicator_id": found.id, "theme": found.theme}


@resolver("admin1")
def _admin1(text: str, row: Mapping[str, Any], codebook: Codebook) -> dict[str, Any]:
    from genero_etl.normalize.places import gazetteer, lookup_admin1

    key = text.strip()
    country = str(row.get("country") or "")
    found = gazetteer().admin1_by_iso(key.upper())
    if found is None:
        matches = lookup_admin1(key, country)
        found = matches[0] if len(matches) == 1 else None
    if found is None or (country and found.country != country):
        raise _Refused("review-unknown-place", place=key, country=country or "?")
    return {
        "country": found.country,
        "admin1": found.iso,
        "municipality": "",
        "municipality_code": "",
    }


@resolver("municipality_code")
def _municipality(text: str, row: Mapping[str, Any], codebook: Codebook) -> dict[str, Any]:
    from genero_etl.normalize.places import place_from_code

    code = text.strip()
    country = str(row.get("country") or "")
    place = place_from_code(country, code) if country else None
    # a spreadsheet that took the code for a number dropped its leading zeros (05101 -> 5101)
    for width in range(len(code) + 1, 9) if place is None and code.isdigit() and country else ():
        place = place_from_code(country, code.zfill(width))
        if place is not None:
            break
    if place is None:
        raise _Refused("review-unknown-place", place=code, country=country or "?")
    return {
        "country": place.country,
        "admin1": place.admin1,
        "municipality": place.municipality,
        "municipality_code": place.municipality_code,
    }


@resolver("period")
def _period(text: str, row: Mapping[str, Any], codebook: Codebook) -> dict[str, Any]:
    from genero_etl.extract.periods import parse_period_option

    found = parse_period_option(text)
    if found is None or found.end < found.start:
        raise _Refused("review-bad-period", period=text)
    return {"period_start": found.start, "period_end": found.end, "period_label": text.strip()}


@resolver("breakdown")
def _breakdown(text: str, row: Mapping[str, Any], codebook: Codebook) -> dict[str, Any]:
    key = text.strip()
    if key == "_T":
        return {"breakdown_dimension": "_T", "breakdown_value": "_T"}
    dimension, sep, value = key.partition("=")
    if not sep or not dimension.strip() or not value.strip():
        raise _Refused("review-bad-breakdown", breakdown=text)
    return {"breakdown_dimension": dimension.strip(), "breakdown_value": value.strip()}


@resolver("unit")
def _unit(text: str, row: Mapping[str, Any], codebook: Codebook) -> dict[str, Any]:
    unit = text.strip()
    if not unit or len(unit) > 60:
        raise _Refused("review-bad-unit", unit=text)
    return {"unit": unit}


# --- reading decision rows ---------------------------------------------------------------


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _original(row: Mapping[str, Any]) -> dict[str, Any]:
    keys = (
        "source_file", "source_locator", "value", "value_raw", "indicator_id", "unit",
        "country", "admin1", "municipality_code", "period_start", "period_end",
        "breakdown_dimension", "breakdown_value",
    )  # fmt: skip
    return {k: row.get(k) for k in keys}


def parse_rows(
    rows: Iterable[tuple[int, Mapping[str, object]]],
    current: Mapping[str, Mapping[str, Any]],
    codebook: Codebook,
) -> tuple[list[Decision], list[str], list[Problem]]:
    """Decision rows (row number, cells) -> (decisions, undone ids, problems).

    ``current`` maps observation ids to their staged rows; a decision on an id that is
    not staged is refused (a decision is checked against the value it decides on).
    """
    decided: list[Decision] = []
    undone: list[str] = []
    problems: list[Problem] = []
    now = _now()
    for number, cells in rows:
        oid = _cell(cells.get("observation_id"))
        word = _cell(cells.get("decision")).lower()
        if not word:
            continue  # no decision on this row
        action = ACTION_WORDS.get(word)
        if action is None:
            problems.append(Problem(number, "decision", "review-bad-decision", {"word": word}))
            continue
        if not oid:
            problems.append(Problem(number, "observation_id", "review-no-id", {}))
            continue
        if action == UNDO:
            undone.append(oid)
            continue
        row = current.get(oid)
        if row is None:  # a typo, or a sheet older than the last ingest
            problems.append(Problem(number, "observation_id", "review-unknown-id", {"id": oid}))
            continue
        note = _cell(cells.get("note"))
        if action != CORRECT:
            decided.append(Decision(oid, action, {}, _original(row), note, now))
            continue
        changes: dict[str, Any] = {}
        for name in CORRECTABLE:
            raw = cells.get(name)
            text = _cell(raw)
            if not text:
                continue
            given: Any = raw if name == "value" and isinstance(raw, int | float) else text
            try:
                changes.update(_RESOLVERS[name](given, {**row, **changes}, codebook))
            except _Refused as refused:
                problems.append(Problem(number, name, refused.code, refused.params))
        if not changes and not any(p.row == number for p in problems):
            problems.append(Problem(number, "decision", "review-correct-empty", {}))
            continue
        decided.append(Decision(oid, CORRECT, changes, _original(row), note, now))
    return decided, undone, problems


def _now() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


# --- applying decisions to the observations about to be published -----------------------


@dataclass(slots=True)
class Applied:
    """What decisions did to a table of observations."""

    confirmed: int = 0
    corrected: int = 0
    rejected: int = 0
    stale: list[Decision] = field(default_factory=list)


def stale_decisions(
    decisions: Mapping[str, Decision], observation_ids: pa.ChunkedArray | pa.Array
) -> list[Decision]:
    """Decisions whose observation is not (any more) among ``observation_ids``."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not decisions:
        return []
    keys = pa.array(sorted(decisions), pa.string())
    present = pc.is_in(keys, value_set=pc.unique(observation_ids).cast(pa.string()))
    return [
        decisions[k]
        for k, here in zip(keys.to_pylist(), present.to_pylist(), strict=True)
        if not here
    ]


def successors(stale: list[Decision], observations: pa.Table) -> dict[str, tuple[str, str]]:
    """For stale decisions, the one staged observation that reads the same now, if any.

    The same file, number as written, indicator and breakdown, at most one match: when a
    report gains a line, its values move down and get new ids; this points the person to
    them (it never moves a decision by itself).
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    if not stale or observations.num_rows == 0:
        return {}
    keys = ("source_file", "value_raw", "indicator_id", "breakdown_value")
    files = pa.array(sorted({str(d.original.get("source_file") or "") for d in stale}))
    near = observations.filter(pc.is_in(observations.column("source_file"), value_set=files))
    found: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for row in near.select([*keys, "observation_id", "source_locator"]).to_pylist():
        key = tuple(str(row[k] or "") for k in keys)
        found.setdefault(key, []).append((str(row["observation_id"]), str(row["source_locator"])))
    out = {}
    for d in stale:
        matches = found.get(tuple(str(d.original.get(k) or "") for k in keys), [])
        if len(matches) == 1:
            out[d.observation_id] = matches[0]
    return out


def apply_decisions(table: pa.Table, decisions: Mapping[str, Decision]) -> tuple[pa.Table, Applied]:
    """Rejected rows removed, corrections applied, review_status / review_original set.

    Only the decided rows are touched row by row; the rest keep their columns as they are
    (a million-row spreadsheet with ten decisions stays columnar).
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    applied = Applied(stale=stale_decisions(decisions, table.column("observation_id")))
    for name in ("review_status", "review_original"):  # a workspace schema may lack them
        if name not in table.column_names:
            table = table.append_column(name, pa.nulls(table.num_rows, pa.string()))
    status_at = table.column_names.index("review_status")
    table = table.set_column(
        status_at,
        "review_status",
        pc.fill_null(table.column("review_status").cast(pa.string()), "automatic"),
    )
    if not decisions or table.num_rows == 0:
        return table, applied
    order = pa.array(np.arange(table.num_rows, dtype=np.int64))
    indexed = table.append_column("__row", order)
    mask = pc.is_in(indexed.column("observation_id"), value_set=pa.array(sorted(decisions)))
    touched = indexed.filter(mask).to_pylist()
    kept_rows: list[dict[str, Any]] = []
    for row in touched:
        decision = decisions[str(row["observation_id"])]
        if decision.action == REJECT:
            applied.rejected += 1
            continue
        if decision.action == CORRECT:
            original: dict[str, object] = {}
            for key, value in decision.changes.items():
                new = _typed(value, indexed.schema.field(key).type)
                if row.get(key) != new or key == "value":
                    original[key] = _plain(row.get(key))
                row[key] = new
            row["review_status"] = "corrected"
            row["review_original"] = json.dumps(original, ensure_ascii=False, sort_keys=True)
            applied.corrected += 1
        else:
            row["review_status"] = "confirmed"
            applied.confirmed += 1
        kept_rows.append(row)
    rest = indexed.filter(pc.invert(mask))
    changed = pa.Table.from_pylist(kept_rows, schema=indexed.schema)
    merged = pa.concat_tables([rest, changed]).sort_by("__row")
    return merged.drop_columns(["__row"]), applied


def _plain(value: object) -> object:
    import datetime as dt

    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _typed(value: object, arrow_type: pa.DataType) -> object:
    import datetime as dt

    import pyarrow as pa

    if value in ("", None):
        return None
    if pa.types.is_date(arrow_type) and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if pa.types.is_floating(arrow_type):
        return float(str(value))
    return value
