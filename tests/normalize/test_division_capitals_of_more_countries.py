"""Each division's capital municipality is data for every country whose statistical office
numbers it first in its division (country files ``admin1.capitals``: Guatemala's and
Honduras's INE, DANE's DIVIPOLA, Bolivia's INE, INEC's DPA, Costa Rica's DTA, the ONE,
SUBDERE's CUT, INEI's ubigeo): "la capital departamental" in a report of a department is
that municipality. A division whose capital lies outside it (Cundinamarca's is Bogotá, a
division of its own) or is disputed (the Lima region) has none. Lines written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from genero_etl.normalize.places import division_capital
from genero_etl.pipeline import IngestOptions, extract_document


@pytest.mark.parametrize(
    ("country", "admin1", "code", "name"),
    [
        ("GT", "GT-16", "1601", "Cobán"),
        ("HN", "HN-CR", "0501", "San Pedro Sula"),
        ("HN", "HN-FM", "0801", "Distrito Central"),
        ("CO", "CO-ANT", "05001", "MEDELLÍN"),
        ("BO", "BO-H", "010101", "SUCRE"),
        ("EC", "EC-P", "1701", "QUITO"),
        ("CR", "CR-G", "501", "Liberia"),
        ("DO", "DO-25", "2501", "Santiago"),
        ("CL", "CL-BI", "08101", "Concepción"),
        ("PE", "PE-CUS", "080101", "CUSCO"),
    ],
)
def test_capitals_are_data(country: str, admin1: str, code: str, name: str) -> None:
    capital = division_capital(country, admin1)
    assert capital is not None and (capital.code, capital.name, capital.admin1) == (
        code,
        name,
        admin1,
    )


@pytest.mark.parametrize(("country", "admin1"), [("CO", "CO-CUN"), ("PE", "PE-LIM")])
def test_no_capital_where_it_lies_elsewhere(country: str, admin1: str) -> None:
    assert division_capital(country, admin1) is None


def _read(tmp_path: Path, text: str) -> list[tuple[float | None, str, str, str]]:
    path = tmp_path / "informe.txt"
    path.write_text(text, encoding="utf-8")
    found = extract_document(path, path.name, IngestOptions()).observation_list()
    return [(o.value, o.country, o.admin1, o.municipality_code) for o in found]


def test_the_capital_of_the_department(tmp_path: Path) -> None:
    text = (
        "Informe de la Delegación Departamental de Alta Verapaz, Guatemala\n"
        "En 2023 la delegación atendió 300 mujeres en la capital departamental.\n"
    )
    assert _read(tmp_path, text) == [(300.0, "GT", "GT-16", "1601")]


def test_the_capital_of_the_province(tmp_path: Path) -> None:
    text = (
        "Informe de la Gobernación de la Provincia de Azuay\n"
        "En 2023 se atendieron 300 mujeres en la capital provincial.\n"
    )
    assert _read(tmp_path, text) == [(300.0, "EC", "EC-A", "0101")]


def test_no_capital_of_cundinamarca(tmp_path: Path) -> None:
    text = (
        "Informe de la Gobernación de Cundinamarca\n"
        "En 2023 se atendieron 300 mujeres en la capital del departamento.\n"
    )
    assert _read(tmp_path, text) == [(300.0, "CO", "CO-CUN", "")]
