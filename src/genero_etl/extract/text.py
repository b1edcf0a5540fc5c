"""Finding indicator values in Spanish report text.

Input: the segments of a :class:`~genero_etl.model.Document` and what is known of the
document (number convention, year). Output: :class:`Finding` objects, one per value a
careful reader would note, with the words around it that say what it counts. Nothing
here opens files or knows about the codebook's ids: classification happens later.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from genero_etl.extract.clean import clean_pieces
from genero_etl.extract.grammar import NumberMatch, scan_numbers
from genero_etl.extract.lexicon import SpanishLexicon, default_lexicon
from genero_etl.extract.numbers import NUMBER_WORD_RE, Convention
from genero_etl.extract.periods import CONTEXT_RANGE, MONTHS, PeriodMatch, find_periods
from genero_etl.extract.textutil import fold, plain
from genero_etl.extract.traps import ADDRESS_LINE, STREET_NUMBER, covered, trap_spans
from genero_etl.model import Segment


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Words extraction needs to know, loaded from the codebook (data, not code)."""

    count_nouns: frozenset[str]  # plain stems: "persona", "femicidio", "taller"
    excluded_nouns: frozenset[str]  # "año", "mes", "nivel": numbers before them are not values

    def is_count_noun(self, word: str) -> bool:
        w = plain(word)
        return any(w.startswith(stem) for stem in self.count_nouns)

    def is_excluded(self, word: str) -> bool:
        w = plain(word).rstrip(".,;:")
        return w in self.excluded_nouns


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
    kind_hint: str  # observed | target | budget | percentage
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
    start: int = 0
    context: str = ""  # the last headings, most recent first
    after_text: str = ""  # for a percentage: what it is a percentage of
    cell: int = -1  # column of a number alone in a table cell
    row_dimension: str = ""  # a table row's label column ("Dependencia") ...
    row_label: str = ""  # ... and its cell ("Salud"): the value's breakdown
    flags: list[str] = field(default_factory=list)
    currency_symbol: str = ""  # as written: "$", "S/", "RD$", "pesos"; mapped in normalisation


@dataclass(slots=True)
class DocContext:
    convention: Convention
    year: int | None
    is_plan: bool = False  # a POA or plan: beneficiaries and goals are targets
    lexicon: SpanishLexicon = field(default_factory=default_lexicon)
    activities: list[tuple[str, str, str]] = field(default_factory=list)  # (number, title, locator)


_WORD = re.compile(r"[\wáéíóúñÁÉÍÓÚÑü][\wáéíóúñÁÉÍÓÚÑü/]*(?:-[\wáéíóúñ]+)?", re.IGNORECASE)
_NOUN_STOP = {
    "que", "a", "al", "desde", "para", "con", "en", "por", "durante", "del", "sobre", "segun",
    "entre", "hacia", "hasta", "mediante", "cuyo", "cuya", "donde", "como", "lo", "le", "se",
    "ha", "han", "fue", "fueron", "es", "son", "de", "la", "el", "los", "las", "un", "una",
    "este", "esta", "ese", "esa", "cada", "respecto", "sin", "tras", "ante", "bajo",
}  # fmt: skip
_ONE_NOUNS = re.compile(
    r"(femicid|feminicid|travesticid|transfemicid|caso|denuncia|taller|charla|capacitacion|boton|dispositivo|victima|muerte)"
)
_NOUN_GLUE = {"y", "e", "o", "u", "y/o", "de", "del"}
_APPROX_BEFORE = re.compile(
    r"(?:aproximadamente|aprox\.?|alrededor de|cerca de|unos|unas|casi|en torno a|del orden de|"
    r"aproximad[oa]s? de|estimad[oa]s? de|~)\s*$",
    re.IGNORECASE,
)
_LOWER_BEFORE = re.compile(
    r"(?:m[aá]s de|al menos|por lo menos|como m[ií]nimo|superior a|arriba de)\s*$", re.IGNORECASE
)
_UPPER_BEFORE = re.compile(
    r"(?:menos de|hasta|como m[aá]ximo|no m[aá]s de|inferior a)\s*$", re.IGNORECASE
)
_APPROX_WORD = re.compile(
    r"\(?\b(?:aproximad[oa]s?|aproximadamente|aprox\.?|estimad[oa]s?)(?!\w)\)?", re.IGNORECASE
)
_APPROX_AFTER = re.compile(
    r"^\s*\(?(?:aproximad[oa]s?|aproximadamente|aprox\.?|estimad[oa]s?)\)?", re.IGNORECASE
)
_ACTIVITY = re.compile(
    r"^(actividad|acci[oó]n|proyecto|componente|l[ií]nea de acci[oó]n)\s+(?:n[°º]\s*)?(\d+(?:\.\d+)*)\s*[:.\-–)]?\s*(.*)$",
    re.IGNORECASE,
)
_NUMBERED_SECTION = re.compile(r"^\d+(?:\.\d+)*\s*[.)]\s*[A-ZÁÉÍÓÚÑ]")
_TOTAL_HEADING = re.compile(
    r"^(?:total\s+)?(?:anual|acumulado|total anual|en el a[ñn]o)\b", re.IGNORECASE
)
_TARGET_WORDS = re.compile(
    r"\b(?:metas?(?:\s+esperadas?|\s+anual(?:es)?|\s+programadas?)?\s*:|meta esperada|se prev[eé]|"
    r"se proyecta|proyectad[oa]s|objetivo\s*:|a alcanzar|meta de)",
    re.IGNORECASE,
)
_PLAN_WORDS = re.compile(
    r"\b(?:poa|programa operativo anual|plan operativo|plan anual de trabajo|programa anual|presupuesto anual|mir)\b",
    re.IGNORECASE,
)
_BUDGET_WORDS = re.compile(
    r"(?:inversi[oó]n|presupuest|monto|gasto|costo|importe|erogaci[oó]n|recursos? (?:econ[oó]micos?|financieros?)|"
    r"asignaci[oó]n|financiamiento|pesos|dinero|subsidio de \$)",
    re.IGNORECASE,
)
_STATE_SCOPE = re.compile(
    r"\b(?i:el|del|al|en el)\s+estado\s+de\s+([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)*)|"
    r"\b(?i:la|de la|en la)\s+provincia\s+de\s+([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)*)|"
    r"\b(?i:la|de la|en la)\s+regi[oó]n\s+de(?:l)?\s+([A-ZÁÉÍÓÚÑ][\wáéíóúñ']+(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)*)",
)
_MUNICIPIOS_DE = re.compile(r"^\s*municipios\s+(?:del\s+estado\s+)?de\s+([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)")
_CLAUSE_BREAK = re.compile(
    r"[;\t]|\.\s+(?=[A-ZÁÉÍÓÚÑ¿¡])|,\s+(?:de las cuales|de los cuales|mientras que|y además)\b"
)
_MODALITY = re.compile(
    r"\b(presencial(?:es)?|virtual(?:es)?|remot[oa]s?|en l[ií]nea|online|h[ií]brid[oa]s?|mixt[oa]s?)\b",
    re.IGNORECASE,
)
_SEX = re.compile(
    r"\b(mujeres|varones|hombres|femenino|masculino|ni[ñn]as|ni[ñn]os|disidencias|personas trans|lgbti\S*)\b",
    re.IGNORECASE,
)
_COPULAS = {
    "fueron",
    "fue",
    "son",
    "eran",
    "era",
    "seran",
    "han",
    "ha",
    "estan",
    "estuvieron",
    "recibieron",
    "tuvieron",
}
_FINITE_VERB = re.compile(r"(?:aron|ieron|[aeií]ó|aban|[ií]an|ara|iera)$", re.IGNORECASE)
_VERB_LEAD = re.compile(
    r"^\s*(?:\w+(?:aron|ieron|ó)\s+)?(?:a|al|en|de|por|como)?\s*", re.IGNORECASE
)
_SUBSET_OF = re.compile(
    r"\s*de\s+(?:ellas|ellos|estas|estos|las mismas|los mismos)\b[\s,]*(.*)", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"\.\s+[A-ZÁÉÍÓÚÑ]|;")
_REFERS_BACK = re.compile(
    r"\b(?:de las cuales|de los cuales|de ellas|de ellos|de estas|de estos|del total)\b",
    re.IGNORECASE,
)
_PART_FILLER = re.compile(
    r"^(?:de forma|de manera|en forma|en modalidad|bajo modalidad|modalidad|de modo|por v[ií]a|en|de)\s+",
    re.IGNORECASE,
)


def extract_findings(
    segments: Iterable[Segment], ctx: DocContext, lexicon: Lexicon
) -> list[Finding]:
    """Every indicator value in the segments, in reading order."""
    findings: list[Finding] = []
    heading = ""
    headings: list[str] = []  # most recent first, at most three
    block = 0
    block_period: PeriodMatch | None = None
    block_period_label = ""
    activity = ""
    activity_number = ""
    block_periods: dict[int, PeriodMatch] = {}
    table_header: list[str] = []
    for segment in segments:
        for piece in clean_pieces(segment.text):
            found = _findings_in_piece(piece, segment.locator, ctx, lexicon)
            periods = [p for p in find_periods(piece, ctx.year) if not _is_context_range(piece, p)]
            act = _ACTIVITY.match(piece)
            if act:
                block += 1
                activity_number = act.group(2)
                title = act.group(3).strip(" \t:")
                activity = f"{act.group(1).capitalize()} {act.group(2)}" + (
                    f": {title}" if title else ""
                )
                ctx.activities.append((activity_number, title, segment.locator))
                heading = piece
                headings = [piece]
                block_period, block_period_label = None, ""
            elif not found:
                if len(piece.split()) <= 25:
                    if _NUMBERED_SECTION.match(piece) or piece.startswith("#"):
                        block += 1
                        activity, activity_number = "", ""
                        block_period, block_period_label = None, ""
                    strong = [p for p in periods if p.strength >= 2]
                    if (
                        strong
                        and "\t" not in piece  # a table's header row: its periods belong to columns
                        and not re.match(r"^\s*periodo|^\s*\d", piece, re.IGNORECASE)
                        and not activity
                    ):
                        block += 1
                        block_period, block_period_label = strong[0], piece.rstrip(":").strip()
                    elif _TOTAL_HEADING.match(piece) and ctx.year:
                        block += 1
                        block_period = PeriodMatch(
                            f"{ctx.year}-01-01", f"{ctx.year}-12-31", "", (0, 0), 2
                        )
                        block_period_label = piece.rstrip(":").strip()
                    heading = piece
                    headings = [piece, *headings[:2]]
                if activity and periods and any(p.strength >= 2 for p in periods):
                    block_periods.setdefault(block, max(periods, key=lambda p: p.strength))
            if activity and found and periods:
                strong = [p for p in periods if p.strength >= 2]
                if strong:
                    block_periods.setdefault(block, strong[0])
            if "\t" in piece and not found:
                table_header = [c.strip() for c in piece.split("\t")]
            row_activity, row_dimension, row_label = _row_label(piece, found, table_header)
            _apply_column_headers(found, table_header, piece.count("\t") + 1, ctx.year)
            base = len(findings)
            for finding in found:
                finding.heading = heading
                finding.context = " | ".join(headings)
                finding.block = block
                finding.activity = row_activity or activity
                finding.activity_number = activity_number
                if row_label:
                    finding.row_dimension, finding.row_label = row_dimension, row_label
                if finding.parent is not None:
                    finding.parent += base
                if block_period is not None and finding.period is None:
                    finding.period = block_period
                    finding.period_label = block_period_label
                findings.append(finding)
    for finding in findings:
        if finding.activity and finding.block in block_periods and finding.period is None:
            period = block_periods[finding.block]
            finding.period = period
            finding.period_label = period.label
    return findings


_ROW_NUMBER = re.compile(r"^\d{1,3}[.)]?$")
_ACTIVITY_COLUMN = re.compile(
    r"actividad|acci[oó]n|programa|proyecto|l[ií]nea|componente", re.IGNORECASE
)


def _cell_at(piece: str, position: int) -> tuple[int, str]:
    """The tab-separated cell holding ``position``: its index and stripped text."""
    index = piece.count("\t", 0, position)
    cells = piece.split("\t")
    return index, cells[index].strip() if index < len(cells) else ""


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
        periods = [
            p for p in find_periods(title, year) if p.strength >= 2 or title.strip() == p.label
        ]
        if periods:
            f.period, f.period_label = periods[0], title
        elif len(in_cells) > 1:
            kind = breakdown_dimension(title)
            f.row_dimension = kind if kind != "grupo" else (header[0] or "columna")
            f.row_label = title


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
    if _ACTIVITY_COLUMN.search(column) or (not column and number):
        return (f"Actividad {number}: {label}" if number else label), "", ""
    return "", column or "fila", " ".join(text for _, text in lead)


def _is_context_range(piece: str, period: PeriodMatch) -> bool:
    before = piece[max(0, period.span[0] - 40) : period.span[0]]
    return bool(CONTEXT_RANGE.search(before)) and period.strength == 1


def _findings_in_piece(
    piece: str, locator: str, ctx: DocContext, lexicon: Lexicon
) -> list[Finding]:
    if not any(ch.isdigit() for ch in piece) and not NUMBER_WORD_RE.search(piece):
        return []
    traps = trap_spans(piece)
    address = ADDRESS_LINE.match(piece)
    if address and not any(lexicon.is_count_noun(w) for w in address.group(1).split()):
        traps.append(("address", address.span(2)))
    for street in STREET_NUMBER.finditer(piece):
        if not any(lexicon.is_count_noun(w) for w in street.group(1).split()):
            traps.append(("address", street.span(2)))
    raw: list[tuple[int, int, float, str, str, str, Finding]] = []
    for n in scan_numbers(piece, ctx.convention, ctx.lexicon):
        if covered(n.core, traps):
            continue
        if n.words_only:
            f = _word_finding(n, piece, locator, lexicon)
        else:
            f = _digit_finding(n, piece, locator, lexicon)
        if f is not None:
            raw.append((n.start, n.end, n.value, n.raw, n.currency, "%" if n.percent else "", f))
    raw.sort(key=lambda item: item[0])
    findings: list[Finding] = []
    prev_end = 0
    paren_parent: tuple[int, int] | None = None  # (paren start, parent index)
    back_parent: int | None = None  # total named by "de las cuales"
    colon_parent: int | None = None  # total followed by a colon and its list of parts
    for start, end, _value, _digits, _cur, pct_mark, f in raw:
        pct = bool(pct_mark)
        after = piece[end:]
        noun, noun_end = _noun_phrase(after)
        if pct and noun.lower().startswith(("de ", "del ")):
            noun = ""
        if _APPROX_AFTER.match(after) or _APPROX_WORD.search(noun):
            f.approximate = True
            noun = _APPROX_WORD.sub(" ", noun)
            noun = " ".join(noun.split())
        raw_noun = noun
        if noun:
            first = noun.split()[0]
            if lexicon.is_excluded(first):
                prev_end = end
                continue
            if first.lower() in {"de"} and not pct:
                noun = ""
            elif (
                _FINITE_VERB.search(first) or plain(first) in _COPULAS
            ) and not lexicon.is_count_noun(first):
                # "987 correspondieron a ...", "120 fueron derivadas": a verb, not what is
                # counted; what the verb says still helps to classify the value
                f.after_text = _until_break(after)[:80]
                noun = ""
        if not noun and not pct:
            verb = re.match(r"\s*([\wáéíóúñ]+)", after)
            if verb and (plain(verb.group(1)) in _COPULAS or _FINITE_VERB.search(verb.group(1))):
                f.after_text = _until_break(after)[:80]  # "120 fueron derivadas al área jurídica"
        subset = _SUBSET_OF.match(after)
        if not pct and findings and subset:
            # "85 de ellas finalizaron cursos": a subset of what was just counted
            noun = findings[-1].noun_phrase
            f.after_text = _until_break(subset.group(1))[:80]
        elif not noun and not pct and findings:
            back = _REFERS_BACK.search(piece[findings[-1].start : start])
            if back:
                noun = findings[-1].noun_phrase.split()[0] if findings[-1].noun_phrase else ""
                gap = piece[findings[-1].start : start][back.end() :]
                if len(gap.split()) <= 1 and findings[-1].parent is None:
                    back_parent = len(findings) - 1  # "1.532 atenciones, de las cuales 987 ..."
            if (
                back_parent is not None
                and f.parent is None
                and not _SENTENCE_END.search(piece[findings[back_parent].start : start])
            ):
                f.parent = back_parent
                f.method = "text.parenthetical_part"
                f.part_label = _part_label("", _VERB_LEAD.sub("", _until_break(after)))
        before_all = piece[:start]
        f.approximate = f.approximate or bool(_APPROX_BEFORE.search(before_all))
        f.lower_bound = bool(_LOWER_BEFORE.search(before_all))
        f.upper_bound = bool(_UPPER_BEFORE.search(before_all)) and not f.lower_bound
        # Parentheses: numbers inside a group that follows a total are its parts.
        open_at = before_all.rfind("(")
        inside = open_at > before_all.rfind(")")
        clause_start = _clause_start(piece, start, prev_end, open_at if inside else -1)
        label = _tidy_label(piece[clause_start:start])
        word_before = re.search(r"([\wáéíóúñ.]+)\s*$", piece[:start])
        if word_before and lexicon.is_excluded(word_before.group(1)):
            # "hace 3 años", "horas 12": the number measures the word right before it
            prev_end = end
            continue
        if inside and findings and not pct:
            if paren_parent is None or paren_parent[0] != open_at:
                candidate = len(findings) - 1
                between = piece[_end_of(findings[candidate]) : open_at]
                if (
                    findings[candidate].start < open_at
                    and len(_WORD.findall(between)) <= 10
                    and not _CLAUSE_BREAK.search(between)
                ):
                    paren_parent = (open_at, candidate)
                else:
                    paren_parent = None
            if paren_parent is not None and paren_parent[0] == open_at:
                f.parent = paren_parent[1]
                f.method = "text.parenthetical_part"
                f.part_label = _part_label(label, raw_noun or _until_break(after))
        cell_index, cell_text = _cell_at(piece, start)
        alone_in_cell = "\t" in piece and cell_index > 0 and cell_text == piece[start:end].strip()
        if alone_in_cell:
            f.cell = cell_index
        if not noun and not label and alone_in_cell:
            # A number alone in a table cell: the row's first cell says what it counts,
            # the column's header (a period, a category) is resolved with the header row.
            row_label = _tidy_label(piece.split("\t", 1)[0])
            if row_label and not any(ch.isdigit() for ch in row_label):
                label = row_label
                f.method = "text.table_cell"
        if (
            f.parent is None
            and colon_parent is not None
            and not pct
            and not _SENTENCE_END.search(piece[findings[colon_parent].start : start])
        ):
            # "4.512 servicios: 2.100 psicológicos, 1.850 jurídicos y 562 de trabajo social"
            f.parent = colon_parent
            f.method = "text.list_part"
            f.part_label = _part_label(label, raw_noun or _until_break(after))
        if not noun and not label and f.parent is None and not f.unit_hint:
            # A bare number with no words around it: nothing says what it counts.
            prev_end = end
            continue
        if not noun and f.method == "text.number_words":
            prev_end = end
            continue
        f.noun_phrase = noun
        f.label_before = label
        last_label = label.split(":")[-1].strip(" /")
        month = MONTHS.get(fold(last_label).rstrip(".")) if len(last_label.split()) == 1 else None
        if month and ctx.year:
            # "Enero: 45 / Febrero: 52": the label is the value's month
            last = calendar.monthrange(ctx.year, month)[1]
            f.period = PeriodMatch(
                f"{ctx.year}-{month:02d}-01",
                f"{ctx.year}-{month:02d}-{last:02d}",
                last_label,
                (0, 0),
                2,
            )
            f.period_label = last_label
        if pct:
            f.after_text = _until_break(after.lstrip(" %"))[:80]  # "85 % en las metas del programa"
        if "\t" in piece[clause_start - 1 : start] or (
            piece[:start].count("\t") and not label.count(":")
        ):
            f.method = "text.table_row" if f.method == "text.noun_phrase" else f.method
        elif label.endswith(":") or ":" in piece[clause_start:start]:
            f.method = "text.label_colon" if f.method == "text.noun_phrase" else f.method
        if not f.unit_hint and _BUDGET_WORDS.search(label) and not noun:
            f.unit_hint = "$"
            f.kind_hint = "budget"
        if f.unit_hint in {"$", *_EXPLICIT_SYMBOLS}:
            f.kind_hint = "budget"
        context = f"{label} {piece[max(0, clause_start - 60) : clause_start]}"
        if f.kind_hint == "observed" and (
            _TARGET_WORDS.search(context)
            or (ctx.is_plan and re.search(r"beneficiad|beneficiari", plain(label + " " + noun)))
        ):
            f.kind_hint = "target"
        f.scope_admin1_name = _scope(piece, clause_start, start, end, noun)
        findings.append(f)
        if f.parent is None and not pct and re.match(r"\s*:\s*\S", after[noun_end:]):
            colon_parent = len(findings) - 1
        prev_end = end + noun_end
    return findings


_EXPLICIT_SYMBOLS = {"US$", "U$S", "USD", "MXN", "ARS", "CLP"}
_DOLLAR_WORDS = {"dolares", "mdd"}


def unit_hint_for(symbol: str) -> str:
    """The unit hint normalisation reads: an explicit code as written, else "$" (the
    country's currency, decided with the document's country)."""
    if not symbol:
        return ""
    code = symbol.split()[0]  # "MXN $" -> "MXN"
    if code in _EXPLICIT_SYMBOLS:
        return code
    return "US$" if fold(symbol) in _DOLLAR_WORDS else "$"


def _digit_finding(n: NumberMatch, piece: str, locator: str, lexicon: Lexicon) -> Finding | None:
    plain_number = not n.currency and not n.percent and not n.multiplied
    if plain_number and _is_year(piece[n.core[0] : n.core[1]], piece, n.end, lexicon):
        return None
    return Finding(
        value=n.value,
        value_raw=n.raw,
        locator=locator,
        text=piece,
        label_before="",
        noun_phrase="",
        heading="",
        unit_hint="%" if n.percent else unit_hint_for(n.currency),
        kind_hint="percentage" if n.percent else ("budget" if n.currency else "observed"),
        ambiguous=n.ambiguous,
        alternative=n.alternative,
        against_convention=n.against_convention,
        start=n.start,
        currency_symbol=n.currency,
    )


def _word_finding(n: NumberMatch, piece: str, locator: str, lexicon: Lexicon) -> Finding | None:
    """A number written in words counts only when a count noun follows it."""
    after = piece[n.end :]
    next_word = _WORD.search(after)
    if n.multiplied and next_word and plain(next_word.group(0)) == "de":
        next_word = _WORD.search(after, next_word.end())  # "tres millones de personas"
    if (
        not next_word
        or after[: next_word.start()].strip() not in {"", "de"}
        or not lexicon.is_count_noun(next_word.group(0))
    ):
        return None
    if n.raw.lower() in {"una", "un", "uno"} and not _ONE_NOUNS.match(plain(next_word.group(0))):
        return None  # "un avance", "una institución": an article, not a count
    if re.search(
        r"\b(?:los|las|sus|estos|estas)\s*$", piece[max(0, n.start - 12) : n.start], re.IGNORECASE
    ):
        return None  # "los tres niveles de gobierno": a reference, not a count
    return Finding(
        value=n.value,
        value_raw=n.raw,
        locator=locator,
        text=piece,
        label_before="",
        noun_phrase="",
        heading="",
        unit_hint=unit_hint_for(n.currency),
        kind_hint="budget" if n.currency else "observed",
        method="text.number_words",
        start=n.start,
        currency_symbol=n.currency,
    )


def _end_of(f: Finding) -> int:
    return f.start + len(f.value_raw) + len(f.noun_phrase) + 1


def _is_year(digits: str, piece: str, end: int, lexicon: Lexicon) -> bool:
    if not re.fullmatch(r"(?:19|20)\d{2}", digits):
        return False
    next_word = _WORD.search(piece[end:])
    return not (
        next_word
        and not piece[end : end + next_word.start()].strip()
        and lexicon.is_count_noun(next_word.group(0))
    )


def _noun_phrase(after: str) -> tuple[str, int]:
    """The words after a number that say what it counts, up to a clause boundary."""
    words: list[str] = []
    position = 0
    for m in _WORD.finditer(after):
        gap = after[position : m.start()]
        if any(ch in gap for ch in "(),;:.\t%$/|") or any(ch.isdigit() for ch in gap):
            break
        word = m.group(0)
        low = plain(word)
        if any(ch.isdigit() for ch in word):
            break
        if words and low in _NOUN_STOP and low not in _NOUN_GLUE:
            break
        if not words and low in _NOUN_STOP and low != "de":
            break
        if words and m.end() < len(after) and after[m.end() : m.end() + 1] == ":":
            break  # "Personas Indirectos:": the next label starts
        words.append(word)
        position = m.end()
        if len(words) >= 8:
            break
    while words and plain(words[-1]) in _NOUN_GLUE | _NOUN_STOP:
        words.pop()
    return " ".join(words), position


def _clause_start(piece: str, start: int, prev_end: int, paren_open: int) -> int:
    begin = max(prev_end, paren_open + 1 if paren_open >= 0 else 0)
    window = piece[begin:start]
    last = 0
    for m in _CLAUSE_BREAK.finditer(window):
        if m.end() < len(window):
            last = m.end()
    # "… 612 de forma presencial, 497 de manera virtual": a comma after a value ends its clause.
    if prev_end and begin == prev_end:
        comma = window.find(",")
        if comma >= 0 and comma + 1 > last:
            last = comma + 1
    return begin + last


def _tidy_label(text: str) -> str:
    text = re.sub(r"\([^()]*\)", " ", text)
    text = re.sub(r"\.{3,}|…+|_{3,}", " ", text)  # dot leaders: "Mujeres atendidas ........ 245"
    text = text.replace("\t", " ").strip(" ,;:-–—·•*|=/")
    text = re.sub(r"\s+", " ", text)
    text = _APPROX_BEFORE.sub("", text)
    text = _LOWER_BEFORE.sub("", text)
    text = _UPPER_BEFORE.sub("", text)
    text = re.sub(
        r"\b(?:el|la|los|las|de|del|un|una|unos|unas|a|en|con|y|sobre|por|total de|un total de)\s*$",
        "",
        text,
        flags=re.IGNORECASE,
    )
    text = re.sub(
        r"\b(?:el|la|los|las|de|del|un|una|unos|unas|a|en|con|y|sobre|por)\s*$",
        "",
        text,
        flags=re.IGNORECASE,
    )
    return text.strip(" ,;:-–—")


def _until_break(after: str) -> str:
    m = re.match(r"[^,;()\d]*", after)
    return m.group(0).strip() if m else ""


def _part_label(label: str, noun: str) -> str:
    text = noun or label
    text = _PART_FILLER.sub("", text.strip())
    text = re.sub(r"\s+(?:y|e|o|u)\s*$", "", text.strip(" ,;:."))
    return text.strip(" ,;:.") or label


def breakdown_dimension(part_label: str) -> str:
    if _MODALITY.search(part_label):
        return "modalidad"
    if _SEX.search(part_label):
        return "sexo"
    if re.search(r"\d+\s*(?:a|-)\s*\d+\s*años|\bedad", part_label, re.IGNORECASE):
        return "edad"
    return "grupo"


def _scope(piece: str, clause_start: int, start: int, end: int, noun: str) -> str:
    """The state/province a value belongs to when the sentence says so."""
    before = piece[clause_start:start]
    matches = list(_STATE_SCOPE.finditer(before))
    if matches:
        m = matches[-1]
        return next(g for g in m.groups() if g)
    m2 = _MUNICIPIOS_DE.match(piece[end:])
    if m2:
        return m2.group(1)
    return ""
