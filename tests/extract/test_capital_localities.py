"""Capital districts and what lies in them (issue 10): a locality of a division that a text
names by another name too (the country files' ``admin1.localities``: Bogotá's twenty) is that
division's, never a homonym municipality or department elsewhere. Real documents of the text
corpus (tests/acceptance/texts/docs), read as the corpus runner reads them, and sentences of
other offices' pages that must not change."""

from __future__ import annotations

from genero_etl.countries import registry
from genero_etl.normalize.places import divisions_named, infer_place, localities_named

from .reports import places_listed_at as _places
from .reports import scratch_document as _document


def test_bogotas_twenty_localities_are_data() -> None:
    localities = registry().countries["CO"].admin1_localities["CO-DC"]
    assert len(localities) == 20
    assert "Ciudad Bolívar" in localities and "Kennedy" in localities


def test_ciudad_bolivar_of_the_care_blocks_is_bogotas() -> None:
    # dev80, co_sdmujer_manzanas_cuidado_ciudad_bolivar.txt: "En las laderas del sur de Bogotá
    # ... Ciudad Bolívar, una de las localidades más extensas y desiguales de la capital": the
    # three Manzanas del Cuidado's 32 mil women, 216 mil attentions and 70 % were Antioquia's
    # (its municipality Ciudad Bolívar), not Bogotá's
    observations = _document("co_sdmujer_manzanas_cuidado_ciudad_bolivar")
    assert {(country, admin1) for _, country, admin1 in _places(observations, "line:4")} == {
        ("CO", "CO-DC")
    }


_CARE_BLOCKS = (
    "En las laderas del sur de Bogotá, entre los barrios de Arborizadora Alta, Manitas y "
    "Mochuelo, miles de mujeres sostienen la vida de sus familias. Ciudad Bolívar, una de las "
    "localidades más extensas y desiguales de la capital, concentra buena parte de los trabajos "
    "de cuidado no remunerados."
)


def test_the_locality_counts_for_the_capital_not_the_department() -> None:
    named = divisions_named(_CARE_BLOCKS)
    assert named["CO-DC"] == 2 and "CO-BOL" not in named
    assert localities_named(_CARE_BLOCKS) == {"ciudad bolivar"}
    assert infer_place(_CARE_BLOCKS).place.admin1 == "CO-DC"


def test_a_list_of_localities_under_bogota_is_bogotas() -> None:
    # dev32, co_bogota_sdmujer_feminicidios_localidades_2025.txt: femicides typified "en cuatro
    # localidades", listed one a line under a report on Bogotá
    text = (
        "la secretaría de la Mujer presentó un panorama de cómo inició Bogotá este año.\n"
        "Ciudad Bolívar: mujer de 40 años.\nKennedy: mujer de 65 años.\n"
        "Bosa: mujer de 42 años.\nSan Cristóbal: mujer de 25 años.\n"
    )
    named = divisions_named(text)
    assert named["CO-DC"] == 5
    assert not any(iso.startswith("VE-") for iso in named)  # Bolívar, San Cristóbal's Táchira
    assert "CO-BOL" not in named


def test_guard_ciudad_bolivar_of_a_venezuelan_text_stays_venezuelan() -> None:
    # no Bogotá in the text: Ciudad Bolívar is the capital of Venezuela's Bolívar state
    text = (
        "La Defensoría del Pueblo de Venezuela atendió 120 denuncias de violencia contra la mujer "
        "en Ciudad Bolívar, estado Bolívar, durante el primer trimestre."
    )
    assert localities_named(text) == frozenset()
    assert "CO-DC" not in divisions_named(text)


def test_guard_the_department_of_bolivar_stays_bolivar() -> None:
    # dev52, co_defensoria_feminicidios_violencias_genero_enero_mayo_2024.txt: "Bolívar" alone
    # is the department, also in a text that names Bogotá
    text = (
        "Los casos de violencias de género fueron mayormente atendidos en Bolívar, departamento "
        "que registró 333 casos, y en Bogotá, con 294."
    )
    named = divisions_named(text)
    assert named["CO-BOL"] == 1 and named["CO-DC"] == 1
    assert localities_named(text) == frozenset()


def test_guard_antioquias_ciudad_bolivar_without_bogota() -> None:
    # Antioquia's municipality, in a text that never names Bogotá
    text = (
        "La Comisaría de Familia de Ciudad Bolívar, Antioquia, atendió 45 casos de violencia "
        "intrafamiliar en 2023."
    )
    assert localities_named(text) == frozenset()
    place = infer_place(text).place
    assert (place.country, place.admin1) == ("CO", "CO-ANT")


def test_lima_alone_is_the_city_of_the_central_105() -> None:
    # dev65, pe_pnp_central_105_violencia_familiar.txt: the police's Central de Emergencias 105,
    # "superan los 24, 000 reportes diario, solo en Lima": the city, Lima Metropolitana (PE-LMA),
    # once read as the region of Lima (PE-LIM), whose name it shares
    observations = _document("pe_pnp_central_105_violencia_familiar")
    assert _places(observations, "line:2") == [(24000.0, "PE", "PE-LMA")]
    assert {admin1 for _, _, admin1 in _places(observations, "line:6")} == {"PE-LMA"}


def test_guard_lima_beside_other_departments_stays_the_department() -> None:
    # dev61, pe_defensoria_reporte_igualdad_no_violencia_febrero_2020.txt: "Lima sigue
    # concentrando la mayor cantidad de reportes (95), seguida de Arequipa (11) y Junín (11)":
    # one of the country's departments, the region of Lima (the gold's PE-LIM)
    observations = _document("pe_defensoria_reporte_igualdad_no_violencia_febrero_2020")
    assert (95.0, "PE", "PE-LIM") in _places(observations, "line:6")
    assert (5.0, "PE", "PE-LIM") in _places(observations, "line:7")
