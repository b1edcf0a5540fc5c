"""Refusing hostile or broken spreadsheets before anything is decompressed.

A public intake receives whatever offices have: a password-protected workbook, a
truncated download, a CSV renamed to .xlsx, or (rarely, but it must be expected) a zip
bomb. Everything here looks at bytes already read and at the zip *central directory*,
so a hostile file costs only its own size.

Limits (documented in the README, section "Planillas"):

* ``MAX_UNCOMPRESSED_BYTES`` = 300 MB declared uncompressed content in total;
* ``MAX_RATIO`` = 150: total uncompressed / compressed, applied once the content is
  over ``RATIO_FLOOR_BYTES`` (20 MB): sheet XML is repetitive and legitimately
  compresses 20-80x, a bomb compresses 1000x;
* ``MAX_ENTRIES`` = 10 000 members.

``zipfile`` (and calamine's zip reader) never inflate a member past the size its
central-directory entry declares, so checking declared sizes bounds the real work.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from genero_etl.errors import InputUnreadable, UnsupportedInput
from genero_etl.readers.container import check_zip_bounds

MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024
MAX_RATIO = 150.0
RATIO_FLOOR_BYTES = 20 * 1024 * 1024
MAX_ENTRIES = 10_000

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_XLS_WORKBOOK_STREAM = "Workbook".encode("utf-16-le")
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


@dataclass(frozen=True, slots=True)
class Sniffed:
    """What the bytes really are, whatever the extension says."""

    kind: str  # xlsx | xls | ods | csv
    note: str = ""  # why it differs from the extension, for an info issue


def sniff_spreadsheet(data: bytes, display: str, suffix: str) -> Sniffed:
    """Tell the real kind of a spreadsheet file and refuse what must not be opened."""
    if data.startswith(OLE_SIGNATURE):
        # An OLE container is either a legacy .xls or an encrypted OOXML package
        # (Excel wraps password-protected .xlsx files in OLE with an EncryptedPackage).
        if _ENCRYPTED_STREAM in data:
            raise UnsupportedInput("office-encrypted", path=display)
        if _XLS_WORKBOOK_STREAM in data or "Book".encode("utf-16-le") in data:
            return Sniffed("xls", "" if suffix == ".xls" else "xls")
        raise InputUnreadable(
            "office-corrupted", path=display, kind="Excel", reason="contenedor OLE sin libro"
        )
    if data.startswith(ZIP_SIGNATURE) or data[:4] == b"PK\x05\x06":
        kind = check_zip(data, display)
        return Sniffed(kind, "" if suffix in {".xlsx", ".xlsm", ".ods"} else kind)
    if suffix in {".xlsx", ".xlsm", ".ods", ".xls"}:
        if _looks_like_text(data):
            return Sniffed("csv", "csv")
        raise InputUnreadable(
            "office-corrupted",
            path=display,
            kind="Excel/OpenDocument",
            reason="no empieza como un libro de cálculo (.xlsx, .xls u .ods)",
        )
    return Sniffed("csv")


def check_zip(data: bytes, display: str) -> str:
    """Check the central directory (sizes, ratio, entries); return 'xlsx' or 'ods'."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as err:
        raise InputUnreadable(
            "office-corrupted", path=display, kind="Excel/OpenDocument", reason=f"zip: {err}"
        ) from None
    with archive:
        infos = archive.infolist()
        check_zip_bounds(
            archive,
            display,
            max_total=MAX_UNCOMPRESSED_BYTES,
            max_ratio=MAX_RATIO,
            ratio_floor=RATIO_FLOOR_BYTES,
            max_entries=MAX_ENTRIES,
        )
        names = {i.filename for i in infos}
        if any(i.flag_bits & 0x1 for i in infos):
            raise UnsupportedInput("office-encrypted", path=display)
        if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
            if "xl/workbook.bin" in names and "xl/workbook.xml" not in names:
                raise UnsupportedInput("sheet-xlsb", path=display)
            return "xlsx"
        if "mimetype" in names:
            try:
                mime = archive.read("mimetype")[:100]
            except (zipfile.BadZipFile, OSError, EOFError) as err:
                raise InputUnreadable(
                    "office-corrupted", path=display, kind="OpenDocument", reason=str(err)
                ) from None
            if mime.startswith(_ODS_MIME):
                return "ods"
        raise InputUnreadable(
            "office-corrupted",
            path=display,
            kind="Excel/OpenDocument",
            reason="el zip no contiene un libro de cálculo (xl/workbook.xml ni content.xml de hoja)",
        )


def _looks_like_text(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return controls == 0 and any(ch in sample for ch in b",;\t")
