"""The indicator codebook: recognising the same indicator across countries and spellings.

A label is classified by the patterns of ``schemas/codebook/indicators.yaml`` (words are data,
this module is the mechanism):

- each indicator's ``match`` patterns are compiled once into one alternation;
- a match preceded by a negation from the codebook's ``negations`` ("que no son femicidio",
  "sin capacitación") does not count for that indicator;
- a label that only says the datum is missing (``no_data``: "No informado", "Sin dato") is
  never an indicator, whatever its context;
- among the indicators that match, the highest priority wins; an indicator that the label's
  first part (the noun next to the number) already names gets ``NOUN_BONUS``;
- the heading context is only used when the label alone says nothing;
- asked for a percentage, only a percentage-kind indicator is returned;
- every distinct (label, context, kind) is classified once (memo).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from genero_etl.extract.text import Lexicon
from genero_etl.extract.textutil import plain
from genero_etl.resources import default_schemas_dir

UNCLASSIFIED = "sin_clasificar"
CODEBOOK_RELPATH = Path("codebook") / "indicators.yaml"
PERCENTAGE_KINDS = frozenset({"percentage"})
NOUN_BONUS = 15  # the words next to the number outweigh the rest of the sentence
_NEGATION_WINDOW = 48  # characters before a match searched for a negation
_MEMO_LIMIT = 100_000
_SLUG_SEPARATORS = re.compile(r"[-_/]+")


def _alternation(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns))


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    label_es: str
    label_en: str
    theme: str
    unit: str
    value_kind: str
    definition: str
    sdg5: str = ""
    mesecvi: str = ""
    match: tuple[re.Pattern[str], ...] = ()
    requires: tuple[re.Pattern[str], ...] = ()
    excludes: tuple[re.Pattern[str], ...] = ()
    priority: int = 0
    _any: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)
    _requires: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)
    _excludes: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_any", _alternation(self.match))
        object.__setattr__(self, "_requires", _alternation(self.requires))
        object.__setattr__(self, "_excludes", _alternation(self.excludes))

    def matches(self, text: str, negation: re.Pattern[str] | None = None) -> bool:
        """True when a match pattern is found (and not negated), a required word is present
        and no excluded word is."""
        if self._any is None:
            return False
        if negation is None:
            if self._any.search(text) is None:
                return False
        elif not any(
            negation.search(text, max(0, m.start() - _NEGATION_WINDOW), m.start()) is None
            for m in self._any.finditer(text)
        ):
            return False
        if self._requires is not None and self._requires.search(text) is None:
            return False
        return self._excludes is None or self._excludes.search(text) is None

    @property
    def is_percentage(self) -> bool:
        return self.value_kind in PERCENTAGE_KINDS

    def row(self) -> dict[str, str]:
        return {
            "indicator_id": self.id,
            "label_es": self.label_es,
            "label_en": self.label_en,
            "theme": self.theme,
            "unit": self.unit,
            "value_kind": self.value_kind,
            "definition": self.definition,
            "sdg5": self.sdg5,
            "mesecvi": self.mesecvi,
        }


@dataclass(slots=True)
class Codebook:
    indicators: dict[str, Indicator]
    unclassified: Indicator
    lexicon: Lexicon
    sources: list[str] = field(default_factory=list)
    negation: re.Pattern[str] | None = None
    no_data: re.Pattern[str] | None = None

    _memo: dict[tuple[str, str, bool], Indicator] = field(default_factory=dict)

    def classify(self, primary: str, context: str = "", *, percentage: bool = False) -> Indicator:
        """Best indicator for a label; the heading context is only used when the label alone
        says nothing. With ``percentage=True`` (the value is a percentage or a share) only a
        percentage-kind indicator can be returned; otherwise the value is unclassified."""
        key = (primary, context, percentage)
        found = self._memo.get(key)
        if found is None:
            found = self._classify(primary, context, percentage)
            if len(self._memo) < _MEMO_LIMIT:
                self._memo[key] = found
        return found

    def is_no_data(self, label: str) -> bool:
        """'No informado', 'Sin dato', 'S/D': a label saying the datum is missing."""
        text = plain(label).strip(" :|")
        return bool(text) and self.no_data is not None and self.no_data.fullmatch(text) is not None

    def _classify(self, primary: str, context: str, percentage: bool) -> Indicator:
        label = plain(primary)
        if self.is_no_data(label):
            return self.unclassified
        noun = label.split("|", 1)[0].strip()
        with_context = plain(f"{primary} | {_SLUG_SEPARATORS.sub(' ', context)}") if context else ""
        for text in (label, with_context):
            if not text.strip(" |"):
                continue
            best = self._best(text, noun if noun != text.strip() else "")
            if best is not None:
                if percentage and not best.is_percentage:
                    return self.unclassified
                return best
        return self.unclassified

    def _best(self, text: str, noun: str) -> Indicator | None:
        best: Indicator | None = None
        best_score = 0
        for indicator in self.indicators.values():
            if not indicator.matches(text, self.negation):
                continue
            score = indicator.priority
            if noun and indicator.matches(noun, self.negation):
                score += NOUN_BONUS
            if best is None or score > best_score:
                best, best_score = indicator, score
        return best

    def rows(self) -> list[dict[str, str]]:
        rows = [i.row() for i in sorted(self.indicators.values(), key=lambda i: i.id)]
        return [*rows, self.unclassified.row()]


def _compile(patterns: Any) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(str(p)) for p in (patterns or []))


def _indicator(data: dict[str, Any]) -> Indicator:
    return Indicator(
        id=str(data["id"]),
        label_es=str(data["label_es"]),
        label_en=str(data.get("label_en", data["label_es"])),
        theme=str(data.get("theme", UNCLASSIFIED)),
        unit=str(data.get("unit", "")),
        value_kind=str(data.get("value_kind", "observed")),
        definition=str(data.get("definition", "")),
        sdg5=str(data.get("sdg5", "") or ""),
        mesecvi=str(data.get("mesecvi", "") or ""),
        match=_compile(data.get("match")),
        requires=_compile(data.get("requires")),
        excludes=_compile(data.get("excludes")),
        priority=int(data.get("priority", 0)),
    )


def _negation_pattern(words: list[str]) -> re.Pattern[str] | None:
    """A negation word, then at most two words, right before a match ('que no son ...')."""
    if not words:
        return None
    alternatives = "|".join(f"(?:{w})" for w in words)
    return re.compile(rf"(?:^|[^\w|])(?:{alternatives})(?:[^\w|]+\w+){{0,2}}[^\w|]+$")


def _no_data_pattern(phrases: list[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    return re.compile("|".join(f"(?:{p})" for p in phrases))


def load_codebook(workspace_schemas: Path | None = None) -> Codebook:
    """The shipped codebook, extended or overridden by a workspace's own."""
    files = [default_schemas_dir() / CODEBOOK_RELPATH]
    if workspace_schemas is not None and (workspace_schemas / CODEBOOK_RELPATH).is_file():
        files.append(workspace_schemas / CODEBOOK_RELPATH)
    return _load(tuple(str(f) for f in files))


@cache
def _load(files: tuple[str, ...]) -> Codebook:
    import yaml

    indicators: dict[str, Indicator] = {}
    nouns: set[str] = set()
    excluded: set[str] = set()
    negations: list[str] = []
    no_data: list[str] = []
    unclassified: Indicator | None = None
    for file in files:
        with open(file, encoding="utf-8") as handle:
            data = yaml.safe_load(handle) or {}
        for entry in data.get("indicators", []):
            indicator = _indicator(entry)
            indicators[indicator.id] = indicator
        nouns.update(plain(str(n)) for n in data.get("count_nouns", []))
        excluded.update(plain(str(n)) for n in data.get("excluded_nouns", []))
        negations.extend(str(n) for n in data.get("negations", []) or [])
        no_data.extend(str(n) for n in data.get("no_data", []) or [])
        if "sin_clasificar" in data:
            unclassified = _indicator(data["sin_clasificar"])
    if unclassified is None:
        raise ValueError("the codebook has no 'sin_clasificar' entry")
    return Codebook(
        indicators=indicators,
        unclassified=unclassified,
        lexicon=Lexicon(frozenset(nouns), frozenset(excluded)),
        sources=list(files),
        negation=_negation_pattern(negations),
        no_data=_no_data_pattern(no_data),
    )
