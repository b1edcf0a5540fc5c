"""Numbers in words whose noun is elided or said before a colon, from real reports: "Veintiocho
han sido ubicadas" after the count of reports, "Solo cuatro resultaron ser exparejas" after the
count of partners, "el que más casos de feminicidio registra: ocho en total". Each value with
its line, indicator, place and period."""

from __future__ import annotations

from pathlib import Path

from .reports import described

# Paraguay's Ministerio Público on the femicides of 2024 (its open data)
PY_TITLE = "Ministerio Público del Paraguay: feminicidios 2024"
PY_TEXT = (
    "El capítulo de “Violencia contra la Mujer” del Programa de Datos Abiertos del Ministerio "
    "Público registra este año un total de 19 mujeres asesinadas por sus parejas o exparejas en "
    "Paraguay.\n"
    "A nivel país, el departamento Central es el que más casos de feminicidio registra: ocho en "
    "total. La capital del país, así como Amambay, Alto Paraguay, Caaguazú, Guairá, Canindeyú, y "
    "Paraguarí, San Pedro y Alto Paraná registran cada uno un caso, este 2024.\n"
    "En lo que respecta al vínculo entre los agresores y las mujeres asesinadas, la mayoría "
    "corresponde a parejas actuales en el momento de los hechos: 12 en total. Solo cuatro "
    "resultaron ser exparejas, y los otros casos corresponden a un exyerno, un padre y otro a "
    "determinar."
)


def test_a_word_number_closing_on_en_total_after_a_colon_counts_what_the_colon_announces(
    tmp_path: Path,
) -> None:
    found = described(tmp_path, "py_mp_2024.txt", PY_TITLE, PY_TEXT, division=True)
    lines = [row for row in found if row[0] == "line:3"]
    assert lines[0] == (
        "line:3", 8.0, "femicidios", "femicidios", "PY", "PY-11", "2024-01-01", "2024-12-31"
    )  # fmt: skip


def test_a_word_number_after_solo_opening_a_sentence_counts_the_partners_just_counted(
    tmp_path: Path,
) -> None:
    found = described(tmp_path, "py_mp_2024.txt", PY_TITLE, PY_TEXT)
    assert [row[:2] for row in found if row[0] == "line:4"] == [("line:4", 12.0), ("line:4", 4.0)]
    four = next(row for row in found if row[:2] == ("line:4", 4.0))
    assert four[4:] == ("PY", "2024-01-01", "2024-12-31")


def test_a_word_number_opening_a_sentence_on_a_perfect_counts_the_reports_before(
    tmp_path: Path,
) -> None:
    # Panama's Ministerio Público on missing women, 2025
    found = described(
        tmp_path,
        "pa_mp_2025.txt",
        "La Unidad de Personas Desaparecidas del Ministerio Público de Panamá confirmó que en lo que va "
        "del año 2025, se han registrado 752 reportes de mujeres desaparecidas.",
        "La provincia de Colón es un foco de preocupación. En la provincia se registraron 29 "
        "reportes de mujeres desaparecidas. Veintiocho han sido ubicadas, pero una menor de edad "
        "permanece sin ser localizada, según la información oficial.",
    )
    assert [(row[0], row[1], row[4]) for row in found if row[0] == "line:2"] == [
        ("line:2", 29.0, "PA"),
        ("line:2", 28.0, "PA"),
    ]


def test_a_colon_and_en_total_without_a_count_noun_before_is_no_value(tmp_path: Path) -> None:
    found = described(
        tmp_path,
        "informe.txt",
        "Ministerio Público del Paraguay, 2024",
        "Las causas que se estudiaron son dos: ocho en total. No dos han sido ubicadas.",
    )
    assert [row[:2] for row in found if row[0] == "line:2"] == []


def test_otros_before_a_word_number_then_a_verb_counts_more_of_what_was_just_counted(
    tmp_path: Path,
) -> None:
    # El Salvador's Fiscalía General de la República, its complaints of 2021 by the victim's sex
    found = described(
        tmp_path,
        "sv_fgr_2021.txt",
        "Fiscalía General de la República de El Salvador: hechos de violencia 2021",
        "Según datos de la Fiscalía General de la República (FGR), recopilados en el estudio, en "
        "2021 esta institución recibió denuncias por 3,249 hechos de violencia contra personas "
        "adultas y en los cuales se catalogó el sexo de la víctima. Otros nueve aparecen con "
        "sexo no determinado, aclaró el informe.",
    )
    assert [row for row in found if row[0] == "line:2"] == [
        ("line:2", 3249.0, "denuncias_violencia", "denuncias", "SV", "2021-01-01", "2021-12-31"),
        ("line:2", 9.0, "denuncias_violencia", "denuncias", "SV", "2021-01-01", "2021-12-31"),
    ]
