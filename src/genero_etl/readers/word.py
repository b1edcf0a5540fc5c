"""Word documents (.docx): paragraphs, numbered lists, tables (a POA is a Word table), headers.

Segments follow the plain-text conventions so extraction behaves as on a .txt:

* one segment per non-empty paragraph, ``paragraph:N`` (N counts non-empty body paragraphs);
* list items keep the number Word shows ("1.", "a)") computed from numbering.xml, and
  bullets become a leading "- ";
* a table row is one segment, cells joined with "\\t" and paragraphs inside a cell with
  "\\n", ``table:T/row:R``; a vertically merged cell repeats as empty so columns stay put;
* headers and footers come first and last: ``header:1/paragraph:1``, ``footer:1/...``;
* text boxes anchored in a paragraph follow it: ``paragraph:N/textbox:K/paragraph:M``.

The XML is walked directly (python-docx only opens the package) because ``Paragraph.text``
drops tracked insertions inside ``w:ins`` and text boxes, and keeps tabs that would be
mistaken for table cells.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.errors import InputUnreadable, UnsupportedInput
from genero_etl.model import Document, Segment
from genero_etl.readers.container import open_office_zip
from genero_etl.readers.files import read_bytes
from genero_etl.readers.registry import ReadOptions, reader

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SKIP = {
    f"{W}del",
    f"{W}delText",
    f"{W}instrText",
    f"{W}txbxContent",
    f"{MC}Fallback",
    f"{W}rPr",
    f"{W}pPr",
}


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class _Numbering:
    """numId -> levels, and running counters per numId, to render list labels as Word does."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    style_num: dict[str, tuple[str, int]] = field(default_factory=dict)

    def label(self, num_id: str, ilvl: int) -> str:
        levels = self.levels.get(num_id)
        if not levels or num_id == "0":
            return ""
        level = levels.get(ilvl, _Level())
        counts = self.counters.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if level.fmt == "bullet":
            return "- "
        if level.fmt == "none" or not level.text:
            return ""
        text = level.text
        for k in range(9):
            if f"%{k + 1}" in text:
                lvl = levels.get(k, _Level())
                value = counts.get(k, lvl.start)
                text = text.replace(f"%{k + 1}", _format_number(value, lvl.fmt))
        return text.strip() + " "


def _format_number(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        n = value
        while n > 0:
            n, rem = divmod(n - 1, 26)
            letters = chr(ord("a") + rem) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    out = ""
    for number, glyph in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while value >= number:
            out += glyph
            value -= number
    return out


def _val(element: Any, tag: str) -> str | None:
    child = element.find(f"{W}{tag}") if element is not None else None
    return None if child is None else child.get(f"{W}val")


def _load_numbering(doc: DocxDocument) -> _Numbering:
    numbering = _Numbering()
    part = doc.part
    try:
        numbering_xml = part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        numbering_xml = None
    if numbering_xml is not None:
        abstract: dict[str, dict[int, _Level]] = {}
        for node in numbering_xml.findall(f"{W}abstractNum"):
            levels: dict[int, _Level] = {}
            for lvl in node.findall(f"{W}lvl"):
                levels[int(lvl.get(f"{W}ilvl", "0"))] = _Level(
                    fmt=_val(lvl, "numFmt") or "decimal",
                    text=_val(lvl, "lvlText") or "",
                    start=int(_val(lvl, "start") or "1"),
                )
            abstract[node.get(f"{W}abstractNumId", "")] = levels
        for num in numbering_xml.findall(f"{W}num"):
            base = abstract.get(_val(num, "abstractNumId") or "", {})
            levels = {k: _Level(v.fmt, v.text, v.start) for k, v in base.items()}
            for override in num.findall(f"{W}lvlOverride"):
                ilvl = int(override.get(f"{W}ilvl", "0"))
                start = _val(override, "startOverride")
                if start is not None and ilvl in levels:
                    levels[ilvl].start = int(start)
            numbering.levels[num.get(f"{W}numId", "")] = levels
    # Styles such as "List Number" carry their numbering in the style, not the paragraph.
    styles = doc.styles.element
    by_id = {s.get(f"{W}styleId"): s for s in styles.findall(f"{W}style")}
    for style_id in by_id:
        seen: set[str] = set()
        current = style_id
        while current and current not in seen:
            seen.add(current)
            style = by_id.get(current)
            if style is None:
                break
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                num_id = _val(num_pr, "numId")
                if num_id:
                    numbering.style_num[style_id] = (num_id, int(_val(num_pr, "ilvl") or "0"))
                break
            current = _val(style, "basedOn")
    return numbering


def _run_text(element: Any, out: list[str]) -> None:
    """Append the visible text under ``element``, in order, skipping deleted and hidden parts."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == f"{W}t":
            out.append(child.text or "")
        elif tag in (f"{W}tab", f"{W}br", f"{W}cr", f"{W}ptab"):
            out.append(" ")
        elif tag == f"{W}noBreakHyphen":
            out.append("-")
        elif tag == f"{W}sym":
            out.append("")
        else:
            _run_text(child, out)


class _Walker:
    def __init__(self, numbering: _Numbering) -> None:
        self.numbering = numbering
        self.segments: list[Segment] = []

    def paragraph_text(self, p: Any) -> str:
        parts: list[str] = []
        _run_text(p, parts)
        text = " ".join("".join(parts).split()) if "\u00a0" in "".join(parts) else "".join(parts)
        text = text.strip()
        if not text:
            return ""
        ppr = p.find(f"{W}pPr")
        num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
        target: tuple[str, int] | None = None
        if num_pr is not None and _val(num_pr, "numId") is not None:
            target = (_val(num_pr, "numId") or "0", int(_val(num_pr, "ilvl") or "0"))
        elif ppr is not None:
            style = _val(ppr, "pStyle")
            if style and style in self.numbering.style_num:
                target = self.numbering.style_num[style]
        if target is not None:
            text = self.numbering.label(*target) + text
        return text

    def textboxes(self, p: Any) -> list[list[Any]]:
        boxes = []
        for box in p.iter(f"{W}txbxContent"):
            if any(a.tag == f"{MC}Fallback" for a in box.iterancestors()):
                continue  # the VML copy of the same box
            boxes.append(box.findall(f".//{W}p"))
        return boxes

    def cell_text(self, tc: Any) -> str:
        lines: list[str] = []
        for child in tc.iter(f"{W}p"):
            text = self.paragraph_text(child)
            if text:
                lines.append(text)
        return "\n".join(lines)

    def table_rows(self, tbl: Any, prefix: str) -> None:
        for r, tr in enumerate(tbl.findall(f"{W}tr"), 1):
            cells: list[str] = []
            for tc in tr.findall(f"{W}tc"):
                vmerge = tc.find(f"{W}tcPr/{W}vMerge")
                continuing = vmerge is not None and vmerge.get(f"{W}val") in (None, "continue")
                cells.append("" if continuing else self.cell_text(tc))
                span = _val(tc.find(f"{W}tcPr"), "gridSpan")
                cells.extend([""] * (int(span) - 1 if span and span.isdigit() else 0))
            if any(cells):
                # A tab inside a cell would shift the cells after it.
                row = "\t".join(cell.replace("\t", " ") for cell in cells)
                self.segments.append(
                    Segment(text=row, locator=f"{prefix}table:{self._tables}/row:{r}")
                )

    def block(self, container: Any, prefix: str) -> None:
        """Walk body-level children in document order: paragraphs, tables, content controls."""
        self._paragraphs = 0
        self._tables = 0
        self._walk(container, prefix)

    def _walk(self, container: Any, prefix: str) -> None:
        for child in container:
            tag = child.tag
            if tag == f"{W}p":
                text = self.paragraph_text(child)
                if text:
                    self._paragraphs += 1
                    self.segments.append(
                        Segment(text=text, locator=f"{prefix}paragraph:{self._paragraphs}")
                    )
                for k, box in enumerate(self.textboxes(child), 1):
                    m = 0
                    for inner in box:
                        inner_text = self.paragraph_text(inner)
                        if inner_text:
                            m += 1
                            where = (
                                f"{prefix}paragraph:{self._paragraphs}/textbox:{k}/paragraph:{m}"
                            )
                            self.segments.append(Segment(text=inner_text, locator=where))
            elif tag == f"{W}tbl":
                self._tables += 1
                self.table_rows(child, prefix)
            elif tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins", f"{W}smartTag"):
                self._walk(child, prefix)


def _open(data: bytes, display: str) -> DocxDocument:
    open_office_zip(
        data,
        display,
        kind="Word (.docx)",
        suffix=".docx",
        required=("word/document.xml",),
        convert_to="docx",
    )
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as err:
        raise InputUnreadable(
            "office-corrupted", path=display, kind="Word (.docx)", reason=str(err)
        ) from None
    except Exception as err:  # lxml.etree.XMLSyntaxError and zip stream errors
        if type(err).__name__ in ("XMLSyntaxError", "BadZipFile", "error"):
            raise InputUnreadable(
                "office-corrupted", path=display, kind="Word (.docx)", reason=str(err)
            ) from None
        raise


@reader("docx", (".docx", ".docm", ".dotx"))
def read_docx(path: Path, display: str, options: ReadOptions) -> Document:
    data, sha = read_bytes(path, display, options.limit())
    doc = _open(data, display)
    walker = _Walker(_load_numbering(doc))

    headers: list[Any] = []
    footers: list[Any] = []
    for section in doc.sections:
        for header, footer in (
            (section.first_page_header, section.first_page_footer),
            (section.header, section.footer),
            (section.even_page_header, section.even_page_footer),
        ):
            for part, bucket in ((header, headers), (footer, footers)):
                if part.is_linked_to_previous:
                    continue
                element = part._element
                if all(element is not seen for seen in bucket):
                    bucket.append(element)
    for n, element in enumerate(headers, 1):
        walker.block(element, f"header:{n}/")
    walker.block(doc.element.body, "")
    for n, element in enumerate(footers, 1):
        walker.block(element, f"footer:{n}/")

    if not walker.segments:
        has_images = b"word/media/" in data
        detail = "solo imágenes" if has_images else "documento vacío"
        raise UnsupportedInput("document-no-text", path=display, detail=detail)
    return Document(
        path=display, sha256=sha, bytes=len(data), format="docx", segments=walker.segments
    )
