"""Reports of economic and patrimonial violence and women's economic rights, met in the
development corpus (tests/acceptance/texts, part dev70): a scale word glued to its digits ("la
cifra fue de 3mil 115") is one number, no code; a year that opens a count's clause before a
comma ("en el 2021, las personas inscritas sumaron 421, en el 2022 alcanzaron 994") dates that
count, not the next clause's; a loan's interest rate ("la tasa de interés del 12 %", "con interés
del 0 %") is no share; "se reduzca en un 47 %" is a change; a share set against another share
("una participación del 51 %, frente al 49 %") is no change; a sentence that gives an example
("tomando como ejemplo un inmueble de ... Caaguazú") names no subject of the report; the Indert
says Paraguay, the Organismo Judicial and the MAIMI say Guatemala; parents' child-support
agreements are no agreements signed by the body; "cercano a" before an amount approximates it;
"en nuestro país" says the country's figure; the first name of a list of places with their
counts in brackets, read into the noun of the total before it, still labels its count, and a
line's number in such a list is the count of its name. Each
document case reads the real document as the corpus runner does (its source line blanked); each
sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from genero_etl.extract.grammar import scan_numbers
from genero_etl.extract.traps import trap_spans

from .reports import corpus_document, corpus_facts, text_facts


def test_a_scale_word_glued_to_its_digits_is_one_number(tmp_path: Path) -> None:
    """pe_pj_redam_inscritos_cortes_2025 (dev70), line 5: "en el 2023 la cifra fue de 3mil 115"
    gave 115 (the "3" glued to "mil" was read as a code); the year before each count of the
    series dates it ("en el 2021, las personas inscritas sumaron 421" was dated 2022, and 994
    2021)."""
    facts = corpus_facts(tmp_path, "pe_pj_redam_inscritos_cortes_2025")
    line5 = [(f[1], f[5], f[6]) for f in facts if f[0] == "line:5"]
    assert line5 == [
        (421.0, "2021-01-01", "2021-12-31"),
        (994.0, "2022-01-01", "2022-12-31"),
        (3115.0, "2023-01-01", "2023-12-31"),
    ]


def test_glued_scale_words_and_codes() -> None:
    """Digits glued to "mil" or "millones" are one number; glued to other letters, a code."""
    assert [(m.raw, m.value) for m in scan_numbers("la cifra fue de 3mil 115.")] == [
        ("3mil 115", 3115.0)
    ]
    assert [m.value for m in scan_numbers("unos 20millones de pesos")] == [20000000.0]
    assert scan_numbers("la 3milla") == []
    assert trap_spans("la cifra fue de 3mil 115.") == []
    assert ("code", (10, 13)) in trap_spans("el código 123abc")


def test_a_year_opening_the_clause_before_a_comma_dates_its_count(tmp_path: Path) -> None:
    """The same series with the years written bare keeps its years, and a count the year
    follows stays of that year."""
    facts = text_facts(
        tmp_path,
        "En 2021, las personas inscritas fueron 421, en 2022 fueron 994 y en 2023 fueron 3115.",
    )
    assert [(f[1], f[5]) for f in facts] == [
        (421.0, "2021-01-01"),
        (994.0, "2022-01-01"),
        (3115.0, "2023-01-01"),
    ]
    after = text_facts(tmp_path, "Se atendieron 300 casos, en 2022.")
    assert [(f[1], f[5]) for f in after] == [(300.0, "2022-01-01")]


def test_interest_rates_changes_and_an_example_are_no_shares_of_the_titles(
    tmp_path: Path,
) -> None:
    """py_indert_titulacion_mujeres_2024 (dev70): the Indert's "participación del 51 %, frente
    al 49 %" lost its 51 (read as a change), the interest rates "del 12 % (sobre saldo)" and
    "(con interés del 12 % ... del 0 %)" and the fall "se reduzca en un 47 %" were read as
    shares (line 4), the text had no country, and once it had, "un inmueble de planta urbana de
    Caaguazú", an example, made Caaguazú the report's subject."""
    facts = corpus_facts(tmp_path, "py_indert_titulacion_mujeres_2024")
    shares = [(f[0], f[1], f[3], f[4]) for f in facts if f[0] in {"line:2", "line:3"}]
    assert shares == [
        ("line:2", 51.0, "PY", ""),
        ("line:2", 49.0, "PY", ""),
        ("line:3", 70.0, "PY", ""),
        ("line:3", 30.0, "PY", ""),
    ]
    line4 = [f[1] for f in facts if f[0] == "line:4"]
    assert 12.0 not in line4
    assert 47.0 not in line4
    assert line4.count(0.0) == 1  # "a un nivel actual del 0 %" is left (no word of interest)


def test_a_share_of_a_whole_and_a_change_in_per_cent_stay(tmp_path: Path) -> None:
    """A share named after an interest stays a share; "respecto del" before a period is a change."""
    share = text_facts(tmp_path, "El 12 % de las mujeres pidió un crédito con interés bajo.")
    assert [(f[1]) for f in share] == [12.0]
    change = text_facts(
        tmp_path, "Un 12,9 % respecto del primer trimestre del año pasado aumentaron los llamados."
    )
    assert change == []


def test_guatemalas_offices_and_child_support_agreements(tmp_path: Path) -> None:
    """gt_pgn_violencia_economica_pension_2024 (dev70): the PGN's page had no country (the
    "Organismo Judicial" and the "MAIMI" say Guatemala), and "62 convenios de pensión
    alimenticia de manera voluntaria" (line 3) were read as agreements signed by the body."""
    facts = corpus_facts(tmp_path, "gt_pgn_violencia_economica_pension_2024")
    assert [(f[0], f[1], f[2], f[3]) for f in facts] == [
        ("line:2", 143.0, "personas_asistidas", "GT"),
        ("line:2", 25.0, "denuncias_violencia", "GT"),
        ("line:3", 62.0, "sin_clasificar", "GT"),
    ]
    signed = text_facts(tmp_path, "La Secretaría firmó 12 convenios de cooperación con municipios.")
    assert [(f[1], f[2]) for f in signed] == [(12.0, "convenios_firmados")]


def test_an_amount_near_the_one_written_is_approximate(tmp_path: Path) -> None:
    """mx_semujer_zacatecas_creditos_emprendedoras_2015 (dev70), line 7: "por un monto cercano
    a 34.7 millones de pesos" was published as exact."""
    observations = corpus_document(tmp_path, "mx_semujer_zacatecas_creditos_emprendedoras_2015")
    line7 = [o for o in observations if o.source_locator.split()[0] == "line:7"]
    assert [(float(o.value), o.unit, o.approximate) for o in line7] == [
        (2418.0, "créditos", False),
        (34700000.0, "MXN", True),
    ]


def test_our_country_is_the_countrys_figure(tmp_path: Path) -> None:
    """ar_csjn_ovd_violencia_economica_2017 (dev70), line 6: the Oficina de Violencia
    Doméstica's note "en nuestro país, sólo de enero a mayo, se cometieron 114 femicidios"
    took the city's division."""
    facts = corpus_facts(tmp_path, "ar_csjn_ovd_violencia_economica_2017")
    assert [(f[1], f[2], f[3], f[4]) for f in facts if f[0] == "line:6"] == [
        (114.0, "femicidios", "AR", "")
    ]


def test_the_first_place_of_a_bracketed_list_labels_its_count(tmp_path: Path) -> None:
    """ar_neuquen_registro_deudores_alimentarios_2025 (dev70), line 4: "se incorporaron 15.759
    registros provenientes de Santa Cruz (422), Tierra del Fuego (106), Ciudad Autónoma de
    Buenos Aires (12.087) y Río Negro (1.495)" lost the 422 (its name read into the total's
    noun left it no label) and "Tierra del Fuego (106)" was read as the emergency line 106 in
    brackets."""
    facts = corpus_facts(tmp_path, "ar_neuquen_registro_deudores_alimentarios_2025")
    assert [(f[1], f[4]) for f in facts if f[0] == "line:4"] == [
        (15759.0, "AR-Z"),
        (422.0, "AR-Z"),
        (106.0, "AR-V"),
        (12087.0, "AR-C"),
        (1495.0, "AR-R"),
    ]
    listed = text_facts(
        tmp_path, "Se incorporaron 15.759 registros de Salta (422) y Río Negro (1.495)."
    )
    assert [(f[1], f[4]) for f in listed] == [
        (15759.0, "AR-A"),
        (422.0, "AR-A"),
        (1495.0, "AR-R"),
    ]


def test_a_lines_number_in_brackets_stays_a_line_outside_a_list_of_counts() -> None:
    """The emergency line named by its number in brackets after a service's name stays a line,
    also before a bracket that is no count alone."""
    assert ("emergency_line", (34, 38)) in trap_spans(
        "el Sistema Nacional de Emergencia (911), la Policía y otros"
    )
    assert ("emergency_line", (25, 29)) in trap_spans(
        "el Sistema de Emergencia (911), Línea Mujer (3 casos)"
    )
    assert trap_spans("de Tierra del Fuego (106), Río Negro (1.495)") == []


def test_the_women_of_a_place_named_by_their_demonym_are_no_amount(tmp_path: Path) -> None:
    """mx_semujer_zacatecas_creditos_emprendedoras_2015 (dev70), line 5: "a través del Fondo
    para el Fomento Productivo de la Mujer, apoyó, en 2015, a 436 zacatecanas" was published as
    436 pesos of a gender budget."""
    observations = corpus_document(tmp_path, "mx_semujer_zacatecas_creditos_emprendedoras_2015")
    line5 = [o for o in observations if o.source_locator.split()[0] == "line:5"]
    assert [(float(o.value), o.unit, o.indicator_id) for o in line5] == [
        (436.0, "zacatecanas", "sin_clasificar")
    ]
    amount = text_facts(tmp_path, "La gobernación destinó un presupuesto de 500 mil bolivianos.")
    assert [(f[1], f[2]) for f in amount] == [(500000.0, "presupuesto_genero")]
