"""Child-protection bodies counting sexual violence against girls, met in the development corpus
(tests/acceptance/texts, part dev107): Chile's child-protection service, by its name since 2021
or the Sename's before it, says its country; Central America's eight-digit phone numbers
written in two groups of four after "al" are a number to dial, both groups; Mexico's "medidas
especiales de protección" are protection measures; how many kinds of case an office takes
("98 tipologías de delitos") and a figure the year may pass ("es posible que se supere los mil
casos") are no counts. Each document case reads the real document as the corpus runner does
(its source line blanked) and asserts line, value, indicator, country and division; each
sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from genero_etl.extract.traps import trap_spans
from genero_etl.normalize.country_guess import infer_country

from .reports import corpus_facts, text_facts


def _lines(found: list[tuple[object, ...]], line: str) -> set[float]:
    return {f[1] for f in found if f[0] == line}  # type: ignore[misc]


def test_chiles_child_protection_service_says_chile(tmp_path: Path) -> None:
    """cl_defensoria_ninez_informe_vulneraciones_proteccion_especializada_2023 (dev107): the
    Defensoría de la Niñez's report on "el Servicio Nacional de Protección Especializada a la
    Niñez y Adolescencia (SPE)" and the children "bajo la custodia del Sename" had no country;
    every value is Chile's now."""
    found = corpus_facts(
        tmp_path, "cl_defensoria_ninez_informe_vulneraciones_proteccion_especializada_2023"
    )
    assert ("line:4", 17118.0) in {f[:2] for f in found}
    assert {f[3] for f in found} == {"CL"}


def test_the_service_and_its_former_name_say_chile_and_a_childrens_defence_office_none() -> None:
    """The service's name "Mejor Niñez" and the Sename name Chile; "la Defensoría de la
    Niñez" alone is also Bolivia's municipal office (bo_dna_cochabamba_denuncias_agresores_
    entorno_2024 writes "La Defensoría de la Niñez atiende al menos 98 tipologías") and names
    no country."""
    assert infer_country(["Los niños del programa de Mejor Niñez fueron 300."]).code == "CL"
    assert infer_country(["Vivieron años bajo la custodia del Sename."]).code == "CL"
    assert infer_country(["La Defensoría de la Niñez atendió 119 casos."]).code == ""
    assert infer_country(["La Defensoría de la Niñez atendió 119 casos en Bolivia."]).code == "BO"


def test_an_eight_digit_phone_in_two_groups_after_al_is_no_count(tmp_path: Path) -> None:
    """gt_pgn_delegaciones_rescates_ninez_2023 (dev107): "a través de las vías oficiales de
    comunicación al 2414 8787 o al 1584" gave 8787 as complaints (a trap); the children
    rescued stay Guatemala's."""
    found = corpus_facts(tmp_path, "gt_pgn_delegaciones_rescates_ninez_2023")
    assert _lines(found, "line:7") == set()
    assert _lines(found, "line:3") == {401.0}
    assert _lines(found, "line:5") == {2943.0}
    assert {f[3] for f in found} == {"GT"}


def test_two_four_digit_groups_are_dialled_only_after_a_line_cue(tmp_path: Path) -> None:
    """The two groups after "al" are one number to dial; two counts of four digits with their
    nouns stay."""
    assert trap_spans("puede comunicarse al 2414 8787 o al 1584.")
    found = text_facts(
        tmp_path,
        "Las delegaciones atendieron a 2414 niñas y 8787 niños en el año.\n",
    )
    assert _lines(found, "line:2") == {2414.0, 8787.0}


def test_special_protection_measures_are_protection_measures(tmp_path: Path) -> None:
    """mx_dif_hidalgo_procuraduria_carpetas_medidas_proteccion (dev107): "se han determinado
    642 medidas especiales de protección" (Mexico's child-protection law's name for them) had
    no indicator; the files opened and the children attended keep theirs."""
    found = corpus_facts(tmp_path, "mx_dif_hidalgo_procuraduria_carpetas_medidas_proteccion")
    labelled = {f[:3] for f in found}
    assert ("line:6", 642.0, "medidas_proteccion") in labelled
    assert ("line:7", 343.0, "personas_asistidas") in labelled
    assert {f[4] for f in found} == {"MX-HID"}


def test_protection_measures_by_other_words_keep_their_label(tmp_path: Path) -> None:
    """Guards: measures of protection and urgent measures stay protection measures; advice on
    safety measures stays none."""
    found = text_facts(
        tmp_path,
        "El juzgado dictó 31 medidas de protección y 12 medidas urgentes.\n"
        "Se brindaron 200 recomendaciones sobre medidas de seguridad en los hogares.\n",
    )
    labels = {f[1]: f[2] for f in found}
    assert labels[31.0] == "medidas_proteccion"
    assert labels.get(200.0) != "medidas_proteccion"


def test_kinds_of_case_and_a_figure_the_year_may_pass_are_no_counts(tmp_path: Path) -> None:
    """bo_dna_cochabamba_denuncias_agresores_entorno_2024 (dev107): "atiende al menos 98
    tipologías de delitos, en 12 puntos de atención" gave 98 people attended, and "Este año, es
    posible que se supere los mil casos" a thousand (both traps); the 12 points and the 600
    cases of 2023 stay."""
    found = corpus_facts(tmp_path, "bo_dna_cochabamba_denuncias_agresores_entorno_2024")
    assert _lines(found, "line:6") == {12.0}
    assert _lines(found, "line:7") == {600.0}


def test_counts_passed_and_cases_of_kinds_stay(tmp_path: Path) -> None:
    """Guards: a figure passed in the indicative ("se superaron los mil casos") and cases
    counted beside their kinds stay."""
    found = text_facts(
        tmp_path,
        "En 2024 la Defensoría atendió 98 casos de violencia sexual.\n"
        "Este año ya se superaron los 1.200 casos atendidos.\n",
    )
    assert _lines(found, "line:2") == {98.0}
    assert 1200.0 in _lines(found, "line:3")
    assert trap_spans("es posible que se supere los mil casos")
