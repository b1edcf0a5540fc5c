"""Places of a table's rows, and the table's country, from evidence only.

The country comes from what the user declared (``--country``, ``.meta.yaml``, a mapping),
else from the table itself: place names and codes in its place columns voted against the
gazetteers, a country column, HASC-style codes (``PE.AM``), then
``places.infer_country`` over the file's words where that function exists. Without
evidence the country stays empty and the file gets a warning; there is no default.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from genero_etl.countries import country_of_name as country_of_name
from genero_etl.model import Place
from genero_etl.normalize import places
from genero_etl.tabular import layout

_HASC = re.compile(r"^([A-Z]{2})\.[A-Z0-9]{2}$")
_ISO2 = re.compile(r"^([A-Z]{2})-[A-Z0-9]{1,3}$")


@dataclass(frozen=True, slots=True)
class CountryEvidence:
    code: str
    confidence: float
    evidence: str


def _admin1_countries(name: str) -> set[str]:
    found = places.lookup_admin1(name, "") or places.lookup_admin1_number(name)
    return {a.country for a in found}


def _municipality_countries(name: str) -> set[str]:
    return {m.country for m in places.lookup_municipality(name, "", "")}


def country_of_code(text: str) -> str:
    """ISO 3166-1 alpha-2 of an alpha-2 or alpha-3 code ("CRI", "cr"), '' if none."""
    code = text.strip().upper()
    if not re.fullmatch(r"[A-Z]{2,3}", code):
        return ""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry ships with the project's dependencies
        return ""
    db = pycountry.countries
    found = db.get(alpha_2=code) if len(code) == 2 else db.get(alpha_3=code)
    return str(found.alpha_2) if found else ""


def _level_votes(values: list[str], lookup: Any) -> Counter[str]:
    votes: Counter[str] = Counter()
    for value in values[:300]:
        hit = _HASC.match(value) or _ISO2.match(value)
        found = {hit.group(1)} if hit else lookup(value)
        if len(found) == 1:
            votes[next(iter(found))] += 1
    return votes


def vote_country(
    place_values: dict[str, list[str]],
    country_values: list[str],
    words: list[str],
    codes: list[str] | None = None,
) -> CountryEvidence | None:
    """The country most of the table's place values name (level -> distinct values).

    ``codes``: a municipality-code column's distinct values; when they fit the code shape of
    exactly one country, that country (after a country column and a vote of admin1 names).
    """
    votes: Counter[str] = Counter()
    seen = 0
    named = Counter(code for code in map(country_of_name, country_values) if code)
    if named:
        code, top = named.most_common(1)[0]
        if top >= 0.8 * len(country_values):  # a country column says it outright
            return CountryEvidence(code, 1.0, f"{top}/{len(country_values)} valores de país")
    # The coarsest level speaks first: a table's provinces or states that all belong to one
    # country settle it, whatever its municipality names also match elsewhere (many
    # Costa Rican cantons are also Mexican municipalities).
    admin1 = _level_votes(place_values.get("admin1", []), _admin1_countries)
    if admin1:
        code, top = admin1.most_common(1)[0]
        checked = len(place_values["admin1"][:300])
        if len(admin1) == 1 and top >= max(2, 0.6 * checked):
            return CountryEvidence(code, min(1.0, top / checked), f"{top}/{checked} lugares")
        # "Cochabamba, La Paz, Oruro, Santa Cruz": names several countries share ("La Paz",
        # "Santa Cruz") and names of one country only, all of them that one country's
        known = [found for found in map(_admin1_countries, place_values["admin1"][:300]) if found]
        common = set.intersection(*map(set, known)) if known else set()
        if len(admin1) == 1 and top >= 2 and len(known) >= 0.8 * checked and common == {code}:
            return CountryEvidence(code, len(known) / checked, f"{len(known)}/{checked} lugares")
    fits = countries_of_codes(codes[:300]) if codes else set()
    if len(fits) == 1:
        code = next(iter(fits))
        return CountryEvidence(code, 0.9, f"{len(set(codes or []))} códigos de municipio de {code}")
    if len(admin1) == 1 and codes:  # "LAMBAYEQUE" and its district 140101: two witnesses agree
        code = next(iter(admin1))
        inside = _codes_inside(code, place_values["admin1"], codes[:300])
        if inside:
            return CountryEvidence(code, 0.8, f"{len(set(codes))} códigos de municipio de {inside}")
    for level, values in place_values.items():
        lookup = _admin1_countries if level == "admin1" else _municipality_countries
        for value in values[:300]:
            hit = _HASC.match(value) or _ISO2.match(value)
            found = {hit.group(1)} if hit else lookup(value)
            if len(found) == 1:
                votes[next(iter(found))] += 1
            seen += 1
    named_in_title = _title_names(words)
    in_title = {code for kind, code in named_in_title if kind == "country"}
    if len(in_title) == 1 and set(votes) <= in_title:
        # "Mujeres atendidas por grupo de edad, El Salvador, 2022" over age groups: no place
        # value names a country, the title names one; or the places that name one name the
        # title's ("Antioquia" among municipalities no region list knows, under "Colombia")
        code = next(iter(in_title))
        return CountryEvidence(code, 0.9, "título")
    for kind, code in named_in_title:
        weight = 3 if kind == "country" else 1
        votes[code] += weight
        seen += weight
    if votes:
        code, top = votes.most_common(1)[0]
        if top >= max(2, 0.5 * seen) or (
            len(votes) == 1 and (top >= 0.5 * seen or not place_values)
        ):
            return CountryEvidence(code, min(1.0, top / max(seen, 1)), f"{top}/{seen} lugares")
    infer = getattr(places, "infer_country", None)
    if infer is not None and words:  # the place registry's own reading of the file's words
        guess = infer(words)
        code = str(getattr(guess, "code", "") or "")
        if code:
            return CountryEvidence(
                code, float(getattr(guess, "confidence", 0.5)), str(getattr(guess, "evidence", ""))
            )
    return None


def _codes_inside(country: str, names: list[str], codes: list[str]) -> str:
    """The regions (ISO 3166-2, comma-joined) a table names, where every municipality code of
    the table has the country's shape and one of those regions' prefix ("140101" in
    Lambayeque, PE-LAM, whose ubigeo is 14); '' where a code does not. One region name and one
    code are each too little to tell a country; together they say it."""
    regions = {a.iso for name in names[:300] for a in places.lookup_admin1(name, country)}
    digits = {re.sub(r"\D", "", c) for c in codes} - {""}
    if not regions or not digits:
        return ""
    for d in digits:
        reduced = reduce_code(country, d)
        if reduced is None or admin1_of_code(country, reduced) not in regions:
            return ""
    return ", ".join(sorted(regions))


_WORD_RUN = re.compile(
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+){0,3}"
)


def title_votes(texts: list[str]) -> Counter[str]:
    """Country names (3 votes) and state or province names (1 vote) written in a title."""
    votes: Counter[str] = Counter()
    for kind, code in _title_names(texts):
        votes[code] += 3 if kind == "country" else 1
    return votes


def _title_names(texts: list[str]) -> list[tuple[str, str]]:
    """("country", code) for each country name and ("admin1", code) for each state or
    province name of one country only, written in a title."""
    found: list[tuple[str, str]] = []
    for text in texts:
        for m in _WORD_RUN.finditer(text):
            words = m.group(0).split()
            for size in range(len(words), 0, -1):
                for start in range(0, len(words) - size + 1):
                    phrase = " ".join(words[start : start + size])
                    country = country_of_name(phrase)
                    if country:
                        found.append(("country", country))
                        continue
                    if len(phrase) > 3:
                        regions = _admin1_countries(phrase)
                        if len(regions) == 1:
                            found.append(("admin1", next(iter(regions))))
    return found


# Initials written with a space after each dot ("D. C.", "D. F."): gazetteers write "D.C."
_SPACED_INITIALS = re.compile(r"\b([^\W\d_])\.\s+(?=[^\W\d_]\.)")
# an article before a region's name, read only when the whole name is no place ("El Maule";
# "La Paz", "Los Lagos" are found whole first)
# the separators of a place written as its path of divisions ("Lima | Lima | Ate",
# "LIMA / LIMA / ATE", "Cusco > Cusco > Santiago"); a slash only between spaces
_PATH = re.compile(r"\s*[|>]\s*|\s+/\s+")
_BRACKETED_PART = re.compile(r"\s*([^()]+?)\s*\(\s*([^()]+?)\s*\)\s*")
_ARTICLE = re.compile(r"^\s*(?:el|la|los|las)\s+(?=\S)", re.IGNORECASE)


@cache
def _suffixes(country: str) -> re.Pattern[str] | None:
    from genero_etl.countries import registry

    info = registry().get(country) if country in registry() else None
    found = info.municipality_suffixes if info is not None else ()
    return re.compile("(?:" + "|".join(found) + ")", re.IGNORECASE) if found else None


def _without_suffixes(country: str, text: str) -> str:
    """A municipality's name without the tags the country's tables write after it
    (countries' ``municipalities.suffixes``: Colombia's police writes "BOGOTÁ D.C. (CT)")."""
    pattern = _suffixes(country)
    return pattern.sub("", text).strip() if pattern is not None else text


@dataclass(slots=True)
class Resolver:
    """Place names and codes of one country to places, once per distinct value."""

    country: str
    _admin1: dict[str, Place | None]
    _muni: dict[tuple[str, str], Place | None]
    _admin2: dict[tuple[str, str], places.Admin2 | None] = field(default_factory=dict)

    @classmethod
    def of(cls, country: str) -> Resolver:
        return cls(country, {}, {})

    def admin2(self, text: str, code: bool, admin1: str = "") -> places.Admin2 | None:
        """A division between the first level and the municipal one (Peru's province
        "CHICLAYO", its code "1401"), by the country's gazetteer; None when it is not one
        division of that level (never read at another level instead)."""
        key = (f"{int(code)}|{text}", admin1)
        if key not in self._admin2:
            self._admin2[key] = self._find_admin2(text, code, admin1)
        return self._admin2[key]

    def _find_admin2(self, text: str, code: bool, admin1: str) -> places.Admin2 | None:
        if not text or not self.country:
            return None
        if code or text.strip().isdigit():
            digits = re.sub(r"\D", "", text)
            from genero_etl.countries import registry

            width = registry().get(self.country).levels.admin2_prefix
            found = places.admin2_of_code(self.country, digits.zfill(width))
            if found is None or len(digits.zfill(width)) != width:
                return None
            return found if not admin1 or found.admin1 == admin1 else None
        hits = places.lookup_admin2(text, self.country, admin1)
        if not hits and layout.strip_marker(text) != text:
            hits = places.lookup_admin2(layout.strip_marker(text), self.country, admin1)
        return hits[0] if len(hits) == 1 else None

    def admin1(self, text: str, code: bool = False) -> Place | None:
        key = f"{int(code)}|{text}"
        if key not in self._admin1:
            self._admin1[key] = self._find_admin1(text, code)
        return self._admin1[key]

    def _find_admin1(self, text: str, code: bool) -> Place | None:
        if not text:
            return None
        hit = _ISO2.match(text.strip().upper())
        gaz = places.gazetteer()
        if hit:
            found = gaz.admin1_by_iso(text.strip().upper())
            return Place(found.country, found.iso, found.name, method="inferred") if found else None
        if not self.country:
            return None  # a name is only resolved within a known country ("Córdoba": AR or CO)
        if code or text.isdigit():
            digits = re.sub(r"\D", "", text)
            for a in gaz.admin1:
                if (
                    a.country == self.country
                    and a.code
                    and (a.code == digits or a.code == digits.zfill(2))
                ):
                    return Place(a.country, a.iso, a.name, method="inferred")
            return None
        hits = places.lookup_admin1(text, self.country)
        if not hits and layout.strip_marker(text) != text:  # "Lima 1/": a footnote marker
            hits = places.lookup_admin1(layout.strip_marker(text), self.country)
        if not hits and _SPACED_INITIALS.search(text):  # "BOGOTÁ, D. C." is "Bogotá, D.C."
            hits = places.lookup_admin1(_SPACED_INITIALS.sub(r"\1.", text), self.country)
        if not hits and _ARTICLE.match(text):  # "El Maule": the region of Maule
            hits = places.lookup_admin1(_ARTICLE.sub("", text), self.country)
        if not hits:  # a region's number in its place column (Chile's "VIII")
            hits = places.lookup_admin1_number(text, self.country)
        if not hits:  # "Panamá (San Miguelito)": a division with a place of its own inside
            hits = self._with_its_part(text)
        if len(hits) == 1 or (hits and len({h.iso for h in hits}) == 1):
            a = hits[0]
            return Place(a.country, a.iso, a.name, method="inferred")
        return None

    def _with_its_part(self, text: str) -> list[Any]:
        """A division's name followed by a part of it in brackets (Panamá's prosecutors:
        "Panamá (San Miguelito)", a district of the province of Panamá, beside "Panamá"): the
        division, when the brackets name no division of the country (then the row may be
        another division's, or two divisions')."""
        found = _BRACKETED_PART.fullmatch(text)
        if found is None:
            return []
        hits = places.lookup_admin1(found.group(1), self.country)
        if len({h.iso for h in hits}) != 1:
            return []
        inside = f" {layout.fold_label(found.group(2))} "
        for a in places.gazetteer().admin1:
            if a.country == self.country and f" {layout.fold_label(a.name)} " in inside:
                return []
        return hits

    def municipality(
        self, text: str, code: bool, width: int, admin1: str = "", admin2: str = ""
    ) -> Place | None:
        """``admin2``: the code of the division the row names between admin1 and the
        municipality (Peru's province "1401"): the municipality must lie inside it."""
        key = (f"{int(code)}|{width}|{text}|{admin2}", admin1)
        if key not in self._muni:
            self._muni[key] = self._find_municipality(text, code, width, admin1, admin2)
        return self._muni[key]

    def _find_municipality(
        self, text: str, code: bool, width: int, admin1: str, admin2: str = ""
    ) -> Place | None:
        if not text or not self.country:
            return None
        if code or text.isdigit():
            digits = re.sub(r"\D", "", text)
            padded = reduce_code(self.country, digits.zfill(width) if width else digits)
            found = places.place_from_code(self.country, padded) if padded else None
            if found is not None and admin2 and not found.municipality_code.startswith(admin2):
                return None  # a code outside the province the row names: not guessed
            return found

        def inside(found: list[places.Municipality]) -> list[places.Municipality]:
            return [m for m in found if m.code.startswith(admin2)] if admin2 else found

        hits = inside(places.lookup_municipality(text, self.country, admin1))
        if not hits and layout.strip_marker(text) != text:
            hits = inside(
                places.lookup_municipality(layout.strip_marker(text), self.country, admin1)
            )
        if not hits and _SPACED_INITIALS.search(text):
            hits = inside(
                places.lookup_municipality(_SPACED_INITIALS.sub(r"\1.", text), self.country, admin1)
            )
        if not hits and _PATH.search(text):
            hits = inside(self._on_path(text, admin1))
        if not hits and admin1 and not admin2:  # a capital district under the department
            hits = places.lookup_district(text, self.country)  # around it: Bogotá, CO-DC
        bare = _without_suffixes(self.country, text)
        if not hits and bare != text:  # "BOGOTÁ D.C. (CT)": the police's mark after a name
            return self._find_municipality(bare, code, width, admin1, admin2)
        if len(hits) == 1:
            m = hits[0]
            return Place(m.country, m.admin1, m.admin1_name, m.name, m.code, "inferred")
        return None

    def _on_path(self, text: str, admin1: str) -> list[places.Municipality]:
        """A municipality written with the divisions above it in one cell, first level
        first ("Lima | Lima | San Juan de Lurigancho", "Áncash | Santa | Chimbote"): the last
        name inside the first (and inside the middle one, where the gazetteer knows it). The
        first name must be a division of the country's first level: no path, no guess."""
        parts = [p.strip() for p in _PATH.split(text) if p.strip()]
        if not 2 <= len(parts) <= 3:
            return []
        tops = {a.iso for a in places.lookup_admin1(parts[0], self.country)}
        if admin1:
            tops &= {admin1}
        if not tops:
            return []
        middle = [a.code for a in places.lookup_admin2(parts[1], self.country) if a.admin1 in tops]
        found = [
            m
            for m in places.lookup_municipality(parts[-1], self.country)
            if m.admin1 in tops
            and (len(parts) < 3 or len(middle) != 1 or m.code.startswith(middle[0]))
        ]
        return found


@cache
def _code_shape(country: str) -> tuple[Any, frozenset[str]]:
    """The country's municipality-code shape and its admin1 codes (the codes' prefixes)."""
    from genero_etl.countries import registry

    reg = registry()
    if not country or country not in reg:
        return None, frozenset()
    found = reg.get(country)
    return found.municipality_code, frozenset(found.admin1_codes.values())


def reduce_code(country: str, digits: str) -> str | None:
    """The municipality code a written code stands for, by the country's code shape.

    A code with one leading zero lost gets it back; an official longer code (DANE's 8-digit
    "08758000") is cut to the municipality's digits when the rest is what the country file
    says ("000"). A code that does not reduce cleanly is ``None``: unresolved, never guessed.
    A country that declares no shape keeps the code as written.
    """
    shape, prefixes = _code_shape(country)
    if shape is None or not shape.digits or not digits.isdigit():
        return digits
    code = None
    if len(digits) in (shape.digits - 1, shape.digits):
        code = digits.zfill(shape.digits)
    for longer in shape.longer:
        if code is None and len(digits) in (longer.digits - 1, longer.digits):
            full = digits.zfill(longer.digits)
            if re.fullmatch(longer.rest, full[longer.keep :]):
                code = full[: longer.keep].zfill(shape.digits)
    if code is None:
        return None
    if shape.admin1_prefix and prefixes and code[: shape.admin1_prefix] not in prefixes:
        return None
    return code


def admin1_of_code(country: str, code: str) -> str:
    """The ISO 3166-2 subdivision a municipality code's prefix names ("76001" -> CO-VAC)."""
    shape, _ = _code_shape(country)
    if shape is None or not shape.admin1_prefix or len(code) != shape.digits:
        return ""
    return _admin1_by_code(country).get(code[: shape.admin1_prefix], "")


@cache
def _admin1_by_code(country: str) -> dict[str, str]:
    from genero_etl.countries import registry

    return {v: k for k, v in registry().get(country).admin1_codes.items()}


def countries_of_codes(codes: list[str]) -> set[str]:
    """The countries whose municipality codes all these codes can be.

    The widest code must be as wide as the country's code (or an official longer code); a
    country with a municipal gazetteer must hold every code; one without must at least give
    each code its shape (digits, and a prefix among its admin1 codes).
    """
    from genero_etl.countries import registry

    fits: set[str] = set()
    digits = [re.sub(r"\D", "", c) for c in codes if c]
    if len(set(digits)) < 2:
        return fits
    for country in registry():
        shape = country.municipality_code
        if not shape.digits or not (shape.admin1_prefix or country.gazetteers):
            continue
        widths = {shape.digits} | {longer.digits for longer in shape.longer}
        if max(map(len, digits)) not in widths:  # the column's width is the code's own
            continue
        reduced = [reduce_code(country.code, d) for d in digits]
        if any(r is None for r in reduced):
            continue
        if country.gazetteers and not all(
            places.place_from_code(country.code, str(r)) for r in set(reduced)
        ):
            continue
        fits.add(country.code)
    return fits


_CODE_CELL = re.compile(r"^\d{2,9}(?:\.0+)?$")


def official_codes_country(texts: list[str], declared: str = "", headed: bool = True) -> str:
    """The country whose official municipality codes every cell is (Peru's UBIGEO "150101",
    Colombia's DIVIPOLA "05001", INEGI's "09015", an INE "0101"), '' when none or several.

    Only countries with a municipal gazetteer and codes of four digits or more are trusted
    (every code must be in the list; Costa Rica's "101" is too like other numbers); a
    declared country must be that one; a column under no header needs three distinct codes,
    one under a code word two."""
    from genero_etl.countries import registry

    cells = [t.strip() for t in texts if t and t.strip()]
    if not cells or not all(_CODE_CELL.match(t) for t in cells):
        return ""
    distinct = sorted({pad_code(t, 0) for t in cells})
    if len(distinct) < (2 if headed else 3):
        return ""
    reg = registry()
    fits = {
        c
        for c in countries_of_codes(distinct[:300])
        if reg.get(c).gazetteers and reg.get(c).municipality_code.digits >= 4
    }
    if declared:
        fits &= {declared}
    return next(iter(fits)) if len(fits) == 1 else ""


def pad_code(text: Any, width: int) -> str:
    """A code with the leading zeros a spreadsheet dropped (80904.0 -> '080904' at width 6)."""
    from genero_etl.tabular.layout import cell_text

    digits = re.sub(r"\D", "", cell_text(text))
    return digits.zfill(width) if width and digits else digits
