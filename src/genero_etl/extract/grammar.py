"""One grammar for Spanish numbers written in digits, words or both.

"10 mil 147" = 10147, "mil 789" = 1789, "dos mil 600" = 2600, "17 millones 550 mil pesos"
= 17 550 000, "millón y medio" = 1 500 000, "2,5 millones", "317 942", "1'234", "US$ 1,500",
"S/ 300", "45 mdp", "12,5 %". Digits are read with :func:`parse_number` and the document's
convention; words, multipliers, currency symbols and words come from the lexicon
(``schemas/lexicon/es.yaml``). The scanner reads the text once, left to right.

The symbol or word of a currency is reported as it was written ("S/", "RD$", "pesos"):
which ISO code it stands for depends on the country and is decided in normalisation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from genero_etl.extract.lexicon import SpanishLexicon, _load, default_lexicon
from genero_etl.extract.numbers import Convention, Reading, parse_number
from genero_etl.resources import workspace_cache

_SPACES = " \u00a0\u202f\u2009"
_SPACE = f"[{_SPACES}]"
_LETTER = r"\wáéíóúñÁÉÍÓÚÑü"
# not the tail of a code, a date or another number; a dash after a space opens an aside ("en
# los últimos cinco años -30 femicidios en 2020, 20 en 2021 ...-"), the count after it is read,
# never a share after it ("de -12%": a fall)
_GLUED = r"(?<![\w.,/'’$])(?:(?<!-)|(?<=\s-)(?![\d.,]*\d\s*(?:%|por\s*ciento)))"
# "3mil 115", "20millones": a scale word glued to the digits before it (a typing slip)
_GLUED_SCALE = r"(?i:mil|mill[oó]n|millones)(?![\wáéíóúñ])"
DIGITS = (
    r"(?:"
    r"\d{1,3}(?:[.,'’]\d{3})+(?:[.,]\d+)?"  # 1.234 / 1,234,567.89 / 1'234.567
    # 317 942 / 12 000,50; not inside a row of numbers ("Total 7 120 345 15")
    rf"|(?<!\d{_SPACE})\d{{1,3}}(?:{_SPACE}\d{{3}}(?!\d))+(?:[.,]\d+)?(?!{_SPACE}\d)"
    r"|\d+(?:[.,]\d+)?"  # 1234 / 12,5 / 0.75
    rf")(?!(?!{_GLUED_SCALE})[\wáéíóúñ]|[.,'’]\d)"
)


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """One number as written: its span, value and what was written around it."""

    start: int  # the whole expression, currency prefix included
    end: int  # ... and its suffix (%, currency word, "mdp")
    value: float
    raw: str
    core: tuple[int, int]  # the digits and number words alone
    currency: str = ""  # the symbol or word as written: "$", "S/", "pesos", "mdp"
    percent: bool = False
    words_only: bool = False  # "cuatro convenios": no digit at all
    multiplied: bool = False  # "mil", "millones", "mdp" took part
    ambiguous: bool = False
    alternative: float | None = None
    against_convention: bool = False


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # D digits, W small number word, K multiplier, H half
    value: float
    span: tuple[int, int]
    word: str = ""
    reading: Reading | None = None


_MEMO_LIMIT = 50_000  # texts whose numbers are remembered per grammar


class NumberGrammar:
    """The compiled grammar for one lexicon."""

    def __init__(self, lexicon: SpanishLexicon) -> None:
        self._memo: dict[tuple[str, Convention], tuple[NumberMatch, ...]] = {}
        numbers = lexicon.section("numbers")
        self.small = {str(k).lower(): float(v) for k, v in numbers.get("words", {}).items()}
        self.small.update({str(w).lower(): 0.0 for w in numbers.get("zero_phrases", [])})
        self.multipliers = {
            str(k).lower(): float(v) for k, v in numbers.get("multipliers", {}).items()
        }
        self.half = {str(w).lower() for w in numbers.get("half", [])}
        self.abbreviations = {
            str(k).lower(): (float(v["factor"]), str(v.get("currency", k)))
            for k, v in numbers.get("abbreviations", {}).items()
        }
        # "Bs 26 MM": an abbreviation that scales only as written (capitals) and only after a
        # currency's sign ("10 mm" are millimetres, a bare "26 MM" says nothing of money)
        self._abbreviation_rules = {
            str(k).lower(): (str(k), bool(v.get("exact")), bool(v.get("after_prefix")))
            for k, v in numbers.get("abbreviations", {}).items()
        }
        words = sorted([*self.small, *self.multipliers, *self.half], key=len, reverse=True)
        word_alt = "|".join(map(re.escape, words))
        word = rf"(?<![{_LETTER}])(?i:{word_alt})(?![{_LETTER}])"
        self.scaled = {
            str(k): float(v) for k, v in lexicon.section("currency", "scaled_prefixes").items()
        }
        prefixes = sorted(
            [*lexicon.words("currency", "prefixes"), *self.scaled], key=len, reverse=True
        )
        prefix_alt = "|".join(map(re.escape, prefixes))
        self._start = re.compile(
            rf"(?:(?:(?P<pre>(?<![\w$/])(?:{prefix_alt})(?:{_SPACE}?\$)?){_SPACE}?(?=\d)|{_GLUED})"
            rf"(?P<dig>{DIGITS})|(?P<word>{word}))"
        )
        self._next = re.compile(
            rf"{_SPACE}{{1,3}}(?:(?P<y>[yY]){_SPACE}+)?(?:(?P<dig>{_GLUED}{DIGITS})|(?P<word>{word}))"
            rf"|(?<=\d)(?P<glued>{_GLUED_SCALE})"
        )
        percent = sorted(map(str, numbers.get("percent", [])), key=len, reverse=True)
        self._percent = re.compile(
            rf"{_SPACE}?(?:{'|'.join(_spaced(p) for p in percent)})"
            rf"(?![{_LETTER}])",
            re.IGNORECASE,
        )
        abbr_alt = "|".join(map(re.escape, self.abbreviations))
        self._abbreviation = re.compile(
            rf"{_SPACE}?(?P<abbr>{abbr_alt})(?![{_LETTER}])", re.IGNORECASE
        )
        cur_words = sorted(lexicon.words("currency", "words"), key=len, reverse=True)
        qualifiers = sorted(lexicon.words("currency", "qualifiers"), key=len, reverse=True)
        self._currency_word = re.compile(
            rf"(?P<de>{_SPACE}+de)?{_SPACE}+(?P<cur>{'|'.join(map(re.escape, cur_words))})"
            rf"(?:{_SPACE}+(?:{'|'.join(map(re.escape, qualifiers))}))?(?![{_LETTER}])",
            re.IGNORECASE,
        )

    # --- scanning -----------------------------------------------------------------

    def scan(self, text: str, convention: Convention = Convention.UNKNOWN) -> list[NumberMatch]:
        """Every number in ``text``, in reading order, none overlapping (remembered per
        distinct text: a letterhead or a footer repeats from one report of an office to the
        next)."""
        key = (text, convention)
        known = self._memo.get(key)
        if known is None:
            known = tuple(self._scan(text, convention))
            if len(self._memo) < _MEMO_LIMIT:
                self._memo[key] = known
        return list(known)

    def _scan(self, text: str, convention: Convention) -> list[NumberMatch]:
        found: list[NumberMatch] = []
        position = 0
        for m in self._start.finditer(text):
            if m.start() < position:
                continue
            match = self._expression(text, m, convention)
            if match is None:
                continue
            if found and (joined := _stray_group(text, found[-1], match, convention)):
                found[-1] = joined
            else:
                found.append(match)
            position = match.end
        return found

    def _expression(
        self, text: str, m: re.Match[str], convention: Convention
    ) -> NumberMatch | None:
        first = self._token(m, convention)
        if first is None:
            return None
        tokens = [first]
        position = first.span[1]
        while True:
            nxt = self._next.match(text, position)
            if nxt is None:
                break
            token = self._token(nxt, convention)
            if token is None or not self._follows(tokens[-1], token, bool(nxt.group("y"))):
                break
            tokens.append(token)
            position = token.span[1]
        tokens = self._trim(tokens)
        if not tokens:
            return None
        prefix = m.group("pre") or ""
        start = m.start() if prefix else tokens[0].span[0]
        if prefix and not self._prefix_fits(prefix, tokens):
            if m.end("pre") == tokens[0].span[0]:
                return None  # "Q1", "L2": a code, not an amount
            prefix, start = "", tokens[0].span[0]
        return self._finish(text, tokens, start, prefix)

    def _abbreviation_fits(self, written: str, prefix: str) -> bool:
        """Whether an abbreviation as written scales the amount before it (lexicon
        ``numbers.abbreviations``: ``exact`` wants it as listed, ``after_prefix`` a currency's
        sign before the number)."""
        listed, exact, after_prefix = self._abbreviation_rules[written.lower()]
        return (not exact or written == listed) and (not after_prefix or bool(prefix))

    def _finish(
        self, text: str, tokens: Sequence[_Token], start: int, prefix: str
    ) -> NumberMatch | None:
        value = _value(tokens)
        if value is None:
            return None
        factor = self.scaled.get(prefix, 1.0)  # "M$ 2.747.591": thousands of pesos
        value *= factor
        end = tokens[-1].span[1]
        currency, percent, multiplied = prefix, False, any(t.kind == "K" for t in tokens)
        pct = self._percent.match(text, end)
        if pct:
            percent, end = True, pct.end()
        else:
            abbr = self._abbreviation.match(text, end)
            if abbr and not self._abbreviation_fits(abbr.group("abbr"), prefix):
                abbr = None
            if abbr and not any(t.kind == "K" for t in tokens):
                scale, _ = self.abbreviations[abbr.group("abbr").lower()]
                value *= scale
                factor *= scale
                currency = currency or abbr.group("abbr")
                multiplied, end = True, abbr.end()
            word = self._currency_word.match(text, end)
            if word and (not word.group("de") or tokens[-1].kind == "K" or multiplied):
                currency = currency or word.group("cur")
                end = word.end()
        said_again = not currency and not percent and _mil_said_again(tokens)
        if said_again:
            # (issue 10) "más de 16.000 mil agentes", "más de 30,000 mil casos": a round count
            # already written to its thousands' group, then "mil" said again, is the count as
            # written
            tokens, multiplied = tokens[:1], False
            value = tokens[0].value * factor
        readings = [t.reading for t in tokens if t.reading is not None]
        ambiguous = any(r.ambiguous for r in readings)
        alternative = None
        if ambiguous:
            alt_tokens = [
                _Token(t.kind, t.reading.alternative, t.span)
                if t.reading is not None and t.reading.alternative is not None
                else t
                for t in tokens
            ]
            base = _value(alt_tokens)
            alternative = None if base is None else base * factor
        if said_again:
            # the count as written either way: "16.000" read as sixteen and then "mil" is the
            # same count
            ambiguous, alternative = False, None
        core = (tokens[0].span[0], tokens[-1].span[1])
        if multiplied or factor != 1.0:
            # (issue 10) "S/8,3 millones": 8.3 times a million is 8300000.000000001 in binary
            # floating point; a scaled number is rounded to the sixth decimal, which no figure
            # written with a scale word carries, so that it is the number the text says
            value = round(value, 6)
            alternative = None if alternative is None else round(alternative, 6)
        return NumberMatch(
            start=start,
            end=end,
            value=value,
            raw=text[start:end].strip(),
            core=core,
            currency=currency,
            percent=percent,
            words_only=all(t.kind != "D" for t in tokens),
            multiplied=multiplied,
            ambiguous=ambiguous,
            alternative=alternative,
            against_convention=any(r.against_convention for r in readings),
        )

    def _token(self, m: re.Match[str], convention: Convention) -> _Token | None:
        if m.group("dig"):
            raw = m.group("dig")
            try:
                reading = _read_digits(raw, convention)
            except ValueError:
                return None
            return _Token("D", reading.value, m.span("dig"), raw, reading)
        if m.groupdict().get("glued"):
            glued = m.group("glued").lower()
            return _Token("K", self.multipliers[glued], m.span("glued"), glued)
        word = m.group("word").lower()
        span = m.span("word")
        if word in self.multipliers:
            return _Token("K", self.multipliers[word], span, word)
        if word in self.half:
            return _Token("H", 0.5, span, word)
        return _Token("W", self.small[word], span, word)

    @staticmethod
    def _follows(prev: _Token, token: _Token, joined_by_y: bool) -> bool:
        """May ``token`` continue the number ``prev`` ends?"""
        if joined_by_y:
            tens = prev.kind == "W" and prev.value in {30, 40, 50, 60, 70, 80, 90}
            return (tens and token.kind == "W" and token.value < 10) or (
                prev.kind == "K" and token.kind == "H"
            )
        if token.kind == "K":
            return prev.kind in {"D", "W", "H"} or (prev.kind == "K" and token.value > prev.value)
        if prev.kind == "K":
            # "10 mil 147", "17 millones 550 mil", "dos mil seiscientos"
            return token.kind in {"D", "W"} and token.value < prev.value
        if prev.kind == "W" and token.kind == "W":
            if prev.value >= 100 and prev.word != "cien":
                return token.value < 100  # "ciento veinte"
            return False
        return False

    def _trim(self, tokens: list[_Token]) -> list[_Token]:
        """Drop what cannot stand alone: a trailing half, a multiplier with no count."""
        while tokens and tokens[-1].kind == "H" and len(tokens) == 1:
            tokens.pop()
        if tokens and tokens[0].kind == "K" and tokens[0].value != 1000:
            return []  # "millones de personas", "decenas de mujeres": no count ("mil" is one)
        if tokens and tokens[0].kind == "H" and (len(tokens) < 2 or tokens[1].kind != "K"):
            return []
        return tokens

    @staticmethod
    def _prefix_fits(prefix: str, tokens: Sequence[_Token]) -> bool:
        """A one-letter symbol (Q, L) only before an amount, not before "1" or "Q1"."""
        if len(prefix.rstrip(".")) > 1 or not prefix[0].isalpha():
            return True
        first = tokens[0]
        return first.kind == "D" and (
            not first.word.isdigit() or len(first.word) >= 3 or len(tokens) > 1
        )


# "atendió unas 2, 353, investigaciones", "dieron respuesta a 121. 373 consultas": a thousands
# separator with a stray space after it. Joined only with the separator the document's
# convention groups thousands with, a head of one to three digits that no other number of a
# list comes before, a tail of exactly three digits that a word or a comma then a word follows
# (never another number: "2, 353 y 400", "3, 120, 45" are lists). A year that opens the
# clause with a preposition before the comma is no item of a list: "en 2014 se desactivaron
# 1,406 alertas; en 2015, 1, 725 y en 2016, van 2 mil 959" (a series of years, each with its
# count after a comma).
_STRAY_GAP = re.compile(rf"([.,]){_SPACE}$")
_LIST_BEFORE = re.compile(rf"\d(?:[.,;]|{_SPACE}[ye])?{_SPACE}*$")
_YEAR_LEADS = re.compile(
    rf"(?<![\w.,])(?:en|durante|para|hasta|desde)(?:{_SPACE}+(?:el|año|el{_SPACE}+año))?"
    rf"{_SPACE}+(?:19|20)\d\d,{_SPACE}*$",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(rf",?{_SPACE}*[{_LETTER}]")
_NUMBER_AFTER = re.compile(rf",?{_SPACE}*(?:[yeo]{_SPACE}+)?\d")


def _stray_group(
    text: str, head: NumberMatch, tail: NumberMatch, convention: Convention
) -> NumberMatch | None:
    """``head`` and ``tail`` as one number when only a stray space splits its groups."""
    if convention is Convention.UNKNOWN or head.percent or head.words_only or tail.words_only:
        return None
    head_digits, tail_digits = text[head.core[0] : head.core[1]], text[tail.core[0] : tail.core[1]]
    if not (
        head_digits.isdigit()
        and 1 <= len(head_digits) <= 3
        and not head_digits.startswith("0")
        and len(tail_digits) == 3
        and tail_digits.isdigit()
        and tail.start == tail.core[0]
    ):
        return None
    gap = _STRAY_GAP.fullmatch(text, head.end, tail.start)
    thousands = "." if convention is Convention.DECIMAL_COMMA else ","
    if gap is None or gap.group(1) != thousands:
        return None
    listed = _LIST_BEFORE.search(text, 0, head.start)
    if listed and _YEAR_LEADS.search(text, 0, head.start):
        listed = None
    if listed or not _WORD_AFTER.match(text, tail.end):
        return None
    if _NUMBER_AFTER.match(text, tail.end):
        return None
    return NumberMatch(
        start=head.start,
        end=tail.end,
        value=float(int(head_digits + tail_digits)),
        raw=text[head.start : tail.end].strip(),
        core=(head.core[0], tail.core[1]),
        currency=head.currency or tail.currency,
        percent=tail.percent,
    )


def _spaced(word: str) -> str:
    return r"\s?".join(re.escape(part) for part in word.split(" "))


def _read_digits(raw: str, convention: Convention) -> Reading:
    text = raw.replace("’", "'")
    if any(ch in text for ch in _SPACES):
        # Space-grouped ("317 942", "12 000,50"): the spaces group thousands, so a
        # separator after them can only be the decimal one.
        compact = "".join(ch for ch in text if ch not in _SPACES and ch != "'")
        head, sep, tail = compact.replace(",", ".").partition(".")
        return Reading(float(f"{head}.{tail}") if sep else float(head))
    if "'" in text:
        # "1'234", "1’339,561", "1'234.567": the apostrophe groups like the other separator.
        others = [ch for ch in text if ch in ".,"]
        if others:
            try:
                return parse_number(text.replace("'", others[0]), convention)
            except ValueError:
                pass
        text = text.replace("'", "")
    return parse_number(text, convention)


def _mil_said_again(tokens: Sequence[_Token]) -> bool:
    """Digits grouped by a thousands' separator whose last group is a round thousand ("16.000",
    "30,000"), then "mil" and nothing else: the thousands said twice ("1.250 mil" is left as
    written, a thousand and a quarter thousands)."""
    if len(tokens) != 2 or tokens[0].kind != "D" or tokens[1].kind != "K":
        return False
    first, scale = tokens
    return (
        scale.value == 1000
        and first.value >= 1000
        and first.value == int(first.value)
        and any(ch in first.word for ch in ".,")
        and first.word.endswith("000")
    )


def _value(tokens: Sequence[_Token]) -> float | None:
    total = 0.0
    current = 0.0
    last_multiplier = 0.0
    for token in tokens:
        if token.kind in {"D", "W"}:
            current += token.value
        elif token.kind == "H":
            if last_multiplier:
                total += 0.5 * last_multiplier
            else:
                current += 0.5
        elif token.value < 1_000_000:
            current = (current or 1.0) * token.value
            last_multiplier = token.value
        else:
            total += (current or 1.0) * token.value
            current = 0.0
            last_multiplier = token.value
    return total + current


@workspace_cache
@cache
def _grammar(sources: tuple[str, ...]) -> NumberGrammar:
    return NumberGrammar(_load(sources))


def grammar(lexicon: SpanishLexicon | None = None) -> NumberGrammar:
    """The grammar of ``lexicon`` (the shipped one by default), compiled once."""
    return _grammar((lexicon or default_lexicon()).sources)


def scan_numbers(
    text: str,
    convention: Convention = Convention.UNKNOWN,
    lexicon: SpanishLexicon | None = None,
) -> list[NumberMatch]:
    """Every number written in ``text``: digits, words and their mixtures."""
    return grammar(lexicon).scan(text, convention)


def read_number(
    text: str,
    convention: Convention = Convention.UNKNOWN,
    lexicon: SpanishLexicon | None = None,
) -> float | None:
    """The value of ``text`` when it is exactly one number ("dos mil 600"), else None."""
    found = scan_numbers(text.strip(), convention, lexicon)
    if len(found) != 1 or found[0].raw != text.strip():
        return None
    return found[0].value


def words_to_number(words: str) -> int | None:
    """'ciento veinte' -> 120, 'un' -> 1; None if the words are not one whole number."""
    value = read_number(words)
    found = scan_numbers(words.strip())
    if value is None or not found or not found[0].words_only or value != int(value):
        return None
    return int(value)
