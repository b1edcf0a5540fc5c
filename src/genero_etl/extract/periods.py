"""Periods as reports write them: '2024', 'Ene-Jun 2022', 'Trimestre ene-abr', '1er trimestre',
'del 01 de enero de 2024 al 31 de diciembre de 2024', and epidemiological weeks: 'semana
epidemiológica 10 de 2024', 'SE 6 2025', 'S.E. 52', 'SE1' ... 'SE52' (``epi_week``).

An epidemiological week (semana epidemiológica) runs Sunday to Saturday; week 1 of a year is
the one holding 4 January (the first week with at least four days in the year), so it may
begin in late December, and some years have 53 weeks (2020, 2025). An ISO week has the same
rule for week 1 but runs Monday to Sunday: the two differ by a day, and the project never
reads one as the other (a week is ISO only where its header says so, lexicon
``periods.iso_week_words``). A week's canonical written form is the epi year and the week,
``2025-SE06`` (``epi_week_label``; ``parse_period_option`` reads it back); published, it is
its dates, start and end, like every other period.

An administration's term ('Administración 2021-2024') or a plan's horizon
('PLADECO 2018-2025') is context, never the period of a value (lexicon
``sentences.context_range``); month names come from the lexicon's ``months``.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from genero_etl.extract.lexicon import default_lexicon
from genero_etl.extract.textutil import fold

if TYPE_CHECKING:
    from genero_etl.extract.cues import WordGate


def _months() -> dict[str, int]:
    from genero_etl.extract.cues import cues

    return dict(cues().months)


@cache
def _month_gate() -> WordGate:
    """Whether a text may name a month (:data:`MONTHS`, as ``_MONTH`` matches them): the
    patterns that need a month's name are not run over a text that names none."""
    from genero_etl.extract.cues import WordGate

    return WordGate.of(MONTHS)


def _month_end_words() -> str:
    """The lexicon's words for a month's end before its name (``periods.month_end_before``:
    "fines de", "finales de"), as an alternation."""
    words = default_lexicon().words("periods", "month_end_before")
    return "|".join(
        sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    )


def _through_month_words() -> tuple[str, str]:
    """The lexicon's words before the last month of a span that runs from the year's start
    (``periods.through_month_before``: "hasta", "al cierre de"; ``through_month_dated``:
    "a", only with the month's year written), as two alternations."""
    lex = default_lexicon()

    def alternation(key: str) -> str:
        words = lex.words("periods", key)
        return "|".join(
            sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
        )

    return alternation("through_month_before"), alternation("through_month_dated")


def _through_not_after() -> frozenset[str]:
    """The words after which "a" and a month is no span's end (``periods.
    through_month_not_after``: "correspondiente a marzo de 2024" is March)."""
    return frozenset(fold(w) for w in default_lexicon().words("periods", "through_month_not_after"))


MONTHS = _months()  # the lexicon's month names and abbreviations: "ene" / "enero" -> 1
_MONTH = "(" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + ")"
_ANY_MONTH = "(?:" + _MONTH[1:-1] + ")"  # the same, capturing nothing
_YEAR = r"((?:19|20)\d{2})"
MONTH_PATTERN = _MONTH  # a group matching any month name or abbreviation
_DAY = r"(\d{1,2}|1ero?|primero)"


@dataclass(frozen=True, slots=True)
class PeriodMatch:
    start: str
    end: str
    label: str
    span: tuple[int, int]
    strength: int  # 3 explicit days, 2 months, 1 bare year


def _iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_span(
    year: int, first: int, last: int, text: str, span: tuple[int, int], strength: int
) -> PeriodMatch:
    """Whole months ``first``..``last`` of ``year``, as said by ``text`` at ``span``."""
    end = _iso(year, last, _last_day(year, last))
    return PeriodMatch(_iso(year, first, 1), end, text, span, strength)


def epi_week_start(year: int, week: int, *, iso: bool = False) -> _dt.date:
    """The first day of week ``week`` of epi year ``year`` (a Sunday; a Monday for ISO)."""
    fourth = _dt.date(year, 1, 4)
    back = fourth.weekday() if iso else (fourth.weekday() + 1) % 7
    return fourth - _dt.timedelta(days=back) + _dt.timedelta(weeks=week - 1)


def weeks_in_year(year: int, *, iso: bool = False) -> int:
    """52 or 53: the epidemiological (or ISO) weeks of ``year``."""
    days = epi_week_start(year + 1, 1, iso=iso) - epi_week_start(year, 1, iso=iso)
    return days.days // 7


def epi_week_label(year: int, week: int) -> str:
    """The canonical written form of an epidemiological week: ``2025-SE06``."""
    return f"{year:04d}-SE{week:02d}"


def epi_weeks(
    first: tuple[int, int],
    last: tuple[int, int],
    label: str,
    span: tuple[int, int] = (0, 0),
    strength: int = 3,
    *,
    iso: bool = False,
) -> PeriodMatch | None:
    """Weeks ``first`` to ``last`` ((year, week) each) as one period, from the first's Sunday
    to the last's Saturday; None for a week its year does not have or a backward run."""
    for year, week in (first, last):
        if not 1 <= week <= weeks_in_year(year, iso=iso):
            return None
    if last < first:
        return None
    start = epi_week_start(*first, iso=iso)
    end = epi_week_start(*last, iso=iso) + _dt.timedelta(days=6)
    return PeriodMatch(start.isoformat(), end.isoformat(), label, span, strength)


def epi_week(year: int, week: int, label: str = "", *, iso: bool = False) -> PeriodMatch | None:
    """Week ``week`` of epi year ``year`` (labelled ``2025-SE06`` unless ``label`` says how
    it was written); None for a week the year does not have."""
    written = label or (f"{year:04d}-W{week:02d}" if iso else epi_week_label(year, week))
    return epi_weeks((year, week), (year, week), written, iso=iso)


def _loose(phrase: str) -> str:
    """A cue phrase as a pattern: accents optional, a dot optional, spaces any run (or none
    after a dot: "S.E.", "s. e.")."""
    out = []
    for ch in fold(phrase):
        if ch == ".":
            out.append(r"\.?\s*")
        elif ch in " _":
            out.append(r"[\s_]*")
        elif ch in _ACCENTED:
            out.append(_ACCENTED[ch])
        else:
            out.append(re.escape(ch))
    return "".join(out)


_ACCENTED = {"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uúü]", "n": "[nñ]"}
_Y = r"(?:19|20)\d{2}"
# After the cue: the week, its year ("6 2025", "6/2025", "10 de 2024"), or a run of weeks
# ("1/2025-6/2025", "1 a 10 de 2024")
_WEEK_TAIL = (
    rf"\s*(?:n[°º.o]\s*)?(?P<w1>\d{{1,2}})(?:\s*(?:/|-|de|del)\s*(?P<y1>{_Y}))?"
    rf"(?:\s*(?:-|–|a|al|hasta(?:\s+la)?)\s*(?:{{cue}})?\s*(?P<w2>\d{{1,2}})"
    rf"(?:\s*(?:/|-|de|del)\s*(?P<y2>{_Y}))?)?"
    rf"(?:\s*(?:,|de|del)?\s*(?:a[ñn]o\s+)?(?P<y3>{_Y}))?(?![\d/.,]?\d)"
)


@lru_cache(maxsize=4)
def _week_patterns(sources: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """(text, header, ISO) patterns of the lexicon whose files are ``sources``."""
    from genero_etl.extract.lexicon import _load

    lex = _load(sources)
    words = lex.words("periods", "week_words")
    short = lex.words("periods", "week_abbreviations")

    def alternation(phrases: tuple[str, ...]) -> str:
        return "|".join(sorted({_loose(p) for p in phrases if p.strip()}, key=len, reverse=True))

    full = alternation(words)
    both = alternation(words + short)
    # in running text the short cues only in capitals ("SE 6", "S.E. 52"), a hyphen perhaps
    # after them and a stray space after it ("de la SE-1 y hasta la SE- 31", a bulletin's weeks)
    capitals = r"(?-i:S\.?\s?E\.?)(?:[-–]\s?)?"
    text_cue = f"(?:{full}|{capitals})"
    text = re.compile(
        rf"(?<![\w.])(?:{text_cue}){_WEEK_TAIL.replace('{cue}', text_cue)}", re.IGNORECASE
    )
    header = re.compile(rf"(?:{both}){_WEEK_TAIL.replace('{cue}', both)}", re.IGNORECASE)
    iso = re.compile(
        rf"(?<!\w)(?:{alternation(lex.words('periods', 'iso_week_words'))})(?!\w)", re.IGNORECASE
    )
    through = re.compile(
        rf"(?<!\w)(?:{alternation(lex.words('periods', 'week_through_before'))})\s*$", re.IGNORECASE
    )
    return text, header, iso, through


def _patterns() -> tuple[re.Pattern[str], ...]:
    return _week_patterns(default_lexicon().sources)


def _week_match(
    m: re.Match[str], default_year: int | None, iso: bool, label: str
) -> PeriodMatch | None:
    w1, y1, w2, y2, y3 = (m.group(k) for k in ("w1", "y1", "w2", "y2", "y3"))
    last_year = int(y2 or y3 or y1) if (y2 or y3 or y1) else default_year
    first_year = int(y1) if y1 else last_year
    if first_year is None or last_year is None:
        return None
    first = (first_year, int(w1))
    last = (last_year, int(w2)) if w2 else (first_year, int(w1))
    return epi_weeks(first, last, label, m.span(), 3, iso=iso)


def find_weeks(text: str, default_year: int | None = None) -> list[PeriodMatch]:
    """The epidemiological weeks running text names ("semana epidemiológica 10 de 2024",
    "en la SE 6 2025", "semanas epidemiológicas 1 a 10 de 2024"), each of its year
    (``default_year`` where none is written); after one, a bare week number the text refers
    back with ("y en la 45 fueron 1.100", ``_BARE_WEEK_BACK``) is a week of the same year."""
    pattern, _, iso, through = _patterns()
    out = []
    cues = list(pattern.finditer(text))
    for m in cues:
        found = _week_match(m, default_year, bool(iso.search(text)), m.group(0).strip())
        if found is None:
            continue
        if through.search(text[: m.start()]) and not m.group("w2"):
            # "hasta la SE 52 de 2023": weeks 1 to 52 of 2023
            year = _epi_year_of(found)
            whole = epi_weeks((year, 1), (year, int(m.group("w1"))), found.label, found.span, 3)
            found = whole or found
        out.append(found)
    if cues:
        # after a week named with its cue, "las semanas 1 a 4 del presente año" are weeks too
        for m in _SHORT_WEEK.finditer(text, cues[0].end()):
            if any(m.start() < w.span[1] and w.span[0] < m.end() for w in out):
                continue
            before = [w for w in out if w.span[1] <= m.start()]
            of_year = _epi_year_of(before[-1]) if before else default_year
            found = _week_match(m, of_year, bool(iso.search(text)), m.group(0).strip())
            if found is not None:
                out.append(found)
        out.sort(key=lambda p: p.span[0])
        for back in _bare_weeks_back(text, cues[0].end()):
            before = [w for w in out if w.span[1] <= back.start()]
            week = int(back.group(1))
            if not before:
                continue
            epi_year = _epi_year_of(before[-1])
            if week > weeks_in_year(epi_year):
                continue
            since = 1 if back.group(0).lower().startswith("hasta") else week  # weeks 1 to N
            found = epi_weeks(
                (epi_year, since), (epi_year, week), back.group(0).strip(), back.span(1), 3
            )
            if found is not None:
                out.append(found)
        out.sort(key=lambda p: p.span[0])
    return out


# After a week named with its cue, a number the text refers back to it with: "en la semana
# epidemiológica 46 se notificaron 1.234 casos, y en la 45 fueron 1.100" (the article of
# "semana" left with the number); never a share, an amount or a number before its noun.
_BARE_WEEK_BACK = re.compile(
    r"(?<!\w)(?:en|y|e|a|hasta|desde|durante|entre|de)\s+la\s+(\d{1,2})(?![\d.,]?\d)"
    r"(?=\s*(?:[,;:.)]|$|(?:se|fue|fueron|hubo|van|iban|suman|sumaron|con|y|e|a|al|hasta)\b))",
    re.IGNORECASE,
)
# "semanas 1 a 4": read as weeks in running text only after a week named with its cue
_SHORT_WEEK = re.compile(
    rf"(?<![\w.])semanas?{_WEEK_TAIL.replace('{cue}', 'semanas?')}", re.IGNORECASE
)
# "semana 46" in running text: no week to date a count with ("una semana antes" is seven
# days), but a context in which "y en la 45" is a week number, never a value
_WEEK_WORD_NUMBER = re.compile(r"(?<![\w.])semanas?\s+(?:n[°º.o]\s*)?\d{1,2}(?![\d.,]?\d)", re.I)


def _bare_weeks_back(text: str, since: int) -> list[re.Match[str]]:
    return [m for m in _BARE_WEEK_BACK.finditer(text, since) if 1 <= int(m.group(1)) <= 53]


def week_number_spans(text: str) -> list[tuple[int, int]]:
    """Where the week numbers of running text are (``find_weeks``'s weeks, with or without a
    year to read them in): never values ("semana epidemiológica 46", "y en la 45")."""
    if not _ANY_WEEK.search(text):
        return []
    cues = list(_patterns()[0].finditer(text))
    context = min((m.end() for m in (*cues, *_WEEK_WORD_NUMBER.finditer(text))), default=-1)
    if context < 0:
        return []
    short = [m.span() for m in _SHORT_WEEK.finditer(text, cues[0].end())] if cues else []
    return [m.span() for m in cues] + short + [m.span(1) for m in _bare_weeks_back(text, context)]


def _epi_year_of(week: PeriodMatch) -> int:
    """The epi year of a week's period: the year of its Wednesday (week 1 of 2025 begins on
    29 December 2024)."""
    start = _dt.date.fromisoformat(week.start)
    return (start + _dt.timedelta(days=3)).year


_BARE_WEEK = re.compile(rf"^(?P<w1>\d{{1,2}})(?:\s*/\s*(?P<y1>{_Y}))?$")


def week_header(text: str, year: int | None, *, in_weeks: bool = False) -> PeriodMatch | None:
    """A table's header or cell that is a week and nothing else ("SE 6 2025", "SE1",
    "S.E. 52", "Semana 14", "SE 1/2025-6/2025"), with ``year`` where it writes none. With
    ``in_weeks`` (the caller knows the table counts by week: a sibling header or the title
    says so) a bare week number or "6/2025" is one too. None otherwise."""
    _, header, iso_words, _ = _patterns()
    stripped = text.strip().strip(":").strip()
    if not stripped:
        return None
    iso = bool(iso_words.search(stripped))
    body = iso_words.sub(" ", stripped).strip() if iso else stripped
    m = header.fullmatch(body)
    if m is None and in_weeks:
        bare = _BARE_WEEK.match(body)
        if bare is not None:
            y = int(bare.group("y1")) if bare.group("y1") else year
            if y is None:
                return None
            found = epi_week(y, int(bare.group("w1")), stripped, iso=iso)
            return found
        return None
    if m is None:
        return None
    return _week_match(m, year, iso, stripped)


# ISO 8601's week notation: the year, "W" and the week's two digits, with a space, a hyphen or
# nothing between ("2016 W52", "2020-W53", "2022W39", as R's yearweek() and Python's
# isocalendar() write a week); never inside a longer code ("AB2016W52", "2016-W52-3" is a day)
_ISO_WEEK_NOTATION = re.compile(rf"(?<![\w-])({_Y})[ -]?W(\d{{2}})(?![\w-])")


def iso_week_notation(text: str) -> list[PeriodMatch]:
    """The ISO weeks ``text`` writes in ISO 8601's notation ("2016 W52": Monday 26 December
    2016 to Sunday 1 January 2017), each its week's days; a week its year does not have
    ("2021 W53") is none."""
    out = []
    for m in _ISO_WEEK_NOTATION.finditer(text):
        found = epi_weeks(
            (int(m.group(1)), int(m.group(2))),
            (int(m.group(1)), int(m.group(2))),
            m.group(0),
            m.span(),
            3,
            iso=True,
        )
        if found is not None:
            out.append(found)
    return out


def is_iso_week(text: str) -> bool:
    """Does ``text`` (a week's header) say it is an ISO week (lexicon
    ``periods.iso_week_words``)?"""
    return _patterns()[2].search(text) is not None


def names_weeks(text: str) -> bool:
    """Does ``text`` (a header, a title) name epidemiological weeks: a cue word of the
    lexicon ("SE 1/2025-6/2025", "Semana epidemiológica", "Casos por semana")?"""
    return _week_cue(default_lexicon().sources).search(text) is not None


@lru_cache(maxsize=4)
def _week_cue(sources: tuple[str, ...]) -> re.Pattern[str]:
    from genero_etl.extract.lexicon import _load

    lex = _load(sources)
    phrases = lex.words("periods", "week_words") + lex.words("periods", "week_abbreviations")
    alternation = "|".join(sorted({_loose(p) for p in phrases if p.strip()}, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})(?=[\s\d_]|$)", re.IGNORECASE)


def _day(token: str) -> int:
    return 1 if not token[0].isdigit() or token.startswith("1er") else int(token)


# "entre el 01 de enero de 2009 y el 31 de agosto de 2014": "y el" joins the two days of a
# span only after "entre" (two dates joined so are two days: "el 3 de marzo y el 5 de abril")
_FULL_RANGE = re.compile(
    rf"(?:del?\s+)?{_DAY}\s+de\s+{_MONTH}\s+(?:(?:de|del)\s+)?(?:{_YEAR}\s+)?"
    rf"(al|hasta el|a|y\s+el)\s+"
    rf"{_DAY}\s+de\s+{_MONTH}\s+(?:(?:de|del)\s+)?{_YEAR}",
    re.IGNORECASE,
)
# "entre enero y fines de octubre": a month's end before the last month is that month's end
_MONTH_END = _month_end_words()
_TO_MONTH_END = rf"(?:(?:{_MONTH_END})\s+)?" if _MONTH_END else ""
# "hasta el mes de febrero de 2020", "a febrero de 2020", "al cierre de febrero", "en 2022
# -hasta fines de octubre-": from January to that month's end (its year the one written, or a
# bare year right before the words, or the document's); "hasta el 31 de marzo" is a day, read
# by _FULL_RANGE or left alone.
_THROUGH, _THROUGH_DATED = _through_month_words()
# "hasta este lunes 7 de julio": a weekday may name the day
_WEEKDAY = "(?:" + "|".join(map(re.escape, default_lexicon().words("weekdays"))) + ")"
_THROUGH_NOT_AFTER = _through_not_after()
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
_THIS_YEAR = r"(?:(?:de|del)\s+(?:este|presente|corriente)\s+a[ñn]o|del\s+a[ñn]o\s+en\s+curso)"
_THROUGH_MONTH = (
    re.compile(
        rf"(?<![\w])(?:(?P<lead_year>(?:19|20)\d{{2}})\s*[-–,(]?\s*)?"
        rf"(?:{_THROUGH}|(?P<dated>{_THROUGH_DATED})(?=\s+(?:el\s+mes\s+de\s+)?"
        rf"{_ANY_MONTH}\.?\s+(?:de|del)\s+(?:a[ñn]o\s+)?(?:19|20)\d{{2}})"
        # a table's cell or line that opens with it, the year right after the month ("A Junio
        # 2020 | 20 | 27 | 10 | 0", a row after the rows of whole years)
        rf"|(?<![^\t\n])(?P<cell>{_THROUGH_DATED})(?=\s+{_ANY_MONTH}\.?\s+(?:19|20)\d{{2}}(?!\d)))"
        rf"\s+(?:el\s+mes\s+de\s+|(?:el|este)\s+(?:{_WEEKDAY}\s+)?(?P<day>\d{{1,2}})\s+de\s+)?"
        rf"{_TO_MONTH_END}"
        rf"(?P<month>{_ANY_MONTH})\.?(?:\s*(?:(?:de|del)\s+|[-–/,]\s*)?(?:a[ñn]o\s+)?"
        rf"(?P<year>(?:19|20)\d{{2}})(?!\d)|\s+{_THIS_YEAR})?"
        r"(?![\w])",
        re.IGNORECASE,
    )
    if _THROUGH
    else None
)
# "entre enero y el 20 de marzo", "entre el 20 de marzo y el mes de agosto", "desde el 1 de
# enero hasta el 15 de marzo": a span whose first or last end is a day of its month (the other
# a whole month), in the year written after it or the document's
_DAY_SPAN = re.compile(
    rf"(?<![\w])(?:entre|desde|del?)\s+(?:el\s+)?(?:(?P<d1>\d{{1,2}}|1[°º]|1ero?|primero)\s+de\s+|"
    rf"mes\s+de\s+)?(?P<m1>{_ANY_MONTH})\s+(?:y|al?|hasta)\s+(?:el\s+)?"
    rf"(?:(?P<d2>\d{{1,2}})\s+de\s+|mes\s+de\s+)?(?P<m2>{_ANY_MONTH})"
    rf"(?:\s+(?:de|del)\s+(?:a[ñn]o\s+)?(?P<year>(?:19|20)\d{{2}}))?(?![\w])",
    re.IGNORECASE,
)
_MONTH_RANGE = re.compile(
    rf"(?<![\w])(?:de\s+|del\s+mes\s+de\s+)?{_MONTH}\.?\s*(?P<join>-|–|a|al|hasta|y)\s*{_TO_MONTH_END}{_MONTH}\.?(?:\s*(?:de\s+|del\s+)?(?:este\s+|a[ñn]o\s+)?{_YEAR})?(?![\w])",
    re.IGNORECASE,
)
# Months of two years: "noviembre 2024 - octubre 2025", "entre noviembre de 2024 y octubre
# de 2025", "de julio de 2023 a junio de 2024".
_MONTHS_OF_YEARS = re.compile(
    rf"(?<![\w])(?:de\s+|del\s+mes\s+de\s+)?{_MONTH}\.?\s*(?:(?:de|del)\s+)?{_YEAR}\s*"
    rf"(?P<join>-|–|a|al|hasta|y)\s*(?:el\s+mes\s+de\s+)?{_MONTH}\.?\s*(?:(?:de|del)\s+)?{_YEAR}(?!\d)",
    re.IGNORECASE,
)
# One month of two years, compared: "En enero de 2020 y 2019 ...", "marzo de 2023 y de 2024":
# January 2020 and January 2019, each the period of its own count (never the last year for
# both, nor a whole year); the second year's span is its digits alone.
_MONTH_TWO_YEARS = re.compile(
    rf"(?<![\w]){_MONTH}\.?\s+(?:de|del)\s+(?:a[ñn]o\s+)?{_YEAR}\s*(?:,|y|e)\s*"
    rf"(?:(?:de|del)\s+)?(?:a[ñn]o\s+)?{_YEAR}(?![\d/.,]?\d|\s*[-–]\s*\d)",
    re.IGNORECASE,
)
# "primer semestre de 2024", "2° trimestre del año 2023", "I Semestre 2024" (a Roman numeral
# in capitals), "quinto bimestre"
_ORDINAL_PART = re.compile(
    r"(?<![\w])(1er|1ero|1ro|primer|primero|2do|segundo|3er|3ero|3ro|tercer|tercero|4to|cuarto"
    r"|5to|quinto|6to|sexto|[1-6]\s?[°º]|(?-i:I|II|III|IV|V|VI))\.?\s+"
    rf"(trimestre|semestre|cuatrimestre|bimestre)(?:\s+(?:de\s+|del\s+)?(?:a[ñn]o\s+)?{_YEAR})?",
    re.IGNORECASE,
)
_ORDINALS = {
    "1er": 1, "1ero": 1, "1ro": 1, "primer": 1, "primero": 1, "2do": 2, "segundo": 2,
    "3er": 3, "3ero": 3, "3ro": 3, "tercer": 3, "tercero": 3, "4to": 4, "cuarto": 4,
    "5to": 5, "quinto": 5, "6to": 6, "sexto": 6,
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6,
}  # fmt: skip


def _ordinal(token: str) -> int:
    """ "primer" -> 1, "2°" -> 2, "III" -> 3."""
    token = token.lower()
    return int(token[0]) if token[0].isdigit() and token[-1] in "°º" else _ORDINALS[token]


_PART_MONTHS = {"trimestre": 3, "semestre": 6, "cuatrimestre": 4, "bimestre": 2}
# a year before a dash and a digit is a range's or a code's ("2018-19", "2018 - 2"), not
# before a dash and a clock time: a press note's stamp, "15 de octubre de 2018 - 4:09 p. m."
_YEAR_ALONE = re.compile(
    rf"(?<![\d/.,\-–])(?:a[ñn]o\s+|ejercicio\s+(?:fiscal\s+)?)?{_YEAR}"
    r"(?![\d/.,]\d|\s*[-–]\s*\d(?!\d?\s*:\s*\d{2}\b))"
)
# "en marzo se abrieron 41 carpetas", "durante el mes de abril de 2020": one month, named in
# full after "en" or "durante" (a day before it is a date, "el 15 de marzo"; an abbreviation
# may be a word, "en mar abierto"; "marzo pasado" is left to the year). A range goes on after
# it ("en enero a marzo", "en enero y febrero", "en enero de 2021 y 2022"), a clause may
# ("en enero de 2021 y agregó que ...", "en febrero de 2024 y 9 en marzo"); "en enero-junio 2025"
# is the range's first month, not one month.
_FULL_MONTH = (
    "("
    + "|".join(
        sorted((re.escape(m) for m in MONTHS if len(m) >= 4 and m != "sept"), key=len, reverse=True)
    )
    + ")"
)
_ONE_MONTH = re.compile(
    rf"(?<![\w])(?:en|durante)\s+(?:el\s+(?:mes\s+de\s+)?)?{_FULL_MONTH}"
    rf"(?:\s+(?:de|del)\s+(?:a[ñn]o\s+)?{_YEAR})?(?![\w])"
    r"(?!\s*(?:-|–|a|al|hasta)\s+\w|\s+(?:pasado|anterior|[uú]ltimo)\b|\s+de\s+\d"
    rf"|\s*[-–]\s*{_ANY_MONTH}(?!\w)"
    rf"|\s*,?\s+[ye]\s+(?:(?:en|durante)\s+(?:el\s+(?:mes\s+de\s+)?)?)?"
    rf"(?:{_ANY_MONTH}|(?:19|20)\d{{2}})(?!\w))",
    re.IGNORECASE,
)
# A title's one month and year, "Informe mensual, marzo 2024", "BOLETÍN MARZO DE 2024",
# "Reporte | Marzo - 2024": the period of a monthly report (``title_month``).
_TITLE_MONTH = re.compile(
    rf"(?<![\w])(?:mes\s+de\s+)?{_FULL_MONTH}\s*(?:(?:de|del)\s+|[-–/,]\s*)?(?:a[ñn]o\s+)?{_YEAR}(?!\d)",
    re.IGNORECASE,
)
_DAY_BEFORE = re.compile(r"(?:\d{1,2}|1[°º]|1ero?|primero)\s*(?:de\s+)?$", re.IGNORECASE)
_YEAR_RANGE = re.compile(rf"{_YEAR}\s*[-–]\s*((?:19|20)?\d{{2}})(?!\d)")
# Whole years from one to another: "entre 2020 y 2023", "desde 2019 hasta 2022", "del 2020 al
# 2023", "en el periodo 2022-2023", "en los últimos cuatro años (2014 - 2017)" (a bare
# "2021-2024" is a term's or a plan's, not a period)
_YEARS_SPAN = re.compile(
    rf"(?<![\w])(?:entre\s+(?:el\s+)?(?:a[ñn]o\s+)?{_YEAR}\s+y\s+(?:el\s+)?(?:a[ñn]o\s+)?{_YEAR}"
    rf"|(?:desde|de|del)\s+(?:el\s+)?(?:a[ñn]o\s+)?{_YEAR}\s+(?:hasta|a|al)\s+(?:el\s+)?"
    rf"(?:a[ñn]o\s+)?{_YEAR}"
    rf"|(?:per[ií]odo|a[ñn]os|lapso)\s+(?:de\s+|del\s+|\(\s*)?{_YEAR}\s*(?:[-–/]|a|al|y)\s*{_YEAR})"
    r"(?![\d/.,]\d|\s*[-–]\s*\d)",
    re.IGNORECASE,
)
# From a whole year to a month of a later year: "Entre el 2022 y junio del 2024", "desde 2019
# hasta marzo de 2021" (1 January of the first to the month's last day), or to a day of it: "De
# 2020 al 12 de agosto de 2022" (to that day)
_YEAR_TO_MONTH = re.compile(
    rf"(?<![\w])(?:entre\s+(?:el\s+)?(?:a[ñn]o\s+)?{_YEAR}\s+y"
    rf"|(?:desde|del?)\s+(?:el\s+)?(?:a[ñn]o\s+)?{_YEAR}\s+(?:hasta|a|al))"
    rf"\s+(?:el\s+mes\s+de\s+|(?:el\s+)?(\d{{1,2}})\s+de\s+)?{_MONTH}\.?\s+(?:de|del)\s+"
    rf"(?:a[ñn]o\s+)?{_YEAR}(?!\d)",
    re.IGNORECASE,
)
_DATE = re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d)")
# a month's name right before a span's "de <year>": the year is that month's
_MONTH_BEFORE = re.compile(rf"(?<![\w]){_MONTH}\.?\s*$", re.IGNORECASE)
# What some of the patterns above cannot match without, searched first (a line of counts seldom
# holds a year): every match of _FULL_RANGE, _MONTHS_OF_YEARS and _YEAR_ALONE holds a _YEAR,
# every match of _ORDINAL_PART a part of the year ("-mestre", with its flags).
# what opens a span of two months joined by "y": "entre enero y marzo", "entre los meses de
# enero y setiembre" (the range's own "de" is its pattern's)
_BETWEEN_DAYS = re.compile(r"(?<!\w)entre\s+(?:el\s+)?$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"(?<!\w)entre(?:\s+(?:los\s+meses|el\s+mes))?\s*$", re.IGNORECASE)
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}")
_ANY_PART = re.compile("mestre", re.IGNORECASE)
_ANY_WEEK = re.compile(r"sem|S\.?\s?E", re.IGNORECASE)  # what every week cue holds


_THIS_YEAR_AFTER = re.compile(rf"\s*{_THIS_YEAR}", re.IGNORECASE)


def this_year_after(text: str) -> bool:
    """Whether ``text`` opens with "de este año", "del presente año", "del año en curso"."""
    return _THIS_YEAR_AFTER.match(text) is not None


def find_periods(text: str, default_year: int | None = None) -> list[PeriodMatch]:
    """All periods in ``text``, strongest first within overlapping spans."""
    return list(_periods(text, default_year))


@lru_cache(maxsize=16384)
def _periods(text: str, default_year: int | None) -> tuple[PeriodMatch, ...]:
    """``find_periods``, once per distinct line and year (a document's heading lines are
    read again by the period inference, and reports repeat lines)."""
    found: list[PeriodMatch] = []
    taken: list[tuple[int, int]] = []

    def free(span: tuple[int, int]) -> bool:
        return all(span[1] <= a or span[0] >= b for a, b in taken)

    year_in = _ANY_YEAR.search(text) is not None
    month_in = _month_gate().may_hold(text)  # every pattern with a month's name needs one
    # an epidemiological week ("semana epidemiológica 10 de 2024", "SE 6 2025") first: its
    # year is the week's, never the whole year's
    for week in find_weeks(text, default_year) if _ANY_WEEK.search(text) else ():
        found.append(week)
        taken.append(week.span)
    for week in iso_week_notation(text) if year_in else ():
        if free(week.span):
            found.append(week)
            taken.append(week.span)
    for m in _FULL_RANGE.finditer(text) if year_in and month_in else ():
        d1, m1, y1, join, d2, m2, y2 = m.groups()
        if join.lower().startswith("y") and not _BETWEEN_DAYS.search(text[: m.start()]):
            continue
        year2 = int(y2)
        year1 = int(y1) if y1 else year2
        month1, month2 = MONTHS[_mkey(m1)], MONTHS[_mkey(m2)]
        # A day its month does not have ("30 de febrero", "32 de enero") is clamped into
        # the month, like the end day, instead of building an impossible date (which
        # failed the whole file later, when the date was parsed).
        found.append(
            PeriodMatch(
                _iso(year1, month1, max(1, min(_day(d1), _last_day(year1, month1)))),
                _iso(year2, month2, max(1, min(_day(d2), _last_day(year2, month2)))),
                m.group(0).strip(),
                m.span(),
                3,
            )
        )
        taken.append(m.span())
    for m in _MONTHS_OF_YEARS.finditer(text) if year_in and month_in else ():
        m1, y1, join, m2, y2 = m.groups()
        since, until = (int(y1), MONTHS[_mkey(m1)]), (int(y2), MONTHS[_mkey(m2)])
        between = _BETWEEN_BEFORE.search(text[: m.start()]) is not None
        if until <= since or (join.lower() == "y" and not between) or not free(m.span()):
            continue  # "marzo de 2023 y marzo de 2024" compares two months
        found.append(
            PeriodMatch(
                _iso(since[0], since[1], 1),
                _iso(until[0], until[1], _last_day(*until)),
                m.group(0).strip(),
                m.span(),
                2,
            )
        )
        taken.append(m.span())
    for m in _MONTH_TWO_YEARS.finditer(text) if year_in and month_in else ():
        name, y1, y2 = m.groups()
        if y1 == y2 or not free(m.span()):
            continue
        month = MONTHS[_mkey(name)]
        where = (m.start(), m.end(2))
        found.append(month_span(int(y1), month, month, text[where[0] : where[1]], where, 2))
        found.append(month_span(int(y2), month, month, f"{name} {y2}", m.span(3), 2))
        taken.append(m.span())
    for m in _DAY_SPAN.finditer(text) if month_in else ():
        if not free(m.span()) or not (m.group("d1") or m.group("d2")):
            continue  # two whole months are _MONTH_RANGE's
        year = int(m.group("year")) if m.group("year") else default_year
        first, last = MONTHS[_mkey(m.group("m1"))], MONTHS[_mkey(m.group("m2"))]
        if year is None or last < first:
            continue
        day1 = int(m.group("d1")[:2].rstrip("°ºe")) if (m.group("d1") or "p")[0].isdigit() else 1
        day2 = int(m.group("d2")) if m.group("d2") else _last_day(year, last)
        start = _iso(year, first, max(1, min(day1, _last_day(year, first))))
        end = _iso(year, last, max(1, min(day2, _last_day(year, last))))
        if end < start:
            continue
        found.append(PeriodMatch(start, end, m.group(0).strip(), m.span(), 3))
        taken.append(m.span())
    for m in _MONTH_RANGE.finditer(text) if month_in else ():
        if not free(m.span()):
            continue
        m1, join, m2, y = m.groups()
        year = int(y) if y else default_year
        if year is None:
            continue
        a, b = MONTHS[_mkey(m1)], MONTHS[_mkey(m2)]
        between = _BETWEEN_BEFORE.search(text[: m.start()]) is not None
        if b < a or (join.lower() == "y" and not between and (b != a + 1 or not y)):
            continue  # "enero y febrero de 2024", "entre enero y marzo" span; "enero y marzo" not
        found.append(month_span(year, a, b, m.group(0).strip(), m.span(), 2))
        taken.append(m.span())
    for m in _THROUGH_MONTH.finditer(text) if _THROUGH_MONTH is not None and month_in else ():
        if not free(m.span()):
            continue
        word = _LAST_WORD.search(text[max(0, m.start() - 30) : m.start()])
        if m.group("dated") and word and fold(word.group(1)) in _THROUGH_NOT_AFTER:
            continue  # "correspondiente a marzo de 2024": March
        written = m.group("year") or m.group("lead_year")
        year = int(written) if written else default_year
        if year is None:
            continue
        last = MONTHS[_mkey(m.group("month"))]
        if m.group("day"):  # "hasta el 31 de marzo de 2020": from 1 January to that day
            day = max(1, min(int(m.group("day")), _last_day(year, last)))
            label = m.group(0).strip()
            found.append(PeriodMatch(_iso(year, 1, 1), _iso(year, last, day), label, m.span(), 3))
        else:
            found.append(month_span(year, 1, last, m.group(0).strip(), m.span(), 2))
        taken.append(m.span())
    for m in _ORDINAL_PART.finditer(text) if _ANY_PART.search(text) else ():
        if not free(m.span()):
            continue
        ordinal, part, y = m.groups()
        year = int(y) if y else default_year
        if year is None:
            continue
        size = _PART_MONTHS[part.lower()]
        index = _ordinal(ordinal)
        first = (index - 1) * size + 1
        last = first + size - 1
        if last > 12:
            continue
        found.append(month_span(year, first, last, m.group(0).strip(), m.span(), 2))
        taken.append(m.span())
    if not year_in:
        found.sort(key=lambda p: p.span[0])
        return tuple(found)
    blocked = [m.span() for m in _YEAR_RANGE.finditer(text)] + [
        m.span() for m in _DATE.finditer(text)
    ]
    for m in _YEAR_ALONE.finditer(text):
        span = m.span(1)
        if not free(m.span()) or any(a <= span[0] < b for a, b in blocked):
            continue
        if counted_by_month(text, span[0], span[1]):
            continue  # "..., 1906 en mayo, 3370 en junio": a count of May
        year = int(m.group(1))
        found.append(
            PeriodMatch(_iso(year, 1, 1), _iso(year, 12, 31), m.group(0).strip(), m.span(), 1)
        )
        taken.append(m.span())
    found.sort(key=lambda p: p.span[0])
    return tuple(found)


def counted_by_month(text: str, start: int, end: int) -> bool:
    """ "se efectuaron 911 mamografías en enero, ..., 1505 en abril, 1906 en mayo, 3370 en
    junio": the number at ``start``-``end``, right before "en" and a month, beside another item
    of the same shape (the one before it or the one after), is one more count of a list by
    month, never a year (a year comes after its month: "en mayo de 1906")."""
    after = _IN_A_MONTH.match(text, end)
    if after is None:
        return False
    if _MONTH_ITEM_BEFORE.search(text, max(0, start - 60), start):
        return True
    return _MONTH_ITEM_AFTER.match(text, after.end()) is not None


_IN_A_MONTH = re.compile(rf"\s+en\s+{_MONTH}\b", re.IGNORECASE)
# the item before: "1505 en abril, " (its noun may stand between: "911 mamografías en enero, ")
_MONTH_ITEM_BEFORE = re.compile(
    rf"\d(?:\s+[a-záéíóúñ]+)?\s+en\s+{_MONTH}(?:\s*,\s*(?:y\s+)?|\s+y\s+)$", re.IGNORECASE
)
# the item after: ", 3370 en junio" or " y 3370 en junio"
_MONTH_ITEM_AFTER = re.compile(
    rf"(?:\s*,\s*(?:y\s+)?|\s+y\s+)\d[\d.,]*(?:\s+[a-záéíóúñ]+)?\s+en\s+{_MONTH}\b",
    re.IGNORECASE,
)


def with_year_spans(periods: list[PeriodMatch], text: str) -> list[PeriodMatch]:
    """``periods`` of ``text`` (``find_periods``) with its spans of whole years ("entre 2020 y
    2023", "en el periodo 2022-2023"), and of a year to a later year's month ("Entre el 2022 y
    junio del 2024"), in place of the periods they join: the period of a count
    written in the span's sentence. Not part of ``find_periods``: a span said in passing is no
    document's period."""
    spans: list[PeriodMatch] = []
    for m in _YEARS_SPAN.finditer(text):
        first, last = (int(y) for y in m.groups() if y)
        if first < last:  # "entre 2023 y 2022" compares two years
            spans.append(
                PeriodMatch(_iso(first, 1, 1), _iso(last, 12, 31), m.group(0).strip(), m.span(), 2)
            )
    for m in _YEAR_TO_MONTH.finditer(text):
        between, since, day, name, until = m.groups()
        first, last, month = int(between or since), int(until), MONTHS[_mkey(name)]
        # (issue 10) "de junio de 2024 a abril del 2025": the "de" is the first month's, and
        # the span starts with that month (June, not January, 2024)
        opening = _MONTH_BEFORE.search(text, 0, m.start())
        start, begin = (
            (MONTHS[_mkey(opening.group(1))], opening.start()) if opening else (1, m.start())
        )
        if first < last and all(m.end() <= q.span[0] or begin >= q.span[1] for q in spans):
            last_day = _last_day(last, month)
            end = _iso(last, month, int(day) if day and 0 < int(day) <= last_day else last_day)
            label = text[begin : m.end()].strip()
            spans.append(PeriodMatch(_iso(first, start, 1), end, label, (begin, m.end()), 2))
    if not spans:
        return periods
    kept = [
        p
        for p in periods
        if all(p.span[1] <= a or p.span[0] >= b for a, b in (q.span for q in spans))
    ]
    return sorted(kept + spans, key=lambda p: p.span[0])


def title_month(line: str) -> PeriodMatch | None:
    """The one month and year a title line names ("Informe mensual, marzo 2024"), as that
    month; None for a date ("Lima, 5 de marzo de 2024"), a line naming two months or a range
    (``find_periods`` reads those), or a line without one. The caller decides that the line
    is a title and what may not come before the month (lexicon
    ``periods.title_month_not_after``)."""
    found = list(_TITLE_MONTH.finditer(line))
    if len(found) != 1 or any(p.strength >= 2 for p in find_periods(line)):
        return None
    m = found[0]
    if _DAY_BEFORE.search(line[: m.start()]):
        return None
    month = MONTHS[_mkey(m.group(1))]
    return month_span(int(m.group(2)), month, month, m.group(0).strip(), m.span(), 2)


def cell_month(text: str, year: int | None) -> PeriodMatch | None:
    """A table header cell that is a month's name and nothing else ("Enero", "Feb."), as that
    month of ``year`` (the document's); None for anything else or without a year."""
    key = fold(text).strip(" .:")
    if year is None or key not in MONTHS:
        return None
    month = MONTHS[key]
    return month_span(year, month, month, text.strip(), (0, len(text)), 2)


def month_before(text: str, default_year: int | None) -> PeriodMatch | None:
    """The last single month ``text`` names after "en" or "durante" ("en marzo", "durante el
    mes de abril de 2020"), as a period of that month of its year (``default_year`` when it
    names none). Not part of ``find_periods``: a month said in passing ("en junio de 2016 se
    replicó el programa") is no document's period; the caller decides which count it dates."""
    found = single_months(text, default_year)
    return found[-1] if found else None


@lru_cache(maxsize=4096)
def single_months(text: str, default_year: int | None) -> tuple[PeriodMatch, ...]:
    """Every single month ``text`` names after "en" or "durante", in reading order."""
    found: list[PeriodMatch] = []
    for m in _ONE_MONTH.finditer(text):
        name, y = m.groups()
        year = int(y) if y else default_year
        if year is None:
            continue
        month = MONTHS[_mkey(name)]
        found.append(month_span(year, month, month, m.group(0).strip(), m.span(), 2))
    return tuple(found)


def _mkey(token: str) -> str:
    key = fold(token).rstrip(".")
    return key if key in MONTHS else key[:3]


def parse_period_option(text: str) -> PeriodMatch | None:
    """A period given by a person: '2024', '2024-01-01/2024-06-30', '2022-S1', 'ene-jun 2022',
    an epidemiological week '2025-SE06' (an ISO week '2025-W06')."""
    text = text.strip()
    m = re.fullmatch(r"(\d{4})-(SE|W)(\d{1,2})", text, re.IGNORECASE)
    if m:
        iso = m.group(2).upper() == "W"
        week = epi_week(int(m.group(1)), int(m.group(3)), text, iso=iso)
        return PeriodMatch(week.start, week.end, text, (0, len(text)), 3) if week else None
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})\s*/\s*(\d{4}-\d{2}-\d{2})", text)
    if m:
        return PeriodMatch(m.group(1), m.group(2), text, (0, len(text)), 3)
    m = re.fullmatch(r"(\d{4})-([QST])(\d)", text, re.IGNORECASE)
    if m:
        year, kind, index = int(m.group(1)), m.group(2).upper(), int(m.group(3))
        size = {"Q": 3, "T": 3, "S": 6}[kind]
        first = (index - 1) * size + 1
        last = first + size - 1
        if first >= 1 and last <= 12:
            return month_span(year, first, last, text, (0, len(text)), 3)
        return None
    found = find_periods(text)
    return max(found, key=lambda p: p.strength) if found else None
