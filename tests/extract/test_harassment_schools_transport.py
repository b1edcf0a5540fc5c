"""Sexual harassment and gender violence in schools, public transport and a police force, met in
the development corpus (tests/acceptance/texts, part dev44): Guatemala's education ministry
("48 quejas por acoso, hostigamiento o violencia sexual", "el número telefónico 1510", "tres
acuerdos ministeriales"), Quito's municipal Patronato San José on the buses of "la avenida
Mariscal Sucre", the Chilean investigations police's inspectorate and prosecutors, and El
Salvador's boards of the teaching career. Each document case reads the real document as the
corpus runner does (its source line blanked) and asserts the line, the number, the indicator,
the place and the period of what is published; each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts


def test_complaints_of_harassment_are_complaints_of_violence(tmp_path: Path) -> None:
    """gt_mineduc_quejas_acoso_violencia_sexual_escolar_2025 (dev44): "Entre el 2024 y el 2025,
    la institución reporta 48 quejas por acoso, hostigamiento o violencia sexual" (line 5) and
    "se han registrado 28 quejas" after "nuevas denuncias por violencia sexual" (line 2) were
    unclassified, and the text said no country: the reproductive health observatory it quotes
    (OSAR) is Guatemala's."""
    found = corpus_facts(tmp_path, "gt_mineduc_quejas_acoso_violencia_sexual_escolar_2025")
    assert ("line:5", 48.0, "denuncias_violencia", "GT", "", "2024-01-01", "2025-12-31") in found
    assert ("line:2", 28.0, "denuncias_violencia", "GT") in {row[:4] for row in found}
    assert {row[3] for row in found} == {"GT"}


def test_complaints_say_what_about_in_their_sentence(tmp_path: Path) -> None:
    """A complaint of political violence stays one; complaints of anything else are no
    complaints of violence."""
    found = text_facts(
        tmp_path, "En 2023 el INE recibió 342 quejas por violencia política en razón de género."
    )
    assert [row[:3] for row in found] == [("line:2", 342.0, "denuncias_violencia_politica")]
    found = text_facts(
        tmp_path, "En 2023 la oficina recibió 45 quejas por demoras en los trámites."
    )
    assert [row[:3] for row in found] == [("line:2", 45.0, "sin_clasificar")]


def test_a_phone_number_and_norms_in_force_are_no_values(tmp_path: Path) -> None:
    """gt_mineduc_quejas_acoso_violencia_sexual_escolar_2025 (dev44): "están vigentes tres
    acuerdos ministeriales ... se habilitó el número telefónico 1510 para tomar denuncias"
    (line 4) went out as 3 and as 1,510 complaints."""
    found = corpus_facts(tmp_path, "gt_mineduc_quejas_acoso_violencia_sexual_escolar_2025")
    assert not [row for row in found if row[0] == "line:4"]
    found = text_facts(
        tmp_path,
        "En 2024 se habilitó el número telefónico 1510 para tomar denuncias, que recibió 230 "
        "llamadas.",
    )
    assert [row[:3] for row in found] == [("line:2", 230.0, "llamadas_linea_atencion")]
    found = text_facts(
        tmp_path, "En 2024 estaban vigentes tres acuerdos ministeriales y se firmaron 12 convenios."
    )
    assert [row[:3] for row in found] == [("line:2", 12.0, "convenios_firmados")]


def test_quito_patronato_and_not_the_marshal_sucre(tmp_path: Path) -> None:
    """ec_quito_patronato_bajale_al_acoso_reportes_buses (dev44): the buses "que circulaban por
    la avenida Mariscal Sucre" (line 4) put every value in Chuquisaca, Bolivia; the capital's
    municipal Patronato San José says Pichincha. The text names no year, so no period."""
    found = corpus_facts(tmp_path, "ec_quito_patronato_bajale_al_acoso_reportes_buses")
    assert ("line:8", 10.0, "sentencias_condenatorias", "EC", "EC-P", "", "") in found
    assert ("line:7", 1132.0, "sin_clasificar", "EC", "EC-P", "", "") in found
    assert {row[3:5] for row in found} == {("EC", "EC-P")}
    found = text_facts(
        tmp_path, "En 2023 la Defensoría de la Niñez de Sucre atendió 40 casos de violencia sexual."
    )
    assert [row[:5] for row in found] == [("line:2", 40.0, "personas_asistidas", "BO", "BO-H")]


def test_the_chilean_investigations_police_and_harassment_law_say_chile(tmp_path: Path) -> None:
    """cl_pdi_inspectoria_denuncias_agresiones_sexuales_2018_2022 (dev44): "la Inspectoría
    General de la Policía de Investigaciones", "la PDI" said no country;
    cl_fiscalia_ley_acoso_sexual_publico_denuncias_2022 (dev44): nor did "Ley que Sanciona
    Acoso Sexual en Público" (Chile's Ley 21.153). Its complaints "Entre 2019 y noviembre de
    este año" start in 2019 (the end, a year the text does not write, is not read)."""
    found = corpus_facts(tmp_path, "cl_pdi_inspectoria_denuncias_agresiones_sexuales_2018_2022")
    assert ("line:3", 78.0, "denuncias_violencia", "CL", "", "2018-01-01", "2022-12-31") in found
    assert {row[3] for row in found} == {"CL"}
    found = corpus_facts(tmp_path, "cl_fiscalia_ley_acoso_sexual_publico_denuncias_2022")
    rows = [row for row in found if row[0] == "line:3"]
    assert ("line:3", 3794.0, "denuncias_violencia", "CL", "") in {row[:5] for row in rows}
    assert {row[5] for row in rows} == {"2019-01-01"}


def test_el_salvador_teaching_career_boards_say_the_country(tmp_path: Path) -> None:
    """sv_mined_docentes_denunciados_violencia_sexual_2015_2020 (dev44): "los registros de las
    Departamentales de Educación y de las Juntas de la Carrera Docente" said no country."""
    found = corpus_facts(tmp_path, "sv_mined_docentes_denunciados_violencia_sexual_2015_2020")
    assert ("line:2", 125.0, "SV", "", "2015-01-01", "2020-12-31") in {
        (row[0], row[1], *row[3:]) for row in found
    }
    assert ("line:4", 100.0, "denuncias_violencia", "SV") in {row[:4] for row in found}
    assert {row[3] for row in found} == {"SV"}


def test_a_fine_in_pesos_is_no_budget(tmp_path: Path) -> None:
    """cl_fiscalia_ley_acoso_sexual_publico_denuncias_2022 (dev44): "o al pago de una multa de
    entre $48 a $971 mil" (line 2), what the law fines, went out as two budgets; the complaints
    of the line after stay."""
    found = corpus_facts(tmp_path, "cl_fiscalia_ley_acoso_sexual_publico_denuncias_2022")
    assert not [row for row in found if row[0] == "line:2"]
    assert [row[:4] for row in found if row[0] == "line:3"][:1] == [
        ("line:3", 3794.0, "denuncias_violencia", "CL")
    ]
    found = text_facts(
        tmp_path,
        "En 2022 la ley fijó una multa de entre $48 a $971 mil y la Fiscalía recibió 300 denuncias.",
    )
    assert [row[:3] for row in found] == [("line:2", 300.0, "denuncias_violencia")]
