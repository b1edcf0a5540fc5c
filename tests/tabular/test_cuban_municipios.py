"""Cuba's 168 municipios with the ONEI's codes (provincia 2 digits, 21 Pinar del Río ... 35
Guantánamo and 40 Isla de la Juventud, + municipio 2): a table's municipio column gets the
official code; a name two provinces share needs the row's province; a province's name is
never taken for the municipio of the same name."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from tests.tabular.staged import places, rows, write
from tests.tabular.staged import staged_file as ingest

from genero_etl.normalize.places import lookup_municipality
from genero_etl.resources import data_dir


def test_the_list_has_the_onei_municipios_of_each_province() -> None:
    """168 distinct codes, each starting with its province's; the 2011 provinces (Artemisa 22,
    Mayabeque 24) and the special municipality (4001)."""
    with open(data_dir() / "gazetteers" / "cu_municipios.csv", encoding="utf-8", newline="") as f:
        got = list(csv.DictReader(f))
    codes = [r["codigo"] for r in got]
    assert len(codes) == len(set(codes)) == 168
    assert all(r["codigo"][:2] == r["codigo_provincia"] for r in got)
    per_province = Counter(r["codigo_provincia"] for r in got)
    assert [per_province[p] for p in [*(str(n) for n in range(21, 36)), "40"]] == [
        11, 11, 15, 11, 13, 13, 8, 8, 10, 13, 8, 14, 13, 9, 10, 1,
    ]  # fmt: skip
    by_code = {r["codigo"]: (r["municipio"], r["iso_3166_2"]) for r in got}
    assert by_code["2101"] == ("SANDINO", "CU-01")
    assert by_code["2302"] == ("PLAZA DE LA REVOLUCIÓN", "CU-03")
    assert by_code["3406"] == ("SANTIAGO DE CUBA", "CU-13")
    assert by_code["4001"] == ("ISLA DE LA JUVENTUD", "CU-99")


def test_names_resolve_with_accents_case_and_the_forms_in_use() -> None:
    def codes(name: str, admin1: str = "") -> list[str]:
        return [m.code for m in lookup_municipality(name, "CU", admin1)]

    assert codes("Plaza de la Revolución") == codes("PLAZA DE LA REVOLUCION") == ["2302"]
    assert codes("Habana Vieja") == codes("La Habana Vieja") == ["2304"]
    assert codes("Songo-La Maya") == ["3405"]
    assert codes("Guamá") == ["3409"]
    assert codes("San Luis") == ["2109", "3403"]  # Pinar del Río, Santiago de Cuba
    assert codes("San Luis", "CU-13") == ["3403"]


def test_cuban_municipios_get_the_rows_province(tmp_path: Path) -> None:
    """San Luis is a municipio of Pinar del Río (2109) and of Santiago de Cuba (3403); Holguín
    the municipio (3206) of Holguín the province; names in capitals without accents."""
    staged = ingest(write(tmp_path, "casos_municipio.csv", (
        "Provincia,Municipio,Año,Casos\n"
        "PINAR DEL RIO,SAN LUIS,2023,4\n"
        "SANTIAGO DE CUBA,SAN LUIS,2023,7\n"
        "SANTIAGO DE CUBA,SONGO - LA MAYA,2023,5\n"
        "HOLGUIN,HOLGUIN,2023,31\n"
        "LA HABANA,PLAZA DE LA REVOLUCION,2023,12\n"
        "ISLA DE LA JUVENTUD,ISLA DE LA JUVENTUD,2023,3\n"
    )))  # fmt: skip
    assert places(staged) == {
        ("CU-01", "2109", "SAN LUIS", 4.0),
        ("CU-13", "3403", "SAN LUIS", 7.0),
        ("CU-13", "3405", "SONGO - LA MAYA", 5.0),
        ("CU-11", "3206", "HOLGUÍN", 31.0),
        ("CU-03", "2302", "PLAZA DE LA REVOLUCIÓN", 12.0),
        ("CU-99", "4001", "ISLA DE LA JUVENTUD", 3.0),
    }
    assert {o.country for o in rows(staged)} == {"CU"}


def test_a_cuban_municipio_shared_by_provinces_stays_unresolved(tmp_path: Path) -> None:
    """Without a province column San Luis keeps its name and gets no code; Baracoa, the only
    one of its name, gets 3504."""
    staged = ingest(write(tmp_path, "casos.csv", (
        "Municipio,Año,Casos\n"
        "Baracoa,2023,6\n"
        "San Luis,2023,4\n"
    )), country="CU")  # fmt: skip
    assert places(staged) == {
        ("CU-14", "3504", "BARACOA", 6.0),
        ("", "", "San Luis", 4.0),
    }


def test_a_province_column_stays_provinces(tmp_path: Path) -> None:
    """Tables by province (Holguín, Camagüey, Las Tunas, Cienfuegos...): each also names a
    municipio, none of the rows gets a municipio's code."""
    staged = ingest(write(tmp_path, "casos_provincia.csv", (
        "Provincia,Año,Casos\n"
        "Holguín,2023,120\n"
        "Camagüey,2023,98\n"
        "Las Tunas,2023,61\n"
        "Cienfuegos,2023,44\n"
    )))  # fmt: skip
    assert places(staged) == {
        ("CU-11", "", "", 120.0),
        ("CU-09", "", "", 98.0),
        ("CU-10", "", "", 61.0),
        ("CU-06", "", "", 44.0),
    }
    assert {o.country for o in rows(staged)} == {"CU"}
