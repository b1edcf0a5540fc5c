"""A place outline: a department's row, then the rows of its parts in the same column.

No development set holds such a table, and none was found among the local snapshots, so the
rows are those of a real published outline: INEI's "Perú: Estimaciones y proyecciones de
población total por sexo de las principales ciudades" (cuadro c0206, 2012; as copied at
id.scribd.com/document/357234412/c0206), its first five departments, each followed by its
main cities ("PROVINCIA - CIUDAD") and "RESTO DE POBLACIÓN", whose figures sum to the
department's (AREQUIPA 1,245,251 = 844,407 + 35,734 + 22,497 + 342,613). Read as a list of
places, the five "RESTO DE POBLACIÓN" rows fall on one key and were published as one figure,
2,115,481, that no cell states. The held-back case changes one cell of those rows (said
where), since a table whose outline does not add up was found nowhere.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import rows, staged_file, write

from genero_etl.pipeline import StagedFile

# (department, province or city, total, men, women), 2012, as INEI's cuadro c0206 writes them
C0206 = [
    ("PERU", 30135875, 15103003, 15032872),
    ("AMAZONAS", 417508, 219797, 197711),
    ("CHACHAPOYAS - CHACHAPOYAS", 27986, 13380, 14606),
    ("UTCUBAMBA - BAGUA GRANDE", 38112, 19840, 18272),
    ("RESTO DE POBLACIÓN", 351410, 186577, 164833),
    ("ÁNCASH", 1129391, 571378, 558013),
    ("HUARAZ - HUARAZ", 117774, 57927, 59847),
    ("CASMA - CASMA", 27879, 14233, 13646),
    ("SANTA - CHIMBOTE", 361291, 181399, 179892),
    ("RESTO DE POBLACIÓN", 622447, 317819, 304628),
    ("APURÍMAC", 451881, 230283, 221598),
    ("ABANCAY - ABANCAY", 57787, 28472, 29315),
    ("ANDAHUAYLAS - ANDAHUAYLAS", 57639, 28609, 29030),
    ("RESTO DE POBLACIÓN", 336455, 173202, 163253),
    ("AREQUIPA", 1245251, 618679, 626572),
    ("AREQUIPA - AREQUIPA", 844407, 407634, 436773),
    ("CAMANA - CAMANA", 35734, 18181, 17553),
    ("ISLAY - ISLAY", 22497, 11369, 11128),
    ("RESTO DE POBLACIÓN", 342613, 181495, 161118),
    ("AYACUCHO", 666029, 338989, 327040),
    ("HUAMANGA - AYACUCHO", 170750, 84551, 86199),
    ("HUANTA - HUANTA", 32723, 15778, 16945),
    ("RESTO DE POBLACIÓN", 462556, 238660, 223896),
]
HEADER = '"DEPARTAMENTO, PROVINCIA Y PRINCIPAL CIUDAD"'


def _ingest(tmp_path: Path, text: str) -> StagedFile:
    return staged_file(write(tmp_path, "pe_inei_c0206_ciudades_2012.csv", text), country="PE")


def test_an_outline_of_departments_and_cities_publishes_each_row_inside_its_department(
    tmp_path: Path,
) -> None:
    text = f"{HEADER},Población\n" + "".join(f'"{p}",{t}\n' for p, t, _, _ in C0206)
    out = rows(_ingest(tmp_path, text))
    rest = {o.admin1: o.value for o in out if o.breakdown_value == "RESTO DE POBLACIÓN"}
    # each department's rest of population is its own, never the five summed (2,115,481)
    assert rest == {"PE-AMA": 351410, "PE-ANC": 622447, "PE-APU": 336455, "PE-ARE": 342613,
                    "PE-AYA": 462556}  # fmt: skip
    assert 2115481 not in {o.value for o in out}
    arequipa = {o.breakdown_value: o for o in out if o.admin1 == "PE-ARE"}
    assert arequipa["_T"].value == 1245251 and arequipa["_T"].breakdown_dimension == "_T"
    city = arequipa["AREQUIPA - AREQUIPA"]
    assert city.value == 844407 and city.breakdown_dimension == "lugar"
    assert city.source_locator == "B17"  # one cell, never a sum of cells
    assert sorted(v.value for v in arequipa.values()) == [22497, 35734, 342613, 844407, 1245251]
    assert len(out) == len(C0206)  # every row published once, none summed with another


def test_the_outline_is_read_with_sexes_across(tmp_path: Path) -> None:
    text = f"{HEADER},Total,Hombre,Mujer\n" + "".join(
        f'"{p}",{t},{m},{w}\n' for p, t, m, w in C0206
    )
    out = rows(_ingest(tmp_path, text))
    women = {
        o.admin1: o.value
        for o in out
        if o.breakdown_value == "RESTO DE POBLACIÓN | mujeres"
        and o.breakdown_dimension == "lugar+sexo"
    }
    assert women == {"PE-AMA": 164833, "PE-ANC": 304628, "PE-APU": 163253, "PE-ARE": 161118,
                     "PE-AYA": 223896}  # fmt: skip
    assert {o.value for o in out if o.admin1 == "PE-ARE" and o.breakdown_dimension == "_T"} == {
        1245251
    }


def test_a_namesake_that_does_not_add_up_is_held_back_never_summed(tmp_path: Path) -> None:
    # AREQUIPA's department row followed by its province written as the department is
    # ("AREQUIPA", as INEI's tables by department and province write it), and the first
    # department's figure changed (417,509 for 417,508) so the outline no longer adds up:
    # the two AREQUIPA rows are two figures of one key, and their sum (2,089,658) no cell's,
    # nor the five departments' rests' (2,115,481)
    changed = [(p, t + (1 if p == "AMAZONAS" else 0)) for p, t, _, _ in C0206]
    changed = [("AREQUIPA" if p == "AREQUIPA - AREQUIPA" else p, t) for p, t in changed]
    text = f"{HEADER},Población\n" + "".join(f'"{p}",{t}\n' for p, t in changed)
    staged = _ingest(tmp_path, text)
    out = rows(staged)
    values = {o.value for o in out}
    assert 1245251 + 844407 not in values
    assert not {1245251, 844407} & values  # neither is published as Arequipa's
    held = [i for i in staged.issues if i.code == "table-rows-collide"]
    assert len(held) == 1 and held[0].source_file == "pe_inei_c0206_ciudades_2012.csv"
    # the two AREQUIPA rows (16, 17) and the five "RESTO DE POBLACIÓN" rows, each of another
    # department: none published, none summed
    assert "7 rows (rows 6, 11, 15, 16, 17, 20, 24)" in held[0].message("en")
    assert "7 filas (filas 6, 11, 15, 16, 17, 20, 24)" in held[0].message_es
    assert not [o for o in out if "RESTO" in o.breakdown_value] and 2115481 not in values
    assert 417509 in values  # the other rows as before: no outline read, nothing else held
