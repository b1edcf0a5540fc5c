"""National figures never pushed down to a division (issue 10): a national body the opening
names (a national agency, the presidency's commissions and counsellors, lexicon
``scope.national_offices``) makes the report the country's, so a division named later, where
an event happened or the report was written, gives its figures no place. Real documents of the
text corpus (tests/acceptance/texts/docs), read as the corpus runner reads them, with guards
from other offices' reports."""

from __future__ import annotations

from pathlib import Path

from genero_etl.model.observation import Observation

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
    observations = corpus_document(tmp_path, "pe_minjus_reviesfo_esterilizaciones_forzadas_cusco_2017")
    assert {o.admin1 for o in observations} == {"PE-CUS"}


def test_a_municipality_with_the_national_agency_stays_local(tmp_path: Path) -> None:
    # guard: a local office opening the report beside the national agency keeps it local
    text = (
        "La Alcaldía de Pasto y la Agencia Nacional de Tierras entregaron 120 títulos de "
        "propiedad a mujeres rurales del municipio.\n"
    )
    observations = extracted(tmp_path, text)
    assert [(o.value, o.country, o.admin1) for o in observations] == [(120, "CO", "CO-NAR")]
