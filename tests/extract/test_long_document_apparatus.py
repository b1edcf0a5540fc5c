"""The apparatus of long documents as other offices print it, met in the development corpus
(tests/acceptance/texts, part dev71): a footnote's call glued to the bracket that closes its
sentence ("(7.4 millones)2.") is no value; the number right after "cada" is a ratio's base or a
frequency's span, never a count, also when the ratio's "de" ended the line before ("4 de /
cada 10 / asesinatos"); in a note that cites a survey, a share whose sentence a page's lines
wrap keeps its numbers when an earlier line of that sentence names an office's records ("En
las averiguaciones previas ... / abiertas, los principales delitos ... / relacionados con el
abuso sexual (43.3%)"); Mexico's Secretariado Ejecutivo by its short name, the 911 calls'
Catálogo Nacional de Incidentes de Emergencia, INEGI's surveys (ENDIREH, ENSU, ENVIPE) and its
censuses of government say the country. Each document case reads the real document as the
corpus runner does (its source line blanked); each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from genero_etl.normalize.country_guess import infer_country

from .reports import corpus_facts, text_facts


def test_a_footnote_call_closing_its_sentence_is_no_value(tmp_path: Path) -> None:
    """mx_sedesol_boletin_indicadores_violencia_genero_2012 (dev71): "casadas (24.6 millones),
    separadas (7.2 millones) y solteras / (7.4 millones)2." (line 29) gave a value of 2; the
    bulletin has no value at all (its figures are the ENDIREH's estimates)."""
    assert corpus_facts(tmp_path, "mx_sedesol_boletin_indicadores_violencia_genero_2012") == []


def test_a_number_after_a_bracket_and_a_space_stays(tmp_path: Path) -> None:
    """A count written after a closing bracket and a space is no note's call."""
    found = text_facts(
        tmp_path, "En el periodo (enero a junio) 25 mujeres fueron atendidas en el centro.\n"
    )
    assert [(f[0], f[1], f[2]) for f in found] == [("line:2", 25.0, "personas_asistidas")]


def test_the_number_after_cada_counts_nothing(tmp_path: Path) -> None:
    """co_dane_brechas_genero_violencia_mujeres_2020 (dev71): "En Colombia, / 4 de / cada 10 /
    asesinatos de mujeres / (39,2%) fueron cometidos" gave a value of 10 (line 13); the shares
    of women's murders at home and on the street and of sexual offences by a relative stay."""
    found = corpus_facts(tmp_path, "co_dane_brechas_genero_violencia_mujeres_2020")
    assert [(f[0], f[1], f[3]) for f in found] == [
        ("line:15", 39.2, "CO"),
        ("line:17", 31.4, "CO"),
        ("line:22", 54.5, "CO"),
    ]


def test_a_rate_and_a_count_beside_cada_stay(tmp_path: Path) -> None:
    """The rate before "por cada 100 mil" and the count before "cada 24 horas" stay."""
    rate = text_facts(tmp_path, "La tasa fue de 1,2 femicidios por cada 100 mil mujeres en 2020.\n")
    assert [(f[0], f[1], f[2]) for f in rate] == [("line:2", 1.2, "tasa_femicidios")]
    daily = text_facts(
        tmp_path, "Se registraron 12 denuncias cada 24 horas en la provincia durante 2021.\n"
    )
    assert [(f[0], f[1], f[2]) for f in daily] == [("line:2", 12.0, "denuncias_violencia")]


def test_a_wrapped_sentence_of_records_keeps_its_shares_in_a_survey_note(tmp_path: Path) -> None:
    """mx_inegi_tamaulipas_comunicado_violencia_mujer_2020 (dev71): INEGI's release cites the
    ENDIREH and the ENSU, so its shares were all dropped as the survey's, also "relacionados
    con el abuso sexual (43.3%) y la violación (44.3 por ciento)." (line 22), whose sentence
    opens two lines above with "En las averiguaciones previas iniciadas y/o carpetas de
    investigación"; the survey's shares of women (lines 17 to 19) stay out. The release says
    Mexico by INEGI's surveys and censuses of government, and Tamaulipas."""
    found = corpus_facts(tmp_path, "mx_inegi_tamaulipas_comunicado_violencia_mujer_2020")
    assert [(f[0], f[1], f[3], f[4]) for f in found] == [
        ("line:22", 43.3, "MX", "MX-TAM"),
        ("line:22", 44.3, "MX", "MX-TAM"),
    ]


def test_a_wrapped_sentence_of_a_survey_stays_out(tmp_path: Path) -> None:
    """A survey's share on a line whose sentence opened on the line before with no office's
    records stays the survey's."""
    text = (
        "Según la ENDIREH 2016, de las mujeres de 15 años y más del estado,\n"
        "el 66.1% ha sufrido al menos un incidente de violencia.\n"
    )
    assert text_facts(tmp_path, text) == []


def test_mexicos_secretariado_and_its_911_catalogue_say_the_country(tmp_path: Path) -> None:
    """mx_sesnsp_tamaulipas_911_primer_semestre_2021 (dev71): with no country found beside
    "Tamaulipas", "un total de 12, 522 víctimas" (line 3) and "un total de 5, 573 llamadas"
    (line 8) were read as two numbers each (a stray space after the thousands' comma is joined
    only in a known convention) and "Y 4,838 hizo lo propio" (line 4) had no country; "el
    Secretariado Ejecutivo Nacional" and "el Catálogo Nacional de Incidentes de Emergencia"
    say Mexico."""
    found = corpus_facts(tmp_path, "mx_sesnsp_tamaulipas_911_primer_semestre_2021")
    assert [(f[0], f[1], f[3], f[4]) for f in found if f[0] != "line:7"] == [
        ("line:3", 12522.0, "MX", "MX-TAM"),
        ("line:4", 4838.0, "MX", "MX-TAM"),
        ("line:8", 5573.0, "MX", "MX-TAM"),
    ]
    national = corpus_facts(tmp_path, "mx_sesnsp_cni_911_violencia_mujer_2018_2022")
    assert [(f[0], f[1], f[3]) for f in national if f[0] == "line:2"] == [
        ("line:2", 172210.0, "MX"),
        ("line:2", 258705.0, "MX"),
    ]


def test_inegis_surveys_and_censuses_say_mexico() -> None:
    """INEGI's surveys by their acronyms and its censuses of government weigh as a Mexican
    institution; "Centro Nacional de Información" alone (other countries have one) does not."""
    survey = "Los datos de la ENVIPE y de los Censos Nacionales de Gobierno muestran el problema."
    assert infer_country([survey]).code == "MX"
    alone = "El Centro Nacional de Información publicó su reporte anual."
    assert infer_country([alone]).scores.get("MX") is None


def test_a_note_call_in_brackets_after_a_count_is_no_value(tmp_path: Path) -> None:
    """pe_mimp_pncvfs_estadisticas_cem_presentacion (dev71): "A la fecha se cuenta con 302 CEM
    (1). De ellos se obtiene la información" (line 10): the "(1)" is the note's call, no count
    of centres named by the word before it (a list's bracketed counts, "Santa Cruz (422), Tierra
    del Fuego (106)", take their names: tests/extract/test_economic_violence_child_support.py)."""
    found = corpus_facts(tmp_path, "pe_mimp_pncvfs_estadisticas_cem_presentacion")
    assert [(f[0], f[1]) for f in found] == [("line:10", 302.0)]
