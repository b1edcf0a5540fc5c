"""Who signed a letter, the day of a month just named, a target said as "la meta es", teams
counted as services and a region named like another region's district, met in the development
corpus (tests/acceptance/texts, part dev23): "una carta firmada por 147 mujeres", "desde el 17
de marzo ... hasta el 28 del mismo mes", "la meta es impactar a 1,076,003 personas", "hay ocho
Equipos Itinerantes de Urgencia", "casos de violencia contra mujeres en La Libertad" (Peru's
region, not Áncash's district). Each case is a real sentence; the values a careful reader
publishes beside them are asserted with their line, number, indicator, place and period."""

from __future__ import annotations

from pathlib import Path

from .reports import described, titled

# line, value, indicator, unit, country, admin1, period start, period end


def rows(tmp_path: Path, name: str, title: str, text: str) -> list[tuple[str | float, ...]]:
    return described(tmp_path, name, title, text, division=True)


def test_the_women_who_signed_a_letter_are_no_count(tmp_path: Path) -> None:
    """cl_minmujer_sernameg_rapa_nui_caevg (dev23): the island's women asked for the service's
    return "a través de una carta firmada por 147 mujeres": who signed a letter, not anything
    the ministry did; the years stay dates."""
    text = (
        "Esta reincorporación responde a una demanda sostenida por parte de las mujeres de la "
        "isla, expresada formalmente en marzo de 2023 a través de una carta firmada por 147 "
        "mujeres, en la que solicitaban el regreso del Servicio que dejó su presencia en dicho "
        "territorio en 2021."
    )
    title = (
        "Ministerio de la Mujer y SernamEG vuelven a Rapa Nui a reabrir oferta del Estado para "
        "mujeres que viven violencia de género"
    )
    assert rows(tmp_path, "cl_rapa_nui.txt", title, text) == []


def test_the_day_of_the_month_just_named_is_a_date_and_la_libertad_is_the_region(
    tmp_path: Path,
) -> None:
    """pe_cem_la_libertad_estado_emergencia_marzo_2020 (dev23): "desde el 17 de marzo ... hasta
    el 28 del mismo mes, se han reportado 34 casos": 28 is the last day of the span, not a
    count; the CEMs' coordinator "en La Libertad" speaks of Peru's region (PE-LAL), not of the
    district La Libertad of Áncash; the region's eight itinerant urgent-care teams are
    services (centros_atencion), not people attended in emergencies."""
    title = "Estado de emergencia: registran 34 casos de violencia contra mujeres en La Libertad"
    text = (
        "Cifras se dan en solo doce días. Coordinadora regional de CEMs señala que Trujillo y "
        "Pacasmayo reportan más denuncias.\n"
        "En efecto, la coordinadora de los Centros de Emergencia Mujer (CEMs) en La Libertad, "
        "Luisa Centurión Centurión, reveló que desde el 17 de marzo, un día después de que se "
        "inició la inmovilización social obligatoria, hasta el 28 del mismo mes, se han "
        "reportado 34 casos de agresión física, psicológica y sexual contra el elemento femenino "
        "del hogar.\n"
        "De otro lado, la funcionaria manifestó que en la región hay ocho Equipos Itinerantes de "
        "Urgencia integrado por profesionales de los CEMs que ante un caso de agresión accionan "
        "directamente a favor de las agraviadas."
    )
    found = rows(tmp_path, "pe_la_libertad.txt", title, text)
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in found] == [
        ("line:1", 34.0, "denuncias_violencia", "PE", "PE-LAL"),
        ("line:3", 34.0, "personas_asistidas", "PE", "PE-LAL"),
        ("line:4", 8.0, "centros_atencion", "PE", "PE-LAL"),
    ]


def test_what_the_goal_is_to_reach_is_a_target(tmp_path: Path) -> None:
    """do_minmujer_puerta_a_puerta_meta_2025 (dev23): "para este 2025 la meta es impactar a
    1,076,003 personas en 163,111 viviendas aproximadamente": both are what the door-to-door
    campaign aims at (kind target), the people those it is to reach (an infinitive
    "impactar" names the reach as "impactó" does), the homes about 163,111."""
    title = "Ministerio de la Mujer realizará jornadas de prevención a la violencia"
    text = (
        "La ministra de la Mujer, Mayra Jiménez, destacó que para este 2025 la meta es impactar "
        "a 1,076,003 personas en 163,111 viviendas aproximadamente."
    )
    found = titled(tmp_path, title, text, "do_puerta_a_puerta.txt")
    assert [
        (o.source_locator, o.value, o.indicator_id, o.value_kind, o.approximate, o.period_start)
        for o in found
    ] == [
        ("line:2", 1076003.0, "personas_alcanzadas_campanas", "target", False, "2025-01-01"),
        ("line:2", 163111.0, "sin_clasificar", "target", True, "2025-01-01"),
    ]


def test_the_women_of_the_area_a_station_serves_are_no_count(tmp_path: Path) -> None:
    """ni_comisaria_mujer_ciudad_sandino_reinauguracion (dev23): the police "invirtieron 600 mil
    córdobas para el remozamiento de las instalaciones a fin de mejorar el espacio para que unas
    110 mil mujeres de esa zona sienta la confianza de acercarse": the women living in the area
    are its population; the money spent on the women's police station is its budget, in
    córdobas, in Managua (NI-MN)."""
    title = "Abre Comisaría de la Mujer en Ciudad Sandino"
    text = (
        "Como parte de la campaña nacional Mujeres por la Vida, autoridades de la Policía "
        "Nacional reinauguraron este jueves la Comisaria de la Mujer en el municipio de Ciudad "
        "Sandino, departamento de Managua.\n"
        "El comisionado general, Fernando Borges segundo jefe de la delegación de Managua precisó "
        "que invirtieron 600 mil córdobas para el remozamiento de las instalaciones a fin de "
        "mejorar el espacio para que unas 110 mil mujeres de esa zona sienta la confianza de "
        "acercarse a interponer los casos."
    )
    found = rows(tmp_path, "ni_ciudad_sandino.txt", title, text)
    assert [r[:6] for r in found] == [
        ("line:3", 600000.0, "presupuesto_genero", "NIO", "NI", "NI-MN"),
    ]
