"""Where a report of a further office comes from: a country named once is not two pieces of
evidence, a country's name is not another country's municipality, an institution or a
people's language names its country, "$" means what it means in the country, and a figure
"en todo su territorio" is the country's."""

from __future__ import annotations

from pathlib import Path

from genero_etl.normalize.country_guess import infer_country
from genero_etl.normalize.units import currency_code
from genero_etl.pipeline import IngestOptions, extract_document


def test_a_country_name_is_not_also_its_demonym() -> None:
    text = (
        "El Ministerio Público recibió 61 mil 377 denuncias; lo informó Radio Nacional de "
        "Venezuela. También se refirió al trabajo que viene realizando Venezuela en la región. "
        "Ecuador y Argentina expusieron algunas experiencias."
    )
    guess = infer_country([text])
    assert guess.code == "VE"
    assert not any(label.startswith("demonym 'Argentina'") for label in guess.evidence)
    assert guess.scores["AR"] == 1.5  # the country named once, nothing more


def test_a_country_name_is_not_another_countrys_municipality() -> None:
    text = "La quinta sede de Ciudad Mujer fue inaugurada hoy en El Salvador."
    guess = infer_country([text])
    assert "MX" not in guess.scores  # "El Salvador" is also a municipality of Zacatecas


def test_an_indigenous_womens_defender_and_its_peoples_name_guatemala() -> None:
    text = (
        "En 2018, la Defensoría de la Mujer Indígena (Demi) brindó asistencia jurídica a 3 mil "
        "486 mujeres, de las cuales 2 mil 986 son mayas, 369 xinkas y 19 garífunas."
    )
    assert infer_country([text]).code == "GT"


def test_dollars_in_panama_are_us_dollars() -> None:
    assert currency_code("$", "PA") == "USD"
    assert currency_code("B/.", "PA") == "PAB"


def test_a_count_in_all_its_territory_is_national(tmp_path: Path) -> None:
    doc = tmp_path / "cem.txt"
    doc.write_text(
        "El MIMP inauguró un nuevo Centro de Emergencia Mujer en la ciudad de Iquitos (Loreto).\n"
        "La región de Loreto cuenta con un total de 13 CEM regulares. Con la inauguración el "
        "Perú suma 170 CEM en todo su territorio.\n",
        encoding="utf-8",
    )
    found = {
        (o.value, o.source_locator): (o.country, o.admin1)
        for o in extract_document(doc, doc.name, IngestOptions()).observation_list()
    }
    assert found == {(13.0, "line:2"): ("PE", "PE-LOR"), (170.0, "line:2"): ("PE", "")}


def test_a_ministry_of_the_poder_popular_is_venezuelan() -> None:
    """ve_minmujer_monagas_defensoras_comunales_2023 (dev25): every Venezuelan ministry is "del
    Poder Popular para ..."; Cuba's Poder Popular is its assemblies, so the ministry says
    Venezuela and nothing of Cuba."""
    text = (
        "Certifican a 242 defensoras comunales de derechos de la mujer en Maturín. En un acto "
        "lleno de identidad feminista, el gobierno del presidente Nicolás Maduro, a través de la "
        "ministra del Poder Popular para la Mujer e Igualdad de Género, certificaron a 242 "
        "defensoras comunales pertenecientes a las parroquias del municipio Maturín, cumpliendo "
        "así el quinto vértice de la Gran Misión Venezuela Mujer."
    )
    guess = infer_country([text])
    assert (guess.code, "CU" in guess.scores) == ("VE", False)


def test_the_womens_special_prosecutor_says_honduras() -> None:
    """hn_fep_mujer_san_pedro_sula_informe_2025 (dev25): the Ministerio Público's Fiscalía
    Especial de Protección a la Mujer (FEP-Mujer) is Honduras's."""
    text = (
        "La Fiscalía Especial de Protección a la Mujer (FEP-Mujer) cerró el año 2025 con un "
        "informe robusto que destaca la presentación de 746 requerimientos fiscales y la "
        "obtención de 46 sentencias condenatorias en San Pedro Sula."
    )
    assert infer_country([text]).code == "HN"


def test_the_ankle_monitors_office_and_its_law_say_uruguay() -> None:
    """uy_minterior_tobilleras_judicializados_inversion (dev25): the Dirección de Monitoreo
    Electrónico (Dimoe) and the Ley de Urgente Consideración are Uruguay's."""
    text = (
        "Este artículo fue aprobado en 2020 dentro de la Ley de Urgente Consideración (LUC), y "
        "desde ese entonces unas 459 personas fueron judicializadas por este delito. Actualmente "
        "el Ministerio del Interior cuenta con 2.300 tobilleras electrónicas, según un último "
        "relevamiento de la Dirección de Monitoreo Electrónico (Dimoe)."
    )
    assert infer_country([text]).code == "UY"
