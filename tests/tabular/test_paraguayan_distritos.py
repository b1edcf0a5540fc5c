"""Paraguay's distritos with the INE's (ex DGEEC) codes (departamento 2 digits, Asunción 00, +
distrito 2): a report about a district and a table's distrito column get the official code; Bella
Vista (Itapúa and Amambay) needs the row's department; a department's name (Concepción) is never
taken for its capital district."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from tests.tabular.staged import places, rows, write
from tests.tabular.staged import staged_file as ingest

from genero_etl.normalize.document import national_document
from genero_etl.normalize.places import infer_place
from genero_etl.resources import data_dir

DOCS = Path(__file__).resolve().parents[1] / "acceptance" / "texts" / "docs"


def test_the_list_has_each_departments_distritos() -> None:
    """250 distinct codes, each starting with its department's; Boquerón's three keep the
    INE's numbers (1602, 1604, 1605); Alto Paraguay (17) is ISO's PY-16, Boquerón (16) PY-19."""
    with open(data_dir() / "gazetteers" / "py_distritos.csv", encoding="utf-8", newline="") as f:
        got = list(csv.DictReader(f))
    codes = [r["Código concatenado"] for r in got]
    assert len(codes) == len(set(codes)) == 250
    assert all(r["Código concatenado"][:2] == r["Código de Departamento"] for r in got)
    per_department = Counter(r["Código de Departamento"] for r in got)
    assert [per_department[f"{d:02d}"] for d in range(18)] == [
        1, 11, 20, 20, 18, 22, 11, 30, 10, 17, 22, 19, 16, 5, 13, 8, 3, 4,
    ]  # fmt: skip
    boqueron = {
        r["Código concatenado"]: r["iso_3166_2"] for r in got if r["Código de Departamento"] == "16"
    }
    assert boqueron == {"1602": "PY-19", "1604": "PY-19", "1605": "PY-19"}


def test_a_report_on_a_district_is_its_distritos() -> None:
    """The Ministerio de la Mujer's regional centre of Ciudad del Este held a session in the
    district of Mbaracayú (Alto Paraná, 1017), organised with its municipality."""
    text = (DOCS / "py_minmujer_centro_regional_mbaracayu_sensibilizacion.txt").read_text(
        encoding="utf-8"
    )
    place = infer_place(text).place
    assert (place.country, place.admin1, place.municipality_code) == ("PY", "PY-10", "1017")


def test_paraguayan_distritos_get_the_rows_department(tmp_path: Path) -> None:
    """Bella Vista is a distrito of Itapúa (0702) and of Amambay (1302); Luque and San Lorenzo
    are Central's; Ciudad del Este and Hernandarias Alto Paraná's."""
    staged = ingest(write(tmp_path, "denuncias_distrito.csv", (
        "Departamento,Distrito,Año,Denuncias\n"
        "ITAPÚA,BELLA VISTA,2024,14\n"
        "AMAMBAY,BELLA VISTA,2024,9\n"
        "CENTRAL,LUQUE,2024,880\n"
        "CENTRAL,SAN LORENZO,2024,1020\n"
        "ALTO PARANÁ,CIUDAD DEL ESTE,2024,1310\n"
        "ALTO PARANÁ,HERNANDARIAS,2024,240\n"
    )))  # fmt: skip
    assert places(staged) == {
        ("PY-7", "0702", "BELLA VISTA", 14.0),
        ("PY-13", "1302", "BELLA VISTA", 9.0),
        ("PY-11", "1109", "LUQUE", 880.0),
        ("PY-11", "1114", "SAN LORENZO", 1020.0),
        ("PY-10", "1001", "CIUDAD DEL ESTE", 1310.0),
        ("PY-10", "1005", "HERNANDARIAS", 240.0),
    }
    assert {o.country for o in rows(staged)} == {"PY"}


def test_a_shared_name_and_departments_stay_unresolved(tmp_path: Path) -> None:
    """Without a department column Bella Vista gets no code while Luque gets 1109; a column of
    departments (Concepción, also its capital district's name) stays departments."""
    distritos = ingest(write(tmp_path, "casos.csv", (
        "Distrito,Año,Casos\n"
        "Luque,2024,31\n"
        "Bella Vista,2024,3\n"
    )), country="PY")  # fmt: skip
    assert places(distritos) == {("PY-11", "1109", "LUQUE", 31.0), ("", "", "Bella Vista", 3.0)}
    departments = ingest(write(tmp_path, "departamentos.csv", (
        "Departamento,Año,Casos\n"
        "Concepción,2024,410\n"
        "Itapúa,2024,905\n"
        "Alto Paraná,2024,1600\n"
    )))  # fmt: skip
    assert places(departments) == {
        ("PY-1", "", "", 410.0),
        ("PY-7", "", "", 905.0),
        ("PY-10", "", "", 1600.0),
    }


def test_a_service_located_in_a_district_keeps_a_national_report_national() -> None:
    """The Ministerio de la Mujer's services of 2019: its Centro Ciudad Mujer is "ubicado en
    Villa Elisa" (1115), which says where the centre sits, so the report stays national; a
    lead whose count is made in Villa Elisa is about the district."""
    text = (DOCS / "py_minmujer_servicios_2019.txt").read_text(encoding="utf-8")
    assert national_document(text, "PY")
    local = (
        "Violencia en Villa Elisa\n"
        "El Ministerio de la Mujer informó que en Villa Elisa se registraron 40 denuncias en 2019.\n"
    )
    assert not national_document(local, "PY")
