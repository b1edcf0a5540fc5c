"""The values of one clean piece of text, found by a chain of small registered passes.

1. ``scan``: every number the grammar reads (digits, words, both), less the traps;
2. then, number by number in reading order, the steps registered with :func:`step`:
   ``other body`` (a figure quoted from another body, such as an NGO, is dropped),
   ``attach label`` (the words after and before it, approximations, bounds; a difference
   such as "un aumento de 4 casos" is dropped),
   ``link parts`` (a part of a total in parentheses, after "de las cuales", after a colon),
   ``keep`` (a number with nothing saying what it counts is dropped),
   ``classify kind`` (method, month label, money, target) and ``place`` (a state named).

Each step reads and writes one :class:`Candidate` and the piece's :class:`PieceState`; a
step returning ``False`` drops the number. Work is bounded per number (windows around it),
so a piece of any length is read in linear time.
"""

from __future__ import annotations

import calendar
import csv
import datetime as _dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, partial
from itertools import accumulate, pairwise

from genero_etl.countries import CountryRegistry, registry
from genero_etl.extract.cues import Cues, cues
from genero_etl.extract.finding import DocContext, Finding, Lexicon
from genero_etl.extract.grammar import NumberMatch, scan_numbers
from genero_etl.extract.periods import (
    MONTH_PATTERN,
    PeriodMatch,
    counted_by_month,
    find_periods,
    month_span,
    single_months,
    this_year_after,
    week_number_spans,
    with_year_spans,
)
from genero_etl.extract.textutil import DeferredPattern, fold, longest_first, plain
from genero_etl.extract.traps import (
    ADDRESS_LINE,
    STREET_AFTER_EN,
    STREET_NUMBER,
    TOC_HEADING,
    TOC_LEADER,
    TOC_NUMBER,
    trap_spans,
)
from genero_etl.resources import data_dir

BEFORE = 40  # characters before a number read for its cues ("aproximadamente", "más de")
AFTER = 300  # characters after a number read for its noun phrase
LABEL = 500  # longest label before a number
SHORT_PIECE = 1000  # a piece up to this long is its own source text; longer: its sentence
SENTENCE = 400  # at most this many characters either side of a number in its source text

WORD = re.compile(r"[\wáéíóúñÁÉÍÓÚÑü][\wáéíóúñÁÉÍÓÚÑü/]*(?:-[\wáéíóúñ]+)?", re.IGNORECASE)
_STATE_SCOPE = re.compile(
    r"\b(?i:el|del|al|en el)\s+estado\s+de\s+([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)*)|"
    r"\b(?i:la|de la|en la)\s+provincia\s+de\s+([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)*)|"
    r"\b(?i:la|de la|en la)\s+regi[oó]n\s+de(?:l)?\s+([A-ZÁÉÍÓÚÑ][\wáéíóúñ']+(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)*)",
)
_MUNICIPIOS_DE = re.compile(r"^\s*municipios\s+(?:del\s+estado\s+)?de\s+([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)")
CLAUSE_BREAK = re.compile(
    r"[;\t]|\.\s+(?=[A-ZÁÉÍÓÚÑ¿¡])|,\s+(?:de las cuales|de los cuales|mientras que|y además)\b"
)
# ("concluyeron", "cayeron": the preterite's plural of verbs in -uir and -aer, "-yeron")
_FINITE_VERB = re.compile(r"(?:aron|ieron|yeron|[aeií]ó|aban|[ií]an|ara|iera)$", re.IGNORECASE)
# a past tense of the third person ("atendió", "recibieron"), never a noun's ending
_PAST_VERB = re.compile(r"(?:aron|ieron|yeron|[aeií]ó)$", re.IGNORECASE)
_AND = frozenset({"y", "e"})
_VERB_LEAD = re.compile(
    r"^\s*(?:\w+(?:aron|ieron|yeron|ó)\s+)?(?:a|al|en|de|por|como)?\s*", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"\.\s+[A-ZÁÉÍÓÚÑ]|;")
_WORD_BEFORE = re.compile(r"([\wáéíóúñ.]+)\s*$")
_VERB_AFTER = re.compile(r"\s*([\wáéíóúñ]+)")
_EXPLICIT_SYMBOLS = {"US$", "U$S", "USD", "MXN", "ARS", "CLP"}
_DOLLAR_WORDS = {"dolares", "mdd"}


# Patterns of the steps below, compiled once (``re.search`` with a string looks its
# pattern up in a cache on every call).
_EACH_BEFORE = re.compile(r"\bcada\s+$", re.IGNORECASE)
_ITEM_ENDS = re.compile(r"\s*(?:[.,;]|y\s|e\s|$)")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
_MORE = re.compile(r"m[aá]s\b", re.IGNORECASE)
_ENDS_SENTENCE = re.compile(r"[.;]\s*$")
_COLON_LIST = re.compile(r"\s*:\s*\S")
_PARENTHESES = re.compile(r"\([^()]*\)")
_LEADERS = re.compile(r"\.{3,}|…+|_{3,}")
_SPACES = re.compile(r"\s+")
_UNTIL_BREAK = re.compile(r"[^,;()\d]*")
_TRAILING_CONJUNCTION = re.compile(r"\s+(?:y|e|o|u)\s*$")


@dataclass(slots=True)
class Candidate:
    """One number on its way to a finding: the match, the finding and what steps learnt."""

    match: NumberMatch
    finding: Finding
    after: str = ""  # the text right after the number (bounded)
    noun: str = ""
    raw_noun: str = ""
    noun_end: int = 0
    label: str = ""
    clause_start: int = 0
    open_at: int = -1  # the "(" the number sits inside, if any
    alone_in_cell: bool = False
    alone_in_parens: bool = False  # "muertes violentas (455)": the words before name it
    series_item: bool = False  # continues a series of values read before it

    @property
    def start(self) -> int:
        return self.match.start

    @property
    def end(self) -> int:
        return self.match.end

    @property
    def pct(self) -> bool:
        return self.match.percent


@dataclass(slots=True)
class PieceState:
    """The piece and what the steps share while reading it left to right."""

    piece: str
    locator: str
    ctx: DocContext
    lexicon: Lexicon
    cues: Cues
    findings: list[Finding] = field(default_factory=list)
    scanned_end: int = -1  # where the last number kept by ``scan`` ends
    prev_end: int = 0
    paren_parent: tuple[int, int] | None = None  # (paren start, parent index)
    back_parent: int | None = None  # total named by "de las cuales"
    elided: set[int] = field(default_factory=set)  # numbers in words whose noun is elided
    # "dos sentencias condenatorias y una absolutoria": an elided item's own adjective
    # ("absolutoria"), put in the place of the adjective closing the count before's phrase
    own_adjective: dict[int, str] = field(default_factory=dict)
    # numbers in words that are a level of a change ("bajaron de ocho a siete"): the clause's
    levels: set[int] = field(default_factory=set)
    # "existen tres: una en el Este, ...": numbers in words counting the places a colon lists
    # (their starts), and their ends (the items after them are not counted again)
    listed: set[int] = field(default_factory=set)
    month_twins: dict[int, Finding] = field(default_factory=dict)  # "marzo y abril con 109"
    totalled: set[int] = field(default_factory=set)  # "registra: ocho en total"
    total_elided: set[int] = field(default_factory=set)  # "para sumar un total de cinco."
    money_items: set[int] = field(default_factory=set)  # "...; mil millones a apoyos"
    listed_ends: set[int] = field(default_factory=set)
    colon_parent: int | None = None  # total followed by a colon and its list of parts
    signed_change_end: int = -1  # where the last change followed by "(+29%)" ends
    percent_change_end: int = -1  # where the last percentage read as a change ends
    tabs: list[int] = field(default_factory=list)  # positions of the piece's tabs
    cells: list[str] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    written: list[PeriodMatch] | None = None  # every period written in the piece
    periods: list[PeriodMatch] | None = None  # ... less laws', publications' and terms'
    claimed: list[PeriodMatch] = field(default_factory=list)  # "300 en 2017": 2017 is 300's
    compared: list[PeriodMatch] | None = None  # "frente a 24 en 2022": years compared
    months: tuple[PeriodMatch, ...] | None = None  # "en marzo": single months, read once
    # "12 feminicidios en febrero de 2024 y 9 en marzo": months that date the count before them
    months_taken: set[tuple[int, int]] = field(default_factory=set)

    def sentence_periods(self) -> list[PeriodMatch]:
        """The periods written in the piece, less laws', publications' and terms' years."""
        if self.periods is None:
            found = self.written
            if found is None:
                found = find_periods(self.piece, self.ctx.year)
            found = with_year_spans(list(found), self.piece)
            self.periods = [p for p in found if not self._not_a_period(p)]
            starts = [0] + [m.start() + 1 for m in _SENTENCE_END.finditer(self.piece)]
            self.sentence_starts = starts
        return self.periods

    def compared_periods(self) -> list[PeriodMatch]:
        """The years a comparison writes ("frente a 24 en 2022", "que en 2022 fueron 24"):
        no period of the sentence, but each the period of the count written with it."""
        if self.compared is None:
            found = (
                self.written
                if self.written is not None
                else find_periods(self.piece, self.ctx.year)
            )
            # a year compared may carry the months it runs to ("mientras que en 2022 -hasta
            # fines de octubre- fueron 453": January to October 2022)
            self.compared = [
                p
                for p in found
                if (p.strength == 1 or (p.strength == 2 and p.label[:4].isdigit()))
                and self._not_a_period(p)
                and (
                    self.cues.compared_before.search(self.before(p.span[0], 60))
                    # "mientras que en el mismo período de 2021 fueron 102": its months in 2021
                    or self.cues.same_period_before.search(self.before(p.span[0], 40))
                )
            ]
        return self.compared

    def _not_a_period(self, period: PeriodMatch) -> bool:
        """ "Ley 26.485 de 2009", "publicado en 2019", "Administración 2021": not a period;
        but a closed span of months after a word that opens a span is one ("desde enero a
        octubre", lexicon ``periods.open_since``)."""
        before = self.before(period.span[0], 60)
        if not self.cues.not_period_before.search(before):
            return False
        if self.cues.reported_that.search(before):
            return False  # "indica que en 2018 los procesos ascendieron a 22.134"
        return not (_closed_months(period) and self.cues.open_since.search(before))

    def sentence_bounds(self, position: int) -> tuple[int, int]:
        starts = self.sentence_starts or [0]
        index = bisect_right(starts, position) - 1
        stop = starts[index + 1] if index + 1 < len(starts) else len(self.piece)
        return starts[index], stop

    def before(self, position: int, size: int = BEFORE) -> str:
        return self.piece[max(0, position - size) : position]

    def cell_at(self, position: int) -> tuple[int, str]:
        """The tab-separated cell holding ``position``: its index and stripped text."""
        index = bisect_left(self.tabs, position)
        return index, self.cells[index].strip() if index < len(self.cells) else ""

    def tabs_between(self, a: int, b: int) -> int:
        return bisect_left(self.tabs, b) - bisect_left(self.tabs, a)

    def sentence_end_between(self, a: int, b: int) -> bool:
        return _SENTENCE_END.search(self.piece, a, b) is not None


Step = Callable[[PieceState, Candidate], bool]
STEPS: list[tuple[str, Step]] = []


def step(name: str) -> Callable[[Step], Step]:
    """Register a step; steps run in the order they are registered."""

    def register(func: Step) -> Step:
        STEPS.append((name, func))
        return func

    return register


# Numbers set aside for a reason the user should see (the others are silent: years, phones...).
REPORTED_TRAPS = frozenset({"range_between"})


def findings_in_piece(
    piece: str,
    locator: str,
    ctx: DocContext,
    lexicon: Lexicon,
    periods: list[PeriodMatch] | None = None,
    set_aside: list[tuple[str, str, str]] | None = None,
) -> list[Finding]:
    """The values of one piece, in reading order (``periods``: those written in it, if
    the caller has found them already; ``set_aside`` receives (kind, locator, text) of the
    numbers dropped for a reason worth reporting, such as a range "entre 50 y 60")."""
    numbers = scan_numbers(piece, ctx.convention, ctx.lexicon)
    if not numbers:
        return []
    state = PieceState(piece, locator, ctx, lexicon, cues(ctx.lexicon), written=periods)
    candidates = scan(state, numbers, set_aside)
    if not candidates:
        return []
    if "\t" in piece:
        state.tabs = [i for i, ch in enumerate(piece) if ch == "\t"]
        state.cells = piece.split("\t")
    for candidate in candidates:
        for _name, run in STEPS:
            if not run(state, candidate):
                break
    if len(piece) > SHORT_PIECE:
        _bound_source_text(state)
    return state.findings


# --- 1. scan ------------------------------------------------------------------


def scan(
    state: PieceState,
    numbers: list[NumberMatch],
    set_aside: list[tuple[str, str, str]] | None = None,
) -> list[Candidate]:
    """The numbers that are not traps, each with its first finding."""
    piece, lexicon = state.piece, state.lexicon
    found = trap_spans(piece, state.ctx.lexicon)
    if set_aside is not None:
        set_aside.extend(
            (kind, state.locator, piece[a:b].strip())
            for kind, (a, b) in found
            if kind in REPORTED_TRAPS
        )
    traps = [
        span
        for kind, span in found
        if kind not in {"code", "acronym"}
        and not (kind == "quoted" and _quoted_count(piece[span[0] : span[1]], state))
    ]
    named = SpanIndex([span for kind, span in found if kind == "acronym"])
    codes = [span for kind, span in found if kind == "code"]
    traps.extend(toc_spans(piece, lexicon))
    traps.extend(week_number_spans(piece))  # "semana epidemiológica 46", "y en la 45"
    address = ADDRESS_LINE.match(piece)
    if address and not any(lexicon.is_count_noun(w) for w in address.group(1).split()):
        traps.append(address.span(2))
    runs = SpanIndex(_named_counts(piece, lexicon) if "," in piece else [])
    for street in (*STREET_NUMBER.finditer(piece), *STREET_AFTER_EN.finditer(piece)):
        if not any(lexicon.is_count_noun(w) for w in street.group(1).split()) and not (
            runs.overlaps(street.span(2))
        ):
            traps.append(street.span(2))
    masked, coded = SpanIndex(traps), SpanIndex(codes)
    candidates = []
    for n in numbers:
        if (
            masked.overlaps(n.core)
            or (
                coded.overlaps(n.core)
                and not _glued_symbol(n)
                and not _padded_count(piece, n, lexicon)
            )
            or (named.overlaps(n.core) and not n.currency)
        ):
            continue
        finding = (word_finding if n.words_only else digit_finding)(n, state)
        if finding is not None:
            candidates.append(Candidate(n, finding))
            state.scanned_end = n.end
    return candidates


_COUNT_IN_QUOTE = re.compile(r"(?<![\w.,])\d[\d.,]*(?:\s\d{3})*\s+([a-záéíóúñ]+)", re.IGNORECASE)


# a share stated in the quote, its article before it: "«el 36 por ciento son femicidios»"
_SHARE_IN_QUOTE = re.compile(
    r"(?<![\w])(?:el|un|del)\s+\d[\d.,]*\s*(?:%|por\s+ciento)", re.IGNORECASE
)


def _quoted_count(quote: str, state: PieceState) -> bool:
    """ "se identificó a “9579 familias, afectando a más de 16 000 mujeres”": a statement
    quoted, its numbers counting a noun, not a name in quotes ("“Programa 4 a 7”"); or a share
    stated with its article ("de las que «el 36 por ciento son femicidios»")."""
    return bool(_SHARE_IN_QUOTE.search(quote)) or any(
        _is_count_noun(m.group(1), state) for m in _COUNT_IN_QUOTE.finditer(quote)
    )


# "hubo un total de 08 víctimas de Feminicidios": two digits, the first a zero, then a word
_PADDED = re.compile(r"0[1-9]")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _padded_count(piece: str, n: NumberMatch, lexicon: Lexicon) -> bool:
    """ "08 víctimas de Feminicidios": a count padded to two digits, as some offices write
    them, when a count noun of the lexicon follows it; a line's or a code's digits ("la Línea
    Mujer 075", "marque 0123") have none."""
    if not _PADDED.fullmatch(piece[n.core[0] : n.core[1]]):
        return False
    word = _NEXT_WORD.match(piece, n.core[1])
    return word is not None and lexicon.is_count_noun(word.group(1))


def _glued_symbol(n: NumberMatch) -> bool:
    """ "Q90 mil", "Bs15.000": a currency letter touching the amount is not a code's."""
    return bool(n.currency) and n.start < n.core[0]


def toc_spans(piece: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Page numbers of a table of contents: after dot leaders ("Presentación ..... 7")
    or ending a heading in capitals ("INFORME 2"), unless the words name what is counted
    ("Mujeres atendidas ........ 245")."""
    spans = []
    if "..." in piece or "…" in piece or "____" in piece or " · " in piece:
        previous = 0
        for leader in TOC_LEADER.finditer(piece):
            number = TOC_NUMBER.match(piece, leader.end())
            if number is None:
                continue
            words = WORD.findall(piece, max(previous, leader.start() - 120), leader.start())
            if not any(lexicon.is_count_noun(w) for w in words):
                spans.append(number.span(1))
            previous = number.end()
    heading = TOC_HEADING.match(piece)
    if heading and not any(lexicon.is_count_noun(w) for w in heading.group(1).split()):
        spans.append(heading.span(2))
    return spans


class SpanIndex:
    """Spans sorted once, so that each overlap question costs a binary search."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.max_end = list(accumulate((b for _, b in ordered), max))

    def overlaps(self, span: tuple[int, int]) -> bool:
        start, end = span
        before = bisect_left(self.starts, end)  # spans starting before ``end``
        return before > 0 and self.max_end[before - 1] > start


def unit_hint_for(symbol: str) -> str:
    """The unit hint normalisation reads: an explicit code as written, else "$" (the
    country's currency, decided with the document's country)."""
    if not symbol:
        return ""
    code = symbol.split()[0]  # "MXN $" -> "MXN"
    if code in _EXPLICIT_SYMBOLS:
        return code
    dollars = fold(symbol) in _DOLLAR_WORDS or symbol.endswith("US$")  # "MUS$"
    return "US$" if dollars else "$"


# "pasó del 14 al 17 por ciento": a share going from one level to another, its percent sign
# written once, after the second level
_SHARE_FROM = re.compile(r"(?:^|[^\w])(?:del?|desde(?:[^\S\n]+el)?)[^\S\n]+$", re.IGNORECASE)
_SHARE_TO = re.compile(
    r"[^\S\n]+(?:al?|hasta(?:[^\S\n]+el)?)[^\S\n]+(?:el[^\S\n]+)?\d[\d.,]*[^\S\n]*"
    r"(?:%|por[^\S\n]*ciento)",
    re.IGNORECASE,
)


def _first_of_percent_levels(n: NumberMatch, state: PieceState) -> bool:
    """Whether a plain number is the first of two levels of a share whose percent sign only
    the second carries ("del 14 al 17 por ciento"): a percentage too, never a count."""
    if n.percent or n.currency or n.multiplied:
        return False
    return bool(
        _SHARE_FROM.search(state.piece, max(0, n.start - 12), n.start)
        and _SHARE_TO.match(state.piece, n.end)
    )


def _finding(n: NumberMatch, state: PieceState, method: str) -> Finding:
    percent = n.percent or _first_of_percent_levels(n, state)
    return Finding(
        value=n.value,
        value_raw=n.raw,
        locator=state.locator,
        text=state.piece,
        label_before="",
        noun_phrase="",
        heading="",
        unit_hint="%" if percent else unit_hint_for(n.currency),
        kind_hint="percentage" if percent else ("budget" if n.currency else "observed"),
        ambiguous=n.ambiguous,
        alternative=n.alternative,
        against_convention=n.against_convention,
        method=method,
        start=n.start,
        currency_symbol=n.currency,
    )


def digit_finding(n: NumberMatch, state: PieceState) -> Finding | None:
    """A number with digits, unless it is a year standing alone or ends a range ("entre
    siete y 10")."""
    plain_number = not n.currency and not n.percent and not n.multiplied
    if plain_number and state.cues.topic_before.search(state.before(n.start, 40)):
        return None  # "un taller sobre 3 ejes": what the training is about
    if plain_number and is_year(state.piece[n.core[0] : n.core[1]], state, n.end, n.core[0]):
        return None
    if plain_number and _word_range(n, state.piece[n.end : n.end + AFTER], state):
        return None
    return _finding(n, state, "text.noun_phrase")


# after a share, its noun (or "restante") and a comma, a restating verb at most: " % del total
# de denuncias, ", " % restante, que suman "
_SHARE_OF_NOUN_THEN_COMMA = re.compile(
    r"^\s*(?:%|por\s*ciento)?\s*(?:(?:de|del)\s+(?:total\s+de\s+)?(?:l[oa]s\s+|el\s+|la\s+)?"
    r"(?P<noun>[a-záéíóúñ]{3,})|restantes?)\s*,\s*(?:que\s+(?:suman|son|equivalen\s+a)\s*)?$",
    re.IGNORECASE,
)
_SHARE_IN_BRACKETS = re.compile(r"\s*\(\s*\d+(?:[.,]\d+)?\s*(?:%|por\s*ciento)\s*\)")


def word_finding(n: NumberMatch, state: PieceState) -> Finding | None:
    """A number written in words counts only when a count noun follows it."""
    piece = state.piece
    after = piece[n.end : n.end + AFTER]
    next_word = WORD.search(after)
    if _division_named(n.raw):
        return None  # "Montevideo, Treinta y Tres, Paysandú": Uruguay's department, a name
    if _names_in_capitals(n, next_word, state):
        return None  # "el Programa Mil Mujeres", "la campaña Dos Mil Partos": a name
    if state.cues.negation_before.search(state.before(n.start, 40)):
        return None  # "no llegó ni un peso", "no cuenta con un hogar": none, not one
    if state.cues.topic_before.search(state.before(n.start, 40)):
        return None  # "capacitarse sobre dos leyes": what the training is about, not a count
    if _word_range(n, after, state):
        return None  # "entre cuatro y cinco denuncias por hora": a range, not two counts
    if (
        plain(n.raw) == "cero"
        and next_word
        and state.cues.zero_reported.search(state.before(n.start, 40))
    ):
        return _finding(n, state, "text.number_words")  # "notifica cero muertes maternas"
    if not n.multiplied and not n.currency and _from_to_level(n, after, state):
        state.levels.add(n.start)  # "disminuyeron de tres a 1 caso": a level, its noun the clause's
        return _finding(n, state, "text.number_words")
    if _restates_digits(n, state):
        # "S/ 560 683 238,00 (QUINIENTOS SESENTA MILLONES ... SOLES)", "15 (quince)": the
        # number just written in digits, written again in words in brackets
        return None
    if n.currency:
        return _finding(n, state, "text.number_words")  # "tres millones de pesos"
    if n.multiplied and not _counts_noun_after(after, state):
        budget = _budget_amount(n, state)
        if budget is not None:
            return budget
        if state.before(n.start, 4).rstrip().endswith(";"):
            # (issue 10) "mil 600 millones se destinarán a ...; 6 mil 200 millones a ...; mil
            # millones a apoyos directos": an item in words of a list of amounts after a
            # semicolon, of the money of the list's amounts if ``keep`` finds it (as in
            # digits), else dropped there
            state.money_items.add(n.start)
            return _finding(n, state, "text.number_words")
    alone_in_parens = after.startswith(")") and piece[: n.start].rstrip().endswith("(")
    one = n.raw.lower() in {"un", "una", "uno"}
    if not one and not n.multiplied and _refers_back_in_words(n, after, state):
        return _finding(n, state, "text.number_words")
    if one and _one_is_part(n, after, state):
        state.elided.add(n.start)  # "23 de estas muertes ..., una le fue adjudicada al ..."
        return _finding(n, state, "text.number_words")
    if not n.multiplied and _SHARE_IN_BRACKETS.match(after):
        # "y solo uno (4%) está referido a un hombre": its share in brackets says the number
        # counts a part of what was just counted (its noun elided)
        state.elided.add(n.start)
        return _finding(n, state, "text.number_words")
    if not one and not n.multiplied and _total_elided(n, after, state):
        # (issue 10) "para sumar un total de cinco.", "de un total de seis este año": the
        # noun of the count before, or of the clause, elided after "un total de" (kept when
        # its sentence names a count noun before it, ``_sentence_counts_before``)
        state.total_elided.add(n.start)
        return _finding(n, state, "text.number_words")
    parallel = _parallel(state, n.start, after)
    series = _series_end(after, state) or parallel
    if (series or alone_in_parens) and (not one or parallel or _one_ends_item(n, after, state)):
        # "La Paz con 11, Cochabamba con ocho, Potosí con siete", "y Oruro uno": kept only
        # if the ``keep`` step finds the series it continues
        return _finding(n, state, "text.number_words")
    if n.multiplied and next_word and plain(next_word.group(0)) == "de":
        next_word = WORD.search(after, next_word.end())  # "tres millones de personas"
    these = state.cues.of_these.match(after) or state.cues.adjective_between.match(after)
    whole_written = False
    if these:
        next_word = WORD.search(after, these.end())  # "quince de estos albergues"
        after = after[: these.start()] + " " * (these.end() - these.start()) + after[these.end() :]
    elif part := state.cues.partitive.match(after):
        # "cuatro de los casos se encuentran en proceso penal": the plural noun after "de los"
        next_word = WORD.search(after, part.start(1))
        # "Cuatro de las 42 muertes": the whole's own number written between says the noun
        # counts, whatever noun it is (the whole was counted)
        whole_written = any(ch.isdigit() for ch in after[: part.start(1)])
        after = " " * part.start(1) + after[part.start(1) :]
    if (
        not next_word
        or after[: next_word.start()].strip().lower() not in {"", "de"}  # "UN MILLAR DE"
        or not (whole_written or _is_count_noun(next_word.group(0), state))
    ):
        if _placed_item(n, after, state):
            state.elided.add(n.start)  # "y dos en construcción": the count before's noun
            return _finding(n, state, "text.number_words")
        if _part_goes_on(n, after, state):
            state.elided.add(n.start)  # "cuatro fueron resueltos ..., uno con sobreseimiento"
            return _finding(n, state, "text.number_words")
        adjective = _adjective_item(n, after, state)
        if adjective:
            state.elided.add(n.start)  # "dos sentencias condenatorias y una absolutoria"
            state.own_adjective[n.start] = adjective
            return _finding(n, state, "text.number_words")
        if _places_listed(after, state) and state.cues.listed_after.search(
            state.before(n.start, 30)
        ):
            state.listed.add(n.start)  # "existen tres: una en el Este, ...": counts what follows
            state.listed_ends.add(n.end)
            return _finding(n, state, "text.number_words")
        if _names_listed(n, after, state):
            # "les siguen con cuatro Campeche, Jalisco, Puebla y Sonora": what each place has
            state.elided.add(n.start)
            state.listed.add(n.start)
            return _finding(n, state, "text.number_words")
        if not one and not n.multiplied and _rate_goes_on(n, after, state):
            state.elided.add(n.start)  # "..., a ocho por día en 2016": the rate before's noun
            return _finding(n, state, "text.number_words")
        if not one and not n.multiplied and _totalled_after_colon(n, after, state):
            # "el que más casos de feminicidio registra: ocho en total": the words before the
            # colon say what it counts (the ``label before`` step reads them)
            state.totalled.add(n.start)
            return _finding(n, state, "text.number_words")
        return None
    if n.raw.lower() in {"una", "un", "uno"} and not _counts_one(n, next_word.group(0), state):
        return None  # "un avance", "presentar una denuncia formal": an article, not a count
    if one and _once_per(n, state):
        return None  # "una mujer fallece al mes": a frequency, not a count of one
    if (
        state.cues.reference_before.search(state.before(n.start, 12))
        and not n.multiplied
        and not (
            state.cues.facility_nouns.match(plain(next_word.group(0)))
            or state.cues.one_nouns.match(plain(next_word.group(0)))
        )
    ):
        # "los tres niveles de gobierno": a reference, not a count ("los dos casos de
        # femicidio" counts cases all the same, and so does a number of thousands: "la cifra
        # alcanzó las dos mil quejas" names no set already known)
        return None
    return _finding(n, state, "text.number_words")


# digits (their thousands apart by points, commas or spaces), then an opening bracket
_DIGITS_THEN_BRACKET = re.compile(r"(\d[\d\s.,]*)\(\s*$")
_CENTS = re.compile(r"[.,]\d{1,2}$")


def _restates_digits(n: NumberMatch, state: PieceState) -> bool:
    """A number in words that opens a bracket right after a number in digits of the same
    value says that number again (legal texts write an amount both ways)."""
    written = _DIGITS_THEN_BRACKET.search(state.before(n.start, 60))
    if written is None or n.value is None:
        return False
    digits = re.sub(r"\D", "", _CENTS.sub("", written.group(1).strip()))
    return bool(digits) and float(digits) == n.value


_COLON_BEFORE = re.compile(r":\s*$")
_IN_TOTAL_CLOSES = re.compile(r"\s+en\s+total\s*(?:[.;]|$)", re.IGNORECASE)


def _totalled_after_colon(n: NumberMatch, after: str, state: PieceState) -> bool:
    """ "registra: ocho en total.": a number in words right after a colon, closing its
    sentence with "en total", is the count the words before the colon announce."""
    return bool(_COLON_BEFORE.search(state.before(n.start, 4)) and _IN_TOTAL_CLOSES.match(after))


# the number in words after "un total de" ends its clause: "para sumar un total de cinco."
_TOTAL_CLOSES = re.compile(r"\s*(?:[,.;:)]|$)")


def _total_elided(n: NumberMatch, after: str, state: PieceState) -> bool:
    """ "integrará una unidad móvil de mastografía más, para sumar un total de cinco.", "la
    primera capacitación, de un total de seis este año", "y un total de cuatro contra el
    Hospital": a number in words right after the lexicon's ``counts.total_elided_after`` ("un
    total de") whose noun is elided, the number closing its clause or followed by a word of
    ``counts.total_elided_then`` (a preposition, a demonstrative: no noun), counts what its
    clause or the count before counts. A noun after it ("un total de tres años") is read as
    nouns are, never here."""
    if not state.cues.total_elided_after.search(state.before(n.start, 24)):
        return False
    return bool(_TOTAL_CLOSES.match(after) or state.cues.total_elided_then.match(after))


# a sentence's end: a stop, then a capital or an opening quote
_SENTENCE_STOPS = re.compile(r"[.;]\s+(?=[A-ZÁÉÍÓÚÑ¿¡“\"])")


def _sentence_counts_before(state: PieceState, c: Candidate) -> bool:
    """The number's sentence names a count noun before it: "integrará una unidad móvil de
    mastografía más, para sumar un total de cinco" (what the total's elided noun is)."""
    before = state.before(c.start, 200)
    stops = list(_SENTENCE_STOPS.finditer(before))  # "Jurisdicción Sanitaria No. 3" goes on
    sentence = before[stops[-1].end() :] if stops else before
    return any(_is_count_noun(w, state) for w in WORD.findall(sentence))


# A clause opening: the piece's start, a stop, a comma or "y" ("...; ocho ocurrieron en la
# Zona Centro", "De acuerdo con las estadísticas, ocho ocurrieron")
_CLAUSE_OPEN = re.compile(r"(?:^|[.;:,]|\b[ye])\s*$")
_STOPS = re.compile(r"[.;]\s")
# the number ends its clause: "hubo siete, la cifra más alta"
_CLAUSE_CLOSES = re.compile(r"\s*(?:[,.;:]|$)")
# "Ocho funcionan en convenio", "cuatro tienen sentencia": a verb in the present, plural
_PRESENT_PLURAL = re.compile(r"\w{3,}(?:an|en)$")


def _refers_back_in_words(n: NumberMatch, after: str, state: PieceState) -> bool:
    """A number in words with no noun that counts what a number just before it counted:
    "42 mujeres; cinco de ellas, víctimas de feminicidio" (a subset, lexicon
    ``phrases.subset_of``), "5 casos, de los cuales tres ya cuentan con condena" (after
    ``phrases.refers_back``), "42 mujeres ... De acuerdo con las estadísticas, ocho ocurrieron
    en la Zona Centro" (opening a clause before its verb, at most one sentence later: the noun
    is elided). The ``refers back`` step gives it the earlier count's noun. A paragraph may
    open on it, the total given on the paragraph before: "Dos de ellas fueron asesinadas"."""
    if state.scanned_end < 0:
        if not _CLAUSE_OPEN.search(state.before(n.start, 40)):
            return False
        if _opens_on_past_plural(after, state):
            state.elided.add(n.start)
            return True
        return _opens_on_subset(after, state)
    if "\n" in state.piece[state.scanned_end : n.start]:
        return False
    if len(_STOPS.findall(state.piece, state.scanned_end, n.start)) > 1:
        return False
    if state.cues.subset_of.match(after) and WORD.search(after):
        return True
    before = state.before(n.start, 40)
    if _right_after_relative(before, state):
        return True  # "de los cuales tres ya cuentan con condena", "de las cuales, solo tres"
    if state.cues.there_were_end.search(before) and _CLAUSE_CLOSES.match(after):
        state.elided.add(n.start)  # "... cuatro femicidios. Una semana antes hubo siete, ..."
        return True
    verb = _VERB_AFTER.match(after)
    if verb is None or not _CLAUSE_OPEN.search(_without_adverb(before, state)):
        return False
    if not (
        _FINITE_VERB.search(verb.group(1))
        or _PRESENT_PLURAL.search(verb.group(1))
        or _PERFECT_PLURAL.match(after)
    ):
        return False
    if state.lexicon.is_count_noun(verb.group(1)):
        return False
    state.elided.add(n.start)
    return True


# "Veintiocho han sido ubicadas", "tres habían muerto": a perfect, plural (its participle)
_PERFECT_PLURAL = re.compile(
    r"\s*(?:han|habían|habian|hubieran)\s+"
    r"(?:sido|estado|[a-záéíóúñ]{2,}(?:ados?|adas?|idos?|idas?|tos?|tas?|chos?))\b",
    re.IGNORECASE,
)
# the last word of the text before a number
_LAST_WORD = re.compile(r"([\wáéíóúñ]+)\s*$")


def _without_adverb(before: str, state: PieceState) -> str:
    """ "12 en total. Solo cuatro resultaron ser exparejas", "Otros nueve aparecen ...": a word
    of the lexicon's ``sentences.elided_lead`` between the clause's opening and its number is
    passed over."""
    last = _LAST_WORD.search(before)
    if last is None or fold(last.group(1)) not in state.cues.elided_lead:
        return before
    return before[: last.start()]


# "ocurrieron", "fueron", "murieron": a verb in the past, plural, of events that happened
_PAST_PLURAL = re.compile(r"\w{2,}(?:aron|ieron|eron)$|^fueron$", re.IGNORECASE)


def _opens_on_past_plural(after: str, state: PieceState) -> bool:
    """ "De acuerdo con las estadísticas, ocho ocurrieron en la Zona Centro": a paragraph may
    open a clause on a number in words then a plural verb in the past, its noun elided (the
    total it breaks down was given in the paragraph before)."""
    verb = _VERB_AFTER.match(after)
    if verb is None or not _PAST_PLURAL.search(verb.group(1)):
        return False
    return not state.lexicon.is_count_noun(verb.group(1))


# "una le fue adjudicada", "uno se encuentra prófugo": a pronoun may stand before the verb
_ONE_THEN_VERB = re.compile(r"\s+(?:(?:le|les|se|lo|la|los|las)\s+)?([\wáéíóúñ]+)", re.IGNORECASE)
_COMMA_BEFORE = re.compile(r",\s*$")


def _one_is_part(n: NumberMatch, after: str, state: PieceState) -> bool:
    """ "De las 51 mujeres asesinadas, 23 de estas muertes están bajo la clasificación de
    violencia de género, una le fue adjudicada al trasiego de drogas": "uno"/"una" opening a
    clause after a comma, then a verb, in a sentence that already counted a part of a whole
    (lexicon ``phrases.partitive``, ``subset_of``, ``refers_back``), is one more part."""
    if fold(n.raw) not in state.cues.one_alone or state.scanned_end < 0:
        return False
    if state.sentence_end_between(state.scanned_end, n.start):
        return False
    before = state.before(n.start, 40)
    if _right_after_relative(before, state):
        # "677 casos ..., de los cuales solo uno llegó a ...", "27 medidas, de las cuales,
        # únicamente una ya fue cumplida": the relative itself says it is a part
        return _verb_follows(after, state)
    if not _COMMA_BEFORE.search(before) and not (
        _AND_BEFORE.search(before) and _elided_just_before(state)
    ):
        return False
    if not _verb_follows(after, state):
        return False
    return _part_said_before(state, n, n.start)


_AND_BEFORE = re.compile(r"\b[ye]\s*$")
_ELIDED_WORD = 8  # letters of the longest "uno", "una", "siete" ... an elided part may be


def _elided_just_before(state: PieceState) -> bool:
    """The number kept right before is itself a part whose noun is elided ("una fue
    parcialmente cumplida y una está en proceso")."""
    return any(0 < state.scanned_end - start <= _ELIDED_WORD for start in state.elided)


def _verb_follows(after: str, state: PieceState) -> bool:
    """A verb right after the number, past a pronoun and the lexicon's
    ``sentences.verb_adverbs`` ("una ya fue cumplida", "uno no cumplido" is no verb)."""
    rest = after
    while True:
        word = _VERB_AFTER.match(rest)
        if word is None or fold(word.group(1)) not in state.cues.verb_adverbs:
            break
        rest = rest[word.end() :]
    verb = _ONE_THEN_VERB.match(rest)
    if verb is None:
        return False
    return _is_verb(verb.group(1), state) or bool(_SINGULAR_VERB.match(verb.group(1)))


# a verb in the singular a part of one may take: "solo uno llegó", "y una está en proceso"
_SINGULAR_VERB = re.compile(
    r"^(?:[a-záéíñ]{2,}[^aeiouáéí\W]ó|está|estaba|sigue|queda)$", re.IGNORECASE
)


def _right_after_relative(before: str, state: PieceState) -> bool:
    """The text before ends with a relative that opens a part of the whole just counted
    (lexicon ``phrases.refers_back``: "de los cuales", "de las cuales"), then maybe a comma
    and one word of ``sentences.elided_lead`` ("solo", "únicamente")."""
    rest = _without_adverb(before.rstrip(), state).rstrip().rstrip(",").rstrip()
    back = state.cues.refers_back.search(rest)
    return back is not None and not rest[back.end() :].strip()


_ITEM_OPENS = re.compile(r"(?:\bcon|[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)\s+$")
_EACH = re.compile(r"\s*cada\s+un[oa]\b", re.IGNORECASE)


def _one_ends_item(n: NumberMatch, after: str, state: PieceState) -> bool:
    """ "Potosí tiene dos casos y Oruro uno.", "reportaron uno cada uno", "con uno cada una":
    "uno" alone ends an item of a series (lexicon ``counts.one_alone``); "cada uno" itself
    and the article "un" never do."""
    if fold(n.raw) not in state.cues.one_alone:
        return False
    before = state.before(n.start, 40)
    if _EACH_BEFORE.search(before):
        return False
    return bool(_EACH.match(after)) or (
        bool(_ITEM_OPENS.search(before)) and bool(_ITEM_ENDS.match(after))
    )


_CLAUSE_MARK = re.compile(r"[.;:,()]")


def _once_per(n: NumberMatch, state: PieceState) -> bool:
    """ "al menos una mujer fallece al mes", "cada semana se inaugura una comisaría": "una"
    in a clause that names a period per item (lexicon ``counts.one_per``)."""
    before = state.before(n.start, 60)
    after = state.piece[n.end : n.end + 60]
    marks = list(_CLAUSE_MARK.finditer(before))
    clause = before[marks[-1].end() :] if marks else before
    stop = _CLAUSE_MARK.search(after)
    clause += " " + (after[: stop.start()] if stop else after)
    return bool(state.cues.one_per.search(clause))


def _counts_noun_after(after: str, state: PieceState) -> bool:
    """ "tres millones de personas": a count noun follows the number (maybe after "de")."""
    words = WORD.findall(after[:40])[:2]
    if words and plain(words[0]) == "de":
        words = words[1:]
    return bool(words) and _is_count_noun(words[0], state)


def _budget_amount(n: NumberMatch, state: PieceState) -> Finding | None:
    """ "el presupuesto ... era de ocho millones": an amount in words after a budget word in
    its sentence is money even without a currency (lexicon ``kinds.budget``)."""
    before = state.before(n.start, 120)
    stop = max(before.rfind(". "), before.rfind(";"))
    if not state.cues.budget.search(before[stop + 1 :]):
        return None
    found = _finding(n, state, "text.number_words")
    found.unit_hint, found.kind_hint = "$", "budget"
    return found


_ACRONYM = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,6}s?")


_RANGE_OPEN = re.compile(r"\bentre\s+$", re.IGNORECASE)
# "entre siete a nueve mujeres" is written too; each end may take several words ("entre mil y
# mil quinientos", "entre dos mil y tres mil")
_RANGE_FIRST = re.compile(
    r"\bentre\s+((?:[\wáéíóú]+\s+){0,3}?[\wáéíóú]+)\s+(?:y|a)\s+$", re.IGNORECASE
)
_RANGE_REST = re.compile(r"\s+(?:y|a)\s+([\wáéíóú]+)")


def _word_range(n: NumberMatch, after: str, state: PieceState) -> bool:
    """ "entre cuatro y cinco", "entre siete y 10", "entre mil y mil quinientos": both ends of a
    range written with words (the words of either end number words or multipliers)."""
    words = state.cues.number_phrase_words
    before = state.before(n.start, 40)
    if _RANGE_OPEN.search(before):
        rest = _RANGE_REST.match(after)
        return rest is not None and (fold(rest.group(1)) in words or rest.group(1).isdigit())
    first = _RANGE_FIRST.search(before)
    return first is not None and all(fold(w) in words for w in first.group(1).split())


# After the first level of a change, "a" and the second, in digits or words
_THEN_LEVEL = re.compile(r"^\s+(?:a|al|hasta)\s+(?:(\d)|([a-záéíóúñ]+))", re.IGNORECASE)
# Before the second level: "de", the first level (digits, digits with "mil" or "millones" as
# "11 mil 134", or up to three words), "a"
_AFTER_LEVEL = re.compile(
    r"\bde\s+(?:[\d.,]*\d(?:\s+(?:mil|millones|millón)(?:\s+[\d.,]*\d)?)?"
    r"|[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,2})\s+(?:a|al|hasta)\s+$",
    re.IGNORECASE,
)


def _from_to_level(n: NumberMatch, after: str, state: PieceState) -> bool:
    """ "Los femicidios consumados disminuyeron de tres a 1 caso", "bajaron igualmente de ocho
    a siete": a number in words that is one of the two levels of a change (lexicon
    ``changes.from_to_before``), its noun the clause's."""
    words = state.cues.number_words
    then = _THEN_LEVEL.match(after)
    if (
        then
        and (then.group(1) or fold(then.group(2)) in words)
        and state.cues.from_to_before.search(state.before(n.start, 60))
    ):
        return True
    before = state.before(n.start, 80)
    level = _AFTER_LEVEL.search(before)
    return level is not None and bool(state.cues.from_to_before.search(before[: level.start() + 2]))


def _is_count_noun(word: str, state: PieceState) -> bool:
    """A noun a number written in words may count: the codebook's, the lexicon's
    ``counts.nouns`` ("cuatro convenios", "dos centros"), or a service's acronym ("cuatro
    CEM regulares", "dos CJM")."""
    return (
        state.lexicon.is_count_noun(word)
        or bool(state.cues.count_nouns.match(plain(word)))
        or bool(_ACRONYM.fullmatch(word))
    )


def _counts_one(n: NumberMatch, noun: str, state: PieceState) -> bool:
    """ "se registró un femicidio" counts one; "una institución", "presentar una denuncia"
    do not (lexicon ``counts``)."""
    found, before = state.cues, state.before(n.start, 40)
    word = plain(noun)
    return (
        (
            bool(found.one_nouns.match(word))
            and bool(found.one_after.search(before))
            and not _names_a_title(n, noun)
        )
        or (bool(found.one_nouns.match(word)) and _names_listed(n, _after_noun_en(n, state), state))
        or (bool(found.one_nouns.match(word)) and _next_list_item(n, before, state))
        or (bool(found.facility_nouns.match(word)) and _has_facility(before, found))
        or (_same_noun_as_last(word, n.start, state) and not _named_by_number(n, state))
        or (bool(found.one_nouns.match(word)) and _opens_labelled_item(state, n.start, n.end))
    )


def _has_facility(before: str, found: Cues) -> bool:
    """ "cuenta con una sede central" counts the body's one facility; "no cuentan con una
    casa de abrigo" says it has none (lexicon ``counts.facility_one_negated``)."""
    verb = found.facility_one_after.search(before)
    return verb is not None and not found.facility_one_negated.search(before[: verb.start()])


# a list item's label, its marker (if the reader kept it) then a name of up to four
# capitalised words, then a colon
_ITEM_LABEL = re.compile(
    r"(?:^|\n)\s*(?:[-•*–]\s*)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ.]*(?:\s+(?:(?:de|del|la|el|y)\s+)?"
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ.]*){0,3}\s*:\s*$"
)
# the item's count noun, then the item's end or its next count: "una denuncia y cinco
# renuncias;", "ninguna denuncia, ni renuncia;"
_ITEM_REST = re.compile(r"\s*[\wáéíóúñ]+\s*(?:[;,.]|$|\s(?:y|e)\s+([\wáéíóúñ]+))", re.IGNORECASE)


def _opens_labelled_item(state: PieceState, start: int, end: int) -> bool:
    """ "- Chuquisaca: una denuncia y cinco renuncias;", "- Pando: ninguna denuncia, ni
    renuncia;": a number in words right after a list item's label and its colon, its noun then
    ending the item or followed by the item's next count, is the item's count (one, or the
    zero the office states for it), not an article ("Importante: una denuncia puede salvar
    vidas" goes on with a verb)."""
    if not _ITEM_LABEL.search(state.before(start, 60)):
        return False
    rest = _ITEM_REST.match(state.piece, end)
    if rest is None:
        return False
    then = rest.group(1)
    return then is None or then.isdigit() or fold(then) in state.cues.number_words


_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;¡¿(\"«“—-])\s*$")


def _names_in_capitals(n: NumberMatch, next_word: re.Match[str] | None, state: PieceState) -> bool:
    """(issue 10) "el Programa Mil Mujeres atendió a 300 mujeres", "la campaña Dos Mil
    Partos": a number in words whose every word is capitalised inside a sentence, a
    capitalised noun after it, is part of a name (a plan's, a programme's), not a count. At
    the opening of a sentence ("Mil peticiones llegaron ...") or in capitals ("MIL CASOS")
    the capital says nothing."""
    words = n.raw.split()
    if not next_word or not all(w[:1].isupper() and not w.isupper() for w in words if len(w) > 1):
        return False
    noun = next_word.group(0)
    if not noun[:1].isupper() or noun.isupper():
        return False
    return not _SENTENCE_OPEN.search(state.before(n.start, 40))


def _names_a_title(n: NumberMatch, noun: str) -> bool:
    """ "realizó un Taller de Socialización de la Política de Equidad": an article before a
    capitalised noun inside the sentence names an event by its title, it counts no one of a
    kind (an acronym, "un CEM", still counts; places keep their own rule: "un Hogar de Refugio
    Temporal")."""
    return n.raw[:1].islower() and noun[:1].isupper() and not noun.isupper()


_AND_BEFORE = re.compile(r"\b[ye]\s+$")


def _next_list_item(n: NumberMatch, before: str, state: PieceState) -> bool:
    """ "se registraron siete casos de femicidios y una tentativa de femicidio": "una" after
    "y", right after a count of the same sentence, is one more item of that list."""
    if state.scanned_end < 0 or not _AND_BEFORE.search(before):
        return False
    gap = state.piece[state.scanned_end : n.start]
    return len(WORD.findall(gap)) <= SERIES_GAP and not _STOPS.search(gap)


_NOUN_THEN_DIGIT = re.compile(r"\s+\S+\s+[\d*#]")


def _named_by_number(n: NumberMatch, state: PieceState) -> bool:
    """ "un servicio 0800 4141": the noun is followed by its number, a name."""
    return bool(_NOUN_THEN_DIGIT.match(state.piece, n.end))


def _same_noun_as_last(word: str, start: int, state: PieceState) -> bool:
    """ "cuatro CEM regulares y un CEM en convenio", "18 equipos ..., un equipo territorial":
    "un" before the noun the count just before it (same sentence) counted is one more item."""
    if state.scanned_end < 0 or state.sentence_end_between(state.scanned_end, start + 1):
        return False
    head = WORD.search(state.piece, state.scanned_end, start)
    return head is not None and _stem(plain(head.group(0))) == _stem(word) and len(word) >= 3


def _stem(word: str) -> str:
    """Singular and plural alike: "equipos" and "equipo", "unidades" and "unidad"."""
    for ending in ("es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] if ending == "s" or not word.endswith("ses") else word[:-1]
    return word


def is_year(digits: str, state: PieceState, end: int, start: int = -1) -> bool:
    """A year standing alone: "(19|20)dd" not followed by a count noun, or after a month
    ("diciembre 2010 mujeres", "Enero - Diciembre de 2010"), whatever follows."""
    if not _YEAR_DIGITS.fullmatch(digits):
        # "en homenaje a la muerte de Túpac Katari en 1781": an earlier century's year, after
        # "en", "desde" or "año" ("en 1781 casos" would count)
        if not (
            start >= 0
            and _HISTORIC_YEAR.fullmatch(digits)
            and _YEAR_LEAD.search(state.piece, max(0, start - 12), start)
        ):
            return False
    elif start >= 0 and _MONTH_BEFORE.search(state.piece, max(0, start - 30), start):
        return True
    elif start >= 0 and counted_by_month(state.piece, start, end):
        return False
    next_word = WORD.search(state.piece, end, end + 60)
    return not (
        next_word
        and not state.piece[end : next_word.start()].strip()
        and state.lexicon.is_count_noun(next_word.group(0))
    )


_HISTORIC_YEAR = re.compile(r"1[5-8]\d\d")
_YEAR_LEAD = re.compile(r"\b(?:en|desde|a[ñn]o|hacia)\s+$", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b{MONTH_PATTERN}\.?\s*(?:de[l]?\s+|[-–/]\s*)?$", re.IGNORECASE)


# --- 2. attach label ------------------------------------------------------------


@step("other body")
def other_body(state: PieceState, c: Candidate) -> bool:
    """ "se han registrado 238 casos, según datos de la Asociación ... (Aldea)": a figure
    another body publishes, quoted beside the office's own, is not the office's value
    (lexicon ``sources``)."""
    if not state.cues.other_body_gate.may_hold(state.piece):
        return True
    start, end = sentence_bounds(state.piece, c.start, c.end)
    for m in state.cues.other_body.finditer(state.piece, start, end):
        if _names_other_body(m, state.piece, state.cues):
            state.prev_end = c.end
            return False
    if _after_other_bodys_name(state, start, c.start):
        state.prev_end = c.end
        return False
    return True


# the end of a sentence on a body's capitalised name: "... de la Fundación Espacios."
# opening with a lookbehind: searched from their first letters (``textutil.lead_gate``)
_NAME_ENDS = DeferredPattern(
    r"(?<![\wáéíóúñ])([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)((?:\s+(?:de|del|la|las|los|el|y|[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*))*)"
    r"\s*\.\s*$"
)
_CAPITALISED = DeferredPattern(r"(?<![\wáéíóúñ])[A-ZÁÉÍÓÚÑ]")


def _after_other_bodys_name(state: PieceState, start: int, number: int) -> bool:
    """ "... recorrer centros de atención ... de la Fundación Espacios. En 2020 se atendió a
    915 sobrevivientes": a sentence that names no one of its own (no capitalised word after
    its first) right after one ending on the capitalised name of another body (lexicon
    ``sources.capitalised``: a foundation, an association) reports that body's work."""
    if start <= 0:
        return False
    opened = state.piece[start:number].lstrip()
    if _CAPITALISED.search(opened, 1) is not None:
        return False
    previous = _NAME_ENDS.search(state.piece, max(0, start - 120), start)
    if previous is None or not previous.group(2).strip():
        return False
    return fold(previous.group(1)) in state.cues.capitalised_bodies


def _body_group(m: re.Match[str]) -> str:
    """The group of a match of ``other_body`` that holds the body's words."""
    for group in ("cited", "within", "says", "said", "named"):
        if m.group(group):
            return group
    return "ngo"


def _names_other_body(m: re.Match[str], piece: str, found: Cues) -> bool:
    """Whether the body a match of ``other_body`` names is another one: a capitalised body's
    word written small ("desde su fundación") is not, nor an official body whose name opens
    with such a word ("el Centro de Estudios y Análisis del Delito (CEAD)", the government's
    crime statistics; lexicon ``sources.official``)."""
    group = _body_group(m)
    body = m.group(group)
    if not body[0].isupper() and fold(body) in found.capitalised_bodies:
        return False
    return not found.official_bodies.match(piece, m.start(group))


# "la Asociación Latinoamericana para el Desarrollo Alternativo (Aldea)": the acronym a body
# is called by afterwards
_ACRONYM_AFTER = re.compile(r"\(([A-ZÁÉÍÓÚÑ][\wÁÉÍÓÚÑáéíóúñ]{1,14})\)")
# "según cifras de los observatorios de organizaciones feministas y del Sistema Estadístico
# Policial en Línea, (SEPOL)": a second source joined by "y del"/"y de la" names its own body;
# an acronym after it is that body's, not the first one's
_SECOND_SOURCE = re.compile(r"\b[ye]\s+de(?:l|\s+l[oa]s?)\s", re.IGNORECASE)


# "La Organización no Gubernamental Utopix informó": the one capitalised word of a body's
# name right after the words that say what kind of body it is
_NAME_AFTER = re.compile(
    r"\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}|[A-ZÁÉÍÓÚÑ]{2,})(?=[\s,;:]+[a-záéíóúñ]|[,;:.]|\s*$)"
)


def other_body_aliases(piece: str, found: Cues) -> set[str]:
    """The acronyms of the bodies ``piece`` quotes ("Aldea"), for the sentences after it, and
    the names that follow their kind of body ("la Organización no Gubernamental Utopix
    informó", lexicon ``sources.named_after``): "..., detalló ..., directora de Utopix"."""
    aliases: set[str] = set()
    if not found.other_body_gate.may_hold(piece):
        return aliases
    for m in found.other_body.finditer(piece):
        if _names_other_body(m, piece, found):
            name = _ACRONYM_AFTER.search(piece, m.start(), min(len(piece), m.end() + 120))
            if name and not _SECOND_SOURCE.search(piece, m.end(), name.start()):
                aliases.add(name.group(1))
            group = _body_group(m)
            if fold(m.group(group)) in found.named_after_bodies:
                own = _NAME_AFTER.match(piece, m.end(group))
                if own and fold(own.group(1)) not in found.not_a_name:
                    aliases.add(own.group(1))
    return aliases


def quotes_other_body(piece: str, found: Cues) -> bool:
    """Whether ``piece`` quotes a figure of another body (lexicon ``sources``)."""
    return found.other_body_gate.may_hold(piece) and any(
        _names_other_body(m, piece, found) for m in found.other_body.finditer(piece)
    )


def quotes_civil_body(piece: str, found: Cues) -> bool:
    """Whether ``piece`` quotes a figure of a civil-society body (lexicon
    ``sources.other_bodies`` or a non-governmental one), not only an international body or a
    survey of ``sources.cited_only``."""
    if not found.other_body_gate.may_hold(piece):
        return False
    for m in found.other_body.finditer(piece):
        group = _body_group(m)
        if _names_other_body(m, piece, found) and (
            group == "ngo" or fold(m.group(group)) in found.civil_bodies
        ):
            return True
    return False


def drop_quoted(piece: str, findings: list[Finding], quoted: re.Pattern[str]) -> list[Finding]:
    """The findings of ``piece`` whose sentence does not name the quoted report."""
    return [
        f
        for f in findings
        if not quoted.search(piece, *sentence_bounds(piece, f.start, f.start + len(f.value_raw)))
    ]


def sentence_bounds(piece: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``piece`` around ``start``..``end``."""
    opened = 0
    for m in _SENTENCE_END.finditer(piece, 0, start):
        opened = m.end() - 1 if m.group(0) != ";" else m.end()
    closing = _SENTENCE_END.search(piece, end)
    return opened, closing.start() + 1 if closing else len(piece)


@step("noun phrase")
def attach_noun(state: PieceState, c: Candidate) -> bool:
    """The words after the number that say what it counts ("342 mujeres atendidas")."""
    f = c.finding
    c.after = state.piece[c.end : c.end + AFTER]
    these = state.cues.of_these.match(c.after) if f.method == "text.number_words" else None
    skip = these.end() if these else 0  # "quince de estos albergues"
    noun, c.noun_end = noun_phrase(c.after[skip:], state.cues)
    c.noun_end += skip
    if c.match.multiplied and noun.lower().startswith("de "):
        noun = noun[3:]  # "tres millones de personas"
    if c.pct and noun.lower().startswith(("de ", "del ")):
        noun = ""
    if _MORE.match(noun):
        noun = noun[3:].strip()  # "siete más": the series says what they count
    if state.cues.approx_after.match(c.after) or state.cues.approx_word.search(noun):
        f.approximate = True
        noun = " ".join(state.cues.approx_word.sub(" ", noun).split())
    c.raw_noun = noun
    if noun:
        first, _, rest = noun.partition(" ")
        if state.lexicon.is_excluded(first, rest):
            state.prev_end = c.end  # "3 años", "12 horas": a measure, not a count
            return False
        if first.lower() == "de" and not c.pct:
            noun = ""
        elif (_is_verb(first, state) or c.start in state.elided) and not (
            state.lexicon.is_count_noun(first)
        ):
            # "987 correspondieron a ...", "120 fueron derivadas": a verb, not what is
            # counted; what the verb says still helps to classify the value
            f.after_text = until_break(c.after)[:80]
            noun = ""
    if not noun and not c.pct:
        level = _TO_LEVEL.match(c.after)
        if level and state.cues.from_to_before.search(state.before(c.start, 80)):
            # "al pasar de 10.164 a 37.634 denuncias": the first level counts what the second does
            noun = noun_phrase(c.after[level.end() :], state.cues)[0]
    if not noun and not c.pct:
        verb = _VERB_AFTER.match(c.after)
        if verb and _is_verb(verb.group(1), state):
            f.after_text = until_break(c.after)[:80]  # "120 fueron derivadas al área jurídica"
    c.noun = noun
    return True


def _whole_counted(findings: list[Finding], between: str) -> str:
    """(issue 10) "hubo 42 femicidios consumados ... Cuatro de las 42 muertes": the noun of
    the count before whose number the partitive writes again (its whole), over the partitive's
    own noun when that is no count noun ("muertes"; "Tres de los 19 expedientes" keeps its
    own); none when no count before has that number."""
    written = _WHOLE_NUMBER.search(between)
    if written is None:
        return ""
    number = float(re.sub(r"[.,]", "", written.group(0)))
    for earlier in reversed(findings):
        if earlier.value == number and earlier.noun_phrase:
            return earlier.noun_phrase
    return ""


_WHOLE_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{3})*")


# " a 37.634", " al 45": the second level of a change written "de ... a ..."
_TO_LEVEL = re.compile(r"^\s+(?:a|al|hasta)\s+\d[\d.,]*(?:\s+mil\b)?")


def _is_verb(word: str, state: PieceState) -> bool:
    return bool(_FINITE_VERB.search(word)) or plain(word) in state.cues.copulas


@step("refers back")
def refers_back(state: PieceState, c: Candidate) -> bool:
    """ "85 de ellas finalizaron": a subset of the last value; "de las cuales 987": a part."""
    f, findings = c.finding, state.findings
    subset = state.cues.subset_of.match(c.after) if findings and not c.pct else None
    if _part_of_an_amount(state, c):
        # "un presupuesto de 11 millones de dólares, de los cuales nueve se destinaban a
        # funcionamiento": nine millions, written without them; not a value as it stands
        state.prev_end = c.end
        return False
    if subset:
        c.noun = findings[-1].noun_phrase
        f.after_text = until_break(subset.group(1))[:80]
        return True
    if not c.noun and not c.pct:
        # a part of a whole the text named before it: "100 de estas detenciones corresponden
        # a ...", "cuatro de los casos se encuentran en proceso penal"
        part = state.cues.partitive.match(c.after)
        if part:
            own = part.group(1)
            whole = (
                ""
                if _is_count_noun(own, state)
                else _whole_counted(findings, c.after[: part.start(1)])
            )
            c.noun = whole or own
            f.after_text = until_break(c.after[part.end() :])[:80]
    if not c.noun and not c.pct and f.after_text:
        c.noun = _named_whole(state, c)  # "Del total de feminicidios ...; 492 son atribuidos"
    if not c.noun and not c.pct and findings:
        c.noun = _whole_opened(state, c)  # "de los 24 casos presentados ..., 20 (83%) son"
    if c.pct:
        if findings:
            _share_part(state, c)
        if f.parent is None:
            _share_category(state, c)
        return True
    if not findings:
        return True
    if c.noun and _sibling_part(state, c):
        # "de las cuales 2 mil 986 son mayas, 369 xinkas y 19 garífunas": parts of one total
        f.parent = state.back_parent
        f.method = "text.parenthetical_part"
        f.part_label = part_label("", c.noun, state.cues)
        return True
    if c.noun:
        return True
    last = findings[-1]
    if c.start in state.elided and last.noun_phrase:
        c.noun = last.noun_phrase  # "42 mujeres ... ocho ocurrieron en la Zona Centro"
        own = state.own_adjective.get(c.start)
        if own and len(c.noun.split()) > 1:
            c.noun = f"{c.noun.rsplit(maxsplit=1)[0]} {own}"  # "sentencias absolutoria"
        f.after_text = until_break(c.after)[:80]
        return True
    if not c.label and not c.pct and last.unit_hint == "%" and c.after.lstrip().startswith(","):
        gap = state.piece[last.start + len(last.value_raw) : c.start]
        restated = _SHARE_OF_NOUN_THEN_COMMA.match(gap)
        noun = restated.group("noun") if restated is not None else None
        if restated is not None and noun is None:
            counts = [g for g in findings if g.unit_hint != "%" and g.noun_phrase]
            if counts and not state.sentence_end_between(counts[-1].start, c.start):
                noun = counts[-1].noun_phrase  # "y el 10 % restante, que suman 345, son ..."
        if noun:
            # "El 90 % del total de denuncias, 3,028, corresponden a violencia de género": the
            # count between commas right after a share of a noun restates the share as a
            # count of that noun
            c.noun = noun
            f.after_text = until_break(c.after.lstrip(" ,"))[:80]
            return True
    if not c.label and _SHARE_IN_BRACKETS.match(c.after):
        sibling = _bracketed_sibling(state, c)
        if sibling is not None:
            # "243 (77%) tuvieron como víctimas a mujeres, 66 (21%) a hombres": a count with
            # its own share in brackets after one written the same way is the next part of
            # the same whole, and counts what that one counts
            c.noun = sibling.noun_phrase
            f.after_text = until_break(c.after)[:80]
            return True
    back = state.cues.refers_back.search(state.piece, last.start, c.start)
    opens_sentence = False
    if back:
        c.noun = last.noun_phrase.split()[0] if last.noun_phrase else ""
        if not c.noun and not c.label:
            c.label = last.label_before  # "... ha atendido 238.075. De éstas, 16.690 ..."
        gap = state.piece[back.end() : c.start]
        if len(gap.split()) <= 1 and last.parent is None:
            state.back_parent = len(findings) - 1  # "1.532 atenciones, de las cuales 987 ..."
        # "... 238.075 llamadas. De éstas, 16.690 ...": the next sentence opens on it
        opens_sentence = bool(_ENDS_SENTENCE.search(state.piece[: back.start()]))
    parent = state.back_parent
    if parent is not None and f.parent is None:
        if state.sentence_end_between(findings[parent].start, c.start) and not opens_sentence:
            state.back_parent = None
        else:
            f.parent = parent
            f.method = "text.parenthetical_part"
            f.part_label = part_label("", _VERB_LEAD.sub("", until_break(c.after)), state.cues)
    return True


def _part_of_an_amount(state: PieceState, c: Candidate) -> bool:
    """A number with no unit of its own right after "de los cuales" (lexicon
    ``phrases.refers_back``) that follows an amount of money: a part of that amount, its
    multiplier and currency left unsaid."""
    f = c.finding
    if not state.findings or f.unit_hint or c.pct or f.currency_symbol:
        return False
    last = state.findings[-1]
    if last.kind_hint != "budget" or state.sentence_end_between(last.start, c.start):
        return False
    back = state.cues.refers_back.search(state.before(c.start, 40))
    return back is not None and not state.before(c.start, 40)[back.end() :].strip()


def _bracketed_sibling(state: PieceState, c: Candidate) -> Finding | None:
    """The sentence's last count before ``c`` that has a noun and its own share in brackets
    right after it ("243 (77%)"), with only shares between the two."""
    for g in reversed(state.findings):
        if g.unit_hint == "%":
            continue
        if not g.noun_phrase or state.sentence_end_between(g.start, c.start):
            return None
        after = state.piece[g.start + len(g.value_raw) : g.start + len(g.value_raw) + AFTER]
        return g if _SHARE_IN_BRACKETS.match(after) else None
    return None


def _share_part(state: PieceState, c: Candidate) -> None:
    """ "1.250 denuncias, de las cuales el 62 % correspondió a violencia intrafamiliar": a
    share right after the words that refer back to a count is the share of a part of that
    count, named by the words after it; it is no share of the total."""
    f, findings = c.finding, state.findings
    if f.parent is not None:
        return
    shares = [g for g in findings[-2:] if g.unit_hint == "%" and g.method == _SHARE_PART]
    last = findings[-1]
    if shares and shares[-1].parent is not None:
        # "..., y el 20 % a violencia psicológica": the next share of the same count
        share = shares[-1]
        gap = state.piece[share.start + len(share.value_raw) : c.start]
        if not _SHARE_SIBLING.match(gap) or _OF_THEM.match(c.after):
            return
        f.parent = share.parent
    else:
        if last.parent is not None or last.unit_hint:
            return
        back = state.cues.refers_back.search(state.piece, last.start, c.start)
        if back is None or len(WORD.findall(state.piece[back.end() : c.start])) > 1:
            return  # "de las cuales el 62 %", "De estos, el 52.5%": only an article between
        if not state.piece[last.start + len(last.value_raw) : back.start()].strip():
            return  # "solo 4 de ellos (17%)": the words refer the count back, the share is its
        f.parent = len(findings) - 1
    f.method = _SHARE_PART
    # "el 48.5 % (671) son mujeres": past the count in parentheses and the verb; "el 37 por
    # ciento, es decir, 290, fueron para ...": past the count that restates it
    after = _SHARE_COUNT.sub("", c.after, count=1)
    after = state.cues.restated_count.sub("", after, count=1)
    words = _VERB_LEAD.sub("", _share_words(after))
    verb = _FIRST_WORD.match(words)
    if verb and fold(verb.group(1)) in state.cues.copulas:
        words = _VERB_LEAD.sub("", words[verb.end() :])
    f.part_label = _share_label(words, state)


def _share_category(state: PieceState, c: Candidate) -> None:
    """ "El 45,3 % correspondió a violencia psicológica": a share whose verb names its category
    (lexicon ``phrases.share_category``) is that category's share, not the total's."""
    f = c.finding
    if f.row_label:
        return
    after = _SHARE_COUNT.sub("", c.after, count=1)
    verb = state.cues.share_category.match(after)
    if verb is None:
        return
    rest = after[verb.end() :]
    words = _share_words(rest)
    if not _CLAUSE_ENDS.match(rest, _TRAILING_JOIN.search(words).start()):  # type: ignore[union-attr]
        return  # "el 55% corresponden a Quito, capital del país, y a Guayaquil": a list
    label = _share_label(words, state)
    if label and not state.lexicon.is_excluded(label.split()[0]):
        f.row_label, f.row_dimension = label, state.cues.breakdown_dimension(label)


def _share_words(after: str) -> str:
    """The words after a share up to its clause's end or the next share: "menores de 13 años
    y adolescentes", "violencia intrafamiliar [y el 20 %]"."""
    words = _SENTENCE_STOP.split(_UNTIL_CLAUSE.match(after).group(0), maxsplit=1)[0]  # type: ignore[union-attr]
    share = _NEXT_PERCENT.search(words)
    return words[: share.start()] if share else words


def _share_label(words: str, state: PieceState) -> str:
    """The category a share names, to its sentence's end, without the words left hanging
    where a number cut it ("mujeres entre los [15 y 29 años]")."""
    words = _SENTENCE_STOP.split(words, maxsplit=1)[0]
    return part_label("", _HANGING.sub("", _AND_ARTICLE.sub("", words)), state.cues)


_SENTENCE_STOP = re.compile(r"\.(?:\s|$)")
_UNTIL_CLAUSE = re.compile(r"(?:[^,;()]|(?<=\d),(?=\d))*")  # "18,8 %" is one number
_TRAILING_JOIN = re.compile(
    r"(?:,\s*(?:y|e)?|\s(?:y|e))?\s*(?:el|la|un|una|otro)?\s*$", re.IGNORECASE
)
_NEXT_PERCENT = re.compile(r"[\d.,]*\d\s*(?:%|por\s*ciento)", re.IGNORECASE)
# what may follow a share's category: its clause's end, or the next share of the series
_CLAUSE_ENDS = re.compile(
    r"\s*(?:[.;)]|$|(?:,\s*(?:y|e)?|\s(?:y|e))\s*(?:el|la|un|una|otro)?\s*\d)", re.IGNORECASE
)
_HANGING = re.compile(
    r"(?:\s+(?:de|del|entre|los|las|el|la|a|al|con|y|e|o|u|desde|hasta|menos|más|mas))+\s*$",
    re.IGNORECASE,
)
_SHARE_PART = "text.parenthetical_part"
# after a share of a part: its own words, then ", y el", " y la", "; el" and the next share
_SHARE_COUNT = re.compile(r"^\s*%?\s*(?:\(\s*[\d.,]+\s*\))?")
_FIRST_WORD = re.compile(r"\s*([\wáéíóúñ]+)\s+")
_SHARE_SIBLING = re.compile(
    r"\s*%?\s*(?:\(\s*[\d.,]+\s*\))?\s*[^.;()\d%]*?(?:,\s*(?:y|e)?|\s(?:y|e))\s*(?:el|la|un|una)?\s*$",
    re.IGNORECASE,
)
_OF_THEM = re.compile(r"\s*%?\s*(?:de|del)\b", re.IGNORECASE)  # "el 20 % de ellas": not a sibling
_AND_ARTICLE = re.compile(r"\s+(?:y|e|o|u)\s+(?:el|la|los|las|un|una)\s*$", re.IGNORECASE)


_FULL_STOP = re.compile(r"\.\s+[A-ZÁÉÍÓÚÑ]")


def _named_whole(state: PieceState, c: Candidate) -> str:
    """The count noun of the whole the sentence opened on (lexicon ``phrases.named_whole``)
    when no value came between it and this count, which its verb says is a part of it."""
    stops = list(_FULL_STOP.finditer(state.piece, 0, c.start))
    start = stops[-1].end() - 1 if stops else 0  # "Del total de ...; 492 son": past a ";"
    if state.findings and state.findings[-1].start >= start:
        return ""
    whole = state.cues.named_whole.search(state.piece, start, c.start)
    if whole is None or not state.lexicon.is_count_noun(whole.group(1)):
        return ""
    return whole.group(1)


# after a part's number: a share in brackets at most, then its verb
_PART_VERB_AFTER = re.compile(r"\s*(?:\(\s*[\d.,]+\s*%?\s*\))?\s*([a-záéíóúñ]+)\b", re.IGNORECASE)


def _whole_opened(state: PieceState, c: Candidate) -> str:
    """ "de los 24 casos presentados por violencia familiar y sexual en enero del presente año,
    20 (83%) son nuevos": the last value opened its clause after "de los" (lexicon
    ``phrases.whole_opening``), a comma closes the whole's words (no other number, no sentence's
    end between), and this count goes on with its verb: it counts the whole's noun."""
    last = state.findings[-1]
    if not last.noun_phrase or last.unit_hint == "%":
        return ""
    if not state.cues.whole_opening_end.search(state.piece, max(0, last.start - 30), last.start):
        return ""
    gap = state.piece[_end_of(last) : c.start]
    if not gap.rstrip().endswith(",") or gap.count(",") != 1 or any(ch.isdigit() for ch in gap):
        return ""
    if state.sentence_end_between(last.start, c.start) or len(WORD.findall(gap)) > 25:
        return ""
    verb = _PART_VERB_AFTER.match(c.after)
    if verb is None or not _is_verb(verb.group(1), state):
        return ""
    return last.noun_phrase


# between two parts: the first part's own words ("son mayas"), then a comma or "y"
_SIBLING_JOIN = re.compile(
    r"\s*(?:[a-záéíóúñ]+\s+){0,2}?(?:[a-záéíóúñ]+)?\s*(?:,\s*(?:y|e)?|y|e)\s*$", re.IGNORECASE
)


def _sibling_part(state: PieceState, c: Candidate) -> bool:
    """The count right after a part of a total, joined to it by a comma or "y" alone in the
    same sentence, is another part of that total."""
    parent, last = state.back_parent, state.findings[-1]
    if parent is None or last.parent != parent or c.finding.parent is not None:
        return False
    if state.sentence_end_between(last.start, c.start):
        return False
    gap = state.piece[last.start + len(last.value_raw) : c.start]
    return bool(_SIBLING_JOIN.match(_past_noun(gap, last)))


# a clause of the same sentence opening: "..., mientras que 215 corresponden a", "; 12 fueron"
_CLAUSE_OPENS_ON_DIGITS = re.compile(r"(?:[,;]|\b(?:mientras\s+que|y|e))\s*$", re.IGNORECASE)


def _digits_elided(state: PieceState, c: Candidate, last: Finding) -> bool:
    """ "son 48 los femicidios en total que se han registrado en el país, mientras que 215
    corresponden a otras formas de muerte": a number in digits opening a clause of the sentence
    of the count before it, then a plural verb, counts what that count counted (its noun
    elided)."""
    if not _has_digit(c.match.raw) or c.finding.unit_hint:
        return False
    before = state.before(c.start, 20)
    opens = _CLAUSE_OPENS_ON_DIGITS.search(before)
    if opens is None:
        return False
    # the clause's own opening may be a semicolon ("...; 60 son usadas por niños"), no other
    # end of sentence between the two counts
    opening = c.start - len(before) + opens.start()
    gap = state.piece[last.start : c.start]
    if "\n" in gap or state.sentence_end_between(last.start, opening):
        return False
    verb = _VERB_AFTER.match(c.after)
    if verb is None or state.lexicon.is_count_noun(verb.group(1)):
        return False
    word = verb.group(1)
    # "de las cuales 2.060 están en funcionamiento; 60 son usadas por niños": a plural copula
    # of the lexicon (``sentences.copulas``) too
    plural_copula = word.endswith("n") and fold(word) in state.cues.copulas
    return bool(_PAST_PLURAL.search(word) or _PRESENT_PLURAL.search(word) or plural_copula)


def _has_digit(raw: str) -> bool:
    return any(ch.isdigit() for ch in raw)


@step("bounds")
def bounds(state: PieceState, c: Candidate) -> bool:
    """ "cerca de 300", "más de 10 mil", "hasta 50": approximations and bounds."""
    f = c.finding
    approx, lower, upper = state.cues.remembered(
        "bounds", state.before(c.start), partial(_bounds_before, found=state.cues)
    )
    f.approximate = (
        f.approximate
        or approx
        or bool(state.cues.approx_multiplier.search(c.match.raw))  # "un centenar"
    )
    f.lower_bound = lower
    f.upper_bound = upper and not f.lower_bound
    return True


def _bounds_before(before: str, found: Cues) -> tuple[bool, bool, bool]:
    """Whether the words before a number approximate it, bound it from below, from above."""
    return (
        bool(found.approx_before.search(before)),
        bool(found.lower_before.search(before)),
        bool(found.upper_before.search(before)),
    )


_FROM_YEAR_TO = re.compile(
    r"^\s*(?:[a-záéíóúñ]+\s+){0,2}(?:en|del?|durante)\s+(?:el\s+)?(?:año\s+)?(?:19|20)\d\d"
    r"\s+a\s+(?:l[oa]s\s+)?\d",
    re.IGNORECASE,
)


# "5.478 casos (+12%)", "▲ 8%": a percentage written with a sign or an arrow is a change
_SIGNED = re.compile(r"(?:^|[\s(\[])[+▲▼↑↓]\s?$")
# "2.217 consultas (+29%)": a count, its noun at most, then its change signed in brackets
_SIGNED_AFTER = re.compile(r"^\s*(?:[^\s\d.,;:()]+\s*)?\(\s*[+\-−–]\s*\d[\d.,]*\s*%\s*\)")
_FULL_SENTENCE_END = re.compile(r"\.\s+[A-ZÁÉÍÓÚÑ]")
# a percentage's whole given with its bound: "el 10,4 % de las más de 295.000 causas"
_SHARE_OF_BOUND = re.compile(
    r"^\s*(?:de|del)\s+(?:(?:l[oa]s|el|la)\s+)?(?:más|mas|menos)\s+de\s+\d", re.IGNORECASE
)


@step("change")
def change(state: PieceState, c: Candidate) -> bool:
    """ "un aumento de 4 casos", "aumentaron en un 17%", "2 millones de pesos menos en
    comparación", "un 50% más de tobilleras": a difference, not a value (lexicon ``changes``)."""
    found = state.cues
    two_levels, changed_after, derived_after, percent_changed_after = found.remembered(
        "change", c.after, partial(_change_after, found=found)
    )
    if two_levels:
        return True  # "una disminución de 152 casos en 2019 a 137 en 2022": two levels
    before = state.before(c.start, 80)
    if _TO_NUMBER.match(c.after) and found.from_to_before.search(before):
        return True  # "el número de denuncias aumentó de 33,522 a 35,576": the first level
    if c.start in state.levels or (not c.pct and _falls_to(state, c)):
        # "reflejó una disminución de mil 483 a mil 415", "bajaron de ocho a siete": a level
        # then "a" and a smaller one is a fall between two levels, not a change's size
        return True
    if (
        changed_after
        and not c.pct
        and (c.finding.value or 0) > 1
        and not (found.change_after.match(c.after) or found.change_alone.match(c.after))
    ):
        # "siete denuncias de ataques contra mujeres cada 24 horas": more than one in each
        # span counts what happens in it ("una denuncia cada 12 minutos" is a frequency)
        changed_after = False
    if c.pct and _SHARE_OF_BOUND.match(c.after):
        # "lo que representa el 10,4 % de las más de 295.000 causas ingresadas": "más de" bounds
        # the share's whole, the share is no change
        changed_after = False
    if (
        changed_after
        or (found.change_before.search(before) and not found.change_to_level.search(before))
        or (c.pct and found.change_before_percent.search(state.before(c.start)))
        or (derived_after and found.derived_before.search(state.before(c.start, 40)))
        or (c.pct and _SIGNED.search(state.before(c.start, 4)))
        or (c.pct and found.change_before_any_percent.search(state.before(c.start, 80)))
        or (c.pct and found.change_verb_then_en.search(state.before(c.start, 120)))
        or (c.pct and found.restated_change_percent.search(state.before(c.start, 160)))
        or (c.pct and percent_changed_after)
        or _change_series(state, c)
        or _bound_change_twin(state, c)
        or _elided_percent_change(state, c)
        or _bracketed_change_of_levels(state, c)
    ):
        if not c.pct and _SIGNED_AFTER.match(c.after):
            state.signed_change_end = c.end
        if c.pct:
            state.percent_change_end = c.end
        state.prev_end = c.end
        return False
    return True


# a change's two levels, then its size in brackets: "de 12 mil 575 a 15 mil 856 (un 26 por
# ciento", "de 11 mil 134 a 14 mil 693 (un 31 por ciento" (each level in digits, with "mil" or
# "millones" and more digits, or in words; the size after "un" or a sign)
_LEVEL = r"(?:\d[\d.,]*(?:\s+(?:mil|millones|millón)(?:\s+\d[\d.,]*)?)?|[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,3})"
_LEVELS_THEN_BRACKET = re.compile(
    rf"\b(?P<de>de|del|desde)\s+{_LEVEL}\s+(?:a|al|hasta)\s+{_LEVEL}\s*\(\s*(?:un|una|[+\-−–])\s*$",
    re.IGNORECASE,
)


def _bracketed_change_of_levels(state: PieceState, c: Candidate) -> bool:
    """ "los casos aumentaron de 12 mil 575 a 15 mil 856 (un 26 por ciento) y, en febrero, de 11
    mil 134 a 14 mil 693 (un 31 por ciento)": a percentage opening a bracket after "un" or a
    sign, right after the two levels of a change its sentence names before them (lexicon
    ``changes.from_to_before``, the verb said once for a series of such pairs), is the
    change's size, never a share ("de 18 a 23 (13%)", an age band's share, stays)."""
    if not c.pct:
        return False
    before = state.before(c.start, 80)
    levels = _LEVELS_THEN_BRACKET.search(before)
    if levels is None:
        return False
    at = c.start - len(before) + levels.end("de")
    if state.percent_change_end >= 0 and not _FULL_SENTENCE_END.search(
        state.piece, state.percent_change_end, at
    ):
        return True  # "... (un 26 por ciento) y, en febrero, de 11 mil 134 a 14 mil 693 (un 31"
    return bool(state.cues.from_to_before.search(state.piece[max(0, at - 80) : at]))


# "de mil 483 a mil 415": after a number, "a" and the next number, in digits or words
_THEN_TO_LEVEL = re.compile(r"\s+(?:a|al|hasta)\s+(?=[\w])", re.IGNORECASE)


def _falls_to(state: PieceState, c: Candidate) -> bool:
    """Whether the number is followed by "a" (or "al", "hasta") and a smaller number: the
    first of two levels of a fall ("Calama reflejó una disminución de mil 483 a mil 415",
    "bajaron igualmente de ocho a siete"); a range or a change's size runs upwards."""

    then = _THEN_TO_LEVEL.match(c.after)
    if then is None or c.finding.value is None:
        return False
    nxt = scan_numbers(
        c.after[then.end() : then.end() + 40], state.ctx.convention, state.ctx.lexicon
    )
    return (
        bool(nxt) and nxt[0].start == 0 and not nxt[0].percent and (nxt[0].value < c.finding.value)
    )


# "... redujeron más del 55 % la pobreza multidimensional en mujeres y más del 59 % en hogares":
# "y", then a bound's words, right before the percentage
_AND_BOUND_BEFORE = re.compile(
    r"\sy\s+(?:(?:más|mas|menos)\s+del?|casi\s+el|cerca\s+del?)\s+$", re.IGNORECASE
)
_NO_NUMBER_NOR_STOP = re.compile(r"[^\d.;:]*")
_SHARE_OF = re.compile(r"^\s*(?:de|del)\s", re.IGNORECASE)


def _bound_change_twin(state: PieceState, c: Candidate) -> bool:
    """ "acciones que redujeron más del 55 % la pobreza en mujeres y más del 59 % en hogares
    liderados por ellas": a percentage joined by "y" and a bound to a percentage just read as a
    change, no number nor stop between, is the same change of another thing (a share of a whole
    says so: "y más del 35 % de los casos")."""
    if not c.pct or state.percent_change_end < 0 or _SHARE_OF.match(c.after):
        return False
    if not _NO_NUMBER_NOR_STOP.fullmatch(state.piece, state.percent_change_end, c.start):
        return False
    return _AND_BOUND_BEFORE.search(state.piece, state.percent_change_end, c.start) is not None


# a list item that opens on its percentage: "; 5.2%, en ...", ", y 66.7%, en ..."
_PERCENT_ITEM_OPENS = re.compile(r"(?:[;,]\s*(?:y\s+|e\s+)?|\s(?:y|e)\s+)$", re.IGNORECASE)
# the item's thing, named after its percentage: "5.2%, en el caso de ...", "66.7% en femicidios"
_PERCENT_ITEM_THING = re.compile(r"^\s*%?\s*,?\s*(?:en|para)\s", re.IGNORECASE)
_NO_NUMBER_NOR_FULL_STOP = re.compile(r"[^\d]*")
# the item's thing, named before its percentage with the verb left out: "subieron un 20 % y los
# de muerte violenta un 100 %" ("y", "los de" and the thing, then "un" right before it)
_PERCENT_ITEM_BEFORE = re.compile(
    r"\s(?:y|e)\s+(?:l[oa]s|el|la)\s+de\s+[^\d;:,()]{1,60}?\s+un\s+$", re.IGNORECASE
)
# the item's joiner ("y", a comma, a semicolon), then the change's own word repeated right before
# its percentage: "una disminución del 18 % en los feminicidios y del 27 % en las violaciones",
# "bajaron un 8 % en Kennedy y un 11 % en Suba", "un alza del 25% en las llamadas y de 40% en los
# chats"; its thing may be named between, as a noun phrase after its article and a comma or
# nothing: "disminuyeron 10 %, los de violencia física 6 % y los de violencia sexual 3 %",
# "aumentaron un 14 %; los chats, un 30 %", "crecieron 12 % y las atenciones 9 %" (never a
# word that leads to a new level: "y las atenciones llegaron al 9 %")
_ITEM_JOINER = r"(?:[;,]\s*(?:(?:y|e)\s+)?|\s(?:y|e)\s+)"
_ITEM_THING = (
    r"(?:l[oa]s|el|la)\s+(?:[^\W\d_]+\s+){0,4}?"
    r"(?!(?:a|al|hasta|el|la|los|las|del|de|en|que|con|por|un|una)\b)[^\W\d_]+\s*,?\s+"
)
_PERCENT_ITEM_REPEATS = re.compile(
    rf"{_ITEM_JOINER}(?:{_ITEM_THING})?(?P<word>del|de|un|en\s+un|de\s+un|en)\s+$", re.IGNORECASE
)
_PERCENT_ITEM_NAMED = re.compile(rf"{_ITEM_JOINER}{_ITEM_THING}$", re.IGNORECASE)


# nothing but "y" or a comma between two percentages: "presentaron decrementos de 4.3% y 24.2%,
# respectivamente" (the second is the same change of the second thing)
_PERCENT_PAIR_GAP = re.compile(r"\s*(?:,|,?\s*(?:y|e))\s+", re.IGNORECASE)


def _elided_percent_change(state: PieceState, c: Candidate) -> bool:
    """ "un incremento de 12.6% en las denuncias; 5.2%, en el caso de los delitos sexuales, y
    66.7%, en femicidios": after a percentage read as a change, a percentage of the same sentence
    that opens a list item (a semicolon, a comma or "y" right before it, no number between) and
    names its thing with "en" after it is the same change of another thing, its cue left out
    ("; 45% de los casos" is a share of a whole and stays); or names it before, the verb left
    out: "subieron un 20 % y los de muerte violenta un 100 %"; or follows it with only "y" or a
    comma between: "decrementos de 4.3% y 24.2%, respectivamente"; or repeats the change's word
    after the joiner ("y del 27 %", "y un 11 %"), its thing named between or not ("los chats,
    un 30 %", "y las atenciones 9 %")."""
    if not c.pct or state.percent_change_end < 0:
        return False
    gap = state.piece[state.percent_change_end : c.start]
    if not _NO_NUMBER_NOR_FULL_STOP.fullmatch(gap) or _FULL_SENTENCE_END.search(gap):
        return False
    repeated = _PERCENT_ITEM_REPEATS.search(gap)
    if repeated and repeated.group("word").lower() in {"del", "de"}:
        # the change's preposition repeated: "y del 35 % de los relacionados con violencia
        # sexual" is the same change of another thing, whatever follows
        return True
    if _SHARE_OF.match(c.after.lstrip(" %")):
        return False
    return bool(
        (_PERCENT_ITEM_OPENS.search(gap) and _PERCENT_ITEM_THING.match(c.after))
        or _PERCENT_ITEM_BEFORE.search(gap)
        or _PERCENT_PAIR_GAP.fullmatch(gap)
        or repeated
        or _PERCENT_ITEM_NAMED.search(gap)
    )


def _change_series(state: PieceState, c: Candidate) -> bool:
    """ "en junio el aumento fue de 2.217 consultas (+29%); en julio de 2.601 (+31%) y en agosto
    de 1.720 (+23%)": after a change followed by its signed percentage, a number of the same
    sentence followed by one is one more change of the series, its cue left out."""
    if c.pct or state.signed_change_end < 0 or not _SIGNED_AFTER.match(c.after):
        return False
    return _FULL_SENTENCE_END.search(state.piece, state.signed_change_end, c.start) is None


_TO_NUMBER = re.compile(r"\s+(?:a|al|hasta)\s+\d")


def _change_after(after: str, found: Cues) -> tuple[bool, bool, bool, bool]:
    """What the words after a number say of a change: two levels ("... en 2019 a 137"), a
    change of any number, a derived one (if the words before agree), a percentage's."""
    return (
        bool(_FROM_YEAR_TO.match(after)),
        bool(
            found.change_after.match(after)
            or found.change_alone.match(after)
            or found.frequency_after.match(after)
        ),
        bool(found.change_derived.match(after)),
        bool(found.change_alone_percent.match(after) or found.change_after_percent.match(after)),
    )


@step("label before")
def label_before(state: PieceState, c: Candidate) -> bool:
    """The clause before the number ("Mujeres atendidas: 245"), unless it measures."""
    piece = state.piece
    window_start = max(0, c.start - LABEL)
    open_at = piece.rfind("(", window_start, c.start)
    inside = open_at >= 0 and open_at > piece.rfind(")", window_start, c.start)
    c.open_at = open_at if inside else -1
    c.clause_start = clause_start(piece, c.start, max(state.prev_end, window_start), c.open_at)
    c.label = tidy_label(piece[c.clause_start : c.start], state.cues)
    if not c.label and c.open_at >= 0:
        _named_in_parentheses(state, c, window_start)
    word_before = _WORD_BEFORE.search(state.before(c.start, 60))
    counted = bool(c.noun) and state.lexicon.is_count_noun(c.noun.split()[0])
    if (
        word_before
        and state.lexicon.is_excluded(word_before.group(1))
        and not counted
        and not state.cues.this_period.search(state.before(c.start, 40))
        and not _AGE_BAND_BEFORE.search(state.before(c.start, 40))
    ):
        # "hace 3 años", "horas 12": the number measures the word right before it (but
        # "este mes 2,024 asistencias" and "de este año 74.309 comunicaciones" count what
        # follows it: lexicon ``periods.this_period``; and "de 51 a 60 años 4 y de 61 años a
        # más 5 casos" counts the victims of the age band before it)
        state.prev_end = c.end
        return False
    return True


# an age band of two ages right before a number: "de 51 a 60 años 4", "entre 20 y 29 años 12"
_AGE_BAND_BEFORE = re.compile(
    r"(?<![\d.,])\d{1,3}\s*(?:a|al|y|e|-|–)\s*(?:l[oa]s\s+)?\d{1,3}\s+años\s*$", re.IGNORECASE
)


# "entre 18 y 24 (5) y 25 y 29 años (2)": a band whose unit the next band of the list gives
_BARE_BAND_END = re.compile(
    r"(?<![\w.,])(?:entre|de)\s+\d{1,3}\s*(?:y|a|al)\s*\d{1,3}\s*$", re.IGNORECASE
)


def _bare_band(state: PieceState, c: Candidate) -> re.Match[str] | None:
    """An age band written without "años" right before the bracket, when the next band of
    the list, right after it, says "años" (cues ``age_band_next``): the bracket holds the
    first band's own count."""
    piece = state.piece
    band = _BARE_BAND_END.search(piece, max(0, c.open_at - 24), c.open_at)
    if band is None or not state.cues.age_band_next.match(piece, c.end):
        return None
    return band


# "Lima (43.234)", "La Libertad (3.021)": a name, then its number alone in parentheses
_NAME_BEFORE_PAREN = re.compile(
    r"([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+(?:de\s+|del\s+|la\s+|las\s+|los\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)*)\s*$"
)


def _count_of_percentage(state: PieceState, c: Candidate) -> bool:
    """ "el 48.5 % (671) son mujeres": the count behind the percentage just before it."""
    findings = state.findings
    if not findings or findings[-1].unit_hint != "%" or c.match.words_only:
        return False
    gap = state.piece[findings[-1].start + len(findings[-1].value_raw) : c.open_at]
    if gap.strip():
        return False
    last = findings[-1]
    c.open_at = -1
    c.alone_in_parens = True
    c.label = until_break(c.after.lstrip(") ")) or last.label_before or last.noun_phrase
    c.noun = next(
        (
            f.noun_phrase
            for f in reversed(findings)
            if f.noun_phrase and not state.sentence_end_between(f.start, c.start)
        ),
        "",
    )
    if last.parent is not None:
        # "de las cuales el 48.5 % (671) son mujeres": the count of the share's own part
        c.finding.parent = last.parent
        c.finding.method = "text.parenthetical_part"
        c.finding.part_label = last.part_label or part_label(c.label, "", state.cues)
    return True


_YEAR_BEFORE_PAREN = re.compile(r"(?<![\d.,])(?:19|20)\d{2}\s*$")
_OWN_YEAR_AFTER = re.compile(r"\s+en\s+(?:el\s+)?(?:año\s+)?(?:19|20)\d{2}(?!\d)", re.IGNORECASE)


def _dated_in_bracket(state: PieceState, c: Candidate) -> bool:
    """The number opens its bracket, "en <year>" follows it, and no count came in its clause
    before the bracket (which would make it a part of that count: "45 talleres (30 en 2022 ...")."""
    if not _OWN_YEAR_AFTER.match(state.piece, c.end):
        return False
    if not state.findings:
        return True
    between = state.piece[_end_of(state.findings[-1]) : c.open_at]
    return len(WORD.findall(between)) > 10 or bool(CLAUSE_BREAK.search(between))


def _named_in_parentheses(state: PieceState, c: Candidate, window_start: int) -> None:
    """ "llamadas ... de las regiones de Lima (43.234), Callao (4.163)": a number alone in
    parentheses after a name is that name's value; the clause before says what it counts
    and the name is its breakdown."""
    piece = state.piece
    if not piece[c.open_at + 1 : c.start].strip() and _dated_in_bracket(state, c):
        # "la mayor cantidad de muertes por homicidio en el país (27 mil 213 en 2011 y 25 mil 967
        # en 2012)": the bracket opens on a count dated by its own year, far from any count
        # before it; the clause before the bracket says what it counts
        begin = clause_start(piece, c.open_at, max(state.prev_end, window_start), -1)
        c.label = tidy_label(piece[begin : c.open_at], state.cues)
        c.open_at = -1
        c.alone_in_parens = True
        return
    if piece[c.open_at + 1 : c.start].strip() or not piece[c.end : c.end + 3].lstrip().startswith(
        ")"
    ):
        return
    if _count_of_percentage(state, c):
        return
    if _YEAR_BEFORE_PAREN.search(piece, max(0, c.open_at - 12), c.open_at):
        # "seguido por 2009 (39), y 2008 (33)", "el más bajo en 2022 (45.789)": the year's
        # own figure, not a part of the count before it
        begin = clause_start(piece, c.open_at, max(state.prev_end, window_start), -1)
        c.label = tidy_label(piece[begin : c.open_at], state.cues)
        c.open_at = -1
        c.alone_in_parens = True
        return
    band = state.cues.age_band_end.search(piece, max(0, c.open_at - 40), c.open_at) or (
        _bare_band(state, c)
    )
    if band is not None:
        # "seguido de personas entre 30 y 39 años (2,278) y de 25 a 29 años (1,350)": the age
        # band's own count, named by the band, not a part of the count before it
        begin = clause_start(piece, c.open_at, max(state.prev_end, window_start), -1)
        c.label = tidy_label(piece[begin : c.open_at], state.cues)
        c.open_at = -1
        c.alone_in_parens = True
        c.finding.row_label = band.group(0).strip()
        c.finding.row_dimension = "edad"
        return
    word = _WORD_BEFORE.search(piece, max(0, c.open_at - 60), c.open_at)
    if word is None or not word.group(1)[:1].isalpha() or state.lexicon.is_excluded(word.group(1)):
        return  # "el 48.5 % (671)", "3 años (36 meses)": not a name's value
    open_at = c.open_at
    begin = clause_start(piece, open_at, max(state.prev_end, window_start), -1)
    c.label = tidy_label(piece[begin:open_at], state.cues)
    c.open_at = -1  # its own value, not a part of the number before it
    c.alone_in_parens = True
    name = _NAME_BEFORE_PAREN.search(piece, max(0, open_at - 60), open_at)
    if name is not None:
        c.finding.row_label = name.group(1)
        c.finding.row_dimension = state.cues.breakdown_dimension(name.group(1))
        if not c.label and _in_bracketed_list(piece, name.start(1), c.end):
            # "se incorporaron 15.759 registros provenientes de Santa Cruz (422), Tierra del
            # Fuego (106)": the first name, read into the noun of the count before, is still
            # the label of the number in its bracket (a list's; "302 CEM (1)." is a note's call)
            c.label = name.group(1)


# a name and its count in brackets right after a bracket's count, or right before one
_BRACKET_ITEM_AFTER = re.compile(
    r"\s*\)\s*(?:,|y|e)\s+[A-ZÁÉÍÓÚÑ][^()\n.;:]{0,50}\(\s*\d[\d.,]*\s*\)"
)
_BRACKET_ITEM_BEFORE = re.compile(r"\(\s*\d[\d.,]*\s*\)\s*(?:,|y|e)\s+$")


def _in_bracketed_list(piece: str, name_start: int, end: int) -> bool:
    """Whether a name's count in brackets is an item of a list of such ("Santa Cruz (422),
    Tierra del Fuego (106)"): another name and bracketed count follows it or precedes it."""
    return bool(
        _BRACKET_ITEM_AFTER.match(piece, end)
        or _BRACKET_ITEM_BEFORE.search(piece[max(0, name_start - 40) : name_start])
    )


# --- 3. link parts --------------------------------------------------------------


@step("parenthetical part")
def parenthetical_part(state: PieceState, c: Candidate) -> bool:
    """ "45 talleres (30 presenciales y 15 virtuales)": numbers in parentheses after a total."""
    findings, open_at = state.findings, c.open_at
    if open_at < 0 or not findings or c.pct:
        return True
    if state.paren_parent is None or state.paren_parent[0] != open_at:
        candidate = len(findings) - 1
        between = state.piece[_end_of(findings[candidate]) : open_at]
        if (
            findings[candidate].unit_hint != "%"  # "El 75 % (124 mujeres)": not its parts
            and findings[candidate].start < open_at
            and len(WORD.findall(between)) <= 10
            and not CLAUSE_BREAK.search(between)
        ):
            state.paren_parent = (open_at, candidate)
        else:
            state.paren_parent = None
    if state.paren_parent is not None and state.paren_parent[0] == open_at:
        if _other_period_in_parentheses(state, c):
            # "22 femicidios (24 en 2022)": the same count in another year, not a part of it
            c.noun = c.noun or findings[state.paren_parent[1]].noun_phrase
            return True
        c.finding.parent = state.paren_parent[1]
        c.finding.method = "text.parenthetical_part"
        c.finding.part_label = part_label(c.label, c.raw_noun or until_break(c.after), state.cues)
    return True


def _other_period_in_parentheses(state: PieceState, c: Candidate) -> bool:
    """ "(24 en 2022)", "(24 femicidios en el 2022)": the number, its noun, then only a period
    (lexicon ``periods.attached`` before it) closing the parentheses."""
    after_number = c.end + c.noun_end
    close = state.piece.find(")", after_number)
    if close < 0:
        return False
    inner = state.piece[after_number:close]
    periods = find_periods(inner, state.ctx.year)
    return any(
        not inner[p.span[1] :].strip()
        and state.cues.attached_period.match(_less_same_period(state, inner[: p.span[0]]))
        for p in periods
    )


def _less_same_period(state: PieceState, words: str) -> str:
    """ "en el mismo periodo de ": the words before a year less "the same period of"."""
    same = state.cues.same_period_before.search(words)
    return words[: same.start()] if same else words


@step("table cell")
def table_cell(state: PieceState, c: Candidate) -> bool:
    """A number alone in a table cell: the row's first cell says what it counts."""
    if not state.tabs:
        return True
    index, text = state.cell_at(c.start)
    if index > 0 and _codes_before_text(state, index):
        state.prev_end = c.end  # "Departamento\t1\tMontevideo": a codebook's code
        return False
    if index == 0 or text != state.piece[c.start : c.end].strip():
        return True
    if _code_before_label(state, index):
        state.prev_end = c.end  # "39\tSecretaría …\t948\tFortalecimiento …": a code
        return False
    if state.cues.statistic_row.match(state.cells[0]):
        state.prev_end = c.end  # "Máximo\t89\t40\t75": a statistic (an age), not a count
        return False
    c.finding.cell = index
    if not c.noun and not c.label:
        # the column's header (a period, a category) is resolved with the header row
        row_label = tidy_label(state.cells[0], state.cues)
        if row_label and _no_count_in(row_label, state):
            c.label = row_label
            c.finding.method = "text.table_cell"
        elif _YEAR_ROW.search(state.cells[0]):
            # "2014 | 95 | 27 | 64 | 1" under "Período | Asesinato | Femicidio | ...", "A Junio
            # 2020 | 20 | 27 | 10 | 0": a row of a period, whose every number is read under its
            # column's title, the period its own (as the row's first number, whose label is the
            # period, always was)
            c.label = state.cells[0].strip()
            c.finding.method = "text.table_cell"
    return True


# a year in a table row's first cell: the row's period ("2014", "A Junio 2020")
_YEAR_ROW = re.compile(r"\b(?:19|20)\d{2}\b")


def _no_count_in(label: str, state: PieceState) -> bool:
    """A row's label with no number, or whose numbers are all marks that are never values: an
    article's number, a note's call ("Art.202 - Maltrato al Menor (1, 2)")."""
    digits = [i for i, ch in enumerate(label) if ch.isdigit()]
    if not digits:
        return True
    spans = [span for _, span in trap_spans(label, state.ctx.lexicon)]
    spans += [m.span() for m in _NOTE_CALLS.finditer(label)]
    return all(any(a <= i < b for a, b in spans) for i in digits)


# "Maltrato al Menor (1, 2)": the calls of notes closing a row's label
_NOTE_CALLS = re.compile(r"\(\d{1,2}(?:,\s?\d{1,2})*\)\s*$")


def _is_code(cell: str) -> bool:
    return cell.isascii() and cell.isdigit()  # "948", "06": no grouping, no decimals


def _code_before_label(state: PieceState, index: int) -> bool:
    """In a coded row (a bare code, then its label: "39\tSecretaría de Igualdad"), a bare
    integer followed by a text cell is the code of that text (a programme, an item), not a
    value: values close a row, they do not name the cell after them."""
    cells = [cell.strip() for cell in state.cells]
    if index + 1 >= len(cells) or len(cells) < 4:
        return False
    coded_row = _is_code(cells[0]) and _has_letters(cells[1])
    return coded_row and _is_code(cells[index]) and _has_letters(cells[index + 1])


def _codes_before_text(state: PieceState, index: int) -> bool:
    """A codebook's row ("Departamento | 1 | Montevideo", "Ocupación | 1 2 3 4 99 | Empleado
    ... Sin dato"): bare integers between a named cell and cells of words only are the codes
    of the words after them, not values; a row of values ends in a value."""
    cells = [cell.strip() for cell in state.cells]
    tokens = cells[index].split()
    after = [cell for cell in cells[index + 1 :] if cell]
    return (
        bool(tokens)
        and all(_is_code(t) for t in tokens)
        and _has_letters(cells[0])
        and bool(after)
        and all(
            _has_letters(cell) and not _NO_DATA.match(cell) and _NUMBER_IN_CELL.search(cell) is None
            for cell in after
        )
    )


# "n/d", "s/d", "N.A.": a cell with no data, a value missing, never a category a code names
_NO_DATA = re.compile(r"^[ns]\.?\s*/?\s*[dai]\.?$", re.IGNORECASE)


# a number of a cell of words: "45 casos", "12,5 %" (not "Seccional 1ª", "1er. semestre")
_NUMBER_IN_CELL = re.compile(r"\d[\d.,]*\s*(?:%|$|\s)")


def _has_letters(cell: str) -> bool:
    return any(ch.isalpha() for ch in cell)


@step("list part")
def list_part(state: PieceState, c: Candidate) -> bool:
    """ "4.512 servicios: 2.100 psicológicos, 1.850 jurídicos": parts after a colon."""
    f, parent = c.finding, state.colon_parent
    if f.parent is not None or parent is None or c.pct:
        return True
    if state.sentence_end_between(state.findings[parent].start, c.start):
        state.colon_parent = None
        return True
    f.parent = parent
    f.method = "text.list_part"
    f.part_label = part_label(c.label, c.raw_noun or until_break(c.after), state.cues)
    return True


@step("keep")
def keep(state: PieceState, c: Candidate) -> bool:
    """A bare number with no words around it: nothing says what it counts."""
    f = c.finding
    if f.value == 0 and f.method == "text.number_words" and not _zero_counts(state, c):
        state.prev_end = c.end  # "ninguna institución": a zero alone says nothing to publish
        return False
    if _restated(state, c) or _converted(state, c):
        state.prev_end = c.end
        return False
    if (
        not c.noun
        and not c.label
        and not f.unit_hint
        and state.before(c.start, 4).rstrip().endswith(";")
    ):
        money = _same_money_before(state, c)
        if money is not None:
            # "mil 600 millones se destinarán a ...; 6 mil 200 millones a mantenimiento": an
            # item opening a list's next part after a semicolon, of the first amount's money
            f.unit_hint = money.unit_hint
        elif c.start in state.money_items:
            state.prev_end = c.end
            return False  # "...; mil millones de ..." with no amount of money before: nothing
    if not c.noun and not c.label and f.parent is None and not f.unit_hint:
        _continue_list(state, c)
    if not c.noun and not c.label and f.parent is None and not f.unit_hint and not c.pct:
        _continue_parallel_items(state, c)
    if not c.noun and f.parent is None and not c.pct:
        _continue_series(state, c)
    if c.noun and f.parent is None and not c.pct:
        _contrasted_bare_noun(state, c)
    if not c.noun and not c.label and f.parent is None and not c.pct and not f.unit_hint:
        _share_between_shares(state, c)
    if not c.noun and f.parent is None and not c.pct and not f.unit_hint:
        _share_continued(state, c)
    if not c.noun and not c.pct and _measure_named(state, c):
        state.prev_end = c.end  # "La cantidad de horas semanales ... totalizaron 800"
        return False
    if f.unit_hint not in ("", "%") and _increase_asked(state, c):
        state.prev_end = c.end  # "La propuesta es subir presupuesto ... 2 millones de pesos"
        return False
    if (
        not c.noun
        and not c.label
        and f.parent is None
        and not c.pct
        and state.findings
        and _digits_elided(state, c, state.findings[-1])
    ):
        # "son 48 los femicidios ..., mientras que 215 corresponden a otras formas de muertes
        # violentas": the count's noun, else the words its verb says it is
        f.after_text = until_break(c.after)[:80]
        c.noun = state.findings[-1].noun_phrase or f.after_text
    if (
        not c.noun
        and not c.label
        and state.findings
        and (c.start in state.levels or _AFTER_LEVEL.search(state.before(c.start, 60)))
    ):
        # "bajaron de ocho a siete", "y Tocopilla, de 245 a 255": the second level counts what
        # the first does
        first = state.findings[-1]
        if 0 <= c.start - first.start <= 40:
            c.noun, c.label = first.noun_phrase, first.label_before
    if not c.noun and f.parent is None and not f.unit_hint and not c.pct:
        # "Cundinamarca y Valle del Cauca son los departamentos con más casos de estas
        # violencias, cada uno con seis": what the list's clause counts
        c.noun = _each_noun(state, c)
    of_them = not c.noun and f.method == "text.number_words" and _of_them(state, c)
    if (
        not of_them
        and c.start not in state.listed
        and not (
            c.start in state.totalled
            and any(_is_count_noun(w, state) for w in WORD.findall(c.label))
        )
        and not (c.start in state.total_elided and _sentence_counts_before(state, c))
        and not (c.start in state.levels and c.label)
        and (
            (not c.noun and not c.label and f.parent is None and not f.unit_hint)
            or (
                not c.noun
                and f.method == "text.number_words"
                and not f.unit_hint
                and not (c.alone_in_parens and c.label)
                and not c.series_item  # "con 7, ... con 3, ... y Oruro reportaron uno cada uno"
                # "y solo uno (4%) está referido a un hombre": its share says it counts
                and not (c.start in state.elided and _SHARE_IN_BRACKETS.match(c.after))
            )
        )
    ):
        state.prev_end = c.end
        return False
    f.noun_phrase, f.label_before = c.noun, c.label
    return True


def _of_them(state: PieceState, c: Candidate) -> bool:
    """ "De ellas, dos fueron asesinadas", "Dos de ellas fueron asesinadas": a number in words
    right after or right before a subset's words (lexicon ``phrases.subset_of``), then a verb,
    counts part of the total the text gave before, even on the paragraph before."""
    if c.finding.value in (None, 0):
        return False
    if _opens_on_subset(c.after, state):
        return True
    if c.start in state.elided and _opens_on_past_plural(c.after, state):
        return True  # "De acuerdo con las estadísticas, ocho ocurrieron en la Zona Centro"
    if not c.label:
        return False
    subset = state.cues.subset_of.match(c.label)
    if subset is None or subset.group(1).strip(" ,"):
        return False
    verb = _VERB_AFTER.match(c.after)
    return bool(verb and _is_verb(verb.group(1), state))


def _opens_on_subset(after: str, state: PieceState) -> bool:
    """ "... de ellas fueron asesinadas", "... de ellos ya cuentan con sentencia": the subset's
    words, then a verb (an adverb of the lexicon's ``sentences.verb_adverbs`` may come first)."""
    subset = state.cues.subset_of.match(after)
    if subset is None:
        return False
    rest = subset.group(1)
    verb = _VERB_AFTER.match(rest)
    if verb and fold(verb.group(1)) in state.cues.verb_adverbs:
        verb = _VERB_AFTER.match(rest, verb.end())
    return bool(verb and _is_verb(verb.group(1), state))


# the last item's name of a series of named counts, right before its zero: ", Beni 2 y Pando
# ningún caso", "y Pando con ningún caso"
_ITEM_NAME_BEFORE = re.compile(r"(?:,|\by)\s+(?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ.]*\s+){1,4}(?:con\s+)?$")


def _zero_counts(state: PieceState, c: Candidate) -> bool:
    """ "Tarija no ha registrado ningún caso" after a series of values counts a zero; "que
    ninguna mujer tenga que soportar" (no negation before it) does not; "- Pando: ninguna
    denuncia" states the zero of a list item (its label and colon right before it); "notifica
    cero muertes maternas" (a verb that reports right before "cero") counts none on its own."""
    if fold(c.match.raw).startswith("ningun") and _opens_labelled_item(state, c.start, c.end):
        return True
    if fold(c.match.raw) == "cero" and state.cues.zero_reported.search(state.before(c.start, 40)):
        return True
    if not _in_series(state, c):
        return False
    if fold(c.match.raw).startswith("ningun") and _ITEM_NAME_BEFORE.search(
        state.before(c.start, 60)
    ):
        return True  # "La Paz con 21 víctimas, ..., Beni 2 y Pando ningún caso"
    if fold(c.match.raw) in state.cues.zero_phrases:
        return c.noun.split(" ", 1)[0].endswith("s")  # "no hubo feminicidios", not "seguimiento"
    if fold(c.match.raw) in state.cues.number_words and not fold(c.match.raw).startswith("ningun"):
        return True  # "cero denuncias"
    return bool(state.cues.zero_after.search(state.before(c.start, 60)))


def _in_series(state: PieceState, c: Candidate) -> bool:
    """A value was read before this one in the piece and no paragraph lies between."""
    return bool(state.findings) and "\n" not in state.piece[state.findings[-1].start : c.start]


def _restated(state: PieceState, c: Candidate) -> bool:
    """ "123,940,472.00 pesos (ciento veintitrés millones ... pesos)", "15 (quince)": the
    same amount written again in parentheses is one value, not two."""
    if not state.findings or (c.open_at < 0 and not c.alone_in_parens):
        return False
    last = state.findings[-1]
    gap = state.piece[last.start + len(last.value_raw) : c.start]
    digits_then_words = last.value_raw[:1].isdigit() != c.match.raw[:1].isdigit()
    return (
        digits_then_words
        and last.value == c.finding.value
        and "(" in gap
        and len(WORD.findall(gap)) <= 2
    )


def _converted(state: PieceState, c: Candidate) -> bool:
    """ "126 millones de lempiras (un poco más de $5,000,000)": an amount in parentheses right
    after another amount is the same money in another currency, not a second value."""
    f, piece = c.finding, state.piece
    if not f.currency_symbol or not state.findings:
        return False
    last = state.findings[-1]
    open_at = piece.rfind("(", last.start, c.start)
    if last.kind_hint != "budget" or open_at < 0 or ")" in piece[open_at : c.start]:
        return False
    gap = piece[last.start + len(last.value_raw) : open_at]
    return len(WORD.findall(gap)) <= 3 and not any(ch in gap for ch in ".;()")


# After a number that ends an item of a series: a comma, "y", a closing parenthesis, the end.
# "siete más en Quetzaltenango": as many more of what the item before counts.
_SERIES_END = re.compile(
    r"\s*(?:[,;)]|\.(?:\s|$)|(?:y|e)\s|cada\s+un[oa]\b|m[aá]s(?=\s+(?:en|y|e)\s|\s*[,.;]|$)|$)"
)
# Between two items of a series: a comma, a semicolon or "y" (at most a few words).
_SERIES_JOIN = re.compile(r"[,;]|\b(?:y|e|contra|frente a|versus|vs)\b")
SERIES_GAP = 8  # words at most between two items of a series
_FULL_STOP = re.compile(r"\.\s+[A-ZÁÉÍÓÚÑ¿¡]")


_RATE_GOES_ON_BEFORE = re.compile(r",\s*(?:a|y|e|hasta|con)\s+$", re.IGNORECASE)


def _rate_goes_on(n: NumberMatch, after: str, state: PieceState) -> bool:
    """ "un promedio de siete mujeres asesinadas diariamente durante 2015, a ocho por día en
    2016": after a comma and "a" (or "y", "hasta", "con"), a number in words right before a
    frequency ("por día", lexicon ``kinds.average_after``), in a sentence that gave an average
    already (``kinds.average``), is the next average of the same count, its noun elided."""
    if not _RATE_GOES_ON_BEFORE.search(state.before(n.start, 12)):
        return False
    first = WORD.match(after.lstrip())
    if first is None or not state.cues.average_after.match(state.piece[n.start : n.end + 40]):
        return False
    if _is_count_noun(first.group(0), state):
        return False  # "a ocho mujeres por día": its own noun, read as any count
    stops = list(_FULL_STOP.finditer(state.piece, 0, n.start))
    start = stops[-1].end() - 1 if stops else 0
    return bool(state.cues.average_anywhere.search(state.piece, start, n.start))


def _series_end(after: str, state: PieceState) -> bool:
    """What may follow an item of a series: a separator, or a verb ("dos casos están en etapa
    preliminar, cuatro tienen sentencia")."""
    if _SERIES_END.match(after):
        return True
    verb = _VERB_AFTER.match(after)
    if verb is None:
        return False
    word = verb.group(1)
    return _is_verb(word, state) and not state.lexicon.is_count_noun(word)


_ITEM = re.compile(r"\d[\d.,]*\s+([a-záéíóúñ]+)\s", re.IGNORECASE)
_ITEM_LINKS = frozenset({"por", "de", "a", "en", "con", "para"})


def _parallel(state: PieceState, start: int, after: str) -> bool:
    """ "998 por violencia física, siete por económica": the item is built like the item
    before it in the same clause (the same preposition after its number)."""
    word = _VERB_AFTER.match(after)
    if word is None or word.group(1).lower() not in _ITEM_LINKS:
        return False
    window = state.piece[max(0, start - 120) : start]
    items = list(_ITEM.finditer(window))
    if (
        items
        and not _FULL_STOP.search(window, items[-1].end())
        and items[-1].group(1).lower() == word.group(1).lower()
    ):
        return True
    return _parallel_to_led_item(state, window, word.group(1).lower())


# the item before, its number and up to two words (its noun, its verb) before its preposition:
# "998 denuncias por", "24 fueron por", "nueve fueron asesinadas con"
_LED_ITEM = re.compile(
    r"(?<![\w.,])(\d[\d.,]*|[a-záéíóúñ]+)\s+((?:[a-záéíóúñ]+\s+){0,2}?)"
    r"(por|de|a|en|con|para)\s",
    re.IGNORECASE,
)
_ONES = frozenset({"un", "una", "uno"})
_LED_ITEM_GAP = re.compile(r"[^;:.()\d]*(?:,|\s[ye])\s*$")


def _parallel_to_led_item(state: PieceState, window: str, link: str) -> bool:
    """ "Se registraron 998 denuncias por violencia física, siete por económica", "24 fueron
    por trata de personas y siete por tentativa de violación", "nueve fueron asesinadas con arma
    de fuego, cinco con objeto contundente": the item before said its number, then its noun or
    its verb (up to two words, no preposition nor conjunction among them), then the same
    preposition; the list goes on after a comma or "y", no stop nor other number between."""
    items = [
        m
        for m in _LED_ITEM.finditer(window)
        if m.group(3).lower() == link
        and (
            m.group(1)[0].isdigit()
            # "existen tres: una en el Este, una en el Cibao": "una" is as often an article
            or (fold(m.group(1)) in state.cues.number_words and fold(m.group(1)) not in _ONES)
        )
        and not any(w in _ITEM_LINKS or w in {"y", "e", "o", "u"} for w in m.group(2).split())
    ]
    if not items:
        return False
    last = items[-1]
    gap = window[last.end() :]
    if len(WORD.findall(gap)) > SERIES_GAP or not _LED_ITEM_GAP.fullmatch(gap):
        return False
    return not any(fold(w) in state.cues.number_words for w in WORD.findall(gap))


# "y dos en construcción", "y uno en un centro de salud", ", una en Sánchez Cerro": an item
# closing a list, its noun elided, then where it is
_PLACED_BEFORE = re.compile(r"(?:,|\b[ye])\s*$")
# A colon, then the first of the places what was counted is in: ": una en el Este, una en ..."
_PLACES_LISTED = re.compile(r"\s*:\s*([\wáéíóúñ]+)\s+en\s", re.IGNORECASE)


def _places_listed(after: str, state: PieceState) -> bool:
    """ "existen tres: una en el Este, ...": a colon, then a number and "en" a place."""
    m = _PLACES_LISTED.match(after)
    if m is None:
        return False
    return m.group(1).isdigit() or fold(m.group(1)) in state.cues.number_words


# Three names or more, capitalised ("Alto Paraguay", "Michoacán de Ocampo"), joined by commas
# and a last "y": the places a count just before them applies to
_NAME = (
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+(?:de\s+(?:la\s+|las\s+|los\s+)?|del\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)*"
)
_NAMES_LISTED = re.compile(rf"\s+{_NAME}(?:\s*,\s*{_NAME})+\s*,?\s+(?:y|e)\s+{_NAME}")
# "Guatemala con 267, Escuintla 47, Petén 27, Izabal 27, Chiquimula 26", "Neuquén 1.627, Río
# Negro 1.336, Chubut 893, Santa Cruz 346": three places or more, each with its count, one after
# the other; not streets and their numbers ("Mitre 178, Luján")
_LISTED_COUNT = r"(?:\d{1,3}(?:[.,]\d{3})+|\d{1,6})"
_NAMED_COUNTS = re.compile(
    rf"(?:{_NAME}\s+{_LISTED_COUNT}\s*,\s*){{2,}}{_NAME}\s+{_LISTED_COUNT}(?![\d.,]?\d)"
)
# "Soacha reportó 48 casos, Facatativá 15, Mosquera siete": after a count and its noun, a place
# and its count, the list going on; not a street and its number ("en Mitre 178, Luján")
_NAMED_AFTER_COUNT = re.compile(rf"(?<=,\s){_NAME}\s+(\d{{1,6}})(?![\d.,]?\d)(?=\s*,|\s+(?:y|e)\s)")
_COUNT_AND_NOUN = re.compile(r"(?<![\w.,])\d[\d.,]*\s+([a-záéíóúñ]{3,})\s*,\s$")
_NOUN_EN = re.compile(r"\s+[\wáéíóúñ]+\s+en(?=\s)")


def _named_counts(piece: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The spans of places listed with their counts, which the street rule must leave alone."""
    spans = [m.span() for m in _NAMED_COUNTS.finditer(piece)]
    for m in _NAMED_AFTER_COUNT.finditer(piece):
        before = _COUNT_AND_NOUN.search(piece[max(0, m.start() - 60) : m.start()])
        if before and lexicon.is_count_noun(before.group(1)):
            spans.append(m.span(1))
    return spans


def _names_listed(n: NumberMatch, after: str, state: PieceState) -> bool:
    """ "les siguen con cuatro Campeche, Jalisco, Puebla y Sonora": a count right after a cue
    (lexicon ``counts.names_listed_after``) then a list of three names or more: what each of
    them has, its noun elided."""
    if not state.cues.names_listed_after.search(state.before(n.start, 20)):
        return False
    return bool(_NAMES_LISTED.match(after))


def _after_noun_en(n: NumberMatch, state: PieceState) -> str:
    """The text after "un caso en" in "con un caso en Alto Paraguay, Asunción, ...": what
    follows the noun and "en" ("" when the noun is not followed by "en")."""
    m = _NOUN_EN.match(state.piece, n.end)
    return state.piece[m.end() :] if m else ""


# what opens the clause of a part whose noun is elided: "uno con sobreseimiento", "siete que"
_PART_CLAUSE = re.compile(r"\s*(?:con|sin|que)\s", re.IGNORECASE)


def _part_said_before(state: PieceState, n: NumberMatch, end: int) -> bool:
    """The sentence of ``n``, up to ``end``, already counted a part of a whole (lexicon
    ``phrases.partitive``, ``refers_back``, ``subset_of``)."""
    start, _ = sentence_bounds(state.piece, n.start, n.end)
    said = state.piece[start:end]
    cues = state.cues
    return any(
        pattern.search(said) for pattern in (cues.partitive, cues.refers_back, cues.subset_of)
    )


def _part_goes_on(n: NumberMatch, after: str, state: PieceState) -> bool:
    """ "19 femicidios, de los cuales cuatro fueron resueltos con sentencia condenatoria, uno
    con sobreseimiento provisional y siete que todavía permanecen en proceso": a number in words
    after a comma or "y", right after a count of the same sentence, then "con", "sin" or "que",
    in a sentence that already counted a part of a whole (lexicon ``phrases.partitive``,
    ``subset_of``, ``refers_back``), is one more part, its noun elided."""
    if state.scanned_end < 0 or state.sentence_end_between(state.scanned_end, n.start):
        return False
    if not _PLACED_BEFORE.search(state.before(n.start, 10)) or not _PART_CLAUSE.match(after):
        return False
    gap = state.piece[state.scanned_end : n.start]
    if len(WORD.findall(gap)) > SERIES_GAP or _STOPS.search(gap):
        return False
    return _part_said_before(state, n, state.scanned_end)


# the word closing the count before, then "y"/"e", then the number: "condenatorias y "
_WORD_THEN_AND = re.compile(r"([a-záéíóúñ]{4,})\s+[ye]\s+$", re.IGNORECASE)
_ADJECTIVE_ENDING = 3  # letters two adjectives of one kind share: "-oria", "-ana", "-ico"


def _singular(word: str) -> str:
    low = fold(word)
    return low[:-1] if low.endswith("s") else low


def _adjective_item(n: NumberMatch, after: str, state: PieceState) -> str:
    """ "hubo dos sentencias condenatorias y una absolutoria", "tres personas de nacionalidad
    peruana y una ecuatoriana": a number in words after "y", right after a count of the same
    sentence whose phrase ends in an adjective, then one word of the same kind (its ending
    shared with that adjective) closing the item: one more item of that count, its noun
    elided. Returns that word ("" when the number is no such item)."""
    if state.scanned_end < 0 or state.sentence_end_between(state.scanned_end, n.start):
        return ""
    gap = state.piece[state.scanned_end : n.start]
    if len(WORD.findall(gap)) > SERIES_GAP or _STOPS.search(gap):
        return ""
    closing = _WORD_THEN_AND.search(gap)
    word = WORD.match(after.lstrip())
    if closing is None or word is None:
        return ""
    rest = after.lstrip()[word.end() :]
    if not _ITEM_ENDS.match(rest) or state.lexicon.is_count_noun(word.group(0)):
        return ""
    one, other = _singular(closing.group(1)), _singular(word.group(0))
    same_kind = one != other and one[-_ADJECTIVE_ENDING:] == other[-_ADJECTIVE_ENDING:]
    return word.group(0) if same_kind else ""


def _placed_item(n: NumberMatch, after: str, state: PieceState) -> bool:
    """ "solo habían tres casas operando en “condiciones deplorables” y dos en construcción":
    a number in words after "y" or a comma, then "en" and a place or a state, right after a
    count of the same sentence, is one more item of that count."""
    if state.scanned_end < 0 or state.sentence_end_between(state.scanned_end, n.start):
        return False
    if state.scanned_end in state.listed_ends:
        return False  # "existen tres: una en el Este, una en el Cibao": the three's places
    if not _PLACED_BEFORE.search(state.before(n.start, 10)):
        return False
    gap = state.piece[state.scanned_end : n.start]
    return len(WORD.findall(gap)) <= 2 * SERIES_GAP and bool(state.cues.placed_after.match(after))


def _continue_series(state: PieceState, c: Candidate) -> None:
    """ "28.589 llamadas de adultos, 10.815 de niñas y niños y 6.088 de adolescentes",
    "La Paz con 11, Cochabamba con ocho": an item of a series without its noun counts
    what the item before it in the same sentence counts."""
    if not state.findings:
        return
    last = state.findings[-1]
    if (
        last.unit_hint
        or not (last.noun_phrase or last.label_before)
        or _FULL_STOP.search(state.piece, last.start, c.start)  # a ";" keeps the series
    ):
        return
    gap = state.piece[last.start + len(last.value_raw) : c.start]
    from_to = _past_noun(gap, last).strip() == "a" and bool(
        state.cues.from_to_before.search(state.before(last.start))
    )
    if (
        not from_to
        and not _contrasted(state, last, gap, c)
        and (len(WORD.findall(_past_noun(gap, last))) > SERIES_GAP or not _SERIES_JOIN.search(gap))
    ):
        return  # ("se han disminuido de 580 a 390": the second level counts the same)
    words = c.finding.method == "text.number_words"
    if words and not (_series_end(c.after, state) or _parallel(state, c.start, c.after)):
        return
    if c.label and not words:
        return  # kept for its own label; normalisation reads it as the series' sibling
    # the noun of the series' items before, as far back as a full stop: a ";" keeps the series
    # ("1,438 corresponden al 2020; 2,794 al 2021; 2,471 al 2022")
    noun = next(
        (
            f.noun_phrase
            for f in reversed(state.findings)
            if f.noun_phrase and not _FULL_STOP.search(state.piece, f.start, c.start)
        ),
        "",
    )
    if noun:
        c.noun = noun
    elif not c.label:
        c.label = last.label_before
    c.series_item = bool(c.noun or c.label)
    if not c.finding.part_label:
        c.finding.part_label = part_label(c.label, c.raw_noun, state.cues)


def _increase_asked(state: PieceState, c: Candidate) -> bool:
    """ "La propuesta es subir presupuesto al Instituto ... por lo menos 2 millones de pesos":
    an amount after a request to raise a budget in its sentence (lexicon
    ``kinds.budget_increase``) is the increase asked for, not a budget."""
    start = max(0, c.start - 160)
    for end in _SENTENCE_END.finditer(state.piece, start, c.start):
        start = end.start() + 1
    return state.cues.budget_increase.search(state.piece, start, c.start) is not None


_AMOUNT_OF = re.compile(r"\b(?:cantidad|n[uú]mero|total)\s+de\s+([\wáéíóúñ]+)", re.IGNORECASE)


def _measure_named(state: PieceState, c: Candidate) -> bool:
    """ "La cantidad de horas semanales de atención ... totalizaron 800": a number with no noun
    whose sentence opened on the amount of a measure (a noun the lexicon excludes: hours,
    years), not on a count."""
    start = max(0, c.start - 200)
    for end in _SENTENCE_END.finditer(state.piece, start, c.start):
        start = end.start() + 1
    amount = _AMOUNT_OF.search(state.piece, start, c.start)
    return amount is not None and state.lexicon.is_excluded(amount.group(1))


# After an item, the next one of the series: a separator, then a share within the clause
_NEXT_SHARE = re.compile(r"[^.;:()]{0,60}?(?:,|\by\b|\be\b)[^.;:()]{0,40}?(?:%|por\s*ciento)", re.I)


def _share_between_shares(state: PieceState, c: Candidate) -> None:
    """ "un 99% por ciento de impunidad en delitos de violencia familiar, 99.7 en violencia
    sexual y un cien por ciento en feminicidios": a bare number between two shares of one
    series, in the same sentence, is a share too (its sign left out)."""
    findings, f = state.findings, c.finding
    if not findings or findings[-1].unit_hint != "%" or c.match.words_only:
        return
    if f.value is None or not 0 < f.value <= 100:
        return
    last = findings[-1]
    gap = state.piece[last.start + len(last.value_raw) : c.start]
    if state.sentence_end_between(last.start, c.start) or not _SERIES_JOIN.search(gap[-3:]):
        return
    if len(WORD.findall(gap)) > 2 * SERIES_GAP or not _NEXT_SHARE.match(c.after):
        return
    f.unit_hint, f.kind_hint = "%", "percentage"
    c.label = last.label_before


# a share as a sentence writes it, and a year between it and the number that continues it
_SHARE_WRITTEN = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|por\s*ciento)", re.IGNORECASE)
_YEAR_BETWEEN = re.compile(r"\b(?:19|20)\d\d\b")


def _share_continued(state: PieceState, c: Candidate) -> None:
    """ "aumentó del 20,4 por ciento en 2021 al 31,9 en 2022", "(7,2 por ciento) seguida de la
    Metropolitana (61,6)", "Bolivia con 38,6 por ciento, seguido de Colombia con 29,4": a bare
    number (no noun, unit or sign of its own) after a share of its sentence, with no other
    number but a year between them, is the next share of the series when the words between say
    so: from one share to it (lexicon ``changes.share_from`` before the share,
    ``changes.share_to`` right before the number) or a ranking (``phrases.ranked_next``)."""
    f = c.finding
    if c.match.words_only or f.value is None or not 0 < f.value <= 100:
        return
    state.sentence_periods()  # sets the sentence bounds on first use
    begin, _ = state.sentence_bounds(c.start)
    text = state.piece[begin : c.start]
    share = next(reversed(list(_SHARE_WRITTEN.finditer(text))), None)
    if share is None:
        return
    gap = _YEAR_BETWEEN.sub(" ", text[share.end() :])
    if any(ch.isdigit() for ch in gap) or len(WORD.findall(gap)) > SERIES_GAP:
        return
    from_to = bool(
        state.cues.share_to.search(gap) and state.cues.share_from.search(text[: share.start()])
    )
    if from_to or state.cues.share_ranked.search(gap):
        f.unit_hint, f.kind_hint = "%", "percentage"


def _past_noun(gap: str, last: Finding) -> str:
    """ "Nueva Segovia con cinco casos; en segundo lugar, están Masaya y Chinandega con tres":
    the words between two items, after the first item's own noun."""
    head = gap.lstrip()
    noun = last.noun_phrase
    if noun and head.lower().startswith(noun.lower()):
        return head[len(noun) :]
    return gap


def _contrasted(state: PieceState, last: Finding, gap: str, c: Candidate) -> bool:
    """ "1434 correspondieron a personas que ..., mientras que 1019 fueron seguimientos": two
    counts, each followed by its verb, joined by a contrast in one sentence."""
    if not last.after_text or not state.cues.contrast_end.search(gap):
        return False
    verb = _VERB_AFTER.match(c.after)
    return verb is not None and _is_verb(verb.group(1), state)


_LIST_JOIN = re.compile(r"^\s*\([^()]{0,40}\)\s*(?:,|y|e)\s*$")


# "..., en 664 a los adultos mayores": an item that opens on "en", its number, then "a" and
# whom it is about; the item before it ends the same way ("... a las mujeres, en ")
_PARALLEL_OPENS = re.compile(r",\s*(?:y\s+)?en\s+$", re.IGNORECASE)
_PARALLEL_WHOM_AFTER = re.compile(r"^\s+a\s+(?:los|las|el|la)\s", re.IGNORECASE)
_PARALLEL_WHOM_BEFORE = re.compile(
    r"\sa\s+(?:los|las|el|la)\s+[^\d,;.:()]{2,60},\s*(?:y\s+)?en\s+$", re.IGNORECASE
)


def _continue_parallel_items(state: PieceState, c: Candidate) -> None:
    """ "al menos 1,566 se identificó como sector vulnerable a las mujeres, en 664 a los adultos
    mayores, en 261 a privados de libertad": items of one sentence that each give a number and,
    after "a", whom it is about, the verb said once in the first, count what the first counts."""
    if not state.findings:
        return
    last = state.findings[-1]
    if last.unit_hint or state.sentence_end_between(last.start, c.start):
        return
    if not (
        _PARALLEL_OPENS.search(state.before(c.start, 12)) and _PARALLEL_WHOM_AFTER.match(c.after)
    ):
        return
    gap = state.piece[last.start + len(last.value_raw) : c.start]
    if _PARALLEL_WHOM_BEFORE.search(gap) and not any(ch.isdigit() for ch in gap):
        c.noun, c.label = last.noun_phrase, last.label_before


def _contrasted_bare_noun(state: PieceState, c: Candidate) -> None:
    """ "tuvimos 114 casos de muertes violentas de mujeres, mientras que en 2022 se han
    presentado 83 casos": a bare noun set against the count before it in the same sentence,
    whose noun it starts, counts what that count counts."""
    if not state.findings or len(c.noun.split()) != 1:
        return
    last = state.findings[-1]
    head = last.noun_phrase.split(maxsplit=1)
    if len(head) < 2 or fold(head[0]) != fold(c.noun) or last.parent is not None:
        return
    if last.unit_hint == "%" or state.sentence_end_between(last.start, c.start):
        return
    gap = state.piece[last.start + len(last.value_raw) : c.start]
    if state.cues.contrast_end.search(gap) or _CONTRAST_IN.search(gap):
        c.noun = last.noun_phrase


# "..., mientras que en 2022 se han presentado": a contrast opens the second clause
_CONTRAST_IN = re.compile(r"[,;]\s*(?:mientras\s+que|en\s+tanto\s+que|en\s+cambio)\b", re.I)


def _continue_list(state: PieceState, c: Candidate) -> None:
    """ "Casos: 1.009 (2022) y 1.150 (2023)": a bare number joined by "y" or a comma to the
    value before it, which a parenthesis sets apart ("(2022)"), counts the same thing."""
    if not state.findings:
        return
    last = state.findings[-1]
    gap_start = last.start + len(last.value_raw)
    if (
        last.parent is None
        and not last.unit_hint
        and _LIST_JOIN.match(state.piece[gap_start : c.start])
    ):
        c.noun, c.label = last.noun_phrase, last.label_before


# --- 4. classify kind -----------------------------------------------------------


@step("month label")
def month_label(state: PieceState, c: Candidate) -> bool:
    """ "Enero: 45 / Febrero: 52", "en agosto fueron 125, seguido de septiembre con 122": the
    label is the value's month (after a word of the lexicon's ``phrases.ranked_next``, or the
    last item of a list: "seguido por febrero (3.483) y septiembre con 3.316"), of the year its
    sentence names before it, else of the document's; "marzo y abril con 109": the value is
    each month's, one finding per month."""
    last_label = c.label.split(":")[-1].strip(" /")
    ranked = state.cues.ranked_next.match(last_label)
    if ranked:
        last_label = last_label[ranked.end() :]
    last_in_list = _LAST_ITEM.match(last_label)
    if last_in_list:
        last_label = last_in_list.group(1)  # "febrero (3.483), marzo (3.445) y septiembre con"
    year = _sentence_year_before(state, c.start) or state.ctx.year
    if not year:
        return True
    words = last_label.split()
    if len(words) == 3 and words[1].lower() in {"y", "e"}:
        first, second = (state.cues.months.get(fold(w).rstrip(".")) for w in (words[0], words[2]))
        if first and second and first != second:
            c.finding.period = _month_period(year, first, words[0])
            c.finding.period_label = words[0]
            twin = replace(c.finding, period=_month_period(year, second, words[2]))
            twin.period_label = words[2]
            state.month_twins[id(c.finding)] = twin
        return True
    if len(words) != 1:
        return True
    month = state.cues.months.get(fold(last_label).rstrip("."))
    if month:
        c.finding.period = _month_period(year, month, last_label)
        c.finding.period_label = last_label
    return True


# the last item of a list closed by a bracket: ") y septiembre" (the word after the "y")
_LAST_ITEM = re.compile(r"^\s*\)\s*,?\s*(?:y|e)\s+(\S+)\s*$", re.IGNORECASE)


def _sentence_year_before(state: PieceState, position: int) -> int | None:
    """The last single year the sentence names before ``position`` ("los registros de 2025 ...,
    seguido por febrero (3.483)": February of 2025, not of the document's year)."""
    periods = state.sentence_periods()  # sets the sentence bounds on first use
    begin, _ = state.sentence_bounds(position)
    years = [p for p in periods if p.strength == 1 and begin <= p.span[0] and p.span[1] <= position]
    return int(years[-1].start[:4]) if years else None


def _month_period(year: int, month: int, label: str) -> PeriodMatch:
    return month_span(year, month, month, label, (0, 0), 2)


@step("method")
def method(state: PieceState, c: Candidate) -> bool:
    """How the value was read: a table row, a "label: value" pair, a noun phrase."""
    f, piece = c.finding, state.piece
    if c.pct:
        f.after_text = until_break(c.after.lstrip(" %"))[:80]  # "85 % en las metas"
    if (c.clause_start > 0 and "\t" in piece[c.clause_start - 1 : c.start]) or (
        state.tabs_between(0, c.start) and not c.label.count(":")
    ):
        f.method = "text.table_row" if f.method == "text.noun_phrase" else f.method
    elif c.label.endswith(":") or ":" in piece[c.clause_start : c.start]:
        f.method = "text.label_colon" if f.method == "text.noun_phrase" else f.method
    return True


@step("kind")
def kind(state: PieceState, c: Candidate) -> bool:
    """Money when a budget word labels it or a currency is written; a target when a
    target word is near or a plan lists beneficiaries."""
    f = c.finding
    if not f.unit_hint and state.cues.budget.search(c.label) and not c.noun:
        f.unit_hint = "$"
        f.kind_hint = "budget"
    money = _same_money_before(state, c)
    if money is not None:
        f.unit_hint = money.unit_hint  # "330 mil pesos, ..., 300 mil del gobierno federal"
    if f.unit_hint in {"$", *_EXPLICIT_SYMBOLS}:
        f.kind_hint = "budget"
    context = state.piece[max(0, c.clause_start - 60) : c.start]
    if f.kind_hint == "observed" and (
        state.cues.target.search(context)
        or state.cues.target_after.match(state.piece, c.end)
        or (state.ctx.is_plan and state.cues.beneficiary.search(plain(c.label + " " + c.noun)))
        or _target_list_item(state, c)
    ):
        f.kind_hint = "target"
    near = state.piece[max(0, c.clause_start - 60, c.start - 60) : c.start]
    per_rate = bool(state.cues.average_after.match(state.piece[c.start :])) and not (
        state.cues.average_after_not.match(state.piece[c.start :])  # "al día de hoy"
    )
    said = state.cues.average.search(near)
    if said is not None and _NUMBER_AND_NOUN_END.search(near, 0, said.start()):
        said = None  # "con condenas de 50 años en promedio, de 176 casos": the 50's average
    if f.kind_hint == "observed" and (said or per_rate or _average_as_subject(state, c)):
        f.kind_hint = "average"  # "un promedio de 340 llamadas diarias": not the year's count
    if (
        not per_rate
        and state.cues.rough_average.search(near)
        and (state.cues.rough_average_span.search(context) or _YEAR_SAID.search(context))
    ):
        # "en lo que va del año un promedio de dos mil denuncias", "en 2018 se recibieron un
        # promedio de 21.000 comunicaciones": a rough count of the span or the year, with no
        # frequency said, never a rate of it
        f.approximate = True
        if f.kind_hint == "average":
            f.kind_hint = "observed"
    return True


# the words between one count of a list and the next: the first count's noun and what
# qualifies it, then a comma, a dash, "y" or "así como" ("300 centros de cuidado infantil, 200
# casas de día", "300 nuevos centros infantiles —200 operados por el gobierno capitalino y 100")
_LIST_GOES_ON = re.compile(r"[^.;:!?()\d\t]{1,80}?(?:,|—|–|\by|\be|\basí como)\s*")
# a clause of its own between them ("200 CECI ..., de los que ya se tienen 150 terrenos")
_OWN_CLAUSE = re.compile(r"\b(?:que|cual|cuales|cuyo|cuya|cuyos|cuyas|donde|cuando|mientras)\b")


def _target_list_item(state: PieceState, c: Candidate) -> bool:
    """A count that goes on the list of a target right before it in its sentence is a target
    too: "contempla la creación de mil 116 espacios de atención, entre ellos 300 centros de
    cuidado infantil, 200 casas de día para adultos mayores, 200 centros de rehabilitación ...",
    all to be built; a count of a clause of its own, a share or an amount stays as it is."""
    if not state.findings or c.pct or c.finding.unit_hint:
        return False
    last = state.findings[-1]
    if (
        last.kind_hint != "target"
        or last.unit_hint
        or state.sentence_end_between(last.start, c.start)
    ):
        return False
    between = state.piece[last.start + len(last.value_raw) : c.start]
    return bool(_LIST_GOES_ON.fullmatch(between)) and not _OWN_CLAUSE.search(between.lower())


# a year the clause is of ("en 2018", "durante el año 2019")
_YEAR_SAID = re.compile(
    r"\b(?:en|durante|del?)\s+(?:el\s+)?(?:año\s+)?(?:19|20)\d\d\b", re.IGNORECASE
)
# a number and one word right before an average's words: they are that number's
_NUMBER_AND_NOUN_END = re.compile(r"\d[\d.,]*\s+[\wáéíóúñ]+\s+$", re.IGNORECASE)


def _average_as_subject(state: PieceState, c: Candidate) -> bool:
    """(issue 10) "El promedio de llamadas diarias durante el mes de octubre de 2020 ha sido
    de 168": an average named as its clause's subject (a word of the lexicon's
    ``kinds.average`` among the clause's first words, no comma after it) and a verb right before
    the number (``kinds.average_said_as``: "fue de", "ha sido de") make the number that
    average, whatever words come between."""
    before = state.piece[max(0, c.start - 160) : c.start]
    stop = max(before.rfind(". "), before.rfind(";"), before.rfind(":"))
    clause = before[stop + 1 :]
    if not state.cues.average_said_as.search(clause):
        return False
    said = state.cues.average_anywhere.search(clause)
    if said is None or "," in clause[said.end() :]:
        return False
    return len(clause[: said.start()].split()) <= 4


def _same_money_before(state: PieceState, c: Candidate) -> Finding | None:
    """The amount of money a bare amount continues: "Con un presupuesto de 330 mil pesos,
    ..., 300 mil del gobierno federal y 30 mil del municipal", "el Ministerio de la Mujer
    (S/222,7 millones), la fiscalía (S/141 millones) y el Poder Judicial (108,5 millones)",
    "fueron más 450 millones de pesos ... y lamentablemente 3 millones no le pudieron llegar".
    A number written with a scale word ("mil", "millones") and no noun, unit or currency of its
    own is of the money of the sentence's last amount before it written with the same scale
    word; a count of people after an amount ("beneficiará a 2 mil") has another scale or its
    noun. The items of a list of amounts set apart by semicolons ("mil 600 millones se
    destinarán a nueva infraestructura; 6 mil 200 millones a mantenimiento y operación; mil
    millones a apoyos directos ...") are one sentence's; the scale word is the number's last
    ("mil 600 millones" is in millions)."""
    f = c.finding
    if f.unit_hint or f.currency_symbol or c.pct or not c.match.multiplied:
        return None
    noun = c.noun.split()[:1]
    if noun and (len(noun[0]) > 3 or _is_count_noun(noun[0], state)):
        return None  # "3 millones no le pudieron llegar": a word read as its noun is none
    return _money_before(c.match.raw, c.start, state)


def _money_before(raw: str, start: int, state: PieceState) -> Finding | None:
    """The sentence's last amount of money before ``start``, if written with the same scale
    word as ``raw``."""
    scale = _scale_word(raw)
    if not scale:
        return None
    for g in reversed(state.findings):
        if _FULL_STOP.search(state.piece, g.start, start):
            return None
        if g.kind_hint == "budget" and g.unit_hint and g.unit_hint != "%":
            return g if _scale_word(g.value_raw) == scale else None
    return None


_FULL_STOP = re.compile(r"\.\s+[A-ZÁÉÍÓÚÑ]")


def _scale_word(raw: str) -> str:
    """The scale word a number is written with, its last ("330 mil pesos" -> "mil", "S/141
    millones", "6 mil 200 millones" -> "millones"), or ''."""
    return next((w for w in reversed(raw.lower().split()) if w in _SCALE_WORDS), "")


_SCALE_WORDS = frozenset({"mil", "millón", "millon", "millones"})


# --- 5. period and place ---------------------------------------------------------


@step("sentence period")
def sentence_period(state: PieceState, c: Candidate) -> bool:
    """A period written in the value's sentence ("En 2017 se atendieron 300 mujeres";
    "300 en 2017 y 450 en 2018"), unless it is a law's or a publication's year."""
    f = c.finding
    if f.period is not None:
        return True
    decided, when = _when_clause_period(state, c)
    if decided:
        if when is not None:
            f.period, f.period_label = when, when.label
        return True
    listed = _total_of_months_listed(state, c)
    if listed is not None:
        f.period, f.period_label = listed, listed.label
        return True
    month = _month_of(state, c)
    if month is None:
        month = _months_after(state, c)
    if month is not None:
        f.period, f.period_label = month, month.label
        return True
    periods = state.sentence_periods()
    compared = _compared_year(state, c)
    if compared is not None:
        f.period, f.period_label = compared, compared.label
        return True
    that = _that_year(state, c)
    if that is not None:
        f.period, f.period_label = that, that.label
        return True
    whole = _whole_period(state, c)
    if whole is not None:
        f.period = whole  # its whole's, not a label of its own
        return True
    if not periods:
        return _of_the_year_before(state, c, [])
    begin, stop = state.sentence_bounds(c.start)
    # "el total de casos ingresados ... fue de 2028 casos": a number read as a count is no year
    counts = [(c.start, c.end)] + [(g.start, g.start + len(g.value_raw)) for g in state.findings]
    mine = [
        p
        for p in periods
        if begin <= p.span[0] < stop and not any(a < p.span[1] and p.span[0] < b for a, b in counts)
    ]
    if not mine:
        return _of_the_year_before(state, c, [])
    after_number = c.end + c.noun_end
    attached = [
        p
        for p in mine
        if p.span[0] >= c.end
        and state.cues.attached_period.match(state.piece[after_number : p.span[0]])
        and not _COORDINATED_END.search(state.piece[c.end : p.span[0]])
        and not _own_clause_dated(state, c, p, mine)
    ]
    before = [p for p in mine if p.span[1] <= c.start and p not in state.claimed]
    chosen = attached[0] if attached else (before[-1] if before else None)
    if chosen is None and len(mine) > 1:
        chosen = _first_year_of_enumeration(state, c, mine, counts)
    if chosen is not None and not attached:
        chosen = _compared_in_clause(state, c, chosen)
    if chosen is not None and not attached and _reported_across_contrast(state, c, chosen):
        return True  # the document's period, not the reported clause's
    twin = _first_twin(state, chosen) if chosen is not None and not attached else None
    if twin is not None and twin not in state.claimed:
        chosen = twin  # "En enero de 2020 y 2019 fueron 300 y 250": 300 is January 2020's
        state.claimed.append(twin)
    if (
        chosen is None
        and len(mine) == 1
        and mine[0] not in state.claimed
        and not (
            mine[0].span[0] >= c.end
            and state.cues.same_period_before.search(state.before(mine[0].span[0], 40))
        )
    ):
        # "Se atendieron 300 mujeres durante todo 2017" (but "61 mil 377 denuncias, una
        # disminución respecto al mismo período de 2012": the year compared with)
        chosen = mine[0]
    if chosen is not None:
        if attached and not _years_span(chosen):
            state.claimed.append(chosen)  # a span of years dates the whole sentence
        chosen = _level_year(state, c, chosen)
        chosen = _part_in_sentence_year(state, chosen)
        chosen = _level_compared(state, c, chosen, mine)
        previous = state.cues.previous_year_after.match(state.piece[after_number:])
        if previous is not None and not attached:
            # "1 mil 105 denuncias, contra las 858 del año pasado"
            chosen = _year_before(chosen, previous.group(0).strip(" ,"))
        f.period, f.period_label = chosen, chosen.label
        return True
    return _of_the_year_before(state, c, mine)


def _total_of_months_listed(state: PieceState, c: Candidate) -> PeriodMatch | None:
    """ "se han realizado 3325 mamografías en enero, 5688 en febrero, ..., 3764 en junio y 599
    en julio que hacen un total de 28 700": a total (lexicon ``periods.total_of_listed`` right
    before it) closing its sentence's list of three counts or more, each of one month of one
    year and the months following each other, is of those months, from the first to the last
    (January to July), never the whole year."""
    if not state.cues.total_of_listed.search(state.piece, max(0, c.start - 30), c.start):
        return None
    state.sentence_periods()  # sets the sentence bounds on first use
    begin, _ = state.sentence_bounds(c.start)
    months = [
        g.period
        for g in state.findings
        if begin <= g.start < c.start and g.period is not None and g.period.strength == 2
    ]
    if len(months) < 3:
        return None
    keys = [(int(p.start[:4]), int(p.start[5:7])) for p in months]
    if any(p.start[:7] != p.end[:7] for p in months) or len({y for y, _ in keys}) != 1:
        return None
    if any(b != a + 1 for (_, a), (_, b) in pairwise(keys)):
        return None
    label = f"{months[0].label} - {months[-1].label}"
    return PeriodMatch(months[0].start, months[-1].end, label, (c.start, c.start), 2)


_WORD = re.compile(r"[^\W\d_]+")


def _of_the_year_before(state: PieceState, c: Candidate, mine: list[PeriodMatch]) -> bool:
    """ "entregó acompañamiento ... a 242 mujeres durante el 2024, en contraste con los 128
    casos del año anterior": a count the sentence gives no period of its own (its one period
    dated the count before it, or it names none), followed by the words of the year before
    (lexicon ``periods.previous_year_after``), is of the year before its sentence's last period
    written before it, or else before the report's year; never the report's own period. With
    neither, it keeps no period. (decided, period)"""
    f = c.finding
    # right after the number, or after words of its noun ("los 128 casos del año anterior":
    # the noun's phrase may run over the words of the year)
    after = state.piece[c.end : c.end + c.noun_end + 40]
    starts = [0, *(m.end() for m in _WORD.finditer(after, 0, c.noun_end))][:4]
    matches = (state.cues.previous_year_after.match(after, at) for at in starts)
    previous = next((m for m in matches if m is not None), None)
    if previous is None:
        return True
    label = previous.group(0).strip(" ,")
    before = [p for p in mine if p.span[1] <= c.start]
    if before:
        f.period = _year_before(max(before, key=lambda p: p.span[1]), label)
    elif state.ctx.year is not None:
        year = state.ctx.year - 1
        f.period = PeriodMatch(f"{year}-01-01", f"{year}-12-31", label, (c.end, c.end), 1)
    else:
        return True
    f.period_label = label
    return True


def _when_clause_period(state: PieceState, c: Candidate) -> tuple[bool, PeriodMatch | None]:
    """ "ha ido en descenso desde 2010, cuando se dieron 72 asesinatos, hasta 59 en 2011": a
    count in a clause about a time written right before it (lexicon
    ``periods.year_clause_after``: "cuando", "donde", "en que"), with no number and no other
    clause between, is of that time's period, also when it opens a history ("desde 2010").
    A time not read as a period ("30 más que el período comprendido entre el 20 y el 26 de
    julio, cuando solo se reportaron 334"; lexicon ``periods.time_before_clause``) leaves the
    count with no period of its own, never its sentence's other one. (decided, period)"""
    begin, _ = state.sentence_bounds(c.start)
    for cue in _WHEN_CUE.finditer(state.piece, begin, c.start):
        clause = state.cues.year_clause_after.match(state.piece[cue.start() : c.start])
        if clause is None or not _WHEN_GAP.match(state.piece[cue.start() + clause.end() : c.start]):
            continue
        found = (
            state.written
            if state.written is not None
            else find_periods(state.piece, state.ctx.year)
        )
        # the time's clause runs back to its comma ("entre el 20 y el 26 de julio" is one)
        breaks = list(_PUNCTUATION_BREAK.finditer(state.piece, begin, cue.start()))
        opens = breaks[-1].end() if breaks else begin
        if any(cue.start() <= p.span[0] < c.start for p in found):
            return False, None  # "donde se emitieron en el primer trimestre 4,782": its own
        before = [p for p in found if opens <= p.span[0] and p.span[1] <= cue.start()]
        if before:
            last = max(before, key=lambda p: p.span[1])
            if state.cues.year_clause_after.match(state.piece[last.span[1] : c.start]):
                return True, last
            return False, None
        if state.cues.time_before_clause.search(state.piece, opens, cue.start()):
            return True, None
        return False, None
    return False, None


_PUNCTUATION_BREAK = re.compile(r"[,;:]")
# a comma before a word that may open a clause about a time
_WHEN_CUE = re.compile(r",")


# between the word opening a year's clause and the count: no number, no other clause
_WHEN_GAP = re.compile(r"^[^\d,;:()\n]*$")


def _first_year_of_enumeration(
    state: PieceState, c: Candidate, mine: list[PeriodMatch], counts: list[tuple[int, int]]
) -> PeriodMatch | None:
    """ "31 mujeres fueron víctimas de femicidio (asesinadas por su condición de ser féminas) en
    2010, otras 16 en 2011 y 8 en 2012": a count that opens an enumeration by year, with no
    period before it in its sentence, is of the first year after it, when its own clause runs
    to that year (no comma, semicolon or "y", no other count between) and a clause break
    follows it."""
    after = [p for p in mine if p.span[0] >= c.end]
    if not after or len(after) != len(mine):
        return None
    first = after[0]
    if first in state.claimed or first in state.compared_periods():
        return None
    between = state.piece[c.end : first.span[0]]
    if _CLAUSE_BREAK.search(between) or any(c.end <= a < first.span[0] for a, _ in counts[1:]):
        return None
    if not re.match(r"\s*[,;]", state.piece[first.span[1] :]):
        return None
    return first


# a clause's break between a count and a period after it ("ascendieron a 22.134, en 2019",
# "en 2022 fueron 22 y en 2021 se registraron 31")
_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:y|e)\s", re.IGNORECASE)


def _reported_across_contrast(state: PieceState, c: Candidate, chosen: PeriodMatch) -> bool:
    """ "los datos señalan que en 2016 se contabilizaron 2 homicidios a mujeres por cada 100.000
    habitantes, mientras que para los varones dicho valor se aproxima a los 13 puntos": a year
    read as a period only because a verb of saying reports it (lexicon
    ``periods.reported_that_before``) dates the clause reported, not a contrasting clause after
    it (lexicon ``phrases.contrast``) that names no period of its own."""
    if not state.cues.reported_that.search(state.before(chosen.span[0], 60)):
        return False
    return state.cues.contrast_word.search(state.piece, chosen.span[1], c.start) is not None


def _compared_in_clause(state: PieceState, c: Candidate, chosen: PeriodMatch) -> PeriodMatch:
    """ "indica que en el 2020 se atendieron 4.281 casos, mientras que en el 2023 se duplicó la
    cantidad con un total de 10.962": a year compared written after the period chosen, in the
    count's own clause (no comma, number or stop between them), is nearer and dates it."""
    for p in reversed(state.compared_periods()):
        if chosen.span[1] <= p.span[0] and p.span[1] <= c.start:
            if _COMPARED_GAP.match(state.piece[p.span[1] : c.start]):
                return p
            return chosen
    return chosen


def _own_clause_dated(
    state: PieceState, c: Candidate, period: PeriodMatch, mine: list[PeriodMatch]
) -> bool:
    """ "en 2018 los procesos ascendieron a 22.134, en 2019 totalizaron 26.039", "en 2022 fueron
    22 y en 2021 se registraron 31": a period after a comma or a "y" opens the next clause when
    the count's own clause (from its last comma or "y") names a period before the count; that
    one dates it, not the next clause's."""
    if not _CLAUSE_BREAK.search(state.piece[c.end : period.span[0]]):
        return False
    if any(
        p.span[1] <= c.start and _YEAR_COMMA.fullmatch(state.piece[p.span[1] : c.start])
        for p in mine
    ):
        return True  # "en el 2017, 18, en el 2016 se dieron 19": 18 is 2017's, the year before it
    begin, _ = state.sentence_bounds(c.start)
    breaks = list(_CLAUSE_BREAK.finditer(state.piece, begin, c.start))
    clause = breaks[-1].end() if breaks else begin
    if breaks and breaks[-1].group(0) == ",":
        # "en el 2021, las personas inscritas sumaron 421, en el 2022 alcanzaron 994": the year
        # that opens the count's clause before a comma, alone with a few words, dates it
        opened = breaks[-2].end() if len(breaks) > 1 else begin
        if any(
            opened <= p.span[0]
            and _INTRO_YEAR_LEAD.fullmatch(state.piece[opened : p.span[0]])
            and not state.piece[p.span[1] : breaks[-1].start()].strip()
            for p in mine
        ):
            return True
    return any(clause <= p.span[0] and p.span[1] <= c.start for p in mine)


# a year, a comma, then its count: "en el 2017, 18"
_YEAR_COMMA = re.compile(r"\s*,\s*")
# the few words before a year that opens a clause: "en el", "durante el año"
_INTRO_YEAR_LEAD = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}")


def _whole_period(state: PieceState, c: Candidate) -> PeriodMatch | None:
    """ "en 2015 fueron asesinadas 45 mujeres; 23 de ellas en circunstancias de violencia
    doméstica. De esas 23, a diez ...": a subset of the last count (lexicon
    ``phrases.subset_of`` after it, or ``subset_of`` and ``partitive`` opening its sentence
    right before it) whose own sentence names no period is of that count's period."""
    if not state.findings:
        return None
    periods = state.sentence_periods()  # sets the sentence bounds on first use
    begin, stop = state.sentence_bounds(c.start)
    if not (
        state.cues.subset_of.match(c.after)
        or state.cues.subset_opens.match(state.piece[begin : c.start])
    ):
        return None
    if any(begin <= p.span[0] < stop for p in periods):
        return None
    # "se realizaron 159 imputaciones, mientras que en el mismo período de 2021 fueron 102. De
    # esas 159 personas imputadas": the whole named again by its number, not the last count
    same = [g for g in state.findings if g.value_raw == c.finding.value_raw]
    return (same or state.findings)[-1].period  # None: the whole's period is not written


def _that_year(state: PieceState, c: Candidate) -> PeriodMatch | None:
    """ "para el año 2020 el número de denuncias fue de 3,613. En ese año se registraron siete
    casos de femicidios": a sentence that names no period of its own before the count but
    points back at a year (lexicon ``periods.that_year``) is of the last year the sentence
    before it names."""
    periods = state.sentence_periods()
    begin, _ = state.sentence_bounds(c.start)
    if begin == 0 or not state.cues.that_year.search(state.piece[begin : c.start]):
        return None
    if any(begin <= p.span[0] and p.span[1] <= c.start for p in periods):
        return None
    previous, _ = state.sentence_bounds(begin - 1)
    years = [p for p in periods if p.strength == 1 and previous <= p.span[0] and p.span[1] <= begin]
    return years[-1] if years else None


def _part_in_sentence_year(state: PieceState, period: PeriodMatch) -> PeriodMatch:
    """ "más que en el 2021, donde se emitieron en el primer trimestre 4,782": a part of a year
    written without its year (a quarter, a half, a span of months) is of the year its sentence
    names before it, or of a year compared that a clause about it follows (lexicon
    ``periods.year_clause_after``), for the count it dates only (else of the document's year,
    as found); "el primer trimestre de este año" stays the document's."""
    if (
        period.strength < 2
        or period.start[:4] != period.end[:4]
        or (period.start[5:] == "01-01" and period.end[5:] == "12-31")
        or re.search(r"\d{4}", period.label)
        or this_year_after(state.piece[period.span[1] :])
    ):
        return period
    dated = _in_sentence_year(state, period)
    if dated is not period:
        return dated
    begin, _ = state.sentence_bounds(period.span[0])
    compared = [
        p
        for p in state.compared_periods()
        if p.strength == 1
        and begin <= p.span[0]
        and p.span[1] <= period.span[0]
        and state.cues.year_clause_after.match(state.piece[p.span[1] : period.span[0]])
    ]
    if not compared or compared[-1].start[:4] == period.start[:4]:
        return period
    return _months_in_year(period, int(compared[-1].start[:4]))


def _months_in_year(period: PeriodMatch, year: int) -> PeriodMatch:
    """The same months of ``year`` (to the last day of its closing month), as written."""
    last = calendar.monthrange(year, int(period.end[5:7]))[1]
    return PeriodMatch(
        f"{year}{period.start[4:]}",
        f"{year}{period.end[4:7]}-{last:02d}",
        period.label,
        period.span,
        period.strength,
    )


def _year_before(period: PeriodMatch, label: str) -> PeriodMatch:
    """The same days of the year before (29 February becomes the 28th), as ``label`` says."""

    def back(day: str) -> str:
        d = _dt.date.fromisoformat(day)
        return d.replace(
            year=d.year - 1, day=min(d.day, calendar.monthrange(d.year - 1, d.month)[1])
        ).isoformat()

    return PeriodMatch(back(period.start), back(period.end), label, period.span, period.strength)


# a conjunction right before a period: it opens the next clause ("más de 3,000 llamadas de
# auxilio y hasta septiembre del 2018 ha recibido mil"), the period is not the count's
_COORDINATED_END = re.compile(r"(?:^|\s)(?:y|e|pero|mientras\s+que)\s*$", re.IGNORECASE)


def _level_year(state: PieceState, c: Candidate, period: PeriodMatch) -> PeriodMatch:
    """ "De 2020 a 2023 las denuncias aumentaron de 300 a 450": over a span of years, the
    level a change starts from is the first year's, the level it reaches the last year's; over
    one month of two years ("entre junio de 2020 y junio de 2024, pasando de 17 a 13 casos"),
    that month of the first year and of the last."""
    month = _one_month_of_two_years(period)
    if not _years_span(period) and not month:
        return period
    first, last = int(period.start[:4]), int(period.end[:4])
    before = state.before(c.start, 80)
    if (_TO_NUMBER.match(c.after) and state.cues.from_to_before.search(before)) or (
        _PAIR_FIRST.match(c.after)
    ):
        year = first  # "aumentó de 33,522 a ...", "(26 contra 30, respectivamente)"
    elif (
        _FROM_LEVEL.search(before) and state.cues.from_to_before.search(_FROM_LEVEL.sub("", before))
    ) or (_PAIR_SECOND_BEFORE.search(before) and _RESPECTIVELY.match(c.after)):
        year = last
    else:
        return period
    if month:
        days = calendar.monthrange(year, int(month))[1]
        return PeriodMatch(
            f"{year}-{month}-01", f"{year}-{month}-{days:02d}", period.label, period.span, 2
        )
    return PeriodMatch(f"{year}-01-01", f"{year}-12-31", str(year), period.span, 1)


def _one_month_of_two_years(period: PeriodMatch) -> str:
    """The month ("06") of a span from one month of a year to the same month of a later year,
    written whole ("entre junio de 2020 y junio de 2024"); else ""."""
    start, end = period.start, period.end
    if start[:4] >= end[:4] or start[5:7] != end[5:7] or start[8:] != "01":
        return ""
    days = calendar.monthrange(int(end[:4]), int(end[5:7]))[1]
    return start[5:7] if end[8:] == f"{days:02d}" else ""


def _level_compared(
    state: PieceState, c: Candidate, period: PeriodMatch, mine: list[PeriodMatch]
) -> PeriodMatch:
    """ "Entre enero y junio de 2025, la Región pasó de 3.452 a 3.599 ingresos respecto del
    mismo período de 2024": the level a change starts from is of the same months of the year
    compared (lexicon ``periods.same_period_before``) named after it in its sentence."""
    if period.start[:4] != period.end[:4] or not (
        _TO_NUMBER.match(c.after) and state.cues.from_to_before.search(state.before(c.start, 80))
    ):
        return period
    _, stop = state.sentence_bounds(c.start)
    compared = [
        p
        for p in (*mine, *state.compared_periods())
        if c.end <= p.span[0] < stop
        and p.strength == 1
        and state.cues.same_period_before.search(state.before(p.span[0], 40))
    ]
    if not compared:
        return period
    first = min(compared, key=lambda p: p.span[0])
    if first.start[:4] == period.start[:4]:
        return period
    return _months_in_year(period, int(first.start[:4]))


# between one month's first year and its second ("enero de 2020 y 2019")
_TWIN_GAP = re.compile(r"\s*(?:,|y|e)\s*(?:(?:de|del)\s+)?(?:a[ñn]o\s+)?", re.IGNORECASE)


def _first_twin(state: PieceState, period: PeriodMatch) -> PeriodMatch | None:
    """The first of one month written with two years ("En enero de 2020 y 2019"), when
    ``period`` is the second (``periods._MONTH_TWO_YEARS``): the counts after the pair take
    the first, then the second, in order; a month named after them, the first's year."""
    if period.strength != 2 or period.start[:7] != period.end[:7]:
        return None
    for p in state.sentence_periods():
        if (
            p.span[1] <= period.span[0]
            and p.start[4:] == period.start[4:]
            and p.end[5:] == period.end[5:]
            and p.start[:4] != period.start[:4]
            and _TWIN_GAP.fullmatch(state.piece[p.span[1] : period.span[0]])
        ):
            return p
    return None


def _closed_months(period: PeriodMatch) -> bool:
    """Two or more months of one year, both ends written ("enero a octubre")."""
    return (
        period.strength == 2
        and period.start[:4] == period.end[:4]
        and period.start[5:7] != period.end[5:7]
    )


def _years_span(period: PeriodMatch) -> bool:
    """Whole years from one to a later one ("entre 2020 y 2023")."""
    return (
        period.start[:4] != period.end[:4]
        and period.start[5:] == "01-01"
        and period.end[5:] == "12-31"
    )


# "26 contra 30, respectivamente": two levels, one per year of the span, in order
_PAIR_FIRST = re.compile(
    r"\s*(?:contra|frente\s+a|y|vs\.?)\s+[\d.,]*\d\s*,?\s*respectivamente", re.IGNORECASE
)
_PAIR_SECOND_BEFORE = re.compile(r"[\d.,]*\d\s+(?:contra|frente\s+a|y|vs\.?)\s+$", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\s*,?\s*respectivamente", re.IGNORECASE)
# "... de 300 a ": the level a change starts from, right before the level it reaches
_FROM_LEVEL = re.compile(r"[\d.,]*\d(?:\s+[\wáéíóúñ]+)?\s+(?:a|al|hasta)\s+$", re.IGNORECASE)


# between a year compared and the count after it, one clause: no comma, number or stop
# ("En comparación con 2022, se atendieron 300" dates nothing)
_COMPARED_GAP = re.compile(r"^[^\d,;:.()\n]*$")
# a bracket opened right after the year compared holds that year's figure ("en comparación con
# 2022 (130), 2021 (137)")
_YEAR_BRACKET = re.compile(r"^\s*\(\s*$")


def _compared_year(state: PieceState, c: Candidate) -> PeriodMatch | None:
    """ "22 femicidios, frente a 24 en 2022", "mientras que en 2022 fueron 24": the year of a
    comparison dates the count written with it, right after it or right before it in its
    clause, or in a bracket opened right after it ("en comparación con 2022 (130)"); a year
    compared with a change ("un 12 % más que en 2023") dates nothing."""
    begin, stop = state.sentence_bounds(c.start)
    after_number = c.end + c.noun_end
    for p in state.compared_periods():
        if not begin <= p.span[0] < stop:
            continue
        if p.span[0] >= after_number and state.cues.attached_period.match(
            state.piece[after_number : p.span[0]]
        ):
            return p
        gap = state.piece[p.span[1] : c.start]
        if p.span[1] <= c.start and _COMPARED_GAP.match(gap) and len(gap.split()) <= 5:
            return p
        if p.span[1] <= c.start and _YEAR_BRACKET.match(gap):
            return p
    return None


# between a month and the count it dates: no stop, no number, no second clause
_MONTH_GAP = re.compile(r"^[^\d,;:()\n]*$")


def _month_of(state: PieceState, c: Candidate) -> PeriodMatch | None:
    """ "en marzo se abrieron 41 carpetas", "mientras que en febrero, se contabilizaron 23",
    "en el mes de diciembre se atendieron 94 mujeres": a single month named right before the
    count in its clause dates that count only (the next counts of the sentence keep the
    sentence's or the document's period: "en febrero se lanzó el programa, que llegó a 16
    municipios" says when it started, not when it reached them)."""
    if state.months is None:
        state.months = single_months(state.piece, state.ctx.year)
    month = None
    for found in state.months:
        if found.span[1] > c.start:
            break
        month = found
    if month is None or c.start - month.span[1] > 120 or month.span in state.months_taken:
        return None  # "12 feminicidios en febrero y 9": February is the 12's
    gap = state.piece[month.span[1] : c.start]
    gap = gap[1:] if gap.startswith(",") else gap  # "En enero, fueron atendidas 160"
    if not _MONTH_GAP.match(gap) or len(gap.split()) > 12:
        return None
    if state.cues.contrast_end.search(gap) or re.search(r"\b(?:y|e)\s+(?:en|durante)\b", gap):
        return None
    if _CLAUSE_JOIN.match(gap):
        return None  # "en enero de 2021 y agregó que se abrieron 45": the month's clause ended
    if state._not_a_period(month):
        return None  # "publicado en marzo de 2019": a publication's month
    return _in_sentence_year(state, month)


def _in_sentence_year(state: PieceState, month: PeriodMatch) -> PeriodMatch:
    """A month written without its year, of the year its sentence names before it ("En 2017
    ... en marzo se atendieron 40"), else as found (of the document's year)."""
    if re.search(r"\d{4}", month.label):
        return month
    begin, _ = state.sentence_bounds(month.span[0])
    years = [
        _first_twin(state, p) or p
        for p in state.sentence_periods()
        if begin <= p.span[0]
        and p.span[1] <= month.span[0]
        and (p.strength == 1 or _first_twin(state, p) is not None)
    ]
    if years and years[-1].start[:4] != month.start[:4]:
        return _months_in_year(month, int(years[-1].start[:4]))
    return month


# a month closing its clause: "y" or "e" right after it ("en enero de 2021 y agregó que")
_CLAUSE_JOIN = re.compile(r"\s*(?:y|e)\b", re.IGNORECASE)
# between a count and the months written after it that date it: words of one clause, no stop,
# number, bracket, conjunction or relative ("fueron asesinadas en enero de 2024"; not "300
# mujeres y se lanzó el programa en marzo", "300 mujeres que llegaron en marzo")
_MONTHS_AFTER_GAP = re.compile(r"[^\d,;:.()\t\n%]*")
_OTHER_CLAUSE = re.compile(
    r"\b(?:y|e|o|u|ni|que|cual|cuales|donde|cuando|quien|quienes|pero|aunque|mientras|"
    r"seg[uú]n|tras|antes|despu[eé]s|luego|desde|hasta)\b",
    re.IGNORECASE,
)


def _months_after(state: PieceState, c: Candidate) -> PeriodMatch | None:
    """ "Dos mujeres fueron asesinadas en enero de 2024", "12 feminicidios en febrero de 2024 y
    9 en marzo de 2024", "se atendieron 300 mujeres entre enero y marzo": the first month, or
    span of months, written after the count in its own clause dates that count (of the year
    it names, else of the year its sentence names before it, else of the document's); never a
    law's, a publication's or a term's month (lexicon ``periods.not_period_before``), nor one
    that another clause's words reach first."""
    if state.months is None:
        state.months = single_months(state.piece, state.ctx.year)
    if c.pct:
        return None
    spans = [
        p
        for p in state.sentence_periods()
        if p.strength >= 2 and not _years_span(p) and p.start[:4] == p.end[:4]
    ]
    _, stop = state.sentence_bounds(c.start)
    found = sorted(
        (p for p in (*state.months, *spans) if c.end <= p.span[0] < stop),
        key=lambda p: p.span[0],
    )
    if not found:
        return None
    month = found[0]
    gap = state.piece[c.end : month.span[0]]
    if not _MONTHS_AFTER_GAP.fullmatch(gap) or len(gap.split()) > 8:
        return None
    if _OTHER_CLAUSE.search(gap) or state.cues.contrast_end.search(gap):
        return None
    named = re.search(rf"(?<!\w){MONTH_PATTERN}(?!\w)", month.label, re.IGNORECASE)
    up_to_name = month.span[0] + (named.end() if named else 0)
    if state.cues.not_period_word.search(state.piece[c.end : up_to_name]):
        return None  # "500 llamadas desde su creación en marzo de 2019", a law's, a term's
    state.months_taken.add(month.span)
    return _in_sentence_year(state, month)


# --- 6. place -------------------------------------------------------------------


@step("place")
def place(state: PieceState, c: Candidate) -> bool:
    """The state or province the sentence gives the value to; then the value is kept."""
    f = c.finding
    f.scope_admin1_name = scope(state.piece, c.clause_start, c.start, c.end)
    if not f.scope_admin1_name:
        f.scope_national = _national(state, c)
    state.findings.append(f)
    twin = state.month_twins.pop(id(f), None)
    if twin is not None:
        # "marzo y abril con 109": the second month's value, with the place the first took
        twin.scope_admin1_name, twin.scope_national = f.scope_admin1_name, f.scope_national
        state.findings.append(twin)
    if f.parent is None and not c.pct and _COLON_LIST.match(c.after[c.noun_end :]):
        state.colon_parent = len(state.findings) - 1
    state.prev_end = c.end + c.noun_end
    names = [] if twin is not None or c.pct or f.unit_hint else _places_each(state, c)
    if names:
        # "Junín y Piura con 330 cada una": 330 is Junín's and 330 is Piura's, one finding each
        f.places_each, f.place_named = tuple(names), names[0]
        state.findings.extend(replace(f, place_named=name) for name in names[1:])
    return True


# a list of two names or more, capitalised, apart by commas and a "y" at least once ("Junín y
# Piura", "Santa Cruz, Potosí, Chuquisaca y Oruro", "Canindeyú, y Paraguarí, San Pedro y Alto
# Paraná")
_EACH_NAME = (
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+"
    r"(?:\s+(?:(?:de|del|la|las|los)\s+)*[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)*"
)
_EACH_NAMES = re.compile(rf"{_EACH_NAME}(?:(?:\s*,\s*(?:[ye]\s+)?|\s+[ye]\s+){_EACH_NAME})+")
_EACH_SEPARATOR = re.compile(r"\s*,\s*(?:[ye]\s+)?|\s+[ye]\s+")
# between the list and the count (or its "cada uno"): words in lower case, a comma at either end
# ("Zipaquirá y Chía registraron seis casos cada uno", "Cundinamarca y Valle del Cauca son los
# departamentos con más casos de estas violencias, cada uno con seis")
_EACH_GAP = re.compile(r"\s*,?(?:\s*[a-záéíóúñ]+){0,12}\s*,?\s*")
_EACH_LEAD = re.compile(r"[.;:](?:\s|$)|\)")


def _each_noun(state: PieceState, c: Candidate) -> str:
    """The noun a count said once for a list of names counts when the count has none of its
    own: the count noun between the list and "cada uno con" before the count ("... son los
    departamentos con más casos de estas violencias, cada uno con seis": "casos de estas
    violencias"); "" when none is there."""
    listed = _listed_for_each(state, c)
    if listed is None or not listed[1]:
        return ""
    gap = state.piece[listed[0].end() : listed[1]]
    for word in WORD.finditer(gap):
        if _is_count_noun(word.group(0), state):
            return gap[word.start() :].strip(" ,")
    return ""


def _places_each(state: PieceState, c: Candidate) -> list[str]:
    """ "Después siguen Junín y Piura con 330 cada una", "Atlántico y Valle del Cauca, cada uno
    con 66 feminicidios": a count with "cada uno" right after it and its noun (lexicon
    ``counts.each_after``) or right before it (``counts.each_before``), after a list of two
    names or more in its clause (since the sentence's last count), is each name's: the names,
    in order ([] when the count is no such one). The months a list names ("Febrero y Abril,
    cada uno con siete") are periods, never places; whether the names are places of the report
    is normalisation's to say."""
    listed = _listed_for_each(state, c)
    if listed is None:
        return []
    names = [n.strip() for n in _EACH_SEPARATOR.split(listed[0].group(0)) if n.strip()]
    if len(set(names)) != len(names) or any(
        fold(n).rstrip(".") in state.cues.months for n in names
    ):
        return []
    return names


def _listed_for_each(state: PieceState, c: Candidate) -> tuple[re.Match[str], int] | None:
    """The list of names a count with "cada uno" is said of (``_places_each``), and where its
    "cada uno" opens when it comes before the count (0 when after it)."""
    before = state.cues.each_before.search(state.piece, max(0, c.start - 20), c.start)
    after = state.cues.each_after.match(c.after)
    if before is None and after is None:
        return None
    anchor = before.start() if before is not None else c.start
    begin = max(state.sentence_bounds(c.start)[0], c.start - 240, 0)
    if state.findings:
        last = state.findings[-1]
        if last.start < c.start:
            begin = max(begin, last.start + len(last.value_raw))
    lead = list(_EACH_LEAD.finditer(state.piece, begin, anchor))
    if lead:
        begin = lead[-1].end()
    listed = None
    for m in _EACH_NAMES.finditer(state.piece, begin, anchor):
        listed = m
    if listed is None or not _EACH_GAP.fullmatch(state.piece, listed.end(), anchor):
        return None
    if not _AND_BETWEEN.search(listed.group(0)):
        return None
    return listed, (anchor if before is not None else 0)


_AND_BETWEEN = re.compile(r"\s[ye]\s")


_CLAUSE_END = re.compile(r"[;:]|\.(?:\s|$)|,?\s+y\s|,\s+(?:mientras|pero|aunque)\b")


def _national(state: PieceState, c: Candidate) -> bool:
    """ "12 infanticidios en todo el país", "35 en todo Uruguay", "A nivel nacional se
    registraron 65", "mientras que a nivel nacional la cifra alcanza a 19": the clause says
    the value is the country's (lexicon ``scope.national``, or "en todo" and a country's
    name); a value later in the sentence ("... y 3 millones no llegaron a Mérida") is not."""
    piece = state.piece
    end = _CLAUSE_END.search(piece, c.end)
    stop = end.start() if end else len(piece)
    if _says_national(state, piece, c.end, stop) or _closing_national(state, c):
        return True
    if (
        end is not None
        and _PAIRED.match(piece, end.start())
        and not _PLACE_SAID.search(piece, c.end, stop)
    ):
        # "78 víctimas de Feminicidio y 31 de Infanticidio a nivel nacional", "hay 30
        # comisarías y 23 oficinas ... en todo el país": the scope closing a pair of counts
        # joined by "y" is both counts'
        following = _NEXT_COUNT.match(piece, end.end())
        if following is not None:
            after = _CLAUSE_END.search(piece, following.end())
            if _says_national(
                state, piece, following.end(), after.start() if after else len(piece)
            ):
                return True
    state.sentence_periods()  # the sentence bounds are found with the periods
    begin, _ = state.sentence_bounds(c.start)
    first = not state.findings or state.findings[-1].start < begin
    if first:
        return bool(state.cues.national.search(piece, begin, c.start))
    # a later value of the sentence: only a cue in its own clause, after the value before it
    # and after "de los cuales" (lexicon ``phrases.refers_back``), which opens a part's own
    # clause: "91 feminicidios en el país, de los cuales 11 fueron en la provincia" (the part
    # is its whole's place unless its clause says its own)
    since = state.findings[-1].start + len(state.findings[-1].value_raw)
    opened = [m.end() for m in _CLAUSE_END.finditer(piece, since, c.start)]
    opened += [m.end() for m in state.cues.refers_back.finditer(piece, since, c.start)]
    since = max([since, *opened])
    return bool(state.cues.national.search(piece, since, c.start))


def _closing_national(state: PieceState, c: Candidate) -> bool:
    """ "más de 289.000 niñas y niños, de 0 a 3 años de edad, han recibido atención del MIES, a
    través de 6.871 unidades CDI y CNH, a escala nacional.": the scope set off by a comma at
    the very end of the sentence (lexicon ``scope.national``) is every count's of it, with no
    place said after the count ("en Guayas") before it."""
    piece = state.piece
    state.sentence_periods()  # the sentence bounds are found with the periods
    _, stop = state.sentence_bounds(c.start)
    last = None
    for m in state.cues.national.finditer(piece, c.end, stop):
        last = m
    if last is None or piece[last.end() : stop].strip(" .;\n"):
        return False
    return piece[c.end : last.start()].rstrip().endswith(",") and not _PLACE_SAID.search(
        piece, c.end, last.start()
    )


def _says_national(state: PieceState, piece: str, start: int, stop: int) -> bool:
    return bool(
        state.cues.national.search(piece, start, stop)
        or _whole_country().search(piece, start, stop)
    )


# a clause end that joins two counts with "y", the second count's number, a place named with "en"
_PAIRED = re.compile(r",?\s+y\s")
_NEXT_COUNT = re.compile(r"\s*(?:(?:otr[oa]s|l[oa]s|el|la)\s+)?\d[\d.,]*")
_PLACE_SAID = re.compile(r"\ben\s+(?:[a-záéíóúñ]+\s+){0,3}?[A-ZÁÉÍÓÚÑ]")


def _division_named(raw: str) -> bool:
    """A number in words written as a first-level division's name, each of its words but
    the small ones capitalised ("Treinta y Tres", Uruguay's department): a place, no count
    ("Treinta y tres mujeres" stays a count)."""
    words = raw.split()
    if not all(w[:1].isupper() for w in words if w.lower() not in {"y", "e", "de"}):
        return False
    return fold(raw) in _division_names(registry())


def is_division_name(text: str) -> bool:
    """Whether ``text`` is a first-level division's name as a table's row label writes it
    ("Ocotepeque", "FRANCISCO MORAZÁN", "Cortés")."""
    return fold(text) in _division_names(registry())


@cache
def _division_names(reg: CountryRegistry) -> frozenset[str]:
    """The folded names of every first-level division (ISO 3166-2's, and the registry's
    countries' own spellings and aliases)."""
    with open(data_dir() / "admin1_iso.csv", encoding="utf-8", newline="") as handle:
        names = {row["name"] for row in csv.DictReader(handle)}
    for country in reg:
        names.update(country.admin1_names.values())
        names.update(alias for aliases in country.admin1_aliases.values() for alias in aliases)
    return frozenset(fold(name) for name in names)


def _whole_country() -> re.Pattern[str]:
    """ "en todo Uruguay", "en toda Bolivia": a country of the registry, whole."""
    return _whole_country_of(registry())


@cache
def _whole_country_of(reg: CountryRegistry) -> re.Pattern[str]:
    names = sorted({n for c in reg for n in (c.name_es, c.name_en) if n}, key=longest_first)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"\ben\s+tod[oa]\s+(?:el\s+|la\s+)?(?:{alternatives})\b", re.IGNORECASE)


# --- helpers --------------------------------------------------------------------


def _bound_source_text(state: PieceState) -> None:
    """In a long piece each value keeps its sentence (at most a window) as source text."""
    piece = state.piece
    starts = [0] + [m.start() + 1 for m in _SENTENCE_END.finditer(piece)]
    for f in state.findings:
        index = bisect_right(starts, f.start) - 1
        begin = max(starts[index], f.start - SENTENCE)
        stop = starts[index + 1] if index + 1 < len(starts) else len(piece)
        stop = min(stop, f.start + len(f.value_raw) + SENTENCE)
        f.text = piece[begin:stop].strip()
        f.text_start = begin + (len(piece[begin:stop]) - len(piece[begin:stop].lstrip()))


def _end_of(f: Finding) -> int:
    return f.start + len(f.value_raw) + len(f.noun_phrase) + 1


def noun_phrase(after: str, found: Cues | None = None) -> tuple[str, int]:
    """The words after a number that say what it counts, up to a clause boundary."""
    cue = found or cues()
    result: tuple[str, int] = cue.remembered("noun", after, partial(_noun_phrase, cue=cue))
    return result


def _noun_phrase(after: str, cue: Cues) -> tuple[str, int]:
    stop, glue = cue.noun_stop, cue.noun_glue
    words: list[str] = []
    position = 0
    kept = 0  # words of a continuing phrase still to take past the stop words
    matches = list(WORD.finditer(after))
    for index, m in enumerate(matches):
        gap = after[position : m.start()]
        if any(ch in gap for ch in "(),;:.\t%$/|") or any(ch.isdigit() for ch in gap):
            break
        word = m.group(0)
        low = plain(word)
        if any(ch.isdigit() for ch in word):
            break
        if words and not kept and low in stop:
            # "casos de feminicidio en grado de tentativa": a phrase that still says what the
            # noun counts (lexicon ``phrases.noun_continues``)
            ahead = tuple(plain(w.group(0)) for w in matches[index : index + 6])
            kept = next(
                (len(p) for p in cue.noun_continues if ahead[: len(p)] == p),
                0,
            )
        if kept:
            kept -= 1
        elif words and low in stop and low not in glue:
            break
        if words and plain(words[-1]) in glue and low in cue.number_words:
            break  # "una sede central y siete más": the next item of a series
        if _PAST_VERB.search(word) and any(plain(w) in _AND for w in words):
            # (issue 10) "recibió 1.330 consultas y atendió 469 casos", "recibieron 3446
            # consultas y sus equipos jurídicos atendieron 1492 casos": a verb after the
            # conjunction opens the next count's clause, no part of this one's noun
            cut = max(i for i, w in enumerate(words) if plain(w) in _AND)
            position = matches[cut].start()
            del words[cut:]
            break
        if not words and low in stop and low != "de":
            break
        if words and m.end() < len(after) and after[m.end() : m.end() + 1] == ":":
            break  # "Personas Indirectos:": the next label starts
        words.append(word)
        position = m.end()
        if len(words) >= 8:
            break
    while words and plain(words[-1]) in glue | stop:
        words.pop()
    return " ".join(words), position


# a full stop and a capital: a new sentence opens between two values
_NEW_SENTENCE = re.compile(r"\.\s+(?=[A-ZÁÉÍÓÚÑ¿¡])")


def clause_start(piece: str, start: int, prev_end: int, paren_open: int) -> int:
    begin = max(prev_end, paren_open + 1 if paren_open >= 0 else 0)
    window = piece[begin:start]
    last = 0
    for m in CLAUSE_BREAK.finditer(window):
        if m.end() < len(window):
            last = m.end()
    # "… 612 de forma presencial, 497 de manera virtual": a comma after a value ends its clause
    # (one after a new sentence's opening words does not: "1.048 las personas ... De ese total,
    # unas 299 son mujeres" keeps "De ese total").
    if prev_end and begin == prev_end and not _NEW_SENTENCE.search(window):
        comma = window.find(",")
        if comma >= 0 and comma + 1 > last:
            last = comma + 1
    return begin + last


_TRAILING_WORDS = re.compile(
    r"\b(?:el|la|los|las|de|del|un|una|unos|unas|a|en|con|y|sobre|por|total de|un total de)\s*$",
    re.IGNORECASE,
)
_TRAILING_SHORT = re.compile(
    r"\b(?:el|la|los|las|de|del|un|una|unos|unas|a|en|con|y|sobre|por)\s*$", re.IGNORECASE
)


def tidy_label(text: str, found: Cues | None = None) -> str:
    """The words before a number as a label: no parentheses, leaders, cues or articles."""
    cue = found or cues()
    label: str = cue.remembered("label", text, partial(_tidy_label, cue=cue))
    return label


def _tidy_label(text: str, cue: Cues) -> str:
    text = _PARENTHESES.sub(" ", text)
    text = _LEADERS.sub(" ", text)  # dot leaders: "Mujeres atendidas ........ 245"
    text = text.replace("\t", " ").strip(" ,;:-–—·•*|=/")
    text = _SPACES.sub(" ", text)
    text = cue.approx_before.sub("", text)
    text = cue.lower_before.sub("", text)
    text = cue.upper_before.sub("", text)
    text = _TRAILING_WORDS.sub("", text)
    text = _TRAILING_SHORT.sub("", text)
    return text.strip(" ,;:-–—")


def until_break(after: str) -> str:
    m = _UNTIL_BREAK.match(after)
    return m.group(0).strip() if m else ""


def part_label(label: str, noun: str, found: Cues | None = None) -> str:
    text = noun or label
    text = (found or cues()).part_filler.sub("", text.strip())
    text = _TRAILING_CONJUNCTION.sub("", text.strip(" ,;:."))
    return text.strip(" ,;:.") or label


def scope(piece: str, clause_start: int, start: int, end: int) -> str:
    """The state/province a value belongs to when the sentence says so."""
    matches = list(_STATE_SCOPE.finditer(piece[clause_start:start]))
    if matches:
        m = matches[-1]
        return next(g for g in m.groups() if g)
    m2 = _MUNICIPIOS_DE.match(piece[end : end + 200])
    if m2:
        return m2.group(1)
    return ""
