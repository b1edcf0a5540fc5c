"""PowerPoint decks (.pptx): slide by slide, shape by shape, tables as rows, then notes.

Offices present targets on slides ("Meta: 100 servidoras públicas capacitadas"), so each
text box counts. Locators: ``slide:4/shape:2`` (``/paragraph:N`` when the shape has more
than one paragraph), ``slide:4/shape:2/row:3`` for a table row (cells joined with "\\t"),
``slide:4/shape:2/shape:1`` inside a group, ``slide:4/notes/paragraph:1`` for notes.
Shapes are numbered in the deck's order (the selection pane's), pictures included, so the
numbers stay stable when a picture has no text.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from genero_etl.errors import InputUnreadable, UnsupportedInput
from genero_etl.model import Document, Segment
from genero_etl.readers.container import open_office_zip
from genero_etl.readers.files import read_bytes
from genero_etl.readers.registry import ReadOptions, reader

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _paragraph_text(paragraph: Any) -> str:
    text = " ".join(str(paragraph.text).replace("\v", " ").split())
    ppr = paragraph._p.find(f"{A}pPr")
    if text and ppr is not None and ppr.find(f"{A}buChar") is not None:
        text = f"- {text}"
    return text


def _frame_paragraphs(frame: Any) -> list[str]:
    return [t for t in (_paragraph_text(p) for p in frame.paragraphs) if t]


def _shape_segments(shape: Any, where: str, out: list[Segment]) -> None:
    if getattr(shape, "shape_type", None) is not None and shape.shape_type == 6:  # GROUP
        for k, inner in enumerate(shape.shapes, 1):
            _shape_segments(inner, f"{where}/shape:{k}", out)
        return
    if getattr(shape, "has_table", False):
        for r, row in enumerate(shape.table.rows, 1):
            cells = [
                "\n".join(_frame_paragraphs(cell.text_frame)).replace("\t", " ")
                for cell in row.cells
            ]
            if any(cells):
                out.append(Segment(text="\t".join(cells), locator=f"{where}/row:{r}"))
        return
    if getattr(shape, "has_text_frame", False):
        paragraphs = _frame_paragraphs(shape.text_frame)
        if len(paragraphs) == 1:
            out.append(Segment(text=paragraphs[0], locator=where))
        else:
            for m, text in enumerate(paragraphs, 1):
                out.append(Segment(text=text, locator=f"{where}/paragraph:{m}"))


@reader("pptx", (".pptx", ".pptm", ".ppsx"))
def read_pptx(path: Path, display: str, options: ReadOptions) -> Document:
    data, sha = read_bytes(path, display, options.limit())
    open_office_zip(
        data, display, kind="PowerPoint (.pptx)", suffix=path.suffix.lower() or ".pptx",
        required=("ppt/presentation.xml",), convert_to="pptx",
    )  # fmt: skip
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    try:
        deck = Presentation(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as err:
        raise InputUnreadable(
            "office-corrupted", path=display, kind="PowerPoint (.pptx)", reason=str(err)
        ) from None
    segments: list[Segment] = []
    for s, slide in enumerate(deck.slides, 1):
        for k, shape in enumerate(slide.shapes, 1):
            _shape_segments(shape, f"slide:{s}/shape:{k}", segments)
        if slide.has_notes_slide:
            frame = slide.notes_slide.notes_text_frame
            if frame is not None:
                for m, text in enumerate(_frame_paragraphs(frame), 1):
                    segments.append(Segment(text=text, locator=f"slide:{s}/notes/paragraph:{m}"))
    if not segments:
        detail = "solo imágenes" if b"ppt/media/" in data else "presentación vacía"
        raise UnsupportedInput("document-no-text", path=display, detail=detail)
    return Document(path=display, sha256=sha, bytes=len(data), format="pptx", segments=segments)
