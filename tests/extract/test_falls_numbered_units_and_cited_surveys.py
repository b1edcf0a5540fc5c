"""Falls between two levels, units named by their numbers, a survey cited after the office's own
report and a count that looks like a year, met in the development corpus (tests/acceptance/texts,
part dev27): "Calama reflejó una disminución de mil 483 a mil 415 y Tocopilla, de 245 a 255",
"Los femicidios consumados disminuyeron de tres a 1 caso ..., les femicidios frustrados bajaron
igualmente de ocho a siete", "comuna 13 – San Javier con 644 casos", "la Oficina Técnica 7",
"ECU 911", "contabiliza siete ingresos por femicidio", "Según la Endes, el 69,1% ...",
"atendieron 2055 casos". Each case is a real sentence; the values a careful reader publishes
beside them are asserted with their line, number, indicator, place and period."""

from __future__ import annotations

from pathlib import Path

from .reports import described

# line, value, indicator, unit, country, first-level division, period start, period end


def test_a_fall_between_two_levels_keeps_both_levels(tmp_path: Path) -> None:
    """cl_sernameg_antofagasta_denuncias_vif_2022 (dev27): "una disminución de mil 483 a mil
    415" is the fall of Calama's cases from one level to another, not a decrease of 1,483; and
    "y Tocopilla, de 245 a 255" is one more place of the list the sentence opened with "pasó
    de", its verb left out, not a range. Every level is a complaint count of Antofagasta
    (CL-AN), the years 2021 and 2022 they compare. The 5,140 complaints are "el año pasado"'s,
    the year before the writer's, which the text never writes: no period, never the 2021 of
    the 5,037 it is compared with (test_precision_first_runs.py)."""
    title = (
        "Denuncias por violencia intrafamiliar en tribunales de la región de Antofagasta "
        "aumentaron durante el 2022"
    )
    text = (
        "En general fueron cinco mil 140 las denuncias tramitadas por el Ministerio Público "
        "Regional el año pasado, en comparación con las cinco mil 37 medidas registradas en 2021. "
        "El desglose por ciudades mayormente pobladas de esta zona concluye que entre 2021 y 2022 "
        "Antofagasta pasó de tres mil 50 a tres mil 224 causas, Calama reflejó una disminución de "
        "mil 483 a mil 415 y Tocopilla, de 245 a 255."
    )
    found = described(tmp_path, "cl_antofagasta.txt", title, text, division=True)
    both = ("denuncias_violencia", "denuncias", "CL", "CL-AN", "2021-01-01", "2022-12-31")
    assert found == [
        ("line:2", 5140.0, "denuncias_violencia", "denuncias", "CL", "CL-AN", "", ""),
        ("line:2", 5037.0, "denuncias_violencia", "denuncias", "CL", "CL-AN", "2021-01-01",
         "2021-12-31"),
        ("line:2", 3050.0, *both),
        ("line:2", 3224.0, *both),
        ("line:2", 1483.0, *both),
        ("line:2", 1415.0, *both),
        ("line:2", 245.0, *both),
        ("line:2", 255.0, *both),
    ]  # fmt: skip


def test_levels_in_words_of_a_fall_are_counts_not_a_range(tmp_path: Path) -> None:
    """cl_sernameg_antofagasta_denuncias_vif_2022 (dev27): "disminuyeron de tres a 1 caso" and
    "bajaron igualmente de ocho a siete" (an adverb before "de"; a pair running down is never a
    range) are two femicides' levels and two attempted femicides' levels."""
    title = "Denuncias por violencia intrafamiliar en la región de Antofagasta"
    text = (
        "Los femicidios consumados disminuyeron de tres a 1 caso en los dos últimos años, les "
        "femicidios frustrados bajaron igualmente de ocho a siete en la región, temas que fueron "
        "abordados intersectorialmente en diversas reuniones del Circuito Intersectorial de "
        "Femicidios -CIF-, integrado por Carabineros, Policía de Investigaciones, Servicio Médico "
        "Legal, Ministerio Público y Mejor Niñez, entre otras entidades."
    )
    found = described(tmp_path, "cl_antofagasta_cif.txt", title, text, division=True)
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in found] == [
        ("line:2", 3.0, "femicidios", "CL", "CL-AN"),
        ("line:2", 1.0, "femicidios", "CL", "CL-AN"),
        ("line:2", 8.0, "intentos_femicidio", "CL", "CL-AN"),
        ("line:2", 7.0, "intentos_femicidio", "CL", "CL-AN"),
    ]


def test_a_range_running_upwards_stays_a_range(tmp_path: Path) -> None:
    """Ages "de 18 a 29" and "de dos a tres comisarías" run upwards: ranges, no value; the 120
    women attended stay."""
    text = (
        "Se atendieron 120 mujeres, de 18 a 29 años en su mayoría. Hay al menos de dos a tres "
        "comisarías como mínimo en cada distrito."
    )
    found = described(tmp_path, "pe_cem.txt", "Centro Emergencia Mujer", text)
    assert [(r[0], r[1], r[2]) for r in found] == [("line:2", 120.0, "personas_asistidas")]


def test_cases_entered_and_killings_counted_in_words(tmp_path: Path) -> None:
    """cl_fiscalia_coquimbo_ingresos_vif_semestre_2025 and bo_fiscalia_casos_carnaval_2025
    (dev27): "siete ingresos por femicidio" (a case entered at the prosecutors'), "dos
    infanticidios, tres asesinatos" count in words like "seis homicidios"."""
    title = "Boletín del Ministerio Público"
    text = (
        "Entre enero y junio de 2025, la Región de Coquimbo pasó de 3.452 a 3.599 ingresos por "
        "violencia intrafamiliar respecto del mismo período de 2024. Amenazas y desacato lideran "
        "las denuncias, y el Ministerio Público contabiliza siete ingresos por femicidio."
    )
    found = described(tmp_path, "cl_coquimbo.txt", title, text, division=True)
    # the level changed from is the first half of 2024's, the year compared with
    assert [(r[1], r[2], r[5], r[6], r[7]) for r in found] == [
        (3452.0, "sin_clasificar", "CL-CO", "2024-01-01", "2024-06-30"),
        (3599.0, "sin_clasificar", "CL-CO", "2025-01-01", "2025-06-30"),
        (7.0, "femicidios", "CL-CO", "2025-01-01", "2025-06-30"),
    ]
    text = (
        "Según la Fiscalía, entre los casos de relevancia atendidos en el país, hubo dos hechos de "
        "feminicidio, dos infanticidios, tres asesinatos y seis homicidios."
    )
    found = described(tmp_path, "bo_carnaval.txt", "Fiscalía de Bolivia, carnaval", text)
    assert [(r[1], r[4]) for r in found] == [(2.0, "BO"), (2.0, "BO"), (3.0, "BO"), (6.0, "BO")]
    assert found[0][2] == "femicidios"


def test_numbered_comunas_are_names_not_counts(tmp_path: Path) -> None:
    """co_medellin_personeria_comisarias_vif_2023 (dev27): Medellín's comunas are named by their
    numbers ("comuna 13 – San Javier"): only each comuna's cases are values, in Antioquia."""
    title = "Se han registrado más de 12 mil casos de violencia intrafamiliar en Medellín"
    text = (
        "Las comunas más afectadas son; comuna 13 – San Javier con 644 casos, comuna 3 – Manrique "
        "con 617 casos, comuna 8- Villa Hermosa con 616 casos, comuna 7 – Robledo con 532 casos, "
        "comuna 4 – Aranjuez con 528 casos y comuna 1 – Popular con 479 casos."
    )
    found = described(tmp_path, "co_medellin.txt", title, text, division=True)
    assert [(r[0], r[1], r[5]) for r in found if r[0] == "line:2"] == [
        ("line:2", 644.0, "CO-ANT"),
        ("line:2", 617.0, "CO-ANT"),
        ("line:2", 616.0, "CO-ANT"),
        ("line:2", 532.0, "CO-ANT"),
        ("line:2", 528.0, "CO-ANT"),
        ("line:2", 479.0, "CO-ANT"),
    ]


def test_zonal_offices_and_ecu_911_are_names(tmp_path: Path) -> None:
    """ec_sdh_zonal7_loja_registro_unico_violencia (dev27): "la Oficina Técnica 7", "La zonal
    7" and "ECU 911" name an office, a zone and a service; the teams, the alerts and the
    emergencies coordinated in Loja (EC-L) in 2021 stay."""
    title = "Implementarán Registro Único de Violencia en zonas urbanas y rurales del país"
    text = (
        "La Secretaria de Derechos Humanos visitó la Coordinación de la Oficina Técnica 7, ubicada "
        "en Loja. La zonal 7 incluye a las provincias de Loja, Zamora Chinchipe y El Oro. En total "
        "hay cinco Equipos Técnicos Multidisciplinarios, integrados por psicólogos clínicos, "
        "trabajadores sociales y abogados. Durante 2021, el Servicio Integrado de Seguridad ECU 911 "
        "recibió 162.347 alertas y se coordinaron 597 emergencias en Loja."
    )
    found = described(tmp_path, "ec_loja.txt", title, text, division=True)
    assert [(r[1], r[2], r[5], r[6]) for r in found] == [
        (5.0, "sin_clasificar", "", "2021-01-01"),
        (162347.0, "llamadas_linea_atencion", "", "2021-01-01"),
        (597.0, "atenciones_emergencia", "EC-L", "2021-01-01"),
    ]


def test_a_survey_cited_after_the_office_report_keeps_the_office_shares(tmp_path: Path) -> None:
    """pe_aurora_junin_cem_enero_abril_2024 (dev27): the CEMs' 2055 cases and the shares of
    them by kind of violence come before "Según la Endes, ...": they are the office's, the
    survey's prevalences after the citation are not. And "atendieron 2055 casos" is a count,
    not the report's year: no period of 2055 is made up."""
    title = "Junín registra 2055 casos de violencia"
    text = (
        "En la región Junín, a través del Programa Nacional Aurora, de enero a abril, los centros "
        "de emergencia mujer atendieron 2055 casos de violencia física, psicológica y sexual, "
        "informó la coordinadora territorial.\n"
        "La funcionaria, detalló que el 40.8% sufrió violencia física, 63.6% psicológica y el "
        "9.7% fue víctima de violencia sexual.\n"
        "Según la Endes, el 69,1% de mujeres que sufrieron violencia alguna vez en su vida, tiene "
        "una edad que oscila entre los 15 a 49 años. Y a nivel regional esta cifra corresponde al "
        "55.7%."
    )
    found = described(tmp_path, "pe_junin.txt", title, text, division=True)
    assert [r for r in found if r[0] != "line:1"] == [
        ("line:2", 2055.0, "personas_asistidas", "personas", "PE", "PE-JUN", "", ""),
        ("line:3", 40.8, "sin_clasificar", "%", "PE", "PE-JUN", "", ""),
        ("line:3", 63.6, "sin_clasificar", "%", "PE", "PE-JUN", "", ""),
        ("line:3", 9.7, "sin_clasificar", "%", "PE", "PE-JUN", "", ""),
    ]
