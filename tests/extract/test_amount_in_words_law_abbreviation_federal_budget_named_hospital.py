"""An amount written again in words in brackets, a law numbered after "N.º", Mexico's federal
budget named without the country, and a province's name inside a hospital's, met in the
development corpus (tests/acceptance/texts, part dev34): "S/ 560 683 238,00 (QUINIENTOS
SESENTA MILLONES ... SOLES)"; "la Ley N.º 30879"; "En el Presupuesto de Egresos de la
Federación 2026 ... 599 mil 145 millones de pesos"; "trabajadores del Hospital San Juan
Bautista" (Catamarca's); "15 mil agentes de la Administración Pública fueron capacitados en Ley
Micaela" (the body's name between the count and its verb). Each document case reads the real document as the corpus runner does
(its source line blanked) and asserts the line, the number, the indicator, the unit, the place
and the period of what is published, and that what was read wrongly before is gone; each
sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, extracted, facts

Row = tuple[str, float, str | None, str, str, str, str, str]


def _rows(tmp_path: Path, text: str, name: str = "x.txt") -> list[Row]:
    """Line, value, indicator, unit, country, first-level division and period of every value."""
    return facts(extracted(tmp_path, text, name), unit=True)


def _read(tmp_path: Path, name: str) -> list[Row]:
    """The values of the corpus document ``name``, its source line blanked."""
    return facts(corpus_document(tmp_path, name), unit=True)


def test_an_amount_said_again_in_words_in_brackets_is_one_value(tmp_path: Path) -> None:
    """pe_ds_001_2023_mimp_ppor_rvcm_asignacion (dev34): the 2023 budget law's allocation,
    "S/ 560 683 238,00 (QUINIENTOS SESENTA MILLONES SEISCIENTOS OCHENTA Y TRES MIL DOSCIENTOS
    TREINTA Y OCHO Y 00/100 SOLES)", is one amount (the words in brackets gave it twice)."""
    found = _read(tmp_path, "pe_ds_001_2023_mimp_ppor_rvcm_asignacion")
    assert found == [
        (
            "line:8",
            560683238.0,
            "presupuesto_genero",
            "PEN",
            "PE",
            "",
            "2023-01-01",
            "2023-12-31",
        )
    ]


def test_words_in_brackets_after_digits_of_the_same_amount_are_no_second_value(
    tmp_path: Path,
) -> None:
    """In lower case too; words that say another number than the digits before them stay."""
    text = (
        "# informe\n"
        "La ley asigna al programa la suma de S/ 258 940 167,00 (doscientos cincuenta y ocho "
        "millones novecientos cuarenta mil ciento sesenta y siete y 00/100 soles), para 2023.\n"
    )
    found = _rows(tmp_path, text)
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in found] == [
        ("line:2", 258940167.0, "presupuesto_genero", "PEN", "PE")
    ]
    assert found[0][6:] == ("2023-01-01", "2023-12-31")


def test_a_law_numbered_after_n_point_ordinal_is_no_value(tmp_path: Path) -> None:
    """pe_mimp_ppor_rvcm_hitos_presupuesto_2020 (dev34): "A través de la Ley N.º 30879, Ley del
    presupuesto ... para el Año Fiscal 2019" gave 30879 as people attended; the three amounts of
    2020 stay."""
    found = _read(tmp_path, "pe_mimp_ppor_rvcm_hitos_presupuesto_2020")
    assert not [r for r in found if r[1] == 30879.0]
    assert found == [
        ("line:8", v, "presupuesto_genero", "PEN", "PE", "", "2020-01-01", "2020-12-31")
        for v in (572000000.0, 160000000.0, 185200000.0)
    ]


def test_numbers_after_n_point_ordinal_or_degree_are_identifiers(tmp_path: Path) -> None:
    """ "la Ley N.º 30879 y la Resolución N.° 162": both numbers name a norm (162 was counted
    as people attended); the count of the sentence stays."""
    text = (
        "# informe\n"
        "La Ley N.º 30879 y la Resolución N.° 162 dispusieron que se atendieran 40 mujeres "
        "en 2024.\n"
    )
    found = _rows(tmp_path, text)
    assert [(r[0], r[1]) for r in found] == [("line:2", 40.0)]
    assert found[0][6:] == ("2024-01-01", "2024-12-31")


def test_the_federal_budget_of_expenditure_is_mexicos(tmp_path: Path) -> None:
    """mx_diputados_anexo13_pef_2026 (dev34): "el Presupuesto de Egresos de la Federación 2026
    ... 599 mil 145 millones de pesos ... (479 mil 248 millones de pesos)" names no country;
    the federal budget is Mexico's, so its pesos are MXN (they had no country and no unit)."""
    found = _read(tmp_path, "mx_diputados_anexo13_pef_2026")
    by_value = {(r[0], r[1]): r for r in found}
    assert by_value[("line:2", 599145000000.0)] == (
        "line:2",
        599145000000.0,
        "presupuesto_genero",
        "MXN",
        "MX",
        "",
        "2026-01-01",
        "2026-12-31",
    )
    assert by_value[("line:2", 479248000000.0)][2:] == (
        "presupuesto_genero",
        "MXN",
        "MX",
        "",
        "2025-01-01",
        "2025-12-31",
    )
    assert by_value[("line:9", 14550000000.0)][2:5] == ("presupuesto_genero", "MXN", "MX")


def test_a_province_named_inside_a_hospitals_name_is_no_place(tmp_path: Path) -> None:
    """ar_catamarca_ley_micaela_agentes_certificados_2023 (dev34): Catamarca's agents trained
    under Ley Micaela include "trabajadores del Hospital San Juan Bautista"; the hospital's name
    made every figure San Juan's (AR-J). The text names no province: the figures stay
    Argentina's, with no province, rather than a wrong one."""
    found = _read(tmp_path, "ar_catamarca_ley_micaela_agentes_certificados_2023")
    by_value = {(r[0], r[1]): r for r in found}
    assert by_value[("line:2", 15000.0)][4:6] == ("AR", "")
    assert by_value[("line:5", 15000.0)][4:6] == ("AR", "")
    assert by_value[("line:6", 36.0)][2:6] == (
        "ley_micaela_personas_capacitadas",
        "personas",
        "AR",
        "",
    )


def test_a_province_after_the_institutions_de_stays(tmp_path: Path) -> None:
    """ "cadetes de la Escuela Superior de Policía de Mendoza": the province after the name's
    "de" is still where the count was made."""
    text = (
        "# informe\n"
        "En 2024 se capacitaron en Ley Micaela 40 cadetes de la Escuela Superior de Policía "
        "de Mendoza.\n"
    )
    found = _rows(tmp_path, text)
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in found] == [
        ("line:2", 40.0, "ley_micaela_personas_capacitadas", "AR", "AR-M")
    ]
    assert found[0][6:] == ("2024-01-01", "2024-12-31")


def test_a_bodys_name_between_a_count_and_its_verb_leaves_the_clause_read(tmp_path: Path) -> None:
    """ar_catamarca_ley_micaela_agentes_certificados_2023 (dev34): "15 mil agentes de la
    Administración Pública fueron capacitados en Ley Micaela": the name of the body the agents
    belong to stood between their noun and the verb that says what was done, and the count was
    left unclassified."""
    found = _read(tmp_path, "ar_catamarca_ley_micaela_agentes_certificados_2023")
    by_value = {(r[0], r[1]): r for r in found}
    assert by_value[("line:2", 15000.0)][2:6] == (
        "ley_micaela_personas_capacitadas",
        "personas",
        "AR",
        "",
    )


def test_a_bodys_name_with_its_own_de_before_the_verb(tmp_path: Path) -> None:
    """ "150 agentes del Poder Judicial de la Provincia se capacitaron en Ley Micaela en 2024"."""
    text = (
        "# informe\n"
        "150 agentes del Poder Judicial de la Provincia se capacitaron en Ley Micaela en 2024.\n"
    )
    found = _rows(tmp_path, text)
    assert [(r[0], r[1], r[2], r[4]) for r in found] == [
        ("line:2", 150.0, "ley_micaela_personas_capacitadas", "AR")
    ]
    assert found[0][6:] == ("2024-01-01", "2024-12-31")
