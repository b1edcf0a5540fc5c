"""Changes written as plural or rarer nouns and listed in pairs, and a share quoted from an
official's words, met in the development corpus (tests/acceptance/texts, part dev46, the yearly
and statistical reports of national bodies): Honduras' UNAH violence observatory and Ecuador's
prosecutors' criminological bulletin. Each document case reads the real document as the corpus
runner does (its source line blanked) and asserts the line, the number, the indicator, the place
and the period of what is published; each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts

HN_2016 = "hn_onv_unah_muertes_mujeres_causa_externa_2016"


def test_decrements_listed_in_pairs_and_the_largest_increase_are_changes(tmp_path: Path) -> None:
    """hn_onv_unah_muertes_mujeres_causa_externa_2016 (dev46): "los homicidios y los suicidios
    presentaron decrementos de 4.3% y 24.2%, respectivamente; ... las no intencionales aumentaron
    18.5%. Las muertes indeterminadas tuvieron el mayor incremento con 76.7%" (line 5) went out
    as three shares (4.3, 24.2, 76.7); the 706 deaths before them stay."""
    found = corpus_facts(tmp_path, HN_2016)
    rows = [row for row in found if row[0] == "line:5"]
    assert [row[1] for row in rows] == [706.0]
    assert rows[0][3:] == ("HN", "", "2016-01-01", "2016-09-30")
    found = text_facts(
        tmp_path,
        "En 2016 las denuncias y las llamadas presentaron descensos de 4.3% y 24.2%, "
        "respectivamente.",
    )
    assert found == []


def test_a_share_after_a_change_joined_by_more_words_stays(tmp_path: Path) -> None:
    """Only "y" or a comma between: a share of its own whole after a change stays a value."""
    found = text_facts(
        tmp_path, "En 2016 las denuncias aumentaron un 20%, y el 45% fueron de violencia física."
    )
    assert [row[1] for row in found] == [45.0]
    found = text_facts(tmp_path, "En 2016 hubo aumentos de 12 denuncias y 300 llamadas atendidas.")
    assert [row[1] for row in found] == [300.0]


def test_a_share_quoted_from_an_official_is_a_value(tmp_path: Path) -> None:
    """ec_fge_boletin_criminologico_femicidio_2019 (dev46): "han ocurrido 935 muertes violentas
    de mujeres de las que «el 36 por ciento son femicidios»" (line 7): the share in the quote was
    masked as a name in quotes; a name in quotes stays masked."""
    found = corpus_facts(tmp_path, "ec_fge_boletin_criminologico_femicidio_2019")
    rows = [row[:4] for row in found if row[0] == "line:7"]
    assert rows == [
        ("line:7", 935.0, "muertes_mujeres_violencia", "EC"),
        ("line:7", 36.0, "sin_clasificar", "EC"),
    ]
    found = text_facts(
        tmp_path, "La campaña «50 por ciento» y el programa “Mujeres 4 a 7” siguen en 2020."
    )
    assert found == []


def test_an_age_band_whose_unit_the_next_band_gives_names_its_count(tmp_path: Path) -> None:
    """pa_mp_centro_estadisticas_femicidios_2020 (dev46): "El mayor número de víctimas de
    femicidios de este año tenía entre 18 y 24 (5) y 25 y 29 años (2)" (line 10): the first
    band's 5 was dropped as a bare number; a bare pair with no band after it stays no band."""
    found = corpus_facts(tmp_path, "pa_mp_centro_estadisticas_femicidios_2020")
    rows = [row for row in found if row[0] == "line:10"]
    assert ("line:10", 5.0, "femicidios", "PA", "", "2020-01-01", "2020-12-31") in rows
    assert [row[1] for row in rows].count(2.0) >= 2
    found = text_facts(
        tmp_path, "En 2020 los casos se dieron entre 18 y 24 (5) y la fiscalía atendió 30 casos."
    )
    assert [row[1] for row in found] == [30.0]


def test_women_who_fell_dead_and_a_misspelt_femicide(tmp_path: Path) -> None:
    """hn_ov_unah_muertes_violentas_mujeres_2024 (dev46): "en el 2024, fallecieron 230 mujeres
    de manera violenta" (line 3) and "Un total de 114 victimas suman los feminicios de mujeres"
    (line 6) were left unclassified (codebook: "fallecieron" and the misspelling)."""
    found = corpus_facts(tmp_path, "hn_ov_unah_muertes_violentas_mujeres_2024")
    assert (
        "line:3",
        230.0,
        "muertes_mujeres_violencia",
        "HN",
        "",
        "2024-01-01",
        "2024-12-31",
    ) in found
    assert ("line:6", 114.0, "femicidios", "HN") in [row[:4] for row in found]
