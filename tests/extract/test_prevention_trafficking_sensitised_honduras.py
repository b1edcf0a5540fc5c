"""People a body sensitised and the bodies that say Honduras, met in the development corpus
(tests/acceptance/texts, part dev41, prevention work and trafficking in persons): Zacatecas'
women's ministry ("sensibilizó a más de un millar de personas de 11 municipios") and Honduras'
commission against trafficking, whose page never names the country ("la Cicesct",
"la Agencia Técnica de Investigación Criminal (ATIC)", "la Dirección Policial de Investigación
(DPI)"). Each document case reads the real document as the corpus runner does (its source line
blanked) and asserts the line, the number, the indicator and the place of what is published;
each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts


def test_people_a_body_sensitised_are_people_trained(tmp_path: Path) -> None:
    """mx_zacatecas_semujer_sensibilizacion_municipios_2015 (dev41): "la Secretaría de las
    Mujeres (Semujer) sensibilizó a más de un millar de personas" (line 3) was left
    unclassified; the municipalities beside it stay a count without indicator."""
    found = corpus_facts(tmp_path, "mx_zacatecas_semujer_sensibilizacion_municipios_2015")
    rows = [row[:5] for row in found]
    assert ("line:3", 1000.0, "personas_capacitadas_genero", "MX", "MX-ZAC") in rows
    assert ("line:3", 11.0, "sin_clasificar", "MX", "MX-ZAC") in rows


def test_a_verb_of_sensitising_in_other_persons(tmp_path: Path) -> None:
    """The past of the third person plural and of the first person plural read alike."""
    found = text_facts(tmp_path, "Las promotoras sensibilizaron a 320 vecinas del barrio.")
    assert [row[:3] for row in found] == [("line:2", 320.0, "personas_capacitadas_genero")]
    found = text_facts(tmp_path, "Este año sensibilizamos a 75 docentes de secundaria.")
    assert [row[:3] for row in found] == [("line:2", 75.0, "personas_capacitadas_genero")]


def test_the_commission_against_trafficking_says_honduras(tmp_path: Path) -> None:
    """hn_cicesct_victimas_rescatadas_sensibilizacion_2024 (dev41): the page names the Cicesct,
    the ATIC and the DPI but never Honduras, and every value went out without a country; they
    are Honduran, national."""
    found = corpus_facts(tmp_path, "hn_cicesct_victimas_rescatadas_sensibilizacion_2024")
    assert [row[:5] for row in found if row[0] in ("line:3", "line:4")] == [
        ("line:3", 45.0, "sin_clasificar", "HN", ""),
        ("line:4", 10653.0, "personas_capacitadas_genero", "HN", ""),
    ]
    assert {row[3] for row in found} == {"HN"}


def test_the_investigation_agency_alone_says_honduras(tmp_path: Path) -> None:
    """The Ministerio Público's criminal investigation agency, with no other word of a country."""
    found = text_facts(
        tmp_path,
        "La Agencia Técnica de Investigación Criminal rescató a 12 víctimas en el último operativo.",
    )
    assert [row[1] for row in found] == [12.0]
    assert found[0][3] == "HN"
