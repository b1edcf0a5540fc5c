"""A name after "municipio" is a municipality's. When municipalities of that name lie in other
divisions than the one of the same name ("Sucre" is an estado of Venezuela and a municipio of
seven), it is no mention of that division: a report of Zulia's women's institute that names
"el municipio Sucre" is of Zulia's Sucre (2320), never of the estado Sucre. A division whose
only municipality of its name lies in it keeps the mention ("en el municipio de Matagalpa", the
real sentence of a Nicaraguan report in texts part dev21). The Venezuelan lines are written for
the test in the manner of the corpus's reports of Lara and Monagas ("municipio Iribarren")."""

from __future__ import annotations

from pathlib import Path

from genero_etl.normalize.places import divisions_named
from genero_etl.pipeline import IngestOptions, extract_document


def _places(tmp_path: Path, text: str) -> dict[str, tuple[str, str, str, str]]:
    path = tmp_path / "informe.txt"
    path.write_text(text, encoding="utf-8")
    staged = extract_document(path, "informe.txt", IngestOptions())
    return {
        o.value_raw: (o.country, o.admin1, o.municipality, o.municipality_code)
        for o in staged.observation_list()
    }


ZULIA = (
    "Instituto de la Mujer del estado Zulia\n\n"
    "Municipio Sucre\n"
    "En 2025 el Instituto atendió 120 mujeres en el municipio Sucre.\n"
)


def test_a_municipio_named_like_another_estado_is_the_reports_estados(tmp_path: Path) -> None:
    assert divisions_named(ZULIA) == {"VE-V": 1}
    assert _places(tmp_path, ZULIA)["120"] == ("VE", "VE-V", "Sucre", "2320")


def test_a_division_whose_namesake_municipality_lies_in_it_keeps_the_mention() -> None:
    line = (
        "Kathia Barrera, promotora departamental del Programa Usura Cero y Programa Adelante, "
        "detalló que en el municipio de Matagalpa se desembolsaron 520 mil córdobas, en montos "
        "que oscilan entre 10 mil y 30 mil córdobas, según el tipo de negocio."
    )
    assert divisions_named(line) == {"NI-MT": 1}
