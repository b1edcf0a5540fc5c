"""A count's sentence is read by many rules: where it starts and the words after the number
(``normalize/reading.py``) are found once per text and place in it, and what a test of the
whole sentence answers (the dead of a disease, another offence) once per sentence and lexicon
(``observations._sentence_says``). The answers are those of reading again; the texts are the
corpus's ``mx_sspc_feminicidios_cuarentena_2020`` (dev67), lines 4, 5 and 8."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from genero_etl.extract.finding import Finding
from genero_etl.normalize import observations, reading
from genero_etl.pipeline import IngestOptions, extract_document

CORPUS = Path(__file__).parents[1] / "acceptance" / "texts" / "docs"
NAME = "mx_sspc_feminicidios_cuarentena_2020"
# lines 4 and 5, a short paragraph kept whole as the count's text
FEBRUARY = (
    "Sin embargo, esta cifra sólo corresponde al mes de marzo reflejado en las estadísticas "
    "que en esta ocasión presentó en la conferencia del presidente Andrés Manuel López "
    "Obrador, esta mañana. Incluso el funcionario dijo que el delito va a la baja pues en el "
    "mes de febrero, cuando todavía no había emergencia sanitaria en Mexico por el coronavirus, "
    "se registraron 92 feminicidios."
)
# line 8: three counts in one sentence
DISEASE = (
    "Además, declaró que desde el primer caso detectado a causa de Covid-19 en México, han "
    "fallecido 122 mujeres del total de los 466 decesos reportados, por lo que estos datos "
    "revelan que sólo el 30 por ciento de las defunciones relacionadas con el coronavirus "
    "corresponde al sector femenino."
)


def _finding(text: str, raw: str, noun: str) -> Finding:
    return Finding(
        value=float(raw),
        value_raw=raw,
        locator="line:8",
        text=text,
        label_before="",
        noun_phrase=noun,
        heading="",
        unit_hint="",
        kind_hint="observed",
        start=text.index(f"{raw} {noun}"),
    )


class _Counted:
    """The sentence split, its scans counted."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.scans = 0

    def finditer(self, *args: Any) -> Any:
        self.scans += 1
        return self.pattern.finditer(*args)


@pytest.fixture
def split(monkeypatch: pytest.MonkeyPatch) -> _Counted:
    counted = _Counted(reading._SENTENCE_SPLIT)
    monkeypatch.setattr(reading, "_SENTENCE_SPLIT", counted)
    monkeypatch.setattr(reading, "_SENTENCE_STARTS", {})
    monkeypatch.setattr(reading, "_WORDS_AFTER", {})
    return counted


def test_a_counts_sentence_start_and_words_after_found_once(split: _Counted) -> None:
    february = _finding(FEBRUARY, "92", "feminicidios")
    for _ in range(3):
        assert reading.sentence_start(february) == FEBRUARY.index("Incluso el funcionario")
        assert reading.words_after(february) == "feminicidios"
    assert split.scans == 1
    women, deaths = _finding(DISEASE, "122", "mujeres"), _finding(DISEASE, "466", "decesos")
    assert reading.sentence_start(women) == reading.sentence_start(deaths) == 0
    assert reading.words_after(women) == "mujeres del total de los"  # up to the next number
    assert reading.words_after(deaths) == "decesos reportados"
    assert split.scans == 3  # each place in the text once
    assert reading.sentence_start(women) == 0 and split.scans == 3


def test_what_is_remembered_is_bounded(split: _Counted, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "REMEMBERED", 2)
    findings = [
        _finding(FEBRUARY, "92", "feminicidios"),
        _finding(DISEASE, "122", "mujeres"),
        _finding(DISEASE, "466", "decesos"),
    ]
    starts = [reading.sentence_start(f) for f in findings]
    assert starts == [FEBRUARY.index("Incluso"), 0, 0]
    assert len(reading._SENTENCE_STARTS) == 1  # full at the third: forgotten, then the third
    assert [reading.sentence_start(f) for f in findings] == starts  # read again, the same
    assert split.scans == 6  # the first added, full at the second: forgotten, then the third
    assert len(reading._SENTENCE_STARTS) == 2


def _report(tmp_path: Path) -> Path:
    text = (CORPUS / f"{NAME}.txt").read_text(encoding="utf-8")
    report = tmp_path / f"{NAME}.txt"
    report.write_text("\n" + text.split("\n", 1)[1], encoding="utf-8")  # as the runner reads it
    return report


def test_the_dead_of_a_disease_told_once_per_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Line 8's three counts share their sentence: it is tested once, and each count is held
    back with its own note; the report read again asks nothing again."""
    tested: list[str] = []
    names_disease_death = observations._names_disease_death

    def counted(sentence: str, words: Any) -> bool:
        tested.append(sentence)
        return names_disease_death(sentence, words)

    monkeypatch.setattr(observations, "_names_disease_death", counted)
    observations._words().said.clear()  # far from full while the report is read twice
    report = _report(tmp_path)
    for reading_number in (1, 2):
        staged = extract_document(report, report.name, IngestOptions())
        held = [
            (i.source_locator, i.message_en.split(" counts ")[0])
            for i in staged.issues
            if i.code == "text-disease-death"
        ]
        assert held == [("line:8", "122"), ("line:8", "466"), ("line:8", "30 por ciento")]
        assert [o.value for o in staged.observation_list() if o.value is not None] == [
            78.0,
            78.0,
            92.0,
            166.0,
        ]
        assert tested.count(DISEASE.rstrip(".")) == 1, reading_number  # up to its stop
        assert len(tested) == len(set(tested)), reading_number  # each sentence once
