"""Decoding the bytes offices save: one policy for reports, CSV files and validation.

UTF-8 (with or without BOM) and UTF-16 with a BOM are taken as they are. Anything else is
a Western legacy encoding: Windows-1252 and Latin-1 agree on every Spanish letter and
differ only in 0x80-0x9F (printable in cp1252: € ‘ ’ “ ” – —; C1 controls in Latin-1),
so those bytes decide. charset-normalizer is then asked, among Western code pages only,
whether an old DOS (cp850) or Mac file explains the bytes better: unrestricted, it
mistakes short Spanish files for Turkish or Baltic code pages.
"""

from __future__ import annotations

import re

BINARY_SIGNATURES = {
    b"%PDF": "PDF",
    b"PK\x03\x04": "ZIP/Office",
    b"\xd0\xcf\x11\xe0": "OLE (.doc/.xls)",
    b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
}
_C1 = re.compile(rb"[\x80-\x9f]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc3\xc2][\x80-\xbf]|\xe2\x80[\x80-\xbf]")


# Reports are read whole, line by line: a line longer than this is a dump, not prose, and a
# CSV with more columns than this is not a table a person keeps (Excel stops at 16 384).
MAX_LINE_BYTES = 1_000_000
MAX_CSV_COLUMNS = 2_000


class NotText(ValueError):
    """The bytes are not text; ``kind`` names what they look like, when known."""

    def __init__(self, kind: str = "") -> None:
        super().__init__(kind or "binary")
        self.kind = kind


class UnsupportedEncoding(NotText):
    """Text in an encoding the project does not read (UTF-32, EBCDIC): named, not guessed."""


def longest_line(data: bytes) -> int:
    """The longest line of ``data``, in bytes (vectorised: no Python loop per line)."""
    import numpy as np

    if not data:
        return 0
    ends = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 10)
    if ends.size == 0:
        return len(data)
    edges = np.concatenate(([-1], ends, [len(data)]))
    return int(np.diff(edges).max()) - 1


def _has_long_line(data: bytes, limit: int) -> bool:
    """Whether some line of ``data`` is longer than ``limit`` bytes: one backward search
    per ``limit`` bytes (a hundred for a 100 MB file), not one look at every byte."""
    start = 0
    while len(data) - start > limit:
        end = data.rfind(b"\n", start, start + limit + 1)
        if end < 0:
            return True
        start = end + 1
    return False


def widest_row(data: bytes, lines: int = 200) -> int:
    """The most fields a delimiter (``,`` ``;`` tab ``|``) makes in one of the first lines."""
    head = data[: 4 * MAX_LINE_BYTES].split(b"\n", lines)[:lines]
    return max((line.count(d) + 1 for line in head for d in (b",", b";", b"\t", b"|")), default=0)


def _cr_line_ends(data: bytes) -> bool:
    """Whether the file ends its lines with a lone carriage return (an old Macintosh file:
    CR and no LF in its first 64 KB), as the CSV and text readers also take it."""
    head = data[:65536]
    return b"\n" not in head and b"\r" in head


def check_shape(data: bytes, display: str, *, table: bool = False) -> None:
    """Refuse text whose lines (or, for a table, columns) are beyond what a report has,
    before it is decoded or parsed: cost stays linear and memory bounded. A file whose
    lines end in a lone CR is measured by those lines, not as one line."""
    from genero_etl.errors import UnsupportedInput

    if _cr_line_ends(data):
        data = data.replace(b"\r", b"\n")
    if _has_long_line(data, MAX_LINE_BYTES):
        size = longest_line(data)
        raise UnsupportedInput("text-too-wide", path=display, size=size, limit=MAX_LINE_BYTES)
    if table:
        columns = widest_row(data)
        if columns > MAX_CSV_COLUMNS:
            raise UnsupportedInput(
                "csv-too-many-columns", path=display, columns=columns, limit=MAX_CSV_COLUMNS
            )


def _has_c1(data: bytes) -> bool:
    """Whether any byte is in 0x80-0x9f (Windows-1252 letters and signs, C1 controls in
    Latin-1); numpy over slices of a big file, the regular expression over a short one."""
    if len(data) < 1 << 20:
        return _C1.search(data) is not None
    import numpy as np

    array = np.frombuffer(data, dtype=np.uint8)
    step = 1 << 24
    return any(
        bool(((array[i : i + step] - np.uint8(0x80)) < 0x20).any())
        for i in range(0, len(array), step)
    )


def _controls(text: str) -> int:
    return sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\r\n\f")


_SPANISH_LETTERS = frozenset("áéíóúñüÁÉÍÓÚÑÜ¿¡ºª°")


def _spanish_share(text: str) -> float:
    """The share of non-ASCII characters that are Spanish letters and signs: a DOS or Mac
    reading is taken only when it turns more bytes into Spanish than Windows-1252 does
    ("Año" is 0xF1 in Windows-1252 and '±' in DOS cp850)."""
    other = [c for c in text[:262144] if ord(c) > 127]
    if not other:
        return 1.0
    return sum(c in _SPANISH_LETTERS for c in other) / len(other)


def decode_bytes(data: bytes, *, keep_broken_utf8: bool = False) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise :class:`NotText` for binary content.

    ``keep_broken_utf8``: a mostly-UTF-8 file with a few broken bytes (text pasted from
    another file) stays UTF-8, with U+FFFD where bytes were broken, so the caller can
    point at those lines instead of misreading every accent ("utf-8-broken").
    """
    for signature, kind in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise NotText(kind)
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise UnsupportedEncoding("UTF-32")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if b"\x00" in data[:65536]:
        sample = data[:4096] if len(data) >= 8 else b""
        quads = len(sample) // 4 * 4
        if sample and (
            sample[1:quads:4].count(0)
            == sample[2:quads:4].count(0)
            == sample[3:quads:4].count(0)
            == quads // 4
            or sample[0:quads:4].count(0)
            == sample[1:quads:4].count(0)
            == sample[2:quads:4].count(0)
            == quads // 4
        ):
            raise UnsupportedEncoding("UTF-32")
        raise NotText()
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if keep_broken_utf8 and _UTF8_MULTIBYTE.search(data[:1_000_000]):
        return data.decode("utf-8", errors="replace"), "utf-8-broken"
    encoding = "cp1252" if _has_c1(data) else "latin-1"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252
        text, encoding = data.decode("latin-1"), "latin-1"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:262144], cp_isolation=["cp1252", "cp850", "mac_roman"]).best()
    if best is not None and str(best.encoding) in {"cp850", "mac_roman"}:
        alternative = data.decode(str(best.encoding), errors="replace")
        if (
            _controls(alternative) <= _controls(text)
            and best.percent_chaos < 0.05
            and _spanish_share(alternative) > _spanish_share(text)
        ):
            text, encoding = alternative, str(best.encoding)
    if _controls(text) > 8:
        raise NotText()
    return text, encoding
