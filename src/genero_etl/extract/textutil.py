"""Small text helpers shared by extraction and normalisation."""

from __future__ import annotations

import re
import unicodedata
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
