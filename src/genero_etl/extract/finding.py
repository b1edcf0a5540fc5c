"""What text extraction produces: :class:`Finding`, and what it knows of a document."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from genero_etl.extract.lexicon import SpanishLexicon, default_lexicon
from genero_etl.extract.numbers import Convention
from genero_etl.extract.periods import PeriodMatch
from genero_etl.extract.textutil import plain


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Words extraction needs to know, loaded from the codebook (data, not code)."""

    count_nouns: frozenset[str]  # plain stems: "persona", "femicidio", "taller"
    excluded_nouns: frozenset[str]  # "año", "mes", "nivel": numbers before them are not values

    def is_count_noun(self, word: str) -> bool:
        return _starts_with_stem(self.count_nouns, word)

    def is_excluded(self, word: str, rest: str = "") -> bool:
        """``word`` measures or names rather than counts ("años", "niveles"); an entry of
        several words applies only when ``rest`` (the words after ``word``) completes it:
        "órdenes de gobierno" is excluded, "órdenes de protección" is counted."""
        w = plain(word).rstrip(".,;:")
        if w in self.excluded_nouns:
            return True
        if not rest:
            return False
        return f"{w} {plain(rest)} ".startswith(_phrases_of(self.excluded_nouns))


@lru_cache(maxsize=64)
def _phrases_of(nouns: frozenset[str]) -> tuple[str, ...]:
    """The entries of several words of ``nouns``, each with a space after it: a phrase starts
    with one when its words begin with the entry's whole words."""
    return tuple(f"{e} " for e in nouns if " " in e)


@lru_cache(maxsize=65536)
def _starts_with_stem(stems: frozenset[str], word: str) -> bool:
    """Whether ``word``, made plain, starts with one of ``stems``: once per distinct word."""
    w = plain(word)
    return any(w.startswith(stem) for stem in stems)


@dataclass(slots=True)
class Finding:
    value: float
    value_raw: str
    locator: str
    text: str  # the clause or sentence it came from
    label_before: str
    noun_phrase: str
    heading: str
    unit_hint: str  # "", "%", or a currency code / "$"
    kind_hint: str  # observed | target | budget | percentage | average
    approximate: bool = False
    lower_bound: bool = False
    upper_bound: bool = False
    ambiguous: bool = False
    alternative: float | None = None
    against_convention: bool = False
    method: str = "text.noun_phrase"
    period: PeriodMatch | None = None
    period_label: str = ""
    activity: str = ""
    activity_number: str = ""
    block: int = 0
    parent: int | None = None  # index of the total in the findings list
    part_label: str = ""
    scope_admin1_name: str = ""  # "El estado de Chihuahua recibió 119 ...": the state's value
    scope_national: bool = False  # "... en todo el país": the country's value, not a city's
    start: int = 0
    context: str = ""  # the last headings, most recent first
    # the headings the document opens with, before its first value ("CASOS ATENDIDOS POR
    # VIOLENCIA FAMILIAR Y SEXUAL EN LOS CEMs" over a deck's table): what it speaks of
    lead: str = ""
    after_text: str = ""  # for a percentage: what it is a percentage of
    cell: int = -1  # column of a number alone in a table cell
    row_dimension: str = ""  # a table row's label column ("Dependencia") ...
    row_label: str = ""  # ... and its cell ("Salud"): the value's breakdown
    # a table row's first named cell ("Finlandia" in "Finlandia | 2003 - 2006 | 0,82") and
    # its column's header ("País"): a country there is the row's place, never a breakdown
    row_name: str = ""
    row_name_header: str = ""
    rate_unit: str = ""  # under a rate's column ("Tasa de homicidios"): "tasa", never a count
    flags: list[str] = field(default_factory=list)
    text_start: int = 0  # where ``text`` starts in the piece (``start`` counts from the piece)
    currency_symbol: str = ""  # as written: "$", "S/", "RD$", "pesos"; mapped in normalisation
    paragraph_before: str = ""  # the paragraph's sentences before ``text`` (what it speaks of)
    # the line where the number is printed, when ``locator`` names a paragraph joined from
    # a PDF's wrapped lines (``locator`` stays its first line: the sentence's identity)
    printed_at: str = ""
    printed_start: int = 0  # where the number starts in that line (its id's place)
    # a count said once for several places, each with that many ("Junín y Piura con 330 cada
    # una"): the places as written, in order, and the one this finding is given to (one
    # finding per place, normalisation resolving each name, ``normalize.observations``)
    places_each: tuple[str, ...] = ()
    place_named: str = ""


@dataclass(slots=True)
class DocContext:
    convention: Convention
    year: int | None
    is_plan: bool = False  # a POA or plan: beneficiaries and goals are targets
    lexicon: SpanishLexicon = field(default_factory=default_lexicon)
    activities: list[tuple[str, str, str]] = field(default_factory=list)  # (number, title, locator)
