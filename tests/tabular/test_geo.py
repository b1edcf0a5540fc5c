"""A table's country from evidence only, and its place names resolved within that country."""

from __future__ import annotations

from genero_etl.tabular.geo import (
    Resolver,
    admin1_of_code,
    countries_of_codes,
    pad_code,
    reduce_code,
    title_votes,
    vote_country,
)


def test_place_names_vote_for_their_country() -> None:
    found = vote_country({"admin1": ["Salta", "Jujuy", "Tucumán", "S/D"]}, [], [])
    assert found is not None and found.code == "AR"
    assert vote_country({"admin1": ["Norte", "Sur", "Centro"]}, [], []) is None


def test_names_other_countries_share_vote_with_the_one_country_they_all_fit() -> None:
    """Bolivia's departments, two of them also Honduran, Salvadoran or Argentine names, beside
    municipalities no shipped gazetteer lists: before, two votes of eight were too few and the
    register had no country."""
    departments = ["Cochabamba", "La Paz", "Oruro", "Santa Cruz"]
    municipalities = ["El Alto", "Montero", "Oruro", "Quillacollo"]
    found = vote_country({"admin1": departments, "municipality": municipalities}, [], [])
    assert found is not None and found.code == "BO"
    # names that fit two countries alike say neither
    assert vote_country({"admin1": ["La Paz", "Santa Cruz"]}, [], []) is None
    # a name of another country among them: no one country fits them all
    assert (
        vote_country({"admin1": ["Cochabamba", "La Paz", "Oruro", "Salta", "Jujuy"]}, [], [])
        is None
    )


def test_a_country_column_or_hasc_codes_say_it_outright() -> None:
    assert vote_country({}, ["Colombia", "Colombia"], []).code == "CO"  # type: ignore[union-attr]
    hasc = vote_country({"admin1": ["PE.AM", "PE.AN", "PE.LR"]}, [], [])
    assert hasc is not None and hasc.code == "PE"


def test_title_words() -> None:
    assert set(title_votes(["Gobierno del Estado de Jalisco"])) == {"MX"}
    assert title_votes(["# Femicide In Peru"])["PE"] == 3
    assert not title_votes(["Presupuesto por programa"])


def test_names_resolve_only_within_the_country() -> None:
    assert Resolver.of("").admin1("Córdoba") is None
    cordoba = Resolver.of("AR").admin1("Córdoba")
    assert cordoba is not None and cordoba.admin1 == "AR-X"
    by_code = Resolver.of("AR").admin1("6", code=True)
    assert by_code is not None and by_code.admin1 == "AR-B"
    zapopan = Resolver.of("MX").municipality("14120", code=True, width=5)
    assert zapopan is not None and zapopan.municipality == "Zapopan"
    assert pad_code("1001", 5) == "01001" and pad_code(80904.0, 6) == "080904"


def test_provinces_settle_the_country_before_municipality_names() -> None:
    """Costa Rica's provinces decide, though cantons such as San Carlos or Buenos Aires also
    name municipalities of Mexico or Argentina."""
    found = vote_country(
        {
            "admin1": ["ALAJUELA", "CARTAGO", "GUANACASTE", "HEREDIA", "LIMÓN", "PUNTARENAS"],
            "municipality": ["BUENOS AIRES", "SAN CARLOS", "SANTA CRUZ", "LA CRUZ", "ATENAS"],
        },
        [],
        [],
    )
    assert found is not None and found.code == "CR"


def test_initials_spaced_after_their_dots() -> None:
    # the Colombian prosecutor's victim counts write the capital "BOGOTÁ, D. C."
    bogota = Resolver.of("CO").admin1("BOGOTÁ, D. C.")
    assert bogota is not None and (bogota.admin1, bogota.admin1_name) == ("CO-DC", "Bogotá, D.C.")
    assert Resolver.of("CO").admin1("X. Y. Z.") is None


def test_municipality_codes_reduce_by_the_country_file() -> None:
    """DANE's 8-digit populated-centre code of a municipal seat is its municipality's code; a
    leading zero a spreadsheet dropped comes back; anything else stays unresolved."""
    assert reduce_code("CO", "08758000") == "08758"  # Soledad, Atlántico (seat)
    assert reduce_code("CO", "5030000") == "05030"  # Amagá, Antioquia, its zero lost
    assert reduce_code("CO", "5001") == "05001"  # Medellín
    assert reduce_code("CO", "76001") == "76001"  # Cali
    assert reduce_code("CO", "08758001") is None  # another populated centre: not guessed
    assert reduce_code("CO", "99999") == "99999"  # Vichada's prefix: the shape only
    assert reduce_code("CO", "42001") is None  # no department 42
    assert reduce_code("MX", "14039") == "14039" and reduce_code("MX", "76001") is None
    assert reduce_code("PE", "150101") == "150101" and reduce_code("PE", "80101") == "080101"
    assert reduce_code("UY", "1234567") == "1234567"  # no shape declared: read as written
    assert admin1_of_code("CO", "76001") == "CO-VAC" and admin1_of_code("CO", "08758") == "CO-ATL"
    soledad = Resolver.of("MX").municipality("14039000", code=True, width=8)
    assert soledad is None  # an 8-digit code is no Mexican municipality


def test_municipality_codes_name_their_country() -> None:
    """Valle del Cauca's DANE codes fit only Colombia: Mexico's, Argentina's and Chile's
    gazetteers lack them, and Peru's ubigeo has six digits."""
    valle = ["76403", "76020", "76109", "76001", "76130"]
    assert countries_of_codes(valle) == {"CO"}
    found = vote_country({"municipality": ["La Victoria", "Alcalá", "Cali"]}, [], [], valle)
    assert found is not None and found.code == "CO"
    assert countries_of_codes(["5030000", "08758000", "76001000"]) == {"CO"}
    assert countries_of_codes(["14039", "14120", "14098"]) == {"MX"}  # Jalisco: not in CO
    assert countries_of_codes(["76001"]) == set()  # one code is too little
    assert countries_of_codes(["76001", "08758001"]) == set()  # one does not reduce


def test_an_article_before_a_regions_name_is_read_only_when_the_whole_name_is_no_place() -> None:
    maule = Resolver.of("CL").admin1("El Maule")
    assert maule is not None and maule.admin1 == "CL-ML"
    la_paz = Resolver.of("BO").admin1("La Paz")  # the whole name first
    assert la_paz is not None and la_paz.admin1 == "BO-L"
    libertad = Resolver.of("PE").admin1("La Libertad")
    assert libertad is not None and libertad.admin1 == "PE-LAL"
    assert Resolver.of("CL").admin1("El Pueblo") is None
