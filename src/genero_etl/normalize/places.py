"""Places: official codes from the shipped gazetteers, matched accent- and case-insensitively.

A name that several municipalities share is reported, never resolved by guesswork; a
state or province named in the same document may settle it.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache

from genero_etl.extract.textutil import fold
from genero_etl.model import Place
from genero_etl.resources import data_dir


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
    code: str  # national code (INEGI entidad, INDEC provincia, CUT región)


@dataclass(slots=True)
class Gazetteer:
    municipalities: list[Municipality]
    by_name: dict[str, list[Municipality]]
    by_code: dict[tuple[str, str], Municipality]
    admin1: list[Admin1]
    admin1_by_name: dict[str, list[Admin1]]

    def admin1_by_iso(self, iso: str) -> Admin1 | None:
        return next((a for a in self.admin1 if a.iso == iso), None)


_PREFIXES = (
    "heroica ciudad de ",
    "heroica ciudad ",
    "h. ciudad ",
    "ciudad de ",
    "ciudad ",
    "villa de ",
    "municipio de ",
    "partido de ",
    "comuna de ",
)
_ADMIN1_ALIASES = {
    "caba": "AR-C", "capital federal": "AR-C", "ciudad de buenos aires": "AR-C", "provincia de buenos aires": "AR-B",
    "cdmx": "MX-CMX", "distrito federal": "MX-CMX", "estado de mexico": "MX-MEX", "edomex": "MX-MEX",
    "coahuila": "MX-COA", "michoacan": "MX-MIC", "veracruz": "MX-VER",
    "region metropolitana": "CL-RM", "santiago": "CL-RM", "biobio": "CL-BI", "araucania": "CL-AR",
    "o'higgins": "CL-LI", "aysen": "CL-AI", "magallanes": "CL-MA",
}  # fmt: skip


def _key(name: str) -> str:
    return fold(name).replace("-", " ").strip()


@cache
def gazetteer() -> Gazetteer:
    base = data_dir()
    admin1: list[Admin1] = []
    with open(base / "admin1_iso.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            admin1.append(Admin1(row["country"], row["iso"], row["name"], row["code"]))
    with open(base / "gazetteers" / "ar_provincias.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            admin1.append(Admin1("AR", row["iso_id"], row["nombre"], row["id"]))
    iso_by_code = {(a.country, a.code): a for a in admin1}
    munis: list[Municipality] = []
    with open(base / "gazetteers" / "mx_municipios.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            state = iso_by_code[("MX", row["CVE_ENT"])]
            munis.append(Municipality("MX", state.iso, state.name, row["NOM_MUN"], row["CVEGEO"]))
    with open(base / "gazetteers" / "ar_departamentos.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            prov = iso_by_code[("AR", row["provincia_id"])]
            munis.append(Municipality("AR", prov.iso, prov.name, row["nombre"], row["id"]))
    with open(base / "gazetteers" / "cl_comunas.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            region = iso_by_code[("CL", row["Código Región"])]
            munis.append(
                Municipality(
                    "CL", region.iso, region.name, row["Nombre Comuna"], row["Código Comuna 2018"]
                )
            )
    by_name: dict[str, list[Municipality]] = defaultdict(list)
    for m in munis:
        by_name[_key(m.name)].append(m)
    admin1_by_name: dict[str, list[Admin1]] = defaultdict(list)
    for a in admin1:
        admin1_by_name[_key(a.name)].append(a)
        short = _key(a.name).split(" de ")[0]
        if short != _key(a.name) and a.country == "MX":
            admin1_by_name[short].append(a)
    for alias, iso in _ADMIN1_ALIASES.items():
        found = next(a for a in admin1 if a.iso == iso)
        if found not in admin1_by_name[alias]:
            admin1_by_name[alias].append(found)
    return Gazetteer(
        municipalities=munis,
        by_name=dict(by_name),
        by_code={(m.country, m.code): m for m in munis},
        admin1=admin1,
        admin1_by_name=dict(admin1_by_name),
    )


def lookup_municipality(name: str, country: str = "", admin1: str = "") -> list[Municipality]:
    """Candidates for a written name, narrowed by country and state when known."""
    gaz = gazetteer()
    key = _key(name)
    keys = [key] + [key[len(p) :] for p in _PREFIXES if key.startswith(p)]
    for k in keys:
        found = gaz.by_name.get(k, [])
        if country:
            found = [m for m in found if m.country == country]
        if admin1:
            found = [m for m in found if m.admin1 == admin1]
        if found:
            return found
    return []


def lookup_admin1(name: str, country: str = "") -> list[Admin1]:
    found = gazetteer().admin1_by_name.get(_key(name), [])
    return [a for a in found if not country or a.country == country]


def place_from_code(country: str, code: str) -> Place | None:
    m = gazetteer().by_code.get((country, code))
    if m is None:
        return None
    return Place(m.country, m.admin1, m.admin1_name, m.name, m.code)


# --- inference from a document's text -----------------------------------------------

_CUES = {
    "AR": re.compile(
        r"\b(ley micaela|partido de|provincia de buenos aires|femicidios?|trabajador[xe]s|funcionari[xe]s|todes|disidencias|ufi|juzgado de paz|comisar[ií]a de la mujer|programa acompa[ñn]ar|l[ií]nea 144|intendencia|concejo deliberante|ley 26\.?485|direcci[oó]n de g[eé]neros)\b",
        re.IGNORECASE,
    ),
    "MX": re.compile(
        r"\b(ayuntamiento|avgm|alerta de (violencia de )?g[eé]nero|feminicid\w*|inmujeres|instituto municipal de las mujeres|dif|presidente municipal|regidor\w*|s[ií]ndic\w*|poa|pmd|curp|entidad federativa|jalisco|chihuahua|sesnsp|lgamvlv)\b",
        re.IGNORECASE,
    ),
    "CL": re.compile(
        r"\b(comuna|comunal|sernameg|pladeco|dideco|seremi|rut|municipalidad de|alcald[ií]a|cesfam|regi[oó]n metropolitana|cormup|oficina de la mujer)\b",
        re.IGNORECASE,
    ),
}
_STRONG = re.compile(
    r"(?:municipio|municipalidad|gobierno municipal|ayuntamiento|partido|comuna|ciudad|intendencia|"
    r"presidencia municipal|alcald[ií]a|localidad)\s+(?:de\s+)?((?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ.]*)(?:\s+(?:de\s+|del\s+|la\s+|los\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*){0,4})",
    re.IGNORECASE,
)
# "Instituto Municipal de las Mujeres de Zapopan", "Dirección de Igualdad en Tlaquepaque"
_OFFICE_OF = re.compile(
    r"(?:mujer(?:es)?|g[eé]neros?|igualdad(?: sustantiva)?|equidad|diversidad(?:es)?)\s+(?:de|en|del municipio de)\s+"
    r"((?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ.]*)(?:\s+(?:de\s+|del\s+|la\s+|los\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*){0,4})",
    re.IGNORECASE,
)
_CAPWORDS = re.compile(
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+(?:de\s+|del\s+|la\s+|los\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+){0,3}"
)


@dataclass(slots=True)
class PlaceGuess:
    place: Place
    ambiguous_name: str = ""
    candidates: tuple[Municipality, ...] = ()


def infer_place(text: str, country_hint: str = "", admin1_hint: str = "") -> PlaceGuess:
    """Best guess of the reporting municipality, or what made it impossible."""
    text = text[
        :200_000
    ]  # who writes a report says so early; a huge file need not be scanned whole
    cue_score = Counter({c: len(p.findall(text)) for c, p in _CUES.items()})
    # States/provinces named in the text, e.g. "el estado de Chihuahua".
    admin1_mentions: Counter[str] = Counter()
    for m in _CAPWORDS.finditer(text):
        for a in lookup_admin1(m.group(0)):
            admin1_mentions[a.iso] += 1
    scores: Counter[tuple[str, str]] = Counter()  # (country, code) -> weight
    names: dict[tuple[str, str], str] = {}
    ambiguous: dict[str, list[Municipality]] = {}

    def consider(name: str, weight: int) -> None:
        words = name.split()
        for size in range(min(5, len(words)), 0, -1):
            candidate = " ".join(words[:size])
            found = lookup_municipality(candidate, country_hint, admin1_hint)
            if found:
                if len(found) > 1:
                    narrowed = [m for m in found if admin1_mentions[m.admin1]]
                    if len(narrowed) == 1:
                        found = narrowed
                if len(found) == 1:
                    key = (found[0].country, found[0].code)
                    scores[key] += weight
                    names[key] = candidate
                else:
                    ambiguous[candidate] = found
                    for m in found:
                        scores[(m.country, m.code)] += 0  # remember nothing: ambiguous
                return

    head = "\n".join(text.splitlines()[:40])
    for m in _STRONG.finditer(text):
        consider(m.group(1), 6 if m.start() < len(head) else 4)
    for m in _OFFICE_OF.finditer(head):
        if m.group(1)[:1].isupper():
            consider(m.group(1), 4)
    for m in _CAPWORDS.finditer(head):
        consider(m.group(0), 1)
    # Cues for the country break ties and filter street names that match far-away places.
    country_of = {c: cue_score[c] for c in cue_score}
    best: tuple[str, str] | None = None
    best_score = 0.0
    for key, weight in scores.items():
        score = weight + 0.5 * country_of.get(key[0], 0)
        strong_enough = weight >= 4 or (weight >= 2 and country_of.get(key[0], 0) >= 1)
        # A name from another country than every cue says ("San Isidro, Jalisco") is not it.
        foreign = country_of.get(key[0], 0) == 0 and max(country_of.values(), default=0) >= 2
        if strong_enough and not foreign and score > best_score:
            best, best_score = key, score
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
    country = country_hint
    if not country and cue_score and cue_score.most_common(1)[0][1] >= 2:
        top = cue_score.most_common(2)
        if len(top) == 1 or top[0][1] >= 2 * top[1][1]:
            country = top[0][0]
    admin1 = ""
    admin1_name = ""
    if admin1_mentions:
        iso, _ = admin1_mentions.most_common(1)[0]
        mentioned = gazetteer().admin1_by_iso(iso)
        if mentioned and (not country or mentioned.country == country):
            admin1, admin1_name, country = mentioned.iso, mentioned.name, mentioned.country
    place = Place(
        country=country,
        admin1=admin1,
        admin1_name=admin1_name,
        method="inferred" if country else "",
    )
    if ambiguous:
        name, found = next(iter(ambiguous.items()))
        return PlaceGuess(place, ambiguous_name=name, candidates=tuple(found))
    return PlaceGuess(place)
