"""A paragraph whose label is a first-level division ("Santa Cruz: Es el departamento con ...")
speaks of that division in each of its sentences: from a real report of the Bolivian police's
complaints of family violence by department."""

from __future__ import annotations

from pathlib import Path

from extract.reports import described

TEXT = (
    "Se evidencia una tendencia general al alza en las denuncias de violencia familiar en "
    "Bolivia. Desde 2015 hasta 2019, el número total de denuncias aumentó de 33,522 a 35,576.\n"
    "Análisis por departamento:\n"
    "Santa Cruz: Es el departamento con el mayor número de denuncias a lo largo del período, "
    "representando el 40% del total en 2021. Desde 2015, su participación ha crecido "
    "considerablemente, comenzando con el 25% y alcanzando un pico del 43% en 2020.\n"
    "La Paz: La Paz ocupa el segundo lugar. En 2020, registró una baja notable con 5,994 "
    "denuncias, equivalente al 20% del total.\n"
    "Cochabamba: Este departamento ha mantenido una participación estable durante los siete "
    "años analizados. En 2021, representó el 14% con 4,762 denuncias."
)


def test_each_sentence_of_a_paragraph_labelled_by_a_department_is_that_departments(
    tmp_path: Path,
) -> None:
    found = described(
        tmp_path, "bo_policia.txt", "Denuncias de violencia familiar", TEXT, division=True
    )
    assert [(row[0], row[1], row[5]) for row in found if row[0] != "line:2"] == [
        ("line:4", 40.0, "BO-S"),
        ("line:4", 25.0, "BO-S"),
        ("line:4", 43.0, "BO-S"),
        ("line:5", 5994.0, "BO-L"),
        ("line:5", 20.0, "BO-L"),
        ("line:6", 14.0, "BO-C"),
        ("line:6", 4762.0, "BO-C"),
    ]
    assert {row[4] for row in found} == {"BO"}
    assert [row[6:] for row in found if row[1] == 4762.0] == [("2021-01-01", "2021-12-31")]


def test_a_part_after_de_los_cuales_is_its_totals_province(tmp_path: Path) -> None:
    # Cuba's courts (ONEI figures in the press): cases of sexual violence against women, 2024
    found = described(
        tmp_path,
        "cu_tribunales_2024.txt",
        "",  # the report opens on its text (line 1 is blank)
        "Los tribunales cubanos registraron en 2024 un total de 230 procesos judiciales "
        "vinculados a delitos de violencia sexual contra mujeres de 15 años y más.\n"
        "Provincias con mayores registros\n"
        "La Habana encabezó la lista con 51 casos en total, de los cuales 31 fueron por "
        "agresión sexual. Le siguieron Las Tunas con 22 y Granma con 21, donde también se "
        "reportaron 11 hechos de agresión sexual. Ciego de Ávila sumó 9 sucesos, la misma cifra "
        "que Las Tunas en esa modalidad.",
        division=True,
    )
    assert [(row[0], row[1], row[4], row[5]) for row in found if row[0] == "line:4"][:4] == [
        ("line:4", 51.0, "CU", "CU-03"),
        ("line:4", 31.0, "CU", "CU-03"),
        ("line:4", 22.0, "CU", "CU-10"),
        ("line:4", 21.0, "CU", "CU-12"),
    ]
    assert {row[6:] for row in found} == {("2024-01-01", "2024-12-31")}
