"""The header words that give a table's columns their meaning, loaded from data.

The shipped ``schemas/tabular/roles.yaml`` says which header words mark a place, a period,
a breakdown, a measure, an identifier or a personal attribute, and which cell values mean
"unknown". A workspace extends it with its own ``schemas/tabular/roles.yaml``: lists are
appended to and maps merged, so a new word never needs a code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from genero_etl.errors import UsageError
from genero_etl.extract.textutil import fold
from genero_etl.resources import default_schemas_dir, workspace_cache

ROLES_RELPATH = Path("tabular") / "roles.yaml"
Patterns = tuple[re.Pattern[str], ...]


@dataclass(frozen=True, slots=True)
class RoleLexicon:
    place: dict[str, Patterns]  # level -> header patterns
    code_words: Patterns
    official_codes: Patterns  # headers of a column of official codes (never an id of a case)
    period: dict[str, Patterns]  # year | month | quarter | date | period
    prefer_event: Patterns
    record_dates: Patterns  # period columns that date the record (last edit, entry), not the event
    category: dict[str, Patterns]  # dimension -> header patterns
    category_values: dict[str, frozenset[str]]
    # dimension -> values read only as headers of columns across, never a column's own values
    headers_across: dict[str, frozenset[str]]
    category_shapes: dict[str, Patterns]  # dimension -> the shape of its values ("20-24")
    core_dimensions: frozenset[str]
    subjects: dict[str, Patterns]  # subject -> header patterns (victima, agresor)
    own_subjects: frozenset[str]  # subjects whose attributes are a register's own breakdowns
    shared_dimensions: frozenset[str]  # dimensions that relate two persons (vinculo)
    activity: Patterns
    budget_context: Patterns  # a title or row-label header that makes a table's measures money
    gender_budget: Patterns  # words that make a budget's amount a gender budget (row, title, file)
    indicator: Patterns
    indicator_descriptions: Patterns  # words of a coded indicator ("Descripcion" beside "nosolt")
    unit: Patterns
    measure: dict[str, Patterns]  # count | amount | percentage | rate | average
    measure_only: Patterns  # a label that names a measure and nothing else ("Número", "Tasa")
    row_weight: Patterns
    identifier: Patterns
    not_counts: Patterns  # numbers of a sequence's position or time ("Semana", "Hora")
    display_order: Patterns  # another column's sort key ("desagregacion_por_orden")
    personal: Patterns
    derived: Patterns
    total_rows: Patterns
    total_columns: Patterns
    statistic_rows: Patterns
    presumed: Patterns  # a register's title saying its cases are presumed ("Presunto femicidio")
    pivot: Patterns
    analysis: Patterns
    unknown_values: frozenset[str]
    boolean_values: frozenset[str]
    max_categories: int
    # a register's breakdown with more than this share of its counts below the smallest
    # publishable count, at the counted grain, is counted once for the country and span
    thin_share: float = 1.0
    # unknown values that say the attribute does not apply to the row ("No aplica": the kind
    # of sexual violence of a case that was not sexual): a value, not a gap in the register
    not_applicable_values: frozenset[str] = frozenset()
    # values of a place column that name a bucket of places, no place ("Otros estados",
    # "Extranjero"): published by name under 'lugar', never looked up as a place
    place_buckets: frozenset[str] = frozenset()
    # place headers that also mean something else ("Estado": a state, or a case's status):
    # a place only when the column's values name places
    place_if_values: Patterns = ()
    # headers of numbers that describe one case, never a count (the day of the month, the
    # minute, a sentence's years): a person's data when the column holds numbers
    personal_numbers: Patterns = ()
    # municipality-level headers whose level is the country's ("Distrito": Argentina's
    # electoral district is a province, Peru's district a municipality): of the first level
    # when the column's values all name first-level subdivisions
    level_by_values: Patterns = ()
    # code headers that may name a database's own key ("Id_Provincia"): codes of the country
    # only when every one is an official code of the column's level
    key_words: Patterns = ()
    # row labels of a label-value list that describe the data, not count anything
    metadata_labels: Patterns = ()
    # the caption of a workbook's table of contents ("Índice")
    contents: Patterns = ()
    # a register's sheet name or own title saying its cases are followed, suspected or under
    # investigation ("Seguimientos", "en investigación"), and the indicators of confirmed
    # cases such a register is never counted as (``semantic._followed_cases``)
    followed: Patterns = ()
    followed_counts: frozenset[str] = frozenset()
    # a scale a table's title, notes or a column's header declares for its amounts ("en
    # millones de guaraníes", "Bs MM", "(miles de pesos)"): scale name -> patterns
    scales: dict[str, Patterns] = field(default_factory=dict)
    # headers of columns a scale said over the whole table does not reach (counts, shares)
    scale_exempt: Patterns = ()
    # a survey's tabulation: words of its title, sheet or file name that name a survey
    # ("ENDIREH", "Encuesta"), and headers of an estimate's precision (the bounds of its
    # confidence interval, its standard error, its coefficient of variation): the counts
    # from which its shares are computed there are the sample's, never counts of people
    survey_context: Patterns = ()
    precision: Patterns = ()
    # headers that name a survey's unweighted sample ("n sin ponderar", "Tamaño de muestra")
    sample_size: Patterns = ()
    # headers that name a count but may stand over the rows' own numbers ("N"): a row number
    # where the column climbs by one down the rows
    row_number: Patterns = ()
    # headers that say a column of ages holds bands ("Rango Edad", "Tramo de edad"): bare
    # numbers under them are each band's lower bound
    age_band_headers: Patterns = ()
    # headers that say a column holds values and nothing of what they measure ("value",
    # "valor", "dato"): fractions under them, in a table naming nothing, are never published
    # (``semantic._unnamed_fractions``)
    bare_values: Patterns = ()
    # headers of a column of single ages ("age", "edad"): a person's age in a register, the age
    # group of one year in a table of counts by age (``semantic._single_ages_counted``)
    single_age_headers: Patterns = ()
    # a file's or sheet's name saying that columns numbered in a run ("18 | 17 | ... | 1")
    # are epidemiological weeks ("..._semana_2017_2020.csv"), each of its row's year
    numbered_weeks: Patterns = ()
    # yes/no columns a register is counted by all the same (whether a case is gender violence)
    counted_flags: Patterns = ()
    # what people do (Empleado, Estudiante): an activity column of them is a breakdown
    occupations: Patterns = ()
    occupation_dimension: str = "ocupacion"
    # of those, the flags whether a case is gender violence at all, and the answers "no"
    gender_violence_flags: Patterns = ()
    negative_values: frozenset[str] = frozenset()
    # the start of a header naming another column's code labels ("def_naturaleza")
    code_labels: Patterns = ()
    # breakdowns whose values name what is counted ("Feminicidio" under "Tipo de delito")
    offence_dimensions: frozenset[str] = frozenset()
    # breakdowns whose header over an inferred table's one label column makes each row's
    # label that breakdown's value ("Tipo de violencia" down, the years across)
    row_breakdowns: frozenset[str] = frozenset()
    # offences the codebook does not name, by the indicator they count ("Violencia familiar":
    # complaints of violence), and the indicator of any other offence of a dimension
    # ("Robo" under "Tipo de delito": recorded offences)
    offence_indicators: dict[str, Patterns] = field(default_factory=dict)
    # dimensions known by a column's values alone ("CONSUMADO | TENTATIVA": the degree)
    value_dimensions: dict[str, Patterns] = field(default_factory=dict)
    # the breakdown a label-value list's section heading names, before the header words of
    # ``category`` ("Lugar" over "Vía pública", "Hogar": where the events happened)
    section_dimensions: dict[str, Patterns] = field(default_factory=dict)
    offence_fallback: dict[str, str] = field(default_factory=dict)
    # the codebook's indicators an offence's own name may give (its other indicators' words
    # also name offences that are no gender violence)
    offence_codebook: frozenset[str] = frozenset()
    # a measure that counts a table's offences or their victims without naming an offence
    # ("n_delitos", "Número de víctimas"): each row's offence names what it counts
    offence_counts: Patterns = ()
    # a title's, sheet's or file name's words saying the table counts people held, convicted or
    # accused by their offence ("privados de libertad"): no offence names its indicator
    offender_people: Patterns = ()
    # breakdowns whose values say what a row is about (a diagnosis): a row about something no
    # gender indicator names is no value of its measure's gender indicator
    topic_dimensions: frozenset[str] = frozenset()
    # breakdowns whose values are codes (a penal code's article), never counts
    code_dimensions: frozenset[str] = frozenset()
    # a court's or a prosecution's district: the place columns one place per district beside
    # it name the district's seat, not where its rows happened
    jurisdictions: Patterns = ()
    # the part of a register's month its places' published totals leave out: its place
    # dimension, code and labels (dimension, code, label_es, label_en, unit_es, unit_en);
    # empty, no such part is published
    other_places: dict[str, str] = field(default_factory=dict)
    # the units of indicators that count places, by the place level they count ("municipios":
    # municipality): a table whose rows are places of that level counts something else in
    # each, whatever its sheet's name says ("municipios_soli")
    place_units: dict[str, frozenset[str]] = field(default_factory=dict)
    # headers of a goal beside what was achieved ("Meta", "Programado"): targets, never the
    # achieved count
    goals: Patterns = ()
    # stages of a budget side by side ("Aprobado | Devengado"): a breakdown of one budget
    budget_stages: Patterns = ()
    budget_stage_dimension: str = "etapa_presupuestaria"
    # a sex as a header or a row label writes it (folded) -> the sex published ("Femenino":
    # mujeres); those of ``sex_beside`` ("Otros") are a sex only beside a column of another sex
    sex_words: dict[str, str] = field(default_factory=dict)
    sex_beside: frozenset[str] = frozenset()
    # a sex column's codes, each set read whole (folded code -> the sex published): "m" is
    # "mujeres" beside "h" and "varones" beside "f" (``semantic._sex_codes``)
    sex_codes: tuple[dict[str, str], ...] = ()
    # a title that opens with its values' measure ("Tasa neta de escolaridad ...": rate,
    # "Proporción de matriculados ...": percentage), for columns whose headers name none
    title_measures: dict[str, Patterns] = field(default_factory=dict)
    # a title's "por <words>" naming its rows' breakdown ("... por sector según sexo"): the
    # pattern (its group ``dim``) and the words that are no breakdown of rows ("año", "cada")
    title_breakdown: Patterns = ()
    title_breakdown_not: frozenset[str] = frozenset()
    # a period's note saying its figures are not final ("Cifras preliminares"): flagged
    preliminary: Patterns = ()
    # a query tool's line over its export ("Consulta de: Defunciones por homicidio   Por: Año
    # de registro   Según: Sexo"): only its group ``what`` names what the table counts
    query_title: Patterns = ()


def any_match(patterns: Patterns, text: str) -> bool:
    return any(p.search(text) for p in patterns)


def counts_offenders(lex: RoleLexicon, text: str) -> bool:
    """Does a table's title, sheet or file name (``text``) say it counts people held, convicted
    or accused ("privados de libertad", "reclusos", "MPL"; roles.yaml ``offender_people``)? Then
    its offences say what each person is held for, not what is counted."""
    return any_match(lex.offender_people, fold(text))


def first_key(table: dict[str, Patterns], text: str) -> str:
    """The first key (in file order) one of whose patterns the text matches; '' if none."""
    return next((key for key, patterns in table.items() if any_match(patterns, text)), "")


def other_subject(lex: RoleLexicon, folded: str, dimension: str = "") -> str:
    """The other person a column header is about ("sexo del presunto agresor" -> "agresor"),
    or "" when it is about the register's own subject, the case, or the bond between them."""
    if dimension in lex.shared_dimensions:
        return ""
    named = [s for s, patterns in lex.subjects.items() if any_match(patterns, folded)]
    if not named or any(s in lex.own_subjects for s in named):
        return ""
    return named[0]


def _compile(source: str, values: Any) -> Patterns:
    if not isinstance(values, list):
        raise UsageError("bad-roles-file", path=source, reason="se esperaba una lista de patrones")
    try:
        return tuple(re.compile(str(v)) for v in values)
    except re.error as exc:
        raise UsageError("bad-roles-file", path=source, reason=str(exc)) from None


def _other_places(source: str, values: Any) -> dict[str, str]:
    """``other_places``: a map whose labels take only ``{min_count}`` and ``{unit}``."""
    if not isinstance(values, dict):
        raise UsageError("bad-roles-file", path=source, reason="other_places: se esperaba un mapa")
    out = {str(k): str(v) for k, v in values.items()}
    for key in ("label_es", "label_en"):
        try:
            out.get(key, "").format(min_count=3, unit="")
        except (KeyError, IndexError, ValueError) as exc:
            reason = f"other_places.{key}: {exc!r} (use {{min_count}} y {{unit}})"
            raise UsageError("bad-roles-file", path=source, reason=reason) from None
    return out


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, list) and isinstance(value, list):
            out[key] = [*old, *value]
        elif isinstance(old, dict) and isinstance(value, dict):
            out[key] = _merge(old, value)
        else:
            out[key] = value
    return out


def _read(path: Path) -> dict[str, Any]:
    import yaml

    from genero_etl.resources import load_yaml

    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise UsageError("bad-roles-file", path=str(path), reason=str(exc)[:200]) from None
    if not isinstance(data, dict):
        raise UsageError("bad-roles-file", path=str(path), reason="se esperaba un mapa")
    return data


def load_lexicon(workspace_schemas: Path | None = None) -> RoleLexicon:
    extra = (workspace_schemas / ROLES_RELPATH) if workspace_schemas is not None else None
    return _load(str(extra) if extra is not None and extra.is_file() else "")


@workspace_cache
@cache
def _load(extra: str) -> RoleLexicon:
    shipped = default_schemas_dir() / ROLES_RELPATH
    data = _read(shipped)
    source = str(shipped)
    if extra:
        data = _merge(data, _read(Path(extra)))
        source = extra

    def group(key: str) -> dict[str, Patterns]:
        return {k: _compile(source, v) for k, v in (data.get(key) or {}).items()}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(v) for v in data.get(key) or [])

    return RoleLexicon(
        place=group("place"),
        code_words=_compile(source, data.get("code_words") or []),
        official_codes=_compile(source, data.get("official_codes") or []),
        period=group("period"),
        prefer_event=_compile(source, data.get("prefer_event") or []),
        record_dates=_compile(source, data.get("record_dates") or []),
        category=group("category"),
        category_values={
            k: frozenset(map(str, v)) for k, v in (data.get("category_values") or {}).items()
        },
        headers_across={
            k: frozenset(map(str, v)) for k, v in (data.get("headers_across") or {}).items()
        },
        category_shapes=group("category_shapes"),
        core_dimensions=words("core_dimensions"),
        subjects=group("subjects"),
        own_subjects=words("own_subjects"),
        shared_dimensions=words("shared_dimensions"),
        activity=_compile(source, data.get("activity") or []),
        budget_context=_compile(source, data.get("budget_context") or []),
        gender_budget=_compile(source, data.get("gender_budget") or []),
        indicator=_compile(source, data.get("indicator") or []),
        indicator_descriptions=_compile(source, data.get("indicator_descriptions") or []),
        unit=_compile(source, data.get("unit") or []),
        measure=group("measure"),
        measure_only=_compile(source, data.get("measure_only") or []),
        row_weight=_compile(source, data.get("row_weight") or []),
        identifier=_compile(source, data.get("identifier") or []),
        not_counts=_compile(source, data.get("not_counts") or []),
        display_order=_compile(source, data.get("display_order") or []),
        personal=_compile(source, data.get("personal") or []),
        derived=_compile(source, data.get("derived") or []),
        total_rows=_compile(source, data.get("total_rows") or []),
        total_columns=_compile(source, data.get("total_columns") or []),
        statistic_rows=_compile(source, data.get("statistic_rows") or []),
        presumed=_compile(source, data.get("presumed") or []),
        followed=_compile(source, data.get("followed") or []),
        followed_counts=words("followed_counts"),
        pivot=_compile(source, data.get("pivot") or []),
        analysis=_compile(source, data.get("analysis") or []),
        unknown_values=words("unknown_values"),
        boolean_values=words("boolean_values"),
        max_categories=int(data.get("max_categories") or 12),
        thin_share=float(data.get("thin_share") or 1.0),
        not_applicable_values=words("not_applicable_values"),
        place_buckets=words("place_buckets"),
        place_if_values=_compile(source, data.get("place_if_values") or []),
        personal_numbers=_compile(source, data.get("personal_numbers") or []),
        level_by_values=_compile(source, data.get("level_by_values") or []),
        key_words=_compile(source, data.get("key_words") or []),
        metadata_labels=_compile(source, data.get("metadata_labels") or []),
        contents=_compile(source, data.get("contents") or []),
        row_number=_compile(source, data.get("row_number") or []),
        survey_context=_compile(source, data.get("survey_context") or []),
        precision=_compile(source, data.get("precision") or []),
        sample_size=_compile(source, data.get("sample_size") or []),
        age_band_headers=_compile(source, data.get("age_band_headers") or []),
        single_age_headers=_compile(source, data.get("single_age_headers") or []),
        bare_values=_compile(source, data.get("bare_values") or []),
        numbered_weeks=_compile(source, data.get("numbered_weeks") or []),
        scales=group("scales"),
        scale_exempt=_compile(source, data.get("scale_exempt") or []),
        counted_flags=_compile(source, data.get("counted_flags") or []),
        occupations=_compile(source, data.get("occupations") or []),
        occupation_dimension=str(data.get("occupation_dimension") or "ocupacion"),
        gender_violence_flags=_compile(source, data.get("gender_violence_flags") or []),
        negative_values=words("negative_values"),
        code_labels=_compile(source, data.get("code_labels") or []),
        offence_dimensions=words("offence_dimensions"),
        row_breakdowns=words("row_breakdowns"),
        offence_indicators=group("offence_indicators"),
        value_dimensions=group("value_dimensions"),
        section_dimensions=group("section_dimensions"),
        offence_fallback={str(k): str(v) for k, v in (data.get("offence_fallback") or {}).items()},
        offence_codebook=words("offence_codebook"),
        offence_counts=_compile(source, data.get("offence_counts") or []),
        offender_people=_compile(source, data.get("offender_people") or []),
        code_dimensions=words("code_dimensions"),
        topic_dimensions=words("topic_dimensions"),
        jurisdictions=_compile(source, data.get("jurisdictions") or []),
        other_places=_other_places(source, data.get("other_places") or {}),
        place_units={
            str(k): frozenset(map(str, v)) for k, v in (data.get("place_units") or {}).items()
        },
        goals=_compile(source, data.get("goals") or []),
        budget_stages=_compile(source, data.get("budget_stages") or []),
        budget_stage_dimension=str(data.get("budget_stage_dimension") or "etapa_presupuestaria"),
        sex_words={
            fold(str(written)): str(sex)
            for sex, written_forms in (data.get("sex_words") or {}).items()
            for written in written_forms or []
        },
        sex_beside=words("sex_beside"),
        sex_codes=tuple(
            {fold(str(code)): str(sex) for code, sex in pair.items()}
            for pair in data.get("sex_codes") or []
            if isinstance(pair, dict)
        ),
        title_measures=group("title_measures"),
        title_breakdown=_compile(source, data.get("title_breakdown") or []),
        title_breakdown_not=words("title_breakdown_not"),
        preliminary=_compile(source, data.get("preliminary") or []),
        query_title=_compile(source, data.get("query_title") or []),
    )
