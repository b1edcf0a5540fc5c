"""The contract between extraction and normalisation: a columnar table of candidates.

Text passes and spreadsheet layouts both emit :class:`Candidates`: one entry per value
found, with its position, the value as written (and, for text, the value already
read), and the attributes its sentence, row or column gives it (indicator, period, place,
breakdown, kind and unit hints, flags, parent). Text attributes are
:class:`~genero_etl.model.coded.Coded` columns (small integer codes into the distinct
values), so a million-row CSV melts into twelve million candidates without a Python
object per cell, and every per-value step runs once per *distinct* value.
``normalize.table.observations_table`` turns candidates into the observations table.

Columns (text columns are coded; the rest are numpy arrays, one entry per candidate):

- ``raw``: the value as written (for tables, the cell content of any type);
  ``value``: the value already read (text), or ``None`` for the whole table when
  ``raw`` is to be parsed (tables);
- ``percent``: written with "%" (text; tables learn it when parsing ``raw``);
- ``indicator_id`` (an id of the codebook, or ''), ``indicator_label``, ``value_kind``
  and ``unit`` ('' = the indicator's; ``moneda`` = an amount, resolved to its ISO 4217
  code from ``currency``, the currency as written, and the row's country);
- places, periods, breakdown, ``activity``, ``value_text``, ``source_text``, ``method``;
- ``flags``: quality flags the extractor already knows (``;``-joined, in order);
- ``approximate``, ``lower_bound``;
- where it is: ``sheet``, ``row`` and ``col`` (0-based) or ``locator_override``;
- its id: ``id_key`` (the key of a SHA-256 id, after the file's hash) or, when empty,
  sheet, row and column (see ``normalize.ids``);
- its total: ``parent`` (the position of its total, -1 for none: text links parts by
  position) or ``group_key`` with ``is_total`` / ``link_parent`` (tables: parts and their
  total share a group); in a crosstab with a total row and a total column, ``cross_key``
  names the other group of a cell (its row's, or its column's), whose total ends in ``*``;
- ``confidence`` (float values) and ``suppressed`` (small register counts, published
  without their value).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from genero_etl.model.coded import Coded

Ints = npt.NDArray[np.int64]
Positions = npt.NDArray[np.int32]  # sheet rows and columns (a sheet has < 2**31 rows)
Bools = npt.NDArray[np.bool_]
Floats = npt.NDArray[np.float64]

TEXT_COLUMNS = (
    "sheet", "raw", "indicator_id", "indicator_label", "period_start", "period_end", "period_label",
    "breakdown_dimension", "breakdown_value", "country", "admin1", "municipality", "municipality_code",
    "activity", "value_kind", "unit", "value_text", "source_text", "group_key", "method",
    "locator_override", "id_key", "currency", "flags", "cross_key",
)  # fmt: skip
_LOCATING = ("sheet", "locator_override", "id_key", "group_key", "cross_key")


def _no_parents(n: int) -> Ints:
    """n times -1, as a read-only view of one value (twelve million cells of a table take
    no memory); every use of ``parent`` reads it or makes a new array from it."""
    return np.broadcast_to(np.int64(-1), (n,))


def _bools(mask: npt.NDArray[Any] | None, n: int) -> Bools:
    return np.zeros(n, dtype=bool) if mask is None else mask.astype(bool)


@dataclass(slots=True)
class Candidates:
    """Values found in one file, column by column (text columns coded, the rest numpy)."""

    text: dict[str, Coded]  # every name in TEXT_COLUMNS; "raw" holds cell values of any type
    row: Positions  # 0-based sheet row
    col: Positions  # 0-based sheet column
    is_total: Bools
    link_parent: Bools
    confidence: Coded  # float values
    suppressed: Bools  # small register counts, published without their value
    approximate: Bools = field(default_factory=lambda: np.zeros(0, dtype=bool))
    lower_bound: Bools = field(default_factory=lambda: np.zeros(0, dtype=bool))
    percent: Bools = field(default_factory=lambda: np.zeros(0, dtype=bool))
    parent: Ints = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    value: Floats | None = None  # already read (text); None: parse "raw"

    def __len__(self) -> int:
        return len(self.row)

    @classmethod
    def build(
        cls,
        n: int,
        text: dict[str, Coded],
        *,
        row: npt.NDArray[np.integer[Any]],
        col: npt.NDArray[np.integer[Any]],
        confidence: float | Coded,
        is_total: Bools | None = None,
        link_parent: Bools | None = None,
        suppressed: Bools | None = None,
        approximate: Bools | None = None,
        lower_bound: Bools | None = None,
        percent: Bools | None = None,
        parent: Ints | None = None,
        value: Floats | None = None,
    ) -> Candidates:
        full = {name: text[name] if name in text else Coded.const("", n) for name in TEXT_COLUMNS}
        return cls(
            full, row.astype(np.int32, copy=False), col.astype(np.int32, copy=False),
            _bools(is_total, n), _bools(link_parent, n),
            confidence if isinstance(confidence, Coded) else Coded.const(float(confidence), n),
            _bools(suppressed, n), _bools(approximate, n), _bools(lower_bound, n), _bools(percent, n),
            _no_parents(n) if parent is None else parent.astype(np.int64),
            None if value is None else value.astype(np.float64),
        )  # fmt: skip

    @classmethod
    def empty(cls) -> Candidates:
        nothing = np.zeros(0, dtype=np.int64)
        return cls.build(0, {}, row=nothing, col=nothing, confidence=0.0)

    @classmethod
    def from_records(cls, records: list[dict[str, Any]]) -> Candidates:
        """Candidates from one dictionary per cell (small tables: inferred layouts, register
        counts). A record's ``id_key`` with a ``locator_override`` names a group within that
        range: its id key becomes ``'<range>#<group>'``; an optional ``parent`` is the position
        of its total among the records."""
        if not records:
            return cls.empty()
        text = {name: Coded.of([r.get(name, "") for r in records]) for name in TEXT_COLUMNS}
        text["id_key"] = Coded.of([_record_id_key(r) for r in records])
        return cls.build(
            len(records), text,
            row=np.array([r["row"] for r in records], dtype=np.int64),
            col=np.array([r["col"] for r in records], dtype=np.int64),
            confidence=Coded.of([float(r["confidence"]) for r in records]),
            is_total=np.array([bool(r["is_total"]) for r in records], dtype=bool),
            link_parent=np.array([bool(r["link_parent"]) for r in records], dtype=bool),
            suppressed=np.array([bool(r.get("suppressed", False)) for r in records], dtype=bool),
            parent=np.array([int(r.get("parent", -1)) for r in records], dtype=np.int64),
        )  # fmt: skip

    @classmethod
    def concat(cls, parts: list[Candidates]) -> Candidates:
        parts = [p for p in parts if len(p)]
        if not parts:
            return cls.empty()
        if len(parts) == 1:
            return parts[0]
        values = [p.value for p in parts]
        read = [v for v in values if v is not None]
        if read and len(read) != len(values):
            raise ValueError("candidates with read values cannot join candidates to parse")
        offsets = np.cumsum([0, *(len(p) for p in parts[:-1])])
        return cls(
            {name: Coded.concat([p.text[name] for p in parts]) for name in TEXT_COLUMNS},
            np.concatenate([p.row for p in parts]),
            np.concatenate([p.col for p in parts]),
            np.concatenate([p.is_total for p in parts]),
            np.concatenate([p.link_parent for p in parts]),
            Coded.concat([p.confidence for p in parts]),
            np.concatenate([p.suppressed for p in parts]),
            np.concatenate([p.approximate for p in parts]),
            np.concatenate([p.lower_bound for p in parts]),
            np.concatenate([p.percent for p in parts]),
            np.concatenate(
                [np.where(p.parent >= 0, p.parent + o, -1) for p, o in zip(parts, offsets, strict=True)]
            ),
            np.concatenate(read) if read else None,
        )  # fmt: skip

    def filter(self, mask: Bools) -> Candidates:
        """The candidates where ``mask`` is true (explicit parents are renumbered; a parent
        filtered out leaves its part without one)."""
        parent = self.parent[mask]
        linked = parent >= 0
        if linked.any():
            position = np.cumsum(mask) - 1
            targets = parent[linked]
            alive = mask[targets]
            parent = np.full(len(parent), -1, dtype=np.int64)
            parent[np.flatnonzero(linked)[alive]] = position[targets[alive]]
        return Candidates(
            {name: c.take(mask) for name, c in self.text.items()}, self.row[mask], self.col[mask],
            self.is_total[mask], self.link_parent[mask], self.confidence.take(mask), self.suppressed[mask],
            self.approximate[mask], self.lower_bound[mask], self.percent[mask], parent,
            None if self.value is None else self.value[mask],
        )  # fmt: skip

    def release(self) -> None:
        """Drop positions, flags and locator columns once ids, locators and links are made."""
        empty = np.zeros(0, dtype=np.int32)
        self.row = self.col = empty
        self.is_total = self.link_parent = self.suppressed = np.zeros(0, dtype=bool)
        self.parent = np.zeros(0, dtype=np.int64)
        for name in _LOCATING:
            self.text.pop(name, None)

    def locator_at(self, i: int) -> str:
        from genero_etl.readers.grid import locator

        override = self.text_at("locator_override", i)
        if override:
            return override
        return locator(self.text_at("sheet", i), int(self.row[i]), int(self.col[i]))

    def text_at(self, name: str, i: int) -> str:
        column = self.text[name]
        return str(column.values[column.codes[i]])


def _record_id_key(record: dict[str, Any]) -> str:
    override = str(record.get("locator_override", "") or "")
    if not override:
        return ""  # a cell: its id comes from its sheet, row and column
    return f"{override}#{record.get('id_key', '') or ''}"
