"""El Salvador's municipios with their official codes (departamento 2 digits + municipio 2),
before and after the 2024 reform: the 262 municipios of the DIGESTYC (distritos since 1 May
2024, same territory and code) and the 44 municipios of 2024, whose codes continue each
department's numbering (Ministerio de Hacienda, CAT-013). A name several departments share
needs the row's department; a department's name is never taken for its municipio."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from tests.tabular.staged import places, rows, write
from tests.tabular.staged import staged_file as ingest

from genero_etl.normalize.places import infer_place, lookup_municipality, place_from_code
from genero_etl.resources import data_dir

DOCS = Path(__file__).resolve().parents[1] / "acceptance" / "texts" / "docs"
OLD = "municipio hasta 2024, distrito desde 2024"
NEW = "municipio desde 2024"


def _list() -> list[dict[str, str]]:
    with open(data_dir() / "gazetteers" / "sv_municipios.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_the_list_has_both_the_262_and_the_44_municipios() -> None:
    """306 distinct codes: the 262 of each department (12 in Ahuachapán ... 18 in La Unión)
    and the 44 of 2024 numbered after them (Ahuachapán 13-15, San Salvador 20-24); every one
    of the 262 lies in exactly one 2024 municipio of its own department."""
    got = _list()
    codes = [r["codigo"] for r in got]
    assert len(codes) == len(set(codes)) == 306
    assert all(r["codigo"][:2] == r["codigo_departamento"] for r in got)
    old = [r for r in got if r["nivel"] == OLD]
    new = [r for r in got if r["nivel"] == NEW]
    assert (len(old), len(new)) == (262, 44)
    per_old = Counter(r["codigo_departamento"] for r in old)
    per_new = Counter(r["codigo_departamento"] for r in new)
    assert [per_old[f"{d:02d}"] for d in range(1, 15)] == [
        12, 13, 16, 33, 22, 19, 16, 22, 9, 13, 23, 20, 26, 18,
    ]  # fmt: skip
    assert [per_new[f"{d:02d}"] for d in range(1, 15)] == [3, 4, 4, 3, 6, 5, 2, 3, 2, 2, 3, 3, 2, 2]
    for d in range(1, 15):
        dep = f"{d:02d}"
        assert min(int(r["codigo"][2:]) for r in new if r["codigo_departamento"] == dep) == (
            per_old[dep] + 1
        )
    new_codes = {r["codigo"] for r in new}
    assert all(r["municipio_2024"] in new_codes for r in old)
    assert all(r["municipio_2024"][:2] == r["codigo"][:2] for r in old)
    assert not any(r["municipio_2024"] for r in new)
    by_code = {r["codigo"]: r for r in got}
    assert (by_code["0614"]["municipio"], by_code["0614"]["municipio_2024"]) == (
        "San Salvador",
        "0623",
    )
    assert by_code["0623"]["municipio"] == "San Salvador Centro"
    assert (by_code["0511"]["municipio"], by_code["0511"]["municipio_2024"]) == (
        "Santa Tecla",
        "0528",
    )
    within = sorted(r["municipio"] for r in old if r["municipio_2024"] == "0623")
    assert within == ["Ayutuxtepeque", "Cuscatancingo", "Delgado", "Mejicanos", "San Salvador"]


def test_names_resolve_with_accents_case_and_the_forms_in_use() -> None:
    """ "San Salvador Centro" is the 2024 municipio (0623), "San Salvador" the old municipio, now
    its distrito (0614); capitals and no accents, "Nueva San Salvador" and "Ciudad Delgado"."""

    def codes(name: str, admin1: str = "") -> list[str]:
        return [m.code for m in lookup_municipality(name, "SV", admin1)]

    assert codes("San Salvador Centro") == ["0623"]
    assert codes("SAN SALVADOR CENTRO") == ["0623"]
    assert codes("San Salvador") == ["0614"]
    assert codes("nueva san salvador") == codes("Santa Tecla") == ["0511"]
    assert codes("Ciudad Delgado") == ["0619"]
    assert codes("CABANAS OESTE") == ["0910"]
    assert codes("Usulután Este") == codes("USULUTAN ESTE") == ["1125"]
    assert codes("El Rosario") == ["0704", "0802", "1307"]  # Cuscatlán, La Paz, Morazán
    assert codes("El Rosario", "SV-PA") == ["0802"]
    place = place_from_code("SV", "623")  # a lost leading zero
    assert place is not None
    assert (place.admin1, place.municipality) == ("SV-SS", "San Salvador Centro")


def test_salvadoran_municipios_get_the_rows_department(tmp_path: Path) -> None:
    """El Rosario is a municipio of Cuscatlán, La Paz and Morazán; La Unión the municipio (1408)
    of La Unión the department; 2024 municipios and old ones in the same table."""
    staged = ingest(write(tmp_path, "denuncias_municipio.csv", (
        "Departamento,Municipio,Año,Denuncias\n"
        "SAN SALVADOR,SAN SALVADOR CENTRO,2024,410\n"
        "SAN SALVADOR,SOYAPANGO,2023,120\n"
        "LA LIBERTAD,SANTA TECLA,2023,75\n"
        "CUSCATLAN,EL ROSARIO,2023,3\n"
        "LA PAZ,EL ROSARIO,2023,4\n"
        "MORAZAN,EL ROSARIO,2023,2\n"
        "CABAÑAS,CABAÑAS OESTE,2024,19\n"
        "SAN MIGUEL,SAN ANTONIO DEL MOSCO,2023,1\n"
        "LA UNION,LA UNION,2023,22\n"
    )))  # fmt: skip
    assert places(staged) == {
        ("SV-SS", "0623", "San Salvador Centro", 410.0),
        ("SV-SS", "0617", "Soyapango", 120.0),
        ("SV-LI", "0511", "Santa Tecla", 75.0),
        ("SV-CU", "0704", "El Rosario", 3.0),
        ("SV-PA", "0802", "El Rosario", 4.0),
        ("SV-MO", "1307", "El Rosario", 2.0),
        ("SV-CA", "0910", "Cabañas Oeste", 19.0),
        ("SV-SM", "1213", "San Antonio", 1.0),
        ("SV-UN", "1408", "La Unión", 22.0),
    }
    assert {o.country for o in rows(staged)} == {"SV"}


def test_a_salvadoran_municipio_shared_by_departments_stays_unresolved(tmp_path: Path) -> None:
    """Without a department column El Rosario (three departments) and San Isidro (Cabañas,
    Morazán) keep their names and get no code; Soyapango and La Libertad Sur, each the only
    one of its name, get theirs."""
    staged = ingest(write(tmp_path, "casos.csv", (
        "Municipio,Año,Casos\n"
        "Soyapango,2023,6\n"
        "El Rosario,2023,4\n"
        "San Isidro,2023,2\n"
        "La Libertad Sur,2024,9\n"
    )), country="SV")  # fmt: skip
    assert places(staged) == {
        ("SV-SS", "0617", "Soyapango", 6.0),
        ("SV-LI", "0528", "La Libertad Sur", 9.0),
        ("", "", "El Rosario", 4.0),
        ("", "", "San Isidro", 2.0),
    }


def test_a_department_column_stays_departments(tmp_path: Path) -> None:
    """Tables by department (San Salvador, La Libertad, La Unión, San Miguel, Santa Ana): each
    also names a municipio, none of the rows gets a municipio's code."""
    staged = ingest(write(tmp_path, "denuncias_departamento.csv", (
        "Departamento,Año,Denuncias\n"
        "San Salvador,2023,2210\n"
        "La Libertad,2023,820\n"
        "La Unión,2023,210\n"
        "San Miguel,2023,530\n"
        "Santa Ana,2023,480\n"
    )))  # fmt: skip
    assert places(staged) == {
        ("SV-SS", "", "", 2210.0),
        ("SV-LI", "", "", 820.0),
        ("SV-UN", "", "", 210.0),
        ("SV-SM", "", "", 530.0),
        ("SV-SA", "", "", 480.0),
    }
    assert {o.country for o in rows(staged)} == {"SV"}


def test_a_municipal_police_unit_report_is_its_municipios() -> None:
    """The police's UNIMUJER-ODAC of Conchagua, La Unión: its place is 1404."""
    text = (DOCS / "sv_pnc_unimujer_conchagua_2016.txt").read_text(encoding="utf-8")
    place = infer_place(text).place
    assert (place.country, place.admin1, place.municipality_code, place.municipality) == (
        "SV",
        "SV-UN",
        "1404",
        "Conchagua",
    )
