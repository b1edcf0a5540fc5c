"""Saved web pages and portal news items (.html, .htm), with the site's chrome dropped.

Offices publish results as news on the municipal portal; a saved page carries menus,
banners, cookie notices and scripts around the article, and their numbers (visits, phone
of the switchboard, copyright year) must not become indicator values. So: the text of
``<article>`` (else ``<main>``, else ``<body>``) is read; ``nav``, ``header``, ``footer``,
``aside``, ``script``, ``style``, ``form`` and similar are skipped. Stdlib ``html.parser``
is enough and is lenient with broken markup.

Segments: one per block (``p``, ``h1``-``h6``, ``li``, ``dt``/``dd``, ``blockquote``, a
line of ``pre``, text directly in a ``div``), ``block:N``; a ``<br>`` starts a new block.
List items get "- " (``ul``) or "1." (``ol``); a table row is one segment with cells joined
by "\\t", ``table:T/row:R``, as in the other readers.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from genero_etl.errors import UnsupportedInput
from genero_etl.model import Document, Segment
from genero_etl.readers.files import read_bytes
from genero_etl.readers.registry import ReadOptions, reader
from genero_etl.readers.text import decode_text

_SKIP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
         "svg", "iframe", "button", "select", "head", "title", "menu", "dialog", "object"}  # fmt: skip
_BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "div",
          "section", "article", "main", "body", "ul", "ol", "dl", "figcaption", "caption",
          "address", "table", "tr", "td", "th", "br", "hr", "center"}  # fmt: skip
_VOID = {
    "br",
    "hr",
    "img",
    "meta",
    "link",
    "input",
    "area",
    "base",
    "col",
    "embed",
    "source",
    "wbr",
}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


class _Blocks(HTMLParser):
    def __init__(self, root: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root = root
        self.depth_root = 0  # >0 while inside the root element
        self.skip = 0
        self.stack: list[str] = []
        self.buffer: list[str] = []
        self.segments: list[Segment] = []
        self.lists: list[list[int | str]] = []  # [kind, counter]
        self.prefix = ""
        self.tables = 0
        self.rows = 0
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.blocks = 0
        self.pre = False

    def flush(self) -> None:
        text = " ".join("".join(self.buffer).split())
        self.buffer = []
        if not text:
            return
        if self.cell is not None:
            self.cell.append(text)
            return
        self.blocks += 1
        self.segments.append(Segment(text=self.prefix + text, locator=f"block:{self.blocks}"))
        self.prefix = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID:
            self.stack.append(tag)
        if tag == self.root:
            self.depth_root += 1
        if self.depth_root == 0:
            return
        if tag in _SKIP or any(
            v and "cookie" in v.lower() for k, v in attrs if k in ("id", "class")
        ):
            if tag not in _VOID:
                self.skip += 1
                self.stack[-1] = f"skip:{tag}"
            return
        if self.skip:
            return
        if tag in _BLOCK:
            self.flush()
        if tag == "pre":
            self.pre = True
        if tag in ("ul", "ol"):
            self.lists.append([tag, 0])
        elif tag == "li":
            if self.lists and self.lists[-1][0] == "ol":
                count = int(self.lists[-1][1]) + 1
                self.lists[-1][1] = count
                self.prefix = f"{count}. "
            else:
                self.prefix = "- "
        elif tag == "table":
            self.tables += 1
            self.rows = 0
        elif tag == "tr":
            self.rows += 1
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        # Pop to the matching open tag; html.parser does not balance broken markup for us.
        if tag not in self.stack and f"skip:{tag}" not in self.stack:
            return
        while self.stack:
            top = self.stack.pop()
            name = top.removeprefix("skip:")
            if top.startswith("skip:"):
                self.skip -= 1
            if name == self.root:
                self.depth_root -= 1
            if not self.skip and self.depth_root >= 0:
                self._close(name)
            if name == tag:
                break

    def _close(self, tag: str) -> None:
        if tag in _BLOCK:
            self.flush()
        if tag == "pre":
            self.pre = False
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append("\n".join(self.cell).replace("\t", " "))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            if any(self.row):
                self.segments.append(
                    Segment(
                        text="\t".join(self.row), locator=f"table:{self.tables}/row:{self.rows}"
                    )
                )
            self.row = None

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self.depth_root and not self.skip:
            if self.pre and "\n" in data:
                lines = data.split("\n")
                for line in lines[:-1]:
                    self.buffer.append(line)
                    self.flush()
                self.buffer.append(lines[-1])
            else:
                self.buffer.append(data)


def _decode(data: bytes, display: str) -> str:
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            declared = _CHARSET.search(data[:4096])
            if declared:
                try:
                    return data.decode(declared.group(1).decode("ascii"))
                except (LookupError, UnicodeDecodeError):
                    pass
    return decode_text(data, display)[0]


@reader("html", (".html", ".htm", ".xhtml"))
def read_html(path: Path, display: str, options: ReadOptions) -> Document:
    data, sha = read_bytes(path, display, options.limit())
    html = _decode(data, display)
    lowered = html.lower()
    root = "article" if "<article" in lowered else "main" if "<main" in lowered else "body"
    if root == "body" and "<body" not in lowered:
        html = f"<body>{html}</body>"
    parser = _Blocks(root)
    parser.feed(html)
    parser.close()
    parser.flush()
    if not parser.segments:
        raise UnsupportedInput(
            "document-no-text", path=display, detail="página sin texto de contenido"
        )
    return Document(
        path=display, sha256=sha, bytes=len(data), format="html", segments=parser.segments
    )
