"""Venezuela's 335 municipios with the INE's codes (entidad federal 2 digits, 01 Distrito
Capital ... 24 La Guaira, + municipio 2), as OCHA publishes them as p-codes ("VE" + code): a
table's municipio column gets the official code and its estado; a name several estados share
("Libertador", "Sucre") needs the row's estado; an estado's name is never taken for the
municipio of the same name."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from tests.tabular.staged import places, rows, write
from tests.tabular.staged import staged_file as ingest

from genero_etl.normalize.places import infer_place, lookup_municipality
from genero_etl.resources import data_dir


def _list() -> list[dict[str, str]]:
    with open(data_dir() / "gazetteers" / "ve_municipios.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_the_list_has_the_ine_municipios_of_each_estado() -> None:
    """335 distinct codes, each starting with its estado's; OCHA's p-code is "VE" + code."""
    got = _list()
    codes = [r["codigo"] for r in got]
    assert len(codes) == len(set(codes)) == 335
    assert all(r["codigo"][:2] == r["codigo_estado"] for r in got)
    assert all(r["pcode"] == "VE" + r["codigo"] for r in got)
    per_estado = Counter(r["codigo_estado"] for r in got)
    assert [per_estado[f"{n:02d}"] for n in range(1, 25)] == [
        1, 7, 21, 7, 18, 12, 11, 14, 9, 4, 25, 15, 9, 23, 21, 13, 11, 14, 15, 29, 20, 14, 21, 1,
    ]  # fmt: skip
    by_code = {r["codigo"]: (r["municipio"], r["iso_3166_2"]) for r in got}
    assert by_code["0101"] == ("Libertador", "VE-A")
    assert by_code["1507"] == ("Chacao", "VE-M")
    assert by_code["2313"] == ("Maracaibo", "VE-V")
    assert by_code["2401"] == ("Vargas", "VE-X")
    # OCHA's names cut short or misspelt, written in full
    assert by_code["1806"] == ("Monseñor José Vicente de Unda", "VE-P")
    assert by_code["1611"] == ("Santa Bárbara", "VE-N")


def test_names_resolve_with_accents_case_and_the_forms_in_use() -> None:
    def codes(name: str, admin1: str = "") -> list[str]:
        return sorted(m.code for m in lookup_municipality(name, "VE", admin1))

    assert codes("San Cristóbal") == codes("SAN CRISTOBAL") == ["2023"]
    assert codes("Heres") == codes("Angostura del Orinoco") == ["0705"]
    assert codes("Guaicaipuro") == codes("Bolivariano Guaicaipuro") == ["1510"]
    assert codes("Alto Orinoco") == ["0201"]
    assert codes("Libertador") == ["0101", "0507", "0806", "1412", "1607", "1909", "2016"]
    assert codes("Libertador", "VE-L") == ["1412"]
    assert codes("Sucre", "VE-M") == ["1519"]


def test_venezuelan_municipios_get_the_rows_estado(tmp_path: Path) -> None:
    """Sucre is a municipio of eleven estados (Miranda's 1519, Sucre's 1914) and Libertador of
    seven; names in capitals without accents."""
    staged = ingest(write(tmp_path, "casos_municipio.csv", (
        "Estado,Municipio,Año,Casos\n"
        "MIRANDA,SUCRE,2023,41\n"
        "SUCRE,SUCRE,2023,9\n"
        "DISTRITO CAPITAL,LIBERTADOR,2023,77\n"
        "MERIDA,LIBERTADOR,2023,12\n"
        "ZULIA,MARACAIBO,2023,58\n"
        "LARA,IRIBARREN,2023,33\n"
    )))  # fmt: skip
    assert places(staged) == {
        ("VE-M", "1519", "Sucre", 41.0),
        ("VE-R", "1914", "Sucre", 9.0),
        ("VE-A", "0101", "Libertador", 77.0),
        ("VE-L", "1412", "Libertador", 12.0),
        ("VE-V", "2313", "Maracaibo", 58.0),
        ("VE-K", "1303", "Iribarren", 33.0),
    }
    assert {o.country for o in rows(staged)} == {"VE"}


def test_a_venezuelan_municipio_shared_by_estados_stays_unresolved(tmp_path: Path) -> None:
    """Without an estado column Sucre keeps its name and gets no code; Chacao, the only one
    of its name, gets 1507 and Miranda."""
    staged = ingest(write(tmp_path, "casos.csv", (
        "Municipio,Año,Casos\n"
        "Chacao,2023,6\n"
        "Sucre,2023,4\n"
    )), country="VE")  # fmt: skip
    assert places(staged) == {
        ("VE-M", "1507", "Chacao", 6.0),
        ("", "", "Sucre", 4.0),
    }


def test_an_estado_column_stays_estados(tmp_path: Path) -> None:
    """Tables by estado (Sucre, Bolívar, Barinas, Trujillo...): each also names a municipio,
    none of the rows gets a municipio's code."""
    staged = ingest(write(tmp_path, "casos_estado.csv", (
        "Estado,Año,Casos\n"
        "Sucre,2023,120\n"
        "Bolívar,2023,98\n"
        "Barinas,2023,61\n"
        "Trujillo,2023,44\n"
    )), country="VE")  # fmt: skip
    assert places(staged) == {
        ("VE-R", "", "", 120.0),
        ("VE-F", "", "", 98.0),
        ("VE-E", "", "", 61.0),
        ("VE-T", "", "", 44.0),
    }
    assert {o.country for o in rows(staged)} == {"VE"}


_VE = "Informe 2023 de la Oficina de Atención a la Mujer; República Bolivariana de Venezuela."


def test_a_reports_municipio_gives_its_code_and_estado() -> None:
    """An alcaldía of a name no other municipio has (Chacao, Miranda); one of seven
    (Libertador) with its estado named beside it."""
    chacao = infer_place(f"Alcaldía de Chacao\n{_VE}")
    assert (chacao.place.country, chacao.place.admin1, chacao.place.municipality_code) == (
        "VE",
        "VE-M",
        "1507",
    )
    merida = infer_place(f"Alcaldía de Libertador, Mérida\n{_VE}")
    assert (merida.place.admin1, merida.place.municipality_code) == ("VE-L", "1412")


def test_a_municipio_seven_estados_have_is_flagged_not_guessed() -> None:
    guess = infer_place(f"Alcaldía de Libertador\n{_VE}")
    assert (guess.place.country, guess.place.admin1, guess.place.municipality_code) == (
        "VE",
        "",
        "",
    )
    assert guess.ambiguous_name == "Libertador"
    assert sorted(c.code for c in guess.candidates) == [
        "0101", "0507", "0806", "1412", "1607", "1909", "2016",
    ]  # fmt: skip
