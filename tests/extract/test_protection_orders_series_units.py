"""Protection orders in the singular, counts by year after "al", a series joined by ";", a count
in thousands groups after a quarter, the accented "ó" between two numbers and a place's own
units, met in the development corpus (tests/acceptance/texts, part dev39, protection orders and
protective measures): the Dominican Poder Judicial's restraining orders ("se emitieron 14,116
orden de alejamiento, de las cuales 1,438 corresponden al 2020; 2,794 al 2021; ..."), the
Procuraduría's protection orders ("en el primer trimestre 4,782 órdenes de protección"),
Coahuila's women's justice centres ("Las medidas las dictan por 30 ó 60 días") and Bogotá's
family commissariats ("distribuidas en las 20 localidades del Distrito"). Each document case
reads the real document as the corpus runner does (its source line blanked) and asserts the
line, the number, the indicator and the period of what is published; each sentence case guards
what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, extracted, facts


def test_orders_in_the_singular_and_counts_by_year_after_al(tmp_path: Path) -> None:
    """do_poder_judicial_ordenes_alejamiento_2020_2025 (dev39): "14,116 orden de alejamiento"
    was unclassified (the codebook matched the plural only), and "2,794 al 2021; 2,471 al 2022;
    4,050 al 2024" were dropped: "al" and a year read as the level a count fell to, and the
    series' noun was not looked for past a ";"."""
    found = facts(corpus_document(tmp_path, "do_poder_judicial_ordenes_alejamiento_2020_2025"))
    assert [(row[0], row[1]) for row in found] == [
        ("line:3", 14116.0),
        ("line:3", 1438.0),
        ("line:3", 2794.0),
        ("line:3", 2471.0),
        ("line:3", 4050.0),
        ("line:3", 3363.0),
    ]
    assert [row[2] for row in found[:2]] == ["medidas_proteccion", "medidas_proteccion"]
    assert [(row[1], row[5], row[6]) for row in found[2:5]] == [
        (2794.0, "2021-01-01", "2021-12-31"),
        (2471.0, "2022-01-01", "2022-12-31"),
        (4050.0, "2024-01-01", "2024-12-31"),
    ]


def test_a_series_goes_on_past_a_semicolon(tmp_path: Path) -> None:
    """Items after a ";" count what the first item counts; a fall between two levels stays
    two levels."""
    found = extracted(
        tmp_path,
        "Informe\nSe registraron 300 denuncias, de las cuales 100 corresponden a Lima; 80 a "
        "Cusco; 50 a Puno.\n",
    )
    assert [(o.value, o.indicator_id) for o in found] == [
        (300.0, "denuncias_violencia"),
        (100.0, "denuncias_violencia"),
        (80.0, "denuncias_violencia"),
        (50.0, "denuncias_violencia"),
    ]
    fall = extracted(
        tmp_path, "Informe\nCalama reflejó una disminución de mil 483 a mil 415 casos.\n", "b.txt"
    )
    assert [o.value for o in fall] == [1483.0, 1415.0]


def test_a_count_in_thousands_groups_is_no_quarters_number(tmp_path: Path) -> None:
    """do_pgr_ordenes_proteccion_primer_trimestre_2022 (dev39): "en el primer trimestre 4,782
    órdenes de protección" (line 7) read as the quarters 4 and 782; the orders by month and
    the complaints stay."""
    found = facts(corpus_document(tmp_path, "do_pgr_ordenes_proteccion_primer_trimestre_2022"))
    assert [(row[0], row[1], row[2]) for row in found if row[0] == "line:7"] == [
        ("line:7", 4782.0, "medidas_proteccion")
    ]
    assert [(row[0], row[1]) for row in found if row[0] in ("line:6", "line:8")] == [
        ("line:6", 1488.0),
        ("line:6", 1287.0),
        ("line:6", 1719.0),
        ("line:8", 5131.0),
        ("line:8", 1774.0),
        ("line:8", 3357.0),
    ]
    # a quarter's own number is still no count
    kept = extracted(tmp_path, "Informe\nEn el trimestre 2 se registraron 40 casos.\n", "q.txt")
    assert [o.value for o in kept] == [40.0]


def test_an_accented_o_between_two_numbers_is_either(tmp_path: Path) -> None:
    """mx_coahuila_centros_justicia_medidas_proteccion (dev39): "Las medidas las dictan por 30 ó
    60 días" (line 8) gave 30 as a count of protection measures; the centres, the women
    attended and their share stay."""
    found = facts(corpus_document(tmp_path, "mx_coahuila_centros_justicia_medidas_proteccion"))
    assert not [row for row in found if row[0] == "line:8" and row[1] in (30.0, 60.0)]
    assert [(row[0], row[1], row[2]) for row in found if row[0] == "line:4"] == [
        ("line:4", 5.0, "centros_atencion"),
        ("line:4", 1000.0, "personas_asistidas"),
        ("line:4", 90.0, "personas_asistidas"),
    ]
    assert extracted(tmp_path, "Informe\nSolo contaban con 5 ó 6 direcciones.\n", "e.txt") == []


def test_a_places_own_units_are_no_count(tmp_path: Path) -> None:
    """co_bogota_sdis_comisarias_medidas_proteccion_2019 (dev39): "37 Comisarías de Familia
    ... distribuidas en las 20 localidades del Distrito" (line 10) published the city's
    localities as a count; the commissariats stay. Localities an office reached, without the
    article, stay a count."""
    found = facts(corpus_document(tmp_path, "co_bogota_sdis_comisarias_medidas_proteccion_2019"))
    assert [(row[0], row[1], row[2], row[4]) for row in found if row[0] == "line:10"] == [
        ("line:10", 37.0, "centros_atencion", "CO-DC")
    ]
    reached = extracted(
        tmp_path,
        "Informe\nLa Secretaría atendió a mujeres en 12 localidades del Distrito durante 2023.\n",
        "r.txt",
    )
    assert [o.value for o in reached] == [12.0]
