"""Figures kept at their level and plans kept apart from counts (issue 10): a report that
opens with one crime where it happened, then a national body's figures, gives those figures
to the country, never to the crime's municipality or department; offices, courts or centres
to be created are a plan's target, never the ones there are. Real documents of the text corpus
(tests/acceptance/texts/docs), extracted whole as an office wrote them: the corpus' own first
line, the address where each was found, is blanked as the text corpus' runner does."""

from __future__ import annotations

import tempfile
from pathlib import Path

from genero_etl.model.observation import Observation

from .reports import corpus_document


def _observations(name: str) -> list[Observation]:
    with tempfile.TemporaryDirectory() as scratch:
        return corpus_document(Path(scratch), name.removesuffix(".txt"))


def _places(name: str, locator: str) -> list[tuple[float, str, str, str]]:
    """(value, country, first-level division, municipality code) of the values of a line."""
    return [
        (o.value, o.country, o.admin1, o.municipality_code)
        for o in _observations(name)
        if o.source_locator == locator
    ]


def test_a_crime_told_in_the_opening_gives_its_place_to_no_national_figure() -> None:
    # co_medicina_legal_violencia_adulto_mayor_2018.txt (dev73) opens "Esta semana se conoció
    # el crimen de María del Tránsito Mesa, de 74 años de edad, quien fue asesinada en su casa en
    # la vereda Hato Viejo, del municipio de Aquitania (Boyacá)." (lexicon scope.events); line 5
    # gives Medicina Legal's national figures (co.yaml evidence.national_offices): "ya son 893
    # denuncias por violencia contra el adulto mayor, según cifras entre enero y mayo del 2018
    # del Instituto de Medicina Legal. De estos 485 fueron mujeres mayores de 60 años." Colombia's,
    # never Boyacá's (CO-BOY) nor Aquitania's (15047), as they were
    name = "co_medicina_legal_violencia_adulto_mayor_2018.txt"
    assert _places(name, "line:5") == [(893.0, "CO", "", ""), (485.0, "CO", "", "")]
    assert _places(name, "line:7") == [
        (294.0, "CO", "", ""),
        (120.0, "CO", "", ""),
        (202.0, "CO", "", ""),
        (155.0, "CO", "", ""),
    ]
    assert _places(name, "line:10") == [
        (1944.0, "CO", "", ""),
        (587.0, "CO", "", ""),
        (385.0, "CO", "", ""),
    ]


def test_a_count_of_killings_and_a_ministrys_fair_keep_their_reading() -> None:
    # pe_mimp_hogares_refugio_temporal_2019.txt (dev48), line 2: "100 mujeres fueron
    # asesinadas por su parejas ..., según las estadísticas del Ministerio de la Mujer y
    # Poblaciones Vulnerables (MIMP)": a count, no one crime; the sentence stays in the opening
    # and its national office with it
    assert _places("pe_mimp_hogares_refugio_temporal_2019.txt", "line:2") == [(100.0, "PE", "", "")]
    # ve_minmujer_vargas_soy_mujer_emprendedoras_creditos.txt (dev40), line 2: "En el antiguo
    # Club de Los Maestros, Caraballeda, se realizó este miércoles una miniferia organizada por
    # el Ministerio de la Mujer ..., donde participaron 15 emprendedoras": a national ministry's
    # fair in a city is the report's subject, its figures the city's division's (La Guaira)
    assert _places("ve_minmujer_vargas_soy_mujer_emprendedoras_creditos.txt", "line:2") == [
        (15.0, "VE", "VE-X", "")
    ]


def _kinds(name: str, locator: str) -> list[tuple[float, str, bool]]:
    """(value, kind, lower bound) of the values of a line."""
    return [
        (o.value, o.value_kind, o.lower_bound)
        for o in _observations(name)
        if o.source_locator == locator
    ]


def test_courts_and_offices_to_be_created_are_targets() -> None:
    # bo_observatorio_epu_juzgados_violencia_mujer.txt (dev69), line 12: "Desde la gestión del
    # 2013 se crearon a nivel nacional 27 Juzgados ..., de los cuales, 14 son Juzgados de
    # Instrucción ... El Consejo de la Magistratura presentó un plan para la creación de más de
    # 40 juzgados y tribunales, y el Ministro ... señaló que se crearan 31 juzgados de
    # violencia": the 27 and 14 were created, the 40 and the 31 are to be (the 31 was held as
    # no value, the 40 read as courts there are)
    assert _kinds("bo_observatorio_epu_juzgados_violencia_mujer.txt", "line:12") == [
        (27.0, "observed", False),
        (14.0, "observed", False),
        (2.0, "observed", False),
        (40.0, "target", True),
        (31.0, "target", False),
    ]
    # ec_fge_rendicion_cuentas_sentencias_2015.txt (dev56), line 6: "En 2015 se crearán 12
    # Fiscalías Especializadas ..." (was held as no value)
    assert _kinds("ec_fge_rendicion_cuentas_sentencias_2015.txt", "line:6") == [
        (12.0, "target", False)
    ]


def test_perus_judiciary_speaks_for_the_country_and_its_courts_for_their_departments() -> None:
    # pe_pj_redam_inscritos_cortes_2025.txt (dev70): the Poder Judicial's register of debtors
    # (pe.yaml evidence.national_offices: "poder judicial", "Redam"); line 2, "Alrededor de ocho
    # mil personas deudoras ... fueron incorporadas en el Registro de Deudores Alimentarios
    # Morosos (Redam) del Poder Judicial", is Peru's. Line 9's ranking of the courts: "Del Santa
    # 11" is Áncash's court (pe.yaml admin1.aliases); the courts named after no department
    # ("Huaura con 649", line 7) and the pairs "Junín y Piura con 330 cada una", "San Martín y
    # Sullana cinco cada una" take no division, never Arequipa's, the first of the ranking, as
    # they did
    name = "pe_pj_redam_inscritos_cortes_2025.txt"
    assert _places(name, "line:2") == [(8000.0, "PE", "", "")]
    assert _places(name, "line:7")[0] == (1530.0, "PE", "PE-ARE", "")
    assert _places(name, "line:7")[-1] == (649.0, "PE", "", "")
    assert _places(name, "line:9") == [
        (13.0, "PE", "PE-ICA", ""),
        (11.0, "PE", "PE-ANC", ""),
        (9.0, "PE", "PE-UCA", ""),
        (7.0, "PE", "PE-CAJ", ""),
        (5.0, "PE", "", ""),
    ]
