"""A municipality named after "municipio" without "de" ("Alcaldía del Municipio Chacao",
"el municipio Chacao del estado Miranda") is the report's municipality, not its estado: the
estado written right after the municipio only says where it lies. A clause that names the
estado apart ("informó que en el estado Miranda se atendieron 120") is the estado's figure.
Lines written for the test in the manner of the corpus's Venezuelan municipal reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from genero_etl.pipeline import IngestOptions, extract_document


def _place(tmp_path: Path, text: str) -> tuple[str, str, str, str]:
    path = tmp_path / "informe.txt"
    path.write_text(text + "\n", encoding="utf-8")
    found = extract_document(path, "informe.txt", IngestOptions()).observation_list()
    assert [o.value for o in found] == [120.0]
    o = found[0]
    return o.country, o.admin1, o.municipality, o.municipality_code


@pytest.mark.parametrize(
    "text",
    [
        "La Alcaldía del Municipio Chacao, a través del Instituto de la Mujer, atendió 120 "
        "mujeres en 2023.",
        "El municipio Chacao del estado Miranda atendió 120 mujeres en 2023.",
        "En el municipio Chacao del estado Miranda se atendieron 120 mujeres en 2023.",
        "La Alcaldía de Chacao atendió 120 mujeres en 2023.",
    ],
)
def test_the_municipio_is_the_reports(tmp_path: Path, text: str) -> None:
    assert _place(tmp_path, text) == ("VE", "VE-M", "Chacao", "1507")


def test_the_estado_said_apart_is_the_estados_figure(tmp_path: Path) -> None:
    text = (
        "La Alcaldía del Municipio Chacao informó que en el estado Miranda se atendieron 120 "
        "mujeres en 2023."
    )
    assert _place(tmp_path, text) == ("VE", "VE-M", "", "")
