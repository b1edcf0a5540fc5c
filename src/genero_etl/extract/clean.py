"""Undo what Word, HTML and Markdown conversions leave in report text.

A physical line may hold several logical pieces (``<p>`` paragraphs, inline ``•``
bullets); each piece becomes its own clause for extraction but keeps the line's locator.
"""

from __future__ import annotations

import html
import re

_WORD_ARTEFACTS = re.compile(r"\[(?:bookmark|anchor|image|footnote)[^\]]*\]", re.IGNORECASE)
_BREAK_TAGS = re.compile(r"</?(?:p|br|li|ul|ol|div|tr|h\d)\b[^>]*>", re.IGNORECASE)
_CELL_TAGS = re.compile(r"</?(?:td|th)\b[^>]*>", re.IGNORECASE)
_OTHER_TAGS = re.compile(r"</?[a-zA-Z][^>]{0,200}>")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$%|>~])")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_INLINE_BULLETS = re.compile(r"\s[•●▪◦■‣♀➢➤✓✔]\s")
_LEADING_MARKS = re.compile(r"^[\s•●▪◦■‣♀➢➤✓✔·*>\-–—]+(?=\S)")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_SPACES = re.compile(r"[ \u00a0\u2007\u202f]+")
_TABLE_RULE = re.compile(r"^[\s\-|:–—]*$")
# "el 66 por ciento -411- de las muertes": a number set off by dashes, as by brackets
_DASHED_NUMBER = re.compile(r"(?<=\s)[-–—](\d[\d.,]*)[-–—](?=[\s,.;:])")
# "Se trata del 97por ciento de los casos": a number glued to its "por ciento", as press sites
# print it (else "ciento" alone was read as 100 and the 97 lost)
_GLUED_PERCENT = re.compile(r"(?<=\d)(?=por ?ciento\b)", re.IGNORECASE)
# "La cifra alcanzó los13.542 casos": an article or a preposition glued to the number after it,
# as press sites print it (else the number, with a letter before it, was never read); only
# before a number written in groups of thousands and a word, so codes ("ODS5", "Covid19"),
# years and days glued the same way ("del2019 al", "el15 de") stay as written
_GLUED_ARTICLE = re.compile(
    r"\b(los|las|unos|unas|del|de|el|en|al)(?=\d{1,3}(?:[.,]\d{3})+\s+[a-záéíóúñ])",
    re.IGNORECASE,
)


def clean_pieces(line: str) -> list[str]:
    """Return the logical pieces of one physical line, cleaned for reading."""
    text = _WORD_ARTEFACTS.sub(" ", line)
    if "<" in text:
        text = _BREAK_TAGS.sub("\n", text)
        text = _CELL_TAGS.sub("\t", text)
        text = _OTHER_TAGS.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = _MD_EMPHASIS.sub(r"\2", text)
    text = text.replace("|", "\t") if text.count("|") >= 2 else text
    if "-" in text or "–" in text or "—" in text:
        text = _DASHED_NUMBER.sub(r"(\1)", text)
    if "ciento" in text:
        text = _GLUED_PERCENT.sub(" ", text)
    text = _GLUED_ARTICLE.sub(r"\1 ", text)
    pieces: list[str] = []
    for chunk in text.split("\n"):
        for piece in _INLINE_BULLETS.split(f" {chunk} "):
            piece = _MD_HEADING.sub("", piece)
            piece = _LEADING_MARKS.sub("", piece)
            piece = "\t".join(_SPACES.sub(" ", cell).strip() for cell in piece.split("\t"))
            piece = piece.strip("\t ")
            if piece and not _TABLE_RULE.match(piece):
                pieces.append(piece)
    return pieces
