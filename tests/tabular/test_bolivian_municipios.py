"""Bolivia's municipios with the INE's codes (departamento 2 digits + provincia 2 + sección 2):
a municipal office's report and a table's municipio column get the official code, in the
department the row names; a name two municipios share, or a department's name, gets no
municipio's code by itself."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from tests.tabular.staged import places, rows, write
from tests.tabular.staged import staged_file as ingest

from genero_etl.normalize.places import infer_place
from genero_etl.resources import data_dir

DOCS = Path(__file__).resolve().parents[1] / "acceptance" / "texts" / "docs"


def test_the_list_has_each_departments_municipios() -> None:
    """337 distinct codes, each starting with its province's and its department's code."""
    with open(data_dir() / "gazetteers" / "bo_municipios.csv", encoding="utf-8", newline="") as f:
        got = list(csv.DictReader(f))
    codes = [r["codigo"] for r in got]
    assert len(codes) == len(set(codes)) == 337
    assert all(r["codigo"][:4] == r["codigo_provincia"] for r in got)
    assert all(r["codigo"][:2] == r["codigo_departamento"] for r in got)
    per_department = Counter(r["codigo_departamento"] for r in got)
    assert [per_department[f"{d:02d}"] for d in range(1, 10)] == [
        29,
        85,
        47,
        35,
        40,
        11,
        56,
        19,
        15,
    ]
    by_code = {r["codigo"]: r["municipio"] for r in got}
    assert (by_code["010101"], by_code["020105"], by_code["031001"], by_code["070101"]) == (
        "SUCRE",
        "EL ALTO",
        "SACABA",
        "SANTA CRUZ DE LA SIERRA",
    )


def test_a_municipal_slim_report_is_its_municipios() -> None:
    """Two press reports on municipal SLIM offices: Sacaba's (031001, Cochabamba) and the
    budget of Viacha's (020801, La Paz), which names the municipio once."""
    for doc, expected in (
        ("bo_slim_sacaba_enero_julio_2020.txt", ("BO", "BO-C", "031001")),
        ("bo_viacha_slim_presupuesto_2021.txt", ("BO", "BO-L", "020801")),
    ):
        place = infer_place((DOCS / doc).read_text(encoding="utf-8")).place
        assert (place.country, place.admin1, place.municipality_code) == expected, doc


def test_bolivian_municipios_get_the_rows_department(tmp_path: Path) -> None:
    """Entre Ríos is a municipio of Cochabamba (031206) and of Tarija (060601); El Alto and
    Viacha are La Paz's; written in capitals without accents, as the police's tables do."""
    staged = ingest(write(tmp_path, "denuncias_municipio.csv", (
        "Departamento,Municipio,Gestión,Denuncias\n"
        "LA PAZ,EL ALTO,2023,5120\n"
        "LA PAZ,VIACHA,2023,310\n"
        "COCHABAMBA,SACABA,2023,1402\n"
        "COCHABAMBA,ENTRE RIOS,2023,61\n"
        "TARIJA,ENTRE RIOS,2023,44\n"
    )))  # fmt: skip
    assert places(staged) == {
        ("BO-L", "020105", "EL ALTO", 5120.0),
        ("BO-L", "020801", "VIACHA", 310.0),
        ("BO-C", "031001", "SACABA", 1402.0),
        ("BO-C", "031206", "ENTRE RIOS (BULO BULO)", 61.0),
        ("BO-T", "060601", "ENTRE RIOS (LA MORETA)", 44.0),
    }
    assert {o.country for o in rows(staged)} == {"BO"}


def test_shared_names_and_departments_stay_unresolved(tmp_path: Path) -> None:
    """Without a department column Entre Ríos and San Javier (Santa Cruz, Beni) get no code;
    a column of departments (La Paz, Cochabamba, Tarija: each also a municipio's name) stays
    departments."""
    municipios = ingest(write(tmp_path, "casos.csv", (
        "Municipio,Gestión,Casos\n"
        "El Alto,2023,9\n"
        "Entre Ríos,2023,4\n"
        "San Javier,2023,2\n"
    )), country="BO")  # fmt: skip
    assert places(municipios) == {
        ("BO-L", "020105", "EL ALTO", 9.0),
        ("", "", "Entre Ríos", 4.0),
        ("", "", "San Javier", 2.0),
    }
    departments = ingest(write(tmp_path, "departamentos.csv", (
        "Departamento,Gestión,Casos\n"
        "La Paz,2023,11230\n"
        "Cochabamba,2023,8120\n"
        "Tarija,2023,2210\n"
    )))  # fmt: skip
    assert places(departments) == {
        ("BO-L", "", "", 11230.0),
        ("BO-C", "", "", 8120.0),
        ("BO-T", "", "", 2210.0),
    }
