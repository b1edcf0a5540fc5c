"""Places of values (issue 10): a municipality named by its own office ("la Alcaldía de
Medellín") is the report's place once the text's evidence has settled its country, whatever cue
words other countries share ("alcaldía", "comuna": Chile's cue words, Colombia's words too); and
a web address under a country's government domain written in the report's body says the country
also under a two-letter second level ("www.inamu.go.cr") and under Puerto Rico's "pr.gov". Real
documents of the text corpus (tests/acceptance/texts/docs), read as the corpus runner reads them,
and close sentences of other offices that must not change."""

from __future__ import annotations

from pathlib import Path

from genero_etl.normalize.country_guess import infer_country
from genero_etl.normalize.places import infer_place

from .reports import extracted
from .reports import places_at as _places
from .reports import scratch_document as _document


def test_medellin_named_by_its_alcaldia_beside_comunas() -> None:
    # dev101, co_medellin_secretaria_mujeres_kits_copas_menstruales_comunas.txt: "Más de 1.600
    # kits para mujeres han sido entregados por la Alcaldía de Medellín" (line 2), "... a 40
    # habitantes de la comuna El Poblado" (line 6): "alcaldía" and "comuna" counted as Chile's
    # cue words made Medellín a foreign name, and the kits had no division
    observations = _document("co_medellin_secretaria_mujeres_kits_copas_menstruales_comunas")
    assert _places(observations, "line:2")[1600] == ("CO", "CO-ANT")
    assert _places(observations, "line:4")[1600] == ("CO", "CO-ANT")
    assert _places(observations, "line:8")[260] == ("CO", "CO-ANT")
    assert {o.municipality_code for o in observations} == {"05001"}


def test_other_words_a_colombian_alcaldia_and_its_comunas(tmp_path: Path) -> None:
    # the same class in another city's words: the text's evidence says Colombia (Bucaramanga
    # is Santander's capital), the shared words "alcaldía" and "comuna" do not make it foreign
    found = extracted(
        tmp_path,
        "La Alcaldía de Bucaramanga informó que la Secretaría de las Mujeres atendió a 45 "
        "mujeres en la comuna Norte. La alcaldía entregó 120 kits en los corregimientos.\n",
    )
    assert {(o.value, o.country, o.admin1, o.municipality_code) for o in found} == {
        (45, "CO", "CO-SAN", "68001"),
        (120, "CO", "CO-SAN", "68001"),
    }


def test_guard_a_chilean_comuna_stays_chilean() -> None:
    # the cue words still speak where they are the country's own: a Chilean commune's office
    place = infer_place(
        "La Municipalidad de Valdivia, región de Los Ríos, informó que la Oficina de la Mujer "
        "de la comuna atendió a 45 mujeres durante 2023."
    ).place
    assert (place.country, place.admin1, place.municipality.upper()) == ("CL", "CL-LR", "VALDIVIA")


def test_guard_no_evidence_keeps_the_cue_words_filter() -> None:
    # with no evidence that settles a country, a name of one country that the cue words of
    # another contradict is still no place ("Alcaldía de Medellín" alone is settled by
    # Medellín itself, Antioquia's evidence; a bare "comuna" text names no municipality)
    place = infer_place("La comuna informó que la alcaldía atendió a 45 mujeres.").place
    assert (place.country, place.municipality) == ("", "")


def test_web_address_under_a_two_letter_second_level_domain() -> None:
    # Costa Rica's government writes its addresses under "go.cr" ("www.inamu.go.cr"): the host
    # ended in a two-letter label before the country's domain, which the address rule skipped
    guess = infer_country(["Más información en www.inamu.go.cr o al 911."])
    assert guess.code == "CR"
    assert infer_country(["https://www.poder-judicial.go.cr/observatorio"]).code == "CR"


def test_web_address_under_puerto_ricos_government_domain() -> None:
    # Puerto Rico's offices write "pr.gov" ("https://salud.pr.gov/...", the Departamento de
    # Salud's observatory): the ISO code .pr is no ending of theirs (country file pr.yaml)
    assert infer_country(["Los datos en https://salud.pr.gov/Estadisticas"]).code == "PR"
    assert (
        infer_country(["https://observatoriopvg.salud.pr.gov/Tematica/Definicion/1"]).code == "PR"
    )


def test_a_report_whose_only_country_clue_is_its_web_address(tmp_path: Path) -> None:
    # a user's file carries no source address but may print its office's own in its body
    found = extracted(
        tmp_path,
        "La Oficina de la Mujer atendió a 320 mujeres durante el año.\n"
        "Más información: www.inamu.go.cr\n",
    )
    assert {(o.value, o.country) for o in found} == {(320, "CR")}


def test_guard_link_shorteners_and_bare_domains_name_no_country() -> None:
    assert infer_country(["ver t.co/abc y bit.ly/x"]).code == ""
    assert infer_country(["el dominio gob.pe y go.cr sin dirección"]).code == ""
    # the addresses read before stay read
    assert infer_country(["https://www.gob.mx/inmujeres"]).code == "MX"
    assert infer_country(["www.mimp.gob.pe"]).code == "PE"
    assert infer_country(["www.inmujeres.gub.uy"]).code == "UY"
