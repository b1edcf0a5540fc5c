"""Numbered communes and plans, a programme's places and a survey's share given with its age
band, met in the development corpus (tests/acceptance/texts, part dev38, periodic accounts of
regional, provincial and municipal women's offices): Cúcuta's Secretaría de la Mujer ("las
Comunas 4, 7 y 8 son las que concentran el mayor índice de violencia"); the women's seremi of
Magallanes ("Plan 18 Seguro: Seremi de la Mujer y Carabineros ..."); SernamEG's regional
director in Antofagasta ("El Programa Mujer Emprende, con 90 cupos en la región"); the Programa
Aurora before Peru's Congress ("el 54.8% de mujeres comprendidas entre los 15 años a 49 años
de edad han sido víctima de alguna modalidad de violencia"). Each document case reads the real
document as the corpus runner does (its source line blanked) and asserts the line, the number,
the indicator, the place and the period of what is published; each sentence case guards what
must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, extracted, facts


def test_numbered_communes_are_no_counts(tmp_path: Path) -> None:
    """co_cucuta_secretaria_mujer_violencia_intrafamiliar_2024 (dev38): the communes 4, 7 and
    8 (line 7) were published as three counts of complaints; the complaints of 2024 and 2023
    and the femicides stay, with their place and year."""
    found = facts(
        corpus_document(tmp_path, "co_cucuta_secretaria_mujer_violencia_intrafamiliar_2024")
    )
    assert not [row for row in found if row[0] == "line:7"]
    assert [(row[0], row[1], row[3], row[4], row[5]) for row in found] == [
        ("line:3", 745.0, "CO", "CO-NSA", "2024-01-01"),
        ("line:3", 39.0, "CO", "CO-NSA", "2024-01-01"),
        ("line:4", 1911.0, "CO", "CO-NSA", "2024-01-01"),
        # "141 por ciento más que en 2023, cuando la cifra alcanzaba 793": 2023's
        ("line:4", 793.0, "CO", "CO-NSA", "2023-01-01"),
    ]


def test_a_plan_named_by_its_number_is_no_count(tmp_path: Path) -> None:
    """cl_seremi_mujer_magallanes_catalogo_derechos_2025 (dev38): "Plan 18 Seguro" (the title,
    line 2) was a value; the national offices that will carry the catalogue stay, national."""
    found = facts(corpus_document(tmp_path, "cl_seremi_mujer_magallanes_catalogo_derechos_2025"))
    assert not [row for row in found if row[0] == "line:2"]
    assert [(row[0], row[1], row[3], row[4]) for row in found] == [
        ("line:4", 100.0, "CL", ""),
        ("line:4", 95.0, "CL", ""),
        ("line:4", 138.0, "CL", ""),
    ]
    assert [row[2] for row in found if row[1] == 95.0] == ["centros_atencion"]


def test_a_programmes_places_are_no_count(tmp_path: Path) -> None:
    """cl_sernameg_antofagasta_directora_regional_programas_2025 (dev38): "con 90 cupos en la
    región" (line 7) is the programme's room, not whom it served; the women Jefas de Hogar
    benefited in the country in 2024 stay."""
    found = facts(
        corpus_document(tmp_path, "cl_sernameg_antofagasta_directora_regional_programas_2025")
    )
    assert found == [
        ("line:6", 51000.0, "beneficiarios_directos", "CL", "", "2024-01-01", "2024-12-31")
    ]


def test_a_survey_share_given_with_its_age_band_is_no_value(tmp_path: Path) -> None:
    """pe_aurora_comision_mujer_congreso_feminicidios_2022 (dev38): "el 54.8% de mujeres
    comprendidas entre los 15 años a 49 años de edad han sido víctima de ..." (line 5) is a
    survey's prevalence; the femicides of 2021 on the same line stay."""
    found = facts(corpus_document(tmp_path, "pe_aurora_comision_mujer_congreso_feminicidios_2022"))
    assert 54.8 not in [row[1] for row in found]
    assert ("line:5", 136.0, "femicidios", "PE", "", "2021-01-01", "2021-12-31") in found
    assert ("line:2", 8.0, "femicidios", "PE", "", "2022-01-01", "2022-12-31") in found


def test_counts_before_the_units_noun_and_shares_of_records_stay(tmp_path: Path) -> None:
    """What must stay: a count of communes (before its noun), a share of the office's own
    records, and a share of women with their ages but no verb of having lived violence."""
    text = (
        "Informe semestral de la Secretaría de la Mujer\n"
        "La secretaría trabajó en 15 comunas de la ciudad y atendió 230 mujeres.\n"
        "El 45% de las mujeres atendidas denunció violencia física.\n"
        "El 30% de mujeres entre 15 y 29 años atendidas por el centro pidió asesoría legal.\n"
    )
    values = [(o.source_locator.split()[0], float(o.value)) for o in extracted(tmp_path, text)]
    assert ("line:2", 15.0) in values
    assert ("line:2", 230.0) in values
    assert ("line:3", 45.0) in values
    assert ("line:4", 30.0) in values
