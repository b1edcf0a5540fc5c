"""Which indicator a text value is published under: a true number under a wrong label is a false
statement, an unclassified one merely incomplete. Each case is a sentence in the form offices
publish; the test asserts every value found with its line and indicator.

The words relied on are data (``schemas/codebook/indicators.yaml``: ``counted_nouns``,
``negations``).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.normalize.test_reading_classes import read

from genero_etl.model import Place
from genero_etl.normalize.codebook import load_codebook

CODEBOOK = load_codebook()

CASES = [
    # a count of case files is no count of people attended
    (
        "case-files",
        Place(country="AR"),
        "Con respecto al Poder Judicial, se observó que ingresaron 802 legajos por violencia "
        "familiar durante el año.\n"
        "La fiscal expuso que en 2017 se abrieron 1.610 carpetas de investigación por "
        "violencia familiar.",
        [(1, 802.0, None), (2, 1610.0, "denuncias_violencia")],
    ),
    # staff of a centre are not the women it attends; staff trained are people trained
    (
        "staff",
        Place(country="PE"),
        "El equipo de este CEM está conformado por una coordinadora y 15 profesionales en "
        "atención, los mismos que atienden las 24 horas del día.\n"
        "De esta manera, en el transcurso de 2016 se han capacitado 500 profesionales y agentes.",
        [(1, 15.0, None), (2, 500.0, "personas_capacitadas_genero")],
    ),
    # places where women are attended are not the women attended
    (
        "places",
        Place(country="AR"),
        "En febrero se lanzó el programa de asesoría, que se fijó en 4 puntos de la ciudad y "
        "atendió a 120 mujeres.\n"
        "Con esta oficina, que funcionará en el municipio de Izalco, suman 31 los centros que "
        "brindan atención con “personal altamente capacitado en temas de derechos”.",
        [(1, 4.0, None), (1, 120.0, "personas_asistidas"), (2, 31.0, None)],
    ),
    # a femicide named only as a risk the shelters avoid is not what their count counts
    (
        "risk-avoided",
        Place(country="CO"),
        "En el Distrito hay cinco casas refugio, que son lugares para proteger a las mujeres "
        "víctimas de violencia intrafamiliar; con estas casas se busca evitar el riesgo de "
        "feminicidios. En el transcurso de este año, al menos 500 personas, entre mujeres y "
        "niños, se han acercado a estos lugares donde han sido acogidas.\n"
        "En cuanto a protección a adultas y niñas en situación de “alto riesgo de femicidio”, "
        "el Instituto informó que sus albergues “han salvado, en lo que va del año, a un total "
        "de 234 mujeres”.",
        [
            (1, 5.0, "centros_atencion"),
            (1, 500.0, "refugios_personas_alojadas"),
            (2, 234.0, None),
        ],
    ),
    # an indicator of men admitted to a programme counts men, not an observatory's admissions
    (
        "men-only",
        Place(country="AR"),
        "En total, durante el período mencionado, se registraron 700 admisiones relacionadas "
        "con diferentes formas de violencia de género.\n"
        "Varones entrevistados para la admisión: 72 varones",
        [(1, 700.0, None), (2, 72.0, "varones_admision_programa")],
    ),
    # what a count's own clause says it was qualified as decides; not the next count's words
    (
        "qualified-as",
        Place(country="CR"),
        "“Al corte del 26 de octubre, el país ha registrado 11 mujeres asesinadas, asesinatos "
        "calificados como femicidio, o sea que han muerto en manos de sus parejas”, informó.\n"
        "Se registraron 40 mujeres asesinadas y 12 de ellas calificadas como femicidio.",
        [
            (1, 11.0, "femicidios"),
            (2, 40.0, "homicidios_mujeres"),
            (2, 12.0, "femicidios"),
        ],
    ),
    # a count that takes up the one before it counts what its own words say
    (
        "borrowed-noun",
        Place(country="CO"),
        "Entre el 1 de enero y el 3 de marzo de 2021, se han presentado 11 homicidios de "
        "mujeres, y 3 de ellos ya han sido clasificados como feminicidios por la Fiscalía.",
        [(1, 11.0, "homicidios_mujeres"), (1, 3.0, "femicidios")],
    ),
    # a Centro de Emergencia Mujer's cases are the people it attended; a prosecutor's are
    # complaints (pe_puno_cem_casos_violencia_incremento, dev20)
    (
        "cem-cases",
        Place(country="PE", admin1="PE-PUN"),
        "Soledad Zapana Herrera, coordinadora del centro de emergencia mujer Puno, informó que de "
        "enero a la fecha se registró un promedio de 5 mil casos de violencia familiar contra la "
        "mujer y el grupo familiar a nivel regional, cifra que se incrementó en un 30% a "
        "comparación de los años pasados.\n"
        "La Fiscalía de Puno registró 40 casos de violencia familiar en el mismo periodo.",
        [(1, 5000.0, "personas_asistidas"), (2, 40.0, "denuncias_violencia")],
    ),
]


@pytest.mark.parametrize(("name", "place", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_label(
    name: str, place: Place, text: str, expected: list[tuple[int, float, str | None]]
) -> None:
    assert [(line, value, ind) for line, value, ind, *_ in read(text, place)] == expected


def test_counted_kinds_are_data() -> None:
    files = CODEBOOK.counted_kind("expedientes ingresados")
    staff = CODEBOOK.counted_kind("profesionales en atención")
    assert files is not None and files.name == "expedientes"
    assert staff is not None and staff.name == "personal"
    assert CODEBOOK.counted_kind("mujeres atendidas") is None
    attended = CODEBOOK.indicators["personas_asistidas"]
    assert CODEBOOK.counts_other("legajos", attended)
    assert CODEBOOK.counts_other("profesionales", attended)
    assert not CODEBOOK.counts_other("legajos", CODEBOOK.indicators["denuncias_violencia"])
    assert not CODEBOOK.counts_other("profesionales", CODEBOOK.indicators["personal_atencion"])
    assert not CODEBOOK.counts_other("legajos", CODEBOOK.unclassified)


def test_an_indicator_in_the_kinds_own_unit_counts_it() -> None:
    """A workspace's indicator whose unit is a noun of the kind ("Puntos violeta", unit
    ``puntos``) counts that kind, though the shipped kind does not list it."""
    places = CODEBOOK.counted_kind("puntos violeta")
    assert places is not None and places.name == "lugares"
    own = replace(CODEBOOK.indicators["centros_atencion"], id="puntos_violeta", unit="puntos")
    assert places.counts(own)
    assert not CODEBOOK.counts_other("puntos violeta", own)
    assert CODEBOOK.counts_other("puntos violeta", CODEBOOK.indicators["personas_asistidas"])
