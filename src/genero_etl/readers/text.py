"""Plain-text reports (.txt, .md): detect the encoding, keep one segment per line."""

from __future__ import annotations

import re
from pathlib import Path

from genero_etl.errors import InputUnreadable, UnsupportedInput
from genero_etl.model import Document, Segment
from genero_etl.readers.encoding import NotText, UnsupportedEncoding, check_shape, decode_bytes
from genero_etl.readers.files import read_bytes
from genero_etl.readers.registry import TEXT_MAX_BYTES, ReadOptions, known_suffixes, reader


def decode_text(data: bytes, display: str) -> tuple[str, str]:
    """Decode report bytes with the project's one encoding policy (readers.encoding)."""
    check_shape(data, display)
    try:
        text, encoding = decode_bytes(data)
    except UnsupportedEncoding as err:
        raise UnsupportedInput("encoding-unsupported", path=display, encoding=err.kind) from None
    except NotText as err:
        detail = f": {err.kind}" if err.kind else ""
        raise UnsupportedInput(
            "file-binary", path=display, detail=detail, known=", ".join(known_suffixes())
        ) from None
    return _CONTROL.sub("", text), encoding  # NUL and other controls are never text


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


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
