"""Places of values (issue 10): a region's name that is also the name of a commune lying in the
region the opening names after its level's word ("región de Los Ríos" and, among its communes,
"Los Lagos") is that commune, not a second region, so the note stays the region's and its values
keep the region instead of the country. Real documents of the text corpus
(tests/acceptance/texts/docs), read as the corpus runner reads them, and close sentences of
other offices that must not change."""

from __future__ import annotations

from pathlib import Path

from genero_etl.normalize.document import national_document

from .reports import extracted
from .reports import places_at as _places
from .reports import scratch_document as _document


def test_los_rios_subsidies_beside_the_commune_los_lagos() -> None:
    # dev90, cl_seremi_vivienda_los_rios_subsidios_mujeres_violencia.txt, line 2: "un grupo de
    # 13 mujeres que han experimentado violencia de género en la región de Los Ríos ha recibido
    # subsidios habitacionales", line 4: "comunas de la región, entre ellas Panguipulli,
    # Valdivia, La Unión, Paillaco, Futrono, Lago Ranco y Los Lagos": the commune read as the
    # region of Los Lagos made two regions, the note national, and the 13 the country's
    observations = _document("cl_seremi_vivienda_los_rios_subsidios_mujeres_violencia")
    assert _places(observations, "line:2")[13] == ("CL", "CL-LR")


def test_other_words_a_region_and_its_commune_of_another_regions_name(tmp_path: Path) -> None:
    text = (
        "El Servicio Nacional de la Mujer y la Equidad de Género (SernamEG) entregó 25 kits a "
        "mujeres de la región de Los Ríos.\n"
        "Las beneficiarias viven en las comunas de Valdivia, Paillaco y Los Lagos.\n"
    )
    assert not national_document(text, "CL")
    found = extracted(tmp_path, text)
    assert {(o.value, o.country, o.admin1) for o in found} == {(25, "CL", "CL-LR")}


def test_guard_two_regions_named_as_regions_stay_the_countrys() -> None:
    # both named as regions: the country's breakdown, as before
    text = (
        "El Servicio Nacional de la Mujer informó 40 casos en la región de Los Ríos y 52 en la "
        "región de Los Lagos.\n"
    )
    assert national_document(text, "CL")


def test_guard_a_department_listed_beside_another_stays_a_department() -> None:
    # Colombia's Bolívar is also a municipality of Cauca: named bare beside Cauca, with no
    # level's word before Cauca, both stay departments of a national note
    text = "La Defensoría del Pueblo registró 30 casos en Cauca y 22 en Bolívar durante 2024.\n"
    assert national_document(text, "CO")
