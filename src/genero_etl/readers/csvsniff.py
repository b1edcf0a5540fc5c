"""CSV files as offices really save them: encoding, delimiter, decimal mark, line endings.

Spanish-locale Excel saves "CSV" with ``;`` and a decimal comma in Windows-1252; the
SESNSP publishes Latin-1 with commas; some exports end every line with ``\\r\\r\\n`` or
a trailing delimiter. The sniffer decides from the bytes, deterministically, and says
what it decided so a person can check it.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from genero_etl.errors import InputUnreadable
from genero_etl.readers.encoding import NotText, decode_bytes

_DELIMITERS = (",", ";", "\t", "|")
_DECIMAL_COMMA = re.compile(
    r"(?:^|[;\t|])\s*-?(?:\d{1,3}(?:\.\d{3})+|\d+),\d+\s*(?=$|[;\t|])", re.MULTILINE
)


@dataclass(frozen=True, slots=True)
class Dialect:
    encoding: str
    delimiter: str
    decimal: str  # "," or "."
    line_ending: str  # "\n", "\r\n", "\r\r\n", "\r"


def decode(data: bytes, display: str) -> tuple[str, str]:
    """The project's one encoding policy (readers.encoding); binary content is refused."""
    try:
        return decode_bytes(data)
    except NotText:
        raise InputUnreadable(
            "file-unreadable",
            path=display,
            reason="el CSV contiene bytes binarios (¿es otro formato?)",
        ) from None


def line_ending(text: str) -> str:
    head = text[:65536]
    for ending in ("\r\r\n", "\r\n", "\n", "\r"):
        if ending in head:
            return ending
    return "\n"


def normalise_newlines(text: str) -> str:
    return text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")


def sniff_delimiter(sample: str) -> str:
    """The delimiter that splits the most lines into the same number (> 1) of fields."""
    lines = [line for line in sample.split("\n")[:200] if line.strip()]
    best, best_score = ",", -1.0
    for delim in _DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delim))
        except csv.Error:
            continue
        counts = [len(r) for r in rows if len(r) > 1]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        score = counts.count(mode) * (mode > 1) + 0.01 * mode
        if score > best_score:
            best, best_score = delim, score
    return best


def sniff(text: str, encoding: str) -> Dialect:
    """Dialect of already decoded text (newlines not yet normalised)."""
    ending = line_ending(text)
    sample = normalise_newlines(text[:200_000])
    delimiter = sniff_delimiter(sample)
    decimal = "," if delimiter != "," and len(_DECIMAL_COMMA.findall(sample)) >= 1 else "."
    return Dialect(encoding, delimiter, decimal, ending)


def max_fields(sample: str, delimiter: str) -> int:
    rows = csv.reader(io.StringIO(sample), delimiter=delimiter)
    return max((len(r) for r in rows), default=1)
