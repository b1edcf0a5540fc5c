"""A columnar table (Arrow, or pandas converted to Arrow) as the rule kinds see it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import pyarrow as pa
    from numpy.typing import NDArray


@dataclass(slots=True)
class ArrowTable:
    """A :class:`~genero_etl.checks.engine.RuleTable` over a ``pyarrow.Table``.

    Missing text is null or ``""``; numbers are present when not null. ``others`` are the
    other tables ``in_reference`` may name; ``bases`` the folders for reference files."""

    table: pa.Table
    others: dict[str, ArrowTable] = field(default_factory=dict)
    bases: list[Path] = field(default_factory=list)
    _cache: dict[tuple[str, str], Any] = field(default_factory=dict)

    @classmethod
    def of(cls, data: Any, **kw: Any) -> ArrowTable:
        """From a ``pyarrow.Table`` or a ``pandas.DataFrame``."""
        import pyarrow as pa

        table = (
            data if isinstance(data, pa.Table) else pa.Table.from_pandas(data, preserve_index=False)
        )
        return cls(table, **kw)

    @property
    def n_rows(self) -> int:
        return int(self.table.num_rows)

    def has(self, name: str) -> bool:
        return name in self.table.column_names

    def _column(self, name: str) -> pa.ChunkedArray:
        import pyarrow as pa

        column = self.table.column(name)
        if pa.types.is_dictionary(column.type):
            column = column.cast(column.type.value_type)
        return column

    def numeric(self, name: str) -> tuple[NDArray[np.float64], NDArray[np.bool_]] | None:
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc

        if not self.has(name):
            return None
        key = ("numeric", name)
        if key not in self._cache:
            column = self._column(name)
            if not (pa.types.is_integer(column.type) or pa.types.is_floating(column.type)):
                self._cache[key] = None
            else:
                values = pc.fill_null(column.cast(pa.float64()), np.nan)
                ok = pc.is_valid(column)
                self._cache[key] = (
                    np.asarray(values.to_numpy(), dtype="float64"),
                    np.asarray(ok.to_numpy(), dtype=bool),
                )
        found: tuple[NDArray[np.float64], NDArray[np.bool_]] | None = self._cache[key]
        return found

    def text(self, name: str) -> tuple[NDArray[Any], NDArray[np.bool_]] | None:
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc

        if not self.has(name):
            return None
        key = ("text", name)
        if key not in self._cache:
            column = self._column(name)
            if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
                column = column.cast(pa.string())
            values = pc.fill_null(column, "")
            ok = pc.not_equal(values, "")
            self._cache[key] = (
                np.asarray(values.to_numpy(zero_copy_only=False), dtype=object),
                np.asarray(ok.to_numpy(zero_copy_only=False), dtype=bool),
            )
        found: tuple[NDArray[Any], NDArray[np.bool_]] = self._cache[key]
        return found

    def truth(self, name: str) -> NDArray[np.bool_] | None:
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc

        if not self.has(name):
            return None
        column = self._column(name)
        if not pa.types.is_boolean(column.type):
            column = pc.equal(column.cast(pa.string()), "true")
        return np.asarray(pc.fill_null(column, False).to_numpy(zero_copy_only=False), dtype=bool)

    def key_codes(self, names: tuple[str, ...]) -> tuple[NDArray[np.int64], NDArray[np.bool_]]:
        import numpy as np

        from genero_etl.checks.arrays import first_seen_codes

        combined: Any = None
        all_none = np.ones(self.n_rows, dtype=bool)
        for name in names:
            number = self.numeric(name)
            if number is not None:
                values, ok = number
                codes = first_seen_codes(np.where(ok, values, np.nan)) + 1
                codes = np.where(ok, codes, 0)
            else:
                text = self.text(name)
                assert text is not None
                values, ok = text
                masked = values.copy()
                masked[~ok] = None
                codes = first_seen_codes(masked) + 1
            all_none &= ~ok
            if combined is None:
                combined = codes
            else:
                combined = first_seen_codes(combined * (int(codes.max()) + 1) + codes)
        return np.asarray(combined, dtype="int64"), all_none

    def skipped(self) -> NDArray[np.bool_]:
        import numpy as np

        return np.zeros(self.n_rows, dtype=bool)

    def cell(self, row: int, name: str) -> Any:
        return self.table.column(name)[row].as_py()

    def row_number(self, row: int) -> int:
        return row + 1

    def other(self, name: str) -> ArrowTable | None:
        return self.others.get(name)

    @property
    def base_dirs(self) -> list[Path]:
        return self.bases
