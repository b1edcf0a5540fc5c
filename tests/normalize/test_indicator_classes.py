"""Which indicator a count names, on real sentences of published reports (the text corpus,
``tests/acceptance/texts/docs/``): the classes of wrong labels its development parts showed.
Each case asserts every value found with its line and indicator (``None``: unclassified).

The words these rely on are data (``schemas/codebook/indicators.yaml``): the places of care
(``facilities``), the words a complaint is known by, the helplines' names and the adjectives
that stand for an unsaid noun (``elided_nouns``).
"""

from __future__ import annotations

import pytest

from genero_etl.model import Place

from .test_reading_classes import read

CENTRES = "centros_atencion"
COMPLAINTS = "denuncias_violencia"
CALLS = "llamadas_linea_atencion"
ARRESTS = "agresores_detenidos"


def found(text: str, country: str) -> list[tuple[int, float, str | None]]:
    return [(line, value, ind) for line, value, ind, *_ in read(text, Place(country=country))]


CASES = [
    # the place of care is named after the noun, which its noun phrase ends before
    # (ni_estado_comisarias_2014_2018, line 2)
    (
        "facility-named-after-its-noun",
        "NI",
        "El régimen de Nicaragua reportó a un comité del Consejo de Derechos Humanos de "
        "Naciones Unidas que entre 2014 y 2018 estableció 61 Comisarías de la Mujer y la Niñez "
        "en todo el país, información que es rechazada por organizaciones de derechos de la "
        "mujer en Nicaragua que dan a conocer lo contrario: la dictadura eliminó estas "
        "oficinas desde 2015.",
        [(1, 61.0, CENTRES)],
    ),
    # Uruguay's service points, an article between the number and the noun
    # (uy_mides_inmujeres_las_piedras_2024, line 2)
    (
        "service-points-after-an-article",
        "UY",
        "Tras apertura en Las Piedras, suman más de 30 los dispositivos de atención a mujeres "
        "ante casos de violencia en todo el país",
        [(1, 30.0, CENTRES)],
    ),
    # an office's departmental delegations (gt_demi_asistencia_juridica_2018, line 5)
    (
        "departmental-delegations",
        "GT",
        "La funcionaria recordó que la Defensoría, desde sus 13 delegaciones departamentales y "
        "la sede central, también da acompañamiento social y psicológico a las agraviadas.",
        [(1, 13.0, CENTRES)],
    ),
    # Mexico's municipal women's institutes (mx_veracruz_imm_presupuestos_2022, line 2)
    (
        "municipal-womens-institutes",
        "MX",
        "En Veracruz, de 212 Institutos Municipales de las Mujeres (IMM) sólo 57 cuentan con "
        "presupuesto para operar durante el ejercicio fiscal 2022.",
        [(1, 212.0, CENTRES), (1, 57.0, CENTRES)],
    ),
    # a prosecutor's causes are complaints even when it "attended" them
    # (pa_mp_chiriqui_seccion_familia_enero_2017, line 2)
    (
        "causes-a-prosecutor-attended",
        "PA",
        "Durante el primer mes del año, la Sección especializada de Familia del Ministerio "
        "Público, en la provincia de Chiriquí, atendió unas 183 causas de violencia doméstica, "
        "así lo indicó el fiscal coordinador de este despacho Abdiel Samudio.",
        [(1, 183.0, COMPLAINTS)],
    ),
    # "por violencia ..." after the noun says what the proceedings are for
    # (gt_cenadoj_procesos_violencia_contra_mujer, line 3)
    (
        "proceedings-for-violence",
        "GT",
        "Según las estadísticas del Centro Nacional de Análisis y Documentación Judicial, de "
        "enero a septiembre del año recién pasado, los diferentes juzgados del país recibieron "
        "un total de 7 mil 728 procesos por violencia contra la mujer incluido en la recién "
        "vigente Ley contra el Femicidio y otras formas de violencia contra la mujer.",
        [(1, 7728.0, COMPLAINTS)],
    ),
    # investigation files opened for family violence, and the series that follows
    # (mx_zacatecas_fge_violencia_familiar_2019, line 9)
    (
        "investigation-files-for-family-violence",
        "MX",
        "La fiscal expuso que en 2017 se abrieron mil 610 carpetas de investigación por "
        "violencia familiar, en 2018 fueron 2 mil 151 y en el primer semestre de 2019 ya se "
        "han alcanzado las mil 66 denuncias por este delito.",
        [(1, 1610.0, COMPLAINTS), (1, 2151.0, COMPLAINTS), (1, 1066.0, COMPLAINTS)],
    ),
    # a series whose items name the kind of violence by an adjective alone
    # (co_cali_personeria_declaraciones_victimas_2025, line 8)
    (
        "series-of-elided-kinds",
        "CO",
        "Las violencias más denunciadas en la ciudad incluyen la física, con 352 casos, la "
        "económica, con 293 registros, y la intrafamiliar, con 247 reportes.",
        [(1, 352.0, COMPLAINTS), (1, 293.0, COMPLAINTS), (1, 247.0, COMPLAINTS)],
    ),
    # cases a body intervened in are cases it handled, not complaints
    # (ar_municipalidad_proteccion_victimas_violencia_familiar, line 2)
    (
        "cases-a-body-intervened-in",
        "AR",
        "La Municipalidad intervino en más de 18 mil casos de violencia de género",
        [(1, 18000.0, "personas_asistidas")],
    ),
    # "casos" after a count of complaints in its sentence are more of them, whatever words
    # lie between (hn_policia_denuncias_violencia_familiar_2024, line 3;
    # cr_minsalud_violencia_intrafamiliar_2023, line 2)
    (
        "cases-after-complaints-in-the-sentence",
        "HN",
        "Las autoridades reportan 608 denuncias solo en los primeros dos meses de 2024, "
        "continuando una preocupante tendencia que el año pasado acumuló 4,608 casos.\n"
        "Los casos de violencia doméstica contra mujeres han experimentado un aumento "
        "exponencial desde el año 2020; en cuatro años, se reportan más de 30.000 denuncias "
        "por este tipo de agresión en Costa Rica, siendo más de 10.000 casos reportados solo "
        "en el 2023.",
        [
            (1, 608.0, COMPLAINTS),
            (1, 4608.0, COMPLAINTS),
            (2, 30000.0, COMPLAINTS),
            (2, 10000.0, COMPLAINTS),
        ],
    ),
    # ... or after a count of victims (sv_hechos_violencia_mujeres_2017, line 8)
    (
        "cases-after-victims-in-the-sentence",
        "SV",
        "El documento revela que en 2015 fueron asesinadas 574 mujeres en todo el país; un año "
        "después el número de víctimas fue de 524 y el 2017 cerró con 469 casos.",
        [
            (1, 574.0, "homicidios_mujeres"),
            (1, 524.0, "homicidios_mujeres"),
            (1, 469.0, "homicidios_mujeres"),
        ],
    ),
    # after "seguida de", the next item of a ranking, whatever was said of the first
    # (ec_fge_femicidios_primer_trimestre_2021, line 7)
    (
        "next-item-of-a-ranking",
        "EC",
        "Desde que el femicidio es catalogado como delito (10 de agosto 2014), Guayas y "
        "Pichincha son las provincias con más casos en el Ecuador.\n"
        "Guayas, con 89 episodios de este tipo, se mantiene como la provincia con más "
        "incidencia de este problema social, seguida de Pichincha con la cifra de 84.",
        [(2, 89.0, "femicidios"), (2, 84.0, "femicidios")],
    ),
    # a count that takes up the one before it is a part of it, in its sentence
    # (gt_demi_asistencia_juridica_2018, line 6: the breakdown by people is left unclassified)
    (
        "part-of-the-count-before-in-its-sentence",
        "GT",
        "En el caso del apoyo psicológico, se da mediante actividades de prevención y "
        "recuperación emocional, que el año pasado benefició a 1 mil 614 mujeres, de quienes "
        "mil 448 son de origen maya, 94 xinkas, 9 garífunas y 63 mestizas, según datos de la "
        "Demi.",
        [
            (1, 1614.0, "personas_asistidas"),
            (1, 1448.0, "personas_asistidas"),
            (1, 94.0, None),
            (1, 9.0, None),
            (1, 63.0, None),
        ],
    ),
    # ... or opening the next sentence (hn_dpi_detenidos_violencia_domestica, lines 3-4)
    (
        "part-of-the-count-of-the-sentence-before",
        "HN",
        "En lo que va del año, 162 personas han sido arrestadas por actos de violencia "
        "doméstica e intrafamiliar en Honduras, informó la agente Bessy Marín.\n"
        "De ellas, 107 fueron por violencia doméstica y 55 por maltrato familiar, incluyendo "
        "cuatro detenciones recientes por agresiones graves en distintas regiones.",
        [
            (1, 162.0, ARRESTS),
            (2, 107.0, ARRESTS),
            (2, 55.0, ARRESTS),
            (2, 4.0, ARRESTS),
        ],
    ),
    # a share "of the total" is a share of the count its sentence named
    # (bo_policia_denuncias_violencia_familiar_departamentos, lines 4-5)
    (
        "share-of-the-total",
        "BO",
        "Santa Cruz: Es el departamento con el mayor número de denuncias a lo largo del "
        "período, representando el 40% del total en 2021.\n"
        "La Paz: La Paz ocupa el segundo lugar, aunque su participación ha disminuido "
        "ligeramente a lo largo de los años, pasando del 33% en 2015 al 21% en 2021. En 2020, "
        "registró una baja notable con 5,994 denuncias, equivalente al 20% del total.",
        [
            (1, 40.0, COMPLAINTS),
            (2, 33.0, None),
            (2, 21.0, None),
            (2, 5994.0, COMPLAINTS),
            (2, 20.0, COMPLAINTS),
        ],
    ),
    # "acumulan" only says how much: the series keeps its noun
    # (ar_la_rioja_secretaria_mujer_denuncias_2025, line 3)
    (
        "series-that-accumulates",
        "AR",
        "En total, el año pasado se habían registrado aproximadamente 900 denuncias; en 2025 "
        "ya acumulan 1.300 en los primeros meses.",
        [(1, 900.0, COMPLAINTS), (1, 1300.0, COMPLAINTS)],
    ),
    # a numbered list under a heading that names only a generic noun counts what the
    # document speaks of (pr_policia_casos_por_area_toque_queda_2020, lines 2, 5, 8-10)
    (
        "list-under-a-generic-heading",
        "PR",
        "Casi en mil casos de violencia de género desde el comienzo del toque de queda\n"
        "Según datos ofrecidos por el Negociado de la Policía de Puerto Rico, desde el 15 de "
        "marzo hasta el 6 mayo se han reportado unos 919 casos en toda la Isla.\n"
        "Cantidad de casos por área:\n"
        "1. Aguadilla: 76\n"
        "2. Aibonito: 54\n"
        "3. Arecibo: 99",
        [
            (1, 1000.0, COMPLAINTS),
            (2, 919.0, COMPLAINTS),
            (4, 76.0, COMPLAINTS),
            (5, 54.0, COMPLAINTS),
            (6, 99.0, COMPLAINTS),
        ],
    ),
    # advice about safety measures is no protection order
    # (ni_policia_violaciones_abusos_2024, line 14; the gold gives no indicator)
    (
        "advice-about-measures-is-no-order",
        "NI",
        "Por su parte, los Bomberos Unidos realizaron 12 mil 978 inspecciones en casas de "
        "habitación de las madres de familia y brindaron 12 mil 200 recomendaciones sobre "
        "medidas de seguridad en los hogares.",
        [(1, 12978.0, None), (1, 12200.0, None)],
    ),
    # "homicidios dolosos con víctimas mujeres" are homicides of women, and so are the cases
    # the sentence compares them with (mx_cdmx_fiscalia_alerta_resultados_2022, line 4)
    (
        "homicides-with-women-victims",
        "MX",
        "En los homicidios dolosos con víctimas mujeres, la disminución fue de 42.85% en los "
        "primeros cuatro meses de 2022, cuando se registraron 35 casos, en comparación con el "
        "mismo lapso de 2020 con 20 casos.",
        [(1, 35.0, "homicidios_mujeres"), (1, 20.0, "homicidios_mujeres")],
    ),
    # the Dominican Línea Vida receives reports (do_procuraduria_linea_vida_reportes_2018, 4)
    (
        "linea-vida-reports",
        "DO",
        "El procurador general de la República, Jean Alain Rodríguez, afirmó que luego de la "
        "ampliación del servicio de la Línea Vida a nivel nacional y las 24 horas del día, se "
        "ha incrementado el número de denuncias de violencia de género e intrafamiliar, "
        "maltrato y abusos en contra de menores, y delitos sexuales a través de ese sistema, "
        "que ha recibido 2,710 reportes de enero a noviembre del 2018.",
        [(1, 2710.0, CALLS)],
    ),
    # a video chat of a newscast is no helpline (ve_mp_casos_primer_semestre_2013, line 3)
    (
        "video-chat-is-no-helpline",
        "VE",
        "Así lo informó la directora para la Defensa de la Mujer de la institución, Maryelith "
        "Suárez, este martes 13 de agosto durante el video chat del Noticiero Venevisión, "
        "conducido por la periodista Victoria Joseph, donde indicó que el año pasado para esta "
        "fecha se habían registrado 40 mil casos.",
        [(1, 40000.0, None)],
    ),
]


@pytest.mark.parametrize(
    ("country", "text", "expected"),
    [pytest.param(c, t, e, id=name) for name, c, t, e in CASES],
)
def test_the_indicator_a_count_names(
    country: str, text: str, expected: list[tuple[int, float, str | None]]
) -> None:
    assert found(text, country) == expected
