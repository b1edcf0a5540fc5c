"""The indicator codebook: recognising the same indicator across countries and spellings."""

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

    def matches(self, text: str) -> bool:
        if not any(p.search(text) for p in self.match):
            return False
        if self.requires and not any(p.search(text) for p in self.requires):
            return False
        return not any(p.search(text) for p in self.excludes)

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

    _memo: dict[tuple[str, str], Indicator] = field(default_factory=dict)

    def classify(self, primary: str, context: str = "") -> Indicator:
        """Best indicator for a label; the heading context is only used when the label alone says nothing."""
        key = (primary, context)
        found = self._memo.get(key)
        if found is None:
            found = self._classify(primary, context)
            if len(self._memo) < 100_000:
                self._memo[key] = found
        return found

    def _classify(self, primary: str, context: str) -> Indicator:
        for text in (plain(primary), plain(f"{primary} | {context}")):
            if not text.strip(" |"):
                continue
            best: Indicator | None = None
            for indicator in self.indicators.values():
                if indicator.matches(text) and (best is None or indicator.priority > best.priority):
                    best = indicator
            if best is not None:
                return best
        return self.unclassified

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
    unclassified: Indicator | None = None
    for file in files:
        with open(file, encoding="utf-8") as handle:
            data = yaml.safe_load(handle) or {}
        for entry in data.get("indicators", []):
            indicator = _indicator(entry)
            indicators[indicator.id] = indicator
        nouns.update(plain(str(n)) for n in data.get("count_nouns", []))
        excluded.update(plain(str(n)) for n in data.get("excluded_nouns", []))
        if "sin_clasificar" in data:
            unclassified = _indicator(data["sin_clasificar"])
    if unclassified is None:
        raise ValueError("the codebook has no 'sin_clasificar' entry")
    return Codebook(
        indicators=indicators,
        unclassified=unclassified,
        lexicon=Lexicon(frozenset(nouns), frozenset(excluded)),
        sources=list(files),
    )
