"""Country from a report's own evidence and each amount's currency read with that country."""

from __future__ import annotations

from pathlib import Path

import pytest

from genero_etl.normalize.country_guess import infer_country
from genero_etl.normalize.observations import currency_code
from genero_etl.normalize.places import infer_place
from genero_etl.pipeline import extract_file


@pytest.mark.parametrize(
    ("written", "country", "code"),
    [
        ("S/", "", "PEN"),
        ("S/.", "PE", "PEN"),
        ("Q", "", "GTQ"),
        ("Q.", "GT", "GTQ"),
        ("₲", "", "PYG"),
        ("Gs.", "", "PYG"),
        ("₡", "", "CRC"),
        ("RD$", "", "DOP"),
        ("$", "CO", "COP"),  # a Colombian "$" is never Mexican pesos
        ("$", "MX", "MXN"),
        ("$", "UY", "UYU"),
        ("$", "", ""),  # no country: unknown, never a guess
        ("Bs", "BO", "BOB"),
        ("Bs", "", ""),  # Bolivia and Venezuela both write Bs
        ("US$", "CL", "USD"),
        ("soles", "", "PEN"),
        ("quetzales", "", "GTQ"),
        ("pesos", "DO", "DOP"),
        ("pesos", "", ""),
        ("", "PE", "PEN"),
    ],
)
def test_currency_by_symbol_and_country(written: str, country: str, code: str) -> None:
    assert currency_code(written, country) == code


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "# fuente: https://www.neuqueninforma.gob.ar/se-monitorean\nSe entregaron 453 botones.",
            "AR",
        ),
        ("Ver https://www.mimp.gob.pe/omep/ para el detalle de 3 casos.", "PE"),
        ("Fuente: www.elpais.com.uy/informacion/x.html\nHubo 12 denuncias.", "UY"),
    ],
)
def test_web_address_under_country_domain_is_evidence(text: str, country: str) -> None:
    assert infer_country([text]).code == country


def test_web_address_elsewhere_says_nothing() -> None:
    assert infer_country(["Fuente: https://sipse.com/novedades/x.html 60 mujeres"]).code == ""


def test_femicide_words_do_not_name_a_country() -> None:
    # "femicidio" and "feminicidio" are written all over the region
    assert infer_country(["Se registraron 12 femicidios y 3 feminicidios."]).code == ""


def test_country_named_repeatedly_is_evidence() -> None:
    text = "En Guatemala hubo 60 denuncias.\nEl Ministerio Público de guatemala informó 12 más."
    assert infer_country([text]).code == "GT"


def test_street_name_is_not_the_province() -> None:
    text = (
        "# fuente: https://www.ejemplo.com.ar/nota\n"
        "El nuevo punto funciona en la Comisaría 15 A, situada en Av. Corrientes 396."
    )
    place = infer_place(text).place
    assert (place.country, place.admin1) == ("AR", "")


def test_amount_in_soles_gets_pen(tmp_path: Path) -> None:
    report = tmp_path / "informe.txt"
    report.write_text(
        "Informe anual 2023 del Centro Emergencia Mujer\n"
        "El presupuesto asignado fue de S/ 250 000 para prevención.\n",
        encoding="utf-8",
    )
    money = [o for o in extract_file(report) if o.value == 250000]
    assert [(o.unit, o.source_locator) for o in money] == [("PEN", "line:2")]


def test_a_subdivision_named_like_an_everyday_word_counts_after_a_preposition() -> None:
    guess = infer_country(["La Secretaría de la Mujer en Bogotá atendió 40 casos."])
    assert "admin1 'Bogotá' (CO-DC)" in guess.evidence[0]
    assert infer_country(["Lima es una fruta; se vendieron 40."]).evidence == []


def test_a_national_figure_is_the_countrys_not_the_datelines_city(tmp_path: Path) -> None:
    report = tmp_path / "informe.txt"
    report.write_text(
        "# fuente: https://www.merida.gob.mx/mujer/informe-2023\n"
        "Informe 2023 del Instituto Municipal de la Mujer de Mérida, Yucatán\n"
        "El Instituto atendió a 345 mujeres en el municipio de Mérida.\n"
        "A nivel nacional se registraron 3.000 casos, y 40 casos más llegaron al refugio.\n",
        encoding="utf-8",
    )
    found = {o.value: o for o in extract_file(report)}
    local, national, shelter = found[345], found[3000], found[40]
    assert (local.country, local.admin1, local.municipality_code) == ("MX", "MX-YUC", "31050")
    assert (national.country, national.admin1, national.municipality_code) == ("MX", "", "")
    assert shelter.municipality_code == "31050"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("El SOS 137 recibió 6.875 llamadas por casos de violencia.", "PY"),
        ("La Línea Púrpura atendió 238.075 llamadas.", "CO"),
        ("La Línea 100 recibió 45.000 llamadas de enero a agosto.", "PE"),
        ("Desde una línea fija 0800 4141 se recibieron 300 llamadas.", "UY"),
        ("El fono 1455 recibió 12.000 llamadas.", "CL"),
    ],
)
def test_a_countrys_own_hotline_is_evidence(text: str, country: str) -> None:
    assert infer_country([text]).code == country
