"""Guatemala's 340 municipios with the INE's codes (departamento 2 digits + municipio 2): a
table's municipio column and a municipal office's report get the official code; a name several
municipios share needs the row's department; a department's name is never taken for the
municipio of the same name."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from tests.tabular.staged import places, rows, write
from tests.tabular.staged import staged_file as ingest

from genero_etl.normalize.places import infer_place
from genero_etl.resources import data_dir

DOCS = Path(__file__).resolve().parents[1] / "acceptance" / "texts" / "docs"


def test_the_list_has_the_ine_municipios_of_each_department() -> None:
    """340 distinct codes, each starting with its department's; San José La Máquina (1021,
    2014), Sipacate (0514, 2015) and Petatán (1333, 2015) are the newest."""
    with open(data_dir() / "gazetteers" / "gt_municipios.csv", encoding="utf-8", newline="") as f:
        got = list(csv.DictReader(f))
    codes = [r["codigo"] for r in got]
    assert len(codes) == len(set(codes)) == 340
    assert all(r["codigo"][:2] == r["codigo_departamento"] for r in got)
    per_department = Counter(r["codigo_departamento"] for r in got)
    assert [per_department[f"{d:02d}"] for d in range(1, 23)] == [
        17, 8, 16, 16, 14, 14, 19, 8, 24, 21, 9, 30, 33, 21, 8, 17, 14, 5, 11, 11, 7, 17,
    ]  # fmt: skip
    by_code = {r["codigo"]: r["municipio"] for r in got}
    assert (by_code["0101"], by_code["0108"], by_code["1205"], by_code["2217"]) == (
        "Guatemala",
        "Mixco",
        "San Miguel Ixtahuacán",
        "Quesada",
    )


def test_guatemalan_municipios_get_the_rows_department(tmp_path: Path) -> None:
    """Santa Bárbara is a municipio of Suchitepéquez (1015) and of Huehuetenango (1310); El
    Progreso is a department (GT-02) and a municipio of Jutiapa (2202); San Marcos the municipio
    (1201) of San Marcos the department; names written in capitals without accents."""
    staged = ingest(write(tmp_path, "denuncias_municipio.csv", (
        "Departamento,Municipio,Año,Denuncias\n"
        "SAN MARCOS,SAN MARCOS,2022,41\n"
        "SAN MARCOS,SAN MIGUEL IXTAHUACAN,2022,12\n"
        "HUEHUETENANGO,SANTA BARBARA,2022,3\n"
        "SUCHITEPEQUEZ,SANTA BARBARA,2022,5\n"
        "JUTIAPA,EL PROGRESO,2022,7\n"
        "EL PROGRESO,SANARATE,2022,9\n"
        "GUATEMALA,MIXCO,2022,310\n"
    )))  # fmt: skip
    assert places(staged) == {
        ("GT-12", "1201", "San Marcos", 41.0),
        ("GT-12", "1205", "San Miguel Ixtahuacán", 12.0),
        ("GT-13", "1310", "Santa Bárbara", 3.0),
        ("GT-10", "1015", "Santa Bárbara", 5.0),
        ("GT-22", "2202", "El Progreso", 7.0),
        ("GT-02", "0207", "Sanarate", 9.0),
        ("GT-01", "0108", "Mixco", 310.0),
    }
    assert {o.country for o in rows(staged)} == {"GT"}


def test_a_guatemalan_municipio_shared_by_departments_stays_unresolved(tmp_path: Path) -> None:
    """Without a department column Santa Bárbara (two departments) and San José (Escuintla,
    Petén) keep their names and get no code; Tejutla, the only one of its name, gets 1210."""
    staged = ingest(write(tmp_path, "casos.csv", (
        "Municipio,Año,Casos\n"
        "Tejutla,2022,6\n"
        "Santa Bárbara,2022,4\n"
        "San José,2022,2\n"
    )), country="GT")  # fmt: skip
    assert places(staged) == {
        ("GT-12", "1210", "Tejutla", 6.0),
        ("", "", "Santa Bárbara", 4.0),
        ("", "", "San José", 2.0),
    }


def test_a_department_column_stays_departments(tmp_path: Path) -> None:
    """The INE's tables by department (Guatemala, San Marcos, Jutiapa, El Progreso...): each
    also names a municipio, none of the rows gets a municipio's code."""
    staged = ingest(write(tmp_path, "denuncias_departamento.csv", (
        "Departamento,Año,Denuncias\n"
        "Guatemala,2022,9562\n"
        "El Progreso,2022,402\n"
        "San Marcos,2022,1310\n"
        "Jutiapa,2022,880\n"
    )))  # fmt: skip
    assert places(staged) == {
        ("GT-01", "", "", 9562.0),
        ("GT-02", "", "", 402.0),
        ("GT-12", "", "", 1310.0),
        ("GT-22", "", "", 880.0),
    }


def test_a_municipal_womens_office_report_is_its_municipios() -> None:
    """The Dirección Municipal de la Mujer of San Miguel Ixtahuacán's February report (it also
    names Tejutla, San Marcos, where a course will be held): its place is 1205."""
    text = (DOCS / "gt_dmm_san_miguel_ixtahuacan_informe_febrero.txt").read_text(encoding="utf-8")
    place = infer_place(text).place
    assert (place.country, place.admin1, place.municipality_code, place.municipality) == (
        "GT",
        "GT-12",
        "1205",
        "San Miguel Ixtahuacán",
    )
