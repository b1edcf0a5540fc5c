"""Two classes of false values that the first runs of the development parts ``dev85`` to
``dev99`` gave and today's extraction still published (issue 10), each met in three documents
of different offices: a population's make-up by sex quoted as context ("el 68 % de las empresas
en El Salvador son lideradas por mujeres", lexicon ``phrases.composition_*``, read by
``extract/traps.py:_composition_rules``), and a degree, a quality or a make-up said as a
percent ("es 100 % pertinente", "al 75% compuesto de", lexicon ``never_values.effectiveness``,
``never_values.make_up``). Each document case reads the real document as the corpus runner does
(its source line blanked) and fails with the code before; the guards are close sentences of
other offices whose numbers stay values."""

from __future__ import annotations

from pathlib import Path

from .reports import line_values, sentence_values


def test_firms_led_by_women_in_a_country(tmp_path: Path) -> None:
    """sv_conamype_capital_semilla_mujeres_municipios_priorizados (dev85), line 7: "recordando
    que el 68 % de las empresas en El Salvador son lideradas por mujeres" (a minister's
    context, a trap of the gold) was published."""
    name = "sv_conamype_capital_semilla_mujeres_municipios_priorizados"
    assert line_values(tmp_path, name, "line:7") == []


def test_farmers_who_are_women(tmp_path: Path) -> None:
    """ec_banecuador_magp_creditos_mujeres_rurales_7x7_2026 (dev90), line 4: "De acuerdo con
    estimaciones oficiales, alrededor del 61 % de los productores agropecuarios son mujeres"
    (a trap of the gold) was published."""
    name = "ec_banecuador_magp_creditos_mujeres_rurales_7x7_2026"
    assert line_values(tmp_path, name, "line:4") == []


def test_womens_share_of_boards_and_the_share_after_it(tmp_path: Path) -> None:
    """cl_servicio_civil_adp_nombramientos_mujeres_record_2023 (dev88), line 6: "la
    participación de las mujeres en los directorios de empresas en Chile alcanza al 15% y en
    las posiciones gerenciales de las empresas emisoras de valores, es 27,5%" (a regulator's
    report on private firms, both traps of the gold) gave both shares."""
    name = "cl_servicio_civil_adp_nombramientos_mujeres_record_2023"
    assert line_values(tmp_path, name, "line:6") == []


def test_the_make_up_in_other_words(tmp_path: Path) -> None:
    """The class in other words: other wholes of the economy and other verbs."""
    assert (
        sentence_values(tmp_path, "El 45 % de los hogares del país están a cargo de mujeres.") == []
    )
    assert (
        sentence_values(
            tmp_path, "Según la ministra, el 30 % de las mipymes son dirigidas por mujeres."
        )
        == []
    )


def test_an_offices_records_and_its_own_firms_stay(tmp_path: Path) -> None:
    """Guards: a register's make-up ("el 97% de los deudores de alimentos son hombres", CL's
    registry, a gold value of dev84), victims by sex (BO's, a gold value of dev9) and the
    office's own firms (a word between the whole and the verb) stay values."""
    name = "cl_seremi_mujer_tarapaca_registro_deudores_pensiones_2023"
    assert 97.0 in line_values(tmp_path, name, "line:5")
    assert sentence_values(tmp_path, "En 2024 el 92,43% de las víctimas son mujeres.") == [92.43]
    assert sentence_values(
        tmp_path, "El 60 % de las empresas asesoradas por el Instituto son lideradas por mujeres."
    ) == [60.0]


def test_a_seal_said_fully_pertinent(tmp_path: Path) -> None:
    """cr_inamu_sello_igualdad_genero_empresas_asesoradas_2023 (dev85), line 10: "El Sello,
    dijo, “es 100 % pertinente y responde adecuadamente a las necesidades ...”" (a trap of the
    gold) was published as a share."""
    name = "cr_inamu_sello_igualdad_genero_empresas_asesoradas_2023"
    assert line_values(tmp_path, name, "line:10") == []


def test_a_powder_made_of_a_salt(tmp_path: Path) -> None:
    """mx_cdmx_ssc_marcha_8m_asistentes_atenciones_2023 (dev89), line 8: "utilizaron extintores
    con un polvo químico seco al 75% compuesto de fosfato monoamónico" (a trap of the gold) was
    published as a share."""
    name = "mx_cdmx_ssc_marcha_8m_asistentes_atenciones_2023"
    assert line_values(tmp_path, name, "line:8") == []


def test_degrees_in_other_words(tmp_path: Path) -> None:
    """The class in other words: a make-up by weight, a purity."""
    assert sentence_values(tmp_path, "El gel entregado es al 70% compuesta por alcohol.") == []
    assert sentence_values(tmp_path, "Un producto con 99 por ciento de pureza.") == []


def test_shares_of_people_stay(tmp_path: Path) -> None:
    """Guards: people who found a thing pertinent, a body made up of women, a share of
    complaints: shares of a body's records or its people."""
    assert sentence_values(
        tmp_path, "El 80 % de las participantes consideró pertinente el taller."
    ) == [80.0]
    assert sentence_values(tmp_path, "El 75% de la comisión está compuesta por mujeres.") == [75.0]
