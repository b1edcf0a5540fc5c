"""Sexual and reproductive health services as health ministries and women's offices report them,
met in the development corpus (tests/acceptance/texts, part dev74): legal interruptions of
pregnancy and the consultations asking for one ("En 2018 fueron 10.373 los abortos legales
practicados", "se realizaron en Uruguay 75.117 abortos") are a health service's counts, of no
indicator, not people assisted in situations of violence nor activities of promotion, while the
care after a rape keeps its people assisted; a study a news story brings in at its end ("Un
reciente estudio del Centro ... muestra que", "una encuesta a 116 jóvenes") makes survey
estimates of its own shares, not of the health ministry's shares before it. Each document case
reads the real document as the corpus runner does (its source line blanked); each sentence case
guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, extracted, facts, text_facts


def test_legal_interruptions_and_their_consultations_are_of_no_indicator(
    tmp_path: Path,
) -> None:
    """uy_msp_ive_abortos_2013_2020 (dev74): the abortions since the law (line 2) were read as
    activities held, the women who consulted to interrupt a pregnancy in 2020 (line 3) and the
    abortions of 2018 and 2019 (line 5) as people assisted in situations of violence."""
    found = {(f[0], f[1]): f[2] for f in corpus_facts(tmp_path, "uy_msp_ive_abortos_2013_2020")}
    assert found[("line:2", 75117.0)] == "sin_clasificar"
    assert found[("line:3", 10425.0)] == "sin_clasificar"
    assert found[("line:5", 10373.0)] == "sin_clasificar"
    assert found[("line:5", 10210.0)] == "sin_clasificar"


def test_care_after_a_rape_stays_people_assisted(tmp_path: Path) -> None:
    """mx_salud_bc_nom046_interrupciones_violacion (dev74): "dos jóvenes mujeres fueron asistidas
    en hospitales públicos de Mexicali y Ensenada para interrumpir su embarazo" (line 2), under
    NOM-046, are people assisted after sexual violence, in Baja California."""
    found = corpus_facts(tmp_path, "mx_salud_bc_nom046_interrupciones_violacion")
    assert [f[:5] for f in found] == [("line:2", 2.0, "personas_asistidas", "MX", "MX-BCN")]


def test_people_assisted_without_an_abortion_in_their_sentence_stay(tmp_path: Path) -> None:
    found = text_facts(
        tmp_path, "El centro de salud atendió a 320 mujeres en situación de violencia en 2021."
    )
    assert [f[:3] for f in found] == [("line:2", 320.0, "personas_asistidas")]


def test_shares_before_a_study_brought_in_later_are_the_ministrys(tmp_path: Path) -> None:
    """cl_minsal_regulacion_fertilidad_adolescentes_2017 (dev74): the health ministry's shares
    of each method among the adolescents and young people it controls (line 4: "la pastilla
    anticonceptiva es la primera con 31,4% de las preferencias y 29,5%", "el 5% ... y apenas el
    2,9%") were dropped as a survey's estimates because a university centre's study, brought in
    two paragraphs later ("Un reciente estudio ... (Cemera)", "una encuesta a 116 jóvenes"),
    names a survey; the study's own shares (68,1% and 90,4%, lines 6 and 7) stay out."""
    found = [
        (f[0], f[1])
        for f in corpus_facts(tmp_path, "cl_minsal_regulacion_fertilidad_adolescentes_2017")
    ]
    assert [v for line, v in found if line == "line:4"] == [31.4, 29.5, 5.0, 2.9]
    assert not [v for line, v in found if line in ("line:6", "line:7")]


def test_a_survey_named_at_the_top_still_makes_estimates_of_what_follows(tmp_path: Path) -> None:
    """A survey the report names first (with no attribution cue before it), then a study
    brought in: every share is an estimate, as before."""
    found = facts(
        extracted(
            tmp_path,
            "\nLa Encuesta Nacional de Salud muestra que el 31% de las adolescentes usa la pastilla.\n"
            "El 12% de las adolescentes usa el implante subdérmico.\n"
            "Un reciente estudio de la universidad muestra que el 40% prefiere la inyección.\n",
        )
    )
    assert found == []
