"""A whole state budget: the gender programmes as gender budget, the others under a generic
indicator, on real cells of Jalisco's budgets.

2018: tests/acceptance/corpus_dev33, "egresos 2018.csv" (crenteriam/Transversal-Presupuesto-
Abierto; Latin-1, accents written as capitals), its header and rows 22 (programme 678, the
women's institute's) and 109 (programme 214, the state's roads). 2019: the shared corpus's
mx_jalisco_presupuesto_2019_programa_capitulo.xlsx, sheet "Datos", its three title rows, its
header and rows 71 (214, roads), 164 (497, women victims of violence), 238 (678) and 294 (924,
road safety), the first three chapters and "Total General".
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, workbook

ROWS_2018 = """tipo de gasto,up,ur,pp,programa presupuestario,importe,year
PROGRAMABLE,SECRETARIA GENERAL DE GOBIERNO,INSTITUTO JALISCIENSE DE LAS MUJERES,678,PrevenciOn y AtenciOn de la Violencia contra las Mujeres,"19,624,721.50",2018
PROGRAMABLE,SECRETARIA DE INFRAESTRUCTURA Y OBRA PUBLICA,SECRETARIA DE INFRAESTRUCTURA Y OBRA PUBLICA,214,ConservaciOn de la red carretera estatal,"636,279,736.00",2018
"""


def test_2018_roads_are_no_gender_budget(tmp_path: Path) -> None:
    path = tmp_path / "mx_jalisco_egresos_2018_programa_presupuestario.csv"
    path.write_bytes(ROWS_2018.encode("latin-1"))
    got = {(o.source_locator, o.value, o.unit, o.indicator_id) for o in read(path, country="MX")}
    assert got == {
        ("F2", 19624721.5, "MXN", "presupuesto_genero"),
        ("F3", 636279736.0, "MXN", "presupuesto_programa"),
    }


def test_2019_gender_programmes_by_their_names(tmp_path: Path) -> None:
    header = ["Programa Presupuestario", "Servicios Personales", "Materiales y Suministros",
              "Servicios Generales", "Transferencias, Asignaciones, Subsidios y Otras Ayudas",
              "Bienes Muebles, Inmuebles e Intangibles", "Inversión Pública",
              "Inversiones Financieras y Otras Provisiones", "Participaciones y Aportaciones",
              "Deuda Pública", "Total General"]  # fmt: skip
    blank = [None] * 10
    path = workbook(
        tmp_path / "mx_jalisco_presupuesto_2019_programa_capitulo.xlsx",
        {
            "Datos": [
                ["Gobierno del Estado de Jalisco", *blank],
                ["Presupuesto de egresos para el ejercicio fiscal 2019", *blank],
                ["Por Programa Presupuestario y Capítulo de Gasto", *blank],
                header,
                ["214 Conservación de la red carretera estatal", 52905904, 310800, 1144170,
                 75000000, 338500, 1123061991, 0, 0, 0, 1252761365],
                ["497 Atención integral especializada a mujeres víctimas de violencia familiar, "
                 "sexual o por razones de género, así como a sus hijas e hijos",
                 24918778, 5178459.84, 1029049.34, 11015000, 350850, 0, 0, 0, 0, 42492137.18],
                ["678 Prevención y Atención de la Violencia contra las Mujeres",
                 0, 0, 0, 18383152, 0, 0, 0, 0, 0, 18383152],
                ["924 Programa de mejora de la Seguridad Vial",
                 0, 0, 0, 200000000, 0, 0, 0, 0, 0, 200000000],
            ]
        },
    )  # fmt: skip
    out = read(path, country="MX")
    by_cell = {o.source_locator: (o.value, o.indicator_id) for o in out}
    assert by_cell["Datos!G5"] == (1123061991.0, "presupuesto_programa")
    assert by_cell["Datos!K5"] == (1252761365.0, "presupuesto_programa")
    assert by_cell["Datos!B6"] == (24918778.0, "presupuesto_genero")
    assert by_cell["Datos!K6"] == (42492137.18, "presupuesto_genero")
    assert by_cell["Datos!K7"] == (18383152.0, "presupuesto_genero")
    assert by_cell["Datos!K8"] == (200000000.0, "presupuesto_programa")
    # every amount is one of the two, in pesos
    assert {o.indicator_id for o in out} == {"presupuesto_genero", "presupuesto_programa"}
    assert {o.unit for o in out} == {"MXN"}
