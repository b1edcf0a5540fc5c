"""The classes the rounds on police forces and security ministries (`dev65`) and on national
surveys (`dev66`) left alone, met again in other offices' words (issue 10): what an emergency
line is called about besides violence, counted in the same sentence as its calls about
violence; counts of every offence a police force or a court records. Each case reads a real
document of the text corpus as the corpus runner does, or a real sentence of a public page
(named in its docstring), and asserts line, value, indicator, country, division and period."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, corpus_facts, extracted, text_facts


def _line(found: list[tuple], line: str) -> list[tuple[float, str]]:
    return [(f[1], f[2]) for f in found if f[0] == line]


def test_a_lines_calls_about_another_matter_are_no_calls_about_violence(tmp_path: Path) -> None:
    """ar_tucuman_911_llamadas_violencia_genero_2019 (dev65), line 4: "se recibieron 789.985
    llamadas, de las cuales 22.584 fueron por personas en actitud sospechosa ... se recibieron
    24.052 llamadas" of gender and domestic violence: the 22.584 went out as calls about
    violence (the sentence names violence, so `_other_offence` kept it)."""
    found = corpus_facts(tmp_path, "ar_tucuman_911_llamadas_violencia_genero_2019")
    assert _line(found, "line:4") == [
        (789985.0, "sin_clasificar"),  # every matter's calls (test_rates_and_totals_of_lines)
        (22584.0, "sin_clasificar"),
        (24052.0, "llamadas_linea_atencion"),
    ]


def test_an_emergency_centres_calls_by_matter(tmp_path: Path) -> None:
    """pe_pnp_central_105_violencia_familiar (dev65), line 6: "1, 485 denunciaron actos que
    alteraban el orden público" went out as complaints of violence; its words go past the
    relative "que". "812 declaraban amenazas" keeps its label: threats are gender violence in
    some penal codes, so "amenazas" is no other matter."""
    found = corpus_facts(tmp_path, "pe_pnp_central_105_violencia_familiar")
    assert (1485.0, "sin_clasificar") in _line(found, "line:6")
    assert (2120.0, "sin_clasificar") in _line(found, "line:6")
    assert (812.0, "denuncias_violencia") in _line(found, "line:6")


def test_noise_and_public_order_beside_family_violence_calls(tmp_path: Path) -> None:
    """abc.com.py (Paraguay's Policía Nacional, Nochebuena 2025 and 15 February 2025): "78
    llamadas fueron por perturbación a la paz pública" and "se registraron 102 y por polución
    sonora, 136" went out as calls about violence; the count after a comma with nothing after
    it is said with the words before that comma."""
    christmas = text_facts(
        tmp_path,
        "En total, 109 personas reportaron casos de violencia intrafamiliar en Nochebuena, "
        "mientras que, 78 llamadas fueron por perturbación a la paz pública.",
    )
    assert (78.0, "sin_clasificar") in _line(christmas, "line:2")
    february = text_facts(
        tmp_path,
        "En cuanto a llamadas por perturbación de la paz pública se registraron 102 y por "
        "polución sonora, 136.",
    )
    assert _line(february, "line:2") == [(102.0, "sin_clasificar"), (136.0, "sin_clasificar")]


def test_calls_that_were_no_emergency(tmp_path: Path) -> None:
    """abc.com.py (Navidad 2025): "De esa cifra, hubo 1.217 comunicaciones que no correspondían
    a una emergencia, pero sí hubo 660 reportes" went out as calls about violence; the 660
    calls acted on keep theirs."""
    found = text_facts(
        tmp_path,
        "Durante la Navidad, la Policía Nacional recibió 1.877 llamadas al sistema de "
        "emergencias 911. De esa cifra, hubo 1.217 comunicaciones que no correspondían a una "
        "emergencia, pero sí hubo 660 reportes que motivaron alguna intervención por parte de "
        "los uniformados policiales.",
    )
    assert (1217.0, "sin_clasificar") in _line(found, "line:2")
    assert (660.0, "llamadas_linea_atencion") in _line(found, "line:2")


def test_a_police_reports_other_matters_stay_values(tmp_path: Path) -> None:
    """py_policia_violencia_intrafamiliar_ano_nuevo_2026 (dev12): its gold keeps the calls
    about noise, public order and accidents as values without indicator, so they are never
    held back, only unlabelled; "83 de polución sonora y 81 de perturbación de la paz" (line
    7): 81 went out as complaints of violence."""
    found = corpus_facts(tmp_path, "py_policia_violencia_intrafamiliar_ano_nuevo_2026")
    assert _line(found, "line:5") == [
        (148.0, "llamadas_linea_atencion"),
        (132.0, "sin_clasificar"),
        (118.0, "sin_clasificar"),
        (24.0, "sin_clasificar"),
        (2.0, "sin_clasificar"),
    ]
    assert (81.0, "sin_clasificar") in _line(found, "line:7")


def test_counts_of_every_offence_are_not_published(tmp_path: Path) -> None:
    """elcomercio.pe (ECData on Peru's police, 2022): "las comisarías de todo el país
    recibieron un total de 481.057 denuncias por presuntos delitos" went out as complaints of
    gender violence; cl_ine_carabineros_detenidos_vif_2024 (dev65), line 6: "las causas
    ingresadas en competencia penal alcanzaron en 2024 a 650.507" as people assisted. The
    family courts' 128.330 cases of domestic violence stay."""
    peru = text_facts(
        tmp_path,
        "En el 2022, las comisarías de todo el país recibieron un total de 481.057 denuncias "
        "por presuntos delitos.",
    )
    assert peru == []
    found = corpus_facts(tmp_path, "cl_ine_carabineros_detenidos_vif_2024")
    assert _line(found, "line:6") == [(128330.0, "denuncias_violencia")]


def test_detentions_in_flagrante_of_a_prosecutor_of_crimes_against_women(tmp_path: Path) -> None:
    """mx_cdmx_fiscal_recuento_anual_2023 (dev36), line 4: "mil 652 detenciones en flagrancia"
    are the prosecutor's own arrests: "en flagrancia" says no count is of every offence."""
    found = corpus_facts(tmp_path, "mx_cdmx_fiscal_recuento_anual_2023")
    assert (1652.0, "agresores_detenidos") in _line(found, "line:4")


def _held(observations: list, line: str) -> list[tuple[float, str, bool]]:
    """Value, indicator and whether it is held for review (below the publish gate, flagged
    ``offence_unnamed``) of each observation of ``line``."""
    return [
        (
            float(o.value),
            o.indicator_id,
            o.confidence < 0.6 and "offence_unnamed" in o.quality_flags,
        )
        for o in observations
        if o.source_locator.split()[0] == line
    ]


def test_a_police_forces_counts_before_any_word_of_violence_are_held(tmp_path: Path) -> None:
    """cl_ine_carabineros_detenidos_vif_2024 (dev65), lines 2-3, the opening of the statistics
    office's release: "Carabineros de Chile registró un total 1.457.330 denuncias durante el
    año 2024, ...; mientras que las detenciones en flagrancia ..., al contabilizar 213.993
    casos", "en 2024 la policía uniformada detuvo a 261.392 personas" went out as complaints
    of gender violence and people arrested for it. The 24.629 detainees of line 4 ("Sobre
    casos de violencia intrafamiliar (VIF)") stay published."""
    found = corpus_document(tmp_path, "cl_ine_carabineros_detenidos_vif_2024")
    assert _held(found, "line:2") == [
        (1457330.0, "denuncias_violencia", True),
        (213993.0, "agresores_detenidos", True),
    ]
    assert _held(found, "line:3") == [(261392.0, "agresores_detenidos", True)]
    assert (24629.0, "agresores_detenidos", False) in _held(found, "line:4")


def test_the_same_class_in_another_statistics_release(tmp_path: Path) -> None:
    """diarioestrategia.cl (INE's police statistics of 2019): "Un total de 2.485.674 denuncias
    recibió en 2019 Carabineros de Chile, en tanto que la Policía de Investigaciones (PDI)
    registró 122.786 denuncias en igual año."""
    found = extracted(
        tmp_path,
        "\nUn total de 2.485.674 denuncias recibió en 2019 Carabineros de Chile, en tanto que la "
        "Policía de Investigaciones (PDI) registró 122.786 denuncias en igual año.\n",
    )
    assert _held(found, "line:2") == [
        (2485674.0, "denuncias_violencia", True),
        (122786.0, "denuncias_violencia", True),
    ]


def test_a_police_forces_count_under_a_headline_of_violence_stays(tmp_path: Path) -> None:
    """cl_carabineros_tarapaca_detenidos_vif_2021 (dev65), line 4: "Carabineros registró un
    total de 707 aprehensiones, mientras que este año, la cifra ascendió a los 790 detenidos"
    names no offence, but the report opens with "Violencia intrafamiliar": both stay
    published."""
    found = corpus_document(tmp_path, "cl_carabineros_tarapaca_detenidos_vif_2021")
    assert _held(found, "line:4") == [
        (707.0, "agresores_detenidos", False),
        (790.0, "agresores_detenidos", False),
    ]


def test_a_part_read_in_what_its_people_did(tmp_path: Path) -> None:
    """mx_torreon_proteccion_vialidad_violencia_intrafamiliar_2012 (dev65), line 4: "534
    llamadas por violencia intrafamiliar de las cuales 282 mujeres aceptaron la intervención
    de la policía ..., 653 llamadas de auxilio, de las cuales 417 han aceptado la intervención
    de la policía y 209 han denunciado": the three went out as calls, the whole's noun. 209
    are complaints, 282 and 417 of no indicator; the 131 detained stay."""
    found = corpus_facts(tmp_path, "mx_torreon_proteccion_vialidad_violencia_intrafamiliar_2012")
    assert _line(found, "line:4") == [
        (534.0, "llamadas_linea_atencion"),
        (282.0, "sin_clasificar"),
        (131.0, "agresores_detenidos"),
        (653.0, "llamadas_linea_atencion"),
        (417.0, "sin_clasificar"),
        (209.0, "denuncias_violencia"),
    ]


def test_a_part_that_counts_what_its_whole_counts(tmp_path: Path) -> None:
    """hechos.com.py (Paraguay's 911, Miércoles Santo): "De ese total, la Policía tomó
    intervención en 493 emergencias, de las cuales 84 fueron casos de violencia
    intrafamiliar": a part with no act of its own is read with its whole, emergencies the
    police attended."""
    found = text_facts(
        tmp_path,
        "La Policía tomó intervención en 493 emergencias, de las cuales 84 fueron casos de "
        "violencia intrafamiliar.",
    )
    assert _line(found, "line:2") == [
        (493.0, "atenciones_emergencia"),
        (84.0, "atenciones_emergencia"),
    ]


def _periods(observations: list, line: str) -> list[tuple[float, str, str]]:
    return [
        (float(o.value), o.period_start, o.period_end)
        for o in observations
        if o.source_locator.split()[0] == line
    ]


def test_a_count_of_the_year_before_takes_no_report_year(tmp_path: Path) -> None:
    """ar_la_rioja_secretaria_mujer_denuncias_2025 (dev11), line 3: "En total, el año pasado
    se habían registrado aproximadamente 900 denuncias; en 2025 ya acumulan 1.300 en los
    primeros meses": 900 went out as 2025's, the report's year. Its own clause says the year
    before, and a report's year is as often the year it reports on, so it has no period; the
    1.300 stay 2025's."""
    found = corpus_document(tmp_path, "ar_la_rioja_secretaria_mujer_denuncias_2025")
    assert _periods(found, "line:3") == [
        (900.0, "", ""),
        (1300.0, "2025-01-01", "2025-12-31"),
    ]


def test_a_count_of_the_year_before_said_first_in_its_sentence(tmp_path: Path) -> None:
    """ve_mp_casos_primer_semestre_2013 (dev3): "indicó que el año pasado para esta fecha se
    habían registrado 40 mil casos" in a report of 2013 went out as 2013's."""
    found = corpus_document(tmp_path, "ve_mp_casos_primer_semestre_2013")
    assert _periods(found, "line:3") == [(40000.0, "", "")]


def test_a_count_with_its_own_year_or_a_comparison_keeps_its_period(tmp_path: Path) -> None:
    """The same words beside a year of the count's own clause, or as a comparison, leave the
    period as it was: "en 2024 se registraron 2.300 denuncias, 400 más que el año pasado"."""
    found = _periods(
        extracted(
            tmp_path,
            "\nLa Comisaría de la Mujer registró 2.300 denuncias en 2024, 15 % más que el año "
            "pasado.\n",
        ),
        "line:2",
    )
    assert (2300.0, "2024-01-01", "2024-12-31") in found


def test_the_rest_of_a_whole_counts_what_the_whole_counts(tmp_path: Path) -> None:
    """do_pgr_911_arrestos_violencia_domestica_2014 (dev65), line 2: "se han registrado 94
    arrestos contra hombres que han ejercido violencia doméstica ... 72 de esos casos se
    registraron en la provincia Santo Domingo y los 22 restantes en el Distrito Nacional":
    22 went out with no indicator; ec_ecu911_vif_movilizaciones_junio_2022 (dev35), line 7:
    "los restantes 2.222 hechos (43%) corresponden a las otras provincias", the rest of the
    reports counted first."""
    arrests = corpus_facts(tmp_path, "do_pgr_911_arrestos_violencia_domestica_2014")
    assert (22.0, "agresores_detenidos") in _line(arrests, "line:2")
    reports = corpus_facts(tmp_path, "ec_ecu911_vif_movilizaciones_junio_2022")
    assert (2222.0, "llamadas_linea_atencion") in _line(reports, "line:7")


def test_the_rest_of_a_whole_is_never_a_part_before_it(tmp_path: Path) -> None:
    """ar_salta_observatorio_informe_anual_2023 (dev13), line 3: "las muertes violentas y dudosas
    de mujeres en este año fueron 25, ..., 10 tienen caratula provisoria de femicidio, mientras
    las 15 restantes están siendo investigadas": the 15 are the rest of the 25 deaths, no
    femicides."""
    found = corpus_facts(tmp_path, "ar_salta_observatorio_informe_anual_2023")
    assert _line(found, "line:3") == [
        (25.0, "muertes_mujeres_violencia"),
        (10.0, "femicidios"),
        (15.0, "muertes_mujeres_violencia"),
    ]


def _values(observations: list, line: str) -> list[float]:
    return [float(o.value) for o in observations if o.source_locator.split()[0] == line]


def test_a_surveys_share_of_its_cases_is_no_registers(tmp_path: Path) -> None:
    """pe_inei_endes_2022_mininter_denuncias_2023 (dev66), line 4: "La forma de violencia más
    común es la psicológica y/o verbal, con un 51,9% de los casos" (ENDES) and
    do_one_enesim_2018_muestra_regiones (dev66), line 5: "reporta menos casos de todo tipo de
    violencia, con 49.3%" (ENESIM) went out as shares of records: "casos" was their sentence's
    only word of records, in notes that name no register and whose paragraphs count no
    cases."""
    endes = corpus_document(tmp_path, "pe_inei_endes_2022_mininter_denuncias_2023")
    assert 51.9 not in _values(endes, "line:4")
    enesim = corpus_document(tmp_path, "do_one_enesim_2018_muestra_regiones")
    assert 49.3 not in _values(enesim, "line:5")


def test_a_registers_share_of_its_cases_stays(tmp_path: Path) -> None:
    """ar_indec_rucvm_casos_2013_2017 (dev66), line 7: "las presentaciones policiales y
    consultas ..., el 5% de los casos": the note names the Registro Único de Violencia contra
    las Mujeres, so its cases are the register's records; and the Mininter's "La mayoría de los
    casos ocurrieron en el domicilio de la víctima, con 3,434 casos" (line 6 of the ENDES
    note) counts cases in its paragraph."""
    rucvm = corpus_document(tmp_path, "ar_indec_rucvm_casos_2013_2017")
    assert 5.0 in _values(rucvm, "line:7")
    endes = corpus_document(tmp_path, "pe_inei_endes_2022_mininter_denuncias_2023")
    assert 3434.0 in _values(endes, "line:6")
