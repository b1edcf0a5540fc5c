"""Extraction from Spanish text: (text, country) -> the values a careful reader notes.

Sentences are written for these tests in the style of many offices, not copied from any
report; they cover both number conventions, number words, bounds and the traps.
"""

from __future__ import annotations

import pytest

from genero_etl.extract.numbers import COUNTRY_CONVENTION, Convention
from genero_etl.extract.text import DocContext, extract_findings
from genero_etl.model import Period, Place, Segment
from genero_etl.normalize.codebook import load_codebook
from genero_etl.normalize.observations import DocFacts, build_observations

CODEBOOK = load_codebook()


def findings(text: str, context: DocContext):  # type: ignore[no-untyped-def]
    """The findings of ``text``, one segment per line (``line:1``, ``line:2``...)."""
    segments = [Segment(line, f"line:{n}") for n, line in enumerate(text.split("\n"), 1)]
    return extract_findings(segments, context, CODEBOOK.lexicon)


def run(text: str, country: str = "AR", year: int = 2023, plan: bool = False):  # type: ignore[no-untyped-def]
    ctx = DocContext(
        convention=COUNTRY_CONVENTION.get(country, Convention.UNKNOWN), year=year, is_plan=plan
    )
    found = findings(text, ctx)
    facts = DocFacts(
        "t.txt",
        "0" * 64,
        Place(country=country),
        Period(f"{year}-01-01", f"{year}-12-31", str(year)),
        "",
    )
    observations, _ = build_observations(found, facts, CODEBOOK)
    return observations


VALUES = [
    # (id, text, country, [(value, indicator or None)])
    (
        "talleres-y-estudiantes",
        "Durante 2023 se realizaron 45 talleres de prevención en escuelas, con la participación de 1.250 estudiantes.",
        "AR",
        [(45, "capacitaciones_realizadas"), (1250, None)],
    ),
    (
        "mujeres-atendidas",
        "Se atendieron 342 mujeres en situación de violencia por razones de género.",
        "AR",
        [(342, "personas_asistidas")],
    ),
    (
        "linea-144",
        "La Línea 144 recibió 1.532 llamadas en el año.",
        "AR",
        [(1532, "llamadas_linea_atencion")],
    ),
    (
        "numero-en-palabras",
        "Se registraron dos femicidios en el partido durante el año.",
        "AR",
        [(2, "femicidios")],
    ),
    ("un-femicidio", "En el periodo se registró un femicidio.", "AR", [(1, "femicidios")]),
    (
        "ciento-veinte",
        "Participaron ciento veinte personas de los talleres barriales.",
        "AR",
        [(120, None)],
    ),
    (
        "dispositivos",
        "Se entregaron 25 dispositivos duales y 40 botones antipánico.",
        "AR",
        [(25, "botones_antipanico_entregados"), (40, "botones_antipanico_entregados")],
    ),
    (
        "porcentaje-coma",
        "El 62,5 % de las consultas fueron por violencia psicológica.",
        "AR",
        [(62.5, None)],
    ),
    (
        "partes-que-suman",
        "Personas capacitadas en Ley Micaela: 1.234 (agentes municipales 1.100; concejales 134).",
        "AR",
        [
            (1234, "ley_micaela_personas_capacitadas"),
            (1100, "ley_micaela_personas_capacitadas"),
            (134, "ley_micaela_personas_capacitadas"),
        ],
    ),
    ("mas-de", "Más de 300 personas participaron de la marcha del 8M.", "AR", [(300, None)]),
    ("alrededor", "Alrededor de 150 vecinas asistieron a la jornada.", "AR", [(150, None)]),
    (
        "presupuesto-ar",
        "Presupuesto asignado al área: $ 15.000.000",
        "AR",
        [(15000000, "presupuesto_genero")],
    ),
    (
        "subsidios",
        "Se otorgaron 120 subsidios del Programa Acompañar.",
        "AR",
        [(120, "subsidios_otorgados")],
    ),
    (
        "medidas",
        "Se gestionaron 87 medidas de protección (perimetrales y exclusión del hogar).",
        "AR",
        [(87, "medidas_proteccion")],
    ),
    (
        "atenciones-mx",
        "Se brindaron 1,245 atenciones psicológicas y 980 asesorías jurídicas a mujeres.",
        "MX",
        [(1245, "personas_asistidas"), (980, "personas_asistidas")],
    ),
    (
        "servidores",
        "Se capacitó a 350 servidoras y servidores públicos en perspectiva de género.",
        "MX",
        [(350, "servidores_publicos_capacitados")],
    ),
    (
        "presupuesto-mx",
        "Presupuesto ejercido: $2,350,000.00 M.N.",
        "MX",
        [(2350000, "presupuesto_genero")],
    ),
    ("meta-anual", "La meta anual es atender a 5,000 mujeres.", "MX", [(5000, None)]),
    (
        "llamadas-911",
        "Llamadas al 911 por violencia familiar: 2,340",
        "MX",
        [(2340, "llamadas_linea_atencion")],
    ),
    (
        "porcentaje-mx",
        "En 2022 se alcanzó un 78% de cumplimiento de las metas.",
        "MX",
        [(78, None)],
    ),
    ("mil-palabra", "Las campañas en redes alcanzaron 45 mil personas.", "MX", [(45000, None)]),
    (
        "centro-mujer-cl",
        "El Centro de la Mujer atendió a 215 mujeres durante el año 2023.",
        "CL",
        [(215, "personas_asistidas")],
    ),
    (
        "casas-acogida",
        "La comuna cuenta con 3 casas de acogida.",
        "CL",
        [(3, "centros_atencion")],  # a count of places, not of the people they shelter
    ),
    (
        "charlas-asistentes",
        "Se realizaron 18 charlas con un total de 640 asistentes.",
        "CL",
        [(18, "capacitaciones_realizadas"), (640, "participantes_actividades")],
    ),
    ("inversion-cl", "Inversión municipal: $ 4.500.000", "CL", [(4500000, "presupuesto_genero")]),
    ("tabla-tab", "Denuncias recibidas\t415", "AR", [(415, "denuncias_violencia")]),
    (
        "por-numero",
        "Una red conformada por 100 servidoras públicas.",
        "MX",
        [(100, "servidores_publicos_capacitados")],
    ),
    (
        "label-colon-total",
        "Total de llamadas recibidas: 1.245",
        "AR",
        [(1245, "llamadas_linea_atencion")],
    ),
    (
        "numero-de-no-es-identificador",
        "Número de denuncias recibidas en la Comisaría de la Mujer: 289",
        "AR",
        [(289, "denuncias_violencia")],
    ),
    (
        "becas",
        "En el 2023 se otorgaron 15 becas a mujeres víctimas de violencia.",
        "AR",
        [(15, "subsidios_otorgados")],
    ),
    (
        "lista-con-y",
        "El refugio alojó a 23 mujeres y 41 niñas, niños y adolescentes.",
        "AR",
        [(23, "refugios_personas_alojadas"), (41, "refugios_personas_alojadas")],
    ),
    (
        "lista-por-tipo",
        "Casos atendidos por tipo de violencia: física 120, psicológica 340, económica 45.",
        "AR",
        [(120, "personas_asistidas"), (340, "personas_asistidas"), (45, "personas_asistidas")],
    ),
    (
        "homicidios-no-son-femicidios",
        "Se registraron 5 feminicidios y 12 homicidios dolosos de mujeres.",
        "MX",
        [(5, "femicidios"), (12, "homicidios_mujeres")],
    ),
    (
        "avance-metas",
        "Se logró un avance del 85 % en las metas del programa.",
        "MX",
        [(85, "avance_metas")],
    ),
    (
        "millones",
        "Inversión total del programa: $1.5 millones",
        "MX",
        [(1500000, "presupuesto_genero")],
    ),
    (
        "verbo-capacitar",
        "Se capacitaron 2.300 personas en 45 talleres.",
        "AR",
        [(2300, "personas_capacitadas_genero"), (45, "capacitaciones_realizadas")],
    ),
    (
        "derivaciones",
        "Durante el año se derivaron 64 casos a la Fiscalía.",
        "CL",
        [(64, "casos_derivados")],
    ),
    (
        "convenios",
        "Se firmaron 4 convenios con organizaciones sociales.",
        "AR",
        [(4, "convenios_firmados")],
    ),
    (
        "mas-de-mil",
        "Asistieron más de 2 mil personas a la marcha.",
        "AR",
        [(2000, "participantes_actividades")],
    ),
    ("tasa", "Tasa de femicidios: 1,2 cada 100.000 mujeres.", "AR", [(1.2, "tasa_femicidios")]),
    (
        "feminicidios-trimestre",
        "Durante el primer trimestre se registraron 14 feminicidios en el estado.",
        "MX",
        [(14, "femicidios")],
    ),
]


@pytest.mark.parametrize(
    ("text", "country", "expected"), [v[1:] for v in VALUES], ids=[v[0] for v in VALUES]
)
def test_values_found(text: str, country: str, expected: list[tuple[float, str | None]]) -> None:
    observations = run(text, country)
    assert [o.value for o in observations] == [float(v) for v, _ in expected]
    for obs, (_, indicator) in zip(observations, expected, strict=True):
        if indicator is not None:
            assert obs.indicator_id == indicator, obs.indicator_label


TRAPS = [
    ("telefono-y-direccion", "Teléfono: (0221) 427-1234 / Av. 7 N° 1234, La Plata"),
    ("ordenanza", "Ordenanza N° 12.345/2019 de adhesión a la Ley 27.499."),
    ("expediente", "Expediente 4567-2023 en trámite."),
    ("codigo-postal", "Oficina en calle San Martín 456, Código Postal 5500."),
    ("celular", "Cel. 11 5555-4444"),
    ("pagina-anexo", "Ver página 12 del anexo 3."),
    ("fecha-hora", "Reunión del 15/03/2023 a las 10:30 hs."),
    ("articulo", "Artículo 5° de la Ley 26.485 de protección integral."),
    ("covid", "La pandemia de COVID-19 afectó la atención."),
    ("agenda-ods", "Alineado con la Agenda 2030 y el ODS 5."),
    ("objetivo", "Objetivo 3: reducir la violencia en el ámbito laboral."),
    ("lista", "1. Introducción"),
    ("resolucion", "Resolución 123/2022 del Concejo."),
    ("fecha-texto", "Se conmemoró el 25 de noviembre con una caminata."),
    ("codigo-certificacion", "Personal certificado en el estándar EC0539."),
    ("administracion", "Administración 2021 - 2024"),
    ("horizonte", "Plan de Igualdad 2020-2025"),
    ("anios-experiencia", "Equipo con más de 10 años de experiencia."),
    ("programa-nombre", "Programa de 4 a 7 en escuelas."),
    ("juzgado", "Remitidos al Juzgado de Familia N° 2 y a la Fiscalía N° 5."),
    ("un-articulo", "Se trata de un avance importante para una institución sólida."),
    ("tres-niveles", "Coordinación con los tres niveles de gobierno."),
    ("formula", "Indicador: realizadas / programadas * 100"),
    ("telefonos-lista", "Tels. 33 12 45 67, 68 y 69"),
    ("direccion-sola", "Belgrano 550."),
    ("rut", "Contacto RUT 12.345.678-5"),
    ("linea-800", "Línea de atención 800 822 4460"),
    ("pagina-de", "Página 3 de 10"),
    ("tabla-numero", "Tabla 3. Mujeres atendidas por mes"),
    ("emergencias", "Ante una emergencia, llame al 911 o a la Línea 144."),
]


@pytest.mark.parametrize("text", [t[1] for t in TRAPS], ids=[t[0] for t in TRAPS])
def test_traps_yield_nothing(text: str) -> None:
    assert [(o.value_raw, o.indicator_label) for o in run(text)] == []


def test_lower_bound_and_approximate_are_flagged() -> None:
    more, about = run("Más de 300 personas participaron.\nAlrededor de 150 vecinas asistieron.")
    assert (more.value, more.lower_bound, more.approximate) == (300, True, False)
    assert (about.value, about.lower_bound, about.approximate) == (150, False, True)
    (after,) = run("Participaron 500 personas aproximadamente.")
    assert after.approximate is True


def test_parts_link_to_their_total_with_breakdown() -> None:
    total, part_a, part_b = run(
        "Capacitaciones: 1.009 personas capacitadas (612 de forma presencial, 497 de manera virtual)."
    )
    assert total.value == 1009 and total.breakdown_dimension == "_T"
    assert (
        part_a.value,
        part_a.parent_observation_id,
        part_a.breakdown_dimension,
        part_a.breakdown_value,
    ) == (612, total.observation_id, "modalidad", "presencial")
    assert (part_b.value, part_b.breakdown_value, part_b.unit) == (497, "virtual", "personas")


def test_currency_follows_country_and_symbol() -> None:
    (mx,) = run("Inversión: $700,000.00", "MX")
    assert (mx.value, mx.unit, mx.value_kind) == (700000, "MXN", "budget")
    (ar,) = run("Inversión: $ 700.000,00", "AR")
    assert (ar.value, ar.unit) == (700000, "ARS")
    (usd,) = run("Financiamiento internacional de US$ 12.000", "AR")
    assert (usd.value, usd.unit) == (12000, "USD")


def test_ambiguous_number_is_flagged_not_silent() -> None:
    (obs,) = run("Se atendieron 1.500 personas.", "")
    assert obs.value == 1500
    assert "ambiguous_number" in obs.quality_flags


def test_quarter_heading_sets_period_of_block() -> None:
    text = "Trimestre ene-abr:\n- 21 dependencias\nTrimestre abr-jun:\n- 28 dependencias"
    first, second = run(text, "MX", 2022)
    assert (first.period_start, first.period_end, first.period_label) == (
        "2022-01-01",
        "2022-04-30",
        "Trimestre ene-abr",
    )
    assert (second.period_start, second.period_end) == ("2022-04-01", "2022-06-30")


def test_activity_block_gets_budget_breakdown_and_period() -> None:
    text = (
        "ACTIVIDAD 1:\tTalleres comunitarios\n"
        "\tInversión: $10,000.00\n"
        "\tBeneficiados Directos: 300 personas\n"
        "\tPeriodo de Tiempo: del 01 de enero de 2024 al 30 de junio de 2024."
    )
    budget, people = run(text, "MX", 2024, plan=True)
    assert (budget.indicator_id, budget.breakdown_dimension, budget.breakdown_value) == (
        "presupuesto_genero",
        "actividad",
        "Actividad 1: Talleres comunitarios",
    )
    assert (budget.period_start, budget.period_end) == ("2024-01-01", "2024-06-30")
    assert (people.value, people.value_kind, people.indicator_id) == (
        300,
        "target",
        "beneficiarios_directos",
    )


def test_state_value_belongs_to_the_state() -> None:
    (obs,) = run("El estado de Jalisco recibió 40 recomendaciones.", "MX")
    assert (obs.admin1, obs.municipality_code) == ("MX-JAL", "")


def test_inclusive_spellings_match_plain_forms() -> None:
    a, b = run(
        "Ley Micaela: 80 trabajadorxs aprobadxs.\nLey Micaela: 20 trabajadoras y trabajadores aprobados."
    )
    assert a.indicator_id == b.indicator_id == "ley_micaela_personas_capacitadas"


def test_html_and_markdown_artefacts_are_read_through() -> None:
    (obs,) = run("<p>Inversión: \\$45,000.00</p> <p>Periodo</p>", "MX")
    assert (obs.value, obs.source_text) == (45000, "Inversión: $45,000.00")


def test_wide_table_columns_give_periods_and_categories() -> None:
    text = (
        "| Indicador | Ene-Mar | Abr-Jun |\n|---|---|---|\n| Mujeres atendidas | 120 | 135 |\n\n"
        "| Servicio | Mujeres | Hombres |\n|---|---|---|\n| Atención psicológica | 80 | 12 |"
    )
    q1, q2, women, men = run(text, "MX", 2023)
    assert (q1.value, q1.period_start, q1.period_end, q1.period_label) == (
        120,
        "2023-01-01",
        "2023-03-31",
        "Ene-Mar",
    )
    assert (q2.value, q2.period_start, q2.period_end) == (135, "2023-04-01", "2023-06-30")
    assert q1.indicator_id == q2.indicator_id == "personas_asistidas"
    assert (women.breakdown_dimension, women.breakdown_value, women.period_start) == (
        "sexo",
        "Mujeres",
        "2023-01-01",
    )
    assert (men.value, men.breakdown_value) == (12, "Hombres")


def test_activity_table_rows_name_their_activity() -> None:
    text = (
        "No.\tActividad\tInversión\n"
        "1\tTalleres en secundarias\tInversión: $30,000.00\n"
        "2\tCampaña de difusión\tInversión: $12,500.00"
    )
    first, second = run(text, "MX", 2024)
    assert (first.value, first.breakdown_dimension, first.breakdown_value) == (
        30000,
        "actividad",
        "Actividad 1: Talleres en secundarias",
    )
    assert second.breakdown_value == "Actividad 2: Campaña de difusión"


def test_a_colon_list_is_the_parts_of_its_total() -> None:
    total, *parts = run(
        "El IMM brindó 4,512 servicios: 2,100 psicológicos, 1,850 jurídicos y 562 de trabajo social.",
        "MX",
    )
    assert (total.value, total.indicator_id) == (4512, "personas_asistidas")
    assert [(p.value, p.breakdown_value, p.parent_observation_id) for p in parts] == [
        (2100, "psicológicos", total.observation_id),
        (1850, "jurídicos", total.observation_id),
        (562, "trabajo social", total.observation_id),
    ]


def test_a_relative_percentage_is_neither_a_part_nor_a_value() -> None:
    # "+15% respecto de 2022" is a change between periods (lexicon ``changes.after_percent``)
    (count,) = run("Acompañamientos a mujeres: 1.230 (+15% respecto de 2022).")
    assert (count.value, count.parent_observation_id) == (1230, "")


def test_thousands_in_words_and_digits() -> None:
    (obs,) = run("Se otorgaron 2 mil 500 apoyos económicos.", "MX")
    assert (obs.value, obs.indicator_id) == (2500, "subsidios_otorgados")


def test_a_verb_before_the_number_is_not_an_excluded_noun() -> None:
    first, second = run("Se articuló con 25 instituciones barriales y 8 escuelas secundarias.")
    assert (first.value, second.value) == (25, 8)


def test_a_verb_after_the_number_says_what_it_counts() -> None:
    text = (
        "Durante el semestre se atendieron un total de\n"
        "245 mujeres en situación de violencia, de las\n"
        "cuales 120 fueron derivadas al área jurídica."
    )
    women, referred = run(text, "AR", 2023)
    assert (women.value, women.indicator_id, women.source_locator) == (
        245,
        "personas_asistidas",
        "line:2",
    )
    assert (referred.value, referred.indicator_id) == (120, "casos_derivados")
    assert "derivadas" in referred.indicator_label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount in a budget row whose words resemble "avance de metas": not a percentage
        (
            "983\tPlaneación ejecución y control de la obra pública\t4,425,022,126",
            [(4425022126.0, "")],
        ),
        # its own "%" or "por ciento" makes it one
        ("Avance en el cumplimiento de metas del POA: 85 %.", [(85.0, "%")]),
        ("Avance en el cumplimiento de metas del POA: 85 por ciento.", [(85.0, "%")]),
    ],
)
def test_a_number_is_a_percentage_only_with_its_own_sign(
    text: str, expected: list[tuple[float, str]]
) -> None:
    observations = run(text, "MX", 2020, plan=True)
    assert [(o.value, o.unit) for o in observations if o.value > 100 or o.unit] == expected
    assert all(o.value_kind != "percentage" or o.unit == "%" for o in observations)


def test_a_code_before_its_label_in_a_coded_row_is_not_a_value() -> None:
    row = (
        "39\tSecretaría de Igualdad Sustantiva entre Mujeres y Hombres\t948\t"
        "Fortalecimiento Institucional del Mecanismo de Adelanto para las Mujeres\t70,709,971"
    )
    assert [o.value for o in run(row, "MX", 2020)] == [70709971]
    # a row that does not start with a code keeps a count followed by a text cell
    assert [o.value for o in run("Talleres\t12\tTaller en escuelas\t30", "MX", 2020)] == [12, 30]


def test_a_report_of_another_body_quoted_over_several_paragraphs_gives_no_values() -> None:
    # ec_judicatura_medidas_proteccion_2021 (text corpus): an NGO's report, then the office's own
    text = (
        "La Asociación Latinoamericana para el Desarrollo Alternativo (Aldea) detalló que el país "
        "cerró 2020 con 118 casos.\n"
        "Difundido el pasado 20 de enero, el informe precisa que 10 de ellas sufrieron abuso "
        "sexual y 37 habían denunciado.\n"
        "El Consejo de la Judicatura otorgó 1.200 medidas de protección.\n"
        "En la aldea El Rosario se atendieron 45 mujeres; el informe anual del Consejo suma 300 "
        "casos.\n"
        "La más joven tenía 4 meses --reveló el informe de Aldea, que registró 850 feminicidios."
    )
    found = findings(text, DocContext(convention=Convention.DECIMAL_COMMA, year=2021))
    assert [(f.value, f.locator) for f in found] == [
        (1200, "line:3"),
        (45, "line:4"),
        (300, "line:4"),
    ]


def test_a_paragraph_between_two_of_a_quoted_report_quotes_it_too() -> None:
    # ec_judicatura_medidas_proteccion_2021 (text corpus, dev): the NGO's shares of the women
    # killed sit between "el informe precisa" and "reveló el informe de Aldea"
    text = (
        "En su último informe sobre el feminicidio en Ecuador, la Asociación Latinoamericana para "
        "el Desarrollo Alternativo (Aldea) detalló que el país cerró 2020 con 118 casos.\n"
        "Difundido el pasado 20 de enero, el informe precisa que, del total de víctimas, hay "
        "evidencias de que 10 de ellas sufrieron abuso sexual, 15 desaparecidas y 37 habían "
        "denunciado previamente antecedentes de violencia.\n"
        "Un 49 por ciento de las asesinadas eran madres y, en un 75 por ciento del total de "
        "casos, el asesino tenía un vínculo sentimental o familiar con la víctima.\n"
        "La más joven tenía apenas 4 meses de edad y la mayor, 83 años --reveló el informe de "
        "Aldea, que registró entre el 1 de enero de 2014 y el 31 de diciembre de 2020, 850 "
        "feminicidios en el país.\n"
        "PROTECCIÓN A MÁS DE UN MILLAR DE MUJERES\n"
        "El Consejo de la Judicatura otorgó 1.200 medidas de protección."
    )
    found = findings(text, DocContext(convention=Convention.DECIMAL_COMMA, year=2021))
    assert [(f.value, f.locator) for f in found] == [(1000, "line:5"), (1200, "line:6")]


def test_a_paragraph_after_a_quoted_report_stays_when_the_body_is_not_named_again() -> None:
    # the office's own paragraph after the NGO's, then "el informe" of the office: both kept
    text = (
        "La Asociación Latinoamericana para el Desarrollo Alternativo (Aldea) detalló que el país "
        "cerró 2020 con 118 casos.\n"
        "Un 49 por ciento de las mujeres atendidas por el Consejo eran madres.\n"
        "El informe anual del Consejo suma 300 casos."
    )
    found = findings(text, DocContext(convention=Convention.DECIMAL_COMMA, year=2021))
    assert [(f.value, f.locator) for f in found] == [(49, "line:2"), (300, "line:3")]
