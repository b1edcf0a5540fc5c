"""Places: official codes as text, accent- and case-insensitive names, ambiguity said aloud."""

from __future__ import annotations

from genero_etl.normalize.places import infer_place, lookup_municipality, place_from_code


def test_codes_keep_leading_zeros() -> None:
    (lujan,) = lookup_municipality("lujan", "AR")
    assert (lujan.code, lujan.admin1, lujan.name) == ("06497", "AR-B", "Luján")
    place = place_from_code("MX", "14039")
    assert place is not None and (place.municipality, place.admin1) == ("Guadalajara", "MX-JAL")
    chile = place_from_code("CL", "13101")
    assert chile is not None and (chile.municipality, chile.admin1) == ("Santiago", "CL-RM")


def test_ciudad_juarez_is_inegis_juarez_and_needs_its_state() -> None:
    candidates = lookup_municipality("Ciudad Juárez", "MX")
    assert len(candidates) > 1 and {c.code for c in candidates} >= {"08037", "19031"}
    guess = infer_place(
        "INSTITUTO MUNICIPAL DE LAS MUJERES\nHEROICA CIUDAD JUAREZ\nEl estado de Chihuahua recibió recomendaciones."
    )
    assert (guess.place.municipality_code, guess.place.admin1) == ("08037", "MX-CHH")


def test_ambiguous_name_is_reported_not_picked() -> None:
    guess = infer_place(
        "Ayuntamiento de Juárez\nInforme de actividades del instituto de las mujeres."
    )
    assert guess.place.municipality_code == ""
    assert guess.ambiguous_name.lower() == "juárez" and len(guess.candidates) > 1


def test_street_names_do_not_become_the_municipality() -> None:
    guess = infer_place(
        "Municipio de Luján\nDirección: Vicente López 1001 esquina San Martín\nLey Micaela"
    )
    assert guess.place.municipality_code == "06497"


def test_country_from_cues_when_no_name() -> None:
    guess = infer_place(
        "Plan comunal de equidad, en convenio con SERNAMEG y DIDECO. PLADECO vigente."
    )
    assert (guess.place.country, guess.place.municipality_code) == ("CL", "")


def test_office_name_gives_the_municipality() -> None:
    guess = infer_place("Informe 2023 — Instituto Municipal de las Mujeres de Zapopan")
    assert (guess.place.municipality_code, guess.place.admin1) == ("14120", "MX-JAL")


def test_a_name_from_another_country_is_not_taken() -> None:
    guess = infer_place(
        "Programa Operativo Anual 2024\nInstituto Municipal de las Mujeres de San Isidro, Jalisco."
    )
    assert (guess.place.country, guess.place.admin1, guess.place.municipality_code) == (
        "MX",
        "MX-JAL",
        "",
    )
