"""Small text helpers shared by extraction and normalisation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

_INCLUSIVE = [
    (
        re.compile(r"\b(\w+?)(?:as|os)\((?:os|as|es)\)", re.IGNORECASE),
        r"\1os",
    ),  # las(os), abogadas(os)
    (re.compile(r"\b(\w+?)(?:a|o)\((?:o|a|e)\)", re.IGNORECASE), r"\1o"),
    (re.compile(r"\b(\w+?)(?:as|os)/(?:as|os)\b", re.IGNORECASE), r"\1os"),  # las/los
    (re.compile(r"\b(\w+)x(s?)\b", re.IGNORECASE), r"\1o\2"),  # trabajadorxs, aprobadxs
    (re.compile(r"\b(\w+)@(s?)\b", re.IGNORECASE), r"\1o\2"),
    (re.compile(r"\btodes\b", re.IGNORECASE), "todos"),
    (re.compile(r"\bles\b(?=\s+\w+es\b)", re.IGNORECASE), "los"),
]


class DeferredPattern:
    """A pattern compiled the first time it runs: of the hundreds of lexicon and country
    patterns a run loads, most are gated by words few texts hold, and compiling them all up
    front cost about 0.3 s of every run. Compiled with the same source and flags, it matches
    what ``re.compile`` would."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text)

    def findall(self, text: str) -> list[str]:
        return self.compiled.findall(text)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, strip accents, collapse spaces: for matching, never for display."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


@lru_cache(maxsize=65536)
def plain(text: str) -> str:
    """Fold and rewrite inclusive spellings to a plain form, so one pattern matches all.

    trabajadorxs -> trabajadoros is not Spanish, but trabajadorxs and trabajadores both
    contain 'trabajador', which is what codebook patterns match on.
    """
    folded = fold(text)
    for pattern, repl in _INCLUSIVE:
        folded = pattern.sub(repl, folded)
    return folded
