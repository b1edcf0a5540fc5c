"""A helpline's calls counted by place and units named by their numbers.

"La Ciudad de Buenos Aires se ubica en segundo lugar con 20.214 consultas" (development corpus,
tests/acceptance/texts, part dev16): the capitalised words that open the sentence name a place
the Línea 144's calls came from, not another body that gave the "consultas", so they are the
line's calls. "La Región Sanitaria 4 atendió 60 mujeres", "la Unidad de Flagrancia 2 registró 19
detenidos": an office or a police unit named by its capitalised name and the number that ends
it; the number names the unit, the count after the verb is the value."""

from __future__ import annotations

from pathlib import Path

from genero_etl.normalize.observations import near_trap

from .reports import described, titled


def test_consultas_of_a_place_in_a_helpline_report_are_the_lines_calls(tmp_path: Path) -> None:
    """ar_inam_linea144_llamadas_provincias_2014_2017 (dev16), lines 2, 5 and 7 as published:
    the report speaks of the Línea 144's calls by province; "20.214 consultas" of the Ciudad de
    Buenos Aires and the figures of Santa Fe, Mendoza and Córdoba after it are calls to the line
    (an office's name there, "El Servicio de Atención a la Mujer brindó 4.828 atenciones",
    would keep them its own)."""
    title = (
        "Es el número nacional para denunciar la violencia machista. Salta es la segunda "
        "provincia del NOA con más denuncias."
    )
    text = (
        "En todo el país se hicieron 207.588 llamadas, según un informe estadístico presentado "
        "por el Instituto Nacional de las Mujeres (INAM).\n"
        "La Ciudad de Buenos Aires se ubica en segundo lugar con 20.214 consultas; luego Santa Fe "
        "con 11.694; sigue Mendoza con 13.676; y Córdoba con 8.034."
    )
    found = [
        (line, value, indicator)
        for line, value, indicator, *_ in described(tmp_path, "ar_linea144.txt", title, text)
    ]
    assert found == [
        ("line:2", 207588.0, "llamadas_linea_atencion"),
        ("line:3", 20214.0, "llamadas_linea_atencion"),
        ("line:3", 11694.0, "llamadas_linea_atencion"),
        ("line:3", 13676.0, "llamadas_linea_atencion"),
        ("line:3", 8034.0, "llamadas_linea_atencion"),
    ]  # fmt: skip


def test_an_office_named_in_the_sentence_keeps_its_consultas(tmp_path: Path) -> None:
    """The same helpline report, a sentence that names another body before its count: the
    body's own attentions, not the line's calls."""
    title = "La Línea 144 recibió 3.200 llamadas en enero"
    text = "El Servicio de Atención a la Mujer brindó 4.828 atenciones en el mismo mes."
    found = [
        (o.source_locator.split()[0], o.value, o.indicator_id)
        for o in titled(tmp_path, title, text, "ar_linea144_enero.txt")
    ]
    assert ("line:2", 4828.0, "personas_asistidas") in found
    assert ("line:1", 3200.0, "llamadas_linea_atencion") in found


def test_a_unit_named_by_its_number_is_no_count(tmp_path: Path) -> None:
    """A health region, a police unit, a court circuit and a brigade named by their numbers:
    only the counts after their verbs are values."""
    title = "Informe de atención a mujeres víctimas de violencia, enero a junio de 2024"
    text = (
        "La Región Sanitaria 4 atendió 60 mujeres víctimas de violencia.\n"
        "En la Unidad Regional 2 se recibieron 80 denuncias.\n"
        "El Circuito Judicial 12 dictó 33 medidas de protección.\n"
        "La Unidad de Flagrancia 2 registró 19 detenidos.\n"
        "La Brigada 7 detuvo a 15 agresores.\n"
        "La Subzona 6 recibió 41 denuncias."
    )
    found = [
        (o.source_locator.split()[0], o.value, o.indicator_id)
        for o in titled(tmp_path, title, text, "ec_informe.txt")
    ]
    assert found == [
        ("line:2", 60.0, "personas_asistidas"),
        ("line:3", 80.0, "denuncias_violencia"),
        ("line:4", 33.0, "medidas_proteccion"),
        ("line:5", 19.0, "agresores_detenidos"),
        ("line:6", 15.0, "agresores_detenidos"),
        ("line:7", 41.0, "denuncias_violencia"),
    ]  # fmt: skip


def test_a_count_after_a_units_name_stays_a_count(tmp_path: Path) -> None:
    """ "la Fiscalía Especializada 45 denuncias" (a heading-like line without its verb): the
    plural noun after the number makes it a count, not the unit's number."""
    title = "Denuncias recibidas por fiscalía, 2023"
    text = "En el año, la Fiscalía Especializada 45 denuncias y la Fiscalía de Turno 30 denuncias."
    found = [
        (o.source_locator.split()[0], o.value)
        for o in titled(tmp_path, title, text, "ec_fiscalias.txt")
    ]
    assert found == [("line:2", 45.0), ("line:2", 30.0)]


def test_counts_derived_to_units_stay_counts(tmp_path: Path) -> None:
    """ "Se derivaron 37 casos a la Fiscalía Local y 12 a los Tribunales de Familia", "derivó a
    la Unidad Regional 14 y al Centro 5": counts whose noun the sentence left out, after a
    unit's name, not the unit's number."""
    title = "Derivaciones del Centro de la Mujer, 2023"
    text = (
        "Se derivaron 37 casos a la Fiscalía Local y 12 a los Tribunales de Familia.\n"
        "El centro derivó a la Unidad Regional 14 y al Centro 5 de los casos atendidos."
    )
    found = [
        (o.source_locator.split()[0], o.value)
        for o in titled(tmp_path, title, text, "cl_derivaciones.txt")
    ]
    assert found == [("line:2", 37.0), ("line:2", 12.0), ("line:3", 14.0), ("line:3", 5.0)]


def test_a_figure_after_a_units_name_in_a_table_row_is_not_near_a_trap() -> None:
    """mx_jalisco_proyecto_presupuesto_2020_unidad_programa.pdf (tables corpus), a budget row
    "655  Administración Educativa Regional  119,869,686": the unit's name ends the row's
    label and its amount follows; a capitalised name's head ("Regional", "Coordinación") is no
    trap's cue by itself, so the amount keeps its confidence ("comisaría número 317" still
    is one)."""
    row = "655\tAdministración Educativa Regional\t119,869,686"
    assert not near_trap(row, "119,869,686", 119869686.0, "MXN")
    desk = "559\tCoordinación y Gestión del Despacho del Fiscal Regional\t32,657,420"
    assert not near_trap(desk, "32,657,420", 32657420.0, "MXN")
    assert near_trap("la comisaría número 317 abrió ayer", "317", 317.0, "")
