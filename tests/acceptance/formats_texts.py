"""The same values from every format: the text corpus saved as .docx, .odt and .pdf.

    python tests/acceptance/formats_texts.py                  # every development part
    python tests/acceptance/formats_texts.py --split dev --details
    python tests/acceptance/formats_texts.py --split all       # held-out parts: totals only
    python tests/acceptance/formats_texts.py --limit 40        # a quick sample

Offices publish Word and PDF far more than plain text. Each text of ``texts/docs`` (its
``# fuente:`` line blanked, as ``run_texts.py`` does) is written here as:

* ``.docx`` (python-docx): one paragraph per line, as Word users write;
* ``.odt`` (standard library zip and a minimal ``content.xml``): one ``text:p`` per line;
* ``.pdf`` (reportlab), the way real reports look: A4, 11 pt body text justified at the
  page's width, so sentences break across lines and a number ("10 mil 147", "$ 1.250.000",
  "Ley 26.485") may fall on a line break; a running header with the office's name and a
  footer "Página N de M" on every page; no hyphenation.

Each file is extracted with the same options as the text run (``extract_document`` with
``IngestOptions()``) and scored by value against the gold. Line numbers differ across formats
(``paragraph:N``, ``page:P/line:L``), so each extracted value is first placed on a line of the
.txt: the one whose text best holds the format's own line where the value is printed (a .docx
paragraph, a PDF line: part of one .txt line), then the value's ``source_text`` (how well a
line holds a text: 1.0 when it contains all of it, else the share of its words found in the
line; the printed line counts twice, and a line that is the printed one, word for word,
counts more); a line holding a gold value equal to it wins a tie. The placed (line, value)
pairs are then matched to the gold's (line, value) as ``run_texts.py`` does. The .txt is
scored the same way (its own line numbers) so that the formats are compared with it on equal
terms.

Per format: documents, gold values, values found, matched, precision, recall, then the gold
values the .txt finds and the format does not (``lost``), the reverse (``gained``), and the
false values only the format has (``new false``: a page number of the footer, a header's
word). ``--details`` lists those for the development parts only; held-out parts (the parts of
``run_texts.SPLITS`` not in ``run_texts.TUNABLE``) are printed as totals, never in detail.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from acceptance.run_texts import SPLITS, TEXTS, TUNABLE, load_split
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.readers.registry import reader_for

FORMATS = ("txt", "docx", "odt", "pdf")
OFFICE = "Dirección de Políticas de Género — Informe de gestión"
_WORD = re.compile(r"\w+", re.UNICODE)
_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

Key = tuple[int, float]


# --- writing ------------------------------------------------------------------------------


def write_docx(lines: list[str], out: Path) -> None:
    from docx import Document as Docx

    doc = Docx()
    for line in lines:
        doc.add_paragraph(line)
    doc.save(str(out))


_ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:text>
{body}
</office:text></office:body></office:document-content>
"""
_ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
 manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/"
  manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""


def write_odt(lines: list[str], out: Path) -> None:
    body = "\n".join(f"<text:p>{escape(line)}</text:p>" for line in lines)
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("META-INF/manifest.xml", _ODT_MANIFEST, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", _ODT_CONTENT.format(body=body), zipfile.ZIP_DEFLATED)


_PDF_STYLE: dict[str, Any] = {}


def _pdf_styles() -> dict[str, Any]:
    if not _PDF_STYLE:
        from reportlab.lib.enums import TA_JUSTIFY
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        font = "Helvetica"
        if _FONT.is_file():  # every character of the texts ("“", "—", "•") has a glyph
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(_FONT)))
            font = "DejaVuSans"
        _PDF_STYLE["font"] = font
        _PDF_STYLE["body"] = ParagraphStyle(
            "body", fontName=font, fontSize=11, leading=14, alignment=TA_JUSTIFY,
            spaceAfter=6, hyphenationLang="", embeddedHyphenation=0, uriWasteReduce=0,
        )  # fmt: skip
    return _PDF_STYLE


def write_pdf(lines: list[str], out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = _pdf_styles()
    font = styles["font"]

    class Numbered(rl_canvas.Canvas):  # "Página N de M": the total is known at the end
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(font, 9)
                self.drawString(2.5 * cm, A4[1] - 1.5 * cm, OFFICE)
                self.drawRightString(
                    A4[0] - 2.5 * cm, 1.5 * cm, f"Página {self._pageNumber} de {total}"
                )
                super().showPage()
            super().save()

    doc = SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
        topMargin=2.5 * cm, bottomMargin=2.5 * cm,
    )  # fmt: skip
    story: list[Any] = []
    for line in lines:
        if line.strip():
            story.append(Paragraph(escape(line), styles["body"]))
        else:
            story.append(Spacer(1, 4))
    if not story:
        story.append(Spacer(1, 4))
    doc.build(story, canvasmaker=Numbered)


WRITERS = {"docx": write_docx, "odt": write_odt, "pdf": write_pdf}


# --- placing values on the .txt's lines ---------------------------------------------------


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def similarity(source: str, line: str) -> float:
    """How well a line holds a value's source text: 1.0 when it contains all of it,
    else the share of the source text's words that are in the line."""
    s, t = " ".join(_words(source)), " ".join(_words(line))
    if not s:
        return 0.0
    if s in t:
        return 1.0
    words = _words(source)
    present = Counter(_words(line))
    return sum(1 for w in words if present[w] > 0) / len(words) * 0.99


def place(
    value: float, printed: str, source: str, lines: list[str], gold_lines: dict[float, list[int]]
) -> int:
    """The .txt line (1-based) a value extracted from another format stands for: the line
    that best holds the format's line where the value is printed (``printed``: a .docx
    paragraph, a PDF line, which is part of one .txt line), then its ``source`` sentence;
    a line with a gold value equal to it wins a tie."""
    gold = set(gold_lines.get(value) or ())
    whole = _words(printed)
    best, best_score = -1, -1.0
    for n, line in enumerate(lines, start=1):
        score = 2 * similarity(printed, line) + similarity(source, line) + 0.1 * (n in gold)
        score += 0.5 * (whole == _words(line))  # the very line, not one that quotes it
        if score > best_score:
            best, best_score = n, score
    return best


def _txt_line(locator: str) -> int | None:
    head = locator.split("/")[0]
    return int(head.split(":")[1]) if head.startswith("line:") else None


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    matched: int = 0
    lost: list[str] = field(default_factory=list)  # gold matched by the .txt, not by the format
    gained: list[str] = field(default_factory=list)
    new_false: list[str] = field(default_factory=list)  # false values the .txt does not have
    docs: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.docs += other.docs
        self.gold += other.gold
        self.found += other.found
        self.matched += other.matched
        self.lost += other.lost
        self.gained += other.gained
        self.new_false += other.new_false
        self.errors += other.errors

    def row(self, label: str) -> str:
        p = self.matched / self.found if self.found else 1.0
        r = self.matched / self.gold if self.gold else 1.0
        return (
            f"{label:16} {self.docs:4} {self.gold:5} {self.found:5} {self.matched:5} "
            f"{p:6.3f} {r:6.3f} {len(self.lost):5} {len(self.gained):6} {len(self.new_false):9}"
            + (f"  unreadable {len(self.errors)}" if self.errors else "")
        )


def _keys(
    path: Path, fmt: str, lines: list[str], gold_lines: dict[float, list[int]]
) -> list[tuple[Key, str]]:
    options = IngestOptions()
    observations = extract_document(path, path.name, options).observation_list()
    printed: dict[str, str] = {}
    if fmt != "txt":  # each locator's text, as the reader gives it
        document = reader_for(path, options.reader).read(path, path.name, options.read)
        printed = {segment.locator: segment.text for segment in document.segments}
    keys: list[tuple[Key, str]] = []
    for o in observations:
        if o.value is None:
            continue
        value = float(o.value)
        line = _txt_line(o.source_locator) if fmt == "txt" else None
        if line is None:
            text = printed.get(o.source_locator, "")
            line = place(value, text, o.source_text or o.value_raw, lines, gold_lines)
        keys.append(((line, value), o.source_locator))
    return keys


def _match(keys: list[tuple[Key, str]], gold: Counter[Key]) -> tuple[set[Key], list[Key]]:
    """(the gold keys matched, the false keys) of one extraction."""
    remaining = Counter(gold)
    matched: set[Key] = set()
    false: list[Key] = []
    for key, _ in keys:
        if remaining[key] > 0:
            remaining[key] -= 1
            matched.add(key)
        else:
            false.append(key)
    return matched, false


def score_document(
    doc: Path, gold: dict[str, Any], scratch: Path, formats: tuple[str, ...]
) -> dict[str, Score]:
    text = doc.read_text(encoding="utf-8")
    if text.startswith("# fuente:"):
        text = "\n" + text.split("\n", 1)[1] if "\n" in text else ""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    plain = scratch / doc.name
    plain.write_text(text, encoding="utf-8")
    gold_keys: Counter[Key] = Counter()
    gold_lines: dict[float, list[int]] = {}
    for g in gold.get("values") or []:
        key = (int(g["line"]), float(g["value"]))
        gold_keys[key] += 1
        gold_lines.setdefault(key[1], []).append(key[0])
    total = sum(gold_keys.values())
    txt_matched, txt_false = _match(_keys(plain, "txt", lines, gold_lines), gold_keys)
    scores: dict[str, Score] = {}
    for fmt in formats:
        score = Score(docs=1, gold=total)
        if fmt == "txt":
            matched, false = txt_matched, txt_false
            score.found = sum(gold_keys[k] for k in matched) + len(false)
        else:
            path = scratch / f"{doc.stem}.{fmt}"
            WRITERS[fmt](lines, path)
            try:
                keys = _keys(path, fmt, lines, gold_lines)
            except Exception as err:  # a file the reader refuses: reported, not fatal
                score.errors.append(f"{doc.stem}: {type(err).__name__}: {err}")
                keys = []
            matched, false = _match(keys, gold_keys)
            score.found = len(keys)
            where = {key: loc for key, loc in keys}
            score.lost = [f"{doc.stem} line:{k[0]} {k[1]:g}" for k in sorted(txt_matched - matched)]
            score.gained = [
                f"{doc.stem} line:{k[0]} {k[1]:g} ({where[k]})"
                for k in sorted(matched - txt_matched)
            ]
            extra = Counter(false) - Counter(txt_false)
            score.new_false = [
                f"{doc.stem} line:{k[0]} {k[1]:g} ({where[k]})" for k in sorted(extra.elements())
            ]
        score.matched = sum(gold_keys[k] for k in matched)
        scores[fmt] = score
    return scores


def run(
    texts: Path, split: str, formats: tuple[str, ...], limit: int | None, details: bool
) -> dict[str, dict[str, Score]]:
    parts = load_split(texts)
    wanted = set(TUNABLE) if split == "dev-all" else set(SPLITS) if split == "all" else {split}
    totals: dict[str, dict[str, Score]] = {}
    files = [
        f
        for f in sorted((texts / "gold").glob("*.yaml"))
        if parts.get(f.name.removesuffix(".yaml") + ".txt") in wanted
    ]
    if limit:
        step = max(1, len(files) // limit)
        files = files[::step][:limit]
    with tempfile.TemporaryDirectory(prefix="formats-") as tmp:
        for gold_file in files:
            gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
            name = str(gold["seed"])
            part = parts[name]
            scores = score_document(texts / "docs" / name, gold, Path(tmp), formats)
            group = "development" if part in TUNABLE else "held-out"
            for fmt, score in scores.items():
                totals.setdefault(group, {}).setdefault(fmt, Score()).add(score)
                if part in TUNABLE and details:
                    for label, items in (
                        ("lost", score.lost),
                        ("gained", score.gained),
                        ("new false", score.new_false),
                        ("unreadable", score.errors),
                    ):
                        for item in items:
                            print(f"  {fmt} {label}: {item}")
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--texts", type=Path, default=TEXTS)
    parser.add_argument(
        "--split",
        choices=(*SPLITS, "dev-all", "all"),
        default="dev-all",
        help="one part, every development part (dev-all, the default) or every part (all)",
    )
    parser.add_argument("--formats", default=",".join(FORMATS[1:]), help="docx,odt,pdf")
    parser.add_argument("--limit", type=int, help="a sample of this many texts, spread evenly")
    parser.add_argument("--details", action="store_true", help="development parts only")
    args = parser.parse_args(argv)
    formats = ("txt", *(f for f in args.formats.split(",") if f in WRITERS))
    started = time.process_time()
    totals = run(args.texts, args.split, formats, args.limit, args.details)
    print(
        f"{'group/format':16} {'docs':>4} {'gold':>5} {'found':>5} {'match':>5} "
        f"{'P':>6} {'R':>6} {'lost':>5} {'gained':>6} {'new false':>9}"
    )
    for group in ("development", "held-out"):
        for fmt in formats:
            if fmt in totals.get(group, {}):
                print(totals[group][fmt].row(f"{group[:8]}/{fmt}"))
    print(f"({time.process_time() - started:.0f} s CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
