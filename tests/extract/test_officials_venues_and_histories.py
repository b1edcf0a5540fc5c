"""A national official's act in a named place, a march's place and a dated history counting
the present (issue 10). In the opening of a national report, what follows a national
official's act (lexicon ``scope.officials``, ``scope.official_acts``: "anunció en Tumaco",
"encabezó un acto ... en el municipio de Tecámac", "acompañada por la gobernadora del Estado
de México") is the venue and the hosts, not the report's subject; a march called somewhere is
an event's place (``scope.events``); a dated report that counts the present ("Hoy son más de
16.000", lexicon ``periods.present``) while every year it names is a history's is of its
date's year, and a page's date alone on a line ("2025-12-17") dates it. Real documents of the
text corpus (tests/acceptance/texts/docs), read as the corpus runner reads them, with guards
from other offices' reports."""

from __future__ import annotations

from pathlib import Path

from genero_etl.model.observation import Observation

from .reports import corpus_document, extracted


def _on(observations: list[Observation], line: int) -> list[Observation]:
    return [o for o in observations if o.source_locator == f"line:{line}"]


def test_the_president_in_tecamac_speaks_for_mexico(tmp_path: Path) -> None:
    # dev90, mx_presidencia_escrituras_condonaciones_mujeres_tecamac_2026: "la presidenta de
    # México ... encabezó un acto de justicia patrimonial en el municipio de Tecámac" and "La
    # mandataria estuvo acompañada por la gobernadora del Estado de México": the federal
    # programmes' figures (the Infonavit's 5 million, the 1.8 million homes) once went to
    # Tecámac (MX-MEX, 15081)
    observations = corpus_document(
        tmp_path, "mx_presidencia_escrituras_condonaciones_mujeres_tecamac_2026"
    )
    assert len(observations) == 6
    assert {(o.country, o.admin1, o.municipality_code) for o in observations} == {("MX", "", "")}


def test_the_minister_in_tumaco_speaks_for_colombia(tmp_path: Path) -> None:
    # dev53, co_minagricultura_campo_emprende_mujeres_rurales_2019: "el ministro de Agricultura
    # y Desarrollo Rural ... anunció en Tumaco (Nariño)", "Estuvimos en Tumaco dialogando": the
    # programme's 748 ventures, the 404 led by women and the $217 millones of credit once went
    # to Tumaco (CO-NAR, 52835)
    observations = corpus_document(
        tmp_path, "co_minagricultura_campo_emprende_mujeres_rurales_2019"
    )
    for line in (3, 5, 6):
        assert {(o.country, o.admin1, o.municipality_code) for o in _on(observations, line)} == {
            ("CO", "", "")
        }


def test_a_march_in_buenos_aires_is_no_subject(tmp_path: Path) -> None:
    # dev86, ar_defensoria_nacion_violencia_ginecobstetrica_reclamos_2025: "convocó a una marcha
    # el sábado en la Plaza del Obelisco, Ciudad de Buenos Aires" beside the Defensoría del
    # Pueblo de la Nación: its 35 claims of 2025 and 109 of 2021 once went to AR-C
    observations = corpus_document(
        tmp_path, "ar_defensoria_nacion_violencia_ginecobstetrica_reclamos_2025"
    )
    assert {o.admin1 for o in _on(observations, 8) + _on(observations, 9)} == {""}


def test_a_regional_directors_fair_stays_the_states(tmp_path: Path) -> None:
    # guard, dev40, ve_minmujer_vargas_soy_mujer_emprendedoras_creditos: "se realizó ... una
    # miniferia organizada por el Ministerio de la Mujer", "Olga Farías, directora regional de
    # MinMujer, asistió": a regional director is no national official; Vargas' figures
    observations = corpus_document(tmp_path, "ve_minmujer_vargas_soy_mujer_emprendedoras_creditos")
    assert {o.admin1 for o in observations} == {"VE-X"}


def test_a_governor_acting_in_her_state_stays_local(tmp_path: Path) -> None:
    # guard: a state's governor is no national official, and a state office opens the report
    text = (
        "La gobernadora del Estado de México encabezó un acto en el municipio de Tecámac, "
        "donde el Consejo Estatal de la Mujer entregó 300 escrituras a mujeres.\n"
    )
    observations = extracted(tmp_path, text)
    assert [(o.value, o.admin1) for o in observations] == [(300, "MX-MEX")]


def test_todays_police_women_are_of_the_pages_year(tmp_path: Path) -> None:
    # dev88, co_policia_nacional_mujeres_uniformadas_16505_2016: "Lunes, 05 de Diciembre de
    # 2016" over "Hoy son más de 16.000 en todas las especialidades" and the first women's
    # 1953: the 16,000 and 16,505 women in uniform were dated 1953
    observations = corpus_document(tmp_path, "co_policia_nacional_mujeres_uniformadas_16505_2016")
    for o in _on(observations, 4) + [o for o in _on(observations, 5) if o.value == 16505]:
        assert (o.period_start, o.period_end) == ("2016-01-01", "2016-12-31")
    # the graduates of 1977 keep their own year
    assert [(o.value, o.period_start) for o in _on(observations, 7)] == [(12, "1977-01-01")]


def test_a_pages_date_alone_dates_this_years_counts(tmp_path: Path) -> None:
    # dev88, cl_servicio_civil_adp_mujeres_primera_vez_134_2025: "2025-12-17" over "Durante el
    # transcurso de este año, 106 mujeres" and "actualmente hay 439 mujeres": dated 2004, the
    # year the Servicio Civil began
    observations = corpus_document(tmp_path, "cl_servicio_civil_adp_mujeres_primera_vez_134_2025")
    assert {(o.period_start, o.period_end) for o in observations} == {("2025-01-01", "2025-12-31")}


def test_a_recent_year_stays_the_reports(tmp_path: Path) -> None:
    # guard: a report dated 2016 whose year is the one before keeps that year, present or not
    text = (
        "Lima, 5 de marzo de 2016.- En 2015 los centros atendieron 1.200 casos de violencia. "
        "Actualmente hay 245 centros en el país.\n"
    )
    observations = extracted(tmp_path, text)
    assert {o.period_start for o in observations if o.value == 1200} == {"2015-01-01"}


def test_a_minister_opening_a_centre_leaves_it_the_regions(tmp_path: Path) -> None:
    # guard, dev14, cl_la_serena_centro_violencia_genero_coquimbo: "La ministra de la Mujer ...
    # visitó la Región de Coquimbo para inaugurar este nuevo centro": the centre's 130 women are
    # Coquimbo's (lexicon ``scope.official_opens``)
    observations = corpus_document(tmp_path, "cl_la_serena_centro_violencia_genero_coquimbo")
    assert [(o.value, o.admin1) for o in _on(observations, 5)] == [(130, "CL-CO")]
