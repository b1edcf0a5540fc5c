"""PowerPoint decks (.pptx): slide by slide, shape by shape, tables as rows, then notes.

Offices present targets on slides ("Meta: 100 servidoras públicas capacitadas"), so each
text box counts. Locators: ``slide:4/shape:2`` (``/paragraph:N`` when the shape has more
than one paragraph), ``slide:4/shape:2/row:3`` for a table row (cells joined with "\\t"),
``slide:4/shape:2/shape:1`` inside a group, ``slide:4/notes/paragraph:1`` for notes.
A table whose header row names several series over columns of numbers ("Año | Femicidios |
Tentativas") is handed to the tabular stage, like a sheet named ``slide:4/shape:2``
(a value's locator is ``slide:4/shape:2!C3``), so each column keeps its own name.
Shapes are numbered in the deck's order (the selection pane's), pictures included, so the
numbers stay stable when a picture has no text.
"""

from __future__ import annotations

import io
import re
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


_NUMBER = re.compile(r"^\s*[-+]?\$?\s*\d[\d.,\s]*%?\s*$")
_PERIOD = re.compile(r"^\s*(?:19|20)\d{2}(?:\s*[-/–]\s*(?:(?:19|20)?\d{2}))?\s*\*?$")


def _series_across(rows: list[list[str]]) -> bool:
    """A table whose header row names two or more series over columns of numbers ("Año |
    Femicidios | Tentativas"): read like a sheet, each column with its own name. Tables with
    periods across ("Tipo | 2019 | 2020") read well as text rows and stay text."""
    from genero_etl.extract.periods import MONTHS
    from genero_etl.extract.textutil import fold

    if len(rows) < 2 or len({len(r) for r in rows}) != 1 or len(rows[0]) < 3:
        return False
    header, data = rows[0], rows[1:]
    numeric = [
        j
        for j in range(1, len(header))
        if sum(1 for r in data if _NUMBER.match(r[j])) * 2 >= len(data)
    ]
    named = [header[j] for j in numeric if header[j].strip()]
    periods = [t for t in named if _PERIOD.match(t) or (fold(t).split() or [""])[0] in MONTHS]
    return len(named) >= 2 and len(named) == len(numeric) and len(periods) < len(named)


def _shape_segments(
    shape: Any, where: str, out: list[Segment], tables: list[tuple[str, list[list[str]]]]
) -> None:
    if getattr(shape, "shape_type", None) is not None and shape.shape_type == 6:  # GROUP
        for k, inner in enumerate(shape.shapes, 1):
            _shape_segments(inner, f"{where}/shape:{k}", out, tables)
        return
    if getattr(shape, "has_table", False):
        rows = [
            ["\n".join(_frame_paragraphs(cell.text_frame)).replace("\t", " ") for cell in row.cells]
            for row in shape.table.rows
        ]
        if _series_across(rows):
            tables.append((where, rows))  # read by the tabular stage, not as text
            return
        for r, cells in enumerate(rows, 1):
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
    tables: list[tuple[str, list[list[str]]]] = []
    for s, slide in enumerate(deck.slides, 1):
        for k, shape in enumerate(slide.shapes, 1):
            _shape_segments(shape, f"slide:{s}/shape:{k}", segments, tables)
        if slide.has_notes_slide:
            frame = slide.notes_slide.notes_text_frame
            if frame is not None:
                for m, text in enumerate(_frame_paragraphs(frame), 1):
                    segments.append(Segment(text=text, locator=f"slide:{s}/notes/paragraph:{m}"))
    if not segments and not tables:
        detail = "solo imágenes" if b"ppt/media/" in data else "presentación vacía"
        raise UnsupportedInput("document-no-text", path=display, detail=detail)
    return Document(
        path=display, sha256=sha, bytes=len(data), format="pptx", segments=segments, tables=tables
    )
