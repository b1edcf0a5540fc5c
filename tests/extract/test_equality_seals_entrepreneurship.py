"""Gender-equality seals and certifications of workplaces and women's entrepreneurship
programmes, met in the development corpus (tests/acceptance/texts, part dev85): the national
bodies that run them name their country (Mexico's labour ministry, Conapred and the norm
NMX-R-025; Colombia's SENA, its Fondo Emprender and MinTrabajo; Chile's Sercotec and its Capital
Abeja fund), so their counts and amounts get a country and a currency; the most one project may
receive ("pueden recibir hasta $100 millones") is no amount granted; companies and workplaces
advised, certified or trained are no people assisted or trained and no care centres; whom a
programme "busca apoyar a" is its aim. Each document case reads the real document as the corpus
runner does (its source line blanked); each guard case reads a real document whose value must
stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, facts


def _facts(tmp_path: Path, name: str) -> list[tuple[object, ...]]:
    return facts(corpus_document(tmp_path, name), unit=True)


def test_a_colombian_call_of_the_sena_gets_its_country_and_no_ceiling(tmp_path: Path) -> None:
    """co_mintrabajo_sena_mujeres_emprendedoras_fondo_emprender_2024 (dev85): "un programa de
    MinTrabajo y el Sena que busca apoyar a 560 mujeres" (line 3) names no country; its
    investment "de $14.000 millones" (line 7) had no country and no currency. "abren
    convocatoria de hasta $100 millones" (line 2), "pueden recibir hasta $100 millones"
    (line 6) and "recursos de hasta 100 millones de pesos por cada idea de negocio" (line 8)
    were read as budgets: the most one project may receive."""
    found = _facts(tmp_path, "co_mintrabajo_sena_mujeres_emprendedoras_fondo_emprender_2024")
    assert [f[:5] for f in found if f[2] == "presupuesto_genero"] == [
        ("line:7", 14000000000.0, "presupuesto_genero", "COP", "CO")
    ]
    assert 100000000.0 not in [f[1] for f in found]
    assert [(f[0], f[1], f[4]) for f in found if f[1] == 560.0] == [
        ("line:3", 560.0, "CO"),
        ("line:6", 560.0, "CO"),
        ("line:8", 560.0, "CO"),
    ]


def test_chiles_sercotec_fund_gets_its_country_and_currency(tmp_path: Path) -> None:
    """cl_sercotec_sernameg_capital_abeja_emprende_2024 (dev85): "el Servicio de Cooperación
    Técnica, Sercotec, ... anunciaron la apertura del fondo concursable Capital Abeja Emprende"
    (line 2), "Con un presupuesto de $4.813 millones" (line 3): no country, no currency before."""
    found = _facts(tmp_path, "cl_sercotec_sernameg_capital_abeja_emprende_2024")
    assert ("line:3", 4813000000.0, "presupuesto_genero", "CLP", "CL") in [f[:5] for f in found]


def test_mexicos_labour_equality_certification_names_the_country(tmp_path: Path) -> None:
    """mx_stps_empresas_certificadas_igualdad_laboral_nmx_r_025 (dev85): "la norma
    NMX-R-025-SCFI-2015", "la STPS, el Instituto Nacional de las Mujeres (Inmujeres) y el
    Consejo Nacional para Prevenir la Discriminación (Conapred)" (lines 2-3; Uruguay has an
    Inmujeres too): "las 14 empresas certificadas ... suman 22 mil 148 personas" (line 7) had no
    country, and the 14 companies were people trained, the 150 workplaces care centres."""
    found = _facts(tmp_path, "mx_stps_empresas_certificadas_igualdad_laboral_nmx_r_025")
    line7 = [(f[1], f[2], f[4]) for f in found if f[0] == "line:7"]
    assert line7 == [
        (14.0, "sin_clasificar", "MX"),
        (22148.0, "sin_clasificar", "MX"),
        (10090.0, "sin_clasificar", "MX"),
        (12058.0, "sin_clasificar", "MX"),
        (150.0, "sin_clasificar", "MX"),
    ]


def test_workplaces_recognised_are_no_care_centres(tmp_path: Path) -> None:
    """mx_banobras_reconocimiento_igualdad_laboral_72_centros (dev85): "El reconocimiento se
    otorgó también a otros 72 centros de trabajo del sector público y privado" (line 2) was read
    as care centres, with no country (the Secretaría del Trabajo y Previsión Social, line 5)."""
    found = _facts(tmp_path, "mx_banobras_reconocimiento_igualdad_laboral_72_centros")
    assert [f[:5] for f in found] == [("line:2", 72.0, "sin_clasificar", "centros", "MX")]


def test_companies_advised_and_trained_are_no_people(tmp_path: Path) -> None:
    """cr_inamu_sello_igualdad_genero_empresas_asesoradas_2023 (dev85): "El Instituto ha
    asesorado a la fecha 706 empresas en materia de igualdad de género, ..., 11 están en proceso
    de certificación del sello y cuatro han sido ya certificadas. Además, 265 compañías han sido
    capacitadas" (line 9): 706 were people assisted, 265 people trained."""
    found = _facts(tmp_path, "cr_inamu_sello_igualdad_genero_empresas_asesoradas_2023")
    line9 = {f[1]: f[2] for f in found if f[0] == "line:9"}
    assert line9[706.0] == "sin_clasificar"
    assert line9[265.0] == "sin_clasificar"


def test_new_care_centres_and_officials_trained_keep_their_indicators(tmp_path: Path) -> None:
    """Guards (values of the corpus's gold, part dev): "puso en funcionamiento ... 12 nuevos
    centros en los que se ofrecerá protección" (do_presidencia_casas_acogida_despacho, line 4)
    stay care centres, and "capacitó a 13.749 funcionarios públicos, organizaciones sociales"
    (ec_sdh_prevencion_2020, line 8) officials trained, as before: the companies' and
    workplaces' excludes read the counted noun only."""
    centres = _facts(tmp_path, "do_presidencia_casas_acogida_despacho")
    assert ("line:4", 12.0, "centros_atencion") in [f[:3] for f in centres]
    trained = _facts(tmp_path, "ec_sdh_prevencion_2020")
    assert ("line:8", 13749.0, "servidores_publicos_capacitados") in [f[:3] for f in trained]


def test_whom_a_programme_seeks_to_support_is_a_target(tmp_path: Path) -> None:
    """co_mintrabajo_sena_mujeres_emprendedoras_fondo_emprender_2024 (dev85): "Se trata de un
    programa de MinTrabajo y el Sena que busca apoyar a 560 mujeres de todo el país." (line 3)
    was read as women supported; it is the call's aim."""
    found = corpus_document(
        tmp_path, "co_mintrabajo_sena_mujeres_emprendedoras_fondo_emprender_2024"
    )
    kinds = [(o.source_locator.split()[0], float(o.value), o.value_kind) for o in found]
    assert ("line:3", 560.0, "target") in kinds
    assert ("line:3", 560.0, "observed") not in kinds
