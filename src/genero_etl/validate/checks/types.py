"""Typing a column of strings the way frictionless does, but a column at a time.

Each type has a *fast path* (a pyarrow regex or cast over the whole column) for the
common, unambiguous spellings, and an *exact path*: frictionless's own per-value rule,
re-implemented in Python and applied once per distinct value that the fast path did
not accept. Errors are rare, so the exact path runs on few values and the result is
the same as frictionless's, cell for cell.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from genero_etl.validate.arrow import to_arrow
from genero_etl.validate.schema import FieldSpec

if TYPE_CHECKING:
    import numpy as np
    import pyarrow as pa

# Types whose typed values live in a numpy numeric array (fast comparisons).
NUMERIC_TYPES = ("integer", "number", "date", "year", "boolean")
_BARE_STRIP = re.compile(r"((^[^-\d]*)|(\D*$))")
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


@dataclass(slots=True)
class TypedColumn:
    """A column after reading: which cells are missing, which failed the type, the values.

    ``values`` is a numpy array: float64 for numbers, int64 for integers, years and dates
    (days since 1970), bool for booleans, object (Python values) otherwise; for plain
    strings it is the pyarrow array itself. Entries at missing or type-error cells are
    meaningless and always masked out by callers.
    """

    field: FieldSpec
    raw: pa.Array
    absent: np.ndarray  # the row had no cell here
    missing: np.ndarray  # absent or one of missingValues
    type_error: np.ndarray
    values: Any


def _np_bool(array: Any) -> np.ndarray:
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    return np.asarray(pc.fill_null(array, False).to_numpy(zero_copy_only=False), dtype=bool)


def value_reader(f: FieldSpec) -> Callable[[Any], Any]:
    """Frictionless's value reader for one field, exact, for a single value.

    Returns the typed value or ``None`` when the value does not fit the type.
    """
    t, fmt = f.type, f.format
    if t == "integer":
        return _integer_reader(f)
    if t == "number":
        return _number_reader(f)
    if t == "boolean":
        mapping = {v: True for v in f.true_values} | {v: False for v in f.false_values}

        def read_bool(cell: Any) -> Any:
            if cell is True or cell is False:
                return cell
            return mapping.get(cell) if isinstance(cell, str) else None

        return read_bool
    if t == "date":
        return _date_reader(fmt)
    if t == "datetime":
        return _datetime_reader(fmt)
    if t == "time":
        return _time_reader(fmt)
    if t == "year":
        return _year
    if t == "yearmonth":
        return _yearmonth
    if t == "duration":
        return _duration
    if t == "geopoint":
        return _geopoint_reader(fmt)
    if t in ("object", "geojson"):
        return _json_of(dict)
    if t == "array":
        return _json_of(list)
    if t == "string":
        return _string_reader(fmt)
    return lambda cell: cell  # any


def _integer_reader(f: FieldSpec) -> Callable[[Any], Any]:
    def read(cell: Any) -> Any:
        if isinstance(cell, bool):
            return None
        if isinstance(cell, int):
            return cell
        if isinstance(cell, float):
            return int(cell) if cell.is_integer() else None
        if isinstance(cell, Decimal):
            return int(cell) if cell % 1 == 0 else None
        if not isinstance(cell, str):
            return None
        cell = cell.strip()
        if not f.bare_number:
            cell = _BARE_STRIP.sub("", cell)
        try:
            return int(cell)
        except Exception:
            return None

    return read


def _number_reader(f: FieldSpec) -> Callable[[Any], Any]:
    def process(cell: str) -> str | None:
        if not f.bare_number:
            cell = _BARE_STRIP.sub("", cell)
        cell = cell.replace(f.group_char, "")
        if f.decimal_char != "." and "." in cell:
            return None
        return cell.replace(f.decimal_char, ".")

    def read(cell: Any) -> Any:
        if isinstance(cell, bool):
            return None
        if isinstance(cell, int | float | Decimal):
            return Decimal(str(cell)) if isinstance(cell, float) else cell
        if not isinstance(cell, str):
            return None
        cell = cell.strip()
        if f.custom_number:
            processed = process(cell)
            if processed is None:
                return None
            cell = processed
        try:
            return Decimal(cell)
        except Exception:
            return None

    return read


def _date_reader(fmt: str) -> Callable[[Any], Any]:
    def read(cell: Any) -> Any:
        if isinstance(cell, datetime):
            if cell.hour == 0 and cell.minute == 0 and cell.second == 0:
                return cell.date()
            return None
        if isinstance(cell, date):
            return cell
        if not isinstance(cell, str):
            return None
        try:
            if fmt == "default":
                iso = _ISO_DATE.fullmatch(cell)
                if iso:  # what strptime reads, without loading _strptime and its locale tables
                    return date(int(iso[1]), int(iso[2]), int(iso[3]))
                return datetime.strptime(cell, "%Y-%m-%d").date()
            if fmt == "any":
                from dateutil import parser  # type: ignore[import-untyped]

                return parser.parse(cell).date()
            return datetime.strptime(cell, fmt).date()
        except Exception:
            return None

    return read


def _datetime_reader(fmt: str) -> Callable[[Any], Any]:
    def read(cell: Any) -> Any:
        if isinstance(cell, datetime):
            return cell
        if not isinstance(cell, str):
            return None
        try:
            from dateutil import parser

            if fmt == "default":
                if cell[16] != ":" or len(cell) < 19:
                    return None
                return parser.isoparse(cell)
            if fmt == "any":
                return parser.parse(cell)
            return datetime.strptime(cell, fmt)
        except Exception:
            return None

    return read


def _time_reader(fmt: str) -> Callable[[Any], Any]:
    def read(cell: Any) -> Any:
        if not isinstance(cell, str):
            return None
        try:
            from dateutil import parser

            if fmt == "default":
                if cell[5] != ":" or len(cell) < 8:
                    return None
                return parser.isoparse(f"2000-01-01T{cell}").timetz()
            if fmt == "any":
                return parser.parse(cell).timetz()
            return datetime.strptime(cell, fmt).timetz()
        except Exception:
            return None

    return read


def _year(cell: Any) -> Any:
    if not isinstance(cell, int):
        if not isinstance(cell, str) or len(cell) != 4:
            return None
        try:
            cell = int(cell)
        except Exception:
            return None
    if cell < 0 or cell > 9999:
        return None
    return cell


def _yearmonth(cell: Any) -> Any:
    if isinstance(cell, list | tuple):
        return (int(cell[0]), int(cell[1])) if len(cell) == 2 else None
    if not isinstance(cell, str):
        return None
    try:
        year_text, month_text = cell.split("-")
        year, month = int(year_text), int(month_text)
    except Exception:
        return None
    if month < 1 or month > 12:
        return None
    return (year, month)


def _duration(cell: Any) -> Any:
    if not isinstance(cell, str):
        return None
    try:
        import isodate  # type: ignore[import-untyped]

        return isodate.parse_duration(cell)
    except Exception:
        return None


def _geopoint_reader(fmt: str) -> Callable[[Any], Any]:
    def read(cell: Any) -> Any:
        try:
            if fmt == "array":
                lon, lat = json.loads(cell)
            elif fmt == "object":
                obj = json.loads(cell)
                if len(obj) != 2:
                    return None
                lon, lat = obj["lon"], obj["lat"]
            else:
                lon, lat = cell.split(",")
                lon, lat = lon.strip(), lat.strip()
            point = (Decimal(lon), Decimal(lat))
            if not (-180 <= point[0] <= 180 and -90 <= point[1] <= 90):
                return None
            return point
        except Exception:
            return None

    return read


def _json_of(kind: type) -> Callable[[Any], Any]:
    def read(cell: Any) -> Any:
        if isinstance(cell, kind):
            return cell
        if not isinstance(cell, str):
            return None
        try:
            value = json.loads(cell)
        except Exception:
            return None
        return value if isinstance(value, kind) else None

    return read


def _string_reader(fmt: str) -> Callable[[Any], Any]:
    if fmt == "email":
        import validators

        return lambda cell: cell if isinstance(cell, str) and validators.email(cell) else None
    if fmt == "uuid":
        import validators

        return lambda cell: cell if isinstance(cell, str) and validators.uuid(cell) else None
    if fmt == "uri":
        import rfc3986  # type: ignore[import-untyped]
        from rfc3986 import exceptions
        from rfc3986 import validators as uri_validators

        def read_uri(cell: Any) -> Any:
            if not isinstance(cell, str):
                return None
            validator = uri_validators.Validator().require_presence_of("scheme")
            try:
                validator.validate(rfc3986.uri_reference(cell))
            except exceptions.ValidationError:
                return None
            return cell

        return read_uri
    if fmt == "binary":

        def read_binary(cell: Any) -> Any:
            try:
                base64.b64decode(cell)
            except Exception:
                return None
            return cell

        return read_binary
    return lambda cell: cell if isinstance(cell, str) else None


def to_numeric(f: FieldSpec, value: Any) -> Any:
    """A typed Python value in the representation of :class:`TypedColumn` values."""
    if value is None:
        return None
    if f.type == "number":
        return float(value)
    if f.type == "date":
        return (value - date(1970, 1, 1)).days
    if f.type in ("integer", "year"):
        return int(value)
    return value


def _fast(col: pa.Array, f: FieldSpec) -> tuple[np.ndarray, np.ndarray] | None:
    """Vectorised reading for the common spellings: (accepted mask, numpy values) or None."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    null = pa.scalar(None, pa.string())
    if f.type == "integer":
        ok = pc.match_substring_regex(col, r"^-?[0-9]{1,18}$")
        vals = pc.cast(pc.if_else(ok, col, null), pa.int64())
        return _np_bool(ok), np.asarray(pc.fill_null(vals, 0).to_numpy(), dtype="int64")
    if f.type == "number" and not f.custom_number:
        ok = pc.match_substring_regex(col, r"^-?[0-9]{1,15}(\.[0-9]{1,15})?$")
        vals = pc.cast(pc.if_else(ok, col, null), pa.float64())
        return _np_bool(ok), np.asarray(
            pc.fill_null(vals, float("nan")).to_numpy(), dtype="float64"
        )
    if f.type == "date" and f.format == "default":
        ok = pc.match_substring_regex(col, r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
        parsed = pc.strptime(
            pc.if_else(ok, col, null), format="%Y-%m-%d", unit="s", error_is_null=True
        )
        # Arrow rolls 2020-02-30 over to March; a round trip rejects such dates.
        same = pc.equal(pc.strftime(parsed, format="%Y-%m-%d"), col)
        ok = pc.and_(ok, pc.fill_null(same, False))
        days = pc.cast(pc.cast(parsed, pa.date32()), pa.int32())
        return _np_bool(ok), np.asarray(pc.fill_null(days, 0).to_numpy(), dtype="float64")
    if f.type == "boolean":
        true = pc.is_in(col, value_set=pa.array(list(f.true_values), pa.string()))
        false = pc.is_in(col, value_set=pa.array(list(f.false_values), pa.string()))
        return _np_bool(pc.or_(true, false)), _np_bool(true)
    return None


_FLOAT_TYPES = ("number", "date", "year")
_DICTIONARY_LIMIT = 50_000


def _by_dictionary(f: FieldSpec, col: pa.Array, n: int) -> tuple[np.ndarray, np.ndarray] | None:
    """Exact typing through the distinct values, when there are few of them.

    Dates, categories, flags and most report columns repeat a handful of values: the
    exact per-value reader then runs once per distinct value and the result is spread
    back with a vectorised take. Returns None for high-cardinality columns.
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if f.type in ("integer", "number") and not f.custom_number:
        target = pa.int64() if f.type == "integer" else pa.float64()
        try:
            cast = pc.cast(col, target)
            hexadecimal = (
                f.type == "integer"
                and pc.any(pc.match_substring(col, "x", ignore_case=True)).as_py()
            )
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            cast, hexadecimal = None, True
        if cast is not None and not hexadecimal:
            cast_fill = 0 if f.type == "integer" else float("nan")
            return np.zeros(n, dtype=bool), np.asarray(
                pc.fill_null(cast, cast_fill).to_numpy(),
                dtype="int64" if f.type == "integer" else "float64",
            )
    encoded = pc.dictionary_encode(col)
    if isinstance(encoded, pa.ChunkedArray):
        encoded = encoded.combine_chunks()
    dictionary = encoded.dictionary.to_pylist()
    if len(dictionary) > _DICTIONARY_LIMIT and len(dictionary) * 4 > n:
        return None
    reader = value_reader(f)
    parsed = [reader(v) for v in dictionary]
    indices = np.asarray(
        pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False), dtype="int64"
    )
    bad_value = np.array([p is None for p in parsed] + [False], dtype=bool)
    type_error = bad_value[indices]
    if f.type in _FLOAT_TYPES or f.type == "integer":
        kind = "int64" if f.type == "integer" else "float64"
        fill: Any = 0 if f.type == "integer" else np.nan
        numbers = [to_numeric(f, p) if p is not None else fill for p in parsed]
        if f.type == "integer":
            numbers = [max(min(x, 2**63 - 1), -(2**63)) for x in numbers]
        table = np.array([*numbers, fill], dtype=kind)
        return type_error, table[indices]
    if f.type == "boolean":
        return type_error, np.array([bool(p) for p in parsed] + [False], dtype=bool)[indices]
    objects = np.empty(len(parsed) + 1, dtype=object)
    for i, p in enumerate(parsed):
        objects[i] = p
    return type_error, objects[indices]


def type_column(f: FieldSpec, col: pa.Array) -> TypedColumn:
    """Read a whole column: missing values, type errors and typed values."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    n = len(col)
    absent = _np_bool(col.is_null())
    is_missing = pc.is_in(col, value_set=pa.array(list(f.missing_values), pa.string()))
    missing = absent | _np_bool(is_missing)
    present = ~missing
    type_error = np.zeros(n, dtype=bool)
    if f.type == "any" or (f.type == "string" and f.format == "default"):
        return TypedColumn(f, col, absent, missing, type_error, col)
    col_present = pc.if_else(to_arrow(present), col, pa.scalar(None, pa.string()))
    by_dictionary = _by_dictionary(f, col_present, n)
    if by_dictionary is not None:
        return TypedColumn(f, col, absent, missing, by_dictionary[0] & present, by_dictionary[1])
    fast = _fast(col_present, f)
    values: np.ndarray
    if fast is not None:
        accepted, values = fast[0], np.array(fast[1])
        slow = present & ~accepted
    else:
        values = np.empty(n, dtype=object)
        slow = present
    if slow.any():
        reader = value_reader(f)
        idx = np.flatnonzero(slow)
        slow_cells = pc.take(col, to_arrow(idx))
        parsed = {u: reader(u) for u in pc.unique(slow_cells).to_pylist()}
        for i, cell in zip(idx.tolist(), slow_cells.to_pylist(), strict=True):
            value = parsed[cell]
            if value is None:
                type_error[i] = True
                continue
            if f.type in _FLOAT_TYPES or f.type == "integer":
                value = to_numeric(f, value)
                if f.type == "integer" and values.dtype == np.int64:
                    value = max(min(value, 2**63 - 1), -(2**63))
            values[i] = value
    if fast is None and f.type in _FLOAT_TYPES:
        # Python-typed numeric columns: a float array makes comparisons vectorised.
        values = np.where(present & ~type_error, values, np.nan).astype("float64")
    return TypedColumn(f, col, absent, missing, type_error, values)
