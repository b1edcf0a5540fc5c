"""The context of a number in its text, as classes meant to hold in any office's wording.

Evidence for a text observation's confidence (:func:`genero_etl.normalize.observations.
features_of`), used only when ``schemas/lexicon/confidence.yaml`` says ``context: true``: the
class of the word right before and right after the number (``schemas/lexicon/context.yaml``,
which may take the words of lexicon sections), where the number stands in its text, what the
text looks like and the number's shape. Every feature is named ``ctx:...``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

CONTEXT_FILE = "context.yaml"  # in schemas/lexicon/

_WORD_BEFORE = re.compile(r"([^\W\d_][\w.°º]*)\s+$")  # "artículo 5", "nº 12", "art. 80"
_TWO_BEFORE = re.compile(r"([^\W\d_][\w.°º]*)\s+[^\W\d_]+\s+$")  # "entre el 7 %"
_WORD_AFTER = re.compile(r"^\s+([^\W\d_]+\.?)(?:\s+([^\W\d_]+))?")  # "30 casos", "1 de mayo"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LIST_MARKER = re.compile(r"^\s*(?:[-•*·▪]|\d{1,2}[.)]|[a-z][.)])\s")
_DOT_LEADERS = re.compile(r"\.{4,}|…{2,}|(?:\. ){4,}")
_SHORT_TEXT = 8  # words: a text this short without a final stop reads like a heading


@dataclass(frozen=True)
class _WordClass:
    name: str
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    pattern: re.Pattern[str] | None

    def matches(self, word: str) -> bool:
        return (
            word in self.exact
            or any(word.startswith(p) for p in self.prefixes)
            or bool(self.pattern and self.pattern.fullmatch(word))
        )


def _word_class(name: str, spec: dict[str, Any], lexicon: Any) -> _WordClass:
    from genero_etl.extract.textutil import fold

    words = [str(w) for w in spec.get("words") or []]
    for section in spec.get("lexicon") or []:
        words += lexicon.words(*str(section).split("."))
    folded = [fold(w) for w in words]
    pattern = spec.get("pattern")
    return _WordClass(
        name=name,
        exact=frozenset(w for w in folded if not w.endswith("*") and " " not in w),
        prefixes=tuple(sorted({w[:-1] for w in folded if w.endswith("*") and " " not in w})),
        pattern=re.compile(str(pattern)) if pattern else None,
    )


@cache
def _classes() -> tuple[tuple[_WordClass, ...], tuple[_WordClass, ...]]:
    """The word classes before and after a number, in the order they are tried."""
    from genero_etl.extract.lexicon import default_lexicon
    from genero_etl.resources import default_schemas_dir, load_yaml

    path = default_schemas_dir() / "lexicon" / CONTEXT_FILE
    data = load_yaml(path.read_text(encoding="utf-8")) if path.is_file() else {}
    lexicon = default_lexicon()
    sides = []
    for side in ("before", "after"):
        specs = (data or {}).get(side) or {}
        sides.append(tuple(_word_class(str(n), s or {}, lexicon) for n, s in specs.items()))
    return sides[0], sides[1]


def _class_of(word: str, classes: tuple[_WordClass, ...]) -> str:
    from genero_etl.extract.textutil import fold

    folded = fold(word)
    for c in classes:
        if c.matches(folded) or c.matches(folded.rstrip(".")):
            return c.name
    return "other"


def _where(text: str, raw: str) -> int | None:
    """Where ``raw`` first stands in ``text`` as a number of its own (no digit glued to it);
    -1 when it stands only inside longer numbers, None when it is not there at all."""
    at = text.find(raw) if raw else -1
    if at < 0:
        return None
    digit_ends = raw[:1].isdigit(), raw[-1:].isdigit()
    while at >= 0:
        glued_before = digit_ends[0] and at > 0 and text[at - 1].isdigit()
        end = at + len(raw)
        glued_after = digit_ends[1] and end < len(text) and text[end].isdigit()
        if not glued_before and not glued_after:
            return at
        at = text.find(raw, at + 1)
    return -1


def context_features(text: str, raw: str, value: float | None) -> list[str]:
    """The ``ctx:`` features of a number whose raw text is ``raw`` in ``text`` (its first
    occurrence as a number of its own)."""
    found: list[str] = []
    if value is not None and value != int(value):
        found.append("ctx:decimal")
    elif value is not None and abs(value) >= 100 and value % 100 == 0:
        found.append("ctx:round")
    at = _where(text, raw)
    if at is None:
        return [*found, "ctx:not_found"]
    if at < 0:  # only inside a longer number: "3[1]7", "20[16]"
        return [*found, "ctx:inside_number"]
    before_classes, after_classes = _classes()
    head, tail = text[max(0, at - 80) : at], text[at + len(raw) : at + len(raw) + 80]
    stripped = head.rstrip()
    if not text[:at].strip():
        found.append("ctx:first")
    elif stripped.endswith(":"):
        found.append("ctx:after_colon")
    elif stripped.endswith(("(", "[")):
        found.append("ctx:in_brackets")
    elif stripped.endswith((",", ";")):
        found.append("ctx:after_comma")
    elif m := _WORD_BEFORE.search(head):
        kind = _class_of(m.group(1), before_classes)
        found.append(f"ctx:<:{kind}")
        if kind in {"article", "preposition"} and (m2 := _TWO_BEFORE.search(head)):
            found.append(f"ctx:<<:{_class_of(m2.group(1), before_classes)}")
    if tail[:1] in {")", "]"} or tail.lstrip()[:1] in {")", "]"}:
        found.append("ctx:closes_bracket")
    elif m := _WORD_AFTER.match(tail):
        kind = _class_of(m.group(1), after_classes)
        if kind == "preposition" and m.group(2) and _class_of(m.group(2), after_classes) == "time":
            kind = "date"  # "1 de mayo", "3 de los últimos años" reads as time too
        found.append(f"ctx:>:{kind}")
    elif not tail.strip():
        found.append("ctx:last")
    if _LIST_MARKER.match(text):
        found.append("ctx:list_item")
    if _DOT_LEADERS.search(text):
        found.append("ctx:dot_leaders")
    if len(text.split()) <= _SHORT_TEXT and not text.rstrip().endswith("."):
        found.append("ctx:short_text")
    others = len(_NUMBER.findall(text)) - len(_NUMBER.findall(raw))
    if others <= 0:
        found.append("ctx:alone")
    elif others >= 5:
        found.append("ctx:many_numbers")
    return found
