"""Reading numbers the way Spanish-language reports write them.

Argentina and Chile write ``1.009`` (thousands) and ``12,5`` (decimal); Mexico writes
``1,009`` and ``$700,000.00``. The digit pattern decides when it can; the document's
convention decides the rest, and a reading that needed the convention to settle it is
reported as ambiguous rather than guessed silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum


class Convention(StrEnum):
    DECIMAL_COMMA = "decimal_comma"  # AR, CL: 1.009 / 12,5
    DECIMAL_POINT = "decimal_point"  # MX: 1,009 / 12.5
    UNKNOWN = "unknown"


class _ConventionByCountry(Mapping[str, "Convention"]):
    """Each country's number convention, read from the country registry when first asked;
    converted once per registry table (the registry in use can change with the workspace)."""

    def __init__(self) -> None:
        self._read: tuple[dict[str, str], dict[str, Convention]] | None = None

    def _table(self) -> dict[str, Convention]:
        from genero_etl.countries import registry

        raw = registry().convention_by_country()
        read = self._read
        if read is None or read[0] is not raw:
            read = self._read = (raw, {cc: Convention(v) for cc, v in raw.items()})
        return read[1]

    def __getitem__(self, code: str) -> Convention:
        return self._table()[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())


COUNTRY_CONVENTION: Mapping[str, Convention] = _ConventionByCountry()


@dataclass(frozen=True, slots=True)
class Reading:
    value: float
    ambiguous: bool = False
    alternative: float | None = None
    against_convention: bool = False


_DIGITS = re.compile(r"^\d+$")


_NUMERAL = re.compile(r"[\d.,]+")


def parse_number(raw: str, convention: Convention = Convention.UNKNOWN) -> Reading:
    """Parse a digit string with optional ``.``/``,`` separators (no sign, no currency)."""
    text = raw.strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        raise ValueError("empty number")
    if _DIGITS.match(text):
        return Reading(float(int(text)))
    separators = [ch for ch in text if ch in ".,"]
    if not separators or not _NUMERAL.fullmatch(text) or text[0] in ".," or text[-1] in ".,":
        raise ValueError(f"not a number: {raw!r}")
    distinct = set(separators)
    if len(distinct) == 2:
        decimal = separators[-1]
        group = "," if decimal == "." else "."
        head, _, tail = text.rpartition(decimal)
        if separators.count(decimal) != 1 or not _grouped(head, group):
            raise ValueError(f"not a number: {raw!r}")
        value = float(head.replace(group, "") + "." + tail)
        against = (decimal == "," and convention is Convention.DECIMAL_POINT) or (
            decimal == "." and convention is Convention.DECIMAL_COMMA
        )
        return Reading(value, against_convention=against)
    sep = separators[0]
    parts = text.split(sep)
    if len(parts) > 2:
        if not _grouped(text, sep):
            raise ValueError(f"not a number: {raw!r}")
        against = (sep == "." and convention is Convention.DECIMAL_POINT) or (
            sep == "," and convention is Convention.DECIMAL_COMMA
        )
        return Reading(float(text.replace(sep, "")), against_convention=against)
    head, tail = parts
    as_decimal = float(head + "." + tail)
    if len(tail) != 3 or len(head) > 3 or head.startswith("0"):
        # "12,5", "00.00", "1234.5", "0,129" (a rate: no count is written with a leading zero
        # group): only a decimal reading makes sense.
        against = (sep == "," and convention is Convention.DECIMAL_POINT) or (
            sep == "." and convention is Convention.DECIMAL_COMMA
        )
        return Reading(as_decimal, against_convention=against and len(tail) != 2)
    as_thousands = float(head + tail)
    thousands_sep = "." if convention is Convention.DECIMAL_COMMA else ","
    if convention is Convention.UNKNOWN:
        return Reading(as_thousands, ambiguous=True, alternative=as_decimal)
    if sep == thousands_sep:
        return Reading(as_thousands)
    # "1,009" in Argentina or "1.009" in Mexico: the convention says decimal, the
    # pattern says thousands. Counts are whole; keep thousands and flag it.
    return Reading(as_thousands, ambiguous=True, alternative=as_decimal, against_convention=True)


def _grouped(text: str, sep: str) -> bool:
    groups = text.split(sep)
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
