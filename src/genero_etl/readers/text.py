"""Plain-text reports (.txt, .md): detect the encoding, keep one segment per line."""

from __future__ import annotations

from pathlib import Path

from genero_etl.errors import InputUnreadable, UnsupportedInput
from genero_etl.model import Document, Segment
from genero_etl.readers.files import read_bytes
from genero_etl.readers.registry import TEXT_MAX_BYTES, ReadOptions, known_suffixes, reader

# Bytes that never appear in a text report; a NUL is the surest sign of a binary file.
_BINARY_SIGNATURES = {
    b"%PDF": "PDF",
    b"PK\x03\x04": "ZIP/Office",
    b"\xd0\xcf\x11\xe0": "OLE (.doc/.xls)",
    b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
}


def decode_text(data: bytes, display: str) -> tuple[str, str]:
    """Decode report bytes: UTF-8 (with or without BOM) first, then a detected legacy encoding."""
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise UnsupportedInput(
                "file-binary", path=display, detail=f": {kind}", known=", ".join(known_suffixes())
            )
    sample = data[:65536]
    if b"\x00" in sample and not (data.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise UnsupportedInput(
            "file-binary", path=display, detail="", known=", ".join(known_suffixes())
        )
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(
        data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "cp850", "mac_roman"]
    ).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None:
        raise UnsupportedInput(
            "file-binary", path=display, detail="", known=", ".join(known_suffixes())
        )
    encoding = str(best.encoding)
    text = str(best)
    # Spanish text: control characters other than tab/newline mean the guess is wrong.
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\r\n\f")
    if controls > 8:
        raise UnsupportedInput(
            "file-binary", path=display, detail="", known=", ".join(known_suffixes())
        )
    return text, encoding


@reader("text", (".txt", ".md", ".markdown", ".text"))
def read_text(path: Path, display: str, options: ReadOptions) -> Document:
    data, sha = read_bytes(path, display, options.limit(TEXT_MAX_BYTES))
    text, encoding = decode_text(data, display)
    if not text.strip():
        raise InputUnreadable("file-empty", path=display)
    lines = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    segments = [
        Segment(text=line, locator=f"line:{number}") for number, line in enumerate(lines, 1)
    ]
    return Document(
        path=display,
        sha256=sha,
        bytes=len(data),
        format=path.suffix.lower().lstrip(".") or "txt",
        segments=segments,
        encoding=encoding,
    )
