"""Numbers that name, not count (issue 10): a class the first runs of ``dev85`` to ``dev99``
gave and today's extraction still published in three documents of different offices, each
written its own way: a bulletin's epidemiological week with a stray space after the hyphen
("hasta la SE- 31", ``extract/periods.py:_week_patterns``), a journal's volume over an article
("Vol. 23 Núm 1", lexicon ``never_values.section``) and an age whose noun and "años" the group
before said ("en las de 12,", lexicon ``never_values.age_elided``). Each document case reads
the real document as the corpus runner does (its source line blanked) and fails with the code
before; the guards are close sentences whose numbers stay values."""

from __future__ import annotations

from pathlib import Path

from genero_etl.extract.periods import find_weeks, week_number_spans

from .reports import line_values, sentence_values


def test_a_bulletins_week_with_a_stray_space(tmp_path: Path) -> None:
    """do_msp_boletin_semana_31_muertes_maternas_2025 (dev86), line 3: "En el país de la SE-1
    y hasta la SE- 31 hay un acumulado de 96 decesos" gave the week, 31, as maternal deaths (a
    trap of the gold); the 0, 96 and 105 deaths stay."""
    name = "do_msp_boletin_semana_31_muertes_maternas_2025"
    assert sorted(line_values(tmp_path, name, "line:3")) == [0.0, 96.0, 105.0]


def test_the_week_is_read_as_weeks(tmp_path: Path) -> None:
    """The week so written is a week (weeks 1 to 31 after "hasta la"), as "SE-31" is."""
    text = "En el país de la SE-1 y hasta la SE- 31 hay un acumulado de 96 decesos."
    assert [text[a:b] for a, b in week_number_spans(text)] == ["SE-1", "SE- 31"]
    weeks = find_weeks(text, 2025)
    assert (weeks[-1].start, weeks[-1].end) == ("2024-12-29", "2025-08-02")
    assert sentence_values(tmp_path, "Hasta la SE- 12 se notificaron 40 casos de dengue.") == [40.0]


def test_a_journals_volume(tmp_path: Path) -> None:
    """mx_conamed_quejas_ginecologia_obstetricia_2001_2015 (dev86), line 3: "Vol. 23 Núm 1, 2018
    • pp 33-42 Folio: 736/2018" gave 23 (a trap of the gold)."""
    name = "mx_conamed_quejas_ginecologia_obstetricia_2001_2015"
    assert line_values(tmp_path, name, "line:3") == []
    assert sentence_values(tmp_path, "Revista de la Comisión, vol. 12, núm. 3.") == []


def test_a_count_beside_a_volume_stays(tmp_path: Path) -> None:
    """The volume's number goes (it was read as a value before), a count after it keeps its
    noun and stays."""
    assert sentence_values(tmp_path, "En el vol. 3 de la revista se analizaron 45 quejas.") == [
        45.0
    ]


def test_an_age_said_for_the_group_before(tmp_path: Path) -> None:
    """co_dane_madres_menores_edad_estadisticas_vitales_2022 (dev92), line 4: "En el caso de las
    niñas de 11 años se reportaron 17 partos, en las de 12, la cifra alcanza los 141" gave the
    age 12 as births (a trap of the gold); the 17, 141, 795 and 3.216 births stay."""
    name = "co_dane_madres_menores_edad_estadisticas_vitales_2022"
    assert sorted(line_values(tmp_path, name, "line:4")) == [17.0, 141.0, 795.0, 3216.0]


def test_a_count_after_the_same_words_stays(tmp_path: Path) -> None:
    """Guard: a number with its own noun after "en los de" counts ("12 municipios")."""
    found = sentence_values(tmp_path, "Se atendieron casos en los de 12 municipios del estado.")
    assert found == [12.0]
