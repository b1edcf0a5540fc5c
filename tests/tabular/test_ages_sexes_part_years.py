"""Tables of counts by single age, sexes written as letters, years covered in part.

Real cells of tests/acceptance/corpus_dev37 (CELADE-Proyecciones/Taller_Mortalidad_ALAP2024,
dat/): CEPAL's demography centre's population of Ecuador by year, single age (0-100) and sex
(``ec_celade_poblacion_edad_sexo_1950_2022.csv``) and its registered deaths by year, age and
sex (``ec_celade_defunciones_edad_sexo_1973_2022.csv``: five-year groups named by their first
age to 1989, single ages after). Their "age" column was read as a person's age (a register's
personal column): the deaths were not published, the population only as its sums.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, write

# ec_celade_poblacion_edad_sexo_1950_2022.csv: the men aged 0-11 in 1950 and the women aged
# 0-11 in 2022, as written (the file holds every age 0-100 of each year and sex)
POPULATION = """\
year,age,pob,sex
1950,0,56686.0372,m
1950,1,55081.33906,m
1950,2,53482.00945,m
1950,3,51889.54664,m
1950,4,50305.4489,m
1950,5,48731.2145,m
1950,6,47168.34171,m
1950,7,45618.32882,m
1950,8,44082.67408,m
1950,9,42562.87578,m
1950,10,41083.18547,m
1950,11,39667.85471,m
2022,0,129529.0496,f
2022,1,126762.8329,f
2022,2,125741.2902,f
2022,3,126219.6566,f
2022,4,127953.1672,f
2022,5,130697.0573,f
2022,6,134206.5617,f
2022,7,138236.9157,f
2022,8,142543.3543,f
2022,9,146881.1127,f
2022,10,151487.2844,f
2022,11,156598.9628,f
"""

# ec_celade_defunciones_edad_sexo_1973_2022.csv: the men's deaths of 1985 (type "x5": the
# groups 0, 1-4, 5-9 ... named by their first age; "75" and "79" as written) and the women's
# of 2022 aged 0-11 (type "x1", single ages), as written
DEATHS = """\
"","year","type","date_ref","sex","age","deaths"
"512",1985,"x5",1985.5,"m",0,6006.49151137224
"513",1985,"x5",1985.5,"m",1,2415.54424539523
"514",1985,"x5",1985.5,"m",5,666.601196698266
"515",1985,"x5",1985.5,"m",10,450.132826298526
"516",1985,"x5",1985.5,"m",15,684.808816638431
"517",1985,"x5",1985.5,"m",20,1004.45370003244
"518",1985,"x5",1985.5,"m",25,926.565548066179
"519",1985,"x5",1985.5,"m",30,825.412103954151
"520",1985,"x5",1985.5,"m",35,798.100674043903
"521",1985,"x5",1985.5,"m",40,832.492845041993
"522",1985,"x5",1985.5,"m",45,998.384493385719
"523",1985,"x5",1985.5,"m",50,1040.86893991277
"524",1985,"x5",1985.5,"m",55,1186.52989943409
"525",1985,"x5",1985.5,"m",60,1371.6407021591
"526",1985,"x5",1985.5,"m",65,1447.50578524312
"527",1985,"x5",1985.5,"m",70,1787.38135745954
"528",1985,"x5",1985.5,"m",75,6.0692066467217
"529",1985,"x5",1985.5,"m",79,1763.10453087265
"530",1985,"x5",1985.5,"m",80,1711.51627437552
"531",1985,"x5",1985.5,"m",85,2137.37227408716
"532",1985,"x5",1985.5,"m",95,2.02306888224057
"7375",2022,"x1",2022.5,"f",0,1293.09901723038
"7376",2022,"x1",2022.5,"f",1,113.008653477983
"7377",2022,"x1",2022.5,"f",2,77.0058966177409
"7378",2022,"x1",2022.5,"f",3,52.0039821314614
"7379",2022,"x1",2022.5,"f",4,40.0030631780472
"7380",2022,"x1",2022.5,"f",5,45.0034460753031
"7381",2022,"x1",2022.5,"f",6,37.0028334396937
"7382",2022,"x1",2022.5,"f",7,29.0022208040842
"7383",2022,"x1",2022.5,"f",8,25.0019144862795
"7384",2022,"x1",2022.5,"f",9,27.0020676451819
"7385",2022,"x1",2022.5,"f",10,40.0030631780472
"7386",2022,"x1",2022.5,"f",11,37.0028334396937
"""


def _pieces(o: object) -> set[str]:
    return {p.strip() for p in str(o.breakdown_value).split("|")}  # type: ignore[attr-defined]


def test_population_by_single_age_is_a_breakdown_by_age(tmp_path: Path) -> None:
    out = read(write(tmp_path, "ecu_pop.csv", POPULATION), country="EC")
    assert len(out) == 24  # each population once: no age, no year published as a value
    by_cell = {(o.value, o.period_label): o for o in out}
    men_0 = by_cell[(56686.0372, "1950")]
    assert men_0.breakdown_dimension == "grupo_edad+sexo"
    assert "0" in _pieces(men_0)
    women_11 = by_cell[(156598.9628, "2022")]
    assert "11" in _pieces(women_11)
    assert min(o.value for o in out) > 1000  # never an age 0-11 as a population


def test_deaths_by_age_published_and_abridged_groups_held(tmp_path: Path) -> None:
    out = read(write(tmp_path, "ecu_deaths.csv", DEATHS), country="EC")
    assert len(out) == 33  # one count a row: no age, row number or year's middle as a value
    by_value = {round(o.value, 6): o for o in out}
    girls = by_value[1293.099017]  # the girls dead before their first birthday in 2022
    assert girls.period_label == "2022" and "0" in _pieces(girls)
    assert girls.confidence > 0.5
    # 1985's groups open at 0, 1, 5, 10 ...: "20" is the group 20-24, its width unsaid by
    # the age alone (and the file writes "75" and "79" as two groups): held for review
    men_20 = by_value[1004.453700]
    assert men_20.period_label == "1985" and "20" in _pieces(men_20)
    assert men_20.confidence <= 0.5
    assert all(o.confidence <= 0.5 for o in out if o.period_label == "1985")


def test_sexes_written_f_and_m_are_published_as_the_sexes_words(tmp_path: Path) -> None:
    # "m" and "f" under "sex" (both CELADE files): "varones" and "mujeres", as every other
    # reader publishes a sex, never the letters
    pop = read(write(tmp_path, "ecu_pop.csv", POPULATION), country="EC")
    sexes = {(o.value, o.breakdown_value) for o in pop}
    assert (56686.0372, "0 | varones") in sexes
    assert (156598.9628, "11 | mujeres") in sexes
    assert not any({"m", "f"} & _pieces(o) for o in pop)
    deaths = read(write(tmp_path, "ecu_deaths.csv", DEATHS), country="EC")
    by_value = {round(o.value, 6): o for o in deaths}
    assert by_value[1004.4537].breakdown_value == "varones | 20"
    assert by_value[1293.099017].breakdown_value == "mujeres | 0"


def test_ages_not_from_birth_stay_a_persons_age(tmp_path: Path) -> None:
    # the women of 2022 aged 2-11 only: no group of ages from birth, nothing says they are
    # the counts of every age, so the column stays a person's age: only their sum is
    # published, no age
    rows = POPULATION.splitlines()
    text = "\n".join([rows[0], *(r for r in rows[1:] if r.startswith("2022,") and
                                 int(r.split(",")[1]) >= 2)]) + "\n"  # fmt: skip
    out = read(write(tmp_path, "ecu_pop_2_11.csv", text), country="EC")
    assert [(round(o.value, 4), o.period_label) for o in out] == [(1380565.3629, "2022")]
    assert "grupo_edad" not in out[0].breakdown_dimension


def test_one_key_on_two_rows_is_a_register_not_counts(tmp_path: Path) -> None:
    # the same rows with one woman's row written twice (two people of one age, sex and year):
    # a register's ages, never a breakdown
    text = POPULATION + "2022,5,130697.0573,f\n"
    out = read(write(tmp_path, "ecu_pop_twice.csv", text), country="EC")
    assert len(out) == 2  # each year's and sex's sum, no age
    assert not any("grupo_edad" in o.breakdown_dimension for o in out)


# cl_redchilena_femicidios_2022_seguimiento.xlsx (tests/acceptance/corpus_dev36), sheet
# "FEMICIDIOS 2022": the date, commune and region of its 24 femicides, 2 January to 6 July
# 2022 (the women's names and ages left out here)
REGISTER_2022 = [
    ("2022-01-02", "Papudo", "Valparaíso"), ("2022-01-09", "Paine", "Metropolitana"),
    ("2022-01-15", "Arica", "Arica y Parinacota"), ("2022-01-23", "Pitrufquén", "Araucanía"),
    ("2022-01-27", "Coquimbo", "Coquimbo"), ("2022-01-30", "Pudahuel", "Metropolitana"),
    ("2022-02-04", "Mulchén", "Bio Bío"), ("2022-02-10", "Antofagasta", "Antofagasta"),
    ("2022-02-20", "Viña del Mar", "Valparaíso"), ("2022-03-09", "Renca", "Metropolitana"),
    ("2022-03-13", "Santa Juana", "Bio Bío"), ("2022-03-15", "Valparaíso", "Valparaíso"),
    ("2022-04-15", "Puerto Montt", "Los Lagos"), ("2022-04-19", "Rengo", "Ohiggins"),
    ("2022-04-30", "Osorno", "Los Lagos"), ("2022-05-01", "El Quisco", "Valparaíso"),
    ("2022-05-01", "Pemuco", "Ñuble"), ("2022-05-09", "Melipilla", "Metropolitana"),
    ("2022-05-20", "Gorbea", "Araucanía"), ("2022-05-29", "Iquique", "Tarapacá"),
    ("2022-06-03", "Puerto Saavedra", "Araucanía"), ("2022-06-08", "Coquimbo", "Coquimbo"),
    ("2022-06-30", "Rio Negro", "Los Lagos"), ("2022-07-06", "Quilpué", "Valparaíso"),
]  # fmt: skip
# the same workbook's "Seguimiento 2016-2022": the dates, communes and regions of its first
# six deaths, 16 July 2016 to 29 September 2017 (six cases in fifteen months)
THIN = [
    ("2016-07-16", "Pudahuel", "Metropolitana"), ("2017-02-02", "Valparaiso", "Valparaíso"),
    ("2017-02-13", "Cañete", "Biobío"), ("2017-06-02", "San Fernando", "O'Higgins"),
    ("2017-07-18", "Conchalí", "Metropolitana"), ("2017-09-29", "Santiago", "Metropolitana"),
]  # fmt: skip


def _register(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    import datetime as dt

    from tests.tabular.staged import workbook

    return workbook(path, {"FEMICIDIOS": [
        ["id", "Fecha", "Lugar", "Región", "Nacionalidad"],
        *([i, dt.datetime.fromisoformat(d), place, region, "Chilena"]
          for i, (d, place, region) in enumerate(rows, start=1)),
    ]})  # fmt: skip


def test_a_register_stopping_in_july_counts_january_to_july(tmp_path: Path) -> None:
    out = read(_register(tmp_path / "femicidios_2022.xlsx", REGISTER_2022), country="CL")
    totals = [o for o in out if o.breakdown_dimension == "_T"]
    # four cases a month, none after 6 July: at that pace the rest of 2022 would hold some 23
    # more, so the count is of January-July, never of the whole year
    assert {(o.period_start, o.period_end, o.period_label) for o in totals} == {
        ("2022-01-01", "2022-07-31", "2022-01/2022-07")
    }
    assert sum(o.value for o in totals) == 24
    assert [o.value for o in totals if o.admin1 == "CL-VS"] == [5.0]


def test_a_thin_register_whose_last_case_is_of_september_keeps_its_year() -> None:
    from genero_etl.tabular.semantic import _last_year_as_dated

    dates = [d for d, _, _ in THIN]
    years = [(f"{d[:4]}-01-01", f"{d[:4]}-12-31", d[:4]) for d in dates]
    # six cases in fifteen months: the rest of 2017 after 29 September would hold one or two
    # at that pace, so none there says nothing of where the register stops
    assert _last_year_as_dated(dates, years) == years
    # the 2022 register's pace (24 cases in six months) says it stops on 6 July
    dates = [d for d, _, _ in REGISTER_2022]
    whole = [("2022-01-01", "2022-12-31", "2022")] * len(dates)
    assert set(_last_year_as_dated(dates, whole)) == {
        ("2022-01-01", "2022-07-31", "2022-01/2022-07")
    }


# gt_ine_defunciones_causas_maternas_2018_2022.xlsx (tests/acceptance/corpus_dev35), "Hoja1"
# as written: Guatemala's maternal deaths by group of ICD-10 causes, the last year with its
# footnote mark
MATERNAL = [
    ["Defunciones por grupos de causas maternas (O00–O99), años 2018 al 20221/"],
    [],
    ["Grupo CIE-10", "Causa de muerte", 2018, 2019, 2020, 2021, "20221/"],
    ["Todas las causas", "Todas las causas", 292, 246, 259, 290, 60],
    ["O00-O08", "Embarazo terminado en aborto", 19, 23, 10, 14, 2],
    ["O10-O16", "Edema, proteinuria y trastornos hipertensivos en el embarazo, el parto y el "
     "puerperio", 72, 39, 63, 53, 18],
    ["O20-O29", "Otros trastornos maternos relacionados principalmente con el embarazo",
     8, 6, 12, 9, 2],
    ["O30-O48", "Atención materna relacionada con el feto y la cavidad amniótica y con "
     "posibles problemas del parto", 21, 27, 15, 14, 7],
    ["O60-O75", "Complicaciones del trabajo de parto y del parto", 117, 103, 101, 83, 19],
    ["O85-O92", "Complicaciones principalmente relacionadas con el puerperio", 17, 27, 18, 12, 4],
    ["O94-O99", "Otras afecciones obstétricas no clasificadas en otra parte", 38, 21, 40, 105, 8],
    [],
    ["Fuente: Estadísticas Vitales, INE"],
    ["1/Cifras preliminares"],
]  # fmt: skip


def test_maternal_deaths_are_the_codebooks_maternal_deaths(tmp_path: Path) -> None:
    from tests.tabular.staged import workbook

    out = read(workbook(tmp_path / "defunciones_maternas.xlsx", {"Hoja1": MATERNAL}), country="GT")
    assert len(out) == 40  # eight rows, five years
    assert {(o.indicator_id, o.theme, o.unit) for o in out} == {
        ("defunciones_maternas", "salud", "defunciones")
    }
    totals = {o.period_start[:4]: o.value for o in out if o.breakdown_dimension == "_T"}
    assert totals == {"2018": 292, "2019": 246, "2020": 259, "2021": 290, "2022": 60}
    assert min(o.confidence for o in out) > 0.55  # no longer held unclassified


def test_maternal_deaths_are_no_deaths_from_violence_nor_their_ratio() -> None:
    from genero_etl.normalize.codebook import load_codebook

    book = load_codebook()
    assert book.classify("Defunciones por grupos de causas maternas").id == "defunciones_maternas"
    assert book.classify("muertes maternas").id == "defunciones_maternas"  # never violence's
    # the ratio per 100,000 live births is a rate the codebook does not name: unclassified
    ratio = "Razón de mortalidad materna por 100.000 nacidos vivos"
    assert book.classify(ratio).id == "sin_clasificar"
