"""Place columns read at the level their header word has in the table's country, and columns
of official municipality codes read as the rows' place.

"Provincia" is a first-level division in Argentina or Ecuador but lies between the region and
the district in Peru (each country file's ``levels``). Read before, Peru's provinces were read
as departments: the province of Lambayeque was published as the department of Lambayeque
(PE-LAM alone), Chiclayo and Ferreñafe as names with no region, and the districts "LA VICTORIA"
and "LAGUNAS" of the province of Chiclayo had no UBIGEO (other provinces have districts of the
same names). A column of UBIGEO codes under "Cod" gave no place at all, and under no header its
codes were published as numbers.

Headers and values are those of real files: the Lambayeque regional government's dengue
tables by province and by district (2025), the MINSA's mental-health attentions by UBIGEO,
department, province and district (Lambayeque, 2017), Ecuador's prosecution's crimes by
"PROVINCIA_INCIDENTE" (2014-2022).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.tabular.staged import ingest, staged_file, write
from tests.tabular.staged import rows as staged_rows

from genero_etl.countries import registry
from genero_etl.tabular.geo import Resolver, official_codes_country


def _issues(path: Path, **overrides: str) -> list[str]:
    return [i.code for i in staged_file(path, **overrides).issues]


@pytest.mark.parametrize(
    ("country", "header", "level"),
    [
        ("PE", "provincia", "admin2"),
        ("PE", "departamento", "admin1"),
        ("PE", "distrito", "admin3"),
        ("PE", "ccdd", "admin1"),
        ("PE", "distrito fiscal", ""),  # a prosecution's district: roles.yaml's reading
        ("BO", "provincia", "admin2"),
        ("CL", "provincia", "admin2"),
        ("CL", "comuna", "admin3"),
        ("AR", "provincia", "admin1"),
        ("AR", "departamento", "admin2"),
        ("AR", "partido", "admin2"),
        ("EC", "provincia incidente", "admin1"),
        ("EC", "canton", "admin2"),
        ("CR", "distrito", "admin3"),
        ("PA", "distrito", "admin2"),
        ("PY", "distrito", "admin2"),
        ("CO", "departamento", "admin1"),
        ("CO", "departamento / municipio", ""),  # two levels named: kept as read
        ("DO", "distrito municipal", "admin3"),
        ("DO", "provincia", "admin1"),
    ],
)
def test_the_same_word_names_different_levels_by_country(
    country: str, header: str, level: str
) -> None:
    assert registry().get(country).levels.level_of(header) == level


def test_each_municipal_gazetteer_is_at_the_level_its_country_calls_municipal() -> None:
    """The gazetteer's own level word ("distrito" for Peru's UBIGEO, "departamento" for
    Argentina's Georef list) is a word of the level the country file calls municipal."""
    checked = 0
    for country in registry():
        for spec in country.gazetteers:
            if spec.level == "admin1":
                continue
            word = spec.level.replace("ó", "o")
            assert country.levels.municipal, country.code
            assert country.levels.level_of(word) == country.levels.municipal, country.code
            checked += 1
    assert checked >= 13


def test_peruvian_provinces_are_not_departments(tmp_path: Path) -> None:
    """The dengue table by province (week 6 of 2025; the user declares Peru, as for the real
    file): each province inside its department, by its name; the province of Lambayeque is
    never the department."""
    path = write(
        tmp_path,
        "dengue_provincia.csv",
        "Provincia,Casos en la SE 6 2025\nCHICLAYO,22\nFERREÑAFE,4\nLAMBAYEQUE,6\n",
    )
    rows = staged_rows(staged_file(path, country="PE"))
    got = {(r.admin1, r.municipality_code, r.breakdown_dimension, r.breakdown_value, r.value)
           for r in rows}  # fmt: skip
    assert got == {
        ("PE-LAM", "", "lugar", "CHICLAYO", 22.0),
        ("PE-LAM", "", "lugar", "FERREÑAFE", 4.0),
        ("PE-LAM", "", "lugar", "LAMBAYEQUE", 6.0),
    }
    assert {r.country for r in rows} == {"PE"}


def test_a_district_is_found_inside_the_province_its_row_names(tmp_path: Path) -> None:
    """The districts "LA VICTORIA" and "LAGUNAS" are also in other provinces: the province column
    (CHICLAYO, code 1401) says which; the district of the same name as its province is that
    province's own (FERREÑAFE 140201)."""
    path = write(
        tmp_path,
        "dengue_distrito.csv",
        "Provincia,Distrito,Casos\n"
        "CHICLAYO,CHICLAYO,26\nCHICLAYO,LA VICTORIA,31\nCHICLAYO,LAGUNAS,1\n"
        "FERREÑAFE,FERREÑAFE,16\nLAMBAYEQUE,OLMOS,23\n",
    )
    got = {
        (r.admin1, r.municipality_code, r.municipality, r.value)
        for r in staged_rows(staged_file(path, country="PE"))
    }
    assert got == {
        ("PE-LAM", "140101", "CHICLAYO", 26.0),
        ("PE-LAM", "140106", "LA VICTORIA", 31.0),
        ("PE-LAM", "140107", "LAGUNAS", 1.0),
        ("PE-LAM", "140201", "FERREÑAFE", 16.0),
        ("PE-LAM", "140308", "OLMOS", 23.0),
    }


def test_minsa_ubigeo_department_province_district(tmp_path: Path) -> None:
    """The MINSA's columns: the UBIGEO resolves the district; the province is read at its own
    level, never as a second department."""
    path = write(
        tmp_path,
        "salud_mental.csv",
        "Anio,NroMes,ubigeo,Departamento,Provincia,Distrito,Sexo,Atendidos\n"
        "2017,1,140101,LAMBAYEQUE,CHICLAYO,CHICLAYO,F,1\n"
        "2017,1,140106,LAMBAYEQUE,CHICLAYO,LA VICTORIA,F,4\n"
        "2017,1,140301,LAMBAYEQUE,LAMBAYEQUE,LAMBAYEQUE,M,2\n",
    )
    got = {
        (r.admin1, r.municipality_code, r.value)
        for r in staged_rows(staged_file(path, country="PE"))
    }
    assert got == {("PE-LAM", "140101", 1.0), ("PE-LAM", "140106", 4.0), ("PE-LAM", "140301", 2.0)}


def test_an_unknown_province_stays_a_name_with_a_warning(tmp_path: Path) -> None:
    """A province INEI's list does not name is kept by its name inside its department, with
    a warning; it is never read as the department or another level."""
    path = write(
        tmp_path,
        "casos_provincia.csv",
        "Departamento,Provincia,Casos\nLAMBAYEQUE,CHICLAYO,10\nLAMBAYEQUE,PROVINCIA NUEVA,3\n",
    )
    staged = staged_file(path, country="PE")
    got = {(r.admin1, r.breakdown_value, r.value) for r in staged_rows(staged)}
    assert got == {("PE-LAM", "CHICLAYO", 10.0), ("PE-LAM", "PROVINCIA NUEVA", 3.0)}
    warned = [i for i in staged.issues if i.code == "table-place-level-unmatched"]
    assert len(warned) == 1 and "PROVINCIA NUEVA" in warned[0].message_en


def test_ecuador_provincia_is_still_the_first_level(tmp_path: Path) -> None:
    """In Ecuador the province is the first level (the prosecution's "PROVINCIA_INCIDENTE")."""
    rows = ingest(
        tmp_path / "noticias_delito.csv",
        "ANIO_PS,PROVINCIA_INCIDENTE,NDD\n2014,GUAYAS,12\n2014,PICHINCHA,9\n2014,ORELLANA,1\n",
    )
    assert {(r.country, r.admin1, r.value) for r in rows} == {
        ("EC", "EC-G", 12.0),
        ("EC", "EC-P", 9.0),
        ("EC", "EC-D", 1.0),
    }


def test_costa_rican_districts_stay_inside_their_canton(tmp_path: Path) -> None:
    """A Costa Rican "Distrito" lies below the canton (the DTA list's level): it is never
    looked up as a canton ("Carmen", "San Rafael" are districts), kept by its name inside the
    canton its row names."""
    path = write(
        tmp_path,
        "casos_distrito.csv",
        "Provincia,Cantón,Distrito,Casos\n"
        "San José,San José,Carmen,5\nSan José,San José,Merced,7\nAlajuela,Alajuela,San Rafael,3\n",
    )
    got = {
        (r.admin1, r.municipality_code, r.breakdown_value, r.value)
        for r in staged_rows(staged_file(path, country="CR"))
    }
    assert got == {
        ("CR-SJ", "101", "Carmen", 5.0),
        ("CR-SJ", "101", "Merced", 7.0),
        ("CR-A", "201", "San Rafael", 3.0),
    }


@pytest.mark.parametrize(
    ("header", "cells", "country", "places"),
    [
        # Peru's UBIGEO under "Cod", beside years across
        ("Cod", ["150101", "150102", "140101"], "PE",
         {("PE-LMA", "150101"), ("PE-LMA", "150102"), ("PE-LAM", "140101")}),
        # Colombia's DIVIPOLA under "Codigo"
        ("Codigo", ["05001", "05002", "76001"], "CO",
         {("CO-ANT", "05001"), ("CO-ANT", "05002"), ("CO-VAC", "76001")}),
        # INEGI's CVEGEO under "clave"
        ("clave", ["09015", "09007", "14039"], "MX",
         {("MX-CMX", "09015"), ("MX-CMX", "09007"), ("MX-JAL", "14039")}),
    ],
)  # fmt: skip
def test_a_column_of_official_codes_is_the_place_never_a_value(
    tmp_path: Path, header: str, cells: list[str], country: str, places: set[tuple[str, str]]
) -> None:
    lines = [f"{header},2022,2023"] + [f"{c},{i + 1},{i + 10}" for i, c in enumerate(cells)]
    path = write(tmp_path, "casos.csv", "\n".join(lines) + "\n")
    rows = staged_rows(staged_file(path, country=country))
    assert {(r.admin1, r.municipality_code) for r in rows} == places
    assert sorted(r.value for r in rows) == [1.0, 2.0, 3.0, 10.0, 11.0, 12.0]
    codes = {float(c) for c in cells}
    assert not codes & {r.value for r in rows}


def test_a_headerless_column_of_ubigeos_is_never_published(tmp_path: Path) -> None:
    path = write(tmp_path, "casos.csv", ",Casos\n150101,10\n150102,3\n140101,1\n140106,4\n")
    values = {r.value for r in staged_rows(staged_file(path, country="PE"))}
    assert values and not values & {150101.0, 150102.0, 140101.0, 140106.0}


@pytest.mark.parametrize(
    ("cells", "declared", "country"),
    [
        (["150101", "150102", "140101"], "", "PE"),
        (["05001", "05002", "76001"], "CO", "CO"),
        (["05001", "05002", "76001"], "PE", ""),  # not codes of the declared country
        (["12", "7", "30"], "", ""),  # counts
        (["150101", "999999", "140101"], "", ""),  # one code no list holds
        (["150101", "Lima", "140101"], "", ""),  # a name among them
    ],
)
def test_official_codes_country(cells: list[str], declared: str, country: str) -> None:
    assert official_codes_country(cells, declared) == country


def test_resolver_reads_provinces_by_name_and_code_never_at_another_level() -> None:
    res = Resolver.of("PE")
    chiclayo = res.admin2("CHICLAYO", False)
    assert chiclayo is not None and (chiclayo.admin1, chiclayo.code) == ("PE-LAM", "1401")
    by_code = res.admin2("1403", True)
    assert by_code is not None and by_code.name == "LAMBAYEQUE"
    assert res.admin2("CHICLAYO", False, "PE-ARE") is None  # not in Arequipa
    assert res.admin2("AMAZONAS", False) is None  # a department, no province of that name
    victoria = res.municipality("LA VICTORIA", False, 0, "", "1401")
    assert victoria is not None and victoria.municipality_code == "140106"
    assert res.municipality("140106", True, 6, "", "1403") is None  # outside that province


def test_argentine_departments_are_below_the_province(tmp_path: Path) -> None:
    """In Argentina "Departamento" (and Buenos Aires's "Partido") is the level of the Georef
    list: "Capital" of Córdoba is 14014, Rosario 82084; read before as a second province."""
    path = write(
        tmp_path,
        "casos_departamento.csv",
        "Provincia,Departamento,Casos\nCórdoba,Capital,12\nSanta Fe,Rosario,9\nSalta,Capital,4\n",
    )
    got = {
        (r.admin1, r.municipality_code, r.value)
        for r in staged_rows(staged_file(path, country="AR"))
    }
    assert got == {("AR-X", "14014", 12.0), ("AR-S", "82084", 9.0), ("AR-A", "66028", 4.0)}


def test_a_judicial_department_is_no_partido(tmp_path: Path) -> None:
    """Buenos Aires's "Departamento Judicial La Plata" is a court's district, not the partido
    of La Plata (06441): never resolved as one."""
    path = write(
        tmp_path,
        "causas.csv",
        "Departamento Judicial,Causas\nLa Plata,30\nMar del Plata,12\nSan Isidro,8\n",
    )
    rows = staged_rows(staged_file(path, country="AR"))
    assert {r.municipality_code for r in rows} == {""}
    assert sorted(r.value for r in rows) == [8.0, 12.0, 30.0]
