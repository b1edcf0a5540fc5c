"""OpenDocument text (.odt) and presentations (.odp), as LibreOffice saves them.

Read with the standard library's XML parser from the zip (no odfpy/odfdo needed): the
parts we need are small and well specified. Conventions match the Word and PowerPoint
readers: ``paragraph:N`` and ``table:T/row:R`` for .odt (headers and footers of the page
styles first and last, ``header:1/paragraph:1``), ``slide:S/shape:K`` (``/paragraph:N``,
``/row:R``) and ``slide:S/notes/paragraph:N`` for .odp. List items get "- " for bullets and
their number ("1.", "a)") for numbered lists, from the list style.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from genero_etl.errors import InputUnreadable, UnsupportedInput
from genero_etl.model import Document, Segment
from genero_etl.readers.container import open_office_zip, read_member
from genero_etl.readers.files import read_bytes
from genero_etl.readers.registry import ReadOptions, reader

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
PRES = "{urn:oasis:names:tc:opendocument:xmlns:presentation:1.0}"
SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_INLINE_SKIP = {f"{TEXT}note", f"{DRAW}frame", f"{OFFICE}annotation", f"{TEXT}bookmark-ref"}


def _inline(element: ET.Element, out: list[str]) -> None:
    if element.text:
        out.append(element.text)
    for child in element:
        if child.tag == f"{TEXT}s":
            out.append(" " * int(child.get(f"{TEXT}c", "1")))
        elif child.tag in (f"{TEXT}tab", f"{TEXT}line-break"):
            out.append(" ")
        elif child.tag not in _INLINE_SKIP:
            _inline(child, out)
        if child.tail:
            out.append(child.tail)


def _text(element: ET.Element) -> str:
    out: list[str] = []
    _inline(element, out)
    return " ".join("".join(out).split())


def _list_styles(*roots: ET.Element) -> dict[str, dict[int, tuple[str, str, str]]]:
    """list style name -> level -> ("bullet"|format, prefix, suffix)."""
    styles: dict[str, dict[int, tuple[str, str, str]]] = {}
    for root in roots:
        for style in root.iter(f"{TEXT}list-style"):
            levels: dict[int, tuple[str, str, str]] = {}
            for level in style:
                number = int(level.get(f"{TEXT}level", "1"))
                if level.tag == f"{TEXT}list-level-style-bullet":
                    levels[number] = ("bullet", "", "")
                elif level.tag == f"{TEXT}list-level-style-number":
                    levels[number] = (
                        level.get(f"{STYLE}num-format", "") or "",
                        level.get(f"{STYLE}num-prefix", "") or "",
                        level.get(f"{STYLE}num-suffix", "") or "",
                    )
            styles[style.get(f"{STYLE}name", "")] = levels
    return styles


def _number(value: int, fmt: str) -> str:
    if fmt in ("a", "A"):
        letters = ""
        while value > 0:
            value, rem = divmod(value - 1, 26)
            letters = chr(ord("a") + rem) + letters
        return letters.upper() if fmt == "A" else letters
    if fmt in ("i", "I"):
        out = ""
        for n, g in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                     (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):  # fmt: skip
            while value >= n:
                out += g
                value -= n
        return out.upper() if fmt == "I" else out
    return str(value)


class _Walker:
    def __init__(self, styles: dict[str, dict[int, tuple[str, str, str]]]) -> None:
        self.styles = styles
        self.segments: list[Segment] = []
        self.counters: dict[str, int] = {}

    def reset(self) -> None:
        self.paragraphs = 0
        self.tables = 0

    def emit(self, text: str, locator: str) -> None:
        if text:
            self.segments.append(Segment(text=text, locator=locator))

    def cell_text(self, cell: ET.Element) -> str:
        lines = [_text(p) for p in cell.iter() if p.tag in (f"{TEXT}p", f"{TEXT}h")]
        return "\n".join(line for line in lines if line).replace("\t", " ")

    def table(self, table: ET.Element, where: str) -> None:
        for r, row in enumerate(table.iter(f"{TABLE}table-row"), 1):
            cells: list[str] = []
            for cell in row:
                if cell.tag == f"{TABLE}table-cell":
                    cells.append(self.cell_text(cell))
                    cells.extend([""] * (int(cell.get(f"{TABLE}number-columns-spanned", "1")) - 1))
                elif cell.tag == f"{TABLE}covered-table-cell" and (
                    not cells or cell.get(f"{TABLE}number-columns-repeated") is None
                ):
                    cells.append("")
            while cells and not cells[-1]:
                cells.pop()
            if any(cells):
                self.emit("\t".join(cells), f"{where}row:{r}")

    def list_items(self, element: ET.Element, style: str, level: int, prefix: str) -> None:
        style = element.get(f"{TEXT}style-name", style)
        key = f"{id(element)}"
        fmt, before, after = self.styles.get(style, {}).get(level, ("bullet", "", ""))
        count = 0
        for item in element:
            if item.tag not in (f"{TEXT}list-item", f"{TEXT}list-header"):
                continue
            count += 1
            self.counters[key] = count
            for child in item:
                if child.tag == f"{TEXT}list":
                    self.list_items(child, style, level + 1, prefix)
                elif child.tag in (f"{TEXT}p", f"{TEXT}h"):
                    text = _text(child)
                    if not text:
                        continue
                    if fmt == "bullet":
                        label = "- "
                    elif fmt:
                        label = f"{before}{_number(count, fmt)}{after} "
                    else:
                        label = ""
                    self.paragraphs += 1
                    self.emit(label + text, f"{prefix}paragraph:{self.paragraphs}")

    def body(self, container: ET.Element, prefix: str) -> None:
        for child in container:
            if child.tag in (f"{TEXT}p", f"{TEXT}h"):
                text = _text(child)
                if text:
                    self.paragraphs += 1
                    self.emit(text, f"{prefix}paragraph:{self.paragraphs}")
            elif child.tag == f"{TEXT}list":
                self.list_items(child, "", 1, prefix)
            elif child.tag == f"{TABLE}table":
                self.tables += 1
                self.table(child, f"{prefix}table:{self.tables}/")
            elif child.tag in (f"{TEXT}section", f"{TEXT}index-body", f"{TEXT}table-of-content"):
                self.body(child, prefix)


def _parse(raw: bytes, display: str, kind: str) -> ET.Element:
    if b"<!DOCTYPE" in raw[:2048] or b"<!ENTITY" in raw[:4096]:
        raise InputUnreadable("office-corrupted", path=display, kind=kind, reason="XML con DTD")
    try:
        return ET.fromstring(raw)
    except ET.ParseError as err:
        raise InputUnreadable(
            "office-corrupted", path=display, kind=kind, reason=str(err)
        ) from None


def _open(
    path: Path, display: str, options: ReadOptions, kind: str, convert: str
) -> tuple[bytes, str, ET.Element, ET.Element]:
    data, sha = read_bytes(path, display, options.limit())
    archive = open_office_zip(
        data,
        display,
        kind=kind,
        suffix=path.suffix.lower(),
        required=("content.xml",),
        convert_to=convert,
    )
    content = _parse(read_member(archive, "content.xml", display, kind), display, kind)
    names = set(archive.namelist())
    styles = (
        _parse(read_member(archive, "styles.xml", display, kind), display, kind)
        if "styles.xml" in names
        else ET.Element("empty")
    )
    return data, sha, content, styles


@reader("odt", (".odt", ".ott"))
def read_odt(path: Path, display: str, options: ReadOptions) -> Document:
    kind = "OpenDocument (.odt)"
    data, sha, content, styles = _open(path, display, options, kind, "odt")
    walker = _Walker(_list_styles(styles, content))
    text_body = content.find(f"{OFFICE}body/{OFFICE}text")
    if text_body is None:
        raise InputUnreadable("office-corrupted", path=display, kind=kind, reason="sin office:text")
    pages = list(styles.iter(f"{STYLE}master-page"))
    for part, label in (("header", "header"), ("footer", "footer")):
        if part == "footer":
            walker.reset()
            walker.body(text_body, "")
        n = 0
        for page in pages:
            element = page.find(f"{STYLE}{part}")
            if element is not None and _text(element):
                n += 1
                walker.reset()
                walker.body(element, f"{label}:{n}/")
    if not walker.segments:
        raise UnsupportedInput("document-no-text", path=display, detail="solo imágenes o vacío")
    return Document(
        path=display, sha256=sha, bytes=len(data), format="odt", segments=walker.segments
    )


@reader("odp", (".odp", ".otp"))
def read_odp(path: Path, display: str, options: ReadOptions) -> Document:
    kind = "OpenDocument (.odp)"
    data, sha, content, styles = _open(path, display, options, kind, "odp")
    walker = _Walker(_list_styles(styles, content))
    for s, page in enumerate(content.iter(f"{DRAW}page"), 1):
        k = 0
        for shape in page:
            if shape.tag == f"{PRES}notes":
                walker.reset()
                for frame in shape.iter(f"{DRAW}frame"):
                    if frame.get(f"{PRES}class") != "notes":
                        continue  # slide-number and date placeholders
                    for box in frame.iter(f"{DRAW}text-box"):
                        walker.body(box, f"slide:{s}/notes/")
                continue
            if not shape.tag.startswith(DRAW):
                continue
            k += 1
            where = f"slide:{s}/shape:{k}"
            table = shape.find(f"{TABLE}table")
            if table is not None:
                walker.table(table, f"{where}/")
                continue
            walker.reset()
            start = len(walker.segments)
            for box in shape.iter(f"{DRAW}text-box"):
                walker.body(box, f"{where}/")
            if shape.tag == f"{DRAW}custom-shape" or shape.tag == f"{DRAW}rect":
                walker.body(shape, f"{where}/")
            added = walker.segments[start:]
            if len(added) == 1:
                walker.segments[start] = Segment(text=added[0].text, locator=where)
    if not walker.segments:
        raise UnsupportedInput("document-no-text", path=display, detail="solo imágenes o vacía")
    return Document(
        path=display, sha256=sha, bytes=len(data), format="odp", segments=walker.segments
    )
