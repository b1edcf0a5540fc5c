"""Split words that PDF text extraction glued together, using Spanish word frequencies.

Slide decks exported to PDF often position each word separately without a space
character, so the text layer reads "Plandeacción deEquidaddeGénero". A rule list cannot
keep up with that; word frequencies can: a token is split only when

* it has letters only (numbers are never touched) and at least ``MIN_TOKEN`` of them;
* the token itself is not a frequent word (Zipf < ``FREQUENT_ZIPF``), so real words,
  names and acronyms found in the frequency list stay as written;
* every part is a known word (three-letter ones common: Zipf >= ``SHORT_PART_ZIPF``), not a compounding prefix ("anti", "auto"): one- and two-letter parts only from a short list of Spanish
  function words ("de", "la", "y"...), longer parts with Zipf >= ``MIN_PART_ZIPF``;
* the split is much more probable than the token: the product of the parts' frequencies,
  less ``PART_PENALTY`` orders of magnitude per extra part, beats the token's frequency by
  ``MARGIN`` orders of magnitude;
* the parts other than function words are common (mean Zipf >= ``MEAN_PART_ZIPF``): glued
  slide text is made of common words, while a rare derived word missing from the list
  ("transversalizar") only splits into a rare stem and a suffix-like piece ("izar").
  Cuts that all fall where lowercase meets uppercase ("deDiversidades") skip this check.

Frequencies come from ``wordfreq`` (maintained, ships its data in the wheel, works
offline). Case is kept: the split points found on the lowercased token are applied to the
original ("deEquidad" -> "de Equidad").
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache

MIN_TOKEN = 4
FREQUENT_ZIPF = 3.0
MIN_PART_ZIPF = 2.0
MEAN_PART_ZIPF = 3.5
SHORT_PART_ZIPF = 4.0  # three-letter parts: "que", "con", "por", not "ipa" or "meg"
PART_PENALTY = 1.0
MARGIN = 2.0
MAX_TOKEN = 60
MAX_PART = 24

# Short Spanish words that glue most often; other 1-2 letter parts ("co", "di") are noise.
FUNCTION_WORDS = frozenset(
    [
        "a",
        "e",
        "o",
        "u",
        "y",
        "de",
        "la",
        "el",
        "en",
        "al",
        "lo",
        "se",
        "su",
        "un",
        "no",
        "le",
        "me",
        "te",
        "ti",
        "mi",
        "tu",
        "ni",
        "ya",
        "yo",
        "si",
        "sí",
    ]
)

# Prefixes that are also listed as words ("anti", "auto") would split real compounds
# ("antipatriarcal", "autotransporte") that the list happens to lack.
PREFIXES = frozenset(
    [
        "anti",
        "auto",
        "des",
        "extra",
        "hiper",
        "infra",
        "inter",
        "macro",
        "micro",
        "mini",
        "multi",
        "neo",
        "post",
        "pre",
        "pro",
        "semi",
        "socio",
        "sub",
        "super",
        "supra",
        "tele",
        "trans",
        "ultra",
        "vice",
        "bio",
        "eco",
        "geo",
    ]
)

_TOKEN = re.compile(r"[^\W\d_]+")
_LINK = re.compile(r"\S*(?:https?://|www\.|@)\S*")


@cache
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("es", wordlist="best")


def _log10(word: str) -> float | None:
    """log10 of the word's frequency if it may be a part of a split, else None."""
    freq = _frequencies().get(word)
    if not freq or word in PREFIXES:
        return None
    if len(word) <= 2:
        return math.log10(freq) if word in FUNCTION_WORDS else None
    logf = math.log10(freq)
    floor = SHORT_PART_ZIPF if len(word) == 3 else MIN_PART_ZIPF
    return logf if logf + 9 >= floor else None


@lru_cache(maxsize=65536)
def split_token(token: str) -> str:
    """Return ``token`` with spaces where glued words were, or unchanged."""
    if not (MIN_TOKEN <= len(token) <= MAX_TOKEN) or not token.isalpha():
        return token
    lower = token.lower()
    if len(lower) != len(token):
        return token
    freq = _frequencies().get(lower, 0.0)
    # A token absent from a 340 000-word list is not a word: any valid split beats it.
    whole = math.log10(freq) if freq else -math.inf
    if whole + 9 >= FREQUENT_ZIPF:
        return token
    n = len(lower)
    best: list[tuple[float, int] | None] = [None] * (n + 1)
    best[0] = (0.0, 0)
    for end in range(1, n + 1):
        for start in range(max(0, end - MAX_PART), end):
            prev = best[start]
            if prev is None:
                continue
            score = _log10(lower[start:end])
            if score is None:
                continue
            case_change = start > 0 and token[start - 1].islower() and token[start].isupper()
            penalty = PART_PENALTY if start > 0 and not case_change else 0.0
            total = prev[0] + score - penalty
            current = best[end]
            if current is None or total > current[0]:
                best[end] = (total, start)
    final = best[n]
    if final is None or final[0] < whole + MARGIN:
        return token
    cuts: list[int] = []
    position = n
    while position > 0:
        entry = best[position]
        assert entry is not None
        cuts.append(entry[1])
        position = entry[1]
    cuts = sorted(c for c in cuts if c > 0)
    if not cuts:
        return token
    pieces = [token[a:b] for a, b in zip([0, *cuts], [*cuts, n], strict=True)]
    if pieces[-1].lower() == "a":
        return token  # "trabajador" + "a": an inflection, not a glued preposition
    content = [p.lower() for p in pieces if p.lower() not in FUNCTION_WORDS]
    at_case_change = all(token[c - 1].islower() and token[c].isupper() for c in cuts)
    if content and not at_case_change:
        mean = sum(math.log10(_frequencies()[p]) + 9 for p in content) / len(content)
        if mean < MEAN_PART_ZIPF:
            return token
    return " ".join(pieces)


def split_glued(text: str) -> str:
    """Split glued words in a line of text; digits, punctuation, spacing, links and e-mail
    addresses stay as they are."""
    out: list[str] = []
    position = 0
    for link in _LINK.finditer(text):
        out.append(_TOKEN.sub(lambda m: split_token(m.group(0)), text[position : link.start()]))
        out.append(link.group(0))
        position = link.end()
    out.append(_TOKEN.sub(lambda m: split_token(m.group(0)), text[position:]))
    return "".join(out)
