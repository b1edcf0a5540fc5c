"""Small text helpers shared by extraction and normalisation."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from typing import Any

# each rewrite with the characters one of which every match of it holds (no other character
# matches them when case is ignored): a text without them is left as it is, unsearched
_INCLUSIVE = [
    (
        re.compile(r"\b(\w+?)(?:as|os)\((?:os|as|es)\)", re.IGNORECASE),
        r"\1os",
        "(",
    ),  # las(os), abogadas(os)
    (re.compile(r"\b(\w+?)(?:a|o)\((?:o|a|e)\)", re.IGNORECASE), r"\1o", "("),
    (re.compile(r"\b(\w+?)(?:as|os)/(?:as|os)\b", re.IGNORECASE), r"\1os", "/"),  # las/los
    (re.compile(r"\b(\w+)x(s?)\b", re.IGNORECASE), r"\1o\2", "xX"),  # trabajadorxs, aprobadxs
    (re.compile(r"\b(\w+)@(s?)\b", re.IGNORECASE), r"\1o\2", "@"),
    (re.compile(r"\btodes\b", re.IGNORECASE), "todos", ""),
    (re.compile(r"\bles\b(?=\s+\w+es\b)", re.IGNORECASE), "los", ""),
]


class DeferredPattern:
    """A pattern compiled the first time it runs: of the hundreds of lexicon and country
    patterns a run loads, most are gated by words few texts hold, or are asked about only by
    some texts, and compiling them all up front cost about a second of every run (the accent
    classes of the lexicon's phrases are slow to compile). Compiled with the same source and
    flags, it matches what ``re.compile`` would. Once compiled, the pattern's own methods are
    set on the instance, so a call costs what a call of the compiled pattern does."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    @property
    def compiled(self) -> re.Pattern[str]:
        found: re.Pattern[str] | None = self.__dict__.get("_compiled")
        if found is None:
            found = re.compile(self.pattern, self.flags)
            # instance attributes come before the class's methods below
            self.__dict__.update(
                _compiled=found,
                search=found.search,
                match=found.match,
                fullmatch=found.fullmatch,
                finditer=found.finditer,
                findall=found.findall,
                sub=found.sub,
                split=found.split,
            )
        return found

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit)

    @property
    def groups(self) -> int:
        return self.compiled.groups

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.compiled.groupindex


# what extraction's patterns are: compiled, or compiled when first used
TextPattern = re.Pattern[str] | DeferredPattern


def longest_first(word: str) -> tuple[int, str]:
    """Sort key for the words of one alternation: the longest first (a regex alternation takes
    the first branch that matches), words of one length in a fixed order, so that a pattern
    is the same in every process whatever the order of the set it came from."""
    return (-len(word), word)


class _Uncombined(dict[int, int | None]):
    """A ``str.translate`` table that drops combining characters (accents once decomposed)
    and keeps every other character; each code point is looked up once, when first met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_UNCOMBINED = _Uncombined()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, strip accents, collapse spaces: for matching, never for display."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return " ".join(decomposed.translate(_UNCOMBINED).split())


@lru_cache(maxsize=65536)
def plain(text: str) -> str:
    """Fold and rewrite inclusive spellings to a plain form, so one pattern matches all.

    trabajadorxs -> trabajadoros is not Spanish, but trabajadorxs and trabajadores both
    contain 'trabajador', which is what codebook patterns match on.
    """
    folded = fold(text)
    for pattern, repl, needs in _INCLUSIVE:
        if not needs or any(ch in folded for ch in needs):
            folded = pattern.sub(repl, folded)
    return folded
