"""Opening zipped office documents (.docx, .pptx, .odt, .odp) without trusting them.

Offices send what they have: a .doc renamed to .docx, a password-protected file, a
truncated download, or (rarely, but a public intake must expect it) a zip bomb. Every
check here runs on the zip's central directory *before* any member is decompressed, so
a hostile file costs only the bytes already read.

Limits (documented in the README's "readers" section):

* ``MAX_UNCOMPRESSED_BYTES`` = 200 MB of declared uncompressed content, in total;
* ``MAX_RATIO`` = 100: total uncompressed / compressed, applied once the content is over
  ``RATIO_FLOOR_BYTES`` (10 MB), because small XML parts legitimately compress 50-200x;
* ``MAX_ENTRIES`` = 10 000 members.

Python's ``zipfile`` never inflates a member past the size declared in the central
directory, so checking the declared sizes bounds the real work. Headers can still lie, and
a damaged stream (bad CRC, bad deflate data) would only show deep inside python-docx or
python-pptx, so ``verify_members`` then inflates every member once, in small chunks,
counting the bytes actually produced against the same limits: a lying or damaged zip is
refused with its file name before any library parses it.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterable

from genero_etl.errors import InputUnreadable, UnsupportedInput

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100.0
RATIO_FLOOR_BYTES = 10 * 1024 * 1024
MAX_ENTRIES = 10_000
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # one XML part; more is not a report

# What a damaged zip raises while it is opened or inflated.
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError)

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# What a zip holds, told by a member only that kind has; used to say what a misnamed file is.
_KINDS = (
    ("word/document.xml", "un documento de Word (.docx)", "a Word document (.docx)"),
    ("ppt/presentation.xml", "una presentación de PowerPoint (.pptx)", "a PowerPoint deck (.pptx)"),
    ("xl/workbook.xml", "una hoja de cálculo de Excel (.xlsx)", "an Excel workbook (.xlsx)"),
)
_ODF_MIMES = {
    "application/vnd.oasis.opendocument.text": (
        "un documento OpenDocument (.odt)",
        "an OpenDocument text (.odt)",
    ),
    "application/vnd.oasis.opendocument.presentation": (
        "una presentación OpenDocument (.odp)",
        "an OpenDocument presentation (.odp)",
    ),
    "application/vnd.oasis.opendocument.spreadsheet": (
        "una hoja de cálculo OpenDocument (.ods)",
        "an OpenDocument spreadsheet (.ods)",
    ),
}


def check_zip_bounds(
    archive: zipfile.ZipFile,
    display: str,
    *,
    max_total: int = MAX_UNCOMPRESSED_BYTES,
    max_ratio: float = MAX_RATIO,
    ratio_floor: int = RATIO_FLOOR_BYTES,
    max_entries: int = MAX_ENTRIES,
    max_member: int | None = None,
) -> None:
    """Refuse a zip whose central directory promises too much, before inflating anything.

    Shared by documents and workbooks; each passes its own documented limits.
    """
    infos = archive.infolist()
    total = sum(info.file_size for info in infos)
    ratio = total / (sum(info.compress_size for info in infos) or 1)
    biggest = max((info.file_size for info in infos), default=0)
    if (
        len(infos) > max_entries
        or total > max_total
        or (total > ratio_floor and ratio > max_ratio)
        or (max_member is not None and biggest > max_member)
    ):
        raise UnsupportedInput(
            "zip-bomb",
            path=display,
            size_mb=total / 1e6,
            entries=len(infos),
            ratio=ratio,
            limit_mb=max_total / 1e6,
            limit_ratio=max_ratio,
        )


def open_office_zip(
    data: bytes,
    display: str,
    *,
    kind: str,
    suffix: str,
    required: Iterable[str],
    convert_to: str,
) -> zipfile.ZipFile:
    """Return the document's zip after refusing legacy, encrypted, corrupted and bomb files.

    ``kind`` names the format for people ("Word", "PowerPoint"); ``required`` are members
    the format must have; ``convert_to`` is the LibreOffice target suggested for legacy files.
    """
    if data.startswith(OLE_SIGNATURE) or data.startswith(OLE_SIGNATURE[:4]):
        # Password-protected OOXML files are OLE containers with an EncryptedPackage stream.
        if "EncryptedPackage".encode("utf-16-le") in data or b"EncryptionInfo" in data:
            raise UnsupportedInput("office-encrypted", path=display)
        raise UnsupportedInput(
            "office-legacy-binary", path=display, suffix=suffix, target=convert_to
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.LargeZipFile, *_ZIP_ERRORS) as err:
        reason = "no es un archivo zip" if not data.startswith(b"PK") else str(err)
        raise InputUnreadable("office-corrupted", path=display, kind=kind, reason=reason) from None
    check_zip_bounds(archive, display)
    names = set(archive.namelist())
    missing = [name for name in required if name not in names]
    if missing:
        actual = _what_is(archive, names)
        if actual:
            raise UnsupportedInput(
                "office-wrong-content",
                path=display,
                suffix=suffix,
                actual=actual[0],
                actual_en=actual[1],
            )
        raise InputUnreadable(
            "office-corrupted", path=display, kind=kind, reason=f"falta {missing[0]}"
        )
    check_zip_bounds(archive, display, max_member=MAX_MEMBER_BYTES)
    verify_members(archive, display, kind)
    return archive


_CHUNK = 1 << 16


def verify_members(
    archive: zipfile.ZipFile,
    display: str,
    kind: str,
    *,
    max_total: int = MAX_UNCOMPRESSED_BYTES,
    max_member: int = MAX_MEMBER_BYTES,
) -> None:
    """Inflate every member once, in chunks, counting the bytes it really produces.

    Refuses (``zip-bomb``) as soon as a member or the total passes its limit, whatever
    the headers said; a damaged stream (CRC, deflate, truncation) is ``office-corrupted``.
    Memory stays at one chunk.
    """
    total = 0
    for info in archive.infolist():
        if info.is_dir():
            continue
        produced = 0
        try:
            with archive.open(info) as member:
                while chunk := member.read(_CHUNK):
                    produced += len(chunk)
                    total += len(chunk)
                    if produced > max_member or total > max_total:
                        raise UnsupportedInput(
                            "zip-bomb",
                            path=display,
                            size_mb=total / 1e6,
                            entries=len(archive.infolist()),
                            ratio=0.0,
                            limit_mb=max_total / 1e6,
                            limit_ratio=MAX_RATIO,
                        )
        except _ZIP_ERRORS as err:
            raise InputUnreadable(
                "office-corrupted", path=display, kind=kind, reason=f"{info.filename}: {err}"
            ) from None


def read_member(archive: zipfile.ZipFile, name: str, display: str, kind: str) -> bytes:
    """Read one member, turning a damaged stream (bad CRC, truncated) into a clear error."""
    try:
        return archive.read(name)
    except (KeyError, *_ZIP_ERRORS) as err:
        raise InputUnreadable(
            "office-corrupted", path=display, kind=kind, reason=str(err)
        ) from None


def _what_is(archive: zipfile.ZipFile, names: set[str]) -> tuple[str, str] | None:
    for member, es, en in _KINDS:
        if member in names:
            return es, en
    if "mimetype" in names:
        try:
            mime = archive.read("mimetype")[:200].decode("ascii", "replace").strip()
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
        return _ODF_MIMES.get(mime)
    return None
