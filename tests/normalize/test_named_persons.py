"""A person named without a cue word ("Rosa Elena Quispe (45) fue hallada sin vida", "su
expareja Juan Carlos Gómez") is masked in every published text, and the age printed after a
person's name is not a value; places and saints that begin with a given name stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from genero_etl.normalize.privacy import MASK, person_names, screen_text
from genero_etl.pipeline import IngestOptions, extract_document


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("El 12 de marzo, Rosa Elena Quispe (45) fue hallada sin vida", "Rosa Elena Quispe"),
        ("fue asesinada por su expareja Juan Carlos Gómez en Orán", "Juan Carlos Gómez"),
        ("Según relató Ana María de la Cruz, vecina del lugar", "Ana María de la Cruz"),
    ],
)
def test_a_given_name_and_surnames_are_masked(text: str, hidden: str) -> None:
    masked, kinds = screen_text(text)
    assert hidden not in masked and MASK in masked
    assert kinds == ("nombre",)


@pytest.mark.parametrize(
    "text",
    [
        # places of the gazetteers, saints, laws and programmes
        "En San José de Ocoa y en el municipio Benito Juárez se abrieron 2 centros",
        "La Municipalidad de Villa María del Triunfo y José María Morelos",
        "Capacitaciones de la Ley Micaela García en 2023",
        "El Salvador registró 12 feminicidios",
        "Santa Rosa de Copán y Gustavo A. Madero",
        "las alcaldías Miguel Hidalgo y Álvaro Obregón",
        # a given name three or four words into a place's name: Zacatecas' municipality 32015
        # (SESNSP's municipal files name it so, as a cell of its own) and an Argentine partido
        "El Plateado de Joaquín Amaro",
        "Delitos en El Plateado de Joaquín Amaro, Zacatecas",
        "el Partido de San Antonio de Areco",
        # first-level divisions named after persons (before, masked as a person)
        "mientras que en Francisco Morazán fueron 2,103 denuncias",
        "En la provincia María Trinidad Sánchez se atendieron 310 mujeres",
        # a given name alone is no one's full name
        "María atendió 12 llamadas",
    ],
)
def test_places_and_single_names_stay(text: str) -> None:
    assert screen_text(text) == (text, ())


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Francisco Morazán Pérez, de 45 años, fue detenido", "Francisco Morazán Pérez"),
        ("en Miguel Hidalgo y Juan Pérez", "Juan Pérez"),
        # words before a name that with it are no place leave it a person's
        ("la denuncia de la hija de Joaquín Amaro Ruiz", "Joaquín Amaro Ruiz"),
    ],
)
def test_a_person_named_like_a_place_is_still_masked(text: str, hidden: str) -> None:
    masked, kinds = screen_text(text)
    assert hidden not in masked and MASK in masked and kinds == ("nombre",)


def test_where_a_name_is() -> None:
    text = "El 12 de marzo, Rosa Elena Quispe (45) fue hallada"
    assert [text[a:b] for a, b in person_names(text)] == ["Rosa Elena Quispe"]


def test_an_age_after_a_name_is_not_a_value(tmp_path: Path) -> None:
    report = tmp_path / "informe.txt"
    report.write_text(
        "Informe del Observatorio de Violencia de Género, marzo 2024\n"
        "Durante marzo se registraron 3 femicidios en la provincia.\n"
        "El 12 de marzo, Rosa Elena Quispe (45) fue hallada sin vida; era madre de 4 hijos.\n"
        "Pedro Gómez, 52, fue detenido. La línea atendió 1.245 llamadas.\n",
        encoding="utf-8",
    )
    result = extract_document(report, report.name, IngestOptions())
    found = result.observation_list()
    assert [(o.value, o.indicator_id, o.source_locator) for o in found] == [
        (3.0, "femicidios", "line:2"),
        (1245.0, "llamadas_linea_atencion", "line:4"),
    ]
    assert all("Quispe" not in o.source_text and "Gómez" not in o.source_text for o in found)
    ages = [(i.code, i.source_locator) for i in result.issues if i.code == "text-person-age"]
    assert ages == [("text-person-age", "line:3"), ("text-person-age", "line:4")]


def test_a_piece_of_an_id_is_not_a_value(tmp_path: Path) -> None:
    """A DPI written in its three groups: its first group, 2345, was published as 2345
    persons attended."""
    report = tmp_path / "boletin.txt"
    report.write_text(
        "Secretaría Presidencial de la Mujer - SEPREM, Guatemala\n"
        "Boletín Estadístico, enero-junio 2024\n"
        "En el primer semestre de 2024, el Ministerio Público recibió 27,512 denuncias.\n"
        "Caso atendido: Marta Lidia Pop Caal, DPI 2345 67890 1601, residente en Cobán.\n",
        encoding="utf-8",
    )
    staged = extract_document(report, report.name, IngestOptions())
    found = staged.observation_list()
    assert [(o.value, o.source_locator, o.period_start, o.period_end) for o in found] == [
        (27512.0, "line:3", "2024-01-01", "2024-06-30")
    ]
    pieces = [(i.code, i.source_locator) for i in staged.issues if i.code == "text-personal-number"]
    assert pieces == [("text-personal-number", "line:4")]
    assert not [i for i in staged.issues if "2345" in i.message_es + i.message_en]


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Una usuaria que vive en la colonia Kennedy, bloque 14, casa 22, recibió atención.",
         "bloque 14, casa 22"),
        ("Una usuaria residente en el barrio El Centro, casa 15, fue referida.", "casa 15"),
    ],
)  # fmt: skip
def test_a_dwellings_numbers_after_a_street_cue_are_masked(text: str, hidden: str) -> None:
    masked, kinds = screen_text(text)
    assert hidden not in masked and MASK in masked and kinds == ("domicilio",)


@pytest.mark.parametrize(
    "text",
    [
        "La Casa de Acogida 2 atendió 30 mujeres.",
        "En el barrio San Felipe se abrieron 3 casas de acogida",
        "se realizaron 12 mil 350 visitas casa a casa",
    ],
)
def test_a_house_without_an_address_is_no_address(text: str) -> None:
    assert screen_text(text) == (text, ())


def test_a_house_number_is_not_a_count(tmp_path: Path) -> None:
    """ "casa 22" of an address was published as 22 persons attended."""
    report = tmp_path / "informe.txt"
    report.write_text(
        "Oficina Municipal de la Mujer de Tegucigalpa, Honduras. Informe 2023.\n"
        "En 2023 la oficina atendió 412 mujeres. Una usuaria que vive en la colonia Kennedy, "
        "bloque 14, casa 22, recibió atención.\n",
        encoding="utf-8",
    )
    staged = extract_document(report, report.name, IngestOptions())
    found = staged.observation_list()
    assert [(o.value, o.country, o.period_start) for o in found] == [(412.0, "HN", "2023-01-01")]
    assert "casa 22" not in found[0].source_text and MASK in found[0].source_text
    assert [i.source_locator for i in staged.issues if i.code == "text-personal-number"] == [
        "line:2"
    ]
