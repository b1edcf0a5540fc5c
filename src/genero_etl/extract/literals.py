"""Which of many patterns can match a text, told by one pass over it.

Every match of ``ley micaela`` holds "ley micaela", every match of ``capacit(o|aron)\\b``
holds "capacit", every match of ``(cursos|talleres) de`` holds "cursos de" or "talleres de":
``required_literals`` reads such strings from a pattern's parse tree (only where the pattern
cannot match without one of them), and ``LiteralGate`` finds all of them in a text with one
Aho-Corasick pass, so a caller searches only the patterns whose strings occur (and the
patterns with none, always). A pattern that is skipped is one whose ``search`` would have
found nothing: the answers are the patterns' own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# re's parser: stable across the supported Pythons (3.11 on), used read-only
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_MIN_LENGTH = 2  # a shorter string would pass nearly every text


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every match of ``pattern`` holds at least one, or None when none can
    be told (case ignored, a pattern made of classes or optional parts only)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - the pattern compiled, so it parses
        return None
    return _sequence(list(tree))


def _score(found: frozenset[str] | None) -> int:
    return min((len(s) for s in found), default=0) if found else 0


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The best set among the parts every match goes through: a run of literal characters,
    or the set of a group, a branch or a repeat that runs at least once."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def close() -> None:
        nonlocal best, run
        if len(run) >= _MIN_LENGTH:
            candidate = frozenset({"".join(run)})
            if _score(candidate) > _score(best):
                best = candidate
        run = []

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if op is _c.AT:
            close()  # \b, ^, $: a position, no character
            continue
        close()
        found = _node(op, av)
        if found is not None and _score(found) > _score(best):
            best = found
    close()
    return best


def _node(op: Any, av: Any) -> frozenset[str] | None:
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags & re.IGNORECASE or del_flags:
            return None
        return _sequence(list(body))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _sequence(list(body)) if low >= 1 else None
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is _c.BRANCH:
        _none, branches = av
        union: set[str] = set()
        for branch in branches:
            found = _sequence(list(branch))
            if not found:
                return None  # a branch that needs no string: the branch needs none
            union |= found
        return frozenset(union)
    return None


class LiteralGate:
    """For a list of patterns, the indices of those that may match a text: every pattern
    whose required strings (``required_literals``) occur in it, and every pattern without
    such strings."""

    __slots__ = ("_always", "_automaton")

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        import ahocorasick

        by_literal: dict[str, list[int]] = {}
        always: list[int] = []
        for index, pattern in enumerate(patterns):
            literals = required_literals(pattern)
            if not literals:
                always.append(index)
                continue
            for literal in literals:
                by_literal.setdefault(literal, []).append(index)
        self._always = frozenset(always)
        self._automaton: Any = None
        if by_literal:
            automaton = ahocorasick.Automaton()
            for literal, indices in by_literal.items():
                automaton.add_word(literal, tuple(indices))
            automaton.make_automaton()
            self._automaton = automaton

    def possible(self, text: str) -> frozenset[int]:
        """Indices of the patterns that may match ``text`` (a superset of those that do)."""
        if self._automaton is None or not text:
            return self._always
        hits = set(self._always)
        for _end, indices in self._automaton.iter(text):
            hits.update(indices)
        return frozenset(hits)
