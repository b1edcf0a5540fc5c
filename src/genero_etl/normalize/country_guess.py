"""Which country a text is from, weighed from evidence; never a default.

Evidence comes from the country registry (institutions, cue words, demonyms, currency
symbols, phone prefixes, country names) and from the gazetteers (subdivision and
municipality names, subdivision abbreviations). Only evidence that points to one country
counts: a ``$`` or a "Santa Ana" says nothing. Each distinct piece counts once, with the
weight of its kind (``WEIGHTS``; some kinds capped by ``CAPS``). The best country is taken
when it has at least ``MIN_SCORE`` and at least twice the runner-up; else the code stays empty.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from genero_etl.countries import CountryRegistry, registry
from genero_etl.extract.textutil import DeferredPattern
from genero_etl.resources import data_dir

WEIGHTS = {
    "institution": 3.0,
    "phone": 3.0,
    "web": 3.0,  # a web address under the country's domain ("www.mimp.gob.pe", "….gob.ar/…")
    "demonym": 2.0,
    "currency": 3.0,  # a symbol only one country's money has ("RD$", "S/", "Gs.")
    "admin1": 2.0,
    "admin1_in_context": 3.0,  # "departamento de Canelones", "Intendencia de Canelones"
    # what says a division without naming it, as an institution says the country: its
    # offices, laws, demonyms, cities (``admin1.evidence``: "bonaerense", "Ley 12.569")
    "admin1_evidence": 3.0,
    "word": 1.0,
    "admin_word": 1.0,
    "abbreviation": 1.0,
    "municipality": 1.0,
    # a country named in a text is often another one (nationalities, neighbours): named
    # repeatedly it weighs like an institution, and the runner-up rule keeps neighbours out
    "country": 1.5,
    # a country named as where things happen or whose institution acts ("… asesinadas en
    # Uruguay", "la Policía de Puerto Rico") says where the report is from
    "country_in_context": 3.0,
    # a country that opens a sentence as the subject of its verb ("Ecuador ha destinado 2,1
    # millones de dólares"): the state that acts, as much as where things happen
    "country_subject": 3.0,
}
# Place names of countries without a municipal gazetteer match other countries' municipalities
# ("Florencia", "Trinidad"): together, municipality names weigh at most this much.
CAPS = {"municipality": 3.0, "country": 3.0, "country_in_context": 3.0, "country_subject": 3.0}
MIN_SCORE = 3.0
_CONNECTORS = {"de", "del", "la", "los", "las"}
# Words that say the next name is a first-level subdivision.
_ADMIN_CONTEXT = re.compile(
    r"(?:departamento|provincia|estado|regi[oó]n|intendencia|gobernaci[oó]n|gobierno regional|"
    r"prefectura)\s+(?:de\s+|del\s+)?(?:la\s+)?$"
)
# Before a country's name: "en", or a capitalised word and "de" ("Policía de", "Justicia de");
# "mujeres de Venezuela" (where people come from) is left out. A title in capitals writes "EN"
# ("HOMICIDIOS ... OCURRIDOS EN EL SALVADOR EN EL AÑO 2015").
_COUNTRY_CONTEXT = re.compile(
    r"(?:(?<!\w)(?:[Ee]n|EN)|[A-ZÁÉÍÓÚÑ]\w+\s+del?)\s+#?$"
)  # "en #Ecuador"
# A dateline: the country after a place that opens the line ("SAN PEDRO SULA, HONDURAS.",
# "Tegucigalpa, Honduras –"): where the report was written.
_DATELINE = re.compile(r"^\s*[A-ZÁÉÍÓÚÑ][\w.]*(?:\s+[\w.]+){0,3},\s*$")
# A line that opens with a place and a stop, comma or dash ("SAN PEDRO DE MACORÍS. Enfocados
# en ...", "Tegucigalpa– El Módulo ..."): the place the report was written in.
# a capitalised name of up to five words closing before a point, comma or dash: a dateline's
_DATELINE_NAME = r"([A-ZÁÉÍÓÚÑ][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,4})[ \t]*[.,–—-]"
_DATELINE_PLACE = re.compile(r"^[ \t]*" + _DATELINE_NAME, re.M)
_PLACE_PREPOSITION = re.compile(r"(?<!\w)(?:en|de|desde|hacia)\s+$", re.IGNORECASE)
# A demonstrative before a capitalised word points back to a thing the text named ("esta
# Convención", "dicha Ley"): that word is not a place.
_DEMONSTRATIVE = re.compile(
    r"(?<!\w)(?:est[ea]s?|dich[oa]s?|aquel|aquell[oa]s?)\s+$", re.IGNORECASE
)
# "citada por el medio estatal Granma", "según el diario Los Andes": a newspaper, a channel or an
# agency named like a division
_MEDIA = re.compile(
    r"(?<!\w)(?:medio|medios|diario|peri[oó]dico|semanario|rotativo|portal|emisora|radio|canal|"
    r"agencia|revista|noticiero)(?:\s+(?:estatal|oficial|local|digital|regional|nacional|"
    r"provincial|independiente))?\s+$",
    re.IGNORECASE,
)
# "una de nacionalidad chilena", "mujeres de origen venezolano": a person's nationality, not
# where the report is from
_NATIONALITY = re.compile(r"(?<!\w)(?:nacionalidad(?:es)?|de origen)\s+$", re.IGNORECASE)
_KINDS = {"institutions": "institution", "words": "word", "admin_words": "admin_word",
          "demonyms": "demonym"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class CountryGuess:
    code: str  # ISO 3166-1 alpha-2, or "" when the evidence is weak or conflicting
    confidence: float  # 0..1: how far the best country is ahead, given how much was found
    evidence: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    # (country, kind, code) of each subdivision or municipality found: "admin1" with an
    # ISO 3166-2 code, "municipality" with its official code, "admin1_evidence" with the ISO
    # code of the division its office, law or demonym says
    places: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class _Pattern:
    regex: DeferredPattern  # compiled when an anchor first calls for it
    country: str
    kind: str
    label: str = ""  # what to show instead of the matched text
    code: str = ""  # the ISO 3166-2 code an ``admin1_evidence`` pattern says
    anchor: str = ""  # text every match contains (lower case unless the pattern is cased)
    cased: bool = False

    def may_match(self, text: str, lowered: str) -> bool:
        """A cheap substring test that spares running the regex over long texts."""
        return not self.anchor or self.anchor in (text if self.cased else lowered)


_CASED = re.compile(r"^\(\?-i:([A-Z]+?)([A-Z]\?)?\)$")  # (?-i:DIF), (?-i:GADM?)
# an innermost group, a class, one optional character (not a parenthesis), an escape
_GROUPED = re.compile(r"\([^()]*\)[?*]?|\[[^\]]*\][?*]?|[^()][?*]|\\.")


def _anchor(pattern: str) -> tuple[str, bool]:
    """The longest literal run a pattern cannot match without (or "" when unsure)."""
    cased = _CASED.match(pattern)
    if cased:
        return cased.group(1), True  # an optional last letter is left out
    # a case-sensitive part ("(?-i:Cibao)", "(?-i:FELCV|Felcv)") matches only what its lower
    # case would match in the lowered text: it is read lowered, its spellings as one
    pattern = _CASE_GROUP.sub(_lowered_group, pattern)
    plain, last = pattern, ""
    while plain != last:  # optional or variable parts become a break, innermost groups first
        plain, last = _GROUPED.sub("\0", plain), plain
    if "|" in plain or "(" in plain:
        return "", False
    # digits are literals too ("0800[\s-]?4141", "l[ií]nea 137"), unless a count in braces
    # could follow one
    runs = re.findall(r"[a-zñ ]{3,}" if "{" in plain else r"[a-zñ0-9 ]{3,}", plain)
    best = max((r.strip() for r in runs), key=len, default="")
    return (best, False) if len(best) >= 3 else ("", False)


_CASE_GROUP = re.compile(r"\(\?-i:([^()]*)\)")


def _lowered_group(match: re.Match[str]) -> str:
    """A case-sensitive group as a plain literal in lower case when every spelling it lists
    is the same word ("FELCV|Felcv" -> "felcv"); else kept, a group (no anchor from it)."""
    spellings = {s.lower() for s in match.group(1).split("|")}
    return spellings.pop() if len(spellings) == 1 else match.group(0)


@dataclass(slots=True)
class _Scanner:
    patterns: list[_Pattern]
    places: dict[str, tuple[str, str, str]]  # folded name -> (country, kind, code)
    abbreviations: re.Pattern[str] | None
    abbreviation_country: dict[str, str]
    # subdivisions whose name is also an everyday word ("Bogotá", "Lima", "Central"): they
    # count only after a preposition of place ("en Bogotá", "de Lima")
    common_admin1: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    # names places of several countries have ("Providencia"): folded name -> {country: (kind,
    # code)}; they count only for the country the rest of the evidence already puts first
    shared: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    index: _AnchorIndex = field(init=False)
    # every folded name of ``places``, ``common_admin1`` and ``shared`` as a trie of its words
    names: dict[str, Any] = field(init=False)

    def __post_init__(self) -> None:
        self.index = _AnchorIndex.of(self.patterns)
        self.names = name_trie((*self.places, *self.common_admin1, *self.shared))


NAME_END = ""  # a trie node's mark that the words up to it are a whole name (no word is "")


def name_trie(names: Iterable[str]) -> dict[str, Any]:
    """Folded names as a trie of their words: "san pedro sula" -> {"san": {"pedro": {"sula":
    {"": True}}}}."""
    root: dict[str, Any] = {}
    for name in names:
        node = root
        for word in name.split(" ") if name else ():
            node = node.setdefault(word, {})
        node[NAME_END] = True
    return root


def name_ends(words: list[str], start: int, trie: dict[str, Any]) -> list[int]:
    """Where the spans ``words[start:end]`` whose folded form (``places.key``) is a name of
    ``trie`` end, the longest first: the same ends, in the same order, as folding each span
    from the whole run down to one word and looking it up, walking the trie word by word
    instead (a span's folded form is its words' folded forms joined)."""
    from genero_etl.normalize.places import key

    ends: list[int] = []
    node = trie
    for at in range(start, len(words)):
        for word in key(words[at]).split():
            after: dict[str, Any] | None = node.get(word)
            if after is None:
                ends.reverse()
                return ends
            node = after
        if NAME_END in node:
            ends.append(at + 1)
    ends.reverse()
    return ends


def _bounded(pattern: str) -> str:
    return rf"(?<![\w])(?:{pattern})(?![\w])"


def _phone_regex(prefix: str) -> str:
    groups = prefix.lstrip("+").split()
    return r"(?<![\w+])\+\s?" + r"[\s().-]*".join(map(re.escape, groups)) + r"(?=[\s().-]*\d)"


def _web_regex(tld: str) -> str:
    """A web address whose host ends in the country's domain ("https://www.x.gob.pe/...",
    and under a two-letter second level, Costa Rica's government's "www.inamu.go.cr"); a one-
    or two-letter name right before the domain is a link shortener ("t.co"), not the country."""
    return (
        rf"(?:https?://|www\.)(?:[\w-]+\.)*[\w-]{{3,}}(?:\.[a-z]{{2}})?"
        rf"\.{re.escape(tld)}(?![\w.-])"
    )


def _symbol_regex(symbol: str) -> str:
    before = r"(?<![\w$/])" + re.escape(symbol) + r"\s?\d"
    if re.fullmatch(r"[A-Z]{3}", symbol):
        return rf"{before}|\d\s?{re.escape(symbol)}(?![\w])"
    return before


@cache
def _regex(source: str, flags: int = 0) -> DeferredPattern:
    """One pattern object per source and flags: a pattern both counted as a cue
    (:func:`scan_cues`) and weighed as evidence (:func:`_found`) is run once per text."""
    return DeferredPattern(source, flags)


# The text last scanned and the matches of each pattern run over it: the place inference
# counts the cues of a text, then weighs its evidence, with many of the same patterns.
_SCANNED: list[tuple[str, dict[DeferredPattern, list[re.Match[str]]]]] = [("", {})]


def _matches(regex: DeferredPattern, text: str) -> list[re.Match[str]]:
    """``list(regex.finditer(text))``, remembered for the last text scanned."""
    scanned, memo = _SCANNED[0]
    if scanned is not text and scanned != text:
        memo = {}
        _SCANNED[0] = (text, memo)
    found = memo.get(regex)
    if found is None:
        found = memo[regex] = list(regex.finditer(text))
    return found


def _owned(items: Iterable[tuple[str, str]]) -> dict[str, str]:
    """item -> country, for the items exactly one country lists."""
    owners: dict[str, set[str]] = defaultdict(set)
    for item, country in items:
        owners[item].add(country)
    return {item: next(iter(cs)) for item, cs in owners.items() if len(cs) == 1}


def _patterns(reg: CountryRegistry) -> list[_Pattern]:
    out: list[_Pattern] = []
    listed = [
        (pattern, kind, c.code)
        for c in reg
        for key, kind in _KINDS.items()
        for pattern in c.evidence.get(key, ())
    ]
    owned = _owned((p, cc) for p, _, cc in listed)
    for pattern, kind, cc in listed:
        if owned.get(pattern) == cc:
            anchor, cased = _anchor(pattern)
            regex = _regex(_bounded(pattern), re.IGNORECASE)
            out.append(_Pattern(regex, cc, kind, anchor=anchor, cased=cased))
    national = [
        (s, c.code) for c in reg for cur in c.currencies[:1] for s in (*cur.symbols, cur.code)
    ]
    for symbol, cc in _owned(national).items():
        if reg.currency_of_symbol(symbol):
            regex = _regex(_symbol_regex(symbol))
            out.append(_Pattern(regex, cc, "currency", symbol, anchor=symbol, cased=True))
    for prefix, cc in _owned((p, c.code) for c in reg for p in c.phone_prefixes).items():
        regex = _regex(_phone_regex(prefix))
        out.append(_Pattern(regex, cc, "phone", prefix, anchor="+", cased=True))
    for c in reg:
        # ISO 3166-1 codes of the region are also its country-code top-level domains
        regex = _regex(_web_regex(c.code.lower()), re.IGNORECASE)
        out.append(
            _Pattern(regex, c.code, "web", f".{c.code.lower()}", anchor=f".{c.code.lower()}")
        )
    divisions = [
        (p, f"{c.code}|{iso}") for c in reg for iso, ps in c.admin1_evidence.items() for p in ps
    ]
    for pattern, owner in _owned(divisions).items():  # a pattern two divisions list says neither
        cc, iso = owner.split("|")
        anchor, cased = _anchor(pattern)
        regex = _regex(_bounded(pattern), re.IGNORECASE)
        out.append(_Pattern(regex, cc, "admin1_evidence", code=iso, anchor=anchor, cased=cased))
    names = [(n, c.code) for c in reg for n in {c.name_es, c.name_en}]
    for name, cc in _owned(names).items():
        regex = _regex(_bounded(re.escape(name)), re.IGNORECASE)
        out.append(_Pattern(regex, cc, "country", anchor=name.lower()))
    return out


@cache
def _common_words() -> frozenset[str]:
    """Everyday Spanish words (``data/common_words_es.txt``), folded."""
    from genero_etl.extract.textutil import fold

    path = data_dir() / "common_words_es.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(fold(w) for w in lines if w and not w.startswith("#"))


def _common(name: str) -> bool:
    """A one-word place name that is first an everyday word ("Central", "Valle", "Meta")."""
    return " " not in name and (len(name) < 4 or name in _common_words())


@cache
def _cue_patterns(reg: CountryRegistry) -> list[_Pattern]:
    """Each country's institutions, cue words and demonyms, shared ones included."""
    out: list[_Pattern] = []
    for c in reg:
        for key in ("institutions", "words", "demonyms"):
            for pattern in c.evidence.get(key, ()):
                anchor, cased = _anchor(pattern)
                regex = _regex(_bounded(pattern), re.IGNORECASE)
                out.append(_Pattern(regex, c.code, _KINDS[key], anchor=anchor, cased=cased))
    return out


# "la Oficina Municipal de la Mujer de Tegucigalpa, Honduras": a place, a comma, its country
_PLACE_COMMA = DeferredPattern(  # searched from its first letters (``lead_gate``)
    r"(?<!, )(?<!\w)([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?),\s*$"
)


# A sentence that opens with the country's name and goes on with its verb ("Ecuador ha destinado
# 2,1 millones de dólares", "Ecuador destina ..."): the state that acts, where the report is
# from (not a list, "Ecuador, Perú y Chile", nor its demonym or a preposition after it).
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n)[\s\"“«¡¿]*$")
_VERB_AFTER = re.compile(
    r"\s+(?!(?:y|e|o|u|ni|de|del|en|con|por|para|sin|a|al|la|el|los|las|lo|que|como|es|fue|"
    r"son|era|ocupa|ocupó|tiene|tuvo|junto|frente|entre|sobre|también|tambien)\b)"
    r"[a-záéíóúñ]{2,}\b"
)


def _country_acts(text: str, start: int, end: int) -> bool:
    """Whether the country's name at ``start:end`` opens a sentence as its subject, a verb
    right after it."""
    return bool(
        _SENTENCE_START.search(text[max(0, start - 4) : start]) and _VERB_AFTER.match(text, end)
    )


def _place_of_country(before: str) -> bool:
    """Whether ``before`` ends with a capitalised place name and a comma, the way a place is
    followed by its country ("Tegucigalpa, Honduras"); not another country of a list
    ("Guatemala, Honduras y El Salvador"), nor the middle of a list of names."""
    m = _PLACE_COMMA.search(before)
    return m is not None and m.group(1).casefold() not in _country_names(registry())


@cache
def _country_names(reg: CountryRegistry) -> frozenset[str]:
    """Every country's names, casefolded ("argentina", "el salvador")."""
    return frozenset(n.casefold() for c in reg for n in (c.name_es, c.name_en) if n)


@cache
def _scanner(reg: CountryRegistry) -> _Scanner:
    from genero_etl.normalize.places import (
        gazetteer,
        key,
        place_names_by_country,
        shared_place_names,
        unique_place_names,
    )

    by_country = place_names_by_country()  # built once, read for both
    unique = unique_place_names(by_country)
    # a country's name is never another country's municipality ("El Salvador", Zacatecas)
    countries = {key(n) for n in _country_names(reg)}
    places = {k: v for k, v in unique.items() if not _common(k) and k not in countries}
    shared = {
        k: v
        for k, v in shared_place_names(by_country).items()
        if not _common(k) and k not in countries
    }
    common_admin1 = {k: v for k, v in unique.items() if _common(k) and v[1] == "admin1"}
    abbreviations = _owned(
        (form, a.country)
        for form, admins in gazetteer().admin1_abbreviations.items()
        for a in admins
    )
    regex = (
        re.compile(
            r"(?<![\w.])(?:"
            + "|".join(re.escape(f) for f in sorted(abbreviations, key=len, reverse=True))
            + r")(?![\w])"
        )
        if abbreviations
        else None
    )
    return _Scanner(_patterns(reg), places, regex, abbreviations, common_admin1, shared)


def _admin1_abbreviations() -> dict[str, Any]:
    from genero_etl.normalize.places import gazetteer

    return gazetteer().admin1_abbreviations


@dataclass(frozen=True, slots=True)
class _AnchorIndex:
    """Patterns grouped by their anchor, so that each distinct anchor is looked for once."""

    patterns: tuple[_Pattern, ...]
    always: tuple[int, ...]  # patterns without an anchor: always run
    groups: dict[tuple[str, bool], tuple[int, ...]]  # (anchor, cased) -> pattern indexes

    lowered_anchors: Any  # automaton of the anchors looked for in the lowered text
    cased_anchors: Any  # automaton of the cased anchors ("DIF"), looked for as written

    @classmethod
    def of(cls, patterns: Iterable[_Pattern]) -> _AnchorIndex:
        listed = tuple(patterns)
        by_anchor: dict[tuple[str, bool], list[int]] = {}
        for index, p in enumerate(listed):
            if p.anchor:
                by_anchor.setdefault((p.anchor, p.cased), []).append(index)
        always = tuple(i for i, p in enumerate(listed) if not p.anchor)
        automata = (
            _automaton(a for a, c in by_anchor if not c),
            _automaton(a for a, c in by_anchor if c),
        )
        return cls(listed, always, {k: tuple(ix) for k, ix in by_anchor.items()}, *automata)

    def to_run(self, text: str, lowered: str) -> list[_Pattern]:
        """The patterns whose anchor ``text`` holds (see :meth:`_Pattern.may_match`), in
        their order: one pass of an Aho-Corasick automaton finds every anchor present."""
        chosen = list(self.always)
        for automaton, where, cased in (
            (self.lowered_anchors, lowered, False),
            (self.cased_anchors, text, True),
        ):
            if automaton is None:
                continue
            for anchor in {found for _, found in automaton.iter(where)}:
                chosen.extend(self.groups[(anchor, cased)])
        chosen.sort()
        return [self.patterns[i] for i in chosen]


def _automaton(anchors: Iterable[str]) -> Any:
    """An Aho-Corasick automaton whose matches are the anchors themselves (None if none)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for anchor in anchors:
        automaton.add_word(anchor, anchor)
    if len(automaton) == 0:
        return None
    automaton.make_automaton()
    return automaton


@cache
def _cue_index(reg: CountryRegistry) -> _AnchorIndex:
    return _AnchorIndex.of(_cue_patterns(reg))


def scan_cues(text: str) -> Counter[str]:
    """How often each country's institutions, cue words and demonyms occur (with repeats)."""
    counts: Counter[str] = Counter()
    for p in _cue_index(registry()).to_run(text, text.lower()):
        counts[p.country] += len(_matches(p.regex, text))
    return counts


def _found(
    text: str,
    scanner: _Scanner,
    places: list[tuple[str, str, str]] | None = None,
    shared: dict[str, tuple[str, bool]] | None = None,
) -> dict[tuple[str, str], str]:
    """(country, evidence label) -> kind, each distinct piece once; the subdivisions and
    municipalities found, and the divisions their evidence says, are added to ``places``;
    names places of several countries have, to ``shared`` (folded name -> (as written, said
    to be a division))."""

    from genero_etl.normalize.places import joined_runs_with_context, key

    found: dict[tuple[str, str], str] = {}
    lowered = text.lower()
    written: set[tuple[str, str, str]] = set()  # a piece in other capitals is the same piece
    for p in scanner.index.to_run(text, lowered):
        for m in _matches(p.regex, text):
            shown = p.label or m.group(0).strip()
            kind = p.kind
            if kind == "demonym" and shown.casefold() in _country_names(registry()):
                continue  # "argentin[oa]s?" meets "Argentina": the country's name, counted once
            if kind == "demonym" and _NATIONALITY.search(text[max(0, m.start() - 30) : m.start()]):
                continue
            if kind == "admin1_evidence" and _between_names(text, m.start(), m.end()):
                continue
            if kind == "country" and (
                _COUNTRY_CONTEXT.search(text[max(0, m.start() - 40) : m.start()])
                or _DATELINE.match(text[text.rfind("\n", 0, m.start()) + 1 : m.start()])
                or _place_of_country(text[max(0, m.start() - 40) : m.start()])
            ):
                kind = "country_in_context"
            elif kind == "country" and _country_acts(text, m.start(), m.end()):
                kind = "country_subject"
            if (p.country, kind, shown.casefold()) not in written:
                written.add((p.country, kind, shown.casefold()))
                label = f"{kind} '{shown}'" + (f" ({p.code})" if p.code else "")
                found.setdefault((p.country, label), kind)
                if p.code and places is not None:
                    places.append((p.country, kind, p.code))
    if scanner.abbreviations is not None:
        for m in scanner.abbreviations.finditer(text):
            cc = scanner.abbreviation_country[m.group(0)]
            found.setdefault((cc, f"abbreviation '{m.group(0)}'"), "abbreviation")
            isos = {a.iso for a in _admin1_abbreviations().get(m.group(0), ())}
            if places is not None and len(isos) == 1:
                places.append((cc, "abbreviation", next(iter(isos))))
    seen: set[str] = set()
    datelines = frozenset(key(m.group(1)) for m in _DATELINE_PLACE.finditer(text))
    runs = list(joined_runs_with_context(text))
    surnames = _surnames(runs, scanner)
    for before, words in runs:
        before, words = _rejoined(before, words)
        start = 0
        while start < len(words):
            context = " ".join([before, *words[:start]])
            end = _longest_place(
                words, start, context, scanner, seen, found, places, datelines, shared, surnames
            )
            start = end if end > start else start + 1
    return found


# the capitalised words that end the text before a run with only spaces after them: the run
# before was cut at its fourth word ("Centro Regional de Mujeres del Alto | Paraná")
_CUT_RUN = re.compile(r"(?<![\w.])((?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+ +){1,3})$")


def _rejoined(before: str, words: list[str]) -> tuple[str, list[str]]:
    """A run that goes on a run cut at its word limit, with that run's last capitalised words
    put back in front: "del Alto | Paraná" is Paraguay's Alto Paraná, not Argentina's
    Paraná; "de San Pedro | Sula" is San Pedro Sula. A run after a comma, a parenthesis or a
    lowercase word is left as it is."""
    m = _CUT_RUN.search(before)
    if m is None:
        return before, words
    return before[: m.start()], [*m.group(1).split(), *words]


def _longest_place(
    words: list[str],
    start: int,
    context: str,
    scanner: _Scanner,
    seen: set[str],
    found: dict[tuple[str, str], str],
    places: list[tuple[str, str, str]] | None = None,
    datelines: frozenset[str] = frozenset(),
    shared: dict[str, tuple[str, bool]] | None = None,
    surnames: frozenset[str] = frozenset(),
) -> int:
    """Match the longest place name starting at ``start``; return where it ends (or start)."""
    from genero_etl.normalize.places import key

    if words[start].lower() in _CONNECTORS:
        return start
    if len(words) == start + 1 and key(words[start]) in surnames:
        return start + 1  # "la abogada Aura Vargas ... Vargas informó": the person, not Vargas
    for end in name_ends(words, start, scanner.names):  # a span no place is named skipped
        span = " ".join(words[start:end])
        k = key(span)
        hit = scanner.places.get(k)
        if hit is None and _PLACE_PREPOSITION.search(context):
            hit = scanner.common_admin1.get(k)
        owners = scanner.shared.get(k, {}) if hit is None and shared is not None else {}
        if hit is None and not owners:
            continue
        kinds = {hit[1]} if hit else {kind for kind, _ in owners.values()}
        if (
            end - start == 1
            and start > 0
            and words[start - 1].lower() not in _CONNECTORS
            and kinds == {"admin1"}
            and not _ADMIN_CONTEXT.search(key(context).lower() + " ")
        ):
            return end  # "Policía Metropolitana": the last word of an office's name
        if end - start == 1 and _DEMONSTRATIVE.search(context):
            return end  # "esta Convención", "dicha Ley": what the text named before
        if _MEDIA.search(context):
            return end  # "el medio estatal Granma": a newspaper
        if end - start == 1 and "municipality" in kinds and _inside_name(words, start):
            # "Jesús Figueroa Ortega", "Silvia Morimoto", "Convención de Belém do Pará": a
            # one-word municipality within a longer run of capitalised words is a word of a
            # person's or a treaty's name ("de Zapopan" ends a run and is the place)
            return end
        # "departamento de Canelones", or a dateline ("SAN PEDRO DE MACORÍS. Enfocados en
        # ..."); a sentence that opens with the name ("Canelones atendió") is not one
        said = bool(
            _ADMIN_CONTEXT.search(key(context).lower() + " ")
            or (not context.strip() and k in datelines)
        )
        if hit is None:
            if shared is not None:
                shared.setdefault(k, (span, said))
            return end
        if k not in seen:
            seen.add(k)
            cc, kind, code = hit
            weight_kind = "admin1_in_context" if kind == "admin1" and said else kind
            found.setdefault((cc, f"{kind} '{span}' ({code})"), weight_kind)
            if places is not None:
                places.append((cc, kind, code))
        return end
    return start


def _scores(found: dict[tuple[str, str], str]) -> dict[str, float]:
    """Each country's score: the weights of its kinds of evidence, some kinds capped."""
    by_kind: dict[tuple[str, str], float] = defaultdict(float)
    for (cc, _), kind in found.items():
        by_kind[(cc, kind)] += WEIGHTS[kind]
    scores: dict[str, float] = defaultdict(float)
    for (cc, kind), weight in by_kind.items():
        scores[cc] += min(weight, CAPS.get(kind, weight))
    return scores


def _surnames(runs: list[tuple[str, list[str]]], scanner: _Scanner) -> frozenset[str]:
    """The one-word divisions the text writes as a person's surname, last of a run of
    capitalised words after one that is no connector ("la abogada Aura Vargas"): the word
    written alone elsewhere in the text ("Vargas informó que ...") names that person too."""
    from genero_etl.normalize.places import key

    names: set[str] = set()
    for before, words in runs:
        if len(words) < 2 or words[-2].lower() in _CONNECTORS:
            continue
        lead = before.rstrip()
        if len(words) == 2 and (not lead or lead[-1] in '.!?:;¿¡"“(-'):
            continue  # "En Jujuy, la fiscal": a sentence's first word, capitalised, then the place
        hit = scanner.places.get(key(words[-1]))
        context = " ".join([before, *words[:-1]])
        if hit and hit[1] == "admin1" and not _ADMIN_CONTEXT.search(key(context).lower() + " "):
            names.add(key(words[-1]))
    return frozenset(names)


# a capitalised word right before a match (a space between) and one right after it
_NAME_BEFORE = DeferredPattern(r"(?<![\w])(?-i:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+) $")
_NAME_AFTER = re.compile(r" (?-i:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)(?![\w])")


def _between_names(text: str, start: int, end: int) -> bool:
    """Whether one word a division's evidence matches stands between two capitalised words:
    a person's surname ("coronel PNP Ely Villavicencio Delgado"), not the city it also names
    ("en Villavicencio", "Alcaldía de Villavicencio")."""
    if any(c.isspace() for c in text[start:end].strip()):
        return False
    return bool(
        _NAME_BEFORE.search(text, max(0, start - 40), start) and _NAME_AFTER.match(text, end)
    )


def _inside_name(words: list[str], at: int) -> bool:
    """Whether the word at ``at`` of a run of capitalised words has a capitalised word right
    before it, or any word after it: it is then one word of a longer name."""
    before = at > 0 and words[at - 1].lower() not in _CONNECTORS
    return before or at + 1 < len(words)


@cache
def _capital_divisions(reg: CountryRegistry) -> dict[str, str]:
    """ISO 3166-2 of each division that is a country's capital or a seat of its government or
    holds one (its file's ``admin1.capital`` and ``admin1.seat``, or the division of
    ``municipalities.capital`` or ``municipalities.seats``) -> that country."""
    from genero_etl.normalize.places import place_from_code

    out: dict[str, str] = {}
    for c in reg:
        for iso in (*c.admin1_seats, c.admin1_capital):
            if iso:
                out[iso] = c.code
        for code in (c.capital_municipality, *c.government_seats):
            capital = place_from_code(c.code, code) if code else None
            if capital is not None and capital.admin1:
                out[capital.admin1] = c.code
    return out


# A dateline as `_DATELINE_PLACE`, or in brackets as offices' press notes write it ("(Caracas,
# 11-11-2025. Prensa MinMujer).-")
_CAPITAL_DATELINE = re.compile(r"^[ \t]*\(?" + _DATELINE_NAME, re.M)


def _capital_dateline(text: str, scanner: _Scanner) -> tuple[str, str, str] | None:
    """(country, ISO 3166-2, name as written) of a national capital that opens a line as its
    dateline ("Caracas, 21 de octubre 2024.-El fiscal general ..."), a name that is also an
    everyday word and so no evidence by itself (``common_admin1``)."""
    from genero_etl.normalize.places import key

    capitals = _capital_divisions(registry())
    for m in _CAPITAL_DATELINE.finditer(text):
        hit = scanner.common_admin1.get(key(m.group(1)))
        if hit is not None and capitals.get(hit[2]) == hit[0]:
            return hit[0], hit[2], m.group(1)
    return None


def infer_country(texts: Iterable[str]) -> CountryGuess:
    """The country a text (or the cells of a table) comes from, with the evidence for it."""
    text = "\n".join(t for t in texts if t)[:200_000]
    if not text.strip():
        return CountryGuess("", 0.0)
    places: list[tuple[str, str, str]] = []
    shared: dict[str, tuple[str, bool]] = {}
    scanner = _scanner(registry())
    found = _found(text, scanner, places, shared)
    scores = _scores(found)
    ranked = sorted(scores.items(), key=lambda item: -item[1])[:2]
    if shared and ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        # a name places of several countries have ("Providencia", "Asunción") is evidence
        # only for the country the rest of the evidence already puts first
        lead = ranked[0][0]
        for k, (span, said) in shared.items():
            if lead in scanner.shared[k]:
                kind, code = scanner.shared[k][lead]
                weight_kind = "admin1_in_context" if kind == "admin1" and said else kind
                found.setdefault((lead, f"{kind} '{span}' ({code})"), weight_kind)
                places.append((lead, kind, code))
        scores = _scores(found)
        ranked = sorted(scores.items(), key=lambda item: -item[1])[:2]
    capital = _capital_dateline(text, scanner) if not ranked or ranked[0][1] < MIN_SCORE else None
    if capital is not None and set(scores) <= {capital[0]}:
        # a national capital in a dateline names its country when no other country is named;
        # it is where the report was written, not its figures' place (no ``places``)
        cc, iso, span = capital
        found.setdefault((cc, f"capital in dateline '{span}' ({iso})"), "admin1_in_context")
        scores = _scores(found)
        ranked = sorted(scores.items(), key=lambda item: -item[1])[:2]
    if not ranked:
        return CountryGuess("", 0.0)
    top_cc, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    confidence = round(max(0.0, top - second) / (top + MIN_SCORE), 2)
    if top >= MIN_SCORE and top >= 2 * second:
        evidence = sorted(label for cc, label in found if cc == top_cc)
        return CountryGuess(top_cc, confidence, evidence, dict(scores), tuple(places))
    evidence = sorted(f"{label} -> {cc}" for cc, label in found)
    return CountryGuess("", confidence, evidence, dict(scores), tuple(places))
