"""Official municipal lists beyond the first five: a table's municipality column gets the
code of the country's statistics office, in the subdivision its row names; a name that several
municipalities share is not resolved without that subdivision, nor is a country read from a
municipality's name alone."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from tests.tabular.staged import places, rows, write
from tests.tabular.staged import staged_file as ingest

from genero_etl.tabular.geo import countries_of_codes


def test_ecuadorian_cantones_get_inec_dpa_codes_in_their_province(tmp_path: Path) -> None:
    """Two cantones named Olmedo (Loja and Manabí) are told apart by the row's province;
    the long name of INEC's abbreviated "CRNEL. MARCELINO MARIDUEÑA" is found and published
    in INEC's spelling."""
    staged = ingest(write(tmp_path, "denuncias_canton.csv", (
        "Provincia,Cantón,Año,Denuncias\n"
        "AZUAY,CUENCA,2023,40\n"
        "GUAYAS,GUAYAQUIL,2023,120\n"
        "PICHINCHA,QUITO,2023,95\n"
        "LOJA,OLMEDO,2023,3\n"
        "MANABI,OLMEDO,2023,5\n"
        "GUAYAS,CORONEL MARCELINO MARIDUEÑA,2023,2\n"
    )))  # fmt: skip
    assert places(staged) == {
        ("EC-A", "0101", "CUENCA", 40.0),
        ("EC-G", "0901", "GUAYAQUIL", 120.0),
        ("EC-P", "1701", "QUITO", 95.0),
        ("EC-L", "1116", "OLMEDO", 3.0),
        ("EC-M", "1318", "OLMEDO", 5.0),
        ("EC-G", "0923", "CRNEL. MARCELINO MARIDUEÑA", 2.0),  # the official spelling
    }
    assert {o.country for o in rows(staged)} == {"EC"}


def test_an_ecuadorian_canton_shared_by_two_provinces_needs_the_province(tmp_path: Path) -> None:
    """Without a province column, Olmedo (Loja or Manabí) keeps its name and gets no code, and
    the table says so; Cuenca, the only canton of that name in Ecuador, keeps its code."""
    staged = ingest(write(tmp_path, "casos_canton.csv", (
        "Cantón,Año,Casos\n"
        "CUENCA,2022,11\n"
        "OLMEDO,2022,4\n"
    )), country="EC")  # fmt: skip
    assert places(staged) == {("EC-A", "0101", "CUENCA", 11.0), ("", "", "OLMEDO", 4.0)}
    assert "table-place-unmatched" in [i.code for i in staged.issues]


def test_dominican_municipios_get_the_one_codes_in_their_province(tmp_path: Path) -> None:
    """The ONE's province + municipality numbers; the DGII's name "Salvaleón de Higüey" is the
    ONE's Higüey."""
    staged = ingest(write(tmp_path, "violencia_municipio.csv", (
        "Provincia,Municipio,Año,Casos\n"
        "Santiago,Santiago,2023,30\n"
        "Santo Domingo,Santo Domingo Este,2023,55\n"
        "La Altagracia,Salvaleón de Higüey,2023,12\n"
        "Espaillat,Moca,2023,7\n"
        "Distrito Nacional,Santo Domingo de Guzmán,2023,61\n"
    )))  # fmt: skip
    assert places(staged) == {
        ("DO-25", "2501", "Santiago", 30.0),
        ("DO-32", "3201", "Santo Domingo Este", 55.0),
        ("DO-11", "1101", "Higüey", 12.0),  # the ONE's name
        ("DO-09", "0901", "Moca", 7.0),
        ("DO-01", "0101", "Santo Domingo de Guzmán", 61.0),
    }
    assert {o.country for o in rows(staged)} == {"DO"}


def test_dominican_municipio_codes_of_the_dgii_reduce_but_not_a_distrito_municipal(
    tmp_path: Path,
) -> None:
    """The DGII writes a municipio as province + municipio + "00": that is the municipio. A
    distrito municipal's code (Barro Arriba, 020102, its leading zero lost) is not guessed into
    its municipio: the row keeps its name, uncoded, and the table says so."""
    staged = ingest(write(tmp_path, "casos_codigo.csv", (
        "Código Municipio,Municipio,Año,Casos\n"
        "250100,SANTIAGO,2023,9\n"
        "20102,BARRO ARRIBA (D. M.),2023,2\n"
    )), country="DO")  # fmt: skip
    assert places(staged) == {
        ("DO-25", "2501", "Santiago", 9.0),
        ("", "", "BARRO ARRIBA (D. M.)", 2.0),
    }
    assert "table-place-code-unreduced" in [i.code for i in staged.issues]


def test_peruvian_ubigeos_of_one_department_still_say_peru() -> None:
    """Lambayeque's ubigeos (1401xx) start like Morona Santiago's cantones (1401...) and
    Monte Cristi's municipios (1501...): Ecuador declares no longer code and the Dominican
    longer code ends in "00", so the column is Peru's alone; the DGII's codes are Dominican.
    Bolivia's municipios are six digits too: Sucre, Villa Azurduy and Zudáñez (010101, 010201,
    010301) are also Amazonas's districts, but Chachapoyas has more districts than Oropeza has
    municipios (010105)."""
    assert countries_of_codes(["140101", "140105", "140201", "140301"]) == {"PE"}
    assert countries_of_codes(["010101", "010201", "010301"]) == {"PE", "BO"}  # none chosen
    assert countries_of_codes(["010101", "010105", "010201"]) == {"PE"}
    assert countries_of_codes(["250100", "020100", "320100"]) == {"DO"}
    # none chosen: Venezuela's INE numbers its municipios the same way (0101 Libertador, 0901
    # Anzoátegui of Cojedes, 1701 Antolín del Campo)
    assert countries_of_codes(["0101", "0901", "1701"]) == {"EC", "DO", "HN", "GT", "PY", "VE"}


def test_a_municipality_name_alone_does_not_say_the_country(tmp_path: Path) -> None:
    """San Miguel and Santa Ana are municipalities of several countries (Ecuador, Peru, Chile,
    Colombia, Mexico...): a table with no other evidence gets neither a country nor a code."""
    staged = ingest(write(tmp_path, "casos.csv", (
        "Municipio,Casos\n"
        "SAN MIGUEL,4\n"
        "SANTA ANA,6\n"
    )))  # fmt: skip
    out = rows(staged)
    assert out and not {o.municipality_code for o in out} - {""}
    assert {o.country for o in out} == {""}


def _office_table(tmp_path: Path, name: str, title: str) -> Path:
    """A municipal office's own table: its government's name on top, no place column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([title])
    ws.append(["Casos atendidos por tipo de violencia, 2023"])
    ws.append([])
    ws.append(["Tipo de violencia", "Casos"])
    for kind, n in (("Física", 12), ("Psicológica", 30), ("Sexual", 5)):
        ws.append([kind, n])
    path = tmp_path / name
    wb.save(path)
    return path


def test_a_cantonal_governments_own_table_is_its_cantons(tmp_path: Path) -> None:
    """ "Gobierno Autónomo Descentralizado Municipal del Cantón Cuenca" wrote the table: every
    figure is Cuenca's, with INEC's code."""
    path = _office_table(
        tmp_path, "gad.xlsx", "Gobierno Autónomo Descentralizado Municipal del Cantón Cuenca"
    )
    got = {(o.country, o.admin1, o.municipality_code, o.value) for o in rows(ingest(path))}
    assert got == {("EC", "EC-A", "0101", v) for v in (12.0, 30.0, 5.0)}


def test_an_own_canton_shared_by_two_provinces_needs_its_province(tmp_path: Path) -> None:
    """ "GAD Municipal de Olmedo" alone may be Loja's or Manabí's: no canton; with "Manabí"
    the figures are Olmedo's of Manabí (1318)."""
    alone = _office_table(tmp_path, "olmedo.xlsx", "GAD Municipal de Olmedo - Junta Cantonal")
    assert {(o.country, o.municipality_code) for o in rows(ingest(alone))} == {("EC", "")}
    named = _office_table(
        tmp_path, "olmedo_manabi.xlsx", "GAD Municipal de Olmedo, Manabí - Junta Cantonal"
    )
    got = {(o.admin1, o.municipality_code, o.municipality) for o in rows(ingest(named))}
    assert got == {("EC-M", "1318", "OLMEDO")}


def test_a_dominican_ayuntamientos_table_titled_with_its_province_is_its_municipio(
    tmp_path: Path,
) -> None:
    """The title names the municipio and its own province: the figures are Moca's (0901);
    a title whose province is another's gets neither."""
    path = _office_table(
        tmp_path, "moca.xlsx", "Ayuntamiento del Municipio de Moca, provincia Espaillat"
    )
    got = {(o.country, o.admin1, o.municipality_code) for o in rows(ingest(path))}
    assert got == {("DO", "DO-09", "0901")}
    wrong = _office_table(
        tmp_path, "moca_santiago.xlsx", "Ayuntamiento del Municipio de Moca, provincia Santiago"
    )
    assert {o.municipality_code for o in rows(ingest(wrong))} == {""}


def test_a_province_named_like_its_capital_canton_keeps_a_national_report_national(
    tmp_path: Path,
) -> None:
    """Ecuadorians call Santo Domingo de los Tsáchilas "Santo Domingo", the name of its capital
    canton (2301): three provinces named in a national report are no municipal subject, so
    the national figure of 2021 is the country's, not Esmeraldas'."""
    path = write(tmp_path, "boletin.txt", (
        "ECUADOR: 332 femicidios en 2022\n"
        "La cifra nacional creció respecto de 2021, cuando hubo 197 casos.\n"
        "Esmeraldas, Santo Domingo y Pichincha son las provincias con las tasas más altas.\n"
    ))  # fmt: skip
    got = {(o.value, o.country, o.admin1, o.municipality_code) for o in rows(ingest(path))}
    assert got == {(332.0, "EC", "", ""), (197.0, "EC", "", "")}


def test_cantones_named_like_a_province_or_like_places_abroad(tmp_path: Path) -> None:
    """Esmeraldas and Loja are provinces and their capital cantones; Bolívar is a province and
    a canton of Carchi and of Manabí; Santa Cruz and San Miguel are also provinces or
    municipalities abroad: with the row's province each is its one canton."""
    staged = ingest(write(tmp_path, "cantones.csv", (
        "Provincia,Cantón,Año,Casos\n"
        "ESMERALDAS,ESMERALDAS,2022,14\n"
        "LOJA,LOJA,2022,9\n"
        "CARCHI,BOLIVAR,2022,2\n"
        "MANABI,BOLIVAR,2022,3\n"
        "GALAPAGOS,SANTA CRUZ,2022,1\n"
        "BOLIVAR,SAN MIGUEL,2022,4\n"
    )))  # fmt: skip
    assert places(staged) == {
        ("EC-E", "0801", "ESMERALDAS", 14.0),
        ("EC-L", "1101", "LOJA", 9.0),
        ("EC-C", "0402", "BOLIVAR", 2.0),
        ("EC-M", "1302", "BOLIVAR", 3.0),
        ("EC-W", "2003", "SANTA CRUZ", 1.0),
        ("EC-B", "0205", "SAN MIGUEL", 4.0),
    }


def test_puerto_rican_municipios_get_census_fips_codes(tmp_path: Path) -> None:
    """A table of the Puerto Rico police by municipio gets the Census FIPS code of each
    (72 + county-equivalent); names written without their accents get the official spelling.
    Puerto Rico has no subdivision between the island and its municipios."""
    staged = ingest(write(tmp_path, "incidentes_municipio.csv", (
        "Municipio,Año,Incidentes\n"
        "SAN JUAN,2023,410\n"
        "MAYAGUEZ,2023,96\n"
        "CAROLINA,2023,201\n"
        "GUAYAMA,2023,44\n"
        "LOIZA,2023,18\n"
    )), country="PR")  # fmt: skip
    assert places(staged) == {
        ("", "72127", "San Juan", 410.0),
        ("", "72097", "Mayagüez", 96.0),
        ("", "72031", "Carolina", 201.0),
        ("", "72057", "Guayama", 44.0),
        ("", "72087", "Loíza", 18.0),
    }
    assert {o.country for o in rows(staged)} == {"PR"}


def test_a_column_of_fips_codes_says_puerto_rico() -> None:
    """72001 (Adjuntas) to 72153 (Yauco) are in no other country's list or shape."""
    assert countries_of_codes(["72001", "72127", "72153"]) == {"PR"}
    assert countries_of_codes(["72002", "72127"]) == set()  # 72002 is no municipio


def test_names_shared_by_puerto_rico_and_other_countries_say_no_country(tmp_path: Path) -> None:
    """San Juan (a Dominican province and municipio, an Argentine province), Carolina (a
    Colombian municipality), Salinas (an Ecuadorian canton) and Moca (a Dominican municipio)
    are also Puerto Rican municipios: without other evidence the table gets no country and no
    code, never one of them at random."""
    staged = ingest(write(tmp_path, "casos.csv", (
        "Municipio,Casos\n"
        "SAN JUAN,14\n"
        "CAROLINA,6\n"
        "SALINAS,3\n"
        "MOCA,2\n"
    )))  # fmt: skip
    out = rows(staged)
    assert out and not {o.municipality_code for o in out} - {""}
    assert {o.country for o in out} == {""}
