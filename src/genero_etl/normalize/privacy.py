"""Keep personal data out of everything staged, and so out of everything published.

Reports about gender violence quote victims: a sentence, a spreadsheet label or a case
register row may carry a person's name, national ID number, phone, e-mail or street
address. One screen runs over every text cell when a file is staged (``stage.py``):

* ``screen_text``: national IDs of every supported country (validated with python-stdnum;
  the modules, patterns and cue words are data, ``data/privacy.yaml``), phones (the
  separated formats people write, and numbers that ``phonenumbers`` validates), e-mails,
  names next to a person or ID cue ("víctima: María Pérez", "Ana López, DNI ...") and
  street addresses after a street cue ("calle San Martín 1234") become ``MASK``;
* ``clean_cell``: control characters (NUL, C0, C1) removed, and a cell that a spreadsheet
  would run as a formula (``= + - @``, tab, carriage return or their full-width forms)
  prefixed with ``'``;
* ``screen_observations``: both over a whole table, vectorised over distinct values; a row
  whose value is itself the hidden number (a phone read as a count) or whose label is an ID
  or phone column is dropped;
* ``complementary_suppression``: a small count hidden in a total's parts cannot be
  recovered as the total minus the other parts.

The policy is documented in ``docs/privacy.md``.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from genero_etl.countries import active_workspace
from genero_etl.extract.textutil import DeferredPattern, TextPattern, longest_first
from genero_etl.model.arrow import cells
from genero_etl.resources import workspace_cache

if TYPE_CHECKING:
    from pathlib import Path

    import numpy as np
    import numpy.typing as npt
    import pyarrow as pa

MASK = "[dato personal oculto]"
LONG_ID_DIGITS = 7  # a value of this many digits, masked in its own sentence, was an ID
REDACTED_FLAG = "redacted"
COMPLEMENTARY_FLAG = "suppressed_complementary"
SUPPRESSED_TEXT = "suprimido"

# Control characters never published: C0 but tab, newline and carriage return; DEL; C1.
CONTROL_CHARS = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
_CONTROL = re.compile(CONTROL_CHARS)
# A cell a spreadsheet runs as a formula, in ASCII and full-width forms.
FORMULA_START = "^[=+\\-@\t\r\uff1d\uff0b\uff0d\uff20]"
_FORMULA = re.compile(FORMULA_START)
_RISKY = re.compile(f"{CONTROL_CHARS}|{FORMULA_START}")
# Up to this many values a column is scanned in Python with precompiled patterns; above
# it, pyarrow's RE2 kernels (vectorised, but each call compiles its pattern again).
_SMALL_COLUMN = 4096

_NAME_WORD = r"[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü'’]+"
_PARTICLE = r"(?:de|del|de la|de los|y|da|dos|van|von)"
_FULL_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{0,4}}"
_TWO_WORD_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{1,4}}"
_EMAIL = re.compile(r"[\w.+-]+[@\uff20][\w-]+(?:\.[\w-]+)+")
_DIGIT = re.compile(r"\d")  # what the phone and street patterns all need
_SEPARATED_PHONE = re.compile(
    r"(?<![\w.,+])(?:\+?\d{1,3}[ -]?)?(?:\(?\d{2,4}\)?[ -]?)?\d{3,4}[ -]\d{4}(?![\w])"
    r"|(?<![\w.,])\d{2,5}-\d{5,8}(?![\w])|(?<![\w.,])\d{2}(?: \d{2}){3,}(?![\w])"
)
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*[-–/ ]\s*(?:19|20)\d\d")
_DATE = re.compile(r"\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d")
_CURRENCY_BEFORE = re.compile(r"(?:\$|US\$|MXN|ARS|CLP|pesos)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Identifier:
    """One national ID: where it is used, how it looks, how it is validated."""

    country: str
    name: str
    pattern: str
    validate: Callable[[str], bool] | None
    cue: bool  # only after an ID cue word


def _cue_key(word: str) -> str:
    """A cue word as written or as listed: "C.I.", "c.i", "CI" -> "ci"."""
    return re.sub(r"[\s.:]", "", word).casefold()


@dataclass(frozen=True, slots=True, eq=False)
class Policy:
    identifiers: tuple[Identifier, ...]
    by_cue: dict[str, tuple[int, ...]]  # a document's own cue word -> its identifiers
    bare_ids: re.Pattern[str]  # identifiers recognised by their format alone
    cued_ids: re.Pattern[str]  # an ID cue and a number after it
    person: re.Pattern[str]  # a person cue and the name after it
    named: TextPattern  # a given name and the name words after it (from its first letters)
    street: re.Pattern[str]  # a street cue and the address after it
    dwelling: re.Pattern[str]  # a street cue, then a dwelling's numbers in its sentence
    phone_cue: re.Pattern[str]  # a phone cue right before a position
    id_label: re.Pattern[str]  # a whole label that names an ID or phone column
    id_card_label: re.Pattern[str]  # a whole label that names an ID document's column
    prefilter: re.Pattern[str] | AnyOf  # cheap: could the text hold anything to hide?
    prefilter_source: str  # the same, for pyarrow's RE2 kernel over a whole column
    phone_regions: tuple[str, ...]
    free_text_columns: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    """Whether a text holds a match of any of some patterns, asked as their alternation would
    be (``search`` gives a match or None) but part by part: one alternation tries every part
    at every position of the text, and about halved the prefilter's speed."""

    parts: tuple[re.Pattern[str], ...]

    def search(self, text: str) -> re.Match[str] | None:
        for part in self.parts:
            found = part.search(text)
            if found is not None:
                return found
        return None


def _exact_cue(word: str) -> bool:
    """Whether a cue word matches case-sensitively: all capitals, or short capitals with dots."""
    return word.isupper() or (len(word) <= 3 and word.replace(".", "").isupper())


def _cue_part(word: str) -> str:
    """One cue word as a pattern: spaces as any run of spaces, dots optional."""
    escaped = re.escape(word.rstrip(":")).replace(r"\ ", r"\s+").replace(r"\.", r"\.?")
    colon = r"\s*:" if word.endswith(":") else ""
    return escaped + colon if _exact_cue(word) else f"(?i:{escaped}){colon}"


def _cue_alternation(words: Iterable[str]) -> str:
    """Cue words as one group: all-capital short cues (DNI, CI, LE) match case-sensitively."""
    return "(?:" + "|".join(_cue_part(word) for word in sorted(set(words), key=longest_first)) + ")"


def _cues_by_opening(words: Iterable[str]) -> str:
    """``_cue_alternation(words)`` with its cues grouped by the character they open with, each
    group behind a lookahead of that character (``(?=(?i:c))(?:cédula|calle|...)``): at a
    position the engine tries one lookahead per group and then one group's cues, where the
    alternation tries every cue (about 130). It matches at the same positions, every cue of a
    group opening with the group's character, though not always with the same cue: for a
    prefilter, which asks only whether there is a match. The alternation itself when a cue
    opens with anything but a letter or a digit."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=longest_first):
        first = word.rstrip(":")[:1]
        if not first.isalnum():
            return _cue_alternation(words)
        key = first if _exact_cue(word) else f"(?i:{first})"
        groups.setdefault(key, []).append(_cue_part(word))
    return "(?:" + "|".join(f"(?={key})(?:{'|'.join(ps)})" for key, ps in groups.items()) + ")"


def _cue_openings(words: Iterable[str]) -> str:
    """A lookahead for the characters ``_cue_alternation(words)`` can open with, with the
    same case rule (``(?i:[cd])`` matches what ``(?i:c)`` or ``(?i:d)`` would): tried before
    the cues, it passes over a position no cue opens at in one step, where the alternation
    tries each cue (or each group of :func:`_cues_by_opening`) in turn. Empty when a cue opens
    with anything but a letter or a digit."""
    exact: set[str] = set()
    folded: set[str] = set()
    for word in set(words):
        first = word.rstrip(":")[:1]
        if not first.isalnum():
            return ""
        (exact if _exact_cue(word) else folded).add(first)
    sets = [f"[{''.join(sorted(exact))}]"] if exact else []
    sets += [f"(?i:[{''.join(sorted(folded))}])"] if folded else []
    return f"(?={'|'.join(sets)})" if sets else ""


def _validator(module: str | None) -> Callable[[str], bool] | None:
    """The ``is_valid`` of a python-stdnum module, imported when first asked (importing
    ``stdnum`` imports ``ssl`` and its other modules: about a tenth of a second a process,
    spent only when a text holds something shaped like an ID). A module that does not
    exist fails here, as importing it would."""
    if not module:
        return None
    if module in sys.modules:
        loaded: Callable[[str], bool] = sys.modules[module].is_valid
        return loaded
    _find_module(module)
    return _LazyValidator(module)


def _find_module(name: str) -> None:
    """Raise ``ModuleNotFoundError`` when no module ``name`` can be found, without running
    the code of it or of its packages (``importlib.util.find_spec`` imports the packages)."""
    from importlib.machinery import PathFinder

    path: list[str] | None = None
    parts = name.split(".")
    for depth in range(1, len(parts) + 1):
        qualified = ".".join(parts[:depth])
        loaded = sys.modules.get(qualified)
        spec = loaded.__spec__ if loaded is not None else PathFinder.find_spec(qualified, path)
        if spec is None:
            raise ModuleNotFoundError(f"No module named {qualified!r}", name=qualified)
        path = list(spec.submodule_search_locations or [])


class _LazyValidator:
    """``module.is_valid``, the module imported on the first call."""

    __slots__ = ("_is_valid", "module")

    def __init__(self, module: str) -> None:
        self.module = module
        self._is_valid: Callable[[str], bool] | None = None

    def __call__(self, value: str) -> bool:
        if self._is_valid is None:
            self._is_valid = importlib.import_module(self.module).is_valid
        return self._is_valid(value)


def policy() -> Policy:
    """The screen's rules: ``data/privacy.yaml`` and the national IDs of every country in the
    registry in use (the shipped countries, plus the active workspace's)."""
    return _policy(active_workspace())


def policy_for(workspace_schemas: Path | None) -> Policy:
    """The screen's rules with a given workspace's countries (``None``: the shipped ones)."""
    return _policy(workspace_schemas)


def _country_identifiers(
    workspace_schemas: Path | None,
) -> list[tuple[Identifier, tuple[str, ...]]]:
    """Each country's ID documents that have a pattern, with their cue words."""
    from genero_etl.countries import load_countries

    return [
        (
            Identifier(
                country=country.code,
                name=t.name,
                pattern=t.pattern,
                validate=_validator(f"stdnum.{t.module}" if t.module else None),
                cue=t.cue_required,
            ),
            t.cues,
        )
        for country in load_countries(workspace_schemas)
        for t in country.id_types
        if t.pattern
    ]


@workspace_cache
@cache
def _policy(workspace_schemas: Path | None) -> Policy:
    from genero_etl.resources import data_dir, load_yaml

    data: dict[str, Any] = load_yaml((data_dir() / "privacy.yaml").read_text("utf-8"))
    found = _country_identifiers(workspace_schemas) + [
        (
            Identifier(
                country=str(item["country"]),
                name=str(item["name"]),
                pattern=str(item["pattern"]),
                validate=_validator(item.get("module")),
                cue=item.get("cue") == "required",
            ),
            tuple(str(c) for c in item.get("cues") or ()),
        )
        for item in data["identifiers"]
    ]
    identifiers = tuple(identifier for identifier, _ in found)
    by_cue: dict[str, tuple[int, ...]] = {}
    for index, (_, cues) in enumerate(found):
        for cue in cues:
            by_cue[_cue_key(cue)] = (*by_cue.get(_cue_key(cue), ()), index)
    id_cues = [*data["id_cues"], *(cue for _, cues in found for cue in cues)]
    edge_before, edge_after = r"(?<![\w.,/-])", r"(?![\w]|[-.,/]\d)"
    bare = "|".join(f"(?P<b{i}>{d.pattern})" for i, d in enumerate(identifiers) if not d.cue)
    cued = "|".join(f"(?:{d.pattern})" for d in identifiers if d.cue)
    bare_plain = "|".join(f"(?:{d.pattern})" for d in identifiers if not d.cue)
    id_cue = _cue_alternation(id_cues)
    number_intro = r"(?:\s*(?:N[°º]|n[uú]m(?:ero)?\.?|nro\.?|no\.|#)?\s*[:.]?\s*)"
    person_cue = _cue_alternation(data["person_cues"])
    street_cue = _cue_alternation(data["street_cues"])
    phone_cue = _cue_alternation(data["phone_cues"])
    street_number = r"(?:(?:N[°º]\.?|nro\.?|n[uú]mero|#)\s*)?\d{1,5}(?:\s*bis)?"
    dwelling_cue = _cue_alternation(data.get("dwelling_cues", []))
    one_dwelling = rf"(?:{dwelling_cue})\.?[ \t]*{street_number}[A-Za-z]?"
    words = [*id_cues, *data["person_cues"], *data["street_cues"], *data["phone_cues"]]
    stems = sorted({w.rstrip(":").split()[0].lower() for w in words if len(w) > 2})
    prefilter = (
        _given_prefilter(data)
        + r"|[0-9](?:[0-9 .\-()/]*[0-9]){6,}|[A-Z]{4}[0-9]{6}|[@\x{ff20}]|(?i:"
        + "|".join(re.escape(w).replace("\\-", "-") for w in stems)
        + r")|\b(?:"
        + "|".join(
            sorted({"Sr", "Sra", "Av", *(w for w in id_cues if w.isalpha() and w.isupper())})
        )
        + r")\b"
    )
    return Policy(
        identifiers=identifiers,
        by_cue=by_cue,
        bare_ids=re.compile(f"{edge_before}(?:{bare}){edge_after}"),
        cued_ids=re.compile(
            rf"(?<![\w])(?P<cue>{id_cue})\b\.?{number_intro}(?P<num>{cued}|{bare_plain}){edge_after}"
        ),
        person=re.compile(
            rf"(?<![\w])(?:{person_cue})\.?(?:\s*[:,]\s*|[ \t]+)(?P<name>{_FULL_NAME})(?![\w])"
        ),
        named=_named(data),
        street=re.compile(
            rf"(?<![\w])(?:{street_cue})\.?[ \t]+(?P<addr>(?:(?:{_NAME_WORD}|{_PARTICLE}|la|las|los|el)[ \t]+)*?"
            rf"(?:{_NAME_WORD}[ \t]+{street_number}|\d{{1,3}}[ \t]*(?:N[°º]\.?|nro\.?|n[uú]mero|#)[ \t]*\d{{1,5}}))(?![\w])"
        ),
        dwelling=re.compile(
            rf"(?<![\w])(?:{street_cue})\.?[ \t]+[^.;:\n\d]{{0,60}}?(?<![\w])"
            rf"(?P<addr>{one_dwelling}(?:[ \t]*,?[ \t]*{one_dwelling})*)(?![\w])"
        ),
        phone_cue=re.compile(rf"(?<![\w]){phone_cue}\.?[\s:]*(?:al\s+)?[\s:]*$"),
        id_label=_whole_label(rf"{id_cue}|{phone_cue}|(?i:e-?mail|correo(?:\s+electr[oó]nico)?)"),
        id_card_label=_whole_label(id_cue),
        # What each detector of the full screen needs, no more: a given name before a
        # capital, an at sign, 7+ digits in a run (phones; any digits, as theirs), an ID's
        # own format, or a whole cue where the detectors look for it (after no word
        # character); cheapest first. The RE2 one below searches the first word of each
        # cue, looser ("a" of "a cargo de" is in nearly any text): a text that either lets
        # by is screened alike.
        prefilter=AnyOf(
            tuple(
                re.compile(part)
                for part in (
                    _given_prefilter(data),
                    r"[@\uff20]",
                    r"\d(?:[\d .\-()/]*\d){6,}",
                    *([f"{edge_before}(?:{bare_plain})"] if bare_plain else []),
                    r"(?<![\w])" + _cue_openings(words) + _cues_by_opening(words),
                )
            )
        ),
        prefilter_source=prefilter,
        phone_regions=tuple(str(r) for r in data["phone_regions"]),
        free_text_columns=tuple(str(c) for c in data["free_text_columns"]),
    )


def _valid(identifier: Identifier, value: str) -> bool:
    if identifier.validate is None:
        return True
    try:
        return bool(identifier.validate(value))
    except Exception:  # a validator must never stop the screen
        return False


def _group_index(match: re.Match[str], prefix: str) -> tuple[int, str] | None:
    """The identifier whose named group ``<prefix><index>`` matched, and its text."""
    for key, value in match.groupdict().items():
        if value is not None and key.startswith(prefix) and key[1:].isdigit():
            return int(key[1:]), value
    return None


def _id_spans(text: str, rules: Policy) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for m in rules.cued_ids.finditer(text):
        # After an ID cue any number of an ID's shape is an ID: named by the document
        # the cue announces ("RUC", "CE") if the number has its form, else by the first
        # rule that validates it, "documento" otherwise.
        value = m.group("num")
        own = (rules.identifiers[i] for i in rules.by_cue.get(_cue_key(m.group("cue")), ()))
        name = next(
            (d.name for d in own if re.fullmatch(d.pattern, value) and _valid(d, value)),
            None,
        ) or next(
            (d.name for d in rules.identifiers if d.validate is not None and _valid(d, value)),
            "documento",
        )
        spans.append((m.start("num"), m.end("num"), name))
        # "Ana López, DNI ...": the name right before the cue is the holder's.
        before = re.search(rf"({_TWO_WORD_NAME})[\s,(]*$", text[: m.start("cue")])
        if before:
            spans.append((before.start(1), before.end(1), "nombre"))
    for m in rules.bare_ids.finditer(text):
        found = _group_index(m, "b")
        if found is not None and _valid(rules.identifiers[found[0]], found[1]):
            spans.append((m.start(), m.end(), rules.identifiers[found[0]].name))
    return spans


_PHONE_CANDIDATE = re.compile(r"(?<![\w.,/])\+?\(?\d[\d ()\-.]{6,18}\d(?![\w])")
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,  ]\d{3})+(?:[.,]\d+)?")


def _is_phone(raw: str, regions: tuple[str, ...]) -> bool:
    import phonenumbers

    for region in regions:
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
    return False


def _phone_spans(text: str, rules: Policy, regions: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Phones: the separated shapes people write, and numbers ``phonenumbers`` validates for
    one of ``regions`` (separated, 8+ digits; bare, 10+ digits or after a phone cue)."""
    spans = [
        (m.start(), m.end(), "teléfono")
        for m in _SEPARATED_PHONE.finditer(text)
        if not _YEAR_RANGE.fullmatch(m.group()) and not _DATE.fullmatch(m.group())
    ]
    for m in _PHONE_CANDIDATE.finditer(text):
        raw = m.group().strip(" -.")
        digits = sum(ch.isdigit() for ch in raw)
        if not 8 <= digits <= 15 or _YEAR_RANGE.fullmatch(raw) or _DATE.fullmatch(raw):
            continue
        if _THOUSANDS.fullmatch(raw) and not raw.startswith("+"):
            continue  # 1.234.567: a count
        cued = bool(rules.phone_cue.search(text[: m.start()]))
        if "." in raw and not (cued or raw.startswith("+")):
            continue  # 21.03.000.000, 1260816.0: account codes and decimals, not phones
        separated = raw.startswith("+") or not raw.isdigit()
        bare_long = digits >= 10 and not _CURRENCY_BEFORE.search(text[: m.start()])
        if (cued or (separated and digits >= 8) or bare_long) and _is_phone(raw, regions):
            spans.append((m.start(), m.start() + len(m.group().rstrip(" -.")), "teléfono"))
    return spans


def _merge(text: str, spans: list[tuple[int, int, str]]) -> str:
    out, last = [], 0
    for start, end, _ in sorted(spans):
        if start < last:  # overlaps the previous span: extend it
            if end > last:
                last = end
            continue
        out.append(text[last:start])
        out.append(MASK)
        last = end
    out.append(text[last:])
    return "".join(out)


def screen_text(text: str, regions: tuple[str, ...] = ()) -> tuple[str, tuple[str, ...]]:
    """The text with personal data masked, and the kinds masked (sorted, distinct).

    ``regions``: the countries (ISO 3166-1) whose phone plans apply; all the supported
    ones when empty.
    """
    return _screen_text(text, regions, policy())


def _given_names(data: dict[str, Any]) -> str:
    return "|".join(
        re.escape(str(n)) for n in sorted(set(data.get("given_names", [])), key=longest_first)
    )


def _given_prefilter(data: dict[str, Any]) -> str:
    """A given name and a capital after it (RE2 and Python alike)."""
    names = _given_names(data) or "(?!x)x"
    return rf"(?:{names})[ \t]+[A-ZÁÉÍÓÚÑ]"


def _named(data: dict[str, Any]) -> TextPattern:
    """A given name (``given_names``) starting two to five name words, not after a word of
    ``name_not_after`` ("San José", "Villa María"). Searched from the given names' first
    letters, its lookbehinds asked only there (``textutil.lead_gate``): tried at every place
    of a text, the lookbehinds first, it cost a report's text several times more."""
    names = _given_names(data) or "(?!x)x"
    not_after = "".join(
        rf"(?<!{re.escape(str(w))} )" for w in sorted(set(data.get("name_not_after", [])))
    )
    return DeferredPattern(
        rf"(?<![\w]){not_after}(?P<name>(?:{names})(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{1,4}})(?![\w])"
    )


@lru_cache(maxsize=65536)
def _prefiltered(text: str, rules: Policy) -> bool:
    """Whether ``text`` passes the prefilter (remembered: a report's sentences are read
    when its values are interpreted, and again when its table is staged)."""
    return rules.prefilter.search(text) is not None


@lru_cache(maxsize=65536)
def _screen_text(text: str, regions: tuple[str, ...], rules: Policy) -> tuple[str, tuple[str, ...]]:
    spans = _spans(text, regions, rules)
    if not spans:
        return text, ()
    return _merge(text, list(spans)), tuple(sorted({kind for _, _, kind in spans}))


def personal_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds an ID, an e-mail or a dwelling's numbers after a street cue
    (start, end), as the privacy screen finds them. A number read inside one is a piece of
    it ("DPI 2345 67890 1601", "vive en la colonia Kennedy, bloque 14, casa 22"), not a
    value. (Names hold no number; a phone's or a street's shape may take in a count beside
    it.)"""
    rules = policy()
    spans = [
        (a, b)
        for a, b, kind in _spans(text, (), rules)
        if kind not in {"nombre", "teléfono", "domicilio"}
    ]
    if _prefiltered(text, rules):
        spans += [(m.start("addr"), m.end("addr")) for m in rules.dwelling.finditer(text)]
    return spans


@lru_cache(maxsize=65536)
def _spans(text: str, regions: tuple[str, ...], rules: Policy) -> tuple[tuple[int, int, str], ...]:
    """Every span of personal data in ``text``, with its kind."""
    if not text or not _prefiltered(text, rules):
        return ()
    regions = regions or rules.phone_regions
    # Gates that change no result: an e-mail holds an at sign; phones and street numbers
    # hold a digit (most labels have none). Each pattern costs more than its gate.
    digits = _DIGIT.search(text) is not None
    spans: list[tuple[int, int, str]] = []
    if "@" in text or "\uff20" in text:
        spans += [(m.start(), m.end(), "correo") for m in _EMAIL.finditer(text)]
    spans += _id_spans(text, rules)
    if digits:
        spans += _phone_spans(text, rules, regions)
    spans += [(start, end, "nombre") for start, end in _name_spans(text, rules)]
    if digits:
        spans += [
            (m.start("addr"), m.end("addr"), "domicilio")
            for m in rules.street.finditer(text)
            if not _is_place(text, m.start(), m.end())
        ]
        spans += [
            (m.start("addr"), m.end("addr"), "domicilio") for m in rules.dwelling.finditer(text)
        ]
    return tuple(spans)


def _name_spans(text: str, rules: Policy) -> list[tuple[int, int]]:
    """Where ``text`` names a person: a name after a person cue ("víctima: María Pérez"), or a
    run of name words that starts with a given name ("Rosa Elena Quispe"); never a place of
    the gazetteers ("Padre Las Casas", "Benito Juárez", "Villa María del Triunfo")."""
    spans = [
        (m.start("name"), m.end("name"))
        for m in rules.person.finditer(text)
        if not _is_place(text, m.start(), m.end())
    ]
    spans += [
        (m.start("name"), m.end("name"))
        for m in rules.named.finditer(text)
        if not _in_place(text, m.start("name"), m.end("name"))
    ]
    return spans


def person_names(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a person (start, end), as the privacy screen finds them."""
    rules = policy()
    return _name_spans(text, rules) if _prefiltered(text, rules) else []


def _in_place(text: str, start: int, end: int) -> bool:
    """Whether the name words at ``text[start:end]``, with up to four words before them, are
    a place of the gazetteers ("José María Morelos", "Villa María del Triunfo", "El Plateado
    de Joaquín Amaro"), or places joined by "y" ("Miguel Hidalgo y Álvaro Obregón"); all of
    them: "Francisco Morazán Pérez" is a person named like a department."""
    before = _fold(text[max(0, start - 80) : start]).replace(".", " ").split()[-4:]
    words = _fold(text[start:end]).replace(".", " ").split()
    places = _place_names()

    def places_only(run: list[str]) -> bool:
        for n in range(len(run), 1, -1):
            if " ".join(run[:n]) in places:
                rest = run[n:]
                if not rest or (rest[0] in {"y", "e"} and places_only(rest[1:])):
                    return True
        return False

    return any(places_only(before[len(before) - lead :] + words) for lead in range(5))


def _fold(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@cache
def _place_names() -> frozenset[str]:
    """Place names of two words or more from the shipped gazetteers ("Padre Las Casas",
    "Calle Larga"), the first-level divisions and their national spellings and aliases
    ("Francisco Morazán", "María Trinidad Sánchez") and ``place_names`` of
    ``data/privacy.yaml`` ("Madre de Dios"): a cue word that begins a place name does not
    announce a person, nor does a given name that opens one."""
    import csv

    from genero_etl.countries import registry
    from genero_etl.resources import data_dir, load_yaml

    data = load_yaml((data_dir() / "privacy.yaml").read_text("utf-8"))
    names: set[str] = {_fold(str(name)) for name in data.get("place_names", [])}
    for path in [*sorted((data_dir() / "gazetteers").glob("*.csv")), data_dir() / "admin1_iso.csv"]:
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                names.update(_fold(cell) for cell in row if " " in cell.strip())
    for country in registry():
        spellings = [*country.admin1_names.values()]
        spellings += [a for aliases in country.admin1_aliases.values() for a in aliases]
        names.update(_fold(name) for name in spellings if " " in name.strip())
    return frozenset(names)


def _is_place(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a cue and what follows) begins with a known place name."""
    words = _fold(text[start:end]).replace(".", " ").split()
    places = _place_names()
    return any(" ".join(words[:n]) in places for n in range(2, len(words) + 1))


def redact(text: str) -> tuple[str, list[str]]:
    """Return the text with personal identifiers masked, and the kinds masked."""
    masked, kinds = screen_text(text)
    return masked, list(kinds)


def clean_cell(text: str) -> str:
    """No control characters; no formula start (a spreadsheet would run it)."""
    text = _CONTROL.sub("", text)
    return "'" + text if _FORMULA.match(text) else text


def screen_cell(text: str) -> str:
    """The whole screen for one cell: controls, personal data, formula start."""
    return _screened_cell(text, policy())


def _whole_label(words: str) -> re.Pattern[str]:
    """A whole column label made of one of ``words``, with "N°", "Nro." or "número (de)"
    before or after it ('N° de DNI', 'C.I. N°')."""
    number = r"(?i:n[°º.]?|nro\.?|n[uú]mero)"
    return re.compile(
        rf"^\s*(?:{number}\s*(?:(?i:de)\s+)?)?(?:{words})\.?(?:\s*(?i:n[°º]\.?|nro\.?|n[uú]mero))?\s*$"
    )


@lru_cache(maxsize=65536)
def _screened_cell(text: str, rules: Policy) -> str:
    """:func:`screen_cell` under ``rules`` (remembered: every issue of a file repeats its
    name, and many messages repeat across files)."""
    return clean_cell(_screen_text(_CONTROL.sub("", text), (), rules)[0])


def is_personal_label(label: str) -> bool:
    """A label that names an ID, phone or e-mail column ('DNI', 'N° de teléfono')."""
    return bool(policy().id_label.match(_CONTROL.sub("", label)))


# --- tables -------------------------------------------------------------------------


def _is_text(column: pa.Array) -> bool:
    import pyarrow as pa

    kind = column.type
    if pa.types.is_dictionary(kind):
        kind = kind.value_type
    return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind))


def _clean_values(values: pa.Array) -> pa.Array:
    """Controls removed and formula starts quoted; the same array when nothing needs it."""
    import pyarrow.compute as pc

    if len(values) <= _SMALL_COLUMN:
        if not any(t is not None and _RISKY.search(t) for t in values.to_pylist()):
            return values
    elif _printable_ascii(values) and not any(
        pc.any(pc.starts_with(values, start)).as_py() for start in "=+-@"
    ):
        return values  # ids and locators: no control character, no formula start
    elif not pc.any(pc.match_substring_regex(values, _RISKY.pattern)).as_py():
        return values
    values = pc.replace_substring_regex(values, CONTROL_CHARS, "")
    risky = pc.fill_null(pc.match_substring_regex(values, FORMULA_START), False)
    return pc.if_else(risky, pc.binary_join_element_wise("'", values, ""), values)


def _printable_ascii(values: pa.Array) -> bool:
    """Whether every byte of a string array's cells is printable ASCII (0x20-0x7e): then
    no cell holds a control character or a full-width formula start, and only the four
    ASCII formula starts are left to look for. Read from the data buffer at memory speed
    (twelve million ids take milliseconds; the equivalent regular expression, a second)."""
    import numpy as np
    import pyarrow as pa

    if not pa.types.is_string(values.type) or len(values) == 0:
        return False
    offsets = np.frombuffer(values.buffers()[1], dtype=np.int32)
    start, stop = int(offsets[values.offset]), int(offsets[values.offset + len(values)])
    data = values.buffers()[2]
    if data is None or stop <= start:
        return stop <= start
    used = np.frombuffer(data, dtype=np.uint8)[start:stop]
    return bool(used.min() >= 0x20 and used.max() <= 0x7E)


def _screen_values(
    values: pa.Array, regions: tuple[str, ...], kinds: Counter[str]
) -> tuple[pa.Array, pa.Array | None]:
    """(values screened, per-value 'masked' booleans or None when nothing was masked).

    The prefilter runs over the whole array (RE2, vectorised, for a large one; the compiled
    Python pattern for a small one, where RE2's per-call compilation would dominate); the
    full screen only over the few distinct values that could hold personal data; no copy
    when nothing is masked.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    positions: pa.Array | None = None
    if len(values) <= _SMALL_COLUMN:  # no Arrow call unless something is masked
        prefilter = policy().prefilter
        cells = values.to_pylist()
        found = [i for i, t in enumerate(cells) if t is not None and prefilter.search(t)]
        if not found:
            return values, None
        texts = [cells[i] for i in found]
    else:
        candidates = pc.fill_null(
            pc.match_substring_regex(values, policy().prefilter_source), False
        )
        positions = pc.indices_nonzero(candidates)
        if not len(positions):
            return values, None
        texts = values.take(positions).to_pylist()
    results: dict[str, tuple[str, tuple[str, ...]]] = {}
    for text in set(texts):
        if text is not None:
            results[text] = screen_text(_CONTROL.sub("", text), regions)
            kinds.update(results[text][1])
    hit = [t is not None and bool(results[t][1]) for t in texts]
    if not any(hit):
        return values, None
    if positions is None:
        positions = pa.array(found, pa.int64())
    where = positions.filter(pa.array(hit))
    replacements = pa.array([results[t][0] for t, h in zip(texts, hit, strict=True) if h and t])
    mask = pc.is_in(pa.array(range(len(values)), pa.int64()), value_set=where.cast(pa.int64()))
    return pc.replace_with_mask(values, mask, replacements), mask


def _screen_column(
    column: pa.Array, screen: bool, regions: tuple[str, ...], kinds: Counter[str]
) -> tuple[pa.Array, pa.Array | None]:
    """(cleaned and, if ``screen``, screened column; per-row 'masked' booleans or None).

    A dictionary column is screened through its dictionary, so a million rows with few
    labels cost few screens; an unchanged column is returned as it is (no copy).
    """
    import pyarrow as pa

    if isinstance(column, pa.ChunkedArray):
        if not screen and not pa.types.is_dictionary(column.type):
            # cleaned chunk by chunk: twelve million ids are never copied into one array
            chunks = [_clean_values(chunk) for chunk in column.chunks]
            return pa.chunked_array(chunks, column.type), None
        # one chunk is taken as it is (combining copies even one)
        column = column.chunk(0) if column.num_chunks == 1 else column.combine_chunks()
    was_dictionary = pa.types.is_dictionary(column.type)
    values = column.dictionary if was_dictionary else column
    if len(values) <= _SMALL_COLUMN and _untouched(values.to_pylist(), screen):
        return column, None  # what the screen and the cleaning below return for it
    mask = None
    if screen and len(values):
        values, mask = _screen_values(values, regions, kinds)
    cleaned = _clean_values(values)
    if was_dictionary:
        if cleaned is column.dictionary:
            return column, None
        row_changed = None if mask is None else mask.take(column.indices)
        return pa.DictionaryArray.from_arrays(column.indices, cleaned), row_changed
    return cleaned, mask


def _untouched(texts: list[str | None], screen: bool) -> bool:
    """Neither the screen (when asked for) nor the cleaning would change these texts: no
    text passes the screen's prefilter, none holds a control character or a formula start
    (the tests :func:`_screen_values` and :func:`_clean_values` make first, in one pass)."""
    risky = _RISKY.search
    if not screen:
        return not any(t is not None and risky(t) for t in texts)
    rules = policy()
    return not any(t is not None and (risky(t) or _prefiltered(t, rules)) for t in texts)


def _regions(table: pa.Table) -> tuple[str, ...]:
    """The countries of a table's rows, for phone plans (all supported when unknown)."""
    import pyarrow.compute as pc

    if "country" not in table.column_names:
        return ()
    column = table.column("country")
    if table.num_rows <= _SMALL_COLUMN:
        found = list({None if c is None else str(c) for c in cells(column)})
    else:  # distinct first: a dictionary column is never decoded cell by cell
        found = pc.unique(column.combine_chunks()).cast("string").to_pylist()
    known = tuple(sorted({str(c) for c in found if c}))
    return known if known and all(c is not None and c != "" for c in found) else ()


def screen_table(
    table: pa.Table,
    free_text: Iterable[str] | None = None,
    cleared: frozenset[str] = frozenset(),
) -> tuple[pa.Table, Counter[str], pa.Array | None]:
    """Every text column cleaned; free-text columns screened for personal data.

    Returns the table, the kinds masked (counts of distinct cells) and, per row, whether
    any of its cells was masked (None when none was). ``cleared``: columns of a short
    table that the screen and the cleaning are known to leave as they are (their batch's
    texts all pass, :func:`batch_look`), not looked at again.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    names = set(policy().free_text_columns if free_text is None else free_text)
    kinds: Counter[str] = Counter()
    any_changed: pa.Array | None = None
    columns = []
    fields = []
    small = table.num_rows <= _SMALL_COLUMN
    regions: tuple[str, ...] | None = None  # read from the rows once something is screened
    touched = False
    for field, column in zip(table.schema, table.columns, strict=True):
        if _is_text(column) and len(column):
            if small and (field.name in cleared or _untouched_column(column, field.name in names)):
                columns.append(column)  # as the screen would give it back: no copy
                fields.append(field)
                continue
            touched = True
            if regions is None:
                regions = _regions(table)
            column, changed = _screen_column(column, field.name in names, regions, kinds)
            if changed is not None:
                any_changed = changed if any_changed is None else pc.or_(any_changed, changed)
            field = field.with_type(column.type)
        columns.append(column)
        fields.append(field)
    if not touched:  # a short table with nothing to clean or screen: the same table
        return table, kinds, None
    return pa.Table.from_arrays(columns, schema=pa.schema(fields)), kinds, any_changed


def _untouched_column(column: pa.ChunkedArray, screen: bool) -> bool:
    """A short column of one chunk that neither the screen (when asked for) nor the
    cleaning would change (see :func:`_untouched`)."""
    import pyarrow as pa

    if isinstance(column, pa.ChunkedArray):
        if column.num_chunks != 1:
            return False
        column = column.chunk(0)
    values = column.dictionary if pa.types.is_dictionary(column.type) else column
    return _untouched(values.to_pylist(), screen)


def _add_flag(flags: pa.Array, where: pa.Array, flag: str) -> pa.Array:
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(flags, pa.ChunkedArray):
        flags = flags.combine_chunks()
    flags = flags.cast(pa.string())
    joined = pc.utf8_ltrim(pc.binary_join_element_wise(pc.fill_null(flags, ""), flag, ";"), ";")
    return pc.if_else(where, joined, flags)


def _is_id_card_label(label: str) -> bool:
    """A label that names an ID document's column ('C.I. N°', 'DNI')."""
    return bool(policy().id_card_label.match(_CONTROL.sub("", label)))


def _personal_labels(
    column: pa.ChunkedArray | pa.Array, personal_label: Callable[[str], bool]
) -> npt.NDArray[np.bool_]:
    """Rows whose label ``personal_label`` says names a column of personal data."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if len(column) <= _SMALL_COLUMN:
        labels_of_rows = cells(column)  # no kernel for a few rows
        personal_labels = {v for v in set(labels_of_rows) if v and personal_label(v)}
        return np.array([v in personal_labels for v in labels_of_rows], dtype=bool)
    labels = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    if not pa.types.is_dictionary(labels.type):
        labels = pc.dictionary_encode(labels.cast(pa.string()))
    personal = [bool(v) and personal_label(v) for v in labels.dictionary.to_pylist()]
    if not any(personal):
        return np.zeros(len(labels), dtype=bool)
    mask = pc.fill_null(pa.array(personal).take(labels.indices), False)
    return np.asarray(mask.to_numpy(zero_copy_only=False), dtype=bool)


def _personal_rows(
    original: pa.Table,
    screened: pa.Table,
    changed: pa.Array | None,
    look: BatchLook | None = None,
) -> npt.NDArray[np.bool_]:
    """Rows whose value is a number the screen hid in its own sentence (now, or when the
    sentence was read), or whose label names an ID or phone column: their value is
    personal data, not a statistic. ``look``: see :func:`screen_observations`."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    drop = np.zeros(original.num_rows, dtype=bool)
    # the label of the value, or the header it was read under when a register was read as
    # a table of categories ("C.I. N°" as the breakdown of each person's number)
    # (an ID document's only: "Teléfono" or "Correo electrónico" there is a channel)
    if "indicator_label" in original.column_names and not (look and look.labels):
        drop |= _personal_labels(original.column("indicator_label"), is_personal_label)
    if "breakdown_value" in original.column_names and not (look and look.id_cards):
        drop |= _personal_labels(original.column("breakdown_value"), _is_id_card_label)
    needed = {"value_raw", "source_text"}
    if changed is not None and needed <= set(original.column_names):
        rows = pc.indices_nonzero(changed)
        raw = original.column("value_raw").take(rows).to_pylist()
        before = original.column("source_text").take(rows).to_pylist()
        after = screened.column("source_text").take(rows).to_pylist()
        for i, value, was, now in zip(rows.to_pylist(), raw, before, after, strict=True):
            value = str(value or "")
            if sum(ch.isdigit() for ch in value) < LONG_ID_DIGITS:
                continue
            if value in str(was or "") and value not in str(now or ""):
                drop[i] = True
    # (a batch with no mask in its sentences, and this table's sentences untouched: none)
    unmasked = look is not None and look.unmasked and "source_text" in look.cleared
    if needed <= set(screened.column_names) and not unmasked:
        # A sentence masked before staging (text reports are screened when their values
        # are read): a long number that is no longer in its own sentence was masked there.
        masked, sentences = _masked_sentences(screened.column("source_text"))
        if masked:
            raw = screened.column("value_raw").take(pa.array(masked, pa.int64())).to_pylist()
            for i, value, now in zip(masked, raw, sentences, strict=True):
                value = str(value or "")
                if sum(ch.isdigit() for ch in value) >= LONG_ID_DIGITS and value not in str(
                    now or ""
                ):
                    drop[i] = True
    return drop


@dataclass(frozen=True, slots=True)
class BatchLook:
    """What the screen's tests found in a batch's texts, asked once for the batch
    (:func:`batch_look`): where no text of the batch fails a test, no file of it does."""

    cleared: frozenset[str]  # text columns no text of which the screen or the cleaning changes
    complete: bool  # every text column of the batch is cleared
    labels: bool  # no label names an ID or phone column
    id_cards: bool  # no breakdown names an ID document
    unmasked: bool  # no sentence holds the mask already
    unsuppressed: bool  # no flag of a suppressed count

    @property
    def nothing(self) -> bool:
        """The screen returns each file's table as it is."""
        return (
            self.complete and self.labels and self.id_cards and self.unmasked and self.unsuppressed
        )


def batch_look(tables: Iterable[pa.Table]) -> BatchLook:
    """The screen's tests of short tables asked once of a batch's ``tables``, each distinct
    text of a column tested once for the whole batch (the dictionary values no row uses
    included): the cleaning's control characters and formula starts, and the prefilter for a
    free-text column (:func:`_untouched`); a label that names an ID or phone column, a
    breakdown that names an ID document (:func:`_personal_rows`); a sentence already masked;
    a flag of a suppressed count (:func:`complementary_suppression`). A text's tests do not
    depend on its table, so what no text of the batch fails, no table of it fails. Only for
    tables of at most ``_SMALL_COLUMN`` rows whose columns are one chunk each (a longer
    table is screened with pyarrow's kernels): the caller's to check."""
    import pyarrow as pa

    rules = policy()
    names = set(rules.free_text_columns)
    risky = _RISKY.search
    texts: dict[str, set[str]] = {}  # per text column, its texts in the whole batch
    found = {name: False for name in _BATCH_TESTED}
    for together in _joined_by_schema(tables):
        for field, column in zip(together.schema, together.columns, strict=True):
            kind = field.type
            if pa.types.is_dictionary(kind):
                kind = kind.value_type
            if not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
                if field.name in found:
                    found[field.name] = True  # not the text the tests read: file by file
                continue
            texts.setdefault(field.name, set()).update(_distinct(column))
    cleared: set[str] = set()
    for name, distinct in texts.items():
        distinct.discard(None)
        if name in names:
            fails = any(risky(t) or _prefiltered(t, rules) for t in distinct)
        else:
            fails = any(map(risky, distinct))
        if not fails:
            cleared.add(name)
        test = _BATCH_TESTED.get(name)
        if test is not None:
            found[name] = found[name] or any(map(test, distinct))
    return BatchLook(
        frozenset(cleared),
        complete=len(cleared) == len(texts),
        labels=not found["indicator_label"],
        id_cards=not found["breakdown_value"],
        unmasked=not found["source_text"],
        unsuppressed=not found["quality_flags"],
    )


def _joined_by_schema(tables: Iterable[pa.Table]) -> Iterator[pa.Table]:
    """The tables of each schema as one table, in chunks (no copy)."""
    import pyarrow as pa

    groups: list[tuple[pa.Schema, list[pa.Table]]] = []
    for table in tables:
        schema = table.schema
        for known, members in groups:
            if known.equals(schema, check_metadata=True):
                members.append(table)
                break
        else:
            groups.append((schema, [table]))
    for _, members in groups:
        yield pa.concat_tables(members)


def _distinct(column: pa.ChunkedArray) -> list[Any]:
    """The distinct values of a column; of a dictionary column, of its chunks'
    dictionaries, used or not."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_dictionary(column.type):
        values = pa.concat_arrays([chunk.dictionary for chunk in column.chunks])
        return pc.unique(values).to_pylist()  # type: ignore[no-any-return]
    return pc.unique(column).to_pylist()  # type: ignore[no-any-return]


# The columns :func:`batch_look` asks more of, and what a text of each may not be.
_BATCH_TESTED: dict[str, Callable[[str], bool]] = {
    "indicator_label": lambda t: bool(t) and is_personal_label(t),
    "breakdown_value": lambda t: bool(t) and _is_id_card_label(t),
    "source_text": lambda t: MASK in t,
    "quality_flags": lambda t: "suppressed" in t,
}


def screen_observations(
    table: pa.Table, look: BatchLook | None = None
) -> tuple[pa.Table, Counter[str], int]:
    """The observations table screened; rows whose value is personal data dropped.

    Returns the table, the kinds masked and how many rows were dropped. ``look``: what the
    table's batch was found to hold (:func:`batch_look`); the tests it answers are not made
    again here.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    if look is not None and look.complete:
        screened, kinds, changed = table, Counter[str](), None  # no text column touched
    else:
        screened, kinds, changed = screen_table(
            table, cleared=frozenset() if look is None else look.cleared
        )
    if "quality_flags" in screened.column_names and changed is not None:
        index = screened.column_names.index("quality_flags")
        flags = screened.column("quality_flags").combine_chunks().cast(pa.string())
        already = pc.fill_null(pc.match_substring(flags, REDACTED_FLAG), False)
        screened = screened.set_column(
            index,
            pa.field("quality_flags", pa.string()),
            _add_flag(flags, pc.and_(changed, pc.invert(already)), REDACTED_FLAG),
        )
    drop = _personal_rows(table, screened, changed, look)
    dropped = int(drop.sum())
    if dropped:
        screened = _compact(screened.filter(pa.array(~drop, pa.bool_())))
    return screened, kinds, dropped


def _compact(table: pa.Table) -> pa.Table:
    """Dictionary columns re-encoded from the rows kept: a filter keeps every dictionary
    value, so a dropped row's personal data would still be written with the table."""
    import pyarrow as pa

    for i, field in enumerate(table.schema):
        if pa.types.is_dictionary(field.type):
            values = table.column(i).cast(field.type.value_type)
            encoded = values.dictionary_encode().cast(field.type)
            table = table.set_column(i, field, encoded)
    return table


def _masked_sentences(column: pa.ChunkedArray) -> tuple[list[int], list[str]]:
    """The rows whose text holds the mask, and their texts."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if len(column) <= _SMALL_COLUMN:
        found = [(i, t) for i, t in enumerate(cells(column)) if t is not None and MASK in t]
        return [i for i, _ in found], [t for _, t in found]
    rows: list[int] = []
    texts: list[str] = []
    offset = 0
    for chunk, may_hold in _chunks_holding(column, MASK):
        if may_hold:
            decoded = chunk.cast(pa.string())
            found = pc.indices_nonzero(pc.fill_null(pc.match_substring(decoded, MASK), False))
            rows.extend(offset + i for i in found.to_pylist())
            texts.extend(decoded.take(found).to_pylist())
        offset += len(chunk)
    return rows, texts


def _chunks_holding(column: pa.ChunkedArray, needle: str) -> Iterator[tuple[pa.Array, bool]]:
    """Each chunk of ``column`` and whether some cell of it may hold ``needle``; a
    dictionary chunk is looked at in its dictionary, never decoded cell by cell."""
    import pyarrow as pa
    import pyarrow.compute as pc

    for chunk in column.chunks:
        values = chunk.dictionary if pa.types.is_dictionary(chunk.type) else chunk
        yield chunk, bool(pc.any(pc.fill_null(pc.match_substring(values, needle), False)).as_py())


def _any_suppressed(flags: pa.ChunkedArray) -> bool:
    import pyarrow as pa
    import pyarrow.compute as pc

    if len(flags) <= _SMALL_COLUMN:
        return any(f is not None and "suppressed" in f for f in cells(flags))
    for chunk, may_hold in _chunks_holding(flags, "suppressed"):
        if may_hold:
            texts = chunk.cast(pa.string())
            if pc.any(pc.fill_null(pc.match_substring(texts, "suppressed"), False)).as_py():
                return True
    return False


def complementary_suppression(
    table: pa.Table, look: BatchLook | None = None
) -> tuple[pa.Table, int]:
    """Hide a second part wherever one hidden cell could be recovered by difference.

    For each total and each breakdown dimension of its parts (rows whose
    ``parent_observation_id`` is the total, and, in a crosstab, rows whose
    ``other_total_observation_id`` is: a cell is a part of its row's total and of its
    column's), the total and its parts form one equation.
    When exactly one of them is hidden (no value), the smallest other part is hidden too
    (``value_text`` 'suprimido', flag ``suppressed_complementary``), repeated until no
    equation has a single unknown. Returns the table and how many cells were hidden.
    ``look``: what the table's batch was found to hold before the screen
    (:func:`batch_look`); no flag of a suppressed count there, and the flags untouched by
    the screen (which only adds ``redacted``), none here.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    needed = {"observation_id", "parent_observation_id", "value", "quality_flags"}
    if table.num_rows == 0 or not needed <= set(table.column_names):
        return table, 0
    if look is not None and look.unsuppressed and "quality_flags" in look.cleared:
        return table, 0
    if not _any_suppressed(table.column("quality_flags")):
        return table, 0
    flags = table.column("quality_flags").combine_chunks().cast(pa.string())
    ids = table.column("observation_id").to_pylist()
    parents = table.column("parent_observation_id").to_pylist()
    values = table.column("value").to_pylist()
    dims = (
        table.column("breakdown_dimension").to_pylist()
        if "breakdown_dimension" in table.column_names
        else [""] * table.num_rows
    )
    others = (
        table.column("other_total_observation_id").to_pylist()
        if "other_total_observation_id" in table.column_names
        else [None] * table.num_rows
    )
    row_of = {oid: i for i, oid in enumerate(ids)}
    groups: dict[tuple[str, str, str], list[int]] = {}
    for link, totals in (("parent", parents), ("other", others)):
        for i, total in enumerate(totals):
            if total and total in row_of:
                groups.setdefault((total, dims[i] or "", link), []).append(i)
    hidden = {i for i, v in enumerate(values) if v is None}
    extra: set[int] = set()
    changed = True
    while changed:
        changed = False
        for (parent, _, _), parts in groups.items():
            cells = [row_of[parent], *parts]
            unknown = [i for i in cells if i in hidden]
            if len(unknown) != 1:
                continue
            shown = [i for i in parts if i not in hidden]
            if not shown:
                shown = [row_of[parent]]
            pick = min(shown, key=lambda i: (float(values[i] or 0), ids[i]))
            hidden.add(pick)
            extra.add(pick)
            changed = True
    if not extra:
        return table, 0
    mask = pa.array([i in extra for i in range(table.num_rows)], pa.bool_())
    columns = dict(zip(table.column_names, table.columns, strict=True))
    columns["value"] = pc.if_else(mask, pa.scalar(None, columns["value"].type), columns["value"])
    for name, text in (("value_raw", None), ("value_text", SUPPRESSED_TEXT)):
        if name in columns:
            columns[name] = pc.if_else(mask, pa.scalar(text, pa.string()), columns[name])
    columns["quality_flags"] = _add_flag(flags, mask, COMPLEMENTARY_FLAG)
    out = pa.Table.from_arrays([columns[n] for n in table.column_names], names=table.column_names)
    return out, len(extra)
