"""Budgets and spending on women and gender-violence programmes, met in the development corpus
(tests/acceptance/texts, part dev54): a change's noun with the word that says of what or how
it is taken ("la caída promedio ronda el 85 por ciento", "sufrió una baja presupuestaria del 90
por ciento", "un recorte de 500 millones") and the present tense's verb with "en" ("crecen en
un 5,2%") are changes, never values. Each document case reads the real document as the corpus
runner does (its source line blanked) and asserts line, value, indicator, country, division
and period; each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts


def _lines(found: list[tuple[object, ...]], line: str) -> set[float]:
    return {f[1] for f in found if f[0] == line}  # type: ignore[misc]


def test_a_gender_budgets_average_fall_and_a_programmes_cut_are_changes(tmp_path: Path) -> None:
    """ar_acij_acompanar_linea144_recorte_2024 (dev54): "en las partidas de género la caída
    promedio ronda el 85 por ciento" and Acompañar "sufrió una baja presupuestaria del 90 por
    ciento en 2023" were published as shares; they are changes, and the people the programme
    benefited in 2023 and 2024 stay."""
    found = corpus_facts(tmp_path, "ar_acij_acompanar_linea144_recorte_2024")
    assert _lines(found, "line:3") == set()
    assert found == [
        ("line:4", 101000.0, "beneficiarios_directos", "AR", "", "2023-01-01", "2023-12-31"),
        ("line:4", 400.0, "beneficiarios_directos", "AR", "", "2024-01-01", "2024-12-31"),
    ]


def test_programmes_that_grow_by_a_share_are_a_change_their_budget_a_value(
    tmp_path: Path,
) -> None:
    """cl_minmujer_presupuesto_2024_sernameg (dev54): the violence programmes "crecen en un
    5,2%" was published as a share; it is a change, and the budget above 23 thousand million
    pesos for 2024 and the women the programmes will cover stay."""
    found = corpus_facts(tmp_path, "cl_minmujer_presupuesto_2024_sernameg")
    assert _lines(found, "line:5") == set()
    assert ("line:6", 23e9, "presupuesto_genero", "CL", "", "2024-01-01", "2024-12-31") in found
    assert ("line:6", 1365.0, "personas_asistidas", "CL", "", "2024-01-01", "2024-12-31") in found
    assert ("line:6", 1424.0, "personas_asistidas", "CL", "", "2024-01-01", "2024-12-31") in found


def test_a_cut_in_money_is_a_change_and_the_level_it_leaves_a_value(tmp_path: Path) -> None:
    """ "Un recorte de 500 millones de pesos" is what the budget lost, a change; the 1,200
    million it was left with is the programme's budget; and a budget that "crece a" an amount
    (a new level, "a", not "en") stays a value."""
    cut = text_facts(
        tmp_path,
        "En Argentina, el programa sufrió en 2024 un recorte de 500 millones de pesos y quedó "
        "con 1.200 millones de pesos.",
    )
    assert cut == [("line:2", 1.2e9, "presupuesto_genero", "AR", "", "2024-01-01", "2024-12-31")]
    (tmp_path / "level").mkdir()
    level = text_facts(
        tmp_path / "level",
        "En Chile, el presupuesto de los programas de violencia crece a 23 mil millones de pesos "
        "en 2024.",
    )
    assert level == [("line:2", 23e9, "presupuesto_genero", "CL", "", "2024-01-01", "2024-12-31")]


def test_perus_finance_ministry_speaks_for_the_country_over_an_agencys_lima_dateline(
    tmp_path: Path,
) -> None:
    """pe_mef_ppor_violencia_mujer_2020 (dev54): the 160 million soles the economy and finance
    ministry (MEF) gives the results-based programme against violence were placed in Lima, the
    city of the agency's dateline ("Lima, 02 Enero 2020, (ANDINA).-"); the ministry is a
    national office (countries/pe.yaml), so they are Peru's, as are the women's emergency
    centres working in the country."""
    found = corpus_facts(tmp_path, "pe_mef_ppor_violencia_mujer_2020")
    assert ("line:2", 160e6, "presupuesto_genero", "PE", "", "2020-01-01", "2020-12-31") in found
    assert ("line:3", 160e6, "presupuesto_genero", "PE", "", "2020-01-01", "2020-12-31") in found
    assert ("line:7", 396.0, "centros_atencion", "PE", "", "2020-01-01", "2020-12-31") in found
    assert {f[4] for f in found} == {""}


def test_a_country_that_opens_its_sentence_as_the_subject_says_the_country(
    tmp_path: Path,
) -> None:
    """ec_sdh_casas_acogida_adjudicacion_2022 (dev54): "Ecuador destina 2,1 millones dólares
    ..." and "Ecuador ha destinado 2,1 millones de dólares este 2022 para 21 casas de acogida"
    name the state that acts; the country was named only (each name counted once, too weak),
    so no value had a country; they are Ecuador's now, the femicides of the year too."""
    found = corpus_facts(tmp_path, "ec_sdh_casas_acogida_adjudicacion_2022")
    assert ("line:3", 2.1e6, "presupuesto_genero", "EC", "", "2022-01-01", "2022-12-31") in found
    assert ("line:3", 21.0, "centros_atencion", "EC", "", "2022-01-01", "2022-12-31") in found
    assert ("line:6", 106000.0, "presupuesto_genero", "EC", "", "2022-01-01", "2022-12-31") in found
    assert {f[3] for f in found} == {"EC"}
    assert ("line:9", 25.0, "femicidios") in {f[:3] for f in found}


def test_a_country_named_before_a_copula_or_in_a_list_is_no_subject_that_acts() -> None:
    """ "México es el país con más casos" compares the country, and "Ecuador y Perú" opens a
    list: neither is the state acting, so neither is evidence beyond the name itself; "Ecuador
    destina" is."""
    from genero_etl.normalize.country_guess import infer_country

    assert infer_country(["México es el país con más casos."]).code == ""
    assert infer_country(["Ecuador y Perú firmaron el acuerdo."]).code == ""
    acts = infer_country(["Ecuador destina 2 millones de dólares a las casas de acogida."])
    assert acts.code == "EC"
    assert "country_subject 'Ecuador'" in acts.evidence
