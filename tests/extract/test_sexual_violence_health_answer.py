"""Sexual violence and the health sector's answer, met in the development corpus
(tests/acceptance/texts, part dev60): Chile's law of interruption of pregnancy in three grounds
("tres causales", Ley 21.030) and Costa Rica's Ley 8589 by its number say their countries, and
DNA ("pruebas de ADN") no longer says the Dominican Republic; a law's grounds named by their
numbers ("la causal dos", "la causal número tres") are no counts; an office's press and its city
with a date in brackets ("Prensa FGE, Chuquisaca (11.07.2024).-") is a dateline, no place of a
national note's figures; "se han denunciado 608 abusos sexuales" counts (the participle is no
item label); "cifra que equivale al referido promedio de 12 denuncias diarias" is a derived
average; a prosecution service's counts of other crimes (property, computer, life, weapons,
drugs) beside its gender-violence ones are not published. Each document case reads the real
document as the corpus runner does (its source line blanked) and asserts line, value,
indicator, country, division and period; each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from genero_etl.normalize.document import dateline_end

from .reports import corpus_facts, text_facts


def _lines(found: list[tuple[object, ...]], line: str) -> list[float]:
    return sorted(f[1] for f in found if f[0] == line)  # type: ignore[misc]


def test_the_three_grounds_law_says_chile_and_its_grounds_are_no_counts(
    tmp_path: Path,
) -> None:
    """cl_minsal_ive_casos_establecimientos_publicos_2018 (dev60): the health ministry's count
    under "la ley que despenaliza la interrupción del embarazo en tres causales" had no country
    (the text names the Minsal, never Chile), and "la causal dos" and "la causal número tres"
    were read as the values 2 and 3."""
    found = corpus_facts(tmp_path, "cl_minsal_ive_casos_establecimientos_publicos_2018")
    assert {f[3] for f in found} == {"CL"}
    assert ("line:2", 394.0, "sin_clasificar", "CL", "") in [f[:5] for f in found]
    assert _lines(found, "line:5") == [35.0, 136.0]
    assert _lines(found, "line:6") == [64.0]


def test_grounds_in_digits_or_words_stay_no_count_but_cases_of_a_ground_do(
    tmp_path: Path,
) -> None:
    """The grounds' numbers are masked in words and in digits; the cases counted before the
    ground's name stay values."""
    found = text_facts(
        tmp_path,
        "Los 64 casos restantes corresponden a la causal número tres.\n"
        "Otros 12 casos corresponden a la causal 2.\n",
    )
    assert [(f[0], f[1]) for f in found] == [("line:2", 64.0), ("line:3", 12.0)]


def test_law_8589_says_costa_rica_and_other_crimes_are_not_published(tmp_path: Path) -> None:
    """cr_fiscalia_denuncias_delitos_sexuales_ley_8589_2023 (dev60): the attorney general's
    complaints under the "Ley de Penalización de Violencia Contra las Mujeres (No. 8589)" had no
    country (the law's name without "la"), and the property, computer, life, weapons and drugs
    offences of lines 6 and 7 went out as ten complaints of gender violence."""
    found = corpus_facts(tmp_path, "cr_fiscalia_denuncias_delitos_sexuales_ley_8589_2023")
    assert [(f[0], f[1], f[2], f[3]) for f in found] == [
        ("line:3", 23995.0, "denuncias_violencia", "CR"),
        ("line:3", 28910.0, "denuncias_violencia", "CR"),
        ("line:3", 14126.0, "denuncias_violencia", "CR"),
        ("line:3", 24911.0, "denuncias_violencia", "CR"),
        ("line:4", 38121.0, "denuncias_violencia", "CR"),
        ("line:4", 53821.0, "denuncias_violencia", "CR"),
    ]


def test_a_sentence_naming_violence_beside_another_crime_keeps_its_counts(
    tmp_path: Path,
) -> None:
    """Only a sentence that names no violence against women, children or a sexual one loses
    its counts: robbery beside family violence keeps both, the robbery's of no indicator (its
    own words name the offence: ``_other_matter``), no longer as complaints of violence."""
    found = text_facts(
        tmp_path,
        "Los delitos contra la propiedad sumaron 79.345 denuncias en 2022.\n"
        "Se recibieron 500 denuncias por violencia familiar y 300 por robo.\n",
    )
    assert [(f[0], f[1], f[2]) for f in found] == [
        ("line:3", 500.0, "denuncias_violencia"),
        ("line:3", 300.0, "sin_clasificar"),
    ]


def test_dna_tests_say_no_dominican_republic(tmp_path: Path) -> None:
    """py_mp_clinica_forense_examenes_abuso_sexual_2025 (dev60): the forensic clinic's "toma de
    muestras para pruebas de ADN" was read as the Dominican Ayuntamiento del Distrito Nacional
    (ADN), and its eight figures went out in the Dominican Republic; the text names no country
    now. The acronym alone still says the Dominican Republic."""
    found = corpus_facts(tmp_path, "py_mp_clinica_forense_examenes_abuso_sexual_2025")
    assert len(found) == 8
    assert {f[3] for f in found} == {""}
    kept = text_facts(
        tmp_path, "Informe del ADN.\nEl Ayuntamiento atendió 120 mujeres víctimas de violencia.\n"
    )
    assert [(f[0], f[1], f[3]) for f in kept] == [("line:3", 120.0, "DO")]


def test_a_press_office_and_its_city_with_a_bracketed_date_is_a_dateline(
    tmp_path: Path,
) -> None:
    """bo_idif_atenciones_medicina_forense_primer_semestre_2024 (dev60): "Prensa FGE,
    Chuquisaca (11.07.2024).- El Director del Instituto de Investigaciones Forenses (IDIF)
    informó hoy que ... a nivel nacional se realizaron 54.290 atenciones": the press office's
    city placed the national attentions of the heading, the lead and the areas in Chuquisaca
    (BO-H); they are national now, and the departments' figures keep their own."""
    assert dateline_end("Prensa FGE, Chuquisaca (11.07.2024).- El Director") == len(
        "Prensa FGE, Chuquisaca (11.07.2024).-"
    )
    assert dateline_end("En Pando, el IDIF (ahora).- x") == 0
    found = corpus_facts(tmp_path, "bo_idif_atenciones_medicina_forense_primer_semestre_2024")
    national = [f for f in found if f[0] in {"line:2", "line:3", "line:4", "line:5", "line:6"}]
    assert len(national) == 13
    assert {(f[3], f[4], f[5], f[6]) for f in national} == {("BO", "", "2024-01-01", "2024-06-30")}
    assert ("line:7", 3026.0, "BO-H") in [(f[0], f[1], f[4]) for f in found]
    assert ("line:7", 15391.0, "BO-L") in [(f[0], f[1], f[4]) for f in found]


def test_a_participle_before_a_count_is_no_item_label(tmp_path: Path) -> None:
    """ec_fge_denuncias_abuso_sexual_violacion_ninos_2024 (dev60): "Solo en Pichincha de enero
    a abril del 2024 se han denunciado 608 abusos sexuales y 286 violaciones": "denunciado 608"
    was read as an item's label ("el denunciado 3"), so the 608 complaints were lost. A label
    before a verb stays masked."""
    found = corpus_facts(tmp_path, "ec_fge_denuncias_abuso_sexual_violacion_ninos_2024")
    assert ("line:6", 608.0, "denuncias_violencia", "EC", "EC-P", "2024-01-01", "2024-04-30") in (
        found
    )
    kept = text_facts(tmp_path, "La víctima 2 declaró ante el juez.\n")
    assert kept == []


def test_a_figure_equal_to_a_daily_average_is_derived(tmp_path: Path) -> None:
    """cr_fiscalia_denuncias_abuso_sexual_menores_2024 (dev60): "La Fiscalía recibió en 2024
    cuatro mil 717 acusaciones por ese delito, cifra que equivale al referido promedio de 12
    denuncias diarias": the 12 (worked out from the total) went out as complaints."""
    found = corpus_facts(tmp_path, "cr_fiscalia_denuncias_abuso_sexual_menores_2024")
    assert _lines(found, "line:3") == [4717.0]
    assert ("line:3", 4717.0, "sin_clasificar", "CR", "", "2024-01-01", "2024-12-31") in found
