"""Costa Rica's cantones (División Territorial Administrativa) and Honduras's municipios (INE):
a table's place column and a report's sentences get the official code, in the division the
row names; a name several municipios share needs that division; the capital named in a
national report does not make its figures the capital's."""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import places, rows, write
from tests.tabular.staged import staged_file as ingest

from genero_etl.normalize.places import infer_place
from genero_etl.tabular.geo import countries_of_codes


def test_costa_rican_cantones_get_dta_codes(tmp_path: Path) -> None:
    """The OIJ's cantons, written in capitals without accents: San José the canton (101) in
    San José the province; Aguirre is Quepos's former name (606); Monteverde (612) and Sarchí
    (212) are among the newest cantones."""
    staged = ingest(write(tmp_path, "femicidios_canton.csv", (
        "Provincia,Cantón,Año,Víctimas\n"
        "SAN JOSE,SAN JOSE,2023,7\n"
        "SAN JOSE,PEREZ ZELEDON,2023,2\n"
        "PUNTARENAS,AGUIRRE,2023,1\n"
        "PUNTARENAS,MONTEVERDE,2023,1\n"
        "ALAJUELA,SARCHI,2023,3\n"
        "LIMON,POCOCI,2023,4\n"
    )))  # fmt: skip
    assert places(staged) == {
        ("CR-SJ", "101", "San José", 7.0),
        ("CR-SJ", "119", "Pérez Zeledón", 2.0),
        ("CR-P", "606", "Quepos", 1.0),
        ("CR-P", "612", "Monteverde", 1.0),
        ("CR-A", "212", "Sarchí", 3.0),
        ("CR-L", "702", "Pococí", 4.0),
    }
    assert {o.country for o in rows(staged)} == {"CR"}


def test_honduran_municipios_shared_by_departments_get_the_rows_department(
    tmp_path: Path,
) -> None:
    """Santa Rita is a municipio of Copán (0421), Santa Bárbara (1624) and Yoro (1808); Danlí
    is written without its accent; Distrito Central is the capital's municipio (0801)."""
    staged = ingest(write(tmp_path, "denuncias_municipio.csv", (
        "Departamento,Municipio,Año,Denuncias\n"
        "Copán,Santa Rita,2023,5\n"
        "Santa Bárbara,Santa Rita,2023,3\n"
        "Yoro,Santa Rita,2023,8\n"
        "El Paraiso,Danli,2023,21\n"
        "Francisco Morazan,Distrito Central,2023,240\n"
        "Cortes,San Pedro Sula,2023,180\n"
    )))  # fmt: skip
    assert places(staged) == {
        ("HN-CP", "0421", "Santa Rita", 5.0),
        ("HN-SB", "1624", "Santa Rita", 3.0),
        ("HN-YO", "1808", "Santa Rita", 8.0),
        ("HN-EP", "0703", "Danlí", 21.0),
        ("HN-FM", "0801", "Distrito Central", 240.0),
        ("HN-CR", "0501", "San Pedro Sula", 180.0),
    }
    assert {o.country for o in rows(staged)} == {"HN"}


def test_a_honduran_municipio_shared_by_departments_needs_its_department(tmp_path: Path) -> None:
    """Without a department column, Santa Rita (three departments) keeps its name and gets no
    code; Juticalpa, the only one of its name, gets 1501."""
    staged = ingest(write(tmp_path, "casos.csv", (
        "Municipio,Año,Casos\n"
        "Juticalpa,2022,9\n"
        "Santa Rita,2022,4\n"
    )), country="HN")  # fmt: skip
    assert places(staged) == {("HN-OL", "1501", "Juticalpa", 9.0), ("", "", "Santa Rita", 4.0)}


def test_columns_of_codes_say_their_country() -> None:
    """Costa Rica's 3-digit cantones are no other country's; Honduran codes above Ecuador's
    24 provinces and the Dominican municipios of each province are Honduras's alone; Huehuetenango's
    last municipios (1329-1333) are beyond Lempira's 28 and are Guatemala's alone."""
    assert countries_of_codes(["101", "119", "613", "706"]) == {"CR"}
    assert countries_of_codes(["0801", "1628", "1811"]) == {"HN"}
    # none chosen (Venezuela's 0101 Libertador, 0501 Bolívar of Aragua, 1801 Agua Blanca too)
    assert countries_of_codes(["0101", "0501", "1801"]) == {"EC", "DO", "HN", "GT", "VE"}
    assert countries_of_codes(["1329", "1330", "1333"]) == {"GT"}


def test_a_municipio_named_in_a_honduran_report_is_its_place(tmp_path: Path) -> None:
    """A municipal women's office's report: its figures are Danlí's (0703, El Paraíso)."""
    path = write(tmp_path, "omm_danli.txt", (
        "Oficina Municipal de la Mujer de la Municipalidad de Danlí\n"
        "Informe de atención 2023\n"
        "La oficina atendió 312 casos de violencia doméstica durante 2023.\n"
    ))  # fmt: skip
    got = {(o.value, o.country, o.admin1, o.municipality_code) for o in rows(ingest(path))}
    assert got == {(312.0, "HN", "HN-EP", "0703")}


def test_the_capital_named_in_a_national_report_keeps_its_figures_national(
    tmp_path: Path,
) -> None:
    """The national police's emergency line is described "en el Distrito Central" where it
    sits: its calls are the country's; the Alcaldía Municipal del Distrito Central's own report
    is the capital's (0801)."""
    national = write(tmp_path, "linea114.txt", (
        "Un viaje a través de la línea 114 en el Distrito Central\n"
        "Tegucigalpa | Honduras. En las calles del Distrito Central de Honduras, la Línea 114 de "
        "la Policía Nacional atiende a las víctimas de violencia doméstica.\n"
        "Durante el primer semestre de 2024, la Línea 114 recibió un total de 9,594 llamadas.\n"
    ))  # fmt: skip
    got = {(o.value, o.country, o.admin1, o.municipality_code) for o in rows(ingest(national))}
    assert (9594.0, "HN", "", "") in got
    assert {o.municipality_code for o in rows(ingest(national))} == {""}
    own = infer_place(
        "Alcaldía Municipal del Distrito Central\nGerencia de la Mujer\n"
        "En 2023 la gerencia atendió 1,204 mujeres en Tegucigalpa y Comayagüela.\n",
        country_hint="HN",
    ).place
    assert (own.admin1, own.municipality_code, own.municipality) == (
        "HN-FM",
        "0801",
        "Distrito Central",
    )


def test_a_division_of_another_country_does_not_pick_its_municipio() -> None:
    """Trujillo is a Peruvian province capital (130101), a Honduran municipio of Colón (0201)
    and a Colombian municipality: in a Peruvian report that also names a street "Colón" (a
    Honduran department's name) the Peruvian Trujillo is meant."""
    text = (
        "Violencia familiar y sexual en La Esperanza\n"
        "Según el Centro Emergencia Mujer (CEM) que administra la Municipalidad Provincial de "
        "Trujillo, se atendieron 24 casos en enero.\n"
        "Se atiende en el local de la esquina de los jirones Grau y Colón.\n"
    )
    place = infer_place(text).place
    assert (place.country, place.admin1, place.municipality_code) == ("PE", "PE-LAL", "130101")
