"""Fines in an indexed unit, a claim of effectiveness, what each department got, a report built
on household surveys and a count that opens a clause after a semicolon, met in the development
corpus (tests/acceptance/texts, part dev25): "con 20 UR a 900 UR de multa", "Tiene 100 % de
efectividad", "se capacitaron 150 funcionarios por departamento", "El Informe Estado de la Nación
2025 también dejó en evidencia que ... cerca del 70% de las mujeres en edad laboral son madres",
"de las cuales 2.060 están en funcionamiento; 60 son usadas por niños o adolescentes". Each case
is a real sentence; the values a careful reader publishes beside them are asserted with their
line, number, indicator, place and period."""

from __future__ import annotations

from pathlib import Path

from .reports import described

# line, value, indicator, unit, country, period start, period end


def test_a_fine_in_an_indexed_unit_is_no_value(tmp_path: Path) -> None:
    """uy_minterior_tobilleras_judicializados_inversion (dev25): the law's prison term and its
    fine of "20 UR a 900 UR" (Uruguay's indexed units) are what it punishes with; the people
    charged since then (about 459) stay, in Uruguay (the law is its Ley de Urgente
    Consideración), in 2020, the year the law was passed."""
    title = "Personas judicializadas por romper su tobillera"
    text = (
        '"El retiro no autorizado o la destrucción de medios o dispositivos de rastreo y control '
        "electrónicos será castigado con una pena de 10 a 18 meses de prisión y con 20 UR a 900 "
        'UR de multa". Este artículo fue aprobado en 2020 dentro de la Ley de Urgente '
        "Consideración (LUC), y desde ese entonces unas 459 personas fueron judicializadas por "
        "este delito."
    )
    assert described(tmp_path, "uy_tobilleras.txt", title, text) == [
        ("line:2", 459.0, "sin_clasificar", "personas", "UY", "2020-01-01", "2020-12-31"),
    ]


def test_a_fine_of_a_law_after_its_cue_is_no_value(tmp_path: Path) -> None:
    """The cue before: "una multa de 500 UMA" is what a law fines; the 35 complaints stay."""
    title = "Informe del Instituto Municipal de las Mujeres"
    text = (
        "El reglamento prevé una multa de 500 UMA para quien no cumpla la orden. En marzo se "
        "recibieron 35 denuncias por violencia familiar."
    )
    found = described(tmp_path, "imm.txt", title, text)
    assert [(r[0], r[1], r[2]) for r in found] == [("line:2", 35.0, "denuncias_violencia")]


def test_a_claim_of_effectiveness_is_no_share(tmp_path: Path) -> None:
    """uy_minterior_tobilleras_todo_el_pais_2017 (dev25): "Tiene 100 % de efectividad" is how
    well the ministry says the ankle monitors work; the 388 active cases and the 1,503 placed
    since 2013 stay (2017, the year the text names)."""
    title = "Tobilleras en todo el país"
    text = (
        "“El Ministerio del Interior se comprometió a finalizar 2017 con el sistema de tobilleras "
        "electrónicas en casos de violencia doméstica extendido a todo el país y se cumplió con la "
        "meta”, aseguró la responsable de Políticas de Género, July Zabaleta. Hasta este mes hay "
        "activos 388 casos y desde 2013 totalizaron 1.503. “Tiene 100 % de efectividad e "
        "insistimos que son utilizadas concretamente para situaciones de alto riesgo”, dijo."
    )
    found = described(tmp_path, "uy_tobilleras_2017.txt", title, text)
    assert [(r[0], r[1], r[3]) for r in found] == [
        ("line:2", 388.0, "casos"),
        ("line:2", 1503.0, ""),
    ]


def test_what_each_department_got_is_no_total(tmp_path: Path) -> None:
    """uy_minterior_tobilleras_todo_el_pais_2017 (dev25): "se capacitaron 150 funcionarios por
    departamento" says what each department got, not how many were trained in all; a number in
    words does the same ("dos psicólogas por centro")."""
    title = "Tobilleras en todo el país"
    text = (
        "Puntualizó que en todo 2017 se capacitaron 150 funcionarios por departamento, a lo que "
        "se debe agregar personal de la Fiscalía de la Nación, del Poder Judicial y sociedad "
        "civil.\n"
        "El servicio sumó dos psicólogas por centro y atendió a 412 mujeres."
    )
    found = described(tmp_path, "uy_tobilleras_2017.txt", title, text)
    assert [(r[0], r[1], r[2]) for r in found] == [("line:3", 412.0, "personas_asistidas")]


def test_the_shares_of_a_report_built_on_surveys_are_no_values(tmp_path: Path) -> None:
    """cr_defensoria_25n_cuidados_maternidad_empleo (dev25): the ombudsman quotes the Informe
    Estado de la Nación 2025 (a report built on household surveys): the shares of mothers in work
    are its estimates of a population, not any office's records."""
    title = "Defensoría de los Habitantes exige acciones urgentes del Estado"
    text = (
        "El Informe Estado de la Nación 2025 también dejó en evidencia que el mercado laboral "
        "penaliza la maternidad. Aunque cerca del 70% de las mujeres en edad laboral son madres, "
        "solo el 44% participa en el empleo, frente al 50% de mujeres sin hijos y el 70% de los "
        "hombres. Además, el 47% de las madres trabaja en la informalidad, lo que limita su "
        "autonomía económica y aumenta su exposición a la violencia."
    )
    assert described(tmp_path, "cr_defensoria.txt", title, text) == []


def test_a_count_opening_a_clause_after_a_semicolon_counts_the_noun_before(
    tmp_path: Path,
) -> None:
    """uy_minterior_tobilleras_judicializados_inversion (dev25): "de las cuales 2.060 están en
    funcionamiento; 60 son usadas por niños o adolescentes": 60 opens a clause of the same
    sentence on a plural copula ("son"), its noun (the monitors) elided."""
    title = "Personas judicializadas por romper su tobillera"
    text = (
        "Actualmente la secretaría de Estado cuenta con 2.300 tobilleras, de las cuales 2.060 "
        "están en funcionamiento; 60 son usadas por niños o adolescentes, la mayoría en "
        "condición de víctimas."
    )
    found = described(tmp_path, "uy_tobilleras.txt", title, text)
    assert [(r[0], r[1], r[2]) for r in found] == [
        ("line:2", 2300.0, "botones_antipanico_entregados"),
        ("line:2", 2060.0, "botones_antipanico_entregados"),
        ("line:2", 60.0, "botones_antipanico_entregados"),
    ]


def test_community_defenders_certified_are_people_trained(tmp_path: Path) -> None:
    """ve_minmujer_monagas_defensoras_comunales_2023 (dev25): "certificaron a 242 defensoras
    comunales" counts women certified after a training, not the ministry's staff."""
    title = "Certificación de defensoras comunales de derechos de la mujer en Maturín"
    text = (
        "En un acto lleno de identidad feminista, el gobierno del presidente Nicolás Maduro, a "
        "través de la ministra del Poder Popular para la Mujer e Igualdad de Género, certificaron "
        "a 242 defensoras comunales pertenecientes a las parroquias del municipio Maturín, "
        "cumpliendo así el quinto vértice de la Gran Misión Venezuela Mujer."
    )
    found = described(tmp_path, "ve_defensoras.txt", title, text)
    assert [(r[0], r[1], r[2]) for r in found] == [("line:2", 242.0, "personas_capacitadas_genero")]


def test_cases_of_a_punishable_act_of_family_violence_are_complaints(tmp_path: Path) -> None:
    """py_mp_violencia_familiar_marzo_2020 (dev25): "el total de casos ingresados por el hecho
    punible de Violencia Familiar fue de 2028 casos": the prosecutors' cases of an offence, in
    Paraguay; the number looks like a year but is read as a count, so it is no period of its own
    (the text's year, 2020, is)."""
    title = "Violencia familiar: datos del Ministerio Público"
    text = (
        "En este sentido, los números indican que en Paraguay el total de casos ingresados por "
        "el hecho punible de Violencia Familiar fue de 2028 casos durante el mes de marzo del "
        "2020."
    )
    found = described(tmp_path, "py_mp.txt", title, text)
    assert [(r[0], r[1], r[2], r[4], str(r[5])[:4], str(r[6])[:4]) for r in found] == [
        ("line:2", 2028.0, "denuncias_violencia", "PY", "2020", "2020"),
    ]
