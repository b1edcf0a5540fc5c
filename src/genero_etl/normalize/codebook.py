"""The indicator codebook: recognising the same indicator across countries and spellings.

A label is classified by the patterns of ``schemas/codebook/indicators.yaml`` (words are data,
this module is the mechanism):

- each indicator's ``match`` patterns are compiled once into one alternation;
- a match preceded by a negation from the codebook's ``negations`` ("que no son femicidio",
  "sin capacitación") does not count for that indicator;
- a label that only says the datum is missing (``no_data``: "No informado", "Sin dato") is
  never an indicator, whatever its context;
- among the indicators that match, the highest priority wins; an indicator that the label's
  first part (the noun next to the number) already names gets ``NOUN_BONUS``;
- the heading context is only used when the label alone says nothing;
- asked for a percentage, only a percentage-kind indicator is returned;
- every distinct (label, context, kind) is classified once (memo);
- a percentage is a share of a count only when the words around it name what it is a share
  of (``shares``: "el 82% de las llamadas", "del total de consultas, el 81,2 %"), and not
  when they speak of a change ("un aumento del 15 % de las denuncias"): ``share_of`` then
  gives the count's indicator, read from those few words alone;
- ``person_units``: what a count of people can stand for (people, victims, complaints,
  calls...); a count of women whose indicator only the heading gives must be one of them;
- ``generic_nouns``: nouns that do not say what is counted ("casos", "víctimas", "la
  cifra"): a number with such a noun, or none, is read in its sentence and paragraph;
- ``counted_nouns``: kinds of things a count's own noun may name (case files, staff) and
  what each can be published under (codebook units, or indicators): "802 legajos" is never a
  count of people attended, "15 profesionales" never one of women attended;
- ``qualified_as``: words after a count that say what it was qualified as ("11 mujeres
  asesinadas, asesinatos calificados como femicidio"): what follows them decides;
- ``series_heads``: the indicators of counts of people acted on ("mil 317 personas fueron
  vinculadas por violencia familiar") whose series' later items ("745 por abuso sexual")
  count the same people, and the only words such an item may say (the offence after "por");
- ``helplines``: a service noun ("consultas", "reportes", "atenciones") counts the calls of a
  helpline when a line ("Línea 144", "el 9-1-1", "Fono 1455") is named as what received them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from genero_etl.extract.text import Lexicon
from genero_etl.extract.textutil import plain
from genero_etl.resources import default_schemas_dir, workspace_cache

UNCLASSIFIED = "sin_clasificar"
CODEBOOK_RELPATH = Path("codebook") / "indicators.yaml"
PERCENTAGE_KINDS = frozenset({"percentage"})
NOUN_BONUS = 15  # the words next to the number outweigh the rest of the sentence
_NEGATION_WINDOW = 48  # characters before a match searched for a negation
_MEMO_LIMIT = 100_000
_SLUG_SEPARATORS = re.compile(r"[-_/]+")
_TOKEN = re.compile(r"[^\W_]+")
_HEAD_OF = re.compile(r"(?:^|\s)([a-z]{3,})\s+(?:de|del)\s*$")
# a conjugated verb or participle after a generic noun: "mujeres tuvieron", "casos están"
_VERB_ENDING = re.compile(r"(?:aron|ieron|aban|ian|an|en|ad[oa]s?|id[oa]s?)$")


def _negated(pattern: re.Pattern[str], text: str, negation: re.Pattern[str]) -> bool:
    """Every occurrence of the pattern follows a negation ('que no son femicidio')."""
    return all(
        negation.search(text, max(0, m.start() - _NEGATION_WINDOW), m.start()) is not None
        for m in pattern.finditer(text)
    )


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
    # words one of which a text count's own sentence must hold (plain): "municipios" count
    # municipalities under an alert only where the alert is said
    sentence_requires: tuple[re.Pattern[str], ...] = ()
    # words none of which a text count's own sentence may hold (plain): "atenciones" a forensic
    # institute made ("el IDIF realizó 54.290 atenciones ..., el 82% corresponde al área de
    # Medicina Forense") are no people assisted
    sentence_excludes: tuple[re.Pattern[str], ...] = ()
    # words none of which a text count's own clause may hold (plain; the words from the last
    # punctuation, number or "y" before it to the next punctuation, number or word opening
    # another clause after it), unless the clause names the indicator itself: "78 víctimas de
    # feminicidio y 31 de infanticidio", "otros 3 casos corresponden a infanticidios" are no
    # femicides, while the femicides before them in the sentence stay
    clause_excludes: tuple[re.Pattern[str], ...] = ()
    # words of a body that counts every offence (a whole police force): a text count whose
    # whole sentence (plain) holds one of them and names no offence of violence is held for
    # review ("Carabineros de Chile registró un total 1.457.330 denuncias durante el año 2024")
    counted_by_all: tuple[re.Pattern[str], ...] = ()
    # words one of which a table must hold somewhere (its title, file name, headers, constant
    # columns or the values of a breakdown): "muertes" over a register of every homicide
    # names no count of women
    table_requires: tuple[re.Pattern[str], ...] = ()
    # the id of the wider indicator this one is a kind of (denuncias_violencia_politica of
    # denuncias_violencia): a text count whose own words name only the wider one's noun ("La
    # Paz: 13 denuncias") where its sentence or the document speaks of this kind counts this one
    narrows: str = ""
    # a text count of this indicator whose words before it, in its sentence, refer back to a
    # thing said before ("En esta iniciativa ... participaron 10.268 mujeres") counts what the
    # document's topic counts when that is one of ``takes_up`` (people trained)
    refers_back: tuple[re.Pattern[str], ...] = ()
    takes_up: tuple[str, ...] = ()

    def found(self, text: str, negation: re.Pattern[str] | None = None) -> bool:
        """A match pattern occurs in the text, not right after a negation."""
        return any(
            pattern.search(text) is not None
            and (negation is None or not _negated(pattern, text, negation))
            for pattern in self.match
        )

    def required(self, text: str) -> bool:
        return not self.requires or any(p.search(text) for p in self.requires)

    def said_in(self, sentence: str) -> bool:
        """The count's sentence (plain) holds one of ``sentence_requires``, or none is asked."""
        return not self.sentence_requires or any(p.search(sentence) for p in self.sentence_requires)

    def ruled_out_in(self, sentence: str) -> bool:
        """The count's sentence (plain) holds one of ``sentence_excludes``."""
        return any(p.search(sentence) for p in self.sentence_excludes)

    def ruled_out_in_clause(self, clause: str) -> bool:
        """The count's own clause (plain) holds one of ``clause_excludes`` and does not name
        the indicator itself ("84 feminicidios sin contar los infanticidios" stays)."""
        return any(p.search(clause) for p in self.clause_excludes) and not self.found(clause)

    def counted_by_all_in(self, sentence: str) -> bool:
        """The count's whole sentence (plain) names a body of ``counted_by_all``."""
        return any(p.search(sentence) for p in self.counted_by_all)

    def said_by_table(self, words: str) -> bool:
        """A table's words (plain) hold one of ``table_requires``, or none is asked."""
        return not self.table_requires or any(p.search(words) for p in self.table_requires)

    def excluded(self, text: str) -> bool:
        return any(p.search(text) for p in self.excludes)

    def matches(self, text: str, negation: re.Pattern[str] | None = None) -> bool:
        """True when a match pattern is found (and not negated), a required word is present
        and no excluded word is."""
        return self.found(text, negation) and self.required(text) and not self.excluded(text)

    @property
    def is_percentage(self) -> bool:
        return self.value_kind in PERCENTAGE_KINDS

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


@dataclass(frozen=True, slots=True)
class CountedKind:
    """A kind of thing a count's own noun may name (``counted_nouns``: case files, staff) and
    the indicators it may be published under: those of its ``units``, named ones, and any
    whose unit is one of its nouns (a workspace's "Puntos violeta" in ``puntos``)."""

    name: str
    nouns: frozenset[str]
    units: frozenset[str] = frozenset()
    indicators: frozenset[str] = frozenset()

    def counts(self, indicator: Indicator) -> bool:
        return (
            indicator.unit in self.units
            or indicator.id in self.indicators
            or plain(indicator.unit) in self.nouns
        )


class _MatchGate:
    """The indicators' match patterns in one list, and which of them can match a text
    (``LiteralGate``: their required strings found in one pass); ``found`` gives what
    ``Indicator.found`` gives for each indicator, searching only the patterns that can match."""

    __slots__ = ("_gate", "_patterns", "size")

    def __init__(self, indicators: Iterable[Indicator]) -> None:
        from genero_etl.extract.literals import LiteralGate

        self._patterns: list[tuple[str, re.Pattern[str]]] = []
        self.size = 0
        for indicator in indicators:
            self.size += 1
            self._patterns.extend((indicator.id, pattern) for pattern in indicator.match)
        self._gate = LiteralGate([pattern for _id, pattern in self._patterns])

    def found(self, text: str, negation: re.Pattern[str] | None) -> frozenset[str]:
        found: set[str] = set()
        for index in self._gate.possible(text):
            name, pattern = self._patterns[index]
            if (
                name not in found
                and pattern.search(text) is not None
                and (negation is None or not _negated(pattern, text, negation))
            ):
                found.add(name)
        return frozenset(found)


class _Part:
    """One piece of text (a label, or the context it sits under), scanned once: which
    indicators' patterns occur in it; required and excluded words looked up when asked."""

    __slots__ = ("_excluded", "_required", "found", "text")

    def __init__(
        self,
        text: str,
        indicators: Iterable[Indicator] | _MatchGate,
        negation: re.Pattern[str] | None,
    ) -> None:
        self.text = text
        if isinstance(indicators, _MatchGate):
            self.found = indicators.found(text, negation)
        else:
            self.found = frozenset(i.id for i in indicators if i.found(text, negation))
        self._required: dict[str, bool] = {}
        self._excluded: dict[str, bool] = {}

    def required(self, indicator: Indicator) -> bool:
        hit = self._required.get(indicator.id)
        if hit is None:
            hit = self._required[indicator.id] = indicator.required(self.text)
        return hit

    def excluded(self, indicator: Indicator) -> bool:
        hit = self._excluded.get(indicator.id)
        if hit is None:
            hit = self._excluded[indicator.id] = indicator.excluded(self.text)
        return hit

    def matches(self, indicator: Indicator) -> bool:
        return (
            indicator.id in self.found and self.required(indicator) and not self.excluded(indicator)
        )


@dataclass(slots=True)
class Codebook:
    indicators: dict[str, Indicator]
    unclassified: Indicator
    lexicon: Lexicon
    sources: list[str] = field(default_factory=list)
    negation: re.Pattern[str] | None = None
    no_data: re.Pattern[str] | None = None
    share_after: tuple[re.Pattern[str], ...] = ()
    share_before: tuple[re.Pattern[str], ...] = ()
    share_change: re.Pattern[str] | None = None
    share_of_previous: re.Pattern[str] | None = None
    person_units: frozenset[str] = frozenset()
    generic_nouns: frozenset[str] = frozenset()
    series_words: frozenset[str] = frozenset()
    elided_nouns: tuple[str, ...] = ()  # "135 apoyos psicológicos y 162 jurídicos"
    place_words: frozenset[str] = frozenset()
    topic_marker: re.Pattern[str] | None = None
    helpline: re.Pattern[str] | None = None  # names a helpline ("Línea 144", "el 9-1-1")
    helpline_nouns: frozenset[str] = frozenset()  # what a helpline counts ("consultas")
    helpline_indicator: str = ""
    helpline_opens_within: int = 0
    facility: re.Pattern[str] | None = None  # "6 Casas Refugio": a count of places
    facility_indicator: str = ""
    helpline_qualifiers: frozenset[str] = frozenset()  # "reportes diarios"
    helpline_received_nouns: frozenset[str] = frozenset()  # "denuncias", when received
    helpline_received: re.Pattern[str] | None = None  # "se han recibido"
    counted_kinds: tuple[CountedKind, ...] = ()  # "802 legajos", "15 profesionales"
    leading_adjectives: frozenset[str] = frozenset()  # "10 nuevas casas refugio"
    qualified_as: re.Pattern[str] | None = None  # "asesinatos calificados como femicidio"
    # "mil 317 personas fueron vinculadas por violencia familiar; 745 por abuso sexual": the
    # heads of a series of people acted on, and the words an item of it may say
    series_heads: frozenset[str] = frozenset()
    series_item_before: re.Pattern[str] | None = None
    series_item_after: re.Pattern[str] | None = None
    series_head_clause: re.Pattern[str] | None = None
    series_offence_lead: re.Pattern[str] | None = None  # "fueron por", "por el delito de"
    series_offence_lead_within: re.Pattern[str] | None = None  # the same, after other words
    series_offence_end: re.Pattern[str] | None = None  # "por acoso sexual a 84"
    series_offence_dimension: str = ""
    series_offences: re.Pattern[str] | None = None  # what names an offence ("abuso sexual")

    _memo: dict[tuple[str, str, bool, bool], Indicator] = field(default_factory=dict)
    _parts: dict[str, _Part] = field(default_factory=dict)
    _by_label: dict[str, Indicator | None] = field(default_factory=dict)
    _gate: _MatchGate | None = None

    def classify(
        self,
        primary: str,
        context: str = "",
        *,
        percentage: bool = False,
        plain_number: bool = False,
    ) -> Indicator:
        """Best indicator for a label; the heading context is only used when the label alone
        says nothing. With ``percentage=True`` (the value is a percentage or a share) only a
        percentage-kind indicator can be returned; otherwise the value is unclassified. With
        ``plain_number=True`` (a number with no "%" or "por ciento" of its own) a percentage-kind
        indicator is never returned: the next best one is."""
        key = (primary, context, percentage, plain_number)
        found = self._memo.get(key)
        if found is None:
            found = self._classify(primary, context, percentage, plain_number)
            if len(self._memo) < _MEMO_LIMIT:
                self._memo[key] = found
        return found

    def share_of(self, before: str, after: str) -> Indicator | None:
        """The count indicator a percentage is a share of, when the words right after it
        ("de las llamadas ...") or before it ("del total de consultas, el") name that count."""
        found = self._share(before, after)
        return None if found is None else found[1]

    def share_noun(self, before: str, after: str) -> str:
        """The words naming the count a percentage is a share of ("consultas" in "del total
        de consultas, el 81,2 %"), or '' when no share's words name one."""
        if self.speaks_of_change(before):
            return ""
        before, after = plain(before), plain(after)
        for patterns, text in ((self.share_after, after), (self.share_before, before)):
            for pattern in patterns:
                m = pattern.search(text)
                if m is not None:
                    return str(m.group("of"))
        return ""

    def _share(self, before: str, after: str) -> tuple[str, Indicator] | None:
        """The words naming the count a share is part of, and that count's indicator."""
        if self.speaks_of_change(before):
            return None
        before, after = plain(before), plain(after)
        for patterns, text in ((self.share_after, after), (self.share_before, before)):
            for pattern in patterns:
                m = pattern.search(text)
                if m is None:
                    continue
                found = self.classify(m.group("of"), plain_number=True)
                if found.id != self.unclassified.id:
                    return m.group("of"), found
        return None

    def rejects(self, primary: str) -> bool:
        """The count's own words match an indicator that one of its ``excludes`` rules out
        ("muertes por homicidio en el país": deaths of all persons, not of women), and no
        indicator takes them: they say what the count is not, so nothing read further in
        its sentence or paragraph may label it."""
        label = plain(primary)
        if not label.strip(" |") or self.classify(primary, plain_number=True).id != UNCLASSIFIED:
            return False
        own = self._part(label)
        return any(
            own.excluded(indicator)
            for indicator in self.indicators.values()
            if indicator.id in own.found
        )

    def refers_back(self, gap: str) -> bool:
        """'..., de las cuales el': the words after a count take it up again, so the
        percentage that follows is a share of it (``shares.of_previous``)."""
        return self.share_of_previous is not None and (
            self.share_of_previous.search(plain(gap)) is not None
        )

    def takes_up(self, gap: str) -> bool:
        """'..., de quienes', 'De ellas,': the words right before a count take up the count
        before it (``shares.of_previous``), nothing after them but a comma."""
        if self.share_of_previous is None:
            return False
        text = plain(gap)
        return any(not text[m.end() :].strip(" ,:") for m in self.share_of_previous.finditer(text))

    def speaks_of_change(self, before: str) -> bool:
        """'un aumento del', 'una baja de': the percentage that follows is a change."""
        return self.share_change is not None and self.share_change.search(plain(before)) is not None

    def is_generic(self, noun_phrase: str) -> bool:
        """'casos', 'víctimas', 'mujeres fueron trasladadas', or no noun at all: words that do
        not say on their own what is counted (``generic_nouns``), so the sentence and
        paragraph must. A generic noun that a word qualifies ('casos judiciales') says what
        it counts; a verb, a preposition or another generic noun after it ('casos de',
        'mujeres víctimas', 'casos están') does not."""
        words = [w.strip(".,;:\"'()«»“”") for w in plain(noun_phrase).split()]
        if not words or words[0] in self.series_words:
            return True  # "y Chuquisaca y Oruro": names and links, no noun
        if words[0] not in self.generic_nouns:
            return False
        if len(words) == 1:
            return True
        second = words[1]
        return (
            second in self.generic_nouns
            or second in self.series_words
            or _VERB_ENDING.search(second) is not None
        )

    def names_head(self, label_before: str) -> bool:
        """'el rescate de 25 personas', 'la detención de 23': a noun right before the number,
        joined by 'de', says what is counted; 'un total de', 'una disminución de' do not."""
        m = _HEAD_OF.search(plain(label_before))
        return m is not None and not self.is_series_gap(m.group(1))

    def announced_topic(self, sentence_head: str) -> str | None:
        """'En cuanto a los infanticidios, la mayoría ...': the words a topic marker
        (``topic_markers``) announces at the start of a sentence, or None."""
        if self.topic_marker is None:
            return None
        m = self.topic_marker.match(plain(sentence_head).lstrip(' "“«¿¡'))
        return m.group("topic") if m else None

    def series_offence(self, words: str, anywhere: bool = False) -> str:
        """The offence an item of a series of people acted on names ("por el delito de
        violación" -> "violación"), as written, its words starting with it (or, ``anywhere``,
        naming it after other words: "fueron vinculadas por violencia familiar"); '' when
        they name none."""
        if not self.series_offence_dimension or self.series_offence_lead is None:
            return ""
        if anywhere and self.series_offence_lead_within is not None:
            lead = self.series_offence_lead_within.search(words.lower())
        else:
            lead = self.series_offence_lead.match(words.lower())
        if lead is None:
            return ""
        offence = words[lead.end() :]
        if self.series_offence_end is not None:
            end = self.series_offence_end.search(offence.lower())
            offence = offence[: end.start()] if end else offence
        offence = offence.strip(" ,;:.")
        if self.series_offences is None or not self.series_offences.search(plain(offence)):
            return ""  # "12 por la policía municipal": no offence, no breakdown
        return offence

    def is_series_gap(self, gap: str) -> bool:
        """The words between two counts of one sentence say only where, when or how much
        ("seguido por La Paz con", "pero en el 2020 la cifra incrementó a"): names,
        numbers and ``series_words``, or an adjective whose noun the first count said ("la
        física, con 352 casos, la económica, con 293 registros", ``elided_nouns``), so the
        second count counts what the first does."""
        for token in _TOKEN.findall(gap):
            if token[0].isupper() or token[0].isdigit():
                continue
            word = plain(token)
            if (
                word not in self.series_words
                and word not in self.generic_nouns
                and word not in self.place_words
                and not word.startswith(self.elided_nouns)
            ):
                return False
        return True

    def counts_service(self, noun_phrase: str) -> bool:
        """'3.200 consultas', '112 mil reportes': a noun that a helpline's calls can stand for
        (``helplines.nouns``); 'mujeres' or 'consultas psicológicas' are not."""
        words = [w.strip(".,;:") for w in plain(noun_phrase).split()]
        return (
            len(words) >= 1
            and words[0] in self.helpline_nouns
            and (
                len(words) == 1
                or words[1] in self.series_words
                or words[1] in self.helpline_qualifiers
            )
        )

    def elides_noun(self, noun_phrase: str) -> bool:
        """'162 jurídicos' after '135 apoyos psicológicos y': an adjective alone, the noun of
        the list's first item left unsaid (``elided_nouns``); two or three such adjectives
        joined by 'y' or 'o' as well ('3,612 verbales y psicológicas')."""
        words = [w.strip(".,;:") for w in plain(noun_phrase).split()]
        return (
            len(words) in (1, 3, 5)
            and all(w.startswith(self.elided_nouns) for w in words[0::2])
            and all(w in ("y", "e", "o", "u") for w in words[1::2])
        )

    def counts_facility(self, noun_phrase: str) -> bool:
        """'6 Casas Refugio', 'una casa de acogida', '10 nuevas casas refugio': the number
        counts places where women are attended or sheltered (``facilities.nouns``), not the
        people there."""
        return (
            self.facility is not None
            and self.facility.match(self._without_leading_adjective(noun_phrase)) is not None
        )

    def _without_leading_adjective(self, noun_phrase: str) -> str:
        """The noun phrase without an adjective written before its noun (``leading_adjectives``:
        "nuevas casas refugio" -> "casas refugio")."""
        text = plain(noun_phrase)
        words = text.split(maxsplit=1)
        if len(words) == 2 and words[0] in self.leading_adjectives:
            return words[1]
        return text

    def counted_kind(self, noun_phrase: str) -> CountedKind | None:
        """The kind of thing a count's own noun names ("legajos", "expedientes de denuncias",
        "profesionales", "nuevos centros"): its first word among a kind's ``counted_nouns``,
        after an adjective written before it."""
        words = self._without_leading_adjective(noun_phrase).split(maxsplit=1)
        head = words[0].strip('.,;:()"“”') if words else ""
        return next((k for k in self.counted_kinds if head in k.nouns), None)

    def counts_other(self, noun_phrase: str, indicator: Indicator) -> bool:
        """The count's own noun names a kind of thing the indicator does not count ("802
        legajos" under people attended, "15 profesionales" under women attended)."""
        kind = self.counted_kind(noun_phrase)
        return kind is not None and indicator.id != UNCLASSIFIED and not kind.counts(indicator)

    def received_by_line(self, noun_phrase: str, sentence: str) -> bool:
        """'se han recibido más de 53 mil denuncias': a noun a helpline receives
        (``helplines.received_nouns``) in a sentence that says it received them
        (``helplines.received_verbs``), so that it counts the line's calls."""
        return self.received_noun(noun_phrase) and (
            self.helpline_received is not None
            and self.helpline_received.search(plain(sentence)) is not None
        )

    def received_noun(self, noun_phrase: str) -> bool:
        """'denuncias': a noun a helpline may receive (``helplines.received_nouns``)."""
        words = plain(noun_phrase).split(maxsplit=1)
        return bool(words) and words[0].strip(".,;:") in self.helpline_received_nouns

    def names_helpline(self, text: str, *, opening: bool = False) -> bool:
        """The text names a helpline ('la Línea 100', 'el Sistema de Emergencias 9-1-1');
        with ``opening``, only within its first ``helplines.opens_within`` characters."""
        if self.helpline is None:
            return False
        text = plain(text)
        return (
            self.helpline.search(text[: self.helpline_opens_within] if opening else text)
            is not None
        )

    def is_no_data(self, label: str) -> bool:
        """'No informado', 'Sin dato', 'S/D': a label saying the datum is missing."""
        text = plain(label).strip(" :|")
        return bool(text) and self.no_data is not None and self.no_data.fullmatch(text) is not None

    def _classify(
        self, primary: str, context: str, percentage: bool, plain_number: bool
    ) -> Indicator:
        label = plain(primary)
        if self.is_no_data(label):
            return self.unclassified
        own = self._part(label)
        noun_text = label.split("|", 1)[0].strip()
        noun = self._part(noun_text) if noun_text and noun_text != label.strip() else None
        by_label = f"{label}\x00" if plain_number else label
        if by_label in self._by_label:
            best = self._by_label[by_label]
        else:
            best = self._best((own,), noun, plain_number) if label.strip(" |") else None
            if len(self._by_label) < _MEMO_LIMIT:
                self._by_label[by_label] = best
        if best is None and context:
            # the context is scanned once for all the labels under it; after " | " so that
            # a pattern anchored at the start of a label never matches the context's start
            under = self._part(" | " + plain(_SLUG_SEPARATORS.sub(" ", context)))
            best = self._best((own, under), noun, plain_number)
        if best is None or (percentage and not best.is_percentage):
            return self.unclassified
        return best

    def _part(self, text: str) -> _Part:
        part = self._parts.get(text)
        if part is None:
            gate = self._gate
            if gate is None or gate.size != len(self.indicators):
                gate = self._gate = _MatchGate(self.indicators.values())
            part = _Part(text, gate, self.negation)
            if len(self._parts) < _MEMO_LIMIT:
                self._parts[text] = part
        return part

    def _best(
        self, parts: tuple[_Part, ...], noun: _Part | None, plain_number: bool = False
    ) -> Indicator | None:
        best: Indicator | None = None
        best_score = 0
        for indicator in self.indicators.values():
            if plain_number and indicator.is_percentage:
                continue
            if not any(indicator.id in p.found for p in parts):
                continue
            if not any(p.required(indicator) for p in parts):
                continue
            if any(p.excluded(indicator) for p in parts):
                continue
            score = indicator.priority
            if noun is not None and noun.matches(indicator):
                score += NOUN_BONUS
            if best is None or score > best_score:
                best, best_score = indicator, score
        return best

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
        sentence_requires=_compile(data.get("sentence_requires")),
        sentence_excludes=_compile(data.get("sentence_excludes")),
        clause_excludes=_compile(data.get("clause_excludes")),
        counted_by_all=_compile(data.get("counted_by_all")),
        table_requires=_compile(data.get("table_requires")),
        narrows=str(data.get("narrows", "") or ""),
        refers_back=_compile(data.get("refers_back")),
        takes_up=tuple(str(i) for i in data.get("takes_up", []) or []),
    )


def _negation_pattern(words: list[str]) -> re.Pattern[str] | None:
    """A negation word, then at most three words, right before a match ('que no son ...')."""
    if not words:
        return None
    alternatives = "|".join(f"(?:{w})" for w in words)
    return re.compile(rf"(?:^|[^\w|])(?:{alternatives})(?:[^\w|]+\w+){{0,3}}[^\w|]+$")


def _topic_marker(markers: list[str]) -> re.Pattern[str] | None:
    """A marker at the start of a sentence, then the words it announces, up to a comma."""
    if not markers:
        return None
    alternatives = "|".join(f"(?:{m})" for m in markers)
    return re.compile(rf"(?:{alternatives})\s+(?P<topic>[^,;:.]{{3,80}})[,;:]")


def _any_of(phrases: list[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    return re.compile("|".join(f"(?:{p})" for p in phrases))


def load_codebook(workspace_schemas: Path | None = None) -> Codebook:
    """The shipped codebook, extended or overridden by a workspace's own."""
    files = [default_schemas_dir() / CODEBOOK_RELPATH]
    if workspace_schemas is not None and (workspace_schemas / CODEBOOK_RELPATH).is_file():
        files.append(workspace_schemas / CODEBOOK_RELPATH)
    return _load(tuple(str(f) for f in files))


@workspace_cache
@cache
def _load(files: tuple[str, ...]) -> Codebook:
    from genero_etl.resources import load_yaml

    indicators: dict[str, Indicator] = {}
    nouns: set[str] = set()
    excluded: set[str] = set()
    negations: list[str] = []
    no_data: list[str] = []
    shares: dict[str, list[str]] = {"after": [], "before": [], "change": []}
    person_units: set[str] = set()
    generic: set[str] = set()
    series: set[str] = set()
    elided: list[str] = []
    markers: list[str] = []
    places: set[str] = set()
    adjectives: set[str] = set()
    helplines: dict[str, Any] = {}
    facilities: dict[str, Any] = {}
    kinds: dict[str, CountedKind] = {}
    qualifications: list[str] = []
    heads: dict[str, Any] = {}
    unclassified: Indicator | None = None
    for file in files:
        with open(file, encoding="utf-8") as handle:
            data = load_yaml(handle) or {}
        for entry in data.get("indicators", []):
            indicator = _indicator(entry)
            indicators[indicator.id] = indicator
        nouns.update(plain(str(n)) for n in data.get("count_nouns", []))
        excluded.update(plain(str(n)) for n in data.get("excluded_nouns", []))
        negations.extend(str(n) for n in data.get("negations", []) or [])
        no_data.extend(str(n) for n in data.get("no_data", []) or [])
        person_units.update(str(u) for u in data.get("person_units", []) or [])
        generic.update(plain(str(n)) for n in data.get("generic_nouns", []) or [])
        series.update(plain(str(n)) for n in data.get("series_words", []) or [])
        elided.extend(plain(str(n)) for n in data.get("elided_nouns", []) or [])
        markers.extend(str(m) for m in data.get("topic_markers", []) or [])
        places.update(plain(str(n)) for n in data.get("place_words", []) or [])
        adjectives.update(plain(str(n)) for n in data.get("leading_adjectives", []) or [])
        helplines.update(data.get("helplines") or {})
        facilities.update(data.get("facilities") or {})
        qualifications.extend(str(q) for q in data.get("qualified_as", []) or [])
        for key, values in (data.get("series_heads") or {}).items():
            heads.setdefault(str(key), []).extend(str(v) for v in values or [])
        for name, kind in (data.get("counted_nouns") or {}).items():
            kinds[str(name)] = CountedKind(  # a workspace's kind of the same name replaces it
                name=str(name),
                nouns=frozenset(plain(str(n)) for n in kind.get("nouns", []) or []),
                units=frozenset(str(u) for u in kind.get("units", []) or []),
                indicators=frozenset(str(i) for i in kind.get("indicators", []) or []),
            )
        for key, patterns in (data.get("shares") or {}).items():
            shares.setdefault(str(key), []).extend(str(p) for p in patterns or [])
        if "sin_clasificar" in data:
            unclassified = _indicator(data["sin_clasificar"])
    if unclassified is None:
        raise ValueError("the codebook has no 'sin_clasificar' entry")
    return Codebook(
        indicators=indicators,
        unclassified=unclassified,
        lexicon=Lexicon(frozenset(nouns), frozenset(excluded)),
        sources=list(files),
        negation=_negation_pattern(negations),
        no_data=_any_of(no_data),
        share_after=_compile(shares["after"]),
        share_before=_compile(shares["before"]),
        share_change=_any_of(shares["change"]),
        share_of_previous=_any_of(shares.get("of_previous", [])),
        person_units=frozenset(person_units),
        generic_nouns=frozenset(generic),
        series_words=frozenset(series),
        elided_nouns=tuple(elided),
        topic_marker=_topic_marker(markers),
        place_words=frozenset(places),
        helpline=_any_of([str(n) for n in helplines.get("names", []) or []]),
        helpline_nouns=frozenset(plain(str(n)) for n in helplines.get("nouns", []) or []),
        helpline_indicator=str(helplines.get("indicator", "")),
        helpline_opens_within=int(helplines.get("opens_within", 0)),
        facility=_any_of([str(n) for n in facilities.get("nouns", []) or []]),
        facility_indicator=str(facilities.get("indicator", "")),
        helpline_qualifiers=frozenset(plain(str(n)) for n in helplines.get("qualifiers", []) or []),
        helpline_received_nouns=frozenset(
            plain(str(n)) for n in helplines.get("received_nouns", []) or []
        ),
        helpline_received=_any_of([str(n) for n in helplines.get("received_verbs", []) or []]),
        counted_kinds=tuple(kinds.values()),
        leading_adjectives=frozenset(adjectives),
        qualified_as=_any_of(qualifications),
        series_heads=frozenset(heads.get("indicators", [])),
        series_item_before=_whole(heads.get("before", [])),
        series_item_after=_whole(heads.get("after", []), end=False),
        series_head_clause=_whole(heads.get("clause", []), start=False),
        series_offence_lead=_whole(heads.get("offence_lead", []), end=False),
        series_offence_lead_within=_whole(heads.get("offence_lead", []), start=False, end=False),
        series_offence_end=_any_of(heads.get("offence_end", [])),
        series_offences=_any_of(heads.get("offences", [])),
        series_offence_dimension=(heads.get("offence_dimension") or [""])[-1],
    )


def _whole(patterns: list[str], start: bool = True, end: bool = True) -> re.Pattern[str] | None:
    """One of the patterns, anchored at the start and/or the end of the words given."""
    if not patterns:
        return None
    body = "|".join(f"(?:{p})" for p in patterns)
    lead = "^" if start else r"(?<!\w)"
    return re.compile(f"{lead}(?:{body}){'$' if end else ''}")
