"""A columnar table (Arrow, pandas, or plain column lists) as the rule kinds see it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

SMALL = 4096  # rows: below, keys are coded in Python (no per-column kernel overhead)


@dataclass(slots=True)
class ColumnTable:
    """A :class:`~genero_etl.checks.engine.RuleTable` over a ``pyarrow.Table``, a
    ``pandas.DataFrame`` or a dict of equal-length column lists (one document's rows).

    Missing text is null or ``""``; numbers are present when not null. ``others`` are the
    other tables ``in_reference`` may name; ``bases`` the folders for reference files."""

    columns: dict[str, Any]  # name -> pyarrow.ChunkedArray or list
    n: int
    others: dict[str, ColumnTable] = field(default_factory=dict)
    bases: list[Path] = field(default_factory=list)
    _cache: dict[tuple[str, str], Any] = field(default_factory=dict)

    @classmethod
    def of(cls, data: Any, **kw: Any) -> ColumnTable:
        """From a ``pyarrow.Table``, a ``pandas.DataFrame`` or ``{name: [values]}``."""
        if isinstance(data, dict):
            sizes = {len(v) for v in data.values()}
            if len(sizes) > 1:
                raise ValueError(f"columns of different lengths: {sorted(sizes)}")
            return cls(dict(data), sizes.pop() if sizes else 0, **kw)
        import pyarrow as pa

        table = (
            data if isinstance(data, pa.Table) else pa.Table.from_pandas(data, preserve_index=False)
        )
        columns = {name: table.column(name) for name in table.column_names}
        return cls(columns, int(table.num_rows), **kw)

    @property
    def n_rows(self) -> int:
        return self.n

    def has(self, name: str) -> bool:
        return name in self.columns

    def _arrow(self, name: str) -> Any:
        import pyarrow as pa

        column = self.columns[name]
        if isinstance(column, list):
            return None
        if pa.types.is_dictionary(column.type):
            column = column.cast(column.type.value_type)
        return column

    def numeric(self, name: str) -> tuple[NDArray[np.float64], NDArray[np.bool_]] | None:
        if not self.has(name):
            return None
        key = ("numeric", name)
        if key not in self._cache:
            self._cache[key] = self._numeric(name)
        found: tuple[NDArray[np.float64], NDArray[np.bool_]] | None = self._cache[key]
        return found

    def _numeric(self, name: str) -> tuple[NDArray[np.float64], NDArray[np.bool_]] | None:
        import numpy as np

        if not _is_number(self.columns[name]):
            return None  # text (also dictionary-encoded): not decoded only to find that out
        column = self._arrow(name)
        if column is None:
            cells = self.columns[name]
            if not all(
                v is None or (isinstance(v, int | float) and not isinstance(v, bool)) for v in cells
            ):
                return None
            ok = np.array([v is not None for v in cells], dtype=bool)
            values = np.array([np.nan if v is None else v for v in cells], dtype="float64")
            return values, ok
        import pyarrow as pa
        import pyarrow.compute as pc

        if not (pa.types.is_integer(column.type) or pa.types.is_floating(column.type)):
            return None
        if self.n <= SMALL and pa.types.is_floating(column.type):  # no kernel calls
            cells = column.to_pylist()
            ok = np.array([v is not None for v in cells], dtype=bool)
            values = np.array([np.nan if v is None else v for v in cells], dtype="float64")
            return values, ok
        values = pc.fill_null(column.cast(pa.float64()), np.nan).to_numpy()
        return np.asarray(values, dtype="float64"), np.asarray(pc.is_valid(column), dtype=bool)

    def text(self, name: str) -> tuple[NDArray[Any], NDArray[np.bool_]] | None:
        if not self.has(name):
            return None
        key = ("text", name)
        if key not in self._cache:
            self._cache[key] = self._text(name)
        found: tuple[NDArray[Any], NDArray[np.bool_]] = self._cache[key]
        return found

    def _text(self, name: str) -> tuple[NDArray[Any], NDArray[np.bool_]]:
        import numpy as np

        if self.n <= SMALL and _is_text(self.columns[name]):  # no kernel calls for few rows
            from genero_etl.model.arrow import cells as decoded

            cells = decoded(self.columns[name])
            values = np.empty(len(cells), dtype=object)
            values[:] = ["" if v is None else v for v in cells]
            return values, np.asarray(values != "", dtype=bool)
        if self.n <= SMALL and _is_date(self.columns[name]):  # ISO text, as Arrow's cast
            values = np.empty(self.n, dtype=object)
            values[:] = ["" if v is None else v.isoformat() for v in self.columns[name].to_pylist()]
            return values, np.asarray(values != "", dtype=bool)
        column = self._arrow(name)
        if column is None:
            values = np.array(["" if v is None else str(v) for v in self.columns[name]], object)
        else:
            import pyarrow as pa
            import pyarrow.compute as pc

            if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
                column = column.cast(pa.string())
            filled = pc.fill_null(column, "").to_numpy(zero_copy_only=False)
            values = np.asarray(filled, dtype=object)
        return values, np.asarray(values != "", dtype=bool)

    def truth(self, name: str) -> NDArray[np.bool_] | None:
        import numpy as np

        if not self.has(name):
            return None
        column = self._arrow(name)
        if column is None:
            cells = self.columns[name]
            return np.array([v is True or str(v).lower() == "true" for v in cells], dtype=bool)
        import pyarrow as pa
        import pyarrow.compute as pc

        if self.n <= SMALL and pa.types.is_boolean(column.type):  # no kernel calls
            return np.array([v is True for v in column.to_pylist()], dtype=bool)
        if not pa.types.is_boolean(column.type):
            column = pc.equal(column.cast(pa.string()), "true")
        return np.asarray(pc.fill_null(column, False).to_numpy(zero_copy_only=False), dtype=bool)

    def _key_part(self, name: str) -> tuple[Any, NDArray[np.bool_]]:
        """A key column's values (numbers if it has them, else text) and where present."""
        number = self.numeric(name)
        if number is not None:
            return number
        text = self.text(name)
        assert text is not None
        return text

    def key_codes(self, names: tuple[str, ...]) -> tuple[NDArray[np.int64], NDArray[np.bool_]]:
        import numpy as np

        parts = [self._key_part(name) for name in names]
        all_none = np.ones(self.n_rows, dtype=bool)
        for _, ok in parts:
            all_none &= ~ok
        if self.n_rows <= SMALL:
            columns = [
                [
                    v if present else None
                    for v, present in zip(values.tolist(), ok.tolist(), strict=True)
                ]
                for values, ok in parts
            ]
            seen: dict[tuple[Any, ...], int] = {}
            codes = [seen.setdefault(key, len(seen)) for key in zip(*columns, strict=True)]
            return np.asarray(codes, dtype="int64"), all_none
        return self._key_codes_vectorised(parts), all_none

    def _key_codes_vectorised(self, parts: list[tuple[Any, NDArray[np.bool_]]]) -> Any:

        from genero_etl.checks.arrays import first_seen_codes

        combined: Any = None
        for values, ok in parts:
            masked = values.astype(object) if values.dtype != object else values.copy()
            masked[~ok] = None
            codes = first_seen_codes(masked) + 1
            if combined is None:
                combined = codes
                continue
            width = int(codes.max()) + 1
            if int(combined.max()) >= (2**62) // width:
                combined = first_seen_codes(combined)
            combined = combined * width + codes
        return first_seen_codes(combined)

    def skipped(self) -> NDArray[np.bool_]:
        import numpy as np

        return np.zeros(self.n_rows, dtype=bool)

    def cell(self, row: int, name: str) -> Any:
        column = self.columns[name]
        return column[row] if isinstance(column, list) else column[row].as_py()

    def row_number(self, row: int) -> int:
        return row + 1

    def written(self, name: str) -> Any:
        return self.columns[name]

    def earlier(self, rule_id: str) -> dict[tuple[str, ...], int] | None:
        return None

    def other(self, name: str) -> ColumnTable | None:
        return self.others.get(name)

    @property
    def base_dirs(self) -> list[Path]:
        return self.bases


def _is_text(column: Any) -> bool:
    """An Arrow column of strings (dictionary-encoded or not)."""
    import pyarrow as pa

    if isinstance(column, list):
        return False
    kind = column.type
    if pa.types.is_dictionary(kind):
        kind = kind.value_type
    return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind))


def _is_date(column: Any) -> bool:
    """An Arrow column of dates (read as ISO text, as Arrow casts them)."""
    import pyarrow as pa

    return not isinstance(column, list) and bool(pa.types.is_date32(column.type))


def _is_number(column: Any) -> bool:
    """Not an Arrow column of another type than numbers (a list is judged by its cells)."""
    import pyarrow as pa

    if isinstance(column, list):
        return True
    kind = column.type
    if pa.types.is_dictionary(kind):
        kind = kind.value_type
    return bool(pa.types.is_integer(kind) or pa.types.is_floating(kind))
