"""Numbers that are not indicator values: years, dates, phones, addresses, laws, codes.

Each rule returns spans to mask before numbers are looked for. The rules are written
for any office's report, not for one file: they key on the words Spanish-language
administrative text puts around such numbers (``N°``, ``Ordenanza``, ``Tel.``,
``Calle``, ``Objetivo 6``) and on shapes (``7132/2018``, ``2323-437330``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

Span = tuple[int, int]

_NUMLIST = r"\d+(?:[.,/-]\d+)*(?:\s*(?:,|y|e|al|a|-|/)\s*\d+(?:[.,/-]\d+)*)*"

_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("url", re.compile(r"(?:https?://|www\.)\S+|<[^>\s]+>|\S+@\S+\.\w+", re.IGNORECASE)),
    (
        "identifier",
        re.compile(
            rf"(?:\bn\s?[°º]|\bnro\.?|\bn[uú]m(?:ero)?\.?|\bno\.|#)\s*{_NUMLIST}", re.IGNORECASE
        ),
    ),
    (
        "law",
        re.compile(
            r"\b(?:ley(?:es)?|ordenanzas?|decretos?|resoluci[oó]n(?:es)?|disposici[oó]n|expedientes?|"
            r"expte\.?|art[ií]culos?|arts?\.|incisos?|fracci[oó]n|actas? acuerdo|convenios?|reglamentos?|"
            r"c[oó]digos?|nom|norma|circular|oficio|acuerdo|dictamen|causa|legajo|folio|carpeta|"
            r"juzgados?|fiscal[ií]as?|ufi|defensor[ií]as?|comisar[ií]as?|secci[oó]nal|distrito|"
            r"sala|tribunal(?:es)?|c[aá]mara)\s+"
            r"(?:(?:municipal|provincial|nacional|general|federal|estatal|penal|civil|de familia)\s+)?"
            rf"(?:n\s?[°º]\.?\s*|nro\.?\s*|n[uú]m(?:ero)?\.?\s*|no\.\s*)?{_NUMLIST}",
            re.IGNORECASE,
        ),
    ),
    (
        "personal_id",
        re.compile(
            r"\b\d{1,2}\.?\d{3}\.?\d{3}-[\dkK]\b|\b\d{2}-\d{8}-\d\b|"
            r"\b(?:dni|d\.n\.i\.?|rut|run|cuit|cuil|curp|rfc|ine|pasaporte|documento)\s*(?:n[°º]\.?\s*)?:?\s*[\d.\-]+",
            re.IGNORECASE,
        ),
    ),
    (
        "phone",
        re.compile(
            r"\b(?i:al|l[ií]nea|n[uú]mero|marcar|marcando|llamar al|llamando al)\s+"
            r"(?:\d{3,4}|800[\s-]?\d{3}[\s-]?\d{4})(?![\d.,%])(?!\s*%)"
        ),
    ),
    (
        "rate_base",
        re.compile(
            r"\b(?:por\s+)?cada\s+\d[\d.,]*(?:\s+mil)?\s+(?:habitantes|mujeres|personas|hogares|ni[ñn]as|nacidos)",
            re.IGNORECASE,
        ),
    ),
    ("slash", re.compile(r"(?<![\w])\d+(?:\s?/\s?\d+)+(?![\w])")),
    ("date", re.compile(r"(?<!\d)\d{1,2}[.-]\d{1,2}[.-]\d{2,4}(?!\d)")),
    (
        "date",
        re.compile(
            r"(?<!\d)\d{1,2}\s+(?:de\s+)?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
            r"septiembre|setiembre|octubre|noviembre|diciembre)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "date",
        re.compile(
            r"\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
            r"noviembre|diciembre)\s+(?:de\s+)?\d{1,2}(?!\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "time",
        re.compile(
            r"(?<![\d.,])\d{1,2}:\d{2}(?!\d)|(?<![\d.,])\d{1,2}\.\d{2}\s*(?:h|hs|hrs|horas|am|pm)\b|"
            r"(?<![\d.,])\d{1,2}\s*(?:hs|hrs|am|pm)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "section",
        re.compile(
            r"\b(?:objetivos?|estrategias?|ejes?|actividad(?:es)?|acci[oó]n(?:es)?|l[ií]neas? de acci[oó]n|"
            r"l[ií]neas?|metas?|cap[ií]tulos?|secci[oó]n(?:es)?|etapas?|fases?|puntos?|pasos?|anexos?|tablas?|"
            r"cuadros?|gr[aá]ficos?|figuras?|p[aá]ginas?|p[aá]gs?\.|diapositivas?|l[aá]minas?|"
            r"recomendaci[oó]n(?:es)?|programas?|proyectos?|componentes?|indicadores?|ods|"
            r"agenda|versi[oó]n|edici[oó]n|nivel|grupo|m[oó]dulo|unidad|taller|cohorte|ciclo|"
            r"trimestre|semestre|cuatrimestre|bimestre|periodo|per[ií]odo|ronda|mesa|sesi[oó]n|"
            r"zona|regi[oó]n|delegaci[oó]n|sector|cuadrante|ruta|l[ií]nea)\s+"
            r"(?:de\s+)?\d+(?:\.\d+)*(?!\d)(?:\s*(?:,|y|e|a|al)\s*\d+(?:\.\d+)*(?!\d))*(?!\s*%)(?!(?:[.,]\d+)*\s+(?:personas|mujeres|varones|hombres))",
            re.IGNORECASE,
        ),
    ),
    (
        "list_marker",
        re.compile(
            r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zA-Z][.)])(?=\s*[A-ZÁÉÍÓÚÑa-záéíóúñ¿(])(?![.,]?\d)"
        ),
    ),
    ("list_marker", re.compile(r"(?<![\w(])\d{1,2}\)(?=\s+[A-ZÁÉÍÓÚÑa-záéíóúñ])")),
    (
        "page",
        re.compile(
            r"\b(?:p[aá]gina|p[aá]g\.?|hoja|diapositiva|l[aá]mina|slide|folio)\s*\d+\s*(?:de|/)\s*\d+",
            re.IGNORECASE,
        ),
    ),
    (
        "phone",
        re.compile(
            r"(?:\btel[eé]fonos?|\btels?\.?|\bcel(?:ular)?\.?|\bwhats?app|\bwsp|\bfax|\bm[oó]vil|\bcontacto)"
            r"\s*:?\s*\(?\+?\d[\d\s().\-+/]*(?:\s*(?:,|y|e|/)\s*\d[\d\s().\-]*)*",
            re.IGNORECASE,
        ),
    ),
    ("phone", re.compile(r"(?<![\d.,])\+?\(?\d{2,5}\)?[ -]\d{3,4}[ -]?\d{3,4}(?![\d.,]\d)")),
    ("phone", re.compile(r"(?<![\d.,])\d{2,5}-\d{5,8}(?![\d])")),
    ("phone", re.compile(r"(?<![\d.,])\d{2}(?: \d{2}){3,}(?:\s*(?:,|y)\s*\d{2})*")),
    (
        "phone",
        re.compile(
            r"\d[\d -]{5,}\d\s*\((?:cel|celular|fijo|m[oó]vil|whatsapp|oficina|tel)\)",
            re.IGNORECASE,
        ),
    ),
    (
        "address",
        re.compile(
            r"\b(?:calle|avenida|av\.|avda\.|pasaje|pje\.|boulevard|blvd\.?|bv\.?|bulevar|camino|"
            r"carretera|colonia|col\.|barrio|b[°º]|manzana|mz\.?|lote|piso|"
            r"c\.\s?p\.|cp|c[oó]digo postal|km\.?|kil[oó]metro|esquina|esq\.)\s+"
            r"[^\d\n\t]{0,40}?\d+(?:\s*(?:,|y|-)\s*\d+)*",
            re.IGNORECASE,
        ),
    ),
    (
        "address",
        re.compile(r"\d+\s+(?:esquina|esq\.|entre calles?|casi esquina|y calle)\b", re.IGNORECASE),
    ),
    ("range", re.compile(r"(?<![\w.,])\d+\s*[-–]\s*\d+(?![\w.,]\d)")),
    (
        "range",
        re.compile(
            r"(?<![\w.,])\d+\s+a\s+\d+(?![\d])(?!\s*(?:personas|mujeres|varones|hombres|años))",
            re.IGNORECASE,
        ),
    ),
    ("formula", re.compile(r"(?:\s[x×*÷]\s*|\s?[×*÷]\s*)\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s*[×*÷]")),
    (
        "ordinal",
        re.compile(
            r"(?<![\w])\d+(?:\s?[°ºª]|(?:er\b|ero\b|ra\b|do\b|da\b|to\b|ta\b|vo\b|va\b|no\b|na\b|mo\b|ma\b))",
            re.IGNORECASE,
        ),
    ),
    (
        "code",
        re.compile(r"(?<=[A-Za-zÁÉÍÓÚÑáéíóúñ_])\d+|(?<=[A-Za-z]-)\d+|\d+(?=[A-Za-zÁÉÍÓÚÑáéíóúñ])"),
    ),
    ("quoted", re.compile(r"[\"“«][^\"”»]{1,60}[\"”»]")),
]

# A capitalised name and a number, alone on a short line ("Mitre 178."), is an address
# unless the words are an indicator's (checked by the caller with the count nouns).
ADDRESS_LINE = re.compile(r"^((?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ.']* ){1,4})(\d{1,5})\.?,? *$")


_MONTHS = (
    "ene",
    "feb",
    "mar",
    "abr",
    "may",
    "jun",
    "jul",
    "ago",
    "sep",
    "set",
    "oct",
    "nov",
    "dic",
)
# Cheap substring gates: a rule whose words are all absent from a line cannot match it,
# so its regular expression is not run (most lines of a report hit a handful of rules).
_GATES: dict[str, tuple[str, ...]] = {
    "url": ("http", "www", "@", "<"),
    "identifier": ("n°", "nº", "n °", "n º", "nro", "núm", "num", "no.", "#"),
    "law": (
        "ley",
        "ordenanza",
        "decreto",
        "resoluc",
        "disposic",
        "expedient",
        "expte",
        "artícul",
        "articul",
        "art",
        "inciso",
        "fracc",
        "acta",
        "convenio",
        "reglamento",
        "código",
        "codigo",
        "nom",
        "norma",
        "circular",
        "oficio",
        "acuerdo",
        "dictamen",
        "causa",
        "legajo",
        "folio",
        "carpeta",
        "juzgado",
        "fiscal",
        "ufi",
        "defensor",
        "comisar",
        "seccional",
        "distrito",
        "sala",
        "tribunal",
        "cámara",
        "camara",
    ),
    "slash": ("/",),
    "page": ("pág", "pag", "hoja", "diapositiva", "lámina", "lamina", "slide", "folio"),
    "rate_base": ("cada",),
    "section": (
        "objetiv",
        "estrateg",
        "eje",
        "activ",
        "acci",
        "línea",
        "linea",
        "meta",
        "capít",
        "capit",
        "secci",
        "etapa",
        "fase",
        "punto",
        "paso",
        "anexo",
        "tabla",
        "cuadro",
        "gráf",
        "graf",
        "figura",
        "pág",
        "pag",
        "diapositiva",
        "lámina",
        "lamina",
        "recomendaci",
        "programa",
        "proyecto",
        "componente",
        "indicador",
        "ods",
        "agenda",
        "versi",
        "edici",
        "nivel",
        "grupo",
        "módulo",
        "modulo",
        "unidad",
        "taller",
        "cohorte",
        "ciclo",
        "trimestre",
        "semestre",
        "cuatrimestre",
        "bimestre",
        "periodo",
        "período",
        "ronda",
        "mesa",
        "sesi",
        "zona",
        "regi",
        "delegaci",
        "sector",
        "cuadrante",
        "ruta",
    ),
    "address": (
        "calle",
        "avenida",
        "av.",
        "avda",
        "pasaje",
        "pje",
        "boulevard",
        "blvd",
        "bv",
        "bulevar",
        "camino",
        "carretera",
        "colonia",
        "col.",
        "barrio",
        "b°",
        "bº",
        "manzana",
        "mz",
        "lote",
        "piso",
        "c.p",
        "c. p",
        "cp",
        "postal",
        "km",
        "kil",
        "esq",
        "entre calle",
        "y calle",
    ),
    "range": ("-", "–", " a "),
    "formula": ("*", "×", "÷", " x "),
    "quoted": ('"', "“", "«"),
    "time": (":", "h", "am", "pm"),
}
_PHONE_CONTEXT = ("tel", "cel", "whats", "wsp", "fax", "móvil", "movil", "contacto")
_DIALLED = ("al ", "línea", "linea", "número", "numero", "marca", "llama")
_PERSONAL = (
    "-",
    "dni",
    "d.n.i",
    "rut",
    "run",
    "cuit",
    "cuil",
    "curp",
    "rfc",
    "ine",
    "pasaporte",
    "documento",
)


def _gate(kind: str, pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    if kind in _GATES:
        return _GATES[kind]
    if kind == "date":
        return ("/", "-", ".") if pattern.pattern.startswith("(?<!\\d)\\d{1,2}[.-]") else _MONTHS
    if kind == "phone" and "tel[eé]fonos" in pattern.pattern:
        return _PHONE_CONTEXT
    if kind == "phone" and "marcar" in pattern.pattern:
        return _DIALLED
    if kind == "personal_id":
        return _PERSONAL
    return None


def _gate_re(words: tuple[str, ...] | None) -> re.Pattern[str] | None:
    return None if words is None else re.compile("|".join(map(re.escape, words)))


_GATED = [(kind, pattern, _gate_re(_gate(kind, pattern))) for kind, pattern in _RULES]


def trap_spans(text: str) -> list[tuple[str, Span]]:
    """Spans of ``text`` holding numbers that must not be read as values."""
    spans: list[tuple[str, Span]] = []
    low = text.lower()
    for kind, pattern, gate in _GATED:
        if gate is not None and not gate.search(low):
            continue
        for match in pattern.finditer(text):
            if kind == "quoted" and not any(ch.isdigit() for ch in match.group(0)):
                continue
            spans.append((kind, match.span()))
    return spans


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
