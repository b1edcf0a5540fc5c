"""A report's country and division from what it writes of them: a department whose name has
"de la" inside ("Rosario de la Frontera") is read whole, so that two departments of one
province say that province; a national office of one country (Honduras's CONADEH) or an office
that serves one division (the Supreme Court's Oficina de Violencia Doméstica, Buenos Aires
City) says it (country files ``evidence.institutions``, ``admin1.evidence``). Sentences from
the development texts."""

from __future__ import annotations

from genero_etl.normalize.country_guess import infer_country
from genero_etl.normalize.places import infer_place

SALTA = (
    "Desde el Observatorio informaron que las muertes violentas y dudosas de mujeres en este "
    "año fueron 25, multiplicándose la cantidad en comparación con el año pasado, 10 tienen "
    "caratula provisoria de femicidio, mientras las 15 restantes están siendo investigadas.\n"
    "De los femicidios, 6 ocurrieron en Capital siendo el principal lugar de estos crimines, "
    "mientras que 2 ocurrieron en Orán, 1 en Rivadavia y 1 en Rosario de la Frontera.\n"
    "Pidió mayor participación de funcionarios en las capacitaciones de la Ley Micaela.\n"
)


def test_a_name_with_de_la_inside_is_read_whole() -> None:
    guess = infer_country([SALTA])
    assert ("AR", "municipality", "66140") in guess.places  # Rosario de la Frontera, Salta
    place = infer_place(SALTA).place
    assert (place.country, place.admin1, place.municipality) == ("AR", "AR-A", "")


def test_honduras_s_human_rights_commissioner() -> None:
    text = (
        "4,851 quejas atendió CONADEH en el primer semestre del 2024\n"
        "Cerca de 5 mil quejas, de personas provenientes de 224 municipios del país, atendió el "
        "Comisionado Nacional de los Derechos Humanos (CONADEH), en el primer semestre del "
        "2024, destacando entre las principales víctimas a las mujeres.\n"
    )
    place = infer_place(text).place
    assert (place.country, place.admin1) == ("HN", "")


def test_the_supreme_court_s_domestic_violence_office() -> None:
    text = (
        "La Oficina de Violencia Doméstica de la Corte Suprema recibió denuncias de 184.132 "
        "personas\n"
        "La Oficina de Violencia Doméstica (OVD), un mecanismo que depende de la Corte Suprema, "
        "dio a conocer un informe en el 15 aniversario en el que reveló un incremento del 65% de "
        "los casos denunciados.\n"
    )
    place = infer_place(text).place
    assert (place.country, place.admin1) == ("AR", "AR-C")
