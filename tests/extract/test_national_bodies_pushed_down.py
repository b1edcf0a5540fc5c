"""National figures never pushed down to a division (issue 10): a national body the opening
names (a national agency, the presidency's commissions and counsellors, lexicon
``scope.national_offices``) makes the report the country's, so a division named later, where
an event happened or the report was written, gives its figures no place. Real documents of the
text corpus (tests/acceptance/texts/docs), read as the corpus runner reads them, with guards
from other offices' reports."""

from __future__ import annotations

from pathlib import Path

from genero_etl.model.observation import Observation
from genero_etl.normalize.country_guess import infer_country

from .reports import corpus_document, extracted


def _places(observations: list[Observation]) -> set[tuple[str, str, str]]:
    return {(o.country, o.admin1, o.municipality_code) for o in observations}


def test_a_presidential_commission_speaks_for_guatemala(tmp_path: Path) -> None:
    # dev87, gt_dca_pnr_compensaciones_individuales_chixoy: the Chixoy dam's families' and the
    # PNR's compensations "según la Comisión Presidencial de Derechos Humanos"; the last line's
    # ceremonial centre "en El Triunfo, Champerico, Retalhuleu" once gave all 13 to Retalhuleu
    observations = corpus_document(tmp_path, "gt_dca_pnr_compensaciones_individuales_chixoy")
    assert len(observations) == 13
    assert _places(observations) == {("GT", "", "")}


def test_a_national_agency_speaks_for_colombia(tmp_path: Path) -> None:
    # dev90, co_ant_titulaton_manos_tierra_vida_mujeres_2025: "el director general de la Agencia
    # Nacional de Tierras"; the hectares and women of three governments once went to Bogotá, the
    # city of its dateline ("Bogotá. 8 de marzo de 2025. @AgenciadeTierras.")
    observations = corpus_document(tmp_path, "co_ant_titulaton_manos_tierra_vida_mujeres_2025")
    line7 = [(o.value, o.admin1) for o in observations if o.source_locator == "line:7"]
    assert line7 == [(4858, ""), (2083, ""), (3248, ""), (554, ""), (2379, ""), (375, "")]
    assert {o.admin1 for o in observations} == {""}


def test_the_head_of_state_named_by_an_ngo_is_no_national_body(tmp_path: Path) -> None:
    # guard, dev87, pe_minjus_reviesfo_esterilizaciones_forzadas_cusco_2017: an NGO's note that
    # opens on "el presidente de la República Pedro Pablo Kuczynski asumió el compromiso" and
    # counts Cusco's register: its figures stay Cusco's
    observations = corpus_document(
        tmp_path, "pe_minjus_reviesfo_esterilizaciones_forzadas_cusco_2017"
    )
    assert {o.admin1 for o in observations} == {"PE-CUS"}


def test_a_municipality_with_the_national_agency_stays_local(tmp_path: Path) -> None:
    # guard: a local office opening the report beside the national agency keeps it local
    text = (
        "La Alcaldía de Pasto y la Agencia Nacional de Tierras entregaron 120 títulos de "
        "propiedad a mujeres rurales del municipio.\n"
    )
    observations = extracted(tmp_path, text)
    assert [(o.value, o.country, o.admin1) for o in observations] == [(120, "CO", "CO-NAR")]


def test_a_title_in_capitals_names_its_country_el_salvador(tmp_path: Path) -> None:
    # dev76, sv_iml_homicidios_mes_sexo_2015: "... DEL INSTITUTO DE MEDICINA LEGAL, ...
    # OCURRIDOS EN EL SALVADOR EN EL AÑO 2015": the country named where things happened, in
    # capitals; "Instituto de Medicina Legal" without "Nacional" is also El Salvador's, Peru's
    # and Panama's, no Colombian mark (the 43 values were once Colombia's)
    observations = corpus_document(tmp_path, "sv_iml_homicidios_mes_sexo_2015")
    assert len(observations) >= 40
    assert {o.country for o in observations} == {"SV"}


def test_medicina_legal_still_names_colombia() -> None:
    # guards: Colombia's Medicina Legal by its short and its full name
    assert (
        infer_country(["Según Medicina Legal, en 2023 fueron asesinadas 500 mujeres."]).code == "CO"
    )
    full = "Según el Instituto Nacional de Medicina Legal y Ciencias Forenses, 500 mujeres."
    assert infer_country([full]).code == "CO"
    # "en" in lower case, as before
    assert infer_country(["Las denuncias registradas en Ecuador fueron 300."]).code == "EC"
