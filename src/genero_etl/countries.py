"""Countries as data: one YAML file per country, loaded into one registry.

The shipped files are ``genero_etl/data/countries/<cc>.yaml``; a workspace may add or change
countries with ``schemas/countries/<cc>.yaml``. **Override rule:** a workspace file whose
``code`` is a shipped country is merged over the shipped file key by key: mappings merge
recursively, every other value (text, number, list) replaces the shipped one. A workspace file
with a new code adds a country. What a file holds is described in ``docs/countries.md``.

Nothing here reads a gazetteer or a report: :mod:`genero_etl.normalize.places` does, from the
facts this registry gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from genero_etl.errors import UsageError
from genero_etl.resources import data_dir, workspace_cache

COUNTRIES_RELPATH = Path("countries")
CONVENTIONS = ("decimal_comma", "decimal_point")
_CODE = re.compile(r"^[A-Z]{2}$")
_KEYS = {
    "code", "name", "number_convention", "currencies", "phone", "national_ids", "evidence",
    "admin1", "gazetteers", "municipalities", "fiscal_year_start", "levels", "map_counts",
}  # fmt: skip
LEVELS = ("admin1", "admin2", "admin3")  # the administrative levels a ``levels`` section names
_EVIDENCE_KINDS = (
    "institutions",
    "words",
    "admin_words",
    "demonyms",
    "national_offices",
    "local_offices",
)
_ADMIN1_KEYS = {
    "codes", "hasc", "names", "aliases", "abbreviations", "table_numbers", "evidence",
    "capitals", "seat", "capital", "localities",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Citation:
    title: str
    path: str

    def as_source(self) -> dict[str, str]:
        return {"title": self.title, "path": self.path}


@dataclass(frozen=True, slots=True)
class GazetteerSpec:
    """One official code list: which file, which level, which column means what."""

    file: str  # relative to the data directory (or to the workspace's schemas/)
    level: str  # "admin1" for a list of first-level subdivisions, else the municipal level's name
    columns: Mapping[str, str]  # role -> the publisher's column name
    code_width: int  # digits of a code with its leading zeros
    citation: Citation | None
    base: Path  # the directory ``file`` is relative to

    @property
    def path(self) -> Path:
        return self.base / self.file


@dataclass(frozen=True, slots=True)
class LongerCode:
    """An official code longer than the municipality's that reduces to it.

    ``digits`` long, its first ``keep`` digits are the municipality's code when the rest
    matches ``rest`` (a regular expression): DANE's 8-digit populated-centre code "08758000"
    is municipality "08758" because "000" is the municipal seat.
    """

    digits: int
    keep: int
    rest: str


@dataclass(frozen=True, slots=True)
class MunicipalityCode:
    """The shape of a country's municipality code (``municipalities.code`` in its file)."""

    digits: int = 0  # 0: the country declares no shape; codes are read as written
    admin1_prefix: int = 0  # its first digits are the admin1 code (admin1.codes), when > 0
    longer: tuple[LongerCode, ...] = ()


@dataclass(frozen=True, slots=True)
class Levels:
    """What a country's place columns mean, by their header words (``levels`` in its file).

    ``words``: level (admin1, admin2, admin3) -> regular expressions searched in a folded
    header ("provincia" is admin2 in Peru, admin1 in Argentina); ``municipal``: the level the
    project publishes as the municipality (its gazetteer's and its municipality codes' level);
    ``admin2_prefix``: where admin2 lies between admin1 and the municipal level, the digits of
    a municipality code that are its admin2's code (Peru's province "1401" of "140101").
    """

    words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    municipal: str = ""
    admin2_prefix: int = 0

    def level_of(self, folded_header: str) -> str:
        """The level a folded header names by the country's words; '' when none does, or
        when it names two ("Departamento / Municipio": rows of both levels, read as before)."""
        found = [
            level
            for level in LEVELS
            if any(re.search(p, folded_header) for p in self.words.get(level, ()))
        ]
        return found[0] if len(found) == 1 else ""


@dataclass(frozen=True, slots=True)
class Currency:
    code: str  # ISO 4217
    symbols: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NationalId:
    """One national ID document of a country: what the privacy screen looks for.

    The screen (``normalize/privacy.py``, ``docs/privacy.md``) hides every number that
    ``pattern`` finds and ``module`` (python-stdnum) validates; ``cue_required``: only right
    after an ID cue word, because the bare format (7-10 plain digits) is also the format of
    counts, budgets and codes. ``cues`` are the words that announce this document.
    """

    name: str
    module: str = ""  # python-stdnum module ("pe.cui"); "" when there is none
    pattern: str = ""  # a candidate, one Python regex; "" declares the document, unsearched
    cue_required: bool = False
    cues: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name_es: str
    name_en: str
    number_convention: str  # decimal_comma | decimal_point
    currencies: tuple[Currency, ...]
    calling_code: str
    phone_prefixes: tuple[str, ...]
    id_types: tuple[NationalId, ...]  # national ID documents, for the privacy screen
    evidence: Mapping[str, tuple[str, ...]]  # kind -> regular expressions
    admin1_codes: Mapping[str, str]  # ISO 3166-2 -> national code
    admin1_hasc: Mapping[str, str]  # ISO 3166-2 -> HASC
    admin1_names: Mapping[str, str]  # ISO 3166-2 -> the national spelling
    admin1_aliases: Mapping[str, tuple[str, ...]]  # ISO 3166-2 -> other names
    admin1_abbreviations: Mapping[str, tuple[str, ...]]  # ISO 3166-2 -> exact written forms
    gazetteers: tuple[GazetteerSpec, ...]
    # ISO 3166-2 -> numbers a table's place column writes for it (Chile's "VIII"); read only
    # in tables, never looked for in a text's words
    admin1_table_numbers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    municipality_aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # ISO 3166-2 -> regular expressions that say a text is from that division without naming
    # it: its offices and laws, its demonyms, its cities ("bonaerense", "Ley 12.569", "Cali");
    # never the country's capital, where national offices sit
    admin1_evidence: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    municipality_code: MunicipalityCode = MunicipalityCode()
    # the code of the capital's municipality, where national offices sit: named in a report's
    # opening it is where the report was written, not the place of its figures, unless the
    # report's own office is its government ("Alcaldía Municipal del Distrito Central")
    capital_municipality: str = ""
    # ISO 3166-2 -> the code of that division's capital municipality: "la capital del Estado"
    # in a report of the division is that municipality (``normalize/observations.py``)
    admin1_capitals: Mapping[str, str] = field(default_factory=dict)
    # the codes of the municipalities where the government sits when it is not the capital
    # (``municipalities.seats``: Bolivia's La Paz beside Sucre, the capital): like the capital's,
    # where national offices sit
    government_seats: tuple[str, ...] = ()
    # ISO 3166-2 of the divisions that are the capital or the seats of government or hold them,
    # where national offices sit (``admin1.seat``, one or a list: Uruguay's Montevideo,
    # Bolivia's Chuquisaca and La Paz): named in a national office's opening they are where the
    # office works, not the report's subject (``normalize/document.py:national_document``)
    admin1_seats: tuple[str, ...] = ()
    # ISO 3166-2 of the division that is the national capital or holds it (``admin1.capital``):
    # named as a report's dateline it names the country (``normalize/country_guess.py``)
    admin1_capital: str = ""
    # ISO 3166-2 -> the names of the localities or boroughs a division holds that are no
    # municipality of the gazetteer (``admin1.localities``: Bogotá's twenty localities): named in
    # a text that names that division, they are the division's, never a homonym municipality or
    # division elsewhere (``normalize/places.py:localities_named``)
    admin1_localities: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Leading words a municipality's name is also written without, as regular expressions
    # ("San Pedro Tlaquepaque" written "Tlaquepaque"): the rest is an alias when it is no other
    # place's name and no everyday word, and one municipality's alone in its division
    # (``normalize/places.py:_short_forms``)
    municipality_short_prefixes: tuple[str, ...] = ()
    # Tags a table writes after a municipality's name that are no part of it, as regular
    # expressions ("BOGOTÁ D.C. (CT)": Colombia's police marks its capitals so): the
    # name is looked up without them when it is not found with them (``tabular/geo.py``)
    municipality_suffixes: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # the files this country was read from
    fiscal_year_start: int = 1  # the month the public sector's fiscal year begins (7: July)
    levels: Levels = Levels()  # the words of its place columns, by administrative level
    # a unit's plural noun -> how many of them the country has, and had ("municipios": 153):
    # "en los 153 municipios" of a Nicaraguan report is the country's map, no count of an
    # office's work (``normalize/observations.py``, ``_countrys_map``)
    map_counts: Mapping[str, tuple[int, ...]] = field(default_factory=dict)

    @property
    def national_ids(self) -> tuple[str, ...]:
        """The python-stdnum modules of the country's ID documents, e.g. "ar.dni"."""
        return tuple(dict.fromkeys(t.module for t in self.id_types if t.module))

    @property
    def currency(self) -> str:
        """The national currency (ISO 4217), the one a bare ``$`` means."""
        return self.currencies[0].code if self.currencies else ""

    @property
    def citations(self) -> list[Citation]:
        return [g.citation for g in self.gazetteers if g.citation is not None]


@dataclass(frozen=True, slots=True, eq=False)
class CountryRegistry:
    countries: Mapping[str, Country]
    _symbols: dict[str, str] = field(default_factory=dict)
    _tables: dict[str, dict[str, str]] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Country]:
        return iter(self.countries.values())

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code.upper() in self.countries

    def codes(self) -> list[str]:
        return sorted(self.countries)

    def get(self, code: str) -> Country:
        """The country with this ISO 3166-1 code; an unknown code is a usage error."""
        found = self.countries.get(code.strip().upper())
        if found is None:
            raise UsageError("country-unknown", country=code, known=", ".join(self.codes()))
        return found

    def currency_of_symbol(self, symbol: str) -> str:
        """ISO 4217 code a written symbol or code stands for, or "" when it is shared ($)."""
        if not self._symbols:
            self._symbols.update(_unambiguous_symbols(self))
        return self._symbols.get(symbol.strip(), "")

    def citations(self) -> list[Citation]:
        return [c for country in self for c in country.citations]

    def currency_by_country(self) -> dict[str, str]:
        """Country -> national currency (ISO 4217), the one a bare ``$`` means there."""
        return self._memo("currency", lambda: {c.code: c.currency for c in self if c.currency})

    def convention_by_country(self) -> dict[str, str]:
        return self._memo("convention", lambda: {c.code: c.number_convention for c in self})

    def _memo(self, name: str, build: Callable[[], dict[str, str]]) -> dict[str, str]:
        table = self._tables.get(name)
        if table is None:
            table = self._tables[name] = build()
        return table


def _unambiguous_symbols(registry: CountryRegistry) -> dict[str, str]:
    meaning: dict[str, set[str]] = {}
    for country in registry:
        for currency in country.currencies:
            meaning.setdefault(currency.code, set()).add(currency.code)
            for symbol in currency.symbols:
                meaning.setdefault(symbol, set()).add(currency.code)
    return {symbol: next(iter(codes)) for symbol, codes in meaning.items() if len(codes) == 1}


# --- loading ---------------------------------------------------------------------------------


def shipped_dir() -> Path:
    return data_dir() / COUNTRIES_RELPATH


def _read_yaml(path: Path) -> dict[str, Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when libyaml is there
    try:
        data: Any = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        raise UsageError(
            "country-file-invalid", path=str(path), reason=str(err).splitlines()[0]
        ) from None
    if not isinstance(data, dict):
        raise UsageError("country-file-invalid", path=str(path), reason="not a mapping")
    return data


def merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """The override rule: mappings merge recursively, any other value replaces."""
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def _texts(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _mapping(value: Any, where: str, path: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise UsageError("country-file-invalid", path=path, reason=f"'{where}' must be a mapping")
    return {str(k): v for k, v in value.items()}


_ID_KEYS = {"name", "module", "pattern", "cue", "cues"}


def _checked_pattern(pattern: str, path: str) -> str:
    """A regular expression from a country file, refused with the file named if it is wrong."""
    try:
        re.compile(pattern)
    except re.error as err:
        raise UsageError(
            "country-file-invalid", path=path, reason=f"pattern '{pattern}': {err}"
        ) from None
    return pattern


def _national_id(item: Any, path: str) -> NationalId:
    if isinstance(item, str):  # a python-stdnum module alone: declared, not searched
        return NationalId(name=item.rsplit(".", 1)[-1].upper(), module=item)
    entry = _mapping(item, "national_ids", path)
    unknown = sorted(set(entry) - _ID_KEYS)
    cue = entry.get("cue", "optional")
    if unknown or not entry.get("name") or cue not in ("required", "optional"):
        raise UsageError(
            "country-file-invalid",
            path=path,
            reason=f"a national_ids entry needs 'name' and may have {sorted(_ID_KEYS - {'name'})}"
            " (cue: required or optional)",
        )
    pattern = _checked_pattern(str(entry.get("pattern") or ""), path)
    return NationalId(
        name=str(entry["name"]),
        module=str(entry.get("module") or "").removeprefix("stdnum."),
        pattern=pattern,
        cue_required=cue == "required",
        cues=_texts(entry.get("cues")),
    )


def _national_ids(raw: Any, path: str) -> tuple[NationalId, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise UsageError("country-file-invalid", path=path, reason="'national_ids' must be a list")
    return tuple(_national_id(item, path) for item in raw)


def _municipality_code(raw: Any, path: str) -> MunicipalityCode:
    spec = _mapping(raw, "municipalities.code", path)
    try:
        longer = tuple(
            LongerCode(int(item["digits"]), int(item["keep"]), str(item.get("rest", "[0-9]*")))
            for item in (spec.get("longer") or [])
        )
        for item in longer:
            _checked_pattern(item.rest, path)
        return MunicipalityCode(
            int(spec.get("digits", 0) or 0), int(spec.get("admin1_prefix", 0) or 0), longer
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise UsageError(
            "country-file-invalid",
            path=path,
            reason=f"municipalities.code: digits, admin1_prefix, longer[digits, keep, rest] ({exc})",
        ) from exc


def _levels(raw: Any, path: str) -> Levels:
    spec = _mapping(raw, "levels", path)
    unknown = set(map(str, spec)) - {*LEVELS, "municipal", "admin2_prefix"}
    if unknown:
        raise UsageError(
            "country-file-invalid",
            path=path,
            reason=f"levels keys are {[*LEVELS, 'municipal', 'admin2_prefix']}",
        )
    words = {level: _texts(spec.get(level)) for level in LEVELS if spec.get(level)}
    for patterns in words.values():
        for pattern in patterns:
            _checked_pattern(pattern, path)
    municipal = str(spec.get("municipal", "") or "")
    if municipal and municipal not in LEVELS:
        raise UsageError(
            "country-file-invalid", path=path, reason=f"levels.municipal is one of {LEVELS}"
        )
    prefix = spec.get("admin2_prefix", 0) or 0
    if not isinstance(prefix, int) or isinstance(prefix, bool) or prefix < 0:
        raise UsageError(
            "country-file-invalid", path=path, reason="levels.admin2_prefix is a number of digits"
        )
    return Levels(words, municipal, prefix)


def _gazetteer(raw: Any, bases: list[Path], path: str) -> GazetteerSpec:
    spec = _mapping(raw, "gazetteers[]", path)
    file = str(spec.get("file", ""))
    columns = {str(k): str(v) for k, v in _mapping(spec.get("columns"), "columns", path).items()}
    if not file or "code" not in columns:
        raise UsageError(
            "country-file-invalid", path=path, reason="a gazetteer needs 'file' and columns.code"
        )
    base = next((b for b in bases if (b / file).is_file()), None)
    if base is None:
        raise UsageError("country-file-invalid", path=path, reason=f"no gazetteer file '{file}'")
    cite = _mapping(spec.get("citation"), "citation", path)
    return GazetteerSpec(
        file=file,
        level=str(spec.get("level", "municipio")),
        columns=columns,
        code_width=int(spec.get("code_width", 0) or 0),
        citation=Citation(str(cite["title"]), str(cite.get("path", ""))) if cite else None,
        base=base,
    )


def _country(data: Mapping[str, Any], bases: list[Path], sources: tuple[str, ...]) -> Country:
    path = sources[-1] if sources else "?"
    unknown = sorted(set(map(str, data)) - _KEYS)
    if unknown:
        raise UsageError(
            "country-file-invalid",
            path=path,
            reason=f"unknown keys {unknown}; known: {sorted(_KEYS)}",
        )
    code = str(data.get("code", "")).upper()
    if not _CODE.match(code):
        raise UsageError(
            "country-file-invalid", path=path, reason=f"code '{code}' is not ISO 3166-1"
        )
    convention = str(data.get("number_convention", ""))
    if convention not in CONVENTIONS:
        raise UsageError(
            "country-file-invalid",
            path=path,
            reason=f"number_convention must be one of {CONVENTIONS}",
        )
    names = _mapping(data.get("name"), "name", path)
    evidence = _mapping(data.get("evidence"), "evidence", path)
    for kind in evidence:
        if kind not in _EVIDENCE_KINDS:
            raise UsageError(
                "country-file-invalid", path=path, reason=f"evidence kinds are {_EVIDENCE_KINDS}"
            )
        for pattern in _texts(evidence[kind]):
            _checked_pattern(pattern, path)
    admin1 = _mapping(data.get("admin1"), "admin1", path)
    if set(admin1) - _ADMIN1_KEYS:
        raise UsageError(
            "country-file-invalid", path=path, reason=f"admin1 keys are {sorted(_ADMIN1_KEYS)}"
        )
    phone = _mapping(data.get("phone"), "phone", path)
    currencies = tuple(
        Currency(str(c["code"]), _texts(c.get("symbols")))
        for c in (data.get("currencies") or [])
        if isinstance(c, Mapping) and c.get("code")
    )

    def texts_by_iso(key: str) -> dict[str, tuple[str, ...]]:
        return {k: _texts(v) for k, v in _mapping(admin1.get(key), key, path).items()}

    def text_by_iso(key: str) -> dict[str, str]:
        return {k: str(v) for k, v in _mapping(admin1.get(key), key, path).items()}

    admin1_evidence = texts_by_iso("evidence")
    for patterns in admin1_evidence.values():
        for pattern in patterns:
            _checked_pattern(pattern, path)
    municipalities = _mapping(data.get("municipalities"), "municipalities", path)
    fiscal = data.get("fiscal_year_start", 1)
    if not isinstance(fiscal, int) or isinstance(fiscal, bool) or not 1 <= fiscal <= 12:
        raise UsageError(
            "country-file-invalid", path=path, reason="fiscal_year_start must be a month, 1-12"
        )
    return Country(
        code=code,
        name_es=str(names.get("es", code)),
        name_en=str(names.get("en", names.get("es", code))),
        number_convention=convention,
        currencies=currencies,
        calling_code=str(phone.get("calling_code", "")),
        phone_prefixes=_texts(phone.get("prefixes")),
        id_types=_national_ids(data.get("national_ids"), path),
        evidence={k: _texts(evidence.get(k)) for k in _EVIDENCE_KINDS},
        admin1_codes=text_by_iso("codes"),
        admin1_hasc=text_by_iso("hasc"),
        admin1_names=text_by_iso("names"),
        admin1_aliases=texts_by_iso("aliases"),
        admin1_abbreviations=texts_by_iso("abbreviations"),
        admin1_table_numbers=texts_by_iso("table_numbers"),
        admin1_evidence=admin1_evidence,
        gazetteers=tuple(_gazetteer(g, bases, path) for g in (data.get("gazetteers") or [])),
        municipality_aliases={
            k: _texts(v)
            for k, v in _mapping(
                municipalities.get("aliases"), "municipalities.aliases", path
            ).items()
        },
        municipality_code=_municipality_code(municipalities.get("code"), path),
        capital_municipality=str(municipalities.get("capital", "") or ""),
        admin1_capitals=text_by_iso("capitals"),
        government_seats=_texts(municipalities.get("seats")),
        admin1_seats=_texts(admin1.get("seat")),
        admin1_capital=str(admin1.get("capital", "") or ""),
        admin1_localities=texts_by_iso("localities"),
        municipality_short_prefixes=_texts(municipalities.get("short_prefixes")),
        municipality_suffixes=_texts(municipalities.get("suffixes")),
        sources=sources,
        fiscal_year_start=fiscal,
        levels=_levels(data.get("levels"), path),
        map_counts=_map_counts(data.get("map_counts"), path),
    )


def _map_counts(raw: Any, path: str) -> dict[str, tuple[int, ...]]:
    """``map_counts``: each unit's plural noun (lower case) with the whole numbers of them the
    country has had, one or a list."""
    counts: dict[str, tuple[int, ...]] = {}
    for noun, value in _mapping(raw, "map_counts", path).items():
        numbers = value if isinstance(value, list) else [value]
        if not numbers or not all(
            isinstance(n, int) and not isinstance(n, bool) and n > 1 for n in numbers
        ):
            raise UsageError(
                "country-file-invalid",
                path=path,
                reason=f"map_counts.{noun} must be a whole number above 1, or a list of them",
            )
        counts[str(noun).lower()] = tuple(numbers)
    return counts


@workspace_cache
@cache
def load_countries(workspace_schemas: Path | None = None) -> CountryRegistry:
    """The shipped countries, with a workspace's ``schemas/countries/*.yaml`` merged over them."""
    raw: dict[str, tuple[dict[str, Any], tuple[str, ...]]] = {}
    bases = [data_dir()]
    dirs = [shipped_dir()]
    if workspace_schemas is not None and (workspace_schemas / COUNTRIES_RELPATH).is_dir():
        dirs.append(workspace_schemas / COUNTRIES_RELPATH)
        bases.insert(0, workspace_schemas)
    for folder in dirs:
        for path in sorted(folder.glob("*.yaml")):
            data = _read_yaml(path)
            code = str(data.get("code", path.stem)).upper()
            data.setdefault("code", code)
            base, sources = raw.get(code, ({}, ()))
            raw[code] = (merge(base, data), (*sources, str(path)))
    countries = {code: _country(data, bases, sources) for code, (data, sources) in raw.items()}
    return CountryRegistry(dict(sorted(countries.items())))


_active: list[Path | None] = [None]


def use_workspace(workspace_schemas: Path | None) -> None:
    """Make a workspace's countries the ones every lookup uses (``None``: the shipped ones)."""
    _active[0] = workspace_schemas if workspace_schemas and workspace_schemas.is_dir() else None


def registry() -> CountryRegistry:
    """The registry in use: the shipped countries, plus the active workspace's."""
    return load_countries(_active[0])


def active_workspace() -> Path | None:
    return _active[0]


# --- country names -------------------------------------------------------------


def _fold(text: str) -> str:
    """Lowercase, strip accents, collapse spaces (as ``extract.textutil.fold``)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


@cache
def _country_names() -> dict[str, str]:
    """Folded country names -> alpha-2: every ISO name (pycountry) and the country files' names."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry ships with the project's dependencies
        return {}
    out: dict[str, str] = {}
    spanish = _spanish_names()
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                out[_fold(str(value))] = str(c.alpha_2)
                out.setdefault(_fold(spanish(str(value))), str(c.alpha_2))  # "Belice", "Brasil"
    for country in registry():  # the Spanish and English names of the countries we know
        out[_fold(country.name_es)] = country.code
        out[_fold(country.name_en)] = country.code
    out.update(_other_names())
    return out


def _other_names() -> dict[str, str]:
    """Names regional bodies write that ISO does not ("Trinidad y Tabago", the United
    Nations' Spanish; "Rep. Dominicana"), from ``data/country_names.csv``."""
    import csv

    with open(data_dir() / "country_names.csv", encoding="utf-8", newline="") as handle:
        return {_fold(row["name"]): row["code"] for row in csv.DictReader(handle)}


def _spanish_names() -> Callable[[str], str]:
    """ISO 3166-1 names in Spanish (the iso-codes translations pycountry ships)."""
    import gettext

    import pycountry

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"]).gettext
    except OSError:  # pragma: no cover - translations missing from an installation
        return str


_ALSO_CALLED = re.compile(r"\s*\([^)]*\)\s*$")


def country_of_name(text: str) -> str:
    """A country's alpha-2 code from its name in Spanish or English; "Bolivia (Estado
    Plurinacional de)", as regional bodies write it, is Bolivia."""
    return _country_of_name(text, _active[0])


@lru_cache(maxsize=32768)
def _country_of_name(text: str, workspace: Path | None) -> str:
    """``country_of_name`` per text and workspace: running text asks for the same capitalised
    runs again and again."""
    names = _country_names()
    return names.get(_fold(text), "") or names.get(_fold(_ALSO_CALLED.sub("", text)), "")


# a run of capitalised words, joined by "y", "de", "del" ("Estados Unidos", "Trinidad y Tobago")
_PROPER_RUN = re.compile(
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+(?:\s+(?:(?:y|de|del)\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+)*"
)
_AND = re.compile(r"\s+y\s+")
# words a sentence may open with before a name ("En Venezuela", "Según Colombia")
_OPENERS = frozenset(
    ["a", "al", "con", "como", "de", "del", "desde", "e", "el", "en", "entre", "hasta", "la",
     "las", "le", "les", "los", "para", "pero", "por", "que", "segun", "si", "sobre", "tanto",
     "y"]
)  # fmt: skip


def countries_named(text: str) -> list[tuple[int, str]]:
    """The countries a text names, by where each name starts, in order ("Venezuela se desprende
    ...": [(0, "VE")]). A name is a whole run of capitalised words, or each part of it joined
    by "y" ("Colombia y Brasil"), never the last word of a person's name ("Sandra Gutiérrez
    Cuba") nor of a longer name ("Ciudad de México")."""
    out: list[tuple[int, str]] = []
    for run in _PROPER_RUN.finditer(text):
        start, words = run.start(), run.group(0)
        first = words.split(" ", 1)
        if len(first) == 2 and _fold(first[0]) in _OPENERS:
            start += len(first[0]) + 1
            words = first[1].lstrip()
        code = country_of_name(words)
        if code:
            out.append((start, code))
            continue
        at = 0
        for part in _AND.split(words):
            at = words.find(part, at)
            code = country_of_name(part)
            if code:
                out.append((start + at, code))
            at += len(part)
    return out
