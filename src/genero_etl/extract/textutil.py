"""Small text helpers shared by extraction and normalisation."""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's engine, no stubs
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache, partial

# re's constants, parser, compiler and engine: stable across the supported Pythons (3.11 on),
# read as ``literals.py`` reads them (loaded by ``re`` itself: no cost at start-up)
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as _c  # type: ignore[attr-defined]
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
            gate = lead_gate(found)
            if gate is not None:  # opens with a lookbehind: its places found without it first
                self.__dict__.update(
                    search=partial(gated_search, found.match, gate.search),
                    finditer=partial(gated_finditer, found.match, gate.search),
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


def lead_gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` without the lookbehinds it opens with (``(?<![\\w])``, ``(?<!San )``),
    when it opens with one and never matches an empty string; None otherwise.

    A pattern that opens with an assertion gives the regex engine no first characters to
    skip to: it is tried at every place of the text, lookbehind first. Without it, the same
    pattern skips to where its first letters are (a literal prefix, or a set of first
    characters). A lookbehind takes no characters, so the pattern matches at a place exactly
    where the gate matches there and the lookbehind holds: :func:`gated_search` and
    :func:`gated_finditer` ask the gate where the next such place may be and the whole
    pattern whether it matches there, and find what ``search`` and ``finditer`` find."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        lead = 0
        for op, av in parsed.data:
            if op not in (_c.ASSERT, _c.ASSERT_NOT) or av[0] != -1:  # -1: looks behind
                break
            lead += 1
        if not lead or lead == len(parsed.data):
            return None
        body = _uncased_first(_parser.SubPattern(parsed.state, parsed.data[lead:]), pattern.flags)
        if body.getwidth()[0] == 0:  # an empty match: ``finditer``'s own rules, not these
            return None
        if not _skips(body, pattern.flags):
            return None  # tried at every place anyway, and without the lookbehind's quick "no"
        gate: re.Pattern[str] = _compiler.compile(body, pattern.flags)
        return gate
    except Exception:  # a source this reading does not know: the pattern as it is
        return None


def finditer_of(pattern: re.Pattern[str]) -> Callable[..., Iterator[re.Match[str]]]:
    """``pattern.finditer``, through its gate when it has one (:func:`lead_gate`)."""
    gate = lead_gate(pattern)
    if gate is None:
        return pattern.finditer
    return partial(gated_finditer, pattern.match, gate.search)


# the characters a letter matches when case is ignored (``re.IGNORECASE``, Unicode: those
# whose lowercase is the letter's, ``_sre.unicode_tolower``, or one the engine counts with
# it): the letter and its capital, and for four of them the few others Unicode lowers to it
# ("K", the kelvin sign, is "k"); ``tests/extract/test_lead_gate.py`` checks them against
# every character
_LETTERS = "abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
_CASES = {c: c + c.upper() for c in _LETTERS} | {
    "i": "iI\u0130\u0131",
    "k": "kK\u212a",
    "s": "sS\u017f",
    "\u00e5": "\u00e5\u00c5\u212b",
}


def _uncased_first(body: Any, flags: int) -> Any:
    """``body`` (a parsed pattern) with its first letter, when case is ignored, written as the
    set of characters it matches, that set matched as written: the regex engine finds no first
    characters to skip to in a letter whose case is ignored, and finds them in that set. The
    same places match."""
    if not flags & re.IGNORECASE or flags & (re.ASCII | re.LOCALE) or not body.data:
        return body
    op, av = body.data[0]
    if op is not _c.LITERAL or not _sre.unicode_iscased(av):
        return body
    letters = _CASES.get(chr(_sre.unicode_tolower(av)))
    if letters is None:
        return body
    first = _parser.SubPattern(body.state, [(_c.IN, [(_c.LITERAL, ord(c)) for c in letters])])
    as_written = (_c.SUBPATTERN, (None, 0, re.IGNORECASE, first))  # ``(?-i:[kKK])``
    return _parser.SubPattern(body.state, [as_written, *body.data[1:]])


# a gate's first characters: at most this many (a set of them the engine skips to is worth
# it only when few places of a text hold one)
_FIRST_CHARACTERS = 32


def _skips(body: Any, flags: int) -> bool:
    """Whether the regex engine skips to where ``body`` (a parsed pattern) may start: it
    begins with a literal prefix, or with one of a few characters (``_compile_info`` of
    ``re._compiler``)."""
    prefix = _compiler._get_literal_prefix(body, flags)[0]
    if prefix:
        return True
    charset = _compiler._get_charset_prefix(body, flags)
    if not charset:
        return False
    first: set[int] = set()  # the distinct characters (an alternation repeats them)
    for op, av in charset:
        if op is _c.LITERAL:
            first.add(av)
        elif op is _c.RANGE and av[1] - av[0] < _FIRST_CHARACTERS:
            first.update(range(av[0], av[1] + 1))
        else:  # a category ("\\w"), a negated set, a long range: most characters
            return False
    return len(first) <= _FIRST_CHARACTERS


def gated_search(
    match: Callable[[str, int, int], re.Match[str] | None],
    gate: Callable[[str, int, int], re.Match[str] | None],
    string: str,
    pos: int = 0,
    endpos: int = sys.maxsize,
) -> re.Match[str] | None:
    """``pattern.search`` of a pattern that opens with lookbehinds (``match``: the pattern's,
    ``gate``: its :func:`lead_gate`'s ``search``): the first place at or after ``pos`` where
    the gate matches and the pattern, lookbehinds and all, matches too."""
    while True:
        found = gate(string, pos, endpos)
        if found is None:
            return None
        at = found.start()
        whole = match(string, at, endpos)  # its lookbehinds see the text before ``at``
        if whole is not None:
            return whole
        pos = at + 1


def gated_finditer(
    match: Callable[[str, int, int], re.Match[str] | None],
    gate: Callable[[str, int, int], re.Match[str] | None],
    string: str,
    pos: int = 0,
    endpos: int = sys.maxsize,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` of a pattern that opens with lookbehinds, as :func:`gated_search`:
    each match, the next searched from its end (the pattern never matches an empty string)."""
    while True:
        found = gate(string, pos, endpos)
        if found is None:
            return
        at = found.start()
        whole = match(string, at, endpos)
        if whole is None:
            pos = at + 1
            continue
        yield whole
        pos = whole.end()


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
