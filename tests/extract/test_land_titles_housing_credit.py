"""Land titles, housing and property for women and rural credit to women, met in the development
corpus (tests/acceptance/texts, part dev90): the national bodies that run these programmes name
their country (Argentina's Anses and its register of popular neighbourhoods, Chile's housing
ministry, Ecuador's BanEcuador and agriculture ministry, Nicaragua's Sandinista front and
property office); the hectares a land agency hands to women are its figures (no longer excluded
as a measure), land "formalizada" (titled) is no person charged, "guardianas de la tierra" no
emergency shift, titles and square metres handed over no beneficiaries; what each woman is
given, said as a range ("se otorgan de 100 mil a 240 mil pesos", "oscilan entre USD 500 y USD
250.000"), and each instalment's size ("en dos cuotas de 50 por ciento") are no values; both
factors of a credit line's name ("7×7") are none; homes a programme "proyecta" to build are a
target. Each document case reads the real document as the corpus runner does (its source line
blanked); each guard case reads a real document whose value must stay, or a close sentence."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, facts, text_facts


def _facts(tmp_path: Path, name: str) -> list[tuple[object, ...]]:
    return facts(corpus_document(tmp_path, name), unit=True)


def test_argentinas_mi_pieza_gets_its_country_and_no_amount_each_woman_receives(
    tmp_path: Path,
) -> None:
    """ar_mds_mi_pieza_inscriptas_ganadoras_primer_sorteo_2021 (dev90): "se otorgan de 100 mil a
    240 mil pesos en dos cuotas de 50 por ciento a través de la Anses" (line 2) gave two budgets
    and a share, the amounts one woman receives and the size of each instalment; and no count
    of the line had a country (the Anses and the Secretaría de Integración Socio Urbana are
    Argentina's)."""
    found = _facts(tmp_path, "ar_mds_mi_pieza_inscriptas_ganadoras_primer_sorteo_2021")
    line2 = [f[1] for f in found if f[0] == "line:2"]
    assert line2 == [12000.0]
    assert {f[4] for f in found} == {"AR"}
    assert ("line:3", 35186.0) in [f[:2] for f in found]


def test_range_of_amounts_with_their_currency_is_no_value(tmp_path: Path) -> None:
    """ec_banecuador_magp_creditos_mujeres_rurales_7x7_2026 (dev90): "Los montos de
    financiamiento entregados oscilan entre USD 500 y USD 250.000" (line 5) were two budgets;
    "Dentro de la línea de crédito 7×7" (line 5) gave its second 7; "según información oficial
    de BanEcuador y el Ministerio de Agricultura, Ganadería y Pesca (MAGP)" (line 2) named no
    country."""
    found = _facts(tmp_path, "ec_banecuador_magp_creditos_mujeres_rurales_7x7_2026")
    line5 = [f[1] for f in found if f[0] == "line:5"]
    assert 500.0 not in line5 and 250000.0 not in line5 and 7.0 not in line5
    assert ("line:5", 44.0) in [f[:2] for f in found]
    assert ("line:2", 20900000.0, "presupuesto_genero", "USD", "EC") in [f[:5] for f in found]
    assert ("line:6", 4904.0) in [f[:2] for f in found]


def test_ranges_and_changes_of_other_offices_stay(tmp_path: Path) -> None:
    """Guards: a range of shares and a change between two levels read as before ("fluctuando
    entre el 3% y el 6%" is no value; "pasó de 100 a 240 denuncias" keeps its second level), a
    payment given whole keeps its amount, and the ends of a range that was, in the past, stay."""
    assert (
        text_facts(tmp_path, "La tasa se mantuvo fluctuando entre el 3% y el 6% en el año.\n") == []
    )
    changed = [f[1] for f in text_facts(tmp_path, "En Salta las denuncias pasaron de 100 a 240.\n")]
    assert 240.0 in changed
    paid = text_facts(
        tmp_path, "El Ministerio de la Mujer otorgó 300 mil pesos a la casa de acogida en 2023.\n"
    )
    assert [f[1] for f in paid] == [300000.0]
    # pa_minmujer_presupuesto_cierre_2025 (dev3, line 2): "la institución solo percibió fondos
    # que oscilaron entre $5.2 millones y $7.1 millones, siendo este último el más alto": the
    # lowest and the highest yearly budget, both values
    budgets = _facts(tmp_path, "pa_minmujer_presupuesto_cierre_2025")
    assert {5200000.0, 7100000.0} <= {f[1] for f in budgets if f[0] == "line:2"}


def test_hectares_handed_to_women_are_values_and_formalised_land_no_arrests(
    tmp_path: Path,
) -> None:
    """co_ant_titulaton_manos_tierra_vida_mujeres_2025 (dev90): "les ha entregado 4.858
    hectáreas a 2.083 mujeres" (line 7) lost the hectares (a measure, excluded), and the women
    were emergency attentions ("resaltar su labor como guardianas de la tierra", line 3); "Las
    cifras de hectáreas formalizadas a mujeres rurales ... suma 158.156 hectáreas" (line 8) lost
    them too."""
    found = _facts(tmp_path, "co_ant_titulaton_manos_tierra_vida_mujeres_2025")
    line7 = [(f[1], f[2]) for f in found if f[0] == "line:7"]
    assert line7 == [
        (4858.0, "sin_clasificar"),
        (2083.0, "sin_clasificar"),
        (3248.0, "sin_clasificar"),
        (554.0, "sin_clasificar"),
        (2379.0, "sin_clasificar"),
        (375.0, "sin_clasificar"),
    ]
    line8 = [(f[1], f[2]) for f in found if f[0] == "line:8"]
    assert line8 == [
        (158156.0, "sin_clasificar"),
        (115776.0, "sin_clasificar"),
        (14646.0, "sin_clasificar"),
    ]


def test_bolivias_hectares_titled_are_a_value(tmp_path: Path) -> None:
    """bo_inra_titulos_mujeres_2021 (dev70): "el Gobierno nacional saneó y tituló 80,4 millones
    de hectáreas (ha) de superficie de tierras en Bolivia" (line 3) was missed."""
    found = _facts(tmp_path, "bo_inra_titulos_mujeres_2021")
    assert ("line:3", 80400000.0, "sin_clasificar", "hectáreas", "BO") in [f[:5] for f in found]


def test_shifts_and_people_charged_keep_their_indicators(tmp_path: Path) -> None:
    """Guards: "478 situaciones de guardia" (ar_municipio_mujeres_disidencias_2022, line 6)
    stays an emergency shift's, "De esas 159 personas imputadas" (uy_fiscalia_imputaciones_
    delitos_sexuales_2022, line 5) people charged; kilometres and square metres stay no count."""
    shifts = _facts(tmp_path, "ar_municipio_mujeres_disidencias_2022")
    assert ("line:6", 478.0, "atenciones_emergencia") in [f[:3] for f in shifts]
    charged = _facts(tmp_path, "uy_fiscalia_imputaciones_delitos_sexuales_2022")
    assert ("line:5", 159.0, "agresores_detenidos") in [f[:3] for f in charged]
    assert text_facts(tmp_path, "La caravana recorrió 120 km por la provincia de Salta.\n") == []


def test_titles_and_square_metres_handed_over_are_no_beneficiaries(tmp_path: Path) -> None:
    """co_ant_titulos_guaviare_mujeres_rurales_2022 (dev90): "continúan beneficiando a las
    comunidades rurales ... con la entrega de 59 títulos de propiedad" (line 5) and "1.636
    hectáreas, más 3.693 m2 de tierras" (line 6) were direct beneficiaries; the hectares were
    missed."""
    found = _facts(tmp_path, "co_ant_titulos_guaviare_mujeres_rurales_2022")
    assert "beneficiarios_directos" not in {f[2] for f in found}
    assert ("line:5", 59.0, "sin_clasificar", "títulos", "CO", "CO-GUV") in [f[:6] for f in found]
    assert ("line:6", 1636.0, "sin_clasificar", "hectáreas") in [f[:4] for f in found]


def test_projects_benefiting_people_keep_their_beneficiaries(tmp_path: Path) -> None:
    """Guard: "los nueve proyectos especiales que beneficiaron a 2 mil 835 personas"
    (mx_nuevo_laredo_inmujer_informe_trimestral_2024, line 11) stays direct beneficiaries."""
    found = _facts(tmp_path, "mx_nuevo_laredo_inmujer_informe_trimestral_2024")
    assert ("line:11", 2835.0, "beneficiarios_directos") in [f[:3] for f in found]


def test_homes_a_programme_plans_to_build_are_a_target(tmp_path: Path) -> None:
    """mx_presidencia_escrituras_condonaciones_mujeres_tecamac_2026 (dev90): "el programa
    Vivienda para el Bienestar, el cual proyecta la construcción de 1.8 millones de casas"
    (line 8) was read as homes built; "ya se han edificado más de 400,000 viviendas" (the same
    line, the guard) stays observed."""
    found = corpus_document(
        tmp_path, "mx_presidencia_escrituras_condonaciones_mujeres_tecamac_2026"
    )
    kinds = [(o.source_locator.split()[0], float(o.value), o.value_kind) for o in found]
    assert ("line:8", 1800000.0, "target") in kinds
    assert ("line:8", 400000.0, "observed") in kinds


def test_national_bodies_of_chile_and_nicaragua_name_their_country(tmp_path: Path) -> None:
    """cl_minvu_estudio_trayectorias_mujeres_violencia_vivienda_2023 (dev90): "el Fondo de
    Transversalización de Género del MINVU", "el Ministerio de la Mujer y la Equidad de Género"
    (line 3); ni_pgr_titulos_propiedad_familias_mujeres (dev90): "la Intendencia de la
    Propiedad" (line 3), "el Frente Sandinista" (line 4): their counts had no country."""
    chile = _facts(tmp_path, "cl_minvu_estudio_trayectorias_mujeres_violencia_vivienda_2023")
    assert ("line:5", 1500.0, "CL") in [(f[0], f[1], f[4]) for f in chile]
    nicaragua = _facts(tmp_path, "ni_pgr_titulos_propiedad_familias_mujeres")
    assert [(f[0], f[1], f[4]) for f in nicaragua] == [
        ("line:3", 228000.0, "NI"),
        ("line:4", 55.0, "NI"),
    ]
