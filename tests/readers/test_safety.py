"""readers/safety.py: what a spreadsheet's bytes really are, refused before anything opens them."""

from __future__ import annotations

import io
import zipfile

import pytest

from genero_etl.errors import InputUnreadable, UnsupportedInput
from genero_etl.readers.safety import check_zip, sniff_spreadsheet


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_csv_saved_as_xlsx_is_read_as_csv_and_said() -> None:
    sniffed = sniff_spreadsheet(b"provincia,casos\nSalta,12\n", "datos.xlsx", ".xlsx")
    assert (sniffed.kind, sniffed.note) == ("csv", "csv")


def test_a_workbook_zip_is_xlsx_and_an_opendocument_zip_is_ods() -> None:
    xlsx = _zip({"xl/workbook.xml": b"<workbook/>", "[Content_Types].xml": b"<Types/>"})
    ods = _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"})
    assert check_zip(xlsx, "a.xlsx") == "xlsx"
    assert check_zip(ods, "a.ods") == "ods"
    assert sniff_spreadsheet(xlsx, "a.ods", ".ods").kind == "xlsx"


def test_a_binary_workbook_and_a_zip_without_a_workbook_are_refused_with_their_codes() -> None:
    with pytest.raises(UnsupportedInput) as xlsb:
        check_zip(_zip({"xl/workbook.bin": b"\x00"}), "a.xlsx")
    assert xlsb.value.code == "sheet-xlsb"
    with pytest.raises(InputUnreadable) as other:
        check_zip(_zip({"word/document.xml": b"<w/>"}), "a.xlsx")
    assert other.value.code == "office-corrupted"


def test_bytes_that_are_not_a_workbook_under_a_workbook_name_are_refused() -> None:
    with pytest.raises(InputUnreadable) as err:
        sniff_spreadsheet(b"\x89PNG\r\n\x1a\n" + bytes(200), "foto.xlsx", ".xlsx")
    assert err.value.code == "office-corrupted"
    assert err.value.path == "foto.xlsx"
