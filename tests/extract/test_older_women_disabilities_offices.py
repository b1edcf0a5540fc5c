"""Reports of violence against older women and women with disabilities as public offices count
them, met in the development corpus (tests/acceptance/texts, part dev73): Chile's service for
older people ("el Servicio Nacional del Adulto Mayor (Senama)", its "Fono Mayor") and Mexico
City's prosecutor before 2018 ("la Procuraduría de Justicia del D.F.") say the country; a free
line's number in three groups ending in two digits ("el Fono Mayor 800 4000 35") is one
telephone number and counts nothing; the cases an office had to intervene in ("debió intervenir
en 1.069 casos de maltrato") and the women in psychological treatment ("150 mujeres adultas
mayores recibiendo tratamiento psicológico") are people assisted. Each document case reads the
real document as the corpus runner does (its source line blanked); each sentence case guards
what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts


def test_senama_and_its_line_say_chile_and_the_line_number_counts_nothing(
    tmp_path: Path,
) -> None:
    """cl_senama_fono_mayor_casos_pandemia_2020 (dev73): "a través del Fono Mayor 800 4000 35.
    A la fecha se contabilizan 1.023 casos y consultas" (line 4) gave 800 (then 35) as
    complaints, and the 1.023 no country."""
    found = corpus_facts(tmp_path, "cl_senama_fono_mayor_casos_pandemia_2020")
    assert [(f[0], f[1], f[3]) for f in found if f[0] == "line:4"] == [("line:4", 1023.0, "CL")]


def test_senama_regional_and_national_cases_are_chiles(tmp_path: Path) -> None:
    """cl_senama_magallanes_vulneraciones_mayores_2020 (dev73): "La defensora mayor del Servicio
    Nacional del Adulto Mayor (Senama) en Magallanes" (line 2) said no country, so neither the
    national 3.110 cases (line 4) nor Magallanes' 89 of 2019 (line 5) had one."""
    found = corpus_facts(tmp_path, "cl_senama_magallanes_vulneraciones_mayores_2020")
    assert ("line:5", 89.0, "CL", "CL-MA") in [(f[0], f[1], f[3], f[4]) for f in found]
    assert ("line:4", 3110.0, "CL") in [(f[0], f[1], f[3]) for f in found]


def test_cases_an_office_intervened_in_are_people_assisted(tmp_path: Path) -> None:
    """ar_caba_desarrollo_humano_maltrato_mayores_2020 (dev73): "el Ministerio de Desarrollo
    Humano y Hábitat de la Ciudad de Buenos Aires, elaboró un informe que da cuenta que este año
    debió intervenir en 1.069 casos de maltrato a personas" (line 3) was of no indicator."""
    found = corpus_facts(tmp_path, "ar_caba_desarrollo_humano_maltrato_mayores_2020")
    assert ("line:3", 1069.0, "personas_asistidas", "AR", "AR-C") in [f[:5] for f in found]


def test_women_in_psychological_treatment_are_people_assisted_in_mexico_city(
    tmp_path: Path,
) -> None:
    """mx_pgjdf_cariva_mujeres_adultas_mayores_2005 (dev73): "Actualmente, en el Centro hay cerca
    de 150 mujeres adultas mayores recibiendo tratamiento psicológico por situaciones de
    violencia" (line 9) was read as complaints, with no country: the report names "la
    Procuraduría de Justicia del D.F." (line 2)."""
    found = corpus_facts(tmp_path, "mx_pgjdf_cariva_mujeres_adultas_mayores_2005")
    assert ("line:9", 150.0, "personas_asistidas", "MX", "MX-CMX") in [f[:5] for f in found]


def test_free_lines_and_counts_beside_them_stay_as_they_were(tmp_path: Path) -> None:
    """A free line in two groups keeps its count after it; a count of cases beside a line's
    number in two groups stays a count."""
    found = text_facts(
        tmp_path,
        "La línea gratuita 0800 4141 recibió 320 llamadas por violencia de género en 2021.",
    )
    assert [(f[0], f[1]) for f in found] == [("line:2", 320.0)]
