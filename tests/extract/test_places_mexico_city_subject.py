"""Places of values (issue 10): "La Ciudad de México" opening a sentence, an article alone
before the division's name, is the clause's subject, the division (MX-CMX), never the country
whose name its last word is; after an office's words, in a dateline, or before a national
scope said in the clause, the place stays as it was. Real documents of the text corpus
(tests/acceptance/texts/docs), read as the corpus runner reads them, and close sentences of
other offices that must not change."""

from __future__ import annotations

from pathlib import Path

from .reports import extracted
from .reports import places_at as _places
from .reports import scratch_document as _document


def test_mexico_city_ranked_among_states_in_a_national_report() -> None:
    # dev75, mx_inegi_ninos_madres_penitenciarios_2015.txt, line 6: "La Ciudad de México
    # concentra 19 por ciento de los casos, con 105 infantes; le siguen Veracruz con 52": the
    # 19 % and the 105 children were given the country (MX, no division)
    observations = _document("mx_inegi_ninos_madres_penitenciarios_2015")
    places = _places(observations, "line:6")
    assert places[19] == ("MX", "MX-CMX")
    assert places[105] == ("MX", "MX-CMX")
    assert places[52] == ("MX", "MX-VER")
    assert places[31] == ("MX", "MX-CHP")
    # the national figures of the lead stay the country's
    assert _places(observations, "line:4")[549] == ("MX", "")


def test_mexico_city_as_the_subject_of_its_own_prosecutors_count() -> None:
    # dev79, mx_cdmx_fgj_atlas_feminicidios_medidas_2023.txt, line 3: "La Ciudad de México ha
    # registrado 36 feminicidios en lo que va de 2023": the 36 was the country's
    places = _places(_document("mx_cdmx_fgj_atlas_feminicidios_medidas_2023"), "line:3")
    assert places[36] == ("MX", "MX-CMX")
    assert places[28] == ("MX", "MX-CMX")


def test_other_words_mexico_city_opening_a_sentence(tmp_path: Path) -> None:
    # the same subject in another office's words
    found = extracted(
        tmp_path,
        "Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública, informe mensual.\n"
        "La Ciudad de México acumuló 1,250 denuncias por violencia familiar en marzo; le sigue "
        "Jalisco con 980.\n",
    )
    places = {o.value: (o.country, o.admin1) for o in found}
    assert places[1250] == ("MX", "MX-CMX")
    assert places[980] == ("MX", "MX-JAL")


def test_guard_a_dateline_of_mexico_city_over_a_national_figure() -> None:
    # dev67, mx_sspc_feminicidios_cuarentena_2020.txt, line 3: "Ciudad de México, 24 de abril
    # de 2020.- El secretario de Seguridad a nivel federal, Alfonso Durazo, reveló que ... se
    # han registrado 78 feminicidios": the dateline says where it was written
    places = _places(_document("mx_sspc_feminicidios_cuarentena_2020"), "line:3")
    assert places[78] == ("MX", "")


def test_guard_a_national_scope_after_mexico_city_in_the_clause(tmp_path: Path) -> None:
    found = extracted(
        tmp_path,
        "Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública, informe mensual.\n"
        "La Ciudad de México fue sede de la presentación, donde se informó que a nivel nacional "
        "se registraron 3,750 denuncias.\n",
    )
    assert {o.value: (o.country, o.admin1) for o in found}[3750] == ("MX", "")


def test_guard_the_city_of_guatemala_names_no_division(tmp_path: Path) -> None:
    # an article and "Ciudad de Guatemala": no division of that name, the country's as before
    found = extracted(
        tmp_path,
        "Ministerio Público de Guatemala.\nLa Ciudad de Guatemala registró 4.200 denuncias "
        "por violencia contra la mujer.\n",
    )
    assert {o.value: o.admin1 for o in found}[4200] == ""
