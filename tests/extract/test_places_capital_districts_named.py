"""Places of values on unseen reports (issue 10): a capital district's own name read whole
("La Ciudad de Buenos Aires" opening a sentence: AR-C, never the province of Buenos Aires),
and "Lima" in a list of departments or regions (the region of Lima, PE-LIM, never left
without a division). Real documents of the text corpus (tests/acceptance/texts/docs), read as
the corpus runner reads them, and close sentences of other offices that must not change."""

from __future__ import annotations

from pathlib import Path

from .reports import extracted
from .reports import places_at as _places
from .reports import scratch_document as _document

# --- the capital district's name opening a sentence -------------------------------------------


def test_the_city_of_buenos_aires_in_a_ranking_of_provinces_is_caba() -> None:
    # dev16, ar_inam_linea144_llamadas_provincias_2014_2017.txt, line 7: "La Ciudad de Buenos
    # Aires se ubica en segundo lugar con 20.214 consultas; luego Santa Fe con 11.694": the
    # 20.214 calls were the province of Buenos Aires' (AR-B), read as "La Ciudad" of it
    places = _places(_document("ar_inam_linea144_llamadas_provincias_2014_2017"), "line:7")
    assert places[20214] == ("AR", "AR-C")
    assert places[11694] == ("AR", "AR-S")  # the next items keep their own


def test_the_city_of_mexico_opening_a_sentence_is_the_city() -> None:
    # dev75, mx_inegi_ninos_madres_penitenciarios_2015.txt, line 6: "La Ciudad de México
    # concentra 19 por ciento de los casos, con 105 infantes; le siguen Veracruz con 52": an
    # article alone before the division's name, the clause's subject, is the division (MX-CMX),
    # though its last word is the country's name (tests/extract/test_places_mexico_city_subject.py)
    places = _places(_document("mx_inegi_ninos_madres_penitenciarios_2015"), "line:6")
    assert places[19] == ("MX", "MX-CMX")
    assert places[105] == ("MX", "MX-CMX")
    assert places[52] == ("MX", "MX-VER")


def test_guard_an_office_of_a_division_keeps_the_division(tmp_path: Path) -> None:
    # the ending after "de" is still the division when no longer ending names one
    found = extracted(
        tmp_path,
        "Informe nacional de Bolivia.\nLa Fiscalía de La Paz registró 1.250 casos de violencia "
        "familiar; Santa Cruz, 980.\n",
    )
    assert {o.value: o.admin1 for o in found}[1250] == "BO-L"


def test_guard_the_province_of_buenos_aires_stays_the_province(tmp_path: Path) -> None:
    found = extracted(
        tmp_path,
        "Informe nacional de la Línea 144 de Argentina.\nLa Provincia de Buenos Aires concentró "
        "124.187 llamadas; luego Santa Fe con 11.694.\n",
    )
    assert {o.value: o.admin1 for o in found}[124187] == "AR-B"


def test_guard_the_city_of_guatemala_is_no_division_of_its_own(tmp_path: Path) -> None:
    # "Ciudad de Guatemala" names no division: the bare name stays the country's, as before
    found = extracted(
        tmp_path,
        "Ministerio Público de Guatemala.\nLa Ciudad de Guatemala registró 4.200 denuncias "
        "por violencia contra la mujer.\n",
    )
    assert {o.value: o.admin1 for o in found}[4200] == ""


# --- "Lima" in a list of departments or regions ------------------------------------------------


def test_lima_among_departments_is_the_region() -> None:
    # dev29, pe_defensoria_desaparicion_feminicidios_enero_2023.txt: "Los departamentos con
    # más incidencia en esta problemática fueron Lima (170), Lambayeque (64)" (line 2), "Los
    # departamentos donde más se ubicaron mujeres desaparecidas fueron Lima (173)" (line 4),
    # "Las regiones donde más se emitieron este tipo de notas fueron Lima (183)" (line 5): left
    # without a division ("Lima" is both PE-LIM and Lima Metropolitana, PE-LMA)
    observations = _document("pe_defensoria_desaparicion_feminicidios_enero_2023")
    assert _places(observations, "line:2")[170] == ("PE", "PE-LIM")
    assert _places(observations, "line:2")[64] == ("PE", "PE-LAM")
    assert _places(observations, "line:4")[173] == ("PE", "PE-LIM")
    assert _places(observations, "line:5")[183] == ("PE", "PE-LIM")


def test_lima_among_regions_of_the_alert_notes_is_the_region() -> None:
    # dev29, pe_defensoria_notas_alerta_feminicidios_septiembre_2024.txt, line 7: "Las regiones
    # que registraron la mayor cantidad de reportes mujeres adultas desaparecidas fueron Lima
    # (73), Cusco (15)" and "las regiones con mayor cantidad de casos fueron Lima (109)"
    places = _places(_document("pe_defensoria_notas_alerta_feminicidios_septiembre_2024"), "line:7")
    assert places[73] == ("PE", "PE-LIM")
    assert places[109] == ("PE", "PE-LIM")


def test_guard_lima_among_courts_is_left_without_a_division() -> None:
    # dev70, pe_pj_redam_inscritos_cortes_2025.txt, line 8: "Huancavelica con 203, Lima con
    # 187" ranks the judiciary's courts (Lima's court is Lima Metropolitana's): no list of
    # departments is said, so "Lima" stays unread, never the region
    places = _places(_document("pe_pj_redam_inscritos_cortes_2025"), "line:8")
    assert places[187] == ("PE", "")


def test_guard_lima_alone_is_still_the_city() -> None:
    # dev65, pe_pnp_central_105_violencia_familiar.txt: "solo en Lima" is Lima Metropolitana
    observations = _document("pe_pnp_central_105_violencia_familiar")
    assert {o.admin1 for o in observations if o.source_locator == "line:2"} == {"PE-LMA"}


def test_guard_lima_heading_a_list_of_departments_keeps_the_region() -> None:
    # dev61, pe_defensoria_reporte_igualdad_no_violencia_febrero_2020.txt, line 6: "Lima sigue
    # concentrando la mayor cantidad de reportes (95), seguida de Arequipa (11)"
    places = _places(
        _document("pe_defensoria_reporte_igualdad_no_violencia_febrero_2020"), "line:6"
    )
    assert places[95] == ("PE", "PE-LIM")
