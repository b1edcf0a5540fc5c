"""Text findings to candidates: what each number means in its sentence.

Only text's own interpretation lives here: the indicator read in context, the siblings
of a list, the place a sentence scopes, a part's breakdown and its total (by position),
the period of a sentence, and the calibrated confidence. Ids, locators, units and
currencies, flags and the table itself come from the one normalisation,
``normalize.table.observations_table``, which spreadsheets go through too.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from genero_etl.countries import countries_named, country_of_name, registry
from genero_etl.extract.cues import cues as extract_cues
from genero_etl.extract.lexicon import SpanishLexicon, per_active_lexicon
from genero_etl.extract.text import Finding, breakdown_dimension, is_period_cell
from genero_etl.extract.textutil import DeferredPattern, TextPattern, fold, plain
from genero_etl.messages import issue
from genero_etl.model import Issue, Observation, Period, Place, Severity
from genero_etl.normalize.codebook import UNCLASSIFIED, Codebook, Indicator
from genero_etl.normalize.context import context_features
from genero_etl.normalize.document import dateline_end
from genero_etl.normalize.ids import text_key
from genero_etl.normalize.places import (
    _common_word,
    capitalised_runs_with_context,
    division_capital,
    gazetteer,
    lookup_admin1,
    lookup_municipality,
)
from genero_etl.normalize.places import key as place_key
from genero_etl.normalize.privacy import LONG_ID_DIGITS, person_names, personal_spans, redact
from genero_etl.normalize.reading import (
    between,
    complement,
    end_in_sentence,
    end_of_complement,
    introduces_whole,
    number_at,
    paragraph_sentences,
    predicate,
    qualified_as,
    sentence_before,
    sentence_head,
    sentence_start,
    starts_with_verb,
    words_after,
)
from genero_etl.normalize.units import CURRENCY as CURRENCY
from genero_etl.normalize.units import MONEY
from genero_etl.normalize.units import currency_code as currency_code

if TYPE_CHECKING:
    import pyarrow as pa

    from genero_etl.normalize.candidates import Candidates


@dataclass(frozen=True, slots=True)
class DocFacts:
    source_file: str
    source_sha256: str
    place: Place
    period: Period
    office: str
    national: bool = False  # the report speaks for its whole country: a value's division
    # comes from its own clause only
    # the locators of the segments before the first that names violence, women or children
    # (``opening_without_violence``): where a police force's count may be of every offence
    before_violence: frozenset[str] = frozenset()


def opening_without_violence(segments: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The locators of the segments (text, locator) that come before the first one naming
    violence, women, children or an offence against them (lexicon
    ``phrases.other_offences_unless``): the opening of a report of every offence, such as a
    statistics office's release on a police force's complaints and detainees."""
    unless = _words().other_offences_unless
    before: list[str] = []
    for text, locator in segments:
        if unless.search(text):
            break
        before.append(locator)
    return frozenset(before)


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _unit(f: Finding, indicator_unit: str) -> tuple[str, str]:
    """The unit of a number and, for an amount (unit ``moneda``), its currency as written:
    the normalisation resolves it to ISO 4217 with the row's country."""
    if f.unit_hint == "%":
        return "%", ""
    if f.kind_hint == "budget" or indicator_unit == MONEY:
        return MONEY, f.currency_symbol or f.unit_hint
    if indicator_unit:
        return indicator_unit, ""
    noun = f.noun_phrase.split()[0].lower() if f.noun_phrase else ""
    if noun in _not_units():
        return "", ""  # "Beni 1.519 y Pando": no noun, no unit (never "y")
    return noun, ""


@per_active_lexicon
def _not_units(lex: SpanishLexicon) -> frozenset[str]:
    """Words that follow a number but are never its unit (lexicon ``counts.not_units``)."""
    return frozenset(w.lower() for w in lex.words("counts", "not_units"))


@dataclass(slots=True)
class _Row:
    """One text candidate, before it joins the columns."""

    f: Finding
    parent: int
    indicator: Indicator
    label: str
    unit: str  # "%", "moneda" (an amount), the indicator's or the noun's
    currency: str  # an amount's currency as written
    kind: str
    place: Place
    period: Period
    breakdown: tuple[str, str]
    flags: list[str]  # what the sentence says of the number (ambiguous, bound, redacted)
    text: str  # the sentence, personal data masked
    undated_rate: bool = False  # "1,09 puntos" of a rate, with no period of its own
    unnamed_rate: bool = False  # "la tasa de homicidios es del 3,9": no rate of the codebook
    # what an average held of no indicator is an average of ("un promedio de 300 [llamadas]
    # cada mes"): the indicator a next count whose noun is elided takes ("1,385" that day)
    averaged: Indicator | None = None


def build_observations(
    findings: list[Finding], facts: DocFacts, codebook: Codebook
) -> tuple[list[Observation], list[Issue]]:
    """Findings to observations through the one normalisation (library and tests)."""
    from genero_etl.normalize.table import observations_from_table

    table, issues = normalise_findings(findings, facts, codebook)
    return observations_from_table(table), issues


def normalise_findings(
    findings: list[Finding], facts: DocFacts, codebook: Codebook
) -> tuple[pa.Table, list[Issue]]:
    """Findings to the observations table: text candidates, then the one normalisation."""
    from genero_etl.extract.numbers import Convention
    from genero_etl.normalize.table import SourceFile, observations_table

    candidates, issues = text_candidates(findings, facts, codebook)
    source = SourceFile(
        facts.source_file, facts.source_sha256, facts.office, codebook, Convention.UNKNOWN, []
    )
    table = observations_table(candidates, source)
    return table, [*issues, *source.issues]


def text_candidates(
    findings: list[Finding], facts: DocFacts, codebook: Codebook
) -> tuple[Candidates, list[Issue]]:
    """What each finding means in its sentence, as candidates: the indicator in context,
    siblings of a list, the place a sentence scopes, a part's breakdown and its total,
    the period of a sentence, the calibrated confidence."""
    rows: list[_Row] = []
    issues: list[Issue] = []
    previous: tuple[Finding, Indicator] | None = None
    shares: dict[tuple[str, str], Indicator] = {}  # a sentence's last share and its count
    topic = _Topic()
    _detach_amounts_from_counts(findings)
    for f in findings:
        sentence = (f.text, f.locator)
        row = _interpret(f, findings, previous, shares.get(sentence), facts, codebook, topic)
        if id(f) in topic.series_offences and rows and previous is not None:
            _head_offence(rows[-1], previous[0], codebook, topic)
        previous = (f, row.averaged or row.indicator)
        if (
            row.kind == "percentage"
            and row.indicator.value_kind != "percentage"
            and (row.indicator.id != UNCLASSIFIED or sentence in shares)
        ):
            shares[sentence] = row.indicator  # (a share of nothing named is no model)
        if f.ambiguous:
            issues.append(_ambiguous(f, facts))
        rows.append(row)

    _wholes_of_every_matter(rows, codebook)
    candidates = _candidates(rows, facts, codebook)
    country_tables = _country_tables(findings, facts.place.country)
    country = facts.place.country
    # rows held back, in this order, each with its issue: "Rosa Elena Quispe (45) fue
    # hallada" (her age, personal data); "DPI 2345 67890 1601" (a piece of an ID); "Holanda |
    # 2003 - 2006 | 0,35" in a report of Uruguay (not Uruguay's); "la tasa de homicidios es
    # del 3,9" (a rate the codebook has none of); "aumentaron más de 270 %" (no share of
    # anything); "en los 153 municipios" of Nicaragua (every one of them, its map); "los delitos
    # contra la propiedad ... pasaron de 79.345" (a count of another crime); a part whose group
    # has no name (it says nothing true on its own)
    held: list[tuple[str, Callable[[_Row], bool], bool]] = [
        ("text-each-place-unknown", lambda r: _each_unplaced(r.f, facts), True),
        ("text-person-age", lambda r: _age_of_a_named_person(r.f), True),
        ("text-personal-number", lambda r: _piece_of_personal_data(r.f), False),
        ("text-row-other-place", lambda r: bool(
            _other_place(r.f, country, country_tables) or _of_another_country(r.f, country)
            or r.undated_rate), True),
        ("text-rate-unnamed", lambda r: bool(r.unnamed_rate), True),
        ("text-share-beyond-whole", _share_beyond_whole, True),
        ("text-country-map", lambda r: bool(_countrys_map(r.f, r.unit, country)), True),
        ("text-other-offence", lambda r: _other_offence(r.f), True),
        ("text-disease-death", lambda r: _disease_death(r.f), True),
        ("text-part-unnamed", lambda r: r.f.parent is not None and not r.breakdown[1], True),
    ]  # fmt: skip
    for code, held_back, with_value in held:
        candidates, rows = _hold_back(candidates, rows, held_back, code, with_value, facts, issues)
    return candidates, issues


def _hold_back(
    candidates: Candidates,
    rows: list[_Row],
    held_back: Callable[[_Row], bool],
    code: str,
    with_value: bool,
    facts: DocFacts,
    issues: list[Issue],
) -> tuple[Candidates, list[_Row]]:
    """The candidates and rows without those ``held_back`` says, each said once as an INFO
    issue ``code`` at its line (with its written value when ``with_value``; a row of another
    place also with the name it gives)."""
    import numpy as np

    mask = np.array([held_back(r) for r in rows], dtype=bool)
    if not mask.any():
        return candidates, rows
    for r in (r for r, m in zip(rows, mask, strict=True) if m):
        extra: dict[str, Any] = {"value": r.f.value_raw} if with_value else {}
        if code == "text-row-other-place":
            extra["name"] = _row_name(r.f)
        issues.append(issue(code, Severity.INFO, source_file=facts.source_file,
                            source_locator=r.f.printed_at or r.f.locator, **extra))  # fmt: skip
    return candidates.filter(~mask), [r for r, m in zip(rows, mask, strict=True) if not m]


_BETWEEN_NAME_AND_AGE = re.compile(r"\s*[(,]\s*")
_AGE_CLOSES = re.compile(r"\s*(?:a[ñn]os?\s*)?[),]")
OLDEST = 120  # a larger number after a name is no age


def _share_beyond_whole(row: _Row) -> bool:
    """ "Las causas ... aumentaron más de 270 % entre 2015 y 2024", "con una tasa del 157,4%",
    "se incrementaron ... en 123%": a percentage above a hundred is no share of a whole (a part
    is at most all of it); written in a text, it is a change or a ratio, and no indicator of
    the codebook that measures a share reads it. An indicator whose own figure is a
    percentage (a goal's progress, a budget's execution: ``value_kind: percentage``) may pass a
    hundred and keeps it."""
    return (
        row.unit == "%"
        and row.f.value > 100
        and not row.indicator.is_percentage
        and row.f.parent is None
    )


def _other_offence(f: Finding) -> bool:
    """ "Las cifras ofrecidas por el Fiscal General mostraron que los delitos contra la
    propiedad ... pasaron de 79.345 en 2022 a 76.416 el año pasado": a count whose own sentence
    names an offence that is no violence against women, children or a sexual one (lexicon
    ``phrases.other_offences``) and no word of such violence (``phrases.other_offences_unless``)
    counts another crime, beside a prosecution service's gender-violence figures: not
    published. An offence that ends an office's name ("la directora de la Fiscalía
    Especializada en Delitos Contra la Vida ... indicó que 22 casos ya tienen sentencias
    condenatorias", ``phrases.offence_offices``) says who speaks, not what is counted."""
    return _sentence_says(_own_sentence(f), _names_other_offence)


def _names_other_offence(sentence: str, words: _Words) -> bool:
    return _offence_named(sentence, words) and not words.other_offences_unless.search(sentence)


@per_active_lexicon
def _remainder_words(lex: SpanishLexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word that says the rest of a whole (lexicon ``phrases.remainder_words``), right after
    a count and right before it."""
    from genero_etl.extract.cues import phrase_pattern

    rest = phrase_pattern(lex.words("phrases", "remainder_words"))
    return (
        re.compile(rf"^(?:{rest})(?!\w)", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{rest})\s*$", re.IGNORECASE),
    )


def _remainder(f: Finding) -> bool:
    """ "y los 22 restantes", "las restantes 27": a count said as the rest of a whole, its
    noun left out (the word right after it, or right before it, says the rest)."""
    at = number_at(f)
    if at < 0 or f.unit_hint == "%":
        return False
    after, before = _remainder_words()
    return bool(after.match(words_after(f)) or before.search(f.text, max(0, at - 20), at))


@per_active_lexicon
def _subset_acts(lex: SpanishLexicon) -> re.Pattern[str]:
    """An act said right after a part's number, a person noun between (lexicon
    ``phrases.subset_acts``, ``phrases.person_nouns``)."""
    from genero_etl.extract.cues import phrase_pattern

    people = phrase_pattern(lex.words("phrases", "person_nouns"))
    acts = phrase_pattern(lex.words("phrases", "subset_acts"))
    return re.compile(rf"^(?:(?:{people})\s+)?(?:{acts})(?!\w)", re.IGNORECASE)


@per_active_lexicon
def _refers_back(lex: SpanishLexicon) -> re.Pattern[str]:
    """The words of a part that refer back to its whole ("de las cuales", lexicon
    ``phrases.refers_back``)."""
    from genero_etl.extract.cues import phrase_pattern

    back = phrase_pattern(lex.words("phrases", "refers_back"))
    return re.compile(rf"(?<!\w)(?:{back})(?!\w)", re.IGNORECASE)


def _subset_act(f: Finding, parent: Finding | None, codebook: Codebook) -> Indicator | None:
    """The indicator of a part whose own words say what its people did besides what its whole
    counts ("534 llamadas ... de las cuales 282 mujeres aceptaron la intervención de la
    policía": of no indicator; "417 han aceptado la intervención de la policía y 209 han
    denunciado": 209 complaints), read in those words alone; None when its words say no act
    (lexicon ``phrases.subset_acts``) and the part counts what its whole counts. A part is a
    count read as one, or one after words that refer back to a whole in its sentence."""
    words = words_after(f)
    if not _subset_acts().match(words):
        return None
    at = number_at(f)
    if parent is None and not _refers_back().search(f.text, sentence_start(f), max(at, 0)):
        return None
    return codebook.classify(words, plain_number=True)


def _counted_by_all(f: Finding, indicator: Indicator, facts: DocFacts) -> bool:
    """ "Carabineros de Chile registró un total 1.457.330 denuncias durante el año 2024, ...;
    mientras que las detenciones en flagrancia ..., al contabilizar 213.993 casos", "en 2024 la
    policía uniformada detuvo a 261.392 personas": a count of complaints or detainees whose
    whole sentence (to its full stops) names a body that counts every offence (codebook
    ``counted_by_all``: a whole police force), in a report that has named no violence, women
    or children yet (``DocFacts.before_violence``), and whose sentence names none either
    (``phrases.other_offences_unless``), may be of every offence: it is held for review,
    never published as the indicator's. Under a headline of domestic violence, "Carabineros
    registró un total de 707 aprehensiones" stays, and so does "Carabineros detuvo a 790
    personas por VIF"."""
    if not indicator.counted_by_all or f.locator not in facts.before_violence:
        return False
    sentence = _whole_sentence(f)
    return indicator.counted_by_all_in(plain(sentence)) and not (
        _words().other_offences_unless.search(sentence)
    )


def _whole_sentence(f: Finding) -> str:
    """The number's sentence to its full stops (a semicolon does not end it)."""
    at = number_at(f)
    if at < 0:
        return f.text
    starts = [m.end() for m in _FULL_STOP.finditer(f.text, 0, at)]
    end = _FULL_STOP.search(f.text, at + len(f.value_raw))
    return f.text[starts[-1] if starts else 0 : end.start() if end else len(f.text)]


def _offence_named(text: str, words: _Words) -> bool:
    """``text`` names an offence of ``phrases.other_offences`` that ends no office's name, or
    says its count is of every offence (``phrases.every_offence``: "denuncias por presuntos
    delitos", "detenciones en flagrancia", "en competencia penal")."""
    return bool(words.every_offence.search(text)) or any(
        not words.offence_office_end.search(text[: m.start()])
        for m in words.other_offences.finditer(text)
    )


def _other_matter(f: Finding) -> bool:
    """ "de 24, 691 llamadas, ..., 2, 120 se reportaron como accidentes; 1, 485 denunciaron actos
    que alteraban el orden público", "de las cuales 22.584 fueron por personas en actitud
    sospechosa", "de las cuales 1.325 no eran por emergencias": a count whose own words name
    another matter an emergency line is called about, or no emergency at all (lexicon
    ``phrases.other_matters``), or another offence (``phrases.other_offences``,
    ``phrases.every_offence``), and no word of violence (``phrases.other_offences_unless``),
    counts that matter, though its sentence names violence beside it (which keeps the sentence
    from ``_other_offence``): a true count, of no indicator (golds list some as traps, others
    as values without indicator). Its words are those of ``_matter_span``."""
    words = _words()
    span = _matter_span(f)
    named = bool(words.other_matters.search(span)) or _offence_named(span, words)
    return named and not words.other_offences_unless.search(span)


def _wholes_of_every_matter(rows: list[_Row], codebook: Codebook) -> None:
    """(issue 10) "El 016 ha recibido en total 85.000 consultas de las cuales sólo 15.715 han
    sido referentes a la violencia machista y 70.000 han sido no pertinentes", "recibió en total
    1.818 llamadas, de las cuales 1.325 no eran por emergencias": a count right before the words
    that refer back to it (lexicon ``phrases.refers_back``: "de las cuales"), whose own words
    name no violence, and one of whose parts after those words, in its sentence, counts
    another matter a line is called about or no emergency (``_other_matter``) is the line's
    total of every matter, never its calls or people about violence: of no indicator."""
    words = _words()
    refers_back = _refers_back()
    for row in rows:
        f = row.f
        if row.indicator.id == codebook.unclassified.id or row.kind != "observed":
            continue
        end = number_at(f) + len(f.value_raw)
        said = refers_back.search(f.text, end, end + 80)
        if said is None or _NOT_BEFORE_PARTS.search(f.text, end, said.start()):
            continue
        same = [r.f for r in rows if r.f.text == f.text and r.f.locator == f.locator]
        if any(end <= number_at(other) < said.start() for other in same):
            continue  # another count between: the words refer back to it
        if words.other_offences_unless.search(_matter_span(f)):
            continue  # "1.818 llamadas por violencia familiar, de las cuales ...": its own
        stop = _NEXT_SENTENCE.search(f.text, said.end())
        limit = stop.start() if stop else len(f.text)
        parts = [part for part in same if said.end() <= number_at(part) < limit]
        if any(_other_matter(part) for part in parts):
            row.indicator = codebook.unclassified


# between a whole and the words referring back to it: no end of a clause
_NOT_BEFORE_PARTS = re.compile(r"[.;:]\s")


# what bounds the words a count is said with: punctuation or a joining word before it; after
# it, punctuation or a joining word (a relative "que" goes on: "1, 485 denunciaron actos que
# alteraban el orden público")
_SPAN_BEFORE = re.compile(r"[,;:()]|\b(?:y|e|mientras|pero)\s", re.IGNORECASE)
_SPAN_AFTER = re.compile(
    r"[.,;:()]|\b(?:y|e|o|mientras|pero|aunque|además|ademas|frente)\b", re.IGNORECASE
)


def _matter_span(f: Finding) -> str:
    """The words a count is said with: from the last punctuation or joining word before it
    (its sentence's start at most) to the next after it. A count that opens its span right
    after a comma with nothing after it ("y por polución sonora, 136.") or ends it right
    before one with nothing before it ("y otras 43, accidentes de tránsito") is said with the
    span on the other side of that comma too."""
    start = sentence_start(f)
    at = number_at(f)
    if at < start:
        return ""
    stops = list(_SPAN_BEFORE.finditer(f.text, start, at))
    begin = stops[-1].end() if stops else start
    after = at + len(f.value_raw)
    end_m = _SPAN_AFTER.search(f.text, after)
    end = end_m.start() if end_m else len(f.text)
    before_words = f.text[begin:at].strip()
    after_words = f.text[after:end].strip()
    if not after_words and before_words and end_m and end_m.group() == ",":
        further = _SPAN_AFTER.search(f.text, end_m.end())
        end = further.start() if further else len(f.text)
    elif not after_words and not before_words and len(stops) >= 2 and stops[-1].group() == ",":
        begin = stops[-2].end()
    return f.text[begin:end]


def _disease_death(f: Finding) -> bool:
    """ "desde el primer caso detectado a causa de Covid-19 en México, han fallecido 122 mujeres
    del total de los 466 decesos reportados, ... el 30 por ciento de las defunciones relacionadas
    con el coronavirus": a count whose own sentence names a disease (lexicon
    ``phrases.disease_names``) and deaths (``phrases.death_words``) but no word of violence
    (``phrases.disease_death_unless``) counts the disease's dead, no figure of violence or of an
    office's work: not published."""
    return _sentence_says(_own_sentence(f), _names_disease_death)


def _names_disease_death(sentence: str, words: _Words) -> bool:
    return bool(
        words.disease_names.search(sentence)
        and words.death_words.search(sentence)
        and not words.disease_death_unless.search(sentence)
    )


def _sentence_says(sentence: str, test: Callable[[str, _Words], bool]) -> bool:
    """``test`` of a count's own sentence with the active lexicon's words, asked once per
    sentence: the counts of one sentence share it (``_Words.said``, at most
    ``SENTENCES_REMEMBERED`` answers, then forgotten at once)."""
    words = _words()
    said = words.said
    key = (test, sentence)
    answer = said.get(key)
    if answer is None:
        if len(said) >= SENTENCES_REMEMBERED:
            said.clear()
        answer = said[key] = bool(test(sentence, words))
    return answer


SENTENCES_REMEMBERED = 4096


MAP_WITHOUT_COUNTRY = 50  # the least count of units read as a country's map with no country
# the article of a known whole right before the count: "en los 153 municipios", "sus 9 departamentos"
_WHOLE_ARTICLE = re.compile(r"\b(?:los|las|sus)\s+$", re.IGNORECASE)


@per_active_lexicon
def _made_of_before(lex: SpanishLexicon) -> TextPattern:
    """The words that say what a place is made of right before a count of its units ("El país
    tiene 196 provincias", "está dividido en 24 departamentos": lexicon ``scope.made_of``)."""
    from genero_etl.extract.cues import compile_phrases

    return compile_phrases(lex.words("scope", "made_of"), r"\s+$")


def _countrys_map(f: Finding, unit: str, country: str) -> bool:
    """A count of the country's units that is all of them, written as a known whole ("en cada
    uno de los 153 municipios" of Nicaragua, "los 78 municipios" of Puerto Rico) or as what the
    country is made of ("El país tiene 196 provincias", "está dividido en 24 departamentos"):
    its map, never a count of an office's work. The unit's noun is the one written right after
    the number, an article or a word of what a place is made of (``scope.made_of``) right
    before it; the counts are the country file's ``map_counts``."""
    if f.value is None or unit in {"%", "tasa"} or f.value != int(f.value):
        return False
    at = number_at(f)
    if at < 0 or not (
        _WHOLE_ARTICLE.search(f.text[max(0, at - 12) : at])
        or _made_of_before().search(f.text[max(0, at - 40) : at])
    ):
        return False  # "presente en 9 departamentos" says how far it reaches
    reg = registry()
    noun = plain(words_after(f)).split(" ", 1)[0]
    if country in reg:
        return int(f.value) in reg.get(country).map_counts.get(noun, ())
    # a report that never says its country ("Todas las Comisarías de la Mujer de los 153
    # municipios"): any country's whole, when too many for a count of a region's units
    return f.value >= MAP_WITHOUT_COUNTRY and any(
        int(f.value) in c.map_counts.get(noun, ()) for c in reg
    )


def _piece_of_personal_data(f: Finding) -> bool:
    """A number read inside an ID, an e-mail or a dwelling's numbers, as the privacy screen
    finds them ("DPI 2345 67890 1601", "vive en la colonia Kennedy, bloque 14, casa 22"). A
    number of seven digits or more is left to the staging screen, which
    drops it as a whole ID and says so (``personal-data-hidden``)."""
    at = number_at(f)
    if at < 0 or sum(ch.isdigit() for ch in f.value_raw) >= LONG_ID_DIGITS:
        return False
    end = at + len(f.value_raw)
    return any(a <= at and end <= b for a, b in personal_spans(f.text))


def _age_of_a_named_person(f: Finding) -> bool:
    """ "Rosa Elena Quispe (45) fue hallada", "Juan Pérez, 52, fue detenido": a whole number
    in brackets or between commas right after a person's name (as the privacy screen finds
    names) is that person's age."""
    if f.value is None or f.value != int(f.value) or not 0 < f.value <= OLDEST:
        return False
    at = number_at(f)
    if at < 0 or not _AGE_CLOSES.match(f.text, at + len(f.value_raw)):
        return False
    return any(
        _BETWEEN_NAME_AND_AGE.fullmatch(f.text, end, at) for _, end in person_names(f.text[:at])
    )


def _money(f: Finding) -> bool:
    return f.kind_hint == "budget" or bool(f.currency_symbol) or f.unit_hint not in {"", "%"}


def _detach_amounts_from_counts(findings: list[Finding]) -> None:
    """An amount said beside a count ("340 mujeres (con una inversión de 2 millones de
    pesos)", "1,200 asesorías ..., con un costo de 350 mil pesos") is no part of it, nor a
    count a part of an amount: each stands on its own, never as the other's breakdown (a
    share stays the share of its whole: "el 60 % se destinó a refugios")."""
    for f in findings:
        if f.parent is None or f.unit_hint == "%" or f.kind_hint == "percentage":
            continue
        if _money(f) != _money(findings[f.parent]):
            f.parent, f.part_label = None, ""


def _interpret(
    f: Finding,
    findings: list[Finding],
    previous: tuple[Finding, Indicator] | None,
    sentence_share: Indicator | None,
    facts: DocFacts,
    codebook: Codebook,
    topic: _Topic | None = None,
) -> _Row:
    parent = findings[f.parent] if f.parent is not None else None
    subject = parent if parent is not None else f
    topic = topic if topic is not None else _Topic()
    whole = topic.first_in_sentence(f)  # the sentence's first count before this one
    indicator, category = _indicator(f, parent, subject, previous, sentence_share, codebook, topic)
    if indicator.sentence_requires and not indicator.said_in(plain(_own_sentence(f))):
        # "representantes de 30 municipios del departamento": no alert said, no declared ones
        indicator = codebook.unclassified
    elif indicator.sentence_excludes and indicator.ruled_out_in(plain(_own_sentence(f))):
        # "el IDIF realizó 54.290 atenciones ... Medicina Forense": a forensic service's work
        indicator = codebook.unclassified
    elif indicator.clause_excludes and indicator.ruled_out_in_clause(plain(_own_clause(f))):
        # "69 feminicidios y 27 infanticidios" told as "y 31 de infanticidio", "son 27 los
        # infanticidios": the count's own clause says it is no femicide
        indicator = codebook.unclassified
    if (
        indicator.id == codebook.unclassified.id
        and whole is not None
        and not whole.is_percentage
        and _remainder(f)
    ):
        # "se han registrado 94 arrestos ...; 72 de esos casos ... y los 22 restantes en el
        # Distrito Nacional": the rest of the whole the sentence's first count counts (never
        # of a part before it: "10 tienen carátula de femicidio, mientras las 15 restantes")
        indicator = whole
    if (act := _subset_act(f, parent, codebook)) is not None:
        # "de las cuales 282 mujeres aceptaron la intervención", "209 han denunciado": what
        # the part's people did, in its own words, never the whole's calls
        indicator = act
    if indicator.id != codebook.unclassified.id and _other_matter(f):
        # "de las cuales 22.584 fueron por personas en actitud sospechosa": a line's calls
        # about another matter, though its sentence names the calls about violence
        indicator = codebook.unclassified
    average = f.kind_hint == "average" and indicator.value_kind != "average"
    averaged = indicator if average and indicator.id != codebook.unclassified.id else None
    if average:
        # "una frecuencia diaria de 316", "un promedio de 340 llamadas diarias": a rate per
        # day, week or month, never the period's count the indicator publishes; only an
        # indicator of averages (codebook ``value_kind: average``) takes it, else it is held
        indicator = codebook.unclassified
    unit, currency = _unit(f if parent is None else _with_unit_of(f, parent), indicator.unit)
    share = unit == "%" and _unit_hint(f, parent) == "%"
    if unit == "%" and indicator.value_kind != "percentage" and not share:
        # "15 % más que en 2022" is not a count of consultations: keep it, unclassified
        indicator = codebook.unclassified
    kind = f.kind_hint
    if share and indicator.id != codebook.unclassified.id and indicator.value_kind != "percentage":
        kind = "percentage"  # "el 82% de las llamadas": a share of the calls
    if kind == "observed" and indicator.value_kind == "rate":
        kind = "rate"
    if kind == "observed" and indicator.value_kind in {"budget", "percentage"}:
        kind = (
            indicator.value_kind if (indicator.value_kind != "percentage" or unit == "%") else kind
        )
    if kind == "observed" and parent is not None:
        kind = parent.kind_hint
    if (
        unit
        and not indicator.unit
        and f.noun_phrase[:1].isupper()
        and _place_of(f.noun_phrase, facts.place.country)
    ):
        unit = ""  # "Flores 1,9 Canelones 1,0": the next place's name is no unit of Flores's
    if f.rate_unit and unit != "%" and indicator.value_kind != "rate":
        # a number under "Tasa de homicidios" is a rate, never the count its words name
        unit, currency, kind = f.rate_unit, "", "rate"
    undated_rate = False
    if parent is None and _rate_points(f, unit):
        # "una tasa de HMP ... de 1,09 puntos": a rate, of the period its sentence states
        unit, currency, kind, undated_rate = "tasa", "", "rate", f.period is None
        if indicator.value_kind not in {"rate", "observed"}:
            indicator = codebook.unclassified
    if parent is None and kind != "rate" and unit != "%" and _per_base(f):
        # "1,2 femicidios por cada 100 mil mujeres": a rate, never 1.2 femicides
        indicator = _rate_indicator(subject, indicator, codebook)
        unit, currency, kind = indicator.unit or "tasa", "", "rate"
    unnamed_rate = False
    if parent is None and kind != "rate" and unit != "%" and (said := _rate_said(f)):
        # "la tasa de homicidios es del 3,9, y la de femicidios del 3,15": the figures of rates
        # their clause names, never counts; one the codebook has no rate of is not published
        indicator = codebook.classify(f" | {said}", plain_number=True)
        if indicator.value_kind != "rate":
            indicator, unnamed_rate = codebook.unclassified, True
        unit, currency, kind = indicator.unit or "tasa", "", "rate"
    country = _row_country(f, facts.place.country) if parent is None else ""
    if not country and parent is None and f.period is not None:
        named = _sentence_country(f, facts.place.country)
        country = named if named != "-" else ""  # "... Venezuela ... para 2012 de 53,7"
    if country:
        category = ""  # the row's name is its place, not a category of it
    place = (
        Place(country, method=facts.place.method)
        if country and country != facts.place.country
        else _part_place(f, parent, facts, previous[0] if previous else None)
    )
    flags: list[str] = []
    if f.ambiguous:
        flags.append("ambiguous_number")
    elif f.against_convention:
        flags.append("number_convention_mismatch")
    if f.upper_bound:
        flags.append("upper_bound")
    flags.extend(f.flags)  # what the extractor knew of it ("after_other_body")
    if _counted_by_all(f, indicator, facts):
        flags.append(OFFENCE_UNNAMED)
    if average:
        flags.append(AVERAGE_NOT_COUNT)
    text, redacted = redact(f.text)
    if redacted:
        flags.append("redacted")
    breakdown = _breakdown(f, parent, category) if not country else _country_breakdown(f)
    if breakdown == ("_T", "_T") and (offence := topic.series_offences.get(id(f))):
        breakdown = (codebook.series_offence_dimension, offence)  # "745 por abuso sexual"
    if _of_men(breakdown) and _of_women(indicator):
        # "Tasa de homicidio a varones" beside the women's column: never the women's figure
        indicator = codebook.unclassified
    return _Row(
        f, -1 if f.parent is None else f.parent, indicator, _label(subject), unit, currency,
        kind, place, _period(f, facts), breakdown, flags, text, undated_rate, unnamed_rate,
        averaged,
    )  # fmt: skip


_NEXT_SENTENCE = re.compile(r"[.;!?](?:\s|$)")


def _own_sentence(f: Finding) -> str:
    """The number's own sentence in its text."""
    start = sentence_start(f)
    at = max(number_at(f), start)
    end = _NEXT_SENTENCE.search(f.text, at + len(f.value_raw))
    return f.text[start : end.start() if end else len(f.text)]


# what ends a count's own clause before it: punctuation, a number, a joining "y"/"e"; after
# it: punctuation, a number or a word that opens another clause ("84 feminicidios mientras
# los infanticidios suman 36")
_CLAUSE_BEFORE = re.compile(r"[,;:()\d]|\b[ye]\s", re.IGNORECASE)
_CLAUSE_AFTER = re.compile(
    r"[.,;:()\d]|\b(?:y|e|o|mientras|pero|aunque|además|ademas|frente|que|cuando)\b",
    re.IGNORECASE,
)


def _own_clause(f: Finding) -> str:
    """The words of a count's own clause: from the last punctuation, number or joining "y"
    before it (its sentence's start at most) to the next punctuation, number or word opening
    another clause after it ("y 31 de infanticidio en", "son 27 los infanticidios")."""
    start = sentence_start(f)
    at = number_at(f)
    if at < start:
        return ""
    stops = list(_CLAUSE_BEFORE.finditer(f.text, start, at))
    begin = stops[-1].end() if stops else start
    after = at + len(f.value_raw)
    end = _CLAUSE_AFTER.search(f.text, after)
    return f.text[begin : end.start() if end else len(f.text)]


def _of_men(breakdown: tuple[str, str]) -> bool:
    """A breakdown by sex whose value is men's (lexicon ``sexes``)."""
    return breakdown[0] == "sexo" and extract_cues().sex_of(breakdown[1]) == "varones"


def _of_women(indicator: Indicator) -> bool:
    """An indicator that counts women only: its label names women and no men."""
    return extract_cues().sex_of(indicator.label_es) == "mujeres"


def _row_name(f: Finding) -> str:
    """What names a row's value: its first named cell ("Finlandia" in "Finlandia | 2003 - 2006
    | 0,82"), else a label that is nothing but a name ("Canadá 0,40")."""
    return (f.row_name or f.label_before).strip(" \t:")


def _row_country(f: Finding, country: str) -> str:
    """The country a value's row or label names, when the name is a country's and no division
    or municipality of the report's own country ("Guatemala" in Guatemala is a department);
    '' otherwise. The report's own country names its national figure."""
    name = _row_name(f)
    code = country_of_name(name) if name else ""
    if not code:
        return ""
    if country and _place_of(name, country):
        return ""
    return code


def _place_of(name: str, country: str) -> bool:
    return any(a.country == country for a in lookup_admin1(name, country)) or bool(
        lookup_municipality(name, country)
    )


def _country_breakdown(f: Finding) -> tuple[str, str]:
    """A row named by its country: the country is its place; a column's category stays."""
    if f.row_label and fold(f.row_label) != fold(_row_name(f)) and f.cell >= 0:
        return _slug(f.row_dimension), f.row_label
    return "_T", "_T"


def _other_place(f: Finding, country: str, country_tables: set[int]) -> bool:
    """A value a country names that cannot be published as that country's (it has no period
    of its own: the report's year is not the other country's), or a row of a table of
    countries ("País" over its names, or other rows naming countries) whose name is no
    country known, nor a place of the report's own: published as the report's country, it
    would be another place's number (``text-row-other-place``)."""
    if f.parent is not None:
        return False
    found = _row_country(f, country)
    charted = id(f) in country_tables and f.period is None and not f.row_name
    if found:
        # "Uruguay 1,09" among a chart's countries: its period is the chart's, not the report's
        return f.period is None and (found != country or charted)
    name = f.row_name.strip() or (_row_name(f) if charted else "")
    if not name or (country and _place_of(name, country)):
        return False
    if charted:  # "Escocia 0,33", "Inglaterra y Gales 0,29" beside "Canadá 0,40"
        return True
    header = f.row_name_header.strip()
    among_countries = bool(header and extract_cues().country_column.match(header)) or (
        id(f) in country_tables
    )
    return among_countries


def _name_alone(f: Finding) -> bool:
    """A value whose line opens with a short name and then the value ("Escocia 0,33",
    "Inglaterra y Gales 0,29 Tasa de HMP"): a chart's or a table's label, not a sentence."""
    name = _row_name(f)
    at = number_at(f)
    return (
        bool(name)
        and name[:1].isupper()
        and len(name.split()) <= _NAME_WORDS
        and at >= 0
        and fold(f.text[:at].strip(" \t:")) == fold(name)
    )


_NAME_WORDS = 5  # "Trinidad y Tobago", "Inglaterra y Gales"


_SENTENCE_BREAK = re.compile(r"(?<=[.;!?])\s+(?=[¿(\"“]?[A-ZÁÉÍÓÚÑ])")


def _sentence_before(f: Finding) -> str:
    """The words of a value's sentence before it."""
    at = number_at(f)
    if at < 0:
        return ""
    before = f.text[:at]
    breaks = list(_SENTENCE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def _sentence_country(f: Finding, country: str) -> str:
    """The other country a value's sentence names last before it ("dentro de los cuales
    Venezuela se desprende ... con una tasa de homicidio para 2012 de 53,7 puntos" in a report
    of Uruguay: VE); "-" when it names several others ("Le siguen Colombia y Brasil, con tasas
    de homicidio de 30,8 y 25,2"); '' when the last it names is the report's, or none."""
    if f.parent is not None or f.row_name or not country:
        return ""
    sentence = _sentence_before(f)
    donor = _donor_before()
    origin = _origin_before()
    mentions = countries_named(sentence)
    # the countries after one people come from go on with its list ("proveniente de Bolivia
    # con 38,6 por ciento, seguido de Colombia con 29,4"): origins too
    origins = [at for at, _ in mentions if origin.search(sentence[:at])]
    named = [
        code
        for at, code in mentions
        if not _place_of(sentence[at:].split(" ", 1)[0].strip(",.;:"), country)
        and not donor.search(sentence[:at])
        and not (origins and at >= origins[0])
    ]
    if not named or named[-1] == country:
        return ""
    return named[-1] if len(set(named) - {country}) == 1 else "-"


@per_active_lexicon
def _donor_before(lex: SpanishLexicon) -> TextPattern:
    """Words right before a country that gave the money or the help ("aportados por
    China-Taiwán"), an article, "el gobierno de" or the first name of a pair between (lexicon
    ``scope.donor_before``)."""
    from genero_etl.extract.cues import compile_phrases

    return compile_phrases(
        lex.words("scope", "donor_before"),
        r"\s+(?:(?:el|la|los|las)\s+)?(?:(?:gobierno|pueblo|embajada|rep[uú]blica)\s+(?:de|del)\s+)?"
        r"(?:[^\W\d_]+[-–]\s*)?$",
    )


@per_active_lexicon
def _origin_before(lex: SpanishLexicon) -> TextPattern:
    """Words right before a country people come from ("gran parte proveniente de Bolivia con
    38,6 por ciento" of a region's migrants in a Chilean report), an article between (lexicon
    ``scope.origin_before``)."""
    from genero_etl.extract.cues import compile_phrases

    return compile_phrases(lex.words("scope", "origin_before"), r"\s+(?:(?:el|la|los|las)\s+)?$")


def _of_another_country(f: Finding, country: str) -> bool:
    """A value of another country its sentence names that cannot be published as that
    country's: several are named, or the value has no period of its own (the report's year is
    not the other country's) (``text-row-other-place``)."""
    named = _sentence_country(f, country)
    return bool(named) and (named == "-" or f.period is None)


_BARE_POINTS = re.compile(r"\s*(?:[.,;:)]|$)")


def _rate_points(f: Finding, unit: str) -> bool:
    """ "una tasa de HMP ... de 1,09 puntos", "dicho valor se aproxima a los 13 puntos.":
    points of a rate (lexicon ``blocks.rate_points`` after a rate's word in its sentence, or
    ending its clause), never a count of points nor of victims ("12 puntos de atención" are)."""
    words = extract_cues()
    if fold(unit) not in words.rate_points:
        return False
    if words.rate_column.search(_sentence_before(f)):
        return True
    at = number_at(f)
    after = f.text[at + len(f.value_raw) :] if at >= 0 else ""
    written = re.match(rf"\s*{re.escape(unit)}", after, re.IGNORECASE)
    return written is not None and bool(_BARE_POINTS.match(after, written.end()))


def _per_base(f: Finding) -> bool:
    """ "2 homicidios a mujeres por cada 100.000 habitantes", "170 por cada 100.000": the
    figure of a rate whose base follows it (cue ``rate_after``, lexicon ``phrases.rate_per``)."""
    at = number_at(f)
    if at < 0:
        return False
    return extract_cues().rate_after.match(f.text[at + len(f.value_raw) :]) is not None


# what a clause says between a rate's word and its figure: "tasa(s) de homicidios es del"
_RATE_WORD = re.compile(r"\btasas?\b", re.IGNORECASE)
# "y la de femicidios del": a rate named again, its word left out
_RATE_AGAIN = re.compile(r"^[\s,]*(?:y\s+|e\s+)?(?:la|las)\s+de\s+", re.IGNORECASE)
_LAST_NUMBER = re.compile(r"\d(?:[\d.,]*\d)?")
_RATE_STEM = re.compile(r"tasa", re.IGNORECASE)  # what every match of _RATE_WORD holds


def _rate_said(f: Finding) -> str:
    """The words naming a rate a count's clause gives right before it, the rate's word
    first ("la tasa de homicidios es del 3,9", "y la de femicidios del 3,15" after a rate
    named in the sentence: "tasa de femicidios del"); '' when none does, or when a noun of
    the count's own follows it ("una tasa de violencia ... : 250 casos")."""
    if _RATE_STEM.search(f.text) is None:
        return ""  # no rate's word anywhere in the text: none before the number
    at = number_at(f)
    noun = plain(f.noun_phrase).strip()
    if at < 0 or (noun and plain(words_after(f)).startswith(noun)):
        return ""
    head = f.text[sentence_start(f) : at]
    numbers = list(_LAST_NUMBER.finditer(head))
    window = head[numbers[-1].end() :] if numbers else head
    words = _RATE_WORD.search(window)
    if words is not None:
        said = window[words.start() :]
    elif numbers and _RATE_WORD.search(head) and (again := _RATE_AGAIN.match(window)):
        said = "tasa de " + window[again.end() :]
    else:
        return ""
    return said if len(said) <= RATE_WORDS_CHARS else ""


RATE_WORDS_CHARS = 90  # the most a rate's words may run before its figure


def _rate_indicator(subject: Finding, indicator: Indicator, codebook: Codebook) -> Indicator:
    """The rate indicator a rate's noun names ("femicidios" per 100 mil: ``tasa_femicidios``),
    else unclassified: a rate is never published under a count's indicator."""
    if indicator.value_kind == "rate":
        return indicator
    named = codebook.classify(f"tasa de {subject.noun_phrase}", plain_number=True)
    return named if named.value_kind == "rate" else codebook.unclassified


def _country_tables(findings: list[Finding], country: str) -> set[int]:
    """The values (their ``id``) of text tables with rows named by at least two other
    countries, and of charts' runs of labels ("Canadá 0,40", "Escocia 0,33", "Uruguay 1,09",
    one after the other) naming at least two other countries."""
    named: dict[str, set[str]] = {}
    for f in findings:
        if f.row_name and f.parent is None:
            code = _row_country(f, country)
            if code and code != country:
                named.setdefault(f.heading, set()).add(code)
    tables = {heading for heading, codes in named.items() if len(codes) >= 2}
    chosen = {id(f) for f in findings if f.row_name and f.heading in tables}
    runs: list[list[Finding]] = [[]]
    for g in findings:
        if g.parent is not None:
            continue
        if not g.row_name and _name_alone(g):
            runs[-1].append(g)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        codes = {c for c in (_row_country(g, country) for g in run) if c and c != country}
        if len(codes) >= 2:
            chosen.update(id(g) for g in run)
    return chosen


def _indicator(
    f: Finding,
    parent: Finding | None,
    subject: Finding,
    previous: tuple[Finding, Indicator] | None,
    sentence_share: Indicator | None,
    codebook: Codebook,
    topic: _Topic,
) -> tuple[Indicator, str]:
    """The indicator a number counts, read in its sentence, and the category of a table row.
    A percentage counts under a count's indicator only as a share its own words name, or as
    the next share of the same sentence ("el 82% de las llamadas ..., el 18% por hombres").
    A count whose own words name nothing is read further: what its clause says of the
    things counted, then, when its noun is generic or missing, its sentence, its paragraph
    and the document's topic (``_read_further``)."""
    of_what = ""
    if f.unit_hint == "%" and previous is not None and previous[0].text == f.text:
        of_what = previous[0].noun_phrase  # "18 recomendaciones ..., el 34% de lo programado"
    noun = subject.noun_phrase
    if parent is None and (extra := complement(subject)):
        noun = f"{noun} {extra}"  # "7 mil 728 procesos por violencia contra la mujer"
    label = _list_head_label(f, parent, subject, previous, codebook, topic)
    primary = " | ".join(t for t in (noun, label, subject.after_text, of_what) if t)
    # A number is a percentage only when its own "%" or "por ciento" follows it: an amount
    # in a row whose words resemble "avance ... de lo programado" is not a progress rate.
    own_percent = _unit_hint(f, parent) == "%"
    further = (
        parent is None
        and not own_percent
        and f.method in _READ_FURTHER
        and f.value == int(f.value)  # "548,7 por cada 10 mil" is a rate, not a count
    )
    own = _own_words(f, subject, primary, codebook) if further else _OwnWords(primary)
    primary, generic = own.label, own.generic
    indicator = codebook.classify(
        primary, subject.context if own.specified else "", plain_number=not own_percent
    )
    if (
        further
        and not subject.noun_phrase
        and (compared := _compared_over_same_period(f, topic))
        and not _said_after(f, codebook)
    ):
        indicator = _for_people(compared, subject, codebook)
    if generic and own.named:
        announced = _announced(f, subject, codebook, topic)
        if announced is not None:
            # "En cuanto a los infanticidios, la mayoría de las denuncias ... registró 10 casos"
            indicator = codebook.classify(f"{subject.noun_phrase} | {announced}", plain_number=True)
    # the document's topic changes with a count its own words name, or with a noun of its own
    topic.named = not generic or (
        own.named
        and codebook.classify(f"{subject.noun_phrase} | {subject.label_before}").id != UNCLASSIFIED
    )
    if (
        indicator.unit not in codebook.person_units
        and _words().person_nouns.match(subject.noun_phrase)
        and codebook.classify(primary, plain_number=not own_percent).id == UNCLASSIFIED
    ):
        indicator = codebook.unclassified  # "67 niños" under a heading on ankle monitors
    if own_percent and not indicator.is_percentage:
        # a share of a count only when its own words name the count ("el 82% de las llamadas")
        share = codebook.share_of(subject.label_before, subject.after_text)
        if share is None and not codebook.speaks_of_change(subject.label_before):
            share = (
                sentence_share
                or _share_of_previous(f, codebook, topic)
                or _share_of_generic(f, subject, codebook, topic)
                or _share_of_announced(f, codebook)
                or _share_of_total(f, subject, codebook)
            )
        indicator = _helpline_share(
            f, subject, codebook.unclassified if share is None else share, codebook, topic
        )
    category = ""
    if (
        parent is None
        and f.method in {"text.table_row", "text.table_cell"}
        and not f.noun_phrase
        and f.heading
        and codebook.classify(primary).id == codebook.unclassified.id
    ):
        category = f.label_before  # "Violencia Familiar\t7" under "Modalidad de Violencia:"
    if f.kind_hint == "budget" and indicator.unit != MONEY:
        # "450 millones de pesos para el ejercicio de los refugios" is money, not residents
        indicator = codebook.indicators.get("presupuesto_genero", codebook.unclassified)
    # "la mayor cantidad de muertes por homicidio en el país (27 mil 213 en 2011 ...)": words
    # an indicator's excludes rule out say what the count is not; nothing around it decides
    rejected = indicator.id == UNCLASSIFIED and codebook.rejects(primary)
    if (
        previous is not None
        and not rejected
        and (
            indicator.id == codebook.unclassified.id
            or (_qualifier_only(f) and not _said_after(f, codebook))
        )
        and _sibling(previous[0], _without_elided_noun(f, codebook))
        and _for_people(previous[1], subject, codebook).id != UNCLASSIFIED
    ):
        # "23 mujeres y 41 niñas", "a 270 sujetos por violación y a 221 por abuso sexual":
        # one list, one indicator; the words between two items qualify, they do not name
        # (people after a count of places are no item of its list: "3 refugios ... 45 mujeres")
        indicator = previous[1]
    if (
        previous is not None
        and indicator.id == UNCLASSIFIED
        and parent is None
        and f.noun_phrase
        and previous[0].noun_phrase
        and not _words().person_nouns.match(f.noun_phrase)
        and _next_in_list(previous[0], f)
    ):
        # "2 feminicidios y 0 tentativas": the item's noun of the one before it is unsaid
        said = f"{f.noun_phrase} de {previous[0].noun_phrase}"
        found = codebook.classify(said, plain_number=not own_percent)
        indicator = found if found.id != UNCLASSIFIED else indicator
    if (
        previous is not None
        and indicator.id == UNCLASSIFIED
        and not rejected
        and not own_percent
        and _bracketed_after_share(previous[0], f)
    ):
        indicator = previous[1]  # "el 48.5 % (671) son mujeres": the share's own count
    if (
        further
        and indicator.id == UNCLASSIFIED
        and codebook.is_generic(subject.noun_phrase)
        and (taken_up := _part_of_previous(f, subject, previous, codebook, topic)) is not None
    ):
        indicator = taken_up  # "1 mil 614 mujeres, de quienes mil 448 son de origen maya"
    if generic and indicator.id == UNCLASSIFIED and f.kind_hint != "budget" and not rejected:
        indicator = _read_further(f, subject, codebook, topic)
        if indicator.unit == MONEY:
            indicator = codebook.unclassified  # a count is not the amount its sentence spends
    elif (
        indicator.id == UNCLASSIFIED
        and parent is None
        and f.method in _LIST_ROWS
        and not own_percent
        and f.kind_hint != "budget"
        and (spoken := topic.current or _lead_topic(f, codebook)) is not None
        and spoken.unit != MONEY
        and _generic_heading(f.heading, codebook)
    ):
        # "Cantidad de casos por área:" over "1. Aguadilla: 76": the rows of a list under a
        # heading that names only generic nouns count what the document was speaking of (a
        # count of it before, or the headings it opens with: "CASOS ATENDIDOS POR VIOLENCIA
        # FAMILIAR Y SEXUAL EN LOS CEMs" over "N de Casos por meses" and its table)
        indicator = _for_people(spoken, subject, codebook)
    if parent is None and not own_percent and f.kind_hint != "budget":
        indicator = _helpline_calls(f, subject, indicator, codebook, topic)
        if (
            codebook.counts_facility(subject.noun_phrase)
            or codebook.counts_facility(words_after(subject))
            or _part_of_facilities(f, subject, codebook, topic)
            or _facilities_announced(f, subject, codebook)
        ) and (indicator.id == UNCLASSIFIED or indicator.unit in codebook.person_units):
            # "6 Casas Refugio", "Las 14 Comuna Mujer brindan atención": places, not people
            # (an indicator of places of its own, "12 Puntos Violeta", stays)
            indicator = codebook.indicators.get(codebook.facility_indicator, indicator)
    if parent is not None and indicator.id == UNCLASSIFIED and not own_percent:
        # a part counts what its total counts, however the total's indicator was read
        indicator = topic.indicators.get(id(parent), indicator)
    if (
        parent is None
        and not own_percent
        and f.kind_hint != "budget"
        and indicator.id != UNCLASSIFIED
        and subject.noun_phrase
        and not _own_noun(subject)
    ):
        indicator = _said_of_borrowed(f, indicator, codebook)
    if not own_percent and f.kind_hint != "budget":
        # "de los cuales diez fueron declarados femicidios": a part too
        indicator = _qualified(f, indicator, codebook)
    if (
        f.kind_hint != "budget"
        and indicator.unit != MONEY
        and codebook.counts_other(_own_noun(subject), indicator)
        # a facility named like a unit of the territory ("Las 14 Comuna Mujer brindan
        # atención") counts facilities
        and not (
            indicator.id == codebook.facility_indicator
            and codebook.counts_facility(subject.noun_phrase)
        )
    ):
        # "ingresaron 802 legajos" read under people attended, "15 profesionales en atención"
        # under the women the centre attends: the count's own noun, written right after it,
        # says it counts something the indicator does not (``counted_nouns``)
        indicator = codebook.unclassified
    if parent is None and not own_percent and f.kind_hint != "budget":
        indicator = _in_series_of_people(f, subject, indicator, previous, codebook, topic)
        indicator = _narrowed(f, subject, indicator, codebook, topic)
    if not own_percent and f.kind_hint != "budget":
        indicator = _referred_back(f, indicator, previous)
    if parent is None and not own_percent and (column := _column_counts(f, codebook)):
        indicator = column
    if further:
        topic.note(f, indicator)
    topic.indicators[id(f)] = indicator
    return indicator, category


def _list_head_label(
    f: Finding,
    parent: Finding | None,
    subject: Finding,
    previous: tuple[Finding, Indicator] | None,
    codebook: Codebook,
    topic: _Topic,
) -> str:
    """The words before a count, or, for an item of a list whose noun is left out and given it
    by the item before ("atendió y hace seguimiento a 101 casos de violación, 71 de abuso
    sexual, 29 de estupro"), with no words of its own before it, the words before the list's
    head: what the head's verb
    says of its things ("atendió") it says of every item's. A part of the head ("en 2 mil 127
    de estos casos", "47 de ellos") is no item and keeps its own words."""
    own = subject.label_before
    if (
        not own.strip()
        and parent is None
        and previous is not None
        and subject.noun_phrase
        and previous[0].text == f.text
        and previous[0].locator == f.locator
        and previous[0].noun_phrase == subject.noun_phrase
        and not _part_opens(predicate(f), codebook)
    ):
        own = topic.head_labels.get(id(previous[0]), "")
    topic.head_labels[id(f)] = own
    return own


def _part_opens(said: str, codebook: Codebook) -> bool:
    """The words after a count open on a whole it is a part of ("de estos casos", "de ellos")."""
    pattern = codebook.share_of_previous
    return pattern is not None and pattern.match(plain(said)) is not None


def _column_counts(f: Finding, codebook: Codebook) -> Indicator | None:
    """What a table cell counts when its header row's titles say what each column counts
    ("Período | Asesinato | Femicidio | Homicidio | Sicariato", the Ecuadorian prosecution
    service's violent deaths by year): its own column's title, never a title of the row
    beside it. A column whose title names no indicator, beside one whose title does, counts
    another thing (the murders beside the femicides). None when no title of the header names
    an indicator, or the cell's column is a total or a breakdown's ("Total", "Femenino")."""
    if f.cell < 0 or not f.row_label or "\t" not in f.heading:
        return None
    titles = [t.strip() for t in f.heading.split("\t")]
    title = f.row_label.strip()
    if title not in titles[1:] or _TOTAL_ROW.match(title) or breakdown_dimension(title) != "grupo":
        return None
    named = {t: codebook.classify(t) for t in titles[1:] if t}
    if all(i.id == UNCLASSIFIED for i in named.values()):
        return None
    return named[title]


def _narrowed(
    f: Finding, subject: Finding, indicator: Indicator, codebook: Codebook, topic: _Topic
) -> Indicator:
    """ "se han registrado 185 casos de denuncias de acoso y violencia política ... - La Paz: 13
    denuncias y 23 renuncias", "se radicaron 1.421 denuncias por violencia de género en entornos
    digitales, ..., cuando escaló a 3.452 denuncias": a count whose own words are only the noun
    of a wider indicator (one word, nothing after it saying what for) counts the narrower kind
    of it (codebook ``narrows``) that its sentence counted before it, else the one the document
    speaks of, while no heading naming a count of its own has opened since."""
    if indicator.narrows:
        topic.narrow = indicator
        return indicator
    if indicator.id == UNCLASSIFIED:
        return indicator
    if complement(subject) or len(plain(subject.noun_phrase).split()) != 1:
        if topic.narrow is not None and topic.narrow.narrows == indicator.id:
            topic.narrow = None  # "300 denuncias por violencia familiar": other complaints
        return indicator
    _, in_sentence = topic.in_sentence(f)
    spoken = topic.narrow
    if f.heading != topic.heading and codebook.classify(f.heading, plain_number=True).id != (
        UNCLASSIFIED
    ):
        spoken = None  # a heading that names a count of its own opens another subject
    for kind in (in_sentence, spoken):
        if kind is not None and kind.narrows == indicator.id:
            return kind
    return indicator


def _referred_back(
    f: Finding, indicator: Indicator, previous: tuple[Finding, Indicator] | None
) -> Indicator:
    """ "Un total de 53.007 mujeres ... participaron ... en el proceso de aprendizaje virtual
    ... En esta iniciativa ... participaron 10.268 mujeres de la Región Brunca": a count whose
    words before it in its sentence refer back to a thing said before (codebook
    ``refers_back``: "esta iniciativa", "ese proceso") counts what the document's count before
    it counted, when the indicator may take that up (``takes_up``: participants in a training
    are people trained); otherwise its own indicator stays."""
    if not indicator.refers_back or not indicator.takes_up or previous is None:
        return indicator
    head = plain(sentence_head(f))
    if not any(p.search(head) for p in indicator.refers_back):
        return indicator
    return previous[1] if previous[1].id in indicator.takes_up else indicator


def _head_offence(row: _Row, head: Finding, codebook: Codebook, topic: _Topic) -> None:
    """'mil 317 personas fueron vinculadas por violencia familiar; 745 por abuso sexual': once
    its series has an item broken down by offence, the head is broken down by the offence its
    own words name after it."""
    if row.f is not head or id(head) in topic.series_nouns or row.breakdown != ("_T", "_T"):
        return
    after = head.text[head.start - head.text_start + len(head.value_raw) :]
    words = _ITEM_END.split(after, maxsplit=1)[0]
    offence = codebook.series_offence(words, anywhere=True)
    if offence:
        row.breakdown = (codebook.series_offence_dimension, offence)


_SERIES_SEPARATOR = re.compile(r"[;,]|\b(?:y|e)\b")
_ITEM_END = re.compile(r"[;,.:()]|\b(?:y|e)\b")


def _in_series_of_people(
    f: Finding,
    subject: Finding,
    indicator: Indicator,
    previous: tuple[Finding, Indicator] | None,
    codebook: Codebook,
    topic: _Topic,
) -> Indicator:
    """'mil 317 personas fueron vinculadas por violencia familiar; 745 por abuso sexual; 299
    por violación y 115 personas por el delito de feminicidio': the head counts people acted
    on (``series_heads``), and each later item, with no noun but the head's and words that
    only say for which offence, counts the same people; the offence breaks them down, it
    never names their indicator. A count of people the words right before it say were acted
    on ("imputamos a 95 personas") heads its series, whatever offence its sentence named
    first."""
    heads = codebook.series_heads
    if not heads:
        return indicator
    clause = plain(re.split(r"[,;:.]", f.label_before)[-1])
    if (
        indicator.id not in heads
        and codebook.series_head_clause is not None
        and subject.noun_phrase
        and _words().person_nouns.match(subject.noun_phrase)
        and codebook.series_head_clause.search(clause.strip())
    ):
        head = codebook.classify(clause, plain_number=True)
        if head.id in heads:
            return head  # "Por lo que toca a la de tentativa de feminicidio, imputamos a 95"
    if previous is None or previous[1].id not in heads:
        return indicator
    prev = previous[0]
    if prev.text != f.text or prev.locator != f.locator or prev.parent is not None:
        return indicator
    if f.unit_hint != prev.unit_hint:
        return indicator
    head_noun = topic.series_nouns.get(id(prev), plain(prev.noun_phrase).strip())
    noun = plain(f.noun_phrase).strip()
    if noun and noun != head_noun:
        return indicator  # "45 femicidios, 120 denuncias y 30 detenidos": counts of their own
    start = f.start - f.text_start
    gap = f.text[prev.start - f.text_start + len(prev.value_raw) : start]
    if "." in gap or _SERIES_SEPARATOR.search(gap) is None:
        return indicator
    raw_before = _SERIES_SEPARATOR.split(gap)[-1].strip()
    before = plain(raw_before)
    raw_after = f.text[start + len(f.value_raw) :].lstrip()
    if noun and plain(raw_after).startswith(noun):
        raw_after = raw_after[len(noun) :]
    raw_after = _ITEM_END.split(raw_after, maxsplit=1)[0].strip()
    after = plain(raw_after)
    said_before = bool(before) and bool(
        codebook.series_item_before and codebook.series_item_before.match(before)
    )
    said_after = bool(after) and bool(
        codebook.series_item_after and codebook.series_item_after.match(after)
    )
    if (
        (before and not said_before)
        or (after and not said_after)
        or not (said_before or said_after)
    ):
        return indicator
    topic.series_nouns[id(f)] = head_noun
    offence = codebook.series_offence(raw_before if said_before else raw_after)
    if offence:
        topic.series_offences[id(f)] = offence
    return previous[1]


def _own_noun(f: Finding) -> str:
    """The noun written right after the count ("802 legajos", "suman 31 los centros que
    brindan atención", an article left out); '' when its noun phrase is taken from what it
    refers to ("se atendió a 40 de ellas")."""
    after = words_after(f)
    noun = plain(f.noun_phrase).strip()
    if not noun:
        return after
    # quotation marks the noun phrase leaves out ("1.000 librillos de “Protocolo de ...”")
    unquoted = " ".join(_QUOTES.sub("", plain(after)).split())
    return f.noun_phrase if unquoted.startswith(" ".join(_QUOTES.sub("", noun).split())) else ""


_QUOTES = re.compile(r"[\"“”«»„‟]")


def _qualified(f: Finding, indicator: Indicator, codebook: Codebook) -> Indicator:
    """'11 mujeres asesinadas, asesinatos calificados como femicidio': what the count's own
    clause says it was qualified as decides, when it names an indicator (``qualified_as``)."""
    said = qualified_as(f, codebook.qualified_as, codebook.share_of_previous)
    if not said:
        return indicator
    found = codebook.classify(f" | {said}", plain_number=True)
    return indicator if found.id == UNCLASSIFIED or found.unit == MONEY else found


@per_active_lexicon
def _restated(lex: SpanishLexicon) -> tuple[TextPattern, TextPattern]:
    """Words that restate a borrowed noun, and the pronouns that do not (lexicon
    ``phrases.restated``, ``phrases.pronoun_part``)."""
    from genero_etl.extract.cues import compile_phrases

    return (
        compile_phrases(lex.words("phrases", "restated")),
        compile_phrases(lex.words("phrases", "pronoun_part")),
    )


def _said_of_borrowed(f: Finding, indicator: Indicator, codebook: Codebook) -> Indicator:
    """'11 homicidios de mujeres, y 3 de ellos ya han sido clasificados como feminicidios': a
    count whose noun is taken from the count it refers to counts what its own words say of
    it, when they name another indicator."""
    own = plain(words_after(f))
    restated, pronoun = _restated()
    if restated.match(own) and not pronoun.match(own):
        return indicator  # "63 de las consultas recibidas": the noun restated is what it counts
    said = codebook.classify(f" | {own}", plain_number=True)
    if said.id in (UNCLASSIFIED, indicator.id) or said.unit == MONEY:
        return indicator
    head = _FOR_AN_OFFENCE.split(own, maxsplit=1)[0]
    if head != own and codebook.classify(f" | {head}", plain_number=True).id == UNCLASSIFIED:
        # "De un total de 968 personas condenadas ..., 103 fueron responsabilizadas por delitos
        # sexuales": what follows "por" says for which offence, never what the part counts
        return indicator
    return said


# the words after which a part's own words say only for what ("por delitos sexuales")
_FOR_AN_OFFENCE = re.compile(r"\bpor\b", re.IGNORECASE)


def _helpline_calls(
    f: Finding, subject: Finding, indicator: Indicator, codebook: Codebook, topic: _Topic
) -> Indicator:
    """'La Línea 144 recibió 3.200 consultas', 'El Sistema de Emergencias 9-1-1 ha reportado
    ... En 2023, ingresaron más de 112 mil reportes': a service noun counts a helpline's calls
    when the line is named in the sentence before the number, opens the sentence before it
    in the paragraph, or is what the document is speaking of while the sentence names no
    other body ("El Servicio de Atención a la Mujer brindó 4.828 atenciones") (``helplines``)."""
    calls = codebook.indicators.get(codebook.helpline_indicator)
    if calls is None or indicator.id == calls.id:
        return indicator
    noun = subject.noun_phrase
    if codebook.counts_service(noun):
        return calls if _line_speaks(f, calls, codebook, topic) else indicator
    if not codebook.received_noun(noun) or not codebook.received_by_line(
        noun, f.text[_sentence(f)]
    ):
        return indicator
    # complaints: the line's only when no other body received them ("La Fiscalía recibió")
    head = sentence_head(f)
    line = codebook.names_helpline(head) or not _names_body(head)
    return calls if line and _line_speaks(f, calls, codebook, topic) else indicator


def _sentence(f: Finding) -> slice:
    """The number's own sentence, up to the number and its clause."""
    return slice(sentence_start(f), end_in_sentence(f) + len(predicate(f)) + 1)


def _line_speaks(f: Finding, calls: Indicator, codebook: Codebook, topic: _Topic) -> bool:
    """A helpline is what received the things counted: it is named in the sentence before
    the number, opens the sentence before it in the paragraph, or is what the document is
    speaking of while the sentence names no other body."""
    head = sentence_head(f)
    earlier = paragraph_sentences(f)[:1]
    return (
        codebook.names_helpline(head)
        or any(codebook.names_helpline(s, opening=True) for s in earlier)
        or (topic.under(f) is calls and not _names_body(head))
    )


def _helpline_share(
    f: Finding, subject: Finding, share: Indicator, codebook: Codebook, topic: _Topic
) -> Indicator:
    """'del total de consultas, el 81,2 %', 'el 71% de las solicitudes' after a helpline's
    count: a share of the service a line received is a share of its calls."""
    calls = codebook.indicators.get(codebook.helpline_indicator)
    if calls is None or share.id == calls.id:
        return share
    noun = codebook.share_noun(subject.label_before, subject.after_text)
    if not noun and share.id == UNCLASSIFIED:
        # "El principal motivo de consulta ... violencia física 43,6 %": the sentence speaks of
        # the service the line received, and the share breaks it down
        noun = next((w for w in plain(sentence_head(f)).split() if codebook.counts_service(w)), "")
    if not noun or not codebook.counts_service(noun.split()[0]):
        return share
    _, counted = topic.in_sentence(f)
    return calls if counted is calls or _line_speaks(f, calls, codebook, topic) else share


_NAME_WORD = re.compile(r"(?<=\s)[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+")


_RUN_LEADS = frozenset({"la", "el", "los", "las", "en", "de", "del", "y"})


def _names_body(head: str) -> bool:
    """A capitalised word after the sentence's first: it names a body ('El Servicio ...'),
    unless its run of capitalised words is a place ("La Ciudad de Buenos Aires se ubica en
    segundo lugar con 20.214 consultas": where the line's calls came from, no other body)."""
    head = head.strip()
    if _NAME_WORD.search(head) is None:
        return False
    for before, words in capitalised_runs_with_context(head):
        if not before.strip():
            words = words[1:]  # the sentence's first word, capitalised as such
        while words and words[0].lower() in _RUN_LEADS:
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        if not (lookup_admin1(name) or lookup_municipality(name)):
            return True
    return False


_OF_THE_TOTAL = re.compile(r"^del total\b(?!\s+de\b)")


def _share_of_total(f: Finding, subject: Finding, codebook: Codebook) -> Indicator | None:
    """'Es el departamento con el mayor número de denuncias ..., representando el 40% del
    total': a share "of the total" that names no count is a share of the count its sentence
    named before it, the nearest clause first."""
    if _OF_THE_TOTAL.match(plain(subject.after_text).strip()) is None:
        return None
    for clause in sentence_before(f):
        found = codebook.classify(f" | {clause}", plain_number=True)
        if found.id != UNCLASSIFIED:
            usable = found.unit != MONEY and not found.is_percentage
            return found if usable else None
    return None


def _share_of_announced(f: Finding, codebook: Codebook) -> Indicator | None:
    """'Si se discrimina a los femicidios del 2019 por tipo de agresión, un 31,3% fue ...':
    a share of the count the sentence announces it breaks down."""
    announced = codebook.announced_topic(sentence_head(f))
    if announced is None:
        return None
    found = codebook.classify(f" | {announced}", plain_number=True)
    usable = found.id != UNCLASSIFIED and found.unit != MONEY and not found.is_percentage
    return found if usable else None


@dataclass(frozen=True, slots=True)
class _OwnWords:
    """What a count's own words say: its label (with its clause's predicate when that names
    the indicator), whether its noun is generic, whether the label names an indicator, and
    whether the heading may still decide."""

    label: str
    generic: bool = False
    named: bool = True
    specified: bool = True


_SHORT_PREDICATE = 6  # words: "ingresaron al refugio temporal", not a second clause


def _own_words(f: Finding, subject: Finding, primary: str, codebook: Codebook) -> _OwnWords:
    """Read a count's label and, when it names nothing, what its clause says after it:
    "328.493 mujeres fueron atendidas", "10 agresores fueron capturados"."""
    generic = codebook.is_generic(subject.noun_phrase) and not codebook.names_head(
        sentence_head(subject)
    )
    first = codebook.classify(primary, plain_number=True)
    said = predicate(f)
    verb = starts_with_verb(said)
    with_said = f"{primary} | {said}"
    classed = _words().classed_as.match(said)
    if first.id != UNCLASSIFIED and classed is not None:
        # "29 muertes de mujeres y que se clasificaron como feminicidios": the class its own
        # words give the things counted, when it names an indicator, says more than their noun
        as_what = said[classed.end() :]
        if codebook.classify(f" | {as_what}", plain_number=True).id not in (UNCLASSIFIED, first.id):
            return _OwnWords(f" | {as_what}", generic, named=True, specified=False)
    if first.id != UNCLASSIFIED:
        if generic and said and len(said.split()) <= _SHORT_PREDICATE:
            # "12 mujeres ingresaron al refugio": a short clause that names another indicator
            # says more of the women counted than their noun does
            then = codebook.classify(said, plain_number=True)
            if then.id not in (UNCLASSIFIED, first.id) and then.unit == first.unit:
                return _OwnWords(with_said, generic, named=True, specified=False)
        return _OwnWords(primary, generic, named=True, specified=not generic)
    if (
        said
        and (generic or verb)
        and codebook.classify(with_said, plain_number=True).id != UNCLASSIFIED
    ):
        return _OwnWords(with_said, generic, named=False, specified=not generic)
    if generic and verb and not codebook.is_series_gap(said):
        # "450 mujeres fueron rescatadas": its clause says what it counts, in words the
        # codebook does not know; neither the heading nor the paragraph can say better
        return _OwnWords(primary, generic=False, named=False, specified=False)
    return _OwnWords(primary, generic, named=False, specified=not generic)


def _share_of_previous(f: Finding, codebook: Codebook, topic: _Topic) -> Indicator | None:
    """'1.383 personas ..., de las cuales el 48,5 %': a share of the sentence's last count."""
    since, counted = topic.in_sentence(f)
    gap = between(f, since)
    if counted is None or counted.id == UNCLASSIFIED or gap is None:
        return None
    whole = topic.whole.get((f.text, f.locator), False) and (
        _SHORT_GAP.fullmatch(gap) is not None or _BRACKETED.fullmatch(gap) is not None
    )  # "de los 16 casos del 2019 el 44%", "las 45.996 denuncias tienen como origen ... (65%)"
    if counted.is_percentage or not (whole or codebook.refers_back(gap)):
        return None
    return counted  # "de los 16 casos del 2019 el 44%"


def _part_of_previous(
    f: Finding,
    subject: Finding,
    previous: tuple[Finding, Indicator] | None,
    codebook: Codebook,
    topic: _Topic,
) -> Indicator | None:
    """'1 mil 614 mujeres, de quienes mil 448 son de origen maya', 'De ellas, 107 fueron por
    violencia doméstica': a count whose words take up the count before it (``shares.
    of_previous``), in its sentence or, opening the sentence, the paragraph's last count
    under the same heading, is a part of it and counts what it counts."""
    since, counted = topic.in_sentence(f)
    gap = between(f, since)
    if counted is None or gap is None:
        if previous is None or previous[0].heading != f.heading:
            return None
        counted, gap = previous[1], sentence_head(f)
    if not codebook.takes_up(gap):
        return None
    if counted.id == UNCLASSIFIED or counted.is_percentage or counted.unit == MONEY:
        return None
    found = _for_people(counted, subject, codebook)
    return None if found.id == UNCLASSIFIED else found


def _part_of_facilities(f: Finding, subject: Finding, codebook: Codebook, topic: _Topic) -> bool:
    """ "hay 286 Centros de Emergencia Mujer a nivel nacional, de los cuales 46 atienden las 24
    horas del día": a count that takes up (``shares.of_previous``) its sentence's last count of
    places, with no count noun of its own (a verb may follow it), counts those places,
    whatever its verb says of them."""
    first = subject.noun_phrase.split(" ", 1)[0]
    if first and codebook.lexicon.is_count_noun(first):
        return False  # "de los cuales 12 mujeres ...": a count of its own
    since, counted = topic.in_sentence(f)
    gap = between(f, since)
    return (
        counted is not None
        and counted.id == codebook.facility_indicator
        and gap is not None
        and codebook.takes_up(gap)
    )


# the words right before a count that only say the places announced exist ("en total son 91")
_EXIST_BEFORE = re.compile(
    r"(?:\b(?:en total|en suma|actualmente|hoy)\s+)?\b(?:son|suman|hay|existen|funcionan|operan)"
    r"(?:\s+(?:en total|actualmente))?\s*$"
)


def _facilities_announced(f: Finding, subject: Finding, codebook: Codebook) -> bool:
    """ "En cuanto a los refugios, en total son 91", "Con la inauguración del CEM "Laura
    Caller", suman 41 al interior de las comisarías": a count that only says how many there
    are, with no count noun of its own, in a sentence that announces places (``topic_markers``
    then ``facilities.nouns``) or names them before it, counts those places, not the people
    they shelter."""
    first = subject.noun_phrase.split(" ", 1)[0]
    if first and codebook.lexicon.is_count_noun(first):
        return False
    if not _EXIST_BEFORE.search(plain(subject.label_before)):
        return False
    after = _ARTICLE.sub("", plain(words_after(subject)))
    if _words().person_nouns.match(after) or _words().case_nouns.match(after):
        return False  # "suman 300 las mujeres alojadas": the count names its people after it
    head = sentence_head(f)
    announced = codebook.announced_topic(head)
    if announced is not None:
        return codebook.counts_facility(_ARTICLE.sub("", announced))
    words = plain(head).split()
    return any(codebook.counts_facility(" ".join(words[i:])) for i in range(len(words)))


_ARTICLE = re.compile(r"^(?:l[oa]s|el|la)\s+")


def _share_of_generic(
    f: Finding, subject: Finding, codebook: Codebook, topic: _Topic
) -> Indicator | None:
    """'298 feminicidios y en el 89,93 % de los casos': a share whose own words name only a
    generic noun ("de los casos", "de las víctimas") is a share of the sentence's last count."""
    noun = codebook.share_noun(subject.label_before, subject.after_text)
    if not noun or not codebook.is_generic(noun.split()[0]):
        return None
    since, counted = topic.in_sentence(f)
    if counted is None or counted.id == UNCLASSIFIED or counted.is_percentage:
        return None
    return counted if between(f, since) is not None and counted.unit != MONEY else None


_SHORT_GAP = re.compile(r"[^,;.:()]{0,30}")
_BRACKETED = re.compile(r"[^;.:()]{0,120}\(\s*")


@dataclass(slots=True)
class _Topic:
    """What the document is speaking of, for a count whose words do not say: the last
    indicator a count named in its own words, under the same heading (a count with a noun of
    its own, even one the codebook does not know, changes the topic: "12 infanticidios ...
    cuatro casos"), and each sentence's last count ("Lima lideró con 17.916 atenciones,
    seguida de Arequipa (6.641)")."""

    current: Indicator | None = None
    heading: str = ""
    named: bool = False  # the count being read named its indicator itself
    sentences: dict[tuple[str, str], tuple[int, Indicator]] = field(default_factory=dict)
    whole: dict[tuple[str, str], bool] = field(default_factory=dict)  # "de los 16 casos"
    indicators: dict[int, Indicator] = field(default_factory=dict)  # by id() of a finding
    # where each sentence's last count ends with what its noun is for ("por violencia ...")
    complement_end: dict[tuple[str, str], int] = field(default_factory=dict)
    # the noun of the head of the series each item of a series of people acted on belongs to
    series_nouns: dict[int, str] = field(default_factory=dict)
    # and the offence such an item names ("745 por abuso sexual"), its breakdown
    series_offences: dict[int, str] = field(default_factory=dict)
    # the last count of a narrower kind of an indicator (codebook ``narrows``: complaints of
    # political violence) the document counted, until a count of the wider one names its own
    narrow: Indicator | None = None
    # where each count of a paragraph ends, and its indicator, in order
    counts: dict[tuple[str, str], list[tuple[int, Indicator]]] = field(default_factory=dict)
    # the words before each count, or before the head of the list it is an item of (by id() of
    # a finding): "atendió ... 101 casos de violación, 71 de abuso sexual"
    head_labels: dict[int, str] = field(default_factory=dict)

    def note(self, f: Finding, indicator: Indicator) -> None:
        self.sentences[(f.text, f.locator)] = (end_in_sentence(f), indicator)
        self.counts.setdefault((f.text, f.locator), []).append((end_in_sentence(f), indicator))
        self.complement_end[(f.text, f.locator)] = end_of_complement(f)
        self.whole[(f.text, f.locator)] = introduces_whole(f)
        if self.named:
            self.current, self.heading = indicator, f.heading
        self.named = False

    def first_in_sentence(self, f: Finding) -> Indicator | None:
        """The indicator of the first count of the number's sentence before it, the whole
        its later counts split ("94 arrestos ...; 72 de esos casos ... y los 22 restantes")."""
        start = sentence_start(f)
        return next(
            (ind for end, ind in self.counts.get((f.text, f.locator), []) if end >= start), None
        )

    def in_sentence(self, f: Finding) -> tuple[int, Indicator | None]:
        """Where the sentence's last count ends, and its indicator."""
        return self.sentences.get((f.text, f.locator), (0, None))

    def under(self, f: Finding) -> Indicator | None:
        """The topic, while no new heading has opened since it was named."""
        return self.current if f.heading == self.heading else None


def _read_further(f: Finding, subject: Finding, codebook: Codebook, topic: _Topic) -> Indicator:
    """The indicator of a count whose noun is generic ("25 casos") or missing, read in its
    sentence (the clauses before it, nearest first, then the count the sentence named
    before it, when only a series' words lie between: "La Paz con 11, Cochabamba con
    ocho"), the paragraph's earlier sentences, nearest first, the headings above, and the
    document's topic. The first that names an indicator decides."""
    since, in_sentence = topic.in_sentence(f)
    gap = between(f, since)
    announced = _announced(f, subject, codebook, topic)
    if announced is not None:  # "En cuanto a tentativas de femicidio, ... 152 casos"
        return _for_people(
            codebook.classify(f" | {announced}", plain_number=True), subject, codebook
        )
    clauses = sentence_before(f, since)
    for clause in clauses:
        found = codebook.classify(f" | {clause}", plain_number=True)
        if found.id != UNCLASSIFIED:
            return _for_people(found, subject, codebook)
    if in_sentence is not None and gap is not None:
        # "mil 610 carpetas de investigación por violencia familiar, en 2018 fueron 2 mil
        # 151": what the count's noun is for is no word between the two
        rest = between(f, topic.complement_end.get((f.text, f.locator), since))
        if (
            not codebook.is_series_gap(gap)
            and not (rest and codebook.is_series_gap(rest))
            and not (_words().cases.match(subject.noun_phrase) and in_sentence.unit in _CASE_UNITS)
            and not _next_ranked(gap, codebook)
        ):
            return codebook.unclassified
        carried = _for_people(in_sentence, subject, codebook)
        if carried.id != UNCLASSIFIED or in_sentence.id == UNCLASSIFIED:
            return carried
        # "Tres refugios alojaron a 45 mujeres": people after a count of places are read
        # in the whole sentence before them
        found = codebook.classify(f" | {sentence_head(f)}", plain_number=True)
        return _for_people(found, subject, codebook)
    for sentence in paragraph_sentences(f):
        found = codebook.classify(f" | {sentence}", plain_number=True)
        if found.id != UNCLASSIFIED:
            return _for_people(found, subject, codebook)
    if subject.context:
        found = codebook.classify("", _QUOTED.sub(" ", subject.context), plain_number=True)
        if found.id != UNCLASSIFIED:
            return _for_people(found, subject, codebook)
    current = topic.under(f)
    if current is not None:
        return _for_people(current, subject, codebook)
    return codebook.unclassified


# A report's or a campaign's name in quotes in a heading ("El informe “Muerte Violenta de
# Mujeres y Femicidios” presentado el viernes"): what the report covers, not what a count under
# it counts
_QUOTED = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"")


def _compared_over_same_period(f: Finding, topic: _Topic) -> Indicator | None:
    """ "se registraron 81 casos, mientras que en el mismo periodo de este 2022 se atendieron
    62": a count with no noun compared with the sentence's count before it over the same
    months (lexicon ``periods.same_period_before`` between the two) counts what that count
    counts, whatever the verb between says."""
    since, in_sentence = topic.in_sentence(f)
    gap = between(f, since)
    if in_sentence is None or gap is None or in_sentence.id == UNCLASSIFIED:
        return None
    return in_sentence if _same_period_cue().within.search(gap) else None


def _said_after(f: Finding, codebook: Codebook) -> bool:
    """ "y señaló en 797 la cantidad de individuos contra los cuales se han radicado cargos": a
    count with no noun of its own, its words right after it opening on an article, names what
    it counts there (an indicator of the codebook): no count before it in its sentence says
    better, neither as the list it seems to go on ("317 ... personas convictas ..., y señaló en
    797") nor as the same period compared. Words opening on a preposition only qualify a list's
    item ("a 270 sujetos por violación y a 221 por abuso sexual")."""
    if f.noun_phrase:
        return False
    said = predicate(f)
    return bool(_ARTICLE_OPENS.match(said)) and (
        codebook.classify(f" | {said}", plain_number=True).id != UNCLASSIFIED
    )


_ARTICLE_OPENS = re.compile(r"(?:el|la|los|las)\s", re.IGNORECASE)


def _lead_topic(f: Finding, codebook: Codebook) -> Indicator | None:
    """What the headings a document opens with, before its first value, name (its title), when
    no count has named anything yet."""
    if not f.lead:
        return None
    found = codebook.classify("", f.lead, plain_number=True)
    return None if found.id == UNCLASSIFIED else found


def _generic_heading(heading: str, codebook: Codebook) -> bool:
    """A heading that names nothing the codebook knows and counts a generic noun ("Cantidad
    de casos por área:", "Víctimas por departamento")."""
    words = [w.strip(".,;:()") for w in plain(heading).split()]
    return (
        any(w in codebook.generic_nouns for w in words)
        and codebook.classify(heading, plain_number=True).id == UNCLASSIFIED
    )


def _announced(f: Finding, subject: Finding, codebook: Codebook, topic: _Topic) -> str | None:
    """What the sentence announces it speaks of ("En cuanto a los infanticidios, ..."), for
    its first count whose own noun names nothing."""
    if codebook.classify(subject.noun_phrase).id != UNCLASSIFIED:
        return None
    since, in_sentence = topic.in_sentence(f)
    if in_sentence is not None and between(f, since) is not None:
        return None  # a later count of the sentence: the series decides
    return codebook.announced_topic(sentence_head(f))


def _for_people(found: Indicator, subject: Finding, codebook: Codebook) -> Indicator:
    """A count of people ("67 niños") or of cases ("tres casos") stands only for an indicator
    that counts people or cases, never for places or money."""
    noun = subject.noun_phrase
    if found.unit not in codebook.person_units and (
        _words().person_nouns.match(noun) or _words().case_nouns.match(noun)
    ):
        return codebook.unclassified
    return found


def _part_place(
    f: Finding, parent: Finding | None, facts: DocFacts, previous: Finding | None
) -> Place:
    """ "La Habana encabezó la lista con 51 casos en total, de los cuales 31 fueron por
    agresión sexual": a part whose own clause names no place is its total's place; one that
    says the report's own division right after it ("91 feminicidios en el país, de los cuales
    11 fueron en la provincia", lexicon ``scope.division_wide``) is the report's."""
    if (
        parent is None
        or parent.locator != f.locator
        or f.scope_admin1_name
        or f.scope_national
        or _clause_place(f, facts.place, previous) is not None
        or (not facts.national and _local_place(f, facts.place, previous) is not None)
        or (not facts.national and facts.place.admin1 and _local_after(f, facts.place) is not None)
    ):
        return _place(f, facts, previous)
    return _place(parent, facts, None)


def _place(f: Finding, facts: DocFacts, previous: Finding | None = None) -> Place:
    each = _each_place(f, facts)
    if each is not None:
        return each  # "Junín y Piura con 330 cada una": this finding's of the two
    place = facts.place
    if f.scope_national and place.country:
        place = Place(place.country, method=place.method)  # the country's figure
    if f.scope_admin1_name:
        admins = lookup_admin1(f.scope_admin1_name, facts.place.country)
        if admins and not _own_municipality_said(f, facts.place, admins[0].iso, previous):
            a = admins[0]
            place = Place(a.country, a.iso, a.name, "", "", facts.place.method)
    elif place.admin1 or place.municipality or facts.national:
        said = _respective_place(f, facts.place) or _clause_place(f, facts.place, previous)
        if said is None and facts.national:
            # a national report's division is said by the sentence ("Santa Cruz concentra
            # el 36,91% de los casos (12.558 denuncias)"), never by its dateline
            said = _clause_place(f, facts.place, None)
            if said is not None and not _reaches_back(f, previous, facts.place.country):
                said = None
        if said is None:
            said = _paragraph_division(f, facts.place)
        if said is None and not facts.national:
            said = _local_place(f, facts.place, previous)
        if said is not None:
            place = said
    return place


def _each_place(f: Finding, facts: DocFacts) -> Place | None:
    """ "Después siguen Junín y Piura con 330 cada una", "Zipaquirá y Chía registraron seis
    casos cada uno": a count said once for several names, each of which has that many
    (``Finding.places_each``, read by extraction), is the place its finding is given to, when
    every name is a different place of the report: in a report of one division, one of its
    municipalities or a first-level division; else a first-level division of the country. None
    when one name is no such place (a person, a platform, a court's seat): the count is then
    one value, its place read as any other's (the others of the list are held back,
    ``text-each-place-unknown``)."""
    if not f.places_each or not facts.place.country:
        return None
    found = [_each_name_place(name, facts) for name in f.places_each]
    places = [p for p in found if p is not None]
    if len(places) != len(found) or len(set(places)) != len(places):
        return None
    return places[f.places_each.index(f.place_named)]


def _each_name_place(name: str, facts: DocFacts) -> Place | None:
    """The place one name of a count's list is in a report of ``facts.place``: a municipality
    of the report's division (one only, no everyday word), else one first-level division of
    its country."""
    document = facts.place
    if document.admin1 and not facts.national:
        towns = lookup_municipality(name, document.country, document.admin1)
        if len({t.code for t in towns}) == 1 and not _common_word(name):
            town = towns[0]
            return Place(
                town.country, town.admin1, town.admin1_name, town.name, town.code, document.method
            )
    division = _one_division(name, document.country, listed=True)
    if division is None:
        return None
    return Place(document.country, division[0], division[1], "", "", document.method)


def _each_unplaced(f: Finding, facts: DocFacts) -> bool:
    """A finding a count said once for several names was given to, other than the first,
    when the names are not all places of the report (``_each_place``): the count stays one
    value."""
    return (
        bool(f.places_each) and f.place_named != f.places_each[0] and _each_place(f, facts) is None
    )


# a capitalised word that is not an acronym: a name
_ITEM_NAME = re.compile(r"(?<![\w])[A-ZÁÉÍÓÚÑ][a-záéíóúñü]")


def _reaches_back(f: Finding, previous: Finding | None, country: str) -> bool:
    """Whether a national report's count may take the division its sentence named before
    the sentence's previous count: not across a semicolon ("Yoro (6) y La Ceiba (6); el 51.4
    % de los homicidios ..."), nor when the words since that count name something of their
    own that is no division ("Paysandú (1.781), mientras que Montevideo se ubica entre los tres
    con menos cantidad (1.029)", "Yoro (6) y La Ceiba (6)": the division belongs to the item
    before)."""
    at = f.start - f.text_start
    semicolon = f.text.rfind(";", sentence_start(f), at)
    if semicolon >= 0 and not _ITEM_NAME.search(f.text, semicolon, at):
        return False
    if previous is None or previous.text != f.text or previous.locator != f.locator:
        return True
    since = previous.start - previous.text_start + len(previous.value_raw)
    if not (0 <= since < at and _ITEM_NAME.search(f.text, since, at)):
        return True
    # "512 mujeres y en la comarca Ngäbe-Buglé, 287": the name since is a division, its own;
    # not one the count before ends its clause with ("26 dijeron ser de Antioquia, 21
    # pertenecían a la comunidad migrante": Antioquia is the 26's)
    named = _named_place(f.text[since:at], country)
    if named is None:
        return False
    where = f.text.rfind(named[1], since, at) if named[1] else -1
    return where < 0 or _CLAUSE_BREAK.search(f.text, since, where) is not None


_CLAUSE_BREAK = re.compile(r"[,;:(]|\s[ye]\s")


def _own_municipality_said(f: Finding, document: Place, iso: str, previous: Finding | None) -> bool:
    """ "En el municipio Chacao del estado Miranda se atendieron 120 mujeres": the division a
    count's clause names is the document's own and only says where the document's
    municipality, named in the clause, lies; the count stays the municipality's."""
    if iso != document.admin1:
        return False
    return _names_own_municipality(_clause_before(f, previous), document)


def _names_own_municipality(clause: str, document: Place) -> bool:
    """Whether ``clause`` names the document's municipality and right after it, three words
    at most between, its division ("Chacao del estado Miranda", "Chacao, Miranda")."""
    if not document.municipality or not document.admin1_name:
        return False
    own, division = place_key(document.municipality), place_key(document.admin1_name)
    pattern = rf"(?<!\w){re.escape(own)}\s*,?(?:\s+[a-z]+){{0,3}}\s+{re.escape(division)}(?!\w)"
    return re.search(pattern, place_key(clause)) is not None


# a paragraph opening on a name and a colon: "Santa Cruz: Es el departamento con ..."
_PARAGRAPH_LABEL = re.compile(r"\s*([A-ZÁÉÍÓÚÑ][\wáéíóúñÁÉÍÓÚÑ]*(?:\s+[\wáéíóúñÁÉÍÓÚÑ]+){0,3}):\s")


def _paragraph_division(f: Finding, document: Place) -> Place | None:
    """ "Santa Cruz: Es el departamento con el mayor número de denuncias ... Desde 2015, su
    participación ha crecido ..., comenzando con el 25%": a paragraph whose label is one
    first-level division of the document's country speaks of that division in each of its
    sentences (a sentence naming another place says so itself, read before this)."""
    if not document.country:
        return None
    opening = f.text if f.text_start == 0 else f.paragraph_before
    if f.text_start > len(f.paragraph_before) + 2:
        return None  # the paragraph's start was not kept with the value
    label = _PARAGRAPH_LABEL.match(opening)
    named = _one_division(label.group(1), document.country) if label else None
    if named is None or named[0] == document.admin1:
        return None
    return Place(document.country, named[0], named[1], "", "", document.method)


def _clause_place(f: Finding, document: Place, previous: Finding | None) -> Place | None:
    """'En la región Ica se contaron 4,177 casos, Ayacucho con 3,233', 'en Bolivia se
    registraron 50': the words before the number, since the sentence's previous count,
    name a first-level division of the document's country other than the document's own
    (its value is that division's, not the dateline city's), or the country itself."""
    at = f.start - f.text_start
    clause = _clause_before(f, previous)
    named = _named_place(clause, document.country) if _CAPITAL.search(clause) else None
    if named is None and document.country:
        named = _place_after(f, at, document.country)
        if named == ("", ""):
            return Place(document.country, method=document.method)  # the country's figure
    if named is None or (named[0] and named[0] == document.admin1):
        return None
    runs = [r for r in _NAME_LIST.finditer(clause) if named[1] in r.group(0)]
    if (
        runs
        and _listed_divisions(runs[-1].group(0), document.country) > 1
        and not _RESPECTIVELY.search(f.text, at)
    ):
        # "... en El Seibo, La Vega, San Juan de la Maguana y Monte Cristi y tres intentos": the
        # last of a list of divisions where other things happened is not this count's place
        # (numbers given "respectivamente" keep their own rule, ``_respective_place``); nor,
        # in a report of one division listed there, is that division ("los Servicios de
        # Protección Integral de Manabí y Santo Domingo de los Tsáchilas brindaron atención a
        # 4.617" in a report of Manabí): the count is the listed divisions' together, at the
        # country's level
        listed = {d[0] for _, _, d in _divisions_named(runs[-1].group(0), document.country)}
        if document.admin1 and document.admin1 in listed:
            return Place(document.country, method=document.method)
        return None
    return Place(document.country, named[0], named[1], "", "", document.method)


def _clause_before(f: Finding, previous: Finding | None) -> str:
    """The words before the number in its clause: from its sentence's start (after a
    dateline), or from the end of the sentence's previous count and the place trailing it."""
    at = f.start - f.text_start
    start = sentence_start(f)
    if start == 0:
        start = dateline_end(f.text[:at])  # "Santo Domingo.- El Ministerio ... recibió 14,572"
    if previous is not None and previous.text == f.text and previous.locator == f.locator:
        start = max(start, previous.start - previous.text_start + len(previous.value_raw))
        # "12 en San José y 5 en Alajuela": the place right after the last count is its own
        trail = _TRAILS_A_COUNT.match(f.text, start, at) if start < at else None
        start = trail.end() if trail else start
    return f.text[start:at] if 0 <= start < at <= len(f.text) else ""


# a run of capitalised words, "de", "la"... between them: "San Pedro Tlaquepaque", "Tonalá"
_LOCAL_RUN = re.compile(
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ'’]+(?:\s+(?:(?:de|del|la|las|los)\s+)*[A-ZÁÉÍÓÚÑ][\wáéíóúñ'’]+)*"
)


def _local_place(f: Finding, document: Place, previous: Finding | None) -> Place | None:
    """ "En Guadalajara se atendieron 340 mujeres; en Tonalá, 120", "340 mujeres en Tonalá":
    in a report of one first-level division (its municipality, if any, its dateline's city or
    its office's), a municipality of that division named in the count's clause after a place
    word (lexicon ``scope.place_lead``), or right after the count with "en", is the count's
    place; the division itself ("En Jalisco se registraron 1,250", "en todo el estado",
    lexicon ``scope.division_wide``) is the division's figure, without the municipality. A
    name both of the division and of a municipality ("Piura"), the last of a list ("Zipaquirá
    y Chía registraron seis casos cada uno") or two municipalities in the clause leave the
    document's place."""
    if not document.country or not document.admin1:
        return None
    said = _local_after(f, document)
    if said is None:
        clause = _local_clause(f, previous)
        found = _local_mentions(clause, document)
        if len({p.municipality_code for p in found if p.municipality and p != document}) > 1:
            return None
        said = found[-1] if found else None
        if (
            said is not None
            and not said.municipality
            and said.admin1 == document.admin1
            and _names_own_municipality(clause, document)
        ):
            return None  # "el municipio Chacao del estado Miranda": where it lies, no more
    if said is None or said == document:
        return None
    if said.municipality:
        return said if place_key(said.municipality) != place_key(document.municipality) else None
    return said if document.municipality else None


def _local_clause(f: Finding, previous: Finding | None) -> str:
    """The count's own clause before it: from its sentence's start (after a dateline), the
    last semicolon, or the end of the clause of the sentence's previous count ("277 casos en
    Los Patios, 146 en Villa del Rosario": Los Patios is the 277's)."""
    at = f.start - f.text_start
    start = sentence_start(f)
    if start == 0:
        start = dateline_end(f.text[:at])
    if previous is not None and previous.text == f.text and previous.locator == f.locator:
        since = previous.start - previous.text_start + len(previous.value_raw)
        if since > start:
            boundary = _LOCAL_CLAUSE_END.search(f.text, since, at) if since < at else None
            start = boundary.end() if boundary else at
    start = max(start, f.text.rfind(";", start, at) + 1)
    return f.text[start:at] if 0 <= start < at <= len(f.text) else ""


# What ``_local_mentions`` found, by clause and document place, kept per set of what it reads
# (the active lexicon's words, gazetteer and countries, each kept alongside so that its id is
# never another's): a report's clauses before its counts repeat from report to report ("Se
# atendieron ", "Talleres de prevención en escuelas: "), about 90 distinct in 7,400.
_LOCAL_MENTIONS: dict[tuple[int, ...], tuple[tuple[object, ...], dict[Any, tuple[Place, ...]]]] = {}


def _local_mentions(clause: str, document: Place) -> list[Place]:
    """The places ``clause`` names, in order, read by ``_local_name`` after a place word or
    at its opening, and the division's whole (lexicon ``scope.division_wide``); remembered
    per clause and document place."""
    read = (_words(), gazetteer(), registry())
    entry = _LOCAL_MENTIONS.get(ids := tuple(map(id, read)))
    if entry is None:
        entry = _LOCAL_MENTIONS[ids] = (read, {})
    memo = entry[1]
    known = memo.get((clause, document))
    if known is None:
        if len(memo) >= 65_536:
            memo.clear()
        known = memo[(clause, document)] = tuple(_mentions_in(clause, document))
    return list(known)


def _mentions_in(clause: str, document: Place) -> list[Place]:
    """:func:`_local_mentions`, read."""
    found: list[tuple[int, Place]] = []
    for m in _words().division_wide.finditer(clause):
        found.append((m.start(), _division_of(document)))
    capital = _capital_of(document)
    if capital is not None:  # "En la capital del Estado se atendieron 300"
        found.extend((m.start(), capital) for m in _words().division_capital.finditer(clause))
    if not _CAPITAL.search(clause):
        return [p for _, p in found]
    for run in _LOCAL_RUN.finditer(clause):
        words = run.group(0).split()
        for i in range(len(words)):
            if not words[i][:1].isupper():
                continue
            before = (clause[max(0, run.start() - 40) : run.start()] + " ".join(words[:i])).rstrip()
            if not _local_lead(before):
                continue
            said = _local_name(" ".join(words[i:]), before, document)
            if said is not None:
                found.append((run.start(), said))
                break
    return [p for _, p in sorted(found, key=lambda item: item[0])]


def _division_of(document: Place) -> Place:
    return Place(document.country, document.admin1, document.admin1_name, "", "", document.method)


def _local_lead(before: str) -> bool:
    """A place word (and an article) right before a name, or the clause's opening; not where
    a service sits ("con sede en Guadalajara", lexicon ``scope.located``)."""
    if _words().located_end.search(before + " "):
        return False
    if not before or before[-1] in ",;:(":
        return True
    tail = re.search(r"[\wáéíóúñ]+(?:\s+[\wáéíóúñ]+)?$", before)
    lead = _words().place_lead.search(tail.group(0)) if tail else None
    return bool(
        tail
        and lead
        and lead.group(0).strip()
        and (lead.start() == 0 or tail.group(0)[lead.start() - 1] == " ")
    )


# a division's word right before a name ("la región Piura", "Provincia de Linares"): the name is
# no municipality; a municipality's ("el municipio de San Luis Potosí"): it is one
_DIVISION_WORD_END = re.compile(r"(?<!\w)regi[oó]n\s*(?:de\s+|del\s+)?$", re.IGNORECASE)
_TOWN_WORD_END = re.compile(
    r"(?<!\w)(?:municipio|ciudad|cant[oó]n|distrito|comuna)\s+(?:de\s+|del\s+)?$", re.IGNORECASE
)
_LIST_END = DeferredPattern(r"(?<!\w)[ye]$")  # searched from "y" and "e" (``lead_gate``)


def _local_name(name: str, before: str, document: Place) -> Place | None:
    """What ``name`` says of the count's place in a report of ``document``'s division: the
    division itself, one municipality of it, or ``document`` (keep the report's place: a name
    of both, the last of a list, another kind of division); None when it names none."""
    here = before + " "
    division = any(a.iso == document.admin1 for a in lookup_admin1(name, document.country))
    towns = lookup_municipality(name, document.country, document.admin1)
    town = towns[0] if len({t.code for t in towns}) == 1 and not _common_word(name) else None
    if _words().division_named.search(here) or _DIVISION_WORD_END.search(here):
        return _division_of(document) if division else document
    if town is not None and _TOWN_WORD_END.search(here):
        return Place(
            town.country, town.admin1, town.admin1_name, town.name, town.code, document.method
        )
    if division:
        return document if towns else _division_of(document)
    if town is None:
        return None
    if _LIST_END.search(before):
        return document  # "Zipaquirá y Chía registraron seis casos cada uno"
    return Place(town.country, town.admin1, town.admin1_name, town.name, town.code, document.method)


def _local_after(f: Finding, document: Place) -> Place | None:
    """ "340 mujeres en Tonalá", "146 en Villa del Rosario", "1,250 atenciones en todo el
    estado": the place right after the count, before its clause ends."""
    after = f.start - f.text_start + len(f.value_raw)
    end = _LOCAL_CLAUSE_END.search(f.text, after)
    own = f.text[after : end.start() if end else len(f.text)]
    m = _LOCAL_AFTER.match(own)
    said = _local_name(m.group("name"), "en", document) if m else None
    wide = _words().division_wide.search(own)
    if said is None and wide and not _CAPITAL.search(own, 0, wide.start()):
        said = _division_of(document)
    capital = _words().division_capital.search(own)
    if said is None and capital and not _CAPITAL.search(own, 0, capital.start()):
        said = _capital_of(document)  # "13 mil mujeres en la capital del Estado"
    return said


def _capital_of(document: Place) -> Place | None:
    """The capital municipality of the report's division, as a place (``division_capital``)."""
    town = division_capital(document.country, document.admin1)
    if town is None:
        return None
    return Place(town.country, town.admin1, town.admin1_name, town.name, town.code, document.method)


# "340 mujeres en Tonalá", "120 en el municipio de Tonalá": up to two words of the count's
# own clause, "en" and the name, up to the clause's end
_LOCAL_AFTER = re.compile(
    r"\s*(?:[a-záéíóúñ]+\s+){0,2}?en\s+(?:el\s+municipio\s+de\s+)?"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\w]+(?:\s+(?:de\s+|del\s+|la\s+|las\s+|los\s+)*[A-ZÁÉÍÓÚÑ][\w]+)*)"
    r"\s*$"
)
# where a count's clause ends: a stop, a bracket, "y" or "e"
_LOCAL_CLAUSE_END = re.compile(r"[,;:.()]|\s[ye]\s")


# a list of numbers closed by "respectivamente": "99 %, 94 % y 82,1 %, respectivamente", "con
# dos mil 216, dos mil 33 y mil 552, respectivamente" (thousands in words), "registraron 216,
# 33 y 552 casos, respectivamente" (the last number's noun before the word)
_LISTED_NUMBER = (
    r"(?:(?:un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)\s+)?mil\s+\d{1,3}(?![\d.,]?\d)"
    r"|\d[\d.,]*\d|\d"
)
_RESPECTIVELY = re.compile(r"\brespectivamente\b", re.IGNORECASE)
_RESPECTIVE_NUMBERS = re.compile(
    rf"(?:{_LISTED_NUMBER})(?:\s*%)?(?:\s*,\s*(?:{_LISTED_NUMBER})(?:\s*%)?)*"
    rf"\s+[ye]\s+(?:{_LISTED_NUMBER})(?:\s*%)?(?:\s+[a-záéíóúñ]+){{0,2}}?\s*,?\s*respectivamente\b",
    re.IGNORECASE,
)
_ONE_NUMBER = re.compile(_LISTED_NUMBER)


def _respective_place(f: Finding, document: Place) -> Place | None:
    """ "los GAD de La Paz, Cochabamba y Tarija tuvieron una ejecución de 99 %, 94 % y 82,1 %,
    respectivamente": the k-th number of a list closed by "respectivamente" is the k-th
    division of the list of as many first-level divisions (all different, one after the
    other) named last before it in the sentence, not the last division named."""
    at = f.start - f.text_start
    start = sentence_start(f)
    if not document.country or not 0 <= start <= at:
        return None
    for m in _RESPECTIVE_NUMBERS.finditer(f.text, start):
        if m.start() > at:
            return None
        if at >= m.end():
            continue
        listed = [n.start() for n in _ONE_NUMBER.finditer(f.text, m.start(), m.end())]
        if at not in listed:
            return None
        named = _division_list(f.text[start : m.start()], document.country)
        if len(named) != len(listed) or len({iso for iso, _ in named}) != len(named):
            return None
        iso, name = named[listed.index(at)]
        return Place(document.country, iso, name, "", "", document.method)
    return None


def _one_division(name: str, country: str, listed: bool = False) -> tuple[str, str] | None:
    """(ISO 3166-2, name) of the one first-level division of ``country`` called ``name``;
    None when none or several are. In a clause that lists divisions (``listed``: "Los
    departamentos con más incidencia ... fueron Lima (170), Lambayeque (64)"), a name that the
    capital district (the country file's ``admin1.capital``, Lima Metropolitana) shares with one
    division is that division, the region of Lima, never the capital."""
    admins = [a for a in lookup_admin1(name, country) if a.country == country]
    if listed and len(admins) == 2:
        found = registry().countries.get(country)
        capital = found.admin1_capital if found is not None else ""
        if capital in {a.iso for a in admins}:
            admins = [a for a in admins if a.iso != capital]
    return (admins[0].iso, admins[0].name) if len(admins) == 1 else None


def _divisions_named(
    clause: str, country: str, listed: bool = False
) -> list[tuple[int, int, tuple[str, str]]]:
    """Where a clause names first-level divisions of ``country``, in order: (start, end,
    division) of each capitalised run's longest ending that names exactly one ("GAD de La
    Paz" is La Paz; in a clause that lists divisions, ``listed``, as ``_one_division`` reads
    it)."""
    found: list[tuple[int, int, tuple[str, str]]] = []
    cursor = 0
    for _before, words in capitalised_runs_with_context(clause):
        run = re.compile(r"\s+".join(map(re.escape, words))).search(clause, cursor)
        if run is None:
            return found
        cursor = run.end()
        for i, word in enumerate(words):
            division = (
                _one_division(" ".join(words[i:]), country, listed) if word[:1].isupper() else None
            )
            if division is not None:
                ending = re.compile(r"\s+".join(map(re.escape, words[i:])) + r"$")
                at = ending.search(clause, run.start(), run.end())
                found.append((at.start() if at else run.start(), run.end(), division))
                break
    return found


# what stands between two names of one list: "La Paz, Cochabamba y Tarija"
_DIVISION_GAP = re.compile(r"\s*(?:,\s*(?:[ye]\s+)?|[ye]\s+)")


def _division_list(clause: str, country: str) -> list[tuple[str, str]]:
    """The last list of first-level divisions of ``country`` a clause names, in order, its
    names apart by commas and "y" alone ("La Paz, Cochabamba y Tarija")."""
    found: list[tuple[str, str]] = []
    last_end = -1
    for begin, end, division in _divisions_named(clause, country):
        if last_end < 0 or _DIVISION_GAP.fullmatch(clause, last_end, begin) is None:
            found = []
        found.append(division)
        last_end = end
    return found


# the words after a count that say where it was: "en San José" before "y", a comma or the end;
# or, right after the count or its noun, "de" and a capitalised name ("6.927 mujeres de Limón,
# 5.072 de San José": each count's own, never the next one's)
# "18.131 corresponden al departamento de Santa Cruz, 12.428 a La Paz, 8.196 a Cochabamba": a
# count followed by "a" (its verb of belonging before it, at most) and a name
_BELONGS_TO = (
    r"(?:correspond[a-z]*\s+)?(?:a\s+(?=(?-i:[A-ZÁÉÍÓÚÑ]))"
    r"|al\s+(?=departamento\s+de\s+|estado\s+de\s+|municipio\s+de\s+))"
)
_TRAILS_A_COUNT = re.compile(
    r"\s*(?:(?:de\s+\w+\s+|[a-záéíóúñ]+\s+){0,2}?en\s+"
    # "26 dijeron ser de Antioquia, 21": up to two words before "de" and the place
    r"|(?:[a-záéíóúñ]+\s+){0,2}?de\s+(?-i:[A-ZÁÉÍÓÚÑ])"
    rf"|{_BELONGS_TO})"
    r"[^,;]*?"
    r"(?:,|;|\s+[ye]\s+)"
)
_PLACE_AFTER = re.compile(
    r"\s*(?:(?:de\s+\w+\s+|[a-záéíóúñ]+\s+){0,2}?en\s+|(?:[a-záéíóúñ]+\s+)?de\s+(?=(?-i:[A-ZÁÉÍÓÚÑ]))"
    rf"|{_BELONGS_TO})"
    r"(?:el\s+departamento\s+de\s+|la\s+provincia\s+de\s+|departamento\s+de\s+)?"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\w]+(?:\s+(?:de\s+|del\s+|la\s+|las\s+|los\s+)*[A-ZÁÉÍÓÚÑ][\w]+)*)"
    r"(?=\s*(?:[,;.)]|\s[ye]\s|$))"
)


def _place_after(f: Finding, at: int, country: str) -> tuple[str, str] | None:
    """ "12 en San José y 5 en Alajuela": a count followed by "en" and one first-level
    division of the document's country, up to the end of its clause, is that division's."""
    m = _PLACE_AFTER.match(f.text, at + len(f.value_raw))
    if m is None:
        return None
    # "cuatro feminicidios en El Seibo, La Vega, San Juan de la Maguana y Monte Cristi": a count
    # spread over a list of divisions is none of them
    run = _NAME_LIST.match(f.text, m.start("name"))
    if run is not None and _listed_divisions(run.group(0), country) > 1:
        return None
    if _names_country(m.group("name"), country) and not _other_divisions(f, country):
        # "la Fiscalía registró cuatro femicidios en Ecuador", "hubo 42 femicidios consumados
        # en Chile": the country's own figure (a sentence of its divisions, "Escuintla con 40 y
        # 267 en Guatemala", keeps the division of the country's name)
        return ("", "")
    return _one_division(m.group("name"), country)


def _other_divisions(f: Finding, country: str) -> bool:
    """Whether the count's sentence names a first-level division of ``country`` that is not
    called as the country is."""
    at = f.start - f.text_start
    end = _SENTENCE_END.search(f.text, at)
    sentence = f.text[sentence_start(f) : end.start() if end else len(f.text)]
    return any(
        not _names_country(name, country) for _, _, (_, name) in _divisions_named(sentence, country)
    )


_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


# a run of capitalised names apart by commas and "y" ("El Seibo, La Vega, San Juan de la
# Maguana y Monte Cristi")
_NAME_LIST = re.compile(
    r"[A-ZÁÉÍÓÚÑ][\w]*(?:(?:\s+|,\s*|\s+[ye]\s+)(?:(?:de|del|la|las|los)\s+)*[A-ZÁÉÍÓÚÑ][\w]*)*"
)


def _listed_divisions(names: str, country: str) -> int:
    """How many different first-level divisions of ``country`` a run of names lists."""
    return len({division for _, _, division in _divisions_named(names, country)})


_CAPITAL = re.compile(r"[A-ZÁÉÍÓÚÑ]")


def _named_place(clause: str, country: str) -> tuple[str, str] | None:
    """The last place the clause names after a place word or at its start: ('', '') for the
    country itself, (ISO 3166-2, name) for one of its first-level divisions (remembered with
    the gazetteer's look-ups: report after report repeats its sentences)."""
    gaz = gazetteer()
    key = ("clause-place", clause, country, "")
    if key not in gaz.memo:
        gaz.remember(key, [_read_place(clause, country)])
    remembered = gaz.memo.get(key) or [_read_place(clause, country)]
    found: tuple[str, str] | None = remembered[0]
    return found


# the clause's opening is its subject's article alone: "La Ciudad de Buenos Aires se ubica en
# segundo lugar con 20.214", the run's first words set before it by ``_office_of_division``
_ARTICLE_ONLY = re.compile(r"\s*(?:la|el|los|las)\s+", re.IGNORECASE)


def _read_place(clause: str, country: str) -> tuple[str, str] | None:
    found: tuple[str, str] | None = None
    part = False
    for before, words in _runs_without_lead(capitalised_runs_with_context(clause), country):
        if not _words().place_lead.search(
            before.rstrip() if before.strip() else ""
        ) and not _ARTICLE_ONLY.fullmatch(before):
            continue
        name = " ".join(words)
        if _names_country(name, country) and _words().country_part.search(before):
            # "la féminas del centro de Cuba resaltaron ... atender más de 800 casos": a part of
            # the country (lexicon ``scope.country_parts``) is neither the country nor the
            # division that bears its name; the count keeps the report's place
            part = True
            continue
        if _names_country(name, country):
            # "los departamentos con las cifras más altas son Guatemala con 267": in a list of
            # divisions the name the country shares with one of them is that division, and so
            # it is after a division word ("El departamento de Guatemala concentró 8,964")
            listed = _words().divisions_listed.search(clause) or _words().division_named.search(
                before
            )
            same = [a for a in lookup_admin1(name, country) if a.country == country]
            found = (same[0].iso, same[0].name) if listed and len(same) == 1 else ("", "")
            continue
        division = _one_division(name, country)
        if division is not None and _words().national.search(
            clause, clause.rfind(name) + len(name)
        ):
            # "la Felcv de Santa Cruz registró la mitad del total de denuncias registradas a nivel
            # nacional por esta instancia (35.360)": the country's scope said after the division
            division = ("", "")
        found = division or found
    if found is None and part:
        return None
    if found is None:
        found = _division_just_before(clause, country)
    if found is None and _words().divisions_listed.search(clause):
        # "Los departamentos con más incidencia ... fueron Lima (170)": among departments, the
        # name the capital district shares is the department's
        found = _division_just_before(clause, country, listed=True)
    if found is None:
        # "Central es la zona con mayor cantidad de casos (11)": the division the clause is about
        for m in _words().division_subject.finditer(clause):
            found = _one_division(m.group(1), country) or found
    return found


# what may stand between a division and its number: "Santa Fe con 11.694", "Tucumán (5.277)"
_BEFORE_ITS_NUMBER = re.compile(r"(?:\s+con|\s*\(|\s*:)?\s*$")


def _division_just_before(
    clause: str, country: str, listed: bool = False
) -> tuple[str, str] | None:
    """ "Los GAD de Chuquisaca 28,4 %, Santa Cruz 27,1 % y Oruro 15 %", "luego Santa Fe con
    11.694", "Tucumán (5.277)": a division named right before the number, nothing but "con",
    "(" or ":" between them, is the number's."""
    head = _BEFORE_ITS_NUMBER.sub("", clause)
    named = _divisions_named(head, country, listed)
    return named[-1][2] if named and named[-1][1] == len(head) else None


def _runs_without_lead(
    runs: Iterable[tuple[str, list[str]]], country: str
) -> Iterable[tuple[str, list[str]]]:
    """Capitalised runs, a sentence's capitalised lead word moved before its place: "En
    Tucumán se registraron 40 denuncias" is "En" before "Tucumán" (a run that is itself a
    division, "Región Metropolitana", stays whole)."""
    for before, words in runs:
        # and so the words of a place written with capitals: "En la Comarca Guna Yala"
        while (
            len(words) > 1
            and _words().place_lead.search(f"{before}{words[0]} ")
            and not any(a.country == country for a in lookup_admin1(" ".join(words), country))
        ):
            before, words = f"{before}{words[0]} ", words[1:]
        yield _office_of_division(before, words, country)


def _office_of_division(before: str, words: list[str], country: str) -> tuple[str, list[str]]:
    """ "la Felcv de Santa Cruz registró 15.104 casos", "la Fiscalía de La Paz": an office's
    name, then "de" and one first-level division of ``country`` ending the run, is that
    division's office: the division alone (a run that is itself a division, "Santiago del
    Estero", stays whole); the office's words join what comes before, "de" last."""
    if any(a.country == country for a in lookup_admin1(" ".join(words), country)):
        return before, words
    for i in range(1, len(words) - 1):
        if words[i] not in {"de", "del"}:
            continue
        tail = words[i + 1 :]
        if any(a.country == country for a in lookup_admin1(" ".join(tail), country)):
            # "La Ciudad de Buenos Aires se ubica en segundo lugar con 20.214": a longer ending
            # of the run that names a division itself (the capital district, AR-C) is the name,
            # never the other division ("Buenos Aires", AR-B) its last words name. When those
            # words are the country's name, only where an article alone comes before the
            # division's name, the clause's subject ("La Ciudad de México concentra 19 por
            # ciento de los casos"); after an office's words ("la Secretaría de Salud de la
            # Ciudad de México") the place stays the country's, the wider level
            for j in range(1, i):
                lead = f"{before}{' '.join(words[:j])} "
                if (
                    words[j][:1].isupper()
                    and (
                        not _names_country(" ".join(tail), country)
                        or _ARTICLE_ONLY.fullmatch(lead) is not None
                    )
                    and any(
                        a.country == country for a in lookup_admin1(" ".join(words[j:]), country)
                    )
                ):
                    return f"{before}{' '.join(words[:j])} ", words[j:]
            return f"{before}{' '.join(words[: i + 1])} ", tail
    return before, words


def _names_country(name: str, country: str) -> bool:
    from genero_etl.countries import registry
    from genero_etl.extract.textutil import fold

    c = registry().countries.get(country)
    return c is not None and fold(name) in {fold(c.name_es), fold(c.name_en)}


def _period(f: Finding, facts: DocFacts) -> Period:
    if f.period is None:
        if facts.period.known and _year_before_in_clause(f) is not None:
            # "El año anterior se registraron 1.900 denuncias" in a report of 2024: the year
            # before is the writer's, and a report's year is often the year it reports on
            # (then the count is of the year before it), so no period can be told
            return Period()
        return facts.period
    same = _same_period_of(f, facts.period)
    if same is not None:
        return same
    said = Period(f.period.start, f.period.end, f.period_label or f.period.label)
    return _previous_year_said(f, said)


@dataclass(frozen=True, slots=True)
class _PreviousYear:
    said: TextPattern  # "el año pasado", "del año anterior"
    compared: TextPattern  # a comparison's or an open span's word right before it


@per_active_lexicon
def _previous_year_cue(lex: SpanishLexicon) -> _PreviousYear | None:
    """The words of lexicon ``periods.previous_year_in_clause`` and its companions."""
    from genero_etl.extract.cues import compile_phrases

    said = lex.words("periods", "previous_year_in_clause")
    if not said:
        return None
    return _PreviousYear(
        compile_phrases(said, r"\b"),
        compile_phrases(lex.words("periods", "previous_year_compared"), r"\b"),
    )


_CLAUSE_STOP_BEFORE = re.compile(r"[,;:()]|\b[ye]\s", re.IGNORECASE)
_FULL_STOP = re.compile(r"[.!?](?:\s|$)")
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WORD = re.compile(r"[^\W\d_]+")
_PUNCTUATION = re.compile(r"[,;:()]|[.!?](?:\s|$)")
_A_NUMBER = re.compile(r"\d")


def _dates_another_count(f: Finding, start: int, end: int, own: int) -> bool:
    """A number other than the count at ``own`` stands in the clause where the period at
    ``start``-``end`` of its text is written ("608 denuncias en los primeros dos meses de
    2024", "los 1.342 casos documentados en 2022"): the period is that count's."""
    stops = [m for m in _PUNCTUATION.finditer(f.text) if m.end() <= start]
    begin = stops[-1].end() if stops else 0
    after = _PUNCTUATION.search(f.text, end)
    finish = after.start() if after else len(f.text)
    own_end = own + len(f.value_raw)
    return any(
        not start <= m.start() < end and not own <= m.start() < own_end
        for m in _A_NUMBER.finditer(f.text, begin, finish)
    )


def _year_before_in_clause(f: Finding) -> tuple[int, int] | None:
    """Where the count's own clause begins and ends (from the last punctuation or "y" before
    it to the next punctuation, number or word opening another clause after it), when it says
    the year before ("el año pasado", lexicon ``periods.previous_year_in_clause``) other than
    as a comparison's ("más que el año pasado"); None otherwise."""
    cue = _previous_year_cue()
    at = number_at(f)
    if cue is None or at < 0:
        return None
    start = sentence_start(f)
    stops = list(_CLAUSE_STOP_BEFORE.finditer(f.text, start, at))
    begin = stops[-1].end() if stops else start
    after = at + len(f.value_raw)
    clause_stop = _CLAUSE_AFTER.search(f.text, after)
    clause_end = clause_stop.start() if clause_stop else len(f.text)
    if not any(
        not cue.compared.search(" ".join(_WORD.findall(part[: m.start()])[-3:]))
        for part in (f.text[begin:at], f.text[after:clause_end])
        for m in cue.said.finditer(part)
    ):
        return None
    return begin, clause_end


def _previous_year_said(f: Finding, period: Period) -> Period:
    """ "608 denuncias en los primeros dos meses de 2024, ... una tendencia que el año pasado
    acumuló 4,608 casos", "el año anterior atendió a 1.838 personas ..., comparado con los
    1.342 casos documentados en 2022": a count whose own clause (from the last punctuation or
    "y" before it to the next punctuation, number or word opening another clause after it)
    says the year before, while it took a period its sentence writes for another count, is
    of no period that can be told: the year before is the writer's, which a report does not
    always say (2023 for the 1.838, 2023 for the 4,608), so it is published with no period
    rather than with the other count's. Left as it is where the clause writes a year, where
    the words are a comparison's or an open span's ("más que el año pasado", "desde marzo del
    año pasado"), and where the period was read from these words already or is written
    outside the sentence."""
    at = number_at(f)
    if f.period is None or not period.known:
        return period
    if (cue := _previous_year_cue()) is not None and cue.said.search(period.label):
        return period  # "las 858 del año pasado": read so already
    clause = _year_before_in_clause(f)
    if clause is None:
        return period  # no year before said, or only compared with ("más que el año pasado")
    begin, clause_end = clause
    start = sentence_start(f)
    after = at + len(f.value_raw)
    stop = _FULL_STOP.search(f.text, after)
    written = f.period.span[0] - f.text_start
    if not start <= written < (stop.start() if stop else len(f.text)):
        return period  # the period of a heading or of another sentence
    if begin <= written <= clause_end or _WRITTEN_YEAR.search(f.text, begin, clause_end + 4):
        return period  # "800 casos ... durante el 2022": its own year
    if not _dates_another_count(f, written, f.period.span[1] - f.text_start, at):
        return period  # "superó al total de femicidios del 2022, pues el año anterior hubo 68"
    return Period()


@dataclass(frozen=True, slots=True)
class _SamePeriod:
    before: TextPattern  # the words, right before a year
    after: TextPattern  # the words and the year, right after a count
    within: TextPattern  # the words anywhere ("mientras que en el mismo periodo de 2022")


@per_active_lexicon
def _same_period_cue(lex: SpanishLexicon) -> _SamePeriod:
    """Words before a year that mean the report's own months of that year (lexicon
    ``periods.same_period_before``)."""
    from genero_etl.extract.cues import compile_phrases, phrase_pattern

    words = lex.words("periods", "same_period_before")
    return _SamePeriod(
        compile_phrases(words, r"\s*$"),
        re.compile(
            rf"\s*(?:[^\W\d_]+\s+){{0,2}}?(?:en\s+)?(?:{phrase_pattern(words)})\s+"
            r"(?:el\s+)?(?:a[ñn]o\s+)?((?:19|20)\d\d)(?!\d)",
            re.IGNORECASE,
        ),
        compile_phrases(words, r"\b"),
    )


def _same_period_of(f: Finding, document: Period) -> Period | None:
    """ "En el mismo período de 2022 se atendieron 2 mil 980 mujeres", in a report of July to
    September 2023: July to September 2022, not the whole of 2022; "14 feminicidios entre
    enero y septiembre, frente a 18 en igual periodo de 2022": January to September 2022. Only
    for months of one year (the sentence's or else the report's)."""
    cues = _same_period_cue()
    at = number_at(f)
    after = cues.after.match(f.text, at + len(f.value_raw)) if at >= 0 else None
    said = f.period
    if after is not None:
        year = int(after.group(1))
        label = after.group(0).strip()
        if said is not None and said.strength >= 2:
            document = Period(said.start, said.end, said.label)
    else:
        if said is None or said.strength != 1:
            return None
        start = said.span[0] - f.text_start
        if not 0 <= start <= len(f.text):
            return None
        cue = cues.before.search(f.text[max(0, start - 40) : start])
        if cue is None:
            return None
        year = int(said.start[:4])
        label = f.text[max(0, start - 40) + cue.start() : start + len(said.label)].strip()
    return _months_of(document, year, label)


def _months_of(period: Period, year: int, label: str) -> Period | None:
    """``period``'s months in ``year``; None for a whole year or a period across years."""
    first, last = period.start, period.end
    if (
        not first
        or not last
        or first[:4] != last[:4]
        or (first[5:], last[5:]) == ("01-01", "12-31")
    ):
        return None
    month = int(last[5:7])
    day = min(int(last[8:10]), calendar.monthrange(year, month)[1])
    return Period(f"{year:04d}{first[4:]}", f"{year:04d}-{month:02d}-{day:02d}", label)


def _breakdown(f: Finding, parent: Finding | None, category: str) -> tuple[str, str]:
    if parent is not None:
        value = f.part_label or f.noun_phrase or f.label_before
        return breakdown_dimension(value), value
    if category:
        return _cell_breakdown(f, category)
    if f.row_label:
        return _slug(f.row_dimension), f.row_label
    if f.activity:
        return "actividad", f.activity
    return "_T", "_T"


def _cell_breakdown(f: Finding, category: str) -> tuple[str, str]:
    """A table cell under its heading: its row's category (the header row's first cell
    names the rows: "Tipo de violencia\t2021\t2022"), and its column's when the columns
    are categories too ("Región\tFísica\tSexual": "Norte | Sexual", never "Norte" alone nor
    "Sexual" alone); a "Total" row or column is no category."""
    head = f.heading.split("\t", 1)[0]
    # "2014 - 2017" over the rows is their period, not what they are
    row_dimension = "categoria" if is_period_cell(head) else _slug(head)
    parts = [] if _TOTAL_ROW.match(category) else [(row_dimension, category)]
    if f.cell >= 0 and f.row_label and not _TOTAL_ROW.match(f.row_label):
        column_dimension = _slug(f.row_dimension)
        if column_dimension == row_dimension:
            column_dimension = "categoria"
        parts.append((column_dimension, f.row_label))
    if not parts:
        return "_T", "_T"
    return "+".join(d for d, _ in parts), " | ".join(v for _, v in parts)


_TOTAL_ROW = re.compile(r"^\s*total(?:es)?(?:\s+general)?\s*:?\s*$", re.IGNORECASE)


def _ambiguous(f: Finding, facts: DocFacts) -> Issue:
    return issue(
        "ambiguous-number",
        Severity.WARNING,
        source_file=facts.source_file,
        source_locator=f.printed_at or f.locator,
        raw=f.value_raw,
        a=_fmt(f.value),
        b=_fmt(f.alternative if f.alternative is not None else f.value),
        chosen=_fmt(f.value),
        country=facts.place.country or "?",
    )


# the confidence at most of a value the extractor holds for review (below the publish gate's
# default, ``review.min_confidence`` 0.6): read right after a quote of another body's figures,
# it may be that body's as well as the office's (``extract/text.py:QuotedReport``)
HELD_CONFIDENCE = 0.5
# a whole police force's count whose sentence names no offence of violence (codebook
# ``counted_by_all``): it may be of every offence
OFFENCE_UNNAMED = "offence_unnamed"
# a figure per day, week or month, or an average, where the codebook has no indicator of it:
# not the period's count, held for review (``kinds.average`` of the lexicon)
AVERAGE_NOT_COUNT = "average_not_count"
HELD_FLAGS = frozenset({"after_other_body", OFFENCE_UNNAMED, AVERAGE_NOT_COUNT})


def _confidence(row: _Row, codebook: Codebook) -> float:
    flags = set(row.flags)
    if row.indicator.id == codebook.unclassified.id:
        flags.add("unclassified")
    if flags & HELD_FLAGS:
        return min(HELD_CONFIDENCE, _modelled_confidence(row, flags))
    return _modelled_confidence(row, flags)


def _modelled_confidence(row: _Row, flags: set[str]) -> float:
    f = row.f
    return confidence_of(
        features_of(
            method=f.method,
            flags=flags,
            label=row.label,
            raw=f.value_raw,
            unit=row.unit,
            kind=row.kind,
            approximate=f.approximate,
            lower_bound=f.lower_bound,
            part=row.parent >= 0,
            value=f.value,
            breakdown=row.breakdown[1],
            text=row.text,
        )
    )


def _id_place(f: Finding) -> tuple[str, int]:
    """Where a value's id says it is: its line and its place in it (for a paragraph joined
    from a PDF's lines, the line where its number is printed, as if read alone)."""
    return (f.printed_at, f.printed_start) if f.printed_at else (f.locator, f.start)


def _candidates(rows: list[_Row], facts: DocFacts, codebook: Codebook) -> Candidates:
    """The rows as columns of the contract (ids keyed by locator, offset and raw text)."""
    import numpy as np

    from genero_etl.model.coded import Coded
    from genero_etl.normalize.candidates import Candidates

    def column(get: Callable[[_Row], object] | str) -> Coded:
        # an attribute's path ("f.value_raw") read by ``attrgetter``, without a call per row
        return Coded.of(list(map(attrgetter(get) if isinstance(get, str) else get, rows)))

    n = len(rows)
    text = {
        "raw": column("f.value_raw"),
        "indicator_id": column("indicator.id"),
        "indicator_label": column("label"),
        "period_start": column("period.start"),
        "period_end": column("period.end"),
        "period_label": column("period.label"),
        "breakdown_dimension": column(lambda r: r.breakdown[0]),
        "breakdown_value": column(lambda r: r.breakdown[1]),
        "country": column("place.country"),
        "admin1": column("place.admin1"),
        "municipality": column("place.municipality"),
        "municipality_code": column("place.municipality_code"),
        "activity": column("f.activity"),
        "value_kind": column("kind"),
        "unit": column("unit"),
        "currency": column("currency"),
        "source_text": column("text"),
        "method": column("f.method"),
        "locator_override": column(lambda r: r.f.printed_at or r.f.locator),
        "id_key": column(lambda r: text_key(*_id_place(r.f), r.f.value_raw)),
        "flags": column(lambda r: ";".join(r.flags)),
    }
    nothing = np.zeros(n, dtype=np.int64)
    return Candidates.build(
        n,
        text,
        row=nothing,
        col=nothing,
        confidence=column(lambda r: _confidence(r, codebook)),
        approximate=np.array([r.f.approximate for r in rows], dtype=bool),
        lower_bound=np.array([r.f.lower_bound for r in rows], dtype=bool),
        percent=np.array([r.unit == "%" for r in rows], dtype=bool),
        parent=np.array([r.parent for r in rows], dtype=np.int64),
        value=np.array([r.f.value for r in rows], dtype=np.float64),
    )


_READ_FURTHER = frozenset({"text.noun_phrase", "text.number_words"})
_LIST_ROWS = frozenset({"text.table_row", "text.label_colon"})  # "Aguadilla: 76" under a heading


@dataclass(frozen=True)
class _Words:
    """The lexicon's words for reading a count in its sentence, compiled once per lexicon
    (``phrases`` and ``scope`` in ``schemas/lexicon/es.yaml``, extended by a workspace's)."""

    place_lead: re.Pattern[str]
    division_named: re.Pattern[str]
    country_part: re.Pattern[str]
    divisions_listed: re.Pattern[str]
    division_subject: re.Pattern[str]
    person_nouns: re.Pattern[str]
    case_nouns: re.Pattern[str]
    cases: re.Pattern[str]
    ranked_next: re.Pattern[str]
    national: re.Pattern[str]
    division_wide: re.Pattern[str]
    division_capital: re.Pattern[str]
    located_end: re.Pattern[str]
    other_offences: re.Pattern[str]
    other_offences_unless: re.Pattern[str]
    offence_office_end: re.Pattern[str]
    classed_as: re.Pattern[str]
    disease_names: re.Pattern[str]
    death_words: re.Pattern[str]
    disease_death_unless: re.Pattern[str]
    other_matters: re.Pattern[str]
    every_offence: re.Pattern[str]
    # what a test of ``_sentence_says`` answered of a sentence with these words
    said: dict[tuple[Callable[[str, _Words], bool], str], bool] = field(
        default_factory=dict, compare=False, repr=False
    )


@per_active_lexicon
def _words(lex: SpanishLexicon) -> _Words:
    """The words of the active lexicon, compiled once per set of lexicon files."""
    from genero_etl.extract.cues import phrase_pattern

    def any_of(*path: str) -> str:
        return f"(?:{phrase_pattern(lex.words(*path))})"

    articles = any_of("phrases", "articles")
    name = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+){0,3}"
    return _Words(
        place_lead=re.compile(
            rf"(?:^|[,;:(]|{any_of('scope', 'place_lead')}(?:\s+{articles})?\s*)$", re.IGNORECASE
        ),
        # "el departamento de Guatemala": the division, though it bears the country's name
        division_named=re.compile(
            rf"(?<!\w){any_of('scope', 'division_words')}(?:\s+(?:de|del))?\s*$", re.IGNORECASE
        ),
        # "las féminas del centro de Cuba": a part of the country, not the country
        country_part=re.compile(
            rf"(?<!\w){any_of('scope', 'country_parts')}\s+(?:de|del)\s*$", re.IGNORECASE
        ),
        divisions_listed=re.compile(
            rf"{any_of('scope', 'division_lists')}[^.;]*?{any_of('scope', 'list_verbs')}",
            re.IGNORECASE,
        ),
        # "Central es la zona ...": the name keeps its capital, so no IGNORECASE
        division_subject=re.compile(
            rf"({name})\s+{any_of('scope', 'subject_verbs')}\s+{articles}\s+{any_of('scope', 'subject_places')}"
        ),
        person_nouns=re.compile(rf"^{any_of('phrases', 'person_nouns')}", re.IGNORECASE),
        case_nouns=re.compile(rf"^{any_of('phrases', 'case_nouns')}", re.IGNORECASE),
        cases=re.compile(
            rf"^{any_of('phrases', 'case_words')}(?!\s+{any_of('phrases', 'case_of')})",
            re.IGNORECASE,
        ),
        ranked_next=re.compile(any_of("phrases", "ranked_next"), re.IGNORECASE),
        national=re.compile(rf"(?<!\w){any_of('scope', 'national')}(?!\w)", re.IGNORECASE),
        # never before "de" or "del" and a name: "en la provincia de Guayas" names its own;
        # the level's word alone (``scope.division_bare``) only where its clause ends after it
        division_wide=re.compile(
            rf"(?<!\w)(?:{any_of('scope', 'division_wide')}(?!\w)(?!\s+(?:de|del)\s)"
            rf"|{any_of('scope', 'division_bare')}(?=\s*(?:[,.;:)]|$|\s+[ye]\s)))",
            re.IGNORECASE,
        ),
        located_end=re.compile(rf"(?<!\w){any_of('scope', 'located')}\s*$", re.IGNORECASE),
        other_offences=re.compile(rf"(?<!\w){any_of('phrases', 'other_offences')}", re.IGNORECASE),
        other_offences_unless=re.compile(
            rf"(?<!\w){any_of('phrases', 'other_offences_unless')}", re.IGNORECASE
        ),
        disease_names=re.compile(rf"(?<!\w){any_of('phrases', 'disease_names')}", re.IGNORECASE),
        death_words=re.compile(rf"(?<!\w){any_of('phrases', 'death_words')}(?!\w)", re.IGNORECASE),
        disease_death_unless=re.compile(
            rf"(?<!\w){any_of('phrases', 'disease_death_unless')}", re.IGNORECASE
        ),
        other_matters=re.compile(
            rf"(?<!\w){any_of('phrases', 'other_matters')}(?!\w)", re.IGNORECASE
        ),
        every_offence=re.compile(
            rf"(?<!\w){any_of('phrases', 'every_offence')}(?!\w)", re.IGNORECASE
        ),
        # "Fiscalía Especializada en ", "Unidad de ": an office named by the offences it takes
        offence_office_end=re.compile(
            rf"(?<!\w){any_of('phrases', 'offence_offices')}"
            r"(?:\s+especializad[oa]s?)?\s+(?:en|de|contra|para)\s+(?:los\s+|las\s+)?$",
            re.IGNORECASE,
        ),
        classed_as=re.compile(rf"^{any_of('phrases', 'classed_as')}\s+", re.IGNORECASE),
        # "en la capital del Estado": the division's capital, not the country's ("la capital
        # del país")
        division_capital=re.compile(
            rf"(?<!\w){any_of('scope', 'division_capital')}(?!\w)"
            rf"(?!\s+{any_of('scope', 'country_capital_after')}(?!\w))",
            re.IGNORECASE,
        ),
    )


def _next_ranked(gap: str, codebook: Codebook) -> bool:
    """'Guayas, con 89 episodios de este tipo, se mantiene como la provincia con más
    incidencia ..., seguida de Pichincha con la cifra de 84': after "seguida de", the next
    item of a ranking, whatever was said of the first."""
    parts = _words().ranked_next.split(gap)
    return len(parts) > 1 and codebook.is_series_gap(parts[-1])


# what "casos" after a count in its sentence are more of (lexicon ``phrases.case_words``)
_CASE_UNITS = frozenset({"denuncias", "femicidios", "victimas"})
_SIBLING_GAP = re.compile(r"^[\s,;]*(?:y|e)?\s*[\wáéíóúñ]{0,20}\s*$", re.IGNORECASE)
_PARALLEL_GAP = re.compile(r"^(?:\s*[\wáéíóúñ.]+){1,6}\s*(?:,|\by|\be)\s*$", re.IGNORECASE)


def _sibling(prev: Finding, f: Finding) -> bool:
    """Is ``f`` the next item of the list ``prev`` starts (same clause, joined by ',' or 'y')?"""
    if (
        prev.text != f.text
        or prev.locator != f.locator
        or f.parent is not None
        or f.unit_hint != prev.unit_hint
    ):
        return False
    if f.period is not None and prev.period is not None and f.period_label and prev.period_label:
        # "Enero: 45 / Febrero: 52": one series, month by month; "desde 2010, cuando se dieron
        # 72 asesinatos, hasta 59 en 2011": year by year, its noun carried over
        return not f.noun_phrase or (f.noun_phrase == prev.noun_phrase and _years_apart(prev, f))
    if f.noun_phrase and f.noun_phrase == prev.noun_phrase:
        return True  # "La Paz con 11, Cochabamba con ocho": the series' noun, carried over
    if f.noun_phrase and not _words().person_nouns.match(f.noun_phrase):
        return False
    gap = f.text[prev.start - f.text_start + len(prev.value_raw) : f.start - f.text_start]
    if prev.noun_phrase and gap.lstrip().startswith(prev.noun_phrase):
        gap = gap.lstrip()[len(prev.noun_phrase) :]
    # "37 casos a la Fiscalía Local y 12 a los Tribunales": the same count, another place
    return bool(_SIBLING_GAP.match(gap)) or (not f.noun_phrase and bool(_PARALLEL_GAP.match(gap)))


def _years_apart(prev: Finding, f: Finding) -> bool:
    """Two counts of two different whole years: a year-by-year series."""
    a, b = prev.period, f.period
    return (
        a is not None
        and b is not None
        and a.strength == b.strength == 1
        and a.start[:4] != b.start[:4]
    )


_LIST_GAP = re.compile(r"^[\s,;]*(?:y|e)?\s*$", re.IGNORECASE)


def _next_in_list(prev: Finding, f: Finding) -> bool:
    """'2 feminicidios y 0 tentativas': ``f`` follows ``prev`` and its noun, joined by a comma
    or 'y' alone."""
    if prev.text != f.text or prev.locator != f.locator:
        return False
    end = prev.start - f.text_start + len(prev.value_raw)
    gap = f.text[end : f.start - f.text_start].lstrip(" %")
    if prev.noun_phrase and gap.startswith(prev.noun_phrase):
        gap = gap[len(prev.noun_phrase) :]
    return _LIST_GAP.match(gap) is not None


_SHARE_THEN_BRACKET = re.compile(r"^\s*(?:%|por\s*ciento)?\s*\(\s*$", re.IGNORECASE)


def _bracketed_after_share(prev: Finding, f: Finding) -> bool:
    """'el 48.5 % (671)': a count in brackets right after a share counts what the share does."""
    if prev.text != f.text or prev.locator != f.locator or prev.unit_hint != "%":
        return False
    gap = f.text[prev.start - f.text_start + len(prev.value_raw) : f.start - f.text_start]
    return _SHARE_THEN_BRACKET.match(gap) is not None


def _without_elided_noun(f: Finding, codebook: Codebook) -> Finding:
    """'135 apoyos psicológicos y 162 jurídicos': the second item without its adjective, so
    that it reads as the next item of the list."""
    if not f.noun_phrase or not codebook.elides_noun(f.noun_phrase):
        return f
    from dataclasses import replace

    return replace(f, noun_phrase="")


_QUALIFIER_WORDS = 6  # "por el delito de violación y a": words that qualify a list item


def _qualifier_only(f: Finding) -> bool:
    """No noun of its own and only a few words before it: a list item's qualifier."""
    return not f.noun_phrase and len(f.label_before.split()) <= _QUALIFIER_WORDS


def _slug(text: str) -> str:
    from genero_etl.extract.textutil import fold

    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_")[:60] or "categoria"


def _with_unit_of(part: Finding, parent: Finding) -> Finding:
    """A part counts what its total counts ("612 de forma presencial" are persons)."""
    if part.unit_hint:
        return part
    from dataclasses import replace

    return replace(
        part, noun_phrase=parent.noun_phrase, unit_hint=parent.unit_hint, kind_hint=parent.kind_hint
    )


def _unit_hint(part: Finding, parent: Finding | None) -> str:
    """``_with_unit_of(part, parent).unit_hint`` (``part``'s own when there is no parent),
    without copying the finding."""
    return part.unit_hint if parent is None else (part.unit_hint or parent.unit_hint)


def _label(f: Finding) -> str:
    label = re.sub(r"\s+", " ", f.label_before).strip(" :")
    noun = f.noun_phrase.strip()
    if label and noun:
        return f"{label}: {noun}" if len(label.split()) <= 12 else noun
    if noun:
        return noun
    if f.after_text and f.unit_hint != "%" and len(label.split()) <= 3:
        return f"{label} {f.after_text}".strip()  # "cuales fueron derivadas al área jurídica"
    if label:
        return label
    return f.heading.strip(" :") or "(sin rótulo)"


CONFIDENCE_FILE = "confidence.yaml"  # in schemas/lexicon/, written by calibrate_texts.py


def confidence_features(o: Observation, context: bool | None = None) -> list[str]:
    """What a text observation's confidence is read from: how it was found and what is
    known about it (the same features ``tests/acceptance/calibrate_texts.py`` fits on)."""
    return features_of(
        method=o.extraction_method,
        flags=set(o.quality_flags),
        label=o.indicator_label,
        raw=o.value_raw,
        unit=o.unit,
        kind=o.value_kind,
        approximate=o.approximate,
        lower_bound=o.lower_bound,
        part=bool(o.parent_observation_id),
        value=o.value,
        breakdown=o.breakdown_value,
        text=o.source_text,
        context=context,
    )


def features_of(
    *,
    method: str,
    flags: set[str],
    label: str,
    raw: str,
    unit: str,
    kind: str,
    approximate: bool,
    lower_bound: bool,
    part: bool,
    value: float | None,
    breakdown: str,
    text: str = "",
    context: bool | None = None,
) -> list[str]:
    """The confidence features of one text value (see :func:`confidence_features`); with
    ``context`` (by default as ``confidence.yaml`` says) also the classes of the number's
    context (:func:`genero_etl.normalize.context.context_features`)."""
    raw = raw.strip()
    found = [f"method:{method}"]
    checks = {
        "unclassified": "unclassified" in flags,
        "no_label": label == "(sin rótulo)",
        "words": raw[:1].isalpha(),
        "percent": unit == "%",
        "money": kind == "budget",
        "approximate": approximate,
        "bound": lower_bound or "upper_bound" in flags,
        "part": part,
        "ambiguous": "ambiguous_number" in flags or "number_convention_mismatch" in flags,
        "small": value is not None and abs(value) < 10,
        "year_like": value is not None and value == int(value) and 1990 <= value <= 2035,
        "breakdown": breakdown not in {"", "_T"},
        "near_trap": near_trap(text, raw, value, unit),
        # a share that names no indicator: a survey's, a change's or a population's as often
        # as an office's own
        "percent_unclassified": unit == "%" and "unclassified" in flags,
        "survey": survey_sentence(text),
        "bare_total": method == "text.label_colon" and bare_total(label),
    }
    found += [name for name, on in checks.items() if on]
    if context if context is not None else confidence_uses_context():
        found += context_features(text, raw, value)
    return found


@per_active_lexicon
def _near_trap_patterns(
    lexicon: SpanishLexicon,
) -> tuple[
    re.Pattern[str],
    re.Pattern[str],
    frozenset[str],
    tuple[tuple[re.Pattern[str], re.Pattern[str]], ...],
]:
    """The lexicon's ``never_values`` cues as two patterns (a cue just before a number, just
    after it) and its well-known service lines. A cue made only of words that end a noun
    phrase (``phrases.noun_stop``: "el", "del", "entre", "de los") names no trap by itself
    and is left out, as is a lone bracket, and so are the cues of a kind that holds only after
    its ``each`` words ("cada departamento contará con") or a count's digits
    (``after_a_count``), only in a capitalised ``title``, or only with its ``followed_by``
    (``not_near``: "las restantes 27" is no cue, "las otras 21 entidades" is a trap). The cues after a number of a kind with ``not_after`` words are
    given apart, each with those words: right after one of them the rule holds no trap
    ("alcanzaron 12 departamentos del país" counts the units a service reached), and neither
    does its cue."""
    from genero_etl.extract.cues import phrase_pattern
    from genero_etl.extract.textutil import fold

    stop = {fold(w) for w in lexicon.words("phrases", "noun_stop")}

    def telling(cue: str) -> bool:
        words = re.findall(r"[^\W\d_]+", fold(cue))
        return any(w not in stop for w in words) or (not words and cue.strip() not in {"(", ")"})

    before: set[str] = set()
    after: set[str] = set()
    lines: set[str] = set()
    unless: list[tuple[re.Pattern[str], re.Pattern[str]]] = []
    for spec in lexicon.section("never_values").values():
        if (
            spec.get("each")
            or spec.get("after_a_count")
            or spec.get("unless_followed_by")
            or spec.get("title")
            or spec.get("not_near")
        ):
            # "cuenta con" names a trap only after "cada departamento", "recibirán" only right
            # after a count's digits ("32.010 recibirán 240 mil pesos", never "se recibieron
            # 5.194 llamadas"); "tasa de" only when no base follows; a title's head ("Ley",
            # "Regional", "Coordinación") only as the start of a name written with its
            # capitals, never a table row's figure after a unit's name; "los restantes",
            # "contiene" only with their ``followed_by`` ("not_near")
            continue
        lines.update(str(x) for x in spec.get("lines", []) or [])
        if spec.get("numbers") == "lines":
            # the cues of a closed list of lines ("la Central de Emergencias 911") say nothing
            # of another number after them ("Guardia de emergencia: 76 personas asistidas")
            continue
        before.update(str(w) for w in spec.get("before", []) or [] if telling(str(w)))
        own_after = [str(w) for w in spec.get("after", []) or [] if telling(str(w))]
        not_after = [str(w) for w in spec.get("not_after", []) or []]
        if not_after and own_after:
            unless.append(
                (
                    re.compile(
                        rf"^\s+(?:{phrase_pattern(sorted(own_after))})(?!\w)", re.IGNORECASE
                    ),
                    re.compile(
                        rf"(?<![^\W\d_])(?:{phrase_pattern(sorted(not_after))})\s+$", re.IGNORECASE
                    ),
                )
            )
            continue
        after.update(own_after)
    cue_before = re.compile(
        rf"(?:^|(?<=[\s(\[\"“,;:]))(?:{phrase_pattern(sorted(before))})\s*[:#]?\s*$",
        re.IGNORECASE,
    )
    cue_after = re.compile(
        rf"^\s+(?:{phrase_pattern(sorted(after))})(?!\w)",
        re.IGNORECASE,
    )
    return cue_before, cue_after, frozenset(lines), tuple(unless)


@per_active_lexicon
def _survey_pattern(lexicon: SpanishLexicon) -> re.Pattern[str]:
    """The lexicon's survey names and acronyms (as written) and survey and statistics words
    (any case)."""
    from genero_etl.extract.cues import phrase_pattern

    context = lexicon.words("phrases", "survey_context")
    names = [*lexicon.words("phrases", "survey_names"), *(w for w in context if w.isupper())]
    words = [*lexicon.words("phrases", "survey_words"), *(w for w in context if not w.isupper())]
    exact = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{exact})\b|(?i:(?<![^\W\d_])(?:{phrase_pattern(words)}))")


def survey_sentence(text: str) -> bool:
    """Whether a number's sentence names a survey, a census or a statistics office
    (``phrases.survey_names``, ``survey_words``, ``survey_context``): its figures describe a
    population as often as an office's work."""
    return bool(text) and bool(_survey_pattern().search(text))


@per_active_lexicon
def _total_labels(lexicon: SpanishLexicon) -> frozenset[str]:
    """The lexicon's words of a total alone (``phrases.total_labels``), folded."""
    from genero_etl.extract.textutil import fold

    return frozenset(fold(w) for w in lexicon.words("phrases", "total_labels"))


def bare_total(label: str) -> bool:
    """Whether a value's label says only that it is a total ("Total" of "Total: 400",
    ``phrases.total_labels``): nothing says what it counts, which a dashboard's chart or a
    heading the text lost may have said."""
    from genero_etl.extract.textutil import fold

    return fold(label).strip(" :.-") in _total_labels()


_COUNTED_AFTER = re.compile(r"^\s*[a-záéíóúñ]{3,}s\b", re.IGNORECASE)  # "155 ayuntamientos"


def near_trap(text: str, raw: str, value: float | None, unit: str) -> bool:
    """A number the trap rules (``never_values`` in the lexicon) nearly masked, where a rule's
    exact form did not match: a cue of theirs right before it ("comisaría número 317", "es
    decir, 198") or right after it ("19 tipos penales", "48.258.494 colombianos"), or one of
    the well-known service lines not followed by a plural noun ("el SNE 911"). The number
    is looked for where its raw text first occurs in its sentence."""
    cue_before, cue_after, lines, unless = _near_trap_patterns()
    at = text.find(raw) if raw else -1
    after = text[at + len(raw) : at + len(raw) + 60] if at >= 0 else ""
    if (
        value is not None
        and unit != "%"
        and value == int(value)
        and str(int(value)) in lines
        and not _COUNTED_AFTER.match(after)
    ):
        return True
    if at < 0:
        return False
    ahead = text[max(0, at - 60) : at]
    return (
        _cue_before(cue_before, ahead)
        or bool(cue_after.search(after))
        # a cue whose rule's own exception comes right before the number names no trap there
        or any(cue.search(after) and not exempt.search(ahead) for cue, exempt in unless)
    )


# What ``cue_before`` said of the text before a number, by pattern and text: the words before
# a report's numbers repeat from line to line and report to report ("Se atendieron "), and
# the pattern, unanchored at its start, tries each of its cues at every position. Keyed by
# the pattern's id, the pattern kept alongside so that id is never another's.
_CUE_BEFORE: dict[int, tuple[re.Pattern[str], dict[str, bool]]] = {}


def _cue_before(pattern: re.Pattern[str], before: str) -> bool:
    entry = _CUE_BEFORE.get(id(pattern))
    if entry is None:
        entry = _CUE_BEFORE[id(pattern)] = (pattern, {})
    memo = entry[1]
    known = memo.get(before)
    if known is None:
        known = bool(pattern.search(before))
        if len(memo) >= 65_536:
            memo.clear()
        memo[before] = known
    return known


@cache
def _confidence_file() -> dict[str, Any]:
    from genero_etl.resources import default_schemas_dir, load_yaml

    path = default_schemas_dir() / "lexicon" / CONFIDENCE_FILE
    data = load_yaml(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return dict(data or {})


@cache
def confidence_weights() -> tuple[float, dict[str, float]]:
    """The calibrated model: a prior and one weight per feature, on the log-odds scale."""
    data = _confidence_file()
    weights = {str(k): float(v) for k, v in (data.get("weights") or {}).items()}
    return float(data.get("prior", 2.0)), weights


@cache
def confidence_uses_context() -> bool:
    """Whether the model reads the number's context (``context`` in ``confidence.yaml``)."""
    return bool(_confidence_file().get("context", False))


def reload_confidence_model() -> None:
    """Read ``confidence.yaml`` again (after the calibration wrote it)."""
    for cached in (_confidence_file, confidence_weights, confidence_uses_context):
        cached.cache_clear()


def confidence_of(
    features: list[str], model: tuple[float, dict[str, float]] | None = None
) -> float:
    """The share of observations with these features that were right on the development
    corpus (a logistic model; see ``schemas/lexicon/confidence.yaml``; ``model``: another
    prior and weights, as the calibration compares them)."""
    prior, weights = model or confidence_weights()
    logit = prior + sum(weights.get(name, 0.0) for name in features)
    return round(min(0.99, max(0.05, 1.0 / (1.0 + math.exp(-logit)))), 2)
