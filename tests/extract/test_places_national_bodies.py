"""A national body's figures are the country's: never the city of the report's dateline, of a
photo's caption, or the division that holds the capital, where national offices sit. A report
opened by a national office (lexicon ``scope.national_offices``, the country files'
``evidence.national_offices``) keeps its figures at the country's level unless a value's own
clause names a division; a division named in the opening as the most populous, or after the
first of a ranking ("Le siguieron Las Tunas"), is the breakdown's, not the report's subject.
Real documents of the text corpus (tests/acceptance/texts/docs), extracted whole as an office
wrote them: the corpus' own first line, the address where each was found, is blanked as the
text corpus' runner does."""

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


def test_a_dateline_city_gives_a_national_prosecutors_figures_no_division() -> None:
    # bo_fiscalia_casos_carnaval_2025.txt, line 3: "La Paz, 6 mar (EFE).- El Ministerio Público
    # de Bolivia atendió 1.970 casos ..."; line 4 names "el departamento de Santa Cruz, el más
    # poblado de Bolivia" as where most were attended (a ranking, lexicon scope.ranking): the
    # title's "Fiscalía de Bolivia atendió 1.970 casos" and line 5's "El delito con mayor
    # incidencia fue el de violencia familiar o doméstica con 406 denuncias, seguido por
    # lesiones graves y leves (259), robo (166), ..." are Bolivia's, not La Paz's (BO-L) ...
    name = "bo_fiscalia_casos_carnaval_2025.txt"
    assert _places(name, "line:2") == [(1970.0, "BO", "", "")]
    assert _places(name, "line:3") == [(1970.0, "BO", "", "")]
    assert _places(name, "line:5") == [
        (406.0, "BO", "", ""),
        (259.0, "BO", "", ""),
        (166.0, "BO", "", ""),
        (118.0, "BO", "", ""),
        (96.0, "BO", "", ""),
        (79.0, "BO", "", ""),
        (60.0, "BO", "", ""),
    ]
    # ... and each department of the breakdown "por regiones, en Santa Cruz hubo 643 casos
    # atendidos, La Paz reportó 576, ..." keeps its own
    assert _places(name, "line:6") == [
        (643.0, "BO", "BO-S", ""),
        (576.0, "BO", "BO-L", ""),
        (240.0, "BO", "BO-C", ""),
        (107.0, "BO", "BO-T", ""),
        (96.0, "BO", "BO-H", ""),
        (94.0, "BO", "BO-P", ""),
        (90.0, "BO", "BO-B", ""),
        (86.0, "BO", "BO-O", ""),
        (38.0, "BO", "BO-N", ""),
    ]


def test_a_photo_caption_names_no_place_of_the_figures() -> None:
    # gt_mp_observatorio_2019_2021.txt: the opening line "Representantes de varios sectores
    # participaron en la marcha contra la violencia en Teculután, Zacapa. (Foto Prensa Libre:
    # Wilder López)" is a caption; line 6, the Ministerio Público's portal: "En el 2019, ese
    # portal registró 57 mil 741 casos de violencia contra la mujer, 701 femicidios y nueve mil
    # 69 violaciones ..." are Guatemala's, not Teculután's (GT-19, 1905)
    assert _places("gt_mp_observatorio_2019_2021.txt", "line:6") == [
        (57741.0, "GT", "", ""),
        (701.0, "GT", "", ""),
        (9069.0, "GT", "", ""),
        (455.0, "GT", "", ""),
        (7840.0, "GT", "", ""),
        (60199.0, "GT", "", ""),
    ]


def test_the_national_courts_figures_are_the_countrys() -> None:
    # cu_tribunales_violencia_sexual_2024.txt, line 2: "Los tribunales cubanos registraron en
    # 2024 un total de 230 procesos judiciales ... De ellos, 120 correspondieron a agresión
    # sexual y 110 a otras manifestaciones": Cuba's, not Las Tunas' (CU-10), the second of the
    # provinces ranked ("Le siguieron Las Tunas con 22")
    name = "cu_tribunales_violencia_sexual_2024.txt"
    assert _places(name, "line:2") == [
        (230.0, "CU", "", ""),
        (120.0, "CU", "", ""),
        (110.0, "CU", "", ""),
    ]
    # line 4, the provinces' own: "La Habana encabezó la lista con 51 casos en total, de los
    # cuales 31 ... Le siguieron Las Tunas con 22 y Granma con 21, donde también se reportaron
    # 11 hechos de agresión sexual. Ciego de Ávila sumó 9"
    assert _places(name, "line:4") == [
        (51.0, "CU", "CU-03", ""),
        (31.0, "CU", "CU-03", ""),
        (22.0, "CU", "CU-10", ""),
        (21.0, "CU", "CU-12", ""),
        (11.0, "CU", "CU-12", ""),
        (9.0, "CU", "CU-08", ""),
    ]


def test_guatemalas_national_bodies_keep_their_figures_national() -> None:
    # gt_demi_nueve_anos_denuncias_semestre.txt, line 3: "la Defensoría de la Mujer Indígena
    # (DEMI), ha recibido 800 denuncias ... El año pasado la cifra alcanzó las dos mil quejas":
    # not Alta Verapaz's (GT-16), one of "los departamentos donde más se reportan estas quejas"
    assert _places("gt_demi_nueve_anos_denuncias_semestre.txt", "line:3") == [
        (800.0, "GT", "", ""),
        (2000.0, "GT", "", ""),
    ]
    # gt_oj_casos_femicidio_sentencias_2022.txt, line 6, the Organismo Judicial: "De 2020 al 12
    # de agosto de 2022 recibió 17 mil 636 casos ..., de los cuales dictó 7 mil 345 sentencias
    # lo que representa un 42% de los procesos": not Jutiapa's (GT-22)
    assert _places("gt_oj_casos_femicidio_sentencias_2022.txt", "line:6") == [
        (17636.0, "GT", "", ""),
        (7345.0, "GT", "", ""),
        (42.0, "GT", "", ""),
    ]


def test_the_capitals_department_is_where_national_offices_sit() -> None:
    # uy_inmujeres_quinquenio_2015_2020.txt, line 2: "dijo la directora de Inmujeres ... El
    # instituto ofrece 33 servicios de atención psicosocial y legal; 18 equipos que llegan a las
    # localidades, ... coordinaciones de políticas con el Ministerio de Vivienda, la Intendencia
    # de Montevideo e Inefop": Uruguay's, not Montevideo's (UY-MO)
    assert _places("uy_inmujeres_quinquenio_2015_2020.txt", "line:2") == [
        (33.0, "UY", "", ""),
        (18.0, "UY", "", ""),
    ]
    # uy_inmujeres_servicios_2018.txt, line 2: "Hay 32 servicios de atención en todo Uruguay; 12
    # equipos ...; y 18 dispositivos de articulación territorial", said at a seminar "que se
    # realizó en la Intendencia de Montevideo"
    assert _places("uy_inmujeres_servicios_2018.txt", "line:2") == [
        (32.0, "UY", "", ""),
        (12.0, "UY", "", ""),
        (18.0, "UY", "", ""),
    ]
    # uy_scj_juzgados_violencia_genero_presupuesto.txt, line 4, the Suprema Corte de Justicia:
    # "la creación de 24 nuevos juzgados ..., de los cuales 18 estarían destinados al interior
    # del país y 6 a Montevideo ... contempla solo 5 juzgados adicionales": only the 6 are
    # Montevideo's
    assert _places("uy_scj_juzgados_violencia_genero_presupuesto.txt", "line:4") == [
        (24.0, "UY", "", ""),
        (18.0, "UY", "", ""),
        (6.0, "UY", "UY-MO", ""),
        (5.0, "UY", "", ""),
    ]


def test_local_reports_keep_their_place() -> None:
    # mx_sinaloa_fge_feminicidios_violencia_familiar_2022.txt: "la titular de la Fiscalía General
    # del Estado" is Sinaloa's prosecutor (a local office in Mexico's country file, though the
    # lexicon's national offices name it too); line 3: "Tenemos 18 feminicidios registrados como
    # tal y homicidios de mujeres 24"
    assert _places("mx_sinaloa_fge_feminicidios_violencia_familiar_2022.txt", "line:3") == [
        (18.0, "MX", "MX-SIN", ""),
        (24.0, "MX", "MX-SIN", ""),
    ]
    # cl_sernameg_antofagasta_mujeres_extranjeras_atendidas_2022.txt, line 4: a regional
    # seminar where the SernamEG and the Ministerio Público spoke, with the "Municipalidad de
    # Calama": "aumentó del 20,4 por ciento en 2021 al 31,9 en 2022" stays the region's
    assert _places("cl_sernameg_antofagasta_mujeres_extranjeras_atendidas_2022.txt", "line:4") == [
        (31.9, "CL", "CL-AN", "02201")
    ]


def test_the_federal_administrations_figures_are_the_countrys() -> None:
    # mx_red_cjm_sexto_informe_2018.txt: "CIUDAD DE MÉXICO, 2 de septiembre de 2018.- En el
    # sexto Informe de gobierno ... la Red de Centros de Justicia para las Mujeres brindó
    # atención a 119 mil 261 mujeres"; line 4: "de 2 mil 118 casos que se atendieron en estos
    # centros al inicio de la administración federal, actualmente se atienden 504 mil 862": the
    # federal network's figures are Mexico's, not the capital's of the dateline (MX-CMX)
    name = "mx_red_cjm_sexto_informe_2018.txt"
    assert _places(name, "line:3") == [(119261.0, "MX", "", "")]
    assert _places(name, "line:4") == [(2118.0, "MX", "", ""), (504862.0, "MX", "", "")]


def test_a_count_of_the_reports_division_and_another_is_the_countrys() -> None:
    # ec_sdh_spi_manabi_santo_domingo_2021.txt (a report of Manabí, EC-M), line 8: "En 2021,
    # los Servicios de Protección Integral de Manabí y Santo Domingo de los Tsáchilas
    # brindaron atención a 4.617 sobrevivientes": both provinces' together, not Manabí's alone
    assert _places("ec_sdh_spi_manabi_santo_domingo_2021.txt", "line:8") == [(4617.0, "EC", "", "")]
    # pe_mimp_ppor_reduccion_violencia_mujer_2020.txt (read as Arequipa's, PE-ARE), line 5:
    # "a favor de diversos pliegos del Gobierno Nacional y Gobiernos Regionales (Arequipa,
    # Callao, Junín y Huánuco) ... por el importe de S/ 106 059 913": the four regions' and the
    # national government's, not Arequipa's
    found = _places("pe_mimp_ppor_reduccion_violencia_mujer_2020.txt", "line:5")
    assert found[0] == (106059913.0, "PE", "", "")
