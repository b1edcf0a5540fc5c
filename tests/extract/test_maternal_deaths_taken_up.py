"""Deaths a health bulletin counts, read as deaths of violence (issue 10): a bare "decesos" or
"muertes" after a count of maternal deaths takes that kind up (codebook
``defunciones_maternas.narrows``), and deaths a sentence says came of a disease are no deaths of
violence (``muertes_mujeres_violencia.sentence_excludes``). Each case reads the real sentence of a
development document (named in it); the guards read close sentences that must not change."""

from __future__ import annotations

from pathlib import Path

from tests.extract.reports import corpus_document, extracted


def _on_line(tmp_path: Path, name: str, line: int) -> dict[float, str]:
    return {
        o.value: o.indicator_id
        for o in corpus_document(tmp_path, name)
        if o.source_locator.split()[0] == f"line:{line}"
    }


def test_deaths_after_a_count_of_maternal_deaths_are_maternal(tmp_path: Path) -> None:
    # "... reportó cero muertes maternas durante ese periodo. En el país de la SE-1 y hasta la
    # SE- 31 hay un acumulado de 96 decesos, ..., donde se reportaron 105 muertes." (dev86,
    # line 3): both went out as deaths of women from violence
    found = _on_line(tmp_path, "do_msp_boletin_semana_31_muertes_maternas_2025", 3)
    assert found[96.0] == "defunciones_maternas"
    assert found[105.0] == "defunciones_maternas"


def test_deaths_of_a_pandemic_are_no_deaths_of_violence(tmp_path: Path) -> None:
    # "... el aumento de embarazadas fallecidas por COVID19. En lo que va del año, 79 ya murieron
    # como consecuencia de la pandemia." (dev86, line 3): held, of no indicator
    found = _on_line(tmp_path, "py_msp_embarazadas_fallecidas_covid_2021", 3)
    assert found[79.0] == "sin_clasificar"


def test_deaths_with_words_of_violence_stay(tmp_path: Path) -> None:
    # guards: deaths that name their violence after a count of maternal deaths, and women killed
    # during the pandemic, stay deaths of violence or femicides
    found = {
        o.value_raw: o.indicator_id
        for o in extracted(
            tmp_path,
            "El Ministerio de Salud reportó 12 muertes maternas en el semestre. "
            "Por otra parte, se registraron 30 muertes violentas de mujeres en el mismo periodo.\n"
            "Durante la pandemia murieron 20 mujeres asesinadas por sus parejas.\n",
        )
    }
    assert found["12"] == "defunciones_maternas"
    assert found["30"] == "muertes_mujeres_violencia"
    assert found["20"] != "sin_clasificar"


def test_deaths_in_a_report_of_violence_stay(tmp_path: Path) -> None:
    # guard: a bare "muertes" in a report that never counts maternal deaths keeps its indicator
    found = {
        o.value_raw: o.indicator_id
        for o in extracted(
            tmp_path,
            "En 2023 se registraron 45 femicidios en el país. "
            "Además, hubo 60 muertes violentas de mujeres; en 2022 fueron 52 muertes.\n",
        )
    }
    assert found["45"] == "femicidios"
    assert found["60"] == "muertes_mujeres_violencia"
    assert found["52"] == "muertes_mujeres_violencia"
