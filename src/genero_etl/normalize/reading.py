"""Where a number's meaning is written when its own words do not say it.

A reader who meets "se reportan 25 casos" or "Arequipa (6.641)" looks further: at what the
clause says of the things counted ("328.493 mujeres fueron atendidas"), at the words of the
sentence before the number ("En cuanto a tentativas de femicidio, se registró una
disminución de 152 casos"), at the count the sentence already named ("Lima lideró con 17.916
atenciones, seguida de Arequipa (6.641)"), at the sentences of the paragraph before it ("Los
femicidios van en aumento. En lo que va del año se han registrado 80 casos") and at what the
document was speaking of ("50 feminicidios ... Santa Cruz, con 15 casos").

These helpers only cut the text; which indicator the words name is the codebook's business
(``schemas/codebook/indicators.yaml``), and which words are too generic to name anything on
their own ("casos", "víctimas", "la cifra") is its ``generic_nouns``.
"""

from __future__ import annotations

import re
from typing import Any

from genero_etl.extract.lexicon import SpanishLexicon, per_active_lexicon
from genero_etl.extract.text import Finding
from genero_etl.extract.textutil import plain

PREDICATE_CHARS = 120  # at most this much of the clause after a number's noun
# the clause ends at a stop, a colon, a bracket, the next number, a comma (unless a relative
# clause follows: ", donde reciben ayuda") or "y" before the next count
_PREDICATE_END = re.compile(
    r"[;:()\d]|\.(?:\s|$)|,(?!\s+(?:en\s+)?(?:donde|a\s+quienes|quienes|l[oa]s\s+que|que)\b)"
    r"|\s(?:y|e)\s+(?:a\s+)?(?:l[oa]s\s+)?(?:\d|un[oa]?\s|dos\s|tres\s)",
    re.IGNORECASE,
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[¿¡\"“«(]?[A-ZÁÉÍÓÚÑ])")
_CLAUSE_SPLIT = re.compile(r"[,;:]\s+")
# a clause that opens with a verb says what happened to the things counted ("fueron
# rescatadas", "han muerto", "tuvieron que"); one that opens with a preposition qualifies
_VERB_START = re.compile(
    r"^(?:(?:ya|no|que|se|les?|l[oa]s?)\s+)*(?:fue|fueron|ha|han|habia|habian|hab[ií]an|son|eran|"
    r"est[aá]n|estaban|ser[aá]n|quedaron|resultaron|deben|debieron|pudieron|lograron|"
    r"\w+(?:aron|ieron|aban|[ií]an))\b",
    re.IGNORECASE,
)


def _offset(f: Finding) -> int:
    """Where the number starts in its sentence (``text``); -1 when it cannot be placed."""
    at = f.start - f.text_start
    if 0 <= at <= len(f.text) and f.text.startswith(f.value_raw, at):
        return at
    found = f.text.find(f.value_raw)
    return found


number_at = _offset  # where a finding's number starts in its sentence, -1 if unknown

# A count's sentence is read by many rules, each asking where the sentence starts and what
# words follow the number (about eight times each per count): both are remembered per text
# and place in it, the text held as the key (never another text's answer). At most
# ``REMEMBERED`` of each; when full, forgotten at once (a report's counts ask again within
# the report, rarely across reports).
REMEMBERED = 4096
_SENTENCE_STARTS: dict[tuple[str, int], int] = {}
_WORDS_AFTER: dict[tuple[str, int], str] = {}


def _remember(memo: dict[tuple[str, int], Any], key: tuple[str, int], answer: Any) -> None:
    if len(memo) >= REMEMBERED:
        memo.clear()
    memo[key] = answer


def predicate(f: Finding) -> str:
    """What the clause says of the things counted, after the number and its noun, up to the
    clause's end or the next number: "328.493 mujeres *fueron atendidas en los servicios*"."""
    at = _offset(f)
    if at < 0:
        return ""
    rest = f.text[at + len(f.value_raw) :].lstrip(" %")
    if f.noun_phrase and rest.startswith(f.noun_phrase):
        rest = rest[len(f.noun_phrase) :]
    end = _PREDICATE_END.search(rest)
    return rest[: end.start() if end else len(rest)][:PREDICATE_CHARS].strip(" ,")


def words_after(f: Finding) -> str:
    """The words right after the number, its noun first and what qualifies it ("61
    *Comisarías de la Mujer y la Niñez en todo el país*"), an article before the noun left
    out ("suman 30 *los* dispositivos de atención"), up to the clause's end."""
    at = _offset(f)
    if at < 0:
        return ""
    key = (f.text, at + len(f.value_raw))
    words = _WORDS_AFTER.get(key)
    if words is None:
        rest = f.text[key[1] :].lstrip(" %")
        rest = _ARTICLE.sub("", rest, count=1)
        end = _PHRASE_END.search(rest)
        words = rest[: end.start() if end else len(rest)][:PREDICATE_CHARS].strip(" ,")
        _remember(_WORDS_AFTER, key, words)
    return words


def complement(f: Finding) -> str:
    """What the number's noun is for, when its noun phrase stops before it: "7 mil 728
    procesos *por violencia contra la mujer*" ("por" ends a noun phrase, so that "25 casos
    por mes" keeps its noun); '' when no such words follow the noun."""
    if not f.noun_phrase:
        return ""
    rest = words_after(f)
    if not rest.startswith(f.noun_phrase):
        return ""
    rest = rest[len(f.noun_phrase) :]
    m = _COMPLEMENT.match(rest)
    if m is None:
        return ""
    setting = _settings().match(rest[m.end() :])
    # "1.421 denuncias por violencia de género en entornos digitales": the offence's setting
    return f"{m.group(1).strip()} {setting.group(1)}" if setting else m.group(1).strip()


@per_active_lexicon
def _settings(lex: SpanishLexicon) -> re.Pattern[str]:
    """ "en entornos digitales": the setting of an offence (``phrases.complement_settings``)."""
    from genero_etl.extract.cues import phrase_pattern

    settings = phrase_pattern(lex.words("phrases", "complement_settings"))
    return re.compile(rf"^\s+(en\s+(?:{settings}))(?!\w)", re.IGNORECASE)


# "por", "sobre" or "contra" and at most five words, up to a word that opens another phrase
# (a preposition, a conjunction, a relative, a gerund: "13 denuncias por diversas agresiones
# en contra de las mujeres capturando a siete sujetos", "5.000 denuncias por violencia
# familiar a través de llamadas")
_COMPLEMENT = re.compile(
    r"^\s+((?:por|sobre|contra)(?:\s+(?!(?:a|al|ante|en|con|para|desde|hasta|durante|seg[uú]n|"
    r"que|quien|quienes|donde|cuando|mientras|y|e|o|u|ni|pero|como|entre|tras|sin)\b)"
    r"(?![\wáéíóúñ]+(?:ando|iendo|aron|ieron)\b)[\wáéíóúñ]+){1,5})",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:l[oa]s|el|la)\s+", re.IGNORECASE)
_PHRASE_END = re.compile(r"[;:()\d,]|\.(?:\s|$)")


def sentence_start(f: Finding) -> int:
    """Where the number's own sentence starts in ``text`` (a short paragraph is kept whole as
    the source text, so ``text`` may hold several sentences)."""
    at = _offset(f)
    if at < 0:
        return 0
    key = (f.text, at)
    start = _SENTENCE_STARTS.get(key)
    if start is None:
        starts = [m.end() for m in _SENTENCE_SPLIT.finditer(f.text, 0, at)]
        start = starts[-1] if starts else 0
        _remember(_SENTENCE_STARTS, key, start)
    return start


def sentence_before(f: Finding, since: int = 0) -> list[str]:
    """The clauses of the sentence before the number, nearest first, from ``since`` (the end
    of the sentence's previous count, so that its words are not read again)."""
    at = _offset(f)
    if at < 0:
        return []
    since = max(since, sentence_start(f))
    head = f.text[since:at] if since < at else ""
    return [c.strip() for c in reversed(_CLAUSE_SPLIT.split(head)) if c.strip()]


def sentence_head(f: Finding) -> str:
    """The sentence up to the number."""
    at = _offset(f)
    return f.text[sentence_start(f) : at] if at >= 0 else ""


def starts_with_verb(clause: str) -> bool:
    """The clause opens with a verb: it says what happened to the things counted; the name of
    the body the things counted belong to may come first ("15 mil agentes *de la
    Administración Pública* fueron capacitados en Ley Micaela")."""
    clause = clause.strip()
    return _VERB_START.match(clause) is not None or (
        (named := _OF_NAMED_BODY.match(clause)) is not None
        and _VERB_START.match(clause[named.end() :]) is not None
    )


# "de la Administración Pública ", "del Poder Judicial ", "de la Secretaría de Transporte ":
# "de", an article and a capitalised name (its own "de" and "y" included)
_OF_NAMED_BODY = re.compile(
    r"(?:de|del)\s+(?:(?:la|el|los|las)\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*"
    r"(?:\s+(?:(?:de|del|y)\s+(?:(?:la|el|los|las)\s+)?)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*)*\s+"
)


def between(f: Finding, since: int) -> str | None:
    """The words from ``since`` (where the previous count ended) to the number, or None
    when that count is in another sentence."""
    at = _offset(f)
    if since < sentence_start(f) or not 0 <= since < at:
        return None
    return f.text[since:at]


_WHOLE_BEFORE = re.compile(r"\b(?:de|del total de|entre)\s+(?:l[oa]s|est[oa]s)\s*$", re.IGNORECASE)


def introduces_whole(f: Finding) -> bool:
    """'de los 16 casos del 2019 el 44%': the count is the whole the next share is part of."""
    at = _offset(f)
    return at > 0 and _WHOLE_BEFORE.search(f.text, 0, at) is not None


def end_in_sentence(f: Finding) -> int:
    """Where the number and its noun end in the sentence (the next count reads after it)."""
    at = _offset(f)
    if at < 0:
        return 0
    end = at + len(f.value_raw)
    rest = f.text[end:]
    if f.noun_phrase and rest.lstrip(" %").startswith(f.noun_phrase):
        end += len(rest) - len(rest.lstrip(" %")) + len(f.noun_phrase)
    return end


def end_of_complement(f: Finding) -> int:
    """Where the number, its noun and what the noun is for end ("mil 610 carpetas de
    investigación *por violencia familiar*, en 2018 fueron 2 mil 151")."""
    end = end_in_sentence(f)
    m = _COMPLEMENT.match(f.text[end:])
    return end + m.end() if m is not None and m.group(1).strip() == complement(f) else end


def paragraph_sentences(f: Finding) -> list[str]:
    """The sentences of the paragraph before the number's sentence, nearest first."""
    before = f"{f.paragraph_before} {f.text[: sentence_start(f)]}".strip()
    return [s for s in reversed(_SENTENCE_SPLIT.split(before)) if s.strip()]


_QUALIFIED_RUN = re.compile(r"[^\d.;:!?]*")  # the clause run after a count, up to another number
_QUALIFIED_END = re.compile(r"[,;.:()]|\bo sea\b|\bes decir\b", re.IGNORECASE)


def qualified_as(
    f: Finding, cue: re.Pattern[str] | None, part_opens: re.Pattern[str] | None = None
) -> str:
    """What the words after a count say it was qualified as ("11 mujeres asesinadas,
    asesinatos *calificados como femicidio*, o sea ..."): the words after a ``cue`` in the
    run of the sentence after the number and its noun, before any other number and before
    the words that open a part of it (``part_opens``: "29 asesinatos de mujeres, de los cuales
    diez fueron declarados femicidios" qualifies the ten, not the 29); '' when none."""
    if cue is None:
        return ""
    start = end_in_sentence(f)
    if start <= 0:
        return ""
    run = _QUALIFIED_RUN.match(f.text, start)
    text = plain(run.group(0)) if run else ""
    part = part_opens.search(text) if part_opens is not None else None
    if part is not None:
        text = text[: part.start()]
    found = cue.search(text)
    if found is None:
        return ""
    rest = text[found.end() :]
    end = _QUALIFIED_END.search(rest)
    return rest[: end.start() if end else len(rest)].strip()
