"""The country of a report that names its first-level division by a name that is also an
everyday word (issue 10): Paraguay's "departamento Central" is read as the division (PY-11),
so its country is sure, as a name after a preposition already was ("en Central"). Read only
right after the word the division's own country calls its first-level divisions by
(``levels.admin1`` of its country file) and closing its capitalised run; another level's word
("la región Central": Costa Rica's, Honduras' or Guatemala's region too) or an office's name
("el Departamento Central de Investigaciones") says nothing. Real documents of the text corpus
(tests/acceptance/texts/docs), read as the corpus runner reads them, and close sentences that
must not change."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from genero_etl.model.observation import Observation
from genero_etl.normalize.country_guess import infer_country

from .reports import corpus_document


def _document(name: str) -> list[Observation]:
    with tempfile.TemporaryDirectory() as scratch:
        return corpus_document(Path(scratch), name)


def test_the_ministrys_services_in_the_departamento_central_are_paraguays() -> None:
    # dev, py_minmujer_cedaw_servicios_2023.txt: "la Circunscripción Judicial del departamento
    # Central", "en el departamento Central y Canindeyú se brindó atención a 164 mujeres":
    # ten values matched with no country (Canindeyú alone weighed 2, under the 3 needed)
    observations = _document("py_minmujer_cedaw_servicios_2023")
    assert observations
    assert {o.country for o in observations} == {"PY"}


def test_a_femicide_in_limpio_departamento_central_is_paraguays() -> None:
    # dev67, py_minmujer_feminicidios_cuarentena_2020.txt, line 4: "El último feminicidio
    # ocurrió el 28 de marzo en Limpio, Departamento Central." ("en el Paraguay" weighs 1.5)
    observations = _document("py_minmujer_feminicidios_cuarentena_2020")
    assert observations
    assert {o.country for o in observations} == {"PY"}


@pytest.mark.parametrize(
    ("text", "country", "division"),
    [
        ("El último feminicidio ocurrió el 28 de marzo en Limpio, Departamento Central.", "PY", "PY-11"),
        (
            "En los espacios de protección del MINMUJER en el departamento Central y Canindeyú "
            "se brindó atención a 164 mujeres",
            "PY",
            "PY-11",
        ),
        ("Se registraron 12 casos en el departamento del Meta.", "CO", "CO-MET"),
    ],
)
def test_a_division_named_after_its_level_word(text: str, country: str, division: str) -> None:
    guess = infer_country([text])
    assert guess.code == country
    assert (country, "admin1", division) in guess.places


@pytest.mark.parametrize(
    "text",
    [
        # another level's word: Paraguay has no regions; Costa Rica's, Honduras' and
        # Guatemala's "Región Central" are regions too
        "La región Central concentra 40 casos.",
        # an office's name: the division's name does not close the run
        "El Departamento Central de Investigaciones recibió 40 denuncias.",
        # no level's word: a committee, a commission
        "La Comisión Central atendió 40 casos.",
        "El Comité Central aprobó 12 medidas.",
    ],
)
def test_guard_an_everyday_name_without_its_level_word_says_no_country(text: str) -> None:
    assert infer_country([text]).code == ""
