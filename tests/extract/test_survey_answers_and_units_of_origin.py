"""Two classes of numbers that are no value of the office's report (issue 10), met in the
development corpus (tests/acceptance/texts): a share of all women that says it lived violence,
a survey's answer quoted as context ("el 28% de las mujeres dice haber sufrido violencia
obstétrica", lexicon ``phrases.prevalence_verbs``), and how many of a country's units the people
counted come from ("provenían de 12 departamentos", lexicon ``never_values.units_of_origin``).
Each document case reads the real document as the corpus runner does (its source line blanked)
and fails with the code before; the guards are close sentences whose numbers stay values."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, extracted


def _values(found: list[tuple], line: str) -> list[float]:
    return [f[1] for f in found if f[0] == line]


def _read(tmp_path: Path, sentence: str) -> list[tuple[str, float]]:
    return [(o.value_raw, float(o.value)) for o in extracted(tmp_path, f"Informe\n{sentence}\n")]


def test_a_share_of_women_that_says_it_lived_violence(tmp_path: Path) -> None:
    """ar_defensoria_nacion_violencia_ginecobstetrica_reclamos_2025 (dev86), line 2: "Argentina:
    el 28% de las mujeres dice haber sufrido violencia obstétrica" (a civil-society
    observatory's survey, a trap of the gold) was published; the Defensoría's own counts of line
    8 (30 complaints, 35 claims) stay."""
    found = corpus_facts(tmp_path, "ar_defensoria_nacion_violencia_ginecobstetrica_reclamos_2025")
    assert _values(found, "line:2") == []
    assert sorted(_values(found, "line:8")) == [30.0, 35.0]


def test_the_same_answer_in_other_words(tmp_path: Path) -> None:
    """The class in other words: another verb of saying before "haber" and what was lived."""
    assert (
        _read(tmp_path, "El 35% de las mujeres afirma haber vivido acoso en el transporte.") == []
    )
    assert _read(tmp_path, "un 41,2 % de las jóvenes declaran haber sido víctimas de acoso.") == []


def test_an_offices_users_answer_stays(tmp_path: Path) -> None:
    """Guard: the share of an office's own users ("usuarias atendidas", no noun of a whole
    population) that says so is the office's figure; a share of an office's cases stays too."""
    found = _read(
        tmp_path, "El 40% de las usuarias atendidas en el CEM refiere haber sufrido violencia."
    )
    assert found == [("40%", 40.0)]
    found = _read(tmp_path, "De las denuncias recibidas, el 83 % refiere a abuso sexual.")
    assert found == [("83 %", 83.0)]


def test_the_units_people_came_from(tmp_path: Path) -> None:
    """co_policia_nacional_mujeres_uniformadas_16505_2016 (dev88), line 5: "El primer grupo de
    mujeres ingresó el 26 de octubre de 1953. Eran 46 y provenían de 12 departamentos" gave the
    12 (a trap of the gold); the 46 women and the 16.505 stay."""
    found = corpus_facts(tmp_path, "co_policia_nacional_mujeres_uniformadas_16505_2016")
    assert sorted(_values(found, "line:5")) == [46.0, 16505.0]


def test_units_of_origin_in_other_words(tmp_path: Path) -> None:
    """The class in other words (an ombudsman's note as hn_conadeh_quejas_primer_semestre_2024,
    dev30, writes it, and a shelter's): the people stay counted, their origins do not."""
    found = _read(
        tmp_path,
        "La Secretaría atendió a 320 mujeres provenientes de 14 municipios del departamento.",
    )
    assert found == [("320", 320.0)]
    found = _read(tmp_path, "El albergue recibió a 57 mujeres procedentes de 9 provincias.")
    assert found == [("57", 57.0)]


def test_where_a_programme_reached_stays(tmp_path: Path) -> None:
    """Guard: the units a programme reached or serves are the gold's values (ar_secretaria_
    mujeres_provincial_2024, dev4: "llegó a 16 municipios"; cl_sernameg_nuble_centros_mujer_2025,
    dev32: "en 13 comunas de la región")."""
    found = _read(tmp_path, "La campaña llegó a 16 municipios y alcanzó a 293 vecinas y vecinos.")
    assert ("16", 16.0) in found
    found = _read(tmp_path, "El programa apoyó a 980 jefas de hogar en 13 comunas de la región.")
    assert ("13", 13.0) in found
