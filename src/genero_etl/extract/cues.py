"""Cue words from the lexicon, compiled once into the patterns extraction runs.

A cue list is a list of phrases (``schemas/lexicon/es.yaml``): matched case-insensitively
from a word start; a phrase ending in ``*`` is a stem, one ending in ``:`` also matches
with spaces before the colon, and spaces match any run of spaces.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from genero_etl.extract.lexicon import SpanishLexicon, _load, default_lexicon
from genero_etl.extract.textutil import DeferredPattern, fold, longest_first
from genero_etl.resources import workspace_cache

# ``\w`` already takes in every accented letter: the same characters as ``[\wáéíóúñÁÉÍÓÚÑü]``,
# with or without IGNORECASE (checked over every code point in the tests), and cheaper to
# compile than a class spelt out
_LETTER = r"\w"
_SPACE = r"\s+"
_NOT_LETTER = rf"(?![{_LETTER}])"
_STEM = rf"[{_LETTER}]*"
_COLON = r"\s*:"


def phrase_pattern(phrases: Iterable[str]) -> str:
    """One alternation for ``phrases`` (longest first), without anchors around it.

    The phrases that open with a letter or digit are written as a tree of their common
    beginnings ("de acuerdo con|de acuerdo a" as "de acuerdo (?:con|a)"), which the regex
    engine tries in the same order as the flat list and compiles and runs many times faster
    (:func:`_branches`): the same matches, group for group."""
    worded: list[list[str]] = []
    other: list[str] = []
    for phrase in sorted({p.strip() for p in phrases if p.strip()}, key=longest_first):
        stem = phrase.endswith("*")
        text = phrase.rstrip("*")
        colon = text.endswith(":")
        text = text.rstrip(":").strip()
        atoms: list[str] = []
        for index, word in enumerate(text.split()):
            atoms += [_SPACE] if index else []
            atoms += [_accents(re.escape(ch)) for ch in word]
        end = (
            _COLON if colon else (_STEM if stem else "" if not text[-1].isalnum() else _NOT_LETTER)
        )
        atoms += [end] if end else []
        if text[0].isalnum():
            worded.append(atoms)
        else:
            other.append("".join(atoms))
    parts = [f"(?<![{_LETTER}])(?:{_branches(worded)})"] if worded else []
    return "|".join(parts + other) or r"(?!x)x"


# What one atom of a phrase matches, when it is one character of a known few (lowercase):
# a letter, a digit, an accent class, an escaped ASCII sign
_ONE_OF = {atom: frozenset(atom[1:-1]) for atom in ("[aá]", "[eé]", "[ií]", "[oó]", "[uúü]")}
_PLAIN = frozenset("bcdfghjklmnñpqrstvwxyz0123456789")


def _one_of(atom: str) -> frozenset[str] | None:
    if atom in _ONE_OF:
        return _ONE_OF[atom]
    if atom in _PLAIN:
        return frozenset(atom)
    if len(atom) == 2 and atom[0] == "\\" and atom[1] in string.punctuation:
        return frozenset(atom[1])
    return None


def _exclusive(x: str, y: str) -> bool:
    """Whether no text lets both atoms match at the same place: two different characters,
    a character and a run of spaces, a letter or digit and the end of a word."""
    one_x, one_y = _one_of(x), _one_of(y)
    if one_x is not None and one_y is not None:
        return one_x.isdisjoint(one_y)
    for atom, other in ((x, one_y), (y, one_x)):
        if atom == _SPACE and other is not None:  # no letter, digit or sign is a space
            return True
        if atom == _NOT_LETTER and other is not None and all(ch.isalnum() for ch in other):
            return True
    return False


def _branches(alternatives: list[list[str]]) -> str:
    """``(?:a1|a2|...)`` for the atom lists ``alternatives``, with common first atoms written
    once, tried in an order that gives the same match as the list's.

    Exact because every atom of a phrase but the last matches in one way at most (one
    character; a run of spaces, always followed by a word, only as a whole run): so
    ``(?:px|py)`` and ``p(?:x|y)`` try the same things in the same order. Alternatives are
    grouped by first atom; two groups may change places only when their first atoms are
    exclusive (then at most one of them can match where the other could), otherwise every
    alternative of the one must come before every one of the other in the list, or this
    level is written as the list."""
    # a branch repeated can never match where its first copy did not
    unique = list(dict.fromkeys(tuple(atoms) for atoms in alternatives))
    if len(unique) == 1:
        return "".join(unique[0])
    groups: dict[str, list[int]] = {}
    for index, branch in enumerate(unique):
        groups.setdefault(branch[0] if branch else "", []).append(index)
    heads = list(groups)
    for i, first in enumerate(heads):
        for second in heads[i + 1 :]:
            exclusive = first and second and _exclusive(first, second)
            if not exclusive and max(groups[first]) > min(groups[second]):
                return "(?:" + "|".join("".join(branch) for branch in unique) + ")"
    written = []
    for head, members in groups.items():
        rests = [list(unique[i][1:]) for i in members]
        written.append(head + (_branches(rests) if len(rests) > 1 else "".join(rests[0])))
    return written[0] if len(written) == 1 else "(?:" + "|".join(written) + ")"


_VOWELS = {"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uúü]"}
_FOLD_VOWELS = str.maketrans("áéíóúü", "aeiouu")


def _accents(word: str) -> str:
    """ "resolución" also matches "resolucion" and "RESOLUCION"."""
    return "".join(_VOWELS.get(ch, ch) for ch in word.lower().translate(_FOLD_VOWELS))


# The only characters that case-insensitive matching takes for a letter of the alphabet
# (a-z, ñ, accented vowels) while ``str.lower`` then the accent fold gives something else:
# "İ" (i), "ı" (i), "ſ" (s). A text holding one is never judged by a :class:`PhraseGate`.
_ODD_CASES = frozenset("İıſ")


def gate_folded(text: str) -> str:
    """``text`` as a :class:`PhraseGate` reads it: lowered, its accented vowels plain (for
    :meth:`PhraseGate.may_hold_folded` of several gates asked of one text)."""
    return text.lower().translate(_FOLD_VOWELS)


def _automaton(words: Iterable[str]) -> Any:
    """An Aho-Corasick automaton of ``words`` (each its own value), or None when there is none."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    if len(automaton) == 0:
        return None
    automaton.make_automaton()
    return automaton


@dataclass(frozen=True)
class PhraseGate:
    """Whether a text may hold one of some phrases, cheaply: one pass of an automaton of a
    word each phrase cannot be matched without (its longest), looked for in the text
    lowered and without accents. False means ``phrase_pattern(phrases)`` cannot match
    anywhere in the text, so the pattern need not run; True says nothing."""

    automaton: Any  # None: no phrases, nothing can match
    # the answers given, by text: a piece is asked about once per number it holds
    memo: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, phrases: Iterable[str]) -> PhraseGate:
        longest = (
            max(words, key=len).lower().translate(_FOLD_VOWELS)
            for words in (p.strip().rstrip("*").rstrip(":").strip().split() for p in phrases)
            if words
        )
        return cls(_automaton(longest))

    def may_hold(self, text: str) -> bool:
        known = self.memo.get(text)
        if known is None:
            known = self._may_hold(text)
            if len(self.memo) < MEMO_LIMIT:
                self.memo[text] = known
        return known

    def _may_hold(self, text: str) -> bool:
        return self.may_hold_folded(text, gate_folded(text))

    def may_hold_folded(self, text: str, folded: str) -> bool:
        """:meth:`may_hold`, with ``folded`` the text lowered and without accents (as a caller
        that folded it for its own gates has it: ``text.lower().translate(...)`` of
        "áéíóúü" to "aeiouu"), not remembered."""
        if self.automaton is None:
            return False
        if not _ODD_CASES.isdisjoint(text):
            return True
        return next(self.automaton.iter(folded), None) is not None


@dataclass(frozen=True)
class WordGate:
    """Whether a text may hold one of some words as a case-insensitive pattern of them
    (``re.IGNORECASE``, the words as written) would find them: one pass of an automaton of
    the words lowered over the text lowered (no accents folded, as the pattern folds none).
    False means no such pattern can match anywhere in the text; a text holding one of the
    characters that ``str.lower`` folds apart from a letter (``_ODD_CASES``) is never judged."""

    automaton: Any  # None: no words, nothing can match

    @classmethod
    def of(cls, words: Iterable[str]) -> WordGate:
        return cls(_automaton(w.lower() for w in words if w))

    def may_hold(self, text: str) -> bool:
        if self.automaton is None:
            return False
        if not _ODD_CASES.isdisjoint(text):
            return True
        return next(self.automaton.iter(text.lower()), None) is not None


def number_word_pattern(lex: SpanishLexicon) -> str:
    """The lexicon's number words ("una", "tres", "veinte") as one alternation."""
    words = lex.section("numbers").get("words", {})
    return phrase_pattern(str(w) for w in words if str(w).isalpha())


def _bound_cues(lex: SpanishLexicon) -> list[str]:
    """The words that make a number a bound or an approximation ("más de", "casi"), without
    symbols."""
    words = (*lex.words("cues", "lower_bound_before"), *lex.words("cues", "approximate_before"))
    return [w for w in words if any(ch.isalpha() for ch in w)]


def compile_phrases(phrases: Iterable[str], suffix: str = "") -> DeferredPattern:
    """``phrases`` then ``suffix``, case-insensitive, compiled when first used."""
    return DeferredPattern(f"(?:{phrase_pattern(phrases)}){suffix}", re.IGNORECASE)


def from_to_pattern(phrases: Iterable[str]) -> DeferredPattern:
    """The cues of a change from one level to another ("pasó de", "bajaron de"), ending the
    text they are searched in; an adverb may come before their "de" ("los femicidios frustrados
    bajaron igualmente de ocho a siete", "pasó nuevamente de 12 a 15")."""
    stems = [p.strip()[: -len(" de")] for p in phrases if p.strip().endswith(" de")]
    other = [p for p in phrases if not p.strip().endswith(" de")]
    with_de = rf"(?:{phrase_pattern(stems)})(?:\s+[a-záéíóúñ]{{3,}}mente)?\s+de" if stems else ""
    alone = phrase_pattern(other) if other else ""
    return DeferredPattern(rf"(?:{'|'.join(p for p in (with_de, alone) if p)})\s*$", re.IGNORECASE)


# Between a cue and the year it governs, only a number, a short word or a date:
# "Ley 26.485 de 2009", "publicado el 3 de mayo de 2019", "Administración 2021".
_UP_TO_A_YEAR = (
    r"(?:[\s,]+(?:[\d.,/°º\-]+|n[°º]\.?|nro\.?|[a-záéíóúñ]{1,3}|a[ñn]o|mes|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre)){0,5}[\s,]*$"
)


# What may close the clause after a change's cue: punctuation, the end, "al pasar de".
_CLAUSE_END = r"(?=\s*(?:[,.;:)]|$)|\s+al\s+pasar\b)"


MEMO_LIMIT = 50_000
# a rate's base of a thousand or more written in figures: "100.000", "1,000", "10 mil", "100mil"
RATE_BASE_NUMBER = r"(?:1|10|100)(?:(?:[.,]000)+|\s*mil\b)"


def _rate_base_words(lex: SpanishLexicon) -> str:
    """The alternatives of a rate's base written in words after "por cada" (lexicon
    ``phrases.rate_base_words``: "mil", "cien mil"), each after a "|"; '' when none."""
    words = lex.words("phrases", "rate_base_words")
    return rf"|(?:{phrase_pattern(words)})" if words else ""


@dataclass(frozen=True)
class Cues:
    """The compiled cue patterns of one lexicon."""

    approx_before: DeferredPattern
    lower_before: DeferredPattern
    upper_before: DeferredPattern
    approx_word: DeferredPattern
    approx_after: DeferredPattern
    approx_multiplier: DeferredPattern
    target: DeferredPattern
    target_after: DeferredPattern  # after the count, in its clause: "serán beneficiadas"
    average: DeferredPattern  # right before the number (a few words between)
    average_after: DeferredPattern  # from the number: up to three words, then the cue
    # from the number: up to three words, then a date's words ("al día de hoy"), no frequency
    average_after_not: DeferredPattern
    # a clause's verb right before the number its average subject is ("... fue de")
    average_said_as: DeferredPattern
    rough_average: DeferredPattern  # "un promedio de" right before a count: approximate
    rough_average_span: DeferredPattern  # "en lo que va del año": a span up to now
    plan: DeferredPattern
    budget: DeferredPattern
    budget_increase: DeferredPattern
    beneficiary: DeferredPattern
    breakdown: tuple[tuple[str, DeferredPattern], ...]
    sexes: tuple[tuple[str, DeferredPattern], ...]
    copulas: frozenset[str]
    verb_adverbs: frozenset[str]
    ranked_next: DeferredPattern
    elided_lead: frozenset[str]
    context_range: DeferredPattern
    months: dict[str, int]
    one_nouns: DeferredPattern
    count_nouns: DeferredPattern
    facility_nouns: DeferredPattern
    one_alone: frozenset[str]
    placed_after: DeferredPattern
    number_words: frozenset[str]
    # the number words and the multipliers ("mil", "millones"): the words of a number written
    # with words, however many ("mil quinientos", "dos mil")
    number_phrase_words: frozenset[str]
    zero_phrases: frozenset[str]
    of_these: DeferredPattern
    adjective_between: DeferredPattern
    facility_one_after: DeferredPattern
    facility_one_negated: DeferredPattern
    listed_after: DeferredPattern
    names_listed_after: DeferredPattern
    # "Junín y Piura con 330 cada una": from right after the count, up to three words of its
    # noun, then "cada uno" (never "cada uno de"); "cada uno con 66": right before the count
    each_after: DeferredPattern
    each_before: DeferredPattern
    total_elided_after: DeferredPattern  # "un total de", before a number in words, no noun
    total_elided_then: DeferredPattern  # "este", "contra": no noun after that number
    zero_after: DeferredPattern
    zero_reported: DeferredPattern
    from_to_before: DeferredPattern
    share_from: DeferredPattern  # "del 20,4 por ciento ... al 31,9": before the first share
    share_to: DeferredPattern  # ... and right before the bare number that continues it
    share_ranked: DeferredPattern  # "(7,2 por ciento) seguida de la Metropolitana (61,6)"
    change_before_percent: DeferredPattern
    not_period_before: DeferredPattern
    not_period_word: DeferredPattern
    open_since: DeferredPattern  # "desde", right before a span of months that it opens
    compared_before: DeferredPattern
    year_clause_after: DeferredPattern
    time_before_clause: DeferredPattern  # "el período comprendido entre ...", before "cuando"
    reported_that: DeferredPattern  # "indica que en 2018": the reported clause's own year
    that_year: DeferredPattern  # "En ese año se registraron siete": the year said before
    total_of_listed: DeferredPattern  # "... y 599 en julio que hacen un total de 28 700"
    same_period_before: DeferredPattern
    previous_year_after: DeferredPattern
    this_period: DeferredPattern
    activity: DeferredPattern
    activity_column: DeferredPattern
    rate_column: DeferredPattern
    rate_points: frozenset[str]
    rate_after: DeferredPattern  # "1,2 femicidios por cada 100 mil mujeres": a rate's figure
    amount_column: DeferredPattern
    budget_column: DeferredPattern  # "PEF 2025" over a column: its numbers are money
    country_column: DeferredPattern
    count_column: DeferredPattern  # "TOTAL" over a column: its numbers are counts
    year_total: DeferredPattern
    statistic_row: DeferredPattern  # a table row's label that is a statistic ("Máximo")
    contents: DeferredPattern
    page_not_after: frozenset[str]  # "fueron 5": a line's last number that is no page's
    noun_stop: frozenset[str]
    noun_glue: frozenset[str]
    # phrases after a noun that still say what it counts ("casos de feminicidio en grado de
    # tentativa"), each as its folded words (lexicon ``phrases.noun_continues``)
    noun_continues: tuple[tuple[str, ...], ...]
    refers_back: DeferredPattern
    restated_count: DeferredPattern
    whole_opening_end: DeferredPattern
    average_anywhere: DeferredPattern
    age_band_end: DeferredPattern
    age_band_next: DeferredPattern  # ") y 25 y 29 años": the next band of a list, in its unit
    share_category: DeferredPattern
    there_were_end: DeferredPattern
    contrast_end: DeferredPattern
    contrast_word: DeferredPattern  # "mientras que" anywhere: a contrasting clause opens
    subset_of: DeferredPattern
    subset_opens: DeferredPattern  # "De esas 23, a diez ...": a subset's words open the sentence
    named_whole: DeferredPattern
    partitive: DeferredPattern
    part_filler: DeferredPattern
    reference_before: DeferredPattern
    attached_period: DeferredPattern
    one_after: DeferredPattern
    one_per: DeferredPattern
    change_before: DeferredPattern
    change_to_level: DeferredPattern
    change_before_any_percent: DeferredPattern
    change_verb_then_en: DeferredPattern
    restated_change_percent: DeferredPattern
    negation_before: DeferredPattern
    topic_before: DeferredPattern
    national: DeferredPattern
    national_heading: frozenset[str]  # "Datos nacionales" over the figures below it
    other_body: DeferredPattern
    # a text without any word of the attributions or of the other bodies quotes none
    other_body_gate: PhraseGate
    capitalised_bodies: frozenset[str]
    official_bodies: DeferredPattern  # official names that open with another body's word
    its_report: DeferredPattern
    # a later sentence's call back to a civil-society body quoted before ("la organización
    # informó", "el Observatorio documenta"; lexicon ``sources.refers_to_body``), never a new
    # name ("el Observatorio de la Defensoría"), and the folded words of such bodies
    refers_to_body: DeferredPattern
    civil_bodies: frozenset[str]
    attribution: DeferredPattern  # "según", "de acuerdo con" ... (lexicon ``sources``)
    # a verb of saying that names who gives a figure: "informó", "añadió" (``sources.said_by``)
    said_by: DeferredPattern
    member_of_ngo: DeferredPattern  # "defensoras feministas de" before a body's name
    # a public office named with a capital ("El Consejo de la Judicatura otorgó"): the paragraph
    # is the office's own, no quote of another body's report (``QuotedReport``)
    names_office: DeferredPattern
    # the bodies' words after which their own name follows ("la ONG Utopix"), folded, and
    # capitalised words that are no body's name ("la ONG Mujeres ...")
    named_after_bodies: frozenset[str]
    not_a_name: frozenset[str]
    frequency_after: DeferredPattern
    change_after: DeferredPattern
    change_alone: DeferredPattern
    change_derived: DeferredPattern
    derived_before: DeferredPattern
    change_alone_percent: DeferredPattern
    change_after_percent: DeferredPattern
    # what pure readings of a text with these cues gave, by (reading, text): a label or the
    # words after a number recur from sentence to sentence and from report to report
    memo: dict[tuple[str, str], Any] = field(default_factory=dict, compare=False, repr=False)

    def remembered(self, reading: str, text: str, read: Any) -> Any:
        """``read(text)``, once per distinct text (up to ``MEMO_LIMIT`` texts)."""
        key = (reading, text)
        try:
            return self.memo[key]
        except KeyError:
            found = read(text)
            if len(self.memo) < MEMO_LIMIT:
                self.memo[key] = found
            return found

    def breakdown_dimension(self, label: str) -> str:
        """The dimension a part's label breaks its total down by: modality, sex, age, group."""
        for dimension, pattern in self.breakdown:
            if pattern.search(label):
                return dimension
        if re.search(r"\d+\s*(?:a|-)\s*\d+\s*años|\bedad", label, re.IGNORECASE):
            return "edad"
        return "grupo"

    def sex_of(self, label: str) -> str:
        """The one sex a label names ("Tasa de homicidio a varones": varones), as breakdowns
        publish it (lexicon ``sexes``); '' when it names none or both."""
        named = [sex for sex, pattern in self.sexes if pattern.search(label)]
        return named[0] if len(named) == 1 else ""


@workspace_cache
@cache
def _cues(sources: tuple[str, ...]) -> Cues:
    lex = _load(sources)
    approx_words = lex.words("cues", "approximate_words")
    return Cues(
        # "aproximadamente a mil 358 mujeres", "aproximadamente de 7 millones": a preposition
        # may come between the cue and the number, and a currency's sign ("ronda los ¢1.500
        # millones")
        approx_before=compile_phrases(
            lex.words("cues", "approximate_before"),
            r"(?:\s+(?:a|al|de|del|en))?\s*(?:[$¢₡€]\s*)?$",
        ),
        lower_before=compile_phrases(lex.words("cues", "lower_bound_before"), r"\s*$"),
        upper_before=compile_phrases(lex.words("cues", "upper_bound_before"), r"\s*$"),
        approx_word=DeferredPattern(rf"\(?(?:{phrase_pattern(approx_words)})\)?", re.IGNORECASE),
        approx_after=DeferredPattern(
            rf"^\s*\(?(?:{phrase_pattern(approx_words)})\)?", re.IGNORECASE
        ),
        approx_multiplier=compile_phrases(lex.words("numbers", "approximate_multipliers")),
        target=compile_phrases(lex.words("kinds", "target")),
        target_after=DeferredPattern(
            rf"[^,.;:()]{{0,60}}?(?<!\w)(?:{phrase_pattern(lex.words('kinds', 'target_after'))})"
            # "con la compra de 200 unidades más, que incrementarán el stock": a relative clause
            # in the future set off by its comma
            rf"|[^,.;:()]{{0,60}}?,\s*que\s+"
            rf"(?:{phrase_pattern(lex.words('kinds', 'target_after_relative'))})(?!\w)",
            re.IGNORECASE,
        ),
        average=compile_phrases(
            lex.words("kinds", "average"), r"[,:]?(?:\s+(?:[\w,]+\s+){0,3}?)?\s*$"
        ),
        average_after=DeferredPattern(
            r"^\S+(?:\s+[\wáéíóúñ+]+){0,3}?\s+"
            rf"(?:{phrase_pattern(lex.words('kinds', 'average_after'))})\b",
            re.IGNORECASE,
        ),
        average_after_not=DeferredPattern(
            r"^\S+(?:\s+[\wáéíóúñ+]+){0,3}?\s+"
            rf"(?:{phrase_pattern(lex.words('kinds', 'average_after_not'))})\b",
            re.IGNORECASE,
        ),
        average_said_as=compile_phrases(lex.words("kinds", "average_said_as"), r"\s*$"),
        rough_average=compile_phrases(lex.words("kinds", "rough_average"), r"\s*$"),
        rough_average_span=compile_phrases(lex.words("kinds", "rough_average_span")),
        plan=compile_phrases(lex.words("kinds", "plan")),
        budget=compile_phrases(lex.words("kinds", "budget")),
        budget_increase=compile_phrases(lex.words("kinds", "budget_increase")),
        beneficiary=compile_phrases(lex.words("kinds", "beneficiary")),
        breakdown=tuple(
            (str(dimension), compile_phrases(map(str, words)))
            for dimension, words in lex.section("breakdown").items()
        ),
        sexes=tuple(
            (str(sex), compile_phrases(map(str, words)))
            for sex, words in lex.section("sexes").items()
        ),
        copulas=frozenset(fold(w) for w in lex.words("sentences", "copulas")),
        verb_adverbs=frozenset(fold(w) for w in lex.words("sentences", "verb_adverbs")),
        ranked_next=compile_phrases(lex.words("phrases", "ranked_next"), r"\s+"),
        elided_lead=frozenset(fold(w) for w in lex.words("sentences", "elided_lead")),
        context_range=compile_phrases(lex.words("sentences", "context_range")),
        months={fold(str(k)): int(v) for k, v in lex.section("months").items()},
        one_nouns=compile_phrases(lex.words("counts", "one_nouns")),
        count_nouns=compile_phrases(lex.words("counts", "nouns")),
        facility_nouns=compile_phrases(lex.words("counts", "facility_nouns")),
        one_alone=frozenset(fold(w) for w in lex.words("counts", "one_alone")),
        # "y uno en un centro de salud", "y dos en construcción": where or in what state the
        # last item of a list is (its noun elided)
        placed_after=DeferredPattern(
            r"\s+(?:en\s+(?:el|la|los|las|un|una|(?-i:[A-ZÁÉÍÓÚÑ])"
            rf"|{phrase_pattern(lex.words('counts', 'placed_states'))}"
            # "dos casos en enero, cuatro en febrero": the month of one more item of a series
            rf"|{phrase_pattern(m for m in lex.section('months') if len(m) > 3)})"
            rf"|{phrase_pattern(lex.words('counts', 'item_states'))})\b",
            re.IGNORECASE,
        ),
        number_words=frozenset(fold(w) for w in lex.words("numbers", "words")),
        number_phrase_words=frozenset(
            fold(w) for w in (*lex.words("numbers", "words"), *lex.words("numbers", "multipliers"))
        ),
        zero_phrases=frozenset(fold(w) for w in lex.words("numbers", "zero_phrases")),
        facility_one_after=compile_phrases(lex.words("counts", "facility_one_after"), r"\s*$"),
        facility_one_negated=compile_phrases(lex.words("counts", "facility_one_negated"), r"\s*$"),
        listed_after=compile_phrases(lex.words("counts", "listed_after"), r"\s*$"),
        names_listed_after=compile_phrases(lex.words("counts", "names_listed_after"), r"\s*$"),
        each_after=DeferredPattern(
            r"\s*(?:[a-záéíóúñ]+\s+){0,3}?"
            rf"(?:{phrase_pattern(lex.words('counts', 'each_after')) or '(?!)'})\b(?!\s+del?\b)",
            re.IGNORECASE,
        ),
        each_before=compile_phrases(lex.words("counts", "each_before"), r"\s*$"),
        total_elided_after=compile_phrases(lex.words("counts", "total_elided_after"), r"\s*$"),
        total_elided_then=DeferredPattern(
            rf"\s+(?:{phrase_pattern(lex.words('counts', 'total_elided_then'))})\b",
            re.IGNORECASE,
        ),
        one_per=compile_phrases(lex.words("counts", "one_per")),
        zero_after=compile_phrases(lex.words("counts", "zero_after"), r"\s*$"),
        zero_reported=compile_phrases(lex.words("counts", "zero_reported"), r"\s*$"),
        from_to_before=from_to_pattern(lex.words("changes", "from_to_before")),
        share_from=DeferredPattern(
            rf"(?<![{_LETTER}])(?:{phrase_pattern(lex.words('changes', 'share_from'))})\s*$",
            re.IGNORECASE,
        ),
        share_to=DeferredPattern(
            rf"(?<![{_LETTER}])(?:{phrase_pattern(lex.words('changes', 'share_to'))})\s*\(?\s*$",
            re.IGNORECASE,
        ),
        share_ranked=DeferredPattern(
            rf"\b(?:{phrase_pattern(lex.words('phrases', 'ranked_next'))})\b", re.IGNORECASE
        ),
        # "aumentaron 255%", "aumentaron más de 270 %": the verb, a bound or an approximation
        # at most, then the change
        # (issue 10: "descendió, en promedio, 13 por ciento": a few words set off by commas
        # between the verb and the change)
        change_before_percent=compile_phrases(
            lex.words("changes", "before_percent"),
            r"(?:\s*,[^,\d.;:()]{1,30},)?"
            rf"(?:\s+(?:{phrase_pattern(_bound_cues(lex))}))?\s*$",
        ),
        adjective_between=DeferredPattern(
            rf"^\s*(?:{phrase_pattern(lex.words('counts', 'adjective_between'))})\s+", re.IGNORECASE
        ),
        of_these=DeferredPattern(
            rf"^\s*(?:{phrase_pattern(lex.words('counts', 'of_these'))})\s+", re.IGNORECASE
        ),
        not_period_before=compile_phrases(lex.words("periods", "not_period_before"), _UP_TO_A_YEAR),
        # any of those words ("33 denuncias durante la administración iniciada en enero")
        not_period_word=DeferredPattern(
            rf"(?<![\wáéíóúñ])(?:{phrase_pattern(lex.words('periods', 'not_period_before'))})",
            re.IGNORECASE,
        ),
        # "desde enero a octubre": a closed span of months after a word that opens one
        open_since=compile_phrases(lex.words("periods", "open_since"), r"\s*$"),
        # "frente a 24 en 2022", "mientras que en 2022 fueron 24": the year compared dates the
        # count compared with (lexicon ``periods.compared_before``)
        compared_before=compile_phrases(lex.words("periods", "compared_before"), _UP_TO_A_YEAR),
        same_period_before=compile_phrases(lex.words("periods", "same_period_before"), r"\s*$"),
        # "en el 2021, donde ...": a clause about the year just written
        time_before_clause=DeferredPattern(
            rf"(?<![\wáéíóúñ])(?:{phrase_pattern(lex.words('periods', 'time_before_clause'))})"
            r"(?![\wáéíóúñ])",
            re.IGNORECASE,
        ),
        year_clause_after=DeferredPattern(
            rf"^\s*,?\s*(?:{phrase_pattern(lex.words('periods', 'year_clause_after'))})\b",
            re.IGNORECASE,
        ),
        # "indica que en 2018 los procesos ascendieron a 22.134": a verb of saying, then "que
        # en" and a year: the year of the clause reported, not a year compared (lexicon
        # ``periods.reported_that_before``)
        reported_that=compile_phrases(
            lex.words("periods", "reported_that_before"),
            r"\s+que\s+(?:en|durante)(?:\s+el)?(?:\s+a[ñn]o)?\s*$",
        ),
        # "En ese año se registraron siete casos": a year the sentence before names
        that_year=DeferredPattern(
            rf"(?<![\wáéíóúñ])(?:{phrase_pattern(lex.words('periods', 'that_year'))})(?![\wáéíóúñ])",
            re.IGNORECASE,
        ),
        # "... 3764 en junio y 599 en julio que hacen un total de 28 700": right before the total
        total_of_listed=DeferredPattern(
            rf"(?<![\wáéíóúñ])(?:{phrase_pattern(lex.words('periods', 'total_of_listed'))})\s*$",
            re.IGNORECASE,
        ),
        # "contra las 858 del año pasado": right after a count, the year before its sentence's
        previous_year_after=DeferredPattern(
            rf"[\s,]*(?:{phrase_pattern(lex.words('periods', 'previous_year_after'))})(?!\w)",
            re.IGNORECASE,
        ),
        # "de este año", "el mes pasado" before a number: a period, then the number's count
        this_period=DeferredPattern(
            rf"(?<![\wáéíóúñ])(?:{phrase_pattern(lex.words('periods', 'this_period'))})"
            r"\s+[\wáéíóúñ.]+\s*$",
            re.IGNORECASE,
        ),
        activity=DeferredPattern(
            rf"^({phrase_pattern(lex.words('blocks', 'activity'))})\s+(?:n[°º]\s*)?"
            r"(\d+(?:\.\d+)*)\s*[:.\-–)]?\s*(.*)$",
            re.IGNORECASE,
        ),
        activity_column=compile_phrases(lex.words("blocks", "activity_column")),
        rate_column=compile_phrases(lex.words("blocks", "rate_column"), r"\b"),
        rate_points=frozenset(fold(w) for w in lex.words("blocks", "rate_points")),
        rate_after=DeferredPattern(
            # the number's noun (a few words, never "y"/"o" opening another count), then what
            # joins a rate's figure to its base ("por cada") and the base's number
            rf"^\s*(?:(?!(?:y|e|o|u)\s)[^\s\d.,;:()]+\s+){{0,5}}?"
            rf"(?:(?:{phrase_pattern(lex.words('phrases', 'rate_per'))})\s+"
            rf"(?:\d{_rate_base_words(lex)})"
            # "4,1 por 100.000 mujeres", "por 100 mil habitantes": a base of a thousand or more
            # after a bare "por" (a smaller number after "por" may be who did something)
            rf"|por\s+{RATE_BASE_NUMBER}\s+(?:{phrase_pattern(lex.words('phrases', 'rate_base'))}))",
            re.IGNORECASE,
        )
        if lex.words("phrases", "rate_per")
        else DeferredPattern(r"(?!)"),
        amount_column=compile_phrases(lex.words("blocks", "amount_column")),
        budget_column=compile_phrases(lex.words("blocks", "budget_column"), r"\b"),
        country_column=compile_phrases(lex.words("blocks", "country_column"), r"\s*:?\s*$"),
        count_column=compile_phrases(lex.words("blocks", "count_column"), r"\s*:?\s*$"),
        year_total=DeferredPattern(
            rf"^(?:total\s+)?(?:{phrase_pattern(lex.words('blocks', 'year_total'))})",
            re.IGNORECASE,
        ),
        contents=DeferredPattern(
            # one heading of contents or two side by side ("Contenido ÍNDICE")
            rf"^\s*(?:{phrase_pattern(lex.words('blocks', 'contents'))})"
            rf"(?:\s+(?:{phrase_pattern(lex.words('blocks', 'contents'))}))?\s*:?\s*$",
            re.IGNORECASE,
        ),
        statistic_row=DeferredPattern(
            rf"^\s*(?:{phrase_pattern(lex.words('blocks', 'statistic_rows'))})\s*:?\s*$",
            re.IGNORECASE,
        ),
        page_not_after=frozenset(w.casefold() for w in lex.words("blocks", "page_not_after")),
        noun_stop=frozenset(fold(w) for w in lex.words("phrases", "noun_stop")),
        noun_glue=frozenset(fold(w) for w in lex.words("phrases", "noun_glue")),
        noun_continues=tuple(
            tuple(fold(w) for w in phrase.split())
            for phrase in lex.words("phrases", "noun_continues")
        ),
        refers_back=compile_phrases(lex.words("phrases", "refers_back")),
        # ", es decir, 290," after a share: the same part as a count, between commas (lexicon
        # ``phrases.restating``)
        restated_count=DeferredPattern(
            rf"^\s*,\s*(?:{phrase_pattern(lex.words('phrases', 'restating'))})\s*,?\s*"
            r"\d+(?:[.,]\d+)*(?:\s+[a-záéíóúñ]+)?\s*,",
            re.IGNORECASE,
        ),
        whole_opening_end=compile_phrases(lex.words("phrases", "whole_opening"), r"\s*$"),
        # any of the average's words in a sentence ("un promedio de siete mujeres ...")
        average_anywhere=compile_phrases(lex.words("kinds", "average")),
        # "entre 30 y 39 años", "de 25 a 29 años": an age band closing the words before a
        # bracket (its ends and the lexicon's ``never_values.age_range.after`` words)
        age_band_end=DeferredPattern(
            r"(?<![\d.,])\d{1,3}(?:\s*(?:a|al|y|e|-|–)\s*(?:l[oa]s\s+)?\d{1,3})?\s+"
            rf"(?:{phrase_pattern(lex.words('never_values', 'age_range', 'after'))})"
            r"(?:\s+(?:y|o)\s+m[aá]s)?\s*$",
            re.IGNORECASE,
        ),
        # ") y 25 y 29 años": right after a bracket, the next band of a list of age bands, its
        # unit written (the lexicon's ``never_values.age_range.after`` words)
        age_band_next=DeferredPattern(
            r"\s*\)\s*,?\s*(?:y|e)?\s*(?:de\s+|entre\s+)?\d{1,3}\s*(?:y|a|al)\s*\d{1,3}\s+"
            rf"(?:{phrase_pattern(lex.words('never_values', 'age_range', 'after'))})",
            re.IGNORECASE,
        ),
        # "el 93 % de las consultas corresponde a ...": the share's own whole may come between
        share_category=DeferredPattern(
            r"\s*(?:de\s+(?:los|las)\s+[\wáéíóúñ]+\s+)?"
            rf"(?:{phrase_pattern(lex.words('phrases', 'share_category'))})\s*",
            re.IGNORECASE,
        ),
        there_were_end=compile_phrases(lex.words("phrases", "there_were"), r"\s*$"),
        contrast_end=compile_phrases(lex.words("phrases", "contrast"), r"\s*$"),
        contrast_word=compile_phrases(lex.words("phrases", "contrast"), r"(?![\wáéíóúñ])"),
        # "Del total de feminicidios registrados ...; 492 son atribuidos a las pandillas": the
        # whole a sentence opens on, whose noun the parts after it count
        named_whole=DeferredPattern(
            rf"(?<![\w])(?:{phrase_pattern(lex.words('phrases', 'named_whole'))})\s+"
            r"(?:l[oa]s\s+)?([a-záéíóúñ]{3,})",
            re.IGNORECASE,
        ),
        subset_of=DeferredPattern(
            rf"\s*(?:{phrase_pattern(lex.words('phrases', 'subset_of'))})[\s,]*(.*)",
            re.IGNORECASE,
        ),
        subset_opens=DeferredPattern(
            rf"^\s*(?:{phrase_pattern([*lex.words('phrases', 'subset_of'), *lex.words('phrases', 'partitive')])})[\s,]*$",
            re.IGNORECASE,
        ),
        # "100 de estas detenciones corresponden a ...", "cuatro de los casos se encuentran":
        # the count takes the plural noun after the partitive (lowercase, not a number), the
        # whole's own number between them read apart ("Cuatro de las 42 muertes ocurrieron")
        partitive=DeferredPattern(
            rf"\s*(?:{phrase_pattern(lex.words('phrases', 'partitive'))})\s+"
            r"(?:\d{1,3}(?:[.,]\d{3})*\s+"
            # ("cinco de los 32 estados": a part of a country's units, never a count)
            rf"(?!(?:{phrase_pattern(lex.words('never_values', 'units_share', 'of_units'))})\b))?"
            r"(?-i:([a-záéíóúñ]{2,}s))\b(?!\s+(?:de|del)\s+\d)",
            re.IGNORECASE,
        ),
        part_filler=DeferredPattern(
            rf"^(?:{phrase_pattern(lex.words('phrases', 'part_filler'))})\s+", re.IGNORECASE
        ),
        reference_before=compile_phrases(lex.words("phrases", "reference_before"), r"\s*$"),
        attached_period=DeferredPattern(
            # an abbreviation in parentheses may come first: "9,631.4 millones de pesos (mdp)
            # en 2008"
            r"^[\s,]*(?:\([^()\d]{1,12}\)\s*)?"
            rf"[\s,(]*(?:(?:{phrase_pattern(lex.words('periods', 'attached'))})\s+)*$",
            re.IGNORECASE,
        ),
        one_after=compile_phrases(lex.words("counts", "one_after"), r"\s*$"),
        # "bajo investigación registrando 677": the preposition, not "bajó" (lexicon
        # ``changes.not_before``)
        change_before=DeferredPattern(
            rf"(?!(?:{phrase_pattern(lex.words('changes', 'not_before'))}))"
            rf"(?:{phrase_pattern(lex.words('changes', 'before'))})"
            rf"(?:\s+[^\s\d.,;:()]+){{0,{int(lex.section('changes').get('between', 0))}}}\s*$",
            re.IGNORECASE,
        ),
        # "bajó a Bs 59.600": the change's verb then the new level
        change_to_level=compile_phrases(
            lex.words("changes", "before"),
            rf"\s+(?:{phrase_pattern(lex.words('changes', 'to_level'))})\s*$",
        ),
        change_verb_then_en=DeferredPattern(
            rf"(?<![{_LETTER}])(?:{phrase_pattern(lex.words('changes', 'verb_then_en_percent'))})"
            r"(?![\w])[^\d.;:()]{0,100}?\sen\s+(?:un\s+|el\s+)?$",
            re.IGNORECASE,
        ),
        change_before_any_percent=compile_phrases(
            lex.words("changes", "before_any_percent"),
            rf"(?:\s+[^\s\d.,;:()]+){{0,{int(lex.section('changes').get('between', 0))}}}\s*$",
        ),
        # "disminuyeron al pasar de 566 a 21, entre 2018 y 2023; es decir, 96 por ciento": two
        # levels, then the restating words and the percentage: the change between them
        restated_change_percent=DeferredPattern(
            rf"(?<![{_LETTER}])(?:{phrase_pattern(lex.words('changes', 'from_to_before'))})"
            rf"\s+[^.]{{1,80}}?(?:{phrase_pattern(lex.words('changes', 'restating_change'))})"
            r",?\s*(?:un\s+|el\s+)?$",
            re.IGNORECASE,
        ),
        negation_before=compile_phrases(lex.words("counts", "negation_before"), r"\s*$"),
        topic_before=compile_phrases(lex.words("counts", "topic_before"), r"\s*$"),
        national=compile_phrases(lex.words("scope", "national")),
        national_heading=frozenset(fold(w) for w in lex.words("scope", "national_headings")),
        other_body=DeferredPattern(
            rf"(?:{phrase_pattern(lex.words('sources', 'attribution_before'))})"
            # (the body's name may open a quote: "de acuerdo a cifras de la organización
            # hondureña LGBTI “Cattrachas”")
            rf"(?:\s+[^\s.;]+){{0,4}}?\s+[\"“«]?(?P<cited>{phrase_pattern((*lex.words('sources', 'other_bodies'), *lex.words('sources', 'cited_only')))})"
            # "Según el Observatorio de Violencia de la Organización de Mujeres Salvadoreñas por
            # la Paz (Ormusa)": past those few words, the body named inside another's proper
            # name (capitalised words and their linking words, no "y", no comma)
            rf"|(?:{phrase_pattern(lex.words('sources', 'attribution_before'))})"
            r"(?:\s+[^\s.;]+){0,4}?"
            r"(?:\s+(?:(?-i:[A-ZÁÉÍÓÚÑ][^\s.;,:()]*)|(?:de|del|la|las|los|el|en|para|por)(?![\w]))){1,10}?"
            rf"\s+(?P<within>(?=(?-i:[A-ZÁÉÍÓÚÑ]))(?:{phrase_pattern(lex.words('sources', 'other_bodies'))}))"
            rf"|(?:{phrase_pattern(lex.words('sources', 'attribution_before'))})"
            rf"(?:\s+[^\s.;]+){{0,16}}?\s+(?P<ngo>{phrase_pattern(lex.words('sources', 'non_governmental'))})"
            rf"|(?P<says>{phrase_pattern(lex.words('sources', 'other_bodies'))})"
            rf"(?:\s+[^\s.;]+){{0,12}}?\s+(?:{phrase_pattern(lex.words('sources', 'reporting_verbs'))})"
            # "la organización Letra S, Sida, Cultura y Vida Cotidiana, dedicada a documentar las
            # muertes violentas ... en el país, registró un total de 72 asesinatos": the body's
            # name goes on, then a long apposition between commas, then its verb
            rf"|(?P<named>{phrase_pattern(lex.words('sources', 'other_bodies'))})"
            r"(?:\s+[^\s.;,]+){0,4}?(?:\s*,(?:\s+[^\s.;,]+){1,20}?){1,3}\s*,\s+"
            rf"(?:{phrase_pattern(lex.words('sources', 'reporting_verbs'))})(?![\w])"
            # "informó este martes la no gubernamental Fundación Aldea": the verb of saying
            # first, its subject after it
            rf"|(?:{phrase_pattern(lex.words('sources', 'said_by'))})"
            rf"(?:\s+[^\s\d.;]+){{0,4}}?\s+"
            rf"(?:(?:{phrase_pattern(lex.words('sources', 'non_governmental'))})\s+)?"
            rf"(?P<said>{phrase_pattern(lex.words('sources', 'other_bodies'))})",
            re.IGNORECASE,
        ),
        other_body_gate=PhraseGate.of(
            (*lex.words("sources", "attribution_before"), *lex.words("sources", "other_bodies"))
        ),
        capitalised_bodies=frozenset(fold(w) for w in lex.words("sources", "capitalised")),
        official_bodies=(
            compile_phrases(lex.words("sources", "official"))
            if lex.words("sources", "official")
            else DeferredPattern(r"(?!)")
        ),
        its_report=compile_phrases(lex.words("sources", "its_report")),
        refers_to_body=(
            DeferredPattern(
                rf"(?<![\w])(?:{phrase_pattern(lex.words('sources', 'refers_to_body'))})"
                r"(?![\w])(?!\s+(?:de|del)(?![\w]))",
                re.IGNORECASE,
            )
            if lex.words("sources", "refers_to_body")
            else DeferredPattern(r"(?!)")
        ),
        civil_bodies=frozenset(fold(w) for w in lex.words("sources", "other_bodies")),
        attribution=compile_phrases(lex.words("sources", "attribution_before")),
        said_by=compile_phrases(lex.words("sources", "said_by")),
        names_office=DeferredPattern(
            r"(?<![\w])(?:"
            # the first letter a capital, the rest as written ("Poder Judicial", "Poder judicial")
            + "|".join(
                re.escape(w[:1].upper()) + f"(?i:{re.escape(w[1:])})"
                for w in lex.words("sources", "offices")
            )
            + r")(?![\w])"
            if lex.words("sources", "offices")
            else r"(?!)"
        ),
        member_of_ngo=(
            compile_phrases(lex.words("sources", "member_of"), r"\s+")
            if lex.words("sources", "member_of")
            else DeferredPattern(r"(?!)")
        ),
        named_after_bodies=frozenset(fold(w) for w in lex.words("sources", "named_after")),
        not_a_name=frozenset(fold(w) for w in lex.words("sources", "not_a_name")),
        frequency_after=DeferredPattern(
            # "1,2 por cada 100 mil" is a rate, a value; "117 denuncias de violencia de género
            # por día o una denuncia cada 12 minutos": the frequency is the next count's (no
            # number, in digits or in words, between); the span may be in words: "un promedio
            # de un caso cada cuatro días"
            rf"^(?:(?!(?<![{_LETTER}])(?:{number_word_pattern(lex)})(?![{_LETTER}]))[^\d.;:]){{0,60}}?"
            rf"(?<![{_LETTER}])(?<!por )"
            rf"(?:{phrase_pattern(lex.words('changes', 'frequency'))})\s+"
            rf"(?:[\d.,\s]*|(?:{number_word_pattern(lex)})\s+)"
            rf"(?:{phrase_pattern(lex.words('changes', 'frequency_units'))})",
            re.IGNORECASE,
        ),
        change_after=DeferredPattern(
            # the words between are the number's noun, never "y": "10 mil familias y más de
            # 16 mil mujeres" opens a second count, no change
            rf"^\s*(?:(?!(?:y|e|o|u)\s)[^\s\d.,;:()]+\s+){{0,2}}?"
            rf"(?:{phrase_pattern(lex.words('changes', 'after'))})",
            re.IGNORECASE,
        ),
        # a noun of one or two words (never "o": "15 casos o menos" is a bound), then the cue
        # closing the clause; or a count of cases then "más"/"menos" closing it or opening a
        # parenthesis ("1 caso más (y sus valores)")
        change_alone=DeferredPattern(
            rf"^\s*(?:(?!(?:o|u|y|e)\s)[^\s\d.,;:()]+\s+){{1,2}}?"
            rf"(?:{phrase_pattern(lex.words('changes', 'after_alone'))}){_CLAUSE_END}"
            rf"|^\s*(?:{phrase_pattern(lex.words('changes', 'after_alone_cases'))})"
            rf"(?:{_CLAUSE_END}|(?=\s*\())"
            # "1.735 comunicaciones más (+23%)": the noun, "más"/"menos", then the change as a
            # signed percentage in brackets
            rf"|^\s*(?:(?!(?:o|u|y|e)\s)[^\s\d.,;:()]+\s+){{1,2}}?"
            rf"(?:{phrase_pattern(lex.words('changes', 'after_alone_percent'))})"
            r"\s*\(\s*[+\-−–]\s*\d"
            # "1.124 comunicaciones menos por violencia de género que durante el mismo mes de
            # 2019": the noun, "más"/"menos", a few words, then the comparison's "que"
            rf"|^\s*(?:(?!(?:o|u|y|e)\s)[^\s\d.,;:()]+\s+){{1,2}}?"
            rf"(?:{phrase_pattern(lex.words('changes', 'after_alone_percent'))})"
            r"(?:\s+(?!(?:y|e|o|u)\s)[^\s\d.,;:()]+){1,5}?\s+que\s",
            re.IGNORECASE,
        ),
        # (its noun may be left out after the restating words: "es decir, 185 más, que")
        change_derived=DeferredPattern(
            rf"^\s*(?:(?!(?:o|u|y|e)\s)[^\s\d.,;:()]+\s+){{0,2}}?"
            rf"(?:{phrase_pattern(lex.words('changes', 'after_alone_derived'))}){_CLAUSE_END}",
            re.IGNORECASE,
        ),
        derived_before=compile_phrases(lex.words("changes", "derived_before"), r"\s*$"),
        change_alone_percent=DeferredPattern(
            rf"^\s*(?:{phrase_pattern(lex.words('changes', 'after_alone_percent'))})"
            # "Pasaron de ser 6.853 en 2005 a 29.122 en 2014, y 13% más en 2015": the year the
            # change brought may close the clause after "más"
            rf"(?:\s+(?:{phrase_pattern(lex.words('changes', 'year_lead'))})\s+(?:19|20)\d\d(?!\d))?"
            rf"{_CLAUSE_END}",
            re.IGNORECASE,
        ),
        change_after_percent=DeferredPattern(
            rf"^\s*,?\s*(?:{phrase_pattern(lex.words('changes', 'after_percent'))})\s+"
            r"(?!(?:(?:a|de)\s+)?(?:el|la|los|las|al|del)?\s*total)"
            # "una participación del 51 %, frente al 49 % alcanzada por los hombres": a share
            # set against another share, no change
            r"(?!(?:(?:el|un)\s+)?\d[\d.,]*\s*(?:%|por\s+ciento))",
            re.IGNORECASE,
        ),
    )


def cues(lexicon: SpanishLexicon | None = None) -> Cues:
    """The cues of ``lexicon`` (the shipped one by default), compiled once."""
    return _cues((lexicon or default_lexicon()).sources)
