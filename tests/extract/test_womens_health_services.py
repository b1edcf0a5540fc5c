"""Women's health services run by women's offices, municipalities and health ministries, met
in the development corpus (tests/acceptance/texts, part dev94): a year-shaped count in a list
of counts by month ("1906 en mayo") is May's count, and the total closing such a list is of
the months listed; numbers in words count mammograms, mammographs and patients; a health
jurisdiction named by its number ("la Jurisdicción 1") is no count; "Corregidora" (a
municipality) is no "regidora"; "se han logrado beneficiar a" counts direct beneficiaries; a
price one patient would pay elsewhere is no amount of the body's; "El reto es ampliar la
cobertura a unas 300 mujeres al día" is a target; women examined in a cancer screening are no
people assisted in situations of violence. Each document case reads the real document as the
corpus runner does (its source line blanked) and fails with the code before this round; each
guard reads a close sentence of another office whose reading must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, extracted


def _read(tmp_path: Path, text: str) -> list[tuple[str, float, str, str, str, str]]:
    """Line, value, indicator, kind, period start and end of each value of ``text``."""
    return [
        (
            o.source_locator.split()[0],
            float(o.value),
            o.indicator_id,
            o.value_kind,
            o.period_start,
            o.period_end,
        )
        for o in extracted(tmp_path, "\n" + text + "\n")
    ]


def _doc(tmp_path: Path, name: str) -> dict[tuple[str, float], tuple[str, str, str, str, bool]]:
    """Each value of the corpus document ``name`` by line and value: indicator, kind, period
    start and end, and whether it is a lower bound."""
    return {
        (o.source_locator.split()[0], float(o.value)): (
            o.indicator_id,
            o.value_kind,
            o.period_start,
            o.period_end,
            bool(o.lower_bound),
        )
        for o in corpus_document(tmp_path, name)
    }


def test_a_year_shaped_count_in_a_list_by_month_is_that_months(tmp_path: Path) -> None:
    """pe_minsa_mamografias_enero_julio_2025 (dev94), line 7: "en el 2024 se efectuaron 911
    mamografías en enero, ..., 1505 en abril, 1906 en mayo, 3370 en junio, 3142 en julio con un
    total de 12 656": 1906 was read as a year (missed), and June's and July's counts were dated
    1906; it is May 2024's count, and the months after it keep 2024."""
    found = _doc(tmp_path, "pe_minsa_mamografias_enero_julio_2025")
    assert found[("line:7", 1906.0)][2:4] == ("2024-05-01", "2024-05-31")
    assert found[("line:7", 3370.0)][2:4] == ("2024-06-01", "2024-06-30")
    assert found[("line:7", 3142.0)][2:4] == ("2024-07-01", "2024-07-31")


def test_the_total_of_a_list_by_month_is_of_the_months_listed(tmp_path: Path) -> None:
    """pe_minsa_mamografias_enero_julio_2025 (dev94), line 6: "3325 mamografías en enero, ...,
    3764 en junio y 599 en julio que hacen un total de 28 700" was the whole of 2025; it is
    January to July (lexicon ``periods.total_of_listed``), and so is line 7's 12 656 of 2024."""
    found = _doc(tmp_path, "pe_minsa_mamografias_enero_julio_2025")
    assert found[("line:6", 28700.0)][2:4] == ("2025-01-01", "2025-07-31")
    assert found[("line:7", 12656.0)][2:4] == ("2024-01-01", "2024-07-31")


def test_a_year_alone_and_a_total_of_two_months_stay(tmp_path: Path) -> None:
    """Guards: "En 2019 en marzo se abrieron 41 carpetas" (a year, then its month: no list),
    and a total after two months only keeps its own period."""
    found = _read(tmp_path, "En 2019 en marzo se abrieron 41 carpetas de investigación.")
    assert [(f[0], f[1]) for f in found] == [("line:2", 41.0)]
    found = _read(
        tmp_path,
        "En 2023 se atendieron 300 mujeres en enero y 250 en febrero, con un total de 1.200 "
        "en el año.",
    )
    total = [f for f in found if f[1] == 1200.0]
    assert [f[4:] for f in total] == [("2023-01-01", "2023-12-31")]


def test_numbers_in_words_count_mammograms_mammographs_and_patients(tmp_path: Path) -> None:
    """do_despacho_primera_dama_mujeres_saludables_mamografias_2015 (dev94): "realiza más de
    cinco mil mamografías gratis a mujeres" (line 2, and line 4) and "con dos mamógrafos
    móviles" (line 8) were missed (lexicon ``counts.nouns``);
    hn_ciudad_mujer_la_ceiba_salud_sexual_reproductiva_2019 (dev94): "En mamografía se atienden
    cinco pacientes diarios" (line 6) too."""
    found = _doc(tmp_path, "do_despacho_primera_dama_mujeres_saludables_mamografias_2015")
    assert found[("line:2", 5000.0)][4] is True
    assert found[("line:4", 5000.0)][4] is True
    assert ("line:8", 2.0) in found
    found = _doc(tmp_path, "hn_ciudad_mujer_la_ceiba_salud_sexual_reproductiva_2019")
    assert ("line:6", 5.0) in found


def test_a_health_jurisdictions_number_is_no_count(tmp_path: Path) -> None:
    """mx_imm_el_marques_salud_integral_mastografias_2022 (dev94), line 4: "la Jurisdicción 1
    de la Secretaría de Salud de Estado", "director de la jurisdicción 1 de la SESEQ": two
    values 1 (lexicon ``never_values.section``)."""
    found = _doc(tmp_path, "mx_imm_el_marques_salud_integral_mastografias_2022")
    assert not [key for key in found if key[0] == "line:4"]


def test_a_count_right_after_a_jurisdiction_stays(tmp_path: Path) -> None:
    """Guard: "En su jurisdicción 45 mujeres recibieron atención psicológica": a count of
    people after the word is still a count."""
    found = _read(tmp_path, "En su jurisdicción 45 mujeres recibieron atención psicológica.")
    assert [(f[0], f[1], f[2]) for f in found] == [("line:2", 45.0, "personas_asistidas")]


def test_corregidora_is_no_councilwoman(tmp_path: Path) -> None:
    """mx_imm_el_marques_salud_integral_mastografias_2022 (dev94), line 6: "con el Instituto
    Municipal de la Mujer de Corregidora, se pudieron realizar 23 Termografías" was counted as
    women in local-government posts ("Corregidora" holds "regidora"; codebook
    ``mujeres_en_cargos``)."""
    found = _doc(tmp_path, "mx_imm_el_marques_salud_integral_mastografias_2022")
    assert found[("line:6", 23.0)][0] == "sin_clasificar"


def test_councilwomen_elected_stay_women_in_posts(tmp_path: Path) -> None:
    """Guard: "fueron electas 12 regidoras y 3 síndicas" stays ``mujeres_en_cargos``."""
    found = _read(tmp_path, "En el municipio fueron electas 12 regidoras y 3 síndicas.")
    assert [(f[1], f[2]) for f in found] == [
        (12.0, "mujeres_en_cargos"),
        (3.0, "mujeres_en_cargos"),
    ]


def test_the_women_a_service_managed_to_benefit_are_direct_beneficiaries(
    tmp_path: Path,
) -> None:
    """mx_imm_el_marques_salud_integral_mastografias_2022 (dev94), line 3: "en lo que va del
    año se han logrado beneficiar a 344 mujeres provenientes de 11 comunidades del municipio"
    had no indicator (codebook ``beneficiarios_directos``)."""
    found = _doc(tmp_path, "mx_imm_el_marques_salud_integral_mastografias_2022")
    assert found[("line:3", 344.0)][0] == "beneficiarios_directos"


def test_psychological_support_that_benefited_women_stays_assistance(tmp_path: Path) -> None:
    """Guard: gt_demi_asistencia_juridica_2018 (dev3), line 6: "En el caso del apoyo
    psicológico, ... que el año pasado benefició a 1 mil 614 mujeres" stays
    ``personas_asistidas`` (a first try that read any verb of benefit closing the words before
    the count made it direct beneficiaries)."""
    found = _doc(tmp_path, "gt_demi_asistencia_juridica_2018")
    assert found[("line:6", 1614.0)][0] == "personas_asistidas"


def test_a_price_one_patient_would_pay_elsewhere_is_no_amount(tmp_path: Path) -> None:
    """hn_ciudad_mujer_la_ceiba_salud_sexual_reproductiva_2019 (dev94), line 6: "A una paciente
    le costaría unos mil lempiras si se hiciera este examen en una clínica privada" was a gender
    budget of HNL 1,000 (lexicon ``never_values.price_elsewhere``)."""
    found = _doc(tmp_path, "hn_ciudad_mujer_la_ceiba_salud_sexual_reproductiva_2019")
    assert ("line:6", 1000.0) not in found


def test_an_amount_the_body_spent_stays(tmp_path: Path) -> None:
    """Guard: "el municipio invirtió unos mil lempiras en la jornada" stays an amount."""
    found = _read(tmp_path, "Ese año el municipio invirtió unos mil lempiras en la jornada.")
    assert [(f[1], f[2]) for f in found] == [(1000.0, "presupuesto_genero")]


def test_a_centres_challenge_is_a_target(tmp_path: Path) -> None:
    """hn_ciudad_mujer_la_ceiba_salud_sexual_reproductiva_2019 (dev94): "El reto es ampliar la
    cobertura a unas 300 mujeres al día" (line 3) and "El reto de Ciudad Mujer es incrementar
    sus atenciones a más de 300 mujeres al día" (line 8) were averages; they are targets
    (lexicon ``kinds.target``). "Unas 120 mujeres, en promedio, llegan al día" (line 6) is
    none."""
    found = _doc(tmp_path, "hn_ciudad_mujer_la_ceiba_salud_sexual_reproductiva_2019")
    assert found[("line:3", 300.0)][1] == "target"
    assert found[("line:8", 300.0)][1] == "target"
    assert found[("line:6", 120.0)][1] != "target"


def test_women_examined_in_a_screening_are_no_people_assisted(tmp_path: Path) -> None:
    """ec_samborondon_examenes_cancer_mama_plan_sanos (dev94): "fueron atendidas más de 150
    samborondeñas con exámenes físicos" (line 3) and "ha asistido a más de 2000 mujeres
    samborondeñas con exámenes gratuitos" (line 5) were people assisted in situations of
    violence (codebook ``personas_asistidas``, ``sentence_excludes``)."""
    found = _doc(tmp_path, "ec_samborondon_examenes_cancer_mama_plan_sanos")
    assert found[("line:3", 150.0)][0] == "sin_clasificar"
    assert found[("line:5", 2000.0)][0] == "sin_clasificar"


def test_women_in_violence_attended_stay_people_assisted(tmp_path: Path) -> None:
    """Guards: "fueron atendidas 150 mujeres en situación de violencia" and León's "más de 3
    mil 130 asesorías a personas en situación de violencia" (dev94) stay
    ``personas_asistidas``."""
    found = _read(tmp_path, "En 2023 fueron atendidas 150 mujeres en situación de violencia.")
    assert [(f[1], f[2]) for f in found] == [(150.0, "personas_asistidas")]
    found = _doc(tmp_path, "mx_immujeres_leon_asesorias_grupos_terapeuticos_2018")
    assert found[("line:3", 3130.0)][0] == "personas_asistidas"
