"""Findings to observations: indicator ids, units, places, periods, stable ids, flags."""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from genero_etl.countries import registry
from genero_etl.extract.lexicon import default_lexicon
from genero_etl.extract.text import Finding, breakdown_dimension
from genero_etl.extract.textutil import fold
from genero_etl.messages import issue
from genero_etl.model import Issue, Observation, Period, Place, Severity
from genero_etl.normalize.codebook import Codebook, Indicator
from genero_etl.normalize.places import lookup_admin1
from genero_etl.normalize.privacy import redact


class _CurrencyByCountry(Mapping[str, str]):
    """Each country's national currency (ISO 4217), from the country registry."""

    def _table(self) -> dict[str, str]:
        return registry().currency_by_country()

    def __getitem__(self, code: str) -> str:
        return self._table()[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())


CURRENCY: Mapping[str, str] = _CurrencyByCountry()


@dataclass(frozen=True, slots=True)
class DocFacts:
    source_file: str
    source_sha256: str
    place: Place
    period: Period
    office: str


def observation_id(sha256: str, locator: str, start: int, raw: str) -> str:
    digest = hashlib.sha256(f"{sha256}|{locator}|{start}|{raw}".encode()).hexdigest()
    return "o" + digest[:16]


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def currency_code(written: str, country: str) -> str:
    """The ISO 4217 code of an amount's currency as written ("S/", "Q", "Gs.", "RD$", "$",
    "soles", "pesos"), read with the document's country: a symbol of the country's own
    currencies first ("$" in Bogotá is COP, "Bs" in La Paz is BOB), then a symbol only one
    currency uses, then a currency word (lexicon), then the country's currency ("pesos")."""
    reg = registry()
    symbol = written.strip()
    if country in reg:
        for currency in reg.get(country).currencies:
            if symbol in currency.symbols or symbol == currency.code:
                return currency.code
    explicit = reg.currency_of_symbol(symbol) if symbol else ""
    if explicit:
        return explicit
    by_word = _currency_words().get(fold(symbol), "")
    if by_word and by_word != "$":
        return by_word
    return CURRENCY.get(country, "")


@cache
def _currency_words() -> dict[str, str]:
    """Currency word -> ISO 4217 ("soles" -> PEN); "$" where the country decides ("pesos")."""
    words = default_lexicon().section("currency").get("word_codes") or {}
    return {fold(str(k)): str(v) for k, v in words.items()}


def _unit(f: Finding, indicator_unit: str, country: str) -> tuple[str, list[str]]:
    flags: list[str] = []
    if f.unit_hint == "%":
        return "%", flags
    if f.kind_hint == "budget" or indicator_unit == "moneda":
        code = currency_code(f.currency_symbol or f.unit_hint, country)
        if code:
            return code, flags
        flags.append("currency_unknown")
        return "", flags
    if indicator_unit:
        return indicator_unit, flags
    noun = f.noun_phrase.split()[0].lower() if f.noun_phrase else ""
    return noun, flags


def build_observations(
    findings: list[Finding], facts: DocFacts, codebook: Codebook
) -> tuple[list[Observation], list[Issue]]:
    observations: list[Observation] = []
    issues: list[Issue] = []
    previous: tuple[Finding, Indicator] | None = None
    for f in findings:
        parent = findings[f.parent] if f.parent is not None else None
        subject = parent if parent is not None else f
        label = _label(subject)
        of_what = ""
        if f.unit_hint == "%" and previous is not None and previous[0].text == f.text:
            of_what = previous[0].noun_phrase  # "18 recomendaciones ..., el 34% de lo programado"
        primary = " | ".join(
            t for t in (subject.noun_phrase, subject.label_before, subject.after_text, of_what) if t
        )
        # A number is a percentage only when its own "%" or "por ciento" follows it: an amount
        # in a row whose words resemble "avance ... de lo programado" is not a progress rate.
        own_percent = (f if parent is None else _with_unit_of(f, parent)).unit_hint == "%"
        indicator = codebook.classify(primary, subject.context, plain_number=not own_percent)
        category = ""
        if (
            parent is None
            and f.method == "text.table_row"
            and not f.noun_phrase
            and f.heading
            and codebook.classify(primary).id == codebook.unclassified.id
        ):
            category = f.label_before  # "Violencia Familiar\t7" under "Modalidad de Violencia:"
        if indicator.id == codebook.unclassified.id and f.kind_hint == "budget":
            indicator = codebook.indicators.get("presupuesto_genero", indicator)
        if (
            indicator.id == codebook.unclassified.id
            and previous is not None
            and _sibling(previous[0], f)
        ):
            indicator = previous[1]  # "23 mujeres y 41 niñas": one list, one indicator
        previous = (f, indicator)
        unit, flags = _unit(
            f if parent is None else _with_unit_of(f, parent), indicator.unit, facts.place.country
        )
        if unit == "%" and indicator.value_kind != "percentage":
            # "15 % más que en 2022" is not a count of consultations: keep it, unclassified
            indicator = codebook.unclassified
        kind = f.kind_hint
        if kind == "observed" and indicator.value_kind == "rate":
            kind = "rate"
        if kind == "observed" and indicator.value_kind in {"budget", "percentage"}:
            kind = (
                indicator.value_kind
                if (indicator.value_kind != "percentage" or unit == "%")
                else kind
            )
        if kind == "observed" and parent is not None:
            kind = parent.kind_hint
        place = facts.place
        if f.scope_national and place.country:
            place = Place(place.country, method=place.method)  # the country's figure
        if f.scope_admin1_name:
            admins = lookup_admin1(f.scope_admin1_name, facts.place.country)
            if admins:
                a = admins[0]
                place = Place(a.country, a.iso, a.name, "", "", facts.place.method)
        period = facts.period
        period_label = facts.period.label
        if f.period is not None:
            period = Period(f.period.start, f.period.end, f.period_label or f.period.label)
            period_label = period.label
        if f.ambiguous:
            flags.append("ambiguous_number")
            issues.append(
                issue(
                    "ambiguous-number",
                    Severity.WARNING,
                    source_file=facts.source_file,
                    source_locator=f.locator,
                    raw=f.value_raw,
                    a=_fmt(f.value),
                    b=_fmt(f.alternative if f.alternative is not None else f.value),
                    chosen=_fmt(f.value),
                    country=facts.place.country or "?",
                )
            )
        elif f.against_convention:
            flags.append("number_convention_mismatch")
        if f.upper_bound:
            flags.append("upper_bound")
        text, redacted = redact(f.text)
        if redacted:
            flags.append("redacted")
        obs_id = observation_id(facts.source_sha256, f.locator, f.start, f.value_raw)
        breakdown_dim, breakdown_val = "_T", "_T"
        parent_id = ""
        if parent is not None:
            parent_id = observation_id(
                facts.source_sha256, parent.locator, parent.start, parent.value_raw
            )
            breakdown_val = f.part_label or f.noun_phrase or f.label_before
            breakdown_dim = breakdown_dimension(breakdown_val)
        elif category:
            breakdown_dim, breakdown_val = _slug(f.heading), category
        elif f.row_label:
            breakdown_dim, breakdown_val = _slug(f.row_dimension), f.row_label
        elif f.activity:
            breakdown_dim, breakdown_val = "actividad", f.activity
        if indicator.id == codebook.unclassified.id:
            flags.append("unclassified")
        observations.append(
            Observation(
                observation_id=obs_id,
                indicator_id=indicator.id,
                indicator_label=label,
                theme=indicator.theme,
                value=f.value,
                unit=unit,
                value_kind=kind,
                source_file=facts.source_file,
                source_sha256=facts.source_sha256,
                source_locator=f.locator,
                source_text=text,
                extraction_method=f.method,
                confidence=0.0,  # set below, from what is known of the observation
                value_raw=f.value_raw,
                approximate=f.approximate,
                lower_bound=f.lower_bound,
                country=place.country,
                admin1=place.admin1,
                municipality=place.municipality,
                municipality_code=place.municipality_code,
                office=facts.office,
                period_start=period.start,
                period_end=period.end,
                period_label=period_label,
                breakdown_dimension=breakdown_dim,
                breakdown_value=breakdown_val,
                parent_observation_id=parent_id,
                activity=f.activity,
                quality_flags=flags,
            )
        )
    for o in observations:
        o.confidence = confidence_of(confidence_features(o))
    return observations, issues


_PERSON_NOUNS = re.compile(
    r"^(ni[ñn][oa]s|adolescentes|j[oó]venes|varones|hombres|mujeres|personas|disidencias|familias|hij[oa]s)\b",
    re.IGNORECASE,
)
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
        return not f.noun_phrase  # "Enero: 45 / Febrero: 52": one series, month by month
    if f.noun_phrase and f.noun_phrase == prev.noun_phrase:
        return True  # "La Paz con 11, Cochabamba con ocho": the series' noun, carried over
    if f.noun_phrase and not _PERSON_NOUNS.match(f.noun_phrase):
        return False
    gap = f.text[prev.start - f.text_start + len(prev.value_raw) : f.start - f.text_start]
    if prev.noun_phrase and gap.lstrip().startswith(prev.noun_phrase):
        gap = gap.lstrip()[len(prev.noun_phrase) :]
    # "37 casos a la Fiscalía Local y 12 a los Tribunales": the same count, another place
    return bool(_SIBLING_GAP.match(gap)) or (not f.noun_phrase and bool(_PARALLEL_GAP.match(gap)))


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


def confidence_features(o: Observation) -> list[str]:
    """What a text observation's confidence is read from: how it was found and what is
    known about it (the same features ``tests/acceptance/calibrate_texts.py`` fits on)."""
    flags = set(o.quality_flags)
    raw = o.value_raw.strip()
    found = [f"method:{o.extraction_method}"]
    checks = {
        "unclassified": "unclassified" in flags,
        "no_label": o.indicator_label == "(sin rótulo)",
        "words": raw[:1].isalpha(),
        "percent": o.unit == "%",
        "money": o.value_kind == "budget",
        "approximate": o.approximate,
        "bound": o.lower_bound or "upper_bound" in flags,
        "part": bool(o.parent_observation_id),
        "ambiguous": "ambiguous_number" in flags or "number_convention_mismatch" in flags,
        "small": o.value is not None and abs(o.value) < 10,
        "year_like": o.value is not None and o.value == int(o.value) and 1990 <= o.value <= 2035,
        "breakdown": o.breakdown_value not in {"", "_T"},
    }
    return found + [name for name, on in checks.items() if on]


@cache
def confidence_weights() -> tuple[float, dict[str, float]]:
    """The calibrated model: a prior and one weight per feature, on the log-odds scale."""
    import yaml

    from genero_etl.resources import default_schemas_dir

    path = default_schemas_dir() / "lexicon" / CONFIDENCE_FILE
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
    data = data or {}
    weights = {str(k): float(v) for k, v in (data.get("weights") or {}).items()}
    return float(data.get("prior", 2.0)), weights


def confidence_of(features: list[str]) -> float:
    """The share of observations with these features that were right on the development
    corpus (a logistic model; see ``schemas/lexicon/confidence.yaml``)."""
    prior, weights = confidence_weights()
    logit = prior + sum(weights.get(name, 0.0) for name in features)
    return round(min(0.99, max(0.05, 1.0 / (1.0 + math.exp(-logit)))), 2)
