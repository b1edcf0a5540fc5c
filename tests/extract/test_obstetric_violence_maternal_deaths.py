"""Obstetric violence, complaints about the care of women in health services and maternal
deaths as health ministries and ombudsmen count them, met in the development corpus
(tests/acceptance/texts, part dev86): "cero" right after a verb that reports is a count of
none ("notifica cero muertes maternas"); complaints and claims a body received or attended
are no people assisted, and an ombudsman's claims of a violence are complaints. Each document
case reads the real document as the corpus runner does (its source line blanked); each guard
reads a sentence of another office whose value must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, facts, text_facts


def _facts(tmp_path: Path, name: str) -> list[tuple[object, ...]]:
    return facts(corpus_document(tmp_path, name))


def test_a_bulletins_zero_maternal_deaths_is_a_value(tmp_path: Path) -> None:
    """do_msp_boletin_semana_31_muertes_maternas_2025 (dev86): "Ministerio de Salud notifica
    cero muertes maternas en la semana 31" (line 2), "reportó cero muertes maternas durante ese
    periodo" (line 3) and "indica cero casos de cólera, dengue, ..." (line 7) were not read."""
    found = _facts(tmp_path, "do_msp_boletin_semana_31_muertes_maternas_2025")
    zeros = [(f[0], f[2]) for f in found if f[1] == 0.0]
    assert zeros == [
        ("line:2", "defunciones_maternas"),
        ("line:3", "defunciones_maternas"),
        ("line:7", "sin_clasificar"),
    ]


def test_a_zero_of_a_slogan_or_a_start_is_no_value(tmp_path: Path) -> None:
    """Guards: "tolerancia cero", "Hambre Cero" and "desde cero" follow no verb that reports;
    "cero denuncias" inside a series of counts stays as before."""
    assert (
        text_facts(
            tmp_path,
            "El Ministerio de la Mujer impulsa la tolerancia cero a la violencia contra las mujeres.\n"
            "El programa Hambre Cero del Ministerio de Desarrollo Social de Guatemala.\n"
            "Las emprendedoras empezaron desde cero sus negocios con apoyo del Instituto.\n",
        )
        == []
    )


def test_deaths_of_women_from_violence_stay(tmp_path: Path) -> None:
    """Guard: deaths of women from violence keep their indicator beside these changes."""
    found = text_facts(
        tmp_path,
        "Según la Fiscalía General del Estado de Guatemala, en 2024 murieron 230 mujeres de "
        "manera violenta.\n",
    )
    assert [(f[1], f[2]) for f in found] == [(230.0, "muertes_mujeres_violencia")]


def test_an_ombudsmans_claims_are_complaints_not_people_assisted(tmp_path: Path) -> None:
    """ar_defensoria_nacion_violencia_ginecobstetrica_reclamos_2025 (dev86): "Hubo 109 reclamos
    por casos de violencia ginecobstétrica en 2021" (line 9) was people assisted."""
    found = _facts(tmp_path, "ar_defensoria_nacion_violencia_ginecobstetrica_reclamos_2025")
    assert ("line:9", 109.0, "denuncias_violencia") in [f[:3] for f in found]


def test_medical_complaints_attended_are_no_people(tmp_path: Path) -> None:
    """mx_conamed_quejas_ginecologia_obstetricia_2001_2015 (dev86): "la Comisión Nacional de
    Arbitraje Médico (CONAMED) atendió un total de 24,393 quejas médicas" (line 14) was people
    assisted."""
    found = _facts(tmp_path, "mx_conamed_quejas_ginecologia_obstetricia_2001_2015")
    assert [f[2] for f in found if f[1] == 24393.0] == ["sin_clasificar"]


def test_complaints_of_harassment_and_women_attended_stay(tmp_path: Path) -> None:
    """Guards: a university's "quejas por acoso" stay complaints and the women an office
    attended stay people assisted."""
    found = text_facts(
        tmp_path,
        "La Unidad de Género de la Universidad de Guadalajara recibió 48 quejas por acoso sexual "
        "en 2023.\nEl Instituto Municipal de las Mujeres de Zapopan atendió a 1,250 mujeres en "
        "2023.\n",
    )
    assert [(f[1], f[2]) for f in found] == [
        (48.0, "denuncias_violencia"),
        (1250.0, "personas_asistidas"),
    ]
