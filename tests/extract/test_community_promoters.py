"""Women's community networks and community promoters against gender violence, met in the
development corpus (tests/acceptance/texts, part dev104): promoters and defenders whose
training the count's lead says ("se fortaleció las capacidades de 579 defensoras
comunitarias", "se está formando a más 30 mujeres") are people trained, never a service's
staff; a part after "de los cuales" whose clause says the report's division by its level's
word ("de los cuales 11 fueron en la provincia") is that division's, never the country's of its
whole. Each document case reads the real document as the corpus runner does (its source line
blanked); each guard reads a sentence whose reading must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, extracted


def _read(tmp_path: Path, text: str) -> list[tuple[float, str, str]]:
    """Value, indicator and first-level division of each value of ``text`` (line 2 on)."""
    return [
        (float(o.value), o.indicator_id, o.admin1)
        for o in extracted(tmp_path, "Informe\n" + text + "\n")
        if o.value is not None
    ]


def _found(tmp_path: Path, name: str) -> dict[tuple[str, float], tuple[str, str]]:
    return {
        (o.source_locator.split()[0], float(o.value)): (o.indicator_id, o.admin1)
        for o in corpus_document(tmp_path, name)
        if o.value is not None
    }


def test_defenders_whose_capacities_were_strengthened_are_trained(tmp_path: Path) -> None:
    """pe_aurora_estrategia_rural_defensoras_comunitarias_2020_2022 (dev104), line 4: "se
    fortaleció las capacidades de 579 defensoras comunitarias" was published as the staff of
    a care service (personal_atencion)."""
    found = _found(tmp_path, "pe_aurora_estrategia_rural_defensoras_comunitarias_2020_2022")
    assert found[("line:4", 579.0)][0] == "personas_capacitadas_genero"


def test_women_being_trained_as_promoters_are_trained(tmp_path: Path) -> None:
    """bo_tarija_secretaria_mujer_promotoras_comunitarias (dev104), line 3: "se está formando
    a más 30 mujeres que coadyuvarán en la prevención" had no indicator."""
    found = _found(tmp_path, "bo_tarija_secretaria_mujer_promotoras_comunitarias")
    assert found[("line:3", 30.0)][0] == "personas_capacitadas_genero"


def test_promoters_formed_are_trained(tmp_path: Path) -> None:
    """ "Se formaron 40 promotoras comunitarias" (training said by the lead's verb, as
    "Se capacitó a 200 promotoras") was published as a service's staff."""
    assert _read(tmp_path, "Se formaron 40 promotoras comunitarias en el municipio.") == [
        (40.0, "personas_capacitadas_genero", "")
    ]


def test_a_services_promoters_stay_its_staff(tmp_path: Path) -> None:
    """Guards: a centre's promoters who attend women stay its staff, and strengthened
    capacities of municipalities count no people trained."""
    assert _read(tmp_path, "El centro cuenta con 12 promotoras que atienden a las mujeres.") == [
        (12.0, "personal_atencion", "")
    ]
    found = _read(tmp_path, "Se fortalecieron las capacidades de 20 municipios.")
    assert [(v, i) for v, i, _ in found] == [(20.0, "sin_clasificar")]


def test_a_part_in_the_reports_province_is_the_provinces(tmp_path: Path) -> None:
    """ec_prefectura_pichincha_promotoras_warmi (dev104), line 8: "se han cometido 91
    feminicidios en el país, de los cuales 11 fueron en la provincia" (the Prefectura de
    Pichincha's) published the 11 as the country's."""
    found = _found(tmp_path, "ec_prefectura_pichincha_promotoras_warmi")
    assert found[("line:8", 91.0)] == ("femicidios", "")
    assert found[("line:8", 11.0)] == ("femicidios", "EC-P")


def test_a_part_of_a_national_whole_stays_national(tmp_path: Path) -> None:
    """Guard: a part after "de los cuales" that names no place stays its national whole's."""
    found = _read(
        tmp_path,
        "La Prefectura de Pichincha informó que se registraron 91 feminicidios en el país, "
        "de los cuales 11 fueron por arma de fuego.",
    )
    assert [(v, a) for v, _, a in found] == [(91.0, ""), (11.0, "")]


def test_a_level_word_with_a_word_after_it_is_no_division(tmp_path: Path) -> None:
    """Guard: "en el departamento judicial" in a partido's report is its judicial district, no
    division named by its level's word alone (lexicon ``scope.division_bare``): the femicide
    stays the municipality's, as the report's other counts (`raw/ar_lujan_informe_2024.txt`)."""
    text = (
        "INFORME DE GESTIÓN 2024\n"
        "Municipio de Luján – Dirección de Géneros y Diversidad\n"
        "- Se entregaron 108 botones antipánico.\n"
        "- Femicidios en el departamento judicial durante el año: 1.\n"
    )
    found = {
        float(o.value): (o.indicator_id, o.admin1, o.municipality_code)
        for o in extracted(tmp_path, text)
        if o.value is not None
    }
    assert found[1.0] == ("femicidios", "AR-B", "06497")
    assert found[108.0][1:] == ("AR-B", "06497")
