"""What a document is about: its place, period, office, number convention.

Overrides come from a metadata file beside the report (``informe.txt.meta.yaml``) and
from command-line options; what could not be inferred is reported, not invented.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from genero_etl.countries import registry
from genero_etl.errors import UsageError
from genero_etl.extract.lexicon import SpanishLexicon, per_active_lexicon
from genero_etl.extract.numbers import COUNTRY_CONVENTION, Convention
from genero_etl.extract.periods import (
    MONTH_PATTERN,
    find_periods,
    parse_period_option,
    title_month,
)
from genero_etl.extract.textutil import TextPattern
from genero_etl.messages import Text, issue
from genero_etl.model import Issue, Period, Place, Severity
from genero_etl.normalize.places import (
    Municipality,
    divisions_named,
    gazetteer,
    infer_country,
    infer_place,
    is_capital,
    key,
    lookup_admin1,
    lookup_municipality,
    places_from_code,
    said_as_division,
)

SIDECAR_SUFFIX = ".meta.yaml"
SIDECAR_KEYS = {
    "country", "admin1", "municipality", "municipality_code", "office", "period",
    "number_convention", "document_type",
}  # fmt: skip


@dataclass(slots=True)
class Overrides:
    """Facts a person states about a report (sidecar file or CLI); they beat inference."""

    country: str = ""
    admin1: str = ""
    municipality: str = ""
    municipality_code: str = ""
    office: str = ""
    period: str = ""
    number_convention: str = ""
    document_type: str = ""
    origin: str = ""

    def merged(self, other: Overrides) -> Overrides:
        values = {k: getattr(other, k) or getattr(self, k) for k in SIDECAR_KEYS}
        return Overrides(**values, origin=other.origin or self.origin)


def sidecar_path(report: Path) -> Path:
    return report.with_name(report.name + SIDECAR_SUFFIX)


def read_sidecar(report: Path, display: str) -> Overrides:
    path = sidecar_path(report)
    try:
        if not path.is_file():
            return Overrides()
    except OSError:  # the report's name is too long to have a sidecar beside it
        return Overrides()
    from genero_etl.workspace import load_yaml  # safe, with alias expansion bounded

    shown = display + SIDECAR_SUFFIX
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise UsageError("metadata-invalid", path=shown, reason=str(err).splitlines()[0]) from None
    data: Any = load_yaml(text, shown)
    if not isinstance(data, dict):
        raise UsageError("metadata-invalid", path=shown, reason="se esperaba un mapa clave: valor")
    unknown = sorted(set(map(str, data)) - SIDECAR_KEYS)
    if unknown:
        raise UsageError(
            "metadata-invalid",
            path=shown,
            reason=f"claves desconocidas {unknown}; válidas: {sorted(SIDECAR_KEYS)}",
        )
    return Overrides(**{k: str(v) for k, v in data.items() if v is not None}, origin="metadata")


@dataclass(slots=True)
class DocumentFacts:
    place: Place
    period: Period
    office: str
    convention: Convention
    year: int | None
    is_plan: bool
    issues: list[Issue] = field(default_factory=list)
    national: bool = False  # a text report that speaks for its whole country


@dataclass(frozen=True, slots=True)
class _Opening:
    """What a report's opening says of itself, compiled from lexicon ``document``."""

    office: TextPattern
    topic: TextPattern
    cut: TextPattern
    plan: TextPattern
    signed: TextPattern
    not_title_month: TextPattern  # "hasta marzo 2024": not a monthly report's period
    current_year: TextPattern  # "este año", "del corriente año": the year it was written
    present: TextPattern  # "hoy son", "actualmente hay": the present of a dated report
    compared_opening: TextPattern  # "mientras que", "desde": an opening that compares years
    span_end: TextPattern  # "entre 2014 y ": right before the last year of a span


@per_active_lexicon
def _opening(lex: SpanishLexicon) -> _Opening:
    """The office, plan and signature words of the active lexicon (``document.*``)."""
    from genero_etl.extract.cues import compile_phrases, phrase_pattern

    def words(name: str) -> str:
        return phrase_pattern(lex.words("document", name))

    def words_of(name: str) -> str:
        return phrase_pattern(lex.words("periods", name))

    office = re.compile(
        rf"((?:{words('office_heads')})\s+(?:(?:{words('office_qualifiers')})\s+)?"
        r"(?:de\s+|para\s+)(?:la\s+|las\s+|los\s+)?[^\n\t.,;:()<>–—]{3,70})",
        re.IGNORECASE,
    )
    return _Opening(
        office,
        compile_phrases(lex.words("document", "office_topics")),
        compile_phrases(lex.words("document", "office_cut"), r"\b.*$"),
        compile_phrases(lex.words("document", "plan_names")),
        compile_phrases(lex.words("document", "signed")),
        compile_phrases(lex.words("periods", "title_month_not_after"), r"\s*$"),
        compile_phrases(lex.words("periods", "current_year"), r"(?![\wáéíóúñ])"),
        compile_phrases(lex.words("periods", "present"), r"(?![\wáéíóúñ])"),
        compile_phrases(
            [
                *lex.words("periods", "opening_compared"),
                *lex.words("periods", "compared_before"),
                *lex.words("periods", "open_since"),
                *lex.words("periods", "current_year"),
            ],
            r"(?![\wáéíóúñ])",
        ),
        re.compile(
            rf"(?<![\wáéíóúñ])(?:{words_of('year_span_open')})\s+(?:19|20)\d{{2}}\s+"
            rf"(?:{words_of('year_span_join')})\s+$",
            re.IGNORECASE,
        ),
    )


def infer_office(lines: list[str]) -> str:
    """The office a report's first 80 lines name (lexicon ``document.office_*``)."""
    opening = _opening()
    for line in lines[:80]:
        for m in opening.office.finditer(line):
            name = m.group(1).strip()
            if opening.topic.search(name) and len(name.split()) <= 12:
                return _title(opening.cut.sub("", name).rstrip())
    return ""


def _title(name: str) -> str:
    if name.isupper():
        small = {"de", "del", "la", "las", "los", "y", "e", "para", "en"}
        return " ".join(
            w.lower() if w.lower() in small else w.capitalize() for w in name.lower().split()
        )
    return name[0].upper() + name[1:]


def _not_the_period(before: str) -> bool:
    """ "AÑO DE INICIO: 2011", "Ley 26.485 de 2009", "publicado en 2019", "Administración
    2021-2024": the year of something else (lexicon ``periods.not_period_before``); "respecto
    al mismo período del 2019": the year a report compares its own with (lexicon
    ``periods.same_period_before``), never its own."""
    from genero_etl.extract.cues import cues

    found = cues()
    return (
        bool(found.not_period_before.search(before))
        or bool(_opening().signed.search(before))
        or bool(found.same_period_before.search(before))
    )


_NEXT_WORD = re.compile(r"\s+([a-záéíóúñ]+)")


def _counts_after(line: str, end: int) -> bool:
    """ "los centros de emergencia mujer atendieron 2055 casos", "Junín registra 2055 casos de
    violencia": a bare year's digits right before what they count are a count, not the
    report's year (lexicon ``counts.nouns`` and ``counts.one_nouns``)."""
    from genero_etl.extract.cues import cues

    word = _NEXT_WORD.match(line, end)
    if word is None:
        return False
    found = cues()
    return bool(found.count_nouns.match(word.group(1)) or found.one_nouns.match(word.group(1)))


TITLE_CHARS = 120  # a longer line is a paragraph, not a title


# a year closing a date ("18 Jul 2024", "15 de enero de 2024", "5/3/2024"): when a report
# was written, not what it covers
_DATE_BEFORE = re.compile(
    rf"(?:\d{{1,2}}\s*(?:de\s+)?{MONTH_PATTERN}\.?\s*(?:de\s+|del\s+)?|\d{{1,2}}[/.-]\d{{1,2}}[/.-])$",
    re.IGNORECASE,
)


def _sentence_line(line: str) -> bool:
    """A paragraph's line, not a title's: longer than a title, or a sentence of eight words
    or more closed by a full stop."""
    text = line.strip()
    return len(text) > TITLE_CHARS or (text.endswith(".") and len(text.split()) >= 8)


def _title_month(line: str) -> Period | None:
    """A title's one month and year ("Informe mensual del Observatorio, marzo 2024"): the
    period of a monthly report. Not in a paragraph, after a signature or a publication word
    ("Publicado: marzo 2024"), nor after "hasta" and the like (lexicon
    ``periods.title_month_not_after``)."""
    if len(line.strip()) > TITLE_CHARS:
        return None
    found = title_month(line)
    if found is None:
        return None
    before = line[max(0, found.span[0] - 40) : found.span[0]].rstrip(" :|-–—")
    if _not_the_period(before) or _opening().not_title_month.search(before):
        return None
    return Period(found.start, found.end, found.label)


def infer_period(lines: list[str]) -> Period | None:
    """The document's period: a title's month, a strong period in its title zone, else a
    year there."""
    head = [line for line in lines if line.strip()][:15]
    bare_years: list[Period] = []
    title_year: Period | None = None  # a year a title line states (not a date's)
    dated_years: list[Period] = []  # the years of datelines
    own_years: list[Period] = []  # a paragraph's years not compared with nor counted from
    spans = False  # the opening states a span of years ("entre 2014 y 2018")
    for at, line in enumerate(head):
        monthly = _title_month(line) if at < _OPENING_LINES else None
        if monthly is not None:
            return monthly
        paragraph = _sentence_line(line)
        dated = dateline_end(line)
        for p in find_periods(line):
            before = line[max(0, p.span[0] - 40) : p.span[0]]
            if _not_the_period(before) or (p.strength == 1 and _counts_after(line, p.span[1])):
                continue
            if p.strength == 1 and p.span[1] <= dated:
                # "SANTO DOMINGO, 8 de marzo de 2024.-": when it was written, the report's
                # period only when nothing else says one
                dated_years.append(Period(p.start, p.end, p.label))
                continue
            if p.strength >= 2:
                if paragraph and title_year is not None and p.start[:4] != title_year.start[:4]:
                    # "RENDICIÓN DE CUENTAS - GESTIÓN 2023" then "... en el primer semestre
                    # de 2024": a paragraph's period of another year is its sentence's, the
                    # title's year the report's (months of the title's year narrow it)
                    return title_year
                return Period(p.start, p.end, p.label)
            bare_years.append(Period(p.start, p.end, p.label))
            if title_year is None and not paragraph and not _DATE_BEFORE.search(before):
                title_year = bare_years[-1]
            if paragraph and _opening().span_end.search(before):
                spans = True
            elif paragraph and not _compared_or_since(before):
                own_years.append(bare_years[-1])
    published = _published_year(head, dated_years)
    if published is not None and _opening().current_year.search("\n".join(lines)):
        # "date 2022-12 En 2021 se entregaron 528 ... entre enero y fines de octubre del
        # corriente año": a dated report that speaks of this year is of its date's year
        return published
    if (
        published is not None
        and bare_years
        and all(int(p.start[:4]) < int(published.start[:4]) - 1 for p in bare_years)
        and _opening().present.search("\n".join(lines))
    ):
        # "Lunes, 05 de Diciembre de 2016" over "Hoy son más de 16.000" and the first women's
        # 1953: a dated report counting the present tells a history, and is of its date's year
        return published
    if title_year is None and own_years and not spans and _compared_opening(head, bare_years[0]):
        if published is None and _present_before_years(head, own_years):
            return None  # "con 14 víctimas en este año, mientras el año 2018 ...": unknown
        return _latest_own_year(own_years, published)
    if bare_years:
        return bare_years[0]
    if dated_years:
        return dated_years[0]
    strong: Counter[tuple[str, str, str]] = Counter()
    for line in lines:
        for p in find_periods(line):
            if p.strength == 3:
                strong[(p.start, p.end, p.label)] += 1
    if strong:
        (start, end, label), _ = strong.most_common(1)[0]
        return Period(start, end, label)
    return None


def _compared_or_since(before: str) -> bool:
    """ "frente a 2023", "respecto al 2022", "desde 2005": a year a report compares its own
    with or counts a history from (lexicon ``periods.compared_before``, ``periods.open_since``),
    not the year it reports on."""
    from genero_etl.extract.cues import cues

    found = cues()
    return bool(found.compared_before.search(before) or found.open_since.search(before))


def _compared_opening(head: list[str], first: Period) -> bool:
    """The line of a report's first year also compares or tells a history ("En 2023 se
    registraron ... mientras que en 2025", "superior a los 96 casos por día registrados en
    2023", "desde 2005"; lexicon ``periods.opening_compared``, ``compared_before``,
    ``open_since``, ``current_year``)."""
    line = next((line for line in head if first.label in line), "")
    return bool(_opening().compared_opening.search(line))


def _present_before_years(head: list[str], own_years: list[Period]) -> bool:
    """ "muestra este delito con 14 víctimas en este año, mientras el año 2018 se registraron 20
    casos, en el 2017, 18, ...": an opening that counts "this year" (lexicon
    ``periods.current_year``) then, after only a contrast (``phrases.contrast``), the latest
    year it names compares its own year, never written, with that one: none is the report's."""
    from genero_etl.extract.cues import cues

    latest = max(own_years, key=lambda p: p.start)
    line = next((line for line in head if latest.label in line), "")
    said = _opening().current_year.search(line)
    at = line.find(latest.label)
    if said is None or at < said.end():
        return False
    # only a contrast between them: ", mientras el año 2018"
    gap = line[said.end() : at]
    return (
        not re.search(r"\d", gap)
        and len(gap.split()) <= 5
        and cues().contrast_word.search(gap) is not None
    )


def _latest_own_year(own_years: list[Period], published: Period | None) -> Period | None:
    """A report that opens with sentences, not a title: "En 2023 se registraron ... mientras
    que en 2025 ...", "Pasaron de ser 6.853 en 2005 a 29.122 en 2014, y 13% más en 2015". Its
    first year is often one it compares with or a history's start; the latest year its
    opening names as its own is its period. Never a year after its dateline's (a plan's
    target, not what it reports)."""
    if published is not None:
        own_years = [p for p in own_years if p.start[:4] <= published.start[:4]]
    return max(own_years, key=lambda p: p.start) if own_years else None


# a date stamp opening a report's first line: "date 2022-12", "fecha: 2018-05-02"
_DATE_STAMP = re.compile(
    r"^\s*(?:(?:date|fecha)\s*:?\s*((?:19|20)\d{2})-\d{2}(?:-\d{2})?\b"
    # (issue 10) a line that is a date alone, as pages print it over their text: "2025-12-17"
    r"|((?:19|20)\d{2})-[01]\d(?:-[0-3]\d)?\s*$)",
    re.IGNORECASE,
)


def _published_year(head: list[str], dated_years: list[Period]) -> Period | None:
    """The year a report was written: its date stamp's ("date 2022-12"), else its dateline's
    ("SANTO DOMINGO, 8 de marzo de 2024.-"); None when it says neither."""
    for line in head[:3]:
        stamp = _DATE_STAMP.match(line)
        if stamp is not None:
            year = stamp.group(1) or stamp.group(2)
            return Period(f"{year}-01-01", f"{year}-12-31", year)
    return dated_years[0] if dated_years else None


# A dateline: a city or division (an agency in brackets, a time before it) opening a press
# release before ".-", a dash, or a comma and a date ("Santo Domingo.-", "LIMA, 5 de marzo",
# "QUITO (EFE) -", "08:56 | Huancayo, dic. 21."), or a city in capitals before a full stop
# ("SANTO DOMINGO. Durante el primer trimestre..."), a city and its state before ".-"
# ("Cuauhtémoc, Chih.-", "Zapopan, Jalisco.-"), an office's press and its city, a date in
# brackets after it ("Prensa FGE, Chuquisaca (11.07.2024).-"), a date stamp before it
# ("date 2018-05 SANTO DOMINGO.", "fecha: 2018-05-02 LIMA, 5 de mayo"), a line of a city
# and its country's abbreviation ("Santo Domingo, RD"), or a city and a date in brackets
# ("(Caracas, 30 de abril de 2010)").
_DATELINE = re.compile(
    r"^\s*(?:(?:date|fecha)?\s*:?\s*\d{4}-\d{2}(?:-\d{2})?\s+)?(?:[\d:]+\s*\|\s*)?(?:"
    r"[A-ZÁÉÍÓÚÑ][^\n.,:;()–—-]{1,40}?(?:\s*\([^)\n]{1,40}\))?\s*"
    # ("EN SANTO DOMINGO, República Dominicana, 20 Agosto, 2019:": the country after the
    # city, the month capitalised, the year after a comma, a colon closing it)
    r"(?:,\s*[A-ZÁÉÍÓÚÑ][^\n\d.,:;()–—-]{1,30}?(?=,\s*\d))?"
    r"(?:\.\s*[-–—]+|\s+[-–—]+\s|,\s*(?:\d{1,2}\s+(?:de\s+)?[A-ZÁÉÍÓÚa-záéíóú][a-záéíóú]+\.?"
    r"|[a-záéíóú]{3,10}\.?\s+\d{1,2})"
    r"(?:,?\s+(?:de\s+)?\d{4})?\s*(?:\([^)\n]*\))?\s*[.,:]?\s*[-–—]*)"
    r"|[A-ZÁÉÍÓÚÑ][^\n.,:;()–—-]{1,40}?,\s*[A-ZÁÉÍÓÚÑ][^\n.,:;()–—-]{1,25}?"
    r"(?:\s*\([^)\n]{1,40}\))?\.\s*[-–—]+"
    r"|[A-ZÁÉÍÓÚÑ]{2,}(?:\s+[A-ZÁÉÍÓÚÑ]{2,}){0,3}\.\s*[-–—]*(?=\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ])"
    r"|[A-ZÁÉÍÓÚÑ][^\n.,:;()–—-]{1,40}?,\s*[A-Z]{2,4}\.?\s*$"
    # ("(Caracas, 30 de abril de 2010)", "(Caracas, 11-11-2025. Prensa MinMujer).-": the city
    # and the date in brackets, as offices' press notes write them)
    r"|\([A-ZÁÉÍÓÚÑ][^\n.,:;()–—-]{1,40}?,\s*\d{1,2}(?:\s+(?:de\s+)?[a-záéíóú]{3,10}\.?|"
    r"[-/.]\d{1,2}[-/.]\d{2,4})[^()\n]{0,40}\)\s*[.,:]?\s*[-–—]*)"
)
_OPENING_LINES = 3  # title and lead: where a report says who speaks and of what
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+|\n")


def dateline_end(text: str) -> int:
    """Where the dateline opening ``text`` ends ("Santo Domingo.- El Ministerio ...",
    "SANTO DOMINGO, 8 de marzo de 2024.- ..."); 0 when it opens with none. The city says
    where the report was written, not whose its figures are."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


# a place's name after a word: capitalised words, "de", "la"... between them ("Villa Elisa",
# "San Lorenzo de la Frontera"), case-sensitive inside the case-insensitive phrases
_CAPITALISED_NAME = (
    r"\s+(?-i:[A-ZÁÉÍÓÚÑ][\w'’]*(?:\s+(?:(?:de|del|la|las|los)\s+)?[A-ZÁÉÍÓÚÑ][\w'’]*)*)"
)


@dataclass(frozen=True, slots=True)
class _Scope:
    national: TextPattern
    local: TextPattern
    cue: TextPattern
    located: TextPattern  # "ubicado en Villa Elisa": where a service sits
    ranking: TextPattern  # "registró la mayor cantidad": a breakdown's first item
    example: TextPattern  # "tomando como ejemplo un inmueble de ... Caaguazú": an illustration
    caption: TextPattern  # "... en Teculután, Zacapa. (Foto Prensa Libre: ...)": a photo's line
    event: TextPattern  # "En Tunja, Boyacá, se realizó el foro ...": where an event happened
    official: TextPattern  # "el ministro de Agricultura", "la mandataria": a national official
    official_act: TextPattern  # "anunció en Tumaco", "acompañada por la gobernadora del ..."
    official_opens: TextPattern  # "para inaugurar este nuevo centro": the venue is the subject


@per_active_lexicon
def _scope(lex: SpanishLexicon) -> _Scope:
    """The scope words of the active lexicon."""
    from genero_etl.extract.cues import compile_phrases, cues

    return _Scope(
        compile_phrases(lex.words("scope", "national_offices")),
        compile_phrases(lex.words("scope", "local_offices")),
        cues(lex).national,
        compile_phrases(lex.words("scope", "located"), _CAPITALISED_NAME),
        compile_phrases(lex.words("scope", "ranking")),
        compile_phrases(lex.words("scope", "example")),
        compile_phrases(lex.words("scope", "photo_credits"), r"(?![\wáéíóúñ])[^\n]{0,80}$"),
        compile_phrases(lex.words("scope", "events"), r"(?![\wáéíóúñ])"),
        compile_phrases(lex.words("scope", "officials"), r"(?![\wáéíóúñ])"),
        compile_phrases(lex.words("scope", "official_acts"), r"(?![\wáéíóúñ])"),
        compile_phrases(lex.words("scope", "official_opens"), r"(?![\wáéíóúñ])"),
    )


@cache
def _country_scope(country: str) -> tuple[re.Pattern[str], re.Pattern[str], str]:
    """For ``country``: its own national offices and its name (the country file's
    ``evidence.national_offices`` and ``name``), the offices of a division whose name sounds
    national there (``evidence.local_offices``), and the folded name."""
    found = registry().countries.get(country)
    if found is None:
        return re.compile(r"(?!)"), re.compile(r"(?!)"), ""
    national = [*found.evidence.get("national_offices", ()), re.escape(found.name_es)]
    local = found.evidence.get("local_offices", ())

    def alternation(patterns: Sequence[str]) -> re.Pattern[str]:
        body = "|".join(f"(?:{p})" for p in patterns) or r"(?!)"
        return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)

    return alternation(national), alternation(local), key(found.name_es)


def _without_events(line: str, scope: _Scope) -> str | None:
    """``line`` without its sentences that tell one crime ("Esta semana se conoció el crimen
    de ..., asesinada en su casa ... del municipio de Aquitania (Boyacá)"): they name where it
    happened, not whose the figures are; None when nothing else is left of it (a line of the
    opening no more than a dateline is)."""
    sentences = _SENTENCE_END.split(line)
    kept = [s for s in sentences if not scope.event.search(s)]
    if len(kept) == len(sentences):
        return line
    return " ".join(kept) if any(s.strip() for s in kept) else None


_PLACE_NAME = re.compile(
    r"(?<!\w)[A-ZÁÉÍÓÚÑ][\w'’]+(?:\s+(?:(?:de|del|la|las|los)\s+)?[A-ZÁÉÍÓÚÑ][\w'’]+)*"
)


def _without_venues(lines: list[str], scope: _Scope, head_of_state: re.Pattern[str]) -> list[str]:
    """``lines`` without where a national official went and who came along: in a sentence
    naming a national official (lexicon ``scope.officials``, or the country's head of state,
    "la presidenta de México"), what follows the official's act (``scope.official_acts``:
    "anunció en Tumaco (Nariño) que ...", "encabezó un acto ... en el municipio de Tecámac",
    "estuvo acompañada por la gobernadora del Estado de México") names the venue and the
    hosts, not whose the figures are; so do those names said again in the opening's other
    sentences ("Estuvimos en Tumaco dialogando con mujeres de la región")."""
    if any(scope.official_opens.search(line) for line in lines):
        return lines  # "visitó la Región de Coquimbo para inaugurar este nuevo centro"
    split = [_SENTENCE_END.split(line) for line in lines]
    venues: set[str] = set()
    for sentences in split:
        for at, sentence in enumerate(sentences):
            official = scope.official.search(sentence) or head_of_state.search(sentence)
            act = scope.official_act.search(sentence, official.end()) if official else None
            if act is not None:
                venues.update(m.group() for m in _PLACE_NAME.finditer(sentence, act.end()))
                sentences[at] = sentence[: act.start()]
    if not venues:
        return lines
    said = re.compile("|".join(re.escape(v) for v in sorted(venues, key=len, reverse=True)))
    return [" ".join(said.sub(" ", s) for s in sentences) for sentences in split]


def national_document(text: str, country: str) -> bool:
    """Whether a report speaks for its whole country: its opening (title and lead, datelines
    left out) names a national office, a national scope or the country itself (lexicon
    ``scope.national_offices``, ``scope.national``; the country file's
    ``evidence.national_offices`` and name), and no local office (``scope.local_offices``,
    ``evidence.local_offices``) nor one first-level division of ``country`` as its subject (a
    division that bears the country's name, "Guatemala", is the country; several divisions are
    the country's breakdown) nor one of its municipalities (except the capital's, and one
    named beside several divisions none of which comes first: one of the places where things
    happened). The city of a dateline says where the report was written, not the scope of its
    figures, and a photo's caption where the picture was taken (lexicon ``scope.photo_credits``:
    such a line is left out of the opening). The division that holds the capital (the country
    file's ``admin1.seat``) is where national offices sit: named in the opening it is not the
    subject, nor is its government named after the national office that speaks."""
    if not country:
        return False
    scope = _scope()
    # a photo's caption says where the picture was taken, not the figures' scope; a sentence
    # telling an event where it happened (lexicon ``scope.events``)
    opening = [
        line
        for line in (
            _without_events(_DATELINE.sub("", line, count=1), scope)
            for line in text.splitlines()
            if line.strip() and not scope.caption.search(line)
        )
        if line is not None
    ][:_OPENING_LINES]
    head = "\n".join(opening)
    own, local, name = _country_scope(country)
    marks = [
        m for m in (scope.national.search(head), scope.cue.search(head), own.search(head)) if m
    ]
    if not marks:
        return False
    found_country = registry().countries.get(country)
    # where a national official went and who came along are no subject (``scope.officials``)
    if found_country is not None:
        head_of_state = re.compile(
            rf"\bpresident[ea]\s+de(?:l)?\s+{re.escape(found_country.name_es)}(?!\w)", re.IGNORECASE
        )
        head = "\n".join(_without_venues(opening, scope, head_of_state))
    seats = found_country.admin1_seats if found_country is not None else ()
    first = min(m.start() for m in marks)
    for found in (scope.local.search(head), local.search(head)):
        # the government of the capital's division, named after the national office that
        # speaks, is one it works with or where it spoke ("coordinaciones de políticas con
        # el Ministerio de Vivienda, la Intendencia de Montevideo e Inefop"), not the speaker
        if found is not None and not (
            found.start() > first
            and any(seat in seats for seat in divisions_named(head[found.end() : found.end() + 30]))
        ):
            return False
    gaz = gazetteer()
    evidence = infer_country([head]).places
    named: Counter[str] = Counter()
    # a sentence that ranks a division against the others names the first item of the
    # country's breakdown, not the report's subject (lexicon ``scope.ranking``); one that
    # gives an example names where the example is, not the report's subject (``scope.example``)
    unranked = " ".join(
        s
        for s in _SENTENCE_END.split(head)
        if not scope.ranking.search(s) and not scope.example.search(s)
    )
    for iso, times in divisions_named(unranked).items():
        division = gaz.admin1_by_iso(iso) if iso[:2] == country else None
        # the divisions where national offices sit (``admin1.seat``: the capital's, Uruguay's
        # Montevideo; the seats of government, Bolivia's La Paz and Sucre)
        if division is not None and key(division.name) != name and iso not in seats:
            named[iso] += times
    # a division's name, never after its own level's word, that is also a municipality's of
    # another division the opening names after its level's word is that municipality, no
    # second division: "Panguipulli, Valdivia, ... y Los Lagos" listed among the communes of
    # "la región de Los Ríos" (Los Lagos, the commune of Los Ríos, not the region of Los Lagos)
    for iso in list(named):
        division = gaz.admin1_by_iso(iso)
        if division is None:
            continue
        holders = {m.admin1 for m in lookup_municipality(division.name, country)} - {iso}
        if not said_as_division(head, iso) and any(
            h in named and said_as_division(head, h) for h in holders
        ):
            del named[iso]
    # what says a division without naming it ("Santiago de los Caballeros")
    named.update(iso for cc, kind, iso in evidence if cc == country and kind == "admin1_evidence")
    ranked = named.most_common(3)
    if len(ranked) == 1 or (len(ranked) == 2 and ranked[0][1] >= 2 * ranked[1][1]):
        return False  # one division, or one named more than the only other, is the subject
    # a municipality named in the opening, outside a dateline, is the report's subject; the
    # capital's is where national offices sit ("la Línea 114 en el Distrito Central"), and one
    # a service is "ubicado en" is where that service sits (lexicon ``scope.located``)
    unlocated = scope.located.sub(" ", head)
    if unlocated != head:
        evidence = infer_country([unlocated]).places
    subjects = {
        code
        for cc, kind, code in evidence
        if cc == country and kind == "municipality" and not is_capital(cc, code)
    }
    # a municipality named beside several divisions none of which comes first is one of the
    # places where things happened across the country ("en las localidades de Metapán, Santa
    # Ana y La Hachadura, municipio de Ahuachapán"), not the subject
    spread = len(ranked) >= 2 and ranked[0][1] < 2 * ranked[1][1]
    return not subjects or spread


def document_facts(
    lines: list[str], overrides: Overrides, source_file: str, prose: bool = False
) -> DocumentFacts:
    """The document's place, period, office and number convention. ``prose``: a text
    report, whose opening may say it speaks for the whole country (:func:`national_document`)."""
    issues: list[Issue] = []
    sidecar = source_file + SIDECAR_SUFFIX
    text = "\n".join(lines)
    place = _resolve_place(text, overrides, source_file, sidecar, issues)
    national = (
        prose
        and bool(place.country)
        and not (overrides.admin1 or overrides.municipality or overrides.municipality_code)
        and national_document(text, place.country)
    )
    if national:
        place = Place(place.country, method=place.method)
    if overrides.period:
        parsed = parse_period_option(overrides.period)
        if parsed is None:
            raise UsageError(
                "bad-option",
                option="period",
                value=overrides.period,
                reason=Text("reason-period-forms"),
            )
        period = Period(parsed.start, parsed.end, overrides.period)
    else:
        found = infer_period(lines)
        if found is None:
            period = Period()
            issues.append(
                issue(
                    "period-not-inferred",
                    Severity.WARNING,
                    source_file=source_file,
                    sidecar=sidecar,
                )
            )
        else:
            period = found
    office = overrides.office or infer_office(lines)
    if overrides.number_convention:
        try:
            convention = Convention(overrides.number_convention)
        except ValueError:
            raise UsageError(
                "bad-option",
                option="number_convention",
                value=overrides.number_convention,
                reason=Text("reason-one-of", {"choices": "decimal_comma, decimal_point"}),
            ) from None
    else:
        convention = COUNTRY_CONVENTION.get(place.country, Convention.UNKNOWN)
    year = int(period.start[:4]) if period.start else None
    is_plan = overrides.document_type.lower() in {"poa", "plan"} or bool(
        _opening().plan.search("\n".join(lines[:30]))
    )
    return DocumentFacts(place, period, office, convention, year, is_plan, issues, national)


def _ambiguous(
    source_file: str, sidecar: str, name: str, candidates: Sequence[Municipality]
) -> Issue:
    """A name several municipalities share: listed, never picked."""
    listed = ", ".join(f"{m.name} ({m.admin1}, {m.code})" for m in candidates[:8])
    return issue(
        "place-ambiguous",
        Severity.WARNING,
        source_file=source_file,
        name=name,
        candidates=listed,
        sidecar=sidecar,
    )


def _place_of_code(
    text: str, code: str, country: str, source_file: str, sidecar: str, issues: list[Issue]
) -> Place | None:
    """The municipality a stated code means; with no country, the one the text points to."""
    candidates = places_from_code(code, country)
    if len(candidates) > 1:
        inferred = infer_country([text]).code
        candidates = [p for p in candidates if p.country == inferred] or candidates
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        issues.append(
            issue(
                "place-code-ambiguous",
                Severity.WARNING,
                source_file=source_file,
                place_code=code,
                countries=", ".join(p.country for p in candidates),
                sidecar=sidecar,
            )
        )
    else:
        issues.append(
            issue(
                "place-unknown",
                Severity.WARNING,
                source_file=source_file,
                name=code,
                country=country or ", ".join(sorted(gazetteer().code_width)),
            )
        )
    return None


def _resolve_place(
    text: str, o: Overrides, source_file: str, sidecar: str, issues: list[Issue]
) -> Place:
    method = o.origin or "cli"
    country = o.country.strip().upper()
    if country:
        registry().get(country)  # an unknown country is a usage error that lists the known ones
    if o.municipality_code:
        found = _place_of_code(text, o.municipality_code, country, source_file, sidecar, issues)
        if found is not None:
            return Place(
                found.country,
                found.admin1,
                found.admin1_name,
                found.municipality,
                found.municipality_code,
                method,
            )
    admin1 = o.admin1.upper()
    if admin1 and not re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", admin1):
        found_admin = lookup_admin1(o.admin1, country)
        admin1 = found_admin[0].iso if found_admin else ""
    if admin1 and not country:
        country = admin1[:2]
    if o.municipality:
        candidates = lookup_municipality(o.municipality, country, admin1)
        if len(candidates) == 1:
            m = candidates[0]
            return Place(m.country, m.admin1, m.admin1_name, m.name, m.code, method)
        if len(candidates) > 1:
            issues.append(_ambiguous(source_file, sidecar, o.municipality, candidates))
        else:
            issues.append(
                issue(
                    "place-unknown",
                    Severity.WARNING,
                    source_file=source_file,
                    name=o.municipality,
                    country=country or "?",
                )
            )
        admin = gazetteer().admin1_by_iso(admin1) if admin1 else None
        return Place(country, admin1, admin.name if admin else "", o.municipality, "", method)
    guess = infer_place(text, country, admin1)
    place = guess.place
    if country or admin1:
        admin = gazetteer().admin1_by_iso(admin1) if admin1 else None
        place = place.merged(Place(country, admin1, admin.name if admin else ""))
    if guess.ambiguous_name and not place.municipality_code:
        issues.append(_ambiguous(source_file, sidecar, guess.ambiguous_name, guess.candidates))
    if not place.country:
        issues.append(
            issue(
                "place-not-inferred",
                Severity.WARNING,
                source_file=source_file,
                what="el país ni el municipio",
                what_en="country or municipality",
                sidecar=sidecar,
                option="country",
            )
        )
    elif not place.municipality_code and not guess.ambiguous_name:
        issues.append(
            issue(
                "place-not-inferred",
                Severity.WARNING,
                source_file=source_file,
                what="el municipio",
                what_en="municipality",
                sidecar=sidecar,
                option="municipality",
            )
        )
    return place
