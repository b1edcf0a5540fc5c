"""Rich Text Format (.rtf): text via striprtf, one segment per paragraph (``paragraph:N``).

Cheap to support and some offices still save "Texto enriquecido"; layout is lost, the
words and numbers are not. Tables come out as tab-separated cells when RTF marks them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from genero_etl.errors import InputUnreadable, UnsupportedInput
from genero_etl.model import Document, Segment
from genero_etl.readers.files import read_bytes
from genero_etl.readers.registry import ReadOptions, reader


@reader("rtf", (".rtf",))
def read_rtf(path: Path, display: str, options: ReadOptions) -> Document:
    data, sha = read_bytes(path, display, options.limit())
    if not data.lstrip().startswith(b"{\\rtf"):
        raise InputUnreadable(
            "office-corrupted", path=display, kind="RTF", reason="no empieza con {\\rtf"
        )
    from striprtf.striprtf import rtf_to_text as untyped

    rtf_to_text: Callable[..., str] = untyped  # striprtf has no annotations
    raw = data.decode("latin-1")  # RTF is 7-bit; \'xx escapes are decoded by striprtf
    text = rtf_to_text(raw, errors="replace")
    segments: list[Segment] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        cells = (
            [" ".join(cell.split()) for cell in line.rstrip("|").split("|")]
            if "|" in line
            else [line]
        )
        cleaned = "\t".join(cells).strip() if len(cells) > 1 else " ".join(line.split())
        if cleaned:
            for bullet in ("•", "·", "\uf0b7"):
                if cleaned.startswith(bullet):
                    cleaned = "- " + cleaned[len(bullet) :].lstrip()
            segments.append(Segment(text=cleaned, locator=f"paragraph:{len(segments) + 1}"))
    if not segments:
        raise UnsupportedInput("document-no-text", path=display, detail="RTF sin texto")
    return Document(path=display, sha256=sha, bytes=len(data), format="rtf", segments=segments)
