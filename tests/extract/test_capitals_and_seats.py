"""National and state figures stay at their level (issue 10): the division that is a country's
capital or where its government sits (the country files' ``admin1.seat``,
``municipalities.capital`` and ``municipalities.seats``) named in a national body's opening is
where the body works, not the place of its figures. Real documents of the text corpus
(tests/acceptance/texts/docs), read as the corpus runner reads them, and sentences of other
offices' pages."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from genero_etl.countries import registry
from genero_etl.model.observation import Observation
from genero_etl.normalize.country_guess import infer_country

from .reports import extracted
from .reports import places_listed_at as _places
from .reports import scratch_document as _document


def _extract(name: str, text: str) -> list[Observation]:
    with tempfile.TemporaryDirectory() as scratch:
        return extracted(Path(scratch), text, name)


def test_the_bolivian_electoral_bodys_counts_stay_the_countrys() -> None:
    # dev81, bo_oep_denuncias_renuncias_acoso_politico_septiembre_2018.txt: the Órgano Electoral
    # Plurinacional's complaints and resignations "a nivel nacional", in a report that names La
    # Paz, the seat of government ("La Paz es el departamento con mayor cantidad de víctimas",
    # the workshop "en la ciudad de La Paz"), once all given to La Paz (BO-L)
    observations = _document("bo_oep_denuncias_renuncias_acoso_politico_septiembre_2018")
    assert _places(observations, "line:6") == [
        (90.0, "BO", ""),
        (71.0, "BO", ""),
        (79.0, "BO", ""),
        (16.0, "BO", ""),
        (18.0, "BO", ""),
        (3.0, "BO", ""),
        (3.0, "BO", ""),
    ]
    assert _places(observations, "line:7") == [
        (36.0, "BO", ""),
        (74.0, "BO", ""),
        (10.0, "BO", ""),
        (16.0, "BO", ""),
    ]


def test_the_electoral_tribunals_count_under_a_la_paz_dateline() -> None:
    # dev42, bo_tse_denuncias_renuncias_departamentos.txt: "La Paz (ABI),. La vocal del
    # Tribunal Supremo Electoral (TSE) ... 185 casos ... del país" and, the line after, "185
    # casos registrados en el órgano electoral en su conjunto": the country's, once La Paz's
    observations = _document("bo_tse_denuncias_renuncias_departamentos")
    assert _places(observations, "line:3") == [(185.0, "BO", "")]
    # the departments' own counts keep their place (line 7: La Paz's 13)
    assert (13.0, "BO", "BO-L") in _places(observations, "line:7")


def test_a_bogota_dateline_names_colombia() -> None:
    # dev39, co_bogota_sdis_comisarias_medidas_proteccion_2019.txt, line 6, its dateline as
    # written, "Bogotá, 13 marzo de 2020." (the rest of the line names Colombia by its
    # Comisarías de Familia): the capital (co.yaml admin1.capital, Distrito Capital) opening a
    # line names Colombia when nothing else does, as "Caracas" names Venezuela; it is where the
    # report was written, not its place
    guess = infer_country(["Bogotá, 13 marzo de 2020."])
    assert (guess.code, guess.evidence) == ("CO", ["capital in dateline 'Bogotá' (CO-DC)"])
    assert guess.places == ()


def test_lima_named_in_the_lead_of_a_national_count() -> None:
    # EFE's note of 25 November, as noticiassin.com printed it: "LIMA, Perú.- Cientos de
    # manifestantes marcharon hoy en Lima ..." and the sector's figures "en Perú": the march
    # in the capital does not make the country's 121 cases and 64 deaths Lima's (a guard: a
    # capital's division made a seat where national offices sit, PE-LMA alone, made them so)
    text = (
        "Exigen en marcha ley contra el feminicidio en día contra violencia machista\n"
        "LIMA, Perú.- Cientos de manifestantes marcharon hoy en Lima para exigir una ley que "
        "sancione el feminicidio, al celebrarse el Día Internacional de la Eliminación de la "
        "Violencia contra la Mujer.\n"
        "En lo que va del año, en Perú se han registrado 121 casos de violencia extrema contra "
        "la mujer, de los cuales, 64 de ellos han terminado con la muerte de la víctima, según "
        "cifras del sector.\n"
    )
    observations = _extract("pe_efe_marcha_feminicidio.txt", text)
    assert _places(observations, "line:3") == [(121.0, "PE", ""), (64.0, "PE", "")]


@pytest.mark.parametrize(
    ("country", "capital", "seats", "municipality", "government_seats"),
    [
        ("AR", "AR-C", (), "", ()),
        ("BO", "BO-H", ("BO-H", "BO-L"), "010101", ("020101",)),
        ("CL", "CL-RM", (), "13101", ()),
        ("CO", "CO-DC", (), "11001", ()),
        ("CR", "CR-SJ", (), "101", ()),
        ("CU", "CU-03", (), "", ()),
        ("DO", "DO-01", (), "0101", ()),
        ("EC", "EC-P", (), "1701", ()),
        ("GT", "GT-01", (), "0101", ()),
        ("HN", "HN-FM", (), "0801", ()),
        ("MX", "MX-CMX", (), "", ()),
        ("NI", "NI-MN", (), "", ()),
        ("PA", "PA-8", (), "", ()),
        ("PE", "PE-LMA", (), "150101", ()),
        ("PR", "", (), "72127", ()),
        ("PY", "PY-ASU", (), "0000", ()),
        ("SV", "SV-SS", (), "0614", ()),
        ("UY", "UY-MO", ("UY-MO",), "", ()),
        ("VE", "VE-A", (), "0101", ()),
    ],
)
def test_every_country_names_its_capital_and_seats(
    country: str,
    capital: str,
    seats: tuple[str, ...],
    municipality: str,
    government_seats: tuple[str, ...],
) -> None:
    # each country file names the division of its capital (Puerto Rico has no division above
    # its municipios) and, where the gazetteer has one municipality for it, the capital's
    # municipality; the divisions where national offices sit whatever the opening says of
    # them (admin1.seat) are Uruguay's Montevideo and Bolivia's Sucre and La Paz, the seat of
    # its government (municipalities.seats)
    found = registry().countries[country]
    assert found.admin1_capital == capital
    assert found.admin1_seats == seats
    assert found.capital_municipality == municipality
    assert found.government_seats == government_seats
