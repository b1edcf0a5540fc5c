"""Column roles: what each column of a table means, from its header words and its values.

Each column is profiled once (share of numbers, years, dates, month names, distinct
values...) and given one role by the first detector, in registration order, that
recognises it. Detectors are small functions registered with :func:`detector`; the
words they look for come from :mod:`genero_etl.tabular.lexicon` (data, not code).

Roles: ``place`` (kind: country | admin1 | intermediate | municipality; ``code`` when the
column holds official codes), ``period`` (year | month | quarter | date | period),
``category`` (kind: the breakdown dimension), ``indicator``, ``unit``, ``measure``
(count | amount | percentage | rate; ``weight`` when each row stands for several cases),
``value`` (numbers whose meaning is in the header: a period, a category, an indicator),
``identifier``, ``personal``, ``attribute`` (numbers that are never values), ``derived``
(shares, cumulative totals), ``constant`` and ``ignored``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from genero_etl.extract.textutil import fold
from genero_etl.tabular import layout
from genero_etl.tabular.lexicon import RoleLexicon, any_match, first_key, other_subject

if TYPE_CHECKING:
    import pandas as pd

SAMPLE = 5_000  # rows profiled per column (distinct counts are exact up to here)
ROLE_NAMES = (
    "place", "period", "category", "activity", "indicator", "unit", "measure", "value", "identifier",
    "personal", "attribute", "derived", "constant", "ignored",
)  # fmt: skip
_INT = re.compile(r"^\s*[-+]?\d+(?:\.0+)?\s*$")
_TRIM_Q = re.compile(
    r"^(?:t|q|trim\.?|trimestre)?\s*([1-4])(?:\s*(?:er|do|ro|to|°|º))?\s*(?:trim\w*)?$"
)


@dataclass(slots=True)
class Profile:
    """What a column's header and values look like."""

    col: int
    header: str  # as written ("2023 | Mujeres")
    folded: str  # folded, "_" as space
    filled: int = 0
    numeric: float = 0.0  # shares of the filled cells
    integer: float = 0.0
    years: float = 0.0
    mid_years: float = 0.0  # written as the year's middle ("1990.5")
    months: float = 0.0
    dates: float = 0.0
    unknown: float = 0.0
    booleans: float = 0.0
    distinct: int = 0
    unique_ratio: float = 0.0
    low: float = 0.0
    high: float = 0.0
    texts: list[str] = field(default_factory=list)  # distinct folded text values (at most 500)
    names: float = 0.0  # share of the distinct texts that are a person's name and nothing else
    digits_width: int = 0  # widest digit string (codes keep their width)
    # share of the filled cells written as a long number (nine digits or more, as written:
    # a leading zero kept), a case's further victim or a letter after it ("090101815130365-2",
    # "09286201710911G"); the narrowest and widest of those digits; whether one begins with 0
    long_numbers: float = 0.0
    long_widths: tuple[int, int] = (0, 0)
    leading_zero: bool = False
    numbering: bool = False  # the rows numbered 1, 2, 3... in order: a row number, not a count
    # from 1, nearly every cell one more than the one above ("1, 2, 3, 5, 6, 6, 7"): a row
    # number under a row number's header ("N"), a code under another (states 1-32, then 99)
    near_numbering: bool = False
    # share of the filled cells written as a coordinate: a signed number of at most three
    # digits and five decimals or more ("-78.469475", "-0,155623"); and of those below zero
    coordinates: float = 0.0
    negative: float = 0.0

    @property
    def last_label(self) -> str:
        """The header's lowest row ("Femicidios frustrados 2016 | Edad" -> "edad"): what the
        column itself holds, under a title spanning the table."""
        return self.folded.rsplit(" | ", 1)[-1].strip()


@dataclass(slots=True)
class ColumnRole:
    col: int
    header: str
    role: str
    kind: str = ""
    confidence: float = 0.5
    evidence: str = ""
    code: bool = False
    width: int = 0  # digits of a code column (a lost leading zero is put back)
    source: str = "inferred"  # inferred | mapping
    labels: dict[str, str] = field(default_factory=dict)  # code -> label, from the user's codebook
    detail: str = ""  # the value that backs the evidence (a constant, a share of names)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"column": self.header or layout_letter(self.col), "role": self.role}
        if self.kind:
            out["kind"] = self.kind
        if self.code:
            out["code"] = True
        return out


def layout_letter(col: int) -> str:
    from genero_etl.readers.grid import col_letter

    return col_letter(col)


_NAMES_SAMPLE = 40


def _share_of_names(texts: list[str]) -> float:
    """The share of a column's distinct texts (a sample) that the privacy screen reads as a
    person's name filling the cell ("María López", "Ana Pérez"): a column of names, whatever
    its header says (a register without a header row)."""
    from genero_etl.normalize.privacy import person_names

    sample = sorted(set(texts))[:_NAMES_SAMPLE]
    if not sample:
        return 0.0

    def a_name(text: str) -> bool:
        covered = sum(end - start for start, end in person_names(text))
        return covered >= 0.8 * len(text.strip())

    return sum(1 for t in sample if a_name(t)) / len(sample)


COORDINATE = re.compile(r"^-?\d{1,3}[.,]\d{5,}$")
_LONG_NUMBER = re.compile(r"^(\d{9,})(?:-\d{1,3}|[a-z])?$", re.IGNORECASE)


def profile_column(data: pd.DataFrame, col: int, header: str, lex: RoleLexicon) -> Profile:
    full = data[col]
    series = (
        full if len(full) <= SAMPLE else full.iloc[:: -(-len(full) // SAMPLE)]
    )  # spread over the rows
    prof = Profile(col, header, layout.fold_label(header))
    values = [v for v in series.tolist() if not layout.is_blank(v)]
    values = [v for v in values if not (isinstance(v, str) and any_match(lex.total_rows, fold(v)))]
    prof.filled = len(values)
    if not values:
        return prof
    n = float(len(values))
    texts = [layout.cell_text(v) for v in values]
    folded = [fold(t) for t in texts]
    numbers = [_number(v) for v in values]
    known = [x for x in numbers if x is not None]
    prof.numeric = len(known) / n
    prof.integer = sum(1 for x in known if float(x).is_integer()) / n
    prof.years = sum(1 for v in values if layout.is_year(v)) / n
    prof.mid_years = sum(1 for v in values if layout.mid_year(v) is not None) / n
    prof.months = sum(1 for f in folded if f in layout.MONTHS) / n
    prof.dates = sum(1 for v in values if _is_date(v)) / n
    prof.unknown = sum(1 for f in folded if f in lex.unknown_values) / n
    prof.booleans = (
        sum(1 for f in folded if f in lex.boolean_values) / n if prof.numeric < 0.5 else 0.0
    )
    distinct = set(folded)
    prof.distinct = len(distinct) if series is full else max(len(distinct), int(full.nunique()))
    prof.unique_ratio = len(distinct) / n
    if known:
        prof.low, prof.high = float(min(known)), float(max(known))
    prof.texts = sorted(distinct)[:500]
    if prof.numeric < 0.5:
        prof.names = _share_of_names(texts)
    coords = [t for t in texts if _a_coordinate(t)]
    prof.coordinates = len(coords) / n
    prof.negative = sum(1 for t in coords if t.strip().startswith("-")) / n
    digits = [len(t) for t in texts if t.isdigit()]
    prof.digits_width = max(digits, default=0)
    long = [m.group(1) for m in map(_LONG_NUMBER.match, texts) if m]
    prof.long_numbers = len(long) / n
    if long:
        prof.long_widths = (min(map(len, long)), max(map(len, long)))
        prof.leading_zero = any(t.startswith("0") for t in long)
    prof.numbering = series is full and _numbering(numbers, texts)
    prof.near_numbering = series is full and _near_numbering(numbers)
    return prof


def _a_coordinate(text: str) -> bool:
    """A cell written as a coordinate within a longitude's range, its decimal mark a point or
    a comma ("-79.93585", "-2,23533": read as a number, the comma would group thousands)."""
    text = text.strip()
    return bool(COORDINATE.match(text)) and abs(float(text.replace(",", "."))) <= 180


def _numbering(numbers: list[float | None], texts: list[str] | None = None) -> bool:
    """1, 2, 3 ... n in order, every cell (five rows or more); or 0, 1, 2 ... n - 1, the
    zero-based index a data frame's export writes beside its rows (pandas, R's "t"); or runs
    of 1, 2 ... k one after another, each the rows of one group numbered again from 1 (a
    report's weeks ranked 1 ... 67 under "Semana" for each zone in turn: no week of a year,
    past 53, and no count)."""
    return row_index(numbers, texts) or _numbered_in_runs(numbers)


def _numbered_in_runs(numbers: list[float | None]) -> bool:
    """Two runs or more of 1, 2 ... k in order, one after another, every cell, each run of
    five rows or more."""
    if len(numbers) < 2 * 5 or numbers[0] != 1.0:
        return False
    runs: list[int] = []
    for i, x in enumerate(numbers):
        if x == 1.0:
            runs.append(1)
        elif i and x is not None and x == float(runs[-1] + 1):
            runs[-1] += 1
        else:
            return False
    return len(runs) >= 2 and min(runs) >= 5


def row_index(numbers: list[float | None], texts: list[str] | None = None) -> bool:
    """Do ``numbers`` (a column's, top to bottom) number its rows: 1, 2 ... n or 0, 1 ... n - 1
    in order, every cell, five rows or more? Then they are the rows' places, never counts. From
    0 only as an index writes it (``texts``, the cells as written: "0", "1", never "000",
    "001" ...: codes of a list, a budget unit's "000" among them, are keys of their own)."""
    if len(numbers) < 5 or numbers[0] not in (0.0, 1.0):
        return False
    first = int(numbers[0] or 0)
    if first == 0 and texts is not None and any(_padded(t) for t in texts):
        return False
    return numbers == [float(i) for i in range(first, first + len(numbers))]


def _padded(text: str) -> bool:
    """A whole number written with a leading zero ("000", "07")."""
    text = text.strip()
    return len(text) > 1 and text.startswith("0") and text.isdigit()


def _near_numbering(numbers: list[float | None]) -> bool:
    """In a longer column from 1, nearly every cell one more than the cell above (a row
    taken out or copied leaves a gap or a repeat: "1, 2, 3, 5, 6, 6, 7")."""
    if len(numbers) < NUMBERING_MIN_ROWS or any(x is None for x in numbers) or numbers[0] != 1:
        return False
    known = [float(x) for x in numbers if x is not None]
    steps = sum(1 for a, b in itertools.pairwise(known) if b == a + 1)
    return steps >= NUMBERING_SHARE * (len(numbers) - 1)


NUMBERING_MIN_ROWS = 30  # a shorter column is a row number only when it is 1..n exactly
NUMBERING_SHARE = 0.95  # cells one more than the cell above, of a longer column


_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?")


def cell_number(v: Any) -> float | None:
    """A cell's number as the column profiles read it (None for text, a blank, a boolean)."""
    return _number(v)


def _number(v: Any) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int | float):
        return float(v) if v == v else None
    if isinstance(v, str) and layout.is_number(v):
        text = layout.strip_marker(v).strip().replace("%", "").replace("$", "").replace(" ", "")
        if _INT.match(text):
            return float(text)
        if _DOT_GROUPED.fullmatch(text):  # "1.250.000" or "1.250.000,50": dots group thousands
            whole, _, cents = text.partition(",")
            return float(whole.replace(".", "") + ("." + cents if cents else ""))
        try:
            return float(text.replace(",", "")) if text.count(".") <= 1 else None
        except ValueError:
            return None
    return None


_SERIAL_TEXT = re.compile(r"\s*\d{5}(?:\.0+)?\s*")


def _is_date(v: Any) -> bool:
    # serial numbers (a CSV's text too: "41000") are dates only under a date header
    if isinstance(v, int | float) or (isinstance(v, str) and _SERIAL_TEXT.fullmatch(v)):
        return False
    return layout.date_of(v) is not None


# --- detectors -------------------------------------------------------------------------

Detector = Callable[[Profile, RoleLexicon], "ColumnRole | None"]
DETECTORS: list[tuple[str, Detector]] = []


def detector(name: str) -> Callable[[Detector], Detector]:
    """Register a role detector; detectors run in registration order, the first hit wins."""

    def register(func: Detector) -> Detector:
        DETECTORS.append((name, func))
        return func

    return register


def _role(
    p: Profile, role: str, kind: str = "", conf: float = 0.8, why: str = "", **kw: Any
) -> ColumnRole:
    return ColumnRole(p.col, p.header, role, kind, conf, why, **kw)


@detector("empty")
def _empty(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    if p.filled == 0:
        return _role(p, "ignored", conf=1.0, why="why-empty")
    return None


@detector("constant")
def _constant(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    if p.distinct == 1 and p.filled >= 3 and p.numeric < 0.5 and not _place_level(p, lex):
        return _role(p, "constant", conf=0.9, why="why-constant", detail=p.texts[0][:40])
    return None


def _place_level(p: Profile, lex: RoleLexicon) -> str:
    return first_key(lex.place, p.folded)


_HEADER_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@detector("display-order")
def _display_order(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    """A column of numbers that orders another column's values for display
    ("desagregacion_por_orden" 1-9 beside "desagregacion"): never a value, and no key of its
    own (the column it orders tells the rows apart)."""
    if p.folded and p.numeric >= 0.9 and any_match(lex.display_order, p.folded):
        return _role(p, "ignored", "order", 0.85, "why-display-order")
    return None


@detector("place-code")
def _place_code(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    if not p.folded or not any_match(lex.code_words, p.folded):
        return None
    if _HEADER_YEAR.search(p.folded) and not _place_level(p, lex):
        return None  # "INEGI 2020": a source's figures of a year (its population), not codes
    level = _place_level(p, lex)
    if "ubigeo" in p.folded or "dane" in p.folded or "inegi" in p.folded or "divipola" in p.folded:
        level = level or "municipality"
    if not level or level == "intermediate" or (p.numeric < 0.8 and p.integer < 0.8):
        if "hasc" in p.folded or "iso" in p.folded:
            return _role(p, "identifier", "place_code", 0.8, "why-place-code-id")
        return None
    return _role(p, "place", level, 0.85, "why-place-code", code=True, width=p.digits_width)


@detector("personal")
def _personal(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    if not p.folded or _place_level(p, lex):
        return None
    if any_match(lex.personal_numbers, p.last_label) and _numbers(p):
        return _role(p, "personal", conf=0.85, why="why-personal-numbers")
    if not (any_match(lex.personal, p.folded) or any_match(lex.personal, p.last_label)):
        return None
    if p.numeric < 0.5 and "grupo_edad" in (
        first_key(lex.category, p.folded),
        first_key(lex.category, p.last_label),
    ):
        return None  # "Edad" holding bands ("Mayor de edad"): a breakdown
    return _role(p, "personal", conf=0.9, why="why-personal")


@detector("personal-values")
def _personal_values(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    if _coordinates(p) or _projected_coordinates(p):
        return _role(p, "personal", conf=0.85, why="why-coordinates")
    if p.names >= 0.6 and p.distinct >= 3 and not _place_level(p, lex):
        return _role(p, "personal", conf=0.85, why="why-personal-names")
    return None


@detector("period-header")
def _period_header(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    kind = first_key(lex.period, p.folded) if p.folded else ""
    if not kind:
        return None
    if kind == "year" and p.years >= 0.6:
        return _role(p, "period", "year", 0.9, "why-years")
    if kind in {"year", "named_year", "date"} and p.mid_years >= 0.95:
        return _role(p, "period", "year", 0.85, "why-mid-years")  # "date_ref": 1990.5
    if kind == "named_year":  # "n_year", "start_year": its years, or a count of the year's
        return _role(p, "period", "year", 0.85, "why-years") if p.years >= 0.6 else None
    if kind == "period" and p.years >= 0.6:  # "periodo": 1950 ... 2070
        return _role(p, "period", "year", 0.85, "why-years")
    if kind == "month" and (p.months >= 0.6 or (p.integer >= 0.9 and p.low >= 1 and p.high <= 12)):
        return _role(p, "period", "month", 0.9, "why-months")
    if kind == "quarter" and all(_TRIM_Q.match(t) for t in p.texts):
        return _role(p, "period", "quarter", 0.85, "why-quarters")
    if kind == "date" and p.dates >= 0.5:
        return _role(p, "period", "date", 0.9, "why-dates")
    if kind == "period" and p.numeric < 0.5:
        return _role(p, "period", "period", 0.7, "why-periods")
    if kind == "week" and p.integer >= 0.9 and p.low >= 1 and p.high <= 53:
        return _role(p, "period", "week", 0.9, "why-weeks")
    if kind == "year" and p.numeric >= 0.9 and p.high < 1000:
        return _role(p, "identifier", "period_code", 0.6, "why-period-code")
    return None


@detector("period-values")
def _period_values(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    if p.years >= 0.95 and p.distinct <= 80 and not first_key(lex.measure, p.folded):
        return _role(p, "period", "year", 0.75, "why-year-values")
    if p.dates >= 0.8:
        return _role(p, "period", "date", 0.8, "why-date-values")
    if p.months >= 0.8:
        return _role(p, "period", "month", 0.8, "why-month-values")
    return None


@detector("identifier")
def _identifier(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    if p.folded and any_match(lex.identifier, p.folded) and _records_counted(p, lex):
        return _role(p, "measure", "count", 0.7, "why-records-counted")
    if (
        p.folded
        and any_match(lex.identifier, p.folded)
        and not first_key(lex.measure, p.folded)
        and not first_key(lex.category, p.folded)
        and not (p.numeric < 0.5 and _place_level(p, lex))  # "Departamento de registro": names
    ):
        return _role(p, "identifier", conf=0.85, why="why-identifier")
    if not p.folded and p.numeric >= 0.95 and p.unique_ratio >= 0.9 and p.filled >= 10:
        return _role(p, "identifier", conf=0.7, why="why-unique-numbers")
    if _case_numbers(p, lex):  # "NDD": 170101819020345, one a row, under a count's word
        return _role(p, "identifier", conf=0.8, why="why-case-numbers")
    if p.numbering and not first_key(lex.measure, p.folded):  # a row number under any word
        return _role(p, "identifier", conf=0.7, why="why-unique-numbers")
    if (p.numbering or p.near_numbering) and any_match(lex.row_number, p.folded):
        return _role(p, "identifier", conf=0.7, why="why-unique-numbers")  # "N": 1, 2, 3, 5...
    return None


RECORDS_COUNTED_SHARE = 0.25  # distinct values over filled cells, at most


def _records_counted(p: Profile, lex: RoleLexicon) -> bool:
    """Whole numbers under a record's word (not a code's, "clave", "id", "ubigeo", nor a row
    number's, "N", "Orden") that repeat row after row ("registro": 4, 22, 17, 6, 41... a
    day's reports of family violence, three rows a day) count the records registered: a
    record's number names one record and repeats only on that record's few rows, never each
    value on four rows or more over a hundred rows or more."""
    return (
        p.filled >= 100
        and p.numeric >= 0.95
        and p.integer >= 0.95
        and p.unique_ratio <= RECORDS_COUNTED_SHARE
        and not any_match(lex.code_words, p.folded)
        and not any_match(lex.row_number, p.folded)  # "Orden": a row's number, however repeated
    )


COORDINATES_SHARE = 0.8  # of the cells written with five decimals or more


def _coordinates(p: Profile) -> bool:
    """Where each event happened, to the metre, under any header ("X", "Y", "coord_1"):
    twenty cells or more mostly written as a signed number of five decimals or more within
    a longitude's range (its decimal mark a point or a comma), some below zero (no share,
    rate or fraction is), and mostly each its own. A register writes a coordinate without
    its trailing zeros ("-2,0939" is -2.09390, "-79.9588" is -79.95880): one cell in ten or
    more shows four decimals or fewer, so four in five suffice. Never a value: the place of
    one case."""
    return (
        p.filled >= 20
        and p.coordinates >= COORDINATES_SHARE
        and p.negative >= 0.1
        and p.unique_ratio >= 0.5
    )


PROJECTED_LOW, PROJECTED_HIGH = 10**5, 10**7  # metres east or north of a projection's origin


def _projected_coordinates(p: Profile) -> bool:
    """Where each event happened in metres (UTM: an easting of six digits, a northing of
    seven, "X" 624310, "Y" 9752735), under the bare "X" or "Y" that heads them: twenty
    numbers or more, all between 100,000 and 10,000,000, mostly each its own. A count under
    "X" is neither that large in every row nor each its own."""
    return (
        p.last_label.strip() in {"x", "y"}
        and p.filled >= 20
        and p.numeric >= 0.95
        and p.low >= PROJECTED_LOW
        and p.high < PROJECTED_HIGH
        and p.unique_ratio >= 0.5
    )


CASE_NUMBER_LOW = 10**8  # nine digits or more: wider than any count of cases a row holds


def _case_numbers(p: Profile, lex: RoleLexicon) -> bool:
    """Whole numbers of nine digits or more, nearly each its own and all of about one width
    (a prosecutor's case number, NDD, "170101819020345"): they number the rows, whatever
    word heads them ("NDD" also heads the counts of crime reports). An amount's header (a
    budget of 150,000,000 pesos a line) keeps its amounts."""
    if (
        p.filled < 20
        or first_key(lex.measure, p.folded) in {"amount", "percentage", "rate"}
        or layout.is_year(p.last_label)  # "2019" over a year's budget lines
    ):
        return False
    if (
        p.numeric >= 0.95
        and p.integer >= 0.95
        and p.unique_ratio >= 0.95
        and p.low >= CASE_NUMBER_LOW
        and p.high < 10 * p.low
    ):
        return True
    # as written: a few cells otherwise written aside (an administrative act in words, "NO
    # APLICA"; a case's second victim, "090101815130365-2"), long numbers of one width within
    # two digits, nearly each its own; a number that begins with 0 is a code, never a count,
    # whatever its magnitude (the NDD begins with its province's code: "060101814080188" is
    # 6.0e13 beside "240101816030010", 2.4e14)
    low, high = p.long_widths
    return (
        p.long_numbers >= CASE_NUMBERS_SHARE
        and high - low <= 2
        and p.unique_ratio >= CASE_NUMBERS_SHARE
        and (p.leading_zero or (p.low >= CASE_NUMBER_LOW and p.high < 10 * p.low))
    )


CASE_NUMBERS_SHARE = 0.8  # of the cells written as a long number, and of them each its own


@detector("place-header")
def _place_header(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    level = _place_level(p, lex) if p.folded else ""
    if not level:
        return None
    if p.numeric >= 0.8:
        return _role(
            p, "place", level, 0.7, "why-place-code-values", code=True, width=p.digits_width
        )
    if "nacimiento" in p.folded or "origen" in p.folded:
        return _role(p, "personal", conf=0.7, why="why-origin")
    if any_match(lex.place_if_values, p.folded) and not _names_places(p):
        return None  # "Estado" over "Prisión preventiva", "Deceso": a status, not a state
    if level == "municipality" and any_match(lex.level_by_values, p.folded) and _all_admin1(p):
        level = "admin1"  # Argentina's electoral "distrito": "chaco", "caba", a province
    return _role(p, "place", level, 0.85, "why-place")


def _all_admin1(p: Profile) -> bool:
    """Every distinct value, three or more, names a first-level subdivision of one country."""
    from genero_etl.normalize.places import lookup_admin1

    texts = sorted(set(p.texts))
    if len(texts) < 3:
        return False
    countries: set[str] | None = None
    for t in texts:
        here = {a.country for a in lookup_admin1(t, "")}
        countries = here if countries is None else countries & here
        if not countries:
            return False
    return True


def _names_places(p: Profile) -> bool:
    """At least a third of the column's distinct values name a subdivision or municipality
    of some country."""
    from genero_etl.normalize.places import lookup_admin1, lookup_municipality

    texts = p.texts[:60]
    hits = sum(1 for t in texts if lookup_admin1(t, "") or lookup_municipality(t, "", ""))
    return bool(texts) and hits >= len(texts) / 3


@detector("activity")
def _activity(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    if p.folded and p.numeric < 0.5 and any_match(lex.activity, p.folded):
        if _occupations(p, lex):  # "ACTIVIDAD": Empleado, Estudiante: what people do
            return _role(p, "category", lex.occupation_dimension, 0.8, "why-category")
        return _role(p, "activity", conf=0.8, why="why-activity")
    return None


def _occupations(p: Profile, lex: RoleLexicon) -> bool:
    """Most of a column's known values, two or more, name a person's occupation."""
    known = [t for t in p.texts if t and t not in lex.unknown_values]
    hits = sum(1 for t in known if any_match(lex.occupations, t))
    return hits >= 2 and hits >= 0.6 * len(known)


@detector("indicator")
def _indicator(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    if p.folded and p.numeric < 0.5 and any_match(lex.indicator, p.folded):
        return _role(p, "indicator", conf=0.8, why="why-indicator")
    if p.folded and p.numeric < 0.5 and any_match(lex.unit, p.folded):
        if _mostly_municipalities(p):  # "Unidad": Ameca, El Grullo, UMEA: the attending unit
            return _role(p, "place", "municipality", 0.7, "why-place-unit")
        return _role(p, "unit", conf=0.8, why="why-unit")
    return None


def _mostly_municipalities(p: Profile) -> bool:
    """More than half of a column's distinct values, three or more, name a municipality of
    some country: under a unit's header ("Unidad"), the office that attended each case, named
    by its municipality (a unit of measure is "Personas", "Casos", "Pesos")."""
    from genero_etl.normalize.places import lookup_municipality

    texts = sorted(set(p.texts) - {""})[:60]
    hits = sum(1 for t in texts if lookup_municipality(t, "", ""))
    return len(texts) >= 3 and 2 * hits > len(texts)


@detector("counted-flag")
def _counted_flag(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    """A yes/no column whose header says a case is gender violence, or of which kind
    ("VIOLENCIA_DE_GENERO", "V_FISICA"): a breakdown of the cases (si / no), its
    not-applicable rows ("no_corresponde") counted apart as in any breakdown."""
    if not p.folded or not any_match(lex.counted_flags, p.folded) or p.numeric >= 0.5:
        return None
    values = {" ".join(t.replace("_", " ").split()) for t in p.texts}
    answers = values & lex.boolean_values
    others = lex.unknown_values | lex.not_applicable_values
    if not answers or not values <= lex.boolean_values | others:
        return None
    name = re.sub(r"[^a-z0-9]+", "_", p.folded).strip("_")[:40]
    return _role(p, "category", name, 0.7, "why-counted-flag")


@detector("category-header")
def _category_header(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    dim = _header_dimension(p, lex) if p.folded else ""
    if dim in lex.code_dimensions:  # "Artículo": 170, 108-B, however many digits
        return _role(p, "category", dim, 0.8, "why-category")
    if not dim or (p.numeric >= 0.9 and p.distinct > lex.max_categories):
        return None
    # numbers among unknowns under a rate's or a share's header ("NA" on every row a rate per
    # 100,000 women does not apply to, under "n_delitos_x100kmujeres"): values, never the
    # items of the breakdown a word of the header names ("delitos")
    known_numeric = p.numeric / (1 - p.unknown) if p.unknown < 1 else 0.0
    if known_numeric >= 0.9 and first_key(lex.measure, p.folded) in {"rate", "percentage"}:
        return None
    if p.numeric >= 0.9 and _named_above_only(p, dim, lex):
        return None  # "Tipo de delito" over "Femicidio": counts of one type, not a breakdown
    if p.numeric >= 0.9 and _names_its_value(p, dim, lex):
        return None  # "paciente_sexo_no_esp": counts of one value of the breakdown
    if p.booleans >= 0.9 and dim not in {"sexo"}:
        return _role(p, "ignored", "flag", 0.6, "why-flag")
    return _role(p, "category", dim, 0.85, "why-category")


def _named_above_only(p: Profile, dim: str, lex: RoleLexicon) -> bool:
    """A header of several rows names the breakdown above and one of its values below
    ("Tipo de delito | Femicidio", "Sexo | Mujeres"): the numbers under it are values."""
    parts = [layout.fold_label(x) for x in p.header.split(" | ") if x.strip()]
    patterns = lex.category.get(dim, ())
    return (
        len(parts) > 1
        and not any_match(patterns, parts[-1])
        and any(any_match(patterns, x) for x in parts[:-1])
    )


def _names_its_value(p: Profile, dim: str, lex: RoleLexicon) -> bool:
    """A header naming a breakdown and one of its values, or its unknown, in one label
    ("paciente_sexo_no_esp", "victimas sexo mujer"): the numbers under it count that value."""
    last = p.last_label
    named = next((m for rx in lex.category.get(dim, ()) if (m := rx.search(last))), None)
    if named is None or len(last.split()) > 6:
        return False  # a sentence under a title names no column's value
    after = f" {last[named.end() :].strip()} "
    words = lex.category_values.get(dim, frozenset()) | lex.unknown_values
    return any(f" {w} " in after for w in words if not w.isdigit() and len(w) > 2)


def _header_dimension(p: Profile, lex: RoleLexicon) -> str:
    """The breakdown a header names. Values can overrule it: under "Genero | Edad" (two
    header rows over one column), values shaped like age groups ("20-24", "65+") and none a
    sex are age groups; under a header naming a dimension with no known values, values all
    of another's shape are that one's ("TIPO_DELITO": "CONSUMADO", "TENTATIVA" is a degree)."""
    named = [d for d, patterns in lex.category.items() if any_match(patterns, p.folded)]
    if not named:
        return ""
    known = [t for t in p.texts if t and t not in lex.unknown_values]
    shaped = [
        d
        for d, shapes in lex.category_shapes.items()
        if known and sum(1 for t in known if any_match(shapes, t)) >= 0.6 * len(known)
    ]
    if shaped and named[0] not in shaped:
        words = lex.category_values.get(named[0], frozenset())
        if len(named) > 1 or (words and not any(t in words for t in known)):
            return next((d for d in named if d in shaped), shaped[0])
    if known and not lex.category_values.get(named[0]):
        for dim, patterns in lex.value_dimensions.items():
            if dim != named[0] and all(any_match(patterns, t) for t in set(known)):
                return dim  # "TIPO_DELITO" over nothing but "CONSUMADO | TENTATIVA"
    return named[0]


@detector("derived")
def _derived(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    if p.folded and p.numeric >= 0.5 and any_match(lex.derived, p.folded):
        return _role(p, "derived", conf=0.8, why="why-derived")
    return None


@detector("measure")
def _measure(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    if not _numbers(p) or not p.folded:
        return None
    kind = first_key(lex.measure, p.folded)
    if not kind or _total_of_a_banner(p, lex):
        return None
    # a rate or a share named anywhere in the header wins over a count word beside it
    # ("Total | Tasa por 100 mil" is the total's rate, "Casos (%)" a share)
    kind = next(
        (k for k in ("rate", "percentage") if any_match(lex.measure.get(k, ()), p.folded)), kind
    )
    weight = any_match(lex.row_weight, p.folded)
    return _role(p, "measure", kind, 0.85, "why-measure", code=weight)


def _total_of_a_banner(p: Profile, lex: RoleLexicon) -> bool:
    """A banner naming a breakdown over "Total" over a sex ("Causa de muerte | Total |
    Hombre"): the men of all causes, a value under a header like its siblings ("Causa de
    muerte | Asfixia | Hombre"), not a measure of its own for the word "total"."""
    parts = [x.strip() for x in p.folded.split(" | ") if x.strip()]
    if len(parts) < 3 or not any_match(lex.total_columns, parts[-2]):
        return False
    valued = parts[-1] in lex.unknown_values or any(
        parts[-1] in words for words in lex.category_values.values()
    )
    banner = any(any_match(pats, x) for x in parts[:-2] for pats in lex.category.values())
    return valued and banner


def _numbers(p: Profile) -> bool:
    """Numbers, with the unknowns ("s/d", "-") among them: of the known cells most are
    numbers. A column of words and unknowns ("NO REPORTADA", "PRIMARIA") is no measure."""
    return p.numeric > 0 and p.numeric + p.unknown >= 0.6 and p.numeric >= 0.6 * (1 - p.unknown)


@detector("value")
def _value(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    if not _numbers(p):
        return None
    if not p.folded:
        return _role(p, "attribute", conf=0.6, why="why-numbers-no-header")
    return _role(p, "value", conf=0.6, why="why-numbers")


@detector("place-values")
def _place_values(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    """Names most of which a gazetteer knows (a headerless province column)."""
    from genero_etl.normalize.places import lookup_admin1

    known = [t for t in p.texts if t not in lex.unknown_values]
    if p.numeric >= 0.5 or len(known) < 3 or len(known) > 200:
        return None
    hits = sum(1 for t in known if lookup_admin1(t, ""))
    if hits >= 0.6 * len(known):
        return _role(p, "place", "admin1", 0.7, "why-place-values", detail=f"{hits}/{len(known)}")
    return None


@detector("category-values")
def _category_values(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    known = [t for t in p.texts if t not in lex.unknown_values]
    for dim, words in lex.category_values.items():
        if known and sum(1 for t in known if t in words) >= 0.6 * len(known):
            return _role(p, "category", dim, 0.75, "why-category-values")
    return None


@detector("text")
def _text(p: Profile, lex: RoleLexicon) -> ColumnRole | None:
    if p.booleans >= 0.9:
        return _role(p, "ignored", "flag", 0.6, "why-flag")
    if not p.folded and 2 <= p.distinct <= lex.max_categories and p.filled >= 2 * p.distinct:
        name = re.sub(r"[^a-z0-9]+", "_", p.folded).strip("_")[:40]
        return _role(
            p,
            "category",
            name or f"columna_{layout_letter(p.col).lower()}",
            0.5,
            "why-few-values",
        )
    return _role(p, "ignored", conf=0.5, why="why-text")


def name_measures(profiles: list[Profile], roles: dict[int, ColumnRole], lex: RoleLexicon) -> None:
    """A column whose values name each row's measure ("Homicidios | Población | Tasa por 100
    mil" under "Tipo"), beside one column of numbers or years across, is the row's
    indicator, not a breakdown.

    Every value must name a measure or a derived column, and one at least a rate, a share or
    a denominator: event names alone ("Femicidio | Homicidio") stay a breakdown.
    """
    numbers = [r for r in roles.values() if r.role in {"measure", "value"}]
    across = len(numbers) > 1 and all(layout.is_year(r.header) for r in numbers)
    if not numbers or (len(numbers) > 1 and not across):
        return  # one column of numbers, or years across: each row's measure is its own
    if any(r.role == "indicator" for r in roles.values()):
        return
    for p in profiles:
        role = roles.get(p.col)
        if role is None or role.role != "category" or role.kind in lex.core_dimensions:
            continue
        names = [t for t in p.texts if t]
        if not 2 <= len(names) <= lex.max_categories:
            continue
        kinds = [
            first_key(lex.measure, t) or ("derived" if any_match(lex.derived, t) else "")
            for t in names
        ]
        if all(kinds) and any(k in {"rate", "percentage", "derived"} for k in kinds):
            roles[p.col] = _role(p, "indicator", "measure_name", 0.8, "why-measure-names")


def infer_roles(profiles: list[Profile], lex: RoleLexicon) -> list[ColumnRole]:
    out: list[ColumnRole] = []
    for p in profiles:
        for _name, func in DETECTORS:
            found = func(p, lex)
            if found is not None:
                out.append(_of_its_subject(found, p, lex))
                break
    return out


def _of_its_subject(role: ColumnRole, p: Profile, lex: RoleLexicon) -> ColumnRole:
    """A breakdown about another person than the table's own subject ("Sexo del agresor")
    is that person's breakdown (``sexo_agresor``), never the victim's of the same name."""
    if role.role != "category" or not p.folded:
        return role
    subject = other_subject(lex, p.folded, role.kind)
    if not subject or role.kind.endswith(f"_{subject}") or role.kind.startswith(f"{subject}_"):
        return role
    return _role(p, "category", f"{role.kind}_{subject}", role.confidence, "why-other-subject",
                 detail=subject)  # fmt: skip


def values_of_a_breakdown_across(roles: dict[int, ColumnRole], lex: RoleLexicon) -> None:
    """Columns under one upper header that names a breakdown ("Tipo de delito" over
    "Total | Violencia física | Femicidio") are that breakdown's values across: a count
    word in a lower label ("Femicidio", "Total") names a value of the breakdown, not a
    measure of its own, so every such column is read as a value column."""
    groups: dict[str, list[ColumnRole]] = {}
    for r in roles.values():
        parts = [x for x in r.header.split(" | ") if x.strip()]
        if r.source == "inferred" and r.role in {"measure", "value"} and len(parts) > 1:
            groups.setdefault(layout.fold_label(" | ".join(parts[:-1])), []).append(r)
    for upper, members in groups.items():
        named = any(any_match(patterns, upper) for patterns in lex.category.values())
        if len(members) < 3 or not named or any(m.kind in {"rate", "percentage"} for m in members):
            continue
        for m in members:
            if m.role == "measure" and m.kind == "count" and not m.code:
                m.role, m.kind, m.evidence = "value", "", "why-numbers"
