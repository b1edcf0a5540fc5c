"""Places: official codes from the shipped gazetteers, matched accent- and case-insensitively.

Which gazetteers exist, their columns and code widths, and each country's subdivision
aliases come from the country registry (:mod:`genero_etl.countries`); this module holds the
mechanism. A name that several places share is reported, never resolved by guesswork; a
state or province named in the same document may settle it.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from genero_etl.countries import Country, CountryRegistry, GazetteerSpec, registry
from genero_etl.extract.lexicon import SpanishLexicon, per_active_lexicon
from genero_etl.extract.textutil import fold
from genero_etl.model import Place
from genero_etl.normalize.country_guess import (
    NAME_END,
    CountryGuess,
    _common_words,
    infer_country,
    name_ends,
    name_trie,
    scan_cues,
)
from genero_etl.resources import data_dir

__all__ = [
    "Admin1",
    "CountryGuess",
    "Gazetteer",
    "Municipality",
    "PlaceGuess",
    "gazetteer",
    "infer_country",
    "infer_place",
    "is_capital",
    "lookup_admin1",
    "lookup_district",
    "lookup_municipality",
    "place_from_code",
    "places_from_code",
]


@dataclass(frozen=True, slots=True)
class Municipality:
    country: str
    admin1: str  # ISO 3166-2
    admin1_name: str
    name: str
    code: str


@dataclass(frozen=True, slots=True)
class Admin1:
    country: str
    iso: str
    name: str
    code: str  # national code (INEGI entidad, INDEC provincia, CUT región, INEI, DANE)


@dataclass(frozen=True, slots=True)
class Admin2:
    """A division between the first level and the municipal gazetteer's (Peru's and Bolivia's
    provinces, Chile's): its name and code as the gazetteer's rows give them."""

    country: str
    admin1: str  # ISO 3166-2
    name: str
    code: str  # the first digits of its municipalities' codes ("1401": Chiclayo)


@dataclass(slots=True)
class Gazetteer:
    municipalities: list[Municipality]
    by_name: dict[str, list[Municipality]]
    by_code: dict[tuple[str, str], Municipality]
    admin1: list[Admin1]
    admin1_by_name: dict[str, list[Admin1]]
    admin1_by_code: dict[tuple[str, str], Admin1] = field(default_factory=dict)
    admin1_by_hasc: dict[str, Admin1] = field(default_factory=dict)
    admin1_abbreviations: dict[str, list[Admin1]] = field(default_factory=dict)
    admin1_table_numbers: dict[str, list[Admin1]] = field(default_factory=dict)
    code_width: dict[str, int] = field(default_factory=dict)  # country -> municipal code digits
    # (country, folded name) -> the admin2 divisions of that name; (country, code) -> one
    admin2_by_name: dict[tuple[str, str], list[Admin2]] = field(default_factory=dict)
    admin2_by_code: dict[tuple[str, str], Admin2] = field(default_factory=dict)
    _by_iso: dict[str, Admin1] = field(default_factory=dict)
    memo: dict[tuple[str, str, str, str], list[Any]] = field(default_factory=dict)
    # the names ``lookup_admin1`` finds as tries of words (built when first asked):
    # the folded names, also after a division's word ("provincia de ..."), and the
    # abbreviations as written
    _admin1_tries: tuple[dict[str, Any], dict[str, Any]] | None = None

    def remember(self, key: tuple[str, str, str, str], found: list[Any]) -> list[Any]:
        if len(self.memo) < 200_000:
            self.memo[key] = found
        return found

    def admin1_tries(self) -> tuple[dict[str, Any], dict[str, Any]]:
        if self._admin1_tries is None:
            names = [
                *self.admin1_by_name,
                *(p + n for p in _ADMIN1_PREFIXES for n in self.admin1_by_name),
            ]
            written = name_trie(())
            for form in self.admin1_abbreviations:
                node = written
                for word in form.split(" "):
                    node = node.setdefault(word, {})
                node[NAME_END] = True
            self._admin1_tries = (name_trie(names), written)
        return self._admin1_tries

    def admin1_by_iso(self, iso: str) -> Admin1 | None:
        if not self._by_iso:
            self._by_iso.update({a.iso: a for a in self.admin1})
        return self._by_iso.get(iso.upper())


# Words before a name that say what kind of place it is, not part of the name.
_PREFIXES = (
    "heroica ciudad de ",
    "heroica ciudad ",
    "h ciudad ",
    "ciudad de ",
    "ciudad ",
    "villa de ",
    "municipio de ",
    "partido de ",
    "comuna de ",
    "distrito de ",
    "municipalidad distrital de ",
    "municipalidad provincial de ",
    "municipalidad de ",
    "alcaldia municipal de ",
    "alcaldia de ",
    "canton ",
)
_ADMIN1_PREFIXES = (
    "provincia de ",
    "provincia del ",
    "departamento de ",
    "departamento del ",
    "estado de ",
    "estado libre y soberano de ",
    "region de ",
    "region del ",
    "region ",
    "gobierno regional de ",
)
_ADMIN2_PREFIXES = (
    "provincia de ",
    "provincia del ",
    "provincia ",
    "prov ",
    "municipalidad provincial de ",
)
_DROP = re.compile(r"[.'’´`]")
_SPACE = re.compile(r"[-‐–—,;:/()\"“”_]+")
_ISO = re.compile(r"^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$")
_HASC = re.compile(r"^[A-Za-z]{2}\.[A-Za-z0-9]{2}$")
_CODE_TEXT = re.compile(r"^[\d\s.,]+$")
_FLOAT_CODE = re.compile(r"^\d+\.0+$")


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """A name folded for matching: no accents, case, dots, apostrophes or dashes (remembered:
    the same names are looked up from report to report)."""
    return " ".join(_SPACE.sub(" ", _DROP.sub("", fold(name))).split())


def _read(spec: GazetteerSpec) -> list[dict[str, str]]:
    with open(spec.path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _clean_code(raw: str, width: int) -> str:
    """A code as text with its leading zeros; "" when the cell holds no code."""
    code = raw.strip()
    if not code:
        return ""
    if _FLOAT_CODE.match(code):  # 5001.0: a code a spreadsheet stored as a number
        code = code.split(".")[0]
    if _CODE_TEXT.match(code):  # 5.001, 05 001
        code = re.sub(r"\D", "", code)
    if width and code.isdigit() and len(code) < width:
        code = code.zfill(width)
    if width and (not code.isdigit() or len(code) != width):
        return ""
    return code


def _admin1_for(reg: CountryRegistry) -> list[Admin1]:
    """ISO 3166-2 subdivisions with each country's national spelling and codes."""
    known = set(reg.codes())
    rows: list[Admin1] = []
    with open(data_dir() / "admin1_iso.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["country"] not in known:
                continue
            country = reg.countries[row["country"]]
            iso = row["iso"]
            name = country.admin1_names.get(iso, row["name"])
            rows.append(Admin1(country.code, iso, name, country.admin1_codes.get(iso, "")))
    listed = {a.iso for a in rows}
    for country in reg:  # subdivisions a country file names that ISO's list lacks
        for iso, name in country.admin1_names.items():
            if iso not in listed:
                rows.append(Admin1(country.code, iso, name, country.admin1_codes.get(iso, "")))
    return rows


@dataclass(slots=True)
class _Builder:
    admin1: list[Admin1]
    names: dict[str, list[Admin1]] = field(default_factory=lambda: defaultdict(list))
    abbreviations: dict[str, list[Admin1]] = field(default_factory=lambda: defaultdict(list))
    table_numbers: dict[str, list[Admin1]] = field(default_factory=lambda: defaultdict(list))
    munis: list[Municipality] = field(default_factory=list)
    widths: dict[str, int] = field(default_factory=dict)
    admin2: dict[tuple[str, str], Admin2] = field(default_factory=dict)  # (country, code) ->

    def index(self) -> dict[str, Admin1]:
        return {a.iso: a for a in self.admin1}

    def name(self, text: str, admin: Admin1) -> None:
        key = _key(text)
        if key and admin not in self.names[key]:
            self.names[key].append(admin)

    def abbreviation(self, text: str, admin: Admin1) -> None:
        text = text.strip()
        if text and admin not in self.abbreviations[text]:
            self.abbreviations[text].append(admin)

    def admin1_gazetteer(self, country: Country, spec: GazetteerSpec) -> None:
        """A national list of subdivisions: its codes and spellings beat ISO's."""
        cols = spec.columns
        by_iso = self.index()
        for row in _read(spec):
            old = by_iso.get(row.get(cols.get("iso", ""), "").strip())
            if old is None:
                continue
            official = row.get(cols.get("name", ""), "").strip() or old.name
            name = country.admin1_names.get(old.iso, official)
            code = _clean_code(row.get(cols["code"], ""), spec.code_width) or old.code
            new = Admin1(old.country, old.iso, name, code)
            self.admin1[self.admin1.index(old)] = new
            by_iso[old.iso] = new
            for extra in (official, row.get(cols.get("full_name", ""), "")):
                if extra:
                    self.name(extra, new)

    def municipal_gazetteer(self, country: Country, spec: GazetteerSpec) -> None:
        cols = spec.columns
        by_iso = self.index()
        by_code = {a.code: a for a in self.admin1 if a.country == country.code and a.code}
        self.widths.setdefault(country.code, spec.code_width)
        for row in _read(spec):
            code = _clean_code(row.get(cols["code"], ""), spec.code_width)
            name = row.get(cols.get("name", ""), "").strip()
            if not code or not name:
                continue
            admin: Admin1 | None = None
            if "admin1_iso" in cols:
                admin = by_iso.get(row.get(cols["admin1_iso"], "").strip())
            elif "admin1_code" in cols:
                admin = by_code.get(row.get(cols["admin1_code"], "").strip())
            if admin is not None and "admin1_abbreviation" in cols:
                self.abbreviation(row.get(cols["admin1_abbreviation"], ""), admin)
            prefix = country.levels.admin2_prefix
            above = row.get(cols.get("admin2_name", ""), "").strip()
            if above and prefix and admin is not None and len(code) > prefix:
                self.admin2.setdefault(
                    (country.code, code[:prefix]),
                    Admin2(country.code, admin.iso, above, code[:prefix]),
                )
            self.munis.append(
                Municipality(
                    country.code,
                    admin.iso if admin else "",
                    admin.name if admin else "",
                    name,
                    code,
                )
            )

    def aliases(self, reg: CountryRegistry) -> None:
        by_iso = self.index()
        for country in reg:
            for iso, aliases in country.admin1_aliases.items():
                if iso in by_iso:
                    for alias in aliases:
                        self.name(alias, by_iso[iso])
            for iso, forms in country.admin1_abbreviations.items():
                if iso in by_iso:
                    for form in forms:
                        self.abbreviation(form, by_iso[iso])
            for iso, forms in country.admin1_table_numbers.items():
                for form in forms if iso in by_iso else ():
                    if by_iso[iso] not in self.table_numbers[_number_key(form)]:
                        self.table_numbers[_number_key(form)].append(by_iso[iso])


def build_gazetteer(reg: CountryRegistry) -> Gazetteer:
    """Every country's subdivisions and municipal lists, indexed by folded name and code."""
    b = _Builder(_admin1_for(reg))
    for country in reg:
        for spec in country.gazetteers:
            if spec.level == "admin1":
                b.admin1_gazetteer(country, spec)
    iso_names: dict[str, str] = {}
    with open(data_dir() / "admin1_iso.csv", encoding="utf-8", newline="") as handle:
        iso_names = {row["iso"]: row["name"] for row in csv.DictReader(handle)}
    for a in b.admin1:
        b.name(a.name, a)
        if a.iso in iso_names:
            b.name(iso_names[a.iso], a)
    b.aliases(reg)
    for country in reg:
        for spec in country.gazetteers:
            if spec.level != "admin1":
                b.municipal_gazetteer(country, spec)
    by_name: dict[str, list[Municipality]] = defaultdict(list)
    for m in b.munis:
        by_name[_key(m.name)].append(m)
    by_code = {(m.country, m.code): m for m in b.munis}
    for country in reg:
        for code, aliases in country.municipality_aliases.items():
            found = by_code.get((country.code, code))
            if found is None:
                continue
            for alias in aliases:
                if found not in by_name[_key(alias)]:
                    by_name[_key(alias)].append(found)
    for found, alias in _short_forms(reg, b.munis, by_name, b.names):
        by_name[_key(alias)].append(found)
    admin2_by_name: dict[tuple[str, str], list[Admin2]] = defaultdict(list)
    for a2 in b.admin2.values():
        admin2_by_name[(a2.country, _key(a2.name))].append(a2)
    hasc = {
        code.upper(): a
        for a in b.admin1
        for code in [reg.countries[a.country].admin1_hasc.get(a.iso, "")]
        if code
    }
    return Gazetteer(
        municipalities=b.munis,
        by_name=dict(by_name),
        by_code=by_code,
        admin1=b.admin1,
        admin1_by_name=dict(b.names),
        admin1_by_code={(a.country, a.code): a for a in b.admin1 if a.code},
        admin1_by_hasc=hasc,
        admin1_abbreviations=dict(b.abbreviations),
        admin1_table_numbers=dict(b.table_numbers),
        code_width=b.widths,
        admin2_by_name=dict(admin2_by_name),
        admin2_by_code=dict(b.admin2),
    )


def _short_forms(
    reg: CountryRegistry,
    munis: list[Municipality],
    by_name: Mapping[str, list[Municipality]],
    admin1_names: Mapping[str, list[Admin1]],
) -> list[tuple[Municipality, str]]:
    """Municipalities' names without their leading words (a country's
    ``municipalities.short_prefixes``: "San Pedro Tlaquepaque" -> "Tlaquepaque"), each kept
    only when it is one municipality's alone in its division, no place's name anywhere (a
    municipality's, an alias's or a division's), no everyday word and no first words of
    another municipality's name ("Tuxtla" is what "Tuxtla Gutiérrez" is called)."""
    common = _common_words()
    out: list[tuple[Municipality, str]] = []
    for country in reg:
        if not country.municipality_short_prefixes:
            continue
        prefix = re.compile(
            "^(?:" + "|".join(country.municipality_short_prefixes) + ")(?=[A-ZÁÉÍÓÚÑ])"
        )
        own = [m for m in munis if m.country == country.code]
        starts = {_key(m.name) for m in own}
        # every run of first words of a name ("tuxtla" of "tuxtla gutierrez"): a key is one
        # exactly when some name starts with it and a space (one set lookup per short form,
        # not a pass over every name)
        heads = {n[:i] for n in starts for i, ch in enumerate(n) if ch == " "}
        shorts: dict[tuple[str, str], list[tuple[Municipality, str]]] = defaultdict(list)
        for m in own:
            cut = prefix.match(m.name)
            if cut:
                rest = m.name[cut.end() :].strip()
                shorts[(m.admin1, _key(rest))].append((m, rest))
        for (_, k), found in shorts.items():
            if len(found) != 1 or k in by_name or k in admin1_names or len(k) < 5:
                continue
            if any(w in common for w in k.split()):
                continue  # "Santa Ana Maya", "San Ignacio Cerro Gordo"
            if k in heads:
                continue
            out.append(found[0])
    return out


_CACHE: dict[int, Gazetteer] = {}


def gazetteer() -> Gazetteer:
    """The gazetteer of the countries in use (shipped, plus the active workspace's)."""
    reg = registry()
    found = _CACHE.get(id(reg))
    if found is None:
        found = _CACHE[id(reg)] = build_gazetteer(reg)
    return found


def lookup_municipality(name: str, country: str = "", admin1: str = "") -> list[Municipality]:
    """Candidates for a written name, narrowed by country and state when known."""
    gaz = gazetteer()
    memo_key = ("m", name, country, admin1)
    if memo_key in gaz.memo:
        return list(gaz.memo[memo_key])
    return gaz.remember(memo_key, _lookup_municipality(gaz, name, country, admin1))


def _lookup_municipality(
    gaz: Gazetteer, name: str, country: str, admin1: str
) -> list[Municipality]:
    key = _key(name)
    keys = [key]
    if key.startswith(_PREFIXES):  # one test for most names, which start with none
        keys += [key[len(p) :] for p in _PREFIXES if key.startswith(p)]
    for k in keys:
        found = gaz.by_name.get(k, [])
        if country:
            found = [m for m in found if m.country == country]
        if admin1:
            found = [m for m in found if m.admin1 == admin1]
        if found:
            return found
    return []


def lookup_district(name: str, country: str) -> list[Municipality]:
    """A written name that is a first-level division's only municipality (Colombia's Bogotá,
    the Capital District, CO-DC): a capital district no department holds, wherever a table
    lists it (Colombia's police writes "Bogotá D.C. (CT)" under "CUNDINAMARCA")."""
    gaz = gazetteer()
    memo_key = ("d", name, country, "")
    if memo_key in gaz.memo:
        return list(gaz.memo[memo_key])
    sizes_key = ("d#", country, "", "")
    if sizes_key not in gaz.memo:
        gaz.memo[sizes_key] = [
            Counter(m.admin1 for m in gaz.municipalities if m.country == country)
        ]
    sizes = gaz.memo[sizes_key][0]
    found = [m for m in _lookup_municipality(gaz, name, country, "") if sizes[m.admin1] == 1]
    return gaz.remember(memo_key, found)


def lookup_admin2(name: str, country: str, admin1: str = "") -> list[Admin2]:
    """The divisions between admin1 and the municipal level a written name may mean (Peru's
    province "Chiclayo"), inside a region when one is known; [] where the country's gazetteer
    does not name them."""
    gaz = gazetteer()
    key = _key(name)
    keys = [key] + [key[len(p) :] for p in _ADMIN2_PREFIXES if key.startswith(p)]
    for k in keys:
        found = [
            a for a in gaz.admin2_by_name.get((country, k), []) if not admin1 or a.admin1 == admin1
        ]
        if found:
            return found
    return []


def admin2_of_code(country: str, code: str) -> Admin2 | None:
    """The admin2 division an official code names: its own code ("1401") or a municipality's
    ("140101"), by the country's ``levels.admin2_prefix``."""
    from genero_etl.countries import registry

    reg = registry()
    prefix = reg.get(country).levels.admin2_prefix if country in reg else 0
    if not prefix or len(code) < prefix or not code.isdigit():
        return None
    return gazetteer().admin2_by_code.get((country, code[:prefix]))


def admin2_holds(admin2: Admin2, municipality_code: str) -> bool:
    """Is a municipality (by its code) inside this admin2 division?"""
    return municipality_code.startswith(admin2.code)


def lookup_admin1(name: str, country: str = "") -> list[Admin1]:
    """First-level subdivisions a written name, abbreviation or code may mean.

    Accepts names in any spelling (accents, case, punctuation folded), aliases
    ("CABA", "Lima Metropolitana"), exact abbreviations ("Chih.", "BCS"), ISO 3166-2
    ("PE-LIM"), HASC ("PE.LI") and, with a country, national codes ("15", "5").
    Several candidates are returned when the name exists in several countries.
    """
    gaz = gazetteer()
    memo_key = ("a", name, country, "")
    if memo_key in gaz.memo:
        return list(gaz.memo[memo_key])
    return gaz.remember(memo_key, _lookup_admin1(gaz, name, country))


def _lookup_admin1(gaz: Gazetteer, name: str, country: str) -> list[Admin1]:
    text = name.strip()
    found: list[Admin1] = []
    if _ISO.match(text):
        admin = gaz.admin1_by_iso(text)
        found = [admin] if admin else []
    elif _HASC.match(text):
        admin = gaz.admin1_by_hasc.get(text.upper())
        found = [admin] if admin else []
    elif text.isdigit():
        found = [
            a
            for (c, code), a in gaz.admin1_by_code.items()
            if (not country or c == country) and code.lstrip("0") == text.lstrip("0")
        ]
        return found
    if not found:
        found = list(gaz.admin1_abbreviations.get(text, []))
    if not found:
        key = _key(text)
        keys = [key]
        if key.startswith(_ADMIN1_PREFIXES):
            keys += [key[len(p) :] for p in _ADMIN1_PREFIXES if key.startswith(p)]
        for k in keys:
            found = gaz.admin1_by_name.get(k, [])
            if country:
                found = [a for a in found if a.country == country]
            if found:
                break
    return [a for a in found if not country or a.country == country]


_REGION_WORD = re.compile(r"\b(?:regi[oó]n|reg\.)(?:\s+|$)|[ºª°]", re.IGNORECASE)


def _number_key(text: str) -> str:
    """ "Región VIII", "VIII Región", "VIIIª" -> "VIII": the number a table writes."""
    return _REGION_WORD.sub(" ", text).strip(" .").upper()


def lookup_admin1_number(text: str, country: str = "") -> list[Admin1]:
    """First-level subdivisions a table's place cell may mean by their number (Chile's
    "VIII"). Only for a column already known to hold places: never for a text's words."""
    key = _number_key(text)
    numbers = gazetteer().admin1_table_numbers
    found = numbers.get(key, [])
    if not found and " " in key:  # "IX Araucanía": the number and the name of one region
        head, rest = key.split(" ", 1)
        named = lookup_admin1(rest, country)
        found = [a for a in numbers.get(head, []) if a in named]
    return [a for a in found if not country or a.country == country]


def _place(m: Municipality) -> Place:
    return Place(m.country, m.admin1, m.admin1_name, m.name, m.code)


def places_from_code(code: str, country: str = "") -> list[Place]:
    """Municipalities with this official code, in one country or in every known one.

    Codes that lost their leading zeros ("10101" for UBIGEO 010101, "5001" for DANE
    05001) are padded to the width of each country's code.
    """
    gaz = gazetteer()
    countries = [country.upper()] if country else sorted(gaz.code_width)
    out: list[Place] = []
    for cc in countries:
        clean = _clean_code(code, gaz.code_width.get(cc, 0))
        m = gaz.by_code.get((cc, clean)) if clean else None
        if m is not None:
            out.append(_place(m))
    return out


def place_from_code(country: str, code: str) -> Place | None:
    """The municipality with this code; with no country, only when one country has it."""
    found = places_from_code(code, country)
    return found[0] if len(found) == 1 else None


# --- inference from a document's text -----------------------------------------------

_NAME_RUN = (
    r"((?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ.]*)(?:\s+(?:de\s+|del\s+|la\s+|los\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*){0,4})"
)


@dataclass(frozen=True, slots=True)
class _PlaceCues:
    strong: re.Pattern[str]  # "Municipalidad de Miraflores", "Ayuntamiento de Zapopan"
    office_of: re.Pattern[str]  # "Instituto Municipal de las Mujeres de Zapopan"


@per_active_lexicon
def _place_cues(lex: SpanishLexicon) -> _PlaceCues:
    """The words before a report's own municipality (lexicon ``document.place_heads``,
    ``document.office_place_topics`` and ``document.office_place_links``)."""
    from genero_etl.extract.cues import phrase_pattern

    def words(name: str) -> str:
        return phrase_pattern(lex.words("document", name))

    return _PlaceCues(
        re.compile(rf"(?:{words('place_heads')})\s+(?:de\s+|del\s+)?{_NAME_RUN}", re.IGNORECASE),
        re.compile(
            rf"(?:{words('office_place_topics')})\s+(?:{words('office_place_links')})\s+{_NAME_RUN}",
            re.IGNORECASE,
        ),
    )


def names_own_municipality(text: str, place: Place) -> bool:
    """``text`` names ``place``'s municipality as its own government does ("Municipio de
    Mérida", "Ayuntamiento de Zapopan", "Instituto Municipal de las Mujeres de Zapopan"):
    the office that wrote a table of that municipality's figures."""
    if not place.municipality_code or not place.municipality:
        return False
    own = _key(place.municipality)
    cues = _place_cues()
    for m in (*cues.strong.finditer(text), *cues.office_of.finditer(text)):
        words = m.group(1).split()
        if any(_key(" ".join(words[:size])) == own for size in range(len(words), 0, -1)):
            return True
    return False


_CONNECTORS = {"de", "del", "la", "los", "las"}
# a capitalised word, or two joined by a hyphen ("Ngäbe-Buglé", "Emberá-Wounaan")
_CAPWORD = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:-[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?"
_CAPWORDS = re.compile(rf"{_CAPWORD}(?:\s+(?:de\s+|del\s+|la\s+|los\s+)?{_CAPWORD}){{0,3}}")
# a dateline's town and its division, by name or abbreviation: "Tijuana, BC.", "Los Mochis,
# Sinaloa"
_TOWN_DIVISION = re.compile(
    rf"({_CAPWORD}(?:\s+(?:de\s+|del\s+|la\s+|los\s+)?{_CAPWORD}){{0,3}}),\s+"
    rf"((?:[A-ZÁÉÍÓÚÑ]\.?){{2,4}}(?![\wáéíóúñ])|{_CAPWORD}(?:\s+{_CAPWORD}){{0,2}})"
)
# between two words of one name: "Rosario de la Frontera", "San Cristóbal de las Casas"
_JOIN = r"(?:de\s+(?:la\s+|las\s+|los\s+)?|del\s+|la\s+|los\s+)?"
# the runs the country's evidence is read in (``joined_runs_with_context``), whose names are
# matched whole, at any word: "1 en Rosario de la Frontera" names one department
_CAPWORDS_JOINED = re.compile(rf"{_CAPWORD}(?:\s+{_JOIN}{_CAPWORD}){{0,3}}")
# For the provinces a text names, the whole run: "el Gobierno Autónomo Municipal de La Paz"
# cut after four words would part "La" from "Paz"
_CAPWORDS_LONG = re.compile(rf"{_CAPWORD}(?:\s+{_JOIN}{_CAPWORD}){{0,9}}")


@dataclass(slots=True)
class PlaceGuess:
    place: Place
    ambiguous_name: str = ""
    candidates: tuple[Municipality, ...] = ()
    country: CountryGuess | None = None


@per_active_lexicon
def _street_before(lex: SpanishLexicon) -> re.Pattern[str]:
    """Words after which a capitalised name is a street (the active lexicon's street cues)."""
    words = lex.words("never_values", "street", "before")
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})\s*$", re.IGNORECASE)


@per_active_lexicon
def _outlet(lex: SpanishLexicon) -> tuple[re.Pattern[str], frozenset[str]]:
    """Words after which (or opening a run with which) a division's name names a newspaper,
    a station or an agency (the active lexicon's ``scope.outlets``): "el diario Granma"."""
    words = lex.words("scope", "outlets")
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    before = re.compile(rf"(?<!\w)(?:{alternatives or '(?!)'})\s*$", re.IGNORECASE)
    return before, frozenset(fold(w) for w in words)


_OF = frozenset({"de", "del"})


@per_active_lexicon
def _named_institution(lex: SpanishLexicon) -> frozenset[str]:
    """Words that open the name of a hospital, a school or a church (the active lexicon's
    ``scope.named_institutions``): "Hospital San Juan Bautista"."""
    return frozenset(fold(w) for w in lex.words("scope", "named_institutions"))


def _admin1_mentions(text: str) -> Counter[str]:
    """States/provinces named in the text, e.g. "el estado de Chihuahua", "Miraflores, Lima
    Metropolitana": the longest name at each place of a run of capitalised words (not a
    street's, nor a newspaper's or a station's: "el diario Granma", "Radio Santa Cruz"); a
    locality of a division the text names otherwise (``localities_named``) counts for that
    division, never for a division its name also holds ("Ciudad Bolívar" in a Bogotá text)."""
    return _mentions_and_localities(text)[0]


def localities_named(text: str) -> frozenset[str]:
    """The folded names of the localities (the country files' ``admin1.localities``: Bogotá's
    twenty) that ``text`` names and whose division it names by another name too: "Ciudad
    Bolívar, una de las localidades ... de la capital" beside "el sur de Bogotá". Such a name is
    the division's locality, no homonym municipality elsewhere (Antioquia's Ciudad Bolívar)."""
    return _mentions_and_localities(text)[1]


@lru_cache(maxsize=8)
def _locality_names(reg: CountryRegistry) -> dict[str, str]:
    """Folded locality name -> the ISO 3166-2 of the division holding it (``admin1.localities``)."""
    names: dict[str, str] = {}
    for country in reg:
        for iso, listed in country.admin1_localities.items():
            for name in listed:
                names[_key(name)] = iso
    return names


def locality_region(name: str, country: str) -> str:
    """The ISO 3166-2 of the division whose locality ``name`` is (the country file's
    ``admin1.localities``: Bogotá's "USAQUEN" is CO-DC's), '' when it is none of ``country``."""
    iso = _locality_names(registry()).get(_key(name), "")
    return iso if iso.startswith(f"{country}-") else ""


def _locality_spans(words: list[str], names: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """The spans of a run of capitalised words that are a locality's name, longest first at
    each word: (start, end, division)."""
    spans: list[tuple[int, int, str]] = []
    start = 0
    while start < len(words):
        for end in range(min(len(words), start + 4), start, -1):
            iso = names.get(_key(" ".join(words[start:end])))
            if iso is not None:
                spans.append((start, end, iso))
                start = end
                break
        else:
            start += 1
    return spans


def _without_persons(text: str, *, surname_only: bool = False) -> str:
    """``text`` with the names of persons the privacy screen finds blanked (a place that reads
    like a person's name, "Francisco Morazán", stays); with ``surname_only``, only the names of
    two words, a given name and one surname ("Mayra Mendoza")."""
    from genero_etl.normalize.privacy import person_names

    spans = person_names(text)
    if surname_only:
        spans = [(start, end) for start, end in spans if len(text[start:end].split()) == 2]
    if not spans:
        return text
    out: list[str] = []
    at = 0
    for start, end in sorted(spans):
        if start < at:
            continue
        out.append(text[at:start])
        out.append(" " * (end - start))
        at = end
    out.append(text[at:])
    return "".join(out)


def _mentions_and_localities(text: str) -> tuple[Counter[str], frozenset[str]]:
    """The divisions and localities ``text`` names; when persons' surnames are its only
    divisions ("la directora de Secretaría del Ministerio ..., Fernanda Maldonado" in a national
    campaign's note) it names none. (Blanking the persons of a text that names other divisions
    too was tried: "Francisco de Paula Santander" then left Bogotá, the police school's city, to
    national figures; such texts keep the reading they had.)"""
    blanked = _without_persons(text)
    if blanked != text:
        found = _divisions_and_localities(blanked)
        if not found[0]:
            return found
        named = _without_persons(text, surname_only=True)
        if named != text:
            # "La intendenta de Quilmes, Mayra Mendoza, recibió ... a la subsecretaria ... de la
            # provincia de Buenos Aires": a person named by a given name and one surname names
            # no division by that surname when the text names the division it is about as a
            # division ("la provincia de", "el estado de"); a longer name stays read
            # ("Francisco de Paula Santander", the police school's), and so does a text naming
            # its other divisions bare (a first try without that gave national figures of
            # another part a division)
            found = _divisions_and_localities(named)
            if found[0] and said_as_division(named, found[0].most_common(1)[0][0]):
                return found
    return _divisions_and_localities(text)


_LEVEL_BEFORE = re.compile(
    r"\b(?:provincia|estado|departamento|region|entidad)\s+(?:de|del)\s+(?:la\s+|el\s+)?$"
)


def said_as_division(text: str, iso: str) -> bool:
    """Whether ``text`` writes the division ``iso`` after its level's word ("provincia de
    Buenos Aires", "estado de Oaxaca")."""
    division = gazetteer().admin1_by_iso(iso)
    if division is None:
        return False
    folded = fold(text)
    name = fold(division.name)
    for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", folded):
        if _LEVEL_BEFORE.search(folded, max(0, m.start() - 40), m.start()):
            return True
    return False


def _divisions_and_localities(text: str) -> tuple[Counter[str], frozenset[str]]:
    names = _locality_names(registry())
    mentions: Counter[str] = Counter()
    # runs holding a locality's name: their divisions read with the locality (as written)
    # and without it (the locality set aside), chosen once the whole text is read
    with_localities: list[tuple[list[str], list[tuple[int, int, str]]]] = []
    street = _street_before()
    outlet, outlet_words = _outlet()
    for before, words in capitalised_runs_with_context(text, _CAPWORDS_LONG):
        if street.search(before):
            continue  # "Av. Corrientes 1234" is a street, not the province
        if outlet.search(before) or fold(words[0]) in outlet_words:
            continue  # "el diario Granma" is a newspaper, not the province
        if len(words) > 1 and fold(words[0]) in _named_institution() and fold(words[1]) not in _OF:
            # "Hospital San Juan Bautista" is a hospital's name, not the province; a place
            # after its "de" stays ("Escuela Superior de Policía de Córdoba")
            words = words[next((i for i, w in enumerate(words) if fold(w) in _OF), len(words)) :]
            if not words:
                continue
        if len(words) > 2 and fold(words[0]) == "republica" and words[1].lower() in {"de", "del"}:
            continue  # "República de Guatemala" names the country, not its department
        words = _after_municipality(before, words)
        spans = _locality_spans(words, names) if names else []
        if spans:
            with_localities.append((words, spans))
            continue
        mentions.update(_admin1_in_run(words))
    named: set[str] = set()
    for words, spans in with_localities:
        if not any(mentions[iso] for _, _, iso in spans):
            mentions.update(_admin1_in_run(words))  # a homonym's: the division elsewhere
            continue
        at = 0
        for start, end, iso in spans:
            if mentions[iso]:
                mentions.update(_admin1_in_run(words[at:start]))
                mentions[iso] += 1
                named.add(_key(" ".join(words[start:end])))
            else:
                mentions.update(_admin1_in_run(words[at:end]))
            at = end
        mentions.update(_admin1_in_run(words[at:]))
    return mentions, frozenset(named)


def _after_municipality(before: str, words: list[str]) -> list[str]:
    """A run's words without a name a municipality's word leads ("el municipio Sucre",
    "Municipio Sucre del Estado Zulia": Zulia stays) when a municipality of that name lies
    outside the division of the same name (lexicon ``document.municipality_words``)."""
    lead, lead_words = _municipality_lead()
    at = 0
    if words and fold(words[0]) in lead_words:
        at = 1
    elif not lead.search(before):
        return words
    while at < len(words) and words[at] in _CONNECTORS:
        at += 1
    if at >= len(words):
        return words
    name = words[at]
    if any(_division_elsewhere(name, m) for m in lookup_municipality(name)):
        return words[:at] + words[at + 1 :] if at else words[at + 1 :]
    return words


@per_active_lexicon
def _municipality_lead(lex: SpanishLexicon) -> tuple[re.Pattern[str], frozenset[str]]:
    """The words after which a name is a municipality's (``document.municipality_words``)."""
    words = lex.words("document", "municipality_words")
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    before = re.compile(rf"(?<!\w)(?:{alternatives or '(?!)'})\s+(?:de\s+|del\s+)?$", re.I)
    return before, frozenset(fold(w) for w in words)


def divisions_named(text: str) -> Counter[str]:
    """ISO codes of the first-level divisions a text names, with how often (the gazetteer's
    names and aliases; streets and "República de ..." are not divisions)."""
    return _admin1_mentions(text)


def _admin1_in_run(words: list[str]) -> list[str]:
    """ISO codes of the subdivisions a run of capitalised words names, one per mention: the
    longest name at each place. Runs repeat from report to report (letterheads, offices),
    so each distinct run is read once (remembered by the gazetteer, like its lookups)."""
    gaz = gazetteer()
    memo_key = ("run", " ".join(words), "", "")
    remembered = gaz.memo.get(memo_key)
    if remembered is not None:
        return remembered
    isos: list[str] = []
    start = 0
    while start < len(words):
        if words[start] in _CONNECTORS:  # "VII de Managua": on to "Managua" ("La Paz",
            start += 1  # "Los Ríos" written with a capital are names)
            continue
        for end in _admin1_ends(gaz, words, start):  # the longest name first
            found = lookup_admin1(" ".join(words[start:end]))
            if found:
                isos.extend(a.iso for a in found)
                start = end
                break
        else:
            start += 1
    return gaz.remember(memo_key, isos)


def _admin1_ends(gaz: Gazetteer, words: list[str], start: int) -> list[int]:
    """The ends, longest first, of the spans ``words[start:end]`` that ``lookup_admin1`` may
    find: a folded name (after a division's word or not) or an abbreviation as written, found
    by walking the gazetteer's tries word by word; one word shaped as a code (ISO, HASC,
    digits). Any other span it finds nothing for, so only these are looked up."""
    folded, written = gaz.admin1_tries()
    ends = set(name_ends(words, start, folded))
    node: dict[str, Any] | None = written
    for at in range(start, len(words)):
        node = node.get(words[at]) if node is not None else None
        if node is None:
            break
        if NAME_END in node:
            ends.add(at + 1)
    word = words[start]
    if _ISO.match(word) or _HASC.match(word) or word.isdigit():
        ends.add(start + 1)
    return sorted(ends, reverse=True)


def _division_elsewhere(name: str, municipality: Municipality) -> bool:
    """``name`` is the own name (not an abbreviation or a code) of a first-level division of
    the municipality's country other than the one the municipality lies in."""
    named = {
        a.iso
        for a in gazetteer().admin1_by_name.get(_key(name), [])
        if a.country == municipality.country
    }
    return bool(named) and municipality.admin1 not in named


def infer_place(text: str, country_hint: str = "", admin1_hint: str = "") -> PlaceGuess:
    """Best guess of the reporting municipality, or what made it impossible.

    The country is never a default: it comes from the hint, from a municipality the text
    names, or from the evidence :func:`infer_country` weighs; else it stays empty.
    """
    text = text[
        :200_000
    ]  # who writes a report says so early; a huge file need not be scanned whole
    cue_score = scan_cues(text)
    admin1_mentions, localities = _mentions_and_localities(text)
    scores: Counter[tuple[str, str]] = Counter()  # (country, code) -> weight
    ambiguous: dict[str, list[Municipality]] = {}
    country_guess: list[CountryGuess] = []

    def evidence() -> CountryGuess:
        if not country_guess:
            country_guess.append(infer_country([text]))
        return country_guess[0]

    gaz = gazetteer()

    def consider(name: str, weight: int, municipal: bool = False) -> None:
        # most capitalised runs of a letterhead name no municipality at any length: such a
        # run is remembered (by the gazetteer, like its lookups) and not looked up again
        miss_key = (
            "no municipality", name, f"{weight == 1}|{municipal}", f"{country_hint}|{admin1_hint}"
        )  # fmt: skip
        if miss_key in gaz.memo:
            return
        if not _consider(name, weight, municipal):
            gaz.remember(miss_key, [])

    def _consider(name: str, weight: int, municipal: bool) -> bool:
        """Whether any leading words of ``name`` are a municipality's name (then weighed)."""
        words = name.split()
        for size in range(min(5, len(words)), 0, -1):
            candidate = " ".join(words[:size])
            if weight == 1 and _common_word(candidate):
                continue  # "en el Centro Histórico": a capitalised everyday word, not "Centro"
            if _key(candidate) in localities:
                return True  # a locality of a division the text names: no municipality
            found = lookup_municipality(candidate, country_hint, admin1_hint)
            if found:
                # "casos de violencia contra mujeres en La Libertad" in a Peruvian text is the
                # region La Libertad, not Áncash's district of that name: a name that is a
                # first-level division's own name in a municipality's country is read as that
                # division, unless the municipality lies in it
                if not municipal:  # "el municipio Sucre" is a municipio, whatever else
                    found = [m for m in found if not _division_elsewhere(candidate, m)]
                if not found:
                    return True
                if len(found) > 1:
                    narrowed = [m for m in found if admin1_mentions[m.admin1]]
                    # a division of another country than the text's ("Colón" in a Peruvian
                    # text) does not pick that country's "Trujillo"
                    if len(narrowed) == 1 and (
                        len({m.country for m in found}) == 1
                        or evidence().code in ("", narrowed[0].country)
                    ):
                        found = narrowed
                if len({m.country for m in found}) > 1 and evidence().code:
                    # "Jesús María" is in Peru, Mexico and Argentina: the text's country decides,
                    # and another country's municipalities are no candidates ("San Miguel" in a
                    # Salvadoran text is none of Argentina's, Chile's or Peru's)
                    found = [m for m in found if m.country == evidence().code]
                    if not found:
                        return True
                elif (
                    len(found) > 1
                    and not country_hint
                    and evidence().code not in ("", found[0].country)
                ):
                    # two Peruvian districts named "Asunción" in a Paraguayan text: neither
                    return True
                if len(found) == 1:
                    if weight < 4 and is_capital(found[0].country, found[0].code):
                        return True  # "en el Distrito Central": where national offices sit
                    scores[(found[0].country, found[0].code)] += weight
                else:
                    ambiguous[candidate] = found
                return True
        return False

    head = "\n".join(text.splitlines()[:40])
    cues = _place_cues()
    lead_words = _municipality_lead()[1]
    for m in cues.strong.finditer(text):
        municipal = fold(m.group(0).split(None, 1)[0]) in lead_words
        name = m.group(1)
        first, _, rest = name.partition(" ")
        if rest and fold(first) in lead_words:
            # "Alcaldía del Municipio Chacao": the municipality's word, then its name
            name, municipal = rest, True
        whole = f"{m.group(0)[: m.start(1) - m.start()].strip()} {name}"
        if (
            whole.split()[0][:1].isupper()
            and not lookup_admin1(name.split()[0], country_hint)
            and lookup_municipality(" ".join(whole.split()[:2]), country_hint, admin1_hint)
        ):
            # "Instituto de la Mujer de Ciudad Madero": the head word begins the
            # municipality's own name (Tamaulipas' "Ciudad Madero", not Michoacán's "Madero");
            # a division's name after it stays the division's ("Ciudad Bolívar" in a Bogotá
            # text is a locality, not Antioquia's municipality)
            name = whole
        consider(name, 6 if m.start() < len(head) else 4, municipal)
    for m in cues.office_of.finditer(head):
        if m.group(1)[:1].isupper():
            consider(m.group(1), 4)
    street = _street_before()
    for m in _CAPWORDS.finditer(head):
        if street.search(head[max(0, m.start() - 40) : m.start()]):
            continue  # "Contacto: calle Belgrano 888" names a street, not a municipality
        consider(m.group(0), 1)
    for m in _TOWN_DIVISION.finditer(head):
        # "Tijuana, BC., a 15 de abril": a municipality followed by its own division is the
        # dateline's place, each name confirming the other (a municipality named alone in a
        # line is only a capitalised run)
        named = m.group(2)
        divisions = {
            a.iso for form in {named, named.rstrip(".")} for a in lookup_admin1(form, country_hint)
        }
        if not divisions:
            continue
        for town in lookup_municipality(m.group(1), country_hint, admin1_hint):
            if town.admin1 in divisions:
                scores[(town.country, town.code)] += 3
    if scores and not country_hint and evidence().code:
        # a surname or a street that matches another country's municipality ("Maura Escobar"
        # in a Nicaraguan text) is not the place: the evidence has settled the country
        scores = Counter({k: w for k, w in scores.items() if k[0] == evidence().code})
    # the country the user states or the evidence settles: cue words other countries share
    # ("alcaldía", "comuna", Chile's and Colombia's alike) make none of its municipalities foreign
    settled = country_hint or (evidence().code if scores else "")
    best = _best_municipality(scores, cue_score, settled)
    if best is not None:
        chosen = gazetteer().by_code[best]
        return PlaceGuess(
            Place(
                chosen.country,
                chosen.admin1,
                chosen.admin1_name,
                chosen.name,
                chosen.code,
                "inferred",
            )
        )
    guess = None if country_hint else evidence()
    country = country_hint or (guess.code if guess else "")
    admin1 = ""
    admin1_name = ""
    within = Counter({iso: n for iso, n in admin1_mentions.items() if iso[:2] == country})
    if within:
        top = within.most_common(1)[0][0]
        as_division = _as_a_division(text, country, top)
        if as_division is not None and as_division < within[top]:
            # "Panamá", "México" named bare more often than any division: the country's name,
            # so the report names no division of its own ("la provincia de Panamá" would)
            within = Counter({top: as_division}) if as_division else Counter()
    if country and within:
        iso = _the_capitals_if_tied(within, country)
        mentioned = gazetteer().admin1_by_iso(iso)
        if mentioned is not None:
            admin1, admin1_name = mentioned.iso, mentioned.name
    elif country and not admin1_hint:
        said = gazetteer().admin1_by_iso(division_of_evidence(evidence(), country))
        if said is not None:
            admin1, admin1_name = said.iso, said.name
    place = Place(
        country=country,
        admin1=admin1,
        admin1_name=admin1_name,
        method="inferred" if country else "",
    )
    if ambiguous:
        name, found = next(iter(ambiguous.items()))
        return PlaceGuess(place, ambiguous_name=name, candidates=tuple(found), country=guess)
    return PlaceGuess(place, country=guess)


def _the_capitals_if_tied(within: Counter[str], country: str) -> str:
    """The division a text names most; of the only two it names, as often, the capital's (the
    country file's ``admin1.capital``) when the other's own name names it too: "solo en Lima"
    is the city, Lima Metropolitana (PE-LMA), not the region of Lima (PE-LIM), whose name it
    shares. Beside other divisions ("Lima ..., seguida de Arequipa (11) y Junín (11)") the name
    is one of the country's departments, and the first named stays."""
    ranked = within.most_common(3)
    iso = ranked[0][0]
    if len(ranked) != 2 or ranked[0][1] != ranked[1][1]:
        return iso
    found = registry().countries.get(country)
    capital = found.admin1_capital if found is not None else ""
    other = gazetteer().admin1_by_iso(iso)
    if (
        capital
        and ranked[1][0] == capital
        and other is not None
        and any(a.iso == capital for a in lookup_admin1(other.name, country))
    ):
        return capital
    return iso


# the words that say a name is a first-level division's: "el Estado de México", "la provincia
# de Panamá", "el departamento de Guatemala"
_DIVISION_WORDS = r"(?:estado|provincia|departamento|entidad|region)\s+(?:de\s+|del\s+)?"


def _as_a_division(text: str, country: str, iso: str) -> int | None:
    """For the division that bears its country's own name (Mexico's México, Panama's Panamá,
    Guatemala's Guatemala): how often ``text`` names it as a division, after a division's word
    ("la provincia de Panamá") or by another of its names ("Edomex"); the bare name is the
    country ("10,115 denuncias de violencia doméstica en Panamá"). None for any other
    division."""
    found = registry().countries.get(country)
    division = gazetteer().admin1_by_iso(iso)
    if found is None or division is None or _key(division.name) != _key(found.name_es):
        return None
    folded = fold(text)
    name = re.escape(fold(division.name))
    said = {m.end() for m in re.finditer(rf"(?<!\w){_DIVISION_WORDS}{name}(?!\w)", folded)}
    for alias in found.admin1_aliases.get(iso, ()):
        if _key(alias) != _key(division.name):
            pattern = rf"(?<!\w){re.escape(fold(alias))}(?!\w)"
            said.update(m.end() for m in re.finditer(pattern, folded))
    return len(said)


def division_of_evidence(guess: CountryGuess, country: str) -> str:
    """The one first-level division of ``country`` that the evidence says without naming it
    (its offices, laws, demonyms, cities: ``admin1.evidence`` of the country files; its
    abbreviation, "Chih."), or that two or more municipalities of unique name named in the
    text all lie in; "" when none, several, or a municipality named lies in another."""
    said = {
        code
        for cc, kind, code in guess.places
        if cc == country and kind in {"admin1_evidence", "abbreviation"}
    }
    gaz = gazetteer()
    named = [
        gaz.by_code[(country, code)]
        for cc, kind, code in guess.places
        if cc == country and kind == "municipality" and (country, code) in gaz.by_code
    ]
    # a name several municipalities share ("Cuauhtémoc") says no division
    codes = {m.code for m in named if len(gaz.by_name.get(_key(m.name), ())) == 1}
    holding = {gaz.by_code[(country, c)].admin1 for c in codes}
    if len(said) == 1:
        return next(iter(said)) if holding <= said else ""
    if not said and len(codes) >= 2 and len(holding) == 1:
        return next(iter(holding))
    return ""


def _best_municipality(
    scores: Counter[tuple[str, str]], country_of: Counter[str], settled: str = ""
) -> tuple[str, str] | None:
    """The municipality named strongly enough; cues for the country break ties and filter
    street names that match far-away places, unless the country is ``settled`` (stated by the
    user, or weighed from the text's evidence by :func:`infer_country`)."""
    best: tuple[str, str] | None = None
    best_score = 0.0
    top_cue = max(country_of.values(), default=0)
    for key, weight in scores.items():
        cues = country_of.get(key[0], 0)
        score = weight + 0.5 * cues
        # named in passing with others of its country ("sus cuatro sedes —Matlapa, Matehuala,
        # Rioverde y la capital—"), a municipality is one of a list, not the report's place
        listed = any(other[0] == key[0] and other != key for other in scores)
        strong_enough = weight >= 4 or (weight >= 2 and cues >= 1 and not listed)
        # A name from another country than every cue says ("San Isidro, Jalisco") is not it.
        foreign = cues == 0 and top_cue >= 2 and key[0] != settled
        if strong_enough and not foreign and score > best_score:
            best, best_score = key, score
    return best


def division_capital(country: str, admin1: str) -> Municipality | None:
    """The capital municipality of the division ``admin1`` (its country file's
    ``admin1.capitals``), or None where the file names none."""
    found = registry().countries.get(country)
    code = found.admin1_capitals.get(admin1, "") if found else ""
    return gazetteer().by_code.get((country, code)) if code else None


def is_capital(country: str, code: str) -> bool:
    """Whether ``code`` is the municipality of ``country``'s capital or of a seat of its
    government (``municipalities.capital``, ``municipalities.seats`` in its file), where
    national offices sit."""
    from genero_etl.countries import registry

    found = registry().countries.get(country)
    return (
        bool(code)
        and found is not None
        and code in (found.capital_municipality, *found.government_seats)
    )


def _common_word(name: str) -> bool:
    """A one-word name that is first an everyday word ("Centro", "Paz")."""
    from genero_etl.normalize.country_guess import _common

    return _common(_key(name))


NamesByCountry = dict[str, dict[str, tuple[str, str]]]


def unique_place_names(by_country: NamesByCountry | None = None) -> dict[str, tuple[str, str, str]]:
    """Folded names that belong to one country only: key -> (country, kind, code), from
    ``by_country`` (``place_names_by_country()`` when not given).

    ``kind`` is "admin1" or "municipality". Used as evidence of a text's country.
    """
    return {
        key: (country, *place)
        for key, owners in (by_country or place_names_by_country()).items()
        if len(owners) == 1
        for country, place in owners.items()
    }


def shared_place_names(by_country: NamesByCountry | None = None) -> NamesByCountry:
    """Folded names that places of several countries have: key -> {country: (kind, code)}
    ("Providencia": a comuna of Santiago, a Colombian municipality and a Peruvian district)."""
    names = by_country or place_names_by_country()
    return {key: owners for key, owners in names.items() if len(owners) > 1}


def place_names_by_country() -> NamesByCountry:
    """Folded names -> {country: (kind, code)} of the first place of that name in each
    country, its division before its municipalities."""
    gaz = gazetteer()
    owners: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
    for key, admins in gaz.admin1_by_name.items():
        for a in admins:
            owners[key].setdefault(a.country, ("admin1", a.iso))
    for key, munis in gaz.by_name.items():
        for m in munis:
            owners[key].setdefault(m.country, ("municipality", m.code))
    return dict(owners)


def capitalised_runs(text: str) -> Iterable[list[str]]:
    """Runs of capitalised words (place-name shaped) within a line, as lists of words."""
    for _, words in capitalised_runs_with_context(text):
        yield words


def capitalised_runs_with_context(
    text: str, pattern: re.Pattern[str] = _CAPWORDS
) -> Iterable[tuple[str, list[str]]]:
    """Each run of capitalised words with the text before it on its line (up to 40 chars)."""
    for m in pattern.finditer(text):
        start = m.start()
        line_start = text.rfind("\n", max(0, start - 40), start) + 1
        before = text[max(line_start, start - 40) : start]
        run = m.group(0)
        if "\n" not in run:  # most runs: one line, never blank (a capitalised word first)
            yield before, run.split()
            continue
        for line in run.split("\n"):
            if line.strip():
                yield before, line.split()
            before = ""


def joined_runs_with_context(text: str) -> Iterable[tuple[str, list[str]]]:
    """``capitalised_runs_with_context`` with "de la", "de las", "de los" inside a run
    ("Rosario de la Frontera"): the runs a text's country and division are read in."""
    return capitalised_runs_with_context(text, _CAPWORDS_JOINED)


def key(name: str) -> str:
    """The folded form names are matched by (public for the evidence scanner)."""
    return _key(name)
