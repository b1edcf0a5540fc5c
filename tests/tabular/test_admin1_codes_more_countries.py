"""First-level divisions given by their national statistics office's code alone: Bolivia's
INE, Costa Rica's INEC, Ecuador's INEC (DPA), Honduras' INE and El Salvador's DIGESTYC number
their departments or provinces; a column of those numbers places each row."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.normalize.places import lookup_admin1
from genero_etl.pipeline import IngestOptions, extract_document


@pytest.mark.parametrize(
    ("country", "code", "iso"),
    [
        ("BO", "2", "BO-L"),  # La Paz
        ("BO", "7", "BO-S"),  # Santa Cruz
        ("CR", "1", "CR-SJ"),
        ("CR", "7", "CR-L"),  # Limón
        ("EC", "09", "EC-G"),  # Guayas
        ("EC", "17", "EC-P"),  # Pichincha
        ("EC", "23", "EC-SD"),  # Santo Domingo de los Tsáchilas
        ("HN", "08", "HN-FM"),  # Francisco Morazán
        ("HN", "5", "HN-CR"),  # Cortés, its leading zero lost
        ("SV", "06", "SV-SS"),  # San Salvador
        ("SV", "14", "SV-UN"),  # La Unión
    ],
)
def test_a_national_department_code_names_its_division(country: str, code: str, iso: str) -> None:
    assert [a.iso for a in lookup_admin1(code, country)] == [iso]


def test_a_code_beyond_the_countrys_list_names_nothing() -> None:
    assert lookup_admin1("10", "BO") == [] and lookup_admin1("8", "CR") == []


def test_a_table_placed_by_department_codes_alone(tmp_path: Path) -> None:
    path = tmp_path / "denuncias_hn_2023.csv"
    path.write_text(
        "cod_depto,anio,denuncias_violencia_domestica\n08,2023,3200\n05,2023,2900\n01,2023,410\n",
        encoding="utf-8",
    )
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="HN")))
    rows = [SimpleNamespace(**r) for r in table_rows(staged.table())]
    placed = {r.admin1: (r.value, r.period_start[:4]) for r in rows}
    assert placed == {
        "HN-FM": (3200, "2023"),
        "HN-CR": (2900, "2023"),
        "HN-AT": (410, "2023"),
    }
