"""A state budget, one row per programme, on real cells of tests/acceptance/corpus_dev33.

Jalisco's authorised expenditure budget of 2018 (Transversal Think Tank's open-budget
repository, crenteriam/Transversal-Presupuesto-Abierto, "egresos 2018.csv"; Latin-1): the
kind of spending, the budget unit "up" and the responsible unit "ur" by name, the programme's
code "pp", the programme's name, the amount "importe" in pesos and "year". The code is a key,
never money; the two units say whose each amount is, and keep apart two programmes of one
name under two responsible units.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read

# the file's header and its rows 19-28 and 259 (the women's institute's four programmes, the
# Centro de Justicia para las Mujeres', and programme 699 under two responsible units), as
# the file writes them (its accents are capitals: "PrevenciOn")
ROWS = """tipo de gasto,up,ur,pp,programa presupuestario,importe,year
PROGRAMABLE,SECRETARIA GENERAL DE GOBIERNO,SECRETARIA GENERAL DE GOBIERNO,804,"Programa Estatal de ProtecciOn Integral de niñas, niños, y adolescentes","4,040,731.00",2018
PROGRAMABLE,SECRETARIA GENERAL DE GOBIERNO,SECRETARIA GENERAL DE GOBIERNO,805,"Seguridad, certeza en los actos jurIdicos, firma electrOnica, guarda , custodia de los inmuebles del Estado","15,209,232.00",2018
PROGRAMABLE,SECRETARIA GENERAL DE GOBIERNO,INSTITUTO JALISCIENSE DE LAS MUJERES,676,Programa para la igualdad entre mujeres y hombres,"6,122,298.14",2018
PROGRAMABLE,SECRETARIA GENERAL DE GOBIERNO,INSTITUTO JALISCIENSE DE LAS MUJERES,677,Programa para Incorporar la Transversalidad de la Perspectiva de GEnero en el Sector PUblico,"4,368,608.50",2018
PROGRAMABLE,SECRETARIA GENERAL DE GOBIERNO,INSTITUTO JALISCIENSE DE LAS MUJERES,678,PrevenciOn y AtenciOn de la Violencia contra las Mujeres,"19,624,721.50",2018
PROGRAMABLE,SECRETARIA GENERAL DE GOBIERNO,INSTITUTO JALISCIENSE DE LAS MUJERES,679,Fortalecimiento Institucional en temas de igualdad y perspectiva de gEnero,"6,877,273.86",2018
PROGRAMABLE,SECRETARIA GENERAL DE GOBIERNO,INSTITUTO JALISCIENSE DE LA JUVENTUD,682,Programa de Bienestar Juvenil,"12,886,202.51",2018
PROGRAMABLE,SECRETARIA GENERAL DE GOBIERNO,INSTITUTO JALISCIENSE DE LA JUVENTUD,683,Programa de ComunicaciOn Efectiva,"2,961,797.49",2018
PROGRAMABLE,SECRETARIA GENERAL DE GOBIERNO,INSTITUTO JALISCIENSE DE LA JUVENTUD,699,ProcuradurIa de la Defensa Fiscal y Administrativa del Estado de Jalisco y Sus Municipios,"1,000,000.00",2018
PROGRAMABLE,SECRETARIA GENERAL DE GOBIERNO,PROCURADURIA DE LA DEFENSA FISCAL Y ADMINISTRATIVA DEL ESTADO DE JALISCO Y SUS MUNICIPIOS,699,ProcuradurIa de la Defensa Fiscal y Administrativa del Estado de Jalisco y Sus Municipios,"1,000,000.00",2018
PROGRAMABLE,FISCALIA GENERAL DEL ESTADO,FISCALIA GENERAL DEL ESTADO (CENTRO DE JUSTICIA PARA LAS MUJERES),497,"AtenciOn integral especializada a mujeres vIctimas de violencia familiar, sexual o por razones de gEnero, asI como a sus hijas e hijos","28,703,373.26",2018
"""


def _read(tmp_path: Path) -> list:
    path = tmp_path / "mx_jalisco_egresos_2018_programa_presupuestario.csv"
    path.write_bytes(ROWS.encode("latin-1"))
    return read(path, country="MX")


def test_the_programme_code_is_never_money(tmp_path: Path) -> None:
    out = _read(tmp_path)
    # one amount a programme (first run: the code "pp" beside it, 804 ... 497 as pesos)
    assert len(out) == 11
    assert {o.source_locator[:1] for o in out} == {"F"}
    assert not {804.0, 676.0, 678.0, 699.0, 497.0} & {o.value for o in out}
    assert {o.unit for o in out} == {"MXN"}
    assert {o.period_start for o in out} == {"2018-01-01"}


def test_the_budget_units_are_the_breakdown(tmp_path: Path) -> None:
    out = _read(tmp_path)
    got = {(o.breakdown_dimension, o.breakdown_value, o.activity): o.value for o in out}
    # (the kind of spending, one on these rows, is no breakdown of them)
    dims = "unidad_presupuestal+unidad_responsable"
    women = "SECRETARIA GENERAL DE GOBIERNO | INSTITUTO JALISCIENSE DE LAS MUJERES"
    assert got[(dims, women, "PrevenciOn y AtenciOn de la Violencia contra las Mujeres")] == (
        19624721.5
    )
    assert sum(v for (_, b, _), v in got.items() if b == women) == 36992902.0
    justice = "FISCALIA GENERAL DEL ESTADO (CENTRO DE JUSTICIA PARA LAS MUJERES)"
    assert [v for (_, b, _), v in got.items() if b.endswith(justice)] == [28703373.26]
    # programme 699 under two responsible units: two amounts, never one of 2,000,000
    fiscal = [v for (_, b, a), v in got.items() if a.startswith("ProcuradurIa de la Defensa")]
    assert sorted(fiscal) == [1000000.0, 1000000.0]
    assert 2000000.0 not in {o.value for o in out}


def test_a_budget_unit_is_no_unit_of_measure() -> None:
    import pandas as pd

    from genero_etl.tabular.lexicon import load_lexicon
    from genero_etl.tabular.roles import infer_roles, profile_column

    lex = load_lexicon()

    def role_of(header: str, values: list[object]) -> tuple[str, str]:
        data = pd.DataFrame({0: values})
        found = infer_roles([profile_column(data, 0, header, lex)], lex)[0]
        return found.role, found.kind

    names = ["DESPACHO DEL GOBERNADOR", "SECRETARIA GENERAL DE GOBIERNO", "PROCURADURIA SOCIAL"]
    assert role_of("up", names) == ("category", "unidad_presupuestal")
    assert role_of("Unidad Responsable", names) == ("category", "unidad_responsable")
    # a unit's code ("02", "000"), however many: a key of the breakdown, never a count
    assert role_of("UR", [f"{n:03d}" for n in range(0, 40)]) == ("category", "unidad_responsable")
    assert role_of("pp", [636, 10, 15, 19, 24, 26, 27, 36, 45, 46, 711])[0] == "identifier"
    # a unit of measure is still one
    assert role_of("Unidad", ["Personas", "Casos", "Personas"]) == ("unit", "")
