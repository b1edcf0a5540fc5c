"""A table's country from evidence only, and its place names resolved within that country."""

from __future__ import annotations

from genero_etl.tabular.geo import Resolver, pad_code, title_votes, vote_country


def test_place_names_vote_for_their_country() -> None:
    found = vote_country({"admin1": ["Salta", "Jujuy", "Tucumán", "S/D"]}, [], [])
    assert found is not None and found.code == "AR"
    assert vote_country({"admin1": ["Norte", "Sur", "Centro"]}, [], []) is None


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
