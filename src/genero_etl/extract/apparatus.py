"""A long document's or a deck's apparatus read across the whole text, not line by line.

A PDF or a slide deck saved as text keeps numbers that no reader takes for values: the page
or slide number printed in a running footer ("INFORME DE TRANSICIÓN 2013-2016 DEPARTAMENTO DE
LA FAMILIA | 2", "Memoria Anual 2022 | 17"), in a running header before its title ("27 [DATOS
SOBRE LA VIOLENCIA CONTRA LAS MUJERES. CAE, 2019]") or at the end of a slide's last line
("Fuente: Elaborado por el IIEG con datos del Secretariado Ejecutivo ... 3"), and the number
that opens a note at a page's foot ("2 Cifras preliminares ...") after the text called it
("violencia familiar2."). Read alone, each such line looks like a label and a count. Read
across the document they are what they are:

* :func:`page_numbers`: numbers at the end of a line (or at its start, before the words a
  running header repeats) that step up by one, or by two where a page was left out, through
  at least ``MIN_PAGES`` lines of the document, each apart from the one before by at least one
  other line, are its pages' or slides' numbers. Two are enough when the two lines are the same
  words around their number (a running footer). A number right after a word that introduces
  it (lexicon ``blocks.page_not_after``: "fueron", "con", "total") or after a colon is the
  line's own value and is never taken for a page's. A run whose every line is a table's row
  is a column of counts, never pages, however its last figures step ("ACCIDENTAL 645 147 792
  530 128 658": another count, a year aside, is the cell right before it; "Ocotepeque 2",
  "Marzo 20": a month's or a place's name is all that comes before it), unless its lines are
  the same words around their number (a running footer).
* :func:`note_numbers`: a line that opens with a number and a capital, where an earlier line
  called a note by that number glued to the end of a word ("Ejecutivo1,", "familiar2."), opens
  that note: the number is the note's.

Only those numbers are set aside; every other number of the line is read as before ("se
otorgaron 310 atenciones a mujeres 5": the 310 stays).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection

MIN_PAGES = 3  # numbers stepping through the document that make a run of page numbers
MAX_STEP = 2  # a page left out of an excerpt: 17, 19
MAX_PAGE = 999

Span = tuple[int, int]

# a number closing its line after a space, a bar or a dash, and perhaps a point ("... 35.")
_TRAILING = re.compile(r"(?:^|(?<=[\s|–—-]))(\d{1,3})\.?\s*$")
# a number opening a running header, before a bar or the header's words ("12 Informe Anual")
_LEADING = re.compile(r"^(\d{1,3})\s*(?:[|–—-]\s*)?(?=[^\W\d_]|[\[(«“\"])")
_TOKEN_BEFORE = re.compile(r"(\S+)\s*$")
_HEADER_WORDS = 12  # a running header's words beside its number
_DIGITS = re.compile(r"\d+")
# another count right before a line's last number, its cell before it: digits standing
# alone, a year aside ("ACCIDENTAL 645 147 792 530 128 | 658"; not "... a mujeres 5")
_COUNT = re.compile(r"(?<![\w.,/-])(?!(?:19|20)\d\d(?![\d.,]\d))\d[\d.,]*(?<=\d)%?[\s|]*$")
# what may open or close a row's label: a bullet, a bar, a dash, a colon, brackets
_LABEL_MARKS = " \t|:-–—•·*()[]"


def _key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split()).casefold())


def _introduced(text: str, start: int, not_after: Collection[str]) -> bool:
    """Whether the word before the number at ``start`` introduces it ("fueron 5", "Total: 42")."""
    token = _TOKEN_BEFORE.search(text, 0, start)
    if token is None:
        return True  # a number alone on its line: no page number of a footer's words
    word = token.group(1).casefold()
    return word[-1] in ":=#$%" or word.rstrip(".,") in not_after


def _candidates(pieces: list[str], not_after: Collection[str]) -> list[tuple[int, int, Span, str]]:
    """(piece, number, span, the piece's words without the number) of each number that may
    be a page's: at the end of its piece, or opening the words a running header repeats."""
    found = []
    leading = []
    for index, piece in enumerate(pieces):
        text = piece.rstrip()
        end = _TRAILING.search(text)
        # a number after a tab is a table's cell; one the word before introduces is the line's
        if (
            end
            and text[end.start(1) - 1 : end.start(1)] != "\t"
            and not _introduced(text, end.start(1), not_after)
        ):
            found.append((index, int(end.group(1)), end.span(1), text[: end.start(1)]))
            continue
        start = _LEADING.match(text)
        if start and len(text[start.end(1) :].split()) <= _HEADER_WORDS:
            leading.append((index, int(start.group(1)), start.span(1), text[start.end(1) :]))
    # a number opening a line is a page's only before words the document repeats so
    repeated = Counter(_key(c[3]) for c in leading)
    found.extend(c for c in leading if repeated[_key(c[3])] >= 2)
    found.sort()
    return [c for c in found if 0 < c[1] <= MAX_PAGE]


def in_a_row(before: str, row_label: Callable[[str], bool] | None = None) -> bool:
    """Whether the words before a line's last number make it a table's row: another count
    right before it, its cell before ("ACCIDENTAL 645 147 792 530 128", a year aside; never a
    sentence's words, "se otorgaron 310 atenciones a mujeres"), or only a row's label that
    ``row_label`` knows (a month's or a place's name: "Ocotepeque", "- Marzo:")."""
    if _COUNT.search(before):
        return True
    label = before.strip(_LABEL_MARKS)
    return bool(label) and row_label is not None and row_label(label)


def page_numbers(
    pieces: list[str],
    not_after: Collection[str],
    row_label: Callable[[str], bool] | None = None,
) -> tuple[dict[int, Span], set[int]]:
    """The page or slide number of each piece that prints one (see the module's notes), by
    the piece's index: the span of the number in it; and the pieces that are running headers
    or footers, the same words around their page's number on two pages or more (no value, no
    heading). ``row_label`` tells a table's row label (a month's, a place's name), whose
    rows' counts are no pages."""
    candidates = _candidates(pieces, not_after)
    # the longest run of numbers stepping up that ends at each candidate, by its number
    ending: dict[int, list[tuple[int, list[int]]]] = {}
    runs: list[list[int]] = []
    for k, (index, number, _, _) in enumerate(candidates):
        best: list[int] = []
        for step in range(1, MAX_STEP + 1):
            for other, run in ending.get(number - step, ()):
                if index - other >= 2 and len(run) > len(best):
                    best = run
        run = [*best, k]
        runs.append(run)
        ending.setdefault(number, []).append((index, run))
    pages: dict[int, Span] = {}
    words: dict[int, str] = {}
    for run in runs:
        footer = _same_words(candidates, run)
        if not footer and all(in_a_row(candidates[k][3], row_label) for k in run):
            continue  # a column of counts closing a table's rows
        if len(run) >= MIN_PAGES or (len(run) == 2 and footer):
            for k in run:
                pages[candidates[k][0]] = candidates[k][2]
                words[candidates[k][0]] = _key(candidates[k][3])
    repeated = Counter(words.values())
    return pages, {index for index, key in words.items() if repeated[key] >= 2}


def _same_words(candidates: list[tuple[int, int, Span, str]], run: list[int]) -> bool:
    """Two lines of the same words around their number: a running header or footer."""
    keys = {_key(candidates[k][3]) for k in run}
    return len(keys) == 1 and len(next(iter(keys)).split()) >= 2


# a note's call glued to the end of a word: "Ejecutivo1,", "familiar2.", "regionales2 durante"
_CALL = re.compile(r"[^\W\d_]{3}(\d{1,2})(?=[\s.,;:)]|$)")
_NOTE = re.compile(r"^(\d{1,2})\s+(?=[A-ZÁÉÍÓÚÑ])")


def note_numbers(pieces: list[str]) -> dict[int, Span]:
    """The number opening each note at a page's foot whose call an earlier line glued to a
    word (see the module's notes), by the piece's index."""
    called: set[int] = set()
    notes: dict[int, Span] = {}
    for index, piece in enumerate(pieces):
        note = _NOTE.match(piece)
        if note and int(note.group(1)) in called:
            notes[index] = note.span(1)
            continue
        called.update(int(m.group(1)) for m in _CALL.finditer(piece))
    return notes


def blanked(piece: str, span: Span) -> str:
    """``piece`` with the number at ``span`` written as spaces: no number is read there, and
    every other character keeps its place."""
    start, end = span
    return piece[:start] + " " * (end - start) + piece[end:]
