"""Numbers that are not indicator values: years, dates, phones, addresses, laws, codes.

Each rule returns spans to mask before numbers are looked for. The rules are written
for any office's report, not for one file: they key on the words Spanish-language
administrative text puts around such numbers (``N°``, ``Ordenanza``, ``Tel.``,
``Calle``, ``Objetivo 6``) and on shapes (``7132/2018``, ``2323-437330``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from genero_etl.extract.cues import RATE_BASE_NUMBER
from genero_etl.extract.lexicon import default_lexicon
from genero_etl.extract.textutil import DeferredPattern, finditer_of
from genero_etl.resources import workspace_cache

if TYPE_CHECKING:
    from genero_etl.extract.cues import PhraseGate
    from genero_etl.extract.lexicon import SpanishLexicon

Span = tuple[int, int]

# an item may carry its ordinal's ending: "la Fiscal 3ra y 28", "Comisaría 2ª y 7ª"
_ORDINAL_END = r"(?:[°ºª]|(?:ra|da|ta|er|ro|do|to|va|vo|ma|mo)(?![\w]))?"
# a number, then more after a comma, "y", "a" ...; an amount ("en la número 90, 300 mil del
# gobierno federal") or a share goes on after the list, it is no item of it
_NUMLIST = (
    rf"\d+(?:[.,/-]\d+)*{_ORDINAL_END}"
    rf"(?:\s*(?:,|y|e|al|a|-|/)\s*\d+(?:[.,/-]\d+)*(?!\d)"
    rf"(?!\s*(?:mil\b|mill|%|por\s*ciento)){_ORDINAL_END})*"
)

_PHONE_GROUPED = re.compile(r"(?<![\d.,])\+?\(?\d{2,5}\)?[ -]\d{3,4}[ -]?\d{3,4}(?![\d.,]\d)")
_PHONE_HYPHEN = re.compile(r"(?<![\d.,])\d{2,5}-\d{5,8}(?![\d])")
_PHONE_PAIRS = re.compile(r"(?<![\d.,])\d{2}(?: \d{2}){3,}(?:\s*(?:,|y)\s*\d{2})*")
# "la línea púrpura 018000112137", "01 800 911 2000", "0800 222 1717": a toll-free number, never
# counted (an ID opening with 0, "CE 001234567", is left to the privacy screen)
_PHONE_ZERO = re.compile(r"(?<![\d.,])01?\s?800[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\d.,]?\d)")
# "656 737 05 15": a local number in groups of three, three, two and two digits (no grouping
# of thousands ends in two-digit groups)
# "la Línea Mujer 075", "marque 0123": digits opening with a zero name a line or a code; no count
# is written so (a group of thousands is: "mil 043", "16, 051"; a date or an hour has its own rule)
_LEADING_ZERO = re.compile(
    r"(?<![\d.,:/])(?<!mil\s)(?<!\d\s)(?<!\d,\s)(?<!\d\.\s)0\d{1,3}(?![\d.,:/]?\d)(?!\s*(?:%|por\s*ciento))"
)
_PHONE_3322 = re.compile(r"(?<![\d.,])\+?\d{3} \d{3} \d{2} \d{2}(?![\d.,]?\d)")
_PHONE_NAMED = re.compile(
    r"\d[\d -]{5,}\d\s*\((?:cel|celular|fijo|m[oó]vil|whatsapp|oficina|tel)\)", re.IGNORECASE
)

# The whole is a noun phrase: up to six words, none a verb ("el 100% de los casos fue atendido,
# el 80% en la capital": the 100 % is a measure there)
_NOT_VERB = (
    r"(?!(?:fue|fueron|es|son|era|eran|ha|han|hab[ií]a|est[aá]n?|estuvo|tuvo|tuvieron|"
    r"recibi[oó]|recibieron|\w+[ai]d[oa]s?)\b)"
)
_WHOLE_BEFORE_SHARE = re.compile(
    r"(?<![\d.,])100(?:[.,]0+)?\s*(?:%|por\s*ciento)"
    rf"(?=\s+de\s+(?:l[oa]s|el|la)(?:\s+{_NOT_VERB}[^\W\d_]+){{1,6}},\s*(?:el|la|un|una)\s+"
    r"\d+(?:[.,]\d+)?\s*(?:%|por\s*ciento))",
    re.IGNORECASE,
)

_PERSONAL_ID = re.compile(
    r"\b\d{1,2}\.?\d{3}\.?\d{3}-[\dkK]\b|\b\d{2}-\d{8}-\d\b|"
    r"\b(?:dni|d\.n\.i\.?|rut|run|cuit|cuil|curp|rfc|ine|pasaporte|documento)\s*(?:n[°º]\.?\s*)?:?\s*[\d.\-]+",
    re.IGNORECASE,
)
_DATE_DIGITS = re.compile(r"(?<!\d)\d{1,2}[.-]\d{1,2}[.-]\d{2,4}(?!\d)")
_TIME = re.compile(
    r"(?<![\d.,])\d{1,2}:\d{2}(?::\d{2})?(?!\d)|(?<![\d.,])\d{1,2}\.\d{2}\s*(?:h|hs|hrs|horas|am|pm)\b|"
    r"(?<![\d.,])\d{1,2}\s*(?:hs|hrs|am|pm)\b|"
    # "entre las 4 p. m. y las 7 p. m.", "de 8 a. m. a 4:15 p. m."
    r"(?<![\d.,])\d{1,2}(?:[:.]\d{2})?\s*[ap]\.\s?m\.?",
    re.IGNORECASE,
)
_RANGE_A = re.compile(
    # "de 18 a 29", "2019 a 2021"; but in "de 45 en 2021 a 75 en 2023" a year then a
    # count is no range
    r"(?<![\w.,])(?!(?:19|20)\d\d\s+a\s+(?!(?:19|20)\d\d(?!\d))\d)"
    r"\d+\s+a\s+\d+(?![\d])(?!\s*(?:personas|mujeres|varones|hombres|años))",
    re.IGNORECASE,
)
_ORDINAL = re.compile(
    r"(?<![\w])\d+(?:\s?[°ºª]|(?:er\b|ero\b|ra\b|do\b|da\b|to\b|ta\b|vo\b|va\b|no\b|na\b|mo\b|ma\b))",
    re.IGNORECASE,
)
# (a scale word glued to a number's digits is no code: "la cifra fue de 3mil 115", grammar.py)
_CODE_GLUED = re.compile(
    r"(?<=[A-Za-zÁÉÍÓÚÑáéíóúñ_])\d+|(?<=[A-Za-z]-)\d+"
    r"|(?<![\w.,])\d+(?!(?i:mil|mill[oó]n|millones)(?![\wáéíóúñ]))(?=[A-Za-zÁÉÍÓÚÑáéíóúñ])"
    r"|(?<=[.,])\d+(?=[A-Za-zÁÉÍÓÚÑáéíóúñ])"
    r"|\d+(?=-[A-Za-zÁÉÍÓÚÑáéíóúñ]{2})"
)
_ACRONYM = re.compile(
    r"(?:\(\s*|\b(?:el|del|al|la|de\s+la|a\s+la)\s+)[A-ZÁÉÍÓÚÑ]{2,6}\s+\d{1,4}(?![\d.,]?\d)"
    r"(?=\s*[),.;:])"
)

# "su relación[1]", "Mujeres),[2]": a note's call in square brackets right after a word or a
# mark, no space between (a bracketed count reads "[12 casos]" or stands apart)
_NOTE_CALL_BRACKETED = re.compile(r"(?:(?<=[^\W\d_])|(?<=[.)”»\",;:]))\[\d{1,3}\]")
# "CASOS ATENDIDOS(1) POR VIOLENCIA": a note's call in parentheses glued to a word, no space
# between (a count in parentheses stands apart: "muertes violentas (455)")
_NOTE_CALL_GLUED_PARENS = re.compile(r"(?<=[^\W\d_])\(\d{1,2}\)")

_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("url", re.compile(r"(?:https?://|www\.)\S+|<[^>\s]+>|\S+@\S+\.\w+", re.IGNORECASE)),
    # a title letter-spaced as a cover prints it ("S E G Ú N P R O V I N C I A S 2 0 0 9 - 2 0
    # 1 4"): its digits, one space apart among single letters, spell a year, no count
    (
        "letter_spaced",
        re.compile(
            r"(?<![^\s])(?:[^\W\d_]\s){3,}(?:[^\W\d_]\s)*\d(?:\s[\d–-])+(?![^\s\w])"
            # a year spelt so alone on its line ("2 0 1 4")
            r"|^\s*(?:1\s9|2\s0)\s\d\s\d\s*$"
        ),
    ),
    ("personal_id", _PERSONAL_ID),
    ("slash", re.compile(r"(?<![\w])\d+(?:\s?/\s?\d+)+(?![\w])")),
    ("date", _DATE_DIGITS),
    ("time", _TIME),
    (
        "list_marker",
        re.compile(
            r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zA-Z][.)])(?=\s*[A-ZÁÉÍÓÚÑa-záéíóúñ¿(])(?![.,]?\d)"
        ),
    ),
    # "1) Prevención" and "3.2) Atención" mark a list's items; the cents of an amount closing
    # its brackets after a group of thousands, "($679,055.00) fue asignado", are the amount's
    # digits, never a marker
    ("list_marker", re.compile(r"(?<![\w(])(?<!\d{3}[.,])\d{1,2}\)(?=\s+[A-ZÁÉÍÓÚÑa-záéíóúñ])")),
    # "1.1 Igualdad y equidad": a numbered heading
    ("list_marker", re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-ZÁÉÍÓÚÑ])")),
    ("phone", _PHONE_GROUPED),
    ("phone", _PHONE_HYPHEN),
    ("phone", _PHONE_PAIRS),
    ("phone", _PHONE_NAMED),
    ("phone", _PHONE_ZERO),
    ("code", _LEADING_ZERO),
    ("phone", _PHONE_3322),
    (
        "address",
        re.compile(r"\d+\s+(?:esquina|esq\.|entre calles?|casi esquina|y calle)\b", re.IGNORECASE),
    ),
    ("range", re.compile(r"(?<![\w.,])\d+\s*[-–]\s*\d+(?![\w.,]\d)")),
    ("range", _RANGE_A),
    # (issue 10) both factors of one product at once, so that the second is not left after the
    # first took the sign: "la línea de crédito 7×7" (a credit line's name: 7 % over 7 years);
    # the multiplication sign only, a space at most on each side: "2016*\t7,73" is a year's
    # note mark and the next cell
    (
        "formula",
        re.compile(
            r"\d+(?:[.,]\d+)? ?× ?\d+(?:[.,]\d+)?"
            r"|(?:\s[x×*÷]\s*|\s?[×*÷]\s*)\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s*[×*÷]"
        ),
    ),
    ("ordinal", _ORDINAL),
    # "ORIENTACIONES TÉCNICAS 2022 PROGRAMA ATENCIÓN", "INFORME ANUAL 2022 PROGRAMA NACIONAL": a
    # title's year before a capitalised word in the singular, which no count of many is written
    # with ("2022 Programa" counts no programmes; "2022 Mujeres" is left to the other rules)
    (
        "title_year",
        re.compile(r"(?<![\w.,])(?:19[89]\d|20[0-3]\d)(?=\s+[A-ZÁÉÍÓÚÑ][^\W\d_]*[^\W\d_sS]\b)"),
    ),
    # "Covid-19", "B3", and a line's number glued to its name by a hyphen ("0800-mujermp")
    ("code", _CODE_GLUED),
    # "el SNE 911,", "(UDEP 4)": a service or a unit named by its acronym and its number (the
    # caller keeps an amount after a currency's code: "de USD 500.")
    ("acronym", _ACRONYM),
    # "100% de las denuncias de violencia, el 89.6% son delitos cometidos en contra de mujeres":
    # the whole a breakdown starts from, its first share after a comma in the same sentence
    # (after "Del", the lexicon's ``whole`` masks it whatever follows)
    ("whole", _WHOLE_BEFORE_SHARE),
    ("quoted", re.compile(r"[\"“«][^\"”»]{1,60}[\"”»]")),
    # "en 2019.3 Según", "(OMS)12 y": a note's call glued to the end of a sentence or bracket;
    # "casadas (24.6 millones), ... y solteras (7.4 millones)2.": one that closes its sentence
    ("footnote", re.compile(r"\d(?<=[^\W\d_][.)”»\"]\d)\d{0,2}(?=[.,;:]?(?:\s|$))")),
    # "a lo largo de su relación[1].": a note's call in square brackets glued to a word
    ("footnote", _NOTE_CALL_BRACKETED),
    # "CASOS ATENDIDOS(1) POR VIOLENCIA": a note's call in parentheses glued to a word
    ("footnote", _NOTE_CALL_GLUED_PARENS),
]

# A capitalised name and a number, alone on a short line ("Mitre 178."), is an address
# unless the words are an indicator's (checked by the caller with the count nouns).
ADDRESS_LINE = re.compile(r"^((?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ.']* ){1,4})(\d{1,5})\.?,? *$")


# Cheap substring gates: a rule whose words are all absent from a line cannot match it,
# so its regular expression is not run (most lines of a report hit a handful of rules).
_GATES: dict[str, tuple[str, ...]] = {
    "url": ("http", "www", "@", "<"),
    "slash": ("/",),
    "range": ("-", "–", " a "),
    "formula": ("*", "×", "÷", " x "),
    "quoted": ('"', "“", "«"),
    "footnote": (".", ")", "”", "»", '"'),
    "time": (":", "h", "am", "pm", " m.", ".m"),  # ".m": "8 a.m a 4 p.m"
    "date": ("/", "-", "."),
    "address": ("esq", "entre calle", "y calle"),
    "personal_id": (
        "-", "dni", "d.n.i", "rut", "run", "cuit", "cuil", "curp", "rfc", "ine", "pasaporte",
        "documento",
    ),
}  # fmt: skip


# The fewest digits a rule's match holds: a line with fewer cannot match it, so the rule is
# not run ("2323-456789" has 10; most lines of a report have a count of 1-4 digits).
_DIGIT_FLOOR: dict[re.Pattern[str], int] = {
    _PHONE_GROUPED: 8,
    _PHONE_HYPHEN: 7,
    _PHONE_PAIRS: 8,
    _PHONE_ZERO: 8,
    _PHONE_3322: 10,
}
# Gates of single rules (a kind's other rules do not need them)
_RULE_GATES: dict[re.Pattern[str], tuple[str, ...]] = {
    _PHONE_NAMED: ("(",),
    _WHOLE_BEFORE_SHARE: ("100",),
    _NOTE_CALL_BRACKETED: ("[",),
    _NOTE_CALL_GLUED_PARENS: ("(",),
}

# What every match of a rule holds, searched before the rule itself (same flags; a superset of
# the rule's matches): a rule whose matches open with a lookbehind is tried at every position
# of a line, while these open with a character or a class the engine skips to.
_NEEDS: dict[re.Pattern[str], re.Pattern[str]] = {
    _PERSONAL_ID: re.compile(
        r"\d-[\dk]|dni|d\.n\.i|rut|run|cuit|cuil|curp|rfc|ine|pasaporte|documento", re.IGNORECASE
    ),
    _DATE_DIGITS: re.compile(r"\d[.-]\d{1,2}[.-]\d"),
    _TIME: re.compile(r"\d(?:[:.]\d|\s*(?:h|am|pm|[ap]\.))", re.IGNORECASE),
    _LEADING_ZERO: re.compile(r"0(?<![\d.,:/]0)\d"),
    _RANGE_A: re.compile(r"\d\s+a\s+\d", re.IGNORECASE),
    _ORDINAL: re.compile(r"\d(?:\s?[°ºª]|er|ro|ra|do|da|to|ta|vo|va|no|na|mo|ma)", re.IGNORECASE),
    _CODE_GLUED: re.compile(r"[A-Za-zÁÉÍÓÚÑáéíóúñ_]-?\d|\d-?[A-Za-zÁÉÍÓÚÑáéíóúñ]"),
    _ACRONYM: re.compile(r"[A-ZÁÉÍÓÚÑ]{2}\s+\d"),
}

_GATED = [
    (
        kind,
        pattern,
        _RULE_GATES.get(pattern, _GATES.get(kind)),
        _DIGIT_FLOOR.get(pattern, 0),
        _NEEDS.get(pattern),
        finditer_of(pattern),  # one that opens with a lookbehind: from its first characters
    )
    for kind, pattern in _RULES
]

# --- rules written in the lexicon: cue words before or after the numbers --------

# "N°", "Nº", "N.º" (the abbreviation with its point), "Nro.", "Núm.", "No."
_NUMBERED = r"(?:n\.?\s?[°º]\.?\s*|nro\.?\s*|n[uú]m(?:ero)?\.?\s*|no\.\s*)?"
_LETTERED = r"\d+(?:[.,/-]\d+)*(?:\s?[a-z]\))?"
SHAPES: dict[str, str] = {
    "list": _NUMLIST,
    # "Ley 548 (Código Niña, Niño y Adolescente) y 348.": a list whose items carry their names
    "named_list": (
        rf"{_NUMLIST}(?:\s*\([^()\n]{{1,80}}\)\s*(?:,|y|e)\s*\d+(?:[.,/-]\d+)*"
        r"(?=\s*(?:[,.;:)]|$)))?"
    ),
    "reference": rf"{_LETTERED}(?:\s*(?:,|y|e|al|a|-|/)\s*{_LETTERED})*",
    # a 3-4 digit service number, a free line "0800 4141" (Chile's "800 4000 35" ends in two
    # digits), a mobile written unbroken ("por WhatsApp, al 1127716463"), or a number in three
    # or more groups ("o al 656 629 33 00")
    # "al 2414 8787 o al 1584": Central America's eight digits in two groups of four (no
    # grouping of thousands has four-digit groups)
    "dialled": (
        r"(?:0?800[\s-]?\d{3,4}(?:[\s-]?\d{2,4})?|\d{2,4}(?:[\s-]\d{2,4}){2,}(?![\d.,]?\d)"
        r"|\d{4}[\s-]\d{4}(?![\d.,]?\d)|\d{8,12}|\d{3,4})(?![\d%]|[.,]\d)(?!\s*%)"
    ),
    # "Desde el 144 se les prestó asistencia", "comunicarse con el 911": a bare number after a
    # singular article names something (a line, a station); a count would be plural ("los 144")
    # and a share, a day or an amount is followed by its unit ("el 20 %", "el 15 de marzo")
    "named": (
        r"(?!(?:19|20)\d\d(?!\d))\d{3,}(?![\d.,]?\d)"
        r"(?!\s*(?:%|por\s*ciento|porciento|mil\b|mill|de\b|del\b|al\b|a\s+\d|y\s+\d|[-–/]))"
    ),
    "pair": r"\d+(?:[.,]\d+)*\s*(?:y|e|a|-|–)\s*\d+(?:[.,]\d+)*(?![\d.,]\d)",
    # "solo contaban con 5 o 6 direcciones": one number or another, neither said
    # ("las dictan por 30 ó 60 días": the accented "ó" of older spelling is the same "o")
    "either": r"(?<![\d.,])\d{1,3}\s+(?:o|ó|u)\s+\d{1,3}(?![\d.,]?\d)",
    # "en 8 sesiones y 4 módulos": numbers each with its noun, joined by commas or "y"
    "counted_list": (
        r"\d+(?:\s+(?-i:[a-záéíóúñ]+))?(?:\s*(?:,|y|e)\s*\d+(?:\s+(?-i:[a-záéíóúñ]+))?)*"
    ),
    # "20 UR a 900 UR de multa", "500 UMA": an amount or a range of amounts, each end with the
    # acronym of the indexed unit it is counted in (Uruguay's UR, Mexico's UMA, Chile's UTM),
    # or the second after a currency's sign ("$48 a $971 mil")
    "range_units": (
        r"(?<![\d.,])\d+(?:[.,]\d+)*(?:\s+(?-i:[A-Z]{2,5}))?"
        r"(?:\s*(?:a|al|y|e|hasta|-|–)\s*\$?\s*\d+(?:[.,]\d+)*)?(?![\d.,]?\d)"
    ),
    # "entre el 7% y el 9%", "desde 1 millón a 10.6 millones de pesos": both ends with their
    # articles and units (a share's sign, a multiplier)
    "pair_units": (
        r"(?:(?:el|la|los|las)\s+)?\d+(?:[.,]\d+)*"
        r"(?:\s*%|\s*por\s*ciento|\s+(?:mil\s+)?mill(?:ón|on|ones)|\s+mil)?"
        r"\s*(?:y|e|a|al|hasta)\s+(?:(?:el|la|los|las)\s+)?\d+(?:[.,]\d+)*(?![\d.,]?\d)"
        r"(?:\s*%|\s*por\s*ciento|\s+(?:mil\s+)?mill(?:ón|on|ones)(?:\s+de\s+pesos)?|\s+mil)?"
    ),
    # (issue 10) "oscilan entre USD 500 y USD 250.000": a range of amounts, each end with its
    # currency (and its multiplier)
    "pair_currency": (
        r"(?:(?:USD|US\$|[A-Z]{1,3}\$|\$|S/\.?|Bs\.?|Gs\.?|₡|₲)\s?)?\d+(?:[.,]\d+)*"
        r"(?:\s+(?:mil\s+)?mill(?:ón|on|ones)|\s+mil)?"
        r"\s*(?:y|e|a|al|hasta)\s+"
        r"(?:(?:USD|US\$|[A-Z]{1,3}\$|\$|S/\.?|Bs\.?|Gs\.?|₡|₲)\s?)?\d+(?:[.,]\d+)*(?![\d.,]?\d)"
        r"(?:\s+(?:mil\s+)?mill(?:ón|on|ones)|\s+mil)?"
    ),
    "section": (
        # "Objetivo 3", "metas 1, 2 y 4", "la medida 39 de las 56"; a number written in
        # thousands groups is a count, never a unit's number ("en el primer trimestre 4,782
        # órdenes de protección")
        r"(?!\d{1,3}(?:[.,]\d{3})+(?![\d.,]?\d))"
        r"\d+(?:\.\d+)*(?!\d)(?:\s*(?:,|y|e|a|al)\s*\d+(?:\.\d+)*(?!\d))*"
        r"(?:\s+de\s+(?:l[oa]s\s+)?\d+(?!\d))?(?!\s*%)"
        # "un grupo de 50 padres de familia": a count after all
        r"(?!(?:[.,]\d+)*\s+(?:personas|mujeres|varones|hombres|padres|madres|j[oó]venes|niñ[oa]s|"
        r"adolescentes|estudiantes|alumn[oa]s|participantes|familias|integrantes|docentes|"
        r"asistentes|funcionari[oa]s|agentes|promotor[ae]s|voluntari[oa]s|lideresas)\b)"
    ),
    # "1 y 2", "3, 4 y 5": small numbers naming items, two at least, ending the list
    "items": (
        r"\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:,|y|e)\s*\d{1,2}(?![\d.,]?\d)"
        r"(?!\s*(?:%|por\s*ciento|mil\b|mill))"
    ),
    "pages": r"\d+\s*(?:de|/)\s*\d+",
    # "Page 1: Cifras ...", "Page 54 - 2010_8.3", "P. 54": a page's number in the header a
    # document viewer prints over each page, a colon, a dash or the line's end after it
    "page_header": r"\d{1,4}(?=\s*(?:[:\-–—]|$))",
    # "la Región Sanitaria 4 atendió", "la Unidad de Flagrancia 2 registró": the number that
    # ends a unit's name, three digits at most, then a word in lower case (a count at a line's
    # end may be a table row's figure: "Zona Norte 45")
    "unit_number": (
        # (a capitalised word right before it: "la Unidad de 12 a 18 años" names none)
        r"(?<!\sde\s)(?<!\sdel\s)(?<!\sla\s)(?<!\slas\s)(?<!\slos\s)(?<!\sel\s)"
        r"(?<![\d.,])\d{1,3}(?![\d.,]?\d)(?!\s*(?:%|por\s*ciento))"
        # never a comma, "y" or "a" after: "derivó a la Fiscalía 12 y al Juzgado 5", "a la
        # Fiscalía 12, al Juzgado 5" count what the sentence derived
        # nor a part of a whole: "al Centro 5 de los casos atendidos"
        r"(?=\s+(?!(?:y|e|o|u|a|al|ni)\b|de\s+(?:l[oa]s|ell[oa]s|est[oa]s|esos|esas)\b)"
        r"(?-i:[a-záéíóúñ]))"
    ),
    # a number's further items after a comma or a conjunction, never a count with its plural
    # noun ("llamaron al Fono 1455, 133 personas": the line, then 133 callers)
    "phone": (
        r":?\s*\(?\+?\d[\d\s().\-+/]*"
        r"(?:\s*(?:,|y|e|/)\s*\d(?:[\d\s().\-]*[\d)])?(?!\d)(?!\s*[a-záéíóúñ]{3,}s\b)[\s.\-]*)*"
    ),
    # a street's name, then its number; a comma and a conjunction end the address ("en la
    # avenida Azara de Asunción, o en una de las 16 oficinas": 16 counts), and so do a clause
    # joined to it and a count's article ("en la colonia Kennedy a un valor superior a los 87
    # millones", "en la colonia Kennedy y atendió a 870 mujeres": the place, then a count)
    "street": (
        r"(?:(?!,\s*(?:o|u|y|e|pero)\s|\s(?:y|e|que|pero)\s+(?-i:[a-záéíóúñ])"
        r"|\s(?:a|en|con|de)\s+(?:l[oa]s|un[oa]?)\s+(?-i:[a-záéíóúñ\d]))[^\d\n\t]){0,40}?"
        r"\d+(?:\s*(?:,|y|-)\s*\d+)*"
    ),
    # "18 a 29", "de los 18 a los 30 años"
    "range": r"(?<![\d.,])\d+(?:\s*(?:a|al|y|e|-|–)\s*(?:l[oa]s\s+)?\d+)?(?![\d.,]?\d)",
    "single": r"(?<![\d.,])\d+(?![\d.,]?\d)",
    # "es decir, 2 mil 092 al día": one number, its thousands written with "mil" or grouped
    "counted": (r"(?<![\d.,])\d+(?:[.,]\d{3})*(?:\s+mil(?:\s+\d{1,3})?)?(?![\d.,]?\d)"),
    # "menores de 12.": an age, three digits at most
    "age": r"(?<![\d.,])\d{1,3}(?![\d.,]?\d)",
    # "pasó de 0.17 a 0.19": a level below one (a zero group first, no unit after), alone or
    # as both ends of a change; a count never opens with a zero group ("0,5 millones" is an
    # amount)
    "fraction": (
        r"(?<![\d.,])0[.,]\d+(?![\d.,]?\d)"
        r"(?:\s*(?:a|al|y|e|-|–)\s*0[.,]\d+(?![\d.,]?\d))?(?!\s*(?:%|por\s*ciento|mil\b|mill))"
    ),
    "whole": r"100(?:[.,]0+)?\s*(?:%|por\s*ciento)(?=\s+de\s+(?:l[oa]s?|el)\s)",
    "rank": r"(?<![\d.,])\d+(?:\s*(?:de|/)\s*\d+)?(?![\d.,]?\d)",
    # "entre los 18 y los 28": two small numbers, the second with its own article
    # "entre los 10 y 14": both ends of a range of ages, none a share
    "age_span": (
        r"(?<![\d.,])\d{1,2}\s*(?:a|al|y|e|-|–)\s*(?:l[oa]s\s+)?\d{1,2}(?![\d.,]?\d)"
        r"(?!\s*(?:%|por\s*ciento|mil\b|mill))"
    ),
    # ("a partir de los 15 y hasta los 19": "y hasta" joins the ends too)
    "age_pair": (
        r"\d{1,2}\s*(?:y\s+hasta|y|e|a|al|-|–|hasta)\s*l[oa]s\s+\d{1,3}(?![\d.,]?\d)(?!\s*%)"
    ),
    # "$34 mil millones", "USD 1.200", "S/ 5,3": an amount, its currency's sign written first
    "amount": (
        r"(?:(?:[A-Z]{1,3}\$|\$|S/\.?|B/\.?|C\$|Bs\.?|Gs\.?|Q|L|₡|₲|USD|US\$)\s?)?"
        r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d.,]?\d)"
    ),
    # "(348)": a number alone in brackets, after a law's title
    "bracketed": r"\(\s*\d+(?:[.,]\d+)*\s*\)",
    # "7 de 9 regiones", "5 de los 9 departamentos": a part of a whole, both numbers
    "share_of": r"(?<![\d.,])\d+\s+de\s+(?:(?:los|las)\s+)?\d+(?![\d.,]?\d)",
    # "48.258.494", "48 258 494": a number of millions, written with its groups
    "millions": r"(?<![\d.,])\d{1,3}(?:[.,\s\u00a0\u202f]\d{3}){2,}(?![\d.,]?\d)",
}


# After a singular cue, a list goes on only with numbered sections or numbers that end the
# clause: "Estrategia 6.3 y 6.5", "Programa 4 a 7", but "Zona 5 y 80 en la zona 18" holds a
# count (80); after a plural one any list: "metas 1, 2 y 4".
SHAPES["section_one"] = SHAPES["section"].replace(
    r"(?:\s*(?:,|y|e|a|al)\s*\d+(?:\.\d+)*(?!\d))*",
    r"(?:\s*(?:a|al)\s*\d+(?:\.\d+)*(?!\d)|\s*(?:,|y|e)\s*"
    r"(?:\d+(?:\.\d+)+(?!\d)|\d+(?![\d.,]?\d)(?=\s*(?:[,.;:)]|$|(?:y|e)\s))))*",
    1,
)


# With ``unless_counting``: "se habían radicado 7 querellas", "pidieron a los juzgados 50.000
# medidas": the cue word is a verb or a place there, and the number counts the plural noun after
# (or is the subject of a plural past verb: "de los casos llevados a los tribunales 101
# concluyeron en condenas")
_COUNTING = r"(?![\d.,]*\s+(?-i:[a-záéíóúñ]{3,}(?:s|ron))\b)"


def _cue_rule(kind: str, spec: Mapping[str, Any]) -> list[tuple[str, DeferredPattern, Gate]]:
    if spec.get("numbers") == "section" and spec.get("before"):
        words = [str(w) for w in spec["before"]]
        plural = [w for w in words if w.rstrip(".").endswith("s")]
        singular = [w for w in words if w not in plural]
        return [
            *_cue_rule(kind, {**spec, "before": plural, "numbers": "section_plural"}),
            *_cue_rule(kind, {**spec, "before": singular, "numbers": "section_one"}),
        ]
    return _one_cue_rule(kind, spec)


def _one_cue_rule(kind: str, spec: Mapping[str, Any]) -> list[tuple[str, DeferredPattern, Gate]]:
    from genero_etl.extract.cues import phrase_pattern

    name = str(spec.get("numbers", "list"))
    if name == "lines":
        # the numbers the spec lists ("911", "*212"), whole, no share ("el 144 %") and no
        # count before its plural noun ("(112 presenciales, 131 virtuales)")
        listed = "|".join(re.escape(str(x)) for x in spec.get("lines", []))
        shape = (
            rf"(?:{listed})(?![\d.,]?\d)(?!\s*(?:%|por\s*ciento))"
            r"(?!\s*[a-záéíóúñ]{3,}s\b)"
            # "Santa Cruz (422), Tierra del Fuego (106), Ciudad Autónoma de Buenos Aires
            # (12.087)": in a list of names each with its count in brackets, the bracket holds
            # the name's count, not a line
            r"(?!\s*\)\s*(?:,|y|e)\s+(?-i:[A-ZÁÉÍÓÚÑ])[^()\n.;:]{0,50}\(\s*\d[\d.,]*\s*\))"
        )
    else:
        shape = SHAPES["section" if name == "section_plural" else name]
    space = r"\s*" if spec.get("space") == "optional" else r"\s+"
    if spec.get("alone"):
        # a shape that says by itself that none of its numbers is a value, whatever is around
        # it; the line must hold one of the ``alone`` words
        alone = [str(w) for w in spec["alone"]]
        return [(kind, DeferredPattern(shape, re.IGNORECASE), _gate_of(alone))]
    rules = []
    before = [str(w) for w in spec.get("before", [])]
    if spec.get("title"):
        pattern = _titled(before, spec, shape)
        if spec.get("unless_counting"):
            pattern += _COUNTING
        return [(kind, DeferredPattern(pattern, re.IGNORECASE), _gate_of(before))]
    if spec.get("of_units"):
        # "7 de 9 regiones": the part and the whole, then the units' noun
        units = [str(w) for w in spec["of_units"]]
        pattern = rf"(?:{shape})\s+(?:{phrase_pattern(units)})"
        return [(kind, DeferredPattern(pattern, re.IGNORECASE), _gate_of(units))]
    if before:
        # ("poco menos del 50 por ciento": with ``not_after``, nor may the cue follow its words)
        pattern = (
            f"{_each(spec)}{_not_after_year(spec)}{_not_after(spec)}{_after_a_count(spec)}"
            f"(?:{phrase_pattern(before)}){space}"
        )
        if spec.get("qualifiers"):
            # "Línea telefónica gratuita 137", "línea telefónica nacional y gratuita 144": up
            # to three qualifiers
            pattern += f"(?:(?:{phrase_pattern(map(str, spec['qualifiers']))})\\s+){{0,3}}"
        if spec.get("lead"):
            # words lead with a space after them, a bracket may touch the number: "(S/229.093"
            leads = [str(w) for w in spec["lead"]]
            worded = [w for w in leads if w[-1:].isalnum()]
            marks = [w for w in leads if not w[-1:].isalnum()]
            options = [f"(?:{phrase_pattern(worded)})\\s+"] if worded else []
            options += [f"(?:{phrase_pattern(marks)})\\s*"] if marks else []
            pattern += f"(?:{'|'.join(options)})?"
        if spec.get("words_before"):
            # "el índice de desigualdad de género, que pasó de 0.17 a 0.19": up to that many
            # words (no number, no sentence's end) between the cue and the number
            pattern += rf"(?:[^\s\d.;:]+\s+){{0,{int(spec['words_before'])}}}"
        if spec.get("name_words"):
            # "Línea Departamental de Salud Mental 106", "Línea de Orientación a Mujeres
            # Víctimas de Violencia 155": two to that many words of a proper name (capitalised,
            # or a name's linking word) between the cue and the number that ends the name; a
            # verb or a common noun ("la línea recibió 350") breaks it (one word, "la Línea
            # Mujer 075", is the ``qualifiers``' of a hotline)
            linking = "de|del|la|las|los|a|al|para|y|e"
            pattern += (
                rf"(?:(?:(?-i:[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*)|(?-i:{linking}))\s+)"
                rf"{{2,{int(spec['name_words'])}}}"
            )
        if spec.get("then"):
            # "30 días más hasta llegar a los 90": after those words, one of these right before
            # the number
            pattern += f"(?:{phrase_pattern(map(str, spec['then']))})\\s+"
        if spec.get("numbered"):
            pattern += _NUMBERED
        pattern += f"(?:{shape})"
        if spec.get("unless_counting"):
            pattern += _COUNTING
        if spec.get("listed_amounts"):
            pattern += _listed_amounts(spec)
        if spec.get("followed_by"):
            pattern += f"(?=\\s*(?:{phrase_pattern(map(str, spec['followed_by']))}))"
        if spec.get("unless_followed_by"):
            # "una tasa de 14.7 denuncias por cien mil habitantes": the words that, said soon
            # after the number in its sentence, make it readable after all
            within = int(spec.get("within", 60))
            unless = phrase_pattern(map(str, spec["unless_followed_by"]))
            pattern += rf"(?![^.;\n]{{0,{within}}}?(?:{unless}))"
        if spec.get("closes_clause"):
            pattern += _closes_clause(spec)
        if spec.get("unless_year_after"):
            # "tras alcanzar un pico de 360 casos en 2022": the peak year's total is that year's
            # count, not a busiest month's or day's
            pattern += (
                r"(?![\d.,]*\s+(?:[a-záéíóúñ]+\s+){0,2}en\s+(?:el\s+)?(?:año\s+)?"
                r"(?:19|20)\d\d(?!\d))"
            )
        rules.append((kind, DeferredPattern(pattern, re.IGNORECASE), _gate_of(before)))
    after = [str(w) for w in spec.get("after", [])]
    if after:
        between = _between(spec) + _words_between(spec)
        between += _units(spec)
        pattern = f"{_not_after(spec)}(?:{shape}){between}{space}(?:{phrase_pattern(after)})"
        if spec.get("followed_by"):
            pattern += f"(?=\\s+(?:{phrase_pattern(map(str, spec['followed_by']))})\\b)"
        rules.append((kind, DeferredPattern(pattern, re.IGNORECASE), _gate_of(after)))
    return rules


def _titled(heads: list[str], spec: Mapping[str, Any], shape: str) -> str:
    """ "la Ley para Garantizar a las Mujeres una Vida Libre de Violencia (348)": with ``title``,
    one of the ``before`` words as written (a capital), then a title (capitalised words and the
    ``title`` list's small words, up to sixteen), then the number."""
    from genero_etl.extract.cues import phrase_pattern

    head = "|".join(re.escape(h) for h in heads)
    small = phrase_pattern(map(str, spec["title"]))
    word = rf"(?:(?-i:[A-ZÁÉÍÓÚÑ][\w-]*)|(?:{small}))"
    # with ``bare``, the head alone may come before the number ("el Circuito 3 registró")
    fewest = 0 if spec.get("bare") else 1
    return rf"(?<![\w])(?-i:{head})(?:\s+{word}){{{fewest},16}}?\s*(?:{shape})"


# a place's name after a unit's noun: "de Montevideo", "del Estado de México"
_PLACE_NAME = (
    r"(?:\s+(?:de|del)\s+(?-i:[A-ZÁÉÍÓÚÑ][\w-]*)"
    r"(?:\s+(?:(?:de|del|la|las|los|y)\s+)?(?-i:[A-ZÁÉÍÓÚÑ][\w-]*))*)?"
)


def _listed_amounts(spec: Mapping[str, Any]) -> str:
    """ "un apoyo único de 35 mil pesos en Michoacán y 30 mil pesos en Guerrero": with
    ``listed_amounts`` (the words of an amount: multipliers, currencies), the amounts listed
    after the first, each with those words and perhaps the place it is paid in, are the same
    kind of amount (a number not followed by them ends the list: "y 30 mujeres")."""
    from genero_etl.extract.cues import phrase_pattern

    money = phrase_pattern(map(str, spec["listed_amounts"]))
    place = r"(?:\s+en\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+){0,2})?"
    item = rf"(?:\s+(?:{money}))+{place}"
    return rf"(?:{item}\s*(?:,|y|e)\s*\d[\d.,]*(?=\s+(?:{money})(?!\w)))*"


def _closes_clause(spec: Mapping[str, Any]) -> str:
    """ "de los 212 municipios, 155 ayuntamientos", "en los 8 municipios de Montevideo.": the
    units' noun (and a place's name) ends the clause, so the number names every unit of the
    place, its map; a count of the body's work goes on ("en los 5 municipios de Chihuahua con
    la Declaratoria")."""
    from genero_etl.extract.cues import phrase_pattern

    units = phrase_pattern(map(str, spec["closes_clause"]))
    # with ``place``, the place's name is required: "en los 8 municipios de Montevideo." (but
    # "opera en los cuatro departamentos," names some of them)
    place = _PLACE_NAME.removesuffix("?") if spec.get("place") else _PLACE_NAME
    return rf"(?=\s+(?:{units}){place}\s*(?:[.,;:]|$))"


def _units(spec: Mapping[str, Any]) -> str:
    """ "tres provincias representan el 65%": with ``units``, one of them between the number and
    an ``after`` cue."""
    from genero_etl.extract.cues import phrase_pattern

    if not spec.get("units"):
        return ""
    return rf"\s+(?:{phrase_pattern(map(str, spec['units']))})"


def _between(spec: Mapping[str, Any]) -> str:
    """ "10 mil pesos mensuales": with ``between``, up to two of its words (a multiplier, a
    currency's name) between the number and an ``after`` cue."""
    from genero_etl.extract.cues import phrase_pattern

    if not spec.get("between"):
        return ""
    return rf"(?:\s+(?:{phrase_pattern(map(str, spec['between']))})){{0,2}}"


def _words_between(spec: Mapping[str, Any]) -> str:
    """ "22 acciones contenidas en el Plan": with ``words_between``, up to that many lower-case
    words (the items' noun) between the number and an ``after`` cue; never a conjunction, which
    opens another clause ("atendió 3.400 llamadas y cada hora se reciben más de 40")."""
    if not spec.get("words_between"):
        return ""
    return (
        r"(?:\s+(?!(?:y|e|o|u|ni|que|pero)\b)(?-i:[a-záéíóúñ]+))"
        rf"{{0,{int(spec['words_between'])}}}"
    )


def _not_after(spec: Mapping[str, Any]) -> str:
    """ "un promedio de 300 cada mes": with ``not_after``, the number may not follow one of its
    words (each a fixed look-behind, a space after it)."""
    words = [str(w) for w in spec.get("not_after", [])]
    if not words:
        return ""
    return r"(?<![\d.,])" + "".join(rf"(?<!{re.escape(w)}\s)" for w in words)


def _not_after_year(spec: Mapping[str, Any]) -> str:
    """ "2021 (137)": with ``not_after_year``, the cue may not follow a year (the bracket after a
    year holds that year's figure)."""
    if not spec.get("not_after_year"):
        return ""
    return r"(?<!(?:19|20)\d\d)(?<!(?:19|20)\d\d\s)"


def _after_a_count(spec: Mapping[str, Any]) -> str:
    """ "32.010 recibirán 240 mil pesos": with ``after_a_count``, the cue must follow a number's
    digits and one space (the people it is said of), never a noun or a name ("el refugio
    recibirá 6 millones de pesos")."""
    if not spec.get("after_a_count"):
        return ""
    return r"(?<=\d\s)"


def _each(spec: Mapping[str, Any]) -> str:
    """ "cada departamento contará con": with ``each``, the cue must follow one of its words and
    the unit's name (one or two words)."""
    from genero_etl.extract.cues import phrase_pattern

    if not spec.get("each"):
        return ""
    return rf"(?<![\w])(?:{phrase_pattern(map(str, spec['each']))})\s+(?:[\w]+\s+){{1,2}}"


def _word_cue_rule(
    kind: str, spec: Mapping[str, Any], word: str
) -> list[tuple[str, DeferredPattern, Gate]]:
    """A ``before`` cue then a number in words ("que aglutina a tres organizaciones"), which
    the rules for digits miss; with ``numbers: pair`` both ends of a range ("de dos a tres")."""
    from genero_etl.extract.cues import phrase_pattern

    if spec.get("numbers") == "pair":
        shape = rf"{word}\s+(?:y|e|a|o)\s+{word}"
    else:
        shape = rf"{word}(?:\s+(?:y\s+)?{word})*"
    if spec.get("numbers") == "amount":
        # an amount in words: "mil lempiras", "dos mil pesos", "tres millones"
        shape = rf"(?:(?:{shape})\s+)?(?:mil(?:\s+millones)?|millones|millón|millon)|{shape}"
        shape = f"(?:{shape})"
    rules = []
    if spec.get("of_units"):
        # "dos de los 11 delitos que sanciona la Ley": the part in words, then "de los", the
        # whole (digits or words) and the units' noun
        units = [str(w) for w in spec["of_units"]]
        pattern = (
            rf"(?<!\w){word}\s+de\s+(?:(?:los|las)\s+)?(?:\d+|{word})(?![\w.,]?\d)"
            rf"\s+(?:{phrase_pattern(units)})"
        )
        rules.append((kind, DeferredPattern(pattern, re.IGNORECASE), _gate_of(units)))
    before = [str(w) for w in spec.get("before", [])]
    if before:
        # "le costaría unos mil lempiras": the ``lead`` words may come between, as before digits
        lead = ""
        if spec.get("lead"):
            lead = rf"(?:(?:{phrase_pattern(map(str, spec['lead']))})\s+)?"
        pattern = rf"{_each(spec)}(?:{phrase_pattern(before)})\s+{lead}(?<!\w){shape}(?!\w)"
        if spec.get("closes_clause"):
            pattern += _closes_clause(spec)
        rules.append((kind, DeferredPattern(pattern, re.IGNORECASE), _gate_of(before)))
    after = [str(w) for w in spec.get("after", [])]
    if after:
        # "diez entidades están por encima de la media nacional": the cue after the number
        # ("dos mil pesos bimestrales": a multiplier or a currency's name may come between, as
        # after digits)
        between = _between(spec) + _words_between(spec) + _units(spec)
        pattern = rf"{_not_after(spec)}(?<!\w){shape}{between}\s+(?:{phrase_pattern(after)})(?!\w)"
        rules.append((kind, DeferredPattern(pattern, re.IGNORECASE), _gate_of(after)))
    return rules


@dataclass(frozen=True)
class Gate:
    """The words one of which a line must hold for a rule to be worth running on it."""

    words: frozenset[str]
    pieces: tuple[str, ...]  # cues with symbols ("n°", "#", "c.p."): looked for as text


_TOKEN = re.compile(r"[a-z0-9ñ]+")
_ACCENTS = str.maketrans("áéíóúü", "aeiouu")


def _fold(text: str) -> str:
    """Lowercase without accents, cheaply: for gates only."""
    return text.lower().translate(_ACCENTS)


def _gate_of(phrases: list[str]) -> Gate:
    words: set[str] = set()
    pieces: set[str] = set()
    for phrase in phrases:
        folded = " ".join(_fold(phrase).split()).rstrip("*")
        if not folded:
            continue
        # the longest word of the cue is the rarest: "a partir de los" opens on "partir"
        tokens = [t.strip(".:") for t in folded.split()]
        plain_tokens = [t for t in tokens if t.isalnum()]
        if plain_tokens:
            words.add(max(plain_tokens, key=len))
        else:
            pieces.add(tokens[0] or folded)
    return Gate(frozenset(words), tuple(sorted(pieces)))


def _month_rules(
    months: Mapping[str, Any], weekdays: tuple[str, ...] = ()
) -> list[tuple[str, DeferredPattern, Gate]]:
    """ "25 de noviembre", "25 Sep.", "marzo 3": a day, not a value; "del 3 al 9 de julio",
    "entre el jueves 17 y el miércoles 23 de julio", "entre el 1 y 5 de mayo": both days of a
    span."""
    from genero_etl.extract.cues import phrase_pattern

    names = phrase_pattern(str(m) for m in months)
    gate = _gate_of([str(m) for m in months])
    day = r"(?:[12]\d|3[01]|0?[1-9])"  # "65 de diciembre" is no day
    weekday = rf"(?:(?:{phrase_pattern(weekdays)})\s+)?" if weekdays else ""
    span = (
        rf"(?<!\d){weekday}{day}\s+(?:al|a|y|y\s+el|hasta\s+el)\s+{weekday}{day}"
        rf"\s+(?:de\s+)?(?:{names})\.?"
    )
    # "ABR (2)", "JUL (1, 2)": a table's month written in capitals with a note's call after it
    capitals = "|".join(sorted((re.escape(str(m).upper()) for m in months), key=len, reverse=True))
    marked = rf"(?<![^\W\d_])(?:{capitals})\.?\s?\(\d{{1,2}}(?:,\s?\d{{1,2}})*\)"
    return [
        ("footnote", DeferredPattern(marked), _gate_of([str(m).upper() for m in months])),
        ("date", DeferredPattern(span, re.IGNORECASE), gate),
        ("date", DeferredPattern(rf"(?<!\d){day}\s+(?:de\s+)?(?:{names})\.?", re.IGNORECASE), gate),
        # "04, Agosto, 2015": a page's date stamp, its day, month and year set apart by commas
        # (a month and a year after the comma: "julio 10, agosto 12" lists counts)
        (
            "date",
            DeferredPattern(
                rf"(?<![\d.,]){day},\s*(?:{names})\.?,?\s+(?:de\s+)?(?:19|20)\d\d(?!\d)",
                re.IGNORECASE,
            ),
            gate,
        ),
        (
            "date",
            # "marzo 3"; not after a day ("el 17 de diciembre 65 mujeres": 65 counts), nor a
            # month and its count in two cells of a table row ("Marzo\t20"), nor a month, "de"
            # and a count with its words ("en el mes de marzo de 3 víctimas de feminicidio")
            DeferredPattern(
                rf"(?<!\d de )(?<!\d\sde\s)(?:{names})\.?[^\S\t]+"
                rf"(?:de\s+{day}(?![\d.,]?\d)(?!\s+[a-záéíóúñ])|{day}(?![\d.,]?\d))",
                re.IGNORECASE,
            ),
            gate,
        ),
    ]


@dataclass(frozen=True)
class CueRules:
    """The lexicon's rules, indexed by the words that open them."""

    rules: tuple[tuple[str, DeferredPattern], ...]
    by_word: dict[str, tuple[int, ...]]
    by_piece: tuple[tuple[str, int], ...]  # ("n°", rule index): cues with symbols
    in_words: frozenset[int]  # the rules for numbers written in words
    pairs: frozenset[int]  # of those, the ranges ("de dos a tres")

    def to_run(self, folded: str) -> list[int]:
        chosen = {i for word in set(_TOKEN.findall(folded)) for i in self.by_word.get(word, ())}
        chosen.update(i for piece, i in self.by_piece if piece in folded)
        return sorted(chosen)


@workspace_cache
@cache
def _lexicon_rules(sources: tuple[str, ...]) -> CueRules:
    from genero_etl.extract.cues import number_word_pattern, phrase_pattern
    from genero_etl.extract.lexicon import _load

    lexicon = _load(sources)
    rules: list[tuple[str, DeferredPattern, Gate]] = []
    word = f"(?:{number_word_pattern(lexicon)})"
    in_words: set[int] = set()
    pairs: set[int] = set()
    for kind, spec in lexicon.section("never_values").items():
        if spec.get("words") != "only":
            rules.extend(_cue_rule(str(kind), spec))
        if spec.get("words") and (spec.get("before") or spec.get("after") or spec.get("of_units")):
            # "que aglutina a tres organizaciones": the number written in words after the cue
            # ("diez entidades están por encima": or before it)
            for rule in _word_cue_rule(str(kind), spec, word):
                in_words.add(len(rules))
                if spec.get("numbers") == "pair":
                    pairs.add(len(rules))
                rules.append(rule)
    rules.extend(_month_rules(lexicon.section("months"), lexicon.words("weekdays")))
    notes = lexicon.words("footnotes", "cues")
    if notes:
        # "3 Ver Informe Anual 2019, disponible en ...": a note's number at the line's start
        note = rf"^\s*\d{{1,3}}(?=\s+[A-ZÁÉÍÓÚÑ¿\"“(][^\n]*?(?:{phrase_pattern(notes)}))"
        rules.append(("footnote", DeferredPattern(note, re.IGNORECASE), _gate_of(list(notes))))
    population = phrase_pattern(lexicon.words("phrases", "rate_base"))
    rate = rf"\b(?:por\s+)?cada\s+\d[\d.,]*(?:\s+mil)?\s+(?:{population})"
    rules.append(("rate_base", DeferredPattern(rate, re.IGNORECASE), _gate_of(["cada"])))
    # "una tasa de 4,1 por 100.000 mujeres": a base of a thousand or more after a bare "por"
    bare_por = rf"\bpor\s+(?={RATE_BASE_NUMBER}\s+(?:{population}))\d[\d.,]*(?:\s*mil\b)?"
    rules.append(("rate_base", DeferredPattern(bare_por, re.IGNORECASE), _gate_of(["por"])))
    per = lexicon.words("phrases", "rate_per")
    if per:
        # "pasaron de ser 170 por cada 100.000 habitantes en el 2020 a un total de 420 por cada
        # 100.000 durante este 2023": a rate's base right after its figure, the population
        # left unsaid (the figure stays a value: a rate the body publishes)
        bare = rf"(?<=\d)\s+(?:{phrase_pattern(per)})\s+\d+(?:[.,]\d+)*(?:\s+mil\b)?"
        rules.append(("rate_base", DeferredPattern(bare, re.IGNORECASE), _gate_of(list(per))))
    rules.extend(_prevalence_rules(lexicon))
    by_word: dict[str, list[int]] = {}
    by_piece: list[tuple[str, int]] = []
    for index, (_kind, _pattern, gate) in enumerate(rules):
        for word in gate.words:
            by_word.setdefault(word, []).append(index)
        by_piece.extend((piece, index) for piece in gate.pieces)
    return CueRules(
        tuple((kind, pattern) for kind, pattern, _ in rules),
        {word: tuple(indexes) for word, indexes in by_word.items()},
        tuple(by_piece),
        frozenset(in_words),
        frozenset(pairs),
    )


_SHARE_BODY = r"\d+(?:[.,]\d+)?\s*(?:%|por\s*ciento|porciento)"
_SHARE = rf"(?<![\d.,]){_SHARE_BODY}"


def _prevalence_rules(lexicon: SpanishLexicon) -> list[tuple[str, DeferredPattern, Gate]]:
    """ "el 59,3% de las mujeres de Tacna ha sufrido ...", "afecta a más del 67 por ciento de las
    salvadoreñas": a population's share that lived violence (a survey's prevalence)."""
    from genero_etl.extract.cues import phrase_pattern

    nouns = lexicon.words("phrases", "prevalence_nouns")
    verbs = lexicon.words("phrases", "prevalence_verbs")
    if not nouns:
        return []
    # "de las mujeres", "de mujeres"
    whole = rf"\s+de\s+(?:(?:las|los)\s+)?(?:{phrase_pattern(nouns)})"
    # "de Tacna", "del país", "en el país", "de El Salvador": where the population lives
    where = (
        r"(?:\s+(?:de|del|en)\s+(?:(?:el|la|este|nuestro)\s+)?[\wáéíóúñÁÉÍÓÚÑ]+"
        r"(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?)?"
    )
    leads = lexicon.words("phrases", "prevalence_age_leads")
    if leads:
        # "comprendidas entre los 15 años a 49 años de edad": the ages the population is given
        # between (lexicon ``prevalence_age_leads``)
        where += (
            rf"(?:\s+(?:{phrase_pattern(leads)})\s+(?:los\s+|las\s+)?\d{{1,2}}(?:\s+años)?"
            r"\s+(?:a|y)\s+(?:los\s+|las\s+)?\d{1,2}\s+años(?:\s+de\s+edad)?)?"
        )
    # a share must be written: the rules run on lines with "%" or "por ciento" only ("víctima",
    # one of the verbs' words, is on most lines of a report)
    share = Gate(frozenset({"ciento", "porciento"}), ("%",))
    rules: list[tuple[str, DeferredPattern, Gate]] = []
    if verbs:
        # not "el 57% de las mujeres que han sufrido violencia no han recibido ...": a share of
        # those who lived it
        pattern = rf"{_SHARE}{whole}{where}\s+(?:{phrase_pattern(verbs)})"
        rules.append(("prevalence", DeferredPattern(pattern, re.IGNORECASE), share))
        # "un 1,5 % del total de mujeres a nivel país entre las edades mencionadas ha sido
        # víctima de VIF": the share of all the women, a few words of place or age, the verb
        total = (
            rf"{_SHARE}\s+del\s+total\s+de\s+(?:las\s+|los\s+)?(?:{phrase_pattern(nouns)})"
            rf"(?:\s+[^\s.;:]+){{0,8}}?\s+(?:{phrase_pattern(verbs)})"
        )
        rules.append(("prevalence", DeferredPattern(total, re.IGNORECASE), share))
        # "65 mil mujeres sufrieron algún tipo de violencia": a population's count, estimated
        count = (
            r"(?<![\d.,])\d+(?:[.,]\d+)*(?:\s+(?:mil|millones|mill[oó]n))?"
            rf"\s+(?:{phrase_pattern(nouns)}){where}\s+(?:{phrase_pattern(verbs)})"
            r"\s+(?:alg[uú]n\s+tipo\s+de|alguna\s+forma\s+de)"
        )
        rules.append(
            (
                "prevalence",
                DeferredPattern(count, re.IGNORECASE),
                Gate(frozenset({"algun", "alguna"}), ()),
            )
        )
    before = lexicon.words("phrases", "prevalence_before")
    if before:
        lead = r"\s+(?:(?:a\s+)?(?:m[aá]s|menos|casi|cerca)\s+(?:del?|al?)\s+|al?\s+|el\s+)?"
        pattern = rf"(?:{phrase_pattern(before)}){lead}{_SHARE_BODY}{whole}"
        rules.append(("prevalence", DeferredPattern(pattern, re.IGNORECASE), share))
    rules.extend(_composition_rules(lexicon, where, share))
    return rules


def _composition_rules(
    lexicon: SpanishLexicon, where: str, share: Gate
) -> list[tuple[str, DeferredPattern, Gate]]:
    """ "el 68 % de las empresas en El Salvador son lideradas por mujeres", "la participación
    de las mujeres en los directorios de empresas en Chile alcanza al 15%": a population's
    make-up by sex (lexicon ``phrases.composition_*``), quoted as context like a survey's
    prevalence, so the shares after it in its sentence go with it."""
    from genero_etl.extract.cues import phrase_pattern

    wholes = lexicon.words("phrases", "composition_wholes")
    if not wholes:
        return []
    whole = rf"(?:(?:los|las|el|la)\s+)?(?:{phrase_pattern(wholes)})(?![\w]){where}"
    rules: list[tuple[str, DeferredPattern, Gate]] = []
    made_of = lexicon.words("phrases", "composition_of")
    if made_of:
        pattern = rf"{_SHARE}\s+de\s+{whole}\s+(?:{phrase_pattern(made_of)})(?![\w])"
        rules.append(("prevalence", DeferredPattern(pattern, re.IGNORECASE), share))
    share_of = lexicon.words("phrases", "composition_share_of")
    levels = lexicon.words("phrases", "composition_levels")
    if share_of and levels:
        pattern = (
            rf"(?<![\w])(?:{phrase_pattern(share_of)})\s+{whole}\s+"
            rf"(?:{phrase_pattern(levels)})\s+{_SHARE_BODY}"
        )
        rules.append(("prevalence", DeferredPattern(pattern, re.IGNORECASE), share))
    return rules


# "una de cada tres mujeres", "1 de cada 4": a proportion quoted, not a count
_PROPORTION = re.compile(
    r"(?<![\w])(?:[a-záéíóúñ]+|\d+(?:[.,]\d+)?)\s+de\s+cada\s+(?:\d+(?:[.,]\d+)?|[a-záéíóúñ]+)"
    # "de cada diez víctimas, ocho fueron mujeres", "De cada 100 víctimas de femicidio, 80 fueron
    # asesinadas por sus parejas": the whole first, its noun phrase, then the part
    r"|\bde\s+cada\s+(?:\d+|[a-záéíóúñ]+)(?:\s+[a-záéíóúñ]+){1,4}\s*,\s*"
    r"(?:\d+(?:[.,]\d+)?|[a-záéíóúñ]+)\b"
    # "por cada llamada que es captada, dos mujeres optan por no pedir ayuda": so many for each
    # one of another thing, a ratio, not a count
    r"|\bpor\s+cada\s+[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,5}\s*,\s*"
    r"(?:\d+(?:[.,]\d+)?|[a-záéíóúñ]+)\b",
    re.IGNORECASE,
)
# A table of contents: dot leaders then a page number ("Presentación ........ 7").
TOC_LEADER = re.compile(r"(?:\.\s?){4,}|…{2,}|_{4,}|(?:\s·){3,}")
TOC_NUMBER = re.compile(r"\s*(\d{1,4})(?![\d.,]\d)")
# A heading in capitals ending in its page number ("INFORME 2", "PRESENTACIÓN 7").
TOC_HEADING = re.compile(r"^((?:[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ.,:;()\-]*\s+){1,8})(\d{1,3})\s*$")


def trap_spans(text: str, lexicon: SpanishLexicon | None = None) -> list[tuple[str, Span]]:
    """Spans of ``text`` holding numbers that must not be read as values (remembered per
    distinct text and lexicon: a letterhead or a footer repeats from report to report)."""
    return list(_trap_spans(text, (lexicon or default_lexicon()).sources))


@workspace_cache
@lru_cache(maxsize=16384)
def _trap_spans(text: str, sources: tuple[str, ...]) -> tuple[tuple[str, Span], ...]:
    spans: list[tuple[str, Span]] = []
    low = text.lower()
    if not (_DIGIT.search(text) or any(map(str.isdigit, text))):  # "²" is a digit, not a \d
        if "cada" in low:  # "una de cada tres": written without digits
            spans.extend(("proportion", m.span()) for m in _PROPORTION.finditer(text))
        # "que aglutina a tres organizaciones": a cue the lexicon marks for numbers in words
        word_rules = _lexicon_rules(sources)
        folded = low.translate(_ACCENTS)
        for index in word_rules.to_run(folded):
            if index in word_rules.in_words:
                spans.extend(_cue_spans(word_rules, index, text, sources))
        spans.extend(_law_contents(text, folded, sources))
        spans.extend(_course_parts(text, folded, sources))
        return tuple(spans)
    from_to = _from_to(sources)
    digits = -1  # counted when a rule needs the count ("²" counts: never fewer than \d finds)
    for kind, pattern, gate, floor, needs, finditer in _GATED:
        if gate is not None and not any(map(low.__contains__, gate)):
            continue
        if floor:
            if digits < 0:
                digits = sum(map(str.isdigit, text))
            if digits < floor:
                continue
        if needs is not None and needs.search(text) is None:
            continue
        for match in finditer(text):
            if kind == "quoted" and not any(ch.isdigit() for ch in match.group(0)):
                continue
            if kind == "range" and _levels_not_range(text, match, from_to):
                continue
            if pattern is _PHONE_GROUPED and _currency_before(sources).search(
                text, 0, match.start()
            ):
                continue  # "por el importe de S/ 106 059 913": thousands grouped by spaces
            spans.append((kind, match.span()))
    folded = low.translate(_ACCENTS)
    cue_rules = _lexicon_rules(sources)
    for index in cue_rules.to_run(folded):
        spans.extend(_cue_spans(cue_rules, index, text, sources))
    spans.extend(_law_contents(text, folded, sources))
    spans.extend(_course_parts(text, folded, sources))
    if "%" in text or "ciento" in low:
        spans.extend(_unit_thresholds(text, folded, sources))
    if any(kind == "prevalence" for kind, _ in spans):
        spans.extend(_shares_after_prevalence(text, spans, sources))
    if "cada" in low:
        spans.extend(("proportion", m.span()) for m in _PROPORTION.finditer(text))
    if " al " in low:
        spans.extend(_elided_day_spans(text, spans))
    if " y " in low:
        spans.extend(_elided_day_lists(text, spans))
    if "1." in text or "1)" in text:
        spans.extend(("list_marker", span) for span in _inline_markers(text))
    return tuple(spans)


@workspace_cache
@lru_cache(maxsize=8)
def _contents_patterns(
    sources: tuple[str, ...],
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """The lexicon's legal texts then a verb of contents then a small count (the count as
    group ``n``), a course's parts after their count, and a course's words."""
    from genero_etl.extract.cues import number_word_pattern, phrase_pattern
    from genero_etl.extract.lexicon import _load

    lexicon = _load(sources)
    word = number_word_pattern(lexicon)
    small = rf"(?:\d{{1,3}}(?![\d.,]?\d)|{word})(?!\w)"
    texts, verbs = (
        lexicon.words("phrases", "law_texts"),
        lexicon.words("phrases", "law_contents_verbs"),
    )
    law = None
    if texts and verbs:
        law = re.compile(
            rf"(?<!\w)(?:{phrase_pattern(texts)})\b(?:\s+(?:N\.?\s?[°º]\s*)?\d[\d./-]*)?"
            rf"(?:\s+[^\s\d.;:]+){{0,6}}?\s+(?:se\s+)?(?:{phrase_pattern(verbs)})\s+"
            rf"(?:(?:hasta|un\s+total\s+de|unas|unos|m[aá]s\s+de)\s+)?(?P<n>{small})"
            r"(?!\s*(?:mil\b|mill|%|por\s*ciento))",
            re.IGNORECASE,
        )
    parts, courses = (
        lexicon.words("phrases", "course_parts"),
        lexicon.words("phrases", "course_words"),
    )
    part = course = None
    if parts and courses:
        part = re.compile(
            rf"(?P<n>{small})(?:\s+(?:y|e|o)\s+(?P<m>{small}))?\s+(?:{phrase_pattern(parts)})\b"
            # "seis módulos repartidos en 28 sesiones": parts shared out into other parts
            rf"(?:\s+(?P<link>(?:repartid|distribuid|dividid)[oa]s\s+en)\s+(?P<k>{small})\s+"
            rf"(?:{phrase_pattern(parts)})\b)?",
            re.IGNORECASE,
        )
        course = re.compile(rf"\b(?:{phrase_pattern(courses)})\b", re.IGNORECASE)
    return law, part, course


@workspace_cache
@lru_cache(maxsize=8)
def _threshold_pattern(sources: tuple[str, ...]) -> re.Pattern[str] | None:
    """A count of units, a verb of having or passing, then a share (group ``n``)."""
    from genero_etl.extract.cues import number_word_pattern, phrase_pattern
    from genero_etl.extract.lexicon import _load

    lexicon = _load(sources)
    units = lexicon.words("phrases", "threshold_units")
    verbs = lexicon.words("phrases", "threshold_verbs")
    if not units or not verbs:
        return None
    count = rf"(?:\d+|{number_word_pattern(lexicon)})"
    return re.compile(
        rf"(?<![\w.,]){count}\s+(?:{phrase_pattern(units)})(?:\s+[^\s\d.;:,]+){{0,3}}?\s+"
        rf"(?:{phrase_pattern(verbs)})\s+(?:(?:m[aá]s|menos)\s+(?:del?|al?)\s+|el\s+|un\s+)?"
        rf"(?P<n>{_SHARE_BODY})",
        re.IGNORECASE,
    )


def _unit_thresholds(text: str, folded: str, sources: tuple[str, ...]) -> list[tuple[str, Span]]:
    """ "sólo cinco provincias cuentan con más del 50% de su personal judicial capacitado": the
    share a count of units passes, which says what they count (lexicon
    ``phrases.threshold_units``, ``phrases.threshold_verbs``)."""
    units, verbs = _contents_gates(sources)[4:6]
    if not (verbs.may_hold_folded(text, folded) and units.may_hold_folded(text, folded)):
        return []  # most shares follow no count of units: the pattern need not run
    pattern = _threshold_pattern(sources)
    if pattern is None:
        return []
    return [("threshold", m.span("n")) for m in pattern.finditer(text)]


@workspace_cache
@lru_cache(maxsize=8)
def _contents_gates(sources: tuple[str, ...]) -> tuple[PhraseGate, ...]:
    """The words without which a pattern cannot match, for :func:`_contents_patterns`: a legal
    text's and a verb of contents (``law``), a course's part and a course's word (``part``
    after ``course``); for :func:`_threshold_pattern`: a unit's and a verb of passing."""
    from genero_etl.extract.cues import PhraseGate
    from genero_etl.extract.lexicon import _load

    lexicon = _load(sources)
    return tuple(
        PhraseGate.of(lexicon.words("phrases", name))
        for name in (
            "law_texts",
            "law_contents_verbs",
            "course_parts",
            "course_words",
            "threshold_units",
            "threshold_verbs",
        )
    )


def _law_contents(text: str, folded: str, sources: tuple[str, ...]) -> list[tuple[str, Span]]:
    """ "el Código Penal contempla 12 agravantes": the count of what a legal text holds
    (lexicon ``phrases.law_texts``, ``phrases.law_contents_verbs``)."""
    texts, verbs = _contents_gates(sources)[:2]
    if not (verbs.may_hold_folded(text, folded) and texts.may_hold_folded(text, folded)):
        return []  # most lines name no verb of contents: the pattern need not run
    law, _, _ = _contents_patterns(sources)
    if law is None:
        return []
    return [("law_contents", m.span("n")) for m in law.finditer(text)]


def _course_parts(text: str, folded: str, sources: tuple[str, ...]) -> list[tuple[str, Span]]:
    """ "la capacitación se divide en cinco módulos": a course's parts, counted after a word of
    a course earlier in their sentence (lexicon ``phrases.course_parts``, ``course_words``), or
    shared out into its other parts ("seis módulos repartidos en 28 sesiones")."""
    parts, courses = _contents_gates(sources)[2:4]
    if not (parts.may_hold_folded(text, folded) and courses.may_hold_folded(text, folded)):
        return []  # most lines count no course's parts: the pattern need not run
    _, part, course = _contents_patterns(sources)
    if part is None or course is None:
        return []
    out: list[tuple[str, Span]] = []
    for m in part.finditer(text):
        starts = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
        # (issue 10) a course's parts shared out into its other parts ("una fase de seis
        # módulos repartidos en 28 sesiones de 8 horas cada uno") say the course by themselves
        if m.group("link") or course.search(text, starts[-1] if starts else 0, m.start()):
            out.extend(("course_parts", m.span(g)) for g in ("n", "m", "k") if m.group(g))
    return out


# a share, and the words after it up to the next share or the clause's end
_SHARE_AND_WORDS = re.compile(rf"{_SHARE}(?P<after>[^%.;:\n]{{0,40}})", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;](?:\s|$)|\n")


def _shares_after_prevalence(
    text: str, spans: list[tuple[str, Span]], sources: tuple[str, ...]
) -> list[tuple[str, Span]]:
    """ "el 54.8% de mujeres ... han sido víctima de alguna modalidad de violencia por su pareja
    y el 73.8% prefirieron quedarse calladas": the shares that follow a population's prevalence
    in its sentence are more of the same survey's estimates, until a word of an office's records
    ("denuncias", "casos", lexicon ``phrases.survey_records``) comes between or right after."""
    from genero_etl.extract.cues import phrase_pattern
    from genero_etl.extract.lexicon import _load

    records_words = _load(sources).words("phrases", "survey_records")
    records = re.compile(rf"\b(?:{phrase_pattern(records_words)})\b", re.IGNORECASE)
    out: list[tuple[str, Span]] = []
    for kind, (_, end) in spans:
        if kind != "prevalence":
            continue
        stop = _SENTENCE_END.search(text, end)
        limit = stop.start() if stop else len(text)
        at = end
        for share in _SHARE_AND_WORDS.finditer(text, end, limit):
            if records.search(text, at, share.start()) or records.search(share.group("after")):
                break
            out.append(("prevalence", (share.start(), share.start("after"))))
            at = share.end()
    return out


# "del 12 al 29": two days, the month left out because a span of the same text named it
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ELIDED_DAY_SPAN = re.compile(
    rf"(?<![\w])del\s+({_DAY})\s+al\s+({_DAY})(?![\d.,]?\d)(?!\s*(?:%|por\s*ciento))",
    re.IGNORECASE,
)
_DAY_SPAN_NAMED = re.compile(r"\d\s+al\s+\d")


def _elided_day_spans(text: str, spans: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """ "del 1 al 11 de marzo y después del 12 al 29": once a day span with its month is in
    the text, another "del N al M" of days (N before M) is a span of the same month."""
    if not any(kind == "date" and _DAY_SPAN_NAMED.search(text[a:b]) for kind, (a, b) in spans):
        return []
    return [
        ("date", m.span())
        for m in _ELIDED_DAY_SPAN.finditer(text)
        if int(m.group(1)) < int(m.group(2))
    ]


# "el 14 y 15", "el 28, 29 y 30": days following one another, the month left out because a list
# of days of the same text named it ("inició el 7 y 8 de noviembre ...; sigue el 14 y 15 en ...")
_ELIDED_DAY_LIST = re.compile(
    rf"(?<![\w])el\s+({_DAY}(?:,\s*{_DAY})*\s+y\s+{_DAY})(?![\d.,]?\d)"
    rf"(?!\s*(?:%|por\s*ciento|de\s+cada))",
    re.IGNORECASE,
)
_DAY_LIST_NAMED = re.compile(r"\d\s+y\s+(?:el\s+)?\d")


def _elided_day_lists(text: str, spans: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """ "el 7 y 8 de noviembre ...; sigue el 14 y 15 en Barahona ...; y concluye el 28, 29 y
    30 en Puerto Plata": once a list of days with its month is in the text, another "el N y M"
    (or "el N, M y P") of days that follow one another is a list of days of the same month.
    Two counts joined by "y" rarely step by one; a share's pair ("el 14 y 15 %") is left."""
    if not any(kind == "date" and _DAY_LIST_NAMED.search(text[a:b]) for kind, (a, b) in spans):
        return []
    out: list[tuple[str, Span]] = []
    for m in _ELIDED_DAY_LIST.finditer(text):
        days = [int(d) for d in re.findall(r"\d+", m.group(1))]
        if all(b == a + 1 for a, b in pairwise(days)):
            out.append(("date", m.span(1)))
    return out


# "Los departamentos con mayor denuncia son: 1. Alta Verapaz con 518, 2. Guatemala con 206, 3.
# Suchitepéquez ...": a numbered list written on one line; its markers run 1, 2, 3 ...
_INLINE_MARKER = re.compile(r"(?:(?<=^)|(?<=[\s:;,]))(\d{1,2})[.)]\s+(?=[A-ZÁÉÍÓÚÑ¿(])")


def _inline_markers(text: str) -> list[Span]:
    """The markers of a numbered list a line holds: numbers followed by a point or a bracket
    and a capital, counting up from 1 by one, three of them at least; an amount or a count
    ending a sentence ("fueron 2. Luego ...") is not one of a run."""
    runs: list[list[re.Match[str]]] = []
    for match in _INLINE_MARKER.finditer(text):
        number = int(match.group(1))
        if number == 1:
            runs.append([match])
        elif runs and int(runs[-1][-1].group(1)) + 1 == number:
            runs[-1].append(match)
    return [m.span(1) for run in runs if len(run) >= 3 for m in run]


@workspace_cache
@lru_cache(maxsize=8)
def _currency_before(sources: tuple[str, ...]) -> re.Pattern[str]:
    """A currency written right before a position ("S/ ", "$", "RD$ "): what follows is an
    amount, whatever the grouping of its digits."""
    from genero_etl.extract.lexicon import _load

    prefixes = sorted(_load(sources).words("currency", "prefixes"), key=len, reverse=True)
    # as written ("L" is a lempira, "el" is no currency), not inside a word
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, prefixes))})\.?\s?$")


@workspace_cache
@lru_cache(maxsize=8)
def _from_to(sources: tuple[str, ...]) -> DeferredPattern:
    """The lexicon's cues of a change from one level to another ("pasó de"), compiled once
    per set of lexicon files (it was built again for every line with a range)."""
    from genero_etl.extract.cues import from_to_pattern
    from genero_etl.extract.lexicon import _load

    return from_to_pattern(_load(sources).words("changes", "from_to_before"))


_PAIR = re.compile(r"(\d+)\D+(\d+)")
_DIGIT = re.compile(r"\d")


def _cue_spans(
    cue_rules: CueRules, index: int, text: str, sources: tuple[str, ...]
) -> list[tuple[str, Span]]:
    """What one lexicon rule masks in ``text``: a range in words after "de" is two levels
    when a change's verb opens it ("pasó de dos a cinco casos") or when it runs down (a range
    runs upwards: "bajaron igualmente de ocho a siete" are two levels)."""
    kind, rule = cue_rules.rules[index]
    matches = list(rule.finditer(text))
    if index in cue_rules.pairs and matches:
        from_to = _from_to(sources)
        matches = [
            m
            for m in matches
            if not from_to.search(text[max(0, m.start() - 40) : m.start()] + m.group(0).split()[0])
            and not _runs_down(m.group(0))
        ]
    if kind == "section" and matches:
        # "bajar la medida de 133 a 96 casos": numbered units are listed upwards ("metas 1 a
        # 4"), so a pair after a unit's word that runs down is a fall between two levels
        matches = [m for m in matches if not _section_runs_down(m.group(0))]
    return [(kind, m.span()) for m in matches]


_SECTION_PAIR = re.compile(r"(?<![\d.,])(\d+)\s+(?:a|al)\s+(\d+)\s*$")


def _section_runs_down(written: str) -> bool:
    """ "medida de 133 a 96": the numbers a section's cue took end in a pair whose second end
    is the smaller."""
    pair = _SECTION_PAIR.search(written)
    return pair is not None and int(pair.group(1)) > int(pair.group(2))


_PAIR_ENDS = re.compile(r"^\s*(?:de\s+)?(.+?)\s+(?:a|al)\s+(.+?)\s*$", re.IGNORECASE)


def _runs_down(written: str) -> bool:
    """ "de ocho a siete", "de tres a 1": a pair, in words or digits, whose second end is the
    smaller: a fall from one level to another, never a range."""
    from genero_etl.extract.grammar import words_to_number

    ends = _PAIR_ENDS.match(written)
    if ends is None:
        return False
    values = [int(e) if e.isdigit() else words_to_number(e) for e in ends.groups()]
    return None not in values and values[0] > values[1]  # type: ignore[operator]


def _levels_not_range(text: str, match: re.Match[str], from_to: DeferredPattern) -> bool:
    """ "se han disminuido de 580 a 390", "pasó de 45 a 75": two levels, not a range; a range
    written with "a" runs upwards ("de 18 a 29"), so such a pair that runs down is two levels."""
    written = match.group(0)
    if "-" in written or "–" in written:
        return False  # "24-7", "809-200", "Covid-19": dashes join codes and dates too
    pair = _PAIR.match(written)
    if pair and int(pair.group(1)) > int(pair.group(2)):
        return True
    if _THEN_TO.match(text, match.end()):
        return False  # "pasó de 10 a 14 atenciones diarias a entre 50 y 60": a range, then a level
    if from_to.search(text, max(0, match.start() - 40), match.start()):
        return True
    return _elided_change_item(text, match.start(), from_to)


# "..., Calama ... y Tocopilla, de 245 a 255": a place (capitalised), maybe a comma, then "de"
_PLACE_THEN_DE = re.compile(
    r"(?:,|\by)\s+(?-i:[A-ZÁÉÍÓÚÑ])[\wáéíóúñ]*(?:\s+(?:de\s+|del\s+)?(?-i:[A-ZÁÉÍÓÚÑ])"
    r"[\wáéíóúñ]*){0,3},?\s+de\s+$",
    re.IGNORECASE,
)
_DE = re.compile(r"\bde\b", re.IGNORECASE)


def _elided_change_item(text: str, start: int, from_to: DeferredPattern) -> bool:
    """ "Antofagasta pasó de tres mil 50 a tres mil 224 causas, Calama ... y Tocopilla, de 245
    a 255": one more place of a list of changes, its verb left out: two levels, when the
    sentence opened the list with a change's verb ("pasó de") and the pair follows the place's
    name and "de"."""
    if not _PLACE_THEN_DE.search(text, max(0, start - 60), start):
        return False
    opened = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    sentence = text[opened:start]
    return any(from_to.search(sentence[: m.end()]) for m in _DE.finditer(sentence[:-4]))


# After a pair and its noun, another "a" and a number: the pair was the first level's range
_THEN_TO = re.compile(r"\s+[^\d.;:]{1,40}?\s(?:a|al)\s+(?:entre\s+)?\d")


def covered(span: Span, spans: Iterable[tuple[str, Span]]) -> str | None:
    """The kind of the first trap that overlaps ``span``, if any."""
    start, end = span
    for kind, (a, b) in spans:
        if start < b and a < end:
            return kind
    return None


# "Mitre 178, Luján" / "Hidalgo 25 (planta alta)": a capitalised street name, its number,
# then a town, a parenthesis or the end of the sentence.
STREET_NUMBER = re.compile(
    r"(?<![\w.])((?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ']+ ){1,3})(\d{1,5})(?=,\s*[A-ZÁÉÍÓÚÑ][a-záéíóúñ]|\s*\((?!\d)|\.\s+(?:Tel|Cel|CP|C\.P)|\s*$)"
)
# "tiene su sede en Manuel Montt 127.": a place named after "en", then its number, then the
# end of the clause.
STREET_AFTER_EN = re.compile(
    r"\ben\s+((?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ']+ ){1,3})(\d{1,5})(?![\d.,]*\d)(?=\s*[.,;]|\s*$)"
)
