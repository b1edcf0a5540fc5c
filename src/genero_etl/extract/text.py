"""Finding indicator values in Spanish report text.

Input: the segments of a :class:`~genero_etl.model.Document` and what is known of the
document (number convention, year). Output: :class:`Finding` objects, one per value a
careful reader would note, with the words around it that say what it counts. Nothing
here opens files or knows about the codebook's ids: classification happens later.

This module reads the document as a whole (headings, blocks, activities, tables of
contents, table headers, two-column rows a .docx or .pdf wrote with spaces); each clean
piece of text goes through the registered passes of :mod:`genero_etl.extract.piece`; the
words come from the lexicon (:mod:`genero_etl.extract.lexicon`, ``schemas/lexicon``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, pairwise

from genero_etl.extract.apparatus import blanked, note_numbers, page_numbers
from genero_etl.extract.clean import clean_pieces
from genero_etl.extract.cues import (
    MEMO_LIMIT,
    Cues,
    PhraseGate,
    compile_phrases,
    cues,
    gate_folded,
    phrase_pattern,
)
from genero_etl.extract.finding import DocContext, Finding, Lexicon
from genero_etl.extract.lexicon import SpanishLexicon, _load
from genero_etl.extract.pagelines import line_at, page_paragraphs, stacked_rows
from genero_etl.extract.periods import PeriodMatch, cell_month, find_periods
from genero_etl.extract.piece import (
    drop_quoted,
    findings_in_piece,
    is_division_name,
    other_body_aliases,
    quotes_civil_body,
    quotes_other_body,
    sentence_bounds,
)
from genero_etl.extract.textutil import TextPattern, fold
from genero_etl.model import Segment
from genero_etl.resources import workspace_cache

__all__ = ["DocContext", "Finding", "Lexicon", "breakdown_dimension", "extract_findings"]

PARAGRAPH_BEFORE = 600  # characters of the paragraph before a value's sentence kept with it
_PERIOD_OR_DIGIT = re.compile(r"^\s*periodo|^\s*\d", re.IGNORECASE)
_NUMBERED_SECTION = re.compile(r"^\d+(?:\.\d+)*\s*[.)]\s*[A-ZÁÉÍÓÚÑ]")


@dataclass(slots=True)
class Blocks:
    """What the headings read so far say about the values below them."""

    ctx: DocContext
    heading: str = ""
    headings: list[str] = field(default_factory=list)  # most recent first, at most three
    block: int = 0
    period: PeriodMatch | None = None
    period_label: str = ""
    activity: str = ""
    activity_number: str = ""
    activity_periods: dict[int, PeriodMatch] = field(default_factory=dict)
    table_header: list[str] = field(default_factory=list)
    # the periods of the rows read under the table header, each row's first cell its period
    row_periods: list[PeriodMatch] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)  # the headings before the first value
    # under a header whose last column is an amount ("UP Unidad Presupuestal PP Programa
    # Presupuestario Importe"): each row's last number is money, the numbers before it codes
    amounts: bool = False

    def open_activity(self, act: re.Match[str], piece: str, locator: str) -> None:
        """ "Actividad 3: Talleres": a new block named by its activity."""
        self.block += 1
        self.activity_number = act.group(2)
        title = act.group(3).strip(" \t:")
        self.activity = f"{act.group(1).capitalize()} {act.group(2)}" + (
            f": {title}" if title else ""
        )
        self.ctx.activities.append((self.activity_number, title, locator))
        self.heading, self.headings = piece, [piece]
        self.period, self.period_label = None, ""

    def read_heading(self, piece: str, periods: list[PeriodMatch], year_total: bool) -> None:
        """A short line without values: a section, a period heading or a year's total."""
        if words_last_amount(piece):
            self.amounts = True
        if _NUMBERED_SECTION.match(piece) or piece.startswith("#"):
            self.amounts = False
            self.block += 1
            self.activity, self.activity_number = "", ""
            self.period, self.period_label = None, ""
        strong = [p for p in periods if p.strength >= 2]
        span = _PERIOD_CELL.fullmatch(piece)
        if span is not None and span.group("last") and not self.activity:
            # "2014 - 2017" alone over a table: its rows' span of years
            first, last = int(span.group("first")), int(span.group("last"))
            if first < last:
                self.block += 1
                label = span.group(0).strip()
                self.period = PeriodMatch(f"{first}-01-01", f"{last}-12-31", label, (0, 0), 2)
                self.period_label = label
        elif (
            strong
            and "\t" not in piece  # a table's header row: its periods belong to columns
            and not _PERIOD_OR_DIGIT.match(piece)
            and not self.activity
        ):
            self.block += 1
            self.period, self.period_label = strong[0], piece.rstrip(":").strip()
        elif year_total and self.ctx.year:
            year = self.ctx.year
            self.block += 1
            self.period = PeriodMatch(f"{year}-01-01", f"{year}-12-31", "", (0, 0), 2)
            self.period_label = piece.rstrip(":").strip()
        self.heading = piece
        self.headings = [piece, *self.headings[:2]]

    def note_activity_period(self, periods: list[PeriodMatch], found: bool) -> None:
        """A period written inside an activity's block is the period of its values."""
        if not self.activity or not periods:
            return
        strong = [p for p in periods if p.strength >= 2]
        if found and strong:
            self.activity_periods.setdefault(self.block, strong[0])
        elif not found and strong:
            self.activity_periods.setdefault(self.block, max(periods, key=lambda p: p.strength))

    def _rows_period(self, found: list[Finding], piece: str) -> None:
        """A table of rows by period ("2014 | 95 | 27", ..., "A Junio 2020 | 20 | 27"): its
        total row ("Total | 539 | 405"), with no period of its own, spans the rows' periods,
        from the first row's start to the last row's end (never the document's first year)."""
        if "\t" not in piece or not found:
            return
        first = piece.split("\t", 1)[0].strip()
        dated = [f.period for f in found if f.period is not None and f.cell > 0]
        if _PERIOD_CELL.fullmatch(first) or (dated and find_periods(first, self.ctx.year)):
            self.row_periods.extend(dated[:1])
            return
        if not _TOTAL_CELL.match(first) or len(self.row_periods) < 2:
            return
        start = min(p.start for p in self.row_periods)
        end = max(p.end for p in self.row_periods)
        label = f"{start[:4]}-{end[:4]}" if start[:4] != end[:4] else start[:4]
        for f in found:
            if f.period is None and f.cell > 0:
                f.period, f.period_label = PeriodMatch(start, end, label, (0, 0), 2), label

    def place(self, found: list[Finding], piece: str, base: int) -> None:
        """Give the piece's values their heading, block, activity, row and period."""
        if "\t" in piece and not found and not _has_number_cells(piece):
            self.table_header = [c.strip() for c in piece.split("\t")]
            self.row_periods = []
        _read_row_cells(found, piece, self.table_header)
        self._rows_period(found, piece)
        row_activity, row_dimension, row_label = _row_label(piece, found, self.table_header)
        _apply_column_headers(found, self.table_header, piece.count("\t") + 1, self.ctx.year)
        for finding in found:
            finding.heading = self.heading
            finding.context = " | ".join(self.headings)
            finding.lead = " | ".join(self.lead)
            finding.block = self.block
            finding.paragraph_before = piece[
                max(0, finding.text_start - PARAGRAPH_BEFORE) : finding.text_start
            ].strip()
            finding.activity = row_activity or self.activity
            finding.activity_number = self.activity_number
            if row_label:
                finding.row_dimension, finding.row_label = row_dimension, row_label
            if finding.parent is not None:
                finding.parent += base
            if self.period is not None and finding.period is None:
                finding.period, finding.period_label = self.period, self.period_label


def extract_findings(
    segments: Iterable[Segment],
    ctx: DocContext,
    lexicon: Lexicon,
    set_aside: list[tuple[str, str, str]] | None = None,
) -> list[Finding]:
    """Every indicator value in the segments, in reading order; ``set_aside`` receives the
    numbers dropped for a reason worth reporting (kind, locator, text: "entre 50 y 60")."""
    words = cues(ctx.lexicon)
    findings: list[Finding] = []
    blocks = Blocks(ctx)
    pieces: list[tuple[str, str]] = []
    owners: list[tuple[Segment, int] | None] = []  # a joined segment and where the piece starts
    for segment in page_paragraphs(stacked_rows(list(segments))):
        cursor = 0
        for start, part, cells in month_table_parts(segment.text, ctx.lexicon):
            if cells:  # a flattened table's headings or row, read as written
                pieces.append((segment.locator, part))
                owners.append((segment, start) if segment.lines else None)
                cursor = start + len(part)
                continue
            for piece in clean_pieces(part):
                pieces.append((segment.locator, piece))
                if not segment.lines:
                    owners.append(None)
                    continue
                at = segment.text.find(piece, cursor)
                owners.append((segment, at))
                cursor = at + len(piece) if at >= 0 else cursor
    texts = [piece for _, piece in pieces]
    contents = table_of_contents(texts, words.contents)
    # a page's or a slide's number, a note's number at a page's foot: set aside in the text
    pages, running = page_numbers(texts, words.page_not_after, _month_or_place(words))
    for index, span in (pages | note_numbers(texts)).items():
        if index not in contents:
            locator, piece = pieces[index]
            pieces[index] = (locator, blanked(piece, span))
    contents |= running  # "Memoria Anual 2022 | 17": a running footer, no value, no heading
    contents |= template_totals([piece for _, piece in pieces])
    quoting = QuotedReport(words)
    survey = SurveyNote(ctx.lexicon, [piece for _, piece in pieces])
    piece_starts: list[int] = []  # where the findings of each piece read start
    read_in: dict[int, int] = {}  # the piece each finding was read in, by the finding's id
    for index, (locator, piece) in enumerate(spaced_rows_as_cells(aligned_rows_as_cells(pieces))):
        if index in contents:
            continue  # "Presentación 9": a page number; a dashboard's unnamed group's total
        written = _outside_count_cells(piece, find_periods(piece, ctx.year), blocks, words)
        found = survey.filter(
            piece,
            quoting.filter(
                piece, findings_in_piece(piece, locator, ctx, lexicon, written, set_aside)
            ),
            index,
        )
        owner = owners[index]
        if owner is not None:  # each value points at the line where its number is printed
            segment, at = owner
            starts = {where: offset for offset, where in segment.lines}
            for finding in found:
                where = at + finding.start if at >= 0 else -1
                finding.printed_at = line_at(segment, where, finding.value_raw)
                # its place in its own line: the id a line read alone would give it
                finding.printed_start = (
                    where - starts[finding.printed_at] if where >= 0 else finding.start
                )
        if quoting.gap_quoted:
            # the paragraphs between two of a quoted report's
            del findings[piece_starts[-quoting.gap_quoted] :]
        piece_starts.append(len(findings))
        periods = [p for p in written if not _is_context_range(piece, p, ctx)]
        act = words.activity.match(piece)
        if act:
            blocks.open_activity(act, piece, locator)
        elif not found and len(piece.split()) <= 25 and not _has_number_cells(piece):
            # ("Colonia | 9", a row whose number no reading kept, heads no rows below it)
            blocks.read_heading(piece, periods, bool(words.year_total.match(piece)))
            if not findings:
                blocks.lead.append(piece)
        if not act:
            blocks.note_activity_period(periods, bool(found))
        elif found:
            blocks.note_activity_period(periods, True)
        found = [f for f in found if not _restates_round(f, findings, found, index, read_in)]
        if blocks.amounts and _paragraph(piece):
            blocks.amounts = False  # a paragraph: the table of amounts has ended
        if blocks.amounts:
            found = _amounts_of_rows(found, piece)
        blocks.place(found, piece, len(findings))
        if found and fold(blocks.heading.strip(" \t:.")) in words.national_heading:
            for finding in found:
                finding.scope_national = True  # "Datos nacionales" over "252 víctimas ..."
        findings.extend(found)
        read_in.update((id(f), index) for f in found)
    for finding in findings:
        if finding.activity and finding.period is None and finding.block in blocks.activity_periods:
            period = blocks.activity_periods[finding.block]
            finding.period, finding.period_label = period, period.label
    return findings


_AMOUNT_ROW_WORDS = 40  # a longer piece under a table of amounts is a paragraph of text


# "Programas Monto ($)", "Importe (US$)": the amount's column with its money in brackets
_BRACKETED_MONEY = re.compile(r"\s*\([^()\d]{0,12}\)\s*$")


def _month_or_place(words: Cues) -> Callable[[str], bool]:
    """A table's row label, whose row's count is never a page's number: a month's name
    ("Marzo") or a first-level division's ("Ocotepeque", "Francisco Morazán")."""

    def label(text: str) -> bool:
        return fold(text) in words.months or is_division_name(text)

    return label


def words_last_amount(piece: str) -> bool:
    """A table's header whose last column is an amount (lexicon ``blocks.amount_column``):
    "UP Unidad Presupuestal PP Programa Presupuestario Importe", "Programas Monto ($)"."""
    cells = _BRACKETED_MONEY.sub("", piece).replace("\t", " ").split()
    return len(cells) >= 2 and cues().amount_column.fullmatch(cells[-1]) is not None


def _paragraph(piece: str) -> bool:
    """A long piece of prose with no cells that does not end in a number: no table's row."""
    return (
        "\t" not in piece
        and len(piece.split()) > _AMOUNT_ROW_WORDS
        and not piece.rstrip()[-1:].isdigit()
    )


def _amounts_of_rows(found: list[Finding], piece: str) -> list[Finding]:
    """A row under an amount's column ("01 Despacho del Gobernador 636 Atención Integral del
    Despacho del C. 7,211,508"): its last number is the amount, money; the numbers before it
    are the codes of units and programmes, never values. Rows a reader joined with their
    cells ("11 | Secretaría ... | 335 337 341 | ... 145,776,572 ... 54,326,340") keep every
    amount written with its thousands' separators."""
    tail = piece.rstrip()
    last = [
        f
        for f in found
        if f.parent is None
        and (
            f.start + len(f.value_raw) >= len(tail)
            or ("\t" in piece and any(ch in f.value_raw for ch in ",."))
        )
    ]
    for f in last:
        if f.unit_hint in {"", "$"} and f.kind_hint in {"observed", "budget"}:
            f.unit_hint, f.kind_hint = "$", "budget"
    return last


# How far back (in paragraphs) and how close a count written in digits must be for a round
# number in words to restate it
_RESTATED_WITHIN = 2
_RESTATED_NEAR = 0.1
_RESTATED_ABOVE = 0.25


def _restates_round(
    f: Finding,
    earlier: list[Finding],
    piece_found: list[Finding],
    index: int,
    read_in: dict[int, int],
) -> bool:
    """ "el Ministerio Público investigó un total de 216 denuncias ..., lo que evidencia que más
    de doscientas mujeres", "Desacato ... con 499. ... La presencia de Desacato en casi
    quinientos ingresos": a round number written in words with an approximation ("casi") or a
    lower bound ("más de") restates a count written in digits a little before it (in its own
    paragraph or the two before), the figure in round words; it is no second value. So does a
    numeral and "mil" with an approximation: "4,851 quejas atendió CONADEH ..." then "Cerca de 5
    mil quejas ... atendió el Comisionado"."""
    if not _is_round(f):
        return False
    before = [g for g in earlier if index - read_in.get(id(g), -99) <= _RESTATED_WITHIN]
    before += [g for g in piece_found if g.start < f.start]
    return any(_round_of(f, g) for g in before)


# "10 mil", "5 mil", "1,5 millones": a round figure written as a numeral and its multiplier
_ROUND_NUMERAL = re.compile(r"\d{1,3}(?:[.,]\d)?\s+(?:mil|millones|millón|millon)", re.IGNORECASE)


def _is_round(f: Finding) -> bool:
    """A round figure with an approximation or a lower bound, the way a summary restates a count:
    in words ("más de doscientas"), or as a numeral and "mil" with an approximation ("Cerca de 5
    mil"; "más de 12 mil casos" in a headline is the office's own rounded figure)."""
    if not (f.approximate or f.lower_bound) or f.value < 100 or f.value % 100:
        return False
    raw = f.value_raw.strip()
    if not any(ch.isdigit() for ch in raw):
        return True
    return f.approximate and bool(_ROUND_NUMERAL.fullmatch(raw))


def _round_of(f: Finding, g: Finding) -> bool:
    """Whether the round figure ``f`` restates ``g``, a count written in digits (itself round
    and approximate, it restates nothing)."""
    if not any(ch.isdigit() for ch in g.value_raw) or g.unit_hint == "%" or g is f:
        return False
    if _is_round(g) or (g.approximate and g.value % 100 == 0):
        return False
    if _ROUND_NUMERAL.fullmatch(g.value_raw.strip()) and g.value == f.value:
        # "Reportan 90 mil asistentes" then "alrededor de 90 mil personas salieron": the same
        # round figure said again, no rounding of a count written more precisely
        return False
    if f.lower_bound and f.value < g.value <= f.value * (1 + _RESTATED_ABOVE):
        return True
    return bool(f.approximate and abs(g.value - f.value) <= f.value * _RESTATED_NEAR)


# the capitalised name of a body, then its acronym in brackets: "Católicas por el Derecho a
# Decidir (CDC)"
_NAME_THEN_ACRONYM = re.compile(
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*(?:\s+(?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*|de|del|la|las|los|el|por|a|y|para))"
    r"{0,10}\s*\(([A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ\w]{1,14})\)"
)


def _ngo_acronyms(piece: str, words: Cues) -> set[str]:
    """The acronyms of the bodies ``piece`` introduces as civil-society ones: "una de las
    defensoras feministas de Católicas por el Derecho a Decidir (CDC)" (lexicon
    ``sources.member_of`` right before the capitalised name and its acronym)."""
    found: set[str] = set()
    for m in words.member_of_ngo.finditer(piece):
        name = _NAME_THEN_ACRONYM.match(piece, m.end())
        if name is not None:
            found.add(name.group(1))
    return found


_DIGIT = re.compile(r"\d")
# a question of a few words standing alone, with no number: a news story's subheading
_SUBHEADING = re.compile(r"¿[^\d.;:?]{3,120}\?")
# the paragraphs at most between two that quote one body's report (``QuotedReport``)
_QUOTED_GAP = 3
_LIST_ITEM_WORDS = 8
# the flag of a value read in the paragraphs right after a quote of another body's figures,
# naming no office of their own: held for review, never published unseen (``QuotedReport``)
AFTER_OTHER_BODY = "after_other_body"


class QuotedReport:
    """Another body's report quoted over several paragraphs: once a paragraph attributes its
    figures to an association or an NGO, the paragraphs right after it that name "el informe"
    or the body's acronym still quote it ("Difundido el pasado 20 de enero, el informe precisa
    que ... 10 de ellas sufrieron abuso sexual"); their numbers are not the office's values.
    Up to three paragraphs that name neither, between one that quotes the report and one that
    names the body again by its acronym, quote it too: "Un 49 por ciento de las asesinadas eran
    madres ..." between "el informe precisa que ..." and "... reveló el informe de Aldea"; the
    two paragraphs of Ormusa's counts by perpetrator and department before "Los meses más
    violentos según Ormusa" (``gap_quoted`` tells the caller how many paragraphs back to drop
    the values of; "el informe" alone does not name the body again: "el informe anual del
    Consejo" is the office's own, and a paragraph that names a public office with a capital, "El
    Consejo de la Judicatura otorgó 1.200 medidas", ends the quote). The values those up to
    three paragraphs keep, when none names the body again, may still be the body's ("La cifra
    es apenas inferior a la del año precedente (2022), cuando se perpetraron 332 asesinatos"
    after "informó ... la no gubernamental Fundación Aldea") as well as the office's: when the
    quote leads the report (no value was read before it), those whose sentence says no one's
    word are flagged ``AFTER_OTHER_BODY`` and held for review, never dropped. When the quote
    leads the report, a paragraph of the gap that names its report or the body by its kind
    ("..., citó el informe", "según datos de la Organización de Mujeres ...", lexicon
    ``sources.its_report``) and no public office quotes it again, and the paragraphs before it
    in the gap with it. A list's items, a few words each under a line ending in ":" ("Los
    departamentos donde más se registran estos escenarios son:" then "Cortés (40)" ...), are a
    part of the paragraph that opened the list: they count as one paragraph of the gap, and
    their values go with it. A quote never leads a report whose paragraph before it named a
    public office with a capital ("El Gobierno Regional de Arequipa ... iniciaron una campaña"
    before "Cada año, más de 56 mil niñas ..., según el UNFPA"): the report is that office's,
    and its later figures ("En Arequipa, solo en 2023 se registraron 485 madres adolescentes")
    are its own."""

    def __init__(self, words: Cues) -> None:
        self.words = words
        self.aliases: set[str] = set()
        self.ngo_acronyms: set[str] = set()  # bodies the text introduced as civil-society ones
        self.active = False
        # how many paragraphs since a quoted one have named neither the report nor the body
        self.gap = 0
        # ... when this one names the body again: those paragraphs quoted it too
        self.gap_quoted = 0
        self.kept_any = False  # whether a value was kept so far
        self.lead_quoted = False  # whether the first paragraph with values quoted another body
        self.gap_pieces = 0  # the pieces of those paragraphs (a list's items one each)
        self.listing = False  # whether the piece before opened a list (":") or was its item
        # whether a civil-society body was quoted and no public office has been named since
        self.civil_body = False
        # whether a paragraph before any quote named a public office: the report is that
        # office's, and a body it quotes does not lead it
        self.office_first = False
        self.quoted_once = False  # whether a paragraph so far quoted another body

    def filter(self, piece: str, found: list[Finding]) -> list[Finding]:
        if not found and _SUBHEADING.fullmatch(piece.strip()):
            # "¿Qué entidades son las más peligrosas?" between two paragraphs of the quote: a
            # news story's subheading, no paragraph of its own (the quote goes on after it)
            return found
        self.ngo_acronyms |= _ngo_acronyms(piece, self.words)
        found = self._without_attributed_to_ngo(piece, found)
        found = self._without_called_back(piece, found)
        was_active, was_gap = self.active, self.gap
        # "- Cortés (40)" under "Los departamentos donde más se registran ... son:": a list's
        # item (a few words, no sentence, its bullet cleaned away) is a part of the paragraph
        # that opened it, however many lines the list takes
        end = piece.rstrip()[-1:]
        item = self.listing and len(piece.split()) <= _LIST_ITEM_WORDS and end not in ".:"
        self.listing = end == ":" or item
        # a report that leads on the body's figures: a paragraph of the gap that names its
        # report ("citó el informe", "aseguró la organización") and no office quotes it again
        report_in_gap = (
            self.lead_quoted and was_gap > 0 and not self.words.names_office.search(piece)
        )
        quoted = self._pattern(report=was_active or report_in_gap)
        kept = found
        if quoted is not None:
            kept = drop_quoted(piece, found, quoted)
            refers = bool(quoted.search(piece))
        else:
            refers = False
        names_again = self._names_body(piece) or (
            report_in_gap and self.words.its_report.search(piece) is not None
        )
        self.gap_quoted = self.gap_pieces if was_gap and names_again else 0
        if self.lead_quoted and (was_active or 0 < was_gap < _QUOTED_GAP):
            self._hold_unattributed(piece, kept)
        self.gap = 0
        if quotes_other_body(piece, self.words):
            self.aliases |= other_body_aliases(piece, self.words)
            self.active = True
            # the report leads on the body's figures: none of the office's was read before,
            # and the paragraph's own numbers were all the body's
            self.lead_quoted = self.lead_quoted or (
                not self.kept_any
                and not self.office_first
                and not kept
                and _DIGIT.search(piece) is not None
            )
            self.quoted_once = True
        elif self.gap_quoted:
            self.active = True
        elif not refers:
            self.active = False
            if self.words.names_office.search(piece):
                self.gap = 0  # the office's own paragraph: the quote has ended
            elif was_active:
                self.gap = 1
            elif 0 < was_gap < _QUOTED_GAP:
                self.gap = was_gap if item else was_gap + 1
        self.gap_pieces = self.gap_pieces + 1 if was_gap and self.gap else min(self.gap, 1)
        self.kept_any = self.kept_any or bool(kept)
        if not self.quoted_once and self.words.names_office.search(piece):
            # "El Gobierno Regional de Arequipa ... iniciaron una campaña" before "Cada año, más
            # de 56 mil ..., según el UNFPA": the office's own report, quoting a body later
            self.office_first = True
        return kept

    def _hold_unattributed(self, piece: str, kept: list[Finding]) -> None:
        """Flag ``AFTER_OTHER_BODY`` the values of a paragraph right after the quote that leads
        the report, unless the paragraph names a public office (its own figures: the quote has
        ended) or the value's sentence says who gives it ("Según el viceministro ..., el bono ha
        sido entregado a 507 menores", "..., añadió el organismo de derechos humanos")."""
        if not kept or self.words.names_office.search(piece):
            return
        for finding in kept:
            start, end = sentence_bounds(
                piece, finding.start, finding.start + len(finding.value_raw)
            )
            sentence = piece[start:end]
            if self.words.attribution.search(sentence) or self.words.said_by.search(sentence):
                continue
            finding.flags.append(AFTER_OTHER_BODY)

    def _without_called_back(self, piece: str, found: list[Finding]) -> list[Finding]:
        """ "El Observatorio de Equidad de Género contabilizó 63 feminicidios ..." then "La
        organización informó que, en seis de los casos, aún se desconoce el móvil o el agresor.
        Además, no se sabe la causa de muerte de 24 mujeres": once a civil-society body is
        quoted, a later sentence that calls it back by its kind (lexicon
        ``sources.refers_to_body``) quotes it still, and so do the sentences after it in its
        paragraph, until a paragraph names a public office with a capital (its own figures
        take over: "El Ministerio de la Mujer registró 300 denuncias")."""
        quotes_civil = quotes_civil_body(piece, self.words)
        office = self.words.names_office.search(piece) is not None
        carried = self.civil_body or quotes_civil
        self.civil_body = quotes_civil or (self.civil_body and not office)
        if not carried or office or not found:
            return found
        called = self.words.refers_to_body.search(piece)
        if called is None:
            return found
        start, _ = sentence_bounds(piece, called.start(), called.end())
        return [f for f in found if f.start < start]

    def _without_attributed_to_ngo(self, piece: str, found: list[Finding]) -> list[Finding]:
        """ "... Católicas por el Derecho a Decidir (CDC) ..." then "se contabilizan 37
        feminicidios ..., según el observatorio de violencia machista de CDC": a sentence that
        attributes its figures to a body the text introduced as a civil-society one, by its
        acronym after an attribution cue, quotes that body (lexicon ``sources.member_of``)."""
        if not self.ngo_acronyms or not found:
            return found
        names = "|".join(re.escape(a) for a in sorted(self.ngo_acronyms))
        quoted = re.compile(
            rf"(?i:{self.words.attribution.pattern})(?:\s+[^\s.;]+){{0,8}}?\s+(?:{names})\b"
        )
        return drop_quoted(piece, found, quoted)

    def _names_body(self, piece: str) -> bool:
        return any(re.search(rf"\b{re.escape(a)}\b", piece) for a in self.aliases)

    def _pattern(self, report: bool) -> re.Pattern[str] | None:
        # the acronym as written ("Aldea", never "la aldea"); the report's words in any case
        parts = [rf"\b{re.escape(a)}\b" for a in sorted(self.aliases)]
        if report:
            parts.append(f"(?i:{self.words.its_report.pattern})")
        if not parts:
            return None
        return re.compile("|".join(f"(?:{p})" for p in parts))


_FULL_STOP = re.compile(r"[.!?]\s+(?=[¿¡\"“(]?[A-ZÁÉÍÓÚÑ])")
# A line that ends its sentence (or is empty), and how many lines back a wrapped sentence of a
# survey note is read (``SurveyNote._wrapped_lead``).
_ENDS_SENTENCE = re.compile(r"(?:[.!?:;]\W{0,2}|^\s*)$")
WRAPPED_LINES = 4


@dataclass(frozen=True, slots=True)
class _SurveyWords:
    """The lexicon's survey words, compiled once per lexicon (``SurveyNote``)."""

    named: tuple[TextPattern, ...]
    records: TextPattern
    refers_back: TextPattern
    population: TextPattern
    # a complaint as what the women asked did ("presentaron una queja o denunciaron"), no records
    acts: TextPattern
    # what a survey's sample counts ("5,259 viviendas"), never an office's work
    sample: TextPattern
    # the cases of a share ("con un 51,9% de los casos"), a register's records only where the
    # note names a register or its paragraph counts cases ("con 3,434 casos")
    cases: TextPattern
    case_count: TextPattern
    register: TextPattern
    # a study or survey the text brings in as a new one ("Un reciente estudio del Centro ...",
    # "una encuesta a 116 jóvenes"): the figures before it are not its estimates
    introduced: TextPattern
    # per pattern of ``named``, gates that must all let a piece through for it to be run (a
    # population's phrase needs a word of its noun and one of its ages)
    gates: tuple[tuple[PhraseGate, ...], ...]
    # whether a piece names a survey, by piece: a letterhead recurs from report to report
    memo: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)


@workspace_cache
@cache
def _survey_words(sources: tuple[str, ...]) -> _SurveyWords:
    lexicon = _load(sources)
    names = lexicon.words("phrases", "survey_names")
    said = lexicon.words("phrases", "survey_words")
    named: list[TextPattern] = [compile_phrases(said)] if said else []
    gates: list[tuple[PhraseGate, ...]] = [(PhraseGate.of(said),)] if said else []
    if names:
        named.append(re.compile(rf"(?<![\w])(?:{'|'.join(map(re.escape, names))})(?![\w])"))
        gates.append((PhraseGate.of(names),))
    nouns = lexicon.words("phrases", "prevalence_nouns")
    ages = lexicon.words("phrases", "survey_population")
    sample = lexicon.words("phrases", "survey_sample_nouns")
    if nouns and ages:
        named.append(compile_phrases([f"{n} {a}" for n in nouns for a in ages]))
        gates.append((PhraseGate.of(nouns), PhraseGate.of(ages)))
    return _SurveyWords(
        named=tuple(named),
        records=compile_phrases(lexicon.words("phrases", "survey_records")),
        refers_back=compile_phrases(lexicon.words("phrases", "survey_refers_back")),
        acts=compile_phrases(lexicon.words("phrases", "survey_acts"), r"(?![\w])"),
        sample=re.compile(
            rf"^\s*(?:{phrase_pattern(sample)})\b" if sample else r"(?!)", re.IGNORECASE
        ),
        population=re.compile(
            rf"^\s*(?:de\s+)?(?:{phrase_pattern(nouns)})" if nouns else r"(?!)", re.IGNORECASE
        ),
        cases=compile_phrases(lexicon.words("phrases", "case_words"), r"(?![\w])"),
        case_count=re.compile(
            rf"\d\s+(?:{phrase_pattern(lexicon.words('phrases', 'case_words'))})(?![\w])",
            re.IGNORECASE,
        ),
        register=compile_phrases(lexicon.words("phrases", "survey_registers"), r"(?![\w])"),
        introduced=compile_phrases(lexicon.words("phrases", "survey_introduced"), r"(?![\w])"),
        gates=tuple(gates),
    )


def _names_survey(piece: str, words: _SurveyWords) -> bool:
    """Whether ``piece`` names a survey: a pattern of ``words.named`` matches it, each run only
    when its gates may hold (the piece folded once for all the gates); the answer remembered
    per piece, up to ``MEMO_LIMIT`` pieces."""
    known = words.memo.get(piece)
    if known is not None:
        return known
    folded = gate_folded(piece)
    known = any(
        p.search(piece)
        for p, gates in zip(words.named, words.gates, strict=True)
        if all(gate.may_hold_folded(piece, folded) for gate in gates)
    )
    if len(words.memo) < MEMO_LIMIT:
        words.memo[piece] = known
    return known


def _cited_survey(lexicon: SpanishLexicon, piece: str, words: _SurveyWords) -> bool:
    """Whether ``piece`` names its survey right after an attribution cue ("Según la Endes, el
    69,1% ...", lexicon ``sources.attribution_before``)."""
    cue = compile_phrases(
        lexicon.words("sources", "attribution_before"), r"\s+(?:(?:el|la|los|las)\s+)?$"
    )
    for pattern in words.named:
        for m in pattern.finditer(piece):
            if cue.search(piece, max(0, m.start() - 40), m.start()):
                return True
    return False


# how many pieces back from the first that names a survey its study may have been brought in
_INTRODUCED_BACK = 2


def _introduced_at(pieces: list[str], naming: int, words: _SurveyWords) -> int:
    """The piece at or up to ``_INTRODUCED_BACK`` before ``naming`` (the first that names a
    survey) that brings a study in as a new one, when an earlier piece came before it: "Un
    reciente estudio del Centro de Medicina Reproductiva ... muestra que ... (68,1%)" then "La
    investigación contempló una encuesta a 116 jóvenes", after the health ministry's own
    figures ("la pastilla anticonceptiva es la primera con 31,4% de las preferencias"); 0 when
    none does (the survey's estimates may then be anywhere in the text)."""
    for index in range(max(1, naming - _INTRODUCED_BACK), naming + 1):
        if words.introduced.search(pieces[index]):
            return index  # the earliest: the study is brought in before its survey is named
    return 0


class SurveyNote:
    """A document that reports a population survey (it names one: "la Encuesta Nacional sobre
    la Dinámica de las Relaciones en los Hogares (ENDIREH) 2016", "la encuesta arrojó"): its
    shares are the survey's estimates of a population, not an office's work, whatever their
    sentence says ("En los departamentos de Potosí y La Paz se registran los mayores porcentajes
    ... con 96,5% y 95,3%"); so are the populations and the women they stand for written in a
    paragraph with such a share ("De los 46.5 millones de mujeres ... se estima que 30.7
    millones (66.1 por ciento)", "(aproximadamente 300.000 mujeres)"). A sentence that names
    an office's records keeps its numbers: "en las averiguaciones previas iniciadas ..., el
    abuso sexual (61.7%)"; so does every count that is not a population ("106.404 casos de
    VIF"). Lexicon: ``phrases.survey_names`` (as written), ``survey_words``,
    ``survey_records``, ``survey_refers_back`` (a share whose whole is the last
    sentence's: "La cifra representa el 1,19%"), ``survey_population`` (a survey's population after a prevalence noun:
    "las mujeres de 15 años y más"), and ``prevalence_nouns``."""

    def __init__(self, lexicon: SpanishLexicon, pieces: list[str]) -> None:
        words = _survey_words(lexicon.sources)
        naming = [index for index, piece in enumerate(pieces) if _names_survey(piece, words)]
        self.active = bool(naming)
        self.pieces = pieces
        # "los centros de emergencia mujer atendieron 2055 casos ... el 40.8% sufrió violencia
        # física ... Según la Endes, el 69,1% de mujeres ...": a survey first cited after the
        # office's own report makes survey estimates of what follows it, not of what came before
        self.since = 0
        if naming and naming[0] > 0:
            first = pieces[naming[0]]
            cited = _cited_survey(lexicon, first, words)
            self.since = naming[0] if cited else _introduced_at(pieces, naming[0], words)
        self.records = words.records
        self.refers_back = words.refers_back
        self.population = words.population
        self.acts = words.acts
        self.sample = words.sample
        self.cases = words.cases
        self.case_count = words.case_count
        # "según datos del Registro Único de Violencia contra las Mujeres": its cases are records
        self.register = any(words.register.search(piece) for piece in pieces)

    def filter(self, piece: str, found: list[Finding], index: int | None = None) -> list[Finding]:
        if not self.active or not found or (index is not None and index < self.since):
            return found
        lead = self._wrapped_lead(index)
        own = [not self._names_records(piece, f, lead) for f in found]
        shares = [f.unit_hint == "%" and mine for f, mine in zip(found, own, strict=True)]
        # "formaron parte de 5,259 viviendas", "hablamos ... de tres millones de mujeres": the
        # survey's sample and the population in millions it stands for, with a share or not
        sample = [
            mine and (self._in_sample(f) or (not f.unit_hint and _in_millions(f)))
            for f, mine in zip(found, own, strict=True)
        ]
        if not any(shares) and not any(sample):
            return found
        dropped = {
            i
            for i, (f, share, mine, of_sample) in enumerate(
                zip(found, shares, own, sample, strict=True)
            )
            if share or of_sample or (any(shares) and mine and self._stands_for_population(f))
        }
        # "7.241 viviendas (5.049 en el área urbana y 2.192 en el área rural)": a sample's parts
        dropped |= {
            i
            for i, f in enumerate(found)
            if f.parent is not None and f.parent in dropped and sample[f.parent] and not f.unit_hint
        }
        return [f for i, f in enumerate(found) if i not in dropped]

    def _wrapped_lead(self, index: int | None) -> str:
        """The lines before piece ``index`` that open its sentence when a page's lines wrap it
        ("En las averiguaciones previas iniciadas y/o carpetas de investigación / abiertas, los
        principales delitos ... son los / relacionados con el abuso sexual (43.3%)"): the
        earlier lines back to one that ends a sentence, at most ``WRAPPED_LINES``, from the
        last sentence that starts in them; empty when the line before ends a sentence."""
        if index is None or index <= 0:
            return ""
        lines: list[str] = []
        for before in reversed(self.pieces[max(0, index - WRAPPED_LINES) : index]):
            if _ENDS_SENTENCE.search(before):
                break
            lines.append(before)
        lead = " ".join(reversed(lines))
        stops = list(_FULL_STOP.finditer(lead))
        return lead[stops[-1].end() :] if stops else lead

    def _names_records(self, piece: str, f: Finding, lead: str = "") -> bool:
        # the whole sentence, its clauses joined: "se registró el fallecimiento de 685 mil 763
        # personas; 44.3 por ciento de ellas eran mujeres"
        starts = [0, *(m.end() for m in _FULL_STOP.finditer(piece, 0, f.start))]
        start = starts[-1]
        if len(starts) > 1 and self.refers_back.search(piece, start, f.start):
            start = starts[-2]  # "La cifra representa el 1,19%": the last sentence's whole
        end = _FULL_STOP.search(piece, f.start + len(f.value_raw))
        sentence = piece[start : end.start() if end else len(piece)]
        if start == 0 and lead:
            sentence = f"{lead} {sentence}"  # a sentence a page's lines wrap
        # "presentaron una queja o denunciaron, 90.2 % lo hizo ante ...": a complaint the
        # women asked made, no office's records
        for m in self.acts.finditer(sentence):
            sentence = sentence[: m.start()] + " " * (m.end() - m.start()) + sentence[m.end() :]
        records = [m.group() for m in self.records.finditer(sentence)]
        if records and all(self.cases.fullmatch(r) for r in records):
            # "con un 51,9% de los casos": the survey's cases, unless the note names a register
            # or the paragraph counts cases ("La mayoría de los casos ..., con 3,434 casos")
            return self.register or bool(self.case_count.search(piece))
        return bool(records)

    def _in_sample(self, f: Finding) -> bool:
        return not f.unit_hint and bool(self.sample.match(f.noun_phrase))

    def _stands_for_population(self, f: Finding) -> bool:
        if f.unit_hint:
            return False  # an amount of money
        return _in_millions(f) or bool(self.population.match(f.noun_phrase))


def _in_millions(f: Finding) -> bool:
    raw = f.value_raw.lower()
    return "millón" in raw or "millon" in raw


# an entry's own number first ("1.", "1.2.", "3.1", "I.1.", "II."), then its words and its page
_SECTION_NUMBER = r"(?:(?:\d{1,2}|[IVX]{1,4})(?:\.\d{1,2})*\.?\s+)?"
_PAGE_AT_END = re.compile(rf"{_SECTION_NUMBER}[^\d\s][^\t]*?(?:\s|\.{{2,}}|…)(\d{{1,3}})\s*$")
# a numbered entry led by dots or rules to its page ("3.1 Víctimas ........ 21")
_NUMBERED_ENTRY = re.compile(
    r"^(?:\d{1,2}|[IVX]{1,4})(?:\.\d{1,2})*\.?\s+[^\d\s].*?(?:(?:\.\s?){4,}|…{2,}|_{4,})\s*(\d{1,3})\s*$"
)
MIN_NUMBERED_ENTRIES = 3
_PAGES_ALONE = re.compile(r"\d{1,3}(?:\s+\d{1,3})?")  # "16", "16 16": an entry's page alone


def table_of_contents(pieces: list[str], heading: TextPattern) -> set[int]:
    """Lines of a table of contents: after a "Contenido" / "Índice" heading, the lines that
    end in a page number (an entry's own number before its words: "1.2. Evolución ... 8"),
    until two lines in a row do not; and, with no heading, a run of at least
    ``MIN_NUMBERED_ENTRIES`` numbered entries led by dots to pages that never go back
    ("3.1 Víctimas de feminicidio ........ 21", "3.2 ... 24"), whatever their words count."""
    entries: set[int] = set()
    inside, misses = False, 0
    for index, piece in enumerate(pieces):
        following = pieces[index + 1] if index + 1 < len(pieces) else ""
        if heading.match(piece):
            inside, misses = True, 0
        elif inside and (
            _PAGE_AT_END.match(piece)
            or _PAGES_ALONE.fullmatch(piece.strip())
            or _PAGES_ALONE.fullmatch(following.strip())
        ):
            # an entry ending in its page, or whose page stands alone on the next line ("PRÓLOGO"
            # / "1", "CAPÍTULO 2: ..." / "16 16"), or that page's own line
            entries.add(index)
            misses = 0
        elif inside:
            misses += 1
            inside = misses < 2
    run: list[tuple[int, int]] = []  # (index, page) of the numbered entries in a row
    for index, piece in enumerate([*pieces, ""]):
        entry = _NUMBERED_ENTRY.match(piece)
        if entry and (not run or int(entry.group(1)) >= run[-1][1]):
            run.append((index, int(entry.group(1))))
            continue
        if len(run) >= MIN_NUMBERED_ENTRIES:
            entries.update(i for i, _ in run)
        run = [(index, int(entry.group(1)))] if entry else []
    return entries


# A dashboard saved as text repeats one chart's template for each office or group, whose name
# was an image the text lost: "Víctimas por rango de edad / Total: 42 / Eventos por tipo de
# violencia / Total: 37 / ... / Víctimas por rango de edad / Total: 786 / ...". A label
# printed at least ``MIN_TEMPLATE_REPEATS`` times, each time over a line of one number, names
# no group: the numbers under those of its lines that follow another such line of a number or
# another repeated label, not a name of their own, count no one a reader can tell.
MIN_TEMPLATE_REPEATS = 3
_SENTENCE_END_MARK = re.compile(r"[.;!?]\s*$")
_TEMPLATE_LABEL_WORDS = 8
_TEMPLATE_NUMBER = re.compile(r"^[^\d]{0,20}?\d[\d.,]*\s*%?$")  # "Total: 42", "Total:2,347"


def _template_label(piece: str) -> bool:
    return (
        bool(piece.strip())
        and not any(map(str.isdigit, piece))
        and "\t" not in piece
        and len(piece.split()) <= _TEMPLATE_LABEL_WORDS
        and not _SENTENCE_END_MARK.search(piece)
    )


def template_totals(pieces: list[str]) -> set[int]:
    """The lines of one number under a dashboard's repeated chart labels (above)."""
    keys = [fold(p.strip(" \t:")) if _template_label(p) else "" for p in pieces]
    counts = Counter(k for k in keys if k)
    numbers = [bool(_TEMPLATE_NUMBER.match(p.strip())) for p in pieces]
    held: set[int] = set()
    for index, key in enumerate(keys):
        if not key or counts[key] < MIN_TEMPLATE_REPEATS or index + 1 >= len(pieces):
            continue
        if not numbers[index + 1] or index == 0:
            continue
        before = index - 1
        if numbers[before] or (keys[before] and counts[keys[before]] > 1):
            held.add(index + 1)
    return held


_MIN_FLATTENED_ROWS = 3


@cache
def _month_rows(months: tuple[str, ...]) -> re.Pattern[str]:
    """A month written in capitals (or the total's row) and two counts or more, each after one
    space: one row of a table a PDF turned into a run of words and numbers."""
    names = "|".join(sorted((re.escape(m.upper()) for m in months), key=len, reverse=True))
    return re.compile(
        rf"(?<![^\W\d_])(?P<label>{names}|TOTAL|Total|total)(?P<cells>(?: \d{{1,6}}){{2,}})"
        r"(?![\d.,%]|[.,]\d)"
    )


# the lexicon last asked and its months' rows: asked for each paragraph of every report
_MONTH_ROWS_OF: list[tuple[SpanishLexicon | None, re.Pattern[str] | None]] = [(None, None)]


def _month_rows_of(lexicon: SpanishLexicon) -> re.Pattern[str]:
    """``_month_rows`` of the lexicon's month names longer than three letters, read from the
    lexicon once while the same lexicon is asked."""
    held, rows = _MONTH_ROWS_OF[0]
    if held is not lexicon or rows is None:
        months = tuple(str(m) for m in lexicon.section("months") if len(str(m)) > 3)
        rows = _month_rows(months)
        _MONTH_ROWS_OF[0] = (lexicon, rows)
    return rows


def month_table_parts(text: str, lexicon: SpanishLexicon) -> list[tuple[int, str, bool]]:
    """A paragraph holding a table by month saved as one line ("Masc. Fem. Indet. ENERO 309 26 1
    FEBRERO 282 23 2 ... total 6072 573 11"): at least three rows of a month in capitals and the
    same number of counts, the column headings right before the first row, as many words
    without digits. It is read as the table it was (where each part starts, its text, whether
    it is the table's): the text before it, the headings, each row with its cells set apart by
    tabs (a row keeps its place in the line, so each count points at it), then the text after
    it. The abbreviations' periods ("Masc.") no longer cut the table into sentences; words
    between two rows without a number (a legend of the columns' abbreviations) are set aside.
    Any other paragraph, or one with numbers between its rows, is one part, as written."""
    rows = list(_month_rows_of(lexicon).finditer(text))
    widths = {len(m.group("cells").split()) for m in rows}
    split = _split_month_table(text, rows) if len(widths) == 1 else None
    return split if split is not None else [(0, text, False)]


def _split_month_table(piece: str, rows: list[re.Match[str]]) -> list[tuple[int, str, bool]] | None:
    """The parts of a line holding a table by month (where each starts, its text), or None."""
    months = [m for m in rows if m.group("label").casefold() != "total"]
    if len(months) < _MIN_FLATTENED_ROWS:
        return None
    width = len(rows[0].group("cells").split())
    before = piece[: rows[0].start()].rstrip()
    headings = before.split(" ")[-width:]
    if len(headings) < width or any(ch.isdigit() for h in headings for ch in h):
        return None
    for a, b in pairwise(rows):
        if any(ch.isdigit() for ch in piece[a.end() : b.start()]):
            return None  # numbers between the rows: no table read whole
    head_at = len(before) - len(" ".join(headings))
    if "\n" in piece[head_at : rows[-1].end()]:
        return None  # rows on lines of their own: the table's own reading
    parts: list[tuple[int, str, bool]] = []
    if before[:head_at].strip():
        parts.append((0, before[:head_at].rstrip(), False))
    parts.append((head_at, "\t" + "\t".join(headings), True))
    parts.extend((m.start(), m.group(0).replace(" ", "\t"), True) for m in rows)
    rest = piece[rows[-1].end() :]
    if rest.strip():
        parts.append((rows[-1].end() + len(rest) - len(rest.lstrip()), rest.strip(), False))
    return parts


# "Violencia Femicida 9": a label and one number, the way a two-column table reads once a
# .docx or .pdf has turned its tab into a space.
_SPACED_ROW = re.compile(r"^(?P<label>[^\d\t:]*[^\d\t\s:])\s+(?P<number>\d[\d.,]*(?:\s?%)?)$")


# a table's header saved from PDF with one space between its titles: capitalised words or
# years, no number else ("HOMBRE MUJER TOTAL HOMBRE MUJER TOTAL", "DEPARTAMENTO 2012 2013")
_TITLE = re.compile(r"(?:[A-ZÁÉÍÓÚÑ][\wáéíóúñÁÉÍÓÚÑ.()/-]*|(?:19|20)\d\d[a-z]?\*?)")
# a row of that table: its label's words, then its numbers one space apart ("ACCIDENTAL 645 147
# 792 530 128 658", "HOMICIDIO 3.577 294 3.871")
_ALIGNED_ROW = re.compile(r"^(?P<label>[^\d\t]*[^\d\t\s])(?P<numbers>(?: \d[\d.,]*%?)+)$")
_MIN_COLUMNS = 3  # numbers of a row, titles of a header: fewer may be prose


def aligned_rows_as_cells(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A table saved from PDF as text with one space between its cells: a header of titles
    (capitalised words or years, one space apart), then rows of a label and as many numbers
    as the header has titles, or one fewer where the header titles the labels' column too
    ("HOMBRE MUJER TOTAL HOMBRE MUJER TOTAL" over "ACCIDENTAL 645 147 792 530 128 658"): each
    space between the titles and between a row's label and numbers becomes the tab a
    plain-text copy of the table would have. A row's count of numbers says where they part:
    "645 147 792" are three cells, never one number written in groups of thousands."""
    out = list(pieces)
    index = 0
    while index < len(pieces):
        titles = pieces[index][1].split(" ")
        width = len(titles)
        if width < _MIN_COLUMNS or not all(_TITLE.fullmatch(t) for t in titles):
            index += 1
            continue
        end = index + 1
        while end < len(pieces):
            row = _ALIGNED_ROW.match(pieces[end][1])
            count = len(row.group("numbers").split()) if row else 0
            if count < _MIN_COLUMNS or count not in {width, width - 1}:
                break
            end += 1
        if end - index >= 2:
            out[index] = (pieces[index][0], pieces[index][1].replace(" ", "\t"))
            for i in range(index + 1, end):
                row = _ALIGNED_ROW.match(pieces[i][1])
                assert row is not None
                numbers = row.group("numbers").replace(" ", "\t")
                out[i] = (pieces[i][0], row.group("label") + numbers)
        index = max(end, index + 1)
    return out


def spaced_rows_as_cells(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Runs of at least two "label number" lines under a heading ending in ":" are the
    rows of a table: their space becomes the tab a plain-text copy would have."""
    rows = [_SPACED_ROW.match(piece) for _, piece in pieces]
    out = list(pieces)
    index = 0
    while index < len(pieces):
        end = index
        while end < len(pieces) and rows[end] is not None:
            end += 1
        under_heading = index > 0 and pieces[index - 1][1].rstrip().endswith(":")
        if end - index >= 2 and under_heading:
            for i in range(index, end):
                row = rows[i]
                assert row is not None
                out[i] = (pieces[i][0], f"{row.group('label')}\t{row.group('number')}")
        index = max(end, index + 1)
    return out


_ROW_NUMBER = re.compile(r"^\d{1,3}[.)]?$")


_NUMBER_CELL = re.compile(r"[\d.,\s]*\d[\d.,\s]*%?\*?")
_YEAR_CELL = re.compile(r"(?:19|20)\d{2}\*?")  # a header's year ("2021 | 2022")


def _has_number_cells(piece: str) -> bool:
    """A table row with a number alone in a cell after its first ("Trabajo social | 12 | - |
    15", whose numbers no reading kept): a row of values, never the header of the rows below."""
    return any(
        _NUMBER_CELL.fullmatch(c.strip()) and not _YEAR_CELL.fullmatch(c.strip())
        for c in piece.split("\t")[1:]
    )


def _apply_column_headers(
    found: list[Finding], header: list[str], width: int, year: int | None
) -> None:
    """Numbers alone in cells take their column's header: a period, else a category."""
    in_cells = [f for f in found if f.cell >= 0]
    if not in_cells or len(header) != width:
        return
    for f in in_cells:
        title = header[f.cell] if f.cell < len(header) else ""
        if not title:
            continue
        # a year alone over the column, or a budget's year ("PEF 2025", "Presupuesto 2024")
        budget = cues().budget_column.match(title.strip()) is not None
        periods = [
            p
            for p in find_periods(title, year)
            if p.strength >= 2 or title.strip() == p.label or budget
        ]
        # "Enero" over a column: its month; "ABR (2)": its month, the note's call aside
        month = cell_month(_MONTH_NOTE.sub("", title), year) if not periods else None
        periods = periods or ([month] if month else [])
        if periods:
            f.period, f.period_label = periods[0], title
        elif len(in_cells) > 1:
            kind = breakdown_dimension(title)
            f.row_dimension = kind if kind != "grupo" else (header[0] or "columna")
            # "Tasa de homicidio a varones": the sex the column's phrase names, as breakdowns
            # publish it; a header that is a sex alone ("Hombres") stays as written, as tables'
            # columns publish it
            sex = cues().sex_of(title) if kind == "sexo" and len(title.split()) > 1 else ""
            f.row_label = sex or title
        if f.kind_hint == "observed" and cues().target.search(f"{title}:"):
            f.kind_hint = "target"  # "Meta" over a column: each cell reads "Meta: 150"


# a table's total row: "Total", "TOTAL GENERAL", "Totales"
_TOTAL_CELL = re.compile(r"total(?:es)?(?:\s+general)?\s*:?$", re.IGNORECASE)
# a cell that is a year or a span of years, with a footnote's mark: "2012", "2016*",
# "2003 - 2006", "2012 - 2014(*)"
_PERIOD_CELL = re.compile(
    r"\s*(?P<first>(?:19|20)\d{2})\s*(?:\(?\*+\)?)?"
    r"(?:\s*[-–/]\s*(?P<last>(?:19|20)\d{2})\s*(?:\(?\*+\)?)?)?\s*"
)
# "Tasa por 100.000 mujeres", "Tasa x 100 mil habitantes": what a rate is per
_RATE_PER = re.compile(
    r"\b(?:por|x)\s+(?:cada\s+)?(?P<n>\d+(?:\.\d{3})*)(?:\s*(?P<mil>mil)\b)?"
    r"(?:\s+(?P<whom>(?!y\b|en\b|de\b)[a-záéíóúñ]+))?",
    re.IGNORECASE,
)


def _read_row_cells(found: list[Finding], piece: str, header: list[str]) -> None:
    """What a table row's leading cells say of the numbers after them: a cell that is a year
    or a span of years ("Finlandia | 2003 - 2006 | 0,82") is the number's period, never its
    label nor a category; the row's first named cell ("Finlandia") and its column's header
    ("País") are kept for the normalisation, which makes a country there the row's place; a
    number under a rate's column ("Tasa de homicidios") is a rate (lexicon
    ``blocks.rate_column``), and one under a budget's ("PEF 2025", "Presupuesto") an amount
    (``blocks.budget_column``), never a count."""
    if not found or "\t" not in piece:
        return
    cells = piece.split("\t")
    starts, position = [], 0
    for cell in cells:
        starts.append(position)
        position += len(cell) + 1
    aligned = len(header) == len(cells)
    words = cues()
    for f in found:
        if f.parent is not None:
            continue
        value_cell = max(i for i, s in enumerate(starts) if s <= f.start)
        if value_cell == 0:
            continue
        lead = [c.strip() for c in cells[:value_cell]]
        spans = [
            m
            for i, m in enumerate(map(_PERIOD_CELL.fullmatch, lead))
            if m is not None and not (aligned and _count_column(header[i], words))
        ]
        names = [
            (i, c)
            for i, c in enumerate(lead)
            if c
            and _PERIOD_CELL.fullmatch(c) is None
            and not _ROW_NUMBER.match(c)
            and not _NUMBER_CELL.fullmatch(c)
        ]
        if names:
            index, f.row_name = names[0]
            f.row_name_header = header[index] if aligned else ""
        if spans:
            span = spans[0]
            first = int(span.group("first"))
            last = int(span.group("last") or first)
            cell = span.group(0).strip()
            if first <= last:
                f.period = PeriodMatch(f"{first}-01-01", f"{last}-12-31", cell, (0, 0), 2)
                f.period_label = cell
            if _digits(f.label_before) and _digits(f.label_before) == _digits(cell):
                f.label_before = names[0][1] if names else ""
        if names and (not f.label_before.strip() or _NUMBER_CELL.fullmatch(f.label_before)):
            # "Domicilio de la víctima | 0,0% | 60,2%": the row's name, not the number before;
            # "Una | 92,4%": a name the label's tidying left empty is still the row's, never a
            # total's
            f.label_before = names[0][1]
        title = header[value_cell] if aligned else ""
        if title and f.unit_hint != "%" and words.budget_column.match(title.strip()):
            f.kind_hint = "budget"  # "| Programa | PEF 2025 |": an amount, not a count
        if title and f.unit_hint != "%" and words.rate_column.match(title.strip()):
            per = _RATE_PER.search(title)
            if per is None:
                f.rate_unit = "tasa"
            else:
                base = int(per.group("n").replace(".", "")) * (1000 if per.group("mil") else 1)
                whom = f" {per.group('whom').lower()}" if per.group("whom") else ""
                f.rate_unit = f"por {base:,}".replace(",", ".") + whom


def _outside_count_cells(
    piece: str, periods: list[PeriodMatch], blocks: Blocks, words: Cues
) -> list[PeriodMatch]:
    """The periods of a table row less a number alone in a cell under a column of counts
    ("Capítulo II | 2070 | 261" under "TIPO DE DELITO | TOTAL | ENE"): 2070 is the row's
    total, not its year."""
    header = blocks.table_header
    cells = piece.split("\t")
    if len(cells) < 2 or len(cells) != len(header):
        return periods
    starts = list(accumulate((len(c) + 1 for c in cells[:-1]), initial=0))
    counted = {
        (start, start + len(cell))
        for start, cell, title in zip(starts, cells, header, strict=True)
        if _count_column(title, words)
    }
    return [
        p
        for p in periods
        if not any(
            a <= p.span[0] and p.span[1] <= b and piece[a:b].strip() == p.label.strip()
            for a, b in counted
        )
    ]


def _count_column(title: str, words: Cues) -> bool:
    """A column whose header says it holds counts ("TOTAL") or a month's ("ABR (2)"): a number
    under it that reads as a year is a count, never a period (lexicon ``blocks.count_column``)."""
    title = _MONTH_NOTE.sub("", title).strip()
    return bool(title) and (
        words.count_column.match(title) is not None or cell_month(title, 2000) is not None
    )


# "ABR (2)": a month's header with a note's call
_MONTH_NOTE = re.compile(r"\s*\(\d{1,2}(?:,\s?\d{1,2})*\)\s*$")


def is_period_cell(text: str) -> bool:
    """A cell or a heading that is a year or a span of years ("2014 - 2017", "2016*")."""
    return _PERIOD_CELL.fullmatch(text) is not None


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _row_label(piece: str, found: list[Finding], header: list[str]) -> tuple[str, str, str]:
    """A table row whose value cells carry their own labels ("Inversión: $30,000.00") is
    about the thing its leading cells name ("1 | Talleres de prevención"): an activity,
    or a category of the column's header. Returns (activity, dimension, label)."""
    if not found or "\t" not in piece:
        return "", "", ""
    cells = piece.split("\t")
    starts = []
    position = 0
    for cell in cells:
        starts.append(position)
        position += len(cell) + 1
    first = min(found, key=lambda f: f.start)
    value_cell = max(i for i, s in enumerate(starts) if s <= first.start)
    if (
        value_cell == 0
        or not first.label_before
        or first.label_before.strip() in {c.strip() for c in cells[:value_cell]}
    ):
        return "", "", ""
    number = next(
        (c.strip().rstrip(".)") for c in cells[:value_cell] if _ROW_NUMBER.match(c.strip())), ""
    )
    lead = [
        (i, c.strip())
        for i, c in enumerate(cells[:value_cell])
        if c.strip() and not _ROW_NUMBER.match(c.strip())
    ]
    if not lead:
        return "", "", ""
    index, label = lead[0]
    column = header[index] if len(header) == len(cells) and index < len(header) else ""
    if cues().activity_column.search(column) or (not column and number):
        return (f"Actividad {number}: {label}" if number else label), "", ""
    return "", column or "fila", " ".join(text for _, text in lead)


def _is_context_range(piece: str, period: PeriodMatch, ctx: DocContext) -> bool:
    before = piece[max(0, period.span[0] - 40) : period.span[0]]
    return period.strength == 1 and bool(cues(ctx.lexicon).context_range.search(before))


def breakdown_dimension(part_label: str) -> str:
    """The dimension a part's label breaks its total down by (lexicon ``breakdown``)."""
    return cues().breakdown_dimension(part_label)
